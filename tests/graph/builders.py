"""Hand-made records for the graph tests: no spaCy, no extraction."""

from __future__ import annotations

from datetime import date

import networkx as nx

from extract.records import (
    DatePrecision,
    DateSpan,
    Document,
    Evidence,
    Extraction,
    Meeting,
    MeetingKind,
    Occasion,
    Person,
    Place,
)


def day(iso: str) -> DateSpan:
    """A one-day span."""
    d = date.fromisoformat(iso)
    return DateSpan(start=d, end=d)


def days(start: str, end: str, precision: DatePrecision = "days") -> DateSpan:
    """A span of several days (or a week, a month)."""
    return DateSpan(start=date.fromisoformat(start), end=date.fromisoformat(end), precision=precision)


def report(
    doc: str,
    *names: str,
    city: str | None = None,
    country: str | None = None,
    when: DateSpan | None = None,
    kind: MeetingKind = "in_person",
    occasion: str | None = None,
    text: str | None = None,
    at: int = 0,
    background: bool = False,
    another: bool = False,
    arrival: bool = False,
    bilateral: bool = False,
    of: dict[str, str] | None = None,
) -> Meeting:
    """One document's report of a meeting of the people named (each of the country ``of`` gives
    them, if any), with one evidence sentence (starting at offset ``at`` of its document)."""
    sentence = text or f"{' and '.join(names)} met."
    place = Place(city=city, country=country) if city or country else None
    return Meeting(
        doc=doc,
        participants=tuple(Person(name=n, country=(of or {}).get(n)) for n in names),
        place=place,
        occasion=Occasion(name=occasion) if occasion else None,
        date=when,
        kind=kind,
        evidence=(Evidence(doc=doc, text=sentence, start=at, end=at + len(sentence)),),
        background=background,
        another=another,
        arrival=arrival,
        bilateral=bilateral,
    )


def extraction(
    doc: str,
    *reports: Meeting,
    people: tuple[Person, ...] = (),
    title: str | None = None,
    published: str | None = None,
) -> Extraction:
    """Everything extracted from one document (published that ISO day, if given): its reports
    and the people they name."""
    named = {p.name: p for r in reports for p in r.participants}
    named.update({p.name: p for p in people})
    document = Document(id=doc, title=title, published=date.fromisoformat(published) if published else None)
    return Extraction(document=document, people=tuple(named.values()), meetings=reports)


def assert_same_graph(g: nx.Graph, expected: nx.Graph) -> None:
    """The same nodes in the same order, the same edges, the same attributes in the same order."""
    assert [(n, list(d.items())) for n, d in g.nodes(data=True)] == [
        (n, list(d.items())) for n, d in expected.nodes(data=True)
    ]
    edges = {frozenset((u, v)): list(d.items()) for u, v, d in g.edges(data=True)}
    assert edges == {frozenset((u, v)): list(d.items()) for u, v, d in expected.edges(data=True)}
    assert g.number_of_edges() == expected.number_of_edges()
