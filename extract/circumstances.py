"""Where and at which occasion a clause places what it reports.

A place counts only as a venue ("in Moscow", "at a summit in Peru", "in the city of Rio", "a
visit to China"), never as a title ("ambassador to Moscow"), a topic ("the war in Ukraine") or
a wire dateline ("MOSCOW (AP) —", whose date is the report's, not the meeting's: see
:mod:`extract.datelines`). An occasion is one the clause names or refers back to ("on the
sidelines of the summit": :mod:`extract.gatherings` reads the words), not a topic or a gathering
told as another time ("ahead of the summit"). The date of a clause is read by
:mod:`extract.timing`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from typing import cast

from spacy.tokens import Doc, Span, Token

from extract import gazetteer, occasions, places
from extract.datelines import (
    article_dateline,
    dateline_end,
    is_dateline,
)
from extract.gatherings import (
    GATHERING_NAME,
    GATHERING_NOUNS,
    SETTING_NOUNS,
    a_gathering_of_its_own,
    an_edition_of_a_year,
    bare_margins,
    gathering_named,
    gathering_noun,
    gatherings_named,
    of_its_sort,
    on_its_margins,
    refers_to_a_gathering,
    the_body_told,
    the_gathering,
)
from extract.records import Occasion, Place
from extract.spans import (
    REMEMBERED,
    ancestors_of,
    children_of,
    clause_tokens,
    denied_place,
    doc_entities,
    doc_heads,
    doc_text,
    doc_tokens,
    entities,
    entity_at,
    in_the_passive,
    infinitive_read_as_a_noun,
    lemma_of,
    remembered,
    span_text,
    span_tokens,
    subtree_of,
    told_with_the,
    verb_above,
)
from extract.titles import title_word
from extract.told import is_background
from extract.venues import BUILDING_NOUNS, BUILDING_WORDS_ABROAD, venue_placed
from extract.vocabulary import (
    AFTER_OR_BEFORE,
    AGREEING,
    CALLED_OFF,
    GUEST_VERBS,
    MEETING_NOT_VISIT_NOUNS,
    MEETING_NOUNS,
    MULTILATERAL_SIZES,
    OBJECT_CONTROL,
    PARTIES_AFTER,
    VISIT_WORDS,
    WILLING,
    WISHES,
)

# Words that state a meeting only when the parse links them to the other party: "a pivotal
# dialogue with", "their encounter", "held extensive discussions with", "convened with".
LINKED_NOUNS = frozenset(
    (
        "dialogue dialog engagement interaction discussion tête-à-tête tete-a-tete sit-down parley "
        "get-together gathering reception dinner lunch luncheon banquet breakfast supper tea huddle "
        "rendezvous consultation"
    ).split()
)


# a round of talks held somewhere: "a second round in Rome on April 19"
ROUNDS = frozenset(["round"])
# (a "round" of talks too: "a second round in Rome", "the third round in Muscat")
VENUE_NOUNS = frozenset(
    "city capital resort town village palace residence summit sidelines margins margin conference forum "
    "session sessions round rounds meeting meetings talks visit trip stop stopover ceremony welcome "
    "venue port region island building headquarters hall hotel airport complex castle estate villa "
    "retreat lodge centre center province state prefecture county district tour leg journey".split()
)
# Nouns of coming to or staying in a place: "on arrival in Brunei", "during his stay in Egypt" (not
# "at": "upon arrival at Bole International Airport" names an airport, whose town may be another's).
STAY_NOUNS = frozenset("arrival stay".split())
PLANNED_FOR = frozenset("propose plan schedule set slate earmark pencil".split())
# Verbs of setting out whose "for" names where the traveller goes: "leaves for Doha", "departed for
# Tokyo", "headed for Geneva", "set off for Kyiv", "bound for Beijing".
SETTING_OUT_FOR = frozenset("leave depart head set sail bound".split())
# Parts of a site, whose "of" names the site where what happens in them happens: "a welcome in
# the forecourt of Rashtrapati Bhavan", "talks on the lawns of the palace" (not "at the invitation
# of China": an invitation is no part of a place).
SITE_PARTS = frozenset(
    "forecourt courtyard courtyards grounds lawn lawns garden gardens steps premises precincts "
    "compound portico terrace balcony".split()
)
# Parts of a city, whose "of" names the city a place named in them lies in: "at an embassy in the
# Palermo district of Buenos Aires", "the Dahlem suburb of Berlin" (the meeting is in Buenos Aires,
# in Berlin; "Palermo" there is no Italian city).
CITY_PARTS = frozenset("district neighbourhood neighborhood quarter suburb area borough ward".split())
# Nouns a clause uses with "this" for the article's dateline city: "held in this port city".
HERE_NOUNS = frozenset("city town capital".split())
TITLE_NOUNS = frozenset(
    "ambassador envoy embassy mission consulate representative head president minister".split()
)


def place_spans(sentence: Span) -> list[Span]:
    """Places the model tags, and the places of the gazetteer it misses ("in Uzbekistan's
    Samarkand"), never inside a person's name. Found once per sentence and kept in
    ``doc.user_data``: a sentence is asked again for each clause and each verb of being."""
    found: dict[tuple[int, int], list[Span]] = sentence.doc.user_data.setdefault(_PLACE_SPANS, {})
    key = (sentence.start, sentence.end)
    if key not in found:
        found[key] = _place_spans(sentence)
    return list(found[key])


_PLACE_SPANS = "dipgraph.place_spans"


def _place_spans(sentence: Span) -> list[Span]:
    ents = entities(sentence)
    # not a known official's name the tagger took for a building: "Brazil's Luiz Inacio Lula da Silva"
    spans = [
        e for e in ents if e.label_ in {"GPE", "LOC"} or (e.label_ == "FAC" and not _a_known_name(e.root))
    ]
    taken = {
        i for e in ents if e.label_ in {"GPE", "LOC", "FAC", "PERSON", "ORG"} for i in range(e.start, e.end)
    }
    mislabelled = {  # "capital Reykjavik" as an organisation, "visited Vanuatu", "in Nusa Dua" as a person
        (e.start, e.end)
        for e in ents
        if e.label_ == "ORG"
        # the name's text cut from the doc's, not joined from a new Token for each of its words
        or (e.label_ == "PERSON" and places.country_name(span_text(e)) is not None)
        or (e.label_ == "PERSON" and places.is_venue_name(span_text(e)))  # "at Palazzo Chigi", "at Akorda"
        or (
            e.label_ == "PERSON"
            and len(e) >= 2
            and places.is_place_name(span_text(e))
            and gazetteer.lookup(span_text(e)) is None
        )
        or _city_taken_for_a_person(e)
    }
    mislabelled |= {  # "received him in the Oval Office" as an organisation, its article taken in;
        (e.start + 1, e.end)  # a city's whole name so ("in the New Administrative Capital")
        for e in ents
        if e.label_ == "ORG"
        and len(e) > 1
        and e[0].lower_ == "the"
        and (_where_met(e) or places.is_place_name(e[1:].text))
    }
    for start, end, _ in places.find_places(span_text(sentence)):
        span = sentence.char_span(start, end, alignment_mode="contract")
        if span is None or not len(span):
            continue
        if (
            (span.start, span.end) in mislabelled
            or not taken & set(range(span.start, span.end))
            or _after_a_preposition_in_a_name(span, taken)
            or _town_after_a_building(span, ents)
            or _town_of_a_building(span)
            or _run_on_past_a_preposition(span, ents)
            or _run_on_into_an_object(span, ents)
            or _venue_tagged_in_part(span, ents)
        ):
            spans.append(span)
        elif inside := _places_inside(span, ents):
            spans = [s for s in spans if s not in inside] + [span]  # "Port of Spain", not "Spain"
    spans += _capitals_named(sentence)
    spans += [e for e in ents if _a_city_bearing_a_name(e) is not None]  # "in Nancy", a person to the model
    spans += [
        e for e in ents if e.label_ in {"PERSON", "ORG", "PRODUCT"} and _called_a_town(e)
    ]  # "town of Rubavu"
    return sorted((_with_its_state(s) for s in spans), key=lambda s: s.start)


def _run_on_past_a_preposition(span: Span, ents: Sequence[Span]) -> bool:
    """Whether the model's name that holds a place of the gazetteer runs on past it over a
    preposition the parser hangs on a word outside the place: "received at the Great Hall of the
    People by Zhao Leji", tagged as one building, is the Great Hall, and "by" tells who received."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    after = doc[span.end]
    return (
        after.dep_ in {"agent", "prep"}
        and after.lower_ in {"by", "with", "on", "for"}
        and not span.start <= after.head.i < span.end
        and any(e.start <= span.start and span.end < e.end for e in ents)
    )


def _run_on_into_an_object(span: Span, ents: Sequence[Span]) -> bool:
    """Whether the model's name that holds a place of the gazetteer right after "in" or "at" runs
    on past it into the object a verb put after its place: "inaugurated together in Tangier the
    Al Boraq line", tagged as one organisation, is Tangier, and "the Al Boraq line" what they
    opened there."""
    doc = span.doc
    if span.start == 0 or span.end >= len(doc) or doc[span.start - 1].lower_ not in {"in", "at"}:
        return False
    return doc[span.end].lower_ in {"the", "a", "an"} and any(
        e.start == span.start and span.end < e.end for e in ents
    )


def _places_inside(span: Span, ents: Sequence[Span]) -> list[Span]:
    """The model's places that a longer name of the gazetteer holds, where the model tagged
    nothing else in it: "Port of Spain" tagged as "Port" and "Spain" is the city, not Spain; and
    whatever it tagged inside a country's name of two parts ("Trinidad" and "Tobago")."""
    inside = [e for e in ents if e.start < span.end and span.start < e.end]
    if any(e.start < span.start or e.end > span.end for e in inside):
        return []
    if any(e.label_ not in {"GPE", "LOC", "FAC"} for e in inside) and not _a_country_of_two(span):
        return []
    return inside if all(len(e) < len(span) for e in inside) else []


def _venue_tagged_in_part(span: Span, ents: Sequence[Span]) -> bool:
    """Whether a venue of the table is a name the model tagged only a part of, as anything: "drove
    to Mar-a-Lago" ("Mar" a person to the model) is Mar-a-Lago; not a venue's name inside a longer
    one the model tagged ("the Camp David Accords")."""
    inside = [e for e in ents if e.start < span.end and span.start < e.end]
    return (
        bool(inside)
        and all(span.start <= e.start and e.end <= span.end and len(e) < len(span) for e in inside)
        and places.is_venue_name(span.text)
    )


def _a_country_of_two(span: Span) -> bool:
    """Whether a name is a country's of two parts, which the model tags apart and as anything
    ("St. Vincent" and "Grenadines" as an organisation, "Antigua" and "Barbuda" as a person): the
    country, whatever the model made of its parts."""
    return " and " in span.text and places.country_name(span.text) is not None


def _with_its_state(span: Span) -> Span:
    """A town's span with the state or province abbreviated after its comma, which tells its
    country: "in Palm Beach, Fla., on Friday" is in the United States, not in Australia."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != "," or not span.text[:1].isupper():
        return span
    state = places.STATE_ABBREVIATION.match(span_text(doc[span.end + 1 : span.end + 4]))
    if state is None or places.abbreviated_state(state.group()) is None:
        return span
    longer = doc.char_span(span.start_char, doc[span.end + 1].idx + state.end(), alignment_mode="expand")
    return longer if longer is not None else span


# the verbs of receiving a guest at a building: "welcomed B to the White House"
WELCOMING_TO = frozenset("welcome".split())


def _gone_by_someone(verb: Token) -> bool:
    """Whether a verb of going has a person for its subject ("Ramaphosa went", "the president
    drove", "she came"), not a thing sent ("the invitation went to the White House")."""
    return any(
        c.dep_ == "nsubj"
        and (
            c.ent_type_ == "PERSON"
            or c.lower_ in {"he", "she", "they", "we"}
            or title_word(c)
            or (c.pos_ == "PROPN" and c.ent_type_ not in {"GPE", "LOC", "FAC"})
        )
        for c in children_of(verb)
    )


def _where_met(ent: Span) -> bool:
    """Whether a name is the object of "in" or "at" on a word of meeting ("received Ruto in the
    Oval Office", "talks at the Kremlin"), or of "to" on a visit's noun ("his visit to the Oval
    Office", "a trip to the Elysee"), or of "to" on a verb of welcoming a guest ("welcomed B to
    the White House") or of a person's going ("drove to the Al-Yamamah Palace"), not a place told
    of otherwise ("keeping ties stable with Trump due back in the White House", "a letter to the
    White House", "spoke to the Kremlin")."""
    from extract.triggers import is_trigger  # late: triggers imports this module (led_a_delegation)

    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ not in {"in", "at", "to"}:
        return False
    above = root.head.head
    if root.head.lower_ == "to":
        if above.pos_ == "VERB" and above.lemma_.lower() in WELCOMING_TO:
            # "welcomed Ruto to the White House", "invited him to the Elysee for talks": where the
            # guest is received
            return any(c.dep_ == "dobj" for c in children_of(above))
        if above.pos_ == "VERB" and above.lemma_.lower() in GOING_TO:
            return _gone_by_someone(above)  # "went to the Union Buildings to meet B": the trip's place
        return above.pos_ == "NOUN" and above.lemma_.lower() in VISIT_WORDS
    for _ in range(4):  # "a meeting with Trump and Vice President JD Vance in the Oval Office"
        if above.ent_type_ != "PERSON" or above.dep_ not in {"conj", "pobj", "compound", "nmod", "appos"}:
            break
        if above.dep_ == "pobj":
            above = above.head.head if above.head.lower_ == "with" else above
            break
        above = above.head
    return is_trigger(above)


def _after_a_preposition_in_a_name(span: Span, taken: set[int]) -> bool:
    """Whether a place comes right after "at" or "in" that the model took into a name with it:
    "received by King Charles at Sandringham", tagged as one person."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.i in taken and before.lower_ in {"at", "in"}


def _town_after_a_building(span: Span, ents: Sequence[Span]) -> bool:
    """Whether a place ends a name the model tagged as an organisation or a building, right after
    a building's word: "at State House Entebbe", "at Government House Port Moresby" (the seat of
    a head of state named by its town, as African and Pacific outlets write it)."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return (
        before is not None
        and (before.lower_ in BUILDING_NOUNS or before.lower_ in BUILDING_WORDS_ABROAD)
        and any(e.label_ in {"ORG", "FAC"} and e.start <= before.i and e.end == span.end for e in ents)
        # not the town a house's name opens its own name with: "at the Villa La Grange"
        and not any(
            e.end == span.end and places.resolve_place(e.text) is None and places.house_name(e.text)
            for e in ents
        )
    )


def _town_of_a_building(span: Span) -> bool:
    """Whether a place names the town a building stands in after its "of", whatever the model
    made of it: "at the Palace of Versailles", "at the Royal Palace of Caserta" (Caserta tagged as
    a person)."""
    doc = span.doc
    return (
        span.start > 1
        and doc[span.start - 1].lower_ == "of"
        and places.fold(doc[span.start - 2].text) in places.BUILDING_OF
    )


def _city_taken_for_a_person(ent: Span) -> bool:
    """A one-word city the model tags as a person, where a place goes: "visited Abuja", "talks
    in Dakar" (a capital or a city of 100,000 people), "a summit planned for Fontainebleau" (any
    town: after a verb of planning, "for" takes a day or a place, and the parser's person is the
    town); never an official's name ("met Kagame") nor a word of a person's full name the article
    gives ("Santiago Peña ... Santiago")."""
    if ent.label_ != "PERSON" or len(ent) != 1:
        return False
    root = ent.root
    # "a summit planned for Fontainebleau": where a plan puts a meeting (see is_venue)
    planned_for = (
        root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.lemma_.lower() in PLANNED_FOR
    )
    if not (places.is_city_alone(ent.text) or (planned_for and places.is_place_name(ent.text))):
        return False
    if gazetteer.lookup(ent.text) is not None or gazetteer.by_surname(ent.text):
        return False
    visited = root.dep_ == "dobj" and root.head.lemma_.lower() in {"visit", "tour"}
    # "is due to leave Ouagadougou for N'Djamena": where a departure goes
    left_for = (
        root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.lemma_.lower() in LEAVING_VERBS
    )
    if not (
        visited or left_for or planned_for or (root.dep_ == "pobj" and root.head.lower_ in {"in", "to", "at"})
    ):
        return False
    return not _of_a_full_name(ent)


def _of_a_full_name(ent: Span) -> bool:
    """Whether a word is one of a person's full name the article gives ("Santiago" of "Santiago
    Peña")."""
    return any(
        e.label_ == "PERSON" and len(e) > 1 and ent.text in {t.text for t in e}
        for e in doc_entities(ent.doc)[1]
    )


def _a_city_bearing_a_name(ent: Span) -> Place | None:
    """A city whose name is also a person's, tagged by the model as a person, where it is the
    place of an act ("signed a treaty in Nancy") and the article names the city's country ("French
    President Emmanuel Macron"); never a person the article names in full or an official."""
    if ent.label_ != "PERSON" or len(ent) != 1 or (city := places.city_bearing_a_name(ent.text)) is None:
        return None
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ != "in" or root.head.head.pos_ not in {"VERB", "AUX"}:
        return None
    if gazetteer.lookup(ent.text) is not None or gazetteer.by_surname(ent.text):
        return None
    if _of_a_full_name(ent):
        return None
    return city if city.country in _article_countries(ent.doc) else None


def _capitals_named(sentence: Span) -> list[Span]:
    """A capital named by its country: "in the Venezuelan capital", "in Nigeria's capital", "in
    the capital of Kenya" (the span's root is "capital", so it is a venue as a city name is)."""
    found = []
    for token in span_tokens(sentence):
        if token.lower_ != "capital" or token.pos_ != "NOUN":
            continue
        before = [
            c for c in children_of(token) if c.dep_ in {"amod", "poss", "compound", "nmod"} and c.i < token.i
        ]
        after = [
            g for c in children_of(token) if c.lower_ == "of" for g in children_of(c) if g.dep_ == "pobj"
        ]
        for start, end in [(min(t.left_edge.i for t in before), token.i + 1)] if before else []:
            found.append(sentence.doc[start:end])
        for named in after[:1]:
            found.append(sentence.doc[token.i : named.right_edge.i + 1])
    return [s for s in found if places.capital_of(s.text) is not None]


def venue_in(
    sentence: Span,
    *,
    of_meeting: bool = False,
    held: Callable[[Token], bool] | None = None,
    trigger: Token | None = None,
) -> Place | None:
    """The first place a sentence names as a venue (not its dateline), optionally only one given
    to a meeting word ("Meeting in Riyadh"), and, with ``held``, to one that ``held`` says tells
    a meeting held, not one still to come ("invited him to visit Russia next year"); a city "at"
    or "in" which something happens counts even where the parse hangs it on a noun ("assumed the
    presidency at Samarkand"). With the ``trigger`` of the sentence's meeting, not the place of
    another meeting told as before or after it ("holds talks with A a day after talks with B in
    Brussels"), though that of the meeting itself ("pose before their talks in Beijing")."""
    for ent in place_spans(sentence):
        if is_dateline(ent) or told_since_or_before(ent) or _one_of_several_stops(ent) or next_stop(ent):
            continue  # "held talks, before flying on to Lome": not where they were held
        if stop_of_a_tour(ent.root):
            continue  # "the final leg of a tour that took him to the NATO summit in Vilnius": a stop before
        if trigger is not None and _of_a_meeting_at_another_time(ent, trigger):
            continue  # "holds talks with A a day after talks with B in Brussels": those talks' place
        if (verb := verb_above(ent.root)) is not None and _a_crowds_verb(verb):
            continue  # "Protesters rallied in Calgary as the leaders met": the protest's place
        if _asked_of_one_met(ent):
            continue  # "held talks with B, whom he invited to visit Lima": a trip B may make later
        if (
            ent.root.dep_ == "pobj"
            and ent.root.head.lower_ in {"in", "at"}
            and _whence_come(ent.root.head.head)
        ):
            continue  # "hosted B, who flew in from the summit in Oslo": where B was before
        place = places.resolve_place(ent.text)
        if place is None:
            continue
        head = ent.root.head
        city_at = place.city is not None and ent.root.dep_ == "pobj" and head.lower_ in {"in", "at"}
        if city_at and _where_it_was_taken(head.head):
            continue  # "a gesture that was widely noted in New Delhi": where the onlookers are
        if city_at and _a_gathering_spoken_of(head.head):
            continue  # "discussing preparations for the summit in The Hague": the topic's place
        if not (is_venue(ent) or (city_at and head.head.lemma_.lower() not in TITLE_NOUNS)):
            continue
        if of_meeting:
            above = list(ancestors_of(ent.root))
            words = [a for a in above[:3] if a.lemma_.lower() in MEETING_NOUNS]
            if not words and any(_of_a_gathering(a) for a in above[:3]):
                # "meetings on the margins of the Pacific Islands Forum in Honiara": the forum's city;
                # so too "on the margins of the CHOGM in Apia", "on the margins of the X (XY) in Honiara"
                words = [a for a in above[3:6] if a.lemma_.lower() in MEETING_NOUNS]
            if not words or (held is not None and not any(held(w) for w in words)):
                continue
        return place
    return None


def stop_of_a_tour(word: Token) -> bool:
    """Whether a word tells where a tour or trip took someone, in a relative clause on that trip
    ("the final leg of a five-day tour that took him from London to the NATO summit in Vilnius"):
    a stop the trip made, not the place or the gathering of the news told beside it."""
    for above in ancestors_of(word):
        if above.pos_ in {"VERB", "AUX"}:
            return (
                above.dep_ == "relcl"
                and above.lemma_.lower() in ROUTE_VERBS
                and above.head.lemma_.lower() in VISIT_WORDS
            )
    return False


# the verbs a trip's route is told with: "a tour that took him to Vilnius", "brought her to Accra"
ROUTE_VERBS = frozenset("take bring lead carry".split())


def only_asked_or_wished(token: Token) -> bool:
    """Whether a trip is only what someone was asked, or wishes, to make: "invited Trump to
    visit Moscow", "urged him to travel to Kyiv", "hopes to visit Beijing", "hoped to visit
    Finland" (the wish read through the lemmatizer's slips: "hoped" is no "hop")."""
    return token.dep_ == "xcomp" and lemma_of(token.head) in OBJECT_CONTROL | WISHES | WILLING


def _asked_of_one_met(ent: Span) -> bool:
    """Whether a place is where a relative clause on someone says he was asked, or wishes, to go:
    "talks with B, whom he invited to visit Lima", "met B, who urged him to travel to Canberra";
    a trip still to come, told of one met, and no place of the meeting."""
    verb = verb_above(ent.root)
    if verb is None or not only_asked_or_wished(verb):
        return False
    return verb.head.dep_ == "relcl" and verb.head.head.pos_ in {"PROPN", "NOUN", "PRON"}


def _of_a_meeting_at_another_time(ent: Span, trigger: Token) -> bool:
    """Whether a place is told in the words of a meeting other than the ``trigger``'s told as
    before or after it ("a day after tense talks with the EU's foreign policy chief in
    Brussels"), which is where that meeting was; not a gathering's ("ahead of the NATO summit in
    Vilnius"), whose city is often that of the talks told beside it too."""
    meeting = False
    for above in list(ancestors_of(ent.root))[:ANOTHER_TIME_REACH]:
        if above.pos_ in {"VERB", "AUX"} or above.i in {trigger.i, trigger.head.i}:
            return False
        if above.pos_ == "NOUN" and above.lemma_.lower() in TALKS_NOUNS:
            meeting = True
        elif before_or_after(above):
            return meeting
    return False


def _of_a_gathering(word: Token) -> bool:
    """A word a place may hang on that is a gathering's, not a meeting's: "summit", a gathering's
    name ("the CHOGM in Apia"), or its margins."""
    lemma = word.lemma_.lower()
    named = word.pos_ == "PROPN" and word.ent_type_ == "ORG"
    return lemma in GATHERING_NOUNS or lemma in SETTING_NOUNS or named


def toured_places(sentence: Span) -> list[Place]:
    """The places a sentence names as the stops of one trip, joined by "and" or commas, not its
    dateline: "in a one-day tour of Berlin, Paris and Brussels", "during a trip to Kampala and
    Kigali"; not two trips ("his second visit to Russia; he had travelled to Moscow in July")."""
    stops: list[Place] = []
    for ent in _stops(sentence):
        if (place := places.resolve_place(ent.text)) is not None and place not in stops:
            stops.append(place)
    return stops


def _stops(sentence: Span) -> list[Span]:
    """The place spans of the one trip a sentence tells several stops of, else none; found once
    per sentence and kept in ``doc.user_data``."""
    found: dict[tuple[int, int], list[Span]] = sentence.doc.user_data.setdefault(_STOPS, {})
    key = (sentence.start, sentence.end)
    if key not in found:
        found[key] = _found_stops(sentence)
    return found[key]


_STOPS = "dipgraph.stops"


def _found_stops(sentence: Span) -> list[Span]:
    trips: dict[int, list[Span]] = {}
    for ent in place_spans(sentence):
        if is_dateline(ent):
            continue
        token = ent.root
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head  # "Paris" and "Brussels" hang on "Berlin"
        head = token.head
        if token.dep_ == "pobj" and head.lower_ in {"of", "to"} and head.head.lemma_.lower() in VISIT_WORDS:
            trips.setdefault(token.i, []).append(ent)
    return next((found for found in trips.values() if len(found) >= 2), [])


def _one_of_several_stops(ent: Span) -> bool:
    """Whether a place is one stop of a trip the sentence names several of ("a trip to Kampala
    and Kigali"): no venue of the meetings told with the trip, each held at one of them."""
    return ent in _stops(ent.sent) and len(toured_places(ent.sent)) >= 2


def next_stop(ent: Span) -> bool:
    """Whether a place is where a trip goes on to after the stop the sentence tells ("made Seoul
    the first stop of a tour that takes him on to Tokyo", "travels onward to Manila", "heads to
    Montevideo next"): the next
    stop, no venue of what is told there; unless the going is for a meeting or one is told at
    the place ("flew on to Berlin for talks", "flew on to Berlin, where he met Scholz")."""
    to = ent.root.head
    if ent.root.dep_ != "pobj" or to.lower_ != "to" or to.i == 0:
        return False
    on = ent.doc[to.i - 1]
    going = to.head
    # "heads to Montevideo next", "flies next to Rome": the going's "next" says the same
    # (not "his next visit to Beijing", a visit to come)
    after = any(c.lower_ == "next" and c.dep_ != "amod" and c.i > to.i for c in children_of(going))
    if not after and (on.lower_ not in ONWARD or on.head.i != going.i):
        return False
    purpose = any(
        c.dep_ in {"xcomp", "advcl"} or (c.dep_ == "prep" and c.lower_ == "for") for c in children_of(going)
    )
    return not purpose and not any(c.dep_ == "relcl" for c in children_of(ent.root))


# the adverbs of a trip going on from one stop to the next: "on to", "onward to"
ONWARD = frozenset("on onward onwards".split())


def only_a_next_stop(sentence: Span, place: Place) -> bool:
    """Whether a sentence names a place only as where a trip goes on to (:func:`next_stop`)."""
    named = [e for e in place_spans(sentence) if places.resolve_place(e.text) == place]
    return bool(named) and all(next_stop(e) for e in named)


def in_clause(span: Span, clause: set[int]) -> bool:
    return span.root.i in clause


def clause_place(sentence: Span, clause: set[int]) -> Place | None:
    """The venue a clause names: its city (in the country it names, if it names one), else its
    country; else the place of the occasion it refers back to ("on the sidelines of the summit",
    see :func:`occasion_told_before`). The words of a plan that describes the clause's meeting
    word tell its place as they tell its day and occasion: "a summit set for Saturday in Arusha"
    (see :func:`described_as_set_for`)."""
    # "In Jakarta, Modi is scheduled to meet X"
    clause = clause | plan_of(sentence, clause) | described_as_set_for(sentence, clause)
    if (place := _named_place(sentence, clause)) is not None:
        return place
    told = occasion_told_before(sentence, clause)
    if told is not None:
        return told[1]
    return (
        _the_hosting_place(sentence, clause)
        or _the_capital_told_before(sentence, clause)
        or _the_city_told_before(sentence, clause)
        or _the_building_told_before(sentence, clause)
    )


def _the_capital_told_before(sentence: Span, clause: set[int]) -> Place | None:
    """The city "in the capital" means, bare, in a clause: the last country's capital named in its
    sentence before it or in the sentences of its paragraph before ("A is no stranger to Nairobi.
    He held talks with B in the capital in January": Nairobi; "began in Brasília, where he met
    Lula. Aides said the two men disagreed. In the capital he also met Vieira": Brasília, not
    the dateline's Buenos Aires), or the capital of the last country named there as where
    something happens ("A, who is on a state visit to Ghana, held talks with B in the capital":
    Accra), the dateline's only for want of one told; None where none is, or where "the capital"
    says whose ("the Kenyan capital", read by :func:`places.capital_of`)."""
    capital = next(
        (
            t
            for t in clause_tokens(sentence, clause)
            if t.lower_ == "capital"
            and t.dep_ == "pobj"
            and t.head.lower_ == "in"
            and [c.lower_ for c in children_of(t)] == ["the"]
        ),
        None,
    )
    if capital is None:
        return None
    doc = sentence.doc
    if capital.i + 1 < sentence.end and (named_after := _named_right_after(doc[capital.i + 1])) is not None:
        return named_after  # "in the capital Windhoek", the parser taking the name for another object
    before = paragraph_before(sentence)
    # a place the tagger names, or a name it left out ("Accra is a familiar stop for A")
    named = [
        e for e in doc_entities(doc)[1] if e.label_ == "GPE" and before <= e.start and e.end <= capital.i
    ]
    named += [doc[t.i : t.i + 1] for t in doc[before : capital.i] if t.pos_ == "PROPN" and not t.ent_type_]
    filed: Place | None = None  # the dateline's capital, for want of a place told
    for ent in sorted(named, key=lambda e: e.start, reverse=True):
        if a_stop_to_come(ent) or (place := places.resolve_place(ent.text)) is None:
            continue
        own = places.capital_of(f"the capital of {place.country}")
        if place.city is None and place.country is not None and is_venue(ent) and not is_dateline(ent):
            # "on a state visit to Ghana, held talks with B in the capital": Accra
            return own if own is not None and own.city is not None else None
        if place.city is None or own is None or own.city is None or not own.city.endswith(place.city):
            continue
        if not is_dateline(ent):
            return own  # "Delhi": New Delhi
        filed = filed or own  # "NAIROBI (Reuters) - ... in the capital", if no other place is told
    return filed


def _named_right_after(word: Token) -> Place | None:
    """The city a proper name right after "the capital" names ("in the capital Windhoek"), the
    name the model may tag as anything, a person even; None where the word names no city."""
    if word.pos_ != "PROPN":
        return None
    end = word.i + 1
    while end < len(word.doc) and word.doc[end].pos_ == "PROPN" and word.doc[end].text[:1].isupper():
        end += 1
    text = word.doc[word.i : end].text
    whole = [p for s, e, p in places.find_places(text) if (s, e) == (0, len(text)) and p.city is not None]
    return whole[0] if whole else None


PARAGRAPH_REACH = 3  # sentences of its paragraph before a sentence looked back at


def paragraph_before(sentence: Span) -> int:
    """Where the sentences of a sentence's paragraph before it begin, at most
    ``PARAGRAPH_REACH`` of them; for a sentence that opens its paragraph, the sentence before
    alone (a paragraph break may be no more than a line's end), never the paragraph before it."""
    doc = sentence.doc
    if sentence.start == 0:
        return 0
    start = sentence.start
    for _ in range(PARAGRAPH_REACH):
        if start == 0 or (_opens_a_paragraph(doc, start) and start != sentence.start):
            break  # the paragraph begins here
        start = doc[start - 1].sent.start
        if _opens_a_paragraph(doc, sentence.start):
            break  # the sentence opens its paragraph: only the sentence before
    return start


def _opens_a_paragraph(doc: Doc, start: int) -> bool:
    """Whether the sentence starting at token ``start`` opens a paragraph: a line break before it."""
    return start == 0 or "\n" in doc[start - 1].text or "\n" in doc[start - 1].whitespace_


# words that may stand before "city" in a description of a city told before: "the Swiss city",
# "the southern port city", "the coastal city"; a name of its own ("the city of Geneva") is read elsewhere
_CITY_NOUNS = frozenset({"city", "town"})


def _the_city_told_before(sentence: Span, clause: set[int]) -> Place | None:
    """The city "in the city" means where news describes rather than names it: the last city
    named before it in its sentence or in the sentence before, of the country its adjective
    names if it names one ("agreed in Geneva last month. A and B met in the Swiss city in May":
    Geneva; "talks in London after a round in Geneva. They met in the Swiss city": Geneva, not
    London); None where no such city is told, or where "of" names it ("the city of Aden")."""
    city = next(
        (
            t
            for t in clause_tokens(sentence, clause)
            if t.lower_ in _CITY_NOUNS
            and t.dep_ == "pobj"
            and t.head.lower_ in {"in", "at"}
            and any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(t))
            and not any(c.dep_ == "prep" for c in children_of(t))
        ),
        None,
    )
    if city is None:
        return None
    said = [c for c in children_of(city) if c.dep_ in {"amod", "compound"} and c.i < city.i]
    countries = {n for c in said if (n := places.country_named(c.text)) is not None}
    if len(countries) > 1:
        return None
    return _last_city_before(sentence, city.i, countries)


def _last_city_before(sentence: Span, end: int, countries: set[str]) -> Place | None:
    """The last city named before word ``end`` in its sentence or in the sentence before, of one
    of ``countries`` where any are given; no dateline, nor a capital told as its government."""
    doc = sentence.doc
    before = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    named = [e for e in doc_entities(doc)[1] if e.label_ == "GPE" and before <= e.start and e.end <= end]
    for ent in sorted(named, key=lambda e: e.start, reverse=True):
        if is_dateline(ent) or _a_capital_as_its_government(ent) or a_stop_to_come(ent):
            continue
        place = places.resolve_place(ent.text)
        if place is None or place.city is None:
            continue
        if not countries or place.country in countries:
            return place
    return None


# verbs that take a traveller on to a tour's next stop ("would go on to Tallinn", "will fly to Riga"),
# and the auxiliaries that tell the going as still to come, also as reported ("said he would go")
_GOING_ON = frozenset("go travel fly head continue proceed move".split())
_GOING_LATER = frozenset("will would shall 'll".split())


def a_stop_to_come(ent: Span) -> bool:
    """Whether a place is told as a stop a traveller is still to go on to: "adding that he would go
    on to Tallinn and Riga after Vilnius", "will then fly to Riga", "is scheduled to travel to
    Riga". It is not where the traveller is: "the city", "the capital" or "the Old Town" told
    after it are the stop being made. A stop made ("then flew to Riga") is where the traveller
    went, and stays a place told before."""
    word = ent.root
    while word.dep_ == "conj":  # "to Tallinn and Riga": each
        word = word.head
    if word.dep_ != "pobj" or word.head.lower_ != "to":
        return False
    verb = word.head.head
    if verb.lemma_.lower() not in _GOING_ON or verb.pos_ != "VERB":
        return False
    later = any(c.dep_ == "aux" and c.lower_ in _GOING_LATER for c in children_of(verb))
    return later or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in PLAN_VERBS)


def _the_building_told_before(sentence: Span, clause: set[int]) -> Place | None:
    """The town of a building a clause names by its common noun alone, "at the headquarters",
    "at the Ministry", where the article told a building of that noun before with its town: "the
    flag will be raised at NATO Headquarters in Brussels. Before the ceremony, A will meet B at
    the headquarters" (Brussels); "received A at the Ministry's offices in New Kingston. ... On
    Wednesday, she also received at the Ministry a courtesy call from B" (New Kingston). None for
    a building of a name or a town of its own, or one the article told nowhere before."""
    for noun in clause_tokens(sentence, clause):
        lemma = noun.lemma_.lower()
        if lemma not in BUILDING_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ != "at":
            continue
        if not told_with_the(noun) or any(c.dep_ != "det" for c in children_of(noun)):
            continue
        told = [place for at, place in _buildings_placed(sentence.doc).get(lemma, ()) if at < noun.i]
        if told:
            return told[-1]
    return None


_BUILDINGS_PLACED = "dipgraph.buildings_placed"


def _buildings_placed(doc: Doc) -> dict[str, list[tuple[int, Place]]]:
    """The buildings the article tells with their town, by the building's noun, in the order told:
    "at NATO Headquarters in Brussels", "at the Ministry's offices in New Kingston"; found once
    per doc."""
    if _BUILDINGS_PLACED not in doc.user_data:
        placed: dict[str, list[tuple[int, Place]]] = {}
        for word in doc_tokens(doc):
            if word.lemma_.lower() not in BUILDING_NOUNS:
                continue
            owner = word.head if word.dep_ == "poss" else word  # "the Ministry's offices in"
            towns = [
                g for c in children_of(owner) if c.lower_ == "in" for g in children_of(c) if g.dep_ == "pobj"
            ]
            for town in towns:
                ent = entity_at(town)
                place = (
                    places.resolve_place(ent.text)
                    if ent is not None and ent.label_ in {"GPE", "LOC"}
                    else None
                )
                if place is not None and place.city is not None:
                    placed.setdefault(word.lemma_.lower(), []).append((word.i, place))
                    break
        doc.user_data[_BUILDINGS_PLACED] = placed
    return cast(dict[str, list[tuple[int, Place]]], doc.user_data[_BUILDINGS_PLACED])


def _the_city_it_describes(ent: Span, place: Place) -> Place | None:
    """The city a territory or state describes when it stands before "city" or "town": "his first
    visit to the West Bank city", "a stop in the Texas city" tell of a city, the one named before
    it in that country (Ramallah, Houston), not of the territory; None where none is named (the
    territory's own place stays) or where the word is no such description."""
    root = ent.root
    if place.city is not None or root.dep_ != "compound" or root.head.i != ent.end:
        return None
    if root.head.lower_ not in _CITY_NOUNS or not any(c.lower_ == "the" for c in children_of(root.head)):
        return None
    if place.country is None:
        return None
    return _last_city_before(ent.sent, ent.start, {place.country})


# nouns of a side's relation to another, whose "of" names a government by its capital: "a close
# partner of Moscow", "an ally of Beijing", "a critic of Washington"
_RELATION_NOUNS = frozenset(
    "partner partners ally allies friend friends backer backers supporter supporters critic critics "
    "rival rivals adversary adversaries foe foes enemy enemies neighbour neighbours neighbor neighbors "
    "client clients patron patrons".split()
)
# the words after which a capital names its government, not a place: "a grain deal with Moscow",
# "ties between Delhi and Dhaka", "sanctions against Tehran"
_GOVERNMENT_PREPOSITIONS = frozenset("with between against toward towards".split())


def _a_capital_as_its_government(ent: Span) -> bool:
    """Whether a city is told as the government it seats rather than as a place: a side to
    someone ("a close partner of Moscow", "a deal with Moscow", "ties between Delhi and Dhaka"),
    or a doer ("Moscow responded", "Moscow's stance"); no city a later "the city" points back
    to. A city visited ("visited Moscow") stays a place."""
    root = ent.root
    while root.dep_ == "conj":  # "between Delhi and Dhaka": Dhaka as Delhi
        root = root.head
    if root.dep_ in {"nsubj", "nsubjpass", "poss"}:
        return True
    if root.dep_ != "pobj":
        return False
    head = root.head
    if head.lower_ == "of":
        return head.head.lower_ in _RELATION_NOUNS
    return head.lower_ in _GOVERNMENT_PREPOSITIONS


def place_on_the_noun(sentence: Span, noun: Token) -> Place | None:
    """The place a meeting noun names in a phrase of its own ("Thursday's meeting in Beijing
    between A and B", "last month's talks in Doha with ..."): that meeting's, even where the noun
    sits in a phrase of another time whose clause tells something else ("The visit comes days
    after Thursday's meeting in Beijing between A and B"), which :func:`clause_place` reads as
    the place of that other time. Not a visit's "in" ("a visit in May"), which leaves its place
    to the trip words."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in MEETING_NOT_VISIT_NOUNS:
        return None
    phrases = [c for c in children_of(noun) if c.dep_ == "prep" and c.lower_ in {"in", "at"}]
    if not phrases:
        return None
    return clause_place(sentence, {noun.i} | {t.i for p in phrases for t in subtree_of(p)})


# verbs by which a place is said to have someone as its guest: "Astana hosted the president"
HOSTING_VERBS = frozenset("host welcome receive".split())


def _the_hosting_place(sentence: Span, clause: set[int]) -> Place | None:
    """The place a clause's meeting is held in where it is told of a guest whom a place, as the
    subject, is said to host ("In May, Hanoi hosted President X, who held talks with Y"): the
    guest's talks there."""
    for host_verb in clause_tokens(sentence, clause):
        if (place := _the_place_hosting_it(sentence, host_verb)) is not None:
            return place
    verbs = [t for t in clause_tokens(sentence, clause) if t.dep_ == "relcl" and t.i in clause]
    for verb in verbs:
        guest, host_verb = verb.head, verb.head.head
        if guest.dep_ != "dobj" or host_verb.lemma_.lower() not in HOSTING_VERBS:
            continue
        subjects = [c for c in children_of(host_verb) if c.dep_ == "nsubj" and c.ent_type_ == "GPE"]
        for subject in subjects:
            ent = next((e for e in entities(sentence) if e.start <= subject.i < e.end), None)
            if ent is not None and (place := places.resolve_place(ent.text)) is not None:
                return place
    return None


def _the_place_hosting_it(sentence: Span, verb: Token) -> Place | None:
    """The place told as the host of a meeting noun, the subject of "host" (or of the verb whose
    "to host" it is) with the meeting its object or the clause describing it: "Washington will
    host talks between A and B", "a meeting between A and B that Astana had offered to host":
    where it is held. Not a guest hosted ("Hanoi hosted President X", read by the caller)."""
    if verb.lemma_.lower() != "host" or verb.pos_ != "VERB":
        return None
    above = verb.head if verb.dep_ == "xcomp" else verb
    hosted = [c for c in children_of(verb) if c.dep_ == "dobj"]
    if above.dep_ == "relcl":
        hosted.append(above.head)
    if not any(h.pos_ in {"NOUN", "PROPN"} and h.lemma_.lower() in MEETING_NOT_VISIT_NOUNS for h in hosted):
        return None
    for subject in children_of(above):  # "Sydney had been scheduled to host the Quad Leaders' Summit"
        if subject.dep_ not in {"nsubj", "nsubjpass"} or subject.ent_type_ != "GPE":
            continue
        ent = next((e for e in entities(sentence) if e.start <= subject.i < e.end), None)
        if ent is not None and (place := places.resolve_place(ent.text)) is not None:
            return place
    return None


def _named_place(sentence: Span, clause: set[int], *, told_when: bool = True) -> Place | None:
    """The venue a clause names; ``told_when``: else that of the time it is told at (see
    :func:`_when_there`), not looked for again from there."""
    city: Place | None = None
    city_name = ""
    named_for: Place | None = None
    country: Place | None = None
    country_name = ""
    city_end = -1
    for ent in place_spans(sentence):
        if not in_clause(ent, clause) or is_dateline(ent):
            continue
        if _before_leaving(ent):
            pass  # "will see Macut before leaving Belgrade": in Belgrade
        elif (
            not (is_venue(ent) or _placed_by_the_country_after_it(ent))
            or another_time(ent, clause)
            or told_since_or_before(ent, clause)
        ):
            continue  # "arrived in Vienna after a visit to Russia": the visit's place
        if _one_of_several_stops(ent) or _names_a_thing_placed_after(ent) or _a_part_of_a_city(ent):
            continue
        if _in_what_was_talked_about(ent):
            continue  # "the two talked about the NATO summit in The Hague": not where they talked
        if where_the_teller_is(ent):
            continue  # "was received in Beijing, the President's office in Colombo said": Beijing
        if next_stop(ent):
            continue  # "holds talks with B; heads to Montevideo next": where the trip goes after
        if denied_place(ent.root):
            continue  # "met him in Geneva, not in Vienna": Geneva
        if _asked_of_one_met(ent):
            continue  # "held talks with B, whom he invited to visit Lima": a trip B may make later
        place = places.resolve_place(ent.text) or _a_city_bearing_a_name(ent)
        if (told := venue_placed(sentence.doc, ent.text)) is not None:
            place = told  # "at Miraflores" where the article names "Miraflores Palace, Caracas"
        elif place is not None and place.city and (host := _dateline_town_of_a_namesake_hotel(ent, place)):
            place = host  # "at the Moscow Hotel" under "BELGRADE -": in Belgrade
        elif place is not None and place.city and places.by_another_name_only(ent.text):
            place = _named_in_its_country(ent, place)
        elif place is not None and place.city:
            place = _namesake_in_context(ent, place)
        else:
            place = (
                place
                or _formal_name_split(ent)
                or _town_named_with_its_country(ent)
                or _town_of_an_airport(ent)
                or _of_the_country_it_is_told_of(ent)
            )
        if place is None:
            continue
        place = _the_city_it_describes(ent, place) or place  # "a visit to the West Bank city"
        if place.city and (town := _located_near(ent)):
            place = Place(city=town, country=place.country)  # "in Mamallapuram, near Chennai"
        elif place.city and _a_site_near(ent):
            place = Place(city=None, country=place.country)  # "at the X Library near Los Angeles"
        if place.city and _named_for(ent, place):
            named_for = named_for or place
        elif place.city and city is None:
            city, city_name, city_end = place, ent.text, ent.end
        elif not place.city and country is None:
            country = place
            # a country written right after the city and a comma: "in Atlanta, Georgia"
            after_city = ent.start == city_end + 1 and sentence.doc[city_end].text == ","
            country_name = ent.text if after_city else ""
            if ent.label_ == "FAC" and not places.is_place_name(ent.text) and place.region is None:
                named_for = named_for or _dateline_in(sentence.doc, place)  # "at the Palace of Serbia"
                # (not a venue the table places, "at Filoli Estate": it is no building of the dateline city)
    if city is None and named_for is not None:
        city = _city_landed_in(
            sentence, clause
        )  # "arrived in Buenos Aires and was received at Ezeiza airport"
    city = city or named_for or _here(sentence, clause, country) or _there(sentence, clause, country)
    if city is None:
        city = _building_placed_before(sentence, clause)  # "at State House" after "State House, Nairobi"
    if city is None and unplaced_venue(sentence, clause, buildings=True):
        city = _venue_in_dateline_city(sentence, country)  # "on a visit to Mongolia, at the X complex"
    if city is not None:
        if country is not None and city.country != country.country and city_name and country_name:
            # "in Atlanta, Georgia": a state of the city's country that a country also bears
            paired = places.resolve_place(f"{city_name}, {country_name}")
            if paired is not None and paired.city is not None and paired.country == city.country:
                return city
        if country is not None and city.country != country.country:
            # a city of that name in the country the clause names: "In Costa Rica, Chaves
            # received Rubio in San José" is the Costa Rican San José, not the Californian
            hinted = places.resolve_place(city_name, country_hint=country.country) if city_name else None
            if hinted is not None and hinted.city and hinted.country == country.country:
                return hinted
            return Place(city=None, country=country.country, region=country.region)
        return city
    return country or (_when_there(sentence, clause) if told_when else None)


def _placed_by_the_country_after_it(ent: Span) -> bool:
    """Whether a town or a building the table places in a town is where something happens because
    its country, written right after it with "in", is: in "a summit of Kyiv's allies at the
    Ramstein Air Base in Germany", the parser hangs the base on "allies", and Germany is a venue
    only as the base's country; the base's town (Ramstein) is the place, not Germany alone. Not a
    building of another country's ("the Russian embassy in Germany") nor a town abroad."""
    doc = ent.doc
    if (
        ent.end + 1 >= len(doc)
        or doc[ent.end].lower_ != "in"
        or doc[ent.end].head.i not in range(ent.start, ent.end)
    ):
        return False
    after = next((e for e in place_spans(ent.sent) if e.start == ent.end + 1), None)
    if after is None or not is_venue(after):
        return False
    here, there = places.resolve_place(ent.text), places.resolve_place(after.text)
    return (
        here is not None
        and here.city is not None
        and there is not None
        and there.city is None
        and there.region is None
        and here.country == there.country
    )


def _city_landed_in(sentence: Span, clause: set[int]) -> Place | None:
    """The city a verb of arriving joined to the clause names ("arrived in Lima on Monday and was
    received at Jorge Chavez airport by B"): an airport named for a town or a person lies outside
    the city one flies to, which is where the visit is."""
    roots = [t for t in span_tokens(sentence) if t.i in clause and (t.head.i not in clause or t.head == t)]
    verbs = [v for r in roots for v in (r, *r.conjuncts) if v.lemma_.lower() in {"arrive", "land"}]
    for verb in verbs:
        for prep in (c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in {"in", "at"}):
            for word in (c for c in children_of(prep) if c.dep_ == "pobj" and c.ent_type_ == "GPE"):
                ent = entity_at(word)
                place = places.resolve_place(ent.text) if ent is not None else None
                if place is not None and place.city:
                    return place
    return None


# the houses a chain or an owner names for a town that need not be theirs: "the Shangri-La Hotel"
# in Singapore, "the Moskva hotel" in Belgrade, "the Savoy" in Moscow
NAMESAKE_HOUSES = frozenset("hotel hotels resort inn restaurant club".split())


def _dateline_town_of_a_namesake_hotel(ent: Span, place: Place) -> Place | None:
    """The dateline's city, where a town of another country is only the name of a hotel or a
    restaurant there ("met at the Shangri-La Hotel" under "SINGAPORE -", "dined at the Moscow
    Hotel" under "BELGRADE -"): a house named for a far town stands where the news is told from.
    None under a dateline of the town's own country ("the Beijing Hotel" under "BEIJING -") and
    in an article with no dateline."""
    root = ent.root
    if root.lower_ in NAMESAKE_HOUSES:  # the model's building: "the Moscow Hotel"
        named = any(t.pos_ == "PROPN" and t.i < root.i for t in ent)
    else:  # the town alone, before its house: "the Shangri-La hotel"
        named = root.dep_ == "compound" and root.head.i >= ent.end and root.head.lower_ in NAMESAKE_HOUSES
    if not named:
        return None
    dateline = article_dateline(ent.doc)
    if dateline is None or dateline.city is None or dateline.country == place.country:
        return None
    return dateline


def _building_placed_before(sentence: Span, clause: set[int]) -> Place | None:
    """The town of a building a clause names with no town, where the article names it with one
    ("held talks at State House" in an article that writes "State House, Nairobi")."""
    for token in _unplaced_venues(sentence, clause, buildings=True):
        name = " ".join(t.text for t in subtree_of(token) if t.pos_ == "PROPN")
        if (told := venue_placed(sentence.doc, name)) is not None:
            return told
    return None


def _namesake_in_context(ent: Span, place: Place) -> Place:
    """A city whose name namesakes in several countries share is the one in the country its
    context names, its sentence or the article's dateline ("Retiro" under a Buenos Aires dateline
    is the Argentine town, not the Spanish one), else the capital of the country of someone its
    sentence names ("In San José, Rubio held talks with Costa Rican President Chaves", see
    :func:`_capital_of_one_met`), else the town the text writes with its country
    ("Queenstown, New Zealand": a name towns share may be one more country's), else in the one
    namesake's country the article names elsewhere if that namesake is a city a reader knows by
    name, even where a bigger namesake's country goes unnamed ("Spain" told before "in Cordoba":
    not Argentina's; but "Geneva" in an article on the United States stays Swiss, and so it does
    beside "US President Biden" or under a US dateline: a town of the sentence's or dateline's
    country wins over a city a reader knows only where it is one too); a capital
    stays itself, and so does a venue or a city-state, which no town shares. A small town of a
    country the article never names, with no namesake in its context, is no town of the article:
    a town the text places in a country is kept there ("the Portuguese fishing town of Nazaré",
    not Brazil's), else its sentence's or dateline's one country is kept, without the town
    ("Goa" read as a Philippine town in an article on India)."""
    namesakes = places.namesake_countries(ent.text)
    if not namesakes or places.is_capital_name(ent.text):
        return place
    near = _sentence_countries(ent) | _dateline_country(ent.doc)
    if place.country in near:
        return place
    for country in sorted(near & namesakes):
        if places.is_big_city(ent.text, country=place.country) and not places.is_big_city(
            ent.text, country=country
        ):
            continue  # "in Geneva" beside "US President Biden": the Swiss city, not a US town
        hinted = places.resolve_place(ent.text, country_hint=country)
        if hinted is not None and hinted.country == country:
            return hinted
    if (capital := _capital_of_one_met(ent, namesakes)) is not None:
        return capital  # "In San José, Rubio held talks with Costa Rican President Chaves"
    told = _town_named_with_its_country(ent)
    if told is not None and len(namesakes) > 1:
        return told  # "in Queenstown, New Zealand": a name towns share, so one more country's town
    article = _article_countries(ent.doc)
    if place.country in article:
        return place
    if len(namesakes) == 1 and place.country in _officials_countries(ent.doc):
        return place  # "the two men first met in Diamniadio" in an article on Senegal's president
    if len(elsewhere := article & namesakes) == 1 and places.is_big_city(
        ent.text, country=(other := next(iter(elsewhere)))
    ):
        hinted = places.resolve_place(ent.text, country_hint=other)  # "Spain" told before "in Cordoba"
        if hinted is not None and hinted.country == other:
            return hinted
    if places.is_big_city(ent.text):
        return place
    if told is not None:
        return told
    return Place(country=next(iter(near))) if len(near) == 1 else place


def _capital_of_one_met(ent: Span, namesakes: frozenset[str]) -> Place | None:
    """The namesake that is the capital of the country of someone its sentence names, by the
    country or demonym before their name or office ("In San José, Rubio held talks with Costa
    Rican President Chaves", "Seychelles President Ramkalawan hosted Modi in Victoria") or as the
    gazetteer knows them: a leader is met in their own capital, not in a bigger town of
    that name abroad (San Jose, California). None where the name is no such country's capital
    ("in Geneva" beside "US President Biden" stays Swiss), or several such countries are named."""
    sentence = ent.sent
    named = [
        *entities(sentence),
        *place_spans(sentence),
        *(sentence[i : i + 1] for i in range(len(sentence))),
    ]
    countries = {
        country
        for other in named
        if other.root.dep_ in {"amod", "compound", "nmod"}
        and _of_a_person(other.root.head)
        and (country := places.country_named(other.text))
    }
    words = [t.text for t in sentence]
    countries |= {
        entry.country
        for start, end in gazetteer.find_names(words)
        if (entry := gazetteer.lookup(" ".join(words[start:end]))) is not None and entry.country
    }
    capitals = [
        capital
        for country in sorted(countries & namesakes)
        if (capital := places.capital_of(f"the capital of {country}")) is not None
        and capital.city is not None
        and places.fold(capital.city) == places.fold(ent.text.strip())
    ]
    return capitals[0] if len(capitals) == 1 else None


def _of_a_person(word: Token) -> bool:
    """Whether a word is a person's name or title, which a country or demonym before it tells the
    nationality of ("Seychelles President Ramkalawan", "Costa Rican President Chaves")."""
    return word.ent_type_ == "PERSON" or word.lower_ in NATIONALS or title_word(word)


def _sentence_countries(ent: Span) -> set[str]:
    """The countries a place's sentence names outside it: by name, by demonym or by a city that
    no namesake shares; not by a demonym that tells a person's nationality."""
    countries = set()
    for other in entities(ent.sent):
        if (other.start < ent.end and ent.start < other.end) or _a_persons_nationality(other):
            continue
        countries |= _countries_of(other)
    return countries


# people a demonym may describe beside the titles: "a Syrian leader", "Chinese officials"
NATIONALS = frozenset("leader leaders official officials diplomat diplomats".split())


def _a_persons_nationality(span: Span) -> bool:
    """Whether a demonym tells the nationality of a person, not where things happen: "the last
    American president", "a Syrian leader", "Kenyan President Ruto" (no sign of the country of
    a city named beside it: "talks in Geneva" stays Swiss)."""
    if span.label_ != "NORP" or span.root.dep_ not in {"amod", "compound"}:
        return False
    head = span.root.head
    return head.ent_type_ == "PERSON" or head.lower_ in NATIONALS or title_word(head)


def _dateline_country(doc: Doc) -> set[str]:
    dateline = article_dateline(doc)
    return {dateline.country} if dateline is not None and dateline.country else set()


_ARTICLE_COUNTRIES = "dipgraph.article_countries"


def _article_countries(doc: Doc) -> set[str]:
    """The countries the article names anywhere, as :func:`_sentence_countries` counts them;
    found once per doc."""
    if _ARTICLE_COUNTRIES not in doc.user_data:
        doc.user_data[_ARTICLE_COUNTRIES] = set().union(*(_countries_of(e) for e in doc_entities(doc)[1]))
    return set(cast(set[str], doc.user_data[_ARTICLE_COUNTRIES]))


_OFFICIALS_COUNTRIES = "dipgraph.officials_countries"


def _officials_countries(doc: Doc) -> set[str]:
    """The countries of the officials the article names in full, as the gazetteer knows them:
    a town that only one country has, in the country of a leader the article is about, is
    that country's town though the article never names the country; found once per doc."""
    if _OFFICIALS_COUNTRIES not in doc.user_data:
        words = [t.text for t in doc]
        entries = (gazetteer.lookup(" ".join(words[start:end])) for start, end in gazetteer.find_names(words))
        doc.user_data[_OFFICIALS_COUNTRIES] = {e.country for e in entries if e is not None}
    return set(cast(set[str], doc.user_data[_OFFICIALS_COUNTRIES]))


def _countries_of(ent: Span) -> set[str]:
    """The country a name tells for sure: a country's name ("Argentina"), a demonym ("Cuban"), a
    region ("Goa"), or a city that only one country has ("Buenos Aires"); none for "Retiro"."""
    if ent.label_ == "NORP":
        country = places.demonym_country(ent.text)
        return {country} if country else set()
    if ent.label_ not in {"GPE", "LOC"}:
        return set()
    place = places.resolve_place(ent.text)
    if place is None or place.country is None:
        return set()
    if place.city and (len(places.namesake_countries(ent.text)) > 1 or not places.is_big_city(ent.text)):
        return set()
    return {place.country}


# Nouns that name a town by its name after "of": "the seaside resort of Benaulim".
TOWN_NOUNS = frozenset("town city village resort port".split())


def _town_named_with_its_country(ent: Span) -> Place | None:
    """A town the text places in its country, which the table lacks or knows only elsewhere:
    "Benaulim, India", "Claymont, Delaware", "the resort of Benaulim in Goa" (a region of India),
    "the Portuguese fishing town of Nazaré"; the town is kept as the city, also where the model
    tags it as a person or body ("the Rwandan border town of Rubavu", see :func:`_called_a_town`)."""
    if (ent.label_ not in {"GPE", "LOC"} and not _called_a_town(ent)) or not ent.text[:1].isupper():
        return None
    root = ent.root
    told = [c for c in children_of(root) if c.dep_ == "appos"]
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in TOWN_NOUNS:
        noun = root.head.head
        told += [
            c for c in children_of(noun) if c.dep_ in {"amod", "compound", "poss", "nmod"} and c.i < noun.i
        ]
        # the country's adjective hung on the noun before it: "the Argentine mountain town of"
        told += [
            g for c in told if c.dep_ == "compound" for g in children_of(c) if g.dep_ in {"amod", "compound"}
        ]
        told += [g for c in children_of(noun) if c.lower_ == "in" for g in children_of(c) if g.dep_ == "pobj"]
    told += [g for c in children_of(root) if c.lower_ == "in" for g in children_of(c) if g.dep_ == "pobj"]
    # "in Claymont, Delaware": its state or country after a comma, which the parser may join to
    # the town as a second item of a list
    told += [
        c
        for c in children_of(root)
        if c.dep_ == "conj" and c.i == ent.end + 1 and ent.doc[ent.end].text == ","
    ]
    for word in told:
        country = places.demonym_country(word.text) or _country_of_a_place(word)
        if country:
            return Place(city=ent.text.strip(), country=country)
    return None


def _called_a_town(ent: Span) -> bool:
    """A name the text calls a town right after "town of" ("the Rwandan border town of Rubavu",
    "the Indian town of Mamallapuram"), a place whatever the model tagged it, unless the
    gazetteer knows it as a person's name."""
    root = ent.root
    of = root.head
    return (
        root.dep_ == "pobj"
        and of.lower_ == "of"
        and ent.start == of.i + 1
        and of.head.lemma_.lower() in TOWN_NOUNS
        and ent.text[:1].isupper()
        and gazetteer.lookup(ent.text) is None
    )


# the nouns of a state's formal name: "the Federative Republic of Brazil", "the Kingdom of Tonga"
STATE_NOUNS = frozenset("republic kingdom state federation commonwealth principality sultanate".split())


def _formal_name_split(ent: Span) -> Place | None:
    """The country of a formal name the tagger split in two: "the Federative Republic" and
    "Brazil" of "in the Federative Republic of Brazil"."""
    doc = ent.doc
    if ent[-1].lower_ not in STATE_NOUNS or ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "of":
        return None
    after = entity_at(doc[ent.end + 1])
    if after is None or after.start != ent.end + 1 or after.label_ != "GPE":
        return None
    return places.resolve_place(f"{ent.text} of {after.text}")


def _town_of_an_airport(ent: Span) -> Place | None:
    """An airport named by one word the tables know as no place nor person, told to be in a
    country: "the Argyle International Airport in Saint Vincent and the Grenadines" is at the town
    of Argyle (a city the clause names beats it, as for any airport named for a town)."""
    words = [t for t in ent if t.lower_ not in {"the", "international"}]
    if ent.label_ != "FAC" or len(words) != 2 or words[1].lower_ != "airport" or not words[0].is_title:
        return None
    town = words[0].text
    if (
        places.resolve_place(town) is not None
        or gazetteer.lookup(town) is not None
        or gazetteer.by_surname(town)
    ):
        return None
    for word in (c for c in children_of(ent.root) if c.lower_ == "in"):
        for told in place_spans(ent.sent):
            place = places.resolve_place(told.text) if told.start == word.i + 1 else None
            if place is not None and place.city is None and place.region is None:
                return Place(city=town, country=place.country)
    return None


def _of_the_country_it_is_told_of(ent: Span) -> Place | None:
    """A part of a country no table places, named with the country's possessive: "travelled to
    Russia's Far East", "in China's northwest" are in that country."""
    for owner in (c for c in children_of(ent.root) if c.dep_ == "poss" and c.i < ent.start):
        if country := places.country_name(owner.text):
            return Place(country=country)
    return None


def _country_of_a_place(word: Token) -> str | None:
    """The country a word's name tells, when it names a country or a region, not a city."""
    name = " ".join(t.text for t in subtree_of(word) if t.pos_ == "PROPN") or word.text
    place = places.resolve_place(name)
    return place.country if place is not None and place.city is None else None


def _names_a_thing_placed_after(ent: Span) -> bool:
    """Whether a place is only a word of the name of a thing told after it to be in a city: "the
    Mazargues war cemetery in Marseille" is in Marseille (Mazargues is its quarter); "his Sochi
    residence" stays in Sochi, and so does "the Rzeszow airport in Poland"."""
    root = ent.root
    named = root.head
    if root.dep_ != "compound" or named.i < ent.end or named.pos_ not in {"NOUN", "PROPN"}:
        return False
    cities = [
        e
        for e in place_spans(ent.sent)
        if e.root.dep_ == "pobj" and e.root.head.lower_ == "in" and e.root.head.head == named
    ]
    return any((place := places.resolve_place(e.text)) is not None and place.city for e in cities)


def _a_part_of_a_city(ent: Span) -> bool:
    """A place named as a part of a city named after it ("in the Palermo district of Buenos
    Aires", "the Gulshan neighbourhood of Dhaka"): the venue is the city, read from its own name."""
    part = ent.root.head
    if ent.root.dep_ not in {"compound", "amod", "nmod"} or part.lower_ not in CITY_PARTS or part.i < ent.end:
        return False
    return any(
        e.root.dep_ == "pobj"
        and e.root.head.lower_ == "of"
        and e.root.head.head == part
        and (city := places.resolve_place(e.text)) is not None
        and city.city is not None
        for e in place_spans(ent.sent)
    )


LOCATING_PREPOSITIONS = frozenset({"near", "outside"})  # "X near Y", "X outside Y": Y only locates X


# the institutions a name ends with, a site that stands in or near a town and is none itself
INSTITUTION_NOUNS = frozenset(
    "library museum university institute institution college academy school memorial monument cathedral "
    "church temple mosque shrine monastery gallery theatre theater park garden gardens zoo embassy consulate "
    "club ranch farm campus pavilion auditorium observatory cemetery hospital".split()
)


def _a_site_near(ent: Span) -> bool:
    """Whether a city after "near" or "outside" only locates an institution named right before it
    ("at the Truman Presidential Library near Kansas City", "at a university outside Lyon"): the
    site stands out of the city, which is then no venue; the meeting is in the city's country."""
    site = _named_before_the_locating_word(ent)
    return site is not None and site.lemma_.lower() in INSTITUTION_NOUNS


def _named_before_the_locating_word(ent: Span) -> Token | None:
    """The word that a city after "near" or "outside" locates, written right before that word (a
    comma between): the venue of "at Zavidovo near Moscow", "in Mamallapuram, near Chennai"."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ not in LOCATING_PREPOSITIONS:
        return None
    before = root.head.i - 1
    if before >= 0 and ent.doc[before].text == ",":
        before -= 1
    site = ent.doc[before] if before >= 0 else None
    if site is None or site.dep_ != "pobj" or site.head.lower_ not in {"in", "at"}:
        return None
    return site


def _located_near(ent: Span) -> str | None:
    """The town a city after "near" or "outside" only locates, named right before it as where
    something happens and placed by no table: "a summit in Mamallapuram, near Chennai", "met at
    Zavidovo near Moscow", "at a castle in Meseberg outside Berlin"; the meeting is in that town, in
    the city's country."""
    town = _named_before_the_locating_word(ent)
    if town is None or town.pos_ != "PROPN":
        return None
    if town.ent_type_ in {"PERSON", "DATE", "TIME", "NORP"} or _a_building(town):
        return None  # "at State House near Kampala": a building of the city, not a town
    if town.lemma_.lower() in INSTITUTION_NOUNS:
        return None  # "at the Truman Presidential Library near Kansas City": a site, not a town
    name = " ".join(t.text for t in subtree_of(town) if t.pos_ == "PROPN" and t.i <= town.i)
    if places.resolve_place(name) is not None or occasions.find_occasion(name) is not None:
        return None  # a town the table knows is named as itself
    return name


def _dateline_in(doc: Doc, country: Place) -> Place | None:
    """The city of the article's dateline, if it is in ``country``: where a building named for
    its country stands ("at the Palace of Serbia", under "BELGRADE, May 8 (Tanjug) -")."""
    city = article_dateline(doc)
    return city if city is not None and city.country == country.country else None


def _venue_in_dateline_city(sentence: Span, country: Place | None) -> Place | None:
    """The city of the article's dateline, for a venue no table places ("received the Pope, who
    is on a visit to Mongolia, at the Ikh Tenger complex", under "ULAANBAATAR, Sept 2 -"): where
    the sentence names that city's country (a place, "the Holy See", a people: "Mongolian", or
    one of its own office holders, as a palace's host is named with no country beside him: "the
    Amir Sheikh Tamim received ... at the Amiri Diwan", under "Doha, Feb 3 (QNA) -") and the
    clause names no other."""
    city = article_dateline(sentence.doc)
    if city is None or (country is not None and country.country != city.country):
        return None
    opening = dateline_end(sentence)
    text = doc_text(sentence.doc)[opening : sentence.end_char]
    told = [p for _, _, p in places.find_places(text)]
    if any(p.city is not None and p.country != city.country for p in told):
        return None  # "took Prabowo to Paris, where he ... held talks with Barnier at Matignon"
    if _visiting_elsewhere(text, city):
        return None  # "PYONGYANG (KCNA) -- A, who is on a visit to Russia, had talks with B at the X"
    named = {p.country for p in told if p.city is None and p.region is None}
    named |= {
        found
        for t in span_tokens(sentence)
        if t.idx >= opening and t.text[:1].isupper() and (found := places.demonym_country(t.text)) is not None
    }
    named |= {
        official.country
        for e in entities(sentence)
        if e.label_ == "PERSON"
        and e.start_char >= opening
        and (official := gazetteer.lookup(e.text)) is not None
    }
    return city if city.country in named else None


# the words that tell a place as where someone is staying or visiting: "on a visit to", "on a tour
# of", "visiting", "who is in"
_VISITING = re.compile(
    r"\b(?:(?:visit|trip|tour|stay)\s+(?:to|of|in)|visiting|(?:is|was|are|were)\s+(?:now\s+)?in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _visiting_elsewhere(text: str, city: Place) -> bool:
    """Whether a text tells someone as visiting, or being in, a country other than the dateline
    city's: the agency files from home ("PYONGYANG (KCNA) -- A, who is on an official visit to
    Russia, had talks with B at the X cosmodrome"), and an unplaced venue is where the visitor is."""
    return any(
        place.country is not None
        and place.country != city.country
        and _VISITING.search(text[max(0, start - 40) : start])
        for start, _, place in places.find_places(text)
    )


def _when_there(sentence: Span, clause: set[int]) -> Place | None:
    """The venue of a "when" clause hung on the clause's date: "had met in April, when the
    Angolan leader was in Brasília"; for a clause that is itself told "when" something else
    happened, the venue of that ("The two last met in April in Beijing, when Blinken also held
    talks with Xi")."""
    when = _when_told(sentence, clause)
    if not when or _a_crowds_doing(sentence, when):
        return None
    return _named_place(sentence, when, told_when=False)


# what crowds do near a gathering, and the crowds who do it: "Protesters rally in X as the
# leaders meet", "Thousands marched in X while the ministers held talks": where they gather is no
# venue of the talks (protests keep their distance from a summit, often in the nearest city)
CROWD_VERBS = frozenset("protest rally march demonstrate picket riot".split())
CROWD_NOUNS = frozenset(
    "protester protesters demonstrator demonstrators activist activists crowd crowds thousands "
    "hundreds supporters opponents marchers".split()
)


def _a_crowds_doing(sentence: Span, words: set[int]) -> bool:
    """Whether the event a clause is told at the time of is a crowd's protest: a verb of protest
    ("rallied", "marched"), or one whose subject is a crowd ("protesters gathered")."""
    return any(_a_crowds_verb(t) for t in clause_roots(sentence, words) if t.pos_ in {"VERB", "AUX"})


def _a_crowds_verb(verb: Token) -> bool:
    """Whether a verb tells a protest or what a crowd does: "rallied", "marched", "protesters
    gathered", "hundreds of demonstrators gathered"."""
    return verb.lemma_.lower() in CROWD_VERBS or any(
        c.dep_ == "nsubj" and c.lower_ in CROWD_NOUNS for c in children_of(verb)
    )


def _when_told(sentence: Span, clause: set[int]) -> set[int]:
    """The words of the time a clause is told at: a "when" clause hung on the clause's date ("had
    met in April, when the Angolan leader was in Brasília"), else the event a clause itself told
    "when" is at the time of (:func:`when_of`)."""
    for token in clause_tokens(sentence, clause):
        if token.ent_type_ != "DATE" or another_time(sentence.doc[token.i : token.i + 1], clause):
            continue  # not "his first talks since February, when he met Macron in Paris"
        for told in children_of(token):
            if told.dep_ == "relcl" and any(c.lower_ == "when" for c in children_of(told)):
                return clause_of(told)
    return when_of(sentence, clause)


def when_of(sentence: Span, clause: set[int]) -> set[int]:
    """The words of the event a clause opened by "when" (or "as", "while", "during which") is
    told at the time of: "met in April in Beijing" in "The two last met in April in Beijing, when
    Blinken also held talks with Xi", "follows his trip to Canberra in August, when he held talks
    with Albanese", "on Tuesday signed an agreement, as Ruto and Museveni met for the Joint
    Commission", "accompanied Putin on his visit to Pyongyang on June 19, during which Putin and
    Kim signed" (the parse hanging the clause on the verb, not on the visit); where the parse
    hangs a "when" clause on a verb after it, the date set off by the comma before it ("Raisi's
    visit in April, when Raisi held talks with Sharif ... and the sides signed": April). A clause
    joined by "and" to one so opened is told at the same time ("in June, when he held talks with
    A and was also received by B")."""
    for root in clause_roots(sentence, clause):
        while root.dep_ == "xcomp" and root.head.i != root.i:
            root = root.head  # "when he is expected to meet Xi", "when the two are to hold talks"
        if agreed_then(root):
            continue
        opener = _time_opener(root)
        while opener is None and root.dep_ == "conj" and root.head.pos_ in {"VERB", "AUX"}:
            root = root.head  # "when he held talks with A and was also received by B"
            opener = _time_opener(root)
        if root.dep_ not in {"advcl", "relcl"} or opener is None:
            continue
        if opener.lower_ == "when" and (since := _time_since_on(root)):
            return since  # "his first trip to China since 2018, when he travelled to Beijing": 2018
        if earlier := _earlier_event_before(sentence, opener, root):
            return earlier
        # "met in March in Kampala, when ...": the parse may hang it on the place, or on the last word
        # of a long name ("to take part in the celebrations of the 80th anniversary of Victory in the
        # Great Patriotic War, when ..."); "met Lula on Monday, two weeks after his tour of the Gulf,
        # during which he met MBS": the tour's time, not Monday's
        head, event = _up_to_a_verb(root.head)
        if event is not None:
            return {t.i for t in subtree_of(event)} - {t.i for t in subtree_of(root)}
        if head.pos_ in {"VERB", "AUX"} and head.i < root.i and sentence.start <= head.i < sentence.end:
            return _the_act_of(head) - clause
        if opener.lower_ == "when":
            return _date_set_off_before(sentence, opener)
    return set()


def _time_since_on(root: Token) -> set[int]:
    """The words of the time after "since" told on the noun a "when" clause hangs on, where the
    parser hung the clause on the noun, not on the time: "his first trip to China since September
    2018, when he travelled to Beijing" (September 2018)."""
    return next(
        (
            {t.i for t in subtree_of(g)}
            for c in children_of(root.head)
            if c.dep_ == "prep" and c.lower_ == "since" and c.i < root.i
            for g in children_of(c)
            if g.dep_ == "pobj" and g.ent_type_ == "DATE"
        ),
        set(),
    )


def agreed_then(verb: Token) -> bool:
    """Whether a verb opening a relative clause is an agreeing whose infinitive a meeting is ("a
    call last month, in which they agreed to meet in April", "the summit, where the two decided
    to hold talks in Cairo"): what was agreed comes after the event the clause hangs on, whose
    time is the agreeing's, not the meeting's."""
    return (
        verb.dep_ == "relcl"
        and verb.lemma_.lower() in AGREEING
        and any(c.dep_ == "xcomp" for c in children_of(verb))
    )


def _time_opener(verb: Token) -> Token | None:
    """The word opening a clause told at the time of another: "when", "as", "while", "during
    which"."""
    return next(
        (
            c
            for c in children_of(verb)
            if c.i < verb.i
            and (
                (c.lower_ == "when" and c.dep_ == "advmod")
                or (c.lower_ in {"as", "while"} and c.dep_ == "mark")
                or opens_a_relative_of_time(c)
            )
        ),
        None,
    )


def _earlier_event_before(sentence: Span, opener: Token, root: Token) -> set[int]:
    """The words of an event told as what came before or after another, right before the comma
    opening a clause told at its time: "his tour of the Gulf" in "met Lula on Monday, two weeks
    after his tour of the Gulf, during which he held talks with MBS" (the parse hanging the clause
    on "met" or on "tour"), "Erdogan's visit to Cairo in February" in "comes after Erdogan's visit
    to Cairo in February, when he held talks with Sisi"."""
    comma = opener.i - 1
    if comma <= sentence.start or sentence.doc[comma].text != ",":
        return set()
    _, event = _up_to_a_verb(sentence.doc[comma - 1])
    return {t.i for t in subtree_of(event)} - {t.i for t in subtree_of(root)} if event is not None else set()


def _the_act_of(verb: Token) -> set[int]:
    """A verb's clause; for a clause that is only what someone said or proposed, not an event
    told as past, and tells no time of its own, the clause of the saying, which does: "Sanchez on
    Thursday proposed that the bloc should fund the coast guard, as he met Sisi" (the parse
    hanging "as he met" on "fund"): the time of "proposed"; not "said on Monday that the two
    agreed the deal when they met" (what was agreed came before the saying)."""
    own = clause_of(verb)
    said = verb.dep_ == "ccomp" and verb.head.pos_ in {"VERB", "AUX"} and verb.head.i < verb.i
    dated = any(verb.doc[i].ent_type_ in {"DATE", "TIME"} for i in own)
    if not dated and (finite := _finite_verb_above(verb)) is not None:
        return own | clause_of(finite)  # "signed a pact in January, allowing troops to train, when"
    if said and verb.tag_ not in PAST_TAGS and not dated:
        return own | clause_of(verb.head)
    return own


def _finite_verb_above(verb: Token) -> Token | None:
    """The verb told in a tense that a chain of infinitives and "-ing" participles hangs on, which
    tell no time of their own: "signed" of "to train" in "signed a pact in January, allowing their
    troops to train together" (the training allowed then); none for a verb told in a tense."""
    top = verb
    for _ in range(4):
        if not _non_finite(top) or top.dep_ not in {"xcomp", "ccomp", "advcl"} or top.head.i == top.i:
            return None
        top = top.head
        if top.pos_ not in {"VERB", "AUX"}:
            return None
        if not _non_finite(top):
            return top  # never the verb itself: the loop has climbed at least once
    return None


def _non_finite(verb: Token) -> bool:
    """Whether a verb is an infinitive with "to" or an "-ing" participle with no helper, which
    tells no tense."""
    helpers = [c for c in children_of(verb) if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ == "VBG":
        return not helpers
    return verb.tag_ == "VB" and [h.lower_ for h in helpers] == ["to"]


PAST_TAGS = frozenset({"VBD", "VBN"})


def _up_to_a_verb(token: Token) -> tuple[Token, Token | None]:
    """Climbing from ``token`` through at most eight heads, stopping at a verb or the root: where
    the climb stopped, and the event it met told as what came before or after another ("after his
    tour of the Gulf": "tour"), if it met one first."""
    for _ in range(8):
        if token.pos_ in {"VERB", "AUX"} or token.head.i == token.i:
            return token, None
        if token.dep_ == "pobj" and token.head.lower_ in AFTER_OR_BEFORE | SINCE:
            return token, token
        token = token.head
    return token, None


def _date_set_off_before(sentence: Span, opener: Token) -> set[int]:
    """The words of a date that ends right before the comma opening a "when" clause ("in April,
    when ..."), the time the clause refers back to."""
    comma = opener.i - 1
    if comma <= sentence.start or sentence.doc[comma].text != ",":
        return set()
    named = [e for e in entities(sentence) if e.label_ == "DATE" and e.end == comma]
    return set(range(named[0].start, named[0].end)) if named else set()


def _here(sentence: Span, clause: set[int], country: Place | None) -> Place | None:
    """The city of the article's dateline, where a clause says "here" or "in this city" of where it
    happens ("held a meeting at Perdana Putra here", under "PUTRAJAYA, Jan 10 (Bernama) --"),
    unless the clause names another country."""
    if not any(_says_here(t) for t in clause_tokens(sentence, clause)):
        return None
    city = article_dateline(sentence.doc)
    if city is None or (country is not None and country.country != city.country):
        return None
    return city


def _says_here(token: Token) -> bool:
    """ "here", or "in this city" ("held in this port city", "met in this capital")."""
    if token.lower_ == "here":
        return token.dep_ == "advmod"
    return (
        token.lower_ in HERE_NOUNS
        and token.dep_ == "pobj"
        and token.head.lower_ == "in"
        and any(d.dep_ == "det" and d.lower_ == "this" for d in children_of(token))
    )


def _there(sentence: Span, clause: set[int], country: Place | None) -> Place | None:
    """The city a clause's "there" points back to: the last one its own sentence names as a venue
    before it ("was signed in Beijing by A and B, who met there with C"), else the last one the
    sentence before names ("is set to fly to Singapore on Tuesday. There, he is scheduled to meet
    ...", "the conference, which opens in Rome tomorrow. He is scheduled to hold talks there"),
    unless the clause names another country. Not the "there" of "there is", nor a sentence that
    opens the article."""
    there = [t for t in clause_tokens(sentence, clause) if t.lower_ == "there" and t.dep_ == "advmod"]
    if not there:
        return None
    city = _last_city(
        e for e in place_spans(sentence) if e.end <= there[0].i and not in_clause(e, clause) and is_venue(e)
    )
    if city is None and sentence.start > 0:
        city = _last_city(place_spans(sentence.doc[sentence.start - 1].sent))
    if city is None:
        before = [e for e in place_spans(sentence) if e.end <= there[0].i and not in_clause(e, clause)]
        if sentence.start > 0:
            before = list(place_spans(sentence.doc[sentence.start - 1].sent)) + before
        city = _last_destination(before)
    if city is None or (country is not None and country.country != city.country):
        return None
    return city


def _last_city(spans: Iterable[Span]) -> Place | None:
    """The city of the last of these places that names one, datelines left out."""
    city: Place | None = None
    for ent in spans:
        if is_dateline(ent):
            continue
        place = places.resolve_place(ent.text)
        if place is not None and place.city is not None:
            city = place
    return city


def _last_destination(spans: Iterable[Span]) -> Place | None:
    """The country a "there" points back to where no city is named before it: the last one told
    as where someone goes or is ("will travel to Egypt next week ... is expected to meet Kerry
    there"), not one named as whose a person is ("U.S. envoy")."""
    found: Place | None = None
    for ent in spans:
        if is_dateline(ent) or ent.root.dep_ != "pobj" or ent.root.head.lower_ not in {"to", "in"}:
            continue
        place = places.resolve_place(ent.text)
        if place is not None and place.country is not None:
            found = place
    return found


def told_since_or_before(ent: Span, clause: set[int] | None = None) -> bool:
    """A place in a clause of what came before the meeting or comes after it: "their first talks
    since Ruto visited Washington", "met Ruto before he flew to Addis Ababa", "held talks with
    Ammar, before flying on to Lome"; not for the meeting that clause itself tells ("since they
    last met in Bali": Bali is where they met), the clause being the ``clause`` asked about."""
    return any(
        a.pos_ in {"VERB", "AUX"}
        and (
            any(c.dep_ == "mark" and c.lower_ in {"since", "before"} for c in children_of(a))
            or (a.dep_ == "pcomp" and a.head.lower_ in {"since", "before"})
        )
        and not heads_clause(a, clause)
        for a in list(ancestors_of(first_of_its_list(ent.root)))[:3]
    ) or any(_some_time_after(a) and not heads_clause(a, clause) for a in list(ancestors_of(ent.root))[:3])


# the spans that set a clause of "after" days or more back: "weeks after", "a month after"
SPANS_BACK = frozenset("day week month year".split())
ARRIVING_AT = frozenset("arrive land reach".split())


def _some_time_after(verb: Token) -> bool:
    """Whether a verb tells what happened days or more before the clause it hangs on ("held talks
    with B, weeks after B had visited Cairo", "a year after visiting Lima"): the place of that
    other time, not of the meeting; not an arrival, where its people still are ("two days after
    landing in Kyiv, met Zelensky"), nor an "after" told without such a span."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() in ARRIVING_AT:
        return False
    if verb.dep_ == "pcomp" and verb.head.lower_ == "after":
        opener = verb.head
    elif any(c.dep_ == "mark" and c.lower_ == "after" for c in children_of(verb)):
        opener = verb
    else:
        return False
    return any(c.dep_ == "npadvmod" and c.lemma_.lower() in SPANS_BACK for c in children_of(opener))


def first_of_its_list(word: Token) -> Token:
    """The first of the places a list names, where a word is a later one ("before continuing to
    Peru, Bolivia and Ecuador": Peru for Ecuador): every one of them hangs where the first does."""
    while word.dep_ == "conj" and word.head.i != word.i and word.head.pos_ in {"PROPN", "NOUN"}:
        word = word.head
    return word


def _before_leaving(ent: Span) -> bool:
    """A place left right after what a clause tells, and so where it happens: "is due to see
    the Prime Minister before leaving Belgrade", "met Ruto before departing from Nairobi"."""
    head = ent.root.head
    if ent.root.dep_ == "pobj" and head.lower_ == "from":
        head = head.head
    if ent.root.dep_ not in {"dobj", "pobj"} or head.lemma_.lower() not in LEAVING_VERBS:
        return False
    return (head.dep_ == "pcomp" and head.head.lower_ == "before") or any(
        c.dep_ == "mark" and c.lower_ == "before" for c in children_of(head)
    )


LEAVING_VERBS = frozenset("leave depart".split())


def heads_clause(verb: Token, clause: set[int] | None) -> bool:
    """Whether a verb is the head of a clause: in it, and not under another word of it."""
    return clause is not None and verb.i in clause and (verb.head.i not in clause or verb.head == verb)


def _named_for(ent: Span, place: Place) -> bool:
    """Whether a place is a building or airport named for a town ("Marka International Airport"):
    a city said plainly in the same clause ("... in the Jordanian capital Amman") is where it is."""
    return ent.label_ == "FAC" and place.city is not None and not places.is_place_name(ent.text)


def _where_on(verb: Token) -> bool:
    """Whether "where" opens the clause of a verb, on it or on an adverb of time before it: "from
    Abuja, where earlier in the day he held talks"."""
    return any(
        c.lower_ == "where"
        or (c.dep_ == "advmod" and c.i < verb.i and any(g.lower_ == "where" for g in children_of(c)))
        for c in children_of(verb)
    )


def in_the_place_left(token: Token) -> bool:
    """Whether a word is told in a "where" clause on the place someone came from: "arrived in
    Lima on Friday from Bogota, where he began his tour on Wednesday", "returned from Geneva,
    where she held talks with B": what was done there, before the journey the sentence tells."""
    for verb in (a for a in (token, *ancestors_of(token)) if a.pos_ in {"VERB", "AUX"}):
        while verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ == "relcl" and _where_on(verb):
            place = verb.head.head if verb.head.dep_ == "appos" else verb.head  # "Dakar, the capital,"
            return place.dep_ == "pobj" and place.head.lower_ == "from"
    return False


def where_place(sentence: Span, verb: Token) -> Place | None:
    """The place a "where" clause refers back to: "in Jakarta, where both will meet", "for
    Budapest, where he is to hold talks", or, when
    the parse hangs the clause on a date ("after a meeting in Kenya's capital in March, where A
    sat down with B"), the last venue named before that date (Nairobi)."""
    path = [verb]
    while verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head  # "to Paris, where he was received by Macron ... and held talks with Barnier"
        path.append(verb)
    while _under_a_plan(verb):
        verb = verb.head  # "for Budapest, where he is to hold talks", "where he is due to meet"
        path.append(verb)
    # "where" may hang on the verb under "is to": "to Lisbon, where he is to be received by ..."
    if verb.dep_ == "advcl" and any(_where_on(t) for t in path):
        return _where_hung_on_the_verb(sentence, verb)
    if verb.dep_ != "relcl" or not any(_where_on(t) for t in path):
        return None
    antecedent = _the_place_described(sentence, verb.head)
    if _the_subject_of_a_gathering(antecedent):
        antecedent = antecedent.head.head  # "the summit on Palestine, where ...": the summit's place
    if antecedent.ent_type_ in {"GPE", "LOC", "FAC"}:
        # the place's whole name where the model split it ("from Port of Spain, where": not "Port")
        covering = [e for e in place_spans(sentence) if e.start <= antecedent.i < e.end]
        ent = max(covering, key=len, default=None) or next(
            (e for e in entities(sentence) if e.start <= antecedent.i < e.end), None
        )
        if ent is not None and places.is_world_region(ent.text):
            return _the_place_a_region_describes(ent)  # "from Djibouti, home to a base in Africa, where"
        if ent is None:
            return None
        if (inside := _the_place_inside(sentence, ent)) is not None:
            return inside  # "flew to Sandringham in Norfolk, where": not Norfolk, Virginia
        return _a_city_of_its_own(sentence, path, _city_told_before_its_country(ent, _with_its_city(ent)))
    named = next(
        (
            e
            for e in place_spans(sentence)
            if e.start <= antecedent.i < e.end or (e.end == antecedent.i and e.root.head == antecedent)
        ),
        None,
    )
    if named is not None:  # "flew on to Santiago, where ...", Santiago tagged as an organisation;
        return _with_its_city(named)  # "went to the Quirinale palace, where ..."
    # a plain noun of the clause naming no place ("in the forum in Geneva as guest of honour,
    # where he will meet ..."): the last place that clause names before it (Geneva)
    plain = antecedent.pos_ == "NOUN" and not antecedent.ent_type_
    # the name of a gathering that names no place ("travelled to Kabul for the round of the X
    # Dialogue, where A and B met"): where its clause went for it, as a plain noun's
    plain = plain or (antecedent.pos_ == "PROPN" and antecedent.ent_type_ in {"", "EVENT", "ORG"})
    if antecedent.lemma_.lower() in VISIT_WORDS and (gone := _place_a_trip_went_to(sentence, antecedent)):
        return gone  # "her first trip abroad, to Nairobi last month, where she met B": Nairobi
    if antecedent.ent_type_ in {"DATE", "TIME"} or antecedent.lemma_.lower() in MEETING_NOUNS:
        plain = False
    elif not plain:
        return None
    before = [
        e
        for e in place_spans(sentence)
        if e.end <= antecedent.i
        and not is_dateline(e)
        and is_venue(e)
        and (not plain or verb_above(e.root) == verb_above(antecedent))
    ]
    return _with_its_city(before[-1]) if before else None


def _the_place_a_region_describes(region: Span) -> Place | None:
    """The place a description set off after it by a comma ends with a region of the world, which
    a "where" after it points past ("flew in from Djibouti, home to the only US base in Africa,
    where he held talks with Guelleh": Djibouti, not Africa, which is no place one meets in); None
    where no place stands right before such a description (a verb or a comma between)."""
    sentence = region.sent
    for ent in reversed([e for e in place_spans(sentence) if e.end < region.start]):
        between = sentence.doc[ent.end + 1 : region.start]
        if sentence.doc[ent.end].text != ",":
            continue
        if any(t.text == "," or t.pos_ in {"VERB", "AUX"} for t in between):
            return None
        if places.is_world_region(ent.text) or is_dateline(ent):
            return None
        return _with_its_city(ent)
    return None


def _place_a_trip_went_to(sentence: Span, trip: Token) -> Place | None:
    """The place a trip noun says it went to: "his trip to Lima", "a visit to Ghana"."""
    for to in (c for c in children_of(trip) if c.dep_ == "prep" and c.lower_ == "to"):
        for gone in (g for g in children_of(to) if g.dep_ == "pobj"):
            named = next((e for e in place_spans(sentence) if e.start <= gone.i < e.end), None)
            if named is not None:
                return _with_its_city(named)
    return None


def _the_place_described(sentence: Span, antecedent: Token) -> Token:
    """The place a "where" clause refers back to past an apposition that only describes it: in
    "flew to Erbil, capital of the Kurdistan Region, where he was received by B" or "went on to
    Basra, the country's main port, where ...", the place described (Erbil, Basra), not the
    region or country the description names; the word itself where it is no such description."""
    described = antecedent
    if described.dep_ == "pobj" and described.head.lower_ == "of":
        described = described.head.head  # "capital" of "capital of the Kurdistan Region"
    if described.dep_ != "appos":
        return antecedent
    place = described.head
    if not any(e.start <= place.i < e.end for e in place_spans(sentence)):
        return antecedent  # "met B, head of the council of Kurdistan, where": no place described
    return place


def _where_hung_on_the_verb(sentence: Span, clause: Token) -> Place | None:
    """The place a "where" clause the parser hung on the verb before it refers back to: in "will be
    in Luanda next week, where he is expected to meet Lourenco", the last place that verb names
    as where something happens before "where" (Luanda)."""
    where = min((t.i for t in subtree_of(clause) if t.lower_ == "where"), default=None)
    if where is None:
        return None
    before = [
        e
        for e in place_spans(sentence)
        if e.end <= where and not is_dateline(e) and is_venue(e) and verb_above(e.root) == clause.head
    ]
    return _with_its_city(before[-1]) if before else None


def respective_place(person: Token) -> Place | None:
    """The place "respectively" pairs with a person met: "flew to Madrid and Lisbon, where he met
    Sanchez and Montenegro respectively" puts the talks with Montenegro in Lisbon, the second
    place for the second person; None unless the sentence lists as many places as people."""
    first = person
    while first.dep_ == "conj":
        first = first.head
    verb = first.head
    met = sorted([first, *first.conjuncts], key=lambda t: t.i)
    # "respectively" on the verb, or on the last one met ("met A, B and C, respectively")
    if first.dep_ != "dobj" or not any(
        c.lower_ == "respectively" for t in (verb, *met) for c in children_of(t)
    ):
        return None
    clause = verb
    while clause.dep_ in {"xcomp", "conj"} and clause.head.i != clause.i:
        clause = clause.head  # "where he is expected to meet A and B respectively"
    if clause.dep_ != "relcl" or not (_where_on(verb) or _where_on(clause)):
        return None
    antecedent = clause.head
    listed = sorted([antecedent, *antecedent.conjuncts], key=lambda t: t.i)
    if len(listed) != len(met) or len(met) < 2:
        return None
    spans = place_spans(person.sent)
    paired = listed[met.index(person)]
    named = next((e for e in spans if e.start <= paired.i < e.end), None)
    return _with_its_city(named) if named is not None else None


def _city_told_before_its_country(ent: Span, place: Place | None) -> Place | None:
    """A country a "where" points back to, whose city the sentence names before it as where one
    goes or is: "flies on to Hanoi for a state visit to Vietnam, where he will meet Lam" is in
    Hanoi; the country stays itself where no such city is told."""
    if place is None or place.city is not None or place.region is not None:
        return place
    for told in reversed([e for e in place_spans(ent.sent) if e.end <= ent.start]):
        city = places.resolve_place(told.text) if is_venue(told) and not is_dateline(told) else None
        if city is not None and city.city is not None and city.country == place.country:
            return city
    return place


def _the_place_inside(sentence: Span, ent: Span) -> Place | None:
    """The place a "where" points back to past the larger one it is told to lie in, where that
    larger one's name is a namesake abroad that the gazetteer knows instead: "flew to Sandringham
    in Norfolk, where he met the King" is in Sandringham, England, not in Norfolk, Virginia; a
    namesake of the smaller one in the larger one's country is that one ("to Perth in Scotland").
    None where the two agree on a country ("to Sochi in Russia", read as before)."""
    doc = sentence.doc
    smaller: Span | None
    larger: Span | None
    if ent.start >= 2 and doc[ent.start - 1].lower_ == "in":  # "to Sandringham in Norfolk, where"
        smaller = next((e for e in entities(sentence) if e.end == ent.start - 1), None)
        larger = ent
    else:  # "to Perth in Scotland, where", the "where" hung on the smaller
        after = doc[ent.end] if ent.end < len(doc) else None
        smaller = ent
        larger = next((e for e in place_spans(sentence) if e.start == ent.end + 1), None)
        larger = larger if after is not None and after.lower_ == "in" else None
    if smaller is None or larger is None:
        return None
    inside = places.resolve_place(smaller.text)
    around = places.resolve_place(larger.text)
    if inside is None or inside.city is None or around is None or around.country == inside.country:
        return None
    # a namesake of the smaller place in the larger one's country: "Perth in Scotland"
    hinted = places.resolve_place(smaller.text, country_hint=around.country)
    return hinted if hinted is not None and hinted.country == around.country else inside


def _a_city_of_its_own(sentence: Span, verbs: list[Token], place: Place | None) -> Place | None:
    """A country a "where" points back to, whose city the clause itself names as where one of its
    verbs is done: "The tour began in South Africa, where Blinken unveiled a strategy in Pretoria
    and held talks with Pandor" is in Pretoria; the country stays itself where the clause names
    no city of it ("in Kenya, where he met Ruto after a stop in Addis Ababa")."""
    if place is None or place.city is not None or place.region is not None:
        return place
    for ent in place_spans(sentence):
        word = ent.root
        if word.dep_ != "pobj" or word.head.lower_ not in {"in", "at"} or verb_above(word) not in verbs:
            continue  # "unveiled a strategy for Africa in Pretoria", however the parser hangs "in"
        city = places.resolve_place(ent.text) if is_venue(ent) else None
        if city is not None and city.city is not None and city.country == place.country:
            return city
    return place


def _the_subject_of_a_gathering(word: Token) -> bool:
    """Whether a place is what a gathering is about, after "on" or "about": "the extraordinary
    Arab summit on Palestine", "talks on Ukraine"; the gathering is elsewhere."""
    return (
        word.dep_ == "pobj"
        and word.head.lower_ in {"on", "about"}
        and word.head.head.lemma_.lower() in MEETING_NOUNS
    )


def _with_its_city(ent: Span) -> Place | None:
    """The place a span names, a country written after its city and a comma being that city
    ("met in Samarkand, Uzbekistan, in September, where ..." is Samarkand, not Uzbekistan)."""
    place = places.resolve_place(ent.text)
    if place is None or place.city is not None or ent.start < 2 or ent.doc[ent.start - 1].text != ",":
        return place
    city = next((e for e in place_spans(ent.sent) if e.end == ent.start - 1), None)
    named = places.resolve_place(city.text) if city is not None else None
    if named is not None and named.city is not None and named.country == place.country:
        return named
    return place


def _under_a_plan(verb: Token) -> bool:
    """Whether a verb is what a plan or a wish above it is of, the parse hanging it there: "is to
    hold talks", "is due to meet" ("due" under "is"), "hopes to meet"."""
    return (
        verb.dep_ == "xcomp" or (verb.dep_ == "acomp" and verb.head.lemma_ == "be")
    ) and verb.head.i != verb.i


def unplaced_venue(sentence: Span, clause: set[int], *, buildings: bool = False) -> bool:
    """Whether a clause names where it happened in words no table places: "met at the Vostochny
    Cosmodrome", "at the Gulistan Palace"; the place of the article's news is then not to be
    assumed for it. An occasion ("at the G20") is no venue. With ``buildings``, a building's
    word after a name counts too ("at the Ikh Tenger complex")."""
    return any(_unplaced_venues(sentence, clause, buildings=buildings))


def _unplaced_venues(sentence: Span, clause: set[int], *, buildings: bool) -> Iterator[Token]:
    for token in clause_tokens(sentence, clause):
        if token.dep_ != "pobj":
            continue
        if not (token.pos_ == "PROPN" or (buildings and _a_named_building(token))):
            continue
        if token.head.lower_ not in {"at", "in"} or token.ent_type_ in {"DATE", "TIME", "PERSON"}:
            continue
        if token.ent_type_ == "GPE" and not _a_buildings_name(token):
            continue
        name = " ".join(t.text for t in subtree_of(token) if t.pos_ == "PROPN")
        if _a_region_beside(token, name):
            continue  # "at the base, a hub for U.S. forces in Europe": what the base is, not a venue
        if (
            places.resolve_place(name) is None
            and occasions.find_occasion(name) is None
            and not _of_a_body(token)
        ):
            yield token


def _a_region_beside(token: Token, name: str) -> bool:
    """Whether a continent or a region of the world is named on a noun that is no meeting's nor
    gathering's ("a hub for U.S. forces in Europe", "the largest port in Southeast Asia"): a
    description of something told, not where the meeting was; a meeting or a summit "in Europe"
    ("met in Europe", "talks in Asia", "a summit in Africa") still says where it was."""
    owner = token.head.head
    return (
        places.is_world_region(name)
        and owner.pos_ in {"NOUN", "PROPN"}
        and owner.lemma_.lower() not in MEETING_NOUNS | GATHERING_NOUNS | SETTING_NOUNS
    )


def where_the_teller_is(ent: Span) -> bool:
    """Whether a place tells where the one who tells the news sits, "in" it right before the verb
    of saying: "the President's Media Division in Colombo said in a statement", "officials in
    Beijing said": the teller's town, however the parser hangs it, not the meeting's. Not a place
    a meeting word or verb holds ("met B in Beijing, said the Kremlin": a comma sets it apart)."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ != "in" or root.head.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    if root.head.head.lemma_.lower() in MEETING_NOUNS:
        return False  # "talks in Beijing said to have gone well"
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return after is not None and after.pos_ == "VERB" and after.lemma_.lower() in TELLING_VERBS


# verbs that tell news in a teller's words: "the office in Colombo said", "officials in Kyiv announced"
TELLING_VERBS = frozenset("say tell add announce report state confirm".split())


def _of_a_body(token: Token) -> bool:
    """Whether a name and the "of" phrase after it name a gathering: "the Eighth Summit of the
    Community of Latin American and Caribbean States" is the CELAC summit, no venue."""
    end = max((c.right_edge.i + 1 for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"), default=0)
    return end > 0 and occasions.find_occasion(span_text(token.doc[token.left_edge.i : end])) is not None


def in_a_building_of(sentence: Span, clause: set[int], city: Place) -> bool:
    """Whether the venues a clause names that no table places are all buildings ("at Blair House",
    "at the Presidential Complex") and ``city`` is the article's dateline city: the buildings of
    the city the news is told from, not a far-off site ("at the Vostochny Cosmodrome")."""
    return (
        unplaced_buildings(sentence, clause)
        and city.city is not None
        and article_dateline(sentence.doc) == city
    )


def unplaced_buildings(sentence: Span, clause: set[int]) -> bool:
    """Whether a clause names venues no table places and all of them are buildings ("at Blair
    House", "at the Opera House"), which stand in some city, not a far-off site ("at the
    Vostochny Cosmodrome")."""
    venues = list(_unplaced_venues(sentence, clause, buildings=False))
    return bool(venues) and all(_a_building(t) for t in venues)


# Rooms of a building, named as its venue by news ("in the Cabinet Room", "in the Green Salon"):
# they stand in the building, and so in its town, as the building does.
ROOM_NOUNS = frozenset("room salon lounge".split())


def _a_building(token: Token) -> bool:
    """A venue named as a building or a room of one, in English or in the language of its
    country: "Blair House", "the Casa Rosada", "Palacio de Miraflores", "Istana Negara", "Palazzo
    Chigi", "the Cabinet Room"."""
    return token.lemma_.lower() in BUILDING_NOUNS | ROOM_NOUNS or any(
        t.lower_ in BUILDING_WORDS_ABROAD for t in subtree_of(token) if t.pos_ == "PROPN"
    )


def _a_buildings_name(token: Token) -> bool:
    """A name set after a building's word, which the tagger may take for a town's: "Padma" of
    "at the state guest house Padma" (a table that places no such town tells it is the house's)."""
    return any(c.dep_ == "compound" and c.lemma_.lower() in BUILDING_NOUNS for c in children_of(token))


def _a_named_building(token: Token) -> bool:
    """A building's word after a name: "the Ikh Tenger complex", "the Bayerischer Hof hotel"."""
    return token.lemma_.lower() in BUILDING_NOUNS and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in {"GPE", "LOC"}
        for c in children_of(token)
    )


def _named_in_its_country(ent: Span, place: Place) -> Place | None:
    """A town known to the table only as another city's old name is that town, in the one country
    its sentence names ("the border city of Khasan, at a Russian railway station"), not the city
    of another country that once bore the name. A person's nationality ("met Indian Finance
    Minister X in Y") and a country inside an organisation's name ("People's Bank of China") tell
    no place; the dateline's country keeps the city there."""
    if place.country in _dateline_country(ent.doc):
        return place
    aside = {
        t.i
        for other in entities(ent.sent)
        if other.label_ == "ORG" or _a_persons_nationality(other)
        for t in other
    }
    countries = {
        c
        for t in ent.sent
        if t.i not in range(ent.start, ent.end)
        and t.i not in aside
        and (c := places.country_named(t.text)) is not None
    }
    if place.country in countries:
        return place
    if len(countries) == 1:
        return Place(city=ent.text.strip(), country=countries.pop())
    return None


# verbs whose "to" names where one goes: "flew to Moscow", "welcomed Putin to Alaska", "then
# continue to Maputo to meet Nyusi", "was driven to the Vatican for an audience", "then crossed to
# Brazzaville for a working dinner with B", "drove to the Union Buildings to meet B"; not "return",
# whose "returned to the White House" tells a return to office as often as a trip
GOING_TO = frozenset("go come arrive fly drive welcome continue proceed head cross".split())


# Verbs of making a building, whose object is no venue of what the clause tells: "Italy will build
# two centres in Albania", "to construct a plant in Gujarat".
BUILDING_VERBS = frozenset("build construct erect".split())
# what two people do together, so that doing it together means they met: "A and B signed a pact",
# "A signed a memorandum with B", "A and B co-chaired the High-Level Meeting", "A and B
# inaugurated the new bridge" (a ceremony they opened side by side)
JOINT_VERBS = frozenset({"sign", "co-chair", "inaugurate"})


# Nouns of the idioms that tell how people met, on which the parse may hang the place after them:
# "met face to face in Anchorage", "talks in person in Doha".
MANNER_NOUNS = frozenset("face person".split())


# the words someone "is" in a place by, which say they are to be or are there: "is due in Paris"
BEING_THERE = frozenset("due present".split())


def _of_being_there(word: Token) -> bool:
    """ "is due in Addis Ababa", "was present in Doha": an adjective complement of "be" that tells
    someone is, or is to be, in a place, which is where they are (and where a "where" clause after
    it tells what they do)."""
    return word.dep_ == "acomp" and word.lemma_.lower() in BEING_THERE and word.head.lemma_ == "be"


def _made_a_trip(verb: Token) -> bool:
    """Whether a verb takes a trip as its object, so that "to" after it tells where the trip went:
    "made his first trip abroad to Nouakchott", "paid a visit to Accra", "undertook a tour to
    Lima" (the parser hangs "to" on the verb, not on the trip)."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in VISIT_WORDS for c in children_of(verb))


def _a_known_name(word: Token) -> bool:
    """Whether a word's entity is the name of an official the gazetteer knows, whatever the tagger
    took it for ("Luiz Inacio Lula da Silva" tagged a building)."""
    entity = entity_at(word)
    return entity is not None and gazetteer.lookup(span_text(entity)) is not None


def is_venue(ent: Span) -> bool:
    """A place where something happens: "in Moscow", "at a summit in Peru", "in the city of Rio",
    "a visit to China"; not a government named for its capital ("Beijing said"), a title
    ("ambassador to Moscow", "head of the mission in Moscow") or a topic ("the war in Ukraine")."""
    if ent.root.dep_ == "conj" and ent.end < len(ent.doc) and ent.doc[ent.end].text in {"'s", "’s"}:
        return False  # "in the C5+1 format - Kazakhstan's A, ... and Uzbekistan's B": an owner in a list
    if _object_of_a_bare_preposition(ent) or _visited_in_an_opening_participle(ent):
        return True
    if ent.root.dep_ == "pobj" and ent.root.head.lower_ == "outside" and _located_near(ent):
        return True  # "in Meseberg outside Berlin": the city locates the town the meeting is in
    token = ent.root
    for _ in range(5):
        head = token.head
        if token.dep_ == "dobj" and head.lemma_.lower() in {"visit", "tour"}:
            return True  # "visited South Korea"
        if token.dep_ == "poss" and head.ent_type_ == "FAC" and token.ent_type_ == "GPE":
            if _a_known_name(head):
                return False  # "Brazil's Luiz Inacio Lula da Silva": a name the tagger took for a building
            token = head  # "landed at Belgrade's Nikola Tesla Airport": the city of the venue
            continue
        if head.i == token.i or token.dep_ in {"nsubj", "nsubjpass", "dobj", "poss"}:
            return False
        if token.dep_ == "pobj" and head.lower_ in {"to", "into"}:
            verb = head.head
            if verb.lower_ == "back" and verb.dep_ == "advmod":
                verb = verb.head  # "brought them back to Muscat", "went back to Kyiv"
                verb = verb.head if verb.dep_ == "dobj" else verb  # "took Xi back to": on the object
            if verb.pos_ == "NOUN" and _whence_come(verb):
                return False  # "fresh from a visit to Tokyo, met B in Seoul": where he was before
            return verb.lemma_.lower() in VISIT_WORDS | GOING_TO or _took_someone(verb) or _made_a_trip(verb)
        if token.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in PLANNED_FOR:
            return True  # "a summit that had been proposed for Budapest"
        if token.dep_ == "pobj" and head.lower_ == "for" and _setting_out(head.head):
            return True  # "leaves for Doha for talks with the emir"
        if token.dep_ == "pobj" and head.lower_ == "of" and _an_edge_of_a_place(head.head):
            # "met on the outskirts of Nairobi", "at a lodge on the northern side of Kigali": the town
            # whose edge it is, read as "in Nairobi" from the preposition of the edge
            token, head = head.head, head.head.head
        if token.dep_ == "pobj" and (head.lower_ in {"in", "at", "near"} or _an_edge_of_a_place(token)):
            while head.dep_ == "conj" and head.head.pos_ == "ADP":
                head = head.head  # "met in May 2023 and in Italy": said again for the same verb
            if _the_affairs_spoken_of(head):
                return False  # "discussed the situation in Haiti": a topic, however it is parsed
            above = head.head
            if _a_gathering_spoken_of(above):
                return False  # "the two talked about the NATO summit in The Hague": its place, a topic
            if _a_shore_of(above):
                head, above = above.head, above.head.head  # "a forum on the shores of Lake Como in
                # Cernobbio": the town where the forum is, by the lake it stands on
            if above.dep_ == "dobj" and above.head.lemma_.lower() in BUILDING_VERBS:
                return False  # "Italy will build two centres in Albania": a thing to be made there
            if _whence_come(above):
                return False  # "B, who had flown in from the summit in Brussels": where B was before
            if _where_it_was_taken(above):
                return False  # "a gesture that was widely noted in Tokyo": where the onlookers are
            return (
                above.pos_ in {"VERB", "AUX"}
                # "a summit it was due to host in Amman": a verb the parser read as a noun
                or (infinitive_read_as_a_noun(above) and above.lemma_.lower() in HOSTING_VERBS)
                or _set_off(head)
                or above.lemma_.lower() in VENUE_NOUNS | MEETING_NOUNS | LINKED_NOUNS | ROUNDS
                or above.lower_ in MEETING_NOUNS  # "held negotiations in Istanbul" (lemma "negotiation")
                or (above.lemma_.lower() in STAY_NOUNS and head.lower_ == "in")
                or above.lower_ in VENUE_NOUNS  # "on the sidelines of the forum in Apia"
                or (above.dep_ == "pobj" and above.head.lower_ in {"at", "in"})  # "at the palace in Ankara"
                or _gone_to(above)  # "flew to his club in Palm Beach for dinner": where the club is
                # "visited the war cemetery in Marseille": where the place visited is; "attended
                # Lula's inauguration in Brasília": where the event attended is held
                or (above.dep_ == "dobj" and above.head.lemma_.lower() in {"visit", "tour", "attend"})
                or above.lower_ in MANNER_NOUNS  # "met face to face in Anchorage", "in person in Doha"
                or (above.lower_ in {"back", "home"} and above.dep_ == "advmod")  # "Back in New Delhi, ..."
                or (above.lemma_ == "time" and any(c.ent_type_ == "ORDINAL" for c in children_of(above)))
                # "met for the first time in Qatar", "for a second time in Geneva"
                or _met_there(above)  # "a bilateral meeting with the Federal Chancellor in Berlin"
                or _received_there(above)  # "received Schumer and a delegation of senators in Beijing"
                or _a_thing_signed(above)  # "signed a pact in Nairobi with", where they signed it
                # a named object the model tagged as no one: "had already received Lula at La Moncloa"
                or (above.dep_ == "dobj" and above.pos_ == "PROPN" and above.head.pos_ in {"VERB", "AUX"})
                or (
                    above.ent_type_ in {"EVENT", "FAC", "ORG", "GPE", "LOC", "PERSON"}
                    and above.i not in range(ent.start, ent.end)
                )
                or _a_body_for_its_gathering(above)  # "on the sidelines of the G7 in Kananaskis"
                or _the_time_of_a_verb(above)  # "On the same day in Riga, Karis met ..."
                or _of_being_there(above)  # "is due in Addis Ababa on Friday, where he will ..."
                or (head.lower_ == "in" and _a_stretch_spent(above))  # "end the day in Brussels with"
            )
        if (
            token.dep_ == "pobj"
            and head.lower_ == "of"
            and head.head.lemma_.lower() in VENUE_NOUNS | CITY_PARTS
        ):
            token = head.head
            continue
        if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in SITE_PARTS:
            token = head.head  # "in the forecourt of Rashtrapati Bhavan": where the forecourt is
            continue
        if token.dep_ not in {"appos", "compound", "conj", "npadvmod"}:
            return False
        token = head
    return False


# Nouns of the state of affairs in a place, which talks speak of: "discussed the situation in
# Haiti", "reviewed developments in Gaza", "the war in Ukraine".
AFFAIRS_NOUNS = frozenset(
    "situation situations crisis crises conflict conflicts war fighting violence unrest tension tensions "
    "development developments event events ceasefire truce peace stability instability security "
    "election elections transition reconstruction insurgency escalation hostilities invasion "
    "occupation offensive attack attacks clashes coup protests process".split()
)
# verbs whose object is what was spoken of: "discussed the situation in Haiti"
SPOKEN_OF_VERBS = frozenset("discuss debate review mention address assess examine raise".split())


def _the_affairs_spoken_of(preposition: Token) -> bool:
    """Whether an "in" the parser hangs on a verb of speaking of something comes right after that
    verb's object, a noun of a state of affairs ("discussed the situation in neighbouring Haiti",
    "reviewed trade and the war in Ukraine"): the place of what was spoken of, not of the talks.
    Not where the object names no such state ("discussed trade in Paris": where they did)."""
    verb = preposition.head
    if preposition.lower_ != "in" or verb.pos_ != "VERB" or verb.lemma_.lower() not in SPOKEN_OF_VERBS:
        return False
    before = preposition.doc[preposition.i - 1]
    objects = [c for c in children_of(verb) if c.dep_ == "dobj" and c.i < preposition.i]
    return before.lemma_.lower() in AFFAIRS_NOUNS and any(before in subtree_of(o) for o in objects)


# verbs whose object is a gathering spoken of: "discussed the summit in Kazan" (not "addressed
# the summit", spoken at)
GATHERING_SPOKEN_OF_VERBS = frozenset("discuss debate review mention".split())
# the words between a gathering and the verb of speaking whose object tells it: "discussed
# [defence spending] [ahead] [of] [the summit]"
TOPIC_REACH = 6
# words that make a gathering spoken of one still to come, whose place is its own: "discussed a
# future meeting in Pretoria"
TO_COME_WORDS = frozenset("future upcoming next planned proposed forthcoming".split())


def _a_gathering_spoken_of(noun: Token) -> bool:
    """Whether a word is a meeting or gathering held before that talks spoke of, "about" it or as
    the object of a verb of speaking of something ("the two talked about the NATO summit in The
    Hague", "discussed the summit in Kazan"): its place is no venue of the talks that spoke of it.
    Not one still to come ("discussed a future meeting in Pretoria": a plan, held there), nor one
    spoken at ("addressed the summit in Ethiopia")."""
    if noun.lemma_.lower() not in MEETING_NOUNS | GATHERING_NOUNS or not told_with_the(noun):
        return False
    if _inside_a_topic(noun):
        return True
    if any(c.lower_ in TO_COME_WORDS for c in children_of(noun)):
        return False
    if noun.dep_ == "pobj":
        return noun.head.lower_ == "about"
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in GATHERING_SPOKEN_OF_VERBS


def _inside_a_topic(noun: Token) -> bool:
    """Whether a gathering is told inside a wider thing spoken of, not as that thing itself:
    "discussed defence spending ahead of the NATO summit in The Hague", "discussing preparations
    for the summit in Kazan", "talked about their plans for the summit in Rome": the summit's place,
    even one still to come, is the topic's, not that of the talks that spoke of it."""
    word = noun
    for above in list(ancestors_of(noun))[:TOPIC_REACH]:
        if above.pos_ in {"VERB", "AUX"}:
            return word is not noun and (word.dep_ == "dobj" and lemma_of(above) in GATHERING_SPOKEN_OF_VERBS)
        if word is not noun and word.dep_ == "pobj" and above.lower_ == "about":
            return True
        word = above
    return False


# The sides and edges of land or water a venue stands on, which news names before the town:
# "on the shores of Lake Como in Cernobbio", "on the banks of the Nile in Aswan", "on the
# outskirts of the capital in ...", "at the foot of Mount Kilimanjaro in Moshi".
SHORE_NOUNS = frozenset(
    "shore shores bank banks coast coastline edge edges outskirts foot foothills slopes waterfront "
    "beach beaches seafront lakeside riverside".split()
)


# Edges of a town a meeting place lies on: "on the outskirts of Nairobi", "the southern side of";
# not a shore, whose "of" names the water ("on the shores of Lake Geneva in Montreux").
EDGE_NOUNS = frozenset("outskirts edge edges side fringe fringes periphery".split())


def _a_shore_of(word: Token) -> bool:
    """Whether a word is a shore or edge of something, the object of a preposition of place on a
    venue or a meeting ("a conference on the shores of Lake Como", "a lodge at the foot of the
    mountain"): the town after it is where that venue stands; not on a topic ("floods on the
    banks of the Oder in Poland")."""
    return (
        word.lower_ in SHORE_NOUNS
        and word.dep_ == "pobj"
        and word.head.lower_ in {"on", "at", "along", "by", "near"}
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(word))
        and word.head.head.lemma_.lower() in VENUE_NOUNS | MEETING_NOUNS | LINKED_NOUNS | BUILDING_NOUNS
    )


def _an_edge_of_a_place(word: Token) -> bool:
    """Whether a word is an edge or side "of" a place, itself told with a preposition of place: "on
    the outskirts of Nairobi", "on the southern side of the village", "at the edge of Geneva";
    not an edge of a thing of no place ("on the other side of the debate" names none)."""
    return (
        word.lower_ in EDGE_NOUNS
        and word.dep_ == "pobj"
        and word.head.lower_ in {"on", "at", "along", "by", "near", "in"}
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(word))
    )


def _gone_to(place: Token) -> bool:
    """Whether a word is where someone goes, told by the "to" of a verb of going or visiting: "club"
    of "flew to a club in Palm Beach", "went to the palace in Accra"."""
    to = place.head
    going = to.head.lemma_.lower() in VISIT_WORDS | GOING_TO
    return place.dep_ == "pobj" and to.lower_ in {"to", "into"} and going


# Stretches of time and journeys a verb begins, ends or spends: "ended the day in Brussels",
# "began his tour in Lusaka", "spent the weekend in Rome" (not "ended the war in Ukraine")
STRETCH_NOUNS = frozenset("day week weekend morning afternoon evening night tour trip journey swing".split())


def _a_stretch_spent(word: Token) -> bool:
    """Whether a word is a stretch of time or a journey that its verb begins, ends or spends,
    whose "in" is where the subject is for it: "will end the day in Brussels with a dinner with
    Rutte", "before ending the tour in Lusaka with talks with B", "spent the weekend in Rome";
    not a thing one ends somewhere else ("to end the war in Ukraine")."""
    return word.dep_ == "dobj" and word.lemma_.lower() in STRETCH_NOUNS and word.head.pos_ in {"VERB", "AUX"}


def _the_time_of_a_verb(word: Token) -> bool:
    """Whether a word is the day or hour a verb is told at, on which the parse hangs the place
    after it: "On the same day in Riga, Karis met Rinkevics", "Later that day in Vilnius, ...",
    "Earlier in the day in Warsaw, ..." are where the verb's act happened, as "On Monday in Riga"
    is; not a noun of what happened ("on the anniversary of the war in Ukraine")."""
    if word.ent_type_ not in {"DATE", "TIME"}:
        return False
    for _ in range(4):
        if word.dep_ == "pobj":
            word = word.head  # the preposition of the time: "On", "in"
        head = word.head
        if head.i == word.i:
            return False
        if word.dep_ in {"prep", "npadvmod", "advmod"} and head.pos_ in {"VERB", "AUX"}:
            return True
        if head.ent_type_ not in {"DATE", "TIME"}:
            return False
        word = head  # "Earlier in the day": "day" under "Earlier", the verb's time
    return False


def _a_thing_signed(noun: Token) -> bool:
    """Whether a noun is the thing people sign together, or the words after its "of": a place
    after "in" that the parser hangs on it is where they signed it ("signed a pact in Nairobi
    with", "signed a memorandum of understanding in Addis Ababa with"); not a place of what the
    thing is about ("signed a deal on the war in Sudan": the war's place)."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in JOINT_VERBS


def _setting_out(word: Token) -> bool:
    """Whether a word tells the traveller's act of setting out ("leave", "depart", "head"): a
    verb, or its present form the parser took for a plural noun, tied to the traveller's name
    right before it either way ("Trump leaves for Doha" read as the noun "leaves", lemma "leaf",
    with "Trump" its compound, or with "Trump" a verb taking it as object); not a noun with its
    own article or owner ("his leave for Paris")."""
    if word.pos_ in {"VERB", "AUX"}:
        return word.lemma_.lower() in SETTING_OUT_FOR
    if word.tag_ != "NNS" or word.lower_.removesuffix("s") not in SETTING_OUT_FOR or word.i == 0:
        return False
    name = word.doc[word.i - 1]
    return (
        name.is_title
        and not any(c.dep_ in {"det", "poss"} for c in children_of(word))
        and (name.head.i == word.i or word.head.i == name.i)
    )


def _took_someone(verb: Token) -> bool:
    """A trip that takes or brings someone to a place: "his first trip abroad took him to
    Nouakchott", "the tour will take Modi to Accra", "the round brought A and B back to Muscat"
    (not "took the case to court", "brought the issue to the council": no one is taken)."""
    return verb.lemma_.lower() in {"take", "bring"} and any(
        c.dep_ == "dobj" and (c.pos_ == "PRON" or c.ent_type_ == "PERSON") for c in children_of(verb)
    )


def _object_of_a_bare_preposition(ent: Span) -> bool:
    """A place right after "in" or "at" that the parse leaves without its object, taking the
    place for the subject of the clause: "In the Vatican Apostolic Palace, the Holy Father
    received ...", the place tagged as an event; or for a word of the object the verb puts after
    it: "inaugurated together in Tangier the Al Boraq line"."""
    start = ent.start - 1 if ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the" else ent.start
    if start == 0:
        return False
    before = ent.doc[start - 1]
    return (
        before.lower_ in {"in", "at"}
        and before.dep_ == "prep"
        and before.head.pos_ in {"VERB", "AUX"}
        and (
            (
                not any(c.dep_ == "pobj" for c in children_of(before))
                and ent.root.dep_ in {"nsubj", "nsubjpass"}
            )
            or (_an_object_after(ent) and ent.root.head.head.i == before.i)
        )
    )


# the participles of a visit that open a sentence: "Visiting Canberra, A met B"
VISITING_PARTICIPLES = frozenset("visiting touring".split())


def _visited_in_an_opening_participle(ent: Span) -> bool:
    """A place right after the participle of a visit that opens its sentence or a phrase set off
    by commas, the place closing it with a comma, whatever the parse makes of the two words
    ("Visiting Canberra, Jaishankar met Wong", read as a name "Visiting Canberra" in the subject's
    place; "Jaishankar, visiting Canberra, met Wong", the place as a name beside his): where the
    subject is."""
    doc = ent.doc
    if ent.start == 0 or ent.end >= len(doc) or doc[ent.end].text != ",":
        return False
    before = doc[ent.start - 1]
    if before.lower_ not in VISITING_PARTICIPLES:
        return False
    return before.i == before.sent.start or doc[before.i - 1].text == ","


def _an_object_after(ent: Span) -> bool:
    """Whether a place the parse made a word of a name that follows it opens that name's article:
    "in Tangier the Al Boraq line"."""
    doc = ent.doc
    return (
        ent.end < len(doc)
        and doc[ent.end].lower_ in {"the", "a", "an"}
        and ent.root.dep_ in {"nmod", "compound"}
        and ent.root.head.i > ent.end
    )


# posts held in another country: "with the ambassador in Moscow" names which ambassador
POSTS_ABROAD = frozenset(
    "ambassador envoy embassy mission consulate consul representative delegation office bureau "
    "correspondent attaché attache chargé charge".split()
)


def _met_there(met: Token) -> bool:
    """Someone a meeting is with, told by a title or a word, with the place after it ("held a
    bilateral meeting with the Federal Chancellor in Berlin", "talks with officials in Kabul"):
    where they met; not a post held abroad ("met with the ambassador in Moscow")."""
    with_ = met.head
    return (
        met.dep_ == "pobj"
        and with_.lower_ in {"with", "between"}
        and met.ent_type_ not in {"GPE", "LOC", "FAC", "DATE", "TIME"}
        and met.lemma_.lower() not in POSTS_ABROAD
        and (with_.head.pos_ in {"VERB", "AUX"} or with_.head.lemma_.lower() in MEETING_NOUNS | LINKED_NOUNS)
    )


def _received_there(guest: Token) -> bool:
    """Whether a common noun ends the words of a guest a verb of receiving names, through "of" or
    a list ("received Schumer and a delegation of senators in Beijing", "hosted the foreign
    ministers of the Gulf states in Riyadh"): a place the parser hangs on it is where the guest was
    received; not a post held abroad ("received the ambassador in Moscow") nor a place's own name."""
    if guest.pos_ != "NOUN" or guest.ent_type_ or guest.lemma_.lower() in POSTS_ABROAD:
        return False
    token = guest
    for _ in range(4):
        if token.dep_ == "pobj" and token.head.lower_ == "of":
            token = token.head.head
        elif token.dep_ == "conj" and token.head.i != token.i:
            token = token.head
        else:
            break
    return token.dep_ == "dobj" and token.head.lemma_.lower() in GUEST_VERBS


def _a_body_for_its_gathering(word: Token) -> bool:
    """Whether a word is the name of a body the occasions table knows, on whose margins something
    is told, standing for its gathering and so for the place it is held in ("on the sidelines of
    the G7 in Kananaskis"), though the model may leave the name untagged; not a body told of
    otherwise ("NATO's mission in Kosovo", "the ambassador to the EU in Brussels")."""
    head = word.head
    margins = word.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in SETTING_NOUNS
    return margins and word.pos_ == "PROPN" and occasions.names_a_body(word.text)


def _set_off(preposition: Token) -> bool:
    """ "talks with Russia's Foreign Minister, Sergei Lavrov, in Moscow", "met Prabowo, then
    president-elect, in Beijing": a place after a name or office set off by commas says where,
    not which minister ("the ambassador in Moscow")."""
    described = preposition.head
    start = described.left_edge.i
    return (
        preposition.i > 0
        and preposition.doc[preposition.i - 1].text == ","
        and (
            any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in children_of(described))
            # "met Prabowo, then president-elect, in Beijing": the office someone held then
            or (start > 0 and preposition.doc[start - 1].lower_ == "then" and described.i < preposition.i)
        )
    )


def clause_occasion(
    sentence: Span, clause: set[int], trigger: Token | None = None, *, told_when: bool = True
) -> Occasion | None:
    """The first occasion the sentence names inside the clause (each name read once), not that
    of another meeting than ``trigger``'s; else the occasion the clause refers back to ("on the
    sidelines of the summit": the summit the article named before, see :func:`occasion_told_before`);
    ``told_when``: else that of the time it is told at, as :func:`_when_there` finds its place
    ("will visit Moscow to take part in the Victory Day celebrations, when the two leaders are to
    hold talks")."""
    # "On the sidelines of the summit, Modi is scheduled to meet X": the plan's setting is the meeting's
    clause = clause | plan_of(sentence, clause) | described_as_set_for(sentence, clause)
    clause |= _set_before_both(sentence, clause)
    taken = 0
    attended = _attended_where(sentence, clause)
    ours_all: list[tuple[Span, Occasion]] = []
    for start, end, occasion in occasions.find_occasions(span_text(sentence), doc_text(sentence.doc)):
        if start < taken:  # inside a name read already
            continue
        span = sentence.char_span(start, end, alignment_mode="expand")
        ours = span is not None and (
            any(t.i in clause or t.i in attended for t in span)
            or _host_of(span, clause)
            or _chaired_in_the_clause(span, clause)
        )
        if span is not None and _an_edition_since(span, trigger):
            ours_all.append((span, occasion))  # "the first G20 summit since A hosted B": an edition
        elif (
            ours
            and span is not None
            and not (
                (
                    another_time(span, clause)
                    and not _the_gathering_since(span, trigger)
                    # "came a year after a planned Quad summit in Sydney was called off": the
                    # gathering told is the meeting itself, at no other time than its own
                    and not (trigger is not None and span.start <= trigger.i < span.end)
                )
                or _of_a_meeting_to_come(span, trigger)
                or _a_topic(span)
                or _of_a_time_before(span, clause)
                or _come_from(span)
                or _where_on_whence(span, trigger)
                or _an_office_of(span)
                or _attended_elsewhere_then(span, sentence, clause)
            )
        ):
            ours_all.append((span, occasion))
        taken = end
    if ours_all:
        # "will co-chair the India-Australia Annual Summit with Albanese on the margins of the
        # G20": the gathering on whose margins it is held is its occasion
        return next((o for span, o in ours_all if on_its_margins(span)), ours_all[0][1])
    if (at := _of_the_gatherings_place(sentence, clause)) is not None:
        return at
    told = (
        occasion_told_before(sentence, clause)
        or edition_told_before(sentence, clause)
        or _told_on_the_gathering(sentence, clause)
    )
    if told is not None:
        return told[0]
    when = (_when_told(sentence, clause) or _where_told(sentence, clause)) if told_when else set()
    if not when:
        return None
    # "The summit had been due to take place in X, where A was to host B": the summit that clause
    # tells of, its subject, is where the meeting told on it was to be
    found = clause_occasion(sentence, when, trigger, told_when=False)
    if found is None and (told := occasion_told_before(sentence, when, subjects=True)) is not None:
        found = told[0]
    return found


def _attended_elsewhere_then(span: Span, sentence: Span, clause: set[int]) -> bool:
    """Whether a gathering is told in a "when" clause of the meeting's own clause that places it in
    another city than the one the meeting's own words name: "held talks in Pretoria in July 2018,
    when he also attended the BRICS summit in Johannesburg" (the summit was in Johannesburg, not
    the talks); not where either names no city ("met Lula in 2023, when he attended the summit in
    Brasília"), nor one told on its own margins ("met in Woodside on the margins of the APEC summit
    in San Francisco", no "when")."""
    then = next(
        (
            a
            for a in ancestors_of(span.root)
            if a.i in clause and a.dep_ == "advcl" and any(c.lower_ == "when" for c in children_of(a))
        ),
        None,
    )
    if then is None:
        return False
    words = {t.i for t in subtree_of(then)}
    own = _named_place(sentence, clause - words, told_when=False)
    there = _named_place(sentence, words, told_when=False)
    return places.in_other_cities(own, there)


def _of_the_gatherings_place(sentence: Span, clause: set[int]) -> Occasion | None:
    """The gathering a "where" clause is told on, by its name or by the place its name holds
    ("after a brief trip to the G7 summit in Kananaskis, Alberta, where her first meeting with
    Trump fell through": at the G7 summit), which the clause tells its meeting at, as "where"
    tells its place."""
    for root in clause_roots(sentence, clause):
        if root.dep_ != "relcl" or not _where_on(root):
            continue
        on = root.head
        while on.dep_ in {"appos", "conj"} and on.head.i != on.i:
            on = on.head  # "Kananaskis, Alberta, where": on Kananaskis
        if on.dep_ == "pobj" and on.head.lower_ in {"in", "at"} and on.head.head.pos_ in {"NOUN", "PROPN"}:
            on = on.head.head  # "the G7 summit in Kananaskis, where": on the summit
        for start, end, occasion in occasions.find_occasions(span_text(sentence), doc_text(sentence.doc)):
            span = sentence.char_span(start, end, alignment_mode="expand")
            if span is not None and span.start <= on.i < span.end and not _a_topic(span):
                return occasion
    return None


def _set_before_both(sentence: Span, clause: set[int]) -> set[int]:
    """The words of a setting put before the first of two verbs joined by "and" that share its
    subject, which sets both ("On Tuesday, on the margins of the NATO meeting, he paid a courtesy
    call on A and held separate talks with B": the talks too); not a phrase told after that
    subject ("He met A on the sidelines of the summit and held talks with B"), nor one of another
    time ("Ahead of the summit, ...", which :func:`another_time` reads), nor for a verb with a
    subject of its own ("On the sidelines of the summit, A met B, and C flew home")."""
    found: set[int] = set()
    for root in clause_roots(sentence, clause):
        if root.dep_ != "conj" or root.head.pos_ not in {"VERB", "AUX"} or root.head.i in clause:
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in children_of(root)):
            continue
        first = root.head
        subject = next((c.i for c in children_of(first) if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None:
            continue
        found |= {
            t.i
            for child in children_of(first)
            if child.dep_ == "prep" and child.i < subject and not before_or_after(child)
            for t in subtree_of(child)
        }
    return found


def _where_told(sentence: Span, clause: set[int]) -> set[int]:
    """The words of the clause a "where" clause is told on, whose gathering is the one it tells
    of: "travelled to Rio de Janeiro for the G20 summit, where he held talks with Biden", "was the
    chief guest at the Republic Day parade in New Delhi, where he held talks with Modi"."""
    for root in clause_roots(sentence, clause):
        verb, path = root, [root]
        while _under_a_plan(verb):
            verb = verb.head  # "where she is to meet Modi"
            path.append(verb)
        if verb.dep_ != "relcl" or not any(_where_on(t) for t in path):
            continue
        above = verb_above(verb.head)
        if above is None:
            return set()
        return (clause_of(above) | _subject_controlling(above)) - clause - _other_stops(above, verb)
    return set()


def _other_stops(verb: Token, where: Token) -> set[int]:
    """The words told after the next place a journey goes on to, beyond the one a "where" clause
    is told on: "will travel to Buenos Aires, where he is to meet A, and then to Brasília, with B,
    for the meeting of the Joint Commission", "will fly to Lima, where he will meet A, and then to
    Rio, for the G20 summit" (the commission meets, the summit is held, at the later stop)."""
    later = [
        c.i
        for c in subtree_of(verb)
        if c.lower_ == "to"
        and c.i > where.i
        and c.dep_ in {"prep", "conj"}
        and (c.head.i == verb.i or (c.dep_ == "conj" and c.head.lower_ == "to"))
        and any(g.dep_ == "pobj" and g.ent_type_ in {"GPE", "LOC"} for g in children_of(c))
    ]
    if not later:
        return set()
    return {t.i for t in subtree_of(verb) if t.i >= min(later)}


def _subject_controlling(verb: Token) -> set[int]:
    """The words of the subject of the verb or adjective an infinitive completes, which is that
    infinitive's own subject: "The summit had been due to take place in X" (the summit takes place)."""
    words: set[int] = set()
    while verb.dep_ in {"xcomp", "acomp"} and verb.head.i != verb.i:
        verb = verb.head
        words |= {t.i for c in children_of(verb) if c.dep_ in {"nsubj", "nsubjpass"} for t in subtree_of(c)}
    return words


def _the_gathering_since(span: Span, trigger: Token | None) -> bool:
    """Whether a gathering is what a meeting noun is told as the first one since, so the meeting
    those words tell, read for its place and day in them too, was held at it: "their first meeting
    since the G20 summit in Osaka in June 2019" (they met at that summit); not a gathering since
    which the verb tells of another meeting ("have not met since the summit"). The "since" may
    hang on a word of the noun's phrase ("the first encounter between the two since the G20
    summit"), or on the "be" the noun is told by ("It was the first encounter since the G20
    summit"); or the gathering is the meeting told itself ("have not met since the G20 summit in
    Osaka": they met there)."""
    root = span.root
    if trigger is None or root.dep_ != "pobj" or root.head.lower_ != "since":
        return False
    if span.start <= trigger.i < span.end:
        return True  # the meeting told is the gathering itself: "have not met since the G20 summit"
    on = root.head.head
    return trigger.lemma_.lower() in MEETING_NOT_VISIT_NOUNS and (
        on == trigger or trigger in ancestors_of(on) or (trigger.dep_ == "attr" and on == trigger.head)
    )


def _an_edition_since(span: Span, trigger: Token | None) -> bool:
    """Whether the meeting ``trigger`` tells is the one "since" which a gathering is told as the
    first of its series: "It was the first Normandy-format summit since A hosted B, C and D in
    Berlin" (that one in Berlin was a Normandy-format summit too); not "the first summit since
    the war" (no meeting told there), nor the meeting the first one is itself."""
    noun = gathering_noun(span)
    if trigger is None or not any(c.dep_ == "amod" and c.lower_ == "first" for c in children_of(noun)):
        return False
    # "since" hangs on the noun ("summit since Merkel hosted Putin"), or opens a clause told on the
    # noun or on the "be" that tells it ("It was the first G20 summit since Obama met Medvedev")
    on = {noun.i} | ({noun.head.i} if noun.dep_ == "attr" else set())
    for c in (c for t in on for c in children_of(noun.doc[t])):
        if c.dep_ == "prep" and c.lower_ == "since" and trigger.i in {t.i for t in subtree_of(c)}:
            return True
        if (
            c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ == "since" for m in children_of(c))
            and trigger.i in {t.i for t in subtree_of(c)}
        ):
            return True
    return False


def _of_a_time_before(span: Span, clause: set[int]) -> bool:
    """An occasion of a clause of what came before the meeting: "It was the leaders' first meeting
    since they met in San Francisco on the sidelines of the APEC summit" (the summit is not that
    of this meeting), "met Ruto before attending the G20 summit"; not for the meeting that clause
    itself tells ("since they met ...": at the APEC summit). The gathering may be told in a clause
    below that one: "the first engagement since he flew back from Addis Ababa, where he attended
    the IGAD meeting" (attended then, before). Nor is it one a clause of contrast tells of someone
    the clause does not name: "A held talks with B in Cairo, while C travelled to Tehran to attend
    D's inauguration" (C's trip, at another time)."""
    for verb in (a for a in ancestors_of(span.root) if a.pos_ in {"VERB", "AUX"}):
        if heads_clause(verb, clause):
            return False  # the clause's own verb reached: what it tells is the meeting's
        if any(c.dep_ == "mark" and c.lower_ in {"since", "before"} for c in children_of(verb)) or (
            verb.dep_ == "pcomp" and verb.head.lower_ in {"since", "before"}
        ):
            return True
        if _anothers_act_in_contrast(verb, clause):
            return True
    return False


def _anothers_act_in_contrast(verb: Token, clause: set[int]) -> bool:
    """Whether a verb opens a clause of contrast ("while", "whereas") whose subject is a person
    named nowhere else in the clause: what someone else did, not the meeting told beside it
    ("while Foreign Minister C travelled to Tehran"); not the meeting's own people ("while he
    was attending the summit", "while Modi was in Kazan")."""
    if not any(c.dep_ == "mark" and c.lower_ in {"while", "whereas"} for c in children_of(verb)):
        return False
    subject = next((c for c in children_of(verb) if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.ent_type_ != "PERSON":
        return False
    own = {t.i for t in subtree_of(verb)}
    return not any(t.lower_ == subject.lower_ for t in verb.doc if t.i in clause and t.i not in own)


# verbs of coming from somewhere, and the words that tell "from" as whence one came ("fresh from
# the summit", "straight from", "back from"): a gathering told after them is where one was before
COMING_FROM_VERBS = frozenset("arrive come fly return travel head land drive journey".split())
WHENCE_WORDS = frozenset("fresh straight direct directly back home way route".split())


# verbs of taking notice of an act, told in the passive: "a gesture widely noted in Tokyo", "a
# visit closely watched in Beijing", "remarks that were read in Moscow as a warning"
NOTICING_VERBS = frozenset(
    "note notice watch observe read view perceive interpret follow scrutinise scrutinize criticise "
    "criticize question".split()
)


def _where_it_was_taken(verb: Token) -> bool:
    """Whether a verb tells how an act was taken somewhere, in the passive ("a gesture that was
    widely noted in New Delhi", "a trip watched closely in Washington"): the place in its phrase
    is where the onlookers are, not where anyone met; not a verb of doing there ("was received
    in Abuja", "was welcomed in Hanoi")."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in NOTICING_VERBS:
        return False
    return in_the_passive(verb) or (
        verb.tag_ == "VBN" and verb.dep_ in {"acl", "amod"}
    )  # "a visit watched in Tokyo"


def _whence_come(noun: Token) -> bool:
    """Whether a noun, or the first of the nouns it is listed with, is a gathering or place
    someone is told to come from ("flew in from the NATO summit and the EU summit in Brussels",
    "arrived straight from talks in Doha"): a place in its phrase is where they were before."""
    first = noun
    while first.dep_ == "conj" and first.head.pos_ in {"NOUN", "PROPN"}:
        first = first.head
    return first.dep_ == "pobj" and _come_from(first.doc[first.i : first.i + 1])


# the words of an office held in a body or a gathering's series, which a person named beside them
# holds ("Sall, co-chair of the Forum on China-Africa Cooperation"); not a host, who is at the
# gathering told ("Ramaphosa, host of the BRICS summit")
OFFICE_NOUNS = frozenset(
    "chair co-chair chairperson chairman chairwoman president vice-president secretary-general "
    "head member founder coordinator envoy representative".split()
)


def _an_office_of(span: Span) -> bool:
    """Whether a gathering is named only as what the office of a person told beside it is of, the
    office set after the name as what that person is ("Sall, co-chair of the Forum on China-Africa
    Cooperation", "Kagame, the current chairperson of the AU Assembly"): the person's title, not
    the gathering of the clause; not a gathering the person hosts, who is at it ("Lula, host of
    the G20 summit")."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    office = root.head.head
    if office.lower_ not in OFFICE_NOUNS or office.dep_ != "appos":
        return False
    return office.head.ent_type_ == "PERSON"


def _come_from(span: Span) -> bool:
    """Whether a gathering is the one someone comes from, where they were before the meeting told,
    not its occasion, nor the one a later "the summit" refers back to ("Biden, who flew in from the
    G7 summit, ... will meet B on the sidelines of the summit"): "landed in Ottawa fresh from the G7
    summit and held talks with Trudeau",
    "flew to Nairobi directly from the AU summit", "Coming from the BRICS summit, Modi stopped in
    Athens"; not a gathering a meeting is held at ("met at the summit, from which he flew home")."""
    return whence(span.root)


def whence(root: Token) -> bool:
    """Whether a word is told as where someone comes from: the object of "from" after a verb of
    coming or a word of the way ("flew in from Kuala Lumpur", "fresh from the G7 summit")."""
    if root.dep_ != "pobj" or root.head.lower_ != "from":
        return False
    whence = root.head
    verb = whence.head.head if whence.head.dep_ in {"advmod", "prt"} else whence.head  # "flew in from"
    return (
        verb.lemma_.lower() in COMING_FROM_VERBS
        or whence.head.lower_ in WHENCE_WORDS
        or any(c.lower_ in WHENCE_WORDS for c in children_of(whence))
    )


def _where_on_whence(span: Span, trigger: Token | None) -> bool:
    """Whether a gathering is told in a "where" clause on the place someone comes from, outside
    the meeting's own words: "arrived in Wonsan, flying in from Kuala Lumpur, where he attended
    meetings of ASEAN" (the ASEAN meetings were in Kuala Lumpur, before the visit to Wonsan); not
    for a meeting told in that clause ("..., where he attended meetings of ASEAN and held talks
    with Rubio", even where the parser hangs "held" on the main verb: no comma comes between), nor
    a "where" clause on the place the meeting is in ("arrived in Lima, where he attended the APEC
    summit")."""
    for a in ancestors_of(span[0]):
        if a.dep_ == "relcl" and any(c.lower_ == "where" for c in children_of(a)):
            return whence(a.head) and not (trigger is not None and _told_in(trigger, a))
    return False


def _told_in(trigger: Token, relcl: Token) -> bool:
    """Whether a meeting word is told inside a relative clause, or right after it with no comma
    between ("where he attended the summit and held talks with B")."""
    words = subtree_of(relcl)
    if any(t.i == trigger.i for t in words):
        return True
    end = max(t.i for t in words)
    doc = relcl.doc
    return end < trigger.i and not any(doc[i].text in {",", ";", "."} for i in range(end + 1, trigger.i))


def _attended_where(sentence: Span, clause: set[int]) -> set[int]:
    """The words of a "where" clause on the clause's place that tells what was attended there: "In
    Rio de Janeiro, where he attended the G20 Summit, Prabowo held separate meetings with ...";
    also when the parser hangs the clause on the time told right after the place, which the
    "where" cannot mean: "met in Gujarat last month, where he attended the Vibrant Gujarat Global
    Summit" (on "month"); "took part in" tells it as "attended" does, and so does representing
    one's country at it ("had met in Astana, where B represented Uzbekistan at the C5+1
    ministerial meeting")."""
    return {
        t.i
        for token in clause_tokens(sentence, clause)
        if (token.ent_type_ in {"GPE", "LOC", "FAC"} or _time_after_a_place(token))
        and not whence(token)  # "flying in from Kuala Lumpur, where he attended ...": before, elsewhere
        for told in children_of(token)
        if told.dep_ == "relcl"
        and (
            told.lemma_.lower() in {"attend", "participate"}
            or (told.lemma_.lower() == "take" and any(c.lower_ == "part" for c in children_of(told)))
            or (told.lemma_.lower() == "represent" and any(c.lower_ == "at" for c in children_of(told)))
        )
        and any(c.lower_ == "where" for c in children_of(told))
        for t in subtree_of(told)
    }


def _time_after_a_place(token: Token) -> bool:
    """A time word right after a place: "month" in "in Gujarat last month", "Friday" in "in Doha on
    Friday"."""
    if token.ent_type_ != "DATE" or token.dep_ not in {"npadvmod", "pobj"}:
        return False
    start = token.head.i if token.dep_ == "pobj" else token.left_edge.i  # "on Friday", "last month"
    return start > 0 and token.doc[start - 1].ent_type_ in {"GPE", "LOC", "FAC"}


def _host_of(span: Span, clause: set[int]) -> bool:
    """Whether a name is who hosts a gathering of the clause: "on the sidelines of a regional
    summit hosted by the Association of Southeast Asian Nations" (the parse leaves the "hosted"
    phrase out of the clause)."""
    by = span.root.head
    hosted = by.head
    return (
        span.root.dep_ == "pobj"
        and by.dep_ == "agent"
        and hosted.dep_ == "acl"
        and hosted.lemma_.lower() in {"host", "organise", "organize", "convene"}
        and hosted.head.lemma_.lower() in GATHERING_NOUNS
        and hosted.head.i in clause
    )


# the participles that tell who chaired a gathering set before them: "the summit, co-chaired by A and B"
# (with the lemmatizer's "co-chaire" of "co-chaired")
CHAIRED_PARTICIPLES = frozenset("chair co-chair co-chaire preside host co-host convene".split())


def _chaired_in_the_clause(span: Span, clause: set[int]) -> bool:
    """Whether a gathering's name is that of the gathering the clause tells was chaired or
    hosted, the clause being the participle set after it: "the joint EAC-SADC summit held in Dar
    es Salaam on 8 February, co-chaired by A and B" (the meeting of A and B is that summit)."""
    gathering = span.root
    return gathering.lemma_.lower() in GATHERING_NOUNS and any(
        c.dep_ == "acl" and c.i in clause and c.lemma_.lower() in CHAIRED_PARTICIPLES
        for c in children_of(gathering)
    )


OCCASION_REACH = 1500  # characters: the few paragraphs before


def occasion_told_before(
    sentence: Span, clause: set[int], *, subjects: bool = False
) -> tuple[Occasion, Place | None] | None:
    """The occasion, and the place it was told in, that a clause refers back to with "the
    summit", "the conference", "the forum" or "the gathering" as its setting ("On the sidelines
    of the summit, A met B", "met B at the summit", "on the conference's sidelines"): the last
    occasion the article names before (within ``OCCASION_REACH``), when no other gathering was
    brought in after it ("a summit" of its own); not "the next summit", nor one told as
    another time ("ahead of the summit"); for a clause told as background, not one named in a
    sentence of the news. ``subjects``: "the summit" as the subject of a clause a meeting is told
    in ("The summit was due to take place in X, where ...") refers back too; a meeting's own clause
    with such a subject ("The summit was attended by A and B") is read whole elsewhere
    (:func:`extract.article.the_gathering_told_before`). Found once per sentence and clause."""
    key = (sentence.start, sentence.end, frozenset(clause), subjects)
    return remembered(
        sentence.doc, _TOLD_BEFORE, key, lambda: _occasion_told_before(sentence, clause, subjects=subjects)
    )


_TOLD_BEFORE = REMEMBERED + "occasion_told_before"


def _occasion_told_before(
    sentence: Span, clause: set[int], *, subjects: bool
) -> tuple[Occasion, Place | None] | None:
    for token in clause_tokens(sentence, clause):
        if not (
            refers_to_a_gathering(token)
            or bare_margins(token)
            or (subjects and _the_gathering_told_of(token))
        ):
            continue
        if not at_another_time(token):
            return _named_before(token)
    return None


def _told_on_the_gathering(sentence: Span, clause: set[int]) -> tuple[Occasion, Place | None] | None:
    """The occasion named before that "the summit" a relative clause tells of means: "Japarov will
    chair the summit, which will bring together A, B and C" (the meeting that clause tells is the
    summit named before); not "a summit, which ..." (one of its own) nor "the next summit"."""
    nouns = {r.head for r in clause_roots(sentence, clause) if r.dep_ == "relcl"}
    nouns |= {t for t in clause_tokens(sentence, clause) if t.lemma_.lower() in GATHERING_NOUNS}
    for noun in sorted(nouns, key=lambda t: t.i):
        if not the_gathering(noun):
            continue
        for told in (c for c in children_of(noun) if c.dep_ == "relcl" and c.i in clause):
            if any(c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ == "WDT" for c in children_of(told)):
                return None if at_another_time(noun) else _named_before(noun)
    return None


def _the_gathering_told_of(token: Token) -> bool:
    """ "The summit" as what the clause tells of, its subject: "The summit had been due to take
    place in St. Petersburg, where A was to host B" (the meeting of that clause is at the summit
    named before); not "a summit", "the next summit" (:func:`the_gathering`)."""
    return token.dep_ in {"nsubj", "nsubjpass"} and the_gathering(token)


def edition_told_before(sentence: Span, clause: set[int]) -> tuple[Occasion, Place | None] | None:
    """The series of the occasion an article names before a clause set at an edition of a year
    ("At last year's summit in Madrid, ..." in news of a NATO summit: a NATO summit), whether
    that clause is news or background; its place is the edition's own, which the clause tells,
    not that of the one named (None here)."""
    for token in clause_tokens(sentence, clause):
        if an_edition_of_a_year(token) and (told := _named_before(token, series=True)) is not None:
            return told[0], None
    return None


def _gatherings_told(sentence: Span) -> frozenset[int]:
    """The words of a sentence that are "the summit" (:func:`the_gathering`), read once per
    sentence, not again for each meeting of it that asks :func:`gathering_come_for`."""
    key = (sentence.start, sentence.end)
    return remembered(
        sentence.doc,
        _GATHERINGS_TOLD,
        key,
        lambda: frozenset(t.i for t in span_tokens(sentence) if the_gathering(t)),
    )


_GATHERINGS_TOLD = REMEMBERED + "gatherings_told"


def gathering_come_for(sentence: Span, clause: set[int], stop: bool = False) -> Occasion | None:
    """The summit that a meeting's people are said, in its sentence, to be in town for, to have
    come to attend or take part in, or to attend: one named there ("received B, who arrived in
    Algiers to take part in the summit of the Arab League"), or "the summit" named before ("Xi met
    A and B, who are also in Tianjin for the summit", "Johnson arrived in Kigali for the summit on
    Thursday and held talks with Kagame", "met B, who attended the summit as a guest", see
    :func:`occasion_told_before`). For one ``stop`` of a trip told with others, a summit the
    words of another stop attend is not its own (:func:`_cut_out`)."""
    named = {gathering_noun(span).i: occasion for span, occasion in gatherings_named(sentence)}
    summits = _gatherings_told(sentence)
    for token in span_tokens(sentence):
        if token.i not in named and token.i not in summits:
            continue
        verb = _come_for(token)
        if verb is None:
            continue
        tied = (
            verb.i in clause
            or any(
                c.dep_ == "conj" and c.i in clause for c in children_of(verb)
            )  # "arrived ... and held talks"
            or (verb.dep_ == "relcl" and verb.head.i in clause)  # "B, who is also in Tianjin for"
        )
        # "travel to A to attend the summit, and then to B": the summit is not B's
        taking_part = verb_above(token)
        tied = tied and not (stop and taking_part != verb and _cut_out(taking_part, clause))
        # "A met B, while C travelled to Tehran to attend the inauguration": C's trip, not theirs
        tied = tied and not _anothers_act_in_contrast(verb, clause)
        if tied and not at_another_time(token):
            if token.i in named:
                return named[token.i]
            told = _named_before(token)
            return told[0] if told is not None else None
    return None


def _cut_out(phrase: Token | None, clause: set[int]) -> bool:
    """Whether a clause holds words on both sides of a phrase (what is joined to it aside) and
    none of it: the words of another stop of a trip, taken out of this stop's clause ("will
    travel to Brazil to attend the G20 summit, and then to Guyana": no summit in Guyana; see
    :func:`extract.destinations.each_destination`)."""
    if phrase is None:
        return False
    joined = {t.i for c in children_of(phrase) if c.dep_ in {"conj", "cc"} for t in subtree_of(c)}
    words = {t.i for t in subtree_of(phrase)} - joined
    return min(clause) < min(words) and max(clause) > max(words) and not words & clause


# verbs of being or coming somewhere for a gathering
THERE_FOR_VERBS = frozenset("be arrive come travel fly land gather".split())
# verbs of taking part in a gathering, which one comes somewhere to do: "arrived to attend it"
TAKE_PART_VERBS = frozenset("attend participate take join".split())


def _come_for(gathering: Token) -> Token | None:
    """The verb of being or coming somewhere that a gathering is what one is there for: "arrived
    for the summit", "came to attend the summit", "arrived in Algiers to take part in the summit";
    or of taking part in it, said of someone in a clause of their own ("B, who attended the
    summit"); not "take part in" alone, nor "came for talks" of a noun that is no gathering."""
    verb = verb_above(gathering)
    if verb is None:
        return None
    if gathering.dep_ == "pobj" and gathering.head.lower_ == "for":
        return verb if verb.lemma_.lower() in THERE_FOR_VERBS else None
    taking_part = (gathering.dep_ == "dobj" and verb.lemma_.lower() in {"attend", "join"}) or (
        gathering.dep_ == "pobj" and gathering.head.lower_ == "in" and verb.lemma_.lower() in TAKE_PART_VERBS
    )
    if taking_part and verb.dep_ in {"xcomp", "advcl"} and verb.head.lemma_.lower() in THERE_FOR_VERBS:
        return verb.head
    if (
        taking_part
        and verb.dep_ == "relcl"
        and any(c.lower_ == "where" for c in children_of(verb))
        and any(c.dep_ == "conj" and c.pos_ == "VERB" for c in children_of(verb))
    ):
        # "Johannesburg, where he attended the summit and held talks with B": the talks joined to
        # the attending are at it (not "since he flew home from Paris, where he attended the summit")
        return None if any(c.dep_ == "aux" and c.tag_ == "MD" for c in children_of(verb)) else verb
    if taking_part and verb.dep_ == "relcl" and verb.head.ent_type_ == "PERSON":
        # "met Erdogan, who attended the summit": a clause of Erdogan's own; not "who will attend"
        return None if any(c.dep_ == "aux" and c.tag_ == "MD" for c in children_of(verb)) else verb
    return None


def occasion_named_before(reference: Token) -> Occasion | None:
    """The occasion "the summit" means, named further back than the sentences whose day and place
    it also takes (:func:`extract.article.the_gathering_told_before`): the last named before it
    (within ``OCCASION_REACH``), its occasion alone."""
    told = _named_before(reference)
    return told[0] if told is not None else None


def _named_before(reference: Token, *, series: bool = False) -> tuple[Occasion, Place | None] | None:
    """The occasion last named before ``reference``, and where it was told to be held;
    ``series``: in a sentence of news or background alike (an edition of a year names its series).
    "The bloc's summit" is the gathering of the body last named before (:func:`_the_bodys`)."""
    told = _told_before(reference, series=series)
    body = _the_bodys(reference)
    if body is None:
        return told
    return body, told[1] if told is not None and told[0] == body else None


def _the_bodys(reference: Token) -> Occasion | None:
    """The gathering that "the bloc's summit" or "the alliance's summit" means: the one the body
    last named before it (within ``OCCASION_REACH``) holds, whether or not a gathering of it was
    told ("the leaders of the Mercosur trade bloc ... flew in for the bloc's summit": the Mercosur
    summit); None where the reference has no such possessive, or the body holds no gathering of
    its sort ("the bloc's conference")."""
    owner = next((c for c in children_of(reference) if c.dep_ == "poss" and the_body_told(c)), None)
    if owner is None:
        return None
    start = max(0, owner.idx - OCCASION_REACH)
    named = occasions.bodies_named(doc_text(reference.doc)[start : owner.idx])
    if not named:
        return None
    occasion = named[-1][1]
    return occasion if of_its_sort(occasion, reference) else None


# the people whose body or countries a gathering is told as the gathering of: "the leaders of X"
MEMBERS_NOUNS = frozenset("leader head president premier".split())


def the_members_gathering(gathering: Token) -> Occasion | None:
    """The gathering "a summit" or "their summit" is, where its clause names whose it is: a body
    of the table, by "of" ("at a summit of the Visegrad Group", "of the four-nation bloc", the
    body named before) or as the one whose leaders it tells ("the leaders of the Quad grouping
    met ... in a summit hosted by A", "joined the leaders of the Three Seas Initiative for their
    summit"): that body's summit; or three countries or more whose leaders it tells, where the
    summit is told as of three or four ("the leaders of Japan, China and South Korea met for
    their first trilateral summit"): the summit named by them. None for "the summit" (one told
    before), one of another time ("before their summit"), or one of no such members."""
    if gathering.tag_ == "NNS" or not any(
        (c.dep_ == "det" and c.lower_ in {"a", "an"}) or (c.dep_ == "poss" and c.lower_ == "their")
        for c in children_of(gathering)
    ):
        return None
    lemma = gathering.lemma_.lower()
    kind = next((c.lower_ for c in children_of(gathering) if c.lower_ in MULTILATERAL_SIZES), None)
    if (lemma != "summit" and kind is None) or lemma not in GATHERING_NOUNS or at_another_time(gathering):
        return None
    members = [
        o
        for p in children_of(gathering)
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in children_of(p)
        if o.dep_ == "pobj"
    ]
    verb = verb_above(gathering)
    clause = clause_of(verb) if verb is not None else set()
    while verb is not None and verb.dep_ in {"conj", "advcl"}:
        # "The leaders of X met in Y and pledged ..., in a summit", "... as they met for their summit"
        verb = verb.head if verb.head.pos_ in {"VERB", "AUX"} else verb_above(verb.head)
        clause |= clause_of(verb) if verb is not None else set()
    members += [
        o
        for t in gathering.sent
        if t.i in clause and t.lemma_.lower() in MEMBERS_NOUNS and t.tag_ == "NNS"
        for p in children_of(t)
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in children_of(p)
        if o.dep_ == "pobj"
    ]
    for member in members:
        if kind is not None:
            countries = {
                c
                for m in (member, *member.conjuncts)
                if (c := places.country_name(span_text(gathering.doc[m.left_edge.i : m.i + 1])))
            }
            if len(countries) >= MULTILATERAL_SIZES[kind]:
                return Occasion(name=f"{'-'.join(sorted(countries))} {kind} summit")
            continue
        if the_body_told(member):
            start = max(0, member.idx - OCCASION_REACH)
            named = occasions.bodies_named(doc_text(gathering.doc)[start : member.idx])
        else:
            words = gathering.doc[member.left_edge.i : member.right_edge.i + 1]
            named = occasions.bodies_named(span_text(words))[:1]
        if named:
            return named[-1][1]
    return None


def _told_before(reference: Token, *, series: bool) -> tuple[Occasion, Place | None] | None:
    doc = reference.doc
    sentence = reference.sent
    reach = reference.idx - OCCASION_REACH
    news = not series and not is_background(span_text(sentence))
    while sentence.end_char > reach:
        # not in a sentence told otherwise than the reference's, news or background: "Anwar and Lula
        # last met in Rio during the BRICS summit. On the sidelines of the summit yesterday, ...":
        # the news's summit is not the one of a meeting told as the past; "The two last met in
        # October 2019, at the informal summit in X": nor is a meeting of the past at the news's
        # summit
        apart = not series and sentence != reference.sent and is_background(span_text(sentence)) == news
        named = None if apart else _told_last(sentence, reference)
        if named is not None:
            return named or None
        if sentence.start == 0:
            return _named_after(reference)  # the lead's "the summit" of one named further on
        sentence = doc[sentence.start - 1].sent
    return _the_headlines(reference) if news else None


def _the_headlines(reference: Token) -> tuple[Occasion, Place | None] | None:
    """The gathering a headline names, for "the summit" of the news told further on than the few
    paragraphs read back, with none named in them ("PM Modi hosts Biden ahead of G20 Summit ...
    On Saturday, on the sidelines of the Summit, Modi will meet Sunak": the G20 summit); the
    headline's words only (a line with no full stop opening the article), not the rest, and only
    where it names one gathering of the reference's sort."""
    doc = reference.doc
    first = next((t for t in doc_tokens(doc) if not t.is_space), None)
    if first is None:
        return None
    headline = first.sent
    if headline.start >= reference.sent.start or span_text(headline).rstrip().endswith("."):
        return None
    told = {
        o
        for _, o in gatherings_named(headline)
        if GATHERING_NAME.search(o.name) and of_its_sort(o, reference)
    }
    return (told.pop(), None) if len(told) == 1 else None


def _named_after(reference: Token) -> tuple[Occasion, Place | None] | None:
    """The one occasion of its sort an article names after ``reference`` (within
    ``OCCASION_REACH``), where it named none before: "leaders who have arrived for the summit
    ... held talks on the sidelines of the summit ... The BRICS summit in Kazan runs from October
    22 to 24". None where a gathering of its own ("a summit") comes first, or where it names
    several."""
    doc = reference.doc
    reach = reference.idx + OCCASION_REACH
    news = not is_background(span_text(reference.sent))
    told: dict[Occasion, Place | None] = {}
    sentence = reference.sent
    while sentence.start_char < reach:
        if sentence == reference.sent or news != is_background(span_text(sentence)):
            for span, occasion in gatherings_named(sentence):
                if span.start <= reference.i or not GATHERING_NAME.search(occasion.name):
                    continue
                if not of_its_sort(occasion, reference) or _a_topic(span) or _of_a_year_told(span):
                    continue
                if occasion not in told or told[occasion] is None:
                    told[occasion] = _place_of(span)
        if not told and any(t.i > reference.i and a_gathering_of_its_own(t) for t in span_tokens(sentence)):
            return None  # "a summit" of its own comes first
        if sentence.end >= len(doc):
            break
        sentence = doc[sentence.end].sent
    if len(told) != 1:
        return None
    return next(iter(told.items()))


def _told_last(sentence: Span, reference: Token) -> tuple[Occasion, Place | None] | tuple[()] | None:
    """The last gathering a sentence tells of before ``reference``: a named occasion, with its
    place; ``()`` for a gathering of its own ("a summit") or a sentence of a gathering named
    after; None when it tells of none."""
    last: tuple[int, tuple[Occasion, Place | None] | tuple[()]] | None = None
    for span, occasion in gatherings_named(sentence):
        if span.start >= reference.i or not GATHERING_NAME.search(occasion.name):
            continue
        if span.end > reference.i:
            continue  # the reference is a word of this name ("the APEC summit"), not told after it
        if not of_its_sort(occasion, reference):
            continue  # "the conference" is not the "EU meeting" told since the Security Conference
        if len(occasions.countries_of_format(occasion)) == 2 and on_its_margins(
            reference.doc[reference.i : reference.i + 1]
        ):
            continue  # "held the India-Japan Annual Summit ... on the margins of the summit": another
        if _of_a_year_told(span) and not _of_a_year_told(reference.sent[:]):
            continue  # "at the G20 summit in Bali in November 2022": not "the summit" of the news
        # a summit spoken of is still the one "the summit" then points back to ("welcomed the
        # results of the SCO summit held on November 10. The leaders took part in the summit by video")
        if _stayed_away_from(span) or _come_from(span):
            continue  # "A, who skipped the X summit, ... met B at the summit": not at X
        last = (span.end, (occasion, _place_of(span)))
    for token in span_tokens(sentence):
        if token.i >= reference.i or (last is not None and token.i < last[0]):
            continue
        if (own := the_members_gathering(token)) is not None and of_its_sort(own, reference):
            # "the leaders of the Quad met ... in a summit hosted by A. ... after the summit"
            last = (token.i + 1, (own, _place_of(sentence.doc[token.i : token.i + 1])))
        elif a_gathering_of_its_own(token):
            last = (token.i + 1, ())
        elif (body := _the_bodys(token)) is not None and of_its_sort(body, reference):
            # "gathered in Buenos Aires for the bloc's summit. On the sidelines of the summit, ..."
            last = (token.i + 1, (body, _place_of(sentence.doc[token.i : token.i + 1])))
    return last[1] if last is not None else None


YEAR_TOLD = re.compile(r"\b(?:19|20)\d\d\b|\blast year\b|\byears? ago\b", re.IGNORECASE)
_PUBLISHED = "dipgraph.published"


def note_publication(doc: Doc, published: date | None) -> None:
    """Keep the day of the news with its doc, against which a year told is read (see
    :func:`_of_a_year_told`)."""
    doc.user_data[_PUBLISHED] = published


def published_of(doc: Doc) -> date | None:
    """The day of the news kept with a doc by :func:`note_publication`."""
    return cast(date | None, doc.user_data.get(_PUBLISHED))


def _of_a_year_told(span: Span) -> bool:
    """Whether the clause a span is in dates it by a year of the past ("in November 2022", "last
    year"); not by the news's own year ("The summit was held in Georgetown on 20 November 2024"
    in news of November 2024 is the news's summit)."""
    verb = verb_above(span.root)
    clause = clause_of(verb) if verb is not None else {t.i for t in span}
    published = cast(date | None, span.doc.user_data.get(_PUBLISHED))
    return any(
        e.label_ == "DATE" and e.root.i in clause and _another_year(e.text, published)
        for e in entities(span.sent)
    )


def _another_year(text: str, published: date | None) -> bool:
    """Whether a date's words tell a year other than the news's."""
    told = YEAR_TOLD.findall(text)
    return bool(told) and (published is None or any(year != str(published.year) for year in told))


def _place_of(span: Span) -> Place | None:
    """Where a sentence tells an occasion was held: a venue hung on its name ("the BRICS summit in
    Johannesburg"), the place a "where" clause it is in refers to ("Johannesburg, where he took
    part in the BRICS summit"), else the venue of the clause it is in."""
    sentence = span.sent
    own = {t.i for t in subtree_of(span.root)}
    if (place := _named_place(sentence, own)) is not None:
        return place
    gathering = gathering_named(span)
    if gathering is not None and (place := _in_its_words(gathering)) is not None:
        return place
    verb = verb_above(span.root)
    if verb is None:
        return None
    if (there := where_place(sentence, verb)) is not None:
        return there
    return _named_place(sentence, clause_of(verb))


def _in_its_words(gathering: Token) -> Place | None:
    """A place "in" or "at" which a gathering's words put it, however the parse hangs it: "a summit
    of the BRICS group of emerging economies in the Russian city of Kazan"."""
    own = {t.i for t in subtree_of(gathering)}
    for ent in place_spans(gathering.sent):
        if ent.root.i not in own or is_dateline(ent):
            continue
        token = ent.root
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_ in VENUE_NOUNS:
            token = token.head.head  # "the Russian city of Kazan"
        if token.dep_ == "pobj" and token.head.lower_ in {"in", "at"}:
            return places.resolve_place(ent.text)
    return None


def clause_of(verb: Token) -> set[int]:
    """A verb's clause, without the clauses hung on it."""
    keep: set[int] = set()
    stack = [verb]
    while stack:
        token = stack.pop()
        keep.add(token.i)
        stack += [
            c for c in children_of(token) if c.dep_ not in {"relcl", "advcl", "ccomp", "conj", "parataxis"}
        ]
    return keep


TOPIC_HEADS = frozenset(
    "light view hosting host presidency chairmanship agenda outcome outcomes results".split()
)


# verbs whose object is what a meeting spoke of: "discussed the BRICS summit to be held in Kazan"
TOPIC_VERBS = frozenset("discuss debate review mention".split())


# what someone does to a gathering they do not go to: "skipped the summit", "boycotted the forum"
STAYED_AWAY = frozenset("skip miss boycott snub shun".split())


def _stayed_away_from(span: Span) -> bool:
    """Whether a sentence tells an occasion as one someone stayed away from ("A, who skipped last
    week's X summit", "B did not attend the X summit"): no setting a later "the summit" refers
    back to."""
    head = gathering_noun(span)
    while head.dep_ in {"compound", "nmod", "amod", "conj"} and head.head.i != head.i:
        head = head.head
    if head.dep_ != "dobj":
        return False
    verb = head.head
    return verb.lemma_.lower() in STAYED_AWAY or (
        verb.lemma_.lower() == "attend" and any(c.dep_ == "neg" for c in children_of(verb))
    )


def _in_what_was_talked_about(ent: Span) -> bool:
    """Whether a place is told inside what someone talked about, up to the verb ("the two talked
    about the NATO summit in The Hague", "spoke about the situation in Gaza"): a topic's place, not
    where they talked."""
    for above in ancestors_of(ent.root):
        if above.pos_ in {"VERB", "AUX"}:
            return False
        if above.dep_ == "pobj" and above.head.lower_ == "about":
            return True
    return False


def _a_topic(span: Span) -> bool:
    """An occasion spoken of rather than attended: "in light of the UAE's hosting of COP28",
    "the agenda of the G20 summit", "discussed the BRICS summit to be held in Kazan", "talked
    about the COP29 conference", "stress coordination on Libya and the Arab summit"; never one
    someone is "at"."""
    head = span.root
    while head.dep_ in {"compound", "nmod", "amod", "conj"} and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "about":
        return True  # "talked about the COP29 conference"
    if head.dep_ == "pobj" and head.head.lower_ == "on" and head.head.head.pos_ == "NOUN":
        # "coordination on the Arab summit", "a briefing on the G20 summit"; not "talks on ASEAN sidelines"
        return head.lower_ not in SETTING_NOUNS
    if head.dep_ == "pobj" and head.head.lower_ == "at":
        return False  # "joined A, the host, and B at the summit": where they were, whatever it hangs on
    head = span.root
    steps = 0
    while steps < 4:  # "discussed the BRICS summit", "the agenda of the G20 summit"
        if head.head.i == head.i:
            return False
        below, head = head, head.head
        steps += below.dep_ != "conj"  # the last of a list of topics: "discussed trade, ... and NATO"
        if head.lower_ in TOPIC_HEADS and head.pos_ in {"NOUN", "PROPN"}:
            return True
        if head.pos_ in {"VERB", "AUX"}:
            return below.dep_ == "dobj" and head.lemma_.lower() in TOPIC_VERBS
    return False


def _of_a_meeting_to_come(span: Span, trigger: Token | None) -> bool:
    """An occasion of a meeting the clause looks forward to: "met to prepare the ground for a
    bilateral on the sidelines of the APEC summit"; not the trigger itself, nor the noun the
    occasion's name is part of ("slated for the APEC leaders' summit")."""
    head = span.root
    while head.dep_ in {"compound", "nmod", "poss", "amod"} and head.head.i != head.i:
        head = head.head
    return any(
        a.lemma_.lower() in MEETING_NOUNS
        and a != trigger
        and a.dep_ == "pobj"
        and a.head.lower_ in {"for", "toward", "towards"}
        for a in ancestors_of(head)
    )


BEFORE_OR_AFTER = frozenset(
    "ahead before after following since prior until prepare preparing preparation preparations eve".split()
)
# verbs that set one event before or after another: "the visit precedes the summit"
ORDER_VERBS = frozenset("precede follow predate".split())


def a_when_clause(verb: Token) -> bool:
    """Whether a verb heads a relative clause opened by "when", told of the time it hangs on:
    "met" in "since June, when they met in Rome"."""
    return verb.dep_ == "relcl" and any(c.lower_ == "when" and c.dep_ == "advmod" for c in children_of(verb))


# words above a place looked at for the event of another time it is told in; farther up past a
# meeting's noun: "a day after tense talks with the EU's foreign policy chief in Brussels" (in,
# chief, with, talks, after)
ANOTHER_TIME_WORDS = 4
ANOTHER_TIME_REACH = 6
# the words of talks: not of a gathering they are held at, nor of a trip ("after his visit to
# Accra": where the traveller was, which the scene of the news may still be)
TALKS_NOUNS = MEETING_NOUNS - GATHERING_NOUNS - VISIT_WORDS


def another_time(span: Span, clause: set[int] | None = None) -> bool:
    """An occasion, or a date, of what comes before or after the meeting: "talks ahead of the
    UN General Assembly", "met following the G20 summit", "on the eve of the CELAC summit",
    "met to prepare the ground for a bilateral on the sidelines of the APEC summit", "in the
    run-up to the summit in Vilnius", "Following their summit earlier in the day, Kishida hosted
    Yoon for dinner on Thursday"; not the meeting's. Not one of the meeting the ``clause`` asked
    about tells, its verb coming first on the way up ("the first talks since July, when they met
    in Brussels": Brussels is where they met in July), nor that of a meeting noun whose own
    clause is asked about, the noun coming first ("ahead of Trump's meeting with Putin in
    Alaska": Alaska is where that meeting is to be), nor one inside a "when" clause, which tells
    an event of its own ("the first talks since June, when she flew in for the G7 summit and met
    him there": the summit is that meeting's)."""
    if told_as_next(span):
        return True  # "A opens state visit with B talks, CSTO summit next": the summit comes after
    below, meeting, step = span.root, False, -1
    # "follows the joint summit held in X on 8 February, co-chaired by A and B": the meeting
    # the gathering's own words tell is that gathering, whatever a verb of order puts it after
    told_by_it = _told_by_its_own_words(span.root, clause)
    for above in ancestors_of(span.root):
        # the "of" links inside a gathering's long name are not counted: "ahead of the 24th
        # Meeting of the Council of Heads of State of the SCO" is as near as "ahead of the SCO summit"
        step += not (
            (above.lower_ == "of" and below.text[:1].isupper())
            or (below.lower_ == "of" and above.pos_ in {"NOUN", "PROPN"} and above.text[:1].isupper())
        )
        if step >= ANOTHER_TIME_REACH or (step >= ANOTHER_TIME_WORDS and not meeting):
            break
        if above.pos_ in {"VERB", "AUX"} and heads_clause(above, clause) and not before_or_after(above):
            return False  # "a day after holding talks in Kampala": the talks' own place
        if a_when_clause(above):
            return False  # "since June, when she flew in for the summit": the "when" clause's own
        if above.pos_ in {"NOUN", "PROPN"} and heads_clause(above, clause):
            return False
        if _arranging_it(above):
            return False  # "a meeting that diplomats had been preparing for Tuesday on the sidelines of X"
        if above.lemma_.lower() in ORDER_VERBS and (
            told_by_it or _described_on_the_verb(above, below, clause) or _the_round_before_it(above, below)
        ):
            return False
        told_by_it = told_by_it or _told_by_its_own_words(above, clause)
        if before_or_after(above) or _ends_or_opens_at_another_time(below, above):
            return True
        meeting = meeting or (above.pos_ == "NOUN" and above.lemma_.lower() in TALKS_NOUNS)
        below = above
    return False


# the words between a gathering and the "next" that puts it after the news: "the summit is next",
# "the summit comes next", "the summit is up next"
TO_NEXT = frozenset("is comes come up".split())
# what may follow that "next", which then closes what is told of the gathering (not "next week",
# the gathering's own time)
AFTER_NEXT = frozenset("and but then".split())


def told_as_next(span: Span) -> bool:
    """Whether a gathering is told as what comes next, after the news its sentence reports, by a
    "next" closing what is said of it ("Putin opens state visit with Tokayev talks, CSTO summit
    next", "the summit is up next"): the summit is no occasion of the talks told before it. Not
    "the summit next week", a time of its own, nor "the next summit", the series' next edition."""
    doc = span.doc
    i = span.end
    while i < len(doc) and (doc[i].lower_ in TO_NEXT or doc[i].lemma_.lower() in GATHERING_NOUNS):
        i += 1
    if i >= len(doc) or doc[i].lower_ != "next":
        return False
    after = doc[i + 1] if i + 1 < len(doc) else None
    return after is None or after.is_punct or after.is_space or after.lower_ in AFTER_NEXT


def _the_round_before_it(verb: Token, below: Token) -> bool:
    """Whether a verb of order puts a round of talks before the one a pronoun stands for ("That
    followed a second round in Rome on April 19"): the round is the meeting told, in its own place."""
    return (
        below.dep_ == "dobj"
        and below.lemma_.lower() in ROUNDS
        and any(c.dep_ == "amod" and c.ent_type_ == "ORDINAL" for c in children_of(below))
        and any(c.dep_ == "nsubj" and c.lower_ in {"that", "this", "it", "which"} for c in children_of(verb))
    )


def _told_by_its_own_words(noun: Token, clause: set[int] | None) -> bool:
    """Whether a noun is described by a clause of the meeting asked about ("the joint summit held
    in X, co-chaired by A and B"): the gathering that meeting is."""
    return (
        clause is not None
        and noun.pos_ in {"NOUN", "PROPN"}
        and any(c.i in clause and c.dep_ in {"acl", "relcl"} for c in children_of(noun))
    )


def _described_on_the_verb(verb: Token, below: Token, clause: set[int] | None) -> bool:
    """Whether a participle of the meeting asked about hangs on a verb of order beside the
    gathering it orders ("The talks follow the summit in X on 8 February, chaired by A and B",
    the parser hanging "chaired" on "follow"): it tells the gathering, which is that meeting."""
    return clause is not None and any(
        c.i in clause and c.i != below.i and c.tag_ == "VBN" and c.dep_ in {"advcl", "acl", "relcl"}
        for c in children_of(verb)
    )


def _ends_or_opens_at_another_time(noun: Token, verb: Token) -> bool:
    """Whether a gathering (or the noun it is part of) is the subject of a clause told as before
    or after the meeting, by the word that opens it: "after the APEC leaders' meeting closes",
    "before the summit opens"; not a gathering the clause's people meet at ("after they met at
    the G20 summit")."""
    return (
        noun.head == verb
        and noun.dep_ in {"nsubj", "nsubjpass"}
        and any(c.dep_ == "mark" and c.lower_ in AFTER_OR_BEFORE | {"until"} for c in children_of(verb))
    )


def at_another_time(noun: Token) -> bool:
    """Whether a gathering's noun is told as before or after what its sentence reports ("Before
    the trilateral summit, Trump held separate meetings"), as :func:`another_time` tells."""
    return another_time(noun.doc[noun.i : noun.i + 1])


def _arranging_it(verb: Token) -> bool:
    """A relative clause on a meeting noun whose "that" or "which" is the meeting being arranged:
    "a meeting that diplomats had been preparing", not a preparation for something else."""
    return (
        verb.dep_ == "relcl"
        and verb.head.lemma_.lower() in MEETING_NOUNS
        and any(c.lower_ in {"that", "which"} and c.dep_ in {"mark", "dobj"} for c in children_of(verb))
        and not any(c.dep_ == "dobj" and c.lower_ not in {"that", "which"} for c in children_of(verb))
    )


def gathering_at_another_time(sentence: Span) -> bool:
    """Whether a sentence tells a gathering as before or after what it reports: "met on Monday at
    the Casa Rosada, on the eve of the CELAC summit", "signed deals before the summit"."""
    named = (span for span, _ in gatherings_named(sentence))
    nouns = (
        sentence.doc[t.i : t.i + 1]
        for t in span_tokens(sentence)
        if t.lemma_.lower() in GATHERING_NOUNS and not t.ent_type_
    )
    return any(another_time(span) for span in itertools.chain(named, nouns))


def before_or_after(token: Token) -> bool:
    """A word that puts what hangs on it at another time: "ahead", "after", "eve", the
    "up" of "in the run-up to", "in the lead-up to", "in the build-up to" the summit, and a verb
    of coming before or after ("a state visit, which precedes his participation in the summit",
    "the talks, which followed the forum")."""
    if token.lower_ in BEFORE_OR_AFTER:
        return True
    if token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in ORDER_VERBS:
        return True
    return token.lower_ == "up" and any(c.lower_ in {"run", "lead", "build"} for c in children_of(token))


SINCE = frozenset({"since"})


def occasion_city(occasion: Occasion) -> Place | None:
    """The city where an occasion is always held, as the occasions table says: the Munich
    Security Conference in Munich, the World Economic Forum in Davos; None for a summit series,
    which moves."""
    venue = occasions.venue_of(occasion)
    return places.resolve_place(venue) if venue else None


PLAN_VERBS = frozenset("schedule set slate due expect".split())
# verbs of an attempt to bring a meeting about: "In May, Qatar tried to arrange talks between A and
# B", "had sought in 2023 to set up a meeting": the time of the attempt is the meeting's, for want
# of one of its own
ATTEMPT_VERBS = frozenset("try attempt seek".split())
RELATIVE_PREPOSITIONS = frozenset("in during on at".split())
# the parts of an event an act is told at, "of which" after them opening a relative clause of its
# time as "during which" does: "a first round in Muscat on April 12, at the end of which A and B spoke"
PARTS_OF_AN_EVENT = frozenset("end start beginning close conclusion course sidelines margins".split())


def opens_a_relative_of_time(preposition: Token) -> bool:
    """Whether a preposition with "which" opens a relative clause told at the time of the event it
    is said of: "during which", "in which", "at which", and "of which" after a part of the event
    ("at the end of which", "on the sidelines of which"), however the parser hangs that part: on
    the clause's verb or on the event's noun."""
    if not any(g.lower_ == "which" for g in children_of(preposition)):
        return False
    if preposition.lower_ in RELATIVE_PREPOSITIONS:
        return True
    if preposition.lower_ != "of":
        return False
    verb = preposition.head
    parts = [preposition.head] + [
        g
        for h in (verb, verb.head)
        for p in children_of(h)
        if p.dep_ == "prep" and p.i < preposition.i
        for g in children_of(p)
        if g.dep_ == "pobj"
    ]
    return any(p.lemma_.lower() in PARTS_OF_AN_EVENT for p in parts)


def clause_roots(sentence: Span, clause: set[int]) -> list[Token]:
    """The words of a clause within the sentence whose head is outside it (or who are their own
    head), in order: the few roots sorted, not the whole clause (asked for each date and plan)."""
    key = (sentence.start, sentence.end, frozenset(clause))  # found once per sentence and clause
    return list(remembered(sentence.doc, _CLAUSE_ROOTS, key, lambda: _clause_roots(sentence, clause)))


_CLAUSE_ROOTS = REMEMBERED + "clause_roots"


def _clause_roots(sentence: Span, clause: set[int]) -> tuple[Token, ...]:
    heads, tokens = doc_heads(sentence.doc), doc_tokens(sentence.doc)
    start, end = sentence.start, sentence.end
    roots = [i for i in clause if start <= i < end and (heads[i] not in clause or heads[i] == i)]
    return tuple(tokens[i] for i in sorted(roots))


# the participles of a plan told of a meeting word ("a call scheduled for Friday"), by their own
# forms, as the lemmatiser makes "slat" of "slated"
PLAN_PARTICIPLES = frozenset("scheduled set slated planned fixed due expected pencilled penciled".split())
# the participles of a plan put off, which tell the day it was set for or is put off to: "The
# summit, postponed from May, did not take place", "the talks, delayed until June"
PUT_OFF_PARTICIPLES = frozenset("postponed delayed deferred rescheduled".split())
PUT_OFF_FROM_TO = frozenset("from to until till".split())


def described_as_set_for(sentence: Span, clause: set[int]) -> set[int]:
    """The words dating a meeting word of the clause in the participle of a plan that describes
    it, which the clause leaves out as a clause of its own: "in a phone call scheduled for
    Thursday", "at a summit set for Saturday in Arusha", "for talks slated for March 20"; also
    where the parser hangs the participle on a name inside the meeting's phrase ("The meeting
    between Foreign Minister A and B, scheduled for Thursday, was cancelled"), since no person
    is scheduled for a day, nor are the parties the meeting is "between", "with" or "of" ("A
    meeting between the two leaders planned for May", "a meeting of the two leaders planned for
    May"); or in one of a plan on whatever a verb in the passive calls off ("A second round
    between the two men, planned for June, was postponed"). The same words tell its setting:
    "a bilateral scheduled on the sidelines of the G20 summit" (see :func:`clause_occasion`).
    Found once per sentence and clause, a new set at each call."""
    key = (sentence.start, sentence.end, frozenset(clause))
    return set(remembered(sentence.doc, _SET_FOR, key, lambda: _described_as_set_for(sentence, clause)))


_SET_FOR = REMEMBERED + "described_as_set_for"


def _described_as_set_for(sentence: Span, clause: set[int]) -> frozenset[int]:
    return frozenset(
        {
            t.i
            for word in clause_tokens(sentence, clause)
            if word.lemma_.lower() in MEETING_NOUNS or _what_was_called_off(word)
            for named in (word, *(t for t in subtree_of(word) if t.i > word.i and _a_party_named(t, word)))
            for described in children_of(named)
            if described.dep_ == "acl" and described.lower_ in PLAN_PARTICIPLES | PUT_OFF_PARTICIPLES
            for child in children_of(described)
            if child.dep_ in {"prep", "npadvmod"}
            # "postponed from May", "delayed until June": the day set, not "delayed by a week"
            and (described.lower_ in PLAN_PARTICIPLES or child.lower_ in PUT_OFF_FROM_TO)
            for t in subtree_of(child)
        }
        - clause
    )


def _what_was_called_off(word: Token) -> bool:
    """Whether a word is what a verb in the passive calls off, whatever its noun: "A second round
    between the two men, planned for June, was postponed" (a round of the talks told before)."""
    return word.dep_ == "nsubjpass" and word.head.lemma_.lower() in CALLED_OFF


def _a_party_named(token: Token, word: Token) -> bool:
    """Whether a word after a meeting word names one of its parties: a person ("talks with
    Ruto"), or the object of its "between", "with" or "of" ("a meeting between the two presidents",
    "a meeting of the two leaders")."""
    if token.ent_type_ == "PERSON":
        return True
    while token.dep_ == "conj":
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in PARTIES_AFTER and token.head.head == word


SAYING = frozenset("say tell report announce state add confirm".split())
# the links from a plan's verb up to the verb of its clause: "was due (acomp) to meet (xcomp)",
# "would travel to Warsaw to meet (advcl)"
PLAN_LINKS = frozenset("xcomp acomp advcl".split())


def time_of_the_saying(verb: Token) -> set[int]:
    """The words of time told between a verb of saying and the subject of what was said, with no
    "that" between ("Ruto said on Friday he would host Museveni", "told reporters on Wednesday he
    was due to meet Milei"): in news style that day is the saying's, whatever word of the clause
    said (``verb``, or one it completes) the parser hangs it on."""
    chain = [verb]
    while chain[-1].dep_ in PLAN_LINKS and chain[-1].head != chain[-1]:
        chain.append(chain[-1].head)
    said, saying = chain[-1], chain[-1].head
    if said.dep_ != "ccomp" or saying.lemma_.lower() not in SAYING or saying.i > said.i:
        return set()
    subject = next((c for c in children_of(said) if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.i < saying.i:
        return set()
    first = min(t.i for t in subtree_of(subject))
    return {
        t.i
        for v in chain
        for c in children_of(v)
        if saying.i < c.i < first
        and c.dep_ in {"prep", "npadvmod"}
        and any(t.ent_type_ in {"DATE", "TIME"} for t in subtree_of(c))
        for t in subtree_of(c)
    }


def plan_of(sentence: Span, clause: set[int]) -> set[int]:
    """The words dating the plan a clause is the object of: "On Friday" in "On Friday, Smith was
    scheduled to hold talks" (and to "visit Tapa and meet Hussar"; "On Tuesday, A is due to hold
    a bilateral meeting with B", the day on the verb "due" completes), "In October, Lee is to pay a
    visit", or the trip it is the purpose of ("would travel to Caracas in April to meet Maduro");
    also one the parser hangs on an adverb ("Later in the day, Lee is due to meet ..."); not the
    day of an agreement ("agreed on Monday to meet"). Found once per sentence and clause, a new
    set at each call."""
    key = (sentence.start, sentence.end, frozenset(clause))
    return set(remembered(sentence.doc, _PLAN_OF, key, lambda: frozenset(_plan_of(sentence, clause))))


_PLAN_OF = REMEMBERED + "plan_of"


def _plan_of(sentence: Span, clause: set[int]) -> set[int]:
    found: set[int] = set()
    for root in clause_roots(sentence, clause):
        found |= _where_the_body_sits(root, clause)
        for _ in range(3):  # "In May, A is to pay a visit to France to meet B": two steps up
            while root.dep_ == "conj" and root.head.pos_ in {"VERB", "AUX"}:
                root = root.head
            if not _planned_by(root):
                break
            plan = [root.head, *([root.head.head] if root.head.dep_ == "acomp" else [])]  # "is due to"
            for child in (c for word in plan for c in children_of(word)):
                if child.dep_ in {"prep", "npadvmod", "advmod"} and child.i not in clause:
                    found |= {t.i for t in subtree_of(child)}
            root = root.head
    # "said on Friday he was due to meet B": the saying's day, not the plan's
    return found - {i for root in clause_roots(sentence, clause) for i in time_of_the_saying(root)}


# verbs of a body's or a gathering's sitting: "The committee, to be chaired by A, will convene in X"
SITTING_VERBS = frozenset("convene reconvene meet sit gather open".split())


def _where_the_body_sits(root: Token, clause: set[int]) -> set[int]:
    """The words of time and place of the verb a body sits by, where the clause is the participle
    telling who chairs it, set after it as its subject: "The joint committee, to be co-chaired by A
    and B, is expected to convene in X next week" (in X, next week); "The council, chaired by A,
    will meet on Friday". Not a clause of a body that does something else ("The panel, chaired
    by A, will report in May")."""
    body = root.head
    if not (
        root.dep_ in {"acl", "relcl"}
        and root.lemma_.lower() in CHAIRED_PARTICIPLES
        and body.dep_ in {"nsubj", "nsubjpass"}
        and body.pos_ in {"NOUN", "PROPN"}
        and body.ent_type_ != "PERSON"
    ):
        return set()
    verb = body.head
    verbs = [verb]
    if verb.lemma_.lower() in PLAN_VERBS:  # "is expected to convene", "is due to meet"
        verbs += [c for c in children_of(verb) if c.dep_ == "xcomp"]
    if verbs[-1].lemma_.lower() not in SITTING_VERBS:
        return set()
    return {
        t.i
        for word in verbs
        for child in children_of(word)
        if child.dep_ in {"prep", "npadvmod", "advmod"} and child.i not in clause
        for t in subtree_of(child)
    }


def verb_of_the_plan(verb: Token) -> Token:
    """The verb of the plan a verb is the object of, where it is one: "is" of "meet" in "he is also
    due to meet B", "was" of "hold" in "was scheduled to hold talks"; else the verb itself."""
    for _ in range(3):  # "is expected to be due to meet": a few steps up at most
        if not _planned_by(verb):
            break
        verb = verb.head.head if verb.head.dep_ == "acomp" else verb.head  # "is due to"
    return verb


def _planned_by(verb: Token) -> bool:
    """Whether a verb is the object of a plan ("scheduled to meet", "is to pay a visit"), of an
    attempt ("tried in May to set up a meeting") or the purpose of a trip ("travel to Caracas to
    meet", "visit China to meet", "pay a visit to France to meet")."""
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))
    head = verb.head.lemma_.lower()
    trip = (
        head in TRIP_PURPOSE_VERBS | VISIT_WORDS
        or any(c.dep_ == "dobj" and c.lemma_.lower() in VISIT_WORDS for c in children_of(verb.head))
        or led_a_delegation(verb.head)
        or _there_in_person(verb.head)
    )  # "travel to Caracas to meet", "pay a visit to France to meet", "led a delegation to Rome to"
    attempt = head in ATTEMPT_VERBS and verb.dep_ in {"advcl", "xcomp"}  # "tried in May to set up"
    return (verb.dep_ == "xcomp" and (head in PLAN_VERBS or (head == "be" and to))) or (
        verb.dep_ in {"advcl", "xcomp"} and to and (trip or attempt)
    )


def _there_in_person(verb: Token) -> bool:
    """Whether a verb "be" tells someone's being in a place ("was in Apia on Saturday to meet",
    "is in Nairobi this week to hold talks"), which a meeting is the purpose of as of a trip."""
    return verb.lemma_.lower() == "be" and any(
        c.dep_ == "prep"
        and c.lower_ in {"in", "at"}
        and any(g.dep_ == "pobj" and g.ent_type_ in {"GPE", "LOC", "FAC"} for g in children_of(c))
        for c in children_of(verb)
    )


# verbs of a trip whose purpose a meeting is: "travel to Caracas to meet", "stop in Suva to meet",
# and of a short way across town: "cross the city on Friday to meet", "drive to the palace to meet"
TRIP_PURPOSE_VERBS = frozenset("travel fly go come head return stop land cross drive".split())
# what a leader leads to a place on a trip: "led a delegation to Pyongyang"
TRAVELLING_PARTIES = frozenset("delegation mission team".split())


def led_a_delegation(verb: Token) -> bool:
    """Whether a verb leads a delegation, which goes as a verb of going does: "led a delegation
    to Pyongyang"."""
    return verb.lemma_.lower() == "lead" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in TRAVELLING_PARTIES for c in children_of(verb)
    )
