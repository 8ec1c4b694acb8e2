"""Where the time goes: sample extraction (or the whole job) with py-spy and print the hot spots.

    .venv/bin/pip install py-spy                     # a tool for this script, not a dependency
    python bench/profile.py                          # extraction over 5 M chars of the bench corpus
    python bench/profile.py --what run --chars 2000000
    python bench/profile.py --file big.txt           # one (large) file instead of the corpus
    python bench/profile.py --compiled               # the modules compiled with mypyc (py-spy --native)

The corpus is the one `statfacts bench` builds (bench/out/corpus-50000000-1 by default; built if
missing). The program runs under `py-spy record --format raw`; the samples taken inside the
measured part are summed by function (inclusive) and by line of statfacts code (the deepest
frame in extract/ or models/, with the library function it was in, if any). The raw samples stay
in OUT for a flame graph (`flamegraph.pl` or speedscope). The program runs on the Python source
of this checkout (put first on the module path), since py-spy cannot see inside the modules
compiled with mypyc; `--compiled` samples the installed, compiled build instead (`pip install .`)
with `py-spy --native` (its C functions named as in the source).
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FRAME = re.compile(r"(?P<fn>.*) \((?P<file>.*):(?P<line>\d+)\)$")


def child(what: str, corpus: str, chars: int, file: str | None) -> None:
    """The measured program: warm up, then extract (or run) over the documents."""
    from extract.job import _warm_up

    _warm_up()
    if file:
        paths = [file]
    else:
        from extract.bench import load_corpus

        paths = load_corpus(Path(corpus)).paths(chars)
    started = time.process_time()
    if what == "run":
        from extract.job import run

        db = Path("bench/out/profile.db")
        for old in db.parent.glob(db.name + "*"):
            old.unlink()
        summary = run(paths, str(db))
        total = summary.chars
    else:
        from extract.pipeline import extract_document
        from extract.read import read_paths

        total = 0
        for document in read_paths(paths):
            extract_document(document)
            total += len(document.text)
    seconds = time.process_time() - started
    print(f"{what}: {total / 1e6:.1f} M chars in {seconds:.1f} s CPU = {total / seconds / 1e6:.2f} M chars/s "
          "(slowed down a little by sampling)", file=sys.stderr)


def _frames(stack: str) -> list[tuple[str, str, int]]:
    out = []
    for frame in stack.split(";"):
        m = FRAME.match(frame)
        out.append((m["fn"], m["file"], int(m["line"])) if m else (frame, "?", 0))
    return out


def _ours(file: str) -> bool:
    return file.startswith(("extract/", "models/")) or "/extract/" in file or "/models/" in file


def _compiled_files() -> dict[str, str]:
    """The source file of each module by its last name (mypyc names a compiled function by it)."""
    package = ROOT / "extract"
    return {p.stem: f"extract/{p.relative_to(package).as_posix()}" for p in sorted(package.rglob("*.py"))}


def _compiled_frames(frames: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """A native stack (`--compiled`) with mypyc's functions named as in the source: the C function
    `CPyDef_quantities____read_number` is `quantities._read_number`, `CPyDef_pipeline____Context___carry`
    `pipeline._Context.carry` (the file then says which module; its line is the C file's)."""
    files = _compiled_files()
    out = []
    for fn, file, line in frames:
        if fn.startswith("CPyDef_"):
            parts = fn.removeprefix("CPyDef_").split("___")
            out.append((".".join(parts[1:]), files.get(parts[0], f"extract/{parts[0]}.py"), line))
        else:
            out.append((fn, file, line))
    return out


def hot_spots(raw: Path, within: str, top: int, *, compiled: bool = False) -> str:
    functions: collections.Counter[str] = collections.Counter()
    lines: collections.Counter[str] = collections.Counter()
    total = 0
    for row in raw.read_text(encoding="utf-8").splitlines():
        stack, _, count = row.rpartition(" ")
        if within not in stack or "_warm_up" in stack:  # the one-off loading is not the work
            continue
        n = int(count)
        total += n
        frames = _compiled_frames(_frames(stack)) if compiled else _frames(stack)
        for key in {f"{fn} ({file})" for fn, file, _ in frames if _ours(file)}:
            functions[key] += n
        ours = [f for f in frames if _ours(f[1])]
        if ours:
            fn, file, line = ours[-1]
            leaf = frames[-1][0]
            where = f"{file} {fn}" if compiled else f"{file}:{line} {fn}"  # (a C line says little)
            lines[where + ("" if frames[-1] == ours[-1] else f" → {leaf}")] += n
    if not total:
        return f"no samples inside {within!r}"
    out = [f"{total} samples inside {within}", "", "inclusive, by function:"]
    out += [f"  {100 * v / total:5.1f}%  {k}" for k, v in functions.most_common(top)]
    out += ["", "by function (deepest statfacts frame):" if compiled else "by line (deepest statfacts frame):"]
    out += [f"  {100 * v / total:5.1f}%  {k}" for k, v in lines.most_common(top)]
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--what", choices=("extract", "run"), default="extract")
    parser.add_argument("--chars", type=int, default=5_000_000, help="characters of the corpus to process")
    parser.add_argument("--corpus", default="bench/out/corpus-50000000-1")
    parser.add_argument("--file", help="profile this one file instead of the corpus")
    parser.add_argument("--out", default="bench/out/profile.txt", help="py-spy raw samples")
    parser.add_argument("--rate", type=int, default=200, help="samples per second")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--compiled", action="store_true",
                        help="profile the compiled modules (py-spy --native) instead of the Python source")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.what, args.corpus, args.chars, args.file)
        return 0
    if not args.file and not (Path(args.corpus) / "manifest.json").exists():
        from extract.bench import build_corpus

        m = re.search(r"corpus-(\d+)-(\d+)$", args.corpus)
        size, seed = (int(m[1]), int(m[2])) if m else (max(args.chars, 50_000_000), 1)
        print(f"building the corpus in {args.corpus}", file=sys.stderr)
        build_corpus(Path("seeds"), Path(args.corpus), size, seed=seed)
    spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    if not Path(spy).exists():
        print("py-spy is not installed: pip install py-spy", file=sys.stderr)
        return 2
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if args.compiled:
        import extract

        if not extract.COMPILED:
            print(f"nothing compiled to profile: {extract.COMPILED_NOTE}", file=sys.stderr)
            return 2
    native = ["--native"] if args.compiled else []
    command = [spy, "record", "--format", "raw", "--rate", str(args.rate), *native, "--output", str(out), "--",
               sys.executable, __file__, "--child", "--what", args.what, "--chars", str(args.chars),
               "--corpus", args.corpus, *(["--file", args.file] if args.file else [])]
    # py-spy sees Python frames only: without --compiled the program runs on the Python source
    env = dict(os.environ) if args.compiled else {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
    within = "extract_document" if args.what == "extract" else "run (extract/job.py"
    print(hot_spots(out, within, args.top, compiled=args.compiled))
    return 0


if __name__ == "__main__":
    sys.exit(main())
