"""Timing: the date a clause gives what it reports.

A clause is dated by its own date words, else by the plan it is part of ("was scheduled to hold
talks on Friday"), the trip it is the purpose of, the event its relative clause hangs on, the
stay it is told during, or a day counted from an event ("a day after", "two days before"); never
by the dateline's date, a thing said or done on a day ("Trump's comments on Monday"), a year's
event, or a day of what came before or after. Dates are resolved against the publication date
by :mod:`extract.dates`; a plan's weekday is the coming one, and a month named where the year
cannot be told is kept as a month.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from calendar import monthrange
from collections.abc import Callable, Iterator
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from extract import dates, occasions, places
from extract.circumstances import (
    BEFORE_OR_AFTER,
    LINKED_NOUNS,
    PLAN_VERBS,
    SAYING,
    SINCE,
    TRIP_PURPOSE_VERBS,
    a_when_clause,
    agreed_then,
    another_time,
    before_or_after,
    clause_of,
    clause_roots,
    described_as_set_for,
    heads_clause,
    in_clause,
    in_the_place_left,
    opens_a_relative_of_time,
    plan_of,
    told_since_or_before,
    verb_of_the_plan,
    when_of,
)
from extract.datelines import dateline_end
from extract.gatherings import refers_to_a_gathering, the_gathering
from extract.kinds import a_call_of_its_own, calls_off
from extract.naming import joining_hyphen
from extract.participants import MEALS, describing
from extract.people import in_quotation
from extract.plans import SCHEDULED
from extract.records import DateSpan, Place
from extract.roles import find_role
from extract.spans import (
    ancestors_of,
    children_of,
    clause_tokens,
    doc_entities,
    doc_sentences,
    doc_text,
    entities,
    one_among,
    span_text,
    span_tokens,
    subtree_of,
    told_with_the,
    verb_above,
)
from extract.titles import title_word
from extract.told import is_background
from extract.triggers import is_trigger, lemma_of, named_by
from extract.vocabulary import ARRIVING, MEETING_NOT_VISIT_NOUNS, MEETING_NOUNS, VISIT_WORDS

# "the day after" counts one day, as "a day after" does
_DAYS_COUNTED = re.compile(rf"(?:the day|(?P<n>{'|'.join(dates.NUMBER_WORDS)}|[1-6]) days?)", re.IGNORECASE)


def _days_from_an_event(ent: Span, published: date | None, clause: set[int]) -> DateSpan | None:
    """A count of days before or after an event told with its own day: "a day after the Fund's
    board on Wednesday approved the loan" (Thursday), "two days after the cabinet on Sunday
    approved the deal" (Tuesday), "the day after the floods that struck on 6 May 2023" (May 7);
    None where the event tells no single day, or where the event is what the clause reports
    ("The visit came three days after A met B in Kyiv on Tuesday": the count dates the visit,
    the meeting is of its own Tuesday)."""
    doc = ent.doc
    match = _DAYS_COUNTED.fullmatch(ent.text.strip())
    if match is None or ent.end >= len(doc) or doc[ent.end].lower_ not in {"after", "before"}:
        return None
    word = doc[ent.end]
    event = word.head if word.dep_ == "mark" else word  # "after the board approved": the verb's clause
    if event.i in clause and event.head.i not in clause:
        return None
    end = max(t.i for t in subtree_of(event)) + 1
    told = [e for e in entities(ent.sent) if e.label_ == "DATE" and ent.end < e.start and e.end <= end]
    day = dates.resolve(told[0].text, published) if told else None
    if day is None or day.start is None or day.precision != "day":
        return None
    n = _days_counted(match)
    shifted = day.start + timedelta(days=n if word.lower_ == "after" else -n)
    return DateSpan(
        start=shifted, end=shifted, precision="day", phrase=f"{ent.text} {word.text} {told[0].text}"
    )


def _days_counted(match: re.Match[str]) -> int:
    """The number of days a count names: one for "the day" or "a day", two for "two days"."""
    return 1 if match["n"] is None else dates.NUMBER_WORDS.get(match["n"].lower()) or int(match["n"])


def counted_back_from(verb: Token, told: DateSpan | None) -> DateSpan | None:
    """The day of a meeting told as what the meeting just told came a count of days after or
    before, that one told with its day (``told``): "The talks in Geneva came a day after A met B
    in Kampala", the talks on Saturday: A met B on Friday. None where the meeting told names no
    single day, or where ``verb``'s clause is told as no meeting's count of days after or before
    (``_counted_clause``)."""
    if _one_day(told) is None or (counted := _counted_clause(verb)) is None:
        return None
    word, count, n = counted
    return _days_away(told, word, n, count.text.strip())


def counted_from(verb: Token, told: DateSpan | None) -> DateSpan | None:
    """The day of a meeting told in a phrase that a count of days right before its "after" or
    "before" puts after or before the meeting its sentence reports, that one told with its day
    (``told``): "A met B on Thursday, a day after holding talks with C" (A and C met on
    Wednesday), "a day after C held talks with D", "two days before travelling to Lima to meet
    E" (Saturday). None where the verb is in no such phrase or the day told is no single day."""
    if _one_day(told) is None:
        return None
    if verb.dep_ in {"advcl", "xcomp"} and verb.head.tag_ == "VBG":
        verb = verb.head  # "before travelling to Lima to meet E": the travelling's count
    word = (
        verb.head if verb.dep_ == "pcomp" else next((c for c in children_of(verb) if c.dep_ == "mark"), None)
    )
    if word is None or word.lower_ not in {"after", "before"} or word.i == 0:
        return None
    count = word.nbor(-1)
    if count.dep_ != "npadvmod" or count not in (
        word.head,
        verb.head,
        *children_of(word),
        *children_of(verb),
    ):
        return None
    return _days_from(told, word, count)


def stretch_before(word: Token) -> Token | None:
    """The stretch of time told right before an "after" or "before" ("a month after his visit",
    "two days before their talks"), however the parser hangs them: the count on the word, or the
    word on the count ("[a day] after", the word a modifier of "day"); None when there is none.
    """
    if word.head.dep_ == "npadvmod" and word.head.i < word.i and word.head.lemma_ in TIME_UNITS:
        return word.head
    return next((c for c in children_of(word) if c.dep_ == "npadvmod" and c.lemma_ in TIME_UNITS), None)


def counted_from_the_clause(trigger: Token, told: DateSpan | None) -> DateSpan | None:
    """The day of a meeting word told as what the clause's event came a count of days after or
    before, counted from the clause's day (``told``): "arrived in London on Saturday, a day after
    his talks with B in Washington" (Friday), "flew to Addis Ababa on Monday, two days after his
    talks with C" (Saturday). None where the count is no count of days ("a month after his
    visit") or the clause tells no single day."""
    if _one_day(told) is None:
        return None
    word = trigger.head
    if trigger.dep_ != "pobj" or word.lower_ not in {"after", "before"}:
        return None
    if (count := stretch_before(word)) is None:
        return None
    return _days_from(told, word, count)


def _one_day(told: DateSpan | None) -> date | None:
    """The day a date told names, where it names one single day; None otherwise."""
    if told is None or told.start is None or told.precision != "day" or told.start != told.end:
        return None
    return told.start


def _days_from(told: DateSpan | None, word: Token, count: Token) -> DateSpan | None:
    """The day a count of days (``count``, "a day", "two days") before an "after" or "before"
    (``word``) puts from the single day told (``told``); None where the count is no count of days
    ("a month after")."""
    phrase = count.doc[count.left_edge.i : count.i + 1].text
    if (match := _DAYS_COUNTED.fullmatch(phrase)) is None:
        return None
    return _days_away(told, word, _days_counted(match), phrase)


def _days_away(told: DateSpan | None, word: Token, n: int, phrase: str) -> DateSpan | None:
    """The day ``n`` days before the single day told (``told``) where ``word`` is "after" (the
    meeting came first), after it where it is "before"; None where no single day is told."""
    if told is None or (start := _one_day(told)) is None:
        return None
    day = start - timedelta(days=n if word.lower_ == "after" else -n)
    return DateSpan(start=day, end=day, precision="day", phrase=f"{phrase} {word.text} {told.phrase}")


def _counted_clause(verb: Token) -> tuple[Token, Span, int] | None:
    """Where ``verb``'s clause is told as what a meeting came a count of days after or before
    ("The visit comes a day after A met B", "The talks came two days after she had met ..."): the
    word "after" or "before", the count and the number of days it names. The one rule for both
    days it is counted from: the day of the meeting just told (``counted_back_from``), else the
    day the text told last (``_days_before_the_news``). The meeting word is the subject of the
    verb the clause hangs on ("The talks were held a day after ..."), or of the clause's own verb
    where the parser hangs the word on it; the count is the date just before the word, or the
    one on the clause ("comes [a day after A met B]") or carrying it ("comes [a day [after A met
    B]]"). None where what came is no meeting word ("The vote came a day after A met B")."""
    word = next((c for c in children_of(verb) if c.dep_ == "mark" and c.lower_ in {"after", "before"}), None)
    if word is None:
        return None
    counted: Token | None
    if verb.head.dep_ == "npadvmod":  # "comes [a day [after A met B]]"
        counted = verb.head
    else:  # "comes [a day after A met B]", the count on the clause's verb
        counted = next((c for c in children_of(verb) if c.dep_ == "npadvmod"), None)
    if what_came(verb) is None:
        return None
    for ent in entities(verb.sent):
        if (
            ent.label_ == "DATE"
            and (ent.end == word.i or ent.root == counted)
            and (match := _DAYS_COUNTED.fullmatch(ent.text.strip()))
        ):
            return word, ent, _days_counted(match)
    return None


def what_came(verb: Token) -> Token | None:
    """The meeting word of what came a count of days after or before the clause of ``verb``
    (``_counted_clause``): "visit" in "Blinken's visit to Cairo came a day after A met B"."""
    coming = verb.head.head if verb.head.dep_ == "npadvmod" else verb.head if verb.dep_ == "advcl" else verb
    return next(
        (
            c
            for c in children_of(coming)
            if c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in MEETING_NOUNS
        ),
        None,
    )


def _its_own(span: Span, clause: set[int]) -> bool:
    """Whether a date told as of what came before or after something is the clause's own: the
    date is in the clause, the word putting it before or after is not ("after | Ramaphosa's trip
    to Brasilia in June", the trip's clause)."""
    word = next((a for a in list(ancestors_of(span.root))[:4] if before_or_after(a)), None)
    return word is not None and word.i not in clause and span.root.i in clause


def _an_events_day(span: Span) -> bool:
    """A date told of an event that is no meeting, put before or after what the clause reports
    ("spoke by phone following the assassination of Haniyeh in Tehran on Wednesday"): that
    event's day; not a meeting's ("hosted Yoon for dinner following their summit on Thursday")."""
    preposition = span.root.head
    if span.root.dep_ != "pobj" or preposition.dep_ != "prep":
        return False
    return _an_event_put_before_or_after(preposition.head) or _right_after_an_event(span)


def _an_event_put_before_or_after(event: Token) -> bool:
    """Whether a noun names an event that is no meeting, put before or after what the clause
    reports: "following the assassination", "ahead of the election", "on the eve of the vote"."""
    preposition = event.head
    return (
        event.pos_ == "NOUN"
        and event.lemma_.lower() not in MEETING_NOUNS | LINKED_NOUNS
        and event.dep_ == "pobj"
        and (
            before_or_after(preposition)
            or (preposition.lower_ in {"of", "to"} and before_or_after(preposition.head))
        )
    )


def _right_after_an_event(span: Span) -> bool:
    """A date told right after the words of an event that is no meeting, put before or after what
    the clause reports, whatever the parser hangs it on: in "discussed security ahead of Ghana's
    election on December 7" the day is the election's, not that of the talks."""
    preposition = span.root.head
    if span.root.dep_ != "pobj" or preposition.dep_ != "prep" or preposition.i == 0:
        return False
    before = span.doc[preposition.i - 1]
    return any(
        _an_event_put_before_or_after(word)
        for word in (before, *before.ancestors)
        if word.right_edge == before and word != preposition.head
    )


def _a_calls_day(span: Span, clause: set[int]) -> bool:
    """A date told of a call of its own (:func:`extract.kinds.a_call_of_its_own`) that a meeting
    of the clause follows up: in "held talks in Algiers, in implementation of the outcomes of the
    telephone conversation between A and B on 31 March" the day is the call's, not the talks';
    hung on the call, on what follows it up, or told right after the call's parties. Not where the call is
    the only meeting the clause tells (it is then the call's own day)."""
    if len(span) > 1 and span[-1].is_punct:
        span = span[:-1]  # "on 31 March." with the sentence's stop read into the date
    preposition = span.root.head
    if span.root.dep_ != "pobj" or preposition.dep_ != "prep":
        return False
    noun = preposition.head
    calls = [t for t in subtree_of(noun) if a_call_of_its_own(t)] if noun.pos_ == "NOUN" else []
    if noun.lemma_.lower() in MEETING_NOUNS and noun not in calls:
        calls = []
    # right after the call's parties, whatever the parse hangs it on: "the call between A and B on 3 June",
    # "between the President and his counterpart, Mr. B, on 3 June"
    for before in _ends_before(span.doc[preposition.i - 1]):
        calls += [a for a in (before, *before.ancestors) if a_call_of_its_own(a) and a.right_edge == before]
    if not calls:
        return False
    told = {t.i for c in calls for t in subtree_of(c)}
    return any(i not in told and is_trigger(span.doc[i]) for i in clause)


def _ends_before(word: Token) -> list[Token]:
    """The words a phrase told just before ``word`` may end on: the word itself; past a comma, the
    name before it; and past a name set off by commas, which the parser may hang anywhere, the
    word before that name ("his French counterpart" in "his French counterpart, Mr. B, on 31
    March": an apposition names the one just told, so what follows it follows that one)."""
    doc = word.doc
    if not word.is_punct or word.i == 0 or doc[word.i - 1].ent_type_ != "PERSON":
        return [word]
    start = word.i - 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1  # back to the name's first word
    while start > 0 and title_word(doc[start - 1]):
        start -= 1  # and its courtesy title: "Mr.", "Dr."
    if start < 2 or doc[start - 1].text != ",":
        return [word, doc[word.i - 1]]
    return [word, doc[word.i - 1], doc[start - 2]]


# Words that tell a meeting as one held before the one reported: "after their first encounter"
EARLIER_ONES = frozenset("first previous last earlier prior initial".split())


def _an_earlier_meetings_day(span: Span) -> bool:
    """A date told of a meeting put before what the clause reports and told as an earlier one
    ("It was their second meeting, after their first encounter in Bali in November 2022"): that
    meeting's, never the reported one's, even for want of a date of its own."""
    preposition = span.root.head
    if span.root.dep_ != "pobj" or preposition.dep_ != "prep":
        return False
    meeting = preposition.head
    return (
        meeting.lemma_.lower() in MEETING_NOUNS | LINKED_NOUNS
        and meeting.dep_ == "pobj"
        and before_or_after(meeting.head)
        and any(c.dep_ == "amod" and c.lower_ in EARLIER_ONES for c in children_of(meeting))
    )


def _of_another_event(span: Span, clause: set[int] | None = None) -> bool:
    """A date in a clause told as what came before or after the news ("used Tuesday to hold
    meetings, after Trump's departure on Monday night scrapped others", "met in Rome last month,
    weeks after the truce collapsed on May 2"): that event's day; not where the meeting the
    ``clause`` asks about is told in that clause ("After they met on Monday, ...", "comes after
    A travelled to Nairobi in March to meet B": the meeting's own day)."""
    verb = verb_above(span.root)
    if verb is None or not any(c.dep_ == "mark" and c.lower_ in BEFORE_OR_AFTER for c in children_of(verb)):
        return False
    heads = [t for t in clause_tokens(span.sent, clause) if heads_clause(t, clause)] if clause else []
    return not any(verb == t or verb in ancestors_of(t) for t in heads)


def _since(span: Span, clause: set[int] | None = None) -> bool:
    """A date something has lasted since ("the first talks since February", "her first visit
    since taking office in March", "the first meeting since the government took office in
    August"): an earlier time; not for the meeting told in the clause ("since they last met in
    Bali last November": when they met), the ``clause`` asked about."""
    near = list(ancestors_of(span.root))[:3]
    verbs = [a for a in near if a.pos_ in {"VERB", "AUX"} and not heads_clause(a, clause)]
    if _of_the_meeting_since(near, clause) or _told_when(span.root, clause) or _governed_clause(near, clause):
        return False
    return (
        any(a.lower_ == "since" for a in near)
        or any(c.dep_ == "mark" and c.lower_ == "since" for a in verbs for c in children_of(a))
        or _ends_what_since_governs(span, clause)
    )


def _of_earlier_editions(span: Span) -> bool:
    """A date on a noun that counts a gathering among those before it ("the US-Nordic summit, the
    third such gathering after Stockholm in 2013 and Washington in 2016", "the second such meeting
    since Bali in 2022"): an ordinal on the noun, "after" or "since" on it too; the years of the
    earlier ones, not this one's. The date hangs on that noun, through a preposition: one of a
    noun of its own is that thing's ("since Draghi's visit to Beijing in July last year")."""
    noun = next((a for a in list(ancestors_of(span.root))[:2] if a.pos_ in {"NOUN", "PROPN"}), None)
    return (
        noun is not None
        and any(c.dep_ == "amod" and c.ent_type_ == "ORDINAL" for c in children_of(noun))
        and any(c.dep_ == "prep" and c.lower_ in {"after", "since"} for c in children_of(noun))
    )


def _governed_clause(near: list[Token], clause: set[int] | None) -> bool:
    """Whether the clause asked about is the phrase "since" governs, "since" itself outside it: "the
    first summit since Merkel hosted Putin, A and B in Berlin in October 2016", where the parser
    read "hosted" into the noun phrase after "since" (see ``meetings._between_names``): October 2016
    is when that meeting was held."""
    return clause is not None and any(
        a.lower_ == "since"
        and a.i not in clause
        and any(c.dep_ == "pobj" and c.i in clause for c in children_of(a))
        for a in near
    )


def _told_when(word: Token, clause: set[int] | None) -> bool:
    """Whether a date is the time a "when" clause of the ``clause`` asked about hangs on: "since
    June, when they met on the sidelines of the summit" (June is when they met)."""
    return clause is not None and any(c.i in clause and a_when_clause(c) for c in children_of(word))


def _ends_what_since_governs(span: Span, clause: set[int] | None) -> bool:
    """Whether a date ends the noun phrase after "since", where the parser hung it higher ("her
    first visit since the start of the border dispute in March 2019", the date put on "start" or
    "visit"): "since" before it in the sentence, with no verb, punctuation (a hyphen inside a word
    aside) or meeting word of the ``clause`` between ("since they met in May" is when they met;
    "since the summit in May" of the clause is its own)."""
    for token in reversed(span.doc[span.sent.start : span.start]):
        if token.lower_ == "since":
            return True
        if token.pos_ in {"VERB", "AUX"} or (token.is_punct and not joining_hyphen(token)):
            return False
        if clause is not None and token.i in clause and token.lemma_.lower() in MEETING_NOUNS:
            return False
    return False


# the nouns of a trip's stop somewhere, dated as a visit is: "since Ruto's stopover in Kampala in
# March 2022, where he met Museveni" (March 2022)
STOP_NOUNS = frozenset("stop stopover journey tour stay".split())


def _of_the_meeting_since(near: list[Token], clause: set[int] | None) -> bool:
    """Whether a date hangs on a meeting word of the clause told as someone's, which is what came
    "since" ("the first visit since then President Lee's trip in December 2011", "reviewed ties
    since their virtual summit in March 2021"): the date is that meeting's, not only the start of
    a time that lasted; not where "since" hangs on another meeting word ("their first meeting
    since their summit in Bali in November": the summit's month dates no later meeting)."""
    for word in near:
        if word.lower_ == "since":
            return False
        if clause is None or word.i not in clause or word.lemma_.lower() not in MEETING_NOUNS:
            continue
        since = word.head
        if since.lower_ != "since" or since.dep_ != "prep":
            return False
        if clause is not None and since.head.i not in clause:
            return True  # the clause of the meeting "since" tells, not of the later one: its own date
        owners = [c for c in children_of(word) if c.dep_ == "poss"]
        if any(o.pos_ == "PROPN" for o in owners):
            return False  # "talks here since Sheikh Hasina's visit in July": the visit's, not the talks'
        told_of = since.head.lemma_.lower()
        if _standing_for_a_noun(since.head):
            return (
                False  # "talks with B, the first between the two since their meeting in May": the first talks
            )
        return bool(owners) and told_of not in MEETING_NOUNS | LINKED_NOUNS and told_of != "meet"
    return False


def _standing_for_a_noun(word: Token) -> bool:
    """Whether a word is an ordinal that stands alone for the noun it repeats ("talks with B, the
    first between the two since ...", "the second in a month"): of the meeting it is said of."""
    return (
        (word.ent_type_ == "ORDINAL" or word.lower_ in EARLIER_ONES | {"latest"})
        and not any(c.dep_ == "compound" for c in children_of(word))
        and word.pos_ in {"ADJ", "NOUN"}
        and word.dep_ in {"appos", "attr", "nsubj", "pobj", "dobj", "ROOT"}
    )


def date_of_the_one_next_to(
    sentence: Span, trigger: Token, published: date | None, *, words: frozenset[str], future: bool = False
) -> DateSpan | None:
    """The date a meeting told as what came before or after another event gives itself, in its
    own words: "arrived in Lima on Monday after talks with Boric in Santiago on Sunday" (Sunday),
    "arrived in Hanoi on Saturday night after a visit to Singapore, where he spoke on Friday"
    (Friday), "the first encounter since a telephone conversation in October 2023" (October
    2023); None for a meeting word not governed by one of ``words``, or telling no date."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ not in words:
        return None
    return _date_of(sentence, {t.i for t in subtree_of(trigger)}, published, future=future)


# how a date word hangs on a meeting noun it dates: "the May phone call", "last week's meeting"
DATING_MODIFIERS = frozenset("compound nmod npadvmod poss amod".split())


# the verbs of a relative clause that tell a meeting held, whose date is its own ("a call she had
# with B in June"); not one of its plan ("a visit that was meant to take place in April")
HOLDING_VERBS = frozenset({"have", "hold"})


def date_on_its_noun(sentence: Span, trigger: Token, published: date | None) -> DateSpan | None:
    """The date a meeting noun carries before it, which is its own whatever the clause's verb
    tells: "was suspended on July 1 over a leaked June phone call with B" (June), "released on
    Monday a transcript of the May call between A and B" (May), "defended last week's meeting
    with B" (last week), or in the relative clause of its holding after it ("over a phone call she
    had with B in June": June), or for a trip the days it runs "from" ("a visit to Australia from
    June 15 to 18"); None for a noun with no such date word, or a verb."""
    if trigger.pos_ == "VERB":
        return None
    while trigger.dep_ == "compound" and trigger.head.i > trigger.i:
        trigger = trigger.head  # "phone" of "the May phone call": the call's words
    words = {
        t.i
        for c in children_of(trigger)
        if c.i < trigger.i and c.dep_ in DATING_MODIFIERS
        for t in subtree_of(c)
    }
    # or after it, in a relative clause of its holding: "over a phone call she had with B in June"
    # (June), with the "in" the parser may hang on the noun itself
    held = [
        c
        for c in describing(trigger)
        if c.head == trigger and c.i > trigger.i and c.lemma_.lower() in HOLDING_VERBS
    ]
    if held and not any(trigger.doc[i].ent_type_ == "DATE" for i in words):
        words = {
            t.i
            for c in (*held, *(c for c in children_of(trigger) if c.dep_ == "prep" and c.i > held[0].i))
            for t in subtree_of(c)
        }
    if trigger.lemma_.lower() in VISIT_WORDS and not any(trigger.doc[i].ent_type_ == "DATE" for i in words):
        # the days a trip runs, told after it: "arrived in Adelaide on Saturday for an official
        # visit to Australia from June 15 to 18" (the visit's days, not the arrival's)
        words = {
            t.i
            for c in children_of(trigger)
            if c.dep_ == "prep" and c.lower_ == "from" and c.i > trigger.i
            for g in children_of(c)
            if g.dep_ == "pobj" and g.ent_type_ == "DATE"
            for t in subtree_of(c)
        }
    if not any(trigger.doc[i].ent_type_ == "DATE" for i in words):
        # or in the participle that tells what it was about: "a similar video summit focused on
        # climate change in April 2021" (April 2021, the summit's)
        words = {
            t.i
            for c in children_of(trigger)
            if c.dep_ == "acl" and c.i > trigger.i and c.lower_ in TOPIC_PARTICIPLES
            for p in children_of(c)
            if p.dep_ == "prep"
            and p.lower_ in {"in", "on"}
            # the day itself, not one of what it names ("focused on the deal signed in May")
            and any(g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in children_of(p))
            for t in subtree_of(p)
        }
    if not any(trigger.doc[i].ent_type_ == "DATE" for i in words):
        return None
    return _date_of(sentence, words, published, future=False)


# the participles that tell what a sitting was about, whose day is the sitting's: "a summit
# focused on climate change in April 2021", "talks devoted to trade on Monday"
TOPIC_PARTICIPLES = frozenset("focused focussed centred centered devoted dedicated".split())


def date_of_a_named_one_since(sentence: Span, trigger: Token, published: date | None) -> DateSpan | None:
    """The date a named person's meeting told as what a time came "since" gives itself ("the first
    talks here since Sheikh Hasina's visit to Beijing in July": July, the visit's); the later
    meeting the clause tells is not dated by it. None for a meeting word not so told, or one told
    as the people's own ("since their talks in July" may be the later meeting's words)."""
    if not any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in children_of(trigger)):
        return None
    return date_of_the_one_next_to(sentence, trigger, published, words=SINCE)


def date_after_the_since(sentence: Span, trigger: Token, published: date | None) -> DateSpan | None:
    """The date told right after a meeting that is the time since which a verb runs, which the
    parser hangs on that verb: "have not met since the G20 summit in Osaka in 2019", "have not
    spoken since their talks in Cairo, in March" (2019, March). A verb told "since" an event runs
    from it to now and has no day of its own, so the date is the event's. None for a meeting not
    so told, or one told "since" by a noun ("the first talks since ..."), whose date may be its own."""
    told = named_by(trigger)
    if told.dep_ != "pobj" or told.head.lower_ not in SINCE:
        return None
    since, verb = told.head, told.head.head
    if verb.pos_ not in {"VERB", "AUX"} or since.dep_ != "prep":
        return None
    after = {
        t.i
        for c in children_of(verb)
        if c.i > since.i and c.dep_ in {"prep", "npadvmod"} and c.lower_ not in SINCE
        for t in subtree_of(c)
    }
    return _date_of(sentence, {t.i for t in subtree_of(told)} | after, published, future=False)


def date_of_one_of_two(
    sentence: Span, trigger: Token, published: date | None, *, future: bool
) -> DateSpan | None:
    """The date a meeting noun joined to another by "and" gives itself, in its own words: "his
    visit to Turkey today and Erdogan's recent visit to Egypt in February" (February for the
    second, today for the first); None for a noun not so joined, or telling no date of its own."""
    joined = [c for c in children_of(trigger) if c.dep_ == "conj" and c.pos_ == "NOUN"]
    if trigger.dep_ == "conj":
        joined.append(trigger.head)
    else:  # the parse may make both nouns subjects of the verb, the "and" hung on the first
        joined += [
            c
            for c in children_of(trigger.head)
            if c.i < trigger.i
            and c.dep_ == trigger.dep_
            and c.pos_ == "NOUN"
            and any(g.dep_ == "cc" for g in children_of(c))
        ]
    if trigger.pos_ != "NOUN" or not joined:
        return None
    others = {
        t.i
        for c in children_of(trigger)
        if c.dep_ in {"conj", "cc", "relcl", "acl", "appos"}
        for t in subtree_of(c)
    }
    own = {t.i for t in subtree_of(trigger)} - others
    if any(
        c.dep_ == "amod" and c.lower_ in {"recent", "last", "previous", "earlier"}
        for c in children_of(trigger)
    ):
        future = False  # "Erdogan's recent visit to Egypt in February": the February gone by
    return _date_of(sentence, own, published, future=future)


def date_since(sentence: Span, since: Token, published: date | None) -> DateSpan | None:
    """The date a "since" phrase names, read as the past: "for the first time since February"
    (the February before publication); None for one naming an event ("since the election")."""
    if not any(g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in children_of(since)):
        return None
    return _date_of(sentence, {t.i for t in subtree_of(since)}, published, future=False, own=False)


def _narrower_within(own: DateSpan, wider: DateSpan) -> bool:
    """Whether a span of days lies inside another and is shorter: a day of the month the clause
    tells ("set for October 18" in "In October, ..."), which says more of the same time."""
    if not (own.resolved and wider.resolved):
        return False
    assert own.start and own.end and wider.start and wider.end
    return (
        wider.start <= own.start and own.end <= wider.end and (own.start, own.end) != (wider.start, wider.end)
    )


# how near an act told "after" or "before" a meeting dates it: a day or a week ("announced last
# week after meeting B"), not a month or a year, which may hold both acts far apart
NEAR_ENOUGH = frozenset({"day", "week"})


def clause_date(sentence: Span, clause: set[int], published: date | None, *, future: bool) -> DateSpan | None:
    """The date a clause gives what it reports; if it gives none, the date of the plan it is
    part of ("On Friday, Smith was scheduled to hold talks with ..."), the date set before the
    clause it is joined to ("On Monday, A received B, and C met B"), or of the event its
    relative clause hangs on ("talks in Lisbon in April, where Lee sat down with ..."); else
    "today"; or the date a meeting word of the clause is set for ("will speak with Kishida in a
    call scheduled for Friday"). A meeting a trip is for, told with a day of its own, is of that
    day, not of the trip's ("will fly to Paris on Friday for talks with Macron on Saturday")."""
    span = None
    if purpose := _trip_is_for(sentence, clause):
        span = _date_of(sentence, purpose, published, future=future)
    span = span or _date_of(sentence, clause, published, future=future)
    if span is None:
        # "..., where B received him on 16 May, and then to Accra, where C hosted him the following
        # day": a day the clause counts on itself, which the tagger left untagged, before one of
        # the clause it hangs on
        span = _anchor_untagged(sentence, clause, published, future)
    if span is None and (plan := plan_of(sentence, clause)):
        span = _date_of(sentence, plan, published, future=future) or _anchor_untagged(
            sentence, plan, published, future
        )  # "On the same day A flew to Lima to meet B", the day untagged
    if set_for := described_as_set_for(sentence, clause):
        own = _date_of(sentence, set_for, published, future=future)
        if span is None or (own is not None and _narrower_within(own, span)):
            span = own  # "In October, a summit set for October 18 ... was called off": October 18
    if span is None and (fronted := _fronted_for(sentence, clause)):
        span = _date_of(sentence, fronted, published, future=future)
        # "was to hold talks on April 27 and call on B the following day": counted on from the
        # first clause's day by words of its own, which the tagger left out of its dates
        span = _counted_on_untagged(sentence, clause, span) or span
    if span is None and (cut := _date_cut_off_by_after(sentence, clause, published)):
        span = _date_of(sentence, cut, published, future=future, own=False)
    if span is None and (opening := _date_opening_a_before_clause(sentence, clause)):
        span = _date_of(sentence, opening, published, future=future, own=False)
    if span is None and (event := _antecedent_of(sentence, clause)):
        # the event's own time, even where it comes "since" or "after" another; past if told so
        ahead = future and not _told_in_the_past(sentence, event)  # "flew to Baku on Monday, where"
        span = _date_of(sentence, event, published, future=ahead, own=False)
        if span is None and (then := when_of(sentence, event | _verb_of(event, sentence))):
            # "a setback in May when Biden cancelled a stop in Port Moresby, where he was to meet
            # Marape": the time of the act the "when" clause of that stop hangs on
            span = _date_of(sentence, then, published, future=ahead, own=False)
    if span is None and (event := when_of(sentence, clause)):
        span = _date_of(sentence, event, published, future=future, own=False)
    if span is None and (counted := _counted_among(sentence, clause)):
        span = _date_of(sentence, counted, published, future=future)
    if span is None and (arrival := _setting_of(sentence, clause)):
        # "left France on Monday for Cape Town, where he will co-chair ...": the Monday gone by
        words = {i for i in arrival if sentence.doc[i].pos_ not in {"VERB", "AUX"}}  # its date's words
        ahead = future and not _told_in_the_past(sentence, words)
        span = _date_of(sentence, arrival, published, future=ahead)
    if span is None and (recalled := _recalled(sentence, clause)):
        span = _date_of(sentence, recalled, published, future=future)
    if span is None and (stay := _stay_there(sentence, clause)):
        span = _date_of(sentence, stay, published, future=future, own=False)
    if span is None and (before := _before_its_attribution(sentence, clause)):
        span = _date_of(sentence, before, published, future=future)
    if span is None and (act := _act_of_the_participle(sentence, clause)):
        span = _date_of(sentence, act, published, future=future)
    if span is None and (act := _act_the_gerund_leads_to(sentence, clause)):
        span = _date_of(sentence, act, published, future=future)
        span = span if span is not None and span.precision in NEAR_ENOUGH else None
    if span is None and (act := _act_told_with(sentence, clause)):
        span = _date_of(sentence, act, published, future=future)
    if span is None and (act := _act_told_after(sentence, clause)):
        span = _date_of(sentence, act, published, future=future)
        span = span if span is not None and span.precision in NEAR_ENOUGH else None
    if span is None and (described := _of_the_event_described(sentence, clause)):
        span = _date_of(sentence, described, published, future=future) or _today(
            sentence, described, published
        )
    if span is None:
        span = _days_before_the_news(sentence, clause, published, future=future)
    if span is None and not future:
        span = _on_a_day_of_the_gathering(sentence, clause, published)
    if span is not None and future:
        span = _of_the_year_it_was_refused(sentence, clause, span, published)
    return (
        span or _today(sentence, clause, published) or _untagged_anchor(sentence, clause, published, future)
    )


# the days a meeting may run on into the talks told as following it: a dinner, then a day of talks
FOLLOWING_DAYS = 2


def on_into_the_talks_that_follow(
    sentence: Span, clause: set[int], span: DateSpan | None, published: date | None, *, future: bool
) -> DateSpan | None:
    """A meeting of one day told as "followed by" talks on a later day runs on into them, from
    its day to theirs ("will meet for dinner on Wednesday evening, followed by a full day of
    talks on Thursday": Wednesday and Thursday); not talks more than ``FOLLOWING_DAYS`` later,
    nor what follows that is no meeting ("followed by a press conference on Friday")."""
    if span is None or span.precision != "day" or span.start is None:
        return span
    for root in clause_roots(sentence, clause):
        for word in children_of(root):
            if word.dep_ != "advcl" or not followed_by(word):
                continue
            agent = [t for c in children_of(word) if c.dep_ == "agent" for t in subtree_of(c)]
            if not any(lemma_of(t) in MEETING_NOT_VISIT_NOUNS and t.pos_ == "NOUN" for t in agent):
                continue
            on = {t.i for p in agent if p.lower_ == "on" and p.dep_ == "prep" for t in subtree_of(p)}
            then = _date_of(sentence, on, published, future=future, own=False) if on else None
            if then is None or then.precision != "day" or then.end is None:
                continue
            if 0 < (then.end - span.start).days <= FOLLOWING_DAYS:
                return span.model_copy(update={"end": then.end, "precision": "days"})
    return span


def _of_the_year_it_was_refused(
    sentence: Span, clause: set[int], span: DateSpan, published: date | None
) -> DateSpan:
    """A month still to come that a meeting not held is told in, where the act above its clause
    was done "last year" ("last year declined to attend a summit hosted by B in September"): that
    month of last year, not the next one."""
    if published is None or span.start is None or span.start <= published or span.precision != "month":
        return span
    above = {a.i for root in clause_roots(sentence, clause) for a in ancestors_of(root)}
    last_year = any(
        e.label_ == "DATE" and " ".join(e.text.lower().split()) == "last year" and e.root.head.i in above
        for e in entities(sentence)
    )
    if not last_year:
        return span
    moved = dates.resolve(f"{span.phrase} {published.year - 1}", published)
    if moved is None or moved.precision != "month":
        return span
    return DateSpan(start=moved.start, end=moved.end, precision="month", phrase=span.phrase)


def _days_before_the_news(
    sentence: Span, clause: set[int], published: date | None, *, future: bool
) -> DateSpan | None:
    """The day of a clause told as what a meeting of the news came days after ("The visit comes a
    day after Dagalo met Ruto in Nairobi", "The talks came two days after she had met ..."): that
    many days before the day the text told last, the news's (``_counted_clause``)."""
    for root in clause_roots(sentence, clause):
        if (counted := _counted_clause(root)) is not None:
            word, count, n = counted
            told_as = f"{n} day{'s' if n > 1 else ''} {'earlier' if word.lower_ == 'after' else 'later'}"
            return _after_the_day_told(count, published, future=future, told_as=told_as)
    return None


# which day of a gathering a meeting is told on: "on its opening day", "on the second day of the
# summit", "on the forum's final day" (the last only where the text tells how many days it runs)
GATHERING_DAYS = {"opening": 1, "first": 1, "second": 2, "third": 3, "fourth": 4}
CLOSING_DAYS = frozenset("final last closing".split())
OPENING_VERBS = frozenset("open begin start".split())
# the words a gathering told as opening on a day is named by: "the forum opened Friday"
OPENING_GATHERINGS = frozenset("summit conference forum gathering congress assembly dialogue session".split())


def _on_a_day_of_the_gathering(sentence: Span, clause: set[int], published: date | None) -> DateSpan | None:
    """The day of a meeting held "on its opening day", "on the second day of the summit" or "on the
    forum's final day", counted from the day the text told that gathering opened ("The three-day
    forum opened Friday. On its opening day, A and B held talks": Friday; its final day: Sunday);
    none where the text tells no such day before, or the gathering's days for its last."""
    if published is None:
        return None
    for token in clause_tokens(sentence, clause):
        if token.lower_ != "day" or token.dep_ != "pobj" or token.head.lower_ not in {"on", "during"}:
            continue
        told = {c.lower_ for c in children_of(token) if c.dep_ in {"amod", "compound"}}
        nth = next((GATHERING_DAYS[w] for w in told if w in GATHERING_DAYS), None)
        if (nth is None and not told & CLOSING_DAYS) or not _the_gatherings(token):
            continue
        opened = _the_gathering_opened(token, published)
        if opened is None:
            return None
        first, count = opened
        if nth is None:
            if count is None:
                return None
            nth = count
        day = first + timedelta(days=nth - 1)
        phrase = sentence.doc[token.left_edge.i : token.right_edge.i + 1].text
        return DateSpan(start=day, end=day, precision="day", phrase=phrase)
    return None


def _the_gatherings(day: Token) -> bool:
    """Whether a day is told as a gathering's: "its opening day" (the gathering told before), "the
    summit's second day", "the final day of the forum"."""
    for child in children_of(day):
        if child.dep_ == "poss" and (child.lower_ == "its" or the_gathering(child)):
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ == "of"
            and any(g.dep_ == "pobj" and the_gathering(g) for g in children_of(child))
        ):
            return True
    return False


def _the_gathering_opened(day: Token, published: date) -> tuple[date, int | None] | None:
    """The day the text last told a gathering opened before ``day`` ("The three-day forum ...
    opened Friday", "the summit began on Monday"), within a few paragraphs, and how many days it
    runs where told ("three-day": 3)."""
    doc = day.doc
    starts, ents = doc_entities(doc)
    for ent in reversed(ents[: bisect_left(starts, day.i)]):
        if ent.label_ != "DATE" or day.idx - ent.end_char > ANCHOR_REACH:
            continue
        verb = ent.root.head if ent.root.dep_ == "npadvmod" else ent.root.head.head
        if ent.root.dep_ == "pobj" and ent.root.head.lower_ != "on":
            continue
        if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in OPENING_VERBS:
            continue
        subject = next((c for c in children_of(verb) if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None and verb.dep_ in {"acl", "relcl"}:
            subject = verb.head  # "The three-day forum, hosted by ..., opened Friday": parsed as its clause
        if subject is None or subject.lemma_.lower() not in OPENING_GATHERINGS:
            continue
        told = dates.resolve(ent.text, published)
        if told is None or told.start is None or told.precision != "day":
            return None
        return told.start, _days_told_on(subject)
    return None


def _fronted_for(sentence: Span, clause: set[int]) -> set[int]:
    """The words of a date set before the first of two joined clauses, which dates both: "On
    Monday, A received B, and C met B", "Earlier in the day, A called on B and met C"; not one
    told after that clause's subject ("A received B on Monday, and C met B"), but for the trip
    of a subject that goes on to meet someone there ("Ruto will travel to Addis Ababa on Friday
    and hold talks with Abiy"), or for one subject telling two acts in one tense, the second
    without a date of its own ("A attended the summit on June 4 and 5 and held talks with B":
    the talks are of those days; not "opened the fair on Monday and will meet B"). The second
    clause may be a plan ("On Friday, A will meet B, and he is also due to see C": "is" is joined
    to "meet"), and the two acts the objects of one plan ("was due to hold talks on Friday with B
    and to meet C"). A date set before the subject dates an act told as coming before or after
    the clause's too ("On Monday he held talks with B in Abu Dhabi, before flying to AlUla for a
    meeting with C": Monday), unless a count of days puts it apart ("two days before flying")."""
    found: set[int] = set()
    for root in map(verb_of_the_plan, clause_roots(sentence, clause)):
        if (first := _act_it_comes_next_to(root)) is not None:
            subject = next((c.i for c in children_of(first) if c.dep_ in {"nsubj", "nsubjpass"}), None)
            found |= {
                t.i
                for child in children_of(first)
                if child.dep_ in {"prep", "npadvmod", "advmod"}
                and subject is not None
                and child.i < subject
                and child.i not in clause
                and not before_or_after(child)
                for t in subtree_of(child)
            }
            continue
        if root.dep_ != "conj" or root.head.pos_ not in {"VERB", "AUX"}:
            continue
        first = root.head
        if root.tag_ == "VB" and first.tag_ != "VB":  # "was due to hold talks and to meet C": "hold"
            first = _object_of_the_plan(first) or first
        subject = next((c.i for c in children_of(first) if c.dep_ in {"nsubj", "nsubjpass"}), None)
        shared = not any(c.dep_ in {"nsubj", "nsubjpass"} for c in children_of(root))
        trip = shared and (first.lemma_.lower() in TRIP_VERBS or _one_tense(first, root))
        for child in children_of(first):
            if (
                child.dep_ in {"prep", "npadvmod", "advmod"}  # "Earlier in the day": an adverb
                and child.i not in clause
                and child.i < root.i
                and ((subject and child.i < subject) or trip)
            ):
                found |= {t.i for t in subtree_of(child)}
    return found


TRIP_VERBS = frozenset("travel fly go head arrive land".split())


def _date_cut_off_by_after(sentence: Span, clause: set[int], published: date | None) -> set[int]:
    """The words of a date told at the end of the clause, right before an "after" or "before"
    clause the parser hangs it on as if it counted a span ("spoke by phone with B last month after
    B was elected", "met B last week after the two sides agreed"): a date that names a time of its
    own is the clause's; a span, "a week after", "weeks after", counts from the event instead."""
    for root in clause_roots(sentence, clause):
        for act in children_of(root):
            if act.dep_ != "advcl":
                continue
            mark = next(
                (c for c in children_of(act) if c.dep_ == "mark" and c.lower_ in {"after", "before"}), None
            )
            if mark is None:
                continue
            for ent in entities(sentence):
                if (
                    ent.label_ == "DATE"
                    and ent.end == mark.i
                    and ent.root.dep_ == "npadvmod"
                    and ent.root.head == act
                    and dates.resolve(ent.text, published) is not None  # not "a week", "weeks"
                ):
                    return set(range(ent.start, ent.end))
    return set()


def _date_opening_a_before_clause(sentence: Span, clause: set[int]) -> set[int]:
    """The words of a date that opens the sentence, ahead of a "before" or "after" clause told
    before the main one, which the parser hangs on that clause's verb as the nearest: "On June
    28, hours before the leaders sat down to dinner, A met B", "In March, weeks after the vote,
    A received B" (June 28, March: the main clause's day, the other clause only placing it
    within it). Not a date told inside that clause, after its "before" ("Hours before the
    leaders sat down on Monday, A met B"), nor a count of days ("Two days before the summit
    opened, A met B")."""
    for root in clause_roots(sentence, clause):
        for act in children_of(root):
            if act.dep_ not in {"advcl", "ccomp"} or act.i > root.i:
                continue
            mark = next(
                (c for c in children_of(act) if c.dep_ == "mark" and c.lower_ in {"after", "before"}), None
            )
            if mark is None:
                continue
            for child in children_of(act):
                words = {t.i for t in subtree_of(child)}
                if (
                    child.dep_ == "prep"
                    and child.i == sentence.start
                    and max(words) < mark.i
                    and any(sentence.doc[i].ent_type_ == "DATE" for i in words)
                ):
                    return words
    return set()


def _act_it_comes_next_to(verb: Token) -> Token | None:
    """The verb of the act a clause is told as coming right before or after, with no count of
    days between: "flying" in "held talks with B, before flying to AlUla" hangs on "held"; "after
    meeting B, he flew to Riyadh" on "flew". None for "two days before flying"."""
    word: Token | None
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ in {"before", "after"}:
        word = verb.head
    elif verb.dep_ == "advcl":
        word = next(
            (c for c in children_of(verb) if c.dep_ == "mark" and c.lower_ in {"before", "after"}), None
        )
    else:
        return None
    if word is None or word.head.pos_ not in {"VERB", "AUX"}:
        return None
    counted = any(c.dep_ == "npadvmod" for c in (*children_of(word), *children_of(verb)))
    if counted or (word.i > 0 and word.nbor(-1).ent_type_ == "DATE"):
        return None  # "two days before flying to Lima"
    return word.head if verb.dep_ == "pcomp" else verb.head


def _object_of_the_plan(verb: Token) -> Token | None:
    """The verb a plan's verb is completed by: "hold" of "was" in "was due to hold talks", of
    "is" in "is scheduled to hold talks"."""
    for child in children_of(verb):
        if child.dep_ == "xcomp":
            return child
        if child.dep_ == "acomp":
            return next((g for g in children_of(child) if g.dep_ == "xcomp"), None)
    return None


def _one_tense(first: Token, second: Token) -> bool:
    """Whether two joined verbs tell their acts in the same simple past, neither with a helper of
    its own ("attended ... and held ...", not "attended ... and will hold ..."), the second not
    moved on in time ("met A on Monday and then flew to London": the flight maybe of a later day)."""
    helpers = [c for c in (*children_of(first), *children_of(second)) if c.dep_ in {"aux", "auxpass", "neg"}]
    past = first.tag_ == second.tag_ == "VBD" and not helpers
    # "was due to hold talks on Friday and to meet C": two infinitives of one plan
    planned = (
        first.tag_ == second.tag_ == "VB" and first.dep_ == "xcomp" and all(c.lower_ == "to" for c in helpers)
    )
    return (past or planned) and not any(
        c.dep_ == "advmod" and dates.anchored(c.text) for c in children_of(second)
    )


def _trip_is_for(sentence: Span, clause: set[int]) -> set[int]:
    """The words told of a meeting word of the clause that a trip is for, on the word or on the
    trip after it: "on Saturday" in "will fly to Paris on Friday for talks with Macron on
    Saturday", whichever of the two the parse hangs it on."""
    found: set[int] = set()
    for word in clause_tokens(sentence, clause):
        if word.lemma_.lower() not in MEETING_NOUNS or word.dep_ != "pobj" or word.head.lower_ != "for":
            continue
        trip = word.head.head
        if trip.lemma_.lower() not in TRIP_PURPOSE_VERBS:
            continue
        told = [*children_of(word), *(c for c in children_of(trip) if c.i > word.head.right_edge.i)]
        found |= {t.i for child in told if child.dep_ in {"prep", "npadvmod"} for t in subtree_of(child)}
    return found & clause


def _antecedent_of(sentence: Span, clause: set[int]) -> set[int]:
    """The words of the event a relative clause of time or place hangs on, where its date is:
    "talks in Lisbon in April, where Lee sat down with ...", "June, the month in which they
    had met"; not a date it is the first "since" ("his first visit since 2011, where he was
    welcomed by ..."), nor that of an event at which they agreed to meet ("a call last month, in
    which they agreed to meet in April"): the agreeing was then, the meeting after it."""
    for root in map(_above_the_plan, clause_roots(sentence, clause)):
        if agreed_then(root):
            continue
        if root.dep_ != "relcl" or not any(
            c.lower_ in {"where", "when"} or opens_a_relative_of_time(c) for c in _relative_children(root)
        ):
            continue
        top = root.head
        while top.dep_ in {"appos", "pobj", "prep"} and top.head.pos_ in {"NOUN", "PROPN", "ADP"}:
            top = top.head
        found = {t.i for t in subtree_of(top)} - {t.i for t in subtree_of(root)} - clause
        if top.head.lower_ == "since" and top.lemma_.lower() not in MEETING_NOUNS | STOP_NOUNS:
            # "his first visit since 2011, where he was welcomed": not 2011; but "since Ruto's
            # stopover in Kampala in March 2022, where he met Museveni": that stop's March 2022
            found = set()
        if root.head.lower_ in TIME_UNITS:  # "since June, the month in which": June, set off by a comma
            comma = root.head.left_edge.i - 1
            named = [e for e in entities(sentence) if e.label_ == "DATE" and e.end == comma]
            if comma >= sentence.start and sentence.doc[comma].text == "," and named:
                found |= set(range(named[0].start, named[0].end))
        return found
    return set()


def _counted_among(sentence: Span, clause: set[int]) -> set[int]:
    """The words dating the sentence that counts someone among those a "who" clause tells of:
    "In November, Xi was among the leaders who joined a video summit" (November: the clause
    tells what Xi did then), "Lula was one of the guests who dined with the King on Friday" has
    its own day. Not the group's own words, nor the clause's."""
    for root in clause_roots(sentence, clause):
        if root.dep_ != "relcl" or one_among(root.head) is None:
            continue
        being = root.head.head
        being = being.head if being.lower_ == "of" else being  # "one of the leaders who"
        being = being.head if being.lower_ in {"among", "one"} else being
        return {
            t.i
            for c in children_of(being)
            if c.dep_ in {"prep", "npadvmod", "advmod"} and c.lower_ != "among"
            for t in subtree_of(c)
        } - clause
    return set()


def _verb_of(words: set[int], sentence: Span) -> set[int]:
    """The verb whose object, subject or place the words' phrase is ("cancelled" of "a planned stop
    in Port Moresby", "made" of "in Kampala" in "made a stop in Kampala"), so that the clause it
    opens can be asked its time; none for other words."""
    return {
        root.head.i
        for root in clause_roots(sentence, words)
        if root.dep_ in {"dobj", "nsubj", "nsubjpass", "prep"} and root.head.pos_ in {"VERB", "AUX"}
    }


def _told_in_the_past(sentence: Span, words: set[int]) -> bool:
    """Whether words hang on a verb in the past tense: "flew to Baku on Monday" (a plan of that
    day, "where he was due to meet ...", was for a day gone by)."""
    doc = sentence.doc
    return any(doc[i].head.i not in words and doc[i].head.tag_ == "VBD" for i in words)


def _above_the_plan(root: Token) -> Token:
    """The verb of the clause a plan's verb is the object of, where it opens a relative clause:
    "is" in "where he is due to meet Zelensky", "was" in "where he was to meet Marape"."""
    top = root
    while top.dep_ in {"xcomp", "acomp"} and top.head.pos_ in {"VERB", "AUX", "ADJ"} and top.head != top:
        top = top.head
    return top if top.dep_ == "relcl" else root


def _relative_children(root: Token) -> list[Token]:
    """The children of ``root`` and of the verbs of the plan within its clause, where the word
    opening a relative clause may hang ("where he is scheduled to hold talks": "where" on "hold")."""
    plan = [
        t
        for t in subtree_of(root)
        if t.dep_ in {"xcomp", "acomp"} and t.head.i in {root.i, *(p.i for p in subtree_of(root))}
    ]
    return [c for t in [root, *plan] for c in children_of(t)]


TIME_UNITS = frozenset("day week month year".split())
MEMORY_VERBS = frozenset("recall remember recollect".split())


def _recalled(sentence: Span, clause: set[int]) -> set[int]:
    """The words dating a meeting someone recalls, where the parse hangs them on the verb of
    memory ("recalled his meeting with Kishida and Biden in Washington on April 11"): one
    recalls now what happened then."""
    for root in clause_roots(sentence, clause):
        verb = root.head
        if root.dep_ == "dobj" and verb.lemma_.lower() in MEMORY_VERBS:
            return {
                t.i
                for c in children_of(verb)
                if c.dep_ in {"prep", "npadvmod"} and c.i > root.i
                for t in subtree_of(c)
            } - clause
    return set()


def day_a_call_was_told(sentence: Span, clause: set[int], published: date | None) -> DateSpan | None:
    """The day of a call or video link told with no time of its own in what someone said or
    wrote on a day the sentence gives: "Later on Tuesday, A wrote on X that she had had a very good
    telephone conversation with B" (Tuesday), "On Friday, A said he had spoken by phone with B",
    "A has held a phone conversation with B, C told reporters on Wednesday" (Wednesday):
    a call is told the day it is held, as its readout is; told in a week or a month ("A said last
    week that he had spoken to B"), it is of that week or month. Not one told as background ("had
    spoken several times since"), nor a meeting in person, which may be told days after it ("On
    Sunday, A described his meeting with B")."""
    if is_background(span_text(sentence)):
        return None
    for root in clause_roots(sentence, clause):
        verb = root.head
        if root.dep_ != "ccomp" or not _a_verb_of_saying(verb):
            continue
        if root.i < verb.i:
            # "A has held a telephone conversation with B, aide C told reporters on Wednesday": the
            # day told after the verb of saying (one told before it is the call's own, see
            # _before_its_attribution); not a call told as done before ("had spoken")
            if any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in children_of(root)):
                continue
            words = {
                t.i
                for c in children_of(verb)
                if c.dep_ in DATING_DEPS and c.i > verb.i
                for t in subtree_of(c)
            } - clause
        else:
            words = _dating_words(verb, clause, before=root.i)
        said = _date_of(sentence, words, published, future=False)
        if said is None or said.start is None:
            continue
        if (said.precision == "day" and said.start == said.end) or said.precision in {"week", "month"}:
            return said  # "said late last month that he had spoken by phone with B": that month
    return None


def _before_its_attribution(sentence: Span, clause: set[int]) -> set[int]:
    """The words dating a report told before the one who gives it, which the parse hangs on the
    verb of saying: "A held talks with B at the summit in Apulia, Italy, on Thursday, the
    spokesman reported" (Thursday is the talks'; the saying's own day comes after its verb: "the
    spokesman said on Friday")."""
    for root in clause_roots(sentence, clause):
        verb = root.head
        if root.dep_ != "ccomp" or root.i > verb.i or not _a_verb_of_saying(verb):
            continue
        sayers = [c.left_edge.i for c in children_of(verb) if c.dep_ == "nsubj" and c.i > root.i]
        sayer = min(sayers, default=verb.i)
        return {
            t.i
            for c in children_of(verb)
            if c.dep_ in {"prep", "npadvmod"} and root.right_edge.i < c.i and c.right_edge.i < sayer
            for t in subtree_of(c)
        } - clause
    return set()


# the phrases on a verb that can date its act: "on Monday", "last week"
DATING_DEPS = frozenset({"prep", "npadvmod"})


def _a_verb_of(sentence: Span, verb: Token) -> bool:
    """Whether a word is a verb of the sentence itself, whose words may date an act told with it."""
    return verb.pos_ in {"VERB", "AUX"} and sentence.start <= verb.i < sentence.end


def _dating_words(
    verb: Token,
    clause: set[int],
    *,
    before: int | None = None,
    but: Token | None = None,
    deps: frozenset[str] = DATING_DEPS,
) -> set[int]:
    """The words of the phrases on a verb that can date its act (those before word ``before``,
    if given, and other than ``but``), less the clause's own: what dates an act that another,
    told with no time of its own, goes along with, leads to or describes."""
    return {
        t.i
        for child in children_of(verb)
        if child.dep_ in deps and (before is None or child.i < before) and child is not but
        for t in subtree_of(child)
    } - clause


def _act_of_the_participle(sentence: Span, clause: set[int]) -> set[int]:
    """The words dating the act a participle after it goes along with, which tells no time of
    its own: "flew to Seoul in March, meeting A and B" (the meeting of that March trip), "spoke
    at the forum on Monday, holding talks with C on its sidelines", "Earlier in the day, A was
    given a state welcome, followed by an audience with the king"; not a participle opened by
    a word of time ("after meeting A", "before holding talks") or told as done before ("having
    met A")."""
    for root in clause_roots(sentence, clause):
        verb = root.head
        if root.dep_ == "acl" and followed_by(root) and (above := verb_above(root)) is not None:
            # "Earlier in the day, A hosted a welcoming ceremony for B at the palace, followed by a
            # meeting between the two": the parser hangs it on the object of the act it follows
            if above.i < root.i and _a_verb_of(sentence, above):
                return _dating_words(above, clause, before=root.i, deps=DATING_DEPS | {"advmod"})
            continue
        if (
            root.dep_ != "advcl"
            or (root.tag_ != "VBG" and not followed_by(root))
            or verb.i > root.i
            or not _a_verb_of(sentence, verb)
            or any(c.dep_ in {"mark", "aux", "nsubj", "nsubjpass"} for c in children_of(root))
        ):
            continue
        # "Earlier in the day, A was given a welcome, followed by ...": the adverb's phrase too
        return _dating_words(verb, clause, before=root.i, deps=DATING_DEPS | {"advmod"})
    return set()


def followed_by(word: Token) -> bool:
    """Whether a word is the participle "followed by" that tells what came right after the act
    it hangs on ("was given a state welcome, followed by an audience with the king")."""
    return (
        word.lower_ == "followed" and word.tag_ == "VBN" and any(c.dep_ == "agent" for c in children_of(word))
    )


def _act_the_gerund_leads_to(sentence: Span, clause: set[int]) -> set[int]:
    """The words dating the act that an act told "after" or "before" it, as a gerund with no
    time of its own, leads to or follows: "announced the plan on February 4 after hosting A"
    (the hosting of that day), "resigned on Friday after meeting B"; only a day counts (the
    caller's check), for a month or a year may hold both acts far apart."""
    for root in clause_roots(sentence, clause):
        word = root.head
        verb = word.head
        if (
            root.dep_ != "pcomp"
            or root.tag_ != "VBG"
            or word.lower_ not in {"after", "before"}
            or word.dep_ != "prep"
            or not _a_verb_of(sentence, verb)
        ):
            continue
        if word.lower_ == "before" and root.lemma_.lower() in NEXT_LEG_VERBS:
            continue  # "leaves Lome on Wednesday, before ending the tour in Accra with talks": a later stop
        return _dating_words(verb, clause, but=word)
    return set()


# verbs of going on to the next stop of a trip, whose "before" tells a later leg with a day of its own
NEXT_LEG_VERBS = frozenset("travel fly go head continue proceed return move end wrap conclude".split())


def acts_told_with(sentence: Span, clause: set[int]) -> list[set[int]]:
    """The words on the act, and on each verb it is the infinitive of, that a participle's
    "with" clause, with a subject of its own, tells a circumstance of: "The third round was held
    in Oslo in May 2018, with A and B discussing arms control" (the talks of that round, then and
    there); "The session, in March, had to be held online, with A and B talking on screen" (the
    date on the verb that "had to be held" hangs on). Nearest first; none for a "with" of those
    met ("met on Monday with A"), which has no participle."""
    for root in clause_roots(sentence, clause):
        word = root.head
        if (
            root.dep_ != "pcomp"
            or root.tag_ != "VBG"
            or word.lower_ != "with"
            or word.dep_ != "prep"
            or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in children_of(root))
        ):
            continue
        found: list[set[int]] = []
        branch, verb = word, word.head
        while _a_verb_of(sentence, verb):
            found.append(_dating_words(verb, clause, but=branch))
            if verb.dep_ != "xcomp":
                break
            branch, verb = verb, verb.head
        return found
    return []


def _act_told_with(sentence: Span, clause: set[int]) -> set[int]:
    """The words dating the act a participle's "with" clause tells a circumstance of, where it
    tells no time of its own (see :func:`acts_told_with`)."""
    return next(
        (
            words
            for words in acts_told_with(sentence, clause)
            if any(sentence.doc[i].ent_type_ == "DATE" for i in words)
        ),
        set(),
    )


# the words that tell a meeting as what an act of the same day came after or before
NEXT_TO = frozenset("after before following".split())


def _act_told_after(sentence: Span, clause: set[int]) -> set[int]:
    """The words dating the act that a meeting told "after" or "before" it, as a clause or a
    meeting word with no time of its own, came next to: "A said on Sunday after she and B met C"
    (that Sunday's meeting), "A said on Sunday that the two sides wanted to turn the page, after
    talks with C", where the parser hangs "after" on what was said: the day of the saying, up
    through the clauses it takes; not where the clause tells another meeting beside it. Not a
    meeting told a span of time away ("a day after A held talks with B", "days after talks with
    B", counted by ``_days_before_the_news``). Only a day counts (the caller's check), as for a
    gerund."""
    told: list[tuple[Token, Token]] = [
        (root.head, root)
        for root in clause_roots(sentence, clause)
        if root.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in NEXT_TO and not c.n_lefts for c in children_of(root))
        and not any(c.dep_ == "npadvmod" for c in children_of(root))
    ]
    # a meeting word that is the clause itself, the word before it left out: "paused the tariffs
    # on Monday after a phone call with B" (the call's clause is "a phone call with B")
    told += [
        (root.head.head, root.head)
        for root in clause_roots(sentence, clause)
        if root.dep_ == "pobj"
        and root.lemma_.lower() in MEETING_NOUNS
        and root.head.lower_ in NEXT_TO
        and root.head.dep_ == "prep"
        and not root.head.n_lefts
    ]
    told += [
        (word.head, word)
        for word in clause_tokens(sentence, clause)
        if word.lower_ in NEXT_TO
        and word.dep_ == "prep"
        and not word.n_lefts
        and any(
            c.dep_ in {"pobj", "dobj"} and c.lemma_.lower() in MEETING_NOUNS and c.i in clause
            for c in children_of(word)
        )
        # the meeting told is the one after the word, not another the clause tells ("announced the
        # summit on Friday following a call with B": the summit has no day of the call's)
        and all(
            word.left_edge.i <= t.i <= word.right_edge.i
            for t in clause_tokens(sentence, clause)
            if t.lemma_.lower() in MEETING_NOUNS
        )
    ]
    for verb, branch in told:
        while _a_verb_of(sentence, verb):
            words = _dating_words(verb, clause, but=branch)
            if any(sentence.doc[i].ent_type_ == "DATE" and not _for_a_length(sentence.doc[i]) for i in words):
                return words
            if verb.dep_ not in {"xcomp", "ccomp"}:
                break
            branch, verb = verb, verb.head
    return set()


def arrival_told_aside(sentence: Span, clause: set[int]) -> set[int]:
    """The words of a "who" clause telling the landing of the subject of a clause's verb, where
    the clause is a welcome where the visitor lands, with no time of its own: "Ms Harris, who
    arrived in the country on Wednesday evening, was received at the airport by B" (that evening)."""
    for root in clause_roots(sentence, clause):
        for subject in (c for c in children_of(root) if c.dep_ in {"nsubj", "nsubjpass"}):
            for aside in children_of(subject):
                if (
                    aside.dep_ == "relcl"
                    and aside.lemma_.lower() in ARRIVING
                    and any(c.lower_ == "who" for c in children_of(aside))
                ):
                    return {t.i for t in subtree_of(aside)}
    return set()


def _for_a_length(word: Token) -> bool:
    """Whether a word of a date tells how long, after "for" ("agreed on Monday to pause the tariffs
    for one month": no time the act was done on)."""
    preposition = next((a for a in ancestors_of(word) if a.dep_ == "prep"), None)
    return preposition is not None and preposition.lower_ == "for"


PRESENCE_VERBS = frozenset("attend be stay spend participate".split())


def _of_the_event_described(sentence: Span, clause: set[int]) -> set[int]:
    """The words dating the act whose object a participle describes, where the participle tells
    no time of its own: "On Friday, A will attend a luncheon hosted by B" (the luncheon of that
    Friday), "Today, A joins a dinner given by B"."""
    for root in clause_roots(sentence, clause):
        event, verb = root.head, root.head.head
        if root.dep_ != "acl" or root.tag_ != "VBN" or event.dep_ != "dobj" or not _a_verb_of(sentence, verb):
            continue
        return _dating_words(verb, clause, before=event.i, deps=DATING_DEPS | {"advmod"})
    return set()


def _stay_there(sentence: Span, clause: set[int]) -> set[int]:
    """The words of a "where" clause on the clause's own place that tells the days someone was
    there: "In Rio de Janeiro, where he attended the G20 Summit on November 18-19, Prabowo held
    talks with Lula" (a meeting held during that stay)."""
    for token in clause_tokens(sentence, clause):
        if token.ent_type_ not in {"GPE", "LOC", "FAC"}:
            continue
        for told in children_of(token):
            if (
                told.dep_ == "relcl"
                and told.lemma_.lower() in PRESENCE_VERBS
                and any(c.lower_ == "where" for c in children_of(told))
            ):
                return clause_of(told) - clause
    return set()


def _setting_of(sentence: Span, clause: set[int]) -> set[int]:
    """The words dating the act of the verb whose phrase a "where" clause hangs on, for a
    "where" clause that has no date of its own nor of the phrase: "arrived in Baghdad on Monday
    for his first visit to Iraq since 2011, where he was welcomed by ...": on Monday; for a verb
    with none, the date set before the first of the clauses it is joined to ("On March 17 he met
    Macron in Paris and then flew to London, where he held talks with Starmer": March 17). A verb
    joined by "and" to the "where" clause is in it ("On Monday he visited Accra, where he was
    received by A and held talks with B": both on Monday)."""
    for root in map(_above_the_plan, clause_roots(sentence, clause)):
        while root.dep_ == "conj" and root.head.pos_ in {"VERB", "AUX"} and root.head.i < root.i:
            root = root.head
        if agreed_then(root):
            continue  # "spoke at the summit in September, where they decided to hold talks in Ankara"
        if root.dep_ != "relcl" or not any(c.lower_ == "where" for c in _relative_children(root)):
            continue
        branch = root
        while branch.head.pos_ not in {"VERB", "AUX"} and branch.head != branch:
            branch = branch.head
        verb = branch.head
        if verb == branch or not sentence.start <= verb.i < sentence.end:
            return set()
        if verb.lemma_.lower() in {"leave", "depart"} and verb.tag_ != "VBD" and branch.lower_ == "for":
            return set()  # "leaves Accra on Wednesday for Lome, where ...": the day it is to leave Accra
        if branch.dep_ == "prep" and branch.lower_ in BEFORE_OR_AFTER | SINCE:
            # "was back in Mexico City on Wednesday after a brief trip to the summit in Kananaskis,
            # where she held talks with Carney": the trip came before that Wednesday
            return set()
        own = {
            t.i
            for child in children_of(verb)
            # "Later in the day the president crossed the city to the embassy, where he sat down
            # with Macron": the adverb of time too, which the parser may hang apart from its phrase
            if child.dep_ in {"prep", "npadvmod", "advmod"}
            and child != branch
            and not any(t.pos_ in {"VERB", "AUX"} for t in subtree_of(child))  # not another "where" clause
            for t in subtree_of(child)
        } - clause
        if not any(sentence.doc[i].ent_type_ in {"DATE", "TIME"} for i in own):
            own |= _fronted_for(sentence, {verb.i}) - clause  # "On March 17 he met A, then flew to B, where"
        # "On Thursday, Charles will become the first monarch to speak from the Senate, where he is
        # to be received by Larcher": the day of the verb the infinitive's noun hangs on
        if (
            not any(sentence.doc[i].ent_type_ in {"DATE", "TIME"} for i in own)
            and (outer := _verb_above_the_infinitive(verb)) is not None
        ):
            dated = {
                t.i
                for child in children_of(outer)
                if child.dep_ in {"prep", "npadvmod", "advmod"}
                and not any(t.pos_ in {"VERB", "AUX"} for t in subtree_of(child))
                for t in subtree_of(child)
            } - clause
            if any(sentence.doc[i].ent_type_ in {"DATE", "TIME"} for i in dated):
                own |= dated | {outer.i}
        # with the verb itself, whose day is the stop's even where it tells a later one ("before
        # ending on Friday in Dakar, where Sall will host him": Friday)
        return own | {verb.i} if own else own
    return set()


def _verb_above_the_infinitive(verb: Token) -> Token | None:
    """The verb of the clause an infinitive describes a noun of ("became the first monarch to
    speak from the Senate": "became"), which tells the infinitive's time; none for a verb that is
    no infinitive hung on a noun ("went to the Senate to speak": a purpose of its own)."""
    if verb.dep_ not in {"acl", "relcl"} or verb.tag_ != "VB":
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)):
        return None
    noun = verb.head
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ not in {"attr", "dobj", "nsubj", "oprd"}:
        return None
    above = noun.head
    return above if above.pos_ in {"VERB", "AUX"} else None


def _date_of(
    sentence: Span, clause: set[int], published: date | None, *, future: bool, own: bool = True
) -> DateSpan | None:
    """The date the clause tells: the first it names, unless it names days inside that one later
    ("next week for the summit, which Albanese will host from March 4 to 6": March 4 to 6)."""
    if own and _dates_in_the_alternative(sentence, clause):
        return None
    told = _told_dates(sentence, clause, published, future=future, own=own)
    first = next(told, None)
    if first is None and own and future:
        return _through_a_stay(sentence, clause, published)
    if first is None or first.start is None or first.end is None or first.start == first.end:
        return first
    for later in told:
        if (
            later.start is not None
            and later.end is not None
            and first.start <= later.start <= later.end <= first.end
            and (later.start, later.end) != (first.start, first.end)
        ):
            return later
        if (day := _day_of_the_month_told(first, later)) is not None:
            return day
    return first


def _day_of_the_month_told(first: DateSpan, later: DateSpan) -> DateSpan | None:
    """A day and month told with no year after the month or year the clause opened with ("In
    March 2022, Cavusoglu brought together Lavrov and Kuleba in Antalya on March 10"): that day
    in the year told, not the one nearest the news; None where the day does not fall within it."""
    if first.precision not in {"month", "year"} or first.start is None or first.end is None:
        return None
    if first.start.year != first.end.year or (named := _day_named(later.phrase or "")) is None:
        return None
    day = dates.valid_date(first.start.year, *named)
    if day is None or not first.start <= day <= first.end:
        return None
    return DateSpan(start=day, end=day, precision="day", phrase=later.phrase)


def _dates_in_the_alternative(sentence: Span, clause: set[int]) -> bool:
    """Whether a clause tells its time as one date or another ("expected in late May or early
    June", "in March or April"): a time not yet settled, no date. Not two dates joined by "and"
    ("in February and in September")."""
    for ent in entities(sentence):
        if ent.label_ != "DATE" or not in_clause(ent, clause):
            continue
        root = ent.root
        joined = [c for c in children_of(root) if c.dep_ == "conj" and c.ent_type_ == "DATE"]
        if joined and any(c.dep_ == "cc" and c.lower_ == "or" for c in children_of(root)):
            return True
    return False


# the words that tell a second sitting of the same talks between its two days: "on Monday and
# another session on Tuesday", "and a second round on", "and another two hours on", "and a final
# day of" ("and again on" tells another meeting, read as one in :mod:`extract.meetings`)
_ANOTHER_SITTING = re.compile(
    r"^,?\s*and (?:then )?(?:another|a (?:second|third|further|final|fresh|new)|(?:two|three|several) more)"
    r"(?: \w+){0,2}? (?:session|round|sitting|day|hour|meeting)s?(?: of talks)? (?:on|of|in)$"
)


def _another_sitting(between: str) -> bool:
    """Whether the words between two days tell a later sitting of the same talks ("on Monday and
    another session on Tuesday", "on Saturday and a second round of talks on Sunday", "five hours
    on Monday and another two hours on Tuesday": the sitting's own noun, with at most two words
    before it, stands between).

    >>> _another_sitting("and another session on"), _another_sitting("and a second day of")
    (True, True)
    >>> _another_sitting("and a second round of talks on"), _another_sitting("and another two hours on")
    (True, True)
    >>> _another_sitting("and then met Lavrov on"), _another_sitting("and will meet again on")
    (False, False)
    """
    return bool(_ANOTHER_SITTING.match(" ".join(between.lower().split())))


def _later_sittings(sentence: Span, ents: list[Span], published: date | None) -> list[Span]:
    """The day of a later sitting told right after the clause's last day, which the parser puts
    outside the clause: "held talks on Monday and another round on Tuesday"."""
    if not ents:
        return []
    last = ents[-1]
    later = [e for e in entities(sentence) if e.label_ == "DATE" and e.start >= last.end]
    if (
        later
        and _another_sitting(sentence.doc[last.end : later[0].start].text)
        and _sittings_joined(last.text, later[0], published)
    ):
        return [later[0]]
    return []


def _sittings_joined(first: str, later: Span, published: date | None) -> str | None:
    """The two days of one set of talks told as a sitting on one day and another on the next, as
    one phrase of both ("Monday and Tuesday"); None where the days are not one after the other
    ("on Monday and another round on Thursday": two meetings)."""
    if later.label_ != "DATE":
        return None
    joined = f"{first} and {later.text}"
    span = dates.resolve(joined, published)
    if span is None or span.precision != "days" or span.start is None or span.end is None:
        return None
    return joined if (span.end - span.start).days == 1 else None


def _told_dates(
    sentence: Span, clause: set[int], published: date | None, *, future: bool, own: bool = True
) -> Iterator[DateSpan]:
    """The dates the clause tells, in order, each resolved."""
    now = published
    opening = dateline_end(sentence)
    ents = [
        part
        for e in map(_a_clock_time, entities(sentence))
        if e.label_ in {"DATE", "TIME"} and not _how_long(e)
        for part in _date_parts(_with_its_day_of_the_month(_with_its_last_day(e)))
        if in_clause(part, clause) and part.start_char >= opening
    ]
    # a day taken in by the span before it ("Thursday | to | Saturday" made one): not read again
    ents = [e for i, e in enumerate(ents) if not (i and e.start < ents[i - 1].end)]
    ents += _later_sittings(sentence, ents, published)
    for ent in ents if own else []:  # "a day after the board on Wednesday approved the loan": Thursday
        if (counted_from := _days_from_an_event(ent, published, clause)) is not None:
            yield counted_from
            return
    if own:  # "during the visit, which runs until Sunday": the stay's end, no day of the meeting
        ents = [e for e in ents if not _end_of_a_stay(e)]
    if own:  # "Following their summit earlier in the day, ..."; never "the first talks since February"
        # nor a date of what comes after the meeting: "is set to meet Li before he flies back on Thursday"
        since = [
            e
            for e in ents
            if not _since(e, clause) and not told_since_or_before(e, clause) and not _of_earlier_editions(e)
        ]
        # a date of what came before or after ("Following their summit earlier in the day"), for want
        # of one of its own; for a plan, only one of itself ("will visit Pretoria, after | Ramaphosa's
        # trip to Brasilia in June": the trip's), never that of what came before it ("will mark a
        # turning point after the former's visit to Cairo in February"); never that of a meeting told
        # as an earlier one ("after their first encounter in Bali in November 2022")
        since = [e for e in since if not _a_calls_day(e, clause)]
        ents = [
            e
            for e in since
            if not another_time(e, clause)
            and not _of_another_event(e, clause)
            and not _right_after_an_event(e)
        ] or [
            e
            for e in since
            if not _an_events_day(e)
            and not _of_another_event(e, clause)
            and not _an_earlier_meetings_day(e)
            and (not future or _its_own(e, clause))
        ]
    phrases: list[str] = []
    times: set[str] = set()  # a time of day alone ("At noon on Tuesday"): the day it names comes first
    told: dict[str, Span] = {}
    first_of: dict[str, Span] = {}  # the first words of a phrase joined from several ("Monday and Tuesday")
    for ent in ents:
        between = sentence.doc[
            (phrases and ents[ents.index(ent) - 1].end) or ent.start : ent.start
        ].text.strip()
        if phrases and between.lower() in {"and", "to", "-", "–", "through"}:
            first_of[f"{phrases[-1]} {between} {ent.text}"] = first_of.get(phrases[-1], ent)
            phrases[-1] = f"{phrases[-1]} {between} {ent.text}"  # "Monday and Tuesday"
            times.discard(phrases[-1])
        elif (
            phrases
            and _another_sitting(between)
            and (joined := _sittings_joined(phrases[-1], ent, published))
        ):
            phrases[-1] = joined  # "five hours on Monday and another session on Tuesday": both days
        else:
            phrases.append(ent.text)
            told.setdefault(ent.text, ent)
            first_of.setdefault(ent.text, ent)
            if ent.label_ == "TIME":
                times.add(ent.text)
    for phrase in sorted(phrases, key=lambda p: p in times):
        told_ent = told.get(phrase)
        if span := _same_year(sentence, phrase):
            yield span
            continue
        # a phrase of time in what someone said on a day told counts from that day
        published = (_speech_day(told_ent, now) if told_ent is not None else None) or now
        counted = None
        if (
            told_ent is not None
            and not dates.anchored(phrase)
            and (before := _words_before(sentence, phrase))
        ):
            counted = (
                f"{before} {phrase}" if dates.anchored(f"{before} {phrase}") else None
            )  # "Later in | the day"
        if (
            told_ent is not None
            and not counted
            and not dates.anchored(phrase)
            and (after := _adverb_after(told_ent))
        ):
            counted = (
                f"{phrase} {after}" if dates.anchored(f"{phrase} {after}") else None
            )  # "A day | before,"
        if (  # a time of day alone ("arrived at 4.30 pm") is on the day the story told last
            told_ent is not None
            and not counted
            and not future
            and told_ent.label_ == "TIME"
            and dates.a_clock_time(phrase)
            and not dates.anchored(phrase)
            and (
                span := _after_the_day_told(
                    told_ent, published, future=False, counted="the same day", reach=CLOCK_TIME_REACH
                )
            )
        ):
            yield span  # "... met B on Saturday. A arrived at 4.30 pm and was welcomed ...": Saturday
            continue
        if told_ent is not None and (counted or dates.anchored(phrase)):
            if span := _after_the_day_told(told_ent, published, future=future, told_as=counted):
                yield span  # "Faki also held talks the same day with ..."
                continue
            if not counted and (this_part := _this_part_of_the_day(told_ent, published, future)):
                yield this_part  # "will be received in the afternoon", no day told before: this afternoon
                continue
            if dates.resolve(counted or phrase, published) is None:
                continue  # else "the previous week" with no date told before: the week before publication
        span = (
            (_of_the_month_before(told_ent, published) if told_ent is not None else None)
            or (_month_of_the_story(told_ent, published) if told_ent is not None and not future else None)
            or dates.resolve(phrase, published)
        )
        if span is None and future and published is not None and not _weekday_dated_before(sentence, phrase):
            span = _coming(phrase, published)  # "will travel to Rabat next month"
        if span is None and (before := _words_before(sentence, phrase)):
            span = dates.resolve(f"{before} {phrase}", published)  # "Earlier in | the day"
        if (
            span is None
            and published is None
            and (counted_back := _from_a_yearless_dateline(sentence, phrase))
        ):
            yield counted_back  # "TEHRAN, Aug. 20 (MNA) - ... met ... yesterday": August 19, year untold
            continue
        if span is None and published is None and (named := _day_named(phrase)):
            # "on August 20", "Nov. 4": that day of a year unknown, or of the year the article
            # writes out with that month ("on 15-16 September 2022 ... On 15 September")
            year = _year_of_the_month(sentence.doc, named[0])
            day = dates.valid_date(year, *named) if year is not None else None
            if day is not None:
                yield DateSpan(start=day, end=day, precision="day", phrase=phrase)
            else:
                yield DateSpan(precision="day", phrase=phrase, month=named[0], day=named[1])
            continue
        if span is None and published is None and (month := _month_named(phrase)):
            if (year := _year_of_the_month(sentence.doc, month)) is not None:
                start, end = date(year, month, 1), date(year, month, monthrange(year, month)[1])
                yield DateSpan(start=start, end=end, precision="month", phrase=phrase)
            else:
                yield DateSpan(precision="month", phrase=phrase, month=month)  # "in July", year unknown
            continue
        if span is None or span.start is None:
            continue
        if span.precision == "year" and not (
            _a_years_event(phrase) or (told_ent is not None and _a_past_gatherings_year(told_ent, span, now))
        ):
            continue
        if span.precision == "year" and told_ent is not None and _a_things_year(told_ent):
            continue
        if span.precision == "day" and told_ent is not None and _a_things_day(told_ent):
            continue
        if told_ent is not None and _an_agreements_date(told_ent):
            continue
        scheduled = told_ent is not None and _in_a_week(phrase) and _told_as_scheduled(told_ent)
        if (future or scheduled) and published and told_ent is not None and _after_next_week(told_ent):
            span = _in_the_week_after(span, published)  # "next week ..., and is due to meet X on Wednesday"
        if (
            (future or scheduled)
            and published
            and span.start
            and span.end
            and _passed_plan(span, phrase, published, will=_told_with_will(sentence, clause))
            and (told_ent is None or not _a_day_gone_by(told_ent, span, published))
        ):
            span = _next_occurrence(span, phrase)
        elif (
            not (future or scheduled)
            and published
            and span.start is not None
            and phrase in first_of
            and (published - span.start).days > NEARER_BACK
            and _a_weekday_alone(phrase)
            and _set_by_a_plan(first_of[phrase])
        ):
            span = _next_occurrence(span, phrase)  # "had been due in Berlin on Thursday", told on Wednesday
        elif (
            not (future or scheduled)
            and published
            and span.start is not None
            and span.end is not None
            and span.precision in {"day", "days"}
            and phrase in first_of
            and _a_day_of_the_calendar(phrase)
            and _planned_for(first_of[phrase])
            and (ahead := _next_occurrence(span, phrase)).start is not None
            and (ahead.start - published).days <= PLAN_CALLED_OFF_AHEAD
            and not _another_date_told(sentence, first_of[phrase], phrase)
        ):
            # "had been due to lead the leaders at the summit in Washington on March 28 and 29",
            # told on March 4: the March 28 ahead, not the one of a year before
            span = ahead
        yield span


# days back from the news past which a plan's weekday alone is nearer ahead: the plan "set for
# Friday" in a story of Thursday is tomorrow's, one "due on Thursday" told on Saturday was two days ago
NEARER_BACK = 3


def _set_by_a_plan(ent: Span) -> bool:
    """Whether a day hangs on the word of a plan ("set for Friday", "had been due in Berlin on
    Thursday", "was scheduled for Monday"), whatever its tense: the day planned, which may be
    ahead of the news as well as behind it, so the nearer of the two of that name; not one whose
    sentence denies in the past that it happened ("did not take place", "never took place")."""
    root = ent.sent.root
    if root.tag_ == "VBD" and any(c.lower_ == "never" for c in children_of(root)):
        return False  # "The talks, set for Friday, never took place": the day gone by
    if any(c.dep_ == "neg" for c in children_of(root)) and any(c.lower_ == "did" for c in children_of(root)):
        return False  # "The talks, scheduled for Friday, did not take place"
    for word in ancestors_of(ent.root):
        if word.pos_ in {"VERB", "AUX", "ADJ"}:
            if word.lemma_.lower() == "be":  # "had been due | on Thursday": the day hung on "been"
                return any(c.dep_ == "acomp" and c.lemma_.lower() in SCHEDULED for c in children_of(word))
            return word.lemma_.lower() in SCHEDULED
    return False


# days ahead of the news within which a day of the calendar a plan was due on, told in the past
# ("had been due to meet B on March 28", told on March 4), is the one to come: news of a plan put
# off or called off comes in the weeks before it; one further ahead is the last one
PLAN_CALLED_OFF_AHEAD = 60


def _another_date_told(sentence: Span, first: Span, phrase: str) -> bool:
    """Whether a sentence tells a date other than ``phrase``, whose first words are ``first`` ("In
    March, a summit set for March 12 was called off"), which sets the time the plan's day is read in."""
    return any(
        e.label_ == "DATE" and (e.start < first.start or e.text not in phrase) and not _told_aside(e, first)
        for e in entities(sentence)
    )


def _told_aside(ent: Span, other: Span) -> bool:
    """Whether a date is told in a relative clause that does not hold ``other`` ("Hun Sen, whose
    country holds the chair this year, had been due to ... on March 28": "this year" the chair's)."""
    return any(
        a.dep_ == "relcl" and not (a.left_edge.i <= other.start and other.end - 1 <= a.right_edge.i)
        for a in ancestors_of(ent.root)
    )


def _planned_for(ent: Span) -> bool:
    """Whether a day is the day of a plan: it hangs on the word of the plan (:func:`_set_by_a_plan`)
    or on the verb that plan is for ("had been due to lead the leaders at the summit on March 28",
    "was scheduled to meet B on 4 May"); not one whose sentence denies in the past that it happened."""
    if _set_by_a_plan(ent):
        return True
    verb = verb_above(ent.root)
    if verb is None or verb.dep_ != "xcomp" or not _set_by_a_plan_word(verb.head):
        return False
    root = ent.sent.root
    return not (root.tag_ == "VBD" and any(c.lower_ == "never" or c.dep_ == "neg" for c in children_of(root)))


def _set_by_a_plan_word(word: Token) -> bool:
    """Whether a word is that of a plan: "due", "scheduled", "set", or "been" with "due" after it."""
    if word.lemma_.lower() == "be":
        return any(c.dep_ == "acomp" and c.lemma_.lower() in SCHEDULED for c in children_of(word))
    return word.lemma_.lower() in SCHEDULED


def _a_day_of_the_calendar(phrase: str) -> bool:
    """Whether a phrase names a day (or days) of a month and no year: "March 28 and 29", "on 4 May"."""
    if re.search(r"\b\d{4}\b|\b(?:last|ago|earlier|previous)\b", phrase, re.IGNORECASE):
        return False
    return _CALENDAR_DAY.search(phrase) is not None and not dates.weekday_with_its_day(phrase)


# verbs of going and meeting that news tells in the present simple for what is scheduled ("On
# Tuesday, Aoun heads to Cairo"): a trip's, a meeting's, a visit's
SCHEDULED_VERBS = TRIP_VERBS | frozenset("leave depart visit meet host receive hold attend".split())


def _told_as_scheduled(ent: Span) -> bool:
    """Whether a day hangs on a verb of going or meeting in the present simple, in a sentence of
    the body (ending with a full stop, not a headline's "Xi meets Putin"): news tells a scheduled
    event so ("On Tuesday, the president heads to Cairo", "travels to Rome on Friday"), so its
    weekday is the next of that name, or today. Not a verb with an auxiliary ("has met", "is
    heading"), nor one of a relative clause ("Lee, who on Monday heads the delegation")."""
    verb = verb_above(ent.root)
    ending = [t for t in span_tokens(ent.sent) if not t.is_space]
    return (
        verb is not None
        and verb.tag_ in {"VBZ", "VBP"}
        and verb.lemma_.lower() in SCHEDULED_VERBS
        and verb.dep_ != "relcl"
        and not any(c.dep_ in {"aux", "auxpass"} for c in children_of(verb))
        and bool(ending)
        and ending[-1].text == "."
    )


def _of_the_month_before(ent: Span, published: date | None) -> DateSpan | None:
    """A day told alone ("on the 13th") after a month named earlier in its sentence ("traveled to
    Russia last September and met Putin on the 13th"): that day of that month, not the latest
    13th before publication."""
    if not _day_alone(ent.text):
        return None
    sentence = ent.sent
    opening = dateline_end(sentence)
    months = [
        span
        for e in entities(sentence)
        if e.label_ == "DATE" and opening <= e.start_char and e.end <= ent.start
        if (span := dates.resolve(e.text, published)) is not None and span.precision == "month"
    ]
    return dates.day_of_the_month(ent.text, months[-1]) if months else None


# the verbs a relative clause tells the last day of a stay with: "the visit, which runs until
# Sunday", "his stay, which lasts through Friday", "the trip, which ends on Saturday"
LASTING_VERBS = frozenset("run last continue end conclude wrap".split())
STAYS = frozenset("visit trip stay tour".split())
# gatherings told as running some days ("the three-day summit, which runs until Thursday")
RUNNING = STAYS | frozenset(
    "summit conference forum dialogue talks meeting session gathering assembly".split()
)


def _end_of_a_stay(ent: Span, lasting: frozenset[str] = STAYS) -> bool:
    """A date told as the last day of a stay in a relative clause on it ("during the visit, which
    runs until Sunday"; with no preposition, "the tour, which ends tomorrow"): not the day of a
    meeting held during the stay, but its end. With ``lasting`` as ``RUNNING``, of a gathering
    too ("the three-day summit, which runs until Thursday"), up to which a plan there is read
    (:func:`_through_a_stay`); a date asked of itself stays its own day."""
    preposition = ent.root.head
    if ent.root.dep_ == "npadvmod" and preposition.lemma_.lower() in {"end", "conclude", "wrap"}:
        # "the two-day visit, which ends tomorrow": the day the stay ends, told bare
        return preposition.dep_ == "relcl" and preposition.head.lemma_.lower() in lasting
    if ent.root.dep_ != "pobj" or preposition.dep_ != "prep":
        return False
    verb = preposition.head
    ending = preposition.lower_ in {"until", "till", "through", "to"} or (
        preposition.lower_ == "on" and verb.lemma_.lower() in {"end", "conclude"}
    )
    return (
        ending
        and verb.lemma_.lower() in LASTING_VERBS
        and verb.dep_ == "relcl"
        and (verb.head.lemma_.lower() in lasting or verb.head.lower_ in lasting)
    )


def _through_a_stay(sentence: Span, clause: set[int], published: date | None) -> DateSpan | None:
    """A plan with no day of its own during a stay or gathering whose last day is told: the days
    from publication to then ("will also meet Zhao during the visit, which runs until Sunday"),
    or the days it lasts up to then where it tells how many ("was due to be hosted at the
    three-day summit that runs until Thursday": Tuesday to Thursday)."""
    ends = [
        e
        for e in entities(sentence)
        if e.label_ == "DATE"
        and _end_of_a_stay(e, RUNNING)
        and (in_clause(e, clause) or _what_runs(e).i in clause)  # "at the summit, which runs until"
    ]
    last = _date_of(sentence, _words(ends[0]), published, future=True, own=False) if ends else None
    if published is None or last is None or last.end is None or last.end < published:
        return None
    if (count := _days_told_on(_what_runs(ends[0]))) is not None:
        start = last.end - timedelta(days=count - 1)
        return DateSpan(start=start, end=last.end, precision="days", phrase=ends[0].text)
    return DateSpan(start=published, end=last.end, precision="days", phrase=ends[0].text)


def _what_runs(ent: Span) -> Token:
    """The stay or gathering whose last day a date is told as (:func:`_end_of_a_stay`): "summit"
    in "the summit, which runs until Thursday", "tour" in "the tour, which ends tomorrow"."""
    verb = ent.root.head.head if ent.root.dep_ == "pobj" else ent.root.head
    return verb.head


def _days_told_on(noun: Token) -> int | None:
    """How many days a noun is told as lasting: 3 for "the three-day summit"; None if none told."""
    for day in children_of(noun):
        if day.lower_ != "day" or day.dep_ not in {"compound", "amod", "nmod"}:
            continue
        for count in children_of(day):
            if count.lower_ in dates.NUMBER_WORDS and count.lower_ not in {"a", "an"}:
                return dates.NUMBER_WORDS[count.lower_]
            if count.is_digit and 1 < int(count.text) <= 7:
                return int(count.text)
    return None


def _words(span: Span) -> set[int]:
    """The indices of a span's tokens, as a clause of its own."""
    return set(range(span.start, span.end))


_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")


def _a_clock_time(ent: Span) -> Span:
    """A time of day at which something happened that the tagger calls a number ("was received
    at 11:18 local time"): a time, which dates what the clause tells to the day of the news."""
    if ent.label_ != "CARDINAL" or not _CLOCK.fullmatch(ent.text) or ent.start == 0:
        return ent
    return Span(ent.doc, ent.start, ent.end, label="TIME") if ent.doc[ent.start - 1].lower_ == "at" else ent


_TO_THE_LAST = frozenset({"to", "through", "until", "-", "–"})
_MONTH_AND_DAY = re.compile(rf"(?i:{'|'.join(dates.MONTHS)})\.?\s+\d{{1,2}}")


# verbs that move a meeting in time: what it is moved "from" and "to" are two days, no span
MOVED_IN_TIME = frozenset("move shift postpone push bring reschedule delay defer change".split())


def _the_day_moved_from(ent: Span) -> bool:
    """Whether a date is the one a meeting was moved from ("the talks were postponed from
    Thursday to Saturday"): the day it is no longer held on, which begins no span."""
    preposition = ent.root.head
    return (
        ent.root.dep_ == "pobj"
        and preposition.lower_ == "from"
        and preposition.head.pos_ in {"VERB", "AUX"}
        and preposition.head.lemma_.lower() in MOVED_IN_TIME
    )


def _with_its_last_day(ent: Span) -> Span:
    """A month's day the tagger tells apart from the last day of the span it begins, which it
    leaves out as a number ("from Oct. 12 | to | 14"): the whole span, "Oct. 12 to 14"; and a
    weekday that begins a span whose last weekday it leaves untagged or tags apart ("from
    Thursday | to | Saturday", "from Monday | until | Wednesday"): "Thursday to Saturday"."""
    doc = ent.doc
    if ent.label_ != "DATE" or ent.end + 1 >= len(doc):
        return ent
    to, last = doc[ent.end], doc[ent.end + 1]
    if ent.text.lower() in dates.WEEKDAYS:
        if _the_day_moved_from(ent):
            return ent  # "postponed from Thursday to Saturday": two days, no span
        if (
            to.lower_ in _TO_THE_LAST | {"till"}
            and last.lower_ in dates.WEEKDAYS
            and last.ent_type_ in {"", "DATE"}
        ):
            return Span(doc, ent.start, ent.end + 2, label="DATE")
        return ent
    if not _MONTH_AND_DAY.fullmatch(ent.text):
        return ent
    if to.lower_ not in _TO_THE_LAST or not last.is_digit or not int(ent[-1].text) < int(last.text) <= 31:
        return ent
    return Span(doc, ent.start, ent.end + 2, label="DATE")


_ORDINAL_DAY = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)", re.IGNORECASE)


def _with_its_day_of_the_month(ent: Span) -> Span:
    """A weekday the tagger tells apart from the day of the month written after it, in brackets
    or as an ordinal after a comma ("on Monday | (4)", "this Sunday | , 26th"): the whole, which
    names the one day that is both; not a count after a comma ("on Monday, 12 were hurt")."""
    doc = ent.doc
    if ent.label_ != "DATE" or ent[-1].lower_ not in dates.WEEKDAYS or ent.end + 1 >= len(doc):
        return ent
    first, second = doc[ent.end], doc[ent.end + 1]
    if first.text == "," and _ORDINAL_DAY.fullmatch(second.text):
        return Span(doc, ent.start, ent.end + 2, label="DATE")
    bracketed = ent.end + 2 < len(doc) and doc[ent.end + 2].text == ")"
    if first.text == "(" and bracketed and second.is_digit and 1 <= int(second.text) <= 31:
        return Span(doc, ent.start, ent.end + 3, label="DATE")
    return ent


def _date_parts(ent: Span) -> list[Span]:
    """The dates of an entity the tagger ran on past a comma into another phrase of time ("on
    July 9, days after the runoff": "July 9" and "days"); a date whose year, month or weekday
    follows the comma ("May 8, 2024", "Wednesday, May 8") stays whole."""
    for token in ent[:-1]:
        after = ent.doc[token.i + 1]
        if token.text == "," and after.is_alpha and not dates.names_a_day(after.text):
            first = Span(ent.doc, ent.start, token.i, label=ent.label_)
            return [first, *_date_parts(Span(ent.doc, token.i + 1, ent.end, label=ent.label_))]
    return [ent]


def _after_the_day_told(
    ent: Span,
    published: date | None,
    *,
    future: bool,
    depth: int = 0,
    counted: str | None = None,
    told_as: str | None = None,
    gathering: bool = False,
    reach: int | None = None,
) -> DateSpan | None:
    """A day told relative to the day the text told last before it ("met Ruto on Saturday ...
    also held talks the same day with Mohamud"; "the next day", "two days later"). The day told
    is the last date before it, within a paragraph or so, that names one day: not a wire
    dateline's, one things have lasted "since", a year, or the day someone said something ("the
    AU said on Sunday"), nor, for a meeting held, the day of a plan ("the summit will be held on
    Friday"). None where it is relative to an event ("the day before the summit opened").
    ``counted`` is the phrase ``ent`` counts as where it is no phrase of time ("separately": "the
    same day"); ``told_as`` the whole phrase where the tagger cut it short ("Later in | the day").
    A date told in a sentence of background ("Their previous talks were in May") counts for no
    sentence of the news but one counting days on from it ("They last met on August 15. Trump
    then hosted Zelensky three days later"); a span of days ("a visit from June 19 to 20") counts
    for "the same day" only through a day told before it inside it ("on June 20, during a visit
    from June 19 to 20"). With ``gathering`` (the day of "the summit" told before: "at the summit",
    "the summit venue") the day of someone's journey to it is not its day: a leader flies in the
    day before ("Sheinbaum, who flew to Brazil on Sunday, was welcomed at the summit venue", the
    summit told "on Monday" before), nor that of an aside on someone ("Albanese, who was sworn in
    on Monday, ..."). ``reach`` is how far back (in characters) the day told may
    stand: ``ANCHOR_REACH`` unless given."""
    if published is None or depth > 3:
        return None
    doc = ent.doc
    phrase = counted or told_as or ent.text
    end = ent.end + (1 if told_as and _adverb_after(ent) and told_as.endswith(doc[ent.end].text) else 0)
    following = doc[end] if end < len(doc) else None
    if phrase.lower().endswith(("before", "after")) and following is not None and not following.is_punct:
        return None  # "the day before the summit opened"
    if (earlier := _earlier_part_of_the_day(ent, phrase)) is not None:
        day = _after_the_day_told(earlier, published, future=future, depth=depth + 1)
        if day is not None and day.start is not None and day.precision == "day":
            return dates.relative_day(phrase, day.start)  # "In the morning, ... In the afternoon"
    starts, ents = doc_entities(doc)
    fits = dates.counts_from(phrase)
    spanned: tuple[date, date] | None = None  # "a visit from June 19 to 20": the day told inside it
    for other in reversed(ents[: bisect_left(starts, ent.start)]):
        if not _names_a_date(other) or other.end > ent.start:
            continue
        if ent.start_char - other.end_char > (reach or ANCHOR_REACH):
            return None
        if (
            other.start_char < dateline_end(other.sent)
            # a month something has lasted since is still a month gone by, which "that same
            # month" counts from ("in exile since September, when he left. Sanchez received him
            # that same month": September); a day "since" is not the day the story goes on with
            or (_since(other) and not _counts_a_month(fits))
            or (_an_attributions_day(other, published) and not _counted_from_the_saying(other, ent, phrase))
            or _days_event(other)
            # "support for the November agreement. He also met B the same day"; not "on Monday afternoon"
            or dates_a_thing(other)
        ):
            continue
        if in_quotation(other[0]) and not in_quotation(ent[0]):
            continue  # '"Today we have decided ...," she said. In the evening, ...': the speaker's day
        if _a_journeys_day(other) and not dates.moves_on(phrase):
            if _talks_told_between(other, ent):
                continue  # "B arrived late Wednesday. The two held talks. Later in the afternoon": the talks
            if other.sent != ent.sent and (_an_aside_on_someone(other) or _told_as_past(other)):
                # "Modi, who arrived on Wednesday, was welcomed ... Later in the day": the backstory of
                # a journey, told in an aside or the past perfect ("had landed late on Sunday"), is not
                # the day the story goes on with
                continue
        if in_the_place_left(other.root) and not in_the_place_left(ent.root):
            # "arrived on Friday from Bogota, where he began his tour on Wednesday. He then met": Friday
            continue
        if gathering and (_a_journeys_day(other) or _an_aside_on_someone(other)):
            # "who flew to Brazil on Sunday, was welcomed at the summit venue", "Albanese, who was
            # sworn in on Monday, ...": not the summit's day
            continue
        if counted and (
            is_background(span_text(other.sent)) or _told_as_past(other) or _of_another_event(other)
        ):
            continue  # "had agreed when they met at the summit held on March 2. A met B separately"
        if (
            other.sent != ent.sent
            and is_background(span_text(other.sent))
            and not is_background(span_text(ent.sent))
            and not dates.moves_on(phrase)  # "They last met on August 15. Three days later, ...": from it
        ):
            continue  # "Their previous talks were in May 2023. The same day, ...": the day of the news
        if dates.a_part_of_the_day(phrase) and (
            not _of_someone_told(other.sent, ent.sent) or _an_events_day(other)
        ):
            continue  # "Late on Monday Netanyahu convened his cabinet. In the afternoon Macron met Abbas"
        whole = other.text if dates.anchored(other.text) else _cut_short(other)
        if whole is not None:  # "Earlier in | the day, A met B. In the afternoon, ...": that day
            told_whole = None if whole == other.text else whole
            day = _after_the_day_told(other, published, future=future, depth=depth + 1, told_as=told_whole)
            if day is None or day.start is None or day.precision not in fits:
                return None
            return dates.relative_day(phrase, day.start)
        told = dates.resolve(other.text, published)
        if told is None or told.start is None or told.end is None or told.precision == "year":
            continue
        to_come = (
            dates.resolve(other.text, published, context=span_text(other.sent)) is None
            or _of_a_plan(other)
            # "was to hold talks on March 3 and call on B the following day": the plan's own day
            or (future and other.sent == ent.sent)
        )
        if to_come and not future:
            continue  # a meeting held is not dated by a plan's day
        if not future and told.start > published:
            continue  # "invited him to a summit in March next year. The same day, ...": no day held
        if told.precision == "days" and "days" not in fits and spanned is None:
            spanned = (
                told.start,
                told.end,
            )  # "on June 20, during a visit from June 19 to 20. The same day": June 20
            continue
        if told.precision not in fits:
            if OF_THE_REPORT.search(phrase):
                continue  # "last September ... Earlier in the day": the day the report tells
            return None  # "in March ... the next day": no day to count from
        if spanned is not None and not spanned[0] <= told.start <= told.end <= spanned[1]:
            return None
        if to_come and _passed_plan(told, other.text, published):
            told = _next_occurrence(told, other.text)
        assert told.start is not None
        return dates.relative_day(phrase, told.start)
    return None


def _counts_a_month(fits: frozenset[str]) -> bool:
    """Whether a phrase counts in months from a date told before ("later that month", "the
    same month"), not in days or weeks."""
    return "month" in fits


ANCHOR_REACH = 1200  # characters: a few paragraphs
# characters: a time of the clock alone ("arrived shortly after midday", "at 4.30 pm") names no day
# at all, so a reader carries the story's day to it from further back than a word that counts
# from a day ("the same day", "two days later"): past quotes and figures, to the lead's day
CLOCK_TIME_REACH = 2 * ANCHOR_REACH
# the verbs of a journey, whose day is the traveller's, not that of the gathering they go to
JOURNEY_VERBS = frozenset("fly travel arrive land depart leave head".split())


def _a_journeys_day(ent: Span) -> bool:
    """Whether a date is told on a verb of a journey ("flew to Brazil on Sunday", "arrived on
    Monday night"): the first verb above it is one of going or arriving."""
    return _verb_of_the_date(ent).lemma_.lower() in JOURNEY_VERBS


def _verb_of_the_date(ent: Span) -> Token:
    """The verb a date is told on: the first above it, or that of the "who" clause on the person
    the parser hangs it on, where it ends that clause ("Xi, who arrived at the airport last night
    for a state visit, was given ...": "last night" is the arrival's)."""
    root = ent.root
    if root.dep_ == "npadvmod" and root.head.pos_ in {"PROPN", "NOUN"}:
        aside = [
            c
            for c in children_of(root.head)
            if c.dep_ == "relcl" and c.i < ent.start and any(g.lower_ == "who" for g in children_of(c))
        ]
        if aside:
            return aside[-1]
    verb = root
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _an_aside_on_someone(ent: Span) -> bool:
    """Whether a date is told in a relative clause on someone, an aside on that person's own
    doings ("Albanese, who was sworn in on Monday, ...", "Lula, who took office on January 1,
    ..."): the first verb above it is one whose subject is "who"."""
    verb = _verb_of_the_date(ent)
    return verb.dep_ == "relcl" and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ == "who" for c in children_of(verb)
    )


def _talks_told_between(earlier: Span, ent: Span) -> bool:
    """Whether a sentence between a date's and a phrase's tells talks held, as its main act and
    with no time of its own ("The two held talks at the National Assembly", "They met for an
    hour"): the story has moved on from the journey the date was told of to those talks, whose
    day the phrase goes on with. Not talks told "later that day" (of the journey's day)."""
    doc = ent.doc
    for token in doc[earlier.sent.end : ent.sent.start]:
        if not is_trigger(token) or token.pos_ not in {"VERB", "NOUN"}:
            continue
        if _a_time_of_its_own(token.sent):
            continue
        verb = token if token.pos_ == "VERB" else token.head
        if verb.dep_ != "ROOT" or verb.tag_ not in {"VBD", "VBN"}:
            continue
        if token.pos_ == "VERB" or token.dep_ in {"dobj", "nsubj", "nsubjpass"}:
            return True
    return False


# a time told relative to the story's, which the tagger may leave out: "Later that day", "Earlier"
_TOLD_IN_ORDER = re.compile(
    r"\b(?:later|earlier|that (?:day|morning|afternoon|evening|night)|the same day)\b"
)


def _a_time_of_its_own(sentence: Span) -> bool:
    """Whether a sentence tells a time: a date, a time of the clock or of the day ("at 11am",
    "that evening"), or a word that puts it in the story's order ("Later that day"); not a
    length of time ("for an hour")."""
    return any(
        e.label_ == "DATE"
        or (
            e.label_ == "TIME"
            and (dates.names_a_day(e.text) or dates.anchored(e.text) or dates.a_clock_time(e.text))
        )
        for e in entities(sentence)
    ) or bool(_TOLD_IN_ORDER.search(span_text(sentence).lower()))


def _of_someone_told(earlier: Span, sentence: Span) -> bool:
    """Whether an earlier sentence names someone the sentence names (by the last word of the
    name: "Emmanuel Macron", "Macron"): a part of the day alone ("In the evening, ...") goes on
    with the day of that person's story, not of another's told in between. A sentence that names
    no one ("In the afternoon, he held a series of bilateral meetings") goes on with the story
    told before it, whose person its "he" is."""

    def named(one: Span, other: Span) -> bool:
        words = {t.lower_ for t in other if t.pos_ == "PROPN"}
        return any(e[-1].lower_ in words for e in entities(one) if e.label_ == "PERSON") or any(
            t.lower_ in words for t in one if t.dep_ == "nsubj" and t.pos_ == "PROPN" and not t.ent_type_
        )  # "On Wednesday, Ruto met B. In the evening, Ruto hosted C": a subject the tagger left unnamed

    def no_one_named(one: Span) -> bool:
        return not any(e.label_ == "PERSON" for e in entities(one))

    return (
        named(earlier, sentence)
        or named(sentence, earlier)
        or no_one_named(sentence)
        or _subject_told_before(sentence)
    )


def _subject_told_before(sentence: Span) -> bool:
    """Whether a sentence's subject is someone told before it, by a pronoun or by a title or an
    office with "the" ("In the afternoon, the President also met with Premier Li", "In the
    evening, the Chilean leader hosted ...", "he met ..."): the story of that person goes on,
    whoever else the sentence names."""
    root = sentence.root
    subjects = [c for c in children_of(root) if c.dep_ in {"nsubj", "nsubjpass"}]
    if len(subjects) != 1:
        return False
    subject = subjects[0]
    if subject.pos_ == "PRON":
        return subject.lower_ in {"he", "she", "they"}
    return (
        (title_word(subject) or find_role(subject.lemma_) is not None)
        and told_with_the(subject)
        and not any(c.dep_ in {"prep", "appos"} or c.ent_type_ == "PERSON" for c in children_of(subject))
    )  # "the prime minister", not "the President Ruto" nor "the president of the council"


def _earlier_part_of_the_day(ent: Span, phrase: str) -> Span | None:
    """The part of the day alone told last before a later one of the same people's story ("In
    the morning, Ruto met Museveni ... In the afternoon, Ruto hosted Hassan"): the day goes on from
    it, whatever dates of other days the text tells in between. None where the last one told is
    not earlier in the day ("In the evening, ... In the afternoon": another day's), or where a
    sentence opening on a date comes in between ("On Tuesday, ...": the story moved on)."""
    part = dates.part_of_the_day(phrase)
    if part is None:
        return None
    doc = ent.doc
    for token in reversed(doc[: ent.start]):
        if ent.start_char - token.idx > ANCHOR_REACH or (
            token.ent_type_ == "DATE" and token.i - token.sent.start < 3
        ):
            return None
        if token.lower_ not in dates.PARTS_OF_THE_DAY or token.dep_ != "pobj" or token.head.i >= token.i:
            continue
        told = doc[token.head.i : token.i + 1]
        earlier = dates.part_of_the_day(told.text)
        if earlier is None:
            continue
        return told if earlier < part and _of_someone_told(told.sent, ent.sent) else None
    return None


OF_THE_REPORT = re.compile(r"\bin the (?:day|morning|afternoon|evening)\b", re.IGNORECASE)


def _of_a_plan(ent: Span) -> bool:
    """Whether a date hangs on a plan ("On Wednesday he is scheduled to visit Tapa", "will meet
    on Friday"), even where the plan's words come after it."""
    return any(
        a.lemma_.lower() in PLAN_VERBS
        or any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in children_of(a))
        for a in ancestors_of(ent.root)
        if a.pos_ in {"VERB", "AUX"}
    )


FUTURE_AUX = frozenset("will shall 'll".split())


def _told_as_past(ent: Span) -> bool:
    """Whether a date hangs on a verb in the past perfect ("had agreed ... when they met at the
    summit held on March 2"): the past of the article's news."""
    return any(c.dep_ == "aux" and c.lower_ == "had" for a in ancestors_of(ent.root) for c in children_of(a))


def _told_as_not_held(ent: Span) -> bool:
    """Whether a date hangs on a verb denied in the past ("did not go ahead on Tuesday", "did not
    take place on Monday", "didn't happen on Sunday"): the day a meeting called off was due, gone,
    not the next of that name."""
    for verb in ancestors_of(ent.root):
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        children = list(children_of(verb))
        return any(c.dep_ == "neg" for c in children) and any(c.lower_ == "did" for c in children)
    return False


def _a_day_gone_by(ent: Span, span: DateSpan, published: date) -> bool:
    """Whether a plan's weekday is the last of that name, not the next: where the plan is told as
    not held ("did not go ahead on Tuesday"), or as called off by then, or in the past perfect ("had
    been due to meet B on Tuesday"), and the day is at most three days before publication ("A
    summit in Nairobi on Sunday ... was called off", told on Monday: the Sunday gone; told on
    Thursday, the Sunday to come)."""
    assert span.end is not None
    if span.precision == "month" and _called_off_since(ent):
        return True  # "In May, a meeting scheduled at the G7 fell through": the May gone
    return (
        _told_as_not_held(ent)
        or (
            (_told_as_called_off(ent) or _planned_in_the_past_perfect(ent))
            and (published - span.end).days <= 3
        )
        or _a_past_plans_day_far_ahead(ent, span, published)
    )


def _a_past_plans_day_far_ahead(ent: Span, span: DateSpan, published: date) -> bool:
    """Whether a day of the calendar a plan was set for, told in the past tense ("His visit was
    originally set for April 27 but was put off", "the talks were scheduled for 4 May"; "a planned
    visit on March 3 was cancelled"), is the last such day: one whose next would lie more than
    :data:`PLAN_CALLED_OFF_AHEAD` days ahead and further ahead than the last lies behind. News of
    a plan put off comes in the weeks before its day, not most of a year ahead ("was scheduled for
    March 28", told on March 4, is the one to come)."""
    if not (_a_day_of_the_calendar(ent.text) and _plan_told_in_the_past(ent)):
        return False
    if not (_planned_for(ent) or _told_as_called_off(ent)):
        return False
    assert span.end is not None
    ahead = _next_occurrence(span, ent.text)
    if ahead.start is None:
        return False
    days_ahead = (ahead.start - published).days
    return days_ahead > PLAN_CALLED_OFF_AHEAD and days_ahead > (published - span.end).days


def _plan_told_in_the_past(ent: Span) -> bool:
    """Whether the verb a date hangs on, or the one its plan is the complement of, is told in the
    simple past: "was set for", "were scheduled for", "was cancelled"; not "is set for", "has been
    postponed", "will be held on"."""
    verb = verb_above(ent.root)
    while verb is not None and verb.dep_ in {"xcomp", "acomp"} and verb.head != verb:
        verb = verb.head
    return verb is not None and (
        verb.tag_ == "VBD" or any(c.dep_ in AUXILIARIES and c.tag_ == "VBD" for c in children_of(verb))
    )


def _planned_in_the_past_perfect(ent: Span) -> bool:
    """Whether a day is that of a plan told in the past perfect ("Trump, who had been due to sit
    down with Sheinbaum on Tuesday, cut short his stay"): a plan the news has overtaken, whose day
    is behind as much as ahead."""
    if not _planned_for(ent):
        return False
    verb = verb_above(ent.root)
    while verb is not None and verb.dep_ in {"xcomp", "acomp"} and verb.head != verb:
        verb = verb.head
    return verb is not None and any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in children_of(verb))


AUXILIARIES = frozenset({"aux", "auxpass"})


def _called_off_since(ent: Span) -> bool:
    """Whether a date is told of a plan its sentence says was called off, in the past, on any
    verb above it ("A meeting planned for June was called off", "In May, a meeting scheduled at
    the summit fell through"); not one to be ("will be postponed"), nor one denied, nor one put
    off ("postponed his trip, which was scheduled for April": the April to come)."""
    return any(
        calls_off(verb)
        and verb.lemma_.lower() not in PUT_OFF
        and not any(c.dep_ == "neg" for c in children_of(verb))
        and (verb.tag_ == "VBD" or any(c.dep_ in AUXILIARIES and c.tag_ == "VBD" for c in children_of(verb)))
        for verb in ancestors_of(ent.root)
        if verb.pos_ in {"VERB", "AUX"}
    )


# a plan put off is put off before its time: "postponed his trip, which was scheduled for April",
# told in March, is the April to come
PUT_OFF = frozenset("postpone delay defer".split())


def _told_as_called_off(ent: Span) -> bool:
    """Whether a date hangs on the words of a meeting told as called off in the past, on its verb
    or one joined to it ("A summit on Sunday, to have been hosted by Kenya, was called off", "the
    talks on Friday were postponed"); not one to be ("will be postponed")."""
    verb = verb_above(ent.root)
    if verb is None:
        return False
    joined = [
        verb,
        *(c for c in children_of(verb) if c.dep_ == "conj"),
        *([verb.head] if verb.dep_ == "conj" else []),
    ]
    return any(
        calls_off(v)
        and not any(c.dep_ == "neg" for c in children_of(v))
        and any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBD", "VBZ", "VBP"} for c in children_of(v))
        for v in joined
    )


def _names_a_date(ent: Span) -> bool:
    """Whether an entity tells a date a later "that evening" can count from: a date, or a time
    given with its day ("landed on Thursday afternoon") or told of the day of the news ("received
    B this evening. Following the reception, ..."); not a time of day alone ("at 5 pm")."""
    return ent.label_ == "DATE" or (
        ent.label_ == "TIME" and (dates.names_a_day(ent.text) or dates.of_today(ent.text))
    )


# of the verbs of saying, those that make a decision public, an act of the story on its day
ANNOUNCING = frozenset({"announce"})


def _days_event(ent: Span) -> bool:
    """A day told as that of an event other than a meeting, in the possessive ("his victory in
    Sunday's runoff", "after Tuesday's attack"): that event's day, not one the news is told on."""
    root = ent.root
    return (
        root.dep_ == "poss"
        and root.head.pos_ in {"NOUN", "PROPN"}
        and root.head.lemma_.lower() not in MEETING_NOUNS | LINKED_NOUNS
    )


def _an_attributions_day(ent: Span, published: date) -> bool:
    """The day a source said something ("the AU said in a statement on Sunday", "Erdogan said
    on Wednesday that the two could settle any issue"), or announced what its sentence tells of
    another day, month or week ("A met B in Kigali on Saturday, the presidency announced on
    Sunday"): the news is of another day, and a later "the same day" does not count from it. An
    announcement whose sentence tells no other day (a year of the past is none: "which cut ties in
    2016, announced on March 10 that they would restore them") is itself the act told, a decision
    made public, and a later "that day" is its day."""
    if not _said_on(ent):
        return False
    verb = verb_above(ent.root)
    if verb is None or verb.lemma_.lower() not in ANNOUNCING:
        return True
    for other in entities(ent.sent):
        if other.label_ != "DATE" or other.start == ent.start or dates.a_length_of_time(other.text):
            continue  # "announced last night at the end of a day-long meeting": a length, no other day
        span = dates.resolve(other.text, published)
        if span is None or span.precision != "year":
            return True
    return False


def _counted_from_the_saying(said: Span, ent: Span, phrase: str) -> bool:
    """Whether a count of days told in what someone said counts from the day they said it, told
    before it in the sentence: "A said on Thursday that he had met B two days earlier" (Tuesday),
    "she said on Friday she had spoken to B a day earlier" (Thursday)."""
    verb = verb_above(said.root)
    return (
        verb is not None
        and said.sent == ent.sent
        and said.end <= ent.start
        and dates.moves_on(phrase)
        and verb in ancestors_of(ent.root)
    )


def _said_on(ent: Span) -> bool:
    """The day someone said something ("the AU said in a statement on Sunday"): not the day of
    what was said."""
    verb = verb_above(ent.root)
    return verb is not None and verb.lemma_.lower() in SAYING


SPEECH_VERBS = SAYING | frozenset("write tweet post".split())
# whom one speaks to when speaking is saying, not meeting: "speaking to reporters on Saturday"
AUDIENCES = frozenset("reporter journalist media press parliament lawmaker audience crowd nation".split())
QUOTES = re.compile(r"[\"“”]")


def _speech_day(ent: Span, published: date | None) -> date | None:
    """The day of the speech a phrase of time is told in, where the verb of saying tells its own
    day: '"This morning I had a call with Macron," Scholz said on Friday' (Friday morning);
    'Modi said on Monday that he had spoken with Dissanayake earlier in the day' (Monday);
    '"Last week I hosted Scholz," Tusk wrote on Saturday' (the week before that Saturday). None
    where the phrase is in no speech, or its saying has no day of its own: the words then count
    from publication, as the news does."""
    if published is None:
        return None
    speech = _speech_of(ent)
    if speech is None:
        return None
    verb, inside = speech
    for other in entities(ent.sent):
        if other.label_ != "DATE" or other.start in inside or other == ent:
            continue
        if (above := verb_above(other.root)) is None or above.i != verb.i:
            continue
        said = dates.resolve(other.text, published, context=span_text(other.sent))
        if (
            said is not None
            and said.precision == "day"
            and said.start is not None
            and said.start <= published
        ):
            return said.start
    return None


def _speech_of(ent: Span) -> tuple[Token, set[int]] | None:
    """The verb of saying a phrase is told under, and the words of what was said: the quotation
    holding it, or the clause a verb of saying takes ("said that ...")."""
    sentence = ent.sent
    text = span_text(sentence)
    marks = [m.start() + sentence.start_char for m in QUOTES.finditer(text)]
    for opening, closing in zip(marks[::2], marks[1::2], strict=False):
        if opening < ent.start_char < closing:
            inside = {t.i for t in span_tokens(sentence) if opening < t.idx < closing}
            verb = next(
                (t for t in span_tokens(sentence) if t.i not in inside and _a_verb_of_saying(t)), None
            )
            return (verb, inside) if verb is not None else None
    for token in [ent.root, *ancestors_of(ent.root)]:
        if token.dep_ == "ccomp" and _a_verb_of_saying(token.head):
            return token.head, {t.i for t in subtree_of(token)}
    return None


def _a_verb_of_saying(token: Token) -> bool:
    """A verb of saying ("said", "wrote"), or of speaking to an audience ("speaking to reporters")."""
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = token.lemma_.lower()
    if lemma in SPEECH_VERBS:
        return True
    return lemma in {"speak", "talk"} and any(
        c.lower_ == "to" and any(g.lemma_.lower() in AUDIENCES for g in children_of(c))
        for c in children_of(token)
    )


def _same_year(sentence: Span, phrase: str) -> DateSpan | None:
    """ "The three leaders first met the same year": the year the text named last, in the
    sentence or the few before it."""
    at = span_text(sentence).find(phrase)
    end = sentence.start_char + max(at, 0)
    return dates.same_year(phrase, doc_text(sentence.doc)[max(0, end - SAME_YEAR_REACH) : end])


SAME_YEAR_REACH = 600  # characters: a paragraph or so


def _today(sentence: Span, clause: set[int], published: date | None) -> DateSpan | None:
    """ "Today Macron, Starmer and Merz co-chaired a meeting": "today" the tagger leaves out of its
    dates is the day of publication; so is a meeting told as going on as the story is written
    ("is currently meeting with B", "A and B are now holding talks", "the ongoing meeting")."""
    for token in clause_tokens(sentence, clause):
        if (
            token.lower_ in {"today", "tonight"}
            and token.dep_ not in {"nsubj", "dobj", "pobj"}  # not "until today"
        ):
            said = _speech_day(sentence.doc[token.i : token.i + 1], published)
            return dates.resolve(token.text, said or published)
        if published is not None and _going_on(token):
            return dates.resolve("today", published)
    return None


# the verbs of a sitting that lasts hours, not days: "is currently meeting", "are now holding talks"
SITTING_VERBS = frozenset("meet hold confer talk host receive discuss".split())
MEETINGS_WITHIN_A_DAY = MEETING_NOT_VISIT_NOUNS | {"session"}


def _going_on(token: Token) -> bool:
    """Whether a word tells a meeting as going on as the story is written: "currently" or "now"
    on a verb of meeting in the present progressive ("is currently meeting", "are now holding
    talks"), "ongoing" on a meeting word ("the ongoing meeting"); not "now" of a past or future
    verb ("has now met", "will now meet"), a stay that lasts days ("who is currently visiting
    Washington") nor a run of meetings ("an ongoing string of contacts")."""
    if token.lower_ == "ongoing":
        return token.dep_ == "amod" and token.head.lemma_.lower() in MEETINGS_WITHIN_A_DAY
    if token.lower_ not in {"currently", "now"} or token.dep_ != "advmod":
        return False
    verb = token.head
    return (
        verb.tag_ == "VBG"
        and verb.lemma_.lower() in SITTING_VERBS
        and verb.dep_ != "relcl"
        and any(c.dep_ == "aux" and c.lower_ in {"is", "are", "'s", "'re"} for c in children_of(verb))
    )


ANCHOR_NOUNS = frozenset("day morning afternoon evening night week month".split())


def _counted_on_untagged(sentence: Span, clause: set[int], day: DateSpan | None) -> DateSpan | None:
    """The day a phrase of the clause the tagger left out of its dates counts on from ``day``
    ("the following day", "two days later"), where ``day`` is one day; None for no such phrase."""
    if day is None or day.start is None or day.precision != "day":
        return None
    for token in clause_tokens(sentence, clause):
        if token.lemma_.lower() in ANCHOR_NOUNS and token.dep_ == "npadvmod" and not token.ent_type_:
            phrase = span_text(sentence.doc[token.left_edge.i : token.i + 1])
            if dates.moves_on(phrase):
                return dates.relative_day(phrase, day.start)
    return None


def _anchor_untagged(
    sentence: Span, words: set[int], published: date | None, future: bool
) -> DateSpan | None:
    """The day a phrase among ``words`` tells relative to the one before, where the tagger left
    it out of its dates ("that evening", "On the same day", "In the evening")."""
    for token in clause_tokens(sentence, words):
        if _the_days_course(token):  # "The day culminated in the ministerial meeting": the day told
            at = Span(sentence.doc, token.i - 1, token.i + 1)
            day = _after_the_day_told(at, published, future=future, counted="the same day")
            return day.model_copy(update={"phrase": at.text}) if day else None
        if token.lemma_.lower() in ANCHOR_NOUNS:
            start = min([token.left_edge.i, *(c.i for c in children_of(token) if c.dep_ == "advmod")])
            if token.dep_ == "pobj" and token.head.i == start - 1 and token.head.lower_ in {"in", "during"}:
                start = token.head.i  # "In | the evening"
            phrase = Span(sentence.doc, start, token.i + 1)
            if dates.anchored(phrase.text):
                return _after_the_day_told(phrase, published, future=future) or _this_part_of_the_day(
                    phrase, published, future
                )
    return None


# what a meeting or a day does at its bounds: "began", "opened", "ended", "wrapped up"
BOUNDS = frozenset("begin start open end close conclude finish wrap".split())
# the verbs a day runs its course by: "The day began with talks", "The day culminated in a summit"
DAY_COURSE = BOUNDS | {"culminate"}


def _the_days_course(token: Token) -> bool:
    """Whether a word is "the day" whose course its verb tells ("The day culminated in the
    ministerial meeting", "The day ended with a state banquet"): the day the story told last, as
    "that day" is; not "the day before", nor a day named otherwise ("Sunday began with talks")."""
    return (
        token.lower_ == "day"
        and token.dep_ == "nsubj"
        and [c.lower_ for c in children_of(token)] == ["the"]
        and token.head.lemma_.lower() in DAY_COURSE
    )


def _untagged_anchor(
    sentence: Span, clause: set[int], published: date | None, future: bool
) -> DateSpan | None:
    """A day told relative to the one before that the tagger left out of its dates ("was
    received by Scholz that evening"), counted as the tagged ones are; and the day of a meeting
    held that a report of a day tells in order ("Erdogan and al-Sudani later held a meeting",
    "The president then met Rashid", "Earlier, the president was received by", but not "Earlier
    on the trip"), or as held with or right after the one told before ("met
    separately with", "On the sidelines of the summit", "After the talks"): the day told last
    before it."""
    if (day := _anchor_untagged(sentence, clause, published, future)) is not None:
        return day
    for token in clause_tokens(sentence, clause):  # "Erdogan then met Rashid": the day told last
        if (
            not future
            and token.dep_ == "advmod"
            and dates.anchored(token.text)
            and token.head.pos_ in {"VERB", "AUX"}
            and not any(c.lower_ == "had" for c in children_of(token.head))  # "had later met": background
            and not (
                token.lower_ == "earlier" and any(children_of(token))
            )  # "Earlier on the trip": days before
        ):
            return _after_the_day_told(sentence.doc[token.i : token.i + 1], published, future=future)
    if any(
        e.label_ in {"DATE", "TIME"} and in_clause(e, clause) and not _hours_apart(e)
        for e in entities(sentence)
    ):
        return None
    for token in clause_tokens(sentence, clause):  # "In Berlin she first met Scholz": the day told last
        if not future and _first_step(token):
            at = sentence.doc[token.i : token.i + 1]
            day = _after_the_day_told(at, published, future=future, counted="the same day")
            return day.model_copy(update={"phrase": token.text}) if day else None
    above = {a.i for root in clause_roots(sentence, clause) for a in [root, *ancestors_of(root)]}
    for token in span_tokens(sentence):  # "Before sitting down with the premier, A is due to see B"
        if not (_beside_a_meeting(token) or _before_leaving(token)):
            continue  # most words: their children not read
        own = any(c.i in clause for c in children_of(token) if c.dep_ == "pcomp")  # "meeting Xi" itself
        if token.head.i in clause or (token.head.i in above and not own):
            at = sentence.doc[token.i : token.i + 1]
            day = _after_the_day_told(at, published, future=future, counted="the same day")
            return day.model_copy(update={"phrase": token.text}) if day else None
    if future:
        return None
    if any(c.lower_ in {"had", "'d"} for root in clause_roots(sentence, clause) for c in children_of(root)):
        return None  # "he had called on": background
    for token in span_tokens(sentence):  # "On the eve of that summit, A met B": the day before it
        if token.i in clause and _the_eve_of_the_one_told(token):
            at = sentence.doc[token.i : token.i + 1]
            day = _after_the_day_told(at, published, future=future, told_as="the previous day")
            told = sentence.doc[token.left_edge.i : token.right_edge.i + 1].text
            return day.model_copy(update={"phrase": told}) if day else None
    # "the session was put on hold while A met B": the day of that session
    if (paused := _while_the_one_told(sentence, clause)) is not None:
        at = sentence.doc[paused.i : paused.i + 1]
        day = _after_the_day_told(at, published, future=future, counted="the same day")
        return day.model_copy(update={"phrase": paused.text}) if day else None
    for token in span_tokens(sentence):  # "Following the meeting, the Pope met separately with ...": that day
        if token.i in clause and _with_the_one_told(token):
            at = sentence.doc[token.i : token.i + 1]
            gathering = refers_to_a_gathering(token)
            day = _after_the_day_told(
                at, published, future=future, counted="the same day", gathering=gathering
            )
            return day.model_copy(update={"phrase": token.text}) if day else None
    return None


def _first_step(token: Token) -> bool:
    """Whether a word is "first" telling the first step of the day the story tells, as news tells
    a day in order: "first" on the clause's own verb in the simple past, with the one met told
    ("In Berlin she first met Scholz", "was first received by the president") or a next step
    ("A first held separate meetings with B and C, after which the three sat down", "The two first
    met alone, then with their delegations"). Not two people who "first met" with nothing after
    (the first time they ever met: "The two men first met at the ASEAN meetings"), nor "had first
    met" (the past before the story), nor "first" of a relative clause or a participle ("Milei,
    who first met Lula"); it counts only where the clause names no time of its own ("first met in
    Bali in 2022": that time)."""
    verb = token.head
    if (
        token.lower_ != "first"
        or token.dep_ != "advmod"
        or verb.pos_ not in {"VERB", "AUX"}
        or verb.tag_ not in {"VBD", "VBN"}
        or verb.dep_ in {"relcl", "acl", "amod"}
        or any(c.dep_ == "aux" and c.lower_ in {"had", "'d", "has", "have"} for c in children_of(verb))
    ):
        return False
    met = any(
        c.dep_ in {"dobj", "agent"} or (c.dep_ == "prep" and c.lower_ == "with") for c in children_of(verb)
    )
    return met or any(t.lower_ in NEXT_STEP for t in token.sent if t.i > token.i)


# the words that tell the step after the first ("first met A alone, then with ...", "after which")
NEXT_STEP = frozenset("then after afterwards later before".split())


# the stretches of time within one day: "hours after", "minutes before"
WITHIN_A_DAY = frozenset("hour minute".split())


def _how_long(ent: Span) -> bool:
    """Whether a time told is how long something lasted, a count of hours or minutes after "for"
    ("spoke face-to-face for several minutes on April 12", "talked for two hours"): no day, so it
    keeps no day the clause names from being read."""
    return (
        ent.label_ == "TIME"
        and ent.root.lemma_.lower() in WITHIN_A_DAY
        and ent.root.dep_ == "pobj"
        and ent.root.head.lower_ == "for"
    )


def _hours_apart(ent: Span) -> bool:
    """Whether a time told is a count of hours or minutes before or after another event ("The
    outcome came hours after A was locked in talks with B"): a stretch within the day, which tells
    no day of its own, so the meeting keeps the day its other words point to."""
    doc = ent.doc
    return (
        ent.root.lemma_.lower() in WITHIN_A_DAY
        and ent.end < len(doc)
        and doc[ent.end].lower_ in {"after", "before", "later", "earlier"}
    )


def _beside_a_meeting(token: Token) -> bool:
    """Whether a word tells a meeting as held right before or after another its people hold
    ("Before sitting down with the Greek premier, ...", "After meeting Xi, ..."): on that one's
    day."""
    return token.lower_ in {"before", "after"} and any(
        c.dep_ == "pcomp" and c.tag_ == "VBG" and c.lemma_.lower() in SIT_DOWN_VERBS
        for c in children_of(token)
    )


def _before_leaving(token: Token) -> bool:
    """Whether a word tells a meeting as held before the visitor leaves the place of the day told
    ("was also due to see B before leaving Nairobi", "will call on C before departing"): the last
    of that stay, on the day told before."""
    return token.lower_ == "before" and any(
        c.dep_ == "pcomp" and c.tag_ == "VBG" and c.lemma_.lower() in {"leave", "depart"}
        for c in children_of(token)
    )


SIT_DOWN_VERBS = frozenset("meet sit hold host receive".split())
DEFINITE = frozenset("the that this their".split())
# A summit is told as a day's meeting of leaders; a conference, forum or assembly runs for days,
# so its sidelines name no day of their own.
DAY_GATHERINGS = frozenset({"summit"})
# "the meeting" whose sidelines a meeting is held on is a sitting of one day, as a summit is ("The
# foreign ministers' meeting was held on Sunday. On the sidelines of the meeting, A met B")
DAY_SITTINGS = frozenset({"meeting"})


def _with_the_one_told(token: Token) -> bool:
    """Whether a word tells a meeting as held with, or right after, the meeting, meal or gathering
    told before: "met separately with" (not "held separate talks", another meeting told without its
    day), "Following the meeting", "After the state dinner",
    "After the talks", "On the sidelines of the summit", "at the summit" (not "of the conference",
    which runs for days)."""
    if token.lower_ == "separately" and token.dep_ == "advmod":
        return True
    if refers_to_a_gathering(token):
        # not one its own sentence names first ("then attended the APEC Leaders' Meeting in Lima,
        # where he sat down with Ishiba on the sidelines of the summit"): a gathering of its own day
        sentence = token.sent
        before = token.idx - sentence.start_char
        found = occasions.find_occasions(span_text(sentence), doc_text(sentence.doc))
        named_here = any(end <= before for _, end, _ in found)
        return token.lemma_.lower() in DAY_GATHERINGS | DAY_SITTINGS and not named_here
    if (the_gathering(token) or _the_sitting(token)) and _its_start_or_end(token):
        return True  # "Before the session opened, A met B": a gathering of days opens on a day told
    if token.lemma_.lower() not in MEETING_NOUNS | MEALS or not any(
        c.dep_ in {"det", "poss"} and c.lower_ in DEFINITE for c in children_of(token)
    ):
        return False
    if _its_start_or_end(token):
        return True  # "Before the summit began, Putin held a tete-a-tete with Macron"
    return (
        token.dep_ == "pobj"
        and token.head.lower_ in {"after", "following"}
        and token.head.head.pos_ in {"VERB", "AUX"}  # not "in a tweet after the meeting"
        and not any(c.dep_ in {"compound", "amod", "acl", "prep"} for c in children_of(token))
    )


def at_the_bounds_of_the_one_told(sentence: Span, clause: set[int]) -> bool:
    """Whether a clause tells its meeting as held right before or after the start or end of the
    meeting or gathering told before ("Before the summit began, A held a tete-a-tete with B",
    "after the session closed"): on that one's day, however far back the article told it."""
    return any(
        token.i in clause and _its_start_or_end(token) and _with_the_one_told(token)
        for token in span_tokens(sentence)
    )


def _while_the_one_told(sentence: Span, clause: set[int]) -> Token | None:
    """The meeting word told before that a meeting is held while it goes on or waits ("the
    three-way session was put on hold while the Turkish leader held a separate meeting with B",
    "the talks went on as A met B"): the subject of the clause the meeting's "while" or "as"
    hangs on, a meeting word told back ("the session", "the talks"), on its day; not one with a
    time of its own ("the session on Thursday was paused while ...")."""
    for root in clause_roots(sentence, clause):
        if root.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ in {"while", "as"} for c in children_of(root)
        ):
            continue
        above = root.head
        if any(t.ent_type_ == "DATE" for t in subtree_of(above) if t.i not in clause):
            continue
        for subject in children_of(above):
            if subject.dep_ not in {"nsubj", "nsubjpass"}:
                continue
            told_back = any(c.dep_ == "det" and c.lower_ in DEFINITE for c in children_of(subject))
            if told_back and (subject.lemma_.lower() in MEETING_NOUNS | SITTINGS or the_gathering(subject)):
                return subject
    return None


def _the_sitting(token: Token) -> bool:
    """Whether a word is "the session" or "the sitting" told back ("Before the session opened"),
    not one of its own ("the session on Thursday", "the UN General Assembly session")."""
    return (
        token.lemma_.lower() in SITTINGS
        and token.tag_ == "NN"
        and [c.lower_ for c in children_of(token)] in (["the"], ["that"], ["this"])
    )


SITTINGS = frozenset("session sitting plenary".split())


def _the_eve_of_the_one_told(token: Token) -> bool:
    """Whether a word is "eve" told of a meeting or gathering the text told before, by a word
    that points back to it ("On the eve of that meeting", "on the eve of the summit"): the day
    before the day told last; not one named with words of its own ("the eve of the G20 summit
    in Rome", which names a gathering that may be of another day)."""
    if token.lower_ != "eve":
        return False
    of = next((c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in children_of(of) if c.dep_ == "pobj"), None) if of is not None else None
    return (
        noun is not None
        and (noun.lemma_.lower() in MEETING_NOUNS or refers_to_a_gathering(noun))
        and any(c.dep_ == "det" and c.lower_ in {"the", "that", "this"} for c in children_of(noun))
        and not any(c.dep_ in {"compound", "amod", "prep", "nmod", "acl"} for c in children_of(noun))
    )


def _its_start_or_end(token: Token) -> bool:
    """Whether a meeting word is the subject of a clause telling its start or end that another
    meeting is put right before or after: "Before the summit began", "after the talks ended" (on
    its day); not a clause with a time of its own ("before the summit opened on Thursday" is dated
    by its words), nor one of someone else's doing ("Kurti, who left as soon as the meeting
    ended")."""
    verb = token.head
    return (
        token.dep_ in {"nsubj", "nsubjpass"}
        and verb.lemma_.lower() in BOUNDS
        and verb.dep_ == "advcl"
        and verb.head.dep_ not in {"relcl", "acl"}  # not "Kurti, who left as soon as the meeting ended"
        and any(c.dep_ == "mark" and c.lower_ in {"before", "after"} for c in children_of(verb))
        and not any(t.ent_type_ in {"DATE", "TIME"} for t in subtree_of(verb))
    )


def _a_years_event(phrase: str) -> bool:
    """Whether a year-only phrase dates a meeting in that year ("in 2019", "in 2018", "last
    year", a year that is over; a plan's "next year"), rather than spans it ("this year" leaves
    the day open to the week's news)."""
    year = r"(?:in |during |early |late |mid-)*(?:(?:19|20)\d\d|last year|next year)"
    return re.fullmatch(year, phrase.strip().lower()) is not None


def _a_past_gatherings_year(ent: Span, span: DateSpan, published: date | None) -> bool:
    """Whether a year that is over owns a meeting or a gathering, which it dates: "at last year's
    summit in Madrid" (the summit of the year before the news); not this year's, whose day the
    week's news may tell, nor a year owning a thing ("last year's deal")."""
    return (
        published is not None
        and span.end is not None
        and span.end < published
        and ent.root.dep_ == "poss"
        and ent.root.head.i >= ent.end
        and ent.root.head.lemma_.lower() in DATED_GATHERINGS
    )


def _a_things_year(ent: Span) -> bool:
    """Whether a year names a thing, not a time: "the 2016 arbitral award", "the 2015 nuclear
    deal"; not a gathering, "at the 2019 G20 summit", whose year it is."""
    head = ent.root.head
    return (
        ent.root.dep_ in {"nummod", "compound", "amod", "nmod"}
        and head.pos_ in {"NOUN", "PROPN"}
        and head.i >= ent.end
        and head.lemma_.lower() not in DATED_GATHERINGS
    )


# things said or done that a day after "on" dates, not a meeting: "Trump's comments on Monday"
SAID_OR_DONE = frozenset(
    "comment comments remark remarks statement speech election vote referendum attack strike "
    "announcement decision ruling".split()
)


# things agreed, which a day after "of" names ("the ceasefire of 26 November"), not a meeting's day
AGREED = frozenset("ceasefire truce agreement accord deal treaty armistice".split())


def _an_agreements_date(ent: Span) -> bool:
    """Whether a date after "of" names the time something was agreed, not a meeting's: "discussed
    the ceasefire of 26 November 2024", "the agreement of March 2023"."""
    return _a_things_date_after(ent, "of", AGREED)


def _a_things_date_after(ent: Span, preposition: str, nouns: frozenset[str]) -> bool:
    """Whether a date is the object of ``preposition`` on one of ``nouns``: "the ceasefire of 26
    November", "Trump's comments on Monday"."""
    head = ent.root.head
    return (
        ent.root.dep_ == "pobj"
        and head.lower_ == preposition
        and head.head.pos_ == "NOUN"
        and head.head.lemma_.lower() in nouns
    )


def _a_things_day(ent: Span) -> bool:
    """Whether a day names a thing talked about, not a time: "the July 28 presidential election",
    "the October 1 missile attack", "the September 19 military operation"; not a meeting or a
    gathering, "the June 5 summit", "at the May 9 parade", whose day it is; nor a time of that day
    ("tomorrow evening") or a name the parse hangs it on ("On Friday Xi met ..."). So is a day
    after "on" that dates something said or done: "Trump's comments on Monday"."""
    if _a_things_date_after(ent, "on", SAID_OR_DONE):
        return True  # "Trump's comments on Monday", "the vote on Sunday"
    return dates_a_thing(ent)


def tells_no_time_of_its_own(ent: Span, clause: set[int] | None = None) -> bool:
    """Whether a phrase of time in a sentence leaves its meeting without a time of its own: a year
    or a day naming a thing ("since they cut ties after the 1979 Islamic revolution", "the July 28
    election") or a time something has lasted since ("their first meeting since May")."""
    return _a_things_year(ent) or dates_a_thing(ent) or _since(ent, clause)


def dates_a_thing(ent: Span) -> bool:
    """Whether a date is told as a word describing a thing talked about, not as a time: "the
    July 28 presidential election", "the November agreement"; not a meeting's or gathering's,
    "the June 5 summit", nor a time of a day ("tomorrow evening")."""
    head = ent.root.head
    return (
        ent.root.dep_ in {"nummod", "compound", "amod", "nmod"}
        and not _CLOCK.fullmatch(ent.text)  # "received at 11:18 local time": a time, no thing
        and head.pos_ == "NOUN"
        and head.ent_type_ not in {"DATE", "TIME"}
        and head.i >= ent.end
        and head.lemma_.lower() not in DAYS_GATHERINGS
    )


YEARS_GATHERINGS = frozenset(
    "conference forum session assembly games olympics cup election ceremony inauguration parade".split()
)
# the meetings and gatherings a year or day dates, not a thing's: "at the 2019 G20 summit"; an
# election's day is a thing's ("the July 28 presidential election")
DATED_GATHERINGS = MEETING_NOUNS | LINKED_NOUNS | YEARS_GATHERINGS
DAYS_GATHERINGS = DATED_GATHERINGS - {"election"}


def _month_named(phrase: str) -> int | None:
    """The month a phrase names ("in July", "mid-September"), if it names exactly one."""
    months = {
        dates.MONTHS[w] for w in re.findall(r"[a-z]+", phrase.lower()) if w in dates.MONTHS and len(w) > 3
    }
    return months.pop() if len(months) == 1 else None


_IN_A_MONTH = frozenset("in during early late mid".split())
STORY_REACH = 2  # sentences before the one of a yearless month that may tell its year


def _month_of_the_story(ent: Span, published: date | None) -> DateSpan | None:
    """A month named without a year ("The leaders also met in September") in a story that has
    just told a time with its year: that month of that year, the story going forward ("took
    office in March 2018. They first met the same year. They also met in September": September
    2018). The time is the last date told in the sentence or the two before; none if it is not a
    year's, or is one something has lasted since ("his first visit since the invasion in 2022. He
    last met Putin in October"), which reaches to the news; none if the month comes before the
    time's ("visited Tehran in November 2023. In April, ..."), which turns a year the text does
    not tell, nor after the news; none for the time of a meeting told as the latest ("signed in
    March 2023. The two last met in September"): the last of that month before the news. A year
    that names a thing ("the 1998 joint declaration. They first met in June") tells no time."""
    month = _month_named(ent.text)
    words = re.findall(r"[a-z]+", ent.text.lower())
    if (
        month is None
        or re.search(r"\d", ent.text)
        or any(w not in _IN_A_MONTH | set(dates.MONTHS) for w in words)
    ):
        return None
    doc = ent.doc
    sentences = [s for s in doc_sentences(doc) if s.start <= ent.start]
    first = sentences[max(0, len(sentences) - 1 - STORY_REACH)].start
    before = [
        e
        for e in doc_entities(doc)[1]
        if e.label_ == "DATE"
        and first <= e.start
        and e.end <= ent.start
        and not _a_things_year_in_its_phrase(e)  # "the landmark 1998 joint declaration": no time told
    ]
    if not before or _since(before[-1]) or _told_as_the_latest(ent):
        return None
    last = before[-1]
    told = _same_year(last.sent, last.text) or (
        dates.resolve(last.text, published) if re.search(r"\b(?:19|20)\d\d\b", last.text) else None
    )
    if told is None or told.start is None:
        return None
    if month < told.start.month:
        return None
    year = told.start.year
    start, end = date(year, month, 1), date(year, month, monthrange(year, month)[1])
    if published is not None and start > published:
        return None
    return DateSpan(start=start, end=end, precision="month", phrase=ent.text)


_YEAR_ALONE = re.compile(r"(?:19|20)\d\d")


def _a_things_year_in_its_phrase(ent: Span) -> bool:
    """Whether a year is a word of a noun phrase naming a thing ("the landmark 1998 Japan-South
    Korea joint declaration", however the parser hangs it inside the phrase, or "the issues of
    1998" after it), not a time; a gathering's year ("the 2019 G20 summit") is a time, and so is
    a part of a year ("the end of 2018")."""
    if not _YEAR_ALONE.fullmatch(ent.text):
        return False
    if _a_things_year_after_of(ent):
        return True
    if ent.root.dep_ not in {"nummod", "compound", "amod", "nmod"}:
        return False
    noun = ent.root.head
    while noun.dep_ in {"nummod", "compound", "amod", "nmod"} and noun.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head
    return noun.pos_ == "NOUN" and noun.i >= ent.end and noun.lemma_.lower() not in DATED_GATHERINGS


def _a_things_year_after_of(ent: Span) -> bool:
    """Whether a year is the object of "of" on a noun naming a thing ("the unresolved issues of
    1971", "the grievances of 1998"): the time of that thing, not one the story has moved to; not
    a gathering ("the summit of 2019") nor a part of a time ("the end of 2018", "the summer of
    2019"), which the tagger tells as a date."""
    of = ent.root.head
    noun = of.head
    return (
        ent.root.dep_ == "pobj"
        and of.lower_ == "of"
        and noun.pos_ == "NOUN"
        and noun.ent_type_ != "DATE"
        and noun.lemma_.lower() not in DATED_GATHERINGS
    )


def _told_as_the_latest(ent: Span) -> bool:
    """Whether a time's sentence tells its meeting as the latest, "last" on a verb or a meeting
    word before it ("the two last met in September", "their last meeting was in May"), which
    reaches to the news whatever year the story told before."""
    return any(
        t.lower_ == "last" and t.dep_ in {"advmod", "amod"} and t.ent_type_ != "DATE"
        for t in ent.sent
        if t.i < ent.start
    )


LEAP_YEAR = 2000  # a year in which every day of the year is a date, to count days in a year untold


def _from_a_yearless_dateline(sentence: Span, phrase: str) -> DateSpan | None:
    """The day a phrase that counts back a day or two from the article's ("today", "yesterday",
    "earlier today") names, in an article whose only date is a wire dateline without a year
    ("TEHRAN, Aug. 20 (MNA) -"): that day of a year untold. Not a weekday, which falls on a day
    only a year tells, nor a day or month named ("August 18"), which is read as written."""
    doc = sentence.doc
    if "dateline_day" not in doc.user_data:
        doc.user_data["dateline_day"] = dates.dateline_day(doc.text)
    told = doc.user_data["dateline_day"]
    if told is None or re.search(rf"\b(?:mon|tue|wed|thu|fri|sat|sun|(?:{_MONTH_WORD})\b)", phrase.lower()):
        return None
    day = dates.valid_date(LEAP_YEAR, told[0], told[1])
    span = dates.resolve(phrase, day) if day is not None else None
    if day is None or span is None or span.start is None or span.start != span.end:
        return None
    if not 0 <= (day - span.start).days <= 2:
        return None
    return DateSpan(precision="day", phrase=phrase, month=span.start.month, day=span.start.day)


_MONTH_WORD = "|".join(sorted(dates.MONTHS, key=len, reverse=True))
# A day of the calendar with no year: "March 28", "28 and 29 March", "on 4 May"; not a weekday's
# ("Thursday, 23rd"), nor one told as gone ("last March 28").
_CALENDAR_DAY = re.compile(
    rf"(?:\b\d{{1,2}}(?:st|nd|rd|th)?\b.*\b(?:{_MONTH_WORD})\b|\b(?:{_MONTH_WORD})\b\.?\s*\d{{1,2}}\b)",
    re.IGNORECASE,
)


_DAY_OF_MONTH = re.compile(
    rf"(?:\b({_MONTH_WORD})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?|\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_WORD})\b)"
    r"(?![\d,-]|\s*(?:-|–|to|and|through)\s*\d)"
)


def _day_named(phrase: str) -> tuple[int, int] | None:
    """The month and day a phrase names with no year ("August 20", "on 20 August", "Nov. 4",
    "the 4th of November"), if it names exactly one day and no range of days ("August 20-21").

    >>> _day_named("August 20"), _day_named("Nov. 4"), _day_named("the 4th of November")
    ((8, 20), (11, 4), (11, 4))
    >>> _day_named("August 20-21"), _day_named("in August"), _day_named("March 3 and 5")
    (None, None, None)
    """
    text = phrase.lower()
    found = set()
    for match in _DAY_OF_MONTH.finditer(text):
        word, number = (match[1], match[2]) if match[1] else (match[4], match[3])
        if 1 <= int(number) <= 31:
            found.add((dates.MONTHS[word], int(number)))
    if len(found) != 1 or len(re.findall(r"\d+", text)) != 1:
        return None
    return found.pop()


_MONTH_WITH_ITS_YEAR = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}}(?:st|nd|rd|th)?)?\s+(?:of\s+)?)?({_MONTH_WORD})\.?"
    rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?)?,?\s+((?:19|20)\d\d)\b"
)


def _year_of_the_month(doc: Doc, month: int) -> int | None:
    """The year an article with no date of its own writes out with a month ("hosted the summit
    on 15-16 September 2022", "in March 2019"), if it writes that month with one year only: a
    day of that month told without its year is of that year."""
    key = "years_of_the_months"
    if key not in doc.user_data:
        told: dict[int, set[int]] = {}
        for match in _MONTH_WITH_ITS_YEAR.finditer(doc.text.lower()):
            told.setdefault(dates.MONTHS[match[1]], set()).add(int(match[2]))
        doc.user_data[key] = told
    years = doc.user_data[key].get(month, set())
    return next(iter(years)) if len(years) == 1 else None


def _adverb_after(ent: Span) -> str | None:
    """The word the tagger left off a day counted before or after the one told, where it ends the
    phrase ("A day | before, Putin had met Li", "met Li the day | after."); not a word that puts
    an event after it ("the day before the summit opened")."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].lower_ not in {"before", "after", "earlier", "later"}:
        return None
    following = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
    return doc[ent.end].text if following is None or following.is_punct else None


def _cut_short(ent: Span) -> str | None:
    """The phrase told relative to a day before that a date the tagger cut short belongs to, the
    words right before it put back ("Earlier in | the day", "Later | that day"); None if it
    belongs to none."""
    doc = ent.doc
    for n in (2, 1):
        start = ent.start - n
        if start < ent.sent.start or not all(t.is_alpha for t in doc[start : ent.start]):
            continue
        whole = f"{doc[start : ent.start].text} {ent.text}"
        if dates.anchored(whole):
            return whole
    return None


def _words_before(sentence: Span, phrase: str) -> str:
    text = span_text(sentence)
    at = text.find(phrase)
    words = text[:at].split()[-2:] if at > 0 else []
    return " ".join(w for w in words if w.isalpha())


def _passed_plan(span: DateSpan, phrase: str, published: date, *, will: bool = False) -> bool:
    """Whether a plan's day, read as the last one, must mean the next: a bare weekday ("will meet
    on Friday"), a day and month long gone ("will meet on January 5" in December), or any time
    gone by that a plan told with "will" names ("will visit India in December" in January); not
    a day of the last weeks, which a plan reported late or called off still names ("was to meet
    on May 8"), nor "last July" or "a week ago", nor a weekday with its day ("Thursday, 23rd")."""
    assert span.end is not None
    if span.end >= published or re.search(r"\b(?:last|ago|earlier|previous)\b", phrase, re.IGNORECASE):
        return False
    if dates.weekday_with_its_day(phrase):  # the day that is both, already the right one
        return False
    return will or _in_a_week(phrase) or _day_alone(phrase) or (published - span.end).days > 60


def _after_next_week(ent: Span) -> bool:
    """Whether a date names a weekday alone ("on Wednesday") after its sentence has named next week
    ("will travel to Sydney next week, and is due to meet Albanese on Wednesday"): a day of that week.
    A weekday right before "next week" is of it too ("on Thursday next week", "Friday morning next
    week", however the tagger splits them). Not a weekday told before next week in another phrase
    ("will meet him on Thursday before flying home next week")."""
    if not _a_weekday_alone(ent.text):
        return False
    doc = ent.doc
    weeks = [
        m
        for e in entities(ent.sent)
        if e.label_ == "DATE"
        and (
            e.end <= ent.start
            or (
                e.start >= ent.end
                and {t.lower_ for t in doc[ent.end : e.start]} <= _BEFORE_NEXT_WEEK
                and _NEXT_WEEK_AFTER_A_DAY.fullmatch(" ".join(e.text.lower().split()))
            )
        )
        and (m := _COMING.search(e.text))
    ]
    return any(m["unit"].lower() == "week" for m in weeks)


_NEXT_WEEK_AFTER_A_DAY = re.compile(r"(?:of )?next week")
_BEFORE_NEXT_WEEK = frozenset("morning afternoon evening night of ,".split())  # "Friday morning | next week"


_A_WEEKDAYS_WORDS = frozenset({*dates.WEEKDAYS, "on", "and", "morning", "afternoon", "evening", "night"})


def _a_weekday_alone(phrase: str) -> bool:
    """ "on Wednesday", "Wednesday morning": a weekday and no word that places its week or names
    its day of the month ("last Wednesday", "Wednesday, May 24")."""
    words = re.findall(r"\w+", phrase.lower())
    return any(w in dates.WEEKDAYS for w in words) and set(words) <= _A_WEEKDAYS_WORDS


def _in_the_week_after(span: DateSpan, published: date) -> DateSpan:
    """The same weekdays in the Monday-to-Sunday week after that of ``published``."""
    assert span.start is not None and span.end is not None
    monday = published + timedelta(days=7 - published.weekday())
    shift = monday + timedelta(days=span.start.weekday()) - span.start
    return span.model_copy(update={"start": span.start + shift, "end": span.end + shift})


def _told_with_will(sentence: Span, clause: set[int]) -> bool:
    """Whether a clause tells what is to come with "will" or "shall" ("Putin will visit India in
    December"), a time that cannot have gone by; not "would", nor "was to"."""
    return any(t.dep_ == "aux" and t.lower_ in FUTURE_AUX for t in clause_tokens(sentence, clause))


def _in_a_week(phrase: str) -> bool:
    """Whether a phrase names a day by its place in a week: "Friday", "over the weekend"."""
    return any(day in phrase.lower() for day in (*dates.WEEKDAYS, "weekend"))


def _day_alone(phrase: str) -> bool:
    """ "on the 25th": a day of a month not named."""
    return dates.unnamed_month_day(phrase) is not None


_COMING = re.compile(r"(?:(?:early|late|later|mid|by) )?next (?P<unit>week|month)", re.IGNORECASE)
_NEXT_YEAR = re.compile(r"(?:in )?next year", re.IGNORECASE)
_TOMORROW = re.compile(r"(?:early |late )?tomorrow(?: (?:morning|afternoon|evening|night))?", re.IGNORECASE)
# a part of the day named with no day ("in the afternoon", "later in the evening"): in a plan told
# with no day before it, the day of publication, as "this afternoon"
_PART_OF_THE_DAY = re.compile(r"(?:(?:early|late|later) )?in the (?:morning|afternoon|evening)")


def _this_part_of_the_day(phrase: Span, published: date | None, future: bool) -> DateSpan | None:
    """A part of the day named with no day ("in the afternoon") in a plan, where the last day the
    article told before it is the day of publication or none: the afternoon to come of that day,
    as "this afternoon" is ("arrived in A on Thursday morning ... is expected in B in the
    afternoon"). None for a meeting held ("met in the afternoon"), after another day told ("will
    meet on Saturday ... in the afternoon": that Saturday's), or for any other phrase."""
    words = " ".join(phrase.text.lower().split())
    if not future or published is None or not _PART_OF_THE_DAY.fullmatch(words):
        return None
    doc = phrase.doc
    told = [
        e
        for e in doc_entities(doc)[1]
        if e.label_ == "DATE" and e.end <= phrase.start and e.start_char >= dateline_end(e.sent)
    ]
    if told and (last := dates.resolve(told[-1].text, published)) is not None and last.start != published:
        return None
    if told and last is None:
        return None
    return DateSpan(start=published, end=published, precision="day", phrase=phrase.text)


# a weekday of the week after publication's, named with that week: "Thursday next week", "on
# Tuesday of next week", "Friday morning next week"
_WEEKDAY_NEXT_WEEK = re.compile(
    rf"(?:on )?(?P<wd>{'|'.join(dates.WEEKDAYS)})(?: (?:morning|afternoon|evening|night))?,?"
    r" (?:of )?next week",
    re.IGNORECASE,
)


# a plan's weekday named as the next one: "next Sunday", "this coming Friday morning"
_NEXT_WEEKDAY = re.compile(
    rf"(?:on )?(?P<rel>next|coming|this coming) (?P<wd>{'|'.join(dates.WEEKDAYS)})"
    r"(?: (?:morning|afternoon|evening|night))?",
    re.IGNORECASE,
)


def _weekday_dated_before(sentence: Span, phrase: str) -> bool:
    """Whether a plan's "next Saturday" names a weekday the text gave its date up to this
    sentence ("to hold their summit this Saturday, 6 July ... to meet next Saturday"): that
    day, which the date told fixes, not a week on.

    >>> from spacy.lang.en import English
    >>> doc = English()("The summit is this Saturday, 6 July. They meet next Saturday.")
    >>> _weekday_dated_before(doc[8:], "next Saturday"), _weekday_dated_before(doc[8:], "next Monday")
    (True, False)
    """
    found = _NEXT_WEEKDAY.fullmatch(" ".join(phrase.split()))
    if found is None:
        return False
    months = "|".join(sorted(dates.MONTHS, key=len, reverse=True))
    dated = re.compile(
        rf"\b{found['wd']}\b,? (?:the )?(?:\d{{1,2}}(?:st|nd|rd|th)?\b|(?:{months})\.? \d)", re.IGNORECASE
    )
    return dated.search(sentence.doc.text[: sentence.end_char]) is not None


def _next_weekday(phrase: str, published: date) -> DateSpan | None:
    """A plan's "next Sunday" or "this coming Friday": the first such day after publication.
    "Next" before a day still to come in the week of publication is read two ways ("next
    Friday" told on a Tuesday: in three days, or ten), so that one is None; told on or after
    that weekday, both readings are the same day ("next Sunday" told on a Sunday: a week on).

    >>> _next_weekday("next Sunday", date(2023, 7, 16)).start
    datetime.date(2023, 7, 23)
    >>> _next_weekday("next Tuesday", date(2023, 7, 14)).start
    datetime.date(2023, 7, 18)
    >>> _next_weekday("next Friday", date(2023, 7, 11)) is None
    True
    >>> _next_weekday("this coming Friday", date(2023, 7, 11)).start
    datetime.date(2023, 7, 14)
    """
    found = _NEXT_WEEKDAY.fullmatch(" ".join(phrase.split()))
    if found is None:
        return None
    weekday = dates.WEEKDAYS.index(found["wd"].lower())
    if found["rel"].lower() == "next" and weekday > published.weekday():
        return None
    day = published + timedelta(days=(weekday - published.weekday() - 1) % 7 + 1)
    return DateSpan(start=day, end=day, precision="day", phrase=phrase)


def _coming(phrase: str, published: date) -> DateSpan | None:
    """A plan's "tomorrow" (the day after publication), "next Sunday" (:func:`_next_weekday`),
    "next week" (Monday to Sunday of the week after), a weekday of it ("Thursday next week":
    that day of the week after), "next month" (the month after) or "next year" (the whole year
    after, as a year told alone dates a meeting; not "early next year", a part of it too vague
    for a span), which ``dates.resolve`` leaves to callers that know the clause is a plan."""
    if _TOMORROW.fullmatch(" ".join(phrase.split())):
        day = published + timedelta(days=1)
        return DateSpan(start=day, end=day, precision="day", phrase=phrase)
    if found := _WEEKDAY_NEXT_WEEK.fullmatch(" ".join(phrase.split())):  # "on Thursday next week"
        day = published + timedelta(days=7 - published.weekday() + dates.WEEKDAYS.index(found["wd"].lower()))
        return DateSpan(start=day, end=day, precision="day", phrase=phrase)
    if day_named := _next_weekday(phrase, published):  # "will host him in Rome next Sunday"
        return day_named
    if _NEXT_YEAR.fullmatch(" ".join(phrase.split())):
        year = published.year + 1
        return DateSpan(start=date(year, 1, 1), end=date(year, 12, 31), precision="year", phrase=phrase)
    match = _COMING.fullmatch(" ".join(phrase.split()))
    if match is None:
        return None
    if match["unit"].lower() == "week":
        monday = published + timedelta(days=7 - published.weekday())
        return DateSpan(start=monday, end=monday + timedelta(days=6), precision="week", phrase=phrase)
    year, month = published.year + published.month // 12, published.month % 12 + 1
    end = date(year, month, monthrange(year, month)[1])
    return DateSpan(start=date(year, month, 1), end=end, precision="month", phrase=phrase)


def _next_occurrence(span: DateSpan, phrase: str) -> DateSpan:
    """A plan's weekday or day-and-month is the next one, not the last: "will meet on Friday"."""
    assert span.start is not None and span.end is not None
    if _in_a_week(phrase) and span.precision in {"day", "days"}:
        return span.model_copy(update={"start": span.start + timedelta(7), "end": span.end + timedelta(7)})
    if _day_alone(phrase):  # "will meet on the 25th": of the next month
        year, month = span.start.year + span.start.month // 12, span.start.month % 12 + 1
        if (day := dates.valid_date(year, month, span.start.day)) is None:
            return span
        return span.model_copy(update={"start": day, "end": day})
    if not re.search(r"\b\d{4}\b", phrase):
        if span.precision == "month":  # "in February": the whole month, 29 days in a leap year
            year, month = span.start.year + 1, span.start.month
            end = date(year, month, monthrange(year, month)[1])
            return span.model_copy(update={"start": span.start.replace(year=year), "end": end})
        for ahead in range(1, 9):  # "February 28-29": the next year that has them
            first = dates.valid_date(span.start.year + ahead, span.start.month, span.start.day)
            last = dates.valid_date(span.end.year + ahead, span.end.month, span.end.day)
            if first is not None and last is not None:
                return span.model_copy(update={"start": first, "end": last})
    return span


def day_of_the_trip_before(
    sentence: Span, place: Place, ours: Callable[[Token], bool], published: date | None
) -> DateSpan | None:
    """The day a sentence says someone will go to, or be at, a place ("Frederiksen will travel
    to Berlin, Paris and Brussels on 28 January", "On Wednesday, the Prime Minister will ...
    address the World Governments Summit in Dubai"): the day of a plan told in the sentence
    after it with that place and no day of its own ("She is due to meet Scholz in Berlin");
    None where the one going is someone ``ours`` says is none of the plan's people, or where the
    going is not to come."""
    if published is None:
        return None
    for ent in entities(sentence):
        if ent.label_ not in {"GPE", "LOC"} or places.resolve_place(ent.text) != place:
            continue
        verb = verb_above(ent.root)
        if verb is None:
            continue
        verbs = [verb, verb.head] if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} else [verb]
        if not any(told_to_come(v) for v in verbs):
            continue
        subjects = [s for v in verbs for s in children_of(v) if s.dep_ in {"nsubj", "nsubjpass"}]
        subjects += [s for v in verbs if v.dep_ == "xcomp" for s in children_of(v.head) if s.dep_ == "nsubj"]
        if not all(ours(s) for s in subjects):
            continue  # "Scholz will travel to Paris on Friday": not the plan of Macron's guest
        clause: set[int] = set()
        for v in verbs:
            clause |= {t.i for t in subtree_of(v) if t.i == v.i or not _a_clause_of_its_own(t, v)}
        span = _date_of(sentence, clause, published, future=True)
        if (
            span is not None
            and span.precision in {"day", "days", "week"}
            and span.start is not None
            and span.start >= published
        ):
            return span
    return None


def told_to_come(verb: Token) -> bool:
    """Whether a verb tells what is to come: "will travel", "is expected to travel", "is due in"."""
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in children_of(verb)):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in PLAN_VERBS


def _a_clause_of_its_own(token: Token, verb: Token) -> bool:
    """Whether a word of a verb's subtree is in a clause of its own under it (a relative or
    reported clause, another verb joined on): its dates are not the verb's."""
    for a in [token, *ancestors_of(token)]:
        if a == verb:
            return False
        if a.dep_ in {"relcl", "ccomp", "advcl", "acl"} or (a.dep_ == "conj" and a.pos_ in {"VERB", "AUX"}):
            return True
    return False
