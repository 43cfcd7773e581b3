"""The ``dipgraph`` command: ingest articles, then ask who met whom, when and where.

A thin skin over the library: each command checks its arguments and calls one function of
``graph`` (or ``extract`` for ``ingest``). Every dipgraph error is one line on stderr and
exit status 1, never a traceback.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Annotated, Literal

import typer
from rich.console import Console
from rich.progress import Progress, ProgressColumn, SpinnerColumn, Task, TextColumn, TimeElapsedColumn
from rich.table import Column, Table
from rich.text import Text

from extract.errors import DipgraphError
from extract.reader import Problem
from extract.records import Document, MeetingKind
from graph.errors import KnowledgeBaseError
from graph.export import Format, View, format_of, write_graph
from graph.jsonl import write_json, write_jsonl
from graph.network import meeting_path
from graph.query import Counterpart, Held, find_meetings, meeting_counts, parse_day, who_met
from graph.records import MeetingRow, MergedMeeting, date_text, place_text
from graph.store import KnowledgeBase
from graph.views import meeting_graph, people_graph

app = typer.Typer(
    help="A knowledge graph of diplomatic meetings, built from news articles.",
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    add_completion=False,
)

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


@contextmanager
def reported() -> Iterator[None]:
    """Turn a dipgraph error into one line on stderr and exit status 1; so too an SQLite error
    from a knowledge base damaged after it was opened."""
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


def counterparts(kb: KnowledgeBase, name: str) -> list[Counterpart[MeetingRow]]:
    """Everyone who met a person matching ``name``, as :func:`graph.query.who_met` gives them
    of every meeting: of only that person's meetings, read through the name index, as light
    rows (who-met shows their dates, places and kinds, not their reports or countries)."""
    return who_met(kb.meeting_rows(name), name)


def choose(
    person: str | None,
    counterpart: str | None,
    place: str | None,
    occasion: str | None,
    since: str | None,
    until: str | None,
    kind: str | None,
) -> Callable[[Iterable[Held]], list[Held]]:
    """:func:`graph.query.find_meetings` with a command's filters, checked now (dates parsed,
    the kind known), so that a bad one fails before the knowledge base is read."""
    first = parse_day(since) if since else None
    last = parse_day(until, last=True) if until else None
    find_meetings([], since=first, until=last, kind=kind)

    def chosen(meetings: Iterable[Held]) -> list[Held]:
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


def stored_sources(db: Path) -> tuple[list[MergedMeeting], dict[str, Document]]:
    """The merged meetings of the knowledge base at ``db``, and its documents by id."""
    with KnowledgeBase.open(db) as kb:
        return kb.meetings(), {d.id: d for d in kb.documents()}


def plural(n: int, noun: str) -> str:
    """``n`` and the noun, in the plural unless ``n`` is 1.

    >>> plural(1, "meeting"), plural(0, "document")
    ('1 meeting', '0 documents')
    """
    return f"{n} {noun}{'' if n == 1 else 's'}"


def table(title: str, *columns: str, keep: tuple[str, ...] = ("date", "when", "kind", "how")) -> Table:
    """A table whose short columns are never wrapped, and whose long ones wrap without cutting."""
    shown = Table(title=title)
    for column in columns:
        shown.add_column(column, no_wrap=column in keep, overflow="fold")
    return shown


def show(shown: Table) -> None:
    Console().print(shown)


class Rate(ProgressColumn):
    """Documents per second, over the last half minute."""

    def render(self, task: Task) -> Text:
        return Text(f"{task.speed or 0:.1f} documents/s")


def progress_bar(console: Console) -> Progress:
    """The ingest progress display: documents read (stored or unchanged), their rate, the
    time elapsed, and the last document."""
    fixed = Column(no_wrap=True)
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.completed} documents", table_column=fixed),
        TextColumn("({task.fields[stored]} stored, {task.fields[unchanged]} unchanged)", table_column=fixed),
        Rate(table_column=fixed),
        TimeElapsedColumn(table_column=fixed),
        TextColumn("{task.description}", table_column=Column(no_wrap=True, overflow="ellipsis")),
        console=console,
        transient=True,
    )


@app.command()
def ingest(
    paths: Annotated[
        list[Path], typer.Argument(help="Article files, folders of them (read recursively), or - for stdin.")
    ],
    db: Db = DEFAULT_DB,
    model: Annotated[
        str | None, typer.Option(help="The spaCy pipeline to extract with (default: extract.DEFAULT_MODEL).")
    ] = None,
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
    the reason, and the exit status is then 1.

    Example: dipgraph ingest seeds/ --db dipgraph.db
    """
    if scheduler is not None and workers > 1:
        raise typer.BadParameter(
            "give --workers or --scheduler, not both: a cluster's workers are set where they are started",
            param_hint="--workers",
        )
    from graph.ingest import Tally
    from graph.ingest import ingest as feed  # reads files; imports spaCy only when it runs

    err = Console(stderr=True, highlight=False, soft_wrap=True)
    bar = progress_bar(err) if err.is_terminal else None
    task = bar.add_task("", total=None, stored=0, unchanged=0) if bar else None

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
            with KnowledgeBase.open(db, create=True) as kb, bar or nullcontext():
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
            raise DipgraphError(
                "interrupted; every document stored so far is kept whole: run the same command again to go on"
            ) from None
    typer.echo(
        f"{tally.summary()}; {db} holds {held['meetings']} meetings of {held['people']} people "
        f"from {held['documents']} documents"
    )
    if tally.skipped:
        raise typer.Exit(1)


@app.command()
def stats(db: Db = DEFAULT_DB) -> None:
    """Count what the knowledge base holds: documents, people, places, meetings by kind, dates.

    Example: dipgraph stats --db dipgraph.db
    """
    with reported(), KnowledgeBase.open(db) as kb:
        held = kb.stats()
    early, late = held.published
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
) -> None:
    """Show one meeting and every sentence that states it, with its document.

    Example: dipgraph show m-3f2a9c1b2d
    """
    with reported(), KnowledgeBase.open(db) as kb:
        m = kb.meeting(meeting_id)
        sources = {d.id: d for d in kb.documents(m.docs)}
    typer.echo(
        f"{m.id}  {m.kind}  {date_text(m.date) or 'undated'}  {place_text(m.place) or 'place unknown'}"
    )
    if m.occasion:
        typer.echo(f"  at {m.occasion.name}")
    for p in m.participants:
        typer.echo(f"  {p.name}" + "".join(f", {x}" for x in (p.role, p.country) if x))
    if m.countries:
        typer.echo(f"  countries: {', '.join(m.countries)}")
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
    output: Annotated[
        Literal["table", "jsonl", "json"], typer.Option("--format", help="Output format.")
    ] = "table",
    db: Db = DEFAULT_DB,
) -> None:
    """List merged meetings, filtered by who, where, what occasion, when and what kind.

    Example: dipgraph meetings --person Lavrov --since 2024-01 --format jsonl
    """
    with reported():
        chosen = choose(person, counterpart, place, occasion, since, until, kind)
        everything, sources = stored_sources(db)
        found = chosen(everything)
    if output == "jsonl":
        write_jsonl(found, sys.stdout, documents=sources)
    elif output == "json":
        write_json(found, sys.stdout, documents=sources)
    elif not found:
        typer.echo("no meetings match")
    else:
        rows = table(f"{len(found)} meetings", "date", "who", "where", "occasion", "kind", "sources")
        for m in found:
            rows.add_row(
                date_text(m.date),
                "\n".join(p.name for p in m.participants),
                place_text(m.place),
                m.occasion.name if m.occasion else "",
                m.kind,
                "\n".join(m.docs),
            )
        show(rows)


@app.command("who-met")
def who_met_command(
    name: Annotated[str, typer.Argument(help="A person's name, or part of it.")],
    db: Db = DEFAULT_DB,
) -> None:
    """List everyone a person met, with when, where and how.

    Example: dipgraph who-met Lavrov
    """
    with reported(), KnowledgeBase.open(db) as kb:
        met = counterparts(kb, name)
    if not met:
        typer.echo(f"no meetings of anyone named like {name!r}")
        return
    rows = table(f"who met {name}", "counterpart", "meetings", "when", "where", "how")
    for c in met:
        rows.add_row(
            c.person.name,
            str(len(c.meetings)),
            "\n".join(date_text(m.date) or "undated" for m in c.meetings),
            "\n".join(place_text(m.place) or "?" for m in c.meetings),
            "\n".join(m.kind for m in c.meetings),
        )
    show(rows)


@app.command()
def people(db: Db = DEFAULT_DB) -> None:
    """List the people of the knowledge base: canonical name, spellings seen, country, role.

    Example: dipgraph people --db dipgraph.db
    """
    with reported(), KnowledgeBase.open(db) as kb:
        everyone, counts = kb.people(), meeting_counts(kb.meeting_rows())
    rows = table(f"{len(everyone)} people", "name", "aliases", "country", "role", "meetings")
    for p in sorted(everyone, key=lambda p: (-counts[p.id], p.name)):
        rows.add_row(p.name, ", ".join(p.aliases), p.country or "", p.role or "", str(counts[p.id]))
    show(rows)


@app.command()
def export(
    file: Annotated[
        Path,
        typer.Argument(
            help="The file to write (.graphml, .gexf or .json), or the folder for --format csv.",
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
    db: Db = DEFAULT_DB,
) -> None:
    """Write a graph view for Gephi, pandas or the web: GraphML, GEXF with time, CSV or JSON.

    The filters are those of `dipgraph meetings`: only the meetings that pass them are drawn.

    Example: dipgraph export people.gexf --view people --since 2023
    """
    with reported():
        form = format_of(file, output)
        chosen = choose(person, counterpart, place, occasion, since, until, kind)
        with KnowledgeBase.open(db) as kb:
            if view == "people":  # light rows: the view reads no countries, reports or documents
                graph = people_graph(chosen(kb.meeting_rows()))
            else:
                graph = meeting_graph(chosen(kb.meetings()), kb.documents())
        write_graph(graph, file, format=form)
    typer.echo(
        f"wrote the {view} view ({graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges) "
        f"as {form} to {file}"
    )


@app.command("path")
def path_command(
    start: Annotated[str, typer.Argument(help="A person's name, or part of it.")],
    end: Annotated[str, typer.Argument(help="Another person's name, or part of it.")],
    db: Db = DEFAULT_DB,
) -> None:
    """Show a shortest chain of meetings linking two people: who met whom, when, where, how.

    Example: dipgraph path "Wang Yi" Putin
    """
    with reported():
        with KnowledgeBase.open(db) as kb:
            everything = kb.meeting_rows()
        links = meeting_path(everything, start, end)
    if not links:
        typer.echo(f"no chain of meetings links {start!r} and {end!r}")
        return
    steps = f"{len(links)} step" + ("s" if len(links) > 1 else "")
    rows = table(
        f"{links[0].person.name} to {links[-1].counterpart.name}: {steps}",
        "who",
        "met",
        "when",
        "where",
        "how",
    )
    for link in links:
        rows.add_row(
            link.person.name,
            link.counterpart.name,
            "\n".join(date_text(m.date) or "undated" for m in link.meetings),
            "\n".join(place_text(m.place) or "?" for m in link.meetings),
            "\n".join(m.kind for m in link.meetings),
        )
    show(rows)


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
        str | None,
        typer.Option(help="The spaCy pipeline to extract PATHS with (default: extract.DEFAULT_MODEL)."),
    ] = None,
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

    from graph.evaluate import evaluate, read_gold
    from graph.ingest import ingest as feed  # imports spaCy only when it runs

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
