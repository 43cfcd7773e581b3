"""Trips: where a traveller was and went, and the days a visit, a tour or a summit lasts.

A meeting told on a trip takes its place from where the traveller is said to be or to have gone
("arrived in Nairobi", "flew on to Tokyo", the destination of a tour or a delegation), and a
visit of several days ("a two-day state visit") spans them; a meeting "abroad", at an event of a
trip or on a tour is its traveller's.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Span, Token

from extract import occasions, places
from extract.circumstances import (
    INSTITUTION_NOUNS,
    TRIP_PURPOSE_VERBS,
    clause_place,
    clause_roots,
    led_a_delegation,
    place_spans,
    where_place,
)
from extract.found import Found
from extract.kinds import REMOTE_KINDS, described_as, done_without
from extract.participants import (
    looked_ahead_to,
    own_clause,
    subject_of,
)
from extract.people import Cluster, People
from extract.records import DateSpan, Place
from extract.spans import (
    ancestors_of,
    children_of,
    clause_tokens,
    denied_place,
    doc_sentences,
    doc_text,
    entities,
    span_text,
    subtree_of,
)
from extract.timing import day_of_the_trip_before, followed_by
from extract.triggers import (
    TRIP_VERBS,
    destinations,
    is_trigger,
    lemma_of,
    places_led_to,
    places_left_for,
)
from extract.vocabulary import VISIT_WORDS

# verbs of going whose place a meeting told with them is held at: those of a trip for a meeting
# ("return" aside), and those of arriving and going on
TRAVEL_VERBS = TRIP_PURPOSE_VERBS - {"return"} | frozenset("arrive visit continue proceed".split())


def places_gone_to(verb: Token) -> list[Place | None]:
    """The places a verb of going (or of inviting) goes to, each as the table resolves it."""
    going = destinations(verb)
    told = [ent for ent in entities(verb.sent) if ent.root in going]
    # "is due to leave Abuja for Rio de Janeiro": places a departure goes for, tagged or not
    told += [span for span in places_left_for(verb) if span.root not in {ent.root for ent in told}]
    return [places.resolve_place(span.text) for span in told]


DAYS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}


LASTING = frozenset("visit trip tour summit talks meeting".split())
STAYS = frozenset("visit trip tour stay".split())


PLACE_TYPES = frozenset({"GPE", "LOC"})


def to_a_site(trigger: Token) -> bool:
    """Whether a visit goes to a site in a place, not to the place: "will visit a hospital",
    "toured the Kinkaku temple", "a planned visit to the Hagia Sophia mosque in Istanbul" (the
    object of the verb, or of "to" after the noun, a site's noun that no place names); one person's
    stop at a shrine or a memorial is a step of a trip, no trip to a country. Not "visited the
    country" nor a city a site's name holds ("visited Church Town")."""
    lemma = lemma_of(trigger)
    if lemma not in {"visit", "tour", "trip"}:
        return False
    if trigger.pos_ == "VERB":
        visited = [c for c in children_of(trigger) if c.dep_ == "dobj"]
    else:
        visited = [
            g for c in children_of(trigger) if c.dep_ == "prep" and c.lower_ == "to" for g in children_of(c)
        ]
        visited = [g for g in visited if g.dep_ == "pobj"]
    visited += [c for v in visited for c in children_of(v) if c.dep_ == "conj"]
    return bool(visited) and all(
        v.lemma_.lower() in INSTITUTION_NOUNS and v.ent_type_ not in PLACE_TYPES for v in visited
    )


def over_the_days_of_a_visit(sentence: Span, meeting: Found, when: DateSpan | None) -> DateSpan | None:
    """A visit or summit of several days from the day it starts: "sets off on Monday on a
    two-day working visit" is Monday and Tuesday, "began two days of talks on May 10" May 10 and
    11; to the day it ends where that is the day told ("wrapped up two days of talks on Tuesday":
    Monday and Tuesday); but a day of it is that day ("met Scholz on Monday, on the first day of
    a two-day visit"), and so is a meeting told beside a clause of its own about the visit ("held
    talks with Xi on December 12, shortly after he arrived for a two-day state visit"; "Ruto, who
    is on a three-day visit, met Tinubu on Monday"). A meeting with no day of its own told in a
    "during which" clause on such a visit has the visit's days ("will fly to Delhi on Wednesday
    for a three-day visit, during which he will meet Modi": Wednesday to Friday)."""
    if when is None or when.precision != "day" or when.start is None:
        return when
    for token in clause_tokens(sentence, meeting.clause):
        if (counted := _days_it_lasts(token)) is None:
            continue
        told, count = counted
        if (
            _a_day_of(told)
            or _within(told)
            or _before_or_after(told)
            or _told_aside(told, meeting.verb)
            or _the_frame_of_the_meeting(told, meeting.verb)
        ):
            return when
        if count is not None:
            return _over(when, count, ending=_told_as_ending(told))
    if (visit := _the_visit_it_is_during(sentence, meeting.clause)) is not None:
        counted = next((c for t in subtree_of(visit) if t.i < visit.i and (c := _days_it_lasts(t))), None)
        if counted is not None and counted[1] is not None and counted[0] == visit:
            return _over(when, counted[1], ending=False)
    return when


# the nouns told as lasting "two days of": "two days of talks", "three days of negotiations"
LASTING_SITTINGS = frozenset("talks meeting meetings negotiations consultations".split())
# verbs whose day is the last one of what lasts: "wrapped up two days of talks on Tuesday"
ENDING_VERBS = frozenset("end conclude wrap close finish complete".split())


def _days_it_lasts(token: Token) -> tuple[Token, int | None] | None:
    """The word told as lasting some days, and how many, where ``token`` tells it: "day" of "a
    two-day visit" (the visit, 2), "days" of "two days of talks" (those days, 2); the count is
    None where none is told ("a day-long visit"). None for any other word."""
    if token.lower_ == "day" and token.head.lemma_.lower() in LASTING:
        return token.head, next((DAYS[c.lower_] for c in children_of(token) if c.lower_ in DAYS), None)
    if token.lower_ == "days" and any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.lower_ in LASTING_SITTINGS or g.lemma_.lower() in LASTING_SITTINGS for g in children_of(c))
        for c in children_of(token)
    ):
        return token, next(
            (DAYS[c.lower_] for c in children_of(token) if c.dep_ == "nummod" and c.lower_ in DAYS), None
        )
    return None


def _told_as_ending(told: Token) -> bool:
    """Whether what lasts is the object of a verb of ending ("wrapped up two days of talks",
    "concluded a two-day visit"): the day told is its last."""
    verb = told.head
    return told.dep_ in {"dobj", "nsubj", "nsubjpass"} and verb.lemma_.lower() in ENDING_VERBS


def _over(when: DateSpan, count: int, *, ending: bool) -> DateSpan:
    """The ``count`` days from the day told, or up to it where that day is the last."""
    assert when.start is not None
    if ending:
        return when.model_copy(update={"start": when.start - timedelta(days=count - 1), "precision": "days"})
    return when.model_copy(update={"end": when.start + timedelta(days=count - 1), "precision": "days"})


def _the_visit_it_is_during(sentence: Span, clause: set[int]) -> Token | None:
    """The visit a clause is told "during which" of, where the clause tells no date of its own:
    "visit" in "a three-day state visit, during which he is scheduled to meet Modi" (the clause's
    verb or a plan above it opens the relative clause)."""
    if any(e.label_ in {"DATE", "TIME"} and e.root.i in clause for e in entities(sentence)):
        return None
    for root in clause_roots(sentence, clause):
        chain = [root]  # the clause's verb and the plan's verbs above it, up to the relative clause
        while chain[-1].dep_ in {"xcomp", "ccomp", "acomp"} and chain[-1].head != chain[-1]:
            chain.append(chain[-1].head)
        above = chain[-1]
        if above.dep_ != "relcl" or above.head.lemma_.lower() not in STAYS:
            continue
        if any(
            c.dep_ == "prep" and c.lower_ == "during" and any(g.lower_ == "which" for g in children_of(c))
            for t in chain
            for c in children_of(t)
        ):
            return above.head
    return None


def days_of_the_stay(sentence: Span, clause: set[int], when: DateSpan | None) -> DateSpan | None:
    """The days someone is where a clause puts them, from the day it tells, where it tells the
    visit they came on as lasting several ("arrived in Hanoi on Friday on a three-day visit":
    Friday to Sunday); the day alone for a day of it or a time beside it ("arrived on Friday, on
    the last day of a three-day tour", "arrived on Friday ahead of a two-day summit")."""
    if when is None or when.precision != "day" or when.start is None:
        return when
    for token in (sentence.doc[i] for i in sorted(clause)):
        if token.lower_ != "day" or token.head.lemma_.lower() not in LASTING:
            continue
        if _a_day_of(token.head) or _before_or_after(token.head):
            return when
        count = next((DAYS[c.lower_] for c in children_of(token) if c.lower_ in DAYS), None)
        if count is not None:
            return when.model_copy(
                update={"end": when.start + timedelta(days=count - 1), "precision": "days"}
            )
    return when


def _told_aside(lasting: Token, verb: Token) -> bool:
    """Whether what lasts is told in a clause of its own beside the meeting's verb, a relative or
    adverbial one ("shortly after he arrived for a two-day visit", "who is on a three-day
    visit", "met B on Wednesday before wrapping up his two-day visit"), not as the trip the
    meeting is part of ("sets off on a two-day visit to meet")."""
    above = lasting
    while above.head != above and not above.is_ancestor(verb) and above != verb:
        if above.dep_ in {"relcl", "advcl", "acl", "pcomp"} and above.pos_ in {"VERB", "AUX"}:
            return True
        above = above.head
    return False


# the prepositions of a trip someone is on, told as the frame of what they do: "on a three-day
# visit to Ghana", "in Pyongyang for a two-day visit"
FRAMING = frozenset("on for".split())


def _the_frame_of_the_meeting(lasting: Token, verb: Token) -> bool:
    """Whether a trip is told as the frame its traveller meets someone in, by "on" or "for" on the
    verb that tells the meeting or on the traveller's name ("Ruto, on a three-day visit to Ghana,
    met Mahama on Monday", "Lavrov, in Pyongyang for a two-day visit, held talks with Kim on
    Monday"): the meeting is of its own day, one of the trip's, and so is the visit it is told
    in. Not the frame of a verb of the trip itself, whose day is the trip's first ("sets off on
    Monday on a three-day visit to Kenya to hold talks": Monday to Wednesday)."""
    if lasting.dep_ != "pobj" or lasting.head.lower_ not in FRAMING:
        return False
    framed = lasting.head.head
    if framed != verb and not (framed.ent_type_ == "PERSON" and framed.head == verb):
        return False
    if verb.lemma_.lower() in VISIT_WORDS | TRAVEL_VERBS:
        # "visited Ghana on Monday on a three-day tour", "will fly to Delhi on Wednesday for a
        # three-day visit": the trip's own first day
        return False
    return is_trigger(verb) or any(c.dep_ == "dobj" and is_trigger(c) for c in children_of(verb))


def _within(lasting: Token) -> bool:
    """ "held a meeting ... in conjunction with the latter's three-day visit", "during a two-day
    visit", "met B on Monday at the three-day summit": a meeting within what lasts several days,
    held on one of them."""
    return lasting.dep_ == "pobj" and (
        lasting.head.lower_ in {"during", "amid", "at"}
        or lasting.head.head.lower_ in {"conjunction", "part", "course", "sidelines", "margins"}
    )


BEFORE_OR_AFTER = frozenset("before after following since until".split())
# nouns of the time just before or after an event: "on the eve of", "ahead of", "in the run-up to"
EDGES = frozenset("eve ahead run-up lead-up prelude wake aftermath".split())


def _before_or_after(lasting: Token) -> bool:
    """ "met on Monday, on the eve of the two-day summit", "ahead of a three-day visit", "after a
    two-day visit": what lasts is another time, before or after which the meeting was held."""
    if lasting.dep_ != "pobj":
        return False
    preposition = lasting.head
    return preposition.lower_ in BEFORE_OR_AFTER or (
        preposition.lower_ in {"of", "to"} and preposition.head.lower_ in EDGES
    )


def _a_day_of(lasting: Token) -> bool:
    """ "the first day of a two-day visit", "at the start of a two-day state visit", "the last stop
    of a two-day tour of the Baltic states": one day of what lasts several."""
    return (
        lasting.dep_ == "pobj"
        and lasting.head.lower_ == "of"
        and lasting.head.head.lemma_.lower() in PARTS_OF_A_STAY
    )


# the words of one part of what lasts several days: its day, its start or end, one stop or leg of a tour
PARTS_OF_A_STAY = frozenset("day start beginning end close outset stop leg".split())


def tour(meeting: Found) -> bool:
    """A trip to several places at once ("will visit Poland, France and Germany"): a tour, which
    one record with one place would misstate as a visit to the first; reported only where
    :func:`extract.destinations.destinations` reads each place it goes to."""
    return any(
        t.ent_type_ in {"GPE", "LOC"}
        and any(c.dep_ == "conj" and c.ent_type_ in {"GPE", "LOC"} for c in children_of(t))
        for t in clause_tokens(meeting.sentence, meeting.clause)
    )


EVENT_NOUNS = frozenset(
    "conference forum summit congress assembly expo exhibition fair games festival".split()
)


def to_an_event(meeting: Found) -> bool:
    """A trip to an event ("his recent visit to the Boao Forum for Asia annual conference in
    China"), or to a country or city for a gathering held there ("Modi's visit to Russia for the
    BRICS summit"): the person attended it, which names no one they met and no host they visited.
    So with a trip to come ("will travel on to Washington for the NATO summit"): attendance to
    come, no plan to meet anyone; one called off there stays called off."""
    return any(
        (p.lower_ == "to" and g.dep_ == "pobj" and g.lemma_.lower() in EVENT_NOUNS)
        or (meeting.kind != "cancelled" and trip_for_a_gathering(g) and g.i in meeting.clause)
        for p in children_of(meeting.trigger)
        for g in children_of(p)
    ) or (meeting.kind != "cancelled" and trip_to_attend_a_gathering(meeting.trigger, meeting.clause))


def a_leg_before_in_passing(meeting: Found) -> bool:
    """Whether a trip is told only as what its traveller's going came after, with no time in its
    own words ("arrived in Adelaide on Saturday for a visit to Australia, following his official
    visit to New Zealand", "arrived in Vienna after a visit to Russia"): the tour's leg before,
    told in passing, as the next one is "before flying to Jeddah"; no visit of its own to report.
    Not one its words date ("after a visit to Singapore, where he gave a speech on Friday",
    "weeks after a visit to Moscow"), nor one a verb of going does not frame ("The talks came
    after his visit to Cairo")."""
    trip = meeting.trigger
    if trip.pos_ != "NOUN" or trip.lemma_.lower() not in VISIT_WORDS or trip.dep_ != "pobj":
        return False
    after = trip.head
    if after.lower_ not in {"after", "following"} or after.head.lemma_.lower() not in GOING - VISIT_WORDS:
        return False
    return not any(t.ent_type_ in {"DATE", "TIME"} for t in subtree_of(after))


def to_someone_unnamed(meeting: Found) -> bool:
    """A visit paid to someone the text names only by what they are to the visitor ("a private
    visit to an old friend", "a visit to his family"): a call of one's own life, no trip to a
    country's host; it names no one met."""
    visited = [c for c in children_of(meeting.trigger) if c.dep_ == "dobj"]  # "will visit an old friend"
    visited += [
        g
        for p in children_of(meeting.trigger)
        if p.lower_ == "to"
        for g in children_of(p)
        if g.dep_ == "pobj"
    ]
    return any(g.lemma_.lower() in PRIVATE_HOSTS and g.ent_type_ != "PERSON" for g in visited)


# whom a private call is paid to, by what they are to the visitor
PRIVATE_HOSTS = frozenset(
    "friend friends family relative relatives parent parents mother father son daughter brother "
    "sister grandmother grandfather aunt uncle cousin".split()
)


GOING = VISIT_WORDS | TRIP_VERBS | frozenset("arrive come go fly head land travel".split())


def taken_on_it(trigger: Token, verb: Token) -> list[Token]:
    """Who a trip is said to take where it goes: "his tour took him to Accra and Abuja", "the
    visit will take Modi to Nairobi". The one taken is the traveller, not someone met: each host
    a "where" clause names is met there on their own ("took him to Nouakchott, where he met A")."""
    if lemma_of(trigger) not in VISIT_WORDS or trigger.dep_ != "nsubj" or trigger.head != verb:
        return []
    if verb.lemma_.lower() != "take":
        return []
    return [c for c in children_of(verb) if c.dep_ == "dobj"]


# verbs that carry on a trip already under way: "will continue his visit to Russia"
GOING_ON_VERBS = frozenset("continue resume extend prolong".split())


def a_trip_going_on(token: Token) -> bool:
    """Whether ``token`` is a trip its traveller is said to carry on ("Kim will continue his visit
    to Russia", "the minister resumed her tour of the region on Monday"): the visit already under
    way, told again, no new one planned. Not a stop the going on adds ("will continue his tour
    with a visit to Japan"), whose trip is a new one."""
    return (
        token.lemma_.lower() in VISIT_WORDS
        and token.pos_ == "NOUN"
        and token.dep_ == "dobj"
        and token.head.lemma_.lower() in GOING_ON_VERBS
    )


# the words that open a clause set in a trip: "during which", "where", "when"
_IN_THE_TRIP = frozenset({"where", "when", "which", "whom"})


def met_on_the_trip(trigger: Token) -> bool:
    """Whether ``trigger`` is a meeting told in a clause set in a trip ("Ruto's visit to Ghana,
    during which he met Mahama", "a tour of the Gulf, in the course of which she held talks with
    MBS", "his trip, on which he and Lula signed a pact"): a trip is one traveller's, so the clause
    tells a meeting of its own, with the one met. Not a clause whose "which" or "that" is the trip
    itself ("the visit, which Ruto hosted"), the trip told again, nor one that met a group
    ("during which he met Laos's top leaders"), the trip's meetings told at large."""
    head = trigger.head
    if not (
        trigger.dep_ in {"relcl", "advcl"}
        and head.i != trigger.i
        and head.lemma_.lower() in VISIT_WORDS
        and head.pos_ == "NOUN"
    ):
        return False
    if any(c.dep_ == "dobj" and c.tag_ == "NNS" for c in children_of(trigger)):
        return False
    return any(
        t.lower_ in _IN_THE_TRIP and t.dep_ in {"pobj", "advmod"} and t.head.i != head.i
        for t in subtree_of(trigger)
        if t.i < trigger.i
    )


def place_of_the_trip_met_on(meeting: Found) -> Place | None:
    """Where the trip a meeting told in a clause set in it went ("arrived in Lima for a state
    visit, where he was received at the airport by B": Lima), when the clause's own place is in
    another country: a venue of the trip is in the country it went to, so a name read as a town
    abroad is a misreading of the venue ("the Jorge Chavez airport" is no town of Chile)."""
    trigger = meeting.trigger
    if not met_on_the_trip(trigger) or meeting.place is None:
        return None
    trip = trigger.head
    verb = trip
    while verb.dep_ in {"pobj", "prep", "dobj"} and verb.head.i != verb.i:
        verb = verb.head  # "arrived in Lima for a state visit": the arriving's place
    gone = clause_place(meeting.sentence, {t.i for t in subtree_of(trip) if t not in subtree_of(trigger)})
    gone = gone or clause_place(meeting.sentence, own_clause(verb))
    if gone is None or gone.country is None or gone.country == meeting.place.country:
        return None
    return gone


def trip_for_a_gathering(token: Token) -> bool:
    """Whether ``token`` is a gathering of several countries that a trip is for ("visited Russia
    for the BRICS summit", "arrived in Kazan for the BRICS summit", "in July for the Russia-Africa
    summit"): the traveller attends it, which is no meeting with its host. Not a summit with
    someone ("flew to Moscow for a summit with Putin"), nor one of two countries ("for the
    India-Russia summit"), the guest's meeting with the host."""
    if not (
        token.lemma_.lower() in EVENT_NOUNS
        and token.dep_ == "pobj"
        and token.head.lower_ == "for"
        and token.head.head.lemma_.lower() in GOING
    ):
        return False
    return _of_many_countries(token)


def trip_to_attend_a_gathering(trip: Token, clause: set[int]) -> bool:
    """Whether a trip is made to attend a gathering of several countries that its purpose names
    ("will travel to Nur-Sultan to attend the sixth Ministerial Meeting of the CICA", "flew to
    Doha to take part in the Arab League summit"): the traveller attends it, as with
    :func:`trip_for_a_gathering`; not one to attend talks with someone ("to attend a summit with
    Putin"), nor the purpose of another stop the clause is cut from ("will travel to Ethiopia to
    attend the AU summit, and then to Djibouti": not Djibouti's)."""
    for purpose in children_of(trip):
        if purpose.dep_ not in {"xcomp", "advcl"} or purpose.lemma_.lower() not in ATTENDING_VERBS:
            continue
        if purpose.i not in clause:
            continue
        attended = [c for c in children_of(purpose) if c.dep_ == "dobj"]
        attended += [  # "to take part in the summit", "to participate in the forum"
            g
            for c in (purpose, *children_of(purpose))
            for p in children_of(c)
            if p.dep_ == "prep" and p.lower_ == "in"
            for g in children_of(p)
            if g.dep_ == "pobj"
        ]
        if any(g.lemma_.lower() in GATHERING_WORDS and _of_many_countries(g) for g in attended):
            return True
    return False


# verbs of taking part in a gathering, and the nouns of the gatherings a trip is made to attend
ATTENDING_VERBS = frozenset("attend take participate".split())
GATHERING_WORDS = EVENT_NOUNS | frozenset({"meeting"})


def _of_many_countries(token: Token) -> bool:
    """Whether a gathering's noun names a gathering of several countries, held with no one in
    particular ("the BRICS summit", "the Ministerial Meeting of the CICA"), as the sentence names
    it (:func:`extract.occasions.find_occasions`): not a summit with someone ("a summit with
    Putin"), nor one of two countries ("the India-Russia summit")."""
    if any(c.lower_ in {"with", "between"} for c in children_of(token)):
        return False
    name = token.doc[token.left_edge.i : token.i + 1]
    words = "".join(t.text_with_ws for t in name if t != token and (t.text[:1].isupper() or t.text in "-–"))
    hyphened = re.split(r"[-–]", words) if re.search(r"\w[-–]\w", words) else []
    if len(hyphened) >= 2:
        return not all(places.country_name(w.strip()) for w in hyphened)
    sentence = token.sent
    # with the body it is "of": "the sixth Ministerial Meeting of the CICA"
    last = max(
        (c.right_edge for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"),
        key=lambda t: t.i,
        default=token,
    )
    start, end = name.start_char - sentence.start_char, last.idx + len(last.text) - sentence.start_char
    found = occasions.find_occasions(span_text(sentence), doc_text(sentence.doc))
    return any(s < end and start < e for s, e, _ in found)


def abroad(meeting: Found) -> bool:
    """Whether a visit goes to a country not the visitor's own ("intends to visit the UAE")."""
    place, person = meeting.place, meeting.people[0]
    return place is not None and place.country is not None and place.country != person.country


def in_own_country(person: Cluster, place: Place | None) -> bool:
    """Whether a place is in the person's own country: a trip there is no visit abroad ("cut short
    his trip to deal with a strike in Abuja", for a Nigerian president)."""
    return place is not None and place.country is not None and place.country == person.country


def place_around(meeting: Found) -> Place | None:
    """A place the clause points to from outside: "in Jakarta, where both will take part in a
    meeting", "arrived in Lima ahead of a meeting with ..."; for a visit, the host government
    named by its capital or country ("Beijing ..., with a visit from Lavrov" is a visit to China,
    city unsaid), or where the words around a trip say it goes (:func:`_destination`)."""
    verb = meeting.verb
    if verb.dep_ == "advcl" and followed_by(verb) and meeting.kind not in REMOTE_KINDS:
        # "was given a state welcome at the palace in Kuala Lumpur, followed by an audience with
        # the king": what came right after the welcome, where it was
        return clause_place(meeting.sentence, own_clause(verb.head))
    if (act := done_without(meeting.trigger)) is not None:
        # "flew into Niamey, but left without being received by B": where the act was done, or
        # where the trip it follows went
        went = _gone_before(act) if act.dep_ == "conj" and act.head.i < act.i else None
        return clause_place(meeting.sentence, own_clause(act)) or (
            (clause_place(meeting.sentence, own_clause(went)) or _gone_to(went)) if went is not None else None
        )
    if described_as(verb):
        verb = verb.head  # "flew to Lima and held what he called frank talks": the holding's trip
    if lemma_of(meeting.trigger) == "invite":  # "invited Xi to Moscow": where the guest goes
        return next((p for p in places_gone_to(meeting.trigger) if p is not None), None)
    if (there := where_place(meeting.sentence, verb)) is not None:
        return _its_city_named(meeting, there)
    if meeting.kind == "visit":
        visitors = {p.country for p in meeting.people}
        for subject in subject_of(verb):
            if subject.ent_type_ == "GPE":
                # never the visitor's own country: "India, Japan sign pact during Modi visit"
                # names the two sides, and India is not where Modi went
                host = places.resolve_place(subject.text)
                if host is not None and host.country in visitors:
                    continue
                return Place(country=host.country) if host and host.country else None
    if meeting.visit and len(meeting.people) == 1:
        destination = _destination(meeting)
        if destination is not None:
            return destination
    if verb.dep_ in {"xcomp", "advcl"} and (
        verb.head.lemma_.lower() in TRAVEL_VERBS | {"be"} or _made_a_trip(verb.head)
    ):  # "will travel to Washington to meet", "made a trip to Kyiv, holding talks with"
        return clause_place(meeting.sentence, own_clause(verb.head))
    if verb.dep_ in {"xcomp", "advcl"} and led_a_delegation(verb.head):
        # "led a delegation to Amman to offer condolences to the King"
        return clause_place(meeting.sentence, own_clause(verb.head)) or next(
            iter(places_led_to(verb.head)), None
        )
    if (
        verb.dep_ == "conj"
        and verb.head.i < verb.i
        and meeting.kind not in REMOTE_KINDS
        and (went := _gone_before(verb)) is not None
    ):
        # "would fly to Lima and meet", "led a delegation to Pyongyang and was received by"
        return clause_place(meeting.sentence, own_clause(went)) or _gone_to(went)
    if looked_ahead_to(meeting.trigger) and verb.lemma_.lower() in TRAVEL_VERBS | {"be"}:
        return clause_place(meeting.sentence, own_clause(verb))  # "arrived in Lima ahead of a meeting with"
    return None


def _gone_before(verb: Token) -> Token | None:
    """The verb of going a meeting's verb is joined to, told before it: "would fly to Lima and
    meet", "led a delegation to Hanoi and was received by", "had been due to land in Madrid and to
    hold talks with"; not "the meeting came ..., and they talked"."""
    head = verb.head
    if head.lemma_.lower() in TRAVEL_VERBS - {"come"} or _made_a_trip(head):
        return head  # "would fly to Lima and meet", "made a trip to Warsaw and held talks with"
    if led_a_delegation(head):
        return head  # "led a delegation to Pyongyang ... and was received by Kim"
    if head.lemma_.lower() == "be":  # "was due to land in Berlin and to hold talks with"
        return next(
            (
                t
                for t in subtree_of(head)
                if t.i < verb.i
                and (
                    t.tag_.startswith("VB") or (t.dep_ == "pobj" and t.head.lower_ == "to" and not t.n_lefts)
                )
                and t.lemma_.lower() in TRAVEL_VERBS - {"come"}
                and not any(a.i == verb.i for a in ancestors_of(t))
            ),
            None,
        )
    return None


# verbs that make a trip their object do what a verb of going does: "made a trip to Kyiv"
TRIP_MAKING = frozenset("make pay undertake take conduct".split())


def _made_a_trip(verb: Token) -> bool:
    """Whether a verb makes a trip, going as a verb of going would: "made a surprise trip to Kyiv",
    "paid a visit to Hanoi"; not one that calls a trip off or tells of it ("cancelled a trip to
    Kyiv and met ...")."""
    return verb.lemma_.lower() in TRIP_MAKING and any(
        c.dep_ == "dobj" and c.lemma_.lower() in VISIT_WORDS for c in children_of(verb)
    )


def _gone_to(verb: Token) -> Place | None:
    """The place a verb of going, or the delegation it leads, goes "to" ("led a delegation to
    Pyongyang") or lands "in" ("due to land in Berlin", where the parser takes "land" for a noun)."""
    gone = destinations(verb) + [g for c in children_of(verb) if c.dep_ == "dobj" for g in destinations(c)]
    gone += [
        g
        for c in children_of(verb)
        if c.dep_ == "prep" and c.lower_ == "in"
        for g in children_of(c)
        if g.dep_ == "pobj" and g.ent_type_ in {"GPE", "LOC"}
    ]
    for token in gone:
        ent = next((e for e in entities(token.sent) if e.start <= token.i < e.end), None)
        if ent is not None and (place := places.resolve_place(ent.text)) is not None:
            return place
    return None


def _its_city_named(meeting: Found, country: Place) -> Place:
    """A country a "where" clause refers back to, made the city of it the clause names however
    the parse hangs it ("to visit Papua New Guinea, where he had planned to meet Marape and other
    leaders in Port Moresby": Port Moresby)."""
    if country.city is not None or country.region is not None:
        return country
    for ent in place_spans(meeting.sentence):
        if (
            ent.root.i not in meeting.clause
            or ent.root.dep_ != "pobj"
            or ent.root.head.lower_ not in {"in", "at"}
        ):
            continue
        place = places.resolve_place(ent.text)
        if place is not None and place.city is not None and place.country == country.country:
            return place
    return country


# the pronouns that open a relative clause as its object: "Vietnam, which he visited"
RELATIVES = frozenset({"which", "that"})


def _destination(meeting: Found) -> Place | None:
    """Where a trip goes, told around the trip word rather than in its clause: a place named
    before it ("his China visit"), or "to" a place in the clause the trip is the object of ("made
    an official trip on Monday to Brazil") or in the relative clause that tells of it ("the trip
    he was to make to Pakistan"), or the place a relative clause of visiting is told of ("Vietnam,
    which he last visited in 2017"); "that nation" is the country named last before it."""
    trigger, sentence = meeting.trigger, meeting.sentence
    around = [c for c in children_of(trigger) if c.dep_ == "relcl"]
    if trigger.dep_ == "dobj":
        around.append(trigger.head)
    named = [c for c in children_of(trigger) if c.dep_ in {"compound", "amod"} and c.i < trigger.i]
    if trigger.pos_ == "VERB":
        named += [c for c in children_of(trigger) if c.dep_ == "dobj"]  # "visited the island nation"
        if trigger.dep_ == "relcl" and any(
            c.dep_ == "dobj" and c.lower_ in RELATIVES for c in children_of(trigger)
        ):
            named.append(trigger.head)  # "Vietnam, which he last visited in 2017": what the clause is of
    named += [g for c in children_of(trigger) if c.lower_ == "to" for g in children_of(c) if g.dep_ == "pobj"]
    for clause in around:
        named += [
            g
            for t in subtree_of(clause)
            if t.dep_ == "prep" and t.lower_ == "to" and t.head.pos_ in {"VERB", "AUX"}
            for g in children_of(t)
            if g.dep_ == "pobj"
        ]
    for token in named:
        if denied_place(token):
            continue  # "made his first trip not to New Delhi but to Turkey": Turkey
        if token.lemma_.lower() in {"nation", "country"} and any(
            c.dep_ == "det" and c.lower_ in {"that", "this", "the"} for c in children_of(token)
        ):
            own = {p.country for p in meeting.people if len(meeting.people) == 1}
            return _country_before(token, skip=own)  # "his visit to that Caribbean nation"
        ent = next((e for e in entities(sentence) if e.start <= token.i < e.end), None)
        if ent is None or ent.label_ not in {"GPE", "LOC"}:
            continue
        place = places.resolve_place(ent.text)
        if place is not None:
            return place
    return None


def _country_before(token: Token, skip: set[str | None]) -> Place | None:
    """The country named last before ``token`` in its sentence, else in the one before ("his second
    visit to Jordan. He had visited the Middle Eastern nation in 2019"), which "that nation" means; never
    the visitor's own ("received King Abdullah II of Jordan, who is on a visit to the country")."""
    sentence = token.sent
    before = [token.doc[sentence.start - 1].sent] if sentence.start > 0 else []
    for span in [*reversed(place_spans(sentence)), *(s for b in before for s in reversed(place_spans(b)))]:
        country = places.country_name(span.text) if span.end <= token.i else None
        if country is not None and country not in skip:
            return Place(country=country)
    return None


def days_go_on(told: list[Found], whereabouts: dict[str, tuple[Place | None, DateSpan | None]]) -> None:
    """A person's day moves on with the meetings told of them where they are: "Modi arrived in
    Port Moresby on Sunday night. On Monday morning, he called on A. He also held separate
    meetings with B and C": those were on Monday, not on the day he arrived."""
    for meeting in told:
        if meeting.kind != "in_person" or meeting.when is None or meeting.when.precision != "day":
            continue
        for person in meeting.people:
            place, when = whereabouts.get(person.name, (None, None))
            if when is None or when.precision != "day" or not when.start or not meeting.when.start:
                continue
            if meeting.when.start > when.start and in_one_country(meeting.place, place):
                whereabouts[person.name] = (place, meeting.when)


def on_the_days_of_the_trip(told: list[Found]) -> None:
    """A meeting told as the purpose of a trip the same sentence dates, with no date of its own,
    is on the trip's days: "sets off on Monday on a two-day visit to Indonesia to meet Prabowo"."""
    for meeting in told:
        if meeting.when is not None or meeting.again:
            continue  # "held talks in Bali in November 2022, and spoke again in Johannesburg": another day
        trip = next(
            (
                m
                for m in told
                if m is not meeting
                and m.when is not None
                and m.kind not in REMOTE_KINDS  # "phoned A on Tuesday, and invited him to": no trip
                and meeting.trigger in subtree_of(m.verb)
                and m.trigger not in subtree_of(meeting.trigger)
                and set(m.people) <= set(meeting.people)
                # "was back in Mexico City on Wednesday after a brief trip to the summit, where she
                # held talks with Carney": the trip came before that day, which is not its own
                and not _told_before_or_after(m.trigger, m.verb)
            ),
            None,
        )
        if trip is not None:
            meeting.when = _on_the_first_day(trip, meeting) or trip.when


def _told_before_or_after(trigger: Token, verb: Token) -> bool:
    """Whether a trip's word is told in a phrase of what came before or after its verb's act:
    "after a brief trip to the summit", "before his visit to Cairo"."""
    for word in [trigger, *ancestors_of(trigger)]:
        if word == verb:
            return False
        if word.dep_ == "prep" and word.lower_ in BEFORE_OR_AFTER:
            return True
    return False


def _on_the_first_day(trip: Found, meeting: Found) -> DateSpan | None:
    """The day a trip of several days began, for a meeting told as the act that followed its
    beginning ("began a two-day state visit on Tuesday and was received by the King": Tuesday);
    not one the trip is for ("began a three-day visit on Monday to meet Xi": one of its days)."""
    when = trip.when
    if when is None or when.start is None or when.precision != "days" or lemma_of(trip.verb) not in BEGINNING:
        return None
    act = meeting.verb
    while act.dep_ == "conj" and act.head != act and act.head != trip.verb:
        act = act.head
    if act.dep_ != "conj" or act.head != trip.verb:
        return None
    return when.model_copy(update={"end": when.start, "precision": "day"})


# the verbs a trip is begun by
BEGINNING = frozenset("begin start open".split())


def on_the_day_of_the_trip_before(
    told: list[Found], before: list[Span], people: People, published: date | None
) -> None:
    """A meeting planned in a place, with no day of its own, told right after a sentence that
    says one of its people will go to that place on a day, is planned for that day: "Frederiksen
    will travel to Berlin, Paris and Brussels on 28 January. She is due to meet Scholz in
    Berlin"; "On Wednesday, Modi will address the World Governments Summit in Dubai. He is
    scheduled to meet Sheikh Mohammed on the sidelines of the summit"."""
    planned = [(meeting, place) for meeting in told if (place := _city_planned(meeting)) is not None]
    if not planned:
        return  # asked after every sentence: the sentence before is read only for such a plan
    last = next((s for s in reversed(before) if span_text(s).strip()), None)
    if last is None:
        return
    for meeting, place in planned:
        ours = set(meeting.people)

        def of_the_plan(subject: Token, ours: set[Cluster] = ours) -> bool:
            return (cluster := people.at(subject)) is None or cluster in ours

        meeting.when = day_of_the_trip_before(last, place, of_the_plan, published)


def _city_planned(meeting: Found) -> Place | None:
    """The place of a meeting planned in a city with no day of its own, else None."""
    place = meeting.place
    if meeting.kind != "planned" or meeting.when is not None or place is None or place.city is None:
        return None
    return place


def in_one_country(one: Place | None, other: Place | None) -> bool:
    """Whether two places, either of them perhaps unknown, are in one country."""
    return one is None or other is None or one.country == other.country


# the ordinals telling which day of a stay: "on the second day of a three-day visit"
ORDINAL_DAYS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}


def days_of_the_visit_told(sentence: Span, when: DateSpan | None) -> DateSpan | None:
    """The days of a visit of several days a sentence tells one day of, from that day ("held talks
    on Wednesday, on the second day of a three-day state visit": Tuesday to Thursday; "on the last
    day of a two-day trip": the day before and that day); None where it tells no such day."""
    if when is None or when.precision != "day" or when.start is None:
        return None
    for token in sentence:
        if token.lower_ != "day" or token.head.lemma_.lower() not in LASTING or not _a_day_of(token.head):
            continue
        count = next((DAYS[c.lower_] for c in children_of(token) if c.lower_ in DAYS), None)
        which = token.head.head.head  # "day" in "the second day of a three-day visit"
        ordinals = [c.lower_ for c in children_of(which) if c.dep_ == "amod"]
        nth = next((ORDINAL_DAYS[o] for o in ordinals if o in ORDINAL_DAYS), None)
        if nth is None and "last" in ordinals:
            nth = count
        if count is None or nth is None or nth > count:
            continue
        start = when.start - timedelta(days=nth - 1)
        return DateSpan(
            start=start, end=start + timedelta(days=count - 1), precision="days", phrase=when.phrase
        )
    return None


def during_the_visit_told_before(meeting: Found, found: list[Found]) -> DateSpan | None:
    """A meeting with no day of its own told as held "during the visit" (or "the trip", "the
    stay") is of the days of the visit the article told before one day of, by a meeting of
    someone of its own ("held talks with Xi on Wednesday, on the second day of a three-day
    state visit. ... During the visit, Marcos also met Li": Tuesday to Thursday); not a visit
    of someone else, nor "during a visit" (another one)."""
    if meeting.when is not None or meeting.kind != "in_person":
        return None
    during = [
        t
        for t in clause_tokens(meeting.sentence, meeting.clause)
        if lemma_of(t) in {"visit", "trip", "stay", "tour"}
        and t.dep_ == "pobj"
        and t.head.lower_ == "during"
        and any(c.dep_ == "det" and c.lower_ in {"the", "that", "this"} for c in children_of(t))
    ]
    if not during:
        return None
    doc = meeting.sentence.doc
    before = [s for s in doc_sentences(doc) if s.end <= meeting.sentence.start][-VISIT_REACH:]
    for sentence in reversed(before):
        # the day told of them there or before ("agreed on Wednesday ... The two leaders held
        # talks ..., on the second day of ...")
        day = next(
            (
                m.when
                for m in reversed(found)
                if m.sentence.start <= sentence.start and m.when and set(m.people) & set(meeting.people)
            ),
            None,
        )
        if (days := days_of_the_visit_told(sentence, day)) is not None:
            return days
    return None


VISIT_REACH = 3  # sentences before a meeting "during the visit" that may tell the visit's days
