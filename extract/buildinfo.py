"""Which build of the package runs, and whether it still matches the source it was built from.

A wheel or a regular install (`pip install .`) holds the extraction stages compiled with mypyc
(setup.py); an editable install (`pip install -e .`) and the checkout itself are the plain source,
never compiled. Python loads a compiled module in place of the `.py` file beside it, so two things
could run other code than the source a developer edits, and both are reported (`stale`), never
silently run: compiled modules beside the source (left by an in-place build of an earlier version:
`pip install -e .` removes them), and an installed copy whose source has changed since
(`pip install .` again rebuilds it). Nothing here changes what Python imports.
"""

from __future__ import annotations

import importlib.machinery
import importlib.metadata
import json
import urllib.parse
import urllib.request
from pathlib import Path

_SUFFIXES = tuple(importlib.machinery.EXTENSION_SUFFIXES)
# what an installed copy is compared with in the source it was installed from
_COMPARED = ("*.py", "lexicon/*.tsv", "assets/*")


def _extensions(package: Path) -> list[Path]:
    return sorted(p for p in package.rglob("*") if p.name.endswith(_SUFFIXES) and "__pycache__" not in p.parts)


def _in_source_tree(package: Path) -> bool:
    """The package is the repository's own folder (the checkout, or an editable install of it)."""
    return (package.parent / "setup.py").is_file()


def state(package: Path) -> tuple[bool, str]:
    """Whether `import` loads compiled stages from `package`, and in words which build that is."""
    built = _extensions(package)
    if built:
        return True, f"yes: {len(built)} module{'s' if len(built) != 1 else ''} (mypyc)"
    if _in_source_tree(package):
        return False, (f"no: the source in {package} (an editable install or the checkout; "
                       "`pip install --no-deps .` installs the compiled build)")
    return False, "no: this install compiled nothing (no C compiler or mypyc; `pip install -v --no-deps .` says why)"


def installed_from(package: Path) -> Path | None:
    """The local folder a regular (non-editable) install of `package` was built from, if pip recorded one."""
    try:
        dists = list(importlib.metadata.distributions(name="statfacts", path=[str(package.parent)]))
    except OSError:
        return None
    for dist in dists:
        text = dist.read_text("direct_url.json")
        if not text:
            continue
        try:
            info = json.loads(text)
        except ValueError:
            continue
        url = urllib.parse.urlparse(str(info.get("url", "")))
        if url.scheme == "file" and not info.get("dir_info", {}).get("editable", False):
            return Path(urllib.request.url2pathname(url.path))
    return None


def _files(package: Path) -> dict[str, bytes]:
    found = {}
    for pattern in _COMPARED:
        for path in package.rglob(pattern) if pattern == "*.py" else package.glob(pattern):
            if path.is_file() and "__pycache__" not in path.parts:
                found[path.relative_to(package).as_posix()] = path.read_bytes()
    return found


def stale(package: Path) -> str | None:
    """What makes the code that runs from `package` differ from the source a developer edits, or None."""
    if _in_source_tree(package):
        built = _extensions(package)
        if not built:
            return None
        names = ", ".join(f"{package.name}/{p.relative_to(package).as_posix().split('.')[0]}" for p in built)
        return (f"compiled modules stand beside the source in {package} and run instead of it ({names}): "
                "an in-place build of an earlier version; `pip install --no-deps -e .` removes them")
    source = installed_from(package)
    if source is None or not (source / package.name).is_dir():
        return None
    installed, current = _files(package), _files(source / package.name)
    changed = sorted(name for name in installed.keys() | current.keys() if installed.get(name) != current.get(name))
    if not changed:
        return None
    shown = ", ".join(f"{package.name}/{name}" for name in changed[:5]) + (" …" if len(changed) > 5 else "")
    return (f"this install was built from {source}, where {shown} changed since: `pip install --no-deps .` "
            "there rebuilds it (or `pip install --no-deps -e .` runs the source as it is, not compiled)")
