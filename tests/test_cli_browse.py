"""`dipgraph browse`: Datasette, started for real on 127.0.0.1, on a knowledge base of the seeds."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from extract.records import DateSpan, Document, Evidence, Extraction, Meeting, Person, Place
from graph.cli import app
from graph.geo import locate
from graph.query import meeting_counts
from graph.store import KnowledgeBase

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
DIPGRAPH = [sys.executable, "-c", "from graph.cli import app; app()"]
VIEWS = ("meeting_list", "person_list", "source_list", "place_list")
runner = CliRunner()


def run(*args: str | Path) -> tuple[int, str]:
    result = runner.invoke(app, [str(a) for a in args], env={"COLUMNS": "200"})
    return result.exit_code, result.output


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def fetch(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=30) as response:
        body = response.read().decode("utf-8")
    return json.loads(body) if ".json" in url else body


@contextmanager
def started(command: list[str], port: int, log: Path, **env: str) -> Iterator[str]:
    """Run ``command`` (a Datasette on ``port``) until the block ends; yields its address once
    it answers."""
    with log.open("wb") as out:
        server = subprocess.Popen(
            command,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env={**os.environ, **env},
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            assert server.poll() is None, log.read_text()
            try:
                fetch(f"{base}/-/versions.json")
                break
            except OSError:
                assert time.monotonic() < deadline, log.read_text()
                time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    code, output = run("ingest", SEEDS, "--db", db)
    assert code == 0, output
    return db


@pytest.fixture(scope="module")
def served(seeds: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`dipgraph browse` on the seeds; the address of its database."""
    port = free_port()
    log = tmp_path_factory.mktemp("browse") / "browse.log"
    command = [*DIPGRAPH, "browse", "--db", str(seeds), "--port", str(port), "--no-open"]
    with started(command, port, log) as base:
        yield f"{base}/seeds"
    assert f"serving {seeds} in Datasette at http://127.0.0.1:{port}/seeds" in log.read_text()


def view(address: str, name: str, query: str = "") -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = fetch(f"{address}/{name}.json?_shape=array&_size=max{query}")
    return rows


def test_each_view_of_the_seeds_reads_as_the_knowledge_base_holds_it(served: str, seeds: Path) -> None:
    with KnowledgeBase.open(seeds) as kb:
        meetings, documents = kb.meetings(), {d.id: d for d in kb.documents()}
    rows = view(served, "meeting_list")
    assert [r["id"] for r in rows] == [m.id for m in meetings] and len(rows) > 5
    for row, m in zip(rows, meetings, strict=True):
        assert row["people"] == "; ".join(p.name for p in m.participants)
        assert row["kind"] == m.kind and row["sources"] == len({r.doc for r in m.reports})
        assert row["occasion"] == (m.occasion.name if m.occasion else None)
        assert row["country"] == (m.place.country if m.place else None)
    assert max(r["sources"] for r in rows) == 2  # the Rio meeting, reported by two articles

    met = meeting_counts(meetings)
    rows = view(served, "person_list")
    assert {r["name"] for r in rows} == {p.name for m in meetings for p in m.participants}
    assert all(r["met"] == met[r["id"]] for r in rows) and rows[0]["met"] == max(met.values())

    rows = view(served, "source_list")
    assert sorted((r["meeting"], r["sentence"]) for r in rows) == sorted(
        (m.id, e.text) for m in meetings for r in m.reports for e in r.evidence
    )
    assert all(
        r["url"] == documents[r["doc"]].url and r["outlet"] == documents[r["doc"]].outlet for r in rows
    )

    rows = view(served, "place_list")
    places = {m.place.id: m.place for m in meetings if m.place}
    assert {r["id"] for r in rows} == set(places)
    for row in rows:
        where = locate(places[row["id"]])
        assert (row["latitude"], row["longitude"]) == (
            (where.latitude, where.longitude) if where else (None, None)
        )
    assert any(r["latitude"] is not None for r in rows)


def test_a_full_text_query_finds_a_meeting_by_a_word_of_its_sentence(served: str, seeds: Path) -> None:
    with KnowledgeBase.open(seeds) as kb:
        meeting = max(kb.meetings(), key=lambda m: len(m.reports))
    for report in meeting.reports:
        sentence = report.evidence[0].text
        word = max(re.findall(r"[A-Z][a-z]{3,}", sentence), key=len)  # a name of the sentence
        found = view(served, "source_list", f"&_search={word}")
        assert meeting.id in {r["meeting"] for r in found}, word
        assert all(word.lower()[:4] in r["sentence"].lower() for r in found)
    assert view(served, "source_list", "&_search=zzyzx") == []


def test_the_views_have_titles_and_the_places_a_map(served: str) -> None:
    tables = fetch(served.rsplit("/", 1)[0] + "/-/metadata.json")["databases"]["seeds"]["tables"]
    assert [tables[v]["title"] for v in VIEWS] == ["Meetings", "People", "Sources", "Places"]
    assert all(tables[v]["description"] for v in VIEWS)
    page = fetch(f"{served}/place_list")
    assert "Places" in page and "datasette-cluster-map.js" in page


def test_datasette_run_by_hand_with_the_metadata_written_searches_the_sentences(
    seeds: Path, tmp_path: Path
) -> None:
    written = tmp_path / "metadata.json"
    code, output = run("browse", "--db", seeds, "--write-metadata", written)
    assert code == 0 and f"datasette {seeds} --metadata {written}" in output
    port = free_port()
    command = [sys.executable, "-m", "datasette", "serve", str(seeds), "--metadata", str(written)]
    with started([*command, "--port", str(port)], port, tmp_path / "datasette.log") as base:
        found = view(f"{base}/seeds", "source_list", "&_search=Lavrov")
        title = fetch(f"{base}/-/metadata.json")["databases"]["seeds"]["tables"]["source_list"]["title"]
    assert found and all("lavrov" in r["sentence"].lower() for r in found)
    assert title == "Sources"


def test_browse_opens_the_database_in_a_browser_once_it_answers(seeds: Path, tmp_path: Path) -> None:
    browser = tmp_path / "browser.sh"  # what Python's webbrowser runs, as $BROWSER names it
    opened = tmp_path / "opened.txt"
    browser.write_text(f'#!/bin/sh\necho "$1" > {opened}\n')
    browser.chmod(0o755)
    port = free_port()
    command = [*DIPGRAPH, "browse", "--db", str(seeds), "--port", str(port)]
    with started(command, port, tmp_path / "browse.log", BROWSER=str(browser)) as base:
        deadline = time.monotonic() + 30
        while not opened.exists() or not opened.read_text():
            assert time.monotonic() < deadline, "no browser was opened"
            time.sleep(0.1)
        assert opened.read_text().strip() == f"{base}/seeds"
        page = fetch(f"{base}/seeds")
        assert "Start with the views" in page and "meeting_list" in page


@pytest.fixture
def db(tmp_path: Path) -> Path:
    wang, lavrov = Person(name="Wang Yi"), Person(name="Sergey Lavrov")
    said = "Wang Yi met Sergey Lavrov in Rio de Janeiro."
    met = Meeting(
        doc="a",
        participants=(wang, lavrov),
        place=Place(city="Rio de Janeiro", country="Brazil"),
        date=DateSpan(),
        evidence=(Evidence(doc="a", text=said, start=0, end=len(said)),),
    )
    path = tmp_path / "kb.db"
    with KnowledgeBase.open(path, create=True) as kb:
        kb.add([Extraction(document=Document(id="a"), people=(wang, lavrov), meetings=(met,))])
    return path


def test_browse_without_datasette_says_how_to_install_it(db: Path) -> None:
    hidden = "import sys; sys.modules['datasette'] = None; from graph.cli import app; app()"
    done = subprocess.run(
        [sys.executable, "-c", hidden, "browse", "--db", str(db), "--no-open"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr == "dipgraph: Datasette is not installed; pip install 'dipgraph[datasette]'\n"


def test_browse_on_a_port_taken_says_so(db: Path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        code, output = run("browse", "--db", db, "--port", str(port), "--no-open")
    assert code == 1
    assert f"cannot serve at 127.0.0.1:{port}" in output and "another --port" in output
    assert output.count("\n") == 1


def test_browse_without_a_knowledge_base_says_to_ingest(tmp_path: Path) -> None:
    code, output = run("browse", "--db", tmp_path / "none.db", "--no-open")
    assert code == 1 and "run `dipgraph ingest` first" in output
    code, output = run("browse", "--db", tmp_path / "none.db", "--write-metadata", tmp_path / "m.json")
    assert code == 1 and "run `dipgraph ingest` first" in output and not (tmp_path / "m.json").exists()


def test_written_metadata_configures_the_search_of_the_sources(db: Path, tmp_path: Path) -> None:
    written = tmp_path / "kb-metadata.json"
    assert run("browse", "--db", db, "--write-metadata", written)[0] == 0
    sources = json.loads(written.read_text())["databases"]["kb"]["tables"]["source_list"]
    assert (sources["fts_table"], sources["fts_pk"]) == ("evidence_fts", "id")


def test_dipgraph_loads_without_datasette() -> None:
    code = "import sys, graph, graph.cli; sys.exit('datasette' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
