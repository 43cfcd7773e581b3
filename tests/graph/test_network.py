from __future__ import annotations

import pytest
from builders import day, extraction, report

from graph.errors import QueryError
from graph.merge import merge_meetings
from graph.network import ego_network, find_person, measures, meeting_path
from graph.records import MergedMeeting
from graph.views import meeting_graph, people_graph


@pytest.fixture
def meetings() -> list[MergedMeeting]:
    """A chain Wang Yi - Lavrov - Tsipras - Merkel, Wang Wenbin apart with Xi, Xi with Putin."""
    return merge_meetings(
        [
            extraction(
                "000",
                report("000", "Wang Yi", "Sergey Lavrov", city="Jakarta", when=day("2023-07-13")),
                report("000", "Wang Yi", "Sergey Lavrov", city="Rio de Janeiro", when=day("2024-11-18")),
                report("000", "Sergey Lavrov", "Alexis Tsipras", city="Moscow", when=day("2015-04-08")),
                report("000", "Alexis Tsipras", "Angela Merkel", city="Berlin", when=day("2015-03-23")),
                report("000", "Wang Wenbin", "Xi Jinping"),
                report("000", "Xi Jinping", "Vladimir Putin"),
            )
        ]
    )


def test_find_person_by_part_of_the_name_or_the_whole_name(meetings: list[MergedMeeting]) -> None:
    g = people_graph(meetings)
    assert find_person(g, "tsipras") == "person:alexis-tsipras"
    assert find_person(g, "Wang Yi") == "person:wang-yi"


def test_a_name_that_picks_several_people_is_a_query_error_naming_them(meetings: list[MergedMeeting]) -> None:
    with pytest.raises(QueryError, match="'Wang' names 2 people: Wang Wenbin, Wang Yi"):
        find_person(people_graph(meetings), "Wang")


def test_an_unknown_name_is_a_query_error(meetings: list[MergedMeeting]) -> None:
    with pytest.raises(QueryError, match="no one named like 'Modi'"):
        find_person(people_graph(meetings), "Modi")


def test_ego_network_holds_the_person_and_who_they_met(meetings: list[MergedMeeting]) -> None:
    ego = ego_network(people_graph(meetings), "Lavrov")
    assert sorted(ego) == ["person:alexis-tsipras", "person:sergey-lavrov", "person:wang-yi"]
    two = ego_network(people_graph(meetings), "Lavrov", radius=2)
    assert "person:angela-merkel" in two


def test_ego_network_of_the_meetings_view_reaches_counterparts_in_two_steps(
    meetings: list[MergedMeeting],
) -> None:
    ego = ego_network(meeting_graph(meetings), "Merkel", radius=2)
    assert {ego.nodes[n]["type"] for n in ego} == {"person", "meeting", "place", "document"}
    assert "person:alexis-tsipras" in ego and "person:sergey-lavrov" not in ego


def test_meeting_path_follows_the_chain_with_each_steps_meetings_in_date_order(
    meetings: list[MergedMeeting],
) -> None:
    links = meeting_path(meetings, "Wang Yi", "Merkel")
    assert [(link.person.name, link.counterpart.name) for link in links] == [
        ("Wang Yi", "Sergey Lavrov"),
        ("Sergey Lavrov", "Alexis Tsipras"),
        ("Alexis Tsipras", "Angela Merkel"),
    ]
    assert [m.place.city for m in links[0].meetings if m.place] == ["Jakarta", "Rio de Janeiro"]


def test_meeting_path_between_unlinked_people_is_empty(meetings: list[MergedMeeting]) -> None:
    assert meeting_path(meetings, "Merkel", "Putin") == []


def test_meeting_path_from_a_person_to_themselves_is_a_query_error(meetings: list[MergedMeeting]) -> None:
    with pytest.raises(QueryError, match="same person"):
        meeting_path(meetings, "Lavrov", "Sergey Lavrov")


def test_measures_rank_the_people_who_hold_the_chain_together(meetings: list[MergedMeeting]) -> None:
    table = measures(people_graph(meetings))
    assert list(table.index[:2]) == ["person:sergey-lavrov", "person:alexis-tsipras"]
    lavrov = table.loc["person:sergey-lavrov"]
    assert (lavrov["counterparts"], lavrov["meetings"]) == (2, 3)
    assert table.loc["person:angela-merkel", "betweenness"] == 0
    assert table["betweenness"].between(0, 1).all()
