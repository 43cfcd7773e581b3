"""Text to typed records: documents, people, places, dates and meetings.

Callers write ``extract.extract_paths(paths)``; the records are in ``extract.records``.
The pipeline (and so spaCy) is imported only when first used, so ``graph`` can read
the records without loading a language model.
"""

from typing import Any

from extract.errors import DipgraphError, InputError, ModelError
from extract.records import (
    DateSpan,
    Document,
    Evidence,
    Extraction,
    Meeting,
    Occasion,
    Person,
    Place,
)

_PIPELINE = {"DEFAULT_MODEL", "extract_paths", "extract_texts", "extract_articles"}


def __getattr__(name: str) -> Any:
    if name in _PIPELINE:
        from extract import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'extract' has no attribute {name!r}")


__all__ = [
    "DEFAULT_MODEL",
    "DateSpan",
    "DipgraphError",
    "Document",
    "Evidence",
    "Extraction",
    "InputError",
    "Meeting",
    "ModelError",
    "Occasion",
    "Person",
    "Place",
    "extract_articles",
    "extract_paths",
    "extract_texts",
]
