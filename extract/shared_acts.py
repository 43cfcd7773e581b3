"""Meetings told by what people did together, not by a meeting word.

News often tells a meeting by the act two officials shared rather than by "met" or "held talks":
they spent hours with each other ("A spent three hours with B", "A and B spent a day together"),
one side faced the other's negotiators ("A faced a team led by B"), or the two struck a deal on a
day of their own ("A and B struck a deal on Sunday", "A sealed an accord with B in Rome"). Each
frame here asks for two people: a subject that joins two named people, or a subject with a named
person in a "with" (or "by") phrase, so that what one side did alone, or a country or a company
did, states no meeting ("Kenya and Tanzania struck a deal", "Brazil faced Chile", "both spent the
weekend at home", "Boeing struck a deal with Airbus"). A deal told as made in a call ("in a phone
call on Sunday") is that call, which the call's own word states.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract import gazetteer, places
from extract.spans import children_of, passive_agents, subtree_of, with_objects

# what a stretch of time spent is counted in: "spent five hours with", "spent the afternoon with",
# "a total of 14 hours", "another session", "much of the visit"
TIME_SPENT = frozenset(
    "hour minute day morning afternoon evening night session time total part much most bulk".split()
)
# what people do apart even when told together: "spent the weekend in", "the holidays at home"
TIME_APART = frozenset("weekend holiday holidays vacation summer winter year years".split())
# the words of a stretch of time spent on a meeting: "in talks", "in negotiations", "in meetings"
SPENT_IN = frozenset("talk talks negotiation negotiations meeting meetings discussion discussions".split())

# verbs whose object is a deal two sides make when they meet: "struck a deal", "sealed an accord"
DEALING_VERBS = frozenset("strike seal clinch hammer".split())
DEALS = frozenset("deal agreement accord pact bargain compromise truce".split())

# the sides met across a table: "faced a Chinese team led by He", "faced a delegation headed by"
SIDES_FACED = frozenset("delegation team side negotiators".split())
LEADING = frozenset("lead head".split())

# what tells a shared act done at a distance: "spent an hour on the phone with", "struck a deal
# in a phone call", "by video"
REMOTE = frozenset("phone telephone video call calls videoconference conversation letter".split())
PERSON_WORDS = frozenset("him her counterpart counterparts".split())


def shares_an_act(verb: Token) -> bool:
    """Whether a verb tells a meeting by an act its people did together: time spent with someone,
    a deal struck together, a side faced across a table.

    A verb of another sense is none: "spent millions on", "struck the ball", "faced criticism"."""
    lemma = verb.lemma_.lower()
    if lemma == "spend":
        return spent_time_together(verb)
    if lemma == "face":
        return faced_a_side(verb)
    if lemma in DEALING_VERBS:
        return struck_a_deal(verb)
    return False


def spent_time_together(verb: Token) -> bool:
    """Time spent with a named person ("spent three hours with Wang Yi", "spent much of the visit
    with Mrs B", the "with" on the verb or on the time), or by two people named together, told
    "together" or spent in talks ("A and B spent two hours together", "spent a total of 14
    hours in talks"). Not time spent apart ("both spent the weekend in their capitals"), on the
    phone, or with no one named ("spent the day with his family")."""
    times = [c for c in children_of(verb) if c.dep_ in {"dobj", "npadvmod"} and _a_stretch_of_time(c)]
    if not times or _at_a_distance(verb):
        return False
    withs = with_objects(verb, *times)
    if any(a_person(g) for g in withs):
        return True
    together = any(c.lower_ == "together" for c in children_of(verb)) or any(
        t.lemma_.lower() in SPENT_IN or t.lower_ in SPENT_IN
        for h in (verb, *times)
        for t in subtree_of(h)
        if t.dep_ == "pobj" and t.head.lower_ in {"in", "on"}
    )
    return together and any(two_people(s) for s in children_of(verb) if s.dep_ == "nsubj")


def _a_stretch_of_time(noun: Token) -> bool:
    """ "five hours", "the afternoon", "a total of 14 hours", "another session"; not "the weekend"
    nor "millions"."""
    lemma = noun.lemma_.lower()
    if lemma in TIME_APART:
        return False
    return lemma in TIME_SPENT or (noun.ent_type_ in {"TIME", "DATE"} and lemma not in TIME_APART)


def faced_a_side(verb: Token) -> bool:
    """Whether a verb tells one side facing the other's negotiators: "faced a Chinese team led by
    Vice Premier He", "faced a delegation headed by B across the table". Not a side faced in a
    contest ("Brazil faced Chile", "faced a team from Japan"), nor what one faces ("faced
    criticism"): the side must be led by someone named, and the subject a person."""
    sides = [c for c in children_of(verb) if c.dep_ == "dobj" and c.lemma_.lower() in SIDES_FACED]
    led = any(
        c.dep_ == "acl" and c.lemma_.lower() in LEADING and any(a_person(a) for a in passive_agents(c))
        for s in sides
        for c in children_of(s)
    )
    return led and any(_a_person_or_pair(s) for s in children_of(verb) if s.dep_ == "nsubj")


def struck_a_deal(verb: Token) -> bool:
    """Whether two people named together struck, sealed or clinched a deal on a day of their own
    ("A and B struck a trade deal on Sunday at his golf resort"), or one struck it with a named
    person ("A sealed an accord with B in Rome"). Not countries or companies ("Kenya and Tanzania
    struck a deal", "struck a deal with Japan", "with Boeing"), nor a deal made in a call."""
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in DEALS for c in children_of(verb)):
        return False
    if _at_a_distance(verb):
        return False
    deals = [c for c in children_of(verb) if c.dep_ == "dobj"]
    withs = with_objects(verb, *deals)
    subjects = [s for s in children_of(verb) if s.dep_ == "nsubj"]
    if any(a_person(g) for g in withs) and any(_a_person_or_pair(s) for s in subjects):
        return True
    return any(two_people(s) for s in subjects) and of_its_own_time(verb)


def _at_a_distance(verb: Token) -> bool:
    """Whether an act is told as done on a call or by letter: "on the phone with", "in a phone
    call"."""
    return any(t.lemma_.lower() in REMOTE or t.lower_ in REMOTE for t in subtree_of(verb) if t.i != verb.i)


def a_person(token: Token) -> bool:
    """A person's name (the model's PERSON, or a name no place bears and the model takes for no
    body or nation), or a word for a person met ("him", "his counterpart")."""
    if token.ent_type_ == "PERSON" or token.lower_ in PERSON_WORDS or _an_officials_surname(token):
        return True
    return (
        token.pos_ == "PROPN"
        and token.ent_type_ not in {"ORG", "NORP", "GPE", "LOC", "FAC"}
        and places.resolve_place(token.text) is None
        and not places.country_name(token.text)
    )


def _a_person_or_pair(subject: Token) -> bool:
    return a_person(subject) or subject.lower_ in {"he", "she", "i", "we", "they"} or two_people(subject)


def two_people(subject: Token) -> bool:
    """Whether a subject joins two people with "and": two names the model takes for persons' ("Ruto
    and President Samia Suluhu Hassan"), an official's surname the model took for a body ("Trump
    and President B"), or a name and "he", "she" or "I"."""
    words = list(subtree_of(subject))
    people = [
        t
        for t in words
        if (t.ent_type_ == "PERSON" and t.ent_iob_ == "B")
        or t.lower_ in {"he", "she", "i"}
        or (t.ent_type_ != "PERSON" and _an_officials_surname(t))
    ]
    return len(people) >= 2 and any(t.dep_ == "cc" and t.lower_ == "and" for t in words)


def _an_officials_surname(token: Token) -> bool:
    """A name the gazetteer knows as an official's surname, whatever the model tagged it ("Trump"
    tagged as a body); not a place's or a country's."""
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and token.ent_type_ not in {"GPE", "NORP"}
        and bool(gazetteer.by_surname(token.text))
    )


def of_its_own_time(verb: Token) -> bool:
    """Whether a clause tells its own time ("signed a memorandum in Rome last November")."""
    return any(t.ent_type_ == "DATE" for t in subtree_of(verb))
