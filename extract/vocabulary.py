"""The closed sets of values a record takes: kinds of meeting, date precisions, date sources.

Kept apart from the pydantic models of :mod:`extract.records` (which names them too), so that
the command line can offer them (``--kind``) without importing pydantic for ``--help``.
"""

from typing import Literal

MeetingKind = Literal["in_person", "visit", "phone", "video", "planned", "cancelled"]
DatePrecision = Literal["day", "days", "week", "month", "year"]
DateSource = Literal["metadata", "date-line", "byline", "dateline", "none"]

MEETING_KINDS: tuple[MeetingKind, ...] = ("in_person", "visit", "phone", "video", "planned", "cancelled")
