"""Plain records that services hand to the exporters in `io` and to the views in `ui`.

Services read the project and build these records; `io` writes them to files; `ui` shows them.
They live here, below every other layer, so that `io` needs nothing from `services` and no import
cycle can hide between the two. Records are frozen dataclasses (or small helpers that read them),
with no SQLAlchemy and no Qt.
"""
