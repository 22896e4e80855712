"""Annotator: code news articles along a codebook, merge coders' work, measure agreement.

This module holds the identity of the application (name, version, app id) in one place, so the
command line, the GUI, the project file and the packaging all read the same values.
"""

__version__ = "0.1.0"

APP_NAME = "Annotator"
APP_ID = "org.annotator.Annotator"
ORGANIZATION = "Annotator"
PROJECT_SUFFIX = ".annot"
