"""Titles and roles: "Russian Foreign Minister", "China's top diplomat", "the U.S. ambassador".

A role phrase names an office; its *class* says which offices are the same job in
different countries, so "his Russian counterpart" and "the top diplomats of China and
Russia" can be resolved to the people an article names.
"""

from __future__ import annotations

import functools
import re

# Longest first: "Vice Foreign Minister" before "Foreign Minister" before "Minister".
ROLES: list[tuple[str, str, str]] = [
    # (pattern, canonical role, class)
    # a department's officials under its head: "Assistant Secretary of State" is no foreign minister
    (r"(?:assistant|under|deputy) secretar(?:y|ies) of state", "Assistant Secretary of State", "diplomat"),
    (r"(?:deputy|vice) foreign ministers?", "Deputy Foreign Minister", "deputy_foreign"),
    (
        # Ireland's deputy head of government keeps its Irish title in English news ("the Tánaiste")
        r"(?:deputy|vice) prime ministers?|deputy premiers?|vice premiers?|t[áa]naiste",
        "Deputy Prime Minister",
        "deputy_leader",
    ),
    # and a state's second office under its other name: "Kenyan Deputy President Rigathi Gachagua"
    (r"(?:vice|deputy)[- ]presidents?|vps?", "Vice President", "deputy_leader"),
    (
        r"(?:foreign|external affairs) ministers?|ministers? (?:of|for) (?:foreign|external) affairs|"
        # a ministry that joins Europe to foreign affairs (Slovakia's "Minister of Foreign and European
        # Affairs", France's "Minister for Europe and Foreign Affairs"), or calls them relations
        # (Brazil's "Minister of External Relations", South Africa's "of International Relations")
        r"ministers? (?:of|for) (?:foreign and european|europe and foreign) affairs|"
        r"ministers? (?:of|for) (?:external|international) relations(?: and cooperation)?|"
        r"foreign affairs secretar(?:y|ies)|"
        r"foreign secretar(?:y|ies)|secretar(?:y|ies) of state|"
        r"(?:top|chief)(?: (?!career\b)[\w.]+)? diplomats?|diplomatic chiefs?|"
        r"foreign affairs ministers?|fms?|eams?",
        "Foreign Minister",
        "foreign",
    ),
    (
        r"(?:defen[cs]e|defen[cs]e affairs) ministers?|ministers? (?:of|for) (?:national )?defen[cs]e|"
        r"defen[cs]e secretar(?:y|ies)",
        "Defence Minister",
        "defence",
    ),
    (r"national security advis[eo]rs?", "National Security Adviser", "adviser"),
    (r"foreign (?:policy|affairs) advis[eo]rs?", "Foreign Policy Adviser", "adviser"),
    (r"(?:special )?envoys?|special representatives?", "Envoy", "envoy"),
    (r"ambassadors?", "Ambassador", "envoy"),
    (r"high commissioners?", "High Commissioner", "envoy"),  # a Commonwealth country's ambassador
    # a communist party's leader: "General Secretary To Lam", "the Party chief"
    (r"(?:party )?general secretar(?:y|ies)|party chiefs?", "General Secretary", "leader"),
    # and Ireland's head of government, by its Irish title ("Taoiseach Leo Varadkar", "the Taoiseach"),
    # and by the chair of its cabinet, as Italy, Poland and Lebanon ("President of the Council of
    # Ministers") and Spain ("President of the Government") title it
    (
        r"prime ministers?|premiers?|pms?|chancellors?|heads? of government|taoiseach|lyonchhen|"
        r"presidents? of the council of ministers|presidents? of the government",
        "Prime Minister",
        "leader",
    ),
    # "president-elect", also as the tokens of a parse are joined: "president - elect"
    (r"presidents?(?: ?- ?| )elect", "President-elect", "leader"),
    (
        # a collective head of state's chair: Bosnia's "Chairman of the Presidency"
        r"presidents?|heads? of state|leaders?|kings?|monarchs?|emperors?|emirs?|amirs?|crown princes?|"
        r"sultans?|chair(?:man|woman|person)?s? of the presiden(?:cy|cies)|chair(?:man|woman|person)?s? of "
        r"the presidium",
        "President",
        "leader",
    ),
    (r"finance ministers?", "Finance Minister", "minister"),
    # a state's or province's head of government: "the Johor Menteri Besar", "Ketua Menteri"
    (r"chief ministers?|menteri besar|ketua menteri", "Chief Minister", "minister"),
    # and by Bhutan's word for a minister, written before the name and alone ("Lyonpo Tandi Dorji",
    # "Lyonpo said"), as its prime minister is "Lyonchhen"
    (r"ministers? of state|ministers?|lyonpo", "Minister", "minister"),
    (r"(?:senior )?diplomats?", "Diplomat", "diplomat"),
    # and the offices whose work is to speak for a government: a press secretary, Japan's chief
    # cabinet secretary (its government's spokesperson)
    (
        r"spokes(?:wo)?m[ae]n|spokespersons?|press secretar(?:y|ies)|chief cabinet secretar(?:y|ies)",
        "Spokesperson",
        "spokesperson",
    ),
]
_ROLE_RES = [(re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE), role, cls) for pattern, role, cls in ROLES]
# any office at all, in one search: most phrases asked name none, and are read once, not by each
_ANY_ROLE = re.compile("|".join(pattern.pattern for pattern, _, _ in _ROLE_RES), re.IGNORECASE)
# Offices of one class that keep their own title.
_TITLES = {
    "secretary of state": "Secretary of State",
    "under secretary of state": "Under Secretary of State",
    "deputy secretary of state": "Deputy Secretary of State",
    "external affairs minister": "External Affairs Minister",
    "deputy president": "Deputy President",
    "eam": "External Affairs Minister",  # as India's press writes its foreign minister
    "chancellor": "Chancellor",
    "king": "King",
    "emperor": "Emperor",
    "crown prince": "Crown Prince",
    "emir": "Emir",
    "amir": "Emir",
    "sultan": "Sultan",
    "monarch": "King",
    "press secretary": "Press Secretary",
    "chief cabinet secretary": "Chief Cabinet Secretary",
}
# an office someone serves, not holds: "Advisor to the Amir", "Special Assistant to the President"
_SERVED = re.compile(r"\bto(?: the)?\s*$", re.IGNORECASE)
# a field outside the state, whose leaders hold no office of it: "business leaders", "religious
# leaders", "community leaders" are unnamed people of that field, not a country's leader; in lower
# case, or opening the phrase: "East African Community leaders" are the heads of its states
_OUTSIDE_THE_STATE = re.compile(
    r"\b(?:business|industry|corporate|religious|faith|church|community|tribal|civic|civil society|"
    r"student|youth|trade union)\s*$"
)


def titled_as(word: str) -> str | None:
    """The title a word of one office names in another spelling: "Amir" is an Emir, "monarch" a
    King; None for a word that is no such spelling.

    >>> titled_as("Amir"), titled_as("monarch"), titled_as("leader")
    ('Emir', 'King', None)
    """
    return _TITLES.get(word.lower())


def _held_office(before: str) -> bool:
    """Whether an office told after these words is one held, not one served ("Advisor to the")
    nor the lead of a field outside the state ("French business", "Religious")."""
    outside = _OUTSIDE_THE_STATE.search(before) or (
        len(before.split()) == 1 and _OUTSIDE_THE_STATE.search(before.lower())
    )
    return not _SERVED.search(before) and not outside


DELEGATION_NOUNS = frozenset(
    ("officials official delegation delegations side sides team counterparts").split()
)


@functools.lru_cache(maxsize=4096)  # the same phrases are asked again for each mention and trigger
def is_office(text: str) -> bool:
    """Whether ``text`` is an office and nothing more, qualifiers aside: "VP", "Foreign Minister",
    "Deputy Prime Minister"; not "Foreign Minister Wang Yi".

    >>> is_office("VP"), is_office("Deputy Prime Minister"), is_office("Foreign Minister Wang Yi")
    (True, True, False)
    """
    words = text.split()
    while words and words[0].lower() in _QUALIFIERS:
        words = words[1:]
    rest = " ".join(words)
    return bool(rest) and any(pattern.fullmatch(rest) for pattern, _, _ in _ROLE_RES)


_QUALIFIERS = frozenset("acting interim outgoing incoming former ex new".split())


@functools.lru_cache(maxsize=8192)  # a description is read again for each rule that asks of its person
def find_role(text: str) -> tuple[str, str] | None:
    """The first office named in ``text``, as (role as stated, class); the answer depends on
    the text alone, so it is remembered (over the development sets, 8,700 asks of 2,800 texts).

    >>> find_role("Russian Foreign Minister")
    ('Foreign Minister', 'foreign')
    >>> find_role("China's top diplomat"), find_role("the top Iranian diplomat")
    (('Foreign Minister', 'foreign'), ('Foreign Minister', 'foreign'))
    >>> find_role("a Russian deputy foreign minister")
    ('Deputy Foreign Minister', 'deputy_foreign')
    >>> find_role("state broadcaster") is None
    True

    An office served is not held: "Advisor to the Amir" is no emir.

    >>> find_role("Advisor to the Amir for National Security") is None
    True

    Nor is a leader of a field outside the state: "Japanese business leaders" are no prime minister.

    >>> find_role("Japanese business leaders") is None
    True
    """
    if _ANY_ROLE.search(text) is None:
        return None
    best: tuple[int, str, str] | None = None
    for pattern, role, cls in _ROLE_RES:
        match = next((m for m in pattern.finditer(text) if _held_office(text[: m.start()])), None)
        if match and (best is None or match.start() < best[0]):
            stated = _TITLES.get(match.group(0).lower().rstrip("s"), role)
            best = (match.start(), stated, cls)
    return (best[1], best[2]) if best else None


def role_class(role: str | None) -> str | None:
    """The class of a role as stated: "Secretary of State" and "Foreign Minister" are one class.

    >>> role_class("Secretary of State")
    'foreign'
    >>> role_class(None) is None
    True
    """
    found = find_role(role) if role else None
    return found[1] if found else None


# the offices that head a state, not its government: "the two heads of state" are no prime minister
_HEADS_OF_STATE = frozenset({"President", "President-elect", "King", "Emperor", "Emir", "Sultan"})


def heads_a_state(role: str | None) -> bool:
    """Whether a role as stated may be a head of state's: a president, a monarch, or an office
    unknown; a prime minister, a chancellor or a party's general secretary heads no state.

    >>> heads_a_state("President"), heads_a_state("Emir"), heads_a_state(None)
    (True, True, True)
    >>> heads_a_state("Prime Minister"), heads_a_state("Chancellor")
    (False, False)
    """
    found = find_role(role) if role else None
    return found is None or found[0] in _HEADS_OF_STATE


# an office told as held before or not yet: "former President", "ex-Prime Minister", "the late King"
_NOT_HELD = re.compile(
    r"\b(?:former|ex|then|late|erstwhile|outgoing|incoming|future|acting|interim)\W*$", re.IGNORECASE
)


def role_ending(text: str) -> tuple[str, str] | None:
    """The office a phrase ends with, as (role as stated, class), the one a name written right
    after it holds: "Egyptian Foreign Minister" is a foreign minister; None where the phrase ends
    otherwise, or where the office is one held before or still to come ("former President").

    >>> role_ending("held talks with Indonesian President")
    ('President', 'leader')
    >>> role_ending("Egyptian Foreign Minister"), role_ending("External Affairs Minister")
    (('Foreign Minister', 'foreign'), ('External Affairs Minister', 'foreign'))
    >>> role_ending("former Prime Minister") is None, role_ending("the president met") is None
    (True, True)
    """
    if _ANY_ROLE.search(text) is None:
        return None
    best: tuple[int, str, str] | None = None
    for pattern, role, cls in _ROLE_RES:
        match = next((m for m in pattern.finditer(text) if m.end() == len(text.rstrip())), None)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), _TITLES.get(match.group(0).lower().rstrip("s"), role), cls)
    if best is None or _NOT_HELD.search(text[: best[0]]) or _SERVED.search(text[: best[0]]):
        return None
    return best[1], best[2]
