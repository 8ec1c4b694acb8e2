"""The documentation says what the program does: the README is for users and short, the command
reference is what `--help` prints, and every `statfacts` example in README.md and docs/*.md runs
(on a database the seeds filled) — with the output it shows, where it shows one."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from extract.cli_reference import reference

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_FENCE = re.compile(r"(?P<before>[^\n]*)\n```(?P<lang>[a-z]*)\n(?P<body>.*?)\n```", re.S)
_NOT_RUN = "<!-- not run"


def test_the_readme_is_short_and_for_users() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(readme.splitlines()) <= 250
    assert "bash .ci/run" in readme and ".venv/bin/statfacts run seeds/ --db data.db" in readme
    for page in re.findall(r"\]\((docs/[^)]+|extract/lexicon/README\.md)\)", readme):
        assert (ROOT / page).exists(), page


def test_the_command_reference_is_what_help_prints() -> None:
    written = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert written == reference(), "stale: run `python -m extract.cli_reference > docs/cli.md`"


@dataclass(frozen=True)
class Example:
    page: str
    command: str
    shown: tuple[str, ...]  # the output the page shows after it (console blocks), if any

    def __str__(self) -> str:
        return f"{self.page}: {self.command}"


def _examples() -> list[Example]:
    out: list[Example] = []
    for page in DOCS:
        text = page.read_text(encoding="utf-8")
        for block in _FENCE.finditer(text):
            if block.group("before").startswith(_NOT_RUN) or block.group("lang") not in ("sh", "console", "text", ""):
                continue
            lines = block.group("body").split("\n")
            prompted = any(line.startswith("$ ") for line in lines)
            for i, line in enumerate(lines):
                command = line[2:] if prompted and line.startswith("$ ") else (line if not prompted else "")
                if not command.startswith("statfacts "):
                    continue
                shown: list[str] = []
                for after in lines[i + 1:] if prompted else []:  # (an `sh` block holds commands only)
                    if after.startswith("$ "):
                        break
                    shown.append(after)
                out.append(Example(page.relative_to(ROOT).as_posix(), command, tuple(shown)))
    return out


EXAMPLES = _examples()


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with the seeds, the test corpora and a database the seeds filled."""
    work = tmp_path_factory.mktemp("docs")
    shutil.copytree(ROOT / "seeds", work / "seeds")
    (work / "tests").mkdir()
    shutil.copytree(ROOT / "tests" / "corpus", work / "tests" / "corpus")
    done = subprocess.run([sys.executable, "-m", "extract", "run", "seeds/", "--db", "data.db", "--no-progress"],
                          cwd=work, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return work


def test_there_are_examples_in_the_readme() -> None:
    assert sum(e.page == "README.md" for e in EXAMPLES) >= 10


@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_every_example_runs_and_shows_what_it_prints(example: Example, workdir: Path) -> None:
    # (without `--db`, a command reads data.db in the folder it runs in, as a user's would)
    shell = example.command.replace("statfacts ", f"{sys.executable} -m extract ", 1)
    env = {**os.environ, "COLUMNS": "80", "NO_COLOR": "1"}
    done = subprocess.run(shell, shell=True, cwd=workdir, capture_output=True, text=True, env=env, check=False)
    refused = any(line.startswith("refused") for line in example.shown)
    assert (done.returncode != 0) == refused, (done.returncode, done.stdout[-2000:], done.stderr[-2000:])
    printed = {line.rstrip() for line in (done.stdout + done.stderr).splitlines()}
    for line in example.shown:
        if line.strip() and "…" not in line and not line.startswith("#"):
            assert line.rstrip() in printed, f"shown but not printed: {line!r}\n{done.stdout[-3000:]}"
