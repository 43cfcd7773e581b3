"""Read article files into raw texts: plain text and Markdown, HTML, and JSON Lines.

``read_path`` yields one :class:`RawArticle` per article; a file that cannot be read
as an article raises :class:`~extract.errors.InputError` with a one-line reason.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from extract.errors import InputError

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSON_SUFFIXES = {".jsonl", ".json", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES
MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class RawArticle:
    """An article's text and whatever metadata came with it."""

    id: str
    text: str
    path: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named directly, and readable article files found below folders, in sorted order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        else:
            yield path


def decode(path: Path, data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM); binary data is refused."""
    if b"\x00" in data[:8192]:
        raise InputError(
            str(path), "looks like a binary file; dipgraph reads .txt, .md, .html and .jsonl articles"
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            str(path), f"is not valid UTF-8 (byte {error.start}); re-save it as UTF-8 and ingest it again"
        ) from None


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                str(path), f"is {size // 2**20} MiB, over the {MAX_BYTES // 2**20} MiB limit; split it"
            )
        return path.read_bytes()
    except OSError as error:
        raise InputError(str(path), f"cannot be read ({error.strerror or error}); check the path") from None


def read_path(path: Path) -> Iterator[RawArticle]:
    """The articles in one file."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(str(path), f"has an unknown extension {suffix!r}; use .txt, .md, .html or .jsonl")
    text = decode(path, read_bytes(path))
    if not text.strip():
        raise InputError(str(path), "is empty; nothing to extract")
    if suffix in TEXT_SUFFIXES:
        yield RawArticle(id=path.stem, text=text, path=str(path))
    elif suffix in HTML_SUFFIXES:
        yield read_html(path, text)
    else:
        yield from read_json_lines(path, text)


def read_html(path: Path, html: str) -> RawArticle:
    """The article text of a saved web page, with its title, URL and date when the page gives them."""
    import trafilatura

    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise InputError(str(path), "holds no article text that could be extracted")
    return RawArticle(
        id=path.stem,
        text=text,
        path=str(path),
        title=getattr(document, "title", None),
        url=getattr(document, "url", None),
        outlet=getattr(document, "sitename", None),
        published=getattr(document, "date", None),
    )


def read_json_lines(path: Path, text: str) -> Iterator[RawArticle]:
    """One article per line (a JSON array is accepted too): ``text`` plus optional metadata."""
    stripped = text.lstrip()
    records: list[tuple[int, object]]
    if stripped.startswith("["):
        try:
            records = list(enumerate(json.loads(stripped), start=1))
        except json.JSONDecodeError as error:
            raise InputError(str(path), f"is not valid JSON (line {error.lineno}): {error.msg}") from None
    else:
        records = []
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                records.append((number, json.loads(line)))
            except json.JSONDecodeError as error:
                raise InputError(str(path), f"line {number} is not valid JSON: {error.msg}") from None
    for number, record in records:
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError(str(path), f"line {number} has no 'text' string; each line needs one")
        yield RawArticle(
            id=str(record.get("id") or f"{path.stem}-{number}"),
            text=record["text"],
            path=str(path),
            title=_optional(record, "title"),
            url=_optional(record, "url"),
            outlet=_optional(record, "outlet"),
            published=_optional(record, "published"),
        )


def _optional(record: dict[str, object], key: str) -> str | None:
    value = record.get(key)
    return str(value) if value is not None else None
