"""`statfacts bench`: the speed of extraction and of the whole job against a regex scan.

The benchmark builds (once, then reuses) a corpus of at least `--chars` characters from the
seed articles: their paragraphs shuffled, every number varied at random (years, months and days
stay plausible), written as many files of 5–20 k characters. Then it measures, each figure in a
fresh child process so that every peak memory figure is that measurement's alone:

- baseline: the corpus scanned once by one compiled `regex` pattern for runs of digits and
  Chinese numerals — the physical floor of any extractor that looks at every character;
- extract: `extract_document` over every document (the time in it only, reading excluded);
- run: `statfacts run` (read, extract, validate, store) into a fresh SQLite file;
- the same two with `--workers N` (wall time; the reader and the single writer included);
- memory flatness: extract and run again on the first `--flat-chars` characters: peak memory
  must not grow with the corpus.

One-core figures are measured with the child pinned to one CPU (`sched_setaffinity`) and
computed from the CPU time of the work, so that another program busy on the machine does not
slow them down (wall times are shown too); figures with workers are wall time. Peak memory is
the child's VmHWM (its own high-water mark; `ru_maxrss` of a child started by a vfork-ing parent
starts at the parent's peak) and, for the extraction processes, `ru_maxrss` of the child's
children. Times exclude interpreter start-up and the one-off loading of the lexicon (reported
as warm-up). Results go to OUT_DIR/results.json and OUT_DIR/results.md.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import time
from collections import deque
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Final

import typer

import extract
from extract import COMPILED_NOTE

if TYPE_CHECKING:
    from rich.console import Console

# The baseline: one pass of one compiled pattern over every character.
BASELINE_PATTERN = r"[0-9０-９零〇一二两三四五六七八九十百千万亿]+"
DOC_CHARS = (5_000, 20_000)
FILES_PER_DIR = 500
CORPUS_FORMAT = 2
MEASUREMENTS = ("baseline", "extract", "run", "extract-workers", "run-workers", "flat", "big", "stages")
# The stages of the per-stage profile, in order (`statfacts bench` prints CPU seconds and µs per fact):
# reading and decoding, the normalised view, finding quantities, attributing and validating them
# (the rest of extract_document), storing them (the rest of run)
STAGES = ("read", "normalise", "quantities", "attribute + validate", "store")
# memory is "flat" when the peak at the full corpus is within this of the peak at the small one
FLAT_TOLERANCE = 0.10
FLAT_SLACK_MB = 8.0


# ----------------------------------------------------------------------------------- corpus
@dataclass(frozen=True)
class Corpus:
    root: Path
    files: list[tuple[str, int]]  # (path relative to root, characters)

    @property
    def chars(self) -> int:
        return sum(n for _, n in self.files)

    def paths(self, limit_chars: int = 0) -> list[str]:
        """The files in order, up to (and including the one reaching) `limit_chars` (0: all)."""
        out: list[str] = []
        total = 0
        for rel, n in self.files:
            if limit_chars and total >= limit_chars:
                break
            out.append(str(self.root / rel))
            total += n
        return out


def seed_paragraphs(seeds: Path) -> list[str]:
    paragraphs: list[str] = []
    for file in sorted(seeds.glob("*.txt")):
        for line in file.read_text(encoding="utf-8", errors="replace").split("\n"):
            if line.strip():
                paragraphs.append(line.strip())
    return paragraphs


_DIGIT_RUN = re.compile(r"[0-9]+|[０-９]+")
_TO_FULL = str.maketrans("0123456789", "０１２３４５６７８９")
_TO_ASCII = str.maketrans("０１２３４５６７８９", "0123456789")


def vary_numbers(paragraph: str, rng: random.Random) -> str:
    """The paragraph with every run of digits replaced by a random one of the same length
    (a year stays 2015–2026, a month 1–12, a day 1–28, a leading zero stays a zero): the
    text keeps its shape, offsets and kinds of numbers, the values change."""

    def repl(m: re.Match[str]) -> str:
        digits = m.group().translate(_TO_ASCII)
        full = digits != m.group()
        after = paragraph[m.end():m.end() + 1]
        n = len(digits)
        if n == 4 and digits[:2] in ("19", "20") and after == "年":
            new = str(rng.randint(2015, 2026))
        elif after and after in "月日号" and n <= 2:
            last = 12 if after == "月" else 28
            if n == 1:
                new = str(rng.randint(1, 9))
            elif digits[0] == "0":
                new = f"0{rng.randint(1, 9)}"
            else:
                new = str(rng.randint(10, last))
        elif digits[0] == "0":
            new = "0" + "".join(str(rng.randrange(10)) for _ in range(n - 1))
        else:
            new = str(rng.randrange(10 ** (n - 1), 10**n))
        return new.translate(_TO_FULL) if full else new

    return _DIGIT_RUN.sub(repl, paragraph)


def _digest(paragraphs: list[str]) -> str:
    return hashlib.sha256("\n".join(paragraphs).encode("utf-8")).hexdigest()[:16]


def build_corpus(seeds: Path, root: Path, chars: int, *, seed: int = 1) -> Corpus:
    """The corpus under `root` (reused when it was built with the same parameters)."""
    paragraphs = seed_paragraphs(seeds)
    if not paragraphs:
        raise ValueError(f"no paragraphs in {seeds}/*.txt")
    key = {"format": CORPUS_FORMAT, "chars": chars, "seed": seed, "seeds": _digest(paragraphs)}
    manifest = root / "manifest.json"
    if manifest.exists():
        data = json.loads(manifest.read_text(encoding="utf-8"))
        if data.get("key") == key:
            return Corpus(root, [(rel, int(n)) for rel, n in data["files"]])
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    rng = random.Random(seed)
    files: list[tuple[str, int]] = []
    total = 0
    while total < chars:
        target = rng.randint(*DOC_CHARS)
        parts: list[str] = []
        size = 0
        while size < target:
            part = vary_numbers(rng.choice(paragraphs), rng)
            parts.append(part)
            size += len(part) + 2
        text = "\n\n".join(parts) + "\n"
        i = len(files)
        rel = f"docs/{i // FILES_PER_DIR:04d}/{i:07d}.txt"
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        files.append((rel, len(text)))
        total += len(text)
    manifest.write_text(json.dumps({"key": key, "files": files}), encoding="utf-8")
    return Corpus(root, files)


def load_corpus(root: Path) -> Corpus:
    data = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    return Corpus(root, [(rel, int(n)) for rel, n in data["files"]])


def build_big_file(corpus: Corpus, target: Path, megabytes: float) -> int:
    """One file of about `megabytes` MB of UTF-8 made of the corpus documents; its characters."""
    limit = int(megabytes * 1024 * 1024)
    size = 0
    chars = 0
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w", encoding="utf-8") as out:
        while size < limit:
            for path in corpus.paths():
                text = Path(path).read_text(encoding="utf-8")
                out.write(text)
                size += len(text.encode("utf-8"))
                chars += len(text)
                if size >= limit:
                    break
    return chars


# ------------------------------------------------------------------------------ measuring
@dataclass
class Measurement:
    name: str
    kind: str
    workers: int
    chars: int
    docs: int
    facts: int
    seconds: float  # what the speed is computed from: CPU time on one core, wall time with workers
    peak_mb: float
    worker_peak_mb: float | None = None
    warmup_seconds: float = 0.0
    wall_seconds: float = 0.0  # the whole measured part (extract and baseline: reading included)
    cpu_seconds: float = 0.0  # of it, by the measuring process only (not by extraction processes)
    startup_seconds: float = 0.0  # with workers: how long the processes take to be ready (measured apart)
    workers_cpu_seconds: float = 0.0  # with workers: the CPU time of the extraction processes
    startup_cpu_seconds: float = 0.0  # with workers: of it, their start (spawn, imports, warm-up; measured apart)

    @property
    def speed(self) -> float:
        return self.chars / self.seconds if self.seconds > 0 else 0.0


class _Clock:
    """Wall and CPU time of the parts measured."""

    def __init__(self) -> None:
        self.wall = 0.0
        self.cpu = 0.0
        self._started = (0.0, 0.0)

    def __enter__(self) -> _Clock:
        self._started = (time.perf_counter(), time.process_time())
        return self

    def __exit__(self, *_exc: object) -> None:
        self.wall += time.perf_counter() - self._started[0]
        self.cpu += time.process_time() - self._started[1]


def _peak_mb() -> float:
    """This process's own peak resident memory (VmHWM; ru_maxrss where there is no /proc)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 1024 / (1024 if sys.platform == "darwin" else 1)


def _children_peak_mb() -> float:
    import resource

    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return rss / 1024 / (1024 if sys.platform == "darwin" else 1)


def _children_cpu_seconds() -> float:
    """The CPU time of this process's ended children (the extraction processes, once joined)."""
    import resource

    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _pin_to_one_cpu() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def _worker_pid(_task: int) -> int:
    time.sleep(0.02)  # (long enough for the tasks to spread over the processes)
    return os.getpid()


def _pool_start_seconds(workers: int) -> float:
    """How long `workers` extraction processes take from nothing to all ready (spawn, imports,
    warm-up) and to stop again: a cost every measurement with workers pays once, whatever the
    corpus size, reported so that the steady speed can be told from it (an upper bound, by the
    few hundredths of a second the probing tasks wait)."""
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    from extract.job import _warm_up

    started = time.perf_counter()
    # (the kind of pool `run --workers` starts: extract/job.py, `_worker_pool`)
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=_warm_up) as pool:
        ready: set[int] = set()
        while len(ready) < workers:
            ready.update(pool.map(_worker_pid, range(workers)))
    return time.perf_counter() - started


def measure(spec: dict[str, Any]) -> dict[str, Any]:
    """One measurement, in this process (the benchmark runs it in a child): see `run_child`."""
    workers = int(spec.get("workers", 1))
    if workers <= 1:
        _pin_to_one_cpu()
    paths: list[str] = spec["paths"] if "paths" in spec else load_corpus(Path(spec["root"])).paths(
        int(spec.get("limit_chars", 0))
    )
    kind = spec["kind"]
    out: dict[str, Any] = {"chars": 0, "docs": 0, "facts": 0, "warmup_seconds": 0.0, "startup_seconds": 0.0}
    if workers > 1:
        out.update(_pool_start(workers))
    children_cpu = _children_cpu_seconds()
    work = _Clock()  # the work itself
    whole = _Clock()  # the work and the reading around it
    if kind == "baseline":
        _scan(paths, work, whole, out)
    elif kind == "extract":
        _extract(paths, workers, work, whole, out)
    elif kind == "stages":
        out.update(_stage_times(paths))
    elif kind == "run":
        _run(Path(spec["db"]), bool(spec.get("keep_db")), paths, workers, work, whole, out)
    else:
        raise ValueError(f"unknown measurement {kind!r}")
    out.update(_times(workers, work, whole, children_cpu))
    return out


def _pool_start(workers: int) -> dict[str, float]:
    """How long the extraction processes take to start (`_pool_start_seconds`), and their CPU time doing so."""
    before_start = _children_cpu_seconds()
    seconds = _pool_start_seconds(workers)
    return {"startup_seconds": seconds, "startup_cpu_seconds": _children_cpu_seconds() - before_start}


def _scan(paths: list[str], work: _Clock, whole: _Clock, out: dict[str, Any]) -> None:
    """The baseline: the files read, and each text scanned once by `BASELINE_PATTERN` (only the scan in `work`)."""
    import regex

    from extract.read import read_paths

    pattern = regex.compile(BASELINE_PATTERN)
    with whole:
        for document in read_paths(paths):
            with work:
                deque(pattern.finditer(document.text), maxlen=0)  # every match found, none kept
            out["chars"] += len(document.text)
            out["docs"] += 1


def _extract(paths: list[str], workers: int, work: _Clock, whole: _Clock, out: dict[str, Any]) -> None:
    """Every document extracted, nothing stored: in this process (only the extraction in `work`), or by
    `workers` extraction processes that read the files (this one only collects the facts)."""
    from extract.job import _warm_up, extract_files, extract_one
    from extract.read import read_paths

    with _Clock() as warm:
        _warm_up()
    out["warmup_seconds"] = warm.wall
    with whole:
        if workers <= 1:
            for document in read_paths(paths):
                with work:
                    extracted = extract_one(document)
                _count(out, document.path, len(document.text), extracted.facts_count, extracted.error)
            return
        for document, from_worker in extract_files([Path(p) for p in paths], workers):
            if from_worker is None:
                continue
            _count(out, document.path, len(document.text), from_worker.facts_count, from_worker.error)


def _count(out: dict[str, Any], path: str, chars: int, facts: int, error: str | None) -> None:
    """One document's figures added to a measurement's, and why it failed, if it did (the first few)."""
    out["facts"] += facts
    out["chars"] += chars
    out["docs"] += 1
    if error is not None and len(out.setdefault("failures", [])) < _FAILURES_KEPT:
        out["failures"].append((path, error))


_FAILURES_KEPT: Final = 5


def _run(db: Path, keep_db: bool, paths: list[str], workers: int, work: _Clock, whole: _Clock,
         out: dict[str, Any]) -> None:
    """`statfacts run` into a fresh SQLite file (removed after unless `keep_db`), all of it in `work`."""
    from extract.job import _warm_up, run

    for stale in db.parent.glob(db.name + "*"):
        stale.unlink()
    with _Clock() as warm:
        _warm_up()
    out["warmup_seconds"] = warm.wall
    with whole, work:
        summary = run(paths, str(db), workers=workers)
    out["chars"], out["docs"], out["facts"] = summary.chars, summary.documents_read, summary.facts_stored
    if summary.documents_failed:
        out["failures"] = summary.failures[:5]
    if not keep_db:
        for produced in db.parent.glob(db.name + "*"):
            produced.unlink()


def _times(workers: int, work: _Clock, whole: _Clock, children_cpu: float) -> dict[str, Any]:
    """What the speed is computed from, the wall and CPU times, and the peak memory: on one core the
    CPU time of the work (which a busy neighbour on the machine does not inflate), with workers the
    wall time of the whole."""
    if workers <= 1:
        seconds, wall, cpu = work.cpu, whole.wall, whole.cpu
    else:
        seconds, wall, cpu = whole.wall, whole.wall, whole.cpu
    return {
        "seconds": seconds, "wall_seconds": wall, "cpu_seconds": cpu,
        "workers_cpu_seconds": _children_cpu_seconds() - children_cpu if workers > 1 else 0.0,
        "peak_mb": _peak_mb(),
        "worker_peak_mb": _children_peak_mb() if workers > 1 else None,
    }


def _stage_times(paths: list[str]) -> dict[str, Any]:
    """CPU seconds of each stage of extraction over the corpus, on one core: each document is read,
    normalised and scanned for quantities on its own, then extracted whole (normalising and scanning
    again), so that attribution and validation are the whole less the first two."""
    from extract.job import _warm_up, extract_one
    from extract.normalise import normalise
    from extract.quantities import find_quantities
    from extract.read import read_paths

    _warm_up()
    clocks = {name: _Clock() for name in ("read", "normalise", "quantities", "extract")}
    counts: dict[str, Any] = {"chars": 0, "docs": 0, "facts": 0}
    documents = iter(read_paths(paths))
    while True:
        with clocks["read"]:
            document = next(documents, None)
        if document is None:
            break
        with clocks["normalise"]:
            view = normalise(document.text).view
        with clocks["quantities"]:
            find_quantities(view, None)
        with clocks["extract"]:
            extracted = extract_one(document)
        _count(counts, document.path, len(document.text), extracted.facts_count, extracted.error)
    cpu = {name: clock.cpu for name, clock in clocks.items()}
    stages = {"read": cpu["read"], "normalise": cpu["normalise"], "quantities": cpu["quantities"],
              "attribute + validate": max(0.0, cpu["extract"] - cpu["normalise"] - cpu["quantities"])}
    return {**counts, "stages": stages, "extract_cpu": cpu["extract"]}


def stage_profile(stages: dict[str, float], facts: int, run: Measurement | None) -> list[list[str]]:
    """Rows of the per-stage profile: stage, CPU s, share, µs per fact. Storing is what the one-core
    run spent beyond reading and extracting (absent without a run measurement)."""
    times = dict(stages)
    if run is not None:
        times["store"] = max(0.0, run.cpu_seconds - sum(times.values()))
    total = sum(times.values()) or 1.0
    return [[name, f"{times[name]:.2f}", f"{times[name] / total:.0%}",
             f"{times[name] / facts * 1e6:.1f}" if facts else "–"] for name in STAGES if name in times]


def _child_command(spec: dict[str, Any]) -> list[str]:
    # -P: not the working directory first on the module path (from the repository it holds the
    # source, which would run in place of the installed, compiled build)
    return [sys.executable, "-P", "-m", "extract.bench", json.dumps(spec)]


def _child_env() -> dict[str, str]:
    """The environment of a measuring process: the package this process runs comes first."""
    here = str(Path(extract.__file__).parent.parent)
    path = os.environ.get("PYTHONPATH")
    return {**os.environ, "PYTHONPATH": here + (os.pathsep + path if path else "")}


def run_child(spec: dict[str, Any]) -> dict[str, Any]:
    """`measure(spec)` in a fresh Python process; its JSON result."""
    proc = subprocess.run(_child_command(spec), env=_child_env(), capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"benchmark child {spec['kind']} failed:\n{proc.stderr[-4000:]}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def _build_in_child(seeds: Path, root: Path, chars: int, seed: int, big: Path | None, big_mb: float) -> None:
    """Build the corpus (and the big file) in a child, keeping this process small: a child
    started by a vfork-ing parent begins with the parent's peak memory in `ru_maxrss`."""
    spec = {"kind": "build", "seeds": str(seeds), "root": str(root), "chars": chars, "seed": seed,
            "big": str(big) if big else None, "big_mb": big_mb}
    proc = subprocess.run(_child_command(spec), env=_child_env(), capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"building the corpus failed:\n{proc.stderr[-4000:]}")


def _child_main(arg: str) -> None:
    spec = json.loads(arg)
    if spec["kind"] == "build":
        corpus = build_corpus(Path(spec["seeds"]), Path(spec["root"]), int(spec["chars"]),
                              seed=int(spec["seed"]))
        if spec.get("big"):
            big = Path(spec["big"])
            info = big.with_suffix(".json")
            wanted = {"mb": spec["big_mb"], "corpus": str(corpus.root)}
            if not (big.exists() and info.exists() and json.loads(info.read_text()).get("key") == wanted):
                chars = build_big_file(corpus, big, float(spec["big_mb"]))
                info.write_text(json.dumps({"key": wanted, "chars": chars}))
        print(json.dumps({"chars": corpus.chars, "files": len(corpus.files)}))
        return
    if spec["kind"] == "whoami":  # (which package a measuring process runs: tests/test_bench.py)
        print(json.dumps({"package": str(Path(extract.__file__).parent), "compiled": COMPILED_NOTE}))
        return
    print(json.dumps(measure(spec)))


# -------------------------------------------------------------------------------- report
def _mchars(speed: float) -> str:
    return f"{speed / 1e6:.2f}"


def _ratio(speed: float, base: float) -> str:
    if speed <= 0 or base <= 0:
        return "–"
    return f"1/{base / speed:.1f}" if speed < base else f"{speed / base:.1f}×"


def _scaling(what: str, one: Measurement, many: Measurement) -> str:
    """What the CPU times with workers say of more cores, whatever the load on this machine: the main
    process (reading JSON Lines, looking up, unpickling, storing) is one process, so on N cores
    the work takes at least its CPU time, and at least the whole CPU time over N. The processes'
    start (spawn, imports, warm-up: paid once a run, measured apart) is left out."""
    main = many.cpu_seconds
    rest = max(0.0, many.workers_cpu_seconds - many.startup_cpu_seconds)
    total = main + rest

    def bound(cores: int) -> float:
        return one.cpu_seconds / max(main, total / cores)

    return (f"INFO {what} with {many.workers} workers: {main:.1f} CPU s in the main process, {rest:.1f} in the "
            f"extraction processes after their start ({many.startup_cpu_seconds:.1f}); one core: "
            f"{one.cpu_seconds:.1f}; {main / total:.0%} of the CPU time is the main process's: on 16 cores at most "
            f"{bound(16):.1f}× one core, on 2 at most {bound(2):.2f}×")


def report(results: list[Measurement], params: dict[str, Any]) -> tuple[list[list[str]], list[str]]:
    """The table rows and the verdict lines."""
    by = {m.name: m for m in results}
    base = by["baseline"].speed if "baseline" in by else 0.0
    rows = [_row(m, base) for m in results]
    verdicts: list[str] = []
    if str(params.get("compiled", "")).startswith("no"):
        verdicts.append("INFO the extraction stages are not compiled: these are the pure-Python figures, not those "
                        f"of the compiled build users install (`pip install --no-deps .`); {params['compiled']}")
    speeds = params.get("baseline_speeds", [])
    if len(speeds) > 1:
        verdicts.append(
            f"INFO baseline measured {len(speeds)} times, before and after the one-core measurements: "
            f"{', '.join(_mchars(v) for v in speeds)} M chars/s; the median is the reference"
        )
    verdicts += _target_verdicts(by, base)
    verdicts += _workers_verdicts(by, params["workers"])
    verdicts += _memory_verdicts(by, float(params.get("big_file_mb", 0.0)))
    return rows, verdicts


def _row(m: Measurement, base: float) -> list[str]:
    """A measurement's row of the table (`HEADER`)."""
    return [
        m.name, f"{m.chars / 1e6:.1f}", str(m.docs), str(m.facts) if m.kind != "baseline" else "–",
        f"{m.wall_seconds:.1f}", f"{m.cpu_seconds:.1f}", _mchars(m.speed),
        _ratio(m.speed, base) if m.kind != "baseline" else "1", f"{m.peak_mb:.0f}",
        f"{m.worker_peak_mb:.0f}" if m.worker_peak_mb is not None else "",
    ]


def _target_verdicts(by: dict[str, Measurement], base: float) -> list[str]:
    """Whether one core's run and extraction are within their targets of the baseline's speed."""
    verdicts: list[str] = []
    if not base:
        return verdicts
    for name, need in (("run (1 core)", 20), ("extract (1 core)", 10)):
        if name in by:
            got = base / by[name].speed if by[name].speed else float("inf")
            verdict = "PASS" if got <= need else "FAIL"
            verdicts.append(f"{verdict} {name}: 1/{got:.1f} of the baseline (target 1/{need})")
    return verdicts


def _workers_verdicts(by: dict[str, Measurement], workers: int) -> list[str]:
    """The speed-up of extraction and of the run with workers over one core, with and without the
    processes' start, and what their CPU times say of more cores (`_scaling`)."""
    verdicts: list[str] = []
    for what in ("extract", "run"):
        one, many = by.get(f"{what} (1 core)"), by.get(f"{what} ({workers} workers)")
        if not (one and many and many.seconds > 0):
            continue
        # like with like: the one-core CPU time of the whole (reading included) against wall time
        speedup = one.cpu_seconds / many.seconds
        linear = f" ({speedup / workers:.0%} of linear)" if what == "extract" else " (the writer works alongside)"
        steady = ""
        if 0 < many.startup_seconds < many.seconds:
            # the processes' start, paid once per run: a corpus of millions of documents does not see it
            without = one.cpu_seconds / (many.seconds - many.startup_seconds)
            share = f" = {without / workers:.0%} of linear" if what == "extract" else ""
            steady = f"; {without:.2f}×{share} without the {many.startup_seconds:.1f} s the processes take to start"
        verdicts.append(f"INFO {what} with {workers} workers: {speedup:.2f}× one core{linear}{steady}")
        if many.workers_cpu_seconds > 0:
            verdicts.append(_scaling(what, one, many))
    return verdicts


def _memory_verdicts(by: dict[str, Measurement], big_file_mb: float) -> list[str]:
    """Whether the peak memory stays flat from the small corpus to the whole one, and what one big
    file takes above a run of many small ones."""
    verdicts: list[str] = []
    pairs = (("extract (1 core, small)", "extract (1 core)"), ("run (1 core, small)", "run (1 core)"))
    for small_name, big_name in pairs:
        small, large = by.get(small_name), by.get(big_name)
        if small and large:
            limit = small.peak_mb * (1 + FLAT_TOLERANCE) + FLAT_SLACK_MB
            ok = large.peak_mb <= limit
            verdicts.append(
                f"{'PASS' if ok else 'FAIL'} memory flat for {big_name.split()[0]}: peak "
                f"{small.peak_mb:.0f} MB at {small.chars / 1e6:.1f} M chars, "
                f"{large.peak_mb:.0f} MB at {large.chars / 1e6:.1f} M chars"
            )
    if "big file (1 core)" in by:
        big = by["big file (1 core)"]
        mb = big_file_mb or 1.0
        ref = by.get("run (1 core, small)") or by.get("run (1 core)")
        extra = big.peak_mb - ref.peak_mb if ref else big.peak_mb
        verdicts.append(
            f"INFO one {mb:g} MB file ({big.chars / 1e6:.1f} M chars): run peak {big.peak_mb:.0f} MB, "
            f"{extra:.0f} MB above a run of many small files = {extra / mb:.1f}× the file"
        )
    return verdicts


HEADER = ["measurement", "M chars", "docs", "facts", "wall s", "CPU s", "M chars/s", "vs baseline",
          "peak RSS MB", "worker peak MB"]


NOTE = (
    "M chars/s: one core — characters per CPU second of the work (baseline: the scan; extract: "
    "extract_document; run: the whole job, reading and storing included), so that other load on the "
    "machine does not count; with workers — characters per wall second of the whole. Peak RSS: the "
    "measuring process (the writer for run); worker peak: the largest extraction process."
)


def markdown(rows: list[list[str]], verdicts: list[str], params: dict[str, Any]) -> str:
    lines = [
        f"corpus: {params['corpus_chars'] / 1e6:.1f} M characters in {params['corpus_files']} files "
        f"(seed {params['seed']}); {params['cpus']} CPUs; Python {params['python']}; "
        f"compiled stages: {params.get('compiled', '?')}",
        "",
        "| " + " | ".join(HEADER) + " |",
        "|" + "|".join("---" for _ in HEADER) + "|",
        *("| " + " | ".join(r) + " |" for r in rows),
        "",
        NOTE,
        "",
        *(f"- {v}" for v in verdicts if v),
    ]
    profile = params.get("stage_profile")
    if profile:
        lines += ["", f"Where one core's time goes ({profile['facts']} facts; store: the one-core run's rest):", "",
                  "| stage | CPU s | share | µs per fact |", "|---|---|---|---|",
                  *("| " + " | ".join(r) + " |" for r in stage_profile(profile["stages"], profile["facts"],
                                                                     params.get("_run")))]
    return "\n".join(lines) + "\n"


def run_benchmark(
    *,
    chars: int,
    workers: int,
    out_dir: Path,
    seeds: Path,
    seed: int = 1,
    flat_chars: int = 10_000_000,
    big_mb: float = 0.0,
    only: set[str] | None = None,
    keep_db: bool = False,
    progress: Callable[[str], None] | None = None,
) -> tuple[list[Measurement], dict[str, Any]]:
    """Build the corpus and take the measurements; (measurements, parameters)."""
    say = progress or (lambda _msg: None)
    wanted = only if only else set(MEASUREMENTS)
    unknown = wanted - set(MEASUREMENTS)
    if unknown:
        raise ValueError(f"unknown measurements {sorted(unknown)}; choose from {', '.join(MEASUREMENTS)}")
    out_dir.mkdir(parents=True, exist_ok=True)
    root = out_dir / f"corpus-{chars}-{seed}"
    big = out_dir / f"big-{big_mb:g}mb" / "big.txt" if big_mb > 0 and "big" in wanted else None
    say(f"corpus: building or reusing {root}")
    _build_in_child(seeds, root, chars, seed, big, big_mb)
    corpus = load_corpus(root)
    db = out_dir / "db" / "bench.db"
    db.parent.mkdir(parents=True, exist_ok=True)
    common = {"root": str(root), "db": str(db), "keep_db": keep_db}
    plan = _plan(wanted, workers, common, flat_chars if 0 < flat_chars < corpus.chars else 0, big)
    results, profile = _take(plan, say)
    scans = [m for m in results if m.kind == "baseline"]
    if scans:
        # the median (of two, the faster: the stricter yardstick) stands for the baseline
        reference = sorted(scans, key=lambda m: m.speed)[len(scans) // 2]
        results = [reference, *(m for m in results if m.kind != "baseline")]
    params: dict[str, Any] = {
        "baseline_speeds": [m.speed for m in scans],
        "chars": chars, "workers": workers, "seed": seed, "corpus_chars": corpus.chars,
        "corpus_files": len(corpus.files), "cpus": os.cpu_count(), "python": sys.version.split()[0],
        "compiled": COMPILED_NOTE, "flat_chars": flat_chars, "big_file_mb": big_mb if big is not None else 0.0,
        "stage_profile": profile,
    }
    return results, params


def _plan(wanted: set[str], workers: int, common: dict[str, Any], flat_chars: int, big: Path | None
          ) -> list[tuple[str, dict[str, Any]]]:
    """The measurements to take, in order, each with its name and spec (`measure`); the flatness pair
    on the first `flat_chars` characters (0: none)."""
    plan: list[tuple[str, dict[str, Any]]] = []
    # The baseline is measured before and after each of the two one-core measurements it is the
    # yardstick of, and the median is the reference: the machine's speed drifts (by ±10 % and more
    # over minutes on a shared machine), and one short scan at the start is at its mercy.
    baseline = ("baseline", {"kind": "baseline", **common})
    if "baseline" in wanted:
        plan.append(baseline)
    for what in ("extract", "run"):
        if what in wanted:
            plan.append((f"{what} (1 core)", {"kind": what, **common}))
            if "baseline" in wanted:
                plan.append(baseline)
    for what in ("extract", "run"):
        if workers > 1 and f"{what}-workers" in wanted:
            plan.append((f"{what} ({workers} workers)", {"kind": what, "workers": workers, **common}))
    if "flat" in wanted and flat_chars:
        plan.append(("extract (1 core, small)", {"kind": "extract", "limit_chars": flat_chars, **common}))
        plan.append(("run (1 core, small)", {"kind": "run", "limit_chars": flat_chars, **common}))
    if big is not None:
        plan.append(("big file (1 core)", {"kind": "run", "paths": [str(big)], **common}))
    if "stages" in wanted:
        plan.append(("stages (1 core)", {"kind": "stages", **common}))
    return plan


def _take(plan: list[tuple[str, dict[str, Any]]], say: Callable[[str], None]
          ) -> tuple[list[Measurement], dict[str, Any] | None]:
    """Each measurement of the plan taken in a child (`run_child`); the stage profile apart (None
    when not in the plan)."""
    results: list[Measurement] = []
    profile: dict[str, Any] | None = None
    for name, spec in plan:
        say(f"measuring {name}")
        got = run_child(spec)
        if got.get("failures"):
            say(f"  {name}: documents failed (measured without their facts), e.g. {got['failures'][0]}")
        if spec["kind"] == "stages":
            profile = {"stages": got["stages"], "facts": got["facts"], "chars": got["chars"]}
            continue
        results.append(Measurement(
            name=name, kind=spec["kind"], workers=int(spec.get("workers", 1)), chars=got["chars"],
            docs=got["docs"], facts=got["facts"], seconds=got["seconds"], peak_mb=got["peak_mb"],
            worker_peak_mb=got["worker_peak_mb"], warmup_seconds=got["warmup_seconds"],
            wall_seconds=got["wall_seconds"], cpu_seconds=got["cpu_seconds"],
            startup_seconds=got.get("startup_seconds", 0.0), workers_cpu_seconds=got.get("workers_cpu_seconds", 0.0),
            startup_cpu_seconds=got.get("startup_cpu_seconds", 0.0),
        ))
    return results, profile


# The options of `statfacts bench`, by group (one alias each: the command's signature reads as its list).
# The corpus built from the seeds
CharsOption = Annotated[int, typer.Option(
    min=1, metavar="N", help="Corpus size in characters (built once from --seeds, then reused).")]
SeedsOption = Annotated[Path, typer.Option(metavar="DIR", help="Folder of seed articles (*.txt).")]
SeedOption = Annotated[int, typer.Option(metavar="N", help="Random seed of the corpus.")]
# What is measured
WorkersOption = Annotated[int, typer.Option(min=1, metavar="N", help="Extraction processes for the parallel figures.")]
FlatCharsOption = Annotated[int, typer.Option(
    min=0, metavar="N", help="Smaller corpus prefix for the memory-flatness check (0: skip).")]
BigMbOption = Annotated[float, typer.Option(
    "--big-mb", min=0, metavar="MB", help="Also run one file of this many MB (0: skip).")]
OnlyOption = Annotated[str | None, typer.Option(
    metavar="LIST", help=f"Comma-separated subset of: {', '.join(MEASUREMENTS)}.")]
# The second corpus, of published releases
DenseOption = Annotated[Path, typer.Option(metavar="DIR", help=(
    "Folder of published releases (*.txt) for a second corpus of the density users run most "
    "(a fact every 30–40 characters), measured with baseline, extract and run; skipped when "
    "missing."))]
NoDenseOption = Annotated[bool, typer.Option("--no-dense", help="Measure the seeds' corpus only.")]
# Where the results go
OutDirOption = Annotated[Path, typer.Option("--out-dir", metavar="DIR", help="Corpus, databases and results.")]
KeepDbOption = Annotated[bool, typer.Option("--keep-db", help="Keep the SQLite files written by run.")]


def register(app: typer.Typer) -> None:
    """Add `statfacts bench` to the command line."""

    @app.command("bench")
    def bench(
        chars: CharsOption = 50_000_000,
        workers: WorkersOption = 2,
        out_dir: OutDirOption = Path("bench/out"),
        seeds: SeedsOption = Path("seeds"),
        seed: SeedOption = 1,
        flat_chars: FlatCharsOption = 10_000_000,
        big_mb: BigMbOption = 0.0,
        only: OnlyOption = None,
        keep_db: KeepDbOption = False,
        dense: DenseOption = Path("tests/real/dev/docs"),
        no_dense: NoDenseOption = False,
    ) -> None:
        """Benchmark extraction and `run` against a one-pass regex scan (see bench/README.md)."""
        from rich.console import Console

        err = Console(stderr=True)
        selected = {s.strip() for s in only.split(",") if s.strip()} if only else None
        results, params = _seeds_measured_or_exit(
            err, seeds, selected, chars=chars, workers=workers, out_dir=out_dir, seed=seed, flat_chars=flat_chars,
            big_mb=big_mb, keep_db=keep_db,
        )
        out = Console(width=max(150, Console().width))
        _show(out, "sparse news (the seeds)", results, params, out_dir)
        one_core = {"baseline", "extract", "run"} & (selected if selected else set(MEASUREMENTS))
        if no_dense or not one_core:
            return
        _measure_dense(err, out, dense, one_core, chars=chars, workers=workers, out_dir=out_dir, seed=seed,
                       keep_db=keep_db)


def _seeds_measured_or_exit(
    err: Console, seeds: Path, selected: set[str] | None, *, chars: int, workers: int, out_dir: Path, seed: int,
    flat_chars: int, big_mb: float, keep_db: bool,
) -> tuple[list[Measurement], dict[str, Any]]:
    """The measurements on the seeds' corpus, or exit with status 2 and why: no seeds folder, an
    unknown measurement in --only."""
    if not seeds.is_dir():
        err.print(f"[red]no seeds folder at {seeds}[/]: pass --seeds")
        raise typer.Exit(2)
    try:
        return run_benchmark(
            chars=chars, workers=workers, out_dir=out_dir, seeds=seeds, seed=seed, flat_chars=flat_chars,
            big_mb=big_mb, only=selected, keep_db=keep_db, progress=lambda m: err.print(f"[dim]{m}[/]"),
        )
    except ValueError as exc:
        err.print(f"[red]{exc}[/]")
        raise typer.Exit(2) from exc


def _measure_dense(
    err: Console, out: Console, dense: Path, one_core: set[str], *, chars: int, workers: int, out_dir: Path,
    seed: int, keep_db: bool,
) -> None:
    """The one-core measurements (and the stage profile) on the second corpus, of published releases,
    shown and written under OUT_DIR/dense; skipped, with a note, when its folder holds no *.txt."""
    if not dense.is_dir() or not any(dense.glob("*.txt")):
        err.print(f"[dim]no dense corpus: {dense} holds no *.txt (pass --dense DIR)[/]")
        return
    dense_results, dense_params = run_benchmark(
        chars=chars, workers=workers, out_dir=out_dir / "dense", seeds=dense, seed=seed, flat_chars=0,
        only=one_core | {"stages"}, keep_db=keep_db, progress=lambda m: err.print(f"[dim]dense: {m}[/]"),
    )
    _show(out, f"dense releases ({dense})", dense_results, dense_params, out_dir / "dense")


def _show(out: Any, corpus: str, results: list[Measurement], params: dict[str, Any], out_dir: Path) -> None:
    """Print one corpus's table, its verdicts and facts per CPU second; write its results files."""
    from rich.table import Table

    rows, verdicts = report(results, params)
    params = params | {"_run": next((m for m in results if m.name == "run (1 core)"), None)}
    table = Table(title=f"statfacts bench, {corpus} — {params['corpus_chars'] / 1e6:.1f} M chars, "
                        f"{params['corpus_files']} files; compiled stages: {params['compiled']}")
    for h in HEADER:
        table.add_column(h, justify="left" if h == "measurement" else "right")
    for r in rows:
        table.add_row(*r)
    out.print(table)
    out.print(NOTE)
    for v in verdicts:
        if v:
            out.print(v)
    for m in results:
        if m.kind != "baseline" and m.workers == 1 and m.facts and m.cpu_seconds > 0:
            out.print(f"INFO {m.name}: {m.facts / m.cpu_seconds:,.0f} facts per CPU second, "
                      f"one fact per {m.chars / m.facts:.0f} characters")
    profile = params.get("stage_profile")
    if profile:
        run = next((m for m in results if m.name == "run (1 core)"), None)
        stages = Table(title=f"where one core's time goes ({corpus}; {profile['facts']:,} facts)")
        for h in ("stage", "CPU s", "share", "µs per fact"):
            stages.add_column(h, justify="left" if h == "stage" else "right")
        for r in stage_profile(profile["stages"], profile["facts"], run):
            stages.add_row(*r)
        out.print(stages)
    shown = {k: v for k, v in params.items() if not k.startswith("_")}
    data = {"params": shown, "results": [asdict(m) | {"speed": m.speed} for m in results]}
    (out_dir / "results.json").write_text(json.dumps(data, indent=1), encoding="utf-8")
    (out_dir / "results.md").write_text(markdown(rows, verdicts, params), encoding="utf-8")
    out.print(f"results: {out_dir / 'results.md'}, {out_dir / 'results.json'}")


if __name__ == "__main__":
    _child_main(sys.argv[1])
