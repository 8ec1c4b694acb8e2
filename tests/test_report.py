"""`statfacts report`: one self-contained HTML page, checked as data and in headless Chromium."""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing, suppress
from html import unescape
from pathlib import Path
from typing import Any

import pytest
from conftest import require_services, statfacts

from extract.report import render_html, script_json, series_of

CHROMIUM = os.environ.get("STATFACTS_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
HOSTILE = '</script><script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">&amp;'


@pytest.fixture(scope="module")
def report(seeded: Path) -> Path:
    out = seeded.parent / "report.html"
    statfacts("report", "--db", str(seeded), "--out", str(out))
    return out


@pytest.fixture(scope="module")
def hostile_report(seeded: Path) -> tuple[Path, int]:
    """A copy of the seeds database where one fact's words and its document's name are markup."""
    db = seeded.parent / "hostile.db"
    shutil.copy(seeded, db)
    with closing(sqlite3.connect(db)) as conn:
        fact_id, doc_id, sentence = conn.execute(
            "SELECT id, document_id, sentence FROM facts ORDER BY id LIMIT 1").fetchone()
        conn.execute("UPDATE facts SET indicator = ?, subject = ?, sentence = ? WHERE id = ?",
                     (HOSTILE, HOSTILE, HOSTILE + sentence, fact_id))
        conn.execute("UPDATE documents SET name = ?, title = ? WHERE id = ?", (HOSTILE, HOSTILE, doc_id))
        conn.commit()
    out = seeded.parent / "hostile.html"
    statfacts("report", "--db", str(db), "--out", str(out))
    return out, fact_id


def page_data(html: str) -> dict[str, Any]:
    found = re.search(r'<script id="statfacts-data" type="application/json">(.*?)</script>', html, re.S)
    assert found
    data: dict[str, Any] = json.loads(found.group(1))
    return data


def db_count(db: Path) -> int:
    with closing(sqlite3.connect(db)) as conn:
        n: int = conn.execute("SELECT COUNT(*) FROM facts").fetchone()[0]
    return n


# --------------------------------------------------------------------------- the file itself
def test_report_is_self_contained(report: Path, seeded: Path) -> None:
    html = report.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    # nothing is loaded from anywhere: no src/href attributes, and a policy that forbids connections
    assert not re.search(r"<(?:script|link|img|iframe)[^>]+(?:src|href)=", html, re.I)
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html)
    assert policy and "default-src 'none'" in unescape(policy.group(1))
    assert html.count("<script") == 3  # the data, Chart.js, the page's code
    assert "Chart.js v4" in html
    data = page_data(html)
    assert len(data["facts"]) == db_count(seeded) > 0


def test_every_fact_points_into_its_sentence(report: Path, seeded: Path) -> None:
    data = page_data(report.read_text(encoding="utf-8"))
    for f in data["facts"]:
        sentence = data["sentences"][f["s"]]
        a, b = f["h"]
        assert sentence[a:b] == f["text"], f
        assert data["docs"][f["d"]]["name"].endswith(".txt")


def test_script_json_cannot_close_its_element() -> None:
    raw = script_json({"t": HOSTILE, "u": "a\u2028b"})
    assert "<" not in raw and ">" not in raw and "&" not in raw and "\u2028" not in raw
    assert json.loads(raw) == {"t": HOSTILE, "u": "a\u2028b"}


def test_hostile_text_stays_data(hostile_report: tuple[Path, int]) -> None:
    path, _ = hostile_report
    html = path.read_text(encoding="utf-8")
    assert html.count("<script") == 3
    assert "window.__xss" in html and "<img src=x" not in html


def test_series_need_two_periods() -> None:
    def fact(i: int, period: str | None, indicator: str = "产能") -> dict[str, Any]:
        return {"id": i, "indicator": indicator, "indicator_id": None, "subject": "贵州", "unit": "t",
                "axis_unit": "t", "kind": "level", "period": period}

    facts = [fact(1, "2025"), fact(2, "2021/2025"), fact(3, "2024"), fact(4, None),
             fact(5, "2025", "产量"), fact(6, "2025", "产量"), fact(7, None, "产量")]
    series = series_of(facts)
    assert len(series) == 1
    assert series[0]["periods"] == ["2021/2025", "2024", "2025"]
    assert series[0]["facts"] == [2, 3, 1]


def test_a_chart_line_is_one_measure_of_one_subject() -> None:
    def fact(i: int, period: str, subject: str, indicator: str, indicator_id: str | None, unit: str) -> dict[str, Any]:
        axis = "W" if unit in ("kW", "MW") else unit
        return {"id": i, "indicator": indicator, "indicator_id": indicator_id, "subject": subject, "unit": unit,
                "axis_unit": axis, "kind": "level", "period": period}

    facts = [fact(1, "2023", "贵阳市", "地区生产总值", "gdp", "CNY"), fact(2, "2024", "贵阳市", "GDP", "gdp", "CNY"),
             fact(3, "2023", "遵义市", "GDP", "gdp", "CNY"), fact(4, "2024", "遵义市", "经济总量", "gdp", "CNY"),
             fact(5, "2023", "贵州", "装机容量", "installed_capacity_total", "kW"),
             fact(6, "2024", "贵州", "发电装机", "installed_capacity_total", "MW")]
    series = {(s["indicator"], s["subject"]): s for s in series_of(facts)}
    # two cities' GDP are two lines, each joining two wordings; kW and MW one axis, named by the catalogue
    assert set(series) == {("国内生产总值", "贵阳市"), ("国内生产总值", "遵义市"), ("发电装机容量", "贵州")}
    assert series[("国内生产总值", "贵阳市")]["facts"] == [1, 2]
    assert series[("发电装机容量", "贵州")]["unit"] == "W"
    for s in series.values():
        assert len({facts[i - 1]["subject"] for i in s["facts"]}) == 1


def test_render_escapes_page_fields() -> None:
    data = {"generated": "now", "source": HOSTILE, "version": "t", "docs": [], "sentences": [], "facts": [],
            "series": []}
    html = render_html(data)
    assert HOSTILE not in html
    assert html.count("<script") == 3


def test_missing_database(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    proc = statfacts("report", "--db", str(tmp_path / "no.db"), "--out", str(out), check=False)
    assert proc.returncode == 2 and not out.exists()


# ------------------------------------------------------------------------------ in Chromium
@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        if require_services():
            pytest.fail(f"no Chromium at {CHROMIUM} and STATFACTS_REQUIRE_SERVICES=1")
        pytest.skip(f"no Chromium at {CHROMIUM} (set STATFACTS_CHROMIUM)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Watched:
    """A page whose requests and console errors are recorded."""

    def __init__(self, browser: Any, url: str) -> None:
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 1000})
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(url)
        self.page.wait_for_selector("#facts tbody tr")


def visible_ids(page: Any) -> list[int]:
    ids = page.eval_on_selector_all("#facts tbody tr", "rows => rows.map(r => r.dataset.fact)")
    return [int(x) for x in ids]


def test_report_in_chromium(browser: Any, report: Path, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    data = page_data(report.read_text(encoding="utf-8"))
    facts = data["facts"]
    w = Watched(browser, report.as_uri())
    page = w.page

    # every fact is a row (the seeds have fewer than one page of rows)
    expect(page.locator("#count")).to_have_text(f"{len(facts)} of {len(facts)} facts")
    assert sorted(visible_ids(page)) == sorted(f["id"] for f in facts)
    # a chart per series (Chart.js drew into a canvas)
    n_series = len(data["series"])
    expect(page.locator(".chart-card")).to_have_count(min(n_series, 12))
    if n_series:
        assert page.eval_on_selector(".chart-card canvas", "c => c.width > 0 && c.height > 0")
        assert page.evaluate("typeof Chart") == "function"

    # search: the rows are exactly the facts whose fields contain the words
    word = facts[0]["indicator"]
    page.fill("#search", word)
    want = [f["id"] for f in facts
            if any(word.lower() in str(v).lower() for v in (
                f["text"], f["indicator"], f["subject"], f["period"], f["unit"],
                data["docs"][f["d"]]["name"], data["sentences"][f["s"]]) if v is not None)]
    expect(page.locator("#count")).to_have_text(f"{len(want)} of {len(facts)} facts")
    assert sorted(visible_ids(page)) == sorted(want)

    # a filter on top of the search, then on its own
    page.fill("#search", "")
    unit = max({f["unit"] for f in facts}, key=lambda u: sum(f["unit"] == u for f in facts))
    page.select_option("#filter-unit", unit)
    with_unit = [f["id"] for f in facts if f["unit"] == unit]
    expect(page.locator("#count")).to_have_text(f"{len(with_unit)} of {len(facts)} facts")
    assert sorted(visible_ids(page)) == sorted(with_unit)
    modality = facts[0]["modality"]
    page.select_option("#filter-modality", modality)
    both = [f["id"] for f in facts if f["unit"] == unit and f["modality"] == modality]
    assert sorted(visible_ids(page)) == sorted(both)

    # sorting by value, both ways
    page.click("#reset")
    expect(page.locator("#count")).to_have_text(f"{len(facts)} of {len(facts)} facts")
    page.click('#facts th[data-key="value"]')
    values = [next(f["y"] for f in facts if f["id"] == i) for i in visible_ids(page)]
    assert values == sorted(values)
    page.click('#facts th[data-key="value"]')
    values = [next(f["y"] for f in facts if f["id"] == i) for i in visible_ids(page)]
    assert values == sorted(values, reverse=True)

    # click a fact: its sentence, the number highlighted, and the document
    target = facts[len(facts) // 2]
    page.click(f'#facts tbody tr[data-fact="{target["id"]}"]')
    expect(page.locator("#fact-detail")).to_be_visible()
    expect(page.locator("#detail-sentence mark")).to_have_text(target["text"])
    expect(page.locator("#detail-sentence")).to_have_text(data["sentences"][target["s"]])
    expect(page.locator("#detail-doc")).to_contain_text(data["docs"][target["d"]]["name"])
    page.screenshot(path=str(tmp_path / "report-detail.png"))
    with suppress(OSError):  # a copy to look at by hand
        page.screenshot(path="/tmp/report.png")
    page.click("#detail-close")
    expect(page.locator("#fact-detail")).to_be_hidden()

    page.fill("#search", word)
    expect(page.locator("#count")).to_have_text(f"{len(want)} of {len(facts)} facts")
    page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
    assert (tmp_path / "report.png").stat().st_size > 10_000

    # offline: the page asked for nothing but itself, and the policy blocked nothing it needs
    assert w.requests == [report.as_uri()]
    assert w.errors == []
    page.close()


def test_hostile_text_in_chromium(browser: Any, hostile_report: tuple[Path, int]) -> None:
    from playwright.sync_api import expect

    path, fact_id = hostile_report
    w = Watched(browser, path.as_uri())
    page = w.page
    page.fill("#search", "window.__xss")
    expect(page.locator(f'#facts tbody tr[data-fact="{fact_id}"]')).to_have_count(1)
    page.click(f'#facts tbody tr[data-fact="{fact_id}"]')
    expect(page.locator("#detail-indicator")).to_have_text(HOSTILE)
    expect(page.locator("#detail-doc")).to_contain_text(HOSTILE)
    assert page.evaluate("window.__xss") is None
    assert page.locator("#fact-detail img").count() == 0
    assert w.requests == [path.as_uri()]
    page.close()
