from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import networkx as nx
import pytest
import typer
from typer.testing import CliRunner

from extract.records import DateSpan, Document, Evidence, Extraction, Meeting, Person, Place
from graph.cli import app, counterparts
from graph.query import Counterpart, who_met
from graph.store import KnowledgeBase

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
runner = CliRunner()
WIDE = {"COLUMNS": "200"}  # rich tables wrap at the terminal width


def run(*args: str | Path) -> tuple[int, str]:
    result = runner.invoke(app, [str(a) for a in args], env=WIDE)
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit), (
        result.output
    )
    return result.exit_code, result.output


def said(doc: str, text: str) -> tuple[Evidence, ...]:
    return (Evidence(doc=doc, text=text, start=0, end=len(text)),)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    wang, lavrov = Person(name="Wang Yi", country="China"), Person(name="Sergei Lavrov", country="Russia")
    monday = DateSpan(start=date(2024, 11, 18), end=date(2024, 11, 18))
    rio = Place(city="Rio de Janeiro", country="Brazil")
    path = tmp_path / "kb.db"
    with KnowledgeBase.open(path, create=True) as kb:
        kb.add(
            [
                Extraction(
                    document=Document(id="000"),
                    people=(wang, lavrov),
                    meetings=(
                        Meeting(
                            doc="000",
                            participants=(wang, lavrov),
                            place=rio,
                            date=monday,
                            evidence=said("000", "Wang Yi met Sergei Lavrov in Rio de Janeiro on Monday."),
                        ),
                    ),
                ),
                Extraction(
                    document=Document(id="001"),
                    people=(wang, Person(name="Sergey Lavrov"), Person(name="Lavrov")),
                    meetings=(
                        Meeting(
                            doc="001",
                            participants=(wang, Person(name="Sergey Lavrov")),
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


COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str) -> None:
    code, output = run(command, "--help")
    assert code == 0
    assert "Example: dipgraph " + command in output


def test_every_brief_command_exists() -> None:
    assert COMMANDS == [
        "browse",
        "evaluate",
        "export",
        "forget",
        "ingest",
        "meetings",
        "path",
        "people",
        "show",
        "stats",
        "who-met",
    ]


@pytest.mark.parametrize(
    "args", [("meetings",), ("people",), ("who-met", "Lavrov"), ("export", "out.graphml")]
)
def test_read_commands_without_a_knowledge_base_say_to_ingest_first(
    args: tuple[str, ...], tmp_path: Path
) -> None:
    result = runner.invoke(app, [*args, "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert (
        result.stderr
        == f"dipgraph: no knowledge base at {tmp_path / 'none.db'}; run `dipgraph ingest` first\n"
    )
    assert not (tmp_path / "none.db").exists()


def test_meetings_table_shows_who_where_and_when(db: Path) -> None:
    code, output = run("meetings", "--db", db)
    assert code == 0
    assert "2 meetings" in output
    assert "Rio de Janeiro, Brazil" in output and "2024-11-18" in output and "Vladimir Putin" in output


def test_meetings_jsonl_filtered_by_person_has_both_sources(db: Path) -> None:
    code, output = run("meetings", "--db", db, "--person", "lavrov", "--format", "jsonl")
    assert code == 0
    (line,) = output.splitlines()
    meeting = json.loads(line)
    assert [s["doc"] for s in meeting["sources"]] == ["000", "001"]
    assert meeting["date"] == {"start": "2024-11-18", "end": "2024-11-18"}


def test_meetings_json_is_an_array(db: Path) -> None:
    code, output = run("meetings", "--db", db, "--kind", "phone", "--format", "json")
    assert code == 0
    assert [m["kind"] for m in json.loads(output)] == ["phone"]


def test_meetings_filters_that_match_nothing_say_so(db: Path) -> None:
    code, output = run("meetings", "--db", db, "--place", "Jakarta")
    assert (code, output.strip()) == (0, "no meetings match")


@pytest.mark.parametrize("option", ["--since", "--until"])
def test_malformed_date_is_a_one_line_error(db: Path, option: str) -> None:
    code, output = run("meetings", "--db", db, option, "18/11/2024")
    assert code == 1
    assert output.strip() == "dipgraph: '18/11/2024' is not a date; expected YYYY-MM-DD, YYYY-MM or YYYY"


def test_unknown_kind_is_refused_without_a_traceback(db: Path) -> None:
    code, output = run("meetings", "--db", db, "--kind", "dinner")
    assert code == 2
    assert "dinner" in output and "Traceback" not in output


def test_who_met_lists_the_counterpart_with_when_and_where(db: Path) -> None:
    code, output = run("who-met", "Sergey", "--db", db)
    assert code == 0
    assert "Wang Yi" in output and "2024-11-18" in output and "Rio de Janeiro" in output


@pytest.fixture
def accented(tmp_path: Path) -> Path:
    """Spellings with and without accents, aliases, and names that share words."""

    def met(doc: str, *names: str, day: int | None = None) -> Extraction:
        people = tuple(Person(name=n) for n in names)
        when = DateSpan(start=date(2024, 11, day), end=date(2024, 11, day)) if day else None
        meeting = Meeting(doc=doc, participants=people, date=when, evidence=said(doc, " and ".join(names)))
        return Extraction(document=Document(id=doc), people=people, meetings=(meeting,))

    path = tmp_path / "accented.db"
    with KnowledgeBase.open(path, create=True) as kb:
        kb.add(
            [
                met("a", "Péter Szijjártó", "Sergey Lavrov", day=1),
                met("b", "Peter Szijjarto", "Wang Yi", day=2),
                met("c", "Sergei Lavrov", "Wang Yi", day=3),
                met("d", "Wang Yi", "Wang Wenbin", "Xi Jinping"),
                met("e", "Alexis Tsipras", "Xi Jinping", day=3),
            ]
        )
    return path


@pytest.mark.parametrize(
    "name", ["szijjarto", "Szijjártó", "PETER", "sergei", "Sergey Lavrov", "wang", "xi", "yi", "Nobody"]
)
def test_who_met_gives_through_the_name_index_what_every_meeting_gives(accented: Path, name: str) -> None:
    with KnowledgeBase.open(accented) as kb:
        everyone = who_met(kb.meetings(), name)
        rows = {m.id: m for m in kb.meeting_rows()}
        assert counterparts(kb, name) == [
            Counterpart(c.person, tuple(rows[m.id] for m in c.meetings)) for c in everyone
        ]


@pytest.mark.parametrize("name", ["szijjarto", "Szijjártó", "PETER", "sergei", "Sergey Lavrov", "xi", "yi"])
def test_who_met_a_name_of_one_person_lists_their_counterparts(accented: Path, name: str) -> None:
    with KnowledgeBase.open(accented) as kb:
        everyone = who_met(kb.meetings(), name)
    code, output = run("who-met", name, "--db", accented)
    assert code == 0, output
    assert everyone and all(c.person.name in output for c in everyone)


def test_who_met_a_name_of_several_people_is_an_error_naming_them(accented: Path) -> None:
    code, output = run("who-met", "wang", "--db", accented)
    assert code == 1
    assert "'wang' names 2 people: Wang Wenbin, Wang Yi; give more of the name" in output
    assert output.count("\n") == 1


@pytest.mark.parametrize("command", [("who-met", "Nobody"), ("meetings", "--person", "Nobody")])
def test_a_name_of_no_one_is_an_error(db: Path, command: tuple[str, ...]) -> None:
    code, output = run(*command, "--db", db)
    assert code == 1
    assert "no one named like 'Nobody'" in output and "dipgraph people --all" in output


def test_meetings_person_of_a_single_letter_lists_the_candidates(accented: Path) -> None:
    code, output = run("meetings", "--person", "S", "--db", accented)
    assert code == 1
    assert "'S' names 2 people:" in output and "Lavrov" in output and "give more of the name" in output


def test_people_lists_canonical_names_aliases_and_meeting_counts(db: Path) -> None:
    code, output = run("people", "--db", db)
    assert code == 0
    assert "4 people" in output
    lavrov = next(line for line in output.splitlines() if "Lavrov" in line)
    assert "Sergei Lavrov" in lavrov and "Sergey Lavrov" in lavrov and "Russia" in lavrov
    header = next(line for line in output.splitlines() if "aliases" in line)
    cells = dict(zip(header.replace("┃", "│").split("│"), lavrov.split("│"), strict=True))
    cells = {k.strip(): v.strip() for k, v in cells.items()}
    assert (cells["met"], cells["planned"], cells["cancelled"]) == ("1", "0", "0")  # Rio's two reports


@pytest.mark.parametrize(("view", "nodes"), [("meetings", 9), ("people", 4)])
def test_export_writes_graphml_of_the_view(db: Path, tmp_path: Path, view: str, nodes: int) -> None:
    code, output = run("export", tmp_path / "g.graphml", "--view", view, "--db", db)
    assert code == 0
    assert f"wrote the {view} view ({nodes} nodes" in output
    assert nx.read_graphml(tmp_path / "g.graphml").number_of_nodes() == nodes


def test_export_to_an_unknown_format_is_a_one_line_error(db: Path, tmp_path: Path) -> None:
    code, output = run("export", tmp_path / "g.csv", "--db", db)
    assert code == 1
    assert output.count("\n") == 1 and "g.csv" in output


def test_knowledge_base_of_another_version_is_a_one_line_error(db: Path) -> None:
    import sqlite3

    with sqlite3.connect(db) as connection:
        connection.execute("PRAGMA user_version = 99")
    code, output = run("meetings", "--db", db)
    assert code == 1
    assert "schema version 99" in output and output.count("\n") == 1


def test_graph_and_cli_load_without_spacy() -> None:
    code = "import sys, graph, graph.cli; sys.exit('spacy' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


# These run the real extraction on the seed articles.


def test_ingest_seeds_merges_the_rio_meeting_from_two_articles(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    code, output = run("ingest", SEEDS, "--db", db)
    assert code == 0, output
    assert "ingested 5 documents" in output
    code, output = run("meetings", "--db", db, "--person", "Lavrov", "--place", "Rio", "--format", "jsonl")
    (rio,) = [json.loads(line) for line in output.splitlines()]
    assert {s["doc"] for s in rio["sources"]} == {"000_085baf7a87daf90b", "001_dce0e35cb16ddf61"}
    assert {p["name"] for p in rio["participants"]} >= {"Wang Yi"}


def test_ingest_seeds_twice_gives_the_same_meetings(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    assert run("ingest", SEEDS, "--db", db)[0] == 0
    first = run("meetings", "--db", db, "--format", "jsonl")[1]
    assert run("ingest", SEEDS / "000_085baf7a87daf90b.txt", SEEDS, "--db", db)[0] == 0
    assert run("meetings", "--db", db, "--format", "jsonl")[1] == first
    assert first.count("\n") >= 5


def test_ingest_seeds_with_an_unreadable_file_names_it_and_exits_1(tmp_path: Path) -> None:
    (tmp_path / "broken.txt").write_bytes(b"\xff\xfe\x00\x00\xc3\x28 not text \x80\x81")
    code, output = run(
        "ingest", SEEDS / "000_085baf7a87daf90b.txt", tmp_path / "broken.txt", "--db", tmp_path / "kb.db"
    )
    assert code == 1
    assert "broken.txt" in output
    assert "ingested 1 document, 0 unchanged, skipped 1 (1 binary)" in output


def test_ingest_seeds_with_an_unknown_model_is_a_one_line_error(tmp_path: Path) -> None:
    code, output = run("ingest", SEEDS, "--model", "no_such_pipeline", "--db", tmp_path / "kb.db")
    assert code == 1
    assert output.startswith("dipgraph: ") and "no_such_pipeline" in output and output.count("\n") == 1
