"""Crash safety and concurrency, with real processes.

An ingest is killed with SIGKILL at chosen points (inside a document's transaction, right
after a commit, while the files of a changed input are retired, half way through the
merge) and at a moment chosen from outside. The knowledge base must then open, hold only
whole documents (each as the old or the new input states it), give merged meetings that
are the merge of what it holds, and end, after the same command runs again, in exactly
the state of an uninterrupted run. Two ``dipgraph ingest`` processes on one new file must
both finish and lose nothing.

Each killed process loads spaCy (about a second); the texts are short.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph import store
from graph.cli import app
from graph.errors import KnowledgeBaseError
from graph.merge import merge_meetings
from graph.store import KnowledgeBase

runner = CliRunner()

PEOPLE = [
    ("Chinese Foreign Minister Wang Yi", "Russian Foreign Minister Sergei Lavrov", "Moscow"),
    ("Indian Prime Minister Narendra Modi", "Russian President Vladimir Putin", "Kazan"),
    ("US Secretary of State Antony Blinken", "Chinese Foreign Minister Wang Yi", "Beijing"),
    ("French President Emmanuel Macron", "Chinese President Xi Jinping", "Paris"),
    ("Turkish President Recep Tayyip Erdogan", "Russian President Vladimir Putin", "Sochi"),
    ("German Chancellor Olaf Scholz", "US President Joe Biden", "Washington"),
]


def sentence(i: int, day: str) -> str:
    a, b, city = PEOPLE[i % len(PEOPLE)]
    return f"date 2024-11-{20 + i % 5}\n{a} met {b} in {city} on {day}.\n"


def write_inputs(folder: Path, version: int) -> None:
    """Version 1, and version 2 with two files changed, one added, one JSON line gone."""
    folder.mkdir(exist_ok=True)
    for i in range(6):
        day = "Tuesday" if version == 2 and i in (1, 4) else "Monday"
        (folder / f"story{i}.txt").write_text(sentence(i, day), encoding="utf-8")
    if version == 2:
        (folder / "story6.txt").write_text(sentence(3, "Wednesday"), encoding="utf-8")
    lines = [{"id": f"wire{i}", "text": sentence(i + 2, "Friday"), "outlet": "Wire"} for i in range(3)]
    if version == 2:
        del lines[1]
    (folder / "wire.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")


def ingest_here(folder: Path, db: Path) -> None:
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output


def per_document(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """What each stored document holds, without row ids or merge links."""
    held: dict[str, list[tuple[object, ...]]] = {}
    with sqlite3.connect(db) as connection:
        for row in connection.execute(
            "SELECT id, title, published, path, url, outlet, sha256, extractor FROM documents"
        ):
            held[row[0]] = [("document", *row)]
        for doc, *rest in connection.execute("SELECT doc, position, record FROM mentions ORDER BY 1, 2"):
            held.setdefault(doc, []).append(("mention", *rest))
        for doc, *rest in connection.execute(
            """SELECT r.doc, r.position, r.record, e.text, e.start_char, e.end_char
               FROM reports r LEFT JOIN evidence e ON e.report = r.id ORDER BY 1, 2, 5"""
        ):
            held.setdefault(doc, []).append(("report", *rest))
    return held


def everything(db: Path) -> tuple[dict[str, list[tuple[object, ...]]], list[str]]:
    """Every document's records and the meetings as JSON Lines."""
    result = runner.invoke(app, ["meetings", "--format", "jsonl", "--db", str(db)])
    assert result.exit_code == 0, result.output
    return per_document(db), result.stdout.splitlines()


@pytest.fixture(scope="module")
def references(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Uninterrupted runs: version 1 alone, and version 1 then version 2 (same folder)."""
    root = tmp_path_factory.mktemp("references")
    folder = root / "news"
    write_inputs(folder, 1)
    ingest_here(folder, root / "v1.db")
    shutil.copy(root / "v1.db", root / "v2.db")
    write_inputs(folder, 2)
    ingest_here(folder, root / "v2.db")
    return {"folder": folder, "v1": root / "v1.db", "v2": root / "v2.db"}


KILLER = textwrap.dedent(
    """
    import os, signal, sys
    from graph import store

    point, nth = sys.argv[1], int(sys.argv[2])
    del sys.argv[1:3]
    hits = 0

    def hit():
        global hits
        hits += 1
        if hits == nth:
            os.kill(os.getpid(), signal.SIGKILL)

    KB = store.KnowledgeBase
    if point == "inside-document":  # its old rows deleted, its new rows written, not committed
        real_replace = KB._replace
        def _replace(self, x, extractor):
            real_replace(self, x, extractor)
            hit()
        KB._replace = _replace
    elif point == "after-commit":  # a document committed, the next not begun
        real_put = KB.put
        def put(self, x, **kw):
            real_put(self, x, **kw)
            hit()
        KB.put = put
    elif point == "inside-retire":  # a file's lost documents deleted, not committed
        real_retire, real_stale, retiring = KB.retire, KB._stale, []
        def retire(self, path, keep):
            retiring.append(path)
            try:
                return real_retire(self, path, keep)
            finally:
                retiring.pop()
        def _stale(self):
            real_stale(self)
            if retiring:
                hit()
        KB.retire, KB._stale = retire, _stale
    elif point == "inside-merge":  # the merged tables half rewritten
        real_insert = KB._insert_meetings  # people and meetings written, reports not linked
        def _insert_meetings(self, meetings):
            real_insert(self, meetings)
            hit()
        KB._insert_meetings = _insert_meetings

    from graph.cli import app
    app()
    """
)


def killed_ingest(point: str, nth: int, folder: Path, db: Path) -> None:
    """Run ``dipgraph ingest`` in a process of its own that kills itself at ``point``."""
    done = subprocess.run(
        [sys.executable, "-c", KILLER, point, str(nth), "ingest", str(folder), "--db", str(db)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr


def assert_whole_and_consistent(db: Path, *versions: dict[str, list[tuple[object, ...]]]) -> None:
    """The database opens and is intact; each document is whole, as one of ``versions``
    holds it; the merged meetings are the merge of the documents."""
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    held = per_document(db)
    for doc, rows in held.items():
        assert any(rows == version.get(doc) for version in versions), f"document {doc} is not whole"
    # a document that every version holds cannot be lost; none can come from nowhere
    assert (
        set.intersection(*(set(v) for v in versions)) <= set(held) <= set.union(*(set(v) for v in versions))
    )
    with KnowledgeBase.open(db) as kb:
        assert kb.meetings() == merge_meetings(kb.extractions())


@pytest.mark.parametrize(
    ("point", "nth"),
    [
        ("inside-document", 1),
        ("inside-document", 3),
        ("after-commit", 2),
        ("inside-retire", 1),
        ("inside-merge", 1),
    ],
)
def test_an_ingest_killed_at_any_point_leaves_whole_documents_and_a_rerun_finishes_it(
    references: dict[str, Path], tmp_path: Path, point: str, nth: int
) -> None:
    db = tmp_path / "kb.db"
    shutil.copy(references["v1"], db)  # version 1 stored; the folder now holds version 2
    killed_ingest(point, nth, references["folder"], db)
    assert_whole_and_consistent(db, per_document(references["v1"]), per_document(references["v2"]))
    ingest_here(references["folder"], db)
    assert everything(db) == everything(references["v2"])


def test_an_ingest_killed_from_outside_while_it_writes_is_finished_by_a_rerun(
    references: dict[str, Path], tmp_path: Path
) -> None:
    folder, db = tmp_path / "many", tmp_path / "kb.db"
    folder.mkdir()
    for i in range(40):
        (folder / f"s{i:02}.txt").write_text(sentence(i, "Monday"), encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-c", "from graph.cli import app; app()", "ingest", str(folder), "--db", str(db)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.1) as connection:
                    if connection.execute("SELECT count(*) FROM documents").fetchone()[0] >= 5:
                        break
            except sqlite3.Error:
                pass  # not made yet
            time.sleep(0.005)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL
    with sqlite3.connect(db) as connection:
        assert 5 <= connection.execute("SELECT count(*) FROM documents").fetchone()[0] < 40
    fresh = tmp_path / "fresh.db"
    ingest_here(folder, fresh)
    assert_whole_and_consistent(db, {}, per_document(fresh))  # before: nothing
    ingest_here(folder, db)
    assert everything(db) == everything(fresh)


SLOW_WRITER = textwrap.dedent(
    """
    import sys, time
    from graph import store

    log = open(sys.argv.pop(1), "a")
    real_put = store.KnowledgeBase.put

    def put(self, x, **kw):  # slowed down, so that the two processes' writes interleave
        time.sleep(0.1)
        real_put(self, x, **kw)
        print(time.monotonic(), file=log, flush=True)

    store.KnowledgeBase.put = put
    from graph.cli import app
    app()
    """
)


def test_two_ingests_into_one_new_file_both_finish_and_lose_nothing(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    for side in ("a", "b", "both"):
        (tmp_path / side).mkdir()
    for i in range(12):
        (tmp_path / "a" / f"a{i:02}.txt").write_text(sentence(i, "Monday"), encoding="utf-8")
        (tmp_path / "b" / f"b{i:02}.txt").write_text(sentence(i + 1, "Sunday"), encoding="utf-8")
    (tmp_path / "both" / "shared.txt").write_text(sentence(2, "Friday"), encoding="utf-8")

    def inputs(side: str) -> list[str]:
        return [str(tmp_path / side), str(tmp_path / "both"), "--db", str(db)]

    processes = [
        subprocess.Popen(
            [sys.executable, "-c", SLOW_WRITER, str(tmp_path / f"{side}.log"), "ingest", *inputs(side)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for side in ("a", "b")
    ]
    for process in processes:
        out, err = process.communicate(timeout=120)
        assert (process.returncode, err) == (0, ""), out
        assert "skipped none" in out
    times = [[float(t) for t in (tmp_path / f"{side}.log").read_text().split()] for side in ("a", "b")]
    assert max(min(t) for t in times) < min(max(t) for t in times), "the two runs did not overlap"
    reference = tmp_path / "reference.db"
    for folder in ("a", "b", "both"):
        ingest_here(tmp_path / folder, reference)
    assert everything(db) == everything(reference)
    assert len(per_document(db)) == 25


def test_a_new_file_another_connection_is_writing_to_is_opened_once_it_is_done(tmp_path: Path) -> None:
    """Switching a new file to write-ahead logging takes a lock SQLite does not wait for: two
    processes making one new knowledge base at once failed now and then with "database is
    locked". Here another connection holds the file's write lock for a moment."""
    path = tmp_path / "kb.db"
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    done = threading.Timer(0.3, other.execute, ["COMMIT"])
    done.start()
    with KnowledgeBase.open(path, create=True) as kb:  # it waits for the other connection
        assert kb.counts()["documents"] == 0
    done.join()
    other.close()


def test_a_file_locked_too_long_is_one_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "BUSY_SECONDS", 0.2)
    path = tmp_path / "kb.db"
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    with pytest.raises(KnowledgeBaseError, match=r"kb\.db: another process kept it locked for 0.2 s; run"):
        KnowledgeBase.open(path, create=True)
    other.execute("COMMIT")
    other.close()
