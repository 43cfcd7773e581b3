"""Named errors of the graph half; each message says what is wrong and what to do."""

from __future__ import annotations

from extract.errors import DipgraphError


class KnowledgeBaseError(DipgraphError):
    """A knowledge base file that cannot be opened or read."""


class MissingKnowledgeBaseError(KnowledgeBaseError):
    """No knowledge base at the path a read command was given."""

    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__(f"no knowledge base at {path}; run `dipgraph ingest` first")


class SchemaVersionError(KnowledgeBaseError):
    """A knowledge base written by a different version of dipgraph."""

    def __init__(self, path: str, found: int, expected: int) -> None:
        self.path, self.found, self.expected = path, found, expected
        if found < expected:
            what = (
                "made by an older dipgraph; move it aside and ingest the articles again "
                "(or pass another --db file)"
            )
        else:
            what = "made by a newer dipgraph; upgrade dipgraph to read it (or pass another --db file)"
        super().__init__(
            f"{path} has schema version {found}, this dipgraph reads version {expected}: it was {what}"
        )


class QueryError(DipgraphError):
    """A query argument that is not valid, such as a malformed date or an unknown kind."""


class ExportError(DipgraphError):
    """A graph that cannot be written in the format asked for."""


class BrowseError(DipgraphError):
    """Datasette that cannot be started on a knowledge base, or its metadata not written."""
