import json
from datetime import date

import pytest

from extract.occasions import DATA, _table, countries_of_format, find_occasion, find_occasions, names_a_body
from extract.records import Occasion


def _name(text: str) -> str | None:
    hit = find_occasion(text)
    return hit[2].name if hit else None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Leaders gathered for the G20 summit in Rio.", "G20 summit"),
        ("The Group of 20 (G20) summit opened.", "G20 summit"),
        ("They talked at the G-20 summit.", "G20 summit"),
        ("Biden met Xi at the G20 in Bali.", "G20 summit"),
        ("Lavrov attended the G20 foreign ministers' meeting.", "G20 foreign ministers' meeting"),
        ("at an Association of Southeast Asian Nations (ASEAN) meeting", "ASEAN meeting"),
        ("on the sidelines of the ASEAN summit", "ASEAN summit"),
        (
            "Blinken attended the East Asia Summit ministerial meeting.",
            "East Asia Summit foreign ministers' meeting",
        ),
        ("the Asia-Pacific Economic Cooperation summit", "APEC summit"),
        ("the Shanghai Cooperation Organisation summit", "SCO summit"),
        ("the Shanghai Cooperation Organization Summit", "SCO summit"),
        ("the SCO Summit in Samarkand", "SCO summit"),
        ("the 16th BRICS Summit in Kazan", "BRICS summit"),
        ("on the sidelines of the UNGA", "UN General Assembly"),
        ("during the United Nations General Assembly", "UN General Assembly"),
        ("at the Munich Security Conference", "Munich Security Conference"),
        ("the NATO summit in Vilnius", "NATO summit"),
        ("the G7 summit in Hiroshima", "G7 summit"),
        ("at COP28 in Dubai", "COP28"),
        ("the Conference on Interaction and Confidence Building Measures in Asia summit", "CICA summit"),
        ("talks in Davos", "World Economic Forum"),
        ("at the European Council summit", "EU summit"),
        ("the Shangri-La Dialogue in Singapore", "Shangri-La Dialogue"),
        ("the Raisina Dialogue", "Raisina Dialogue"),
        ("the Eastern Economic Forum in Vladivostok", "Eastern Economic Forum"),
        ("a Quad foreign ministers' meeting", "Quad foreign ministers' meeting"),
        ("the Arab League summit in Jeddah", "Arab League summit"),
        ("at the opening of the Winter Olympics", "Winter Olympics opening"),
    ],
)
def test_find_occasion_gives_the_canonical_name(text: str, name: str) -> None:
    assert _name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan chairs the Shanghai Cooperation Organisation, a Eurasian security organisation.",
        "Russia holds the BRICS presidency this year.",
        "NATO allies agreed to spend more.",
        "Ukraine's envoy at the EU spoke.",
        "World Economic Forum founder Klaus Schwab said so.",
        "They held a press conference.",
    ],
)
def test_an_organisation_without_an_event_is_no_occasion(text: str) -> None:
    assert find_occasion(text) is None


def test_the_span_covers_the_name_and_its_event_word() -> None:
    text = "Modi met Xi at the 16th BRICS Summit in Kazan."
    hit = find_occasion(text)
    assert hit is not None and text[hit[0] : hit[1]] == "BRICS Summit"


def test_the_first_occasion_in_the_sentence_wins() -> None:
    assert _name("After the G7 summit and before the NATO summit, he rested.") == "G7 summit"


def test_a_hyphenated_pair_keeps_both_names() -> None:
    assert _name("the India-GCC ministerial meeting") == "India-GCC ministerial meeting"
    assert _name("an EU-China summit in Beijing") == "EU-China summit"


def test_a_capitalised_conference_missing_from_the_table_is_taken_as_written() -> None:
    assert _name("at the Third Ukraine Recovery Conference in Berlin") == "Ukraine Recovery Conference"
    assert _name("the Summit for Democracy") == "Summit for Democracy"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the Summit for a New Global Financing Pact in Paris", "Summit for a New Global Financing Pact"),
        ("at the Summit for a Green Future in Seoul", "Summit for a Green Future"),
        ("the Conference on a Nuclear-Free Middle East opened", "Conference on a Nuclear-Free Middle East"),
    ],
)
def test_a_capitalised_name_after_for_a_is_taken_whole(text: str, name: str) -> None:
    assert _name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("They met at the OTCA summit in Belem.", "OTCA summit"),
        ("on the sidelines of the 5th IORA Ministerial", "IORA ministerial"),
        ("They last met at the Baltic Council session in Riga.", "Baltic Council session"),
        ("an informal meeting of Nordic foreign ministers", "informal meeting of Nordic foreign ministers"),
        ("held in Cairo during a summit of African heads of state", "summit of African heads of state"),
    ],
)
def test_an_occasion_missing_from_the_table_is_named_by_who_holds_it(text: str, name: str) -> None:
    assert _name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Biden met Xi at the US summit.",
        "Ministers met before the PM session.",
        "He briefed the National Security Council session.",
        "the meeting of the two leaders in Paris",
    ],
)
def test_a_country_a_title_or_a_body_of_one_state_names_no_occasion(text: str) -> None:
    assert find_occasion(text) is None


def test_every_occasion_in_the_table_is_found_by_its_short_name() -> None:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    shorts = {o["short"] for o in data["occasions"] if "{" not in o["short"]}
    missed = {s for s in shorts if find_occasion(f"Leaders met at the {s} summit on Monday.") is None}
    assert missed == set()


def test_a_conference_always_held_in_one_city_gives_that_city(meetings_in):
    found = meetings_in("Antony Blinken met Wang Yi on the sidelines of the Munich Security Conference.")
    assert [(m.place.city, m.place.country) for m in found if m.place] == [("Munich", "Germany")]


def test_a_summit_series_gives_no_city():
    from extract.circumstances import occasion_city
    from extract.records import Occasion

    assert occasion_city(Occasion(name="G20 summit")) is None


def test_a_trilateral_summit_of_the_leaders_is_their_occasion_named_by_their_countries(meetings_in):
    text = "Xi Jinping, Vladimir Putin and Alexander Lukashenko met on Friday for a trilateral summit."
    found = meetings_in(text)
    assert [m.occasion.name for m in found if m.occasion] == ["Belarus-China-Russia trilateral summit"]


@pytest.mark.parametrize(
    "text",
    [
        "Egyptian President Abdel Fattah al-Sisi took part in a tripartite summit in Aqaba on Tuesday with "
        "Jordan's King Abdullah II and Palestinian President Mahmoud Abbas.",
        "Somali President Hassan Sheikh Mohamud flew to Asmara on Thursday for a tripartite summit with "
        "Eritrea's President Isaias Afwerki and Egypt's Abdel Fattah al-Sisi.",
        "Kenyan President William Ruto hosted Ugandan President Yoweri Museveni and Tanzanian President "
        "Samia Suluhu Hassan in Nairobi for a tripartite summit on Monday.",
        "Angolan President Joao Lourenco chaired a tripartite summit in Luanda with Congolese President "
        "Felix Tshisekedi and Rwandan President Paul Kagame.",
    ],
)
def test_a_tripartite_summit_is_the_meeting_of_its_sides_not_a_named_format(meetings_in, text):
    # "tripartite" tells three sides brought together once, no format of their countries to name
    found = meetings_in(text)
    assert [len(m.participants) for m in found] == [3]
    assert [m.occasion for m in found] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Kishida and Biden briefly met in Glasgow on the fringes of the U.N. climate conference last year.",
        "Sharif met Aliyev on the sidelines of the U.N. Climate Change Conference in Baku.",
        "Lula held talks with Petro at the United Nations climate conference in Dubai.",
    ],
)
def test_the_un_climate_conference_is_named_with_dots_or_in_full(text):
    # "U.N." as news agencies write it names the same conference as "UN"
    assert find_occasion(text)[2].name == "UN climate conference"


def test_regional_blocs_are_occasions():
    assert find_occasion("on the sidelines of the CELAC summit in Kingstown")[2].name == "CELAC summit"
    assert find_occasion("at the BIMSTEC Summit in Bangkok")[2].name == "BIMSTEC summit"
    assert find_occasion("the first AES summit in Niamey")[2].name == "Alliance of Sahel States summit"


def test_an_occasion_the_meeting_comes_before_is_not_where_it_was_held(meetings_in):
    found = meetings_in("Narendra Modi met Emmanuel Macron on Sunday ahead of the G20 summit.")
    assert [m.occasion for m in found] == [None]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "They co-chaired the 12th Portugal-Spain High-Level Meeting in Porto.",
            "Portugal-Spain High-Level Meeting",
        ),
        ("The Ghana-Togo Joint Commission for Cooperation met in Accra.", "Ghana-Togo Joint Commission"),
        ("A High-Level Meeting on Water opened in New York.", "High-Level Meeting on Water"),
    ],
)
def test_a_capitalised_high_level_meeting_or_joint_commission_is_taken_as_written(
    text: str, name: str
) -> None:
    found = find_occasion(text)
    assert found is not None and found[2].name == name


def test_a_high_level_meeting_in_lower_case_is_no_occasion() -> None:
    assert find_occasion("The two ministers held a high-level meeting in Porto.") is None


@pytest.mark.parametrize(
    "text",
    [
        "The prime ministers held talks at the APEC Haus in Port Moresby.",
        "The ministers met at the ASEAN Secretariat building in Jakarta.",
        "Talks were held at the G20 hall of the convention centre.",
    ],
)
def test_a_building_named_for_a_bloc_is_no_occasion(text: str) -> None:
    assert find_occasion(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Wang met Lee on the sidelines of a meeting of Southeast Asian foreign ministers in Jakarta.",
         "ASEAN foreign ministers' meeting"),
        ("Kishida met Widodo at a summit of South-East Asian leaders in Bali.", "ASEAN summit"),
        ("It was agreed at a consultative meeting of Arab leaders in Riyadh.",
         "consultative meeting of Arab leaders"),
    ],
)  # fmt: skip
def test_a_gathering_named_by_its_members_people_is_their_blocs(text: str, name: str) -> None:
    found = find_occasion(text)
    assert found is not None and found[2].name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lula met Petro on the sidelines of the fifth summit of the Amazon countries.",
         "summit of the Amazon countries"),
        ("Aliyev met Tokayev at a summit of the Turkic states in Budapest.", "summit of the Turkic states"),
        ("Putin met Pezeshkian at the summit of the Caspian nations in Ashgabat.",
         "summit of the Caspian nations"),
    ],
)  # fmt: skip
def test_a_gathering_named_by_the_countries_that_hold_it_is_an_occasion(text: str, name: str) -> None:
    found = find_occasion(text)
    assert found is not None and found[2].name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ramaphosa met Putin at the second Russia-Africa summit in St Petersburg.", "Russia-Africa summit"),
        ("Xi hosted Tokayev at the China-Central Asia summit in Xian.", "China-Central Asia summit"),
        ("Leaders gathered for the Africa-Italy summit in Rome.", "Africa-Italy summit"),
    ],
)
def test_a_countrys_summit_with_a_region_of_the_world_is_an_occasion(text: str, name: str) -> None:
    found = find_occasion(text)
    assert found is not None and found[2].name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ishiba will host a Japan-Pacific leaders summit in Tokyo.", "Japan-Pacific leaders summit"),
        ("Yoon attended the South Korea-Africa leaders’ summit.", "South Korea-Africa leaders’ summit"),
        ("Erdogan met Ruto at a Turkey-Africa leaders' summit in Istanbul.", "Turkey-Africa leaders' summit"),
    ],
)
def test_a_countrys_leaders_summit_with_a_region_is_an_occasion(text: str, name: str) -> None:
    found = find_occasion(text)
    assert found is not None and found[2].name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Prabowo flew to Kuala Lumpur for the ASEAN – Gulf Cooperation Council summit.",
         "ASEAN – Gulf Cooperation Council summit"),
        ("Leaders met in Brussels at the Latin America-EU summit.", "Latin America-EU summit"),
        ("The second Central Asia – EU summit will be held in Almaty.", "Central Asia – EU summit"),
        ("Yoon hosted the first South Korea-ASEAN summit in Busan.", "South Korea-ASEAN summit"),
        ("Lula spoke at the Africa – Brazil summit in Luanda.", "Africa – Brazil summit"),
    ],
)  # fmt: skip
def test_a_blocs_summit_with_a_region_or_country_is_named_by_both_sides(text: str, name: str) -> None:
    found = find_occasion(text)
    assert found is not None and found[2].name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rahmon flew to Xian for the Central Asia + China summit.", "Central Asia + China summit"),
        ("Leaders met at the third Central Asia+India summit in Delhi.", "Central Asia+India summit"),
        ("Ishiba attended the ASEAN + Japan summit in Vientiane.", "ASEAN + Japan summit"),
        ("The Central Asia + Russia Summit opened in Dushanbe.", "Central Asia + Russia summit"),
    ],
)  # fmt: skip
def test_a_plus_sign_joins_the_sides_of_a_joint_summit_as_a_hyphen_does(text: str, name: str) -> None:
    found = find_occasion(text)
    assert found is not None and found[2].name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lee met Albanese at the ASEAN+3 summit in Manila.", "ASEAN+3 summit"),
        ("Tokayev flew to Kazan for the BRICS+ summit.", "BRICS summit"),
        ("Modi met Ishiba at the G20 summit, where 2 + 2 talks were agreed.", "G20 summit"),
    ],
)
def test_a_plus_sign_with_no_side_after_it_joins_nothing(text: str, name: str) -> None:
    found = find_occasion(text)
    assert found is not None and found[2].name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Macron briefed Ramaphosa – EU leaders had met earlier at the EU summit.", "EU summit"),
        ("Said Orban - ASEAN summit hosts were not told.", "ASEAN summit"),
    ],
)
def test_a_spaced_dash_joins_no_person_to_a_blocs_summit(text: str, name: str) -> None:
    found = find_occasion(text)
    assert found is not None and found[2].name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tebboune flew to Riyadh for the emergency Arab summit on Sudan.", "Arab summit"),
        ("Petro met Boric at the Ibero-American Summit in Santo Domingo.", "Ibero-American summit"),
        ("Ruto and Tinubu spoke on the sidelines of an African summit in Nairobi.", "African summit"),
    ],
)
def test_a_summit_named_by_the_peoples_of_a_region_is_an_occasion(text: str, name: str) -> None:
    found = find_occasion(text)
    assert found is not None and found[2].name == name


def test_a_summit_named_by_one_countrys_people_is_no_regional_summit() -> None:
    assert find_occasion("Ramaphosa hosted the South African summit on youth jobs.") is None


@pytest.mark.parametrize("text", ["Trump and Xi held a US-China summit in Geneva.", "the Biden-Putin summit"])
def test_a_summit_of_two_countries_or_two_people_names_no_occasion(text: str) -> None:
    assert find_occasion(text) is None


def test_the_summit_of_countries_named_is_no_summit_told_before(meetings_in) -> None:
    text = (
        "Petro will co-chair the EU-CELAC summit in Santa Marta next week. Lula was last in Colombia "
        "in August, when he met Petro in Bogota on the sidelines of the summit of the Amazon countries."
    )
    found = [m for m in meetings_in(text) if m.kind == "in_person"]
    assert [m.occasion.name if m.occasion else None for m in found] == ["summit of the Amazon countries"]


def test_a_summit_named_in_full_keeps_its_whole_name() -> None:
    text = "Lula spoke at the Summit of Heads of State and Government of the Group of 15 in Havana."
    found = find_occasion(text)
    assert found is not None
    assert found[2].name == "Summit of Heads of State and Government of the Group of 15"


def test_a_bloc_after_the_summit_of_heads_of_state_and_government_is_that_blocs_summit() -> None:
    text = (
        "Museveni met Guterres at the Summit of Heads of State and Government of the Group of 77 in Kampala."
    )
    found = find_occasion(text)
    assert found is not None and found[2].name == "G77 and China summit"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ruto met Mnangagwa at the 37th Ordinary Conference of Heads of State of the African Union "
            "in Addis Ababa.",
            "African Union summit",
        ),
        (
            "The prime ministers had met at the Annual Meeting of the Conference of Heads of Government "
            "of the Caribbean Community last July.",
            "CARICOM summit",
        ),
        (
            "Tokayev will attend the Jubilee Forum of the Council of Heads of State of the Andean Pact "
            "next week.",
            "Jubilee Forum of the Council of Heads of State of the Andean Pact",
        ),
    ],
)
def test_a_named_gathering_runs_on_to_the_body_whose_heads_meet_at_it(text: str, name: str) -> None:
    found = find_occasion(text)
    assert found is not None and found[2].name == name


def test_a_named_leaders_retreat_is_an_occasion() -> None:
    found = find_occasion("Wong and Anwar met for the 11th Malaysia-Singapore Leaders' Retreat.")
    assert found is not None and found[2].name == "Malaysia-Singapore Leaders' Retreat"
    assert find_occasion("Staff went on a company retreat in the hills.") is None


def test_a_named_leaders_meeting_is_an_occasion() -> None:
    found = find_occasion("Rabuka flew to Apia for the yearly Fiji-Samoa Leaders' Meeting.")
    assert found is not None and found[2].name == "Fiji-Samoa Leaders' Meeting"
    assert find_occasion("The two leaders' meeting lasted an hour.") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "on the sidelines of a regional summit hosted by the Association of Southeast Asian Nations",
            "ASEAN summit",
        ),
        ("at a summit hosted by the African Union in Addis Ababa", "African Union summit"),
    ],
)
def test_a_summit_hosted_by_a_bloc_is_that_blocs_summit(text: str, name: str) -> None:
    assert _name(text) == name


def test_talks_hosted_by_a_bloc_are_no_summit_of_it() -> None:
    assert _name("talks hosted by the EU in Brussels") is None


@pytest.mark.parametrize("before", ["in the run-up to", "in the lead-up to", "in the build-up to"])
def test_a_meeting_in_the_run_up_to_a_summit_is_not_held_at_it(meetings_in, before: str):
    found = meetings_in(f"Narendra Modi met Emmanuel Macron on Sunday {before} the G20 summit.")
    assert [m.occasion for m in found] == [None]


def test_the_place_of_a_summit_a_meeting_led_up_to_is_not_the_meeting_s(meetings_in):
    text = (
        "Australian Foreign Minister Penny Wong met Canadian Foreign Minister Melanie Joly on Monday. "
        "Their previous meeting came in the lead-up to July's summit in London."
    )
    earlier = [m for m in meetings_in(text) if m.background]
    assert [m.place for m in earlier] == [None]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Rubio met Mulino on the margins of the 54th General Assembly of the Organization of "
            "American States.",
            "OAS meeting",
        ),
        ("They spoke at the annual assembly of the African Union in Addis Ababa.", "African Union meeting"),
    ],
)
def test_an_assembly_of_a_body_in_the_table_is_its_occasion(text, name):
    assert _name(text) == name


@pytest.mark.parametrize(
    ("text", "occasion"),
    [
        (
            "Prime Minister Narendra Modi will address the World Governments Summit in Dubai on Wednesday. "
            "He is scheduled to meet Sheikh Mohammed bin Rashid Al Maktoum on the sidelines of the summit.",
            "World Governments Summit",
        ),
        (
            "Lula addressed the BRICS summit in Kazan. Xi Jinping met Cyril Ramaphosa at the summit.",
            "BRICS summit",
        ),
        (
            "President Ruto addressed the African Union summit in Addis Ababa on Saturday. "
            "On the margins of the summit, he met Abiy Ahmed.",
            "African Union summit",
        ),
    ],
)
def test_a_summit_addressed_is_attended_not_a_topic(meetings_in, text: str, occasion: str) -> None:
    found = meetings_in(text)
    assert [m.occasion.name if m.occasion else None for m in found] == [occasion]


@pytest.mark.parametrize(
    "text",
    [
        "NATO leaders gather in Vilnius for the NATO summit. "
        "Biden and Erdogan are due to meet on Tuesday on the sidelines of the two-day summit.",
        "Leaders flew to Jakarta for the ASEAN summit. Anthony Albanese met Anwar Ibrahim on the margins of "
        "the three-day summit.",
    ],
)
def test_the_summit_told_with_its_length_is_the_one_named_before(meetings_in, text: str) -> None:
    found = meetings_in(text)
    assert len(found) == 1 and found[0].occasion is not None
    assert found[0].occasion.name in {"NATO summit", "ASEAN summit"}


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan demanded that the European Union reopen Turkey's stalled accession talks.",
        "The visit drew sharp rebukes from European Union leaders who said Orban had no mandate.",
        "Ramaphosa urged the African Union to restart its long-stalled mediation talks.",
        "The trip angered NATO leaders, who called it a propaganda stunt.",
    ],
)
def test_a_body_named_far_before_an_event_word_is_no_gathering(text: str) -> None:
    assert find_occasion(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jaishankar will visit Pakistan for the SCO Council of Heads of Government meeting.", "SCO"),
        ("Wang Yi met Sergey Lavrov at the ASEAN foreign ministers' meeting in Jakarta.", "ASEAN"),
        (
            "Macron chaired a virtual meeting of a group of 'Coalition of the Willing' Leaders, in which "
            "Vance took part.",
            "Coalition of the Willing",
        ),
    ],
)
def test_a_body_named_before_its_event_word_is_a_gathering(text: str, name: str) -> None:
    found = find_occasion(text)
    assert found is not None and found[2].name.startswith(name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vucic and Kurti were both at the Berlin Process summit in Tirana.", "Berlin Process summit"),
        (
            "Iohannis greeted Duda before the Three Seas Initiative summit opened.",
            "Three Seas Initiative summit",
        ),
        ("The Lublin Triangle session will be held in Vilnius in May.", "Lublin Triangle session"),
    ],
)
def test_a_process_initiative_or_triangle_before_its_event_word_is_a_gathering(text: str, name: str) -> None:
    found = find_occasion(text)
    assert found is not None and found[2].name == name


def test_a_body_s_name_does_not_run_back_over_an_and() -> None:
    found = find_occasion("Ministers from forty countries came to the Belt and Road Initiative conference.")
    assert found is None or found[2].name != "Road Initiative conference"


@pytest.mark.parametrize(
    ("text", "occasion"),
    [
        (
            "On Monday, Fumio Kishida will co-chair the Japan-Philippines Annual Summit with Ferdinand "
            "Marcos on the margins of the ASEAN summit in Vientiane.",
            "ASEAN summit",
        ),
        (
            "On Friday, Olaf Scholz co-chaired the third German-Indian Annual Summit with Narendra Modi on "
            "the sidelines of the G20 summit.",
            "G20 summit",
        ),
        (
            "Lula will co-chair the first Brazil-China Annual Summit with Xi Jinping on the margins of the "
            "BRICS summit in Kazan.",
            "BRICS summit",
        ),
    ],
)
def test_a_bilateral_summit_on_the_margins_of_a_gathering_is_held_at_that_gathering(
    meetings_in, text: str, occasion: str
) -> None:
    found = meetings_in(text)
    assert [m.occasion.name if m.occasion else None for m in found] == [occasion]


@pytest.mark.parametrize(
    ("text", "occasion", "day"),
    [
        (
            "The decision scuttled a bilateral meeting between Luiz Inácio Lula da Silva and Nicolás Maduro "
            "that Brazilian diplomats had been preparing for Tuesday on the sidelines of the CELAC summit.",
            "CELAC summit",
            date(2024, 11, 19),
        ),
        (
            "Officials called off a meeting between Erdogan and Netanyahu that aides had been preparing for "
            "Thursday on the sidelines of the NATO summit.",
            "NATO summit",
            date(2024, 11, 21),
        ),
    ],
)
def test_a_meeting_being_prepared_is_set_where_and_when_the_preparing_says(
    meetings_in, text: str, occasion: str, day: date
) -> None:
    found = meetings_in(text)
    assert [(m.occasion.name if m.occasion else None, m.date.start if m.date else None) for m in found] == [
        (occasion, day)
    ]


@pytest.mark.parametrize(
    ("text", "occasion"),
    [
        (
            "Murat Nurtleu held meetings on the sidelines of the UN General Assembly on September 23. On "
            "September 26, also on the margins of the General Assembly, Nurtleu is scheduled to meet António "
            "Guterres.",
            "UN General Assembly",
        ),
        ("On the sidelines of the G20 summit, Modi is scheduled to meet Joe Biden.", "G20 summit"),
        (
            "Leaders gathered in Vientiane for the ASEAN summit. On the sidelines of the summit, Kishida is "
            "expected to meet Anwar Ibrahim.",
            "ASEAN summit",
        ),
    ],
)
def test_the_setting_of_a_plan_is_the_planned_meetings(meetings_in, text: str, occasion: str) -> None:
    found = meetings_in(text, published=date(2024, 9, 24))
    assert [m.occasion.name if m.occasion else None for m in found] == [occasion]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "They last met in Belém during the summit of the Amazon Cooperation Treaty Organization (ACTO).",
            "Amazon Cooperation Treaty Organization summit",
        ),
        (
            "Lula met Carlos Vila Nova at a summit of the Community of Portuguese Language Countries in "
            "Sao Tome.",
            "Community of Portuguese Language Countries summit",
        ),
        ("The ministers met at the session of the Nordic Council in Oslo.", "Nordic Council session"),
    ],
)
def test_a_gathering_of_a_body_the_table_lacks_is_named_by_the_body_after_it(text: str, name: str) -> None:
    found = find_occasion(text)
    assert found is not None and found[2].name == name


def test_a_session_of_a_body_of_one_state_is_no_occasion() -> None:
    assert find_occasion("The minister spoke at the session of the National Security Council.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Leaders gathered in Astana for the SCO summit on Sunday. On Saturday, Putin met separately with "
        "Pakistan's Prime Minister Shehbaz Sharif and Iran's President Masoud Pezeshkian, who are also in "
        "Astana for the summit.",
        "Putin met Xi at the SCO summit in Astana. Modi, who was in Astana for the summit, held talks with "
        "Iranian President Masoud Pezeshkian.",
        "The Commonwealth Heads of Government Meeting opened in Apia on Friday. Ramaphosa arrived in "
        "Apia for the summit on Thursday and held bilateral talks with Australian Prime Minister "
        "Anthony Albanese.",
    ],
)
def test_a_meeting_of_people_in_town_for_the_summit_is_at_the_summit_named_before(meetings_in, text):
    found = meetings_in(text, published=date(2025, 9, 1))
    assert found and all(m.occasion is not None for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "The Crown Prince met Tinubu at the King Abdulaziz International Conference Center.",
        "Xi received Ramaphosa at the Sandton Convention and Conference Centre.",
        "Ruto hosted Museveni at the Kenyatta International Conference Centre on Monday.",
        "The two sat down at the Summit Hall of the presidential complex.",
    ],
)
def test_a_building_named_for_its_conferences_is_no_occasion(text: str) -> None:
    assert _name(text) is None


def test_a_conference_held_at_a_conference_centre_is_still_found() -> None:
    text = "at the Ukraine Recovery Conference, held at the Kenyatta International Conference Centre"
    assert _name(text) == "Ukraine Recovery Conference"


@pytest.mark.parametrize(
    "text",
    [
        "Vucic and Kurti held EU-mediated talks in Brussels on Monday.",
        "Aliyev and Pashinyan met for AU-brokered talks in Addis Ababa on Friday.",
        "Tshisekedi and Kagame began AU-facilitated talks in Luanda on Sunday.",
        "Vucic met the EU Special Representative for the Belgrade-Pristina Dialogue on Monday.",
        "Ruto received the AU envoy to the Sudan talks in Nairobi.",
    ],
)
def test_a_body_brokering_talks_or_an_office_of_them_is_no_gathering_of_the_body(text: str) -> None:
    assert _name(text) is None


def test_a_body_s_gathering_after_its_office_holder_is_still_found() -> None:
    assert _name("Blinken met the EU envoy on the sidelines of the EU foreign ministers' meeting.") == (
        "EU foreign ministers' meeting"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Modi met Xi at the BRICS summit in Kazan, then at the g20 in Rio.",
        "THE GROUP OF TWENTY met; the Shanghai cooperation organization summit followed.",
        "Erdoğan hosted the Organisation of Turkic States summit in İstanbul.",
        "The ſhanghai Cooperation Organiſation and a 30 \u212aelvin summit",
        "at the St. Petersburg International Economic Forum and cop29 in Baku",
        "Lula and Milei met at the Mercosur summit, not the Visegrád Group.",
        "No occasion here: the ministers spoke by phone.",
    ],
)
def test_table_search_skipping_aliases_not_started_finds_the_same(text, monkeypatch):
    from extract import occasions

    fast = occasions._table_hits(text)
    every = occasions._table()._replace(entries=[e._replace(starts=None) for e in occasions._table().entries])
    monkeypatch.setattr(occasions, "_table", lambda: every)
    assert occasions._table_hits(text) == fast


def test_only_four_characters_fold_to_ascii_in_any_case():
    import re

    from extract.occasions import _FOLDED_TO_ASCII

    ascii_in_any_case = re.compile(r"(?i:[\x00-\x7f])")
    folded = {chr(c) for c in range(0x80, 0x110000) if ascii_in_any_case.fullmatch(chr(c))}
    assert folded == set(_FOLDED_TO_ASCII)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Zelensky met Trump at the funeral of Pope Francis in Vatican City.", "funeral of Pope Francis"),
        ("They last met on the day of Pope Francis's funeral.", "funeral of Pope Francis"),
        (
            "Ruto met Tinubu at the coronation of King Charles III in London.",
            "coronation of King Charles III",
        ),
        ("Leaders flew in for Queen Elizabeth's state funeral.", "funeral of Queen Elizabeth"),
        (
            "Anwar met Han Zheng at the swearing-in of President Prabowo Subianto.",
            "swearing-in of President Prabowo Subianto",
        ),
    ],
)
def test_a_ceremony_held_for_someone_is_an_occasion(text: str, name: str) -> None:
    found = find_occasion(text)
    assert found is not None and found[2].name == name


@pytest.mark.parametrize(
    "text",
    [
        "Mourners attended the funeral of the victims.",
        "Sisi attended the inauguration of the new museum.",
        "Brazil's inauguration of the dam was delayed.",
        "They discussed the forthcoming inauguration of Taiwan's president.",
    ],
)
def test_a_ceremony_of_a_thing_is_no_occasion(text: str) -> None:
    assert find_occasion(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Lula met Petro after taking part in the Eighth Summit of the Community of Latin American and "
            "Caribbean States (CELAC) in Kingstown.",
            "CELAC summit",
        ),
        (
            "Erdogan met Tokayev at the Sixth Summit of the Conference on Interaction and Confidence "
            "Building Measures in Asia in Astana.",
            "CICA summit",
        ),
        (
            "Erdogan met Aliyev at the Tenth Summit of the Organization of Turkic States.",
            "Organization of Turkic States summit",
        ),
        ("Modi met Hasina at the Seventh Summit of BIMSTEC in Bangkok.", "BIMSTEC summit"),
        (
            "Ruto met Museveni at the Ninth Extraordinary Summit of the East African Community.",
            "East African Community summit",
        ),
        ("Leaders met at the Sixth Ukraine Recovery Conference.", "Ukraine Recovery Conference"),
    ],
)
def test_a_gathering_told_by_its_rank_is_named_by_whose_it_is(text: str, name: str) -> None:
    found = find_occasion(text)
    assert found is not None and found[2].name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Fico met Putin on the sidelines of the celebrations marking the 80th anniversary of the "
            "Soviet victory over Nazi Germany.",
            "80th anniversary of the Soviet victory over Nazi Germany celebrations",
        ),
        (
            "Xi will visit Moscow to take part in the celebrations of the 80th anniversary of Victory in "
            "the Great Patriotic War.",
            "80th anniversary of Victory in the Great Patriotic War celebrations",
        ),
        (
            "Biden met Macron at the ceremonies marking the 80th anniversary of D-Day in Normandy.",
            "80th anniversary of D-Day ceremonies",
        ),
        (
            "Lam met Sisoulith during the celebrations of the 75th anniversary of diplomatic relations in "
            "Vientiane on Monday.",
            "75th anniversary of diplomatic relations celebrations",
        ),
        (
            "Kim met Putin at the military parade marking the 80th anniversary of the end of the war.",
            "80th anniversary of the end of the war parade",
        ),
        (
            "Tobgay met Modi on the sidelines of the Independence Day celebrations.",
            "Independence Day celebrations",
        ),
        ("Leaders came for the 75th anniversary celebrations in Beijing.", "75th anniversary celebrations"),
    ],
)
def test_a_celebration_of_an_anniversary_or_a_day_is_an_occasion(text: str, name: str) -> None:
    found = find_occasion(text)
    assert found is not None and found[2].name == name


@pytest.mark.parametrize(
    "text",
    [
        "The two countries mark the 75th anniversary of diplomatic relations this year.",
        "Putin congratulated Xi on the 75th anniversary of the founding of the People's Republic.",
        "They met on Independence Day.",
    ],
)
def test_an_anniversary_without_its_celebration_is_no_occasion(text: str) -> None:
    assert find_occasion(text) is None


@pytest.mark.parametrize(
    ("text", "name", "city"),
    [
        (
            "Leaders gathered for the Southern African Development Community Summit (SADCS) in Harare on "
            "Saturday. On the sidelines of the SADCS, President Ramaphosa met President Hichilema.",
            "SADC summit",
            "Harare",
        ),
        (
            "India and Kenya held the fourth Joint Ministerial Commission (JMC) in Nairobi on Monday. During "
            "the JMC, Jaishankar met Kenyan Foreign Minister Alfred Mutua.",
            "Joint Ministerial Commission",
            "Nairobi",
        ),
        (
            "Defence ministers attended the International Institute for Strategic Studies Shangri-La "
            "Dialogue (SLD) in Singapore. US Defense Secretary Lloyd Austin met Chinese Defence Minister "
            "Dong Jun on the sidelines of the SLD on Friday.",
            "Shangri-La Dialogue",
            "Singapore",
        ),
        (
            "The Mercosur Summit of Heads of State (MSHS) took place in Montevideo on Friday. On the "
            "sidelines of the MSHS, Lula met Milei.",
            "Mercosur summit",
            "Montevideo",
        ),
        (
            "Pakistan and Uzbekistan convened the Inter-Governmental Commission (IGC) in Tashkent on "
            "Wednesday. On the sidelines of the IGC, Ishaq Dar met Bakhtiyor Saidov.",
            "Inter-Governmental Commission",
            "Tashkent",
        ),
    ],
)
def test_an_acronym_an_article_defines_for_a_gathering_names_it_after(meetings_in, text, name, city):
    found = meetings_in(text, published=date(2024, 9, 1))
    assert [(m.occasion and m.occasion.name, m.place and m.place.city) for m in found] == [(name, city)]


def test_an_acronym_in_brackets_after_no_gathering_names_none() -> None:
    article = "The Islamic Development Bank (IsDB) said so. Officials met at the IsDB."
    assert find_occasions("Officials met at the IsDB.", article) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Raisi met Sisi on the sidelines of the Extraordinary Joint Summit of the OIC and the Arab "
            "League in Riyadh.",
            "Extraordinary Joint Summit of the OIC and the Arab League",
        ),
        (
            "on the sidelines of the Extraordinary Joint Summit of the Organization of Islamic Cooperation "
            "(OIC) and the Arab League in Riyadh",
            "Extraordinary Joint Summit of the Organization of Islamic Cooperation (OIC) and the Arab League",
        ),
        (
            "Ramaphosa held talks with Tinubu at the Joint Summit of ECOWAS and ECCAS in Lome.",
            "Joint Summit of ECOWAS and ECCAS",
        ),
        (
            "The Extraordinary Summit of the SADC and the EAC opened in Dar es Salaam.",
            "Extraordinary Summit of the SADC and the EAC",
        ),
    ],
)
def test_a_gathering_of_two_bodies_is_named_with_both(text: str, name: str) -> None:
    assert [o.name for _, _, o in find_occasions(text)] == [name]


def test_two_gatherings_joined_by_and_stay_two() -> None:
    found = find_occasions("He went to the Summit of the SCO and the BRICS summit.")
    assert [o.name for _, _, o in found] == ["SCO summit", "BRICS summit"]


@pytest.mark.parametrize(
    "text",
    [
        "Leaders of the Southern African Development Community gathered in Harare on Saturday for the SADC "
        "summit. On the sidelines of the regional meeting, Ramaphosa met Hichilema.",
        "The Commonwealth Heads of Government Meeting opened in Apia on Friday. On the margins of the "
        "meeting, Starmer met Albanese on Saturday.",
        "Foreign ministers met in Vientiane for the ASEAN foreign ministers' meeting. On the sidelines of "
        "the regional meeting, Blinken met Wang Yi on Friday.",
        "Mercosur leaders gathered in Montevideo for the Mercosur summit on Friday. Lula met Milei at the "
        "regional gathering.",
    ],
)
def test_the_regional_meeting_or_the_meeting_with_sidelines_is_the_gathering_named_before(meetings_in, text):
    found = meetings_in(text, published=date(2024, 12, 9))
    assert found and all(m.occasion is not None and m.place is not None for m in found)


def test_the_meeting_of_two_is_no_gathering(meetings_in) -> None:
    text = (
        "Xi attended the SCO summit in Astana. Later, Modi met Putin in Moscow; the meeting lasted an hour."
    )
    found = meetings_in(text, published=date(2024, 7, 9))
    assert [m.occasion for m in found if "Modi" in str(m.participants)] in ([None], [])


@pytest.mark.parametrize(
    "text",
    [
        "The Commonwealth Heads of Government Meeting opened in Apia on Friday. British Prime Minister Keir "
        "Starmer met Indian Foreign Minister S. Jaishankar at the Commonwealth Heads of Government Meeting.",
        "The Mercosur summit kicked off in Montevideo on Thursday. Lula met Milei on the margins of the "
        "Mercosur summit on Friday.",
        "The CHOGM opened in Apia on Friday. British Prime Minister Keir Starmer met Australian Prime "
        "Minister Anthony Albanese at the CHOGM.",
        "The ECOWAS summit convened in Abuja on Sunday. Tinubu held talks with Faye at the ECOWAS summit.",
    ],
)
def test_a_gathering_is_in_the_city_it_is_told_to_open_in(meetings_in, text):
    found = meetings_in(text, published=date(2024, 12, 9))
    assert found and all(m.place is not None and m.place.city is not None for m in found)


@pytest.mark.parametrize(
    ("text", "occasion", "city"),
    [
        (
            "Fiji's Prime Minister Sitiveni Rabuka held several bilateral meetings on the margins of the "
            "Pacific Islands Forum Leaders Meeting (PIFLM) in Honiara. He met his New Zealand counterpart, "
            "Christopher Luxon, and separately Australian Prime Minister Anthony Albanese.",
            "Pacific Islands Forum summit",
            "Honiara",
        ),
        (
            "Australian Prime Minister Anthony Albanese had several bilateral meetings on the margins of the "
            "CHOGM in Apia. He met British Prime Minister Keir Starmer and Canadian Prime Minister Justin "
            "Trudeau.",
            "Commonwealth Heads of Government Meeting",
            "Apia",
        ),
    ],
)
def test_a_round_on_the_margins_of_a_named_gathering_sets_its_scene(meetings_in, text, occasion, city):
    found = meetings_in(text, published=date(2025, 9, 10))
    assert len(found) == 2
    assert all(m.occasion and m.occasion.name == occasion and m.place and m.place.city == city for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "HARARE - President Hakainde Hichilema will not attend the retreat tomorrow. He will fly home "
        "tonight, his office said. Zambia's foreign minister will take his seat at the closing session. "
        "Hichilema held several bilateral meetings on the sidelines of the SADC summit. He met Mozambican "
        "President Filipe Nyusi and separately Angolan President Joao Lourenco.",
        "KAZAN - President Cyril Ramaphosa will not attend the outreach session on Friday. He will leave "
        "Russia tonight, his office said. Foreign Minister Ronald Lamola will take his seat at the session. "
        "Ramaphosa held a series of bilateral meetings on the sidelines of the BRICS summit. He met Indian "
        "Prime Minister Narendra Modi and separately Iranian President Masoud Pezeshkian.",
    ],
)
def test_meetings_told_after_a_round_at_a_gathering_are_at_it(meetings_in, text):
    found = meetings_in(text, published=date(2024, 10, 25))
    assert len(found) == 2 and all(m.occasion is not None for m in found)


def test_having_met_several_times_is_no_round(meetings_in):
    found = meetings_in(
        "Modi and Xi have held several meetings in recent years.", published=date(2024, 10, 25)
    )
    assert found == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The leaders of the Southern African Development Community will hold their "
            "extraordinary summit in Harare on Monday.",
            "SADC summit",
        ),
        (
            "The heads of state of the Economic Community of West African States (ECOWAS) are due "
            "to hold their ordinary session in Abuja.",
            "ECOWAS summit",
        ),
        (
            "The foreign ministers of the Shanghai Cooperation Organisation convened their annual "
            "meeting in Astana.",
            "SCO foreign ministers' meeting",
        ),
        (
            "The leaders of the Caribbean Alliance of Island States held their first summit in Bridgetown.",
            "Caribbean Alliance of Island States summit",
        ),
    ],
)
def test_a_gathering_its_holders_are_told_to_hold_is_their_bodys(text: str, name: str) -> None:
    assert _name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "The leaders of the Shanghai Cooperation Organisation said they hold their view firmly.",
        "The leaders of the National Unity Council will hold their session on Monday.",
        "The heads of state of the Andean Community held talks on trade.",
    ],
)
def test_holding_no_gathering_or_a_body_of_one_state_is_no_such_occasion(text: str) -> None:
    assert _name(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Leaders sat down at the ASEAN Plus Three summit in Vientiane.", "ASEAN Plus Three summit"),
        (
            "on the margins of the ASEAN Plus Three foreign ministers' meeting",
            "ASEAN Plus Three foreign ministers' meeting",
        ),
        ("the ASEAN summit, and then a meal with partners", "ASEAN summit"),
    ],
)
def test_a_bloc_with_its_partners_keeps_the_plus_format_in_its_name(text: str, name: str) -> None:
    assert _name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kishida sees Albanese on APEC sidelines in Lima", "APEC summit"),
        ("The two ministers spoke on the CSTO's margins in Minsk.", "CSTO summit"),
    ],
)
def test_a_bloc_whose_sidelines_a_meeting_is_on_is_its_gathering(text: str, name: str) -> None:
    assert _name(text) == name


@pytest.mark.parametrize(
    "text", ["The new rule sidelines APEC traders.", "BRICS sidelines the dollar in trade."]
)
def test_sidelines_as_a_verb_after_a_bloc_is_no_cue(text: str) -> None:
    assert find_occasion(text) is None


def test_a_headline_that_puts_talks_on_a_blocs_sidelines_gives_the_lead_that_gathering(meetings_in):
    text = (
        "Wong holds talks with Japanese, Korean counterparts on ASEAN sidelines in Vientiane\n\n"
        "VIENTIANE, July 25 - Australian Foreign Minister Penny Wong on Thursday held separate talks "
        "with her Japanese and South Korean counterparts Yoko Kamikawa and Cho Tae-yul in Vientiane, "
        "a day before the ASEAN foreign ministers' meeting."
    )
    found = meetings_in(text, published=date(2024, 7, 25))
    assert len(found) == 2
    assert all(m.occasion is not None and m.occasion.name.startswith("ASEAN") for m in found)


@pytest.mark.parametrize(
    ("name", "countries"),
    [
        ("Brazil-Argentina Annual Summit", {"Brazil", "Argentina"}),
        ("9th French-Italian Summit", {"France", "Italy"}),
        ("Kenya-Uganda-Tanzania trilateral summit", {"Kenya", "Uganda", "Tanzania"}),
        ("Chile-Peru High-Level Meeting", {"Chile", "Peru"}),
        ("Russia-Africa summit", set()),
        ("India-GCC foreign ministers' meeting", set()),
        ("Central Asia–EU Summit", set()),
        ("G20 summit", set()),
    ],
)
def test_a_format_is_held_between_the_countries_its_name_joins(name: str, countries: set[str]) -> None:
    assert countries_of_format(Occasion(name=name)) == countries


@pytest.mark.parametrize(
    "text",
    [
        "Lula and Milei held the third Brazil-Argentina Annual Summit in Buenos Aires on Monday.",
        "Ruto hosted Museveni for the 5th Kenya-Uganda Joint Commission in Nairobi on Monday.",
    ],
)
def test_a_format_of_two_countries_held_by_their_own_people_is_no_occasion(meetings_in, text: str) -> None:
    found = meetings_in(text)
    assert found and all(m.occasion is None for m in found)


@pytest.mark.parametrize(
    ("text", "occasion"),
    [
        (
            "Lula met Boric on Monday on the sidelines of the Argentina-Brazil-Chile Trilateral Summit.",
            "Argentina-Brazil-Chile Trilateral Summit",
        ),
        ("Ruto met Museveni on Monday at the Russia-Africa summit in St Petersburg.", "Russia-Africa summit"),
    ],
)
def test_a_format_of_more_than_the_meetings_countries_stays_its_occasion(
    meetings_in, text: str, occasion: str
) -> None:
    assert [m.occasion.name if m.occasion else None for m in meetings_in(text)] == [occasion]


def test_talks_of_two_before_a_trilateral_summit_are_not_that_summit(meetings_in) -> None:
    text = "Before the trilateral summit on Friday, Biden held separate talks with Kishida and with Yoon."
    found = meetings_in(text)
    assert found and all(m.occasion is None for m in found)


def test_the_margins_of_the_summit_are_not_those_of_two_countries_own_summit(meetings_in) -> None:
    text = (
        "Albanese arrived in Johannesburg on Thursday for the G20 summit. "
        "On Friday he and Ramaphosa held the first Australia-South Africa Annual Summit in Pretoria. "
        "On Saturday Albanese met Lula on the margins of the summit."
    )
    found = {frozenset(p.name for p in m.participants): m for m in meetings_in(text)}
    lula = next(m for people, m in found.items() if "Lula" in " ".join(people))
    assert lula.occasion is not None and lula.occasion.name == "G20 summit"


@pytest.mark.parametrize(
    ("text", "occasion"),
    [
        (
            "President John Mahama welcomed Kenyan President William Ruto at the airport on Sunday, who "
            "arrived in Accra to take part in the 38th summit of the African Union, to open on Monday.",
            "African Union summit",
        ),
        (
            "Prime Minister Anwar Ibrahim received Indonesian President Prabowo Subianto on Monday, "
            "who came to attend the ASEAN summit.",
            "ASEAN summit",
        ),
        (
            "Saudi Crown Prince Mohammed bin Salman greeted Iraqi Prime Minister Mohammed Shia al-Sudani on "
            "Friday, who flew in for the emergency Arab summit on Gaza.",
            "Arab summit",
        ),
    ],
)
def test_a_summit_a_guest_came_to_take_part_in_is_the_welcomes_occasion(
    meetings_in, text: str, occasion: str
) -> None:
    found = meetings_in(text, published=date(2025, 2, 16))
    assert found and all(m.occasion is not None and m.occasion.name == occasion for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "President John Mahama welcomed Kenyan President William Ruto in Accra on Sunday, who had attended "
        "the African Union summit in Addis Ababa last week.",
        "President John Mahama welcomed Kenyan President William Ruto in Accra on Sunday, who arrived to "
        "take part in talks on trade.",
    ],
)
def test_a_summit_the_guest_did_not_come_for_is_no_occasion(meetings_in, text: str) -> None:
    found = meetings_in(text, published=date(2025, 2, 16))
    assert found and all(m.occasion is None for m in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The leaders spoke at the XXI Summit of the Andean Community.", "Summit of the Andean Community"),
        ("Lula met Boric at the LXII Summit of Mercosur Heads of State in Montevideo.", "Mercosur summit"),
        ("The premiers met at the 14th Summit on Ocean Finance in Lisbon.", "Summit on Ocean Finance"),
        ("The 3rd Kenya-Japan Summit opened in Nairobi.", "Kenya-Japan Summit"),
        ("They talked at the Tenth Conference on Arctic Shipping in Oslo.", "Conference on Arctic Shipping"),
    ],
)
def test_an_editions_number_is_no_part_of_whose_the_gathering_is(text: str, name: str) -> None:
    assert _name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "The XIV summit of the bloc was postponed.",
        "The IX Summit opened on Monday.",
    ],
)
def test_a_roman_numeral_is_no_acronym_of_a_body(text: str) -> None:
    assert all("IX " not in o.name and "XIV " not in o.name for _, _, o in find_occasions(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ruto will be joined by Chadian President Mahamat Deby and Malian Prime Minister Abdoulaye Maiga "
            "for the Lake Chad Basin Security Conference in Abuja.",
            "Lake Chad Basin Security Conference",
        ),
        ("The ministers gathered at the Forum of the Andes Summit in Lima.", "Forum of the Andes Summit"),
        ("Officials prepared the Baltic Sea Energy Forum in Riga.", "Baltic Sea Energy Forum"),
    ],
)
def test_a_name_starts_after_its_article_unless_of_comes_before_it(text: str, name: str) -> None:
    assert _name(text) == name


def test_a_name_in_an_offices_title_after_its_article_is_no_gathering() -> None:
    assert find_occasion("Sanchez met the UN Special Envoy for the Sahel Peace Dialogue on Friday.") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Takaichi sat down with Lee at the fourth Japan-Philippines-South Korea trilateral summit.",
            "Japan-Philippines-South Korea trilateral summit",
        ),
        (
            "The premier flew to Tokyo for the tenth China-Japan-ROK leaders' meeting on Sunday.",
            "China-Japan-ROK leaders' meeting",
        ),
        ("Albanese hosted the Australia-India-Japan-US summit in Sydney.", "Australia-India-Japan-US summit"),
        ("Erdogan joined the 12th Central Asia-Turkey summit in Ashgabat.", "Central Asia-Turkey summit"),
    ],
)
def test_a_summit_named_by_the_countries_that_hold_it_is_an_occasion(text: str, name: str) -> None:
    assert _name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "The two countries opened their ninth round of talks in Ankara.",
        "Diplomats held Pakistan-China-Afghanistan border talks in Kabul.",
        "Officials of Peru-Chile-Bolivia met in Lima to plan a summit.",
        "The Mexico-Canada-US trade pact was signed at a summit.",
        "Leaders of Brazil-Argentina-Chile met at the annual summit.",
        "Modi and Ishiba held the India-Japan annual summit in Tokyo.",
    ],
)
def test_countries_joined_by_hyphens_name_no_occasion_without_a_summit_of_three(text: str) -> None:
    assert find_occasion(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ruto joined his neighbours at a summit on the Nacala Corridor in Malawi.",
            "Nacala Corridor summit",
        ),
        (
            "Ministers met at an international conference on the Mekong River Basin.",
            "Mekong River Basin conference",
        ),
        (
            "She spoke at the annual forum on Blue Economy Partnerships last week.",
            "Blue Economy Partnerships forum",
        ),
    ],
)
def test_a_gathering_on_a_named_theme_is_named_by_it(text: str, name: str) -> None:
    assert _name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "The two presidents met at the summit on Thursday.",
        "They will meet at the conference on March 3 in Lima.",
        "Arab leaders called a summit on Sudan.",
        "The ministers held a forum on Africa in Dakar.",
        "He spoke at a conference on Kenya's debt.",
    ],
)
def test_a_day_a_place_or_a_possessive_after_on_names_no_gathering(text: str) -> None:
    assert find_occasion(text) is None


def test_a_gathering_named_before_on_keeps_its_name() -> None:
    assert _name("Lula chaired an emergency Mercosur summit on Venezuela in Brasilia.") == "Mercosur summit"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Leaders of the Group of 20 are meeting this weekend in a seaside resort.", "G20 summit"),
        ("Heads of state of the SCO are meeting in a mountain town.", "SCO summit"),
        ("Leaders of the G20 are meeting near the coast.", "G20 summit"),
        # near misses: ministers of the body, or the body's meeting with no one named
        ("Foreign ministers of the Group of 20 are meeting in town.", "G20 foreign ministers' meeting"),
        ("Finance ministers of the G20 are meeting on Friday.", "G20 finance ministers' meeting"),
        ("The G20 meeting on debt relief ended.", "G20 meeting"),
    ],
)
def test_the_leaders_of_a_body_meeting_hold_its_summit(text: str, name: str) -> None:
    assert _name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ministers gathered for the third Caribbean-Gulf Foreign Ministers' Meeting in Nassau.",
            "Caribbean-Gulf Foreign Ministers' Meeting",
        ),
        (
            "The Nordic-Baltic Defence Ministers’ Meeting opened in Riga.",
            "Nordic-Baltic Defence Ministers’ Meeting",
        ),
    ],
)
def test_a_capitalised_ministers_meeting_the_table_lacks_is_taken_as_written(text: str, name: str) -> None:
    assert _name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "The president chaired a Cabinet Meeting in the capital on Monday.",
        "The premier briefed the Council of Ministers meeting on the talks.",
        "The ministers held a meeting of foreign ministers in Nassau.",
    ],
)
def test_a_domestic_or_lower_case_ministers_meeting_is_no_occasion(text: str) -> None:
    assert _name(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The envoys spoke on the margins of the Geneva II conference.", "Geneva II conference"),
        ("Delegations returned for the Astana IV talks in January.", "Astana IV talks"),
    ],
)
def test_a_series_named_by_a_place_and_an_edition_numeral_is_an_occasion(text: str, name: str) -> None:
    assert _name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Scholars met at the Pope John Paul II conference hall.",
        "The bishops recalled King Charles III talks with the clergy.",
    ],
)
def test_an_edition_numeral_after_a_name_that_is_no_place_names_no_series(text: str) -> None:
    assert _name(text) is None


def test_a_blocs_name_before_format_is_its_gathering() -> None:
    found = find_occasion("The two leaders first met in the European Political Community format in Granada.")
    assert found is not None and found[2].name == "European Political Community meeting"


def test_a_joint_summit_of_two_blocs_in_lower_case_is_one_gathering_of_both() -> None:
    text = "The emir flew to Cairo for a joint summit of the African Union and the Arab League on Sudan."
    assert _name(text) == "joint summit of the African Union and the Arab League"


def test_a_joint_session_of_a_parliaments_two_houses_is_no_gathering_of_blocs() -> None:
    assert _name("The king addressed a joint session of the Senate and the National Assembly.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Wang Yi sat down with Kaja Kallas in Brussels for the 12th China-EU strategic dialogue.",
        "Blinken and Borrell met in Washington for the EU-US High-Level Dialogue on Russia.",
        "Hayashi held talks with Borrell for the Japan-EU high-level economic dialogue.",
        "The ministers opened the ASEAN-China Strategic Dialogue in Jakarta on Monday.",
    ],
)
def test_a_dialogue_named_by_its_two_sides_is_their_own_channel_not_an_occasion(text: str) -> None:
    assert _name(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ministers met at the Shangri-La Dialogue in Singapore.", "Shangri-La Dialogue"),
        ("Leaders gathered for the ASEAN-GCC summit in Riyadh.", "ASEAN-GCC summit"),
        ("The ministers met at the India-EU summit in Brussels.", "India-EU summit"),
    ],
)
def test_a_joint_summit_or_a_forum_named_dialogue_stays_an_occasion(text: str, name: str) -> None:
    assert _name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Rutte attended an emergency conference on food security for Sudan at the Hague on Friday.",
            "emergency conference on food security for Sudan",
        ),
        (
            "The two presidents last met in March in Tapachula at the regional summit on migration.",
            "regional summit on migration",
        ),
        (
            "Ministers met in Nairobi for an international conference on climate finance, hosted by Ruto.",
            "international conference on climate finance",
        ),
        (
            "Leaders flew to Rome for the special summit on debt relief and development.",
            "special summit on debt relief and development",
        ),
    ],
)
def test_a_summit_of_a_sort_named_by_its_theme_in_lower_case_is_taken_as_written(
    text: str, name: str
) -> None:
    assert _name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "The minister gave a news conference on the talks in Ankara.",
        "Leaders held an emergency summit on Tuesday in Brussels.",
        "They talked at a regional summit on the sidelines of the assembly.",
        "Officials spoke of a summit on migration next year.",
    ],
)
def test_a_news_conference_a_day_or_a_summit_of_no_sort_names_no_theme(text: str) -> None:
    assert _name(text) is None


@pytest.mark.parametrize(
    ("text", "other", "name"),
    [
        (
            "On Friday, Rutte attended an emergency conference on food security for Sudan in Nairobi. "
            "On the sidelines, he met Kenyan President William Ruto.",
            "William Ruto",
            "emergency conference on food security for Sudan",
        ),
        (
            "Wong travelled to Suva on Monday for a regional conference on ocean security. On the margins, "
            "she held talks with Fijian Prime Minister Sitiveni Rabuka.",
            "Sitiveni Rabuka",
            "regional conference on ocean security",
        ),
    ],
)
def test_bare_sidelines_are_those_of_the_gathering_told_just_before(meetings_in, text, other, name) -> None:
    found = meetings_in(text, published=date(2024, 11, 22))
    met = [m.occasion and m.occasion.name for m in found if other in {p.name for p in m.participants}]
    assert met == [name]


def test_bare_sidelines_with_no_gathering_told_before_give_no_occasion(meetings_in) -> None:
    found = meetings_in(
        "Kenyan President William Ruto flew to Kampala on Monday. On the sidelines, he met Ugandan "
        "President Yoweri Museveni.",
        published=date(2024, 11, 22),
    )
    assert found and all(m.occasion is None for m in found)


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("It was the first gathering of the so-called Normandy format in three years.", "Normandy"),
        ("the second meeting of the so-called Weimar Triangle this spring", "Weimar"),
        ("a summit of the so-called Visegrad Group in Prague", "Visegrad"),
    ],
)
def test_a_so_called_body_after_an_event_word_is_its_gathering(text: str, short: str) -> None:
    found = find_occasion(text)
    assert found is not None and short in found[2].name


def test_a_so_called_body_without_an_event_word_is_no_occasion() -> None:
    assert find_occasion("Kyiv has long criticised the so-called Normandy format.") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'Tokayev met Mirziyoyev on the margins of the international forum "Silk Road of Friendship" in '
            "Samarkand.",
            'international forum "Silk Road of Friendship"',
        ),
        (
            "The two ministers talked at an economic conference titled “Bridges to the Future” in Tbilisi.",
            'economic conference "Bridges to the Future"',
        ),
        (
            'Baku is hosting the forum, titled "Green Energy for All," with leaders of the region.',
            'forum "Green Energy for All"',
        ),
    ],
)
def test_a_forum_named_by_a_title_in_quotation_marks_is_an_occasion(text: str, name: str) -> None:
    assert _name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        'Aliyev gave a speech titled "Peace for the Caucasus" in Baku.',
        'Mirziyoyev called the forum "a success" in his remarks.',
    ],
)
def test_a_title_in_quotation_marks_after_no_gathering_is_no_occasion(text: str) -> None:
    assert _name(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Astana hosted the 9th Summit of the Council of Heads of State of the Organization of "
            "Turkic States on Friday.",
            "Organization of Turkic States summit",
        ),
        (
            "Dushanbe will host the meeting of the Council of Heads of State of the CIS in October.",
            "CIS summit",
        ),
        ("Leaders met at the Summit of the Council of Heads of State of the SCO in Astana.", "SCO summit"),
    ],
)
def test_a_summit_of_a_bodys_council_of_heads_of_state_is_the_bodys(text: str, name: str) -> None:
    assert name in [o.name for _, _, o in find_occasions(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The second Normandy-format summit was held in Paris.", "Normandy format summit"),
        ("The Astana-format talks on Syria resumed in Geneva.", "Astana format talks"),
    ],
)
def test_a_format_written_with_a_hyphen_is_the_same_format(text: str, name: str) -> None:
    assert _name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "He skipped a summit hosted by Japanese Prime Minister Fumio Kishida for Central Asian leaders.",
            "summit for Central Asian leaders",
        ),
        ("Lula attended a summit with Caribbean leaders in Georgetown.", "summit with Caribbean leaders"),
        ("Seoul convened a summit for African heads of state in June.", "summit for African heads of state"),
    ],
)
def test_a_summit_held_for_or_with_the_leaders_of_a_region_is_named_by_them(text: str, name: str) -> None:
    assert name in [o.name for _, _, o in find_occasions(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Macron held a meeting with Gulf leaders in Paris.",  # a meeting of his own, not a summit of theirs
        "Modi asked for a summit with the Chinese leader.",
    ],
)
def test_a_meeting_with_leaders_names_no_summit_of_theirs(text: str) -> None:
    assert find_occasions(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Sitharaman met Reeves on the sidelines of the International Monetary Fund and World Bank "
            "spring meetings.",
            "IMF and World Bank spring meetings",
        ),
        (
            "She met him during the World Bank and IMF annual meetings in Bali.",
            "IMF and World Bank annual meetings",
        ),
        ("Aurangzeb met Georgieva at the IMF/World Bank meetings.", "IMF and World Bank meetings"),
    ],
)
def test_the_imf_and_world_banks_meetings_are_an_occasion(text, name):
    assert _name(text) == name


def test_the_imf_and_world_bank_acting_are_no_occasion():
    assert _name("The IMF and World Bank said the loan to Zambia was approved.") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Leaders met at the Bucharest Nine (B9) summit on Monday.", "B9 summit"),
        ("Ministers gathered for the Nordic-Baltic Eight (NB8) session in Riga.", "NB8 session"),
        ("Vucic hosted the Craiova Group (CG4) summit in Belgrade.", "CG4 summit"),
    ],
)
def test_an_acronym_in_brackets_before_an_event_word_names_the_gathering(text, name):
    assert _name(text) == name


def test_a_country_s_acronym_in_brackets_names_no_gathering():
    assert find_occasions("Officials of the United States (US) summit team spoke.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ministers met on the sidelines of the Asean summit in Hanoi.", "ASEAN summit"),
        ("Leaders gathered for the Nato summit in The Hague.", "NATO summit"),
        ("the Ecowas summit in Abuja", "ECOWAS summit"),
        ("Rutte spoke at the Apec summit in Lima.", "APEC summit"),
    ],
)
def test_acronym_said_as_a_word_is_read_in_title_case(text: str, name: str) -> None:
    assert _name(text) == name


def test_short_acronym_in_title_case_is_no_body() -> None:
    # spelt-out acronyms keep their capitals: "Eu" or "Sco" written so is a word, not the bloc
    assert _name("Sco met Eu at a summit in Paris.") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Chinese Premier Li Qiang met Japanese Prime Minister Fumio Kishida in Seoul on the fringes of a "
            "trilateral summit involving South Korea.",
            "China-Japan-South Korea trilateral summit",
        ),
        (
            "Canadian Prime Minister Mark Carney met Mexican President Claudia Sheinbaum on Tuesday on the "
            "margins of a trilateral summit including the United States.",
            "Canada-Mexico-United States trilateral summit",
        ),
        (
            "Egyptian President Abdel Fattah al-Sisi held talks with Jordan's King Abdullah II in Cairo "
            "on the sidelines of a trilateral summit with Iraq.",
            "Egypt-Iraq-Jordan trilateral summit",
        ),
    ],
)
def test_a_summit_naming_its_third_member_after_it_is_the_occasion_of_two_members(meetings_in, text, name):
    assert [m.occasion.name for m in meetings_in(text) if m.occasion] == [name]


def test_the_country_a_trilateral_summit_is_held_in_is_not_one_of_its_members(meetings_in):
    text = (
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni on the sidelines of a "
        "trilateral summit in Tanzania."
    )
    assert [m.occasion for m in meetings_in(text)] == [None]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Foreign ministers gathered in Kuala Lumpur on Tuesday for the 58th ASEAN Foreign Ministers' "
            "Meeting. Japanese Foreign Minister Takeshi Iwaya is expected to meet Chinese Foreign Minister "
            "Wang Yi on Thursday on the sidelines of the meetings.",
            "ASEAN foreign ministers' meeting",
        ),
        (
            "Leaders arrived in Lima on Wednesday for the APEC summit. Chinese President Xi Jinping met "
            "Peruvian President Dina Boluarte on Thursday on the margins of the meetings.",
            "APEC summit",
        ),
        (
            "Leaders arrived in Lima on Wednesday for the APEC summit. On the sidelines of the summits, "
            "Chinese President Xi Jinping met Peruvian President Dina Boluarte.",
            "APEC summit",
        ),
    ],
)
def test_the_sidelines_of_the_meetings_are_those_of_the_gathering_named_before(meetings_in, text, name):
    assert [m.occasion.name for m in meetings_in(text) if m.occasion] == [name]


def test_a_meeting_after_the_meetings_is_not_held_at_the_gathering_named_before(meetings_in):
    text = (
        "Leaders arrived in Lima on Wednesday for the APEC summit. Chinese President Xi Jinping met "
        "Peruvian President Dina Boluarte on Thursday after the meetings."
    )
    assert [m.occasion for m in meetings_in(text)] == [None]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Envoys spoke on the margins of the Friends of Yemen conference.", "Friends of Yemen conference"),
        ("Envoys gathered in Kampala for the Heart of Africa summit on Tuesday.", "Heart of Africa summit"),
        ("The Future of Europe forum opened in Strasbourg.", "Future of Europe forum"),
    ],
)
def test_a_capitalised_name_linked_by_of_before_a_lower_case_event_word_is_an_occasion(text, name) -> None:
    assert _name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Officers met at the Ministry of Defence conference on logistics.",
        "Diplomats met at the Palace of Nations conference room.",
        "Officials prepared the Republic of Korea summit agenda.",
    ],
)
def test_an_office_a_building_or_a_country_linked_by_of_names_no_gathering(text: str) -> None:
    assert _name(text) is None


def test_a_meeting_told_when_one_came_for_a_gathering_linked_by_of_is_held_at_it(meetings_in):
    found = meetings_in(
        "Brazilian Foreign Minister Mauro Vieira called on Angolan President Joao Lourenco in Luanda on "
        "May 4 when he came for the Friends of the Sahel conference.",
        published=date(2025, 5, 10),
    )
    named = {m.occasion.name if m.occasion else None for m in found}
    assert named == {"Friends of the Sahel conference"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lula and Petro chatted at the climate conference in Baku.", "UN climate conference"),
        ("The two envoys met ahead of the climate change conference in Belem.", "UN climate conference"),
        ("Ruto opened the Africa Climate Conference in Nairobi.", "Africa Climate Conference"),
        ("The mayors met at a climate conference in Lyon.", None),
    ],
)
def test_the_climate_conference_is_the_un_one_a_climate_conference_none(text: str, name: str | None) -> None:
    assert _name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Macron and Scholz later spoke at a joint news conference on the Elysee lawn.",
        "The chancellor then gave a press conference on the Bundestag steps.",
    ],
)
def test_a_news_conference_on_a_named_spot_is_no_gathering(text: str) -> None:
    assert _name(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ruto will attend the meeting of East African presidents that Tanzania called in Arusha.",
            "meeting of East African presidents",
        ),
        ("The summit of Central Asian presidents opened in Astana.", "summit of Central Asian presidents"),
        (
            "Albanese flew to a meeting of Pacific Island prime ministers.",
            "meeting of Pacific Island prime ministers",
        ),
    ],
)
def test_a_gathering_of_presidents_or_prime_ministers_named_by_where_they_come_from(
    text: str, name: str
) -> None:
    assert _name(text) == name


def test_a_talk_told_at_a_meeting_of_regional_presidents_is_held_at_it(meetings_in):
    found = meetings_in(
        "On Friday, Petro and Noboa will take part in the meeting of Andean presidents that the Peruvian "
        "government called in Lima.",
        published=date(2024, 3, 5),
    )
    assert [m.occasion.name for m in found if m.occasion] == ["meeting of Andean presidents"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Leaders joined the first summit of the new MIKTA grouping by video link.", "MIKTA summit"),
        ("Ministers met for the leaders' meeting of the informal CAFTA bloc.", "CAFTA leaders' meeting"),
    ],
)
def test_a_gathering_of_a_grouping_named_by_its_acronym_after_it(text: str, name: str) -> None:
    assert _name(text) == name


def test_a_countrys_initials_before_group_name_no_grouping() -> None:
    assert _name("Staff attended a meeting of the US group on Tuesday.") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Leaders opened the 44th session of the Supreme Council of the Gulf Cooperation Council.",
            "GCC summit",
        ),
        (
            "Mirziyoyev flew in for the session of the Supreme Council of the Eurasian Economic Union.",
            "Eurasian Economic Union summit",
        ),
    ],
)
def test_a_session_of_a_blocs_supreme_council_is_its_summit(text: str, name: str) -> None:
    assert _name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Biden backs NATO bids at White House meeting.",
        "Erdogan raises EU membership in Brussels meeting.",
        "Ruto hails AU reforms during Nairobi summit.",
    ],
)
def test_an_event_word_after_a_preposition_is_no_gathering_of_the_body_before_it(text):
    assert find_occasions(text) == []


@pytest.mark.parametrize(
    "text", ["Mercosur", " ASEAN ", "Asean", "the BRICS", "BRICS summit", "Lula", "", "Kyiv"]
)
def test_names_a_body_tries_only_the_entries_its_first_letter_may_start(text: str) -> None:
    whole = text.strip()
    assert names_a_body(text) == any(entry.pattern.fullmatch(whole) for entry in _table().entries)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Leaders met in Sofia for the EU-Western Balkans summit.", "EU-Western Balkans summit"),
        ("He will attend an EU-Northern Africa summit in Rome.", "EU-Northern Africa summit"),
        ("The Southern Caucasus-EU summit was postponed.", "Southern Caucasus-EU summit"),
        ("The Balkans-EU summit was postponed.", "Balkans-EU summit"),
    ],
)  # fmt: skip
def test_a_region_with_a_point_of_the_compass_is_one_side_of_a_joint_summit(text: str, name: str) -> None:
    assert _name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sandu flew to Vilnius for the EU-Eastern Partnership summit.", "EU-Eastern Partnership summit"),
        ("The AU-Indian Ocean Commission summit opened in Moroni.", "AU-Indian Ocean Commission summit"),
        ("Ministers met at the EU-Andean Community Summit in Quito.", "EU-Andean Community summit"),
    ],
)  # fmt: skip
def test_a_side_no_table_knows_runs_on_to_the_event_word_after_a_hyphen(text: str, name: str) -> None:
    assert _name(text) == name


def test_an_entry_whose_names_all_begin_alike_is_searched_only_where_one_of_its_ways_is_told() -> None:
    # "(?:St\.?|Saint) Petersburg ...", "G-?77": a start for each way, not the "s" or "g" of all
    entries = [e.starts for e in _table().entries]
    assert all(entry is None or all(len(start) >= 2 for start, _ in entry) for entry in entries)
    assert ("g77", True) in next(s for s in entries if s and ("group of 77", True) in s)


@pytest.mark.parametrize(
    "text",
    [
        "Putin met Xi at the St. Petersburg International Economic Forum on Friday.",
        "Putin met Xi at the Saint Petersburg International Economic Forum on Friday.",
        "Lula met Guterres at the G77 and China summit in Havana.",
        "Lula met Guterres at the G-77 summit in Havana.",
        "The ministers met at the IMF and World Bank spring meetings in Washington.",
    ],
)
def test_each_way_of_writing_a_name_is_still_found(text: str) -> None:
    assert find_occasions(text)


# -- names with an acronym, a building or a body's acronym -----------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The seventh Lancang-Mekong Cooperation (LMC) Foreign Ministers' Meeting was held on Sunday.",
            "Lancang-Mekong Cooperation (LMC) Foreign Ministers' Meeting",
        ),
        (
            "Leaders met at the Forum for India-Pacific Islands Cooperation (FIPIC) Summit in Port Moresby.",
            "Forum for India-Pacific Islands Cooperation (FIPIC) Summit",
        ),
    ],
)
def test_an_acronym_in_brackets_inside_a_name_keeps_the_words_before_it(text: str, name: str) -> None:
    assert _name(text) == name


def test_a_place_in_brackets_is_no_acronym_of_a_name() -> None:
    assert find_occasions("Exporters met at the China (Shanghai) Forum.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "They were not invited to the 2 March summit at Lancaster House in London.",
            "Lancaster House summit",
        ),
        ("Leaders gathered for a summit at Hillsborough Castle on Friday.", "Hillsborough Castle summit"),
    ],
)
def test_a_summit_told_at_a_building_is_named_by_it(text: str, name: str) -> None:
    assert _name(text) == name


def test_a_summit_told_at_a_city_is_not_named_by_it() -> None:
    assert _name("The leaders held a summit at Kananaskis on Monday.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Biden hosted Kishida and Marcos for a summit at the White House on Thursday.",
        "Ruto welcomed Museveni for a summit at State House on Monday.",
        "Macron received Scholz for a summit at the Elysee Palace on Friday.",
        "The two leaders held a summit at the Presidential Palace in Kabul.",
    ],
)
def test_a_summit_at_a_seat_of_government_is_not_named_by_it(text: str) -> None:
    """The host of a seat of government receives guests there: no gathering named by the building."""
    assert _name(text) is None


def test_an_acronym_given_after_or_names_the_gathering_alone() -> None:
    article = (
        "Japan hosts the Pacific Islands Leaders Meeting, or PALM, every three years. "
        "The ninth PALM was held online in July 2021."
    )
    said = "The ninth PALM was held online in July 2021."
    assert [o.name for _, _, o in find_occasions(said, article)] == ["Pacific Islands Leaders Meeting"]


def test_the_acronym_of_a_body_with_a_meeting_word_names_its_gathering() -> None:
    article = (
        "Established in 2016, the Mekong River Partnership (MRP) brings together six countries. "
        "The third MRP leaders' meeting was held via video link."
    )
    said = "The third MRP leaders' meeting was held via video link."
    assert [o.name for _, _, o in find_occasions(said, article)] == ["MRP leaders' meeting"]
    assert find_occasions("The MRP said on Monday that trade rose.", article) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("What Johannesburg's G20 tells us about the new order", "G20 summit"),
        ("Modi flew home after Osaka's G20 in June.", "G20 summit"),
        # a capital stands for its government, a country for its state: no gathering
        ("Washington's G20 agenda looks thin.", None),
        ("Beijing's BRICS push continued.", None),
    ],
)
def test_a_host_citys_possessive_before_a_body_makes_it_the_gathering(text, name):
    found = find_occasions(text)
    assert [o.name for _, _, o in found] == ([name] if name else [])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Kerry met Xie on the sidelines of the 28th Conference of the Parties to the UN Framework "
            "Convention on Climate Change (COP28) at Expo City Dubai.",
            "COP28",
        ),
        (
            "Guterres met Modi at the 28th United Nations Climate Change Conference of the Parties (COP28).",
            "COP28",
        ),
        ("Lula met Petro at the Conference of the Parties (COP30) in Belém.", "COP30"),
        (
            "Sunak saw Biden at the 26th UN Climate Change Conference of the Parties (COP26) in Glasgow.",
            "COP26",
        ),
    ],
)
def test_a_long_name_with_the_tables_acronym_in_brackets_is_the_acronyms_gathering(
    text: str, name: str
) -> None:
    assert [o.name for _, _, o in find_occasions(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Biden and Lapid held a virtual summit with Modi and Mohamed bin Zayed in the so-called "
            "I2U2 format.",
            "I2U2 summit",
        ),
        (
            "Scholz and Macron held a summit with Zelensky in the Normandy format in Paris.",
            "Normandy format summit",
        ),
        ("Blinken met Jaishankar at the I2U2 foreign ministers' meeting.", "I2U2 foreign ministers' meeting"),
    ],
)
def test_a_summit_held_in_a_groupings_format_is_its_summit(text: str, name: str) -> None:
    assert _name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Tokayev said the Shanghai Cooperation Organisation (SCO) had grown since 2001.",
        "The Gulf Cooperation Council (GCC) welcomed the ceasefire.",
        "Ministers discussed the I2U2 partnership's food corridor.",
    ],
)
def test_a_bodys_acronym_in_brackets_with_no_gathering_is_no_occasion(text: str) -> None:
    assert find_occasions(text) == []


def test_a_gathering_and_the_next_with_its_acronym_stay_two() -> None:
    text = "She went from the G20 summit and the UN Climate Change Conference (COP29) to Baku."
    assert [o.name for _, _, o in find_occasions(text)] == ["G20 summit", "COP29"]


def test_a_meeting_at_a_long_named_gathering_takes_the_acronyms_occasion(meetings_in):
    (meeting,) = meetings_in(
        "Guterres met Ruto on the sidelines of the 29th United Nations Climate Change Conference of the "
        "Parties (COP29) in Baku on Tuesday."
    )
    assert meeting.occasion == Occasion(name="COP29")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Trump Shelves Budapest Summit with Putin, Orban Says", "Budapest Summit"),
        ("Ramaphosa Hosts Africa Climate Summit in Cape Town", "Africa Climate Summit"),
        ("Modi Skips Kazan Summit as Border Row Simmers", "Kazan Summit"),
        ("Gulf Leaders Hold Doha Peace Conference", "Doha Peace Conference"),
        ("Lula Attends Amazon Summit in Belem", "Amazon Summit"),
    ],
)
def test_a_headlines_verb_is_no_part_of_the_gathering_it_names(text, name):
    assert [o.name for _, _, o in find_occasions(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Leaders met at the Commonwealth Heads of Government Meeting in Apia.",
            "Commonwealth Heads of Government Meeting",
        ),
        ("She spoke at the Open Government Partnership Summit.", "Open Government Partnership Summit"),
        ("Anwar Arrives for Voice of Global South Summit", "Voice of Global South Summit"),
    ],
)
def test_a_gatherings_name_with_words_like_verbs_stays_whole(text, name):
    assert [o.name for _, _, o in find_occasions(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("They met on the sidelines of the 15th Summit of the BRICS countries in Rio.", "BRICS summit"),
        ("The two spoke at a meeting of the SCO member states in Bishkek.", "SCO meeting"),
    ],
)
def test_a_gathering_of_a_bodys_members_is_the_bodys(text, name):
    assert _name(text) == name


def test_a_bodys_members_alone_are_no_gathering():
    assert _name("The BRICS countries agreed to trade in their own currencies.") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The ministers are in Addis Ababa for meetings hosted by the African Union.",
            "African Union meeting",
        ),
        ("She met him at a gathering hosted by the Association of Southeast Asian Nations.", "ASEAN meeting"),
        (
            "He flew in for ministers' meetings on energy security hosted by the African Union.",
            "African Union meeting",
        ),
    ],
)
def test_meetings_hosted_by_a_bloc_are_the_blocs(text, name):
    assert _name(text) == name


def test_a_dialogue_of_a_bloc_with_a_partner_is_a_gathering_of_all_of_them():
    text = 'Leaders held the second summit of the "Central Asia plus Korea" Dialogue in Seoul.'
    assert _name(text) == "C5+1 summit"


def test_a_blocs_format_with_a_partner_is_read_once():
    text = "Ministers gathered for the Central Asia plus Korea Dialogue foreign ministers' meeting."
    assert [o.name for _, _, o in find_occasions(text)] == ["C5+1 foreign ministers' meeting"]


@pytest.mark.parametrize("then", ["G7 summit next", "G7 summit is next"])
def test_a_summit_told_as_what_comes_next_is_not_the_talks_occasion(meetings_in, then):
    found = meetings_in(f"Lula opens state visit to Japan with Kishida talks, {then}")
    assert found and all(m.occasion is None for m in found)


def test_a_summit_next_week_is_still_a_plans_occasion(meetings_in):
    found = meetings_in("Lula will meet Kishida at the G7 summit next week.")
    assert [m.occasion for m in found] == [Occasion(name="G7 summit")]


@pytest.mark.parametrize("those", ["those", "these"])
def test_the_sidelines_of_sessions_pointed_back_to_are_the_gatherings_told(meetings_in, those):
    text = (
        "Lavrov is in Vientiane for the ASEAN foreign ministers' meetings. "
        f"He met Wong on the sidelines of {those} meetings."
    )
    found = [m for m in meetings_in(text) if len(m.participants) == 2]
    assert [m.occasion for m in found] == [Occasion(name="ASEAN foreign ministers' meeting")]


def test_the_sidelines_closing_a_meetings_clause_are_its_occasions_whatever_verb_the_parser_hangs_them_on(
    meetings_in,
):
    text = (
        "He recalled the road map drawn up when Presidents Xi and Ramaphosa met in Beijing in "
        "September 2024, on the sidelines of the China-Africa summit."
    )
    found = meetings_in(text)
    assert [m.occasion for m in found] == [Occasion(name="China-Africa summit")]


def test_the_sidelines_told_before_a_meeting_said_are_not_its_occasion(meetings_in):
    found = meetings_in(
        "Speaking on the sidelines of the BRICS summit, Lula said he had met Ramaphosa in May."
    )
    assert [m.occasion for m in found] == [None]


@pytest.mark.parametrize(
    "then",
    [
        "The meeting with Wong took place on the sidelines of the ASEAN foreign ministers' meeting.",
        "The talks with Wong were held on the sidelines of the ASEAN foreign ministers' meeting.",
    ],
)
def test_a_meeting_told_again_as_held_at_a_gathering_takes_it(meetings_in, then):
    found = meetings_in(f"Lavrov met Australian Foreign Minister Penny Wong in Vientiane on Saturday. {then}")
    assert [m.occasion for m in found] == [Occasion(name="ASEAN foreign ministers' meeting")]


def test_a_meeting_told_again_on_a_day_after_the_verb_takes_no_gathering(meetings_in):
    text = (
        "Lavrov met Australian Foreign Minister Penny Wong in Vientiane. The meeting took place on Saturday."
    )
    assert [m.occasion for m in meetings_in(text)] == [None]
