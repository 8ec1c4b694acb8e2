"""End to end: `statfacts run` on seeds/ into a temporary database, as a user runs it."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from contextlib import closing
from pathlib import Path

from conftest import ROOT, SEEDS, statfacts


def counts(db: Path) -> tuple[int, int]:
    with sqlite3.connect(db) as conn:
        docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        facts = conn.execute("SELECT count(*) FROM facts").fetchone()[0]
    return docs, facts


def test_run_rerun_edit_query(tmp_path: Path, seeds_copy: Path) -> None:
    db = tmp_path / "data.db"
    out = statfacts("run", str(seeds_copy), "--db", str(db)).stdout
    assert "documents read 5" in out and "failed 0" in out
    docs, facts = counts(db)
    assert docs == 5 and facts >= 70
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        assert conn.execute("SELECT count(*) FROM fact_view").fetchone()[0] == facts
        assert conn.execute("SELECT status, documents_read FROM runs ORDER BY id DESC").fetchone() == ("ok", 5)
        # offsets index the stored text exactly
        for text, start, end, doc_text in conn.execute(
            "SELECT f.text, f.start, f.\"end\", d.text FROM facts f JOIN documents d ON d.id = f.document_id"
        ):
            assert doc_text[start:end] == text

    # a second run changes nothing
    out = statfacts("run", str(seeds_copy), "--db", str(db)).stdout
    assert "unchanged 5" in out
    assert counts(db) == (docs, facts)

    # one more statistic appended to one article: only that fact is added
    article = sorted(seeds_copy.glob("*.txt"))[0]
    with open(article, "a", encoding="utf-8") as fh:
        fh.write("\n2025年，全省新增高标准农田120万亩。\n")
    out = statfacts("run", str(seeds_copy), "--db", str(db)).stdout
    assert "stored 1" in out and "unchanged 4" in out
    assert counts(db) == (5, facts + 1)
    with sqlite3.connect(db) as conn:
        row = conn.execute("SELECT value_text, unit, period FROM facts WHERE text = '120万亩'").fetchone()
    assert row == ("1200000", "mu", "2025")

    # filters, CSV
    out = statfacts("query", "--indicator", "产能", "--format", "csv", "--db", str(db)).stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and all("产能" in r["indicator"] for r in rows)

    # read-only SQL: a write is refused and changes nothing
    proc = statfacts("query", "--sql", "DELETE FROM facts", "--db", str(db), check=False)
    assert proc.returncode != 0 and "refused" in proc.stderr
    proc = statfacts("query", "--sql", "SELECT 1; DELETE FROM facts", "--db", str(db), check=False)
    assert proc.returncode != 0
    assert counts(db) == (5, facts + 1)
    out = statfacts("query", "--sql", "SELECT count(*) AS n FROM facts", "--format", "jsonl", "--db", str(db)).stdout
    assert json.loads(out)["n"] == facts + 1

    out = statfacts("db", "current", "--db", str(db)).stdout
    assert "up to date" in out


def test_default_run_uses_seeds_and_data_db(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    for f in sorted(SEEDS.glob("*.txt"))[:2]:
        (tmp_path / "seeds" / f.name).write_bytes(f.read_bytes())
    statfacts("run", cwd=tmp_path)
    assert counts(tmp_path / "data.db")[0] == 2


def test_facts_jsonl_is_the_contract() -> None:
    files = sorted(str(p) for p in SEEDS.glob("*.txt"))
    out = statfacts("facts", *files, "--format", "jsonl").stdout
    lines = [json.loads(x) for x in out.splitlines()]
    assert len(lines) >= 70
    fields = ["doc", "start", "end", "text", "value", "value_max", "unit", "qualifier", "kind", "direction",
              "modality", "indicator", "subject", "period", "indicator_id", "value_base", "base_unit"]
    texts = {Path(f).name: Path(f).read_text(encoding="utf-8") for f in files}
    for fact in lines:
        assert list(fact) == fields
        assert texts[fact["doc"]][fact["start"]:fact["end"]] == fact["text"]


def test_eval_command_scores_the_seeds() -> None:
    gold = str(Path(__file__).parent / "corpus" / "seeds_gold.jsonl")
    files = sorted(str(p) for p in SEEDS.glob("*.txt"))
    out = json.loads(statfacts("eval", gold, *files, "--json").stdout)
    assert out["levels"]["quantity"]["f1"] >= 0.97
    assert out["gold_required"] == 84


def test_explain_shows_rules() -> None:
    out = statfacts("facts", str(sorted(SEEDS.glob("*.txt"))[3]), "--explain", "--format", "jsonl").stdout
    first = json.loads(out.splitlines()[0])
    assert "rule" in first and "quantity." in first["rule"] and first["sentence"]


def test_help_explains() -> None:
    out = statfacts("--help").stdout
    for command in ("run", "facts", "query", "eval", "db"):
        assert command in out
    assert "data.db" in statfacts("run", "--help").stdout


def test_date_option_gives_plain_text_its_year(tmp_path: Path) -> None:
    """--date (issue 14): relative times of a text that carries no date are read against it, and
    the date is stored with the document."""
    note = tmp_path / "note.txt"
    note.write_text("今年一季度，全省地区生产总值增长5.4%。\n", encoding="utf-8")
    undated = [json.loads(line) for line in statfacts("facts", str(note)).stdout.splitlines()]
    assert [f["period"] for f in undated] == [None]
    dated = [json.loads(line) for line in statfacts("facts", str(note), "--date", "2025-04-20").stdout.splitlines()]
    assert [f["period"] for f in dated] == ["2025-01/2025-03"]
    db = tmp_path / "x.db"
    statfacts("run", str(note), "--db", str(db), "--date", "2025-04-20")
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT published FROM documents").fetchone() == ("2025-04-20",)
        assert conn.execute("SELECT period FROM facts").fetchone() == ("2025-01/2025-03",)
    bad = statfacts("facts", str(note), "--date", "20.4.2025", check=False)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_eval_log_appends_a_line_per_measurement(tmp_path: Path) -> None:
    log = tmp_path / "validation.tsv"
    for _ in range(2):
        statfacts("eval", str(ROOT.parent / "shared" / "gold" / "seeds.jsonl"), *map(str, sorted(SEEDS.glob("*.txt"))),
                  "--log", str(log))
    header, *rows = log.read_text(encoding="utf-8").splitlines()
    assert header.split("\t")[:6] == ["date", "commit", "gold", "facts", "quantity_f1", "fact_f1"]
    assert len(rows) == 2 and all(row.split("\t")[3] == "84" for row in rows)
    assert all(0.5 < float(row.split("\t")[5]) <= 1 for row in rows)


def test_the_warm_up_compiles_the_patterns_a_document_naming_a_company_needs() -> None:
    # (the names' scan is compiled by the warm-up: left to the first document naming a company, as its own
    # pattern once was, it was compiled inside the measured work of `statfacts bench`)
    from extract.attribute import subject
    from extract.job import _warm_up, extract_one
    from models.fact import Document

    subject._name_ends.cache_clear()
    _warm_up()
    compiled = subject._name_ends.cache_info().currsize
    extract_one(Document(name="-", path="-", text="2024年，比亚迪营业收入增长29%，全市生产总值增长5.2%。"))
    assert subject._name_ends.cache_info().currsize == compiled == 1
