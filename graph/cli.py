"""The ``dipgraph`` command: ingest articles, then ask who met whom, when and where.

A thin skin over the library: each command checks its arguments and calls one function of
``graph`` (or ``extract`` for ``ingest``). Every dipgraph error is one line on stderr and
exit status 1, never a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Literal

import typer
from rich.console import Console
from rich.table import Table

from extract.errors import DipgraphError
from extract.records import MeetingKind
from graph.export import Format, View, format_of
from graph.export import export as export_view
from graph.jsonl import write_json, write_jsonl
from graph.network import meeting_path
from graph.query import find_meetings, meeting_counts, parse_day, who_met
from graph.records import MergedMeeting, date_text, place_text
from graph.store import KnowledgeBase

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


@contextmanager
def reported() -> Iterator[None]:
    """Turn a dipgraph error into one line on stderr and exit status 1."""
    try:
        yield
    except DipgraphError as e:
        typer.echo(f"dipgraph: {e}", err=True)
        raise typer.Exit(1) from None


def stored_meetings(db: Path) -> list[MergedMeeting]:
    """The merged meetings of the knowledge base at ``db``."""
    with KnowledgeBase.open(db) as kb:
        return kb.meetings()


def table(title: str, *columns: str, keep: tuple[str, ...] = ("date", "when", "kind", "how")) -> Table:
    """A table whose short columns are never wrapped, and whose long ones wrap without cutting."""
    shown = Table(title=title)
    for column in columns:
        shown.add_column(column, no_wrap=column in keep, overflow="fold")
    return shown


def show(shown: Table) -> None:
    Console().print(shown)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders of them.")],
    db: Db = DEFAULT_DB,
    model: Annotated[
        str | None, typer.Option(help="The spaCy pipeline to extract with (default: extract.DEFAULT_MODEL).")
    ] = None,
) -> None:
    """Read articles, extract the meetings they report, and merge them into the knowledge base.

    Files that cannot be read are named on stderr and skipped; the exit status is then 1.
    Ingesting an article again replaces what it stated before.

    Example: dipgraph ingest seeds/ --db dipgraph.db
    """
    skipped: list[str] = []

    def skip(path: str, reason: str) -> None:
        skipped.append(path)
        typer.echo(f"skipped {path}: {reason}", err=True)

    with reported():
        import extract  # here, not at the top: only this command needs spaCy

        with KnowledgeBase.open(db, create=True) as kb:
            chosen = model or extract.DEFAULT_MODEL
            added = kb.add(extract.extract_paths(paths, model=chosen, on_error=skip))
            held = kb.counts()
    typer.echo(
        f"ingested {added} documents, skipped {len(skipped)} files; {db} holds {held['meetings']} meetings "
        f"of {held['people']} people from {held['documents']} documents"
    )
    if skipped:
        raise typer.Exit(1)


@app.command()
def meetings(
    person: Annotated[str | None, typer.Option(help="A participant's name, or part of it.")] = None,
    counterpart: Annotated[str | None, typer.Option(help="Another participant, who met --person.")] = None,
    place: Annotated[str | None, typer.Option(help="The city, region or country.")] = None,
    occasion: Annotated[str | None, typer.Option(help="The summit or conference.")] = None,
    since: Annotated[str | None, typer.Option(help="On or after YYYY-MM-DD, YYYY-MM or YYYY.")] = None,
    until: Annotated[str | None, typer.Option(help="On or before YYYY-MM-DD, YYYY-MM or YYYY.")] = None,
    kind: Annotated[MeetingKind | None, typer.Option(help="The kind of meeting.")] = None,
    output: Annotated[
        Literal["table", "jsonl", "json"], typer.Option("--format", help="Output format.")
    ] = "table",
    db: Db = DEFAULT_DB,
) -> None:
    """List merged meetings, filtered by who, where, what occasion, when and what kind.

    Example: dipgraph meetings --person Lavrov --since 2024-01 --format jsonl
    """
    with reported():
        first = parse_day(since) if since else None
        last = parse_day(until, last=True) if until else None
        found = find_meetings(
            stored_meetings(db),
            person=person,
            counterpart=counterpart,
            place=place,
            occasion=occasion,
            since=first,
            until=last,
            kind=kind,
        )
    if output == "jsonl":
        write_jsonl(found, sys.stdout)
    elif output == "json":
        write_json(found, sys.stdout)
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
    with reported():
        counterparts = who_met(stored_meetings(db), name)
    if not counterparts:
        typer.echo(f"no meetings of anyone named like {name!r}")
        return
    rows = table(f"who met {name}", "counterpart", "meetings", "when", "where", "how")
    for c in counterparts:
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
        everyone, counts = kb.people(), meeting_counts(kb.meetings())
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
    person: Annotated[str | None, typer.Option(help="A participant's name, or part of it.")] = None,
    counterpart: Annotated[str | None, typer.Option(help="Another participant, who met --person.")] = None,
    place: Annotated[str | None, typer.Option(help="The city, region or country.")] = None,
    occasion: Annotated[str | None, typer.Option(help="The summit or conference.")] = None,
    since: Annotated[str | None, typer.Option(help="On or after YYYY-MM-DD, YYYY-MM or YYYY.")] = None,
    until: Annotated[str | None, typer.Option(help="On or before YYYY-MM-DD, YYYY-MM or YYYY.")] = None,
    kind: Annotated[MeetingKind | None, typer.Option(help="The kind of meeting.")] = None,
    db: Db = DEFAULT_DB,
) -> None:
    """Write a graph view for Gephi, pandas or the web: GraphML, GEXF with time, CSV or JSON.

    The filters are those of `dipgraph meetings`: only the meetings that pass them are drawn.

    Example: dipgraph export people.gexf --view people --since 2023
    """
    with reported():
        chosen = format_of(file, output)
        first = parse_day(since) if since else None
        last = parse_day(until, last=True) if until else None
        with KnowledgeBase.open(db) as kb:
            found = find_meetings(
                kb.meetings(),
                person=person,
                counterpart=counterpart,
                place=place,
                occasion=occasion,
                since=first,
                until=last,
                kind=kind,
            )
            documents = kb.documents()
        graph = export_view(found, file, view=view, format=chosen, documents=documents)
    typer.echo(
        f"wrote the {view} view ({graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges) "
        f"as {chosen} to {file}"
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
        links = meeting_path(stored_meetings(db), start, end)
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
