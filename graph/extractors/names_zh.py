"""Names in Chinese sentences (work in progress)."""
