"""The reader: every encoding and format users have (issue 7), one document per source or line,
a failed document (never an exception) for what cannot be read."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import SEEDS, require_services, statfacts
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.pipeline import extract_document, extract_text
from extract.read import decode, iter_files, parse_date, read_file, read_paths, sha256_text, tidy_pdf_text
from models.fact import Document

SEED = SEEDS / "003_836a8e24381455d6.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")
TRADITIONAL = (
    "臺灣經濟部統計處表示，今年前三季工業生產指數較去年同期增加百分之五點二，"
    "出口總額達新臺幣三兆元。\n"
)


def one(path: Path, **kwargs: Any) -> Document:
    docs = list(read_file(path, **kwargs))
    assert len(docs) == 1, docs
    return docs[0]


def quantities(facts: list[dict[str, Any]]) -> Counter[tuple[str, str]]:
    """The value+unit multiset of facts (extraction from other formats may move offsets)."""
    return Counter((repr(float(f["value"])), f["unit"]) for f in facts)


def cli_facts(*files: Path) -> dict[str, list[dict[str, Any]]]:
    """`statfacts facts FILES --format jsonl`, grouped by `doc` (which is then dropped)."""
    out = statfacts("facts", *map(str, files), "--format", "jsonl").stdout
    grouped: dict[str, list[dict[str, Any]]] = {f.name: [] for f in files}
    for line in out.splitlines():
        row = json.loads(line)
        grouped.setdefault(row.pop("doc"), []).append(row)
    return grouped


def seed_page(title: str, published: str, text: str = SEED_TEXT) -> str:
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title>\n"
        f'<meta property="article:published_time" content="{published}"></head>\n'
        f"<body><nav><a href='/'>首页</a></nav><article>\n{body}\n</article>"
        "<footer>版权所有 2026</footer></body></html>\n"
    )


# ---------------------------------------------------------------------------------- encodings
ENCODINGS = ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be"]


def test_same_article_in_every_encoding_gives_the_same_text(tmp_path: Path) -> None:
    for enc in ENCODINGS:
        path = tmp_path / f"article.{enc}.txt"
        path.write_bytes(SEED_TEXT.encode(enc))
        doc = one(path)
        assert doc.error is None, (enc, doc.error)
        assert doc.text == SEED_TEXT, enc
        assert doc.sha256 == sha256_text(SEED_TEXT)
        assert SEED_TEXT.encode(enc) == path.read_bytes()
        assert path.read_bytes().decode(doc.encoding) == SEED_TEXT, (enc, doc.encoding)
    assert one(tmp_path / "article.gb18030.txt").encoding == "gb18030"
    assert one(tmp_path / "article.utf-16.txt").encoding == "utf-16"
    assert one(tmp_path / "article.utf-8-sig.txt").encoding == "utf-8-sig"


def test_same_article_as_utf8_gb18030_utf16_gives_the_same_facts(tmp_path: Path) -> None:
    """The acceptance check of issue 7, through the command line."""
    files = []
    for enc in ("utf-8", "gb18030", "utf-16", "utf-16-le"):
        path = tmp_path / f"seed-{enc}.txt"
        path.write_bytes(SEED_TEXT.encode(enc))
        files.append(path)
    grouped = cli_facts(*files)
    reference = grouped[files[0].name]
    assert reference, "the seed gives facts"
    for path in files[1:]:
        assert grouped[path.name] == reference, path.name


def test_big5_and_short_gb18030(tmp_path: Path) -> None:
    big5 = tmp_path / "big5.txt"
    big5.write_bytes(TRADITIONAL.encode("big5") * 3)
    doc = one(big5)
    assert (doc.encoding, doc.text) == ("big5", TRADITIONAL * 3)
    short = tmp_path / "short.txt"
    short.write_bytes("今年增长5%".encode("gb18030"))
    assert one(short).text == "今年增长5%"
    lone = tmp_path / "lone.txt"
    lone.write_bytes("全省规模以上工业增加值同比增长6.5%，固定资产投资增长3.2%。".encode("gb18030"))
    assert one(lone).encoding == "gb18030"


def test_decode_rules() -> None:
    assert decode(b"") == ("", "utf-8", "")
    assert decode("增长".encode()) == ("增长", "utf-8", "")
    text, encoding, error = decode(SEED_TEXT.encode()[:300])  # a file cut inside a character
    assert not error and encoding == "utf-8 (lossy)" and text.startswith(SEED_TEXT[:50])
    _, _, error = decode(bytes(range(256)) * 4)
    assert error.startswith("binary")
    _, _, error = decode(b"\x89PNG\r\n\x1a\n" + bytes(100))
    assert "PNG" in error
    _, _, error = decode(b"%PDF-1.7\n...")
    assert "PDF" in error
    _, _, error = decode(b"abc\x00def")
    assert error.startswith("binary")


# -------------------------------------------------------------------------------------- files
def test_iter_files_finds_every_format(tmp_path: Path) -> None:
    for name in ("a.txt", "b.html", "c.htm", "d.pdf", "e.jsonl", "f.md", "g.png", ".hidden.txt", "sub/h.TXT"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_bytes(b"")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_bytes(b"")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_files([tmp_path])]
    assert found == ["a.txt", "b.html", "c.htm", "d.pdf", "e.jsonl", "f.md", "sub/h.TXT"]
    # a file named explicitly is read whatever its suffix
    assert list(iter_files([tmp_path / "g.png"])) == [tmp_path / "g.png"]


def test_empty_and_unreadable_sources(tmp_path: Path) -> None:
    for name in ("empty.txt", "empty.html", "empty.pdf"):
        (tmp_path / name).write_bytes(b"")
        doc = one(tmp_path / name)
        assert (doc.text, doc.error) == ("", None), name
    (tmp_path / "blank.txt").write_bytes(b" \n\n")
    assert one(tmp_path / "blank.txt").text == " \n\n"
    assert one(tmp_path / "missing.txt").error == "no such file"
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    assert one(tmp_path / "dangling.txt").error == "broken symbolic link"
    (tmp_path / "folder.txt").mkdir()
    assert one(tmp_path / "folder.txt").error == "is a folder, not a file"
    os.mkfifo(tmp_path / "pipe.txt")
    assert one(tmp_path / "pipe.txt").error == "not a regular file"
    big = tmp_path / "big.txt"
    big.write_bytes(SEED_TEXT.encode())
    error = one(big, max_bytes=1000).error
    assert error is not None and "over the limit of 1000" in error
    if os.geteuid() != 0:  # root reads anything: tests/test_failures.py runs this case as nobody
        locked = tmp_path / "locked.txt"
        locked.write_text("增长5%")
        locked.chmod(0)
        assert one(locked).error == "cannot read: Permission denied"


# --------------------------------------------------------------------------------------- HTML
def test_html_page_from_a_seed(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(seed_page("产业跃升闯新路", "2025-12-30T08:00:00+08:00"), encoding="utf-8")
    doc = one(page)
    assert doc.error is None
    assert doc.title == "产业跃升闯新路"
    assert doc.published == date(2025, 12, 30)
    assert "版权所有" not in doc.text and "首页" not in doc.text  # the article, not the page furniture
    assert "新能源电池产能达到55GWh" in doc.text
    grouped = cli_facts(SEED, page)
    assert grouped[page.name], "the page gives facts"
    assert quantities(grouped[page.name]) == quantities(grouped[SEED.name])


def test_html_declared_charset_and_date_feed_periods(tmp_path: Path) -> None:
    body = "今年全省规模以上工业增加值增长6.5%。去年粮食产量达到1100万吨。"
    page = tmp_path / "gb.htm"
    page.write_bytes(
        (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
            '<title>经济运行</title><meta name="date" content="2024-03-01"></head>'
            f"<body><div><p>{body}</p><p>{body}</p></div></body></html>"
        ).encode("gb18030")
    )
    doc = one(page)
    assert doc.encoding == "gb18030"
    assert body in doc.text
    assert doc.published == date(2024, 3, 1)
    periods = {f.text: f.period for f in extract_document(doc).facts}
    assert periods["6.5%"] == "2024" and periods["1100万吨"] == "2023"


# ---------------------------------------------------------------------------------------- PDF
def cjk_pdf(pages: list[list[str]]) -> bytes:
    """A PDF whose pages show these lines, in a Type0 font with a ToUnicode map (how PDF makers
    write CJK text), written here so that the test needs no PDF library or font."""
    chars = sorted({ch for page in pages for line in page for ch in line})
    cid = {ch: i + 1 for i, ch in enumerate(chars)}
    entries = [f"<{cid[ch]:04X}> <{ch.encode('utf-16-be').hex().upper()}>" for ch in chars]
    blocks = [entries[i:i + 100] for i in range(0, len(entries), 100)]
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        + "".join(f"{len(b)} beginbfchar\n" + "\n".join(b) + "\nendbfchar\n" for b in blocks)
        + "endcmap CMapName currentdict /CMap defineresource pop end end\n"
    ).encode("ascii")
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",  # the page tree, once the pages are numbered
        b"<< /Type /Font /Subtype /Type0 /BaseFont /TestCJK /Encoding /Identity-H"
        b" /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /TestCJK /DW 1000"
        b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
    ]
    kids = []
    for lines in pages:
        shown = " T*\n".join(f"<{''.join(f'{cid[ch]:04X}' for ch in line)}> Tj" for line in lines)
        content = f"BT /F1 10 Tf 14 TL 1 0 0 1 40 800 Tm\n{shown}\nET".encode("ascii")
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R"
            b" /Resources << /Font << /F1 3 0 R >> >> >>" % (len(objects))
        )
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        " ".join(f"{k} 0 R" for k in kids).encode(), len(kids))
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def wrap(text: str, width: int = 76) -> list[str]:
    """Lines as a PDF maker sets them: each paragraph wrapped at `width` (a CJK character is 2),
    between any two CJK characters but not inside a run of Latin letters and digits."""
    lines: list[str] = []
    for paragraph in text.splitlines():
        line, used = "", 0
        for token in re.findall(r"[A-Za-z0-9.%]+|.", paragraph.strip()):
            w = len(token) if token.isascii() else 2 * len(token)
            if used + w > width and line:
                lines.append(line)
                line, used = "", 0
            line, used = line + token, used + w
        if line:
            lines.append(line)
    return lines


def test_pdf_from_a_seed_wrapped_over_pages(tmp_path: Path) -> None:
    lines = wrap(SEED_TEXT)
    pages = [lines[i:i + 50] for i in range(0, len(lines), 50)]
    assert len(pages) >= 2
    pdf = tmp_path / "seed.pdf"
    pdf.write_bytes(cjk_pdf(pages))
    doc = one(pdf)
    assert doc.error is None, doc.error
    assert doc.text.count("\n") >= len(pages) - 1
    assert "2025年，全省新能源电池产能达到55GWh。" in doc.text  # wrapped lines are joined again
    grouped = cli_facts(SEED, pdf)
    assert grouped[pdf.name]
    assert quantities(grouped[pdf.name]) == quantities(grouped[SEED.name])


def _chromium() -> str | None:
    for candidate in (os.environ.get("STATFACTS_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(candidate) if candidate else None
        if found:
            return found
    return None


def _has_cjk_font() -> bool:
    if not shutil.which("fc-list"):
        return False
    out = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True, check=False).stdout
    return bool(out.strip())


def test_pdf_printed_by_chromium_from_a_seed(tmp_path: Path) -> None:
    chromium = _chromium()
    if chromium is None or not _has_cjk_font():
        why = "needs chromium and a CJK font (Debian fonts-wqy-zenhei) to print a Chinese PDF"
        if require_services():
            pytest.fail(why)
        pytest.skip(why)
    page = tmp_path / "seed.html"
    page.write_text(seed_page("产业跃升闯新路", "2025-12-30"), encoding="utf-8")
    pdf = tmp_path / "printed.pdf"
    proc = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--user-data-dir={tmp_path / 'profile'}", f"--print-to-pdf={pdf}", page.as_uri()],
        capture_output=True, text=True, timeout=120, env={**os.environ, "HOME": str(tmp_path)}, check=False,
    )
    assert pdf.exists(), proc.stderr[-2000:]
    doc = one(pdf)
    assert doc.error is None, doc.error
    assert doc.title == "产业跃升闯新路"
    grouped = cli_facts(SEED, pdf)
    assert grouped[pdf.name]
    assert quantities(grouped[pdf.name]) == quantities(grouped[SEED.name])


def test_bad_pdfs_fail_with_a_reason(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    good = cjk_pdf([["全省增长5%"]])
    (tmp_path / "cut.pdf").write_bytes(good[: len(good) // 3])
    (tmp_path / "garbage.pdf").write_bytes(b"this is not a PDF at all")
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    with open(tmp_path / "blank.pdf", "wb") as fh:
        writer.write(fh)
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    with open(tmp_path / "locked.pdf", "wb") as fh:
        writer.write(fh)
    names = ("cut.pdf", "garbage.pdf", "blank.pdf", "locked.pdf")
    errors = {name: one(tmp_path / name).error or "" for name in names}
    assert errors["cut.pdf"].startswith("cannot read PDF") or "no text layer" in errors["cut.pdf"]
    assert errors["garbage.pdf"].startswith("cannot read PDF")
    assert "no text layer" in errors["blank.pdf"]
    assert errors["locked.pdf"] == "encrypted PDF: a password is needed"


def test_tidy_pdf_text() -> None:
    wide = "一" * 30
    pages = [
        f"2025 年 全省 GDP 增长 5.2% ， {wide}\n达到 1.2 万亿元。\n短行\n下一段",
        "Smart grid " + "x" * 60 + "\nworks",
    ]
    first, second = tidy_pdf_text(pages)
    assert first == f"2025年全省GDP增长5.2%，{wide}达到1.2万亿元。\n短行\n下一段"
    assert second == "Smart grid " + "x" * 60 + " works"
    # two numbers never become one, even when the first line fills the column
    assert tidy_pdf_text(["瓦斯" * 20 + "14\n00万立方米"]) == ["瓦斯" * 20 + "14\n00万立方米"]


# ----------------------------------------------------------------------------------- JSONL
def test_jsonl_one_document_per_line(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "text": "今年全省粮食产量增长3%。", "title": "粮食", "date": "2024-07-01",
                    "source": "贵州日报", "url": "https://example.org/a1"}, ensure_ascii=False),
        "",
        json.dumps({"text": "去年新增就业5万人。", "date": "2023年5月8日"}, ensure_ascii=False),
        '{"id": "broken", "text": "缺少引号}',
        "[1, 2]",
        json.dumps({"id": 7, "title": "no text"}),
        json.dumps({"id": "a1", "text": "重复的编号"}, ensure_ascii=False),
        '{"id": 8, "text": "带\u2028分隔符和\\ud800代理的文本", "date": "not a date"}',
    ]
    path = tmp_path / "dump.jsonl"
    path.write_bytes(("\r\n".join(lines) + "\n").encode("utf-8"))
    docs = list(read_file(path))
    by_name = {d.name: d for d in docs}
    assert list(by_name) == ["dump.jsonl#a1", "dump.jsonl#3", "dump.jsonl#4", "dump.jsonl#5", "dump.jsonl#7",
                             "dump.jsonl#7@7", "dump.jsonl#8"]
    first = by_name["dump.jsonl#a1"]
    assert first.path == f"{path}#a1"
    assert (first.text, first.title, first.published, first.source, first.url, first.error) == (
        "今年全省粮食产量增长3%。", "粮食", date(2024, 7, 1), "贵州日报", "https://example.org/a1", None)
    assert by_name["dump.jsonl#3"].published == date(2023, 5, 8)
    assert (by_name["dump.jsonl#4"].error or "").startswith("line 4: invalid JSON")
    assert by_name["dump.jsonl#5"].error == "line 5: expected a JSON object, found list"
    assert by_name["dump.jsonl#7"].error == 'line 6: "text" must be a string, found none'
    assert by_name["dump.jsonl#7@7"].error == "line 7: id 'a1' repeats line 1"
    last = by_name["dump.jsonl#8"]
    assert last.text == "带\u2028分隔符和\ufffd代理的文本" and last.published is None and last.error is None
    # the date given with the line feeds 今年
    assert [f.period for f in extract_document(first).facts] == ["2024"]


def test_jsonl_encodings_and_empty(tmp_path: Path) -> None:
    row = {"id": "x", "text": "全省规模以上工业增加值同比增长6.5%，固定资产投资增长3.2%。"}
    gb = tmp_path / "gb.jsonl"
    gb.write_bytes(json.dumps(row, ensure_ascii=False).encode("gb18030") + b"\n")
    doc = one(gb)
    assert (doc.text, doc.encoding) == (row["text"], "gb18030")
    u16 = tmp_path / "u16.jsonl"
    u16.write_bytes(json.dumps(row, ensure_ascii=False).encode("utf-16"))
    assert one(u16).text == row["text"]
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"\n\n")
    doc = one(empty)
    assert (doc.name, doc.text, doc.error) == ("empty.jsonl", "", None)


def test_parse_date() -> None:
    assert parse_date("2025-12-01T08:00:00+08:00") == date(2025, 12, 1)
    assert parse_date("2025/1/2") == date(2025, 1, 2)
    assert parse_date("2025年3月") == date(2025, 3, 1)
    assert parse_date("20251231") == date(2025, 12, 31)
    assert parse_date(date(2020, 2, 29)) == date(2020, 2, 29)
    assert parse_date("2024年") == parse_date("2024") == date(2024, 1, 1)
    for bad in ("2025-02-30", "yesterday", "", None, 20251231, "2025-13-01", "202512", "12345"):
        assert parse_date(bad) is None, bad


def test_the_hash_covers_the_date(tmp_path: Path) -> None:
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text(json.dumps({"id": 1, "text": "今年增长5%", "date": "2024-01-01"}) + "\n", encoding="utf-8")
    b.write_text(json.dumps({"id": 1, "text": "今年增长5%", "date": "2025-01-01"}) + "\n", encoding="utf-8")
    assert one(a).sha256 != one(b).sha256


# ------------------------------------------------------------------------------- properties
@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=600))
def test_decode_never_raises_and_names_a_codec_that_decodes(data: bytes) -> None:
    text, encoding, error = decode(data)
    if error:
        assert text == "" and encoding == ""
    elif not encoding.endswith("(lossy)"):
        assert data.decode(encoding) == text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400), st.sampled_from([".txt", ".html", ".pdf", ".jsonl", ".bin"]))
def test_read_file_never_raises(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"random{suffix}"
        path.write_bytes(data)
        docs = list(read_paths([path]))
    assert docs
    for doc in docs:
        assert doc.error is not None or isinstance(doc.text, str)


CHINESE_NUMBERS = st.sampled_from(
    [*"0123456789.%％万亿千百十一二三四五六七八九零两元个年月日", *"增长下降约超近第吨—，。；\n 　０１２"]
)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.one_of(st.characters(), CHINESE_NUMBERS), max_size=120))
def test_extractor_spans_index_random_text(text: str) -> None:
    for fact in extract_text(text).facts:
        assert text[fact.start:fact.end] == fact.text


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=200))
@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_utf8_file_is_hashed_as_its_text(tmp_path: Path, text: str) -> None:
    """A file read as UTF-8 is hashed from its bytes: the same digest as the text's own."""
    path = tmp_path / "any.txt"
    path.write_bytes(text.encode("utf-8"))
    doc = one(path)
    if doc.encoding == "utf-8":
        assert doc.sha256 == sha256_text(doc.text)
