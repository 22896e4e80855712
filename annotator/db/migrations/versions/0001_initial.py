"""Initial schema: coders, documents, codebook (variables, codes), annotations, statuses.

Revision ID: 0001
Revises:
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "coder",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("colour", sa.String(length=7), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coder")),
        sa.UniqueConstraint("uuid", name=op.f("uq_coder_uuid")),
    )
    op.create_table(
        "document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=1000), nullable=False),
        sa.Column("outlet", sa.String(length=500), nullable=True),
        sa.Column("author", sa.String(length=500), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("url", sa.String(length=2000), nullable=True),
        sa.Column("language", sa.String(length=20), nullable=True),
        sa.Column("source_file", sa.String(length=1000), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("raw", sa.Text(), nullable=True),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document")),
        sa.UniqueConstraint("uuid", name=op.f("uq_document_uuid")),
    )
    op.create_index("ix_document_sha256", "document", ["sha256"])
    op.create_table(
        "project_setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_project_setting")),
    )
    op.create_table(
        "variable",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "category",
                "scale",
                "text",
                name="variable_kind",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("multiple", sa.Boolean(), nullable=False),
        sa.Column("open", sa.Boolean(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_variable")),
        sa.UniqueConstraint("name", name=op.f("uq_variable_name")),
        sa.UniqueConstraint("uuid", name=op.f("uq_variable_uuid")),
    )
    op.create_table(
        "annotation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("coder_id", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("memo", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.CheckConstraint('"end" > start', name=op.f("ck_annotation_span_not_empty")),
        sa.CheckConstraint("start >= 0", name=op.f("ck_annotation_start_not_negative")),
        sa.ForeignKeyConstraint(
            ["coder_id"],
            ["coder.id"],
            name=op.f("fk_annotation_coder_id_coder"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_annotation_document_id_document"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_annotation")),
        sa.UniqueConstraint("uuid", name=op.f("uq_annotation_uuid")),
    )
    op.create_index("ix_annotation_coder_id", "annotation", ["coder_id"])
    op.create_index("ix_annotation_document_coder", "annotation", ["document_id", "coder_id"])
    op.create_table(
        "code",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("variable_id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("label", sa.String(length=500), nullable=False),
        sa.Column("definition", sa.Text(), nullable=False),
        sa.Column("include", sa.Text(), nullable=False),
        sa.Column("exclude", sa.Text(), nullable=False),
        sa.Column("example", sa.Text(), nullable=False),
        sa.Column("colour", sa.String(length=7), nullable=True),
        sa.Column("shortcut", sa.String(length=20), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["code.id"], name=op.f("fk_code_parent_id_code"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["variable_id"],
            ["variable.id"],
            name=op.f("fk_code_variable_id_variable"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_code")),
        sa.UniqueConstraint("uuid", name=op.f("uq_code_uuid")),
    )
    op.create_index("ix_code_variable_id", "code", ["variable_id"])
    op.create_table(
        "document_status",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("coder_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "not_started",
                "in_progress",
                "done",
                name="coding_status",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["coder_id"],
            ["coder.id"],
            name=op.f("fk_document_status_coder_id_coder"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_document_status_document_id_document"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("document_id", "coder_id", name=op.f("pk_document_status")),
    )
    op.create_table(
        "annotation_value",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("annotation_id", sa.Integer(), nullable=False),
        sa.Column("variable_id", sa.Integer(), nullable=False),
        sa.Column("code_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "(code_id IS NULL) <> (text IS NULL)",
            name=op.f("ck_annotation_value_either_code_or_text"),
        ),
        sa.ForeignKeyConstraint(
            ["annotation_id"],
            ["annotation.id"],
            name=op.f("fk_annotation_value_annotation_id_annotation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["code_id"],
            ["code.id"],
            name=op.f("fk_annotation_value_code_id_code"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["variable_id"],
            ["variable.id"],
            name=op.f("fk_annotation_value_variable_id_variable"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_annotation_value")),
        sa.UniqueConstraint(
            "annotation_id",
            "variable_id",
            "code_id",
            name=op.f("uq_annotation_value_annotation_id_variable_id_code_id"),
        ),
    )
    op.create_index("ix_annotation_value_annotation_id", "annotation_value", ["annotation_id"])
    op.create_index("ix_annotation_value_code_id", "annotation_value", ["code_id"])


def downgrade() -> None:
    op.drop_index("ix_annotation_value_code_id", table_name="annotation_value")
    op.drop_index("ix_annotation_value_annotation_id", table_name="annotation_value")
    op.drop_table("annotation_value")
    op.drop_table("document_status")
    op.drop_index("ix_code_variable_id", table_name="code")
    op.drop_table("code")
    op.drop_index("ix_annotation_document_coder", table_name="annotation")
    op.drop_index("ix_annotation_coder_id", table_name="annotation")
    op.drop_table("annotation")
    op.drop_table("variable")
    op.drop_table("project_setting")
    op.drop_index("ix_document_sha256", table_name="document")
    op.drop_table("document")
    op.drop_table("coder")
