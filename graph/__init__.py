"""Merged meetings: a knowledge base, graph views, queries, exports, tables and pictures.

Callers write, for example::

    from graph import KnowledgeBase, find_meetings, export, meetings_frame, people_graph, measures
    with KnowledgeBase.open("dipgraph.db") as kb:
        meetings = kb.meetings()
    find_meetings(meetings, person="Lavrov", place="Rio")
    export(meetings, "people.gexf", view="people")
    meetings_frame(meetings)          # a pandas DataFrame, one row per meeting
    measures(people_graph(meetings))  # degree and betweenness of every person
"""

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
