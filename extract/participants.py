"""Who took part in a meeting a trigger states: the subject and object of its verb, "with",
"between" and "among" phrases, the agent of a passive, and descriptions, pronouns, quotations and
plural references ("the two leaders") resolved through :mod:`extract.people`."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from extract import places
from extract.found import Found
from extract.people import PLURAL_REFERENCES, PRONOUNS, Cluster, People

OWN_CLAUSE_STOP = frozenset("relcl ccomp parataxis acl".split())


def governor(trigger: Token) -> Token:
    """The verb whose clause a trigger noun belongs to ("held talks", "during a meeting")."""
    if trigger.pos_ == "VERB":
        return trigger
    token = trigger
    for _ in range(4):
        if token.pos_ in {"VERB", "AUX"} and token.i != trigger.i:
            return token
        if token.head.i == token.i:
            break
        token = token.head
    return token if token.pos_ in {"VERB", "AUX"} else trigger


def own_clause(verb: Token) -> set[int]:
    """Token indices of a verb's clause, leaving out relative clauses, quotes and verb conjuncts."""
    keep: set[int] = set()
    stack = [verb]
    while stack:
        token = stack.pop()
        keep.add(token.i)
        for child in token.children:
            if child.dep_ in OWN_CLAUSE_STOP or (child.dep_ == "conj" and child.pos_ == "VERB"):
                continue
            stack.append(child)
    return keep


def subject_of(verb: Token) -> list[Token]:
    """The subject tokens of a verb, borrowed from the governing verb for "before meeting X" and
    "thanked Macron for calling the meeting"."""
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if subjects or agents:
            if subjects and subjects[0].lower_ in {"who", "that", "which"} and verb.dep_ == "relcl":
                return [verb.head]
            return subjects + agents
        if verb.dep_ in {"advcl", "xcomp", "pcomp", "conj", "acl"} and verb.head.i != verb.i:
            verb = next((a for a in verb.ancestors if a.pos_ in {"VERB", "AUX"}), verb.head)
        else:
            break
    return []


def _group(head: Token) -> list[Token]:
    """A noun phrase and its conjuncts and appositions: "A, B and C"."""
    members = [head]
    for token in head.subtree:
        if token.dep_ in {"conj", "appos"} and token.head.i in {m.i for m in members}:
            members.append(token)
    return members


def people_of(
    heads: Iterable[Token], people: People, earlier: list[Found]
) -> tuple[list[Cluster], list[str]]:
    found: list[Cluster] = []
    delegations: list[str] = []
    for head in heads:
        for token in _group(head):
            cluster = people.at(token)
            if cluster is None:
                for t in token.subtree:
                    if t.dep_ in {"compound", "flat", "appos"} or t.i == token.i:
                        cluster = cluster or people.at(t)
            extra: list[Cluster] = []
            if cluster is not None:
                extra = [cluster]
            elif token.lower_ in PRONOUNS:
                previous = people.last_before(token.i)
                extra = [previous] if previous else []
            elif token.lower_ in {"i", "me", "you"}:
                quoted = people.in_quote(token)
                extra = [quoted] if quoted else []
            elif token.ent_type_ == "GPE" and (country := places.country_name(token.text)):
                delegations += [country] if country not in delegations else []  # "talks with Iran"
            elif token.lower_ in PLURAL_REFERENCES and earlier:
                extra = list(earlier[-1].people)
            else:
                resolved, countries = people.resolve_description(token)
                extra = resolved
                delegations += [c for c in countries if c not in delegations]
            found += [c for c in extra if c not in found]
    return found, delegations


def thing_as_subject(trigger: Token, subject: list[Token], named: list[Cluster] | list[str]) -> bool:
    """A meeting verb whose subject is a thing, not a person or a country: "the proposal met
    with resistance"."""
    if trigger.pos_ != "VERB" or not subject or named or is_headline(trigger.sent):
        return False
    return all(t.pos_ in {"NOUN", "PROPN"} and t.ent_type_ not in {"PERSON", "GPE", "NORP"} for t in subject)


def held_by_the_speaker(trigger: Token, verb: Token, people: People) -> list[Cluster]:
    """ "Productive talks were held in July ...," Putin said: talks held, in the speaker's own
    words, with no one named, are the speaker's with the peer the article is about."""
    if trigger.dep_ != "nsubjpass" and not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    speaker = people.in_quote(trigger, speaker=True)
    return [speaker, *people.peer_of(speaker)] if speaker is not None else []


def is_headline(sentence: Span) -> bool:
    """A title-cased headline, whose parse is too loose to trust for subjects."""
    words = [t for t in sentence if t.is_alpha and len(t) > 3]
    return len(words) >= 4 and sum(t.is_title for t in words) >= 0.8 * len(words)


def named_before(verb: Token, people: People) -> list[Cluster]:
    """Where the parse gives a verb no subject, the last person named before it in the sentence
    ("On the sidelines of UNGA, Jaishankar, who is visiting the US, met ...")."""
    before = people.in_tokens(t for t in verb.sent if t.i < verb.i)
    return before[-1:]


def refers_back(subjects: list[Token]) -> bool:
    return any(t.lower_ in PLURAL_REFERENCES for s in subjects for t in s.subtree)
