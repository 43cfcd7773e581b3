"""Scoring merged meetings against a hand-made gold file (``graph.evaluate``).

The gold files and predictions here are made up for the tests; the figures they give were
checked against the shared scorer (``shared/eval/score.py``) by hand.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from builders import day, days, extraction, report

from graph.evaluate import Gold, GoldError, evaluate, parse_gold, read_gold
from graph.jsonl import meeting_record
from graph.merge import merge_meetings

PEOPLE = {
    "Amara Okafor": {"country": "Nigeria", "aliases": ["Okafor"]},
    "Dmitri Volkov": {"country": "Russia"},
    "Lena Kowalski": {"aliases": ["Kowalski"]},
    "Tomas Berg": {},
    "Yuki Tanaka": {},
    "Ravi Mehta": {},
}


def meeting(doc: str, event: str, *people: str, **facts: Any) -> dict[str, Any]:
    """A gold meeting: in person, nowhere, undated, unless ``facts`` say otherwise."""
    return {"doc": doc, "event": event, "participants": list(people), "kind": "in_person", **facts}


def predicted(id: str, people: list[str], docs: list[str], **facts: Any) -> dict[str, Any]:
    """A record of the meetings JSON Lines format, in person, nowhere, undated by default."""
    record: dict[str, Any] = {
        "city": None,
        "country": None,
        "occasion": None,
        "date": None,
        "kind": "in_person",
    }
    record.update(facts)
    return {
        "id": id,
        "participants": [{"name": n, "country": None, "role": None} for n in people],
        **record,
        "sources": [{"doc": d, "evidence": f"{' and '.join(people)} met."} for d in docs],
    }


def gold_of(*meetings: dict[str, Any], docs: tuple[str, ...] = ("d1", "d2", "d3")) -> Gold:
    return parse_gold(
        {"docs": {d: {"published": "2024-03-08"} for d in docs}, "people": PEOPLE, "meetings": list(meetings)}
    )


LISBON = {"city": "Lisbon", "country": "Portugal", "occasion": "G20 summit"}
GOLD = gold_of(
    meeting("d1", "E1", "Amara Okafor", "Dmitri Volkov", date="2024-03-04", difficulty="core", **LISBON),
    meeting("d2", "E1", "Amara Okafor", "Dmitri Volkov", date=None, difficulty="core", **LISBON),
    meeting(
        "d1",
        "E2",
        "Lena Kowalski",
        "Tomas Berg",
        date={"start": "2024-03-01", "end": "2024-03-07"},
        kind="phone",
        difficulty="core",
    ),
    meeting(
        "d3",
        "E3",
        "Amara Okafor",
        "Yuki Tanaka",
        "Ravi Mehta",
        "Tomas Berg",
        city="Oslo",
        country="Norway",
        date={"start": "2024-02-01", "end": "2024-02-29"},
        difficulty="hard",
    ),
    meeting(
        "d3",
        "E4",
        "Dmitri Volkov",
        "Ravi Mehta",
        kind="planned",
        difficulty="hard",
        evidence="Volkov will meet Mehta next week.",
    ),
)
PREDICTED = [
    predicted(
        "m-a",
        ["Amara Okafor", "Dmitry Volkov"],
        ["d1", "d2"],
        city="Lisbon",
        country="Portugal",
        occasion="G-20 Leaders' Summit",
        date={"start": "2024-03-04", "end": "2024-03-04"},
    ),
    predicted(
        "m-b",
        ["Kowalski", "Tomas Berg"],
        ["d1"],
        date={"start": "2024-03-01", "end": "2024-03-07"},
        kind="video",
    ),
    predicted(
        "m-c",
        ["Amara Okafor", "Yuki Tanaka", "Ravi Mehta", "Ines Duarte"],
        ["d3"],
        city="Oslo",
        country="Norway",
        date={"start": "2024-02-01", "end": "2024-02-29"},
    ),
    predicted("m-d", ["Dmitri Volkov", "Yuki Tanaka"], ["d3"]),
    predicted("m-e", ["Lena Kowalski", "Tomas Berg"], ["elsewhere"]),
]


def test_figures_of_a_small_gold_file() -> None:
    result = evaluate(GOLD, PREDICTED)
    assert (result.gold_reports, result.gold_core, result.predicted_reports, result.found) == (5, 3, 5, 4)
    assert result.precision == pytest.approx(0.8)
    assert result.recall == pytest.approx(0.8)
    assert result.f1 == pytest.approx(0.8)
    assert result.strict_f1 == pytest.approx(0.4)
    assert result.recall_core == 1.0
    assert result.figures()["f1_core"] == 0.8889
    right = {name: (t.right, t.total) for name, t in result.attributes.items()}
    assert right == {
        "people": (3, 4),
        "city": (4, 4),
        "country": (4, 4),
        "occasion": (4, 4),
        "date": (4, 4),
        "kind": (3, 4),
    }
    assert (result.same_event_pairs.right, result.same_event_pairs.total) == (1, 1)
    assert result.different_events_merged == 0


def test_misses_extras_and_wrong_attributes_are_listed() -> None:
    result = evaluate(GOLD, PREDICTED)
    assert [(g.doc, g.event, g.people) for g in result.misses] == [
        ("d3", "E4", ("Dmitri Volkov", "Ravi Mehta"))
    ]
    assert [(p.doc, p.meeting) for p in result.extras] == [("d3", "m-d")]
    assert [(w.gold.event, w.got.meeting, w.attributes) for w in result.wrong] == [
        ("E2", "m-b", ("kind",)),
        ("E3", "m-c", ("people",)),
    ]
    shown = "\n".join(result.lines(show=True))
    assert "[d3] Dmitri Volkov + Ravi Mehta | ? | - | undated | planned" in shown
    assert "[d3] Dmitri Volkov + Yuki Tanaka | ? | - | undated | in_person  (m-d)" in shown
    assert "Oslo, Norway | - | 2024-02-01..2024-02-29 | in_person" in shown
    assert "Volkov will meet Mehta next week." in shown
    assert "missed" not in "\n".join(result.lines())


def test_figures_and_lists_are_json_ready() -> None:
    record = json.loads(json.dumps(evaluate(GOLD, PREDICTED).as_dict()))
    assert (record["precision"], record["recall"], record["f1"], record["strict_f1"]) == (0.8, 0.8, 0.8, 0.4)
    assert record["attributes"]["kind"] == {"right": 3, "total": 4, "accuracy": 0.75}
    assert record["misses"][0]["event"] == "E4"
    assert record["extras"][0]["meeting"] == "m-d"
    assert record["wrong"][1]["got"]["date"] == {"start": "2024-02-01", "end": "2024-02-29"}


def test_nothing_predicted_scores_zero() -> None:
    result = evaluate(GOLD, [])
    assert (result.precision, result.recall, result.f1, result.strict_f1) == (0.0, 0.0, 0.0, 0.0)
    assert len(result.misses) == 5


@pytest.mark.parametrize(
    ("name", "same"),
    [
        ("Okafor", True),  # an alias
        ("AMÁRA OKAFOR", True),  # case and accents
        ("Amara Okafor's", True),  # a possessive
        ("Dmitry Volkov", True),  # first names agree in three letters, surnames alike
        ("Dmitri Volkova", True),
        ("Darya Volkov", False),  # another first name
        ("Volkov", False),  # a surname that is no alias
        ("Dmitri Wolkow", False),  # surnames too far apart
    ],
)
def test_people_match_through_aliases_and_transliterations(name: str, same: bool) -> None:
    gold = gold_of(
        meeting("d1", "E1", "Dmitri Volkov", "Amara Okafor"),
    )
    other = "Amara Okafor" if "Okafor" not in name.title() else "Dmitri Volkov"
    result = evaluate(gold, [predicted("m-1", [name, other], ["d1"])])
    assert result.found == int(same)


@pytest.mark.parametrize(
    ("people", "found"),
    [
        (["Amara Okafor", "Yuki Tanaka", "Ravi Mehta", "Tomas Berg"], True),
        (["Okafor", "Tanaka", "Ravi Mehta"], False),  # Tanaka is no alias: 2 of 5 people in common
        (["Amara Okafor", "Yuki Tanaka", "Ravi Mehta"], True),  # 3 of 4
        (["Amara Okafor", "Yuki Tanaka", "Ines Duarte", "Hugo Silva"], False),  # 2 of 6
        (["Amara Okafor", "Yuki Tanaka"], False),  # a pair is no meeting of four
    ],
)
def test_meetings_of_three_or_more_match_on_half_their_people(people: list[str], found: bool) -> None:
    gold = gold_of(meeting("d1", "E1", "Amara Okafor", "Yuki Tanaka", "Ravi Mehta", "Tomas Berg"))
    assert evaluate(gold, [predicted("m-1", people, ["d1"])]).found == int(found)


@pytest.mark.parametrize(
    ("gold_date", "got_date", "right"),
    [
        ("2024-03-04", {"start": "2024-03-04", "end": "2024-03-04"}, True),
        ({"start": "2024-02-01", "end": "2024-02-29"}, {"start": "2024-02-01", "end": "2024-02-29"}, True),
        ({"start": "2024-02-01", "end": "2024-02-29"}, {"start": "2024-02-01", "end": "2024-02-28"}, False),
        ({"start": "2024-03-04", "end": None}, {"start": "2024-03-04", "end": "2024-03-04"}, True),
        ("2024-03-04", None, False),
        (None, None, True),
        (None, {"start": "2024-03-04", "end": "2024-03-04"}, False),
    ],
)
def test_dates_compare_as_spans_of_days(gold_date: Any, got_date: Any, right: bool) -> None:
    gold = gold_of(meeting("d1", "E1", "Amara Okafor", "Tomas Berg", date=gold_date))
    result = evaluate(gold, [predicted("m-1", ["Amara Okafor", "Tomas Berg"], ["d1"], date=got_date)])
    assert result.attributes["date"].right == int(right)
    assert result.strict_f1 == (1.0 if right else 0.0)


@pytest.mark.parametrize(
    ("gold_facts", "got_facts", "wrong"),
    [
        ({"country": "United States"}, {"country": "USA"}, ()),
        ({"country": "Türkiye"}, {"country": "Turkey"}, ()),
        ({"country": "Russia"}, {"country": "Belarus"}, ("country",)),
        ({"occasion": "G20 summit"}, {"occasion": "G20 foreign ministers' meeting"}, ()),
        ({"occasion": "BRICS summit"}, {"occasion": "SCO summit"}, ("occasion",)),
        ({"occasion": "Oslo Peace Forum"}, {"occasion": "Nordic Dialogue"}, ()),  # no series: named both
        ({"occasion": "Oslo Peace Forum"}, {}, ("occasion",)),
        ({"city": "Rio de Janeiro"}, {"city": "Rio"}, ()),  # one contains the other
        ({"place": "Alaska", "country": "United States"}, {"city": "Anchorage, Alaska", "country": "US"}, ()),
        ({"city": "Oslo"}, {}, ("city",)),
        ({}, {"city": "Oslo"}, ("city",)),
        ({"kind": "phone"}, {"kind": "video"}, ("kind",)),
    ],
)
def test_places_occasions_and_kinds(
    gold_facts: dict[str, Any], got_facts: dict[str, Any], wrong: tuple[str, ...]
) -> None:
    gold = gold_of(meeting("d1", "E1", "Amara Okafor", "Tomas Berg", **gold_facts))
    result = evaluate(gold, [predicted("m-1", ["Amara Okafor", "Tomas Berg"], ["d1"], **got_facts)])
    assert result.found == 1
    assert (result.wrong[0].attributes if result.wrong else ()) == wrong


def test_an_attribute_is_right_when_another_report_of_the_meeting_states_it() -> None:
    gold = gold_of(
        meeting("d1", "E1", "Amara Okafor", "Tomas Berg", date="2024-03-04"),
        meeting("d2", "E1", "Amara Okafor", "Tomas Berg", city="Oslo"),
    )
    both = predicted("m-1", ["Amara Okafor", "Tomas Berg"], ["d1", "d2"], city="Oslo", date="2024-03-04")
    result = evaluate(gold, [both])
    assert result.wrong == ()
    assert result.strict_f1 == 1.0


def test_merge_checks_count_split_meetings_and_meetings_merged_together() -> None:
    gold = gold_of(
        meeting("d1", "E1", "Amara Okafor", "Tomas Berg"),
        meeting("d2", "E1", "Amara Okafor", "Tomas Berg"),
        meeting("d3", "E1", "Amara Okafor", "Tomas Berg"),
        meeting("d3", "E2", "Amara Okafor", "Tomas Berg", kind="phone"),
    )
    apart = [
        predicted("m-1", ["Amara Okafor", "Tomas Berg"], ["d1", "d3"]),
        predicted("m-2", ["Amara Okafor", "Tomas Berg"], ["d2", "d3"], kind="phone"),
    ]
    result = evaluate(gold, apart)
    # d1-d3 of E1 together; d1-d2 and d2-d3 apart. The call E2 shares m-2 with E1's d2 report.
    assert (result.same_event_pairs.right, result.same_event_pairs.total) == (1, 3)
    assert result.different_events_merged == 1
    assert str(result.same_event_pairs) == "1/3 (33%)"


def test_a_candidate_of_the_same_kind_and_date_is_preferred() -> None:
    gold = gold_of(
        meeting("d1", "E1", "Amara Okafor", "Tomas Berg", kind="phone", date="2024-03-04"),
        meeting("d1", "E2", "Amara Okafor", "Tomas Berg", date="2024-03-06"),
    )
    result = evaluate(
        gold,
        [
            predicted("m-1", ["Amara Okafor", "Tomas Berg"], ["d1"], date="2024-03-06"),
            predicted("m-2", ["Amara Okafor", "Tomas Berg"], ["d1"], kind="phone", date="2024-03-05"),
        ],
    )
    assert result.strict_f1 == pytest.approx(0.5)  # E1 takes m-2 (its kind), wrong date; E2 takes m-1
    assert [(w.gold.event, w.got.meeting, w.attributes) for w in result.wrong] == [("E1", "m-2", ("date",))]


def test_sources_outside_the_gold_documents_are_not_counted_and_paths_are_dropped() -> None:
    gold = gold_of(meeting("d1", "E1", "Amara Okafor", "Tomas Berg"))
    record = predicted("m-1", ["Amara Okafor", "Tomas Berg"], ["/news/d1.txt", "d9", "d1.html"])
    result = evaluate(gold, [record])
    assert result.predicted_reports == 2  # /news/d1.txt and d1.html are both d1; d9 is not in the gold
    assert result.found == 1
    assert [p.doc for p in result.extras] == ["d1"]


def test_merged_meetings_score_as_their_json_lines_records() -> None:
    merged = merge_meetings(
        [
            extraction(
                "d1", report("d1", "Amara Okafor", "Dmitry Volkov", city="Lisbon", when=day("2024-03-04"))
            ),
            extraction(
                "d3", report("d3", "Amara Okafor", "Yuki Tanaka", when=days("2024-02-01", "2024-02-29"))
            ),
        ]
    )
    assert evaluate(GOLD, merged) == evaluate(GOLD, [meeting_record(m) for m in merged])
    assert evaluate(GOLD, merged).found == 1


def write(tmp_path: Path, content: str | bytes) -> Path:
    path = tmp_path / "gold.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_read_gold_reads_a_gold_file_and_ignores_annotators_notes(tmp_path: Path) -> None:
    data = {
        "about": "made up",
        "docs": {"d1": {"published": None, "note": "no date line"}},
        "people": PEOPLE,
        "meetings": [{**meeting("d1", "E1", "Amara Okafor", "Tomas Berg"), "date_text": "on Monday"}],
        "not_meetings": [{"doc": "d1", "people": ["Okafor", "Kowalski"], "why": "only mentioned"}],
    }
    gold = read_gold(write(tmp_path, json.dumps(data)))
    assert gold.meetings[0].participants == ("Amara Okafor", "Tomas Berg")
    assert gold.people["Amara Okafor"].aliases == ("Okafor",)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{", "is not JSON (Expecting property name enclosed in double quotes at line 1 column 2)"),
        (b"\xff\xfe{}", "is not UTF-8 text"),
        ("[]", "expected an object with docs and meetings, not an array"),
        ('{"meetings": []}', "docs: field required"),
        ('{"docs": {"d1": {}}, "meetings": {}}', "meetings: Input should be a valid tuple"),
        (
            '{"docs": {"d1": {}}, "meetings": [{"doc": "d1", "event": "E1", "participants": ["A"], '
            '"kind": "met"}]}',
            "meetings[0].kind: Input should be 'in_person', 'visit'",
        ),
        (
            '{"docs": {"d1": {}}, "meetings": [{"doc": "d1", "event": "E1", "participants": [], '
            '"kind": "phone"}]}',
            "meetings[0].participants: Tuple should have at least 1 item",
        ),
        (
            '{"docs": {"d1": {}}, "meetings": [{"doc": "d1", "event": "E1", "participants": ["A"], '
            '"kind": "phone", "date": "March 4"}]}',
            "meetings[0].date",
        ),
        (
            '{"docs": {"d1": {}}, "meetings": [{"doc": "d2", "event": "E1", "participants": ["A"], '
            '"kind": "phone"}]}',
            "meetings[0]: document 'd2' is not listed in docs",
        ),
    ],
)
def test_a_bad_gold_file_is_named_with_what_is_wrong(
    tmp_path: Path, content: str | bytes, message: str
) -> None:
    path = write(tmp_path, content)
    with pytest.raises(GoldError) as error:
        read_gold(path)
    assert str(error.value).startswith(f"gold file {path}")
    assert message in str(error.value)
    assert "\n" not in str(error.value)


def test_a_missing_gold_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match=r"cannot read gold file .*missing\.json \(No such file"):
        read_gold(tmp_path / "missing.json")
