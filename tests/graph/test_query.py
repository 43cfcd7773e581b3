from __future__ import annotations

from datetime import date

import pytest
from builders import day, days, extraction, report

from extract.records import Person
from graph.errors import QueryError
from graph.merge import merge_meetings
from graph.query import (
    find_meetings,
    in_date_order,
    occasion_matches,
    parse_day,
    person_matches,
    pick_person,
    timeline,
    who_met,
)
from graph.records import MergedMeeting


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
                ),
                report(
                    "000", "Xi Jinping", "Joe Biden", country="Peru", when=days("2024-11-11", "2024-11-17")
                ),
            ),
            extraction("001", report("001", "Wang Yi", "Sergey Lavrov", city="Rio de Janeiro")),
            extraction(
                "004",
                report(
                    "004",
                    "Wang Yi",
                    "Sergey Lavrov",
                    city="Jakarta",
                    country="Indonesia",
                    when=day("2023-07-13"),
                ),
                report(
                    "004", "Wang Yi", "Sergey Lavrov", city="Jakarta", kind="planned", when=day("2023-07-14")
                ),
                report("004", "Xi Jinping", "Vladimir Putin", country="Russia"),
                report("004", "Alexis Tsipras", "Sergey Lavrov", kind="phone"),
            ),
        ]
    )


def ids(found: list[MergedMeeting]) -> list[str]:
    return sorted(m.id for m in found)


def test_surname_finds_the_person_whatever_the_case(meetings: list[MergedMeeting]) -> None:
    found = find_meetings(meetings, person="lavrov")
    assert len(found) == 4
    assert ids(found) == ids(find_meetings(meetings, person="Sergey Lavrov"))


def test_no_filter_keeps_every_meeting_in_order(meetings: list[MergedMeeting]) -> None:
    assert find_meetings(iter(meetings)) == meetings
    with pytest.raises(QueryError, match="swap them"):
        find_meetings(meetings, since=date(2024, 1, 2), until=date(2024, 1, 1))


def test_any_spelling_seen_finds_the_person() -> None:
    lavrov = Person(name="Sergey Lavrov", aliases=("Sergei Lavrov", "Lavrov"))
    assert person_matches(lavrov, "Sergei")
    assert not person_matches(lavrov, "Wang")


def test_a_name_matches_from_the_start_of_a_word(meetings: list[MergedMeeting]) -> None:
    assert {p.name for m in find_meetings(meetings, person="xi") for p in m.participants} >= {"Xi Jinping"}
    assert all(
        "Alexis Tsipras" not in [p.name for p in m.participants] for m in find_meetings(meetings, person="xi")
    )


def test_counterpart_keeps_meetings_with_both_people(meetings: list[MergedMeeting]) -> None:
    found = find_meetings(meetings, person="Lavrov", counterpart="Wang")
    assert len(found) == 3
    assert find_meetings(meetings, person="Lavrov", counterpart="Lavrov") == []


def test_place_matches_city_or_country(meetings: list[MergedMeeting]) -> None:
    assert len(find_meetings(meetings, place="rio")) == 1
    assert len(find_meetings(meetings, place="Brazil")) == 1
    assert len(find_meetings(meetings, place="jakarta")) == 2


def test_occasion_filter(meetings: list[MergedMeeting]) -> None:
    (g20,) = find_meetings(meetings, occasion="g20")
    assert g20.docs == ("000", "001")


@pytest.mark.parametrize("query", ["G-20", "Group of Twenty", "group of 20"])
def test_occasion_filter_matches_an_alias_of_the_series(meetings: list[MergedMeeting], query: str) -> None:
    (g20,) = find_meetings(meetings, occasion=query)
    assert g20.occasion is not None and g20.occasion.name == "G20 summit"


@pytest.mark.parametrize(
    ("name", "query"),
    [
        ("SCO summit", "Shanghai Cooperation"),
        ("SCO summit", "Shanghai Cooperation Organization"),
        ("Shanghai Cooperation Organisation summit", "SCO"),
        ("APEC summit", "Asia-Pacific Economic Cooperation"),
        ("St Petersburg International Economic Forum", "SPIEF"),
    ],
)
def test_occasion_matches_by_series_and_alias(name: str, query: str) -> None:
    assert occasion_matches(name, query)


@pytest.mark.parametrize(
    ("name", "query"), [("G20 summit", "G7"), ("SCO summit", "BRICS"), ("COP28", "COP29")]
)
def test_occasion_of_another_series_does_not_match(name: str, query: str) -> None:
    assert not occasion_matches(name, query)


def test_pick_person_names_the_candidates_of_a_name_that_fits_several() -> None:
    people = [Person(name="Sergey Lavrov"), Person(name="Sergey Shoigu"), Person(name="Wang Yi")]
    with pytest.raises(QueryError, match="'Sergey' names 2 people: Sergey Lavrov, Sergey Shoigu"):
        pick_person(people, "Sergey")
    with pytest.raises(QueryError, match="no one named like 'Nobody'"):
        pick_person(people, "Nobody")
    assert pick_person(people, "shoigu").name == "Sergey Shoigu"


def test_date_range_keeps_dated_meetings_that_overlap_it(meetings: list[MergedMeeting]) -> None:
    found = find_meetings(meetings, since=date(2024, 11, 15), until=date(2024, 11, 30))
    assert sorted(m.participants[0].name for m in found) == ["Wang Yi", "Xi Jinping"]
    assert len(find_meetings(meetings, until=date(2023, 12, 31))) == 2


def test_since_after_until_is_a_query_error(meetings: list[MergedMeeting]) -> None:
    with pytest.raises(QueryError, match="swap"):
        find_meetings(meetings, since=date(2024, 1, 1), until=date(2023, 1, 1))


def test_kind_filter_and_unknown_kind(meetings: list[MergedMeeting]) -> None:
    (planned,) = find_meetings(meetings, kind="planned")
    assert planned.date == day("2023-07-14")
    with pytest.raises(QueryError, match="unknown kind 'meal'"):
        find_meetings(meetings, kind="meal")


@pytest.mark.parametrize("text", ["18/11/2024", "2024-13", "2024-02-30", "yesterday", ""])
def test_malformed_day_is_a_query_error_naming_it(text: str) -> None:
    with pytest.raises(QueryError, match="is not a date"):
        parse_day(text)


def test_month_and_year_give_their_first_or_last_day() -> None:
    assert parse_day("2024-02") == date(2024, 2, 1)
    assert parse_day("2024-02", last=True) == date(2024, 2, 29)
    assert parse_day("2023", last=True) == date(2023, 12, 31)


def test_who_met_lists_counterparts_with_their_meetings(meetings: list[MergedMeeting]) -> None:
    met = who_met(meetings, "Lavrov")
    assert [c.person.name for c in met] == ["Wang Yi", "Alexis Tsipras"]
    wang = met[0]
    assert [m.place.city if m.place else None for m in wang.meetings] == ["Jakarta", "Rio de Janeiro"]


def test_who_met_counts_a_planned_meeting_only_when_asked_for(meetings: list[MergedMeeting]) -> None:
    wang = who_met(meetings, "Lavrov", include_plans=True)[0]
    assert [(m.place.city if m.place else None, m.kind) for m in wang.meetings] == [
        ("Jakarta", "in_person"),
        ("Jakarta", "planned"),
        ("Rio de Janeiro", "in_person"),
    ]


def test_who_met_an_unknown_name_is_empty(meetings: list[MergedMeeting]) -> None:
    assert who_met(meetings, "Nobody") == []


def test_timeline_is_in_date_order_with_undated_meetings_last(meetings: list[MergedMeeting]) -> None:
    starts = [m.date.start if m.date else None for m in timeline(meetings, "Lavrov")]
    assert starts == [date(2023, 7, 13), date(2023, 7, 14), date(2024, 11, 18), None]


def test_in_date_order_puts_undated_last_and_keeps_ties_in_order(meetings: list[MergedMeeting]) -> None:
    ordered = in_date_order(reversed(meetings))
    starts = [m.date.start if m.date else None for m in ordered]
    dated = [s for s in starts if s is not None]
    assert dated == sorted(dated) and starts[len(dated) :] == [None] * (len(starts) - len(dated))
    undated = [m.id for m in reversed(meetings) if m.date is None]
    assert [m.id for m in ordered if m.date is None] == undated
