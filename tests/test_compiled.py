"""The compiled build (setup.py): a wheel or a regular install compiles the extraction stages with
mypyc and gives exactly what their Python source gives; an editable install is the plain source;
`statfacts --version` says which runs, and a build that no longer matches its source says so."""

from __future__ import annotations

import importlib.machinery
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT, corpus_texts, require_services, statfacts

from extract import buildinfo
from extract.pipeline import extract_text

SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]  # e.g. .cpython-311-x86_64-linux-gnu.so

_DUMP = """
import json, sys
import extract
from extract.pipeline import extract_text
texts = json.load(open(sys.argv[1], encoding="utf-8"))
out = {"compiled": extract.COMPILED, "file": extract.__file__, "results": []}
for i, text in enumerate(texts):
    r = extract_text(text, doc=str(i), keep_dropped=True)
    out["results"].append([
        [f.model_dump_json() for f in r.facts],
        [[d.start, d.end, d.text, d.rule] for d in r.dropped],
        [[x.doc, x.start, x.end, x.text, x.reason] for x in r.rejected],
    ])
json.dump(out, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
"""

# what a build needs of the repository
_BUILD_FILES = ["setup.py", "pyproject.toml", "README.md"]
_BUILD_DIRS = ["extract", "models", "migrations"]


def _texts() -> list[str]:
    blind = sorted((ROOT / "tests" / "blind" / "docs").glob("*"))
    return [*corpus_texts(), *(p.read_text(encoding="utf-8") for p in blind if p.is_file())]


def _copy_tree(target: Path) -> Path:
    """The files a build reads, copied (without anything built) to `target`."""
    target.mkdir(parents=True)
    for name in _BUILD_FILES:
        shutil.copyfile(ROOT / name, target / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.so", "*.pyd", "_build.json")
    for name in _BUILD_DIRS:
        shutil.copytree(ROOT / name, target / name, ignore=ignore)
    return target


def _compiled_list() -> list[str]:
    """The modules setup.py compiles (its COMPILED list, read without running it)."""
    import ast

    tree = ast.parse((Path(__file__).parents[1] / "setup.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "COMPILED" for t in node.targets):
            return [ast.literal_eval(e) for e in node.value.elts]  # type: ignore[attr-defined]
    raise AssertionError("setup.py has no COMPILED list")


def _python(code: list[str], *, path: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Python with `path` first on the module path (and not the repository: `cwd` is elsewhere)."""
    env = {**os.environ, "PYTHONPATH": str(path)}
    return subprocess.run([sys.executable, *code], cwd=cwd, env=env, capture_output=True, text=True,
                          check=True, timeout=600)


def test_the_compiled_build_gives_what_the_source_gives(tmp_path: Path) -> None:
    source = _copy_tree(tmp_path / "src")
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path / "dist"),
                            str(source)], capture_output=True, text=True, timeout=1200)
    assert build.returncode == 0, build.stderr
    wheel = next((tmp_path / "dist").glob("statfacts-*.whl"))
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as z:
        z.extractall(site)
    if not list((site / "extract").glob(f"*{SUFFIX}")):
        if require_services():  # CI builds with a C compiler: the compiled path must be the one tested
            pytest.fail(f"the wheel compiled nothing in CI: {build.stderr}")
        pytest.skip(f"the wheel compiled nothing (no C compiler?): {build.stderr}")
    version = _python(["-m", "extract", "--version"], path=site, cwd=tmp_path).stdout
    assert f"compiled stages: yes: {len(_compiled_list())} modules (mypyc)" in version, version

    texts = _texts()
    assert len(texts) > 1000
    texts_file = tmp_path / "texts.json"
    texts_file.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    _python(["-c", _DUMP, str(texts_file), str(tmp_path / "compiled.json")], path=site, cwd=tmp_path)
    _python(["-c", _DUMP, str(texts_file), str(tmp_path / "source.json")], path=source, cwd=tmp_path)
    compiled = json.loads((tmp_path / "compiled.json").read_text(encoding="utf-8"))
    plain = json.loads((tmp_path / "source.json").read_text(encoding="utf-8"))
    assert compiled["compiled"] is True and compiled["file"].startswith(str(site))
    assert plain["compiled"] is False and plain["file"].startswith(str(source))
    assert sum(len(r[0]) for r in plain["results"]) > 1000  # (facts, not only empty results)
    for text, a, b in zip(texts, compiled["results"], plain["results"], strict=True):
        assert a == b, text[:200]


def _leftovers(tree: Path) -> list[Path]:
    return sorted(p for p in tree.rglob("*") if p.name.endswith(SUFFIX) or p.name == "_build.json")


def test_an_editable_install_is_the_plain_source_and_clears_an_older_in_place_build(tmp_path: Path) -> None:
    tree = _copy_tree(tmp_path / "src")
    # what an in-place build of an earlier version left beside the source (and would shadow it)
    for name in ("extract/quantities", "extract/attribute/period", "statfacts_compiled__mypyc"):
        (tree / f"{name}{SUFFIX}").write_bytes(b"")
    (tree / "extract" / "_build.json").write_text("{}", encoding="utf-8")
    assert len(_leftovers(tree)) == 4
    built = subprocess.run([sys.executable, "setup.py", "editable_wheel", "--dist-dir", str(tmp_path / "dist")],
                           cwd=tree, capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stderr
    assert _leftovers(tree) == []
    assert "removed 4 files an earlier in-place build left" in built.stdout + built.stderr
    wheel = next((tmp_path / "dist").glob("statfacts-*.whl"))
    assert "py3-none-any" in wheel.name  # nothing compiled
    with zipfile.ZipFile(wheel) as z:
        assert not [n for n in z.namelist() if n.endswith(SUFFIX)]


def _package(root: Path, *, compiled: bool, source_tree: bool) -> Path:
    package = root / "extract"
    (package / "attribute").mkdir(parents=True)
    for name in ("__init__", "quantities", "attribute/__init__", "attribute/period"):
        (package / f"{name}.py").write_text(f"# {name}\n", encoding="utf-8")
    if compiled:
        (package / f"quantities{SUFFIX}").write_bytes(b"")
        (package / "attribute" / f"period{SUFFIX}").write_bytes(b"")
    if source_tree:
        (root / "setup.py").write_text("", encoding="utf-8")
    return package


def test_the_state_tells_which_build_runs(tmp_path: Path) -> None:
    installed = _package(tmp_path / "site", compiled=True, source_tree=False)
    assert buildinfo.state(installed) == (True, "yes: 2 modules (mypyc)")
    pure = _package(tmp_path / "site-pure", compiled=False, source_tree=False)
    assert buildinfo.state(pure) == (
        False, "no: this install compiled nothing (no C compiler or mypyc; `pip install -v --no-deps .` says why)")
    source = _package(tmp_path / "checkout", compiled=False, source_tree=True)
    assert buildinfo.state(source) == (
        False, f"no: the source in {source} (an editable install or the checkout; "
               "`pip install --no-deps .` installs the compiled build)")
    assert buildinfo.stale(source) is None and buildinfo.stale(installed) is None


def test_compiled_modules_beside_the_source_are_reported_stale(tmp_path: Path) -> None:
    package = _package(tmp_path / "checkout", compiled=True, source_tree=True)
    compiled, note = buildinfo.state(package)
    assert compiled and note.startswith("yes: 2 modules (mypyc)")
    warning = buildinfo.stale(package)
    assert warning is not None
    assert "extract/quantities" in warning and "extract/attribute/period" in warning
    assert "pip install --no-deps -e ." in warning


def _dist_info(site: Path, url: str, *, editable: bool = False) -> None:
    info = site / "statfacts-0.1.0.dist-info"
    info.mkdir(exist_ok=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: statfacts\nVersion: 0.1.0\n", encoding="utf-8")
    (info / "direct_url.json").write_text(json.dumps({"url": url, "dir_info": {"editable": editable}}),
                                          encoding="utf-8")


def test_an_installed_build_says_when_the_source_it_was_built_from_has_changed(tmp_path: Path) -> None:
    checkout = _package(tmp_path / "checkout", compiled=False, source_tree=True)
    installed = _package(tmp_path / "site", compiled=True, source_tree=False)
    assert buildinfo.stale(installed) is None  # (no record of where it was installed from)
    _dist_info(tmp_path / "site", checkout.parent.as_uri())
    assert buildinfo.installed_from(installed) == checkout.parent
    assert buildinfo.stale(installed) is None  # the same source
    (checkout / "quantities.py").write_text("# edited\n", encoding="utf-8")
    (checkout / "attribute" / "subject.py").write_text("# new\n", encoding="utf-8")
    warning = buildinfo.stale(installed)
    assert warning is not None
    assert "extract/quantities.py" in warning and "extract/attribute/subject.py" in warning
    assert str(checkout.parent) in warning and "pip install --no-deps ." in warning
    _dist_info(tmp_path / "site", checkout.parent.as_uri(), editable=True)
    assert buildinfo.installed_from(installed) is None
    _dist_info(tmp_path / "site", "https://example.org/statfacts-0.1.0.tar.gz")
    assert buildinfo.installed_from(installed) is None
    _dist_info(tmp_path / "site", (tmp_path / "gone").as_uri())
    assert buildinfo.stale(installed) is None  # (the source is no longer there to compare with)


def test_a_stale_installed_build_warns_on_every_command(tmp_path: Path) -> None:
    checkout = _copy_tree(tmp_path / "checkout")
    site = tmp_path / "site"
    site.mkdir()
    for name in _BUILD_DIRS:
        shutil.copytree(checkout / name, site / name)
    _dist_info(site, checkout.as_uri())
    quiet = _python(["-m", "extract", "--version"], path=site, cwd=tmp_path)
    assert "compiled stages: no: this install compiled nothing" in quiet.stdout and quiet.stderr == ""
    with (checkout / "extract" / "quantities.py").open("a", encoding="utf-8") as f:
        f.write("# edited\n")
    told = _python(["-m", "extract", "--version"], path=site, cwd=tmp_path)
    assert "extract/quantities.py" in told.stderr and "changed" in told.stderr
    (tmp_path / "a.txt").write_text("增长5%。", encoding="utf-8")
    facts = _python(["-m", "extract", "facts", "a.txt", "--format", "jsonl"], path=site, cwd=tmp_path)
    assert "extract/quantities.py" in facts.stderr and '"value":5,' in facts.stdout.replace(" ", "")


def test_the_version_says_the_checkout_runs_its_source() -> None:
    out = statfacts("--version").stdout  # `python -m extract` in the repository: the source as it is
    assert f"compiled stages: no: the source in {ROOT / 'extract'}" in out, out


def test_extraction_runs_whichever_modules_are_loaded() -> None:
    facts = extract_text("2025年，全省新能源电池产能达到55GWh。").facts
    assert [(str(f.value), f.unit) for f in facts] == [("55", "GWh")]
