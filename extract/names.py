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
