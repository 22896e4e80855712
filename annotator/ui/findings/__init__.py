"""Findings in the app: Analysis ▸ Frequencies and Analysis ▸ Discourse Network windows."""
