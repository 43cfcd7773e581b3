"""A group named once and told again by a collective noun.

News names the members of a party once and then tells its meetings by the party: "A delegation
of A, B and C arrived in Niamey. The delegation met D", "A was joined in Kyiv by B and C ... On
Saturday, E received the delegation", "A said he would be part of the delegation, which would
meet E". A definite collective noun with nothing of its own that tells whose it is ("the
delegation", "the mediators", "the group", "the visiting envoys") stands for the last group the
article named within a few paragraphs before it.

Not resolved: a party no one of which is named ("a delegation of Chinese officials"); a group
the article told of since, unnamed ("a delegation of officials"); a noun with an owner, a country,
a name or an "of" phrase of its own ("the Russian delegation", "Ruto's team", "the mission of the
African Union"); "the leaders" and other plurals of office, whom :mod:`extract.participants`
reads from the meetings told before.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from extract import places
from extract.people import Cluster, People
from extract.roles import find_role, role_class
from extract.spans import (
    REMEMBERED,
    ancestors_of,
    children_of,
    doc_sentences,
    doc_tokens,
    listed_with,
    passive_agents,
    remembered,
    span_tokens,
    subtree_of,
    told_with_the,
    verb_above,
)

# the nouns of a party sent to talk, which news names once and then tells by the noun alone
COLLECTIVE_NOUNS = frozenset(
    "delegation mission team group troika mediators envoys negotiators emissaries delegates".split()
)
# verbs whose object clause or phrase tells a party's line-up: "a delegation made up of A and B",
# "the mission, comprising A and B", "the team, which includes A", "a group consisting of A and B"
LINE_UP_VERBS = frozenset("make comprise include consist compose".split())
# verbs that tell who leads a party: "the delegation, headed by B"
LEADING_VERBS = frozenset("lead head".split())
# verbs whose subjects make up the party that is their object: "A, B and C form the delegation"
FORMING_VERBS = frozenset("form constitute make".split())
# nouns by which one is said to belong to a party: "A would be part of the delegation", "A and B
# are members of the mission"
BELONGING_NOUNS = frozenset("part member members".split())
# verbs by which others join one, a party of them all: "A was joined in Kyiv by B and C"
JOINING_VERBS = frozenset({"join"})
# how far back the group is looked for: a few paragraphs of news
GROUP_REACH = 8  # sentences
GROUP_CHARS = 1500


@dataclass(frozen=True)
class NamedGroup:
    """A party an article names the members of: where it is told (the noun, or the joining
    verb) and who they are."""

    at: int  # the token that tells it
    members: tuple[Cluster, ...]
    listed: bool = False  # named as a list alone, no noun or joining verb told with it: "A, B and C arrived"


def group_told_before(token: Token, people: People) -> list[Cluster]:
    """Whom a definite collective noun stands for: the members of the last group the sentences
    before it (or its own sentence, before it or on it: "he would be part of the delegation, which
    would meet E") name, within :data:`GROUP_REACH` sentences and :data:`GROUP_CHARS` characters;
    [] where none is named, or where a party told of since is another, unnamed one ("a delegation
    of officials")."""
    if not a_collective_reference(token):
        return []
    for sentence in _sentences_in_reach(token):
        groups = groups_in(sentence, people)
        for group in reversed(groups):
            if group.at > token.i or group.listed:
                continue
            if group.at != token.i and _another_party_between(group.at, token):
                return []
            counted = _count(token)
            if counted is not None and counted != len(group.members):
                return []
            return list(group.members)
    return []


def holders_told_before(token: Token, people: People, size: int | None = None) -> list[Cluster]:
    """Whom a definite plural of office stands for where no meeting told before names them
    ("the leaders", "the visiting leaders", "the three presidents"): the last group named before it
    (:func:`group_told_before`, and a list of names alone: "A, B and C arrived in Addis Ababa"),
    within the same reach, every member of which holds that office, ``size`` of them where a
    number is given; [] where the last group named is of others, or where the same plural told
    since is another's ("regional leaders")."""
    if not _of_office(token) or not told_with_the(token):
        return []
    office = find_role(" ".join(t.text for t in subtree_of(token) if t.i <= token.i and t.dep_ != "det"))
    if office is None:
        return []
    for sentence in _sentences_in_reach(token):
        for group in reversed(groups_in(sentence, people)):
            if group.at >= token.i:
                continue
            if _another_plural_between(group.at, token):
                return []
            members = list(group.members)
            if (size is not None and size != len(members)) or not all_hold(members, office[1]):
                return []
            return members
    return []


def _sentences_in_reach(token: Token) -> Iterator[Span]:
    """The sentences a reference looks back at for its group, its own first: up to
    :data:`GROUP_REACH` before it, none ending more than :data:`GROUP_CHARS` characters before it."""
    sentences = doc_sentences(token.doc)
    index = bisect_right([s.start for s in sentences], token.i) - 1
    for n in range(index, max(0, index - GROUP_REACH) - 1, -1):
        if token.idx - sentences[n].end_char > GROUP_CHARS:
            return
        yield sentences[n]


def all_hold(members: list[Cluster], office: str) -> bool:
    """Whether a group are holders of a class of office ("leader"): two or more of them stated to
    hold it, and none stated to hold another (one of an office not stated may: "Azali Assoumani,
    President of the Comoros and African Union Chairperson")."""
    held = [role_class(p.role) for p in members if p.role]
    return held.count(office) >= 2 and all(h == office for h in held)


def _another_plural_between(at: int, token: Token) -> bool:
    """Whether the plural of a reference is told between a group and it with no "the" of its own,
    of other holders ("regional leaders", "leaders of 20 countries")."""
    lemma = token.lemma_.lower()
    return any(
        word.lemma_.lower() == lemma and not told_with_the(word)
        for word in doc_tokens(token.doc)[at + 1 : token.i]
    )


def a_collective_noun(token: Token) -> bool:
    """Whether a word is a collective noun of a party sent to talk: "delegation", "mediators"."""
    return token.lower_ in COLLECTIVE_NOUNS and token.pos_ == "NOUN"


def line_up_of(token: Token, people: People) -> list[Cluster]:
    """The members a sentence names on a collective noun itself: "A delegation of A, B and C
    visited Kyiv", "a group of leaders including A and B" (see :func:`_line_up`)."""
    if not a_collective_noun(token):
        return []
    return next((list(g.members) for g in groups_in(token.sent, people) if g.at == token.i), [])


def a_collective_reference(token: Token) -> bool:
    """Whether a noun is a collective told as one known already: "the delegation", "the visiting
    envoys", "the three mediators"; not "a delegation", "the Russian delegation", "Ruto's team",
    "the mission of the African Union", "the Wagner group"."""
    if not a_collective_noun(token):
        return False
    children = children_of(token)
    if not told_with_the(token):
        return False
    for c in children:
        if c.dep_ in {"poss", "compound", "nmod", "appos"}:
            return False
        if c.dep_ == "prep" and c.lower_ in {"of", "from", "including"}:
            return False
        if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in LINE_UP_VERBS | LEADING_VERBS:
            return False  # "the delegation, headed by B", "the team, which includes B": its own
        if c.dep_ == "amod" and (c.pos_ == "PROPN" or _of_a_country(c)):
            return False
    return True


def _of_a_country(word: Token) -> bool:
    return bool(places.country_name(word.text) or places.demonym_country(word.text))


def _count(token: Token) -> int | None:
    """The number said of a party: 3 of "the three envoys"."""
    for c in children_of(token):
        if c.dep_ == "nummod":
            return NUMBERS.get(c.lower_) or (int(c.text) if c.text.isdigit() else None)
    return None


NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _another_party_between(at: int, token: Token) -> bool:
    """Whether a party other than the one named at ``at`` is told between it and ``token``: a
    collective noun of its number that is no reference to one told before ("a delegation of
    officials", "the Russian delegation"; not "B and C sent envoys" before "the delegation")."""
    plural = token.tag_ == "NNS"
    return any(
        a_collective_noun(word) and (word.tag_ == "NNS") == plural and not a_collective_reference(word)
        for word in doc_tokens(token.doc)[at + 1 : token.i]
    )


_GROUPS = REMEMBERED + "collectives_groups"


def groups_in(sentence: Span, people: People) -> list[NamedGroup]:
    """The groups a sentence names the members of, in the order they are told (found once per
    sentence)."""
    return list(
        remembered(
            sentence.doc, _GROUPS, (sentence.start, id(people)), lambda: tuple(_groups(sentence, people))
        )
    )


def _groups(sentence: Span, people: People) -> list[NamedGroup]:
    found: list[NamedGroup] = []
    for token in span_tokens(sentence):
        members: list[Cluster] = []
        if a_collective_noun(token):
            members = _line_up(token, people)
        elif token.lemma_.lower() in JOINING_VERBS and token.pos_ == "VERB":
            members = _joined(token, people)
        elif _of_office(token):
            members = _holders_listed(token, people)
        elif listed := _subjects_listed(token, people):
            found.append(NamedGroup(token.i, tuple(listed), listed=True))
        if members:
            found.append(NamedGroup(token.i, tuple(members)))
    return sorted(found, key=lambda g: g.at)


def _of_office(token: Token) -> bool:
    """Whether a word is a plural of office: "leaders", "presidents", "ministers"."""
    return token.tag_ == "NNS" and token.pos_ == "NOUN" and find_role(token.text) is not None


def _holders_listed(plural: Token, people: People) -> list[Cluster]:
    """The holders a plural of office lists, all of them: "the leaders of Kenya, Uganda and Tanzania,
    A, B and C", "the three presidents - A, B and C -"; none for a list of some of them ("leaders
    of 20 countries, including A and B", "the ministers, among them A") or of a count it does not
    make up."""
    if any(c.lower_ in {"including", "among"} for c in subtree_of(plural)):
        return []
    # the plural, the countries of its "of" and the names set after them, as the parser chains them
    chain = listed_with(
        plural,
        *(g for c in children_of(plural) if c.dep_ == "prep" and c.lower_ == "of" for g in children_of(c)),
    )
    members = [c for c in people.in_tokens(t for t in chain if t.dep_ != "poss") if not c.companion]
    counts = [c for w in chain for c in children_of(w) if c.dep_ == "nummod"]
    if len(members) < 2 or any(NUMBERS.get(c.lower_, 0) != len(members) for c in counts):
        return []
    return members


def _subjects_listed(head: Token, people: People) -> list[Cluster]:
    """Those named as the subjects of a clause, two or more listed by "and": "Kenyan President A,
    Ugandan President B and Tanzanian President C arrived in Addis Ababa" (the list's first word)."""
    if head.dep_ not in {"nsubj", "nsubjpass"} or people.at(head) is None:
        return []
    listed = [c for c in people.in_tokens(listed_with(head)) if not c.companion]
    return listed if len(listed) >= 2 else []


def _line_up(noun: Token, people: People) -> list[Cluster]:
    """Those a sentence names as the members of a party it tells by a collective noun: "a
    delegation of A, B and C", "a group of leaders including A and B", "the mission, made up of
    A and B", "the team, which includes A", "A, B and C form the delegation", "A would be part
    of the delegation"."""
    regions: list[Token] = []
    for c in children_of(noun):
        if c.dep_ == "prep" and c.lower_ in {"of", "including"}:
            regions.append(c)  # "a delegation of A and B", "a delegation, including A"
        elif c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in LINE_UP_VERBS:
            regions += [g for g in children_of(c) if g.dep_ in {"dobj", "prep", "prt", "attr", "agent"}]
        elif c.dep_ == "appos" and people.at(c) is not None:
            regions.append(c)  # "the mission - A, B and C -"
    members = _named_in(regions, people)
    members += [m for m in _formed_by(noun, people) if m not in members]
    return members


def _formed_by(noun: Token, people: People) -> list[Cluster]:
    """Those a clause tells as making up a party it has as its object: "A, B and C form the
    delegation", "A and B made up the mission", "A said he would be part of the delegation", "A
    and B are members of the team"."""
    head = noun.head
    verb = None
    if noun.dep_ == "dobj" and head.lemma_.lower() in FORMING_VERBS:
        verb = head  # "A and B form the delegation", "made up the mission"
        if verb.lemma_.lower() == "make" and not any(c.lower_ == "up" for c in children_of(verb)):
            return []
    elif (
        noun.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lower_ in BELONGING_NOUNS
        and head.head.dep_ == "attr"
        and head.head.head.lemma_.lower() == "be"
    ):
        verb = head.head.head  # "A would be part of the delegation"
    if verb is None:
        return []
    found: list[Cluster] = []
    for subject in (c for c in children_of(verb) if c.dep_ in {"nsubj", "nsubjpass"}):
        for one in listed_with(subject):
            cluster = people.at(one)
            if cluster is None and one.lower_ in {"he", "she"}:
                cluster = people.salient_before(one)  # "Ramaphosa said he would be part of it"
            if cluster is not None and not cluster.companion and cluster not in found:
                found.append(cluster)
    return found


def _joined(verb: Token, people: People) -> list[Cluster]:
    """A party made by others joining one: "A was joined in Kyiv by B, C and D" (A, B, C and D),
    "A, joined by B and C, arrived"; none where no one is named on either side, or on one alone
    ("A was joined by his wife")."""
    agents = passive_agents(verb)
    if not agents:
        return []
    joined = [c for c in children_of(verb) if c.dep_ == "nsubjpass"]
    if not joined and verb.dep_ == "acl":
        joined = [verb.head]  # "A, joined by B and C, ..."
    first: list[Cluster] = []
    for one in (j for s in joined for j in listed_with(s)):
        cluster = people.at(one)
        if cluster is not None and not cluster.companion and cluster not in first:
            first.append(cluster)
    by = min(a.i for a in agents)
    # the names of the clause after "by", however the parser hung the list: not those of a clause
    # of their own ("B, who chairs the African Union, and C")
    after = [t for t in span_tokens(verb.sent) if t.i >= by and verb_above(t) == verb]
    others = [c for c in _named_in(after, people, whole=False) if c not in first]
    if not first or not others:
        return []
    return [*first, *others]


def _named_in(regions: list[Token], people: People, *, whole: bool = True) -> list[Cluster]:
    """The people named in the subtrees of ``regions`` (or in ``regions`` alone, not ``whole``),
    once each, in order: not a spouse who comes along, nor one named as another's owner or as the
    one an office serves ("an aide of B", "B's envoys"), nor one named in a clause of its own."""
    # not "a delegation of A, who met B": B is no member
    tokens = (
        [t for r in regions for t in subtree_of(r) if verb_above(t) == verb_above(r)] if whole else regions
    )
    found: list[Cluster] = []
    for token in sorted(tokens, key=lambda t: t.i):
        cluster = people.at(token)
        if cluster is None or cluster.companion or cluster in found:
            continue
        if _owner_or_served(token, people):
            continue
        found.append(cluster)
    return found


def _owner_or_served(name: Token, people: People) -> bool:
    """Whether a name names the owner of a thing or the one an office serves ("B's aides", "an
    envoy of B"), not a member of the party."""
    top = name
    while top.dep_ in {"compound", "flat"}:
        top = top.head
    if top.dep_ == "poss" and people.at(top.head) is None:
        return True
    return any(
        a.dep_ == "prep"
        and a.lower_ in {"of", "for"}
        and a.head.pos_ == "NOUN"
        and a.head.lower_ not in COLLECTIVE_NOUNS
        for a in ancestors_of(top)[:2]
    )
