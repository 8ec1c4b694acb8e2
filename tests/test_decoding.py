"""Short Chinese files in GBK or Big5 (issue 13): where the bytes are valid Chinese text in GB18030
or Big5, that is how they are read, not as whatever single-byte code page happens to fit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import regex
from conftest import ROOT

from extract.read import decode, read_paths

SHORT_GBK = ["增长5%。", "城镇居民人", "确保城乡居民收入增长", "其中，", "二〇二", "１－６月，", "全年城乡居",
             "营业收入3.2亿元", "比上年增长", "经济"]
SHORT_BIG5 = ["產能增長5%。", "去年營收成長12%。", "全省GDP增長6.5%", "臺灣", "經濟", "萬元", "人口"]


@pytest.mark.parametrize("text", SHORT_GBK)
def test_short_gbk_is_read_as_gb18030(text: str) -> None:
    assert decode(text.encode("gbk")) == (text, "gb18030", "")


@pytest.mark.parametrize("text", SHORT_BIG5)
def test_short_big5_is_read_as_big5(text: str) -> None:
    assert decode(text.encode("big5")) == (text, "big5", "")


def test_the_8_byte_file_of_the_issue(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_bytes("增长5%。".encode("gbk"))
    assert len(path.read_bytes()) == 8
    [document] = read_paths([path])
    assert (document.text, document.encoding, document.error) == ("增长5%。", "gb18030", None)


def test_the_corpus_sentences_cut_short_in_gbk() -> None:
    """Every corpus sentence's first 3 to 40 characters, in GBK, reads back as written (but for
    the few bytes that are valid UTF-8 as well: 全省 is `ȫʡ`, and UTF-8 is asked first)."""
    wrong: list[tuple[str, str]] = []
    corpus = ROOT / "tests" / "corpus" / "quantities_positive_a.jsonl"
    for line in corpus.read_text(encoding="utf-8").splitlines()[:300]:
        sentence = json.loads(line)["sentence"]
        for n in (3, 5, 8, 12, 20, 40):
            try:
                data = sentence[:n].encode("gbk")
            except UnicodeEncodeError:
                continue
            if data.isascii() or _valid_utf8(data):
                continue
            text, encoding, _ = decode(data)
            if text != sentence[:n]:
                wrong.append((sentence[:n], encoding))
    assert wrong == []


def _valid_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


@pytest.mark.parametrize("data", [
    "Привет, как дела? Всё хорошо.".encode("cp1251"),
    "Un élève très sérieux à l'école, et un café.".encode("latin-1"),
    "Ceci est un élève très sérieux, à l'école.".encode("latin-1"),
])
def test_other_single_byte_text_is_not_taken_for_chinese(data: bytes) -> None:
    text, _, error = decode(data)
    assert not error and not regex.search(r"\p{Han}", text), text
