"""Told apart: the meetings one trigger states, once who took part and its kind are known.

Usually one. One person who "met A, B and C" or "met with A and B", held "bilateral talks" or
"separate meetings" with several, or spoke "with A on Friday and with B on Monday" has one with
each, but three or more met after one "with" ("met with A, B and C", not "also") are one sitting,
as are those a clause joined on counts ("and the three agreed"); several who meet
one "separately" one each; "met A in Kyiv on June 16 and B in St Petersburg the following day"
gives each the place and day of its own words, and "and again in Berlin in May" a second meeting
of the same people, as two dates joined by "and" do ("held two calls, in February and in
September"), unless they are one span ("on 3 and 4 May", "between March and July").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from spacy.tokens import Span, Token

from extract import places
from extract.article import the_headline
from extract.found import Found
from extract.participants import with_them
from extract.people import Cluster, People
from extract.records import MeetingKind
from extract.spans import children_of, clause_tokens, entity_at, span_tokens, subtree_of
from extract.together import (
    a_call_of_all,
    a_led_mission,
    a_sitting_of_all,
    at_one_building,
    at_the_home_of_one_met,
    brought_together_before,
    called_both,
    counted_together_next,
    counted_together_within,
    each_guest,
    in_their_country,
    met_as_a_counted_group,
    met_as_one_party,
    named_as_one_next,
    one_delegation,
    one_family,
    one_government,
    one_sitting_told,
    said_separate,
    separate,
    separate_between,
    separately,
    with_each,
    with_once,
    with_the_head_of_a_body,
)
from extract.triggers import bilateral


class TookPart(NamedTuple):
    """Who took part in one meeting, as its trigger's words tell it."""

    subject: list[Token]  # the subject of its verb (or of the clause that holds it)
    subjects: list[Cluster]  # the people that subject names
    counterparts: list[Cluster]  # the people met: objects, "with", "between" and the like
    delegations: list[str]  # delegations named by their country alone
    found: list[Cluster]  # everyone who took part
    between: list[Token]  # the words after its "between"


def _a_separate_one_after(trigger: Token, sentence: Span, clause: set[int]) -> bool:
    """Whether the trigger's clause goes on to another meeting noun said to be "separate" ("first
    met A at a hotel, before holding a separate session with B", "met A, then separate talks with
    B"): those met are met one after the other, each in a meeting of their own."""
    return any(
        t.i > trigger.i and t.pos_ == "NOUN" and said_separate(t) for t in clause_tokens(sentence, clause)
    )


def _separate_ones(trigger: Token) -> bool:
    """Whether a meeting noun in the plural is said to be "separate" ones ("paid separate courtesy
    calls on C", "held separate talks with C"): several who hold them with one person hold one
    each; not "a separate meeting with C", one meeting apart from another told before it."""
    return trigger.tag_ in {"NNS", "NNPS"} and said_separate(trigger)


def _told_as_one(subject: list[Token], people: People) -> bool:
    """Whether a subject names several as one group, by a plural noun or a count, not each by
    name: "the five leaders also met separately with C" is one meeting of them all, set apart from
    the one told before; "A and B met C separately", "they met C separately" one each."""
    return (
        len(subject) == 1
        and subject[0].pos_ in {"NOUN", "NUM"}
        and people.at(subject[0]) is None
        and not any(c.dep_ == "conj" for c in children_of(subject[0]))
    )


def _agents(subject: list[Token], people: People) -> list[Cluster]:
    """The people a passive's "by" names, each of a list ("was received by B and C", "by B and by
    C"): the side that does the receiving."""
    named = [
        c
        for t in subject
        if t.dep_ == "pobj" and t.head.lower_ == "by"
        for w in (t, *t.conjuncts)
        if (c := people.at(w)) is not None
    ]
    return list(dict.fromkeys(named))


def told_apart(
    trigger: Token,
    verb: Token,
    sentence: Span,
    clause: set[int],
    took_part: TookPart,
    kind: MeetingKind,
    visit: bool,
    people: People,
    earlier: Sequence[Found] = (),
) -> list[Found]:
    """The meetings of those who took part: usually one; one per counterpart or per place and
    day where the sentence tells them apart ("met A in Kyiv on June 16 and B in St Petersburg
    the following day", "held separate meetings with", "and again in Berlin"); one of them all
    where a meeting told ``earlier`` brought them all together."""
    subject, subjects, counterparts, delegations, found, between = took_part
    lemma = trigger.lemma_.lower()
    groups = [found]
    gapped = _gapped(verb, people, found)
    first_met = [p for p in found if all(people.at(g) is not p for g in gapped)]
    one_side = bool(subjects) and all(s in first_met for s in subjects)
    if one_side and len(first_met) == len(subjects) + 1 and gapped and not between:
        # "met Zelensky in Kyiv on June 16 and Putin in St Petersburg the following day"; those
        # named once as the subject meet each ("Macron and Scholz met A in Kyiv on Friday and B in
        # Moscow on Saturday", "A delegation of leaders ... met A ... and B ...": all of it)
        # a person the parser hangs on the verb above ("is due to meet A in X, and B in Y") brings
        # what it says along with it
        clause = clause | {t.i for g in gapped if g.i not in clause for t in subtree_of(g)}
        starts = [g.left_edge.i for g in gapped]
        ends = [*starts[1:], max(clause) + 1]
        parts = [set(range(start, end)) & clause for start, end in zip(starts, ends, strict=True)]
        # a day told last, on the verb, is each one's that tells none of its own ("met A in Bamako
        # and B in Ouagadougou in May": both in May; not an age: "Mr Faye, 44, met")
        shared = _day_on_the_verb(verb, parts[-1])
        # a day told in the first part goes on to one met "and then" with no day of its own ("met
        # A in Madrid on Tuesday, and then B at the Moncloa Palace": Tuesday, later that day)
        first_day = _day_on_the_verb(verb, clause - set().union(*parts))
        said_of_them = {t.i for s in subject for t in subtree_of(s)}
        first, *parts = [
            part if any(trigger.doc[i].ent_type_ == "DATE" for i in part - said_of_them) else part | shared
            for part in [clause - set().union(*parts), *parts]
        ]
        parts = [
            part | first_day
            if _next_in_turn(g) and not any(trigger.doc[i].ent_type_ == "DATE" for i in part)
            else part
            for g, part in zip(gapped, parts, strict=True)
        ]
        return [
            Found(people_in, delegations, kind, sentence, part, verb, trigger, visit=visit)
            for people_in, part in [
                (first_met, first),
                *(
                    ([*subjects, c], p)
                    for c, p in zip((people.at(g) for g in gapped), parts, strict=True)
                    if c
                ),
            ]
        ]
    one = len(subjects) == 1 and subjects[0] in found and len(counterparts) >= 2 and not between
    if one and len(parts := with_each(sentence, clause, counterparts, people)) == len(counterparts):
        return [  # "spoke with Trump on Friday and with Ishiba on Monday": one call each, on its day
            Found([subjects[0], c], delegations, kind, sentence, part, verb, trigger, visit=visit)
            for c, part in zip(counterparts, parts, strict=True)
        ]
    several = len(subjects) >= 2 and all(s in found for s in subjects) and len(counterparts) >= 2
    if one and (
        (
            separate(trigger, verb, lemma, kind)
            and not (
                one_delegation(subjects[0], counterparts)
                # "held talks with A and B", "met A and B at the White House", "flew to Addis Ababa,
                # where he met A and B": one sitting of theirs
                and (
                    with_once(sentence, clause, people)
                    or at_one_building(sentence, clause, counterparts)
                    or in_their_country(sentence, clause, subjects[0], counterparts, verb)
                )
            )
            # "met A and B at A's Mar-a-Lago estate": B there as A's guest, one sitting of them all
            and not at_the_home_of_one_met(sentence, clause, counterparts, people)
            # a mission led by one calls on a government: "a delegation led by A met B and C" of one country
            and not (a_led_mission(verb) and one_government(counterparts))
            and not counted_together_next(sentence, found)  # "Together, the four leaders then ..."
            # "met the two commissioners", "held talks with the three envoys": one sitting of them
            and not any(met_as_a_counted_group(w, people, counterparts) for w in {verb, trigger})
            and not met_as_one_party(verb, trigger)  # "Putin received the delegation": all of it at once
            and not one_family(counterparts)  # "met Yulia Navalnaya and Dasha Navalnaya": the family at once
            and not named_as_one_next(sentence, found, people)  # "... The meeting lasted two hours"
            # "met Prime Minister A and NATO Secretary-General B": the body's head sits in on the talks
            and not with_the_head_of_a_body(trigger, subjects[0], counterparts)
            # "coordinated by phone with A, B, C and D": one call of them all
            and not a_call_of_all(kind, sentence, clause, counterparts, people)
            # "met with A, B, C and D": one sitting of them all, unless told "also" after another
            and not a_sitting_of_all(trigger, verb, kind, sentence, clause, counterparts, people)
            # "met with A and B in Lima, and the three agreed ...": they sat together
            and not counted_together_within(trigger, found)
            # "The meeting was meant to bring together A and B with C, D and E ... B is expected to
            # meet C, D and E there": the sitting told before, without the one who stayed away
            and not brought_together_before(found, counterparts, sentence, earlier)
        )
        # "held a separate meeting with A, who was accompanied by B": one meeting, with one side's people
        or (bilateral(trigger) and not (one_sitting_told(trigger) and one_government(counterparts)))
        or called_both(trigger, verb)
        or separately(trigger, verb)
        or any(preposition_again(t, trigger, verb) for t in clause_tokens(sentence, clause))
        or (
            each_guest(trigger, verb, subjects[0], counterparts, kind)
            and not counted_together_within(trigger, found)  # "..., where the three leaders discussed"
            and not met_as_one_party(verb, trigger)
        )
    ):
        groups = [[subjects[0], c] for c in counterparts]
    elif (
        several
        and not between
        and (
            separately(trigger, verb)
            or said_separate(trigger)
            or _a_separate_one_after(trigger, sentence, clause)
        )
    ):
        # "A and B held separate meetings with C and D", "A and B met C, before holding a separate
        # session with D"
        groups = [[*subjects, c] for c in counterparts]
    elif all(s in found for s in subjects) and len(found) >= 3 and separate_between(trigger, verb):
        # "separate phone calls between Biden and Sisi and the Emir": the first named with each other
        named = [c for o in between for t in subtree_of(o) if (c := people.at(t)) in found]
        lead = named[0] if named else found[0]
        groups = [[lead, c] for c in found if c != lead]
    elif not subjects and subject and len(counterparts) >= 2 and said_separate(trigger):
        return []  # "the guests held separate meetings with A and B": not a meeting of A and B
    elif (
        not subjects
        and len(found) >= 2
        and the_headline(sentence)
        and set(found) <= set(with_them(trigger, people))
    ):
        # "Early exit scraps talks with A and B": a headline's talks of someone it names in words
        # the parser garbles, with each of them; not a meeting of A and B
        return []
    elif (
        len(counterparts) == 1
        and len(subjects) >= 2
        and (separately(trigger, verb) or _separate_ones(trigger))
        and not _told_as_one(subject, people)
    ):
        # "Li and Zhao will meet him separately", "A and B paid separate courtesy calls on C"
        groups = [[s, counterparts[0]] for s in subjects]
    elif (
        not counterparts
        and len(guest := [s for s in subjects if s not in (hosts := _agents(subject, people))]) == 1
        and len(hosts) >= 2
        and separately(trigger, verb)
    ):
        groups = [[guest[0], h] for h in hosts]  # "A was received separately by B and by C"
    elif (
        not subjects
        and len(found) >= 3
        and called_both(trigger, verb)
        and (caller := _caller(trigger, found, people)) is not None
    ):
        groups = [[caller, c] for c in found if c is not caller]  # "followed calls from A to both leaders"
    if one and groups == [found] and (turn := _met_in_turn(verb, people, counterparts)) is not None:
        # "received A and B first and then C": those before "then" at one sitting, C at the next
        groups = [[subjects[0], *(c for c in counterparts if c is not turn)], [subjects[0], turn]]
    if again := _and_again(trigger, verb, clause):  # "met in Paris in March, and again in Berlin in May"
        return [
            Found(g, delegations, kind, sentence, part, verb, trigger, visit=visit, again=later)
            for g in groups
            for part, later in [(clause - again, False), (again, True)]
        ]
    if dated := _two_dates(trigger, verb, clause):  # "held two calls, in February and in September"
        first, second = dated
        return [
            Found(g, delegations, kind, sentence, clause - words, verb, trigger, visit=visit, again=later)
            for g in groups
            for words, later in [(second, False), (first, True)]
        ]
    # "and met again", "and spoke again": another meeting of theirs
    once_more = trigger.dep_ == "conj" and any(c.lower_ == "again" for c in children_of(trigger))
    # "met A in Conakry and B in Lome": each met where its own words say, where each has a place
    # or a day of its own (not "met A and B in Kigali", the parser hanging "in Kigali" on B)
    split = len(groups) >= 2 and all(groups)
    own = {g[-1]: _own_place_or_day_of(g[-1], sentence, clause, people) for g in groups} if split else {}
    if not all(own.values()):
        own = {}
    # "met A, before holding a separate session with B": the one with B is another meeting
    after = split and _a_separate_one_after(trigger, sentence, clause)
    return [
        Found(
            g,
            delegations,
            kind,
            sentence,
            clause - set().union(*(words for c, words in own.items() if c is not g[-1])),
            verb,
            trigger,
            visit=visit,
            again=once_more,
            separate=after and at > 0,
        )
        for at, g in enumerate(groups)
    ]


def _caller(trigger: Token, found: list[Cluster], people: People) -> Cluster | None:
    """The one person a call noun says it came "from" ("calls from A to both leaders")."""
    callers = [
        c
        for p in children_of(trigger)
        if p.dep_ == "prep" and p.lower_ == "from"
        for g in children_of(p)
        if g.dep_ == "pobj" and (c := people.at(g)) is not None and c in found
    ]
    return callers[0] if len(callers) == 1 else None


def _own_place_or_day_of(person: Cluster, sentence: Span, clause: set[int], people: People) -> set[int]:
    """The words of the prepositional phrases a person met hangs on their own name, naming a place
    or a day ("Doumbouya in Conakry" in "met Doumbouya in Conakry and Gnassingbe in Lome")."""
    return {
        t.i
        for name in clause_tokens(sentence, clause)
        if people.at(name) is person and people.at(name.head) is not person
        for c in children_of(name)
        if c.dep_ == "prep" and any(g.dep_ == "pobj" and _a_place_or_day(g) for g in children_of(c))
        for t in subtree_of(c)
    }


# what tells, after "and", the same people meeting once more, the verb left out: "and again in
# Berlin", "and once more in May", "and before that in Leticia in July"
ONCE_MORE = (("again",), ("once", "more"), ("before", "that"), ("after", "that"))


def _and_again(trigger: Token, verb: Token, clause: set[int]) -> set[int]:
    """The part of a clause that tells the same people meeting once more, its verb left out, with
    a place, day or occasion of its own: "met in Paris in March, and again in Berlin in May",
    "held talks in Geneva in 2021 and again two years later", "had last met in Belém, and before
    that in Leticia in July", "met in Nairobi in January 2023 and in Uganda this March" (see
    :func:`_another_place_and_day`); none where the words have a verb of their own ("and again met"),
    which is a meeting of its own trigger."""
    sentence = trigger.sent
    for joined in clause_tokens(sentence, clause):
        if joined.lower_ not in {"and", "but"} or joined.i <= max(trigger.i, verb.i):
            continue
        words = [t.lower_ for t in sentence.doc[joined.i + 1 : min(joined.i + 3, sentence.end)]]
        told = next((m for m in ONCE_MORE if tuple(words[: len(m)]) == m), None)
        if told is None and _another_place_and_day(sentence, joined, clause):
            return {i for i in clause if i >= joined.i}
        if told is None or joined.i + len(told) + 1 >= sentence.end:
            continue
        if sentence.doc[joined.i + len(told) + 1].pos_ in {"VERB", "AUX", "PUNCT", "CCONJ"}:
            continue
        part = {i for i in clause if i >= joined.i}
        if any(
            t.pos_ == "ADP" or t.ent_type_ == "DATE" for t in clause_tokens(sentence, part - {joined.i + 1})
        ):
            return part
    return set()


def _another_place_and_day(sentence: Span, joined: Token, clause: set[int]) -> bool:
    """Whether "and" goes on with a preposition of a place or day, and the words after it and
    before it each tell a place and a day: "met in Nairobi in January 2023 and in Uganda this
    March" (twice); not "met in Paris and in Berlin in May" (one day told), "in May and in June" (no
    place), nor "met A in Kampala in May and with B in Kigali in June" (another party)."""
    if joined.i + 1 >= sentence.end or sentence.doc[joined.i + 1].pos_ != "ADP":
        return False
    said = [c for c in children_of(sentence.doc[joined.i + 1]) if c.dep_ == "pobj"]
    if not any(c.ent_type_ in {"GPE", "LOC", "DATE"} for c in said):
        return False
    after = clause_tokens(sentence, {i for i in clause if i > joined.i})
    before = clause_tokens(sentence, {i for i in clause if i < joined.i})
    return all(
        any(t.ent_type_ in {"GPE", "LOC"} for t in part) and any(t.ent_type_ == "DATE" for t in part)
        for part in (after, before)
    )


# the prepositions whose two dates joined by "and" are the ends of one span: "between March and July"
SPAN_OF = frozenset({"between", "from", "since", "until", "till", "through", "throughout", "during"})


def _two_dates(trigger: Token, verb: Token, clause: set[int]) -> tuple[set[int], set[int]] | None:
    """The words of each of two dates a clause joins by "and", where each is a meeting of the same
    people on its own date (:func:`_another_date`): "held two calls this year, in February and in
    September". Each meeting keeps the clause's other words, its place too ("met in Nairobi in
    January and in March": both in Nairobi)."""
    sentence = trigger.sent
    for joined in clause_tokens(sentence, clause):
        if joined.lower_ != "and" or joined.i <= max(trigger.i, verb.i) or joined.i + 1 >= sentence.end:
            continue
        second = sentence.doc[joined.i + 1]
        if _another_date(sentence, joined, clause):
            later = {t.i for t in subtree_of(second)} | {joined.i}
            return {t.i for t in subtree_of(second.head) if t.i not in later} & clause, later & clause
    return None


def _another_date(sentence: Span, joined: Token, clause: set[int]) -> bool:
    """Whether "and" joins a second date to the date of the clause's own preposition, each a date
    of its own: "held two calls, in February and in September", "met on January 12 and on March
    3", "met in March and July" (months or years, the preposition left out); not the ends of one
    span ("between March and July", "from March and until June"), days told as one date ("on 3
    and 4 May"), two days running ("on Monday and on Tuesday"), nor days without their preposition
    said again ("on Monday and Thursday")."""
    if joined.ent_type_ == "DATE":
        return False  # "on January 9 and on June 21" read as one date: no day for either part
    second = sentence.doc[joined.i + 1]
    first = second.head
    if second.dep_ != "conj" or first.i >= joined.i or first.i not in clause:
        return False
    if second.pos_ == "ADP":  # "in February and in September": the preposition said again
        told = [
            [c for c in children_of(p) if c.dep_ == "pobj" and c.ent_type_ == "DATE"] for p in (first, second)
        ]
        return (
            first.pos_ == "ADP"
            and first.dep_ == "prep"
            and first.lower_ not in SPAN_OF
            and all(told)
            and not _the_next_day(told[0][0], told[1][0])
        )
    # "in March and July": two months or years, each a date of its own
    return (
        second.ent_type_ == "DATE"
        and second.ent_iob_ == "B"
        and first.ent_type_ == "DATE"
        and first.dep_ == "pobj"
        and first.head.lower_ not in SPAN_OF
        and all(_a_month_or_year(t) for t in (first, second))
        and not any(c.dep_ == "nummod" or c.like_num for c in (*children_of(first), *children_of(second)))
    )


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _the_next_day(first: Token, second: Token) -> bool:
    """Whether a date is the day after the one before it, the two days of one visit: "on Monday and
    on Tuesday", "on 3 May and on 4 May"."""
    if first.lower_ in WEEKDAYS and second.lower_ in WEEKDAYS:
        return (WEEKDAYS.index(first.lower_) + 1) % 7 == WEEKDAYS.index(second.lower_)
    if first.lower_ != second.lower_:  # not one month: "on January 31 and on February 1" is let be
        return False
    days = [
        [int(c.text) for c in children_of(t) if c.text.isdigit() and len(c.text) <= 2]
        for t in (first, second)
    ]
    return all(len(d) == 1 for d in days) and days[0][0] + 1 == days[1][0]


MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)


def _a_month_or_year(token: Token) -> bool:
    """Whether a word is a month's name or a year ("March", "2023")."""
    return token.lower_ in MONTHS or (token.like_num and len(token.text) == 4 and token.text.isdigit())


def _gapped(verb: Token, people: People, found: list[Cluster]) -> list[Token]:
    """The people a clause joins to its verb with its verb left out, each with its own place or
    day: "met Zelensky in Kyiv on June 16 and Putin in St Petersburg the following day" (the
    parser makes "Putin" a conjunct of "met"). The parser hangs such a person on the verb, on
    the place or day before it ("met Museveni in Kampala on Monday and Hassan in Dodoma on
    Tuesday") or on the verb above ("is due to meet Scholz in Berlin, and Rutte in Brussels")."""
    sentence = verb.sent
    above: list[Token] = []
    token = verb
    while token.dep_ in {"xcomp", "acomp"} and token.head.i != token.i:  # "is due to meet", "plans to meet"
        token = token.head
        above.append(token)
    gapped: list[Token] = []
    for c in span_tokens(sentence):
        if c.pos_ != "PROPN" or c.i < verb.i:
            continue
        person = people.at(c)
        if person is None or any(g.i != c.i and people.at(g) is person for g in gapped):
            continue
        if _with_a_day_of_their_own(c, verb, gapped):
            gapped.append(c)  # one the clause may have counted among those met: met on a day of their own
            continue
        # "and then B" the parser took for an adverb of the verb: one more met, as a conjunct is
        if (c.dep_ != "conj" and not (c.dep_ == "npadvmod" and _next_in_turn(c))) or person in found:
            continue
        head = c.head
        on_a_place = (
            _a_place_or_day(head)
            and people.at(head) is None
            and head.dep_ == "pobj"
            and head.head.dep_ == "prep"
            and (head.head.head == verb or _met_by(head.head.head, verb, people, found))
        )
        if head == verb or head in above:
            own = [g for g in children_of(head) if g.i > c.i] + [g for g in children_of(c) if g.i > c.i]
            if any(g.dep_ == "prep" or g.ent_type_ == "DATE" for g in own):
                gapped.append(c)
        elif on_a_place and any(
            g.dep_ == "prep" and g.head == verb for g in sentence.doc[c.i + 1 : sentence.end]
        ):
            gapped.append(c)
    return gapped


def _with_a_day_of_their_own(name: Token, verb: Token, gapped: list[Token]) -> bool:
    """Whether a name after a verb's object and day is one more met, with the verb left out, on a
    day of its own: "met A in Nairobi on Sunday, B on Monday and C on Tuesday". The name follows a
    comma or "and" after the first day told in the clause and is directly followed by "on" and a
    day; the parser hangs it on the day before (as an apposition or a conjunct), on the verb (as
    one more object, a conjunct or an adverb) or on the one met before it."""
    if name.dep_ not in {"appos", "conj", "npadvmod", "dobj"}:
        return False
    head = name.head
    if not (head == verb or head.ent_type_ == "DATE" or head in gapped):
        return False
    doc = name.doc
    after = doc[name.i + 1] if name.i + 1 < name.sent.end else None
    if after is None or after.lower_ != "on" or not any(t.ent_type_ == "DATE" for t in children_of(after)):
        return False
    before = doc[name.left_edge.i - 1]
    return before.lower_ in {",", "and"} and any(t.ent_type_ == "DATE" for t in doc[verb.i + 1 : before.i])


def _a_place_or_day(token: Token) -> bool:
    """Whether a word names a place or a day: tagged so by the model, or a place the tables know
    that the model tagged otherwise ("Bamako" as a person)."""
    return token.ent_type_ in {"GPE", "LOC", "DATE"} or places.is_place_name(_entity_text(token))


def _entity_text(token: Token) -> str:
    """The words of the named entity a token is in, or the token's own where it is in none."""
    return ent.text if (ent := entity_at(token)) is not None else token.text


def _met_by(token: Token, verb: Token, people: People, found: list[Cluster]) -> bool:
    """Whether a word names one of those a verb's clause meets, as its object: the first of
    several met, whose place the parser hangs on them ("met Goita in Bamako and Traore in
    Ouagadougou": "in Bamako" on "Goita", "Traore" on "Bamako")."""
    if people.at(token) not in found:
        return False
    if token.dep_ == "pobj":  # "met with Goita in Bamako and Traore in Ouagadougou"
        return token.head.lower_ == "with" and token.head.head == verb
    return token.dep_ == "dobj" and token.head == verb


def _met_in_turn(verb: Token, people: People, counterparts: list[Cluster]) -> Cluster | None:
    """The one met next, after those the verb tells it met "first", where the verb goes on with
    "and then" and no verb of its own: "received A first and then B", "received first A and B, and
    then the Chinese vice premier" (the one person the article names in that office); none where
    that one is not among those met, or is the only one met, nor without "first" ("received A and
    then B at the lodge" may be one sitting the second joined)."""
    if len(counterparts) < 2:
        return None
    if not any(t.lower_ == "first" and t.dep_ == "advmod" for t in subtree_of(verb)):
        return None
    # hung on the verb, or on the first met as one more of its conjuncts ("received A and then B")
    objects = [o for o in children_of(verb) if o.dep_ == "dobj"]
    joined = [
        c for o in objects for c in subtree_of(o) if c.dep_ == "conj" and c.head.dep_ in {"dobj", "conj"}
    ]
    for c in [*children_of(verb), *joined]:
        if c.i < verb.i or c.dep_ not in {"conj", "npadvmod"} or not _next_in_turn(c) or _then_as_former(c):
            continue
        person = people.at(c) if c.pos_ == "PROPN" else people.described(c) if c.pos_ == "NOUN" else None
        if person is not None and person in counterparts:
            return person
    return None


def _then_as_former(name: Token) -> bool:
    """Whether the "then" before a name is the prefix of a former office ("and then-President
    B"), which tells no sequence."""
    doc = name.doc
    return any(
        t.lower_ == "then" and t.i + 1 < len(doc) and doc[t.i + 1].text in {"-", "‑", "–"}
        for t in doc[max(name.left_edge.i - 1, name.sent.start) : name.i]
    )


def _next_in_turn(name: Token) -> bool:
    """Whether a name met with the verb left out is told as the next one met, right after "and
    then" or "and later" ("..., and then Prime Minister B at the palace"): later the same day."""
    doc = name.doc
    before = [t.lower_ for t in doc[max(name.left_edge.i - 1, name.sent.start) : name.i]]
    return "and" in before[:2] and bool({"then", "later"} & set(before[:3]))


def _day_on_the_verb(verb: Token, part: set[int]) -> set[int]:
    """The words of a part of a verb's clause that tell a day or a month, hung on the verb itself
    ("in May", "on Tuesday", "last week")."""
    return {
        t.i
        for c in children_of(verb)
        if c.i in part
        and c.dep_ in {"prep", "npadvmod"}
        and any(t.ent_type_ == "DATE" for t in subtree_of(c))
        for t in subtree_of(c)
    }


def preposition_again(token: Token, trigger: Token, verb: Token) -> bool:
    """A preposition said again for a second party, of the meeting or of its verb: "received
    calls from Sisi and from King Abdullah", "was received by the President and by the Prime
    Minister". Saying it again tells a meeting with each. The parser hangs the second on the first,
    or on the verb itself where the first has a day after it ("spoke to A on Sunday, and to B a
    day earlier"), or on a participle set between them ("spoke to A on Sunday, briefing him on the
    talks, and to B a day earlier")."""
    if token.dep_ != "conj" or token.lower_ not in {"from", "by", "to"}:
        return False  # asked at every word of a clause: most are not, and their head is not read
    first = token.head
    if first.dep_ == "advcl" and first.tag_ == "VBG" and first.head.i in (trigger.i, verb.i):
        first = first.head
    if first.i in (trigger.i, verb.i):
        return any(
            c.dep_ == "prep" and c.lower_ == token.lower_ and c.i < token.i for c in children_of(first)
        )
    return first.dep_ == "prep" and first.lower_ == token.lower_ and first.head.i in (trigger.i, verb.i)
