"""The project file: typed SQLAlchemy models, opening with safe pragmas, Alembic migrations."""

# The newest schema revision this version of Annotator writes. A test checks that it equals the
# head of the Alembic scripts, so opening a project can tell "older", "current" and "newer" without
# importing Alembic on the fast path.
SCHEMA_REVISION = "0003"
