"""Comparing spellings of people's names; no spaCy here, so ``graph`` can use it too."""

from __future__ import annotations

import functools
import re

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from extract.places import fold


def same_name(a: str, b: str) -> bool:
    """Two spellings of one full name: as many words (two or more), first names agreeing on their
    first three letters, surnames alike (rapidfuzz ratio 85 or more), accents and case folded.

    >>> same_name("Sergei Lavrov", "Sergey Lavrov"), same_name("Volodymyr Zelensky", "Volodymyr Zelenskyy")
    (True, True)
    >>> same_name("Anthony Blinken", "Antony Blinken"), same_name("Joe Biden", "Hunter Biden")
    (True, False)
    >>> same_name("Wang Yi", "Wang Wenbin"), same_name("Lavrov", "Lavrov")
    (False, False)

    Words between the first and the last must be alike too: a family name shared is no proof.

    >>> same_name("Mohammed bin Abdulrahman Al Thani", "Mohammed bin Hamad Al Thani")
    False

    Words are compared as :func:`spelled` reads them: "Djuro" is "Đuro", "Abdulati" "Abdelatty".

    >>> same_name("Djuro Macut", "Đuro Macut"), same_name("Badr Abdulati", "Badr Abdelatty")
    (True, True)
    """
    ta, tb = [spelled(w) for w in fold(a).split()], [spelled(w) for w in fold(b).split()]
    return (
        len(ta) == len(tb) >= 2
        and ta[0][:3] == tb[0][:3]
        and fuzz.ratio(ta[-1], tb[-1]) >= 85
        and all(x == y or fuzz.ratio(x, y) >= 85 for x, y in zip(ta[1:-1], tb[1:-1], strict=True))
    )


@functools.lru_cache(maxsize=1 << 16)
def spelled(word: str) -> str:
    """A folded word of a name with what romanisations write differently taken away: a doubled
    letter written once, "dj" at the start read as "d" (the Serbo-Croatian "Đ" is written "Dj" or
    "D"), the Arabic "Abdel", "Abdul", "Abdal" (of "Abd al-") as "Abd"; of Cyrillic names, inside
    a word "kh" and "h", "zh" and "j", "h" and "g" (not of "sh", "ch", ...), "x" and "ks"
    ("Maxim", "Maksim"), a Belarusian "-ou" or "-au" ending of a long word and the Russian "-ov"
    ("Ryzhankou", "Ryzhenkov"), and everywhere "y" and "i", "w" and "v" alike.

    >>> spelled("djuro"), spelled("duro"), spelled("abdelatty"), spelled("abdulati")
    ('duro', 'duro', 'abdati', 'abdati')
    >>> spelled("abdullah") == spelled("abdallah"), spelled("abdel")
    (True, 'abd')
    >>> spelled("sybiha") == spelled("sybiga"), spelled("dmytro") == spelled("dmitro")
    (True, True)
    >>> spelled("berdimuhamedow") == spelled("berdymukhamedov"), spelled("shoygu") == spelled("shoigu")
    (True, True)
    >>> spelled("han") == spelled("gan"), spelled("zhao") == spelled("jao")
    (False, False)
    >>> spelled("maxim") == spelled("maksim"), spelled("xie"), spelled("kou"), spelled("ryzhankou")
    (True, 'xie', 'kou', 'rijankov')
    """
    word = _DOUBLED.sub(r"\1", word)
    word = _DJ.sub("d", word)
    word = _ABD_AL.sub("abd", word)
    # inside a word (a Chinese syllable starts with "h", "g" or "zh" as it is): Cyrillic х and ж,
    # "Berdymukhamedov", "Kasym-Zhomart"; the Ukrainian г written "h", the Russian "g": "Sybiha"
    word = word[:1] + word[1:].replace("kh", "h").replace("zh", "j")
    word = word[:1] + _H_AS_G.sub("g", word[1:])
    # inside a word only: a pinyin "x" starts a name ("Xie", "Xi") and is no "ks"
    word = word[:1] + word[1:].replace("x", "ks")
    word = _BELARUSIAN_OV.sub("ov", word)  # the Belarusian ў: "Ryzhankou", "Kachanau"
    return word.replace("y", "i").replace("w", "v")  # "Dmytro", "Dmitry"; "Berdimuhamedow"


_DOUBLED = re.compile(r"(.)\1")
_DJ = re.compile(r"^dj")
_ABD_AL = re.compile(r"^abd[aeu]l(?=[a-z]{2}|$)")
_H_AS_G = re.compile(r"(?<![sczktp])h")
_BELARUSIAN_OV = re.compile(r"(?<=[a-z]{4})[ao]u$")  # not of a short word: "Zhou", "Kou"


def glued(name: str) -> str:
    """A name's letters with the spaces and hyphens between its words taken away, as Arabic
    names are romanised with their parts joined or apart ("Abdelfattah Elsisi", "Abdel Fattah
    el-Sisi"): the article "el" after the first word read as "al" ("Elena" stays), "Abdel",
    "Abdul" or "Abdal" as "Abd", a doubled letter written once; accents and case folded.

    >>> glued("Abdelfattah Elsisi") == glued("Abdel Fattah el-Sisi")
    True
    >>> glued("Abdulaziz Kamilov") == glued("Abdul Aziz Kamilov"), glued("Ahmed Aboul Gheit")
    (True, 'ahmedaboulgheit')
    >>> glued("Abdel Fattah el-Sisi") == glued("Abdel Fattah Burhan")
    False
    """
    words = [w for w in re.split(r"[\s\-‐–'’]+", fold(name)) if w]
    text = "".join("al" + w[2:] if w.startswith("el") and i else w for i, w in enumerate(words))
    text = re.sub(r"abd[aeu]l", "abd", text)
    return re.sub(r"(.)\1", r"\1", text)


# Words that start a lineage or family name after a given name: "bin Salman", "Al Nahyan".
LINEAGE = frozenset("bin ibn bint binti al el ould".split())
PATRONYMIC = frozenset("bin ibn bint binti".split())


def shortened(full: str, short: str) -> bool:
    """Whether ``short`` is ``full`` written with a middle name or a lineage left out: the same
    first word and, in order, words of the longer name only; what is left out is either inside
    (the last word kept, no father's name after "bin" dropped) or a lineage at the end ("bin ...",
    "Al ...").
    Accents, case and hyphens are folded.

    >>> shortened("Abdul Latif Jamal Rashid", "Abdul Latif Rashid")
    True
    >>> shortened("Mohammed bin Salman bin Abdulaziz Al Saud", "Mohammed bin Salman")
    True
    >>> shortened("Mohammed bin Abdulrahman Al Thani", "Mohammed Al Thani")
    False
    >>> shortened("Sultan bin Ahmed Al Jaber", "Sultan Ahmed Al Jaber")
    True
    >>> shortened("Mohammed bin Salman", "Mohammed bin Zayed"), shortened("Joe Biden", "Biden")
    (False, False)
    """
    f, s = fold(full).split(), fold(short).split()
    if len(s) < 2 or len(f) <= len(s) or f[0] != s[0]:
        return False
    if f[: len(s)] == s:
        return f[len(s)] in LINEAGE
    if f[-1] != s[-1]:
        return False
    kept, i = [], 1
    for word in s[1:-1]:
        while i < len(f) - 1 and f[i] != word:
            i += 1
        if i == len(f) - 1:
            return False
        kept.append(i)
        i += 1
    fathers = {j + 1 for j, w in enumerate(f) if w in PATRONYMIC}  # "bin Ahmed" may lose "bin" only
    return not any(j in fathers for j in range(1, len(f) - 1) if j not in kept)


# Words news may write before a name and leave off again, which tell no one apart: the Prophet's
# name that many Muslim men are given first ("Muhammad Shehbaz Sharif", "Md Touhid Hossain"), and
# the words of descent, rank or respect that open names in South Asia and beyond ("Mian Muhammad
# Nawaz Sharif", "Syed Asim Munir", "Alhaji Atiku Abubakar"). Any other given name before a name is
# another person's own: South Asian news names a child by a given name, the father's given name
# and the family name ("Maryam Nawaz Sharif" is Nawaz Sharif's daughter, "Hamza Shehbaz Sharif"
# Shehbaz Sharif's son).
FRONT_NAMES = frozenset(
    "muhammad mohammad mohammed mohamed muhammed mohamad mohd muhd md "
    "mian syed sayed sayyid sayyed seyyed seyed hafiz haji hajji alhaji alhaja khawaja khwaja "
    "makhdoom pir sardar chaudhry chaudhary choudhury nawabzada sahibzada".split()
)


def prefixed(full: str, short: str, *, front: frozenset[str] | None = FRONT_NAMES) -> bool:
    """Whether ``short`` is ``full`` with one or two words left off its front, as news shortens
    "Muhammad Shehbaz Sharif" to "Shehbaz Sharif": two words or more kept, none of them a lineage
    ("Hamad Al Thani" is the father in "Tamim bin Hamad Al Thani"), no "bin" before them, and each
    word left off one of ``front`` (:data:`FRONT_NAMES`; a caller that reads titles adds them;
    None: any word): another given name makes another person ("Maryam Nawaz Sharif" is not Nawaz
    Sharif). Accents, case and hyphens are folded.

    >>> prefixed("Muhammad Shehbaz Sharif", "Shehbaz Sharif")
    True
    >>> prefixed("Mian Muhammad Ali Raza", "Ali Raza")
    True
    >>> prefixed("Maryam Nawaz Sharif", "Nawaz Sharif"), prefixed("Hamza Shehbaz Sharif", "Shehbaz Sharif")
    (False, False)
    >>> prefixed("Win Bakri Daki", "Bakri Daki"), prefixed("Win Bakri Daki", "Bakri Daki", front=None)
    (False, True)
    >>> prefixed("Tamim bin Hamad Al Thani", "Hamad Al Thani")
    False
    >>> prefixed("Tamim Hamad Al Thani", "Hamad Al Thani")
    False
    >>> prefixed("Shehbaz Sharif", "Sharif"), prefixed("Joe Biden", "Hunter Biden")
    (False, False)
    """
    f, s = fold(full).split(), fold(short).split()
    dropped = len(f) - len(s)
    return (
        len(s) >= 2
        and 1 <= dropped <= 2
        and f[dropped:] == s
        and not any(w in LINEAGE for w in s)
        and f[dropped - 1] not in PATRONYMIC
        and (front is None or all(w in front for w in f[:dropped]))
    )


def misspelt_surname(word: str, surname: str) -> bool:
    """A surname written again with letters swapped, doubled or dropped inside it: five letters or
    more, the same first and last letters, at most one letter more or less, alike (rapidfuzz ratio
    85 or more) but not the same once folded. A letter added at the end makes another name
    ("Abbasi" is not "Abbas").

    >>> misspelt_surname("Rybakov", "Ryabkov"), misspelt_surname("Matarella", "Mattarella")
    (True, True)
    >>> misspelt_surname("Abbas", "Abbasi"), misspelt_surname("Ryabkov", "Ryabkov")
    (False, False)
    """
    a, b = fold(word), fold(surname)
    if a == b or min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    return a[0] == b[0] and a[-1] == b[-1] and fuzz.ratio(a, b) >= 85


# a "y" between vowels, as one romanisation writes it and another leaves out: "Tokayev", "Aliyev"
GLIDE = re.compile(r"(?<=[aeiou])y(?=[aeiou])")


def romanised(surname: str) -> str:
    """A folded surname with the letters romanisations of one name write differently made one:
    a "y" between vowels dropped, "y" read as "i", a letter doubled written once ("Zelenskyy",
    "Zelenskiy" and "Zelensky" are "zelenski"; "Tokayev" is "tokaev"; "Pashinyan" "pashinian").

    >>> romanised("Zelenskyy"), romanised("Tokayev"), romanised("Pashinyan")
    ('zelenski', 'tokaev', 'pashinian')
    """
    letters = GLIDE.sub("", fold(surname)).replace("y", "i")
    return re.sub(r"(.)\1+", r"\1", letters)


def transliterated(word: str, surname: str) -> bool:
    """A surname written in another romanisation: not the same once folded, five letters or more
    and one of the two six or more, the same first letter, and alike once :func:`romanised`, or
    one letter apart there where the letter is not the first one, nor one added at the end
    ("Lukashenka" is "Lukashenko", "Aliev" "Aliyev"; "Abbasi" is not "Abbas", "Sharifi" not
    "Sharif").

    >>> transliterated("Pashinian", "Pashinyan"), transliterated("Lukashenka", "Lukashenko")
    (True, True)
    >>> transliterated("Sharifi", "Sharif"), transliterated("Pashinyan", "Pashinyan")
    (False, False)
    """
    a, b = fold(word), fold(surname)
    if a == b or min(len(a), len(b)) < 5 or max(len(a), len(b)) < 6 or a[0] != b[0]:
        return False
    ra, rb = romanised(a), romanised(b)
    if ra == rb:
        return True
    if len(ra) == len(rb):
        return len(ra) >= 6 and sum(x != y for x, y in zip(ra, rb, strict=True)) == 1
    return len(ra) >= 6 and ra[-1] == rb[-1] and Levenshtein.distance(ra, rb) == 1
