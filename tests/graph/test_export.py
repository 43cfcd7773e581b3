from __future__ import annotations

import io
import json
from pathlib import Path

import networkx as nx
import pytest
from builders import day, extraction, report

from graph.errors import ExportError
from graph.export import export, write_graph
from graph.jsonl import read_jsonl, write_json, write_jsonl
from graph.merge import merge_meetings
from graph.records import MergedMeeting
from graph.views import meeting_graph, people_graph


@pytest.fixture
def meetings() -> list[MergedMeeting]:
    return merge_meetings(
        [
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
    )


@pytest.mark.parametrize("view", ["meetings", "people"])
def test_graphml_round_trip_keeps_nodes_edges_and_attributes(
    meetings: list[MergedMeeting], view: str, tmp_path: Path
) -> None:
    written = export(meetings, tmp_path / "g.graphml", view=view)  # type: ignore[arg-type]
    back = nx.read_graphml(tmp_path / "g.graphml")
    assert set(back.nodes) == set(written.nodes)
    assert set(back.edges) == set(written.edges)
    assert dict(back.nodes(data=True)) == dict(written.nodes(data=True))
    assert all(back.edges[u, v] == data for u, v, data in written.edges(data=True))


def test_every_exported_node_has_label_and_type(meetings: list[MergedMeeting], tmp_path: Path) -> None:
    export(meetings, tmp_path / "g.graphml")
    back = nx.read_graphml(tmp_path / "g.graphml")
    assert all(data["label"] and data["type"] for _, data in back.nodes(data=True))


def test_attributes_that_graphml_rejects_are_flattened(tmp_path: Path) -> None:
    from datetime import date

    g = nx.Graph()
    g.add_node("a", type="person", label="A", aliases=("B", "C"), seen=date(2024, 1, 2), role=None, n=3)
    write_graph(g, tmp_path / "g.graphml")
    back = nx.read_graphml(tmp_path / "g.graphml")
    assert back.nodes["a"] == {
        "type": "person",
        "label": "A",
        "aliases": "B; C",
        "seen": "2024-01-02",
        "n": 3,
    }


def test_people_view_edge_weight_survives_as_a_number(meetings: list[MergedMeeting], tmp_path: Path) -> None:
    export(meetings, tmp_path / "p.graphml", view="people")
    back = nx.read_graphml(tmp_path / "p.graphml")
    assert back.edges["person:wang-yi", "person:sergei-lavrov"]["weight"] == 1


def test_file_name_without_a_known_extension_is_an_export_error(
    meetings: list[MergedMeeting], tmp_path: Path
) -> None:
    with pytest.raises(ExportError, match=r"meetings\.csv"):
        export(meetings, tmp_path / "meetings.csv")
    assert not (tmp_path / "meetings.csv").exists()


def test_missing_folder_is_an_export_error(meetings: list[MergedMeeting], tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="cannot write"):
        write_graph(meeting_graph(meetings), tmp_path / "no" / "such" / "g.graphml")


def test_views_only_differ_in_what_they_show(meetings: list[MergedMeeting]) -> None:
    assert people_graph(meetings).number_of_nodes() < meeting_graph(meetings).number_of_nodes()


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
