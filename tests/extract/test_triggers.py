"""Meeting words: the lexicon, and nouns that state a meeting only when linked to a party."""

import re
from datetime import date

import pytest

from extract.triggers import _alternatives, could_report_a_meeting, is_trigger


def people_of(meetings):
    return sorted(tuple(sorted(p.name for p in m.participants)) for m in meetings)


def test_the_tree_of_trigger_spellings_matches_each_spelling_and_nothing_else():
    words = {"meet", "meeting", "met", "talk", "talks", "tête-à-tête", "sit-down", "see", "se"}
    pattern = re.compile(_alternatives(words))
    assert all(pattern.fullmatch(w) for w in words)
    near = {w[:-1] for w in words} | {w + "x" for w in words} | {"m", "tal", "sit-", "tête"}
    assert not [w for w in near - words if pattern.fullmatch(w)]


def test_a_light_verb_with_an_interaction_noun_states_a_meeting(meetings_in):
    found = meetings_in("Kaja Kallas and Marco Rubio had a frank dialogue in Brussels on Monday.")
    assert people_of(found) == [("Kaja Kallas", "Marco Rubio")]
    assert found[0].place is not None and found[0].place.city == "Brussels"


def test_an_interaction_noun_with_a_party_states_a_meeting(meetings_in):
    found = meetings_in("Olaf Scholz held lengthy discussions with Emmanuel Macron in Berlin.")
    assert people_of(found) == [("Emmanuel Macron", "Olaf Scholz")]


def test_a_meal_with_a_leader_is_a_meeting_and_with_family_is_none(meetings_in):
    assert people_of(meetings_in("Narendra Modi dined with Emmanuel Macron in Paris on Monday.")) == [
        ("Emmanuel Macron", "Narendra Modi")
    ]
    assert meetings_in("Emmanuel Macron had dinner with his family in Paris on Monday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Justin Trudeau met Macron. Trudeau had travelled to Florida in November to dine with Trump.",
        "Rutte dined with Trump in The Hague on Tuesday night.",
    ],
)
def test_a_meal_with_an_official_the_model_took_for_an_organisation_is_a_meeting(meetings_in, text):
    assert any("Donald Trump" in pair for pair in people_of(meetings_in(text, published=date(2025, 3, 8))))


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto had tea with Ugandan President Yoweri Museveni on Friday.",
        "William Ruto flew to Entebbe on Friday, where he then had tea with Yoweri Museveni at State House.",
        "Yoweri Museveni had supper with William Ruto in Entebbe on Friday.",
    ],
)
def test_tea_or_supper_with_a_leader_is_a_meeting_as_dinner_is(meetings_in, text):
    found = meetings_in(text)
    assert ("William Ruto", "Yoweri Museveni") in people_of(found)
    assert all(m.kind == "in_person" for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Anthony Albanese had a brief exchange with Chinese Premier Li Qiang on Wednesday.",
        "Olaf Scholz had a tense exchange with Polish Prime Minister Donald Tusk in Brussels on Thursday.",
        "South Korean President Lee Jae-myung had a short exchange with Japanese Prime Minister "
        "Shigeru Ishiba on the sidelines of the summit in Lima.",
    ],
)
def test_an_exchange_with_a_person_is_a_conversation_held(meetings_in, text):
    found = meetings_in(text)
    assert len(found) == 1 and len(found[0].participants) == 2
    assert found[0].kind == "in_person"


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine carried out a prisoner exchange with Russia on Sunday.",
        "Indian troops had an exchange of fire with Pakistani soldiers on Tuesday.",
        "Olaf Scholz announced an exchange of letters with Donald Tusk on Thursday.",
    ],
)
def test_an_exchange_of_things_or_with_a_country_is_no_meeting(meetings_in, text):
    assert meetings_in(text) == []


def test_a_discussion_of_a_topic_is_no_meeting(meetings_in):
    assert meetings_in("Ursula von der Leyen held a discussion on tariffs in Brussels.") == []


def test_convening_with_a_named_leader_is_a_meeting(meetings_in):
    found = meetings_in("Antonio Guterres convened with Finnish President Alexander Stubb on Sunday.")
    assert people_of(found) == [("Alexander Stubb", "António Guterres")]


def test_a_single_previous_meeting_is_a_meeting_and_previous_meetings_are_not(meetings_in):
    text = "Joe Biden will meet Xi Jinping in Lima. Their previous meeting was in Woodside, California."
    found = meetings_in(text)
    assert sorted((m.kind, m.place.city if m.place else None) for m in found) == [
        ("in_person", "Woodside"),
        ("planned", "Lima"),
    ]
    assert meetings_in("Joe Biden said Xi Jinping was frank in previous meetings.") == []


def test_a_summit_on_whose_sidelines_leaders_meet_is_their_occasion_not_another_meeting(meetings_in):
    text = "Joe Biden will meet Xi Jinping on Saturday on the sidelines of the APEC summit in Lima."
    found = meetings_in(text)
    assert [(m.kind, m.occasion.name if m.occasion else None) for m in found] == [("planned", "APEC summit")]


def test_a_background_meeting_in_the_lead_takes_no_day_of_the_news(meetings_in):
    from datetime import date

    text = (
        "Joe Biden will meet Xi Jinping on Saturday in Lima, officials said Wednesday. "
        "The two leaders had their previous meeting a year ago in Woodside, California."
    )
    woodside = [m for m in meetings_in(text, published=date(2024, 11, 14)) if m.kind == "in_person"]
    assert woodside and woodside[0].date is None


def test_their_interaction_in_general_is_no_meeting(meetings_in):
    text = "Subrahmanyam Jaishankar said India and Russia would keep coordinating their interaction in BRICS."
    assert meetings_in(text) == []


def test_the_two_ministers_are_the_two_just_reported(meetings_in):
    text = (
        "Subrahmanyam Jaishankar met Sergey Lavrov in New York on Tuesday. "
        "The two ministers also talked by phone in July."
    )
    kinds = sorted((m.kind, tuple(sorted(p.name for p in m.participants))) for m in meetings_in(text))
    assert ("phone", ("Sergey Lavrov", "Subrahmanyam Jaishankar")) in kinds


def test_an_internal_meeting_and_those_present_at_it_are_no_diplomatic_meeting(meetings_in):
    found = meetings_in(
        "On Monday President William Ruto presided over a cabinet meeting with the outgoing Cabinet "
        "Secretaries at State House Nairobi. Cabinet Secretaries present at the meeting included Fred "
        "Matiangi (Interior) and Ukur Yattani (Treasury)."
    )
    assert found == []


def test_another_engagement_of_a_round_is_a_meeting_with_whom_its_clause_names(meetings_in):
    found = meetings_in(
        "Guterres met Finnish President Alexander Stubb on Sunday. In another engagement, Guterres explored "
        "opportunities for partnership with Botswana's President Duma Gideon Boko."
    )
    others = [{p.name for p in m.participants} - {"António Guterres"} for m in found]
    assert any(len(names) == 1 and "Boko" in next(iter(names)) for names in others)


def test_an_engagement_with_no_one_named_is_no_meeting(meetings_in):
    assert (
        meetings_in("In another engagement, Guterres explored opportunities for partnership with Botswana.")
        == []
    )


def test_seeing_someone_in_a_plan_is_meeting_them(meetings_in):
    found = meetings_in("Lula is expected to see Javier Milei in Buenos Aires on Friday.")
    assert people_of(found) == [("Javier Milei", "Luiz Inácio Lula da Silva")]
    assert found[0].kind == "planned"


def test_seeing_someone_when_due_with_also_between_is_meeting_them(meetings_in):
    # the parser hangs "to see" on the "was" of "was also due", not on "due"
    found = meetings_in(
        "Lula met Milei on Monday. He was also due to see African Union Commission Chairperson"
        " Mahmoud Ali Youssouf before leaving Addis Ababa."
    )
    assert ("Luiz Inácio Lula da Silva", "Mahmoud Ali Youssouf") in people_of(found)
    assert [m.kind for m in found if "Mahmoud Ali Youssouf" in people_of([m])[0]] == ["planned"]


@pytest.mark.parametrize(
    "official",
    [
        "Mercosur Council Chairperson Rosa Villanueva Quispe",
        "European Commission President Ursula von der Leyen",
    ],
)
def test_seeing_a_titled_official_the_tagger_takes_for_no_person_is_meeting_them(meetings_in, official):
    found = meetings_in(f"Lula was also due to see {official}.")
    assert len(found) == 1
    assert found[0].kind == "planned"


def test_seeing_someone_by_leave_or_ability_is_meeting_them(meetings_in):
    found = meetings_in(
        "Ecuador's foreign minister Gabriela Sommerfeld was able to see Julian Assange in London on Monday."
    )
    assert people_of(found) == [("Gabriela Sommerfeld", "Julian Assange")]
    assert found[0].kind == "in_person"
    found = meetings_in(
        "Red Cross chief Mirjana Spoljaric was allowed to see Aung San Suu Kyi in Naypyidaw on Tuesday."
    )
    assert people_of(found) == [("Aung San Suu Kyi", "Mirjana Spoljaric")]


@pytest.mark.parametrize(
    "text",
    [
        "Keir Starmer was able to see the film in London on Monday.",
        "Emmanuel Macron was allowed to see the documents on Monday.",
    ],
)
def test_seeing_a_thing_by_leave_is_no_meeting(meetings_in, text):
    assert meetings_in(text) == []


def test_bringing_two_leaders_face_to_face_is_a_meeting_of_the_three(meetings_in):
    found = meetings_in(
        "President Lula brought Guyana's Irfaan Ali and Venezuela's Nicolas Maduro face to face"
        " in Brasilia on Monday."
    )
    assert people_of(found) == [("Irfaan Ali", "Luiz Inácio Lula da Silva", "Nicolás Maduro")]


def test_a_face_to_face_debate_between_candidates_is_no_meeting(meetings_in):
    text = "Joe Biden and Donald Trump will face each other in a face-to-face debate on Thursday."
    assert meetings_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Gustavo Petro and Daniel Noboa first crossed paths at the Andean summit in Lima in May.",
        "Gustavo Petro crossed paths with Daniel Noboa in Lima in May.",
    ],
)
def test_crossing_paths_is_meeting_in_person(meetings_in, text):
    found = meetings_in(text, date(2025, 9, 1))
    assert people_of(found) == [("Daniel Noboa", "Gustavo Petro")]
    assert found[0].kind == "in_person" and found[0].place is not None and found[0].place.city == "Lima"


@pytest.mark.parametrize(
    "text",
    [
        "Gustavo Petro and Daniel Noboa exchanged pleasantries at the Andean summit in Lima in May.",
        "Gustavo Petro and Daniel Noboa had exchanged only a few words since 2023, including a chat on the "
        "sidelines of the Andean summit in Lima in May.",
    ],
)
def test_exchanging_pleasantries_or_a_few_words_is_meeting_in_person(meetings_in, text):
    found = meetings_in(text, date(2025, 9, 1))
    assert people_of(found) == [("Daniel Noboa", "Gustavo Petro")]
    assert found[0].kind == "in_person" and found[0].place is not None and found[0].place.city == "Lima"


@pytest.mark.parametrize(
    "text",
    [
        "Gustavo Petro and Daniel Noboa exchanged harsh words over tariffs in May.",
        "Gustavo Petro and Daniel Noboa exchanged letters in May.",
        "Gustavo Petro and Daniel Noboa exchanged New Year greetings in January.",
    ],
)
def test_exchanging_harsh_words_letters_or_greetings_is_no_meeting(meetings_in, text):
    assert meetings_in(text, date(2025, 9, 1)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Gustavo Petro sat across from Daniel Noboa in Lima in May.",
        "Gustavo Petro met Daniel Noboa in Quito on Monday. The last time the two leaders sat across a table "
        "from each other was in Lima in May.",
    ],
)
def test_sitting_across_a_table_from_someone_is_meeting_in_person(meetings_in, text):
    found = [m for m in meetings_in(text, date(2025, 9, 1)) if m.place is not None and m.place.city == "Lima"]
    assert [(people_of([m]), m.kind) for m in found] == [([("Daniel Noboa", "Gustavo Petro")], "in_person")]


def test_sitting_across_the_aisle_is_no_meeting(meetings_in):
    assert meetings_in("Gustavo Petro sat across the aisle in the Senate in May.", date(2025, 9, 1)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Gustavo Petro crossed the border into Ecuador in May.",
        "Gustavo Petro and Daniel Noboa crossed swords over tariffs in May.",
    ],
)
def test_crossing_a_border_or_swords_is_no_meeting(meetings_in, text):
    assert [m for m in meetings_in(text, date(2025, 9, 1)) if len(m.participants) > 1] == []


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            "Japanese Prime Minister Fumio Kishida drove to the Kremlin to see Vladimir Putin.",
            "Vladimir Putin",
        ),
        (
            "Nigerian President Bola Tinubu drove to Accra on Sunday to see Ghanaian President John Mahama.",
            "John Mahama",
        ),
        (
            "Milei flew to Palm Beach, then drove to Mar-a-Lago on Saturday to see Donald Trump.",
            "Donald Trump",
        ),
    ],
)
def test_driving_somewhere_to_see_someone_is_meeting_them(meetings_in, text, met):
    assert [names for names in people_of(meetings_in(text)) if met in names] != []


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto returned to Nairobi on Sunday to see his family.",
        "Emmanuel Macron drove to Normandy on Friday to see the D-Day beaches.",
        "Keir Starmer returned to London on Thursday to see the results come in.",
    ],
)
def test_driving_or_returning_somewhere_to_see_no_one_is_no_meeting(meetings_in, text):
    assert [m for m in meetings_in(text) if len(m.participants) > 1] == []


@pytest.mark.parametrize(
    "text",
    [
        "Lula will see Javier Milei as a rival.",
        "Lula is expected to see an increase in trade with Argentina.",
        "Lula saw Javier Milei on television on Friday.",
    ],
)
def test_seeing_someone_as_something_or_seeing_a_thing_is_no_meeting(meetings_in, text):
    assert meetings_in(text) == []


@pytest.mark.parametrize(
    ("conference", "kind"), [("a video conference", "video"), ("a phone conference", "phone")]
)
def test_a_conference_by_video_or_phone_with_a_leader_is_a_call(meetings_in, conference, kind):
    (meeting,) = meetings_in(f"Uzbek President Shavkat Mirziyoyev held {conference} with Emmanuel Macron.")
    assert meeting.kind == kind


def test_a_press_conference_with_a_leader_is_no_meeting_of_its_own(meetings_in):
    assert (
        meetings_in("Uzbek President Shavkat Mirziyoyev held a press conference with Emmanuel Macron.") == []
    )


def test_a_summit_during_which_no_meeting_took_place_is_no_meeting_of_those_named(meetings_in):
    text = (
        "No meeting between Kenyan President William Ruto and Ugandan President Yoweri Museveni "
        "took place during the summit."
    )
    assert meetings_in(text) == []


def test_a_bilateral_held_with_a_leader_is_a_meeting(meetings_in):
    found = meetings_in(
        "Pacific talks\nAnthony Albanese held a bilateral with Fijian Prime Minister Sitiveni Rabuka."
    )
    assert people_of(found) == [("Anthony Albanese", "Sitiveni Rabuka")]


def test_the_bilateral_with_one_of_a_round_is_a_meeting_of_its_own(meetings_in):
    text = (
        "Summit in Astana\n"
        "Shehbaz Sharif held bilateral talks with Iran, Turkey and Azerbaijan on Thursday. "
        "In the bilateral with Turkey, Turkish President Recep Tayyip Erdogan and Sharif discussed trade."
    )
    found = meetings_in(text)
    assert ("Recep Tayyip Erdogan", "Shehbaz Sharif") in people_of(found)
    assert ("Shehbaz Sharif",) in people_of(found)


def test_talks_the_press_reports_are_a_meeting_and_talking_to_the_press_is_none(meetings_in):
    held = meetings_in(
        "Putin in Mongolia\nVladimir Putin and Mongolian President Ukhnaagiin Khurelsukh held talks in "
        "Ulaanbaatar on Tuesday, the Kremlin press service reported."
    )
    assert people_of(held) == [("Ukhnaagiin Khürelsükh", "Vladimir Putin")]
    told = meetings_in("Putin in Mongolia\nVladimir Putin talked to reporters about Ukhnaagiin Khurelsukh.")
    assert told == []


@pytest.mark.parametrize(
    "text",
    [
        "Tennis\nCarlos Alcaraz will meet Alexander Zverev in the final on Sunday.",
        "Tennis\nAlexander Zverev and Carlos Alcaraz last met in the 2024 French Open final.",
    ],
)
def test_players_meeting_in_a_final_hold_no_meeting(meetings_in, text):
    assert meetings_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Giorgia Meloni chaired a meeting of the Council of Ministers with her deputy premiers, Matteo "
        "Salvini and Antonio Tajani, on the reform of the justice system.",
        "President Bassirou Diomaye Faye chaired the weekly meeting of the Council of Ministers on "
        "Wednesday, in the presence of Prime Minister Ousmane Sonko.",
        "Tarique Rahman and Mirza Abbas attended a meeting of the party's national standing committee.",
        "Xi Jinping and Li Qiang held a meeting of the Politburo in Beijing on Monday.",
    ],
)
def test_a_meeting_of_a_body_of_one_government_or_party_is_internal(meetings_in, text):
    assert meetings_in(text) == []


def test_a_meeting_of_a_council_of_states_is_diplomatic(meetings_in):
    text = (
        "Shavkat Mirziyoyev and Kassym-Jomart Tokayev held a meeting of the Supreme Interstate Council "
        "in Tashkent."
    )
    assert people_of(meetings_in(text)) == [("Kassym-Jomart Tokayev", "Shavkat Mirziyoyev")]


@pytest.mark.parametrize("often", ["almost daily", "regularly", "weekly"])
def test_meeting_someone_daily_or_regularly_is_many_meetings_not_one(meetings_in, often):
    assert meetings_in(f"Boris Johnson met the chief medical officer, Chris Whitty, {often} in 2020.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump spoke in the Oval Office as he sat beside NATO Secretary General Mark Rutte.",
        "Donald Trump appeared alongside NATO Secretary General Mark Rutte at the White House.",
    ],
)
def test_sitting_or_appearing_beside_someone_is_meeting_them(meetings_in, text):
    assert people_of(meetings_in(text)) == [("Donald Trump", "Mark Rutte")]


def test_standing_beside_a_decision_is_no_meeting(meetings_in):
    assert meetings_in("Emmanuel Macron stood beside his decision to dissolve parliament.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto and Ugandan President Yoweri Museveni walk through the old market "
        "in Kampala, Uganda, March 3, 2024.",
        "Kenyan President William Ruto and Ugandan President Yoweri Museveni toured the new refinery in "
        "Hoima on Tuesday.",
    ],
)
def test_two_people_walking_through_or_touring_a_place_were_together_there(meetings_in, text):
    assert people_of(meetings_in(text)) == [("William Ruto", "Yoweri Museveni")]


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto toured the new refinery in Hoima on Tuesday.",
        "Kenyan President William Ruto and Ugandan President Yoweri Museveni walked out.",
    ],
)
def test_one_touring_alone_or_two_walking_nowhere_is_no_meeting(meetings_in, text):
    assert meetings_in(text) == []


def test_a_caption_walk_read_as_a_noun_is_a_meeting_of_the_two(meetings_in):
    # the parser makes "walk" a noun joined to the first name, the second name its modifier
    text = (
        "Chilean President Gabriel Boric and Argentine President Javier Milei walk through the San Telmo "
        "fair in Buenos Aires, Argentina, May 4, 2024."
    )
    found = meetings_in(text)
    assert people_of(found) == [("Gabriel Boric", "Javier Milei")]
    assert found[0].date is not None and found[0].date.start == date(2024, 5, 4)


def test_a_walk_of_one_or_a_walk_named_as_a_thing_is_no_meeting(meetings_in):
    assert meetings_in("Gabriel Boric's walk through the San Telmo fair drew crowds on Saturday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Gabriel Boric landed in Buenos Aires on Friday, when Javier Milei accompanied him on a walking tour "
        "of the old port.",
        "Javier Milei accompanied Gabriel Boric on a tour of the cathedral on Friday.",
    ],
)
def test_going_along_with_someone_on_a_walk_or_tour_is_a_meeting(meetings_in, text):
    assert people_of(meetings_in(text)) == [("Gabriel Boric", "Javier Milei")]


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Diana Mondino accompanied Javier Milei on his tour of Europe.",
        "Gabriel Boric accompanied Javier Milei on a tour of Peru.",
        "Diana Mondino accompanied Javier Milei to the airport.",
    ],
)
def test_going_along_on_the_others_trip_or_a_countrys_tour_is_no_meeting(meetings_in, text):
    assert meetings_in(text) == []


def test_the_meeting_that_names_an_internal_meeting_told_before_is_internal(meetings_in):
    text = (
        "The demand came from a meeting of the party's national standing committee on Saturday. "
        "The meeting was chaired by Tarique Rahman. Committee members Mirza Abbas and Salahuddin "
        "Ahmed attended the meeting, which ran for three hours."
    )
    assert meetings_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Federal Executive Council on Monday approved a new budget. The council meeting, presided "
        "over by President William Ruto at State House, was attended by Deputy President Rigathi Gachagua "
        "and the Minister of Finance, Njuguna Ndung'u.",
        "The Central Committee on Tuesday adopted a resolution. The committee meeting, chaired by Xi "
        "Jinping, was attended by Li Qiang and Zhao Leji.",
    ],
)
def test_the_council_meeting_that_names_an_internal_body_told_before_is_internal(meetings_in, text):
    """ "the council meeting" names again the body last told as "council": a government's own
    executive council, or a party's central committee, sits without any foreign party."""
    assert meetings_in(text) == []


def test_the_council_meeting_that_names_a_body_of_many_states_told_before_is_a_meeting(meetings_in):
    text = (
        "The Security Council on Monday adopted a resolution. The council meeting, chaired by Antony "
        "Blinken, was attended by Sergei Lavrov and Wang Yi."
    )
    (meeting,) = meetings_in(text)
    assert {p.name for p in meeting.participants} == {"Antony Blinken", "Sergey Lavrov", "Wang Yi"}


def test_the_meeting_that_names_a_diplomatic_meeting_told_after_an_internal_one_is_diplomatic(meetings_in):
    text = (
        "A cabinet meeting was held on Sunday. Narendra Modi met Sheikh Hasina in Delhi on Monday. "
        "Foreign Minister S Jaishankar attended the meeting."
    )
    (meeting,) = meetings_in(text)
    assert len(meeting.participants) == 3


def test_numbers_joined_by_plus_name_a_format_not_a_count(meetings_in):
    text = 'Penny Wong and Richard Marles held "2+2" talks with Yoko Kamikawa and Minoru Kihara in Tokyo.'
    assert len(meetings_in(text)) == 1


def test_a_call_to_one_the_model_takes_for_a_place_is_a_call(meetings_in):
    text = (
        "Pope Francis met Argentine President Javier Milei at the Vatican on Monday. Francis had "
        "telephoned Milei in November to congratulate him on his election victory."
    )
    found = meetings_in(text, published=date(2024, 2, 12))
    assert sorted(m.kind for m in found) == ["in_person", "phone"]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Mexican President Claudia Sheinbaum met Canadian Prime Minister Mark Carney on Monday. "
            "Sheinbaum had telephoned Carney in March.",
            ("Claudia Sheinbaum", "Mark Carney"),
        ),
        (
            "Kenyan President William Ruto met Ghanaian President John Mahama on Monday. Ruto had telephoned "
            "Mahama in January.",
            ("John Mahama", "William Ruto"),
        ),
        (
            "Brazilian President Luiz Inacio Lula da Silva met Colombian President Gustavo Petro on Monday. "
            "Lula had telephoned Petro in May.",
            ("Gustavo Petro", "Luiz Inácio Lula da Silva"),
        ),
    ],
)
def test_telephoning_a_surname_the_model_took_for_a_place_is_a_call(meetings_in, text, pair):
    found = meetings_in(text)
    calls = [m for m in found if m.kind == "phone"]
    assert people_of(calls) == [pair]


@pytest.mark.parametrize(
    "text",
    [
        'Kenyan President William Ruto held what he called "frank talks" with Yoweri Museveni in Kampala '
        "on Monday.",
        "Kenyan President William Ruto called Yoweri Museveni a friend of Kenya on Monday.",
    ],
)
def test_calling_something_a_name_is_no_call(meetings_in, text):
    """ "what he called productive talks", "called B a friend": a name given, no telephone call."""
    assert all(m.kind != "phone" for m in meetings_in(text))


def test_calling_a_place_is_no_call(meetings_in):
    assert meetings_in("Ukrainian President Volodymyr Zelensky called Kyiv on Monday.") == []


def test_telephoning_someone_to_do_something_is_a_call(meetings_in):
    found = meetings_in(
        "Kenyan President William Ruto met Ghanaian President John Mahama on Monday. Ruto had telephoned "
        "Mahama in January to congratulate him on his election victory."
    )
    assert [m.kind for m in found] == ["in_person", "phone"]


@pytest.mark.parametrize(
    ("text", "city", "month"),
    [
        (
            "Rwandan President Paul Kagame and Congolese President Felix Tshisekedi have met several times "
            "over the past years, most recently in Doha on March 18.",
            "Doha",
            3,
        ),
        (
            "Chinese President Xi Jinping and Russian President Vladimir Putin have met more than 40 times, "
            "most recently in Moscow in May.",
            "Moscow",
            5,
        ),
    ],
)
def test_the_most_recent_of_meetings_counted_is_one_meeting(meetings_in, text, city, month):
    (meeting,) = meetings_in(text)
    assert meeting.place is not None and meeting.place.city == city
    assert meeting.date is not None and meeting.date.start.month == month


@pytest.mark.parametrize(
    ("text", "city", "day"),
    [
        (
            "Indian Foreign Minister Subrahmanyam Jaishankar and Chinese Foreign Minister Wang Yi have met "
            "several times this year, including at a G20 meeting in Johannesburg on February 21.",
            "Johannesburg",
            21,
        ),
        (
            "Philippine President Ferdinand Marcos and Japanese Prime Minister Shigeru Ishiba have met "
            "several times, including a summit in Tokyo on April 9.",
            "Tokyo",
            9,
        ),
    ],
)
def test_a_meeting_given_as_an_example_of_those_counted_is_one_meeting(meetings_in, text, city, day):
    (meeting,) = meetings_in(text)
    assert meeting.place is not None and meeting.place.city == city
    assert meeting.date is not None and meeting.date.start.day == day


@pytest.mark.parametrize("example", ["including this year", "including in 2023", "including twice in Manila"])
def test_an_example_with_no_day_or_place_of_its_own_singles_out_none(meetings_in, example):
    pair = "Kenyan President William Ruto and Ugandan President Yoweri Museveni"
    text = f"{pair} have met several times, {example}."
    assert meetings_in(text) == []


def test_meetings_counted_with_none_singled_out_are_none(meetings_in):
    text = "Kenyan President William Ruto and Ugandan President Yoweri Museveni met several times this year."
    assert meetings_in(text) == []


@pytest.mark.parametrize(
    "agreed",
    [
        "agreed to launch trade talks",
        "agreed to resume free trade negotiations",
        "agreed to start talks on a gas pipeline",
    ],
)
def test_negotiations_set_going_are_no_plan_to_meet(meetings_in, agreed):
    found = meetings_in(f"Gabriel Boric and Daniel Noboa met in Quito on Friday and {agreed}.")
    assert [m.kind for m in found] == ["in_person"]


@pytest.mark.parametrize(
    "agreed",
    ["agreed to hold further talks in Santiago next month", "agreed to resume talks in Lima in June"],
)
def test_talks_with_a_place_or_day_of_their_own_are_a_plan_still(meetings_in, agreed):
    found = meetings_in(f"Gabriel Boric and Daniel Noboa met in Quito on Friday and {agreed}.")
    assert sorted(m.kind for m in found) == ["in_person", "planned"]


@pytest.mark.parametrize(
    "text",
    [
        "Lula and Petro have held a flurry of talks to end the dispute.",
        "Boric has had a couple of meetings with Milei.",
        "Ruto and Museveni have held a series of meetings to settle the border dispute.",
    ],
)
def test_meetings_gathered_in_a_series_are_none(meetings_in, text):
    assert meetings_in(text) == []


def test_a_series_of_meetings_on_a_day_somewhere_sets_the_scene_of_those_told_next(meetings_in):
    found = meetings_in(
        "Sheinbaum held a series of bilateral meetings on Monday on the sidelines of the G20 summit in "
        "Rio de Janeiro. She first met with Canadian Prime Minister Justin Trudeau."
    )
    assert [(m.place.city if m.place else None) for m in found] == ["Rio de Janeiro"]


def test_a_call_the_latest_in_a_string_of_conversations_is_that_call_alone(meetings_in):
    found = meetings_in(
        "Ruto spoke with Museveni by phone on Monday. It was the latest in a string of conversations "
        "between the two leaders."
    )
    assert [m.kind for m in found] == ["phone"]


def test_the_latest_round_of_talks_is_one_meeting(meetings_in):
    found = meetings_in("Ruto and Museveni held the latest round of talks in Kampala on Monday.")
    assert [m.kind for m in found] == ["in_person"]


@pytest.mark.parametrize(
    "text",
    [
        "Harare. Delegates to the ruling Zanu-PF extraordinary national general meeting yesterday "
        "unanimously endorsed President Emmerson Mnangagwa as the party's candidate in the 2028 election. "
        "The two-day meeting, held at the Rainbow Towers in Harare and attended by about 5,000 delegates, "
        "also endorsed Bulawayo party chairman Jabulani Sibanda to lead the province.",
        "Lusaka. Delegates to the opposition UPND annual general meeting yesterday endorsed President "
        "Hakainde Hichilema as the party's candidate. The meeting, held at the Mulungushi International "
        "Conference Centre in Lusaka and attended by about 3,000 delegates, also endorsed Copperbelt "
        "chairman Elisha Matambo.",
    ],
)
def test_a_general_meeting_is_one_body_s_and_no_diplomatic_meeting(meetings_in, text):
    assert meetings_in(text, published=date(2025, 1, 20)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Speaking after a meeting of the Swedish government's security policy committee on Monday, "
        "Prime Minister Ulf Kristersson said Sweden would not send troops. Defence Minister Pål Jonson, "
        "who attended the meeting, said the money would go on air defence.",
        "After a meeting of the ruling party's advisory council on Tuesday, Prime Minister Shigeru Ishiba "
        "said he would stay on. Finance Minister Katsunobu Kato, who attended the meeting, backed him.",
        "Interior Minister Nancy Faeser chaired a meeting of the ministry's crisis committee in Berlin on "
        "Friday, attended by Foreign Minister Annalena Baerbock.",
    ],
)
def test_a_meeting_of_a_government_s_or_party_s_committee_is_one_body_s(meetings_in, text):
    assert meetings_in(text, published=date(2025, 1, 20)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Defence Minister Boris Pistorius attended the meeting of the Ukraine Defense Contact Group at "
        "Ramstein alongside US Defence Secretary Lloyd Austin, who chaired it.",
        "Foreign Minister Sergey Lavrov attended the meeting of the Council of Foreign Ministers of the "
        "CIS in Minsk on Friday alongside Belarusian Foreign Minister Maxim Ryzhenkov.",
        "On Thursday, Defence Secretary John Healey told allies in Brussels that support would go on. "
        "Healey attended the meeting of the Ukraine Defense Contact Group at NATO headquarters alongside "
        "Germany's Defence Minister Boris Pistorius.",
    ],
)
def test_a_meeting_of_a_named_body_attended_is_no_meeting_of_those_at_it(meetings_in, text):
    assert [
        sorted(p.name for p in m.participants) for m in meetings_in(text, published=date(2025, 2, 14))
    ] == []


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Brazilian President Lula da Silva and U.S. President Donald Trump spoke for 30 minutes in a "
            "video call on Monday and exchanged phone numbers.",
            ["video"],
        ),
        (
            "Lula and Trump held a video call on Monday. The leaders spoke for 30 minutes and exchanged "
            "phone numbers, according to Lula's office.",
            ["video"],
        ),
        (
            "Macron met Scholz in Paris on Thursday; the two leaders also exchanged mobile phone numbers.",
            ["in_person"],
        ),
        (
            "Modi held talks with Albanese in Sydney on Wednesday and gave him his personal phone number.",
            ["in_person"],
        ),
    ],
)
def test_phone_numbers_or_lines_are_no_call(meetings_in, text, kinds):
    assert [m.kind for m in meetings_in(text)] == kinds


def test_a_meeting_of_a_partys_own_people_is_no_diplomatic_meeting(meetings_in):
    text = (
        "At a meeting of Jubilee Party officials last week, attended by Uhuru Kenyatta and Jeremiah Kioni, "
        "members debated the coalition."
    )
    assert meetings_in(text) == []
    text = (
        "Fikile Mbalula said a session of the party's national executive, attended by Cyril Ramaphosa and "
        "Gwede Mantashe, would weigh the coalition."
    )
    assert meetings_in(text) == []
    text = "A meeting of the ruling party's leader Cyril Ramaphosa with Xi Jinping took place in Beijing."
    assert len(meetings_in(text)) == 1


def test_some_time_after_is_a_while_not_a_count_of_times(meetings_in):
    text = (
        "Macron said he would visit Lula in Brazil in March, and that Lula would come to Paris "
        "some time after that."
    )
    found = meetings_in(text)
    assert ("Emmanuel Macron", "Luiz Inácio Lula da Silva") in people_of(found)
    counted = "Macron and Lula have met several times since then, the minister said."
    assert meetings_in(counted) == []


# -- doing together what two do together: signing, co-chairing --------------------------------
def test_a_partner_the_parser_hangs_on_the_name_of_what_was_signed_met_the_signer(meetings_in):
    text = (
        "Kenyan President William Ruto signed a memorandum of understanding in Mombasa with Tanzanian "
        "President Samia Suluhu Hassan on Monday."
    )
    assert people_of(meetings_in(text)) == [("Samia Suluhu Hassan", "William Ruto")]


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto signed a memorandum of understanding with Tanzania on Monday.",
        "Kenyan President William Ruto signed the finance bill of 2024 into law on Monday.",
    ],
)
def test_a_signing_with_no_person_beside_the_signer_is_no_meeting(meetings_in, text):
    assert meetings_in(text) == []


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        (
            "Last month, Modi signed trade pacts with Kenyan President William Ruto in Nairobi and with "
            "Ghanaian President John Mahama in Accra.",
            [("John Mahama", "Narendra Modi"), ("Narendra Modi", "William Ruto")],
        ),
        (
            "In March, Lula signed a memorandum with Javier Milei in Buenos Aires and with Gabriel Boric "
            "in Santiago.",
            [("Gabriel Boric", "Luiz Inácio Lula da Silva"), ("Javier Milei", "Luiz Inácio Lula da Silva")],
        ),
        (
            "Kaja Kallas signed accords with Maia Sandu in Chisinau and with Volodymyr Zelensky in Kyiv on "
            "Tuesday.",
            [("Kaja Kallas", "Maia Sandu"), ("Kaja Kallas", "Volodymyr Zelensky")],
        ),
    ],
)
def test_each_partner_a_signing_with_is_said_again_for_met_the_signer(meetings_in, text, partners):
    assert sorted(people_of(meetings_in(text))) == partners


def test_two_leaders_who_put_their_signatures_to_a_pact_met_to_sign_it(meetings_in):
    text = (
        "Ghanaian President John Mahama and Ivorian President Alassane Ouattara put their signatures "
        "to a border accord in Accra on Thursday."
    )
    found = meetings_in(text)
    assert people_of(found) == [("Alassane Ouattara", "John Mahama")]
    assert found[0].place is not None and found[0].place.city == "Accra"


@pytest.mark.parametrize(
    "text",
    [
        "Ghanaian President John Mahama put his signature to the budget bill in Accra on Thursday.",
        "Ghana and Togo put their signatures to a border accord in Accra on Thursday.",
        "Ghanaian President John Mahama said the signatures of 40 lawmakers were enough on Thursday.",
    ],
)
def test_a_signature_of_one_person_or_of_countries_is_no_meeting(meetings_in, text):
    assert meetings_in(text) == []


def test_two_leaders_who_co_chair_a_gathering_met_there(meetings_in):
    text = (
        "Indian Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese co-chaired "
        "the India-Australia Annual Summit in New Delhi on Friday."
    )
    found = meetings_in(text)
    assert people_of(found) == [("Anthony Albanese", "Narendra Modi")]
    assert found[0].place is not None and found[0].place.city == "New Delhi"


def test_a_cabinet_meeting_co_chaired_with_a_colleague_is_no_meeting(meetings_in):
    text = (
        "Australian Prime Minister Anthony Albanese co-chaired a cabinet meeting with Treasurer Jim "
        "Chalmers in Canberra on Friday."
    )
    assert meetings_in(text) == []


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Chilean President Gabriel Boric and Argentine President Javier Milei inaugurated a mountain "
            "tunnel in Mendoza on Friday.",
            "Mendoza",
        ),
        (
            "It is Milei's first trip to Chile since March, when he and President Gabriel Boric "
            "inaugurated a border crossing in Los Andes.",
            "Los Andes",
        ),
    ],
)
def test_two_leaders_who_inaugurate_something_together_met_there(meetings_in, text, city):
    found = meetings_in(text)
    assert people_of(found) == [("Gabriel Boric", "Javier Milei")]
    assert found[0].place is not None and found[0].place.city == city


@pytest.mark.parametrize(
    "text",
    [
        "Chilean President Gabriel Boric inaugurated a mountain tunnel in Los Andes on Friday.",
        "Chile and Argentina inaugurated a mountain tunnel on Friday.",
        "Argentine President Javier Milei was inaugurated in Buenos Aires on Sunday.",
    ],
)
def test_an_inauguration_by_one_leader_or_by_countries_or_of_a_leader_is_no_meeting(meetings_in, text):
    assert meetings_in(text) == []


def test_those_flanking_a_speaker_are_with_him(meetings_in):
    text = (
        "Ruto, flanked by Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu Hassan, "
        "told reporters the talks at State House in Nairobi on Monday had gone well."
    )
    assert people_of(meetings_in(text)) == [("Samia Suluhu Hassan", "William Ruto", "Yoweri Museveni")]


def test_flanked_by_no_one_named_is_no_meeting(meetings_in):
    text = "Kenyan President William Ruto, flanked by his bodyguards, told reporters in Nairobi on Monday."
    assert meetings_in(text) == []


# -- a commitment two people make together on a day of its own: they met to make it ----------
def test_two_leaders_who_agree_together_on_a_day_met_that_day(meetings_in):
    text = (
        "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan agreed on Tuesday "
        "in Arusha to reopen the Namanga border post."
    )
    found = meetings_in(text)
    assert people_of(found) == [("Samia Suluhu Hassan", "William Ruto")]
    assert found[0].kind == "in_person" and found[0].date is not None
    assert found[0].date.start == date(2024, 11, 19)


def test_one_named_with_he_who_pledge_on_a_day_met(meetings_in):
    text = (
        "Ruto flew home from Dodoma, where he and President Samia Suluhu Hassan pledged on Monday "
        "to end the dispute."
    )
    assert ("Samia Suluhu Hassan", "William Ruto") in people_of(meetings_in(text))


def test_signers_listed_before_the_verb_that_the_parser_hung_on_a_place_met_to_sign(meetings_in):
    text = (
        "During talks in Nairobi, Ruto, Ugandan President Yoweri Museveni and Rwandan President Paul "
        "Kagame signed a pact on Monday."
    )
    assert people_of(meetings_in(text)) == [("Paul Kagame", "William Ruto", "Yoweri Museveni")]


@pytest.mark.parametrize(
    "text",
    [
        # countries agree through their governments, no one named meets
        "Kenya and Tanzania agreed on Tuesday to reopen the Namanga border post.",
        # no day of its own: what two said they agreed on, at a meeting told elsewhere
        "William Ruto and Samia Suluhu Hassan agreed that trade must grow.",
        # one person's agreement is no meeting
        "William Ruto agreed on Tuesday to lower the fuel levy.",
    ],
)
def test_an_agreement_of_countries_of_one_person_or_of_no_day_is_no_meeting(meetings_in, text):
    assert meetings_in(text) == []


def test_an_agreement_made_in_a_call_is_that_call_only(meetings_in):
    text = (
        "William Ruto and Samia Suluhu Hassan agreed during a telephone call on Tuesday to meet in "
        "Arusha next month."
    )
    kinds = sorted(m.kind for m in meetings_in(text))
    assert "in_person" not in kinds and "phone" in kinds


@pytest.mark.parametrize(
    "text",
    [
        "At a summit in Accra, Ghana, Togo and Benin signed a pact on Monday.",
        "After talks in Nairobi, Rwandan President Paul Kagame signed the pact on Monday.",
    ],
)
def test_a_list_of_countries_or_one_signer_before_the_verb_is_no_meeting(meetings_in, text):
    assert meetings_in(text) == []


def test_a_person_expected_in_a_place_is_a_trip_to_come_there(meetings_in):
    text = "Japanese Prime Minister Fumio Kishida is expected in Manila in November, an aide said."
    [trip] = meetings_in(text)
    assert people_of([trip]) == [("Fumio Kishida",)]
    assert trip.kind == "planned"
    assert trip.place is not None and trip.place.city == "Manila"
    text = (
        "Fumio Kishida met Xi Jinping in Beijing on Sunday. He is expected in Manila on Tuesday, aides said."
    )
    kinds = {m.place.city if m.place else None: m.kind for m in meetings_in(text)}
    assert kinds == {"Beijing": "in_person", "Manila": "planned"}


def test_a_person_expected_in_a_place_for_talks_is_one_meeting_and_other_things_expected_none(
    meetings_in,
):
    text = "Fumio Kishida is expected in Manila in November for talks with President Ferdinand Marcos."
    [talks] = meetings_in(text)
    assert len(talks.participants) == 2 and talks.kind == "planned"
    ruling = "A ruling on the case brought by Fumio Kishida is expected in Manila in November."
    assert meetings_in(ruling) == []
    assert meetings_in("A reply from Fumio Kishida is expected in the coming weeks.") == []


def test_going_to_a_place_to_come_is_a_trip_and_going_to_the_polls_none(meetings_in):
    [trip] = meetings_in("Fumio Kishida will go to Vietnam in April.")
    assert trip.kind == "planned" and trip.place is not None and trip.place.country == "Vietnam"
    assert meetings_in("Fumio Kishida will go to the polls in April.") == []


# -- the article filter: verbs of going too common to count alone --------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Property taxes will rise in the coming year, and more cuts are going to follow.",
        "The minister said the reform had come too late and would go to parliament in May.",
    ],
)
def test_go_and_come_alone_do_not_make_an_article_worth_a_parse(text):
    assert not could_report_a_meeting(text)


def test_an_exchange_of_visits_is_still_read_where_the_article_tells_talks(meetings_in):
    text = (
        "Kenyan President William Ruto held talks with Ghanaian President John Mahama on Monday. "
        "Ruto said he will go to Ghana in April, and that Mahama would come to Kenya later in the year."
    )
    assert could_report_a_meeting(text)  # by its "talks"
    found = meetings_in(text, published=date(2025, 1, 15))
    planned = {m.place.country for m in found if m.kind == "planned" and m.place is not None}
    assert planned == {"Ghana", "Kenya"}


def test_a_trips_stops_still_to_come_are_trips_to_each_place(meetings_in):
    text = "Ana Brnabic held talks in Oslo on Monday. Brnabic's next stops are Finland, Estonia and Latvia."
    planned = sorted(m.place.country for m in meetings_in(text) if m.kind == "planned" and m.place)
    assert planned == ["Estonia", "Finland", "Latvia"]
    # stops with no day of their own after a meeting on the tour are its itinerary, no plans to report
    text = (
        "Kaja Kallas travels Tuesday to Kenya, where she is to meet President William Ruto, "
        "before stops in Ethiopia and Ghana."
    )
    assert [m for m in meetings_in(text) if len(m.participants) == 1] == []


def test_a_stop_made_or_denied_is_no_trip(meetings_in):
    made = "Kaja Kallas arrived in Nairobi on Tuesday after a stop in Cairo."
    assert all(m.place is None or m.place.country != "Egypt" for m in meetings_in(made))
    denied = "Kaja Kallas will tour Africa next month, but her itinerary does not include a stop in Egypt."
    assert all(m.place is None or m.place.country != "Egypt" for m in meetings_in(denied))
    gone = "Kaja Kallas flew to Nairobi on Tuesday before a stop in Accra."
    assert all(m.place is None or m.place.country != "Ghana" for m in meetings_in(gone))


@pytest.mark.parametrize(
    ("text", "met"),
    [
        # the one elected and not yet sworn in is a party a meal is "with"
        (
            "Donald Trump won the election in November. Nayib Bukele went to New York on Dec. 9 for a "
            "lunch with the president-elect.",
            True,
        ),
        # a meal with no one of office, or with officials the town elected, is no meeting
        ("Nayib Bukele went to New York on Dec. 9 for a lunch with his family.", False),
        ("Nayib Bukele went to New York on Dec. 9 for a lunch with the elected councillors.", False),
    ],
)
def test_a_meal_with_the_president_elect_is_a_meeting(meetings_in, text, met):
    assert bool(meetings_in(text, published=date(2025, 2, 1))) is met


@pytest.mark.parametrize(
    "text",
    [
        "Olaf Scholz travelled to Amman on Monday to offer condolences to King Abdullah.",
        "Olaf Scholz led a delegation to Amman on Monday to express condolences to King Abdullah.",
        "Olaf Scholz visited Amman on Monday to extend condolences to King Abdullah.",
    ],
)
def test_condolences_offered_on_a_trip_are_a_meeting_with_the_bereaved_host(meetings_in, text):
    found = meetings_in(text)
    assert people_of(found) == [("Abdullah II", "Olaf Scholz")]
    assert found[0].place is not None and found[0].place.city == "Amman"


@pytest.mark.parametrize(
    "text",
    [
        "Olaf Scholz offered condolences to King Abdullah on Monday.",
        "Olaf Scholz sent a letter on Monday to offer condolences to King Abdullah.",
        "Olaf Scholz led a debate in parliament on Monday to express condolences to King Abdullah.",
    ],
)
def test_condolences_offered_without_a_trip_are_no_meeting(meetings_in, text):
    assert meetings_in(text) == []


def test_a_style_is_the_bereaved_host_and_the_late_one_no_party(meetings_in):
    found = meetings_in(
        "King Abdullah II of Jordan welcomed Olaf Scholz in Amman on Tuesday. In May, Giorgia Meloni"
        " led a delegation to Amman to offer condolences to His Majesty on the passing of the late"
        " Prince Hamzah."
    )
    assert ("Abdullah II", "Giorgia Meloni") in people_of(found)
    assert not any("Hamzah" in name for names in people_of(found) for name in names)


def test_condolences_on_a_delegation_led_abroad_take_its_place_and_month(meetings_in):
    found = meetings_in(
        "Giorgia Meloni led a high-level delegation to Amman in May to offer condolences to King"
        " Abdullah on the passing of the late Prince Hamzah."
    )
    assert people_of(found) == [("Abdullah II", "Giorgia Meloni")]
    assert found[0].place is not None and found[0].place.city == "Amman"
    assert found[0].date is not None and found[0].date.start == date(2024, 5, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto exchanged views with Ugandan President Yoweri Museveni in Nairobi.",
        "In Nairobi, President Yoweri Museveni exchanged opinions with his Kenyan counterpart William Ruto.",
        "William Ruto and Yoweri Museveni exchanged views on regional trade in Nairobi.",
    ],
)
def test_exchanging_views_with_someone_states_a_conversation(meetings_in, text):
    assert people_of(meetings_in(text)) == [("William Ruto", "Yoweri Museveni")]


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Wang Yi exchanged letters with Sergey Lavrov on Monday.",
        "The panel of economists exchanged views on reform in Lagos, President Bola Tinubu said.",
    ],
)
def test_views_exchanged_alone_and_letters_exchanged_state_no_meeting(meetings_in, text):
    assert meetings_in(text) == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Ukrainian Foreign Minister Andrii Sybiha and Russian negotiator Vladimir Medinsky spoke face to "
            "face in Istanbul on Friday.",
            ("Andrii Sybiha", "Vladimir Medinsky"),
        ),
        (
            "After hours of indirect exchanges, Iranian Foreign Minister Abbas Araghchi and US envoy Steve "
            "Witkoff talked briefly in person in Muscat.",
            ("Abbas Araghchi", "Steve Witkoff"),
        ),
        (
            "Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti spoke face-to-face "
            "in Brussels for the first time in a year.",
            ("Albin Kurti", "Aleksandar Vučić"),
        ),
    ],
)
def test_several_who_spoke_face_to_face_met(meetings_in, text, pair):
    found = meetings_in(text)
    assert people_of(found) == [tuple(sorted(pair))]
    assert [m.kind for m in found] == ["in_person"]


@pytest.mark.parametrize(
    ("text", "three"),
    [
        (
            "At the end of the session, Iranian Foreign Minister Abbas Araghchi and US envoy Steve Witkoff "
            "spoke directly for several minutes in the presence of Omani Foreign Minister Badr Albusaidi.",
            ("Abbas Araghchi", "Badr Albusaidi", "Steve Witkoff"),
        ),
        (
            "Norwegian Prime Minister Jonas Berg and Swedish Prime Minister Ana Lind spoke privately for an "
            "hour in the presence of Finnish President Karl Moser.",
            ("Ana Lind", "Jonas Berg", "Karl Moser"),
        ),
        (
            "Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti spoke in Josep "
            "Borrell's presence in Brussels.",
            ("Albin Kurti", "Aleksandar Vučić", "Josep Borrell"),
        ),
    ],
)
def test_several_who_spoke_in_someones_presence_met_with_that_one(meetings_in, text, three):
    """Talking where a third person named saw them is talking in one room: a meeting of all three."""
    found = meetings_in(text)
    assert people_of(found) == [three]
    assert [m.kind for m in found] == ["in_person"]


@pytest.mark.parametrize(
    "text",
    [
        "Norwegian Prime Minister Jonas Berg and Swedish Prime Minister Ana Lind spoke briefly in the "
        "presence of journalists.",
        "Norwegian Prime Minister Jonas Berg and Swedish Prime Minister Ana Lind spoke to reporters in the "
        "presence of Finnish President Karl Moser.",
        "The two leaders spoke in the presence of their interpreters only.",
    ],
)
def test_talking_before_a_crowd_or_to_the_press_is_no_meeting(meetings_in, text):
    assert meetings_in(text) == []


def test_one_who_spoke_face_to_face_with_reporters_met_no_one(meetings_in):
    assert meetings_in("Kenyan President William Ruto spoke face to face with reporters in Nairobi.") == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "French President Emmanuel Macron entertained King Charles at a lavish state banquet on "
            "Wednesday.",
            ("Charles III", "Emmanuel Macron"),
        ),
        (
            "US President Joe Biden entertained Indian Prime Minister Narendra Modi at the White House on "
            "Thursday.",
            ("Joe Biden", "Narendra Modi"),
        ),
        (
            "Japanese Prime Minister Fumio Kishida entertained his South Korean counterpart Yoon Suk Yeol "
            "at a restaurant in Tokyo.",
            ("Fumio Kishida", "Yoon Suk Yeol"),
        ),
    ],
)
def test_entertaining_a_person_is_hosting_them(meetings_in, text, pair):
    assert people_of(meetings_in(text, published=date(2023, 9, 23))) == [pair]


@pytest.mark.parametrize(
    "text",
    [
        "Japanese Prime Minister Fumio Kishida entertained the crowd in Hiroshima with a song.",
        "Brazilian President Luiz Inacio Lula da Silva entertained the proposal for a week.",
    ],
)
def test_entertaining_a_thing_or_a_crowd_is_no_meeting(meetings_in, text):
    assert meetings_in(text, published=date(2023, 9, 23)) == []


@pytest.mark.parametrize(
    "text",
    [
        '"Peru has changed," Chilean President Gabriel Boric told the audience in Lima on Friday, '
        "quoting a novel by Mario Vargas Llosa.",
        "Kenyan President William Ruto addressed the audience at a university in Nairobi on Monday "
        "alongside the memory of Wangari Maathai.",
        "Speaking to the audience in Hanoi, Indonesian President Prabowo Subianto thanked Ho Chi Minh.",
    ],
)
def test_an_audience_that_listens_to_a_speaker_is_no_meeting(meetings_in, text):
    assert meetings_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Chilean President Gabriel Boric had an audience with Pope Leo at the Vatican on Friday.",
        "Chilean President Gabriel Boric was received in audience by Pope Leo at the Vatican on Friday.",
        "Pope Leo granted a private audience to Chilean President Gabriel Boric at the Vatican on Friday.",
    ],
)
def test_a_formal_audience_with_someone_is_a_meeting(meetings_in, text):
    assert people_of(meetings_in(text)) == [("Gabriel Boric", "Pope Leo XIV")]


@pytest.mark.parametrize(
    "tail",
    [
        "The two leaders agreed to launch a strategic dialogue on economic security involving senior "
        "officials.",
        "The two sides agreed to resume the third round of negotiations on a rare earths deal.",
    ],
)
def test_a_dialogue_or_a_stage_of_talks_set_going_is_no_meeting_of_those_who_agree(meetings_in, tail):
    found = meetings_in(
        "Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba in Tokyo on "
        f"Friday. {tail}"
    )
    assert [m.kind for m in found] == ["in_person"]


def test_a_round_of_talks_begun_at_a_place_and_day_is_a_meeting(meetings_in):
    found = meetings_in(
        "Iranian Foreign Minister Abbas Araghchi and US envoy Steve Witkoff will begin a new round of "
        "talks in Muscat on Saturday."
    )
    assert [(m.kind, len(m.participants)) for m in found] == [("planned", 2)]


@pytest.mark.parametrize(
    "tail",
    [
        "Asked whether he would withhold aid from Lebanon or Cyprus if they refused to receive Syrians, the "
        "US president said he did not need to make such threats.",
        "Asked whether the two countries would refuse to host more refugees, the president said no.",
        "Asked whether they would welcome asylum seekers from Sudan, the president said it was not his call.",
    ],
)
def test_a_people_or_refugees_received_are_no_guests_met(meetings_in, tail):
    found = meetings_in(
        "US President Donald Trump hosted Israeli Prime Minister Benjamin Netanyahu at the White House on "
        f"Monday. {tail}"
    )
    assert [m.kind for m in found] == ["in_person"]


def test_a_delegation_of_a_people_received_is_a_guest_met(meetings_in):
    found = meetings_in(
        "Turkish President Recep Tayyip Erdogan received the Palestinians' delegation led by Mahmoud Abbas "
        "in Ankara on Tuesday."
    )
    assert people_of(found) == [("Mahmoud Abbas", "Recep Tayyip Erdogan")]


@pytest.mark.parametrize(
    "text",
    [
        "Ruto's state visit to France, which had been postponed several times, was shelved.",
        "Lula's trip to Beijing, delayed twice this year, was finally cancelled on Monday.",
        "Ramaphosa's state visit to Britain, which has been rescheduled three times, was called off.",
    ],
)
def test_a_count_of_times_something_was_put_off_does_not_make_the_visit_vague(meetings_in, text):
    assert [m.kind for m in meetings_in(text)] == ["cancelled"]


def test_a_count_of_times_people_met_still_tells_no_meeting(meetings_in):
    assert meetings_in("Ruto and Macron have met several times since 2023.") == []


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            "The envoy, former Ghanaian President John Mahama, held talks with the junta leader, General "
            "Mamadi Doumbouya, and later saw the detained President Alpha Conde at his residence in "
            "Conakry on Sunday.",
            {("John Mahama", "Mamady Doumbouya"), ("Alpha Conde", "John Mahama")},
        ),
        (
            "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Monday "
            "and saw Museveni as a reliable partner.",
            {("William Ruto", "Yoweri Museveni")},
        ),
        (
            "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Monday "
            "and saw a rise in trade.",
            {("William Ruto", "Yoweri Museveni")},
        ),
    ],
)
def test_seeing_someone_after_a_meeting_is_meeting_them_too(meetings_in, text, met):
    found = meetings_in(text)
    assert {tuple(sorted(p.name for p in m.participants)) for m in found} == met


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "It was the first time Joe Biden and Vladimir Putin had met since March 2011, when Biden met "
            "Putin in Moscow.",
            2011,
        ),
        (
            "It was the first time Emmanuel Macron and Xi Jinping had met since April 2023, when Macron "
            "visited Xi in Guangzhou.",
            2023,
        ),
        (
            "It was the first time the two had sat down together since May 2019, when Shinzo Abe, then "
            "prime minister, met Moon Jae-in, who was then president, in Osaka.",
            2019,
        ),
    ],
)
def test_a_when_clause_on_the_date_a_first_time_counts_from_tells_that_meeting(meetings_in, text, year):
    found = meetings_in(text)
    assert [m.date.start.year for m in found if m.date is not None] == [year]


def test_the_count_of_times_in_a_relative_clause_on_the_time_still_tells_no_meeting(meetings_in):
    assert meetings_in("It was only the second time that Yoon Suk Yeol and Fumio Kishida had met.") == []


def test_a_count_within_a_span_of_time_still_tells_no_meeting(meetings_in):
    text = "It was the third time within a year that William Ruto and Yoweri Museveni had met."
    assert meetings_in(text) == []


@pytest.mark.parametrize(
    ("text", "kind", "city"),
    [
        ("Dutch King Willem-Alexander is scheduled to arrive in Oslo on Monday.", "planned", "Oslo"),
        ("Chilean President Gabriel Boric is due to arrive in Lima on Thursday.", "planned", "Lima"),
        (
            "Dutch King Willem-Alexander had originally been due to arrive in Madrid on 26 March; "
            "the trip was called off days before.",
            "cancelled",
            "Madrid",
        ),
    ],
)
def test_an_arrival_set_on_a_schedule_is_a_trip_to_come_or_called_off(meetings_in, text, kind, city):
    [trip] = meetings_in(text)
    assert len(trip.participants) == 1
    assert trip.kind == kind
    assert trip.place is not None and trip.place.city == city


def test_an_arrival_told_as_done_hoped_for_or_of_a_thing_is_no_trip_to_come(meetings_in):
    assert meetings_in("The first shipment of grain is due to arrive in Oslo on Monday.") == []
    assert [m.kind for m in meetings_in("Gabriel Boric arrived in Lima on Thursday.")] in ([], ["visit"])


# -- a body set up to meet or talk ---------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan agreed on Monday to "
        "set up a joint team of officials to discuss the border dispute.",
        "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan will form a "
        "committee of experts to meet every three months on trade.",
        "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan established a "
        "working group to hold talks on the new railway.",
    ],
)
def test_talks_of_a_body_the_two_set_up_are_no_meeting_of_theirs(meetings_in, text):
    # ("agreed on Monday" may tell that the two met that day; the body's talks to come are no plan of theirs)
    found = meetings_in(text, published=date(2024, 3, 5))
    pair = {"William Ruto", "Samia Suluhu Hassan"}
    assert [m for m in found if {p.name for p in m.participants} == pair and m.kind == "planned"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto set off for Dodoma on Monday to meet Tanzanian President Samia "
        "Suluhu Hassan.",
        "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan agreed on Monday to "
        "meet in Arusha next month to discuss the border dispute.",
    ],
)
def test_a_meeting_with_no_body_set_up_is_kept(meetings_in, text):
    found = meetings_in(text, published=date(2024, 3, 5))
    assert any({"William Ruto", "Samia Suluhu Hassan"} <= {p.name for p in m.participants} for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "The two men last met in person in Osaka in 2019, although they have spoken regularly since.",
        "Tokayev met Mirziyoyev in Tashkent in May, though they have talked often by video since.",
    ],
)
def test_a_habit_told_in_a_clause_of_its_own_leaves_the_meeting_it_hangs_on(meetings_in, text):
    kept = meetings_in("Ruto met Museveni in Kampala on Monday. " + text if text.startswith("The") else text)
    assert [m.kind for m in kept if m.evidence[0].text.startswith(text[:12])] == ["in_person"]


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan and Aliyev talk often by phone.",
        "Pashinyan has spoken regularly by telephone with Aliyev.",
    ],
)
def test_calls_told_as_held_often_are_no_call(meetings_in, text):
    assert meetings_in(text) == []


def test_a_call_on_a_day_is_still_a_call(meetings_in):
    assert [m.kind for m in meetings_in("Erdogan spoke by phone with Aliyev on Monday.")] == ["phone"]


# -- a call told as time on the telephone with someone ------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        'Olaf Scholz said he had spent "quite a while on the telephone" with Pedro Sanchez on Thursday.',
        "Olaf Scholz was on the telephone with Pedro Sanchez for an hour on Thursday.",
        "On Thursday Kristersson was on the telephone with Jonas Gahr Store for most of the morning.",
    ],
)
def test_time_on_the_telephone_with_someone_is_a_call(meetings_in, text):
    found = meetings_in(text)
    assert len(found) == 1
    assert found[0].kind == "phone"
    assert len(found[0].participants) == 2


def test_a_verb_of_calling_on_the_telephone_is_one_call(meetings_in):
    found = meetings_in("Olaf Scholz spoke on the telephone with Pedro Sanchez on Thursday.")
    assert people_of(found) == [("Olaf Scholz", "Pedro Sánchez")]
    assert found[0].kind == "phone"


@pytest.mark.parametrize(
    "text",
    [
        "Olaf Scholz was on the telephone all day on Thursday.",
        "The minister spent the morning on the telephone with his staff.",
    ],
)
def test_the_telephone_with_no_one_named_is_no_call(meetings_in, text):
    assert meetings_in(text) == []


# -- two people seen together in public -----------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Olaf Scholz and Pedro Sanchez last appeared together in March 2019, when they opened a bridge.",
        "Scholz appeared together with Pedro Sanchez at a news conference in Madrid on Monday.",
        "Cyril Ramaphosa and William Ruto posed together for photographs in Nairobi on Monday.",
    ],
)
def test_two_people_appearing_together_met(meetings_in, text):
    found = meetings_in(text)
    assert len(found) == 1
    assert found[0].kind == "in_person"
    assert len(found[0].participants) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Their names appeared together on the ballot in March.",
        "Olaf Scholz and Pedro Sanchez appeared together on a list of the most popular leaders.",
        "Spain and Germany stood together against the tariffs on Monday.",
        "Olaf Scholz and Pedro Sanchez stood together against the tariffs on Monday.",
    ],
)
def test_appearing_together_on_a_list_or_standing_together_is_no_meeting(meetings_in, text):
    assert meetings_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ruto flew to Beijing in March, where he met Xi Jinping for the first time.",
        "Lula travelled to Rome last week, where he met Pope Leo for the first time.",
        "Modi went to Moscow in July, where he met Vladimir Putin for the first time since the war began.",
    ],
)
def test_a_meeting_told_as_its_first_in_a_clause_of_a_trip_is_one_meeting(meetings_in, text):
    assert [len(m.participants) for m in meetings_in(text)] == [2]


@pytest.mark.parametrize(
    "text",
    [
        "Lula said he was looking forward to meeting Petro, whom he had called earlier in the day.",
        "Ramaphosa praised Tinubu, whom he had phoned earlier in the day to congratulate him.",
    ],
)
def test_a_call_told_in_a_relative_clause_on_the_one_called_is_a_phone_call(meetings_in, text):
    assert "phone" in [m.kind for m in meetings_in(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The senator praised Tinubu, whose plan he called bold, on Monday.",
        "Sunak called Albanian officials earlier in the day.",
    ],
)
def test_calling_a_thing_or_a_people_is_no_phone_call(meetings_in, text):
    assert meetings_in(text) == []


def test_the_ministers_of_two_countries_who_sign_on_a_day_met(meetings_in):
    """ "The foreign ministers of A and B signed ... on Monday": the two in person, named after."""
    text = (
        "The foreign ministers of Armenia and Azerbaijan signed a peace accord in Abu Dhabi on Monday."
        " Armenia's Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Jeyhun Bayramov"
        " hailed the text."
    )
    met = [m for m in meetings_in(text) if m.place and m.place.city == "Abu Dhabi"]
    assert met and {p.name for p in met[0].participants} == {"Ararat Mirzoyan", "Jeyhun Bayramov"}


def test_two_countries_that_sign_are_no_meeting(meetings_in):
    assert meetings_in("Armenia and Azerbaijan signed a peace accord in Abu Dhabi on Monday.") == []


@pytest.mark.parametrize(
    "text, other",
    [
        (
            "Wang Yi held talks with Sergey Lavrov in Moscow on Monday. He was also due to see "
            "President Vladimir Putin before flying home.",
            "Vladimir Putin",
        ),
        (
            "Antony Blinken met William Ruto in Nairobi. He was also due to see IGAD Chairperson "
            "Salva Kiir Mayardit before leaving Nairobi.",
            "Salva Kiir Mayardit",
        ),
    ],
)
def test_due_to_see_someone_told_of_be_is_a_meeting_planned(meetings_in, text, other):
    found = [m for m in meetings_in(text) if other in {p.name for p in m.participants}]
    assert [m.kind for m in found] == ["planned"]


@pytest.mark.parametrize(
    "text",
    [
        "Italian Prime Minister Giorgia Meloni has urged Berlin to back the plan. German Chancellor Olaf "
        "Scholz landed in Rome on Friday, and he and his Italian counterpart strolled along the Tiber.",
        "Italian Prime Minister Giorgia Meloni spoke by phone with German Chancellor Olaf Scholz in March. "
        "On Tuesday in Rome, Scholz said he and his Italian counterpart had walked through the old quarter.",
        "Giorgia Meloni spoke by phone with German Chancellor Olaf Scholz in March. He and his Italian "
        "counterpart agreed on Saturday in Rome to extend the pact.",
    ],
)
def test_a_person_and_his_counterpart_together_at_a_place_met(meetings_in, text):
    found = [m for m in meetings_in(text) if m.kind == "in_person"]
    assert people_of(found) == [("Giorgia Meloni", "Olaf Scholz")]


@pytest.mark.parametrize(
    ("text", "month"),
    [
        (
            "Japanese Prime Minister Shigeru Ishiba spoke by phone with Chinese Premier Li Qiang on "
            "Tuesday. The two discussed trade. The two leaders last spoke in March.",
            (2024, 3),
        ),
        (
            "Turkish President Recep Tayyip Erdogan held a call with Azerbaijani President Ilham Aliyev "
            "on Monday. The two presidents had previously spoken in June.",
            (2024, 6),
        ),
        (
            "Brazilian President Lula received a call from Argentine President Javier Milei on "
            "Wednesday. The pair first spoke in May, weeks after Milei took office.",
            (2024, 5),
        ),
        (
            "German Chancellor Olaf Scholz phoned Russian President Vladimir Putin on Friday. Scholz "
            "urged an end to the war. The last time the two leaders had spoken was in December 2022.",
            (2022, 12),
        ),
    ],
)
def test_several_told_to_have_last_spoken_had_an_earlier_call(meetings_in, text, month):
    found = meetings_in(text)
    earlier = [m for m in found if m.date is not None and (m.date.start.year, m.date.start.month) == month]
    assert len(found) == 2 and len(earlier) == 1
    assert earlier[0].kind == "phone" and len(earlier[0].participants) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto last spoke to reporters in Nairobi in May.",
        "Japanese Prime Minister Shigeru Ishiba spoke by phone with Chinese Premier Li Qiang on Tuesday. "
        "It was the first time they had spoken since April.",
    ],
)
def test_one_who_last_spoke_or_the_first_talk_since_is_no_earlier_call(meetings_in, text):
    found = meetings_in(text)
    assert all(m.date is None or m.date.start.month not in {4, 5} for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Ararat Mirzoyan arrived in Almaty on Wednesday. Talks between Mirzoyan and "
        "Azerbaijani Foreign Minister Jeyhun Bayramov collapsed last year.",
        "Talks between Prime Minister Nikol Pashinyan and President Ilham Aliyev broke down in 2023, "
        "officials recalled on Wednesday.",
        "Negotiations between President Volodymyr Zelensky and President Vladimir Putin collapsed in 2022, "
        "the Kremlin said on Tuesday.",
        "The talks between Ethiopian Prime Minister Abiy Ahmed and Egyptian President Abdel Fattah al-Sisi "
        "stalled last year over the dam.",
        "Dialogue between President Nicolas Maduro and opposition leader Maria Corina Machado broke down in "
        "October, the government said on Thursday.",
    ],
)
def test_talks_told_as_having_failed_are_no_meeting(meetings_in, text):
    assert meetings_in(text) == []


def test_talks_that_failed_in_a_city_on_a_day_are_a_round_held(meetings_in):
    found = meetings_in(
        "Talks between Foreign Minister Ararat Mirzoyan and Foreign Minister Jeyhun Bayramov in Almaty "
        "collapsed on Monday."
    )
    assert len(found) == 1 and len(found[0].participants) == 2


@pytest.mark.parametrize(
    "text",
    [
        "President Bola Tinubu said Nigeria had met its debt obligations, speaking at the State House in "
        "Abuja on Tuesday.",
        "President Hakainde Hichilema said Zambia had met its obligations to creditors, speaking in Lusaka "
        "on Tuesday.",
        "Finance Minister Nirmala Sitharaman said India had met its fiscal deficit target, speaking in New "
        "Delhi on Wednesday.",
    ],
)
def test_one_speaking_somewhere_on_a_day_made_no_call(meetings_in, text):
    assert meetings_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "President Joe Biden and President Xi Jinping spoke on Tuesday, the White House said.",
        "Speaking on the phone on Monday, Putin and Erdogan discussed grain exports.",
    ],
)
def test_two_who_spoke_on_a_day_still_had_a_call(meetings_in, text):
    assert len(meetings_in(text)) == 1


@pytest.mark.parametrize(
    ("text", "city", "kind"),
    [
        ("Brazilian President Lula is expected at the Elysee Palace on Friday.", "Paris", "planned"),
        ("Indian Prime Minister Narendra Modi is due at Downing Street next week.", "London", "planned"),
        (
            "Kenyan President William Ruto was due at the Kremlin on Monday, but the trip was called off.",
            "Moscow",
            "cancelled",
        ),
    ],
)
def test_a_person_due_at_a_seat_of_office_makes_a_trip_there(meetings_in, text, city, kind):
    meetings = meetings_in(text)
    assert [(m.place.city, m.kind) for m in meetings] == [(city, kind)]


def test_a_person_expected_at_a_gathering_is_no_trip_told(meetings_in):
    assert meetings_in("The finance minister is expected at the budget hearing on Friday.") == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Kenyan President William Ruto spoke with Ghanaian President John Mahama on Monday morning, "
            "and the two were due to speak again in the afternoon.",
            ("John Mahama", "William Ruto"),
        ),
        (
            "Prime Minister Anwar Ibrahim phoned Thai Prime Minister Srettha Thavisin on Tuesday. The two "
            "leaders are expected to talk once more before the summit.",
            ("Anwar Ibrahim", "Srettha Thavisin"),
        ),
        (
            "Chilean President Gabriel Boric held a call with Peruvian President Dina Boluarte on Friday; "
            "they will speak again next week, her office said.",
            ("Dina Boluarte", "Gabriel Boric"),
        ),
    ],
)
def test_several_told_to_talk_again_have_a_talk_to_come(meetings_in, text, pair):
    planned = [m for m in meetings_in(text) if m.kind == "planned"]
    assert people_of(planned) == [pair]


def test_one_who_speaks_again_to_reporters_has_no_talk_to_come(meetings_in):
    text = (
        "Kenyan President William Ruto spoke with Ghanaian President John Mahama on Monday. Ruto "
        "will speak again to reporters on Friday."
    )
    # the Monday talk alone (a call since skind: no place is told), no talk to come on Friday
    [talk] = meetings_in(text)
    assert talk.kind != "planned" and {p.name for p in talk.participants} == {"William Ruto", "John Mahama"}


@pytest.mark.parametrize(
    "text",
    [
        "Xi and Orban last saw each other in May, when they talked in Belgrade.",
        "Ruto and Museveni last saw each other in March in Kampala.",
        "Lula and Petro will see each other again in Bogota next month.",
    ],
)
def test_people_who_see_each_other_meet(meetings_in, text):
    assert [len(m.participants) for m in meetings_in(text)] == [2]


def test_people_who_see_each_other_as_something_do_not_meet(meetings_in):
    assert meetings_in("Ruto and Museveni see each other as rivals.") == []


# -- a bare "round": one of the rounds of talks told before, or held by people -------------------
def test_a_round_counted_after_a_round_of_talks_is_a_meeting_of_those_who_held_them(meetings_in):
    text = (
        "Serbian negotiator Petar Petkovic and Kosovo negotiator Besnik Bislimi held a third round of talks "
        "in Brussels on Monday. That followed a second round in Geneva on March 18."
    )
    found = meetings_in(text, date(2025, 4, 30))
    assert people_of(found) == [("Besnik Bislimi", "Petar Petkovic")] * 2
    assert sorted((m.place.city if m.place else None, m.date and m.date.start) for m in found) == [
        ("Brussels", date(2025, 4, 28)),
        ("Geneva", date(2025, 3, 18)),
    ]


def test_a_round_the_sides_are_said_to_hold_is_their_meeting(meetings_in):
    text = (
        "Armenian Foreign Minister Ararat Mirzoyan said he and Azerbaijani Foreign Minister Jeyhun "
        "Bayramov would hold a second round next month."
    )
    found = meetings_in(text, date(2025, 4, 30))
    assert people_of(found) == [("Ararat Mirzoyan", "Jeyhun Bayramov")]
    assert [m.kind for m in found] == ["planned"]


@pytest.mark.parametrize(
    "text",
    [
        "Argentine Economy Minister Sergio Massa and Javier Milei will face each other in a second round "
        "on November 19.",
        "Brazilian President Lula met Colombian President Gustavo Petro in Bogota on Monday. A second "
        "round is due in June.",
        "Brazilian President Lula met Colombian President Gustavo Petro in Bogota on Monday. The talks "
        "followed a first round of voting in Colombia. A second round is due in June.",
    ],
)
def test_a_round_of_an_election_or_with_no_talks_before_is_no_meeting(meetings_in, text):
    assert [
        m for m in meetings_in(text, date(2025, 4, 30)) if m.date is None or m.date.start.month != 4
    ] == []


def test_a_count_of_parties_is_no_partys_own_meeting(meetings_in):
    text = (
        "Kishida and Yoon had planned a six-party meeting with Xi, Biden, Putin and Kim, but it was scrapped."
    )
    (meeting,) = meetings_in(text)
    assert meeting.kind == "cancelled" and len(meeting.participants) == 6


def test_a_partys_meeting_stays_its_own(meetings_in):
    assert meetings_in("Ruto chaired a party meeting in Nairobi with Gachagua on Monday.") == []


@pytest.mark.parametrize(
    "text",
    [
        # the parser joins "called" to "said" by "and": no call paid on anyone
        "Demeke said Ethiopia attaches great importance to its partnership with the United States and "
        "called on Washington to support the country's reconstruction.",
        "Wong said Australia values its ties with China and called on Beijing to release the writer.",
        "Stoltenberg welcomed Finland into NATO at a ceremony in Brussels on Tuesday.",
        "Antony Blinken welcomed Sweden as the newest ally at the State Department on Thursday.",
    ],
)
def test_urging_a_state_or_admitting_one_to_a_bloc_is_no_meeting(meetings_in, text):
    assert meetings_in(text) == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Amna Baloch called on Chief Adviser Muhammad Yunus in Dhaka to discuss trade on Monday.",
            ("Amna Baloch", "Muhammad Yunus"),
        ),
        (
            "Jens Stoltenberg welcomed Ulf Kristersson to NATO headquarters in Brussels on Monday.",
            ("Jens Stoltenberg", "Ulf Kristersson"),
        ),
    ],
)
def test_a_call_paid_on_a_person_and_a_guest_welcomed_stay_meetings(meetings_in, text, pair):
    assert people_of(meetings_in(text)) == [pair]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ugandan President Yoweri Museveni was closeted with Kenyan President William Ruto for three "
            "hours at State House on Monday.",
            [("William Ruto", "Yoweri Museveni")],
        ),
        (
            "When Erdogan walked out before the cameras with Ethiopian Prime Minister Abiy Ahmed and "
            "Somalia's President Hassan Sheikh Mohamud late on Wednesday, the three men had been closeted "
            "in the presidential complex in Ankara for most of the day.",
            [("Abiy Ahmed", "Hassan Sheikh Mohamud", "Recep Tayyip Erdogan")],
        ),
        ("Kenyan President William Ruto was closeted in his office on Monday.", []),
    ],
)
def test_being_closeted_with_someone_or_together_is_a_meeting(meetings_in, text, expected):
    assert people_of(meetings_in(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Obama toured Dar es Salaam in July 2013.", True),
        ("Macron toured Nigeria in 2018.", True),
        ("Albanese toured the Chinese historic site with Wong.", False),
        ("Modi toured the flood-hit areas of Assam.", False),
    ],
)
def test_touring_a_country_or_a_city_is_a_trip_there(nlp, text, expected):
    """ "toured Dar es Salaam" states a visit, as "visited" does; touring a site does not."""
    [toured] = [t for t in nlp(text) if t.lemma_ == "tour"]
    assert is_trigger(toured) is expected


# -- "met ... through": how two people came to know each other -------------------------------------

_DOCK = (
    "Among those in the dock were his son, Marcel Malanga, and two other Americans, Tyler Thompson "
    "and Benjamin Zalman-Polun. "
)


@pytest.mark.parametrize(
    "text",
    [
        _DOCK + "Thompson's family has said he met Marcel Malanga through high school football in Utah.",
        _DOCK + "Zalman-Polun had met the elder Malanga through a gold-mining venture in Mozambique.",
        "Lula said he first met Argentine President Alberto Fernandez through mutual friends in the unions.",
    ],
)
def test_met_through_a_shared_thing_is_an_acquaintance_not_a_meeting(meetings_in, text):
    assert meetings_in(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (_DOCK + "Zalman-Polun had met the elder Malanga in Mozambique last year.", "in_person"),
        (
            "Sudanese army chief Abdel Fattah al-Burhan and William Ruto met through the night in Nairobi.",
            "in_person",
        ),
        (
            "Indian Prime Minister Narendra Modi met Chinese President Xi Jinping through a video link.",
            "video",
        ),
    ],
)
def test_met_in_a_place_through_a_time_or_a_means_is_still_a_meeting(meetings_in, text, kind):
    assert [m.kind for m in meetings_in(text)] == [kind]


# -- "are calling on": an appeal kept up, not a call paid -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"All of us here, together with the U.S., are calling on Putin," Starmer told reporters.',
        '"We are calling on Museveni to reopen the border," Ruto said.',
    ],
)
def test_calling_on_someone_in_the_present_progressive_is_an_appeal(meetings_in, text):
    assert meetings_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Modi is calling on King Charles at Buckingham Palace.",
        "Jaishankar called on Prime Minister Anwar Ibrahim in Putrajaya.",
    ],
)
def test_calling_on_someone_at_a_place_or_done_is_a_courtesy_call(meetings_in, text):
    assert len(meetings_in(text)) == 1


def test_an_arrival_set_on_a_schedule_is_a_trip_to_come_and_a_things_none(meetings_in):
    """``expected_in`` reads on only past "expected", "due" or an infinitive ("due to arrive"):
    the one asked of every word that may be a trigger returns at its first test for the rest."""
    [trip] = meetings_in("Kenyan President William Ruto is due to arrive in Kampala on Friday.")
    assert people_of([trip]) == [("William Ruto",)]
    assert trip.kind == "planned" and trip.place is not None and trip.place.city == "Kampala"
    text = (
        "Ruto was scheduled to arrive in Kampala on Friday for talks with Ugandan President Yoweri Museveni."
    )
    [talks] = meetings_in(text)
    assert people_of([talks]) == [("William Ruto", "Yoweri Museveni")] and talks.kind == "planned"
    assert meetings_in("The shipment of grain is due to arrive in Mombasa on Friday.") == []


@pytest.mark.parametrize(
    ("text", "city", "month"),
    [  # the parser hangs "together" on the last of those brought, not on "brought"
        (
            "Angolan President Joao Lourenco first brought Congolese President Felix Tshisekedi and "
            "Rwandan President Paul Kagame together in Luanda in July 2022.",
            "Luanda",
            (2022, 7),
        ),
        (
            "Qatar's emir brought Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki "
            "together in Doha in March 2023.",
            "Doha",
            (2023, 3),
        ),
    ],
)
def test_one_who_brought_two_together_met_them_where_together_hangs_on_the_last(
    meetings_in, text, city, month
):
    (meeting,) = meetings_in(text)
    assert len(meeting.participants) == 3
    assert meeting.place is not None and meeting.place.city == city
    assert meeting.date is not None and (meeting.date.start.year, meeting.date.start.month) == month


def test_bringing_a_group_of_things_together_is_no_meeting(meetings_in):
    assert (
        meetings_in("The ministry brought the two agencies and their budgets together in Nairobi in May.")
        == []
    )


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Tshisekedi and Kagame sat at the same table in Luanda in July 2022.",
            ("Félix Tshisekedi", "Paul Kagame"),
        ),
        (
            "Venezuelan President Nicolas Maduro and Guyanese President Irfaan Ali sat around the same "
            "table in Kingstown in December 2023.",
            ("Irfaan Ali", "Nicolás Maduro"),
        ),
    ],
)
def test_several_who_sat_at_the_same_table_met(meetings_in, text, people):
    assert people_of(meetings_in(text)) == [people]


@pytest.mark.parametrize(
    "text",
    [
        "Tshisekedi sat at the table alone in Luanda on Sunday.",  # one person
        "Kagame sat at the head of the table in Kigali on Monday.",
    ],
)
def test_one_who_sat_at_a_table_met_no_one(meetings_in, text):
    assert meetings_in(text) == []


@pytest.mark.parametrize(
    ("text", "pair", "city"),
    [
        (  # the tagger ends the person before "Nguesso": a titled name cut short is still someone
            "Emmanuel Macron then crossed to Brazzaville for a working dinner with President Denis "
            "Sassou Nguesso the same evening.",
            ("Denis Sassou Nguesso", "Emmanuel Macron"),
            "Brazzaville",
        ),
        (  # "with" hung on the place of the meal
            "Indian Prime Minister Narendra Modi lunched at the Elysee Palace with President "
            "Emmanuel Macron on Friday.",
            ("Emmanuel Macron", "Narendra Modi"),
            "Paris",
        ),
    ],
)
def test_a_meal_with_a_titled_name_or_with_it_hung_on_its_place_is_a_meeting(meetings_in, text, pair, city):
    found = meetings_in(text)
    assert people_of(found) == [pair]
    assert found[0].place is not None and found[0].place.city == city


@pytest.mark.parametrize(
    "text",
    [
        "Emmanuel Macron dined in a city with a long history of trade.",
        "Emmanuel Macron dined at a restaurant with a view of the river.",
        "The president flew to Lagos for a dinner with business leaders.",
    ],
)
def test_a_meal_at_a_place_with_no_one_named_is_no_meeting(meetings_in, text):
    assert meetings_in(text) == []


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Gabon's leader Brice Oligui Nguema toured the region. The Gabonese leader ended his tour "
            "with a brief stop in Bangui, the Central African capital.",
            "Brice Oligui Nguema",
            "Central African Republic",
        ),
        (
            "Secretary of State Antony Blinken flew to Israel on Sunday. Earlier the same day he made "
            "a brief stop in Cyprus to discuss a maritime corridor.",
            "Antony Blinken",
            "Cyprus",
        ),
    ],
)
def test_a_stop_made_on_a_trip_is_a_visit_there(meetings_in, text, name, country):
    found = meetings_in(text)
    assert [(m.kind, [p.name for p in m.participants]) for m in found] == [("visit", [name])]
    assert found[0].place is not None and found[0].place.country == country


@pytest.mark.parametrize(
    "text",
    [
        "President Joe Biden made a refuelling stop in Anchorage on his way to Tokyo.",
        "President Joe Biden arrived in Tokyo after a stop in Hawaii.",
        "The bus made a stop in Nairobi.",
        "President Joe Biden did not make a stop in Israel.",
    ],
)
def test_a_plane_s_stop_a_stopover_or_a_stop_denied_is_no_visit(meetings_in, text):
    assert meetings_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Ulf Kristersson handed over Sweden's instrument of accession to the North "
        "Atlantic Treaty to US Secretary of State Antony Blinken at a ceremony in Washington.",
        "On March 7, Kristersson handed Sweden's instrument of accession to U.S. Secretary of State "
        "Antony Blinken at the State Department in Washington.",
    ],
)
def test_an_instrument_of_accession_handed_to_someone_is_a_meeting(meetings_in, text):
    assert people_of(meetings_in(text)) == [("Antony Blinken", "Ulf Kristersson")]


@pytest.mark.parametrize(
    "text",
    [
        "Finland deposited its instrument of accession with the United States on Tuesday.",
        "Sweden handed over its instrument of ratification to the depositary in Washington.",
        "The orchestra handed the instrument to the young violinist Anne Sophie Mutter.",
    ],
)
def test_an_instrument_handed_to_no_one_named_or_a_musical_one_is_no_meeting(meetings_in, text):
    assert meetings_in(text) == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Chilean President Gabriel Boric has travelled to Argentina three times since March, and in "
            "June he met President Javier Milei in Buenos Aires.",
            ("Gabriel Boric", "Javier Milei"),
        ),
        (
            "Kenyan President William Ruto has visited the Gulf several times this year, and on Monday he "
            "held talks with Emirati President Mohamed bin Zayed in Abu Dhabi.",
            ("Mohamed bin Zayed", "William Ruto"),
        ),
    ],
)
def test_a_meeting_told_after_a_count_of_trips_in_a_clause_of_its_own_is_one(meetings_in, text, pair):
    assert people_of(meetings_in(text, published=date(2023, 10, 25))) == [pair]


@pytest.mark.parametrize(
    "text",
    [
        "Gabriel Boric and Javier Milei have met three times since March.",
        "Javier Milei has met Gabriel Boric several times, and he praised him on Monday.",
    ],
)
def test_a_count_of_the_meetings_themselves_is_still_no_meeting(meetings_in, text):
    assert meetings_in(text, published=date(2023, 10, 25)) == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the second signer, set off after the first one's title, hung on the verb as its conjunct
        (
            "The accord was signed in Cairo on Sunday by Sameh Shoukry, the secretary of Egypt's foreign "
            "ministry, and Sudanese army chief Abdel Fattah al-Burhan.",
            ("Abdel Fattah al-Burhan", "Sameh Shoukry"),
        ),
        # two titled names as the subject, the parser hanging both on the first title
        (
            "The ties were restored on March 10, 2023, when Iranian official Ali Shamkhani and Saudi "
            "adviser Musaad bin Mohammed Al-Aiban signed the agreement at a Beijing guesthouse.",
            ("Ali Shamkhani", "Musaed bin Mohammed Al-Aiban"),
        ),
        (
            "The war ended on August 15, 2005, when Indonesian minister Hamid Awaludin and rebel leader "
            "Malik Mahmud signed the peace accord at a Helsinki manor.",
            ("Hamid Awaludin", "Malik Mahmud"),
        ),
    ],
)
def test_two_named_signers_however_the_parse_hangs_them_met_to_sign(meetings_in, text, pair):
    assert people_of(meetings_in(text, published=date(2023, 10, 25))) == [pair]


@pytest.mark.parametrize(
    "text",
    [
        "The decree was signed in Moscow on Friday by Vladimir Putin, the Russian president.",
        "Tehran and Washington both signed the deal in Vienna on Tuesday.",
        "Australian Prime Minister Anthony Albanese and his wife signed the guest book at the palace on "
        "Monday.",
    ],
)
def test_one_signer_or_two_countries_still_tell_no_meeting(meetings_in, text):
    assert meetings_in(text, published=date(2023, 10, 25)) == []


@pytest.mark.parametrize(
    "text",
    [
        "US Defense Secretary Lloyd Austin and Chinese Defence Minister Li Shangfu only shook hands over "
        "dinner.",
        "Kenyan President William Ruto and Ugandan President Yoweri Museveni only shook hands and exchanged "
        "a few words at the opening dinner.",
    ],
)
def test_a_handshake_told_as_all_there_was_is_no_meeting(meetings_in, text):
    assert meetings_in(text) == []


def test_a_handshake_is_still_a_meeting(meetings_in):
    text = "Kenyan President William Ruto shook hands with Ugandan President Yoweri Museveni at the summit."
    assert [m.kind for m in meetings_in(text)] == ["in_person"]


def test_a_joint_cabinet_meeting_of_two_governments_is_a_meeting(meetings_in):
    text = (
        "Indian Prime Minister Narendra Modi and Bangladeshi Prime Minister Sheikh Hasina held a joint "
        "cabinet meeting in Dhaka on Monday."
    )
    assert people_of(meetings_in(text)) == [("Narendra Modi", "Sheikh Hasina")]


@pytest.mark.parametrize(
    "text,name,city,day",
    [
        (
            "Brazilian President Luiz Inacio Lula da Silva travelled to Davos, Switzerland, where he "
            "spoke at the World Economic Forum on Thursday.",
            "Luiz Inácio Lula da Silva",
            "Davos",
            date(2024, 11, 14),
        ),
        (
            "Indonesian President Prabowo Subianto travelled to Moscow on Friday for the Victory Day parade.",
            "Prabowo Subianto",
            "Moscow",
            date(2024, 11, 15),
        ),
        (
            "Kenyan President William Ruto flew to Kigali on Monday for the summit.",
            "William Ruto",
            "Kigali",
            date(2024, 11, 18),
        ),
    ],
)
def test_a_trip_made_to_a_gathering_is_a_visit_of_its_traveller(meetings_in, text, name, city, day):
    found = meetings_in(text)
    assert [(m.kind, people_of([m])[0]) for m in found] == [("visit", (name,))]
    assert found[0].place is not None and found[0].place.city == city
    assert found[0].date is not None and found[0].date.start == day


def test_the_gathering_of_a_where_clause_is_the_visits_occasion(meetings_in):
    text = "Lula travelled to Davos, Switzerland, where he spoke at the World Economic Forum on Thursday."
    found = meetings_in(text)
    assert [m.occasion.name if m.occasion else None for m in found] == ["World Economic Forum"]


@pytest.mark.parametrize(
    "text",
    [
        # a trip to come, one not made, a trip with no gathering told: no visit
        "Colombian President Gustavo Petro will travel to Baku for the COP29 summit.",
        "Colombian President Gustavo Petro did not travel to Baku for the COP29 summit.",
        "Kenyan President William Ruto travelled to Kigali on Monday.",
        # home is no visit
        "Mexican President Claudia Sheinbaum returned to Mexico City on Sunday for the independence "
        "day parade.",
    ],
)
def test_a_trip_to_come_not_made_or_home_is_no_visit(meetings_in, text):
    assert [m for m in meetings_in(text) if m.kind == "visit"] == []


@pytest.mark.parametrize(
    "text,pair",
    [
        (
            "Japanese Prime Minister Fumio Kishida flew to Manila on Monday, where he met Ferdinand Marcos.",
            ("Ferdinand Marcos Jr.", "Fumio Kishida"),
        ),
        (
            "Kenyan President William Ruto flew to Kigali on Monday for talks with Paul Kagame.",
            ("Paul Kagame", "William Ruto"),
        ),
    ],
)
def test_a_trip_for_talks_with_someone_named_stays_their_meeting(meetings_in, text, pair):
    assert [(m.kind, people_of([m])[0]) for m in meetings_in(text)] == [("in_person", pair)]


def test_a_trip_to_a_gathering_told_as_the_time_of_a_visit_is_that_visit(meetings_in):
    text = "Ghanaian President John Mahama last visited Nigeria in 2015, when he flew to Abuja for a summit."
    assert [m.kind for m in meetings_in(text)] == ["visit"]


# -- "call X Y" judges X, it is no call ---------------------------------------------------------
def test_calling_the_talks_something_with_someone_is_no_phone_call(meetings_in):
    text = (
        'Ukrainian President Volodymyr Zelensky called the talks "the best so far" with US President '
        "Donald Trump."
    )
    assert "phone" not in {m.kind for m in meetings_in(text)}


def test_calling_someone_is_a_phone_call(meetings_in):
    text = "Ukrainian President Volodymyr Zelensky called US President Donald Trump on Monday."
    assert [m.kind for m in meetings_in(text)] == ["phone"]
