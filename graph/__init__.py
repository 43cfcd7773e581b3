"""Merged meetings: a knowledge base, graph views, queries and exports.

Callers write, for example::

    from graph import KnowledgeBase, find_meetings, export
    with KnowledgeBase.open("dipgraph.db") as kb:
        meetings = kb.meetings()
    find_meetings(meetings, person="Lavrov", place="Rio")
    export(meetings, "people.graphml", view="people")
"""

from graph.errors import (
    ExportError,
    KnowledgeBaseError,
    MissingKnowledgeBaseError,
    QueryError,
    SchemaVersionError,
)
from graph.export import export, flatten, read_graph, write_graph
from graph.jsonl import meeting_record, read_jsonl, write_json, write_jsonl
from graph.merge import PersonIndex, merge_meetings, merge_people, same_meeting, same_name
from graph.query import Counterpart, find_meetings, meeting_counts, parse_day, timeline, who_met
from graph.records import MergedMeeting, date_text, place_text
from graph.store import KnowledgeBase
from graph.views import meeting_graph, people_graph

__all__ = [
    "Counterpart",
    "ExportError",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "MergedMeeting",
    "MissingKnowledgeBaseError",
    "PersonIndex",
    "QueryError",
    "SchemaVersionError",
    "date_text",
    "export",
    "find_meetings",
    "flatten",
    "meeting_counts",
    "meeting_graph",
    "meeting_record",
    "merge_meetings",
    "merge_people",
    "parse_day",
    "people_graph",
    "place_text",
    "read_graph",
    "read_jsonl",
    "same_meeting",
    "same_name",
    "timeline",
    "who_met",
    "write_graph",
    "write_json",
    "write_jsonl",
]
