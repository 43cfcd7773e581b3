from pathlib import Path

import pytest

from extract.layout import prepare

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def kinds(text: str) -> dict[str, str]:
    _, lines = prepare(text)
    return {
        text[line.start : line.end].strip(): line.kind
        for line in lines
        if text[line.start : line.end].strip()
    }


def test_prepared_text_keeps_every_offset():
    text = (SEEDS / "004_8dfcd5823fdeecd6.txt").read_text(encoding="utf-8")
    masked, _ = prepare(text)
    assert len(masked) == len(text)
    start = text.index("Wang Yi met Russian Foreign Minister Sergei Lavrov on the sidelines")
    assert masked[start : start + 40] == text[start : start + 40]


def test_related_stories_after_an_end_marker_are_noise():
    found = kinds(
        "Body sentence about talks here.\nYou may also like:\nBiden met Erdogan in a headline\nAnother one."
    )
    assert found["Biden met Erdogan in a headline"] == "noise"
    assert found["Another one."] == "noise"
    assert found["Body sentence about talks here."] == "body"


def test_repeated_caption_is_kept_once():
    line = "Wang Yi met Sergei Lavrov on the sidelines of the ASEAN meeting in Jakarta"
    masked, lines = prepare(f"{line}\n{line} - Copyright AFP Handout\nBody text follows here.")
    assert [x.kind for x in lines][:2] == ["body", "noise"]
    assert masked.count("Wang Yi") == 1


def test_photo_caption_is_marked():
    found = kinds(
        "Putin, left, and Xi at the summit. (Photographer: A B/Pool via Bloomberg)\nText of the story."
    )
    assert found["Putin, left, and Xi at the summit. (Photographer: A B/Pool via Bloomberg)"] == "caption"


def test_date_line_marker_is_blanked_but_the_sentence_after_it_stays():
    masked, _ = prepare(" date 2024-11-19 The ministers met on Monday.")
    assert "date" not in masked
    assert "The ministers met on Monday." in masked


def test_copyright_and_section_labels_are_noise():
    found = kinds("WORLD\n2 MIN READ\n©2021 Bloomberg L.P.\nA real sentence of the story.")
    assert found["WORLD"] == found["2 MIN READ"] == found["©2021 Bloomberg L.P."] == "noise"


def test_body_sentence_that_starts_like_a_caption_is_kept():
    caption = "Wang Yi met Sergei Lavrov on the sidelines of the ASEAN meeting in Jakarta"
    text = f"{caption}\n{caption}, where both will take part in a summit on Friday.\n"
    _, lines = prepare(text)
    assert [line.kind for line in lines] == ["body", "body"]


def test_a_related_box_of_one_headline_inside_the_article_does_not_end_it():
    text = (
        "Leaders meet in Rome\n\nA met B in Rome on Monday.\n\nRELATED:\nMarkets Rally On Rate Hopes\n\n"
        "Later on Monday, A also met with C and with D, the prime minister, in the city.\n"
    )
    masked, _ = prepare(text)
    assert "Later on Monday, A also met with C" in masked
    assert "Markets Rally" not in masked


def test_a_list_of_other_stories_still_ends_the_article():
    text = (
        "A met B in Rome on Monday.\n\nRead more\nMarkets Rally On Rate Hopes\nFloods Hit The North\n"
        "Another story says that leaders met in a distant capital to talk about trade and ties.\n"
    )
    masked, _ = prepare(text)
    assert "distant capital" not in masked


def test_a_linked_headline_inside_the_article_is_noise_and_the_article_goes_on():
    text = (
        "A met B in Rome on Monday.\n\nAlso Read | Ruto to visit Tanzania next week\n"
        "Read also: Kagame and Tshisekedi to meet in Doha\nRelated: Samia hosts Museveni in Dodoma\n\n"
        "Later on Monday, A also met with C and with D, the prime minister, in the city.\n"
    )
    masked, _ = prepare(text)
    assert "Later on Monday, A also met with C" in masked
    assert "Ruto" not in masked and "Kagame" not in masked and "Museveni" not in masked


def test_a_city_in_capitals_on_a_line_of_its_own_is_a_dateline_not_a_label():
    found = kinds(
        "Aliyev receives Fidan\n\nBAKU\n\nWORLD\n\nAliyev received Fidan at the palace on Saturday."
    )
    assert (found["BAKU"], found["WORLD"]) == ("body", "noise")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("King Hassan III, may God assist Him, received the envoy.", "King Hassan III"),
        ("The Amir, may Allah protect him, met the minister.", "The Amir"),
        ("The Amir (may Allah preserve him) met the minister.", "The Amir"),
        ("The late king, may God have mercy on his soul, founded the port.", "The late king"),
        ("The envoy was received by the Sultan, may God protect him.", "the Sultan"),
    ],
)
def test_a_blessing_after_a_sovereigns_name_is_blanked(text, kept):
    masked, _ = prepare(text)
    assert len(masked) == len(text)
    assert "may" not in masked and "," not in masked and kept in masked


@pytest.mark.parametrize(
    "text",
    [
        "The senator said, may God bless America, that the talks went well.",
        "She may meet him, the adviser said.",
        "It may God willing happen soon.",
    ],
)
def test_a_wish_that_is_no_formula_after_a_name_is_kept(text):
    assert prepare(text)[0] == text


def test_a_blessing_after_a_sovereign_is_blanked_to_its_closing_comma():
    text = "Tunis - His Majesty the Sultan, may Allah protect him, and the visiting Emir held talks here."
    masked, _ = prepare(text)
    assert len(masked) == len(text)
    assert "Allah" not in masked and "protect" not in masked
    assert "and the visiting Emir held talks" in masked


def test_a_blessing_in_brackets_is_blanked():
    masked, _ = prepare("The Amir (may God preserve him) received the envoy on Sunday.")
    assert "God" not in masked and "received the envoy on Sunday" in masked


def test_a_wish_that_is_the_sentence_itself_is_kept():
    for text in (
        "The bishop prayed that God may protect him.",
        "She said, may God help us, the rain will come.",
    ):
        masked, _ = prepare(text)
        assert masked == text


def test_a_ruler_named_before_a_blessing_is_a_subject_of_the_talks():
    from extract import extract_texts

    text = (
        "date 2024-05-14\nTUNIS, May 14 - His Majesty the King of Jordan Abdullah II, may God preserve him, "
        "and President Kais Saied held talks on Tuesday at Carthage Palace."
    )
    (extraction,) = extract_texts([("t", text)])
    assert [{p.name for p in m.participants} for m in extraction.meetings] == [{"Abdullah II", "Kais Saied"}]


@pytest.mark.parametrize(
    "line",
    [
        "Tags: William Ruto, Yoweri Museveni, Kenya-Uganda, Bilateral",
        "Tags / Kata Kunci: Prabowo Subianto, Anthony Albanese, Indonesia-Australia",
        "Topics: Diplomacy, Southeast Asia",
        "Keywords: Lula, Boric, summit",
    ],
)
def test_a_line_of_tags_is_page_furniture(line):
    text = f"Ruto met Museveni on Monday.\n{line}\n"
    masked, lines = prepare(text)
    assert [x.kind for x in lines] == ["body", "noise"]
    assert masked.strip() == "Ruto met Museveni on Monday."


def test_a_sentence_that_begins_with_tags_is_kept():
    text = (
        "Ruto met Museveni on Monday.\nTags on the luggage showed the delegation had flown in from Kampala.\n"
    )
    masked, _ = prepare(text)
    assert masked == text


@pytest.mark.parametrize("bullet", ["- ", "• ", ">> "])
def test_a_box_of_listed_headlines_inside_the_article_does_not_end_it(bullet):
    text = (
        "A met B in Rome on Monday.\n\nALSO READ:\n"
        f"{bullet}Ruto to visit Tanzania next week\n{bullet}Kagame and Tshisekedi to meet in Doha\n\n"
        "Months of tension\n\n"
        "Later on Monday, A also met with C and with D, the prime minister, in the city.\n"
    )
    masked, _ = prepare(text)
    assert "Later on Monday, A also met with C" in masked
    assert "Ruto" not in masked and "Kagame" not in masked


def test_a_listed_end_of_page_list_without_its_box_marker_still_ends_the_article():
    text = (
        "A met B in Rome on Monday.\n\nYou may also like\n"
        "- Markets Rally On Rate Hopes\n- Floods Hit The North\n"
        "Another story says that leaders met in a distant capital to talk about trade and ties.\n"
    )
    masked, _ = prepare(text)
    assert "distant capital" not in masked


def test_a_long_list_of_headlines_after_also_read_still_ends_the_article():
    headlines = "".join(f"- Story number {n} of the day\n" for n in range(1, 8))
    text = (
        "A met B in Rome on Monday.\n\nAlso read:\n"
        f"{headlines}"
        "Another story says that leaders met in a distant capital to talk about trade and ties.\n"
    )
    masked, _ = prepare(text)
    assert "distant capital" not in masked


@pytest.mark.parametrize(
    "line",
    [
        "More: Scholz tours a car plant on arrival | Macron's first foreign visit as president",
        "MORE | Ramaphosa hosts Ruto in Pretoria",
    ],
)
def test_a_line_of_linked_headlines_under_more_is_page_furniture(line):
    text = f"Ruto met Museveni on Monday.\n{line}\nThe two leaders later met the press.\n"
    masked, lines = prepare(text)
    assert [x.kind for x in lines] == ["body", "noise", "body"]
    assert "Scholz" not in masked and "Ramaphosa" not in masked


def test_a_sentence_that_begins_with_more_is_kept():
    text = "Ruto met Museveni on Monday.\nMore than 40 agreements were signed during the visit.\n"
    masked, _ = prepare(text)
    assert masked == text


@pytest.mark.parametrize("marker", ["Related press releases", "Related posts", "Related links:"])
def test_a_list_of_related_pages_of_any_name_is_noise(marker):
    found = kinds(
        "The minister met her counterpart in Oslo on Monday, when they discussed trade and security.\n\n"
        f"{marker}\nMinister and counterpart held talks in Oslo (14.3.2025)\n"
        "Statement on the telephone call between the two presidents (13.3.2025)\n"
    )
    assert found["Minister and counterpart held talks in Oslo (14.3.2025)"] == "noise"
    assert found["Statement on the telephone call between the two presidents (13.3.2025)"] == "noise"
    assert found[
        "The minister met her counterpart in Oslo on Monday, when they discussed trade and security."
    ] == ("body")
