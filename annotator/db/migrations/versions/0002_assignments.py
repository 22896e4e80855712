"""Coding assignments: named sets of (document, coder) pairs, for running a coding team.

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "assignment_set",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("design", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assignment_set")),
        sa.UniqueConstraint("name", name=op.f("uq_assignment_set_name")),
        sa.UniqueConstraint("uuid", name=op.f("uq_assignment_set_uuid")),
    )
    op.create_table(
        "assignment",
        sa.Column("set_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("coder_id", sa.Integer(), nullable=False),
        sa.Column("assigned_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["set_id"],
            ["assignment_set.id"],
            name=op.f("fk_assignment_set_id_assignment_set"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_assignment_document_id_document"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["coder_id"],
            ["coder.id"],
            name=op.f("fk_assignment_coder_id_coder"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("set_id", "document_id", "coder_id", name=op.f("pk_assignment")),
    )
    op.create_index("ix_assignment_document_id", "assignment", ["document_id"])
    op.create_index("ix_assignment_coder_document", "assignment", ["coder_id", "document_id"])


def downgrade() -> None:
    op.drop_index("ix_assignment_coder_document", table_name="assignment")
    op.drop_index("ix_assignment_document_id", table_name="assignment")
    op.drop_table("assignment")
    op.drop_table("assignment_set")
