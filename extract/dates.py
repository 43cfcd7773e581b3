"""Dates: an article's publication date, and date phrases resolved against it.

Two public functions do the work: ``find_publication_date`` reads an article's header, and
``resolve`` turns a date phrase ("Monday", "last week", "June 28, 2019") into a ``DateSpan``.
A day told relative to another day of the text ("the same day", "the next day") is left to
``relative_day``, given that day (:mod:`extract.timing` finds it).

Relative phrases and dates without a year are resolved only against a publication date, and
never to a start after it: with no publication date they stay unresolved (None). Neither our
code nor ``dateparser`` ever reads the machine's clock (``RELATIVE_BASE`` is always passed).
Explicit dates ("June 28, 2019", "2022-11-08") resolve on their own.

Not supported, so None: future phrases ("next week", and any relative phrase whose clause says
"will", "scheduled", ...), vague spans ("a year ago", "recent years", "the past week"), and
times of day finer than a day.
"""

from __future__ import annotations

import functools
import re
from calendar import monthrange
from collections.abc import Iterator
from datetime import date, datetime, timedelta

from dateparser.date import DateDataParser

from extract.records import DatePrecision, DateSource, DateSpan

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
MONTHS = {name: i for i, name in enumerate(MONTH_NAMES, start=1)}
MONTHS |= {name[:3]: i for name, i in list(MONTHS.items())} | {"sept": 9}

_Span = tuple[date, date, DatePrecision]

_WD = "|".join(WEEKDAYS)
_WD_SHORT = "mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun"
_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
_YEAR = r"(?:1[89]|20)\d\d"

# Matched against the whole cleaned phrase (lower case, no punctuation, fillers dropped). A
# weekday's "next", "this" or "last" before its day and month adds nothing: "next Sunday, July 23"
_ITS_WD = rf"(?:(?:next|this|last|coming) )?(?P<wd>{_WD}) "
_MONTH_DAY = re.compile(rf"(?:{_ITS_WD})?(?P<month>{_MON}) (?P<day>\d{{1,2}})(?: (?P<year>{_YEAR}))?")
_DAY_MONTH = re.compile(rf"(?:{_ITS_WD})?(?P<day>\d{{1,2}}) (?P<month>{_MON})(?: (?P<year>{_YEAR}))?")
_MONTH = re.compile(rf"(?:(?P<rel>this|last) )?(?P<month>{_MON})(?: (?P<year>{_YEAR}))?")
_YEAR_ONLY = re.compile(rf"\b(?P<year>{_YEAR})\b")
_MONTH_OF_YEAR = re.compile(rf"(?P<month>{_MON}) (?P<rel>last|this|next) year")
_DAY_OF_YEAR = re.compile(r"(?P<day>.+) (?P<rel>last|this|next) year")  # "Sept. 10 last year"
_TO = r"(?: ?[-–] ?| (?:to|through|until|till|and) )"
_MONTH_DAYS = re.compile(
    rf"(?:from |between )?(?:(?P<month>{_MON}) (?P<first>\d{{1,2}}){_TO}(?P<last>\d{{1,2}})"
    rf"|(?P<first2>\d{{1,2}}){_TO}(?P<last2>\d{{1,2}}) (?P<month2>{_MON}))(?: (?P<year>{_YEAR}))?"
)
# Days running from one month into the next: "October 30 to November 1, 2022", "from 30 June to 2
# July", "Oct 30-Nov 1", "between December 30 and January 2".
# Matched against the cleaned phrase, whose dash between a day and a month is a space ("oct 30 nov 1").
_ACROSS_MONTHS = re.compile(
    rf"(?P<between>from |between )?(?:(?P<m1>{_MON}) (?P<d1>\d{{1,2}})|(?P<d1b>\d{{1,2}}) (?P<m1b>{_MON}))"
    rf"(?: (?P<y1>{_YEAR}))?(?P<to>{_TO}| )"
    rf"(?:(?P<m2>{_MON}) (?P<d2>\d{{1,2}})|(?P<d2b>\d{{1,2}}) (?P<m2b>{_MON}))(?: (?P<year>{_YEAR}))?"
)
# the most days such a run may hold: a visit, a summit, a tour; more is two dates, not a run
_ACROSS_MONTHS_DAYS = 31
# A day and its month as written, found in the text where the tagger left it untagged ("Aug 4",
# "4 Aug", "Oct 7-8", "4th August", "Nov 4 to 7", "Aug 4, 2025"): the month capitalised, full
# or abbreviated, the day a number of the month standing alone (not "Aug 4,000", "Aug 4.5").
_CAPITAL_MON = "|".join(sorted({name.capitalize() for name in MONTHS}, key=len, reverse=True))
_WRITTEN_DAY = r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
WRITTEN_DATE = re.compile(
    rf"\b(?:(?:{_CAPITAL_MON})\.? {_WRITTEN_DAY}(?:{_TO}{_WRITTEN_DAY})?(?:,? {_YEAR})?"
    rf"|{_WRITTEN_DAY}(?:{_TO}{_WRITTEN_DAY})? (?:{_CAPITAL_MON})\b\.?(?:,? {_YEAR})?)(?![\w]|[.,]\d)"
)


def written_dates(text: str) -> Iterator[tuple[int, int]]:
    """Where ``WRITTEN_DATE`` finds a day and its month in a text, as character offsets; not on a
    line stamped "Published", "Updated" or "Posted", whose date is the page's, not a meeting's."""
    for match in WRITTEN_DATE.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        if not _STAMP_WORDS.search(text[line_start : line_end if line_end >= 0 else len(text)]):
            yield match.start(), match.end()


# "last night", "late last night", "last evening" in running text, which the tagger at times leaves
# untagged ("arrived in Lusaka last night and was received by ..."); not "the last night of the visit"
_LAST_NIGHT = re.compile(
    r"(?<!\bthe )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bits )(?<!\bour )"
    r"\b(?:late )?last (?:night|evening)\b",
    re.IGNORECASE,
)


def nights_before(text: str) -> Iterator[tuple[int, int]]:
    """Where ``_LAST_NIGHT`` finds the night before publication told in a text, as character
    offsets.

    >>> list(nights_before("He arrived last night; the last night of the visit was calm."))
    [(11, 21)]
    """
    for match in _LAST_NIGHT.finditer(text):
        yield match.start(), match.end()


# a day of the week told with "on" ("on Thursday", "Later on Thursday"), a date wherever it stands,
# which the tagger at times leaves untagged at the head of a sentence
_ON_A_WEEKDAY = re.compile(r"\b[Oo]n (?P<day>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b(?!')")


def weekdays_told_on(text: str) -> Iterator[tuple[int, int]]:
    """Where ``_ON_A_WEEKDAY`` finds a day of the week after "on" in a text, as character offsets
    of the day's name.

    >>> list(weekdays_told_on("Later on Thursday he flies to Riga; Friday's talks"))
    [(9, 17)]
    """
    for match in _ON_A_WEEKDAY.finditer(text):
        yield match.start("day"), match.end("day")


# a time told relative to the day the story told last, which the tagger at times leaves untagged
# where no comma follows it ("Earlier in the day Guterres held talks with ...", "Later that day the
# president flew on"); not "later in the day's talks" nor "the day's" of anything else
_IN_THE_DAYS_ORDER = re.compile(r"\b(?:[Ee]arlier|[Ll]ater) (?:in the|that) day\b(?!')")


def days_told_in_order(text: str) -> Iterator[tuple[int, int]]:
    """Where ``_IN_THE_DAYS_ORDER`` finds "earlier in the day" or "later that day" in a text, as
    character offsets of the whole phrase.

    >>> list(days_told_in_order("Earlier in the day he met Ruto; later that day's talks"))
    [(0, 18)]
    """
    for match in _IN_THE_DAYS_ORDER.finditer(text):
        yield match.start(), match.end()


_THIS_OR_LAST = re.compile(r"(?P<rel>this|last|previous) (?P<unit>week|month|year)")
# the part of the current week or month before or after publication: "earlier this week",
# "later this month", "earlier in the week"
_BEFORE_OR_AFTER_NOW = re.compile(r"(?P<side>earlier|later) (?:this|in the) (?P<unit>week|month)")
_WEEKDAY_WORDS = {*WEEKDAYS, "and", "or", "to", "through", "this", "last", "past"}
# the words that open or join a range of weekdays: "from Thursday to Saturday", "Monday until
# Wednesday", "between Monday and Wednesday"; read only with two weekdays ("until Sunday" alone
# is the end of something, no day of it)
_WEEKDAY_RANGE_WORDS = {"from", "between", "until", "till"}
_DAY_OF_WEEK = re.compile(
    rf"(?P<days>(?:{_WD})(?: (?:and|to|through) (?:{_WD}))*) (?P<rel>this|last|previous) week"
)
# "the weekend" alone too, as the tagger cuts it from "over the weekend" and British papers write
# "at the weekend": the weekend of the news, as "over the weekend" is
_WEEKEND = re.compile(r"(?:(?:last|past|this past|this|over) )?weekend")
DAY_ALONE = re.compile(r"(?:on )?the (?P<day>\d{1,2})(?:st|nd|rd|th)")
# a day told with the month it falls in counted from publication ("on the 6th of this month",
# "the 30th of last month", "the 2nd of next month"), matched against the cleaned phrase
_DAY_OF_A_NEARBY_MONTH = re.compile(
    r"(?:on )?the (?P<day>\d{1,2})(?:st|nd|rd|th)? of (?P<rel>this|last|next|the previous|the current) month"
)
# a weekday told with its day of the month, the month left unsaid ("Thursday, 23rd", "this
# Sunday the 26th", "Friday 20"), matched against the cleaned phrase; not "Friday at 10"
_WEEKDAY_AND_DAY = re.compile(
    rf"(?:on )?(?:(?:this|last|past|next) )?(?P<wd>{_WD}) (?:the )?(?P<day>\d{{1,2}})"
)
# Matched against the lightly cleaned phrase, before fillers are dropped.
# the day of publication, also its parts: "early this morning", "late this evening"
_SAME_DAY = re.compile(
    r"(?:earlier |later |early |late )?(?:today|tonight|in the day|this (?:morning|afternoon|evening))"
)
# the day before publication: "yesterday", "late yesterday", "yesterday evening", and "last night" /
# "last evening", as news tells the night before the day it is published ("arrived last night")
_YESTERDAY = re.compile(
    r"(?:(?:early|late) )?(?:yesterday(?: (?:morning|afternoon|evening|night))?|last (?:night|evening))"
)
_FILLERS = re.compile(
    r"\b(?:on|in|at|during|of|the|a|an|early|earlier|mid|middle|late|later|end|beginning|start"
    r"|around|about|morning|afternoon|evening|night)\b"
)
# a time of day: "17:30", "5 pm", and with a point as British and Commonwealth papers write it,
# "5.30 pm" (only with its "am" or "pm": "5.30" alone is a number)
_TIME = re.compile(
    r"\b\d{1,2}:\d{2}(?::\d{2})?(?: ?(?:am|pm|a m|p m)\b)?|\b\d{1,2}(?:\.\d{2})? ?(?:am|pm|a m|p m)\b"
    r"|\b(?:noon|midday|midnight|local time|utc|gmt(?: ?\d{1,2})?)\b"
)
_DAYS_AGO = re.compile(r"\bdays? ago\b")
_FUTURE = re.compile(
    r"\b(?:will|would|shall|next|upcoming|scheduled|set to|due to|expected to|plans? to|to be held)\b"
)

# Header forms of a publication date.
_DATE_LINE = re.compile(r"^\s*date:?\s+(\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)
# "Published on: ...", "Posted On: 11 AUG 2025 6:05PM by PIB Delhi", and the footers "This story
# was published on Aug. 8, 2025." (what follows "by" names the desk, not the date) and
# "Publication date: December 6, 2023, 15:30", as a presidency's site closes its readouts.
_PUBLISHED = re.compile(
    # what a page calls itself: "This story was published on", "This content was published on"
    r"^(?:(?:this|the)\s+(?:story|article|report|piece|content|page|post|item|entry|text|feature|video)"
    r"\s+was\s+(?:first\s+|originally\s+)?)?"
    # "Issued on: 06/05/2024 - 21:14", as broadcasters' sites stamp a story
    # "First Published: 25 Jul 2025, 08:42 PM IST", as Indian dailies close a story
    r"(?:(?:first|originally)\s+(?=published))?"
    r"(?:published|posted|issued(?=\s+on\b)|publication\s+date|date\s+of\s+publication)(?:\s+on)?\s*:?\s*"
    r"(?P<rest>[^|]+?)(?:\s+by\s+[^|]*)?(?=\||$)",
    re.IGNORECASE,
)
# A stamp of fields between bars, spaced or not, or between middle dots: "Source: Xinhua |
# 2023-11-16 10:05:12 | Editor: Zhang Long", "Source: Xinhua| 2024-10-23 23:12:40|Editor: huaxia",
# "Ann Lee · CBC News · Posted: Feb 16, 2023 5:33 PM EST".
_STAMP_FIELDS = re.compile(r"\s*\|\s*|\s+[·•]\s+")
_NUMERIC_AT_END = re.compile(
    r"(?:^|[\s|])(?:(?P<d>\d{1,2})(?P<sep>[-.])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})|(?P<iso>\d{4}-\d{2}-\d{2}))$"
)
# the small words inside a place's name: "Santa Cruz de la Sierra", "Rio de Janeiro", "Port of Spain"
_PLACE_LINKS = r"(?:de|la|las|los|da|do|dos|das|del|di|el|al|of|the)"
# An agency's name bare after a dateline's date, neither in brackets nor after a comma, then its
# dash: "JAKARTA, June 6, 2022 AAP -", "Phnom Penh, April 17, 2025 AKP --", "TOKYO, Aug. 26 Kyodo -".
_AGENCY_BARE = r"[ \t]+[A-Z][A-Za-z]{1,15}[ \t]+(?:--?|[–—])[ \t]"
# A wire dateline without its year: "TEHRAN, Aug. 20 (MNA) -", a country in brackets after the
# town, "Kazan [Russia], October 22 :", or in parentheses, as EFE writes it, "Santa Cruz de la
# Sierra (Bolivia), Jul 9 (EFE).-".
_DATELINE = re.compile(
    rf"^[A-Z][\w'./-]*(?:\s+(?:{_PLACE_LINKS}\s+)*[A-Z][\w'./-]*){{0,3}}"
    r"(?:\s*\[[^\]]*\]|\s+/[A-Z][^/\n]{1,30}/|\s*\([A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}\))?,\s*"
    rf"(?:[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){{0,2}},\s*(?=(?i:{_MON})))?"  # "BIARRITZ, France, Aug 25"
    rf"(?:(?P<month>(?i:{_MON}))\.?\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+(?P<month2>(?i:{_MON}))\.?)"
    rf"\b(?:\s*[.:(/—–-]|,\s*[A-Z]{{3,}}\b|{_AGENCY_BARE})"
)  # "Tehran, 20 August (IRNA) -" too; the agency after a comma: "YEREVAN, MAY 5, ARMENPRESS."; TASS's
# region between slashes after the place: "TSIOLKOVSKY /Amur Region/, September 13. /TASS/."
# A wire dateline that carries its year: "RIYADH, Jan 30, 2024 (KUNA) --", "PORT MORESBY, 17
# September 2025 (RNZ Pacific) -", "Dili, 3rd May, 2024 (ANTARA) --", "BAGHDAD (AA) - 22.04.2024 -":
# a place (capitalised words, "and the" between them), maybe its country or an agency, then the date
# ("Rabat, 02/02/2023 (MAP) -": numbers read day first unless only the other order is a date;
# "Nairobi, March 4/2024 (KNA) -": a bar between day and year; "APA-Niamey (Niger) August 20,
# 2023 -": an agency's name joined to the place, the date right after the country; the place's
# country and the agency each in brackets: "United Nations (United States) (AFP) - Sept 24, 2024").
_PLACE_WORDS = r"[A-Z][\w'.’/-]*(?:\s+(?:[A-Z][\w'.’/-]*|and|the|of|de|da|do|del|al|el)){0,5}"
# A day of the Hijri calendar that a dateline gives before the Gregorian one, as the Saudi and
# Gulf agencies date their wires: "Jeddah, Dhu al-Hijjah 16, 1443, July 15, 2022, SPA --",
# "Abu Dhabi, 12 Ramadan 1445 AH, 22 March 2024 (WAM) --": a month's name of up to three words
# and a day, then a year of the 1300s or 1400s (no Gregorian year of the news).
HIJRI_DATE = (
    r"(?:[A-Z][\w'’-]*(?:[ -][A-Za-z'’-]+){0,2}\s+\d{1,2}|\d{1,2}\s+[A-Z][\w'’-]*(?:[ -][A-Za-z'’-]+){0,2})"
    r",?\s+1[34]\d\d(?:\s*A\.?H\b\.?)?"
)
_DATED_DATELINE = re.compile(
    rf"{_PLACE_WORDS}(?:\s*,\s*{_PLACE_WORDS})?(?:\s*\[[^\]\n]{{1,25}}\])?(?:\s*\([^)\n]{{1,25}}\)){{0,2}}"
    r"(?:\.\s+[A-Z][A-Z-]{1,20}\s)?"  # "ASTANA. KAZINFORM - June 17, 2025."
    r"(?:\s*(?:[,.:]|--?|[–—])\s*|(?<=\))\s+)"  # "APA-Niamey (Niger) August 20, 2023 -": none after ")"
    rf"(?:(?i:{_WD}|{_WD_SHORT})\.?,?\s+)?"  # "Lima (AFP) - Sun, November 17, 2024"
    rf"(?:{HIJRI_DATE}\s*,?\s+)?(?:"  # "Riyadh, Rajab 5, 1445, January 17, 2024, SPA --"
    rf"(?P<month>(?i:{_MON}))\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+|/)(?P<year>{_YEAR})"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>(?i:{_MON}))\.?,?\s+(?P<year2>{_YEAR})"
    rf"|(?P<d>\d{{1,2}})(?P<sep>[./-])(?P<m>\d{{1,2}})(?P=sep)(?P<y>{_YEAR})"
    rf")(?=\s*(?:[(,:/–—-]|\.(?:\s|$)|$)|{_AGENCY_BARE})"
)
# A dateline that gives its full date first and the place it was filed from after it, in
# brackets, then a dash, as some outlets open their stories: "September 7, 2023 (PORT SUDAN) -",
# "7 September 2023 (Khartoum) –".
_DATE_THEN_PLACE = re.compile(
    rf"(?:(?P<month>(?i:{_MON}))\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>{_YEAR})"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>(?i:{_MON}))\.?,?\s+(?P<year2>{_YEAR}))"
    r"\s*\([A-Z][\w'.’-]*(?:[ -][A-Z][\w'.’-]*){0,3}\)\s*(?:--?|[–—:])(?:\s|$)"
)
# An agency's stamp in a date-time group, day, hour and minute then month and year, at the end of
# a line: "KUNA 161422 Jun 24" (16 June 2024, 14:22); and one counted in years of the Juche era,
# which starts in 1912: "www.kcna.kp (Juche113.9.14.)" (14 September 2024).
_DATE_TIME_GROUP = re.compile(
    rf"(?:^|\s)(?P<d>\d{{2}})[0-2]\d[0-5]\d\s+(?P<month>(?i:{_MON}))\.?\s+(?P<y>\d{{2}})\s*$"
)
_JUCHE = re.compile(r"\bJuche\s?(?P<y>\d{2,3})\.(?P<m>\d{1,2})\.(?P<d>\d{1,2})\b")
# "Publicado: 17 de abril de 2024", "Publié le 3 mars 2024", "Veröffentlicht am 5. Mai 2024": a
# page's own stamp in the language of its outlet, whose date dateparser reads in that language
_PUBLISHED_ABROAD = re.compile(
    r"^(?:publicado|publicada|publié|publiée|veröffentlicht|pubblicato|publicat)\b(?:\s+(?:el|em|le|am|il))?"
    r"\s*:?\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
_ABROAD = ["es", "pt", "fr", "de", "it", "ro"]
# A header line that is a date in the outlet's language, maybe after its weekday and before its
# time and edition: "13 maggio 2023 18:02 - ENGLISH", "sábado, 3 de mayo de 2024", "5. Mai 2024"
_DATE_ABROAD = re.compile(
    rf"^(?:[^\W\d_]+,?\s+)?(?P<date>\d{{1,2}}\.?\s+(?:de\s+)?[^\W\d_]{{3,}}\.?,?\s+(?:de\s+)?{_YEAR})\b"
)
# A byline's author before its date: "By Ruth Abbey Gita-Carlos  February 29, 2024, 2:55 pm", also
# after a colon and as an outlet's desk or wire service: "By: Inquirer.net wires  January 5, 2023".
_NAME_WORD = rf"(?!(?i:{_MON}|{_WD})\b)[A-Z][\w.'’-]*"
_DESK_WORD = r"(?:wires?|staff|desk|team|reporters?|correspondents?|writers?)"
# and the section it is filed in: "By Ana Cruz in International on 10 May 2024".
_AUTHOR_BEFORE = re.compile(
    rf"^[Bb]y:?\s+{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|and|de|da|van|von|bin|{_DESK_WORD})){{0,5}}"
    rf"(?:\s+in\s+{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|&)){{0,3}}\s+on)?[\s,|–—-]+"
)
_STAMP_WORDS = re.compile(r"\b(?:last\s+)?(?:updated|published|posted)\b:?", re.IGNORECASE)
# What follows the publication date on a byline: "December 11, 2024 9:47 PM GMT+3 Updated 2 hours ago",
# "11.07.2023 - Update : 11.07.2023", "Issued on: 13/07/2023 - 16:20 Modified: 13/07/2023 - 18:45".
_UPDATED_AFTER = re.compile(
    r"(?<=\S)\s+(?:[-–|]\s*)?(?:last\s+)?(?:update[ds]?|modified)\b.*$", re.IGNORECASE
)
# A section's name before a stamp's time of day: "All News 21:05 August 23, 2025".
_SECTION_BEFORE_TIME = re.compile(r"^[A-Za-z][A-Za-z&' ]{0,30}?\s+(?=\d{1,2}:\d{2}\b)")
# An outlet's or a desk's name in capitalised words before a stamp's full date and its time of
# day: "Vatican News  14 June 2024, 20:45", "Daily Mirror March 3, 2024 10:15 AM" (a headline
# ending in a date has no time after it).
_NAME_BEFORE_STAMP = re.compile(
    rf"^(?!(?i:{_MON}|{_WD})\b)[A-Z][\w&'.’-]*(?:\s+(?!(?i:{_MON}|{_WD})\b)[A-Z][\w&'.’-]*){{0,3}},?\s+"
    rf"(?=(?:\d{{1,2}}\s+(?i:{_MON})|(?i:{_MON})\.?\s+\d{{1,2}})\b[^:]*?{_YEAR},?\s+\d{{1,2}}[:.]\d{{2}}\b"
    r"(?:\s*(?:[AaPp]\.?[Mm]\.?))?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?\s*$)"
)
# A place in capitals before a stamp's full date, with no stop between them, as some outlets
# print their dateline over the story: "ABU DHABI February 13, 2024 22:10 IST".
_CAPITALS_BEFORE = re.compile(
    rf"^(?!(?:{_MON.upper()}|{_WD.upper()})\b)[A-Z][A-Z'.-]+"
    rf"(?:\s+(?!(?:{_MON.upper()}|{_WD.upper()})\b)[A-Z][A-Z'.-]+){{0,3}},?\s+(?=(?i:{_MON})\b)"
)
# A place in capitalised words and a dash before a stamp's full date, the way some outlets print
# where a story was filed beside its date: "Beijing - APR 11, 2025 - 13:20 CEST", "Buenos Aires –
# 3 March 2024". Taken off only where the line gives a year.
_PLACE_AND_DASH_BEFORE = re.compile(
    rf"^(?!(?i:{_MON}|{_WD})\b)[A-Z][\w'’.]*(?:\s+(?:(?:de|da|do|del|la|el|al)\s+)?(?!(?i:{_MON}|{_WD})\b)"
    rf"[A-Z][\w'’.]*){{0,3}}\s+[-–—]\s+"
    rf"(?=(?:(?i:{_WD}),?\s+)?(?:\d{{1,2}}\s+)?(?i:{_MON})\b)"
)
# The place after a stamp's full date and time of day, as a presidency's site heads its readouts
# with where they were held: "December 6, 2023, 15:30, Abu Dhabi", "January 21, 2025, 17:10,
# Novo-Ogaryovo, Moscow Region".
_PLACE_AFTER_TIME = re.compile(
    rf"(?<={_YEAR},\s)(?P<time>\d{{1,2}}[:.]\d{{2}}),\s+[A-Z][\w'’.-]*"
    r"(?:(?:\s+|,\s+)(?:[A-Z][\w'’.-]*|of|de|al|el|the))*\s*$"
)
_HEAD_LINES, _HEAD_CHARS, _TAIL_LINES, _SHORT_LINE = 15, 1500, 5, 60
# An outlet's name in brackets before a stamp: "(MENAFN) Published: 05/09/2024".
# An outlet's name before "Published": "(ANI) Published ...", "Agência Brasil — Published ...".
_OUTLET_BEFORE = re.compile(
    r"^(?:\([^()\n]{1,40}\)|[A-Z][^\n|—–-]{0,40}?\s[—–-])\s*(?=(?:published|posted|updated)\b)", re.IGNORECASE
)
# A time of day written with an "h" for its colon, as outlets that write in French, Portuguese or
# Spanish stamp a story ("Published 02/08/2024 18h30", "Publicado em 14/03/2025 9h05"): the same
# as "18:30".
_TIME_WITH_AN_H = re.compile(r"(?<![\w.:/])(\d{1,2})h(\d{2})\b")
# A date in numbers between slashes or dots, with a time of day and its zone after it at most.
_SLASHED = re.compile(
    r"^(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)\b"
    r"(?P<rest>[\s\d:.,APMapm–—-]*(?:\s*[A-Z]{1,4})?)$"
)
_AMERICAN_ZONE = re.compile(r"\b(?:[ECMP][SD]?T|AK[SD]T|H[SD]T)\b")
# An agency's sign-off with the desk's initials and the year, closing a wire story whose
# dateline gives no year: "-- CMC/ah/2025", "CMC/jn/ir/2019"; or the agency's copyright line
# that closes it, the year with the agency's name before or after it: "(c) dpa 2024", "© 2023 AFP".
_SIGN_OFF_YEAR = re.compile(
    r"^(?:[-–—\s]*[A-Z]{2,}(?:/[A-Za-z]{1,4})+/(?P<year>(?:19|20)\d\d)"
    r"|(?:\(c\)|©|copyright)\s*(?:[A-Za-z][\w&-]*\s+){0,2}(?P<owned>(?:19|20)\d\d)(?:\s+[A-Za-z][\w&-]*){0,3})\s*$",
    re.IGNORECASE,
)


def find_publication_date(text: str, *, year: int | None = None) -> tuple[date | None, DateSource]:
    """Find an article's publication date in its header (or a final byline) and say where.

    Looks at the first 15 lines (at most 1500 characters) and the last 5 non-empty lines. In
    order of trust: a ``date YYYY-MM-DD`` line ("date-line"); a byline, i.e. a short line that
    is only a full date, a ``Published on: ...`` line, or a line ending in ``DD-MM-YYYY`` (or ``DD.MM.YYYY``)
    ("byline"); a wire dateline that gives its year, ``RIYADH, Jan 30, 2024 (KUNA) --``
    ("dateline"); one such as ``MOSCOW, Nov 8 (Reuters) -``, which has no year and so is used
    only when ``year`` is given or an agency's sign-off closing the story gives it (``--
    CMC/ah/2025``): a year the page does not write is not guessed, not even from the weekday its
    lead tells and the years its officials held office, and the article stays undated. Dates
    inside body sentences and copyright lines are never taken.

    >>> find_publication_date(" date 2024-11-19 The Chinese and Russian foreign ministers met.")
    (datetime.date(2024, 11, 19), 'date-line')
    >>> find_publication_date("Chinese, Russian FMs meet\\nDepartment of Research 20-11-2024\\nThe top ...")
    (datetime.date(2024, 11, 20), 'byline')
    >>> find_publication_date("MOSCOW, December 30. /TASS/. Talks were held.", year=2023)
    (datetime.date(2023, 12, 30), 'dateline')
    >>> find_publication_date("Putin met Xi.\\n\\n©2021 Bloomberg L.P.")
    (None, 'none')
    """
    head = text[:_HEAD_CHARS].splitlines()[:_HEAD_LINES]
    for line in head:
        if match := _DATE_LINE.match(line):
            found = parse_iso_or_none(match.group(1))
            if found is not None:
                return found, "date-line"
    lines = text.splitlines()
    tail = [line for line in lines[len(head) :] if line.strip()][-_TAIL_LINES:]
    for line in head + tail:
        if (found := _byline_date(line.strip())) is not None:
            found = _in_the_datelines_order(found, head)
            if _both_orders(line, found):
                found = _in_the_bodys_order(found, text)
            return found, "byline"
    for line in head:
        if (found := _dated_dateline(line.strip())) is not None:
            return found, "dateline"
    if year is None:
        last = [line for line in lines if line.strip()][-_TAIL_LINES:]
        year = next(
            (int(m["year"] or m["owned"]) for line in last if (m := _SIGN_OFF_YEAR.match(line.strip()))), None
        )
    if year is not None:
        for line in head:
            if told := wire_dateline_day(line.strip()):
                found = valid_date(year, told[0], told[1])
                if found is not None:
                    return found, "dateline"
    return None, "none"


def dateline_day(text: str) -> tuple[int, int] | None:
    """The month and day of an article's wire dateline that gives no year, if it has one
    ("TEHRAN, Aug. 20 (MNA) -": August 20): in an article with no publication date, the day its
    "today" and "yesterday" count from, in a year untold.

    >>> dateline_day("TEHRAN, Aug. 20 (MNA) - Talks were held today."), dateline_day("Talks.") is None
    ((8, 20), True)
    """
    for line in text[:_HEAD_CHARS].splitlines()[:_HEAD_LINES]:
        if told := wire_dateline_day(line.strip()):
            return told[0], told[1]
    return None


def day_of_the_news(text: str, published: date | None) -> date | None:
    """The day an article's news is told from: the day of its wire dateline without a year where
    that falls one or two days before the publication date, else the publication date. Agency copy
    filed one day comes out on a page of the next (the morning paper, a site in another time
    zone), and its "today", "yesterday" and weekdays count from the day the dateline gives.

    >>> day_of_the_news("HANOI, May 6 (VNA) - Talks were held today.", date(2025, 5, 7))
    datetime.date(2025, 5, 6)
    >>> day_of_the_news("HANOI, May 7 (VNA) - Talks.", date(2025, 5, 7)), day_of_the_news("Talks.", None)
    (datetime.date(2025, 5, 7), None)
    """
    if published is None or (told := dateline_day(text)) is None:
        return published
    for year in (published.year, published.year - 1):  # "Dec 31" on a page of January 1
        day = valid_date(year, *told)
        if day is not None and 1 <= (published - day).days <= NEWS_DAYS_BEHIND:
            return day
    return published


NEWS_DAYS_BEHIND = 2  # days a wire's dateline may lag the page it is printed on


# The time stamp that heads an entry of a live blog, a line of its own: "Tuesday, June 17 – 12:20
# p.m. MT", "17 June 2025, 09:05 BST", "June 16". A weekday, a day of a month (either way round),
# perhaps a year, perhaps a clock time and a time zone; nothing else.
_STAMP = re.compile(
    rf"^(?:(?i:{'|'.join(WEEKDAYS)}),?\s+)?"
    rf"(?:(?P<month>(?i:{_MON}))\.?\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+(?P<month2>(?i:{_MON}))\.?)"
    r"(?:,?\s+\d{4})?"
    r"(?:\s*[,–—|-]?\s*(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?\s*$"
)
LIVE_STAMPS = 2  # stamped entries that make a page a live blog: one date line alone heads a story


def entry_stamps(text: str) -> list[tuple[int, int, int]]:
    """Where each entry of a live blog starts, with the month and day of its time stamp: the
    lines of ``text`` that hold a stamp and nothing else, where there are at least two (one such
    line is a story's own date line, not a page of entries).

    >>> entry_stamps("Live\\nTuesday, June 17 – 12:20 p.m. MT\\nTalks.\\nJune 16, 9:05 a.m.\\nTalks.")
    [(5, 6, 17), (45, 6, 16)]
    >>> entry_stamps("June 17, 2025\\nLeaders met on Tuesday.")
    []
    """
    found = []
    offset = 0
    for line in text.splitlines(keepends=True):
        if (match := _STAMP.match(line.strip())) is not None:
            found.append((offset, *_month_and_day(match)))
        offset += len(line)
    return found if len(found) >= LIVE_STAMPS else []


def wire_dateline_day(line: str) -> tuple[int, int, int] | None:
    """The month and day of the wire dateline without a year that opens a line, and where the
    dateline ends in it.

    >>> wire_dateline_day("TEHRAN, Aug. 20 (MNA) - Talks."), wire_dateline_day("Tehran, 20 August (IRNA) -")
    ((8, 20, 17), (8, 20, 19))
    >>> wire_dateline_day("Cairo, 9 June (MENA) - Talks."), wire_dateline_day("Talks.") is None
    ((6, 9, 15), True)
    """
    if (match := _DATELINE.match(line)) is None:
        return None
    return (*_month_and_day(match), match.end())


def _month_and_day(match: re.Match[str]) -> tuple[int, int]:
    """The month and day a match of a day and month told either way round holds ("Aug. 20" in
    groups ``month`` and ``day``, "20 August" in ``month2`` and ``day2``)."""
    return MONTHS[(match["month"] or match["month2"]).lower()], int(match["day"] or match["day2"])


def _in_the_datelines_order(found: date, head: list[str]) -> date:
    """A byline's day and month read the other way round when the wire dateline below it says so:
    "09/01/2023 04:52 PM" over "BOGOR, Jan 9 --" is the 9th of January, not the 1st of September
    (the two orders of a date in numbers are told apart by nothing else).

    >>> _in_the_datelines_order(date(2023, 9, 1), ["09/01/2023 04:52 PM", "BOGOR, Jan 9 -- Talks."])
    datetime.date(2023, 1, 9)
    """
    for line in head:
        if told := wire_dateline_day(line.strip()):
            month, day, _ = told
            if (found.month, found.day) == (day, month):
                return valid_date(found.year, month, day) or found
            return found
    return found


_NUMBERS = re.compile(r"\b(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})\b")
# a day and month the body tells without a year: "on September 4", "4 September"
_DAY_TOLD = re.compile(
    rf"\b(?:(?P<month>{_MON})\.?\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MON}))\b(?!,?\s+\d)",
    re.IGNORECASE,
)


def _both_orders(line: str, found: date) -> bool:
    """Whether a byline wrote ``found`` in numbers that are a date read either way ("05/09/2024");
    numbers between dots are read day first only ("05.09.2024")."""
    return any(
        m["sep"] != "."
        and {int(m["a"]), int(m["b"])} == {found.day, found.month}
        and found.day != found.month
        and found.day <= 12
        for m in _NUMBERS.finditer(line)
    )


def _in_the_bodys_order(found: date, text: str) -> date:
    """A byline's date in numbers read the other way round where the days the body tells without a
    year ("on January 10") fall in the week up to that reading and none in the week up to this one:
    "11/01/2024" over talks "on January 10" is the 11th of January.

    >>> _in_the_bodys_order(date(2024, 11, 1), "Shoukry met Safadi in Cairo on January 10.")
    datetime.date(2024, 1, 11)
    >>> _in_the_bodys_order(date(2024, 11, 1), "Shoukry met Safadi in Cairo on Tuesday.")
    datetime.date(2024, 11, 1)
    """
    other = valid_date(found.year, found.day, found.month)
    if other is None:
        return found
    days = []
    for match in _DAY_TOLD.finditer(text):
        days.append(valid_date(found.year, *_month_and_day(match)))

    def fits(reading: date) -> bool:
        return any(d is not None and timedelta(0) <= reading - d <= timedelta(days=7) for d in days)

    return other if fits(other) and not fits(found) else found


def parse_iso_or_none(value: str | None) -> date | None:
    """The date of an ISO 8601 date or timestamp (from metadata), or None if it is not one.

    >>> parse_iso_or_none("2024-11-19T08:30:00Z")
    datetime.date(2024, 11, 19)
    >>> parse_iso_or_none("19/11/2024") is None
    True
    """
    if not value or not re.match(r"\d{4}-\d{2}-\d{2}(?![\d])", value.strip()):
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def resolve(phrase: str, published: date | None, *, context: str = "") -> DateSpan | None:
    """Resolve a date phrase against the publication date; None if it cannot be done safely.

    - a weekday ("on Monday", "Tuesday morning"): the latest such day on or before
      ``published`` ("last Monday": strictly before); several weekdays ("Monday and Tuesday"):
      the last one resolved so, each earlier one on or before the next, as a "days" span;
    - a weekday with its day of the month ("Thursday, 23rd", "on Monday the 4th"): the day of
      the month before, of or after publication that is both, past or to come alike;
    - "Monday last week": that day of the week before; "last weekend", "over the weekend":
      the latest Saturday and Sunday begun by ``published`` (written on a Saturday or Sunday,
      "last weekend" is the one before: this one is "this weekend"); "on the 13th": the latest 13th;
      "on the 6th of this month" ("of last month", "of next month"): that day of that month;
    - "this week", "last week": Monday to Sunday ("week"); "this month", "last month",
      a month name ("in March", "mid-September"): the whole month, in the latest year in
      which it is not after the publication month ("month"); "last March": the same, but never
      the month just ended, which news calls "last month" ("last August" told in September is
      the August a year before); "March 2023": that month; "earlier this week" ("earlier
      this month", "earlier in the week"): the part of it before ``published``, "later this
      month" the part after, with the precision of the week or month;
    - "June 28, 2019", "2022-11-08": that day, even with no publication date; "September 9":
      the latest such day on or before ``published``; with its weekday ("Wednesday 24 May",
      "next Sunday, July 23", whose "next" adds nothing): of the year near publication in
      which it falls on that weekday; days running into the next month ("October 30 to November
      1, 2022", "from 30 June to 2 July"): those days, as a "days" span;
    - "today", "this afternoon", "earlier in the day", a time of day alone ("at 5 pm"):
      ``published``; "yesterday", "last night": the day
      before; "3 days ago": three days before;
    - a year ("2001", "in 2022", "last year"): the whole year, precision "year" (callers
      wanting a meeting date should ignore those);
    - anything else ("a year ago", "recent years", "the century", "next week") gives None.

    ``context`` is the sentence holding the phrase: if the clause before the phrase speaks of
    the future ("will meet ... Friday"), a phrase without an explicit year gives None rather
    than a wrong day in the past.

    >>> span = resolve("on Monday", date(2024, 11, 19))
    >>> span.start, span.end, span.precision, span.phrase
    (datetime.date(2024, 11, 18), datetime.date(2024, 11, 18), 'day', 'on Monday')
    >>> resolve("last week", date(2024, 11, 19)).start
    datetime.date(2024, 11, 11)
    >>> resolve("October", date(2025, 1, 10)).end
    datetime.date(2024, 10, 31)
    >>> resolve("June 28, 2019", None).start
    datetime.date(2019, 6, 28)
    >>> resolve("Monday", None) is None
    True
    """
    light = _clean(_OWNER.sub("", phrase, count=1))  # "Lula's Oct. 30": the day, not its owner
    core = " ".join(_FILLERS.sub(" ", light).split())
    if not core and published is not None and _TIME.search(_clean_marks(phrase)):
        return DateSpan(start=published, end=published, precision="day", phrase=phrase)  # "at 5 pm"
    if not light:
        return None
    explicit_year = _YEAR_ONLY.search(light) is not None
    if published is None and not explicit_year:
        return None
    if published is not None and (match := _DAY_OF_A_NEARBY_MONTH.fullmatch(_clean(phrase))):
        found = _day_of_a_nearby_month(int(match["day"]), match["rel"], published)
        return DateSpan(start=found, end=found, precision="day", phrase=phrase) if found else None
    if published is not None and (match := weekday_with_its_day(phrase)):
        found = _weekday_of_the_month(int(match["day"]), match["wd"], published)  # past or to come
        return DateSpan(start=found, end=found, precision="day", phrase=phrase) if found else None
    if published is not None and not explicit_year and _in_future(phrase, context):
        return None
    if published is not None and (match := unnamed_month_day(phrase)):
        span = _day_alone(int(match["day"]), published)
    else:
        span = _resolve_clean(light, core, published) or _dateparser_day(phrase, light, published)
    if span is None:
        return None
    start, end, precision = span
    return DateSpan(start=start, end=end, precision=precision, phrase=phrase)


NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_PART = r"(?:day|morning|afternoon|evening|night)"
# "the same day", "later that day"; and a part of the day alone ("In the evening, ..."), which
# news tells of the day it told last
_PART_ALONE = re.compile(r"(?:in|during) the (?:morning|afternoon|evening)")
_ANCHORED_SAME = re.compile(
    rf"(?:(?:earlier|later) )?(?:on )?(?:the same|that same|that) {_PART}"
    rf"|(?:earlier|later) (?:that|in the) {_PART}|{_PART_ALONE.pattern}"
)
_ANCHORED_NEXT = re.compile(
    rf"(?:on )?the (?P<dir>next|following|previous|preceding) {_PART}|the day (?P<dir2>before|after)"
)
_ANCHORED_DAYS = re.compile(
    r"(?P<n>an?|one|two|three|four|five|six|[1-6]) days? (?P<dir>later|after|earlier|before)"
)
# "later that month", "the same week", "the following month", "two weeks later"
_ANCHORED_PERIOD = re.compile(
    r"(?:(?:early|earlier|late|later|mid|by|in|during|at the end of|at the start of) )*"
    r"(?:(?P<same>the same|that same|that)|the (?P<dir>next|following|previous|preceding))"
    r" (?P<unit>week|month)"
    r"|(?P<n>an?|one|two|three|four|five|six|[1-6]) (?P<unit2>week|month)s?"
    r" (?P<dir2>later|after|earlier|before)"
)
_LATER = frozenset({"next", "following", "later", "after"})
_IN_ORDER = frozenset({"later", "then", "afterwards", "subsequently", "earlier"})


def names_a_day(phrase: str) -> bool:
    """Whether a phrase names a day, not only a time of day: "Thursday afternoon", "on the
    evening of May 3", but not "at 5 pm" or "this evening".

    >>> names_a_day("Thursday afternoon"), names_a_day("5:30 pm"), names_a_day("that evening")
    (True, False, False)
    """
    light = _clean(phrase)
    core = " ".join(_FILLERS.sub(" ", light).split())
    named = re.search(rf"\b(?:{_WD}|{_MON}|yesterday)\b", core)
    return bool(named) or _YESTERDAY.fullmatch(light) is not None


_OF_TODAY = re.compile(r"\b(?:this\s+(?:morning|afternoon|evening)|tonight)\b", re.IGNORECASE)


def of_today(phrase: str) -> bool:
    """Whether a time of day is told of the day of the news: "this morning", "earlier this
    evening", "tonight"; not "that evening" nor "in the morning", which count from a day told.

    >>> of_today("earlier this morning"), of_today("tonight"), of_today("that evening")
    (True, True, False)
    """
    return _OF_TODAY.search(phrase) is not None


def a_clock_time(phrase: str) -> bool:
    """Whether a phrase is a time of the clock alone ("at 4:30 p.m.", "around 6.30 pm local
    time", "at noon"), naming no day; not a length of time ("the hour-long talks").

    >>> a_clock_time("at around 6.30 pm"), a_clock_time("hour-long"), a_clock_time("Monday at 5 pm")
    (True, False, False)
    """
    return _TIME.search(_clean_marks(phrase)) is not None and not names_a_day(phrase)


# a length of time written as an adjective: "day-long", "two-day", "three-week", "48-hour"
_A_LENGTH = re.compile(
    r"\b(?:(?:an?|one|two|three|four|five|six|seven|\d{1,3})[ -])?(?:day|hour|week|month)s?-long\b"
    r"|\b(?:an?|one|two|three|four|five|six|seven|\d{1,3})-(?:day|hour|week|month)\b"
)


def a_length_of_time(phrase: str) -> bool:
    """Whether a phrase of time tells only how long something lasted ("the end of a day-long",
    "a two-day", "the 48-hour"), naming no day, month or year it happened on.

    >>> a_length_of_time("the end of a day-long"), a_length_of_time("two-day"), a_length_of_time("Monday")
    (True, True, False)
    >>> a_length_of_time("the two-day visit on May 3")
    False
    """
    return (
        _A_LENGTH.search(phrase.lower()) is not None
        and not names_a_day(phrase)
        and not _YEAR_ONLY.search(phrase)
    )


def a_part_of_the_day(phrase: str) -> bool:
    """Whether a phrase is a part of the day alone ("In the evening", "during the morning"),
    not one that names its day ("that evening", "Tuesday evening").

    >>> a_part_of_the_day("In the evening"), a_part_of_the_day("that evening")
    (True, False)
    """
    return bool(_PART_ALONE.fullmatch(" ".join(_clean_marks(phrase).split())))


PARTS_OF_THE_DAY = ("morning", "afternoon", "evening")  # in the order a day runs


def part_of_the_day(phrase: str) -> int | None:
    """The place in the day's order of a part of the day alone ("In the morning" 0, "During the
    afternoon" 1, "in the evening" 2); None for any other phrase ("that evening", "Tuesday evening").

    >>> part_of_the_day("In the afternoon"), part_of_the_day("that evening")
    (1, None)
    """
    if not a_part_of_the_day(phrase):
        return None
    return PARTS_OF_THE_DAY.index(_clean_marks(phrase).split()[-1].lower())


def anchored(phrase: str) -> bool:
    """Whether a phrase tells a day, week or month relative to a date the text told before it
    ("the same day", "the next day", "two days later", "later that month", "the following
    week"), not to publication."""
    return _relative_offset(phrase) is not None


def moves_on(phrase: str) -> bool:
    """Whether an anchored phrase counts days, weeks or months on or back from the date told
    before it ("three days later", "the next day"), not within it ("the same day", "then").

    >>> moves_on("three days later"), moves_on("the same day")
    (True, False)
    """
    offset = _relative_offset(phrase)
    return offset is not None and offset[1] != 0


def counts_from(phrase: str) -> frozenset[DatePrecision]:
    """The precisions of a date told before that an anchored phrase can count from: a day for
    "the next day"; a day or a week for "that week"; any date within a month for "later that
    month"; none for a phrase that is not anchored.

    >>> sorted(counts_from("later that month"))
    ['day', 'days', 'month', 'week']
    >>> sorted(counts_from("the next day"))
    ['day']

    A count of months ("a month earlier", "two months later") counts only from a month: from a
    day it lands on a day known only roughly, which may fall in either of two months ("spoke a
    month earlier" than November 3: late September or October), so it gives no month.

    >>> sorted(counts_from("a month earlier"))
    ['month']
    """
    offset = _relative_offset(phrase)
    if offset is None:
        return frozenset()
    if offset[0] == "day":
        return frozenset({"day"})
    if offset[0] == "week":
        return frozenset({"day", "days", "week"})
    if _a_count_of_months(phrase):
        return frozenset({"month"})
    return frozenset({"day", "days", "week", "month"})


def _a_count_of_months(phrase: str) -> bool:
    """Whether an anchored phrase counts whole months on or back: "a month earlier", "two months
    later"; not "the following month" nor "later that month", which name a month of the calendar."""
    match = _ANCHORED_PERIOD.fullmatch(" ".join(_clean_marks(phrase).split()))
    return match is not None and match["unit2"] == "month"


def relative_day(phrase: str, anchor: date) -> DateSpan | None:
    """The day, week or month a phrase tells relative to ``anchor``, a day of the date the text
    told just before it: "the same day", "earlier that day", "earlier in the day" (of the day the
    report tells, which is publication day only where it names no other) and "later that evening"
    are that day; "the next day", "the following day", "the day after", "a day later" the one after; "the
    previous day", "the day before", "a day earlier" the one before; "two days later" two after;
    "that week" and "the following week" its Monday to Sunday week and the next; "later that
    month", "the same month" its month, "the following month" the next, "two months later" the
    month two after. None for any other phrase.

    >>> relative_day("the next day", date(2024, 2, 17)).start
    datetime.date(2024, 2, 18)
    >>> relative_day("Earlier the same day", date(2024, 2, 17)).start
    datetime.date(2024, 2, 17)
    >>> relative_day("two days earlier", date(2024, 2, 17)).start
    datetime.date(2024, 2, 15)
    >>> span = relative_day("later that month", date(2024, 11, 1))
    >>> span.start, span.end, span.precision
    (datetime.date(2024, 11, 1), datetime.date(2024, 11, 30), 'month')
    >>> relative_day("the following week", date(2024, 2, 17)).start
    datetime.date(2024, 2, 19)
    >>> relative_day("the day", date(2024, 2, 17)) is None
    True
    """
    offset = _relative_offset(phrase)
    if offset is None:
        return None
    unit, count = offset
    if unit == "week":
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=count)
        return DateSpan(start=monday, end=monday + timedelta(days=6), precision="week", phrase=phrase)
    if unit == "month":
        year, month = divmod(anchor.year * 12 + anchor.month - 1 + count, 12)
        start, end, precision = _month_span(year, month + 1)
        return DateSpan(start=start, end=end, precision=precision, phrase=phrase)
    day = anchor + timedelta(days=count)
    return DateSpan(start=day, end=day, precision="day", phrase=phrase)


def _relative_offset(phrase: str) -> tuple[str, int] | None:
    """The unit ("day", "week" or "month") and count of an anchored phrase: ("day", 1) for "the
    next day", ("month", 0) for "later that month"; ("day", 0) for "later" and "then" alone, the
    words a report of one day tells its events in order with, and for "earlier" alone, with which
    it goes back to an event of that day ("Earlier, the president was received at the airport")."""
    text = " ".join(_clean_marks(phrase).split())
    if _ANCHORED_SAME.fullmatch(text) or text in _IN_ORDER:
        return "day", 0
    if match := _ANCHORED_NEXT.fullmatch(text):
        return "day", 1 if (match["dir"] or match["dir2"]) in _LATER else -1
    if match := _ANCHORED_DAYS.fullmatch(text):
        count = NUMBER_WORDS.get(match["n"]) or int(match["n"])
        return "day", count if match["dir"] in _LATER else -count
    if match := _ANCHORED_PERIOD.fullmatch(text):
        if match["same"]:
            return match["unit"], 0
        if match["dir"]:
            return match["unit"], 1 if match["dir"] in _LATER else -1
        count = NUMBER_WORDS.get(match["n"]) or int(match["n"])
        return match["unit2"], count if match["dir2"] in _LATER else -count
    return None


_SAME_YEAR = re.compile(r"(?:(?:in|during|later|earlier|by) )?(?:the same|that) year")


def same_year(phrase: str, earlier: str) -> DateSpan | None:
    """ "the same year", "that year": the last year written in the text before the phrase.

    >>> same_year("the same year", "Abiy took office in March 2018. The leaders met").start
    datetime.date(2018, 1, 1)
    >>> same_year("that year", "They met on Monday.") is None
    True
    """
    if not _SAME_YEAR.fullmatch(_clean(phrase)):
        return None
    years = re.findall(rf"\b{_YEAR}\b", earlier)
    if not years:
        return None
    start, end, precision = _year_span(int(years[-1]))
    return DateSpan(start=start, end=end, precision=precision, phrase=phrase)


def weekday_with_its_day(phrase: str) -> re.Match[str] | None:
    """ "on Thursday, 23rd", "this Sunday the 26th": a weekday told with its day of a month not
    named, the weekday in ``wd``, the day in ``day``."""
    return _WEEKDAY_AND_DAY.fullmatch(_clean(phrase))


def unnamed_month_day(phrase: str) -> re.Match[str] | None:
    """ "on the 13th", "the 2nd": a day of a month not named, its number in ``day``."""
    return DAY_ALONE.fullmatch(" ".join(phrase.lower().split()))


def day_of_the_month(phrase: str, month: DateSpan) -> DateSpan | None:
    """ "on the 13th" told after a month ("went to Russia last September and met Putin on the
    13th"): that day of that month; None for any other phrase, or a day the month has not.

    >>> september = DateSpan(start=date(2023, 9, 1), end=date(2023, 9, 30), precision="month")
    >>> day_of_the_month("on the 13th", september).start
    datetime.date(2023, 9, 13)
    >>> day_of_the_month("the 31st", september) is None, day_of_the_month("Monday", september) is None
    (True, True)
    """
    match = unnamed_month_day(phrase)
    if match is None or month.precision != "month" or month.start is None:
        return None
    found = valid_date(month.start.year, month.start.month, int(match["day"]))
    return DateSpan(start=found, end=found, precision="day", phrase=phrase) if found else None


def _resolve_clean(light: str, core: str, published: date | None) -> _Span | None:
    """Our own rules, on the cleaned phrase; ``published`` may be None only for explicit years."""
    if published is not None:
        if _SAME_DAY.fullmatch(light):
            return published, published, "day"
        if _YESTERDAY.fullmatch(light):
            return published - timedelta(days=1), published - timedelta(days=1), "day"
        if (told := _relative_day_with_its_weekday(light, published)) is not None:
            return told, told, "day"  # "today, Sunday", "yesterday (Saturday)"
        words = core.split()
        if set(words) <= _WEEKDAY_WORDS and any(w in WEEKDAYS for w in words):
            return _weekdays(words, published)
        if set(words) <= _WEEKDAY_WORDS | _WEEKDAY_RANGE_WORDS and sum(w in WEEKDAYS for w in words) >= 2:
            return _weekdays(words, published)  # "from Thursday to Saturday", "Monday until Wednesday"
        if match := _BEFORE_OR_AFTER_NOW.fullmatch(light):
            return _before_or_after_now(match["side"] == "earlier", match["unit"], published)
        if match := _THIS_OR_LAST.fullmatch(core):
            return _this_or_last(match["rel"] == "this", match["unit"], published)
        if match := _DAY_OF_WEEK.fullmatch(core):
            return _days_of_week(match, published)  # "Monday last week"
        # "last weekend", "over the weekend", "at the weekend": the latest one begun; not "a weekend"
        if _WEEKEND.fullmatch(core) and not (core == "weekend" and light.split()[0] in {"a", "an"}):
            saturday = published - timedelta(days=(published.weekday() - 5) % 7)
            if core == "last weekend" and published.weekday() >= 5:
                saturday -= timedelta(days=7)  # written on a weekend, that one is "this weekend"
            return saturday, saturday + timedelta(days=1), "days"
    if published is not None and (match := _MONTH_OF_YEAR.fullmatch(core)):
        shift = {"last": -1, "this": 0, "next": 1}[match["rel"]]
        return _month_span(published.year + shift, MONTHS[match["month"]])  # "November last year"
    if (match := _MONTH_DAYS.fullmatch(core)) and (
        " and " not in core or core.startswith("between") or _one_after_the_other(match)
    ):
        return _days_of_month(match, published)  # "May 10-11", "May 6 and 7"; not "May 3 and 5"
    if published is not None and (match := _DAY_OF_YEAR.fullmatch(core)):
        year = published.year + {"last": -1, "this": 0, "next": 1}[match["rel"]]
        day_told = next((m for p in (_MONTH_DAY, _DAY_MONTH) if (m := p.fullmatch(match["day"]))), None)
        if day_told is not None and not day_told["year"]:  # "on Sept. 10 last year", "15 March this year"
            found = valid_date(year, MONTHS[day_told["month"]], int(day_told["day"]))
            return (found, found, "day") if found else None
    if match := _ACROSS_MONTHS.fullmatch(core):
        return _days_across_months(match, published)
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        if match := pattern.fullmatch(core):
            month, day = MONTHS[match["month"]], int(match["day"])
            found = valid_date(int(match["year"]), month, day) if match["year"] else None
            if published is not None and not match["year"]:
                found = _of_its_weekday(month, day, match["wd"], published) or _latest_day(
                    month, day, published
                )
            return (found, found, "day") if found else None
    if match := _MONTH.fullmatch(core):
        month = MONTHS[match["month"]]
        if match["year"]:
            return _month_span(int(match["year"]), month)
        if published is None:
            return None
        # "last August" is never the month just ended, which news calls "last month": told in
        # September, it is the August of the year before (a month told plainly is the latest one)
        latest = published.month if match["rel"] != "last" else published.month - 2
        return _month_span(published.year if month <= latest else published.year - 1, month)
    if match := _YEAR_ONLY.fullmatch(core):
        return _year_span(int(match["year"]))
    return None


def _relative_day_with_its_weekday(light: str, published: date) -> date | None:
    """ "today, Sunday", "yesterday (Saturday)", "Sunday (today)": a day told from publication
    with its weekday beside it, as many wires write it. The weekday names the day: where the
    page's date is a day off the news (agency copy printed the next morning), the day of that
    weekday nearest the one counted from publication. None for a phrase of no such form."""
    words = light.split()
    if len(words) < 2:
        return None
    for relative, weekday in ((words[:-1], words[-1]), (words[1:], words[0])):
        told = " ".join(relative)
        if weekday not in WEEKDAYS:
            continue
        if _SAME_DAY.fullmatch(told):
            day = published
        elif _YESTERDAY.fullmatch(told):
            day = published - timedelta(days=1)
        else:
            continue
        return day + timedelta(days=(WEEKDAYS.index(weekday) - day.weekday() + 3) % 7 - 3)
    return None


def _one_after_the_other(match: re.Match[str]) -> bool:
    """Whether the two days of a match of ``_MONTH_DAYS`` follow each other ("May 6 and 7"): a
    visit of two days, not two days apart ("May 3 and 5")."""
    return int(match["last"] or match["last2"]) == int(match["first"] or match["first2"]) + 1


def _days_of_week(match: re.Match[str], published: date) -> _Span | None:
    """ "Monday last week", "Tuesday and Wednesday of this week": those days of that Monday to
    Sunday week; None if one is after ``published``."""
    monday = _this_or_last(match["rel"] == "this", "week", published)[0]
    days = [monday + timedelta(days=WEEKDAYS.index(d)) for d in match["days"].split() if d in WEEKDAYS]
    if max(days) > published:
        return None
    return min(days), max(days), "day" if len(set(days)) == 1 else "days"


def _day_of_a_nearby_month(day: int, rel: str, published: date) -> date | None:
    """ "the 6th of this month": that day of the publication month; "of last month" (or "of the
    previous month"): of the month before; "of next month": of the month after."""
    step = {"last": -1, "the previous": -1, "next": 1}.get(rel, 0)
    months = published.year * 12 + published.month - 1 + step
    return valid_date(months // 12, months % 12 + 1, day)


def _day_alone(day: int, published: date) -> _Span | None:
    """ "on the 13th": the latest 13th of a month on or before ``published``."""
    year, month = published.year, published.month
    for _ in range(3):
        if (found := valid_date(year, month, day)) is not None and found <= published:
            return found, found, "day"
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


def _days_of_month(match: re.Match[str], published: date | None) -> _Span | None:
    """ "May 10-11", "from August 4 to 8", "4-8 August": those days, of the year given, else of
    the latest year in which they are days and begin on or before ``published`` ("February
    28-29": of a leap year)."""
    month = MONTHS[match["month"] or match["month2"]]
    first, last = int(match["first"] or match["first2"]), int(match["last"] or match["last2"])
    if match["year"]:
        years = [int(match["year"])]
    elif published is not None:
        latest = published.year if (month, first) <= (published.month, published.day) else published.year - 1
        years = list(range(latest, latest - 8, -1))
    else:
        return None
    for year in years:
        start, end = valid_date(year, month, first), valid_date(year, month, last)
        if start and end:
            return (start, end, "days") if start <= end else None
    return None


def _days_across_months(match: re.Match[str], published: date | None) -> _Span | None:
    """ "October 30 to November 1, 2022", "from 30 June to 2 July": the days from the first to the
    last, of the year given (the year before it for a first day in December and a last in January),
    else the latest in which they begin on or before ``published``; None for days that do not
    follow on ("between March 3 and April 25" runs too long, "March 30 and April 2" is two days).
    """
    first_month, last_month = MONTHS[match["m1"] or match["m1b"]], MONTHS[match["m2"] or match["m2b"]]
    first_day, last_day = int(match["d1"] or match["d1b"]), int(match["d2"] or match["d2b"])
    if first_month == last_month:
        return None  # "May 4 to May 7": the days of one month, read as such elsewhere
    over_the_year = last_month < first_month  # "December 30 to January 2"
    if match["year"] or match["y1"]:
        first_year = int(match["y1"]) if match["y1"] else int(match["year"]) - over_the_year
    elif published is not None:
        begun = (first_month, first_day) <= (published.month, published.day)
        first_year = published.year if begun else published.year - 1
    else:
        return None
    start = valid_date(first_year, first_month, first_day)
    end = valid_date(first_year + over_the_year, last_month, last_day)
    if start is None or end is None or not start < end or (end - start).days > _ACROSS_MONTHS_DAYS:
        return None
    if match["to"].strip() == "and" and not match["between"] and (end - start).days != 1:
        return None  # "on March 31 and April 2": two days, not the days between
    return start, end, "days"


def _weekdays(words: list[str], published: date) -> _Span:
    """The last weekday named is on or before ``published``; each earlier one before the next."""
    anchor = published - timedelta(days=1) if {"last", "past"} & set(words) else published
    days = []
    for name in reversed([w for w in words if w in WEEKDAYS]):
        anchor -= timedelta(days=(anchor.weekday() - WEEKDAYS.index(name)) % 7)
        days.append(anchor)
    return min(days), max(days), "day" if len(set(days)) == 1 else "days"


def _this_or_last(this: bool, unit: str, published: date) -> _Span:
    """The week (Monday to Sunday), month or year holding ``published``, or the one before it."""
    if unit == "week":
        monday = published - timedelta(days=published.weekday() + (0 if this else 7))
        return monday, monday + timedelta(days=6), "week"
    if unit == "month":
        first = published.replace(day=1)
        if not this:
            first = (first - timedelta(days=1)).replace(day=1)
        return _month_span(first.year, first.month)
    return _year_span(published.year if this else published.year - 1)


def _before_or_after_now(earlier: bool, unit: str, published: date) -> _Span:
    """ "earlier this week": from the Monday of the week of ``published`` to the day before it;
    "later this month": from the day after it to the month's end; the whole week or month when
    nothing of it lies on that side (written on a Monday, "earlier this week")."""
    start, end, precision = _this_or_last(True, unit, published)
    if earlier and start < published:
        return start, published - timedelta(days=1), precision
    if not earlier and published < end:
        return published + timedelta(days=1), end, precision
    return start, end, precision


def _month_span(year: int, month: int) -> _Span:
    return date(year, month, 1), date(year, month, monthrange(year, month)[1]), "month"


def _year_span(year: int) -> _Span:
    return date(year, 1, 1), date(year, 12, 31), "year"


def valid_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _of_its_weekday(month: int, day: int, weekday: str | None, published: date) -> date | None:
    """ "Wednesday 24 May" with no year: the day of the year around publication on which it is
    that weekday ("Wednesday 24 May" in a story of 17 May 2023 is 24 May 2023, a plan); None
    where no weekday is told or none of those years fits."""
    if weekday is None:
        return None
    days = [
        found
        for year in (published.year - 1, published.year, published.year + 1)
        if (found := valid_date(year, month, day)) is not None and found.weekday() == WEEKDAYS.index(weekday)
    ]
    return min(days, key=lambda d: abs((d - published).days), default=None)


def _weekday_of_the_month(day: int, weekday: str, published: date) -> date | None:
    """ "Thursday, 23rd": the ``day`` of the month before, of or after publication that is that
    weekday, the one nearest publication; None where none of them is (the phrase is not a date
    this story can tell)."""
    days = []
    for shift in (-1, 0, 1):
        year, month = divmod(published.year * 12 + published.month - 1 + shift, 12)
        found = valid_date(year, month + 1, day)
        if found is not None and found.weekday() == WEEKDAYS.index(weekday):
            days.append(found)
    return min(days, key=lambda d: (abs((d - published).days), d > published), default=None)


def _latest_day(month: int, day: int, published: date) -> date | None:
    """The latest ``month``/``day`` on or before ``published`` (February 29 looks back further)."""
    for year in range(published.year, published.year - 8, -1):
        found = valid_date(year, month, day)
        if found is not None and found <= published:
            return found
    return None


@functools.lru_cache(maxsize=4096)
def _dateparser_day(phrase: str, light: str, published: date | None) -> _Span | None:
    """Other explicit forms ("Tuesday, Nov. 8, 2022", "20-11-2024") and "N days ago", by dateparser.

    A result is kept only if its year is written in the phrase or, for "days ago", if
    ``published`` is known; dateparser always gets ``RELATIVE_BASE``, never the clock. Its
    answer depends on nothing else, so it is remembered: dateparser takes about a millisecond a
    phrase, and a phrase comes again in the copies of a story and its later reports.
    """
    years = {int(y) for y in re.findall(rf"\b{_YEAR}\b", light)}
    if not years and (published is None or not _DAYS_AGO.search(light)):
        return None
    base = datetime.combine(published or date(1900, 1, 1), datetime.min.time())
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month", "year"]}
    data = DateDataParser(languages=["en"], settings=settings).get_date_data(phrase)
    if data.date_obj is None:
        return None
    found: date = data.date_obj.date()
    if years and found.year not in years:
        return None
    if not years and published is not None and found > published:
        return None
    return found, found, "day"


def _byline_date(line: str) -> date | None:
    """The date of a byline: a short line that is a full date (with a time of day and the word
    "Updated" or "Published" if any: "October 9, 2024 6:41 PM GMT+3 Updated", and what follows
    "Updated" left out: "... Updated 2 hours ago", and a section's name before the time: "All
    News 21:05 August 23, 2025"), ``Published ...``
    ("This story was published on ...", "Posted On: ... by the desk"; "Publicado: ..." and its like
    in the outlet's language), ``... DD-MM-YYYY`` (or dots), an author's name and a full date ("By
    A. Writer  May 2, 2024, 3:05 pm"), or a
    stamp of fields between bars, one of them such a date ("Source: Agency | 2023-11-16 10:05 |"),
    or a short line that is a date in the outlet's language ("13 maggio 2023 18:02 - ENGLISH"), or
    an agency's stamp in a date-time group ("KUNA 161422 Jun 24") or in years of the Juche era.

    >>> _byline_date("Source: Kyodo | 2024-03-02 08:15:00 | Editor: Ann Lee")
    datetime.date(2024, 3, 2)
    >>> _byline_date("This article was first published on Jan. 5, 2024.")
    datetime.date(2024, 1, 5)
    >>> _byline_date("March 10, 2025 4:55 PM GMT Updated an hour ago")
    datetime.date(2025, 3, 10)
    >>> _byline_date("All News 21:05 August 23, 2025")
    datetime.date(2025, 8, 23)
    >>> _byline_date("Publicado: 17 de abril de 2024"), _byline_date("Publié le 3 mars 2024 à 10h")
    (datetime.date(2024, 4, 17), datetime.date(2024, 3, 3))
    >>> _byline_date("By Ana Cruz  February 29, 2024, 2:55 pm"), _byline_date("Ana Cruz, Li Wei |14.02.2024")
    (datetime.date(2024, 2, 29), datetime.date(2024, 2, 14))
    >>> _byline_date("13 maggio 2023 18:02 - ENGLISH"), _byline_date("sábado, 3 de mayo de 2024")
    (datetime.date(2023, 5, 13), datetime.date(2024, 5, 3))
    >>> _byline_date("KUNA 161422 Jun 24"), _byline_date("www.kcna.kp (Juche113.9.14.)")
    (datetime.date(2024, 6, 16), datetime.date(2024, 9, 14))
    >>> _byline_date("December 6, 2023, 15:30, Abu Dhabi"), _byline_date("Publication date: 6 May 2024, 9:05")
    (datetime.date(2023, 12, 6), datetime.date(2024, 5, 6))
    >>> _byline_date("Lima - OCT 2, 2024 - 08:10 CEST"), _byline_date("Porto Alegre – 7 May 2024")
    (datetime.date(2024, 10, 2), datetime.date(2024, 5, 7))
    >>> _byline_date("By: Metro Post wires   March 5, 2024 - 06:30 AM")
    datetime.date(2024, 3, 5)
    >>> _byline_date("By Ana Cruz in International on 10 May 2024")
    datetime.date(2024, 5, 10)
    >>> _byline_date("By Ana Cruz") is None
    True
    """
    if not line:
        return None  # a blank line between paragraphs, some 40% of the lines read in a header
    line = _OUTLET_BEFORE.sub("", line)
    if "h" in line:
        line = _TIME_WITH_AN_H.sub(r"\1:\2", line)
    # the searches below look through the whole line; each is asked only of a line that holds
    # what it needs (a bar or a dot, a last digit, "Juche"): most header lines are sentences
    fields = _STAMP_FIELDS.split(line) if "|" in line or "·" in line or "•" in line else [line]
    if len(fields) > 1:
        published = _byline_date(fields[0]) if _PUBLISHED.match(line) else None
        # "Published: Tuesday | March 12, 2024 | 12:09 AM": the weekday alone, the date in a field after
        return published or next(filter(None, map(_byline_date, fields)), None)
    # only after a date or a time: "Last Updated : Oct 29 2025" is a stamp word, then its date
    if (after := _UPDATED_AFTER.search(line)) is not None and any(c.isdigit() for c in line[: after.start()]):
        line = line[: after.start()]
    line = _PLACE_AFTER_TIME.sub(r"\g<time>", line)
    ends_in_a_digit = line.rstrip()[-1:].isdigit()
    if ends_in_a_digit and (match := _NUMERIC_AT_END.search(line)):
        if match["iso"]:
            return parse_iso_or_none(match["iso"])
        return valid_date(int(match["y"]), int(match["m"]), int(match["d"]))
    if ends_in_a_digit and (match := _DATE_TIME_GROUP.search(line)):
        return valid_date(2000 + int(match["y"]), MONTHS[match["month"].lower()], int(match["d"]))
    if "Juche" in line and (match := _JUCHE.search(line)):
        return valid_date(1911 + int(match["y"]), int(match["m"]), int(match["d"]))
    line = _SECTION_BEFORE_TIME.sub("", line)
    line = _NAME_BEFORE_STAMP.sub("", line)
    if re.search(_YEAR, line):
        line = _PLACE_AND_DASH_BEFORE.sub("", _CAPITALS_BEFORE.sub("", line))
    if match := _PUBLISHED_ABROAD.match(line):
        return _date_abroad(match["rest"])
    line = _AUTHOR_BEFORE.sub("", line) if _AUTHOR_BEFORE.match(line) and re.search(_YEAR, line) else line
    if match := _PUBLISHED.match(line):
        line = match["rest"].strip()
    elif len(line) > _SHORT_LINE:
        return None
    if match := _SLASHED.match(line):
        return _slashed(match)
    span = resolve(_STAMP_WORDS.sub(" ", line).strip(), None)
    if span is None and (match := _DATE_ABROAD.match(line)):
        return _date_abroad(match["date"])
    return span.start if span is not None and span.precision == "day" else None


def _slashed(match: re.Match[str]) -> date | None:
    """A byline's date in numbers between slashes, read day first as most outlets that print
    numbers do ("05/09/2024": 5 September), month first with an American time zone after it
    ("05/09/2024 10:22 AM EDT": 9 May), and the other way where only that is a date. Numbers
    between dots are always day first, the German, Russian and Central European way that no
    American outlet writes ("11.04.2022, 19:32": 11 April).

    >>> _slashed(_SLASHED.match("05/09/2024")), _slashed(_SLASHED.match("05/09/2024 10:22 AM EDT"))
    (datetime.date(2024, 9, 5), datetime.date(2024, 5, 9))
    >>> _slashed(_SLASHED.match("06/25/2024")), _slashed(_SLASHED.match("03.07.2023, 08:15"))
    (datetime.date(2024, 6, 25), datetime.date(2023, 7, 3))
    """
    first, second, year = int(match["a"]), int(match["b"]), int(match["y"])
    american = match["sep"] == "/" and _AMERICAN_ZONE.search(match["rest"])
    day, month = (second, first) if american else (first, second)
    return valid_date(year, month, day) or valid_date(year, day, month)


def _date_abroad(text: str) -> date | None:
    """The full date a phrase in the language of an outlet abroad gives ("17 de abril de 2024")."""
    data = _parser_abroad().get_date_data(text)
    return data.date_obj.date() if data.date_obj is not None else None


@functools.cache
def _parser_abroad() -> DateDataParser:
    """dateparser for the languages of outlets abroad, made once (its making reads their data)."""
    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "RELATIVE_BASE": datetime(1900, 1, 1)}
    return DateDataParser(languages=_ABROAD, settings=settings)


def _dated_dateline(line: str) -> date | None:
    """The date of a wire dateline that gives its year: "RIYADH, Jan 30, 2024 (KUNA) --",
    "PORT MORESBY, 17 September 2025 (RNZ Pacific) -", "BAGHDAD (AA) - 22.04.2024 -",
    "Rabat, 02/02/2023 (MAP) -". A date in numbers is read day first, as the agencies that write
    them (outside the United States, whose wire style spells the month) do, unless only the
    other order is a date ("04/22/2024"). A dateline without a year ("Havana, March 1 (RHC)
    --") gives none.

    >>> _dated_dateline("BANGKOK, April 4, 2025 (BSS) - Yunus met Modi.")
    datetime.date(2025, 4, 4)
    >>> _dated_dateline("Havana, March 1 (RHC) -- Diaz-Canel came back.") is None
    True
    >>> _dated_dateline("ASTANA. KAZINFORM - June 17, 2025. On the sidelines of the summit")
    datetime.date(2025, 6, 17)
    >>> _dated_dateline("Lima (AFP) - Sun, November 17, 2024")
    datetime.date(2024, 11, 17)
    >>> _dated_dateline("Rabat, 03/02/2023 (MAP) - Akhannouch received Sanchez.")
    datetime.date(2023, 2, 3)
    >>> _dated_dateline("APA-Niamey (Niger) August 20, 2023 - A delegation met Tiani.")
    datetime.date(2023, 8, 20)
    >>> _dated_dateline("September 7, 2023 (PORT SUDAN) - Al-Burhan arrived in Doha.")
    datetime.date(2023, 9, 7)
    """
    match = _DATED_DATELINE.match(line)
    if match is None:
        told_first = _DATE_THEN_PLACE.match(line)  # the date before the place: always spelt out
        return _spelt_out(told_first) if told_first is not None else None
    if match["d"]:
        day_first = valid_date(int(match["y"]), int(match["m"]), int(match["d"]))
        return day_first or valid_date(int(match["y"]), int(match["d"]), int(match["m"]))
    return _spelt_out(match)


def _spelt_out(match: re.Match[str]) -> date | None:
    """The date a dateline spells out, its month named before or after its day."""
    month, day, year = (
        (match["month"], match["day"], match["year"])
        if match["month"]
        else (match["month2"], match["day2"], match["year2"])
    )
    return valid_date(int(year), MONTHS[month.lower()], int(day))


def _clean(phrase: str) -> str:
    """Lower case, no possessive, ordinal suffix, time of day or punctuation (except inside numbers)."""
    return " ".join(_TIME.sub(" ", _clean_marks(phrase)).split())


def _clean_marks(phrase: str) -> str:
    """Lower case, no possessive, ordinal suffix or punctuation (except inside numbers)."""
    text = _POSSESSIVE.sub("", phrase.lower())
    text = _ORDINAL_SUFFIX.sub(r"\1", text)
    return _MARK.sub(" ", text)


_POSSESSIVE = re.compile(r"['’]s\b")
# a name owning the date the tagger took in with it ("Lula's Oct. 30 election win", "the EU's
# 19 May summit"); not a day or month's own ("Monday's talks"), nor "this year's"
_OWNER = re.compile(rf"^(?:the\s+)?(?:{_NAME_WORD}\s+)*?{_NAME_WORD}['’]s\s+(?=\S)")
_ORDINAL_SUFFIX = re.compile(r"(\d)(?:st|nd|rd|th)\b")
_MARK = re.compile(r"(?<!\d)[^\w\s]|[^\w\s](?!\d)")  # punctuation, except inside numbers


def _in_future(phrase: str, context: str) -> bool:
    """Whether the clause of ``context`` leading up to ``phrase`` speaks of the future."""
    at = context.lower().find(phrase.lower()) if phrase else -1
    if at < 0:
        return False
    clause = re.split(r"[,;:]", context[:at])[-1]
    return _FUTURE.search(clause.lower()) is not None
