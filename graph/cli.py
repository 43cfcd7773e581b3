"""The ``dipgraph`` command: ingest articles, then ask who met whom, when and where.

A thin skin over the library: each command checks its arguments and calls one function of
``graph`` (or ``extract`` for ``ingest``). Every dipgraph error is one line on stderr and
exit status 1, never a traceback; Ctrl-C is one line and exit status 130.

Every listing command (``meetings``, ``who-met``, ``people``, ``stats``, ``path``, ``show``)
takes ``--format table|json|jsonl|csv``. Tables fit the terminal; piped or redirected, they
are printed at full width, without wrapping.

Each command imports the parts of ``graph`` it uses (the knowledge base, the queries, and with
them the records' pydantic models; rich where it draws a table), so that ``dipgraph --help``
and ``dipgraph COMMAND --help`` start without them.
"""

from __future__ import annotations

import csv
import itertools
import json
import os
import shlex
import sqlite3
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from extract.errors import DipgraphError
from extract.vocabulary import DEFAULT_MODEL, MeetingKind
from graph.errors import ExportError, KnowledgeBaseError, QueryError
from graph.formats import Format, View, format_of

if TYPE_CHECKING:  # imported where used: `dipgraph --help` starts without them
    from rich.console import Console
    from rich.progress import Progress
    from rich.table import Table

    from extract.reader import Problem
    from extract.records import Person, Place
    from graph.query import Counterpart, Held
    from graph.records import MeetingFacts, MeetingRow, PairTotals
    from graph.store import KnowledgeBase

app = typer.Typer(
    help="A knowledge graph of diplomatic meetings, built from news articles.",
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    rich_markup_mode=None,  # click's help: paragraphs rewrapped, flags without a value, [dask] kept
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)

MODEL = DEFAULT_MODEL  # from the vocabulary module, which imports neither spaCy nor pydantic
INTERRUPTED = 130  # the exit status of a program stopped by Ctrl-C (128 + SIGINT)


def _version(shown: bool) -> None:
    if shown:
        from importlib.metadata import PackageNotFoundError, version

        try:
            number = version("dipgraph")
        except PackageNotFoundError:  # run from a source tree that was not installed
            number = "unknown"
        typer.echo(f"dipgraph {number}")
        raise typer.Exit()


@app.callback()
def main(
    _: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print dipgraph's version and exit."
        ),
    ] = False,
) -> None:
    """A knowledge graph of diplomatic meetings, built from news articles."""
    # pydantic looks for plugins among every installed package's entry points when it builds
    # its first model (some 20-30 ms of a command's start); dipgraph uses none. A user who set
    # the variable keeps their choice (an empty value lets pydantic look).
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")


Db = Annotated[
    Path,
    typer.Option("--db", envvar="DIPGRAPH_DB", dir_okay=False, help="The knowledge base file."),
]
DEFAULT_DB = Path("dipgraph.db")
# The filters of `meetings`, shared by `export`.
PersonFilter = Annotated[str | None, typer.Option(help="A participant's name, or part of it.")]
CounterpartFilter = Annotated[str | None, typer.Option(help="Another participant, who met --person.")]
PlaceFilter = Annotated[str | None, typer.Option(help="The city, region or country.")]
OccasionFilter = Annotated[str | None, typer.Option(help="The summit or conference.")]
SinceFilter = Annotated[str | None, typer.Option(help="On or after YYYY-MM-DD, YYYY-MM or YYYY.")]
UntilFilter = Annotated[str | None, typer.Option(help="On or before YYYY-MM-DD, YYYY-MM or YYYY.")]
KindFilter = Annotated[MeetingKind | None, typer.Option(help="The kind of meeting.")]
IncludePlans = Annotated[
    bool,
    typer.Option(
        "--include-plans",
        help="Count planned and cancelled meetings too (by default only those that took place).",
    ),
]
OutputFormat = Literal["table", "json", "jsonl", "csv"]
FormatOption = Annotated[
    OutputFormat, typer.Option("--format", help="table, json (one array), jsonl (a line each) or csv.")
]


@contextmanager
def reported() -> Iterator[None]:
    """Turn a dipgraph error into one line on stderr and exit status 1 (so too an SQLite error
    from a knowledge base damaged after it was opened), and Ctrl-C into one line and exit
    status 130."""
    try:
        yield
    except DipgraphError as e:
        typer.echo(f"dipgraph: {e}", err=True)
        raise typer.Exit(1) from None
    except sqlite3.Error as e:
        typer.echo(
            f"dipgraph: cannot read the knowledge base ({e}); it may be damaged: "
            "move it aside and ingest the articles again",
            err=True,
        )
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        typer.echo("dipgraph: interrupted", err=True)
        raise typer.Exit(INTERRUPTED) from None


def person_named(kb: KnowledgeBase, name: str) -> Person:
    """The one person taking part in a meeting whom ``name`` names (read through the name
    index); a :class:`~graph.errors.QueryError` naming the candidates when it names no one or
    several (:func:`graph.query.pick_person`)."""
    from graph.query import matchable, pick_person

    matchable(name)
    return pick_person((p for m in kb.meeting_rows(name) for p in m.participants), name)


def counterparts(
    kb: KnowledgeBase, name: str | Person, *, include_plans: bool = False
) -> list[Counterpart[MeetingRow]]:
    """Everyone who met a person matching ``name``, as :func:`graph.query.who_met` gives them
    of every meeting: of only that person's meetings, read through the name index, as light
    rows (who-met shows their dates, places and kinds, not their reports or countries)."""
    from extract.records import Person
    from graph.query import who_met

    rows = kb.meeting_rows(name.name if isinstance(name, Person) else name)
    return who_met(rows, name, include_plans=include_plans)


def choose(
    place: str | None,
    occasion: str | None,
    since: str | None,
    until: str | None,
    kind: str | None,
) -> Callable[[Iterable[Held], Person | None, Person | None], list[Held]]:
    """:func:`graph.query.find_meetings` with a command's filters, checked now (dates parsed,
    the kind known), so that a bad one fails before the knowledge base is read; the person and
    counterpart, found in the knowledge base (:func:`person_named`), come with the meetings."""
    from graph.query import find_meetings, parse_day

    first = parse_day(since) if since else None
    last = parse_day(until, last=True) if until else None
    find_meetings([], since=first, until=last, kind=kind)

    def chosen(meetings: Iterable[Held], person: Person | None, counterpart: Person | None) -> list[Held]:
        return find_meetings(
            meetings,
            person=person,
            counterpart=counterpart,
            place=place,
            occasion=occasion,
            since=first,
            until=last,
            kind=kind,
        )

    return chosen


def named(kb: KnowledgeBase, *names: str | None) -> list[Person | None]:
    """The person each name picks (:func:`person_named`), None for a name not given."""
    return [person_named(kb, name) if name is not None else None for name in names]


def plural(n: int, noun: str) -> str:
    """``n`` and the noun, in the plural unless ``n`` is 1.

    >>> plural(1, "meeting"), plural(0, "document")
    ('1 meeting', '0 documents')
    """
    return f"{n} {noun}{'' if n == 1 else 's'}"


def table(title: str, *columns: str, keep: tuple[str, ...] = ("id", "date", "when", "kind", "how")) -> Table:
    """A table whose short columns are never wrapped, and whose long ones wrap without cutting."""
    from rich.table import Table

    shown = Table(title=title)
    for column in columns:
        shown.add_column(column, no_wrap=column in keep, overflow="fold")
    return shown


def show(shown: Table) -> None:
    """Print a table: to fit a terminal, else (piped, redirected) at its full width, unwrapped."""
    from rich.console import Console

    console = Console()
    if not console.is_terminal:  # as wide as the table needs: a table is never wider
        console = Console(width=1_000_000)
    console.print(shown)


Value = str | int | None | list[str]


def write_rows(rows: Sequence[Mapping[str, Value]], columns: Sequence[str], output: OutputFormat) -> None:
    """Print rows as a JSON array, JSON Lines or CSV (a list joined with "; ")."""
    if output == "json":
        typer.echo(json.dumps(list(rows), ensure_ascii=False, indent=2))
    elif output == "jsonl":
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False))
    else:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            values = (row.get(c) for c in columns)
            writer.writerow(["; ".join(v) if isinstance(v, list) else v for v in values])


def short_ids(ids: Iterable[str], *, least: int = 8) -> dict[str, str]:
    """Each id cut to the shortest start (of at least ``least`` characters) no other id shares,
    as `dipgraph show` takes them.

    >>> short_ids(["m-3f2a9c1b2d", "m-3f2a9c1b77", "m-0aa1b2c3d4"])
    {'m-0aa1b2c3d4': 'm-0aa1b2', 'm-3f2a9c1b2d': 'm-3f2a9c1b2', 'm-3f2a9c1b77': 'm-3f2a9c1b7'}
    """
    ids = sorted(set(ids))
    cut = {}
    for i, mid in enumerate(ids):
        shared = max(
            (len(_common(mid, other)) for other in ids[max(0, i - 1) : i + 2] if other != mid), default=0
        )
        cut[mid] = mid[: max(least, shared + 1)]
    return {mid: cut[mid] for mid in ids}


def _common(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def meeting_row(m: MeetingFacts, **more: Value) -> dict[str, Value]:
    """A meeting as a row of a listing: id, date, place, occasion, kind (and ``more``)."""
    from graph.records import date_text, place_text

    return {
        "id": m.id,
        "date": date_text(m.date),
        "place": place_text(m.place),
        "occasion": m.occasion.name if m.occasion else "",
        "kind": m.kind,
        **more,
    }


def progress_bar(console: Console, total: int | None = None) -> Progress:
    """The ingest progress display: documents read (stored or unchanged), their rate, the
    time elapsed, and the last document; with the ``total`` when it is known, a bar and the
    time left."""
    from rich.progress import (
        BarColumn,
        Progress,
        ProgressColumn,
        SpinnerColumn,
        Task,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.table import Column
    from rich.text import Text

    class Rate(ProgressColumn):
        """Documents per second, over the last half minute."""

        def render(self, task: Task) -> Text:
            return Text(f"{task.speed or 0:.1f} documents/s")

    fixed = Column(no_wrap=True)
    counted = [
        TextColumn("{task.completed} of {task.total} documents", table_column=fixed),
        BarColumn(bar_width=20),
    ]
    columns: list[ProgressColumn] = [
        SpinnerColumn(),
        *(counted if total else [TextColumn("{task.completed} documents", table_column=fixed)]),
        TextColumn("({task.fields[stored]} stored, {task.fields[unchanged]} unchanged)", table_column=fixed),
        Rate(table_column=fixed),
        TimeElapsedColumn(table_column=fixed),
        *([TextColumn("left"), TimeRemainingColumn(table_column=fixed)] if total else []),
        TextColumn("{task.description}", table_column=Column(no_wrap=True, overflow="ellipsis")),
    ]
    return Progress(*columns, console=console, transient=True)


def articles_given(paths: Iterable[Path]) -> int | None:
    """How many articles ``paths`` hold, when that is known before reading them: one per
    text or HTML file; None with standard input or a JSON file (a line each).

    >>> articles_given([Path("seeds")]), articles_given([Path("-")])
    (5, None)
    """
    from extract.reader import JSON_SUFFIXES, Source, iter_sources

    total = 0
    for given in paths:
        if str(given) == "-":
            return None
        for source in iter_sources([given]):
            if isinstance(source, Source):
                if source.path is None or source.path.suffix.lower() in JSON_SUFFIXES:
                    return None
                total += 1
    return total


@app.command()
def ingest(
    paths: Annotated[
        list[Path],
        typer.Argument(
            metavar="PATH", help="Article files, folders of them (read recursively), or - for stdin."
        ),
    ],
    db: Db = DEFAULT_DB,
    model: Annotated[
        str, typer.Option(metavar="NAME", help="The spaCy pipeline to extract with (any installed one).")
    ] = MODEL,
    workers: Annotated[
        int, typer.Option(min=1, help="Processes that parse and extract (each loads the spaCy pipeline).")
    ] = 1,
    scheduler: Annotated[
        str | None,
        typer.Option(
            metavar="ADDRESS",
            help="A Dask scheduler (tcp://HOST:8786) whose workers parse and extract, instead of "
            "this machine (needs dipgraph[dask]).",
        ),
    ] = None,
) -> None:
    """Read articles, extract the meetings they report, and merge them into the knowledge base.

    Reads .txt, .md, .html/.htm and .jsonl/.json (one article per line) files, and - for
    standard input. Articles already stored as they are are left alone; a changed file
    replaces what it stated before. Each file that cannot be read is named on stderr with
    the reason, and the exit status is then 1. Ctrl-C stops it with exit status 130, keeping
    every document stored so far.

    Example: dipgraph ingest seeds/ --db dipgraph.db
    """
    if scheduler is not None and workers > 1:
        raise typer.BadParameter(
            "give --workers or --scheduler, not both: a cluster's workers are set where they are started",
            param_hint="--workers",
        )
    from rich.console import Console

    from graph.ingest import Tally
    from graph.ingest import ingest as feed  # reads files; imports spaCy only when it runs
    from graph.store import KnowledgeBase

    err = Console(stderr=True, highlight=False, soft_wrap=True)
    bar: Progress | None = None
    task = None

    def problem(p: Problem) -> None:
        word = {"skip": "skipped", "note": "note", "ignored": "ignored"}[p.kind]
        (bar.console if bar else err).print(f"{word} {p}", markup=False)

    def progress(tally: Tally, doc_id: str) -> None:
        if bar is not None and task is not None:
            bar.update(
                task, advance=1, description=doc_id, stored=len(tally.ingested), unchanged=tally.unchanged
            )

    with reported():
        try:
            with KnowledgeBase.open(db, create=True) as kb:
                if workers == 1 and scheduler is None:  # loaded here, once: say so, it takes seconds
                    load_pipeline(model, err)
                if err.is_terminal:
                    total = articles_given(paths)
                    bar = progress_bar(err, total)
                    task = bar.add_task("", total=total, stored=0, unchanged=0)
                with bar or nullcontext():
                    tally = feed(
                        kb,
                        paths,
                        model=model,
                        on_problem=problem,
                        on_article=progress,
                        workers=workers,
                        scheduler=scheduler,
                    )
                held = kb.counts()
        except (sqlite3.Error, OSError) as e:
            raise KnowledgeBaseError(
                f"cannot write {db} ({e}); check the disk and the file's permissions"
            ) from e
        except KeyboardInterrupt:
            typer.echo(
                "dipgraph: interrupted; every document stored so far is kept whole: "
                "run the same command again to go on",
                err=True,
            )
            raise typer.Exit(INTERRUPTED) from None
    typer.echo(
        f"{tally.summary()}; {db} holds {held['meetings']} meetings of {held['people']} people "
        f"from {held['documents']} documents"
    )
    if tally.skipped:
        raise typer.Exit(1)


def load_pipeline(model: str, err: Console) -> None:
    """Load the spaCy pipeline (kept for the run), saying so on a terminal while it loads."""
    from extract.pipeline import load  # spaCy

    with err.status(f"loading the spaCy pipeline {model}") if err.is_terminal else nullcontext():
        load(model)


@app.command()
def stats(db: Db = DEFAULT_DB, output: FormatOption = "table") -> None:
    """Count what the knowledge base holds: documents, people, places, meetings by kind, dates.

    Example: dipgraph stats --db dipgraph.db
    """
    from graph.query import MET_KINDS, PLAN_KINDS
    from graph.store import KnowledgeBase

    with reported(), KnowledgeBase.open(db) as kb:
        held = kb.stats()
    early, late = held.published
    if output != "table":
        row: dict[str, Value] = {
            "documents": held.documents,
            "published_first": early.isoformat() if early else None,
            "published_last": late.isoformat() if late else None,
            "reports": held.reports,
            "people": held.people,
            "places": held.places,
            "occasions": held.occasions,
            "meetings": sum(held.meetings.values()),
            **{kind: held.meetings.get(kind, 0) for kind in (*MET_KINDS, *PLAN_KINDS)},
            "first": held.first.isoformat() if held.first else None,
            "last": held.last.isoformat() if held.last else None,
            "undated": held.undated,
        }
        write_rows([row], list(row), output)
        return
    kinds = ", ".join(f"{n} {kind}" for kind, n in held.meetings.items())
    lines = [
        ("documents", f"{held.documents}" + (f" (published {early} to {late})" if early else "")),
        ("reports", f"{held.reports} (meetings as each document states them)"),
        ("people", str(held.people)),
        ("places", str(held.places)),
        ("occasions", str(held.occasions)),
        ("meetings", f"{sum(held.meetings.values())}" + (f": {kinds}" if kinds else "")),
        (
            "dates",
            (f"{held.first} to {held.last}" if held.first else "none")
            + (f" ({plural(held.undated, 'meeting')} undated)" if held.undated else ""),
        ),
    ]
    typer.echo(str(db))
    for name, value in lines:
        typer.echo(f"  {name:<10} {value}")


@app.command("show")
def show_meeting(
    meeting_id: Annotated[str, typer.Argument(help="A meeting id (or its start), as `meetings` lists.")],
    db: Db = DEFAULT_DB,
    output: FormatOption = "table",
) -> None:
    """Show one meeting and every sentence that states it, with its document: when it was
    announced, the facts its reports disagree on, and why its reports were joined.

    With --format json or jsonl, the meeting as `meetings` gives it; with csv, a row per
    sentence.

    Example: dipgraph show m-3f2a9c1b2d
    """
    from graph.jsonl import meeting_record
    from graph.merge import announced, conflicts, explain
    from graph.records import date_text, place_text
    from graph.store import KnowledgeBase

    with reported(), KnowledgeBase.open(db) as kb:
        m = kb.meeting(meeting_id)
        sources = {d.id: d for d in kb.documents(m.docs)}
    if output in ("json", "jsonl"):
        record = meeting_record(m, sources)
        typer.echo(json.dumps(record, ensure_ascii=False, indent=2 if output == "json" else None))
        return
    if output == "csv":
        who = [p.name for p in m.participants]
        rows = [
            meeting_row(
                m,
                participants=who,
                doc=r.doc,
                published=str(sources[r.doc].published or "") if r.doc in sources else "",
                start=e.start,
                end=e.end,
                text=e.text,
            )
            for r in m.reports
            for e in r.evidence
        ]
        columns = ["id", "date", "place", "occasion", "kind", "participants", "doc", "published"]
        write_rows(rows, [*columns, "start", "end", "text"], output)
        return
    typer.echo(
        f"{m.id}  {m.kind}  {date_text(m.date) or 'undated'}  {place_text(m.place) or 'place unknown'}"
    )
    if m.occasion:
        typer.echo(f"  at {m.occasion.name}")
    for p in m.participants:
        typer.echo(f"  {p.name}" + "".join(f", {x}" for x in (p.role, p.country) if x))
    if m.countries:
        typer.echo(f"  countries: {', '.join(m.countries)}")
    for plan in announced(m):
        d = sources.get(plan.doc)
        when = f" for {date_text(plan.date)}" if plan.date and plan.date.resolved else ""
        on = f", published {d.published}" if d and d.published else ""
        typer.echo(f"  announced{when} in {plan.doc}{on}")
    for conflict in conflicts(m):
        stated = "; ".join(f"{value} ({', '.join(docs)})" for value, docs in conflict.stated)
        typer.echo(f"  reports disagree on the {conflict.fact}: {stated}")
    published = {doc: d.published for doc, d in sources.items()}
    for line in explain(m.reports, published):
        typer.echo(f"  joined {line}")
    for doc in m.docs:
        d = sources.get(doc)
        typer.echo("")
        where = [x for x in (d and (d.url or d.path), d and d.outlet) if x] if d else []
        typer.echo(
            f"{doc}" + (f"  {d.published}" if d and d.published else "") + "".join(f"  {x}" for x in where)
        )
        if d and d.title:
            typer.echo(f"  {d.title}")
        for r in m.reports:
            if r.doc == doc:
                for e in r.evidence:
                    typer.echo(f"  [{e.start}:{e.end}] {e.text}")


@app.command()
def forget(
    doc_ids: Annotated[list[str], typer.Argument(help="Document ids, as the sources of meetings name them.")],
    db: Db = DEFAULT_DB,
) -> None:
    """Remove documents and what they stated; meetings that only they reported go too.

    Example: dipgraph forget 000_085baf7a87daf90b
    """
    from graph.store import KnowledgeBase

    with reported(), KnowledgeBase.open(db) as kb:
        gone = kb.forget(doc_ids)
        held = kb.counts()
    n = len(set(doc_ids))
    only = f"{plural(len(gone), 'meeting')} only {'it' if n == 1 else 'they'} reported"
    typer.echo(
        f"forgot {plural(n, 'document')}; {only} {'is' if len(gone) == 1 else 'are'} gone; "
        f"{db} holds {plural(held['meetings'], 'meeting')} from {plural(held['documents'], 'document')}"
    )


@app.command()
def meetings(
    person: PersonFilter = None,
    counterpart: CounterpartFilter = None,
    place: PlaceFilter = None,
    occasion: OccasionFilter = None,
    since: SinceFilter = None,
    until: UntilFilter = None,
    kind: KindFilter = None,
    output: FormatOption = "table",
    db: Db = DEFAULT_DB,
) -> None:
    """List merged meetings, filtered by who, where, what occasion, when and what kind.

    Lists planned and cancelled meetings too, with their kind (--kind planned for those). A
    name must pick one person: one that fits no one or several is an error naming them.
    --format json and jsonl give each meeting whole, with its sources; csv a row each.

    Example: dipgraph meetings --person Lavrov --since 2024-01 --format jsonl
    """
    from graph.jsonl import write_json, write_jsonl
    from graph.records import date_text, place_text
    from graph.store import KnowledgeBase

    with reported():
        chosen = choose(place, occasion, since, until, kind)
        with KnowledgeBase.open(db) as kb:
            who, other = named(kb, person, counterpart)
            everything = kb.meetings()
            sources = {d.id: d for d in kb.documents()}
        found = chosen(everything, who, other)
    if output == "jsonl":
        write_jsonl(found, sys.stdout, documents=sources)
    elif output == "json":
        write_json(found, sys.stdout, documents=sources)
    elif output == "csv":
        rows = [
            meeting_row(m, participants=[p.name for p in m.participants], sources=list(m.docs)) for m in found
        ]
        write_rows(rows, ["id", "date", "participants", "place", "occasion", "kind", "sources"], output)
    elif not found:
        typer.echo("no meetings match")
    else:
        cut = short_ids(m.id for m in everything)
        listed = table(f"{len(found)} meetings", "id", "date", "who", "where", "occasion", "kind", "sources")
        for m in found:
            listed.add_row(
                cut[m.id],
                date_text(m.date),
                "\n".join(p.name for p in m.participants),
                place_text(m.place),
                m.occasion.name if m.occasion else "",
                m.kind,
                "\n".join(m.docs),
            )
        show(listed)


PAGE_MEETINGS = 20_000  # the meetings a network page holds at most (--page-meetings): it opens in seconds
TABLE_ROWS = 20  # the rows a table shows by default: about a terminal's worth, drawn at once
Limit = Annotated[
    int,
    typer.Option(
        "--limit",
        min=0,
        help="The rows of the table, most meetings first (0: every one); json, jsonl and csv give every row.",
    ),
]


def met_whom(
    kb: KnowledgeBase, name: str, *, include_plans: bool = False, limit: int | None = TABLE_ROWS
) -> tuple[Person, list[PairTotals], int]:
    """The one person ``name`` picks (:func:`graph.query.pick_person`), what their meetings with
    each counterpart add up to, most first (the first ``limit``), and how many counterparts
    they have in all: what ``dipgraph who-met`` shows, read from the totals the knowledge base
    keeps for each pair, not from the meetings."""
    from graph.query import matchable, pick_person

    person = pick_person(kb.taking_part(matchable(name)), name)
    totals = kb.met_with(person.id, include_plans=include_plans, limit=limit)
    if limit is None or len(totals) < limit:
        return person, totals, len(totals)
    return person, totals, kb.counterpart_count(person.id, include_plans=include_plans)


def places_text(places: Sequence[tuple[Place, int]], shown: int = 3) -> str:
    r"""The places of a pair's meetings, most first, a line each, with how many meetings when
    more than one; the first ``shown`` and how many more.

    >>> from extract.records import Place
    >>> places_text([(Place(city="Moscow"), 3), (Place(city="Rio"), 1), (Place(city="Kazan"), 1)], shown=2)
    'Moscow (3)\nRio\n… 1 more place'
    """
    from graph.records import place_text

    lines = [place_text(p) + (f" ({n})" if n > 1 else "") for p, n in places[:shown]]
    if len(places) > shown:
        lines.append(f"… {plural(len(places) - shown, 'more place')}")
    return "\n".join(lines)


def kinds_text(kinds: Sequence[tuple[str, int]]) -> str:
    r"""The kinds of a pair's meetings, most first, with how many when more than one.

    >>> kinds_text([("in_person", 2), ("phone", 1)])
    'in_person (2)\nphone'
    """
    return "\n".join(kind + (f" ({n})" if n > 1 else "") for kind, n in kinds)


def totals_row(t: PairTotals) -> tuple[str, str, str, str, str]:
    """A pair's totals as the cells of a table: meetings, first, last, where, how."""
    first, last = (day.isoformat() if day else "undated" for day in (t.first, t.last))
    return str(t.meetings), first, last, places_text(t.places), kinds_text(t.kinds)


@app.command("who-met")
def who_met_command(
    name: Annotated[str, typer.Argument(help="A person's name, or part of it.")],
    include_plans: IncludePlans = False,
    output: FormatOption = "table",
    limit: Limit = TABLE_ROWS,
    db: Db = DEFAULT_DB,
) -> None:
    """List everyone a person met: how often, first and last, where and how.

    Only meetings that took place count (in person, visits, calls); --include-plans adds the
    planned and cancelled ones. The name must pick one person. The table shows those met most
    (--limit); --format json, jsonl and csv give a row per counterpart and meeting.

    Example: dipgraph who-met Lavrov
    """
    from graph.query import matchable, pick_person, who_met
    from graph.store import KnowledgeBase

    with reported(), KnowledgeBase.open(db) as kb:
        if output != "table":
            person = pick_person(kb.taking_part(matchable(name)), name)
            met = who_met(kb.meetings_with(person.id), person, include_plans=include_plans)
            rows = [
                meeting_row(m, person=person.name, counterpart=c.person.name) for c in met for m in c.meetings
            ]
            write_rows(rows, ["person", "counterpart", "id", "date", "place", "occasion", "kind"], output)
            return
        person, totals, count = met_whom(kb, name, include_plans=include_plans, limit=limit or None)
    if not totals:
        plans = "" if include_plans else "; --include-plans adds planned and cancelled meetings"
        typer.echo(f"{person.name} met no one{plans}")
        return
    more = f" (the {len(totals)} met most of {count}: --limit 0 lists all)" if count > len(totals) else ""
    listed = table(f"who met {person.name}{more}", "counterpart", "meetings", "first", "last", "where", "how")
    for t in totals:
        listed.add_row(t.counterpart.name, *totals_row(t))
    show(listed)


@app.command()
def people(
    everyone: Annotated[
        bool, typer.Option("--all", help="Also list the names no meeting has (fragments, outlets).")
    ] = False,
    output: FormatOption = "table",
    limit: Limit = TABLE_ROWS,
    db: Db = DEFAULT_DB,
) -> None:
    """List the people who take part in meetings: canonical name, spellings seen, country, role,
    and how many meetings they had (met), planned and saw cancelled; most meetings first.

    The table shows the first of them (--limit); --format json, jsonl and csv list everyone.

    Example: dipgraph people --db dipgraph.db
    """
    from graph.store import KnowledgeBase

    columns = ["name", "aliases", "country", "role", "met", "planned", "cancelled"]
    shown = None if output != "table" else limit or None
    with reported(), KnowledgeBase.open(db) as kb:
        listed = kb.people_totals(everyone=everyone, limit=shown)
        held, taking_part = kb.people_counted()
    if output != "table":
        rows = [
            {**p._asdict(), "aliases": list(p.aliases), "country": p.country or "", "role": p.role or ""}
            for p in listed
        ]
        write_rows(rows, columns, output)
        return
    total = held if everyone else taking_part
    rest = held - total
    title = f"{total} {'person' if total == 1 else 'people'}"
    if len(listed) < total:
        title += f", the {len(listed)} who met most (--limit 0 lists all)"
    table_of = table(title + (f" ({rest} without meetings: --all lists them)" if rest else ""), *columns)
    for p in listed:
        table_of.add_row(p.name, ", ".join(p.aliases), p.country or "", p.role or "", *map(str, p[4:]))
    show(table_of)


@app.command()
def export(
    file: Annotated[
        Path,
        typer.Argument(
            help="The file to write (.graphml, .gexf, .json, or .html for the network page to open in "
            "a browser), or the folder for --format csv.",
            dir_okay=True,
        ),
    ],
    view: Annotated[
        View,
        typer.Option(help="meetings: people, meetings, places, occasions, documents; people: who met whom."),
    ] = "meetings",
    output: Annotated[
        Format | None,
        typer.Option(
            "--format",
            help="graphml, gexf (1.3, with time), csv (a folder of nodes.csv and edges.csv) or json "
            "(node-link); default: from the file's extension.",
        ),
    ] = None,
    person: PersonFilter = None,
    counterpart: CounterpartFilter = None,
    place: PlaceFilter = None,
    occasion: OccasionFilter = None,
    since: SinceFilter = None,
    until: UntilFilter = None,
    kind: KindFilter = None,
    include_plans: IncludePlans = False,
    force: Annotated[
        bool, typer.Option("--force", help="Write nodes.csv and edges.csv into a folder holding other files.")
    ] = False,
    page_meetings: Annotated[
        int,
        typer.Option(
            "--page-meetings",
            min=0,
            help="The network page holds at most this many meetings, those that began last (0: every one).",
        ),
    ] = PAGE_MEETINGS,
    db: Db = DEFAULT_DB,
) -> None:
    """Write a graph view for Gephi, pandas or the web: GraphML, GEXF with time, CSV or JSON.

    The filters are those of `dipgraph meetings`: only the meetings that pass them are drawn.
    In the people view an edge links two people who met; --include-plans (or --kind planned
    or cancelled) adds pairs linked by plans. Each edge counts its met, planned and cancelled
    meetings.

    A file ending in .html is the network page: one self-contained file to open in a browser,
    with a time range, a switch for plans, search, and the meetings of a person or pair. Of
    more meetings than --page-meetings it holds those that began last, and says so.

    Example: dipgraph export people.gexf --view people --since 2023
    """
    if file.suffix.lower() == ".html" and output is None:
        filters = {"--person": person, "--counterpart": counterpart, "--place": place}
        filters |= {"--occasion": occasion, "--since": since, "--until": until, "--kind": kind}
        chosen = choose(place, occasion, since, until, kind)
        page(file, person, counterpart, chosen, filters, include_plans, kind, page_meetings, db)
        return
    from graph.export import (
        write_graph,
        write_people_graphml,
    )  # networkx: loaded for the commands that draw graphs
    from graph.query import PLAN_KINDS
    from graph.store import KnowledgeBase
    from graph.views import meeting_graph, people_view, people_view_of

    with reported():
        form = format_of(file, output)
        if form == "csv" and not force:
            refuse_to_mix(file)
        chosen = choose(place, occasion, since, until, kind)
        with KnowledgeBase.open(db) as kb:
            who, other = named(kb, person, counterpart)
            if view == "people" and not any((person, counterpart, place, occasion, since, until, kind)):
                pairs = people_view_of(kb.meeting_facts(), kb.people_by_id(), include_plans=include_plans)
            elif view == "people":  # light rows: the view reads no countries, reports or documents
                plans = include_plans or kind in PLAN_KINDS
                pairs = people_view(chosen(kb.meeting_rows(), who, other), include_plans=plans)
            else:
                graph = meeting_graph(chosen(kb.meetings(), who, other), kb.documents())
        if view == "people" and form == "graphml":  # written edge by edge, no graph made
            write_people_graphml(pairs, file)
            nodes, edges = len(pairs.nodes), len(pairs.shared)
        else:
            graph = pairs.graph() if view == "people" else graph
            write_graph(graph, file, format=form)
            nodes, edges = graph.number_of_nodes(), graph.number_of_edges()
    typer.echo(f"wrote the {view} view ({nodes} nodes, {edges} edges) as {form} to {file}")


def page(
    file: Path,
    person: str | None,
    counterpart: str | None,
    chosen: Callable[[Iterable[MeetingRow], Person | None, Person | None], list[MeetingRow]],
    filters: dict[str, str | None],
    include_plans: bool,
    kind: str | None,
    limit: int,
    db: Path,
) -> None:
    """Write the network page of the meetings chosen (:func:`graph.webpage.write_page`): read
    as light rows, with their evidence sentences and their documents as stored, rather than as
    records validated again. Of more than ``limit`` meetings (unless 0) it holds those that
    began last (:func:`graph.webpage.latest`), with the totals the knowledge base keeps of
    their people and pairs: with no filter, only those are read."""
    from graph.query import PLAN_KINDS
    from graph.store import KnowledgeBase
    from graph.webpage import Window, latest, pairs_of, write_page

    with reported():
        with KnowledgeBase.open(db) as kb:
            who, other = named(kb, person, counterpart)
            window = None
            if any(filters.values()):
                asked = [p.id for p in (who, other) if p is not None]
                meetings = chosen(kb.meetings_with(*asked) if asked else kb.meeting_rows(), who, other)
                held = len(meetings)
                if limit and held > limit:
                    meetings = latest(meetings, limit)
            else:
                held = kb.counts()["meetings"]
                meetings = kb.latest_meeting_rows(limit) if limit and held > limit else kb.meeting_rows()
            if len(meetings) < held:
                evidence = kb.evidence([m.id for m in meetings])
                documents = kb.document_rows({doc for stated in evidence.values() for doc, _ in stated})
                command = " ".join(
                    [
                        "dipgraph export",
                        str(file),
                        *(f"{o} {shlex.quote(v)}" for o, v in filters.items() if v),
                    ]
                )
                window = Window(held, kb.meeting_totals(), kb.pair_counts(pairs_of(meetings)), command)
            else:
                evidence = kb.evidence()
                documents = kb.document_rows()
        plans = include_plans or kind in PLAN_KINDS
        wrote = write_page(meetings, file, documents, include_plans=plans, evidence=evidence, window=window)
    held_text = plural(wrote.meetings, "meeting")
    if wrote.chosen > wrote.meetings:
        noun = "meeting" if wrote.meetings == 1 else "meetings"
        held_text = f"the {wrote.meetings:,} {noun} that began last of {wrote.chosen:,}"
    more = "; --page-meetings 0 puts in every one" if wrote.chosen > wrote.meetings else ""
    typer.echo(
        f"wrote the network page ({wrote.people} {'person' if wrote.people == 1 else 'people'}, "
        f"{held_text}, {wrote.met} of them met) to {file}{more}"
    )


def refuse_to_mix(folder: Path) -> None:
    """Raise :class:`~graph.errors.ExportError` if ``folder`` holds files other than the
    ``nodes.csv`` and ``edges.csv`` an export writes."""
    if not folder.is_dir():
        return
    others = sorted(e.name for e in folder.iterdir() if e.name not in ("nodes.csv", "edges.csv"))
    if others:
        listed = ", ".join(others[:3]) + (", ..." if len(others) > 3 else "")
        raise ExportError(
            f"{folder} holds other files ({listed}); give a new or empty folder, "
            "or --force to write nodes.csv and edges.csv among them"
        )


@app.command()
def browse(
    db: Db = DEFAULT_DB,
    host: Annotated[
        str, typer.Option(help="The address to serve at; 0.0.0.0 lets other machines in.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="The port to serve at.")] = 8001,
    open_browser: Annotated[
        bool, typer.Option("--open/--no-open", help="Open the knowledge base in a browser.")
    ] = True,
    write_metadata: Annotated[
        Path | None,
        typer.Option(
            "--write-metadata",
            metavar="FILE",
            dir_okay=False,
            help="Write Datasette's metadata to FILE and stop, for `datasette DB --metadata FILE`.",
        ),
    ] = None,
) -> None:
    """Open the knowledge base in Datasette: meetings, people, sources and places, searchable.

    Needs the extra: pip install 'dipgraph[datasette]'. The views meeting_list, person_list,
    source_list (full-text search of the sentences) and place_list (on a map) come with titles
    and descriptions. Ctrl-C stops it.

    Example: dipgraph browse --db dipgraph.db --port 8001
    """
    from graph.browse import serve
    from graph.browse import write_metadata as write

    with reported():
        if write_metadata is not None:
            write(db, write_metadata)
            typer.echo(
                f"wrote Datasette's metadata for {db} to {write_metadata}; "
                f"run: datasette {db} --metadata {write_metadata}"
            )
            return
        serve(
            db,
            host=host,
            port=port,
            open_browser=open_browser,
            on_ready=lambda url: typer.echo(f"serving {db} in Datasette at {url} (Ctrl-C stops it)"),
        )


@app.command("path")
def path_command(
    start: Annotated[str, typer.Argument(help="A person's name, or part of it.")],
    end: Annotated[str, typer.Argument(help="Another person's name, or part of it.")],
    include_plans: IncludePlans = False,
    output: FormatOption = "table",
    db: Db = DEFAULT_DB,
) -> None:
    """Show a shortest chain of meetings linking two people: who met whom, when, where, how.

    Only meetings that took place link people; --include-plans lets planned and cancelled
    ones link them too. --format json, jsonl and csv give a row per step and meeting.

    Example: dipgraph path "Wang Yi" Putin
    """
    from graph.query import MET_KINDS, in_date_order
    from graph.store import KnowledgeBase

    with reported(), KnowledgeBase.open(db) as kb:
        links = chain_of(kb, start, end, include_plans=include_plans)
        if output != "table":
            rows = [
                meeting_row(m, step=i, person=a.name, counterpart=b.name)
                for i, (a, b) in enumerate(links, 1)
                for m in in_date_order(
                    m for m in kb.meetings_with(a.id, b.id) if include_plans or m.kind in MET_KINDS
                )
            ]
            columns = ["step", "person", "counterpart", "id", "date", "place", "occasion", "kind"]
            write_rows(rows, columns, output)
            return
        steps = [(a, b, kb.pair_totals(a.id, b.id, include_plans=include_plans)) for a, b in links]
    if not links:
        typer.echo(f"no chain of meetings links {start!r} and {end!r}")
        return
    listed = table(
        f"{links[0][0].name} to {links[-1][1].name}: {plural(len(links), 'step')}",
        *("who", "met", "meetings", "first", "last", "where", "how"),
    )
    for a, b, totals in steps:
        listed.add_row(a.name, b.name, *(totals_row(totals) if totals else ()))
    show(listed)


def chain_of(
    kb: KnowledgeBase, start: str, end: str, *, include_plans: bool = False
) -> list[tuple[Person, Person]]:
    """A shortest chain of meetings from the person ``start`` names to the one ``end`` names,
    as pairs of people, step by step; empty when none links them. What
    :func:`graph.network.meeting_path` finds, through each person's counterparts in the totals
    the knowledge base keeps for each pair rather than a people view of every meeting."""
    from graph.chain import pick_named, shortest_chain
    from graph.query import matchable

    def named(name: str) -> Person:
        people = {p.id: p for p in kb.taking_part(matchable(name))}
        return people[pick_named({i: (p.name, p.aliases) for i, p in people.items()}, name)]

    source, target = named(start), named(end)
    if source.id == target.id:
        raise QueryError(f"{start!r} and {end!r} name the same person; give two people")
    ids = shortest_chain(source.id, target.id, lambda p: kb.counterparts_of(p, include_plans=include_plans))
    if not ids:
        return []
    people = kb.people_by_id(ids)
    return [(people[a], people[b]) for a, b in itertools.pairwise(ids)]


@app.command("evaluate")
def evaluate_command(
    gold: Annotated[
        Path,
        typer.Argument(metavar="GOLD", help="The gold file: meetings annotated by hand (see the README)."),
    ],
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="PATHS",
            help="Articles to ingest into a temporary knowledge base and evaluate; without them, "
            "the knowledge base at --db is evaluated.",
            show_default=False,
        ),
    ] = None,
    db: Annotated[
        Path,
        typer.Option(
            "--db", envvar="DIPGRAPH_DB", dir_okay=False, help="The knowledge base to evaluate when no PATHS."
        ),
    ] = DEFAULT_DB,
    model: Annotated[
        str,
        typer.Option(metavar="NAME", help="The spaCy pipeline to extract PATHS with (any installed one)."),
    ] = MODEL,
    show_all: Annotated[
        bool, typer.Option("--show", help="Also list the misses, the extras and the wrong attributes.")
    ] = False,
    output: Annotated[
        Literal["text", "json"],
        typer.Option("--format", help="text, or json (the figures with the misses, extras and wrong)."),
    ] = "text",
) -> None:
    """Measure dipgraph against a gold file: precision, recall, F1, strict F1, each attribute.

    Scores the meetings of the knowledge base at --db, or of the articles PATHS (ingested into
    a temporary knowledge base), against meetings annotated by hand in GOLD. The exit status
    is 1 if the gold file cannot be read or an article was skipped.

    Example: dipgraph evaluate gold.json articles/ --show
    """
    import json
    import tempfile

    from rich.console import Console

    from graph.evaluate import evaluate, read_gold
    from graph.ingest import ingest as feed  # imports spaCy only when it runs
    from graph.store import KnowledgeBase

    err = Console(stderr=True, highlight=False, soft_wrap=True)
    problems: list[Problem] = []

    def problem(p: Problem) -> None:
        problems.append(p)
        word = {"skip": "skipped", "note": "note", "ignored": "ignored"}[p.kind]
        err.print(f"{word} {p}", markup=False)

    with reported():
        annotated = read_gold(gold)
        if paths:
            with (
                tempfile.TemporaryDirectory(prefix="dipgraph-evaluate-") as folder,
                KnowledgeBase.open(Path(folder) / "evaluate.db", create=True) as kb,
            ):
                feed(kb, paths, model=model, on_problem=problem)
                found, docs = kb.meetings(), {d.id for d in kb.documents()}
        else:
            with KnowledgeBase.open(db) as kb:
                found, docs = kb.meetings(), {d.id for d in kb.documents()}
        result = evaluate(annotated, found)
    absent = sorted(set(annotated.docs) - docs)
    if absent:
        listed = ", ".join(absent[:5]) + (", ..." if len(absent) > 5 else "")
        err.print(
            f"note: {plural(len(absent), 'gold document')} not in the knowledge base ({listed}); "
            "a document's id is its file name without the extension",
            markup=False,
        )
    if output == "json":
        typer.echo(json.dumps({"gold": str(gold), **result.as_dict()}, ensure_ascii=False, indent=2))
    else:
        typer.echo(f"{gold}: {plural(len(annotated.docs), 'document')} annotated")
        for line in result.lines(show=show_all):
            typer.echo(line)
    if any(p.kind == "skip" for p in problems):
        raise typer.Exit(1)
