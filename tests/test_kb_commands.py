"""``dipgraph stats``, ``show`` and ``forget`` on a hand-made knowledge base (no spaCy)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extract.records import (
    DateSpan,
    Document,
    Evidence,
    Extraction,
    Meeting,
    MeetingKind,
    Occasion,
    Person,
    Place,
)
from graph.cli import app
from graph.store import KnowledgeBase

runner = CliRunner()
WANG = Person(name="Wang Yi", country="China", role="Foreign Minister")
LAVROV = Person(name="Sergei Lavrov", country="Russia")


def said(doc: str, text: str, start: int = 0) -> tuple[Evidence, ...]:
    return (Evidence(doc=doc, text=text, start=start, end=start + len(text)),)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    monday = DateSpan(start=date(2024, 11, 18), end=date(2024, 11, 18))
    rio = Place(city="Rio de Janeiro", country="Brazil")
    path = tmp_path / "kb.db"
    with KnowledgeBase.open(path, create=True) as kb:
        kb.add(
            [
                Extraction(
                    document=Document(
                        id="000",
                        title="FMs meet in Rio",
                        published=date(2024, 11, 19),
                        path="/news/000.txt",
                        outlet="Xinhua",
                    ),
                    people=(WANG, LAVROV),
                    meetings=(
                        Meeting(
                            doc="000",
                            participants=(WANG, LAVROV),
                            place=rio,
                            occasion=Occasion(name="G20 summit"),
                            date=monday,
                            evidence=said("000", "Wang Yi met Sergei Lavrov in Rio on Monday.", 17),
                        ),
                    ),
                ),
                Extraction(
                    document=Document(id="001", url="https://example.org/001", published=date(2024, 11, 20)),
                    people=(WANG, Person(name="Sergey Lavrov")),
                    meetings=(
                        Meeting(
                            doc="001",
                            participants=(WANG, Person(name="Sergey Lavrov")),
                            place=rio,
                            evidence=said("001", "Wang Yi met Sergey Lavrov in Rio."),
                        ),
                        Meeting(
                            doc="001",
                            participants=(Person(name="Xi Jinping"), Person(name="Vladimir Putin")),
                            kind="phone",
                            evidence=said("001", "Xi spoke to Putin by phone."),
                        ),
                    ),
                ),
            ]
        )
    return path


def run(*args: str | Path) -> tuple[int, str, str]:
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.stdout, result.stderr


def meeting_ids(db: Path) -> dict[str, str]:
    with KnowledgeBase.open(db) as kb:
        return {m.kind: m.id for m in kb.meetings()}


def test_stats_counts_what_the_knowledge_base_holds(db: Path) -> None:
    code, out, _ = run("stats", "--db", db)
    assert code == 0
    assert out.splitlines() == [
        str(db),
        "  documents  2 (published 2024-11-19 to 2024-11-20)",
        "  reports    3 (meetings as each document states them)",
        "  people     4",
        "  places     1",
        "  occasions  1",
        "  meetings   2: 1 in_person, 1 phone",
        "  dates      2024-11-18 to 2024-11-18 (1 meeting undated)",
    ]


def test_show_prints_the_meeting_and_every_sentence_with_its_document(db: Path) -> None:
    rio = meeting_ids(db)["in_person"]
    code, out, _ = run("show", rio, "--db", db)
    assert code == 0
    assert out.splitlines() == [
        f"{rio}  in_person  2024-11-18  Rio de Janeiro, Brazil",
        "  at G20 summit",
        "  Wang Yi, Foreign Minister, China",
        "  Sergei Lavrov, Russia",
        "  countries: China, Russia",
        "  joined 001 to 000: same people, dated in the week the other article tells as news, same city",
        "",
        "000  2024-11-19  /news/000.txt  Xinhua",
        "  FMs meet in Rio",
        "  [17:60] Wang Yi met Sergei Lavrov in Rio on Monday.",
        "",
        "001  2024-11-20  https://example.org/001",
        "  [0:33] Wang Yi met Sergey Lavrov in Rio.",
    ]


def test_show_says_when_a_meeting_was_announced_and_which_article_states_what(tmp_path: Path) -> None:
    friday = DateSpan(start=date(2024, 2, 16), end=date(2024, 2, 16))
    pair = (Person(name="Antony Blinken"), WANG)

    def told(doc: str, kind: MeetingKind, city: str, country: str, text: str) -> Extraction:
        met = Meeting(
            doc=doc,
            participants=pair,
            kind=kind,
            place=Place(city=city, country=country),
            date=friday,
            evidence=said(doc, text),
        )
        return Extraction(document=Document(id=doc, published=date(2024, 2, 15)), meetings=(met,))

    path = tmp_path / "kb.db"
    with KnowledgeBase.open(path, create=True) as kb:
        kb.add(
            [
                told("plan", "planned", "Munich", "Germany", "Blinken will meet Wang in Munich on Friday."),
                told("wire", "in_person", "Munich", "Germany", "Blinken met Wang in Munich on Friday."),
                told("slip", "in_person", "San Francisco", "United States", "Blinken met Wang on Friday."),
            ]
        )
        (meeting,) = kb.meetings()
    code, out, _ = run("show", meeting.id, "--db", path)
    assert code == 0
    assert "  announced for 2024-02-16 in plan, published 2024-02-15" in out
    assert "  reports disagree on the city: Munich (plan, wire); San Francisco (slip)" in out
    assert "  joined wire to plan: same people, same day, same city" in out


def test_show_an_unknown_meeting_is_a_one_line_error(db: Path) -> None:
    code, out, err = run("show", "m-nothing", "--db", db)
    assert (code, out) == (1, "")
    assert (
        err == f"dipgraph: no meeting 'm-nothing' in {db}; `dipgraph meetings --format jsonl` lists the ids\n"
    )


def test_forget_removes_a_document_and_the_meetings_only_it_reported(db: Path) -> None:
    code, out, _ = run("forget", "001", "--db", db)
    assert code == 0
    assert (
        out
        == f"forgot 1 document; 1 meeting only it reported is gone; {db} holds 1 meeting from 1 document\n"
    )
    with KnowledgeBase.open(db) as kb:
        (rio,) = kb.meetings()
        assert rio.docs == ("000",) and rio.kind == "in_person"
        assert "Xi Jinping" not in {p.name for p in kb.people()}


def test_forget_an_unknown_document_is_a_one_line_error_and_changes_nothing(db: Path) -> None:
    code, out, err = run("forget", "001", "nope", "--db", db)
    assert (code, out) == (1, "")
    assert err.startswith("dipgraph: no document 'nope' in ") and err.count("\n") == 1
    with KnowledgeBase.open(db) as kb:
        assert len(kb.documents()) == 2


def test_meetings_jsonl_sources_say_where_each_document_came_from(db: Path) -> None:
    code, out, _ = run("meetings", "--db", db, "--kind", "in_person", "--format", "jsonl")
    assert code == 0
    (line,) = out.splitlines()
    sources = json.loads(line)["sources"]
    assert [(s["doc"], s["path"], s["url"], s["outlet"]) for s in sources] == [
        ("000", "/news/000.txt", None, "Xinhua"),
        ("001", None, "https://example.org/001", None),
    ]
    assert sources[0]["evidence"] == "Wang Yi met Sergei Lavrov in Rio on Monday."


@pytest.mark.parametrize("args", [("stats",), ("show", "m-1"), ("forget", "000")])
def test_commands_without_a_knowledge_base_say_to_ingest_first(args: tuple[str, ...], tmp_path: Path) -> None:
    code, out, err = run(*args, "--db", tmp_path / "none.db")
    assert (code, out) == (1, "")
    assert err == f"dipgraph: no knowledge base at {tmp_path / 'none.db'}; run `dipgraph ingest` first\n"
    assert not (tmp_path / "none.db").exists()
