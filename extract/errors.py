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


def first_line(error: BaseException, width: int = 120) -> str:
    """An exception's message: its first line, at most ``width`` characters, or "no message".

    >>> first_line(OSError("Timed out\\nafter 3 s")), first_line(KeyError())
    ('Timed out', 'no message')
    """
    text = str(error)
    return text.splitlines()[0][:width] if text else "no message"
