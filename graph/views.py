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

import itertools
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, NamedTuple

import networkx as nx

from extract.records import DateSpan, Document, Person
from graph.bulk import collector_paused, per_record
from graph.geo import locate
from graph.query import PLAN_KINDS, took_place
from graph.records import MeetingFacts, MergedMeeting, PairedMeeting, date_text, place_text


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
    return people_view(meetings, include_plans=include_plans).graph()


NODE_ATTRIBUTES: dict[str, type] = {
    "type": str,
    "label": str,
    "aliases": str,
    "country": str,
    "role": str,
    "meetings": int,
}
"""The attributes a person of the people view may hold, in order, with their one type."""
EDGE_ATTRIBUTES: dict[str, type] = {
    "relation": str,
    "label": str,
    "weight": int,
    "met": int,
    "planned": int,
    "cancelled": int,
    "first": str,
    "last": str,
    "dates": str,
    "planned_dates": str,
    "cancelled_dates": str,
    "kinds": str,
    "places": str,
    "occasions": str,
    "meeting_ids": str,
}
"""The attributes an edge of the people view may hold, in order, with their one type."""

_PLANNED, _CANCELLED = PLAN_KINDS


class PeopleView(NamedTuple):
    """The people view as plain data, what :func:`people_graph` makes its graph of: each
    person's node attributes (in the order they first take part in a meeting), and the
    meetings each pair shares, made into edges one at a time by :meth:`edges` (a writer can
    write a million of them without holding them all: :func:`graph.export.write_people_graphml`).

    >>> pair = (Person(name="Xi Jinping"), Person(name="Vladimir Putin"))
    >>> view = people_view([MergedMeeting(id="m-1", participants=pair, kind="phone")])
    >>> list(view.nodes), [e["kinds"] for _, _, e in view.edges()]
    (['person:xi-jinping', 'person:vladimir-putin'], ['phone'])
    >>> view.names()["edge"]["meeting_ids"], "places" in view.names()["edge"]
    (<class 'str'>, False)
    """

    nodes: dict[str, dict[str, str | int]]
    shared: dict[tuple[str, str], list[PairedMeeting]]
    present: frozenset[str]  # the attributes of EDGE_ATTRIBUTES that some edge may leave out and one holds

    def edges(self) -> Iterator[tuple[str, str, dict[str, str | int]]]:
        """Each pair who share a meeting and the attributes of their edge, in the order they
        first share one."""
        for (u, v), together in self.shared.items():
            yield u, v, _edge(together)

    def graph(self) -> nx.Graph:
        """The view as a networkx graph (:func:`people_graph`)."""
        with collector_paused():
            g = nx.Graph()
            g.add_nodes_from(self.nodes.items())
            g.add_edges_from(self.edges())
        return g

    def names(self) -> dict[str, dict[str, type]]:
        """The attribute names the nodes (``node``) and the edges (``edge``) hold, each in the
        order of :data:`NODE_ATTRIBUTES` and :data:`EDGE_ATTRIBUTES`, with their one type."""
        held = {name for data in self.nodes.values() for name in data}
        return {
            "node": {name: kind for name, kind in NODE_ATTRIBUTES.items() if name in held},
            "edge": {
                name: kind
                for name, kind in EDGE_ATTRIBUTES.items()
                if name in self.present or name not in _OPTIONAL
            },
        }


_OPTIONAL = frozenset(("first", "last", "dates", "planned_dates", "cancelled_dates", "places", "occasions"))


def people_view(meetings: Iterable[MeetingFacts], *, include_plans: bool = False) -> PeopleView:
    """The people view of ``meetings`` as plain data (see :func:`people_graph` and
    :class:`PeopleView`), in one pass over the meetings."""
    with collector_paused():
        nodes: dict[str, dict[str, str | int]] = {}
        counts, shared, present = _pairs(_paired(meetings, nodes, include_plans=include_plans), include_plans)
        for person, count in counts.items():
            nodes[person]["meetings"] = count
        return PeopleView(nodes, shared, present)


def people_view_of(
    meetings: Iterable[tuple[PairedMeeting, Sequence[str]]],
    people: Mapping[str, Person],
    *,
    include_plans: bool = False,
) -> PeopleView:
    """The people view of meetings read as text, each with the ids of its people
    (:meth:`graph.store.KnowledgeBase.meeting_facts`), and of the ``people`` they name: what
    :func:`people_view` gives of their records (a test checks so), without a record of each
    meeting.

    >>> xi, putin = Person(name="Xi Jinping"), Person(name="Vladimir Putin")
    >>> day = "2019-06-28"
    >>> held = (day, "m-1", day, day, day, "in_person", "Osaka, Japan", "")
    >>> view = people_view_of([(held, [xi.id, putin.id])], {xi.id: xi, putin.id: putin})
    >>> [(e["first"], e["places"]) for _, _, e in view.edges()], view.nodes[xi.id]["meetings"]
    ([('2019-06-28', 'Osaka, Japan')], 1)
    """
    with collector_paused():
        counts, shared, present = _pairs(meetings, include_plans)
        nodes = {person: {**_node(people[person]), "meetings": count} for person, count in counts.items()}
        return PeopleView(nodes, shared, present)


def _node(p: Person) -> dict[str, str | int]:
    """The attributes of a person's node, but how many meetings."""
    return _known(type="person", label=p.name, aliases="; ".join(p.aliases), country=p.country, role=p.role)


def _paired(
    meetings: Iterable[MeetingFacts], nodes: dict[str, dict[str, str | int]], *, include_plans: bool
) -> Iterator[tuple[PairedMeeting, list[str]]]:
    """Each meeting of records as :func:`_pairs` reads it, with the ids of its people, each
    record of a person updating the attributes of their node in ``nodes`` (as
    :func:`meeting_graph` does)."""
    last: dict[str, Person] = {}  # each person's record seen last: a KB's meetings share them
    # a KB's meetings share their person, date and place records: each is read once
    id_of: Callable[[Person], str] = per_record(lambda p: p.id)
    days_of, place_of = per_record(_days), per_record(place_text)
    for m in meetings:
        if not (include_plans or m.kind not in PLAN_KINDS):
            continue
        ids = []
        for p in m.participants:
            pid = id_of(p)
            if last.get(pid) is not p:
                last[pid] = p
                nodes.setdefault(pid, {}).update(_node(p), meetings=0)
            ids.append(pid)
        start, end, text = days_of(m.date)
        occasion = m.occasion.name if m.occasion else ""
        yield (start or "~", m.id, start, end, text, m.kind, place_of(m.place), occasion), ids


def _pairs(
    meetings: Iterable[tuple[PairedMeeting, Sequence[str]]], include_plans: bool
) -> tuple[Counter[str], dict[tuple[str, str], list[PairedMeeting]], frozenset[str]]:
    """How many meetings that took place each person attends (in the order they first take
    part in one), the meetings each pair shares (in the order they first share one, each
    pair in the order its people are first named together), and the optional edge
    attributes those give (:func:`_note`)."""
    counts: Counter[str] = Counter()
    shared: dict[tuple[str, str], list[PairedMeeting]] = {}
    present: set[str] = set()
    possible = len(_OPTIONAL) if include_plans else len(_OPTIONAL) - 2  # no plans' dates
    for held, ids in meetings:
        happened = held[5] not in PLAN_KINDS
        if not (happened or include_plans):
            continue
        for pid in ids:
            counts[pid] += happened
        if len(ids) == 2 and ids[0] != ids[1]:  # nearly always
            pairs: Iterable[tuple[str, str]] = ((ids[0], ids[1]),)
        else:
            people = list(dict.fromkeys(ids))
            if len(people) < 2:  # a meeting of one links no one
                continue
            pairs = itertools.combinations(people, 2)
        if len(present) < possible:  # soon all are, in a big knowledge base
            _note(held, present)
        for u, v in pairs:
            together = shared.get((u, v))
            if together is None:
                together = shared.get((v, u))
                if together is None:
                    together = shared[u, v] = []
            together.append(held)
    return counts, shared, frozenset(present)


def _note(held: PairedMeeting, present: set[str]) -> None:
    """Add to ``present`` the optional edge attributes a meeting gives its pairs."""
    _, _, start, end, text, kind, place, occasion = held
    if kind not in PLAN_KINDS:
        if start:
            present.add("first")
        if end:
            present.add("last")
        if text:
            present.add("dates")
    elif text:
        present.add("planned_dates" if kind == _PLANNED else "cancelled_dates")
    if place:
        present.add("places")
    if occasion:
        present.add("occasions")


def _edge(together: list[PairedMeeting]) -> dict[str, str | int]:
    """The attributes of the edge of a pair who share the meetings ``together``."""
    if len(together) == 1:  # most pairs, in a big knowledge base
        return _edge_of_one(together[0])
    if len(together) > 1:
        together.sort()  # by day, then id
    met: list[PairedMeeting] = []
    planned: list[PairedMeeting] = []
    cancelled: list[PairedMeeting] = []
    for held in together:
        kind = held[5]
        (planned if kind == _PLANNED else cancelled if kind == _CANCELLED else met).append(held)
    label = "met" if met else "planned" if planned else "cancelled"
    edge: dict[str, str | int] = {
        "relation": label,
        "label": label,
        "weight": len(met),
        "met": len(met),
        "planned": len(planned),
        "cancelled": len(cancelled),
    }
    if met:
        if met[0][2]:  # sorted by first day, the undated last
            edge["first"] = met[0][2]
        last = max(held[3] for held in met)
        if last:
            edge["last"] = last
        if dates := "; ".join([held[4] for held in met if held[4]]):
            edge["dates"] = dates
    if planned and (dates := "; ".join([held[4] for held in planned if held[4]])):
        edge["planned_dates"] = dates
    if cancelled and (dates := "; ".join([held[4] for held in cancelled if held[4]])):
        edge["cancelled_dates"] = dates
    edge["kinds"] = "; ".join(sorted({held[5] for held in together}))
    if places := "; ".join(dict.fromkeys([held[6] for held in together if held[6]])):
        edge["places"] = places
    if occasions := "; ".join(dict.fromkeys([held[7] for held in together if held[7]])):
        edge["occasions"] = occasions
    edge["meeting_ids"] = "; ".join([held[1] for held in together])
    return edge


def _edge_of_one(held: PairedMeeting) -> dict[str, str | int]:
    """What :func:`_edge` gives of a single meeting, made directly."""
    _, meeting, start, end, text, kind, place, occasion = held
    happened = kind not in PLAN_KINDS
    label = "met" if happened else kind
    edge: dict[str, str | int] = {
        "relation": label,
        "label": label,
        "weight": int(happened),
        "met": int(happened),
        "planned": int(kind == _PLANNED),
        "cancelled": int(kind == _CANCELLED),
    }
    if happened:
        if start:
            edge["first"] = start
        if end:
            edge["last"] = end
        if text:
            edge["dates"] = text
    elif text:
        edge["planned_dates" if kind == _PLANNED else "cancelled_dates"] = text
    edge["kinds"] = kind
    if place:
        edge["places"] = place
    if occasion:
        edge["occasions"] = occasion
    edge["meeting_ids"] = meeting
    return edge


def _days(span: DateSpan | None) -> tuple[str, str, str]:
    """A meeting's first and last days (ISO, empty if unknown) and its date as text."""
    return (
        span.start.isoformat() if span and span.start else "",
        span.end.isoformat() if span and span.end else "",
        date_text(span),
    )
