"""The install (issue 13): what the README tells a user to run is what CI runs, and the lock files
pin every dependency that pyproject.toml declares, so a user gets the versions the tests passed on."""

from __future__ import annotations

import re
import tomllib

from conftest import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _name(requirement: str) -> str:
    """The normalised project name of a requirement (`lxml_html_clean>=0.1` → `lxml-html-clean`)."""
    name = re.match(r"[A-Za-z0-9._-]+", requirement)
    assert name, requirement
    return re.sub(r"[-_.]+", "-", name.group(0)).lower()


def _pinned(lock: str) -> dict[str, str]:
    text = (ROOT / "requirements" / lock).read_text(encoding="utf-8")
    return {_name(m.group(1)): m.group(2) for m in re.finditer(r"^([A-Za-z0-9._-]+)(?:\[[^\]]*\])?==(\S+)", text, re.M)}


def test_every_declared_dependency_is_locked_with_hashes() -> None:
    run, test = _pinned("run.txt"), _pinned("test.txt")
    declared = [_name(r) for r in PYPROJECT["project"]["dependencies"]]
    extras = PYPROJECT["project"]["optional-dependencies"]
    assert set(declared) <= set(run), set(declared) - set(run)
    everything = declared + [_name(r) for name in ("pg", "dist", "test") for r in extras[name]
                             if not r.startswith("statfacts")]
    assert set(everything) <= set(test), set(everything) - set(test)
    for lock in ("run.txt", "test.txt"):
        text = (ROOT / "requirements" / lock).read_text(encoding="utf-8")
        entries = re.split(r"\n(?=[A-Za-z0-9])", text.split("\n", 2)[2])
        assert all("--hash=sha256:" in e for e in entries if "==" in e), lock
        # a pinned requirement with extras is only ever the spelling a locked package asks for
        # (see the next test); pip 23 cannot match an extra spelt otherwise (lxml[html-clean])
        for pin in re.finditer(r"^([A-Za-z0-9._-]+\[[^\]]*\])==", text, re.M):
            assert pin.group(1) in _asked_with_extras(), (lock, pin.group(1))


def _asked_with_extras() -> set[str]:
    """`name[extra]` as the installed packages ask for it (jusText: `lxml[html_clean]`)."""
    from importlib.metadata import distributions

    from packaging.requirements import Requirement

    locked = _pinned("test.txt")
    asked = set()
    for dist in distributions():
        if _name(dist.metadata["Name"]) not in locked:
            continue
        for line in dist.requires or []:
            requirement = Requirement(line)
            if not requirement.extras or "extra" in str(requirement.marker or ""):
                continue
            if requirement.marker is None or requirement.marker.evaluate():
                asked.add(f"{requirement.name}[{','.join(sorted(requirement.extras))}]")
    return asked


def test_a_dependency_asked_for_with_extras_is_pinned_in_that_spelling() -> None:
    # pip 23 with --require-hashes treats jusText's `lxml[html_clean]>=4.4.2` as a requirement of
    # its own: unless it is pinned in that spelling, pip takes the newest lxml from PyPI and stops
    # ("all requirements must have their versions pinned with ==") — CI's failure on a clean
    # machine, where the lock's lxml was no longer the newest.
    asked = _asked_with_extras()
    assert "lxml[html_clean]" in asked
    for lock in ("run.txt", "test.txt"):
        text = (ROOT / "requirements" / lock).read_text(encoding="utf-8")
        pinned = _pinned(lock)
        for spelling in asked:
            base = _name(spelling)
            if base not in pinned:
                continue
            entry = re.search(rf"^{re.escape(spelling)}==(\S+) \\\n((?:    --hash=\S+(?: \\)?\n)+)", text, re.M)
            assert entry, (lock, spelling)
            assert entry.group(1) == pinned[base], (lock, spelling)
            plain_pin = rf"^{re.escape(base)}=={re.escape(pinned[base])} \\\n((?:    --hash=\S+(?: \\)?\n)+)"
            plain = re.search(plain_pin, text, re.M | re.I)
            assert plain and plain.group(1) == entry.group(2), (lock, spelling, "same hashes as the plain pin")


def test_the_html_reader_needs_no_extra_the_old_pip_cannot_match() -> None:
    # trafilatura → jusText → lxml.html.clean: declared directly, locked in both files
    assert "lxml-html-clean" in {_name(r) for r in PYPROJECT["project"]["dependencies"]}
    assert "lxml-html-clean" in _pinned("run.txt") and "lxml-html-clean" in _pinned("test.txt")


def test_ci_installs_as_the_readme_says() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "upgrade pip" not in ci and "-U pip" not in ci
    user = re.search(r"python3 -m venv \.venv && (\.venv/bin/pip install .*?) && \.venv/bin/statfacts run", readme)
    assert user, "the README's first command"
    steps = user.group(1).replace("requirements/run.txt", "requirements/test.txt")
    assert steps in ci, (steps, ci)
    assert "bash .ci/run" in readme


def test_the_readme_installs_the_compiled_build_and_ci_installs_it_too() -> None:
    # an editable install is the plain source (setup.py): what a user runs is a regular install,
    # which compiles the extraction stages; CI installs it the same way, so a build that stops
    # compiling in a fresh environment fails there (tests/test_compiled.py requires it compiled)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    user = re.search(r"python3 -m venv \.venv && (\.venv/bin/pip install .*?) && \.venv/bin/statfacts run", readme)
    assert user, "the README's first command"
    assert user.group(1).endswith("pip install -q --no-deps .") and " -e " not in user.group(1), user.group(1)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install -q --no-deps . " in ci and " -e " not in ci
    run_sh = (ROOT / "bench" / "run.sh").read_text(encoding="utf-8")  # (the benchmark measures what users run)
    assert "pip install -q --no-deps ." in run_sh and " -e " not in run_sh


def test_license_is_an_spdx_string_and_build_requirements_are_capped() -> None:
    assert PYPROJECT["project"]["license"] == "MIT"
    for requirement in PYPROJECT["build-system"]["requires"]:
        if _name(requirement) in ("setuptools", "wheel", "mypy"):
            assert "<" in requirement or "==" in requirement, requirement
