"""The command line of issue 5: `dipgraph export` in every format, with filters, and `dipgraph path`."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest
from typer.testing import CliRunner

from extract.records import DateSpan, Document, Evidence, Extraction, Meeting, Person, Place
from graph.cli import app
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
