"""A meeting found in one sentence, before it becomes a record."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from extract.people import Cluster
from extract.records import DateSpan, MeetingKind, Occasion, Place
from extract.spans import children_of
from extract.vocabulary import ARRIVING

# The verbs of a host welcoming a visitor, and the places a visitor lands at: with one of each
# in its clause, or "on (his) arrival", a welcome is one where the visitor lands ("was received
# at the airport by B", "B greeted him on the tarmac", "welcomed on arrival by B"); not "an
# arrival ceremony" at the palace, which opens the visit's talks. "Meet" tells one only
# passive, met by the host ("was met at the airport by B"), not "met at the airport", a meeting
# held there.
WELCOMES = frozenset("welcome greet receive".split())
# what one does at a gathering of many, which makes no meeting with another who is there
BEING_THERE = frozenset("attend leave join address skip miss quit depart exit declare open close".split())
LANDINGS = frozenset("airport tarmac".split())


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
    alongside: Found | None = None  # the meeting this one was held "meanwhile" with
    again: bool = False  # told as the same people meeting once more: "and again in Berlin in May"
    # one stop of a trip told with others, its clause cut to its own words (each_destination)
    stop: bool = False
    # one of those one verb tells apart after the first, in a meeting said to be separate ("met A,
    # before holding a separate session with B"): told as another meeting than the first
    separate: bool = False
    # the clause of the sentence before that sets the scene of a meeting this sentence goes on to
    # tell: "A received a message from B at State House on Monday. The message was delivered by C"
    scene: tuple[Span, set[int]] | None = None
    # dated only by the days its people were where it was held ("Assad had landed in Jeddah on
    # Thursday"): a day the article tells for the gathering it was held at outranks it
    by_the_stay: bool = False

    @property
    def countries(self) -> set[str]:
        """The countries taking part: its people's, and the delegations' named by no one."""
        return {p.country for p in self.people if p.country} | set(self.delegations)

    @property
    def only_there(self) -> bool:
        """Whether it is only one person at a gathering of many, which they attended or left ("he
        had left the summit the day before", "A attended the summit"): no meeting that another
        there, or another's attending it, makes one with them (not "A held a summit with the
        leaders", which others attending join)."""
        return len(self.people) < 2 and self.verb.lemma_.lower() in BEING_THERE

    @property
    def on_arrival(self) -> bool:
        """Whether it is a host's welcome of a visitor where the visitor lands: "At the airport,
        the guest was welcomed by the President", "was met on arrival by the minister"; someone
        of the country it is in, where it tells one, is the host, named or a delegation (not two
        leaders greeting each other at an airport abroad where they hold their talks)."""
        if not welcome_where_one_lands(self.trigger, self.clause):
            return False
        country = self.place.country if self.place is not None else None
        return country is None or country in self.countries

    def join(self, people: Iterable[Cluster], sentence: Span) -> None:
        """Add the people a later sentence says took part, and that sentence as evidence."""
        self.people += [p for p in people if p not in self.people]
        self.more.append(sentence)


def welcome_where_one_lands(trigger: Token, clause: set[int]) -> bool:
    """Whether a trigger is a welcome told where the visitor lands: "On arrival at the airport, A
    was welcomed by B", "was met at the airport by the minister"."""
    word = trigger.lemma_.lower()
    met_by = word == "meet" and any(c.dep_ == "agent" for c in children_of(trigger))
    return (word in WELCOMES or met_by) and (
        any(_where_one_lands(trigger.doc[i]) for i in clause) or _landed_just_before(trigger)
    )


def _landed_just_before(welcome: Token) -> bool:
    """Whether a welcome is joined by "and" to the visitor's landing at an airport told just
    before it: "A arrived at Fua'amotu International Airport at 8:30am, and was welcomed by a
    government delegation" (the landing told in the verb of arriving, not in the welcome's own
    clause); not an arrival in a city ("arrived in Nairobi and was welcomed by Ruto")."""
    arrived = welcome.head
    if welcome.dep_ != "conj" or arrived.i > welcome.i or arrived.lemma_.lower() not in ARRIVING:
        return False
    return any(
        _where_one_lands(t)
        for child in children_of(arrived)
        if child.i < welcome.i and child.dep_ not in {"conj", "cc"}
        for t in child.subtree
    )


def _where_one_lands(word: Token) -> bool:
    """Whether a word tells a visitor's landing: "at the airport", "on the tarmac", "on (his)
    arrival"; not "an arrival ceremony"."""
    if word.lemma_.lower() == "arrival":
        return word.dep_ == "pobj" and word.head.lower_ in {"on", "upon"}
    return word.lemma_.lower() in LANDINGS


def by_hung_on_the_arrival(by: Token, verb: Token) -> bool:
    """Whether a "by" the parser hung on "arrival" names the host of a welcome: "He was received
    on arrival by B" (B received him, the phrase hung on "arrival", not on "received"); not the
    arrival's own ("the arrival by sea of the migrants")."""
    arrival = by.head
    return (
        by.lower_ == "by"
        and by.dep_ == "prep"
        and arrival.lemma_.lower() == "arrival"
        and _where_one_lands(arrival)
        and arrival.head.head == verb
        and any(c.dep_ == "auxpass" for c in children_of(verb))
    )
