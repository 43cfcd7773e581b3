"""Together or one at a time: whether people named with one meeting word met all together.

"Met A and B" is a meeting with each, unless they met "together", "jointly", in a three-way or
trilateral format, as one side's delegation, or as guests a host brought together for talks; a
host at a summit receives its guests one by one, and "separately", "individually" or a call "to
both" split a meeting into one with each. A greeting or handshake at a group photo, and talks at
the level of officials no one is named for, are no meeting of those named.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span, Token

from extract import places
from extract.article import the_headline
from extract.collectives import a_collective_reference
from extract.dates import MONTHS, anchored, names_a_day
from extract.found import Found
from extract.gatherings import EDGE_NOUNS, GATHERING_NOUNS, gatherings_named
from extract.gazetteer import ORGANISATIONS
from extract.kinds import CALL_NOUNS
from extract.participants import (
    COUNTS,
    DETERMINERS,
    LEADING_VERBS,
    MISSION_NOUNS,
    nominal,
    own_clause,
)
from extract.people import Cluster, People
from extract.roles import role_class
from extract.spans import (
    children_of,
    clause_tokens,
    entities,
    entity_at,
    passive_agents,
    span_tokens,
    subtree_of,
    with_objects,
)
from extract.triggers import (
    GATHERING_VERBS,
    is_trigger,
    lemma_of,
)
from extract.venues import a_building_name
from extract.vocabulary import MULTILATERAL

# Verbs whose subject, or agent, has guests come to them: "Erdogan hosted Mohamud", "talks hosted by
# Qatar's emir", "was received by King Abdullah".
HOSTS_AT_HOME = frozenset("host receive welcome".split())

# Prepositions said again before each one met, each with a day or place of its own: "spoke with A
# on Friday and with B on Monday", "spoke to A on Sunday and to B a day earlier".
AGAIN_FOR_EACH = ("with", "to")
# the entities that give a phrase a day or place of its own
OWN_WORDS = frozenset("DATE GPE LOC FAC".split())


def with_each(
    sentence: Span, clause: set[int], counterparts: list[Cluster], people: People
) -> list[set[int]]:
    """The clause of each phrase of one preposition said again for each counterpart, "with A ...
    and with B ..." or "to A ... and to B ...": each with what it says up to the next, none of the
    others' (empty unless each names one counterpart, by name or by a description with the name
    set beside it: "to his Emirati counterpart Abdullah bin Zayed"); where some tell no day or
    place of their own, the days and places the others tell are said of all."""
    tokens = clause_tokens(sentence, clause)
    for word in AGAIN_FOR_EACH:
        # not "together with B", one on the subject's side: "flew to Ottawa together with B for talks with C"
        phrases = [t for t in tokens if t.lower_ == word and t.dep_ in {"prep", "conj"} and not _jointly(t)]
        if len(phrases) >= 2 and len(phrases) == len(counterparts):
            break
    named = [
        next(
            (
                people.at(n)
                for c in children_of(w)
                if c.dep_ == "pobj"
                for n in (c, *(a for a in children_of(c) if a.dep_ == "appos"))
                if people.at(n) is not None
            ),
            None,
        )
        for w in phrases
    ]
    if len(phrases) < 2 or named != counterparts:
        return []
    ends = [w.i for w in phrases[1:]] + [max(clause) + 1]
    segments = [set(range(w.i, end)) for w, end in zip(phrases, ends, strict=True)]
    told = [_own_time_or_place(sentence, own) for own in segments]
    # "spoke with A and with B on Sunday": one day told for both
    shared = set().union(*told) if not all(told) else set()
    return [
        clause - set().union(*(other for other in segments if other is not own)) | shared for own in segments
    ]


def _own_time_or_place(sentence: Span, segment: set[int]) -> set[int]:
    """The words of a phrase that give it a day or place of its own: a date or a place the model
    tags, a time it tags that names a day ("to B separately on Thursday night"), or a time told
    from a day named before that it leaves untagged ("with A that evening and with B the next day":
    that evening, the day told before)."""
    doc = sentence.doc
    days = {
        i
        for e in entities(sentence)
        if e.label_ == "TIME" and names_a_day(e.text)
        for i in range(e.start, e.end)
    }
    return {i for i in segment if doc[i].ent_type_ in OWN_WORDS or i in days} | {
        t.i
        for i in segment
        if doc[i].dep_ == "npadvmod" and not doc[i].ent_type_ and anchored(_words(doc[i]))
        for t in subtree_of(doc[i])
    }


def _words(token: Token) -> str:
    return " ".join(t.text for t in subtree_of(token))


# what tells meetings held one at a time, after the meeting word: "held meetings, in turn, with
# A, B and C", "talks, one after the other, with A and B", "received them one by one"
ONE_AT_A_TIME = re.compile(
    r"\b(?:in turn|one after (?:the )?other|one after another|one by one|in succession)\b"
)


def separately(trigger: Token, verb: Token) -> bool:
    """Whether several people are said to meet someone "separately" or "individually", also set
    off between the people met ("a meeting with A and, separately, with B"), or one at a time
    ("private meetings, in turn, with A, B and C", "bilateral talks, one after the other, with")."""
    words = {"separately", "individually", "successively"}
    after = trigger.doc[trigger.i : trigger.sent.end].text.lower()
    return (
        any(c.lower_ in words for c in (*children_of(trigger), *children_of(verb)))
        or any(
            t.lower_ in words and t.i > trigger.i and t.nbor(-1).lower_ in {",", "and"}
            for t in span_tokens(trigger.sent)
        )
        or ONE_AT_A_TIME.search(after) is not None
    )


# the verbs of a call with someone, and the words that make one call of several people
CALL_VERBS = frozenset("speak call phone telephone talk".split())
JOINT_CALLS = frozenset("joint conference three-way trilateral together jointly".split())


# the fewest named after one "with" in a call or a meeting that make it one of them all
A_CALL_OF_ALL = 3


def a_call_of_all(
    kind: str, sentence: Span, clause: set[int], counterparts: list[Cluster], people: People
) -> bool:
    """Whether a call names three or more after one "with" ("coordinated by phone with A, B, C and
    D", "held a phone call with A, B and C"): one call of them all, as allies are called together;
    not two ("spoke by phone with Tusk and Fiala": a call with each), nor those said to be called
    apart ("separately", "with A and with B"), which are read first."""
    return (
        kind in {"phone", "video"}
        and len(counterparts) >= A_CALL_OF_ALL
        and with_once(sentence, clause, people)
    )


def a_sitting_of_all(
    trigger: Token,
    verb: Token,
    kind: str,
    sentence: Span,
    clause: set[int],
    counterparts: list[Cluster],
    people: People,
) -> bool:
    """Whether a meeting in person names three or more after one "with" ("On the sidelines of the
    summit, Zelensky met with A, B, C and D", "held talks with A, B and C"): one sitting of them
    all, as with a call (:func:`a_call_of_all`); not two ("met with A and B" may be a meeting with
    each), nor those said to be met apart ("separately", "with A and with B"), which are read
    first, nor a list told "also" after another meeting ("had also met with A, B, C and D": more
    meetings of the day, one after another), nor a headline's list ("Putin holds talks with Raisi,
    Khamenei, Erdogan"), which sums up a day of meetings."""
    return (
        kind == "in_person"
        and len(counterparts) >= A_CALL_OF_ALL
        and not any(c.lower_ == "also" for w in {verb, trigger} for c in children_of(w))
        and not _a_line_with_no_stop(sentence)
        and with_once(sentence, clause, people)
    )


# what ends a sentence of the body, maybe inside its closing quote
STOPS = frozenset(". ! ? \" ” ’ '".split())


def _a_line_with_no_stop(sentence: Span) -> bool:
    """Whether a sentence is a line with no full stop: a headline (:func:`the_headline`, or one
    under an outlet's name: "Putin holds talks with Raisi, Khamenei, Erdogan during Tehran visit"),
    whose list sums up a day of meetings."""
    words = [t for t in span_tokens(sentence) if not t.is_space]
    return the_headline(sentence) or (bool(words) and words[-1].text not in STOPS)


def called_both(trigger: Token, verb: Token) -> bool:
    """A call "to both" or "with both" of those named ("spoke by phone to both Trump and
    Zelensky", "followed calls from Modi to both leaders", the parser hanging "to" on the verb
    whose object the calls are): one call with each, as a call of three would be told "joint" or
    "three-way"."""
    its_object = trigger.head == verb and trigger.dep_ == "dobj"
    return lemma_of(trigger) in CALL_VERBS | CALL_NOUNS and any(
        c.dep_ in {"prep", "dative"}
        and c.lower_ in {"to", "with"}
        and any(
            t.lower_ == "both" and t.dep_ in {"det", "preconj"}
            for g in children_of(c)
            for t in children_of(g)
        )
        for c in (
            *children_of(trigger),
            *(children_of(verb) if lemma_of(verb) in CALL_VERBS else ()),
            *(c for c in children_of(verb) if its_object and c.i == trigger.right_edge.i + 1),
        )
    )


def one_delegation(subject: Cluster, counterparts: list[Cluster]) -> bool:
    """Whether those met are one side's delegation, met together: all of one country ("held talks
    with Prime Minister Manasseh Sogavare and Foreign Minister Jeremiah Manele"), or some of them
    the subject's own colleagues ("held talks with Fuad Hussein, alongside Defence Minister Yasar
    Guler"). Not where each is said to be met apart ("separately", "with A and with B")."""
    told = {c.country for c in counterparts if c.country is not None}
    # one named by an office without a country is of the others' ("and Foreign Minister Manele")
    unknown = [c for c in counterparts if c.country is None]
    if subject.country is None or not told or any(c.role is None for c in unknown):
        return False
    return len(told) == 1 or subject.country in told


def with_the_head_of_a_body(trigger: Token, subject: Cluster, counterparts: list[Cluster]) -> bool:
    """Whether one person met a country's leader or minister together with the head of an
    international body, the two named after one verb ("met Prime Minister A and NATO
    Secretary-General B", "held talks with President A and Commission President B"): the body's
    head sits in on the talks, which are one meeting of the three. Not on a gathering's sidelines
    ("on the margins of the summit, met A and UN chief B"), where a guest meets each in turn, nor a
    longer list, nor where the one who meets is of that body or that country."""
    if len(counterparts) != 2 or any(t.lower_ in EDGE_NOUNS for t in trigger.sent):
        return False
    bodies = [c for c in counterparts if c.country in ORGANISATIONS]
    states = [c for c in counterparts if c.country is not None and c.country not in ORGANISATIONS]
    return (
        len(bodies) == 1
        and len(states) == 1
        and subject.country is not None
        and subject.country not in ORGANISATIONS
        and subject.country != states[0].country
    )


def at_one_building(sentence: Span, clause: set[int], counterparts: list[Cluster]) -> bool:
    """Whether a clause places its meeting of those of one government "at" one named building, a
    seat of government or a landmark ("met A and B at the White House on Thursday", "at State
    House"): one sitting there, those met at most one leader and their ministers or envoys; not two
    leaders who each receive a guest on their own ("met Xi and Premier Li at the Great Hall", "the
    King and the Crown Prince at the palace")."""
    if sum(role_class(c.role) == "leader" for c in counterparts) >= 2:
        return False
    ats = [
        g
        for t in clause_tokens(sentence, clause)
        if t.lower_ == "at" and t.dep_ == "prep"
        for g in children_of(t)
        if g.dep_ == "pobj" and g.pos_ == "PROPN"
    ]
    if len(ats) != 1:
        return False
    name = " ".join(t.text for t in subtree_of(ats[0]) if t.pos_ == "PROPN" and t.i <= ats[0].i)
    return places.is_venue_name(name) or a_building_name(name)


# the nouns of a private home someone receives guests at: "at Trump's Mar-a-Lago estate"
HOME_NOUNS = frozenset("estate residence home house ranch farm villa dacha".split())


def at_the_home_of_one_met(
    sentence: Span, clause: set[int], counterparts: list[Cluster], people: People
) -> bool:
    """Whether a clause places its meeting "at" the home of one of those met ("met A and B at A's
    Mar-a-Lago estate", "at A's residence"): the others are that host's guests, at one sitting with
    the one who came; not a home of someone else ("at his residence", the visitor's own)."""
    return any(
        g.lemma_.lower() in HOME_NOUNS
        and any(c.dep_ == "poss" and people.at(c) in counterparts for c in children_of(g))
        for t in clause_tokens(sentence, clause)
        if t.lower_ == "at" and t.dep_ == "prep"
        for g in children_of(t)
        if g.dep_ == "pobj"
    )


# the offices of a government that sit with its leader when a visitor calls: ministers, deputies,
# envoys and advisers (not a speaker of parliament or an opposition leader, whose office is none of these)
CABINET_CLASSES = frozenset("leader deputy_leader foreign defence minister envoy adviser".split())


def in_their_country(
    sentence: Span, clause: set[int], subject: Cluster, counterparts: list[Cluster], verb: Token
) -> bool:
    """Whether a visitor meets a government's leader and its ministers in their own country, one stop
    of a trip: "will meet Prime Minister A and Foreign Minister B in Tokyo", "flew to Addis Ababa,
    where he met A and B" is one sitting with that government. Not two leaders of it, who each
    receive a guest on their own ("met Xi and Premier Li in Beijing"), nor ministers met without
    their leader ("to meet Vice President A and Foreign Minister B", each in turn), nor one of
    another body ("President A and Speaker B"), nor a visiting delegation met at home ("Maduro met
    Petro and his foreign minister in Caracas", one with each as told)."""
    countries = {c.country for c in counterparts if c.country is not None}
    if len(countries) != 1 or subject.country is None or subject.country in countries:
        return False
    classes = [role_class(c.role) for c in counterparts]
    if any(k not in CABINET_CLASSES for k in classes) or classes.count("leader") != 1:
        return False
    words = [t for t in clause_tokens(sentence, clause) if t.dep_ == "pobj" and t.head.lower_ in {"in", "at"}]
    told = [e for t in words if t.ent_type_ in PLACE_LABELS and (e := entity_at(t)) is not None]
    # the place a "where" clause tells of, the last one named before it, whatever the parser hangs
    # the clause on: "arrives in Suva on Tuesday, where she will meet A and B"
    where = [c for c in children_of(verb) if c.lower_ == "where"] if verb.dep_ == "relcl" else []
    if where:
        before = [e for e in entities(sentence) if e.end <= where[0].i and e.label_ in PLACE_LABELS]
        told += before[-1:]
    return any((p := places.resolve_place(e.text)) is not None and p.country in countries for e in told)


PLACE_LABELS = frozenset({"GPE", "LOC"})


def a_led_mission(verb: Token) -> bool:
    """Whether a verb's subject is a mission someone leads: "a delegation led by A met B and C", "a
    team of mediators headed by A met ..." (the participle on the mission noun or on its "of"
    phrase). Such a party calls on a government and meets its officials in one sitting."""
    for noun in (c for c in children_of(verb) if c.dep_ == "nsubj"):
        of = [g for p in children_of(noun) if p.lower_ == "of" for g in children_of(p) if g.dep_ == "pobj"]
        nouns = [noun, *of]
        if noun.lemma_.lower() in MISSION_NOUNS and any(
            c.dep_ == "acl" and c.lemma_.lower() in LEADING_VERBS and passive_agents(c)
            for n in nouns
            for c in children_of(n)
        ):
            return True
    return False


def one_family(counterparts: list[Cluster]) -> bool:
    """Whether those met are of one family, the relatives of someone met together: two or more who
    hold no office and share the last word of their names ("met Yulia Navalnaya and Dasha
    Navalnaya", "received Evan Gershkovich's parents, Mikhail Gershkovich and Ella Milman" is not
    one: their names differ). Officials who share a family name ("Kim Jong Un and Kim Yo Jong") are
    read by their offices, as everyone else met."""
    if len(counterparts) < 2 or any(c.role is not None or c.known for c in counterparts):
        return False
    last = {c.name.split()[-1].lower() for c in counterparts if len(c.name.split()) >= 2}
    return len(last) == 1 and all(len(c.name.split()) >= 2 for c in counterparts)


def one_government(counterparts: list[Cluster]) -> bool:
    """Whether those met are all of one country, one named by an office without a country taken as
    of the others' ("met Tinubu and Vice President Shettima")."""
    told = {c.country for c in counterparts if c.country is not None}
    return len(told) == 1 and all(c.role is not None for c in counterparts if c.country is None)


def with_once(sentence: Span, clause: set[int], people: People) -> bool:
    """Whether a clause names those met after one "with" ("held talks with A and B", "met in
    Brussels with A and B"); not after "with" again ("met with Zhao Leji, and with Premier Li
    Qiang"), each met on their own, nor as the verb's objects ("meeting the king and the crown
    prince"), which name each one met."""
    withs = [t for t in clause_tokens(sentence, clause) if t.lower_ == "with" and t.dep_ in {"prep", "conj"}]
    return (
        len(withs) == 1
        and any(
            people.at(t) is not None for c in children_of(withs[0]) if c.dep_ == "pobj" for t in subtree_of(c)
        )
        and not _of_other_bodies(withs[0])
    )


def met_as_a_counted_group(verb: Token, people: People, counterparts: list[Cluster]) -> bool:
    """Whether a verb met those it met as one counted group, its object a count of them no name
    stands in: "Goyal met the two commissioners", "held talks with the three envoys" is one
    sitting of them all, not one meeting each (as "met A and B" may be); not a group told apart
    ("met the two leaders separately", which :func:`separately` reads first). The parser may fold
    the counted noun into the first name of the list that follows it, the count on either: "met the
    five Nordic prime ministers - A, B of Norway, ..." ("ministers" a compound of A)."""
    objects = [c for c in children_of(verb) if c.dep_ in {"dobj", "attr"}] + with_objects(verb)
    for word in objects:
        if people.at(word) is None:
            counted = [word] if word.tag_ == "NNS" else []
        else:
            nouns = [c for c in children_of(word) if c.dep_ == "compound" and c.tag_ == "NNS"]
            counted = [word, *nouns] if nouns else []
        counts = [
            c
            for w in counted
            for c in children_of(w)
            if c.dep_ in {"nummod", "det", "predet"} and c.lower_ in COUNTS
        ]
        if counts and COUNTS[counts[0].lower_] == len(counterparts):
            return True
        if _members_listed(word, people, counterparts) or _holders_for_countries_listed(
            word, people, counterparts
        ):
            return True
        # the group's noun may hang lower in the first name's words: "fellow Mercosur presidents -
        # Argentina's Javier Milei" ("presidents" a compound of "Argentina")
        named = counted or [t for t in subtree_of(word) if t.i < word.i and t.dep_ == "compound"]
        if any(_a_named_group_listed(w, people, counterparts) for w in named):
            return True
    return False


def brought_together_before(
    found: list[Cluster], counterparts: list[Cluster], sentence: Span, earlier: Sequence[Found]
) -> bool:
    """Whether one person's meeting with several ("is expected to meet A, B and C there") is with
    those a meeting told before brought together with that person, one of three or more held or
    planned with all of them and maybe more ("The meeting was meant to bring together D and E with
    A, B and C", D staying away): the same sitting, told again, those met each of another country
    or body. Not on a gathering's sidelines, where one meets those there one by one, nor those of
    one government ("meeting the king and the crown prince" after "was received by the King and the
    crown prince"), whose talks may go on one by one."""
    countries = [c.country for c in counterparts]
    if (
        any(t.lower_ in EDGE_NOUNS for t in sentence)
        or None in countries
        or len(set(countries)) < len(countries)
    ):
        return False
    return any(
        len(meeting.people) >= 3
        and set(found) <= set(meeting.people)
        and meeting.sentence.start < sentence.start
        and meeting.kind in {"in_person", "planned", "cancelled", "video"}
        for meeting in earlier
    )


def met_as_one_party(verb: Token, trigger: Token) -> bool:
    """Whether those met are a party told by a collective noun, its members named before
    (:mod:`extract.collectives`): "Putin received the delegation", "held talks with the mediators"
    is one sitting of them all, not one meeting each."""
    objects = [c for t in {verb, trigger} for c in children_of(t) if c.dep_ in {"dobj", "attr"}]
    return any(a_collective_reference(o) for o in objects + with_objects(verb, trigger))


def _members_listed(word: Token, people: People, counterparts: list[Cluster]) -> bool:
    """Whether the object met is a group told by a definite plural of those of a body, its members
    listed after it: "met the leaders of the Visegrad Group - A, B, C and D" is one sitting of them
    all, as "met the two commissioners" is; not "met A and B", listed alone."""
    of_a_body = any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(
            g.dep_ == "pobj"
            and g.ent_type_ != "GPE"
            and any(t.pos_ == "PROPN" or t.ent_type_ == "ORG" for t in subtree_of(g))
            for g in children_of(c)
        )
        for c in children_of(word)
    )
    # the parser may hang the names on the verb: all of them come after the group's noun
    listed = {people.at(t) for t in span_tokens(word.sent) if t.i > word.i}
    return (
        word.tag_ == "NNS"
        and people.at(word) is None
        and any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(word))
        and of_a_body
        and len(counterparts) >= 2
        and all(c in listed for c in counterparts)
    )


def _holders_for_countries_listed(word: Token, people: People, counterparts: list[Cluster]) -> bool:
    """Whether the object met is a definite plural of those who hold an office for three or more
    countries, each of them named after it: "met the national security advisers of the U.K.,
    France and Germany - A, B and C" is one sitting of them all, as three or more met after one
    "with" are (:func:`a_sitting_of_all`); not two ("met the leaders of Russia and India, A and
    B" may be a meeting with each), nor a list told apart ("separately"), which is read first."""
    places = [
        w
        for c in children_of(word)
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in children_of(c)
        if g.dep_ == "pobj"
        for w in (g, *g.conjuncts)
        if w.ent_type_ == "GPE"
    ]
    listed = {people.at(t) for t in span_tokens(word.sent) if t.i > word.i}
    return (
        word.tag_ == "NNS"
        and people.at(word) is None
        and any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(word))
        and len(places) >= A_CALL_OF_ALL
        and len(counterparts) >= A_CALL_OF_ALL
        and all(c in listed for c in counterparts)
    )


# the office holders a group is named as, in the plural: "fellow Quad leaders", "his BRICS
# counterparts", "the Mercosur presidents", "fellow G7 foreign ministers"
GROUP_OFFICES = frozenset("leader counterpart minister president premier chancellor head".split())


def _a_named_group_listed(word: Token, people: People, counterparts: list[Cluster]) -> bool:
    """Whether the object met is office holders named for the group they form, its members listed
    after it: "met fellow Quad leaders - A, B and C", "met his Quad counterparts, A, B and C" is one
    sitting of that group, as "met the leaders of the Visegrad Group, A, B, C and D" is. The group
    is named by a proper noun that is no country, people or region ("his counterparts from Russia
    and India", "fellow African leaders", "Pacific leaders" are met one by one); nor is it one met
    on the sidelines of that group's own gathering ("on the margins of the BRICS summit, met his
    BRICS counterparts A and B": the bilaterals a summit is the occasion of)."""
    if word.tag_ != "NNS" or word.lemma_.lower() not in GROUP_OFFICES or people.at(word) is not None:
        return False
    names = [
        c
        for c in children_of(word)
        if c.dep_ == "compound"
        and c.pos_ == "PROPN"
        and c.ent_type_ not in {"NORP", "PERSON"}
        and people.at(c) is None
        and not _of_a_place(c.text)
    ]
    if len(names) != 1 or len(counterparts) < 2:
        return False
    name = names[0].lower_
    edges = [t for t in span_tokens(word.sent) if t.lower_ in EDGE_NOUNS]
    if any(t.lower_ == name for e in edges for t in subtree_of(e)):
        return False
    listed = {people.at(t) for t in span_tokens(word.sent) if t.i > word.i}
    return all(c in listed for c in counterparts)


def _of_a_place(text: str) -> bool:
    """Whether a proper noun names a country, a people or a region rather than a group of states:
    "Russia", "Pacific" (not "Quad", "BRICS", "Mercosur")."""
    return (
        places.country_named(text) is not None
        or places.demonym_country(text) is not None
        or places.is_world_region(text)
        or places.is_place_name(text)
    )


def counted_together_next(sentence: Span, found: list[Cluster]) -> bool:
    """Whether the sentence after one that lists those met counts them all, by their number, as
    one group that met or acted together then and there: "A met B, C and D. Together, the four
    leaders then ...", "The four then held talks", "All four leaders met ...", "The four emerged
    with a memorandum" (:data:`JOINT_OUTCOMES`); then "met B, C and D" was one meeting of them all.
    Not a list said to be met apart ("in separate meetings"), a count that differs ("the two" after
    a list of four), a group that does nothing together ("The four leaders are all members of
    NATO"), nor one told meeting at a day or place of its own ("The three ministers last met in
    Beijing in May": another three, another meeting)."""
    doc = sentence.doc
    if sentence.end >= len(doc) or any(t.lower_ in APART_WORDS for t in span_tokens(sentence)):
        return False
    for subject in doc[sentence.end].sent:
        if subject.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        children = [c for c in children_of(subject) if c.dep_ in {"nummod", "det", "predet"}]
        size = COUNTS.get(subject.lower_) or next(
            (COUNTS[c.lower_] for c in children if c.lower_ in COUNTS), None
        )
        if size != len(found) or not DETERMINERS & {c.lower_ for c in children}:
            continue
        if _acted(subject.head):
            return True
    return False


def _acted(verb: Token) -> bool:
    """Whether a verb tells a group doing something together then and there: meeting again ("The
    four then held talks"), an outcome (:data:`JOINT_OUTCOMES`: "agreed", "signed") or anything
    "together"; not at a day or place of its own ("last met in Beijing in May")."""
    acted = (
        is_trigger(verb)
        or verb.lemma_.lower() in JOINT_OUTCOMES
        or any(c.lower_ in {"together", "jointly"} for c in children_of(verb))
        or any(c.dep_ == "dobj" and is_trigger(c) for c in children_of(verb))
    )
    return acted and not _of_another_time_or_place(verb)


# what a group does as the outcome of a sitting of them all, told of all of them by their count:
# "The four emerged with a memorandum", "The three leaders signed a joint declaration", "the four
# agreed to meet again" (not "are members", which tells no act)
JOINT_OUTCOMES = frozenset("emerge sign agree adopt endorse issue unveil".split())


def counted_together_within(trigger: Token, found: list[Cluster]) -> bool:
    """Whether the trigger's sentence goes on, in a clause of the meeting ("where", "at which"),
    to count all those it lists as one group: "hosted A and B in Munich, where the three leaders
    discussed the talks" was one meeting of the three, and so was "met A and B in Lima, and the
    three agreed to ..." (a clause joined on that tells them acting together then, not "and the
    three last met in May"). Not a sentence that tells them apart ("in separate meetings")."""
    sentence = trigger.sent
    if any(t.lower_ in APART_WORDS for t in span_tokens(sentence)):
        return False
    for subject in (t for t in span_tokens(sentence) if t.i > trigger.i):
        if subject.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        # "met A and B in Lima, and the three agreed to set up a secretariat": a clause joined to
        # the meeting's own that tells what they did together then
        joined = (
            subject.head.dep_ == "conj"
            and subject.head.head in {trigger, trigger.head}
            and _acted(subject.head)
        )
        if subject.head.dep_ not in {"relcl", "advcl"} and not joined:
            continue
        children = [c for c in children_of(subject) if c.dep_ in {"nummod", "det", "predet"}]
        size = COUNTS.get(subject.lower_) or next(
            (COUNTS[c.lower_] for c in children if c.lower_ in COUNTS), None
        )
        if size == len(found) and DETERMINERS & {c.lower_ for c in children}:
            return True
    return False


# the words that name one meeting, not a gathering: "the meeting", "the talks" (not "the session")
ONE_MEETING_WORDS = frozenset("meeting talks".split())


def named_as_one_next(sentence: Span, found: list[Cluster], people: People) -> bool:
    """Whether the sentence after one that lists those met names what they did as one meeting, by
    a definite word for it that names no one met: "A met B and C in Lima. The ambassadors also
    attended the talks", "The meeting lasted two hours"; then "met B and C" was one meeting of
    them all. Not "the meetings" (several), "the meeting with C" (one of them), a sentence that
    names someone else (its meeting may be another: "the encounter of the day will come when A
    sits down with D"), nor after a list said to be met apart ("in separate meetings")."""
    doc = sentence.doc
    if sentence.end >= len(doc) or any(t.lower_ in APART_WORDS for t in span_tokens(sentence)):
        return False
    after = doc[sentence.end].sent
    if any(t.lower_ in APART_WORDS for t in after) or any(
        (c := people.at(t)) is not None and c not in found for t in after
    ):
        return False
    # "The summit" said next is the meeting of them all where the list names no gathering its
    # meetings are held at ("A met B, C and D. Addressing the summit, B said ..."); after "met B and
    # C on the sidelines of the G7", the G7 is the summit, and the meetings with each stay apart
    words = ONE_MEETING_WORDS if gatherings_named(sentence) else ONE_MEETING_WORDS | {"summit"}
    for word in after:
        if word.lower_ not in words or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in children_of(word)
        ):
            continue
        if any(people.at(t) is not None for t in subtree_of(word) if t.i != word.i):
            continue  # "the meeting with C", "the talks between A and B"
        if any(
            c.dep_ == "amod" and c.lower_ in {"next", "last", "previous", "first", "earlier"}
            for c in children_of(word)
        ):
            continue  # "the last meeting": another one
        return True
    return False


# the words that set those met apart: "met A and B in separate meetings", "spoke to each individually"
APART_WORDS = frozenset("separate separately individual individually".split())
# the words of a meeting told before the one just told: "last met", "had previously met"
BEFORE_WORDS = frozenset("last previously earlier before first".split())


def _of_another_time_or_place(verb: Token) -> bool:
    """Whether a verb tells a day or a place of its own ("met in Beijing in May", "met on Monday"),
    or a meeting before ("last met"), not the one just told; a name's country ("with U.S.
    President Trump") is no place."""
    told = [c for c in children_of(verb) if c.dep_ == "npadvmod"]
    told += [o for c in children_of(verb) if c.dep_ == "prep" for o in children_of(c) if o.dep_ == "pobj"]
    return any(c.lower_ in BEFORE_WORDS for c in children_of(verb)) or any(
        t.ent_type_ in OWN_WORDS for t in told
    )


def _of_other_bodies(with_: Token) -> bool:
    """Whether those listed after "with" mix a government with other bodies: a parliament, its
    speaker or the opposition, a visit's schedule of audiences met one by one ("meet with Prime
    Minister A, Parliament Speaker B and representatives of the opposition parties"), not one
    side's delegation."""
    listed = [c for c in children_of(with_) if c.dep_ == "pobj"]
    for token in listed:
        listed += [c for c in children_of(token) if c.dep_ == "conj" and c not in listed]
    other = [
        any(t.lower_ in OTHER_BODIES for t in subtree_of(token) if not _in_conjunct(t, token))
        for token in listed
    ]
    return len(listed) >= 2 and any(other) and not all(other)


def _in_conjunct(token: Token, head: Token) -> bool:
    """Whether ``token`` is in a conjunct of ``head`` rather than in ``head``'s own words."""
    while token != head:
        if token.dep_ in {"conj", "cc"} and token.head == head:
            return True
        token = token.head
    return False


OTHER_BODIES = frozenset(
    "speaker parliament parliamentary assembly senate congress opposition lawmakers legislators "
    "mps deputies senators civil society business religious clergy students".split()
)


def separate_between(trigger: Token, verb: Token) -> bool:
    """Meetings or calls said to be separate "between" those named ("separate phone calls between
    A and B and C"), also where the meeting word is the noun's first word ("phone" in "phone calls")."""
    noun = trigger.head if trigger.dep_ == "compound" and nominal(trigger.head) else trigger
    return any(c.lower_ == "between" for c in children_of(noun)) and (
        said_separate(noun) or separately(trigger, verb)
    )


def one_sitting_told(trigger: Token) -> bool:
    """Whether a meeting noun is told in the singular, as one meeting: "held a separate meeting
    with A, who was accompanied by B", "a bilateral meeting with Prime Minister A and Foreign
    Minister B" (not "separate meetings with A and B")."""
    return trigger.tag_ == "NN" and any(
        c.dep_ == "det" and c.lower_ in {"a", "an"} for c in children_of(trigger)
    )


def said_separate(trigger: Token) -> bool:
    """Whether a meeting noun is said to be "separate" or "individual" meetings."""
    return any(c.lower_ in {"separate", "individual"} for c in children_of(trigger))


# plural nouns that news uses for talks: "held discussions with", "held consultations with"
TALKS_IN_OTHER_WORDS = frozenset("discussion consultation".split())


def separate(trigger: Token, verb: Token, lemma: str, kind: str) -> bool:
    """Meetings, talks or phone calls with several people (talks in other words too: "held
    discussions with A and B"), not said to be "three-way" or "trilateral", nor held with them
    "together" or "jointly", nor those a host brings to them ("hosted Tshisekedi and Kagame for
    talks", "brought Vucic and Kurti together for a meeting"):
    one with each. A call of three is told as such ("a joint call", "a conference call"); a leader
    who "spoke by phone with Tusk and Fiala" made two calls."""
    call = kind == "phone" and lemma in CALL_VERBS | CALL_NOUNS
    # summits in the plural with several leaders are one with each: "held back-to-back summits with A
    # and B" (not "meetings", which may be the sessions of one summit of them all)
    counted = trigger.tag_ == "NNS" and lemma == "summit"
    # discussions in the plural are talks: "held discussions with A and B" is one with each (not
    # "a panel discussion with A and B", one of them all)
    talks = trigger.tag_ == "NNS" and lemma in TALKS_IN_OTHER_WORDS
    if lemma not in {"meet", "talk", "talks"} and not call and not counted and not talks:
        return False
    if verb is not trigger and verb.lemma_.lower() in HOSTING_VERBS:
        return False  # the host's guests meet each other at the talks it holds for them
    if any(t.lower_ in {"together", "jointly"} for t in subtree_of(trigger)):
        return False  # "met Maduro and Lula together"
    if verb is not trigger and _joined_by_those_with(verb):
        return False  # "the talks will be facilitated by A, together with B and C": A, B and C at one table
    sitting = lemma in TALKS_IN_OTHER_WORDS | {"talk", "talks"}
    if sitting and trigger.dep_ == "pobj" and trigger.head.lower_ == "in":
        return False  # "was locked in talks with A, B and C", "engaged in talks with": one sitting of all
    if _a_round_of_negotiations(trigger):
        return False  # "to meet A and B in a bid to restart the stalled negotiations": one round
    if _told_as_a_round(trigger):
        return False  # "the second round of talks, which he held with A and B": the sides at one table
    if _for_one_length(trigger, verb):
        return False  # "met A and B for several hours", "held talks with A and B for two hours"
    # the call noun the meeting word names ("phone" in "a joint phone call"), whose words tell it joint
    noun = trigger.head if trigger.dep_ == "compound" and nominal(trigger.head) else trigger
    if call and any(t.lower_ in JOINT_CALLS for t in (*subtree_of(noun), *children_of(verb))):
        return False  # "held a joint phone call with Trump and Zelensky"
    if _with_others_unnamed(verb):
        return False  # "met A and B, along with the heads of other delegations": all at one table
    before = "".join(t.text_with_ws for t in subtree_of(trigger) if t.i < trigger.i).lower()
    return (
        not several_sides(before)
        and not _for_a_multilateral(trigger)
        and not _summed_up_as_multilateral(verb)
        and not _at_the_time_of_a_multilateral(verb)
    )


def _with_others_unnamed(verb: Token) -> bool:
    """Whether those a verb met are told met "along with" or "together with" a group it names by a
    plural noun alone, after them ("met A and B, along with the heads of other delegations", "met
    with A and B together with other faction leaders"): the named are some of a group met at one
    sitting. Not a group of the verb's doer told before the verb ("Along with his ministers, A met
    B and C"), nor one that names someone ("along with B": one more person, see
    :func:`_joined_by_those_with`)."""
    return any(
        _jointly(w)
        and w.i > verb.i
        and any(
            g.dep_ == "pobj"
            and g.tag_ == "NNS"
            and not any(t.ent_type_ == "PERSON" or t.tag_ in {"NNP", "NNPS"} for t in subtree_of(g))
            for g in children_of(w)
        )
        for c in children_of(verb)
        if c.dep_ in {"prep", "advmod"}
        for w in (c, *children_of(c))
    )


def _at_the_time_of_a_multilateral(verb: Token) -> bool:
    """Whether the meeting is told as the time of a gathering of several sides, a "when" clause on
    the verb that tells the gathering held ("The last round of the trilateral dialogue was held in
    Islamabad in May, when A met B and C", "a three-way summit took place in Kigali, when ..."):
    those met are that gathering's sides, at one table. Not a gathering of two ("the bilateral
    forum was held in May, when A met B and C")."""
    if verb.dep_ not in {"advcl", "relcl"} or not any(c.lower_ == "when" for c in children_of(verb)):
        return False
    held = verb.head  # the verb the clause tells the time of, the parser may hang it on its date
    while held.pos_ not in {"VERB", "AUX"} and held.head is not held:
        held = held.head
    return any(
        c.dep_ in {"nsubj", "nsubjpass"}
        and several_sides("".join(t.text_with_ws for t in subtree_of(c)).lower())
        for c in children_of(held)
    )


# the units of time a meeting's length is told in
LENGTHS = frozenset("hour minute".split())


def _for_one_length(trigger: Token, verb: Token) -> bool:
    """Whether the meeting is told to have lasted one length of time, "for several hours" on its
    verb or noun: those met sat together that long ("met A and B for three hours at a hotel",
    "held talks with A and B for two hours"), one sitting of them all; not a length each had
    ("for an hour each")."""
    lengths = [
        c
        for w in {trigger, verb}
        for p in children_of(w)
        if p.dep_ == "prep" and p.lower_ == "for"
        for c in children_of(p)
        if c.dep_ == "pobj"
    ]
    return any(
        n.lemma_.lower() in LENGTHS and not any(t.lower_ == "each" for t in subtree_of(n.head))
        for n in lengths
    )


# how a noun phrase set off after a clause hangs in it, as the parser reads it: on the verb ("met A
# and B in X, a trilateral meeting"), as its object, or beside one of those met
SUMMING_UP = frozenset("npadvmod appos dobj".split())


def _summed_up_as_multilateral(verb: Token) -> bool:
    """Whether the clause is summed up, after a comma, by a noun phrase calling it a three-way
    meeting ("met A and B in Tokyo on Monday, a three-way meeting on maritime security", "met A
    and B in Arusha on Tuesday, a trilateral summit that ended without a deal"): one
    meeting of them all. Not a meeting word set off without such a format ("met A and B, the
    first meeting since ..."), nor one after a preposition ("met A and B, ahead of a trilateral
    summit": another meeting)."""
    doc = verb.doc
    near = {verb, *(c for c in children_of(verb) if c.dep_ in {"nsubj", "dobj"})}
    near |= {t for n in list(near) if n is not verb for t in n.conjuncts}
    return any(
        t.dep_ in SUMMING_UP
        and t.head in near
        and t.i > verb.i
        and t.left_edge.i > 0
        and doc[t.left_edge.i - 1].text == ","
        and several_sides(_up_to(t))
        for t in span_tokens(verb.sent)
    )


def _up_to(noun: Token) -> str:
    """The words of a noun phrase up to its noun, in lower case: "a three-way meeting"."""
    return "".join(w.text_with_ws for w in subtree_of(noun) if w.i <= noun.i).lower()


def _joined_by_those_with(verb: Token) -> bool:
    """Whether a verb tells others "together with" or "along with" its doer, active or passive
    ("to be facilitated by A, together with B and C", "chaired by A along with B", "A travelled to
    Kyiv together with B and C for talks with D", "Along with B, A flew to Ottawa for talks with
    D"): they do it with A, all on one side of one meeting, not each met by A."""
    return any(
        _jointly(w) for c in children_of(verb) if c.dep_ in {"prep", "advmod"} for w in (c, *children_of(c))
    )


def _jointly(with_: Token) -> bool:
    """Whether a "with" is "together with" or "along with", the two words side by side, whichever
    the parser hangs on which."""
    return with_.lower_ == "with" and with_.i > 0 and with_.nbor(-1).lower_ in JOINTLY


JOINTLY = frozenset({"together", "along"})


def _a_round_of_negotiations(trigger: Token) -> bool:
    """Whether a meeting with several is told as held to move negotiations on ("to meet A and B in
    a bid to restart the stalled negotiations", "met A and B to resume the truce negotiations"):
    a round of those negotiations, all of them at one table, as mediators and a party meet."""
    return any(
        t.lemma_.lower() in NEGOTIATIONS and t.dep_ == "dobj" and t.head.lemma_.lower() in MOVING_ON
        for t in subtree_of(trigger)
    )


NEGOTIATIONS = frozenset({"negotiation", "negotiations"})
# what a round of negotiations is held to do to them
MOVING_ON = frozenset("restart resume revive relaunch unblock advance conclude finalise finalize".split())


def _told_as_a_round(trigger: Token) -> bool:
    """Whether talks with several are told as a round of them ("the second round of talks, which he
    held with A and B", "a new round of negotiations with A and B"): a round is a sitting of the
    sides of one negotiation, a mediator with both parties, not one meeting with each."""
    noun = trigger.head if trigger.dep_ == "compound" else trigger
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in ROUNDS


# the nouns of one sitting of a negotiation: "a round of talks"
ROUNDS = frozenset({"round"})


# what a host may gather guests for, or at, together: "hosted A and B for talks", "at a dinner"
JOINT_EVENTS = frozenset(
    "talk talks meeting summit dinner lunch luncheon breakfast banquet reception ceremony "
    "retreat session round conference gathering".split()
)


def each_guest(trigger: Token, verb: Token, host: Cluster, guests: list[Cluster], kind: str) -> bool:
    """Whether a host received several guests one by one: leaders of different countries, none of
    the host's, "hosted" or "received" while a summit goes on, with no event they came to together
    ("the final day of the BRICS summit ... A day earlier, Putin had hosted Erdogan and
    Pezeshkian"), or "meetings" in the plural with them, held ("after meetings with Putin, Xi and
    Modi"). Not guests hosted by video link, one virtual meeting of them all ("Putin hosted A, B
    and C by video link"), nor a plan's ("was to host A and B", "to hold meetings with A, B and
    C"), which may be one summit of them all, nor guests of one country ("received Petro and his foreign
    minister"), nor ones brought "for talks", "to a summit" or "at a dinner", "together",
    "jointly" or for a three-way meeting, nor two leaders a host brings together away from any
    gathering ("Erdogan hosted Abiy and Mohamud in Ankara", as mediators do), nor guests told
    by a plural noun of people, "welcomed the leaders" (as one body, those of the gathering told
    before)."""
    countries = [g.country for g in guests]
    if None in countries or len(set(countries)) < len(countries) or host.country in countries:
        return False
    if kind in {"planned", "cancelled"}:
        return False  # "was to host A and B" at a summit may be that summit, of them all
    plural = nominal(trigger) and trigger.tag_ in {"NNS", "NNPS"} and lemma_of(trigger) in COUNTED_MEETINGS
    if not plural and not (
        # one who hosts several "by video link" holds one virtual meeting of them all
        trigger == verb and lemma_of(verb) in HOSTS_AT_HOME and kind != "video" and _amid_a_gathering(trigger)
    ):
        return False
    if any(
        c.dep_ == "dobj" and c.tag_ == "NNS" and c.lemma_.lower() in GROUP_NOUNS
        for c in (*children_of(trigger), *children_of(verb))
    ):
        return False  # "welcoming the leaders", "received the heads of state": as one body
    if trigger == verb and any(
        c.dep_ == "dobj" and c.lemma_.lower() in JOINT_EVENTS for c in children_of(verb)
    ):
        return False  # "hosted a mini-summit with the participation of A and B": all of them at it
    words = clause_tokens(trigger.sent, own_clause(verb))
    said = "".join(t.text_with_ws for t in trigger.sent).lower()
    if any(t.lower_ in {"together", "jointly", "joint"} for t in words) or any(
        m in said for m in MULTILATERAL
    ):
        return False
    return not any(  # "hosted A and B for talks", "welcomed A and B at a state banquet"
        c.dep_ == "prep" and c.lower_ in {"for", "at", "to"} and t.lemma_.lower() in JOINT_EVENTS
        for c in words
        for t in subtree_of(c)
    ) and not _for_a_multilateral(trigger)


# meeting nouns whose plural counts meetings ("talks", "negotiations" may be one round)
COUNTED_MEETINGS = frozenset("meeting call conversation bilateral encounter audience".split())


def _amid_a_gathering(trigger: Token) -> bool:
    """Whether the article has told a summit, a conference or a forum's sidelines by the end of
    the trigger's sentence: where leaders gather, a host meets its guests one by one. A sentence
    set in a month or year of its own ("In May last year, Biden received A and B") tells another
    time than the gathering told before it, which then counts only if named in that sentence."""
    told = trigger.sent if _in_a_month_or_year(trigger.sent) else trigger.doc[: trigger.sent.end]
    return any(t.lemma_.lower() in GATHERING_NOUNS or t.lower_ in EDGE_NOUNS for t in told)


# words of a date that set it in a month or a year rather than in the days of a gathering
CALENDAR_WORDS = frozenset({*MONTHS, "month", "months", "year", "years"})
YEAR_NUMBER = re.compile(r"^(?:1[89]|20)\d\d$")
DAY_NUMBER = re.compile(r"^(?:[12]?\d|3[01])(?:st|nd|rd|th)?$")


def _in_a_month_or_year(sent: Span) -> bool:
    """Whether a sentence is dated by a month or a year ("in May last year", "in 2019", "last
    month"), not by a day ("on Tuesday", "a day earlier", "on June 14")."""
    return any(
        any(t.lower_.rstrip(".") in CALENDAR_WORDS or YEAR_NUMBER.match(t.text) for t in ent)
        and not any(DAY_NUMBER.match(t.text) for t in ent)
        for ent in entities(sent)
        if ent.label_ == "DATE"
    )


# the words of a format of more than two sides, beside those of MULTILATERAL: a number of sides
# joined by a hyphen ("a five-party meeting", "four-nation talks"), a "quartet", and a "format"
# itself ("in the C5+1 format", "in the Normandy format", "in a format designed to include A"),
# which news names only for meetings of several; not "a bilateral format"
SEVERAL_SIDES = re.compile(
    r"\b(?:(?:three|four|five|six|seven|eight|nine|ten|\d+)-(?:party|nation|country|way|sided|member)"
    r"|multilateral|quartet|format)\b"
)


def several_sides(words: str) -> bool:
    """Whether words in lower case tell a meeting of more than two sides: "a trilateral summit", "a
    five-party meeting", "in the C5+1 format"; not "in a bilateral format"."""
    return any(m in words for m in MULTILATERAL) or (
        SEVERAL_SIDES.search(words) is not None and "bilateral" not in words
    )


def _for_a_multilateral(trigger: Token) -> bool:
    """Whether the meeting is said to be a three-way one after the people met: "met Ishiba and
    Yoon for a trilateral meeting", "held talks with A and B in a three-way format"."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"for", "in", "at"}
        and several_sides("".join(t.text_with_ws for t in subtree_of(c)).lower())
        for c in children_of(trigger)
    )


GREETINGS = frozenset("greet greeting shake handshake embrace hug".split())


PHOTOS = frozenset("photo photograph photo-op line-up lineup".split())


def at_the_photo(trigger: Token) -> bool:
    """A greeting or handshake told at a group photo ("greeted each other only in the group
    photo", "shook hands at the family photo"): leaders lined up together, not a meeting; nor is
    a summit told as where a photo was taken ("prepare for a group photo at the G7 Summit")."""
    if trigger.dep_ == "pobj" and lemma_of(trigger.head.head) in PHOTOS:
        return True
    return lemma_of(trigger) in GREETINGS and any(
        lemma_of(t) in PHOTOS
        for p in children_of(trigger)
        if p.dep_ == "prep"  # the photo the greeting is told at, not one they "posed for" after it
        for t in subtree_of(p)
    )


# talks held by officials below those who agree to them: "technical negotiations", "working-level talks"
BELOW_LEADERS = re.compile(r"\b(?:technical|working|expert|experts)(?:\s*-\s*level)?\s*$")


def below_those_named(trigger: Token, people: People) -> bool:
    """Talks told at the level of officials ("technical negotiations", "technical-level talks",
    "working-level talks") with no one named in their own words: those who agree to hold them
    ("the sides agreed to start technical-level talks") do not take part in them."""
    before = "".join(t.text_with_ws for t in subtree_of(trigger) if t.i < trigger.i).lower()
    if not BELOW_LEADERS.search(before.strip()):
        return False
    return not any(people.at(t) is not None for t in subtree_of(trigger) if t.i > trigger.i)


# verbs of one who has several people come to talks: those brought meet each other there (the
# verbs of bringing together, and of hosting, convening or inviting), and the one who does it is
# a party ("talks hosted by Erdogan", "convened a meeting between A and B"); not one who chairs,
# which a summit's chair or co-chairs do without meeting each guest
HOSTING_VERBS = GATHERING_VERBS | frozenset("host invite summon convene".split())


# nouns that name a group of people by what they do or hold, the ones "met" as a body: "the union
# leaders", "business executives", "their counterparts"
GROUP_NOUNS = frozenset(
    "leader counterpart official representative executive minister delegate member envoy chief "
    "head negotiator diplomat lawmaker worker student activist mediator facilitator adviser advisor "
    "ambassador senator governor mayor investor businessman expert elder".split()
)

# the verbs by which a group is met as a body: meeting and talking with it, and receiving,
# welcoming, hosting or greeting it, which hosts named together do each on their own side
MEETING_A_GROUP = frozenset("meet talk meeting receive welcome host greet".split())


def an_unnamed_group_met(objects: list[Token], trigger: Token, verb: Token, people: People) -> bool:
    """Whether those met are a group of people no one of whom is named ("met the union leaders",
    "held talks with business leaders", "met their Japanese counterparts", "both leaders agreed to
    receive the envoys"), or a couple no name tells ("came aboard to greet the royal couple"):
    those named together as the subject met or received them as one side, not each other; a group
    that is the subjects' own ("met with their ministers") is both sides' (not "their
    counterparts")."""

    def theirs(group: Token) -> bool:
        owned = any(c.dep_ == "poss" and c.lower_ == "their" for c in children_of(group))
        return owned and group.lemma_.lower() != "counterpart"

    meeting = {t for t in (trigger, verb) if t.lemma_.lower() in MEETING_A_GROUP}
    # what a purpose clause is for, on the verb of receiving the group: "both leaders agreed to
    # receive a group of African leaders to discuss a plan" (each discusses it with the group)
    host = verb.head if verb.dep_ in {"xcomp", "advcl"} and _to_do(verb) else None
    if host is not None and host.lemma_.lower() in MEETING_A_GROUP:
        meeting.add(host)
        objects = [*objects, *(c for c in children_of(host) if c.dep_ == "dobj")]
    return any(
        (
            (o.tag_ == "NNS" and o.lemma_.lower() in GROUP_NOUNS)
            or o.lemma_.lower() == "couple"
            or _a_group_of_them(o)
        )
        and ((o.dep_ == "dobj" and o.head in meeting) or (o.dep_ == "pobj" and o.head.head in meeting))
        and not any(people.at(t) is not None for t in subtree_of(o))
        and not theirs(o)
        for o in objects
    )


def _to_do(verb: Token) -> bool:
    """Whether a verb is an infinitive with "to": "to discuss a plan"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))


def _a_group_of_them(noun: Token) -> bool:
    """Whether a noun is "a group of" people told by what they hold: "a group of African leaders"."""
    return noun.lemma_.lower() == "group" and any(
        g.tag_ == "NNS" and g.lemma_.lower() in GROUP_NOUNS
        for c in children_of(noun)
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in children_of(c)
        if g.dep_ == "pobj"
    )
