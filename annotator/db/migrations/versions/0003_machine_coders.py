"""Machine coders: coder kinds, machine-coding runs (provenance), cached raw responses, the link
from each machine annotation to its run, and human decisions on suggestions.

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN with a default: works on SQLite without rebuilding the coder table (which
    # annotations reference) and on PostgreSQL alike; services allow only "human" and "machine".
    op.add_column(
        "coder",
        sa.Column("kind", sa.String(length=20), nullable=False, server_default="human"),
    )
    op.create_table(
        "machine_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("coder_id", sa.Integer(), nullable=False),
        sa.Column("model", sa.String(length=300), nullable=False),
        sa.Column("endpoint_host", sa.String(length=300), nullable=False),
        sa.Column("prompt_version", sa.String(length=20), nullable=False),
        sa.Column("prompt_hash", sa.String(length=64), nullable=False),
        sa.Column("codebook_version", sa.String(length=64), nullable=False),
        sa.Column("variables", sa.JSON(), nullable=False),
        sa.Column("temperature", sa.Float(), nullable=True),
        sa.Column("seed", sa.Integer(), nullable=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("prompt_tokens", sa.Integer(), nullable=False),
        sa.Column("completion_tokens", sa.Integer(), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["coder_id"],
            ["coder.id"],
            name=op.f("fk_machine_run_coder_id_coder"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_machine_run")),
        sa.UniqueConstraint("uuid", name=op.f("uq_machine_run_uuid")),
    )
    op.create_index("ix_machine_run_coder_id", "machine_run", ["coder_id"])
    op.create_table(
        "machine_response",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_sha256", sa.String(length=64), nullable=False),
        sa.Column("prompt_hash", sa.String(length=64), nullable=False),
        sa.Column("model", sa.String(length=300), nullable=False),
        sa.Column("response_text", sa.Text(), nullable=False),
        sa.Column("prompt_tokens", sa.Integer(), nullable=False),
        sa.Column("completion_tokens", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_machine_response")),
        sa.UniqueConstraint(
            "document_sha256",
            "prompt_hash",
            "model",
            name=op.f("uq_machine_response_document_sha256"),
        ),
    )
    op.create_table(
        "machine_annotation",
        sa.Column("annotation_id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("response_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["annotation_id"],
            ["annotation.id"],
            name=op.f("fk_machine_annotation_annotation_id_annotation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["machine_run.id"],
            name=op.f("fk_machine_annotation_run_id_machine_run"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["response_id"],
            ["machine_response.id"],
            name=op.f("fk_machine_annotation_response_id_machine_response"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("annotation_id", name=op.f("pk_machine_annotation")),
    )
    op.create_index("ix_machine_annotation_run_id", "machine_annotation", ["run_id"])
    op.create_table(
        "suggestion_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("suggestion_uuid", sa.Uuid(), nullable=False),
        sa.Column("coder_id", sa.Integer(), nullable=False),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("accepted_annotation_uuid", sa.Uuid(), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["coder_id"],
            ["coder.id"],
            name=op.f("fk_suggestion_decision_coder_id_coder"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_suggestion_decision")),
        sa.UniqueConstraint("uuid", name=op.f("uq_suggestion_decision_uuid")),
        sa.UniqueConstraint(
            "suggestion_uuid",
            "coder_id",
            name=op.f("uq_suggestion_decision_suggestion_uuid"),
        ),
    )


def downgrade() -> None:
    op.drop_table("suggestion_decision")
    op.drop_index("ix_machine_annotation_run_id", table_name="machine_annotation")
    op.drop_table("machine_annotation")
    op.drop_table("machine_response")
    op.drop_index("ix_machine_run_coder_id", table_name="machine_run")
    op.drop_table("machine_run")
    with op.batch_alter_table("coder") as batch:
        batch.drop_column("kind")
