"""Meetings stated in a parsed article: who met whom, where, when, and what kind of meeting.

A meeting is found from a *trigger* (a verb such as "met", "hosted", "held talks", or a
noun such as "meeting", "talks", "call", "visit") and the people the parse links to it:
its subject and object, "with", "between" and "among" phrases, the agent of a passive, and
descriptions, pronouns, quotations and "both" resolved by :mod:`extract.people`. Where, when
and at which occasion come from the trigger's own clause (:mod:`extract.circumstances`). The
kind comes from the words around the trigger: a phone or video call, a plan ("will meet"), a
cancellation or denial; hypotheticals ("could meet"), negations and counts are no meeting.

Then the whole article is read as a reader would: a person's stated whereabouts carry to
their later meetings, people said to attend join the meeting just reported, a definite
reference ("the meeting") adds whom it names, and the lead sets the scene (place, occasion,
day) for meetings reported without their own.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from extract import dates, places
from extract.circumstances import (
    MEETING_NOUNS,
    VISIT_WORDS,
    clause_date,
    clause_occasion,
    clause_place,
    dateline_end,
    dateline_place,
    venue_in,
)
from extract.layout import CAPTION
from extract.people import PLURAL_REFERENCES, PRONOUNS, Cluster, People
from extract.records import DateSpan, Evidence, Meeting, MeetingKind, Occasion, Place
from extract.spans import entities

MEETING_VERBS = frozenset(
    "meet host receive welcome visit sit talk greet embrace hug negotiate confer".split()
)
CALL_VERBS = frozenset("speak call phone telephone dial".split())
VIDEO_WORDS = frozenset(
    ("video videoconference virtual virtually online teleconference videolink video-link").split()
)
PHONE_WORDS = frozenset("phone telephone phoned telephoned call calls phone-call".split())
CANCEL_WORDS = frozenset("cancel postpone scrap deny delay shelve call abandon suspend".split())
PLAN_WORDS = frozenset(
    "plan schedule expect due set intend prepare arrange agree propose likely poised slate".split()
)
PLAN_MODIFIERS = frozenset("upcoming planned forthcoming proposed scheduled next future".split())
HYPOTHETICAL_AUX = frozenset("could might may can should ought must".split())
WISHES = frozenset("ought should must hope want wish need urge seek".split())
CALLS_FOR = frozenset("call push press appeal ask plead lobby campaign".split())
WILLING = frozenset("willing ready open like happy prepared want hope keen".split())
OWN_CLAUSE_STOP = frozenset("relcl ccomp parataxis acl".split())
HOLDING_VERBS = frozenset("hold host organise organize convene arrange stage".split())
TRAVEL_VERBS = frozenset("travel fly go come arrive head visit".split())
ATTENDANCE_WORDS = frozenset(
    "accompanied attendance attended seated flanked joined alongside present participated".split()
)
ADJUNCT_PREPOSITIONS = frozenset("with amid after before following since despite like unlike".split())
MEDIA_WORDS = frozenset(
    "interview reporters journalists press television channel newspaper broadcaster radio media".split()
)
QUANTIFIERS = frozenset("several many multiple numerous few some number dozens".split())
VAGUE_MODIFIERS = frozenset(
    "previous past prior several many multiple numerous frequent regular countless".split()
)


@dataclass
class Found:
    """A meeting found in one sentence, before it becomes a record."""

    people: list[Cluster]
    delegations: list[str]
    kind: MeetingKind
    sentence: Span
    clause: set[int]
    verb: Token
    trigger: Token
    visit: bool = False
    place: Place | None = None
    occasion: Occasion | None = None
    when: DateSpan | None = None
    more: list[Span] = field(default_factory=list)

    def join(self, people: Iterable[Cluster], sentence: Span) -> None:
        """Add the people a later sentence says took part, and that sentence as evidence."""
        self.people += [p for p in people if p not in self.people]
        self.more.append(sentence)


def find_meetings(
    doc: Doc, people: People, *, doc_id: str, published: date | None, sentences: Iterable[Span] | None = None
) -> list[Meeting]:
    """Every meeting the sentences of ``doc`` state, one record per sentence and meeting."""
    found: list[Found] = []
    whereabouts: dict[str, tuple[Place | None, DateSpan | None]] = {}
    sentences = list(sentences if sentences is not None else doc.sents)
    for sentence in sentences:
        in_sentence: list[Found] = []
        if found and _delegation_of(sentence, people, found[-1]):
            continue
        for trigger in sentence:
            for meeting in _from_trigger(trigger, people, found + in_sentence):
                if any(
                    {c.name for c in m.people} == {c.name for c in meeting.people} and m.kind == meeting.kind
                    for m in in_sentence
                ):
                    continue
                meeting.place = clause_place(sentence, meeting.clause) or _place_around(meeting)
                meeting.occasion = clause_occasion(sentence, meeting.clause)
                meeting.when = clause_date(
                    sentence, meeting.clause, published, future=meeting.kind == "planned"
                )
                in_sentence.append(meeting)
        if not in_sentence and found:
            _note_attendance(sentence, people, found[-1])
        _note_whereabouts(sentence, people, published, whereabouts)
        for meeting in in_sentence:
            for person in meeting.people:
                place, when = whereabouts.get(person.name, (None, None))
                if meeting.place is None and place is not None and meeting.kind in {"in_person", "visit"}:
                    meeting.place = place
                if meeting.when is None and when is not None and meeting.kind in {"in_person", "visit"}:
                    meeting.when = when
        found += in_sentence
    found = _join_references(found, people)
    setting = _setting(sentences, found, people, published)
    for meeting in found:
        _set_the_scene(meeting, setting, published)
    found = _join_headline(found, sentences)
    return [_record(m, doc_id) for m in found if _reportable(m) and not _told_in_full(m, found)]


def _reportable(meeting: Found) -> bool:
    """Two or more named people; or one named person visiting, or calling off a trip, or meeting
    delegations named by country ("bilateral talks with Iran, Uzbekistan and Turkey")."""
    if len(meeting.people) >= 2:
        return True
    if len(meeting.people) == 1:
        return (
            meeting.kind == "visit"
            or (meeting.kind == "cancelled" and meeting.visit)
            or (meeting.kind == "in_person" and bool(meeting.delegations))
        )
    return False


def _join_references(found: list[Found], people: People) -> list[Found]:
    """ "the meeting", "that conversation": a definite reference to the meeting just reported.

    Undated, it adds whom it names to that meeting ("Modi had a bilateral meet in Kazan ... At
    the bilateral meet, Putin spoke of ..."; "Macron welcomes Xi ... von der Leyen thanked
    Macron for calling the meeting"). Dated, by the same people, it tells when that meeting,
    undated so far, was held ("Putin and Xi have already talked by video link. They held that
    conversation on December 20, 2022.")."""
    kept: list[Found] = []
    for meeting in found:
        definite = meeting.trigger.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_ in {"the", "that", "this"} for c in meeting.trigger.children
        )
        target = next((m for m in reversed(kept) if m.kind == meeting.kind == "in_person"), None)
        if (
            definite
            and meeting.when is None
            and target is not None
            and (set(target.people) & set(people.in_tokens(meeting.sentence)) or len(target.people) == 1)
        ):
            target.join(meeting.people, meeting.sentence)
            continue
        last = kept[-1] if kept else None
        if (
            definite
            and meeting.when is not None
            and last is not None
            and last.when is None
            and last.kind == meeting.kind
            and set(meeting.people) == set(last.people)
        ):
            last.when = meeting.when
            last.join(meeting.people, meeting.sentence)
            continue
        kept.append(meeting)
    return kept


def _join_headline(found: list[Found], sentences: list[Span]) -> list[Found]:
    """A headline's meeting is the one the article's next report of the same people and kind
    tells in full ("Putin, Xi conduct talks over encrypted video link" / "Xi and Putin are
    conducting talks on Friday over an encrypted video link"): one report, with what either
    says of the place, occasion and date, unless they disagree on it."""
    headline = next((s for s in sentences if s.text.strip()), None)  # a date line is blanked (layout)
    if len(found) < 2 or headline is None or found[0].sentence.start != headline.start:
        return found
    head = found[0]
    told = next(
        (m for m in found[1:] if m.kind == head.kind and set(m.people) == set(head.people)),
        None,
    )
    if told is None or any(
        a is not None and b is not None and a != b
        for a, b in [(head.place, told.place), (head.occasion, told.occasion), (head.when, told.when)]
    ):
        return found
    told.place, told.occasion = told.place or head.place, told.occasion or head.occasion
    told.when = told.when or head.when
    told.join(head.people, head.sentence)
    return found[1:]


@dataclass
class Setting:
    """Where the article's news happens, and who takes part in it."""

    place: Place
    occasion: Occasion | None = None
    people: list[Cluster] = field(default_factory=list)
    countries: set[str] = field(default_factory=set)


def _setting(
    sentences: list[Span], found: list[Found], people: People, published: date | None
) -> Setting | None:
    """The scene of the article's news: the place of the first meeting its headline or lead
    reports (or a venue named in that sentence, "... at Samarkand in Uzbekistan"), else a venue
    the lead gives a meeting ("Meeting in Riyadh ..."), else the city of its dateline
    ("MOSCOW (AP) —"). The lead meeting, if undated, is dated with the day of the news."""
    lead = [s for s in sentences if len(s) >= 6 and not CAPTION.search(s.text)][:8]
    starts = {s.start for s in lead}
    for meeting in found:
        if meeting.sentence.start not in starts or meeting.kind not in {"in_person", "visit"}:
            continue
        place = meeting.place or venue_in(meeting.sentence)
        if place is not None:
            countries = {p.country for p in meeting.people if p.country} | set(meeting.delegations)
            occasion = meeting.occasion or clause_occasion(meeting.sentence, {t.i for t in meeting.sentence})
            for other in found:
                if (
                    occasion is None
                    and other.sentence.start in starts
                    and set(other.people) & set(meeting.people)
                ):
                    occasion = other.occasion
            if meeting.when is None:
                meeting.when = _day_of_the_news(lead, meeting, people, published)
            return Setting(place, occasion, list(meeting.people), countries)
    unsettled = {m.sentence.start for m in found if m.kind not in {"in_person", "visit"}}
    for sentence in (s for s in lead if s.start not in unsettled):
        place = venue_in(sentence, of_meeting=True)
        if place is not None:
            return Setting(place, clause_occasion(sentence, {t.i for t in sentence}))
    for sentence in lead:
        if (place := dateline_place(sentence)) is not None:
            return Setting(place)
    return None


def _day_of_the_news(
    lead: list[Span], meeting: Found, people: People, published: date | None
) -> DateSpan | None:
    """The day of an undated lead meeting: the day, within the week before publication, on
    which the lead says one of its people acted ("China's top diplomat said Thursday ...",
    "Macron on Monday urged Xi ...")."""
    if published is None:
        return None
    for sentence in lead:
        opening = dateline_end(sentence)
        for ent in entities(sentence):
            if ent.label_ != "DATE" or ent.start_char < opening:
                continue
            span = dates.resolve(ent.text, published)
            if span is None or span.precision != "day" or span.start is None:
                continue
            if not _this_week(span, published):
                continue
            verbs = [a for a in [ent.root, *ent.root.ancestors] if a.pos_ in {"VERB", "AUX"}][:2]
            actors = [c for verb in verbs for c in _people_of(_subject(verb), people, [])[0]]
            if set(actors) & set(meeting.people):  # "said Thursday [Beijing would ...]" hangs loose
                return span
    return None


def _this_week(span: DateSpan, published: date | None) -> bool:
    """Whether a span starts within the week before publication: the article's news."""
    return published is not None and span.start is not None and 0 <= (published - span.start).days <= 7


def _set_the_scene(meeting: Found, setting: Setting | None, published: date | None) -> None:
    """A meeting reported with no place of its own is held where the article's news happens,
    when it is part of that news: held in person, by someone taking part in it (or, for a
    scene without named people, by one of its delegations), at the same occasion if it names
    one, and undated or dated within the week before publication."""
    if setting is None or meeting.place is not None or meeting.kind != "in_person":
        return
    if meeting.occasion is not None and setting.occasion is not None and meeting.occasion != setting.occasion:
        return
    if meeting.when is not None and not _this_week(meeting.when, published):
        return
    if meeting.when is None and any(
        e.label_ == "DATE" and e.root.i in meeting.clause for e in entities(meeting.sentence)
    ):
        return  # a date the article gives but that names no day ("in 2021"): not today's news
    countries = {p.country for p in meeting.people if p.country} | set(meeting.delegations)
    if setting.people:
        if not set(setting.people) & set(meeting.people):
            return
    elif setting.countries and not setting.countries & countries:
        return
    meeting.place = setting.place
    meeting.occasion = meeting.occasion or setting.occasion


def _told_in_full(report: Found, found: list[Found]) -> bool:
    """A visit with no named host, or a meeting with a delegation no one of which is named, is
    left out where the article names whom that person met (of that delegation's country)."""
    if len(report.people) != 1 or report.kind not in {"visit", "in_person"}:
        return False
    person = report.people[0]
    for other in found:
        if other is report or len(other.people) < 2 or person not in other.people or other.kind == "planned":
            continue
        if report.kind == "visit" or {p.country for p in other.people} >= set(report.delegations):
            return True
    return False


# -- triggers and participants -----------------------------------------------------------------
def _is_trigger(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if token.pos_ in {"VERB"}:
        if lemma in MEETING_VERBS:
            return not (lemma == "sit" and not any(c.lower_ == "down" for c in token.children))
        if lemma in CALL_VERBS:
            # "spoke with X", "called X", "phoned X"; not "called for cooperation",
            # "calling the meeting" or "called the response absurd"
            objects = [c for c in token.children if c.dep_ == "dobj"]
            return any(c.dep_ == "prep" and c.lower_ in {"with", "to", "on"} for c in token.children) or (
                lemma != "speak"
                and bool(objects)
                and all(c.ent_type_ == "PERSON" or c.lower_ in {"him", "her"} for c in objects)
                and not any(c.dep_ in {"oprd", "xcomp", "ccomp"} for c in token.children)
            )
        if lemma == "shake":
            return any(c.dep_ == "dobj" and c.lemma_.lower() == "hand" for c in token.children)
        return lemma in {"discuss", "tell"}
    if token.pos_ in {"NOUN", "PROPN"}:
        return lemma in MEETING_NOUNS or token.lower_ in MEETING_NOUNS
    return False


def _governor(trigger: Token) -> Token:
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


def _subject(verb: Token) -> list[Token]:
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


def _people_of(
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


def _from_trigger(trigger: Token, people: People, earlier: list[Found]) -> list[Found]:
    """The meetings one trigger states: usually one; one per counterpart when a single person
    "met A, B and C" or held "bilateral talks with" several."""
    if not _is_trigger(trigger) or _vague(trigger):
        return []
    verb = _governor(trigger)
    if verb.lemma_.lower() in {"join", "accompany"}:
        return []  # joining a meeting already reported adds no meeting of its own
    if {t.lower_ for t in trigger.sent} & MEDIA_WORDS and trigger.lemma_.lower() in {"speak", "talk", "tell"}:
        return []  # an interview or a press conference
    clause = own_clause(verb) | own_clause(trigger)
    for held in (c for c in trigger.children if c.dep_ == "acl" and c.lemma_.lower() in HOLDING_VERBS):
        clause |= own_clause(held)  # "a meeting held on September 16 in Samarkand"
    sentence = trigger.sent
    subject = _subject(verb)
    subjects, sides = _people_of(subject, people, earlier)
    if _thing_as_subject(trigger, subject, subjects or sides):
        return []  # "the proposal met with resistance from ..."
    if _headline(trigger.sent):
        subjects += [
            c for c in people.in_tokens(t for t in trigger.sent if t.i < verb.i) if c not in subjects
        ]
    elif not subjects and trigger.pos_ == "VERB":
        subjects = _named_before(verb, people)
    objects: list[Token] = [c for c in verb.children if c.dep_ in {"dobj", "dative", "attr"}]
    if verb.lemma_.lower() == "discuss":
        objects = [o for o in objects if people.at(o) is not None]  # "discussed Ukraine": a topic
    for token in (t for t in sentence if t.i in clause):
        if (token.dep_ == "prep" and token.lower_ in {"with", "between", "and", "among"}) or (
            token.dep_ == "prep"
            and token.lower_ in {"from", "by", "to"}
            and token.head.i in (trigger.i, verb.i)
        ):
            objects += [c for c in token.children if c.dep_ == "pobj"]
    if trigger.pos_ == "NOUN":
        objects += [
            c for c in trigger.children if c.dep_ == "poss" and c.lower_ not in {"their", "his", "her"}
        ]
    counterparts, delegations = _people_of(objects, people, earlier)
    delegations = sides + [d for d in delegations if d not in sides]  # "Russia and the US have started talks"
    counterparts = [c for c in counterparts if c not in subjects]
    found = subjects + counterparts
    lemma = trigger.lemma_.lower()
    if lemma == "tell" and not _has_venue(trigger):
        return []
    if lemma == "discuss" and (
        len(found) < 2 or any(c.lower_ in {"nothing", "none"} for c in trigger.children)
    ):
        return []
    if len(found) < 2 and lemma not in {"tell", "discuss"}:
        named = [c for c in people.in_tokens(t for t in sentence if t.i in clause) if c not in found]
        if len(found) + len(named) == 2:
            found += named
    if not found and not delegations and (verb.dep_ == "ROOT" or trigger.dep_ == "nsubjpass"):
        found = _held_by_the_speaker(trigger, verb, people)
    kind = _kind(trigger, verb, sentence, clause)
    if kind is None:
        return []
    back = next((m for m in reversed(earlier) if {c.name for c in m.people} == {c.name for c in found}), None)
    if kind == "in_person" and back is not None and _refers_back(_subject(verb)):
        kind = back.kind  # "the two talked about ..." continues the call just reported
    countries = {p.country for p in found}
    if len(found) >= 2 and not delegations and None not in countries and len(countries) == 1:
        return []  # colleagues of one government, not a diplomatic meeting
    if len(found) == 1 and lemma in VISIT_WORDS and kind == "in_person":
        kind = "visit"
    if not found and not (delegations and kind == "in_person"):
        return []
    groups = [found]
    if len(subjects) == 1 and len(counterparts) >= 2 and (lemma == "meet" or _bilateral(trigger)):
        groups = [[subjects[0], c] for c in counterparts]
    return [
        Found(g, delegations, kind, sentence, clause, verb, trigger, visit=lemma in VISIT_WORDS)
        for g in groups
    ]


def _thing_as_subject(trigger: Token, subject: list[Token], named: list[Cluster] | list[str]) -> bool:
    """A meeting verb whose subject is a thing, not a person or a country: "the proposal met
    with resistance"."""
    if trigger.pos_ != "VERB" or not subject or named or _headline(trigger.sent):
        return False
    return all(t.pos_ in {"NOUN", "PROPN"} and t.ent_type_ not in {"PERSON", "GPE", "NORP"} for t in subject)


def _held_by_the_speaker(trigger: Token, verb: Token, people: People) -> list[Cluster]:
    """ "Productive talks were held in July ...," Putin said: talks held, in the speaker's own
    words, with no one named, are the speaker's with the peer the article is about."""
    if trigger.dep_ != "nsubjpass" and not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    speaker = people.in_quote(trigger, speaker=True)
    return [speaker, *people.peer_of(speaker)] if speaker is not None else []


def _headline(sentence: Span) -> bool:
    """A title-cased headline, whose parse is too loose to trust for subjects."""
    words = [t for t in sentence if t.is_alpha and len(t) > 3]
    return len(words) >= 4 and sum(t.is_title for t in words) >= 0.8 * len(words)


def _named_before(verb: Token, people: People) -> list[Cluster]:
    """Where the parse gives a verb no subject, the last person named before it in the sentence
    ("On the sidelines of UNGA, Jaishankar, who is visiting the US, met ...")."""
    before = people.in_tokens(t for t in verb.sent if t.i < verb.i)
    return before[-1:]


def _refers_back(subjects: list[Token]) -> bool:
    return any(t.lower_ in PLURAL_REFERENCES for s in subjects for t in s.subtree)


def _bilateral(trigger: Token) -> bool:
    return any(c.lower_ in {"bilateral", "separate", "individual"} for c in trigger.children)


def _vague(trigger: Token) -> bool:
    """Counts and vague references are no meeting: "have held four meetings", "in previous talks",
    "the second time that the two had met" (a meeting reported elsewhere, counted)."""
    for token in trigger.sent:
        counted = token.lemma_.lower() == "time" and any(
            c.dep_ in {"amod", "nummod"} or c.lower_ in QUANTIFIERS for c in token.children
        )
        if counted and (token.lower_ == "times" or trigger.dep_ in {"relcl", "acl", "ccomp"}):
            return True  # "spoken several times", "the second time that the two had met"
    for child in trigger.children:
        if child.dep_ == "nummod" and child.lower_ not in {"one", "1"}:
            return True
        if child.lower_ in VAGUE_MODIFIERS:
            return True
    return False


def _has_venue(trigger: Token) -> bool:
    """ "told X at a summit in Peru": telling in person, at a stated venue."""
    return any(child.dep_ == "prep" and child.lower_ in {"at", "during", "on"} for child in trigger.children)


# -- kind ---------------------------------------------------------------------------------------
def _scope(trigger: Token) -> list[Token]:
    """The trigger and the words above it that can make it a plan, a cancellation or a
    hypothesis: "will take part in a meeting", "denied reports that they will meet". An
    adjunct ends the chain: "Beijing may be taking stock, with a visit from Lavrov" states
    the visit, whatever the modal on "taking"."""
    chain = [trigger]
    token = trigger
    while token.head.i != token.i:
        if token.dep_ == "pobj" and token.head.lower_ in ADJUNCT_PREPOSITIONS:
            break
        token = token.head
        chain.append(token)
    return chain


def _courtesy_call(trigger: Token) -> bool:
    return trigger.lemma_.lower() == "call" and any(
        c.dep_ == "prep" and c.lower_ == "on" for c in trigger.children
    )


def _kind(trigger: Token, verb: Token, sentence: Span, clause: set[int]) -> MeetingKind | None:
    near = [t for t in sentence if t.i in clause]
    chain = _scope(trigger)
    pairs = list(itertools.pairwise(chain))
    lemmas = {t.lemma_.lower() for t in chain}
    words = {t.lower_ for t in near} | {t.lower_ for t in chain}
    if any(t.dep_ == "neg" for t in (*trigger.children, *verb.children)) or any(
        c.dep_ == "det" and c.lower_ in {"no", "any"} for t in chain[:4] for c in t.children
    ):
        return None  # "did not meet", "no arrangements for a meeting of any sort"
    auxiliaries = {c.lower_ for t in chain[:4] for c in t.children if c.dep_ in {"aux", "auxpass"}}
    if (
        auxiliaries & HYPOTHETICAL_AUX
        or any(up.lemma_.lower() in WISHES and down.dep_ in {"xcomp", "ccomp", "dobj"} for down, up in pairs)
        or any(t.lower_ in {"if", "unless", "whether"} for t in near)
        or (trigger.dep_ == "pobj" and trigger.head.lower_ == "for" and trigger.head.head.lemma_ in CALLS_FOR)
    ):
        return None  # "could meet", "ought to meet", "called for talks with ..."
    if "would" in auxiliaries and words & WILLING:
        return None
    # a clause joined to the trigger's: "were due to hold talks, but the trip was canceled"
    contrast = [t for above in chain for c in above.conjuncts for t in c.subtree]
    if (
        lemmas & CANCEL_WORDS - {"call"}
        or {t.lemma_.lower() for t in contrast} & CANCEL_WORDS - {"call"}
        or ({"off"} & words and "call" in lemmas)
        or words & {"cancelled", "canceled", "postponed", "cancellation", "postponement", "denied"}
    ):
        return "cancelled"
    headline_future = verb.dep_ == "ROOT" and "to" in {c.lower_ for c in verb.children if c.dep_ == "aux"}
    future = (
        auxiliaries & {"will", "shall", "'ll", "would"}
        or lemmas & PLAN_WORDS
        or {c.lower_ for c in trigger.children} & PLAN_MODIFIERS
        or headline_future
    )
    if future or (trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in PLAN_WORDS | {"go", "travel"}):
        return "planned"
    if words & VIDEO_WORDS:
        return "video"
    if _courtesy_call(trigger):
        return "in_person"  # "called on Vice President Han Zheng in Beijing"
    if words & PHONE_WORDS or trigger.lemma_.lower() in CALL_VERBS - {"speak"}:
        return "phone"
    return "in_person"


# -- where, at which occasion, when ---------------------------------------------------------------


def _place_around(meeting: Found) -> Place | None:
    """A place the clause points to from outside: "in Jakarta, where both will take part in a
    meeting"; for a visit, the host government named by its capital or country ("Beijing ...,
    with a visit from Lavrov" is a visit to China, city unsaid)."""
    verb = meeting.verb
    if (
        verb.dep_ == "relcl"
        and any(c.lower_ == "where" for c in verb.children)
        and verb.head.ent_type_ == "GPE"
    ):
        ent = next(e for e in entities(meeting.sentence) if e.start <= verb.head.i < e.end)
        return places.resolve_place(ent.text)
    if meeting.kind == "visit":
        for subject in _subject(verb):
            if subject.ent_type_ == "GPE":
                host = places.resolve_place(subject.text)
                return Place(country=host.country) if host and host.country else None
    if verb.dep_ in {"xcomp", "advcl"} and verb.head.lemma_.lower() in TRAVEL_VERBS:
        return clause_place(meeting.sentence, own_clause(verb.head))  # "will travel to Washington to meet"
    return None


def _delegation_of(sentence: Span, people: People, meeting: Found) -> bool:
    """A delegation's line-up joins the meeting just reported: "Lavrov, Ushakov and Dmitriev
    make up Russia's team at the talks", "the delegation is made up of Rubio, Waltz and Witkoff"."""
    if meeting.kind != "in_person" or sentence.start - meeting.sentence.end > 60:
        return False
    lemmas = {t.lemma_.lower() for t in sentence}
    if not lemmas & {"team", "delegation", "side"} or not (
        ("make" in lemmas and "up" in lemmas) or lemmas & {"comprise", "consist", "include", "lead", "head"}
    ):
        return False
    named = [c for c in people.in_tokens(_not_possessive(sentence)) if c not in meeting.people]
    if not named:
        return False
    meeting.join(named, sentence)
    return True


def _not_possessive(sentence: Span) -> list[Token]:
    """The words of a sentence but for possessors: "Trump's special envoy Witkoff" names Witkoff."""
    return [t for t in sentence if t.dep_ != "poss" and not (t.dep_ == "compound" and t.head.dep_ == "poss")]


def _note_attendance(sentence: Span, people: People, meeting: Found) -> None:
    """People said to attend the meeting just reported join it: "With Rubio were Mike Waltz and
    Steve Witkoff", "Lavrov was seated beside Yuri Ushakov", "Al-Aiban was in attendance as well"."""
    if meeting.kind != "in_person" or len(meeting.more) >= 3 or sentence.start - meeting.sentence.end > 40:
        return
    words = {t.lower_ for t in sentence}
    named = people.in_tokens(_not_possessive(sentence))
    with_were = sentence[0].lower_ == "with" and any(t.lemma_ == "be" for t in sentence[:8])
    if not (words & ATTENDANCE_WORDS or with_were) or not named:
        return
    if not (set(named) & set(meeting.people) or words & {"attendance", "attended", "present"}):
        return
    if set(named) - set(meeting.people):
        meeting.join(named, sentence)


def _note_whereabouts(
    sentence: Span,
    people: People,
    published: date | None,
    whereabouts: dict[str, tuple[Place | None, DateSpan | None]],
) -> None:
    """Remember where a person is said to be ("Sun, who was in Moscow on Monday and Tuesday"),
    so that "He also met ..." in a later sentence inherits the place and the days."""
    for token in sentence:
        if token.lemma_ not in {"be", "arrive", "travel", "visit"}:
            continue
        subjects = _subject(token)
        clusters = (
            [people.at(s) for s in subjects] + [people.at(token.head)]
            if token.dep_ == "relcl"
            else [people.at(s) for s in subjects]
        )
        clause = own_clause(token)
        place = clause_place(sentence, clause)
        if place is None:
            continue
        when = clause_date(sentence, clause, published, future=False)
        for cluster in clusters:
            if cluster is not None:
                whereabouts[cluster.name] = (place, when)


def _record(found: Found, doc_id: str) -> Meeting:
    sentence = found.sentence
    countries: list[str] = []
    host = [found.place.country] if found.kind == "visit" and found.place else []
    for country in [p.country for p in found.people] + found.delegations + host:
        if country and country not in countries:
            countries.append(country)
    evidence = tuple(_evidence(s, doc_id) for s in [sentence, *found.more])
    return Meeting(
        doc=doc_id,
        participants=tuple(p.record() for p in found.people),
        countries=tuple(countries),
        place=found.place,
        occasion=found.occasion,
        date=found.when,
        kind=found.kind,
        evidence=evidence,
    )


def _evidence(sentence: Span, doc_id: str) -> Evidence:
    text = sentence.text.strip()
    start = sentence.start_char + (len(sentence.text) - len(sentence.text.lstrip()))
    return Evidence(doc=doc_id, text=text, start=start, end=start + len(text))


# -- a cheap test before parsing ----------------------------------------------------------------
IRREGULAR_TRIGGER_FORMS = frozenset(
    "met sat sitting spoke spoken told conferred conferring dialled dialling dialed dialing hugged "
    "hugging tripped tripping".split()
)


def _trigger_forms_pattern() -> re.Pattern[str]:
    """Every spelling whose lemma can be a trigger's: each trigger word (and "discuss", "tell"),
    with any suffix the lemmatizer takes off (-s, -es, -ed, -ing, -er, -est, -ies for -y, a
    final e dropped before them), and the irregular forms; as whole words, in any case."""
    stems: set[str] = set(IRREGULAR_TRIGGER_FORMS)
    for word in MEETING_VERBS | CALL_VERBS | MEETING_NOUNS | {"discuss", "tell"}:
        stems.add(word)
        if word.endswith(("e", "y")):
            stems.add(word[:-1])
    words = "|".join(sorted(stems, key=len, reverse=True))
    return re.compile(rf"(?<![A-Za-z])(?:{words})(?:s|es|ed|ing|er|est|ies)?(?![A-Za-z])", re.IGNORECASE)


TRIGGER_FORMS = _trigger_forms_pattern()


def could_report_a_meeting(text: str) -> bool:
    """Whether ``text`` holds any word that could be a meeting's trigger; a text without one
    states no meeting, so it need not be parsed (a superset test: many texts that pass state
    none).

    >>> could_report_a_meeting("Wang Yi met Sergey Lavrov."), could_report_a_meeting("Talks: soon")
    (True, True)
    >>> could_report_a_meeting("Oil prices fell on Tuesday; the metal market was calm.")
    False
    """
    return TRIGGER_FORMS.search(text) is not None
