"""Graph views of merged meetings, built with networkx.

``meeting_graph`` is the full view: a directed graph with a node for every person, meeting,
place, occasion and document, and edges from each meeting to its people (``participant``),
its place (``held_at``), its occasion (``during``) and the documents that report it
(``reported_by``, with the evidence sentences). ``people_graph`` is its projection on the
people, bipartite style: two people are linked when they met, the edge saying how often,
when first and last, how, where and at which occasions.

*Met* means met: a meeting that was only planned or was cancelled
(:data:`graph.query.PLAN_KINDS`) counts in no ``meetings`` count of a node, and links no one
in the people view unless it is asked for with ``include_plans``; then the edge counts its
``met``, ``planned`` and ``cancelled`` meetings apart.

Every node has a ``type`` (person, meeting, place, occasion, document) and a ``label``; every
edge a ``relation`` and a ``label`` (``relation`` rather than ``type``, which GEXF and Gephi's
spreadsheet import reserve for an edge's direction). Person, place, occasion and document
nodes count their ``meetings``; places and meetings carry ``latitude`` and ``longitude``
(:func:`graph.geo.locate`). Attributes that are not known are left out, and the rest are
strings, numbers or booleans, one type per attribute name (dates as ISO strings, lists
joined with "; "), so either view can be written in any export format as it is.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

import networkx as nx

from extract.records import DateSpan, Document, Person
from graph.bulk import collector_paused, per_record
from graph.geo import locate
from graph.query import PLAN_KINDS, took_place
from graph.records import MeetingFacts, MergedMeeting, date_text, place_text


def _known(**attributes: Any) -> dict[str, Any]:
    return {k: v for k, v in attributes.items() if v is not None and v != ""}


def meeting_graph(meetings: Iterable[MergedMeeting], documents: Iterable[Document] = ()) -> nx.DiGraph:
    """People, meetings, places, occasions and documents as one typed, directed graph.

    ``documents``, when given, label document nodes with their titles and dates. Every
    meeting is a node, with its ``kind``; the ``meetings`` of a person, place, occasion or
    document count only those that took place.

    >>> from extract.records import Person, Place
    >>> m = MergedMeeting(id="m-1", participants=(Person(name="Wang Yi"), Person(name="Sergey Lavrov")),
    ...                   place=Place(city="Moscow", country="Russia"))
    >>> g = meeting_graph([m])
    >>> sorted(g.nodes(data="type"))  # doctest: +NORMALIZE_WHITESPACE
    [('m-1', 'meeting'), ('person:sergey-lavrov', 'person'), ('person:wang-yi', 'person'),
     ('place:moscow-russia', 'place')]
    >>> g.edges["m-1", "person:wang-yi"]["relation"]
    'participant'
    >>> g.nodes["place:moscow-russia"]["latitude"], g.nodes["place:moscow-russia"]["meetings"]
    (55.75204, 1)
    """
    meetings = list(meetings)
    known = {d.id: d for d in documents}
    counts = Counter(
        node
        for m in meetings
        if took_place(m)
        for node in (
            *(p.id for p in m.participants),
            *((m.place.id,) if m.place else ()),
            *((m.occasion.id,) if m.occasion else ()),
            *(f"doc:{doc}" for doc in m.docs),
        )
    )
    g = nx.DiGraph()
    for m in meetings:
        names = " & ".join(p.name for p in m.participants) or "unnamed delegations"
        when = date_text(m.date)
        where = locate(m.place)
        g.add_node(
            m.id,
            **_known(
                type="meeting",
                label=f"{names} ({when})" if when else names,
                kind=m.kind,
                date=when,
                date_start=m.date and m.date.start and m.date.start.isoformat(),
                date_end=m.date and m.date.end and m.date.end.isoformat(),
                date_precision=m.date and m.date.precision,
                city=m.place and m.place.city,
                region=m.place and m.place.region,
                country=m.place and m.place.country,
                place=place_text(m.place),
                latitude=where and where.latitude,
                longitude=where and where.longitude,
                occasion=m.occasion and m.occasion.name,
                countries="; ".join(m.countries),
                people=len(m.participants),
                sources=len(m.docs),
            ),
        )
        for p in m.participants:
            g.add_node(
                p.id,
                **_known(
                    type="person",
                    label=p.name,
                    aliases="; ".join(p.aliases),
                    country=p.country,
                    role=p.role,
                    meetings=counts[p.id],
                ),
            )
            g.add_edge(m.id, p.id, relation="participant", label="participant")
        if m.place:
            g.add_node(
                m.place.id,
                **_known(
                    type="place",
                    label=place_text(m.place),
                    city=m.place.city,
                    region=m.place.region,
                    country=m.place.country,
                    latitude=where and where.latitude,
                    longitude=where and where.longitude,
                    geo_precision=where and where.precision,
                    meetings=counts[m.place.id],
                ),
            )
            g.add_edge(m.id, m.place.id, relation="held_at", label="held at")
        if m.occasion:
            g.add_node(m.occasion.id, type="occasion", label=m.occasion.name, meetings=counts[m.occasion.id])
            g.add_edge(m.id, m.occasion.id, relation="during", label="during")
        for doc in m.docs:
            d = known.get(doc, Document(id=doc))
            g.add_node(
                f"doc:{doc}",
                **_known(
                    type="document",
                    label=d.title or d.id,
                    doc=d.id,
                    published=d.published and d.published.isoformat(),
                    outlet=d.outlet,
                    url=d.url,
                    meetings=counts[f"doc:{doc}"],
                ),
            )
            evidence = dict.fromkeys(e.text for r in m.reports if r.doc == doc for e in r.evidence)
            g.add_edge(
                m.id,
                f"doc:{doc}",
                **_known(relation="reported_by", label="reported by", evidence=" … ".join(evidence)),
            )
    return g


def people_graph(meetings: Iterable[MeetingFacts], *, include_plans: bool = False) -> nx.Graph:
    """Who met whom: the meeting graph projected on its people.

    Only meetings that took place count (:func:`graph.query.took_place`); with
    ``include_plans``, planned and cancelled ones too. An edge's ``weight`` and ``met`` are the
    number of meetings that took place, ``planned`` and ``cancelled`` the number of the others
    (0 without ``include_plans``), and its ``label`` (and ``relation``) says ``met``, or
    ``planned`` or ``cancelled`` for a pair who never met; ``first`` and ``last`` are ISO days;
    ``dates`` lists each dated meeting's date (a day, a month, a year or ``start..end``,
    as :func:`graph.records.date_text` writes it), ``planned_dates`` and
    ``cancelled_dates`` those of the plans; ``kinds``, ``places``, ``occasions`` and
    ``meeting_ids`` are joined with "; ". People come in the order they first take part in
    a meeting, with the attributes of their nodes in :func:`meeting_graph` (``meetings``
    counting those that took place).

    It is :func:`meeting_graph` of the meetings counted projected with
    ``bipartite.projected_graph`` on its people (the tests check so), computed in one pass
    over the meetings, without building the meeting graph: it reads only their people,
    dates, kinds, places and occasions, so the light rows of ``kb.meeting_rows()`` give the
    same view as ``kb.meetings()``, much faster.

    >>> from datetime import date
    >>> from extract.records import DateSpan, Person
    >>> pair = (Person(name="Xi Jinping"), Person(name="Vladimir Putin"))
    >>> day = lambda d: DateSpan(start=d, end=d)
    >>> g = people_graph([MergedMeeting(id="m-1", participants=pair, date=day(date(2019, 6, 28))),
    ...                   MergedMeeting(id="m-2", participants=pair, date=day(date(2023, 3, 21)))])
    >>> e = g.edges["person:xi-jinping", "person:vladimir-putin"]
    >>> e["weight"], e["first"], e["last"], e["dates"]
    (2, '2019-06-28', '2023-03-21', '2019-06-28; 2023-03-21')
    >>> g.nodes["person:xi-jinping"]["meetings"]
    2
    >>> plan = MergedMeeting(id="m-3", participants=pair, kind="planned")
    >>> people_graph([plan]).number_of_edges()
    0
    >>> e = people_graph([plan], include_plans=True).edges["person:xi-jinping", "person:vladimir-putin"]
    >>> e["label"], e["weight"], e["met"], e["planned"]
    ('planned', 0, 0, 1)
    """
    with collector_paused():
        return _people_graph(meetings, include_plans=include_plans)


def _people_graph(meetings: Iterable[MeetingFacts], *, include_plans: bool) -> nx.Graph:
    nodes: dict[str, dict[str, Any]] = {}
    last: dict[str, Person] = {}  # each person's record seen last: a KB's meetings share them
    counts: Counter[str] = Counter()
    shared: dict[tuple[str, str], list[_Held]] = {}
    # a KB's meetings share their person, date and place records: each is read once
    id_of: Callable[[Person], str] = per_record(lambda p: p.id)
    days_of, place_of = per_record(_days), per_record(place_text)
    for m in meetings:
        happened = took_place(m)
        if not (happened or include_plans):
            continue
        ids = []
        for p in m.participants:
            pid = id_of(p)
            if last.get(pid) is not p:  # as meeting_graph does, each record updates the node
                last[pid] = p
                nodes.setdefault(pid, {}).update(
                    _known(
                        type="person",
                        label=p.name,
                        aliases="; ".join(p.aliases),
                        country=p.country,
                        role=p.role,
                        meetings=0,
                    )
                )
            counts[pid] += happened
            ids.append(pid)
        ids = list(dict.fromkeys(ids))
        if len(ids) < 2:
            continue
        start, end, text = days_of(m.date)
        occasion = m.occasion.name if m.occasion else ""
        held = _Held(start or "~", m.id, start, end, text, m.kind, place_of(m.place), occasion)
        for i, u in enumerate(ids):
            for v in ids[i + 1 :]:
                pair = (u, v) if (v, u) not in shared else (v, u)
                shared.setdefault(pair, []).append(held)
    g = nx.Graph()
    for person, attributes in nodes.items():
        attributes["meetings"] = counts[person]
    g.add_nodes_from(nodes.items())
    for (u, v), together in shared.items():
        together.sort()  # by day, then id
        met = [h for h in together if h.kind not in PLAN_KINDS]
        plans = {kind: [h for h in together if h.kind == kind] for kind in PLAN_KINDS}
        starts = [h.start for h in met if h.start]
        ends = [h.end for h in met if h.end]
        label = "met" if met else next(kind for kind in PLAN_KINDS if plans[kind])
        g.add_edge(
            u,
            v,
            **_known(
                relation=label,
                label=label,
                weight=len(met),
                met=len(met),
                planned=len(plans["planned"]),
                cancelled=len(plans["cancelled"]),
                first=min(starts, default=None),
                last=max(ends, default=None),
                dates="; ".join(h.date for h in met if h.date),
                planned_dates="; ".join(h.date for h in plans["planned"] if h.date),
                cancelled_dates="; ".join(h.date for h in plans["cancelled"] if h.date),
                kinds="; ".join(sorted({h.kind for h in together})),
                places="; ".join(dict.fromkeys(h.place for h in together if h.place)),
                occasions="; ".join(dict.fromkeys(h.occasion for h in together if h.occasion)),
                meeting_ids="; ".join(h.id for h in together),
            ),
        )
    return g


class _Held(NamedTuple):
    """What the people view says of a meeting, as :func:`meeting_graph` writes it on its node
    (an empty string for an attribute left out there)."""

    day: str  # the first day, or "~" if none: after every day, so the undated come last
    id: str
    start: str
    end: str
    date: str
    kind: str
    place: str
    occasion: str


def _days(span: DateSpan | None) -> tuple[str, str, str]:
    """A meeting's first and last days (ISO, empty if unknown) and its date as text."""
    return (
        span.start.isoformat() if span and span.start else "",
        span.end.isoformat() if span and span.end else "",
        date_text(span),
    )
