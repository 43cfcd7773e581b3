"""The days of plans and of meetings called off: whether the day a plan or a cancellation tells
is to come or gone by ("did not manage to meet in May", "In March, Ghana called off a planned
visit", "Blinken is meeting Wang on Thursday"), and which day told on the verb that calls a
meeting off is the calling off's ("called off his trip on Monday night"), not the meeting's,
which keeps its own day or the one it is put off to ("postponed the summit to Friday")."""

from __future__ import annotations

from spacy.tokens import Token

from extract.circumstances import time_of_the_saying
from extract.dates import WEEKDAYS
from extract.found import Found
from extract.kinds import (
    ANNOUNCING,
    CALL_NOUNS,
    REPORT_NOUNS,
    SETTINGS,
    SETTLED,
    TO_COME,
    TRYING,
    announced,
    calls_off,
    done_without,
    fell_through,
    past_perfect,
    plan_gone_by,
    said_not_to_have_happened,
    settled_in_the_past,
    then_said_not_held,
)
from extract.spans import children_of, subtree_of
from extract.triggers import is_trigger, setting_verb


def sought_in_vain(meeting: Found) -> bool:
    """ "did not manage to meet in May", "failed to meet", "left without meeting B": a cancelled
    meeting told in the past, whose day is behind."""
    verb = meeting.verb
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in TRYING | {"fail"}:
        return True
    if meeting.kind == "cancelled" and done_without(meeting.trigger) is not None:
        return True  # "flew in on Monday but left without being received by B": that Monday
    # "Aliyev had called off an earlier meeting with Pashinian that was to take place on October 5",
    # "Dar's visit had been scheduled for April 27-28, but it was postponed": called off, or planned,
    # before the past the article tells, so its day is behind too
    # "was ready to meet B on Thursday, but the meeting never happened": that Thursday is gone;
    # "where A was to have hosted B in July": a plan whose July had come when it was told
    return meeting.kind == "cancelled" and (
        past_perfect(verb)
        or _set_for_a_date_in_the_past_perfect(meeting)
        or plan_gone_by(verb)
        or then_said_not_held(meeting.trigger)
        or said_not_to_have_happened(meeting.trigger)  # "the summit did not take place on Sunday"
    )


def _set_for_a_date_in_the_past_perfect(meeting: Found) -> bool:
    """ "The king had originally been due to arrive in Bordeaux on 26 March; the trip was called
    off": a plan told in the past perfect for a day of the calendar (no weekday) was for a day
    behind; not one for a weekday, the one of the week of the news ("On Thursday, A had been
    scheduled to hold talks with B, but the meeting was called off": this Thursday)."""
    verb = meeting.verb
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in SCHEDULED:
        return False
    if not past_perfect(setting_verb(verb.head)):
        return False
    words = [t for t in meeting.sentence if t.i in meeting.clause and t.ent_type_ == "DATE"]
    return bool(words) and not any(t.lower_ in WEEKDAYS for t in words)


# the words that set a plan on a schedule: "had been due to", "had been scheduled to"
SCHEDULED = frozenset("due schedule set slate plan expect".split())


def called_off_in_a_time_gone(meeting: Found) -> bool:
    """A meeting called off in the past in a time longer than a day, told on the calling off ("In
    March, Ghana called off a planned visit", "the summit was postponed in March"): the plan was
    for that time, gone by (a day told there is the calling off's own: see
    :func:`day_called_off`); not one put off to a time ("postponed the talks to March")."""
    verb = meeting.verb
    if meeting.kind != "cancelled" or not calls_off(verb) or fell_through(verb):
        return False
    past = verb.tag_ == "VBD" or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in children_of(verb)
    )
    told = [
        c
        for c in children_of(verb)
        if c.dep_ in {"prep", "npadvmod"}
        and any(t.ent_type_ == "DATE" for t in subtree_of(c))
        and meeting.trigger not in subtree_of(c)
    ]
    return (
        past
        and bool(told)
        and not any(c.lower_ in PUT_OFF_TO for c in told)
        and not any(_tells_a_day(c) for c in told)
    )


# what a meeting is put off to is still its day: "postponed the summit to Friday"
PUT_OFF_TO = frozenset("to until till for".split())


def day_called_off(meeting: Found) -> set[int]:
    """The words telling the day a meeting was called off, hung on the verb that calls it off
    ("called off his trip on Monday night", "On Saturday, he postponed the visit"): that day is
    the cancellation's, not the meeting's, which keeps only a day of its own ("called off the
    summit set for Sunday", "the talks on Friday were cancelled", also where the parser hangs that
    day on the verb: "the planned meeting on Tuesday has been scrapped") or the one it is put off
    to."""
    verb = meeting.verb
    if meeting.kind != "cancelled" or not calls_off(verb) or fell_through(verb):
        return set()
    return _day_it_calls_off(verb, meeting)


def _day_it_calls_off(verb: Token, meeting: Found) -> set[int]:
    """The words of a day hung on a verb of calling off, or on the verbs it is the complement of
    ("On Sunday, they had to cancel the summit"), other than the meeting's own words and those
    between it and the verb ("the meeting on Tuesday has been scrapped") and other than what it
    is put off to."""
    return {
        t.i
        for v in (verb, *_heads_of_the_calling_off(verb))
        for c in children_of(v)
        if _time_on_the_verb(c)
        and not meeting.trigger.i < c.i < verb.i
        and _tells_a_day(c)
        and meeting.trigger not in subtree_of(c)
        for t in subtree_of(c)
    }


def _heads_of_the_calling_off(verb: Token) -> list[Token]:
    """The verbs a verb of calling off is the complement of, up the chain ("had to postpone",
    "was forced to cancel", "decided to call off"), whose words of time tell the calling off's."""
    heads = []
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
        heads.append(verb)
    return heads


def time_of_the_calling_off(verb: Token, trigger: Token) -> set[int]:
    """The words of time hung on the verbs a verb of calling off is the complement of ("In October
    2022, A and B had to postpone a summit planned for Paris", "On Sunday, Kenya was forced to call
    off the talks"), which a meeting's clause, cut at the verb, would not hold: a month or a year
    frames the meeting called off, a day is the calling off's (see :func:`day_called_off`)."""
    if not calls_off(verb) or fell_through(verb):
        return set()
    return {
        t.i
        for v in _heads_of_the_calling_off(verb)
        for c in children_of(v)
        if _time_on_the_verb(c)
        and c.i < verb.i
        and trigger not in subtree_of(c)
        and any(t.ent_type_ == "DATE" for t in subtree_of(c))
        for t in subtree_of(c)
    }


def _time_on_the_verb(phrase: Token) -> bool:
    """Whether a word on a verb opens a phrase that may tell its time ("on Monday", "last
    Thursday"), not what a meeting is put off to ("to Friday")."""
    return (phrase.dep_ == "prep" and phrase.lower_ not in PUT_OFF_TO) or phrase.dep_ == "npadvmod"


def day_announced(meeting: Found) -> set[int]:
    """The words telling when a meeting to come was announced, hung on the verb that announces
    it ("Trump had announced the Budapest meeting last Thursday", "announced on Monday a visit to
    Algiers for talks"): that day is the announcing's, not the meeting's, which keeps only a day
    of its own or the one it is announced for ("announced the summit for March 3")."""
    noun = meeting.trigger
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":  # "his visit ... for talks"
        noun = noun.head.head if not announced(noun) else noun
    if not announced(noun):
        return set()
    return {
        t.i
        for c in children_of(noun.head)
        if _time_on_the_verb(c)
        and any(t.ent_type_ in {"DATE", "TIME"} for t in subtree_of(c))
        and noun not in subtree_of(c)
        for t in subtree_of(c)
    }


def day_said(meeting: Found) -> set[int]:
    """The words of time of the saying of a plan ("Ruto said on Friday he would host Museveni in
    Nairobi": the Friday of the saying, see :func:`extract.circumstances.time_of_the_saying`),
    which a plan keeps only in its own clause ("said he would host Museveni on Friday"); empty for
    a meeting held."""
    return time_of_the_saying(meeting.verb) if meeting.kind in TO_COME else set()


def day_agreed(meeting: Found) -> set[int]:
    """The words telling when or where a plan was agreed: the meeting or call it was agreed at
    ("At that meeting they agreed to hold a summit in the autumn", "agreed to meet during a
    telephone call last month", where the parse may hang the call on "meet": nobody meets in
    person during a call) with the time told right after it, and a time told on the agreeing verb
    before the plan ("Last month the two agreed to meet", "agreed on Monday to hold talks"). That
    day is the agreeing's, not the meeting's, which keeps only a day of its own ("agreed to meet on
    May 3")."""
    trigger = meeting.trigger
    plan = [trigger] if trigger.pos_ == "VERB" else []
    verb = trigger.head
    while verb.dep_ == "xcomp" and verb.lemma_.lower() not in SETTLED:
        plan.append(verb)  # "agreed to hold talks": the talks of "hold"
        verb = verb.head
    if meeting.kind != "planned" or verb.lemma_.lower() not in SETTLED or not settled_in_the_past(verb):
        return set()
    settings = [
        c
        for c in children_of(verb)
        if c.dep_ == "prep" and c.lower_ in SETTINGS and trigger not in subtree_of(c) and _a_meeting_in(c)
    ] + [
        c
        for v in plan
        for c in children_of(v)
        if c.dep_ == "prep" and c.lower_ in SETTINGS and _a_meeting_in(c, calls_only=True)
    ]
    words = {t.i for c in settings for t in subtree_of(c)}
    ends = {max(t.i for t in subtree_of(c)) + 1 for c in settings}
    first = trigger.i if trigger.pos_ == "VERB" else min(t.i for t in subtree_of(trigger.head))
    for c in (*children_of(verb), *(c for v in plan for c in children_of(v))):
        told = subtree_of(c)
        if (
            _time_on_the_verb(c)
            and trigger not in told
            and any(t.ent_type_ in {"DATE", "TIME"} for t in told)
            and ((c.head == verb and c.i < first) or min(t.i for t in told) in ends)
        ):
            words |= {t.i for t in told}
    return words


def day_of_the_setting(meeting: Found) -> set[int]:
    """The words of the time told right after a meeting or call at which a plan was agreed, hung
    on the agreeing or on the plan: in "agreed to meet during a telephone call last month" last
    month is the call's (see :func:`day_agreed`); empty for any other meeting."""
    noun = meeting.trigger.head if meeting.trigger.dep_ == "compound" else meeting.trigger
    setting = noun.head
    if noun.dep_ != "pobj" or setting.dep_ != "prep" or setting.lower_ not in SETTINGS:
        return set()
    verb = setting.head
    while verb.dep_ == "xcomp" and verb.lemma_.lower() not in SETTLED:
        verb = verb.head
    if verb.lemma_.lower() not in SETTLED or not settled_in_the_past(verb):
        return set()
    after = max(t.i for t in subtree_of(setting)) + 1
    return {
        t.i
        for c in children_of(setting.head)
        if _time_on_the_verb(c)
        and min(t.i for t in subtree_of(c)) == after
        and any(t.ent_type_ in {"DATE", "TIME"} for t in subtree_of(c))
        for t in subtree_of(c)
    }


def _a_meeting_in(phrase: Token, *, calls_only: bool = False) -> bool:
    """Whether a phrase of setting ("during a call", "at that meeting") names a meeting or call."""
    nouns = [c for c in children_of(phrase) if c.dep_ == "pobj"]
    if calls_only:
        return any(n.lemma_.lower() in CALL_NOUNS for n in nouns)
    return any(is_trigger(n) or n.lemma_.lower() in CALL_NOUNS for n in nouns)


# verbs that deny what reports say: "refuted reports of a meeting", "dismissed claims of talks"
DENYING = frozenset("deny refute dismiss reject rebut".split())


def day_denied(meeting: Found) -> set[int]:
    """The words telling when reports of a meeting were denied, hung on the verb that denies them
    ("on Friday flatly refuted reports of a meeting between A and B"): that day is the denial's,
    not the meeting's, which the reports may put on another day."""
    noun = meeting.trigger
    of = noun.head
    reports = of.head
    if not (noun.dep_ == "pobj" and of.lower_ == "of" and reports.lemma_.lower() in REPORT_NOUNS):
        return set()
    verb = reports.head
    if reports.dep_ != "dobj" or verb.lemma_.lower() not in DENYING:
        return set()
    return {  # on the verb, or on its subject as the parser may hang it ("The spokesman on Friday refuted")
        t.i
        for c in (
            *children_of(verb),
            *(g for s in children_of(verb) if s.dep_ == "nsubj" for g in children_of(s)),
        )
        if c.dep_ in {"prep", "npadvmod"}
        and c is not reports
        and any(t.ent_type_ in {"DATE", "TIME"} for t in subtree_of(c))
        for t in subtree_of(c)
    }


def announced_after(meeting: Found) -> set[int]:
    """The words of the announcing a call led to, where the call tells no time of its own: in
    "Trump had announced the Budapest meeting last Thursday after a two-hour telephone call with
    Putin" the call was held the day it was announced after (the meeting announced is to come,
    see :func:`day_announced`); empty for any other meeting."""
    call = meeting.trigger.head if meeting.trigger.dep_ == "compound" else meeting.trigger
    after = call.head
    verb = after.head
    if (
        meeting.kind not in {"phone", "video"}
        or call.dep_ != "pobj"
        or after.lower_ not in {"after", "following"}
        or verb.lemma_.lower() not in ANNOUNCING
        or any(t.ent_type_ == "DATE" for t in subtree_of(call))  # a length ("a two-hour call") is no time
    ):
        return set()
    return {
        t.i
        for c in children_of(verb)
        if c is not after and c.dep_ in {"prep", "npadvmod"}
        for t in subtree_of(c)
    }


def the_day_it_was_called_off(meeting: Found) -> set[int]:
    """The words of the day its sentence tells a meeting called off was called off on, hung on a
    verb of calling off anywhere in the sentence: "had been expected to hold talks with B on
    Tuesday, but the engagement was called off late on Monday" (Monday). The plan was for a day
    after that one, so a weekday it names counts on from it, not from the day the news is told
    (Tuesday the day after that Monday, gone by when a Wednesday's paper tells it)."""
    if meeting.kind != "cancelled":
        return set()
    for verb in meeting.sentence:
        if calls_off(verb) and not fell_through(verb) and (words := _day_it_calls_off(verb, meeting)):
            return words
    return set()


# the words of a time no longer than a day: "on Monday night", "yesterday", "on June 5"
DAY_WORDS = frozenset(WEEKDAYS) | frozenset(
    "today yesterday tonight morning afternoon evening night day".split()
)


def _tells_a_day(phrase: Token) -> bool:
    """Whether a phrase on the verb that calls a meeting off names a day ("on Monday night", "on
    June 5"), which is the cancellation's; a month or a year ("In June 2021, a planned encounter
    ... was called off") frames the meeting too, and stays its time."""
    return any(
        t.lower_ in DAY_WORDS or (t.like_num and t.text.isdigit() and int(t.text) <= 31)
        for t in subtree_of(phrase)
    )


def going_on(meeting: Found) -> bool:
    """ "Blinken is meeting Wang on Thursday": the present progressive tells a day to come."""
    verb = meeting.verb
    return verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in {"is", "are", "'s", "'re"} for c in children_of(verb)
    )
