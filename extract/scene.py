"""The scene of the article's news: where it happens, who takes part, and on what day.

The headline or lead, under the dateline, sets the scene (:class:`Setting`): the place of its
first meeting held, the people at it, the summit it is held at, or the trip someone is coming
home from. A meeting reported with no place of its own is held at the scene, unless it is told
as the past of the news, brings in a country the scene's talks had not, or is held by phone or
video; an undated meeting of the news takes the day the lead names, or the dateline's day where
the article gives no publication date; a meeting called off with no place of its own is the
gathering the lead tells of.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import cast

from spacy.tokens import Doc, Span, Token

from extract import dates, occasions
from extract.article import (
    GATHERINGS,
    at_a_venue_unplaced,
    at_another_event,
    date_by_the_noun,
    dated_before,
    dated_in_its_clause,
    definite_word,
    in_other_countries,
    long_before,
    other_days,
    this_week,
)
from extract.circumstances import (
    LEAVING_VERBS,
    before_or_after,
    clause_occasion,
    in_a_building_of,
    is_venue,
    place_spans,
    stop_of_a_tour,
    toured_places,
    unplaced_buildings,
    unplaced_venue,
    venue_in,
    whence,
)
from extract.datelines import (
    article_dateline,
    dateline_end,
    dateline_place,
    is_dateline,
)
from extract.found import Found
from extract.gatherings import GATHERING_NOUNS, VISIT_SORTS, told_as_a_visits_talks
from extract.gazetteer import ORGANISATIONS
from extract.kinds import (
    PHONE_WORDS,
    TO_COME,
    VIDEO_WORDS,
    called_off,
    meeting_kind,
    past_perfect,
    sought_and_refused,
)
from extract.layout import CAPTION
from extract.participants import (
    REPORTING,
    governor,
    own_clause,
    people_of,
    set_off_with_an_organisation,
    subject_of,
)
from extract.people import Cluster, People, in_quotation
from extract.places import resolve_place, within
from extract.records import DateSpan, Occasion, Place
from extract.spans import (
    ancestors_of,
    children_of,
    clause_tokens,
    doc_sentences,
    doc_text,
    entities,
    span_text,
    span_tokens,
    subtree_of,
)
from extract.timing import at_the_bounds_of_the_one_told
from extract.told import is_background, told_as_after
from extract.triggers import talking_again, told_since
from extract.vocabulary import AFTER_OR_BEFORE, ARRIVING, MEETING_NOUNS, VISIT_WORDS


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
    # the lead tells talks of three sides or more held there ("the two-day meeting in Geneva for
    # A, B and the ministers of three powers"): the sides that come meet there too
    of_many_sides: bool = False
    # a dateline lead that tells no meeting, with the day it tells its subject acting on ("RAMSTEIN,
    # Germany — Zelenskyy pressed allies on Friday ..."): the day of that person's news
    subjects: list[Cluster] = field(default_factory=list)
    subjects_day: DateSpan | None = None


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
        if (left := _left_after(sentence, people)) is not None:
            return left  # "Xi left Hanoi on Tuesday, wrapping up a two-day state visit"
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
        if told_since(meeting):
            continue  # "A has not met B since their encounter in the Oval Office": what the news came after
        if long_before(meeting, published):
            continue  # a photo of a meeting a year before the news
        if stop_of_a_tour(meeting.trigger):
            followed.add(meeting.sentence.start)
            continue  # "the final leg of a tour that took him to the NATO summit in Vilnius": a stop before
        if _where_one_came_from(meeting):
            followed.add(meeting.sentence.start)
            continue  # "flew into Abu Dhabi from New Delhi, where he met Modi at the G20": not the scene
        if news is not None and _held_before(meeting, news):
            followed.add(meeting.sentence.start)
            continue  # "met B today at the palace ... follows her meeting in Madrid on Monday"
        news = news or meeting
        place = meeting.place or venue_in(meeting.sentence, trigger=meeting.trigger)
        if place is None:
            unplaced = unplaced or at_a_venue_unplaced(meeting)
        elif unplaced and place.city is not None:
            place = Place(country=place.country)  # "met at the X Spaceport ... welcomed in Y": not in Y
        if place is None and (dateline := dateline_place(meeting.sentence)) and dateline.city:
            if _elsewhere_on_a_tour(meeting.sentence, dateline) or _hosts_of_several_countries(
                meeting, found, dateline
            ):
                return Setting(None, people=list(meeting.people))  # each stop's meeting is its own
            # "KINGSTOWN (AFP) - A met B": there, whatever the lead tells next; and a lead that
            # tells its people's day with one side's visit ("VIENTIANE - A and B agreed on Thursday
            # ..., as A made his debut at the summits"): their meeting told next, that day
            subjects, day = _the_leads_subjects_day(meeting.sentence, found, people, published)
            if day is None and (
                theirs := _the_news_at_the_dateline(dateline, meeting, lead, people, published, found)
            ):
                # "PARIS - A and B agreed on Monday ..., after their first encounter. The two
                # leaders met for hours with C and D": their meetings told next, that day
                return theirs
            return Setting(dateline, subjects=subjects, subjects_day=day)
        if place is not None or _round_of_meetings(meeting, published):
            if meeting.when is None:  # not told as background: skipped above
                meeting.when = _day_of_the_news(lead, meeting, people, published, found)
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
                    # "held talks in Abuja on Sunday ... will leave for Rio to attend the G20 summit":
                    # a summit still to come is not the occasion of the talks held now
                    and other.kind not in TO_COME
                    # "had last met in Doha at the GCC summit"
                    and not is_background(span_text(other.sentence))
                    and not in_other_countries(other.place, place)
                    # "held talks on Thursday. Xi arrived on Wednesday ... to attend the celebrations"
                    and not other_days(other.when, meeting.when)
                    # "The GCC-US summit convened in Riyadh later on Wednesday": after it, not its occasion
                    and not told_as_after(other.verb, other.trigger)
                    # "A met B in Lima. A arrived for the APEC meeting and a state visit to Peru":
                    # talks with the host are the visit's
                    and not _came_for_a_visit_too(other, meeting, place)
                    # "arrived in Wonsan, flying in from Kuala Lumpur, where he attended the ASEAN
                    # meetings and held talks with B": that summit is before the trip, elsewhere
                    and not _where_one_came_from(other)
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
            many = _many_sides_met(place, found, starts)
            return Setting(place, occasion, list(meeting.people), countries, day, round_at, their_day, many)
    unsettled = {  # nor where a call, a plan, an old photo or a meeting told as background was
        m.sentence.start
        for m in found
        if m.kind not in {"in_person", "visit"}
        or long_before(m, published)
        or is_background(span_text(m.sentence))
        or told_since(m)
    } | followed
    for sentence in (s for s in lead if s.start not in unsettled):
        place = venue_in(sentence, of_meeting=True, held=partial(_held_this_week, published=published))
        if place is not None:
            occasion = clause_occasion(sentence, set(range(sentence.start, sentence.end)))
            return Setting(place, occasion, day=_day_in(sentence, published))
    for sentence in lead:
        if (place := dateline_place(sentence)) is not None:
            subjects, day = _the_leads_subjects_day(sentence, found, people, published)
            if day is None and (
                theirs := _the_news_at_the_dateline(place, news, lead, people, published, found)
            ):
                return theirs  # not where the dateline's own sentence tells its subjects' day
            # "Zelenskyy made a surprise appearance at the gathering of the Ukraine Defense Contact
            # Group": the gathering its subject is at that day
            occasion = clause_occasion(sentence, set(range(sentence.start, sentence.end))) if day else None
            return Setting(place, occasion, subjects=subjects, subjects_day=day)
    if sentences and (place := article_dateline(sentences[0].doc)) is not None:
        # a dateline on a line of its own, "ANKARA", too short for the lead
        return _the_news_at_the_dateline(place, news, lead, people, published, found) or Setting(place)
    if news is not None and news.occasion is not None:  # "held talks on the margins of the summit"
        return Setting(None, news.occasion, list(news.people), news.countries)
    return None


def _the_news_at_the_dateline(
    place: Place,
    news: Found | None,
    lead: list[Span],
    people: People,
    published: date | None,
    found: list[Found],
) -> Setting | None:
    """The scene of a lead meeting of two people or more that names no place of its own, under a
    dateline ("MALE - A held talks with B on Friday ... The two leaders then drove to the square,
    before sitting down for talks"): the dateline's city, with the day this week that the lead
    tells their meeting on (in that meeting's words or those of a meeting of the same people the
    lead tells again: a headline's "A, B hold talks" over "A held talks with B on Friday") for that
    meeting and for the meetings of its people told after it with no day; None where the lead
    meeting has fewer people or no such day (not the day the lead gives others' acts: "officials
    warned on Wednesday")."""
    if news is None or len(news.people) < 2:
        return None
    starts = {s.start for s in lead}
    day = news.when or next(
        (
            m.when
            for m in found
            if m.when is not None
            and m.sentence.start in starts
            and set(m.people) == set(news.people)
            and not is_background(span_text(m.sentence))
        ),
        None,
    )
    if not _a_day_this_week(day, published):
        return None
    news.when = news.when or day
    return Setting(place, people=list(news.people), countries=news.countries, their_day=day)


def _many_sides_met(place: Place | None, found: list[Found], lead: set[int]) -> bool:
    """Whether the lead tells talks of three countries or more held in person at the scene's
    city ("The two-day meeting at the UN office in Geneva opened with a dinner for A, B and the
    foreign ministers of C and D"): a gathering of many sides, as a summit is, where the bilateral
    meetings of its sides are held too; not a guest's talks with one host."""
    return (
        place is not None
        and place.city is not None
        and any(
            m.sentence.start in lead and m.kind == "in_person" and m.place == place and len(m.countries) >= 3
            for m in found
        )
    )


def _came_for_a_visit_too(other: Found, meeting: Found, place: Place | None) -> bool:
    """Whether the sentence that tells why someone came names a state, official or working visit
    beside the gathering ("arrived in Lima for the APEC meeting and a state visit to Peru"), and the
    lead meeting is held with the host, someone of the country it is held in: the talks of that
    visit, which the gathering does not make its occasion (as :func:`told_as_a_visits_talks` reads
    a visit told in the meeting's own sentence)."""
    if place is None or place.country is None or other.occasion is None:
        return False
    if not any(p.country == place.country for p in meeting.people):
        return False
    return any(
        t.lemma_.lower() == "visit"
        and t.pos_ == "NOUN"
        and any(c.lower_ in VISIT_SORTS and c.dep_ in {"compound", "amod"} for c in children_of(t))
        for t in span_tokens(other.sentence)
    )


def _where_one_came_from(meeting: Found) -> bool:
    """Whether a meeting is told in a "where" clause on the place someone travelled from ("flew
    into Abu Dhabi from New Delhi, where he attended the summit and held talks with B"): held
    before the trip the sentence tells, so neither its place nor its summit is the news's scene;
    not a clause on where one went ("flew to Delhi, where he met B"). "Flying in from Kuala
    Lumpur, where ..." is such a place too (see :func:`circumstances.whence`)."""
    verb = meeting.verb
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head  # "attended the summit and held talks": the clause of "attended"
    return verb.dep_ == "relcl" and any(c.lower_ == "where" for c in children_of(verb)) and whence(verb.head)


# Verbs of coming home, with the word that makes some of them so: "returned", "came back", "flew home".
BACK_VERBS = frozenset("return come fly arrive head travel".split())
BACK_WORDS = frozenset("back home".split())


def _back_from(sentence: Span, people: People) -> Setting | None:
    """The scene of a lead that tells someone's coming home after a summit or a trip ("Havana
    (RHC) -- President Diaz-Canel came back to Cuba Friday after taking part in the CELAC summit",
    "HANOI (VNA) - Chinh returned home on Sunday after attending the ASEAN Summit in Vientiane"):
    that summit, in the place it names if any, where the traveller's round of meetings was; not
    the dateline's city, which is home."""
    for verb in span_tokens(sentence):
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in BACK_VERBS:
            continue
        if lemma != "return" and not any(c.lower_ in BACK_WORDS for c in children_of(verb)):
            continue
        after = next(
            (c for c in children_of(verb) if c.lower_ == "after" and c.dep_ in {"prep", "mark"}), None
        )
        travellers = people.in_tokens(
            t for c in children_of(verb) if c.dep_ == "nsubj" for t in subtree_of(c)
        )
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


# the words by which leaving a place ends a stay there: "left Hanoi, wrapping up a state visit",
# "departed Nairobi after a three-day visit"
ENDING_WORDS = frozenset("after conclude end wrap complete finish".split())


def _left_after(sentence: Span, people: People) -> Setting | None:
    """The scene of a lead that tells someone leaving a town as the end of a visit there
    ("Xi left Hanoi on Tuesday, wrapping up a two-day state visit during which he met Vietnam's
    leaders", "Ruto departs Abuja after a three-day state visit"): that town, where the
    traveller's meetings of the visit were held; not one left for a visit elsewhere ("left
    Nairobi for a state visit to Ghana", the visit's words on "for"), nor the last stop of a visit
    told to a country ("left Ho Chi Minh City, concluding his visit to Vietnam": the talks may have
    been in Hanoi)."""
    for verb in span_tokens(sentence):
        if verb.lemma_.lower() not in LEAVING_VERBS or verb.pos_ not in {"VERB", "AUX"}:
            continue
        left = [c for c in children_of(verb) if c.dep_ == "dobj" and c.pos_ == "PROPN"] + [
            o for c in children_of(verb) if c.lower_ == "from" for o in children_of(c) if o.dep_ == "pobj"
        ]
        travellers = people.in_tokens(
            t for c in children_of(verb) if c.dep_ == "nsubj" for t in subtree_of(c)
        )
        if len(left) != 1 or len(travellers) != 1:
            continue
        ending = [
            c for c in children_of(verb) if c.dep_ in {"advcl", "prep"} and c.lemma_.lower() in ENDING_WORDS
        ]
        trips = [t for c in ending for t in subtree_of(c) if t.lemma_.lower() in VISIT_WORDS]
        if not trips or any(c.lower_ in {"to", "in"} for t in trips for c in children_of(t)):
            continue  # "left Ho Chi Minh City, concluding his visit to Vietnam": its last stop only
        town = left[0]  # a small town may be tagged as a person or a body: "departed Abuja"
        place = resolve_place(span_text(sentence.doc[town.left_edge.i : town.i + 1]))
        if place is not None and place.city is not None:
            return Setting(place, people=list(travellers))
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


def _held(word: Token) -> bool:
    """Whether a meeting word tells a meeting held, not one still to come or wished for: not the
    visit of "I would like to invite you to visit Russia next year"."""
    verb = governor(word)
    kind = meeting_kind(word, verb, word.sent, own_clause(verb) | own_clause(word))
    return kind is not None and kind not in TO_COME


def _held_this_week(word: Token, published: date | None) -> bool:
    """Whether a meeting word tells a meeting held (:func:`_held`) in the week of the news, by any
    date its own words give: not "agreements reached during the official visit of the President to
    the United States in May 2018", whose place is no scene of the news."""
    if not _held(word):
        return False
    own = date_by_the_noun(word.sent, word, published)
    return own is None or published is None or this_week(own, published)


def _elsewhere_on_a_tour(sentence: Span, dateline: Place) -> bool:
    """Whether a lead tells its meetings on a trip of several stops none of which is the
    dateline's, the reporter's city ("COPENHAGEN (Reuters) - A met B, C and D in a one-day tour
    of Berlin, Paris and Brussels"): the meetings are held at the stops, not there."""
    stops = toured_places(sentence)
    return len(stops) >= 2 and not any(
        stop == dateline or (stop.city is None and stop.country == dateline.country) for stop in stops
    )


def _hosts_of_several_countries(meeting: Found, found: list[Found], dateline: Place) -> bool:
    """Whether a lead tells one visitor's meetings with people of two countries or more, none of
    them the visitor's own as the dateline's is ("ABUJA (AFP) - Blinken met the presidents of
    Ivory Coast and Nigeria on Tuesday"): a tour, whose meetings are held at its stops, one of
    them at most the reporter's city; not a host at home ("ABUJA - Tinubu received the presidents
    of Ghana and Togo"), whose country is the dateline's, nor meetings told at a gathering, all
    held where it is ("VIENTIANE - On the sidelines of the ASEAN summit, A met B and C")."""
    told = [
        m for m in found if m.sentence.start == meeting.sentence.start and m.kind in {"in_person", "visit"}
    ]
    if len(told) < 2:
        return False
    if any(m.occasion is not None for m in told):
        return (
            False  # "VIENTIANE - On the sidelines of the ASEAN summit, A met B and C": one gathering's city
        )
    shared = set.intersection(*(set(m.people) for m in told))
    if len(shared) != 1:
        return False
    (visitor,) = shared
    if visitor.country is None or visitor.country == dateline.country:
        return False
    hosts = {p.country for m in told for p in m.people if p != visitor}
    return None not in hosts and len(hosts) >= 2


def _held_before(meeting: Found, news: Found) -> bool:
    """Whether a meeting told after the news's own is dated on a day before it, told in its
    sentence as before or after it ("meets A two days after a meeting with B in Brussels"), or
    told in the past perfect where the news is not ("had already been received by Macron in
    Paris on Friday"; not a report's "China said its envoy had met Zelensky"): told as what the
    news follows, not where it was."""
    return (
        (other_days(meeting.when, news.when) and dated_before(meeting.when, news.when))
        or _told_as_before(meeting, news)
        or (past_perfect(meeting.verb) and meeting.verb.dep_ == "ROOT" and not past_perfect(news.verb))
    )


def _told_as_before(meeting: Found, news: Found) -> bool:
    """Whether a meeting's word hangs on a word of another time ("after", "before", "ahead")
    that hangs on the news's verb, or on a length of time that does ("two days after a meeting")."""
    if meeting.sentence.start != news.sentence.start:
        return False
    for above in list(ancestors_of(meeting.trigger))[:3]:
        if before_or_after(above):
            heads = {above.head.i, above.head.head.i}
            return bool(heads & {news.verb.i, news.trigger.i}) and above.head.i != meeting.trigger.i
    return False


def _round_of_meetings(meeting: Found, published: date | None) -> bool:
    """One person meeting "leaders" on a day this week: the day of the meetings the article
    goes on to tell. So too where the lead names one of those they met beside the others it
    leaves unnamed ("conferred with several African leaders and the President of Estonia
    today"): a round, of which the one named is but one meeting."""
    return (len(meeting.people) == 1 or _with_others_unnamed(meeting)) and _a_day_this_week(
        meeting.when, published
    )


# the plural nouns that stand for those someone met, unnamed: "met several African leaders"
ROUND_PARTIES = frozenset("leader counterpart head dignitary president minister official".split())
# what makes such a plural some of many, not those named: "several", "other"; not "the two leaders"
SOME_OF_MANY = frozenset("several many various numerous other some fellow".split())


def _with_others_unnamed(meeting: Found) -> bool:
    """Whether a meeting's trigger has among those met a plural left unnamed, "with several
    African leaders", "met various counterparts"; not "the two leaders", who are named."""
    trigger = meeting.trigger
    for token in subtree_of(trigger):
        if token.tag_ != "NNS" or token.lemma_.lower() not in ROUND_PARTIES:
            continue
        path = [token, *(a for a in ancestors_of(token) if a.i != trigger.i and trigger.is_ancestor(a))]
        if any(t.dep_ not in {"dobj", "pobj", "prep", "conj"} for t in path):
            continue
        if any(c.lower_ in SOME_OF_MANY for c in children_of(token)):
            return True
    return False


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
    lead: list[Span], meeting: Found, people: People, published: date | None, found: list[Found]
) -> DateSpan | None:
    """The day of an undated lead meeting: the day, within the week before publication, on
    which the lead says one of its people acted ("China's top diplomat said Thursday ...",
    "Macron on Monday urged Xi ..."), or on which the dateline's sentence says someone other
    than a named person acted ("ANKARA, Dec 11 (Reuters) - Ethiopia and Somalia agreed on
    Wednesday ...") other than by telling it ("China said Thursday its envoy had met ..."); not
    the day of a plan ("is expected to meet B on Wednesday"), nor the day one of them arrived
    where the article (``found``) gives their talks a day of its own ("A's visit brought a first
    meeting with B ... A arrived on 7 August ... On 8 August, B welcomed A"): the first of the
    visit, not the day of its talks; nor a day inside a quotation other than the day of the news
    ('"a ceasefire for 30 days, starting Monday," the President said'; not '"Today is a
    milestone"')."""
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
            if not this_week(span, published):
                continue
            if in_quotation(ent.root) and span.start != published:
                # '"a ceasefire for 30 days, starting Monday," Zelensky said': a day the speaker
                # reckons in their own words, not the news's ('"Today is a milestone"' is)
                continue
            verbs = [a for a in [ent.root, *ancestors_of(ent.root)] if a.pos_ in {"VERB", "AUX"}][:2]
            if verbs and verbs[0].dep_ in {"relcl", "acl"}:
                verbs = verbs[:1]  # "the death of Li, who passed away on October 27": Li's day
            if any(
                c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll"}
                for v in verbs[:1]
                for c in children_of(v)
            ):
                continue  # "will continue their talks on Friday": the day of the next meeting
            if verbs and verbs[0].lemma_.lower() in REPORTING:
                verbs = verbs[:1]  # "..., the agency reported on Friday": the agency's day
            subjects = [s for verb in verbs for s in subject_of(verb) if not set_off_with_an_organisation(s)]
            actors = people_of(subjects, people, [])[0]
            if verbs and verbs[0].lemma_.lower() in ARRIVING and _told_on_another_day(meeting, span, found):
                continue  # "A's visit brought talks with B ... A arrived on 7 August": the visit's first day
            if verbs and verbs[0].lemma_.lower() in ARRIVING and _arrived_before_it(verbs[0], meeting):
                continue  # "A met B at the summit ... A had arrived on Thursday evening": before it
            if set(actors) & set(meeting.people):  # "said Thursday [Beijing would ...]" hangs loose
                return span
            if any(_another_gathering(s, meeting) for s in subjects):
                continue  # "The Mekong Forum was held in Hanoi on 8 June": that forum's day
            if opening and verbs and not actors and verbs[0].lemma_.lower() not in REPORTING:
                return span  # the lede's: "ANKARA (Reuters) - Ethiopia and Somalia agreed on Wednesday"
    return None


def _arrived_before_it(verb: Token, meeting: Found) -> bool:
    """Whether an arrival is told after a meeting in the past perfect ("A made the announcement
    at the summit alongside B. A had arrived in the capital on Thursday evening"): a step back
    from the news, to the day before the meeting, not its day."""
    return past_perfect(verb) and verb.i > meeting.sentence.start and not past_perfect(meeting.verb)


def _told_on_another_day(meeting: Found, day: DateSpan, found: list[Found]) -> bool:
    """Whether the article tells a meeting held of the same people (and maybe more) on a day of
    its own other than ``day``."""
    return any(
        other is not meeting
        and other.kind == meeting.kind
        and set(meeting.people) <= set(other.people)
        and other.when is not None
        and other.when.precision == "day"
        and other.when.start is not None
        and other.when.start != day.start
        for other in found
    )


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


def _the_leads_subjects_day(
    sentence: Span, found: list[Found], people: People, published: date | None
) -> tuple[list[Cluster], DateSpan | None]:
    """The people a dateline's lead is about, the subjects of its main verb, of the verbs joined to
    it and of a clause "as" or "while" sets beside it, and the day of this week it tells them acting
    on ("BERLIN — Scholz urged allies on Tuesday to ...", "VIENTIANE - A and B agreed on Thursday
    ..., as A made his debut at the summits", "X and Y on Monday signed a pact, as A and visiting B
    pledged ..."), when the lead tells no meeting of two of them or more (one side's visit or
    summit is the news they act in) and no background; none otherwise."""
    if any(m.sentence.start == sentence.start and len(m.people) >= 2 for m in found) or is_background(
        span_text(sentence)
    ):
        return [], None
    day = _day_in(sentence, published)
    if day is None:
        return [], None
    root = sentence.root
    clauses = [root] + [
        c
        for c in children_of(root)
        if (c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"})
        or (
            c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in {"as", "while"} for m in children_of(c))
        )
    ]
    subjects = people.in_tokens(
        t for v in clauses for c in children_of(v) if c.dep_ in {"nsubj", "nsubjpass"} for t in subtree_of(c)
    )
    return (subjects, day) if subjects else ([], None)


def _a_day_this_week(span: DateSpan | None, published: date | None) -> bool:
    return span is not None and span.precision == "day" and this_week(span, published)


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
    if day is None and len(meeting.people) > 1 and _of_the_leads_people(meeting, setting):
        day = setting.their_day  # "A hosted B and C in Ankara on Wednesday ... A first met B alone"
    if day is None and set(meeting.people) & set(setting.people) and _at_the_news_bounds(meeting):
        day = setting.their_day  # "A and B met at a summit on Monday ... Before the summit began, A met C"
    if day is None and set(setting.subjects) & set(meeting.people) and meeting.place == setting.place:
        day = setting.subjects_day  # "A pressed allies on Friday ... A met B at the base": that day
    if day is None:
        return
    if (
        meeting.place is not None
        and setting.place is not None
        and meeting.place != setting.place
        # "ends Europe trip in Finland ... was welcomed by Niinisto at the palace in Helsinki"
        and not within(meeting.place, setting.place)
    ):
        return
    if setting.people and not set(setting.people) & set(meeting.people):
        return
    if _told_undated(meeting):
        meeting.when = day


def _at_the_news_bounds(meeting: Found) -> bool:
    """Whether a meeting is told as held right before or after the start or end of the meeting or
    gathering told before ("Before the summit began, Putin held a tete-a-tete with Macron"): the
    summit the lead tells, on the lead's day, when someone of the lead's meeting holds it."""
    return at_the_bounds_of_the_one_told(meeting.sentence, meeting.clause)


def _of_the_leads_people(meeting: Found, setting: Setting) -> bool:
    """Whether a meeting is held by some of the lead meeting's people alone ("A hosted B and C ...
    A first met B alone"), or by all of two or more of them with others at the scene ("A and B met
    at a summit hosted by C ... The four leaders talked for hours"): their day's."""
    ours, theirs = set(meeting.people), set(setting.people)
    return ours <= theirs or (len(theirs) >= 2 and theirs < ours)


def _held_together(call: Found, setting: Setting) -> bool:
    """Whether a call is held jointly by two or more of the lead meeting's people with someone
    else, told with no time of its own and not as background."""
    hosts = set(call.people) & set(setting.people)
    if len(hosts) < 2 or set(call.people) <= hosts or setting.their_day is None:
        return False
    return _told_undated(call)


def _told_undated(meeting: Found) -> bool:
    """Whether a meeting is told not as background and with no date in its own clause."""
    return not is_background(span_text(meeting.sentence)) and not dated_in_its_clause(meeting)


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


_ENTRY_STAMPS = "dipgraph.scene.entry_stamps"


def _entry_stamps(doc: Doc) -> list[tuple[int, int, int]]:
    """The live blog's entry stamps of a doc (:func:`dates.entry_stamps`), read once per doc: each
    meeting with no time of its own asks."""
    if _ENTRY_STAMPS not in doc.user_data:
        doc.user_data[_ENTRY_STAMPS] = dates.entry_stamps(doc_text(doc))
    return cast(list[tuple[int, int, int]], doc.user_data[_ENTRY_STAMPS])


def on_the_entrys_day(meeting: Found, published: date | None) -> None:
    """A meeting held that an entry of a live blog tells with no time of its own ("Carney has sat
    down with Zelensky at the venue", under "Tuesday, June 17 – 12:20 p.m. MT") is of the day of
    the entry's time stamp: the year of the page (the one before where the stamp's day would come
    after it), or none where the page has no date. Not one whose sentence names a time, nor one
    told as background, nor one on a page with fewer than two stamped entries."""
    if meeting.when is not None or meeting.kind not in HELD_KINDS:
        return
    sentence = meeting.sentence
    stamps = [s for s in _entry_stamps(sentence.doc) if s[0] <= sentence.start_char]
    if not stamps or is_background(span_text(sentence)):
        return
    if any(e.label_ in {"DATE", "TIME"} for e in entities(sentence)):
        return
    _, month, day = stamps[-1]
    if published is None:
        meeting.when = DateSpan(precision="day", month=month, day=day)
        return
    for year in (published.year, published.year - 1):  # "December 31" on a page of January 1
        if (told := dates.valid_date(year, month, day)) is not None and told <= published:
            meeting.when = DateSpan(start=told, end=told, precision="day")
            return


# How long something lasted, which dates nothing: "two days", "over three hours", "45 minutes".
LENGTH_OF_TIME = re.compile(
    r"(?:(?:over|for|about|some|nearly|almost|more than|less than)\s+)?(?:the\s+)?"
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)[\s-]+"
    r"(?:minutes?|hours?|days?)",
    re.IGNORECASE,
)


YEARS = re.compile(r"\b(?:1[89]|20)\d\d\b|\byears?\b", re.IGNORECASE)  # "in 2021", "last year", "years ago"


def set_the_scene(
    meeting: Found, setting: Setting | None, published: date | None, *, ahead: bool = False
) -> None:
    """A meeting reported with no place of its own is held where the article's news happens,
    when it is part of that news: held in person, by someone taking part in it (or, for a
    scene without named people, by one of its delegations), at the same occasion if it names
    one (not where it is ``ahead`` of the gathering its people held later that day, see
    :func:`extract.article.ahead_of_their_gathering`), and undated or dated within the week
    before publication."""
    _in_the_dateline_city(meeting, published)
    if setting is None or (setting.place is None and setting.occasion is None):
        return  # a summit with no place told is still a scene: "came back after the CELAC summit"
    if meeting.kind in TO_COME:
        _planned_at_the_scene(meeting, setting, published)
    if meeting.kind != "in_person":
        return
    if meeting.when is None and _the_last_one(meeting.trigger):
        return  # "Their last meeting came before the summit": the news's past, held where it does not say
    if meeting.place is not None and (
        meeting.place != setting.place or meeting.occasion is not None or not setting.round_at
    ):
        return  # one of a round told at an occasion ("On the sidelines of the summit, A held a series
        # of bilateral meetings"), placed at the scene already, still takes the occasion
    if (
        unplaced_venue(meeting.sentence, meeting.clause)
        and (setting.place is None or not in_a_building_of(meeting.sentence, meeting.clause, setting.place))
        # "was received at the Julius Nyerere International Airport by B": where the guest of the
        # scene lands, its city
        and not (meeting.on_arrival and setting.place is not None and setting.place.city is not None)
    ):
        return  # "at the Vostochny Cosmodrome"; not "at Blair House" under "WASHINGTON (AP) -"
    if meeting.occasion is not None and setting.occasion is not None and meeting.occasion != setting.occasion:
        return
    if (
        meeting.when is not None
        and (published or meeting.when.start)
        and not this_week(meeting.when, published)
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
    if (
        _a_third_country_elsewhere(setting, meeting)
        and not setting.of_many_sides
        and not _lead_tells_a_gathering(meeting.sentence.doc)
    ):
        return
    meeting.place = setting.place
    # "B welcomed A upon his arrival at the airport": the scene's place, the trip's first step,
    # not a meeting held at its summit
    if (
        not meeting.on_arrival
        and not any(_from_the_gathering(e) for e in told)
        and not _talks_of_some_of_its_sides(setting, countries)
        # "Before the summit began, A held a tete-a-tete with B": held before it, not at it
        and not _a_gathering_told_as_another_time(meeting.sentence)
        # "paid a courtesy call on B on the first day of his official visit": the visit's talks
        and not told_as_a_visits_talks(meeting.sentence, meeting.verb, meeting.trigger)
        # "met Biden at a separate event in New York": not at the summit of the scene
        and not at_another_event(meeting)
        # "A met B in the morning. In the afternoon A, B and C held the summit": before it
        and not ahead
    ):
        meeting.occasion = meeting.occasion or setting.occasion  # the eve of the summit is not at it
    _in_the_dateline_city(meeting, published)  # a scene told as a country: "a state visit to Vietnam"


def the_one_met_named_next(found: list[Found], published: date | None) -> None:
    """The lead's meeting of one named person with someone it does not name ("A met one of
    China's most senior military officers on Thursday"), dated this week, is the meeting the very
    next sentence tells with no day of its own between that person and one named ("A held talks
    with General B at the commission's headquarters"): its day. Not a meeting told as background
    ("A had met B last year"), nor one further down, nor one of more people than the two."""
    for lead, told in itertools.pairwise(found):
        if (
            lead.kind != "in_person"
            or len(lead.people) != 1
            or not _a_day_this_week(lead.when, published)
            or not _met_someone_unnamed(lead)
            or told.kind != "in_person"
            or told.when is not None
            or told.sentence.start != lead.sentence.end
            or len(told.people) != 2
            or lead.people[0] not in told.people
            or not _told_undated(told)
            or past_perfect(told.verb)
        ):
            continue
        told.when = lead.when


def _met_someone_unnamed(meeting: Found) -> bool:
    """Whether a meeting's verb has as its object someone told by a description alone ("one of
    China's most senior military officers", "a senior official"): no name in it."""
    return any(
        c.dep_ in {"dobj", "pobj"}
        and c.pos_ in {"NOUN", "PRON", "NUM"}
        and not any(t.ent_type_ == "PERSON" for t in subtree_of(c))
        for c in [
            *children_of(meeting.verb),
            *(g for p in children_of(meeting.verb) if p.dep_ == "prep" for g in children_of(p)),
        ]
    )


def one_after_the_other(found: list[Found]) -> None:
    """Meetings one verb tells apart, one after the other, in a sentence that names no place
    ("A and B first met C at a hotel, before holding a separate session with D") are held where
    the first of them is, and on its day where they tell none, once the scene has placed it: the
    same people going from one room to the next, not a trip to the country of the one met after
    (see :func:`_a_third_country_elsewhere`)."""
    for meeting in found:
        if meeting.place is not None or meeting.kind != "in_person":
            continue
        first = next(
            (
                m
                for m in found
                if m is not meeting
                and m.trigger.i == meeting.trigger.i
                and m.sentence.start == meeting.sentence.start
                and m.kind == meeting.kind
                and m.place is not None
                and (meeting.when is None or m.when == meeting.when)
            ),
            None,
        )
        if first is not None and venue_in(meeting.sentence) is None:
            meeting.place = first.place
            meeting.when = meeting.when or first.when  # the day of the first, told with none of its own


def _a_gathering_told_as_another_time(sentence: Span) -> bool:
    """Whether the sentence tells a gathering, by its common noun, as the time its meeting came
    before or after ("Before the summit began, A held talks with B", "After the conference, ...",
    "ahead of the summit"): the meeting is then not held at the scene's gathering. Not a
    gathering an act before or after is done at ("before appearing at a news conference")."""
    for noun in span_tokens(sentence):
        if noun.lemma_.lower() not in GATHERING_NOUNS or noun.ent_type_:
            continue
        head = noun.head
        if noun.dep_ == "pobj" and (before_or_after(head) or before_or_after(head.head)):
            return True  # "before the summit", "ahead of the summit", "on the eve of the summit"
        if noun.dep_ in {"nsubj", "nsubjpass"} and any(
            c.dep_ == "mark" and c.lower_ in AFTER_OR_BEFORE for c in children_of(head)
        ):
            return True  # "before the summit began", "after the conference closed"
    return False


# words that tell the meeting before the one of the news: "their last meeting", "the previous talks"
BEFORE_THIS_ONE = frozenset("last previous prior".split())


def _the_last_one(trigger: Token) -> bool:
    """Whether a meeting is told as the one before the news's, by its own words: "the last
    meeting of the pair", "their previous talks", "the two last met"; not "Previously, he had
    also met", an earlier meeting of the same round."""
    return any(
        c.lower_ in BEFORE_THIS_ONE
        and c.dep_ in {"amod", "advmod"}
        and (c.dep_ == "amod" or c.lower_ == "last")
        for c in children_of(trigger)
    )


def called_off_where_told(found: list[Found], sentences: list[Span]) -> None:
    """A meeting called off, told with no place of its own, is the gathering the article's lead
    says was called off in a place, its city if the lead names one ("The summit due to be held in
    Sydney next week has been called off ... Albanese was to host Biden, Modi and Kishida at the
    Opera House"): the article's news is that calling off. Not one told as background, nor one
    whose sentence names a place (another stop of a trip called off), nor one told at a venue of
    its own no table places that is no building ("at the Vostochny Cosmodrome")."""
    if not any(m.kind == "cancelled" and m.place is None for m in found):
        return  # no meeting waits for a place: the lead's words need not be read
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


def _a_third_country_elsewhere(setting: Setting, meeting: Found) -> bool:
    """Whether a meeting brings in a country the scene's talks had not, and is of no one of the
    country the scene is in: a guest's talks on the same trip with the leaders of a third
    country are held in theirs, not at the scene ("Lula met Pope Francis at the Vatican ... Lula
    also met with Italian President Mattarella"); not at a gathering, where many countries meet.
    An international body's official brings no country of theirs ("Lula held talks with Sisi in
    Cairo ... Earlier on Thursday, Lula sat down with Arab League chief Aboul Gheit"), and nor
    does a delegation no one of it is named with, which comes along with a guest or to the scene
    ("X met the Saudi envoy and an accompanying Omani delegation at the palace"). Nor is a
    meeting of three sides or more ("A and B sat down with the EU's envoy"), which is talks among
    them of the kind the scene is held for, not a guest's call on a third country's leader."""
    if setting.occasion is not None or setting.place is None or not setting.countries:
        return False
    if len(meeting.countries) >= 3:
        return False
    named = {p.country for p in meeting.people if p.country}
    return bool(named - setting.countries - ORGANISATIONS) and setting.place.country not in meeting.countries


def _lead_tells_a_gathering(doc: Doc) -> bool:
    """Whether the article's first sentences tell of a summit or conference, where leaders of
    many countries meet ("on the sidelines of the Group of Seven summit")."""
    lead = itertools.islice((s for s in doc_sentences(doc) if len(s) >= 6), 8)
    return any(t.lemma_.lower() in GATHERINGS | {"sideline", "sidelines"} for s in lead for t in s)


def _talks_of_some_of_its_sides(setting: Setting, countries: set[str]) -> bool:
    """Whether a meeting is of fewer of the countries a scene's format is named by than all ("the
    China-Japan-ROK leaders' meeting" and "Li met with Yoon" the day before): talks of the visit,
    at the format only where their own sentence says so, as :func:`extract.article.at_the_occasion`
    reads them."""
    if setting.occasion is None:
        return False
    format_of = occasions.countries_of_format(setting.occasion)
    return bool(format_of) and countries < format_of


def _a_gathering_of_many(setting: Setting) -> bool:
    """Whether the scene is a gathering of many countries in a city ("on the sidelines of the
    SCO summit in Samarkand"), where every leader the article goes on to tell of meeting another
    that week met there; not a format named by the countries that hold it ("the India-Japan Annual
    Summit"), whose talks are those of its two sides, nor a round one person held."""
    return (
        setting.place is not None
        and setting.occasion is not None
        and any(word in GATHERINGS for word in setting.occasion.name.lower().split())
        and not occasions.countries_of_format(setting.occasion)
    )


# words that speak of a gathering without naming its kind ("on the sidelines of the gathering")
AT_A_GATHERING = frozenset({"gathering", "sideline", "sidelines"})


def _told_beside_a_gathering(sentence: Span) -> bool:
    """Whether a sentence, or the one either side of it, speaks of a gathering ("The summit was
    held in the city on May 5-6. On Thursday, A and B held talks"; "In the evening, A met B. B's
    country is at the summit as a guest"): a meeting told there is one of it, not one told apart
    ("Separately, A met B")."""
    doc = sentence.doc
    before = doc[sentence.start - 1].sent if sentence.start > 0 else sentence
    after = doc[sentence.end].sent if sentence.end < len(doc) else sentence
    return any(t.lemma_.lower() in GATHERINGS | AT_A_GATHERING for t in doc[before.start : after.end])


def _the_same_sides(meeting: Found, setting: Setting, countries: set[str]) -> bool:
    """Whether a meeting is one of other people of the very countries of the scene's talks, told
    as the news ("Pashinyan was received by Erdogan in Istanbul ... Turkish Foreign Minister
    Fidan held a separate meeting with Armenian Foreign Minister Mirzoyan, who accompanied
    Pashinyan"): the delegations' talks beside the leaders', held where they are; so too talks of
    two or more of those countries alone ("Putin hosted Aliyev and Pashinyan ... Lavrov held
    separate meetings with Bayramov and Mirzoyan"), the ministers' rounds of the same talks."""
    return (
        len(setting.countries) >= 2
        and len(meeting.people) >= 2
        and all(p.country for p in meeting.people)
        and len(countries) >= 2
        and countries <= setting.countries
        and not is_background(span_text(meeting.sentence))
    )


def _in_the_dateline_city(meeting: Found, published: date | None) -> None:
    """A meeting of the news placed only in a country ("talks on the fringes of the summits in
    Laos", under "VIENTIANE, Oct. 10 (Kyodo) --"), by its own words or by the scene's ("a two-day
    state visit to Vietnam", under "Hanoi (VNA) -"), is held in the dateline's city, the reporter's,
    when that city is in that country: held in person this week or on a day not told, and not
    told as background ("had last met in Laos"). So is a meeting called off there ("Xi's visit to
    Pakistan, during which he was to hold talks with Sharif, has been postponed", under
    "ISLAMABAD:"): the talks the news puts off were to be held where the news is told; not a
    visit called off with no one met, which keeps its country."""
    place = meeting.place
    if place is None or place.city is not None or place.region is not None:
        return
    if meeting.kind != "in_person" and (meeting.kind != "cancelled" or len(meeting.people) < 2):
        return  # a visit called off keeps the country it was to go to
    if meeting.when is not None and (published is None or not this_week(meeting.when, published)):
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
    if meeting.trigger.pos_ == "VERB" and talking_again(meeting.trigger):
        return  # "the two are due to speak again at 3 p.m.": a talk told before, held as that one was
    if when is None and _sought_of_the_host(meeting, setting):
        # "requested an audience with the King, but the palace turned it down": on this stay
        meeting.place = place if place is not None and place.city is not None else None
        return
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
    if (
        _a_third_country_elsewhere(setting, meeting)
        and not setting.of_many_sides
        and not _lead_tells_a_gathering(meeting.sentence.doc)
    ):
        return  # "met the crown prince in Riyadh ... On Thursday, he will be received by the Emir of Qatar"
    meeting.place = place


def _sought_of_the_host(meeting: Found, setting: Setting) -> bool:
    """Whether an undated meeting called off is one a visitor of the scene sought with someone of
    the country the scene is in: "A arrived in Madrid ... A had also requested an audience with the
    King, but the palace turned down the request" (sought for this stay, so where it is); under a
    dateline that names no one, anyone from abroad asking for one of its country."""
    place = setting.place
    if meeting.kind != "cancelled" or place is None or place.country is None:
        return False
    if not sought_and_refused(meeting.trigger):
        return False
    # the scene's people, or anyone where only the dateline sets it
    visitors = [
        c
        for c in meeting.people
        if (c in setting.people or not setting.people)
        and c.country is not None
        and c.country != place.country
    ]
    hosts = [c for c in meeting.people if c not in visitors and c.country == place.country]
    return bool(visitors) and bool(hosts)


# words of a meeting held by phone or video; a "call" alone may be a courtesy call, held in person
HELD_FROM_AFAR = (PHONE_WORDS | VIDEO_WORDS) - {"call", "calls"}


def _by_phone_or_video(meeting: Found) -> bool:
    """Whether a meeting's clause tells it is held by phone or video ("in a phone call", "by
    videoconference")."""
    return any(t.lower_ in HELD_FROM_AFAR for t in clause_tokens(meeting.sentence, meeting.clause))
