"""Text to typed records: documents, people, places, dates and meetings.

Callers write ``extract.extract_paths(paths)``; the records are in ``extract.records``.
"""

from extract.errors import DipgraphError, InputError, ModelError
from extract.pipeline import DEFAULT_MODEL, extract_paths, extract_texts
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
    "extract_paths",
    "extract_texts",
]
