"""From codings to findings: which codings count, cross-tables, charts and discourse networks."""
