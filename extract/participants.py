"""Who took part in a meeting a trigger states: the subject and object of its verb, "with",
"between" and "among" phrases, the agent of a passive, and descriptions, pronouns, quotations and
plural references ("the two leaders") resolved through :mod:`extract.people`."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from extract import gazetteer, occasions, places
from extract.circumstances import LINKED_NOUNS
from extract.collectives import (
    COLLECTIVE_NOUNS,
    LINE_UP_VERBS,
    a_collective_reference,
    group_told_before,
    holders_told_before,
    line_up_of,
)
from extract.datelines import dateline_end
from extract.found import Found
from extract.gatherings import BODY_NOUNS, GATHERING_NOUNS
from extract.people import (
    CHAIN_GLUE,
    CHAIN_REACH,
    OFFICE_QUALIFIERS_AFTER,
    PERSON_NOUNS,
    PLURAL_REFERENCES,
    PRONOUNS,
    SERVING_NOUNS,
    Cluster,
    People,
    a_state_ends,
    chain_office,
)
from extract.places import fold
from extract.roles import find_role, heads_a_state, role_class
from extract.spans import (
    REMEMBERED,
    ancestors_of,
    children_of,
    doc_text,
    doc_tokens,
    infinitive_read_as_a_noun,
    listed_before,
    listed_with,
    one_among,
    passive_agents,
    prep_objects,
    remembered,
    span_text,
    span_tokens,
    subtree_of,
    told_with_the,
    verb_above,
)
from extract.spouses import (
    CONSORTS,
    SPOUSES,
    a_couple,
    consort_of_a_monarch,
    namesake_spouse,
    offices_of_the_couple,
)
from extract.titles import OFFICES, TITLES
from extract.told import is_background
from extract.triggers import (
    GATHERING_VERBS,
    TRIP_VERBS,
    brought_together,
    lemma_of,
    walk_read_as_noun,
    where_they_were,
)
from extract.venues import BUILDING_NOUNS
from extract.vocabulary import (
    ARRIVING,
    BROKERING_VERBS,
    GUEST_VERBS,
    MEETING_NOUNS,
    OBJECT_CONTROL,
    SPORTING_TITLES,
    SPORTS,
    VISIT_WORDS,
)

OWN_CLAUSE_STOP = frozenset("relcl ccomp parataxis acl".split())


def nominal(trigger: Token) -> bool:
    """A trigger used as a noun, also where the tagger calls it a verb or an adjective: "their
    previous meeting", "held a bilateral with"."""
    return trigger.pos_ in {"NOUN", "PROPN"} or (
        trigger.pos_ in {"VERB", "ADJ"} and any(c.dep_ in {"det", "poss"} for c in children_of(trigger))
    )


def describing(trigger: Token) -> list[Token]:
    """The relative clauses that describe a meeting noun: "the meeting, which is slated for next
    week in Geneva"; also one the parser hung on a name inside it, since "which" is never a
    person ("a meeting of Biden and Xi, which is slated for the APEC summit"), and no person
    "takes place" ("a meeting with Pashinian that was to take place on Thursday in Granada")."""
    if not nominal(trigger):
        return []
    return [
        c
        for t in subtree_of(trigger)
        if t.i == trigger.i or (t.ent_type_ == "PERSON" and t.i > trigger.i)
        for c in children_of(t)
        if (
            c.dep_ == "relcl"
            and any(
                s.dep_ in {"nsubj", "nsubjpass"}
                and (s.lower_ == "which" or (s.lower_ == "that" and (t.i == trigger.i or _an_event(c))))
                for s in children_of(c)
            )
        )
        # "a meeting between A and B that C had planned to host", the "that" made a marker
        or (t.i == trigger.i and _a_relative_clause(c) and _held_by_them(c))
    ] + [
        # one hung on the place the meeting goes to, which no place is: "a visit to Saudi Arabia that
        # was planned for last month", "talks in Doha, which were due on Monday" (a place is not
        # planned, nor due, nor held)
        c
        for t in subtree_of(trigger)
        if t.i > trigger.i and (t.ent_type_ in PLACE_ENTITIES or places.is_place_name(t.text))
        for c in children_of(t)
        if c.dep_ == "relcl"
        and any(s.dep_ in {"nsubj", "nsubjpass"} and s.lower_ in {"which", "that"} for s in children_of(c))
        and (_an_event(c) or _planned_for(c))
    ]


# the entity types of places, which no plan is said of
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# the words of a plan only an event is the subject of: "that was planned for", "which was due on"
EVENT_PLAN_WORDS = frozenset("plan schedule slate due".split())


def _planned_for(verb: Token) -> bool:
    """ "that was planned for last month", "which was scheduled for May", "which was due on
    Monday": a clause telling an event's plan (passive, or "due")."""
    words = (verb, *(c for c in children_of(verb) if c.dep_ in {"acomp", "xcomp"}))
    passive = any(c.dep_ == "auxpass" for c in children_of(verb))
    return any(w.lemma_.lower() in EVENT_PLAN_WORDS and (passive or w.lower_ == "due") for w in words)


def held_in_which(trigger: Token) -> Token | None:
    """The verb of a relative clause opened by "in which" or "during which" on a meeting noun,
    where that verb is the meeting itself told with its people: "a telephone call in which A spoke
    with B", "the video conference during which A and B talked" (its subject and its "with" are
    the meeting's people); not a clause of what was said in it ("a call in which A urged B to
    act", whose verb is no meeting word)."""
    if not nominal(trigger):
        return None
    return next(
        (
            c
            for c in children_of(trigger)
            if c.dep_ == "relcl"
            and c.i > trigger.i
            and c.lemma_.lower() in SPEAKING_VERBS
            and any(
                p.dep_ == "prep"
                and p.lower_ in {"in", "during"}
                and any(w.lower_ == "which" for w in children_of(p))
                and p.i < c.i
                for p in children_of(c)
            )
        ),
        None,
    )


# verbs of speaking with someone, which tell a meeting when a meeting noun's clause holds them
SPEAKING_VERBS = frozenset("speak talk converse chat meet confer".split())


# verbs whose object is a meeting that someone holds or sets up where and when the clause says;
# "have" as "hold" is: "a phone call she had with Hun Sen in June"
ARRANGING = frozenset(
    "host co-host hold have convene chair organise organize arrange plan schedule pencil prepare".split()
)


def _held_by_them(verb: Token) -> bool:
    """A relative clause whose "which" or "that" is the meeting someone hosts, holds or plans:
    "the summit, which Albanese will host in Melbourne from March 4 to 6", "a meeting that
    officials had pencilled in for Ankara", "a meeting that Albanese had been due to host in
    Sydney", "the meeting he had planned with Zelensky on Tuesday", "a call she had with B in
    June"; not one only told of ("the
    talks, which Peskov confirmed on Monday")."""
    for token in _its_verbs(verb):
        children = list(children_of(token))
        if token.lemma_.lower() in ARRANGING and (
            any(c.dep_ == "dobj" and c.lower_ in {"which", "that"} for c in children)
            # "that" the parser made a marker, where the verb has no other object
            or (
                any(c.dep_ == "mark" and c.lower_ == "that" for c in (*children_of(verb), *children))
                and not any(c.dep_ == "dobj" for c in children)
            )
            # no "which" or "that" at all: "the meeting he had planned with Zelensky on Tuesday",
            # "the talks she had been due to hold on Friday" (the holding a complement of the plan)
            or (
                (token is verb or token.dep_ in {"xcomp", "pobj"})
                and not any(c.dep_ in {"dobj", "mark", "nsubjpass"} for c in children)
                and not any(c.tag_ in {"WDT", "WP"} for c in children)
            )
        ):
            return True
    return False


def _its_verbs(verb: Token) -> Iterable[Token]:
    """A clause's verb and the infinitives that complete it ("had planned to host", "was to
    hold"), with an infinitive after "due to" the parser read as a noun ("had been due to host in
    Washington", the object of "to", where the relative pronoun took its object away)."""
    yield verb
    for token in subtree_of(verb):
        if token.dep_ == "xcomp" or infinitive_read_as_a_noun(token):
            yield token


# the verbs whose subject, in a relative clause on a meeting noun, hosts that meeting, and so is
# at it: "a meeting between A and B that C had planned to host"
HOSTING_IT = frozenset("host co-host".split())


def hosts_of_its_relative(trigger: Token) -> list[Token]:
    """The subject of a relative clause on a meeting noun that tells who hosts it, or was to:
    C of "a meeting between A and B that C had planned to host at the White House", "a meeting of
    A and B that C had been due to host in Washington", "a summit he was due to host with A and
    B". A place or a country as that subject ("that Washington had planned to host") names no
    one, and is the meeting's place (see :func:`host_country_of_its_relative`); one who only
    planned or arranged it is no host ("a meeting that officials had pencilled in")."""
    return [
        s
        for s in _subjects_hosting_it(trigger)
        if s.ent_type_ not in PLACE_ENTITIES | {"ORG", "NORP"} and s.lower_ not in {"it", "they"}
    ]


# the verbs whose subject, in a relative clause on a meeting noun, held that meeting and so sat at
# it: "the talks, which he held with A and B", "the call she had with B"
HOLDING_IT = frozenset("hold have conduct host co-host".split())


def holders_of_its_relative(trigger: Token) -> list[Token]:
    """The subject of a relative clause on a meeting noun that tells who held it: "he" of "the
    second round of talks, which he held with A and B on Monday, had produced progress" (the
    meeting noun the subject of another verb, whose subject is no one); not "which" or "that",
    nor one who planned it only ("the talks he had planned", :func:`_holders`), nor a place or a
    body ("talks that Qatar hosted")."""
    if not nominal(trigger):
        return []
    return [
        s
        for c in children_of(trigger)
        if _a_relative_clause(c) and c.lemma_.lower() in HOLDING_IT and _held_by_them(c)
        for s in children_of(c)
        if s.dep_ == "nsubj"
        and s.lower_ not in {"which", "that", "who"}
        and s.ent_type_ not in PLACE_ENTITIES | {"ORG", "NORP"}
    ]


def host_country_of_its_relative(trigger: Token) -> str | None:
    """The country a relative clause on a summit tells hosts it, or was to: Jordan of "Jordan has
    called off a summit it was due to host in Amman" ("it" the subject of the clause the summit
    is told in) or of "a summit that Jordan was to host"; not a city ("that Washington had
    planned to host": a government told by its capital), nor a meeting that is no summit ("talks
    Qatar had planned to host between A and B": a mediator's, who need not sit at them)."""
    if trigger.lemma_.lower() not in SUMMIT_NOUNS:
        return None
    for subject in _subjects_hosting_it(trigger):
        if subject.lower_ == "it":  # the country the clause the summit is told in is about
            above = verb_above(trigger)
            told = [c for c in children_of(above) if c.dep_ == "nsubj"] if above is not None else []
            subject = told[0] if told else subject
        if subject.ent_type_ == "GPE" and (country := places.country_name(subject.text)) is not None:
            return country
    return None


def _a_relative_clause(clause: Token) -> bool:
    """Whether a clause on a noun is a relative clause, also where the parser made its "that" a
    marker and the clause a modifier ("a meeting between A and B that C had planned to host":
    "planned" an ``acl`` with a subject of its own, which no participle has)."""
    return clause.dep_ == "relcl" or (
        clause.dep_ == "acl"
        and clause.tag_ in {"VBD", "VBZ", "VBP", "VBN"}
        and any(c.dep_ == "nsubj" for c in children_of(clause))
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(clause))
    )


# the meetings a country hosts as its leader's: a summit, whose host country's leader sits at it
SUMMIT_NOUNS = frozenset("summit".split())


def _subjects_hosting_it(trigger: Token) -> list[Token]:
    """The subjects of the relative clauses on a meeting noun that tell it hosted, or to be, by
    them (see :func:`_held_by_them`), whoever or whatever they are."""
    if not nominal(trigger):
        return []
    return [
        s
        for c in children_of(trigger)
        if _a_relative_clause(c)
        and _held_by_them(c)
        and any(t.lemma_.lower() in HOSTING_IT for t in _its_verbs(c))
        for s in children_of(c)
        if s.dep_ == "nsubj" and s.lower_ not in {"which", "that", "who"}
    ]


def _an_event(verb: Token) -> bool:
    """A verb only an event is the subject of: "take place", "be held", "happen" (also "was to
    take place")."""
    for token in (verb, *(c for c in children_of(verb) if c.dep_ == "xcomp")):
        lemma = token.lemma_.lower()
        held = lemma == "hold" and any(c.dep_ == "auxpass" for c in children_of(token))
        place = any(c.lower_ == "place" and c.dep_ == "dobj" for c in children_of(token))
        if held or lemma in {"happen", "occur"} or (lemma == "take" and place):
            return True
    return False


def governor(trigger: Token) -> Token:
    """The verb whose clause a trigger noun belongs to ("held talks", "during a meeting")."""
    if trigger.pos_ == "ADJ" and trigger.dep_ == "acomp" and trigger.head.lemma_ == "be":
        return trigger.head  # "is due in Warsaw on Thursday": the day and place hang on "is"
    if not nominal(trigger):
        return trigger
    if (misread := _verb_read_as_its_modifier(trigger)) is not None:
        return misread
    if (done := _done_to_it_as_planned(trigger)) is not None:
        return done
    if (bringing := meant_to_bring_together(trigger) or brought_together_after(trigger)) is not None:
        return bringing
    if (telling := _told_of_in_it(trigger)) is not None:
        return telling
    token = trigger
    for _ in range(4):
        if token.pos_ in {"VERB", "AUX"} and token.i != trigger.i and not begun_after(token, trigger):
            return token  # not "since war broke out" of "met A on his first trip since war broke out"
        if token.head.i == token.i:
            break
        token = token.head
    return token if token.pos_ in {"VERB", "AUX"} else trigger


# verbs of telling someone something, whose "in a call" the parser may hang on what was told:
# "informed B of the decision in a telephone call"
TELLING_SOMEONE = frozenset("tell inform brief update apprise notify".split())


def _told_of_in_it(noun: Token) -> Token | None:
    """The verb of telling whose means a meeting noun is, where the parser hung it on what was
    told: in "A informed B of the decision in a telephone call" (or "told B about the plan during
    a call") the call is how A told B, not part of the decision, so "informed" is its verb."""
    means = noun.head
    if noun.dep_ != "pobj" or means.lower_ not in {"in", "during", "over", "by"}:
        return None
    told = means.head
    of = told.head
    if told.dep_ != "pobj" or of.dep_ != "prep" or of.lower_ not in {"of", "about", "on"}:
        return None
    verb = of.head if of.head.dep_ not in {"dobj", "nsubjpass"} else of.head.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in TELLING_SOMEONE else None


def _done_to_it_as_planned(noun: Token) -> Token | None:
    """The passive a meeting noun is the subject of through a "be" of plans: in "The talks were to
    be facilitated by A, together with B" (or "are to be chaired by A") the parser makes "were"
    the verb and hangs "facilitated by A" under it; the talks are what A facilitates, so that
    passive, with its agent, is the verb whose clause they belong to."""
    be = noun.head
    if noun.dep_ not in {"nsubj", "nsubjpass"} or be.lemma_ != "be":
        return None
    return next(
        (
            c
            for c in children_of(be)
            if c.dep_ == "xcomp"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))
            and any(a.dep_ == "auxpass" for a in children_of(c))
            and any(a.dep_ == "agent" for a in children_of(c))
        ),
        None,
    )


# the verbs of what a meeting was set to do: "were to bring", "was meant to bring"
MEANT_TO = frozenset("be mean suppose expect set intend design plan".split())


def meant_to_bring_together(noun: Token) -> Token | None:
    """The verb of bringing people together that a meeting noun was to do: in "The talks, mediated
    by A, were to bring B together with C" (or "The meeting was meant to bring together B and C")
    the parser makes "were" the verb; the talks are the bringing together, whose object and "with"
    are their people, not a meeting with C alone."""
    if noun.dep_ not in {"nsubj", "nsubjpass"}:
        return None  # most nouns: their head need not be read
    meant = noun.head
    if meant.lemma_.lower() not in MEANT_TO:
        return None
    return next(
        (
            c
            for c in children_of(meant)
            if c.dep_ == "xcomp"
            and c.lemma_.lower() in GATHERING_VERBS
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))
        ),
        None,
    )


def brought_together_after(noun: Token) -> Token | None:
    """The verb of bringing people together that a gathering's subject does after another verb
    it shares: in "The summit was chaired by A and brought together B and C" the parser hangs the
    gathering on "chaired", but the summit is also what "brought together" those it names, whose
    object and "with" are its people (its chair, A, is told by :func:`article.chaired_by`); not a
    second verb with a subject of its own ("The summit was chaired by A and he brought together B")."""
    if noun.dep_ not in {"nsubj", "nsubjpass"}:
        return None  # most nouns: their head need not be read
    return next(
        (
            c
            for c in children_of(noun.head)
            if c.dep_ == "conj"
            and c.lemma_.lower() in GATHERING_VERBS
            and brought_together(c)
            and not any(s.dep_ in {"nsubj", "nsubjpass"} for s in children_of(c))
        ),
        None,
    )


def _verb_read_as_its_modifier(noun: Token) -> Token | None:
    """The verb the parser made a modifier of its own object: in "Before heading home, A held talks
    with B" it may read "held talks" as a noun phrase, "held" an adjective with a subject of its
    own, A; an adjective takes no subject, so it is the verb, and the talks are A's."""
    return next(
        (
            c
            for c in children_of(noun)
            if c.dep_ == "amod"
            and c.pos_ == "VERB"
            and c.i == noun.i - 1
            and any(g.dep_ in {"nsubj", "nsubjpass"} for g in children_of(c))
        ),
        None,
    )


def own_clause(verb: Token) -> set[int]:
    """Token indices of a verb's clause, leaving out relative clauses, quotes and verb conjuncts
    (a "be" with a subject of its own is one too: "A phoned B, and B is due to visit A in March"),
    but keeping who leads a party met, with the day and place the parser hangs on that participle
    (see :func:`_led_by`)."""
    keep: set[int] = set()
    stack = [verb]
    while stack:
        token = stack.pop()
        keep.add(token.i)
        for child in children_of(token):
            if (
                (child.dep_ in OWN_CLAUSE_STOP and not _led_by(child) and not _lasting(child))
                or (child.dep_ == "conj" and _a_verb_of_its_own(child))
                or _staying_away(child)
            ):
                continue
            stack.append(child)
    return keep | _cleft_focus(verb) | _recalled_after(verb)


# verbs of one who keeps out of a meeting: "as B stays away", "while C skipped it", "with D
# boycotting"; "stay", "keep" and "sit" only with "away" or "out"
STAYING_AWAY = frozenset("skip miss boycott snub shun".split())
STAYING_AWAY_WITH = frozenset("stay keep sit".split())


def _staying_away(clause: Token) -> bool:
    """Whether an adverbial clause tells someone keeping out of the meeting its main clause tells
    ("A chairs virtual summit as B stays away", "A hosted C while D boycotted the talks"): a
    clause of its own, whose people did not take part."""
    if clause.dep_ != "advcl":
        return False
    lemma = clause.lemma_.lower()
    if lemma in STAYING_AWAY:
        return True
    children = children_of(clause)
    if lemma in STAYING_AWAY_WITH:
        return any(c.lower_ in {"away", "out"} for c in children)
    return lemma == "be" and any(c.lower_ == "absent" for c in children)


def _lasting(participle: Token) -> bool:
    """Whether a participle tells how long what it follows lasted, "an audience lasting an hour on
    May 3": part of the clause, whose day and place the parser may hang on it."""
    return participle.dep_ == "acl" and participle.tag_ == "VBG" and participle.lemma_.lower() == "last"


# participles that name who leads a party: "a delegation led by A", "a team headed by B"
LEADING_VERBS = frozenset("lead head".split())
# the words for one party to talks, told by whose it is: "the Russian side", "Ukraine's team"
TEAM_WORDS = frozenset("team delegation side".split())


def _led_by(participle: Token) -> bool:
    """Whether a participle names who leads a party, "a delegation led by A": part of the clause
    that tells the party was met, so the day and place the parser hangs on the participle are the
    meeting's ("received a delegation headed by A in Astana on Tuesday"), never a time of its own
    as an appointment's ("the envoy appointed in March") or a clause's ("who arrived on Sunday")."""
    return (
        participle.dep_ == "acl"
        and participle.lemma_.lower() in LEADING_VERBS
        and bool(passive_agents(participle))
    )


def _a_verb_of_its_own(conjunct: Token) -> bool:
    """A verb joined to another that heads a clause of its own: any full verb, or an auxiliary with
    a subject of its own ("and Ruto is due to travel"; not the "was" of "met and was received")."""
    return conjunct.pos_ == "VERB" or (
        conjunct.pos_ == "AUX"
        and any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in children_of(conjunct))
    )


RECALLING_VERBS = frozenset("recall remember recount".split())


def _recalled_after(verb: Token) -> set[int]:
    """What follows a recalled meeting's words but was hung on the verb of recalling: "Recalling
    that he met Prabowo, then president-elect, in Beijing on April 1, Xi said" (the parser, thrown
    by the apposition, hangs the place and the day on "Recalling"): the meeting's own, and so is
    what follows a meeting word recalled ("Recalling his meeting with Hasina in Johannesburg last
    August on the sidelines of the BRICS Summit, Xi said": the place, day and summit hung on
    "Recalling"). What comes before it is the recalling's ("Xi recalled on Saturday that he had
    met Prabowo")."""
    head = verb.head
    if verb.dep_ not in {"ccomp", "dobj"} or head.lemma_.lower() not in RECALLING_VERBS:
        return set()
    return {
        t.i
        for c in children_of(head)
        if c.i > verb.i and c.dep_ in {"prep", "npadvmod", "dep", "advmod"}
        for t in subtree_of(c)
    }


def _cleft_focus(verb: Token) -> set[int]:
    """The part a cleft sentence puts first ("It was on Tuesday that Jaishankar arrived in
    Moscow", "It was in Beijing that they met"): the clause's own, hung on "was"."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_ != "be" or not any(c.lower_ == "that" for c in children_of(verb)):
        return set()
    if not any(c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in children_of(head)):
        return set()
    return {t.i for c in children_of(head) if c.dep_ in {"prep", "npadvmod", "advmod"} for t in subtree_of(c)}


# Nouns whose subject speaks of a meeting rather than taking part in it: "refuted reports of a
# meeting between A and B", "extended an invitation to a meeting".
ABOUT_NOUNS = frozenset(
    "report claim rumour rumor speculation invitation prospect possibility idea proposal question "
    "headline news word issue matter topic".split()
)


def taking_part(trigger: Token) -> list[Token]:
    """Those a relative clause on a meeting says took part in it: "a virtual meeting of the
    Coalition's leaders, in which Zelenskyy and Vance also took part" (the parser may hang the
    clause on any noun of the phrase, or on the day told after it: "held a summit on May 2, in
    which B took part"), "a video conference, which B and C joined", "a meeting that brought A
    face to face with B"; or, on the
    place it was at, were there: "Dinner was at Chez Paul, where A, along with B, ate fish" (A and
    B)."""
    there = where_they_were(trigger)
    along = [
        g
        for s in there
        for p in (*children_of(s), *children_of(s.head))
        if p.dep_ == "prep" and p.lower_ in {"with", "along"}
        for w in (p, *children_of(p))
        if w.lower_ == "with"
        for g in children_of(w)
        if g.dep_ == "pobj"
    ]
    return (
        there
        + along
        + [
            s
            for t in (*subtree_of(trigger), *_its_day(trigger))
            if t.dep_ == "relcl"
            and t.lemma_.lower() in {"take", "participate", "join", "attend"}
            and any(
                p.lower_ in {"in", "at"} and any(w.lower_ == "which" for w in children_of(p))
                for p in children_of(t)
            )
            for s in children_of(t)
            if s.dep_ == "nsubj"
        ]
        + [  # "a video conference, which A, B and C all joined", "a summit that B attended": the
            # meeting the object of a relative clause of joining it
            s
            for t in subtree_of(trigger)
            if t.dep_ == "relcl"
            and t.lemma_.lower() in {"join", "attend"}
            and t.head == trigger
            and any(o.dep_ in {"dobj", "mark"} and o.lower_ in {"which", "that"} for o in children_of(t))
            for s in children_of(t)
            if s.dep_ == "nsubj"
        ]
        + [  # "a meeting that brought him face to face with B", "talks that brought A and B together"
            o
            for t in subtree_of(trigger)
            if t.dep_ == "relcl"
            and t.lemma_.lower() == "bring"
            and any(s.dep_ == "nsubj" and s.lower_ in {"that", "which"} for s in children_of(t))
            for o in children_of(t)
            if o.dep_ in {"dobj", "dative"} and o.pos_ in {"PRON", "PROPN"}
        ]
    )


# the verbs of one who runs a gathering, said in a passive relative clause on it: "the summit,
# which was chaired by A"
CHAIRING_A_GATHERING = frozenset("chair co-chair host co-host preside convene".split())


def attending(trigger: Token, verb: Token) -> list[Token]:
    """Those a passive "attended by" on the meeting says were at it: "met Trump at the White House,
    in a meeting attended by Crown Prince Hussein", "talks, which were attended by A", told on the
    meeting noun or on the one the verb was held in, and everyone of the list on a summit that is
    itself the meeting ("chaired the summit, attended by A, B and C"); not at a gathering of many
    the talks were held at ("met Xi at a summit attended by forty leaders"), whose attendees are at
    it, not at the talks held there."""
    nouns = [trigger] if nominal(trigger) else []
    nouns += [
        t
        for t in subtree_of(verb)
        if t.dep_ == "pobj"
        and t.head.lower_ in {"in", "at", "during"}
        and t.lemma_.lower() in MEETING_NOUNS
        and verb_above(t) == verb
        and t not in nouns
    ]
    nouns += [  # "will host a dinner for B, which C will attend": the meal the host gives
        c
        for c in children_of(trigger)
        if c.dep_ == "dobj" and c.lemma_.lower() in MEALS | MEETING_NOUNS and c not in nouns
    ]
    # the gathering the trigger is itself ("chaired the summit, attended by A, B and C") is
    # attended by all its list; one the talks were only held at is not the talks'
    nouns = [noun for noun in nouns if noun == trigger or noun.lemma_.lower() not in GATHERING_NOUNS]
    return (
        [
            agent
            for noun in nouns
            for c in children_of(noun)
            if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() == "attend"
            for agent in passive_agents(c)
        ]
        + [agent for noun in nouns for agent in _attended_after_its_host(noun)]
        + [subject for noun in nouns for subject in attending_which(noun)]
        + [agent for noun in nouns if noun == trigger for agent in _attended_after_its_holding(noun)]
        + [agent for noun in nouns if noun == trigger for agent in _chaired_before_bringing_together(noun)]
    )


def _chaired_before_bringing_together(noun: Token) -> list[Token]:
    """Who chaired or hosted a gathering that a second verb tells "brought together" others ("The
    summit was chaired by A and brought together B and C"): A is at it with B and C, though the
    gathering's clause is read from the bringing (:func:`brought_together_after`)."""
    if noun.dep_ != "nsubjpass" or noun.head.lemma_.lower() not in CHAIRING_A_GATHERING:
        return []
    return passive_agents(noun.head) if brought_together_after(noun) is not None else []


def took_place(noun: Token) -> bool:
    """Whether a meeting noun is the subject of "took place" ("The last summit took place in
    Chengdu"), told held as a passive "was held" tells it."""
    return (
        noun.dep_ == "nsubj"
        and noun.head.lemma_.lower() == "take"
        and any(c.dep_ == "dobj" and c.lower_ == "place" for c in children_of(noun.head))
    )


def _attended_after_its_holding(noun: Token) -> list[Token]:
    """Those an "attended by" set after a gathering's passive holding names ("The eighth summit
    was held in Chengdu in December 2019, attended by A, B and C"; "B held talks with C in Sofia on
    Thursday, attended by D"; "The summit was chaired by A and attended by B"), the participle hung
    on the holding, not on the gathering or talks."""
    holding = noun.head
    # the passive "The summit was held ..., attended by A" or the active "B held talks with C in
    # Sofia on Thursday, attended by D"; also "The last summit took place in Chengdu, attended by A"
    held = noun.dep_ in {"nsubjpass", "dobj"} and holding.lemma_.lower() in {"hold", "convene"}
    # and the passive of its chair or host: "The summit was chaired by A and attended by B"
    chaired = noun.dep_ == "nsubjpass" and holding.lemma_.lower() in CHAIRING_A_GATHERING
    if not held and not chaired and not took_place(noun):
        return []
    return [
        agent
        for c in children_of(holding)
        if c.dep_ in {"advcl", "conj"}
        and c.lemma_.lower() == "attend"
        # a participle, or a past the tagger took it for that "by" shows passive ("and attended by B")
        and (c.tag_ == "VBN" or any(a.dep_ == "agent" for a in children_of(c)))
        for agent in passive_agents(c)
    ]


def _attended_after_its_host(noun: Token) -> list[Token]:
    """Those "attended by" names right after "and" closes the participle of a gathering's host,
    wherever the parser hangs the second participle: "a summit hosted by A and attended by B, C
    and D" (the parser may join "attended" to the sentence's verb) is attended by B, C and D; not
    a clause of its own ("hosted by A, and the talks were attended by B")."""
    doc = noun.doc
    found = []
    for c in children_of(noun):
        if c.dep_ not in {"acl", "relcl"} or c.lemma_.lower() not in CHAIRING_A_GATHERING:
            continue
        after = c.right_edge.i + 1
        if after + 1 >= noun.sent.end or doc[after].lower_ != "and":
            continue
        attended = doc[after + 1]
        if attended.lemma_.lower() == "attend" and attended.tag_ == "VBN" and attended.head != c:
            found += passive_agents(attended)
    return found


# the meals and receptions a host gives for guests, who meet the host there
MEALS = frozenset("dinner lunch luncheon banquet breakfast reception".split())


# the events a "which was attended by" told after the talks may be of, told between them and it
ATTENDED_EVENTS = (
    GATHERING_NOUNS
    | MEETING_NOUNS
    | frozenset("opening ceremony inauguration funeral celebration parade launch festival exhibition".split())
    | MEALS
)


def attending_which(noun: Token) -> list[Token]:
    """The subjects of a relative clause told after a meal or meeting word, whose "which" is what
    they attend: "a dinner in honour of B, which C is also expected to attend", "a lunch for B on
    Monday, which C attended". The parser hangs the clause on the last noun before it (B, Monday),
    but "which" is no person nor day that one attends: it is the meal. Only a clause within the
    phrase of the meal, or hung on the day told right after it ("a lunch for B on Monday, which C
    attended"), not one on another event ("a dinner before the summit, which C attended")."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return []
    phrase = {t.i for t in subtree_of(noun)}
    found = []
    for verb in noun.doc[noun.i + 1 : noun.sent.end]:
        if verb.dep_ != "relcl" or not (
            verb.head.i in phrase or verb.head.ent_type_ in {"DATE", "TIME"} or _plural_which(verb, noun)
        ):
            continue
        attend = verb if verb.lemma_.lower() == "attend" else None
        attend = attend or next(
            (c for c in children_of(verb) if c.dep_ == "xcomp" and c.lemma_.lower() == "attend"), None
        )
        # "which" is what is attended, wherever the parser hangs it ("which C is expected to attend")
        if attend is None or not any(c.lower_ == "which" for t in (verb, attend) for c in children_of(t)):
            continue
        found += [c for c in children_of(verb) if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ != "which"]
        if (
            attend is verb
            and any(c.dep_ == "nsubjpass" and c.lower_ == "which" for c in children_of(verb))
            and not any(t.lemma_.lower() in ATTENDED_EVENTS for t in noun.doc[noun.i + 1 : verb.i])
        ):
            # "talks in Ohrid on Saturday, which were also attended by C" (not "talks at the summit,
            # which was attended by forty leaders", "at the opening of a dam, which was attended by
            # D": the event told between is what was attended)
            found += passive_agents(verb)
    return found


def _plural_which(verb: Token, noun: Token) -> bool:
    """Whether a passive relative clause's plural "were" cannot be of the singular word the parser
    hung it on, but is of the plural meeting word before it: "negotiations between A and B at a
    hotel in Ohrid, which were also attended by C" (the negotiations, not Ohrid)."""
    return (
        noun.tag_ == "NNS"
        and verb.head.tag_ in {"NN", "NNP"}
        and any(c.dep_ == "auxpass" and c.lower_ == "were" for c in children_of(verb))
    )


def guests_of(trigger: Token) -> list[Token]:
    """Those who come to a meal a host gives: "A will attend a luncheon hosted by B" (A is B's
    guest, whom B meets); the subject of the verb the meal is the object of. None at one given for
    many ("a reception hosted by Biden for heads of delegations"), where the host greets a crowd."""
    meal = trigger.head
    if trigger.dep_ != "acl" or trigger.lemma_.lower() != "host" or meal.lemma_.lower() not in MEALS:
        return []
    if any(
        c.dep_ == "prep" and c.lower_ == "for" and any(g.tag_ in {"NNS", "NNPS"} for g in children_of(c))
        for t in (trigger, meal)
        for c in children_of(t)
    ):
        return []
    verb = governor(meal)
    return subject_of(verb) if verb != meal else []


def looked_ahead_to(trigger: Token) -> bool:
    """A meeting noun that something is done "ahead of" ("took part in a call, ahead of President
    Trump's meeting with President Putin in Alaska"), or a stretch of time "before" when it is
    someone's talks with someone ("landed on Sunday, two days before his summit with", "hours
    before her talks with"): a meeting still to come, told in its own words (its place is its
    own, and with an owner, "Trump's", so are its parties), not held at the time of the clause
    it hangs on. Not a bare "before" ("met A before his talks with B"), which may tell two
    meetings of one day, nor a gathering ("hours before the GCC summit"), whose eve is its own."""
    if trigger.dep_ != "pobj" or not nominal(trigger):
        return False
    head = trigger.head
    if head.lower_ == "of":
        return head.head.lower_ in {"ahead", "advance"}
    # the stretch of time hangs on "before" ("two days before"), or "before" on it ("a day before")
    stretch = head.head.dep_ == "npadvmod" or any(c.dep_ == "npadvmod" for c in children_of(head))
    theirs = any(c.dep_ == "poss" for c in children_of(trigger)) and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in children_of(trigger)
    )
    return head.lower_ == "before" and stretch and theirs


def reported_on(trigger: Token, verb: Token) -> bool:
    """Whether a meeting noun hangs on a noun that speaks of it ("reports of a meeting"), so the
    verb's subject is whoever speaks, not a party."""
    token = trigger
    while token.i != verb.i and token.head.i != token.i:
        token = token.head
        if token.pos_ == "NOUN" and token.lemma_.lower() in ABOUT_NOUNS:
            return True
    return False


# Verbs by which one judges what others did: "Kallas criticised Vucic's trip to Moscow", "the
# minister condemned Orban's visit". Who judges it was not at it
# (only blame: a host may praise the visit it received, "Xi hailed Lula's visit to Beijing")
BLAMING_VERBS = frozenset(
    "criticise criticize condemn denounce decry deplore slam blast lambast censure rebuke".split()
)


def judged(trigger: Token, verb: Token) -> bool:
    """Whether a meeting noun is what a verb of blame, or of citing, is said of, and the noun
    names whose meeting it is by a name of its own: "Kallas criticised Vucic's trip to Moscow",
    "Orban's visit was condemned by Landsbergis", "Fiala pointed to Blanar's meeting with Lavrov",
    "cited Blanar's meeting with Lavrov"; who blames or cites it speaks of it from afar. Not
    "Putin criticised his talks with Trump" (his own), nor "slammed the talks" (no one else's)."""
    lemma = verb.lemma_.lower()
    if trigger.i == verb.i:
        return False
    if lemma in BLAMING_VERBS or lemma in CITING_VERBS:
        if trigger.head.i != verb.i or trigger.dep_ not in {"dobj", "nsubjpass"}:
            return False
    elif lemma in CITING_TO_VERBS:  # "pointed to Blanar's meeting", "referred to Vucic's trip"
        if trigger.dep_ != "pobj" or trigger.head.lower_ != "to" or trigger.head.head.i != verb.i:
            return False
    else:
        return False
    return any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in children_of(trigger))


def blamed_intent(verb: Token) -> bool:
    """Whether a meeting verb is an infinitive on a noun a verb of blame takes: "Zelenskiy has
    criticised the decision to visit Moscow first", "Kallas condemned Vucic's plan to travel to
    Moscow" (the critic judges another's choice and makes no trip)."""
    noun = verb.head
    return (
        verb.dep_ == "acl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))
        and noun.dep_ in {"dobj", "nsubjpass"}
        and lemma_of(noun.head) in BLAMING_VERBS
    )


# verbs by which one takes a part in a meeting that others' names tell ("hosted B's talks with C",
# "joined B's meeting with C", "brokered"): their subject is there, unlike one who only speaks of
# it, points to it or welcomes it ("welcomed B's talks with C": a thing welcomed, no guest)
PARTAKING_VERBS = frozenset(
    "host chair co-chair preside attend join take participate sit arrange organise "
    "organize broker mediate facilitate convene moderate accompany witness hold set schedule".split()
)
# the prepositions by which a verb speaks of what it is about: "pointed to", "commented on"
ABOUT_PREPOSITIONS = frozenset("to on about of over".split())


def told_of_from_afar(trigger: Token, verb: Token) -> bool:
    """Whether a meeting noun that names both its sides, its owner by name and the other after
    "with", is only what the verb's subject speaks of or points to: "Fiala pointed to B's meeting
    with Lavrov", "A welcomed B's talks with C", "A commented on B's call with C"; its subject
    is none of them. Not one who takes a part in it ("hosted B's talks with C", "joined B's
    meeting with C"), nor a meeting of one's own ("his talks with C")."""
    if trigger.i == verb.i or lemma_of(verb) in PARTAKING_VERBS or not nominal(trigger):
        return False
    if trigger.dep_ == "dobj" and trigger.head.i == verb.i:
        pass
    elif not (
        trigger.dep_ == "pobj"
        and trigger.head.lower_ in ABOUT_PREPOSITIONS
        and trigger.head.dep_ == "prep"
        and trigger.head.head.i == verb.i
    ):
        return False
    children = children_of(trigger)
    with_someone = any(
        c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" for g in children_of(c))
        for c in children
    )
    return with_someone and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in children)


# Verbs by which one cites what others did as a reason or an example: "Fiala cited Blanar's
# meeting with Lavrov", "pointed to Blanar's meeting" (who cites it was not at it)
CITING_VERBS = frozenset("cite mention invoke".split())
CITING_TO_VERBS = frozenset("point refer".split())


def _who_said_before(verb: Token, subject: Token) -> Token | None:
    """The first of two "who" clauses joined by "and" ("Xi, who visited Riyadh in December, and who
    hosted B in Beijing last month"), where the parser made the second a conjunct of the main
    verb, so its "who" is said of whom the first one is: that first clause's verb."""
    if subject.lower_ != "who" or verb.dep_ != "conj" or verb.head.dep_ == "relcl":
        return None
    if subject.i == 0 or subject.nbor(-1).lower_ not in {"and", "or"}:
        return None
    sentence = verb.sent
    return next(
        (
            t
            for t in reversed(sentence[: subject.i - 1 - sentence.start])
            if t.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in children_of(t))
        ),
        None,
    )


def named_before_who(verb: Token) -> Token | None:
    """The names a "who" clause is said of where the parser hung it on a meeting noun instead
    ("the second meeting between A and B, who first met in Bangkok": A and B): the phrase right
    before the comma, the first of its conjuncts. A meeting is never a "who"; "a meeting at
    which ..." or "that ..." stays the meeting told again."""
    head = verb.head
    if verb.dep_ != "relcl" or head.pos_ != "NOUN" or head.lemma_.lower() not in MEETING_NOUNS:
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in children_of(verb)):
        return None
    at = verb.left_edge.i - 1
    while at > head.i and verb.doc[at].is_punct:
        at -= 1
    named = verb.doc[at]
    while named.dep_ == "conj" and named.head.i > head.i:
        named = named.head
    return named if at > head.i and named.pos_ == "PROPN" else None


# verbs whose subject is an event made of parts: "the visit will include talks with B"
_MADE_UP_OF = frozenset("include feature involve comprise".split())


def trip_before_which(verb: Token) -> Token | None:
    """The trip a "which" clause telling what it includes is said of ("a visit to Chile next week,
    which will include talks with B"), also where the parser hung the clause on the place the trip
    goes to ("a state visit to Denmark, which was to include talks with B": the visit, not
    Denmark): a country holds talks, it does not include them."""
    head = verb.head
    if verb.dep_ != "relcl":
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in {"which", "that"} for c in children_of(verb)):
        return None
    if not any(
        lemma_of(t) in _MADE_UP_OF for t in (verb, *(c for c in children_of(verb) if c.dep_ == "xcomp"))
    ):
        return None
    trip = head.head.head if head.dep_ == "pobj" and head.ent_type_ in {"GPE", "LOC"} else head
    return trip if trip.lemma_.lower() in VISIT_WORDS and trip.pos_ == "NOUN" else None


def _goers_of(trip: Token) -> list[Token]:
    """Who makes a trip told by a noun: its owner by name ("Lula's visit"), else the subject of
    the verb it is the object of ("Modi called off a state visit", "Ruto postponed his trip")."""
    owners = [c for c in children_of(trip) if c.dep_ == "poss"]
    if owners and owners[0].pos_ != "PRON":
        return owners
    return subject_of(trip.head) if trip.dep_ == "dobj" else owners


def _subject_after_the_dateline(verb: Token, subjects: list[Token]) -> list[Token]:
    """The name the parser hung on a verb as a modifier where it made the wire dateline the
    verb's subject: in "LIMA, Nov 14 (EFE) - President A packed meetings with B and C into ...",
    "LIMA" is read as who packed them and A as a noun phrase beside the verb. A dateline is never
    an actor; the subject is the proper name between its end and the verb. Empty where a subject
    stands after the dateline. The name may hang on the dateline itself, set beside it: in "OSLO
    (NTB): Kenya's President A arrived in Oslo on Wednesday", A is the dateline's apposition, or
    the last of a chain of them."""
    sentence = verb.sent
    end = dateline_end(sentence)
    if end <= sentence.start_char or any(s.idx >= end for s in subjects):
        return []
    beside = [
        c for s in subjects for c in _set_beside(s) if not any(g.dep_ == "appos" for g in children_of(c))
    ]
    return [
        c
        for c in [*children_of(verb), *beside]
        if c.dep_ in {"npadvmod", "dep", "appos", "compound"}
        and c.pos_ == "PROPN"
        and end <= c.idx < verb.idx
    ]


def _set_beside(word: Token) -> list[Token]:
    """The words set beside a word in apposition, and those set beside them in turn ("HELSINKI
    (STT): Kenya's President A": the agency beside the dateline, the title beside it, A beside
    the title)."""
    beside = [c for c in children_of(word) if c.dep_ == "appos"]
    return beside + [g for c in beside for g in _set_beside(c)]


def subject_of(verb: Token) -> list[Token]:
    """The subject tokens of a verb, borrowed from the governing verb for "before meeting X" and
    "thanked Macron for calling the meeting"."""
    if verb.dep_ == "conj" and (named := _set_off_name_before(verb) or _object_of_a_time_word_before(verb)):
        return named
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.pos_ == "NOUN":
        # "The ECOWAS Commission president, Omar Touray, spoke by telephone with ...": the parser
        # made the verb a modifier of its subject, the title the name is set off from
        named = [
            c for c in children_of(verb.head) if c.dep_ == "appos" and c.i < verb.i and c.pos_ == "PROPN"
        ]
        if named:
            return named
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "PROPN":
        # a passive participle set off after a name acts on it: "Anwar, flanked by A and B, told
        # reporters", "Ruto, received by A at the palace, said": Anwar and Ruto, and the agents
        agents = passive_agents(verb)
        if agents:
            return [verb.head, *agents]
    if verb.dep_ == "conj" and verb.head.pos_ == "PROPN" and (verb.pos_ == "VERB" or walk_read_as_noun(verb)):
        # a caption's "A (L) and President B inspect a guard": the parser made the verb a
        # conjunct of the first name and hung the second on the verb ("walk" even a noun)
        return [verb.head] + [c for c in children_of(verb) if c.dep_ in {"compound", "nmod"} and c.i < verb.i]
    # "Kishida visits Kyiv as China's Xi meets Putin": the parser made the clause's subject the
    # object of "as"; a conjunction takes no object, so it is the subject of the verb it marks
    marked = [g for c in children_of(verb) if c.dep_ == "mark" for g in children_of(c) if g.dep_ == "pobj"]
    if marked and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in children_of(verb)):
        return marked
    if (going := _trip_to_where(verb)) is not None:
        return subject_of(going)  # "will fly to Accra, where talks with Mahama are planned": the traveller's
    borrowed = False  # the subject of a verb this one is joined to; its agent acts only there
    for _ in range(4):
        subjects = [
            c for c in children_of(verb) if c.dep_ in {"nsubj", "nsubjpass"} and not misread_object(c)
        ]
        agents = passive_agents(verb)
        if borrowed and subjects:
            agents = []  # "was received by Saied and held talks with Ammar": he held them
        if (
            not subjects
            and not agents
            and verb.dep_ == "conj"
            and any(misread_object(c) for c in children_of(verb))
        ):
            return [c for c in children_of(verb.head) if c.dep_ in {"nsubj", "nsubjpass"}]
        if agents and not subjects and verb.dep_ == "xcomp":
            # "where he is to be received by the President", "is expected to be received by",
            # "is due to be hosted by": the subject of the verb the passive completes
            subjects = _subject_completed(verb)
        if agents and not subjects and not borrowed:
            # "spoke to reporters after being received by Goita", "left without being welcomed
            # by B": the one received is the subject of the clause the phrase is set on
            subjects = _subject_of_the_clause_set_on(verb)
        if subjects and (named := _subject_after_the_dateline(verb, subjects)):
            subjects = named  # "RIO DE JANEIRO, Nov 19 (Reuters) - President A packed meetings ..."
        if subjects or agents:
            if subjects and (first := _who_said_before(verb, subjects[0])) is not None:
                verb = first  # "Xi, who visited Riyadh ..., and who hosted B": Xi, as the first says
            if subjects and subjects[0].lower_ in {"who", "that", "which"} and verb.dep_ == "relcl":
                if (trip := trip_before_which(verb)) is not None and (goers := _goers_of(trip)):
                    return goers  # "a visit to Denmark, which was to include talks with B": the visitor
                return [named_before_who(verb) or one_among(verb.head) or verb.head]
            if not subjects and verb.dep_ == "conj":  # "had landed in Jeddah and was received by X"
                subjects = [c for c in children_of(verb.head) if c.dep_ in {"nsubj", "nsubjpass"}]
                agents = _fellow_runners(verb, subjects) + agents
            joined = [n for s in subjects if (n := _joined_before(s, verb)) is not None]
            return subjects + joined + agents + (_at_the_side(verb) if subjects else [])
        if headline_subject(verb):
            return [verb.head]  # "PM Anwar to travel to Indonesia": the name the parser made the root
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in OBJECT_CONTROL:
            invited = [c for c in children_of(verb.head) if c.dep_ in {"dobj", "dative"}]
            if invited:
                return invited  # "Marcos invited Thuong to visit the Philippines": Thuong visits
        if (sent := _the_one_sent_to_do_it(verb)) is not None:
            return [sent]  # "Putin sent Lavrov to Ankara to meet Erdogan": Lavrov meets him
        # a verb the parser left as "dep" is a conjunct too: "will hold talks with A, then
        # continue to Maputo to meet B", and "had" with its object, which the parser tags as an
        # auxiliary: "held talks with A, then had an audience with B"
        borrows = verb.dep_ in {"advcl", "xcomp", "pcomp", "conj", "acl"} or (
            verb.dep_ == "dep" and (verb.pos_ == "VERB" or _had_something(verb))
        )
        if borrows and verb.head.i != verb.i:
            phrase = verb
            verb = _main_verb_of_a_phrase_set_off(verb) or verb_above(verb) or verb.head
            if begun_after(verb, phrase) and verb.head.i != verb.i:
                verb = verb_above(verb) or verb.head  # "met A, a day after meeting B, since ..."
            borrowed = True
        else:
            break
    return []


def _the_one_sent_to_do_it(verb: Token) -> Token | None:
    """The one a verb of sending sends to do what an infinitive of purpose tells, who does it
    instead of the sender: "Putin sent Foreign Minister Lavrov to Ankara to meet Erdogan",
    "dispatched his envoy to hold talks with B"; not what is sent ("sent a letter to B to invite
    him": the sender invites)."""
    if verb.dep_ not in {"xcomp", "advcl"}:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)):
        return None
    if (named := _the_one_named_to_do_it(verb.head)) is not None:
        return named
    if lemma_of(verb.head) not in SENDING_VERBS:
        return None
    return next(
        (
            c
            for c in children_of(verb.head)
            if c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.lemma_.lower() in PERSON_NOUNS)
        ),
        None,
    )


# verbs of naming someone, or setting up a body, to do what an infinitive tells: "agreed to
# designate ministers to lead negotiations", "to appoint envoys to hold talks", "to set up a
# committee to meet monthly": those named or set up meet, not the ones who agreed
APPOINTING_VERBS = frozenset("designate appoint name nominate assign charge mandate task empower".split())
SETTING_UP_VERBS = frozenset("set establish form create constitute".split())
SET_UP_BODIES = frozenset(
    "committee commission group team panel mechanism council body force taskforce delegation".split()
)


def _the_one_named_to_do_it(head: Token) -> Token | None:
    """The object of a verb of naming people or setting up a body, whose infinitive of purpose
    those named do: "ministers" of "designate ministers to lead negotiations", "a committee" of
    "set up a committee to hold talks"; not "a date" of "set a date to meet" (the setters meet)."""
    lemma = lemma_of(head)
    if lemma not in APPOINTING_VERBS | SETTING_UP_VERBS:
        return None
    for c in children_of(head):
        if c.dep_ != "dobj":
            continue
        if lemma in APPOINTING_VERBS or c.lemma_.lower() in SET_UP_BODIES:
            return c
    return None


def _fellow_runners(verb: Token, subjects: list[Token]) -> list[Token]:
    """Those a gathering's passive verb of running it, joined to another that shares its subject,
    says ran it too: A of "The summit was hosted by A and co-chaired by B and C" (all three at
    the one summit, not B and C on their own); not where the subject is no gathering ("He was
    received by A and hosted by B": two welcomes told)."""
    head = verb.head
    if not (
        lemma_of(verb) in CHAIRING_A_GATHERING
        and lemma_of(head) in CHAIRING_A_GATHERING
        and any(lemma_of(s) in GATHERING_NOUNS for s in subjects)
    ):
        return []
    return passive_agents(head)


# participles that set someone at the subject's side for what the verb tells
SIDE_PARTICIPLES = frozenset({"flank"})


def _at_the_side(verb: Token) -> list[Token]:
    """Those a participle set off after the verb puts at the side of its subject, who take part
    in what the subject does there: "A greeted B at the airport, flanked by C" (C too); not whom
    the subject brought along ("accompanied by his delegation", told by :mod:`attendance`)."""
    return [
        agent
        for c in children_of(verb)
        if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i > verb.i and c.lemma_.lower() in SIDE_PARTICIPLES
        for agent in passive_agents(c)
    ]


def _trip_to_where(verb: Token) -> Token | None:
    """The trip whose place a "where" clause tells a meeting at, the meeting named with one party
    only and no other subject ("will travel to Accra, where a meeting with Mahama is scheduled",
    "visited Lima, where talks with Boric were held"): the trip's verb, whose traveller holds it;
    none where the meeting has its sides ("where a meeting between A and B is planned", "where
    his talks with B") or the clause a subject of its own ("where she will meet B")."""
    if verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in children_of(verb)):
        return None
    subjects = [c for c in children_of(verb) if c.dep_ in {"nsubj", "nsubjpass"}]
    if len(subjects) != 1 or lemma_of(subjects[0]) not in MEETING_NOUNS | LINKED_NOUNS:
        return None
    meeting = subjects[0]
    if any(c.dep_ == "poss" for c in children_of(meeting)) or not any(
        c.dep_ == "prep" and c.lower_ == "with" for c in children_of(meeting)
    ):
        return None
    place = verb.head
    if place.dep_ == "dobj" and lemma_of(place.head) in VISIT_WORDS:
        return place.head  # "visited Lima, where"
    if (
        place.dep_ == "pobj"
        and place.head.lower_ == "to"
        and lemma_of(place.head.head) in TRIP_VERBS | VISIT_WORDS
    ):
        return place.head.head  # "will travel to Accra, where", "a visit to Accra, where"
    return None


# plan words whose past perfect tells of a plan overtaken: "had been scheduled to meet"
SCHEDULE_WORDS = frozenset("due schedule set slate plan expect intend".split())


def _subject_of_the_clause_set_on(verb: Token) -> list[Token]:
    """The subject of the clause a passive gerund after a preposition is set on, who is the one
    received, as "after meeting Goita" is Ruto's meeting: "Ruto" of "Ruto spoke to reporters after
    being received by Goita" and of "Ruto flew in but left without being received by Goita"; none
    where the preposition hangs on a noun ("the hope of being received by B")."""
    preposition = verb.head
    if (
        verb.dep_ != "pcomp"
        or preposition.pos_ not in {"ADP", "SCONJ"}
        or not any(c.dep_ == "auxpass" and c.lower_ == "being" for c in children_of(verb))
    ):
        return []
    clause = preposition.head
    if clause.pos_ not in {"VERB", "AUX"}:
        return []
    for above in (clause, clause.head) if clause.dep_ == "conj" else (clause,):
        subjects = [
            c for c in children_of(above) if c.dep_ in {"nsubj", "nsubjpass"} and not misread_object(c)
        ]
        if subjects:
            return subjects
    return []


def _subject_completed(verb: Token) -> list[Token]:
    """The subject of "be" or of a plan word ("expected", "due") that a passive infinitive
    completes: "he" of "he is to be received by", "he is expected to be received by", "he is
    due to be hosted by"; none of a wish or a request ("asked to be received by"), no meeting."""
    head = verb.head
    if head.lemma_.lower() not in {"be", *SCHEDULE_WORDS}:
        return []
    if head.dep_ == "acomp" and head.head.lemma_ == "be":
        head = head.head
    subjects = [c for c in children_of(head) if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects and head.dep_ == "conj":
        # "A will stay on in Lima, and is to be received by B": the second of two predicates
        # shares the subject of the first
        subjects = [c for c in children_of(head.head) if c.dep_ in {"nsubj", "nsubjpass"}]
    if head.dep_ == "relcl" and [s.lower_ for s in subjects] in (["who"], ["that"]):
        # "Putin, who had been due to be hosted by B": the one the clause is said of
        return [head.head]
    return subjects


# the participles that tell who stood with someone: "accompanied by B", "flanked by B"
COMPANY_VERBS = frozenset("accompany flank".split())


def accompanying(verb: Token) -> list[Token]:
    """Those a participle set off in a meeting's own clause says came with its subject to it: "King
    A, accompanied by Crown Prince B, received C" (B takes part too; so "A, flanked by B, greeted
    C"), also where the parser hung
    the verb on the participle. Not a clause of its own ("A was accompanied by B", "A, who is
    accompanied by B, met C"), which tells who came on the trip, not who sat at the meeting; nor a
    participle on another verb ("Accompanied by B, A arrived and met C"), nor a spouse who comes
    along ("accompanied by his wife B")."""
    subjects = [c for c in children_of(verb) if c.dep_ in {"nsubj", "nsubjpass"}]
    participles = [c for s in subjects for c in children_of(s) if c.dep_ == "acl"]
    participles += [c for c in children_of(verb) if c.dep_ == "advcl"]
    participles += [verb.head] if verb.dep_ == "xcomp" else []
    return [
        g
        for p in participles
        if p.lemma_.lower() in COMPANY_VERBS
        and p.tag_ == "VBN"
        and not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in children_of(p))
        for g in passive_agents(p)
        if not any(t.lemma_.lower() in SPOUSES for t in subtree_of(g))  # "accompanied by his wife"
    ]


def company_of(name: Token) -> list[Token]:
    """Those a relative clause on a name says came with that person: "met B, who was accompanied
    by C" (C), "a meeting with B, who was flanked by C and D", and so does a participle set off
    after the name or after the office it holds ("received the Vice President, B, accompanied by
    Secretary of State C"). Asked of the one met, the clause tells whom B brought to the meeting,
    so they sit at it; not a spouse who comes along ("who was accompanied by his wife D")."""
    holders = [name, name.head] if name.dep_ == "appos" else [name]
    return [
        g
        for holder in holders
        for c in children_of(holder)
        if c.lemma_.lower() in COMPANY_VERBS
        and c.tag_ == "VBN"
        and (
            (
                c.dep_ == "relcl"
                and any(s.dep_ == "nsubjpass" and s.lower_ in {"who", "that"} for s in children_of(c))
            )
            or (
                c.dep_ == "acl" and not any(s.dep_ in {"aux", "auxpass", "nsubjpass"} for s in children_of(c))
            )
        )
        for g in passive_agents(c)
        if not any(t.lemma_.lower() in SPOUSES for t in subtree_of(g))
    ]


def travelling_with(trigger: Token, verb: Token) -> list[Token]:
    """Those a trip made for a meeting says its subject travelled with: "A travelled to Kyiv
    together with B and C to meet D", "A flew in along with B to hold talks with D", "A went to
    Kyiv, together with B and C, for talks with D" (B and C sit at the meeting too, as one a
    participle says came along does). Only a meeting that is the trip's purpose ("to meet", "for
    talks"), with the "with" on the verb of going itself; not a spouse who comes along ("flew to
    Rome with his wife"), nor a "with" of the meeting's own ("travelled to Kyiv to meet D together
    with E": whom they met)."""
    purpose, trip = verb, verb.head
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "for" and trigger.head.head == verb:
        purpose, trip = trigger, verb  # "travelled ... for talks with D": the noun is the purpose
    elif verb.dep_ not in {"advcl", "xcomp"} or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)
    ):
        return []
    if trip.lemma_.lower() not in TRIP_VERBS or not any(c.dep_ == "nsubj" for c in children_of(trip)):
        return []
    withs = [c for c in children_of(trip) if c.dep_ == "prep" and c.lower_ == "with"]
    withs += [  # "along with B": the parser hangs "with" on "along"
        g
        for c in children_of(trip)
        if c.dep_ == "prep" and c.lower_ == "along"
        for g in children_of(c)
        if g.lower_ == "with"
    ]
    return [
        g
        for w in withs
        if w.i < purpose.i
        for g in children_of(w)
        if g.dep_ == "pobj" and not any(t.lemma_.lower() in SPOUSES for t in subtree_of(g))
    ]


def spouse_on_the_trip(token: Token, people: People) -> bool:
    """Whether a "with" hung on a verb of going or arriving names a spouse who came along: "arrived
    in Havana with his wife, Michelle", "landed in Tokyo with First Lady Rachel Ruto for talks
    with Kishida" (company on the trip, never the one met). Not the "with" of a meeting ("met with
    Sharaa's spouse, Latife al-Durubi")."""
    if token.lower_ != "with" or token.head.lemma_.lower() not in TRIP_VERBS | ARRIVING:
        return False
    named = [g for g in children_of(token) if g.dep_ == "pobj"]
    return bool(named) and all(
        any(t.lemma_.lower() in SPOUSES for t in subtree_of(g))
        or ((c := people.at(g)) is not None and c.companion)
        for g in named
    )


def begun_after(verb: Token, token: Token) -> bool:
    """Whether ``verb`` heads a subordinate clause whose first word ("since", "when", "as") comes
    after ``token``, which the parser hung on it: a clause begins with that word, so what comes
    before it is told of the verb above. In "A met B on Thursday, a day after holding talks with C,
    on his first trip since war broke out", the phrases before "since" are A's, not the war's."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.i > token.i for c in children_of(verb))


def _main_verb_of_a_phrase_set_off(verb: Token) -> Token | None:
    """The sentence's main verb, for a "before" or "after" phrase of a verb in -ing set off by a
    comma that the parser hung inside a relative clause between them: in "A laid flowers in Bucha,
    the town where troops killed civilians, before sitting down with B", A sat down with B, not the
    troops (a phrase after a comma tells of the sentence's subject)."""
    prep = verb.head
    if not (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and prep.lower_ in {"before", "after"}
        and prep.i > 0
        and prep.nbor(-1).text == ","
    ):
        return None
    above = verb_above(verb)
    root = verb.sent.root
    if above is None or root.pos_ not in {"VERB", "AUX"}:
        return None
    return root if any(a.dep_ == "relcl" for a in (above, *ancestors_of(above))) else None


def _had_something(verb: Token) -> bool:
    """Whether a word the parser tagged as an auxiliary is "have" as a verb with its object: "had
    an audience with B", "had lunch with B"."""
    return (
        verb.pos_ == "AUX"
        and verb.lemma_.lower() == "have"
        and any(c.dep_ == "dobj" for c in children_of(verb))
    )


def _joined_before(subject: Token, verb: Token) -> Token | None:
    """The name joined to a subject by "and his counterpart" that the parser hung elsewhere: "as
    Prime Minister Wong and his Malaysian counterpart Anwar met" (Wong made the object of "as")."""
    doc, i = subject.doc, subject.left_edge.i - 1
    said = False
    while i > 0 and (doc[i].dep_ in {"poss", "amod"} or doc[i].lower_ in {"counterpart", "counterparts"}):
        said |= doc[i].lower_ in {"counterpart", "counterparts"}
        i -= 1
    name = doc[i - 1] if i > 0 and doc[i].lower_ == "and" else None
    if name is not None and not said:
        # "Bessent and He last met in London": a surname opening the sentence that the tagger
        # took for an adjective, left by the parser as a fragment of its own before "and"
        return name if name.dep_ == "ROOT" and name.is_title and name.i == name.sent.start else None
    if name is None or name.pos_ != "PROPN":
        return None
    if (name.head == verb and name.dep_ in {"dobj", "dative"}) or (
        name.head.dep_ == "prep" and name.head.head == verb
    ):
        return None  # one the verb acts on, its object or after its preposition
    return name


def _set_off_name_before(verb: Token) -> list[Token]:
    """A person's name set off by commas right before a verb the parser made a conjunct with no
    "and" and no subject of its own: "The visit comes days after Pakistan's special
    representative, Mohammad Sadiq, held talks with Muttaqi" (the name is the verb's subject)."""
    if verb.pos_ != "VERB" or any(c.dep_ in {"cc", "nsubj", "nsubjpass"} for c in children_of(verb)):
        return []
    if verb.i < verb.sent.start + 4:
        return []  # no room for ", Name," before it
    comma, name = verb.nbor(-1), verb.nbor(-2)
    if comma.text != "," or name.ent_type_ != "PERSON" or name.pos_ != "PROPN":
        return []
    start = name
    while start.i > verb.sent.start and start.ent_iob_ == "I":
        start = start.nbor(-1)
    before = start.nbor(-1) if start.i > verb.sent.start else start
    if before.text != "," or any(t.lower_ in {"and", "or"} for t in verb.doc[start.i : verb.i]):
        return []
    return [name]


# Words that open a clause of time, which the parser may read as prepositions taking the clause's
# subject as their object: "after A and B shook hands".
TIME_CONJUNCTIONS = frozenset("after before since until till once".split())


def _object_of_a_time_word_before(verb: Token) -> list[Token]:
    """A name the parser made the object of a word of time right before a verb it made a
    conjunct of the main verb, with no "and" of its own: in "Ties warmed after A and B shook hands
    in Doha", A and B shook hands (the clause's subject), not the ties; in "arrived after A and met
    B" the "and" joins the two verbs and A is no subject."""
    if verb.pos_ != "VERB" or any(c.dep_ in {"cc", "nsubj", "nsubjpass"} for c in children_of(verb)):
        return []
    time_word = next(
        (c for c in children_of(verb.head) if c.dep_ == "prep" and c.right_edge.i == verb.i - 1),
        None,
    )
    if time_word is None or time_word.lower_ not in TIME_CONJUNCTIONS:
        return []
    return [
        c for c in children_of(time_word) if c.dep_ == "pobj" and c.pos_ == "PROPN" and c.ent_type_ != "DATE"
    ]


def misread_object(token: Token) -> bool:
    """A subject the parser put after a second verb of its sentence, which is that verb's object:
    in "he called on the King, and later met Nepal's Prime Minister Oli", Oli was met."""
    if token.dep_ != "nsubj":
        return False  # most words: their head need not be made
    verb = token.head
    return token.i > verb.i and verb.dep_ == "conj" and verb.pos_ == "VERB"


def _its_day(trigger: Token) -> list[Token]:
    """The words of the day told on the verb a meeting word is the object of, and what hangs on
    them: "held a summit by video on May 2, in which ..." ("May" and its relative clause)."""
    if trigger.dep_ != "dobj":
        return []
    return [
        t
        for p in children_of(trigger.head)
        if p.dep_ == "prep" and p.i > trigger.i
        for g in children_of(p)
        if g.dep_ == "pobj" and g.ent_type_ == "DATE"
        for t in children_of(g)
    ]


def with_read_as_a_mark(token: Token, verb: Token) -> list[Token]:
    """The persons a "with" names when the parser took it for the mark of a clause on the verb:
    "with" opens no clause with a finite verb (one does: "with prices rising", "with Putin looking
    on"), so in "spoke by phone with both A and B as rebels closed in", read as "with [A and B as
    rebels] closed in", A is its object; the subject of a finite verb after "with" that names someone."""
    clause = token.head
    if (
        token.lower_ != "with"
        or token.dep_ != "mark"
        or clause.head != verb
        or clause.tag_ not in FINITE_TAGS
    ):
        return []
    return [c for c in children_of(clause) if c.dep_ == "nsubj" and c.i > token.i and c.ent_type_ == "PERSON"]


# the tags of a finite verb: one with a tense of its own (a modal too), which no "with" clause has
FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})


def object_joined_to_verb(token: Token) -> bool:
    """An object the parser joined to the verb as its conjunct: in "received the President of
    Palestine, Abbas, and the President of Tunisia, Saied", the second "President" (the parse hangs
    it on "received", the first object's name breaking the list); not a second verb ("met Xi and
    flew home"), nor a place ("travel to Tokyo and then Manila"), nor one told with a place or day
    of its own, another meeting with the verb left out ("met A in Kyiv on Monday and B in Moscow
    the following day")."""
    verb = token.head
    if token.dep_ != "conj" or token.pos_ not in {"NOUN", "PROPN"} or verb.pos_ != "VERB" or token.i < verb.i:
        return False
    if not any(
        t.ent_type_ == "PERSON" for t in (token, *(c for c in children_of(token) if c.dep_ == "appos"))
    ):
        return False
    own = [g for g in (*children_of(verb), *children_of(token)) if g.i > token.i]
    return not any((g.dep_ == "prep" and g.lower_ != "of") or g.ent_type_ == "DATE" for g in own)


def headline_subject(verb: Token) -> bool:
    """A headline's "NAME to VERB" ("PM Anwar to travel to Indonesia"), parsed with the name as
    the root and the verb hung on it (as a clause, or as an infinitive or relative clause:
    "Macron and Scholz to meet in Berlin on Friday", "Volodymyr Zelensky, Poland's PM Tusk to meet
    in Warsaw on Wednesday"): the name is the verb's subject, and the verb is to come."""
    return (
        verb.dep_ in {"advcl", "xcomp", "relcl", "acl"}
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in children_of(verb))
        and verb.head.dep_ == "ROOT"
        and verb.head.pos_ == "PROPN"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))
    )


# plural nouns of persons that, counted, mean the group told before: "the two men last met in
# Accra", "the same four officials had met in Cairo" (not a source: "two officials said", no
# subject of a meeting)
PERSONS = frozenset({"men", "women", "officials"})
WEEK_DAYS = 7  # a meeting ended more than this before the story's is its past
COUNTS = {"both": 2, "pair": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
DETERMINERS = frozenset("the both these those all".split())


def _named_in_the_list(of: Token, people: People) -> list[Token]:
    """The names set after the countries of a plural office's "of" phrase, which the parser chains
    as conjuncts of the countries: "the presidents of Argentina, A; Brazil, B; and Paraguay, C",
    "the foreign ministers of France, Germany and Britain — A, B and C —": each of them."""
    chain = listed_with(*(g for g in children_of(of) if g.dep_ == "pobj"))
    return [token for token in chain if people.at(token) is not None]


# the nouns of taking part in a meeting, whose "of" names those who took part: "with the
# participation of A, B and C"
PARTICIPATION = frozenset("participation attendance".split())


def _group(head: Token, people: People) -> list[Token]:
    """A noun phrase and its conjuncts and appositions: "A, B and C"; and the names the parser
    hangs on another as a modifier in a list ("Iran's A and Uzbekistan's B", A an ``nmod`` of B)."""
    members = [head]
    if head.lemma_.lower() in SPOUSES and (named := spouse_named(head, people)) is not None:
        members.append(named)  # "met with Sharaa's spouse, Latife al-Durubi": the spouse is a party
    for member in members:  # grows as it goes: a member's own conjuncts and appositions count
        if (partner := joined_by_title(member, people)) is not None and partner not in members:
            members.append(partner)  # "A and first lady B hosted ...", A hung elsewhere by the parser
        for token in children_of(member):
            spouse = member.lemma_.lower() in SPOUSES and token.dep_ == "appos"
            if token.lemma_.lower() in SPOUSES or spouse:
                continue  # "welcomed Mr Xi and his wife Peng Liyuan": a companion, not a party
            if token.dep_ in {"conj", "appos"} and _owns_a_person(token):
                continue  # "Yoon and Ishiba's predecessor Fumio Kishida": Ishiba is no party
            if token.dep_ == "appos" and _subject_of_a_bare_relative(token, member, people):
                continue  # "A, the veteran diplomat Lula has made his point man, met B": not Lula
            if token.dep_ in {"conj", "appos"} or (
                (token.dep_ == "nmod" or (token.dep_ == "amod" and _joined_by_and(token)))
                and people.at(token) is not None
            ):  # "A and U.S. Trade Representative B met": A read as B's adjective is a party
                members.append(token)
            elif token.dep_ == "prep" and token.lower_ == "of" and member.lemma_.lower() in PARTICIPATION:
                # "with the participation of President of Kazakhstan A, President of Uzbekistan B,
                # ...", "with the participation of the two ministers": those the "of" names
                members += [g for g in children_of(token) if g.dep_ == "pobj" and g not in members]
            elif (
                token.dep_ == "prep"
                and people.at(member) is None
                and (
                    # not "A, special envoy of President B"
                    (
                        token.lower_ == "of"
                        and member.lemma_.lower() not in SERVING_NOUNS
                        and (find_role(member.text) or _a_capitalised_office(member))
                    )
                    # an office "for" a matter is held by the name after it
                    or (token.lower_ == "for" and _an_office_for(member))
                )
            ):  # "President of Tajikistan Emomali Rahmon", "the Special Representative for the
                # Dialogue A and the Commissioner for Trade B": the name hung on "of" or "for" in a list
                members += [g for g in children_of(token) if g.dep_ == "pobj" and people.at(g) is not None]
                if member.tag_ == "NNS" and token.lower_ == "of":
                    members += [n for n in _named_in_the_list(token, people) if n not in members]
            elif token.dep_ == "prep" and token.lower_ == "of" and people.at(member) is not None:
                # "the presidents of Cuba, A, of Colombia, B": the next name hung on the country
                members += [
                    n
                    for g in children_of(token)
                    if g.dep_ == "pobj" and g.ent_type_ == "GPE"
                    for n in children_of(g)
                    if n.dep_ in {"conj", "appos"} and people.at(n) is not None
                ]
            elif (
                token.dep_ == "compound"
                and (own := people.at(member)) is not None
                and people.at(token) == own
            ):
                # "A and Ursula von der Leyen", "A and Luiz Inacio Lula da Silva": the parser hangs "A
                # and" inside a name with particles, on one of its words; A is a party of its own
                members += [
                    g
                    for t in subtree_of(token)
                    if t.dep_ == "compound" and people.at(t) == own
                    for g in children_of(t)
                    if g.dep_ == "nmod"
                    and (other := people.at(g)) is not None
                    and other != own
                    and any(d.dep_ == "cc" for d in children_of(g))
                ]
            elif token.dep_ in {"compound", "nmod"} and people.at(token) is None:
                # a title with a name hung on it: "with Eritrean leader A and Somalia president B";
                # and a name before "and" the parser read as the title's adjective, "A and U.S.
                # Trade Representative B met C" ("A" an ``amod`` of "Representative"): a party
                members += [
                    g
                    for g in children_of(token)
                    if (g.dep_ in {"nmod", "appos"} or (g.dep_ == "amod" and _joined_by_and(g)))
                    and people.at(g) is not None
                ]
    return sorted(members, key=lambda t: t.i)


def _joined_by_and(word: Token) -> bool:
    """Whether a word has an "and" of its own after it, that joins it to a word after that."""
    return any(c.dep_ == "cc" and c.i > word.i for c in children_of(word)) and any(
        c.dep_ == "conj" and c.i > word.i for c in children_of(word)
    )


def _a_capitalised_office(title: Token) -> bool:
    """An office outside the role table written as a title, whose holder's name the parser hangs
    at the end of its "of" phrase: "Chairman of the State Great Khural A", "Speaker of the National
    Assembly B", "Secretary-General of the Arab League C"; not in lower case ("the chairman of the
    board"), which is a description."""
    return title.is_title and title.lower_ in OFFICES


def _an_office_for(title: Token) -> bool:
    """Whether a word ends the name of an office held for a matter, "the Special Representative
    for the Dialogue", "High Representative for Foreign Affairs", whose holder's name the parser
    hangs at the end of the "for" phrase: a role the table knows, or a capitalised title."""
    words = " ".join(t.text for t in subtree_of(title) if t.i <= title.i)
    return find_role(words) is not None or (title.pos_ == "PROPN" and title.ent_type_ in {"", "ORG"})


def _modified_thing(compound: Token) -> Token:
    """What a chain of compounds modifies: "summit" of "Trump" in "any Trump-Putin summit"."""
    while compound.dep_ == "compound" and compound.head.i != compound.i:
        compound = compound.head
    return compound


def _holder_hung_on_the_served(doc: Doc, served: set[int], people: People) -> Cluster | None:
    """The holder of an office held for another, named after it where the parser hangs the name
    on the one served: "a special envoy of President Cyril Ramaphosa, Ayanda Dlodlo"."""
    for i in sorted(served):
        token = doc[i]
        named = people.at(token)
        set_off = token.dep_ == "appos" or (  # a conjunct with no "and": set off by commas
            token.dep_ == "conj" and not any(c.dep_ == "cc" for c in children_of(token.head))
        )
        if set_off and named is not None and named is not people.at(token.head):
            return named
    return None


def _holder_after_the_chain(title: Token, people: People) -> Cluster | None:
    """The one a title's chain of "of" phrases names at its end, right after the state that ends
    the chain, as presidencies and state agencies write it: "the Chairman of the Government of the
    Russian Federation Mikhail Mishustin", "the Ambassador of the Republic of Korea Park Jong-dae",
    "the Special Envoy of the President of the People's Republic of China Li Hui" (the parser
    hangs the name on the chain's last "of", the state's name its compound). Not a name after a
    title of its own ("the envoy of Russian President Putin"), nor the one an envoy serves, named
    by the chain's last office ("the Envoy of the President of Russia Vladimir Putin" is Putin's)."""
    doc = title.doc
    if not (title.is_title and chain_office(title)) or people.at(title) is not None:
        return None
    i = title.i + 1
    while i < title.sent.end and doc[i].lower_ in OFFICE_QUALIFIERS_AFTER:
        i += 1  # "Ambassador Extraordinary and Plenipotentiary | of"
    if i >= title.sent.end or doc[i].lower_ != "of":
        return None
    start = i
    while (
        i < title.sent.end
        and i - start < CHAIN_REACH
        and people.at(doc[i]) is None
        and (doc[i].lower_ in CHAIN_GLUE or doc[i].is_title)
    ):
        i += 1
    if i >= title.sent.end or (cluster := people.at(doc[i])) is None or not title.is_ancestor(doc[i]):
        return None
    if not a_state_ends(doc, start, i):
        return None  # no state ends the chain right before the name
    offices = [t for t in doc[start:i] if t.is_title and chain_office(t) and not places.country_named(t.text)]
    if (
        title.lemma_.lower() in SERVING_NOUNS
        and offices
        and cluster.role
        and find_role(cluster.role) in {find_role(t.text) for t in offices}
    ):
        return None  # the one served, holder of the chain's office
    return cluster


def _subject_of_a_bare_relative(name: Token, description: Token, people: People) -> bool:
    """Whether a name the parser set beside the description of another person is the subject of
    a relative clause with no pronoun, its finite verb right after the name: "Amorim, the veteran
    diplomat Lula has made his point man" (Lula made him so; the description is Amorim's). Not
    the name a title describes ("the veteran diplomat Celso Amorim met B", no verb after it)."""
    doc = name.doc
    return (
        people.at(name) is not None
        and people.at(description) is None
        and description.dep_ == "appos"
        and people.at(description.head) is not None
        and people.at(description.head) is not people.at(name)
        and name.i + 1 < name.sent.end
        and doc[name.i + 1].tag_ in FINITE_TAGS
        and doc[name.i + 1].pos_ in {"AUX", "VERB"}
    )


def _owns_a_person(token: Token) -> bool:
    """A name with "'s" before a noun for a person: "Ishiba's predecessor", "Putin's envoy"."""
    doc = token.doc
    return (
        any(c.dep_ == "case" and c.lower_ in {"'s", "’s"} for c in children_of(token))
        and token.i + 2 < len(doc)
        and doc[token.i + 2].lemma_.lower() in PERSON_NOUNS
    )


def spouse_named(spouse: Token, people: People) -> Token | None:
    """The name a spouse noun is given in apposition ("his wife Yuko", "Sharaa's spouse, Latife
    al-Durubi"), also where the parser hung the name after the comma elsewhere."""
    named = next((c for c in children_of(spouse) if c.dep_ == "appos" and people.at(c) is not None), None)
    doc = spouse.doc
    if named is None and spouse.i + 2 < len(doc) and doc[spouse.i + 1].text == ",":
        after = doc[spouse.i + 2]
        if people.at(after) is not None:
            named = after
    return named


def couples(heads: Iterable[Token], people: People) -> list[tuple[Cluster | None, Cluster]]:
    """The people the phrases name with their spouses, as (person, spouse): "Kishida and his wife
    Yuko" (also where the parser made "wife" a part of the name); the person is None where told by
    an office alone ("welcomed the President and First Lady Louise Araneta-Marcos")."""
    pairs: list[tuple[Cluster | None, Cluster]] = []
    for head in heads:
        for token in subtree_of(head):
            if token.dep_ == "conj" and (pair := _consort_beside(token.head, token, people)) is not None:
                pairs.append(pair)
                continue
            joined = joined_by_title(token, people)
            if joined is not None and (pair := _consort_beside(joined, token, people)) is not None:
                pairs.append(pair)
                continue
            if token.lemma_.lower() not in SPOUSES:
                continue
            if token.dep_ == "compound":
                named, partner = people.at(token.head), people.at(token.head.head)
            else:
                name = spouse_named(token, people)
                named, partner = (people.at(name) if name is not None else None), people.at(token.head)
            if named is not None and partner is not None and named != partner:
                pairs.append((partner, named))
    return pairs + _spouse_among(heads, people, {s for _, s in pairs})


def untitled_spouses(
    heads: Iterable[Token], others: Iterable[Token], people: People
) -> list[tuple[Cluster | None, Cluster]]:
    """The spouses of a side named by name alone, where the other side comes as a couple: in
    "Mr Kagame and his wife were received by President Hichilema and Mutinta Hichilema" (or
    "... and Jeannette Kagame"), the one of two names joined by "and" told with no title and
    holding no office the story or a gazetteer knows stands beside the titled leader as a couple
    greets a couple, as (leader, spouse). Not where the other side comes alone ("President A and
    B received C": B a party), nor the last of a longer list."""
    pairs: list[tuple[Cluster | None, Cluster]] = []
    for head in heads:
        for token in subtree_of(head):
            if token.dep_ != "conj":
                continue  # asked first: the head of every other word is a new Token made for nothing
            partner_token = token.head
            if len(partner_token.conjuncts) != 1:
                continue
            partner, named = people.at(partner_token), people.at(token)
            if partner is None or named is None or partner == named:
                continue
            titled = partner.known or partner.role is not None
            if titled and not named.known and named.role is None:
                pairs.append((partner, named))
    # whether the other side comes as a couple is asked last, and only of a side that names two
    # so joined: most sides name none, and the other sides' every word need not be read
    return pairs if pairs and _comes_as_a_couple(others, people) else []


def _comes_as_a_couple(heads: Iterable[Token], people: People) -> bool:
    """Whether a side names a spouse or a couple: "he and his wife", "Mr A and First Lady B",
    "the royal couple"."""
    return any(
        t.lemma_.lower() in SPOUSES | {"couple"} or ((c := people.at(t)) is not None and c.companion)
        for head in heads
        for t in subtree_of(head)
    )


def _spouse_among(
    heads: Iterable[Token], people: People, paired: set[Cluster]
) -> list[tuple[Cluster, Cluster]]:
    """A spouse named as one of the heads of a side beside one other party and no more, with no
    word joining the two ("Charles, 74, and Camilla were scheduled to meet ...", the parser making
    each a subject of its own), where the article names that person as a spouse elsewhere ("King
    Charles III and Queen Camilla"): the party's spouse, as (party, spouse)."""
    named = list(dict.fromkeys(c for h in heads if (c := people.at(h)) is not None))
    spouses = [c for c in named if c.companion and c not in paired]
    parties = [c for c in named if not c.companion]
    return [(parties[0], spouses[0])] if len(spouses) == 1 and len(parties) == 1 else []


def joined_by_title(name: Token, people: People) -> Token | None:
    """The name joined by "and" to the title set before this name, where the parser hung the
    title on that other name and that name anywhere but beside this one: "A and first lady B
    hosted ..." (A misread as an adjective or a place, a modifier of B or of the verb)."""
    if people.at(name) is None:
        return None
    start = min(t.i for t in subtree_of(name) if people.at(t) == people.at(name))
    if start == 0:
        return None
    title = name.doc[start - 1]
    partner = title.head
    if (
        title.dep_ != "conj"
        or title.pos_ != "NOUN"
        or partner.i >= title.i
        or not any(c.dep_ == "cc" and partner.i < c.i < title.i for c in children_of(partner))
        or people.at(partner) in {None, people.at(name)}
    ):
        return None
    return partner


def _consort_beside(
    partner_token: Token, token: Token, people: People
) -> tuple[Cluster | None, Cluster] | None:
    """A spouse told by a title beside the partner they are joined to, as (person, spouse): "Mr
    Biden and First Lady Jill Biden", "King Felipe VI and
    Queen Letizia" (a queen beside a king is his consort); the partner may be named by office
    alone ("the President and First Lady Louise Araneta-Marcos"), and is then None."""
    partner, named = people.at(partner_token), people.at(token)
    if named is None or partner == named:
        return None
    if partner is None and find_role(partner_token.text) is None:
        return None  # "the ministers and First Lady X": no one partner she stands beside
    others = [c.name for c in people.clusters if c is not named]
    if named.companion or consort_of_a_monarch(token) or namesake_spouse(token, named.name, others):
        return partner, named
    return None


def with_couples(
    found: list[Cluster],
    *sides: list[tuple[Cluster | None, Cluster]],
    consorts: dict[Cluster, Cluster] | None = None,
) -> list[Cluster]:
    """Spouses named beside their partners are companions, no parties ("welcomed Mr Xi and his
    wife Peng Liyuan"), unless the meeting is one of couples: two or more of the parties came with
    theirs on one side of the sentence ("A and his wife B, along with C and his wife D, ate roast
    duck"), or a couple meets a couple ("King A and Queen B were received by C and his wife D",
    "A and Madame B welcomed C and First Lady D"): then everyone at the table took part. A consort
    told by her own title beside her monarch ("received King A and Queen B") comes as one of the
    royal couple the other side meets, and takes part too (``consorts``); not where the couple
    meets no one ("King A and Queen B arrived")."""
    at_tables = [list(dict.fromkeys(s for p, s in pairs if p is None or p in found)) for pairs in sides]
    parties = [c for c in found if not any(c in at_table for at_table in at_tables)]
    couples_met = sum(bool(at_table) for at_table in at_tables) >= 2 and len(parties) >= 2
    for at_table in at_tables:
        if len(at_table) >= 2 or couples_met:
            joined = [s for table in at_tables for s in table]
            return found + [s for s in dict.fromkeys(joined) if s not in found]
    spouses = {s for at_table in at_tables for s in at_table}
    royal = [s for s, monarch in (consorts or {}).items() if monarch in found] if len(parties) >= 2 else []
    kept = [c for c in found if c not in spouses]
    return kept + [s for s in dict.fromkeys(royal) if s not in kept]


def royal_consorts(parts: Iterable[Iterable[Token]], people: People) -> dict[Cluster, Cluster]:
    """The consorts the phrases name by their own title beside their monarch, each with the monarch:
    Queen B of "King A and Queen B", "the king and Queen B", Empress D of "Emperor C and Empress
    D"; and the consort of the monarch "the royal couple" means, named so before ("King A and
    Queen B landed ... C greeted the royal couple": B)."""
    consorts: dict[Cluster, Cluster] = {}
    for part in parts:
        for head in part:
            for t in subtree_of(head):
                if t.dep_ == "conj" and consort_of_a_monarch(t) and (c := people.at(t)) is not None:
                    if (monarch := people.at(t.head)) is not None:
                        consorts[c] = monarch
                elif (
                    monarch := _head_of_the_couple(t, people) or _titled_monarch(t, people)
                ) is not None and (c := consort_named_before(monarch, t, people)) is not None:
                    consorts[c] = monarch
    return consorts


def _titled_monarch(consort: Token, people: People) -> Cluster | None:
    """The monarch a consort's bare title joined to his means, the couple named by their titles
    alone: "the King and Queen were received by B" (after "King A and Queen C"): A; None where the
    consort's title is a name of its own ("the king and Queen C", read by name)."""
    if consort.dep_ != "conj" or CONSORTS.get(consort.head.lower_) != consort.lower_ or people.at(consort):
        return None
    titled = people.by_title(consort.head)
    return people.at(consort.head) or (titled[0] if len(titled) == 1 else None)


def apart_from_the_royal_couple(found: list[Cluster], token: Token, people: People) -> list[Cluster]:
    """The parties of a clause, a monarch and the consort named beside them before and no one else
    being the royal couple on their own trip, no meeting of the two ("King A and Queen B arrived
    on Monday. They toured the old town"): the monarch alone."""
    if len(found) == 2:
        for monarch, consort in (found, found[::-1]):
            if consort.companion and consort_named_before(monarch, token, people) == consort:
                return [monarch]
    return found


def consort_named_before(monarch: Cluster, token: Token, people: People) -> Cluster | None:
    """The consort the article names joined to a monarch before a word ("King A and Queen B", also
    told by the couple's titles: "Prince C and D, the Prince and Princess of Wales"): B, D."""
    return next(
        (
            c
            for t in reversed(token.doc[: token.i])
            if t.dep_ == "conj"
            and people.at(t.head) == monarch
            and consort_of_a_monarch(t)
            and (c := people.at(t)) is not None
        ),
        None,
    )


# words that tell which of a series a meeting is, which the parser may hang on the owner of the
# meeting word: "the next leaders' meeting", "the 4th leaders' meeting" (not "annual": "the annual
# leaders' meeting of the G20" is a gathering's, described)
IN_A_SERIES = frozenset("next last previous upcoming coming inaugural".split())


def _of_the_meeting_owned(word: Token, owner: Token) -> bool:
    """Whether an adjective the parser hangs on the owner of a meeting word tells which of a series
    the meeting is ("the next leaders' meeting": the next meeting, not the next leaders)."""
    return owner.dep_ == "poss" and (word.lower_ in IN_A_SERIES or word.ent_type_ == "ORDINAL")


def _owned_by_a_group_undetermined(their: Token) -> bool:
    """Whether "their" of a meeting told in a phrase of a verb means that verb's subject or agent,
    a group told by a bare plural ("to be endorsed by EU leaders at their summit", "will be signed
    by G7 foreign ministers at their meeting"): those of a body, named by no one, not the people
    told before. Not a counted or pointed group ("the two leaders will sign it at their summit")."""
    noun = their.head
    if their.dep_ != "poss" or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return False
    verb = noun.head.head
    doers = [c for c in children_of(verb) if c.dep_ in {"nsubj", "nsubjpass"}] + [
        g for c in children_of(verb) if c.dep_ == "agent" for g in children_of(c) if g.dep_ == "pobj"
    ]
    return any(
        d.tag_ == "NNS"
        and d.i < their.i
        and not any(c.dep_ in {"det", "nummod", "poss", "predet"} for c in children_of(d))
        for d in doers
    )


# the nouns of a call, and the words that make a conversation one: "the call", "the phone conversation"
CALLS = frozenset("call calls".split())
CALLING = frozenset("phone telephone video telephonic".split())


def _the_call_again(sentence: Span) -> bool:
    """Whether a sentence speaks of a call told before, by a definite noun with no people of its
    own: "During the call", "in that phone conversation"; not "a call with B", "the call between
    A and B"."""
    return any(
        (
            t.lower_ in CALLS
            or (t.lemma_.lower() == "conversation" and any(c.lower_ in CALLING for c in t.lefts))
        )
        and t.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in {"the", "that", "this"} for c in t.lefts)
        and not any(c.dep_ == "prep" and c.lower_ in {"with", "between", "from", "to"} for c in t.rights)
        for t in span_tokens(sentence)
    )


def plural_reference(token: Token, people: People, earlier: list[Found]) -> list[Cluster] | None:
    """Whom "they", "their", "the two leaders", "the three leaders", "both", "the pair" or
    "between the two" mean: for "they" and "their", the two people named before it in its own
    sentence, if two are; else the last group of people reported meeting, of that size where a
    number is given, else the people of that number named in this sentence and the one before.
    None for a word that is no reference ("regional leaders": an undetermined plural), and for
    "the leaders" where those found serve leaders rather than lead ("The talks were attended by
    ambassadors A and B. ... the two leaders": not the ambassadors)."""
    found = _plural_reference(token, people, earlier)
    if found and token.lower_ in {"leaders", "statesmen"} and any(_serves(p) for p in found):
        return None
    return found


def _serves(person: Cluster) -> bool:
    """Whether a person is stated to hold an office that serves a state's leaders, not one that
    leads: an ambassador or envoy, a diplomat, a spokesperson, an adviser."""
    return role_class(person.role) in SERVING


def _plural_reference(token: Token, people: People, earlier: list[Found]) -> list[Cluster] | None:
    """:func:`plural_reference`, before its check of "the leaders"."""
    if token.lower_ == "their" and _owned_by_a_group_undetermined(token):
        return None  # "to be endorsed by EU leaders at their summit": those leaders', no one named
    if any(c.dep_ == "nummod" and c.like_num and c.lower_ not in COUNTS for c in children_of(token)):
        return None  # "The 31 leaders of the alliance will gather": a count of many, no group named
    number = next((c for c in children_of(token) if c.dep_ == "nummod" and c.lower_ in COUNTS), None)
    if token.pos_ == "ADJ" and number is not None:
        token = number  # "The two last met in Beijing": the parser made "last" the subject
    word = token.lower_
    if word == "them" and _gathered(token):
        word = "they"  # "where the emir brought them together": those "they" would mean
    children = [c.lower_ for c in children_of(token)]
    size = COUNTS.get(word) or next((COUNTS[c] for c in children if c in COUNTS), None)
    if size is not None and word in PERSONS:
        word = "pair"  # "the two men last met in Accra": the pair told before
    of_state = False  # "the two heads of state": no prime minister, who heads a government
    if (
        (size is not None or ("the" in children and not _told_of_beyond_its_office(token)))
        and word in {"heads", "chiefs"}
        and (led := _office_of_leaders(token)) is not None
    ):
        # "the two heads of state", "the heads of state", "the two Party chiefs": as "the leaders";
        # not "the two spy chiefs"
        word = "leaders"
        of_state = led == "President"
    # "the two ministers", "the foreign ministers": the office of those told before
    counted_office = (
        (size is not None or (children[:1] == ["the"] and token.dep_ != "poss" and not _told_of(token)))
        and token.tag_ in {"NNS", "NNPS"}
        and find_role(token.text) is not None
    )
    if heads := heads_of_the_sides(token, people):
        return heads  # "The two sides met in May, when A led the Russian side and B the Ukrainian one"
    if word not in PLURAL_REFERENCES and not counted_office and not _a_bare_count(token):
        # "Goyal met the two commissioners" after "A, who is Commissioner for Trade, came with
        # Agriculture Commissioner B": a counted title no table holds, given to that many named
        return _titled_so(token, people, size) if size is not None else None
    if (
        word in {"leaders", "statesmen", "counterparts", "sides"}
        and size is None
        and not DETERMINERS & set(children)
    ):
        return None
    # an adjective of the office itself ("prime" of "the two prime ministers") describes no one
    described = [
        c
        for c in children_of(token)
        if c.dep_ == "amod"
        and c.lower_ not in COUNTS
        and c.lower_ != "same"
        and not _of_the_meeting_owned(c, token)
        and find_role(f"{c.text} {token.text}") == find_role(token.text)
    ]
    # "A, B and C arrived ... The visiting leaders met D": the list named before them, where no
    # meeting told before names them (not "the Chinese leaders": a country's)
    if (
        described
        and size is None
        and not any(c.lower_ == "there" for c in children_of(token))
        and not any(_a_country(c) or places.demonym_country(c.text) for c in described)
        and (named_so := holders_told_before(token, people))
    ):
        return named_so
    # "the two Japanese ministers": of that country, not a minister of the host's they met
    nations = {country for c in described if (country := places.demonym_country(c.text))}
    if (described and size is None) or any(c.lower_ == "there" for c in children_of(token)):
        return None  # "the transitional leaders there", "the African leaders": others, described (not
        # "the two leftist leaders", counted: those named)
    if any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.ent_type_ == "GPE" for g in subtree_of(c))
        for c in children_of(token)
    ):
        return None  # "the leaders of Armenia and Azerbaijan": those countries' leaders, a description
    if size is None and (bloc := _bloc_counted(token, people)) is not None:
        return _bloc_met(token, people, earlier, *bloc)  # "The Quad leaders had been due to meet"
    if size is None and any(
        c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN" and people.at(c) is None
        for c in children_of(token)
    ):
        return None  # "the Pacific Islands Forum leaders' meeting", "the ASEAN foreign ministers": a
        # body's members, a description (not "the two EU leaders", counted: those named)
    if (
        size is not None
        and (first := _counted_before(token, size)) is not None
        and (told := plural_reference(first, people, earlier))
    ):
        return told  # "The last meeting of the pair came before the summit of A and B, and the two
        # also talked in December": the group the sentence first counted, not two named in between
    # not a spouse who comes along: "Ruto, who was accompanied by First Lady Rachel Ruto, was
    # welcomed before the two presidents held talks"
    here = [c for c in people.in_tokens(_before_in_sentence(token)) if not c.companion]
    # offices or persons, not "the two sides": "B welcomed the Russian leader, after which the two
    # presidents", "B received the president-elect before the two men held talks"
    if size == 2 and len(here) == 1 and (counted_office or word == "leaders" or token.lower_ in PERSONS):
        here += [c for c in _described_before(token, people) if c not in here]
    # "the deals that A and B reached when they met", though C is named before them
    if word in {"they", "their"} and len(bound := _subjects_of_the_clause_above(token, people)) >= 2:
        return bound
    # "what Biden would say to Trump during their meeting", "after a call with Putin, the two";
    # a count that its own sentence's names make up before it: "A flew in with B and C, and the
    # three leaders met D"
    if ((word in {"they", "their"} or size == 2) and len(here) == 2) or (
        size and size > 2 and len(here) == size
    ):
        return here
    # "A stands between B and C after their meeting", "A hosted B and C, and they agreed": the
    # three or more named before it in its own sentence, where no meeting told before holds them
    # all; not a pair told in the sentence before (with no meeting told before, the sentence's own
    # reading stands)
    if (
        word in {"they", "their"}
        and size is None
        and len(here) >= 3
        and earlier
        and not any(set(here) <= set(meeting.people) for meeting in earlier)
    ):
        return here
    if word == "their" and not here and len(ahead := _subjects_it_is_set_before(token, people)) >= 2:
        return ahead  # "During their talks, A and the Kenyan president discussed trade": A and him
    if (size or 2) == 2 and len(sides := _subject_and_object(token, people)) == 2:
        return sides  # "Sharif had invited the crown prince during a call between the two"
    if (size or 2) == 2 and len(pair := _goer_and_owner(token, people, earlier)) == 2:
        return pair  # "A drove out to the farm of B, where the two talked"
    if word in {"they", "their"} and size is None:
        # whom the counted reference before it in its own sentence means ("The two leaders held
        # their first talks in May, where they agreed ..."), else that of the sentence before ("It
        # was the second meeting between the two leaders. They first met in May"), also past one
        # person named ("C called both leaders and said they had agreed to meet": the two leaders)
        in_own = [] if len(here) >= 2 else _before_in_sentence(token)
        before = span_tokens(token.doc[token.sent.start - 1].sent) if token.sent.start > 0 else []
        for tokens in (in_own, before):
            counted = next((t for t in tokens if _a_group(t)), None)
            if counted is not None and (told := plural_reference(counted, people, earlier)):
                return told
    office = None
    if counted_office and word not in PLURAL_REFERENCES:  # "the two prime ministers": that office
        titled = (
            t.text
            for t in subtree_of(token)
            if (t.i < token.i and t.dep_ in {"amod", "compound"}) or t == token
        )
        office = find_role(" ".join(titled))
    # "The two leaders last met in Beijing in 2019": those of the news, the article's first meeting;
    # a sentence of the news does not mean the pair of a meeting told as its past ("The two greeted
    # each other" after "had last met Lula in Brasilia in June 2023")
    if (
        (size or 2) == 2
        and (travellers := _trip_and_one_more(token, people, earlier))
        and (word not in {"leaders", "statesmen"} or _all_lead(travellers))
    ):
        return travellers  # not "the two leaders" of a president and the minister leading a mission
    if size == 2 and (acting := _the_pair_gone_on_with(token, people, earlier)):
        return acting
    if (
        size == 2
        and not here
        and not _told_as_before(token)
        and len(host := _host_and_guest_just_before(token, people, earlier)) == 2
        and (word not in {"leaders", "statesmen"} or _all_lead(host))
    ):
        return host  # "Frederiksen has often played host to the Ukrainian president. In 2023 the two
        # leaders posed in an F-16": those two, not a pair of a meeting told further back
    # "A and his wife arrived on Sunday. They were welcomed by B": the party the story follows,
    # before the people of the last meeting told
    if (
        word == "they"
        and size is None
        and token.dep_ in {"nsubj", "nsubjpass"}
        and (travelling := _the_party_travelling(token, people))
    ):
        return travelling
    if size == 2 and (between := _pair_between_told_before(token, people, earlier)):
        return between  # "Relations between A and B have been conducted by phone. In a call in
        # February, the two leaders agreed ...": that pair, not the last meeting told of A
    past = is_background(span_text(token.sent))
    # the meetings it may mean, in the order tried: the nearest first, the first told for "last met",
    # the story's pair (:func:`_story_pair_meant`)
    story_first = _told_as_before(token) and _story_pair_meant(earlier, size or 2)
    order = earlier if story_first else list(reversed(earlier))
    if _the_call_again(token.sent):
        # "During the call, the two leaders discussed ...": the parties of the last call told, not
        # of a meeting in person told after it
        order = sorted(order, key=lambda meeting: meeting.kind not in {"phone", "video"})
    # one named before it in its sentence is one of them: "Carney announced aid during their
    # meeting" means the last group Carney is in, not a meeting told since that fell through
    order = sorted(order, key=lambda meeting: not set(here) <= set(meeting.people))
    # and so is one its clause of time names after it: "The two leaders first met in April, when
    # Samia was in the US" means the last pair Samia is in, not a meeting told since of another
    if (size or 2) == 2 and (then := _named_in_its_time_clause(token, people)):
        theirs = next(
            (
                meeting
                for meeting in order
                if len(meeting.people) == 2
                and set(then) <= set(meeting.people)
                and (past or not is_background(span_text(meeting.sentence)))
            ),
            None,
        )
        if theirs is not None:
            return list(theirs.people)
    if size is None and (side := _the_side_named_so(token, people, order)):
        return side  # "A and a delegation of African leaders met B. ... the leaders held talks with C"
    separate = _told_separately(earlier) if size is not None else []
    for meeting in order:
        # those met separately right before are meant though told as the past ("A had spoken
        # separately with B and C on Friday. D called both leaders on Saturday")
        if size is not None and (seen := _seen_separately(meeting, separate)) is not None:
            if len(seen) == size:
                return seen  # "A held separate talks with B and C. The two leaders first met in May"
            continue  # not one of those talks, picked at random: the pair told before them
        if not past and is_background(span_text(meeting.sentence)):
            continue
        if office is not None and size is None:  # "the foreign ministers" of talks with aides
            holders = [
                p for p in meeting.people if p.role and find_role(p.role) and _holds(p, office, people.year)
            ]
            if len(holders) >= 2:
                return holders
            continue
        if len(meeting.people) >= 2 and (size is None or len(meeting.people) == size):
            if not _of_the_nations(meeting.people, nations):
                continue  # "the two Japanese ministers": not the talks of one of them with a host
            if word in {"leaders", "statesmen"} and any(
                p.role and role_class(p.role) != "leader" for p in meeting.people
            ):
                # "the leaders" of talks their aides sat in on: those of them who lead
                leaders = [p for p in meeting.people if role_class(p.role) == "leader"]
                if len(leaders) >= 2 and (size is None or len(leaders) == size):
                    return leaders
                if len(meeting.people) == size and all(role_class(p.role) in LEADING for p in meeting.people):
                    return list(meeting.people)  # "The two leaders first spoke in April" of a vice
                    # president's talks with a president: both lead, one as a deputy
                continue  # "the leaders' talks": not the foreign ministers' told since, nor a welcome by one
            if of_state and not all(heads_a_state(p.role) for p in meeting.people):
                continue  # "The two heads of state met in ...": not the president's talks with a premier
            if office is not None and not all(_holds(p, office, people.year) for p in meeting.people):
                continue  # "the two presidents": not a president and a prime minister told last
            if word == "they" and (group := _the_group_told(token, meeting, people)):
                return group
            return list(meeting.people)
    if word in {"leaders", "statesmen"} and size is not None:
        # "Borrell brought Vucic and Kurti together ... The two leaders last met in Brussels": the
        # leaders of a meeting of more people, its host or mediator no leader; and the guests of
        # a leader who hosts them ("A had been due to host B and C ... The two leaders last met
        # in July": B and C)
        for meeting in order:
            leaders = [p for p in meeting.people if p.role and role_class(p.role) == "leader"]
            if len(meeting.people) > size and len(leaders) == size:
                return leaders
            guests = [p for p in meeting.people if p not in _hosts_of(meeting, people)]
            if len(meeting.people) > size and len(guests) == size:
                return guests
    if size is not None and "same" in children:
        # "Biden sat down with A, B, C, D and E ... Xi hosted the same five leaders in May": those one
        # person met at a meeting told before, without that person
        for meeting in order:
            others = [p for p in meeting.people[1:] if p not in here]
            if len(meeting.people) == size + 1 and len(others) == size:
                return others
    # one named beside the group, joined to it by "and", is no one of it: "the four European
    # leaders and Zelensky phoned C" are the others of the meeting of five told before
    beside = [c for t in token.conjuncts if (c := people.at(t)) is not None and not c.companion]
    if size is not None and (here or beside):
        # "A and B met in talks hosted by C. The meeting followed calls from C to both leaders": the
        # others of a meeting of more people, one of them named before it in its sentence
        for meeting in order:
            others = [p for p in meeting.people if p not in here and p not in beside]
            if word in {"leaders", "statesmen"}:
                # "A hosted B and C; ambassadors D and E sat in. A stood between the two leaders":
                # of the others, those who lead, not those who serve
                others = [p for p in others if not _serves(p)]
            if len(meeting.people) > size and len(others) == size:
                return others
    if office is not None and size is not None:
        # "Wang attended the dialogue with Muttaqi and Dar, hosted by the prime minister ... The
        # three foreign ministers last met in Beijing": the holders of that office of a meeting of
        # more people, each stated to hold it
        for meeting in order:
            holders = [
                p
                for p in meeting.people
                if p.role and _holds(p, office, people.year) and _of_the_nations([p], nations)
            ]
            if len(meeting.people) > size and len(holders) == size:
                return holders
    if size is not None:
        # "A met B in Cairo. C was also present. The two leaders first met in May": the pair the
        # meeting's own sentence named, not one told since to have sat in
        for meeting in order:
            named_there = people.in_tokens(span_tokens(meeting.sentence))
            if len(meeting.people) <= size:
                continue
            own = [p for p in meeting.people if p in named_there]
            if len(own) == size:
                return own
            # "signed it in a ceremony presided over by C ... The two ministers were then received":
            # the signers, not the one who presided or looked on
            looking_on = _looking_on(meeting, people)
            parties = [p for p in own if p not in looking_on]
            if len(parties) == size:
                return parties
    sentence = token.sent
    start = token.doc[sentence.start - 1].sent.start if sentence.start > 0 and size else sentence.start
    named = [c for c in people.in_tokens(t for t in token.doc[start : token.i]) if not c.companion]
    if len(named) != (size or 2) and start < sentence.start:  # "A and B arrived. C met each of the two"
        named = [c for c in people.in_tokens(t for t in token.doc[start : sentence.start]) if not c.companion]
    if size is not None and len(named) < size and start < sentence.start:
        # "The two presidents met at a summit hosted by C and co-mediated by D. The four leaders
        # talked for hours": those the sentence before told meeting, and those it names beside them
        together: list[Cluster] = []
        for meeting in earlier:
            if any(s.start == start for s in (meeting.sentence, *meeting.more)):
                together += [p for p in meeting.people if p not in together]
        together += [c for c in named if c not in together]
        if len(together) == size:
            return together
    if len(named) != (size or 2) and size is not None and start < sentence.start:
        # "Macron had brought Serraj and Hifter together. The two men met in July": those the
        # sentence before joins by "and", that many, not the one who brought them
        named = _one_list_of(token.doc[start : sentence.start], people, size)
    if len(named) == (size or 2):
        return named
    # "The leaders of Kenya, Uganda and Tanzania, A, B and C, arrived ... The leaders met D": the
    # holders named before, where no meeting told before names them
    return holders_told_before(token, people, size)


def _of_the_nations(group: Iterable[Cluster], nations: set[str]) -> bool:
    """Whether each of a group whose country is known is of one of ``nations`` (any, where none
    is given): "the two Japanese ministers" are Japan's."""
    return not nations or all(p.country is None or p.country in nations for p in group)


def _one_list_of(span: Span, people: People, size: int) -> list[Cluster]:
    """The people a span names as one list joined by "and", where exactly one list of ``size``
    people is: "Serraj and Hifter" of "Macron had brought Serraj and Hifter together"."""
    lists = []
    for t in span:
        if t.dep_ == "conj" or people.at(t) is None or not t.conjuncts:
            continue
        members = [c for w in (t, *t.conjuncts) if (c := people.at(w)) is not None and not c.companion]
        if len(dict.fromkeys(members)) == len(members) == len(t.conjuncts) + 1:
            lists.append(members)
    counted = [m for m in lists if len(m) == size]
    return counted[0] if len(counted) == 1 else []


# how many sentences back a "they" may take up the subject of a clause told before
_SUBJECT_REACH = 3


def _the_party_travelling(token: Token, people: People) -> list[Cluster]:
    """Whom a subject "they" means that no meeting told before holds: the party the story follows,
    the plural subject of a clause before it (of its own sentence, then of up to three sentences
    back), as a reader takes it up: "A and his wife arrived on Sunday. At the airport they were
    welcomed by B" (A, his wife beside him), "The royal couple reached the square, where they were
    greeted by B" (the head of the couple). A subject "they" or "the couple" that names no one points
    further back; a plural subject that names no one ("Children lined the road") ends the search,
    as does a subject of one person ("He arrived"). [] where none is found."""
    sentence = token.sent
    clauses: list[Token] = [a for a in ancestors_of(token) if a.pos_ in {"VERB", "AUX"} and a != token.head]
    sentences = [sentence]
    while len(sentences) <= _SUBJECT_REACH and sentences[-1].start > 0:
        sentences.append(token.doc[sentences[-1].start - 1].sent)
    heads = [s.root for s in sentences[1:]]
    for verb in [*clauses, *heads]:
        for subject in (c for c in children_of(verb) if c.dep_ in {"nsubj", "nsubjpass"} and c.i < token.i):
            if subject.lower_ == "they":
                break  # the same "they", told before: look further back
            if a_couple(subject):
                # "the royal couple", "the Spanish royals": the monarch named before; "the couple"
                # tells no office, and means those the story named as a couple further back
                told = offices_of_the_couple(subject) is not None
                head_of = _head_of_the_couple(subject, people) if told else None
                if head_of is not None:
                    # the consort named beside the head before comes too, as "the royal couple"
                    # met brings them (:func:`royal_consorts`)
                    consort = consort_named_before(head_of, subject, people)
                    return [head_of] + ([consort] if consort is not None and consort != head_of else [])
                break
            members = [subject, *subject.conjuncts]
            if len(members) < 2 and subject.tag_ in {"NNS", "NNPS"}:
                return []  # "the leaders travelled to B, where they ...": a group the reference rules read
            if len(members) < 2:
                if subject.lower_ in PRONOUNS or people.at(subject) or people.described(subject):
                    return []  # "He arrived on Sunday": one, whom "they" does not mean
                break  # "It was their first trip": a thing, told of them
            named: list[Cluster] = []
            for member in members:
                titled = people.by_title(member) if member.pos_ in {"NOUN", "PROPN"} else []
                one = (
                    people.at(member) or people.described(member) or (titled[0] if len(titled) == 1 else None)
                )
                if one is not None and not one.companion and one not in named:
                    named.append(one)
            return named
    return []


# the words a phrase hangs its group on, up to the argument of the clause: "of" and its object,
# conjuncts ("A and a delegation of African leaders")
_PHRASE_LINKS = frozenset("pobj prep conj appos".split())


def _the_side_named_so(token: Token, people: People, order: list[Found]) -> list[Cluster]:
    """Whom a definite plural noun ("the leaders") means where the last meeting told with that
    noun had as one side a group it named undetermined: "A and a delegation of African leaders met
    B on Saturday ... In Kyiv, the leaders held talks with C" are A and the delegation, with its
    line-up told since, not B, whom they met. Only where the reference's own sentence names
    someone else, the one the group meets; "The leaders discussed trade" after it stays everyone."""
    if token.tag_ != "NNS" or not told_with_the(token):
        return []
    lemma = token.lemma_.lower()
    for meeting in order:
        if meeting.sentence == token.sent:
            continue
        for word in meeting.sentence:
            if word.lemma_.lower() != lemma or word.tag_ != "NNS" or word.i >= token.i:
                continue
            if any(c.dep_ == "det" and c.lower_ in DETERMINERS for c in children_of(word)):
                continue  # "the leaders" told there too: a reference of its own, not a group named so
            top = word
            while top.dep_ in _PHRASE_LINKS and top.head.i != top.i:
                top = top.head
            phrase = {t.i for t in subtree_of(top)}
            met = {c for t in meeting.sentence if t.i not in phrase and (c := people.at(t)) is not None}
            side = [p for p in meeting.people if p not in met]
            others = {
                c
                for t in token.sent
                if t.i not in {d.i for d in subtree_of(token)} and (c := people.at(t)) is not None
            }
            if 0 < len(side) < len(meeting.people) and others - set(side):
                return side
            return []
    return []


# the plural words for the parties to talks, whose heads may be named: "the two sides", "both delegations"
SIDES_WORDS = frozenset("sides delegations".split())


def heads_of_the_sides(token: Token, people: People, *, before: bool = True) -> list[Cluster]:
    """Whom "the two sides" or "both delegations" of talks mean where their sentence, else (with
    ``before``) the one before, names who headed each side: "The two sides met in May, when A led
    the Russian side and the Ukrainian delegation was headed by B" (A and B, not the leaders the
    story is about); "The Colombian side was led by A and the Venezuelan side by B"; "talks
    between the two delegations, headed by A and B". Not a head told for talks to come ("the
    Egyptian delegation to the next round will be led by C") or denied, and none where fewer than
    two are named."""
    if token.lower_ not in SIDES_WORDS:
        return []  # most words, whose children need not be read
    if not {c.lower_ for c in children_of(token)} & {"two", "both", "the"}:
        return []
    sentence = token.sent
    told_before = [token.doc[sentence.start - 1].sent] if before and sentence.start > 0 else []
    for span in [sentence, *told_before]:
        heads = people.in_tokens(h for t in span_tokens(span) for h in _heads_named(t, token))
        if len(heads) >= 2:
            return heads
    return []


def _heads_named(word: Token, sides: Token) -> list[Token]:
    """The names of those a word tells to head a side: the subject of "led the Russian side", the
    agent of "the Ukrainian delegation was headed by B" and of "the Venezuelan side by B" (its
    verb left out), and of "headed by A and B" set on the sides' own word; none for a side whose
    leading is to come or denied."""
    led = [c for c in children_of(word) if c.dep_ == "acl" and _led_as_done(c)]
    if word.i == sides.i:  # "the two delegations, headed by A and B"
        return [n for verb in led for a in passive_agents(verb) for n in [a, *a.conjuncts]]
    if word.lemma_.lower() not in TEAM_WORDS or not _whose_side(word):
        return []
    if word.dep_ == "dobj" and _led_as_done(word.head):
        return [c for c in children_of(word.head) if c.dep_ == "nsubj"]
    if word.dep_ == "nsubjpass" and _led_as_done(word.head):
        return passive_agents(word.head)
    if led:
        return [a for verb in led for a in passive_agents(verb)]  # "the Russian delegation, led by A,"
    by = [c for c in children_of(word) if c.dep_ == "prep" and c.lower_ == "by"]
    return [g for c in by for g in children_of(c) if g.dep_ == "pobj"]  # "and the Ukrainian side by B"


def _whose_side(word: Token) -> bool:
    """Whether a side is told by whose it is: "the Russian side", "Ukraine's team", "the US
    delegation"."""
    return any(
        c.dep_ in {"amod", "compound", "poss"} and places.country_named(c.text) for c in children_of(word)
    )


def _led_as_done(verb: Token) -> bool:
    """Whether a verb tells a leading done ("led", "was headed by"), not one to come ("will be led
    by") nor denied ("was not led by")."""
    return verb.lemma_.lower() in LEADING_VERBS and not any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") or c.lower_ == "to" for c in children_of(verb)
    )


def _gathered(token: Token) -> bool:
    """Whether a word is the object of a verb of gathering told with "together": "them" of "the
    emir brought them together", whom someone brought to meet."""
    verb = token.head
    return token.dep_ == "dobj" and verb.lemma_.lower() in GATHERING_VERBS and brought_together(verb)


def _pair_between_told_before(token: Token, people: People, earlier: list[Found]) -> list[Cluster]:
    """The two people "between A and B" names in the sentence before a counted reference, where that
    sentence tells no meeting: "Relations between A and B have so far been conducted by phone. In
    a call on February 3, the two leaders agreed" (A and B, the pair last named as a pair, not the
    meeting told before of A with another). [] where it names no such pair."""
    sentence = token.sent
    if sentence.start == 0:
        return []
    before = token.doc[sentence.start - 1].sent
    if any(m.sentence.start == before.start and len(m.people) >= 2 for m in earlier):
        return []
    for word in span_tokens(before):
        if word.lower_ != "between" or word.dep_ != "prep":
            continue
        named = [t for g in children_of(word) if g.dep_ == "pobj" for t in (g, *g.conjuncts)]
        pair = [c for t in named if (c := people.at(t)) is not None and not c.companion]
        if len(named) == 2 and len(pair) == 2 and pair[0] is not pair[1]:
            return pair
    return []


def _named_in_its_time_clause(token: Token, people: People) -> list[Cluster]:
    """The people named as subjects of a clause of time after a counted reference, in the clause it
    is the subject of: "The two leaders first met in April last year, when President B was in the
    US" (B is one of the two)."""
    verb = token.head
    if token.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    found: list[Cluster] = []
    for word in token.sent:
        if word.i <= token.i or word.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        clause = word.head
        if not any(
            c.lower_ in {"when", "while"} and c.dep_ in {"advmod", "mark"} for c in children_of(clause)
        ):
            continue
        if verb not in ancestors_of(clause):
            continue
        if (named := people.at(word)) is not None and named not in found:
            found.append(named)
    return found


def _hosts_of(meeting: Found, people: People) -> list[Cluster]:
    """The people a meeting's own verb of hosting tells host it: "A had been due to host B and C"
    (A); none for a meeting told by another verb."""
    if lemma_of(meeting.verb) != "host":
        return []
    return [c for t in subject_of(meeting.verb) if (c := people.at(t)) is not None and c in meeting.people]


def _story_pair_meant(earlier: list[Found], size: int) -> bool:
    """Whether "the two leaders last met ..." means the story's own meeting, the first told of two
    or more people ("A met B. Earlier, C met B. The two leaders last met in 2019": A and B, but
    "A met B. C expects to meet B next month. The two leaders last met in 2019": C and B): only
    where it is of that many people, and the meeting told last is not the news of as many others
    ("A met B. On Tuesday, C met D. The two last met in May": C and D). A story's meeting of more
    has no pair: the nearest is meant, not a past pair told in between ("A hosted B and C, the first
    such summit since then President D and E met in 2019. A held talks with C. The two leaders last
    met in May": A and C). True where no meeting of two or more is told."""
    story = next((m for m in earlier if len(m.people) >= 2), None)
    if story is None:
        return True
    if len(story.people) != size:
        return False
    last = earlier[-1]
    return (
        len(last.people) != size
        or is_background(span_text(last.sentence))
        or _before_the_story(last, story, earlier)
        # one of the story's pair with another, unless planned: "A met B. C expects to meet B next
        # month. The two leaders last met in Bali": C and B, the time before the one to come
        or (bool(set(last.people) & set(story.people)) and last.kind != "planned")
    )


def _before_the_story(meeting: Found, story: Found, earlier: list[Found]) -> bool:
    """Whether a meeting is dated ended more than a week before the story's meeting began (as
    the first report of the story's people with a date tells it): its past, told in passing ("A
    met B in Munich on Friday. A urged them to keep the deals C and D reached when they met in
    November"), not news of others the story goes on to."""
    began = next(
        (m.when.start for m in earlier if set(m.people) == set(story.people) and m.when and m.when.start),
        None,
    )
    if meeting.when is None or meeting.when.end is None or began is None:
        return False
    return (began - meeting.when.end).days > WEEK_DAYS


def _told_separately(earlier: list[Found]) -> list[Found]:
    """The separate meetings of two or more people the last meeting told is one of, told by one
    trigger ("A held separate talks with B and C"); none where it is told alone, or has fewer than
    two people."""
    if not earlier:
        return []
    told = [m for m in earlier if m.trigger == earlier[-1].trigger and len(m.people) >= 2]
    if len(told) < 2 or told[-1] is not earlier[-1]:
        return []  # not a person alone told beside his talks, nor talks one of which was told since
        # on its own ("In his talks with B, A said ...": B's, the one the article went on with)
    return told


def _seen_separately(meeting: Found, told: list[Found]) -> list[Cluster] | None:
    """Whom one person met in turn, if a meeting is one of the separate meetings
    (:func:`_told_separately`) a sentence tells of one host with each of several others: those
    others, whom a counted reference right after them means ("the two leaders": B and C, never A
    with one of them). None for a meeting not one of them."""
    if meeting not in told:
        return None
    common = [p for p in meeting.people if all(p in m.people for m in told)]
    if len(common) != 1:
        return None
    return list(dict.fromkeys(p for m in told for p in m.people if p not in common))


PRESENCE_NOUNS = frozenset("presence company".split())


def in_the_presence_of(preposition: Token) -> list[Token]:
    """Those a meeting is held "in the presence of" or "in X's presence": they take part ("the two
    ministers signed the accord in Paris, also in Guterres's presence"); not "in the company's
    offices" (only a person's noun or name after "of", or a possessive)."""
    if preposition.lower_ != "in":
        return []
    nouns = [n for n in children_of(preposition) if n.dep_ == "pobj" and n.lemma_.lower() in PRESENCE_NOUNS]
    return [c for n in nouns for c in children_of(n) if c.dep_ == "poss"] + prep_objects("of", *nouns)


# verbs of watching an act done before one's eyes: who "looked on" as it was done, or watched
# or witnessed it, was there with its parties
ONLOOKING_VERBS = frozenset("look watch witness".split())


def onlookers(token: Token) -> list[Token]:
    """Those a "with", "as" or "while" clause says looked on as an act was done: present with its
    parties ("signed the pact, with Prime Minister C looking on", "as C looked on", "with C
    witnessing the ceremony"); only a name, and not one who looks at or watches something else
    ("as C watched the match", "with C looking at the text")."""
    if token.lower_ not in {"with", "as", "while"}:
        return []
    if token.dep_ == "mark":
        clauses = [token.head]
    elif token.dep_ == "prep" and token.lower_ == "with":
        clauses = [c for c in children_of(token) if c.dep_ in {"pcomp", "pobj"} and c.pos_ == "VERB"]
    else:
        return []
    return [
        s
        for c in clauses
        if _looked_on(c)
        for s in children_of(c)
        if s.dep_ == "nsubj" and s.i < c.i and (s.ent_type_ == "PERSON" or s.pos_ == "PROPN")
    ]


def _looked_on(verb: Token) -> bool:
    """Whether a verb tells watching an act done there: "looked on", "watching", "witnessed the
    signing"; not "looked at the text", "watched the match"."""
    lemma = verb.lemma_.lower()
    if lemma not in ONLOOKING_VERBS:
        return False
    if lemma == "look":
        return any(
            c.dep_ in {"prt", "prep"}
            and c.lower_ == "on"
            and not any(g.dep_ == "pobj" for g in children_of(c))
            for c in children_of(verb)
        )
    return all(
        c.lemma_.lower() in CEREMONY_NOUNS or c.lower_ == "it" for c in children_of(verb) if c.dep_ == "dobj"
    )


# A ceremony is held by someone for its parties, who is there with them: "signed the accord in a
# ceremony presided over by the secretary-general", "at a ceremony chaired by the emir", "witnessed by".
CEREMONY_NOUNS = frozenset("ceremony signing".split())
PRESIDING_VERBS = frozenset("preside chair officiate host witness attend oversee".split())


def presiding_the_ceremony(preposition: Token) -> list[Token]:
    """Whoever presided over, chaired, officiated at, hosted or witnessed the ceremony a meeting or
    a signing was held "in" or "at": present with its parties ("signed a pact in a ceremony presided
    over by the secretary-general": the secretary-general too); not the chair of a summit or a forum
    ("met at a summit chaired by the president"), who hosts many, nor one who "welcomed" it."""
    if preposition.lower_ not in {"in", "at"}:
        return []
    return [
        g
        for n in children_of(preposition)
        if n.dep_ == "pobj" and n.lemma_.lower() in CEREMONY_NOUNS
        for g in agents_of(n, PRESIDING_VERBS)
    ]


def presided_by(noun: Token) -> list[Token]:
    """Those a relative clause on a meeting says presided over, chaired, hosted or attended it:
    present with the others ("the summit, which Tinubu presided over": Tinubu; "the summit, which
    was chaired by Ramaphosa": Ramaphosa); a participle's passive form is read by
    :func:`agents_of`, and "the meeting, which was attended by C" by :func:`attending` and the
    rules of attendance (C sat in on the meeting told, no new one)."""
    clauses = [c for c in children_of(noun) if c.dep_ == "relcl" and c.lemma_.lower() in PRESIDING_VERBS]
    return [
        s for c in clauses for s in children_of(c) if s.dep_ == "nsubj" and s.tag_ not in {"WDT", "WP"}
    ] + [a for c in clauses if c.lemma_.lower() in CHAIRING_A_GATHERING for a in passive_agents(c)]


# nouns of a third one's good offices, under which talks are held: their "of" names one who
# takes part ("talks under the mediation of A", "a meeting under the auspices of B")
MEDIATION_NOUNS = frozenset("mediation auspices facilitation".split())


def mediators(trigger: Token, verb: Token) -> list[Token]:
    """Those a meeting is told held "under the mediation of" (or auspices, facilitation), or
    "under" their mediation ("under Albusaidi's mediation"): a mediator takes part, as one who
    brokers it does ("talks mediated by A"); so does the agent of a passive participle of
    brokering set off on the verb that tells the meeting ("A and B held talks in Muscat, again
    mediated by C", "A and B met in Doha, brokered by C"): no person is mediated, the talks are."""
    nouns = [
        n
        for head in dict.fromkeys((trigger, verb))
        for p in children_of(head)
        if p.dep_ == "prep" and p.lower_ == "under"
        for n in children_of(p)
        if n.dep_ == "pobj" and n.lower_ in MEDIATION_NOUNS
    ]
    brokered = [
        agent
        for head in dict.fromkeys((trigger, verb))
        if head.pos_ in {"VERB", "AUX"}
        for c in children_of(head)
        if c.dep_ == "advcl"
        and c.tag_ == "VBN"
        and c.lemma_.lower() in BROKERING_VERBS
        and not any(s.dep_ in {"nsubj", "nsubjpass"} for s in children_of(c))
        for agent in passive_agents(c)
    ]
    return (
        prep_objects("of", *nouns)
        + [o for n in nouns for o in children_of(n) if o.dep_ == "poss" and o.tag_ != "PRP$"]
        + brokered
    )


def agents_of(noun: Token, verbs: frozenset[str]) -> list[Token]:
    """Those a passive participle on a noun, of one of ``verbs``, says did it: "a ceremony presided
    over by A" (A), "a video call hosted by B" (B); and a passive relative clause on it, which says
    the same: "the meeting, which was brokered by C" (C), also where the parser hung it on the
    place of the meeting, which no one brokers or hosts: "the meeting at the airport, which was
    brokered by C" (C)."""
    places = [
        g
        for c in children_of(noun)
        if c.dep_ == "prep" and c.lower_ in {"at", "in"}
        for g in children_of(c)
        if g.dep_ == "pobj" and g.ent_type_ in {"FAC", "GPE", "LOC"}
    ]
    return [
        g
        for c in children_of(noun)
        if c.lemma_.lower() in verbs and (c.dep_ == "acl" or _passive_relative(c))
        for g in passive_agents(c)
    ] + [
        g
        for place in places
        for c in children_of(place)
        if c.lemma_.lower() in verbs and _passive_relative(c)
        for g in passive_agents(c)
    ]


def _passive_relative(verb: Token) -> bool:
    """Whether a verb is a passive relative clause on the noun it hangs on: "which was hosted"."""
    return verb.dep_ == "relcl" and any(
        c.dep_ == "nsubjpass" and c.lower_ in {"which", "that"} for c in children_of(verb)
    )


def _looking_on(meeting: Found, people: People) -> list[Cluster]:
    """Those a meeting's sentence tells were there without being one of its sides: who presided
    over its ceremony, in whose presence it was held, who looked on."""
    phrases = [
        g
        for t in span_tokens(meeting.sentence)
        if t.dep_ == "prep"
        for g in (*in_the_presence_of(t), *presiding_the_ceremony(t))
    ]
    phrases += [g for t in span_tokens(meeting.sentence) for g in onlookers(t)]  # "as C looked on"
    return people.in_tokens(t for g in phrases for t in subtree_of(g))


def _the_group_told(token: Token, meeting: Found, people: People) -> list[Cluster]:
    """Whom "they" means of a meeting a group was the subject of, told in the sentences before
    it ("The envoys were received by A. They later also met B", "A delegation led by C met A.
    They then met B"): that group, the people of the meeting not named outside the group in a
    sentence a group is the subject of; none where the sentence before has no such subject."""
    before = token.doc[token.sent.start - 1].sent if token.sent.start > 0 else None
    told = [s for s in (before, meeting.sentence) if s is not None and s != token.sent]
    groups = [_group_subject(s, people) for s in told]
    if not told or not groups[0]:
        return []
    met = {
        cluster
        for sentence, subject in zip(told, groups, strict=True)
        if subject  # not "A received the envoys led by C": A is of no group
        for t in span_tokens(sentence)
        if (cluster := people.at(t)) is not None and t.i not in subject
    }
    group = [p for p in meeting.people if p not in met]
    return group if 0 < len(group) < len(meeting.people) else []


def _group_subject(sentence: Span, people: People) -> set[int]:
    """The words of the subject of a sentence's main verb where it is a group of people told by a
    noun, no name, count or pronoun: "The envoys", "A delegation led by A", "the mediators" (with
    a name the parser hung on the verb beside it, "led by A" read as a second subject)."""
    subjects = [c for c in children_of(sentence.root) if c.dep_ in {"nsubj", "nsubjpass"}]
    subject = subjects[0] if subjects else None
    if subject is None or people.at(subject) is not None or subject.ent_type_:
        return set()
    if subject.lower_ in PLURAL_REFERENCES or any(c.dep_ in {"nummod", "conj"} for c in children_of(subject)):
        return set()  # "the two leaders", "the envoys and B": those told, not one side
    collective = subject.lemma_.lower() in {"delegation", "team", "mission", "group"}
    if subject.tag_ != "NNS" and not collective:
        return set()
    return {t.i for s in subjects for t in subtree_of(s)}


def bloc_named_on(noun: Token) -> tuple[Token, str, int] | None:
    """The bloc of a fixed number of members the one proper name before a plural noun names ("the
    Quad leaders", "the G7 foreign ministers"): that name's word, the bloc's short name and its
    number of members (:func:`occasions.bloc_size`); None for no such name or bloc."""
    named = [c for c in children_of(noun) if c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN"]
    if not named:
        named = _bloc_after_of(noun)
    if len(named) != 1:
        return None
    left_out = {t.i for c in children_of(named[0]) if c.dep_ in _NOT_THE_NAME for t in subtree_of(c)}
    bloc = occasions.bloc_size(" ".join(t.text for t in subtree_of(named[0]) if t.i not in left_out))
    return (named[0], *bloc) if bloc is not None else None


# the words before a bloc's name that are no part of it: "the so-called Weimar Triangle"
_NOT_THE_NAME = frozenset({"det", "predet", "amod", "nummod", "punct", "poss", "conj", "cc", "appos"})


def _bloc_after_of(noun: Token) -> list[Token]:
    """The name an "of" after a plural noun gives its bloc by ("the leaders of the Quad", "the
    three foreign ministers of the so-called Weimar Triangle"), as the name before it does ("the
    Quad leaders"); a body's general word after the name is passed over ("the leaders of the Quad
    grouping")."""
    named: list[Token] = []
    for prep in children_of(noun):
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in children_of(prep):
            if obj.dep_ == "pobj" and obj.lower_ in BODY_NOUNS:
                named += [c for c in children_of(obj) if c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN"]
            elif obj.dep_ == "pobj" and obj.pos_ == "PROPN":
                named.append(obj)
    return named


def _bloc_counted(token: Token, people: People) -> tuple[str, int] | None:
    """The bloc of a fixed number of members a definite plural is of ("the Quad leaders", "the G7
    leaders"), by the name before it, no person's: its short name and its number of members."""
    if token.tag_ != "NNS" or not {"the", "their"} & {c.lower_ for c in children_of(token)}:
        return None
    found = bloc_named_on(token)
    if found is None or people.at(found[0]) is not None:
        return None
    return found[1], found[2]


def _bloc_met(
    token: Token, people: People, earlier: list[Found], short: str, size: int
) -> list[Cluster] | None:
    """Whom a bloc's leaders or ministers mean: the people of the last meeting told before in a
    sentence that names the bloc, where they are as many as its members ("Biden hosted the leaders
    of Australia, India and Japan for a summit of the Quad ... The Quad leaders had been due to
    meet in Sydney": those four); None where none fits (the G7 leaders after a bilateral at a G7
    summit: a description of the bloc's members)."""
    for meeting in reversed(earlier):
        if meeting.sentence.start >= token.sent.start or len(meeting.people) != size:
            continue
        told = " ".join(span_text(s) for s in (meeting.sentence, *meeting.more))
        if any(o.name.startswith(short) for _, _, o in occasions.find_occasions(told)):
            return list(meeting.people)
    return None


# how far up the parse a title word is read as a named person's: "Agriculture Commissioner B"
# (its compound), "B, who is Commissioner for Trade" (the attribute of a clause on the name)
TITLE_REACH = 3


def _titled_so(token: Token, people: People, size: int) -> list[Cluster] | None:
    """Whom a counted plural of a title no table of offices holds means ("the two commissioners",
    "the three envoys"): the people its own sentence before it, else the sentence before, gives
    that title to, where it gives it to exactly that many and to no one it cannot place; None
    otherwise ("the two commissioners" after three named so, "the two countries": no title)."""
    if token.tag_ != "NNS" or not token.lemma_ or token.lemma_.lower() == token.lower_:
        return None
    title = token.lemma_.lower()
    sentence = token.sent
    windows = [[t for t in span_tokens(sentence) if t.i < token.i]]
    if sentence.start > 0:
        windows.append(list(token.doc[sentence.start - 1].sent))
    for tokens in windows:
        words = [t for t in tokens if t.lower_ == title]
        # those the window names whose office, stated or known, is called so: "Blinken flew on to
        # Manila with Defense Secretary Lloyd Austin. The two secretaries ...": the Secretary of
        # State, titled nowhere near, is one of them
        holding = [c for c in people.in_tokens(tokens) if not c.companion and _called(c, title)]
        if not words and not holding:
            continue
        titled: list[Cluster] = []
        for word in words:
            # a title written before a name is that name's ("Trade Commissioner B"), however parsed
            ahead = next((t for t in token.doc[word.i + 1 : word.i + 1 + TITLE_REACH] if people.at(t)), None)
            between = list(token.doc[word.i + 1 : ahead.i]) if ahead is not None else []
            named = ahead is not None and all(t.pos_ == "PROPN" for t in between)
            holder = people.at(ahead) if ahead is not None and named else None
            up = word
            for _ in range(0 if holder is not None else TITLE_REACH):
                if up.head.i == up.i:
                    break
                up = up.head
                if (holder := people.at(up)) is not None:
                    break
            if holder is None or holder.companion:
                return None  # a title of someone unnamed or unplaced: the count cannot be checked
            if holder not in titled:
                titled.append(holder)
        titled += [c for c in holding if c not in titled]
        return titled if len(titled) == size else None
    return None


def _called(person: Cluster, title: str) -> bool:
    """Whether a person's office (the role the article states, or the gazetteer knows them to hold)
    is called by a title word: "secretary" of a Secretary of State."""
    return title in (person.role or "").lower().split()


def _described_before(token: Token, people: People) -> list[Cluster]:
    """The people its sentence describes by office before a token, each description meaning one
    person the article names ("the Russian leader", "the visiting premier"), in order."""
    found: list[Cluster] = []
    for t in token.sent:
        if t.i >= token.i:
            break
        if (
            t.tag_ != "NN"
            or t.dep_ in {"compound", "amod"}
            or people.at(t) is not None
            or find_role(" ".join(w.text for w in subtree_of(t) if w.i <= t.i)) is None  # "president - elect"
        ):
            continue
        if (one := people.described(t)) is not None and one not in found:
            found.append(one)
    return found


# the classes of office whose holders news calls "leaders" when they meet as principals ("the two
# leaders" of a vice president's talks with a president)
LEADING = frozenset({"leader", "deputy_leader"})
# the classes of office that serve a state's leaders, whose holders news never calls "the leaders"
SERVING = frozenset({"envoy", "diplomat", "spokesperson", "adviser"})


def _all_lead(group: list[Cluster]) -> bool:
    """Whether each of a group may be one of "the leaders": none is stated to hold an office that
    leads no state or government ("the two leaders" are never a president and his trade minister).
    """
    return all(p.role is None or role_class(p.role) == "leader" for p in group)


def _trip_and_one_more(token: Token, people: People, earlier: list[Found]) -> list[Cluster]:
    """ "Modi is expected to travel to Sydney next week, Albanese said. The pair will hold talks":
    after a sentence telling one person's trip, and naming one more person, "the pair" are
    those two, not the last two told meeting before; not where the traveller is named only as a
    former holder of an office ("the anniversary of then Prime Minister A's visit in 1964, B said.
    Since their meeting ...": a visit of history, whose traveller is in no pair of the news), nor
    where the one more is a spouse who came along ("A and Queen B landed in C. They were met by D")."""
    last = earlier[-1] if earlier else None
    sentence = token.sent
    if last is None or len(last.people) != 1 or not last.visit or sentence.start == 0:
        return []
    if people.former(last.people[0]):
        return []
    if last.sentence != token.doc[sentence.start - 1].sent:
        return []
    # a spouse who came along is not the one more ("A and his wife landed in B. They were met by C")
    named = [c for c in people.in_tokens(last.sentence) if not c.companion]
    return named if len(named) == 2 and last.people[0] in named else []


def _the_pair_gone_on_with(token: Token, people: People, earlier: list[Found]) -> list[Cluster]:
    """Whom "the two men" means after the article has gone on, past the last meeting it told,
    with sentences whose actors are two people who met in a meeting told before: those two, the
    pair in focus ("A met B in Lima. A told B ... C said ... B said ... The two men last met in
    2019": A and B; "A hosted B and C. B said ..., while C called ... The two men had last met in
    May": B and C). An actor is a person named as the subject of a clause not inside what someone
    said ("C suggested that A deserved ...": not A). None where no sentence comes between the
    meeting and the reference, where those sentences have more or fewer than two actors, or where
    the two never met in a meeting told before."""
    if not earlier:
        return []
    last = earlier[-1]
    told_to = max(span.end for span in [last.sentence, *last.more])
    start = token.sent.start
    if told_to >= start or start - told_to > _GONE_ON_TOKENS:
        return []
    actors: list[Cluster] = []
    for word in token.doc[told_to:start]:
        subject = next((w for w in (word, *word.ancestors) if w.dep_ != "conj"), word)
        if subject.dep_ not in {"nsubj", "nsubjpass"} or (person := people.at(word)) is None:
            continue  # a subject, or one joined to it by "and": "A and B both said ..."
        if person.companion or subject.head.dep_ in {"ccomp", "xcomp"}:
            continue  # "suggested that A deserved the prize": what was said, not who acted
        if person not in actors:
            actors.append(person)
    if len(actors) != 2 or not any(set(actors) <= set(meeting.people) for meeting in earlier):
        return []
    return actors


_GONE_ON_TOKENS = 120  # about three sentences of news: past that, the focus has moved on


def _counted_before(token: Token, size: int) -> Token | None:
    """The word that first counts a group of ``size`` people earlier in a counted reference's
    sentence, in bare words as it is ("the pair", "the two", "both"), the count of no other noun
    ("the two men" is counted by "men"; "the two countries" is no group of people)."""
    if token.tag_ == "NNS" or token.lower_ not in COUNTS:
        return None  # "the two ministers": an office of its own, told as such
    return next(
        (
            t
            for t in _before_in_sentence(token)
            if t.lower_ in COUNTS
            and COUNTS[t.lower_] == size
            and t.dep_ != "nummod"
            and t.pos_ in {"NOUN", "NUM", "PRON", "DET"}
        ),
        None,
    )


def _subjects_it_is_set_before(token: Token, people: People) -> list[Cluster]:
    """The people named or described as the subject of the verb a possessive's phrase is set before
    ("During their meeting, A and the Egyptian president discussed ..."): whom "their" means."""
    noun = token.head
    if token.dep_ != "poss" or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return []
    verb = noun.head.head
    if verb.pos_ not in {"VERB", "AUX"} or noun.i > verb.i:
        return []
    found: list[Cluster] = []
    for subject in (c for c in children_of(verb) if c.dep_ in {"nsubj", "nsubjpass"} and c.i > token.i):
        for head in (subject, *(c for c in subtree_of(subject) if c.dep_ == "conj")):
            cluster = people.at(head) or people.described(head)
            if cluster is not None and cluster not in found:
                found.append(cluster)
    return found


def _subjects_of_the_clause_above(token: Token, people: People) -> list[Cluster]:
    """The people named together as the subject of the nearest clause above a "they" or "their",
    before it: whom the pronoun of a clause or phrase set in theirs means ("the deals that A and B
    reached when they met in May", "A and B agreed during their talks"), however many others the
    sentence names before them. None where that subject is one person ("C said they met")."""
    own = token.head if token.dep_ in {"nsubj", "nsubjpass"} else None
    for above in ancestors_of(token):
        if above == own or above.pos_ not in {"VERB", "AUX"}:
            continue
        subjects = [c for c in children_of(above) if c.dep_ in {"nsubj", "nsubjpass"} and c.i < token.i]
        if not subjects:
            continue
        if not any(s.conjuncts for s in subjects):
            return []  # one subject: "C said they met", "it"
        # the names of the subject, not of a clause set in it ("A, who met C in May, and B")
        told = {
            t.i for s in subjects for c in subtree_of(s) if c.dep_ in OWN_CLAUSE_STOP for t in subtree_of(c)
        }
        return people.in_tokens(t for s in subjects for t in subtree_of(s) if t.i not in told)
    return []


def _before_in_sentence(token: Token) -> list[Token]:
    """The words of a token's sentence before it, from the doc's tokens made once."""
    return doc_tokens(token.doc)[token.sent.start : token.i]


def _told_as_before(token: Token) -> bool:
    """Whether a reference is the subject of a meeting told as an earlier one: "The two leaders
    last met in ...", "had previously met", "had earlier held talks", "had first met" (in the
    past perfect: not "first met in a small group, then with their delegations"); or whose such
    meeting a noun tells: "the last meeting of the pair", "their previous talks", "the first public
    encounter between the two presidents" (the first of theirs: before the news)."""
    verb = token.head
    if token.dep_ == "pobj" and verb.lower_ in {"of", "between"}:
        verb = verb.head  # "the last meeting of the pair", "the first encounter between the two"
    elif token.dep_ != "poss":  # "their previous talks"
        perfect = any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in children_of(verb))
        return token.dep_ in {"nsubj", "nsubjpass"} and any(
            c.dep_ == "advmod"
            and (c.lower_ in {"last", "previously", "earlier"} or (perfect and c.lower_ == "first"))
            for c in children_of(verb)
        )
    return verb.lemma_.lower() in MEETING_NOUNS and any(
        c.dep_ == "amod" and c.lower_ in {"last", "previous", "first"} for c in children_of(verb)
    )


def _office_of_leaders(token: Token) -> str | None:
    """The office of leaders a plural noun with what names it ("Party" of "Party chiefs", "of state"
    of "heads of state") states, as the role table writes it ("General Secretary", "President");
    None where it is no leaders' office ("spy chiefs")."""
    before = [t.text for t in children_of(token) if t.dep_ == "compound" and t.i < token.i]
    after = [
        f"of {t.text}"
        for c in children_of(token)
        if c.dep_ == "prep" and c.lower_ == "of"
        for t in children_of(c)
    ]
    role = find_role(" ".join([*before, token.text, *after]))
    return role[0] if role is not None and role[1] == "leader" else None


def _told_of_beyond_its_office(token: Token) -> bool:
    """Whether a plural office ("heads of state") is told of by more than the words of the office:
    "the heads of state of the region", "the heads of state who attended": others, not those
    told before."""
    ofs = [c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"]
    return (
        len(ofs) > 1
        or any(c.dep_ in {"acl", "relcl", "appos"} for c in children_of(token))
        or any(g.dep_ not in {"cc", "conj"} for o in ofs for t in children_of(o) for g in children_of(t))
    )


def _told_of(token: Token) -> bool:
    """Whether a plural noun is told of by what follows it ("the foreign ministers of BRICS", "the
    ministers who attended"): others, not those told before."""
    return any(c.dep_ in {"prep", "acl", "relcl", "appos"} for c in children_of(token))


def _holds(person: Cluster, office: tuple[str, str], year: int | None) -> bool:
    """Whether a person may hold an office ("President"; "Minister" is held by a foreign minister;
    a Secretary of State is a foreign minister): yes where no role is stated, no where the stated
    title is one the table does not know ("Chief Adviser on Foreign Affairs" is no president). A
    president is no prime minister, though both lead. One known to hold two offices at once holds
    either ("the three foreign ministers" counts a deputy prime minister who is foreign minister)."""
    if person.role is None or _office_is(person.role, office):
        return True
    entry = gazetteer.lookup(person.name)
    held = [r.role for r in entry.roles if (r.held(year) if year else r.end is None)] if entry else []
    return any(_office_is(role, office) for role in held)


# the classes of office that head a ministry, whatever a country calls its holder: a Secretary
# of State, a Foreign Secretary or a Defence Secretary is a minister
MINISTRIES = frozenset({"foreign", "defence", "minister"})


def _office_is(stated: str, office: tuple[str, str]) -> bool:
    """Whether a stated title is an office, or one of its kind (see :func:`_holds`)."""
    role = find_role(stated)
    title, kind = office
    if role is None:  # an office the table does not know ("presidential adviser") is another one
        return False
    if title.lower() in role[0].lower():
        return True
    if title == "Minister" and role[1] in MINISTRIES:
        return True  # "the ministers" of a C5+1 meeting count the U.S. Secretary of State
    return role[1] == kind and kind not in {"leader", "minister"}


def _subject_and_object(token: Token, people: People) -> list[Cluster]:
    """The person who acts and the person acted on in the clause a reference hangs on; none where
    the reference is itself that subject or object ("The two Japanese ministers later joined A and
    B": the ministers are no pair of themselves and A)."""
    verb = verb_above(token)
    if verb is None:
        return []
    objects = [c for c in children_of(verb) if c.dep_ in {"dobj", "dative"}]
    if any(token.i == t.i for t in subject_of(verb)[:1] + objects[:1]):
        return []
    sides = [
        people.at(t) or _one(people.resolve_description(t)[0]) for t in subject_of(verb)[:1] + objects[:1]
    ]
    return [c for c in sides if c is not None] if None not in sides and len(set(sides)) == 2 else []


def _host_and_guest_just_before(token: Token, people: People, earlier: list[Found]) -> list[Cluster]:
    """The two people the sentence right before a reference's tells as one acting on the other,
    the subject of a verb and the one person its object names, by name or by office, where it
    tells of them and no meeting ("It is not the first time A has played host to the Ukrainian
    president"); none where that sentence tells no such pair, or more than one, or a meeting (the
    meetings told are read as before)."""
    if token.sent.start == 0 or token.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    before = token.doc[token.sent.start - 1].sent
    if any(s.start == before.start for meeting in earlier for s in (meeting.sentence, *meeting.more)):
        return []
    pairs = []
    for verb in (t for t in before if t.pos_ == "VERB"):
        subjects = subject_of(verb)
        actor = people.at(subjects[0]) if subjects else None
        objects = [c for c in children_of(verb) if c.dep_ in {"dobj", "dative"}]
        # the one acted on, or the one "to" or "with" whom: "played host to B", "held talks with B"
        reached = [
            g
            for o in [verb, *objects]
            for c in children_of(o)
            if c.dep_ == "prep" and c.lower_ in {"to", "with"}
            for g in children_of(c)
            if g.dep_ == "pobj"
        ]
        others = {
            one
            for t in [*objects, *reached]
            for w in subtree_of(t)
            if (one := people.at(w) or (people.described(w) if w == t else None)) is not None
        }
        if actor is not None and len(others) == 1 and actor not in others:
            pairs.append([actor, *others])
    return pairs[0] if len(pairs) == 1 else []


def _goer_and_owner(token: Token, people: People, earlier: list[Found]) -> list[Cluster]:
    """Whom "the two" of a "where" clause mean when it ends a trip to someone's place: the one who
    goes and the one whose place it is ("A drove out to the farm of B, where the two talked", "the
    guest went on to B's residence, where the two dined"); only when the place names one person."""
    verb = verb_above(token)
    if verb is None or verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in children_of(verb)):
        return []
    place = next((a for a in ancestors_of(verb) if a.dep_ == "prep" and a.head.pos_ == "VERB"), None)
    if place is None:
        return []
    owners = list(
        {c for t in subtree_of(place) if t not in subtree_of(verb) and (c := people.at(t)) is not None}
    )
    if len(owners) != 1:
        return []
    subject = next(iter(subject_of(place.head)), None)
    if subject is None:
        return []
    goer = people.at(subject)
    if goer is None and lemma_of(subject) in GUEST_NOUNS:
        where = next(
            (
                p.country
                for t in subtree_of(place)
                if t.pos_ == "PROPN" and people.at(t) is None and (p := places.resolve_place(t.text))
            ),
            None,
        )
        goer = _one(_the_guest(earlier, owners, where))
    elif goer is None:
        goer = _one(people.resolve_description(subject)[0])
    return [goer, *owners] if goer is not None and goer is not owners[0] else []


def _one(clusters: list[Cluster]) -> Cluster | None:
    return clusters[0] if len(clusters) == 1 else None


LIST_GLUE = frozenset({",", "and", "&", "'s", "’s"})
# The words a guest list runs on over between its names, beside titles and countries: "hosted the
# President of the United States, A, and his counterparts from Zambia, B, and the DRC, C, as well
# as the Vice President of Tanzania, D".
LIST_WORDS = frozenset("the his her their of from as well".split())


def listed_after(heads: list[Token], people: People, verb: Token) -> list[Cluster]:
    """The people a list of names goes on to name where the parser lost its thread: "met A, B's
    President C and D's President E" with C hung loose, "hosted A and his counterparts from Zambia,
    B, and Kenya, C". Reads on from the last name given, over commas, "and", "as well as", titles,
    offices ("counterparts"), countries and possessives, while each name found still belongs to the
    verb's clause and is no subject of its own."""
    named = [t for h in heads for t in subtree_of(h) if people.at(t) is not None]
    if not named:
        return []
    found: list[Cluster] = []
    doc = verb.doc
    i = max(t.i for t in named) + 1
    while i < verb.sent.end:
        token = doc[i]
        if token == verb:
            break  # a list runs up to its verb, never through it: "A hosted B and C", "host" no office
        cluster = people.at(token)
        if cluster is not None:
            while i + 1 < verb.sent.end and people.at(doc[i + 1]) is cluster:
                i += 1  # a name's last word is its head: "Recep Tayyip Erdogan"
            if (
                doc[i].dep_ in {"nsubj", "nsubjpass"} or verb not in ancestors_of(doc[i])
            ) and not _misread_as_source(doc[i]):
                break
            found += [cluster] if cluster not in found else []
        elif not (
            token.text in LIST_GLUE
            or token.lower_ in LIST_WORDS
            or token.lemma_.lower() in OFFICE_NOUNS
            or token.ent_type_ in {"GPE", "NORP"}
            or fold(token.text) in TITLES
            or find_role(token.text) is not None
        ):
            break
        i += 1
    return found


# the marks a list of names runs on over beside LIST_GLUE: "A (Argentina), B (Bolivia); C"
LIST_MARKS = frozenset({"(", ")", ";"})


def rest_of_the_list(
    named: list[Cluster], sentence: Span, people: People, *, met: bool = False
) -> list[Cluster]:
    """The others of a list of names two or more of ``named`` stand in, or, for those ``met``, one
    right after "with", where the parser cut the list short: "were the presidents A (Argentina), B
    (Bolivia), ..., C (Uruguay) and D (Venezuela)" with C and D hung apart. A list runs over names,
    commas, "and", semicolons, brackets, titles, offices and countries, and ends at any other word
    (a verb, a preposition); an owner's name ("B's predecessor C") is no member of it, nor one who
    says it ("..., and C, spokesman D said")."""
    if not named or (len(named) < 2 and not met):
        return []  # a run must hold two of them (or, for those met, one after "with")
    found: list[Cluster] = []
    for run, opener in _lists_of_names(sentence, people):
        if sum(c in named for c in run) >= (1 if met and opener == "with" else 2):
            found += [c for c in run if c not in named and c not in found]
    return found


_LISTS = REMEMBERED + "lists_of_names"


def _lists_of_names(sentence: Span, people: People) -> tuple[tuple[tuple[Cluster, ...], str], ...]:
    """The runs of names of a sentence (see :func:`rest_of_the_list`), each with the word that
    opens it: read once per sentence, since a meeting asks it of its subjects and of those it met."""
    return remembered(
        sentence.doc,
        _LISTS,
        (sentence.start, sentence.end, id(people)),
        lambda: _runs_of_names(sentence, people),
    )


def _runs_of_names(sentence: Span, people: People) -> tuple[tuple[tuple[Cluster, ...], str], ...]:
    runs: list[list[Cluster]] = [[]]
    opened: list[str] = [""]  # the word that opens each run: "with" of "with C, D and E"
    last: Cluster | None = None
    for token in span_tokens(sentence):
        cluster = people.at(token)
        if cluster is not None:
            if cluster is not last and runs[-1] and _subject_named(token, cluster, people):
                runs.append([])  # "..., and C, Foreign Minister D said": D tells, a clause of his own
                opened.append("")
            if cluster is not last and _speaker_after_the_list(_name_end(token, cluster, people)):
                runs.append([])  # the parser may leave "said" no subject and join D to the list
                opened.append("")
                last = cluster
                continue
            owner = token.i + 1 < sentence.end and token.nbor(1).text in {"'s", "’s"}
            if not owner and cluster is not last and cluster not in runs[-1]:
                runs[-1].append(cluster)
            last = cluster
            continue
        last = None
        if not (
            token.text in LIST_GLUE
            or token.text in LIST_MARKS
            or token.lower_ in LIST_WORDS
            or token.ent_type_ in {"GPE", "NORP"}
            or _in_a_title(token)
        ):
            runs.append([])
            opened.append(token.lower_)
    return tuple((tuple(run), opener) for run, opener in zip(runs, opened, strict=True) if run)


# the prepositions that add those after them to the ones a sentence names: "besides Lula"
BESIDES = frozenset({"besides"})
# the verbs of taking part in a meeting, whose "besides" adds to those who took part
TAKING_PART_VERBS = frozenset("take participate attend join".split())


def besides(sentence: Span) -> set[int]:
    """The words of those a sentence adds "besides" or "in addition to" the ones it names ("Taking
    part in the meeting, besides Lula, were A and B"): they took part too; not "apart from" or
    "except", which leave them out."""
    return {
        t.i
        for p in span_tokens(sentence)
        if p.lower_ in BESIDES or (p.lower_ == "addition" and p.head.lower_ == "in")
        for g in children_of(p)
        if g.dep_ == "pobj" or (p.lower_ == "addition" and g.lower_ == "to")
        for t in subtree_of(g)
    }


def taking_part_besides(verb: Token, people: People) -> list[Cluster]:
    """Those a sentence of taking part names "besides" the ones it lists ("Taking part in the
    meeting, besides Bukele, were A, B and C"): at the meeting too."""
    sentence = verb.sent
    # the words whose head is the verb are its children: read those, not the whole sentence
    taking = verb.lemma_.lower() in TAKING_PART_VERBS or any(
        sentence.start <= t.i < sentence.end and t.lemma_.lower() in TAKING_PART_VERBS
        for t in children_of(verb)
    )
    if not taking:
        return []
    return people.in_tokens(sentence.doc[i] for i in sorted(besides(sentence)))


def _speaker_after_the_list(name: Token) -> bool:
    """Whether a name the parser joined to a list is the speaker of the verb of saying right after
    it, a verb it left with no subject: "met A, B and C, Foreign Ministry spokesman D said"."""
    after = name.i + 1
    if after >= name.sent.end:
        return False
    verb = name.doc[after]
    return verb.lemma_.lower() in REPORTING and not any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in children_of(verb)
    )


def _subject_named(first: Token, cluster: Cluster, people: People) -> bool:
    """Whether the name that starts at ``first`` is the subject of a verb of its own."""
    return any(
        t.dep_ in {"nsubj", "nsubjpass"} for t in first.doc[first.i : _name_end(first, cluster, people).i + 1]
    )


def _name_end(first: Token, cluster: Cluster, people: People) -> Token:
    """The last word of the name of ``cluster`` that starts at ``first``."""
    tokens = doc_tokens(first.doc)  # made once, not a new Token at each step
    end = first.sent.end
    i = first.i
    while i + 1 < end and people.at(tokens[i + 1]) is cluster:
        i += 1
    return tokens[i]


REPORTING = frozenset("report say announce add state confirm".split())


def set_off_with_an_organisation(name: Token) -> bool:
    """A name with an organisation in apposition ("Mohammed bin Salman, the Saudi Press Agency"):
    the parser has hung a trailing attribution's organisation on the last name of a list."""
    return any(c.dep_ == "appos" and c.ent_type_ == "ORG" for c in children_of(name))


def _misread_as_source(name: Token) -> bool:
    """A name the parser made the subject of a trailing attribution: in "received by King Salman
    and crown prince Mohammed bin Salman, the Saudi Press Agency reported", the agency reported,
    not the prince."""
    return (
        name.dep_ == "nsubj" and name.head.lemma_.lower() in REPORTING and set_off_with_an_organisation(name)
    )


def _named_after_comma(head: Token, people: People) -> Cluster | None:
    """The person named, with titles, right after a comma after a word, where the parser hung the
    name elsewhere: "held a call with his Turkish counterpart, Ambassador Serdar Kilic, the
    ministry said" (the name made the subject of "said"), "with the summit's host, Brazilian
    President Lula" (the name made a modifier of the verb)."""
    doc = head.doc
    i = head.i + 1
    if i >= head.sent.end or doc[i].text != ",":
        return None
    i += 1
    while i < head.sent.end and _office_word(doc[i]):
        i += 1
    return people.at(doc[i]) if i < head.sent.end else None


# the marks that open a list of those a plural noun names: "the five foreign ministers - A, B ..."
LIST_OPENERS = frozenset({"-", "–", "—", ":"})
# how many words past a plural office's phrase the mark may come ("in the so-called C5+1 format")
DASH_REACH = 12
# the plural nouns of office holders a list after a dash names ("the foreign ministers - A, B")
GROUP_OFFICES_LISTED = frozenset("leader counterpart minister president premier head".split())


def _listed_after_a_dash(head: Token, people: People) -> list[Cluster]:
    """The people listed after a dash or colon that a plural office's phrase is told before, within
    a few words and no verb: "sat down with the foreign ministers of all five Central Asian states
    in the so-called C5+1 format - Kazakhstan's A, Kyrgyzstan's B, ... and Uzbekistan's acting
    Foreign Minister E" are those five, whatever the parser hangs the names on. A count told on the
    noun or its "of" phrase must be that of the names; a list of one is none."""
    if head.tag_ not in {"NNS", "NNPS"} or not (
        head.lemma_.lower() in GROUP_OFFICES_LISTED or find_role(head.text)
    ):
        return []
    doc = head.doc
    end = head.sent.end
    i = head.right_edge.i + 1
    limit = min(end, i + DASH_REACH)
    while i < limit and not _opens_a_list(doc[i]):
        if (doc[i].pos_ in {"VERB", "AUX"} and doc[i].tag_ != "VBN") or people.at(doc[i]) is not None:
            return []  # "the ministers met ...": a clause of its own; "the ministers and A": no list
        i += 1
    if i >= limit:
        return []
    found: list[Cluster] = []
    i += 1
    while i < end and not _opens_a_list(doc[i]):
        token = doc[i]
        cluster = people.at(token)
        if cluster is not None:
            found += [cluster] if cluster not in found else []
        elif not (
            token.text in LIST_GLUE
            or token.lower_ in LIST_WORDS
            or token.ent_type_ in {"GPE", "NORP"}
            or _in_a_title(token)
            or token.lower_ == "acting"
        ):
            break
        i += 1
    counts = [
        COUNTS[c.lower_]
        for t in (head, *(g for p in children_of(head) if p.lower_ == "of" for g in children_of(p)))
        for c in children_of(t)
        if c.dep_ == "nummod" and c.lower_ in COUNTS
    ]
    if len(found) < 2 or (counts and counts[0] != len(found)):
        return []
    return found


def _opens_a_list(token: Token) -> bool:
    """A dash or colon set between words, not a hyphen inside one ("so-called")."""
    if token.text not in LIST_OPENERS:
        return False
    return token.text != "-" or (bool(token.whitespace_) and token.i > 0 and bool(token.nbor(-1).whitespace_))


def _set_off_after_office(head: Token, people: People) -> list[Cluster]:
    """The people named after a comma that closes an office's noun phrase, where the parser hung
    the names elsewhere: "a meeting with the chairperson of the African Union Commission, Moussa
    Faki Mahamat, and ...", "hosted their Indian counterparts, External Affairs Minister S.
    Jaishankar and Defence Minister Rajnath Singh, for talks" (a plural office names each). Not a
    name that opens a clause of its own ("with the chairman, Smith said")."""
    plural = head.tag_ == "NNS"
    if not (
        head.lower_ in OFFICE_NOUNS
        or (head.lemma_.lower() in OFFICE_NOUNS and plural)
        or find_role(head.text) is not None
    ) or any(c.dep_ in {"relcl", "acl", "appos", "conj"} and c.i > head.i for c in children_of(head)):
        return []
    doc = head.doc
    end = head.sent.end
    i = head.right_edge.i + 1
    if doc[i - 1].text == ",":
        i -= 1  # the parser hung the comma that closes the phrase on its last word
    found: list[Cluster] = []
    while i < end:
        if not found:
            if doc[i].text != ",":
                break
            i += 1
        else:  # "..., A and B," after a plural office
            if not plural or doc[i].lower_ not in {",", "and"}:
                break
            while i < end and doc[i].lower_ in {",", "and"}:
                i += 1
        start = i
        while i < end and i - start < 6 and people.at(doc[i]) is None and _in_a_title(doc[i]):
            i += 1
        cluster = people.at(doc[i]) if i < end else None
        if cluster is None or cluster in found:
            break
        while i + 1 < end and people.at(doc[i + 1]) is cluster:
            i += 1  # a name's last word is its head
        if _the_one_who_said_it(doc[i]):
            break  # "with the chairman, Smith said"
        found.append(cluster)
        i += 1
    return found


def _the_one_who_said_it(name: Token) -> bool:
    """Whether a name set off after an office is the subject of the attribution that follows it
    ("with the chairman, Smith said"), not the office's holder the parser made its subject while
    another source says it: "met the head of the council, Ali Karti, the Sudan Tribune said" (the
    paper hung on the name), "..., Ali Karti, state radio said" (the radio a second subject)."""
    verb = name.head
    if name.dep_ != "nsubj" or verb.lemma_.lower() not in REPORTING or verb.i < name.i:
        return False
    return not (
        set_off_with_an_organisation(name)
        or any(c.dep_ == "nsubj" and name.i < c.i < verb.i for c in children_of(verb))
    )


def _office_word(token: Token) -> bool:
    """A title, an office's word or a demonym: "Ambassador", "Minister", "Brazilian"."""
    return (
        fold(token.text) in TITLES
        or find_role(token.text) is not None
        or places.demonym_country(token.text) is not None
    )


def _in_a_title(token: Token) -> bool:
    """A word that may be part of a title before a name: "External Affairs Minister", "Amb.",
    "Dr.", "Indian" (wider than ``people``'s title words: any office, demonym or capitalised
    proper noun, since the name that ends the run is checked as a person after it)."""
    return _office_word(token) or (token.is_title and token.pos_ == "PROPN") or token.text in {"Amb.", "H.E."}


# nouns of an office whose holder a name set off after the noun phrase names
OFFICE_NOUNS = frozenset(
    "counterpart host chair chairman chairwoman chairperson head secretary-general director-general "
    "commissioner governor speaker".split()
)


# The people nouns a name set off after a comma may name ("the summit's host, Brazilian President
# Lula"), where the parser hung the name elsewhere.
NAMED_AFTER = frozenset("counterpart host chair chairman chairwoman".split())


def _named_after_organisation(head: Token, people: People) -> Token | None:
    """The name an organisation's title runs on to, where the parser took the organisation for
    the object and hung the name elsewhere: "will meet Kurdistan Regional Government (KRG)
    President Nechirvan Barzani and Prime Minister Masrour Barzani"."""
    if head.ent_type_ != "ORG" or people.at(head) is not None:
        return None
    doc = head.doc
    i = head.right_edge.i + 1
    titled = False
    while i < head.sent.end and (fold(doc[i].text) in TITLES or find_role(doc[i].text) is not None):
        titled, i = True, i + 1
    if not titled or i >= head.sent.end or people.at(doc[i]) is None:
        return None
    cluster = people.at(doc[i])
    while i + 1 < head.sent.end and people.at(doc[i + 1]) is cluster:
        i += 1  # a name's last word is its head: "Nechirvan Barzani"
    return doc[i]


def counted_group(token: Token) -> bool:
    """Whether a word names people told before by their number: "the pair", "the two", "the two
    leaders", "both men"; not "two leaders" (any two) nor "the leaders" (uncounted)."""
    return _a_group(token) or (
        token.lower_ in COUNTS
        and any(c.dep_ == "det" and c.lower_ in DETERMINERS for c in children_of(token))
    )


def group_size(token: Token) -> int | None:
    """How many people a word names by their number (:func:`counted_group`): 2 for "the two
    leaders", "both men", "the pair"; None for any other word."""
    if not counted_group(token):
        return None
    if token.lower_ in COUNTS:
        return COUNTS[token.lower_]
    return next((COUNTS[c.lower_] for c in children_of(token) if c.lower_ in COUNTS), None)


def _a_bare_count(token: Token) -> bool:
    """Whether a number stands alone for people told before, as "the two" does: "The four were
    welcomed by B", "all three signed"; not a count of others ("three of them") nor of a noun."""
    children = children_of(token)
    return (
        token.lower_ in COUNTS
        and token.pos_ == "NUM"
        and token.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "conj"}
        and any(
            c.dep_ in {"det", "predet"} and c.lower_ in {"the", "all", "these", "those"} for c in children
        )
        and not any(c.dep_ == "prep" for c in children)
    )


def _a_group(token: Token) -> bool:
    """Whether a word names a group of people by a number: "the two leaders", "the three", "both
    leaders"."""
    return token.tag_ == "NNS" and any(
        (c.dep_ == "nummod" or (c.dep_ in {"det", "predet"} and c.lower_ == "both")) and c.lower_ in COUNTS
        for c in children_of(token)
    )


# participles that name who chairs or leads a body: "the Joint Commission, co-chaired by A and B"
CHAIRED_VERBS = frozenset("chair co-chair lead head".split())


def chairs_of_a_body(noun: Token, people: People) -> list[Token]:
    """Those a body named for a meeting's party is told as chaired or led by: "The Joint Border
    Committee, co-chaired by A and B, is to meet on Monday" is a meeting of A and B, "a delegation
    led by C" is C; not the chair of a meeting or a summit ("met at a summit chaired by D"), who
    hosts many."""
    if people.at(noun) is not None or noun.lemma_.lower() in MEETING_NOUNS | GATHERING_NOUNS:
        return []
    chairs = [
        t
        for c in children_of(noun)
        if c.dep_ == "acl" and lemma_of(c) in CHAIRED_VERBS
        for g in passive_agents(c)
        for t in (g, *g.conjuncts)
    ]
    chairs += [  # "the Supreme Interstate Council, which the leaders of A and B will chair"
        t
        for c in children_of(noun)
        if c.dep_ == "relcl"
        and lemma_of(c) in CHAIRED_VERBS
        and any(o.dep_ == "dobj" and o.tag_ == "WDT" for o in children_of(c))
        for g in children_of(c)
        if g.dep_ == "nsubj"
        for t in (g, *g.conjuncts)
    ]
    return sorted(set(chairs), key=lambda t: t.i)


def people_of(
    heads: Iterable[Token], people: People, earlier: list[Found], *, avoid: Iterable[Cluster] = ()
) -> tuple[list[Cluster], list[str]]:
    """The people and the delegations (by country) that noun phrases name or refer to; an object
    pronoun never means someone in ``avoid``, the subjects of its own clause ("X greeted him")."""
    found: list[Cluster] = []
    delegations: list[str] = []
    heads = list(heads)
    # "The American team, led by A and including B and C": all of them, not only who leads it
    led = {named.i: members for named in heads if (members := _led_and_including(named, people))}
    found += [c for members in led.values() for c in members if c not in found]
    for head in (
        chair for named in heads if named.i not in led for chair in chairs_of_a_body(named, people) or [named]
    ):
        head = _named_after_organisation(head, people) or head
        if head.lower_ in {"each", "both", "all", "either"}:  # "met each of the two leaders"
            head = next(
                (
                    g
                    for c in children_of(head)
                    if c.lower_ == "of"
                    for g in children_of(c)
                    if g.dep_ == "pobj"
                ),
                head,
            )
        for token in _group(head, people):
            cluster = people.at(token)
            if cluster is None and (
                members := _mission_with_its_members(token, people)
                or _included(token, people)
                or line_up_of(token, people)
            ):
                found += [c for c in members if c not in found]  # "The delegation, which included
                continue  # A, B and C, met D": all of them, with the one told as leading it
            if cluster is None and token.dep_ == "appos" and people.at(token.head) is not None:
                continue  # "Jake Sullivan, Joe Biden's national security adviser": describes him
            if cluster is None and _the_ones_left(token):
                continue  # "will speak with the leaders of the remaining countries": none named yet
            if cluster is None:
                served: set[int] = set()
                if token.lemma_.lower() in SERVING_NOUNS:  # nor "B" in "a special envoy of President B"
                    served = {
                        t.i
                        for c in children_of(token)
                        if c.dep_ == "prep" and c.lower_ == "of"
                        for t in subtree_of(c)
                    }
                    cluster = _holder_hung_on_the_served(token.doc, served, people)
                # "received the Chairman of the Government of the Russian Federation Mikhail
                # Mishustin": the name that ends the title's chain, the parser's object of its "of"
                cluster = cluster or _holder_after_the_chain(token, people)
                # the words of the phrase that name another (:func:`_named_apart`) are read only for a
                # word that may name its holder, and only until one is found: most phrases have none
                owners: set[int] | None = None
                for t in subtree_of(token):
                    if cluster is not None:
                        break
                    if t.i == token.i:
                        cluster = people.at(t)
                        continue
                    if t.dep_ not in {"compound", "flat", "appos"} or _told_of_a_place(t, token):
                        continue
                    if owners is None:
                        owners = _named_apart(token, people) | served
                    if (
                        t.i not in owners
                        and not mourned(t)
                        and not honoured(t)  # "to attend the swearing-in ceremony of B": not B
                        and not in_whose_time(t)
                        and not deposed(t)  # "powers whose ties soured after the ouster of B"
                        and not talked_about(t)  # "raises Jimmy Lai case in talks with Xi"
                        and not owns_a_term(t)
                        and not invited_by(t)  # "a meeting at the invitation of B": not B's
                        and not related_by(t)  # "met the widow of opposition leader B": not B
                        and not _spouse_named_below(t, token)
                    ):
                        cluster = people.at(t)
            extra: list[Cluster] = []
            if cluster is not None:
                extra = [cluster]
            elif token.lower_ in PRONOUNS:
                # "Boric received him": not Boric; "he and B inaugurated": not B, whom "and" adds
                # nor one a title joined to it stands for: "he and the King held talks" is not the King
                joined = [
                    c for t in token.conjuncts if (c := people.at(t) or people.described(t)) is not None
                ]
                previous = people.salient_before(token, skip=[*avoid, *joined])
                extra = [previous] if previous else []
            elif token.lower_ in {"whose", "whom"}:  # "Erdogan, whose last meeting with Putin was in Sochi",
                # "Ms Takaichi, with whom he spoke by phone last month"
                owner = next((a.head for a in ancestors_of(token) if a.dep_ == "relcl"), None)
                extra = [named] if owner is not None and (named := people.at(owner)) else []
            elif token.lower_ in {"i", "me", "you"}:
                quoted = people.in_quote(token)
                extra = [quoted] if quoted else []
            elif token.lower_ in {"we", "us", "our"}:
                extra = _speaker_and_spoken_to(token, people)
            elif (one := _the_latter_or_former(token, people)) is not None:
                extra = [one]
            elif token.lower_ in NAMED_AFTER and (named := _named_after_comma(token, people)) is not None:
                extra = [named]  # "with his Turkish counterpart, Ambassador Serdar Kilic, the ministry said"
            elif named_list := _set_off_after_office(token, people):
                extra = named_list  # "with the chairperson of the African Union Commission, Moussa Faki"
            elif named_list := _listed_after_a_dash(token, people):
                extra = named_list  # "with the foreign ministers of all five states ... - A, B, C, D and E"
            elif _a_country(token) and (country := places.country_name(token.text)):
                delegations += [country] if country not in delegations else []  # "talks with Iran"
            elif others := _the_others_met(token, earlier, avoid):
                extra = others  # "A hosted B and C. A held separate meetings with each of them"
            elif (head_of := _head_of_the_couple(token, people)) is not None:
                extra = [head_of]  # "the Danish royal couple were welcomed": the king, his queen aside
            elif (plural := plural_reference(token, people, earlier)) is not None:
                extra = plural
            elif token.lemma_.lower() in GUEST_NOUNS and token.tag_ == "NN":
                extra = _the_guest(earlier, [*avoid, *found])
            elif mission := _the_mission_before(token, people):
                extra = mission  # "the delegation led by A ... The mediators also saw B": A (and its members)
            elif mission := _the_leaders_own_mission(token, people):
                extra = mission  # "a mission led by A ... A's team also met B": A (and its members)
            elif group := group_told_before(token, people):
                extra = group  # "a delegation of A, B and C ... The delegation met D": A, B and C
            elif _an_owned_building(token):
                extra = []  # "met B at Rosenbad, the Swedish prime minister's office": a place
            else:
                resolved, countries = people.resolve_description(token)
                extra = resolved
                delegations += [c for c in countries if c not in delegations]
                if not extra and (leader := _head_told_after(token, people)) is not None:
                    extra = [leader]  # "a meeting between A and a visiting delegation ... the
                    # delegation, which is headed by B": B
                if not extra:
                    extra = _line_up_told_next(token, people)  # "A delegation of Gulf ministers
                    # met B. The delegation comprised C, D and E": C, D and E
            found += [c for c in extra if c not in found]
    return found, delegations


def _the_ones_left(token: Token) -> bool:
    """Whether a noun phrase tells those left over, whom the article has not named: "the leaders
    of the remaining countries", "the remaining ministers". It refers to none told before."""
    return any(t.lower_ == "remaining" and t.dep_ == "amod" for t in subtree_of(token))


def _named_apart(token: Token, people: People) -> set[int]:
    """The words of a noun phrase that name someone other than the one it names: an owner
    ("Biden" in "Sullivan, Joe Biden's adviser"), a member of its own joined by "and", a name in
    a relative clause on it, the earlier event a "since" counts from, one stood in for."""
    kept_apart = {"poss", "conj"} if token.lower_ in PRONOUNS or _a_group(token) else {"poss"}
    owners = {  # not "Biden" in "Sullivan, Joe Biden's adviser", nor "B" in "she and B"
        # or in "the two leaders and B", each a member of its own
        t.i
        for c in children_of(token)
        if c.dep_ in kept_apart
        for t in subtree_of(c)
    } | {  # nor "Sheikh" of "the first since the ouster of Sheikh Hasina's government"
        t.i for d in subtree_of(token) if d.dep_ == "poss" and d != token for t in subtree_of(d)
    }
    if token.lower_ in PRONOUNS:  # nor "B" in "she and her counterpart B", the parser setting the
        # name beside the pronoun: a name after the member joined by "and" is that member's
        joined = [c.i for c in children_of(token) if c.dep_ == "conj"]
        owners |= {
            t.i
            for c in children_of(token)
            if c.dep_ == "appos" and joined and c.i > min(joined)
            for t in subtree_of(c)
        }
    owners |= {  # nor "Sánchez" in "between the King and Mr. Pedro Sánchez", a member of its own:
        # a definite title joined by "and" ("the President of the Region, Nechirvan Barzani"
        # and "Deputy Prime Minister and Foreign Minister Ishaq Dar" are the same one)
        t.i
        for c in children_of(token)
        if c.dep_ == "conj"
        # the "and" before it, or after it where the list goes on ("between the Prime Minister
        # of India, President A and Chancellor B": three)
        and (
            any(d.dep_ == "cc" and d.i < c.i for d in children_of(token))
            or (
                {"cc", "conj"} <= {d.dep_ for d in children_of(c)}
                and find_role(" ".join(t.text for t in subtree_of(c) if t.i < c.i)) is not None
            )
        )
        and any(d.dep_ == "det" and d.lower_ == "the" for d in children_of(token))
        and any(people.at(d) is not None for d in subtree_of(c))
        for t in subtree_of(c)
    }
    owners |= {  # nor "Trump" in "a further meeting, which puts any Trump-Putin summit on
        # hold": in a relative clause on a meeting word, a name that only modifies
        # another thing is of that thing (not "the summit that was to bring together
        # President Kagame and ...")
        t.i
        for c in children_of(token)
        if c.dep_ == "relcl" and token.lemma_.lower() in MEETING_NOUNS
        for t in subtree_of(c)
        if t.dep_ == "compound" and _modified_thing(t).pos_ == "NOUN"
    }
    owners |= {  # nor "B" in "The President, who was accompanied by the First Lady, B":
        # a name in a relative clause on the title of one office holder is another's (not
        # "the delegation, which is headed by B", "a group that included B": its members;
        # nor a clause of time or place, "a third leader present, when B hosted them")
        t.i
        for c in children_of(token)
        if c.dep_ == "relcl"
        and token.tag_ in {"NN", "NNP"}
        and find_role(token.text) is not None
        and any(w.tag_ in {"WP", "WP$", "WDT"} for w in children_of(c))
        for t in subtree_of(c)
    }
    owners |= {  # nor "B" in "the delegation, which would meet B in Moscow": those a party meets
        # in a clause on it are no member of it (not "the delegation, which is headed by B")
        t.i
        for c in children_of(token)
        if c.dep_ == "relcl"
        and token.lower_ in COLLECTIVE_NOUNS
        and c.lemma_.lower() not in LINE_UP_VERBS | LEADING_VERBS
        for t in subtree_of(c)
    }
    owners |= _counted_since(token)  # nor "B" in "the first by an Indian leader since B
    # visited the country in 2007": the earlier event the phrase is counted from
    owners |= represented(subtree_of(token))  # nor "The Prince of Wales, who is representing
    # Queen Elizabeth II at the summit"
    return owners


def _a_country(token: Token) -> bool:
    """Whether a word is a place the tagger took for one, or a country's name it left untagged or
    took for an organisation beside another country it did tag: in "Serbia and Kosovo agreed",
    "talks between Chad and Niger", the words joined by "and" are of one sort, so both are
    countries."""
    if token.ent_type_ == "GPE":
        return True
    return (
        token.pos_ == "PROPN"
        and token.ent_type_ in {"", "ORG"}
        and any(t.ent_type_ == "GPE" and places.country_name(t.text) for t in token.conjuncts)
    )


def _counted_since(head: Token) -> set[int]:
    """The words of a clause inside a noun phrase that begins with "since" and has a subject of its
    own: the earlier event the phrase is counted from, whose people are not the phrase's ("the
    first by a Turkish president since B toured the country in 2009", "the first such visit since
    B came to Accra"); not a clause without a subject ("the first since taking office")."""
    return {
        t.i
        for verb in subtree_of(head)
        if verb != head
        and verb.pos_ in {"VERB", "AUX"}
        and any(c.dep_ == "mark" and c.lower_ == "since" for c in children_of(verb))
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in children_of(verb))
        for t in subtree_of(verb)
    }


def _told_of_a_place(word: Token, head: Token) -> bool:
    """Whether a word of a noun phrase is told in a relative clause on a place inside it whose
    subject is a thing, which says what happened there: "Bashar" of "developments in Syria,
    where the government of Bashar al-Assad fell" names no one of the phrase; not "B" of "his
    visit to Japan, where he was to hold talks with B" or "where B will receive him" (what the
    visit's people do there, told by a person), nor "B" of "the delegation, which B headed" (a
    clause on the party itself), nor those of a meeting told there ("will fly to Ghana, where a
    meeting between A and B is scheduled": read as a meeting of its own)."""
    while word != head:
        if word.dep_ == "relcl" and word.head.ent_type_ in {"GPE", "LOC"}:
            if any(
                c.dep_ in {"nsubj", "nsubjpass"}
                and c.pos_ == "NOUN"
                and c.lemma_.lower() not in MEETING_NOUNS
                and find_role(c.text) is None
                for c in children_of(word)
            ):
                return True
            if _one_of_several_places(word.head):
                return True  # "to Paris, where A met B, and to Berlin, where C received him": each stop's
        word = word.head
    return False


def _one_of_several_places(place: Token) -> bool:
    """Whether a place is one of a list of places, each told with a preposition of its own ("trips
    to Paris, where ..., and to Berlin, where ..."): what a relative clause on one tells happened
    there, at that stop alone, not at the others; not places under one preposition ("travel to
    Tanzania and Zambia, where she will meet B"), whose clause may tell the trip's."""
    preposition = place.head
    return place.dep_ == "pobj" and preposition.pos_ == "ADP" and bool(preposition.conjuncts)


def _spouse_named_below(name: Token, head: Token) -> bool:
    """Whether a name under a noun is a spouse's, told in apposition to a word for a spouse below
    that noun: "a dinner in honour of A and his wife, B" names the dinner's guest A, with B beside
    him; B is no name of the dinner (unlike "the President, B")."""
    return name.dep_ == "appos" and name.head != head and name.head.lemma_.lower() in SPOUSES


def _head_of_the_couple(token: Token, people: People) -> Cluster | None:
    """Whom "the royal couple", "the Danish royal couple", "the presidential couple", "the Spanish
    royals" mean as a party: the last one named before who is no one's spouse, of the country the
    adjective tells where it tells one, holding the office it tells where it tells one (a king or
    a prince for "royal", not a guest named since), and not told receiving others where another
    is (the guests of a host who received them, not that host); the consort named beside them
    before joins where the couple meets someone (:func:`royal_consorts`)."""
    if not a_couple(token) or not any(c.lower_ in {"the", "their"} for c in children_of(token)):
        return None
    countries = {places.demonym_country(c.text) for c in children_of(token) if c.dep_ == "amod"} - {None}
    offices = offices_of_the_couple(token)
    before = [
        c
        for c in people.in_tokens(t for t in token.doc[: token.i])
        if not c.companion
        and (not countries or c.country in countries)
        and (offices is None or bool(offices & set((c.role or "").lower().split())))
    ]
    # "the Spanish royals were received by Queen Elizabeth II ... The royal couple had landed":
    # the guests, not the Queen told receiving them
    hosts = {people.at(t) for t in token.doc[: token.i] if _told_receiving(t)}
    guests = [c for c in before if c not in hosts]
    return (guests or before)[-1] if before else None


def _told_receiving(name: Token) -> bool:
    """Whether a name is told as the one who receives a guest: the subject of "received",
    "welcomed", "greeted", "hosted", or the agent of "was received by"."""
    if name.dep_ == "nsubj":
        verb = name.head
    elif name.dep_ == "pobj" and name.head.dep_ == "agent":
        verb = name.head.head
    else:
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in GUEST_VERBS


def _the_others_met(token: Token, earlier: list[Found], avoid: Iterable[Cluster]) -> list[Cluster]:
    """Whom those a clause's subjects meet mean by "them", "both", "the two leaders": the others of
    the last meeting told that brought the subjects together with them ("Erdogan hosted Abiy and
    Mohamud in Ankara. Before the joint session, Erdogan held separate meetings with each of them",
    "... with both leaders"); none where that meeting had no two others, or not of the number
    told."""
    word = token.lower_
    children = {c.lower_ for c in children_of(token)}
    size = COUNTS.get(word) or next((COUNTS[c] for c in children if c in COUNTS), None)
    if word != "them" and (word not in PLURAL_REFERENCES or word in {"they", "their"}):
        return []
    undetermined = size is None and not DETERMINERS & children
    if word in {"leaders", "statesmen", "counterparts", "sides"} and undetermined:
        return []  # "met regional leaders": others, undetermined
    subjects = set(avoid)
    if not subjects:
        return []
    for meeting in reversed(earlier):
        if subjects <= set(meeting.people):
            others = [p for p in meeting.people if p not in subjects]
            fits = len(others) >= 2 and (size is None or len(others) == size)
            return others if fits else []
    return []


def represented(tokens: Iterable[Token]) -> set[int]:
    """The words of whom someone present stands in for, who is not there: "The Prince of Wales, who
    is representing Queen Elizabeth II at the summit, opened it alongside President Kagame"; "B
    took part as an observer on behalf of President C"."""
    tokens = list(tokens)
    behalf = {  # "on behalf of C": the pobj of the "of" on "behalf"
        t.i
        for of in tokens
        if of.lower_ == "of" and of.head.lower_ == "behalf"
        for child in children_of(of)
        if child.dep_ == "pobj"
        for t in subtree_of(child)
    }
    return behalf | {
        t.i
        for verb in tokens
        if verb.lemma_.lower() == "represent"
        for child in children_of(verb)
        if child.dep_ == "dobj"
        for t in subtree_of(child)
    }


CAPACITY_NOUNS = frozenset("capacity role".split())


def in_a_capacity(token: Token) -> bool:
    """A name that is the office someone acts in, the parser's "person" for a title: "hosted by
    Anwar, in his capacity as ASEAN Chair" is Anwar, counted once."""
    return any(
        a.lower_ == "as" and a.dep_ == "prep" and a.head.lemma_.lower() in CAPACITY_NOUNS
        for a in ancestors_of(token)
    )


def named_as_an_example(token: Token) -> bool:
    """Whether a name is given as an example of a kind of people after "such as": "figures from
    culture such as the actor B", "guests such as the singer C" (one of a delegation's or a
    banquet's crowd, who is nobody's counterpart by being named there)."""
    name = token
    while name.dep_ in {"compound", "flat", "appos", "conj"} and name.head != name:
        name = name.head
    as_ = name.head
    return (
        name.dep_ == "pobj"
        and as_.lower_ == "as"
        and (
            any(c.lower_ == "such" for c in children_of(as_)) or (as_.i > 0 and as_.nbor(-1).lower_ == "such")
        )
    )


DEATHS = frozenset("death funeral passing assassination killing murder burial".split())


def mourned(token: Token) -> bool:
    """Whether a word names one whose death is told: "following the death of President John
    Pombe Magufuli" (no party to the visit the phrase hangs on), "after the killings last month of
    Ismail Haniyeh in Tehran and of Fuad Shukr in Beirut" (the parser hanging "of" on the month),
    "met ahead of the late king's funeral" (the owner of a word of death), "a week after Navalny
    died" (the subject of "die")."""
    if any(a.lower_ == "of" and _of_a_death(a) for a in ancestors_of(token)):
        return True
    while token.dep_ in {"compound", "flat"} and token.head.i != token.i:
        token = token.head  # a name's last word is its head: "Pope Francis"
    if token.dep_ == "nsubj" and token.head.lemma_.lower() == "die":
        return True  # "met his widow, a week after Navalny died": the dead man is no party
    return token.dep_ == "poss" and token.head.lemma_.lower() in DEATHS


# the nouns of a matter told of someone, who is what is talked about, no party to the talks: "raised
# the case of Jimmy Lai", "the Jimmy Lai case", "the plight of B", "pressed for the release of B"
MATTER_NOUNS = frozenset(
    "case plight fate release detention imprisonment jailing arrest extradition trial".split()
)
# the verbs of harm whose object is one the news is about, no party to a meeting told beside it:
# "talks came hours after a strike killed journalist A and videographer B"
HARMING_VERBS = frozenset(
    "kill murder assassinate execute shoot wound injure abduct kidnap arrest detain jail imprison".split()
)
# the links inside one noun phrase of names and the words set before them ("journalist A and B")
_PHRASE_INSIDE = frozenset({"compound", "flat", "nmod", "conj", "appos"})


def talked_about(token: Token) -> bool:
    """Whether a word names one the news tells a matter of, not one who meets: the one "the case
    of", "the plight of" or "the release of" is told of ("Starmer raises Jimmy Lai case in talks
    with Xi", "pressed for the release of B"), and the object of a verb of harm ("talks came hours
    after a strike killed journalist A and videographer B"). Not one set beside such a word ("met
    B, whose case ...": B met)."""
    head = token
    while head.dep_ in _PHRASE_INSIDE and head.head.i != head.i and head.head.pos_ in {"PROPN", "NOUN"}:
        head = head.head  # the phrase's head: "Jimmy Lai case", "journalist A and videographer B"
    if head.i != token.i and head.lemma_.lower() in MATTER_NOUNS:
        return True
    if head.dep_ == "poss" and head.head.lemma_.lower() in MATTER_NOUNS:
        return True  # "raised Lai's case"
    if head.dep_ == "dobj" and head.head.lemma_.lower() in HARMING_VERBS:
        return True
    of = head.head
    return head.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in MATTER_NOUNS


# what one holds for a time, under which things happen: "under the Biden administration"
TERMS_OF_OFFICE = frozenset(
    "administration presidency premiership government rule regime term tenure watch".split()
)


def in_whose_time(token: Token) -> bool:
    """Whether a word names one whose time in office dates what is told, "under" them or their
    term: "their first engagement under President Donald Trump", "the first visit under the Biden
    administration", "talks under Modi's government"; no party to it. Not one "under" whose
    mediation, auspices or chairmanship a meeting is held (see :func:`mediators`), who takes part.
    """
    while token.dep_ in {"compound", "flat", "poss"} and token.head.i != token.i:
        named = token.ent_type_ == "PERSON" or token.pos_ == "PROPN"
        token = token.head  # a name's last word is its head; "Modi's government": the term
        if token.lemma_.lower() in TERMS_OF_OFFICE:
            break
        if not named:
            return False
    if token.dep_ != "pobj" or token.head.lower_ != "under":
        return False
    return token.pos_ == "PROPN" or token.ent_type_ == "PERSON" or token.lemma_.lower() in TERMS_OF_OFFICE


def owns_a_term(token: Token) -> bool:
    """Whether a word names one whose government or time in office the phrase tells, not that one
    in person: "a move likely to irritate the administration of U.S. President Donald Trump",
    "the Biden administration", "Modi's government", "the regime of B" (no party to the visit or
    talks the sentence tells, whatever governs the phrase; "under" it see :func:`in_whose_time`).
    """
    while token.dep_ in {"compound", "flat"} and token.head.i != token.i and token.head.pos_ == "PROPN":
        token = token.head  # a name's last word is its head: "Donald Trump"
    owned = token.head
    if token.dep_ == "pobj" and owned.lower_ == "of" and owned.dep_ == "prep":
        owned = owned.head  # "the administration of B"
    elif token.dep_ not in {"poss", "compound"}:
        return False  # "B's government", "the B administration"
    return owned.i != token.i and owned.lemma_.lower() in TERMS_OF_OFFICE


def honoured(token: Token) -> bool:
    """Whether a word names one a ceremony is held for, told by its "of": "to attend the swearing-in
    ceremony of Prime Minister B", "the inauguration of President B". One who comes to it attends
    the ceremony; a meeting with its honoree is told, if at all, by words of its own."""
    return any(a.lower_ == "of" and a.head.lemma_.lower() in CEREMONIES for a in ancestors_of(token))


# the ceremonies held for one person: "the swearing-in ceremony of B", "the coronation of King B"
CEREMONIES = frozenset("ceremony inauguration swearing coronation investiture enthronement".split())


def _of_a_death(of: Token) -> bool:
    """Whether an "of" tells whose death: it hangs on a word of death, or follows one with only a
    time between them, however the parser hung it ("the killings last month of ...")."""
    if of.head.lemma_.lower() in DEATHS:
        return True
    doc, at = of.doc, of.i - 1
    while at > of.sent.start and (doc[at].ent_type_ in {"DATE", "TIME"} or doc[at].lower_ == "last"):
        at -= 1
    return doc[at].lemma_.lower() in DEATHS


# the end of a rule: "since the fall of the regime of Bashar al-Assad", "the ouster of Hasina"
DOWNFALLS = frozenset("fall ouster overthrow toppling downfall".split())
REGIMES = frozenset("regime government rule".split())


def deposed(token: Token) -> bool:
    """Whether a word names one whose fall from power is told ("the first Arab minister to visit
    Damascus since the fall of the regime of Bashar al-Assad", "since Assad's fall"), who is no
    party to the meeting."""
    name = token
    while name.dep_ in {"compound", "flat"} and name.head.i != name.i:
        name = name.head  # the last word of a name: "Bashar al-Assad's ouster"
    if name.dep_ == "poss" and name.head.lemma_.lower() in DOWNFALLS:
        return True
    for of in (a for a in ancestors_of(token) if a.lower_ == "of"):
        ruled = of.head
        if ruled.lemma_.lower() in REGIMES and ruled.dep_ == "pobj" and ruled.head.lower_ == "of":
            ruled = ruled.head.head  # "the fall of the regime of X"
        if ruled.lemma_.lower() in DOWNFALLS:
            return True
    return False


# the nouns of one person told by another: "McCarthy's predecessor", "the successor of B", "his
# widow", "the family of B"; the one named as their owner is another person, not the one the noun
# stands for
RELATION_NOUNS = frozenset(
    "predecessor predecessors successor successors widow widower son daughter father mother brother "
    "sister nephew niece grandson granddaughter family relatives parents children".split()
)


def _an_owned_building(token: Token) -> bool:
    """Whether a word is a building told by its owner, a place and no one: "met B at Rosenbad,
    the Swedish prime minister's office" (the parser joins the office to B as a conjunct), "at
    the president's residence". Not a building's holder told by a name ("Zelensky's office
    said"), which is read elsewhere."""
    return token.lemma_.lower() in BUILDING_NOUNS and any(c.dep_ == "poss" for c in children_of(token))


def related_by(token: Token) -> bool:
    """Whether a word names only the one another person is told by, not that person: "a visit by
    McCarthy's predecessor, Pelosi" (Pelosi came, not McCarthy), "talks with the successor of
    President B", "met the son of the late leader". Not a name set beside the noun ("his
    predecessor, B": B)."""
    for a in (token, *ancestors_of(token)):
        if a.dep_ == "poss" and lemma_of(a.head) in RELATION_NOUNS:
            return True
        if a.lower_ == "of" and a.dep_ == "prep" and lemma_of(a.head) in RELATION_NOUNS:
            return True
        if a.dep_ not in {"compound", "flat", "poss", "pobj", "case"}:
            return False  # the phrase of the name ends: "B, the predecessor" is B
    return False


def owns_a_country(token: Token) -> bool:
    """Whether a name is told only as the owner of a country's name, which then stands for a side
    the person leads, a team or a squad, not for the person: "Gareth Southgate's England will meet
    Ronald Koeman's Netherlands" (the two teams meet, not their coaches). Not a name set beside
    the country ("England's captain, B": B)."""
    for a in (token, *ancestors_of(token)):
        if a.dep_ == "poss":
            return a.head.ent_type_ == "GPE" and a.head.pos_ == "PROPN"
        if a.dep_ not in {"compound", "flat", "case"}:
            return False
    return False


# what one sends by another's hand, who is then not there: "conveyed the greetings of President
# Pezeshkian", "handed over a letter from Xi", "a message on behalf of the King"
MESSAGE_NOUNS = frozenset(
    "greeting greetings regard regards wish wishes message messages letter letters condolence "
    "condolences congratulation congratulations salutation salutations behalf".split()
)


def sent_by(token: Token) -> bool:
    """Whether a word names one who sent what is handed over at a meeting, not one who is at it:
    "conveyed the warm greetings of President Masoud Pezeshkian", "handed over a letter from
    Xi Jinping", "President Ruto's message", "on behalf of King Charles"."""
    for a in (token, *ancestors_of(token)):
        if a.dep_ == "poss" and lemma_of(a.head) in MESSAGE_NOUNS:
            return True
        if a.lower_ in {"of", "from"} and a.dep_ == "prep" and lemma_of(a.head) in MESSAGE_NOUNS:
            return True
        if a.dep_ in {"nsubj", "nsubjpass", "dobj"} or a.pos_ == "VERB":
            return False  # a clause of its own: "the letter, which Xi wrote, ..." names a writer there
    return False


# verbs of sending someone to go instead of oneself: "sending his national security adviser"
SENDING_VERBS = frozenset("send dispatch delegate depute".split())


def sent_instead(token: Token) -> bool:
    """Whether a name is the one someone sent in their place, the object of a verb of sending:
    "He skipped the summit, sending National Security Adviser B in his place", "dispatched B
    instead"; B goes instead of the subject and meets no one by being named there (who B met, if
    anyone, is told by words of their own: "sent B to meet C")."""
    while token.dep_ in {"compound", "flat"} and token.head.i != token.i:
        token = token.head  # a name's last word is its head
    return token.dep_ == "dobj" and lemma_of(token.head) in SENDING_VERBS


def invited_by(token: Token) -> bool:
    """Whether a word names the one whose invitation a trip or meeting is made at, who is not
    said by it to be at it: "paid a state visit to Kazakhstan at the invitation of President
    Tokayev", "was on a working visit at Trump's invitation", "a planned meeting in Luanda at the
    invitation of Lourenço" (a host who asked, or a broker; a meeting with them is told, if at
    all, in words of its own: "was greeted by President Mirziyoyev")."""
    for a in (token, *ancestors_of(token)):
        if a.dep_ == "poss" and lemma_of(a.head) == "invitation":
            return True
        if a.lower_ in {"of", "from"} and a.dep_ == "prep" and lemma_of(a.head) == "invitation":
            return True
        if a.dep_ in {"nsubj", "nsubjpass", "dobj"} or a.pos_ == "VERB":
            break  # a clause of its own: "the invitation, which Xi accepted, ..."
    return _listed_after_an_invitation(token)


def _listed_after_an_invitation(token: Token) -> bool:
    """Whether a name comes in the list after "the invitation of", with no verb between, however
    the parser hung the list's later members ("at the invitation of A and his spouse, and of
    President B and his spouse")."""
    tokens = doc_tokens(token.doc)  # made once per doc, not a Token per word looked back at
    for at in range(token.i - 1, token.sent.start, -1):
        word = tokens[at]
        if word.pos_ in {"VERB", "AUX"} or word.text in {";", ":"}:
            return False
        if word.lower_ in {"of", "from"} and lemma_of(tokens[at - 1]) == "invitation":
            return True
    return False


GUEST_NOUNS = frozenset("guest visitor".split())
# the nouns for a mission sent to talk and its members: "the delegation", "the mediators"
MISSION_NOUNS = frozenset("delegation team mission mediators envoys negotiators emissaries delegates".split())


# how far back a mission's leader is looked for: a few sentences, a few paragraphs
MISSION_REACH = 8  # sentences
MISSION_CHARS = 1200
# verbs that tell who a mission is made of: "The delegation, which also includes A and B"
MEMBERSHIP_VERBS = frozenset("include comprise".split())


def _the_mission_before(token: Token, people: People) -> list[Cluster]:
    """Whom "the mediators" or "the delegation" stands for, with no country or name of its own:
    the one person the last sentences that tell of such a group name as leading it, with those
    they name as its members ("An ECOWAS delegation led by B met C. The delegation, which also
    includes D and E, arrived ... The delegation also met F": B, D and E); none where no one, or
    several, are named as leading one."""
    if (
        token.lower_ not in MISSION_NOUNS
        or not told_with_the(token)
        or any(c.dep_ in {"compound", "amod", "nmod", "poss", "prep"} for c in children_of(token))
        or token.sent.start == 0
    ):
        return []
    return _mission_led_before(token, people)


def _the_leaders_own_mission(token: Token, people: People) -> list[Cluster]:
    """Whom "A's team" or "A's delegation" stands for where the sentences before tell A as
    leading a mission: A with its members, as "the delegation" would be ("A mission led by A
    reached Niamey. A's team also met B": A met B). Where A is told as leading none, A's team is
    A's staff or envoys, sent without A ("Ruto's envoy met Kiir": not Ruto)."""
    if token.lower_ not in MISSION_NOUNS or token.sent.start == 0:
        return []
    owners = [owner for c in children_of(token) if c.dep_ == "poss" and (owner := people.at(c)) is not None]
    if len(owners) != 1:
        return []
    led = _mission_led_before(token, people)
    return led if led and led[0] is owners[0] else []


def _mission_led_before(token: Token, people: People) -> list[Cluster]:
    """The one person the last sentences before ``token`` name as leading a mission, with those
    they name as its members; none where no one, or several, are named as leading one."""
    doc = token.doc
    members: list[Cluster] = []
    sentence = token.sent
    for _ in range(MISSION_REACH):
        if sentence.start == 0 or token.idx - doc[sentence.start - 1].idx > MISSION_CHARS:
            break
        sentence = doc[sentence.start - 1].sent
        members += [m for m in _members_told(sentence, people) if m not in members]
        leaders = {  # "led by B", "led by former Head of State, General B (rtd)"
            cluster
            for verb in span_tokens(sentence)
            if verb.lemma_.lower() in {"lead", "head"} and verb.head.lower_ in MISSION_NOUNS
            for agent in passive_agents(verb)
            for cluster in _leader_named(agent, people)
        } | {  # and the active voice: "B led a delegation of African leaders to Kyiv"
            cluster
            for verb in span_tokens(sentence)
            if verb.lemma_.lower() in {"lead", "head"}
            and any(c.dep_ == "dobj" and c.lower_ in MISSION_NOUNS for c in children_of(verb))
            for agent in children_of(verb)
            if agent.dep_ == "nsubj"
            for cluster in _leader_named(agent, people)
        }
        if leaders:
            if len(leaders) != 1:
                return []
            leader = leaders.pop()
            return [leader, *(m for m in members if m != leader)]
    return []


def _mission_with_its_members(token: Token, people: People) -> list[Cluster]:
    """Everyone "the delegation" stands for where a relative clause on it lists its members: those
    members, after the one the sentences before name as leading it ("B led a delegation of African
    leaders to Kyiv. The delegation, which included C, D and E, met F": B, C, D and E); none where
    no clause on it lists a member."""
    if token.lower_ not in MISSION_NOUNS:
        return []
    own = [
        member
        for verb in children_of(token)
        if verb.dep_ == "relcl" and verb.lemma_.lower() in MEMBERSHIP_VERBS
        for member in _members_told(token.doc[verb.left_edge.i : verb.right_edge.i + 1], people)
    ]
    if not own:
        return []
    before = _the_mission_before(token, people)
    return [*before, *(m for m in own if m not in before)]


def _led_and_including(token: Token, people: People) -> list[Cluster]:
    """Everyone a party told by who leads it and who it includes stands for: "The American team, led
    by A and including B and C, met D" is A, B and C (the parser hangs "including" on the
    participle of leading or on the party's noun); none for a party whose participle names no
    leader, or names no one it includes ("the delegation, led by A, met D": A, as before)."""
    if token.lower_ not in MISSION_NOUNS:
        return []
    led = [c for c in children_of(token) if c.dep_ == "acl" and c.lemma_.lower() in LEADING_VERBS]
    leaders = people.in_tokens(g for verb in led for a in passive_agents(verb) for g in _group(a, people))
    included = people.in_tokens(
        g
        for w in (token, *led)
        for c in children_of(w)
        if c.dep_ == "prep" and c.lower_ == "including"
        for o in children_of(c)
        if o.dep_ == "pobj"
        for g in _group(o, people)
    )
    if not leaders or not included:
        return []
    return [*leaders, *(c for c in included if c not in leaders)]


def _included(group: Token, people: People) -> list[Cluster]:
    """Those a plural of office names after "including": "The leaders, including A, B and C, took
    part", "The heads of state of the member states, including A and B, met" (the parser hangs
    "including" on the last noun of the "of" phrase); none for a plural of no office ("the
    countries, including Kenya") or a list in a clause of its own."""
    if group.tag_ != "NNS" or not _of_office(group):
        return []
    found: list[Cluster] = []
    for word in [*subtree_of(group), *_including_set_after(group, people)]:
        if word.lower_ != "including" or word.dep_ != "prep":
            continue
        path = [word, *(a for a in ancestors_of(word) if a.i != group.i and group in ancestors_of(a))]
        if any(t.dep_ not in {"prep", "pobj"} for t in path):
            continue  # "the leaders who met the envoys, including A": the envoys'
        for named in (g for c in children_of(word) if c.dep_ == "pobj" for g in _group(c, people)):
            if (cluster := people.at(named)) is not None and cluster not in found:
                found.append(cluster)
    return found


def _including_set_after(group: Token, people: People) -> list[Token]:
    """The "including" that closes the clause a plural of office is the subject of, set off by a
    comma after its verb, which names that subject's members though the parser hangs it on the
    thing before the comma: "The leaders of 11 countries are expected at the summit, including A
    and B" (not "the summit"'s); not one hung on a person or on other holders of an office ("met
    the envoys of five states, including C"), whose members it names."""
    verb = group.head
    if group.dep_ not in {"nsubj", "nsubjpass"} or verb.i < group.i:
        return []
    own = {t.i for t in subtree_of(group)}
    return [
        word
        for word in subtree_of(verb)
        if word.lower_ == "including"
        and word.dep_ == "prep"
        and word.i > verb.i
        and word.i not in own
        and word.doc[word.i - 1].text == ","
        and people.at(word.head) is None
        and word.head.lower_ not in PERSON_NOUNS
        and not (word.head.tag_ == "NNS" and _of_office(word.head))
        and all(a.dep_ in {"prep", "pobj"} for a in ancestors_of(word.head) if verb in ancestors_of(a))
    ]


def _of_office(plural: Token) -> bool:
    """Whether a plural names holders of an office: "leaders", "ministers", "heads of state"."""
    if find_role(plural.text) is not None:
        return True
    return any(find_role(f"{plural.text} of {g.text}") is not None for g in prep_objects("of", plural))


def _leader_named(agent: Token, people: People) -> list[Cluster]:
    """Who the words after "led by" name: the name itself, or the first name of its phrase
    ("former Nigerian Head of State, General Abdulsalami Abubakar (rtd)")."""
    named = people.at(agent)
    return [named] if named is not None else people.in_tokens(subtree_of(agent))[:1]


def _members_told(sentence: Span, people: People) -> list[Cluster]:
    """Those a sentence names as members of a mission: "The delegation, which also includes A and
    B, arrived"; "The team comprises C"."""
    found: list[Cluster] = []
    for verb in span_tokens(sentence):
        if verb.lemma_.lower() not in MEMBERSHIP_VERBS:
            continue
        group = (
            verb.head
            if verb.dep_ == "relcl"
            else next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        )
        if group is None or group.lower_ not in MISSION_NOUNS:
            continue
        named = [t for c in children_of(verb) if c.dep_ == "dobj" for t in subtree_of(c)]
        found += [m for m in people.in_tokens(named) if m not in found]
    return found


# the nouns of a party sent to talks whose head an article may name elsewhere
DELEGATION_WORDS = frozenset("delegation mission team".split())


def _head_told_after(token: Token, people: People) -> Cluster | None:
    """Whom a delegation first told as "a delegation", with no head, name or owner of its own,
    stands for: the one person the article goes on to name as heading or leading a delegation
    ("reports of a meeting between A and a visiting delegation of the Taliban ... the visiting
    delegation, which is headed by B": B). None where the article names heads of two delegations
    or more, where the delegation is told as a country's and that head is of another, where the
    head was named before it (another delegation's), or where it is its own "led by" phrase (see
    :func:`chairs_of_a_body`)."""
    if token.lemma_.lower() not in DELEGATION_WORDS or token.tag_ != "NN":
        return None
    if [c.lower_ for c in children_of(token) if c.dep_ == "det"] not in (["a"], ["an"]):
        return None
    if any(c.dep_ in {"poss", "acl", "relcl", "appos"} for c in children_of(token)):
        return None  # "Putin's delegation", "a delegation led by C": told there
    doc = token.doc
    cache: dict[str, list[tuple[Cluster, int]]] = doc.user_data.setdefault(_HEADS_TOLD, {})
    if "heads" not in cache:
        heads: list[tuple[Cluster, int]] = []
        for verb in doc_tokens(doc):
            if verb.lemma_.lower() not in LEADING_VERBS or verb.head.lemma_.lower() not in DELEGATION_WORDS:
                continue
            if verb.dep_ not in {"acl", "relcl"} or verb.head.tag_ != "NN":
                continue  # "a delegation led by A", "the delegation, which is headed by A"
            if any(a.dep_ == "aux" and a.lower_ in {"will", "shall", "would"} for a in children_of(verb)):
                continue  # "the delegation, which will be led by C": of talks to come
            for agent in passive_agents(verb):
                if (cluster := people.at(agent)) is not None and cluster not in [h for h, _ in heads]:
                    heads.append((cluster, agent.i))
        cache["heads"] = heads
    told = cache["heads"]
    if len(told) != 1 or told[0][1] < token.i:
        return None
    head = told[0][0]
    countries = {
        country
        for c in children_of(token)
        if c.dep_ in {"amod", "compound"}
        and (country := places.country_name(c.text) or places.demonym_country(c.text)) is not None
    }
    if countries and head.country not in countries:
        return None  # "the Russian delegation": not the Ukrainian one's head
    return head


_HEADS_TOLD = "dipgraph.participants.heads_told"

# verbs that tell a mission's line-up: "was made up of", "comprised", "included", "consisted of"
MISSION_LINE_UP_VERBS = frozenset("make comprise include consist".split())
# how many sentences after a mission's first mention its line-up is looked for
MISSION_LINE_UP_REACH = 2


def _a_mission_word(token: Token) -> bool:
    return token.lower_ in MISSION_NOUNS or token.lemma_.lower() in DELEGATION_WORDS


def _line_up_told_next(token: Token, people: People) -> list[Cluster]:
    """Whom a mission first told as "a delegation" or "a mission", with no one named, leading or
    owning it, stands for where one of the next two sentences tells the line-up of "the mission"
    ("A delegation of Gulf ministers met A in Tehran on Sunday. The delegation comprised B, C and
    D": B, C and D; "The mission was made up of ..."): all of them, one side of each meeting the
    mission held. None where no such sentence follows."""
    if not _a_mission_word(token) or token.tag_ != "NN":
        return []
    if [c.lower_ for c in children_of(token) if c.dep_ == "det"] not in (["a"], ["an"]):
        return []
    if any(c.dep_ in {"poss", "acl", "relcl", "appos"} for c in children_of(token)):
        return []  # "Putin's delegation", "a delegation led by C": told there
    doc = token.doc
    sentence = token.sent
    for _ in range(MISSION_LINE_UP_REACH):
        if sentence.end >= len(doc):
            break
        sentence = doc[sentence.end].sent
        for verb in span_tokens(sentence):
            lemma = verb.lemma_.lower()
            if lemma not in MISSION_LINE_UP_VERBS or verb.pos_ not in {"VERB", "AUX"}:
                continue
            if lemma == "make" and not any(c.lower_ == "up" for c in children_of(verb)):
                continue  # "the mission made its case": no line-up
            subject = next((c for c in children_of(verb) if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is None or not _a_mission_word(subject) or not told_with_the(subject):
                continue
            own = {t.i for t in subtree_of(subject)}
            members = people.in_tokens([t for t in subtree_of(verb) if t.i not in own])
            if members:
                return members
    return []


def _the_guest(earlier: list[Found], hosts: list[Cluster], country: str | None = None) -> list[Cluster]:
    """Whom "the guest" or "his guest" means: the one of the meeting told last who is neither
    its host nor of the host's country, nor of the country it was held in ("Tebboune received
    Meloni ... The President and his guest held talks"; "Hue also had a meeting with the guest"),
    nor of ``country``, where the clause names the guest's whereabouts ("the visitor drove out
    to a farm near Montevideo")."""
    if not hosts:
        return []
    countries = {h.country for h in hosts if h.country} | ({country} if country else set())
    for meeting in reversed(earlier):
        if meeting.kind not in {"in_person", "visit"}:
            continue
        at_home = countries | ({meeting.place.country} if meeting.place and meeting.place.country else set())
        guests = [p for p in meeting.people if p not in hosts and p.country not in at_home]
        return guests if len(guests) == 1 else []
    return []


def thing_as_subject(trigger: Token, subject: list[Token], named: list[Cluster] | list[str]) -> bool:
    """A meeting verb whose subject is a thing, not a person or a country: "the proposal met
    with resistance"."""
    if nominal(trigger) or not subject or named or is_headline(trigger.sent):
        return False
    return all(t.pos_ in {"NOUN", "PROPN"} and t.ent_type_ not in {"PERSON", "GPE", "NORP"} for t in subject)


# whom a host receives, and what a guest receives from a host ("received a warm welcome from")
GUESTS = frozenset(
    "guest guests visitor visitors delegation delegations team counterpart counterparts couple couples "
    "welcome greeting handshake hug embrace salute guard honour honor".split()
)


def thing_as_guest(trigger: Token, people: People | None = None) -> bool:
    """A verb of receiving a guest whose guest is a thing: "welcomed the proposal", "received a
    letter from Merz", "Trump's efforts were welcomed by the leaders", "hosting the World Cup";
    not "hosted talks", "received the delegation" or "welcomed the minister", nor a description
    ``people`` reads as someone named before ("The pontiff was greeted at the airport by B",
    "B greeted the premier on the tarmac", "the head of Chilean diplomacy was received by B").
    Talks welcomed are talks approved of, not guests: "They welcomed the open discussions with
    President Trump"."""
    if nominal(trigger) or trigger.lemma_.lower() not in GUEST_VERBS:
        return False
    guests = [c for c in children_of(trigger) if c.dep_ in {"dobj", "nsubjpass"}]
    welcomed = trigger.lemma_.lower() == "welcome" and bool(guests)
    if welcomed and all(
        t.pos_ == "NOUN" and t.lemma_.lower() in MEETING_NOUNS | LINKED_NOUNS for t in guests
    ):
        return True  # "welcomed the open discussions with President Trump"
    return bool(guests) and all(
        (
            t.pos_ == "NOUN"
            and t.ent_type_ not in {"PERSON", "GPE", "NORP"}
            and t.lemma_.lower() not in MEETING_NOUNS | LINKED_NOUNS | GUESTS
            and t.lower_ not in GUESTS
            and not a_couple(t)  # "welcomed the Spanish royals"
            and not a_collective_reference(t)  # "received the group", its members named before
            and find_role(t.text) is None
            and find_role(_with_its_complement(t)) is None  # "the Congolese head of state"
            and (people is None or (people.at(t) is None and people.described(t) is None))
        )
        or _an_event_named(t)
        for t in guests
    )


def _with_its_complement(noun: Token) -> str:
    """A noun with the "of" phrase after it that may finish an office: "head of state"; not the
    sender of "an invitation from King Charles", which names someone else, not the noun."""
    if noun.i + 1 >= len(noun.doc) or noun.nbor(1).lower_ != "of":
        return noun.text
    return " ".join(t.text for t in subtree_of(noun) if noun.i <= t.i <= noun.i + 2)


def _an_event_named(token: Token) -> bool:
    """A named event, not a meeting: "hosting the FIFA World Cup Qatar 2022", "hosted the Olympic
    Games" (not "hosted the G20 summit")."""
    return token.lemma_.lower() not in MEETING_NOUNS | LINKED_NOUNS and (
        token.ent_type_ == "EVENT"
        or any(c.dep_ == "compound" and c.ent_type_ == "EVENT" for c in children_of(token))
    )


def _the_latter_or_former(token: Token, people: People) -> Cluster | None:
    """Whom "the latter" and "the former" stand for: the last person named before it, and the one
    named before that ("mentioned it to Aso when the latter visited South Korea": Aso); not the
    adjective of "the former president"."""
    if token.lower_ not in {"latter", "former"} or token.dep_ not in REFERRING_PLACES:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(token)):
        return None
    latter = people.last_before(token.i - 1)
    if token.lower_ == "latter" or latter is None:
        return latter
    return people.last_before(token.i - 1, skip=[latter])


REFERRING_PLACES = frozenset("nsubj nsubjpass dobj pobj poss".split())


def _speaker_and_spoken_to(token: Token, people: People) -> list[Cluster]:
    """Whom "we" and "our" stand for in a quotation told to someone: its speaker and the one
    spoken to ('"I remember our meeting in St Petersburg in June," Putin told Mohamed bin Zayed');
    none where the quotation is spoken to no one named (a "we" of a government or a people). Where
    the meeting names the other side ('"Our meeting with Putin in June was useful," Xi told
    Tokayev'), "we" is the speaker's side: the speaker alone. A "we" to come ('"In October we will
    see each other again in Kazan at the BRICS summit," Putin told Kurtulmus') is often the two
    countries at a gathering: only a meeting told as held ("we met", "our meeting") is theirs."""
    told = token.head
    if token.lower_ == "we" and told.tag_ not in {"VBD", "VBN"}:
        return []
    speaker = people.in_quote(token, speaker=True)
    spoken_to = people.in_quote(token, spoken_to=True)
    if speaker is None or spoken_to is None or speaker is spoken_to:
        return []
    words = [told, *(c for c in children_of(told) if c.dep_ in {"dobj", "attr"})]
    if any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for w in words for c in children_of(w)):
        return [speaker]
    return [speaker, spoken_to]


def held_by_the_speaker(trigger: Token, verb: Token, people: People) -> list[Cluster]:
    """ "Productive talks were held in July ...," Putin said: talks held, in the speaker's own
    words, with no one named, are the speaker's with the peer the article is about. Not a
    spokesperson's: one who speaks for another tells of talks held by others ('"The summit will
    no longer be held today," said Mário Jorge, spokesman for the Angolan president')."""
    if trigger.dep_ != "nsubjpass" and not any(c.dep_ == "auxpass" for c in children_of(verb)):
        return []
    speaker = people.in_quote(trigger, speaker=True)
    if speaker is None or role_class(speaker.role) == "spokesperson":
        return []
    # with no peer, one who tells of "the talks" held is no party of their own: an aide who tells
    # of the leaders' talks ("According to him, the talks were held in a three-on-three format")
    peer = people.peer_of(speaker)
    return [speaker, *peer] if peer else []


def is_headline(sentence: Span) -> bool:
    """A title-cased headline, whose parse is too loose to trust for subjects; not a sentence
    that ends with a full stop, however many names and titles it has ("Party General Secretary
    Nguyen Phu Trong received Philippine President Ferdinand Marcos ...")."""
    ending = [t for t in span_tokens(sentence) if not t.is_space]
    if ending and ending[-1].text == ".":  # the line break after it is none of its words
        return False
    words = [t for t in span_tokens(sentence) if t.is_alpha and len(t) > 3]
    return len(words) >= 4 and sum(t.is_title for t in words) >= 0.8 * len(words)


def named_before(verb: Token, people: People) -> list[Cluster]:
    """Where the parse gives a verb no subject, the last person named before it in the sentence
    ("On the sidelines of UNGA, Jaishankar, who is visiting the US, met ..."), with the people
    listed with that one ("At the summit in Madrid, A, President B and C signed a memorandum": the
    parser hung the list on the place, and all of them signed); not a spouse named on the way,
    who came along ("In the evening A, accompanied by first lady B, hosted a dinner": A)."""
    before = [c for c in people.in_tokens(t for t in verb.sent if t.i < verb.i) if not c.companion]
    listed = listed_before(verb, lambda t: people.at(t) is not None)
    return people.in_tokens(listed) if len(listed) > 1 else before[-1:]


def the_visitor(subject: list[Token], counterparts: list[Cluster], earlier: list[Found]) -> Cluster | None:
    """Whom a description the article names no one by ("The President", "the leftist leader")
    means as the subject of a meeting told "also": of the last meeting told with someone of the
    country of those now met, the one there who holds the office it states and is of another
    country, the visitor who also meets other leaders of the host ("Marcos held talks with Xi in
    Beijing. The President is also set to meet Premier Li and Chairman Zhao": Marcos). None
    where two could be."""
    heads = [t for t in subject if t.pos_ in {"NOUN", "PROPN"} and t.lower_ not in PRONOUNS]
    if len(heads) != 1 or not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(heads[0])):
        return None
    stated = role_class(" ".join(t.text for t in subtree_of(heads[0]) if t.i <= heads[0].i))
    met = {c.country for c in counterparts}
    if stated is None or not counterparts or None in met:
        return None
    for meeting in reversed(earlier):
        if not met & {c.country for c in meeting.people}:
            continue  # the visitor meets more of the host's leaders, not of another country
        visitors = [c for c in meeting.people if c.country not in met and role_class(c.role) == stated]
        if visitors:
            return visitors[0] if len(visitors) == 1 else None
    return None


def refers_back(subjects: list[Token]) -> bool:
    return any(t.lower_ in PLURAL_REFERENCES for s in subjects for t in subtree_of(s))


# a team's post written in lower case, as news writes it ("Australia captain A", "the two
# captains, A and B"); a rank before a name is capitalised ("Captain Ibrahim Traoré")
TEAM_LEADERS = frozenset("captain captains".split())
# the services whose "captain" is an officer's rank, not a team's post ("a former army captain",
# "a navy captain", "an air force captain")
ARMED_SERVICES = frozenset("army navy naval military marine marines force police coast guard".split())


def _sporting_title(word: Token) -> bool:
    """Whether a word titles someone by a sport: "coach", "skipper", or "captain" as written in
    lower case (a team's post), not the capitalised rank of an officer nor one after the name of
    an armed service ("Bolsonaro, a former army captain,")."""
    if {word.lower_, word.lemma_.lower()} & SPORTING_TITLES:
        return True
    if word.text not in TEAM_LEADERS:
        return False
    return word.i == 0 or word.doc[word.i - 1].lower_ not in ARMED_SERVICES


def players(doc: Doc, people: People) -> set[Cluster]:
    """The people an article titles by a sport: "Brazil coach Fernando Diniz", "Argentina coach
    Lionel Scaloni" (a coach meeting a coach is no diplomacy, nor "the two sides" meeting again),
    also in apposition: "The two coaches, A and B, embraced", "Scaloni, the Argentina coach,"."""
    tokens = doc_tokens(doc)
    return {
        person
        for token, person in people.named()
        if (token.i > 0 and people.at(before := tokens[token.i - 1]) is None and _sporting_title(before))
        or _titled_in_apposition(token, people)
    }


# words that a story of sport writes and one of diplomacy seldom does: its games, contests and
# posts ("rugby", "the derby", "kick-off", "the striker"); not "league" (the Arab League, the
# Awami League), nor "stadium" (a rally's ground)
SPORT_WORDS = SPORTS - {"athletics", "tennis"} | frozenset(
    "derby fixture fixtures kickoff kick-off halftime half-time qualifier qualifiers playoff playoffs "
    "tournament semifinal semi-final quarterfinal quarter-final striker midfielder goalkeeper fullback "
    "winger coach batter bowler wicket wickets referee".split()
)
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")


def untitled_in_a_story_of_sport(doc: Doc, people: People) -> set[Cluster]:
    """The people of an article of sport (four words of sport or more: a match report or a
    preview) whom nothing titles nor the gazetteer knows: the clubs and sides the model takes for
    people ("Fijian Drua will meet Moana Pasifika at Churchill Park"), whose "meeting" is a fixture.
    A meeting of such people alone is no diplomacy; one with a minister or a president is still
    one. Not a spouse ("First Lady A"), titled by her place beside another."""
    if len(set(_WORD.findall(doc_text(doc).lower())) & SPORT_WORDS) < 4:
        return set()
    return {p for p in people.clusters if not p.known and p.role is None and not p.companion}


def _titled_in_apposition(token: Token, people: People) -> bool:
    """Whether a name stands in apposition to a title of sport, or one to it: "the two coaches, A
    and B" (A the apposition of "coaches", B joined to A), "A, the Brazil coach,"."""
    named = token
    while named.dep_ == "conj" and people.at(named.head) is not None:
        named = named.head  # "A and B": B is in apposition as A is
    head = named.head
    # the plural too: "the two skippers", "the two captains"
    if named.dep_ == "appos" and people.at(head) is None and _sporting_title(head):
        return True
    return any(c.dep_ == "appos" and people.at(c) is None and _sporting_title(c) for c in children_of(token))


# offices of a town, a region, a club or a firm, not of a state: "Bolton Council leader", "the
# Greater Manchester mayor", "Tranmere Rovers chairman", "Nestle CEO"
CIVIC_TITLES = frozenset(
    "mayor mayors councillor councillors councilor councilors alderman supervisor governor chairman "
    "chairwoman manager owner ceo".split()
)
# titles whose words, lower-cased, name a firm's officer and capitalised may name a state's
# ("chief executive Omar Berrada", not "Chief Executive John Lee" of Hong Kong)
FIRMS_TITLES = frozenset("executive".split())
# offices of a court: "the court's three justices, A, B and C", "Judge A" (a bench sitting is no
# diplomacy)
COURT_TITLES = frozenset("judge judges justice justices magistrate magistrates".split())
COUNCIL_WORDS = frozenset("council councils borough county".split())


def civic_officials(doc: Doc, people: People) -> set[Cluster]:
    """The people an article titles by an office of a town, a region, a club, a firm or a court,
    right before the name or in apposition, and never by a state's: "Bolton Council leader
    Nick Peel", "Andy Burnham, the Greater Manchester mayor", "chairman Mark Palios", "the court's
    three justices, A, B and C" (those after the first, joined to it, are in apposition too) (a
    meeting of such people alone is no diplomacy). Someone the gazetteer knows holds a state's
    office."""
    titled: set[Cluster] = set()
    stated: set[Cluster] = set()
    tokens = doc_tokens(doc)
    for token, person in people.named():
        if token.i == 0 or person.known:
            continue
        before = tokens[token.i - 1]
        titles = [c for c in children_of(token) if c.dep_ == "appos" and people.at(c) is None]
        named = token
        while named.dep_ == "conj" and people.at(named.head) is not None:
            named = named.head  # "the three justices, A, B and C": C is in apposition as A is
        if named.dep_ == "appos" and people.at(named.head) is None:
            titles.append(named.head)  # "the West Midlands mayor, Richard Parker,"
        if people.at(before) is None:
            titles.append(before)
        if any(_civic_title(title) for title in titles):
            titled.add(person)
        elif people.at(before) is None and role_class(before.text) is not None:
            stated.add(person)  # "Prime Minister Keir Starmer": a state's office, told elsewhere too
    return titled - stated


# words of a country's own legislature: its speaker, its chambers, its members' leaders
LEGISLATURE_WORDS = frozenset(
    "speaker speakers senate congress congressional parliament parliamentary chamber assembly "
    "legislature legislative duma bundestag knesset sejm majlis".split()
)
# words that make a legislature another than a country's own: "UN General Assembly President",
# "European Parliament President", "the Parliamentary Assembly of the Council of Europe"
INTERNATIONAL_WORDS = frozenset(
    "general european un u.n. nations nato osce council inter-parliamentary".split()
)


def home_legislators(doc: Doc, people: People) -> set[Cluster]:
    """The people an article titles by an office of a legislature named with no country, which is
    the one at home of the story ("the presidents of the Senate and the Chamber of Deputies, A and
    B", "Lower House Speaker A", "A, the speaker of parliament"); not one whose country is told
    ("US House Speaker A", "the speaker of Indonesia's parliament, A") or who is known to the
    gazetteer, nor the officer of an international assembly ("UN General Assembly President A")."""
    found: set[Cluster] = set()
    told: set[Cluster] = set()
    for token, person in people.named():
        if person.known or person.country is not None or person in told:
            continue
        top = token
        while (
            top.dep_ in {"conj", "appos", "compound"}
            and top.head.i != top.i
            and top.head.pos_ in {"NOUN", "PROPN"}
        ):
            top = top.head  # up to the noun phrase that lists the titles with the names
        title = [t for t in subtree_of(top) if people.at(t) is None]
        if any(t.ent_type_ in {"GPE", "NORP"} or t.lower_ in INTERNATIONAL_WORDS for t in title):
            told.add(person)  # a country or a body of many is told: not one at home
        elif any(t.lower_ in LEGISLATURE_WORDS for t in title) or _lower_or_upper_house(title):
            found.add(person)
    return found - told


def _lower_or_upper_house(title: list[Token]) -> bool:
    """Whether a title names a chamber as "the lower house", "Upper House"."""
    return any(
        t.lower_ == "house" and i > 0 and title[i - 1].lower_ in {"lower", "upper"}
        for i, t in enumerate(title)
    )


def _civic_title(title: Token) -> bool:
    """A title word of a town's, a club's or a firm's office: "mayor", "chief executive", "Council
    leader" (not "opposition leader" or "party leader")."""
    word, before = title.lower_, title.doc[title.i - 1].lower_ if title.i > 0 else ""
    if word in CIVIC_TITLES | COURT_TITLES or (title.text in FIRMS_TITLES and before == "chief"):
        return True
    return word in {"leader", "leaders"} and before in COUNCIL_WORDS


def with_them(trigger: Token, people: People) -> list[Cluster]:
    """Those a meeting noun's own "with" names: "talks with A and B" -> A, B."""
    return people.in_tokens(
        t for c in children_of(trigger) if c.dep_ == "prep" and c.lower_ == "with" for t in subtree_of(c)
    )
