"""The desktop app (the coding workbench): the only package that imports Qt.

Widgets show what services return and turn the coder's gestures into undoable commands that call
services; none of them holds a database session. Start it with `annotator.ui.application.run`.
"""
