"""bench/profile.py: the hot spots it reads from py-spy's raw samples, source or compiled."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from conftest import ROOT


def _profile_tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("statfacts_profile_tool", ROOT / "bench" / "profile.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_compiled_functions_are_named_as_in_the_source(tmp_path: Path) -> None:
    raw = tmp_path / "raw.txt"
    top = "<module> (once.py:4);CPyDef_pipeline___extract_document (__native_statfacts_compiled.c:10)"
    raw.write_text(
        f"{top};CPyDef_quantities____read_number (__native_statfacts_compiled.c:20);sre_ucs2_match (libpython.so) 3\n"
        f"{top};CPyDef_pipeline____Context___carry (__native_statfacts_compiled.c:30) 1\n"
        "<module> (once.py:4);CPyDef_job____warm_up (x.c:1);CPyDef_pipeline___extract_document (x.c:2) 9\n",
        encoding="utf-8",
    )
    report = _profile_tool().hot_spots(raw, "extract_document", 10, compiled=True)
    assert report.startswith("4 samples inside extract_document")  # (the warm-up is not the work)
    assert " 75.0%  _read_number (extract/quantities.py)" in report
    assert " 25.0%  _Context.carry (extract/pipeline.py)" in report
    assert "extract/quantities.py _read_number → sre_ucs2_match" in report


def test_source_frames_keep_their_lines(tmp_path: Path) -> None:
    raw = tmp_path / "raw.txt"
    raw.write_text("<module> (once.py:4);extract_document (extract/pipeline.py:300);"
                   "_read_number (extract/quantities.py:650) 2\n", encoding="utf-8")
    report = _profile_tool().hot_spots(raw, "extract_document", 10)
    assert "100.0%  _read_number (extract/quantities.py)" in report
    assert "extract/quantities.py:650 _read_number" in report
