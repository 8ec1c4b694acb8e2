"""Stage 1: paths → documents (text exactly as stored, with what is known of it).

A source that cannot be read becomes a `Document` whose `error` says why: the job records it,
names it in the summary and goes on.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from models.fact import Document

SUPPORTED_SUFFIXES = {".txt", ".text", ".md"}
DEFAULT_MAX_BYTES = 512 * 1024 * 1024


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named, and files under folders named (recursively, sorted, hidden ones skipped)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    file = Path(root) / name
                    if file.suffix.lower() in SUPPORTED_SUFFIXES:
                        yield file
        else:
            yield path


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _failed(path: Path, reason: str) -> Document:
    return Document(name=path.name, path=str(path), text="", encoding=None or "", error=reason)


def read_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document]:
    """The documents of one file (one for a text file)."""
    if not path.exists():
        yield _failed(path, "no such file")
        return
    if not path.is_file():
        yield _failed(path, "not a regular file")
        return
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield _failed(path, f"file is {size} bytes, over the limit of {max_bytes}")
            return
        data = path.read_bytes()
    except OSError as err:
        yield _failed(path, f"cannot read: {err.strerror or err}")
        return
    text, encoding, error = decode(data)
    if error:
        yield _failed(path, error)
        return
    yield Document(name=path.name, path=str(path), text=text, encoding=encoding, sha256=sha256_text(text))


def decode(data: bytes) -> tuple[str, str, str]:
    """(text, encoding, error). UTF-8 (with or without BOM) is tried first."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "", "", "binary file (NUL bytes)"
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig", ""
    try:
        return data.decode("utf-8"), "utf-8", ""
    except UnicodeDecodeError:
        pass
    for enc in ("gb18030", "big5"):
        try:
            return data.decode(enc), enc, ""
        except UnicodeDecodeError:
            continue
    return "", "", "cannot decode as UTF-8, GB18030 or Big5"


def read_paths(paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document]:
    for file in iter_files(paths):
        yield from read_file(file, max_bytes=max_bytes)
