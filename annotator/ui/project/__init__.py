"""The open project behind the window: background jobs, holding the project while work
runs, re-reading it after big changes, noticing what other programs write to it.
"""
