"""Text to typed records: documents, people, places, dates and meetings.

Callers write ``extract.extract_paths(paths)``; the records are in ``extract.records``.
The pipeline (and so spaCy) and the records (pydantic) are imported only when first used,
so ``graph`` can read the records without loading a language model, and ``dipgraph --help``
starts without either.
"""

from typing import TYPE_CHECKING, Any

from extract.errors import DipgraphError, InputError, ModelError

if TYPE_CHECKING:
    from extract.records import DateSpan, Document, Evidence, Extraction, Meeting, Occasion, Person, Place

_PIPELINE = {"DEFAULT_MODEL", "extract_paths", "extract_texts", "extract_articles"}
_RECORDS = {"DateSpan", "Document", "Evidence", "Extraction", "Meeting", "Occasion", "Person", "Place"}


def __getattr__(name: str) -> Any:
    if name in _PIPELINE:
        from extract import pipeline

        return getattr(pipeline, name)
    if name in _RECORDS:
        from extract import records

        return getattr(records, name)
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
