"""statfacts: numeric statistical facts from Chinese text, with their sources.

The extraction stages may be compiled with mypyc at install (setup.py). The compiled modules are
used only when every one of them is present and was built from the source beside it (the hashes in
`_build.json`); otherwise, or with `STATFACTS_PURE=1`, every module of the package is loaded from
its Python source, so an edited file is never shadowed by an older build. `COMPILED` tells which.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

__version__ = "0.1.0"
EXTRACTOR_VERSION = __version__

_HERE = Path(__file__).parent


def _extension_of(source: Path) -> Path | None:
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        built = source.with_name(source.stem + suffix)
        if built.exists():
            return built
    return None


def _compiled_state(package: Path) -> tuple[bool, str]:
    """Whether the compiled modules of `package` are to be used, and in words why (or why not)."""
    if os.environ.get("STATFACTS_PURE") == "1":
        return False, "no: STATFACTS_PURE=1"
    manifest_file = package / "_build.json"
    if not manifest_file.exists():
        return False, "no: not built (pip install -e . compiles them)"
    try:
        compiled: dict[str, str] = json.loads(manifest_file.read_text(encoding="utf-8")).get("compiled", {})
    except ValueError:
        return False, f"no: {manifest_file.name} is not valid JSON"
    if not compiled:
        return False, "no: the install compiled nothing (`pip install -v -e .` shows why)"
    for name, digest in compiled.items():
        source = package.joinpath(*name.split(".")[1:]).with_suffix(".py")
        if _extension_of(source) is None:
            return False, f"no: {name} is not built"
        if not source.exists() or hashlib.sha256(source.read_bytes()).hexdigest() != digest:
            return False, f"no: {source.name} changed since the build (pip install -e . rebuilds)"
    return True, f"yes: {len(compiled)} modules (mypyc)"


class _SourceFirst(importlib.abc.MetaPathFinder):
    """Loads every module of the package from its .py file, even where a compiled one stands beside it."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if not fullname.startswith(__name__ + "."):
            return None
        source = _HERE.joinpath(*fullname.split(".")[1:]).with_suffix(".py")
        if not source.is_file() or _extension_of(source) is None:
            return None  # (the usual finders load it: a package, or a module with nothing compiled)
        return importlib.util.spec_from_file_location(fullname, source)


COMPILED, COMPILED_NOTE = _compiled_state(_HERE)
if not COMPILED and not any(isinstance(f, _SourceFirst) for f in sys.meta_path):
    sys.meta_path.insert(0, _SourceFirst())
