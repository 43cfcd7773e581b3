from datetime import date

import pytest


def names(meeting):
    return {p.name for p in meeting.participants}


def only(meetings):
    assert len(meetings) == 1, [(sorted(names(m)), m.kind) for m in meetings]
    return meetings[0]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Museveni receives message from Ramaphosa\n\nENTEBBE - President Yoweri Museveni received a "
            "special message from South African President Cyril Ramaphosa at State House Entebbe on Monday. "
            "The message was delivered by South African envoy Ayanda Dlodlo.",
            {"Yoweri Museveni", "Ayanda Dlodlo"},
        ),
        (
            "Sisi receives message from King Salman\n\nCAIRO - Egyptian President Abdel Fattah al-Sisi "
            "received a written message from Saudi King Salman bin Abdulaziz on Sunday. The message was "
            "conveyed by Saudi Foreign Minister Faisal bin Farhan.",
            {"Abdel Fattah el-Sisi", "Faisal bin Farhan"},
        ),
        (
            "Ruto receives Tinubu's message\n\nNAIROBI - Kenyan President William Ruto on Tuesday received a "
            "message from Nigerian President Bola Tinubu, delivered by Nigerian Foreign Minister Yusuf "
            "Tuggar.",
            {"William Ruto", "Yusuf Tuggar"},
        ),
    ],
)
def test_a_message_received_and_handed_over_by_a_bearer_is_a_meeting_with_the_bearer(meetings_in, text, pair):
    found = meetings_in(text, published=date(2024, 7, 10))
    assert pair in [{p.name for p in m.participants} for m in found]


@pytest.mark.parametrize(
    ("published", "text", "pair", "city", "day"),
    [
        (
            date(2024, 3, 6),
            "President Hakainde Hichilema on Tuesday received a special message from President Samia Suluhu "
            "Hassan at State House in Lusaka. The message was delivered by Tanzania's Foreign Minister "
            "January Makamba.",
            {"Hakainde Hichilema", "January Makamba"},
            "Lusaka",
            date(2024, 3, 5),
        ),
        (
            date(2024, 3, 12),
            "President Sheikh Mohamed bin Zayed Al Nahyan received a written message from President "
            "Kassym-Jomart Tokayev of Kazakhstan at Qasr Al Shati in Abu Dhabi today. The message was "
            "delivered by Kazakh Foreign Minister Murat Nurtleu.",
            {"Mohamed bin Zayed Al Nahyan", "Murat Nurtleu"},
            "Abu Dhabi",
            date(2024, 3, 12),
        ),
        (
            date(2024, 1, 31),
            "His Highness the Amir Sheikh Mishal Al-Ahmad received on Tuesday at Bayan Palace in Kuwait City "
            "a written message from Egyptian President Abdel Fattah El-Sisi, delivered by Egyptian Foreign "
            "Minister Sameh Shoukry.",
            {"Mishal Al-Ahmad", "Sameh Shoukry"},
            "Kuwait City",
            date(2024, 1, 30),
        ),
        (
            date(2024, 5, 11),
            "Chinese President Xi Jinping on Friday received in Beijing a letter from Brazilian President "
            "Luiz Inacio Lula da Silva. The letter was handed over by Brazil's Foreign Minister Mauro "
            "Vieira.",
            {"Xi Jinping", "Mauro Vieira"},
            "Beijing",
            date(2024, 5, 10),
        ),
        (
            date(2024, 4, 9),
            "Kenyan President William Ruto received a message from Ethiopian Prime Minister Abiy Ahmed at "
            "State House, Nairobi on Monday. The message was delivered by Ethiopia's Foreign Minister Taye "
            "Atske Selassie.",
            {"William Ruto", "Taye Atske Selassie"},
            "Nairobi",
            date(2024, 4, 8),
        ),
        (
            date(2024, 6, 14),
            "Ghana's President Nana Akufo-Addo received a special message from Nigerian President Bola "
            "Tinubu at Jubilee House in Accra on Thursday. The message was conveyed by Nigeria's Foreign "
            "Minister Yusuf Tuggar.",
            {"Nana Akufo-Addo", "Yusuf Tuggar"},
            "Accra",
            date(2024, 6, 13),
        ),
        (
            date(2024, 2, 12),
            "Saudi Crown Prince Mohammed bin Salman received a written message from Iraqi Prime Minister "
            "Mohammed Shia al-Sudani in Riyadh on Sunday. The message was delivered by Iraqi Foreign "
            "Minister Fuad Hussein.",
            {"Mohammed bin Salman", "Fuad Hussein"},
            "Riyadh",
            date(2024, 2, 11),
        ),
        (
            date(2024, 9, 3),
            "President Paul Kagame has today received a special message from President Yoweri Museveni at "
            "Urugwiro Village in Kigali. The message was delivered by Uganda's Minister of Foreign Affairs "
            "Jeje Odongo.",
            {"Paul Kagame", "Jeje Odongo"},
            "Kigali",
            date(2024, 9, 3),
        ),
        (
            date(2024, 4, 9),
            "Kenyan President William Ruto received a message from Ethiopian Prime Minister Abiy Ahmed at "
            "State House, Nairobi on Monday. It was delivered by Ethiopia's Foreign Minister Taye Atske "
            "Selassie.",
            {"William Ruto", "Taye Atske Selassie"},
            "Nairobi",
            date(2024, 4, 8),
        ),
        (
            date(2024, 6, 14),
            "Ghana's President Nana Akufo-Addo received a special message from Nigerian President Bola "
            "Tinubu at Jubilee House in Accra on Thursday. The letter was handed over by Nigeria's Foreign "
            "Minister Yusuf Tuggar.",
            {"Nana Akufo-Addo", "Yusuf Tuggar"},
            "Accra",
            date(2024, 6, 13),
        ),
        (
            date(2024, 2, 12),
            "Saudi Crown Prince Mohammed bin Salman received a written message from Iraqi Prime Minister "
            "Mohammed Shia al-Sudani in Riyadh on Sunday. The message, delivered by Iraqi Foreign Minister "
            "Fuad Hussein, dealt with bilateral relations.",
            {"Mohammed bin Salman", "Fuad Hussein"},
            "Riyadh",
            date(2024, 2, 11),
        ),
        (
            date(2024, 3, 12),
            "President Sheikh Mohamed bin Zayed Al Nahyan received a written message from President "
            "Kassym-Jomart Tokayev in Abu Dhabi today. Kazakh Foreign Minister Murat Nurtleu delivered the "
            "message.",
            {"Mohamed bin Zayed Al Nahyan", "Murat Nurtleu"},
            "Abu Dhabi",
            date(2024, 3, 12),
        ),
    ],
)
def test_a_bearers_meeting_is_held_where_and_when_the_message_was_received(
    meetings_in, published, text, pair, city, day
):
    met = only([m for m in meetings_in(text, published=published) if names(m) == pair])
    assert met.place is not None and met.place.city == city
    assert met.date is not None and met.date.start == day
