"""clkg: the China–Latin America Knowledge Graph."""

__version__ = "0.1.0"
