"""`statfacts bench` on a tiny corpus: the corpus is as described, every figure is reported, and
all the ways of extracting agree on the facts. (No assertion on time: machines differ.)"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

import pytest
from conftest import SEEDS, statfacts

from extract.bench import DOC_CHARS, build_corpus, seed_paragraphs, vary_numbers


def test_vary_numbers_keeps_shape() -> None:
    rng = random.Random(3)
    text = "2025年3月12日，全省生产总值增长5.2%，达到１２３４５亿元，第0.5名。"
    out = vary_numbers(text, rng)
    assert len(out) == len(text)
    assert re.sub(r"[0-9０-９]", "#", out) == re.sub(r"[0-9０-９]", "#", text)
    year, month, day = (int(x) for x in re.match(r"(\d+)年(\d+)月(\d+)日", out).groups())  # type: ignore[union-attr]
    assert 2015 <= year <= 2026 and 1 <= month <= 12 and 1 <= day <= 28
    assert out[out.index("第") + 1] == "0"  # a leading zero stays


def test_corpus_is_deterministic_and_reused(tmp_path: Path) -> None:
    a = build_corpus(SEEDS, tmp_path / "a", 120_000, seed=7)
    b = build_corpus(SEEDS, tmp_path / "b", 120_000, seed=7)
    assert a.files == b.files and a.chars >= 120_000
    assert all(DOC_CHARS[0] <= n <= DOC_CHARS[1] + 2_000 for _, n in a.files)
    first = (tmp_path / "a" / a.files[0][0]).read_text(encoding="utf-8")
    assert first == (tmp_path / "b" / b.files[0][0]).read_text(encoding="utf-8")
    assert len(first) == a.files[0][1]
    # paragraphs come from the seeds, numbers varied
    paragraphs = {re.sub(r"[0-9０-９]", "#", p) for p in seed_paragraphs(SEEDS)}
    assert all(re.sub(r"[0-9０-９]", "#", p.strip()) in paragraphs for p in first.split("\n\n") if p.strip())
    stamp = (tmp_path / "a" / "manifest.json").stat().st_mtime_ns
    assert build_corpus(SEEDS, tmp_path / "a", 120_000, seed=7).files == a.files
    assert (tmp_path / "a" / "manifest.json").stat().st_mtime_ns == stamp


@pytest.mark.slow
def test_bench_reports_every_figure(tmp_path: Path) -> None:
    out_dir = tmp_path / "bench"
    proc = statfacts("bench", "--chars", "60000", "--flat-chars", "25000", "--workers", "2",
                     "--big-mb", "0.1", "--out-dir", str(out_dir))
    for name in ("baseline", "extract (1 core)", "run (1 core)", "extract (2 workers)", "run (2 workers)",
                 "memory flat for run", "of the baseline"):
        assert name in proc.stdout
    data = json.loads((out_dir / "results.json").read_text(encoding="utf-8"))
    results = {r["name"]: r for r in data["results"]}
    assert set(results) == {"baseline", "extract (1 core)", "run (1 core)", "extract (2 workers)",
                            "run (2 workers)", "extract (1 core, small)", "run (1 core, small)",
                            "big file (1 core)"}
    assert data["params"]["corpus_chars"] >= 60_000
    full = {k: v for k, v in results.items() if "small" not in k and "big" not in k}
    assert len({r["chars"] for r in full.values()}) == 1  # every measurement saw the whole corpus
    # extraction alone, the job, serial or parallel: the same number of facts
    assert len({r["facts"] for k, r in full.items() if k != "baseline"}) == 1
    assert results["extract (1 core)"]["facts"] > 0
    for r in results.values():
        assert r["speed"] > 0 and r["peak_mb"] > 0
    assert results["extract (2 workers)"]["worker_peak_mb"] > 0
    # the processes' start, measured apart for the runs with workers only
    assert results["extract (2 workers)"]["startup_seconds"] > 0 and results["run (2 workers)"]["startup_seconds"] > 0
    assert results["extract (1 core)"]["startup_seconds"] == 0
    # with workers, the CPU time of the extraction processes apart from the main process's: the main
    # process's share bounds the speed-up on any number of cores
    assert results["extract (2 workers)"]["workers_cpu_seconds"] > 0
    assert results["run (2 workers)"]["workers_cpu_seconds"] > 0
    assert results["extract (1 core)"]["workers_cpu_seconds"] == 0
    # (of which the processes' start: spawn, imports, warm-up, measured apart and left out of the bound)
    assert results["run (2 workers)"]["startup_cpu_seconds"] > 0
    assert "of the CPU time is the main process's: on 16 cores at most" in " ".join(proc.stdout.split())
    assert data["params"]["compiled"].startswith(("yes", "no"))
    # the tests run the source (not compiled): the figures say they are not those of what users install
    assert "INFO the extraction stages are not compiled" in proc.stdout and "pip install --no-deps ." in proc.stdout
    # the baseline before and after each one-core measurement; the median is the row shown
    speeds = data["params"]["baseline_speeds"]
    assert len(speeds) == 3 and results["baseline"]["speed"] == sorted(speeds)[1]
    assert "INFO baseline measured 3 times" in proc.stdout
    assert results["run (1 core, small)"]["chars"] < results["run (1 core)"]["chars"]
    assert "| measurement |" in (out_dir / "results.md").read_text(encoding="utf-8")
    assert not list((out_dir / "db").glob("*.db"))  # the SQLite files are removed unless --keep-db
    # the second corpus, of published releases: a fact every few dozen characters, one-core figures only
    assert "dense releases" in proc.stdout and "facts per CPU second" in proc.stdout
    dense = json.loads((out_dir / "dense" / "results.json").read_text(encoding="utf-8"))
    dense_results = {r["name"]: r for r in dense["results"]}
    assert set(dense_results) == {"baseline", "extract (1 core)", "run (1 core)"}
    assert dense_results["extract (1 core)"]["facts"] == dense_results["run (1 core)"]["facts"] > 0
    sparse_density = results["extract (1 core)"]["chars"] / results["extract (1 core)"]["facts"]
    dense_density = dense_results["extract (1 core)"]["chars"] / dense_results["extract (1 core)"]["facts"]
    assert dense_density < sparse_density / 3
    # where one core's time goes on the dense corpus: every stage, the facts of extract
    assert "where one core's time goes" in proc.stdout
    profile = dense["params"]["stage_profile"]
    assert set(profile["stages"]) == {"read", "normalise", "quantities", "attribute + validate"}
    assert profile["facts"] == dense_results["extract (1 core)"]["facts"]
    assert all(v >= 0 for v in profile["stages"].values()) and profile["stages"]["attribute + validate"] > 0
    assert "| store |" in (out_dir / "dense" / "results.md").read_text(encoding="utf-8")


def test_bench_measures_the_seeds_only_when_asked(tmp_path: Path) -> None:
    out_dir = tmp_path / "bench"
    proc = statfacts("bench", "--chars", "30000", "--flat-chars", "0", "--workers", "1", "--only", "extract",
                     "--no-dense", "--out-dir", str(out_dir))
    assert "dense releases" not in proc.stdout and not (out_dir / "dense").exists()


def test_the_measuring_processes_run_the_package_the_bench_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `statfacts bench` from the repository (bench/run.sh) runs the installed, compiled build; its
    # children must not pick up the source in the working directory instead (`python -m` would)
    import extract
    from extract.bench import run_child

    decoy = tmp_path / "cwd" / "extract"
    decoy.mkdir(parents=True)
    (decoy / "__init__.py").write_text("raise ImportError('the working directory, not the running package')\n",
                                       encoding="utf-8")
    (decoy / "bench.py").write_text("", encoding="utf-8")
    monkeypatch.chdir(decoy.parent)
    result = run_child({"kind": "whoami"})
    assert result == {"package": str(Path(extract.__file__).parent), "compiled": extract.COMPILED_NOTE}


def test_a_document_the_extractor_fails_on_is_named_and_the_stages_measured_still(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # (a crash on one document of the corpus stopped the stage profile; the extraction measurement counted the
    # document with no word of it)
    from extract import bench, job, pipeline

    real = pipeline.extract_document

    def fails_on_marked(document: Any, **kw: Any) -> Any:
        if "故障" in document.text:
            raise ValueError("stand-in failure")
        return real(document, **kw)

    monkeypatch.setattr(pipeline, "extract_document", fails_on_marked)
    monkeypatch.setattr(job, "extract_document", fails_on_marked)
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text("2024年，全省粮食产量达到1200万吨。", encoding="utf-8")
    bad.write_text("故障文本：全年产量500万吨。", encoding="utf-8")
    paths = [str(good), str(bad)]
    stages = bench._stage_times(paths)
    assert stages["docs"] == 2 and stages["facts"] == 1
    assert stages["failures"] == [(str(bad), "extraction failed: ValueError: stand-in failure")]
    out: dict[str, Any] = {"chars": 0, "docs": 0, "facts": 0}
    bench._extract(paths, 1, bench._Clock(), bench._Clock(), out)
    assert out["facts"] == 1 and out["failures"] == stages["failures"]
