from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import networkx as nx
import pytest
from builders import assert_same_graph, day, days, extraction, report
from networkx.algorithms import bipartite

from extract.records import Document, Occasion, Person, Place
from graph.merge import merge_meetings
from graph.query import took_place
from graph.records import MergedMeeting
from graph.store import KnowledgeBase
from graph.views import _known, meeting_graph, people_graph, people_view, people_view_of


def xi_putin_and_wang_lavrov() -> list[MergedMeeting]:
    pair = ("Xi Jinping", "Vladimir Putin")
    return merge_meetings(
        [
            extraction("002", report("002", *pair, city="Osaka", country="Japan", when=day("2019-06-28"))),
            extraction(
                "004",
                report(
                    "004", *pair, kind="video", country="India", when=days("2023-07-03", "2023-07-09", "week")
                ),
                report("004", "Wang Yi", "Sergey Lavrov", city="Jakarta", occasion="ASEAN meeting"),
            ),
        ]
    )


def test_every_node_has_a_type_and_a_label() -> None:
    g = meeting_graph(xi_putin_and_wang_lavrov())
    assert {t for _, t in g.nodes(data="type")} == {"person", "meeting", "place", "occasion", "document"}
    assert all(data.get("label") for _, data in g.nodes(data=True))


def test_meeting_graph_links_each_meeting_to_its_people_place_occasion_and_sources() -> None:
    meetings = xi_putin_and_wang_lavrov()
    g = meeting_graph(meetings)
    jakarta = next(m for m in meetings if m.place and m.place.city == "Jakarta")
    edges = {(v, data["relation"]) for _, v, data in g.out_edges(jakarta.id, data=True)}
    assert edges == {
        ("person:wang-yi", "participant"),
        ("person:sergey-lavrov", "participant"),
        ("place:jakarta", "held_at"),
        ("occasion:asean-meeting", "during"),
        ("doc:004", "reported_by"),
    }
    assert g.edges[jakarta.id, "doc:004"]["evidence"] == "Wang Yi and Sergey Lavrov met."


def test_document_nodes_take_their_titles_when_documents_are_given() -> None:
    g = meeting_graph(xi_putin_and_wang_lavrov(), [Document(id="004", title="Wang meets Lavrov")])
    assert g.nodes["doc:004"]["label"] == "Wang meets Lavrov"
    assert g.nodes["doc:002"]["label"] == "002"


def test_people_graph_links_people_who_met_with_count_dates_kinds_and_places() -> None:
    g = people_graph(xi_putin_and_wang_lavrov())
    assert g.number_of_nodes() == 4 and g.number_of_edges() == 2
    met = g.edges["person:xi-jinping", "person:vladimir-putin"]
    assert met["weight"] == 2
    assert (met["first"], met["last"]) == ("2019-06-28", "2023-07-09")
    assert met["dates"] == "2019-06-28; 2023-07-03..2023-07-09"
    assert met["kinds"] == "in_person; video"
    assert met["places"] == "Osaka, Japan; India"
    assert met["relation"] == "met" and len(met["meeting_ids"].split("; ")) == 2
    assert all(g.nodes[n]["type"] == "person" for n in g)
    assert g.nodes["person:xi-jinping"]["meetings"] == 2


def test_people_graph_names_the_occasions_of_a_pair() -> None:
    met = people_graph(xi_putin_and_wang_lavrov()).edges["person:wang-yi", "person:sergey-lavrov"]
    assert met["occasions"] == "ASEAN meeting"
    assert (
        "occasions"
        not in people_graph(xi_putin_and_wang_lavrov()).edges["person:xi-jinping", "person:vladimir-putin"]
    )


def test_every_edge_has_a_relation_and_a_label_but_no_type() -> None:
    for g in (meeting_graph(xi_putin_and_wang_lavrov()), people_graph(xi_putin_and_wang_lavrov())):
        assert all(
            data["relation"] and data["label"] and "type" not in data for *_, data in g.edges(data=True)
        )


def test_places_and_meetings_carry_latitude_and_longitude() -> None:
    g = meeting_graph(xi_putin_and_wang_lavrov())
    osaka = g.nodes["place:osaka-japan"]
    assert (round(osaka["latitude"]), round(osaka["longitude"]), osaka["geo_precision"]) == (35, 136, "city")
    india = g.nodes["place:india"]
    assert india["geo_precision"] == "country"  # a country alone is put at its capital
    held_in_osaka = next(m for m, _ in g.in_edges("place:osaka-japan"))
    assert g.nodes[held_in_osaka]["latitude"] == osaka["latitude"]


def test_nodes_count_their_meetings() -> None:
    g = meeting_graph(xi_putin_and_wang_lavrov())
    assert g.nodes["person:xi-jinping"]["meetings"] == 2
    assert g.nodes["doc:004"]["meetings"] == 2
    assert g.nodes["occasion:asean-meeting"]["meetings"] == 1


def test_people_who_never_met_are_not_linked() -> None:
    g = people_graph(xi_putin_and_wang_lavrov())
    assert not g.has_edge("person:xi-jinping", "person:wang-yi")


def test_undated_meeting_leaves_first_and_last_out() -> None:
    g = people_graph(xi_putin_and_wang_lavrov())
    met = g.edges["person:wang-yi", "person:sergey-lavrov"]
    assert "first" not in met and met["weight"] == 1


def projected(meetings: list[MergedMeeting]) -> nx.Graph:
    """The people view as it was first written: the meeting graph of the meetings that took
    place projected on its people."""
    full = meeting_graph([m for m in meetings if took_place(m)])
    people = [n for n, kind in full.nodes(data="type") if kind == "person"]
    held = [n for n, kind in full.nodes(data="type") if kind == "meeting"]
    two_mode = full.subgraph(people + held).to_undirected()
    g: nx.Graph = bipartite.projected_graph(two_mode, people)
    for u, v, data in g.edges(data=True):
        ids = sorted(
            set(two_mode[u]) & set(two_mode[v]), key=lambda m: (full.nodes[m].get("date_start", "~"), m)
        )
        shared = [full.nodes[m] for m in ids]
        starts = [m["date_start"] for m in shared if "date_start" in m]
        ends = [m["date_end"] for m in shared if "date_end" in m]
        data.update(
            _known(
                relation="met",
                label="met",
                weight=len(shared),
                met=len(shared),
                planned=0,
                cancelled=0,
                first=min(starts, default=None),
                last=max(ends, default=None),
                dates="; ".join(m["date"] for m in shared if "date" in m),
                kinds="; ".join(sorted({m["kind"] for m in shared})),
                places="; ".join(dict.fromkeys(m["place"] for m in shared if "place" in m)),
                occasions="; ".join(dict.fromkeys(m["occasion"] for m in shared if "occasion" in m)),
                meeting_ids="; ".join(ids),
            )
        )
    return g


def many_kinds_of_meeting() -> list[MergedMeeting]:
    """Dates of every precision and none, places in part, groups, a meeting of one, a person
    whose records differ, shared occasions, and meetings on the same day."""
    lavrov = "Sergey Lavrov"
    meetings = merge_meetings(
        [
            extraction(
                "010",
                report(
                    "010", "Wang Yi", lavrov, city="Rio de Janeiro", occasion="G20", when=day("2024-11-18")
                ),
                report(
                    "010",
                    "Xi Jinping",
                    "Wang Yi",
                    lavrov,
                    "Joko Widodo",
                    occasion="G20",
                    when=day("2024-11-18"),
                ),
                report(
                    "010", "Wang Yi", lavrov, kind="phone", when=days("2023-03-01", "2023-03-31", "month")
                ),
                report(
                    "010", "Wang Yi", lavrov, kind="planned", when=days("2022-01-01", "2022-12-31", "year")
                ),
            ),
            extraction(
                "011",
                report("011", "Wang Yi", lavrov, country="Laos", kind="video"),
                report("011", "Wang Yi", "Xi Jinping", when=days("2023-07-03", "2023-07-09", "week")),
                report("011", "Narendra Modi", text="Modi met no one."),
                report("011", "Xi Jinping", "Joko Widodo", "Wang Yi", city="Bali", when=day("2022-11-15")),
            ),
        ]
    )
    china = Person(name="Wang Yi", country="China", role="Foreign Minister")
    renamed = MergedMeeting(id="m-late", participants=(china, Person(name="Xi Jinping", aliases=("Xi",))))
    return [*meetings, renamed]


@pytest.mark.parametrize("meetings", [xi_putin_and_wang_lavrov, many_kinds_of_meeting, list])
def test_people_graph_is_the_meeting_graph_projected_on_its_people(
    meetings: Callable[[], list[MergedMeeting]],
) -> None:
    assert_same_graph(people_graph(meetings()), projected(meetings()))


def test_people_graph_reads_no_reports() -> None:
    without = [m.model_copy(update={"reports": ()}) for m in many_kinds_of_meeting()]
    assert_same_graph(people_graph(without), people_graph(many_kinds_of_meeting()))


def test_people_graph_links_only_people_who_met_unless_plans_are_asked_for() -> None:
    meetings = merge_meetings(
        [
            extraction(
                "020",
                report("020", "Donald Trump", "Vladimir Putin", city="Reykjavik", kind="cancelled"),
                report("020", "Antony Blinken", "Wang Yi", city="Beijing", kind="planned"),
                report("020", "Antony Blinken", "Wang Yi", city="Munich", when=day("2024-02-16")),
                report("020", "Antony Blinken", "Wang Yi", kind="phone", when=day("2024-05-01")),
            )
        ]
    )
    met = people_graph(meetings)
    assert not met.has_node("person:donald-trump")
    pair = met.edges["person:antony-blinken", "person:wang-yi"]
    assert (pair["label"], pair["weight"], pair["met"], pair["planned"]) == ("met", 2, 2, 0)
    assert met.nodes["person:wang-yi"]["meetings"] == 2
    everything = people_graph(meetings, include_plans=True)
    cancelled = everything.edges["person:donald-trump", "person:vladimir-putin"]
    assert (cancelled["label"], cancelled["weight"], cancelled["cancelled"]) == ("cancelled", 0, 1)
    pair = everything.edges["person:antony-blinken", "person:wang-yi"]
    assert (pair["weight"], pair["met"], pair["planned"]) == (2, 2, 1)
    assert pair["dates"] == "2024-02-16; 2024-05-01"
    assert everything.nodes["person:wang-yi"]["meetings"] == 2


def test_meeting_graph_counts_only_meetings_that_took_place_on_people() -> None:
    meetings = merge_meetings(
        [
            extraction(
                "021",
                report("021", "Donald Trump", "Vladimir Putin", kind="cancelled"),
                report("021", "Donald Trump", "Vladimir Putin", kind="phone", when=day("2025-02-12")),
            )
        ]
    )
    g = meeting_graph(meetings)
    assert g.nodes["person:donald-trump"]["meetings"] == 1
    assert sorted(kind for _, kind in g.nodes(data="kind") if kind) == ["cancelled", "phone"]


def test_export_of_the_people_view_keeps_met_planned_and_cancelled_apart(tmp_path: Path) -> None:
    from graph.export import export, read_graph

    meetings = merge_meetings(
        [
            extraction(
                "022",
                report("022", "Antony Blinken", "Wang Yi", city="Beijing", kind="planned"),
                report("022", "Antony Blinken", "Wang Yi", city="Munich", when=day("2024-02-16")),
            )
        ]
    )
    export(meetings, tmp_path / "plans", view="people", format="csv", include_plans=True)
    edge = read_graph(tmp_path / "plans", format="csv").edges["person:antony-blinken", "person:wang-yi"]
    assert (edge["weight"], edge["met"], edge["planned"], edge["cancelled"]) == (1, "1", "1", "0")
    export(meetings, tmp_path / "met.graphml", view="people")
    edge = read_graph(tmp_path / "met.graphml").edges["person:antony-blinken", "person:wang-yi"]
    assert (edge["met"], edge["planned"]) == (1, 0)


@pytest.mark.parametrize("include_plans", [False, True])
def test_people_view_of_a_knowledge_base_read_as_text_is_that_of_its_records(include_plans: bool) -> None:
    """kb.meeting_facts() gives what people_view makes of the records: dates of every precision
    and none, places with and without a city, occasions, groups, plans, a meeting of one."""
    kb = KnowledgeBase.open(":memory:", create=True)
    kb.load(many_kinds_of_meeting()[:-1])  # the last one names Wang Yi by another record
    records = people_view(kb.meeting_rows(), include_plans=include_plans)
    text = people_view_of(kb.meeting_facts(), kb.people_by_id(), include_plans=include_plans)
    assert list(text.nodes.items()) == list(records.nodes.items())
    assert list(text.edges()) == list(records.edges())
    assert text.names() == records.names()
    assert_same_graph(text.graph(), people_graph(kb.meetings(), include_plans=include_plans))


def test_people_view_names_only_the_attributes_its_edges_hold() -> None:
    pair = (Person(name="Xi Jinping"), Person(name="Vladimir Putin"))
    plan = MergedMeeting(id="m-1", participants=pair, kind="planned", date=day("2025-05-09"))
    edge = people_view([plan], include_plans=True).names()["edge"]
    assert "planned_dates" in edge and "dates" not in edge and "places" not in edge
    assert edge["weight"] is int and edge["meeting_ids"] is str
    alone = MergedMeeting(
        id="m-2", participants=pair[:1], place=Place(city="Moscow"), occasion=Occasion(name="V-Day")
    )
    assert "places" not in people_view([alone, plan], include_plans=True).names()["edge"]  # it links no one
    names = people_view(xi_putin_and_wang_lavrov()).names()
    assert {"first", "dates", "places", "occasions"} <= set(names["edge"])
    assert names["node"] == {"type": str, "label": str, "meetings": int}  # no aliases, country or role
