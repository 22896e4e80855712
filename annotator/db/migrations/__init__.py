"""Alembic migrations of the project file; run from inside the app when a project is opened."""
