"""Attendance told later: the meeting told before that a sentence naming who attended it means
("A received B in Cairo. The meeting was attended by C"), held in person or of the kind the
sentence names ("the video call"), of its day ("Monday's meeting") and its people ("the leaders'
talks"), also where the last meeting told was told with another word ("Xi met Meloni ... Li held
talks with Meloni ... Wang attended the meeting": Xi's); those who attend join its earlier
tellings too, and the sentence lends it the day and place it told for it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Span, Token

from extract.article import definite_word, of_the_past, retold
from extract.dates import WEEKDAYS
from extract.found import Found
from extract.kinds import CALL_NOUNS, REMOTE_KINDS
from extract.participants import with_them
from extract.people import PLURAL_REFERENCES, Cluster, People
from extract.spans import span_tokens
from extract.triggers import lemma_of

# the words that name one meeting again by the word it was told with
ECHOES = ({"meet", "meeting"}, {"talk", "talks"})


def echoed_meeting(
    sentence: Span,
    found: list[Found],
    held: Found,
    references: list[Found],
    past: bool,
    published: date | None,
) -> Found | None:
    """The meeting a sentence names again by the word it was told with, where the last meeting
    told was told with another: in "Xi met Meloni ... On Sunday, Li held talks with Meloni ...
    Wang Yi and Cai Qi attended the meeting", the meeting is Xi's, not Li's talks."""
    words = {
        lemma_of(t) for t in span_tokens(sentence) if t.lower_ in {"meeting", "talks"} and definite_word(t)
    }
    echo = next((e for e in ECHOES if words & e), None)
    others = {w for e in ECHOES if e is not echo for w in e}
    if echo is None or len(words) != 1 or lemma_of(held.trigger) not in others:
        return None  # the last told with the other word: "talks" where "the meeting" is named
    return next(
        (
            m
            for m in reversed(found)
            if lemma_of(m.trigger) in echo and held_then(m, references, past, published)
        ),
        None,
    )


def met_with(references: list[Found], people: People) -> set[Cluster]:
    """Those a sentence's meeting words name as met ("Also present during the meeting with Xi
    were A and B"): the meeting they attended is one of theirs."""
    return {c for r in references for c in with_them(r.trigger, people)}


def _named_by_its_word(meeting: Found, references: list[Found]) -> bool:
    """Whether a sentence names a meeting held online by the word it was told with, not as a
    call: "Modi held a virtual summit with Pacific island leaders. The summit was attended by A,
    B and C"."""
    word = lemma_of(meeting.trigger)
    return (
        bool(references) and word not in CALL_NOUNS and all(lemma_of(r.trigger) == word for r in references)
    )


def _calls(references: list[Found]) -> bool:
    """Whether a sentence names the meeting it tells who attended as a call ("the video call")."""
    return bool(references) and all(r.kind in REMOTE_KINDS for r in references)


def held_then(meeting: Found, references: list[Found], past: bool, published: date | None) -> bool:
    """Whether a meeting told before may be the one a sentence tells who attended: held in
    person, not a trip, not of another day or other people than the sentence's ``references``
    name, and, for a sentence of the news, not one told as its past ("A and B had met on Sept 8.
    C and D were present at the ceremony" of the news)."""
    return (
        # a call, where the sentence names one of its kind: "were present at the video call" (and
        # then a call, not the meeting in Kazan the call recalled)
        (
            (meeting.kind == "in_person" and not _calls(references))
            or (bool(references) and all(r.kind == meeting.kind for r in references))
            or (meeting.kind == "video" and _named_by_its_word(meeting, references))
        )
        and not meeting.visit
        and _on_its_day(meeting, references)
        and _of(meeting, references)
        and (past or not of_the_past(meeting, published))
    )


def told_of_it(held: Found, references: list[Found], before: list[Span]) -> None:
    """The day and place that the sentence naming who attended a meeting told in one of the two
    sentences ``before`` it gives that meeting, where it has none: "Japarov took part in the C5+1
    summit, held in New York on September 19 ... The summit was hosted by Biden and attended by
    ..." (the summit's day and place, see :func:`the_gathering_told_before`); not a meeting told
    further back, which the sentence may only seem to name again."""
    if not any(held.sentence.start == s.start for s in before):
        return
    if held.when is None:
        held.when = next((m.when for m in references if m.when is not None), None)
    if held.place is None and held.kind == "in_person":
        held.place = next((m.place for m in references if m.place and m.kind == "in_person"), None)


def joined_with_tellings(
    found: list[Found],
    meeting: Found,
    joins: Callable[[Span, People, Found], bool],
    sentence: Span,
    people: People,
) -> bool:
    """Whether a sentence adds people to a meeting (``joins``); they join its earlier tellings
    too: "A received B in Cairo. The two discussed trade. The meeting was attended by C"."""
    tellings = retold(found, meeting)
    if not joins(sentence, people, meeting):
        return False
    for telling in tellings:
        telling.join(meeting.people, sentence)
    return True


def _of(meeting: Found, references: list[Found]) -> bool:
    """Whether a meeting may be the one references name by its people ("sat in on the leaders'
    talks"): it has all of those a reference owned by them names."""
    named = [set(r.people) for r in references if len(r.people) >= 2 and of_theirs(r.trigger)]
    return not named or any(them <= set(meeting.people) for them in named)


def of_theirs(trigger: Token) -> bool:
    """ "the leaders' talks": a meeting word owned by a plural reference."""
    return any(
        c.dep_ == "poss" and c.tag_ == "NNS" and c.lower_ in PLURAL_REFERENCES for c in trigger.children
    )


def _on_its_day(meeting: Found, references: list[Found]) -> bool:
    """Whether a meeting may be the one references name by a day ("took part in Monday's
    meeting"): it is of that day, or one of them has no day."""
    day = meeting.when
    days = [(r.when.start, r.when.end) for r in references if r.when is not None]
    if day is None:
        return True
    if days:
        return all(named == (day.start, day.end) for named in days)
    # a day named but not resolved (no publication date): "attended Wednesday's talks" is not
    # the handshake "in November 2022" told before, only a meeting that could fall on a Wednesday
    weekdays = {
        WEEKDAYS.index(owner.lower_)
        for r in references
        for owner in r.trigger.children
        if owner.dep_ == "poss" and owner.lower_ in WEEKDAYS
    }
    if not weekdays or day.start is None or day.end is None:
        return True
    return day.start == day.end and day.start.weekday() in weekdays
