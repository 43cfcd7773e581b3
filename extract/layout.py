"""Page layout: tell an article's body from its captions and page noise.

News pages saved as text carry more than the article: section labels, bylines,
"You may also like" lists, related headlines, copyright lines and repeated photo
captions. :func:`prepare` blanks the noise with spaces, so every character offset
into the prepared text is an offset into the original, and marks caption lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extract.places import a_dateline_alone

# The nouns a page labels its list of other pages with: "Related stories", "Related press releases"
LISTED_PAGES = r"( articles| stories| news| press releases| releases| posts| links| content| videos)"
# A line that ends the article: what follows is a list of other stories.
END_MARKERS = re.compile(
    r"^\s*(you may also like|explore|related" + LISTED_PAGES + r"?|read more|more from|more stories|"
    r"most read|most popular|trending|recommended for you|also read|latest news|top stories)\b\W*$",
    re.IGNORECASE,
)
# A line that is page furniture and never part of a sentence of the article.
FURNITURE = re.compile(
    r"^\s*(©|copyright\b|source:|written by\b|in this article:|advertisement\b|share this\b|"
    r"sign up\b|subscribe\b|follow us\b|recommended\b|connect with us\b|hi, what are you looking for"
    # a linked headline of another story set inside the article: "Also Read | Jaishankar to visit ..."
    r"|(?:also read|read also|read more|see also|related|must read)\s*[|:–—]\s*\S"
    # a line of linked headlines under "More": "More: Scholz tours a plant | Macron's first visit"
    r"|more\s*[|:]\s*\S"
    # the tags or topics a page files the story under, a list of names and words and no sentence:
    # "Tags: Ruto, Museveni, Kenya-Uganda", "Tags / Kata Kunci: ...", "Topics: ..."
    r"|(?:tags|keywords|topics)\s*(?:/[^:\n]{1,30})?:\s*\S)",
    re.IGNORECASE,
)
DATE_LINE = re.compile(r"^\s*date \d{4}-\d{2}-\d{2}\b")
CAPTION = re.compile(
    r"\((?:photo|photographer|file photo|reuters|ap|afp|pti|ani|ians|getty|xinhua|tass)\b[^)]*\)\s*$"
    r"|/\s*photo:|\|\s*(?:pti|ani|ap|reuters|afp|photo)\b|\bcopyright\b.*\b(?:handout|afp|reuters|ap)\b"
    r"|\((?:L|R|C|left|right|centre|center)\)|, (?:left|right|centre|center),",
    re.IGNORECASE,
)
# The words that open a photo's caption: "PHOTO: A receives B", "Pictured: A and B".
CAPTION_OPENINGS = ("photo:", "photo caption:", "pictured:", "caption:")


def a_caption_line(line: str) -> bool:
    """Whether a line of the page is a photo's caption: opened by its label ("PHOTO: A receives
    B in Abu Dhabi") or marked as one by a credit or by who stands where ("A (L) and B")."""
    return line.lstrip().lower().startswith(CAPTION_OPENINGS) or bool(CAPTION.search(line))


# A formula of blessing after a sovereign's name, as the official agencies of Morocco and the
# Gulf write it: "King X, may God assist him, received ...", "the Amir (may Allah protect him)
# met ...". Parsed, it is a clause of its own ("God" its subject, "assist" the root) that cuts
# the king from his verb and his companions; blanked with the commas or brackets around it, the
# sentence reads "King X accompanied by ..., received ...". Only a wish that ends on the person
# ("him", "his soul") is a formula: "may God bless America" is left alone.
BLESSING = re.compile(
    r"(?:,|\()\s*may (?:god|allah)(?:\s+[\w-]+){1,4}?\s+(?:him|her|them|(?:his|her|their) soul)\b"
    r"(?:\s*[,)]|(?=\s*[.;:]))",
    re.IGNORECASE,
)
# The markers that may head a box of linked headlines set inside the article, not only the list of
# other stories at its end: "ALSO READ:", "RELATED", "READ MORE", "See also".
BOX_MARKERS = re.compile(
    r"^\s*(also read|read also|see also|related" + LISTED_PAGES + r"?|read more)\b", re.I
)
# A line of a list: "- Steenhuisen corrects ...", "• ...", ">> King hosts ..."
LISTED = re.compile(r"^\s*(?:[-–—•*»]|>>)\s*\S")
CREDIT = re.compile(r"\s*[-–—|/(]")
SENTENCE_END = re.compile(r"[.!?\"”’')]\s*$")


@dataclass(frozen=True)
class Line:
    """A line of the article with its offsets and what it is."""

    start: int
    end: int
    kind: str  # "body", "caption" or "noise"


@lru_cache(maxsize=2)  # an article is read for its title, then for its text: one pass, not two
def prepare(text: str) -> tuple[str, list[Line]]:
    """Blank the noise in ``text`` (same length, same offsets) and classify its lines (the same
    list for the same text: read it, never change it).

    >>> masked, lines = prepare("Leaders meet in Moscow\\nB met C.\\nYou may also like\\nOther story")
    >>> [line.kind for line in lines]
    ['body', 'body', 'noise', 'noise']
    >>> len(masked) == len("Leaders meet in Moscow\\nB met C.\\nYou may also like\\nOther story")
    True
    """
    chars = list(text)
    lines: list[Line] = []
    seen: list[str] = []
    ended = False
    boxed: list[str] = []  # the lines after an end marker
    marker = ""  # that marker
    offset = 0
    for raw in text.splitlines(keepends=True):
        start, end = offset, offset + len(raw.rstrip("\r\n"))
        offset += len(raw)
        content = text[start:end].strip()
        kind = "body"
        if ended and _resumes(content, boxed, marker):
            ended = False  # the marker headed a box of one linked headline inside the article
        elif ended and content:
            boxed.append(content)
        if ended or not content or END_MARKERS.match(content) or FURNITURE.match(content):
            if not ended and END_MARKERS.match(content):
                ended, boxed, marker = True, [], content
            kind = "noise"
        elif any(
            content == s or (len(s) > 40 and CREDIT.match(content, len(s)) and content.startswith(s))
            for s in seen
        ):
            kind = "noise"  # a repeated caption or headline, perhaps with a credit added
        elif len(content.split()) <= 3 and not SENTENCE_END.search(content) and not a_dateline_alone(content):
            kind = "noise"  # a section label, a byline, "2 MIN READ"; not a dateline, "ANKARA"
        elif CAPTION.search(content):
            kind = "caption"
        if kind == "noise":
            chars[start:end] = " " * (end - start)
        else:
            seen.append(content)
            for blessing in BLESSING.finditer(text, start, end):
                chars[blessing.start() : blessing.end()] = " " * (blessing.end() - blessing.start())
            date_line = DATE_LINE.match(text, start)
            if date_line:
                chars[start : date_line.end()] = " " * (date_line.end() - start)
        lines.append(Line(start, end, kind))
    return "".join(chars), lines


def _resumes(content: str, boxed: list[str], marker: str = "") -> bool:
    """Whether a line takes the article up again after an end marker: "RELATED:" or "READ MORE"
    over one linked headline, then a paragraph of the article; or "ALSO READ:" over a short list
    of headlines, each a line of a list ("- ...", ">> ..."), perhaps closed by the short title of
    the article's next section ("Months of tension"), then a paragraph. A list of other stories
    at the end of a page has more than one headline and no paragraph of the article after it."""
    paragraph = len(content.split()) >= 12 and bool(SENTENCE_END.search(content))
    if not paragraph:
        return False
    if len(boxed) <= 1 and not any(SENTENCE_END.search(b) for b in boxed):
        return True
    items = boxed[:-1] if boxed and _a_section_title(boxed[-1]) else boxed
    return (
        bool(BOX_MARKERS.match(marker))
        and 2 <= len(items) <= 5
        and all(LISTED.match(b) and not SENTENCE_END.search(b) for b in items)
    )


def _a_section_title(line: str) -> bool:
    """A short title over a section of the article: a few words, no list mark, no sentence."""
    return len(line.split()) <= 6 and not LISTED.match(line) and not SENTENCE_END.search(line)
