"""Where people are: a meeting with no place of its own is held where the article puts its
people that day. A trip planned to the others' country takes them there ("a few hours before
his visit to Athens ... is due to see the President"); a plan for later the same day stays where
they met others that morning; a plan for a day they are said to be somewhere, or to have arrived
a day or two before, is there; a meeting told as the news with neither place nor day is where
one of its people came that week, and one of the past where one of its people travelled to the
others' country in those days; a meeting of the news with no place of its own, or only its
country, is held where one of its people is said to set out from next ("From Wellington, Wang
will travel to Australia"). ``Stay`` is one such whereabouts: a person's name, the place
and the days (:func:`extract.article.note_whereabouts` finds them)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from extract import dates, places
from extract.circumstances import place_spans
from extract.found import Found
from extract.kinds import TO_COME
from extract.people import People
from extract.records import DateSpan, Place
from extract.spans import (
    ancestors_of,
    children_of,
    doc_tokens,
    entities,
    entity_at,
    span_text,
    span_tokens,
    subjects_of,
    subtree_of,
)
from extract.timing import told_to_come
from extract.told import is_background
from extract.triggers import talking_again
from extract.vocabulary import PROGRAMME_NOUNS

Stay = tuple[str, Place | None, DateSpan | None]
# A stay before the week of the news: a person's name, the place and the days ("When Blinken
# visited China in June").
Trip = tuple[str, Place, DateSpan]


def meet_on_the_trip(found: list[Found]) -> None:
    """A meeting planned with no place or day of its own, by someone the article says is going to
    the country of the others, is held where and when that trip goes ("a few hours before his
    visit to Athens ... Erdogan is due to see the President of the Hellenic Republic"; "will pay a
    state visit to Turkmenistan next week ... is expected to hold talks with Berdimuhamedov in
    Ashgabat": next week); a trip told after the meeting is a later stop of the tour. So is a
    meeting called off with a trip called off ("Lai had been expected to visit Paraguay and
    Belize in August ... During the trip, Lai was to meet Paraguayan President Santiago Peña", the
    trip put off): it would have been held where and when that trip was to go."""
    trips = [m for m in found if m.visit and len(m.people) == 1 and m.place is not None]
    for meeting in (
        m
        for m in found
        if m.kind in {"planned", "cancelled"} and (m.place is None or m.when is None) and len(m.people) >= 2
    ):
        # a trip told before it: one told after is the next stop ("will also call on the President
        # ... After New Delhi, he will travel to Bengaluru"); a meeting called off only on a trip
        # called off that a sentence before tells ("cancelled a trip to Accra and held talks with
        # Mahama": the talks were held elsewhere, and are no part of that trip)
        for trip in (t for t in trips if found.index(t) < found.index(meeting)):
            traveller, place = trip.people[0], trip.place
            others = {p.country for p in meeting.people if p != traveller}
            if place is None or traveller not in meeting.people:
                continue
            if meeting.kind == "cancelled" and (
                trip.kind != "cancelled" or trip.sentence == meeting.sentence
            ):
                continue
            # "During his visit, he is also to meet the opposition leader": there, whoever he meets
            if others != {place.country} and not (
                _during_a_visit(meeting) and others <= {place.country, None}
            ):
                continue
            if meeting.place is None:
                meeting.place = place
            elif meeting.place.country != place.country:
                break
            if meeting.when is None and trip.kind in {"planned", "cancelled"}:
                meeting.when = trip.when  # the plan's days are the trip's
            break


def _during_a_visit(meeting: Found) -> bool:
    """Whether a meeting is told as held "during" a visit named by its word alone ("During his
    visit, he is also scheduled to meet ..."): the visit told before, not one of its own."""
    words = [meeting.sentence.doc[i] for i in meeting.clause]
    return any(
        c.dep_ == "pobj" and c.lemma_.lower() in TRIP_NOUNS and not _placed(c)
        for w in words
        if w.lower_ == "during"
        for c in children_of(w)
    )


def _placed(noun: Token) -> bool:
    """Whether a trip noun names its own destination ("his visit to Ghana")."""
    return any(t.ent_type_ in {"GPE", "LOC", "FAC"} for t in subtree_of(noun))


def _over(held: Found) -> bool:
    """Whether a trip is told as what came before ("arrived in Budapest after a visit to
    Serbia"): its people have left, so that no later plan of the day is there."""
    trigger = held.trigger
    return held.visit and trigger.dep_ == "pobj" and trigger.head.lower_ == "after"


# A time later the same day: "later in the day", "later today", "this evening", "tonight".
SAME_DAY = re.compile(r"\blater (?:in the day|today|on)\b|\bthis (?:afternoon|evening)\b|\btonight\b", re.I)


def later_that_day(found: list[Found]) -> None:
    """A meeting planned, or called off, for later the same day as one held in a place, or for
    one of the next two days, by someone who took part in that one, with no place of its own,
    is held there: no one meets in Muscat in the morning and in Washington in the evening
    ("Albusaidi held talks with Araghchi in Muscat ... Albusaidi would meet Witkoff later in the
    day"), and a leader who met others at a summit on Monday meets the next ones there on
    Tuesday ("Carney met Starmer at the G7 summit on Monday ... Starmer's meeting with Ishiba on
    Tuesday was called off"), the rest of their stay."""
    for at, meeting in enumerate(found):
        if meeting.kind not in TO_COME or (meeting.place is not None and meeting.place.city is not None):
            continue
        if meeting.trigger.pos_ == "VERB" and talking_again(meeting.trigger):
            continue  # "and the two were due to speak again at 3 p.m.": a talk again, from wherever each is
        clause = "".join(meeting.sentence.doc[i].text_with_ws for i in sorted(meeting.clause))
        held = _met_last(meeting, found[:at])
        if held is None or not (meeting.place is None or places.within(held.place, meeting.place)):
            continue  # "in Lithuania ... later on Wednesday": the city of the country they met in
        if _in_the_next_days(held.when, meeting.when) or (meeting.when is None and SAME_DAY.search(clause)):
            meeting.place = held.place


def _met_last(plan: Found, before: list[Found]) -> Found | None:
    """The meeting held in a place by someone of a plan where they were last before it: the last
    one told, or, on a tour, the one of a later day up to the plan's, wherever the article tells
    it ("received by Karis in Tallinn on Thursday ... flew in from Vilnius, where he had held talks
    with Nauseda. Later on Thursday, he is due to meet Kallas": Tallinn, the stop of Thursday)."""
    held = [
        m
        for m in before
        if m.kind in {"in_person", "visit"}
        and m.place is not None
        and not _over(m)
        and set(m.people) & set(plan.people)
    ]
    if not held:
        return None
    last = held[-1]
    if plan.when is None or plan.when.start is None or last.when is None or last.when.start is None:
        return last
    later = [
        m
        for m in held
        if m.when is not None
        and m.when.precision == "day"
        and m.when.start is not None
        and last.when.start < m.when.start <= plan.when.start
    ]
    return (
        max(reversed(later), key=lambda m: m.when.start if m.when and m.when.start else date.min)
        if later
        else last
    )


STAY_DAYS = 2  # the days after a meeting held somewhere that its people are still there


def _in_the_next_days(held: DateSpan | None, plan: DateSpan | None) -> bool:
    """Whether a plan is for the day of a meeting held, both told to the day, or for one of the
    next ``STAY_DAYS``; or for days of a stay from that day on ("held talks today ... during the
    visit, which ends tomorrow, she is to meet B": today and tomorrow)."""
    if held is None or plan is None or held.precision != "day" or plan.precision not in {"day", "days"}:
        return False
    if held.start is None or plan.start is None:
        return False
    if plan.precision == "days":  # never a later week's days ("next week"), which start after it
        return plan.start == held.start
    return 0 <= (plan.start - held.start).days <= STAY_DAYS


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


def planned_during_the_stay(found: list[Found], stays: list[Stay]) -> None:
    """A plan with no day of its own told as held during the stay of one of its people ("During
    his stay in Hanoi, he is also due to meet A", "will meet B during the visit") is for the days
    of that stay: the visit of several days the article tells of them in the plan's country, else
    the last such stay ("is on a state visit to Japan from March 4 to 7"), not the day they
    arrived in one of its cities. Never a trip called off or put off ("His trip had been planned
    for May but was put off"): that stay was never made."""
    for meeting in found:
        if meeting.kind != "planned" or meeting.when is not None:
            continue
        if _in_the_visits_programme(meeting.verb):
            # "The visit programme provides for talks": held where the visit told before it goes
            visit = next(
                (
                    m
                    for m in reversed(found[: found.index(meeting)])
                    if m.visit
                    and m.kind != "cancelled"
                    and m.place is not None
                    and set(m.people) & set(meeting.people)
                ),
                None,
            )
            meeting.place = meeting.place or (visit.place if visit is not None else None)
        elif not _told_during_a_stay(meeting.verb):
            continue
        there = meeting.place.country if meeting.place is not None else None
        visits = [
            m.when
            for m in found
            if m.visit
            and m is not meeting
            and m.kind != "cancelled"
            and set(m.people) & set(meeting.people)
            and m.when is not None
            and m.when.start is not None
            and m.when.end is not None
            and m.when.start < m.when.end
            and (there is None or (m.place is not None and m.place.country == there))
        ]
        days = visits or [
            when
            for place, when, first in _stays_of(meeting, stays)
            if when.end is not None and first < when.end and there in {None, place.country}
        ]
        if days:
            meeting.when = days[-1]


def _in_the_visits_programme(verb: Token) -> bool:
    """Whether a verb, or one of the two above it, tells what a visit's programme holds: "The
    visit programme provides for high-level talks", "The agenda of the trip includes a meeting"."""
    return any(
        s.dep_ in {"nsubj", "nsubjpass"}
        and s.lemma_.lower() in PROGRAMME_NOUNS
        and any(
            g.lemma_.lower() in TRIP_NOUNS
            for c in children_of(s)
            for g in ([c] if c.dep_ in {"compound", "poss"} else children_of(c) if c.lower_ == "of" else [])
        )
        for v in [verb, *ancestors_of(verb)][:3]
        for s in children_of(v)
    )


def _told_during_a_stay(verb: Token) -> bool:
    """Whether a verb, or one of the two it is told under ("is also due to meet"), is said to
    happen "during" or "throughout" a stay or a visit."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"during", "throughout"}
        and g.dep_ == "pobj"
        and g.lemma_.lower() in TRIP_NOUNS
        for v in [verb, *ancestors_of(verb)][:3]
        for c in children_of(v)
        for g in children_of(c)
    )


def put_off_where_they_went(found: list[Found]) -> None:
    """A trip of one traveller called off or put off, told with no destination of its own ("Dar's
    visit had been scheduled for April 27-28, but it was postponed"), went where the article's
    news takes that traveller abroad: the trip made at last, first told as put off. Not one whose
    traveller the article takes nowhere abroad, nor one told only as its past."""
    for meeting in found:
        if meeting.kind != "cancelled" or not meeting.visit or meeting.place is not None:
            continue
        if len(meeting.people) != 1:
            continue
        traveller = meeting.people[0]
        made = next(
            (
                held.place
                for held in found
                if held.kind in {"in_person", "visit"}
                and traveller in held.people
                and held.place is not None
                and held.place.country not in {None, traveller.country}
                and not is_background(span_text(held.sentence))
            ),
            None,
        )
        if made is not None:
            meeting.place = made


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
                meeting.when = _from_the_arrival_to_its_telling(meeting, first, published)
                break


def _from_the_arrival_to_its_telling(meeting: Found, first: date, published: date) -> DateSpan | None:
    """The days a meeting held during a stay lies between: from the day its person came to the
    day its own sentence tells it on ("Witkoff described his meeting with Putin on Sunday ...
    Witkoff, who arrived in Moscow on Thursday": Thursday to Sunday); None where the sentence
    tells no such day."""
    told = [
        span.start
        for ent in entities(meeting.sentence)
        if ent.label_ == "DATE"
        and (span := dates.resolve(ent.text, published)) is not None
        and span.precision == "day"
        and span.start is not None
        and first <= span.start <= published
    ]
    if len(told) != 1:
        return None
    return DateSpan(start=first, end=told[0], precision="day" if told[0] == first else "days")


def held_on_a_trip_then(found: list[Found], trips: list[Trip]) -> None:
    """A meeting with no place of its own, told for days within those of a trip one of its
    people made to the country of all the others whose country is known, was held there on that
    trip ("the month in which Xi had also met Blinken ... When Blinken visited China in June"): a
    traveller meets the hosts in their country. ``trips`` are the article's stays before the
    week of the news."""
    for meeting in found:
        if meeting.kind != "in_person" or meeting.place is not None or meeting.when is None:
            continue
        start, end = meeting.when.start, meeting.when.end
        if start is None or end is None:
            continue  # days unknown: within no trip's
        for name, place, there in trips:
            # one of no known country says nothing against it: "A was in New Delhi last month along
            # with Agriculture Commissioner B. Goyal met the two commissioners on September 12"
            others = {p.country for p in meeting.people if p.name != name and p.country}
            if (
                any(p.name == name for p in meeting.people)
                and place.country is not None
                and others == {place.country}
                and there.start is not None
                and there.end is not None
                and there.start <= start
                and end <= there.end
            ):
                meeting.place = place
                break


def _stays_of(meeting: Found, stays: list[Stay]) -> Iterator[tuple[Place, DateSpan, date]]:
    """Where and when (and from which first day) the article puts the meeting's people, in the
    order it tells it: only stays with a place and a first day."""
    names = {p.name for p in meeting.people}
    for name, place, when in stays:
        if name in names and place is not None and when is not None and when.start is not None:
            yield place, when, when.start


TRIP_NOUNS = frozenset("trip visit tour journey stay".split())
GOING_WORDS = frozenset("trip visit tour journey travel fly go head arrive".split())
TRIP_REACH = 2  # sentences before the one that points back to the trip


def trip_told_before(meeting: Found) -> Place | None:
    """Where "the trip" a meeting with no place of its own was held during goes: the trip told
    last before it, in its sentence or the two before ("Witkoff flew to Moscow on Tuesday ...
    Witkoff met Putin during the trip"; "weeks after a visit to Moscow ... At that July visit,
    Modi was pictured embracing Putin"), whoever else is said to go elsewhere; not a trip of
    someone else ("Lavrov flew to Ankara ... met Fidan during the visit" of Fidan's trip)."""
    if meeting.kind not in {"in_person", "visit"}:
        return None
    sentence = meeting.sentence
    for token in (doc_tokens(sentence.doc)[i] for i in sorted(meeting.clause)):
        if token.lemma_.lower() not in TRIP_NOUNS or token.pos_ != "NOUN" or token.dep_ != "pobj":
            continue
        if token.head.lower_ not in {"during", "on", "at", "in"}:
            continue
        pointing = [c for c in children_of(token) if c.dep_ in {"det", "poss"}]
        if not any(c.lower_ in {"the", "that", "this"} or c.dep_ == "poss" for c in pointing):
            continue
        if any(c.dep_ == "prep" for c in children_of(token)):
            continue  # "during his trip to Asia": its own words, read with the clause
        return _last_trip(sentence.doc, token, meeting)
    return None


# Parts of a series of talks a meeting may be told as: "met ... in the first round".
ROUND_NOUNS = frozenset("round session".split())


def round_told_before(meeting: Found) -> Place | None:
    """Where the rounds of talks a meeting is told as one of were held, by the sentence before
    ("The deal followed two rounds of talks in Doha. In the first round, A met B": Doha); a round
    with words of its own ("in the first round in Cairo") is read with the clause."""
    if meeting.kind != "in_person":
        return None
    sentence = meeting.sentence
    for token in (doc_tokens(sentence.doc)[i] for i in sorted(meeting.clause)):
        if token.lemma_.lower() not in ROUND_NOUNS or token.pos_ != "NOUN" or token.dep_ != "pobj":
            continue
        if token.head.lower_ not in {"in", "during", "at"} or any(
            c.dep_ == "prep" for c in children_of(token)
        ):
            continue
        if not any(c.lower_ == "the" or c.ent_type_ == "ORDINAL" for c in children_of(token)):
            continue
        start = sentence.start
        for _ in range(TRIP_REACH):
            start = sentence.doc[start - 1].sent.start if start > 0 else start
        for told in reversed(sentence.doc[start : sentence.start]):
            if told.lemma_.lower() == token.lemma_.lower() and (place := _where_held(told)) is not None:
                return place
    return None


def _where_held(rounds: Token) -> Place | None:
    """The place after "in" in the words of a series of talks: "two rounds of talks in Doha"."""
    for word in subtree_of(rounds):
        ent = entity_at(word) if word.dep_ == "pobj" and word.head.lower_ == "in" else None
        if ent is not None and ent.label_ in {"GPE", "LOC"}:
            return places.resolve_place(ent.text)
    return None


def _last_trip(doc: Doc, reference: Token, meeting: Found) -> Place | None:
    start = reference.sent.start
    for _ in range(TRIP_REACH):
        start = doc[start - 1].sent.start if start > 0 else start
    for token in reversed(doc[start : reference.i]):
        if token.lemma_.lower() not in GOING_WORDS or token.i == reference.i:
            continue
        subjects = [c for c in children_of(token) if c.dep_ == "nsubj"]
        if any(s.pos_ == "PROPN" and not _one_of(s, meeting) for s in subjects):
            continue
        for prep in (c for c in children_of(token) if c.dep_ == "prep" and c.lower_ in {"to", "in"}):
            if prep.lower_ == "in" and token.lemma_.lower() != "arrive":
                continue
            for target in (g for g in children_of(prep) if g.dep_ == "pobj"):
                ent = entity_at(target)
                if ent is None or ent.label_ not in {"GPE", "LOC"}:
                    continue
                if (place := places.resolve_place(ent.text)) is not None:
                    return place
    return None


def _one_of(subject: Token, meeting: Found) -> bool:
    """Whether a person named as a trip's subject is one of the meeting's people."""
    return any(subject.text in person.ends or subject.text in person.tokens for person in meeting.people)


# A place someone arrived from, with the place the arrival took them to ("arrived in Montevideo
# from Buenos Aires, where he had spent two days"), by the person's name.
CameFrom = dict[str, tuple[Place, Place]]
ARRIVING = frozenset("arrive land travel fly come".split())


def came_from(verb: Token) -> Place | None:
    """The place a verb of arriving tells its traveller came from: "arrived in Montevideo from
    Buenos Aires"; None where it tells none, or a place no table knows."""
    if verb.lemma_.lower() not in ARRIVING:
        return None
    for prep in (c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "from"):
        for target in (g for g in children_of(prep) if g.dep_ == "pobj" and g.pos_ == "PROPN"):
            # the name, whatever the model tags it as ("from Buenos Aires" as an organisation)
            words = [t.text for t in target.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
            return places.resolve_place(" ".join([*words, target.text]))
    return None


def before_coming(meeting: Found, name: str, there: Place, found: list[Found]) -> bool:
    """Whether a meeting of someone the article puts at a place, with no day for their coming,
    is of a day before the first day it tells them there: "Lula met Lacalle Pou in Montevideo on
    Wednesday ... arrived in Montevideo from Buenos Aires ... On Tuesday, he met Díaz-Canel" was
    not held in Montevideo. A meeting with no day of its own is of the last day the article told
    a meeting of that person on ("On Tuesday, he held a series of bilateral meetings. He met
    Díaz-Canel")."""
    when = meeting.when
    if when is None:
        last = next(
            (m for m in reversed(found) if m.when is not None and any(p.name == name for p in m.people)), None
        )
        when = (
            last.when if last is not None and last.when is not None and last.when.precision == "day" else None
        )
    if when is None or when.end is None:
        return False
    days = [
        m.when.start
        for m in found
        if m.when is not None
        and m.when.start is not None
        and m.when.precision == "day"
        and m.place is not None
        and m.place.country == there.country
        and (there.city is None or m.place.city == there.city)
        and m.kind in {"in_person", "visit"}
        and any(p.name == name for p in m.people)
    ]
    return bool(days) and when.end < min(days)


# Verbs of setting out on a trip's next leg, whose "from" (or "after") names where the traveller
# is until then: "From Wellington, Wang will travel to Australia", "After Suva, she heads to Apia".
SETTING_OUT = frozenset("travel fly head go proceed continue leave depart move".split())
# A place someone will set out from, by the person's name, with the sentence that tells it.
Departure = tuple[str, Place, Span]


def departures(sentences: list[Span], people: People) -> list[Departure]:
    """The places the article says people will set out from for the next leg of a trip, a verb
    of going told as to come (or in the present) with "from" or "after" and a place ("From
    Asunción he will travel to Buenos Aires"): where they are in the days of the news. Not a
    journey told as done ("arrived from Lima", "flew in from Doha"), which says where they were."""
    found: list[Departure] = []
    for sentence in sentences:
        for verb in span_tokens(sentence):  # the doc's tokens made once, not a new one per word
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in SETTING_OUT:
                continue
            if not (told_to_come(verb) or verb.tag_ in {"VBZ", "VBP"}):
                continue
            # "is due to travel", "is expected to fly": the words of the plan above the verb
            above = [verb]
            while above[-1].dep_ in {"xcomp", "acomp"} and above[-1].head != above[-1] and len(above) < 3:
                above.append(above[-1].head)
            place = next(filter(None, (_set_out_from(sentence, v) for v in above)), None)
            if place is None:
                continue
            for subject in (s for v in above for s in subjects_of(v)):
                who = (
                    people.salient_before(subject)
                    if subject.lower_ in {"he", "she"}
                    else people.at(subject) or people.described(subject)  # "the Kenyan leader"
                )
                if who is not None:
                    found.append((who.name, place, sentence))
    return found


def _set_out_from(sentence: Span, verb: Token) -> Place | None:
    """The place a verb of going sets out from: the place named whole after its "from" or
    "after" ("From Port of Spain, he will fly to ..."), not one inside another phrase."""
    for prep in (c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in {"from", "after"}):
        for target in (g for g in children_of(prep) if g.dep_ == "pobj"):
            named = next((e for e in place_spans(sentence) if e.start <= target.i < e.end), None)
            if named is not None and (place := places.resolve_place(named.text)) is not None:
                return place
            # a place the model took for a person ("After Accra, ..."): the phrase all a place's name
            words = span_text(sentence.doc[target.left_edge.i : target.right_edge.i + 1])
            whole = [p for start, end, p in places.find_places(words) if (start, end) == (0, len(words))]
            if whole:
                return whole[0]
    return None


def held_where_they_set_out_from(found: list[Found], left: list[Departure]) -> None:
    """A meeting held as the news, told before the sentence that has one of its people set out
    from a place next, with no place of its own or only that place's country, was held there:
    "Wang Yi has met Winston Peters at Parliament ... From Wellington, Wang will travel to
    Australia" (Wellington); not a meeting told as the past of the news, nor one with another
    side of a third country ("met the visiting Japanese minister"), whom the stay does not place."""
    for name, place, sentence in left:
        for meeting in found:
            if meeting.kind != "in_person" or meeting.sentence.start >= sentence.start:
                continue
            if meeting.place is not None and not (
                place.city is not None
                and meeting.place.city is None
                and meeting.place.region is None
                and meeting.place.country == place.country
            ):
                continue
            if name not in {p.name for p in meeting.people} or is_background(span_text(meeting.sentence)):
                continue
            if {p.country for p in meeting.people if p.name != name and p.country} - {place.country}:
                continue
            meeting.place = place
