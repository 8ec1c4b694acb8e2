"""Check the gold mapping files against the indicator catalogue.

    python tests/catalogue/check_gold.py

Every row of phrases_dev.tsv and phrases_heldout.tsv must have the header's 8 tab-separated
columns, and its expected_id must be `null`, an id of extract/lexicon/indicators.tsv, or a derived
reading of a level entry (`<id>_growth`, `<id>_change`: these exist without a line, see
extract/lexicon/README.md). Exit status 1 and one line per problem when something is wrong.
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "extract" / "lexicon" / "indicators.tsv"
GOLD = [Path(__file__).with_name(n) for n in ("phrases_dev.tsv", "phrases_heldout.tsv")]
HEADER = ["n", "phrase", "kind", "unit", "figure", "context", "expected_id", "note"]


def catalogue_ids():
    ids, readings = set(), {}
    for line in CATALOGUE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        ids.add(cells[0])
        readings[cells[0]] = cells[5]
    valid = set(ids)
    for i in ids:
        if readings[i] == "level":
            for suffix in ("_growth", "_change"):
                valid.add(i + suffix)  # an explicit <id>_growth line takes its place
    return ids, valid


def check(path, valid):
    problems = []
    raw = path.read_bytes()
    if b"\r" in raw:
        problems.append(f"{path.name}: has CR characters (LF only)")
    if not raw.endswith(b"\n"):
        problems.append(f"{path.name}: does not end with a newline")
    lines = raw.decode("utf-8").split("\n")[:-1]
    if lines[0].split("\t") != HEADER:
        problems.append(f"{path.name}:1: header is not {HEADER}")
    seen = set()
    for k, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(HEADER):
            problems.append(f"{path.name}:{k}: {len(cells)} columns, not {len(HEADER)}")
            continue
        n, eid = cells[0], cells[6]
        if n != str(k - 1):
            problems.append(f"{path.name}:{k}: n is {n!r}, expected {k - 1}")
        if n in seen:
            problems.append(f"{path.name}:{k}: n {n} repeated")
        seen.add(n)
        if eid != "null" and eid not in valid:
            problems.append(f"{path.name}:{k}: expected_id {eid!r} is not an id of indicators.tsv")
        if not cells[7].strip() and eid == "null":
            problems.append(f"{path.name}:{k}: null with no note")
    return problems, len(lines) - 1


def main():
    _, valid = catalogue_ids()
    problems = []
    for path in GOLD:
        p, n = check(path, valid)
        problems += p
        print(f"{path.name}: {n} rows")
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
