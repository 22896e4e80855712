"""Pure-Python rules of the domain: texts and offsets, codebook terms, agreement statistics."""
