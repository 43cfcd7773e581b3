"""The network page: one self-contained HTML file to look at who met whom in a browser.

:func:`write_page` writes the people network of some merged meetings as a single HTML file
with everything inside it (the vendored vis-network library of ``graph/web/``, its styles,
the page's script and the data), so it opens from ``file://`` with no network. The page
draws a node per person, sized by meetings and coloured by country (a legend), and an edge
per pair who met, thicker with more meetings; from/to fields and sliders keep only the
meetings in a time range; a switch adds planned and cancelled meetings (off unless
``include_plans``); a search box finds a person by any spelling; clicking a person or an
edge lists the meetings, each with its evidence sentences and sources.

A big knowledge base's page holds a window of its meetings (:class:`Window`): the latest
of them, so that its size and the time to write it grow with the window, not the knowledge
base (the command line keeps 20,000: ``dipgraph export network.html --page-meetings N``).
Everything on it (sizes, lines, the time range, the switch, the lists) is of those meetings;
it says so at the top, with the commands that show the others, and the panel of a person or
a pair adds what all their meetings add up to, read from the totals the knowledge base keeps.

The page also reads its URL's fragment, so a link (or a test) can set what it shows:
``#from=2024-01-01&to=2024-12-31&plans=1&select=Wang Yi`` (``select=A|B`` picks the
edge between two people). It writes what it shows into ``<body>``'s data attributes:
``data-people``, ``data-nodes-shown``, ``data-edges-shown``, ``data-meetings-shown``,
``data-drawn-nodes`` (once drawn), ``data-selected`` and ``data-panel-meetings``; a window's
page also ``data-held-meetings`` (how many meetings were chosen) and, with a person or pair
selected, ``data-panel-total`` (how many meetings they have in all, plans included).

Not supported: editing, saving a layout, and maps (the page does not geocode places).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from extract.records import Document, Person
from graph.bulk import per_record
from graph.errors import ExportError
from graph.export import replacing
from graph.query import took_place
from graph.records import DocumentRow, MeetingFacts, date_text, place_text

PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#17becf",
    "#bcbd22",
    "#1f3b73",
)
"""The colours of the countries with the most people (Tableau 10 and two more)."""
Held = TypeVar("Held", bound=MeetingFacts)
OTHER_COUNTRY = "#9e9e9e"
NO_COUNTRY = "#d0d0d0"


class PageSummary(NamedTuple):
    """What a network page holds: its people and meetings, and how many of those took place;
    how many meetings were chosen (more than it holds if it holds a :class:`Window`)."""

    people: int
    meetings: int
    met: int
    chosen: int


class Window(NamedTuple):
    """A page that holds only some of the meetings chosen (:func:`latest`): how many were
    chosen (``held``), what each person's meetings add up to in the knowledge base (by id:
    met, planned, cancelled) and each pair's (by a pair of ids: met, all, first and last day),
    and the command that chose them (to tell the user how to see the others)."""

    held: int
    people: Mapping[str, tuple[int, int, int]]
    pairs: Mapping[tuple[str, str], tuple[int, int, date | None, date | None]]
    command: str = "dipgraph export network.html"


def _began(m: MeetingFacts) -> tuple[bool, int]:
    """A key that sorts the meetings that began last first, the undated ones after them."""
    start = m.date.start if m.date else None
    return (start is None, -start.toordinal() if start else 0)


def latest(meetings: Iterable[Held], limit: int) -> list[Held]:
    """The ``limit`` meetings that began last (the undated ones after every dated one): the
    meetings of a :class:`Window`, in the order given.

    >>> from extract.records import DateSpan
    >>> from graph.records import MergedMeeting
    >>> def on(d, id): return MergedMeeting(id=id, participants=(), date=DateSpan(start=d, end=d))
    >>> held = [on(date(2024, 1, 1), "a"), MergedMeeting(id="b", participants=()), on(date(2024, 3, 1), "c")]
    >>> [m.id for m in latest(held, 1)], [m.id for m in latest(held, 2)]
    (['c'], ['a', 'c'])
    """
    meetings = list(meetings)
    order = sorted(range(len(meetings)), key=lambda i: (_began(meetings[i]), -i))  # ties: the later
    kept = set(order[:limit])
    return [m for i, m in enumerate(meetings) if i in kept]


def pairs_of(meetings: Iterable[MeetingFacts]) -> set[tuple[str, str]]:
    """The pairs of people (by id, the lower first) who take part in a meeting together.

    >>> from graph.records import MergedMeeting
    >>> trio = tuple(Person(name=n) for n in ("Xi Jinping", "Wang Yi", "Joko Widodo"))
    >>> sorted(pairs_of([MergedMeeting(id="m", participants=trio)]))[0]
    ('person:joko-widodo', 'person:wang-yi')
    """
    found: set[tuple[str, str]] = set()
    for m in meetings:
        ids = sorted({p.id for p in m.participants})
        found.update((a, b) for i, a in enumerate(ids) for b in ids[i + 1 :])
    return found


def _person_entry(person: Person) -> dict[str, Any]:
    return {
        "id": person.id,
        "name": person.name,
        "aliases": list(person.aliases),
        "country": person.country or "",
        "role": person.role or "",
    }


Stated = Mapping[str, Sequence[tuple[str, str | None]]]
"""Each merged meeting's evidence (by meeting id): the document of each of its reports, in
order, with each evidence sentence of it (None for a report without one)."""


def stated(meetings: Iterable[MeetingFacts]) -> dict[str, list[tuple[str, str | None]]]:
    """What the reports of each merged meeting state, as :data:`Stated` (what
    :meth:`graph.store.KnowledgeBase.evidence` reads of a knowledge base); nothing for a
    meeting without its reports (a light row).

    >>> from extract.records import Evidence, Meeting
    >>> from graph.records import MergedMeeting
    >>> said = Evidence(doc="a", text="Wang Yi met Sergey Lavrov.", start=0, end=26)
    >>> report = Meeting(doc="a", participants=(), evidence=(said,))
    >>> unsaid = report.model_copy(update={"doc": "b", "evidence": ()})
    >>> stated([MergedMeeting(id="m-1", participants=(), reports=(report, unsaid))])
    {'m-1': [('a', 'Wang Yi met Sergey Lavrov.'), ('b', None)]}
    """
    return {
        m.id: [
            (r.doc, text)
            for r in getattr(m, "reports", ())
            for text in ([e.text for e in r.evidence] or [None])
        ]
        for m in meetings
    }


def _sources(
    evidence: Sequence[tuple[str, str | None]], documents: dict[str, Document | DocumentRow]
) -> list[dict[str, Any]]:
    """The documents reporting a meeting, each once, with its evidence sentences."""
    by_doc: dict[str, dict[str, Any]] = {}
    for report, text in evidence:
        entry = by_doc.get(report)
        if entry is None:
            doc = documents.get(report)
            entry = by_doc[report] = {
                "doc": report,
                "title": (doc.title if doc else None) or "",
                "url": (doc.url if doc else None) or "",
                "outlet": (doc.outlet if doc else None) or "",
                "published": doc.published.isoformat() if doc and doc.published else "",
                "sentences": [],
            }
        if text is not None and text not in entry["sentences"]:
            entry["sentences"].append(text)
    return list(by_doc.values())


def page_data(
    meetings: Iterable[MeetingFacts],
    documents: Iterable[Document | DocumentRow] = (),
    *,
    title: str = "dipgraph: who met whom",
    include_plans: bool = False,
    evidence: Stated | None = None,
    window: Window | None = None,
) -> dict[str, Any]:
    """The data the page draws: its people (with a colour per country), its meetings (the
    people as indexes into ``people``, the dates as ISO days, the sources with their sentences)
    and a legend. The sentences are those of each meeting's reports, or of ``evidence`` if
    given (then the meetings may be light rows, without their reports). With a ``window``,
    also what it is (``window``: how many meetings were chosen, and a note saying how to see
    the others), each person's totals in the knowledge base and each pair's (``pairs``, by
    the indexes of the two, the lower first: met, all, first and last day).

    >>> from extract.records import Person
    >>> from graph.records import MergedMeeting
    >>> m = MergedMeeting(id="m-1", participants=(Person(name="Wang Yi", country="China"),
    ...                                            Person(name="Sergey Lavrov", country="Russia")))
    >>> data = page_data([m])
    >>> [p["name"] for p in data["people"]], data["meetings"][0]["p"], data["legend"][0]
    (['Sergey Lavrov', 'Wang Yi'], [1, 0], ['China', '#4e79a7'])
    """
    meetings = list(meetings)
    by_id = {d.id: d for d in documents}
    sources = stated(meetings) if evidence is None else evidence
    known: dict[str, Person] = {}
    id_of: Callable[[Person], str] = per_record(lambda person: person.id)  # meetings share their people
    for m in meetings:
        for person in m.participants:
            known.setdefault(id_of(person), person)
    ids = sorted(known)
    index = {pid: i for i, pid in enumerate(ids)}
    people = [_person_entry(known[pid]) for pid in ids]
    counts = Counter(p["country"] for p in people if p["country"])
    ranked = sorted(counts, key=lambda c: (-counts[c], c))
    colours = dict(zip(ranked, PALETTE, strict=False))
    for p in people:
        p["color"] = colours.get(p["country"], OTHER_COUNTRY if p["country"] else NO_COUNTRY)
    legend = [[country, colours[country]] for country in ranked[: len(PALETTE)]]
    if len(ranked) > len(PALETTE):
        legend.append(["other countries", OTHER_COUNTRY])
    if any(not p["country"] for p in people):
        legend.append(["country unknown", NO_COUNTRY])
    rows = []

    def when(m: MeetingFacts) -> tuple[str, str]:
        return (m.date.start.isoformat() if m.date and m.date.start else "9999", m.id)  # undated last

    for m in sorted(meetings, key=when):
        span = m.date
        rows.append(
            {
                "id": m.id,
                "p": [index[id_of(person)] for person in m.participants],
                "start": span.start.isoformat() if span and span.start else "",
                "end": span.end.isoformat() if span and span.end else "",
                "date": date_text(span),
                "place": place_text(m.place),
                "occasion": m.occasion.name if m.occasion else "",
                "kind": m.kind,
                "sources": _sources(sources.get(m.id, ()), by_id),
            }
        )
    data = {"title": title, "plans": include_plans, "people": people, "meetings": rows, "legend": legend}
    if window is not None:
        for pid, p in zip(ids, people, strict=True):
            p["total"] = list(window.people.get(pid, (0, 0, 0)))
        pairs: dict[tuple[int, int], list[Any]] = {}
        for (a, b), (met, every, first, last) in window.pairs.items():
            if a in index and b in index:
                day = [d.isoformat() if d else "" for d in (first, last)]
                pairs[min(index[a], index[b]), max(index[a], index[b])] = [met, every, *day]
        data["pairs"] = {f"{i}-{j}": pairs[i, j] for i, j in sorted(pairs)}
        data["window"] = {"held": window.held, "note": _window_note(rows, window)}
    return data


def _window_note(rows: Sequence[Mapping[str, Any]], window: Window) -> str:
    """What the top of a window's page says: what it holds, and how to see the others."""
    since = min((m["start"] for m in rows if m["start"]), default="")
    before = f" --until {since}" if since else ""  # that day again: the window may end inside it
    noun = "meeting that" if len(rows) == 1 else "meetings that"
    held = f"{len(rows):,} {noun} began last" + (f" (from {since} on)" if since else "")
    return (
        f"This page holds the {held} of the {window.held:,} chosen; sizes, lines, the time range and "
        f"the lists are of those, and a person's or a pair's panel adds their totals. To see others: "
        f"{window.command}{before} (or --since, --person, --counterpart), "
        f"or --page-meetings 0 for every one (a page that big may not open)."
    )


def _asset(name: str) -> str:
    return files("graph").joinpath("web", name).read_text(encoding="utf-8")


def _inline(script: str) -> str:
    """A script that can sit inside ``<script>``: no source map to fetch, no closing tag."""
    lines = [line for line in script.splitlines() if not line.startswith("//# sourceMappingURL=")]
    return "\n".join(lines).replace("</script", "<\\/script")


def render_page(data: dict[str, Any]) -> str:
    """The whole HTML page for :func:`page_data`'s ``data``, with nothing to fetch.

    >>> page = render_page(page_data([]))
    >>> page.startswith("<!doctype html>"), "<script src" in page, "<link" in page
    (True, False, False)
    """
    return "".join(page_parts(data))


_ESCAPES = str.maketrans({"<": "\\u003c", "\u2028": "\\u2028", "\u2029": "\\u2029"})
"""What the data must not hold inside ``<script>``: a tag's start, and line ends JavaScript
would not read in a string."""


def page_parts(data: dict[str, Any]) -> Iterator[str]:
    """The HTML page of :func:`render_page` in pieces, the data as JSON a piece at a time, so
    that a big page is written without being held whole (nor its data as one string).

    >>> parts = list(page_parts(page_data([])))
    >>> "".join(parts) == render_page(page_data([])), len(parts) > 5
    (True, True)
    """
    title = data["title"].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    page = _asset("network.html").replace("/*TITLE*/", title)
    encoder = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
    parts: dict[str, Callable[[], Iterable[str]]] = {
        "/*STYLE*/": lambda: [_asset("network.css")],
        "/*DATA*/": lambda: (chunk.translate(_ESCAPES) for chunk in encoder.iterencode(data)),
        "/*VIS*/": lambda: [_inline(_asset("vis-network.min.js"))],
        "/*APP*/": lambda: [_inline(_asset("network.js"))],
    }
    for marker, text in parts.items():
        before, _, page = page.partition(marker)
        yield before
        yield from text()
    yield page


def write_page(
    meetings: Iterable[MeetingFacts],
    path: str | Path,
    documents: Iterable[Document | DocumentRow] = (),
    *,
    title: str = "dipgraph: who met whom",
    include_plans: bool = False,
    evidence: Stated | None = None,
    window: Window | None = None,
) -> PageSummary:
    """Write the network page of ``meetings`` to ``path`` (whole or not at all) and say what
    it holds; ``include_plans`` turns the page's switch for plans and cancellations on. The
    sentences are those of each meeting's reports, or of ``evidence``; ``window`` says they
    are some of those chosen (:func:`page_data`).

    >>> import tempfile
    >>> from extract.records import Person
    >>> from graph.records import MergedMeeting
    >>> m = MergedMeeting(id="m-1", participants=(Person(name="Wang Yi"), Person(name="Sergey Lavrov")))
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     write_page([m], f"{tmp}/network.html")
    PageSummary(people=2, meetings=1, met=1, chosen=1)
    """
    meetings = list(meetings)
    data = page_data(
        meetings, documents, title=title, include_plans=include_plans, evidence=evidence, window=window
    )
    path = Path(path)
    try:
        with replacing(path) as temp, temp.open("w", encoding="utf-8") as out:
            out.writelines(page_parts(data))
    except OSError as e:
        raise ExportError(
            f"cannot write {path}: {e.strerror}; check the folder exists and is writable"
        ) from e
    chosen = window.held if window else len(meetings)
    return PageSummary(len(data["people"]), len(meetings), sum(took_place(m) for m in meetings), chosen)
