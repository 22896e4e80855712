"""Use cases: each function opens its own transaction on a `Project` and returns plain records.

The command line and the GUI call these and nothing below them, so every edit has one definition
and one transaction, whichever front end made it.
"""
