"""Reading the whole article as a reader would: a person's stated whereabouts carry to their
later meetings, people said to attend join the meeting just reported, a definite reference ("the
meeting") adds whom it names, a headline's meeting is the one the article tells in full, and the
lead sets the scene (place, occasion, day) for meetings reported without their own."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from extract import dates, occasions
from extract.circumstances import (
    LINKED_NOUNS,
    MEETING_NOUNS,
    VISIT_WORDS,
    clause_occasion,
    clause_place,
    gathering_at_another_time,
    in_a_building_of,
    in_clause,
    is_venue,
    place_spans,
    toured_places,
    unplaced_buildings,
    unplaced_venue,
    venue_in,
)
from extract.datelines import (
    article_dateline,
    dateline_end,
    dateline_place,
    is_dateline,
)
from extract.found import Found
from extract.gatherings import margins_occasion
from extract.gazetteer import ORGANISATIONS
from extract.kinds import (
    ATTENDING,
    CALL_NOUNS,
    PHONE_WORDS,
    REMOTE_KINDS,
    TO_COME,
    VIDEO_WORDS,
    WILLING,
    WISHES,
    called_off,
    meeting_kind,
    past_perfect,
    told_as_a_past_plan,
)
from extract.layout import CAPTION
from extract.participants import (
    OBJECT_CONTROL,
    REPORTING,
    SCHEDULE_WORDS,
    governor,
    in_a_capacity,
    is_headline,
    nominal,
    own_clause,
    people_of,
    plural_reference,
    represented,
    set_off_with_an_organisation,
    subject_of,
    with_them,
)
from extract.people import Cluster, People
from extract.places import resolve_place
from extract.records import DateSpan, Occasion, Place
from extract.spans import clause_tokens, doc_text, entities, passive_agents, span_text, span_tokens
from extract.timing import clause_date
from extract.told import is_background, told_as_after
from extract.triggers import is_trigger, lemma_of, of_a_named_body, of_one_body, vague
from extract.whereabouts import TRIP_NOUNS, Trip

ATTENDANCE_WORDS = frozenset(
    "accompanied attendance attended attending seated flanked joined alongside present participated "
    "represented".split()
)
# words that say those named were at the meeting, not only beside someone who was
PRESENCE_WORDS = frozenset("attendance attended attending present represented".split())
# The kinds of meeting others sit in on: at the table, or in the room of a call ("Cai Qi and Wang
# Yi were present at the video call").
ATTENDED_KINDS = frozenset({"in_person", "video", "phone"})


def join_references(found: list[Found], people: People, published: date | None = None) -> list[Found]:
    """ "the meeting", "that conversation": a definite reference to the meeting just reported.

    Undated, it adds whom it names to that meeting ("Modi had a bilateral meet in Kazan ... At
    the bilateral meet, Putin spoke of ..."; "Macron welcomes Xi ... von der Leyen thanked
    Macron for calling the meeting"). Dated, by the same people, it tells when that meeting,
    undated so far, was held ("Putin and Xi have already talked by video link. They held that
    conversation on December 20, 2022."). A reference in a sentence of the news is to the news,
    not to a meeting told as its past in between ("Blinken was received by Xi in June. Biden,
    asked at a news conference after the talks, ..." are the talks of the news)."""
    kept: list[Found] = []
    for meeting in found:
        definite = (
            nominal(meeting.trigger) and definite_word(meeting.trigger) and not _earlier(meeting.trigger)
        )
        news = not of_the_past(meeting, published)
        target = next(
            (
                m
                for m in reversed(kept)
                if m.kind == meeting.kind == "in_person" and not (news and of_the_past(m, published))
            ),
            None,
        )
        named = set(meeting.people)
        framed = meeting.trigger.dep_ == "pobj" and meeting.trigger.head.lower_ in {"during", "at", "in"}
        if framed and len(named) >= 2:
            # "During the talks with Bagheri Kani, Safadi stressed": a statement framed in the
            # talks told with them, not in a courtesy call on another told since
            target = _covering(named, kept, news, published) or target
        elif definite and target is not None and len(named) == 1 and not named <= set(target.people):
            # '"...," Yoon said at the start of the talks' after "Yoon and Ishiba held a summit. It
            # came hours after Ishiba held talks with Li": the talks of all those the sentence names
            in_sentence = set(people.in_tokens(meeting.sentence))
            if len(in_sentence) >= 2:
                target = _covering(in_sentence, kept, news, published) or target
        if framed and (told := _told_with_them(meeting, kept, people, news, published)) is not None:
            told.join([], meeting.sentence)  # "During his meeting with B, the President stressed ..."
            continue
        # "During the meeting, A renewed the invitation for B to the summit in Rome in May": the
        # words only frame a statement, whose place and day are not those of the meeting told
        bare = framed and _framing_alone(meeting.trigger) and target is not None and target.when is not None
        if (
            definite
            and (meeting.when is None or bare)
            and target is not None
            and (set(target.people) & set(people.in_tokens(meeting.sentence)) or len(target.people) == 1)
            and (bare or not _elsewhere(meeting.place, target.place))
            and not _another_sort(meeting, target)
            and len(target.delegations) < 2  # "bilateral talks with Iran, Uzbekistan and Turkey": a round
            and not _called_about(meeting, found)
        ):
            target.join(meeting.people, meeting.sentence)
            if within(meeting.place, target.place) and not bare:
                target.place = meeting.place  # "met in Qatar ... the meeting started at 4pm in Doha"
            continue
        if definite and (plan := _the_plan_again(meeting, kept)) is not None:
            plan.join([], meeting.sentence)  # "canceled the summit he had planned with Putin ...
            plan.place = plan.place or meeting.place  # ... said of the proposed summit in Budapest"
            continue
        last = kept[-1] if kept else None
        if last is not None and _the_call_again(meeting, last):
            last.join(meeting.people, meeting.sentence)
            continue
        if (
            definite
            and meeting.when is not None
            and last is not None
            and last.when is None
            and last.kind == meeting.kind
            and set(meeting.people) == set(last.people)
        ):
            last.when = meeting.when
            last.join(meeting.people, meeting.sentence)
            continue
        kept.append(meeting)
    return kept


def _told_with_them(
    reference: Found, kept: list[Found], people: People, news: bool, published: date | None
) -> Found | None:
    """The meeting told before that "his meeting with B" sets the scene in, in a sentence that
    frames a statement with it ("During his meeting with B, the President stressed ..."): the
    latest held in person with all those its own "with" names, at no other place or day. "His"
    is someone of that meeting, who may be named only by a title the reference cannot trust."""
    noun = reference.trigger
    met = set(with_them(noun, people))
    if not met or not any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children):
        return None
    told = _covering(met, kept, news, published)
    if (
        told is None
        or _elsewhere(reference.place, told.place)
        or (None not in (reference.when, told.when) and reference.when != told.when)
    ):
        return None
    return told


def _framing_alone(noun: Token) -> bool:
    """Whether a meeting word only sets the scene of what its sentence tells, with nothing of
    its own but "the": "During the meeting, A invited B to Rome in May" (Rome and May are the
    invitation's), not "At the meeting in Doha on Monday" nor "during his talks with B". A
    gathering is not the meeting told ("Addressing the leaders at the summit, A said")."""
    return (
        [c.lower_ for c in noun.children] == ["the"]
        and noun.head.head.pos_ in {"VERB", "AUX"}
        and lemma_of(noun) not in GATHERINGS
    )


def _covering(named: set[Cluster], kept: list[Found], news: bool, published: date | None) -> Found | None:
    """The latest meeting held in person that has all the ``named`` people, of the news where the
    reference is the news'."""
    return next(
        (
            m
            for m in reversed(kept)
            if m.kind == "in_person" and not (news and of_the_past(m, published)) and named <= set(m.people)
        ),
        None,
    )


SEQUENCE_VERBS = frozenset("come follow precede".split())


def _the_plan_again(reference: Found, kept: list[Found]) -> Found | None:
    """The plan told before (planned or called off) that "the proposed summit in Budapest"
    names again: a plan of the same sort, of no other day, that names only people of it (a day
    in its sentence may be the day it was spoken of: "At the White House on Wednesday, Trump
    said of the proposed summit in Budapest")."""
    if reference.kind not in {"planned", "cancelled"}:
        return None
    plan = next((m for m in reversed(kept) if m.kind in {"planned", "cancelled"}), None)
    if (
        plan is None
        or lemma_of(plan.trigger) != lemma_of(reference.trigger)
        or not set(reference.people) <= set(plan.people)
        or _elsewhere(reference.place, plan.place)
        or (None not in (plan.when, reference.when) and plan.when != reference.when)
    ):
        return None
    return plan


def the_one_that_came(reference: Found) -> bool:
    """Whether "the conversation" is the meeting just told, told again as what came after or
    before another event ("The conversation came a day after Modi's phone call with Biden",
    "The talks followed a meeting of their aides"): it names no one in its own words, and whom
    the other event names did not take part in it."""
    word = reference.trigger
    return (
        nominal(word)
        and definite_word(word)
        and word.dep_ == "nsubj"
        and word.head.lemma_.lower() in SEQUENCE_VERBS
        and not any(t.ent_type_ == "PERSON" for t in word.subtree)
        and _after_a_meeting(word.head, word)
    )


def _after_a_meeting(verb: Token, subject: Token) -> bool:
    """Whether what a meeting "came after" or "followed" is itself told as a meeting, by a noun
    ("a day after Modi's phone call with Biden", "followed a meeting of their aides"); not "The
    visit came seven months after Erdogan travelled to Cairo", where the visit word tells that
    trip."""
    mine = {t.i for t in subject.subtree}
    events = [
        g
        for t in verb.subtree
        if t.i not in mine
        and ((t.dep_ == "prep" and t.lower_ in {"after", "before", "following"}) or t.i == verb.i)
        for g in t.children
        if g.dep_ in {"pobj", "dobj"}
    ]
    return any(
        is_trigger(g) or any(c.dep_ == "compound" and is_trigger(c) for c in g.children) for g in events
    )


def _the_call_again(reference: Found, last: Found) -> bool:
    """Whether "the call" is the call just told, named again by the same people with nothing new
    of its own ("A and B spoke in a phone call about trade. The two leaders used the phone call to
    discuss investment")."""
    word = reference.trigger.head if reference.trigger.dep_ == "compound" else reference.trigger
    return (
        nominal(word)
        and definite_word(word)
        and not _earlier(word)
        and reference.kind == last.kind
        and reference.kind in REMOTE_KINDS
        and reference.when is None
        and reference.place is None
        and bool(reference.people)
        and set(reference.people) == set(last.people)
    )


def of_the_past(meeting: Found, published: date | None) -> bool:
    """Whether a meeting is told as the past of the news: in words ("last met", "had met") or by
    a date that ended more than a week before publication."""
    return is_background(span_text(meeting.sentence)) or _ended_before_the_week(meeting.when, published)


# Words of a gathering of many, which "the summit" names; not a meeting held on its sidelines.
GATHERINGS = frozenset("summit conference forum congress assembly".split())


def _another_sort(reference: Found, meeting: Found) -> bool:
    """Whether "the summit" (or "the conference") cannot bring someone new to the meeting told
    before, one of two or more people not told as one, or one told at an occasion, which "the
    summit" names: "Maduro and Ali met in Argyle. Petro, who also attended the summit, held talks
    with Maduro" does not put Petro at their meeting, nor "Sheinbaum held a series of bilateral
    meetings on the sidelines of the G20 summit. ... Biden, who is also attending the summit" at
    hers. Nor does it join one who goes to the gathering to one who attends it: "Guterres arrived
    in Kazan to attend the BRICS summit. Putin, addressing the summit, said ..." tells two of its
    guests, not a meeting of theirs."""
    word = lemma_of(reference.trigger)
    newcomers = set(reference.people) - set(meeting.people)
    attended = len(meeting.people) == 1 and meeting.verb.lemma_.lower() in ATTENDING
    return (
        word in GATHERINGS
        and (lemma_of(meeting.trigger) != word or attended)
        and (len(meeting.people) >= 2 or meeting.occasion is not None or attended)
        and bool(newcomers)
    )


def within(city: Place | None, country: Place | None) -> bool:
    """Whether a city is a closer statement of a place known only by its country (not by a
    region of it: "the province of Guangdong" is no closer stated as Beijing)."""
    if city is None or city.city is None or country is None:
        return False
    return country.city is None and country.region is None and country.country == city.country


def in_the_city(found: list[Found]) -> None:
    """A meeting placed only in a country was held in the city of that country where its people
    are told to have met others ("talks on the sidelines of an OIC meeting in Saudi Arabia ...
    Fidan met Araghchi in Jeddah"), where the article gives them one such city; a trip to a
    country, where it tells of its traveller in two of its cities ("talks with Modi in New Delhi
    ... After New Delhi, he will travel to Bengaluru"), was to both."""
    for meeting in found:
        if meeting.place is None or meeting.place.city is not None:
            continue
        told = [o for o in found if o.kind == meeting.kind and o.people == meeting.people]
        if any(_at_a_venue_unplaced(o) for o in told):
            continue  # "met at the X Spaceport": not in the city one was greeted in on the way
        cities = {
            other.place
            for other in found
            if other.kind == meeting.kind
            and set(other.people) & set(meeting.people)
            and within(other.place, meeting.place)
            and not _other_days(other.when, meeting.when)
        }
        tour = {  # a trip to a country whose people go to several of its cities, on any day
            other.place
            for other in found
            if meeting.visit
            and len(meeting.people) == 1
            and other.kind == meeting.kind
            and set(other.people) & set(meeting.people)
            and within(other.place, meeting.place)
        }
        if len(cities) == 1 and len(tour) < 2:
            meeting.place = cities.pop()


def at_the_occasion(found: list[Found]) -> None:
    """A meeting held, or planned, in the city of a summit the article has told of, within a day
    or two of a meeting held at it, is held at that summit ("A met B on the sidelines of the
    Pacific Islands Forum in Nuku'alofa on Tuesday. C, who flew into the Tongan capital on
    Monday, held a bilateral meeting with D"), whoever its people are; not one told before the
    summit (a state visit's talks, told first, on the day the guest co-chairs a summit), nor one
    held there during a trip to attend it (a trip is no meeting held at its gathering), nor one
    told as background, nor one the article dates only vaguely, nor one whose sentence tells a
    gathering as before or after it ("on the eve of the summit"), nor one told in the past perfect
    on a day before the summit's meeting ("his visit had begun on Monday, when he met ..."); nor
    is a meeting held at a format named by the countries that hold it ("the Brazil-Chile-Peru
    trilateral summit", "the X-Y-Z Trilateral Foreign Ministers' Dialogue"): that is a meeting of
    its own, and talks of two of its members in its city that day are talks of the visit, at it
    only where their own sentence says so ("on the sidelines of the trilateral summit")."""
    for meeting in found:
        if meeting.occasion is not None or meeting.kind not in {"in_person", "planned", "cancelled"}:
            continue
        if meeting.place is None or meeting.place.city is None or _before_the_news(meeting):
            continue
        if gathering_at_another_time(meeting.sentence):
            continue  # "met on Monday, on the eve of the summit": not at it
        held = {
            other.occasion
            for other in found
            if other.occasion is not None
            and other.kind != "visit"  # a trip "to attend the celebrations" is no meeting held at them
            and other.sentence.start < meeting.sentence.start
            and other.place is not None
            and (other.place.city, other.place.country) == (meeting.place.city, meeting.place.country)
            and _days_within(other.when, meeting.when, SUMMIT_DAYS)
            and not occasions.countries_of_format(other.occasion)
            and not _told_as_past_by(meeting, other)
        }
        if len(held) == 1:
            meeting.occasion = held.pop()


SUMMIT_DAYS = 2  # a summit's days and the eve of it


def _told_as_past_by(meeting: Found, other: Found) -> bool:
    """Whether a meeting is told as already past by the day of another: dated before it, on a verb
    in the past perfect or one its clause hangs on ("Her trip had started on Sunday, when she was
    welcomed by the prime minister", told after a summit meeting of Monday: a meeting of the eve,
    not at the summit)."""
    if not _dated_before(meeting.when, other.when):
        return False
    return any(past_perfect(verb) for verb in (meeting.verb, *meeting.verb.ancestors))


def _dated_before(one: DateSpan | None, other: DateSpan | None) -> bool:
    """Whether a date ends before another begins, both known."""
    if one is None or other is None or one.end is None or other.start is None:
        return False
    return one.end < other.start


def one_of_the_round_before(meeting: Found, found: list[Found], before: list[Span]) -> None:
    """A meeting of someone whose round of meetings at a gathering the sentences just before tell
    (the last meeting they tell, in the plural: "Hichilema held several bilateral meetings on the
    sidelines of the SADC summit. He met Nyusi and, separately, Lourenco") is one of that round: at
    that gathering, and in its city where the meeting is placed in none or only in its country; not
    one told in another city."""
    if meeting.occasion is not None or meeting.kind != "in_person" or not before:
        return
    if is_background(span_text(meeting.sentence)):
        return
    starts = {s.start for s in before}
    last = next((m for m in reversed(found) if m.sentence.start in starts), None)
    if last is None or last.occasion is None or last.kind != "in_person" or len(last.people) != 1:
        return
    if last.people[0] not in meeting.people or is_background(span_text(last.sentence)):
        return
    if last.trigger.tag_ not in {"NNS", "NNPS"}:
        return  # "Modi attended the G20 summit in Rio. Back in New Delhi, Modi received ...": no round
    if (
        meeting.place is not None
        and meeting.place.city
        and last.place is not None
        and meeting.place != last.place
    ):
        return  # told elsewhere
    meeting.occasion = last.occasion
    if meeting.place is None or within(last.place, meeting.place):
        meeting.place = last.place


def in_the_occasions_city(found: list[Found], sentences: list[Span]) -> None:
    """A meeting at a summit, placed in no city, is in the one city the article names for that
    summit, whether in the words of the summit ("the G20 summit in Rio de Janeiro, Brazil") or as
    the city of another meeting at it: "A met B at the APEC summit in Lima. ... On the sidelines of
    the APEC summit, A met C in Peru". Only a meeting placed nowhere, or in that city's country,
    and only one held (not a plan, nor one told as background: the same summit's name may be
    another year's, "met at the NATO summit in Vilnius ... will meet at the NATO summit")."""
    if all(meeting.occasion is None for meeting in found):
        return  # no meeting at a summit: none to place
    cities: dict[Occasion, set[Place]] = {}
    for meeting in found:
        if meeting.occasion is not None and meeting.place is not None and meeting.place.city is not None:
            cities.setdefault(meeting.occasion, set()).add(meeting.place)
    for sentence in sentences:
        for occasion, place in _occasions_in_cities(sentence):
            cities.setdefault(occasion, set()).add(place)
    held = {meeting.occasion for meeting in found if meeting.occasion is not None}
    if len(held) == 1 and (only := next(iter(held))) not in cities:
        for sentence in sentences:  # "In his speech at the summit, which was held in Kingstown"
            cities.setdefault(only, set()).update(_where_the_gathering_was_held(sentence))
    for meeting in found:
        if meeting.occasion is None or len(where := cities.get(meeting.occasion, set())) != 1:
            continue
        city = next(iter(where))
        if meeting.place is None:
            if meeting.kind != "in_person" or _before_the_news(meeting):
                continue
            meeting.place = city
        elif within(city, meeting.place) and meeting.kind in {"in_person", "planned", "cancelled"}:
            meeting.place = city


# Words that make a gathering another than the one told: "the next summit", "the last forum".
OTHER_TIMES = frozenset("next last previous upcoming coming following future".split())


def _held_later(verb: Token) -> bool:
    """Whether a verb is told as to come: "will be held", "is to take place"."""
    return any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "would", "'ll", "to"} for c in verb.children)


def _where_the_gathering_was_held(sentence: Span) -> list[Place]:
    """The places a sentence says "the summit" it points back to was held in, in a clause of its
    own: "at the summit, which was held in St. Vincent and the Grenadines", "the forum, held in
    Vladivostok", "the summit, convened in Sharm el-Sheikh"; the article's one summit (not one
    named here: that one is read by its name)."""
    told = []
    for noun in span_tokens(sentence):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in GATHERINGS or not definite_word(noun):
            continue
        if any(c.dep_ in {"compound", "amod"} and c.pos_ == "PROPN" for c in noun.children):
            continue  # "the G20 summit": named
        if any(c.lower_ in OTHER_TIMES for c in noun.children):
            continue  # "the next summit, which will be held in Johannesburg": another one
        for verb in (c for c in noun.children if c.dep_ in {"relcl", "acl"}):
            if verb.lemma_.lower() not in {"hold", "take", "host", "convene"} or _held_later(verb):
                continue
            told += [
                place
                for ent in place_spans(sentence)
                if verb.left_edge.i <= ent.start
                and ent.end <= verb.right_edge.i + 1
                and is_venue(ent)
                and (place := resolve_place(ent.text)) is not None
            ]
    return told


_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][\w-]*\)")


# verbs a gathering is the subject of where a sentence tells where it is held: "The summit opened
# in Apia", "kicked off in Montevideo", "took place in Harare"
OPENING_VERBS = frozenset("open begin start kick take convene run close end".split())


def _occasions_in_cities(sentence: Span) -> list[tuple[Occasion, Place]]:
    """The summits a sentence names with the city they are held in right after them: "the G7
    summit in Kananaskis, Alberta" (not "the G7 summit, in Canada", nor the Prime Minister's
    return "from the G7 summit to Tokyo"), or in the words of its opening: "The Commonwealth
    Heads of Government Meeting opened in Apia", "The Mercosur summit kicked off in Montevideo"."""
    told = []
    text = span_text(sentence)
    for start, end, occasion in occasions.find_occasions(text, doc_text(sentence.doc)):
        if acronym := _ACRONYM_AFTER.match(text, end):
            end = acronym.end()  # "the Joint Ministerial Commission (JMC) in Nairobi"
        at = sentence.start_char + end
        word = next((t for t in sentence if t.idx >= at), None)
        if word is None or word.lower_ != "in" or word.idx - at > 1:
            word = _where_it_opened(sentence.char_span(start, end, alignment_mode="expand"))
        if word is None:
            continue
        named = next((e for e in place_spans(sentence) if e.start == word.i + 1), None)
        place = resolve_place(named.text) if named is not None else None
        if place is not None and place.city is not None:
            told.append((occasion, place))
    return told


def _where_it_opened(span: Span | None) -> Token | None:
    """The "in" of where a gathering that is a sentence's subject opened or took place."""
    if span is None or span.root.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    verb = span.root.head
    if verb.lemma_.lower() not in OPENING_VERBS or any(c.lower_ in {"will", "shall"} for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"), None)


def _days_within(one: DateSpan | None, other: DateSpan | None, days: int) -> bool:
    """Whether two dates, both told to the day, are at most ``days`` apart."""
    if one is None or other is None or one.precision != "day" or other.precision != "day":
        return False
    if one.start is None or other.start is None:
        return False
    return abs((one.start - other.start).days) <= days


def _on_its_days(meeting: DateSpan | None, visit: DateSpan | None) -> bool:
    """Whether a meeting's days are known and fall within a visit's known days: "met Aliyev on
    April 23 ... Aliyev was on a state visit to China from April 22 to 24" is a meeting of that
    visit, however long before the news both were."""
    if meeting is None or visit is None:
        return False
    if meeting.start is None or meeting.end is None or visit.start is None or visit.end is None:
        return False
    return visit.start <= meeting.start and meeting.end <= visit.end


def _other_days(one: DateSpan | None, other: DateSpan | None) -> bool:
    """Whether two dates are known and do not overlap (a meeting of July 2022, one of July 2023)."""
    if one is None or other is None:
        return False
    if one.start is None or one.end is None or other.start is None or other.end is None:
        return False
    return one.end < other.start or other.end < one.start


AGAIN = frozenset("again another next second new further".split())


ALLEGED = frozenset("alleged reported rumoured rumored purported supposed claimed".split())


def overtaken_plans(found: list[Found]) -> None:
    """A plan told in the past tense after the article has told a calling off by one of its people
    ("Biden cancels Australia trip ... Albanese was to host Biden, Modi and Kishida at the Opera
    House on May 24") is one of those called off."""
    for meeting in found:
        if meeting.kind != "planned" or not told_as_a_past_plan(meeting.trigger):
            continue
        if any(
            other.kind == "cancelled"
            and other.sentence.start < meeting.sentence.start
            and set(other.people) & set(meeting.people)
            for other in found
        ):
            meeting.kind = "cancelled"


def join_alleged(found: list[Found]) -> list[Found]:
    """A meeting the article tells as alleged ("a report on an alleged meeting of Zelenskyy and
    Patrushev in Oman") is the meeting of the same people it says was denied: one denied meeting,
    with what either telling says of where."""
    kept: list[Found] = []
    for meeting in found:
        alleged = any(c.dep_ == "amod" and c.lower_ in ALLEGED for c in meeting.trigger.children)
        denied = next(
            (
                m
                for m in found
                if m.kind == "cancelled" and m is not meeting and set(m.people) == set(meeting.people)
            ),
            None,
        )
        if alleged and denied is not None and meeting.kind != "cancelled":
            denied.place = denied.place or meeting.place
            denied.join(meeting.people, meeting.sentence)
            continue
        kept.append(meeting)
    return kept


def join_announced(found: list[Found], published: date | None = None) -> list[Found]:
    """A plan of the article's news told without a date or place of its own ("Tinubu and
    Ramaphosa would discuss bilateral matters, the spokesman said on Sunday") is the meeting
    of the same people the article says was held: one report, with both sentences; else the
    plan of the same people the article tells with a date or place ("The two agreed to meet in
    person soon. Lula suggested they meet during the ASEAN summit later this month"). Not one
    that is told as another ("will meet again", "a second meeting"), nor to a meeting held before
    the week of the news ("will hold talks with Sheinbaum ... after Sheinbaum travelled to Canada
    in June for the G7 summit")."""
    kept: list[Found] = []
    for meeting in found:
        same = [
            m
            for m in found
            if m is not meeting and set(m.people) == set(meeting.people) and len(m.people) >= 2
        ]
        held = next(
            (m for m in same if m.kind == "in_person" and not _long_before(m, published)), None
        ) or next(
            (m for m in same if m.kind == "planned" and (m.when is not None or m.place is not None)), None
        )
        if (
            meeting.kind == "planned"
            and held is not None
            and ((meeting.when is None and meeting.place is None) or _announced_before(meeting, held))
            and not {t.lower_ for t in meeting.sentence} & AGAIN
        ):
            held.join([], meeting.sentence)
            continue
        kept.append(meeting)
    return kept


def _announced_before(plan: Found, held: Found) -> bool:
    """Whether a plan is the held meeting announced in the days before it: at its place, dated at
    most three days before its day ("Tinubu left France on Monday for Cape Town, where he will
    co-chair the commission with Ramaphosa" and "Ramaphosa welcomed Tinubu in Cape Town on
    Tuesday")."""
    if held.kind != "in_person" or plan.place is None or plan.place != held.place:
        return False
    if plan.when is None or held.when is None or plan.when.start is None or held.when.start is None:
        return False
    return 0 <= (held.when.start - plan.when.start).days <= 3


def join_headline(found: list[Found], sentences: list[Span], published: date | None) -> list[Found]:
    """A headline's meeting is the one the article's next report of the same people and kind
    tells in full ("Putin, Xi conduct talks over encrypted video link" / "Xi and Putin are
    conducting talks on Friday over an encrypted video link"): one report, with what either
    says of the place, occasion and date, unless they disagree on it. A meeting told as the
    past of the news ("Their last meeting was in Beijing") is another, and one dated before the
    week of the news is the headline's only where the article tells none in the news (a photo's
    caption, "Blinken sits down with Wang Yi for talks in Nusa Dua, July 9, 2022", under
    "Blinken sits down with Wang Yi at ASEAN meeting sidelines" is not; "Masisi denies planned
    meeting with Khama" over "was due to meet Khama last month" is). So is
    each of the meetings a headline lists ("Ruto meets Museveni, Kagame on EAC sidelines")."""
    headline = next((s for s in sentences if s.text.strip()), None)  # a date line is blanked (layout)
    if len(found) < 2 or headline is None or found[0].sentence.start != headline.start:
        return found
    told_in_full: list[Found] = []
    for head in (m for m in found if m.sentence.start == headline.start):
        rest = [  # the first also with the headline's next, each other with the body's
            m
            for m in found
            if m is not head
            and not any(m is t for t in told_in_full)
            and (head is found[0] or m.sentence.start != headline.start)
        ]
        if _join_to_the_body(head, rest, published):
            told_in_full.append(head)
    return [m for m in found if not any(m is head for head in told_in_full)]


def _join_to_the_body(head: Found, body: list[Found], published: date | None) -> bool:
    """Join a headline's meeting to the body's report of it (see :func:`join_headline`);
    whether it was."""
    reports = [
        m
        for m in body
        if (m.kind == head.kind or (_unsaid_how(head) and m.kind in REMOTE_KINDS))
        and set(m.people) == set(head.people)
        and not is_background(span_text(m.sentence))
    ]
    # the report in the news before one dated long before it (an old photo's caption), if any
    told = next((m for m in reports if not of_the_past(m, published)), reports[0] if reports else None)
    if told is None and (parts := _told_in_parts(head, body)):
        for part in parts:  # "PM Modi speaks to Putin, Zelenskyy": two calls, told each in turn
            part.join([], head.sentence)
        return True
    # a day the headline does not name is one the lead gave it, which the report told in full
    # corrects ("PM meets Iranian president, Yunus" / "On Thursday, the premier held a meeting with Yunus")
    stated = head.when if any(e.label_ == "DATE" for e in entities(head.sentence)) else None
    if told is None or any(
        a is not None and b is not None and a != b
        for a, b in [(head.place, told.place), (head.occasion, told.occasion), (stated, told.when)]
        if not (a is head.place and _the_venue_and_its_town(a, b))
    ):
        return False
    if told.kind == head.kind:
        told.place = told.place or head.place  # a call's place is not the headline's dateline
    told.occasion = told.occasion or head.occasion
    told.when = told.when or head.when
    told.join(head.people, head.sentence)
    return True


def _the_venue_and_its_town(venue: object, town: object) -> bool:
    """A headline's venue that the table places in no town ("talks at Filoli Estate") and the
    town of that country the article then gives ("at the Filoli Estate in Woodside"): one place."""
    return (
        isinstance(venue, Place)
        and isinstance(town, Place)
        and venue.region is not None
        and venue.city is None
        and town.city is not None
        and venue.country == town.country
    )


def _told_in_parts(head: Found, found: list[Found]) -> list[Found]:
    """The meetings a headline of three or more people tells at once, which the article tells as
    meetings of one of them with each of the others, all in the news and of a kind the headline
    allows; none unless they name all the headline's people."""
    if len(head.people) < 3:
        return []
    parts: list[Found] = []
    for m in found:
        if (
            len(m.people) >= 2
            and set(m.people) < set(head.people)
            and (m.kind == head.kind or (_unsaid_how(head) and m.kind in REMOTE_KINDS))
            and not is_background(span_text(m.sentence))
            and all(set(m.people) != set(p.people) for p in parts)
        ):
            parts.append(m)
    shared = set.intersection(*(set(p.people) for p in parts)) if parts else set()
    named = set().union(*(set(p.people) for p in parts)) if parts else set()
    return parts if len(parts) >= 2 and shared and named == set(head.people) else []


def by_the_same_means(found: list[Found]) -> None:
    """A meeting told without saying how ("Hours later, the Prime Minister spoke to Zelenskyy")
    after the article told a call of the same people is that call: a call too, placed nowhere;
    so is one its sentence dates by a call ("Shortly after the Putin call, Trump spoke with
    Zelenskiy": one call after another)."""
    for i, meeting in enumerate(found):
        if not _unsaid_how(meeting) or meeting.trigger.pos_ != "VERB" or meeting.place is not None:
            continue  # "held face-to-face talks" says how
        if _after_a_call(meeting):
            meeting.kind = "phone"
            continue
        call = next(
            (
                m
                for m in found[:i]
                if m.kind in REMOTE_KINDS
                and set(m.people) == set(meeting.people)
                and not is_background(span_text(m.sentence))
            ),
            None,
        )
        if call is not None:
            meeting.kind = call.kind


def _after_a_call(meeting: Found) -> bool:
    """Whether a meeting's clause is dated by a call: "after the Putin call", "following his
    call with Biden"."""
    return any(
        token.lemma_.lower() in CALL_NOUNS  # "after the call", not "after the talks"
        and token.pos_ == "NOUN"
        and token.dep_ == "pobj"
        and token.head.lower_ in {"after", "following"}
        for token in clause_tokens(meeting.sentence, meeting.clause)
    )


# Headline words that say two people spoke, not how: "Jaishankar speaks to Sabry", "Xi, Biden talk".
UNSAID_HOW = frozenset("speak talk talks discuss confer".split())


def _unsaid_how(head: Found) -> bool:
    """Whether a headline's meeting is in person only because it does not say how ("Jaishankar
    speaks to Sabry"): the article's phone or video call of the same people is that one."""
    return head.kind == "in_person" and lemma_of(head.trigger) in UNSAID_HOW


@dataclass
class Setting:
    """Where the article's news happens, and who takes part in it."""

    place: Place | None  # None: a day without a place ("On Sunday, Guterres held discussions ...")
    occasion: Occasion | None = None
    people: list[Cluster] = field(default_factory=list)
    countries: set[str] = field(default_factory=set)
    day: DateSpan | None = None
    round_at: bool = False  # the occasion is that of one person's round of meetings the lead tells
    # the day of the lead meeting of several people, which dates their meetings told after it
    their_day: DateSpan | None = None


def setting_of(
    sentences: list[Span], found: list[Found], people: People, published: date | None
) -> Setting | None:
    """The scene of the article's news: the place of the first meeting its headline or lead
    reports (or a venue named in that sentence, "... at Samarkand in Uzbekistan"), else a venue
    the lead gives a meeting ("Meeting in Riyadh ..."), else the city of its dateline
    ("MOSCOW (AP) —"), else, with no place told at all, the gathering the lead meeting was held at
    ("talks on the margins of the summit"), for the meetings of its people that take no place of
    their own. The lead meeting, if undated, is dated with the day of the news."""
    read = (s for s in sentences if len(s) >= 6 and not CAPTION.search(span_text(s)))
    lead = list(itertools.islice(read, 8))  # the first eight, the rest not read
    starts = {s.start for s in lead}
    for sentence in lead:  # a lead that first tells a coming home: its summit or trip is the scene
        if (back := _back_from(sentence, people)) is not None:
            return back  # "Havana (RHC) -- Diaz-Canel came back to Cuba after the CELAC summit"
        if any(m.sentence.start == sentence.start and len(m.people) >= 2 for m in found):
            break
    unplaced = False  # a lead meeting held at a venue of its own that no gazetteer places
    news: Found | None = None  # the lead's first meeting, told with no place
    followed: set[int] = set()  # the sentences of meetings the news follows, held on a day before it
    for meeting in found:
        if meeting.sentence.start not in starts or meeting.kind not in {"in_person", "visit"}:
            continue
        if is_background(span_text(meeting.sentence)):
            continue  # "Their last meeting was in Beijing": not the scene of the news
        if _long_before(meeting, published):
            continue  # a photo of a meeting a year before the news
        if news is not None and _held_before(meeting, news):
            followed.add(meeting.sentence.start)
            continue  # "met B today at the palace ... follows her meeting in Madrid on Monday"
        news = news or meeting
        place = meeting.place or venue_in(meeting.sentence)
        if place is None:
            unplaced = unplaced or _at_a_venue_unplaced(meeting)
        elif unplaced and place.city is not None:
            place = Place(country=place.country)  # "met at the X Spaceport ... welcomed in Y": not in Y
        if place is None and (dateline := dateline_place(meeting.sentence)) and dateline.city:
            if _elsewhere_on_a_tour(meeting.sentence, dateline):
                return Setting(None, people=list(meeting.people))  # each stop's meeting is its own
            return Setting(dateline)  # "KINGSTOWN (AFP) - A met B": there, whatever the lead tells next
        if place is not None or _round_of_meetings(meeting, published):
            if meeting.when is None:  # not told as background: skipped above
                meeting.when = _day_of_the_news(lead, meeting, people, published)
                for other in found:  # "held separate meetings with A and B before the three sat down"
                    if other.sentence.start == meeting.sentence.start and other.kind == meeting.kind:
                        other.when = other.when or meeting.when
            countries = meeting.countries
            occasion = meeting.occasion or clause_occasion(
                meeting.sentence, set(range(meeting.sentence.start, meeting.sentence.end))
            )
            round_at = occasion is not None and len(meeting.people) == 1
            for other in found:
                if (
                    occasion is None
                    and other.sentence.start in starts
                    and set(other.people) & set(meeting.people)
                    # "had last met in Doha at the GCC summit"
                    and not is_background(span_text(other.sentence))
                    and not _elsewhere(other.place, place)
                    # "held talks on Thursday. Xi arrived on Wednesday ... to attend the celebrations"
                    and not _other_days(other.when, meeting.when)
                    # "The GCC-US summit convened in Riyadh later on Wednesday": after it, not its occasion
                    and not told_as_after(other.verb, other.trigger)
                ):
                    occasion = other.occasion
                    round_at = occasion is not None and len(other.people) == 1
            day = meeting.when if _round_of_meetings(meeting, published) or _several_told(meeting) else None
            if not meeting.people and _a_day_this_week(meeting.when, published):
                day = meeting.when  # "Turkish-brokered talks in Ankara": the day of every meeting there
            their_day = (
                meeting.when
                if len(meeting.people) > 1 and _a_day_this_week(meeting.when, published)
                else None
            )
            if place is None:  # a round of meetings with no place: the dateline's, if any
                place = next((p for s in lead if (p := dateline_place(s)) is not None), None)
            return Setting(place, occasion, list(meeting.people), countries, day, round_at, their_day)
    unsettled = {  # nor where a call, a plan, an old photo or a meeting told as background was
        m.sentence.start
        for m in found
        if m.kind not in {"in_person", "visit"}
        or _long_before(m, published)
        or is_background(span_text(m.sentence))
    } | followed
    for sentence in (s for s in lead if s.start not in unsettled):
        place = venue_in(sentence, of_meeting=True, held=_held)
        if place is not None:
            occasion = clause_occasion(sentence, set(range(sentence.start, sentence.end)))
            return Setting(place, occasion, day=_day_in(sentence, published))
    for sentence in lead:
        if (place := dateline_place(sentence)) is not None:
            return Setting(place)
    if sentences and (place := article_dateline(sentences[0].doc)) is not None:
        return Setting(place)  # a dateline on a line of its own, "ANKARA", too short for the lead
    if news is not None and news.occasion is not None:  # "held talks on the margins of the summit"
        return Setting(None, news.occasion, list(news.people), news.countries)
    return None


# Verbs of coming home, with the word that makes some of them so: "returned", "came back", "flew home".
BACK_VERBS = frozenset("return come fly arrive head travel".split())
BACK_WORDS = frozenset("back home".split())


def _back_from(sentence: Span, people: People) -> Setting | None:
    """The scene of a lead that tells someone's coming home after a summit or a trip ("Havana
    (RHC) -- President Diaz-Canel came back to Cuba Friday after taking part in the CELAC summit",
    "HANOI (VNA) - Chinh returned home on Sunday after attending the ASEAN Summit in Vientiane"):
    that summit, in the place it names if any, where the traveller's round of meetings was; not
    the dateline's city, which is home."""
    for verb in sentence:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in BACK_VERBS:
            continue
        if lemma != "return" and not any(c.lower_ in BACK_WORDS for c in verb.children):
            continue
        after = next((c for c in verb.children if c.lower_ == "after" and c.dep_ in {"prep", "mark"}), None)
        travellers = people.in_tokens(t for c in verb.children if c.dep_ == "nsubj" for t in c.subtree)
        if after is None or len(travellers) != 1:
            continue
        words = sentence.doc[after.left_edge.i : after.right_edge.i + 1]
        occasion = _the_gathering_named(span_text(words))
        trip = any(t.lemma_.lower() in VISIT_WORDS | {"summit"} for t in words)
        if occasion is None and not trip:
            continue
        ents = [e for e in place_spans(sentence) if words.start <= e.start and e.end <= words.end]
        place = next((p for e in ents if is_venue(e) and (p := resolve_place(e.text)) is not None), None)
        return Setting(place, occasion, list(travellers), round_at=occasion is not None)
    return None


def _the_gathering_named(text: str) -> Occasion | None:
    """The gathering words name: the first, or the body's after it where the first is only its
    rank ("the Eighth Summit of the Community of Latin American and Caribbean States (CELAC)": the
    CELAC summit)."""
    named = occasions.find_occasions(text)
    if not named:
        return None
    if len(named) > 1 and text[named[0][1] :].lstrip().startswith("of "):
        return named[1][2]
    return named[0][2]


def _at_a_venue_unplaced(meeting: Found) -> bool:
    """Whether a meeting is told as held at a venue no table places ("the two leaders met at the
    Sabarmati Riverfront Pavilion"), in its own clause or a sentence that goes on to tell it: the
    city of another meeting told near it (a greeting on the way, "in the port city of Mumbai, he
    was welcomed by ...") is not its."""
    return unplaced_venue(meeting.sentence, meeting.clause) or any(
        unplaced_venue(s, set(range(s.start, s.end))) for s in meeting.more
    )


def _held(word: Token) -> bool:
    """Whether a meeting word tells a meeting held, not one still to come or wished for: not the
    visit of "I would like to invite you to visit Russia next year"."""
    verb = governor(word)
    kind = meeting_kind(word, verb, word.sent, own_clause(verb) | own_clause(word))
    return kind is not None and kind not in TO_COME


def _elsewhere_on_a_tour(sentence: Span, dateline: Place) -> bool:
    """Whether a lead tells its meetings on a trip of several stops none of which is the
    dateline's, the reporter's city ("COPENHAGEN (Reuters) - A met B, C and D in a one-day tour
    of Berlin, Paris and Brussels"): the meetings are held at the stops, not there."""
    stops = toured_places(sentence)
    return len(stops) >= 2 and not any(
        stop == dateline or (stop.city is None and stop.country == dateline.country) for stop in stops
    )


def _long_before(meeting: Found, published: date | None) -> bool:
    """Whether a meeting is dated before the week of the news."""
    return meeting.when is not None and published is not None and not _this_week(meeting.when, published)


def _held_before(meeting: Found, news: Found) -> bool:
    """Whether a meeting told after the news's own is dated on a day before it: told as what the
    news follows, not where it was."""
    return _other_days(meeting.when, news.when) and _dated_before(meeting.when, news.when)


def _round_of_meetings(meeting: Found, published: date | None) -> bool:
    """One person meeting "leaders" on a day this week: the day of the meetings the article
    goes on to tell."""
    return len(meeting.people) == 1 and _a_day_this_week(meeting.when, published)


# A meeting word in the plural tells several meetings of its subject: "held bilateral meetings with
# the Prime Ministers of Norway, Sweden and Iceland today", "a series of bilateral meetings".
SEVERAL_MEETINGS = frozenset("meeting bilateral encounter".split())


def _several_told(meeting: Found) -> bool:
    """Whether a lead meeting is told as a round of meetings of its subject, on a day this week
    (its ``when`` set so already): each of the round that the article goes on to tell with no
    day of its own, held by that subject at the scene, is of that day."""
    trigger = meeting.trigger
    return (
        meeting.when is not None
        and meeting.when.precision == "day"
        and trigger.tag_ in {"NNS", "NNPS"}
        and trigger.lemma_.lower() in SEVERAL_MEETINGS
    )


def _day_of_the_news(
    lead: list[Span], meeting: Found, people: People, published: date | None
) -> DateSpan | None:
    """The day of an undated lead meeting: the day, within the week before publication, on
    which the lead says one of its people acted ("China's top diplomat said Thursday ...",
    "Macron on Monday urged Xi ..."), or on which the dateline's sentence says someone other
    than a named person acted ("ANKARA, Dec 11 (Reuters) - Ethiopia and Somalia agreed on
    Wednesday ...") other than by telling it ("China said Thursday its envoy had met ..."); not
    the day of a plan ("is expected to meet B on Wednesday")."""
    if published is None:
        return None
    for sentence in lead:
        opening = dateline_end(sentence)
        told = entities(sentence)
        for ent, after in zip(told, [*told[1:], None], strict=False):
            if ent.label_ != "DATE" or ent.start_char < opening:
                continue
            phrase = ent.text
            between = after is not None and sentence.doc[ent.end : after.start].text.strip().lower()
            if after is not None and after.label_ == "DATE" and between in {"and", "to", "through"}:
                phrase = sentence.doc[ent.start : after.end].text  # "On Tuesday and Wednesday"
            span = dates.resolve(phrase, published, context=span_text(sentence))  # not a plan's day
            if span is None or span.precision not in {"day", "days"} or span.start is None:
                continue
            if not _this_week(span, published):
                continue
            verbs = [a for a in [ent.root, *ent.root.ancestors] if a.pos_ in {"VERB", "AUX"}][:2]
            if verbs and verbs[0].dep_ in {"relcl", "acl"}:
                verbs = verbs[:1]  # "the death of Li, who passed away on October 27": Li's day
            if any(
                c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll"}
                for v in verbs[:1]
                for c in v.children
            ):
                continue  # "will continue their talks on Friday": the day of the next meeting
            if verbs and verbs[0].lemma_.lower() in REPORTING:
                verbs = verbs[:1]  # "..., the agency reported on Friday": the agency's day
            subjects = [s for verb in verbs for s in subject_of(verb) if not set_off_with_an_organisation(s)]
            actors = people_of(subjects, people, [])[0]
            if set(actors) & set(meeting.people):  # "said Thursday [Beijing would ...]" hangs loose
                return span
            if any(_another_gathering(s, meeting) for s in subjects):
                continue  # "The Mekong Forum was held in Hanoi on 8 June": that forum's day
            if opening and verbs and not actors and verbs[0].lemma_.lower() not in REPORTING:
                return span  # the lede's: "ANKARA (Reuters) - Ethiopia and Somalia agreed on Wednesday"
    return None


def _another_gathering(subject: Token, meeting: Found) -> bool:
    """Whether a subject names a gathering other than the meeting's occasion: "The Mekong Forum"
    for a meeting on the sidelines of the Pacific Rim Summit; not an unnamed "the summit"."""
    if subject.lemma_.lower() not in GATHERINGS:
        return False
    named = _the_gathering_named(span_text(subject.doc[subject.left_edge.i : subject.right_edge.i + 1]))
    return named is not None and named != meeting.occasion


def _day_in(sentence: Span, published: date | None) -> DateSpan | None:
    """The first day of this week a sentence names after its dateline ("... Sharif on Thursday")."""
    opening = dateline_end(sentence)
    for ent in entities(sentence):
        if ent.label_ == "DATE" and ent.start_char >= opening:
            span = dates.resolve(ent.text, published)
            if _a_day_this_week(span, published):
                return span
    return None


def _a_day_this_week(span: DateSpan | None, published: date | None) -> bool:
    return span is not None and span.precision == "day" and _this_week(span, published)


def date_the_news(meeting: Found, setting: Setting | None) -> None:
    """A meeting told without a day, in person at the scene of the article's news by someone
    taking part in it, was held on the day the lead gives to that person's round of meetings
    ("On Sunday, Guterres held discussions with leaders ... Guterres met A ... He also met B"),
    and one of the lead meeting's own people on the day of that meeting ("A hosted B and C in
    Ankara on Wednesday. A first held separate meetings with B and with C"); not one told as
    background ("had met", "last met", "earlier"). A call or video conference that two or more
    of the lead meeting's people hold together with someone else is held while they are
    together, on its day ("A hosted B in Kyiv on Saturday ... A and B called C"); not one
    between them alone, which they would not hold while meeting."""
    if setting is None or meeting.when is not None:
        return
    if meeting.kind in {"phone", "video"}:
        if _held_together(meeting, setting):
            meeting.when = setting.their_day
        return
    if meeting.kind != "in_person":
        return
    day = setting.day
    if day is None and len(meeting.people) > 1 and set(meeting.people) <= set(setting.people):
        day = setting.their_day  # "A hosted B and C in Ankara on Wednesday ... A first met B alone"
    if day is None:
        return
    if meeting.place is not None and setting.place is not None and meeting.place != setting.place:
        return
    if setting.people and not set(setting.people) & set(meeting.people):
        return
    if _told_undated(meeting):
        meeting.when = day


def _held_together(call: Found, setting: Setting) -> bool:
    """Whether a call is held jointly by two or more of the lead meeting's people with someone
    else, told with no time of its own and not as background."""
    hosts = set(call.people) & set(setting.people)
    if len(hosts) < 2 or set(call.people) <= hosts or setting.their_day is None:
        return False
    return _told_undated(call)


def _told_undated(meeting: Found) -> bool:
    """Whether a meeting is told not as background and with no date in its own clause."""
    return not is_background(span_text(meeting.sentence)) and not _dated_in_its_clause(meeting)


def _dated_in_its_clause(meeting: Found) -> bool:
    """Whether a date is told in a meeting's own clause (a DATE entity rooted in it)."""
    return any(e.label_ == "DATE" and e.root.i in meeting.clause for e in entities(meeting.sentence))


def on_the_datelines_day(meeting: Found, published: date | None) -> None:
    """A meeting held that the lead of an article with no publication date tells with no time of
    its own, under a wire dateline that gives a day and no year ("Tehran, 20 August (IRNA) -
    Araghchi held a telephone conversation with ..."), is the wire's news of that day: that day
    of a year untold, which joins the report of that day (or a day either side) another outlet
    dates, and sets it apart from their meetings of other days. Not one whose lead names a time
    ("on Thursday", which only a year puts on a day), nor one told as background, nor one only
    further down the article tells."""
    if published is not None or meeting.when is not None or meeting.kind not in HELD_KINDS:
        return
    for sentence in [meeting.sentence, *meeting.more]:
        if (told := _yearless_lead(sentence)) is not None:
            meeting.when = told
            return


def _yearless_lead(sentence: Span) -> DateSpan | None:
    """The day of the wire dateline without a year that opens the sentence's line, when the
    sentence is the lead it heads, names no time and tells no background."""
    text = doc_text(sentence.doc)
    line_start = text.rfind("\n", 0, sentence.start_char) + 1
    line_end = text.find("\n", line_start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    indent = len(line) - len(line.lstrip())
    told = dates.wire_dateline_day(line.strip())
    if told is None or sentence.start_char > line_start + indent + told[2] + AGENCY_CHARS:
        return None  # no such dateline, or a sentence after the lead's
    opening = line_start + indent + told[2]
    if any(e.label_ in {"DATE", "TIME"} and e.start_char >= opening for e in entities(sentence)):
        return None
    if is_background(span_text(sentence)):
        return None
    return DateSpan(precision="day", month=told[0], day=told[1])


HELD_KINDS = frozenset({"in_person", "visit", "phone", "video"})
AGENCY_CHARS = 25  # after a dateline's day, the agency and the dash before the lead: "(Xinhua) -- "


def _ended_before_the_week(span: DateSpan | None, published: date | None) -> bool:
    """Whether a span ended more than a week before publication: the past of the news."""
    return (
        span is not None
        and span.end is not None
        and published is not None
        and (published - span.end).days > 7
    )


def _this_week(span: DateSpan, published: date | None) -> bool:
    """Whether a span starts within the week before publication: the article's news."""
    return published is not None and span.start is not None and 0 <= (published - span.start).days <= 7


# How long something lasted, which dates nothing: "two days", "over three hours", "45 minutes".
LENGTH_OF_TIME = re.compile(
    r"(?:(?:over|for|about|some|nearly|almost|more than|less than)\s+)?(?:the\s+)?"
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)[\s-]+"
    r"(?:minutes?|hours?|days?)",
    re.IGNORECASE,
)


YEARS = re.compile(r"\b(?:1[89]|20)\d\d\b|\byears?\b", re.IGNORECASE)  # "in 2021", "last year", "years ago"


def set_the_scene(meeting: Found, setting: Setting | None, published: date | None) -> None:
    """A meeting reported with no place of its own is held where the article's news happens,
    when it is part of that news: held in person, by someone taking part in it (or, for a
    scene without named people, by one of its delegations), at the same occasion if it names
    one, and undated or dated within the week before publication."""
    _in_the_dateline_city(meeting, published)
    if setting is None or (setting.place is None and setting.occasion is None):
        return  # a summit with no place told is still a scene: "came back after the CELAC summit"
    if meeting.kind in TO_COME:
        _planned_at_the_scene(meeting, setting, published)
    if meeting.kind != "in_person":
        return
    if meeting.place is not None and (
        meeting.place != setting.place or meeting.occasion is not None or not setting.round_at
    ):
        return  # one of a round told at an occasion ("On the sidelines of the summit, A held a series
        # of bilateral meetings"), placed at the scene already, still takes the occasion
    if unplaced_venue(meeting.sentence, meeting.clause) and (
        setting.place is None or not in_a_building_of(meeting.sentence, meeting.clause, setting.place)
    ):
        return  # "at the Vostochny Cosmodrome"; not "at Blair House" under "WASHINGTON (AP) -"
    if meeting.occasion is not None and setting.occasion is not None and meeting.occasion != setting.occasion:
        return
    if (
        meeting.when is not None
        and (published or meeting.when.start)
        and not _this_week(meeting.when, published)
    ):
        return  # not this week's; undated, a day of a year not told ("On October 10") may be
    opening = dateline_end(meeting.sentence)  # "DOHA, June 4 (AFP) -": the report's date
    told = [e for e in entities(meeting.sentence) if e.label_ == "DATE" and e.root.i in meeting.clause]
    if meeting.when is None and any(
        e.start_char >= opening
        and not LENGTH_OF_TIME.fullmatch(e.text)
        and not (published is None and not YEARS.search(e.text))  # "On October 10", undated: not "in 2021"
        and not _from_the_gathering(e)
        for e in told
    ):
        return  # a date the article gives but that names no day ("in 2021"): not today's news
    countries = meeting.countries
    if setting.people:
        if (
            not set(setting.people) & set(meeting.people)
            and not _the_same_sides(meeting, setting, countries)
            and not (_a_gathering_of_many(setting) and _told_beside_a_gathering(meeting.sentence))
        ):
            return
    elif setting.countries and not setting.countries & countries:
        return
    if _a_third_country_elsewhere(setting, countries) and not _lead_tells_a_gathering(meeting.sentence.doc):
        return
    meeting.place = setting.place
    if not any(_from_the_gathering(e) for e in told):  # the eve of the summit is not at the summit
        meeting.occasion = meeting.occasion or setting.occasion
    _in_the_dateline_city(meeting, published)  # a scene told as a country: "a state visit to Vietnam"


def called_off_where_told(found: list[Found], sentences: list[Span]) -> None:
    """A meeting called off, told with no place of its own, is the gathering the article's lead
    says was called off in a place, its city if the lead names one ("The summit due to be held in
    Sydney next week has been called off ... Albanese was to host Biden, Modi and Kishida at the
    Opera House"): the article's news is that calling off. Not one told as background, nor one
    whose sentence names a place (another stop of a trip called off), nor one told at a venue of
    its own no table places that is no building ("at the Vostochny Cosmodrome")."""
    read = (s for s in sentences if len(s) >= 6 and not CAPTION.search(span_text(s)))
    lead = (t for s in itertools.islice(read, 8) for t in span_tokens(s))
    told = [(t, p) for t in lead if (p := _called_off_at(t)) is not None]
    noun, place = next(((t, p) for t, p in told if p.city is not None), told[0] if told else (None, None))
    if noun is None or place is None:
        return
    named = occasions.find_occasion(span_text(noun.doc[noun.left_edge.i : noun.i + 1]))
    occasion = named[2] if named is not None else None  # "the Quad leaders' meeting due to be held ..."
    for meeting in found:
        if meeting.kind != "cancelled" or meeting.place is not None:
            continue
        if is_background(span_text(meeting.sentence)) or _elsewhere_named(meeting.sentence, place):
            continue  # "would no longer stop in Papua New Guinea, where he had been due to meet X"
        if unplaced_venue(meeting.sentence, meeting.clause) and not unplaced_buildings(
            meeting.sentence, meeting.clause
        ):
            continue
        meeting.place = place
        meeting.occasion = meeting.occasion or occasion


def _elsewhere_named(sentence: Span, place: Place) -> bool:
    """Whether a sentence names a place the tables know, in another country than ``place``, as
    where something happens (its dateline left out)."""
    return any(
        not is_dateline(e)
        and is_venue(e)
        and (named := resolve_place(e.text)) is not None
        and named.country != place.country
        for e in place_spans(sentence)
    )


def _called_off_at(noun: Token) -> Place | None:
    """The city (else the country) where a meeting noun the subject of its calling off was to be
    held, named in its own words: "the Quad leaders' meeting due to be held in Sydney next week
    has been cancelled", "a meeting ... scheduled for Sunday in the Angolan capital was called
    off"; not the countries of its people ("the presidents of Congo and Rwanda")."""
    if noun.lemma_.lower() not in MEETING_NOUNS or not called_off(noun):
        return None
    named = [
        place
        for ent in place_spans(noun.sent)
        if noun.left_edge.i <= ent.root.i <= noun.right_edge.i
        and not is_dateline(ent)
        and is_venue(ent)
        and (place := resolve_place(ent.text)) is not None
    ]
    return next((p for p in named if p.city is not None), named[0] if named else None)


def _a_third_country_elsewhere(setting: Setting, countries: set[str]) -> bool:
    """Whether a meeting brings in a country the scene's talks had not, and is of no one of the
    country the scene is in: a guest's talks on the same trip with the leaders of a third
    country are held in theirs, not at the scene ("Lula met Pope Francis at the Vatican ... Lula
    also met with Italian President Mattarella"); not at a gathering, where many countries meet.
    An international body's official brings no country of theirs ("Lula held talks with Sisi in
    Cairo ... Earlier on Thursday, Lula sat down with Arab League chief Aboul Gheit")."""
    if setting.occasion is not None or setting.place is None or not setting.countries:
        return False
    return bool(countries - setting.countries - ORGANISATIONS) and setting.place.country not in countries


def _lead_tells_a_gathering(doc: Doc) -> bool:
    """Whether the article's first sentences tell of a summit or conference, where leaders of
    many countries meet ("on the sidelines of the Group of Seven summit")."""
    lead = itertools.islice((s for s in doc.sents if len(s) >= 6), 8)
    return any(t.lemma_.lower() in GATHERINGS | {"sideline", "sidelines"} for s in lead for t in s)


def _a_gathering_of_many(setting: Setting) -> bool:
    """Whether the scene is a gathering of many countries in a city ("on the sidelines of the
    SCO summit in Samarkand"), where every leader the article goes on to tell of meeting another
    that week met there; not a format named by the countries that hold it ("the India-Japan Annual
    Summit"), whose talks are those of its two sides, nor a round one person held."""
    return (
        setting.place is not None
        and setting.place.city is not None
        and setting.occasion is not None
        and not setting.round_at
        and any(word in GATHERINGS for word in setting.occasion.name.lower().split())
        and not occasions.countries_of_format(setting.occasion)
    )


def _told_beside_a_gathering(sentence: Span) -> bool:
    """Whether a sentence, or the one before it, speaks of a gathering ("The summit was held in
    the city on May 5-6. On Thursday, A and B held talks"): a meeting told there is one of it,
    not one told apart ("Separately, A met B")."""
    doc = sentence.doc
    before = doc[sentence.start - 1].sent if sentence.start > 0 else sentence
    return any(t.lemma_.lower() in GATHERINGS for t in doc[before.start : sentence.end])


def _the_same_sides(meeting: Found, setting: Setting, countries: set[str]) -> bool:
    """Whether a meeting is one of other people of the very countries of the scene's talks, told
    as the news ("Pashinyan was received by Erdogan in Istanbul ... Turkish Foreign Minister
    Fidan held a separate meeting with Armenian Foreign Minister Mirzoyan, who accompanied
    Pashinyan"): the delegations' talks beside the leaders', held where they are."""
    return (
        len(setting.countries) >= 2
        and len(meeting.people) >= 2
        and all(p.country for p in meeting.people)
        and countries == setting.countries
        and not is_background(span_text(meeting.sentence))
    )


def _in_the_dateline_city(meeting: Found, published: date | None) -> None:
    """A meeting of the news placed only in a country ("talks on the fringes of the summits in
    Laos", under "VIENTIANE, Oct. 10 (Kyodo) --"), by its own words or by the scene's ("a two-day
    state visit to Vietnam", under "Hanoi (VNA) -"), is held in the dateline's city, the reporter's,
    when that city is in that country: held in person this week or on a day not told, and not
    told as background ("had last met in Laos")."""
    place = meeting.place
    if place is None or place.city is not None or place.region is not None or meeting.kind != "in_person":
        return
    if meeting.when is not None and (published is None or not _this_week(meeting.when, published)):
        return
    if is_background(span_text(meeting.sentence)):
        return
    city = article_dateline(meeting.sentence.doc)
    if city is not None and city.country == place.country:
        meeting.place = city


def _from_the_gathering(ent: Span) -> bool:
    """Whether a day is counted from the gathering the article tells of: "the day before the
    summit opened", "the day after the conference"."""
    doc = ent.doc
    after = doc[ent.end : ent.end + 4]
    return (
        len(after) > 0
        and after[0].lower_ in {"before", "after"}
        and any(t.lemma_.lower() in GATHERINGS and definite_word(t) for t in after[1:])
    )


PLAN_REACH = 3  # days after publication: the rest of the trip the news tells
# A day named without its year: "April 15", "15 April", "Saturday".
DAY_OF_NO_YEAR = re.compile(
    r"(?:(?:on|this|next)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2}"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?)",
    re.IGNORECASE,
)


def _planned_at_the_scene(meeting: Found, setting: Setting, published: date | None) -> None:
    """A meeting planned, or called off, with no place of its own, for one of the next few days
    (or, with no publication date, for a day named without its year), by someone taking part in
    the scene's meeting, is held where that news happens: the rest of their stay ("Sharif met Xi
    in Beijing on Friday ... On Saturday, Sharif is scheduled to meet Zhao Leji"; "A planned
    meeting between Biden and Erdogan on Sunday was called off"); not a plan with a third
    country, of no one of the scene's, away from a gathering: the guest's next stop."""
    when = meeting.when
    place = setting.place
    if meeting.place is not None or meeting.visit or _by_phone_or_video(meeting):
        return  # "will speak with Petro in a phone call scheduled for Thursday": a call has no scene
    if published is None and when is not None and when.start is None:
        if not DAY_OF_NO_YEAR.fullmatch(when.phrase or ""):
            return  # "on April 15" with no year known: a day, but of no year to check it by
    elif not (
        when is not None
        and when.start is not None
        and published is not None
        and when.precision == "day"
        and 0 <= (when.start - published).days <= PLAN_REACH
    ):
        return
    # a scene told only by its dateline names no one: a meeting at the gathering the report is
    # from ("KANANASKIS - ... wiped out the meetings he was due to hold at the G7 on Tuesday")
    at_the_gathering = not setting.people and meeting.occasion is not None
    if (
        not (at_the_gathering or set(setting.people) & set(meeting.people))
        or place is None
        or place.city is None
    ):
        return
    if unplaced_venue(meeting.sentence, meeting.clause):
        return
    if _a_third_country_elsewhere(setting, meeting.countries) and not _lead_tells_a_gathering(
        meeting.sentence.doc
    ):
        return  # "met the crown prince in Riyadh ... On Thursday, he will be received by the Emir of Qatar"
    meeting.place = place


# words of a meeting held by phone or video; a "call" alone may be a courtesy call, held in person
HELD_FROM_AFAR = (PHONE_WORDS | VIDEO_WORDS) - {"call", "calls"}


def _by_phone_or_video(meeting: Found) -> bool:
    """Whether a meeting's clause tells it is held by phone or video ("in a phone call", "by
    videoconference")."""
    return any(t.lower_ in HELD_FROM_AFAR for t in clause_tokens(meeting.sentence, meeting.clause))


def told_in_full(report: Found, found: list[Found], published: date | None = None) -> bool:
    """A visit with no named host (done, planned or called off), or a meeting with a delegation no
    one of which is named, is left out where the article names whom that person met (of that
    delegation's country), for a planned visit whom they will meet, and for one called off whom
    they were to meet; a visit, where it names
    whom they met in that country on that trip: not a visit dated before the week of a meeting
    of the news ("Putin last visited Mongolia in 2019"), unless that meeting is dated within the
    visit's days (:func:`_on_its_days`), nor a trip or plan to another country
    than that meeting's ("will meet Fidan in Ankara ... will also visit Tehran"), nor a visit
    and a call or a video link, held from afar, never on the trip."""
    if len(report.people) != 1 or report.kind not in {"visit", "in_person", "planned", "cancelled"}:
        return False
    person = report.people[0]
    for other in found:
        if other is report or len(other.people) < 2 or person not in other.people:
            continue
        if report.kind == "visit" and other.kind in REMOTE_KINDS:
            continue  # "invited him in a phone call in September ... his last visit was in 2019"
        if report.kind in {"visit", "planned"} and _elsewhere(report.place, other.place):
            continue  # "met Marape in Port Moresby ... recently visited Vanuatu": another trip; "will
            # meet Fidan in Ankara ... will also visit Tehran": another stop of the tour
        if (
            report.kind == "visit"
            and _long_before(report, published)
            and not _on_its_days(other.when, report.when)
            and (not of_the_past(other, published) or _other_days(report.when, other.when))
        ):
            continue  # "greeted Putin in the capital's main square ... Putin last visited Mongolia in 2019";
            # "had met Putin in February ... last visited Kazakhstan in 2017": another trip
        if report.kind == "visit" and _another_trip_than_the_summit(report, other):
            continue  # "met Mottley at the summit ... his official visit to that Caribbean nation in 2022"
        if _told_as(other.kind) != _told_as(report.kind) and not the_headline(report.sentence):
            continue  # a plan is told by the meeting planned, not by one held, and the other way round
            # (a headline tells a plan in the present: "Macron lands in Amazon for three-day visit")
        if report.kind == "cancelled" and not _in_one_country(report.place, other.place):
            continue  # "calls off planned Israel trip ... a meeting pencilled in for Ankara called off"
        if report.kind in {"visit", "planned", "cancelled"} or {p.country for p in other.people} >= set(
            report.delegations
        ):
            return True
    return False


def _another_trip_than_the_summit(visit: Found, meeting: Found) -> bool:
    """Whether a visit told with a time of its own is another trip than a meeting at a summit the
    article tells with none, or with other days: a visit "in 2022" is not the trip on which one met
    its host on the summit's programme."""
    if meeting.occasion is None or visit.occasion is not None or visit.when is None:
        return False
    return meeting.when is None or _other_days(visit.when, meeting.when)


def the_headline(sentence: Span) -> bool:
    """Whether a sentence is the article's first line, a headline with no full stop."""
    first = next((t for t in sentence.doc if not t.is_space), None)
    words = [t for t in sentence if not t.is_space]
    return (
        first is not None
        and sentence.start <= first.i < sentence.end
        and bool(words)
        and words[-1].text != "."
    )


def _in_one_country(trip: Place | None, meeting: Place | None) -> bool:
    """Whether a meeting is known to be where a trip went, where the trip's place is told."""
    return trip is None or (meeting is not None and meeting.country == trip.country)


def _told_as(kind: str) -> str:
    """A plan, one called off, or one held: a trip called off is told by the meeting called off."""
    return kind if kind in {"planned", "cancelled"} else "held"


def _called_about(reference: Found, found: list[Found]) -> bool:
    """Whether the people a reference names are those of a call its sentence tells about it:
    "Kishida spoke by phone with Biden to brief him on the trip" (Biden was not on the trip)."""
    return any(
        m.sentence == reference.sentence and m.kind in REMOTE_KINDS and set(reference.people) <= set(m.people)
        for m in found
    )


def _elsewhere(one: Place | None, other: Place | None) -> bool:
    """Whether two places are known to be in different countries."""
    return (
        one is not None
        and other is not None
        and None not in (one.country, other.country)
        and one.country != other.country
    )


def delegation_of(sentence: Span, people: People, meeting: Found) -> bool:
    """A delegation's line-up joins the meeting just reported: "Lavrov, Ushakov and Dmitriev
    make up Russia's team at the talks", "the delegation is made up of Rubio, Waltz and Witkoff",
    "A and B were part of the Nepali delegation, while C was on the Indian side"; a line-up word
    tells of the team (``_tied``) and is a verb or "part", not a noun of another event: "attended
    a reception for heads of delegations", "arrived at the head of a delegation"."""
    if meeting.kind != "in_person" or sentence.start - meeting.sentence.end > 60:
        return False
    if is_trigger(sentence.root):
        return False  # "The delegation, which also includes X, later met Y": a meeting of its own
    teams = [t for t in span_tokens(sentence) if t.lemma_.lower() in TEAM_WORDS]
    line_up = [
        t
        for t in span_tokens(sentence)
        if (t.lemma_.lower() in LINE_UP_WORDS and (t.pos_ in {"VERB", "AUX"} or t.lower_ == "part"))
        or (t.lemma_.lower() == "make" and any(c.lower_ == "up" for c in t.children))
    ]
    if not any(_tied(word, team) for word in line_up for team in teams):
        return False  # "a member of the delegation that accompanied Putin ..., including a clause"
    if _to_come(list(span_tokens(sentence)), LINE_UP_VERBS):
        return False  # "The Ukrainian delegation will be led by Yermak": the team of talks to come
    # not a spouse who comes along: "A was accompanied by his wife B, and the delegation included C"
    named = [
        c for c in people.in_tokens(_not_possessive(sentence)) if c not in meeting.people and not c.companion
    ]
    if not named:
        return False
    meeting.join(named, sentence)
    return True


LINE_UP_VERBS = frozenset("make comprise consist include lead head".split())
# and the words that tell it, "make up" read apart: "were part of the delegation"
LINE_UP_WORDS = LINE_UP_VERBS - {"make"} | {"part"}
TEAM_WORDS = frozenset("team delegation side".split())


def _tied(word: Token, team: Token, steps: int = 2) -> bool:
    """Whether a line-up word tells of the team word: one of them governs the other within a few
    steps ("make up Russia's team", "the delegation is made up of", "were part of the Nepali
    delegation", "the delegation, led by"), not a word of another clause ("the delegation that
    accompanied Putin on his visit, during which they signed a treaty, including a clause")."""
    for one, other in ((word, team), (team, word)):
        token = other
        for _ in range(steps):
            if token.head.i == token.i:
                break
            token = token.head
            if token.i == one.i:
                return True
    return False


def _not_possessive(sentence: Span) -> list[Token]:
    """The words of a sentence but for possessors: "Trump's special envoy Witkoff" names Witkoff,
    and "Witkoff, the envoy of President Trump" too (whose envoy he is, set in the description
    beside his name, is said of him, not of anyone who came), and so is the office he acts in
    ("Anwar, in his capacity as ASEAN Chair")."""
    described = {t.i for t in span_tokens(sentence) if _whose_description(t) for t in t.subtree}
    described |= {t.i for t in span_tokens(sentence) if in_a_capacity(t)}  # "in his capacity as ASEAN Chair"
    return [
        t
        for t in span_tokens(sentence)
        if t.dep_ != "poss" and not (t.dep_ == "compound" and t.head.dep_ == "poss") and t.i not in described
    ]


def _whose_description(token: Token) -> bool:
    """The "of" of a noun set beside a name to describe its person: "the adviser of" in "Amorim,
    the adviser of President Lula,"."""
    return (
        token.dep_ == "prep"
        and token.lower_ == "of"
        and token.head.dep_ == "appos"
        and token.head.pos_ == "NOUN"
    )


def a_reference(told: Found) -> bool:
    """A meeting word a sentence uses only to name the meeting told before: with no more than one
    person of its own, or as what those named attend ("Attending the talks session were A and B")."""
    verb = told.verb.lemma_.lower()
    attended = (
        verb in {"attend", "represent", "participate"}
        or (verb == "take" and any(c.lower_ == "part" for c in told.verb.children))  # "took part in"
        or (verb == "sit" and any(c.lower_ == "in" for c in told.verb.children))  # "sat in on the talks"
        or (  # "The meeting also included A and B"
            verb in {"include", "involve"} and told.trigger.dep_ == "nsubj" and told.trigger.head == told.verb
        )
        or _present_at(told.trigger)  # "Also present during the meeting were A and B"
        or _attended_by(told.trigger)  # "A hosted the summit, which was attended by B and C"
        or _hosted_by_someone(told.trigger)  # "The talks were hosted by A and facilitated by B"
    )
    if told.trigger.pos_ == "VERB" and any(
        _attended_by(c) for c in told.trigger.children if c.dep_ == "dobj"
    ):
        return told.kind == "in_person"  # "hosted" of "A hosted the summit, which was attended by B"
    return (
        (_the_meeting(told.trigger) or (attended and _owned_by_a_day_or_them(told.trigger)))
        and (told.kind == "in_person" or (attended and told.kind in ATTENDED_KINDS))
        and (len(told.people) < 2 or attended)
        and (not told.delegations or attended)  # "attended by A, Foreign Minister of Jordan"
    )


def _attended_by(noun: Token) -> bool:
    """Whether a definite meeting word is told with who attended it: "the summit, which was
    attended by A and B"."""
    return _the_meeting(noun) and any(
        c.dep_ == "relcl" and c.lemma_.lower() == "attend" for c in noun.children
    )


# What a third party does for the talks of others, which puts them at the table: "The talks were
# hosted by A", "the meeting, facilitated by B and C", "talks chaired by D".
THIRD_PARTY_VERBS = frozenset("host facilitate mediate broker chair moderate convene".split())


def _hosted_by_someone(noun: Token) -> bool:
    """Whether a definite meeting word is told with who hosted, chaired or facilitated it, by the
    agent of a passive verb: "The talks were hosted by A", "The meeting, facilitated by B and C,
    lasted three hours" (A, B and C took part)."""
    if not _the_meeting(noun):
        return False
    return any(
        verb.lemma_.lower() in THIRD_PARTY_VERBS and any(c.dep_ == "agent" for c in verb.children)
        for verb in _verbs_of_the_noun(noun)
    )


def _verbs_of_the_noun(noun: Token) -> list[Token]:
    """The verbs that tell of a meeting word from outside it: the passive verb it is the subject
    of ("The talks were hosted by A"), then those set beside it ("the meeting, facilitated by B")."""
    verbs = [noun.head] if noun.dep_ == "nsubjpass" else []
    return verbs + [c for c in noun.children if c.dep_ == "acl"]


def _one_gathering(noun: Token, meeting: Found) -> bool:
    """Whether a gathering word may name the meeting told before: that meeting was told with it,
    or at a gathering ("met the leaders of the five Central Asian states for the Central
    Asia-Germany summit. Tokayev hosted the summit, which was attended by ...")."""
    return lemma_of(noun) == lemma_of(meeting.trigger) or (
        meeting.occasion is not None and lemma_of(noun) in GATHERINGS | {"meeting"}
    )


def _present_at(trigger: Token) -> bool:
    """Whether a meeting word is where those named were present: "present at the video call",
    "Also present during the meeting were A and B"."""
    noun = trigger.head if trigger.dep_ == "compound" else trigger
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ in {"at", "during", "in"}
        and noun.head.head.lower_ == "present"
    )


_LINKED_OR_SESSION = LINKED_NOUNS | {"session"}  # joined once, not at each word looked at


def _the_meeting(token: Token) -> bool:
    """A definite meeting word: "the talks", "the session", "the talks session"."""
    if not (is_trigger(token) or lemma_of(token) in _LINKED_OR_SESSION):
        return False  # most words, whose children need not be read
    return definite_word(token) or (token.dep_ == "compound" and definite_word(token.head))


def _told_until(end: int, sentence: Span) -> int:
    """Where the telling of a meeting that ends at ``end`` ends, counting the sentences before
    ``sentence`` that each name it again: "A met B in Rome. The meeting took place at the villa and
    lasted an hour. C and D also took part" (C and D right after the meeting's telling)."""
    while end < sentence.start:
        between = sentence.doc[end].sent
        if not any(_the_meeting(t) for t in between):
            break
        end = between.end
    return end


def note_attendance(sentence: Span, people: People, meeting: Found) -> bool:
    """People said to attend the meeting just reported join it: "With Rubio were Mike Waltz and
    Steve Witkoff", "Lavrov was seated beside Yuri Ushakov", "Al-Aiban was in attendance as well";
    not a spouse who comes along ("accompanied by First Lady Janja da Silva"). A sentence that
    names the meeting ("Attending the session were A, B and C", "Chad was represented at the
    talks by D") may come paragraphs later."""
    tokens = span_tokens(sentence)
    named_again = any(_the_meeting(t) or (is_trigger(t) and _owned_by_a_day_or_them(t)) for t in tokens)
    end = _told_until(max(told.end for told in (meeting.sentence, *meeting.more)), sentence)
    far = sentence.start - end > (1200 if named_again else 40)
    # one that does not name it comes right after it: not "... in Beijing. The forum is chaired by
    # A. New Zealand is represented by B"
    far |= not named_again and any(not t.is_space for t in sentence.doc[end : sentence.start])
    call = meeting.kind != "in_person"  # sat in on only where the sentence names it: "the video call"
    if meeting.kind not in ATTENDED_KINDS or (call and not named_again) or len(meeting.more) >= 3 or far:
        return False
    words = {t.lower_ for t in tokens}
    # "With Rubio were A and B", "Accompanying the envoy was C": who was with them, at the meeting
    with_were = sentence[0].lower_ in {"with", "accompanying"} and any(t.lemma_ == "be" for t in sentence[:8])
    hosted = [t for t in tokens if _hosted_by_someone(t)]
    if any(lemma_of(t) in OCCASION_NOUNS and not _one_gathering(t, meeting) for t in hosted):
        return False  # "met Ruto in Pretoria. The G20 summit was hosted by Lula": another gathering
    took_part = _took_part(sentence) or bool(hosted)
    if not (words & ATTENDANCE_WORDS or with_were or took_part):
        return False
    if _came_along(tokens) and not _by_them(sentence, people, meeting):
        return False  # "Milei was accompanied throughout by his sister and his foreign minister"
    reporting = [verb for verb in tokens if verb.lemma_.lower() in REPORTING]
    speakers = {  # "..., Presidential Spokesman Mohamed El Shennawy said": who tells it
        t.i
        for verb in reporting
        for t in (
            *(t for s in verb.children if s.dep_ == "nsubj" for t in s.subtree),
            *_name_before(verb),
        )
    }
    absent = represented(tokens)
    heard = [t for t in _not_possessive(sentence) if t.i not in speakers and t.i not in absent]
    named = [c for c in people.in_tokens(heard) if not c.companion]
    if not named:
        return False
    lemmas = {t.lemma_.lower() for t in tokens}
    if lemmas & DEMANDS:
        return False  # "demanded that Erdogan take part in the talks as well": not that he did
    if lemmas & STAYING_AWAY or any(t.dep_ == "neg" for t in tokens):
        return False  # "Salwai cancelled his attendance at the last minute", "did not attend"
    if _at_a_gathering(tokens, meeting) or _at_the_ceremony_before(sentence):
        return False  # "Merz and Tusk also attended the conference": not the talks told before
    if any(_attended_by(t) and not _one_gathering(t, meeting) for t in tokens):
        return False  # "met Ruto in Pretoria. Lula hosted the G20 summit, which was attended by A"
    if _at_a_welcome(tokens):
        return False  # "Governor Vasip Sahin joined Erdogan for the welcoming ceremony": the host's party
    if _to_come(tokens):
        return False  # "are expected to take part in the session": a plan, not the talks held
    if any(t.lower_ in {"meetings", "sessions"} for t in tokens):
        return False  # "Wang Yi attended the meetings": all of those told before, not the last one
    if any(t.pos_ == "NOUN" and is_trigger(t) and of_one_body(t) for t in tokens):
        return False  # "Recean chaired the weekly cabinet meeting, attended by Grosu": that one's
    if any(t.pos_ == "NOUN" and of_a_named_body(t) and _attended(t) for t in tokens):
        return False  # "Hegseth attended the meeting of the Ukraine Defense Contact Group": the body's
    if not (
        set(named) & set(meeting.people)
        or words & PRESENCE_WORDS
        or took_part
        or with_were
        or _by_them(sentence, people, meeting)
    ):
        return False
    if set(named) - set(meeting.people):
        meeting.join(named, sentence)
        return True
    return False


# What many attend, where a meeting told before may be held on the sidelines but is not the same.
OCCASION_NOUNS = GATHERINGS | frozenset(
    "gathering ceremony funeral inauguration celebration parade games".split()
)
TAKING_PART = frozenset("take part participate present attendance".split())


def _came_along(tokens: list[Token]) -> bool:
    """Whether a sentence tells only whom one person brought along ("A was accompanied by B",
    "B and C accompanied the prime minister on the trip"), and not at what: those on a trip, not
    at its talks, unless the sentence names the meeting ("B accompanied A at the talks")."""
    said = {t.lower_ for t in tokens} & ATTENDANCE_WORDS
    at_the_meeting = any(_the_meeting(t) and lemma_of(t) not in VISIT_WORDS for t in tokens)
    return said == {"accompanied"} and not at_the_meeting


def _at_a_gathering(tokens: list[Token], meeting: Found) -> bool:
    """Whether what those named attend is a gathering of many, not the meeting told before: "also
    attended the conference", "were present at the ceremony" (unless that meeting is the
    conference)."""
    return any(
        t.lemma_.lower() in OCCASION_NOUNS
        and t.lemma_.lower() != lemma_of(meeting.trigger)
        and t.pos_ in {"NOUN", "PROPN"}
        and _attended(t)
        for t in tokens
    )


# What a host holds around the talks, where spouses and companions are present.
CEREMONIES = frozenset("ceremony banquet".split())


def _at_a_welcome(tokens: list[Token]) -> bool:
    """Whether a sentence tells who was at a welcome ceremony ("Ankara Governor Vasip Sahin and
    other officials joined Erdogan for the welcoming ceremony"; "Deputy President Mashatile
    joined Ramaphosa at the official welcome ceremony"): the host's welcoming party at the airport
    or the palace steps, not the people of the talks."""
    return any(
        t.lemma_.lower() == "ceremony"
        and any(c.dep_ in {"amod", "compound"} and c.lower_ in {"welcome", "welcoming"} for c in t.children)
        for t in tokens
    )


def _at_the_ceremony_before(sentence: Span) -> bool:
    """Whether a sentence tells who was present, saying not at what, right after a sentence that
    tells a ceremony: "Before the talks, Xi held a welcome ceremony for Stubb. Peng Liyuan and
    Suzanne Innes-Stubb were present" tells who was at the ceremony (even one told as a part of
    the talks), where spouses and companions come along, not who held the talks."""
    present = [t for t in span_tokens(sentence) if t.lower_ == "present" and t.pos_ == "ADJ"]
    if not present or any(c.dep_ == "prep" for t in present for c in t.children):
        return False  # "were present at the talks"
    doc = sentence.doc
    end = sentence.start
    while end > 0 and doc[end - 1].is_space:
        end -= 1
    if end == 0:
        return False
    before = doc[end - 1].sent
    return any(t.lemma_.lower() in CEREMONIES and t.pos_ == "NOUN" for t in before)


ATTENDING_VERBS = frozenset("attend take participate join".split())


def _to_come(tokens: list[Token], verbs: frozenset[str] = ATTENDING_VERBS) -> bool:
    """Whether the attendance (or the line-up, with ``verbs``) a sentence tells is still to come:
    "will attend", "are expected to take part", "is scheduled to join", "will be led by"."""
    return any(
        t.lemma_.lower() in verbs
        and (
            any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll"} for c in t.children)
            or (t.dep_ == "xcomp" and t.head.lemma_.lower() in SCHEDULE_WORDS)
        )
        for t in tokens
    )


def _attended(token: Token) -> bool:
    """Whether a word is what someone attends: "attended the X", "the X is to be attended by",
    "took part in the X"."""
    if token.dep_ == "dobj":
        return token.head.lemma_.lower() == "attend"
    if token.dep_ in {"nsubj", "nsubjpass"}:  # "The summit opens on Tuesday and is to be attended by"
        verbs = [token.head, *token.head.conjuncts]
        return any(v.lemma_.lower() == "attend" for u in verbs for v in (u, *u.children) if v.i >= u.i)
    return (
        token.dep_ == "pobj"
        and token.head.lower_ in {"in", "at"}
        and token.head.head.lemma_.lower() in TAKING_PART
    )


def retold(found: list[Found], meeting: Found) -> list[Found]:
    """The earlier tellings of a meeting that a later sentence tells again, adding no place or day:
    "A received B in Cairo on Monday. The two leaders discussed trade." Those said to attend it
    next ("The meeting was attended by C") attend both."""
    before = next((i for i, told in enumerate(found) if told is meeting), len(found))
    return [
        told
        for told in found[:before]  # not a meeting told after it ("They last met in Doha")
        if told.kind == meeting.kind
        and set(told.people) == set(meeting.people)
        and (meeting.place in (None, told.place) or _its_country(meeting.place, told.place))
        and meeting.when in (None, told.when)
    ]


def _its_country(country: Place | None, place: Place | None) -> bool:
    """Whether a place told with only its country is that of a place told in full: "Xi held talks
    with Tebboune in Beijing ... Xi also hosted a banquet in honor of Tebboune" (in China, from
    the host's country)."""
    return (
        country is not None
        and place is not None
        and country.city is None
        and country.region is None
        and country.country is not None
        and country.country == place.country
    )


def _took_part(sentence: Span) -> bool:
    """Words that put those named at the meeting told: "also took part in the audience", "sat in
    on the talks", "The
    meeting also included A and B" (what the meeting includes, not what a list or a deal does)."""
    for token in span_tokens(sentence):
        lemma = token.lemma_.lower()
        if lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in token.children):
            return True
        if lemma == "sit" and any(c.dep_ == "prt" and c.lower_ == "in" for c in token.children):
            return True  # "also sat in on the talks"
        if lemma in {"include", "involve"} and any(
            c.dep_ == "nsubj" and _the_meeting(c) for c in token.children
        ):
            return True
    return False


JOINING_VERBS = frozenset("join accompany flank".split())  # "They were joined by X"


def _by_them(sentence: Span, people: People, meeting: Found) -> bool:
    """Whether those a sentence joins to others are the meeting's own people, told by a plural:
    "They were joined by Defence Minister Bill Blair", "The two leaders were accompanied by their
    foreign ministers"."""
    for token in span_tokens(sentence):
        if token.dep_ in {"nsubj", "nsubjpass"} and token.head.lemma_.lower() in JOINING_VERBS:
            them = plural_reference(token, people, [meeting])
            if them and set(them) <= set(meeting.people):
                return True
    return False


def _name_before(verb: Token) -> list[Token]:
    """The proper nouns right before a word ("Hussein Mohamed said"), however the parser hung them."""
    name: list[Token] = []
    token = verb
    while token.i > token.sent.start and token.nbor(-1).pos_ == "PROPN":
        token = token.nbor(-1)
        name.append(token)
    return name


DEMANDS = frozenset("demand insist want wish hope urge ask request propose suggest".split())
STAYING_AWAY = frozenset("cancel withdraw skip miss decline postpone absent".split())
HELD_VERBS = frozenset("be hold schedule set slate plan take start begin open last run end".split())


def note_the_reference(
    sentence: Span, before: Found | None, told: list[Found], published: date | None
) -> None:
    """What a definite reference to the meeting reported just before it says of it, as the
    subject of its own clause ("... met in Qatar. The meeting started at 4pm in Doha"; "Lula
    will have lunch with Macron; the lunch is scheduled for Friday"): the city where the report
    gave only its country, or a place, an occasion ("The talks took place on the sidelines of the
    G20 summit") and a date where it gave none. ``before``: the last
    meeting of the sentences before; ``told``: the meetings the sentence itself reports."""
    if before is None and not told:
        return
    taken = {m.trigger.i for m in told if not _the_one_before(m, before)}
    for token in span_tokens(sentence):
        if token.i in taken or not (nominal(token) and definite_word(token)):
            continue
        if not (is_trigger(token) or lemma_of(token) in LINKED_NOUNS) or vague(token):
            continue  # a meeting word: "the meeting", also "the lunch", "the dinner"
        if any(c.lower_ in OTHER_TIMES for c in token.children):
            continue  # "The next summit will be held in Lima on 20 June": another one, not this
        meeting = next((m for m in reversed(told) if m.trigger.i < token.i and m.trigger.i in taken), before)
        if meeting is not None and meeting.kind in REMOTE_KINDS:
            if token.lemma_.lower() in CALL_AGAIN:  # "During the call on Jan. 15": the call told before
                meeting.when = meeting.when or _date_by_the_noun(sentence, token, published)
            return
        if meeting is None or meeting.kind not in {"in_person", "planned"}:
            return
        if sentence.start - meeting.sentence.end > 40:
            return
        if meeting.kind == "planned" and called_off(token):
            meeting.kind = (
                "cancelled"  # "... tried to set up a meeting between A and B. That meeting was cancelled"
            )
            return
        subject = token.dep_ in {"nsubj", "nsubjpass"} and token.head.lemma_.lower() in HELD_VERBS
        described = [c for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in HELD_VERBS]
        clause = own_clause(token) | (own_clause(token.head) if subject else set())
        clause |= {i for c in described for i in own_clause(c)}  # "During the meeting, held at X in Y"
        place = clause_place(sentence, clause)
        if within(place, meeting.place) or (
            (subject or described) and meeting.place is None and place is not None
        ):
            meeting.place = place
        if (subject or described) and meeting.occasion is None:
            # "The meeting took place on the sidelines of the G20 summit"; not "The BRICS summit in
            # Kazan runs from October 22", the gathering itself, not the occasion of the meeting,
            # but "the summit" of two held on the sidelines of one ("the summit is to take place
            # on the sidelines of the APEC leaders' meeting")
            gathering = lemma_of(token) in GATHERINGS
            meeting.occasion = (
                margins_occasion(sentence, clause) if gathering else clause_occasion(sentence, clause, token)
            )
        if subject and meeting.when is None:
            meeting.when = clause_date(sentence, clause, published, future=meeting.kind in TO_COME)
        if meeting.when is None and meeting.kind == "in_person":  # "At the meeting on Monday, ..."
            meeting.when = _date_by_the_noun(sentence, token, published)
        return


# the words that name a call told just before again: "During the conversation on Jan. 15, ..."
CALL_AGAIN = frozenset("call conversation talk talks".split())


def _the_one_before(told: Found, before: Found | None) -> bool:
    """Whether a sentence's meeting of one person is the call told before, named again with a
    definite word ("... a phone call with Trump. During the conversation on Jan. 15, Trump
    insisted ...")."""
    return (
        before is not None
        and before.kind in REMOTE_KINDS
        and len(told.people) == 1
        and set(told.people) <= set(before.people)
        and told.trigger.lemma_.lower() in CALL_AGAIN
        and definite_word(told.trigger)
    )


def _date_by_the_noun(sentence: Span, noun: Token, published: date | None) -> DateSpan | None:
    """The date a definite reference gives the meeting in its own words: "During the 45-minute
    conversation on Jan. 15, Trump insisted ...": January 15."""
    words = {i for c in noun.children if c.dep_ == "prep" and c.lower_ in {"on", "in"} for i in own_clause(c)}
    if not any(e.label_ == "DATE" and e.root.i in words for e in entities(sentence)):
        return None
    return clause_date(sentence, words, published, future=False)


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
        if any(meeting.sentence.doc[i].lower_ in MEANWHILE for i in meeting.clause):
            meeting.when = meeting.when or earlier.when
            meeting.alongside = earlier


def also_that_day(found: list[Found]) -> None:
    """A meeting someone "also" (or "earlier") held, told after a meeting of theirs on a day with none told
    between (but background, or a plan: "He invited Kagame to visit Nairobi"), and with no date
    in its sentence, was held that day ("Ruto met Kagame on Monday. ... Ruto also held talks with
    Museveni."), the next sentence or so after
    it, or a few paragraphs after it that tell no other date; not one told as background ("had
    also met") itself."""
    for at, meeting in enumerate(found):
        if meeting.when is not None or meeting.kind != "in_person" or _before_the_news(meeting):
            continue
        if not any(_also_or_earlier(meeting.sentence.doc[i]) for i in meeting.clause):
            continue
        if any(e.label_ in {"DATE", "TIME"} for e in entities(meeting.sentence)):
            continue  # dated in words of its own, even ones we cannot resolve
        earlier = next(  # not an invitation told between: "He invited Lula to visit India"
            (m for m in reversed(found[:at]) if not _before_the_news(m) and m.kind != "planned"), None
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


def _its_day(meeting: Found) -> DateSpan | None:
    """A meeting's date where it is a day."""
    return meeting.when if meeting.when is not None and meeting.when.precision == "day" else None


def _share_someone(meeting: Found, other: Found) -> bool:
    """Whether two meetings have someone in common."""
    return bool(set(meeting.people) & set(other.people))


def on_that_same_day(found: list[Found]) -> None:
    """A meeting told as held "that same day" (or "the same day", "that day"), with no other
    date, was held on the day of the meeting told just before it, in the sentence right before
    its own, that shares one of its people ("The two leaders met in Lima on 3 May. C called A
    that same day"); not "the same day as" another event, nor "the same day that ..."."""
    for at, meeting in enumerate(found):
        if meeting.when is not None:
            continue
        doc = meeting.sentence.doc
        if not any(_that_same_day(doc[i]) for i in meeting.clause):
            continue
        if any(
            e.label_ == "DATE" and e.root.i in meeting.clause and not _that_same_day(e.root)
            for e in entities(meeting.sentence)
        ):
            continue
        earlier = next((m for m in reversed(found[:at]) if m.sentence.start < meeting.sentence.start), None)
        if earlier is None or (day := _its_day(earlier)) is None:
            continue
        gap = meeting.sentence.start - earlier.sentence.end
        if gap > SAME_DAY_REACH or not _share_someone(meeting, earlier):
            continue
        meeting.when = day


SAME_DAY_REACH = 1  # tokens between the two sentences: the one right before


def _that_same_day(word: Token) -> bool:
    """Whether a word is the "day" of "that day", "that same day" or "the (very) same day", told
    with nothing after it that names the day ("the same day as the vote")."""
    if word.lower_ != "day" or any(c.dep_ not in {"det", "amod", "advmod"} for c in word.children):
        return False
    before = {c.lower_ for c in word.children if c.i < word.i}
    return "that" in before or {"the", "same"} <= before


def _also_or_earlier(word: Token) -> bool:
    """Whether a word ties a meeting to the one told before it as held the same day: "also", or
    "earlier" on its own ("Putin held talks with Tokayev on Wednesday. Earlier, at the airport,
    Putin was welcomed by Bektenov"; not "an earlier meeting", nor "earlier this year", which is
    a date of its own)."""
    return word.lower_ == "also" or (word.lower_ == "earlier" and word.dep_ == "advmod")


def _told_again_of(meeting: Found, found: list[Found]) -> Found | None:
    """The dated meeting an undated one tells again, right before it, with the same people and in
    the same way: "Rubio on Wednesday held talks with Holness ... Rubio and Holness discussed
    security": the talks of Wednesday."""
    at = found.index(meeting)
    before = found[at - 1] if at > 0 else None
    if before is None or before.when is None or set(before.people) != set(meeting.people):
        return None
    return before if before.kind == meeting.kind and not _before_the_news(before) else None


def next_to_the_meeting_before(found: list[Found]) -> None:
    """A meeting told as held right after or before another meeting of its people, named by a
    meeting's word ("After the call with Putin, Trump spoke by phone with Zelenskyy", "Following
    the meeting with the President, Jaishankar held talks with Sabry", "Before sitting down with
    the Greek premier, Erdogan is due to see the President"), with no date in its sentence, is
    on the day of the last meeting of theirs told before it, where that one has a day."""
    for at, meeting in enumerate(found):
        if meeting.when is not None or not _told_next_to_a_meeting(meeting):
            continue
        if past_perfect(meeting.verb):
            continue  # "had spoken with Zelensky before the call": some time before it
        if any(e.label_ in {"DATE", "TIME"} for e in entities(meeting.sentence)):
            continue  # dated in words of its own, even ones we cannot resolve
        earlier = next(
            (
                m
                for m in reversed(found[:at])
                if m.sentence.start < meeting.sentence.start and set(m.people) & set(meeting.people)
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
        meeting.when = when


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
    the call with", "following their talks", "before sitting down with", "after meeting"."""
    doc = meeting.sentence.doc
    for word in (doc[i] for i in meeting.clause):
        if word.lower_ not in NEXT_TO or word.dep_ not in {"prep", "mark"}:
            continue
        if word.dep_ == "mark":
            told = [word.head] if word.head.i != meeting.verb.i else []
        else:
            told = [c for c in word.children if c.dep_ in {"pobj", "pcomp"}]
        for other in told:
            if other.i == meeting.trigger.i or not is_trigger(other) or other.lemma_.lower() in TRIP_NOUNS:
                continue  # "after his Beirut visit": a stay of days, not a meeting's day
            if other.pos_ == "NOUN" and not any(c.dep_ in {"det", "poss"} for c in other.children):
                continue  # "after talks on trade": no meeting told before
            return True
    return False


NEXT_TO = frozenset("after following before".split())


def the_rounds_day(found: list[Found]) -> None:
    """A round of meetings one person is told to hold on a day, with no one named ("On December
    13, Xi had a series of meetings with other Vietnamese leaders"), tells the day of the
    meetings of theirs told after it, each with no date of its own, no other date told between,
    and not told as background ("He met President Thuong at the palace")."""
    for at, round_ in enumerate(found):
        when = round_.when
        if len(round_.people) != 1 or round_.kind != "in_person" or when is None or when.precision != "day":
            continue
        if round_.trigger.tag_ != "NNS" or lemma_of(round_.trigger) in GATHERINGS or _before_the_news(round_):
            continue  # "meetings", "talks"; not "where he is attending the NATO Summit"
        for meeting in found[at + 1 :]:
            gap = meeting.sentence.start - round_.sentence.end
            if gap > UNDATED_REACH or _dated_between(round_, meeting):
                break
            if (
                meeting.when is None
                and meeting.kind == "in_person"
                and round_.people[0] in meeting.people
                and not _before_the_news(meeting)
                and not any(e.label_ in {"DATE", "TIME"} for e in entities(meeting.sentence))
                and not _elsewhere(meeting.place, round_.place)
            ):
                meeting.when = when


ALSO_REACH = 40  # tokens: the next sentence or so
# tokens: a few paragraphs that tell no other date ("... told a news conference after it")
UNDATED_REACH = 200


def _dated_between(earlier: Found, meeting: Found) -> bool:
    """Whether the text between two meetings' sentences names a date or time, not how long
    something lasted ("after the roughly hour-long meeting")."""
    doc = meeting.sentence.doc
    return any(
        e.label_ in {"DATE", "TIME"} and not any(t.lemma_.lower() in DURATIONS for t in e)
        for e in doc[earlier.sentence.end : meeting.sentence.start].ents
    )


DURATIONS = frozenset("hour minute".split())


def _before_the_news(meeting: Found) -> bool:
    """A meeting told as background: "last met", "had (also) met"."""
    return is_background(span_text(meeting.sentence)) or past_perfect(meeting.verb)


def the_gathering_told_before(
    meeting: Found, before: list[Span], people: People, published: date | None
) -> None:
    """A summit a sentence points back to ("The summit, convened from Harare, was attended online
    by A and B"; "That summit, hosted by C, was attended by D") is the one the sentences just
    before tell ("... at an Extraordinary Summit chaired by E"; "... after the joint summit in
    Dar es Salaam on February 8, which E co-chaired with F"): where its sentence says nothing of
    it, its day, place and occasion are that one's, and those named there as chairing or hosting
    it take part."""
    noun = meeting.trigger
    if noun.dep_ not in {"nsubj", "nsubjpass"} or lemma_of(noun) not in GATHERINGS:
        return  # "The summit was attended by ...", not "after attending a session of the summit"
    if not definite_word(noun):
        return
    if meeting.occasion is not None or _dated_in_its_clause(meeting):
        return
    for sentence in reversed(before):
        told = [
            t for t in span_tokens(sentence) if t.pos_ in {"NOUN", "PROPN"} and lemma_of(t) == lemma_of(noun)
        ]
        if not told or is_headline(sentence):
            continue  # not "Trump Scraps Planned Summit With Putin"
        antecedent = told[-1]
        phrase = {t.i for t in antecedent.subtree}
        occasion = clause_occasion(sentence, phrase, antecedent)
        day = _day_told_of(sentence, antecedent, published)
        place = clause_place(sentence, phrase) or next(  # even "after the summit in Dar es Salaam"
            (p for e in place_spans(sentence) if in_clause(e, phrase) and (p := resolve_place(e.text))), None
        )
        if occasion is None and day is None and place is None:
            return  # nothing told of it to take
        meeting.occasion = occasion
        meeting.when = day or meeting.when
        if meeting.kind == "in_person":
            meeting.place = place or meeting.place
        chairs = [t for g in chaired_by(antecedent) for t in g.subtree]
        told_there = people.in_tokens([*antecedent.subtree, *chairs])
        meeting.people += [p for p in told_there if p not in meeting.people]
        return


# the nouns of the office of a gathering's chair: "held under the chairmanship of A"
CHAIR_NOUNS = frozenset("chairmanship chairpersonship chairship".split())


def chaired_by(noun: Token) -> list[Token]:
    """Who a sentence tells chaired or hosted a gathering, outside the noun's own words: the
    agent of the passive verb it is the subject of or set beside ("The summit was chaired by A",
    "the summit, hosted by B,") and the one "under the chairmanship of" whom it "was held" (C)."""
    verbs = _verbs_of_the_noun(noun)
    found = [g for verb in verbs if verb.lemma_.lower() in THIRD_PARTY_VERBS for g in passive_agents(verb)]
    return found + [
        g
        for verb in verbs
        for t in verb.subtree
        if t.lower_ in CHAIR_NOUNS and t.head.lower_ == "under"
        for of in t.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for g in of.children
        if g.dep_ == "pobj"
    ]


def _day_told_of(sentence: Span, noun: Token, published: date | None) -> DateSpan | None:
    """The date a sentence gives a gathering: in its own words ("the summit on February 8"), else
    in the clauses it hangs on ("Leaders yesterday resolved ... at a summit")."""
    clauses = [{t.i for t in noun.subtree}] + [
        own_clause(v) for v in noun.ancestors if v.pos_ in {"VERB", "AUX"}
    ]
    for clause in clauses:
        for ent in entities(sentence):
            if ent.label_ == "DATE" and ent.root.i in clause:
                span = dates.resolve(ent.text, published)
                if span is not None and span.start is not None:
                    return span
    return None


def held_alongside(found: list[Found]) -> None:
    """A meeting held "meanwhile" with no place of its own is held where the meeting told
    before it was."""
    for meeting in found:
        if meeting.alongside is not None and meeting.place is None:
            meeting.place = meeting.alongside.place


def definite_word(token: Token) -> bool:
    """A word with "the", "that" or "this" before it: "the meeting", "that summit"."""
    return any(c.dep_ == "det" and c.lower_ in {"the", "that", "this"} for c in token.children)


def _owned_by_a_day_or_them(token: Token) -> bool:
    """A meeting word owned by its day or by those told before: "Monday's meeting", "the leaders'
    talks"."""
    owners = [c for c in token.children if c.dep_ == "poss"]
    return any(c.ent_type_ == "DATE" or (c.tag_ == "NNS" and definite_word(c)) for c in owners)


def _earlier(token: Token) -> bool:
    """ "the previous engagement", "the last meeting": a meeting before the one just reported."""
    return any(c.dep_ == "amod" and c.lower_ in EARLIER for c in token.children)


EARLIER = frozenset("previous last earlier prior former first".split())


def _only_asked_or_wished(token: Token) -> bool:
    """Whether a trip is only what someone was asked, or wishes, to make: "invited Trump to
    visit Moscow", "urged him to travel to Kyiv", "hopes to visit Beijing"."""
    head = token.head
    return token.dep_ == "xcomp" and head.lemma_.lower() in OBJECT_CONTROL | WISHES | WILLING


def note_whereabouts(
    sentence: Span,
    people: People,
    published: date | None,
    whereabouts: dict[str, tuple[Place | None, DateSpan | None]],
    trips: list[Trip],
) -> set[str]:
    """Remember where a person is said to be ("Sun, who was in Moscow on Monday and Tuesday";
    a caption's "Kishida and Yoon, dining in Tokyo on Thursday"), so that "He also met ..." in a
    later sentence inherits the place and the days. Returns the names the sentence placed. Where
    and when someone was before the week of the news ("When Blinken visited China in June") is
    no whereabouts of the news: it goes to ``trips``, the article's past stays."""
    noted: set[str] = set()
    for token in span_tokens(sentence):
        doing = token.tag_ == "VBG" and token.dep_ == "acl" and people.at(token.head) is not None
        flown = token.lemma_ == "fly" and token.dep_ == "relcl"  # "Modi, who flew into Canberra"
        if token.lemma_ not in {"be", "arrive", "land", "travel", "visit"} and not (doing or flown):
            continue
        if _only_asked_or_wished(token):
            continue  # "Putin had invited Trump to visit Moscow": Trump is not there
        subjects = subject_of(token)
        if doing:
            clusters = [people.at(t) for t in (token.head, *token.head.conjuncts)]
        elif token.dep_ == "relcl":
            clusters = [people.at(s) for s in subjects] + [people.at(token.head)]
        else:  # "The Iranian president arrived in Baghdad": the one person a title means
            clusters = [people.at(s) or people.described(s) for s in subjects]
        if all(cluster is None for cluster in clusters):
            continue  # it places no one
        clause = own_clause(token)
        place = clause_place(sentence, clause)
        if place is None:
            continue
        when = clause_date(sentence, clause, published, future=False)
        if _ended_before_the_week(when, published):
            if when is not None:
                trips += [(c.name, place, when) for c in clusters if c is not None]
            continue  # "Xi last visited Kazakhstan in June 2017": not where he is in the news
        for cluster in clusters:
            if cluster is None:
                continue
            known = whereabouts.get(cluster.name)
            if when is None and known is not None and known[0] == place and cluster.name in noted:
                continue  # "X, who arrived in Moscow on Thursday, was there to ...": still Thursday
            whereabouts[cluster.name] = (place, when)
            noted.add(cluster.name)
    return noted
