"""Where people are: a meeting with no place of its own is held where the article puts its
people that day. A trip planned to the others' country takes them there ("a few hours before
his visit to Athens ... is due to see the President"); a plan for later the same day stays where
they met others that morning; a plan for a day they are said to be somewhere, or to have arrived
a day or two before, is there; a meeting told as the news with neither place nor day is where
one of its people came that week. ``Stay`` is one such whereabouts: a person's name, the place
and the days (:func:`extract.article.note_whereabouts` finds them)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from extract.found import Found
from extract.records import DateSpan, Place
from extract.spans import span_text
from extract.told import is_background

Stay = tuple[str, Place | None, DateSpan | None]


def meet_on_the_trip(found: list[Found]) -> None:
    """A meeting planned with no place of its own, by someone the article says is going to the
    country of the others, is held where that trip goes ("a few hours before his visit to
    Athens ... Erdogan is due to see the President of the Hellenic Republic")."""
    trips = [m for m in found if m.visit and len(m.people) == 1 and m.place is not None]
    for meeting in (m for m in found if m.kind == "planned" and m.place is None and len(m.people) >= 2):
        for trip in trips:
            traveller, place = trip.people[0], trip.place
            others = {p.country for p in meeting.people if p != traveller}
            if place is not None and traveller in meeting.people and others == {place.country}:
                meeting.place = place
                break


# A time later the same day: "later in the day", "later today", "this evening", "tonight".
SAME_DAY = re.compile(r"\blater (?:in the day|today|on)\b|\bthis (?:afternoon|evening)\b|\btonight\b", re.I)


def later_that_day(found: list[Found]) -> None:
    """A meeting planned for later the same day as one held in a place, by someone who took
    part in that one, with no place of its own, is held there: no one meets in Muscat in the
    morning and in Washington in the evening ("Albusaidi held talks with Araghchi in Muscat ...
    Albusaidi would meet Witkoff later in the day")."""
    for at, meeting in enumerate(found):
        if meeting.kind != "planned" or meeting.place is not None:
            continue
        clause = "".join(meeting.sentence.doc[i].text_with_ws for i in sorted(meeting.clause))
        for held in reversed(found[:at]):
            if held.kind not in {"in_person", "visit"} or held.place is None:
                continue
            if not set(held.people) & set(meeting.people):
                continue
            same_day = (
                held.when is not None
                and meeting.when is not None
                and held.when.precision == meeting.when.precision == "day"
                and held.when.start == meeting.when.start
            )
            if same_day or (meeting.when is None and SAME_DAY.search(clause)):
                meeting.place = held.place
            break


def planned_where_they_are(found: list[Found], stays: list[Stay]) -> None:
    """A meeting planned for a day with no place of its own is held where the article says one
    of its people is that day, or arrived a day or two before ("is slated to meet Lavrov on
    Wednesday. It was on Tuesday that Jaishankar arrived in Moscow")."""
    for meeting in found:
        day = meeting.when
        if meeting.kind != "planned" or meeting.place is not None or day is None or day.start is None:
            continue
        if day.precision != "day":
            continue
        for place, when, first in _stays_of(meeting, stays):
            if when.end is not None and first <= day.start <= when.end + timedelta(days=2):
                meeting.place = place
                break


def held_where_they_came(found: list[Found], stays: list[Stay], published: date | None) -> None:
    """A meeting told as the news with neither a place nor a day of its own is held where the
    article says one of its people came, or was, in the week before publication ("Witkoff
    described his meeting with Putin ... Witkoff, who arrived in Moscow on Thursday, was there
    to lay out the proposal"), wherever in the article that is said."""
    if published is None:
        return
    for meeting in found:
        if meeting.kind != "in_person" or meeting.place is not None or meeting.when is not None:
            continue
        if is_background(span_text(meeting.sentence)):
            continue
        for place, when, first in _stays_of(meeting, stays):
            if when.precision == "day" and 0 <= (published - first).days <= 7:
                meeting.place = place
                break


def _stays_of(meeting: Found, stays: list[Stay]) -> Iterator[tuple[Place, DateSpan, date]]:
    """Where and when (and from which first day) the article puts the meeting's people, in the
    order it tells it: only stays with a place and a first day."""
    names = {p.name for p in meeting.people}
    for name, place, when in stays:
        if name in names and place is not None and when is not None and when.start is not None:
            yield place, when, when.start
