"""A meeting found in one sentence, before it becomes a record."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from extract.people import Cluster
from extract.records import DateSpan, MeetingKind, Occasion, Place


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
    # the clause of the sentence before that sets the scene of a meeting this sentence goes on to
    # tell: "A received a message from B at State House on Monday. The message was delivered by C"
    scene: tuple[Span, set[int]] | None = None

    @property
    def countries(self) -> set[str]:
        """The countries taking part: its people's, and the delegations' named by no one."""
        return {p.country for p in self.people if p.country} | set(self.delegations)

    def join(self, people: Iterable[Cluster], sentence: Span) -> None:
        """Add the people a later sentence says took part, and that sentence as evidence."""
        self.people += [p for p in people if p not in self.people]
        self.more.append(sentence)
