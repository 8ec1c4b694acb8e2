"""Stage 1: paths → documents (text exactly as stored, with what is known of it).

Formats, chosen by suffix:

- text (`.txt`, `.text`, `.md` and anything not listed below): the encoding is detected
  (a BOM; strict UTF-8; GB18030 or Big5 when the bytes are Chinese text in one of them;
  otherwise charset-normalizer, preferring GB18030 and Big5 when it cannot tell Chinese
  encodings apart) and stored on the document;
- HTML (`.html`, `.htm`, `.xhtml`): the article text, title and publication date by trafilatura;
- PDF (`.pdf`): the text of each page by pypdf, pages joined by a newline; the spaces pypdf puts
  around CJK characters and the line breaks of wrapped lines are taken out;
- JSON Lines (`.jsonl`, `.ndjson`): one article per line (`text`, optional `id`, `title`, `date`,
  `source`, `url`), each a document named `FILE#ID` (or `FILE#LINE` without an id).

A source that cannot be read becomes a `Document` whose `error` says why: the job records it,
names it in the summary and goes on. Nothing here raises for bad input.
"""

from __future__ import annotations

import calendar
import codecs
import hashlib
import importlib
import io
import json
import logging
import os
import re
import stat
import unicodedata
import warnings
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

import regex
from charset_normalizer import from_bytes

from models.fact import Document

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
PDF_SUFFIXES = {".pdf"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES | JSONL_SUFFIXES
DEFAULT_MAX_BYTES = 512 * 1024 * 1024


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named, and files under folders named (recursively, sorted, hidden ones skipped).

    A folder that cannot be listed is yielded itself, so that reading it reports why.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            unreadable: list[OSError] = []
            for root, dirs, files in os.walk(path, onerror=unreadable.append):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    file = Path(root) / name
                    if file.suffix.lower() in SUPPORTED_SUFFIXES:
                        yield file
                while unreadable:
                    yield Path(unreadable.pop(0).filename or path)
            while unreadable:  # the folder itself could not be listed
                yield Path(unreadable.pop(0).filename or path)
        else:
            yield path


def sha256_text(text: str) -> str:
    """The SHA-256 of the text's UTF-8, hashed in 1 M-character slices (no full copy)."""
    digest = hashlib.sha256()
    step = 1 << 20
    for i in range(0, len(text), step):
        digest.update(text[i:i + step].encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def read_paths(
    paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES, published: date | None = None
) -> Iterator[Document]:
    """The documents of the files; `published` is the date of those that carry none of their own
    (plain text: `--date`), the date their relative times (今年, 一季度) are read against."""
    for file in iter_files(paths):
        yield from read_documents(file, max_bytes=max_bytes, published=published)


def read_documents(
    path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, published: date | None = None
) -> Iterator[Document]:
    """The documents of one file (`read_file`), those without a date of their own given `published`:
    what `read_paths` gives for that file (an extraction process reads its files with this)."""
    for document in read_file(path, max_bytes=max_bytes):
        if document.published is None and published is not None and not document.error:
            document.published = published
        yield document


def read_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document]:
    """The documents of one file (one, except for JSON Lines: one per line)."""
    data, error = _load(path, max_bytes)
    if error:
        yield _failed(path, error)
        return
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(path, data)
        return
    if not data.strip():  # empty, or ASCII white space only: stored as it is, no facts
        document = _document(path.name, str(path), data.decode("ascii"), "utf-8" if not data else "ascii")
    elif suffix in HTML_SUFFIXES:
        document = _read_html(path, data)
    elif suffix in PDF_SUFFIXES:
        document = _read_pdf(path, data)
    else:
        document = _read_text(path, data)
    del data  # the bytes are not kept alive while the document is processed (a 200 MB file)
    yield document


# ------------------------------------------------------------------------------------ helpers
def _failed(path: Path | str, reason: str, name: str | None = None) -> Document:
    path = str(path)
    return Document(name=name or Path(path).name, path=path, text="", encoding="", error=reason)


# (on `re`: a character class is a bitmap scan there, several times faster over a whole text)
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _document(
    name: str,
    path: str,
    text: str,
    encoding: str,
    *,
    title: str | None = None,
    published: date | None = None,
    source: str | None = None,
    url: str | None = None,
    utf8: bytes | None = None,
) -> Document:
    """A read document; its hash covers the text and, when there are any, title, date, source, url
    (a corrected date changes the facts' periods, so it must not count as unchanged).

    `utf8`: the bytes the text was strictly decoded from as UTF-8, when it was. They are then its
    UTF-8 encoding exactly, so they are hashed as they are, and the text holds no lone surrogate
    (a strict UTF-8 decoder refuses them) that would need replacing."""
    if utf8 is not None:
        digest = hashlib.sha256(utf8).hexdigest()
    else:
        if _LONE_SURROGATE.search(text):  # from JSON escapes or PDF maps: not storable
            text = _LONE_SURROGATE.sub("\ufffd", text)
        digest = sha256_text(text)
    if any(v is not None for v in (title, published, source, url)):
        day = published.isoformat() if published else None
        meta = json.dumps([title, day, source, url], ensure_ascii=False)
        digest = sha256_text(f"{digest}\n{meta}")
    return Document(
        name=name, path=path, text=text, encoding=encoding, sha256=digest,
        title=title, published=published, source=source, url=url,
    )


def _load(path: Path, max_bytes: int) -> tuple[bytes, str]:
    """(the file's bytes, "") or (b"", why it cannot be read)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return b"", "no such file" if not os.path.islink(path) else "broken symbolic link"
    except OSError as err:
        return b"", f"cannot access: {err.strerror or err}"
    if stat.S_ISDIR(info.st_mode):
        try:
            with os.scandir(path):
                pass
        except OSError as err:
            return b"", f"cannot list folder: {err.strerror or err}"
        return b"", "is a folder, not a file"
    if not stat.S_ISREG(info.st_mode):
        return b"", "not a regular file"
    if info.st_size > max_bytes:
        return b"", f"file is {info.st_size} bytes, over the limit of {max_bytes} bytes (--max-mb)"
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as err:
        return b"", f"cannot read: {err.strerror or err}"
    if len(data) > max_bytes:
        return b"", f"file is over the limit of {max_bytes} bytes (--max-mb)"
    return data, ""


# ---------------------------------------------------------------------------------- decoding
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document (name it .pdf)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive or an Office document"),
    (b"\x1f\x8b", "gzip-compressed"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"\x7fELF", "a program"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
# Chinese first when charset-normalizer finds several encodings equally plausible (short texts)
_PREFERRED = ("gb18030", "big5")
# encodings whose bytes charset-normalizer reports that Python decodes with a superset
_SUPERSET = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030"}
# What Chinese text is made of, besides ASCII: Han characters, CJK and full-width punctuation, and
# the symbols GB2312 has for Chinese text (“” ·×÷°± ℃ Ⅳ → ≥ ① ■ ★ ㈠ ㎡).
_CHINESE_TEXT = regex.compile(
    r"[\x00-\x7f\p{Han}\u3000-\u303f\uff00-\uffef\u2000-\u206f\u00b0\u00b1\u00b7\u00d7\u00f7"
    r"\u2100-\u22ff\u2460-\u24ff\u25a0-\u26ff\u3220-\u3243\u33a1]*"
)
_HAN = regex.compile(r"\p{Han}")
# text with no Han character is Chinese when set in full-width digits and Chinese punctuation (１－６月)
_CHINESE_MARKS = regex.compile(r"[\x00-\x7f\u3000-\u303f\uff00-\uffef\u2000-\u206f]*")
# a text's Han characters weighed (the first this many) against its encoding's common ones
_COMMON_SAMPLE = 2000
# control characters that do not occur in text (tab, line breaks, form feed and escape do)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")


def decode(data: bytes) -> tuple[str, str, str]:
    """(text, encoding, error): the text of a file's bytes and a codec name that decodes them.

    A BOM decides; then strict UTF-8; then charset-normalizer. UTF-8 with a cut final character
    or a rare bad byte (at most one per 1000 bytes) is kept, bad bytes shown as U+FFFD, with the
    encoding `utf-8 (lossy)`. Binary data gives an error.
    """
    if not data:
        return "", "utf-8", ""
    for kind_magic, what in _MAGIC:
        if data.startswith(kind_magic):
            return "", "", f"binary file: {what}"
    text, encoding = _decode_text(data)
    if encoding is None:
        return "", "", "binary or undecodable: not UTF-8, UTF-16, GB18030, Big5 or another known encoding"
    why = _binary_text(text)
    if why:
        return "", "", f"binary file ({why})"
    return text, encoding, ""


def _decode_text(data: bytes) -> tuple[str, str | None]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            with_bom = _strict(data, codec)
            return (with_bom, codec) if with_bom is not None else ("", None)
    utf8 = _strict(data, "utf-8")
    if utf8 is not None:
        return utf8, "utf-8"
    detected = _chinese(data) or _detect(data)
    text = _strict(data, detected) if detected else None
    if detected and text is not None:
        return text, detected
    if _mostly_utf8(data):
        return data.decode("utf-8", errors="replace"), "utf-8 (lossy)"
    return "", None


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 but for a cut final character or at most one bad byte sequence per 1000 bytes."""
    _, consumed = codecs.utf_8_decode(data, "replace", False)
    if consumed < len(data) and _strict(data[:consumed], "utf-8") is not None:
        return True  # only the last character is incomplete
    bad = data.decode("utf-8", errors="replace").count("\ufffd")
    return 0 < bad <= len(data) // 1000


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _chinese(data: bytes) -> str | None:
    """GB18030 or Big5 when the bytes are Chinese text in one of them, else None.

    Chinese text: strictly valid in the encoding, every character ASCII, Han or the punctuation and
    symbols Chinese text uses (`_CHINESE_TEXT`: no kana, no private-use characters), and at least
    half of its Han characters among the encoding's common ones (GB2312's level 1, Big5's frequent
    section; without Han characters, only full-width forms and Chinese punctuation); of the two,
    the one with more, GB18030 on a tie. Bytes that are valid UTF-8 are read as UTF-8 before this
    is asked (a GBK text of two or three characters can be: 全省 is `ȫʡ`). A statistical detector needs more
    text than a short file has (`增长5%。` in GBK is 8 bytes, which cp1006 fits as well), and the
    other way round a code page, Big5 read as GB18030 or GB18030 read as Big5 gives characters
    that are rare, private-use or no Chinese at all. (A Korean EUC-KR text with no ASCII between
    its syllables is Chinese text to this test: statfacts reads Chinese.)"""
    best: str | None = None
    best_share = 0.5
    for codec in _PREFERRED:
        text = _strict(data, codec)
        if text is None or not _CHINESE_TEXT.fullmatch(text):
            continue
        share = _common_share(text, codec)
        if share >= best_share and (best is None or share > best_share):
            best, best_share = codec, share
    return best


def _common_share(text: str, codec: str) -> float:
    """The share of the text's Han characters (the first `_COMMON_SAMPLE`) that are common ones in
    `codec`: GB2312 level 1 (B0A1–D7FE) for GB18030, the frequent section (A440–C67E) for Big5."""
    hans = _HAN.findall(text[:8 * _COMMON_SAMPLE])[:_COMMON_SAMPLE]
    if not hans:
        return 1.0 if _CHINESE_MARKS.fullmatch(text) else 0.0
    common = 0
    for ch in hans:
        pair = ch.encode(codec, "replace")
        if len(pair) != 2:
            continue
        if codec == "gb18030":
            common += 0xB0 <= pair[0] <= 0xD7 and pair[1] >= 0xA1
        else:
            common += 0xA4 <= pair[0] <= 0xC5 or (pair[0] == 0xC6 and pair[1] <= 0x7E)
    return common / len(hans)


def _detect(data: bytes) -> str | None:
    """The codec charset-normalizer finds most plausible, None when nothing fits."""
    has_nul = b"\x00" in data
    candidates: list[tuple[float, float, int, str]] = []
    for order, match in enumerate(from_bytes(data)):
        codec = codecs.lookup(match.encoding).name
        codec = _SUPERSET.get(codec, codec)
        # UTF-16/32 without a BOM: only when the text has ASCII (digits, newlines), whose
        # encoded form has NUL bytes; otherwise any even-length CJK text "decodes" as UTF-16
        if codec.startswith(("utf-16", "utf-32")) and not has_nul:
            continue
        candidates.append((round(match.chaos, 3), -round(match.coherence, 3), order, codec))
    if not candidates:
        return None
    best = min(candidates)
    chinese = [c for c in candidates if c[3] in _PREFERRED and c[:2] == best[:2]]
    if chinese:
        return min(chinese, key=lambda c: _PREFERRED.index(c[3]))[3]
    return best[3]


def _binary_text(text: str) -> str:
    if "\x00" in text:
        return "NUL characters"
    controls = sum(1 for _ in _CONTROL.finditer(text)) if _CONTROL.search(text) else 0
    if controls and controls * 100 > len(text):
        return "control characters"
    return ""


def _read_text(path: Path, data: bytes) -> Document:
    text, encoding, error = decode(data)
    if error:
        return _failed(path, error)
    return _document(path.name, str(path), text, encoding, utf8=data if encoding == "utf-8" else None)


# --------------------------------------------------------------------------------------- HTML
_META_CHARSET = regex.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", regex.IGNORECASE)


def _decode_html(data: bytes) -> tuple[str, str, str]:
    """A BOM, else a charset declared in the first 4 KB (when it decodes), else detection."""
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        declared = _META_CHARSET.search(data[:4096])
        if declared:
            name = declared.group(1).decode("ascii", "replace").lower()
            codec = _codec_name(name)
            text = _strict(data, codec) if codec else None
            if codec and text is not None:
                return text, codec, ""
    return decode(data)


def _codec_name(name: str) -> str | None:
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    return _SUPERSET.get(codec, codec)


def _read_html(path: Path, data: bytes) -> Document:
    page, encoding, error = _decode_html(data)
    if error:
        return _failed(path, error)
    text, title, published, source, url, error = _html_article(page)
    if error:
        return _failed(path, error)
    return _document(path.name, str(path), text, encoding, title=title, published=published, source=source,
                     url=url)


def _html_article(page: str) -> tuple[str, str | None, date | None, str | None, str | None, str]:
    """(text, title, date, site name, url, error) of an HTML page by trafilatura."""
    trafilatura, error = _library("trafilatura", "HTML")
    if trafilatura is None:
        return "", None, None, None, None, error
    date_params = {"original_date": True, "extensive_search": False, "max_date": "2999-12-31"}
    try:
        with _quiet("trafilatura", "htmldate", "courlan", "justext"):
            found = trafilatura.bare_extraction(
                page, with_metadata=True, favor_recall=True, include_comments=False, include_tables=True,
                deduplicate=False, date_extraction_params=date_params,
            )
            if found is None:  # no main text found: all the page's text, and what metadata there is
                meta = trafilatura.extract_metadata(page, date_config=date_params, extensive=False)
                text = trafilatura.html2txt(page)
            else:
                meta, text = found, found.text or ""
    except Exception as err:  # a third-party parser on arbitrary input: its failure is a reading failure
        return "", None, None, None, None, f"cannot parse HTML: {type(err).__name__}: {err}"
    meta_values: dict[str, Any] = {k: getattr(meta, k, None) for k in ("title", "date", "sitename", "url")}
    return (
        text,
        _clean(meta_values["title"]),
        parse_date(meta_values["date"]),
        _clean(meta_values["sitename"]),
        _clean(meta_values["url"]),
        "",
    )


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = _LONE_SURROGATE.sub("\ufffd", value).strip()
    return value or None


# ---------------------------------------------------------------------------------------- PDF
def _read_pdf(path: Path, data: bytes) -> Document:
    pages, title, error = _pdf_pages(data)
    if error:
        return _failed(path, error)
    text = "\n".join(tidy_pdf_text(pages))
    if not text.strip():
        return _failed(path, f"PDF of {len(pages)} page(s) has no text layer (scanned images? run OCR first)")
    return _document(path.name, str(path), text, "", title=title)  # no byte encoding: the fonts' maps


def _pdf_pages(data: bytes) -> tuple[list[str], str | None, str]:
    """(text of each page, title, error) by pypdf."""
    pypdf, error = _library("pypdf", "PDF")
    if pypdf is None:
        return [], None, error
    PasswordType, PdfReader = pypdf.PasswordType, pypdf.PdfReader
    pages: list[str] = []
    title: str | None = None
    step = "open"
    try:
        with _quiet("pypdf"):
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                step = "decrypt"
                if reader.decrypt("") == PasswordType.NOT_DECRYPTED:
                    return [], None, "encrypted PDF: a password is needed"
            step = "metadata"
            info = reader.metadata
            title = _clean(info.title) if info is not None else None
            for number, page in enumerate(reader.pages, start=1):
                step = f"page {number}"
                pages.append(page.extract_text() or "")
    except Exception as err:  # pypdf on arbitrary input: its failure is a reading failure
        return [], None, f"cannot read PDF ({step}): {type(err).__name__}: {err}"
    return pages, title, ""


def _library(name: str, kind: str) -> tuple[Any, str]:
    """(the reader's library, "") or (None, why it cannot be loaded, one line): an install that
    lacks a library fails the files that need it, not the run."""
    try:
        return importlib.import_module(name), ""
    except ImportError as err:
        said = " ".join(str(err).split())
        return None, (f"cannot read {kind}: its library {name} cannot be loaded ({said}); "
                      "reinstall statfacts as the README says")


@contextmanager
def _quiet(*logger_names: str) -> Iterator[None]:
    """No warnings from libraries while they read a damaged file: the failure, if it fails, is
    the document's error, and the summary names it."""
    loggers = [logging.getLogger(name) for name in logger_names]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


_CJK = (r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\u3000-\u303f\uff00-\uffef"
        r"\u2018\u2019\u201c\u201d\u2014\u2026\u00b7")
_SPACE_BY_CJK = regex.compile(rf"[ \t\u00a0\u3000]+(?=[{_CJK}])|(?<=[{_CJK}])[ \t\u00a0\u3000]+")
_PARAGRAPH_END = regex.compile(r"[。！？；：…」』”’)）】.!?:;]\s*$")
_WRAP_SHARE = 0.8


def tidy_pdf_text(pages: list[str]) -> list[str]:
    """Each page's text as prose: no spaces beside CJK characters (pypdf adds them where runs of
    text meet), and a line that fills the column and does not end a sentence joined to the next
    (a wrapped line), with a space only between two Latin letters. A line ending in a digit is
    not joined to one starting with a digit: two numbers must not become one."""
    tidy = [[_SPACE_BY_CJK.sub("", line).rstrip() for line in page.splitlines()] for page in pages]
    width = max((_width(line) for lines in tidy for line in lines), default=0)
    out: list[str] = []
    for lines in tidy:
        joined: list[str] = []
        wrapped = False
        for index, line in enumerate(lines):
            if wrapped and joined and line:
                prev = joined[-1]
                glue = " " if _letter(prev[-1]) and _letter(line.lstrip()[:1]) else ""
                joined[-1] = prev + glue + line.lstrip()
            else:
                joined.append(line)
            current = joined[-1]
            full = _width(line) >= _WRAP_SHARE * width
            wrapped = bool(current) and full and not _PARAGRAPH_END.search(current)
            following = lines[index + 1][:1] if index + 1 < len(lines) else ""
            if wrapped and current[-1].isdigit() and following.isdigit():
                wrapped = False  # rows of a table, more likely than a number cut in two: keep apart
        out.append("\n".join(joined))
    return out


def _letter(ch: str) -> bool:
    return len(ch) == 1 and ch.isascii() and ch.isalpha()


def _width(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in line)


# -------------------------------------------------------------------------------- JSON Lines
def _read_jsonl(path: Path, data: bytes) -> Iterator[Document]:
    """One document per non-blank line; a bad line is a failed document naming its number."""
    lines: Iterable[tuple[bytes | str, str | None]]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        text, encoding, error = decode(data)
        if error:
            yield _failed(path, error)
            return
        lines = [(line, encoding) for line in text.split("\n")]
    else:
        data = data.removeprefix(codecs.BOM_UTF8)
        lines = [(line, None) for line in data.split(b"\n")]
    seen: dict[str, int] = {}
    count = 0
    for number, (raw, known_encoding) in enumerate(lines, start=1):
        if not raw.strip():
            continue
        count += 1
        yield _jsonl_line(path, number, raw, known_encoding, seen)
    if count == 0:
        yield _document(path.name, str(path), "", "utf-8")


def _jsonl_line(
    path: Path, number: int, raw: bytes | str, encoding: str | None, seen: dict[str, int]
) -> Document:
    def failed(reason: str, key: str | None = None) -> Document:
        key = _unique(key or str(number), number, seen)
        return _failed(f"{path}#{key}", f"line {number}: {reason}", name=f"{path.name}#{key}")

    if isinstance(raw, bytes):
        line = _strict(raw, "utf-8")
        encoding = "utf-8"
        if line is None:  # JSON Lines are UTF-8; a line in another encoding is detected on its own
            line, encoding, error = decode(raw)
            if error:
                return failed(f"not UTF-8 and {error}")
    else:
        line = raw
    line = line.rstrip("\r")
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return failed(f"invalid JSON: {err.msg} at column {err.colno}")
    if not isinstance(record, dict):
        return failed(f"expected a JSON object, found {type(record).__name__}")
    ident = record.get("id")
    key: str | None = None
    if isinstance(ident, (str, int)) and not isinstance(ident, bool) and str(ident).strip():
        key = str(ident).strip()
    text = record.get("text")
    if not isinstance(text, str):
        found = "none" if text is None else f"a {type(text).__name__}"
        return failed(f'"text" must be a string, found {found}', key)
    if key is not None and key in seen:
        return failed(f"id {key!r} repeats line {seen[key]}", None)
    key = _unique(key or str(number), number, seen)
    return _document(
        f"{path.name}#{key}", f"{path}#{key}", text, encoding or "utf-8",
        title=_clean(record.get("title")), published=parse_date(record.get("date")),
        source=_clean(record.get("source")), url=_clean(record.get("url")),
    )


def _unique(key: str, number: int, seen: dict[str, int]) -> str:
    """`key`, or `key@LINE` when an earlier line of the file already has that name."""
    if key in seen:
        key = f"{key}@{number}"
    seen[key] = number
    return key


# -------------------------------------------------------------------------------------- dates
_DATE = regex.compile(
    r"^\s*(?P<y>\d{4})(?:[-/.年]\s*(?P<m>\d{1,2})(?:[-/.月]\s*(?P<d>\d{1,2}))?|(?P<m2>\d{2})(?P<d2>\d{2}))?(?!\d)"
)


def parse_date(value: object) -> date | None:
    """A publication date from `2025-12-01`, `2025-12-01T08:00:00+08:00`, `2025/12/1`,
    `2025年12月1日`, `20251201` or a `date`; a year (and month) alone give its first day.
    Anything else gives None."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    m = _DATE.match(value)
    if not m:
        return None
    year = int(m["y"])
    month = int(m["m"] or m["m2"] or 1)
    day = int(m["d"] or m["d2"] or 1)
    if not (1 <= year <= 9999 and 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]):
        return None
    return date(year, month, day)
