"""Write graph views as GraphML, GEXF, CSV tables or node-link JSON, for Gephi, pandas and the web.

The format comes from the file name (``.graphml``, ``.gexf``, ``.json``) or is given:

- ``graphml``: what Gephi, Cytoscape, yEd, igraph and networkx read. Every key is declared
  ``for="node"`` or ``for="edge"`` (no graph-level keys) with one type per attribute name.
- ``gexf``: GEXF 1.3 with time, for Gephi's timeline (see :mod:`graph.gexf`).
- ``csv``: a folder of two tables for Gephi's spreadsheet import and pandas: ``nodes.csv``
  (``Id``, ``Label``, ``type``, then the other node attributes) and ``edges.csv``
  (``Source``, ``Target``, ``Type`` as ``Directed`` or ``Undirected``, ``Label``, ``Weight``,
  then the other edge attributes). An edge without a weight weighs 1; a missing value is an
  empty cell. A text cell that a spreadsheet would run as a formula (it starts with ``=``,
  ``+``, ``-``, ``@``, a tab or a carriage return) starts with ``'`` instead, as OWASP
  recommends (:func:`defused`); :func:`read_graph` takes the ``'`` away again.
- ``json``: networkx's node-link JSON (``nodes`` and ``links``), as D3 and
  ``nx.node_link_graph(data, edges="links")`` read it.

Every format takes only strings, numbers and booleans, so :func:`flatten` makes every
attribute one of those: dates become ISO strings, lists, tuples and sets become strings
joined with "; ", None and NaN are dropped, anything else is written as its ``str``; an
attribute name with values of several types gets one type (float for ints and floats,
string otherwise). Text that XML cannot hold (control characters other than tab and line
feed, lone surrogates) becomes U+FFFD, and a carriage return a line feed, so every format
gives back exactly what :func:`flatten` gives. Every node keeps a ``type`` and a ``label``
(a node without them gets ``node`` and its id).

igraph reads GraphML too, but gives an ``&`` in a node id as ``&#38;`` (text values are read
right): dipgraph's own ids are slugs, but a document id keeps its file name.

Every file is written to a temporary file in the same folder (``.NAME.*.tmp``) and renamed
over the old one once whole, so a kill or a full disk leaves the previous export as it was;
the two tables of ``csv`` are renamed one after the other, once both are written.

Not supported: graph-level attributes (dropped), multigraphs, node ids that are empty or
differ only in characters XML cannot hold, and reading a file back into records:
:func:`read_graph` gives a networkx graph with the flattened attributes (CSV gives every
value as a string but ``Weight``).
"""

from __future__ import annotations

import csv
import json
import math
import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

import networkx as nx

from extract.records import Document
from graph.bulk import collector_paused
from graph.errors import ExportError
from graph.formats import FORMATS as FORMATS  # re-exported, as were format_of, Format and View
from graph.formats import Format, View, format_of
from graph.records import MergedMeeting
from graph.views import PeopleView, meeting_graph, people_graph

Scalar = str | int | float | bool

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_UNCLEAN = re.compile("[\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]")  # _NOT_XML and \r


def clean_text(text: str) -> str:
    """``text`` as XML 1.0 can hold it: line breaks as line feeds, other control characters,
    lone surrogates and non-characters as U+FFFD.

    >>> clean_text("a\\r\\nb\\x00c\\td")
    'a\\nb\\ufffdc\\td'
    """
    if _UNCLEAN.search(text) is None:  # nearly always: one scan, no copy
        return text
    return _NOT_XML.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n"))


def flatten_value(value: Any) -> Scalar | None:
    """A value every format can hold, or None to leave the attribute out.

    >>> flatten_value(date(2024, 11, 18)), flatten_value(("China", "Russia")), flatten_value(None)
    ('2024-11-18', 'China; Russia', None)
    """
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return None
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, int | float | bool):
        return value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value, key=str) if isinstance(value, set | frozenset) else value
        return "; ".join(str(flatten_value(v)) for v in items if flatten_value(v) is not None)
    return clean_text(str(value))


def _one_type(kinds: set[type]) -> type:
    """The type an attribute whose values are of ``kinds`` is written as."""
    if len(kinds) == 1:
        return next(iter(kinds))
    return float if kinds <= {int, float} else str


def _as(kind: type, value: Scalar) -> Scalar:
    if isinstance(value, kind):
        return value
    if kind is float:
        return float(value)
    return str(value).lower() if isinstance(value, bool) else str(value)


class _Flat(NamedTuple):
    """A graph's nodes and edges as :func:`flatten` makes them, and the attribute names of
    each scope (``node``, ``edge``) in the order met, with their one type."""

    nodes: dict[str, dict[str, Scalar]]
    edges: list[tuple[str, str, dict[str, Scalar]]]
    names: dict[str, dict[str, type]]


def _node_ids(nodes: Iterable[Any]) -> dict[Any, str]:
    """Each node's id as XML can hold it (:func:`clean_text` of its ``str``); raises
    :class:`ExportError` for an empty one or two that become one."""
    ids = {n: clean_text(str(n)) for n in nodes}
    if "" in ids.values():
        raise ExportError("cannot export a node whose id is empty; give every node a name")
    if len(set(ids.values())) < len(ids):
        raise ExportError("cannot export nodes whose ids differ only in characters XML cannot hold")
    return ids


def _flat(graph: nx.Graph) -> _Flat:
    """The nodes and edges of :func:`flatten`, without making a graph of them, in one pass
    over the attributes (a second only over the names whose values differ in type)."""
    with collector_paused():
        return _flattened(graph)


def _flattened(graph: nx.Graph) -> _Flat:
    if graph.is_multigraph():
        raise ExportError("cannot export a multigraph; merge its parallel edges first")
    cleaned: dict[Any, str] = {}  # attribute names, each cleaned once
    met: dict[str, dict[str, type]] = {"node": {}, "edge": {}}  # the first type of each name
    mixed: set[str] = set()  # names met with more than one type

    def flat(data: dict[str, Any], scope: dict[str, type]) -> dict[str, Scalar]:
        out: dict[str, Scalar] = {}
        for k, v in data.items():
            if type(v) is str:
                v = clean_text(v)
            elif type(v) is not int:
                v = flatten_value(v)
                if v is None:
                    continue
            name = cleaned.get(k)
            if name is None:
                name = cleaned[k] = clean_text(str(k))
            out[name] = v
            if scope.setdefault(name, type(v)) is not type(v):
                mixed.add(name)
        return out

    ids = _node_ids(graph)
    nodes = {}
    for n, d in graph.nodes(data=True):
        data = nodes[ids[n]] = flat(d, met["node"])
        for name, default in (("type", "node"), ("label", ids[n])):
            if name not in data:
                data[name] = default
                if met["node"].setdefault(name, str) is not str:
                    mixed.add(name)
    edges = [(ids[u], ids[v], flat(d, met["edge"])) for u, v, d in graph.edges(data=True)]
    every = [*nodes.values(), *(d for _, _, d in edges)]
    types: dict[str, set[type]] = {}
    for scope in met.values():
        for name, kind in scope.items():
            types.setdefault(name, set()).add(kind)
    for data in every if mixed else ():
        for name in mixed.intersection(data):
            types[name].add(type(data[name]))
    kinds = {name: _one_type(of) for name, of in types.items()}
    changed = {name for name, of in types.items() if len(of) > 1}
    for data in every if changed else ():
        for name in changed.intersection(data):
            data[name] = _as(kinds[name], data[name])
    names = {scope: {name: kinds[name] for name in of} for scope, of in met.items()}
    return _Flat(nodes, edges, names)


def flatten(graph: nx.Graph) -> nx.Graph:
    """A copy of ``graph`` that every format can hold: string ids; scalar attributes, one type
    per name; a ``type`` and a ``label`` on every node; no graph attributes.

    >>> g = nx.Graph()
    >>> g.add_node("a", type="person", label="A", aliases=["B", "C"], role=None)
    >>> g.add_node("b", n=1)
    >>> g.add_node("c", n=2.5)
    >>> flat = flatten(g)
    >>> flat.nodes["a"], flat.nodes["b"]
    ({'type': 'person', 'label': 'A', 'aliases': 'B; C'}, {'n': 1.0, 'type': 'node', 'label': 'b'})
    """
    nodes, edges, _ = _flat(graph)
    copy = graph.__class__()
    copy.add_nodes_from(nodes.items())
    copy.add_edges_from(edges)
    return copy


GRAPHML_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}  # as networkx's
_HEADER = (
    "<?xml version='1.0' encoding='utf-8'?>\n"
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
    'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
)
_IN_ATTRIBUTE = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\n": "&#10;", "\t": "&#9;"}
_TO_ESCAPE = re.compile("[&<>\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]")  # _UNCLEAN and & < >
_TO_ESCAPE_IN_ATTRIBUTE = re.compile('[&<>"\t\n\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]')


def _xml(text: str) -> str:
    """``text`` as XML can hold it (:func:`clean_text`), escaped for an element's content.

    >>> _xml("Wang & Lavrov\\x00")
    'Wang &amp; Lavrov\ufffd'
    """
    if _TO_ESCAPE.search(text) is None:  # nearly always: one scan, no copy
        return text
    return clean_text(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _write_graphml(graph: nx.Graph, path: Path) -> None:
    """Write ``graph``, flattened, as GraphML: what ``nx.write_graphml`` writes of
    :func:`flatten` (keys declared in the order met, values as ``str`` writes them), written
    element by element without a copy of the graph, several times faster on big graphs."""
    nodes, edges, names = _flat(graph)
    _graphml(path, nodes, edges, names, directed=graph.is_directed())


def write_people_graphml(view: PeopleView, path: str | Path) -> None:
    """Write the people view ``view`` (:func:`graph.views.people_view`) as GraphML, edge by
    edge as :meth:`~graph.views.PeopleView.edges` makes them: the file
    ``write_graph(view.graph(), path)`` writes (networkx reads the same graph from both), in
    a fraction of the time and memory for a million meetings. Its keys are declared in the
    order of :data:`graph.views.NODE_ATTRIBUTES` and :data:`graph.views.EDGE_ATTRIBUTES`.

    >>> import tempfile
    >>> from extract.records import Person
    >>> from graph.views import people_view
    >>> m = MergedMeeting(id="m-1", participants=(Person(name="Wang Yi"), Person(name="Sergey Lavrov")))
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     write_people_graphml(people_view([m]), f"{tmp}/people.graphml")
    ...     nx.read_graphml(f"{tmp}/people.graphml").edges["person:wang-yi", "person:sergey-lavrov"]["weight"]
    1
    """
    path = Path(path)
    try:
        with replacing(path) as temp, collector_paused():  # a million edges made and dropped
            _graphml(temp, view.nodes, view.edges(), view.names(), directed=False)
    except OSError as e:
        raise ExportError(
            f"cannot write {path}: {e.strerror}; check the folder exists and is writable"
        ) from e


def _graphml(
    path: Path,
    nodes: Mapping[str, Mapping[str, Scalar]],
    edges: Iterable[tuple[str, str, Mapping[str, Scalar]]],
    names: dict[str, dict[str, type]],
    *,
    directed: bool,
) -> None:
    """Write GraphML of ``nodes`` (by id), ``edges`` (written as they come) and the attribute
    ``names`` of each scope (``node``, ``edge``) with their one type, declared in that
    order; text is made what XML can hold (:func:`_xml`) as it is written."""
    keys: dict[str, dict[str, str]] = {scope: {} for scope in names}
    declared: list[str] = []
    for scope, kinds in names.items():
        for name, kind in kinds.items():
            key = f"d{len(declared)}"
            keys[scope][name] = f'\n  <data key="{key}">'  # the opening tag of its values
            typed = f'attr.name={_attribute(name)} attr.type="{GRAPHML_TYPES[kind]}"'
            declared.append(f'<key id="{key}" for="{scope}" {typed}/>\n')

    quoted = {n: _attribute(clean) for n, clean in _node_ids(nodes).items()}  # each id once
    with path.open("w", encoding="utf-8", buffering=2**20) as f:
        f.write(_HEADER)
        f.writelines(declared)
        f.write(f'<graph edgedefault="{"directed" if directed else "undirected"}">')
        f.writelines(_elements("node", keys["node"], (((quoted[n],), d) for n, d in nodes.items())))
        f.writelines(_elements("edge", keys["edge"], (((quoted[u], quoted[v]), d) for u, v, d in edges)))
        f.write("</graph></graphml>\n")


def _elements(
    tag: str, opening: dict[str, str], items: Iterable[tuple[tuple[str, ...], Mapping[str, Scalar]]]
) -> Iterator[str]:
    """Each node or edge (``tag``) of ``items``, its quoted id or ends and its attributes, as
    an element of GraphML, its values written with the openings of their keys in ``opening``.
    Each set of attribute names is made a template once, filled in by one ``%``; the values of
    an element are escaped only if one of them needs it (:func:`_xml`; seldom)."""
    heads = {"node": "<node id=%s>", "edge": "<edge source=%s target=%s>"}
    templates: dict[tuple[str, ...], str] = {}
    for ends, attributes in items:
        names = tuple(attributes)
        template = templates.get(names)
        if template is None:
            data = "".join(f"{opening[name]}%s</data>" for name in names)
            template = templates[names] = f"{heads[tag]}{data}\n</{tag}>\n"
        values = tuple(attributes.values())
        if _TO_ESCAPE.search("".join(map(str, values))) is not None:
            values = tuple(_xml(v) if type(v) is str else v for v in values)
        yield template % (*ends, *values)


def _attribute(text: str) -> str:
    """``text`` as XML can hold it, quoted and escaped for an attribute's value."""
    if _TO_ESCAPE_IN_ATTRIBUTE.search(text) is not None:
        text = "".join(_IN_ATTRIBUTE.get(c, c) for c in clean_text(text))
    return f'"{text}"'


def _columns(rows: Iterable[dict[str, Any]], first: Iterable[str]) -> list[str]:
    columns = dict.fromkeys(first)
    for row in rows:
        columns.update(dict.fromkeys(row))
    return list(columns)


def node_rows(graph: nx.Graph) -> list[dict[str, Scalar]]:
    """The nodes as Gephi's spreadsheet import wants them: ``Id``, ``Label``, then the attributes.

    >>> node_rows(nx.Graph([("a", "b")]))[0]
    {'Id': 'a', 'Label': 'a', 'type': 'node'}
    """
    flat = flatten(graph)
    rows = []
    for n, data in flat.nodes(data=True):
        attributes = {k: v for k, v in data.items() if k != "label"}
        rows.append({"Id": n, "Label": data["label"], **attributes})
    return rows


RESERVED_EDGE_COLUMNS = frozenset({"source", "target", "type", "id"})


def edge_rows(graph: nx.Graph) -> list[dict[str, Scalar]]:
    """The edges as Gephi's spreadsheet import wants them: ``Source``, ``Target``, ``Type``
    (``Directed`` or ``Undirected``), ``Label``, ``Weight`` (1 when not given), then the attributes.

    >>> edge_rows(nx.Graph([("a", "b", {"relation": "met"})]))
    [{'Source': 'a', 'Target': 'b', 'Type': 'Undirected', 'Label': '', 'Weight': 1, 'relation': 'met'}]
    """
    flat = flatten(graph)
    direction = "Directed" if flat.is_directed() else "Undirected"
    rows = []
    for u, v, data in flat.edges(data=True):
        clash = sorted(k for k in data if k.lower() in RESERVED_EDGE_COLUMNS)
        if clash:
            raise ExportError(
                f"edge attribute {clash[0]!r} clashes with a column of Gephi's edge table; rename it"
            )
        attributes = {k: v for k, v in data.items() if k not in ("label", "weight")}
        rows.append(
            {
                "Source": u,
                "Target": v,
                "Type": direction,
                "Label": data.get("label", ""),
                "Weight": data.get("weight", 1),
                **attributes,
            }
        )
    return rows


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what makes a spreadsheet cell a formula


def defused(value: Scalar) -> Scalar:
    """A CSV cell that no spreadsheet runs as a formula: text that starts as a formula would
    (or as such a text defused already) gets a leading ``'``; :func:`restored` undoes it.

    >>> defused("=SUM(A1)"), defused("Wang Yi"), defused(-1.5)
    ("'=SUM(A1)", 'Wang Yi', -1.5)
    >>> restored(defused("'=1")) == "'=1" and restored(defused("'s-Gravenhage")) == "'s-Gravenhage"
    True
    """
    if isinstance(value, str) and value.lstrip("'").startswith(FORMULA_STARTS):
        return "'" + value
    return value


def restored(cell: str) -> str:
    """The text :func:`defused` was given."""
    return cell[1:] if cell.startswith("'") and cell.lstrip("'").startswith(FORMULA_STARTS) else cell


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A temporary file beside ``path`` to write; once written, flushed to disk and renamed
    to ``path`` (an old file there stays whole until then). Removed if writing fails."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        with temp.open("rb") as written:
            os.fsync(written.fileno())
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(temp, path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~mask)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _write_csv(graph: nx.Graph, folder: Path) -> None:
    folder.mkdir(exist_ok=True)
    tables = {
        "nodes.csv": (node_rows(graph), ("Id", "Label", "type")),
        "edges.csv": (edge_rows(graph), ("Source", "Target", "Type", "Label", "Weight")),
    }
    with replacing(folder / "nodes.csv") as nodes, replacing(folder / "edges.csv") as edges:
        for temp, (rows, first) in zip((nodes, edges), tables.values(), strict=True):
            with temp.open("w", encoding="utf-8", newline="") as f:
                writer = csv.DictWriter(f, fieldnames=_columns(rows, first), lineterminator="\n")
                writer.writeheader()
                writer.writerows({k: defused(v) for k, v in row.items()} for row in rows)


def _read_csv(folder: Path) -> nx.Graph:
    with (folder / "nodes.csv").open(encoding="utf-8", newline="") as f:
        nodes = list(csv.DictReader(f))
    with (folder / "edges.csv").open(encoding="utf-8", newline="") as f:
        edges = list(csv.DictReader(f))
    directed = any(e["Type"] == "Directed" for e in edges)
    graph: nx.Graph = nx.DiGraph() if directed else nx.Graph()
    nodes = [{k: restored(v) for k, v in row.items()} for row in nodes]
    edges = [{k: v if k == "Weight" else restored(v) for k, v in row.items()} for row in edges]
    for row in nodes:
        data = {k: v for k, v in row.items() if k not in ("Id", "Label") and v != ""}
        graph.add_node(row["Id"], label=row["Label"], **data)
    for row in edges:
        data = {k: v for k, v in row.items() if k not in ("Source", "Target", "Type", "Label", "Weight")}
        if row["Label"]:
            data["label"] = row["Label"]
        data = {k: v for k, v in data.items() if v != ""}
        graph.add_edge(row["Source"], row["Target"], weight=float(row["Weight"]), **data)
    return graph


def write_graph(graph: nx.Graph, path: str | Path, *, format: Format | None = None) -> None:
    """Write ``graph`` to ``path`` in ``format``, or the one its extension names.

    >>> import tempfile
    >>> g = nx.Graph([("a", "b")])
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     write_graph(g, f"{tmp}/g.graphml")
    ...     sorted(read_graph(f"{tmp}/g.graphml").edges)
    [('a', 'b')]
    """
    from graph.gexf import write_gexf

    path = Path(path)
    chosen = format_of(path, format)
    try:
        if chosen == "graphml":
            with replacing(path) as temp:
                _write_graphml(graph, temp)
        elif chosen == "gexf":
            with replacing(path) as temp:
                write_gexf(graph, temp)
        elif chosen == "json":
            data = nx.node_link_data(flatten(graph), edges="links")
            with replacing(path) as temp:
                temp.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        else:
            _write_csv(graph, path)
    except OSError as e:
        raise ExportError(
            f"cannot write {path}: {e.strerror}; check the folder exists and is writable"
        ) from e


def read_graph(path: str | Path, *, format: Format | None = None) -> nx.Graph:
    """Read a graph written by :func:`write_graph`.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     write_graph(nx.Graph([("a", "b", {"weight": 2})]), tmp, format="csv")
    ...     read_graph(tmp, format="csv").edges["a", "b"]["weight"]
    2.0
    """
    from graph.gexf import read_gexf

    path = Path(path)
    chosen = format_of(path, format)
    try:
        if chosen == "graphml":
            graph: nx.Graph = nx.read_graphml(path)
        elif chosen == "gexf":
            graph = read_gexf(path)
        elif chosen == "json":
            graph = nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="links")
        else:
            graph = _read_csv(path)
    except OSError as e:
        raise ExportError(f"cannot read {path}: {e.strerror}") from e
    return graph


def view_of(
    meetings: Iterable[MergedMeeting],
    view: View = "meetings",
    documents: Iterable[Document] = (),
    *,
    include_plans: bool = False,
) -> nx.Graph:
    """The ``meetings`` view (:func:`graph.views.meeting_graph`, its documents labelled with the
    titles of ``documents``) or the ``people`` view (:func:`graph.views.people_graph`: pairs
    who met, and with ``include_plans`` pairs linked by plans too; each edge counts its
    ``met``, ``planned`` and ``cancelled`` meetings).

    >>> view_of([], "people").number_of_nodes()
    0
    """
    if view not in ("meetings", "people"):
        raise ExportError(f"unknown view {view!r}; expected meetings or people")
    if view == "meetings":
        return meeting_graph(meetings, documents)
    return people_graph(meetings, include_plans=include_plans)


def export(
    meetings: Iterable[MergedMeeting],
    path: str | Path,
    *,
    view: View = "meetings",
    format: Format | None = None,
    documents: Iterable[Document] = (),
    include_plans: bool = False,
) -> nx.Graph:
    """Build a view of the meetings (``meetings`` or ``people``), write it, and return it.

    ``documents`` (``kb.documents()``) give document nodes their titles; ``include_plans``
    links people by planned and cancelled meetings too in the people view (:func:`view_of`).

    >>> import tempfile
    >>> from extract.records import Person
    >>> m = MergedMeeting(id="m-1", participants=(Person(name="Wang Yi"), Person(name="Sergey Lavrov")))
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     export([m], f"{tmp}/people.gexf", view="people").number_of_edges()
    1
    """
    format_of(path, format)  # a bad file name fails before any work
    graph = view_of(meetings, view, documents, include_plans=include_plans)
    write_graph(graph, path, format=format)
    return graph
