"""Who attended a meeting, told in the sentences after it.

Who else was there: people a sentence says attended the meeting just reported join it. "With
Rubio were Mike Waltz and ...", "also present were ...", "They were joined by X", "X took part in
the talks", and a delegation's line-up ("Lavrov, Ushakov and Dmitriev made up the Russian
delegation") add their people to the meeting told before. Not so those who only came along with
one person, those at a gathering of many or at a welcome ceremony told just before, those who
cancelled or stayed away, attendance still to come, nor the speaker who tells who attended.

Which meeting: the meeting told before that a sentence naming who attended it means ("A received
B in Cairo. The meeting was attended by C"), held in person or of the kind the sentence names
("the video call"), of its day ("Monday's meeting") and its people ("the leaders' talks"), also
where the last meeting told was told with another word ("Xi met Meloni ... Li held talks with
Meloni ... Wang attended the meeting": Xi's); those who attend join its earlier tellings too, and
the sentence lends it the day and place it told for it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from spacy.tokens import Span, Token

from extract import places
from extract.article import (
    ATTENDED_KINDS,
    GATHERINGS,
    attended_by,
    definite_word,
    described,
    hosted_by_someone,
    more_delegations,
    of_the_past,
    owned_by_a_day_or_them,
    retold,
    the_meeting,
)
from extract.circumstances import in_the_place_left, published_of
from extract.dates import WEEKDAYS
from extract.found import Found
from extract.kinds import CALL_NOUNS, REMOTE_KINDS, negated, past_perfect
from extract.layout import a_caption_line
from extract.participants import (
    REPORTING,
    SCHEDULE_WORDS,
    TAKING_PART_VERBS,
    TEAM_WORDS,
    besides,
    heads_of_the_sides,
    in_a_capacity,
    own_clause,
    plural_reference,
    represented,
    rest_of_the_list,
    with_them,
)
from extract.people import PLURAL_REFERENCES, Cluster, People
from extract.places import resolve_place
from extract.roles import role_class
from extract.spans import (
    ancestors_of,
    children_of,
    entities,
    entity_at,
    in_the_passive,
    span_text,
    span_tokens,
    subtree_of,
)
from extract.spouses import CONSORTS
from extract.timing import clause_date
from extract.told import is_background
from extract.triggers import BODY_NOUNS, is_trigger, lemma_of, of_a_body, of_a_named_body, of_one_body
from extract.vocabulary import MEETING_NOT_VISIT_NOUNS, VISIT_WORDS

# the words that name one meeting again by the word it was told with


ATTENDANCE_WORDS = frozenset(
    "accompanied attendance attended attending seated flanked joined alongside present participated "
    "represented".split()
)
# words that say those named were at the meeting, not only beside someone who was
PRESENCE_WORDS = frozenset("attendance attended attending present represented".split())


# the words for a party sent to talks whose line-up a sentence may tell: a delegation, a team, a
# side, and a mission or group of envoys or lawmakers ("The mission was made up of A, B and C")
LINE_UP_TEAMS = TEAM_WORDS | {"mission", "group"}


# the verbs of a sentence that lists a group's members (:func:`_members_of_the_group_before`):
# "Among them were C and D", "They included C"
_LISTING_MEMBERS = frozenset({"be", "include", "comprise"})


def delegation_of(sentence: Span, people: People, meeting: Found, *, found: Sequence[Found] = ()) -> bool:
    """A delegation's line-up joins the meeting just reported: "Lavrov, Ushakov and Dmitriev
    make up Russia's team at the talks", "the delegation is made up of Rubio, Waltz and Witkoff",
    "A and B were part of the Nepali delegation, while C was on the Indian side"; a line-up word
    tells of the team (``_tied``) and is a verb or "part", not a noun of another event: "attended
    a reception for heads of delegations", "arrived at the head of a delegation"."""
    if meeting.kind != "in_person" or sentence.start - meeting.sentence.end > 60:
        return False
    if meeting.on_arrival:
        return (
            False  # "was received at the airport by B. His delegation includes C": who came, not who was met
        )
    if sentence.root.lemma_.lower() not in _LISTING_MEMBERS and not any(
        t.lemma_.lower() in LINE_UP_TEAMS for t in span_tokens(sentence)
    ):
        return False  # no team word, nor "Among them were", "They included": no line-up (read first, cheap)
    if _a_photo_caption(sentence):
        return False  # "Photo: The delegation led by A, with B ... with C": the scene shown, its own
    if _at_a_time_of_its_own(sentence, meeting):
        return False  # "... follows the arrival last month of a delegation led by C, who held talks with A"
    if _told_now_of_days_before(sentence, meeting):
        return (
            False  # "A met B in Asmara last Sunday ... The delegation includes C": the party of today's visit
        )

    if _members_of_the_group_before(sentence, meeting):
        named = [c for c in people.in_tokens(_not_possessive(sentence)) if c not in meeting.people]
        if named and not _kept_away(list(span_tokens(sentence))):
            meeting.join(named, sentence)
            return True
        return False
    if is_trigger(sentence.root):
        return False  # "The delegation, which also includes X, later met Y": a meeting of its own
    if any(heads_of_the_sides(t, people, before=False) for t in span_tokens(sentence)):
        return False  # "The two sides met in May, when A led the Russian side and B the other": their own
    teams = [t for t in span_tokens(sentence) if t.lemma_.lower() in LINE_UP_TEAMS]
    if any(_a_meeting_of_its_own(t, teams) for t in span_tokens(sentence)):
        return False  # "A was ready to meet B, but the Kremlin sent a delegation led by C": B's own
    line_up = [
        t
        for t in span_tokens(sentence)
        if (t.lemma_.lower() in LINE_UP_WORDS and (t.pos_ in {"VERB", "AUX"} or t.lower_ == "part"))
        or (t.lemma_.lower() == "make" and any(c.lower_ == "up" for c in children_of(t)))
        or _on_a_side(t)
    ]
    if not any(_tied(word, team) for word in line_up for team in teams):
        return False  # "a member of the delegation that accompanied Putin ..., including a clause"
    if _to_come(list(span_tokens(sentence)), LINE_UP_VERBS):
        return False  # "The Ukrainian delegation will be led by Yermak": the team of talks to come
    if _kept_away(list(span_tokens(sentence))):
        return False  # "A and B, who were part of the delegation, did not sit in on the talks"
    if any(_told_after(t, teams) for t in span_tokens(sentence)):
        return False  # "After the meeting, A said he was sending a delegation led by C to Geneva"
    if _sent_elsewhere(teams, meeting):
        return False  # "... after B led a delegation on a peace mission to Sudan": a trip of its own
    if _a_third_countrys_team(teams, meeting):
        return False  # "A met B. C led the American delegation": of neither side, at another table
    if any(_the_party_travelling_now(team, meeting) for team in teams):
        return False  # "Petro travels with a delegation that includes A": the trip's party, not the talks'
    if _party_of_a_trip_of_meetings(teams, meeting, found):
        return False  # "The delegation to Washington included A": at which of the meetings there?
    # not a spouse who comes along: "A was accompanied by his wife B, and the delegation included C"
    named = [
        c for c in people.in_tokens(_not_possessive(sentence)) if c not in meeting.people and not c.companion
    ]
    if not named:
        return False
    meeting.join(named, sentence)
    return True


def _told_now_of_days_before(sentence: Span, meeting: Found) -> bool:
    """Whether a line-up told in the present ("The delegation includes C") follows a meeting held
    days before the day of the news ("held talks with A last Sunday"): the present tells the party
    of the trip now under way, not of that earlier meeting."""
    published = published_of(sentence.doc)
    when = meeting.when
    if published is None or when is None or when.end is None or sentence.root.tag_ not in {"VBZ", "VBP"}:
        return False
    return (published - when.end).days > 1


def _at_a_time_of_its_own(sentence: Span, meeting: Found, words: set[int] | None = None) -> bool:
    """Whether a sentence (or the ``words`` of it given) tells a time of its own that the
    meeting's day is not in: "The visit follows the arrival in Nairobi last month of a delegation
    led by C, who held talks with A" tells C's talks of last month, not the line-up of the visit
    of Sunday."""
    when = meeting.when
    if when is None or when.start is None or when.end is None:
        return False
    if not any(e.label_ == "DATE" for e in entities(sentence)):  # by bisection, not a walk over the doc's
        return False
    words = {t.i for t in span_tokens(sentence)} if words is None else words
    told = clause_date(sentence, words, published_of(sentence.doc), future=False)
    if told is None or told.start is None or told.end is None:
        return False
    return told.end < when.start or told.start > when.end


# the verbs by which a party goes along with one on a trip: "travels with a delegation", "is
# accompanied by a delegation made up of A and B"
TRAVELLING_WITH = frozenset("travel accompany fly come".split())


def _the_party_travelling_now(team: Token, meeting: Found) -> bool:
    """Whether a team's line-up is told in the present as the party one travels with ("Petro
    travels with a delegation that includes A", "Faye is accompanied by a delegation made up of
    A and B"), or as the party of the trip now while the meeting is one told before it ("They had
    first met in Dubai in 2023. A and B are part of the Prime Minister's delegation"): who came
    on the trip, not who sat in on the meeting. Not "A, B and C make up Russia's team at the
    talks", a line-up of the meeting itself."""
    if _accompanied_by(team):
        return True  # "The Amir was accompanied by a delegation including C": the trip's party, in any tense
    travelled = team.head.head.lemma_.lower() in TRAVELLING_WITH
    if team.dep_ == "pobj" and team.head.lower_ == "with" and travelled:
        return True  # "The head of state travelled with a large delegation including C": so too
    present = [
        t
        for t in (team, *ancestors_of(team))
        if t.tag_ in {"VBZ", "VBP"}
        or (t.tag_ == "VBN" and any(c.tag_ in {"VBZ", "VBP"} for c in children_of(t)))
    ]
    if not present:
        return False
    verb = present[0]
    if verb.lemma_.lower() in TRAVELLING_WITH:
        return True
    return past_perfect(meeting.verb) or is_background(span_text(meeting.sentence))


def _accompanied_by(team: Token) -> bool:
    """Whether a team is the one someone was accompanied by ("was accompanied by a delegation
    that includes A and B", "accompanied by a high-level team including C"): news tells so who
    travelled with the guest, whatever the tense, not who sat at the talks. Not a team that
    itself accompanies someone to the talks ("the delegation that accompanied him to the talks")."""
    by = team.head
    return (
        team.dep_ == "pobj"
        and by.lower_ == "by"
        and by.dep_ == "agent"
        and by.head.lemma_.lower() == "accompany"
    )


def _party_of_a_trip_of_meetings(teams: list[Token], meeting: Found, found: Sequence[Found]) -> bool:
    """Whether a team is told as the party of a trip ("the Prime Minister's delegation to
    Washington included A and B") to a country the article tells meetings of different people in
    ("held a bilateral meeting ... Following the bilateral talks, a trilateral meeting took
    place"): the party travelled, and the text does not say which meeting its members sat in on.
    A trip of one meeting keeps its party there."""
    goals = [
        place
        for team in teams
        for to in children_of(team)
        if to.lower_ == "to" and to.dep_ == "prep"
        for g in subtree_of(to)
        if g.ent_type_ == "GPE" and g.dep_ == "pobj"
        if (place := resolve_place(g.text)) is not None and place.country is not None
    ]
    if not goals:
        return False
    there = {
        frozenset(m.people)
        for m in (*found, meeting)
        if m.kind == "in_person" and (m.place is None or m.place.country in {p.country for p in goals})
    }
    return len(there) > 1


def _sent_elsewhere(teams: list[Token], meeting: Found) -> bool:
    """Whether a team a sentence tells of goes "to" a country other than the meeting's ("led a
    delegation of African leaders on a peace mission to Sudan and Egypt", of talks in Nairobi):
    the line-up of a trip of its own, not of the meeting told before."""
    if meeting.place is None or meeting.place.country is None:
        return False
    for team in teams:
        for to in (t for t in subtree_of(team) if t.lower_ == "to" and t.dep_ == "prep"):
            for goal in (g for g in subtree_of(to) if g.ent_type_ == "GPE" and g.dep_ in {"pobj", "conj"}):
                place = resolve_place(goal.text)
                if place is not None and place.country is not None and place.country != meeting.place.country:
                    return True
    return False


def _a_third_countrys_team(teams: list[Token], meeting: Found) -> bool:
    """Whether every team a sentence tells of is named by a country none of the meeting's people
    is of ("Ruto held talks with Abiy. Barrot led the French delegation", at a gathering in both
    their region): that country's party, at the gathering or on talks of its own, not a side of
    the meeting told before, whose people's countries are all known."""
    countries = {p.country for p in meeting.people}
    if not teams or len(meeting.people) < 2 or None in countries:
        return False
    told = [
        [
            country
            for c in children_of(team)
            if c.dep_ in {"amod", "compound", "poss", "nmod"}
            and (country := places.country_named(c.text)) is not None
        ]
        for team in teams
    ]
    return all(named and not set(named) & countries for named in told)


def _a_photo_caption(sentence: Span) -> bool:
    """Whether a sentence is a photo's caption ("Photo: The delegation led by A (2nd left), with B
    (right)"), which shows a scene of its own, not the line-up of the meeting told before it."""
    return a_caption_line(span_text(sentence))


# plural nouns of the people a group at talks is made of: "a group of lawmakers", "the envoys"
GROUP_MEMBERS = frozenset(
    "lawmakers legislators senators congressmen parliamentarians officials ministers leaders envoys "
    "diplomats delegates representatives members negotiators".split()
)


def _members_of_the_group_before(sentence: Span, meeting: Found) -> bool:
    """Whether a sentence names the members of a group that the sentence right before it names by
    a noun, a telling of the meeting or one naming it: "B hosted a group of lawmakers for the
    talks. Among them were C and D", "B was joined at the talks by a group of senators. They
    included C"; "them" and "they" are that group. Not a sentence that tells a meeting of its own
    ("Among them, C later met E"), nor one after a sentence of another scene."""
    doc = sentence.doc
    if sentence.start == 0 or is_trigger(sentence.root):
        return False
    before = doc[sentence.start - 1].sent
    if before not in (meeting.sentence, *meeting.more) and not any(
        the_meeting(t) for t in span_tokens(before)
    ):
        return False  # the group is at the meeting told, or at "the talks" its sentence names
    if not any(
        t.lemma_.lower() in LINE_UP_TEAMS or (t.tag_ == "NNS" and t.lower_ in GROUP_MEMBERS)
        for t in span_tokens(before)
        if t.pos_ == "NOUN"
    ):
        return False
    root = sentence.root
    among = any(
        c.dep_ == "prep"
        and c.lower_ == "among"
        and any(g.lower_ in {"them", "those"} for g in children_of(c))
        for c in children_of(root)
    )
    included = root.lemma_.lower() in {"include", "comprise"} and any(
        c.dep_ == "nsubj" and c.lower_ == "they" for c in children_of(root)
    )
    return (among and root.lemma_.lower() == "be") or included


def _told_after(word: Token, teams: list[Token]) -> bool:
    """Whether a word tells the teams of a sentence as what came after a meeting: the "After" of
    "After the meeting, A said he was sending a delegation led by C to Geneva", the team of what
    comes next, not the one at the table; not "after" hung on a word outside the teams' clause."""
    return (
        word.lower_ in {"after", "following"}
        and word.dep_ == "prep"
        and any(c.dep_ == "pobj" and is_trigger(c) for c in children_of(word))
        and any(word.head in ancestors_of(team) for team in teams)
    )


def _a_meeting_of_its_own(word: Token, teams: list[Token]) -> bool:
    """Whether a word is the verb of a meeting the sentence tells outside its teams: "meet" in
    "A said he was ready to meet B, but the Kremlin sent a delegation led by C"; not "met" in
    "the delegation that met B was led by C", the meeting the team is told of. A meeting noun
    brought in by "a" is another meeting too, a new one, where "the" names one told before: "C,
    who led the rebel group, was named president at a meeting of armed factions" (not "the
    delegation, led by C, took part in the talks")."""
    if any(word in subtree_of(team) for team in teams):
        return False
    if word.pos_ == "VERB":
        return is_trigger(word)
    return (
        word.pos_ == "NOUN"
        and word.lemma_.lower() in MEETING_NOT_VISIT_NOUNS
        and any(c.dep_ == "det" and c.lower_ in {"a", "an", "another"} for c in children_of(word))
    )


LINE_UP_VERBS = frozenset("make comprise consist include lead head".split())
# and the words that tell it, "make up" read apart: "were part of the delegation"
LINE_UP_WORDS = LINE_UP_VERBS - {"make"} | {"part"}


def _on_a_side(word: Token) -> bool:
    """Whether a word puts its subject on one side of the table: the "on" of "C was on the Indian
    side", "sat on the Kenyan side" (a side told by whose it is), not "on the side of the road"."""
    return (
        word.lower_ == "on"
        and word.head.lemma_.lower() in {"be", "sit"}
        and any(
            side.dep_ == "pobj"
            and side.lemma_.lower() in TEAM_WORDS
            and any(c.dep_ in {"amod", "compound", "poss"} for c in children_of(side))
            for side in children_of(word)
        )
    )


def _tied(word: Token, team: Token, steps: int = 2) -> bool:
    """Whether a line-up word tells of the team word: one of them governs the other within a few
    steps ("make up Russia's team", "the delegation is made up of", "were part of the Nepali
    delegation", "the delegation, led by"), not a word of another clause ("the delegation that
    accompanied Putin on his visit, during which they signed a treaty, including a clause")."""
    for one, other in ((word, team), (team, word)):
        token = other
        for _ in range(steps):
            if token.head.i == token.i:
                break
            token = token.head
            if token.i == one.i:
                return True
    return False


def _not_possessive(sentence: Span) -> list[Token]:
    """The words of a sentence but for possessors and those it says were not met: "Trump's
    special envoy Witkoff" names Witkoff, and "Witkoff, the envoy of President Trump" too (whose
    envoy he is, set in the description beside his name, is said of him, not of anyone who
    came), and so is the office he acts in ("Anwar, in his capacity as ASEAN Chair"); "left
    without seeing either A or B" names neither."""
    described = {t.i for t in span_tokens(sentence) if _whose_description(t) for t in subtree_of(t)}
    described |= {t.i for t in span_tokens(sentence) if in_a_capacity(t)}  # "in his capacity as ASEAN Chair"
    # nor those a "without" says were not seen: "the mission left without seeing either A or B"
    described |= {t.i for w in span_tokens(sentence) if w.lower_ == "without" for t in subtree_of(w)}
    return [
        t
        for t in span_tokens(sentence)
        if t.dep_ != "poss" and not (t.dep_ == "compound" and t.head.dep_ == "poss") and t.i not in described
    ]


# the nouns of one who serves another, named after "to": "adviser to President B"
SERVING_TO = frozenset("adviser advisor aide assistant counsellor counselor envoy".split())


def _whose_description(token: Token) -> bool:
    """The "of" of a noun set beside a name to describe its person: "the adviser of" in "Amorim,
    the adviser of President Lula,"; and the "to" of one who serves another: "Ana Lima, chief
    foreign policy adviser to President B," (B, whom she serves, is not said to come)."""
    return (
        token.dep_ == "prep"
        and (token.lower_ == "of" or (token.lower_ == "to" and token.head.lemma_.lower() in SERVING_TO))
        and token.head.dep_ == "appos"
        and token.head.pos_ == "NOUN"
    )


def _one_gathering(noun: Token, meeting: Found) -> bool:
    """Whether a gathering word may name the meeting told before: that meeting was told with it,
    or at a gathering ("met the leaders of the five Central Asian states for the Central
    Asia-Germany summit. Tokayev hosted the summit, which was attended by ...")."""
    return (
        lemma_of(noun) == lemma_of(meeting.trigger)
        or (meeting.occasion is None and _a_plain_meeting_word(noun))
        or (meeting.occasion is not None and lemma_of(noun) in GATHERINGS | {"meeting"})
    )


# the plain words for talks, which name the talks told before whatever word told them
PLAIN_MEETING_WORDS = frozenset("meeting talk".split())


def _a_plain_meeting_word(noun: Token) -> bool:
    """Whether a word is a bare "the meeting" or "the talks", with nothing that makes it another
    (not "the G20 meeting", "the ministers' talks"): "A met B in Riyadh. The meeting, which was also
    attended by C, focused on trade" names the talks of A and B."""
    return lemma_of(noun) in PLAIN_MEETING_WORDS and not any(
        c.dep_ in {"compound", "amod", "nmod", "poss", "nummod"} for c in children_of(noun)
    )


def _told_until(end: int, sentence: Span) -> int:
    """Where the telling of a meeting that ends at ``end`` ends, counting the sentences before
    ``sentence`` that each name it again: "A met B in Rome. The meeting took place at the villa and
    lasted an hour. C and D also took part" (C and D right after the meeting's telling)."""
    while end < sentence.start:
        between = sentence.doc[end].sent
        if not _names_the_meeting(between):
            break
        end = between.end
    return end


_NAMING_THE_MEETING = "dipgraph.attendance.names_the_meeting"


# the entities that name a building or a room a meeting is held in: "the Oval Office", "the Kremlin"
VENUE_ENTITIES = frozenset("FAC ORG".split())


def _at_its_venue(tokens: list[Token], meeting: Found) -> bool:
    """Whether a sentence puts those it names "in" or "at" the building or room its meeting's own
    sentence says it was held in: "A, who was joined in the Oval Office by B and C, pushed back",
    paragraphs after "when the two leaders met in the Oval Office" (not a city, which holds more
    than one meeting, nor a building named as the one that speaks: "the White House said")."""
    told: str | None = None  # the meeting's sentence, read once a word could be its venue
    for token in tokens:
        if (
            token.dep_ != "pobj"
            or token.head.lower_ not in {"in", "at"}
            or token.ent_type_ not in VENUE_ENTITIES
        ):
            continue
        entity = entity_at(token)
        if entity is None or entity.label_ not in VENUE_ENTITIES:
            continue
        words = [t.lower_ for t in span_tokens(entity) if t.lower_ != "the"]
        if told is None:
            told = span_text(meeting.sentence).lower()
        if words and all(w[:1].isalpha() for w in words) and " ".join(words) in told:
            return True
    return False


def _names_the_meeting(sentence: Span) -> bool:
    """Whether a sentence names a meeting with a definite word (:func:`the_meeting`), read once per
    sentence: each sentence after a meeting asks again about every sentence between."""
    known: dict[int, bool] = sentence.doc.user_data.setdefault(_NAMING_THE_MEETING, {})
    if (answer := known.get(sentence.start)) is None:
        answer = known[sentence.start] = any(the_meeting(t) for t in span_tokens(sentence))
    return answer


def _the_events(token: Token) -> bool:
    """ "The events" (or "the above events") that those present are told at: the wire's word for all
    that the article told of its meeting, the talks with their ceremonies ("Cai Qi and Wang Yi were
    among those present at the events"), which names that meeting again, as "the talks" does."""
    return lemma_of(token) == "event" and token.tag_ == "NNS" and definite_word(token)


# the words that count the meetings told one by one before which people attended: "both
# meetings", "the two sessions", "all three rounds of talks" ("all" any number of them)
MEETINGS_COUNTED = {"both": 2, "two": 2, "three": 3, "four": 4, "all": 0}


def counted_meetings(sentence: Span) -> Token | None:
    """The plural meeting word a sentence counts ("both meetings", "the two sessions", "all three
    audiences"), as what people attended; not a singular one, nor one not counted ("the meetings")."""
    return next(
        (t for t in span_tokens(sentence) if t.tag_ == "NNS" and is_trigger(t) and _count_of(t) is not None),
        None,
    )


def _count_of(noun: Token) -> int | None:
    """How many meetings a plural meeting word counts: "both meetings" 2, "all three sessions" 3,
    "all the meetings" 0 (any number); None where no word counts them."""
    counts = [
        MEETINGS_COUNTED[c.lower_]
        for c in children_of(noun)
        if c.dep_ in {"det", "predet", "nummod", "quantmod"} and c.lower_ in MEETINGS_COUNTED
    ]
    return max(counts) if counts else None


def meetings_attended(sentence: Span, found: list[Found]) -> list[Found]:
    """The meetings told one by one in the sentence before that a sentence says people attended,
    counting them: "A received B and C separately on Monday. D and E attended both meetings": A's
    meeting with B and that with C, each of them. Only meetings held in person, of one sentence
    right before it, sharing someone (the host, the envoy), as many as the count says ("both" after
    three told is not these); a sentence that counts none ("attended the meetings") names none."""
    noun = counted_meetings(sentence)
    if noun is None or not found:
        return []
    count = _count_of(noun)
    last = found[-1].sentence
    told = [m for m in found if m.sentence.start == last.start and m.sentence.start < sentence.start]
    shared = set.intersection(*(set(m.people) for m in told)) if told else set()
    if (
        len(told) < 2
        or count not in (0, len(told))
        or not shared
        or any(m.kind != "in_person" or len(m.people) < 2 for m in told)
    ):
        return []
    return told


def note_attendance(sentence: Span, people: People, meeting: Found, *, each: bool = False) -> bool:
    """People said to attend the meeting just reported join it: "With Rubio were Mike Waltz and
    Steve Witkoff", "Lavrov was seated beside Yuri Ushakov", "Al-Aiban was in attendance as well";
    not a spouse who comes along ("accompanied by First Lady Janja da Silva"), nor those of a
    sentence that tells a time of its own the meeting's day is not in ("The eighth X Leaders'
    Meeting was held in Chengdu in December 2019, attended by A, B and C": that earlier one's). A
    sentence that names the meeting ("Attending the session were A, B and C", "Chad was
    represented at the talks by D") may come paragraphs later."""
    if meeting.kind not in ATTENDED_KINDS or len(meeting.more) >= 3:
        return False  # a plan, or a meeting told four times: asked first, before the words are read
    tokens = span_tokens(sentence)
    words = {t.lower_ for t in tokens}
    # "With Rubio were A and B", "Accompanying the envoy was C": who was with them, at the meeting
    with_were = sentence[0].lower_ in {"with", "accompanying"} and any(t.lemma_ == "be" for t in sentence[:8])
    hosted = [t for t in tokens if hosted_by_someone(t)]
    took_part = _took_part(sentence) or bool(hosted)
    in_the_room = _in_the_room(tokens)
    if not (words & ATTENDANCE_WORDS or with_were or took_part or in_the_room):
        return False  # no word of attending, asked before whether and how far back it names the meeting
    named_again = any(
        the_meeting(t) or (is_trigger(t) and owned_by_a_day_or_them(t)) or _the_events(t) for t in tokens
    ) or _at_its_venue(tokens, meeting)
    end = _told_until(max(told.end for told in (meeting.sentence, *meeting.more)), sentence)
    far = sentence.start - end > (1200 if named_again else 40)
    # one that does not name it comes right after it: not "... in Beijing. The forum is chaired by
    # A. New Zealand is represented by B"
    far |= not named_again and any(not t.is_space for t in sentence.doc[end : sentence.start])
    call = meeting.kind != "in_person"  # sat in on only where the sentence names it: "the video call"
    # or points back to it, right after it: "The virtual summit was chaired by A. It was also attended by B"
    # or tells those who joined it from afar, right after it: "The virtual summit was chaired by A.
    # A was joined online by B and C"
    # or tells who took part with no word of what in, right after it: "The virtual summit was chaired
    # by A. B and C were among the leaders who took part"
    pointed = not far and (
        _it_was_attended(tokens) or (call and (_joined_from_afar_by(tokens) or _took_part_in_it(tokens)))
    )
    if (call and not (named_again or pointed)) or far:
        return False
    if _at_a_time_of_its_own(sentence, meeting, own_clause(sentence.root)):
        # "The eighth X Leaders' Meeting was held in Chengdu in December 2019, attended by A"; not
        # the time of a relative clause on one present ("C, who takes office on March 1")
        return False
    if any(lemma_of(t) in OCCASION_NOUNS and not _one_gathering(t, meeting) for t in hosted):
        return False  # "met Ruto in Pretoria. The G20 summit was hosted by Lula": another gathering
    if (
        _came_along(tokens)
        and not _by_them(sentence, people, meeting)
        and not _a_side_came_along(tokens, people, meeting)
    ):
        return False  # "Milei was accompanied throughout by his sister and his foreign minister"
    reporting = [verb for verb in tokens if verb.lemma_.lower() in REPORTING]
    speakers = {  # "..., Presidential Spokesman Mohamed El Shennawy said": who tells it
        t.i
        for verb in reporting
        for t in (
            *(t for s in children_of(verb) if s.dep_ == "nsubj" for t in subtree_of(s)),
            *_name_before(verb),
        )
    }
    absent = represented(tokens)
    # what someone tells after the verb, of others than those present: "telling Trump that C did
    # not speak for them" (not "C joined by phone, officials said", nor "said that C attended")
    said = {
        t.i
        for verb in tokens
        if verb.lemma_.lower() in REPORTING | TELLING
        for c in children_of(verb)
        if c.dep_ == "ccomp" and c.i > verb.i and not {t.lower_ for t in subtree_of(c)} & ATTENDANCE_WORDS
        for t in subtree_of(c)
    }
    heard = [
        t for t in _not_possessive(sentence) if t.i not in speakers and t.i not in absent and t.i not in said
    ]
    if took_part and not (words & ATTENDANCE_WORDS or with_were or hosted):
        takers = _who_takes_part(sentence)
        if takers is not None:
            takers |= besides(sentence)  # "Taking part, besides Lula, were A and B": Lula too
        heard = [t for t in heard if takers is None or t.i in takers]
    consorts = _consorts_present(tokens, people, meeting)
    named = [c for c in people.in_tokens(heard) if not c.companion and c not in consorts]
    # a list the parser cut short goes on to its end: "were A (Argentina), ..., C (Uruguay) and D"
    named += [c for c in rest_of_the_list(named, sentence, people) if not c.companion and c not in consorts]
    if not named:
        return False
    if _as_observers(tokens) and not _a_gathering(meeting):
        return False  # "B attended as an observer": one who watched the talks, no side of them
    lemmas = {t.lemma_.lower() for t in tokens}
    if lemmas & DEMANDS:
        return False  # "demanded that Erdogan take part in the talks as well": not that he did
    if _kept_away(tokens):
        return False  # "Salwai cancelled his attendance at the last minute", "did not attend"
    if _a_counted_crowd(tokens) and any(
        t.lemma_.lower() in OCCASION_NOUNS and t.pos_ in {"NOUN", "PROPN"} and _attended(t) for t in tokens
    ):
        return False  # "More than 35 heads of state as well as Guterres are taking part in the summit"
    if _at_a_gathering(tokens, meeting) or _at_the_ceremony_before(sentence):
        return False  # "Merz and Tusk also attended the conference": not the talks told before
    if any(attended_by(t) and not _one_gathering(t, meeting) for t in tokens):
        return False  # "met Ruto in Pretoria. Lula hosted the G20 summit, which was attended by A"
    if _at_a_welcome(tokens):
        return False  # "Governor Vasip Sahin joined Erdogan for the welcoming ceremony": the host's party
    if meeting.on_arrival and any(t.pos_ == "NOUN" and is_trigger(t) for t in tokens):
        return False  # "B greeted A at the airport. C then joined A for talks with B": talks, no welcome
    if _to_come(tokens):
        return False  # "are expected to take part in the session": a plan, not the talks held
    if not each and any(t.lower_ in {"meetings", "sessions"} for t in tokens):
        return False  # "Wang Yi attended the meetings": all of those told before, not the last one
    if any(t.pos_ == "NOUN" and is_trigger(t) and of_one_body(t) for t in tokens):
        return False  # "Recean chaired the weekly cabinet meeting, attended by Grosu": that one's
    if any(t.pos_ == "NOUN" and is_trigger(t) and of_a_body(t) for t in tokens):
        return False  # "The meeting of the council, chaired by A, ...": the council's sitting
    if any(_a_body_sitting(t) for t in tokens):
        return False  # "The committee met under the chairmanship of A, with B in attendance": its own
    if any(t.pos_ == "NOUN" and of_a_named_body(t) and _attended(t) for t in tokens):
        return False  # "Hegseth attended the meeting of the Ukraine Defense Contact Group": the body's
    if not (
        set(named) & set(meeting.people)
        or words & PRESENCE_WORDS
        or took_part
        or with_were
        or in_the_room
        or _by_them(sentence, people, meeting)
    ):
        return False
    if any(is_trigger(t) and described(t, meeting.kind) for t in tokens) and more_delegations(named, meeting):
        return False  # "The day ended with the regional meeting, attended by A, B, C and D": another
    if len(meeting.people) >= 2 and not (with_were or hosted) and _only_present(tokens, words):
        # "Wang and Cai were present at the talks", "C sat in on them": the talks told again, with
        # the aides at the side of those who held them, who are no party of their own
        return True
    if set(named) - set(meeting.people):
        meeting.join(named, sentence)
        return True
    return False


# What many attend, where a meeting told before may be held on the sidelines but is not the same.
OCCASION_NOUNS = GATHERINGS | frozenset(
    "gathering ceremony funeral inauguration celebration parade games".split()
)
TAKING_PART = frozenset("take part participate present attendance".split())


# the places of a meeting's own sitting: "in the room", "at the table", "around the table"
SITTING_PLACES = frozenset("room table".split())
# the verbs that tell someone was in such a place: "were in the room", "sat at the table"
BEING_THERE = frozenset("be sit join seat".split())


def _in_the_room(tokens: list[Token]) -> bool:
    """Whether a sentence says who was in the room or at the table ("Besides the two leaders, the
    only people in the room were A and B", "Also at the table sat C and D"): those who sat in the
    meeting just told. The phrase is told of being there, on its verb or on the subject of "were";
    not a thing said to be on the table, a room named by its use ("the press room"), nor a room
    told of another act ("accused some in the room of ...")."""
    return any(
        t.lemma_.lower() in SITTING_PLACES
        and t.dep_ == "pobj"
        and t.head.lower_ in {"in", "at", "around"}
        and any(c.lower_ == "the" for c in children_of(t))
        and not any(c.dep_ in {"compound", "amod"} for c in children_of(t))
        and _told_of_being_there(t.head.head)
        for t in tokens
    )


def _told_of_being_there(word: Token) -> bool:
    """Whether a word a place phrase hangs on tells being there: a verb of being, sitting or
    joining ("were in the room", "sat at the table"), or the subject of "were" ("the only people
    in the room were A and B")."""
    if word.lemma_.lower() in BEING_THERE:
        return True
    return word.dep_ in {"nsubj", "attr"} and word.head.lemma_.lower() == "be"


def _as_observers(tokens: list[Token]) -> bool:
    """Whether a sentence tells someone was there as an observer ("B attended as an observer",
    "C, who sat in as an observer, said ...", "D was present as an observer"): one who watches talks
    is no side of them. Not "his role as an observer", said of a noun."""
    return any(
        t.lemma_.lower() == "observer"
        and t.dep_ == "pobj"
        and t.head.lower_ == "as"
        and t.head.head.pos_ in {"VERB", "AUX"}
        for t in tokens
    )


def _it_was_attended(tokens: list[Token]) -> bool:
    """Whether a sentence opens with "It" as what was attended or joined ("It was also attended by
    A and B"): the meeting told just before, named by a pronoun."""
    return any(
        t.lower_ == "it" and t.dep_ == "nsubjpass" and t.head.lemma_.lower() in {"attend", "join"}
        for t in tokens[:2]
    )


def _took_part_in_it(tokens: list[Token]) -> bool:
    """Whether a sentence says some took part with no word of what in ("B and C were among the
    leaders who took part", "D also took part", "E and F attended as observers"): in the meeting
    told just before, the only one it can mean; not "took part in the debate" nor "attended the
    dinner", which name their own."""
    return any(
        (
            (
                t.lemma_.lower() == "take"
                and any(c.dep_ == "dobj" and c.lower_ == "part" for c in children_of(t))
            )
            or (t.lemma_.lower() == "attend" and t.pos_ == "VERB" and not in_the_passive(t))
        )
        and not any(
            c.dep_ in {"dobj", "dative", "agent"} or (c.dep_ == "prep" and c.lower_ in {"in", "at"})
            for c in children_of(t)
            if c.lower_ != "part"
        )
        for t in tokens
    )


# how one joins a meeting from afar, said of the verb: "joined online", "were joined virtually"
REMOTE_ADVERBS = frozenset("online virtually remotely".split())


def _joined_from_afar_by(tokens: list[Token]) -> bool:
    """Whether a sentence tells someone joined by those who took part from afar ("A was joined
    online by B and C", "D was joined virtually by E", "F was joined by video by G"): the
    remote meeting told just before, not another, whoever is named."""
    return any(
        t.lemma_.lower() == "join"
        and any(c.dep_ == "agent" for c in children_of(t))
        and _from_afar(t, REMOTE_ADVERBS)
        for t in tokens
    )


def _consorts_present(tokens: list[Token], people: People, meeting: Found) -> set[Cluster]:
    """The consorts of a monarch the meeting names, said to be there by their title alone: "Queen
    X was also present" at an audience with the King, "Empress Y attended" beside the Emperor;
    a spouse comes along, no party."""
    titles = {CONSORTS[role] for p in meeting.people if (role := (p.role or "").lower()) in CONSORTS}
    return {
        named
        for t in tokens
        if t.lower_ in titles and t.i + 1 < len(t.doc) and (named := people.at(t.nbor(1))) is not None
    }


def _came_along(tokens: list[Token]) -> bool:
    """Whether a sentence tells only whom one person brought along ("A was accompanied by B",
    "B and C accompanied the prime minister on the trip"), and not at what: those on a trip, not
    at its talks, unless the sentence names the meeting ("B accompanied A at the talks")."""
    said = {t.lower_ for t in tokens} & ATTENDANCE_WORDS
    at_the_meeting = any(the_meeting(t) and lemma_of(t) not in VISIT_WORDS for t in tokens)
    return said == {"accompanied"} and not at_the_meeting


def _a_side_came_along(tokens: list[Token], people: People, meeting: Found) -> bool:
    """Whether one who came along with a person of the meeting ("A was accompanied by B") is no
    member of A's party but one of its own: of another country than A's ("Blinken was accompanied
    by Israeli Defence Minister B"), or a leader not told to be A's compatriot ("Lula was
    accompanied by the president-elect B", on his visit to a former president of B's country):
    such a one sits at the meeting as a side, not as A's delegation."""
    named = [c for c in people.in_tokens(tokens) if not c.companion]
    accompanied = [c for c in named if c in meeting.people]
    if not accompanied:
        return False
    theirs = {c.country for c in accompanied}
    return any(
        c not in meeting.people
        and c.country not in theirs
        and (role_class(c.role) == "leader" or (c.country is not None and None not in theirs))
        for c in named
    )


# the plural nouns of those who come to a gathering, counted: "more than 35 heads of state"
CROWD_NOUNS = frozenset("head leader minister delegate official dignitary representative".split())
COUNTS = frozenset("dozens scores hundreds several many numerous".split())
# the numbers in words that count more than the two sides of a meeting
SMALL_NUMBERS = frozenset("two both".split())


def _a_counted_crowd(tokens: list[Token]) -> bool:
    """Whether those a sentence says attended are counted in a crowd ("More than 35 heads of state
    and government as well as UN Secretary-General A", "dozens of ministers, among them B"): told
    of a summit or a conference they attend, the size of a gathering of many, whose attendees
    did not meet the one whose meeting was told before (told of the talks, "The talks were
    attended by 20 ministers", they sat in on them)."""
    return any(
        t.tag_ == "NNS"
        and t.lemma_.lower() in CROWD_NOUNS
        and t.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}
        and any(
            (c.dep_ == "nummod" and c.lower_ not in SMALL_NUMBERS) or c.lower_ in COUNTS
            for c in children_of(t)
        )
        and not _of_the_sides(t)
        for t in tokens
    ) or any(
        t.lower_ in COUNTS
        and t.dep_ in {"nsubj", "nsubjpass"}
        and any(
            c.lower_ == "of" and any(g.lemma_.lower() in CROWD_NOUNS for g in children_of(c))
            for c in children_of(t)
        )
        for t in tokens
    )


# what the people of a meeting's own sides are counted as: "the 24 ministers of the two delegations"
SIDES_COUNTED = frozenset("delegation side government country team".split())


def _of_the_sides(crowd: Token) -> bool:
    """Whether a counted plural is of the sides that meet ("attended by the 24 ministers of the two
    delegations", "12 officials from both sides"): the talks' own line-up, no crowd."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"of", "from"}
        and any(g.lemma_.lower() in SIDES_COUNTED for g in children_of(c))
        for c in children_of(crowd)
    )


def _at_a_gathering(tokens: list[Token], meeting: Found) -> bool:
    """Whether what those named attend is a gathering of many, not the meeting told before: "also
    attended the conference", "were present at the ceremony" (unless that meeting is the
    conference one held: "A held a summit with B. C also attended the summit"; not one that one
    person only attended or left: "A left the summit early. B attended the summit", who shared
    the gathering, not a meeting)."""
    return any(
        t.lemma_.lower() in OCCASION_NOUNS
        and (t.lemma_.lower() != lemma_of(meeting.trigger) or meeting.only_there)
        and t.pos_ in {"NOUN", "PROPN"}
        and _attended(t)
        for t in tokens
    )


# What a host holds around the talks, where spouses and companions are present.
CEREMONIES = frozenset("ceremony banquet".split())


def _at_a_welcome(tokens: list[Token]) -> bool:
    """Whether a sentence tells who was at a welcome ceremony ("Ankara Governor Vasip Sahin and
    other officials joined Erdogan for the welcoming ceremony"; "Deputy President Mashatile
    joined Ramaphosa at the official welcome ceremony"): the host's welcoming party at the airport
    or the palace steps, not the people of the talks."""
    return any(
        t.lemma_.lower() == "ceremony"
        and any(
            c.dep_ in {"amod", "compound"} and c.lower_ in {"welcome", "welcoming"} for c in children_of(t)
        )
        for t in tokens
    )


def _at_the_ceremony_before(sentence: Span) -> bool:
    """Whether a sentence tells who was present, saying not at what, right after a sentence that
    tells a ceremony: "Before the talks, Xi held a welcome ceremony for Stubb. Peng Liyuan and
    Suzanne Innes-Stubb were present" tells who was at the ceremony (even one told as a part of
    the talks), where spouses and companions come along, not who held the talks."""
    present = [t for t in span_tokens(sentence) if t.lower_ == "present" and t.pos_ == "ADJ"]
    if not present or any(c.dep_ == "prep" for t in present for c in children_of(t)):
        return False  # "were present at the talks"
    doc = sentence.doc
    end = sentence.start
    while end > 0 and doc[end - 1].is_space:
        end -= 1
    if end == 0:
        return False
    before = doc[end - 1].sent
    return any(t.lemma_.lower() in CEREMONIES and t.pos_ == "NOUN" for t in before)


# the verbs of taking part, and "represent": "Peru will be represented by its cabinet chief, A" is a
# line-up still to come
ATTENDING_VERBS = TAKING_PART_VERBS | {"represent"}


def _to_come(tokens: list[Token], verbs: frozenset[str] = ATTENDING_VERBS) -> bool:
    """Whether the attendance (or the line-up, with ``verbs``) a sentence tells is still to come:
    "will attend", "are expected to take part", "is scheduled to join", "will be led by"."""
    return any(
        t.lemma_.lower() in verbs
        and (
            any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll"} for c in children_of(t))
            or (t.dep_ == "xcomp" and t.head.lemma_.lower() in SCHEDULE_WORDS)
        )
        for t in tokens
    )


def _attended(token: Token) -> bool:
    """Whether a word is what someone attends: "attended the X", "joined the X", "the X is to be
    attended by", "the X was joined by", "took part in the X", and "represented Y at the X" (or
    "Y was represented at the X by"), there on a country's behalf."""
    if token.dep_ == "dobj":
        return token.head.lemma_.lower() in {"attend", "join"}
    if token.dep_ in {"nsubj", "nsubjpass"}:  # "The summit opens on Tuesday and is to be attended by"
        verbs = [token.head, *token.head.conjuncts]
        # the passive of "join" as of "attend": "The meeting was joined by A" is "A joined the
        # meeting" (not "the talks joined the agenda", active)
        return any(
            v.lemma_.lower() == "attend"
            or (v.lemma_.lower() == "join" and any(c.dep_ == "agent" for c in children_of(v)))
            for u in verbs
            for v in (u, *children_of(u))
            if v.i >= u.i
        )
    return (
        token.dep_ == "pobj"
        and token.head.lower_ in {"in", "at"}
        and token.head.head.lemma_.lower() in TAKING_PART | {"represent"}
    )


# what a body does when it sits: "the committee met", "the cabinet, which convened on Monday"
SITTING_VERBS = frozenset("meet convene reconvene sit assemble gather".split())
# what one presides over a body's sitting by: "the council, chaired by A"
CHAIRING_VERBS = frozenset("chair co-chair preside".split())
# what makes a body one of two or more countries, whose sitting may be their talks
JOINT = frozenset("joint bilateral intergovernmental inter-governmental".split())


def _a_body_sitting(noun: Token) -> bool:
    """Whether a word names a body that sits, told by the body itself and not by a meeting word
    (for which see :func:`of_a_body`): "the National Security Committee met ... under the
    chairmanship of A", "the cabinet, which convened on Monday", "the Cabinet Committee on
    Security chaired by B"; not a joint body of two countries ("the joint commission met"), a
    body that is met ("A met the committee") or one that met someone ("the committee met Lavrov",
    "met with Lavrov"; but "met, with A in attendance")."""
    if noun.lemma_.lower() not in BODY_NOUNS or noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    if any(c.lower_ in JOINT for c in subtree_of(noun) if c.i < noun.i):
        return False
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in SITTING_VERBS:
        return _by_itself(noun.head)
    sits = SITTING_VERBS | CHAIRING_VERBS
    return any(
        c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in sits and _by_itself(c) for c in children_of(noun)
    )


def _by_itself(verb: Token) -> bool:
    """Whether a body's sitting verb names no one met: not "met Lavrov", "met with Lavrov", but
    "met, with A in attendance" (those with it attend)."""
    for c in children_of(verb):
        if c.dep_ == "dobj" and verb.lemma_.lower() in SITTING_VERBS:
            return False
        if c.dep_ == "prep" and c.lower_ in {"with", "between"} and not in_attendance(c, {"chair"}):
            return False
    return True


def in_attendance(with_: Token, also: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether a "with" phrase tells who was present rather than who was met: "with A and B in
    attendance", "with C present", "with C in the room" (and any of ``also``: "with D in the
    chair"), however the parser hangs the words of presence (inside the phrase or just after it)."""
    doc = with_.doc
    words = [*subtree_of(with_), *doc[with_.right_edge.i + 1 : with_.right_edge.i + 3]]
    told = {t.lemma_.lower() for t in words}
    # "with Secretary of State C in the room": in the room where it was held, so present
    in_the_room = any(
        a.lower_ == "in" and b.lower_ == "the" and c.lemma_.lower() == "room"
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
    )
    return in_the_room or bool(told & (PRESENCE_WORDS | also))


def _took_part(sentence: Span) -> bool:
    """Words that put those named at the meeting told: "also took part in the audience", "sat in
    on the talks", "A and B joined the talks" (who joins the meeting itself, not a person), "The
    meeting also included A and B" (what the meeting includes, not what a list or a deal does)."""
    for token in span_tokens(sentence):
        lemma = token.lemma_.lower()
        if lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in children_of(token)):
            return True
        if lemma == "join" and any(c.dep_ == "dobj" and the_meeting(c) for c in children_of(token)):
            return True
        if (
            lemma == "join"
            and any(c.dep_ == "nsubjpass" and the_meeting(c) for c in children_of(token))
            and any(c.dep_ == "agent" for c in children_of(token))
        ):
            return True  # "The meeting was joined by A and B": "A and B joined the meeting"
        if lemma == "join" and _joined_from_afar(token):
            return True  # "C joined by phone", "D joined via video link": at the meeting told, remotely
        if lemma == "sit" and any(c.dep_ == "prt" and c.lower_ == "in" for c in children_of(token)):
            return True  # "also sat in on the talks"
        if lemma == "sit" and any(
            c.dep_ == "prep" and c.lower_ == "on" and any(lemma_of(g) == "side" for g in children_of(c))
            for c in children_of(token)
        ):
            return True  # "sat on the Russian side of the table"
        if lemma == "be" and any(
            c.dep_ == "prep"
            and c.lower_ == "among"
            and any(lemma_of(g) in NEGOTIATORS for g in children_of(c))
            for c in children_of(token)
        ):
            return True  # "was among the Ukrainian negotiators"
        if lemma in {"include", "involve"} and any(
            c.dep_ == "nsubj" and the_meeting(c) for c in children_of(token)
        ):
            return True
        if lemma in GO_BETWEEN_VERBS and _between_the_sides(token):
            return True  # "with C carrying messages back and forth between them"
    return False


def _who_takes_part(sentence: Span) -> set[int] | None:
    """The words of those a sentence says "take part" (or "sit in"): the subject of that verb, or,
    where it has none of its own, of the verb it completes, past the noun it hangs on ("Ethiopia
    accepted the invitation of B to take part in the talks": Ethiopia, not B, who invited it; "He
    went to the fair to take part in a reading dedicated to C": he, not C, whom it honours). None
    where no subject is told ("Also taking part in the talks were A and B": the sentence's names).
    A taking part told as a thing, the subject of its clause or what one is warned against, is no
    one's ("warned C that taking part in the parade would count against it"): no one named."""
    found: set[int] = set()
    anyones = False
    for token in span_tokens(sentence):
        if not (token.lemma_.lower() == "take" and any(c.lower_ == "part" for c in children_of(token))):
            continue
        if _taking_part_as_a_thing(token):
            anyones = True
            continue
        verb = token
        for _ in range(4):
            subjects = [c for c in children_of(verb) if c.dep_ in {"nsubj", "nsubjpass"}]
            if subjects:
                for subject in subjects:
                    owner = verb.head if subject.lower_ in RELATIVES and verb.dep_ == "relcl" else subject
                    found |= {t.i for t in subtree_of(owner)} if owner is subject else {owner.i}
                    if owner.dep_ == "pobj" and owner.head.lower_ == "among":
                        # "B and C were among the leaders who took part": B and C
                        found |= {
                            t.i
                            for s in children_of(owner.head.head)
                            if s.dep_ in {"nsubj", "nsubjpass"}
                            for t in subtree_of(s)
                        }
                    found |= {
                        t.i
                        for c in children_of(owner)
                        if c.dep_ in {"compound", "appos", "conj"}
                        for t in subtree_of(c)
                    }
                break
            if (
                verb.dep_ not in {"xcomp", "advcl", "acl", "conj", "relcl", "dobj", "pobj"}
                or verb.head.i == verb.i
            ):
                break
            verb = verb.head
    return found or (set() if anyones else None)


def _taking_part_as_a_thing(take: Token) -> bool:
    """Whether "taking part" is told as a thing, not of anyone: the subject of a clause ("taking
    part in the games would be noted", "Taking part is an honour") or what one is warned or
    kept from ("cautioned against taking part in the forum")."""
    if take.tag_ != "VBG":
        return False
    if take.dep_ in {"csubj", "csubjpass"}:
        return True
    return take.dep_ == "pcomp" and take.head.lower_ in {"against", "from"}


RELATIVES = frozenset("who which that".split())

# how one takes part from afar: "joined by phone", "joined via video link", "joined remotely"
REMOTE_MEANS = frozenset("phone telephone video videoconference videolink link teleconference".split())


def _joined_from_afar(join: Token) -> bool:
    """Whether "join" has a person join, with no object of its own, by a means of taking part from
    afar: "Turkish President C joined by phone", "D joined via video link", "E joined remotely"
    (not "joined by his foreign minister", who came along, nor "joined the alliance")."""
    if any(c.dep_ in {"dobj", "nsubjpass"} for c in children_of(join)):
        return False
    if not any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in children_of(join)):
        return False
    return _from_afar(join, JOINED_ALONE_AFAR)


# how a person joins from afar, said of an intransitive "join": "joined remotely", "joined virtually"
JOINED_ALONE_AFAR = frozenset("remotely virtually".split())


def _from_afar(join: Token, adverbs: frozenset[str]) -> bool:
    """Whether a verb of joining is told done from afar: by one of ``adverbs`` on it ("joined
    remotely", "was joined online by B") or by a means of taking part from afar in its "by", "via"
    or "over" phrase ("joined by phone", "was joined by video by B", "via video link")."""
    return any(c.dep_ == "advmod" and c.lower_ in adverbs for c in children_of(join)) or any(
        c.dep_ in {"prep", "agent"}
        and c.lower_ in {"by", "via", "over"}
        and any(g.dep_ == "pobj" and g.lower_ in REMOTE_MEANS for g in children_of(c))
        for c in children_of(join)
    )


# what a go-between does "between" the sides of indirect talks, who takes part in them
GO_BETWEEN_VERBS = frozenset("carry shuttle relay pass ferry convey mediate transmit".split())
# the words that name the sides met: "between them", "between the two delegations"
SIDES_BETWEEN = frozenset("them they both sides side delegations delegation parties camps teams".split())


def _between_the_sides(verb: Token) -> bool:
    """Whether a verb of a go-between is done "between" the sides of the talks told, named by a
    pronoun or a plural of sides ("carrying messages back and forth between them", "shuttled
    between the two delegations"), however deep the parser hangs "between"; not "carried the
    letter between the cities"."""
    return any(
        t.lower_ == "between" and any(g.dep_ == "pobj" and g.lower_ in SIDES_BETWEEN for g in children_of(t))
        for t in subtree_of(verb)
    )


# those who sit at talks for one side: "was among the Ukrainian negotiators"
NEGOTIATORS = frozenset("negotiator delegate delegation team".split())
JOINING_VERBS = frozenset("join accompany flank".split())  # "They were joined by X"


def _by_them(sentence: Span, people: People, meeting: Found) -> bool:
    """Whether those a sentence joins to others are the meeting's own people, told by a plural:
    "They were joined by Defence Minister Bill Blair", "The two leaders were accompanied by their
    foreign ministers", and as whom one joins at their side: "Vice President C joined the two
    leaders for the talks" (not whom one accompanies on a trip or a tour)."""
    for token in span_tokens(sentence):
        joined = token.dep_ == "dobj" and token.head.lemma_.lower() in JOINING_VERBS - {"accompany"}
        if (token.dep_ in {"nsubj", "nsubjpass"} and token.head.lemma_.lower() in JOINING_VERBS) or joined:
            them = plural_reference(token, people, [meeting])
            if them and set(them) <= set(meeting.people):
                return True
    return False


def _name_before(verb: Token) -> list[Token]:
    """The proper nouns right before a word ("Hussein Mohamed said"), however the parser hung them."""
    name: list[Token] = []
    token = verb
    while token.i > token.sent.start and token.nbor(-1).pos_ == "PROPN":
        token = token.nbor(-1)
        name.append(token)
    return name


# the verbs of telling someone something, whose clause names those spoken of, not those present
TELLING = frozenset("tell warn assure remind inform argue insist".split())
DEMANDS = frozenset("demand insist want wish hope urge ask request propose suggest".split())


def _only_present(tokens: list[Token], words: set[str]) -> bool:
    """Whether a sentence says those named were only present at talks already held between others
    ("Cai and Wang were present at the meeting", "Also present were the foreign ministers", "The
    finance minister sat in on the talks"): aides at their side, as news tells them, not parties.
    Not those who attended, took part in, joined or were in attendance at it, nor a line-up."""
    if words & (ATTENDANCE_WORDS - {"present"}):
        return False
    sat_in = any(
        t.lemma_.lower() == "sit" and any(c.dep_ == "prt" and c.lower_ == "in" for c in children_of(t))
        for t in tokens
    )
    others = any(
        (t.lemma_.lower() == "take" and any(c.lower_ == "part" for c in children_of(t)))
        or t.lemma_.lower() in {"join", "include", "involve", "attend", "participate"}
        for t in tokens
    )
    return ("present" in words or sat_in) and not others


def _kept_away(tokens: list[Token]) -> bool:
    """Whether a sentence says those it names stayed away: a word of staying away or a verb said
    with "not" ("Salwai cancelled his attendance", "did not attend", "were part of the delegation
    but did not take part in the talks")."""
    return bool({t.lemma_.lower() for t in tokens} & STAYING_AWAY) or any(
        t.dep_ == "neg" and t.head.lemma_.lower() in NEGATED_PRESENCE for t in tokens
    )


# the verbs whose "not" tells one stayed away: "did not attend", "did not take part", "was not
# present", "did not join them"; not another act denied in the sentence ("said C did not speak for
# the government")
NEGATED_PRESENCE = frozenset("attend join take participate be sit accompany come go show appear".split())


STAYING_AWAY = frozenset("cancel withdraw skip miss decline postpone absent".split())


ECHOES = ({"meet", "meeting"}, {"talk", "talks"})


def echoed_meeting(
    sentence: Span,
    found: list[Found],
    held: Found,
    references: list[Found],
    past: bool,
    published: date | None,
) -> Found | None:
    """The meeting a sentence names again by the word it was told with, where the last meeting
    told was told with another: in "Xi met Meloni ... On Sunday, Li held talks with Meloni ...
    Wang Yi and Cai Qi attended the meeting", the meeting is Xi's, not Li's talks."""
    words = {
        lemma_of(t) for t in span_tokens(sentence) if t.lower_ in {"meeting", "talks"} and definite_word(t)
    }
    echo = next((e for e in ECHOES if words & e), None)
    others = {w for e in ECHOES if e is not echo for w in e}
    if echo is None or len(words) != 1 or lemma_of(held.trigger) not in others:
        return None  # the last told with the other word: "talks" where "the meeting" is named
    return next(
        (
            m
            for m in reversed(found)
            if lemma_of(m.trigger) in echo and held_then(m, references, past, published)
        ),
        None,
    )


def met_with(references: list[Found], people: People) -> set[Cluster]:
    """Those a sentence's meeting words name as met ("Also present during the meeting with Xi
    were A and B"): the meeting they attended is one of theirs."""
    return {c for r in references for c in with_them(r.trigger, people)}


def _named_by_its_word(meeting: Found, references: list[Found]) -> bool:
    """Whether a sentence names a meeting held online by the word it was told with, not as a
    call: "Modi held a virtual summit with Pacific island leaders. The summit was attended by A,
    B and C"."""
    word = lemma_of(meeting.trigger)
    return (
        bool(references) and word not in CALL_NOUNS and all(lemma_of(r.trigger) == word for r in references)
    )


def _calls(references: list[Found]) -> bool:
    """Whether a sentence names the meeting it tells who attended as a call ("the video call")."""
    return bool(references) and all(r.kind in REMOTE_KINDS for r in references)


def held_then(meeting: Found, references: list[Found], past: bool, published: date | None) -> bool:
    """Whether a meeting told before may be the one a sentence tells who attended: held in
    person, not a trip, not of another day or other people than the sentence's ``references``
    name, and, for a sentence of the news, not one told as its past ("A and B had met on Sept 8.
    C and D were present at the ceremony" of the news)."""
    return (
        # a call, where the sentence names one of its kind: "were present at the video call" (and
        # then a call, not the meeting in Kazan the call recalled)
        (
            (meeting.kind == "in_person" and not _calls(references))
            or (bool(references) and all(r.kind == meeting.kind for r in references))
            or (meeting.kind == "video" and _named_by_its_word(meeting, references))
            # a summit held online, its attendance told with no meeting word: "It was also attended by A"
            or (meeting.kind == "video" and not references and _a_gathering(meeting))
        )
        # not a trip, but a visit to someone named, who is met ("travelled to X to visit B at his
        # farm. A was accompanied by C")
        and not (meeting.visit and len(meeting.people) < 2)
        and _on_its_day(meeting, references)
        and _of(meeting, references)
        and (past or not of_the_past(meeting, published))
        # "arrived from Nouakchott, where he held talks with A. B was present at the talks": the
        # talks of the journey's news, not those told where the traveller came from
        and (past or not in_the_place_left(meeting.trigger))
    )


def _a_gathering(meeting: Found) -> bool:
    """Whether a meeting is told as a gathering: by its word ("the summit") or as what its verb
    tells of ("A hosted a virtual summit", "The forum was chaired by C")."""
    if lemma_of(meeting.trigger) in GATHERINGS:
        return True
    return any(
        c.dep_ in {"nsubj", "nsubjpass", "dobj"} and lemma_of(c) in GATHERINGS
        for c in children_of(meeting.verb)
    )


def told_of_it(held: Found, references: list[Found], before: list[Span]) -> None:
    """The day and place that the sentence naming who attended a meeting told in one of the two
    sentences ``before`` it gives that meeting, where it has none: "Japarov took part in the C5+1
    summit, held in New York on September 19 ... The summit was hosted by Biden and attended by
    ..." (the summit's day and place, see :func:`the_gathering_told_before`); not a meeting told
    further back, which the sentence may only seem to name again."""
    if not any(held.sentence.start == s.start for s in before):
        return
    if held.when is None:
        held.when = next((m.when for m in references if m.when is not None), None)
    if held.place is None and held.kind == "in_person":
        held.place = next((m.place for m in references if m.place and m.kind == "in_person"), None)


def joined_with_tellings(
    found: list[Found],
    meeting: Found,
    joins: Callable[[Span, People, Found], bool],
    sentence: Span,
    people: People,
) -> bool:
    """Whether a sentence adds people to a meeting (``joins``); they join its earlier tellings
    too: "A received B in Cairo. The two discussed trade. The meeting was attended by C"."""
    tellings = retold(found, meeting)
    if not joins(sentence, people, meeting):
        return False
    for telling in tellings:
        telling.join(meeting.people, sentence)
    return True


def _of(meeting: Found, references: list[Found]) -> bool:
    """Whether a meeting may be the one references name by its people ("sat in on the leaders'
    talks"): it has all of those a reference owned by them names."""
    named = [set(r.people) for r in references if len(r.people) >= 2 and of_theirs(r.trigger)]
    return not named or any(them <= set(meeting.people) for them in named)


def of_theirs(trigger: Token) -> bool:
    """ "the leaders' talks": a meeting word owned by a plural reference."""
    return any(
        c.dep_ == "poss" and c.tag_ == "NNS" and c.lower_ in PLURAL_REFERENCES for c in children_of(trigger)
    )


def _on_its_day(meeting: Found, references: list[Found]) -> bool:
    """Whether a meeting may be the one references name by a day ("took part in Monday's
    meeting"): it is of that day, or one of them has no day."""
    day = meeting.when
    days = [(r.when.start, r.when.end) for r in references if r.when is not None]
    if day is None:
        return True
    if days:
        return all(named == (day.start, day.end) for named in days)
    # a day named but not resolved (no publication date): "attended Wednesday's talks" is not
    # the handshake "in November 2022" told before, only a meeting that could fall on a Wednesday
    weekdays = {
        WEEKDAYS.index(owner.lower_)
        for r in references
        for owner in children_of(r.trigger)
        if owner.dep_ == "poss" and owner.lower_ in WEEKDAYS
    }
    if not weekdays or day.start is None or day.end is None:
        return True
    return day.start == day.end and day.start.weekday() in weekdays


# the words of a line that lists who was on a call, before its colon: "On the line: A, B and C"
ON_THE_LINE = frozenset({"line", "call"})


def those_on_the_line(sentence: Span, people: People, meeting: Found) -> bool:
    """Whether a line that lists, after "On the line:" (or "On the call:"), who was on the call told
    right before it, held by one person named with others unnamed, adds them to that call: "Biden
    held a secure video call with European leaders on Monday evening. On the line: A, B, C and D" is
    one call of the five."""
    tokens = span_tokens(sentence)
    if meeting.kind not in REMOTE_KINDS or len(meeting.people) != 1 or len(tokens) < 5:
        return False
    if [t.lower_ for t in tokens[:2]] != ["on", "the"] or tokens[2].lower_ not in ON_THE_LINE:
        return False
    if tokens[3].text != ":" or any(
        not t.is_space for t in sentence.doc[meeting.sentence.end : sentence.start]
    ):
        return False
    named = [c for c in people.in_tokens(tokens[4:]) if not c.companion and c not in meeting.people]
    if not named:
        return False
    meeting.join(named, sentence)
    return True


def join_the_plan(sentence: Span, people: People, meeting: Found) -> bool:
    """Those a sentence says were to join the people of a meeting still to come, or called off,
    told right before it, are of that meeting: "Ruto has called off a meeting with Museveni set
    for Thursday in Arusha. Samia and Kagame were due to join Ruto and Museveni there", "... are
    expected to join them". Only "join" set to come ("were due to", "were to", "are expected to",
    "will"), with whom they join named among the meeting's people or as "them"; not a meeting
    held (see :func:`note_attendance`), nor one told further back."""
    if meeting.kind not in {"planned", "cancelled"} or meeting.sentence.end > sentence.start:
        return False
    if any(not t.is_space for t in sentence.doc[meeting.sentence.end : sentence.start]):
        return False
    for verb in span_tokens(sentence):
        set_to_come = (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in SCHEDULE_WORDS | {"be"}) or any(
            c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll"} for c in children_of(verb)
        )
        if verb.lemma_.lower() != "join" or not set_to_come or negated(verb) or negated(verb.head):
            continue
        joined = [t for c in children_of(verb) if c.dep_ == "dobj" for t in subtree_of(c)]
        theirs = any(t.lower_ == "them" for t in joined) or bool(
            set(people.in_tokens(joined)) & set(meeting.people)
        )
        holder = verb  # the verb that holds the subject: "were" of "were due to join"
        while holder.dep_ in {"xcomp", "acomp"} and holder.head is not holder:
            holder = holder.head
        subjects = [t for c in children_of(holder) if c.dep_ in {"nsubj", "nsubjpass"} for t in subtree_of(c)]
        named = [p for p in people.in_tokens(subjects) if p not in meeting.people]
        if theirs and named:
            meeting.join(named, sentence)
            return True
    return False


# those a gathering is told to have coming: "Confirmed guests include ...", "Participants include ..."
GUEST_NOUNS = frozenset("guest participant attendee invitee".split())


def guests_of_the_plan(sentence: Span, people: People, meeting: Found) -> bool:
    """Those a sentence right after a gathering still to come names as its guests are of it:
    "A and B will take part in the summit of South American presidents that C called. Confirmed
    guests include the presidents of Argentina, D, and of Chile, E" (D and E too). Only a
    gathering (a summit, a conference, a meeting of leaders) told just before, the guests told in
    the present or future ("include", "will include", "are"); not guests of a meal, nor a list
    told further on."""
    if meeting.kind != "planned" or meeting.occasion is None or meeting.sentence.end > sentence.start:
        return False
    if any(not t.is_space for t in sentence.doc[meeting.sentence.end : sentence.start]):
        return False
    root = sentence.root
    if root.lemma_.lower() not in {"include", "be"} or root.tag_ in {"VBD", "VBN"} or negated(root):
        return False
    subjects = [c for c in children_of(root) if c.dep_ == "nsubj" and c.lemma_.lower() in GUEST_NOUNS]
    if not subjects:
        return False
    named = [
        p
        for p in people.in_tokens(
            t for c in children_of(root) if c.dep_ in {"dobj", "attr"} for t in subtree_of(c)
        )
        if p not in meeting.people
    ]
    if not named:
        return False
    meeting.join(named, sentence)
    return True
