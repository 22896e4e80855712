"""Pure computation behind "from codings to findings": discourse networks and cross-tables."""
