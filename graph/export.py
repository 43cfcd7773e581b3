"""Write graph views as GraphML, the format Gephi, Cytoscape and yEd open.

GraphML takes only strings, numbers and booleans as attribute values, so :func:`flatten`
makes every attribute one of those: dates become ISO strings, lists, tuples and sets become
strings joined with "; ", None is dropped, and anything else is written as its ``str``. Every
node keeps its ``type`` and ``label``, which Gephi shows.

Not supported: other formats (GEXF reserves the edge attributes ``type``, ``start`` and
``end`` that the views use), graph-level attributes (dropped), and reading a file back into
records: :func:`read_graph` gives a networkx graph with the flattened attributes.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any, Literal

import networkx as nx

from graph.errors import ExportError
from graph.records import MergedMeeting
from graph.views import meeting_graph, people_graph

View = Literal["meetings", "people"]
SUFFIXES = (".graphml",)


def flatten_value(value: Any) -> str | int | float | bool | None:
    """A value GraphML can hold, or None to leave the attribute out.

    >>> flatten_value(date(2024, 11, 18)), flatten_value(("China", "Russia")), flatten_value(None)
    ('2024-11-18', 'China; Russia', None)
    """
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value, key=str) if isinstance(value, set | frozenset) else value
        return "; ".join(str(flatten_value(v)) for v in items if v is not None)
    return str(value)


def flatten(graph: nx.Graph) -> nx.Graph:
    """A copy of ``graph`` whose attributes are all strings, numbers or booleans.

    >>> g = nx.Graph()
    >>> g.add_node("a", type="person", label="A", aliases=["B", "C"], role=None)
    >>> flatten(g).nodes["a"]
    {'type': 'person', 'label': 'A', 'aliases': 'B; C'}
    """

    def flat(data: dict[str, Any]) -> dict[str, Any]:
        pairs = ((k, flatten_value(v)) for k, v in data.items())
        return {k: v for k, v in pairs if v is not None}

    copy = graph.__class__()
    copy.add_nodes_from((str(n), flat(d)) for n, d in graph.nodes(data=True))
    copy.add_edges_from((str(u), str(v), flat(d)) for u, v, d in graph.edges(data=True))
    return copy


def _check_suffix(path: Path) -> None:
    if path.suffix.lower() not in SUFFIXES:
        raise ExportError(f"cannot tell the format of {path}: expected a file name ending in .graphml")


def write_graph(graph: nx.Graph, path: str | Path) -> None:
    """Write ``graph`` to ``path`` in the format its extension names (``.graphml``).

    >>> import tempfile
    >>> g = nx.Graph([("a", "b")])
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     write_graph(g, f"{tmp}/g.graphml")
    ...     sorted(read_graph(f"{tmp}/g.graphml").edges)
    [('a', 'b')]
    """
    path = Path(path)
    _check_suffix(path)
    try:
        nx.write_graphml(flatten(graph), path)
    except OSError as e:
        raise ExportError(
            f"cannot write {path}: {e.strerror}; check the folder exists and is writable"
        ) from e


def read_graph(path: str | Path) -> nx.Graph:
    """Read a graph written by :func:`write_graph`."""
    path = Path(path)
    _check_suffix(path)
    try:
        graph: nx.Graph = nx.read_graphml(path)
    except OSError as e:
        raise ExportError(f"cannot read {path}: {e.strerror}") from e
    return graph


def export(meetings: Iterable[MergedMeeting], path: str | Path, *, view: View = "meetings") -> nx.Graph:
    """Build a view of the meetings (``meetings`` or ``people``), write it, and return it.

    >>> import tempfile
    >>> from extract.records import Person
    >>> m = MergedMeeting(id="m-1", participants=(Person(name="Wang Yi"), Person(name="Sergey Lavrov")))
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     export([m], f"{tmp}/people.graphml", view="people").number_of_edges()
    1
    """
    if view not in ("meetings", "people"):
        raise ExportError(f"unknown view {view!r}; expected meetings or people")
    graph = meeting_graph(meetings) if view == "meetings" else people_graph(meetings)
    write_graph(graph, path)
    return graph
