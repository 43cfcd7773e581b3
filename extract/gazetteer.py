"""A gazetteer of public officials: canonical names, other spellings, countries and roles by year.

The data is ``extract/data/officials.json``; its ``about`` key says what it holds, where it comes
from (general public knowledge, checked by hand) and how to add people. Names match once folded
(``places.fold``: no accents, lower case, no dots, hyphens as spaces), so "S. Jaishankar",
"S Jaishankar" and "s jaishankar" are one name; a leading title ("President", "Sheikh", "Dr")
is tried off too. The table is loaded once, on first use.

>>> entry = lookup("Sergei Lavrov")
>>> entry.name, entry.country, role_at(entry, 2020)
('Sergey Lavrov', 'Russia', 'Foreign Minister')
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein

from extract import places, titles
from extract.names import FRONT_NAMES, LINEAGE, PATRONYMIC, prefixed, shortened, transliterated
from extract.places import fold
from extract.records import Person

DATA = Path(__file__).parent / "data" / "officials.json"
ORGANISATIONS = frozenset(
    {"United Nations", "NATO", "European Union", "African Union", "Arab League", "Gulf Cooperation Council",
     "ASEAN", "OIC", "IAEA", "WHO", "WTO", "IMF", "World Economic Forum"}
)  # fmt: skip
# the words news titles the head or an officer of a body with, before the name ("NATO Secretary
# General", "UN chief", "European Council President", "EU foreign policy chief")
BODY_WORDS = {
    "NATO": frozenset({"nato"}),
    "United Nations": frozenset({"un", "u.n.", "united nations"}),
    "European Union": frozenset(
        {"eu", "e.u.", "european union", "european council", "european commission", "european parliament"}
    ),
    "African Union": frozenset({"au", "african union"}),
    "IMF": frozenset({"imf"}),
    "World Economic Forum": frozenset({"wef"}),
}
TITLES = (
    "crown prince", "prime minister", "foreign minister", "defence minister", "defense minister",
    "secretary of state", "vice president", "president", "premier", "chancellor", "king", "queen", "emir",
    "sultan", "sheikh", "shaikh", "prince", "princess", "ayatollah", "sir", "dame", "dr", "mr", "mrs", "ms",
    "general", "gen", "minister", "secretary", "ambassador", "envoy",
)  # fmt: skip
SPELT_LIKE = 90  # rapidfuzz ratio of two full names that are one name misspelt ("Emanuel Macron")
REGNAL = re.compile(r"^[ivx]+$")
# the numerals an American family gives its sons of one name after its fathers: "Lloyd J. Austin
# III", "Joseph P. Kennedy II"; the name without it is the official's where the gazetteer lists
# no such numeral ("Jr." is left alone: "Donald Trump Jr" is not his father)
SUFFIXED_GENERATIONS = frozenset("ii iii iv".split())
# countries whose names end, by Spanish custom, with the mother's family name after the father's,
# which official pages write in full and the news leaves off ("Nicolás Maduro Moros" is Nicolás
# Maduro, "Gustavo Petro Urrego" Gustavo Petro)
SECOND_SURNAME_COUNTRIES = frozenset(
    {
        "Argentina", "Bolivia", "Chile", "Colombia", "Costa Rica", "Cuba", "Dominican Republic",
        "Ecuador", "El Salvador", "Equatorial Guinea", "Guatemala", "Honduras", "Mexico",
        "Nicaragua", "Panama", "Paraguay", "Peru", "Spain", "Uruguay", "Venezuela",
    }
)  # fmt: skip
# the words that may open a name the table knows without them: the given names news leaves off
# (:data:`extract.names.FRONT_NAMES`), titles and honorifics ("Dr Seyyed Ebrahim Raisi")
NAME_FRONT = FRONT_NAMES | frozenset(w for t in titles.TITLES | titles.HONORIFICS for w in fold(t).split())


@functools.cache
def name_front() -> frozenset[str]:
    """:data:`NAME_FRONT` and the last word of a country's name glued to the name by the tagger
    ("Viet | Nam Bui Thanh Son", :func:`extract.places.country_tails`), read once on first use
    so that importing this module loads no table of countries."""
    return NAME_FRONT | places.country_tails()


POSSESSIVE_END = re.compile(r"['’]s$")  # "Putin's": the name looked up is "Putin"


@dataclass(frozen=True)
class Role:
    """A post held from one year to another (``end`` None while held), for a country if not the person's."""

    role: str
    start: int
    end: int | None = None
    country: str | None = None

    def held(self, year: int) -> bool:
        return self.start <= year <= (self.end if self.end is not None else year)


@dataclass(frozen=True)
class OfficialEntry:
    """One official: canonical name, other spellings, country and roles, most important first."""

    name: str
    aliases: tuple[str, ...]
    country: str
    roles: tuple[Role, ...]
    surnames: tuple[str, ...] = ()
    woman: bool = False

    def person(self, year: int | None = None) -> Person:
        """This official as a record, with the role and country of ``year`` (else the latest)."""
        return Person(
            name=self.name, aliases=self.aliases, country=country_at(self, year), role=role_at(self, year)
        )

    def shown(self, written: Iterable[str]) -> str:
        """The name to show for this official, given the spellings an article writes: the
        gazetteer's own name, unless the article never writes it and writes instead another
        spelling the gazetteer lists for the person in full, or the name with given or middle names
        added between its first word and its last ("Brice Clotaire Oligui Nguema" of Brice Oligui
        Nguema), which is then shown (the fullest, then the first written): "Mohamed Ould Cheikh El
        Ghazouani", "Khurelsukh Ukhnaa", and the short
        forms of an Arab name, the family name or the father's name left off ("Tamim bin Hamad",
        "Musaed Al-Aiban"; :func:`_lineage_left_out`), but not with a grandfather's "bin" the
        name does not give ("Faisal bin Farhan bin Abdullah"). A spelling in full has two words
        or more, no title or honorific before them and no initial ("S. Jaishankar" is shown as
        Subrahmanyam Jaishankar). It is shown only if it leaves out no word of another spelling
        listed in full but a lineage ("Tayyip Erdogan" is short of "Recep ...") and is another
        form of the name, not the name spelt otherwise (:func:`_another_form`): a spelling of as
        many words in the same order ("Sergei Lavrov", "Anthony Blinken", "Muhammad bin Salman")
        is corrected to the name, as is a misspelling the gazetteer does not list ("Emanuel
        Macron").

        >>> entry = lookup("Bola Tinubu")
        >>> entry.shown(["Bola Ahmed Tinubu", "Tinubu"]), entry.shown(["Bola Ahmed Tinubu", "Bola Tinubu"])
        ('Bola Ahmed Tinubu', 'Bola Tinubu')
        """
        folded = {s: fold(s) for s in written}  # in the order written
        name = fold(self.name)
        if name in folded.values():
            return self.name
        listed = {fold(alias) for alias in self.aliases}
        spellings = [name, *listed]
        full = [
            s
            for s, key in folded.items()
            if (key in listed or _middle_added(key, name))
            and _in_full(key)
            and _another_form(key, name)
            and not any(
                _leaves_out(key, other) and _in_full(other) and not _lineage_left_out(key, other)
                for other in spellings
            )
        ]
        # a grandfather's "bin" is the genealogy, not the name the news uses ("Faisal bin Farhan
        # bin Abdullah" beside "Faisal bin Farhan"): shown only where the table's name gives one
        fathers = max(1, sum(w in PATRONYMIC for w in name.split()))
        full = [s for s in full if sum(w in PATRONYMIC for w in folded[s].split()) <= fathers]
        order = list(folded)
        return max(full, key=lambda s: (len(folded[s].split()), -order.index(s)), default=self.name)


class Gazetteer:
    """Officials indexed by folded name, alias and surname."""

    def __init__(self, entries: Sequence[OfficialEntry]) -> None:
        self.entries = tuple(entries)
        self._names: dict[str, OfficialEntry] = {}
        self._surnames: dict[str, list[OfficialEntry]] = {}
        for entry in self.entries:
            for name in (entry.name, *entry.aliases):
                self._names.setdefault(fold(name), entry)
            for surname in entry.surnames or _last_words(entry):
                found = self._surnames.setdefault(fold(surname), [])
                if entry not in found:
                    found.append(entry)
        self.longest = max(len(key.split()) for key in self._names)
        self._spelt: dict[str, OfficialEntry | None] = {}  # spelt_like's answers, as names come again
        self._full = [key for key in self._names if " " in key]
        # one-word surnames by their first letter: another romanisation keeps the first letter
        # (:func:`extract.names.transliterated`), so only these are tried
        self._one_word_by_initial: dict[str, list[tuple[str, list[OfficialEntry]]]] = {}
        for known, found in self._surnames.items():
            if " " not in known:
                self._one_word_by_initial.setdefault(fold(known)[:1], []).append((known, found))
        self._by_first: dict[str, list[str]] = {}  # first word -> full names and aliases
        for key in self._full:
            self._by_first.setdefault(key.split()[0], []).append(key)
        # every run of words a name or alias starts with ("sergey", "sergey lavrov")
        self._starts = {
            " ".join(words[:n]) for words in map(str.split, self._names) for n in range(1, len(words) + 1)
        }

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[OfficialEntry]:
        return iter(self.entries)

    def lookup(self, name: str) -> OfficialEntry | None:
        """The official with this name or alias, ignoring accents, case, dots and a leading title."""
        key = fold(POSSESSIVE_END.sub("", name.strip()))
        while key:
            if key in self._names:
                return self._names[key]
            title = next((t for t in TITLES if key.startswith(t + " ")), None)
            if title is None:
                return None
            key = key[len(title) + 1 :]
        return None

    def spelt_like(self, name: str) -> OfficialEntry | None:
        """The one official whose full name this one is a misspelling of: as many words, the first
        or the last word the same, the whole alike ("Emanuel Macron", "Sergio Matarella"); not
        another of a line of kings ("Abdullah I"). Remembered: a fuzzy search of every name."""
        if name not in self._spelt:
            self._spelt[name] = self._spelt_like(name)
        return self._spelt[name]

    def _spelt_like(self, name: str) -> OfficialEntry | None:
        key = fold(name)
        words = key.split()
        if len(words) < 2 or REGNAL.match(words[-1]):
            return None
        alike = {
            self._names[found]
            for found, _, _ in process.extract(
                key, self._full, scorer=fuzz.ratio, score_cutoff=SPELT_LIKE, limit=4
            )
            if len(other := found.split()) == len(words)
            and (other[0] == words[0] or other[-1] == words[-1])
            and _generation(other) == _generation(words)  # "Marcos Sr" is not "Marcos Jr."
            and all(_slip(w, o) for w, o in zip(words, other, strict=True) if w != o)
        }
        return alike.pop() if len(alike) == 1 else None

    def fuller(self, name: str) -> OfficialEntry | None:
        """The one official whose name this one is, written with a middle name or a lineage the
        gazetteer leaves out (:func:`extract.names.shortened`): "Abdul Latif Jamal Rashid" is
        Abdul Latif Rashid, "Mohammed bin Salman bin Abdulaziz Al Saud" Mohammed bin Salman; or
        with a given name news leaves off, or a title, before the official's own
        (:func:`extract.names.prefixed`): "Muhammad Shehbaz Sharif" is Shehbaz Sharif, but
        "Maryam Nawaz Sharif", with a given name of her own, no Nawaz Sharif; or, for an official
        of a country of Spanish naming, with the mother's family name after the official's own
        (``SECOND_SURNAME_COUNTRIES``):
        "Gustavo Petro Urrego" is Gustavo Petro, but "Donald Trump Jr" no Donald Trump."""
        key = fold(name)
        words = key.split()
        found = {
            self._names[known]
            for known in self._by_first.get(words[0] if words else "", ())
            if shortened(key, known) and not _another_family(key, known, self._names[known])
        }
        found |= {  # the official's own given name kept: "Rosângela Lula da Silva" is not Lula
            self._names[tail]
            for n in (1, 2)
            if (tail := " ".join(words[n:])) in self._names
            and prefixed(key, tail, front=name_front())  # "Maryam Nawaz Sharif" is no Nawaz Sharif
            and fold(self._names[tail].name).split()[0] == words[n]
        }
        found |= {  # the mother's family name after the official's own: "Nicolás Maduro Moros"
            entry
            for entry in [self._names.get(" ".join(words[:-1]))]
            if entry is not None
            and len(words) >= 3
            and entry.country in SECOND_SURNAME_COUNTRIES
            and words[-1] not in LINEAGE
            and not REGNAL.match(words[-1])
        }
        if not found and len(words) >= 3 and words[-1] in SUFFIXED_GENERATIONS:
            # "Lloyd J. Austin III": the numeral of a family's generations after a name in full
            # is no regnal number (those follow a single given name: "Abdullah II")
            rest = " ".join(words[:-1])
            entry = self._names.get(rest) or self.fuller(rest)
            if entry is not None and not REGNAL.match(fold(entry.name).split()[-1]):
                found.add(entry)
        return found.pop() if len(found) == 1 else None

    def unglued(self, name: str) -> OfficialEntry | None:
        """The official whose full name this one is, with the next word of the page glued on with
        no space: "Nicolas Madurosources" (a lower-case tail of three letters or more after a
        known full name; a one-word name is left alone, as too many names start with a surname)."""
        words = name.split()
        last = words[-1] if len(words) >= 2 else ""
        for cut in range(len(last) - 3, 1, -1):
            head, tail = last[:cut], last[cut:]
            if tail.isalpha() and tail.islower() and head[-1:].isalpha():
                entry = self.lookup(" ".join([*words[:-1], head]))
                if entry is not None:
                    return entry
        return None

    def by_surname(self, surname: str) -> list[OfficialEntry]:
        """Officials known by this surname ("Wang", "bin Salman", "von der Leyen")."""
        return list(self._surnames.get(fold(surname), ()))

    def by_surname_romanised(self, surname: str) -> list[OfficialEntry]:
        """Officials known by a one-word surname this one is another romanisation of
        (:func:`extract.names.transliterated`): "Pashinian" is Nikol Pashinyan, "Lukashenka"
        Alexander Lukashenko; none for a surname the gazetteer knows as it is written."""
        if fold(surname) in self._surnames:
            return []
        found: list[OfficialEntry] = []
        for known, entries in self._one_word_by_initial.get(fold(surname)[:1], ()):
            if transliterated(surname, known):
                found += [e for e in entries if e not in found]
        return found

    def find_names(self, tokens: Sequence[str]) -> list[tuple[int, int]]:
        """Spans ``(start, end)`` of tokens that spell a known name or alias, longest first."""
        # Each token is folded once: folding a run of tokens joined by spaces is the same as
        # joining their non-empty folds. A name starts with a capital, so no other token is tried.
        folded = [fold(token) for token in tokens]
        spans = []
        i = 0
        while i < len(tokens):
            if tokens[i][:1].isupper():
                # The longest run that is a name; a run that no name starts with ends the search
                # (a longer run's fold is this one's with words added).
                longest, key = 0, ""
                for j in range(i + 1, min(len(tokens), i + self.longest + 3) + 1):
                    if folded[j - 1]:
                        key = f"{key} {folded[j - 1]}" if key else folded[j - 1]
                    if key and key not in self._starts:
                        break
                    if key in self._names and folded[j - 1]:  # not the full stop after it
                        longest = j
                if longest:
                    spans.append((i, longest))
                    i = longest - 1
            i += 1
        return spans


def _slip(written: str, known: str) -> bool:
    """Whether a word of a name is a slip of the pen for the official's: one letter left out,
    added, changed or two swapped ("Emanuel", "Matarella", "Jinpeng"); not another name of its own
    ("Olga" for Olaf), nor a feminine form ending in "-a" of a name that does not ("Emanuela" for
    Emmanuel, "Lavrova" for Lavrov, "Zelenska" for Zelensky): a wife, a daughter or someone else."""
    if written.endswith("a") and not known.endswith("a"):
        return False
    return DamerauLevenshtein.distance(written, known) <= 1


def _in_full(key: str) -> bool:
    """Whether a folded spelling is a name in full: two words or more, no title or honorific
    before them ("mullah abdul ghani baradar"), no initial ("s jaishankar")."""
    words = key.split()
    return (
        len(words) >= 2
        and not any(key.startswith(title + " ") for title in TITLES)
        and words[0] not in titles.TITLES | titles.HONORIFICS | titles.ROYAL_TITLES  # "mullah", "emperor"
        and all(len(word) > 1 for word in words)
    )


def _another_form(key: str, name: str) -> bool:
    """Whether a folded spelling is another form of a folded name, not the name spelt otherwise
    (alike letter for letter, leaving spaces and the article "al" or "el" aside):
    more words or fewer ("mohamed ould cheikh el ghazouani" of "mohamed ould ghazouani"; not a
    grandfather added, see :func:`_forebear_added`), or the same words with the family name moved
    from one end to the other, each word opening as the name's does ("khurelsukh ukhnaa" of
    "ukhnaagiin khurelsukh")."""
    words, named = key.split(), name.split()
    if fuzz.ratio(_letters(words), _letters(named)) >= SPELT_LIKE:
        return False  # "hossein amirabdollahian", "walid al moallem" of "walid muallem"
    if len(words) != len(named):
        return not _forebear_added(words, named)
    turned = (words[1:] + words[:1], words[-1:] + words[:-1])
    return any(all(w[:3] == n[:3] for w, n in zip(t, named, strict=True)) for t in turned if t != words)


def _letters(words: Sequence[str]) -> str:
    """A folded name's letters, without spaces nor the article "al" or "el" ("walid al moallem":
    "walidmoallem")."""
    return "".join(w for w in words if w not in LINEAGE - PATRONYMIC - {"ould"})


def _forebear_added(words: Sequence[str], named: Sequence[str]) -> bool:
    """Whether a spelling adds a grandfather ("bin Jassim") to a name that already gives the
    father ("mohammed bin abdulrahman al thani"): the name's own form, father and family, is the
    one shown. A father's name added to a name that gives none is a fuller form ("badr bin hamad
    al busaidi" of "badr albusaidi")."""
    fathers = sum(w in PATRONYMIC for w in named)
    return fathers >= 1 and sum(w in PATRONYMIC for w in words) > fathers


def _middle_added(key: str, name: str) -> bool:
    """Whether a folded spelling is a folded name with given or middle names added between its
    first word and its last, which the gazetteer does not list: "brice clotaire oligui nguema" of
    "brice oligui nguema", "nayef falah al-hajraf" of "nayef al-hajraf"; not a name with words added
    before or after it ("muhammad shehbaz sharif", "gustavo petro urrego")."""
    words, named = key.split(), name.split()
    return len(named) >= 2 and words[0] == named[0] and words[-1] == named[-1] and _leaves_out(name, key)


def _leaves_out(key: str, other: str) -> bool:
    """Whether a folded spelling is another one with words left out, the rest in order: "tayyip
    erdogan" of "recep tayyip erdogan"."""
    rest = iter(other.split())
    return len(key.split()) < len(other.split()) and all(word in rest for word in key.split())


def _lineage_left_out(key: str, other: str) -> bool:
    """Whether the words a folded spelling leaves out of another are a lineage only, as Arab names
    are written in full and in short: a father's name with its "bin" ("musaed al aiban" of "musaed
    bin mohammed al aiban") or the family name with its article at the end ("faisal bin farhan"
    of "faisal bin farhan al saud"). Such a short form is the name as the news writes it, not a
    name cut ("tayyip erdogan" of "recep tayyip erdogan" leaves out a given name)."""
    words, kept = other.split(), key.split()
    out: list[int] = []
    i = 0
    for at, word in enumerate(words):
        if i < len(kept) and word == kept[i]:
            i += 1
        else:
            out.append(at)
    if i < len(kept) or not out:
        return False
    at = 0
    while at < len(out):
        start = out[at]
        if words[start] in PATRONYMIC and at + 1 < len(out) and out[at + 1] == start + 1:
            at += 2  # "bin mohammed"
        elif words[start] in LINEAGE - PATRONYMIC and out[at:] == list(range(start, len(words))):
            return len(words) - start >= 2  # "al saud" at the end
        else:
            return False
    return True


def _generation(words: Sequence[str]) -> str | None:
    """The word that tells a son from his father at the end of a name, folded: "jr" ("Jr.", "Jnr"),
    "sr"."""
    last = words[-1].rstrip(".") if words else ""
    return {"jr": "jr", "jnr": "jr", "sr": "sr", "snr": "sr"}.get(last)


def _another_family(key: str, known: str, entry: OfficialEntry) -> bool:
    """Whether a name that goes on from a known short form of an official's ("Khalid bin Ahmed
    al-Sada" from "Khalid bin Ahmed") names another family than each of the official's longer
    forms do ("Khalid bin Ahmed Al Khalifa"): the family name that ends it ("al ...", not a
    father's "bin ...") is none of theirs. Names folded."""
    words = key.split()
    if not key.startswith(known + " ") or len(words) < 2:
        return False
    longer = [f for f in map(fold, (entry.name, *entry.aliases)) if f.startswith(known + " ")]
    if _another_father(words[len(known.split()) :], [f.split()[len(known.split()) :] for f in longer]):
        return True
    if words[-2] not in LINEAGE - PATRONYMIC:
        return False
    return bool(longer) and all(f.split()[-1] != words[-1] for f in longer)


def _another_father(rest: list[str], known: list[list[str]]) -> bool:
    """Whether the lineage a name goes on with ("bin Abdulaziz" of "Mohammed bin Abdulrahman bin
    Abdulaziz") names another father than an official's longer form does at that place ("bin
    Jassim" of "Mohammed bin Abdulrahman bin Jassim Al Thani"), and none of them the same one."""
    if len(rest) < 2 or rest[0] not in PATRONYMIC:
        return False
    told = [k[1] for k in known if len(k) >= 2 and k[0] in PATRONYMIC]
    return bool(told) and rest[1] not in told


def _last_words(entry: OfficialEntry) -> Iterator[str]:
    """Default surnames: the last one, two and three words of the name, and one-word aliases."""
    words = entry.name.split()
    for n in range(1, min(len(words), 4)):
        yield " ".join(words[-n:])
    yield from (alias for alias in entry.aliases if " " not in alias)


@functools.cache
def gazetteer() -> Gazetteer:
    """The gazetteer of ``extract/data/officials.json``, loaded once."""
    with DATA.open(encoding="utf-8") as f:
        data = json.load(f)
    entries = [
        OfficialEntry(
            name=o["name"],
            aliases=tuple(o["aliases"]),
            country=o["country"],
            roles=tuple(Role(r["role"], r["from"], r["to"], r.get("country")) for r in o["roles"]),
            surnames=tuple(o.get("surnames", ())),
            woman=o.get("woman", False),
        )
        for o in data["officials"]
    ]
    return Gazetteer(entries)


def lookup(name: str) -> OfficialEntry | None:
    """The official with this name or alias, else None.

    >>> lookup("Dr. S. Jaishankar").name
    'Subrahmanyam Jaishankar'
    """
    return gazetteer().lookup(name)


def by_surname(surname: str) -> list[OfficialEntry]:
    """Officials known by this surname.

    >>> sorted(e.name for e in by_surname("Kishida"))
    ['Fumio Kishida']
    """
    return gazetteer().by_surname(surname)


def find_names(tokens: Sequence[str]) -> list[tuple[int, int]]:
    """Token spans that spell a known official's name or alias.

    >>> find_names(["Talks", "with", "S.", "Jaishankar", "ended"])
    [(2, 4)]
    """
    return gazetteer().find_names(tokens)


def _role(entry: OfficialEntry, year: int | None) -> Role | None:
    if year is None:
        return next((r for r in entry.roles if r.end is None), entry.roles[0] if entry.roles else None)
    return next((r for r in entry.roles if r.held(year)), None)


def role_at(entry: OfficialEntry, year: int | None) -> str | None:
    """The official's first listed role held in ``year`` (the current one for None), else None.

    >>> role_at(lookup("Antony Blinken"), 2019) is None
    True
    """
    role = _role(entry, year)
    return role.role if role else None


def country_at(entry: OfficialEntry, year: int | None) -> str:
    """The country or organisation the official represents in ``year``.

    >>> country_at(lookup("Mark Rutte"), 2020), country_at(lookup("Mark Rutte"), 2025)
    ('Netherlands', 'NATO')
    """
    role = _role(entry, year)
    return role.country if role and role.country else entry.country


def body_titled(entry: OfficialEntry, words: Sequence[str]) -> str | None:
    """The international body an official is titled as holding an office of by ``words``, the
    words before the name, where the gazetteer knows a post of that body held by them: "NATO
    Secretary General Mark Rutte" speaks for NATO, though his own country is the Netherlands and
    an article with no year cannot tell which of his posts he held; "Dutch Prime Minister Mark
    Rutte" tells no body, nor does "former NATO chief" (an office no longer held).

    >>> body_titled(lookup("Mark Rutte"), ["new", "NATO", "Secretary", "General"])
    'NATO'
    >>> body_titled(lookup("Mark Rutte"), ["Dutch", "Prime", "Minister"]) is None
    True
    """
    folded = [w.lower() for w in words]
    if any(w in {"former", "ex", "ex-", "late"} for w in folded):
        return None
    text = f" {' '.join(folded)} "
    for role in entry.roles:
        body = role.country
        spellings = BODY_WORDS.get(body or "", frozenset())
        if body in ORGANISATIONS and any(f" {w} " in text for w in spellings):
            return body
    return None
