"""The undo commands of the window (each calls services to do and undo one edit) and the
undo stack that keeps them with their project.
"""
