from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def corpus_texts() -> list[str]:
    """Every text of the corpus files (their sentences and documents), the must-not-crash lines and
    the seeds: what the fast-path and compiled-code equivalence tests run over."""
    corpus = ROOT / "tests" / "corpus"
    texts: list[str] = []
    for path in sorted(corpus.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            texts += [row[key] for key in ("sentence", "text") if isinstance(row.get(key), str)]
    texts += (corpus / "must_not_crash.txt").read_text(encoding="utf-8").splitlines()
    texts += [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    return texts


def source_module(name: str) -> ModuleType:
    """A fresh module made from the Python source of `name` (extract.quantities), for a test that
    replaces a function inside it: in a compiled module, functions call each other directly, so a
    replaced attribute would not be seen. The modules it imports are the ones in use."""
    path = ROOT.joinpath(*name.split(".")).with_suffix(".py")
    spec = importlib.util.spec_from_file_location(f"_source_of_{name.replace('.', '_')}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (dataclasses look their module up while the class is made)
    spec.loader.exec_module(module)
    return module


def write_bad_files(inbox: Path) -> None:
    """One file of every kind a run must name and go past: empty, binary, an image, too large, a
    broken PDF, a dangling link."""
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (inbox / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (inbox / "huge.txt").write_text("全省增长5%。\n" * 10_000, encoding="utf-8")
    (inbox / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog")
    (inbox / "gone.txt").symlink_to(inbox / "nowhere.txt")


def require_services() -> bool:
    """In CI (STATFACTS_REQUIRE_SERVICES=1) a test may not skip for want of a service."""
    return os.environ.get("STATFACTS_REQUIRE_SERVICES") == "1"


def statfacts(*args: str, cwd: Path | None = None, check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run the CLI as a user would (`python -m extract …`)."""
    proc = subprocess.run(
        [sys.executable, "-m", "extract", *args], cwd=cwd or ROOT, capture_output=True, text=True, timeout=600
    )
    if check and proc.returncode != 0:
        raise AssertionError(
            f"statfacts {' '.join(args)} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return proc


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    target = tmp_path / "seeds"
    target.mkdir()
    for f in sorted(SEEDS.glob("*.txt")):
        (target / f.name).write_bytes(f.read_bytes())
    return target


@pytest.fixture
def fresh_pg_url() -> Iterator[str]:
    """A URL to a new, empty PostgreSQL database on the STATFACTS_PG_URL server, dropped afterwards.

    Skips without STATFACTS_PG_URL (or with the server down), unless STATFACTS_REQUIRE_SERVICES=1.
    """
    from uuid import uuid4

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import OperationalError

    base = os.environ.get("STATFACTS_PG_URL")
    if not base:
        if require_services():
            pytest.fail("STATFACTS_PG_URL is not set and STATFACTS_REQUIRE_SERVICES=1")
        pytest.skip("STATFACTS_PG_URL is not set (start one with `bash .ci/postgres-start`)")
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    name = f"statfacts_test_{uuid4().hex[:16]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except OperationalError as exc:
        admin.dispose()
        if require_services():
            raise
        pytest.skip(f"PostgreSQL at STATFACTS_PG_URL is not reachable: {str(exc.orig).splitlines()[0]}")
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database filled by `statfacts run seeds`, shared by the tests of one module (read only)."""
    db = tmp_path_factory.mktemp("seeded") / "x.db"
    statfacts("run", "seeds", "--db", str(db))
    return db
