"""Occasions: the summit, conference or forum a sentence says a meeting was held at.

The table is ``extract/data/occasions.json`` (its ``about`` key explains the fields). A name from
the table counts only as an event: standalone names ("UNGA", "Davos", "Munich Security
Conference") always do, unless an office follows ("World Economic Forum founder"); the others
need an event word after them ("the G20 summit", "ASEAN foreign ministers' meeting"), an event
before them ("the summit of the SCO") or a cue ("at the G20", "on the sidelines of BRICS"), so
"the BRICS presidency" is no occasion. Hyphenated pairs keep both names ("India-GCC meeting").
A capitalised name ending in Summit, Conference, Forum, Dialogue, Leaders' or Ministers' Meeting,
High-Level Meeting or Joint Commission that the table lacks is taken as it is written ("Ukraine
Recovery Conference", "the Pacific-Caribbean Foreign Ministers' Meeting"); so is "Summit for
Democracy", and a gathering of a series named by a place and an edition numeral ("the Geneva II
conference"). A body's name before "format" is its gathering ("talks in the EPC format"), its
summit when a summit is told in the clause ("a virtual summit in the so-called I2U2 format"). A
long name with the acronym the table knows in brackets is the acronym's gathering ("the 28th
Conference of the Parties to the UN Framework Convention on Climate Change (COP28)"). Other occasions
the table lacks are named by who holds them (``named_by`` in the table): an acronym, not a
country's, before an event word ("the GECF summit"), a body's capitalised name before one ("the
Nordic Council session"; not a body of one state, "the National Security Council session"), a
gathering of leaders named by where they come from ("a consultative meeting of Arab leaders"),
and a body's gathering named through those told to hold it ("the heads of state of the Alliance
of Sahel States are to hold their first ordinary summit"). A bloc with its partners keeps the
format in its name ("the ASEAN Plus Three summit").

A span covers the name and its event word ("BRICS Summit"), or the name alone.

Not supported: lower-case one-off events ("a peace summit"), which are left to the caller.

>>> find_occasion("Modi met Xi at the 16th BRICS Summit in Kazan.")
(24, 36, Occasion(name='BRICS summit'))
"""

from __future__ import annotations

import functools
import json
import re
import re._constants as sre_constants
import re._parser as sre_parser
from bisect import bisect_right
from pathlib import Path
from typing import Any, NamedTuple

from extract import places
from extract.dates import MONTHS, WEEKDAYS
from extract.records import Occasion, Place

DATA = Path(__file__).parent / "data" / "occasions.json"
_WORDS = re.compile(r"[\w'’\-–]+")  # "Central Asia–China Summit": an en dash joins too
# words before a gathering's name that are no part of whose it is: "the Eighth Summit of the
# Community of Latin American and Caribbean States" is the CELAC summit, not an "Eighth Summit"
_ORDINALS = frozenset(
    """The A An First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Eleventh Twelfth
    Thirteenth Fourteenth Fifteenth Sixteenth Seventeenth Eighteenth Nineteenth Twentieth Annual
    Inaugural Extraordinary""".split()
)
# an edition's number before a gathering's name, in figures or Roman numerals: "the 65th
# Ordinary Session", "the LXIV Summit of Mercosur Heads of State" (the Mercosur summit, not an
# "LXIV summit")
_EDITION = re.compile(r"\d{1,3}(?:st|nd|rd|th)|(?=[IVXLC]{2})C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def _an_ordinal(word: str) -> bool:
    """Whether a word before a gathering's name tells which one it is, not whose: "Eighth",
    "Annual", "65th", "LXIV"."""
    return word in _ORDINALS or _EDITION.fullmatch(word) is not None


_CONNECTORS = frozenset(["and", "of", "for", "on", "the", "in", "de"])

# verbs of a title-cased headline, which end the words of its subject and never start a
# gathering's name: "Trump Shelves Budapest Summit" tells of the "Budapest Summit", "Leaders Hold
# Gulf Summit" of the "Gulf Summit". Their present ("Shelves", "Hosts", "Says") and, for the
# verbs no name holds, their bare form ("Leaders Hold ..."); not "Heads" ("Heads of Government
# Meeting") nor "Open" or "Lead".
_HEADLINE_VERBS = frozenset(
    "shelve cancel scrap postpone delay call host attend join skip miss boycott hold meet say "
    "agree announce confirm welcome address open plan eye urge arrive leave quit snub".split()
)
_BARE_HEADLINE_VERBS = frozenset(
    "shelve cancel scrap postpone host attend join skip boycott hold agree announce".split()
)


def _a_headline_verb(word: str) -> bool:
    """Whether a capitalised word is a headline's verb: "Shelves", "Hosts", "Hold".

    >>> _a_headline_verb("Shelves"), _a_headline_verb("Hold"), _a_headline_verb("Heads")
    (True, True, False)
    """
    if not word[:1].isupper():
        return False
    low = word.lower()
    if low in _BARE_HEADLINE_VERBS and word != word.upper():
        return True
    return any(low[: -len(end)] in _HEADLINE_VERBS for end in ("s", "es") if low.endswith(end))


NAME_CHARS = 200  # the longest stretch of a name read on either side of a word that may end it
_PAREN = re.compile(r"\s*\([A-Z][\w-]*\)")
# an acronym in brackets inside a gathering's name: "the Lancang-Mekong Cooperation (LMC) Foreign
# Ministers' Meeting"
_PAREN_BEFORE = re.compile(r"\s*\([A-Z][A-Z0-9-]{1,9}\)\s+$")
# what joins the sides of a joint gathering's name: a hyphen, a dash or a plus sign, spaced or
# not ("ASEAN-GCC", "Central Asia – European Union", "the Central Asia + Japan summit")
_JOINER = r"\s?[-–+]\s?"
# the other side of a joint gathering's name, joined to a bloc: "South Korea-EU", "EU + Japan"
_SIDE_BEFORE = re.compile(rf"((?:[A-Z][\w.]*\s){{0,2}}[A-Z][\w.]*)({_JOINER})$")
_SIDE_AFTER = re.compile(rf"({_JOINER})([A-Z][\w.]*(?:\s[A-Z][\w.]*){{0,2}})")
# "Summit for Democracy", "Summit for a New Global Financing Pact",
# "Summit of Heads of State and Government of the Group of 77 and China"
_TAIL = re.compile(
    r"\s+(?:for|on|of)\s+(?:the\s+|an?\s+)?(?:[A-Z][\w-]*\s*)+(?:of\s+(?:the\s+)?(?:[A-Z0-9][\w-]*\s*)+(?:and\s+[A-Z][\w-]*\s*)?)*"
)
_LEAD = re.compile(r"(\S+)\s+")
# who meets at a gathering, told after its name, which then runs on to the body they lead: "the
# Regular Meeting of the Conference of Heads of Government of the Caribbean Community"
_OF_WHO_MEETS = re.compile(
    r"\s+of\s+(?:the\s+)?(?:Council\s+of\s+)?(?:Heads|Leaders|Presidents|Prime\s+Ministers|Foreign\s+Ministers)\b"
)
# a format of a bloc with its partners, part of its gatherings' name: "the ASEAN Plus Three summit"
_PLUS = re.compile(r"\s+Plus\s+(?:One|Two|Three|Four|Five|Six|[1-6])\b")
# the margins after a name, a cue as the words before it are ("at the G20"): "talks on SCO
# sidelines", "met on the G20's margins"; not "BRICS sidelines the dollar"
_MARGINS_AFTER = re.compile(r"(?:['’]s\s+)?(?:sidelines?|margins?)\b", re.IGNORECASE)
_ON_OR_AT = re.compile(r"\b(?:on|at)\s+(?:the\s+)?$", re.IGNORECASE)
# a building named after the event word: "the King Abdulaziz International Conference Center"
_BUILDING = re.compile(r"\s+(?:Cent(?:er|re)|Hall|Hotel|Complex|Building|Palace|Room|Arena|Venue)\b")


class _Entry(NamedTuple):
    pattern: re.Pattern[str]
    spec: dict[str, Any]
    # the text each alias starts with, lower-cased where the alias is read in any case; None
    # where one alias starts with no fixed text: a sentence holding none is not searched
    starts: tuple[tuple[str, bool], ...] | None


class _Table(NamedTuple):
    entries: list[_Entry]
    event_words: re.Pattern[str]
    before_event: re.Pattern[str]
    before_cue: re.Pattern[str]
    not_events: re.Pattern[str]
    qualifiers: list[tuple[re.Pattern[str], str]]
    generic: re.Pattern[str]
    acronym: re.Pattern[str]
    body: re.Pattern[str]
    domestic: re.Pattern[str]
    leaders: re.Pattern[str]
    of_body: re.Pattern[str]
    with_region: re.Pattern[str]
    held_by: re.Pattern[str]
    holders: re.Pattern[str]
    hold_their: re.Pattern[str]
    regions: re.Pattern[str]
    of_peoples: re.Pattern[str]


@functools.cache
def _table() -> _Table:
    with DATA.open(encoding="utf-8") as f:
        data = json.load(f)
    entries = []
    for spec in data["occasions"]:
        aliases = [*spec["aliases"], *_title_cased(spec["aliases"])]
        alts = "|".join(f"(?i:{a})" if " " in a else a for a in aliases)
        starts = _fewest(tuple((start, " " in a) for a in aliases for start in _fixed_starts_of(a)))
        entries.append(
            _Entry(
                re.compile(rf"(?<!\w)(?:{alts})(?![\w+])"),
                spec,
                None
                if any(not start for start, _ in starts)
                else tuple((s.lower() if i else s, i) for s, i in starts),
            )
        )
    return _Table(
        entries,
        re.compile(data["event_words"], re.IGNORECASE),
        re.compile(data["before_event"], re.IGNORECASE),
        re.compile(data["before_cue"], re.IGNORECASE),
        re.compile(data["not_events"], re.IGNORECASE),
        [(re.compile(q, re.IGNORECASE), name) for q, name in data["qualifiers"]],
        re.compile(rf"\b(?:{'|'.join(data['generic'])})\b"),
        *_named_by(data["named_by"]),
    )


# an acronym said as a word, which some house styles write in title case ("Asean", "Nato",
# "Ecowas"): four capitals or more; shorter ones are spelt out and keep their capitals ("EU", "SCO")
_WORD_ACRONYM = re.compile(r"[A-Z]{4,}")


def _title_cased(aliases: list[str]) -> list[str]:
    """The title-case spellings of the acronyms among ``aliases`` that are read as words.

    >>> _title_cased(["ASEAN", "Association of South ?-?East Asian Nations", "EU"])
    ['Asean']
    """
    return [a.capitalize() for a in aliases if _WORD_ACRONYM.fullmatch(a)]


@functools.cache
def _fixed_starts() -> frozenset[tuple[str, bool]]:
    """Every fixed start of the table's aliases (:attr:`_Entry.starts`), each once."""
    return frozenset(start for entry in _table().entries for start in entry.starts or ())


def _fixed_starts_of(alias: str) -> tuple[str, ...]:
    r"""The texts, in ASCII, one of which every match of a pattern starts with; ("",) where a
    match may start with any text. An alternation or an optional part before the first other
    element gives a start for each way: "(?:St\.?|Saint) Petersburg" starts with "St. Petersburg",
    "St Petersburg" or "Saint Petersburg", "G-?77" with "G-77" or "G77", where the "S" and "G"
    all its ways begin with would be in nearly every sentence (and its pattern run on each).

    >>> _fixed_starts_of("Shanghai Cooperation Organi[sz]ation"), _fixed_starts_of(r"COP ?-?(\d{1,2})")
    (('Shanghai Cooperation Organi',), ('COP -', 'COP ', 'COP-', 'COP'))
    >>> _fixed_starts_of(r"(?:St\.?|Saint) Petersburg")
    ('St. Petersburg', 'St Petersburg', 'Saint Petersburg')
    >>> _fixed_starts_of("G-?77(?: and China)?")
    ('G-77 and China', 'G-77', 'G77 and China', 'G77')
    """
    return tuple(dict.fromkeys(text for text, _ in _starts_of(sre_parser.parse(alias))))


_MOST_STARTS = 16


def _fewest(starts: tuple[tuple[str, bool], ...]) -> tuple[tuple[str, bool], ...]:
    """The starts of an entry's aliases but those another of them begins (read in the same case):
    a text holding "G77 and China" holds "G77", so looking for "G77" alone finds it."""
    return tuple(
        (start, folded)
        for n, (start, folded) in enumerate(starts)
        if not any(
            other_folded == folded and start.startswith(other) and (other != start or m < n)
            for m, (other, other_folded) in enumerate(starts)
            if m != n
        )
    )


def _starts_of(items: Any) -> list[tuple[str, bool]]:
    """Each way a parsed pattern can start, as (its fixed text, whether that is the whole
    pattern): the fixed text ends at the first element that is no ASCII character, alternation
    of such, nor optional part."""
    found = [("", True)]
    for op, value in items:
        ways = _ways_of(op, value)
        longer = [
            (text + more, whole)
            for text, complete in found
            for more, whole in (ways if complete and ways is not None else [("", False)])
        ]
        if len(longer) > _MOST_STARTS:  # too many ways: those so far, else the start all share
            if any(text for text, _ in found):
                return [(text, False) for text, _ in found]
            return [(_shared_start([text for text, _ in longer]), False)]
        found = longer
        if not any(complete for _, complete in found):
            break
    return found


def _shared_start(texts: list[str]) -> str:
    """The longest text all ``texts`` start with."""
    first, last = min(texts), max(texts)
    n = 0
    while n < min(len(first), len(last)) and first[n] == last[n]:
        n += 1
    return first[:n]


def _ways_of(op: Any, value: Any) -> list[tuple[str, bool]] | None:
    """The ways one element of a parsed pattern can start (see :func:`_starts_of`); None where
    it is neither an ASCII character, a group with no flags, an alternation, nor an optional
    part."""
    if op is sre_constants.LITERAL:
        return [(chr(value), True)] if value <= 127 else None
    if op is sre_constants.SUBPATTERN:
        _, add_flags, del_flags, inner = value
        return None if add_flags or del_flags else _starts_of(inner)
    if op is sre_constants.BRANCH:
        return [way for branch in value[1] for way in _starts_of(branch)]
    if op in {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT} and value[0] == 0 and value[1] == 1:
        return [*_starts_of(value[2]), ("", True)]  # there or not
    return None


# the characters other than ASCII that a pattern read in any case takes for an ASCII letter
# ("İ", "ı", "ſ", the Kelvin sign): a text with one of them is searched by every such pattern
_FOLDED_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")


# a body's capitalised name, of one of the table's sorts of body: "Amazon Cooperation Treaty
# Organization", "Community of Portuguese Language Countries", "Alliance of Sahel States"
_A_BODY = (
    r"((?:[A-Z][\w'’-]*\s+){{0,4}}(?:{bodies})"
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*)(?:\s+(?:and\s+)?[A-Z][\w'’-]*){{0,4}})?)"
)


# what those who hold a gathering are told to do with it, after the name of whose it is:
# "(AES) are to hold their first ordinary summit", "will convene its annual meeting"
_HOLD_THEIR = (
    r"(?:\s*\([A-Z][\w-]*\))?\s+(?:[a-z]+\s+){{0,3}}?(?:hold|holds|held|holding|convene|convenes|convened|"
    r"convening)\s+(?:their|its)\s+(?:[\w-]+\s+){{0,2}}?(?P<event>{events}|meeting)\b"
)


def _named_by(spec: dict[str, str]) -> tuple[re.Pattern[str], ...]:
    """The patterns of occasions named by who holds them (``named_by`` in the table)."""
    acronym = re.compile(
        rf"(?<![\w+-])(?!(?:{spec['not_acronyms']})\b)([A-Z][A-Z0-9]{{1,5}}(?:\+\d)?)\)?\s+((?i:{spec['acronym_events']}))\b"
    )
    # not a name that runs back over an "and" ("the Belt and Road Initiative conference")
    body = re.compile(
        rf"(?<![\w-])(?<!\band\s)((?:[A-Z][\w'’-]*\s+){{1,4}}(?:{spec['bodies']}))\s+((?i:{spec['body_events']}))\b"
    )
    # "a consultative meeting of Arab leaders"; a summit held "for" or "with" them, after who
    # hosted it or not: "a summit hosted by President Biden for Pacific Island leaders", "a
    # summit with Central Asian leaders"
    leaders = re.compile(
        rf"\b((?:(?:{spec['kinds']})\s+)?(?:summit|meeting|conference|gathering))"
        rf"(?:\s+(?:hosted|organi[sz]ed|convened)\s+by(?:\s+[A-Z][\w.'’-]*){{1,5}}(?=\s+for\b))?"
        rf"(\s+(?:of|(?<=summit\s)for|(?<=summit\s)with|for(?=\s+(?:the\s+)?[A-Z]))\s+(?:the\s+)?"
        rf"(?:[A-Z][\w-]*\s+){{1,3}}(?:{spec['leaders']}))\b"
    )
    # "the summit of the Amazon Cooperation Treaty Organization", "a summit of the Community of
    # Portuguese Language Countries": the body's name after its event word
    of_body = re.compile(rf"\b({spec['body_events']})\s+of\s+the\s+{_A_BODY.format(bodies=spec['bodies'])}")
    # "the Russia-Africa summit", "the Africa-Korea summit": a country's summit with a region,
    # also as its leaders' ("a US-Nordic leaders' summit")
    regions = spec["partner_regions"]
    with_region = re.compile(
        rf"(?<![\w-])(?:([A-Z][\w.]*(?:\s[A-Z][\w]*)?)({_JOINER})({regions})"
        rf"|({regions})({_JOINER})([A-Z][\w.]*(?:\s[A-Z][\w]*)?))\s+((?:[Ll]eaders['’]?\s+)?[Ss]ummit)\b"
    )
    # "the heads of state of the Alliance of Sahel States (AES) are to hold their first ordinary
    # summit": the body's gathering, named through those who hold it
    held_by = re.compile(
        rf"\b(?:{spec['leaders']})\s+of\s+the\s+{_A_BODY.format(bodies=spec['bodies'])}"
        + _HOLD_THEIR.format(events=spec["body_events"])
    )
    holders = re.compile(rf"\b(?:{spec['leaders']})\s+of\s+(?:the\s+)?$", re.IGNORECASE)
    hold_their = re.compile(_HOLD_THEIR.format(events=spec["body_events"]))
    domestic = re.compile(rf"\b(?:{spec['domestic']})\b")
    # "the Arab summit", "an extraordinary Arab summit": the summit of a region's peoples
    of_peoples = re.compile(rf"(?<![\w-])(?:([A-Z][\w]*)\s+)?({spec['peoples']})\s+([Ss]ummit)\b")
    return (
        *(acronym, body, domestic, leaders, of_body, with_region, held_by, holders, hold_their),
        *(re.compile(regions), of_peoples),
    )


@functools.cache
def names_a_body(text: str) -> bool:
    """Whether ``text`` is, whole, the name of a body or gathering in the table ("Mercosur",
    "ASEAN", "BRICS"), which names no person.

    >>> names_a_body("Mercosur"), names_a_body("Lula")
    (True, False)
    """
    whole = text.strip()
    lowered = None if _FOLDED_TO_ASCII.intersection(whole) else whole.lower()
    always, by_first = _entries_by_first_letter()
    tried = [
        *always,
        *(e for start, e in by_first.get((whole[:1], False), ()) if whole.startswith(start)),
        *(
            e
            for start, e in (
                by_first.get((lowered[:1], True), ())
                if lowered is not None
                else (item for (_, folded), items in by_first.items() if folded for item in items)
            )
            if lowered is None or lowered.startswith(start)
        ),
    ]
    return any(entry.pattern.fullmatch(whole) for entry in tried)


@functools.cache
def _entries_by_first_letter() -> tuple[list[_Entry], dict[tuple[str, bool], list[tuple[str, _Entry]]]]:
    """The table's entries for :func:`names_a_body`: those with an alias of no fixed start, and
    the others under the first letter of each alias's fixed start (lower-cased where the alias is
    read in any case), with that start. A text an entry's name is whole begins with one of the
    entry's fixed starts, so only the entries filed under the text's first letter are tried."""
    always = []
    by_first: dict[tuple[str, bool], list[tuple[str, _Entry]]] = {}
    for entry in _table().entries:
        if entry.starts is None:
            always.append(entry)
            continue
        for start, folded in entry.starts:
            by_first.setdefault((start[:1], folded), []).append((start, entry))
    return always, by_first


def venue_of(occasion: Occasion) -> str | None:
    """Where an occasion is always held, as the table gives it ("Munich, Germany"), else None.

    >>> venue_of(Occasion(name="Munich Security Conference")), venue_of(Occasion(name="G20 summit"))
    ('Munich, Germany', None)
    """
    for entry in _table().entries:
        if entry.pattern.search(occasion.name):
            venue: str | None = entry.spec.get("venue")
            return venue
    return None


def bloc_size(words: str) -> tuple[str, int] | None:
    """The short name and the number of members of the bloc ``words`` name, where the table gives
    a bloc of a fixed number ("size": the Quad's four, the Weimar Triangle's three), else None (a
    bloc whose membership grows or that the table does not count: BRICS, Mercosur, the G20).

    >>> bloc_size("Quad"), bloc_size("BRICS")
    (('Quad', 4), None)
    """
    for entry in _table().entries:
        size = entry.spec.get("size")
        if size and entry.pattern.fullmatch(words):
            return str(entry.spec["short"]), int(size)
    return None


def bloc_gathering(short: str, *, of_leaders: bool = False) -> Occasion | None:
    """The gathering a bloc holds, as the table names it by default ("Quad" -> "Quad summit");
    ``of_leaders``: the one its leaders hold, its summit where the table names one apart.

    >>> bloc_gathering("Quad")
    Occasion(name='Quad summit')
    >>> bloc_gathering("Weimar Triangle", of_leaders=True)
    Occasion(name='Weimar Triangle summit')
    """
    for entry in _table().entries:
        if entry.spec["short"] != short:
            continue
        name = (of_leaders and entry.spec.get("summit")) or entry.spec.get("default")
        if name:
            return Occasion(name=name)
    return None


@functools.lru_cache(maxsize=256)
def bodies_named(text: str) -> tuple[tuple[int, Occasion], ...]:
    """Where ``text`` names a body of the table that holds gatherings, told as one or not, each
    with the gathering it holds by default: what "the bloc's summit" told after it means.

    >>> bodies_named("The leaders of the Mercosur trade bloc met.")
    ((19, Occasion(name='Mercosur summit')),)
    """
    found = []
    for entry in _table().entries:
        name = entry.spec.get("default")
        if not name or entry.spec.get("standalone"):
            continue
        found += [(m.start(), Occasion(name=name)) for m in entry.pattern.finditer(text)]
    return tuple(sorted(found, key=lambda hit: hit[0]))


# an ordinal before a format's name: "the 15th India-Japan Annual Summit"
_ORDINAL_NUMBER = re.compile(r"\d+(?:st|nd|rd|th)\s+")


def countries_of_format(occasion: Occasion) -> frozenset[str]:
    """The countries a gathering's name says it is held between, where the words its hyphens
    or en dashes join all name countries ("India-Japan Annual Summit": India and Japan;
    "China-Japan-South Korea trilateral summit": three), else none ("India-GCC meeting",
    "Russia-Africa summit": a bloc or a region is no country).

    >>> sorted(countries_of_format(Occasion(name="15th German-Indian Annual Summit")))
    ['Germany', 'India']
    >>> countries_of_format(Occasion(name="Central Asia–China Summit"))
    frozenset()
    """
    named: list[str] = []
    for part in re.split(_JOINER, _ORDINAL_NUMBER.sub("", occasion.name, count=1)):
        if country := _country_of(part):
            named.append(country)
            continue
        words = part.split()  # the last country, before the event words: "South Korea trilateral"
        named += next(([c] for size in (1, 2, 3) if (c := _country_of(" ".join(words[:size])))), [])
        break
    return frozenset(named) if len(named) >= 2 else frozenset()


def _country_of(words: str) -> str | None:
    """The country words name, or its people's adjective names ("Japan", "German")."""
    return places.country_name(words) or (places.demonym_country(words) if " " not in words else None)


def find_occasion(text: str) -> tuple[int, int, Occasion] | None:
    """The first occasion named in a sentence, as (start, end, Occasion), else None.

    >>> find_occasion("Lavrov met Wang on the sidelines of the G20 foreign ministers' meeting.")[2].name
    "G20 foreign ministers' meeting"
    >>> find_occasion("Russia holds the BRICS presidency this year.") is None
    True
    """
    found = find_occasions(text)
    return found[0] if found else None


def find_occasions(text: str, article: str | None = None) -> list[tuple[int, int, Occasion]]:
    """Every occasion named in a sentence, as :func:`find_occasion` finds the first, in order of
    their start (one from the table before a capitalised name at the same place); each name is
    read with at most ``NAME_CHARS`` characters around it, so that the search is linear in the
    length of the text. A sentence asked again (once for each meeting it tells) is read once.
    With the ``article`` the sentence is part of, an acronym the article defines for a gathering
    (see :func:`acronyms_defined`) names that gathering wherever it stands alone.

    >>> [o.name for _, _, o in find_occasions("Xi met Modi at the BRICS summit, then the G20 summit.")]
    ['BRICS summit', 'G20 summit']
    >>> said = "Wong met Luxon at the PIFLM."
    >>> article = "Leaders came to the Pacific Islands Forum Leaders Meeting (PIFLM). " + said
    >>> [o.name for _, _, o in find_occasions(said, article)]
    ['Pacific Islands Forum summit']
    """
    found = _occasions_in(text)
    defined = acronyms_defined(article) if article else ()
    bodies = bodies_defined(article) if article else ()
    if not defined and not bodies:
        return list(found)
    more = [
        (m.start(), m.end(), occasion)
        for acronym, occasion in defined
        for m in re.finditer(rf"(?<![\w(-]){re.escape(acronym)}(?![\w-])", text)
        if not any(s < m.end() and m.start() < e for s, e, _ in found)
    ]
    more += [
        (m.start(), m.end(), Occasion(name=m.group()))
        for acronym in bodies
        for m in re.finditer(rf"(?<![\w(-]){re.escape(acronym)}{_A_BODYS_GATHERING}", text)
        if not any(s < m.end() and m.start() < e for s, e, _ in found)
    ]
    return sorted([*found, *more], key=lambda hit: hit[0])


# the gathering words after a body's acronym that name its gathering: "the LMC leaders' meeting",
# "an LMC foreign ministers' meeting", "the BIMSTEC summit"
_A_BODYS_GATHERING = (
    r"\s+(?:(?:leaders|foreign\s+ministers|ministers|heads\s+of\s+state)['’]?\s+)?"
    r"(?:summit|meeting|ministerial|conference)(?![\w-])"
)
# a body's name with its acronym in brackets: "the Lancang-Mekong Cooperation (LMC)"
_BODY_DEFINED = re.compile(
    r"(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|the)\s+)*){1,5}[A-Z][\w'’-]*\s+\(([A-Z]{2,8})\)"
)


@functools.lru_cache(maxsize=16)
def bodies_defined(article: str) -> tuple[str, ...]:
    """The acronyms an article defines for bodies, by writing one in brackets right after a
    capitalised name of two words or more that names no gathering ("the Lancang-Mekong Cooperation
    (LMC)"), so that the body's gathering may be named by the acronym and a meeting word ("The
    third LMC leaders' meeting"); not an acronym the table knows, nor one defined for a gathering.

    >>> bodies_defined("In 2016 the Lancang-Mekong Cooperation (LMC) was set up.")
    ('LMC',)
    """
    gatherings = {acronym for acronym, _ in acronyms_defined(article)}
    found: list[str] = []
    for m in _BODY_DEFINED.finditer(article):
        acronym = m.group(1)
        if acronym in found or acronym in gatherings or names_a_body(acronym):
            continue
        found.append(acronym)
    return tuple(found)


# an acronym in brackets right after a name: "the Joint Ministerial Commission (JMC)"
# the rest of a gathering's name after the words that make it one: "the Mercosur Summit of Heads
# of State (MSHS)"
_NAME_GOES_ON = re.compile(r"(?:\s+(?:of|for|on|and|the|[A-Z][\w'’-]*))*")
# or after ", or" ("the Pacific Islands Leaders Meeting, or PALM, a summit ...")
_ACRONYM_DEFINED = re.compile(r"\(([A-Z][A-Za-z0-9-]{1,9})\)|,\s+or\s+([A-Z][A-Z0-9-]{1,9})(?=[\s,.;])")


@functools.lru_cache(maxsize=16)
def acronyms_defined(article: str) -> tuple[tuple[str, Occasion], ...]:
    """The acronyms an article defines for gatherings it names, by writing one in brackets
    right after the name ("the Pacific Islands Forum Leaders Meeting (PIFLM)", or after ", or":
    "the Pacific Islands Leaders Meeting, or PALM, a summit Japan hosts"), each with its
    gathering: the article may then name it by the acronym alone ("on the sidelines of the
    PIFLM"). An acronym the table knows is left to the table.

    >>> acronyms_defined("India and Kenya held the Joint Ministerial Commission (JMC) in Nairobi.")
    (('JMC', Occasion(name='Joint Ministerial Commission')),)
    """
    defined: dict[str, Occasion] = {}
    for m in _ACRONYM_DEFINED.finditer(article):
        acronym = m.group(1) or m.group(2)
        if acronym in defined or names_a_body(acronym) or sum(c.isupper() for c in acronym) < 2:
            continue
        before = article[max(0, m.start() - NAME_CHARS) : m.start()].rstrip()
        named = [o for _, end, o in _occasions_in(before) if _NAME_GOES_ON.fullmatch(before, end)]
        if named:
            defined[acronym] = named[-1]
    return tuple(defined.items())


@functools.lru_cache(maxsize=1024)
def _occasions_in(text: str) -> tuple[tuple[int, int, Occasion], ...]:
    hits, spans = _table_hits(text)
    found = [(hit, 0) for hit in hits if hit]
    starts, ends = [a for a, _ in spans], [b for _, b in spans]  # the table's names do not overlap
    joint = _joint_hits(text, spans)
    if joint:  # "the Joint Summit of ECOWAS and ECCAS": no summit of either body alone
        found = [(hit, n) for hit, n in found if not any(_within(hit, whole) for whole in joint)]
        found += [(hit, 1) for hit in joint]
    taken = 0
    named = [
        h
        for h in [
            *_generic_hits(text),
            *_named_by_hits(text),
            *_ceremony_hits(text),
            *_festivity_hits(text),
            *_format_hits(text),
            *_theme_hits(text),
            *_series_hits(text),
            *_titled_hits(text),
            *_of_named_hits(text),
            *_at_a_building_hits(text),
        ]
        if h is not None
    ]
    for hit in sorted(named, key=lambda h: (h[0], -h[1])):
        if hit[0] < taken or any(hit[0] < e and s < hit[1] for s, e, _ in joint):
            continue  # read already as part of another name
        if any(s <= hit[0] and hit[1] <= e for (s, e, _), _ in found):
            continue  # "the Central Asia plus Japan Dialogue": the words after a table's name, its own
        after = bisect_right(ends, hit[0])  # the first name that ends after the hit starts
        if after == len(spans) or starts[after] >= hit[1]:
            found.append((hit, 1))
            taken = hit[1]
    return _acronym_wins([(hit, n == 0) for hit, n in sorted(found, key=lambda f: (f[0][0], f[1]))], text)


# the rest of a gathering's long name before the acronym the table knows, in brackets: "the 28th
# Conference of the Parties to the UN Framework Convention on Climate Change (COP28)"
_LONG_NAME_GOES_ON = re.compile(r"(?:\s+(?:of|for|on|to|in|the|[A-Z][\w'’-]*))*\s*\(")


def _acronym_wins(
    found: list[tuple[tuple[int, int, Occasion], bool]], text: str
) -> tuple[tuple[int, int, Occasion], ...]:
    """The occasions found, in order, with a gathering's long name and the acronym the table
    knows for it in brackets right after it read as one, named by the acronym: "the 28th United
    Nations Climate Change Conference of the Parties (COP28)" is COP28, not a bare "Conference of
    the Parties" beside it. The long name runs on only with capitalised words and "of", "for",
    "on", "to", "in", "the" (never "and": "the G20 summit and the ... (COP28)" are two)."""
    kept: list[tuple[int, int, Occasion]] = []
    for (start, end, occasion), from_table in found:
        if (
            from_table
            and kept
            and text[start - 1 : start] == "("
            and text[end : end + 1] == ")"
            and _LONG_NAME_GOES_ON.fullmatch(text, kept[-1][1], start)
        ):
            kept[-1] = (kept[-1][0], end + 1, occasion)
            continue
        if (
            from_table
            and kept
            and kept[-1][0] < start - 1
            and end + 1 <= kept[-1][1]
            and text[end : end + 1] == ")"
        ):
            kept[-1] = (kept[-1][0], kept[-1][1], occasion)  # "the UN Climate Change Conference (COP29)"
            continue
        kept.append((start, end, occasion))
    return tuple(kept)


def _within(hit: tuple[int, int, Occasion], whole: tuple[int, int, Occasion]) -> bool:
    return whole[0] <= hit[0] and hit[1] <= whole[1]


# a body's name: "the Arab League", "the Organization of Islamic Cooperation (OIC)", "ECOWAS"
_BODY_NAME = (
    r"(?:the\s+)?[A-Z][\w-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w-]*){0,6}(?:\s*\([A-Z][\w-]*\))?"
)
# a gathering's capitalised name and the two bodies that hold it together: "the Extraordinary
# Joint Summit of the OIC and the Arab League", "the Joint Summit of ECOWAS and ECCAS", or in
# lower case, "a joint summit of the Arab League and the OIC"
_JOINT = re.compile(
    rf"(?<![\w-])((?:[A-Z][\w'’-]*\s+){{0,4}}(?:Summit|Conference|Meeting|Session|Forum)"
    r"|joint\s+(?:summit|conference|meeting|session))"
    rf"\s+of\s+{_BODY_NAME}\s+(and)\s+(?>{_BODY_NAME})"
    r"(?!\s+(?:of|for)\b|\s+(?i:summit|meeting|conference|forum|session|talks)\b)"  # the name goes on
)


def _joint_hits(text: str, names: list[tuple[int, int]]) -> list[tuple[int, int, Occasion]]:
    """A gathering named with the two bodies that hold it together, read as its whole name: "the
    Extraordinary Joint Summit of the OIC and the Arab League" (not the OIC summit, nor an
    "Extraordinary Joint Summit" of no one); not one body whose own name, one of the table's
    ``names``, holds the "and" ("the Summit of the Community of Latin American and Caribbean
    States"). In lower case ("a joint summit of the Arab League and the OIC") both bodies are
    the table's: "a joint session of the Senate and the House" is a parliament's."""
    hits = []
    for m in _JOINT.finditer(text):
        if any(start < m.start(2) and m.end(2) < end for start, end in names):
            continue
        sides = ((m.end(1), m.start(2)), (m.end(2), m.end()))
        if m.group(1).islower() and not all(
            any(side_start <= start and end <= side_end for start, end in names)
            for side_start, side_end in sides
        ):
            continue
        start = m.start()
        if (lead := _LEAD.match(text, start, m.end(1))) and lead.group(1) in {"The", "A", "An"}:
            start = lead.end()
        hits.append((start, m.end(), Occasion(name=text[start : m.end()])))
    return hits


def _table_hits(text: str) -> tuple[list[tuple[int, int, Occasion] | None], list[tuple[int, int]]]:
    """Occasions from the table, and the spans of all table names, events or not."""
    lowered = None if _FOLDED_TO_ASCII.intersection(text) else text.lower()
    held = {  # each fixed start looked for once, not once per entry that has it
        (start, folded)
        for start, folded in _fixed_starts()
        if ((start in text) if not folded else (lowered is None or start in lowered))
    }
    matches = [
        (m, entry.spec)
        for entry in _table().entries
        if entry.starts is None or not held.isdisjoint(entry.starts)
        for m in entry.pattern.finditer(text)
    ]
    matches.sort(key=lambda ms: (ms[0].start(), -ms[0].end()))
    hits: list[tuple[int, int, Occasion] | None] = []
    spans = []
    taken = 0
    for m, spec in matches:
        if m.start() >= taken:
            taken = m.end()
            spans.append(m.span())
            hits.append(_occasion(text, m, spec))
    return hits, spans


# at most this many lower-case words between a body's name and the event word that makes it a
# gathering (the capitalised words of a longer name and "of", "and", "the" not counted): "the EU
# foreign ministers' meeting", "the SCO Council of Heads of Government meeting"; not "demanding
# that the European Union reopen Turkey's stalled accession talks"
EVENT_REACH = 2
_NAME_LINKS = frozenset("of and the for on &".split())
# a preposition of place or time in lower case between a body's name and an event word, which
# then heads a phrase of its own: "NATO bids at White House meeting"
_PLACING = frozenset("at in with during after before ahead".split())
# what makes "leaders" after a body's name its gathering: "G7 leaders' summit", "ASEAN leaders
# met", "a meeting of EU leaders"; not "rebukes from European Union leaders who said ..."
_LEADERS_GATHER = re.compile(
    r"^leaders(?:['’]|\s+(?:summit|meeting|retreat|gathering|met|meet|gather))", re.IGNORECASE
)
_OF_A_GATHERING = re.compile(
    r"\b(?:summit|meeting|gathering|session|call|conference|retreat)\s+of\b[^.;]{0,40}$", re.IGNORECASE
)


# an office whose title runs on to an event word: "the EU Special Representative for the
# Belgrade-Pristina Dialogue", "the AU envoy to the talks" name an office, not a gathering
_OFFICE_WORDS = frozenset(
    "representative envoy coordinator commissioner ambassador negotiator "
    "mediator spokesman spokeswoman spokesperson".split()
)
# a body that brokers talks, joined to them by a hyphen: "EU-mediated talks", "AU-brokered
# talks" name who brokers them, not a gathering of the body (in lower case only: a headline's
# "EU-Facilitated Talks in Ohrid" is left as it was, the gathering that places its story)
_BROKERED = re.compile(r"[-–](?:mediated|facilitated|brokered|sponsored|backed|led)\b")


def _event_after(event_words: re.Pattern[str], after: str, before: str) -> re.Match[str] | None:
    """The event word that follows a body's name closely enough to say it is a gathering, not
    one that ends an office's title."""
    for event in event_words.finditer(after):
        between = after[: event.start()].split()
        if any(w.lower().rstrip("'’s") in _OFFICE_WORDS for w in between):  # "envoys", "envoy's"
            return None
        if sum(1 for w in between if not w[:1].isupper() and w.lower() not in _NAME_LINKS) > EVENT_REACH:
            return None
        if any(w in _PLACING for w in between):
            return None  # "backs NATO bids at White House meeting": the meeting is not NATO's
        if event.group().lower() != "leaders" or _LEADERS_GATHER.match(after[event.start() :]):
            return event
        if _OF_A_GATHERING.search(before):
            return event  # "a virtual meeting of a group of 'Coalition of the Willing' Leaders"
    return None


# a gathering told "in the format" of a grouping ("held a summit ... in the so-called I2U2 format",
# "a summit in the Normandy format") is that grouping's summit when a summit is told earlier in
# the clause
_IN_THE_FORMAT = re.compile(r"\bin\s+the\s+(?:so-called\s+|so\s+called\s+)?$", re.IGNORECASE)
_A_SUMMIT_HELD = re.compile(r"\b(?:summit|leaders['’]?\s+(?:meeting|summit))\b", re.IGNORECASE)


# a bloc with a number of partners, one format of many countries, not two sides: "C5+1"
_WITH_PARTNERS = re.compile(r"\+\s?\d\b")


def _two_sides(name: str) -> bool:
    """Whether a gathering's name joins two sides ("China-EU"); not a bloc with its partners
    ("C5+1", "the Central Asia plus Japan Dialogue": six countries).

    >>> _two_sides("China-EU"), _two_sides("C5+1"), _two_sides("EU")
    (True, False, False)
    """
    return len(re.split(_JOINER, name)) == 2 and _WITH_PARTNERS.search(name) is None


# the members of a body, told after its name: "the summit of the D-8 countries"
_MEMBERS = re.compile(r"(?:member\s+)?(?:countries|nations|states|members)\b", re.IGNORECASE)


def _of_its_members(after: str, event_before: re.Match[str] | None) -> bool:
    """Whether a body's name, followed by its members' word, is told after a gathering of them:
    "the 11th Summit of the Developing Eight (D-8) countries" is the D-8's summit, as "the summit
    of the D-8" is; not "the D-8 countries" alone, nor "talks at the ASEAN nations' secretariat"."""
    return (
        event_before is not None
        and re.search(r"\bof\b", event_before.group(), re.IGNORECASE) is not None
        and _MEMBERS.match(after) is not None
    )


def _occasion(text: str, m: re.Match[str], spec: dict[str, Any]) -> tuple[int, int, Occasion] | None:
    """The occasion this table match names here, if the words around it make it an event."""
    table = _table()
    start, end = m.start(), m.end()
    if paren := _PAREN.match(text, end, end + NAME_CHARS):
        end = paren.end()
    short = spec["short"].replace("{1}", next((g for g in m.groups() if g), ""))
    if not spec.get("standalone") and _BROKERED.match(text, end):
        return None
    if not spec.get("standalone") and (plus := _PLUS.match(text, end)):
        end, short = plus.end(), short + plus.group()
    if not spec.get("standalone"):
        joint = _joint_name(text, start, end)
        if joint != (start, end):
            start, end = joint
            short = text[start:end]
    segment = re.split(r"[.;:!?,()]", text[end : end + 80])[0]
    after = " ".join(_WORDS.findall(segment)[:6])
    before = text[max(0, start - 60) : start]
    negative = bool(table.not_events.match(re.sub(r"^['’]s\s*", "", after)))
    if spec.get("standalone"):
        if negative:
            return None
        name = spec.get("name", short)
        for near, variant in spec.get("variants", []):
            if re.search(near, f"{before[-40:]} {after}", re.IGNORECASE):
                name = variant
                break
        return start, end, Occasion(name=name)
    event: re.Match[str] | None = _event_after(table.event_words, after, before)
    if event and event.group().lower() == "dialogue" and _two_sides(short):
        return None  # "the 13th China-EU strategic dialogue": the two sides' own channel of talks
    if not event and table.holders.search(before) and (held := table.hold_their.match(text, end)):
        event, end = held, held.end()  # "the heads of state of the AES are to hold their first summit"
    elif event and (word := table.event_words.search(segment)) and len(segment[: word.start()].split()) < 5:
        end += word.end()
    if negative and not event and not _of_its_members(after, table.before_event.search(before)):
        return None  # "talks at the APEC Haus", "met at the ASEAN Secretariat": a building, a body
    told_as_format = (event and event.group().lower() == "format") or m.group().lower().endswith("format")
    if told_as_format and _IN_THE_FORMAT.search(before):
        clause = re.split(r"[.;:!?]", text[max(0, start - NAME_CHARS) : start])[-1]
        if _A_SUMMIT_HELD.search(clause):  # "held a virtual summit ... in the so-called I2U2 format"
            return start, end, Occasion(name=spec.get("summit", f"{short} summit"))
    if not (event or table.before_event.search(before)):
        cue = (
            table.before_cue.search(before)
            or (_ON_OR_AT.search(before) and _MARGINS_AFTER.match(after))
            or host_city_before(before) is not None
        )
        if negative or not spec.get("cue", True) or not cue:
            return None
        return start, end, Occasion(name=spec.get("default", f"{short} summit"))
    for window in (after, before[-40:]):
        for near, template in table.qualifiers:
            if near.search(window):
                name = spec.get("summit", template) if template.endswith(" summit") else template
                return start, end, Occasion(name=name.format(short=short))
    return start, end, Occasion(name=spec.get("meeting", f"{short} meeting"))


# a town's name in the possessive right before a gathering's: "Johannesburg's G20", "Kazan's
# BRICS summit"
_TOWNS_OWN = re.compile(r"\b([A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,2})['’]s[ \t]+$")


def host_city_before(before: str) -> Place | None:
    """The city a gathering's name is told as the possession of, right before it, which hosts it:
    "Johannesburg's G20", "Kazan's BRICS summit". Not a capital, whose name stands for its
    government ("Washington's G20 agenda", "Beijing's BRICS push"), nor a country ("Brazil's G20
    presidency")."""
    told = _TOWNS_OWN.search(before)
    if told is None or places.is_capital_name(told.group(1)):
        return None
    place = places.resolve_place(told.group(1))
    return place if place is not None and place.city is not None else None


def _joint_name(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the name of a bloc's gathering held jointly with others starts and ends: a bloc's
    name joined by hyphens or dashes to other sides is the name of the joint gathering ("the
    ASEAN-GCC summit", "the Central Asia – European Union summit", "the South Korea-EU summit"),
    not the bloc's own. A side is a country, a region of the world or a body of the table (its
    longest such words: "Central Asia", not "Asia"); beside a hyphen any capitalised word is one
    ("the Biden-EU summit"), beside a spaced dash only those ("said Tokayev – EU leaders" joins
    nothing)."""
    while before := _SIDE_BEFORE.search(text, max(0, start - NAME_CHARS), start):
        words = before.group(1).split()
        side = next((n for n in range(len(words), 0, -1) if _a_side(" ".join(words[-n:]))), 0)
        if not side and _spaced(before.group(2)):
            break
        start = before.end(1) - len(" ".join(words[-(side or 1) :]))
    while after := _SIDE_AFTER.match(text, end, end + NAME_CHARS):
        words = after.group(2).split()
        side = next((n for n in range(len(words), 0, -1) if _a_side(" ".join(words[:n]))), 0)
        if not side and _spaced(after.group(1)):
            break
        side = side or _words_to_the_event(text, after.start(2), words)
        end = after.start(2) + len(" ".join(words[:side]))
    return start, end


def _words_to_the_event(text: str, at: int, words: list[str]) -> int:
    """How many capitalised words after a hyphen, none of them a side the tables know, name the
    side: all of them up to the event word ("the EU-Eastern Partnership summit"), else the first."""
    return next(
        (n for n in range(len(words), 0, -1) if _EVENT_AFTER.match(text, at + len(" ".join(words[:n])))), 1
    )


def _spaced(dash: str) -> bool:
    return dash != dash.strip()


def _a_side(words: str) -> bool:
    """Whether words name a side of a joint gathering: a country, a region of the world ("the
    Balkans"), also with a point of the compass before it ("South Caucasus", "Western Balkans"), a
    body."""
    compass = _COMPASS.match(words)
    region = words[compass.end() :] if compass else words
    return bool(
        places.country_name(words) is not None
        or (
            not region.startswith("The ")
            and (_table().regions.fullmatch(region) or places.is_world_region(region))
        )
        or names_a_body(words)
    )


# the event word right after a joint gathering's sides: "the EU-Eastern Partnership summit"
_EVENT_AFTER = re.compile(
    r"\s+(?:[Ll]eaders['’]?\s+)?(?:[Ss]ummit|[Mm]eeting|[Cc]onference|[Ff]orum|[Dd]ialogue)\b"
)
# a point of the compass before a region's name: "Western Balkans", "South Caucasus"
_COMPASS = re.compile(r"(?:(?:North|South|East|West)(?:ern)?|Central)\s+")


# A gathering named by the acronym of a grouping after it: "the first leaders' summit of the new
# I2U2 grouping" (the "I2U2 leaders' summit"), "a meeting of the informal QUAD format"; the word
# after the acronym says it names countries grouped together, not a company or a party.
_OF_A_GROUPING = re.compile(
    r"\b((?:leaders['’]?\s+)?(?:summit|meeting|session|conference))\s+of\s+the\s+"
    r"(?:(?:new|newly[- ]formed|informal|so-called)\s+)?([A-Z][A-Z0-9]{1,5})\s+"
    r"(?:grouping|group|bloc|format|alliance|partnership)\b"
)


def _named_by_hits(text: str) -> list[tuple[int, int, Occasion]]:
    """Occasions the table lacks, named by who holds them: an acronym, not a country's, before
    an event word ("the GECF summit", also after the name it abbreviates: "the Bucharest Nine (B9)
    summit", the B9 summit); a body's capitalised name before one ("the Nordic
    Council session"), not a body of one state ("the National Security Council session"); a
    gathering of leaders named by where they come from ("a consultative meeting of Arab
    leaders"); a gathering of a grouping named by its acronym after it ("the leaders' summit of
    the new I2U2 grouping": the I2U2 leaders' summit; not a country's, "the US group")."""
    table = _table()
    hits = []
    for m in table.acronym.finditer(text):
        if places.country_name(m.group(1)) is None and not _an_ordinal(m.group(1)):
            hits.append((m.start(), m.end(), Occasion(name=f"{m.group(1)} {m.group(2).lower()}")))
    for m in table.body.finditer(text):
        words = m.group(1).split()
        while words and _an_ordinal(words[0]):
            words = words[1:]
        name = " ".join(words)
        if len(words) >= 2 and not table.domestic.search(name):
            start = m.start() + m.group(1).index(words[0])
            hits.append((start, m.end(), Occasion(name=f"{name} {m.group(2).lower()}")))
    hits += [(m.start(), m.end(), _of_members(m.group(1) + m.group(2))) for m in table.leaders.finditer(text)]
    for m in _OF_A_GROUPING.finditer(text):
        if places.country_name(m.group(2)) is None:
            hits.append((m.start(), m.end(), Occasion(name=f"{m.group(2)} {m.group(1).lower()}")))
    for m in table.of_body.finditer(text):
        if not table.domestic.search(m.group(2)):
            hits.append((m.start(), m.end(), Occasion(name=f"{m.group(2)} {m.group(1).lower()}")))
    for m in table.held_by.finditer(text):
        if not table.domestic.search(m.group(1)) and places.country_name(m.group(1)) is None:
            hits.append((m.start(), m.end(), Occasion(name=f"{m.group(1)} {m.group('event').lower()}")))
    for m in table.of_peoples.finditer(text):
        if not (m.group(1) and places.demonym_country(f"{m.group(1)} {m.group(2)}")):  # "South African"
            hits.append((m.start(2), m.end(), Occasion(name=f"{m.group(2)} {m.group(3).lower()}")))
    for m in table.with_region.finditer(text):
        if places.country_name(m.group(1) or m.group(6)) is not None:
            name = f"{text[m.start() : m.start(7)]}{m.group(7).lower()}"  # "US-Nordic leaders' summit"
            hits.append((m.start(), m.end(), Occasion(name=name)))
    return hits


# A summit named by the countries that hold it, joined by hyphens: "the ninth China-Japan-South
# Korea trilateral summit", "the China-Japan-ROK leaders' meeting"; the words that may come
# between the names and "summit" say its format or its members, and "meeting" makes one only as
# the leaders' ("India-China border talks", "the India-China meeting of officials" name none).
_SIDE = r"[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}"
_FORMAT_OF = re.compile(
    rf"(?<![\w-])({_SIDE}(?:{_JOINER}{_SIDE}){{2,5}})\s+"
    r"((?:(?:trilateral|quadrilateral|three-way|four-way|annual|joint)\s+)*)"
    r"(summit|leaders['’]?\s+(?:summit|meeting))\b"
)


def _format_hits(text: str) -> list[tuple[int, int, Occasion]]:
    """Summits named by three or more countries joined by hyphens, in lower case ("the ninth
    China-Japan-South Korea trilateral summit": the "China-Japan-South Korea trilateral summit",
    its edition left out as every gathering's is); the names of two countries are their own
    meeting, no gathering beside it, and a name with a bloc or a region is read with the bloc."""
    hits = []
    for m in _FORMAT_OF.finditer(text):
        sides = re.split(_JOINER, m.group(1))
        first = sides[0].split()  # the first country, after the capitalised words before it
        size = next((n for n in range(1, len(first) + 1) if _a_country(" ".join(first[-n:]))), 0)
        if not size or not all(_a_country(side) for side in sides[1:]):
            continue
        start = m.start(1) + len(sides[0]) - len(" ".join(first[-size:]))
        hits.append((start, m.end(), Occasion(name=text[start : m.start(3)] + m.group(3).lower())))
    return hits


# A gathering named by what it is held on: "a summit on the Lobito Corridor" (the "Lobito Corridor
# summit"), "an international conference on the Mekong River"; the theme is a capitalised name
# after "on", neither a day ("the summit on Tuesday") nor a place or region alone ("a summit on
# Gaza", "a forum on Africa": about the place, no gathering's name), nor a name's possessive ("a
# conference on Kenya's debt"); a news or press conference is none ("a joint news conference on the
# Rose Garden lawn": where reporters were told, no gathering).
_ON_A_THEME = re.compile(
    r"\b(?:an?|the)\s+(?:(?!(?:news|press)\s)[a-z][\w-]*\s+){0,2}?(summit|conference|forum)\s+on\s+"
    r"(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})"
)


def _theme_hits(text: str) -> list[tuple[int, int, Occasion]]:
    """Gatherings named by their theme, in a lower-case phrase: "a summit on the Lobito
    Corridor" is the "Lobito Corridor summit"; a gathering named otherwise before "on" ("a BRICS
    summit on Gaza") is that one, read before this. A summit or conference told with a word of
    its sort and a theme in lower case is named as written: "an emergency conference on
    humanitarian aid for Gaza", "the regional summit on migration"."""
    hits = []
    for m in _ON_A_THEME.finditer(text):
        theme = m.group(2)
        if text[m.end() : m.end() + 1] in {"'", "’"} or theme.split()[0].lower() in {*WEEKDAYS, *MONTHS}:
            continue
        if not (_names_a_place(theme) or _table().regions.fullmatch(theme)):
            hits.append((m.start(1), m.end(), Occasion(name=f"{theme} {m.group(1)}")))
    for m in _ON_A_LOWER_THEME.finditer(text):
        theme = m.group(3).split()
        while theme and theme[-1] in _THEME_LINKS:
            theme.pop()  # "a summit on migration and": the words cut where a clause goes on
        if theme and theme[theme[0] == "the" and len(theme) > 1] not in _NOT_THEMES:
            end = m.start(3) + len(" ".join(theme))
            hits.append((m.start(1), end, Occasion(name=text[m.start(1) : end])))
    return hits


# A summit or conference of a sort ("emergency", "regional") with a theme in lower case after
# "on": the theme's words up to a comma or a word that places, dates or goes on with the clause
# ("an emergency conference on humanitarian aid for Gaza at the Dead Sea": up to "Gaza"); not a
# news conference, nor the sidelines or a day ("the summit on the sidelines", "on Monday").
_GATHERING_SORTS = (
    "emergency|regional|international|extraordinary|special|global|ministerial|multilateral|"
    "high-level|virtual|informal|humanitarian|donors'?|donor|pledging|peace|climate|security"
)
_ON_A_LOWER_THEME = re.compile(
    rf"\b(?:an?|the)\s+((?:(?:{_GATHERING_SORTS})\s+){{1,2}}(summit|conference)\s+on\s+"
    r"((?:the\s+)?(?!the\b)[a-z][\w-]*(?:\s+(?!(?:at|in|on|with|by|to|from|held|hosted|where|which|that|"
    r"when|as|after|before|this|last|next|co-[\w-]+)\b)[\w-]+){0,5}))"
)
_THEME_LINKS = frozenset("and or of for the a an".split())
_NOT_THEMES = frozenset("sidelines margins eve same its their his her".split())


# A forum or conference of a sort named by the title in quotation marks right after it, or after
# "titled": 'the international forum "Dialogue of Civilisations"', 'a conference titled "Africa
# Rising"'; the name is the gathering's words and its title, as written.
_TITLED = re.compile(
    rf"\b(?:an?|the)\s+((?:(?:{_GATHERING_SORTS}|economic|investment|scientific)\s+){{0,2}}"
    r"(?:forum|conference|congress|symposium))(?:,?\s+(?:titled|entitled|themed|called),?)?\s+"
    r"[\"“«]([A-Z][^\"”»\n]{2,120}?)[,.]?[\"”»]"
)


def _titled_hits(text: str) -> list[tuple[int, int, Occasion]]:
    """Gatherings named by a title in quotation marks: 'the international forum "Peace and
    Trust"' is the 'international forum "Peace and Trust"'; not a title of a speech or a book
    ('his speech "A New Era"': no gathering's word before it)."""
    return [
        (m.start(1), m.end(), Occasion(name=f'{m.group(1)} "{m.group(2)}"')) for m in _TITLED.finditer(text)
    ]


# A gathering whose own name is a capitalised phrase linked by "of", with its event word in lower
# case: "the Heart of Asia conference", "a Friends of Syria summit"; the name is the capitalised
# words right before the event word, with no building after it ("the Palace of Nations conference room").
_OF_NAMED = re.compile(
    r"(?<![\w'’-])((?:[A-Z][\w'’-]*\s+){1,3}of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
    r"\s+(conference|summit|forum)\b(?!\s+(?:[Cc]ent(?:er|re)|[Hh]all|[Rr]oom|[Cc]omplex))"
)
# first words of a name that is an office, a body of one state or a title, not a gathering's:
# "the Ministry of Defence conference", "the Secretary of State forum", "the Prince of Wales summit"
_NOT_GATHERING_NAMES = frozenset(
    "Ministry Minister Department Secretary Office Prince Princess King Queen Duke Bank House Court "
    "Chamber University College School Institute President Chief Head".split()
)


def _of_named_hits(text: str) -> list[tuple[int, int, Occasion]]:
    """Gatherings named by a capitalised phrase linked by "of", before a lower-case conference,
    summit or forum: "the Heart of Asia conference", "the Friends of Syria conference" (named as
    written); not an office's or a title's ("the Ministry of Defence conference"), nor a
    country's name ("the Republic of Korea summit": of a country, no gathering's own name)."""
    hits = []
    for m in _OF_NAMED.finditer(text):
        words = m.group(1).split()
        while words and _an_ordinal(words[0]):
            words = words[1:]
        name = " ".join(words)
        if not words or words[0] == "of" or words[0] in _NOT_GATHERING_NAMES:
            continue
        if _names_a_place(name) or _a_country(name):
            continue
        start = m.start(1) + m.group(1).index(words[0])
        hits.append((start, m.end(2), Occasion(name=f"{name} {m.group(2)}")))
    return hits


# A summit known by the building it is held in, told after it: "the 2 March summit at Lancaster
# House", "a summit at Hillsborough Castle"; named as news names it, by the building ("Lancaster
# House summit").
_AT_A_BUILDING = re.compile(
    r"\b(summit)\s+at\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+){1,3}"
    r"(?:House|Palace|Castle|Hall|Manor|Estate|Lodge|Abbey|Villa))\b"
)


# The seat of a head of state or government, whose host receives his guests there: a summit at
# the White House, the Blue House, State House or a presidential or royal palace is the host's
# meeting with them, no gathering named by the building ("Biden hosted Kishida and Marcos for a
# summit at the White House").
_A_SEAT = re.compile(
    r"(?:White|Blue|State|Government|Presidential|Royal|Elys[eé]e|Élysée|Buckingham)\s+(?:House|Palace)\b"
)


def _at_a_building_hits(text: str) -> list[tuple[int, int, Occasion]]:
    """Summits named by the building they are held in, told after them ("the summit at Lancaster
    House" is the "Lancaster House summit"); not a city's or a country's name, which places a
    summit without naming it ("a summit at Kananaskis"), nor a seat of government (``_A_SEAT``)."""
    return [
        (m.start(), m.end(), Occasion(name=f"{m.group(2)} {m.group(1)}"))
        for m in _AT_A_BUILDING.finditer(text)
        if not _names_a_place(m.group(2)) and not _A_SEAT.match(m.group(2))
    ]


# A gathering of a series named by the place of its first one and an edition numeral, with its
# event word in lower case: "the Geneva II conference", "the Astana IV talks" (in capitals, "the
# Baghdad II Conference", it is a capitalised name of its own).
_SERIES = re.compile(
    r"\b([A-Z][\w-]+)\s+(?:II|III|IV|VI{0,3}|IX|X)\s+(?:conference|summit|forum|meeting|talks)\b"
)


def _series_hits(text: str) -> list[tuple[int, int, Occasion]]:
    """Gatherings of a series named by a place and an edition numeral, as written ("the Geneva II
    conference"); not a name before the numeral that is no place ("Pope John Paul II
    conference" names a conference about a pope, no series)."""
    return [
        (m.start(), m.end(), Occasion(name=m.group()))
        for m in _SERIES.finditer(text)
        if _names_a_place(m.group(1))
    ]


# A ceremony leaders gather at, named by whom it is held for: "the funeral of Pope Francis", "the
# inauguration of President Prabowo", "Queen Elizabeth's funeral".
_CEREMONY = r"(?:state\s+)?(funeral|inauguration|coronation|swearing-in|investiture|enthronement)"
_WHOM = r"(?:[A-Z][\w.’'-]*|[IVX]+)(?:\s+(?:[A-Z][\w.’'-]*|[IVX]+)){0,5}"
_CEREMONY_OF = re.compile(rf"\b{_CEREMONY}\s+of\s+(?:the\s+late\s+)?({_WHOM})")
_CEREMONY_OWNED = re.compile(rf"\b((?:[A-Z][\w.-]*\s+){{0,3}}[A-Z][\w.-]*)['’]s?\s+{_CEREMONY}\b")


def _ceremony_hits(text: str) -> list[tuple[int, int, Occasion]]:
    """Ceremonies leaders gather at, named by whom they are held for: "the funeral of Pope
    Francis", "Pope Francis's funeral" (both the funeral of Pope Francis), "the inauguration of
    President Prabowo Subianto"; not one of a thing ("the funeral of the victims") nor one named
    by a country ("the inauguration of Taiwan's president", "Brazil's inauguration of a dam")."""
    hits = []
    for m in _CEREMONY_OF.finditer(text):
        who = re.split(r"['’]", m.group(2))[0].rstrip(".")
        if who and not _a_country(who):
            hits.append((m.start(), m.start(2) + len(who), Occasion(name=f"{m.group(1)} of {who}")))
    for m in _CEREMONY_OWNED.finditer(text):
        if not _a_country(m.group(1)):
            hits.append((m.start(), m.end(), Occasion(name=f"{m.group(2)} of {m.group(1)}")))
    return hits


# A celebration of a day or an anniversary, which leaders come to: "the celebrations of the 80th
# anniversary of Victory in the Great Patriotic War", "the military parade marking the 80th
# anniversary of the end of World War II", "the Independence Day celebrations".
_FESTIVITY = r"(celebrations?|commemorations?|ceremon(?:y|ies)|parade|festivities|events|reception)"
_NTH = r"(?:\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:th|st|nd|rd))"
_ANNIVERSARY_OF = re.compile(
    rf"\b{_FESTIVITY}\s+(?:of|marking|to\s+mark|commemorating|celebrating|for|on)\s+(?:the\s+)?"
    rf"({_NTH}\s+anniversary)\s+of\s+([^,.;:()]{{1,80}})"
)
_ANNIVERSARY_NAMED = re.compile(rf"\b({_NTH}\s+anniversary)\s+{_FESTIVITY}")
_DAY_NAMED = re.compile(rf"(?<![\w-])((?:[A-Z][\w'’-]*\s+){{1,3}}Day)\s+{_FESTIVITY}")
# where the name of what is celebrated ends: the next phrase of the clause ("... of the end of
# World War II on Wednesday", "... of Victory when the two leaders met")
_WHAT_ENDS = re.compile(
    r"\s+(?:on|at|with|when|where|which|who|that|as|after|before|while|during|and|but|to|for|"
    r"this|last|next|earlier|later|today|yesterday)\b"
)


def _festivity_hits(text: str) -> list[tuple[int, int, Occasion]]:
    """Celebrations of an anniversary or a day that leaders come to, named as written: "the
    celebrations of the 80th anniversary of Victory" ("80th anniversary of Victory celebrations"),
    "the 75th anniversary celebrations", "the Independence Day celebrations"; a place told after
    the name is no part of it ("... of Victory in Moscow")."""
    hits = []
    for m in _ANNIVERSARY_OF.finditer(text):
        what = m.group(3)
        if cut := _WHAT_ENDS.search(what):
            what = what[: cut.start()]
        what = _without_a_place_after(what.rstrip())
        if what:
            end = m.start(3) + len(what)
            hits.append((m.start(), end, Occasion(name=f"{m.group(2)} of {what} {m.group(1)}")))
    for m in _ANNIVERSARY_NAMED.finditer(text):
        hits.append((m.start(), m.end(), Occasion(name=m.group())))
    for m in _DAY_NAMED.finditer(text):
        words = m.group(1).split()
        while words and _an_ordinal(words[0]):
            words = words[1:]
        if len(words) >= 2:
            start = m.start() + m.group(1).index(words[0])
            hits.append((start, m.end(), Occasion(name=text[start : m.end()])))
    return hits


def _without_a_place_after(what: str) -> str:
    """The name of what is celebrated without a place told after it: "Victory in Moscow" is
    "Victory", "Victory in the Great Patriotic War" stays."""
    at = what.rfind(" in ")
    if at <= 0:
        return what
    return what[:at] if _names_a_place(what[at + 4 :]) else what


def _names_a_place(words: str) -> bool:
    """Whether words are, whole, the name of a city, region or country ("Moscow", "the
    Crimea"; not "Lobito Corridor", which the gazetteer reads as Lobito)."""
    place = places.resolve_place(words)
    return place is not None and any(
        places.fold(name) == places.fold(words.removeprefix("the "))
        for name in (place.city, place.region, place.country)
        if name
    )


def _a_country(words: str) -> bool:
    """Whether words name a country, or its people alone ("Taiwan", "Brazilian"; not "Brazilian
    President Lula")."""
    return _country_of(words) is not None


def _of_members(name: str) -> Occasion:
    """A gathering of leaders named by where they come from: the bloc's, where the table says its
    members are named so ("a meeting of Southeast Asian foreign ministers": the ASEAN foreign
    ministers' meeting), else as written ("a consultative meeting of Arab leaders")."""
    for entry in _table().entries:
        members = entry.spec.get("members")
        if members and re.search(rf"\b(?i:{members})\b", name):
            for near, template in _table().qualifiers:
                if near.search(name):
                    summit = template.endswith(" summit")
                    named = entry.spec.get("summit", template) if summit else template
                    return Occasion(name=named.format(short=entry.spec["short"]))
    return Occasion(name=name)


def _start_of_name(text: str, start: int) -> int | None:
    """Where a capitalised name that ends in an event word at ``start`` begins: at the first of
    the capitalised words and links before it, but after an article no "of" comes before ("Mette
    Frederiksen and Katrin Jakobsdottir for the US-Nordic Leaders' Summit" is the "US-Nordic
    Leaders' Summit"; "the Forum of the Future Summit" stays whole); None where the words before
    that article end in an office, whose title the name is part of ("the EU Special
    Representative for the Belgrade-Pristina Dialogue")."""
    # "the Lancang-Mekong Cooperation (LMC) Foreign Ministers' Meeting": the acronym in brackets is
    # part of the name, whose words go on before it
    if (bracket := _PAREN_BEFORE.search(text, max(0, start - NAME_CHARS), start)) is not None:
        named = _start_of_name(text, bracket.start())
        return named if named is not None and named < bracket.start() else start
    words = list(_WORDS.finditer(text, max(0, start - NAME_CHARS), start))
    for at in range(len(words) - 1, -1, -1):
        word = words[at]
        linked = word.group()[:1].isupper() or word.group() in _CONNECTORS
        if text[word.end() : start].strip() or not linked or _a_headline_verb(word.group()):
            if linked and not text[word.end() : start].strip():
                break  # "Trump Shelves Budapest Summit": the headline's verb ends its subject
            if word.start() > 0 and _PAREN_BEFORE.match(text, word.start() - 1, start):
                return _start_of_name(text, start)  # the name goes on before the brackets
            break
        if word.group() == "the" and at > 0 and words[at - 1].group() != "of":
            before = words[at - 2].group() if at > 1 else ""
            if before.lower().rstrip("'’s") in _OFFICE_WORDS:
                return None
            break
        start = word.start()
    return start


def generic_alone(name: str) -> bool:
    """Whether a gathering's name is only a generic one, with no bloc, place or theme before it:
    "Leaders' Retreat", "Leaders' Meeting"; not "APEC Economic Leaders' Meeting".

    >>> generic_alone("Leaders' Retreat"), generic_alone("APEC Economic Leaders' Meeting")
    (True, False)
    """
    return _table().generic.fullmatch(name) is not None


def _generic_hits(text: str) -> list[tuple[int, int, Occasion] | None]:
    """Capitalised names ending in an event word ("Ukraine Recovery Conference")."""
    hits: list[tuple[int, int, Occasion] | None] = []
    for m in _table().generic.finditer(text):
        if _BUILDING.match(text, m.end()):
            continue  # a building, not what is held in it: "at the X International Conference Center"
        named_from = _start_of_name(text, m.start())
        if named_from is None:
            continue  # an office's title: "the EU Special Representative for the X Dialogue"
        start = named_from
        while (lead := _LEAD.match(text, start, m.start())) and (
            _an_ordinal(lead.group(1)) or lead.group(1) in _CONNECTORS
        ):
            start = lead.end()
        end = m.end()
        if start == m.start() or _OF_WHO_MEETS.match(text, end):
            tail = _TAIL.match(text, end, end + NAME_CHARS)
            if tail:
                end += len(tail.group().rstrip())
            elif " " not in m.group():
                continue  # "the Summit" alone; not "the Joint Ministerial Commission"
        hits.append((start, end, Occasion(name=text[start:end])))
    return hits
