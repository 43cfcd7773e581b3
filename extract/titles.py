"""Titles and honorifics: the words before a name that are no part of it.

Offices ("President Xi" is Xi), the clergy's titles ("Archbishop Paul Gallagher", "Patriarch
Kirill"), honorifics and ranks ("His Majesty King", "H.H. Sheikh", "Datuk Seri", "Brigadier
(Ret'd)"), the dotted abbreviations spaCy's tokenizer splits off ("Hon. Manasseh Sogavare"), a
word read as a title by its neighbours ("Sultan" before "bin" is a given name), the titles set
before a name with commas ("The President of the Transition, Head of State, Captain Ibrahim
Traoré"), the styles that stand for a person ("His Majesty") and the epithets of one office ("the
Holy Father"), and the titles of a reigning monarch.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extract import places
from extract.names import LINEAGE, PATRONYMIC
from extract.roles import find_role
from extract.spans import doc_tokens

# the titles of the clergy who head churches and faiths, and stand before a name that is none of
# theirs ("Patriarch Kirill", "Cardinal Pietro Parolin", "Archbishop Paul Gallagher", "Chief Rabbi
# David Lau", "Catholicos Karekin II"), which news writes again alone for the same person ("the
# patriarch", "the cardinal", "the pope"); "Bishop" is left out, as often a surname (Julie Bishop)
CLERGY = frozenset("pope patriarch cardinal archbishop catholicos rabbi".split())
# the offices of Islam's scholars that are titles after "Grand" or "Chief" ("Grand Imam of Al-Azhar",
# "Grand Mufti Shawki Allam"), and alone a given name or a shrine's word ("Imam Hussein")
GRAND_OFFICES = frozenset("imam mufti".split())
TITLES = (
    frozenset(
        (
            "president prime minister mr mr. mrs mrs. ms ms. dr dr. pm prince princess sheikh king queen "
            "premier chancellor secretary general gen. ambassador envoy foreign deputy vice external "
            "affairs state of senator sen. rep. lord sir dame crown emir sultan comrade marshal adm. "
            "admiral lt. col. counterpart eam fm nsa councilor councillor menteri besar ketua "
            "taoiseach tánaiste tanaiste lyonchhen lyonpo"
        ).split()
    )
    | CLERGY
)
# Honorifics that stand before a name and are no part of it ("His Majesty King Abdullah", "HE
# Sheikh Saoud", "HRH Prince Faisal" and "HH Sheikh Tamim" written without their dots, "Maulvi
# Amir Khan Muttaqi", "Allama" of a learned man in Urdu ("Allama Iqbal"), a Shia cleric's rank
# and the "Seyyed" of descent from the Prophet ("Ayatollah Seyyed Ali Khamenei", "Hojatoleslam
# Seyyed Hassan Khomeini"), "First Lady Emine Erdogan", French "Mme Colonna", "Madame Peng Liyuan"),
# and military ranks ("Brigadier (Ret'd) Mark Phillips"); the Malay styles take a "Sri"/"Seri"
# after them ("Datuk Seri Anwar Ibrahim", "Tan Sri Muhyiddin"), which alone is a name; the
# words of the Khmer styles conferred by the king ("Samdech Akka Moha Sena Padei Techo Hun Sen",
# "Samdech Moha Borvor Thipadei Hun Manet"), each a title, none a name; Hausa "Mallam" (a learned
# man, Mr) before Nigerian names ("Mallam Nuhu Ribadu").
HONORIFICS = frozenset(
    "his her their majesty highness excellency royal h.e. h.h. h.m. h.r.h. hrh hh "
    "hon hon. honourable honorable "
    "maulvi mawlawi mullah mulla allama mallam malam haji hajji alhaji alhaja hajia sayyid syed shaikh "
    "sheikha "
    "ayatollah hojatoleslam hojjatoleslam seyyed seyed sayyed "
    "datuk dato dato' "
    "datin tun dr. prof prof. professor eng eng. engr col colonel lt-gen maj-gen brig-gen "
    "holiness eminence beatitude mme mme. madame mlle mlle. messrs messrs. "
    "brigadier brig. lieutenant commodore captain capt. gen lt adm cdr amb amb. maj maj. engr. cdr. sgt. rt. "
    "shri smt smt. shrimati "
    "chairperson chairman chairwoman adviser advisor "
    "ret'd ret’d retd retd. "
    # the addresses of other languages news quotes untranslated, as "Mr" and "Mrs" are: Italian
    # "Signor Sergio Mattarella", "Signora Laura Mattarella", Spanish "Señora", Portuguese "Senhor",
    # French "Monsieur", German "Herr", "Frau"
    "signor signora signore señor señora senor senora senhor senhora monsieur herr frau "
    "spokesperson spokesman spokeswoman coordinator "
    "samdech akka moha sena padei techo borvor bovor thipadei "
    # French styles, kept in English news from francophone capitals ("Sa Majesté le Roi Mohammed
    # VI", "Son Excellence M. Macky Sall", "Son Altesse Royale le Prince Moulay Rachid")
    "majesté altesse excellence éminence".split()
)
# the forms of address before a surname: "Mr Scholz, the German leader," is the Scholz named before
ADDRESSES = frozenset("mr mr. mrs mrs. ms ms.".split())
# honorifics news abbreviates with a dot spaCy's tokenizer splits off ("Hon. Manasseh Sogavare",
# "Amb. Olivier Nduhungirehe", "Lt. Gen. Asim Munir"); `pipeline.load` keeps them one token
ABBREVIATED_HONORIFICS = frozenset("hon amb rt eng engr lt maj brig capt col cdr sgt smt".split())


def dotted_honorific(token: Token) -> bool:
    """An honorific or title the tokenizer keeps whole with its dots: "H.E.", "H.R.H.", "Mr.",
    "Dr.", "Gen."."""
    return token.text.endswith(".") and token.lower_ in HONORIFICS | ADDRESSES | DOTTED_TITLES


DOTTED_TITLES = frozenset(
    f"{word}." for word in ABBREVIATED_HONORIFICS | {"dr", "gen", "adm", "sen", "rep", "gov", "prof"}
)


def honorific_dot(token: Token) -> bool:
    """The dot of an abbreviated honorific ("Hon." of "Prime Minister Hon. Manasseh Sogavare"),
    which ends no sentence and parts no title from the name after it."""
    return _dot_of(token, ABBREVIATED_HONORIFICS)


def _dot_of(token: Token, words: frozenset[str]) -> bool:
    """Whether a token is a dot stuck to one of the words, capitalised ("Hon" + ".")."""
    doc = token.doc
    return (
        token.text == "."
        and token.i >= 1
        and not doc[token.i - 1].whitespace_
        and doc[token.i - 1].lower_ in words
        and doc[token.i - 1].is_title
    )


# given names the press of South and Southeast Asia shortens with a dot: "Ma." (Maria) of
# Philippine names, "Mohd." and "Muhd." (Mohamed) of Malaysian ones, "Md." (Mohammad), "Mst."
# (Mosammat) and "Sk." (Sheikh) of Bangladeshi ones
ABBREVIATED_GIVEN_NAMES = frozenset("ma mohd muhd md mst sk".split())


def given_name_dot(token: Token) -> bool:
    """The dot of an abbreviated given name before the rest of the name ("Secretary Ma. | Theresa
    Lazaro"), which ends no sentence; not a surname's full stop before a sentence's first word
    ("talks with Vice Minister Ma. | The two sides ...", "met Vice Premier Ma. | Taiwan was ...")."""
    doc = token.doc
    after = token.i + 1
    # "Md." the tokenizer keeps whole (as Maryland's), the others split off their dot
    whole = token.text.endswith(".") and token.is_title and token.text[:-1].lower() in ABBREVIATED_GIVEN_NAMES
    return (
        (_dot_of(token, ABBREVIATED_GIVEN_NAMES) or whole)
        and after < len(doc)
        and doc[after].is_title
        and not doc[after].is_stop
        and places.country_name(doc[after].text) is None
    )


# the words after a name that tell a son or a king from his father: "Marcos Jr.", "Abdullah II"
GENERATIONS = frozenset("jr jr. sr sr. ii iii iv".split())
MALAY_STYLES = frozenset("datuk dato dato' datin tun tan toh puan".split())


# offices outside the role table that news writes as a title before a name, and again alone with
# "the" for the same person: "Chief Adviser Muhammad Yunus ... the Chief Adviser"
OFFICES = (
    frozenset(
        "adviser advisor chairman chairwoman chairperson chair governor commissioner speaker "
        "secretary secretary-general director-general commander chief".split()
    )
    | CLERGY
    | GRAND_OFFICES
)


# the offices news writes with "General" both hyphened and apart ("Director-General", "Director
# General of the IAEA", "Secretary General"), each one word of an office either way
SPACED_GENERALS = frozenset("director secretary".split())


def office_word(token: Token) -> str:
    """The word of an office a token ends, in small letters, with the word a hyphen joins to it
    before, which the tokenizer splits off: "General" of "Secretary-General" is "secretary-general",
    so "the Secretary-General" reads as the office it is; any other word as it stands."""
    start = office_start(token)
    return token.lower_ if start == token.i else f"{token.doc[start].lower_}-{token.lower_}"


def office_start(token: Token) -> int:
    """Where the word of an office a token ends begins (see :func:`office_word`): two tokens
    before "General" of "Secretary-General", which the tokenizer splits in three; the token
    itself otherwise."""
    doc, i = token.doc, token.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_:
        return i - 2
    if i >= 1 and token.lower_ == "general" and doc[i - 1].lower_ in SPACED_GENERALS:
        return i - 1  # "the Director General": the director-general's office, written apart
    return i


def inside_a_name(span: Span) -> bool:
    """Whether a span has a capitalised name word right before or after it, so that it is part
    of a longer name, not a name of its own: "Al-Jaber" in "Meshal Al-Ahmad Al-Jaber Al-Sabah"."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    return any(
        t is not None and t.text[:1].isupper() and t.is_alpha and not title_word(t) and t.pos_ == "PROPN"
        for t in (before, after)
    ) or (after is not None and after.text == "-" and not doc[span.end - 1].whitespace_)


def title_before(span: Span) -> str | None:
    """The title a mention follows: "King" in "His Majesty King Abdullah"."""
    tokens = doc_tokens(span.doc)  # made once, not a new Token at each step back
    words: list[str] = []
    i = span.start - 1
    while i >= 0 and title_word(tokens[i]) and len(words) < 3:
        if (
            i >= 2
            and tokens[i - 1].text == "-"
            and not tokens[i - 2].whitespace_
            and title_word(tokens[i - 2])
        ):
            words.insert(0, f"{tokens[i - 2].text}-{tokens[i].text}")  # "Vice-President"
            i -= 3
            continue
        words.insert(0, tokens[i].text)
        i -= 1
    return " ".join(words) or None


# titles of monarchs, popes and patriarchs, who go by a given name after them: "Sultan Ibrahim",
# "King Charles", "Patriarch Kirill", "Catholicos Karekin"
ROYAL_TITLES = frozenset("king queen sultan emir amir pope shah emperor empress patriarch catholicos".split())
REIGNING = frozenset("king sultan emir amir monarch".split())
# titles of a royal family's members, who go by a given name after them too: "Prince William",
# "Princess Anne"; news keeps the title with the name ("Crown Prince X" is "Prince X")
PRINCELY = frozenset("prince princess".split())


def royal_title(title: str | None) -> str | None:
    """The monarch's title a mention follows, capitalised ("Sultan" for "His Majesty Sultan")."""
    last = title.split()[-1] if title else ""
    return last.capitalize() if last.lower() in ROYAL_TITLES else None


def princely_title(title: str | None) -> str | None:
    """The royal family member's title a mention follows, capitalised ("Prince" for "Crown Prince")."""
    last = title.split()[-1] if title else ""
    return last.capitalize() if last.lower() in PRINCELY else None


def holds(role: str | None, title: str) -> bool:
    """Whether an office is that of a monarch's title: a reigning king, sultan or emir for any of
    the three (a sultan may reign as his country's king), a pope for "Pope"."""
    words = set((role or "").lower().split())
    if title.lower() in REIGNING:
        return bool(words & REIGNING)
    return title.lower() in words


def title_word(token: Token) -> bool:
    """A title or honorific before a name: "President", "His Majesty", "Datuk", "First Lady"."""
    word = token.lower_
    by_neighbours = word in TITLED_BY_NEIGHBOURS
    if not (by_neighbours or word in TITLES or word in HONORIFICS or word in {"lady", "gentleman"}):
        return False  # most words: the word before need not be made and read
    if token.i > 0 and token.nbor(-1).lower_ in PATRONYMIC:
        return False  # the father's name after "bin": "Badr bin Sultan", "Hamad bin Amir"
    if by_neighbours:
        return _title_by_neighbours(token, word)
    return True


def _title_by_neighbours(token: Token, word: str) -> bool:
    """Whether a word that is a title or a name by the words beside it (or by its case) is a
    title: read apart, so that the next word is made only for these (:func:`title_word`)."""
    following = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
    if word == "first":
        return following in {"lady", "gentleman"}
    if word == "field":
        return following == "marshal"  # "Field Marshal Khalifa Haftar"
    if word == "sultan":  # "Sultan Haitham bin Tarik"; "Sultan bin Ahmed Al Jaber" is a name
        return following not in LINEAGE
    if word in {"sri", "seri"}:  # "Datuk Seri Amran ...": a style's second word; "Sri Mulyani" is a name
        following_style = following in SERI_RANKS  # "Seri Diraja", the model's name starting there
        return (token.i > 0 and token.nbor(-1).lower_ in MALAY_STYLES) or following_style
    if word in {"tan", "toh", "puan"}:
        return following in {"sri", "seri"}  # "Tan Sri Muhyiddin"; Tan alone is a surname
    if word in SERI_RANKS:  # "Datuk Seri Utama Mohamad Hasan", Brunei's "Dato Seri Setia Awang ..."
        return token.i > 0 and token.nbor(-1).lower_ in {"sri", "seri"}
    if word in RANK_OPENERS:  # "Pol Gen", "Pol Lt Gen", "Senior General", "Rear Admiral", "Air Chief Marshal"
        return following in RANKS or following in RANK_OPENERS  # "Pol Pot", "Air China": no title
    if word == "he":
        return token.text == "HE"  # His Excellency; "He Lifeng" is a name
    if word in GRAND_OFFICES:  # "Grand Imam Ahmed al-Tayeb", "Grand Mufti"; "Imam Hussein shrine" no title
        previous = token.nbor(-1).lower_ if token.i > 0 else ""
        return previous in {"grand", "chief"}
    if word in CHURCH_AND_FAITH_ADJECTIVES:  # "Ecumenical Patriarch Bartholomew", "Grand Ayatollah"
        return following in CLERGY or following in GRAND_OFFICES or following == "ayatollah"
    if word in {"sa", "son"}:  # French "Sa Majesté", "Son Excellence"; "Son Sen" is a name
        return following in FRENCH_STYLES
    # "amir": "His Highness the Amir (Sheikh Tamim)"; "Amir Khan Muttaqi" is a name
    previous = token.nbor(-1).lower_ if token.i > 0 else ""
    return previous in {"the", "highness"} or following in TITLES or following in HONORIFICS


# the ranks of a Malay style told after its "Seri": Malaysia's "Datuk Seri Utama", "Datuk Seri
# Diraja", and Brunei's "Dato Seri Setia", "Dato Seri Paduka"; after anything else, a name
SERI_RANKS = frozenset("utama diraja setia paduka".split())
# military and police ranks, written in full or cut short without a dot ("Maj Gen", "Lt Col"):
# what may follow a word that opens a rank
RANKS = frozenset(
    "general gen gen. lieutenant lt lt. colonel col col. major maj maj. brigadier brig brig. captain capt "
    "capt. admiral adm adm. marshal commodore commander cdr sergeant sgt chief vice".split()
)
# words that open a rank only before another rank word: Thai police "Pol Gen", "Pol Lt Col";
# Myanmar's "Senior General"; "Rear Admiral", "Air Chief Marshal"; each a name or a word elsewhere
RANK_OPENERS = frozenset("pol senior rear air".split())
# the words that open a church's or a faith's title, and are titles only before its office word:
# "Ecumenical Patriarch Bartholomew", "Grand Ayatollah Ali al-Sistani", "Grand Imam"
CHURCH_AND_FAITH_ADJECTIVES = frozenset("ecumenical grand".split())
# the words that are a title or a name by the words beside them, or by their case
TITLED_BY_NEIGHBOURS = (
    frozenset("first field sultan sri seri tan toh puan he amir sa son".split())
    | SERI_RANKS
    | RANK_OPENERS
    | GRAND_OFFICES
    | CHURCH_AND_FAITH_ADJECTIVES
)
# the French styles that take "Sa" or "Son" (his, her) before them
FRENCH_STYLES = frozenset("majesté altesse excellence éminence".split())
# styles that stand for a person, and the offices whose holders bear them: "His Majesty"
STYLES = {
    "majesty": frozenset("king queen sultan emperor empress".split()),
    "majesté": frozenset("king queen sultan emperor empress".split()),
    "altesse": frozenset("emir amir prince princess sheikh sultan".split()),
    "holiness": frozenset("pope".split()),
    "highness": frozenset("emir amir prince princess sheikh sultan".split()),
}


# the styles of address a name follows, in the languages news quotes them untranslated: English
# "His Majesty", French "Sa Majesté", "Son Altesse", "Son Excellence", Spanish "Su Majestad", "Su
# Alteza", Portuguese "Sua Majestade", "Sua Excelência"; a name ends on none of them
STYLES_OF_ADDRESS = frozenset(
    "majesty highness excellency holiness eminence beatitude majesté majeste altesse excellence "
    "sainteté saintete majestad alteza excelencia santidad majestade excelência excelencia".split()
)


_HONORIFICS_OR_TITLES = HONORIFICS | TITLES  # joined once, not at each word looked at


def titles_set_before(doc: Doc, start: int) -> list[tuple[str, ...]]:
    """The capitalised titles set before a name with commas, as its words in lower case: ("head",
    "of", "state") and ("president", "of", "the", "transition") before "Captain Ibrahim Traoré" in
    "The President of the Transition, Head of State, Captain Ibrahim Traoré"; honorifics and ranks
    between the last comma and the name are skipped. Each title holds an office of the role table
    or a style ("Holy Father" holds none) and starts the sentence or follows "the" or a comma."""
    i = start
    sentence = doc[start].sent.start
    while i > sentence and (doc[i - 1].lower_ in _HONORIFICS_OR_TITLES or honorific_dot(doc[i - 1])):
        i -= 1
    titles: list[tuple[str, ...]] = []
    while len(titles) < 2 and i - 1 > sentence and doc[i - 1].text == ",":
        end = i - 1
        i = end
        while i > sentence and end - i < 9 and (doc[i - 1].is_title or doc[i - 1].lower_ in {"of", "the"}):
            if doc[i - 1].lower_ == "the" and (i - 1 == sentence or doc[i - 2].lower_ != "of"):
                break  # the article before the title, not "of the Republic"
            i -= 1
        words = doc[i:end]
        first = doc[i - 1] if i > sentence else None
        if (
            not len(words)
            or not words[0].is_title
            or not (first is None or first.lower_ == "the" or first.text == ",")
            or not (find_role(words.text) or words.root.lower_ in OFFICES)
        ):
            break
        titles.append(tuple(t.lower_ for t in words))
    return titles


# epithets that stand for the holder of one office, as written after "the", and the offices
# (capitalised, but for "the pontiff", which is no other word)
EPITHETS = {
    ("holy", "father"): frozenset({"pope"}),
    ("pontiff",): frozenset({"pope"}),
    ("sovereign",): frozenset("king queen sultan emir amir emperor".split()),
}
EPITHET_ENDS = frozenset(words[-1] for words in EPITHETS)


def title_words_before(doc: Doc, start: int) -> list[str]:
    """The words of the titles and styles written before a name, lower case: "his highness the
    amir of kuwait sheikh" before "Meshal Al-Ahmad"."""
    i = start
    sentence_start = doc[start].sent.start
    while i > sentence_start and start - i < 8:
        previous = doc[i - 1]
        titled = previous.is_title or previous.is_upper or previous.lower_ in {"the", "of"}
        if not titled or previous.is_punct:
            break
        i -= 1
    return [t.lower_ for t in doc[i:start]]


# the words that join the words of one title, "Cabinet Secretary for Foreign and Diaspora Affairs",
# and of two titles of one person, "Prime Cabinet Secretary and Cabinet Secretary"
TITLE_GLUE = frozenset("of for and the".split())
ACRONYM_WORDS = 6  # the most capitalised words of an office news writes by its initials


def acronyms_before(doc: Doc, start: int) -> set[str]:
    """The initials, in capitals, of the offices written before a name, each a run of capitalised
    words (two to six, with the words that join them inside) that holds an office's word: "PCS"
    (Prime Cabinet Secretary) and "CS" (Cabinet Secretary) before "Musalia Mudavadi" in "The
    Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs, Hon. Musalia
    Mudavadi", which a release writes again as "the PCS"; "MFAIC" and "MOFAIC" of "Minister of
    Foreign Affairs and International Cooperation". Read back from the name over the titles, the
    words that join them, commas and honorifics, to the sentence's start or any other word."""
    sentence = doc[start].sent.start
    i = start
    while i > sentence and start - i < 16:
        word = doc[i - 1]
        if not (
            word.text == ","
            or word.lower_ in TITLE_GLUE
            or word.lower_ in HONORIFICS
            or honorific_dot(word)
            or (word.is_title and word.is_alpha)
        ):
            break
        i -= 1
    found: set[str] = set()
    stretch: list[Token] = []  # capitalised words and the words joining them, up to a comma
    for word in [*doc[i:start], None]:
        if (
            word is not None
            and (word.lower_ in TITLE_GLUE or (word.is_title and word.is_alpha))
            and word.lower_ not in HONORIFICS
            and (stretch or word.lower_ not in TITLE_GLUE)
        ):
            stretch.append(word)
            continue
        found |= _initials(stretch)
        stretch = []
    return found


def _initials(stretch: list[Token]) -> set[str]:
    """The initials of the offices in a stretch of a title's words: each run of capitalised words
    that ends on an office's word ("Prime Cabinet Secretary": "PCS", "CS"), and each run from an
    office's word up to a capitalised word before the next office, over the words that join them
    ("Minister of Foreign Affairs": "MFA", and "MOFA" with the "of"; "Chief of Army Staff":
    "COAS")."""
    found: set[str] = set()
    offices = [n for n, w in enumerate(stretch) if w.lower_ in OFFICES or find_role(w.text) is not None]
    for office in offices:
        first = office  # back over the capitalised words before it: "Prime Cabinet" of "... Secretary"
        while (
            first > 0 and office - first < ACRONYM_WORDS - 1 and stretch[first - 1].lower_ not in TITLE_GLUE
        ):
            first -= 1
            found.add("".join(w.text[0] for w in stretch[first : office + 1]))
        for last in range(office + 1, min(len(stretch), office + ACRONYM_WORDS + 2)):
            if last in offices:
                break
            if stretch[last].lower_ in TITLE_GLUE:
                continue
            words = stretch[office : last + 1]
            found.add("".join(w.text[0] for w in words if w.lower_ not in TITLE_GLUE))
            found.add("".join(w.text[0].upper() for w in words if w.lower_ not in TITLE_GLUE - {"of"}))
    return found
