from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def require_services() -> bool:
    """In CI (STATFACTS_REQUIRE_SERVICES=1) a test may not skip for want of a service."""
    return os.environ.get("STATFACTS_REQUIRE_SERVICES") == "1"


def statfacts(*args: str, cwd: Path | None = None, check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run the CLI as a user would (`python -m extract …`)."""
    proc = subprocess.run(
        [sys.executable, "-m", "extract", *args], cwd=cwd or ROOT, capture_output=True, text=True, timeout=600
    )
    if check and proc.returncode != 0:
        raise AssertionError(f"statfacts {' '.join(args)} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return proc


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    target = tmp_path / "seeds"
    target.mkdir()
    for f in sorted(SEEDS.glob("*.txt")):
        (target / f.name).write_bytes(f.read_bytes())
    return target
