"""The views and file formats of ``dipgraph export``, named apart from :mod:`graph.export`
(which needs networkx), so that the command line starts without loading it."""

from __future__ import annotations

from pathlib import Path
from typing import Literal, get_args

from graph.errors import ExportError

View = Literal["meetings", "people"]
Format = Literal["graphml", "gexf", "csv", "json"]
FORMATS: tuple[Format, ...] = get_args(Format)
SUFFIXES: dict[str, Format] = {".graphml": "graphml", ".gexf": "gexf", ".json": "json"}


def format_of(path: str | Path, format: Format | None = None) -> Format:
    """The format asked for, or the one the file name's extension names.

    >>> format_of("people.gexf"), format_of("tables", "csv")
    ('gexf', 'csv')
    """
    if format is not None:
        if format not in FORMATS:
            raise ExportError(f"unknown format {format!r}; expected one of {', '.join(FORMATS)}")
        return format
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIXES:
        raise ExportError(
            f"cannot tell the format of {path}: expected a file name ending in .graphml, .gexf or .json, "
            "or --format csv for a folder of nodes.csv and edges.csv (or .html for the network page)"
        )
    return SUFFIXES[suffix]
