"""Publication dates from article headers, and date phrases resolved against them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extract.dates import (
    _dateparser_day,
    dateline_day,
    day_of_the_news,
    days_told_in_order,
    entry_stamps,
    find_publication_date,
    names_a_day,
    parse_iso_or_none,
    resolve,
    same_year,
    weekdays_told_on,
)

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

TUE_2024_11_19 = date(2024, 11, 19)
WED_2024_02_28 = date(2024, 2, 28)
MON_2024_02_26 = date(2024, 2, 26)
THU_2023_07_13 = date(2023, 7, 13)


def span_of(phrase: str, published: date | None, **kwargs: str) -> tuple[date | None, date | None, str]:
    span = resolve(phrase, published, **kwargs)
    assert span is not None, f"{phrase!r} did not resolve"
    assert span.phrase == phrase
    return span.start, span.end, span.precision


# --- publication date from the header ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "date 2024-11-19\nThe ministers met.",
        " date 2024-11-19 The Chinese and Russian foreign ministers discussed tensions.",
    ],
)
def test_date_line_gives_publication_date_even_when_the_article_follows_on_the_same_line(text: str) -> None:
    assert find_publication_date(text) == (date(2024, 11, 19), "date-line")


def test_department_byline_ending_in_day_month_year_is_read_day_first() -> None:
    text = (
        "Chinese, Russian FMs discuss Korea tensions\nDepartment of Research, Studies 03-11-2024\nThe top ..."
    )
    assert find_publication_date(text) == (date(2024, 11, 3), "byline")


def test_line_holding_only_a_full_date_is_a_byline() -> None:
    text = "WORLD\n2 MIN READ\nChina calls for coordination\nSadiq S Bhat\nFebruary 28, 2024\n\nChina and ..."
    assert find_publication_date(text) == (date(2024, 2, 28), "byline")


@pytest.mark.parametrize(
    "byline",
    [
        "By: Metro Post wires   March 5, 2024 - 06:30 AM",
        "By Daily Ledger staff  March 5, 2024, 6:30 pm",
        "By: Ana Cruz   March 5, 2024",
    ],
)
def test_a_wire_desk_or_staff_byline_after_by_and_a_colon_gives_its_date(byline: str) -> None:
    text = f"Leaders agree to set up hotline\n{byline}\nShare this\n\nThe two presidents met on Monday."
    assert find_publication_date(text) == (date(2024, 3, 5), "byline")


@pytest.mark.parametrize(
    "byline",
    ["By Ana Cruz in International on 5 March 2024", "By Li Wei in World News on March 5, 2024"],
)
def test_a_byline_with_the_section_the_story_is_filed_in_gives_its_date(byline: str) -> None:
    text = f"Leaders agree to set up hotline\n\n{byline}\n\nThe two presidents met on Monday."
    assert find_publication_date(text) == (date(2024, 3, 5), "byline")


def test_a_byline_without_a_date_of_its_own_gives_none() -> None:
    text = "Leaders agree to set up hotline\n\nBy Ana Cruz in Nairobi on Monday\n\nThe two presidents met."
    assert find_publication_date(text)[0] is None


def test_published_on_line_gives_its_date_and_ignores_the_update() -> None:
    text = (
        "Headline\nPublished on: 17th September 2022 11:09 AM | Updated: 18th September 2022 10:00 AM\nBody."
    )
    assert find_publication_date(text) == (date(2022, 9, 17), "byline")


@pytest.mark.parametrize(
    "stamp",
    [
        "Issued on: 13/07/2023 - 16:20 Modified: 13/07/2023 - 18:45",
        "Issued on: 13/07/2023 - 16:20 - Modified: 14/07/2023 - 09:02",
        "Published on 13/07/2023 Modified on 15/07/2023",
    ],
)
def test_a_stamp_with_its_modified_time_after_it_gives_the_first_date(stamp: str) -> None:
    text = f"FRANCE 24 / AFP\n\nBiden hails Nordic ties\n\n{stamp}\n\nHelsinki (AFP) - Biden on Thursday ..."
    assert find_publication_date(text) == (date(2023, 7, 13), "byline")


def test_date_line_is_trusted_over_a_byline() -> None:
    text = "date 2024-11-19\nFebruary 28, 2024\nBody."
    assert find_publication_date(text) == (date(2024, 11, 19), "date-line")


def test_final_byline_is_read_when_the_header_has_no_date() -> None:
    body = "\n".join(f"Paragraph {i} of the story." for i in range(30))
    assert find_publication_date(f"Headline\n{body}\nNovember 8, 2022") == (date(2022, 11, 8), "byline")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MOSCOW, December 30. /TASS/. Russian Foreign Minister Sergey Lavrov met ...", date(2023, 12, 30)),
        ("Kazan [Russia], October 22 : Prime Minister Narendra Modi met ...", date(2023, 10, 22)),
        ("MOSCOW, Nov 8 (Reuters) - Russia's foreign minister met ...", date(2023, 11, 8)),
    ],
)
def test_wire_dateline_resolves_only_with_a_known_year(text: str, expected: date) -> None:
    assert find_publication_date(text, year=2023) == (expected, "dateline")
    assert find_publication_date(text) == (None, "none")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("ACCRA, Feb 12, 2024 (GNA) -- President Mahama received the Togolese leader.", date(2024, 2, 12)),
        ("LUSAKA, March 3, 2025 (ZNBC) - The two presidents met at State House.", date(2025, 3, 3)),
        (
            "APIA, 9 October 2023 (RNZ Pacific) - Samoa's prime minister met her Fijian peer.",
            date(2023, 10, 9),
        ),
        ("Suva, 2nd June, 2024 (FBC) -- The leaders held talks.", date(2024, 6, 2)),
        (
            "ANKARA (AA) - 05.03.2024 - The Turkish president received his Iraqi counterpart.",
            date(2024, 3, 5),
        ),
        ("KINGSTON, St Andrew, April 8, 2024 (JIS) - The prime ministers met.", date(2024, 4, 8)),
        ("Tunis, 03/02/2024 (TAP) - The two ministers met.", date(2024, 2, 3)),
        ("Tunis, 25-02-2024 (TAP) - The two ministers met.", date(2024, 2, 25)),
        ("Tunis, 02/25/2024 (TAP) - The two ministers met.", date(2024, 2, 25)),
    ],
)
def test_wire_dateline_with_its_year_gives_the_publication_date(line: str, expected: date) -> None:
    assert find_publication_date(f"Leaders meet\n{line}\nThey discussed trade.") == (expected, "dateline")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "HONIARA, March 14, 2023 AAP - Solomon Islands' prime minister hosted his Fijian peer.",
            date(2023, 3, 14),
        ),
        ("Vientiane, 9 October 2024 KPL -- The Lao president received the Thai premier.", date(2024, 10, 9)),
        ("DARWIN, Feb. 2, 2025 Kyodo - The two defence ministers were meeting.", date(2025, 2, 2)),
    ],
)
def test_an_agency_named_bare_after_a_datelines_year_closes_the_dateline(line: str, expected: date) -> None:
    assert find_publication_date(f"Leaders meet\n{line}\nThey discussed trade.") == (expected, "dateline")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Riyadh, Rajab 5, 1445, January 17, 2024, SPA -- The Crown Prince received the envoy.",
            date(2024, 1, 17),
        ),
        (
            "Abu Dhabi, 12 Ramadan 1445 AH, 22 March 2024 (WAM) -- The President hosted the emir.",
            date(2024, 3, 22),
        ),
        (
            "Muscat, Shawwal 9, 1446 AH, April 8, 2025 (ONA) -- The Sultan will receive the king.",
            date(2025, 4, 8),
        ),
    ],
)
def test_a_datelines_hijri_date_before_its_gregorian_one_is_passed_over(line: str, expected: date) -> None:
    assert find_publication_date(f"Leaders meet\n{line}\nThey discussed trade.") == (expected, "dateline")


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("Published 04/09/2023 18h30   Updated 04/09/2023 19h02", date(2023, 9, 4)),
        ("Publicado em 11/03/2025 9h05", date(2025, 3, 11)),
        ("Posted 07/12/2022 - 21h15", date(2022, 12, 7)),
    ],
)
def test_a_stamps_time_written_with_an_h_is_a_time_of_day(stamp: str, expected: date) -> None:
    text = f"Ministry of Foreign Affairs\n{stamp}\nThe President will visit Lima on the 14th."
    assert find_publication_date(text) == (expected, "byline")


def test_an_agency_named_bare_after_a_datelines_day_closes_a_dateline_without_a_year() -> None:
    text = "Talks\nOSAKA, Nov. 21 Kyodo - The premier will host the Korean president."
    assert find_publication_date(text, year=2022) == (date(2022, 11, 21), "dateline")
    assert find_publication_date("Talks\nOSAKA, Nov. 21 Japan's premier met.", year=2022) == (None, "none")


@pytest.mark.parametrize(
    "line",
    [
        "Lima, May 2 (Andina) -- Peru's president received the Chilean foreign minister.",
        "Putin, Xi meet on June 5, 2024 in Moscow",
        "The two leaders met in Accra, Ghana, on Feb 12, 2024 (GNA) - a first.",
    ],
)
def test_a_dateline_without_a_year_or_a_headline_with_a_date_gives_no_publication_date(line: str) -> None:
    assert find_publication_date(f"{line}\nThey discussed trade.") == (None, "none")


@pytest.mark.parametrize(
    ("header", "footer", "expected"),
    [
        ("December 6, 2023, 15:30, Abu Dhabi", "", date(2023, 12, 6)),
        ("May 16, 2024, 13:20, Beijing", "Publication date: May 16, 2024, 13:20", date(2024, 5, 16)),
        ("January 21, 2025, 17:10, Novo-Ogaryovo, Moscow Region", "", date(2025, 1, 21)),
        ("Russian-Emirati talks", "Publication date: December 6, 2023, 15:30", date(2023, 12, 6)),
        ("Talks with the President of Laos", "Date of publication: 9 October 2024, 11:05", date(2024, 10, 9)),
    ],
)
def test_a_readouts_date_and_time_with_its_place_or_its_publication_date_footer_is_a_byline(
    header: str, footer: str, expected: date
) -> None:
    text = f"Talks\n{header}\n\nThe President held talks with his guest.\n\nTopics: Foreign policy\n{footer}"
    assert find_publication_date(text) == (expected, "byline")


@pytest.mark.parametrize(
    "stamp",
    [
        "March 3, 2024 10:15 AM GMT+2 Updated",
        "Updated March 3, 2024 10:15 AM",
        "March 3, 2024 4:55 PM GMT+1",
        "March 3, 2024 9:47 PM GMT+3 Updated 2 hours ago",
        "March 3, 2024 8:02 AM UTC Updated an hour ago",
        "March 3, 2024 Updated March 4, 2024",
        "All News 10:15 March 3, 2024",
        "Diplomacy 22:40 KST Mar. 3, 2024",
    ],
)
def test_a_web_stamp_with_a_time_of_day_and_updated_is_a_byline(stamp: str) -> None:
    text = f"Leaders meet\nBy Staff\n{stamp}\nCAIRO, March 3 (Reuters) - The ministers met on Sunday."
    assert find_publication_date(text) == (date(2024, 3, 3), "byline")


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("Source: Kyodo | 2024-03-02 08:15:00 | Editor: Ann Lee", date(2024, 3, 2)),
        ("World | March 2, 2024 | 3 min read", date(2024, 3, 2)),
        ("Posted On: 02 MAR 2024 4:10PM by the press desk", date(2024, 3, 2)),
        ("Posted on March 2, 2024 by Jane Doe", date(2024, 3, 2)),
        ("Ayse Demir | 02.03.2024 - Update : 03.03.2024", date(2024, 3, 2)),
        ("Source: Kyodo| 2024-03-02 08:15:00|Editor: Ann Lee", date(2024, 3, 2)),
        ("Ann Lee · Global News · Posted: Mar 2, 2024 5:33 PM EST", date(2024, 3, 2)),
        ("Ann Lee • The Courier • March 2, 2024", date(2024, 3, 2)),
        ("NEW DELHI March 2, 2024 22:10 IST Updated - March 3, 2024 07:48 IST", date(2024, 3, 2)),
        ("PORT LOUIS, Mar 2, 2024 10:05", date(2024, 3, 2)),
    ],
)
def test_a_stamp_of_fields_or_a_posted_line_with_its_author_is_a_byline(stamp: str, expected: date) -> None:
    text = f"Leaders meet\n{stamp}\nThe ministers met on Saturday in the capital."
    assert find_publication_date(text) == (expected, "byline")


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("13 maggio 2023 18:02 - ENGLISH", date(2023, 5, 13)),
        ("sábado, 2 de março de 2024", date(2024, 3, 2)),
        ("5. Mai 2024, 14:30 Uhr", date(2024, 5, 5)),
        ("mardi 2 avril 2024", date(2024, 4, 2)),
    ],
)
def test_a_short_line_dated_in_the_outlets_language_is_a_byline(stamp: str, expected: date) -> None:
    text = f"Leaders meet\n{stamp}\n(AGENCY) - ROME, MAY 13 - The ministers met on Saturday in the capital."
    assert find_publication_date(text) == (expected, "byline")


@pytest.mark.parametrize(
    "stamp",
    [
        "Vatican News  3 March 2024, 20:45",
        "Daily Mirror March 3, 2024 10:15 AM",
        "The Daily Star  Mar 3, 2024 10:15 AM GMT+6",
        "Kyiv Post 3 March 2024 09.30",
    ],
)
def test_an_outlets_name_before_a_full_date_and_its_time_is_a_byline(stamp: str) -> None:
    text = f"Leaders meet\n\n{stamp}\n\nThe ministers met on Sunday in the capital."
    assert find_publication_date(text) == (date(2024, 3, 3), "byline")


@pytest.mark.parametrize(
    "stamp",
    [
        "Agencia Lusa — Published 03/03/2024 - 10:15",
        "The Nation - Updated March 3, 2024 10:15 AM",
        "Jornal do Brasil – Posted 3 March 2024",
    ],
)
def test_an_outlets_name_and_a_dash_before_published_leave_its_date_a_byline(stamp: str) -> None:
    text = f"Leaders meet\n\n{stamp}\n\nThe ministers met on Sunday in the capital."
    assert find_publication_date(text) == (date(2024, 3, 3), "byline")


@pytest.mark.parametrize(
    "stamp",
    [
        "Lisbon - MAR 3, 2024 - 10:15 CET",
        "THE COURIER | Nairobi - Mar 3, 2024 - 10:15 EAT",
        "Rio de Janeiro – 3 March 2024",
        "Quito — Sunday, March 3, 2024",
    ],
)
def test_a_filing_place_and_a_dash_before_a_full_date_leave_it_a_byline(stamp: str) -> None:
    text = f"Leaders meet\n\n{stamp}\n\nThe ministers met on Sunday in the capital."
    assert find_publication_date(text) == (date(2024, 3, 3), "byline")


@pytest.mark.parametrize(
    "stamp",
    [
        "Issued on: 03/04/2024 - 18:40",
        "Issued on: 03/04/2024 - 18:40 | Modified: 04/04/2024 - 09:02",
        "Issued on: 03/04/2024 - 18:40 Modified: 04/04/2024 - 09:02",  # no bar between them
        "Issued on 3 April 2024",
    ],
)
def test_an_issued_on_stamp_is_a_byline_read_day_first(stamp: str) -> None:
    text = f"Leaders meet\n\n{stamp}\n\nThe ministers met in the capital."
    assert find_publication_date(text) == (date(2024, 4, 3), "byline")


@pytest.mark.parametrize(
    "line", ["Issued by the ministry on 03/04/2024", "Issued: a statement on 03/04/2024"]
)
def test_issued_without_on_after_it_is_no_stamp(line: str) -> None:
    assert find_publication_date(f"Leaders meet\n\n{line}\n\nThe ministers met.")[1] != "byline"


@pytest.mark.parametrize("line", ["Lula - Boric talks open in March 2024", "Santiago - March 2024"])
def test_a_place_and_a_dash_before_no_full_date_is_no_byline(line: str) -> None:
    assert find_publication_date(f"Leaders meet\n\n{line}\n\nThe ministers met.") == (None, "none")


def test_a_sentence_with_a_dash_before_published_is_no_byline() -> None:
    text = "Leaders meet\n\nTalks went well — published figures show trade rose on March 3, 2024.\n\nMet."
    assert find_publication_date(text) == (None, "none")


@pytest.mark.parametrize("headline", ["Leaders Meet In Paris On March 3, 2024", "Summit Opens March 3, 2024"])
def test_a_headline_in_capitals_ending_in_a_date_without_a_time_is_no_byline(headline: str) -> None:
    assert find_publication_date(f"{headline}\nThe ministers met on Sunday.") == (None, "none")


@pytest.mark.parametrize(
    "stamp",
    [
        "Published: Sunday | March 3, 2024 | 12:09 AM",
        "Published: Sun | 3 March 2024 | 6:15 PM",
        "Posted: Sunday | Mar 3, 2024",
    ],
)
def test_a_published_line_whose_first_field_is_a_weekday_takes_the_date_of_the_next(stamp: str) -> None:
    text = f"Leaders meet\n{stamp}\nStaff Writer\nThe ministers met on Saturday in the capital."
    assert find_publication_date(text) == (date(2024, 3, 3), "byline")


def test_a_short_line_of_a_number_a_word_and_a_year_that_is_no_date_gives_none() -> None:
    text = "Leaders meet\n12 Angry Men 1957\nThe ministers met on Saturday in the capital."
    assert find_publication_date(text) == (None, "none")


@pytest.mark.parametrize(
    ("stamp", "dateline", "expected"),
    [
        ("03/04/2024 10:15 AM", "KUALA LUMPUR, April 3 (Bernama) --", date(2024, 4, 3)),
        ("03/04/2024 10:15 AM", "KUALA LUMPUR, March 4 (Bernama) --", date(2024, 3, 4)),
        ("03/04/2024 10:15 AM", "KUALA LUMPUR (Bernama) --", date(2024, 4, 3)),
        ("11/12/2023", "NAIROBI, Dec 11 --", date(2023, 12, 11)),
    ],
)
def test_a_numeric_byline_is_read_in_its_datelines_order(stamp: str, dateline: str, expected: date) -> None:
    text = f"Leaders meet\n{stamp}\n\n{dateline} The ministers met here today."
    assert find_publication_date(text) == (expected, "byline")


@pytest.mark.parametrize(
    ("header", "body", "expected"),
    [
        # an outlet's name in brackets before the stamp, numbers read day first
        ("(MENAFN) Published: 05/09/2024", "Erdogan welcomed Sisi in Ankara on Wednesday.", date(2024, 9, 5)),
        ("(MENAFN- Gulf Times) Published: 12/03/2025", "The Amir met King Abdullah.", date(2025, 3, 12)),
        ("(AFP) Published: 25/06/2024", "Macron met Scholz in Paris on Monday.", date(2024, 6, 25)),
        ("Posted: 07/02/2024 10:15", "Modi held talks with the Emir in Doha on Tuesday.", date(2024, 2, 7)),
        # month first where an American time zone follows
        ("Published: 05/09/2024 10:22 AM EDT", "Blinken met Netanyahu on Wednesday.", date(2024, 5, 9)),
        # the other way where the body tells days of the week up to that reading only
        ("(MENAFN) Published: 11/01/2024", "Shoukry met Safadi in Cairo on January 10.", date(2024, 1, 11)),
        ("Posted: 03/12/2024 09:40", "Akufo-Addo received Tinubu in Accra on December 2.", date(2024, 12, 3)),
    ],
)
def test_a_bylines_date_in_numbers_is_read_day_first_unless_its_zone_or_body_tells_otherwise(
    header: str, body: str, expected: date
) -> None:
    assert find_publication_date(f"Leaders meet\n{header}\n{body}") == (expected, "byline")


@pytest.mark.parametrize(
    ("footer", "expected"),
    [
        ("KUNA 031905 Mar 23", date(2023, 3, 3)),
        ("(end) ab.cd\nKUNA 280730 Nov 22", date(2022, 11, 28)),
        ("www.kcna.kp (Juche112.7.27.)", date(2023, 7, 27)),
        ("www.kcna.kp (Juche111.1.5.)", date(2022, 1, 5)),
    ],
)
def test_an_agencys_date_time_group_or_juche_stamp_is_a_byline(footer: str, expected: date) -> None:
    text = f"Leaders meet\nPyongyang, March 3 (AGENCY) -- The leader received the envoy.\n{footer}\n"
    assert find_publication_date(text) == (expected, "byline")


def test_a_number_before_a_month_in_a_sentence_is_no_date_time_group() -> None:
    text = "Leaders meet\nThe ministers met.\nSome 120000 people marched in May 24 cities joined."
    assert find_publication_date(text) == (None, "none")


def test_a_footer_saying_when_the_story_was_published_is_a_byline() -> None:
    body = "\n".join(f"Paragraph {i} of the story." for i in range(30))
    text = f"Headline\n{body}\nThis article was published on Mar. 2, 2024.\n"
    assert find_publication_date(text) == (date(2024, 3, 2), "byline")


def test_a_dateline_with_a_bar_between_day_and_year_gives_its_date() -> None:
    text = "Leaders meet\nNairobi, March 4/2024 (KNA) - The two presidents met.\nThey discussed trade."
    assert find_publication_date(text) == (date(2024, 3, 4), "dateline")


def test_date_inside_a_body_sentence_is_not_a_publication_date() -> None:
    text = (
        "China Boosts Ties With North Korea, Russia\n"
        "Vladimir Putin and Xi Jinping at the G-20 summit in Osaka, Japan, on June 28, 2019. (Photographer)\n"
        "Xi met Putin on December 30.\n"
    )
    assert find_publication_date(text, year=2021) == (None, "none")


def test_copyright_line_is_not_a_publication_date() -> None:
    assert find_publication_date("Headline\n\nPutin met Xi.\n\n©2021 Bloomberg L.P.\n\nBQ Install") == (
        None,
        "none",
    )


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        ("000_", (date(2024, 11, 19), "date-line")),
        ("001_", (date(2024, 11, 20), "byline")),
        ("002_", (None, "none")),
        ("003_", (date(2024, 2, 28), "byline")),
        ("004_", (date(2023, 7, 13), "date-line")),
    ],
)
def test_seed_articles_give_their_publication_date(prefix: str, expected: tuple[date | None, str]) -> None:
    (path,) = SEEDS.glob(f"{prefix}*.txt")
    assert find_publication_date(path.read_text(encoding="utf-8")) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-11-19", date(2024, 11, 19)),
        ("2024-11-19T08:30:00+00:00", date(2024, 11, 19)),
        (" 2024-11-19 ", date(2024, 11, 19)),
        ("2024-13-40", None),
        ("19/11/2024", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_iso_or_none_reads_iso_dates_and_timestamps_only(
    value: str | None, expected: date | None
) -> None:
    assert parse_iso_or_none(value) == expected


# --- weekdays -------------------------------------------------------------------------------------


@pytest.mark.parametrize("phrase", ["Monday", "on Monday", "Monday morning", "Monday's"])
def test_relative_weekday_resolves_to_latest_day_on_or_before_publication(phrase: str) -> None:
    assert span_of(phrase, TUE_2024_11_19) == (date(2024, 11, 18), date(2024, 11, 18), "day")


def test_weekday_of_the_publication_day_is_the_publication_day() -> None:
    assert span_of("Monday", MON_2024_02_26) == (MON_2024_02_26, MON_2024_02_26, "day")
    assert span_of("Tuesday morning", TUE_2024_11_19) == (TUE_2024_11_19, TUE_2024_11_19, "day")


def test_later_weekday_than_publication_resolves_to_the_previous_week() -> None:
    assert span_of("Friday", TUE_2024_11_19) == (date(2024, 11, 15), date(2024, 11, 15), "day")


def test_last_weekday_is_strictly_before_publication() -> None:
    assert span_of("last Tuesday", TUE_2024_11_19) == (date(2024, 11, 12), date(2024, 11, 12), "day")


def test_two_weekdays_give_a_span_of_days() -> None:
    expected = (MON_2024_02_26, date(2024, 2, 27), "days")
    assert span_of("on Monday and Tuesday", WED_2024_02_28) == expected


def test_weekday_range_keeps_its_order_across_the_publication_week() -> None:
    # Written on Wednesday: Thursday is last week's, so Monday is the Monday before it.
    assert span_of("Monday to Thursday", WED_2024_02_28) == (date(2024, 2, 19), date(2024, 2, 22), "days")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("on Friday, 15th", date(2024, 11, 15)),  # the Friday gone by, which is the 15th
        ("Sunday the 10th", date(2024, 11, 10)),
        ("this Thursday, 21st", date(2024, 11, 21)),  # to come: the 21st is this week's Thursday
        ("Monday (2)", date(2024, 12, 2)),  # the 2nd of the month after, a Monday
        ("Wednesday 30", date(2024, 10, 30)),  # the month before
    ],
)
def test_a_weekday_with_its_day_of_the_month_is_the_day_that_is_both(phrase: str, expected: date) -> None:
    assert span_of(phrase, TUE_2024_11_19) == (expected, expected, "day")


def test_a_weekday_with_its_day_of_the_month_is_read_in_a_future_clause_too() -> None:
    context = "The minister will travel to Rome, where he will meet the pope on Thursday, 21st."
    assert span_of("on Thursday, 21st", TUE_2024_11_19, context=context) == (
        date(2024, 11, 21),
        date(2024, 11, 21),
        "day",
    )


@pytest.mark.parametrize("phrase", ["Friday, 16th", "Monday the 31st"])
def test_a_weekday_and_a_day_of_the_month_that_never_agree_near_publication_give_none(phrase: str) -> None:
    assert resolve(phrase, TUE_2024_11_19) is None


def test_a_weekday_with_its_day_and_month_or_its_hour_keeps_its_own_reading() -> None:
    assert span_of("Friday 15 November", TUE_2024_11_19) == (date(2024, 11, 15), date(2024, 11, 15), "day")
    assert span_of("Friday at 10 am", TUE_2024_11_19) == (date(2024, 11, 15), date(2024, 11, 15), "day")


def test_weekday_in_a_future_clause_is_left_unresolved() -> None:
    context = "Wang met Lavrov in Jakarta, where both will take part in a ministerial meeting Friday."
    assert resolve("Friday", THU_2023_07_13, context=context) is None


def test_weekday_after_a_future_clause_is_still_resolved() -> None:
    context = "Lavrov, who will visit Beijing next month, met Wang on Thursday."
    assert span_of("Thursday", THU_2023_07_13, context=context) == (THU_2023_07_13, THU_2023_07_13, "day")


# --- weeks, days around publication, months and years -------------------------------------------


def test_last_week_is_the_previous_monday_to_sunday() -> None:
    assert span_of("last week", TUE_2024_11_19) == (date(2024, 11, 11), date(2024, 11, 17), "week")


def test_this_week_is_the_publication_monday_to_sunday() -> None:
    assert span_of("this week", TUE_2024_11_19) == (date(2024, 11, 18), date(2024, 11, 24), "week")


@pytest.mark.parametrize(
    ("phrase", "published", "start", "end", "precision"),
    [
        ("earlier this week", date(2024, 11, 21), date(2024, 11, 18), date(2024, 11, 20), "week"),
        ("earlier in the week", date(2024, 11, 21), date(2024, 11, 18), date(2024, 11, 20), "week"),
        ("Earlier this month", date(2024, 11, 19), date(2024, 11, 1), date(2024, 11, 18), "month"),
        ("later this month", date(2024, 11, 19), date(2024, 11, 20), date(2024, 11, 30), "month"),
        ("later this week", date(2024, 11, 19), date(2024, 11, 20), date(2024, 11, 24), "week"),
        # nothing of the week before a Monday: the whole week
        ("earlier this week", date(2024, 11, 18), date(2024, 11, 18), date(2024, 11, 24), "week"),
    ],
)
def test_earlier_or_later_this_week_or_month_is_its_part_before_or_after_publication(
    phrase: str, published: date, start: date, end: date, precision: str
) -> None:
    assert span_of(phrase, published) == (start, end, precision)


def test_a_meeting_earlier_this_month_is_dated_before_publication(meetings_in) -> None:
    text = "Kenyan Foreign Minister Musalia Mudavadi met Subrahmanyam Jaishankar in Delhi earlier this month."
    found = meetings_in(text, published=date(2021, 6, 10))
    assert [(str(m.date.start), str(m.date.end)) for m in found if m.date] == [("2021-06-01", "2021-06-09")]


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("earlier this week", date(2024, 11, 18), date(2024, 11, 18)),
        ("Earlier this month", date(2024, 11, 1), date(2024, 11, 18)),
    ],
)
def test_earlier_this_week_or_month_ends_the_day_before_publication(
    phrase: str, start: date, end: date
) -> None:
    assert span_of(phrase, TUE_2024_11_19)[:2] == (start, end)


def test_earlier_this_week_told_on_its_monday_is_that_week(meetings_in) -> None:
    found = meetings_in("Ruto met Museveni in Kampala earlier this week.", published=date(2024, 11, 18))
    assert [(m.date.start, m.date.end) for m in found] == [(date(2024, 11, 18), date(2024, 11, 24))]


def test_a_meeting_earlier_this_month_is_dated_up_to_the_day_before(meetings_in) -> None:
    found = meetings_in(
        "The finance ministers Nirmala Sitharaman and Muhammad Aurangzeb met in Doha earlier this month, "
        "officials said.",
        published=date(2024, 11, 20),
    )
    assert [(m.date.start, m.date.end) for m in found] == [(date(2024, 11, 1), date(2024, 11, 19))]


@pytest.mark.parametrize(
    "phrase",
    [
        "today",
        "earlier in the day",
        "this afternoon",
        "this morning",
        "tonight",
        "earlier today",
        "early this morning",
        "late this evening",
    ],
)
def test_same_day_phrases_are_the_publication_day(phrase: str) -> None:
    assert span_of(phrase, TUE_2024_11_19) == (TUE_2024_11_19, TUE_2024_11_19, "day")


def test_yesterday_and_days_ago_count_back_from_publication() -> None:
    assert span_of("yesterday", TUE_2024_11_19) == (date(2024, 11, 18), date(2024, 11, 18), "day")
    assert span_of("late yesterday", TUE_2024_11_19) == (date(2024, 11, 18), date(2024, 11, 18), "day")
    assert span_of("three days ago", TUE_2024_11_19) == (date(2024, 11, 16), date(2024, 11, 16), "day")


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("today, Tuesday", TUE_2024_11_19),
        ("today (Tuesday)", TUE_2024_11_19),
        ("Tuesday (today)", TUE_2024_11_19),
        ("this morning, Tuesday", TUE_2024_11_19),
        ("yesterday, Monday", date(2024, 11, 18)),
        ("yesterday (Monday)", date(2024, 11, 18)),
        # a page dated the morning after the wire it prints: its weekday names the day
        ("today, Monday", date(2024, 11, 18)),
        ("yesterday, Sunday", date(2024, 11, 17)),
    ],
)
def test_a_relative_day_told_with_its_weekday_is_the_nearest_day_of_that_weekday(
    phrase: str, day: date
) -> None:
    assert span_of(phrase, TUE_2024_11_19) == (day, day, "day")


def test_a_relative_day_told_with_its_weekday_tagged_as_one_dates_the_meeting(meetings_in) -> None:
    text = (
        "Kenyan Foreign Minister Musalia Mudavadi arrived in Kampala yesterday, Saturday, on a special "
        "flight and was received at Entebbe airport by Foreign Secretary John Mulimba."
    )
    found = meetings_in(text, published=date(2025, 8, 24))
    assert [(m.date.start, m.date.end) for m in found if m.date] == [(date(2025, 8, 23), date(2025, 8, 23))]


@pytest.mark.parametrize("phrase", ["last night", "late last night", "last evening", "yesterday night"])
def test_last_night_is_the_day_before_publication(phrase: str) -> None:
    assert span_of(phrase, TUE_2024_11_19) == (date(2024, 11, 18), date(2024, 11, 18), "day")


@pytest.mark.parametrize("phrase", ["tonight", "this evening"])
def test_tonight_stays_the_day_of_publication(phrase: str) -> None:
    assert span_of(phrase, TUE_2024_11_19) == (TUE_2024_11_19, TUE_2024_11_19, "day")


def test_last_night_names_a_day_and_a_time_of_day_alone_does_not() -> None:
    assert names_a_day("last night") and names_a_day("late last night")
    assert not names_a_day("at night") and not names_a_day("this evening")


@pytest.mark.parametrize(
    "phrase", ["March", "in March", "this March", "mid-March", "early March", "late March"]
)
def test_month_earlier_in_the_publication_year_is_that_whole_month(phrase: str) -> None:
    assert span_of(phrase, THU_2023_07_13) == (date(2023, 3, 1), date(2023, 3, 31), "month")


def test_month_after_the_publication_month_is_in_the_previous_year() -> None:
    assert span_of("in October", date(2025, 1, 10)) == (date(2024, 10, 1), date(2024, 10, 31), "month")


def test_publication_month_itself_is_the_current_month() -> None:
    assert span_of("November", TUE_2024_11_19) == (date(2024, 11, 1), date(2024, 11, 30), "month")


def test_last_month_is_the_previous_calendar_month_across_new_year() -> None:
    assert span_of("last month", date(2025, 1, 10)) == (date(2024, 12, 1), date(2024, 12, 31), "month")


def test_month_with_year_needs_no_publication_date() -> None:
    assert span_of("March 2023", None) == (date(2023, 3, 1), date(2023, 3, 31), "month")


@pytest.mark.parametrize("phrase", ["2001", "in 2022"])
def test_year_alone_is_a_year_span(phrase: str) -> None:
    year = int(phrase[-4:])
    assert span_of(phrase, TUE_2024_11_19) == (date(year, 1, 1), date(year, 12, 31), "year")


def test_last_year_is_the_previous_calendar_year() -> None:
    assert span_of("last year", THU_2023_07_13) == (date(2022, 1, 1), date(2022, 12, 31), "year")


# --- explicit dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("June 28, 2019", date(2019, 6, 28)),
        ("on June 28, 2019", date(2019, 6, 28)),
        ("28 June 2019", date(2019, 6, 28)),
        ("28th of June 2019", date(2019, 6, 28)),
        ("November 8, 2022", date(2022, 11, 8)),
        ("2022-11-08", date(2022, 11, 8)),
        ("Tuesday, Nov. 8, 2022", date(2022, 11, 8)),
    ],
)
def test_explicit_full_date_resolves_with_or_without_publication_date(phrase: str, expected: date) -> None:
    assert span_of(phrase, None) == (expected, expected, "day")
    assert span_of(phrase, TUE_2024_11_19) == (expected, expected, "day")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("September 9", date(2024, 9, 9)),
        ("October 22", date(2024, 10, 22)),
        ("November 19", date(2024, 11, 19)),
        ("December 30", date(2023, 12, 30)),
        ("30 December", date(2023, 12, 30)),
    ],
)
def test_day_and_month_without_year_is_the_latest_such_day_not_after_publication(
    phrase: str, expected: date
) -> None:
    assert span_of(phrase, TUE_2024_11_19) == (expected, expected, "day")


def test_february_29_without_year_looks_back_to_a_leap_year() -> None:
    assert span_of("February 29", date(2023, 7, 13)) == (date(2020, 2, 29), date(2020, 2, 29), "day")


def test_impossible_explicit_date_is_unresolved() -> None:
    assert resolve("February 30, 2023", None) is None


# --- what stays unresolved ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    ["Monday", "on Monday and Tuesday", "last week", "this week", "March", "September 9", "today",
     "yesterday", "last month", "earlier in the day", "3 days ago"],
)  # fmt: skip
def test_relative_phrase_without_publication_date_is_unresolved(phrase: str) -> None:
    assert resolve(phrase, None) is None


@pytest.mark.parametrize(
    "phrase",
    [
        "the century",
        "recent years",
        "2 MIN READ",
        "once",
        "a year ago",
        "next week",
        "next Monday",
        "",
        "the day",
    ],
)
def test_non_date_vague_or_future_phrase_is_unresolved(phrase: str) -> None:
    assert resolve(phrase, TUE_2024_11_19) is None


@pytest.mark.parametrize(
    "phrase",
    ["Monday", "Friday", "last week", "this September", "December 30", "March", "yesterday", "3 days ago"],
)
def test_relative_phrase_never_starts_after_publication(phrase: str) -> None:
    for published in (date(2024, 1, 1), MON_2024_02_26, TUE_2024_11_19, date(2024, 12, 31)):
        span = resolve(phrase, published)
        assert span is not None and span.start is not None
        assert span.start <= published


def test_a_plans_recent_day_is_not_moved_to_next_year(meetings_in):
    from datetime import date

    found = meetings_in(
        "Xi Jinping was to meet Viktor Orban on May 8 in Budapest.", published=date(2024, 5, 10)
    )
    assert [(str(m.date.start), m.kind) for m in found if m.date] == [("2024-05-08", "planned")]


def test_a_plans_long_gone_day_is_next_years(meetings_in):
    from datetime import date

    found = meetings_in("Xi Jinping will meet Viktor Orban on January 5.", published=date(2024, 12, 10))
    assert [str(m.date.start) for m in found if m.date] == ["2025-01-05"]


def test_a_month_of_last_year_is_that_month_a_year_before():
    from datetime import date

    from extract import dates

    span = dates.resolve("November last year", date(2023, 11, 17))
    assert (str(span.start), str(span.end), span.precision) == ("2022-11-01", "2022-11-30", "month")


def test_a_range_of_days_in_a_month_is_those_days():
    from datetime import date

    from extract import dates

    span = dates.resolve("May 10-11", date(2023, 11, 17))
    assert (str(span.start), str(span.end), span.precision) == ("2023-05-10", "2023-05-11", "days")


def test_a_visit_of_several_days_spans_them(meetings_in):
    from datetime import date

    text = (
        "Anwar Ibrahim sets off on Monday on a two-day working visit to Indonesia to meet Prabowo Subianto."
    )
    found = meetings_in(text, published=date(2023, 3, 17))
    assert [(str(m.date.start), str(m.date.end)) for m in found if m.date] == [("2023-03-20", "2023-03-21")]


def test_the_date_of_an_earlier_event_does_not_date_the_meeting(meetings_in):
    from datetime import date

    text = (
        "Following their summit earlier in the day, Fumio Kishida hosted Yoon Suk Yeol "
        "for dinner on Thursday."
    )
    found = meetings_in(text, published=date(2023, 3, 17))
    assert [str(m.date.start) for m in found if m.date] == ["2023-03-16"]


def test_a_range_of_days_that_includes_publication_is_this_year():
    from datetime import date

    from extract import dates

    assert str(dates.resolve("December 12-13", date(2023, 12, 12)).start) == "2023-12-12"


def test_a_meeting_dated_only_by_its_year_spans_that_year(meetings_in):
    from datetime import date

    found = meetings_in(
        "Hasina said that when she met Modi in 2019, he was a gracious host.", published=date(2020, 12, 17)
    )
    assert [(str(m.date.start), str(m.date.end)) for m in found if m.date] == [("2019-01-01", "2019-12-31")]


@pytest.mark.parametrize("phrase", ["at 5 pm", "around 4 pm local time", "4pm", "noon", "16:00"])
def test_a_time_of_day_alone_is_the_day_of_publication(phrase: str) -> None:
    span = resolve(phrase, date(2025, 2, 4))
    assert span is not None and (span.start, span.end, span.precision) == (
        date(2025, 2, 4),
        date(2025, 2, 4),
        "day",
    )


def test_a_time_of_day_keeps_the_day_it_is_given_with() -> None:
    span = resolve("Monday at 3 pm", date(2025, 2, 4))
    assert span is not None and span.start == date(2025, 2, 3)


def test_a_time_of_day_without_a_publication_date_is_no_date() -> None:
    assert resolve("at 5 pm", None) is None


def test_the_same_year_is_the_last_year_written_before_it() -> None:
    span = same_year("that year", "Talks stalled in 2019 and resumed in 2021, when the envoys met")
    assert span is not None and (span.start, span.end, span.precision) == (
        date(2021, 1, 1),
        date(2021, 12, 31),
        "year",
    )
    assert same_year("the same year", "They met on Monday.") is None
    assert same_year("last year", "in 2021") is None


# --- days told relative to the day told before, and other news forms ---------------------------


def dated(found) -> list[tuple[tuple[str, ...], str | None, str | None]]:
    return [
        (
            tuple(sorted(p.name.split()[-1] for p in m.participants)),
            str(m.date.start) if m.date else None,
            str(m.date.end) if m.date else None,
        )
        for m in found
    ]


@pytest.mark.parametrize(
    ("phrase", "offset"),
    [
        ("the same day", 0),
        ("Earlier that day", 0),
        ("later that evening", 0),
        ("the next day", 1),
        ("On the following day", 1),
        ("a day later", 1),
        ("the day after", 1),
        ("the previous day", -1),
        ("the day before", -1),
        ("A day earlier", -1),
        ("three days later", 3),
    ],
)
def test_a_day_told_relative_to_another_counts_from_it(phrase: str, offset: int) -> None:
    from datetime import timedelta

    from extract.dates import relative_day

    span = relative_day(phrase, date(2023, 6, 30))
    assert span is not None and span.start == span.end == date(2023, 6, 30) + timedelta(days=offset)
    assert resolve(phrase, TUE_2024_11_19) is None  # never against publication


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("later that month", "2023-06-01", "2023-06-30"),
        ("in the same month", "2023-06-01", "2023-06-30"),
        ("the following month", "2023-07-01", "2023-07-31"),
        ("two months later", "2023-08-01", "2023-08-31"),
        ("that week", "2023-06-26", "2023-07-02"),
        ("the following week", "2023-07-03", "2023-07-09"),
        ("a week earlier", "2023-06-19", "2023-06-25"),
    ],
)
def test_a_week_or_month_told_relative_to_a_date_counts_from_it(phrase: str, start: str, end: str) -> None:
    from extract.dates import relative_day

    span = relative_day(phrase, date(2023, 6, 30))
    assert span is not None and (str(span.start), str(span.end)) == (start, end)
    assert resolve(phrase, TUE_2024_11_19) is None  # never against publication


def test_later_that_month_is_the_month_told_before(meetings_in) -> None:
    text = (
        "Olaf Scholz and Emmanuel Macron first held talks on the fringes of a summit in Vilnius in May. "
        "Scholz had been due to meet Macron again in Hiroshima later that month, "
        "but the meeting was scrapped."
    )
    found = meetings_in(text, published=date(2023, 6, 14))
    assert [(m.kind, str(m.date.start), str(m.date.end)) for m in found if m.date] == [
        ("in_person", "2023-05-01", "2023-05-31"),
        ("cancelled", "2023-05-01", "2023-05-31"),
    ]


def test_the_following_week_is_the_week_after_the_day_told(meetings_in) -> None:
    text = (
        "Olaf Scholz met Emmanuel Macron in Paris on May 3. "
        "The following week, Scholz held talks with Giorgia Meloni in Rome."
    )
    starts = {
        names: (start, end) for names, start, end in dated(meetings_in(text, published=date(2023, 6, 14)))
    }
    assert starts[("Meloni", "Scholz")] == ("2023-05-08", "2023-05-14")


def test_the_previous_week_is_the_week_before_the_day_told_else_before_publication(meetings_in) -> None:
    call = "Scholz had spoken with Giorgia Meloni by telephone the previous week."
    after_a_day = meetings_in(
        f"Olaf Scholz met Emmanuel Macron on May 3. {call}", published=date(2023, 6, 14)
    )
    alone = meetings_in(f"Olaf Scholz visited Rome. {call}", published=date(2023, 6, 14))
    assert [(start, end) for names, start, end in dated(after_a_day) if "Meloni" in names] == [
        ("2023-04-24", "2023-04-30")
    ]
    assert [(start, end) for names, start, end in dated(alone) if "Meloni" in names] == [
        ("2023-06-05", "2023-06-11")
    ]


def test_that_evening_counts_from_a_day_given_with_a_time(meetings_in) -> None:
    text = (
        "Olaf Scholz met Emmanuel Macron in Paris on Saturday. Mark Rutte, who landed in Berlin on "
        "Monday afternoon, was received by Olaf Scholz at the Chancellery that evening."
    )
    found = meetings_in(text, published=date(2023, 6, 14))
    assert [start for _, start, _ in dated(found)] == ["2023-06-10", "2023-06-12"]


@pytest.mark.parametrize(
    "text",
    [
        "It was the first meeting of Olaf Scholz and Emmanuel Macron since the coalition took office in May.",
        "Olaf Scholz held talks with Emmanuel Macron, his first visit to France since taking office in May.",
    ],
)
def test_a_date_a_meeting_is_the_first_since_does_not_date_it(meetings_in, text: str) -> None:
    assert [start for _, start, _ in dated(meetings_in(text, published=date(2023, 6, 14)))] == [None]


@pytest.mark.parametrize(
    ("summit", "start"),
    [
        (
            "the Amazon summit, the third such gathering after Leticia in 2019 and Manaus in 2021",
            "2023-06-13",
        ),
        ("the Amazon summit, the second such meeting after one in Leticia in 2019", "2023-06-13"),
        # a year of the gathering itself, on a noun that counts no editions before it
        ("the third Amazon summit of 2019", "2019-01-01"),
    ],
)
def test_the_years_of_the_editions_before_a_gathering_do_not_date_it(
    meetings_in, summit: str, start: str
) -> None:
    text = (
        "Lula held talks with Colombian President Gustavo Petro at the palace in Belem on Tuesday morning. "
        "In the afternoon the two presidents were joined in the palace's hall by Chilean President Gabriel "
        f"Boric for {summit}."
    )
    found = [m for m in meetings_in(text, published=date(2023, 6, 14)) if len(m.participants) == 3]
    assert [s for _, s, _ in dated(found)] == [start]


def test_a_where_clause_after_a_date_it_is_the_first_since_takes_the_day_of_arrival(meetings_in) -> None:
    text = (
        "Olaf Scholz arrived in Rome on Monday for his first visit to Italy since 2019, "
        "where he was welcomed at the airport by Giorgia Meloni."
    )
    found = meetings_in(text, published=date(2023, 6, 14))
    assert {start for _, start, _ in dated(found)} == {"2023-06-12"}


def test_a_date_run_on_past_a_comma_into_another_phrase_of_time_is_the_date_before_it(meetings_in) -> None:
    text = "Olaf Scholz and Emmanuel Macron had first spoken by telephone on May 9, days after the election."
    found = meetings_in(text, published=date(2023, 6, 14))
    assert [start for _, start, _ in dated(found)] == ["2023-05-09"]


def test_a_meeting_told_in_order_with_later_or_then_is_held_on_the_day_told_last(meetings_in) -> None:
    text = (
        "Olaf Scholz arrived in Rome on Monday. Scholz and Giorgia Meloni later held a one-on-one "
        "meeting at Palazzo Chigi. The chancellor then met President Sergio Mattarella."
    )
    found = meetings_in(text, published=date(2023, 6, 14))
    assert sorted(dated(found)) == [
        (("Mattarella", "Scholz"), "2023-06-12", "2023-06-12"),
        (("Meloni", "Scholz"), "2023-06-12", "2023-06-12"),
    ]


@pytest.mark.parametrize(
    "second",
    ["Scholz had later met Giorgia Meloni in Rome.", "Scholz will then meet Giorgia Meloni in Rome."],
)
def test_a_meeting_told_in_order_as_background_or_a_plan_takes_no_day_from_it(
    meetings_in, second: str
) -> None:
    found = meetings_in(f"Olaf Scholz met Emmanuel Macron in Paris on Monday. {second}", date(2023, 6, 14))
    assert [start for names, start, _ in dated(found) if "Meloni" in names] == [None]


def test_a_numeric_dateline_is_the_reports_day_and_dates_its_weekdays(meetings_in) -> None:
    text = "Tunis, 03/02/2024 (TAP) - Kais Saied received Abdelmadjid Tebboune on Thursday in Carthage."
    found = meetings_in(text, published=find_publication_date(text)[0])
    assert [start for _, start, _ in dated(found)] == ["2024-02-01"]


def test_a_weekday_dateline_is_the_reports_day_not_the_meetings(meetings_in) -> None:
    text = (
        "ACCRA, Wednesday - Togo's President Faure Gnassingbe yesterday held talks with John Mahama in Accra."
    )
    found = meetings_in(text, published=date(2023, 6, 14))
    assert [start for _, start, _ in dated(found)] == ["2023-06-13"]


def test_the_same_day_is_the_day_of_the_meeting_told_before(meetings_in) -> None:
    text = (
        "Paul Kagame met Ghanaian President Nana Akufo-Addo in Kigali on Saturday, the presidency "
        "said on Sunday. Kagame also held talks the same day with Ugandan President Yoweri Museveni."
    )
    found = meetings_in(text, published=date(2023, 6, 11))
    assert ("Kagame", "Museveni") in [names for names, _, _ in dated(found)]
    assert all(start == "2023-06-10" for _, start, _ in dated(found))


@pytest.mark.parametrize(
    ("text", "pair", "day"),
    [
        (
            "Morocco and Algeria, which broke off relations in 2021, announced on July 4 that they would "
            "reopen embassies. The accord was signed in Rabat that day by Nasser Bourita and Ahmed Attaf.",
            ("Attaf", "Bourita"),
            "2022-07-04",
        ),
        (
            "Oman announced on January 12 that the talks would resume. Later that day, Badr Albusaidi met "
            "Hossein Amir-Abdollahian in Muscat.",
            ("Albusaidi", "Amir-Abdollahian"),
            "2023-01-12",
        ),
        (
            "Baku and Yerevan announced on May 3 that a peace treaty was ready. The next day, Ilham "
            "Aliyev met Recep Tayyip Erdogan in Ankara.",
            ("Aliyev", "Erdogan"),
            "2023-05-04",
        ),
    ],
)
def test_a_day_counts_from_an_announcement_that_is_the_act_its_sentence_tells(
    meetings_in, text, pair, day
) -> None:
    starts = {names: start for names, start, _ in dated(meetings_in(text, published=date(2023, 6, 13)))}
    assert starts[pair] == day


@pytest.mark.parametrize(
    ("text", "pair", "day"),
    [
        (
            "Ilham Aliyev met Nikol Pashinyan in Prague on Saturday, the Azerbaijani presidency announced on "
            "Sunday. Aliyev also held talks the same day with Emmanuel Macron.",
            ("Aliyev", "Macron"),
            "2023-06-10",
        ),
        (
            "Mohammed bin Salman held talks with Ebrahim Raisi in Riyadh on Tuesday. On Monday, Raisi said "
            "that the region could settle its disputes. The same day, Raisi met Tamim bin Hamad Al Thani.",
            ("Raisi", "Thani"),
            None,
        ),
    ],
)
def test_the_same_day_does_not_count_from_a_day_something_was_only_said(meetings_in, text, pair, day) -> None:
    starts = {names: start for names, start, _ in dated(meetings_in(text, published=date(2023, 6, 13)))}
    assert starts[pair] != "2023-06-12"
    if day is not None:
        assert starts[pair] == day


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Pham Minh Chinh held talks with Anthony Albanese in Hanoi on June 5. Albanese invited him to "
            "the ASEAN-Australia Special Summit in Melbourne in March next year. The same day, Nguyen Phu "
            "Trong received Albanese at the Party headquarters.",
            ("Albanese", "Trong"),
        ),
        (
            "Emmanuel Macron hosted Olaf Scholz at the Elysee Palace on Monday. Scholz invited Macron to a "
            "conference in Berlin on 12 December 2023. The same day, Macron met Dutch Prime Minister Mark "
            "Rutte.",
            ("Macron", "Rutte"),
        ),
        (
            "William Ruto held talks with Yoweri Museveni in Kampala on Monday. Museveni accepted an "
            "invitation to visit Nairobi in March next year. The same day, Ruto met Ugandan opposition "
            "leader Robert Kyagulanyi.",
            ("Kyagulanyi", "Ruto"),
        ),
    ],
)
def test_the_same_day_of_a_meeting_held_does_not_count_from_a_day_to_come(meetings_in, text, pair) -> None:
    starts = {names: start for names, start, _ in dated(meetings_in(text, published=date(2023, 6, 6)))}
    assert starts[pair] == "2023-06-05"


def test_days_counted_on_from_a_day_counted_from_another(meetings_in) -> None:
    text = (
        "Mark Rutte met Emmanuel Macron in Paris on Monday. The next day he held talks with "
        "Olaf Scholz. Two days later, Rutte met Giorgia Meloni."
    )
    found = meetings_in(text, published=date(2023, 6, 11))
    starts = {names: start for names, start, _ in dated(found)}
    assert starts[("Macron", "Rutte")] == "2023-06-05"
    assert starts[("Rutte", "Scholz")] == "2023-06-06"
    assert starts[("Meloni", "Rutte")] == "2023-06-08"


def test_a_held_meeting_is_not_dated_by_the_day_of_a_plan_told_before(meetings_in) -> None:
    text = (
        "Olaf Scholz received Mark Rutte in Berlin on Tuesday. The summit will be held in Vilnius "
        "on Friday. Earlier the same day, Scholz had a telephone conversation with Joe Biden."
    )
    found = meetings_in(text, published=date(2023, 7, 5))
    assert ("Biden", "Scholz") in [names for names, _, _ in dated(found)]
    assert {start for _, start, _ in dated(found)} == {"2023-07-04"}


def test_the_day_before_an_event_is_not_counted_from_the_last_day_told(meetings_in) -> None:
    text = "Scholz met Rutte on Tuesday. Scholz also met Joe Biden the day before the summit opened."
    found = meetings_in(text, published=date(2023, 7, 5))
    assert ("Biden", "Scholz", None, None) in [(*names, start, end) for names, start, end in dated(found)]


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("On Monday last week", "2024-11-11", "2024-11-11"),
        ("Tuesday and Wednesday of last week", "2024-11-12", "2024-11-13"),
        ("last weekend", "2024-11-16", "2024-11-17"),
        ("over the weekend", "2024-11-16", "2024-11-17"),
        ("this weekend", "2024-11-16", "2024-11-17"),
        ("at the weekend", "2024-11-16", "2024-11-17"),
        ("the weekend", "2024-11-16", "2024-11-17"),
        ("on the 13th", "2024-11-13", "2024-11-13"),
        ("the 25th", "2024-10-25", "2024-10-25"),
    ],
)
def test_news_forms_of_a_past_day_resolve(phrase: str, start: str, end: str) -> None:
    span = resolve(phrase, TUE_2024_11_19)
    assert span is not None and (str(span.start), str(span.end)) == (start, end)


def test_a_day_of_this_week_still_to_come_is_unresolved() -> None:
    assert resolve("Friday this week", TUE_2024_11_19) is None


def test_a_plans_day_of_the_month_is_the_next_one(meetings_in) -> None:
    found = meetings_in("Olaf Scholz will meet Emmanuel Macron on the 25th.", published=date(2023, 3, 28))
    assert [start for _, start, _ in dated(found)] == ["2023-04-25"]


def test_a_plans_month_of_next_year_has_all_its_days(meetings_in) -> None:
    found = meetings_in("Olaf Scholz will visit Paris in February.", published=date(2023, 5, 20))
    assert [(start, end) for _, start, end in dated(found)] == [("2024-02-01", "2024-02-29")]


@pytest.mark.parametrize(
    "text",
    [
        "Chancellor Olaf Scholz said he would travel to Paris in May to meet Emmanuel Macron.",
        "In May, Olaf Scholz is to pay a state visit to France to meet Emmanuel Macron.",
        "In May, Olaf Scholz is scheduled to tour a factory in Lyon and meet Emmanuel Macron.",
    ],
)
def test_a_plan_takes_the_date_of_its_schedule_or_its_trip(meetings_in, text: str) -> None:
    found = meetings_in(text, published=date(2023, 3, 20))
    assert ("2023-05-01", "2023-05-31") in [(start, end) for _, start, end in dated(found)]


def test_a_day_of_a_visit_of_several_days_is_that_day(meetings_in) -> None:
    text = (
        "Giorgia Meloni met Olaf Scholz in Berlin on Monday, "
        "on the first day of a two-day state visit to Germany."
    )
    found = meetings_in(text, published=date(2023, 6, 14))
    assert [(start, end) for _, start, end in dated(found)] == [("2023-06-12", "2023-06-12")]


def test_a_plans_weekday_is_not_the_day_of_the_news(meetings_in) -> None:
    text = (
        "Giorgia Meloni held talks with Olaf Scholz in Berlin. "
        "Meloni is also expected to sit down with Mark Rutte on Thursday."
    )
    found = meetings_in(text, published=date(2023, 6, 13))
    starts = {names: start for names, start, _ in dated(found)}
    assert starts[("Meloni", "Scholz")] is None
    assert starts[("Meloni", "Rutte")] == "2023-06-15"


def test_a_meeting_also_held_right_after_one_on_a_day_was_held_that_day(meetings_in) -> None:
    text = "Olaf Scholz met Mark Rutte in The Hague on Monday. Scholz also held talks with Giorgia Meloni."
    found = meetings_in(text, published=date(2023, 6, 14))
    assert {start for _, start, _ in dated(found)} == {"2023-06-12"}


@pytest.mark.parametrize(
    ("published", "text", "other", "day"),
    [
        (
            date(2024, 7, 5),
            "Russian President Vladimir Putin held talks with Kazakh President Kassym-Jomart Tokayev in "
            "Astana on Wednesday. Earlier, at the airport, Putin was welcomed by Kazakh Prime Minister "
            "Olzhas Bektenov.",
            "Olzhas Bektenov",
            "2024-07-03",
        ),
        (
            date(2024, 5, 3),
            "Indian Prime Minister Narendra Modi met French President Emmanuel Macron at the Elysee Palace "
            "in Paris on Thursday. Earlier, he held talks with French Prime Minister Gabriel Attal.",
            "Gabriel Attal",
            "2024-05-02",
        ),
        (
            date(2024, 11, 21),
            "Chinese President Xi Jinping held talks with Brazilian President Luiz Inacio Lula da Silva in "
            "Brasilia on Wednesday. Earlier, Xi was greeted at the airport by Brazilian Vice President "
            "Geraldo Alckmin.",
            "Geraldo Alckmin",
            "2024-11-20",
        ),
        (
            date(2024, 3, 19),
            "President Sheikh Mohamed bin Zayed Al Nahyan received Jordan's King Abdullah II at Qasr Al "
            "Shati in Abu Dhabi on Monday. Earlier, the King was received at the airport by Sheikh Mansour "
            "bin Zayed Al Nahyan.",
            "Mansour bin Zayed Al Nahyan",
            "2024-03-18",
        ),
        (
            date(2024, 1, 10),
            "U.S. Secretary of State Antony Blinken met Israeli Prime Minister Benjamin Netanyahu in "
            "Jerusalem on Tuesday. Earlier, Blinken met Israeli President Isaac Herzog.",
            "Isaac Herzog",
            "2024-01-09",
        ),
        (
            date(2024, 1, 10),
            "U.S. Secretary of State Antony Blinken met Israeli Prime Minister Benjamin Netanyahu in "
            "Jerusalem on Tuesday. Earlier, Blinken had met Israeli President Isaac Herzog in Tel Aviv in "
            "November.",
            "Isaac Herzog",
            "2023-11-01",
        ),
    ],
)
def test_a_meeting_told_as_held_earlier_is_on_the_day_of_the_one_before_unless_dated(
    meetings_in, published: date, text: str, other: str, day: str
) -> None:
    earlier = [m for m in meetings_in(text, published=published) if other in {p.name for p in m.participants}]
    assert len(earlier) == 1
    assert earlier[0].date is not None and str(earlier[0].date.start) == day


@pytest.mark.parametrize(
    ("published", "text", "other", "day"),
    [
        (
            date(2024, 10, 25),
            "Kenyan President William Ruto met British Prime Minister Keir Starmer on Thursday on the "
            "sidelines of the Commonwealth summit in Apia. Starmer accepted an invitation to visit Nairobi "
            "next year. Ruto also held talks with Canadian Prime Minister Justin Trudeau.",
            "Justin Trudeau",
            "2024-10-24",
        ),
        (
            date(2024, 11, 12),
            "Saudi Crown Prince Mohammed bin Salman met Egyptian President Abdel Fattah al-Sisi in Riyadh "
            "on Monday on the sidelines of the Arab-Islamic summit. Sisi will visit Jeddah next month. The "
            "Crown Prince also received Turkish President Recep Tayyip Erdogan.",
            "Recep Tayyip Erdogan",
            "2024-11-11",
        ),
        (
            date(2024, 6, 26),
            "Chinese Premier Li Qiang met with Vietnamese Prime Minister Pham Minh Chinh in Dalian on "
            "Tuesday. Chinh is expected to visit Beijing later this year. Li also met with Polish President "
            "Andrzej Duda.",
            "Andrzej Duda",
            "2024-06-25",
        ),
        (
            date(2024, 9, 24),
            "Indian Prime Minister Narendra Modi met Palestinian President Mahmoud Abbas in New York on "
            "Monday on the sidelines of the UN General Assembly. Abbas accepted an invitation to visit New "
            "Delhi next year. Modi also met Nepalese Prime Minister K P Sharma Oli.",
            "KP Sharma Oli",
            "2024-09-23",
        ),
        (
            date(2024, 2, 18),
            "German Chancellor Olaf Scholz met Ukrainian President Volodymyr Zelensky in Munich on Saturday "
            "on the sidelines of the Munich Security Conference. Zelensky is due to visit Berlin next month. "
            "Scholz also held talks with Qatar's Emir Sheikh Tamim bin Hamad Al Thani.",
            "Tamim bin Hamad Al Thani",
            "2024-02-17",
        ),
    ],
)
def test_a_meeting_also_held_after_a_plan_told_between_is_on_the_day_of_the_one_before(
    meetings_in, published: date, text: str, other: str, day: str
) -> None:
    also = [m for m in meetings_in(text, published=published) if other in {p.name for p in m.participants}]
    assert len(also) == 1
    assert also[0].date is not None and str(also[0].date.start) == day


@pytest.mark.parametrize(
    ("text", "others"),
    [
        (
            "Foreign Minister Penny Wong on Monday held talks with Prime Minister James Marape in Port "
            "Moresby. Wong and Marape discussed security cooperation, climate finance and the policing "
            "agreement. At a joint press conference afterwards, Marape said the discussions had been warm "
            "and frank, and that both governments hoped to sign a broader treaty covering trade, fisheries "
            "and labour mobility. Wong also met Deputy Prime Minister John Rosso.",
            {"John Rosso"},
        ),
        (
            "Secretary of State Antony Blinken on Monday held talks with President William Ruto in Nairobi. "
            "Blinken and Ruto discussed the security mission to Haiti, trade and climate. At a joint news "
            "conference afterwards, Ruto said the two governments were working closely together and that "
            "Kenyan police were ready to deploy. Blinken also held separate meetings with opposition leader "
            "Raila Odinga and with Foreign Minister Musalia Mudavadi.",
            {"Raila Odinga", "Musalia Mudavadi"},
        ),
    ],
)
def test_a_meeting_also_held_after_one_told_again_undated_is_on_the_day_first_told(
    meetings_in, text: str, others: set[str]
) -> None:
    found = meetings_in(text, published=date(2024, 3, 6))
    also = [m for m in found if {p.name for p in m.participants} & others]
    assert len(also) == len(others)
    assert all(m.date is not None and str(m.date.start) == "2024-03-04" for m in also)


_UNDATED_PARAGRAPHS = (
    "Boluarte told reporters after the roughly hour-long meeting that trade, mining and the lithium "
    "market were discussed at length by both delegations, along with migration, security and the "
    "fight against organised crime across the Andes. The two sides signed agreements on education, "
    "culture and the protection of the Amazon rainforest.\n\n"
)


@pytest.mark.parametrize(
    ("between", "expected"),
    [("", "2024-03-03"), ("Peru's congress opened its new session on Friday. ", None)],
)
def test_a_meeting_also_held_paragraphs_after_one_on_a_day_telling_no_other_date_was_held_that_day(
    meetings_in, between: str, expected: str | None
) -> None:
    text = (
        "LIMA (Reuters) - French President Emmanuel Macron met Peruvian President Dina Boluarte on Sunday "
        "at the Government Palace.\n\n"
        f"{_UNDATED_PARAGRAPHS}{between}"
        "Macron also held talks with Foreign Minister Javier Gonzalez-Olaechea."
    )
    found = meetings_in(text, published=date(2024, 3, 4))
    starts = {names: start for names, start, _ in dated(found)}
    assert [start for names, start in starts.items() if "Gonzalez-Olaechea" in names] == [expected]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in "
            "Nairobi on December 12. On December 13, Hassan had a series of meetings with other Kenyan "
            "leaders. She met Deputy President Rigathi Gachagua at his residence.",
            date(2023, 12, 14),
            {("Gachagua", "Hassan"): "2023-12-13"},
        ),
        (
            "German Chancellor Olaf Scholz arrived in Hanoi on Sunday. On Monday, Scholz held a string "
            "of meetings with Vietnamese officials. He sat down with Prime Minister Pham Minh Chinh at "
            "the government office.",
            date(2023, 12, 14),
            {("Chinh", "Scholz"): "2023-12-11"},
        ),
        (
            "On Tuesday, Lavrov held a series of talks with African ministers in Moscow. The ministers "
            "came from 12 countries. Lavrov had met Nigerian Foreign Minister Yusuf Tuggar before.",
            date(2023, 12, 14),
            {("Lavrov", "Tuggar"): None},
        ),
        (
            "Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in "
            "Nairobi on December 12. On December 13, Hassan had a series of meetings with other Kenyan "
            "leaders. The new railway to Mombasa opened in March. She met Deputy President Rigathi "
            "Gachagua at his residence.",
            date(2023, 12, 14),
            {("Gachagua", "Hassan"): None},
        ),
    ],
)
def test_a_round_of_meetings_on_a_day_dates_the_meetings_of_it_told_next(
    meetings_in, text: str, published: date, expected: dict
) -> None:
    starts = {names: start for names, start, _ in dated(meetings_in(text, published=published))}
    assert {names: starts.get(names, "missing") for names in expected} == expected


def test_other_leaders_of_a_country_are_not_those_named_before(meetings_in) -> None:
    text = (
        "Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in "
        "Nairobi on Tuesday. On Wednesday, Hassan met other Kenyan leaders."
    )
    found = meetings_in(text, published=date(2023, 12, 14))
    assert dated(found) == [(("Hassan", "Ruto"), "2023-12-12", "2023-12-12")]


@pytest.mark.parametrize(
    "second",
    ["Scholz had also met Giorgia Meloni.", "Emmanuel Macron also held talks with Giorgia Meloni."],
)
def test_a_meeting_told_before_the_news_or_by_others_takes_no_day_from_it(meetings_in, second: str) -> None:
    found = meetings_in(
        f"Olaf Scholz met Mark Rutte in The Hague on Monday. {second}", published=date(2023, 6, 14)
    )
    starts = {names: start for names, start, _ in dated(found)}
    assert starts[("Rutte", "Scholz")] == "2023-06-12"
    assert [start for names, start in starts.items() if "Meloni" in names] == [None]


def test_a_meeting_held_by_someone_who_flew_into_a_city_that_day_is_held_there(meetings_in) -> None:
    text = (
        "Olaf Scholz, who flew into the Italian capital on Monday night, held a bilateral meeting "
        "with Giorgia Meloni shortly after arriving."
    )
    found = meetings_in(text, published=date(2023, 6, 14))
    assert [(m.place and m.place.city, m.date and str(m.date.start)) for m in found] == [
        ("Rome", "2023-06-12")
    ]


def test_a_plans_weekend_is_the_coming_one(meetings_in) -> None:
    found = meetings_in("Olaf Scholz will meet Emmanuel Macron this weekend.", published=date(2023, 6, 14))
    assert [(start, end) for _, start, end in dated(found)] == [("2023-06-17", "2023-06-18")]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # the tagger takes "the weekend" alone out of "over the weekend"
        (
            "Kenyan President William Ruto told reporters that he had spoken separately by telephone with "
            "Ethiopian Prime Minister Abiy Ahmed over the weekend.",
            "2023-06-10",
        ),
        ("Keir Starmer met Irish Taoiseach Simon Harris in Dublin at the weekend.", "2023-06-10"),
        # a plan's is the coming one
        ("Keir Starmer will meet Irish Taoiseach Simon Harris in Dublin at the weekend.", "2023-06-17"),
    ],
)
def test_the_weekend_alone_is_the_weekend_of_the_news(meetings_in, text: str, start: str) -> None:
    [(_, first, _)] = dated(meetings_in(text, published=date(2023, 6, 14)))
    assert first == start


@pytest.mark.parametrize("phrase", ["a weekend", "the first weekend of June", "every weekend", "weekends"])
def test_a_weekend_that_is_none_in_particular_is_unresolved(phrase: str) -> None:
    assert resolve(phrase, TUE_2024_11_19) is None


def test_a_date_set_before_two_joined_clauses_dates_both(meetings_in) -> None:
    text = (
        "On Monday, Olaf Scholz received Giorgia Meloni in Berlin, "
        "and Frank-Walter Steinmeier met the Italian leader."
    )
    found = meetings_in(text, published=date(2023, 6, 14))
    assert {start for _, start, _ in dated(found)} == {"2023-06-12"} and len(found) == 2


def test_a_date_told_after_the_first_clauses_subject_is_that_clauses_own(meetings_in) -> None:
    text = (
        "Olaf Scholz received Giorgia Meloni in Berlin on Monday, "
        "and Frank-Walter Steinmeier met the Italian leader."
    )
    starts = {names: start for names, start, _ in dated(meetings_in(text, published=date(2023, 6, 14)))}
    assert starts[("Meloni", "Scholz")] == "2023-06-12"
    assert starts[("Meloni", "Steinmeier")] is None


@pytest.mark.parametrize(
    ("when", "start", "end"),
    [
        ("next week", "2025-01-20", "2025-01-26"),
        ("next month", "2025-02-01", "2025-02-28"),
        ("tomorrow", "2025-01-15", "2025-01-15"),
        ("tomorrow evening", "2025-01-15", "2025-01-15"),
    ],
)
def test_a_plan_for_tomorrow_next_week_or_next_month_is_dated_so(meetings_in, when, start, end):
    (meeting,) = meetings_in(
        f"Egypt and Morocco\nEgyptian Foreign Minister Badr Abdelatty will meet Moroccan Foreign "
        f"Minister Nasser Bourita {when}.",
        published=date(2025, 1, 14),
    )
    assert meeting.kind == "planned" and meeting.date is not None
    assert (str(meeting.date.start), str(meeting.date.end)) == (start, end)


@pytest.mark.parametrize(
    "plan",
    [
        "Rumen Radev is expected to visit Greece in March to meet Prime Minister Kyriakos Mitsotakis.",
        "Rumen Radev will visit Athens in March to hold talks with Kyriakos Mitsotakis.",
    ],
)
def test_a_plan_takes_the_month_of_the_visit_it_is_the_purpose_of(meetings_in, plan: str) -> None:
    found = meetings_in(plan, published=date(2024, 12, 16))
    assert [(str(m.date.start), str(m.date.end)) for m in found if m.date] == [("2025-03-01", "2025-03-31")]


def test_next_week_is_no_date_of_a_meeting_held(meetings_in):
    found = meetings_in(
        "Egypt and Morocco\nBadr Abdelatty met Nasser Bourita, who said the two would speak again next week.",
        published=date(2025, 1, 14),
    )
    assert all(m.date is None or m.date.start <= date(2025, 1, 14) for m in found if m.kind == "in_person")


_SCENE = (
    "French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Tuesday. "
    "The two leaders discussed trade and defence."
)


@pytest.mark.parametrize(
    "second",
    [
        "Following the meeting, Macron met separately with Italian Prime Minister Giorgia Meloni.",
        "After the talks, Macron held a separate meeting with Italian Prime Minister Giorgia Meloni.",
        "On the sidelines of the summit, Macron held talks with Italian Prime Minister Giorgia Meloni.",
    ],
)
def test_a_meeting_told_as_held_with_the_one_before_takes_its_day(meetings_in, second: str) -> None:
    found = meetings_in(f"{_SCENE} {second}", published=date(2024, 10, 3))
    assert [start for names, start, _ in dated(found) if "Meloni" in names] == ["2024-10-01"]


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("Macron had met separately with Italian Prime Minister Giorgia Meloni.", None),
        ("Macron will meet separately with Italian Prime Minister Giorgia Meloni.", None),
        ("Macron met separately with Italian Prime Minister Giorgia Meloni in 2019.", "2019-01-01"),
    ],
)
def test_a_separate_meeting_told_as_background_a_plan_or_with_its_own_date_keeps_its_own(
    meetings_in, second: str, expected: str | None
) -> None:
    found = meetings_in(f"{_SCENE} {second}", published=date(2024, 10, 3))
    assert [start for names, start, _ in dated(found) if "Meloni" in names] == [expected]


def test_the_sidelines_of_a_conference_of_several_days_give_no_day(meetings_in) -> None:
    text = (
        "At the security conference in Munich on Friday, Antony Blinken met Chinese Foreign Minister "
        "Wang Yi. "
        "On the sidelines of the conference, Blinken held talks with Italian Prime Minister Giorgia Meloni."
    )
    found = meetings_in(text, published=date(2024, 2, 17))
    assert [start for names, start, _ in dated(found) if "Meloni" in names] == [None]


def test_a_separate_meeting_takes_no_day_from_a_date_told_in_the_past_perfect(meetings_in) -> None:
    text = (
        "French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Tuesday. "
        "The two had agreed to meet when they spoke at the summit held in Rome on March 2. "
        "Macron also received Italian Prime Minister Giorgia Meloni separately."
    )
    found = meetings_in(text, published=date(2024, 10, 3))
    assert [start for names, start, _ in dated(found) if "Meloni" in names] == ["2024-10-01"]


def test_a_separate_meeting_takes_no_day_from_an_event_the_news_came_after(meetings_in) -> None:
    text = (
        "French President Emmanuel Macron hosted leaders in Paris on Tuesday, after the Dutch "
        "prime minister's sudden departure on Monday night cut the talks short.\n"
        "Macron met separately with Italian Prime Minister Giorgia Meloni."
    )
    found = meetings_in(text, published=date(2024, 10, 2))
    assert [start for names, start, _ in dated(found) if "Meloni" in names] == ["2024-10-01"]


def test_days_of_a_month_without_a_year_are_of_a_year_that_has_them() -> None:
    span = resolve("February 28-29", date(2024, 2, 17))
    assert span is not None and (span.start, span.end) == (date(2020, 2, 28), date(2020, 2, 29))


def test_a_plan_for_days_only_a_leap_year_has_is_of_the_next_one(meetings_in) -> None:
    text = "Ministers Jeyhun Bayramov and Ararat Mirzoyan will hold talks in Berlin on February 28-29."
    (meeting,) = meetings_in(text, published=date(2024, 2, 17))
    assert meeting.date is not None and (meeting.date.start, meeting.date.end) == (
        date(2024, 2, 28),
        date(2024, 2, 29),
    )


def test_a_day_counted_back_passes_over_a_plans_days(meetings_in) -> None:
    text = (
        "Olaf Scholz met Emmanuel Macron in Paris on Tuesday. Their ministers will hold talks in Berlin on "
        "May 28-29. The next day, Scholz received Italian Prime Minister Giorgia Meloni."
    )
    found = meetings_in(text, published=date(2024, 5, 16))
    assert [start for names, start, _ in dated(found) if "Meloni" in names] == ["2024-05-15"]


def test_separate_talks_after_a_plans_day_take_no_day(meetings_in) -> None:
    text = (
        "Alexander Stubb met Alar Karis in Tallinn on Tuesday. On Wednesday he is scheduled to meet "
        "Kristen Michal. Margus Tsahkna held separate talks with Finnish Foreign Minister Elina Valtonen."
    )
    found = meetings_in(text, published=date(2024, 10, 22))
    assert [start for names, start, _ in dated(found) if "Valtonen" in names] == [None]


def test_a_day_counted_on_passes_over_a_plans_day_told_first(meetings_in) -> None:
    text = (
        "Alexander Stubb met Alar Karis in Tallinn on Tuesday. On Wednesday he is scheduled to meet "
        "Kristen Michal. Following the meeting, Margus Tsahkna met separately with Elina Valtonen."
    )
    found = meetings_in(text, published=date(2024, 10, 22))
    assert [start for names, start, _ in dated(found) if "Valtonen" in names] == ["2024-10-22"]


def test_a_meeting_held_in_conjunction_with_a_three_day_visit_is_held_on_its_one_day(meetings_in):
    text = (
        "Malaysian Prime Minister Anwar Ibrahim held talks with Chinese Premier Li Qiang in Putrajaya on "
        "Wednesday in conjunction with the latter's three-day official visit."
    )
    (meeting,) = meetings_in(text, published=date(2024, 6, 20))
    assert (meeting.date.start, meeting.date.end) == (date(2024, 6, 19), date(2024, 6, 19))


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("from August 4 to 8", ("2024-08-04", "2024-08-08")),
        ("26 to 28 March", ("2024-03-26", "2024-03-28")),
        ("between April 3 and 5", ("2024-04-03", "2024-04-05")),
        ("June 2 through 4", ("2024-06-02", "2024-06-04")),
    ],
)
def test_a_range_of_days_told_in_words_is_those_days(phrase: str, expected: tuple[str, str]) -> None:
    span = resolve(phrase, date(2024, 9, 1))
    assert span is not None and (str(span.start), str(span.end), span.precision) == (*expected, "days")


def test_two_days_joined_by_and_are_no_range() -> None:
    span = resolve("May 3 and 5", date(2024, 9, 1))
    assert span is None or span.end != date(2024, 5, 5) or span.start != date(2024, 5, 3)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("May 6 and 7", ("2024-05-06", "2024-05-07")),
        ("on 6 and 7 May", ("2024-05-06", "2024-05-07")),
        ("July 30 and 31, 2023", ("2023-07-30", "2023-07-31")),
        ("on August 19 and 20", ("2024-08-19", "2024-08-20")),
    ],
)
def test_two_days_one_after_the_other_joined_by_and_are_those_days(
    phrase: str, expected: tuple[str, str]
) -> None:
    span = resolve(phrase, date(2024, 9, 1))
    assert span is not None and (str(span.start), str(span.end), span.precision) == (*expected, "days")


def test_a_plan_of_days_told_from_one_to_another_is_on_those_days(meetings_in):
    text = (
        "Egyptian President Abdel Fattah al-Sisi will pay a state visit to Kenya from October 6 to 9 "
        "at the invitation of President William Ruto, the foreign ministry said on Tuesday."
    )
    found = meetings_in(text, published=date(2025, 9, 30))
    assert [(str(m.date.start), str(m.date.end)) for m in found if m.date] == [("2025-10-06", "2025-10-09")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruto will travel to Addis Ababa on Friday and hold talks with Ethiopian Prime Minister"
            " Abiy Ahmed.",
            "2023-05-19",
        ),
        (
            "Antony Blinken would fly to Port Moresby on Monday in Biden's place and meet James Marape.",
            "2023-05-22",
        ),
        ("Wang Yi will head to Moscow on Thursday and meet Sergei Lavrov.", "2023-05-18"),
    ],
)
def test_a_plan_to_travel_on_a_day_and_meet_someone_there_is_on_that_day(meetings_in, text, expected):
    found = meetings_in(text, published=date(2023, 5, 17))
    assert [str(m.date.start) for m in found if m.date] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Olaf Scholz flies to Beijing on Saturday, where he is expected to meet Xi Jinping.", "2023-05-20"),
        (
            "Shehbaz Sharif will travel to Tashkent on May 20, where he is scheduled to hold talks with"
            " Shavkat Mirziyoyev.",
            "2023-05-20",
        ),
        (
            "Narendra Modi will travel by train to Kyiv on Friday, where he is due to meet Ukrainian"
            " President Volodymyr Zelenskiy.",
            "2023-05-19",
        ),
    ],
)
def test_a_plan_told_where_a_dated_trip_goes_is_on_the_trips_day(meetings_in, text, expected):
    found = meetings_in(text, published=date(2023, 5, 17))
    assert [str(m.date.start) for m in found if m.date] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Party General Secretary Nguyen Phu Trong held talks with Chinese President Xi Jinping in Hanoi on"
        " December 12, shortly after the Chinese leader arrived for a two-day state visit to Vietnam.",
        "Arriving in Tokyo on Tuesday for a three-day official visit, Indonesian President Prabowo Subianto"
        " held talks with Shigeru Ishiba.",
        "Egyptian President Abdel Fattah al-Sisi met Kenyan President William Ruto in Nairobi on Tuesday"
        " after he flew in for a two-day state visit.",
    ],
)
def test_a_visit_of_days_told_in_a_clause_aside_leaves_the_meeting_its_day(meetings_in, text):
    found = meetings_in(text, published=date(2023, 12, 13))
    assert [(str(m.date.start), str(m.date.end)) for m in found if m.date] == [("2023-12-12", "2023-12-12")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenyan President William Ruto hosted Ethiopian Prime Minister Abiy Ahmed and Somali"
            " President Hassan Sheikh Mohamud in Nairobi on Wednesday. Ruto first held separate meetings"
            " with Abiy Ahmed and with Hassan Sheikh Mohamud at State House, before hosting the two"
            " leaders together.",
            {"2024-12-11"},
        ),
        (
            "Qatar's Emir Sheikh Tamim bin Hamad Al Thani received Rwandan President Paul Kagame and"
            " Congolese President Felix Tshisekedi in Doha on Tuesday. Tamim held a one-on-one meeting"
            " with Kagame at the Amiri Diwan.",
            {"2024-12-10"},
        ),
    ],
)
def test_a_meeting_of_the_lead_meetings_own_people_is_on_its_day(meetings_in, text, expected):
    found = meetings_in(text, published=date(2024, 12, 12))
    assert all(m.date for m in found) and {str(m.date.start) for m in found if m.date} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Macron said on Wednesday the talks were over. Putin and Erdogan last met in Sochi on"
            " September 4. Putin then received Iranian President Masoud Pezeshkian in Moscow two days later.",
            "2025-09-06",
        ),
        (
            "Ruto spoke on Tuesday. Ruto and Museveni had last met in Kampala on June 3. The next day,"
            " Museveni hosted Tanzanian President Samia Suluhu Hassan in Entebbe.",
            "2025-06-04",
        ),
    ],
)
def test_a_day_counted_on_from_a_background_day_counts_from_it(meetings_in, text, expected):
    found = meetings_in(text, published=date(2025, 10, 22))
    assert expected in [str(m.date.start) for m in found if m.date and not m.background]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Wednesday, Indian Prime Minister Narendra Modi is due to hold talks with Japanese Prime"
            " Minister Shigeru Ishiba.",
            "2024-11-20",
        ),
        (
            "On Friday, Kenyan President William Ruto is due to hold talks with Yoweri Museveni in Kampala.",
            "2024-11-22",
        ),
    ],
)
def test_a_plans_day_put_first_dates_the_plan(meetings_in, text, expected):
    found = meetings_in(text, published=date(2024, 11, 18))
    assert [str(m.date.start) for m in found if m.date and m.kind == "planned"] == [expected]


@pytest.mark.parametrize(
    ("phrase", "published", "expected"),
    [
        ("Wednesday 24 May", date(2023, 5, 17), date(2023, 5, 24)),
        ("Monday, March 4", date(2024, 2, 29), date(2024, 3, 4)),
        ("Friday 8 December", date(2024, 1, 10), date(2023, 12, 8)),
    ],
)
def test_a_day_and_month_told_with_its_weekday_is_of_the_year_that_fits(phrase, published, expected) -> None:
    span = resolve(phrase, published)
    assert span is not None and span.start == expected


@pytest.mark.parametrize(
    ("phrase", "published", "expected"),
    [
        ("next Saturday, 14 June", date(2025, 6, 10), date(2025, 6, 14)),
        ("this Friday, October 3", date(2025, 9, 29), date(2025, 10, 3)),
        ("last Tuesday, March 4", date(2025, 3, 7), date(2025, 3, 4)),
    ],
)
def test_a_weekdays_next_or_last_before_its_day_and_month_adds_nothing(phrase, published, expected) -> None:
    span = resolve(phrase, published)
    assert span is not None and (span.start, span.end, span.precision) == (expected, expected, "day")


def test_a_weekdays_next_alone_still_gives_none() -> None:
    assert resolve("next Saturday", date(2025, 6, 10)) is None


def test_a_plans_next_weekday_with_its_day_and_month_dates_the_plan(meetings_in):
    text = (
        "Ghana's President John Mahama said he would receive Togolese President Faure Gnassingbe in Accra"
        " next Saturday, 14 June, for a regional trade forum."
    )
    found = meetings_in(text, published=date(2025, 6, 10))
    assert [str(m.date.start) for m in found if m.date] == ["2025-06-14"], found


def test_a_plans_day_told_with_its_weekday_is_not_moved_a_week(meetings_in):
    text = (
        "The Australian prime minister had been due to host Biden, India's Narendra Modi and Japan's"
        " Fumio Kishida at the Sydney Opera House on Wednesday 24 May."
    )
    found = meetings_in(text, published=date(2023, 5, 17))
    assert {str(m.date.start) for m in found if m.date} == {"2023-05-24"}


@pytest.mark.parametrize(
    "text",
    [
        "In his meeting with Albanese, Ferdinand Marcos Jr. thanked Australia for upholding the 2016 arbitral"
        " award.",
        "During the talks, Masoud Pezeshkian and Emmanuel Macron discussed the 2015 nuclear deal.",
    ],
)
def test_the_year_of_a_thing_talked_about_does_not_date_the_meeting(meetings_in, text):
    found = meetings_in(text, published=date(2024, 2, 29))
    assert found and all(m.date is None for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Brazilian President Lula met Chilean President Gabriel Boric at La Moneda on Monday. Lula and Boric "
        "also discussed the situation in Venezuela following the disputed July 28 presidential election.",
        "Turkish President Recep Tayyip Erdogan met Azerbaijani President Ilham Aliyev in Nakhchivan on "
        "Monday. The two leaders also discussed the September 19 military operation in Karabakh.",
        "Japanese Prime Minister Shigeru Ishiba held talks with Indian Prime Minister Narendra Modi in "
        "Vientiane on Thursday. They also discussed the October 1 Iranian missile attack.",
        "Boric received Lula at La Moneda in Santiago on Monday. Both presidents called on the Venezuelan "
        "authorities to publish the voting tallies of the July 28 election.",
    ],
)
def test_the_day_of_a_thing_talked_about_makes_no_meeting_of_its_own(meetings_in, text):
    """ "also discussed the July 28 election": the talks told before, not a meeting on July 28."""
    found = meetings_in(text, published=date(2024, 10, 11))
    assert len(found) == 1 and found[0].date is not None and found[0].date.phrase in {"Monday", "Thursday"}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The June 5 talks between Wang Yi and Lavrov in Beijing were productive.", date(2024, 6, 5)),
        ("Sisi and Erdogan agreed at their February 14 meeting in Cairo to restore ties.", date(2024, 2, 14)),
        (
            "Ramaphosa attended the May 29 inauguration of Milei in Buenos Aires, where he met Lula.",
            date(2024, 5, 29),
        ),
    ],
)
def test_the_day_of_a_meeting_or_a_gathering_dates_it(meetings_in, text, day):
    found = meetings_in(text, published=date(2024, 6, 20))
    assert [m.date.start for m in found if m.date] == [day]


def test_the_year_of_a_gathering_dates_the_meeting_at_it(meetings_in):
    found = meetings_in(
        "Xi Jinping met Joe Biden at the 2022 G20 summit in Bali.", published=date(2024, 2, 29)
    )
    assert [str(m.date.start) for m in found if m.date] == ["2022-01-01"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Emmanuel Macron spoke by phone with Volodymyr Zelensky. During the conversation on December 3,"
            " Zelensky insisted on more air defence.",
            "2024-12-03",
        ),
        (
            "Mette Frederiksen held a tense phone call with Donald Trump. During the 45-minute conversation"
            " on January 15, Trump insisted on his interest in Greenland.",
            "2025-01-15",
        ),
    ],
)
def test_a_definite_reference_to_a_call_with_its_date_dates_the_call(meetings_in, text, expected):
    found = meetings_in(text, published=date(2025, 1, 28))
    assert [(m.kind, str(m.date.start) if m.date else None) for m in found] == [("phone", expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Emmanuel Macron will host Olaf Scholz in Paris on Monday. Before meeting Scholz, Macron is"
            " scheduled to receive Donald Tusk.",
            "2023-12-11",
        ),
        (
            "Lula met Xi Jinping in Beijing on Friday. After meeting Xi, Lula held talks with Li Qiang.",
            "2023-12-01",
        ),
        (
            "Recep Tayyip Erdogan and Kyriakos Mitsotakis are to meet on Thursday in Athens. Before sitting"
            " down with the Greek premier, Erdogan is due to see President Katerina Sakellaropoulou.",
            "2023-12-07",
        ),
    ],
)
def test_a_meeting_told_right_before_or_after_another_is_on_its_day(meetings_in, text, expected):
    found = meetings_in(text, published=date(2023, 12, 7))
    assert {str(m.date.start) if m.date else None for m in found} == {expected}


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("on Sept. 10 last year", date(2023, 9, 10)),
        ("March 3 last year", date(2023, 3, 3)),
        ("15 March this year", date(2024, 3, 15)),
        ("on 2 February this year", date(2024, 2, 2)),
    ],
)
def test_a_day_of_last_or_this_year_is_that_day(phrase, expected):
    assert span_of(phrase, WED_2024_02_28) == (expected, expected, "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rubio wraps up tour\n\nKingston/Georgetown, March 28 (CMC) - Rubio met Holness.\n\n"
            "He flew on to Suriname.\n\n-- CMC/ah/2025",
            date(2025, 3, 28),
        ),
        (
            "Talks in Bridgetown\n\nBRIDGETOWN, Nov 4 (CMC) - Mottley received the envoy.\n\nCMC/jn/ir/2023",
            date(2023, 11, 4),
        ),
    ],
)
def test_a_wire_stories_sign_off_gives_the_year_its_dateline_lacks(text: str, expected: date) -> None:
    assert find_publication_date(text) == (expected, "dateline")


def test_a_year_in_a_copyright_line_gives_no_dateline_its_year() -> None:
    text = "Macron calls Steinmeier\n\nPARIS, July 1 (AFP) - Macron called.\n\nCopyright 2023/AFP"
    assert find_publication_date(text) == (None, "none")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("APA-Dakar (Senegal) May 6, 2024 - Faye received the Gambian president.", date(2024, 5, 6)),
        ("GNA-Accra (Ghana) 3 March 2024 - Mahama met the envoy.", date(2024, 3, 3)),
    ],
)
def test_an_agency_joined_to_its_dateline_gives_the_date_after_the_country(line: str, expected: date) -> None:
    assert find_publication_date(f"Talks\n{line}\nThey discussed trade.") == (expected, "dateline")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Nairobi (AFP) - Tue, March 5, 2024", date(2024, 3, 5)),
        ("Quito (AFP) - Wed., 14 June 2023 - Noboa received the Colombian president.", date(2023, 6, 14)),
        ("HANOI, Thurs, Sept 12, 2024 (VNA) - The two ministers held talks.", date(2024, 9, 12)),
    ],
)
def test_a_dateline_with_a_short_weekday_before_its_date_gives_that_date(line: str, expected: date) -> None:
    assert find_publication_date(f"Leaders meet\n\n{line}\n\nThey discussed trade.") == (expected, "dateline")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("March 12, 2024 (JUBA) - Kiir received the Kenyan envoy at State House.", date(2024, 3, 12)),
        (
            "5 October 2022 (Khartoum) – The council chairman flew to Cairo for talks with Sisi.",
            date(2022, 10, 5),
        ),
        ("Jan. 9, 2025 (NDJAMENA) -- The transitional president met the French minister.", date(2025, 1, 9)),
    ],
)
def test_a_dateline_giving_its_date_before_the_place_in_brackets_gives_that_date(
    line: str, expected: date
) -> None:
    """Some outlets open a story with its full date and then the town it was filed from."""
    assert find_publication_date(f"Leaders meet\n\n{line}\n\nThey discussed trade.") == (expected, "dateline")


@pytest.mark.parametrize(
    "line",
    [
        "March 12 (JUBA) - Kiir received the Kenyan envoy at State House.",  # no year: no date
        "March 12, 2024 (the day of the vote) - Kiir received the Kenyan envoy.",  # an aside, no place
        "In March 12, 2024 (JUBA) talks, Kiir received the Kenyan envoy.",  # not opened by the date
    ],
)
def test_a_date_before_brackets_is_no_dateline_without_a_year_a_place_and_a_dash(line: str) -> None:
    assert find_publication_date(f"Leaders meet\n\n{line}\n\nThey discussed trade.") == (None, "none")


def test_a_date_first_datelines_day_dates_the_weekdays_and_months_of_its_story(meetings_in) -> None:
    text = (
        "June 6, 2024 (MOGADISHU) - Somali President Hassan Sheikh Mohamud arrived in Nairobi on Thursday. "
        "On Monday he was in Addis Ababa, where he was received by Ethiopian Prime Minister Abiy Ahmed. "
        "In March, Mohamud spoke by telephone with Kenyan President William Ruto."
    )
    found = meetings_in(text, published=find_publication_date(text)[0])
    days = {tuple(p.name for p in m.participants): m.date for m in found}
    abiy = next(d for names, d in days.items() if "Abiy Ahmed" in names)
    ruto = next(d for names, d in days.items() if "William Ruto" in names)
    assert abiy is not None and abiy.start == date(2024, 6, 3)
    assert ruto is not None and (ruto.start, ruto.end) == (date(2024, 3, 1), date(2024, 3, 31))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On March 17, Mark Carney met French President Emmanuel Macron at the Élysée Palace and then "
            "flew to London, where he held talks with British Prime Minister Keir Starmer.",
            "2025-03-17",
        ),
        (
            "On Monday Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa "
            "and then flew to Kampala, where he held talks with Ugandan President Yoweri Museveni.",
            "2025-03-24",
        ),
        (
            "In early February Lula received Argentine President Javier Milei in Brasilia and later flew to "
            "Montevideo, where he met Uruguayan President Yamandu Orsi.",
            "2025-02-01",
        ),
    ],
)
def test_a_date_set_before_two_joined_clauses_dates_the_where_clause_of_the_second(
    meetings_in, text: str, expected: str
) -> None:
    found = meetings_in(text, published=date(2025, 3, 28))
    assert len(dated(found)) == 2
    assert {start for _, start, _ in dated(found)} == {expected}


def test_a_date_told_after_the_first_clauses_subject_does_not_date_the_where_clause(meetings_in) -> None:
    text = (
        "Mark Carney met French President Emmanuel Macron in Paris on Monday and then flew to London, "
        "where he held talks with British Prime Minister Keir Starmer."
    )
    found = meetings_in(text, published=date(2025, 3, 28))
    assert [start for names, start, _ in dated(found) if "Starmer" in names] == [None]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Italian Prime Minister Giorgia Meloni held bilateral meetings with the Prime Ministers of "
            "Canada and Japan today on the sidelines of the G7 summit in Apulia.\n\nMeloni met Japanese "
            "Prime Minister Fumio Kishida. The two discussed defence.\n\nMeloni also had a bilateral "
            "meeting with Indian Prime Minister Narendra Modi.",
            date(2024, 6, 14),
            "2024-06-14",
        ),
        (
            "Brazilian President Luiz Inacio Lula da Silva held bilateral meetings with the Presidents of "
            "France and South Africa on Monday on the sidelines of the G20 summit in Rio de Janeiro.\n\n"
            "Lula also met Chinese President Xi Jinping, with whom he discussed trade.",
            date(2024, 11, 19),
            "2024-11-18",
        ),
    ],
)
def test_a_round_of_meetings_the_lead_dates_dates_the_rounds_meetings_told_after_it(
    meetings_in, text: str, published: date, expected: str
) -> None:
    found = meetings_in(text, published=published)
    assert [start for names, start, _ in dated(found) if "Modi" in names or "Jinping" in names] == [expected]


def test_the_attendance_of_a_summit_told_before_takes_that_summits_day_and_place(meetings_in) -> None:
    text = (
        "Mirziyoyev takes part in first-ever C5+1 summit with U.S. President Biden\n\n"
        "TASHKENT (UzA) - President Shavkat Mirziyoyev took part in the first-ever summit of the heads of "
        "state of Central Asia and the United States in the C5+1 format, held in New York on September 19, "
        "the press service said.\n\nThe summit was hosted by U.S. President Joseph Biden and attended by "
        "President of Kazakhstan Kassym-Jomart Tokayev and President of Tajikistan Emomali Rahmon."
    )
    found = meetings_in(text, published=date(2023, 9, 20))
    attended = [m for m in found if any("Tokayev" in p.name for p in m.participants)]
    assert [(m.place and m.place.city, m.date and str(m.date.start)) for m in attended] == [
        ("New York City", "2023-09-19")
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "TASHKENT, May 3, 2024, Kun-Uz -- Uzbek President Shavkat Mirziyoyev on Wednesday held talks "
            "with Turkmen President Serdar Berdimuhamedov in Ashgabat.",
            date(2024, 5, 3),
            "2024-05-01",
        ),
        (
            "KYIV, March 12, 2024, Interfax-Ukraine - Ukrainian President Volodymyr Zelensky, who arrived "
            "in Riyadh on Monday, held talks with Saudi Crown Prince Mohammed bin Salman.",
            date(2024, 3, 12),
            "2024-03-11",
        ),
    ],
)
def test_a_dateline_whose_agency_is_a_hyphenated_name_is_the_reports_day(
    meetings_in, text: str, published: date, expected: str
) -> None:
    assert [start for _, start, _ in dated(meetings_in(text, published=published))] == [expected]


def test_the_day_of_something_said_before_a_meeting_dates_no_plan_of_it(meetings_in):
    """ "their meeting comes after Trump's comments on Monday": Monday is the comments' day, and
    the meeting told again is the one held, no plan for Monday."""
    text = (
        "Donald Trump greeted Mark Carney at the White House on Tuesday. The two are expected to talk trade "
        "and security, although their meeting comes after Trump's comments on Monday indicated he remains "
        "committed to tariffs."
    )
    found = meetings_in(text, published=date(2025, 10, 7))
    assert [(m.kind, m.date.start if m.date else None) for m in found] == [("in_person", date(2025, 10, 7))]


# --- a day told alone after its month -------------------------------------------------------------


def test_a_day_told_alone_after_a_month_is_that_day_of_that_month() -> None:
    from extract.dates import day_of_the_month

    march = resolve("last March", TUE_2024_11_19)
    assert march is not None
    span = day_of_the_month("on the 7th", march)
    assert span is not None and (span.start, span.precision) == (date(2024, 3, 7), "day")


@pytest.mark.parametrize("phrase", ["the 30th", "on Friday", "March 7"])
def test_a_day_the_month_lacks_or_a_phrase_that_is_no_day_alone_gives_none(phrase: str) -> None:
    from extract.dates import day_of_the_month

    february = resolve("in February", TUE_2024_11_19)
    assert february is not None and day_of_the_month(phrase, february) is None


def test_a_day_told_alone_needs_a_month_not_a_year() -> None:
    from extract.dates import day_of_the_month

    year = resolve("in 2022", TUE_2024_11_19)
    assert year is not None and day_of_the_month("the 7th", year) is None


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("Ruto's March 4", date(2024, 3, 4)),
        ("the AU's 9 February", date(2024, 2, 9)),
        ("Prime Minister Kishida’s Jan. 15", date(2024, 1, 15)),
    ],
)
def test_a_name_owning_a_date_leaves_the_day(phrase: str, day: date) -> None:
    span = resolve(phrase, date(2024, 3, 20))
    assert span is not None and (span.start, span.end, span.precision) == (day, day, "day")


@pytest.mark.parametrize(
    ("phrase", "start", "precision"),
    [
        ("Monday's", date(2024, 3, 18), "day"),  # a day's own
        ("March's", date(2024, 3, 1), "month"),
        ("this year's", date(2024, 1, 1), "year"),
    ],
)
def test_a_day_or_month_owning_itself_keeps_its_meaning(phrase: str, start: date, precision: str) -> None:
    span = resolve(phrase, date(2024, 3, 20))
    assert span is not None and (span.start, span.precision) == (start, precision)


def test_a_name_owning_no_date_gives_none() -> None:
    assert resolve("Ruto's", date(2024, 3, 20)) is None


# --- the day the news is told from --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("date 2025-05-07\nHANOI, May 6 (VNA) - The ministers met today.", date(2025, 5, 6)),
        ("date 2025-05-08\nDHAKA, 6 May (BSS) - The ministers met today.", date(2025, 5, 6)),
        ("date 2026-01-01\nSEOUL, Dec. 31 (Yonhap) -- The ministers met today.", date(2025, 12, 31)),
        ("date 2025-05-06\nHANOI, May 6 (VNA) - The ministers met today.", date(2025, 5, 6)),
        # a dateline three days behind, or after the page, is no wire of the page's news
        ("date 2025-05-09\nHANOI, May 6 (VNA) - The ministers met today.", date(2025, 5, 9)),
        ("date 2025-05-05\nHANOI, May 6 (VNA) - The ministers met today.", date(2025, 5, 5)),
        ("date 2025-05-07\nThe ministers met in Hanoi on May 6.", date(2025, 5, 7)),
    ],
)
def test_news_is_told_from_a_wire_datelines_day_a_day_or_two_behind_its_page(text: str, day: date) -> None:
    published, _ = find_publication_date(text)
    assert day_of_the_news(text, published) == day


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("BAKU, MARCH 3, AZERTAC. The ministers met.", (3, 3)),
        ("Yerevan, 3 March, ARMENPRESS. The ministers met.", (3, 3)),
        ("Tbilisi, March 3 (GEORGIA TODAY) - The ministers met.", (3, 3)),
    ],
)
def test_a_wire_dateline_may_name_its_agency_after_a_comma(line: str, day: tuple[int, int]) -> None:
    assert dateline_day(line) == day


@pytest.mark.parametrize(
    "line", ["Baku, March 3, 2025 - The ministers met.", "Baku, March 3, they said, the ministers met."]
)
def test_a_year_or_words_after_the_comma_are_no_agency(line: str) -> None:
    assert dateline_day(line) is None


# --- a day told with a month counted from publication ---------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("on the 4th of this month", date(2024, 11, 4)),
        ("the 28th of last month", date(2024, 10, 28)),
        ("on the 2nd of the previous month", date(2024, 10, 2)),
        ("on the 21st of this month", date(2024, 11, 21)),
        ("the 5th of next month", date(2024, 12, 5)),
    ],
)
def test_a_day_of_this_last_or_next_month_is_that_day_of_that_month(phrase: str, expected: date) -> None:
    span = resolve(phrase, TUE_2024_11_19)
    assert span is not None and (span.start, span.end, span.precision) == (expected, expected, "day")


@pytest.mark.parametrize("phrase", ["the 31st of this month", "the 4th of last month"])
def test_a_day_of_a_nearby_month_the_month_lacks_or_without_publication_gives_none(phrase: str) -> None:
    published = None if "last" in phrase else TUE_2024_11_19
    assert resolve(phrase, published) is None


def test_a_call_on_a_day_of_this_month_is_dated_that_day(meetings_in):
    text = (
        "Kenyan President William Ruto and Ghanaian President John Mahama spoke by phone on the 3rd of "
        "this month."
    )
    found = meetings_in(text, published=date(2025, 2, 20))
    assert [(m.kind, m.date.start if m.date else None) for m in found] == [("phone", date(2025, 2, 3))]


def test_entry_stamps_of_a_live_blog_are_lines_of_a_date_and_a_clock_time_alone():
    text = "Live: the summit\n12 May 2024, 14:05 BST\nTalks began.\nSaturday, May 11 at 9 a.m.\nTalks."
    assert [(month, day) for _, month, day in entry_stamps(text)] == [(5, 12), (5, 11)]
    # a sentence that opens with a date is no stamp
    assert entry_stamps("May 12, 2024 was a Sunday.\nMay 11 2024 too.\nTalks.") == []


@pytest.mark.parametrize(
    ("phrase", "published", "start"),
    [
        ("last weekend", date(2023, 8, 20), "2023-08-12"),  # a Sunday: the weekend before
        ("last weekend", date(2024, 11, 16), "2024-11-09"),  # a Saturday
        ("last weekend", date(2024, 11, 18), "2024-11-16"),  # a Monday: the one just gone
        ("over the weekend", date(2023, 8, 20), "2023-08-19"),  # a Sunday: this one
        ("this weekend", date(2023, 8, 20), "2023-08-19"),
    ],
)
def test_last_weekend_written_on_a_weekend_is_the_one_before(phrase, published, start) -> None:
    span = resolve(phrase, published)
    assert span is not None and str(span.start) == start


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Ann Lee · CBC News · Posted: Feb 16, 2023 5:33 PM EST", date(2023, 2, 16)),
        ("Ann Lee • Posted: Feb 16, 2023", date(2023, 2, 16)),
        ("Source: Xinhua| 2024-10-23 23:12:40|Editor: huaxia", date(2024, 10, 23)),
        ("Department of Research 20-11-2024   ", date(2024, 11, 20)),
        ("KUNA 161422 Jun 24 ", date(2024, 6, 16)),
        ("www.kcna.kp (Juche113.9.14.)", date(2024, 9, 14)),
        ("The two ministers met on 20-11-2024 in Moscow and spoke for an hour.", None),
        ("Leaders of the two countries, who met in 2019, spoke again on Tuesday", None),
    ],
)
def test_a_byline_is_read_whatever_the_line_its_searches_are_asked_of_holds(line, expected):
    """A line's searches are asked only where it holds what they need (a bar or a dot between
    fields, a last digit, "Juche"); every kind of stamp is still read, a sentence is none."""
    head = f"Leaders meet\n{line}\nThe two leaders met on Monday and discussed trade and security."
    assert find_publication_date(head)[0] == expected


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("6.30 pm yesterday", date(2024, 11, 18)),
        ("4.15pm on Sunday", date(2024, 11, 17)),
        ("at 10.45 a.m.", date(2024, 11, 19)),
    ],
)
def test_a_time_of_day_written_with_a_point_dates_as_one_with_a_colon(phrase, day) -> None:
    span = resolve(phrase, date(2024, 11, 19))
    assert span is not None and (span.start, span.end) == (day, day)


@pytest.mark.parametrize("phrase", ["6.30", "2.45 percent"])
def test_a_number_with_a_point_and_no_am_or_pm_is_no_time_of_day(phrase) -> None:
    assert resolve(phrase, date(2024, 11, 19)) is None


@pytest.mark.parametrize(
    "text",
    [
        "The talks follow a phone call between Ahmed Attaf and Nasser Bourita in May, during which they "
        "agreed to meet in Geneva.",
        "It comes after a phone call between Tamim bin Hamad Al Thani and Recep Tayyip Erdogan last month, "
        "in which the two leaders decided to hold talks in Istanbul.",
        "Ahmed Attaf and Nasser Bourita spoke by phone in May, in a call during which they agreed to meet "
        "in Geneva.",
    ],
)
def test_a_meeting_agreed_at_an_event_takes_no_date_from_the_event(meetings_in, text) -> None:
    found = meetings_in(text, published=date(2023, 11, 14))
    plans = [m for m in found if m.kind == "planned"]
    calls = [m for m in found if m.kind == "phone"]
    assert len(plans) == 1 and plans[0].date is None
    assert calls and calls[0].date is not None  # the call keeps its own month


@pytest.mark.parametrize(
    ("text", "month"),
    [
        (
            "Sisi attended the G20 summit in New Delhi in September, where he held talks with Erdogan.",
            "2023-09-01",
        ),
        (
            "The visit follows talks between Ahmed Attaf and Nasser Bourita in May, during which they "
            "discussed the border.",
            "2023-05-01",
        ),
    ],
)
def test_a_meeting_told_in_a_relative_clause_of_an_event_without_agreeing_keeps_its_date(
    meetings_in, text, month
) -> None:
    found = meetings_in(text, published=date(2023, 11, 14))
    assert found and all(m.date is not None and str(m.date.start) == month for m in found)


# --- "last" before a month name ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "published", "start"),
    [
        ("last August", date(2024, 9, 2), date(2023, 8, 1)),  # the month just ended is "last month"
        ("last May", date(2022, 6, 20), date(2021, 5, 1)),
        ("last October", date(2021, 10, 5), date(2020, 10, 1)),  # the publication month itself
        ("last December", date(2025, 1, 9), date(2024, 12, 1)),  # across the new year: the one just past
        ("last April", date(2023, 11, 14), date(2023, 4, 1)),  # months back: this year's
        ("last November", date(2023, 11, 15), date(2022, 11, 1)),
    ],
)
def test_last_before_a_month_is_never_the_month_just_ended(phrase: str, published: date, start: date) -> None:
    span = resolve(phrase, published)
    assert span is not None and (span.start, span.precision) == (start, "month")


def test_a_month_told_plainly_may_be_the_month_just_ended() -> None:
    span = resolve("in August", date(2024, 9, 2))
    assert span is not None and span.start == date(2024, 8, 1)


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("09.03.2023, 14:05", date(2023, 3, 9)),
        ("02.11.2021 08:40", date(2021, 11, 2)),
        ("06.05.2024 10:22 AM EDT", date(2024, 5, 6)),  # dots stay day first, whatever the zone
        ("14.02.2024", date(2024, 2, 14)),
    ],
)
def test_a_stamp_in_numbers_between_dots_is_read_day_first(stamp, expected) -> None:
    text = f"Agency wire\n\nMinisters meet in Vienna\n\n{stamp}\n\nVienna - Talks were held on Monday."
    assert find_publication_date(text) == (expected, "byline")


def test_a_stamp_in_numbers_between_slashes_keeps_its_american_reading() -> None:
    text = "Ministers meet in Ottawa\n\n06/05/2024 10:22 AM EDT\n\nTalks were held on Monday."
    assert find_publication_date(text) == (date(2024, 6, 5), "byline")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("This content was published on March 3, 2022 - 09:40", date(2022, 3, 3)),
        ("This page was first published on 12 October 2023", date(2023, 10, 12)),
        ("This post was published on Jan. 8, 2024", date(2024, 1, 8)),
    ],
)
def test_a_page_saying_when_it_was_published_gives_a_byline(line, expected) -> None:
    text = f"Talks in Bern\n\n{line}\n\nThe ministers met on Tuesday."
    assert find_publication_date(text) == (expected, "byline")


@pytest.mark.parametrize(
    "phrase, published",
    [
        ("Tuesday, Nov. 8, 2022", None),
        ("20-11-2024", date(2024, 12, 1)),
        ("three days ago", date(2024, 5, 2)),
        ("three days ago", date(2023, 1, 1)),
        ("in the spring", date(2024, 5, 2)),
    ],
)
def test_dateparsers_remembered_day_is_the_one_it_gives_afresh(phrase: str, published: date | None) -> None:
    """A phrase read by dateparser a second time (remembered) gets the day it got the first time,
    and the day dateparser gives when asked afresh, for each day of publication."""
    light = phrase.lower()
    fresh = _dateparser_day.__wrapped__(phrase, light, published)
    assert _dateparser_day(phrase, light, published) == fresh
    assert _dateparser_day(phrase, light, published) == fresh


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("KAZAN /Republic of Tatarstan/, October 3. /TASS/. The ministers met.", (10, 3)),
        ("SOCHI /Krasnodar Region/, May 17. /TASS/. The ministers met.", (5, 17)),
        ("VLADIVOSTOK /Primorye/, 4 September. /TASS/. The leaders met.", (9, 4)),
    ],
)
def test_a_wire_dateline_may_name_its_region_between_slashes_after_the_place(
    line: str, day: tuple[int, int]
) -> None:
    assert dateline_day(line) == day


@pytest.mark.parametrize(
    "line",
    [
        "Ukraine talks /analysis/, a view from Kyiv. The ministers met.",  # no day and month
        "MOSCOW /Reuters/ talks on May 17 were held.",  # no comma and day after the slashes
    ],
)
def test_words_between_slashes_with_no_day_after_them_are_no_dateline(line: str) -> None:
    assert dateline_day(line) is None


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Last Updated : Oct 29 2025 | 10:48 AM IST", date(2025, 10, 29)),
        ("Last updated: 3 March 2024, 10:05", date(2024, 3, 3)),
        ("Last Updated: June 2, 2023", date(2023, 6, 2)),
    ],
)
def test_a_last_updated_stamp_gives_the_date_after_it(line, day):
    text = f"Ministers meet in Brussels\n\nPress Trust of India | New Delhi\n{line}\n\nThe minister spoke."
    assert find_publication_date(text) == (day, "byline")


def test_updated_after_a_date_still_leaves_the_date_before_it():
    text = "Ministers meet\n\nMarch 10, 2025 4:55 PM GMT Updated an hour ago\n\nThe minister met X."
    assert find_publication_date(text) == (date(2025, 3, 10), "byline")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Later on Saturday Ramaphosa is due to meet Bola Tinubu in Abuja.", date(2024, 11, 23)),
        ("Later on Thursday Zelensky is due to meet Gitanas Nauseda in Vilnius.", date(2024, 11, 21)),
        ("Later on Friday Erdogan is due to see Ilham Aliyev in Baku.", date(2024, 11, 22)),
    ],
)
def test_a_weekday_after_on_dates_the_meeting_where_the_tagger_missed_it(
    meetings_in, text: str, day: date
) -> None:
    found = meetings_in(text)
    assert [(m.date.start, m.date.end) for m in found if m.date] == [(day, day)]


def test_a_weekday_after_on_is_found_but_not_a_weekday_owning_a_noun() -> None:
    assert list(weekdays_told_on("Later on Thursday he flies to Riga; Friday's talks")) == [(9, 17)]
    assert list(weekdays_told_on("Talks resume on Monday's agenda")) == []


def test_a_day_told_in_order_is_found_without_a_comma_after_it():
    text = "Earlier in the day Orban met Fidan. Later that day he flew home; later that day's talks"
    assert [text[s:e] for s, e in days_told_in_order(text)] == ["Earlier in the day", "Later that day"]


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (
            "Hungarian Prime Minister Viktor Orban held talks with Turkish President Recep Tayyip "
            "Erdogan in Ankara on Thursday. Erdogan praised the visit. Earlier in the day Orban held "
            "talks with Foreign Minister Hakan Fidan, who told reporters afterwards that trade would grow.",
            "Hakan Fidan",
            date(2024, 11, 14),
        ),
        (
            "Foreign Minister Sergei Lavrov met Iranian President Masoud Pezeshkian in Tehran on Sunday. "
            "The sides discussed sanctions. Earlier in the day Lavrov held talks with Foreign Minister "
            "Abbas Araghchi, who said the talks were useful.",
            "Abbas Araghchi",
            date(2024, 11, 17),
        ),
        (
            "Secretary-General Mark Rutte met Polish President Andrzej Duda in Warsaw on Friday. Duda "
            "asked for more troops. Later in the day Rutte held talks with Defence Minister Wladyslaw "
            "Kosiniak-Kamysz, who showed him a new base.",
            "Rutte",
            date(2024, 11, 15),
        ),
    ],
)
def test_a_meeting_told_earlier_in_the_day_takes_the_day_told_before(meetings_in, text, name, day):
    [meeting] = [m for m in meetings_in(text) if m.evidence[0].text.startswith(("Earlier", "Later"))]
    assert any(name in p.name for p in meeting.participants)
    assert meeting.date is not None and meeting.date.start == day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ACCRA, Feb 4 (GNA) - Talks were held on Tuesday.\n\nGNA/kd\n(c) GNA 2025", date(2025, 2, 4)),
        ("OTTAWA, June 9 (CP) - The premiers met.\n\n© 2022 The Canadian Press", date(2022, 6, 9)),
        ("WARSAW, Sept 30 (PAP) - The envoys met.\n\nCopyright 2021 PAP", date(2021, 9, 30)),
    ],
)
def test_a_wires_closing_copyright_line_gives_its_yearless_dateline_its_year(
    text: str, expected: date
) -> None:
    assert find_publication_date(f"Talks\n{text}") == (expected, "dateline")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("First Published: 12 Mar 2024, 10:15 AM IST", date(2024, 3, 12)),
        ("Originally published on October 2, 2023", date(2023, 10, 2)),
        ("First published 7 May 2022", date(2022, 5, 7)),
    ],
)
def test_a_first_published_stamp_is_a_byline(line: str, expected: date) -> None:
    assert find_publication_date(f"Talks\nThe ministers met on Monday.\n\n{line}") == (expected, "byline")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("from Thursday to Tuesday", (date(2023, 9, 14), date(2023, 9, 19))),
        ("Thursday until Saturday", (date(2023, 9, 14), date(2023, 9, 16))),
        ("between Monday and Wednesday", (date(2023, 9, 18), date(2023, 9, 20))),
    ],
)
def test_a_range_of_weekdays_opened_by_from_or_closed_by_until_is_those_days(phrase, expected) -> None:
    assert span_of(phrase, date(2023, 9, 20)) == (*expected, "days")


@pytest.mark.parametrize("phrase", ["until Sunday", "from Monday"])
def test_a_weekday_told_only_as_an_end_or_a_start_is_no_day(phrase) -> None:
    assert resolve(phrase, date(2023, 9, 20)) is None


# -- days that run from one month into the next: "from October 30 to November 1, 2022" --------------
@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("October 30 to November 1, 2022", ("2022-10-30", "2022-11-01")),
        ("from 30 June to 2 July", ("2023-06-30", "2023-07-02")),
        ("Oct 30-Nov 1", ("2023-10-30", "2023-11-01")),
        ("between December 30 and January 2, 2023", ("2022-12-30", "2023-01-02")),
        ("December 28 to January 3", ("2022-12-28", "2023-01-03")),
        ("March 31 and April 1", ("2023-03-31", "2023-04-01")),
    ],
)
def test_days_running_into_the_next_month_are_those_days(phrase: str, expected: tuple[str, str]) -> None:
    span = resolve(phrase, date(2023, 12, 12))
    assert span is not None and (str(span.start), str(span.end), span.precision) == (*expected, "days")


@pytest.mark.parametrize("phrase", ["March 31 and April 2", "March 3 to April 25"])
def test_two_days_of_two_months_are_no_run_of_days(phrase: str) -> None:
    assert resolve(phrase, date(2023, 12, 12)) is None


def test_a_visit_told_with_days_across_two_months_dates_the_talks_during_it(meetings_in) -> None:
    text = (
        "The Vietnamese leader Nguyen Phu Trong recalled his official visit to China from October 30 to "
        "November 1, 2022, during which he held talks with Xi Jinping in Beijing."
    )
    (meeting,) = meetings_in(text, published=date(2023, 12, 12))
    assert meeting.date is not None and (meeting.date.start, meeting.date.end) == (
        date(2022, 10, 30),
        date(2022, 11, 1),
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("United Nations (United States) (AFP) - Sept 24, 2024", date(2024, 9, 24)),
        ("Kyiv (Ukraine) (AFP) - 3 March 2023 - Zelensky received the Polish president.", date(2023, 3, 3)),
        ("Dakar (Senegal) (AFP) - Tue, May 7, 2024", date(2024, 5, 7)),
    ],
)
def test_a_dateline_with_its_country_and_its_agency_in_brackets_gives_the_date_after_them(
    line: str, expected: date
) -> None:
    """AFP writes the country of a town it files from in brackets before its own name."""
    assert find_publication_date(f"Leaders meet\n\n{line}\n\nThey discussed trade.") == (expected, "dateline")


def test_a_sentence_with_two_bracketed_names_before_a_date_is_no_dateline() -> None:
    text = "Leaders meet\n\nThe talks (held in Paris) (see below) - on Sept 24, 2024 - went well.\n\nMore."
    assert find_publication_date(text) == (None, "none")
