"""Machine coders: a language model codes along the codebook as a coder of kind "machine"."""
