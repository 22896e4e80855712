"""A project's codebook: reading and resolving values, editing, recoding, syncing with a
codebook file, and the change log that undoes each edit.
"""
