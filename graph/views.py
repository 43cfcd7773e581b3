"""Graph views of merged meetings, built with networkx.

``meeting_graph`` is the full view: a directed graph with a node for every person, meeting,
place, occasion and document, and edges from each meeting to its people (``participant``),
its place (``held_at``), its occasion (``during``) and the documents that report it
(``reported_by``, with the evidence sentences). ``people_graph`` is its projection on the
people, bipartite style: two people are linked when they met, the edge saying how often,
when first and last, how, where and at which occasions.

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
from collections.abc import Iterable
from typing import Any

import networkx as nx
from networkx.algorithms import bipartite

from extract.records import Document
from graph.geo import locate
from graph.records import MergedMeeting, date_text, place_text


def _known(**attributes: Any) -> dict[str, Any]:
    return {k: v for k, v in attributes.items() if v is not None and v != ""}


def meeting_graph(meetings: Iterable[MergedMeeting], documents: Iterable[Document] = ()) -> nx.DiGraph:
    """People, meetings, places, occasions and documents as one typed, directed graph.

    ``documents``, when given, label document nodes with their titles and dates.

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


def people_graph(meetings: Iterable[MergedMeeting]) -> nx.Graph:
    """Who met whom: the meeting graph projected on its people.

    An edge's ``weight`` is the number of meetings; ``first`` and ``last`` are ISO days;
    ``dates`` lists each dated meeting's date (a day, a month, a year or ``start..end``,
    as :func:`graph.records.date_text` writes it); ``kinds``, ``places``, ``occasions`` and
    ``meeting_ids`` are joined with "; ".

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
    """
    full = meeting_graph(meetings)
    people = [n for n, kind in full.nodes(data="type") if kind == "person"]
    held = [n for n, kind in full.nodes(data="type") if kind == "meeting"]
    two_mode = full.subgraph(people + held).to_undirected()
    g: nx.Graph = bipartite.projected_graph(two_mode, people)
    for u, v, data in g.edges(data=True):
        ids = sorted(
            set(two_mode[u]) & set(two_mode[v]), key=lambda m: (full.nodes[m].get("date_start", "~"), m)
        )
        shared = [full.nodes[m] for m in ids]
        starts = [m["date_start"] for m in shared if "date_start" in m]
        ends = [m["date_end"] for m in shared if "date_end" in m]
        data.update(
            _known(
                relation="met",
                label="met",
                weight=len(shared),
                first=min(starts, default=None),
                last=max(ends, default=None),
                dates="; ".join(m["date"] for m in shared if "date" in m),
                kinds="; ".join(sorted({m["kind"] for m in shared})),
                places="; ".join(dict.fromkeys(m["place"] for m in shared if "place" in m)),
                occasions="; ".join(dict.fromkeys(m["occasion"] for m in shared if "occasion" in m)),
                meeting_ids="; ".join(ids),
            )
        )
    return g
