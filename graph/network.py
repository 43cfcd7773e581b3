"""The people network: find a person, their ego network, the chain of meetings linking two
people, and simple measures (degree, betweenness).

Names match as in :mod:`graph.query` (a word start of the name or of an alias, case and
accents ignored), and a name must pick one person: "Wang" in a network of Wang Yi and Wang
Wenbin is a :class:`~graph.errors.QueryError` naming both, unless it is someone's whole name.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

import networkx as nx

from extract.records import Person
from graph.chain import pick_named, shortest_chain
from graph.errors import QueryError
from graph.query import in_date_order, took_place
from graph.records import MeetingFacts
from graph.views import people_graph

if TYPE_CHECKING:
    import pandas as pd


def find_person(graph: nx.Graph, name: str) -> str:
    """The id of the one person node whose label or aliases match ``name``.

    >>> g = nx.Graph([("person:wang-yi", "person:wang-wenbin")])
    >>> nx.set_node_attributes(g, {"person:wang-yi": "Wang Yi", "person:wang-wenbin": "Wang Wenbin"}, "label")
    >>> nx.set_node_attributes(g, "person", "type")
    >>> find_person(g, "wang yi")
    'person:wang-yi'
    >>> find_person(g, "Wang")
    Traceback (most recent call last):
    ...
    graph.errors.QueryError: 'Wang' names 2 people: Wang Wenbin, Wang Yi; give more of the name
    """
    people = {
        str(n): (str(d.get("label", "")), str(d.get("aliases", "")).split("; "))
        for n, d in graph.nodes(data=True)
        if d.get("type") == "person"
    }
    return pick_named(people, name)


def ego_network(graph: nx.Graph, name: str, *, radius: int = 1) -> nx.Graph:
    """The person matching ``name``, everyone within ``radius`` steps, and the edges among them.

    In the meetings view a person's meetings are one step away and their counterparts two.

    >>> g = nx.path_graph(["person:a", "person:b", "person:c"])
    >>> nx.set_node_attributes(g, {"person:a": "A", "person:b": "B", "person:c": "C"}, "label")
    >>> nx.set_node_attributes(g, "person", "type")
    >>> sorted(ego_network(g, "A"))
    ['person:a', 'person:b']
    """
    ego: nx.Graph = nx.ego_graph(graph, find_person(graph, name), radius=radius, undirected=True)
    return ego


class Link(NamedTuple):
    """One step of a chain: a person, the next one, and the meetings where they met."""

    person: Person
    counterpart: Person
    meetings: tuple[MeetingFacts, ...]  # a MergedMeeting each, or a MeetingRow (kb.meeting_rows())


def meeting_path(
    meetings: Iterable[MeetingFacts], start: str, end: str, *, include_plans: bool = False
) -> list[Link]:
    """A shortest chain of meetings from the person matching ``start`` to the one matching
    ``end``: who met whom, step by step, each step with its meetings in date order; empty
    when no chain links them (of several, the one :func:`graph.chain.shortest_chain` finds,
    as ``dipgraph path`` does). Only meetings that took place link people, unless
    ``include_plans`` (then planned and cancelled ones do too).

    >>> from graph.records import MergedMeeting
    >>> a, b, c = Person(name="Wang Yi"), Person(name="Sergey Lavrov"), Person(name="Alexis Tsipras")
    >>> ms = [MergedMeeting(id="m-1", participants=(a, b)), MergedMeeting(id="m-2", participants=(b, c))]
    >>> [(link.person.name, link.counterpart.name) for link in meeting_path(ms, "Wang", "Tsipras")]
    [('Wang Yi', 'Sergey Lavrov'), ('Sergey Lavrov', 'Alexis Tsipras')]
    >>> meeting_path([MergedMeeting(id="m-3", participants=(a, c), kind="cancelled")], "Wang", "Tsipras")
    []
    """
    meetings = list(meetings)
    everyone = people_graph(meetings, include_plans=True)  # people of plans are found, not linked
    source, target = find_person(everyone, start), find_person(everyone, end)
    if source == target:
        raise QueryError(f"{start!r} and {end!r} name the same person; give two people")
    if not include_plans:
        meetings = [m for m in meetings if took_place(m)]
    graph = everyone
    if not include_plans:
        graph = nx.subgraph_view(everyone, filter_edge=lambda u, v: everyone.edges[u, v]["met"] > 0)
    ids = shortest_chain(source, target, lambda person: sorted(graph[person]))
    if not ids:
        return []
    people = {p.id: p for m in meetings for p in m.participants}
    links = []
    for u, v in itertools.pairwise(ids):
        both = in_date_order(m for m in meetings if {u, v} <= {p.id for p in m.participants})
        links.append(Link(people[u], people[v], tuple(both)))
    return links


def measures(graph: nx.Graph) -> pd.DataFrame:
    """Degree and betweenness of every person in the people view, most central first.

    ``counterparts`` is the number of people met, ``meetings`` the number of meetings, and
    ``betweenness`` the share of shortest chains between two other people that pass through
    this one (0 to 1).

    >>> from graph.records import MergedMeeting
    >>> a, b, c = Person(name="A"), Person(name="B"), Person(name="C")
    >>> g = people_graph([MergedMeeting(id="m-1", participants=(a, b)),
    ...                   MergedMeeting(id="m-2", participants=(b, c))])
    >>> measures(g)[["name", "counterparts", "betweenness"]].values.tolist()
    [['B', 2, 1.0], ['A', 1, 0.0], ['C', 1, 0.0]]
    """
    import pandas as pd

    between = nx.betweenness_centrality(graph)
    rows = [
        {
            "id": n,
            "name": d.get("label", n),
            "country": d.get("country"),
            "role": d.get("role"),
            "counterparts": graph.degree(n),
            "meetings": d.get("meetings", 0),
            "betweenness": between[n],
        }
        for n, d in graph.nodes(data=True)
        if d.get("type") == "person"
    ]
    rows.sort(key=lambda r: (-r["betweenness"], -r["counterparts"], -r["meetings"], r["name"]))
    columns = ["id", "name", "country", "role", "counterparts", "meetings", "betweenness"]
    return pd.DataFrame(rows, columns=columns).set_index("id")
