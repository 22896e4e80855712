"""What a coder does while coding: annotations, bulk auto-coding, statuses, the fast
workbench reads and corpus search.
"""
