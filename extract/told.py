"""Whether an article tells a meeting as its news or as the background of its news.

A meeting told as background ("their previous meeting was in Vienna", "the two last met in
Bali", "Newsom had met Xi during a trip to China", "a year ago") happened before the news,
on a day the article may not give; merging (:mod:`graph.clues`) then does not date it by the
article's publication. The cues are words of the sentence that states the meeting: "previous",
"prior", "last met", "earlier this year", "N years ago", and the past perfect ("had met"),
except in reported speech ("China said its envoy had met Zelensky").
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from extract.spans import children_of, subtree_of
from extract.vocabulary import AFTER_OR_BEFORE, MEETING_NOT_VISIT_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

BACKGROUND = re.compile(
    r"\b(?:previous(?:ly)?|prior(?! to)"
    # "what is expected to be their last meeting": the final one, held now, not the one before
    r"|(?<!\bbe their )(?<!\bbe the )(?<!\bbe his )(?<!\bbe her )"
    r"last (?:met|meeting|talks|time|in-person|face-to-face|encounter|summit"
    r"|held|sat|spoke|talked|saw|visited|hosted|received|conferred|travell?ed|flew|went|toured)"
    r"|earlier this (?:year|month)|(?:a|an|one|two|three|four|five|several|\d+) (?:years?|months?) ago"
    # a speaker's memory of the past: "Xi recalled that the two heads of state held talks in
    # Pretoria", "recalling their meeting in Kazan"; not an envoy who "was recalled"
    r"|(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )recall(?:ed|ing|s)? (?:that|how|his|her|their|our|the)"
    r")\b",
    re.IGNORECASE,
)
# "first met" tells when people first ever met where a time is told with it ("The two first met in
# Asmara the same year", "first met in 2015", "when they first met"); not the first of a day's
# meetings ("Sheinbaum first met with Trudeau, ... Later in the day she sat down with Macron").
FIRST_MET = re.compile(r"\bfirst met\b", re.IGNORECASE)
FIRST_TIME = re.compile(
    r"\b(?:in (?:\w+ )?(?:19|20)\d\d|(?:same|that|last|previous|following) year|ago|when|since)\b",
    re.IGNORECASE,
)
PAST_PERFECT = re.compile(
    r"\bhad (?:(?:earlier|already|previously|also|once|recently|briefly) )?"  # "had earlier attended"
    r"(?:met|held|spoken|talked|visited|hosted|received|said|sat|seen|called|telephoned|phoned"
    r"|welcomed|conferred|travell?ed|flown|dined|attended)\b",
    re.IGNORECASE,
)
# Reported speech puts the news in the past perfect too: "China confirmed that Li had met Zelensky".
REPORTED = re.compile(
    r"\b(?:said|says|say|confirmed|announced|reported|stated|told|noted|added|according|statement|tweet"
    r"|wrote|writes|posted)\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=1024)  # a sentence is asked again for each meeting it tells
def is_background(sentence: str) -> bool:
    """Whether a sentence tells its meeting as the past of the article's news.

    >>> is_background("Their previous encounter was in Vienna in May.")
    True
    >>> is_background("Newsom had met with President Xi during a trip to China.")
    True
    >>> is_background("Biden met Xi on Wednesday at the Filoli estate.")
    False
    >>> is_background("The two first met in Asmara the same year.")
    True
    >>> is_background("She first met with Trudeau, with whom she discussed trade, and then with Macron.")
    False
    >>> is_background("China confirmed on Thursday that its envoy had met with Zelensky.")
    False
    >>> is_background("He had earlier attended a summit of Caribbean leaders in Guyana.")
    True
    >>> is_background("They held what is expected to be their last meeting as leaders on Saturday.")
    False
    >>> is_background("Ruto recalled that the two leaders had talks in Nairobi in 2023.")
    True
    >>> is_background("The envoy was recalled that week and met no one.")
    False
    """
    if BACKGROUND.search(sentence):
        return True
    if FIRST_MET.search(sentence) and FIRST_TIME.search(sentence):
        return True
    perfect = PAST_PERFECT.search(sentence)
    return perfect is not None and not REPORTED.search(sentence, 0, perfect.start())


# the words that tell a meeting of two sides only: "a bilateral meeting", "held a bilateral",
# "one-on-one talks", "a tete-a-tete"
TWO_SIDED = re.compile(r"\b(?:bilateral|one-on-one|t[eê]te-[aà]-t[eê]te)\b", re.IGNORECASE)


def told_as_bilateral(trigger: Token) -> bool:
    """Whether a meeting's own noun is told as one of two sides, in the words before it or as
    the noun itself: "held a bilateral meeting with B", "one-on-one talks", "had a bilateral with
    B"; not a topic ("discussed bilateral relations") nor the noun of another meeting."""
    if trigger.pos_ not in {"NOUN", "PROPN", "ADJ"}:  # a verb's left words are its subject's, its time's
        return False
    return TWO_SIDED.search(trigger.doc[trigger.left_edge.i : trigger.i + 1].text) is not None


# "later", "then", "afterwards", "subsequently": a meeting told after another, held after it ("The two
# men then sat down with ..."); "earlier": one held before it; "again": one more of the same people
# ("the two were due to speak again at 3 p.m.")
ANOTHER = frozenset(
    "also separately separate another too again earlier later then afterwards afterward subsequently "
    "thereafter".split()
)


def told_as_another(verb: Token, trigger: Token) -> bool:
    """Whether a meeting is told as another than those told before it: "will also take part in
    a luncheon meeting", "met separately", "in a separate meeting", "another meeting", "Earlier,
    Faisal held talks with ..." or "Later, ...", "The two then sat down with ..." (a meeting before or
    after the one told, on the same trip). The word may hang on the time told with it, as the parser
    hangs it: "Later on Friday" ("later" on "on"), "Later that evening" (on "evening"); "then" of
    "then-President" is a title of the past, not a time. So is one told after or before a meeting
    the sentence names besides its own ("After their bilateral meeting, the two were joined by
    three more leaders for a summit")."""
    return any(
        w.lower_ in ANOTHER and not _after_an_act_of_its_sentence(verb, w)
        for w in _order_words(verb, trigger)
    ) or _after_another(verb, trigger)


# of those, the words telling a meeting held after the one told before it
AFTERWARDS = frozenset("later then afterwards afterward subsequently thereafter".split())


def told_as_after(verb: Token, trigger: Token) -> bool:
    """Whether a meeting or gathering is told as held after those told before it: "The summit
    convened in Doha later on Monday", "The two then sat down with ...": not the occasion of a
    meeting told before it."""
    return any(w.lower_ in AFTERWARDS for w in _order_words(verb, trigger))


# the verbs that tell a meeting with whatever object they take ("met the press"), unlike "visit",
# which may take a place ("visited the base")
MEETING_ACTS = frozenset("meet host receive welcome greet talk confer negotiate speak call sit dine".split())


def _after_an_act_of_its_sentence(verb: Token, word: Token) -> bool:
    """Whether a word of order on a meeting's verb ("then", "later", "afterwards") orders it after
    the act its sentence tells just before, on a verb it is joined to, that is no meeting: "He
    visited the base near the airport and then held talks with Haiti's leaders", "toured the
    hospital and afterwards met the president" tell a visit's day in its order, not a meeting held
    after another one. A sentence whose first act is a meeting ("met Boric and then sat down with
    Boluarte": a verb of meeting, a meeting's noun or a person named) tells two."""
    if word.lower_ not in AFTERWARDS or word.head != verb or verb.dep_ != "conj" or verb.head.pos_ != "VERB":
        return False
    first = verb.head
    if first.lemma_.lower() in MEETING_ACTS:
        return False
    return not any(  # what the first act is done to or with, not its subject, shared by both
        t.ent_type_ == "PERSON" or t.lemma_.lower() in MEETING_NOT_VISIT_NOUNS
        for c in children_of(first)
        if c.dep_ in {"dobj", "dative", "prep", "agent", "attr"}
        for t in subtree_of(c)
    )


def _order_words(verb: Token, trigger: Token) -> list[Token]:
    """The words on a meeting's verb, its noun or its time that may tell its order among others,
    as the parser hangs them: "Later on Friday" ("later" on "on"), "Later that evening" (on
    "evening"); not "then" of "then-President"."""
    times = [c for c in children_of(verb) if c.dep_ in {"prep", "npadvmod"}]
    nouns = [trigger, *(g for p in times if p.dep_ == "prep" for g in children_of(p) if g.dep_ == "pobj")]
    words = [c for c in children_of(verb) if c.dep_ == "advmod"]
    words += [
        c for noun in (*nouns, *times) for c in children_of(noun) if c.dep_ in {"amod", "det", "advmod"}
    ]
    return [w for w in words if not _hyphened(w)]


def _hyphened(word: Token) -> bool:
    """Whether a word is joined by a hyphen to the next: "then-President"."""
    return word.i + 1 < len(word.doc) and word.nbor().text == "-" and not word.nbor().whitespace_


def _after_another(verb: Token, trigger: Token) -> bool:
    """Whether a meeting's verb is told after or before a meeting named by a noun of its own
    ("After their talks, Lula and Petro were joined by two more presidents"), not the meeting's
    own noun ("after talks in Brasilia, the two signed a pact"), nor a visit or trip, which
    holds its meetings ("after his visit to Paris"); also where a clause tells that meeting's
    start or end ("Before the summit began, A held a tete-a-tete with B")."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in AFTER_OR_BEFORE
        and any(
            o.dep_ == "pobj" and o != trigger and o.lemma_.lower() in MEETING_NOT_VISIT_NOUNS
            for o in children_of(c)
        )
        for c in children_of(verb)
    ) or any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in AFTER_OR_BEFORE for m in children_of(c))
        and any(
            s.dep_ in {"nsubj", "nsubjpass"} and s != trigger and s.lemma_.lower() in MEETING_NOT_VISIT_NOUNS
            for s in children_of(c)
        )
        for c in children_of(verb)
    )
