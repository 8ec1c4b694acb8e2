"""The stages compiled with mypyc (setup.py) give exactly what their Python source gives, and a
compiled module is used only while it matches its source."""

from __future__ import annotations

import hashlib
import importlib.machinery
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, corpus_texts, require_services, statfacts

import extract
from extract import _compiled_state
from extract.pipeline import extract_text

_DUMP = """
import json, sys
import extract
from extract.pipeline import extract_text
texts = json.load(open(sys.argv[1], encoding="utf-8"))
out = {"compiled": extract.COMPILED, "results": []}
for i, text in enumerate(texts):
    r = extract_text(text, doc=str(i), keep_dropped=True)
    out["results"].append([
        [f.model_dump_json() for f in r.facts],
        [[d.start, d.end, d.text, d.rule] for d in r.dropped],
        [[x.doc, x.start, x.end, x.text, x.reason] for x in r.rejected],
    ])
json.dump(out, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
"""


def _texts() -> list[str]:
    blind = sorted((ROOT / "tests" / "blind" / "docs").glob("*"))
    return [*corpus_texts(), *(p.read_text(encoding="utf-8") for p in blind if p.is_file())]


def _dump(texts_file: Path, out: Path, *, pure: bool) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != "STATFACTS_PURE"}
    if pure:
        env["STATFACTS_PURE"] = "1"
    subprocess.run([sys.executable, "-c", _DUMP, str(texts_file), str(out)], env=env, check=True, timeout=600)
    return json.loads(out.read_text(encoding="utf-8"))


def test_the_compiled_stages_give_what_the_source_gives(tmp_path: Path) -> None:
    if not extract.COMPILED and os.environ.get("STATFACTS_PURE") != "1":
        if require_services():  # CI installs with a C compiler: the compiled path must be the one tested
            pytest.fail(f"the stages are not compiled in CI: {extract.COMPILED_NOTE}")
        pytest.skip(f"nothing compiled to compare: {extract.COMPILED_NOTE}")
    texts = _texts()
    assert len(texts) > 1000
    texts_file = tmp_path / "texts.json"
    texts_file.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    compiled = _dump(texts_file, tmp_path / "compiled.json", pure=False)
    source = _dump(texts_file, tmp_path / "source.json", pure=True)
    assert compiled["compiled"] is True and source["compiled"] is False
    assert sum(len(r[0]) for r in source["results"]) > 1000  # (facts, not only empty results)
    for text, a, b in zip(texts, compiled["results"], source["results"], strict=True):
        assert a == b, text[:200]


def test_the_source_is_what_runs_when_asked_or_when_the_build_is_stale() -> None:
    code = "import extract, extract.quantities as q; print(extract.COMPILED, q.__file__)"
    run = subprocess.run([sys.executable, "-c", code], env={**os.environ, "STATFACTS_PURE": "1"},
                         capture_output=True, text=True, check=True)
    compiled, file = run.stdout.split()
    assert compiled == "False" and file.endswith("quantities.py")


def _package(tmp_path: Path, source: str = "x = 1\n") -> Path:
    package = tmp_path / "extract"
    package.mkdir()
    (package / "stage.py").write_text(source, encoding="utf-8")
    (package / f"stage{importlib.machinery.EXTENSION_SUFFIXES[0]}").write_bytes(b"")
    digest = hashlib.sha256(source.encode()).hexdigest()
    (package / "_build.json").write_text(json.dumps({"compiled": {"extract.stage": digest}}), encoding="utf-8")
    return package


def test_a_build_is_used_only_while_it_matches_its_source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("STATFACTS_PURE", raising=False)
    package = _package(tmp_path)
    assert _compiled_state(package)[0]
    monkeypatch.setenv("STATFACTS_PURE", "1")
    assert _compiled_state(package) == (False, "no: STATFACTS_PURE=1")
    monkeypatch.delenv("STATFACTS_PURE")
    (package / "stage.py").write_text("x = 2\n", encoding="utf-8")  # edited after the build
    assert _compiled_state(package) == (False, "no: stage.py changed since the build (pip install -e . rebuilds)")
    (package / "stage.py").write_text("x = 1\n", encoding="utf-8")
    (package / f"stage{importlib.machinery.EXTENSION_SUFFIXES[0]}").unlink()
    assert _compiled_state(package) == (False, "no: extract.stage is not built")
    (package / "_build.json").write_text(json.dumps({"compiled": {}}), encoding="utf-8")
    assert not _compiled_state(package)[0]
    (package / "_build.json").unlink()
    assert not _compiled_state(package)[0]


def test_extraction_runs_whichever_modules_are_loaded() -> None:
    facts = extract_text("2025年，全省新能源电池产能达到55GWh。").facts
    assert [(str(f.value), f.unit) for f in facts] == [("55", "GWh")]


def test_the_version_says_whether_the_stages_are_compiled() -> None:
    out = statfacts("--version").stdout
    assert f"compiled stages: {extract.COMPILED_NOTE}" in out
