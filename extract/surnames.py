"""Surnames: a word alone read as the family name of an official.

The officials a surname alone names in the gazetteer ("Modi"; with its particle, "Al-Jaber"),
family names written first by the countries that write them so ("Xi Jinping"), a headline's run
of surnames that is no one's name ("Blinken Wang Munich"), and which words could be a surname at
all: not a word of a longer name the model left untagged ("Novak Djokovic"), nor of a known
place's several words ("Dar" of "Dar es Salaam"), nor an English word the model read as one.
"""

from __future__ import annotations

import bisect
import functools
import re

import spacy
from spacy.lookups import Lookups
from spacy.tokens import Token

from extract import gazetteer, places
from extract.names import LINEAGE, PATRONYMIC
from extract.places import fold
from extract.spans import doc_entities, doc_tokens
from extract.titles import title_before, title_word
from extract.vocabulary import DEFAULT_MODEL

ROMAN_NUMERAL = re.compile(r"[IVX]+")


def _particle_first(name: str) -> bool:
    """Whether a family name starts with its particle: "Al-Jaber", "Al Sabah", "bin Salman"."""
    return (fold(name).split() or [""])[0] in LINEAGE


# countries whose people put the family name first, as news may write them too: "Ishiba Shigeru"
FAMILY_FIRST = frozenset(
    ("Japan", "China", "Taiwan", "South Korea", "North Korea", "Vietnam", "Mongolia", "Cambodia", "Hungary")
)


def family_first_official(text: str) -> gazetteer.OfficialEntry | None:
    """The official of a country that puts the family name first whose two-word name this one is,
    its words swapped: "Ishiba Shigeru" is Shigeru Ishiba, "Orbán Viktor" Viktor Orbán."""
    words = text.split()
    if len(words) != 2:
        return None
    entry = gazetteer.lookup(f"{words[1]} {words[0]}")
    return entry if entry is not None and entry.country in FAMILY_FIRST else None


def officials_by_surname(surname: str) -> list[gazetteer.OfficialEntry]:
    """Officials a surname alone names; a family name with its particle ("Al-Jaber", "Al Sabah")
    names only those the gazetteer lists it for ("bin Salman"), as whole families share it."""
    entries = gazetteer.by_surname(surname)
    if _particle_first(surname):
        entries = [e for e in entries if fold(surname) in {fold(s) for s in e.surnames}]
    return entries


def list_of_surnames(text: str) -> bool:
    """A headline's run of names the model took for one person's: "Blinken Wang Munich",
    "Putin Russia China". Family names joined to a particle ("Al-Jaber Al-Sabah") are one
    name's parts, and so is a father's name after "bin" ("Al Hussein bin Abdullah II"); a known name
    misspelt is no list ("Meshal Al-Ahmad Al-Jaber Al-Sabah")."""
    known = gazetteer.gazetteer()
    if known.lookup(text) is not None or known.spelt_like(text) is not None:
        return False
    words = text.split()
    if any(places.country_name(word) for word in words[1:]):
        return True
    if _given_and_family_name(words):
        return False
    surnames = [
        w
        for i, w in enumerate(words)
        if not _particle_first(w)
        and not (i > 0 and words[i - 1].lower() in PATRONYMIC)  # a father's: "Al Hussein bin Abdullah"
        and not ROMAN_NUMERAL.fullmatch(w)  # a king's numeral, no surname
        and gazetteer.by_surname(w)
    ]
    return len(surnames) >= 2


def _given_and_family_name(words: list[str]) -> bool:
    """Whether a run of words opens with a known official's given name and closes with that
    official's family name, with or without its particle ("Omar Hassan Al Bashir": Omar al-Bashir,
    his father's name between): one person's name in full, whatever other surnames the words
    between may be."""
    if len(words) < 3:
        return False
    endings = [words[-1]]
    if len(words) > 3:  # the family name with its particle: "Al Bashir", "al-Bashir"
        endings += [f"{words[-2]}-{words[-1]}", f"{words[-2]} {words[-1]}"]
    return any(
        fold(entry.name).split()[0] == fold(words[0])
        for ending in endings
        for entry in gazetteer.by_surname(ending)
    )


def could_be_surname(token: Token) -> bool:
    """A proper noun the model left untyped or typed as a person, an organisation or (when it is
    no place or nationality) a place or a nationality, not after "the": "Modi told reporters ...",
    "Blinken flew to Athens", "Pezeshkian also met ..." (a nationality to the model), but
    not "the Sun reported"; nor a word of a longer name the model left untyped, after an initial
    or another name word ("N P Saud" is no Saudi king) or before one ("Novak Djokovic")."""
    tokens = doc_tokens(token.doc)
    previous = tokens[token.i - 1] if token.i > 0 else None
    following = tokens[token.i + 1] if token.i + 1 < len(tokens) else None
    if previous is not None and previous.pos_ == "PROPN" and previous.is_title and not title_word(previous):
        return False
    if (
        following is not None
        and following.pos_ == "PROPN"
        and following.is_title
        and following.ent_type_ == ""
    ):
        return False
    misplaced = (
        token.ent_type_ in {"GPE", "LOC", "NORP"}
        and places.resolve_place(token.text) is None
        and places.demonym_country(token.text) is None
        and not _in_a_place_named(token)  # "Dar" of "Dar es Salaam" is no Ishaq Dar
    )
    return (
        token.pos_ == "PROPN"
        and (token.ent_type_ in {"", "PERSON", "ORG"} or misplaced)
        and not (previous is not None and previous.lower_ == "the")
    )


def surname_misread(token: Token, year: int | None) -> bool:
    """A surname alone that the model read as another part of speech, where a person stands: a
    subject, an object or after a title ("Pezeshkian met Erdogan" an adjective to the model,
    "Guterres meets Lula" a noun, "PM Modi calls on Macron" a verb), of an official in office in
    the article's year; no word of English (as the lemmatizer's tables know it: "Hunt", "Ban",
    "Power"), no place or nationality, nor a word of a longer name."""
    if token.pos_ in {"PROPN", "PUNCT", "NUM"} or not token.is_title or token.ent_type_ in {"DATE", "TIME"}:
        return False
    if token.dep_ not in PERSON_SLOTS and title_before(token.doc[token.i : token.i + 1]) is None:
        return False
    if token.lower_ in english_words() or _in_a_name_run(token):
        return False
    if places.resolve_place(token.text) is not None or places.demonym_country(token.text) is not None:
        return False
    return any(gazetteer.role_at(e, year) is not None for e in officials_by_surname(token.text))


# where a person stands in a clause: "Pezeshkian met ...", "... met Pezeshkian", "talks with Pezeshkian"
PERSON_SLOTS = frozenset("nsubj nsubjpass dobj pobj conj appos".split())


def _in_a_name_run(token: Token) -> bool:
    """Whether a capitalised word stands beside another name word ("Novak Djokovic")."""
    doc = token.doc
    around = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return any(
        t.is_title and t.pos_ == "PROPN" and not title_word(t) and t.ent_type_ == "PERSON" for t in around
    )


@functools.cache
def english_words() -> frozenset[str]:
    """The words of English that the default pipeline's lemmatizer knows (its index and its
    exceptions), read from the installed package; none where it cannot be read."""
    try:
        folder = spacy.util.get_package_path(DEFAULT_MODEL)
    except (ImportError, AttributeError, TypeError):
        return frozenset()
    words: set[str] = set()
    for path in sorted(folder.glob("*/lemmatizer/lookups")):
        lookups = Lookups().from_disk(path)
        for name in ("lemma_index", "lemma_exc"):
            if lookups.has_table(name):
                for entries in lookups.get_table(name).values():
                    words |= set(entries)
    return frozenset(words)


def _in_a_place_named(token: Token) -> bool:
    """Whether a word is one of a place entity's several words that name a known place: "Dar" of
    "Dar es Salaam"."""
    starts, entities = doc_entities(token.doc)
    at = bisect.bisect_right(starts, token.i) - 1
    entity = entities[at] if at >= 0 else None
    return (
        entity is not None
        and token.i < entity.end
        and len(entity) > 1
        and places.resolve_place(entity.text) is not None
    )
