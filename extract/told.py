"""Whether an article tells a meeting as its news or as the background of its news.

A meeting told as background ("their previous meeting was in Vienna", "the two last met in
Bali", "Newsom had met Xi during a trip to China", "a year ago") happened before the news,
on a day the article may not give; merging (:mod:`graph.clues`) then does not date it by the
article's publication. The cues are words of the sentence that states the meeting: "previous",
"prior", "last met", "earlier this year", "N years ago", and the past perfect ("had met"),
except in reported speech ("China said its envoy had met Zelensky").
"""

from __future__ import annotations

import re

BACKGROUND = re.compile(
    r"\b(?:previous(?:ly)?|prior|last (?:met|meeting|talks|time|in-person|face-to-face|encounter|summit)"
    r"|earlier this (?:year|month)|(?:a|an|one|two|three|four|five|several|\d+) (?:years?|months?) ago"
    r"|first met)\b",
    re.IGNORECASE,
)
PAST_PERFECT = re.compile(
    r"\bhad (?:met|held|spoken|talked|visited|hosted|received|said|sat|seen|called)\b", re.IGNORECASE
)
# Reported speech puts the news in the past perfect too: "China confirmed that Li had met Zelensky".
REPORTED = re.compile(
    r"\b(?:said|says|say|confirmed|announced|reported|stated|told|noted|added|according|statement|tweet)\b",
    re.IGNORECASE,
)


def is_background(sentence: str) -> bool:
    """Whether a sentence tells its meeting as the past of the article's news.

    >>> is_background("Their previous encounter was in Vienna in May.")
    True
    >>> is_background("Newsom had met with President Xi during a trip to China.")
    True
    >>> is_background("Biden met Xi on Wednesday at the Filoli estate.")
    False
    >>> is_background("China confirmed on Thursday that its envoy had met with Zelensky.")
    False
    """
    if BACKGROUND.search(sentence):
        return True
    perfect = PAST_PERFECT.search(sentence)
    return perfect is not None and not REPORTED.search(sentence, 0, perfect.start())
