"""The command line of issue 5: `dipgraph export` in every format, with filters, and `dipgraph path`."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest
from typer.testing import CliRunner

from extract.records import DateSpan, Document, Evidence, Extraction, Meeting, Person, Place
from graph.cli import app, chain_of
from graph.network import meeting_path
from graph.store import KnowledgeBase

runner = CliRunner()


def run(*args: str | Path) -> tuple[int, str]:
    result = runner.invoke(app, [str(a) for a in args], env={"COLUMNS": "200"})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.output


def meeting(doc: str, *names: str, when: str | None = None, city: str | None = None) -> Meeting:
    text = f"{' and '.join(names)} met."
    day = date.fromisoformat(when) if when else None
    return Meeting(
        doc=doc,
        participants=tuple(Person(name=n) for n in names),
        place=Place(city=city) if city else None,
        date=DateSpan(start=day, end=day) if day else None,
        evidence=(Evidence(doc=doc, text=text, start=0, end=len(text)),),
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Wang met Lavrov twice, Lavrov met Tsipras, Xi met Putin: two separate groups."""
    meetings = (
        meeting("000", "Wang Yi", "Sergey Lavrov", when="2024-11-18", city="Rio de Janeiro"),
        meeting("000", "Wang Yi", "Sergey Lavrov", when="2023-07-13", city="Jakarta"),
        meeting("000", "Sergey Lavrov", "Alexis Tsipras", when="2015-04-08", city="Moscow"),
        meeting("000", "Xi Jinping", "Vladimir Putin"),
    )
    people = tuple({p.name: p for m in meetings for p in m.participants}.values())
    path = tmp_path / "kb.db"
    with KnowledgeBase.open(path, create=True) as kb:
        kb.add(
            [Extraction(document=Document(id="000", title="Four meetings"), people=people, meetings=meetings)]
        )
    return path


@pytest.mark.parametrize(
    ("name", "options", "read"),
    [
        ("g.graphml", (), nx.read_graphml),
        ("g.gexf", (), lambda p: nx.read_gexf(p, version="1.3")),
        ("g.json", (), lambda p: nx.node_link_graph(json.loads(p.read_text()), edges="links")),
        ("g.xml", ("--format", "graphml"), nx.read_graphml),
    ],
)
def test_export_writes_the_format_of_the_extension_or_option(
    db: Path, tmp_path: Path, name: str, options: tuple[str, ...], read: Callable[[Path], nx.Graph]
) -> None:
    code, output = run("export", tmp_path / name, "--view", "people", *options, "--db", db)
    assert code == 0, output
    assert "wrote the people view (5 nodes, 3 edges)" in output
    graph = read(tmp_path / name)
    assert graph.number_of_nodes() == 5 and graph.number_of_edges() == 3


def test_export_csv_writes_a_folder_of_gephi_tables(db: Path, tmp_path: Path) -> None:
    code, output = run("export", tmp_path / "tables", "--format", "csv", "--db", db)
    assert code == 0, output
    nodes = pd.read_csv(tmp_path / "tables" / "nodes.csv")
    edges = pd.read_csv(tmp_path / "tables" / "edges.csv")
    assert set(nodes["type"]) == {"person", "meeting", "place", "document"}
    assert set(edges["Type"]) == {"Directed"}
    assert nodes.loc[nodes["Id"] == "doc:000", "Label"].item() == "Four meetings"


def test_export_keeps_only_the_meetings_that_pass_the_filters(db: Path, tmp_path: Path) -> None:
    code, output = run(
        "export",
        tmp_path / "p.graphml",
        "--view",
        "people",
        "--person",
        "Lavrov",
        "--since",
        "2023",
        "--db",
        db,
    )
    assert code == 0, output
    graph = nx.read_graphml(tmp_path / "p.graphml")
    assert sorted(graph.nodes(data="label")) == [
        ("person:sergey-lavrov", "Sergey Lavrov"),
        ("person:wang-yi", "Wang Yi"),
    ]
    assert graph.edges["person:wang-yi", "person:sergey-lavrov"]["weight"] == 2


def test_export_to_a_csv_file_name_says_to_give_a_folder(db: Path, tmp_path: Path) -> None:
    code, output = run("export", tmp_path / "g.csv", "--db", db)
    assert code == 1
    assert output.count("\n") == 1 and "--format csv" in output


def test_path_shows_the_chain_of_meetings_between_two_people(db: Path) -> None:
    code, output = run("path", "Wang", "Tsipras", "--db", db)
    assert code == 0, output
    assert "Wang Yi to Alexis Tsipras: 2 steps" in output
    lines = [line for line in output.splitlines() if "Lavrov" in line]
    assert "2023-07-13" in lines[0] and "Jakarta" in output and "2015-04-08" in output


def test_path_between_people_who_are_not_linked_says_so(db: Path) -> None:
    code, output = run("path", "Wang Yi", "Putin", "--db", db)
    assert code == 0
    assert output == "no chain of meetings links 'Wang Yi' and 'Putin'\n"


@pytest.mark.parametrize(
    ("start", "message"), [("Nobody", "no one named like 'Nobody'"), ("Lavrov", "same person")]
)
def test_path_with_a_bad_name_is_a_one_line_error(db: Path, start: str, message: str) -> None:
    code, output = run("path", start, "Lavrov", "--db", db)
    assert code == 1
    assert message in output and output.count("\n") == 1


# Answers read from the totals kept for each pair (issue 18).


def cells(output: str, first: str) -> list[str]:
    """The cells of the table row whose first cell is ``first``."""
    row = next(line for line in output.splitlines() if line.startswith(f"│ {first} "))
    return [cell.strip() for cell in row.strip("│").split("│")]


def test_who_met_table_adds_up_each_counterparts_meetings(db: Path) -> None:
    code, output = run("who-met", "Lavrov", "--db", db)
    assert code == 0, output
    assert cells(output, "Wang Yi") == [
        "Wang Yi",
        "2",
        "2023-07-13",
        "2024-11-18",
        "Jakarta",
        "in_person (2)",
    ]
    assert cells(output, "Alexis Tsipras")[1:4] == ["1", "2015-04-08", "2015-04-08"]
    assert "Rio de Janeiro" in output and "--limit" not in output


def test_who_met_table_shows_the_counterparts_met_most_up_to_the_limit(db: Path) -> None:
    code, output = run("who-met", "Lavrov", "--limit", "1", "--db", db)
    assert code == 0, output
    assert "the 1 met most of 2: --limit 0 lists all" in output
    assert "Wang Yi" in output and "Tsipras" not in output
    code, output = run("who-met", "Lavrov", "--limit", "0", "--db", db)
    assert "Tsipras" in output and "--limit" not in output


def test_people_table_shows_those_who_met_most_up_to_the_limit(db: Path) -> None:
    code, output = run("people", "--limit", "1", "--db", db)
    assert code == 0, output
    assert "5 people, the 1 who met most (--limit 0 lists all)" in output
    assert cells(output, "Sergey Lavrov")[4:] == ["3", "0", "0"]
    assert "Wang Yi" not in output
    code, output = run("people", "--limit", "1", "--format", "csv", "--db", db)
    assert len(output.splitlines()) == 6  # every row, and the header


def test_path_table_adds_up_each_steps_meetings(db: Path) -> None:
    code, output = run("path", "Wang", "Tsipras", "--db", db)
    assert code == 0, output
    assert cells(output, "Wang Yi")[1:5] == ["Sergey Lavrov", "2", "2023-07-13", "2024-11-18"]
    assert cells(output, "Sergey Lavrov")[1:5] == ["Alexis Tsipras", "1", "2015-04-08", "2015-04-08"]


@pytest.mark.parametrize("plans", [False, True])
def test_path_through_the_totals_is_the_chain_meeting_path_finds(tmp_path: Path, plans: bool) -> None:
    # A small world with several shortest chains between the same people.
    people = [f"Person {chr(65 + i)}" for i in range(9)]
    pairs = [(0, 1), (0, 2), (1, 3), (2, 3), (3, 4), (4, 5), (3, 6), (6, 5), (5, 7), (2, 8), (8, 7)]
    meetings = tuple(
        meeting(f"{i:03d}", people[a], people[b], when=f"2024-01-{i + 1:02d}")
        for i, (a, b) in enumerate(pairs)
    )
    planned = Meeting(
        doc="100", participants=(Person(name=people[0]), Person(name=people[7])), kind="planned"
    )
    docs = [
        Extraction(document=Document(id="000"), meetings=meetings),
        Extraction(document=Document(id="100"), meetings=(planned,)),
    ]
    with KnowledgeBase.open(tmp_path / "kb.db", create=True) as kb:
        kb.add(docs)
        for start in people:
            for end in people:
                if start == end:
                    continue
                expected = meeting_path(kb.meeting_rows(), start, end, include_plans=plans)
                found = chain_of(kb, start, end, include_plans=plans)
                assert found == [(link.person, link.counterpart) for link in expected]
                assert found


def test_the_command_line_starts_without_networkx_matplotlib_or_pandas() -> None:
    heavy = "{'networkx', 'matplotlib', 'pandas', 'rapidfuzz'}"
    code = f"import sys, graph.cli; print(sorted({heavy} & set(sys.modules)))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"


def test_graph_names_its_functions_also_once_their_modules_are_imported() -> None:
    code = (
        "import graph.export, graph.evaluate, graph; from graph import export, evaluate, people_graph; "
        "print(export.__module__, evaluate.__module__, graph.export is export, people_graph.__name__)"
    )
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert found.split() == ["graph.export", "graph.evaluate", "True", "people_graph"]


def test_who_met_with_plans_counts_them_apart(tmp_path: Path) -> None:
    plans = (
        meeting("000", "Wang Yi", "Sergey Lavrov", when="2024-11-18"),
        Meeting(
            doc="000", participants=(Person(name="Wang Yi"), Person(name="Sergey Lavrov")), kind="planned"
        ),
        Meeting(
            doc="000", participants=(Person(name="Wang Yi"), Person(name="Xi Jinping")), kind="cancelled"
        ),
    )
    with KnowledgeBase.open(tmp_path / "kb.db", create=True) as kb:
        kb.add([Extraction(document=Document(id="000"), meetings=plans)])
    code, output = run("who-met", "Wang Yi", "--db", tmp_path / "kb.db")
    assert code == 0 and "Xi Jinping" not in output and cells(output, "Sergey Lavrov")[1] == "1"
    code, output = run("who-met", "Wang Yi", "--include-plans", "--db", tmp_path / "kb.db")
    assert cells(output, "Sergey Lavrov")[1] == "2" and "planned" in output
    assert cells(output, "Xi Jinping")[1:4] == ["1", "undated", "undated"]
