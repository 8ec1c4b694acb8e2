"""statfacts: numeric statistical facts from Chinese text, with their sources.

A wheel or a regular install compiles the extraction stages with mypyc (setup.py); an editable
install is the plain source. `COMPILED` and `COMPILED_NOTE` say which build this is (see
`extract/buildinfo.py`, which also tells when a build no longer matches its source).
"""

from __future__ import annotations

from pathlib import Path

from extract import buildinfo

__version__ = "0.1.0"
EXTRACTOR_VERSION = __version__

COMPILED, COMPILED_NOTE = buildinfo.state(Path(__file__).parent)
