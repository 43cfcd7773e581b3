"""The day, or place, of a meeting told beside another: held "meanwhile", "that same day",
"also" or "earlier", right after or before a meeting told with its day, or as one of a round of
meetings whose day the article gives once.

A meeting held "meanwhile" takes the date and, with no place of its own, the place of the
meeting told before it; one told "that same day" or "also" held by someone of a meeting with a
day takes that day, where nothing told between them dates it otherwise.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Token

from extract.article import (
    GATHERINGS,
    before_the_news,
    in_other_countries,
)
from extract.dates import resolve
from extract.found import Found
from extract.kinds import (
    past_perfect,
)
from extract.records import DateSpan
from extract.spans import children_of, doc_heads, doc_tokens, entities, span_tokens, subtree_of
from extract.timing import dates_a_thing, tells_no_time_of_its_own
from extract.triggers import is_trigger, lemma_of
from extract.whereabouts import TRIP_NOUNS

MEANWHILE = frozenset("meanwhile simultaneously".split())


def meanwhile(before: Found | None, told: list[Found]) -> None:
    """A meeting held "meanwhile" ("The two first ladies, meanwhile, met at the palace") is held
    when and where the meeting told before it was (``before``: the last one told with a day, as
    "After the talks, the two leaders ..." tells none): it takes that meeting's date where it
    gives none, and its place (once the scene of the article is set: `held_alongside`)."""
    for meeting in told:
        earlier = next((m for m in reversed(told) if m.trigger.i < meeting.trigger.i), before)
        if earlier is None or meeting.kind != "in_person" or earlier.kind not in {"in_person", "visit"}:
            continue
        tokens = doc_tokens(meeting.sentence.doc)
        if any(tokens[i].lower_ in MEANWHILE for i in meeting.clause):
            meeting.when = meeting.when or earlier.when
            meeting.alongside = earlier


def also_that_day(found: list[Found]) -> None:
    """A meeting someone "also" (or "earlier") held, told after a meeting of theirs on a day with none told
    between (but background, or a plan: "He invited Kagame to visit Nairobi"), and with no date
    in its sentence, was held that day ("Ruto met Kagame on Monday. ... Ruto also held talks with
    Museveni."), the next sentence or so after
    it, or a few paragraphs after it that tell no other date; not one told as background ("had
    also met") itself. A visit told in the sentence of a meeting ("received B, who is on an
    official visit") is the frame of that meeting, not a meeting told before: the day is the
    meeting's; one told in the meeting's own sentence ("paid a state visit, during which he also
    held talks with B") is the time it was held."""
    for at, meeting in enumerate(found):
        if meeting.when is not None or meeting.kind != "in_person" or before_the_news(meeting):
            continue
        tokens = doc_tokens(meeting.sentence.doc)
        if not any(_also_or_earlier(tokens[i]) for i in meeting.clause):
            continue
        if any(
            e.label_ in {"DATE", "TIME"} and not tells_no_time_of_its_own(e, meeting.clause)
            for e in entities(meeting.sentence)
        ):
            continue  # dated in words of its own, even ones we cannot resolve; not "the 1979 revolution"
        earlier = next(  # not an invitation told between: "He invited Lula to visit India"
            (
                m
                for m in reversed(found[:at])
                if not before_the_news(m)
                and m.kind != "planned"
                and not _another_meetings_frame(m, meeting, found)
            ),
            None,
        )
        if earlier is not None and earlier.when is None:
            earlier = _told_again_of(earlier, found) or earlier
        if earlier is None or (day := _its_day(earlier)) is None:
            continue
        if earlier.kind not in {"in_person", "visit"} or not _share_someone(meeting, earlier):
            continue
        gap = meeting.sentence.start - earlier.sentence.end
        if gap <= ALSO_REACH or (gap <= UNDATED_REACH and not _dated_between(earlier, meeting)):
            meeting.when = day
            # and held where that one was, with no place of its own: no one met in Kampala and
            # "also" met someone elsewhere that day unsaid (see `held_alongside`); not with a
            # leader of a third country ("met the Pope at the Vatican. He also met Meloni")
            if _none_from_a_third_country(meeting, earlier):
                meeting.alongside = meeting.alongside or earlier


def _none_from_a_third_country(meeting: Found, earlier: Found) -> bool:
    """Whether everyone of a meeting not at ``earlier`` is of no known country, or of the country of
    ``earlier``'s place or of its people's."""
    home = {p.country for p in earlier.people} | {earlier.place.country if earlier.place else None, None}
    return all(p.country in home for p in meeting.people if p not in earlier.people)


def _another_meetings_frame(visit: Found, meeting: Found, found: list[Found]) -> bool:
    """Whether a visit is the frame of a meeting told before ``meeting``, not of ``meeting`` itself
    ("paid a state visit to Peru, during which he held talks with ...": that visit's time)."""
    return visit.sentence.start != meeting.sentence.start and _a_meetings_frame(visit, found)


def _a_meetings_frame(visit: Found, found: list[Found]) -> bool:
    """Whether a visit is told in the sentence of a meeting held in person ("A received B, who is
    on an official visit"): the frame of that meeting."""
    return visit.kind == "visit" and any(
        m.kind == "in_person" and m.sentence.start == visit.sentence.start for m in found
    )


def _its_day(meeting: Found) -> DateSpan | None:
    """A meeting's date where it is a day."""
    return meeting.when if meeting.when is not None and meeting.when.precision == "day" else None


def _share_someone(meeting: Found, other: Found) -> bool:
    """Whether two meetings have someone in common."""
    return bool(set(meeting.people) & set(other.people))


def on_that_same_day(found: list[Found], published: date | None = None) -> None:
    """A meeting told as held "that same day" (or "the same day", "that day"), with no other
    date, was held on the day of the last meeting told with a date before it, where that one
    shares one of its people and stands in the next sentence or so before, or a few paragraphs
    before with no date told between ("The two leaders met in Lima on 3 May. ... C called A that
    same day"); meetings told between with no date of their own tell no other day ("A met B on 3
    May. B had also welcomed A at the airport. C met A on the same day": 3 May); one told between
    with a date of another precision (a month, a year) stops it; not "the same day as" another
    event, nor "the same day that ...". One told
    in a clause on "the same day" set beside a day by a comma was held on that day: "The deal was
    signed on 3 March, the same day A hosted B" (3 March)."""
    for at, meeting in enumerate(found):
        if meeting.when is None and (beside := _the_day_beside(meeting.verb)) is not None:
            meeting.when = resolve(beside, published)
        if meeting.when is not None:
            continue
        tokens = doc_tokens(meeting.sentence.doc)
        if not any(_that_same_day(tokens[i]) for i in meeting.clause):
            continue
        if any(
            e.label_ == "DATE" and e.root.i in meeting.clause and not _that_same_day(e.root)
            for e in entities(meeting.sentence)
        ):
            continue
        earlier = next(
            (
                m
                for m in reversed(found[:at])
                if m.sentence.start < meeting.sentence.start and m.when is not None
            ),
            None,
        )
        if earlier is None or (day := _its_day(earlier)) is None or not _share_someone(meeting, earlier):
            continue
        # from where it was last told: "A called B on Monday. During this conversation, B told A
        # ... On the same day, A called C" (Monday, the call told again just before)
        last = max(
            (s.end for s in (earlier.sentence, *earlier.more) if s.end <= meeting.sentence.start),
            default=earlier.sentence.end,
        )
        gap = meeting.sentence.start - last
        if gap <= ALSO_REACH or (gap <= UNDATED_REACH and not _dated_between(earlier, meeting, last)):
            meeting.when = day


def _the_day_beside(verb: Token) -> str | None:
    """The words of the day that "the same day", whose relative clause a verb of meeting is, is
    set beside after a comma: "24 April" of "on 24 April, the same day A hosted B"."""
    day = verb.head
    if verb.dep_ != "relcl" or day.lower_ != "day" or "same" not in {c.lower_ for c in day.lefts}:
        return None
    comma = day.left_edge.i - 1
    doc = verb.doc
    if comma < 1 or doc[comma].text != ",":
        return None
    told = next(
        (e for e in entities(doc[day.sent.start : comma]) if e.end == comma and e.label_ == "DATE"), None
    )
    return told.text if told is not None else None


def _that_same_day(word: Token) -> bool:
    """Whether a word is the "day" of "that day", "that same day" or "the (very) same day", told
    with nothing after it that names the day ("the same day as the vote")."""
    if word.lower_ != "day" or any(c.dep_ not in {"det", "amod", "advmod"} for c in children_of(word)):
        return False
    before = {c.lower_ for c in children_of(word) if c.i < word.i}
    return "that" in before or {"the", "same"} <= before


def _also_or_earlier(word: Token) -> bool:
    """Whether a word ties a meeting to the one told before it as held the same day: "also", or
    "earlier" on its own ("Putin held talks with Tokayev on Wednesday. Earlier, at the airport,
    Putin was welcomed by Bektenov"; not "an earlier meeting", nor "earlier this year", which is
    a date of its own)."""
    return word.lower_ == "also" or (word.lower_ == "earlier" and word.dep_ == "advmod")


def _told_again_of(meeting: Found, found: list[Found]) -> Found | None:
    """The dated meeting an undated one tells again, right before it, with the same people (or
    some of them, as a quote names only the one met) and in the same way: "Rubio on Wednesday
    held talks with Holness ... Rubio and Holness discussed security": the talks of Wednesday;
    "A on Monday called on B. 'Honoured to call on President B,' A tweeted": Monday's call."""
    before = next(
        (m for m in reversed(found[: found.index(meeting)]) if not _a_meetings_frame(m, found)), None
    )
    if before is None or before.when is None or not set(meeting.people) <= set(before.people):
        return None
    return before if before.kind == meeting.kind and not before_the_news(before) else None


def next_to_the_meeting_before(found: list[Found]) -> None:
    """A meeting told as held right after or before another meeting of its people, named by a
    meeting's word ("After the call with Putin, Trump spoke by phone with Zelenskyy", "Following
    the meeting with the President, Jaishankar held talks with Sabry", "Before sitting down with
    the Greek premier, Erdogan is due to see the President"), with no date in its sentence, is
    on the day of the last meeting of theirs told before it, where that one has a day; one dated
    only by its month or year is told as another time, not the meeting this one is beside ("A and
    B are to meet on Friday. They agreed on it when they met in Rome last March. Before sitting
    down with B, A is due to see C": Friday). One dated only by the days its people stayed in the
    city takes that day where it falls within the stay ("B, who arrived on Tuesday on a two-day
    visit, held talks with A on Wednesday ... Prior to the talks, C called on B": Wednesday)."""
    for at, meeting in enumerate(found):
        if (meeting.when is not None and not meeting.by_the_stay) or not _told_next_to_a_meeting(meeting):
            continue
        if past_perfect(meeting.verb):
            continue  # "had spoken with Zelensky before the call": some time before it
        if any(
            e.label_ in {"DATE", "TIME"} and not tells_no_time_of_its_own(e, meeting.clause)
            for e in entities(meeting.sentence)
        ):
            continue  # dated in words of its own, even ones we cannot resolve; not "the 1979 revolution"
        earlier = next(
            (
                m
                for m in reversed(found[:at])
                if m.sentence.start < meeting.sentence.start
                and set(m.people) & set(meeting.people)
                and (m.when is None or m.when.precision == "day")
            ),
            None,
        )
        if earlier is None:
            continue
        when = earlier.when or _day_told_again(earlier, found[:at])
        if when is None or when.precision != "day":
            continue
        if meeting.place and earlier.place and meeting.place.country != earlier.place.country:
            continue  # "was expected to travel to Israel after his Beirut visit": no day told
        if meeting.when is not None and not _within(when, meeting.when):
            continue  # dated by the stay of its people: only a day of that stay narrows it
        meeting.when = when
        meeting.by_the_stay = False


def _within(day: DateSpan, stay: DateSpan) -> bool:
    """Whether a day falls within the days of a stay ("arrived on Tuesday on a two-day visit ...
    Prior to the talks, A called on B": the talks' Wednesday, one of those days)."""
    if day.start is None or stay.start is None:
        return False
    return stay.start <= day.start and (day.end or day.start) <= (stay.end or stay.start)


def _day_told_again(meeting: Found, told: list[Found]) -> DateSpan | None:
    """The day another report of the same people's meeting of the same kind gives it ("Trump
    spoke with Putin on Wednesday ... After the call with Putin"): for one told with no day."""
    return next(
        (
            m.when
            for m in told
            if m.when is not None and m.kind == meeting.kind and set(m.people) == set(meeting.people)
        ),
        None,
    )


def _told_next_to_a_meeting(meeting: Found) -> bool:
    """Whether a meeting's clause puts it after or before a meeting named by its word: "after
    the call with", "following their talks", "before sitting down with", "after meeting", "prior to
    the talks", "ahead of the meeting"; also one
    set on the verbs the meeting's verb completes ("Before sitting down with A, B is | due to |
    see C": the phrase hangs on "is")."""
    doc = meeting.sentence.doc
    tokens, heads = doc_tokens(doc), doc_heads(doc)  # made once per doc, not a Token per word and head
    above = _completed_verbs(meeting.verb)
    hung_above = [t for t in span_tokens(meeting.sentence) if heads[t.i] in above and t.i != heads[t.i]]
    words = [tokens[i] for i in meeting.clause] + hung_above
    # "Ahead of the meeting, A received B": the clause leaves out the phrase of the meeting it names
    words += [c for c in children_of(meeting.verb) if c.lower_ in NEXT_TO_BY and c.i not in meeting.clause]
    for word in words:
        if word.lower_ in NEXT_TO_BY and word.dep_ == "advmod":
            # "Prior to the talks", "Ahead of the meeting": the preposition the adverb takes
            told = [
                c
                for p in children_of(word)
                if p.dep_ == "prep" and p.lower_ == NEXT_TO_BY[word.lower_]
                for c in children_of(p)
                if c.dep_ in {"pobj", "pcomp"}
            ]
        elif word.lower_ not in NEXT_TO or word.dep_ not in {"prep", "mark"}:
            continue
        elif word.dep_ == "mark":
            told = [word.head] if word.head.i != meeting.verb.i else []
        else:
            told = [c for c in children_of(word) if c.dep_ in {"pobj", "pcomp"}]
        for other in told:
            if other.i == meeting.trigger.i and not _met_beyond(meeting, word):
                continue  # "after talks with Putin on Friday, ...": the meeting itself
            if not is_trigger(other) or other.lemma_.lower() in TRIP_NOUNS:
                continue  # "after his Beirut visit": a stay of days, not a meeting's day
            if other.pos_ == "NOUN" and not any(c.dep_ in {"det", "poss"} for c in children_of(other)):
                continue  # "after talks on trade": no meeting told before
            return True
    return False


NEXT_TO = frozenset("after following before".split())
# adverbs that tell the same with a preposition of their own: "prior to the talks", "ahead of the
# meeting" (the day of that meeting, as "before the talks" is)
NEXT_TO_BY = {"prior": "to", "ahead": "of"}


def _completed_verbs(verb: Token) -> set[int]:
    """The words a meeting's verb completes, up to the clause's own verb: "is" and "due" of "is due
    to see", "expected" of "is expected to meet"; none for a verb of its own clause."""
    found: set[int] = set()
    while verb.dep_ in {"xcomp", "acomp"} and verb.head.i != verb.i:
        verb = verb.head
        found.add(verb.i)
    return found


def _met_beyond(meeting: Found, word: Token) -> bool:
    """Whether a meeting whose word the parse took inside a phrase of "before" or "after" is told
    by a verb of meeting outside it ("Before his talks with the chancellor, Li called on the
    president": the call, not the talks, is the meeting)."""
    verb = meeting.verb
    return verb.i not in {t.i for t in subtree_of(word)} and verb.pos_ == "VERB" and is_trigger(verb)


def the_rounds_day(found: list[Found]) -> None:
    """A round of meetings one person is told to hold on a day, with no one named ("On December
    13, Xi had a series of meetings with other Vietnamese leaders"), tells the day of the
    meetings of theirs told after it, each with no date of its own, no other date told between,
    and not told as background ("He met President Thuong at the palace")."""
    for at, round_ in enumerate(found):
        when = round_.when
        if len(round_.people) != 1 or round_.kind != "in_person" or when is None or when.precision != "day":
            continue
        if round_.trigger.tag_ != "NNS" or lemma_of(round_.trigger) in GATHERINGS or before_the_news(round_):
            continue  # "meetings", "talks"; not "where he is attending the NATO Summit"
        for meeting in found[at + 1 :]:
            gap = meeting.sentence.start - round_.sentence.end
            if gap > UNDATED_REACH or _dated_between(round_, meeting):
                break
            if (
                meeting.when is None
                and meeting.kind == "in_person"
                and round_.people[0] in meeting.people
                and not before_the_news(meeting)
                and not any(e.label_ in {"DATE", "TIME"} for e in entities(meeting.sentence))
                and not in_other_countries(meeting.place, round_.place)
            ):
                meeting.when = when


ALSO_REACH = 40  # tokens: the next sentence or so
# tokens: a few paragraphs that tell no other date ("... told a news conference after it")
UNDATED_REACH = 200


def _dated_between(earlier: Found, meeting: Found, since: int | None = None) -> bool:
    """Whether the text between two meetings' sentences names a date or time, not how long
    something lasted ("after the roughly hour-long meeting") nor how often ("Every day that passes
    costs lives", "talks each week", "daily briefings"): a frequency names no day; nor a date
    that describes a thing ("backed the November agreement")."""
    doc = meeting.sentence.doc
    return any(
        e.label_ in {"DATE", "TIME"}
        and not any(t.lemma_.lower() in DURATIONS for t in e)
        and not any(t.lower_ in FREQUENCY for t in e)
        and not dates_a_thing(e)  # "support for the November agreement": a thing's month, no time told
        for e in entities(doc[earlier.sentence.end if since is None else since : meeting.sentence.start])
    )


DURATIONS = frozenset("hour minute".split())
# words that make a time phrase a frequency: "every day", "each week", "daily", "twice a month"
FREQUENCY = frozenset("every each daily weekly monthly yearly annually".split())


def held_alongside(found: list[Found]) -> None:
    """A meeting held "meanwhile", or "also" on the day of the one told before it (see
    :func:`also_that_day`), with no place of its own is held where the meeting told before it
    was."""
    for meeting in found:
        if meeting.alongside is not None and meeting.place is None:
            meeting.place = meeting.alongside.place


# the words that put a meeting within the day of the one told before it: "Earlier in the day",
# "later that day", "earlier on the same day"
WITHIN_THE_DAY = re.compile(r"\b(?:earlier|later) (?:in the day|that day|on the same day)\b", re.I)


def earlier_or_later_that_day(found: list[Found]) -> None:
    """A meeting told "earlier in the day" or "later that day", with no place of its own, was
    held where the meeting told just before it, of that day and with one of its people, was held
    (none from a third country): a traveller does not change towns within a day unsaid ("Oli met
    Xi in Beijing on Tuesday. ... Earlier in the day, Oli held talks with Premier Li": Beijing).
    Not one told with a day of its own other than that one."""
    for at, meeting in enumerate(found):
        if meeting.place is not None or meeting.kind != "in_person" or before_the_news(meeting):
            continue
        clause = "".join(meeting.sentence.doc[i].text_with_ws for i in sorted(meeting.clause))
        if not WITHIN_THE_DAY.search(clause):
            continue
        earlier = next(
            (
                m
                for m in reversed(found[:at])
                if m.kind in {"in_person", "visit"} and not before_the_news(m) and _share_someone(meeting, m)
            ),
            None,
        )
        if earlier is None or earlier.place is None or (day := _its_day(earlier)) is None:
            continue
        if meeting.sentence.start - earlier.sentence.end > UNDATED_REACH:
            continue
        if meeting.when is not None and (meeting.when.start, meeting.when.end) != (day.start, day.end):
            continue  # "Earlier in the day, on Monday": a day of its own
        if _none_from_a_third_country(meeting, earlier):
            meeting.place, meeting.when = earlier.place, meeting.when or day


# the words before a trip noun that point back to the trip told just before: "during that stay"
POINTING_BACK = frozenset("that same".split())
# words that tell another time on the same trip: "Earlier on that trip"
OTHER_TIME_ON_IT = frozenset("earlier later before after next previously".split())
DURING_REACH = 1  # tokens between the two sentences: the one right before


def trip_pointed_back(meeting: Found, found: list[Found]) -> Found | None:
    """The trip a meeting told "during that stay" (or "on that visit", "during the same trip"; not
    "earlier on that trip")
    was held on: the meeting or visit the sentence right before told with a date, by someone of
    its meeting there; it gives the meeting its date and, where the meeting's words name no place,
    its place ("The king last visited the Emirates in November 2017, when he attended the
    opening of A. During that stay, he received B at his residence": November 2017)."""
    if meeting.kind not in {"in_person", "visit"}:
        return None
    tokens = doc_tokens(meeting.sentence.doc)
    if not any(_during_that_trip(tokens[i]) for i in meeting.clause):
        return None
    if any(tokens[i].lower_ in OTHER_TIME_ON_IT for i in meeting.clause):
        return None
    earlier = next((m for m in reversed(found) if m.sentence.start < meeting.sentence.start), None)
    if earlier is None or earlier.when is None or earlier.kind not in {"in_person", "visit"}:
        return None
    if meeting.sentence.start - earlier.sentence.end > DURING_REACH or not _share_someone(meeting, earlier):
        return None
    return earlier


def _during_that_trip(token: Token) -> bool:
    """A trip noun pointed back to after "during", "on" or "in": "during that stay", "on that
    visit", "during the same trip"; not "on the trip", which may be the whole trip."""
    return (
        token.lemma_.lower() in TRIP_NOUNS
        and token.dep_ == "pobj"
        and token.head.lower_ in {"during", "on", "in"}
        and any(c.dep_ in {"det", "amod"} and c.lower_ in POINTING_BACK for c in children_of(token))
        and not any(c.dep_ == "poss" for c in children_of(token))
    )
