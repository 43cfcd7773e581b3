"""Destinations of trips: the places a trip word names as where it goes ("visit A and B", "travel
to A", "his Beirut visit"). One person's trip to several places is a trip to each; a trip's place
is the one place it goes to; the place "respectively" pairs with one of the people met is that
meeting's; and a trip and the meeting a "where" clause on it tells are one meeting."""

from __future__ import annotations

import dataclasses
import itertools

from spacy.tokens import Span, Token

from extract import places
from extract.circumstances import TOWN_NOUNS, clause_place, place_spans, respective_place, toured_places
from extract.found import Found
from extract.participants import nominal
from extract.people import Cluster, People
from extract.records import Place
from extract.spans import ancestors_of, children_of, denied_place, entities, span_tokens, subtree_of
from extract.triggers import (
    TRIP_VERBS,
    lemma_of,
    places_expected_in,
    places_left_for,
    stops_made,
    stops_to_come,
)
from extract.vocabulary import MEETING_NOUNS, VISIT_WORDS


def trip_and_its_meeting(in_sentence: list[Found]) -> list[Found]:
    """A trip and the meeting a "where" clause on it tells, by the same people, or a "who" clause on
    its traveller, are one meeting, with the clause's place and day (else the trip's), called off
    if the trip is: "postponed his state visit to China, where he was to hold talks with Xi in
    Beijing on Tuesday", "was due to become the first US president to visit Papua New Guinea,
    where he had planned to meet Marape in Port Moresby on 22 May", "In March, Ghana called off a
    planned visit by Tinubu, who had been due to meet Mahama"; and so are a trip and the meeting
    an infinitive of its purpose tells ("called off a planned visit by A to meet B"), planned or
    called off as the trip is."""
    trips: list[Found] = []
    for trip in in_sentence:
        if lemma_of(trip.trigger) not in VISIT_WORDS:
            continue
        names = {c.name for c in trip.people}
        inner = next(
            (
                m
                for m in in_sentence
                if m is not trip
                and not any(m is t for t in trips)
                and (
                    ({c.name for c in m.people} == names and _told_where_it_goes(m.verb, trip.trigger))
                    or (
                        names < {c.name for c in m.people}
                        and (
                            _told_of_its_traveller(m.verb, trip.trigger)
                            or _its_purpose(m.verb, trip.trigger)
                            or (
                                trip.kind in TO_BE_HELD
                                and nominal(trip.trigger)
                                and _told_where_it_goes(m.verb, trip.trigger)
                            )
                        )
                    )
                )
            ),
            None,
        )
        if inner is None:
            continue
        if "cancelled" in {trip.kind, inner.kind}:
            inner.kind = "cancelled"
        elif trip.kind == "planned" and _its_purpose(inner.verb, trip.trigger):
            inner.kind = "planned"  # "a planned visit by A to meet B": the infinitive has no tense of its own
        inner.place = inner.place or trip.place
        inner.when = inner.when or trip.when  # "In January, X called off a visit by A, who was to meet B"
        if trip.kind == "visit" and inner.kind == "in_person" and len(inner.people) == 1:
            # "began his visit in Houston, where he met business leaders": a visit made, whose
            # meeting names no one met; the visit stays, left out later if whom they met is named
            continue
        trips.append(trip)
    return [m for m in in_sentence if not any(m is t for t in trips)]


# the kinds of a trip not made, whose "where" clause tells a meeting it was for with someone else:
# "postponed his visit to Riyadh, where he was due to meet B" (one meeting of the two, called off);
# only a trip noun: a verb's trip may go on to places of its own ("will travel to Tokyo and then
# Manila, where he will hold talks with B": a stop in Tokyo, talks in Manila)
TO_BE_HELD = frozenset({"planned", "cancelled"})


def _told_where_it_goes(verb: Token, trip: Token) -> bool:
    """Whether a verb is in a "where" clause on a trip word or on where it goes: "his visit to
    China, where he was to hold talks"."""
    clause = _relative_clause_in(verb, trip)
    return clause is not None and any(c.dep_ == "advmod" and c.lower_ == "where" for c in children_of(clause))


def _told_of_its_traveller(verb: Token, trip: Token) -> bool:
    """Whether a verb is in a "who" clause on the one a trip word names as going: "a planned visit
    to Nairobi by Museveni, who had been due to meet Ruto"."""
    clause = _relative_clause_in(verb, trip)
    return (
        clause is not None
        and clause.head.ent_type_ == "PERSON"
        and any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ == "who" for c in children_of(clause))
    )


def _its_purpose(verb: Token, trip: Token) -> bool:
    """Whether a verb is the infinitive of a trip word's purpose: "called off a planned visit by
    Museveni to meet Ruto", "a trip to Nairobi to meet Ruto"."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))
    return infinitive and (
        (verb.dep_ in {"acl", "relcl"} and verb.head.i == trip.i) or _after_the_first_to_go(verb, trip)
    )


def _after_the_first_to_go(verb: Token, trip: Token) -> bool:
    """Whether an infinitive set off by a comma after "the first ... to visit P" is that visit's
    purpose, the parser hanging it on a verb above the phrase: "was to become the first chancellor
    to visit Fiji on Tuesday, to meet Rabuka"."""
    first = trip.head
    return (
        verb.dep_ in {"advcl", "xcomp"}
        and trip.dep_ == "relcl"
        and trip.i < verb.i
        and verb.left_edge.i > 0
        and verb.doc[verb.left_edge.i - 1].text == ","
        and any(c.lower_ == "first" for c in children_of(first))
        and first in subtree_of(verb.head)
    )


def _relative_clause_in(verb: Token, trip: Token) -> Token | None:
    """The relative clause a verb is in, where it hangs on a word of a trip's phrase, or of the
    participle that says when the trip was set for, which the parser may hang on the verb whose
    object the trip is ("postpone his visit to Saudi Arabia, scheduled for Wednesday, where he was
    due to meet B")."""
    clause = next((t for t in (verb, *ancestors_of(verb)) if t.dep_ == "relcl"), None)
    if clause is None:
        return None
    phrase = {t.i for t in subtree_of(trip)}
    phrase |= {t.i for p in _set_for_after(trip) for t in subtree_of(p)}
    return clause if clause.head.i in phrase else None


# the participles that tell what a trip was set for: "his visit, scheduled for Wednesday"
SET_FOR = frozenset("schedule plan slate set".split())


def _set_for_after(trip: Token) -> list[Token]:
    """The participle right after a trip's object phrase, set off by a comma, that tells when it
    was set for, where the parser hung it on the verb: "postpone his visit to Saudi Arabia,
    scheduled for Wednesday"."""
    if trip.dep_ != "dobj":
        return []
    return [
        c
        for c in children_of(trip.head)
        if c.dep_ in {"advcl", "acl"}
        and c.tag_ == "VBN"
        and c.lemma_.lower() in SET_FOR
        and c.i == trip.right_edge.i + 2
        and c.doc[c.i - 1].text == ","
    ]


def made_by_each(trigger: Token) -> list[Token]:
    """The makers of trips told in the plural with a "by" naming several, one trip by each:
    "trips to Beijing by Blinken and Yellen", "visits to Moscow by Modi and Orban" (not one trip
    of the two together, nor a meeting of them); not "a visit by A and B", one made together."""
    if lemma_of(trigger) not in VISIT_WORDS or trigger.tag_ != "NNS":
        return []
    hung_on = [trigger]
    verb = trigger.head
    if trigger.dep_ == "dobj" and not any(c.dep_ == "auxpass" for c in children_of(verb)):
        hung_on.append(verb)  # "followed trips to Beijing by A and B", "by" hung on the active verb
    makers = [
        g
        for h in hung_on
        for c in children_of(h)
        if c.dep_ == "prep" and c.lower_ == "by" and c.i > trigger.i
        for g in children_of(c)
        if g.dep_ == "pobj"
    ]
    return [t for g in makers for t in (g, *g.conjuncts)] if len(makers) == 1 and makers[0].conjuncts else []


def each_traveller(meetings: list[Found]) -> list[Found]:
    """Trips told in the plural by several ("trips to Beijing by Blinken and Yellen") are a visit
    by each of them (see :func:`made_by_each`)."""
    split = []
    for meeting in meetings:
        if meeting.visit and len(meeting.people) >= 2 and made_by_each(meeting.trigger):
            split += [dataclasses.replace(meeting, people=[person], more=[]) for person in meeting.people]
        else:
            split.append(meeting)
    return split


def each_destination(meetings: list[Found]) -> list[Found]:
    """One person's trip to several places is a trip to each ("visited Mauritania and Gambia in
    late April", "had been scheduled to visit Najaf and Karbala")."""
    split = []
    for meeting in meetings:
        meeting = _stops_after(meeting)
        going = _destinations_told(meeting) if meeting.visit and len(meeting.people) == 1 else []
        if len(going) < 2:
            split.append(meeting)
            continue
        if len({place.country for _, place in going}) == 1 and places_expected_in(meeting.trigger):
            # "had been due to arrive in Bordeaux and Paris": one arrival, in France
            split.append(dataclasses.replace(meeting, place=Place(country=going[0][1].country)))
            continue
        own = _own_days(meeting, [token for token, _ in going])
        split += [
            dataclasses.replace(
                meeting,
                place=_city_of_the_stop(meeting.sentence, own[at], place),
                more=[],
                clause=meeting.clause - set().union(*others),
                stop=True,
            )
            for at, (_, place) in enumerate(going)
            for others in [[words for other, words in enumerate(own) if other != at]]
        ]
    return split


def _city_of_the_stop(sentence: Span, words: set[int], place: Place) -> Place:
    """A stop's city, where its own words name one in the country it goes to ("will travel to
    Brazil for the summit in Rio de Janeiro, and then to Guyana": Rio de Janeiro, Brazil)."""
    named = clause_place(sentence, words) if words else None
    return named if named is not None and named.city and named.country == place.country else place


def _stops_after(meeting: Found) -> Found:
    """A trip's stops told after "before" are the travellers' own, told by their own words: not
    with whom they meet where the trip goes first, nor on its day ("flies to Kenya on Tuesday,
    where she is to meet Ruto, before stops in Ghana and Togo": she alone, on no day told)."""
    stop = meeting.trigger
    if lemma_of(stop) != "stop" or stop.dep_ != "pobj" or stop.head.lower_ != "before":
        return meeting
    subject = " ".join(
        t.text for c in children_of(stop.head.head) if c.dep_ in {"nsubj", "nsubjpass"} for t in subtree_of(c)
    )
    travellers = [p for p in meeting.people if any(w in subject for w in (p.name, *p.aliases, *p.written))]
    return dataclasses.replace(
        meeting,
        people=travellers or meeting.people,
        clause=meeting.clause & {t.i for t in subtree_of(stop.head)},
    )


def _own_days(meeting: Found, going: list[Token]) -> list[set[int]]:
    """The words of each place of a trip, from it up to the next, where each names a day of its
    own ("will visit Kenya on Tuesday and Nigeria on Wednesday": Nigeria on Wednesday), or where
    a stop is told with its verb left out ("will travel to Ghana for the summit on Monday, and
    then to Togo": Togo on no day, at no summit); none where the places share one ("visited
    Kenya and Nigeria last week")."""
    clause = meeting.clause
    ends = [token.i for token in going[1:]] + [max(clause) + 1]
    words = [{i for i in range(token.i, end) if i in clause} for token, end in zip(going, ends, strict=True)]
    dated = [any(meeting.sentence.doc[i].ent_type_ == "DATE" for i in own) for own in words]
    gapped = any(token.head.dep_ == "conj" and token.head.lower_ == "to" for token in going)
    return words if all(dated) or gapped else [set() for _ in going]


def _gapped_stops(trigger: Token) -> list[Token]:
    """The places of a trip's next stops told with their verb left out, each by "to" after "and"
    ("will travel to Brazil for the G20 summit on Monday, and then to Guyana"), which the parser
    joins as a conjunct to the word before "and", not to the verb of going: the "to" hangs under
    the trip word through no verb of someone else's."""
    stops = []
    for to in subtree_of(trigger):
        if to.dep_ != "conj" or to.lower_ != "to" or to.i < trigger.i:
            continue
        path = list(itertools.takewhile(lambda t: t != trigger, ancestors_of(to)))
        if any(
            t.dep_ == "relcl" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in children_of(t)) for t in path
        ):
            continue
        stops += [g for g in children_of(to) if g.dep_ == "pobj"]
    return stops


def place_respectively(meeting: Found, people: People) -> Place | None:
    """The place "respectively" pairs with one of the people met: "flew to Madrid and Lisbon,
    where he met Sanchez and Montenegro respectively" (:func:`respective_place`); none where the
    meeting holds people the sentence pairs with different places."""
    paired = {
        place
        for token in span_tokens(meeting.sentence)
        if people.at(token) in meeting.people and (place := respective_place(token)) is not None
    }
    return paired.pop() if len(paired) == 1 else None


def stop_of_the_hosts(meeting: Found) -> Place | None:
    """The stop, of a trip of several its sentence tells, in the country of the ones its traveller
    meets there: "Xi, who is on a state visit to France, Serbia and Hungary, met Orban on
    Thursday" (Hungary), "Marcos, on a trip to Vietnam and Laos, met Lao Prime Minister Sonexay"
    (Laos). None where the meeting is of people of no stop's country, or of several, or of no
    one from elsewhere (no traveller)."""
    if len(meeting.people) < 2:
        return None
    stops = toured_places(meeting.sentence)
    if len(stops) < 2:
        return None
    countries = {p.country for p in meeting.people}
    hosts = [place for place in stops if place.country in countries]
    if len(hosts) != 1 or not countries - {place.country for place in stops}:
        return None
    return hosts[0]


def the_hosts_country_on_a_tour(meeting: Found, people: People) -> Place | None:
    """The country of the ones met, where the meeting's sentence tells its traveller on a trip to
    a region of the world, on the traveller's name or on the meeting's verb ("Wang, who is on a
    five-nation tour of Africa, met Kenyan President Ruto": Kenya; "On his first trip to Europe
    as president, Ruto met Macron": France): a traveller on such a tour meets the hosts in their
    country, not where the report is filed. None where the ones met are of several countries, or
    of the traveller's, or where the trip is told at another time ("who was on a tour of Asia")."""
    if len(meeting.people) < 2:
        return None
    for trip in span_tokens(meeting.sentence):
        if not _to_a_region(trip):
            continue
        traveller = _traveller_on(trip, meeting, people)
        if traveller is None:
            continue
        hosts = {p.country for p in meeting.people if p != traveller}
        if len(hosts) == 1 and None not in hosts and traveller.country not in hosts:
            return Place(country=hosts.pop())
    return None


def _to_a_region(trip: Token) -> bool:
    """Whether a trip noun goes to a region of the world ("a tour of Africa", "a trip to Southeast
    Asia"), or a trip told as going on does ("touring Latin America", "is visiting the Gulf")."""
    if trip.pos_ == "NOUN" and trip.lemma_.lower() in VISIT_WORDS:
        gone = [
            g
            for c in children_of(trip)
            if c.dep_ == "prep" and c.lower_ in {"of", "to"}
            for g in children_of(c)
            if g.dep_ == "pobj"
        ]
    elif trip.tag_ == "VBG" and trip.lemma_.lower() in {"tour", "visit"}:
        gone = [c for c in children_of(trip) if c.dep_ == "dobj"]
    else:
        return False
    return any(places.is_world_region(" ".join(t.text for t in subtree_of(g))) for g in gone)


def _traveller_on(trip: Token, meeting: Found, people: People) -> Cluster | None:
    """The one of a meeting's people a trip noun is told of: the name its phrase hangs on ("Wang,
    on a tour of Asia, ..."), the one a relative clause in the present tells it of ("Wang, who is
    on a tour of Africa, ..."), or the subject of the meeting's verb it hangs on ("On his first trip
    to Europe, Ruto met Macron")."""
    for above in ancestors_of(trip):
        if (person := people.at(above)) is not None:
            return person if person in meeting.people else None
        if above == meeting.verb:
            subjects = [people.at(s) for s in children_of(above) if s.dep_ in {"nsubj", "nsubjpass"}]
            return next((s for s in subjects if s in meeting.people), None)
        if above.pos_ in {"VERB", "AUX"} and not (above.dep_ == "relcl" and above.tag_ in {"VBZ", "VBP"}):
            return None  # "who was on a tour of Asia last year": another time
    return None


def where_it_goes(meeting: Found) -> Place | None:
    """A trip's place is the one place it goes to, not a place of another country its sentence
    names first ("will travel to Kyiv on Friday, weeks after a visit to Moscow": Moscow)."""
    if len(meeting.people) >= 2 and _trip_together(meeting.trigger):
        going = destinations(meeting)  # "A and B will travel together to Kandy": Kandy
        return going[0] if len(going) == 1 else meeting.place
    if not meeting.visit or len(meeting.people) != 1 or meeting.place is None:
        return meeting.place
    going = destinations(meeting)
    if len(going) == 1 and going[0].country not in {None, meeting.place.country}:
        return going[0]
    if len(going) == 1 and places_left_for(meeting.trigger):
        return going[0]  # "is due to leave Rome on Sunday for Palermo": Palermo, not the Rome left
    return meeting.place


def where_the_trip_was(meeting: Found) -> Place | None:
    """The place a trip noun is said to have gone to by "be to": "His first trip abroad was to
    Ghana", "The last visit was to Nairobi in May". The parser hangs the "to" on "be", outside the
    noun's own phrase."""
    trip = meeting.trigger
    told_to = trip.dep_ == "nsubj" and trip.head.lemma_ == "be"
    if not (told_to and nominal(trip) and lemma_of(trip) in VISIT_WORDS):
        return None
    gone_to = [
        g
        for c in children_of(trip.head)
        if c.dep_ == "prep" and c.lower_ == "to"
        for g in children_of(c)
        if g.dep_ == "pobj"
    ]
    for ent in entities(meeting.sentence):
        if ent.label_ in {"GPE", "LOC"} and any(ent.start <= g.i < ent.end for g in gone_to):
            return places.resolve_place(ent.text)
    return None


# the words that tell a trip made in one party: "travel together", "flew with B", "along with B"
TOGETHER = frozenset("together with".split())


def gone_together(trip: Token) -> bool:
    """Whether a verb of going is told made together with someone: "will travel together to
    Kandy", "is due to fly with B to Rosario", "travelled along with B"; a "with" on the
    verb itself (or on "along" or "together" there), not one inside the place or the purpose
    ("travel to Kyiv to meet D together with E"), nor a "with" told after a meeting noun, whose
    it is ("returned to Nairobi after a summit in Kampala with B": the parser hangs it on the verb)."""
    told = list(children_of(trip))
    # "will travel to Kandy with B": the parser may hang the "with" on the place gone to
    told += [
        g
        for c in told
        if c.dep_ == "prep" and c.lower_ == "to"
        for p in children_of(c)
        for g in children_of(p)
    ]
    doc = trip.doc
    return any(
        (
            c.lower_ in TOGETHER
            or any(g.lower_ == "with" for g in children_of(c) if c.lower_ in {"along", "together"})
        )
        and not any(t.lemma_.lower() in MEETING_NOUNS for t in doc[trip.i + 1 : c.i])
        for c in told
        if c.dep_ in {"advmod", "prep"}
    )


def _trip_together(trip: Token) -> bool:
    """Whether a word is a verb of going told made together ("will fly together to Kandy")."""
    return trip.pos_ == "VERB" and trip.lemma_.lower() in TRIP_VERBS and gone_together(trip)


def destinations(meeting: Found) -> list[Place]:
    """The places a trip word names as where it goes, with their conjuncts: its object ("visit
    A and B"), what it goes "to" ("travel to A and B") or the place that names it ("his Beirut
    visit")."""
    return [place for _, place in _destinations_told(meeting)]


def _destinations_told(meeting: Found) -> list[tuple[Token, Place]]:
    """The places of :func:`destinations`, each with the word that names it, in the order told;
    also a place the parser joined to the day of the one before ("visit Kenya on Tuesday and
    Nigeria on Wednesday", the second place's verb and preposition left out)."""
    trigger = meeting.trigger
    if (left_for := places_left_for(trigger)) and trigger.pos_ == "VERB":
        # "is due to leave Ouagadougou for N'Djamena": where it goes, not the place its object leaves
        told = [(span.root, places.resolve_place(span.text)) for span in left_for]
        return [(token, place) for token, place in told if place is not None]
    heads = [c for c in children_of(trigger) if c.dep_ == "dobj"]
    heads += [
        g
        for c in children_of(trigger)
        if c.dep_ == "prep" and c.lower_ == "to" and not denied_place(c)  # "not to Delhi but to Ankara"
        for g in children_of(c)
    ]
    # "travel next to Tokyo and then Manila": the parser hangs "to" on the adverb, the next place
    # on the verb
    heads += [
        g
        for c in children_of(trigger)
        if c.dep_ == "advmod"
        for p in children_of(c)
        if p.dep_ == "prep" and p.lower_ == "to"
        for g in children_of(p)
    ]
    heads += places_expected_in(trigger)  # "had been due to arrive in Bordeaux and Paris"
    if heads:
        heads += _gapped_stops(trigger)
    if lemma_of(trigger) == "stop":
        heads += stops_to_come(trigger)  # "his next stops are Hanoi and Manila"
        heads += stops_made(trigger)  # "ended his tour with a brief stop in Bangui"
    if heads and trigger.pos_ == "VERB":
        heads += [c for c in children_of(trigger) if c.dep_ == "conj" and c.ent_type_ in {"GPE", "LOC"}]
    if nominal(trigger):  # "after his Beirut visit": a trip named by where it goes
        heads += [c for c in children_of(trigger) if c.dep_ == "compound" and c.ent_type_ in {"GPE", "LOC"}]
    if heads:
        heads += [
            c
            for p in children_of(trigger)
            if p.dep_ == "prep"
            for day in children_of(p)
            if day.dep_ == "pobj" and day.ent_type_ == "DATE"
            for c in day.conjuncts
            if c.ent_type_ in {"GPE", "LOC"}
        ]
    heads += [  # "to the port town of Mombasa": the town named
        g
        for head in heads
        if head.lemma_.lower() in TOWN_NOUNS
        for c in children_of(head)
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in children_of(c)
        if g.dep_ == "pobj"
    ]
    found: list[tuple[Token, Place]] = []
    for token in sorted({t for head in heads for t in [head, *head.conjuncts]}, key=lambda t: t.i):
        ent = next((e for e in entities(meeting.sentence) if e.start <= token.i < e.end), None)
        named = (
            token.dep_ == "pobj"
            and token.head.lower_ == "of"
            and token.head.head.lemma_.lower() in TOWN_NOUNS
        )
        span = next((e for e in place_spans(meeting.sentence) if e.start <= token.i < e.end), None)
        if ent is not None and (ent.label_ in {"GPE", "LOC"} or places.country_name(ent.text)):
            name = ent.text  # a country the model tagged as a person still is one: "visited Togo and Benin"
        elif ent is None and token.pos_ == "PROPN" and places.country_name(token.text):
            name = token.text  # a country the model left untagged still is one: "to Guyana and Suriname"
        elif span is not None and named:
            name = span.text  # "the town of Rubavu", the model's tag another
        else:
            continue
        place = places.resolve_place(name)
        if place is not None and place not in (p for _, p in found):
            found.append((token, place))
    return found
