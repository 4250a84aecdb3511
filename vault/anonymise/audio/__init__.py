"""Audio redaction (placeholder docstring, completed below)."""
