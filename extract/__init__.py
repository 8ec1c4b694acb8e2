"""statfacts: numeric statistical facts from Chinese text, with their sources."""

__version__ = "0.1.0"
EXTRACTOR_VERSION = __version__
