from __future__ import annotations

import csv
import errno
import importlib
import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import igraph
import networkx as nx
import pandas as pd
import pytest
from builders import assert_same_graph, day, days, extraction, report

from extract.records import Document, Extraction
from graph.errors import ExportError
from graph.export import export, flatten, read_graph, write_graph, write_people_graphml
from graph.gexf import NAMESPACE
from graph.jsonl import read_jsonl, write_json, write_jsonl
from graph.merge import merge_meetings
from graph.records import MergedMeeting
from graph.views import meeting_graph, people_graph, people_view

VIEWS = ["meetings", "people"]
HOSTILE = "Ri & \"Nam\" <b>'x'</b> ]]> &amp; \x00\x07\x1b\ttab\r\nline\u2028 \ufffe end "


def extractions() -> list[Extraction]:
    return [
        extraction(
            "000",
            report(
                "000",
                "Wang Yi",
                "Sergei Lavrov",
                city="Rio de Janeiro",
                country="Brazil",
                occasion="G20 summit",
                when=day("2024-11-18"),
                text="Wang Yi met his Russian counterpart Sergei Lavrov in Rio de Janeiro on Monday.",
            ),
        ),
        extraction(
            "001",
            report("001", "Wang Yi", "Sergey Lavrov", city="Rio de Janeiro"),
            report("001", "Wang Yi", "Sergey Lavrov", text="The two ministers exchanged views."),
        ),
        extraction("002", report("002", "Xi Jinping", "Vladimir Putin", kind="phone")),
    ]


@pytest.fixture
def meetings() -> list[MergedMeeting]:
    return merge_meetings(extractions())


@pytest.fixture
def timed() -> list[MergedMeeting]:
    """The same meetings, and one more of Wang and Lavrov, in Jakarta over two days."""
    jakarta = report(
        "003",
        "Wang Yi",
        "Sergey Lavrov",
        city="Jakarta",
        country="Indonesia",
        when=days("2023-07-13", "2023-07-14"),
    )
    return merge_meetings([*extractions(), extraction("003", jakarta)])


@pytest.fixture
def hostile() -> list[MergedMeeting]:
    """Names, places, occasions, evidence and document ids full of XML specials and control characters."""
    doc = "doc\x01<&>"
    return merge_meetings(
        [
            extraction(
                doc,
                report(
                    doc,
                    HOSTILE,
                    "Sergey Lavrov",
                    city=HOSTILE,
                    country="Russia",
                    occasion=HOSTILE,
                    when=day("2024-11-18"),
                    text=HOSTILE,
                ),
            )
        ]
    )


def same_nodes_and_edges(back: nx.Graph, written: nx.Graph, *, extra: tuple[str, ...] = ()) -> None:
    """``back`` holds exactly the flattened nodes, edges and attributes of ``written``, but for ``extra``."""
    flat = flatten(written)
    assert dict(back.nodes(data=True)) == dict(flat.nodes(data=True))
    assert {frozenset(e) for e in back.edges} == {frozenset(e) for e in flat.edges}
    for u, v, data in flat.edges(data=True):
        got = {k: x for k, x in back.edges[u, v].items() if k not in extra}
        assert got == data


# GraphML


@pytest.mark.parametrize("name", VIEWS)
def test_graphml_round_trip_keeps_nodes_edges_and_attributes(
    timed: list[MergedMeeting], name: str, tmp_path: Path
) -> None:
    written = export(timed, tmp_path / "g.graphml", view=name)  # type: ignore[arg-type]
    same_nodes_and_edges(nx.read_graphml(tmp_path / "g.graphml"), written)


def igraph_dicts(path: Path) -> tuple[dict[str, dict[str, Any]], dict[frozenset[str], dict[str, Any]]]:
    """Nodes and edges of a GraphML file as igraph reads them; igraph gives a missing value as
    "" or NaN, left out here."""
    g = igraph.Graph.Read_GraphML(str(path))

    def known(attributes: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in attributes.items() if v not in (None, "") and v == v and k != "id"}

    def node(v: igraph.Vertex) -> str:
        # igraph's reader gives an "&" in an id attribute as "&#38;" (an XML character reference
        # left unresolved); text values are read right
        return str(v["id"]).replace("&#38;", "&")

    nodes = {node(v): known(v.attributes()) for v in g.vs}
    edges = {frozenset((node(g.vs[e.source]), node(g.vs[e.target]))): known(e.attributes()) for e in g.es}
    return nodes, edges


@pytest.mark.parametrize("name", VIEWS)
def test_graphml_reads_back_in_igraph(timed: list[MergedMeeting], name: str, tmp_path: Path) -> None:
    written = flatten(export(timed, tmp_path / "g.graphml", view=name))  # type: ignore[arg-type]
    nodes, edges = igraph_dicts(tmp_path / "g.graphml")
    assert nodes == dict(written.nodes(data=True))
    assert edges == {frozenset((u, v)): d for u, v, d in written.edges(data=True)}


def graphml_keys(path: Path) -> list[dict[str, str]]:
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    return [dict(k.attrib) for k in ET.parse(path).getroot().iter(f"{ns}key")]


@pytest.mark.parametrize("name", VIEWS)
def test_graphml_declares_node_and_edge_keys_with_one_type_per_name(
    timed: list[MergedMeeting], name: str, tmp_path: Path
) -> None:
    export(timed, tmp_path / "g.graphml", view=name)  # type: ignore[arg-type]
    keys = graphml_keys(tmp_path / "g.graphml")
    assert keys and {k["for"] for k in keys} <= {"node", "edge"}
    types: dict[str, set[str]] = {}
    for k in keys:
        types.setdefault(k["attr.name"], set()).add(k["attr.type"])
    assert all(len(t) == 1 for t in types.values()), types
    back = nx.read_graphml(tmp_path / "g.graphml")
    assert all(n and data["label"] and data["type"] for n, data in back.nodes(data=True))


def test_one_attribute_with_values_of_several_types_gets_one_type(tmp_path: Path) -> None:
    g = nx.Graph()
    g.add_node("a", n=1, flag=True)
    g.add_node("b", n=2.5, flag="maybe")
    g.add_edge("a", "b", n=3)
    write_graph(g, tmp_path / "g.graphml")
    types = {(k["attr.name"], k["attr.type"]) for k in graphml_keys(tmp_path / "g.graphml")}
    assert ("n", "double") in types and ("flag", "string") in types
    back = nx.read_graphml(tmp_path / "g.graphml")
    assert (back.nodes["a"]["n"], back.nodes["a"]["flag"], back.edges["a", "b"]["n"]) == (1.0, "true", 3.0)


@pytest.mark.parametrize("name", VIEWS)
def test_hostile_strings_give_graphml_that_networkx_and_igraph_read(
    hostile: list[MergedMeeting], name: str, tmp_path: Path
) -> None:
    written = export(hostile, tmp_path / "g.graphml", view=name)  # type: ignore[arg-type]
    same_nodes_and_edges(nx.read_graphml(tmp_path / "g.graphml"), written)
    nodes, edges = igraph_dicts(tmp_path / "g.graphml")
    flat = flatten(written)
    assert nodes == dict(flat.nodes(data=True))
    assert edges == {frozenset((u, v)): d for u, v, d in flat.edges(data=True)}
    assert any("<b>'x'</b> ]]> &amp; \ufffd" in label for _, label in flat.nodes(data="label"))


@pytest.mark.parametrize("suffix", [".graphml", ".gexf", ".json"])
def test_text_that_xml_cannot_hold_is_replaced_in_every_format(suffix: str, tmp_path: Path) -> None:
    g = nx.DiGraph()
    g.add_edge("a\x0c", "b", label="lone \ud800 surrogate", note="carriage\rreturn\x7f")
    write_graph(g, tmp_path / f"g{suffix}")
    back = read_graph(tmp_path / f"g{suffix}")
    assert sorted(back) == ["a\ufffd", "b"]
    edge = back.edges["a\ufffd", "b"]
    assert (edge["label"], edge["note"]) == ("lone \ufffd surrogate", "carriage\nreturn\x7f")


def test_attributes_that_graphml_rejects_are_flattened(tmp_path: Path) -> None:
    from datetime import date

    g = nx.Graph()
    g.add_node("a", type="person", label="A", aliases=("B", "C"), seen=date(2024, 1, 2), role=None, n=3)
    g.add_node("b", x=float("nan"))
    write_graph(g, tmp_path / "g.graphml")
    back = nx.read_graphml(tmp_path / "g.graphml")
    assert back.nodes["a"] == {
        "type": "person",
        "label": "A",
        "aliases": "B; C",
        "seen": "2024-01-02",
        "n": 3,
    }
    assert back.nodes["b"] == {"type": "node", "label": "b"}


def test_people_view_edge_weight_survives_as_a_number(timed: list[MergedMeeting], tmp_path: Path) -> None:
    export(timed, tmp_path / "p.graphml", view="people")
    back = nx.read_graphml(tmp_path / "p.graphml")
    assert back.edges["person:wang-yi", "person:sergey-lavrov"]["weight"] == 2


def test_document_nodes_take_titles_when_documents_are_given(
    timed: list[MergedMeeting], tmp_path: Path
) -> None:
    export(timed, tmp_path / "g.graphml", documents=[Document(id="000", title="Wang meets Lavrov")])
    assert nx.read_graphml(tmp_path / "g.graphml").nodes["doc:000"]["label"] == "Wang meets Lavrov"


# GEXF


def gexf(path: Path) -> ET.Element:
    return ET.parse(path).getroot()


def q(tag: str) -> str:
    return f"{{{NAMESPACE}}}{tag}"


@pytest.mark.parametrize("name", VIEWS)
def test_gexf_round_trip_keeps_nodes_edges_and_attributes(
    timed: list[MergedMeeting], name: str, tmp_path: Path
) -> None:
    written = export(timed, tmp_path / "g.gexf", view=name)  # type: ignore[arg-type]
    same_nodes_and_edges(timeless(nx.read_gexf(tmp_path / "g.gexf", version="1.3")), written)


def timeless(back: nx.Graph) -> nx.Graph:
    """A graph read from GEXF without what the format adds: times, edge ids, float weights."""
    for _, data in back.nodes(data=True):
        data.pop("start", None), data.pop("end", None)
    for _, _, data in back.edges(data=True):
        data.pop("id"), data.pop("spells", None), data.pop("start", None), data.pop("end", None)
        if "weight" in data:
            data["weight"] = int(data["weight"])
    return back


@pytest.mark.parametrize("name", VIEWS)
def test_hostile_strings_give_gexf_that_networkx_reads(
    hostile: list[MergedMeeting], name: str, tmp_path: Path
) -> None:
    written = export(hostile, tmp_path / "g.gexf", view=name)  # type: ignore[arg-type]
    same_nodes_and_edges(timeless(nx.read_gexf(tmp_path / "g.gexf", version="1.3")), written)


def test_gexf_meetings_carry_their_date_span(timed: list[MergedMeeting], tmp_path: Path) -> None:
    export(timed, tmp_path / "g.gexf")
    root = gexf(tmp_path / "g.gexf")
    graph = root.find(q("graph"))
    assert graph is not None
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")
    spans = {(n.get("start"), n.get("end")) for n in root.iter(q("node")) if n.get("id", "").startswith("m-")}
    assert spans == {("2024-11-18", "2024-11-18"), ("2023-07-13", "2023-07-14"), (None, None)}
    back = nx.read_gexf(tmp_path / "g.gexf", version="1.3")
    assert {back.nodes[n].get("start") for n in back if back.nodes[n]["type"] != "meeting"} == {None}


def test_gexf_people_edges_carry_a_spell_per_meeting(timed: list[MergedMeeting], tmp_path: Path) -> None:
    export(timed, tmp_path / "p.gexf", view="people")
    back = nx.read_gexf(tmp_path / "p.gexf", version="1.3")
    wang_lavrov = back.edges["person:wang-yi", "person:sergey-lavrov"]
    # the Jakarta meeting (13-14 July) and the Rio one; the undated meeting has no spell
    assert wang_lavrov["spells"] == [("2023-07-13", "2023-07-14"), ("2024-11-18", "2024-11-18")]
    assert "spells" not in back.edges["person:xi-jinping", "person:vladimir-putin"]


def test_gexf_overlapping_meetings_become_one_spell(tmp_path: Path) -> None:
    g = nx.Graph()
    g.add_edge("a", "b", dates="2023-07; 2023-07-13..2023-08-02; 2024")
    write_graph(g, tmp_path / "g.gexf")
    back = nx.read_gexf(tmp_path / "g.gexf", version="1.3")
    assert back.edges["a", "b"]["spells"] == [("2023-07-01", "2023-08-02"), ("2024-01-01", "2024-12-31")]


@pytest.mark.parametrize("name", VIEWS)
def test_gexf_is_version_1_3_with_every_value_declared_and_typed(
    timed: list[MergedMeeting], name: str, tmp_path: Path
) -> None:
    export(timed, tmp_path / "g.gexf", view=name)  # type: ignore[arg-type]
    root = gexf(tmp_path / "g.gexf")
    assert root.tag == q("gexf") and root.get("version") == "1.3"
    graph = root.find(q("graph"))
    assert graph is not None and graph.get("timerepresentation") == "interval"
    declared = {
        (a.get("class"), d.get("id")): d.get("type")
        for a in graph.findall(q("attributes"))
        for d in a.findall(q("attribute"))
    }
    parse = {"string": str, "long": int, "double": float}
    for kind in ("node", "edge"):
        for element in root.iter(q(kind)):
            assert element.get("id")
            for value in element.iter(q("attvalue")):
                parse[declared[kind, value.get("for")]](value.get("value"))  # type: ignore[index]
            for spell in element.iter(q("spell")):
                assert spell.get("start", "") <= spell.get("end", "")


def test_gexf_without_dates_is_static(tmp_path: Path) -> None:
    write_graph(nx.Graph([("a", "b")]), tmp_path / "g.gexf")
    graph = gexf(tmp_path / "g.gexf").find(q("graph"))
    assert graph is not None and graph.get("mode") == "static" and graph.get("timeformat") is None


# CSV and JSON


def read_table(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, keep_default_na=False, na_values=[""], dtype=str)


@pytest.mark.parametrize("name", VIEWS)
def test_csv_tables_read_back_in_pandas_with_gephi_columns(
    timed: list[MergedMeeting], name: str, tmp_path: Path
) -> None:
    written = flatten(export(timed, tmp_path / "tables", view=name, format="csv"))  # type: ignore[arg-type]
    nodes, edges = (read_table(tmp_path / "tables" / f"{table}.csv") for table in ("nodes", "edges"))
    assert list(nodes.columns[:3]) == ["Id", "Label", "type"]
    assert list(edges.columns[:5]) == ["Source", "Target", "Type", "Label", "Weight"]
    assert len(nodes) == written.number_of_nodes() and len(edges) == written.number_of_edges()
    for row in nodes.to_dict("records"):
        data = dict(written.nodes[row.pop("Id")])
        assert row.pop("Label") == data.pop("label")
        assert {k: v for k, v in row.items() if v == v} == {k: str(v) for k, v in data.items()}
    direction = "Directed" if written.is_directed() else "Undirected"
    for row in edges.to_dict("records"):
        data = dict(written.edges[row.pop("Source"), row.pop("Target")])
        assert row.pop("Type") == direction
        assert float(row.pop("Weight")) == data.pop("weight", 1)
        assert row.pop("Label") == data.pop("label")
        assert {k: v for k, v in row.items() if v == v} == {k: str(v) for k, v in data.items()}


def test_hostile_strings_survive_the_csv_tables(hostile: list[MergedMeeting], tmp_path: Path) -> None:
    written = flatten(export(hostile, tmp_path / "t", format="csv"))
    with (tmp_path / "t" / "nodes.csv").open(encoding="utf-8", newline="") as f:
        labels = {row["Id"]: row["Label"] for row in csv.DictReader(f)}
    assert labels == dict(written.nodes(data="label"))
    assert read_graph(tmp_path / "t", format="csv").number_of_edges() == written.number_of_edges()


def test_an_edge_attribute_named_like_a_gephi_column_is_an_export_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="'type' clashes"):
        write_graph(nx.Graph([("a", "b", {"type": "met"})]), tmp_path / "t", format="csv")


@pytest.mark.parametrize("name", VIEWS)
def test_node_link_json_round_trip(timed: list[MergedMeeting], name: str, tmp_path: Path) -> None:
    written = export(timed, tmp_path / "g.json", view=name)  # type: ignore[arg-type]
    data = json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))
    assert set(data) == {"directed", "multigraph", "graph", "nodes", "links"}
    same_nodes_and_edges(nx.node_link_graph(data, edges="links"), written)
    same_nodes_and_edges(read_graph(tmp_path / "g.json"), written)


def test_hostile_strings_survive_node_link_json(hostile: list[MergedMeeting], tmp_path: Path) -> None:
    written = export(hostile, tmp_path / "g.json")
    same_nodes_and_edges(read_graph(tmp_path / "g.json"), written)


# Choosing the format


def test_file_name_without_a_known_extension_is_an_export_error(
    timed: list[MergedMeeting], tmp_path: Path
) -> None:
    with pytest.raises(ExportError, match=r"meetings\.csv.*--format csv"):
        export(timed, tmp_path / "meetings.csv")
    assert not (tmp_path / "meetings.csv").exists()


def test_format_option_beats_the_extension(timed: list[MergedMeeting], tmp_path: Path) -> None:
    export(timed, tmp_path / "g.xml", format="graphml")
    assert nx.read_graphml(tmp_path / "g.xml").number_of_nodes() == meeting_graph(timed).number_of_nodes()
    with pytest.raises(ExportError, match="unknown format 'dot'"):
        export(timed, tmp_path / "g.dot", format="dot")  # type: ignore[arg-type]


def test_missing_folder_is_an_export_error(timed: list[MergedMeeting], tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="cannot write"):
        write_graph(meeting_graph(timed), tmp_path / "no" / "such" / "g.graphml")


def test_empty_node_id_is_an_export_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="id is empty"):
        write_graph(nx.Graph([("", "b")]), tmp_path / "g.graphml")


def test_views_only_differ_in_what_they_show(timed: list[MergedMeeting]) -> None:
    assert people_graph(timed).number_of_nodes() < meeting_graph(timed).number_of_nodes()


# JSON Lines


def test_jsonl_has_exactly_the_exchange_format_fields(meetings: list[MergedMeeting]) -> None:
    out = io.StringIO()
    assert write_jsonl(meetings, out) == 2
    lines = out.getvalue().splitlines()
    assert len(lines) == 2
    rio = json.loads(lines[0])
    assert list(rio) == [
        "id",
        "participants",
        "countries",
        "city",
        "country",
        "occasion",
        "date",
        "kind",
        "sources",
    ]
    assert rio["date"] == {"start": "2024-11-18", "end": "2024-11-18"}
    assert (rio["city"], rio["country"], rio["occasion"], rio["kind"]) == (
        "Rio de Janeiro",
        "Brazil",
        "G20 summit",
        "in_person",
    )
    assert all(set(p) == {"name", "country", "role"} for p in rio["participants"])
    assert json.loads(lines[1])["date"] is None


def test_jsonl_lists_each_document_once_with_all_its_evidence(meetings: list[MergedMeeting]) -> None:
    out = io.StringIO()
    write_jsonl(meetings, out)
    rio = read_jsonl(io.StringIO(out.getvalue()))[0]
    assert [s["doc"] for s in rio["sources"]] == ["000", "001"]
    assert rio["sources"][0]["evidence"].startswith("Wang Yi met his Russian counterpart")
    assert (
        rio["sources"][1]["evidence"] == "Wang Yi and Sergey Lavrov met. The two ministers exchanged views."
    )


def test_json_array_holds_the_same_records_as_jsonl(meetings: list[MergedMeeting]) -> None:
    lines, array = io.StringIO(), io.StringIO()
    write_jsonl(meetings, lines)
    write_json(meetings, array)
    assert json.loads(array.getvalue()) == read_jsonl(io.StringIO(lines.getvalue()))


def tricky() -> nx.DiGraph:
    g = nx.DiGraph()
    g.add_node('a & "b"\n<c>\t', type="person", label="A < B & 'C'", flag=True, share=0.5)
    g.add_node("d", type="document", label="line one\nline two", flag=False, share=1)
    g.add_edge('a & "b"\n<c>\t', "d", relation="reported_by", weight=2, evidence="x > y & z")
    return g


@pytest.mark.parametrize("directed", [True, False])
def test_graphml_reads_back_as_what_networkx_writes_of_the_flattened_graph(
    tmp_path: Path, directed: bool
) -> None:
    g = tricky() if directed else tricky().to_undirected()
    write_graph(g, tmp_path / "ours.graphml")
    nx.write_graphml(flatten(g), tmp_path / "networkx.graphml")
    ours, theirs = nx.read_graphml(tmp_path / "ours.graphml"), nx.read_graphml(tmp_path / "networkx.graphml")
    assert list(ours.nodes(data=True)) == list(theirs.nodes(data=True))
    assert list(ours.edges(data=True)) == list(theirs.edges(data=True))
    assert ours.is_directed() == theirs.is_directed() == directed


# Spreadsheets and interrupted writes.

export_module = importlib.import_module("graph.export")  # the module, not graph's export function
FORMULAS = [
    '=HYPERLINK("http://x.example","see")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1)",
    "\tTab",
    "'=kept",
]


def test_csv_cells_never_start_a_formula_and_read_back_as_they_were(tmp_path: Path) -> None:
    g = nx.Graph()
    for i, text in enumerate(FORMULAS):
        g.add_node(text, type="person", label=text, outlet=text)
        g.add_edge(text, f"n{i}", label=text, note=text)
    write_graph(g, tmp_path, format="csv")
    for table in ("nodes.csv", "edges.csv"):
        with (tmp_path / table).open(encoding="utf-8", newline="") as f:
            cells = [cell for row in csv.reader(f) for cell in row]
        assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")], table
        assert '\'=HYPERLINK("http://x.example","see")' in cells  # readable still
    back = read_graph(tmp_path, format="csv")
    assert {str(back.nodes[text]["outlet"]) for text in FORMULAS} == set(FORMULAS)
    assert {str(d["note"]) for _, _, d in back.edges(data=True)} == set(FORMULAS)


def test_a_graphml_export_that_fails_half_way_leaves_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "g.graphml"
    write_graph(nx.path_graph(50), path)
    old = path.read_bytes()
    elements = export_module._elements

    def full_disk(*args: Any) -> Iterator[str]:  # the disk fills after 20 elements
        for count, element in enumerate(elements(*args)):
            if count == 20:
                raise OSError(errno.ENOSPC, "No space left on device")
            yield element

    monkeypatch.setattr(export_module, "_elements", full_disk)
    graph = nx.path_graph(50)
    nx.set_node_attributes(graph, "x", "label")
    with pytest.raises(ExportError, match="No space left"):
        write_graph(graph, path)
    assert path.read_bytes() == old
    assert [p.name for p in tmp_path.iterdir()] == ["g.graphml"]  # no temporary file left


def test_csv_tables_that_fail_half_way_leave_the_old_pair_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_graph(nx.path_graph(5), tmp_path, format="csv")
    old = {name: (tmp_path / name).read_bytes() for name in ("nodes.csv", "edges.csv")}

    class FullDisk(csv.DictWriter):  # type: ignore[type-arg]
        def writerows(self, rows: Any) -> None:
            if "Source" in self.fieldnames:
                raise OSError(errno.ENOSPC, "No space left on device")
            super().writerows(rows)

    monkeypatch.setattr(export_module.csv, "DictWriter", FullDisk)
    with pytest.raises(ExportError, match="No space left"):
        write_graph(nx.path_graph(9), tmp_path, format="csv")
    assert {name: (tmp_path / name).read_bytes() for name in old} == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["edges.csv", "nodes.csv"]


@pytest.mark.parametrize("include_plans", [False, True])
@pytest.mark.parametrize("fixture", ["timed", "hostile"])
def test_people_view_written_edge_by_edge_reads_back_as_the_graph_written_whole(
    fixture: str, include_plans: bool, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    meetings = request.getfixturevalue(fixture)
    plan = MergedMeeting(
        id="m-plan", participants=meetings[0].participants, kind="cancelled", date=day("2025-01-02")
    )
    meetings = [*meetings, plan]
    write_people_graphml(people_view(meetings, include_plans=include_plans), tmp_path / "streamed.graphml")
    write_graph(people_graph(meetings, include_plans=include_plans), tmp_path / "whole.graphml")
    names = ("streamed.graphml", "whole.graphml")
    assert_same_graph(*(nx.read_graphml(tmp_path / name) for name in names))
    declared = [
        {(k["for"], k["attr.name"], k["attr.type"]) for k in graphml_keys(tmp_path / name)} for name in names
    ]
    assert declared[0] == declared[1]  # one type per name, as the whole graph's


def test_people_view_file_holds_each_pairs_meetings(timed: list[MergedMeeting], tmp_path: Path) -> None:
    plan = MergedMeeting(
        id="m-plan", participants=timed[0].participants, kind="planned", date=day("2025-01-02")
    )
    write_people_graphml(people_view([*timed, plan], include_plans=True), tmp_path / "p.graphml")
    back = nx.read_graphml(tmp_path / "p.graphml")
    wang, lavrov = "person:wang-yi", "person:sergey-lavrov"
    edge = back.edges[wang, lavrov]
    assert (edge["weight"], edge["met"], edge["planned"], edge["cancelled"]) == (2, 2, 1, 0)
    assert edge["planned_dates"] == "2025-01-02" and edge["kinds"] == "in_person; planned"
    assert edge["meeting_ids"].split("; ")[-1] == "m-plan"  # after the meetings, by day
    assert edge["places"] == "Jakarta, Indonesia; Rio de Janeiro, Brazil"  # by day
    assert edge["first"] == "2023-07-13" and edge["dates"] == "2023-07-13..2023-07-14; 2024-11-18"
    assert back.nodes[wang]["label"] == "Wang Yi" and back.nodes[wang]["meetings"] == 2
