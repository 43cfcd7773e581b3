"""pandas DataFrames of meetings, pairs, timelines and graph tables, for notebooks.

Each function takes the meetings (``kb.meetings()``) or a graph view and gives one row per
meeting, pair, node or edge, with one column per attribute: dates as pandas timestamps
(``NaT`` when unknown), lists joined with "; ", counts as integers. pandas is imported when
a function is first called, so ``import graph`` stays quick for the command line.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import networkx as nx

from graph.export import edge_rows, node_rows
from graph.geo import locate
from graph.query import person_matches, timeline
from graph.records import MergedMeeting, date_text, place_text
from graph.views import people_graph

if TYPE_CHECKING:
    import pandas as pd

MEETING_COLUMNS = (
    "id",
    "date",
    "start",
    "end",
    "precision",
    "kind",
    "participants",
    "people",
    "countries",
    "place",
    "city",
    "region",
    "country",
    "latitude",
    "longitude",
    "occasion",
    "sources",
    "documents",
)
PAIR_COLUMNS = ("person", "counterpart", "meetings", "first", "last", "dates", "kinds", "places", "occasions")


def _frame(rows: list[dict[str, Any]], columns: Iterable[str], dates: Iterable[str] = ()) -> pd.DataFrame:
    import pandas as pd

    frame = pd.DataFrame(rows, columns=list(columns))
    for column in dates:
        frame[column] = pd.to_datetime(frame[column])
    return frame


def meetings_frame(meetings: Iterable[MergedMeeting]) -> pd.DataFrame:
    """One row per meeting: when, who, where, which occasion, what kind, how many sources.

    >>> from datetime import date
    >>> from extract.records import DateSpan, Place
    >>> from extract.records import Person
    >>> m = MergedMeeting(id="m-1", participants=(Person(name="Wang Yi"), Person(name="Sergey Lavrov")),
    ...                   place=Place(city="Rio de Janeiro", country="Brazil"),
    ...                   date=DateSpan(start=date(2024, 11, 18), end=date(2024, 11, 18)))
    >>> row = meetings_frame([m]).iloc[0]
    >>> row["participants"], row["start"].year, row["city"], int(row["people"])
    ('Wang Yi; Sergey Lavrov', 2024, 'Rio de Janeiro', 2)
    """
    rows = []
    for m in meetings:
        where = locate(m.place)
        rows.append(
            {
                "id": m.id,
                "date": date_text(m.date),
                "start": m.date.start if m.date else None,
                "end": m.date.end if m.date else None,
                "precision": m.date.precision if m.date else None,
                "kind": m.kind,
                "participants": "; ".join(p.name for p in m.participants),
                "people": len(m.participants),
                "countries": "; ".join(m.countries),
                "place": place_text(m.place),
                "city": m.place.city if m.place else None,
                "region": m.place.region if m.place else None,
                "country": m.place.country if m.place else None,
                "latitude": where.latitude if where else None,
                "longitude": where.longitude if where else None,
                "occasion": m.occasion.name if m.occasion else None,
                "sources": len(m.docs),
                "documents": "; ".join(m.docs),
            }
        )
    return _frame(rows, MEETING_COLUMNS, dates=("start", "end"))


def who_met_frame(meetings: Iterable[MergedMeeting], name: str | None = None) -> pd.DataFrame:
    """Who met whom: one row per pair of people who met, most meetings first; with ``name``,
    only the pairs of the people matching it, who are then in the ``person`` column.

    >>> from extract.records import Person
    >>> wang, lavrov, xi = Person(name="Wang Yi"), Person(name="Sergey Lavrov"), Person(name="Xi Jinping")
    >>> ms = [MergedMeeting(id="m-1", participants=(wang, lavrov)),
    ...       MergedMeeting(id="m-2", participants=(xi, wang))]
    >>> who_met_frame(ms, "Wang")[["person", "counterpart", "meetings"]].values.tolist()
    [['Wang Yi', 'Sergey Lavrov', 1], ['Wang Yi', 'Xi Jinping', 1]]
    """
    meetings = list(meetings)
    people = {p.id: p for m in meetings for p in m.participants}
    rows = []
    for u, v, data in people_graph(meetings).edges(data=True):
        a, b = people[u], people[v]
        if name is not None:
            if not person_matches(a, name):
                a, b = b, a
            if not person_matches(a, name):
                continue
        elif b.name < a.name:
            a, b = b, a
        rows.append(
            {
                "person": a.name,
                "counterpart": b.name,
                "meetings": data["weight"],
                **{k: data.get(k) for k in PAIR_COLUMNS[3:]},
            }
        )
    rows.sort(key=lambda r: (-r["meetings"], r["person"], r["counterpart"]))
    return _frame(rows, PAIR_COLUMNS, dates=("first", "last"))


def timeline_frame(meetings: Iterable[MergedMeeting], name: str) -> pd.DataFrame:
    """The meetings of the person matching ``name`` in date order (undated last), with a
    ``counterparts`` column: everyone else at each meeting.

    >>> from extract.records import Person
    >>> m = MergedMeeting(id="m-1", participants=(Person(name="Wang Yi"), Person(name="Sergey Lavrov")))
    >>> timeline_frame([m], "Lavrov")["counterparts"].tolist()
    ['Wang Yi']
    """
    found = timeline(meetings, name)
    frame = meetings_frame(found)
    others = ["; ".join(p.name for p in m.participants if not person_matches(p, name)) for m in found]
    frame.insert(frame.columns.get_loc("participants") + 1, "counterparts", others)
    return frame


def nodes_frame(graph: nx.Graph) -> pd.DataFrame:
    """The nodes of a graph view as the ``nodes.csv`` of the CSV export: ``Id``, ``Label``, ``type``, ...

    >>> nodes_frame(nx.Graph([("a", "b")]))["Id"].tolist()
    ['a', 'b']
    """
    rows = node_rows(graph)
    return _frame(rows, dict.fromkeys(k for row in rows for k in row) or ("Id", "Label", "type"))


def edges_frame(graph: nx.Graph) -> pd.DataFrame:
    """The edges of a graph view as the ``edges.csv`` of the CSV export: ``Source``, ``Target``,
    ``Type``, ``Label``, ``Weight``, ...

    >>> edges_frame(nx.Graph([("a", "b")]))[["Source", "Target", "Weight"]].values.tolist()
    [['a', 'b', 1]]
    """
    rows = edge_rows(graph)
    first = ("Source", "Target", "Type", "Label", "Weight")
    return _frame(rows, dict.fromkeys(k for row in rows for k in row) or first)
