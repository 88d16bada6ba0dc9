"""pressreader: a keyboard-driven terminal reader for annotated news articles."""

__version__ = "0.1.0"
