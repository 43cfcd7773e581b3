"""Nothing a file contains can crash, stall or corrupt dipgraph (issue 16).

Endless and slow inputs run in a subprocess with a generous timeout, so that a regression
fails the test instead of hanging the suite; the other cases run in-process with typer's
CliRunner (exit code and a phrase of the output).
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

from typer.testing import CliRunner

from graph.cli import app

runner = CliRunner()
DIPGRAPH = [sys.executable, "-c", "from graph.cli import app; app()"]


def run(
    args: list[str], tmp_path: Path, *, stdin: int | None = None, timeout: float = 240
) -> subprocess.CompletedProcess[str]:
    """``dipgraph ARGS`` in a subprocess whose temporary folder is ``tmp_path/tmp``."""
    (tmp_path / "tmp").mkdir(exist_ok=True)
    return subprocess.run(
        [*DIPGRAPH, *args],
        stdin=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "TMPDIR": str(tmp_path / "tmp")},
        check=False,
    )


def test_a_folder_with_a_name_that_is_not_utf8_and_lone_surrogates_is_ingested_whole(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    with open(os.fsencode(folder) + b"/\xff.txt", "wb") as f:
        f.write(b"Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergey Lavrov in Moscow.\n")
    (folder / "good.txt").write_text("Indian Prime Minister Narendra Modi met Vladimir Putin in Kazan.\n")
    lines = [
        {"text": "French President Emmanuel Macron met Xi Jinping in Paris.", "outlet": "\ud800"},
        {"id": "x\udfff", "text": "US President Joe Biden met Xi Jinping in Lima.", "title": "\ud83d"},
    ]
    (folder / "wire.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    db = tmp_path / "kb.db"
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "ingested 4 documents" in result.output
    listed = runner.invoke(app, ["meetings", "--format", "jsonl", "--db", str(db)])
    assert listed.exit_code == 0 and "\\\\xff" in listed.output and "x\ufffd" in listed.output


def test_read_commands_on_a_damaged_knowledge_base_say_so_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Chinese Foreign Minister Wang Yi met Sergey Lavrov in Moscow.\n")
    db = tmp_path / "kb.db"
    assert runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(db)]).exit_code == 0
    with sqlite3.connect(db) as connection:
        # Every table is there, but a column of each is not (renamed, since the views use them);
        # people reads no meetings, but people.
        connection.execute("ALTER TABLE meetings RENAME COLUMN kind TO sort")
        connection.execute("ALTER TABLE people RENAME COLUMN role TO office")
    for command in ("stats", "meetings", "people"):
        result = runner.invoke(app, [command, "--db", str(db)])
        assert result.exit_code == 1 and "may be damaged" in result.output, (command, result.output)
        assert "Traceback" not in result.output
    with sqlite3.connect(db) as connection:
        connection.execute("DROP TABLE places")
    for command in ("stats", "meetings"):
        result = runner.invoke(app, [command, "--db", str(db)])
        assert result.exit_code == 1 and "is damaged: its table places is missing" in result.output


def test_person_filters_without_letters_match_no_one_but_are_an_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Chinese Foreign Minister Wang Yi met Sergey Lavrov in Moscow.\n")
    db = tmp_path / "kb.db"
    assert runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(db)]).exit_code == 0
    for query in ("%", "_", "*", "\\", ""):
        result = runner.invoke(app, ["meetings", "--person", query, "--db", str(db)])
        assert result.exit_code == 1 and "no letter or digit" in result.output, (query, result.output)
        result = runner.invoke(app, ["who-met", query, "--db", str(db)])
        assert result.exit_code == 1 and "no letter or digit" in result.output, (query, result.output)


def test_names_shown_in_tables_keep_no_bidirectional_override(tmp_path: Path) -> None:
    (tmp_path / "a\u202etxt.md").write_text(
        "Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergey\u202e Lavrov in Moscow.\n"
    )
    db = tmp_path / "kb.db"
    assert runner.invoke(app, ["ingest", str(tmp_path), "--db", str(db)]).exit_code == 0
    for command in ("meetings", "people"):
        result = runner.invoke(app, [command, "--db", str(db)])
        assert result.exit_code == 0 and "Wang Yi" in result.output
        assert "\u202e" not in result.output, command


# Endless and slow inputs, in a subprocess with a timeout.


def test_binary_standard_input_stops_at_once(tmp_path: Path) -> None:
    with open("/dev/zero", "rb") as zero:
        result = run(["ingest", "-", "--db", str(tmp_path / "kb.db")], tmp_path, stdin=zero.fileno())
    assert result.returncode == 1 and "looks like a binary file" in result.stderr
    assert list((tmp_path / "tmp").iterdir()) == []


def endless_text(process: subprocess.Popen[bytes], written: list[int]) -> None:
    """Write sentences to the process's standard input until it stops reading."""
    block = ("Xi Jinping met Vladimir Putin in Moscow. " * 2000 + "\n").encode()
    assert process.stdin is not None
    try:
        while True:
            os.write(process.stdin.fileno(), block)
            written[0] += len(block)
    except OSError:  # the reader stopped: a broken pipe
        pass


def test_endless_standard_input_stops_at_the_limit_and_leaves_nothing_behind(tmp_path: Path) -> None:
    (tmp_path / "tmp").mkdir()
    with (tmp_path / "err").open("w") as err:
        process = subprocess.Popen(
            [*DIPGRAPH, "ingest", "-", "--db", str(tmp_path / "kb.db")],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=err,
            env={**os.environ, "TMPDIR": str(tmp_path / "tmp")},
        )
        written = [0]
        feeder = threading.Thread(target=endless_text, args=(process, written), daemon=True)
        feeder.start()
        try:
            process.wait(timeout=300)
        finally:
            process.kill()
    assert process.returncode == 1
    assert "over the 256 MiB limit for standard input" in (tmp_path / "err").read_text()
    assert list((tmp_path / "tmp").iterdir()) == []


def test_a_terminated_ingest_leaves_no_spool_of_standard_input(tmp_path: Path) -> None:
    (tmp_path / "tmp").mkdir()
    process = subprocess.Popen(
        [*DIPGRAPH, "ingest", "-", "--db", str(tmp_path / "kb.db")],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "TMPDIR": str(tmp_path / "tmp")},
    )
    written = [0]
    feeder = threading.Thread(target=endless_text, args=(process, written), daemon=True)
    feeder.start()
    try:
        while written[0] < 32 * 2**20 and process.poll() is None:  # it is spooling
            feeder.join(0.05)
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)
    finally:
        process.kill()
    assert written[0] >= 32 * 2**20
    assert list((tmp_path / "tmp").iterdir()) == []


def test_a_huge_file_of_text_then_nul_bytes_is_skipped_at_once(tmp_path: Path) -> None:
    path = tmp_path / "padded.txt"
    with path.open("wb") as f:
        f.write(b"Chinese Foreign Minister Wang Yi met Sergey Lavrov in Moscow. " * 260)  # 16 KB
        f.truncate(2 * 2**30)  # then 2 GB of NUL bytes, sparse
    (tmp_path / "good.txt").write_text("Indian Prime Minister Narendra Modi met Vladimir Putin in Kazan.\n")
    result = run(["ingest", str(path), str(tmp_path / "good.txt"), "--db", str(tmp_path / "kb.db")], tmp_path)
    assert result.returncode == 1 and "over the 64 MiB limit for an article" in result.stderr
    assert "ingested 1 document" in result.stdout


SLOW_OCCASIONS = """
from extract.occasions import find_occasion
text = "Lavrov met Wang at " + "the Annual Summit of " * 5000 + "the Conference."
print(find_occasion(text) is not None)
"""


def test_nested_summit_names_are_read_in_linear_time(tmp_path: Path) -> None:
    # 105 KB of "the Annual Summit of the Annual Summit of ...": a quadratic search takes minutes.
    result = subprocess.run(
        [sys.executable, "-c", SLOW_OCCASIONS], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0 and result.stdout.strip() == "True"


SLOW_RULES = """
from extract.pipeline import extract_texts
text = "Xi Jinping met Vladimir Putin in Moscow on Monday. " * 1950  # 99 KB on one line: one piece
(found,) = extract_texts([("a", text)])
print(len(found.meetings))
"""


def test_a_long_line_dense_with_meetings_is_read_in_linear_time(tmp_path: Path) -> None:
    # Each rule that read doc.text or a sentence's entities from the whole doc per trigger made
    # this five minutes; read once per doc, it is a parse and a pass (half a minute).
    code = [sys.executable, "-c", SLOW_RULES]
    result = subprocess.run(code, capture_output=True, text=True, timeout=180, check=False)
    assert result.returncode == 0 and int(result.stdout) > 1000
