"""Gatherings named: the words that name a summit, a conference or a forum in a sentence, and
"the summit", "the conference" said of one named before.

``gatherings_named`` finds the occasions a sentence names (:mod:`extract.occasions`); "the summit",
"the conference", "the gathering" (or "the regional meeting", one of many) told as where a
clause happens ("on the sidelines of the summit", "at the conference", "the forum's margins")
refers back to one, of its sort (a conference, forum or dialogue for "the conference"; a summit,
leaders' meeting or retreat for "the summit"), not "the Alaska summit" or "the next summit" (one
of its own); a gathering a clause is set on the margins of is ``margins_occasion``.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from extract import occasions
from extract.records import Occasion
from extract.spans import (
    REMEMBERED,
    ancestors_of,
    children_of,
    doc_text,
    entity_at,
    remembered,
    span_text,
    span_tokens,
)


def margins_occasion(sentence: Span, clause: set[int]) -> Occasion | None:
    """The gathering named in the clause as the one it is set on the sidelines or margins of:
    what a summit of two told again is held at ("the summit is likely to take place on the
    sidelines of the APEC leaders' meeting"); not a gathering the clause names as its own subject
    ("The BRICS summit in Kazan runs from October 22")."""
    for span, occasion in gatherings_named(sentence):
        if any(t.i in clause for t in span) and on_its_margins(span):
            return occasion
    return None


def gatherings_named(sentence: Span) -> list[tuple[Span, Occasion]]:
    """The gatherings a sentence names (:func:`occasions.find_occasions`, with the acronyms its
    article defines), each with the words that name it, in order; found once per sentence, a
    new list at each call."""
    key = (sentence.start, sentence.end)
    return list(remembered(sentence.doc, _NAMED, key, lambda: tuple(_gatherings_named(sentence))))


_NAMED = REMEMBERED + "gatherings_named"


def _gatherings_named(sentence: Span) -> list[tuple[Span, Occasion]]:
    found = []
    for start, end, occasion in occasions.find_occasions(span_text(sentence), doc_text(sentence.doc)):
        span = sentence.char_span(start, end, alignment_mode="expand")
        if span is not None:
            found.append((span, occasion))
    return found


def on_its_margins(span: Span) -> bool:
    """Whether a named gathering is the one a clause is told on the margins of: "on the sidelines
    of the G20", "on the margins of the UN General Assembly", also where the name stands inside
    the words of the gathering ("on the sidelines of this year's leaders' meeting of the
    Asia-Pacific Economic Cooperation grouping"), or before them ("on SCO sidelines")."""
    token = span.root
    if token.dep_ in {"compound", "poss"} and token.head.lower_ in SETTING_NOUNS:
        return True  # "on SCO sidelines", "on the summit's margins"
    while token.dep_ in {"compound", "pobj"} and token.head.dep_ in {"prep", "pobj"}:
        if token.dep_ == "pobj":
            of = token.head
            if of.lower_ != "of":
                return False
            if of.head.lower_ in SETTING_NOUNS:
                return True
            token = of.head
        else:
            token = token.head
    return False


# nouns for a gathering that "the summit", "the conference" refers back to once named
GATHERING_NOUNS = frozenset("summit conference forum gathering conclave congress assembly".split())
# those of them that name no sort of gathering, and so may mean any named before: "the
# gathering", "the conclave" (a summit, a ministers' meeting or a conference alike)
ANY_SORT = frozenset("gathering conclave".split())
SORTED_GATHERING_NOUNS = GATHERING_NOUNS - ANY_SORT  # "summit", "conference": a sort of its own
OTHER_ONES = frozenset(
    "next previous last first second third earlier former prior upcoming future following such".split()
)
# the words of a gathering's edges, on which a meeting beside it is held: "on the sidelines of the
# summit", "on the margins of the forum"
EDGE_NOUNS = frozenset("sidelines sideline margins margin".split())
SETTING_NOUNS = EDGE_NOUNS | {"venue"}


# the sorts of gathering a name may say, each with the words "the summit", "the conference" or
# "the assembly" may mean it by ("the ASEAN-GCC meeting" is "the summit", the Shangri-La
# Dialogue "the conference"; an "EU meeting" is no conference)
_SORTS = (
    frozenset("summit meeting retreat session ministerial".split()),
    frozenset("conference forum dialogue".split()),
    frozenset("assembly congress session".split()),
)
_GATHERING_WORDS = frozenset().union(*_SORTS)
GATHERING_NAME = re.compile("|".join(sorted(_GATHERING_WORDS | {"gathering"})) + r"|\bCOP", re.IGNORECASE)


def gathering_noun(span: Span) -> Token:
    """The noun of the gathering a name names: "summit" for "the summit of the League of Arab
    States" (the name read is the body's), also through the council of the body that meets ("the
    41st session of the Supreme Council of the GCC": "session"), the name's own root elsewhere."""
    token = span.root
    if token.dep_ == "appos" and token.i > 0 and token.doc[token.i - 1].text == "(":
        token = token.head  # "the Gulf Cooperation Council (GCC)", the acronym hung on a name before
    token = _the_noun_it_names(token)
    while token.dep_ == "pobj" and token.head.lower_ == "of":
        above = token.head.head
        if above.lemma_ in _GATHERING_WORDS:
            token = above
        elif (
            above.lower_ == "council"
            and above.dep_ == "pobj"
            and above.head.lower_ == "of"
            and above.head.head.lemma_ in _GATHERING_WORDS
        ):
            token = above.head.head
        else:
            break
    return token


def _the_noun_it_names(token: Token) -> Token:
    """The gathering word a name is set before as a modifier, past the words between ("COP29" in
    "the COP29 climate conference": "conference"), else the name's own word."""
    above = token
    while (
        above.dep_ in {"compound", "nmod", "amod"}
        and above.head.i > above.i
        and above.head.pos_ in {"NOUN", "PROPN"}
    ):
        above = above.head
        if above.lemma_.lower() in GATHERING_NOUNS:
            return above
    return token


def refers_to_a_gathering(token: Token) -> bool:
    """ "the summit" as where a clause happens: "on the sidelines of the summit", "at the
    summit", "during the conference", "the forum's margins", "the summit venue"."""
    if not the_gathering(token):
        return False
    head = token.head
    if token.dep_ == "poss" or (token.dep_ == "compound" and head.lower_ in SETTING_NOUNS):
        return head.lower_ in SETTING_NOUNS  # "the conference's sidelines", "the summit venue"
    if token.dep_ != "pobj":
        return False
    if head.lower_ == "of":
        return head.head.lower_ in SETTING_NOUNS or _a_part_of_it(head.head)
    return head.lower_ in {"at", "during"}


def bare_margins(token: Token) -> bool:
    """Whether a word is "the sidelines" or "the margins" told with no gathering of its own ("On
    the sidelines, he met the king"): the sidelines of the gathering told just before; not "the
    sidelines of the summit", "the summit's sidelines" or "on the sidelines of it"."""
    if token.lower_ not in {"sidelines", "margins"}:
        return False
    children = list(children_of(token))
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children) and not any(
        c.dep_ in {"poss", "compound", "nmod", "amod"} or (c.dep_ == "prep" and c.lower_ == "of")
        for c in children
    )


def the_gathering(token: Token) -> bool:
    """ "the summit", "the conference", "that gathering": a gathering named by its kind alone, not "the Alaska
    summit", "the next summit" or "the summit held in ..." (one of its own); "the summit venue"
    too, its "the" told on the setting noun."""
    if token.lemma_.lower() not in GATHERING_NOUNS and not _a_meeting_of_many(token):
        return False  # most words: their children need not be read
    if token.tag_ == "NNS" and not _on_its_sidelines(token):
        return False  # "the summits" of several, but "on the sidelines of the meetings": one's sessions
    children = list(children_of(token))
    named = [c for c in children if _a_word_of_its_name(c)]
    if token.ent_type_ and not named and not _its_kind_alone(token):
        return False  # a name of its own, not "the General Assembly" of a longer one
    # "the summit venue": the setting noun the gathering word is compounded into bears its "the"
    setting = token.dep_ == "compound" and token.head.lower_ in SETTING_NOUNS
    told_with = [*children, *(c for c in children_of(token.head) if c != token)] if setting else children
    # "that summit", "this gathering": a demonstrative points back as "the" does, and so does a
    # possessive of the bloc or the day ("the bloc's summit", "Wednesday's summit")
    if not any((c.dep_ == "det" and c.lower_ in POINTING_BACK) or _pointing_back(c) for c in told_with):
        return False
    # not "the Alaska summit", "the next summit", "the summit held in ...", "the next summit
    # venue": one of its own
    return not any(
        (
            c.dep_ in {"compound", "nmod", "poss", "nummod"}
            and not _its_length(c)
            and not _a_word_of_its_name(c)
            and not _pointing_back(c)
        )
        or (c.dep_ == "amod" and (c.lower_ in OTHER_ONES or not c.is_lower) and not _a_word_of_its_name(c))
        or c.dep_ == "acl"
        for c in told_with
    )


# the determiners of a thing told before: "the summit", "that gathering", "this conference", in
# the plural a gathering's sessions ("on the sidelines of those meetings") or calls ("these calls")
POINTING_BACK = frozenset("the that this these those".split())
# the common nouns news calls a body by once it has named it: "the bloc's summit" after "the
# Mercosur trade bloc", "the alliance's summit" in news of NATO
BODY_NOUNS = frozenset("bloc alliance grouping group organisation organization union".split())
# the days a gathering is told on, as the news names them: "Wednesday's summit", "today's summit"
DAYS_TOLD = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split()
)


def _pointing_back(word: Token) -> bool:
    """Whether a possessive before a gathering word points back to one told before, as "the"
    does: the body named before ("the bloc's summit", "the alliance's summit", see
    :func:`the_body_told`) or the day it is told on ("Wednesday's summit"); not a name ("the
    Alaska summit", "Biden's summit") nor another edition ("last year's summit"); "the leaders'
    meeting" too (:func:`_those_who_meet_told`)."""
    if word.dep_ != "poss":
        return False
    return word.lower_ in DAYS_TOLD or the_body_told(word) or _those_who_meet_told(word)


# who meets at a gathering, named in the plural as its possessive: "the leaders' meeting"
ATTENDEE_NOUNS = frozenset("leader minister head premier president".split())


def _those_who_meet_told(word: Token) -> bool:
    """Whether a possessive is "the leaders'" or "the foreign ministers'" of a gathering told
    before: "on the sidelines of the leaders' meeting" points back to the "China-Japan-ROK Leaders'
    Meeting" as "the meeting" would; not "Biden's meeting" (a name), nor "the two leaders' meeting"
    (a meeting of the two told by who held it), nor "the G20 foreign ministers' meeting" (a name of
    its own)."""
    children = list(children_of(word))
    return (
        word.tag_ == "NNS"
        and word.lemma_.lower() in ATTENDEE_NOUNS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in children)
        and not any(c.dep_ in {"nummod", "compound", "nmod", "poss"} or c.pos_ == "PROPN" for c in children)
    )


def the_body_told(word: Token) -> bool:
    """Whether a word is "the bloc", "the alliance": a body told by its common noun, the one
    the article named before."""
    return word.lemma_.lower() in BODY_NOUNS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in children_of(word)
    )


def _its_kind_alone(token: Token) -> bool:
    """Whether the name the model tagged a gathering word with is that word alone: "the Summit"
    capitalised, as official texts write the summit named before, names no gathering of its own."""
    ent = entity_at(token)
    return ent is not None and all(t.i == token.i or t.dep_ == "det" for t in ent)


# what makes "the meeting" a gathering of many, not a meeting of two: "the regional meeting"
MANY_MEET = frozenset("regional multilateral ministerial plenary annual international".split())


def _a_meeting_of_many(token: Token) -> bool:
    """ "the meeting" as a gathering: one told as of many ("the regional meeting", "the
    ministerial meeting"), or one with sidelines ("on the margins of the meeting"); not "the
    meeting" of two people."""
    if token.lower_ not in {"meeting", "meetings"}:
        return False
    if any(c.dep_ == "amod" and c.lower_ in MANY_MEET for c in children_of(token)):
        return True
    return _on_its_sidelines(token)


def _on_its_sidelines(token: Token) -> bool:
    """Whether a gathering word is what sidelines or margins are of ("on the margins of the
    meeting"; "on the sidelines of the meetings", the sessions of a gathering named before)."""
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in SETTING_NOUNS


def _a_word_of_its_name(word: Token) -> bool:
    """A capitalised word of a gathering's name before its noun, no place's: "the General
    Assembly" (of the UN General Assembly named before); the occasion told last must then bear
    those words (see :func:`of_its_sort`)."""
    return (
        word.i < word.head.i
        and word.dep_ in {"compound", "amod"}
        and word.text[:1].isupper()
        and word.ent_type_ not in {"GPE", "LOC", "NORP", "PERSON", "DATE"}
        and not list(children_of(word))
    )


def _its_length(word: Token) -> bool:
    """A gathering's length before its noun, which names no other one: "the two-day summit"."""
    return word.lemma_.lower() in {"day", "week"} and any(c.dep_ == "nummod" for c in children_of(word))


def _a_part_of_it(part: Token) -> bool:
    """A day or session of a gathering as when a clause happens: "on the last day of the summit",
    "at the opening session of the conference" (not "the eve of the summit": before it)."""
    return (
        part.lemma_.lower() in {"day", "session"}
        and part.dep_ == "pobj"
        and part.head.lower_ in {"on", "at", "during"}
    )


# verbs by which someone judges a gathering rather than tells one: "hailed a historic summit",
# "called it a productive meeting", "described the talks as a turning point"
JUDGING_VERBS = frozenset("hail call describe term praise laud label dub deem consider welcome".split())


def a_judgement(token: Token) -> bool:
    """Whether "a summit" says what a gathering already told was, not that another one was held:
    the object of a verb of judging ("Sánchez hailed a historic summit"), a predicate ("it was a
    historic summit"), or what something is described "as"; not "held a summit", "at a summit"."""
    head = token.head
    if token.dep_ in {"attr", "oprd"}:
        return True
    if token.dep_ == "dobj" and head.lemma_.lower() in JUDGING_VERBS:
        return True
    return token.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in JUDGING_VERBS


def a_gathering_of_its_own(token: Token) -> bool:
    """ "a summit", "an international conference": one gathering, told as one not named before;
    not one said of a gathering told already ("hailed a historic summit", :func:`a_judgement`)."""
    return (
        token.lemma_.lower() in GATHERING_NOUNS
        and token.tag_ != "NNS"
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in children_of(token))
        and not a_judgement(token)
    )


def an_edition_of_a_year(token: Token) -> bool:
    """ "last year's summit", "the 2019 summit" as where a clause happens ("At last year's summit
    in Madrid, ..."): a gathering named by its kind and its year alone, an edition of the series
    the article names; not "the 2019 Osaka summit" nor "last year's G20 summit" (a name of its
    own), nor "last year's summits"."""
    if token.lemma_.lower() not in SORTED_GATHERING_NOUNS or token.tag_ == "NNS":
        return False
    if token.dep_ != "pobj" or token.head.lower_ not in {"at", "during"}:
        return False
    before = [c for c in token.lefts if c.dep_ in {"compound", "nmod", "poss", "nummod", "amod"}]
    return bool(before) and all(c.ent_type_ == "DATE" and c.dep_ in {"poss", "nummod"} for c in before)


def of_its_sort(occasion: Occasion, reference: Token) -> bool:
    """Whether "the summit", "the conference" or "the forum" may mean a named occasion: one whose
    name says no sort of gathering ("the G20"), or says one of that sort ("the Munich Security
    Conference" for "the conference"; a leaders' meeting or retreat for "the summit")."""
    word = reference.lemma_.lower()
    named = " ".join(
        [*(c.lower_ for c in children_of(reference) if _a_word_of_its_name(c)), reference.lower_]
    )
    if named != reference.lower_:  # "the General Assembly": only the UN General Assembly
        return named in occasion.name.lower()
    said = {w for w in re.findall(r"[a-z]+", occasion.name.lower()) if w in _GATHERING_WORDS}
    if not said or word in ANY_SORT or bare_margins(reference):  # "On the sidelines, ...": any sort
        return True
    return any(word in sort and said & sort for sort in _SORTS)


# what a gathering does as it opens or closes, told of it as its subject: "The X Meeting ended
# on Monday", "The Y Summit opened in Z"
ITS_COURSE = frozenset("end close conclude open begin start wrap adjourn convene".split())
# the words of a gathering told without its name, which a name ending in that word may be
# ("the meeting": "the Second X Foreign Ministers' Meeting"; "the summit": "the X Summit")
TOLD_BY_ITS_WORD = frozenset("meeting summit conference forum dialogue".split())
# words of another edition than the one told: "the next X Meeting", "the previous Y Summit"
ANOTHER_EDITION = frozenset("next previous last earlier former prior upcoming future following".split())


def named_as_it_runs(sentence: Span, word: str) -> Occasion | None:
    """The gathering a sentence names as the subject of its opening or closing, the name ending in
    ``word`` ("The second X Foreign Ministers' Meeting ended without a deal", "The 14th Y Summit
    opened on Monday" for "meeting", "summit"): the name of a gathering told by that word alone
    just before ("A hosted the meeting in Z"); not another edition ("The next X Meeting opens in
    May"), nor one told as to come ("will open")."""
    for span, occasion in gatherings_named(sentence):
        noun = gathering_noun(span)
        if noun.lemma_.lower() != word or noun.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        verb = noun.head
        if verb.lemma_.lower() not in ITS_COURSE or verb.pos_ != "VERB":
            continue
        if any(c.dep_ == "aux" and c.lower_ in {"will", "would", "shall", "'ll"} for c in children_of(verb)):
            continue  # "will open": one to come
        if any(c.lower_ in ANOTHER_EDITION for c in children_of(noun)):
            continue
        return occasion
    return None


def gathering_named(span: Span) -> Token | None:
    """The gathering noun whose "of" phrase a name is in: "a summit of the BRICS group"."""
    token = span.root
    while token.dep_ in {"compound", "pobj", "prep"} and token.head.i != token.i:
        token = token.head
        if token.lower_ != "of" and token.lemma_.lower() in GATHERING_NOUNS:
            return token
        if token.pos_ not in {"NOUN", "PROPN"} and token.lower_ != "of":
            return None
    return None


# the sorts of a visit between states, its host's own programme: "a state visit", "an official visit"
VISIT_SORTS = frozenset("state official working".split())


def told_as_a_visits_talks(sentence: Span, verb: Token, trigger: Token | None = None) -> bool:
    """Whether a sentence tells its meeting (of ``verb``, or of ``trigger``) as part of a state,
    official or working visit ("Lula, who is on a state visit to China, held talks with Xi", "paid
    a courtesy call on B on the first day of his official visit") and names no gathering nor its
    margins: the talks of the visit, which a summit in the same city, before or after it, does not
    make its occasion. Not a visit told with the gathering it is paid for ("on a state visit to
    Russia for the BRICS summit"), nor a meeting set on a gathering's sidelines, nor a visit of
    another act the sentence tells ("conveyed the commitments agreed during his official visit in
    2022": the agreeing's)."""
    visits = [
        t
        for t in span_tokens(sentence)
        if t.lemma_.lower() == "visit"
        and t.pos_ == "NOUN"
        and any(c.lower_ in VISIT_SORTS and c.dep_ in {"compound", "amod"} for c in children_of(t))
        and _on_the_meetings_own_words(t, {verb} | ({trigger} if trigger is not None else set()))
    ]
    if not visits:
        return False
    if any(t.lower_ in SETTING_NOUNS or t.lemma_.lower() in GATHERING_NOUNS for t in span_tokens(sentence)):
        return False
    return not gatherings_named(sentence)


def _on_the_meetings_own_words(visit: Token, meeting: set[Token]) -> bool:
    """Whether a visit hangs on the words that tell the meeting, through no verb of another act
    on the way up: "held talks during his state visit", "Lula, who is on a state visit, held
    talks" (the "is" of its people's state); not "commitments agreed during his visit"."""
    for above in ancestors_of(visit):
        if above in meeting:
            return True
        if above.pos_ in {"VERB", "AUX"} and above.lemma_.lower() != "be":
            return False
    return False
