"""Merging coders' projects: reading inputs safely, matching documents, codebooks and
annotations, the report, and taking a merge back.
"""
