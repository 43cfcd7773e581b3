"""Earlier meetings a later telling points back to: the meeting "for the first time since
February" implies, the gathering "the first encounter between the two since the G20 summit in
Osaka" names, the one "the first conversation between the two leaders" only characterises,
the one whose talk "the two leaders discussed ..." tells, and the agreement "the two" made just
before, where the meeting told next was held."""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span, Token

from extract.circumstances import SAYING, SINCE, clause_occasion, clause_place
from extract.found import Found
from extract.kinds import CALL_NOUNS, REMOTE_KINDS
from extract.participants import nominal, own_clause
from extract.people import PERSON_NOUNS, PLURAL_REFERENCES, Cluster, People
from extract.records import Occasion
from extract.spans import children_of, doc_entities, entities, span_text, span_tokens, subtree_of
from extract.timing import clause_date, date_since
from extract.titles import TITLES
from extract.told import is_background
from extract.triggers import AGREEING_VERBS, COUNTED, is_trigger, lemma_of
from extract.vocabulary import AFTER_OR_BEFORE

# the meeting a sentence characterises: "the first conversation between the two leaders"
CHARACTERISED = frozenset("attr appos npadvmod pobj".split())
# the adverbs that tell a meeting as an earlier one: "last met", "first met", "had previously met"
EARLIER_ADVERBS = frozenset("last first previously".split())
# words for people a country after "of" says whose they are: "the leaders of Chile and Bolivia"
PERSON_WORDS = TITLES | PERSON_NOUNS | frozenset("leader head".split())
# a place that only describes ("a sitting U.S. president", "the Pacific island nation")
MODIFIERS = frozenset("compound amod nmod poss".split())
DURATION = re.compile(
    r"^(?:(?:more|less) than |nearly |almost |over |about )?(?:a|an|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|several|many|some|\d+)(?: and a half)? (?:years?|months?|weeks?|days?|decades?)$",
    re.IGNORECASE,
)


def told_lately(found: list[Found], in_sentence: list[Found], sentences: list[Span], at: int) -> list[Found]:
    """The meetings of this sentence and of the one before it, the last told last."""
    start = sentences[at - 1].start if at > 0 else sentences[at].start
    return [m for m in found if m.sentence.start >= start] + in_sentence


def the_time_before(meeting: Found, published: date | None) -> Found | None:
    """The meeting "for the first time since February" implies: the same people met then, by the
    same means (in person, for a plan or a visit), on the date the phrase names ("is expected to
    meet Putin for the first time since February", "hold phone talks for the first time since
    March"); not an event named instead ("since the election", "since he took office")."""
    if len(meeting.people) < 2:
        return None
    verb = meeting.verb
    times = [
        g
        for c in children_of(verb)
        if c.dep_ == "prep" and c.lower_ == "for"
        for g in children_of(c)
        if g.dep_ == "pobj"
        and g.lemma_.lower() == "time"
        and any(a.lower_ == "first" for a in children_of(g))
    ]
    for time in times:
        for since in (
            c for t in (time, verb) for c in children_of(t) if c.dep_ == "prep" and c.lower_ in SINCE
        ):
            when = date_since(meeting.sentence, since, published)
            if when is None:
                continue
            return Found(
                people=list(meeting.people),
                delegations=[],
                kind=meeting.kind if meeting.kind in REMOTE_KINDS else "in_person",
                sentence=meeting.sentence,
                clause={t.i for t in subtree_of(since)},
                verb=verb,
                trigger=time,
                when=when,
            )
    return None


def the_gathering_since(meeting: Found, published: date | None) -> Found | None:
    """The earlier meeting of the same people a meeting noun told as the first "since" a gathering
    names, where the gathering's own words put it: "the first face-to-face talks between the two
    since the G20 summit in Buenos Aires in 2018" (a meeting in Buenos Aires, at the G20 summit, in
    2018); not a gathering with no place of its own ("since the summit"), nor an event that is no
    gathering ("since the election in Brazil", "since the war began")."""
    trigger, sentence = meeting.trigger, meeting.sentence
    if len(meeting.people) < 2:
        return None
    clause = own_clause(trigger.head)
    # "since" in the noun's phrase, or on the verb that tells it ("It was the first ... since")
    words_around = [*subtree_of(trigger), *children_of(trigger.head)]
    for since in (t for t in words_around if t.dep_ == "prep" and t.lower_ in SINCE):
        gathering = next((g for g in children_of(since) if g.dep_ == "pobj" and nominal(g)), None)
        if gathering is None or gathering.ent_type_ == "DATE":
            continue
        # the phrase runs to the clause's end, where the parser may hang its date on the verb
        words = {i for i in clause if i >= since.i}
        words |= own_clause(gathering)
        occasion = clause_occasion(sentence, words, trigger, told_when=False)
        place = clause_place(sentence, own_clause(gathering)) or clause_place(sentence, words)
        if place is None or (occasion is None and not is_trigger(gathering)):
            continue
        dated = any(ent.label_ == "DATE" and ent.start in words for ent in entities(sentence))
        return Found(
            people=list(meeting.people),
            delegations=[],
            kind="in_person",
            sentence=sentence,
            clause=words,
            verb=gathering,
            trigger=gathering,
            place=place,
            occasion=occasion,
            when=clause_date(sentence, words, published, future=False) if dated else None,
        )
    return None


def joined_where_they_last_met(
    meeting: Found, people: People
) -> tuple[list[Cluster], Occasion | None] | None:
    """Those a "where" clause of an earlier meeting says "they" joined there, or met there
    together with, and the occasion it names: "The two leaders last met in Rome in May, where they
    joined A and B for the G7 summit" (a meeting of the four, at the G7 summit), "first met in
    Baku, where they, together with C, opened the conference"; only for a meeting told as an
    earlier one ("last met", "first met", "had previously met"): "A met B in Rome, where they
    joined C for the summit" tells their own talks, then a summit."""
    verb, sentence = meeting.verb, meeting.sentence
    if not any(c.dep_ == "advmod" and c.lower_ in EARLIER_ADVERBS for c in children_of(verb)):
        return None
    clause = own_clause(verb)
    where = (
        t
        for t in subtree_of(verb)
        if t.dep_ == "relcl" and t.head.i in clause and any(c.lower_ == "where" for c in children_of(t))
    )
    for told in where:
        subjects = [c for c in children_of(told) if c.dep_ == "nsubj"]
        if not subjects or not all(s.lower_ in PLURAL_REFERENCES for s in subjects):
            continue
        joined = (
            [t for c in children_of(told) if c.dep_ == "dobj" for t in subtree_of(c)]
            if lemma_of(told) == "join"
            else []
        )
        along = [
            t
            for w in (*subjects, told)
            for c in children_of(w)
            if c.dep_ == "prep" and c.lower_ in {"with", "alongside"}
            for t in subtree_of(c)
        ]
        if found := people.in_tokens(joined + along):
            others = [p for p in found if p not in meeting.people]
            return others, clause_occasion(sentence, own_clause(told), told_when=False)
    return None


# verbs of those who hold a gathering, at it themselves: "which A co-hosted with B"
# (the tagger's lemma of "co-hosted" is "co-hoste")
GATHERING_HOST_VERBS = frozenset("host co-host co-hoste cohost chair co-chair cochair convene".split())
GATHERING_WORDS = frozenset("summit conference forum meeting".split())


def hosts_of_the_gathering_they_attended(meeting: Found, people: People) -> tuple[list[Cluster], set[int]]:
    """Those a relative clause on the gathering an earlier meeting was held at says hosted it, and
    the words of that clause, which tell where it was: "The two had previously taken part together
    in the Visegrad summit in May, which A co-hosted in Prague with B" (A and B were there, in
    Prague); only for a meeting told as an earlier one ("previously", "last", "first"): the hosts
    of the news's own gathering are told by its own rules."""
    verb = meeting.verb
    if not any(c.dep_ == "advmod" and c.lower_ in EARLIER_ADVERBS for c in children_of(verb)):
        return [], set()
    clause = own_clause(verb)
    gatherings = [t.i for t in subtree_of(verb) if t.i in clause and lemma_of(t) in GATHERING_WORDS]
    # the parser may hang the clause on the date after the noun: "the summit on May 10, which"
    for told in subtree_of(verb):
        if told.dep_ != "relcl" or lemma_of(told) not in GATHERING_HOST_VERBS:
            continue
        if not any(i < told.i for i in gatherings):
            continue  # "which" of a gathering the clause names before it
        if not any(
            c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in {"which", "that"} for c in children_of(told)
        ):
            continue  # "which A hosted", not "where A hosted B"
        words = [
            t
            for c in children_of(told)
            if c.dep_ == "nsubj" or (c.dep_ == "prep" and c.lower_ in {"with", "alongside"})
            for t in subtree_of(c)
        ]
        hosts = [p for p in people.in_tokens(words) if p not in meeting.people]
        return hosts, {t.i for t in subtree_of(told)}
    return [], set()


def first_of_theirs(meeting: Found, told: list[Found]) -> Found | None:
    """The meeting told just before that a meeting noun with "first" only characterises, told by
    the same people with no place or day in its own words: "received a phone call from Raisi ...,
    in the first known conversation between the two leaders", "Xi is due to meet Kishida on
    Thursday, ... the first formal talks between the two leaders in a year", "spoke by phone with
    Yunus. It was the first conversation between the two leaders since Yunus took charge on
    August 8" (what came before "since" is another time), "was to meet Marape in Port Moresby,
    which would have been the first visit by a sitting U.S. president to the Pacific island nation"
    (one of its people; a place that only describes is none of its own); not "Their first meeting
    was in Osaka in 2019", which tells a meeting of its own."""
    trigger = meeting.trigger
    if not _a_first(trigger) or _own_place_or_day(trigger):
        return None
    names = {c.name for c in meeting.people}
    return next((m for m in reversed(told) if m is not meeting and names <= {c.name for c in m.people}), None)


def the_setting_told_before(meeting: Found, told: list[Found]) -> Found | None:
    """The meeting told earlier in the article that a clause of time only recalls as the
    setting of what its sentence tells next: "A met B in Nairobi on Monday. ... After meeting
    B, A addressed a business forum" (the meeting told, not a new one dated by whatever day the
    sentence before gives A); the clause is a participle with no subject of its own or a
    meeting noun, opened by "after", "before" or "following" ("after holding talks with B",
    "following talks with B"), with no place or day in its own words, and every one of its
    people met in that earlier meeting, in person. A clause with its own day or place ("After
    meeting B in Paris on Friday") tells a meeting of its own, and so does one with its own
    subject ("received B alone before the two men held talks": the next step); a noun with a
    determiner ("after the meeting with B", "after their talks") is a reference, which the
    article's references join."""
    if meeting.again or meeting.kind != "in_person" or len(meeting.people) < 2:
        return None
    clause = meeting.trigger
    if clause.dep_ == "dobj" and clause.head.pos_ == "VERB":
        clause = clause.head  # "after holding talks with B": the participle
    opened = (clause.dep_ in {"pcomp", "pobj"} and clause.head.lower_ in AFTER_OR_BEFORE) or (
        clause.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in AFTER_OR_BEFORE for c in children_of(clause))
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in children_of(clause))
    )
    names = {c.name for c in meeting.people}
    if clause is meeting.trigger and any(c.dep_ in {"det", "poss"} for c in children_of(clause)):
        return None  # "after the meeting with B", "after their talks": a reference, joined as one
    if not opened or _own_place_or_day(clause, but=names):
        return None
    return next(
        (
            m
            for m in reversed(told)
            if m is not meeting
            and m.kind == "in_person"
            and m.sentence.start < meeting.sentence.start
            and names <= {c.name for c in m.people}
        ),
        None,
    )


def first_since(meeting: Found, told: list[Found]) -> Found | None:
    """The meeting of more people told earlier in the article that a meeting noun told as the
    first "since" an earlier time characterises, where no sentence just before tells one of
    theirs: "The three leaders met for an hour. None spoke to reporters. A later called the
    meeting useful. It was his first encounter with B since May" (the meeting of the three, not
    one of its own); the same asked of :func:`first_of_theirs`, of every meeting told before. A
    noun of the same people as the meeting told stays a report of it, the pair that "the two
    leaders" of the next sentence means."""
    if not _told_since(meeting.trigger):
        return None
    earlier = first_of_theirs(meeting, told)
    return earlier if earlier is not None and len(earlier.people) > len(meeting.people) else None


def the_same_since(meeting: Found, told: list[Found]) -> Found | None:
    """The meeting of the same people told earlier in the article that a meeting noun told as the
    first "since" an earlier time, with no place or day of its own, characterises: "A met B in
    Moscow on Friday ... It was the first face-to-face meeting between A and B since October,
    when they met in Beijing" (Friday's, in Moscow; see :func:`first_since` for one of more
    people): the last held in person with a place or day to lend, past those that only retell it
    ("The two leaders discussed trade")."""
    trigger = meeting.trigger
    if not _told_since(trigger) or first_of_theirs(meeting, told) is None:
        return None
    names = {c.name for c in meeting.people}
    call = lemma_of(trigger) in CALL_NOUNS
    return next(
        (
            m
            for m in reversed(told)
            if (
                m.kind == meeting.kind == "in_person"
                or (m.kind in REMOTE_KINDS and (call or m.kind == meeting.kind))
            )
            and {c.name for c in m.people} == names
            and (m.place is not None or m.when is not None)
        ),
        None,
    )


def _told_since(trigger: Token) -> bool:
    """Whether a meeting noun is told as the first "since" an earlier time, or "in" a length of
    time ("the first talks in a decade"): in its own words ("the first talks since May"), beside
    it ("met for the first time since May") or in a clause of the verb that calls it so ("It was
    the first visit since the two countries cut ties in 2017", "since" opening a clause of "was")."""
    head = trigger.head
    if _called_a_first(trigger):  # "The call was the first conversation since May": the noun it is
        trigger = next(c for c in children_of(head) if c.dep_ == "attr")
    words_around = [
        *subtree_of(trigger),
        *children_of(head),
        *(m for c in children_of(head) if c.dep_ == "advcl" for m in children_of(c) if m.dep_ == "mark"),
    ]
    return any(
        (t.dep_ in {"prep", "mark"} and t.lower_ in SINCE) or _in_a_length_of_time(t) for t in words_around
    )


def _in_a_length_of_time(word: Token) -> bool:
    """ "in" before a length of time, as "since" that long ago: "the first meeting in a decade",
    "their first talks in more than two years"."""
    return (
        word.dep_ == "prep"
        and word.lower_ == "in"
        and any(
            g.dep_ == "pobj" and DURATION.match(span_text(g.doc[g.left_edge.i : g.i + 1]))
            for g in children_of(word)
        )
    )


def discussed(meeting: Found, told: list[Found]) -> Found | None:
    """The meeting told just before whose talk "the two leaders discussed ..." tells, with no
    place or day of its own, though the article puts them somewhere on another day: "Lula was
    received by Abiy at the National Palace on Friday. The two leaders discussed agriculture"); not
    one told as the past of the news in between ("Lula met Boric in Santiago on Monday. They last
    met in 2019. The two leaders discussed trade": Monday's talks), unless the sentence too tells
    the past."""
    verb = meeting.trigger
    if (
        verb.pos_ != "VERB"
        or verb.lemma_.lower() != "discuss"
        or meeting.again
        or not _the_two_as_subject(verb, counted=False)
    ):
        return None
    names = {c.name for c in meeting.people}
    past = is_background(span_text(meeting.sentence))
    return next(
        (
            m
            for m in reversed(told)
            if m is not meeting
            and {c.name for c in m.people} == names
            and meeting.place in (None, m.place)
            and meeting.when in (None, m.when)
            and (past or not is_background(span_text(m.sentence)))
        ),
        None,
    )


def retold(meeting: Found, told: list[Found]) -> Found | None:
    """The meeting of the same people told a sentence or two before, which a sentence tells again
    with no place, day or gathering of its own, as news does when it cites a source for each of
    several meetings it has just told ("A received B and C separately in X on Monday. D and E
    attended both meetings. B's office confirmed that B held a bilateral meeting with A, while
    C's broadcaster reported ..."): that meeting, not one on another day; not one told "again",
    nor one of fewer people or of a third side, nor a call (a call told again keeps to the article's
    references, which tell a call on a trip from the trip). Only one a source is cited for ("B's
    office confirmed that ...", "according to ..."), in a sentence that names no time at all
    ("Abiy, who arrived this evening, was received by Isaias" is the news, not a meeting told
    before)."""
    if (
        meeting.kind != "in_person"
        or not _from_a_source(meeting.verb)
        or any(e.label_ in {"DATE", "TIME"} for e in entities(meeting.sentence))
        or meeting.again
        or len(meeting.people) < 2
        or meeting.when is not None
        or meeting.place is not None
        or meeting.occasion is not None
    ):
        return None
    return next(
        (
            m
            for m in reversed(told)
            if m is not meeting
            and m.sentence.start < meeting.sentence.start
            and m.kind == meeting.kind
            and m.when is not None
            and _the_same_sides(meeting, m)
        ),
        None,
    )


def _the_same_sides(meeting: Found, told: Found) -> bool:
    """Whether a meeting told from a source has the people of one told before, but for those of
    its sides a later sentence had join it ("D and E attended both meetings": a minister of no
    other country); not one with a third leader of a country of its own (a three-way summit)."""
    names = {c.name for c in meeting.people}
    theirs = {c.name for c in told.people}
    countries = {c.country for c in meeting.people if c.country}
    return names <= theirs and all(
        c.country is None or c.country in countries for c in told.people if c.name not in names
    )


def _from_a_source(verb: Token) -> bool:
    """Whether a verb tells what a source said: the clause a verb of saying takes ("confirmed
    that A held talks with B"), or one "according to" someone."""
    return (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SAYING) or any(
        t.lower_ == "according" and t.nbor(1).lower_ == "to" for t in span_tokens(verb.sent)[:-1]
    )


def where_they_agreed(meeting: Found, told: list[Found]) -> Found | None:
    """The agreement two people made together just before, which a meeting the next words tell
    of "the two" with no day of its own, or that day, is where they made it (lending it its place):
    "A and B agreed on a deal on Thursday. The two prime ministers held talks in New Delhi"; not
    a meeting of people named ("B met C"), nor one on a day of its own."""
    if meeting.again or not _the_two_as_subject(meeting.verb, counted=True):
        return None
    names = {c.name for c in meeting.people}
    last = next((m for m in reversed(told) if m is not meeting), None)
    if (
        last is None
        or last.trigger.pos_ != "VERB"
        or lemma_of(last.trigger) not in AGREEING_VERBS
        or {c.name for c in last.people} != names
        or meeting.when not in (None, last.when)
        or last.place not in (None, meeting.place)
    ):
        return None
    return last


def _the_two_as_subject(verb: Token, *, counted: bool) -> bool:
    """Whether a verb has subjects and each is "the two" ("the two leaders", "they"): a plural
    reference naming no one, or, where ``counted``, a subject counted ("the two prime ministers")."""
    subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    return bool(subjects) and all(
        (
            s.lower_ in PLURAL_REFERENCES
            or (counted and any(c.dep_ == "nummod" and c.lower_ in COUNTED for c in children_of(s)))
            # "the two men", "both women": two people with no office, as "they" is
            or (s.lower_ in {"men", "women"} and any(c.lower_ in {"two", "both"} for c in children_of(s)))
        )
        and not any(t.ent_type_ == "PERSON" for t in subtree_of(s))
        for s in subjects
    )


def _called_a_first(noun: Token) -> bool:
    """A subject that "is" a meeting noun with "first": "The call was the first conversation
    between the two since March" (the call, told as the one the sentence characterises)."""
    return (
        noun.dep_ == "nsubj"
        and noun.head.lemma_ == "be"
        and any(
            c.dep_ == "attr"
            and nominal(c)
            and any(a.dep_ == "amod" and a.lower_ == "first" for a in children_of(c))
            for c in children_of(noun.head)
        )
    )


def characterised_since(meeting: Found) -> bool:
    """Whether a meeting is a noun with "first" that only characterises one told before as the
    first "since" an earlier time, with no place or day in its own words, whatever day the
    "since" clause gives ("It was his first trip to the kingdom since the two countries cut ties
    in June 2017": no meeting in June 2017)."""
    trigger = meeting.trigger
    return _a_first(trigger) and _told_since(trigger) and not _own_place_or_day(trigger)


def _a_first(trigger: Token) -> bool:
    """Whether a meeting noun with "first" characterises a meeting rather than telling one: "It
    was the first conversation between the two", "in the first known talks between them",
    "Xi met Kishida, an official said, the first talks in a year", "The call was the first
    between the two" (see :func:`_called_a_first`); not "Their first meeting was in Osaka"."""
    if not nominal(trigger):
        return False
    if _called_a_first(trigger):
        return True
    return (
        (trigger.dep_ in CHARACTERISED or _subject_after_its_verb(trigger))
        and not (trigger.dep_ == "pobj" and trigger.head.lower_ not in {"in", "as"})
        and any(c.dep_ == "amod" and c.lower_ == "first" for c in children_of(trigger))
    )


def _subject_after_its_verb(noun: Token) -> bool:
    """A subject set after "is" at a sentence's end, where the parser took an apposition for it:
    "Xi is due to meet Kishida on Thursday, an official said, the first talks in a year"."""
    return noun.dep_ == "nsubj" and noun.i > noun.head.i and noun.head.lemma_ == "be"


def _own_place_or_day(noun: Token, but: set[str] | frozenset[str] = frozenset()) -> bool:
    """Whether a meeting noun's own words name a place or a day, leaving out a "since" clause and
    a length of time ("in a year", "in five years"), and the names ``but`` of its people that
    the tagger took for a place ("talks with Modi", Modi a GPE)."""
    since = {
        t.i
        for s in subtree_of(noun)
        if s.lower_ == "since"
        for t in (subtree_of(s.head) if s.dep_ == "mark" else subtree_of(s))
    }
    words = {t.i for t in subtree_of(noun)} - since
    return any(
        (
            ent.label_ in {"GPE", "LOC", "FAC"}
            and ent.root.dep_ not in MODIFIERS
            and not _named(ent.text, but)
            and not _whose_people(ent.root)
        )
        or (ent.label_ == "DATE" and not DURATION.match(ent.text))
        for ent in doc_entities(noun.doc)[1]
        if ent.start in words
    )


def _named(words: str, names: set[str] | frozenset[str]) -> bool:
    """Whether ``words`` are one of ``names`` or a word of one ("Modi" of "Narendra Modi")."""
    return any(words == name or words in name.split() for name in names)


def _whose_people(place: Token) -> bool:
    """Whether a place only says whose people are meant: "the leaders of Chile and Bolivia", "the
    foreign ministers of the two countries" (a country after "of" on a word for people)."""
    while place.dep_ == "conj":
        place = place.head
    owner = place.head
    return (
        place.dep_ == "pobj"
        and owner.lower_ == "of"
        and (owner.head.lemma_.lower() in PERSON_WORDS or owner.head.lower_ in PLURAL_REFERENCES)
    )
