"""Merged meetings: a knowledge base, graph views, queries, exports, tables and pictures.

Callers write, for example::

    from graph import KnowledgeBase, find_meetings, export, meetings_frame, people_graph, measures
    with KnowledgeBase.open("dipgraph.db") as kb:
        meetings = kb.meetings()
    find_meetings(meetings, person="Lavrov", place="Rio")
    export(meetings, "people.gexf", view="people")
    meetings_frame(meetings)          # a pandas DataFrame, one row per meeting
    measures(people_graph(meetings))  # degree and betweenness of every person

The names are imported when first used (``graph.draw`` needs matplotlib, ``graph.views``
networkx), so that ``import graph.cli`` and the command start quickly.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from graph.draw import draw_people, draw_places, draw_timeline
    from graph.errors import (
        ExportError,
        KnowledgeBaseError,
        MissingKnowledgeBaseError,
        QueryError,
        SchemaVersionError,
    )
    from graph.evaluate import Evaluation, Gold, GoldError, evaluate, read_gold
    from graph.export import FORMATS, export, flatten, read_graph, view_of, write_graph
    from graph.frames import edges_frame, meetings_frame, nodes_frame, timeline_frame, who_met_frame
    from graph.geo import Location, locate
    from graph.gexf import write_gexf
    from graph.jsonl import meeting_record, read_jsonl, write_json, write_jsonl
    from graph.merge import PersonIndex, merge_meetings, merge_people, same_meeting, same_name
    from graph.network import Link, ego_network, find_person, measures, meeting_path
    from graph.query import (
        MET_KINDS,
        PLAN_KINDS,
        Counterpart,
        find_meetings,
        in_date_order,
        meeting_counts,
        occasion_matches,
        parse_day,
        pick_person,
        timeline,
        took_place,
        who_met,
    )
    from graph.records import MeetingFacts, MeetingRow, MergedMeeting, date_text, place_text
    from graph.store import KnowledgeBase
    from graph.views import meeting_graph, people_graph
    from graph.webpage import write_page

_WHERE = {
    "draw_people": "graph.draw",
    "draw_places": "graph.draw",
    "draw_timeline": "graph.draw",
    "ExportError": "graph.errors",
    "KnowledgeBaseError": "graph.errors",
    "MissingKnowledgeBaseError": "graph.errors",
    "QueryError": "graph.errors",
    "SchemaVersionError": "graph.errors",
    "Evaluation": "graph.evaluate",
    "Gold": "graph.evaluate",
    "GoldError": "graph.evaluate",
    "evaluate": "graph.evaluate",
    "read_gold": "graph.evaluate",
    "FORMATS": "graph.export",
    "export": "graph.export",
    "flatten": "graph.export",
    "read_graph": "graph.export",
    "view_of": "graph.export",
    "write_graph": "graph.export",
    "edges_frame": "graph.frames",
    "meetings_frame": "graph.frames",
    "nodes_frame": "graph.frames",
    "timeline_frame": "graph.frames",
    "who_met_frame": "graph.frames",
    "Location": "graph.geo",
    "locate": "graph.geo",
    "write_gexf": "graph.gexf",
    "meeting_record": "graph.jsonl",
    "read_jsonl": "graph.jsonl",
    "write_json": "graph.jsonl",
    "write_jsonl": "graph.jsonl",
    "PersonIndex": "graph.merge",
    "merge_meetings": "graph.merge",
    "merge_people": "graph.merge",
    "same_meeting": "graph.merge",
    "same_name": "graph.merge",
    "Link": "graph.network",
    "ego_network": "graph.network",
    "find_person": "graph.network",
    "measures": "graph.network",
    "meeting_path": "graph.network",
    "MET_KINDS": "graph.query",
    "PLAN_KINDS": "graph.query",
    "Counterpart": "graph.query",
    "find_meetings": "graph.query",
    "in_date_order": "graph.query",
    "meeting_counts": "graph.query",
    "occasion_matches": "graph.query",
    "parse_day": "graph.query",
    "pick_person": "graph.query",
    "timeline": "graph.query",
    "took_place": "graph.query",
    "who_met": "graph.query",
    "MeetingFacts": "graph.records",
    "MeetingRow": "graph.records",
    "MergedMeeting": "graph.records",
    "date_text": "graph.records",
    "place_text": "graph.records",
    "KnowledgeBase": "graph.store",
    "meeting_graph": "graph.views",
    "people_graph": "graph.views",
    "write_page": "graph.webpage",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        value = getattr(importlib.import_module(_WHERE[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'graph' has no attribute {name!r}")


def _function_of(name: str) -> property:
    """``graph.NAME``, a function of the module ``graph.NAME``: the function, also once that
    module is imported (the import then sets the attribute to the module, which is ignored),
    as it was when every name was imported up front."""

    def get(_: types.ModuleType) -> Any:
        return getattr(importlib.import_module(f"graph.{name}"), name)

    def ignore(_: types.ModuleType, __: object) -> None:
        pass

    return property(get, ignore)


class _Graph(types.ModuleType):
    export = _function_of("export")
    evaluate = _function_of("evaluate")


sys.modules[__name__].__class__ = _Graph


def __dir__() -> list[str]:
    return sorted([*globals(), *_WHERE])


__all__ = [
    "FORMATS",
    "MET_KINDS",
    "PLAN_KINDS",
    "Counterpart",
    "Evaluation",
    "ExportError",
    "Gold",
    "GoldError",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "Link",
    "Location",
    "MeetingFacts",
    "MeetingRow",
    "MergedMeeting",
    "MissingKnowledgeBaseError",
    "PersonIndex",
    "QueryError",
    "SchemaVersionError",
    "date_text",
    "draw_people",
    "draw_places",
    "draw_timeline",
    "edges_frame",
    "ego_network",
    "evaluate",
    "export",
    "find_meetings",
    "find_person",
    "flatten",
    "in_date_order",
    "locate",
    "measures",
    "meeting_counts",
    "meeting_graph",
    "meeting_path",
    "meeting_record",
    "meetings_frame",
    "merge_meetings",
    "merge_people",
    "nodes_frame",
    "occasion_matches",
    "parse_day",
    "people_graph",
    "pick_person",
    "place_text",
    "read_gold",
    "read_graph",
    "read_jsonl",
    "same_meeting",
    "same_name",
    "timeline",
    "timeline_frame",
    "took_place",
    "view_of",
    "who_met",
    "who_met_frame",
    "write_gexf",
    "write_graph",
    "write_json",
    "write_jsonl",
    "write_page",
]
