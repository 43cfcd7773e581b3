from __future__ import annotations

import pandas as pd
import pytest
from builders import day, days, extraction, report

from graph.frames import edges_frame, meetings_frame, nodes_frame, timeline_frame, who_met_frame
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
                    "Sergey Lavrov",
                    city="Rio de Janeiro",
                    country="Brazil",
                    occasion="G20 summit",
                    when=day("2024-11-18"),
                ),
                report(
                    "000",
                    "Wang Yi",
                    "Sergey Lavrov",
                    city="Jakarta",
                    country="Indonesia",
                    when=day("2023-07-13"),
                ),
                report(
                    "000", "Xi Jinping", "Joe Biden", country="Peru", when=days("2024-11-11", "2024-11-17")
                ),
                report("000", "Sergey Lavrov", "Alexis Tsipras", kind="phone"),
            )
        ]
    )


def test_meetings_frame_has_a_row_per_meeting_and_a_column_per_attribute(
    meetings: list[MergedMeeting],
) -> None:
    frame = meetings_frame(meetings)
    assert len(frame) == len(meetings) == 4
    assert list(frame["id"]) == [m.id for m in meetings]
    assert pd.api.types.is_datetime64_any_dtype(frame["start"])
    rio = frame[frame["city"] == "Rio de Janeiro"].iloc[0]
    assert (rio["occasion"], rio["kind"], rio["people"], rio["sources"]) == ("G20 summit", "in_person", 2, 1)
    assert round(rio["latitude"]) == -23
    peru = frame[frame["country"] == "Peru"].iloc[0]
    assert (peru["date"], peru["end"].day) == ("2024-11-11..2024-11-17", 17)
    assert frame["start"].isna().sum() == 1


def test_meetings_frame_of_no_meetings_still_has_its_columns() -> None:
    assert "participants" in meetings_frame([]).columns


def test_who_met_frame_has_a_row_per_pair_most_meetings_first(meetings: list[MergedMeeting]) -> None:
    frame = who_met_frame(meetings)
    assert len(frame) == 3
    first = frame.iloc[0]
    assert {first["person"], first["counterpart"]} == {"Wang Yi", "Sergey Lavrov"}
    assert (first["meetings"], first["first"].year, first["last"].year) == (2, 2023, 2024)
    assert first["places"] == "Jakarta, Indonesia; Rio de Janeiro, Brazil"


def test_who_met_frame_for_a_name_puts_that_person_first(meetings: list[MergedMeeting]) -> None:
    frame = who_met_frame(meetings, "Lavrov")
    assert set(frame["person"]) == {"Sergey Lavrov"}
    assert list(frame["counterpart"]) == ["Wang Yi", "Alexis Tsipras"]


def test_timeline_frame_is_in_date_order_with_counterparts(meetings: list[MergedMeeting]) -> None:
    frame = timeline_frame(meetings, "Lavrov")
    assert list(frame["counterparts"]) == ["Wang Yi", "Wang Yi", "Alexis Tsipras"]
    assert list(frame["date"]) == ["2023-07-13", "2024-11-18", ""]


def test_node_and_edge_frames_are_the_csv_tables(meetings: list[MergedMeeting]) -> None:
    nodes, edges = nodes_frame(meeting_graph(meetings)), edges_frame(people_graph(meetings))
    assert list(nodes.columns[:3]) == ["Id", "Label", "type"]
    assert list(edges.columns[:5]) == ["Source", "Target", "Type", "Label", "Weight"]
    assert sorted(edges["Weight"]) == [1, 1, 2]
