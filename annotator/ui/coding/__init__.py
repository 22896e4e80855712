"""The coding workbench: the article view, highlights, the annotation table, the coding
popup, the codebook panel, find and corpus search.
"""
