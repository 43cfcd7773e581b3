"""Letters and messages handed over: a message someone received, told as delivered by a bearer
("Museveni received a special message from Ramaphosa, delivered by his envoy Dlodlo"; "The
message was delivered by Dlodlo" in the sentence after, "It was delivered by", "Dlodlo delivered
the message"), is a meeting of the bearer with the one who received it, not with the sender."""

from __future__ import annotations

from spacy.tokens import Token

from extract.article import definite_word
from extract.found import Found
from extract.participants import own_clause
from extract.people import Cluster, People
from extract.spans import children_of, passive_agents
from extract.triggers import DELIVERY_VERBS, MISSIVES, lemma_of


def handed_over(verb: Token, people: People) -> Found | None:
    """A message someone received, told as handed over by a bearer: "Museveni received a special
    message from Ramaphosa, delivered by his envoy Dlodlo"; "Museveni received a message from
    Ramaphosa. The message was delivered by Dlodlo" (in the sentence before), also "It was
    delivered by Dlodlo", "The letter was handed over by Dlodlo", "The message, delivered by
    Dlodlo, dealt with ..." and "Dlodlo delivered the message". The bearer met the one who
    received it, not the sender."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in DELIVERY_VERBS:
        return None
    bearer = _bearer(verb, people)
    head = verb.head
    if verb.dep_ == "acl" and head.dep_ == "pobj" and lemma_of(head.head.head) in MISSIVES:
        head = head.head.head  # the parser hanging it on the sender: "a message from A, delivered by"
    if verb.dep_ == "acl" and lemma_of(head) in MISSIVES:
        missive: Token | None = head  # "a message from A, delivered by B"
    else:  # "The message was delivered by B", "It was delivered by B", "B delivered the message"
        told = (c for c in children_of(verb) if c.dep_ in {"nsubjpass", "dobj"})
        missive = next((c for c in told if _the_missive(c)), None)
    if bearer is None or missive is None:
        return None
    received = missive if _received(missive) else _missive_received_before(missive)
    if received is None or not _received(received):
        return None
    receiving = received.head
    subjects = (c for c in children_of(receiving) if c.dep_ == "nsubj")
    recipient = next((named for c in subjects if (named := _named_at(c, people)) is not None), None)
    if recipient is None or recipient == bearer:
        return None
    sentence = verb.sent
    if receiving.sent.start == sentence.start:  # "received on Tuesday at Bayan Palace a message ..."
        clause = own_clause(verb) | own_clause(receiving)
        return Found([recipient, bearer], [], "in_person", sentence, clause, verb, verb)
    met = Found([recipient, bearer], [], "in_person", sentence, own_clause(verb), verb, verb)
    met.scene = (receiving.sent, own_clause(receiving))  # "received ... at State House Entebbe today"
    return met


def _bearer(verb: Token, people: People) -> Cluster | None:
    """Who hands a message over: the agent of "was delivered by B", or the subject of "B
    delivered the message" (not of "B delivered the message to A", a meeting of its own)."""
    agents = passive_agents(verb)
    if not agents and not any(c.dep_ in {"auxpass", "dative"} or c.lower_ == "to" for c in children_of(verb)):
        agents = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    return next((named for g in agents if (named := _named_at(g, people)) is not None), None)


def _the_missive(word: Token) -> bool:
    """Whether a word names a message told before: "the message", "the letter", "it"."""
    return word.lower_ == "it" or (lemma_of(word) in MISSIVES and definite_word(word))


def _received(missive: Token) -> bool:
    """Whether a message is the object of "received"."""
    return missive.dep_ == "dobj" and missive.head.lemma_.lower() == "receive"


def _named_at(token: Token, people: People) -> Cluster | None:
    """The person a noun names, or the name set beside it: "Uganda's Minister of Foreign Affairs
    Jeje Odongo", "His Highness the Amir Sheikh Mishal" (the parser hangs the name on the title)."""
    return people.at(token) or next(
        (named for c in children_of(token) if c.dep_ == "appos" and (named := people.at(c)) is not None), None
    )


def _missive_received_before(missive: Token) -> Token | None:
    """The message "the message" (or "the letter", "it") names: the one the sentence before
    tells someone received."""
    sentence = missive.sent
    if sentence.start == 0 or not _the_missive(missive):
        return None
    before = missive.doc[sentence.start - 1].sent
    return next((t for t in before if lemma_of(t) in MISSIVES and _received(t)), None)
