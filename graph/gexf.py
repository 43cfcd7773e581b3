"""GEXF 1.3 with time, so that Gephi's timeline plays the meeting network over the years.

networkx writes GEXF 1.2draft; this module writes GEXF 1.3 (namespace ``http://gexf.net/1.3``)
itself, with :mod:`xml.etree`, after :func:`graph.export.flatten`. The graph is ``dynamic``
with ``timeformat="date"`` and ``timerepresentation="interval"`` when any node or edge has a
time, else ``static``:

- a node or edge with ``date_start`` and ``date_end`` (a meeting of the meetings view) gets
  ``start`` and ``end``: the first and last day of the meeting, both included;
- a node or edge with ``dates`` (a pair of the people view, one date per meeting, as
  :func:`graph.records.date_text` writes them: ``2019-06-28; 2023-03; 2024-11-11..2024-11-17``)
  gets one ``<spell>`` per meeting, a month or a year spanning its first to last day; spells
  that overlap or touch are merged, as Gephi wants them apart.

Everything else has no time and Gephi shows it throughout: people, places, occasions and
documents, the edges of the meetings view, and a pair whose meetings are all undated. Every
attribute is also written as an ``attvalue`` (declared once per class with its type:
``string``, ``long``, ``double`` or ``boolean``); ``label`` and an edge's ``weight`` are the
element's own attributes. networkx's ``read_gexf`` reads the result back, spells included.

Not supported: ``viz`` (colours, sizes, positions: lay the graph out in Gephi), dynamic
attribute values, hierarchies, parallel edges, and dates that are not whole days.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import networkx as nx

from graph.errors import QueryError
from graph.export import Scalar, flatten
from graph.query import parse_day

NAMESPACE = "http://gexf.net/1.3"
SCHEMA_LOCATION = f"{NAMESPACE} {NAMESPACE}/gexf.xsd"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
TYPES: dict[type, str] = {str: "string", int: "long", float: "double", bool: "boolean"}

Spell = tuple[str, str]


def _span(text: str) -> tuple[date, date]:
    first, _, last = text.strip().partition("..")
    return parse_day(first), parse_day(last or first, last=True)


def spells(dates: str) -> list[Spell]:
    """The spells of a ``dates`` attribute, in order, overlapping or touching ones merged;
    empty when any date cannot be read.

    >>> spells("2024-11-18; 2023-03; 2024-11-11..2024-11-18")
    [('2023-03-01', '2023-03-31'), ('2024-11-11', '2024-11-18')]
    >>> spells("last week")
    []
    """
    try:
        spans = sorted(_span(part) for part in dates.split(";") if part.strip())
    except QueryError:
        return []
    merged: list[list[date]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start.isoformat(), end.isoformat()) for start, end in merged]


def _time(element: ET.Element, data: dict[str, Scalar]) -> bool:
    """Give ``element`` its start and end, or its spells; say whether it has any time."""
    start, end = data.get("date_start"), data.get("date_end")
    if isinstance(start, str) and isinstance(end, str):
        element.set("start", start)
        element.set("end", end)
        return True
    dates = data.get("dates")
    found = spells(dates) if isinstance(dates, str) else []
    if found:
        holder = ET.SubElement(element, "spells")
        for first, last in found:
            ET.SubElement(holder, "spell", start=first, end=last)
    return bool(found)


def _value(value: Scalar) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


def _attvalues(element: ET.Element, data: dict[str, Scalar], skip: frozenset[str]) -> None:
    values = [(k, v) for k, v in data.items() if k not in skip]
    if values:
        holder = ET.SubElement(element, "attvalues")
        for k, v in values:
            ET.SubElement(holder, "attvalue", {"for": k, "value": _value(v)})


def _declare(
    graph_element: ET.Element, kind: str, rows: list[dict[str, Scalar]], skip: frozenset[str]
) -> None:
    types = {k: TYPES[type(v)] for row in rows for k, v in row.items() if k not in skip}
    if types:
        holder = ET.SubElement(graph_element, "attributes", {"class": kind, "mode": "static"})
        for k, t in types.items():
            ET.SubElement(holder, "attribute", id=k, title=k, type=t)


def gexf_tree(graph: nx.Graph) -> ET.ElementTree:
    """``graph`` as a GEXF 1.3 document.

    >>> g = nx.Graph()
    >>> g.add_edge("a", "b", dates="2019-06-28; 2023-03-21")
    >>> root = gexf_tree(g).getroot()
    >>> root.get("version"), root.find("graph").get("mode")
    ('1.3', 'dynamic')
    >>> [s.attrib for s in root.iter("spell")]
    [{'start': '2019-06-28', 'end': '2019-06-28'}, {'start': '2023-03-21', 'end': '2023-03-21'}]
    """
    flat = flatten(graph)
    root = ET.Element(
        "gexf",
        {"xmlns": NAMESPACE, "xmlns:xsi": XSI, "xsi:schemaLocation": SCHEMA_LOCATION, "version": "1.3"},
    )
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "creator").text = "dipgraph"
    ET.SubElement(meta, "description").text = "Diplomatic meetings, from news articles"
    direction = "directed" if flat.is_directed() else "undirected"
    element = ET.SubElement(root, "graph", defaultedgetype=direction, mode="static")
    node_skip, edge_skip = frozenset({"label"}), frozenset({"label", "weight"})
    _declare(element, "node", [d for _, d in flat.nodes(data=True)], node_skip)
    _declare(element, "edge", [d for _, _, d in flat.edges(data=True)], edge_skip)
    timed = False
    nodes = ET.SubElement(element, "nodes")
    for n, data in flat.nodes(data=True):
        node = ET.SubElement(nodes, "node", id=n, label=str(data["label"]))
        _attvalues(node, data, node_skip)
        timed = _time(node, data) or timed
    edges = ET.SubElement(element, "edges")
    for i, (u, v, data) in enumerate(flat.edges(data=True)):
        edge = ET.SubElement(edges, "edge", id=str(i), source=u, target=v)
        if "label" in data:
            edge.set("label", str(data["label"]))
        if "weight" in data:
            edge.set("weight", str(float(data["weight"])))
        _attvalues(edge, data, edge_skip)
        timed = _time(edge, data) or timed
    if timed:
        element.set("mode", "dynamic")
        element.set("timeformat", "date")
        element.set("timerepresentation", "interval")
    tree = ET.ElementTree(root)
    ET.indent(tree)
    return tree


def write_gexf(graph: nx.Graph, path: str | Path) -> None:
    """Write ``graph`` to ``path`` as GEXF 1.3 (see the module's docstring for what has time).

    >>> import tempfile
    >>> g = nx.Graph()
    >>> g.add_edge("a", "b", weight=2, dates="2023-03")
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     write_gexf(g, f"{tmp}/g.gexf")
    ...     back = read_gexf(f"{tmp}/g.gexf")
    >>> back.edges["a", "b"]["spells"], back.edges["a", "b"]["weight"]
    ([('2023-03-01', '2023-03-31')], 2.0)
    """
    gexf_tree(graph).write(path, encoding="utf-8", xml_declaration=True)


def read_gexf(path: str | Path) -> nx.Graph:
    """Read a GEXF file with networkx (see :func:`write_gexf`): attributes by title,
    ``start``/``end`` and ``spells`` as ISO strings, ``weight`` as a float, edge ids as ``id``."""
    graph: nx.Graph = nx.read_gexf(path, version="1.3")
    return graph
