"""Gatherings named, and "the summit" said of one named before (extract/gatherings.py)."""

from __future__ import annotations

from datetime import date

import pytest

from extract.circumstances import another_time, occasion_told_before
from extract.gatherings import gatherings_named, margins_occasion, told_as_a_visits_talks


# -- "the summit": the occasion named before ---------------------------------------------------
def test_a_capitalised_name_is_not_the_summit_named_before(nlp):
    doc = nlp("Leaders met at the G20 summit in Rio. Lula spoke at the Amazon Summit.")
    sentence = list(doc.sents)[-1]
    assert occasion_told_before(sentence, {t.i for t in sentence}) is None


def test_the_next_summit_is_not_the_one_named_before(nlp):
    doc = nlp("Leaders met at the G20 summit in Rio. They will meet again at the next summit.")
    sentence = list(doc.sents)[-1]
    assert occasion_told_before(sentence, {t.i for t in sentence}) is None


def test_the_conference_s_sidelines_are_the_conference_named_before(nlp):
    doc = nlp(
        "Ministers gathered for the Munich Security Conference on Friday. Blinken met Jaishankar "
        "on the conference's sidelines."
    )
    sentence = list(doc.sents)[-1]
    told = occasion_told_before(sentence, {t.i for t in sentence})
    assert told is not None and told[0].name == "Munich Security Conference"


@pytest.mark.parametrize("word", ["conclave", "gathering"])
def test_the_conclave_is_any_gathering_named_before(nlp, word):
    doc = nlp(
        "Defence ministers arrived in Minsk for the CSTO defence ministers' meeting on Tuesday. "
        f"Shoigu and Khrenin held talks on the sidelines of the {word}."
    )
    sentence = list(doc.sents)[-1]
    told = occasion_told_before(sentence, {t.i for t in sentence})
    assert told is not None and told[0].name == "CSTO defence ministers' meeting"


@pytest.mark.parametrize("setting", ["the summit venue", "the summit's venue", "the sidelines of the summit"])
def test_the_summit_venue_is_the_summit_named_before(nlp, setting):
    doc = nlp(
        "Pacific leaders opened the PIF summit in Nuku'alofa on Monday. Albanese sat down with Rabuka "
        f"at {setting} on Tuesday."
    )
    sentence = list(doc.sents)[-1]
    told = occasion_told_before(sentence, {t.i for t in sentence})
    assert told is not None and told[0].name == "PIF summit"


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "Leaders of the Southern African Development Community arrived in Harare on Saturday. "
            "Ramaphosa held talks with Hichilema on the sidelines of the bloc's summit.",
            "SADC summit",
        ),
        (
            "NATO defence chiefs have long warned about Russia. At the alliance's summit in The Hague, "
            "Rutte held talks with Erdogan.",
            "NATO summit",
        ),
    ],
)
def test_the_blocs_summit_is_the_gathering_of_the_body_named_before(meetings_in, text, held):
    found = meetings_in(text)
    assert [m.occasion.name if m.occasion else None for m in found] == [held]


def test_the_summit_after_the_blocs_summit_is_that_gathering_in_its_city(meetings_in):
    found = meetings_in(
        "The heads of state of the Economic Community of West African States gathered in Abuja for "
        "the bloc's 66th summit. On the sidelines of the summit, Tinubu met Mahama."
    )
    assert [(m.occasion and m.occasion.name, m.place and m.place.city) for m in found] == [
        ("ECOWAS summit", "Abuja")
    ]


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "Brasilia, March 8: President Lula on Friday took part in the first Brazil-Caribbean Summit "
            "in Brasilia along with Barbados Prime Minister Mia Mottley. Guyana's President Irfaan Ali "
            "arrived in Brasilia from Georgetown on Thursday and was received at the airport by Lula, "
            "with whom he then held bilateral talks on energy. On the sidelines of Friday's summit, "
            "Lula held bilateral meetings with Jamaican Prime Minister Andrew Holness.",
            "Brazil-Caribbean Summit",
        ),
        (
            "Suva, July 2: Prime Minister Anthony Albanese on Monday attended the tenth Australia-Pacific "
            "Summit in Suva along with Fijian Prime Minister Sitiveni Rabuka. Albanese arrived in Suva "
            "from Sydney on Sunday and was received at the airport by Rabuka, with whom he then held "
            "bilateral talks on policing. At the margins of Monday's summit, Albanese held a meeting "
            "with Papua New Guinea Prime Minister James Marape.",
            "Australia-Pacific Summit",
        ),
    ],
)
def test_a_days_summit_is_the_summit_named_before(meetings_in, text, held):
    last = meetings_in(text)[-1]
    assert last.occasion is not None and last.occasion.name == held


@pytest.mark.parametrize(
    "text",
    [
        "Orban met Xi at the G20 summit in Rio. At Biden's summit with Lula on Tuesday, they talked.",
        "The EU and Mercosur clinched a deal. Macron held talks with Scholz at last year's summit.",
    ],
)
def test_a_named_ones_or_another_years_summit_is_not_told_before(meetings_in, text):
    found = meetings_in(text)
    assert all(m.occasion is None for m in found if "Lula" in str(m) or "Macron" in str(m))


@pytest.mark.parametrize("setting", ["a summit venue", "the next summit venue", "the summit hall of Rabat"])
def test_a_venue_of_another_summit_is_not_the_one_named_before(nlp, setting):
    doc = nlp(
        "Pacific leaders opened the PIF summit in Nuku'alofa on Monday. Albanese sat down with Rabuka "
        f"at {setting} on Tuesday."
    )
    sentence = list(doc.sents)[-1]
    assert occasion_told_before(sentence, {t.i for t in sentence}) is None


def test_a_conclave_of_its_own_is_not_the_one_named_before(nlp):
    doc = nlp(
        "Leaders met at the G20 summit in Rio. Weeks later, cardinals opened a conclave in Rome. "
        "On the sidelines of the conclave, Parolin met Zuppi."
    )
    sentence = list(doc.sents)[-1]
    assert occasion_told_before(sentence, {t.i for t in sentence}) is None


# -- occasions spoken of, not attended -----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The talks are due on the sidelines of the G20 summit in Rio.", "G20 summit"),
        (
            "The talks are due on the margins of the yearly summit of the Shanghai Cooperation "
            "Organisation in Astana.",
            "SCO summit",
        ),
        ("The talks are due on APEC sidelines in Lima.", "APEC summit"),
        ("The talks are due in Rio after the G20 summit.", None),
        ("The G20 summit in Rio runs from Monday.", None),
    ],
)
def test_the_gathering_a_clause_is_set_on_the_margins_of_is_read_through_its_words(nlp, text, name):
    sentence = next(iter(nlp(text).sents))
    occasion = margins_occasion(sentence, {t.i for t in sentence})
    assert (occasion.name if occasion else None) == name


def test_the_conference_is_the_conference_told_before_not_a_meeting_told_since(meetings_in):
    text = (
        "Talks in Singapore\n"
        "Philippine President Ferdinand Marcos Jr. met Australian Prime Minister Anthony Albanese in "
        "Singapore on Saturday on the sidelines of the Shangri-La Dialogue. Marcos had skipped "
        "ASEAN-mediated talks with Chinese Premier Li Qiang planned in Jakarta the same month. Marcos "
        "also met Japanese Prime Minister Fumio Kishida on the sidelines of the conference on Saturday."
    )
    found = meetings_in(text, published=date(2024, 6, 2))
    (kishida,) = [m for m in found if any(p.name == "Fumio Kishida" for p in m.participants)]
    assert kishida.occasion is not None and "Shangri" in kishida.occasion.name
    assert kishida.place is not None and kishida.place.city == "Singapore"


# -- a state visit's talks are not at the summit held beside the visit --------------------------
def _of(found, name):
    return [m for m in found if any(p.name == name for p in m.participants)]


@pytest.mark.parametrize(
    "text",
    [
        "Shigeru Ishiba met Xi Jinping on the sidelines of the ASEAN summit in Jakarta on Tuesday. "
        "Albanese, who is on a state visit to Indonesia, held talks with Prabowo Subianto in Jakarta on "
        "Tuesday.",
        "Shigeru Ishiba met Xi Jinping on the sidelines of the ASEAN summit in Jakarta on Tuesday. On "
        "Tuesday, Prabowo Subianto received Albanese in Jakarta during his official visit to Indonesia.",
        "Mark Carney met Modi on the margins of the APEC summit in Lima on Friday. Xi Jinping held talks "
        "with Dina Boluarte in Lima on Friday, as part of a state visit to Peru.",
    ],
)
def test_talks_of_a_state_visit_are_not_held_at_the_summit_in_its_city(meetings_in, text):
    found = meetings_in(text, published=date(2024, 11, 20))
    talks = [m for m in found if {"Shigeru Ishiba", "Mark Carney"}.isdisjoint(p.name for p in m.participants)]
    assert talks and all(m.occasion is None for m in talks)
    assert any(m.occasion is not None for m in found)  # the summit's own sideline meeting keeps it


@pytest.mark.parametrize(
    "text",
    [
        "Leaders gathered in Jakarta for the ASEAN summit on Tuesday. On the sidelines of the summit, "
        "Albanese met Prabowo Subianto on Tuesday.",
        "Leaders gathered in Jakarta for the ASEAN summit on Tuesday. Albanese, on a state visit to "
        "Indonesia for the summit, met Prabowo Subianto on the margins of the summit on Tuesday.",
    ],
)
def test_a_meeting_on_the_summits_sidelines_is_held_at_it_even_on_a_state_visit(meetings_in, text):
    found = meetings_in(text, published=date(2024, 11, 20))
    talks = _of(found, "Prabowo Subianto")
    assert talks and all(m.occasion is not None and "ASEAN" in m.occasion.name for m in talks)


def _verb(sentence, lemma):
    return next(t for t in sentence if t.lemma_ == lemma)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Lula, who is on a state visit to Japan, held talks with Ishiba in Tokyo on Monday.", "hold"),
        ("Ishiba received Lula at the Kantei during his official visit to Japan.", "receive"),
        ("As part of a working visit to Chile, Petro met Boric in Santiago.", "meet"),
    ],
)
def test_talks_told_as_part_of_a_state_visit_are_the_visits(nlp, text, verb):
    sentence = next(iter(nlp(text).sents))
    assert told_as_a_visits_talks(sentence, _verb(sentence, verb))


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("On the sidelines of the G20 summit in Rio, Modi, on a state visit to Brazil, met Lula.", "meet"),
        ("Ruto paid a visit to the market in Nairobi and met traders.", "meet"),
        # the visit of another act: the deals were signed on it, not the talks held
        ("Petro met Boric in Santiago and praised the deals signed during his state visit in 2023.", "meet"),
    ],
)
def test_a_visit_of_a_gathering_or_of_another_act_is_not_the_talks(nlp, text, verb):
    sentence = next(iter(nlp(text).sents))
    assert not told_as_a_visits_talks(sentence, _verb(sentence, verb))


# -- a visit told as coming before or after a summit is not held at it ---------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Macron arrived in Hanoi on a state visit, which precedes his participation in the ASEAN summit.",
        "Scholz arrived in Canberra for an official visit that follows the G20 summit in Rio.",
        "Ahead of his state visit, which follows the NATO summit in Vilnius, Biden spoke to reporters.",
        "The state visit, which preceded the BRICS summit, took Ramaphosa to Kazan.",
    ],
)
def test_a_gathering_a_verb_sets_before_or_after_is_at_another_time(nlp, sentence):
    doc = nlp(sentence)
    (span, _), *_ = gatherings_named(next(iter(doc.sents)))
    assert another_time(span)


def test_a_gathering_told_with_its_own_meeting_is_not_at_another_time(meetings_in):
    text = (
        "The ministers' meeting follows the joint ECOWAS summit held in Abuja on 3 March, co-chaired by "
        "Nigerian President Bola Tinubu and Ghanaian President John Mahama."
    )
    found = meetings_in(text, published=date(2025, 3, 10))
    (summit,) = [m for m in found if any(p.name == "John Mahama" for p in m.participants)]
    assert summit.occasion is not None and "ECOWAS" in summit.occasion.name
    assert summit.place is not None and summit.place.city == "Abuja"


def test_a_gathering_a_meeting_is_held_at_is_not_at_another_time(nlp):
    doc = nlp("On the sidelines of the G20 summit in Rio, Carney met Lula and followed up on trade.")
    (span, _), *_ = gatherings_named(next(iter(doc.sents)))
    assert not another_time(span)


def test_a_sentences_gatherings_kept_are_those_found_again(nlp):
    """The gatherings a sentence names, found once per sentence, are those found anew, for every
    sentence of the seed articles, asked twice; a caller that changes the list it got does not
    change the next one."""
    from pathlib import Path

    from extract.gatherings import _gatherings_named
    from extract.spans import remember_sentences

    seeds = Path(__file__).parents[2] / "seeds"
    named = 0
    for path in sorted(seeds.glob("*.txt")):
        doc = nlp(path.read_text(encoding="utf-8"))
        remember_sentences(doc)
        for sentence in doc.sents:
            for _ in range(2):
                found = gatherings_named(sentence)
                assert found == _gatherings_named(sentence)
                named += len(found)
                found.clear()
    assert named  # the seeds name gatherings


def test_a_guest_come_for_the_session_of_a_blocs_supreme_council_is_met_at_its_summit(meetings_in):
    found = meetings_in(
        "Kazakh President Tokayev received Kyrgyz President Japarov in Astana on Monday, who arrived to "
        "take part in the session of the Supreme Council of the Eurasian Economic Union.",
        published=date(2024, 5, 8),
    )
    assert [m.occasion.name if m.occasion else None for m in found] == ["Eurasian Economic Union summit"]


def test_a_blocs_acronym_in_brackets_after_its_council_still_names_the_session_come_for(meetings_in):
    found = meetings_in(
        "Omani Sultan Haitham bin Tarik received UAE President Sheikh Mohamed bin Zayed at the airport in "
        "Muscat today, who arrived to take part in the 45th session of the Supreme Council of the Gulf "
        "Cooperation Council (GCC).",
        published=date(2024, 12, 4),
    )
    assert [m.occasion.name if m.occasion else None for m in found] == ["GCC summit"]


@pytest.mark.parametrize(
    ("text", "occasion"),
    [
        (
            "UN Secretary-General Antonio Guterres, who was in Baku for the COP29 climate "
            "conference, held talks with Azerbaijani President Ilham Aliyev on Monday.",
            "COP29",
        ),
        (
            "Kenyan President William Ruto, who was in Dubai for the COP28 climate conference, "
            "met Emirati President Mohamed bin Zayed on Friday.",
            "COP28",
        ),
        (
            "Fijian Prime Minister Sitiveni Rabuka, in Belem for the COP30 climate conference, "
            "sat down with Brazilian President Luiz Inacio Lula da Silva on Tuesday.",
            "COP30",
        ),
    ],
)
def test_a_name_set_before_the_gathering_word_come_for_names_that_gathering(meetings_in, text, occasion):
    found = [m for m in meetings_in(text) if len(m.participants) == 2]
    assert found
    assert all(m.occasion is not None and m.occasion.name == occasion for m in found)


@pytest.mark.parametrize(
    ("said", "told"),
    [
        ("Li met Kishida on the sidelines of the leaders' meeting.", True),
        ("Lavrov met Wang on the margins of the foreign ministers' meeting.", True),
        ("Li met Kishida on the sidelines of the two leaders' meeting.", False),
    ],
)
def test_the_leaders_meeting_is_the_gathering_named_before(nlp, said, told):
    doc = nlp(f"Li Qiang attended the ninth China-Japan-ROK Leaders' Meeting in Seoul on Monday. {said}")
    sentence = list(doc.sents)[-1]
    found = occasion_told_before(sentence, {t.i for t in sentence})
    assert (found is not None and found[0].name == "China-Japan-ROK Leaders' Meeting") is told
