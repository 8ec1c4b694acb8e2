"""Build: the extraction stages compiled to C with mypyc where a compiler is at hand, else plain Python.

The compiled modules are the same source, type-checked and translated; they give the same facts
(tested) about 1.2× faster. Everything else is in pyproject.toml. `STATFACTS_PURE=1` at install
time builds nothing; at run time it makes `extract` load the Python source instead (see
`extract/__init__.py`, which also falls back to the source by itself when a compiled module is
missing or was built from a different source, so an edited file is never shadowed by a stale build).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).parent
BUILD_MANIFEST = HERE / "extract" / "_build.json"
# The stages that run per document and per fact (see README, "Speed and scale").
COMPILED = [
    "extract/numbers.py",
    "extract/patterns.py",
    "extract/normalise.py",
    "extract/sentences.py",
    "extract/shortcuts.py",
    "extract/quantities.py",
    "extract/attribute/period.py",
    "extract/attribute/subject.py",
    "extract/attribute/modality.py",
    "extract/attribute/indicator.py",
    "extract/pipeline.py",
]


def _module(path: str) -> str:
    return path.removesuffix(".py").replace("/", ".")


def _write_manifest(modules: list[str]) -> None:
    """What was compiled, with the hash of each source (read by `extract/__init__.py`)."""
    sources = {_module(p): hashlib.sha256((HERE / p).read_bytes()).hexdigest()
               for p in COMPILED if _module(p) in modules}
    BUILD_MANIFEST.write_text(json.dumps({"compiled": sources}, indent=1) + "\n", encoding="utf-8")


class _OptionalBuildExt(build_ext):
    """A failed compilation (no C compiler, no Python headers) leaves the package pure Python."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:  # the build's own failure: report it and install the source as it is
            print(f"statfacts: compiling with mypyc failed ({exc}); installing the pure-Python modules",
                  file=sys.stderr)
            _write_manifest([])
        else:
            _write_manifest([_module(p) for p in COMPILED])
        if not self.inplace:  # a wheel: build_py has copied the package before the extensions were built
            target = Path(self.build_lib) / "extract" / BUILD_MANIFEST.name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(BUILD_MANIFEST, target)


def _extensions() -> list:
    if os.environ.get("STATFACTS_PURE") == "1":
        _write_manifest([])
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        print("statfacts: mypyc is not available; installing the pure-Python modules", file=sys.stderr)
        _write_manifest([])
        return []
    try:
        return mypycify(COMPILED, opt_level="3", group_name="statfacts_compiled")
    except (Exception, SystemExit) as exc:  # mypy's type check failed: it has printed why
        print(f"statfacts: the modules do not type-check for mypyc ({exc}); installing them as pure Python",
              file=sys.stderr)
        _write_manifest([])
        return []


setup(ext_modules=_extensions(), cmdclass={"build_ext": _OptionalBuildExt})
