"""Relations in Arabic and Chinese sentences (work in progress)."""
