"""Reading the whole article as a reader would: a person's stated whereabouts carry to their
later meetings, a definite reference ("the meeting") adds whom it names, a headline's meeting is
the one the article tells in full, tellings of one meeting fold together, and a meeting placed
only in a country or at a summit takes the city the article names for it. The scene the lead
sets is read in :mod:`extract.scene`, who else attended in :mod:`extract.attendance`, and the
day of a meeting told beside another in :mod:`extract.sameday`."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from spacy.tokens import Span, Token

from extract import dates, occasions, places
from extract.circumstances import (
    LINKED_NOUNS,
    at_another_time,
    clause_occasion,
    clause_place,
    gathering_at_another_time,
    in_clause,
    is_venue,
    occasion_named_before,
    only_asked_or_wished,
    place_spans,
    unplaced_venue,
)
from extract.datelines import the_lead
from extract.found import Found
from extract.gatherings import (
    ANOTHER_EDITION,
    GATHERING_NOUNS,
    POINTING_BACK,
    SETTING_NOUNS,
    TOLD_BY_ITS_WORD,
    a_gathering_of_its_own,
    gathering_noun,
    gatherings_named,
    margins_occasion,
    named_as_it_runs,
    of_its_sort,
    on_its_margins,
    told_as_a_visits_talks,
)
from extract.kinds import (
    ATTENDING,
    CALL_NOUNS,
    REMOTE_KINDS,
    TO_COME,
    VIDEO_WORDS,
    called_off,
    past_perfect,
    told_as_a_past_plan,
    under_a_plan_gone_by,
)
from extract.layout import a_caption_line
from extract.participants import (
    group_size,
    in_the_presence_of,
    is_headline,
    nominal,
    own_clause,
    people_of,
    subject_of,
    with_them,
)
from extract.people import PERSON_NOUNS, Cluster, People
from extract.places import is_venue_name, resolve_place, within
from extract.records import DateSpan, Occasion, Place
from extract.roles import find_role
from extract.spans import (
    ancestors_of,
    children_of,
    clause_tokens,
    doc_sentences,
    doc_text,
    doc_tokens,
    entities,
    passive_agents,
    prep_objects,
    span_text,
    span_tokens,
    subtree_of,
    verb_above,
)
from extract.timing import DAY_GATHERINGS, LASTING_VERBS, clause_date, told_to_come
from extract.titles import OFFICES, office_word
from extract.told import is_background
from extract.triggers import TRIGGER_POS, TRIP_VERBS, is_trigger, lemma_of, vague
from extract.trips import days_of_the_stay, in_own_country
from extract.vocabulary import AFTER_OR_BEFORE, MARGIN_WORDS, VISIT_WORDS
from extract.whereabouts import TRIP_NOUNS, CameFrom, Trip, came_from

# The kinds of meeting others sit in on: at the table, or in the room of a call ("Cai Qi and Wang
# Yi were present at the video call").
ATTENDED_KINDS = frozenset({"in_person", "video", "phone"})


def join_references(found: list[Found], people: People, published: date | None = None) -> list[Found]:
    """ "the meeting", "that conversation": a definite reference to the meeting just reported.

    Undated, it adds whom it names to that meeting ("Modi had a bilateral meet in Kazan ... At
    the bilateral meet, Putin spoke of ..."; "Macron welcomes Xi ... von der Leyen thanked
    Macron for calling the meeting"). Dated, by the same people, it tells when that meeting,
    undated so far, was held ("Putin and Xi have already talked by video link. They held that
    conversation on December 20, 2022."). A reference in a sentence of the news is to the news,
    not to a meeting told as its past in between ("Blinken was received by Xi in June. Biden,
    asked at a news conference after the talks, ..." are the talks of the news)."""
    kept: list[Found] = []
    for meeting in found:
        definite = (
            nominal(meeting.trigger) and definite_word(meeting.trigger) and not _earlier(meeting.trigger)
        )
        pointed = _that_one_told_just_before(meeting, kept, published)  # "At that meeting they ..."
        news = not of_the_past(meeting, published) and not pointed
        target = next(
            (
                m
                for m in reversed(kept)
                if m.kind == meeting.kind == "in_person" and not (news and of_the_past(m, published))
            ),
            None,
        )
        named = set(meeting.people)
        framed = _framing(meeting.trigger)
        if framed and len(named) >= 2:
            # "During the talks with Bagheri Kani, Safadi stressed": a statement framed in the
            # talks told with them, not in a courtesy call on another told since
            covering = _covering(named, kept, news, published)
            # "During the visit, Marcos also met Li": a trip frames another of its meetings, with
            # one no meeting told before had, not the talks just told
            trip = lemma_of(meeting.trigger) in TRIP_NOUNS
            target = covering or (None if trip else target)
        elif definite and target is not None and len(named) == 1 and not named <= set(target.people):
            # '"...," Yoon said at the start of the talks' after "Yoon and Ishiba held a summit. It
            # came hours after Ishiba held talks with Li": the talks of all those the sentence names
            in_sentence = set(people.in_tokens(meeting.sentence))
            if len(in_sentence) >= 2:
                target = _covering(in_sentence, kept, news, published) or target
        if definite and (owners := _named_on_the_word(meeting.trigger, people)):
            # "The Xi meeting came at the end of the trip": the meeting told with Xi, not the last one
            target = _covering(owners, kept, news, published) or target
        if framed and (told := _told_with_them(meeting, kept, people, news, published)) is not None:
            told.join([], meeting.sentence)  # "During his meeting with B, the President stressed ..."
            continue
        if (
            not framed
            and meeting.kind == "in_person"
            and meeting.trigger.dep_ in {"nsubj", "nsubjpass"}
            and not dated_in_its_clause(meeting)
            and (told := _told_with_them(meeting, kept, people, news, published)) is not None
        ):
            told.join([], meeting.sentence)  # "His meeting with B, the first since ..., focused on ..."
            continue
        if definite and target is not None and _names_another_side(meeting, target, people):
            # "A and B held talks ... A will then hold a meeting with C ... A will leave after the
            # meeting with C": the meeting told with C, not the talks just told
            told = next((m for m in reversed(kept) if set(meeting.people) <= set(m.people)), None)
            if told is not None and not in_other_countries(meeting.place, told.place):
                told.join([], meeting.sentence)
                continue
            target = None
        # "During the meeting, A renewed the invitation for B to the summit in Rome in May": the
        # words only frame a statement, whose place and day are not those of the meeting told
        bare = framed and _framing_alone(meeting.trigger) and target is not None and target.when is not None
        if (
            definite
            and (meeting.when is None or bare)
            and target is not None
            and (
                set(target.people) & set(people.in_tokens(meeting.sentence))
                or (pointed and set(meeting.people) <= set(target.people))
                # not one who only attended or left the gathering: "A left the summit early. B also
                # attended the summit" (they shared it, and met no one)
                or (len(target.people) == 1 and not target.only_there)
                or _looking_on_alone(meeting, people)
                or _named_by_their_number(meeting, target, people)
            )
            and (bare or not in_other_countries(meeting.place, target.place))
            and not _another_sort(meeting, target)
            # "X was welcomed at the airport by Y. The trilateral meeting of X, Y and Z took
            # place at the palace": the welcome is a meeting of its own, not the talks of more
            and not (target.on_arrival and not set(meeting.people) <= set(target.people))
            and len(target.delegations) < 2  # "bilateral talks with Iran, Uzbekistan and Turkey": a round
            and not _called_about(meeting, found)
            and not a_larger_gathering(meeting, target)
        ):
            target.join(meeting.people, meeting.sentence)
            if within(meeting.place, target.place) and not bare:
                target.place = meeting.place  # "met in Qatar ... the meeting started at 4pm in Doha"
            if target.occasion is None and not bare and _at_the_gathering(meeting):
                # "A and B held talks on Friday. The meeting, on the sidelines of the G20 summit,
                # was the first between them": the gathering it was held at
                target.occasion = meeting.occasion
            continue
        if target is not None and _theirs_again(meeting, target):
            target.join(meeting.people, meeting.sentence)  # "At a joint press conference after
            continue  # their meeting, B said": the meeting of the group just told, not another
        if definite and (plan := _the_plan_again(meeting, kept)) is not None:
            plan.join([], meeting.sentence)  # "canceled the summit he had planned with Putin ...
            plan.place = plan.place or meeting.place  # ... said of the proposed summit in Budapest"
            continue
        last = kept[-1] if kept else None
        if last is not None and (_the_call_again(meeting, last) or _framed_in_the_call(meeting, last)):
            last.join(meeting.people, meeting.sentence)
            continue
        if last is not None and _on_the_call_of_one(meeting, last):
            last.join(
                meeting.people, meeting.sentence
            )  # "A hosted a video call. B and C took part in the call"
            continue
        if (
            definite
            and meeting.when is not None
            and last is not None
            and last.when is None
            and last.kind == meeting.kind
            and set(meeting.people) == set(last.people)
            # "This was their first meeting at the White House. They had previously taken part in
            # the summit on May 10": a meeting told as the past of one told as news is another
            and (before_the_news(last) or not before_the_news(meeting))
        ):
            last.when = meeting.when
            last.join(meeting.people, meeting.sentence)
            continue
        kept.append(meeting)
    return kept


def _that_one_told_just_before(reference: Found, kept: list[Found], published: date | None) -> bool:
    """Whether "that meeting" points back past the news to a meeting told as its past in the
    sentence just before: "They had already met in Madrid on April 15. At that meeting they
    agreed to hold the summit in Portugal" (the meeting of April 15, not the news). "that" says
    the one just named, as "the" does not ("the talks" after it are still the news)."""
    trigger = reference.trigger
    if not any(c.dep_ == "det" and c.lower_ == "that" for c in children_of(trigger)) or not kept:
        return False
    sentence = reference.sentence
    if sentence.start == 0:
        return False
    before = sentence.doc[sentence.start - 1].sent.start
    told = [m for m in kept if m.sentence.start == before and m.kind == "in_person"]
    return (
        bool(told)
        and told[-1] is next(m for m in reversed(kept) if m.kind == "in_person")
        and all(of_the_past(m, published) for m in told)
    )


SETTING_PREPOSITIONS = frozenset("on at during".split())


def _at_the_gathering(reference: Found) -> bool:
    """Whether a reference to the meeting just told is set at a gathering by a phrase of its own:
    "The meeting, on the sidelines of the G20 summit, was ...", "The talks, held at the summit,
    ..."; not one whose sentence names a gathering elsewhere ("the first engagement since he
    flew home from Paris, where he attended the G7 summit"), nor the gathering itself ("ahead of
    the 24th Meeting of the Council of Heads of State": a name, capitalised), nor one told as
    before or after it."""
    trigger = reference.trigger
    if not trigger.text[:1].islower() or gathering_at_another_time(reference.sentence):
        return False
    held = [trigger, *(c for c in children_of(trigger) if c.dep_ == "acl")]
    if any(c.dep_ == "prep" and c.lower_ in SETTING_PREPOSITIONS for h in held for c in children_of(h)):
        return True
    # the phrase set off between the reference and its verb, which the parser hangs on the verb;
    # after the verb where that verb only says it happened ("the meeting with B took place on the
    # sidelines of those meetings", "the talks were held at the summit")
    verb = trigger.head
    after = _told_to_happen(verb)
    return trigger.dep_ in {"nsubj", "nsubjpass"} and any(
        c.dep_ == "prep" and c.lower_ in SETTING_PREPOSITIONS and trigger.i < c.i and (after or c.i < verb.i)
        for c in children_of(verb)
    )


def _told_to_happen(verb: Token) -> bool:
    """Whether a verb says no more of its subject than that it happened: "took place", "was held"."""
    lemma = lemma_of(verb)
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in children_of(verb))
    return lemma == "hold" and any(c.dep_ == "auxpass" for c in children_of(verb))


def a_larger_gathering(reference: Found, told: Found) -> bool:
    """Whether "the meeting", told with words of its own kind ("the ministerial meeting", "the
    regional summit"), names people of two countries or more that the meeting told before has no
    one of: a gathering of more delegations, another meeting than the talks of a few of them ("A
    earlier held talks with B ... The day culminated in the ministerial meeting, which brought
    together B, A, C, D and E"); not a mention of those talks ("The meeting was attended by the
    emir and C", who sat in on them), nor one that names one more party ("von der Leyen thanked
    Macron for calling the meeting") or more of the same delegations."""
    return described(reference.trigger, told.kind) and more_delegations(reference.people, told)


def described(noun: Token, held: str | None = None) -> bool:
    """Whether a meeting noun is told with a word of its own kind before it: "the ministerial
    meeting", "the C5+1 meeting", "the regional summit"; not "the meeting" or "the same talks",
    nor a word that only tells how a meeting told before by video was held ("the online meeting",
    "the virtual summit", "the video conference" after a summit "held via videoconference":
    that summit, told again)."""
    plain = PLAIN_WORDS | VIDEO_WORDS if held == "video" else PLAIN_WORDS
    return any(
        c.dep_ in {"amod", "compound", "nmod"} and c.lower_ not in plain and c.pos_ != "NUM"
        for c in children_of(noun)
    )


# words before a meeting noun that tell nothing of its kind
PLAIN_WORDS = frozenset("same first last latest earlier later whole entire".split())


def more_delegations(named: list[Cluster], told: Found) -> bool:
    """Whether ``named`` holds people of two countries or more that none of the people (or
    delegations) of meeting ``told`` is of. A meeting told with one person named (the others by a
    word the reader resolves, "the European six met with Vucic") takes whoever is named."""
    if len(told.people) < 2:
        return False
    theirs = {p.country for p in told.people if p.country} | set(told.delegations)
    others = {p.country for p in named if p.country and p not in told.people} - theirs
    return len(others) >= 2


def _theirs_again(reference: Found, target: Found) -> bool:
    """Whether a meeting noun owned by "their", with no day, place or "previous" of its own words,
    is the meeting just told whose people "their" means: "the leaders held talks with B in Kyiv
    ... At a joint press conference after their meeting, B said" (their meeting is those talks,
    wherever the people were said to be before)."""
    noun = reference.trigger
    return (
        nominal(noun)
        and any(c.dep_ == "poss" and c.lower_ == "their" for c in children_of(noun))
        and not _earlier(noun)
        and reference.when is None
        and reference.kind == target.kind == "in_person"
        and len(reference.people) >= 2
        and set(reference.people) <= set(target.people)
        and not any(t.ent_type_ in {"GPE", "LOC", "FAC", "DATE"} for t in subtree_of(noun))
    )


def _named_by_their_number(reference: Found, target: Found, people: People) -> bool:
    """Whether a reference's sentence names the people of the meeting just told by their number,
    as joined, accompanied or flanked by those it names: "The talks began with the two presidents
    joined only by B and C" (B and C sat in on the presidents' talks, no meeting of their own),
    "both leaders, accompanied by B and C"; not "the two ministers, B and C" (the count is theirs)."""
    named = set(reference.people)
    for token in span_tokens(reference.sentence):
        if group_size(token) != len(target.people) or token.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        if any(people.at(t) in named for t in subtree_of(token)):
            continue
        agents = [c for c in children_of(token.head) if c.dep_ == "agent"]
        if any(people.at(t) in named for a in agents for t in subtree_of(a)):
            return True
    return False


def _looking_on_alone(reference: Found, people: People) -> bool:
    """Whether the only people a sentence on "the meeting" names are those it was held "in the
    presence of" ("The meeting was held in the presence of A and B, who facilitated it"): they
    sat in on the meeting told just before, which they join, and met no one of their own. The
    parser hangs the later of them anywhere ("B" as an apposition of "the meeting"): all those
    named come after the first one present."""
    present = [g.i for token in reference.sentence for g in in_the_presence_of(token)]
    named = [token.i for token in reference.sentence if people.at(token) is not None]
    # all named after "in the presence of", whatever the parser hangs the later ones on
    return bool(present) and bool(named) and min(named) >= min(present) > reference.trigger.i


def _told_with_them(
    reference: Found, kept: list[Found], people: People, news: bool, published: date | None
) -> Found | None:
    """The meeting told before that "his meeting with B" sets the scene in, in a sentence that
    frames a statement with it ("During his meeting with B, the President stressed ..."): the
    latest held in person with all those its own "with" names, at no other place or day. "His"
    is someone of that meeting, who may be named only by a title the reference cannot trust."""
    noun = reference.trigger
    met = set(with_them(noun, people))
    if not met or not any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in children_of(noun)):
        return None
    told = _covering(met, kept, news, published)
    if told is None and news:
        # "Modi, who reached Kazan on Tuesday, had held separate meetings with Putin and Pezeshkian
        # that day. During his talks with Putin, ...": told in the pluperfect, on a day of the
        # news' week, it is still the meeting "his talks" go back to
        told = _covering(
            met, [m for m in kept if m.when is not None and this_week(m.when, published)], False, published
        )
    if (
        told is None
        or in_other_countries(reference.place, told.place)
        or (None not in (reference.when, told.when) and reference.when != told.when)
    ):
        return None
    return told


# the parts of an event's time a phrase sets what a sentence tells in: "at the start of the visit",
# "on the first day of the talks", "in the course of the visit", "within the framework of the
# visit", "as part of the visit"
TIME_PARTS = frozenset("start beginning end close outset course day framework part".split())
PARTS_PREPOSITIONS = frozenset("at on in during within towards toward by as".split())


def _framing(noun: Token) -> bool:
    """Whether a meeting word sets the scene of what its sentence tells: "During the talks, ...",
    "At the meeting, ...", "In the meeting, ...", or a part of its time: "At the start of the visit,
    A held talks with B" (a trip frames another of its meetings, as "During the visit" does), "On
    the second day of the talks, ...", "In the course of the visit, ..."."""
    if noun.dep_ != "pobj":
        return False
    if noun.head.lower_ in {"during", "at", "in"}:
        return True
    part = noun.head.head
    return (
        noun.head.lower_ == "of"
        and part.dep_ == "pobj"
        and part.lemma_.lower() in TIME_PARTS
        and part.head.lower_ in PARTS_PREPOSITIONS
    )


def _framing_alone(noun: Token) -> bool:
    """Whether a meeting word only sets the scene of what its sentence tells, with nothing of
    its own but "the", "this" or "that": "During the meeting, A invited B to Rome in May" (Rome
    and May are the invitation's), "During this conversation, A told B ...", not "At the meeting
    in Doha on Monday" nor "during his talks with B". A gathering is not the meeting told
    ("Addressing the leaders at the summit, A said")."""
    return (
        [c.lower_ for c in children_of(noun)] in (["the"], ["this"], ["that"])
        and noun.head.head.pos_ in {"VERB", "AUX"}
        and lemma_of(noun) not in GATHERINGS
    )


def _named_on_the_word(word: Token, people: People) -> set[Cluster]:
    """The people a meeting word is named by, in a name before it ("the Xi meeting", "the
    Putin-Modi talks", "the Macron visit"): which meeting told before it is."""
    names = [t for c in children_of(word) if c.dep_ in {"compound", "nmod"} for t in subtree_of(c)]
    return set(people.in_tokens(names))


def _covering(named: set[Cluster], kept: list[Found], news: bool, published: date | None) -> Found | None:
    """The latest meeting held in person that has all the ``named`` people, of the news where the
    reference is the news'."""
    return next(
        (
            m
            for m in reversed(kept)
            if m.kind == "in_person" and not (news and of_the_past(m, published)) and named <= set(m.people)
        ),
        None,
    )


SEQUENCE_VERBS = frozenset("come follow precede build".split())
# the prepositions that tell the event a meeting came after or before: "came after", "comes a day
# before", "followed on from"; and what it "builds on" or "follows up on", which went before it
SEQUENCE_PREPOSITIONS = frozenset("after before following on".split())


# the words by which a meeting told again times another act: "will leave after the meeting with C"
TIMING_WORDS = AFTER_OR_BEFORE | {"until", "since"}


def _names_another_side(reference: Found, target: Found, people: People) -> bool:
    """Whether "the meeting with C", told as the time of another act ("Modi and Xi held talks ...
    Modi will leave after the meeting with Putin"), names in the words of the meeting noun someone
    who is not of the meeting of two or more just told: another meeting, with C; not one of its
    own people again ("A met B. After the meeting with B, A flew home"), nor talks that go on
    with others ("A met B and C ... A continued the talks with D"), which may add to them."""
    word = reference.trigger
    timed = word.dep_ == "pobj" and (
        word.head.lower_ in TIMING_WORDS or (word.head.lower_ == "of" and word.head.head.lower_ == "ahead")
    )
    if len(target.people) < 2 or not timed:
        return False
    words = [t for t in subtree_of(reference.trigger) if t.i != reference.trigger.i]
    named = people.in_tokens(words)
    return any(p not in target.people for p in named)


def _the_plan_again(reference: Found, kept: list[Found]) -> Found | None:
    """The plan told before (planned or called off) that "the proposed summit in Budapest"
    names again: a plan of the same sort, of no other day, that names only people of it (a day
    in its sentence may be the day it was spoken of: "At the White House on Wednesday, Trump
    said of the proposed summit in Budapest")."""
    if reference.kind not in {"planned", "cancelled"}:
        return None
    plan = next((m for m in reversed(kept) if m.kind in {"planned", "cancelled"}), None)
    if (
        plan is None
        or lemma_of(plan.trigger) != lemma_of(reference.trigger)
        or not set(reference.people) <= set(plan.people)
        or in_other_countries(reference.place, plan.place)
        or (None not in (plan.when, reference.when) and plan.when != reference.when)
    ):
        return None
    return plan


def the_one_that_came(reference: Found) -> bool:
    """Whether "the conversation" is the meeting just told, told again as what came after or
    before another event ("The conversation came a day after Modi's phone call with Biden",
    "The talks followed a meeting of their aides", "The call builds on a meeting between their
    deputies", "The meeting of the three leaders was preceded by talks between their ministers
    on Friday"): it names no one in its own words, and whom
    the other event names did not take part in it."""
    word = reference.trigger
    return (
        nominal(word)
        and definite_word(word)
        and (
            word.dep_ == "nsubj"
            or (word.dep_ == "nsubjpass" and lemma_of(word.head) in {"follow", "precede"})
        )
        and word.head.lemma_.lower() in SEQUENCE_VERBS
        and not any(t.ent_type_ == "PERSON" for t in subtree_of(word))
        and _after_a_meeting(word.head, word)
    )


def came_before_the_one_told(report: Found) -> bool:
    """Whether a meeting is the event that the meeting just told is said to have come after or
    followed ("The call followed a meeting last week between Erdogan and a visiting delegation",
    "The talks came a day after a meeting between Ruto and a Chinese delegation"): by the text's
    own words another, earlier meeting than that one."""
    word = report.trigger
    verb = word.head.head if word.dep_ == "pobj" and word.head.lower_ in {"after", "following"} else word.head
    if word.dep_ not in {"dobj", "pobj"} or verb.lemma_.lower() not in {"come", "follow"}:
        return False
    if word.dep_ == "dobj" and verb.lemma_.lower() != "follow":
        return False
    return any(
        c.dep_ == "nsubj" and nominal(c) and definite_word(c) and is_trigger(c) and _after_a_meeting(verb, c)
        for c in children_of(verb)
    )


def _after_a_meeting(verb: Token, subject: Token) -> bool:
    """Whether what a meeting "came after" or "followed" is itself told as a meeting, by a noun
    ("a day after Modi's phone call with Biden", "followed a meeting of their aides", "builds on a
    meeting between their deputies"); not "The
    visit came seven months after Erdogan travelled to Cairo", where the visit word tells that
    trip."""
    mine = {t.i for t in subtree_of(subject)}
    events = [
        g
        for t in subtree_of(verb)
        if t.i not in mine
        and (
            (t.dep_ == "prep" and t.lower_ in SEQUENCE_PREPOSITIONS and _of_sequence(t, verb))
            or t.i == verb.i
            or (t.dep_ == "agent" and t.head.i == verb.i)  # "was preceded by talks between ..."
        )
        for g in children_of(t)
        if g.dep_ in {"pobj", "dobj"}
    ]
    return any(
        is_trigger(g) or any(c.dep_ == "compound" and is_trigger(c) for c in children_of(g)) for g in events
    ) or any(_a_meeting_clause_after(verb, t) for t in subtree_of(verb) if t.i not in mine)


# what "came after" or "before" tells besides a meeting of others: a trip, which may be the one
# the meeting word tells ("The visit came seven months after Erdogan travelled to Cairo")
_JOURNEYS = TRIP_VERBS | VISIT_WORDS


def _a_meeting_clause_after(verb: Token, word: Token) -> bool:
    """Whether a word after "came after" or "came before" is the verb of a meeting of its own,
    told as a clause: "The call came a day before Trump hosted Zelensky at the White House",
    "The talks came two days after Ruto met Museveni" (whatever the parser hangs the clause on)."""
    if word.pos_ != "VERB" or word.i <= verb.i or lemma_of(word) in _JOURNEYS or not is_trigger(word):
        return False
    between = word.doc[verb.i + 1 : word.i]
    return any(t.lower_ in {"after", "before"} for t in between)


def _of_sequence(preposition: Token, verb: Token) -> bool:
    """Whether a preposition tells what came before or after: "after", "before", "following"
    anywhere in the verb's words; "on" only as what the verb itself "builds on" or "follows up
    on" (not "talked on the phone" in a clause beside it)."""
    return preposition.lower_ != "on" or (
        preposition.head.i == verb.i and lemma_of(verb) in {"build", "follow"}
    )


def _the_call_again(reference: Found, last: Found) -> bool:
    """Whether "the call" is the call just told, named again by the same people with nothing new
    of its own ("A and B spoke in a phone call about trade. The two leaders used the phone call to
    discuss investment")."""
    word = reference.trigger.head if reference.trigger.dep_ == "compound" else reference.trigger
    return (
        nominal(word)
        and definite_word(word)
        and not _earlier(word)
        and reference.kind == last.kind
        and reference.kind in REMOTE_KINDS
        and reference.when is None
        and reference.place is None
        and bool(reference.people)
        and set(reference.people) == set(last.people)
    )


# the most sentences between a call of one named person and a sentence naming those on it
ON_THE_CALL_REACH = 2


def _on_the_call_of_one(reference: Found, last: Found) -> bool:
    """Whether "the call" (or "the virtual meeting") that several named people are told to be on,
    with no day or place of its own, is the call or video meeting told just before, whose only one
    named is its host: "Starmer hosted a video call with European leaders on Saturday. A, B and C
    took part in the call" is one call of the four."""
    word = reference.trigger.head if reference.trigger.dep_ == "compound" else reference.trigger
    if not (
        reference.kind in REMOTE_KINDS
        and last.kind in REMOTE_KINDS
        and len(last.people) == 1
        and len(reference.people) >= 2
        and last.people[0] not in reference.people
        and reference.when is None
        and reference.place is None
        and nominal(word)
        and definite_word(word)
        and not _earlier(word)
    ):
        return False
    # the sentences between them, counted only for the few references asked so far
    between = reference.sentence.doc[last.sentence.end : reference.sentence.start]
    return sum(1 for t in between if t.is_sent_start) < ON_THE_CALL_REACH


def _framed_in_the_call(reference: Found, last: Found) -> bool:
    """Whether "the talk" that frames a statement is the call or video link just told: "A and B
    spoke by phone on Thursday. During the conversation, A and B welcomed the results of the summit
    held in Arusha on November 10" tells what was said in the call (the place and day are the
    summit's), not a meeting in person. The word must fit a call ("talk", "conversation", not "the
    visit"), have nothing of its own but "the", and name no one the call does not have."""
    word = reference.trigger
    return (
        last.kind in REMOTE_KINDS
        and word.dep_ == "pobj"
        and word.head.lower_ in {"during", "in"}
        and lemma_of(word) in CALL_AGAIN | {"discussion"}
        and _framing_alone(word)
        and bool(reference.people)
        and set(reference.people) <= set(last.people)
    )


def of_the_past(meeting: Found, published: date | None) -> bool:
    """Whether a meeting is told as the past of the news: in words ("last met", "had met") or by
    a date that ended more than a week before publication."""
    return is_background(span_text(meeting.sentence)) or ended_before_the_week(meeting.when, published)


# Words of a gathering of many, which "the summit" names; not a meeting held on its sidelines.
GATHERINGS = frozenset("summit conference forum congress assembly".split())


def _another_sort(reference: Found, meeting: Found) -> bool:
    """Whether "the summit" (or "the conference") cannot bring someone new to the meeting told
    before, one of two or more people not told as one, or one told at an occasion, which "the
    summit" names: "Maduro and Ali met in Argyle. Petro, who also attended the summit, held talks
    with Maduro" does not put Petro at their meeting, nor "Sheinbaum held a series of bilateral
    meetings on the sidelines of the G20 summit. ... Biden, who is also attending the summit" at
    hers. Nor does it join one who goes to the gathering to one who attends it: "Guterres arrived
    in Kazan to attend the BRICS summit. Putin, addressing the summit, said ..." tells two of its
    guests, not a meeting of theirs."""
    word = lemma_of(reference.trigger)
    newcomers = set(reference.people) - set(meeting.people)
    attended = len(meeting.people) == 1 and meeting.verb.lemma_.lower() in ATTENDING
    return (
        word in GATHERINGS
        and (lemma_of(meeting.trigger) != word or attended)
        and (len(meeting.people) >= 2 or meeting.occasion is not None or attended)
        and bool(newcomers)
    )


def in_the_city(found: list[Found], published: date | None = None) -> None:
    """A meeting placed only in a country was held in the city of that country where its people
    are told to have met others ("talks on the sidelines of an OIC meeting in Saudi Arabia ...
    Fidan met Araghchi in Jeddah"), where the article gives them one such city; a trip to a
    country, where it tells of its traveller in two of its cities ("talks with Modi in New Delhi
    ... After New Delhi, he will travel to Bengaluru"), was to both. Where they met in the past,
    told in another sentence ("was greeted in Russia by Kozlov. The two first met in Vladivostok
    in 2019", "they last met in Vladivostok"), is no city of a meeting of the news; one sentence
    that ties the two ("his first trip to Chile since March, when he and Boric inaugurated a
    crossing in Los Andes") still does."""
    for meeting in found:
        if meeting.place is None or meeting.place.city is not None:
            continue
        news = not of_the_past(meeting, published)
        told = [o for o in found if o.kind == meeting.kind and o.people == meeting.people]
        if any(at_a_venue_unplaced(o) for o in told):
            continue  # "met at the X Spaceport": not in the city one was greeted in on the way
        cities = {
            other.place
            for other in found
            if other.kind == meeting.kind
            and set(other.people) & set(meeting.people)
            and within(other.place, meeting.place)
            and not other_days(other.when, meeting.when)
            and not (news and other.sentence != meeting.sentence and of_the_past(other, published))
        }
        tour = {  # a trip to a country whose people go to several of its cities, on any day
            other.place
            for other in found
            if meeting.visit
            and len(meeting.people) == 1
            and other.kind == meeting.kind
            and set(other.people) & set(meeting.people)
            and within(other.place, meeting.place)
        }
        if len(cities) == 1 and len(tour) < 2:
            meeting.place = cities.pop()


def where_the_visit_went(found: list[Found]) -> None:
    """A meeting placed nowhere was held where a visit of one of its people, told in the same
    sentence as on the same days, went: "their second meeting, after the chancellor's visit to
    the Elysee in March" is in Paris, where that visit took her; not a visit of another day or
    of someone else, nor a plan."""
    for meeting in found:
        if meeting.place is not None or meeting.when is None or meeting.kind != "in_person":
            continue
        went = {
            visit.place
            for visit in found
            if visit.kind == "visit"
            and visit.sentence == meeting.sentence
            and visit.when == meeting.when
            and visit.place is not None
            and visit.place.city is not None
            and set(visit.people) <= set(meeting.people)
        }
        if len(went) == 1:
            meeting.place = went.pop()


def at_the_occasion(found: list[Found]) -> None:
    """A meeting held, or planned, in the city of a summit the article has told of, within a day
    or two of a meeting held at it and not on a day before it, is held at that summit ("A met B on
    the sidelines of the Pacific Islands Forum in Nuku'alofa on Tuesday. C, who flew into the
    Tongan capital on Monday, held a bilateral meeting with D on Wednesday"), whoever its people
    are; not one on a day before every meeting told held there, which is the summit's eve (unless
    told as an aside in a relative clause on someone: "B, who met C on Thursday evening, said
    ..."); nor one told before the summit (a state visit's talks, told first, on the day the guest
    co-chairs a summit), nor one held there during a trip to attend it (a trip is no meeting held
    at its gathering), nor one
    told as background, nor one the article dates only vaguely, nor one whose sentence tells a
    gathering as before or after it ("on the eve of the summit"), nor one told in the past perfect
    on a day before the summit's meeting ("his visit had begun on Monday, when he met ..."), nor
    one of someone of the summit's meeting told after it on a day of its own before it, nor one
    told "also" or "meanwhile" beside a meeting held there at no summit; nor is a meeting held
    at a format named by the countries that hold it ("the Brazil-Chile-Peru trilateral summit",
    "the X-Y-Z Trilateral Foreign Ministers' Dialogue"): that is a meeting of its own, and talks
    of two of its members in its city that day are talks of the visit, at it only where their
    own sentence says so ("on the sidelines of the trilateral summit")."""
    for meeting in found:
        if meeting.occasion is not None or meeting.kind not in {"in_person", "planned", "cancelled"}:
            continue
        if meeting.place is None or meeting.place.city is None or before_the_news(meeting):
            continue
        if meeting.on_arrival:
            continue  # "B greeted A at the airport": where the guest lands, not at the summit
        if gathering_at_another_time(meeting.sentence) or _a_step_back_from_the_summit(meeting, found):
            continue  # "met on Monday, on the eve of the summit": not at it
        if told_as_a_visits_talks(meeting.sentence, meeting.verb, meeting.trigger):
            continue  # "Lula, who is on a state visit to China, held talks with Xi": the visit's
        if at_another_event(meeting):
            continue  # "met Biden at a separate event in New York": not at the summit there
        if ahead_of_their_gathering(meeting, found):
            continue  # "A met B in the morning. In the afternoon A, B and C held the summit"
        beside = meeting.alongside
        if beside is not None and beside.occasion is None and beside.place == meeting.place:
            continue  # "A flew to Niamey and met B. A also met C": where and as A met B, at no summit
        held = {
            other.occasion
            for other in found
            if other.occasion is not None
            and other.kind != "visit"  # a trip "to attend the celebrations" is no meeting held at them
            and other.sentence.start < meeting.sentence.start
            and other.place is not None
            and (other.place.city, other.place.country) == (meeting.place.city, meeting.place.country)
            and _days_within(other.when, meeting.when, SUMMIT_DAYS)
            # the eve of the summit is not at it; an aside on someone in a relative clause ("B, who
            # met C on Thursday evening, said ...") is no step back to the eve
            and (meeting.verb.dep_ == "relcl" or not dated_before(meeting.when, other.when))
            and not occasions.countries_of_format(other.occasion)
            and not _told_as_past_by(meeting, other)
        }
        if len(held) == 1:
            meeting.occasion = held.pop()


def ahead_of_their_gathering(meeting: Found, found: list[Found]) -> bool:
    """Whether a meeting is told before the gathering some of its people went on to hold that day,
    told after it as later ("A held talks with B on Thursday morning. In the afternoon the two
    presidents were joined by C, D and E for the summit", "A met B. A, B and C then came together
    for the trilateral summit"): the talks held ahead of the gathering, the host's with a guest,
    not at it, so that the gathering of the article is not their occasion. The gathering is a
    meeting of three or more, told with a gathering's word or at a named occasion."""
    tokens = doc_tokens(meeting.sentence.doc)  # made once, not a new Token for each word
    for other in found:
        if other.sentence.start <= meeting.sentence.start or other.kind != "in_person":
            continue
        if len(other.people) < 3 or not set(other.people) & set(meeting.people):
            continue
        if other_days(other.when, meeting.when) and not dated_before(meeting.when, other.when):
            continue  # a day before the gathering is ahead of it too
        words = [tokens[i] for i in sorted(other.clause)]
        if other.occasion is None and not any(t.lemma_.lower() in GATHERING_NOUNS for t in words):
            continue
        if any(_told_as_later(t) for t in words):
            return True
    return False


# the words that tell an act came later the same day than one told before it ("then", "later")
# and the parts of the day after the morning ("in the afternoon")
LATER_WORDS = frozenset("then later afterwards afterward subsequently".split())
LATER_PARTS_OF_DAY = frozenset("afternoon evening".split())


def _told_as_later(word: Token) -> bool:
    """Whether a word tells its clause's act as later that day: "then", "later" (not "two days
    later": a day of its own), "in the afternoon"."""
    if word.lower_ in LATER_WORDS and word.dep_ == "advmod":
        return not any(c.dep_ == "npadvmod" for c in children_of(word))
    return word.lower_ in LATER_PARTS_OF_DAY and word.dep_ == "pobj" and word.head.lower_ == "in"


def at_another_event(meeting: Found) -> bool:
    """Whether a meeting's clause sets it at an event told as apart from the gathering in its
    city ("Lula met Biden at a separate event in New York", "at another function", "at a
    different meeting"): not held at that gathering, whatever city and day they share."""
    tokens = doc_tokens(meeting.sentence.doc)  # made once, not a new Token for each word
    for i in meeting.clause:
        word = tokens[i]
        if (
            word.lemma_.lower() in EVENT_NOUNS
            and word.dep_ == "pobj"
            and word.head.lower_ in {"at", "during"}
            and any(c.dep_ == "amod" and c.lower_ in APART for c in children_of(word))
        ):
            return True
    return False


# the nouns of an event someone may meet at, and the words telling one apart from a gathering
EVENT_NOUNS = GATHERINGS | frozenset("event function meeting ceremony reception gathering".split())
APART = frozenset("separate another different other".split())


SUMMIT_DAYS = 2  # the days of a summit told apart by a meeting held at it (not the eve before it)


def at_the_headlines_summit(found: list[Found], sentences: list[Span], published: date | None = None) -> None:
    """A meeting held or called off, told with a day but no place at all, in an article whose
    headline puts its news at a summit and that names no other gathering, is held at that summit,
    in the place the article tells it held in ("Trump quits G7 summit early ... Before flying home,
    A held talks with B": at the G7 summit); not a meeting only planned (a plan may be for after
    the summit, or elsewhere), nor one of one person (whom they met is yet to be read), nor one
    told as background, nor one dated before the week of the news ("their last engagement took
    place at an informal summit in October 2019": the headline's summit is the news's), nor one
    whose sentence, or the headline, tells the summit as before or after it ("X meets Y ahead of
    the G20 summit")."""
    headline = next((s for s in sentences if the_headline(s)), None)
    if headline is None or gathering_at_another_time(headline):
        return
    told = [occasion for _, occasion in gatherings_named(headline)]
    if not told or occasions.countries_of_format(told[0]):
        return
    # the whole article is read for gatherings only where the headline names one
    named = [occasion for sentence in sentences for _, occasion in gatherings_named(sentence)]
    if len({_body(o) for o in named}) != 1:
        return
    # the name it is given at a meeting ("the G7 summit"), where the headline's is shorter ("at G7")
    occasion = next(
        (m.occasion for m in found if m.occasion and _body(m.occasion) == _body(told[0])), told[0]
    )
    place = next((m.place for m in found if m.occasion == occasion and m.place is not None), None)
    for meeting in found:
        if meeting.occasion is not None or meeting.place is not None or before_the_news(meeting):
            continue
        if meeting.when is None or len(meeting.people) < 2 or meeting.kind not in {"in_person", "cancelled"}:
            continue
        if gathering_at_another_time(meeting.sentence) or ended_before_the_week(meeting.when, published):
            continue
        meeting.occasion = occasion
        meeting.place = place


def _body(occasion: Occasion) -> str:
    """Whose a gathering is, the first word of its name: "G7" of "G7 summit" and "G7 meeting"."""
    return occasion.name.split()[0]


def _told_as_past_by(meeting: Found, other: Found) -> bool:
    """Whether a meeting is told as already past by the day of another: dated before it, on a verb
    in the past perfect or one its clause hangs on ("Her trip had started on Sunday, when she was
    welcomed by the prime minister", told after a summit meeting of Monday: a meeting of the eve,
    not at the summit)."""
    if not dated_before(meeting.when, other.when):
        return False
    return any(past_perfect(verb) for verb in (meeting.verb, *ancestors_of(meeting.verb)))


def _a_step_back_from_the_summit(meeting: Found, found: list[Found]) -> bool:
    """Whether a meeting is told after a meeting one of its people held at a summit, on a day its
    own clause names before that one ("A met B on the sidelines of the summit on Tuesday ... On
    Monday, A held talks with the host"): A's visit's talks, or the eve's, told as a step back,
    not at the summit; a meeting only planned there for a day ("was due to meet him on Tuesday")
    tells no day the summit began, and a meeting of others tells nothing of their days; nor does
    one told in a relative clause on someone ("B, who met C on Thursday evening, said ..."), an
    aside on that person, not the story stepping back to the eve of the summit."""
    if meeting.verb.dep_ == "relcl":
        return False
    return _dated_by_its_own_words(meeting) and any(
        other.kind == "in_person"
        and other.occasion is not None
        and other.sentence.start < meeting.sentence.start
        and set(meeting.people) & set(other.people)
        and dated_before(meeting.when, other.when)
        for other in found
    )


def _dated_by_its_own_words(meeting: Found) -> bool:
    """Whether a meeting's day is told in its own clause or in that of the verb its verb is joined
    to ("On Monday, she met A and held talks with B": the talks too)."""
    verbs = {meeting.verb}
    verb = meeting.verb
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
        verbs.add(verb)
    return dated_in_its_clause(meeting) or any(
        e.label_ == "DATE" and (e.root.head in verbs or e.root.head.head in verbs)
        for e in entities(meeting.sentence)
    )


def dated_before(one: DateSpan | None, other: DateSpan | None) -> bool:
    """Whether a date ends before another begins, both known."""
    if one is None or other is None or one.end is None or other.start is None:
        return False
    return one.end < other.start


def one_of_the_round_before(meeting: Found, found: list[Found], before: list[Span]) -> None:
    """A meeting of someone whose round of meetings at a gathering the sentences just before tell
    (the last meeting they tell, in the plural: "Hichilema held several bilateral meetings on the
    sidelines of the SADC summit. He met Nyusi and, separately, Lourenco") is one of that round: at
    that gathering, and in its city where the meeting is placed in none or only in its country; not
    one told in another city."""
    if meeting.occasion is not None or meeting.kind != "in_person" or not before:
        return
    if is_background(span_text(meeting.sentence)):
        return
    starts = {s.start for s in before}
    last = next((m for m in reversed(found) if m.sentence.start in starts), None)
    if last is None or last.occasion is None or last.kind != "in_person" or len(last.people) != 1:
        return
    if last.people[0] not in meeting.people or is_background(span_text(last.sentence)):
        return
    if last.trigger.tag_ not in {"NNS", "NNPS"}:
        return  # "Modi attended the G20 summit in Rio. Back in New Delhi, Modi received ...": no round
    if (
        meeting.place is not None
        and meeting.place.city
        and last.place is not None
        and meeting.place != last.place
    ):
        return  # told elsewhere
    meeting.occasion = last.occasion
    if meeting.place is None or within(last.place, meeting.place):
        meeting.place = last.place


def named_after_it(found: list[Found], sentences: list[Span], published: date | None) -> None:
    """A gathering told by its word alone ("A hosted a meeting in Suva with his counterparts. A
    co-hosted the meeting with B") is the one a sentence right after names as it opens or closes
    ("The second X Foreign Ministers' Meeting ended on Monday without a deal",
    :func:`named_as_it_runs`): that is its occasion. Not past a sentence that names another
    gathering, nor further than the second sentence after its last telling, nor one told on
    other days than the meeting's ("A held a meeting with B on Sunday. The G20 Leaders' Meeting
    opened on Monday")."""
    for meeting in found:
        if meeting.occasion is not None or meeting.kind not in {"in_person", "video"}:
            continue
        word = _its_gathering_word(meeting)
        if word is None:
            continue
        last = max(told.end for told in (meeting.sentence, *meeting.more))
        after = [s for s in sentences if s.start >= last][:2]
        for sentence in after:
            if (named := named_as_it_runs(sentence, word)) is not None:
                day = clause_date(sentence, {t.i for t in span_tokens(sentence)}, published, future=False)
                if not other_days(day, meeting.when):
                    meeting.occasion = named
                break
            if gatherings_named(sentence):
                break  # another gathering told between


def _its_gathering_word(meeting: Found) -> str | None:
    """The word a meeting is told by as a gathering without a name: its trigger ("the meeting
    was co-chaired by A and B") or what its verb hosts or chairs ("A hosted a meeting"); not "the
    next meeting" nor "meetings", several."""
    candidates = [meeting.trigger, *(c for c in children_of(meeting.verb) if c.dep_ in {"dobj", "nsubjpass"})]
    for noun in candidates:
        if noun.pos_ != "NOUN" or noun.tag_ == "NNS" or noun.lemma_.lower() not in TOLD_BY_ITS_WORD:
            continue
        if any(
            c.dep_ in {"compound", "poss", "nmod"} or c.lower_ in ANOTHER_EDITION for c in children_of(noun)
        ):
            continue  # "the Alaska summit", "the next meeting": one of its own
        if not any(
            c.dep_ == "det" and c.lower_ in {"a", "an", "the", "this", "that"} for c in children_of(noun)
        ):
            continue
        return noun.lemma_.lower()
    return None


def in_the_occasions_city(found: list[Found], sentences: list[Span]) -> None:
    """A meeting at a summit, placed in no city, is in the one city the article names for that
    summit, whether in the words of the summit ("the G20 summit in Rio de Janeiro, Brazil") or as
    the city of another meeting at it: "A met B at the APEC summit in Lima. ... On the sidelines of
    the APEC summit, A met C in Peru". Only a meeting placed nowhere, or in that city's country,
    and only one held or called off ("was due to meet D on the margins of the summit, but
    cancelled"), nor one told as background: the same summit's name may be another year's, "met
    at the NATO summit in Vilnius ... will meet at the NATO summit"). A plan at the summit takes
    the city the article's news places it in (:func:`_plan_at_the_news_summit`): "A met B at the
    SCO summit in Tianjin on Sunday ... A will meet C on the sidelines of the summit"; "Bishkek
    will host the summit on Wednesday ... A will chair the summit"."""
    if all(meeting.occasion is None for meeting in found):
        return  # no meeting at a summit: none to place
    cities: dict[tuple[str, ...], set[Place]] = {}
    # the cities of the summit as the article's news tells it, for the plans made for it
    news: dict[tuple[str, ...], set[Place]] = {}
    for meeting in found:
        if meeting.occasion is not None and meeting.place is not None and meeting.place.city is not None:
            cities.setdefault(_series(meeting.occasion), set()).add(meeting.place)
            if not before_the_news(meeting):
                news.setdefault(_series(meeting.occasion), set()).add(meeting.place)
    for sentence in sentences:
        for occasion, place in _occasions_in_cities(sentence):
            cities.setdefault(_series(occasion), set()).add(place)
            if not is_background(span_text(sentence)):
                news.setdefault(_series(occasion), set()).add(place)
    held = {_series(meeting.occasion) for meeting in found if meeting.occasion is not None}
    if len(held) == 1 and (only := next(iter(held))) not in cities:
        for sentence in sentences:  # "In his speech at the summit, which was held in Kingstown"
            cities.setdefault(only, set()).update(_where_the_gathering_was_held(sentence))
    for meeting in found:
        if meeting.occasion is None:
            continue
        if meeting.place is None and meeting.kind == "planned":
            if _plan_at_the_news_summit(meeting, found, news):
                meeting.place = next(iter(news[_series(meeting.occasion)]))
            continue
        if len(where := cities.get(_series(meeting.occasion), set())) != 1:
            continue
        city = next(iter(where))
        if meeting.place is None:
            # a meeting called off at the summit was to be held where the summit is
            if meeting.kind not in {"in_person", "cancelled"} or before_the_news(meeting):
                continue
            meeting.place = city
        elif within(city, meeting.place) and meeting.kind in {"in_person", "planned", "cancelled"}:
            meeting.place = city


# days a plan at a summit may lie from the meetings the article tells held at it: a summit lasts
# days, and a weekday told after them counts forward; another year's summit lies months away
PLAN_DAYS = 14


def on_the_occasions_day(found: list[Found], sentences: list[Span], published: date | None) -> None:
    """A meeting held at a summit, told with no day of its own (or only with the days its people
    were where it was held), is held on the one day the article tells the summit on: the day
    someone arrives at it or attends it ("A welcomed B as he arrived at the Arab League summit on
    Friday. ... On the sidelines of the summit, A held talks with C": Friday), or the day of what
    is told at the summit or on its sidelines ("A met B on Wednesday on the sidelines of the SCO
    summit. ... A also held talks with C": Wednesday; "C had landed in Jeddah on Thursday": still
    Friday). One called off there is on the day someone is to join or attend it ("On Tuesday, A
    will join other leaders at the summit. ... A had been expected to meet C on the sidelines of
    the summit, but C called off his trip": Tuesday to come), not the day it was called off. Not
    a meeting told as background, nor a plan, nor where the article tells the summit on more than
    one day; and what is told at a conference, a forum or an assembly on a day ("At the
    conference on Friday, A met B") tells no day of it: those run for days, and a meeting told
    "also" there may be of another of them."""
    undated = [
        meeting
        for meeting in found
        if meeting.occasion is not None
        and (meeting.when is None or meeting.by_the_stay)
        and meeting.kind in {"in_person", "cancelled"}
        # a meeting called off is told in the past perfect: "had been expected to meet"
        and not (meeting.kind == "in_person" and before_the_news(meeting))
    ]
    # the summits' days are read only for a meeting that waits for one, and only of its summits:
    # most articles date every meeting at a summit, and reading every sentence's gatherings is
    # the rules' dearest search (issue 17)
    if not undated:
        return
    series = _series_in(doc_text(undated[0].sentence.doc))
    wanted = {series(meeting.occasion) for meeting in undated if meeting.occasion is not None}
    if not wanted:
        return
    # the days someone comes to or attends each summit, and all the days it is told on; a day
    # told twice in other words ("on Tuesday", "today") is one day
    # and where the sentence holds it: an edition held elsewhere is another ("had been due to host
    # Putin at the Johannesburg BRICS summit in August 2023" is not the summit in Kazan)
    coming: dict[tuple[str, ...], dict[tuple[date, date | None], tuple[DateSpan, Place | None]]] = {}
    told: dict[tuple[str, ...], dict[tuple[date, date | None], tuple[DateSpan, Place | None]]] = {}
    for sentence in sentences:
        if is_background(span_text(sentence)):
            continue
        for span, occasion in gatherings_named(sentence):
            if series(occasion) not in wanted:
                continue
            came = _arrived_at_or_attended(gathering_noun(span))
            verb = came or _set_at_the_summit(span) or _held_as_the_subject(span)
            if verb is None:
                continue
            day = clause_date(sentence, own_clause(verb), published, future=told_to_come(verb))
            if day is None or day.start is None:
                continue
            where = clause_place(sentence, own_clause(verb))
            told.setdefault(series(occasion), {}).setdefault((day.start, day.end), (day, where))
            if came is not None:
                coming.setdefault(series(occasion), {}).setdefault((day.start, day.end), (day, where))
    held = _days_held_at(found, wanted, series)
    for meeting in undated:
        if meeting.occasion is None:
            continue
        # the day of what was told at the summit is no day of a meeting called off there ("called
        # off a meeting with B at the G20 summit on Thursday": the day it was called off)
        days = {
            key: day
            for key, (day, where) in (told if meeting.kind == "in_person" else coming)
            .get(series(meeting.occasion), {})
            .items()
            if not places.in_other_cities(where, meeting.place)
        }
        if not days and meeting.by_the_stay:
            days = held.get(series(meeting.occasion), {})
        if len(days) == 1:
            meeting.when = next(iter(days.values()))


def _days_held_at(
    found: list[Found], wanted: set[tuple[str, ...]], series: Callable[[Occasion], tuple[str, ...]]
) -> dict[tuple[str, ...], dict[tuple[date, date | None], DateSpan]]:
    """The days the article's meetings of the news held at each gathering are told on, each by a
    day of its own: where no sentence tells the gathering's day in words the rules read ("held
    talks with B on Monday on the sidelines of the third FIPIC Summit", the parser hanging the
    name apart from "sidelines"), the one day its meetings were held on is the day of another
    meeting told there that only the days its people were in the city date ("A arrived in Port
    Moresby on Sunday evening ... On the margins of the summit, A also met D": Monday). Not a
    meeting of the past, nor one dated only by the days its people were in the city. A meeting
    told there with no day at all stays undated: a summit may run for days the article does not
    tell ("Modi also sat down for bilateral talks with Iran" at a two-day SCO summit)."""
    held: dict[tuple[str, ...], dict[tuple[date, date | None], DateSpan]] = {}
    for meeting in found:
        when = meeting.when
        if (
            meeting.occasion is None
            or meeting.kind != "in_person"
            or meeting.by_the_stay
            or when is None
            or when.precision != "day"
            or when.start is None
            or series(meeting.occasion) not in wanted
            or before_the_news(meeting)
        ):
            continue
        held.setdefault(series(meeting.occasion), {}).setdefault((when.start, when.end), when)
    return held


def until_the_gatherings_end(found: list[Found], sentences: list[Span], published: date | None) -> None:
    """A gathering dated only to its week ("the summit B is hosting this week") ends on the day a
    relative clause on it, in its sentence or one of the two after it, says it runs until ("... at
    the meeting, which runs until Friday"): from the start of that week to that day. Not a day outside that
    week, nor the end of a visit ("the visit, which runs until Sunday"), told by the stay's rules."""
    for meeting in found:
        when = meeting.when
        if meeting.occasion is None or when is None or when.precision != "week" or when.start is None:
            continue
        at = next((i for i, s in enumerate(sentences) if s.start <= meeting.trigger.i < s.end), None)
        if at is None:
            continue
        for sentence in sentences[at : at + 3]:
            last = next((d for e in entities(sentence) if (d := _end_of_a_gathering(e, published))), None)
            if (
                last is not None
                and last.start is not None
                and when.start <= last.start <= (when.end or last.start)
            ):
                meeting.when = DateSpan(
                    start=when.start, end=last.start, precision="days", phrase=when.phrase
                )
                break


def _end_of_a_gathering(ent: Span, published: date | None) -> DateSpan | None:
    """The day a relative clause on a gathering says it runs until: "the summit, which runs until
    Friday", "the meeting, which lasts through Saturday"."""
    preposition = ent.root.head
    if (
        ent.label_ != "DATE"
        or ent.root.dep_ != "pobj"
        or preposition.lower_ not in {"until", "till", "through"}
    ):
        return None
    verb = preposition.head
    if verb.dep_ != "relcl" or lemma_of(verb) not in LASTING_VERBS:
        return None
    if lemma_of(verb.head) not in GATHERINGS | {"meeting"} or not definite_word(verb.head):
        return None
    day = clause_date(ent.sent, set(range(ent.start, ent.end)), published, future=True)
    return day if day is not None and day.precision == "day" else None


# the verbs of coming to a gathering and being at it: "arrived at the summit", "attended the summit",
# "will join other leaders at the summit"
ARRIVING_OR_ATTENDING = frozenset("arrive attend reach join".split())


def _arrived_at_or_attended(noun: Token) -> Token | None:
    """The verb telling someone arriving at a gathering or attending it ("as he arrived at the
    summit", "attended the summit"), whose clause tells the gathering's day."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in {"at", "for"}:
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    return verb if verb.pos_ == "VERB" and lemma_of(verb) in ARRIVING_OR_ATTENDING else None


def _set_at_the_summit(span: Span) -> Token | None:
    """The verb of a clause told at a named summit or on its sidelines, whose day is one of the
    summit's: "met B on Wednesday on the sidelines of the SCO summit", "received a warm welcome at
    the Arab League summit on Friday". Not a conference's or a forum's, which runs for days
    (``DAY_GATHERINGS``), nor one told to come or of another edition ("the next summit")."""
    noun = gathering_noun(span)
    if noun.lemma_.lower() not in DAY_GATHERINGS or any(
        c.lower_ in ANOTHER_EDITION for c in children_of(noun)
    ):
        return None  # "The next Quad summit will be held in Australia": another one
    verb: Token | None = None
    if on_its_margins(span):
        setting = next((a for a in ancestors_of(span.root) if a.lower_ in SETTING_NOUNS), None)
        verb = verb_above(setting) if setting is not None else None
    elif noun.dep_ == "pobj" and noun.head.lower_ in {"at", "during"}:
        verb = verb_above(noun)
    # a day to come ("will meet B at the summit on Friday") is no day of the meetings held there
    return verb if verb is not None and not told_to_come(verb) else None


# the verbs by which a gathering, their subject, is told held: "The ministers' meeting was held
# here on Sunday", "the summit was convened in Doha on Friday"
GATHERING_HELD_VERBS = frozenset("hold convene".split())


def _held_as_the_subject(span: Span) -> Token | None:
    """The verb telling a named gathering held, the gathering its subject, whose clause tells the
    gathering's day: "The seventh Lancang-Mekong Cooperation Foreign Ministers' Meeting was held
    here on Sunday" (a meeting on its sidelines is of that day). Not one told to come, nor
    another edition ("The next summit will be held in Manila")."""
    noun = gathering_noun(span)
    verb = noun.head
    if noun.dep_ != "nsubjpass" or verb.pos_ != "VERB" or lemma_of(verb) not in GATHERING_HELD_VERBS:
        return None
    if any(c.lower_ in ANOTHER_EDITION for c in children_of(noun)):
        return None
    return verb if not told_to_come(verb) else None


def _plan_at_the_news_summit(
    meeting: Found, found: list[Found], news: dict[tuple[str, ...], set[Place]]
) -> bool:
    """Whether a plan to meet at a summit is one for the summit the article's news tells in one
    city (a meeting held at it, not as background, or the summit named in that city in a sentence
    of the news): not a plan told as background, nor one whose sentence names another summit of
    the series ("the next summit", "next year's summit"), nor one dated more than ``PLAN_DAYS``
    from the meetings held at it."""
    assert meeting.occasion is not None
    series = _series(meeting.occasion)
    if len(news.get(series, set())) != 1 or before_the_news(meeting):
        return False
    if any(t.lower_ in OTHER_TIMES for t in span_tokens(meeting.sentence)):
        return False  # "at the next summit", "the following summit"
    held = [
        other.when
        for other in found
        if other is not meeting
        and other.occasion is not None
        and _series(other.occasion) == series
        and not before_the_news(other)
    ]
    return not any(_days_apart(meeting.when, when, PLAN_DAYS) for when in held)


def _days_apart(one: DateSpan | None, other: DateSpan | None, days: int) -> bool:
    """Whether two dates, both told to the day, are more than ``days`` apart."""
    gap = _days_between(one, other)
    return gap is not None and gap > days


# the words that name what sort of gathering a summit is, not which: "the APEC summit" and "the
# APEC meeting" of one article are one gathering, "the G20 foreign ministers' meeting" another
GATHERING_SORTS = frozenset("summit summits meeting meetings conference gathering session".split())


def _series(occasion: Occasion) -> tuple[str, ...]:
    """The words that tell which gathering an occasion is: ("apec",) for "APEC summit" and "APEC
    meeting"; ("g20", "foreign", "ministers'") for "G20 foreign ministers' meeting"; an acronym
    in brackets inside the name is no word of it ("the Forum for India-Pacific Islands
    Cooperation (FIPIC) Summit" is the forum's)."""
    return tuple(
        w for w in occasion.name.lower().split() if w not in GATHERING_SORTS and not w.startswith("(")
    )


def _one_gathering(one: Occasion | None, other: Occasion | None, told: Found) -> bool:
    """Whether two occasions of an article are one gathering, named by its name and by the
    acronym the article defines for it (:func:`_series_in`)."""
    if one is None or other is None:
        return False
    series = _series_in(doc_text(told.sentence.doc))
    return series(one) == series(other)


def _series_in(article: str) -> Callable[[Occasion], tuple[str, ...]]:
    """:func:`_series` in an article, where an acronym it defines for a gathering ("the Forum for
    India-Pacific Islands Cooperation (FIPIC) Summit") and the gathering's name are one: "the
    FIPIC summit" is that forum's summit, not a gathering of its own."""
    defined = {
        acronym.lower(): _series(occasion) for acronym, occasion in occasions.acronyms_defined(article)
    }

    def series(occasion: Occasion) -> tuple[str, ...]:
        words = _series(occasion)
        return defined.get(words[0], words) if len(words) == 1 else words

    return series


def told_again_on_its_day(found: list[Found], sentences: list[Span], published: date | None) -> None:
    """A meeting held or planned on a day, placed only in a country or at no gathering, is the
    meeting the article tells elsewhere in that country on that day, with its day written out (a
    caption's "at their meeting in Chisinau, June 1, 2023"; "The heads of state of the Alliance of
    Sahel States are to hold their first summit this Saturday, 6 July, in Niamey"): it takes that
    telling's city, and the gathering it names, where all such tellings agree on one. Not a call,
    nor a meeting told as before or after a gathering, nor a format of its own countries ("the
    India-Japan Annual Summit")."""
    wanting = [
        m
        for m in found
        if m.kind in {"in_person", "planned", "cancelled"}
        and m.place is not None
        and (m.place.city is None or m.occasion is None)
        and m.when is not None
        and m.when.precision == "day"
    ]
    if not wanting:
        return
    tellings = [t for sentence in sentences for t in _meetings_told_with_a_written_day(sentence, published)]
    for meeting in wanting:
        where, day = meeting.place, meeting.when.start if meeting.when is not None else None
        if where is None or day is None:
            continue
        same = [(p, o) for p, when, o in tellings if when == day and p.country == where.country]
        if where.city is None and len(cities := {p for p, _ in same if p.city is not None}) == 1:
            meeting.place = where = cities.pop()
        if meeting.occasion is not None or gathering_at_another_time(meeting.sentence):
            continue
        held = {o for p, o in same if o is not None and p.city == where.city}
        if len(held) == 1 and not occasions.countries_of_format(only := held.pop()):
            meeting.occasion = only


def _meetings_told_with_a_written_day(
    sentence: Span, published: date | None
) -> list[tuple[Place, date, Occasion | None]]:
    """The meetings and gatherings a sentence tells by a noun, in a city or country and on a day
    written in figures with its month ("June 1, 2023", "this Saturday, 6 July"), each with the
    gathering the noun names, if it is a gathering's word ("are to hold their first summit ...":
    the Alliance of Sahel States summit; a caption's "their meeting" names none): the noun's own
    words and those of the verb it is the object or subject of, and of the verbs that verb
    completes ("are to hold")."""
    if not any(e.label_ == "DATE" and any(t.like_num for t in e) for e in entities(sentence)):
        return []  # most sentences: no day written out
    told = []
    named = (
        gatherings_named(sentence) if any(lemma_of(t) in GATHERINGS for t in span_tokens(sentence)) else []
    )
    for noun in span_tokens(sentence):
        if noun.pos_ != "NOUN" or not (is_trigger(noun) or lemma_of(noun) in GATHERINGS):
            continue
        clause = {t.i for t in subtree_of(noun)}
        verb = noun.head
        while noun.dep_ in {"dobj", "nsubj", "nsubjpass"} and verb.pos_ in {"VERB", "AUX"}:
            clause |= {
                t.i for c in children_of(verb) if c.dep_ in {"prep", "npadvmod"} for t in subtree_of(c)
            }
            if verb.dep_ not in {"xcomp", "acomp"} or verb.head.i == verb.i:
                break
            verb = verb.head  # "are | to hold ... in Arusha": the words hung on "are"
        if not any(t.ent_type_ == "DATE" and t.like_num for t in span_tokens(sentence) if t.i in clause):
            continue  # a day counted from another ("on Monday"), not written out
        place = clause_place(sentence, clause)
        future = noun.head.pos_ in {"VERB", "AUX"} and _held_later(
            noun.head
        )  # "will hold a meeting on 12 August"
        when = clause_date(sentence, clause, published, future=future) if place is not None else None
        if place is None or when is None or when.precision != "day" or when.start is None:
            continue
        gathering = next((o for span, o in named if span.start <= noun.i < span.end), None)
        told.append((place, when.start, gathering if lemma_of(noun) in GATHERINGS else None))
    return told


# Words that make a gathering another than the one told: "the next summit", "the last forum".
OTHER_TIMES = frozenset("next last previous upcoming coming following future".split())


def _held_later(verb: Token) -> bool:
    """Whether a verb is told as to come: "will be held", "is to take place"."""
    return any(
        c.dep_ == "aux" and c.lower_ in {"will", "shall", "would", "'ll", "to"} for c in children_of(verb)
    )


def _where_the_gathering_was_held(sentence: Span) -> list[Place]:
    """The places a sentence says "the summit" it points back to was held in, in a clause of its
    own: "at the summit, which was held in St. Vincent and the Grenadines", "the forum, held in
    Vladivostok", "the summit, convened in Sharm el-Sheikh"; the article's one summit (not one
    named here: that one is read by its name)."""
    told = []
    for noun in span_tokens(sentence):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in GATHERINGS or not definite_word(noun):
            continue
        if any(c.dep_ in {"compound", "amod"} and c.pos_ == "PROPN" for c in children_of(noun)):
            continue  # "the G20 summit": named
        if any(c.lower_ in OTHER_TIMES for c in children_of(noun)):
            continue  # "the next summit, which will be held in Johannesburg": another one
        for verb in (c for c in children_of(noun) if c.dep_ in {"relcl", "acl"}):
            if verb.lemma_.lower() not in {"hold", "take", "host", "convene"} or _held_later(verb):
                continue
            told += [
                place
                for ent in place_spans(sentence)
                if verb.left_edge.i <= ent.start
                and ent.end <= verb.right_edge.i + 1
                and is_venue(ent)
                and (place := resolve_place(ent.text)) is not None
            ]
    return told


_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][\w-]*\)")


# verbs a gathering is the subject of where a sentence tells where it is held: "The summit opened
# in Apia", "kicked off in Montevideo", "took place in Harare"
OPENING_VERBS = frozenset("open begin start kick take convene run close end".split())


def _occasions_in_cities(sentence: Span) -> list[tuple[Occasion, Place]]:
    """The summits a sentence names with the city they are held in right after them: "the G7
    summit in Kananaskis, Alberta" (not "the G7 summit, in Canada", nor the Prime Minister's
    return "from the G7 summit to Tokyo"), in the words of its opening: "The Commonwealth
    Heads of Government Meeting opened in Apia", "The Mercosur summit kicked off in Montevideo",
    as what the city hosts: "On Friday, Nairobi will host the EAC summit", or as the city's own:
    "Johannesburg's G20" (:func:`extract.occasions.host_city_before`)."""
    told = []
    text = span_text(sentence)
    for start, end, occasion in occasions.find_occasions(text, doc_text(sentence.doc)):
        if acronym := _ACRONYM_AFTER.match(text, end):
            end = acronym.end()  # "the Joint Ministerial Commission (JMC) in Nairobi"
        if (host := _the_city_hosting(sentence.char_span(start, end, alignment_mode="expand"))) is not None:
            told.append((occasion, host))
            continue
        if (owner := occasions.host_city_before(text[:start])) is not None:
            told.append((occasion, owner))  # "Johannesburg's G20", "Kazan's BRICS summit"
            continue
        at = sentence.start_char + end
        word = next((t for t in span_tokens(sentence) if t.idx >= at), None)
        if word is None or word.lower_ != "in" or word.idx - at > 1:
            span = sentence.char_span(start, end, alignment_mode="expand")
            word = _in_after_its_members(span) or _where_it_opened(span)
        if word is None:
            continue
        named = next((e for e in place_spans(sentence) if e.start == word.i + 1), None)
        place = resolve_place(named.text) if named is not None else None
        if place is not None and place.city is not None:
            told.append((occasion, place))
    return told


def _the_city_hosting(span: Span | None) -> Place | None:
    """The city a gathering is the object of "host" of: "Bishkek will host the summit", "Lima
    hosted the APEC summit" (not a country, "Brazil hosts the G20": its city is told elsewhere,
    nor a person, "Ruto hosted the summit"); the name may be that of whose the summit is ("will
    host the 11th Summit of the Organization of Turkic States")."""
    if span is None:
        return None
    noun = span.root
    while noun.dep_ in {"pobj", "prep"} and noun.head is not noun:
        noun = noun.head
    if noun is not span.root and lemma_of(noun) not in GATHERINGS:
        return None
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() != "host":
        return None
    verb = noun.head
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    named = next((e for e in place_spans(span.sent) if e.start <= subject.i < e.end), None)
    place = resolve_place(named.text) if named is not None else None
    return place if place is not None and place.city is not None else None


def _in_after_its_members(span: Span | None) -> Token | None:
    """The "in" right after the noun a bloc's name stands before, of the members whose gathering
    it is: "an informal meeting of NATO foreign ministers in Antalya", "a summit of the ASEAN
    leaders in Vientiane"."""
    if span is None or span.root.dep_ not in {"compound", "nmod"} or span.root.head.i <= span.root.i:
        return None
    members = span.root.head
    if members.tag_ != "NNS" or members.i >= len(members.doc) - 1:
        return None
    after = members.doc[members.i + 1]
    return after if after.lower_ == "in" and after.head == members else None


def _where_it_opened(span: Span | None) -> Token | None:
    """The "in" of where a gathering that is a sentence's subject opened or took place."""
    if span is None or span.root.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    verb = span.root.head
    if verb.lemma_.lower() not in OPENING_VERBS or any(
        c.lower_ in {"will", "shall"} for c in children_of(verb)
    ):
        return None
    return next((c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "in"), None)


def _days_within(one: DateSpan | None, other: DateSpan | None, days: int) -> bool:
    """Whether two dates, both told to the day, are at most ``days`` apart."""
    gap = _days_between(one, other)
    return gap is not None and gap <= days


def _days_between(one: DateSpan | None, other: DateSpan | None) -> int | None:
    """How many days lie between two dates both told to the day; None where either is not."""
    if one is None or other is None or one.precision != "day" or other.precision != "day":
        return None
    if one.start is None or other.start is None:
        return None
    return abs((one.start - other.start).days)


def _on_its_days(meeting: DateSpan | None, visit: DateSpan | None) -> bool:
    """Whether a meeting's days are known and fall within a visit's known days: "met Aliyev on
    April 23 ... Aliyev was on a state visit to China from April 22 to 24" is a meeting of that
    visit, however long before the news both were."""
    if meeting is None or visit is None:
        return False
    if meeting.start is None or meeting.end is None or visit.start is None or visit.end is None:
        return False
    return visit.start <= meeting.start and meeting.end <= visit.end


def other_days(one: DateSpan | None, other: DateSpan | None) -> bool:
    """Whether two dates are known and do not overlap (a meeting of July 2022, one of July 2023)."""
    if one is None or other is None:
        return False
    if one.start is None or one.end is None or other.start is None or other.end is None:
        return False
    return one.end < other.start or other.end < one.start


AGAIN = frozenset("again another next second new further".split())


ALLEGED = frozenset("alleged reported rumoured rumored purported supposed claimed".split())


def overtaken_plans(found: list[Found]) -> None:
    """A plan told in the past tense after the article has told a calling off by one of its people
    ("Biden cancels Australia trip ... Albanese was to host Biden, Modi and Kishida at the Opera
    House on May 24") is one of those called off."""
    for meeting in found:
        if meeting.kind != "planned" or not told_as_a_past_plan(meeting.trigger):
            continue
        if any(
            other.kind == "cancelled"
            and other.sentence.start < meeting.sentence.start
            and set(other.people) & set(meeting.people)
            for other in found
        ):
            meeting.kind = "cancelled"


def join_alleged(found: list[Found]) -> list[Found]:
    """A meeting the article tells as alleged ("a report on an alleged meeting of Zelenskyy and
    Patrushev in Oman") is the meeting of the same people it says was denied: one denied meeting,
    with what either telling says of where."""
    kept: list[Found] = []
    for meeting in found:
        alleged = any(c.dep_ == "amod" and c.lower_ in ALLEGED for c in children_of(meeting.trigger))
        denied = next(
            (
                m
                for m in found
                if m.kind == "cancelled" and m is not meeting and set(m.people) == set(meeting.people)
            ),
            None,
        )
        if alleged and denied is not None and meeting.kind != "cancelled":
            denied.place = denied.place or meeting.place
            denied.join(meeting.people, meeting.sentence)
            continue
        kept.append(meeting)
    return kept


def join_announced(found: list[Found], published: date | None = None) -> list[Found]:
    """A plan of the article's news told without a date or place of its own ("Tinubu and
    Ramaphosa would discuss bilateral matters, the spokesman said on Sunday") is the meeting
    of the same people the article says was held: one report, with both sentences; else the
    plan of the same people the article tells with a date or place ("The two agreed to meet in
    person soon. Lula suggested they meet during the ASEAN summit later this month"). Not one
    that is told as another ("will meet again", "a second meeting"), nor to a meeting held before
    the week of the news ("will hold talks with Sheinbaum ... after Sheinbaum travelled to Canada
    in June for the G7 summit")."""
    kept: list[Found] = []
    for meeting in found:
        same = [
            m
            for m in found
            if m is not meeting and set(m.people) == set(meeting.people) and len(m.people) >= 2
        ]
        held = (
            next(
                (
                    m
                    for m in same
                    if m.kind in REMOTE_KINDS and _a_call(meeting) and not long_before(m, published)
                ),
                None,
            )
            or next((m for m in same if m.kind == "in_person" and not long_before(m, published)), None)
            or next(
                (m for m in same if m.kind == "planned" and (m.when is not None or m.place is not None)), None
            )
        )
        if held is None and _planned_before(meeting):
            # "A met B and C in Putrajaya on Monday ... Both had agreed to meet, Trump said": the
            # plan made before the news is the meeting of the news that brought them together
            held = next(
                (
                    m
                    for m in found
                    if m.kind == "in_person"
                    and set(meeting.people) < set(m.people)
                    and not long_before(m, published)
                    and not of_the_past(m, published)
                ),
                None,
            )
        if (
            meeting.kind == "planned"
            and held is not None
            and (
                (meeting.when is None and meeting.place is None)
                or _announced_before(meeting, held)
                or _the_call_it_planned(meeting, held)
            )
            and not {t.lower_ for t in meeting.sentence} & AGAIN
        ):
            held.join([], meeting.sentence)
            continue
        if meeting.kind == "planned" and (told := _arranged_before(meeting, found, published)) is not None:
            told.join([], meeting.sentence)  # "The meeting had been agreed last year": its story
            continue
        kept.append(meeting)
    return kept


# the verbs by which a meeting comes to be set: "The meeting had been agreed", "had been announced"
ARRANGED = frozenset("agree arrange announce schedule set plan propose".split())


def _arranged_before(plan: Found, found: list[Found], published: date | None) -> Found | None:
    """The meeting held that a plan told by a definite word as what was arranged in the past
    perfect is ("The broader meeting had been agreed last year", "had announced the date of the
    visit in Brussels last month"): how the meeting the article tells came about, the arranging's
    time and place none of the meeting's. It is the article's last meeting held in person (a call,
    for the plan of a call), in another sentence, not long before its news, with one of the plan's
    people or more; none, when the sentence also tells it still to come ("had been agreed last
    year and will open in June")."""
    trigger = plan.trigger
    verb = trigger.head
    if trigger.dep_ == "pobj" and verb.lower_ == "of" and verb.head.dep_ == "dobj":
        verb = verb.head.head  # "had announced the date of the visit": the visit's arranging
    elif trigger.dep_ == "dobj":
        pass  # "had announced the visit in March"
    elif trigger.dep_ != "nsubjpass":
        return None
    if not (
        nominal(trigger)
        and verb.lemma_.lower() in ARRANGED
        and past_perfect(verb)
        and any(
            c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an", "another", "no"}
            for c in children_of(trigger)
        )
    ):
        return None
    if any(t.lower_ in {"will", "'ll", "shall"} for t in plan.sentence):
        return None
    return next(
        (
            m
            for m in reversed(found)
            if (m.kind in {"in_person", "visit"} or (m.kind in REMOTE_KINDS and _a_call(plan)))
            and m.sentence != plan.sentence  # "had announced the summit after a call with B": another
            and set(m.people) & set(plan.people)
            and not long_before(m, published)
            and not of_the_past(m, published)
        ),
        None,
    )


def _a_call(plan: Found) -> bool:
    """Whether a plan is of a call: its word is a call's ("the conversation between A and B was
    scheduled for noon", "the call had been announced a day earlier") or says one ("phone talks").
    The article's call of the same people is that plan held; a meeting of them is another."""
    trigger = plan.trigger
    return trigger.lemma_.lower() in CALL_NOUNS | VIDEO_WORDS or any(
        c.lower_ in CALL_NOUNS | VIDEO_WORDS for c in children_of(trigger) if c.dep_ in {"compound", "amod"}
    )


def _the_call_it_planned(plan: Found, held: Found) -> bool:
    """Whether a plan of a call told in the past tense ("the conversation between A and B was
    scheduled for noon", "had been set for Wednesday") is the call of the same people the article
    says was held, at no other day: the call announced, then made. A plan of a call still to come
    ("a call is planned for next month") is another."""
    if held.kind not in REMOTE_KINDS or not _a_call(plan):
        return False
    verb = plan.trigger.head
    past = verb.tag_ == "VBD" or any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in {"was", "were", "had"} for c in children_of(verb)
    )
    return past and (held.when is None or plan.when is None or held.when.start == plan.when.start)


def _planned_before(plan: Found) -> bool:
    """Whether a plan of two or more, with no day or place, is told in the past perfect as agreed
    or arranged before the news ("Both had agreed to meet", "they had arranged to hold talks")."""
    return (
        plan.kind == "planned"
        and len(plan.people) >= 2
        and plan.when is None
        and plan.place is None
        and any(
            c.dep_ == "aux" and c.lower_ == "had"
            for t in (plan.trigger, plan.trigger.head, plan.trigger.head.head)
            for c in children_of(t)
        )
    )


def _announced_before(plan: Found, held: Found) -> bool:
    """Whether a plan is the held meeting announced in the days before it: at its place, dated at
    most three days before its day ("Tinubu left France on Monday for Cape Town, where he will
    co-chair the commission with Ramaphosa" and "Ramaphosa welcomed Tinubu in Cape Town on
    Tuesday")."""
    if held.kind != "in_person" or plan.place is None or plan.place != held.place:
        return False
    if plan.when is None or held.when is None or plan.when.start is None or held.when.start is None:
        return False
    return 0 <= (held.when.start - plan.when.start).days <= 3


def join_headline(found: list[Found], sentences: list[Span], published: date | None) -> list[Found]:
    """A headline's meeting is the one the article's next report of the same people and kind
    tells in full ("Putin, Xi conduct talks over encrypted video link" / "Xi and Putin are
    conducting talks on Friday over an encrypted video link"): one report, with what either
    says of the place, occasion and date, unless they disagree on it. A meeting told as the
    past of the news ("Their last meeting was in Beijing") is another, and one dated before the
    week of the news is the headline's only where the article tells none in the news (a photo's
    caption, "Blinken sits down with Wang Yi for talks in Nusa Dua, July 9, 2022", under
    "Blinken sits down with Wang Yi at ASEAN meeting sidelines" is not; "Masisi denies planned
    meeting with Khama" over "was due to meet Khama last month" is). So is
    each of the meetings a headline lists ("Ruto meets Museveni, Kagame on EAC sidelines")."""
    headline = next((s for s in sentences if s.text.strip()), None)  # a date line is blanked (layout)
    found = _join_standfirst(found, headline)
    if len(found) < 2 or headline is None or found[0].sentence.start != headline.start:
        return found
    if (whole := _told_as_one(found, headline)) is not None:
        heads = [m for m in found if m.sentence.start == headline.start]
        for head in heads:
            whole.place = whole.place or head.place
            whole.occasion = whole.occasion or head.occasion
            whole.when = whole.when or head.when
        whole.join([], headline)
        return [m for m in found if not any(m is head for head in heads)]
    told_in_full: list[Found] = []
    for head in (m for m in found if m.sentence.start == headline.start):
        rest = [  # the first also with the headline's next, each other with the body's
            m
            for m in found
            if m is not head
            and not any(m is t for t in told_in_full)
            and (head is found[0] or m.sentence.start != headline.start)
        ]
        if _join_to_the_body(head, rest, published):
            told_in_full.append(head)
    return [m for m in found if not any(m is head for head in told_in_full)]


def join_captions(found: list[Found], published: date | None) -> list[Found]:
    """A photo's caption that shows a meeting the body of the article tells ("PHOTO: Sheikh A
    receives B in Abu Dhabi" under "B met A on Monday ...") is that meeting, not one of its own: the
    body's report, with the caption as more evidence, and the body's day, not one a caption with no
    date of its own would take from the sentences before it ("B landed on Sunday night"). A
    caption dated otherwise (an old photo: "A greets B in Tokyo, November 2023") is left alone, as
    is one whose people the body tells meeting nowhere in the news."""
    joined: list[Found] = []
    for shown in found:
        if len(shown.people) < 2 or not a_caption_line(_line_of(shown.sentence)):
            continue
        dated = any(e.label_ == "DATE" for e in entities(shown.sentence))
        told = next(
            (
                m
                for m in found
                if m is not shown
                and not any(m is j for j in joined)
                and m.kind == shown.kind
                and set(shown.people) <= set(m.people)
                and not a_caption_line(_line_of(m.sentence))
                and not of_the_past(m, published)
                and not in_other_countries(shown.place, m.place)
                and (not dated or shown.when == m.when)
            ),
            None,
        )
        if told is None:
            continue
        told.place = told.place or shown.place
        told.occasion = told.occasion or shown.occasion
        told.join([], shown.sentence)
        joined.append(shown)
    return [m for m in found if not any(m is j for j in joined)]


def _line_of(sentence: Span) -> str:
    """The line of the page a sentence begins on, from its start to the sentence's end or the
    line's, whichever comes later ("PHOTO:" may be parsed as a sentence of its own)."""
    text = doc_text(sentence.doc)
    start = text.rfind("\n", 0, sentence.start_char) + 1
    end = text.find("\n", sentence.start_char)
    return text[start : max(sentence.end_char, end if end >= 0 else len(text))]


def _join_standfirst(found: list[Found], headline: Span | None) -> list[Found]:
    """A meeting the standfirst tells (the summary lines between the headline and the dateline
    that opens the story: "A and B spent three hours with C." above "GENEVA — The ministers of
    ... and B sat down with C at a hotel on Friday") is the meeting the story tells of all those it
    names and maybe more, of its kind, where nothing sets the two apart: one report, the story's,
    with the standfirst as more evidence. A standfirst names those the story names in full by a
    group ("E3 ministers") or leaves them out; it is no meeting of fewer people of its own. Not one
    dated otherwise than the story's, nor one told as the past of the news. One of a person with two
    or more the story meets one at a time ("A also meets B and C on the second day" over "A had
    separate meetings with B and C") is those meetings, each with the standfirst as evidence."""
    if len(found) < 2 or headline is None:
        return found
    lead = the_lead(headline.doc)
    if lead is None:
        return found
    joined: list[Found] = []
    for head in found:
        if not (headline.end <= head.sentence.start < lead.start) or len(head.people) < 2:
            continue
        if is_background(span_text(head.sentence)):
            continue
        told = next(
            (
                m
                for m in found
                if m.sentence.start >= lead.start
                and m.kind == head.kind
                and set(head.people) <= set(m.people)
                and (head.when is None or head.when == m.when)
                and not is_background(span_text(m.sentence))
                and (head.place is None or m.place is None or head.place == m.place)
            ),
            None,
        )
        if told is not None:
            told.place = told.place or head.place
            told.occasion = told.occasion or head.occasion
            told.join([], head.sentence)
            joined.append(head)
        elif (parts := _told_in_parts(head, [m for m in found if m.sentence.start >= lead.start])) and all(
            head.when is None or part.when == head.when for part in parts
        ):  # "A also meets B and C" over "A had separate meetings with B and C": the story's two
            for part in parts:
                part.join([], head.sentence)
            joined.append(head)
    return [m for m in found if not any(m is head for head in joined)]


def _told_as_one(found: list[Found], headline: Span) -> Found | None:
    """The body's one meeting of all those a headline lists as met by one person ("Tinubu meets
    Abdulsalami, Touray, Ribadu at Aso Rock" over "Tinubu is meeting ... Attending the meeting
    are Touray, Abubakar and Ribadu"): the headline's meetings of that person with each are that
    one meeting, told in full, not meetings apart; None unless the first line is a headline (no
    full stop) that does not tell them apart, and the article tells such a meeting, in the news,
    of the headline's kind, with no one else."""
    if not the_headline(headline) or any(t.lower_ in {"separate", "separately"} for t in headline):
        return None  # "Lula met Sanchez and Montenegro in separate meetings.": apart, as told
    heads = [m for m in found if m.sentence.start == headline.start]
    if len(heads) < 2 or len({m.kind for m in heads}) != 1:
        return None
    shared = set.intersection(*(set(m.people) for m in heads))
    named = set().union(*(set(m.people) for m in heads))
    if len(shared) != 1:
        return None
    return next(
        (
            m
            for m in found
            if m.sentence.start != headline.start
            and m.kind == heads[0].kind
            and set(m.people) == named
            and not is_background(span_text(m.sentence))
        ),
        None,
    )


def _join_to_the_body(head: Found, body: list[Found], published: date | None) -> bool:
    """Join a headline's meeting to the body's report of it (see :func:`join_headline`);
    whether it was."""
    alike = [
        m
        for m in body
        if (m.kind == head.kind or (_unsaid_how(head) and m.kind in REMOTE_KINDS))
        and not is_background(span_text(m.sentence))
    ]
    reports = [m for m in alike if set(m.people) == set(head.people)]
    if not reports and len(head.people) >= 2 and the_headline(head.sentence):
        # a headline names the parties and leaves out their host or mediator ("A and B meet in
        # Qatar, back ceasefire" over "A and B met in Doha in talks hosted by Qatar's emir C"):
        # the one report in the news of all it names and more
        more = [m for m in alike if set(head.people) < set(m.people) and not of_the_past(m, published)]
        reports = more[:1] if len({frozenset(m.people) for m in more}) == 1 else []
    # the report in the news before one dated long before it (an old photo's caption), if any
    told = next((m for m in reports if not of_the_past(m, published)), reports[0] if reports else None)
    if told is None and (parts := _told_in_parts(head, body)):
        for part in parts:  # "PM Modi speaks to Putin, Zelenskyy": two calls, told each in turn
            part.join([], head.sentence)
        return True
    # a day the headline does not name is one the lead gave it, which the report told in full
    # corrects ("PM meets Iranian president, Yunus" / "On Thursday, the premier held a meeting with Yunus")
    stated = head.when if any(e.label_ == "DATE" for e in entities(head.sentence)) else None
    if told is None or any(
        a is not None and b is not None and a != b
        for a, b in [(head.place, told.place), (head.occasion, told.occasion), (stated, told.when)]
        if not (
            a is head.place
            and (
                _the_venue_and_its_town(a, b)
                or _short_for_its_venue(a, told)
                or _the_country_of_the_town(a, b)
            )
        )
        # "on FIPIC sidelines" over "at the Forum for India-Pacific Islands Cooperation (FIPIC)
        # Summit": the gathering the article defines the acronym for
        and not (a is head.occasion and _one_gathering(head.occasion, told.occasion, head))
    ):
        return False
    if told.kind == head.kind and not _short_for_its_venue(head.place, told):
        told.place = told.place or head.place  # a call's place is not the headline's dateline
    told.occasion = told.occasion or head.occasion
    told.when = told.when or head.when
    told.join(head.people, head.sentence)
    return True


def _the_country_of_the_town(country: object, town: object) -> bool:
    """A headline's country alone and the body's town in it ("meet in Qatar" over "met in Doha"):
    the same place, told more closely.

    >>> _the_country_of_the_town(Place(country="Qatar"), Place(city="Doha", country="Qatar"))
    True
    >>> _the_country_of_the_town(Place(country="Kenya"), Place(city="Doha", country="Qatar"))
    False
    """
    return (
        isinstance(country, Place)
        and isinstance(town, Place)
        and country.city is None
        and country.region is None
        and country.country is not None
        and town.country == country.country
    )


def _the_venue_and_its_town(venue: object, town: object) -> bool:
    """A headline's venue that the table places in no town ("talks at Filoli Estate") and the
    town of that country the article then gives ("at the Filoli Estate in Woodside"): one place."""
    return (
        isinstance(venue, Place)
        and isinstance(town, Place)
        and venue.region is not None
        and venue.city is None
        and town.city is not None
        and venue.country == town.country
    )


def _short_for_its_venue(short: Place | None, told: Found) -> bool:
    """A headline's town whose name begins the name of a venue the body's report of the meeting
    gives, in the report's country ("at Bellevue" over "at Bellevue Palace in Berlin"): the
    headline's short form of that venue, not the namesake town elsewhere."""
    if short is None or short.city is None or told.place is None:
        return False
    sentence = told.sentence
    for token in span_tokens(sentence):
        if token.text != short.city.split()[0]:
            continue
        for end in range(token.i + 2, min(token.i + 5, sentence.end) + 1):
            venue = sentence.doc[token.i : end].text
            if venue.startswith(short.city + " ") and is_venue_name(venue):
                place = resolve_place(venue)
                return place is not None and place.country == told.place.country
    return False


def _told_in_parts(head: Found, found: list[Found]) -> list[Found]:
    """The meetings a headline of three or more people tells at once, which the article tells as
    meetings of one of them with each of the others, all in the news and of a kind the headline
    allows; none unless they name all the headline's people."""
    if len(head.people) < 3:
        return []
    parts: list[Found] = []
    for m in found:
        if (
            len(m.people) >= 2
            and set(m.people) < set(head.people)
            and (m.kind == head.kind or (_unsaid_how(head) and m.kind in REMOTE_KINDS))
            and not is_background(span_text(m.sentence))
            and all(set(m.people) != set(p.people) for p in parts)
        ):
            parts.append(m)
    shared = set.intersection(*(set(p.people) for p in parts)) if parts else set()
    named = set().union(*(set(p.people) for p in parts)) if parts else set()
    return parts if len(parts) >= 2 and shared and named == set(head.people) else []


def by_the_same_means(found: list[Found]) -> None:
    """A meeting told without saying how ("Hours later, the Prime Minister spoke to Zelenskyy")
    after the article told a call of the same people is that call: a call too, placed nowhere;
    so is one its sentence dates by a call ("Shortly after the Putin call, Trump spoke with
    Zelenskiy": one call after another)."""
    for i, meeting in enumerate(found):
        if not _unsaid_how(meeting) or meeting.trigger.pos_ != "VERB" or meeting.place is not None:
            continue  # "held face-to-face talks" says how
        if (
            _after_a_call(meeting)
            or _called_a_call_after(meeting, found)
            or _spoke_nowhere(meeting, found[:i])
        ):
            meeting.kind = "phone"
            continue
        call = next(
            (
                m
                for m in found[:i]
                if m.kind in REMOTE_KINDS
                and set(m.people) == set(meeting.people)
                and not is_background(span_text(m.sentence))
            ),
            None,
        )
        if call is not None:
            meeting.kind = call.kind


# the words that put a talk where its people are together: a trip, a gathering's edges, a guest
_TOGETHER_WORDS = TRIP_NOUNS | SETTING_NOUNS | frozenset("visiting host guest summit arrive".split())
# how many sentences back a meeting held in person keeps its people together for a talk told next
SAME_STAY = 2


def _spoke_nowhere(meeting: Found, before: list[Found]) -> bool:
    """Whether a talk one person is told to have had by "speak" or "talk" with another named ("A
    spoke with B on Monday", "said he had spoken to B this morning") is told nowhere: no place,
    venue ("at the palace"), gathering, trip or visitor in its sentence, no place the article gave
    its people then, and no meeting held in person by one of them just told (``before``: "A met B
    in Jakarta. A also spoke with C", on the same stay). In news a talk that names no place is a
    call; one held face to face is told where. Not a talk of two told together ("the two leaders
    talked for an hour", "they talked about trade"), which tells of a meeting told before."""
    verb = meeting.trigger
    if lemma_of(verb) not in {"speak", "talk"} or meeting.occasion is not None:
        return False
    subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].conjuncts or subjects[0].tag_ in {"NNS", "NNPS"}:
        return False  # "the two leaders talked for an hour": told of a meeting
    if subjects[0].lower_ in {"they", "we"}:
        return False  # "they talked about trade"
    spoken_to = prep_objects("with", verb) + prep_objects("to", verb)
    named = {w for p in meeting.people for w in (*p.tokens, *" ".join(p.written).split())}
    if not any(o.text in named for o in spoken_to):
        return False  # "talked with young people", "speaking to officials": no one named
    # a place in the words naming the one spoken to describes him: "B, known as Hemedti"
    naming = {t.i for o in spoken_to for t in subtree_of(o)}
    if any(
        t.lemma_.lower() in _TOGETHER_WORDS or (t.ent_type_ in {"GPE", "FAC", "LOC"} and t.i not in naming)
        for t in span_tokens(meeting.sentence)
    ):
        return False
    if any(  # "spoke with B at the presidential palace", not "at 3 p.m."
        o.ent_type_ not in {"DATE", "TIME"} and o.lower_ != "length"
        for o in prep_objects("at", *subtree_of(verb))
    ):
        return False
    sentences = [s.start for s in doc_sentences(meeting.sentence.doc)]
    at = sentences.index(meeting.sentence.start) if meeting.sentence.start in sentences else 0
    return not any(
        m.kind in {"in_person", "visit"}
        and set(m.people) & set(meeting.people)
        and m.sentence.start in sentences[max(0, at - SAME_STAY) : at]
        for m in before
    )


def _after_a_call(meeting: Found) -> bool:
    """Whether a meeting's clause is dated by a call: "after the Putin call", "following his
    call with Biden"."""
    return any(
        token.lemma_.lower() in CALL_NOUNS  # "after the call", not "after the talks"
        and token.pos_ == "NOUN"
        and token.dep_ == "pobj"
        and token.head.lower_ in {"after", "following"}
        for token in clause_tokens(meeting.sentence, meeting.clause)
    )


# how many sentences on an article may name a call it has just told without saying how
CALL_LOOKBACK = 4


def _called_a_call_after(meeting: Found, found: list[Found]) -> bool:
    """Whether a talk told without saying how ("A spoke with B on Monday") is named a call by the
    rest of its own sentence or the sentences that follow it, before a meeting of anyone else is
    told: "spoke with B and described the call as friendly", "The call lasted an hour", "Beijing
    said after the call that ...". Only "speak" and "talk" are read so (to meet is to be
    there); "the call for a ceasefire" is an appeal, not the talk."""
    if lemma_of(meeting.trigger) not in {"speak", "talk"}:
        return False
    doc = meeting.sentence.doc
    # the people of its own sentence's meetings: "spoke separately with A and B. The calls ..."
    people = {p for m in found if m.sentence.start == meeting.sentence.start for p in m.people}
    # the rest of its own sentence first: "had just spoken with B and described the call as friendly"
    if any(_a_call_pointed_back(token) for token in doc[meeting.trigger.i + 1 : meeting.sentence.end]):
        return True
    sentences = [s for s in doc_sentences(doc) if s.start >= meeting.sentence.end][:CALL_LOOKBACK]
    for sentence in sentences:
        if any(m.sentence.start == sentence.start and not set(m.people) <= people for m in found):
            return False  # another meeting told first: the call named is more likely its
        if any(_a_call_pointed_back(token) for token in span_tokens(sentence)):
            return True
    return False


def _a_call_pointed_back(token: Token) -> bool:
    """Whether a word is a call named as one just told: "the call", "these calls", not "the call
    for calm" (an appeal) nor "a call" (a new one)."""
    return (
        token.lemma_.lower() == "call"
        and token.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in POINTING_BACK for c in children_of(token))
        and not any(c.dep_ == "prep" and c.lower_ in {"for", "to"} for c in children_of(token))
    )


# Headline words that say two people spoke, not how: "Jaishankar speaks to Sabry", "Xi, Biden talk".
UNSAID_HOW = frozenset("speak talk talks discuss confer".split())


def _unsaid_how(head: Found) -> bool:
    """Whether a headline's meeting is in person only because it does not say how ("Jaishankar
    speaks to Sabry"): the article's phone or video call of the same people is that one."""
    return head.kind == "in_person" and lemma_of(head.trigger) in UNSAID_HOW


def at_a_venue_unplaced(meeting: Found) -> bool:
    """Whether a meeting is told as held at a venue no table places ("the two leaders met at the
    Sabarmati Riverfront Pavilion"), in its own clause or a sentence that goes on to tell it: the
    city of another meeting told near it (a greeting on the way, "in the port city of Mumbai, he
    was welcomed by ...") is not its."""
    return unplaced_venue(meeting.sentence, meeting.clause) or any(
        unplaced_venue(s, set(range(s.start, s.end))) for s in meeting.more
    )


def long_before(meeting: Found, published: date | None) -> bool:
    """Whether a meeting is dated before the week of the news."""
    return meeting.when is not None and published is not None and not this_week(meeting.when, published)


def dated_in_its_clause(meeting: Found) -> bool:
    """Whether a date is told in a meeting's own clause (a DATE entity rooted in it); not one of a
    clause "since" opens, which tells when the count began ("their first meeting since A took office
    on Oct. 1", "the first talks since the war began in 2022"), not the day of the meeting."""
    return any(
        e.label_ == "DATE" and e.root.i in meeting.clause and not _counted_since(e.root, meeting.clause)
        for e in entities(meeting.sentence)
    )


def _counted_since(word: Token, clause: set[int]) -> bool:
    """Whether a word of a meeting's clause is in a phrase or clause "since" opens."""
    return any(
        a.i in clause
        and (a.lower_ == "since" or any(c.dep_ == "mark" and c.lower_ == "since" for c in children_of(a)))
        for a in (word, *ancestors_of(word))
    )


def ended_before_the_week(span: DateSpan | None, published: date | None) -> bool:
    """Whether a span ended more than a week before publication: the past of the news."""
    return (
        span is not None
        and span.end is not None
        and published is not None
        and (published - span.end).days > 7
    )


def this_week(span: DateSpan, published: date | None) -> bool:
    """Whether a span starts within the week before publication: the article's news."""
    return published is not None and span.start is not None and 0 <= (published - span.start).days <= 7


def told_in_full(report: Found, found: list[Found], published: date | None = None) -> bool:
    """A visit with no named host (done, planned or called off), or a meeting with a delegation no
    one of which is named, is left out where the article names whom that person met (of that
    delegation's country), for a planned visit whom they will meet, and for one called off whom
    they were to meet; a visit, where it names
    whom they met in that country on that trip: not a visit dated before the week of a meeting
    of the news ("Putin last visited Mongolia in 2019"), unless that meeting is dated within the
    visit's days (:func:`_on_its_days`), nor a trip or plan to another country
    than that meeting's ("will meet Fidan in Ankara ... will also visit Tehran"), nor a visit
    and a call or a video link, held from afar, never on the trip; nor a meeting the one told is
    said to have followed (:func:`came_before_the_one_told`)."""
    if len(report.people) != 1 or report.kind not in {"visit", "in_person", "planned", "cancelled"}:
        return False
    if report.kind == "visit" and any(_the_visits_own_meeting(report, other) for other in found):
        return True  # "held talks with Putin during his state visit to Russia": the talks, no visit
    if came_before_the_one_told(report):
        return False  # "The call followed a meeting between Erdogan and a UAE delegation": not the call
    person = report.people[0]
    for other in found:
        if other is report or len(other.people) < 2 or person not in other.people:
            continue
        if report.kind == "visit" and other.kind in REMOTE_KINDS:
            continue  # "invited him in a phone call in September ... his last visit was in 2019"
        if report.kind == "planned" and _a_stop_of_the_tour(report, other, published):
            return True  # "met Sogavare in Honiara ... will travel on to Samoa, Fiji and Tonga"
        if report.kind in {"visit", "planned"} and in_other_countries(report.place, other.place):
            continue  # "met Marape in Port Moresby ... recently visited Vanuatu": another trip; "will
            # meet Fidan in Ankara ... will also visit Tehran": another stop of the tour
        if (
            report.kind == "visit"
            and long_before(report, published)
            and not _on_its_days(other.when, report.when)
            and (not of_the_past(other, published) or other_days(report.when, other.when))
        ):
            continue  # "greeted Putin in the capital's main square ... Putin last visited Mongolia in 2019";
            # "had met Putin in February ... last visited Kazakhstan in 2017": another trip
        if report.kind == "visit" and _another_stop(report, other):
            continue  # "began the visit on Monday in Atlanta ... met Biden at the White House on Thursday"
        if report.kind == "visit" and _another_trip_than_the_summit(report, other):
            continue  # "met Mottley at the summit ... his official visit to that Caribbean nation in 2022"
        if report.kind == "planned" and _an_onward_leg(report, other, published):
            return True  # "met Modi in New Delhi ... will travel on to Mumbai before returning home"
        if report.kind == "planned" and _the_trip_since_made(report, other, published):
            return True  # "spoke in March, when A confirmed he would travel to Moscow": the trip made
        if _told_as(other.kind) != _told_as(report.kind) and not the_headline(report.sentence):
            continue  # a plan is told by the meeting planned, not by one held, and the other way round
            # (a headline tells a plan in the present: "Macron lands in Amazon for three-day visit")
        if report.kind == "cancelled" and not _in_one_country(report.place, other.place):
            continue  # "calls off planned Israel trip ... a meeting pencilled in for Ankara called off"
        if report.kind in {"visit", "planned", "cancelled"} or {p.country for p in other.people} >= set(
            report.delegations
        ):
            return True
    return False


def _a_stop_of_the_tour(plan: Found, meeting: Found, published: date | None) -> bool:
    """Whether a one person's trip to come with no day told is a further stop of the tour on which
    the article tells them meeting someone, in person or by plan, in the days of the news ("met
    Sogavare in Honiara on Thursday ... From Honiara, Wang will travel to Kiribati, Samoa and
    Fiji", "leaves for Brazzaville on Tuesday, before visiting Chad and Nigeria"): an itinerary,
    not yet a visit with a day of its own. A plan whose clause tells a day ("intends to visit the
    UAE in February", "will also visit Tehran on Wednesday") is one; the end of the whole tour
    ("will travel to Kiribati, Samoa and Fiji until June 4") is no day of a stop."""
    if plan.when is not None or meeting.kind not in {"in_person", "planned"}:
        return False
    if any(
        e.label_ == "DATE"
        and e.root.i in plan.clause
        and not _counted_since(e.root, plan.clause)
        and e.root.head.lower_ not in {"until", "till"}
        for e in entities(plan.sentence)
    ):
        return False
    return not ended_before_the_week(meeting.when, published)


def _another_stop(visit: Found, other: Found) -> bool:
    """Whether a visit is to another city than a meeting's, on other days: a stop of a tour of
    its own ("began his visit on Monday in Houston, where he toured a plant ... Trump received him
    at the White House on Thursday"), which that meeting does not tell."""
    return (
        visit.place is not None
        and other.place is not None
        and visit.place.city is not None
        and other.place.city is not None
        and visit.place.city != other.place.city
        and other_days(visit.when, other.when)
    )


# verbs by which one tells beforehand what one will do: "confirmed that he would travel"
FORETELLING = frozenset("say confirm announce promise tell pledge vow".split())


def _the_trip_since_made(plan: Found, held: Found, published: date | None) -> bool:
    """Whether a one person's plan with no day of its own, told as said before in the past ("The
    two spoke by phone in March, when A confirmed that he would travel to Moscow for the
    anniversary"), is the trip the article tells made: its person met someone in person in that
    city by the day of the news. Not a plan told as to come ("A will return to Moscow"), nor one
    with a day of its own, nor one to another city."""
    if plan.when is not None or plan.place is None or held.place is None or held.kind != "in_person":
        return False
    if plan.place.city is None or plan.place.city != held.place.city:
        return False
    if held.when is None or held.when.end is None or published is None or held.when.end > published:
        return False
    verb = plan.verb
    if not any(c.dep_ == "aux" and c.lower_ == "would" for c in children_of(verb)):
        return False
    teller = verb.head
    told_then = teller.tag_ == "VBD" or (  # "confirmed", "had announced"
        teller.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in children_of(teller))
    )
    return verb.dep_ == "ccomp" and told_then and teller.lemma_.lower() in FORETELLING


def _the_visits_own_meeting(visit: Found, meeting: Found) -> bool:
    """Whether a meeting is the one a visit was made for, which names its host: one its visitor
    held in the visited country told in the visit's own sentence ("held talks with Tokayev in
    Astana, as he is paying a state visit to Kazakhstan", "his state visit to Russia, during which
    he held talks with Putin"), however the two are dated; or one planned there on the visit's
    day, in its city where both name one ("It is his first visit to the country ... he is due in
    Ouagadougou this afternoon, where he will be received by Traore"): the visit has not been
    made yet, the plan tells it; so does one planned there on a day within a visit told over
    several. Not a meeting in another country, nor a call."""
    person = visit.people[0]
    if meeting is visit or len(meeting.people) < 2 or person not in meeting.people:
        return False
    if visit.place is None or meeting.place is None or visit.place.country != meeting.place.country:
        return False
    if meeting.kind == "in_person":
        return meeting.sentence.start == visit.sentence.start
    if meeting.kind != "planned":
        return False
    if visit.when is not None and visit.when.precision == "days" and _on_its_days(meeting.when, visit.when):
        return True  # "is on a visit to Kyrgyzstan and Armenia from October 10 to 13 ... is to hold
        # talks with Mirzoyan in Yerevan on Wednesday": that stop of the visit, told by its plan
    if not _days_within(visit.when, meeting.when, 0):
        return False
    return None in (visit.place.city, meeting.place.city) or visit.place.city == meeting.place.city


LEG_DAYS = 3  # days between the meetings of a visit and an onward stop told as that visit's


def _an_onward_leg(plan: Found, meeting: Found, published: date | None) -> bool:
    """Whether one traveller's planned trip is a further stop of the visit on which the article
    tells him meeting someone: another city of the country he is visiting, on no day of its own or
    within days of that meeting ("met Modi in New Delhi on Monday ... will travel to Mumbai before
    returning home"; "is due in Shanghai on Tuesday"). A trip to the city of the meeting, to
    another country, or far from its days (a visit to come next year) is a trip of its own."""
    trip, held = plan.place, meeting.place
    if meeting.kind not in {"in_person", "visit"} or trip is None or held is None:
        return False
    if trip.city is None or held.city is None or trip.city == held.city or trip.country != held.country:
        return False
    if in_own_country(plan.people[0], held) or (meeting.when is not None and long_before(meeting, published)):
        return False
    return (
        plan.when is None
        or _days_within(plan.when, meeting.when, LEG_DAYS)
        or _in_the_stay(plan.when, meeting.when)
    )


def _in_the_stay(plan: DateSpan, stay: DateSpan | None) -> bool:
    """Whether a day told to the day falls within a meeting dated over the days of a visit ("the
    talks ... on Thursday, of his four-day visit": Friday's stop in another city is of that visit)."""
    return (
        stay is not None
        and plan.precision == "day"
        and stay.precision == "days"
        and plan.start is not None
        and stay.start is not None
        and stay.end is not None
        and stay.start <= plan.start <= stay.end
    )


def _another_trip_than_the_summit(visit: Found, meeting: Found) -> bool:
    """Whether a visit told with a time of its own is another trip than a meeting at a summit the
    article tells with none, or with other days: a visit "in 2022" is not the trip on which one met
    its host on the summit's programme."""
    if meeting.occasion is None or visit.occasion is not None or visit.when is None:
        return False
    return meeting.when is None or other_days(visit.when, meeting.when)


def the_headline(sentence: Span) -> bool:
    """Whether a sentence is the article's first line, a headline with no full stop."""
    first = next((t for t in doc_tokens(sentence.doc) if not t.is_space), None)
    words = [t for t in span_tokens(sentence) if not t.is_space]
    return (
        first is not None
        and sentence.start <= first.i < sentence.end
        and bool(words)
        and words[-1].text != "."
    )


def _in_one_country(trip: Place | None, meeting: Place | None) -> bool:
    """Whether a meeting is known to be where a trip went, where the trip's place is told."""
    return trip is None or (meeting is not None and meeting.country == trip.country)


def _told_as(kind: str) -> str:
    """A plan, one called off, or one held: a trip called off is told by the meeting called off."""
    return kind if kind in {"planned", "cancelled"} else "held"


def _called_about(reference: Found, found: list[Found]) -> bool:
    """Whether the people a reference names are those of a call its sentence tells about it:
    "Kishida spoke by phone with Biden to brief him on the trip" (Biden was not on the trip)."""
    return any(
        m.sentence == reference.sentence and m.kind in REMOTE_KINDS and set(reference.people) <= set(m.people)
        for m in found
    )


def in_other_countries(one: Place | None, other: Place | None) -> bool:
    """Whether two places are known to be in different countries."""
    return (
        one is not None
        and other is not None
        and None not in (one.country, other.country)
        and one.country != other.country
    )


def a_reference(told: Found) -> bool:
    """A meeting word a sentence uses only to name the meeting told before: with no more than one
    person of its own, or as what those named attend ("Attending the talks session were A and B")."""
    verb = told.verb.lemma_.lower()
    attended = (
        verb in {"attend", "represent", "participate"}
        or (verb == "take" and any(c.lower_ == "part" for c in children_of(told.verb)))  # "took part in"
        or (verb == "sit" and any(c.lower_ == "in" for c in children_of(told.verb)))  # "sat in on the talks"
        or (  # "The meeting also included A and B"
            verb in {"include", "involve"} and told.trigger.dep_ == "nsubj" and told.trigger.head == told.verb
        )
        or _present_at(told.trigger)  # "Also present during the meeting were A and B"
        or attended_by(told.trigger)  # "A hosted the summit, which was attended by B and C"
        or hosted_by_someone(told.trigger)  # "The talks were hosted by A and facilitated by B"
    )
    if told.trigger.pos_ == "VERB" and any(
        attended_by(c) for c in children_of(told.trigger) if c.dep_ == "dobj"
    ):
        return told.kind == "in_person"  # "hosted" of "A hosted the summit, which was attended by B"
    return (
        (the_meeting(told.trigger) or (attended and owned_by_a_day_or_them(told.trigger)))
        and (told.kind == "in_person" or (attended and told.kind in ATTENDED_KINDS))
        and (len(told.people) < 2 or attended)
        and (not told.delegations or attended)  # "attended by A, Foreign Minister of Jordan"
    )


def attended_by(noun: Token) -> bool:
    """Whether a definite meeting word is told with who attended it: "the summit, which was
    attended by A and B"."""
    return the_meeting(noun) and any(
        c.dep_ == "relcl" and c.lemma_.lower() == "attend" for c in children_of(noun)
    )


# What a third party does for the talks of others, which puts them at the table: "The talks were
# hosted by A", "the meeting, facilitated by B and C", "talks chaired by D".
THIRD_PARTY_VERBS = frozenset("host facilitate mediate broker chair moderate convene".split())


def hosted_by_someone(noun: Token) -> bool:
    """Whether a definite meeting word is told with who hosted, chaired or facilitated it, by the
    agent of a passive verb: "The talks were hosted by A", "The meeting, facilitated by B and C,
    lasted three hours" (A, B and C took part)."""
    if not the_meeting(noun):
        return False
    return any(
        verb.lemma_.lower() in THIRD_PARTY_VERBS and any(c.dep_ == "agent" for c in children_of(verb))
        for verb in _verbs_of_the_noun(noun)
    )


def _verbs_of_the_noun(noun: Token) -> list[Token]:
    """The verbs that tell of a meeting word from outside it: the passive verb it is the subject
    of ("The talks were hosted by A"), then those set beside it ("the meeting, facilitated by B")."""
    verbs = [noun.head] if noun.dep_ == "nsubjpass" else []
    return verbs + [c for c in children_of(noun) if c.dep_ == "acl"]


def _present_at(trigger: Token) -> bool:
    """Whether a meeting word is where those named were present: "present at the video call",
    "Also present during the meeting were A and B", also where the parser hung the preposition on
    the verb "be" whose complement "present" is ("A and B were | present | at the meeting")."""
    noun = trigger.head if trigger.dep_ == "compound" else trigger
    if noun.dep_ != "pobj" or noun.head.lower_ not in {"at", "during", "in"}:
        return False
    held = noun.head.head
    return (
        held.lower_ == "present"
        or (
            held.lemma_ == "be"
            and any(c.dep_ == "acomp" and c.lower_ == "present" for c in children_of(held))
        )
        or _in_attendance(held)
    )


def _in_attendance(word: Token) -> bool:
    """Whether a word is the "attendance" of "in attendance", said as "present" is ("Also in
    attendance at the talks were A and B"), or the "in" of it, on which the parser may hang the
    "at" of the meeting."""
    if word.lower_ == "attendance":
        return word.dep_ == "pobj" and word.head.lower_ == "in"
    return word.lower_ == "in" and any(
        c.dep_ == "pobj" and c.lower_ == "attendance" for c in children_of(word)
    )


_LINKED_OR_SESSION = LINKED_NOUNS | {"session"}  # joined once, not at each word looked at


def the_meeting(token: Token) -> bool:
    """A definite meeting word: "the talks", "the session", "the talks session"."""
    if not (is_trigger(token) or lemma_of(token) in _LINKED_OR_SESSION):
        return False  # most words, whose children need not be read
    return definite_word(token) or (token.dep_ == "compound" and definite_word(token.head))


def retold(found: list[Found], meeting: Found) -> list[Found]:
    """The earlier tellings of a meeting that a later sentence tells again, adding no place or day:
    "A received B in Cairo on Monday. The two leaders discussed trade." Those said to attend it
    next ("The meeting was attended by C") attend both."""
    before = next((i for i, told in enumerate(found) if told is meeting), len(found))
    return [
        told
        for told in found[:before]  # not a meeting told after it ("They last met in Doha")
        if told.kind == meeting.kind
        and set(told.people) == set(meeting.people)
        and (meeting.place in (None, told.place) or _its_country(meeting.place, told.place))
        and meeting.when in (None, told.when)
    ]


def _its_country(country: Place | None, place: Place | None) -> bool:
    """Whether a place told with only its country is that of a place told in full: "Xi held talks
    with Tebboune in Beijing ... Xi also hosted a banquet in honor of Tebboune" (in China, from
    the host's country)."""
    return (
        country is not None
        and place is not None
        and country.city is None
        and country.region is None
        and country.country is not None
        and country.country == place.country
    )


def _the_plan_called_off(token: Token, before: Found) -> bool:
    """Whether "the plan" or "that plan", with no words of its own, is called off right after a
    meeting told as planned: that meeting is called off ("A was to meet B on Monday. That plan
    could not go ahead", "The plan was shelved"). Not a plan of something else ("the plan for a
    ceasefire was shelved"), nor one still on ("the plan has not been cancelled")."""
    words = [c.lower_ for c in children_of(token)]
    return (
        before.kind == "planned"
        and token.lemma_.lower() == "plan"
        and token.pos_ == "NOUN"
        and len(words) == 1
        and words[0] in {"the", "that", "this"}
        and token.sent.start - before.sentence.end <= 40
        and called_off(token)
    )


_LINKED_OR_PLAN = LINKED_NOUNS | {"plan"}  # the words a reference may be, beside the triggers

HELD_VERBS = frozenset("be hold schedule set slate plan take start begin open last run end".split())


# the words by which a gathering "was last held" or "first held": an edition before the one told
EDITIONS_BEFORE = frozenset("last previously first once".split())


def note_the_reference(
    sentence: Span, before: Found | None, told: list[Found], published: date | None
) -> None:
    """What a definite reference to the meeting reported just before it says of it, as the
    subject of its own clause ("... met in Qatar. The meeting started at 4pm in Doha"; "Lula
    will have lunch with Macron; the lunch is scheduled for Friday"): the city where the report
    gave only its country, or a place, an occasion ("The talks took place on the sidelines of the
    G20 summit") and a date where it gave none. ``before``: the last
    meeting of the sentences before; ``told``: the meetings the sentence itself reports."""
    if before is None and not told:
        return
    taken = {m.trigger.i for m in told if not _the_one_before(m, before)}
    for token in span_tokens(sentence):
        if token.i in taken or token.pos_ not in TRIGGER_POS:
            continue  # most words: no noun, verb or adjective, so neither a trigger nor nominal below
        if not (is_trigger(token) or lemma_of(token) in _LINKED_OR_PLAN):
            continue  # most words: neither a meeting word nor "the plan", their children not read
        if not (nominal(token) and definite_word(token)):
            continue
        if the_thing_it_dates(token) is not None:
            continue  # "discussed the agreements reached during the official visit ... in May 2018"
        if before is not None and _the_plan_called_off(token, before):
            before.kind = "cancelled"  # "A was to meet B in Lima on Monday. That plan could not go ahead"
            return
        if not (is_trigger(token) or lemma_of(token) in LINKED_NOUNS) or vague(token):
            continue  # a meeting word: "the meeting", also "the lunch", "the dinner"
        if any(c.lower_ in OTHER_TIMES or c.lower_ == "such" for c in children_of(token)):
            # "The next summit will be held in Lima on 20 June", "against 43 at the first such
            # gathering in Sochi in 2019": another one of its kind, not this
            continue
        if _a_gathering_named(token, sentence):
            continue  # "the Second Brazil-Africa Summit was held in December": one of its own
        meeting = next((m for m in reversed(told) if m.trigger.i < token.i and m.trigger.i in taken), before)
        if meeting is not None and meeting.kind in REMOTE_KINDS:
            if token.lemma_.lower() in CALL_AGAIN:  # "During the call on Jan. 15": the call told before
                meeting.when = meeting.when or date_by_the_noun(sentence, token, published)
            return
        if meeting is None or meeting.kind not in {"in_person", "planned"}:
            return
        if sentence.start - meeting.sentence.end > 40:
            return
        if meeting.kind == "planned" and called_off(token):
            meeting.kind = (
                "cancelled"  # "... tried to set up a meeting between A and B. That meeting was cancelled"
            )
            return
        subject = token.dep_ in {"nsubj", "nsubjpass"} and token.head.lemma_.lower() in HELD_VERBS
        if subject and any(
            c.dep_ == "advmod" and c.lower_ in EDITIONS_BEFORE for c in children_of(token.head)
        ):
            continue  # "The summit ... was last held in Chengdu in December 2019": an earlier one
        described = [c for c in children_of(token) if c.dep_ == "acl" and c.lemma_.lower() in HELD_VERBS]
        clause = own_clause(token) | (own_clause(token.head) if subject else set())
        clause |= {i for c in described for i in own_clause(c)}  # "During the meeting, held at X in Y"
        place = clause_place(sentence, clause)
        if within(place, meeting.place) or (
            (subject or described) and meeting.place is None and place is not None
        ):
            meeting.place = place
        if (subject or described) and meeting.occasion is None:
            # "The meeting took place on the sidelines of the G20 summit"; not "The BRICS summit in
            # Kazan runs from October 22", the gathering itself, not the occasion of the meeting,
            # but "the summit" of two held on the sidelines of one ("the summit is to take place
            # on the sidelines of the APEC leaders' meeting")
            gathering = lemma_of(token) in GATHERINGS
            meeting.occasion = (
                margins_occasion(sentence, clause) if gathering else clause_occasion(sentence, clause, token)
            )
        if subject and meeting.when is None:
            meeting.when = clause_date(sentence, clause, published, future=meeting.kind in TO_COME)
        if meeting.when is None and meeting.kind == "in_person":  # "At the meeting on Monday, ..."
            meeting.when = date_by_the_noun(sentence, token, published)
        return


def the_thing_it_dates(noun: Token) -> Token | None:
    """The thing a meeting word only tells the time of, in a participle or relative clause on that
    thing's noun, which the sentence speaks of: "agreements" of "The parties discussed the
    implementation of agreements reached during the official visit of the President to the United
    States in May 2018" (the visit is another one, its place and day none of the meeting told
    before); None for a phrase set on the sentence's own verb ("During the meeting, held at X,
    ..."), and for a clause on a person ("Fidan, who had held talks with B"), whose meetings they are."""
    clause = next((a for a in ancestors_of(noun) if a.pos_ in {"VERB", "AUX"}), None)
    if clause is None or clause.dep_ not in {"acl", "relcl"}:
        return None
    thing = clause.head
    if (
        thing.pos_ != "NOUN"
        or thing.ent_type_ in {"PERSON", "NORP"}
        or thing.lemma_.lower() in PERSON_NOUNS
        or office_word(thing) in OFFICES
        or is_trigger(thing)
    ):
        return None
    return thing


def _a_gathering_named(token: Token, sentence: Span) -> bool:
    """Whether a meeting word is the last of a gathering's proper name, capitalised inside the
    sentence after names of who holds it ("the Third Korea-Africa Partnership Summit"), or the
    noun of a gathering the sentence names ("a meeting had been planned during the G20 summit in
    May": the G20's month, not that of the meeting told before): a gathering of its own, never
    the meeting told just before named again ("the meeting", "the Lula-Macron meeting")."""
    if (
        token.i > token.sent.start
        and token.text[:1].isupper()
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in children_of(token))
    ):
        return True
    return any(gathering_noun(span) == token for span, _ in gatherings_named(sentence))


# the words that name a call told just before again: "During the conversation on Jan. 15, ..."
CALL_AGAIN = frozenset("call conversation talk talks".split())


def _the_one_before(told: Found, before: Found | None) -> bool:
    """Whether a sentence's meeting of one person is the call told before, named again with a
    definite word ("... a phone call with Trump. During the conversation on Jan. 15, Trump
    insisted ...")."""
    return (
        before is not None
        and before.kind in REMOTE_KINDS
        and len(told.people) == 1
        and set(told.people) <= set(before.people)
        and told.trigger.lemma_.lower() in CALL_AGAIN
        and definite_word(told.trigger)
    )


def date_by_the_noun(sentence: Span, noun: Token, published: date | None) -> DateSpan | None:
    """The date a definite reference gives the meeting in its own words: "During the 45-minute
    conversation on Jan. 15, Trump insisted ...": January 15."""
    words = {
        i for c in children_of(noun) if c.dep_ == "prep" and c.lower_ in {"on", "in"} for i in own_clause(c)
    }
    if not any(e.label_ == "DATE" and e.root.i in words for e in entities(sentence)):
        return None
    return clause_date(sentence, words, published, future=False)


def before_the_news(meeting: Found) -> bool:
    """A meeting told as background: "last met", "had (also) met"."""
    return is_background(span_text(meeting.sentence)) or past_perfect(meeting.verb)


def the_gathering_told_before(
    meeting: Found, before: list[Span], people: People, published: date | None
) -> None:
    """A summit a sentence points back to ("The summit, convened from Harare, was attended online
    by A and B"; "That summit, hosted by C, was attended by D") is the one the sentences just
    before tell ("... at an Extraordinary Summit chaired by E"; "... after the joint summit in
    Dar es Salaam on February 8, which E co-chaired with F"): where its sentence says nothing of
    it, its day, place and occasion are that one's, and those named there as chairing or hosting
    it take part."""
    noun: Token | None = meeting.trigger
    if noun is None or noun.dep_ not in {"nsubj", "nsubjpass"} or lemma_of(noun) not in GATHERINGS:
        # "The summit was attended by ...", "attended the summit", not "after attending a session
        # of the summit"
        noun = _the_gathering_attended(meeting.verb)
    if noun is None:
        return
    if not definite_word(noun):
        return
    if meeting.occasion is not None or dated_in_its_clause(meeting):
        return
    for sentence in reversed(before):
        named_so = _named_as_the_word(sentence, noun)
        told = [
            t
            for t in span_tokens(sentence)
            if t.pos_ in {"NOUN", "PROPN"}
            and (lemma_of(t) == lemma_of(noun) or _the_same_online(t, noun) or t in named_so)
        ]
        if not told or is_headline(sentence):
            continue  # not "Trump Scraps Planned Summit With Putin"
        antecedent = told[-1]
        phrase = {t.i for t in subtree_of(antecedent)}
        # the gathering named there, even as what was spoken of ("welcomed the results of the SCO
        # summit held on November 10. The leaders took part in the summit via videoconference")
        occasion = (
            clause_occasion(sentence, phrase, antecedent)
            or next((o for span, o in gatherings_named(sentence) if gathering_noun(span) == antecedent), None)
            or _the_headlines_gathering(sentence, antecedent)
        )
        day = _day_told_of(sentence, antecedent, published)
        place = clause_place(sentence, phrase) or next(  # even "after the summit in Dar es Salaam"
            (p for e in place_spans(sentence) if in_clause(e, phrase) and (p := resolve_place(e.text))), None
        )
        if occasion is None and day is None and place is None:
            return  # nothing told of it to take
        meeting.occasion = occasion
        meeting.when = day or meeting.when
        if meeting.kind == "in_person" and _held_online(antecedent):
            meeting.kind, meeting.place = (
                "video",
                None,
            )  # "held a virtual summit ... The summit was chaired by A"
        if meeting.kind == "in_person":
            meeting.place = place or meeting.place
        chairs = [t for g in (*chaired_by(antecedent), *_its_host(antecedent)) for t in subtree_of(g)]
        told_there = people.in_tokens([*subtree_of(antecedent), *chairs])
        meeting.people += [p for p in told_there if p not in meeting.people]
        return
    if not at_another_time(noun):
        # none in the sentences just before: the one named further back, its occasion alone, as
        # its day and place may be of another time or place told between ("... hours before the
        # 41st GCC summit. [three sentences] The summit, held at a concert hall, brought together ...")
        meeting.occasion = occasion_named_before(noun)


def _named_as_the_word(sentence: Span, noun: Token) -> set[Token]:
    """The nouns of the gatherings a sentence names by a body's formal name under another word,
    whose name as the table reads it is of ``noun``'s word: "the 41st session of the Supreme
    Council of the GCC" is the GCC summit, so "the summit" after it means that session."""
    word = lemma_of(noun)
    return {
        gathering_noun(span)
        for span, occasion in gatherings_named(sentence)
        if word in occasion.name.lower().split()
    }


def _the_same_online(told: Token, noun: Token) -> bool:
    """Whether a gathering told as held by video is named again by another word of one held so:
    "chaired a virtual summit ... Kagame joined the video conference" (the summit)."""
    return lemma_of(told) in GATHERINGS and _held_online(told) and _held_online(noun)


def _the_headlines_gathering(sentence: Span, antecedent: Token) -> Occasion | None:
    """The gathering the headline names, for "a summit" the lead tells as one of its own
    ("ASEAN summit backs ceasefire" over "Leaders of Southeast Asia called for a ceasefire at a
    summit held in Vientiane on Monday. The summit, hosted by ..."): the lead tells the headline's
    news again, so the first gathering of its sort it tells is the headline's, where the headline
    names one of that sort; not one told in a sentence after the lead, nor after another of its
    sort."""
    doc = sentence.doc
    if not a_gathering_of_its_own(antecedent):
        return None
    headline = next(iter(doc_sentences(doc)), None)
    if headline is None or headline == sentence or not the_headline(headline):
        return None
    if any(t.pos_ in {"VERB", "AUX"} for t in doc[headline.end : antecedent.sent.start]):
        return None  # told after the lead, not in it: a dateline or a byline alone may come between
    if any(lemma_of(t) == lemma_of(antecedent) for t in doc[headline.end : antecedent.i]):
        return None  # a gathering of its sort told before it: the headline's, if any
    named = {o for _, o in gatherings_named(headline) if of_its_sort(o, antecedent)}
    return named.pop() if len(named) == 1 else None


# the nouns of talks a definite reference may name again: "The round would have brought A and B"
TALKS_TOLD_AGAIN = frozenset("talk talks round session meeting negotiation negotiations".split())


def the_talks_told_before(
    meeting: Found, found: list[Found], before: list[Span], published: date | None
) -> None:
    """Talks a definite reference opening its clause names again ("The round would have brought A
    and B back to Muscat", "The talks were to bring A and B together") are those the sentences
    just before tell with a date in their own words, whom they name or not ("a sixth round of
    talks, which had been due to take place in Muscat on Sunday, would not go ahead", "talks
    scheduled to be held in Doha this Sunday"): of that date, where the reference's own clause
    tells none; not "the next round", another one, nor a meeting of people already found
    meeting, which the reference names again and is joined to ("A met B in Malta. ... the talks,
    held on September 16-17 ... This meeting between A and B")."""
    noun = next(
        (
            t
            for t in (meeting.trigger, *children_of(meeting.verb))
            if t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ == "NOUN" and t.i in meeting.clause
        ),
        None,
    )  # "The round would have brought A and B back for another session of negotiations"
    if meeting.when is not None or noun is None:
        return
    if any(set(other.people) == set(meeting.people) for other in found):
        return
    if lemma_of(noun) not in TALKS_TOLD_AGAIN or not definite_word(noun) or dated_in_its_clause(meeting):
        return
    if any(c.lower_ in OTHER_TIMES or c.lower_ in {"another", "other"} for c in children_of(noun)):
        return
    for sentence in reversed(before):
        if is_headline(sentence):
            return
        for told in (
            t for t in span_tokens(sentence) if t.pos_ == "NOUN" and lemma_of(t) in TALKS_TOLD_AGAIN
        ):
            if told.head.lemma_.lower() in TALKS_TOLD_AGAIN and told.dep_ == "pobj":
                continue  # "a round of talks": the round's phrase is read whole
            words = {t.i for t in subtree_of(told)}
            if any(e.label_ == "DATE" and e.root.i in words for e in entities(sentence)):
                meeting.when = clause_date(sentence, words, published, future=meeting.kind in TO_COME)
                return


def _the_gathering_attended(verb: Token) -> Token | None:
    """The gathering a verb of taking part names as what its subjects took part in: "attended the
    summit", "took part in the summit via videoconference", "participated in the conference"; not
    "attended a session of the summit" (a part of it), which names no gathering here."""
    lemma = lemma_of(verb)
    if lemma in {"attend", "join"}:
        found = [c for c in children_of(verb) if c.dep_ == "dobj"]
    elif lemma in {"take", "participate"}:
        if lemma == "take" and not any(c.dep_ == "dobj" and c.lower_ == "part" for c in children_of(verb)):
            return None
        found = [
            g for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "in" for g in children_of(c)
        ]
    else:
        return None
    return next((g for g in found if g.dep_ in {"dobj", "pobj"} and lemma_of(g) in GATHERINGS), None)


def on_margins_told_before(meeting: Found, before: list[Span], published: date | None) -> None:
    """A meeting held "on the sidelines" or "on the margins" with no "of" after it ("On the
    sidelines, he met B"), or of "the same summit" or "that conference", is held at the gathering
    the sentence just before tells ("On Tuesday, A attended a conference in Amman"; "In February,
    on the margins of the AU Assembly, A met B. On the sidelines of the same summit, A also met
    C"): on its day, and, with no place of its own, in its place;
    not where its own clause tells a time of its own, nor at a gathering named further back than
    the sentence before the one before."""
    if meeting.when is not None or meeting.kind != "in_person" or before_the_news(meeting):
        return
    margins = [
        t
        for t in clause_tokens(meeting.sentence, meeting.clause)
        if _bare_margins(t) or _margins_of_the_same(t)
    ]
    if dated_in_its_clause(meeting) or not margins:
        return
    same = _margins_of_the_same(margins[0])
    for sentence in reversed(before):
        if is_headline(sentence):
            return
        told = [
            t
            for t in span_tokens(sentence)
            if (t.pos_ == "NOUN" or (same and t.pos_ == "PROPN")) and lemma_of(t) in GATHERINGS
        ]
        if not told:
            continue
        noun = told[-1]
        phrase = {t.i for t in subtree_of(noun)}
        meeting.when = _day_told_of(sentence, noun, published)
        meeting.place = meeting.place or next(  # "a conference on aid for Gaza at the Dead Sea in Jordan"
            (
                p
                for e in place_spans(sentence)
                if in_clause(e, phrase | _where_attended(noun))
                and e.root.head.lower_ in {"in", "at"}
                and (p := resolve_place(e.text))
            ),
            None,
        )
        meeting.occasion = meeting.occasion or clause_occasion(sentence, phrase, noun)
        return


def _where_attended(noun: Token) -> set[int]:
    """The words of where the verb a gathering is the object of tells it was ("attended a
    conference on aid at the Dead Sea in Jordan", the parse hanging "at" on "attended")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return set()
    return {
        t.i for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in {"in", "at"} for t in subtree_of(c)
    }


def _bare_margins(token: Token) -> bool:
    """ "sidelines" or "margins" told with nothing to say of what ("on the sidelines, ..."):
    those of the gathering the article has just told."""
    return (
        token.lower_ in MARGIN_WORDS
        and token.dep_ == "pobj"
        and not any(c.dep_ in {"prep", "poss", "compound", "amod"} for c in children_of(token))
    )


def _margins_of_the_same(token: Token) -> Token | None:
    """The gathering "sidelines" or "margins" are told of as the one just told: "on the sidelines
    of the same summit", "on the margins of that conference" (its name, capitalised or not, in the
    sentence before: "on the margins of the 35th Ordinary Session of the Assembly ...")."""
    if token.lower_ not in MARGIN_WORDS or token.dep_ != "pobj":
        return None
    return next(
        (
            g
            for c in children_of(token)
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in children_of(c)
            if g.dep_ == "pobj"
            and lemma_of(g) in GATHERINGS
            and any(
                (d.dep_ == "amod" and d.lower_ == "same") or (d.dep_ == "det" and d.lower_ == "that")
                for d in children_of(g)
            )
        ),
        None,
    )


def _held_online(noun: Token) -> bool:
    """Whether a gathering is told as held by video: "a virtual summit", "an online meeting of the
    council", "the video summit", also by the verb that holds it ("hosted the summit in virtual
    format", "chaired the summit by video link")."""
    if any(c.dep_ in {"amod", "compound"} and c.lower_ in VIDEO_WORDS for c in children_of(noun)):
        return True
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in HOLDING_A_GATHERING:
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"in", "by", "via"}
        and any(t.lower_ in VIDEO_WORDS for t in subtree_of(c))
        for c in (*children_of(noun.head), *children_of(noun))
    )


# the verbs of one who holds a gathering as its host or chair: "Modi hosted the summit"
HOLDING_A_GATHERING = frozenset("host co-host chair co-chair convene".split())


def _its_host(noun: Token) -> list[Token]:
    """Who a sentence tells hosted or chaired a gathering as the subject of the verb it is the
    object of: "A hosted the first summit of the format", "B chaired an extraordinary summit"."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in HOLDING_A_GATHERING:
        return []
    return [c for c in children_of(noun.head) if c.dep_ == "nsubj"]


# the nouns of the office of a gathering's chair: "held under the chairmanship of A"
CHAIR_NOUNS = frozenset("chairmanship chairpersonship chairship".split())


def chaired_by(noun: Token) -> list[Token]:
    """Who a sentence tells chaired or hosted a gathering, outside the noun's own words: the
    agent of the passive verb it is the subject of or set beside ("The summit was chaired by A",
    "the summit, hosted by B,") and the one "under the chairmanship of" whom it "was held" (C)."""
    verbs = _verbs_of_the_noun(noun)
    found = [g for verb in verbs if verb.lemma_.lower() in THIRD_PARTY_VERBS for g in passive_agents(verb)]
    return found + [
        g
        for verb in verbs
        for t in subtree_of(verb)
        if t.lower_ in CHAIR_NOUNS and t.head.lower_ == "under"
        for g in prep_objects("of", t)
    ]


def _day_told_of(sentence: Span, noun: Token, published: date | None) -> DateSpan | None:
    """The date a sentence gives a gathering: in its own words ("the summit on February 8"), else
    in the clauses it hangs on ("Leaders yesterday resolved ... at a summit")."""
    clauses = [{t.i for t in subtree_of(noun)}] + [
        own_clause(v) for v in ancestors_of(noun) if v.pos_ in {"VERB", "AUX"}
    ]
    for clause in clauses:
        for ent in entities(sentence):
            if ent.label_ == "DATE" and ent.root.i in clause:
                span = dates.resolve(ent.text, published)
                if span is not None and span.start is not None:
                    return span
    return None


def definite_word(token: Token) -> bool:
    """A word with "the", "that" or "this" before it: "the meeting", "that summit"."""
    return any(c.dep_ == "det" and c.lower_ in {"the", "that", "this"} for c in children_of(token))


def owned_by_a_day_or_them(token: Token) -> bool:
    """A meeting word owned by its day or by those told before: "Monday's meeting", "the leaders'
    talks"."""
    owners = [c for c in children_of(token) if c.dep_ == "poss"]
    return any(c.ent_type_ == "DATE" or (c.tag_ == "NNS" and definite_word(c)) for c in owners)


def _earlier(token: Token) -> bool:
    """ "the previous engagement", "the last meeting": a meeting before the one just reported."""
    return any(c.dep_ == "amod" and c.lower_ in EARLIER for c in children_of(token))


EARLIER = frozenset("previous last earlier prior former first".split())


def _flew_into_a_place(verb: Token) -> bool:
    """Whether "fly", told as done, brings its subject into a place ("flew into Biarritz on
    Sunday", "flew in to Delhi", and the next leg of a tour, "flew on to Ouagadougou", "then flew
    to Lusaka"): an arrival, as "arrived in" is, not a flight away ("flew out of Kyiv", "flew
    home") nor one still to come ("will fly into Delhi")."""
    if verb.tag_ != "VBD":
        return False
    intos = [c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "into"]
    if any(c.lower_ == "out" and c.dep_ in {"prt", "advmod"} for c in children_of(verb)):
        return False  # "flew out to Delhi": the flight away, told from where it left
    # "flew to" with a subject of its own, whose clause's day is the flight's; not the second verb
    # of "met A in Paris on Monday and then flew to London", whose day is the first meeting's
    if any(c.lower_ == "in" and c.dep_ in {"prt", "advmod"} for c in children_of(verb)) or any(
        c.dep_ == "nsubj" for c in children_of(verb)
    ):
        intos += [c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "to"]
    return any(g.dep_ == "pobj" and g.ent_type_ in {"GPE", "LOC"} for c in intos for g in children_of(c))


# the parts of a visit someone is at: "at the start of a one-day visit to Accra"
PARTS_OF_A_VISIT = frozenset("start beginning end close course part leg".split())


def _on_a_visit(token: Token) -> Token | None:
    """The word a visit someone is on hangs on, where the visit is told with where it goes: the
    person of "Ruto, on a two-day visit to Accra, ...", the verb of "met Mahama during a visit to
    Accra" and "was honoured at the start of a visit to Accra"; None for a visit not yet made or
    over ("ahead of his visit to Accra", "after a visit to Accra")."""
    if token.lemma_.lower() not in TRIP_NOUNS or token.pos_ != "NOUN" or token.dep_ != "pobj":
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "to" for c in children_of(token)):
        return None
    prep = token.head
    if prep.lower_ == "of" and prep.head.lower_ in PARTS_OF_A_VISIT and prep.head.dep_ == "pobj":
        prep = prep.head.head
    return prep.head if prep.lower_ in {"on", "during", "at"} and prep.dep_ == "prep" else None


def _note_a_visit_on(
    sentence: Span,
    people: People,
    published: date | None,
    visit: Token,
    on: Token,
    whereabouts: dict[str, tuple[Place | None, DateSpan | None]],
    noted: set[str],
) -> None:
    """Remember that whoever is on a visit is where it goes, on the days of the clause it is told
    in: "Ruto, on a two-day visit to Accra, met Mahama on Friday. Ruto then met Tinubu": Accra."""
    clusters: list[Cluster | None]
    if (person := people.at(on)) is not None:
        clusters, verb = [person], on.head if on.dep_ in {"nsubj", "nsubjpass"} else None
    elif on.pos_ in {"VERB", "AUX"}:
        clusters, verb = [people.at(s) for s in subject_of(on)], on
    else:
        return
    going = next(c for c in children_of(visit) if c.dep_ == "prep" and c.lower_ == "to")
    place = clause_place(sentence, {t.i for t in subtree_of(going)})
    if place is None:
        return
    when = clause_date(sentence, own_clause(verb), published, future=False) if verb is not None else None
    if ended_before_the_week(when, published):
        return  # "Xi, on a visit to Kazakhstan in June 2017, ...": not where he is in the news
    for cluster in clusters:
        if cluster is not None and cluster.name not in noted:
            whereabouts[cluster.name] = (place, when)
            noted.add(cluster.name)


# Spans of a stay spent somewhere: "spent several hours in Niamey", "spent the night in Aqaba".
STAY_SPANS = frozenset("minute hour day night morning afternoon evening weekend".split())
# Those who travel with someone, by whose name news tells where that one is: "A's delegation
# arrived in Doha", "the minister's team spent the day in Kyiv".
TRAVELLING_PARTIES = frozenset("team delegation entourage motorcade convoy".split())


def _note_an_arrival_unplaced(
    sentence: Span,
    published: date | None,
    verb: Token,
    clause: set[int],
    clusters: list[Cluster | None],
    whereabouts: dict[str, tuple[Place | None, DateSpan | None]],
    noted: set[str],
) -> None:
    """Remember the day of an arrival told with a day of its own and no place ("Costa, Kallas and
    Kos arrived by train on Sunday morning. ... the three were received by Zelensky": that Sunday),
    for those of whom nothing is known of where they are; not an arrival to come, nor one before
    the week of the news, nor one told aside of someone ("A met B, who arrived on Sunday": the day
    of B's coming, not of the meeting)."""
    if verb.lemma_.lower() not in {"arrive", "land"} or _a_stay_to_come(verb) or published is None:
        return
    if verb.dep_ in {"relcl", "acl"}:
        return
    when = clause_date(sentence, clause, published, future=False)
    if when is None or when.precision != "day" or when.start is None or not this_week(when, published):
        return
    for cluster in clusters:
        if cluster is not None and whereabouts.get(cluster.name, (None, None))[0] is None:
            whereabouts[cluster.name] = (None, when)
            noted.add(cluster.name)


def _a_stay_to_come(verb: Token) -> bool:
    """Whether a verb of going or being tells a stay to come: "will travel to Perth", "is due to
    travel to Perth on Tuesday", and the purpose of such a trip, "(is due to travel to Perth on
    Tuesday) to visit a plant", whose Tuesday is the one to come too."""
    if told_to_come(verb):
        return True
    purpose = verb.dep_ in {"advcl", "xcomp"} and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)
    )
    return purpose and verb.head.pos_ in {"VERB", "AUX"} and told_to_come(verb.head)


def _spent_a_while(verb: Token) -> bool:
    """Whether a verb tells a short stay somewhere: "spent two days in Hanoi", "spent the night
    in Aqaba"; not money spent ("spent $2 billion in Ukraine") nor years of a life ("spent his
    childhood in Dresden")."""
    return verb.lemma_ == "spend" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in STAY_SPANS for c in children_of(verb)
    )


def _whose_party(subject: Token, people: People) -> Cluster | None:
    """The person whose delegation, team or entourage a subject is ("Ruto's delegation arrived in
    Addis Ababa": Ruto is there)."""
    if subject.lemma_.lower() not in TRAVELLING_PARTIES:
        return None
    owner = next((t for t in children_of(subject) if t.dep_ == "poss"), None)
    if owner is None:
        return None
    # a name the model tags as a body is still the person the article names by it
    word = owner.text.lower()
    return people.at(owner) or next(
        (c for _, c in people.named() if word in {a.lower() for a in (c.name, *c.aliases)}), None
    )


def _named_in_its_title(subject: Token, people: People) -> Cluster | None:
    """The one person a title that is the subject names in its own words, where the parser hung
    the name inside the title's phrase: "Speaker of the National Assembly Tran Thanh Man arrived",
    "The Speaker of the Lok Sabha, Om Birla, arrived", "President of the Council of Ministers
    Giorgia Meloni arrived"; not one the office is held for ("An envoy of President B arrived")."""
    if subject.pos_ not in {"NOUN", "PROPN"} or not (
        find_role(subject.text) is not None or office_word(subject) in OFFICES
    ):
        return None
    if not people.in_tokens(subtree_of(subject)):
        return None  # most titles name no one in their own words
    named = people_of([subject], people, [])[0]
    return named[0] if len(named) == 1 else None


# the verbs that may tell where someone is: "was in Moscow", "arrived in Hanoi", "is visiting Rome"
_WHEREABOUTS_VERBS = frozenset({"be", "arrive", "land", "travel", "visit", "stay"})
# the verbs that tell a whole trip, which the past perfect tells as over ("had visited Kenya"),
# unlike an arrival, whose stay goes on ("had arrived in Cairo on Sunday")
VISITING = frozenset({"visit", "tour"})


def note_whereabouts(
    sentence: Span,
    people: People,
    published: date | None,
    whereabouts: dict[str, tuple[Place | None, DateSpan | None]],
    trips: list[Trip],
    arrivals: CameFrom | None = None,
) -> set[str]:
    """Remember where a person is said to be ("Sun, who was in Moscow on Monday and Tuesday";
    a caption's "Kishida and Yoon, dining in Tokyo on Thursday"), so that "He also met ..." in a
    later sentence inherits the place and the days. Returns the names the sentence placed. Where
    and when someone was before the week of the news ("When Blinken visited China in June") is
    no whereabouts of the news: it goes to ``trips``, the article's past stays. Where someone
    arrived from ("arrived in Montevideo from Buenos Aires") goes to ``arrivals``."""
    noted: set[str] = set()
    for token in span_tokens(sentence):
        # a visit's noun, a verb of being or going, a participle: most words are none (each
        # word's part of speech and lemma read once, before the rules that read its children)
        pos, lemma = token.pos_, token.lemma_
        if pos == "NOUN" and (on := _on_a_visit(token)) is not None:
            _note_a_visit_on(sentence, people, published, token, on, whereabouts, noted)
            continue
        doing = token.tag_ == "VBG" and token.dep_ == "acl" and people.at(token.head) is not None
        # "Modi, who flew into Canberra"; "Zarif flew unexpectedly into Biarritz on Sunday"
        flown = lemma == "fly" and (token.dep_ == "relcl" or _flew_into_a_place(token))
        if lemma not in _WHEREABOUTS_VERBS and not (
            doing or flown or (lemma == "spend" and _spent_a_while(token))
        ):
            continue
        if only_asked_or_wished(token):
            continue  # "Putin had invited Trump to visit Moscow": Trump is not there
        if under_a_plan_gone_by(token):
            continue  # "Biden had been due to meet B in Port Moresby": he did not go
        if lemma in VISITING and past_perfect(token):
            continue  # "Erdogan, who had visited Kenya earlier this year, met ...": a trip gone by
        subjects = subject_of(token)
        if doing:
            clusters = [people.at(t) for t in (token.head, *token.head.conjuncts)]
        elif token.dep_ == "relcl":
            clusters = [people.at(s) for s in subjects] + [people.at(token.head)]
        else:  # "The Iranian president arrived in Baghdad": the one person a title means
            # and the name a long title holds: "The Speaker of the Lok Sabha, Om Birla, arrived"
            clusters = [
                people.at(s)
                or _named_in_its_title(s, people)
                or people.described(s)
                or _whose_party(s, people)
                # a tour told day by day: "On Thursday he arrived in Tallinn. He met Karis": the
                # one "he" is, as for a meeting's subject
                or (people.salient_before(s) if s.lower_ in {"he", "she"} else None)
                for s in subjects
            ]
        if all(cluster is None for cluster in clusters):
            continue  # it places no one
        # "Biden, who flew in from the G20 summit in New Delhi": where he left, not where he is; nor
        # where he was before ("was back in Mexico City on Wednesday after a trip to Kananaskis")
        left = {
            t.i
            for c in children_of(token)
            if c.dep_ == "prep" and c.lower_ in {"from", "after", "following", "since"}
            for t in subtree_of(c)
        }
        clause = own_clause(token) - left
        place = clause_place(sentence, clause)
        if place is None:
            # "A, B and C arrived by train on Sunday morning": where the story is, that day
            _note_an_arrival_unplaced(sentence, published, token, clause, clusters, whereabouts, noted)
            continue
        # "is scheduled to travel to Oran on Saturday": the Saturday to come, not the one gone
        to_come = _a_stay_to_come(token)
        when = clause_date(sentence, clause, published, future=to_come)
        if token.lemma_ in {"arrive", "land"}:  # "arrived on Friday on a three-day visit": its days
            when = days_of_the_stay(sentence, clause, when)
        if to_come and when is None:
            continue  # "From Asuncion he will travel to Buenos Aires": no day, nowhere he is yet
        if ended_before_the_week(when, published):
            if when is not None:
                trips += [(c.name, place, when) for c in clusters if c is not None]
            continue  # "Xi last visited Kazakhstan in June 2017": not where he is in the news
        for cluster in clusters:
            if cluster is None:
                continue
            known = whereabouts.get(cluster.name)
            if when is None and known is not None and known[0] == place and cluster.name in noted:
                continue  # "X, who arrived in Moscow on Thursday, was there to ...": still Thursday
            whereabouts[cluster.name] = (place, when)
            noted.add(cluster.name)
            if arrivals is not None and (before := came_from(token)) is not None and before != place:
                arrivals[cluster.name] = (before, place)
            elif arrivals is not None:
                arrivals.pop(cluster.name, None)
    return noted
