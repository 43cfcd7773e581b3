"""Named errors of the extraction half; each message says what is wrong and what to do."""

from __future__ import annotations


class DipgraphError(Exception):
    """Base of the errors dipgraph reports to users as one line."""


class InputError(DipgraphError):
    """An input file that cannot be read as an article."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class ModelError(DipgraphError):
    """The spaCy pipeline asked for is not installed or cannot be loaded."""
