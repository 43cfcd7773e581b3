"""Issue 14: "met" means met, and an analyst's first hour with the command line goes smoothly."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from extract.records import DateSpan, Document, Evidence, Extraction, Meeting, MeetingKind, Occasion, Person
from graph.cli import MODEL, app
from graph.store import KnowledgeBase

runner = CliRunner()
NARROW = {"COLUMNS": "40"}


def run(*args: str | Path, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = runner.invoke(app, [str(a) for a in args], env=env or NARROW)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.output


def meeting(
    *names: str,
    kind: MeetingKind = "in_person",
    when: str | None = None,
    occasion: str | None = None,
) -> Meeting:
    text = f"{' and '.join(names)} ({kind})."
    day = date.fromisoformat(when) if when else None
    return Meeting(
        doc="n1",
        participants=tuple(Person(name=n) for n in names),
        kind=kind,
        date=DateSpan(start=day, end=day) if day else None,
        occasion=Occasion(name=occasion) if occasion else None,
        evidence=(Evidence(doc="n1", text=text, start=0, end=len(text)),),
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Trump's Reykjavik meeting with Putin was cancelled; Putin met Xi at the G20 and the SCO;
    Blinken met Wang Yi once and planned a second trip; Subrahmanyam Jaishankar met Wang Yi."""
    meetings = (
        meeting("Donald Trump", "Vladimir Putin", kind="cancelled", when="2025-10-20"),
        meeting("Vladimir Putin", "Xi Jinping", when="2019-06-28", occasion="G20 summit"),
        meeting("Vladimir Putin", "Xi Jinping", when="2024-07-03", occasion="SCO summit"),
        meeting("Antony Blinken", "Wang Yi", when="2024-04-26"),
        meeting("Antony Blinken", "Wang Yi", kind="planned", when="2023-02-05"),
        meeting("Subrahmanyam Jaishankar", "Wang Yi", when="2024-07-25"),
    )
    people = (*{p.name: p for m in meetings for p in m.participants}.values(), Person(name="Vestnik Kavkaza"))
    path = tmp_path / "kb.db"
    with KnowledgeBase.open(path, create=True) as kb:
        kb.add([Extraction(document=Document(id="n1", title="News"), people=people, meetings=meetings)])
    return path


# Met means met


def test_path_does_not_link_people_through_a_cancelled_meeting(db: Path) -> None:
    code, output = run("path", "Trump", "Xi", "--db", db)
    assert code == 0
    assert output == "no chain of meetings links 'Trump' and 'Xi'\n"
    code, output = run("path", "Trump", "Xi", "--include-plans", "--db", db)
    assert code == 0 and "2 steps" in output and "cancelled" in output


def test_who_met_leaves_out_plans_unless_asked(db: Path) -> None:
    code, output = run("who-met", "Blinken", "--format", "jsonl", "--db", db)
    assert code == 0
    assert [json.loads(line)["kind"] for line in output.splitlines()] == ["in_person"]
    code, output = run("who-met", "Blinken", "--format", "jsonl", "--include-plans", "--db", db)
    assert sorted(json.loads(line)["kind"] for line in output.splitlines()) == ["in_person", "planned"]
    code, output = run("who-met", "Trump", "--db", db)
    assert code == 0 and "Donald Trump met no one" in output and "--include-plans" in output


def test_plans_stay_listed_and_queryable_by_kind(db: Path) -> None:
    code, output = run("meetings", "--kind", "planned", "--format", "csv", "--db", db)
    assert code == 0
    (row,) = csv.DictReader(io.StringIO(output))
    assert row["participants"] == "Antony Blinken; Wang Yi" and row["kind"] == "planned"


def test_people_counts_meetings_that_took_place_apart_from_plans(db: Path) -> None:
    code, output = run("people", "--format", "json", "--db", db)
    assert code == 0
    counts = {p["name"]: (p["met"], p["planned"], p["cancelled"]) for p in json.loads(output)}
    assert counts["Antony Blinken"] == (1, 1, 0)
    assert counts["Donald Trump"] == (0, 0, 1)


def test_export_people_view_counts_met_planned_and_cancelled_per_edge(db: Path, tmp_path: Path) -> None:
    code, output = run("export", tmp_path / "p.graphml", "--view", "people", "--db", db)
    assert code == 0, output
    g = nx.read_graphml(tmp_path / "p.graphml")
    assert not g.has_node("person:donald-trump")
    pair = g.edges["person:antony-blinken", "person:wang-yi"]
    assert (pair["label"], pair["weight"], pair["met"], pair["planned"]) == ("met", 1, 1, 0)
    code, output = run("export", tmp_path / "all.gexf", "--view", "people", "--include-plans", "--db", db)
    assert code == 0, output
    g = nx.read_gexf(tmp_path / "all.gexf", version="1.3")
    pair = g.edges["person:antony-blinken", "person:wang-yi"]
    assert (pair["met"], pair["planned"], pair["cancelled"]) == (1, 1, 0)
    assert pair["spells"] == [("2024-04-26", "2024-04-26")]  # when they met, not when they planned to
    cancelled = g.edges["person:donald-trump", "person:vladimir-putin"]
    assert (cancelled["label"], cancelled["cancelled"]) == ("cancelled", 1)


# The command line


def test_meetings_table_shows_the_short_ids_that_show_takes(db: Path) -> None:
    code, output = run("meetings", "--person", "Trump", "--db", db)
    assert code == 0
    short = next(line for line in output.splitlines() if "Trump" in line).split("│")[1].strip()
    assert short.startswith("m-") and len(short) < 12
    code, output = run("show", short, "--db", db)
    assert code == 0 and "cancelled" in output and "Donald Trump" in output


def test_a_table_piped_is_printed_at_full_width_without_wrapping(db: Path) -> None:
    code, output = run("meetings", "--db", db, env={"COLUMNS": "30"})
    assert code == 0
    assert any("│ Subrahmanyam Jaishankar │" in line for line in output.splitlines())
    assert max(len(line) for line in output.splitlines()) > 30


LISTINGS = [
    ("meetings",),
    ("who-met", "Wang Yi"),
    ("people",),
    ("stats",),
    ("path", "Jaishankar", "Blinken"),
]


@pytest.mark.parametrize("command", [*LISTINGS, ("show", "SHOW")], ids=lambda c: c[0])
@pytest.mark.parametrize("form", ["json", "jsonl", "csv", "table"])
def test_every_listing_command_takes_the_same_four_formats(
    db: Path, command: tuple[str, ...], form: str
) -> None:
    if command == ("show", "SHOW"):
        _, listed = run("meetings", "--person", "Jaishankar", "--format", "jsonl", "--db", db)
        command = ("show", json.loads(listed)["id"])
    code, output = run(*command, "--format", form, "--db", db)
    assert code == 0, output
    if form == "json":
        assert json.loads(output)
    elif form == "jsonl":
        assert all(json.loads(line) for line in output.splitlines()) and output.strip()
    elif form == "csv":
        rows = list(csv.reader(io.StringIO(output)))
        assert len(rows) >= 2 and len({len(r) for r in rows}) == 1
    else:
        assert not output.lstrip().startswith(("{", "["))


def test_version_short_help_and_completion() -> None:
    code, output = run("--version")
    assert code == 0 and output.startswith("dipgraph ")
    code, output = run("meetings", "-h")
    assert code == 0 and "--person" in output
    code, output = run("--show-completion", "bash")
    assert code == 0 and "complete_bash" in output


def test_help_names_the_model_and_shows_flags_without_a_value() -> None:
    from extract.pipeline import DEFAULT_MODEL

    assert MODEL == DEFAULT_MODEL
    code, output = run("ingest", "--help", env={"COLUMNS": "120"})
    assert code == 0 and f"[default: {DEFAULT_MODEL}]" in output and "DEFAULT_MODEL" not in output
    assert "dipgraph[dask]" in output  # not eaten as markup
    code, output = run("evaluate", "--help", env={"COLUMNS": "120"})
    flag = next(line for line in output.splitlines() if line.strip().startswith("--show"))
    assert flag.split()[:2] == ["--show", "Also"]


def test_people_lists_only_people_with_meetings_unless_all(db: Path) -> None:
    code, output = run("people", "--format", "csv", "--db", db)
    assert code == 0 and "Vestnik Kavkaza" not in output and "Donald Trump" in output
    code, output = run("people", "--db", db)
    assert "(1 without meetings: --all lists them)" in output
    code, output = run("people", "--all", "--format", "csv", "--db", db)
    assert "Vestnik Kavkaza" in output


@pytest.mark.parametrize(("query", "found"), [("G-20", "2019-06-28"), ("Shanghai Cooperation", "2024-07-03")])
def test_occasion_matches_by_series_and_alias(db: Path, query: str, found: str) -> None:
    code, output = run("meetings", "--occasion", query, "--format", "csv", "--db", db)
    assert code == 0
    (row,) = csv.DictReader(io.StringIO(output))
    assert row["date"] == found


def test_export_csv_refuses_a_folder_holding_other_files_unless_forced(db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "work"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    code, output = run("export", folder, "--format", "csv", "--db", db)
    assert code == 1 and "holds other files (notes.txt)" in output and "--force" in output
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]
    code, output = run("export", folder, "--format", "csv", "--force", "--db", db)
    assert code == 0 and (folder / "nodes.csv").exists() and (folder / "notes.txt").read_text() == "mine"
    code, output = run("export", tmp_path / "fresh", "--format", "csv", "--db", db)
    assert code == 0
    code, output = run("export", tmp_path / "fresh", "--format", "csv", "--db", db)  # again: its own files
    assert code == 0


# Ingesting

STORY = "Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov in Moscow on {day}."


def test_two_pages_of_one_name_in_a_saved_site_get_ids_of_their_own(tmp_path: Path) -> None:
    page = "<html><head><title>{t}</title></head><body><article><p>{text}</p></article></body></html>"
    for folder, day in (("a", "Monday"), ("b", "Tuesday")):
        (tmp_path / "site" / folder).mkdir(parents=True)
        text = page.format(t=folder, text=STORY.format(day=day))
        (tmp_path / "site" / folder / "index.html").write_text(text)
    (tmp_path / "site" / "033.txt").write_text(STORY.format(day="Friday"))
    db = tmp_path / "kb.db"
    for _ in range(2):  # and the same ids again
        result = runner.invoke(app, ["ingest", str(tmp_path / "site"), "--db", str(db)])
        assert result.exit_code == 0, result.output
    with KnowledgeBase.open(db) as kb:
        assert sorted(d.id for d in kb.documents()) == ["033", "a/index", "b/index"]


def test_ingest_on_a_terminal_says_it_loads_the_pipeline_and_shows_the_total(tmp_path: Path) -> None:
    for i, day in enumerate(("Monday", "Tuesday", "Wednesday")):
        (tmp_path / f"{i}.txt").write_text(STORY.format(day=day))
    result = runner.invoke(
        app, ["ingest", str(tmp_path), "--db", str(tmp_path / "kb.db")], env={"TTY_COMPATIBLE": "1"}
    )
    assert result.exit_code == 0, result.output
    assert "loading the spaCy pipeline" in result.stderr
    assert "of 3 documents" in result.stderr


def test_ctrl_c_stops_an_ingest_with_status_130_keeping_what_was_stored(tmp_path: Path) -> None:
    folder, db = tmp_path / "many", tmp_path / "kb.db"
    folder.mkdir()
    days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    for i in range(60):
        text = STORY.format(day=days[i % 7]).replace("Moscow", f"Moscow ({i})")
        (folder / f"s{i:02}.txt").write_text(text, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-c", "from graph.cli import app; app()", "ingest", str(folder), "--db", str(db)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        while process.poll() is None:
            try:
                with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.1) as connection:
                    if connection.execute("SELECT count(*) FROM documents").fetchone()[0] >= 2:
                        break
            except sqlite3.Error:
                pass  # not made yet
            time.sleep(0.005)
        os.kill(process.pid, signal.SIGINT)
        _, err = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    with KnowledgeBase.open(db) as kb:
        assert len(kb.documents()) >= 2
