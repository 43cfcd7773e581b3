"""Comparing spellings of people's names; no spaCy here, so ``graph`` can use it too."""

from __future__ import annotations

from rapidfuzz import fuzz

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
    """
    ta, tb = fold(a).split(), fold(b).split()
    return len(ta) == len(tb) >= 2 and ta[0][:3] == tb[0][:3] and fuzz.ratio(ta[-1], tb[-1]) >= 85


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
