"""Build: a wheel or a regular install compiles the extraction stages to C with mypyc; an editable
install is the plain source.

The compiled modules are the same source, type-checked and translated; they give the same facts
(tests/test_compiled.py) faster (docs/speed.md, "Compiled or pure"). They are built only into a
wheel (`pip install .` builds one), never beside the source: Python would load a compiled module
in place of the `.py` file next to it, so an edited file would be shadowed by an older build. An
editable install (`pip install -e .`) therefore compiles nothing and removes what an in-place
build of an earlier version left. Without a C compiler, mypyc or a clean type check, or with
`STATFACTS_PURE=1`, the wheel is pure Python. Everything else is in pyproject.toml.
"""

from __future__ import annotations

import importlib.machinery
import os
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).parent
# The stages that run per document and per fact (see docs/speed.md).
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
    "extract/attribute/context.py",
    "extract/attribute/lists.py",
    "extract/pipeline.py",
]
GROUP = "statfacts_compiled"  # mypyc's shared library: statfacts_compiled__mypyc.<suffix>
# the commands that build what is installed (a wheel: `bdist_wheel`); metadata and editable builds compile nothing
_BUILDING = {"bdist_wheel", "bdist", "build", "build_ext", "install"}
_EDITABLE = {"editable_wheel", "develop"}


def _say(message: str) -> None:
    print(f"statfacts: {message}", file=sys.stderr)


def compiles(argv: list[str]) -> bool:
    """Whether the setup commands in `argv` build a compiled package (a wheel, not an editable install)."""
    commands = set(argv[1:])
    return bool(commands & _BUILDING) and not commands & _EDITABLE and os.environ.get("STATFACTS_PURE") != "1"


def remove_in_place_build(root: Path) -> list[Path]:
    """Delete the compiled modules (and manifest) an in-place build of an earlier version left beside the source."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    found = [p for p in (root / "extract").rglob("*") if p.name.endswith(suffixes) or p.name == "_build.json"]
    found += [p for p in root.glob(f"{GROUP}__mypyc*") if p.name.endswith(suffixes)]
    for path in found:
        path.unlink()
    if found:
        _say(f"removed {len(found)} files an earlier in-place build left beside the source "
             "(an editable install runs the source as it is)")
    return found


class _OptionalBuildExt(build_ext):
    """A failed compilation (no C compiler, no Python headers) leaves the package pure Python, and
    nothing is ever compiled beside the source."""

    def run(self) -> None:
        if self.inplace or getattr(self, "editable_mode", False):
            _say("nothing compiled in place (it would stand beside the source); `pip install .` compiles")
            return
        try:
            super().run()
        except Exception as exc:  # the build's own failure: report it and install the source as it is
            _say(f"compiling with mypyc failed ({exc}); installing the pure-Python modules")


def _extensions() -> list:
    if not compiles(sys.argv):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        _say("mypyc is not available; installing the pure-Python modules")
        return []
    try:
        return mypycify(COMPILED, opt_level="3", group_name=GROUP)
    except (Exception, SystemExit) as exc:  # mypy's type check failed: it has printed why
        _say(f"the modules do not type-check for mypyc ({exc}); installing them as pure Python")
        return []


if __name__ == "__main__":
    if set(sys.argv[1:]) & _EDITABLE:
        remove_in_place_build(HERE)
    setup(ext_modules=_extensions(), cmdclass={"build_ext": _OptionalBuildExt})
