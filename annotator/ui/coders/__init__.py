"""The several-coders workflow of the File menu: coder copies, merging, exporting codings."""
