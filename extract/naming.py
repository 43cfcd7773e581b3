"""Name spans: a span cleaned to the name of a person, or to none.

Where a name starts and ends (a title or a page's word before it dropped, a headline's verb
ending it: "Xi Hold Talks"; a name the model cut short goes on to its end, a given name it left
out is put back), which words are name words (capitalised words, particles inside: el-, al-,
bin, da), and what is no name at all: news agencies ("Xinhua"), buildings, documents and bodies
named after a person, an office of a place or of a body, saints, places joined by a hyphen, a
company "owned by" someone, the late father in a ruler's style.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from extract import gazetteer, occasions, places
from extract.names import FRONT_NAMES, LINEAGE, PATRONYMIC
from extract.places import fold
from extract.roles import find_role, is_office
from extract.spans import children_of, doc_text, doc_tokens, span_text, span_tokens
from extract.surnames import english_words, officials_by_surname
from extract.titles import HONORIFICS, MALAY_STYLES, STYLES_OF_ADDRESS, TITLES, title_word
from extract.triggers import could_report_a_meeting
from extract.vocabulary import SPORTING_TITLES, SPORTS

NOT_PEOPLE = frozenset(
    (
        "xinhua|tass|reuters|ap|afp|cctv|kcna|pti|ani|ians|bloomberg|sputnik|ria|ria novosti|"
        "interfax|cgtn|yonhap|kyodo|anadolu|al jazeera|bbc|cnn|getty|photo|kremlin|white house|"
        "pentagon|state department|twitter|x|telegram|prime minister|president|foreign minister|"
        "read|tt|afp handout|photo credit|main topics|covid|covid-19|source|file photo|"
        # a bloc's format of three office-holders (the past, present and next chairs): no one
        "troika"
    ).split("|")
)
NOT_A_NAME = re.compile(r"[\n/\\|@#0-9()\[\]]")
# Words of a page's furniture and of headline verbs that the model folds into a name: "Related Xi",
# "Xi Hold Talks", "Wang Yi Holds", "President Meets With Pope Francis".
PAGE_WORDS = frozenset(
    "related read watch video photo photos more also see says said live info hold holds held urge urges "
    "vow vows seek seeks sign signs agree agrees "
    # a page's call to its readers: "Follow Kuensel on X", "Subscribe", "Share"
    "follow subscribe share".split()
)
# a title-cased headline's verbs of coming and going, which the model folds into the name before
# them: "President Isaias Arrives in Addis Ababa", "Modi Departs for Paris", "Biden Tours Amazon"
HEADLINE_MOVES = frozenset("arrive arrives depart departs leaves lands returns tours".split())
PARTICLES = frozenset("bin ibn bint binti al al- el abu".split())
# Nouns of institutions, which end a name the model ran on: "State Dept", "Chinese Party"; the
# armed services too: "Air Force" of "the Royal Air Force" ("Royal" read as a prince's style).
INSTITUTIONS = frozenset(
    "dept dept. ministry department agency office council committee party embassy government "
    "administration service force forces army navy corps guard guards "
    # the units of an army, which end no one's name: "the Royal Malay Regiment", "the First Battalion"
    "regiment battalion brigade squadron".split()
)

# the apostrophes and glottal stops written inside a name: Tongan "Hu'akavameiliku", Hawaiian
# "Hawaiʻi", Irish "O'Brien", which the tokenizer keeps in the word and str.istitle reads as two
APOSTROPHES = str.maketrans("", "", "'’ʻ`")


def name_cased(token: Token) -> bool:
    """Whether a word is written as a name is, a capital and then lower case, where an apostrophe
    inside it parts nothing: "Sovaleni", "O'Brien", and "Hu'akavameiliku" (a Tongan noble title,
    which ``is_title`` refuses for its lower-case "a" after the apostrophe)."""
    if token.is_title:
        return True
    bare = token.text.translate(APOSTROPHES)
    return bare != token.text and bare.istitle() and token.text[:1] not in "'’`"


# the last word of an honour named after someone, which the model may tag with the name: "the
# José Rizal Order", "a Pushkin Medal", "the Nelson Mandela Prize": a decoration, no person
HONOURS = frozenset("order medal prize award decoration".split())
# the verbs of giving an honour: what they confer is a decoration, whoever it is named after
CONFERRING = frozenset("confer bestow".split())


def conferred(token: Token) -> bool:
    """Whether a word is in the name of what is conferred or bestowed ("conferred the Order of
    the Druk Gyalpo on him", "will confer the Order of the Star and Key on the Prime Minister", "the
    Mitra Vibhushana was conferred on him"): an honour, no person, even where named after one. Not
    the one it is conferred on ("He was conferred the Order of Zayed": he is no honour)."""
    for t in (token, *token.ancestors):
        if t.dep_ in {"dobj", "nsubjpass"} and t.head.lemma_.lower() in CONFERRING:
            return t.dep_ == "dobj" or any(c.lower_ in {"on", "upon"} for c in children_of(t.head))
        if t.pos_ in {"VERB", "AUX"}:
            return False  # the clause of a word ends at its verb
    return False


# the last word of a building's name the model may tag as a person (not "Hall" or "House", surnames too)
BUILDINGS = frozenset(
    "palace bhavan bhawan tower building centre center complex square airport hotel "
    # the houses of worship and of remembrance a visitor tours: "the Sheikh Zayed Grand Mosque"
    "mosque masjid pagoda basilica synagogue gurdwara mausoleum memorial "
    # the grounds of sport named after a ruler, which the model may tag whole as a person: "the
    # Mohammed bin Zayed Stadium", "the Sheikh Jaber Al-Ahmad Arena"
    "stadium arena".split()
)
# the last word of a street's name, which an address ends on: "7, Lok Kalyan Marg" (Hindi "road"),
# "Pennsylvania Avenue", "Akbar Road"; no one's name ends on them ("Street" does: "Picabo Street")
STREETS = frozenset("marg avenue boulevard road highway".split())
# the words of a part of a country, which a region's name opens with: "Central Java", "Northern
# Cape", "East Kalimantan"; no one's name opens with them
REGION_OPENERS = frozenset("central northern southern eastern western north south east west".split())
# the first word of a building's name in the languages news leaves untranslated: "Palazzo Chigi"
BUILDINGS_FIRST = frozenset(
    "palazzo palacio palácio palais schloss casa castello castel château chateau quinta villa "
    # Malay and Indonesian (complex, palace, house), Arabic (palace): "Kompleks Seri Perdana", "Qasr Al Watan"
    "kompleks istana wisma qasr "
    # Irish (house, building): "Áras an Uachtaráin"
    "áras aras".split()
)
# building words that are surnames too ("Barbara Castle", "Stuart Hall"): a name they end is a
# building only where the words before them name a place, or it stands where a place stands
SURNAME_BUILDINGS = frozenset("castle house hall abbey manor lodge cathedral temple church chapel".split())
# the prepositions of where something is or goes: "at Dublin Castle", "to Lancaster House"
PLACE_PREPOSITIONS = frozenset("at in to into inside outside near from".split())
# the particles inside a building's name in its own language: "Áras an Uachtaráin", "Casa de Nariño"
BUILDING_PARTICLES = frozenset("an na de del di do da dos das".split())
SAINTS = frozenset("saint saints st st. sts sts.".split())


# the last word of a place named after someone: "the Narendra Modi Stadium", "Indira Gandhi
# International Airport", "the Nelson Mandela Foundation"
# the last word of an agreement's or a text's name, often a place's ("the Lusaka Roadmap")
DOCUMENTS = frozenset(
    "roadmap declaration accord accords agreement treaty protocol charter communique communiqué "
    "memorandum pact doctrine consensus".split()
)
NAMED_AFTER = (
    BUILDINGS
    | DOCUMENTS
    | frozenset(
        "stadium arena airport university institute foundation hospital museum library bridge road "
        "avenue street boulevard highway park hall auditorium school college prize award mosque".split()
    )
    | frozenset(HONOURS)
)


def is_named_after(span: Span) -> bool:
    """Whether a name is that of a place or thing named after the person: the capitalised words
    after it end in a building's or an institution's word ("Narendra Modi Stadium")."""
    doc = span.doc
    for i in range(span.end, min(span.end + 3, len(doc))):
        token = doc[i]
        if not token.is_title:
            return False
        if token.lower_ in NAMED_AFTER:
            return True
    return False


# the nouns of a government told by the name of whoever leads it: "the Modi government", "the
# Biden administration", "the Orban cabinet", "the Assad regime"
GOVERNMENTS = frozenset("government administration cabinet regime".split())


def names_a_government(span: Span) -> bool:
    """Whether a name stands before a lowercase noun of a government, which it tells apart
    ("the swearing-in of the Modi government", "talks with the Biden administration"): the
    government, not the person, who takes part in nothing the sentence tells."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    return after is not None and after.is_lower and after.lower_ in GOVERNMENTS


# the nouns of what a person is remembered by: "the 300th anniversary of the birth of the poet A",
# "a ceremony in memory of A", "laid a wreath at the tomb of A"
COMMEMORATING = frozenset(
    "birth death memory anniversary centenary centennial bicentenary bicentennial tomb mausoleum "
    "grave birthplace "
    # a thing raised to someone, told with "of" or "to" before the name: "the statue of Sardar
    # Vallabhbhai Patel", "the monument to Amir Timur", "the bust of Heydar Aliyev"
    "statue statues bust monument memorial shrine samadhi cenotaph".split()
)


# the lowercase nouns of a thing raised to remember someone, after the name it is named by: "a
# wreath at the Mahatma Gandhi memorial", "the Ho Chi Minh mausoleum", "the Ataturk statue"
MEMORIALS = frozenset(
    "memorial memorials statue statues monument mausoleum tomb shrine samadhi bust cenotaph grave".split()
)
# the nouns of honour paid "to" someone remembered: "paid tribute to A", "paid homage to A"
TRIBUTES = frozenset("tribute tributes homage respects".split())


def names_the_commemorated(span: Span) -> bool:
    """Whether a name is that of someone a forum, a ceremony or a wreath remembers ("a forum
    dedicated to the 300th anniversary of the birth of Turkmen poet A", "a wreath at the tomb of
    the Unknown Soldier", "the birth anniversary of Mahatma Gandhi"): the one remembered, who
    takes part in nothing the sentence tells (not "the anniversary of A's visit", whose visitor
    is named by a possessive)."""
    if _names_a_memorial(span) or _paid_tribute(span):
        return True
    doc, i = span.doc, span.start - 1
    if span.end < len(doc) and doc[span.end].lower_ in {"'s", "’s"}:
        return False  # "the anniversary of Prime Minister A's visit": the owner of what is remembered
    while i > span.start - 6 and i >= 0 and _describes_the_remembered(doc[i]):
        i -= 1  # "of the late Turkmen poet A": the words that tell who A was
    return (
        i >= 1
        and (doc[i].lower_ == "of" or (doc[i].lower_ == "to" and doc[i - 1].lower_ in MEMORIALS))
        and doc[i - 1].lemma_.lower() in COMMEMORATING
    )


def _names_a_memorial(span: Span) -> bool:
    """Whether a name is set before a lowercase noun of a memorial, which it names or owns ("laid
    a wreath at the Mahatma Gandhi memorial", "the Lenin mausoleum", "at Mandela's grave"): the
    one remembered."""
    doc = span.doc
    end = span.end
    if end + 1 < len(doc) and doc[end].lower_ in {"'s", "’s"}:
        end += 1
    return end < len(doc) and doc[end].is_lower and doc[end].lower_ in MEMORIALS


def _paid_tribute(span: Span) -> bool:
    """Whether a name is what tribute or homage is paid "to" ("paid tribute to A", "paid floral
    homage to A at the memorial"): someone remembered or honoured, no party to a meeting; not
    "paid a visit to A" nor "paid a courtesy call on A"."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "to":
        return False
    to = root.head
    if to.head.lemma_.lower() in TRIBUTES or to.head.lower_ in TRIBUTES:
        return True
    return to.head.lemma_.lower() == "pay" and any(
        c.dep_ == "dobj" and c.lower_ in TRIBUTES for c in children_of(to.head)
    )


def _describes_the_remembered(token: Token) -> bool:
    """A word between "of" and a name that tells who the one named was: "the", "late", "Turkmen",
    "poet" (read by the words, as the parser hangs such names anywhere)."""
    return (
        token.lower_ in {"the", "late", "great", "former"}
        or (token.is_title and title_word(token))  # "the tomb of former President A", "of King B"
        or _hyphen_inside(token)  # "the poet-philosopher Allama Iqbal"
        or token.ent_type_ in {"NORP", "PERSON"}  # and the name's own first words: "A B" for "B"
        or places.demonym_country(token.text) is not None
        or (token.is_lower and token.pos_ == "NOUN")
    )


def _end_of_a_place(span: Span) -> bool:
    """Whether a name of one word is the last word of a city's name of several, the words before
    it untagged ("in Johor Bahru", "Kota Kinabalu", "Abu Dhabi"): the place's, no person's; not
    an official's surname ("Santiago Peña" is no city) nor a word the model tagged as a name with
    the word before it."""
    doc = span.doc
    if len(span) != 1 or gazetteer.by_surname(span.text):
        return False
    for start in (span.start - 1, span.start - 2):
        if start < 0 or not all(
            t.is_title and t.ent_type_ in {"", "GPE", "LOC"} for t in doc[start : span.start]
        ):
            return False
        if places.is_place_name(doc[start : span.end].text):
            return True
    return False


def _hyphen_inside(token: Token) -> bool:
    """Whether a token is a hyphen that joins two words with no space ("poet-philosopher")."""
    doc = token.doc
    return (
        token.text == "-"
        and 0 < token.i < len(doc) - 1
        and not token.whitespace_
        and not doc[token.i - 1].whitespace_
        and doc[token.i - 1].is_alpha
        and doc[token.i + 1].is_alpha
    )


# the words that qualify an office between a bloc's name and the office: "ASEAN Special Envoy",
# "AU Deputy Chairperson", "EU High Representative"
OFFICE_QUALIFIERS = frozenset(
    "special deputy acting executive high chief permanent senior interim vice".split()
)


def _office_of_a_body(span: Span) -> bool:
    """Whether a name is a bloc's name and an office after it, qualified or not: "ASEAN Chair",
    "AU Chairperson", "Asean Special Envoy"."""
    if len(span) < 2:
        return False
    last = span[-1]
    office = last.lower_ in HONORIFICS or last.lower_ == "chair" or find_role(last.text) is not None
    if not office:
        return False
    end = len(span) - 1
    while end > 1 and (span[end - 1].lower_ in OFFICE_QUALIFIERS or title_word(span[end - 1])):
        end -= 1
    if end == 1 and _initials_of_a_body(span[0]):
        return True  # "BNP Chairperson", "ANC Secretary": a party's office, whoever holds it
    return any(occasions.names_a_body(span_text(span[:i])) for i in range(end, len(span)))


def _initials_of_a_body(token: Token) -> bool:
    """Whether a word is the initials of a body (a party, a bloc, a firm: "BNP", "ANC"): in
    capitals, two letters or more, and no one's initials the gazetteer lists ("MBS", "AMLO")."""
    letters = token.text.replace(".", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper() and gazetteer.lookup(letters) is None


def _organ_of_a_body(span: Span) -> bool:
    """Whether a name opens with a bloc's name and goes on with no title and no known name: one
    of the bloc's organs or formats ("SADC Organ Troika", "EAC Summit Secretariat"), no person."""
    return (
        len(span) >= 2
        and occasions.names_a_body(span[0].text)
        and not any(title_word(t) for t in span[1:])
        and gazetteer.lookup(span_text(span)) is None
    )


def _after_a_style(tokens: list[Token], i: int) -> bool:
    """Whether a Malay style stands just before a word, its apostrophe aside ("Dato' | Seri")."""
    before = [t for t in tokens[max(0, i - 2) : i] if t.text not in {"'", "’"}]
    return bool(before) and before[-1].lower_.rstrip("'’") in MALAY_STYLES


def _after_country_of_title(tokens: list[Token], start: int, end: int) -> int:
    """Where a name starts after the country words of the title the model tagged with it
    ("Cambodian | King Norodom Sihamoni", "South African | President ..."): the words up to a
    title, when they name a country by name or demonym; ``start`` where no title follows them."""
    for words in (1, 2, 3):
        title = start + words
        if title + 1 >= end or not title_word(tokens[title]):
            continue
        if places.country_named(" ".join(t.text for t in tokens[start:title])):
            return title
    return start


def demonym_before_a_name(word: Token, after: int) -> bool:
    """Whether a word is a noun of nationality glued before a name of ``after`` words, two or more
    ("Spaniard Bartolome Marquez", "the Dane Anders Holm", "Frenchman Paul Roux"), which tells
    where the person is from and is no part of the name; not a country's own name, which is also
    a given name ("Jordan Bardella"), nor one word left ("German Gref")."""
    return (
        after >= 2
        and word.is_title
        and places.country_name(word.text) is None
        and (places.demonym_country(word.text) is not None or word.lower_ in DEMONYM_NOUNS)
        and gazetteer.lookup(span_text(word.doc[word.i : word.i + after + 1])) is None
    )


# nouns of nationality that are no adjective of a country: "Briton", "Frenchman", "Scot"
DEMONYM_NOUNS = frozenset(
    "briton britons frenchman frenchwoman englishman englishwoman scot welshman irishman dutchman "
    "dutchwoman".split()
)


def names_a_street_or_region(span: Span) -> bool:
    """Whether words the model or a rule read as a name are a street's ("7, Lok Kalyan Marg",
    "10, Janpath Road") or a part of a country's ("Sleman, Central Java"), unless the gazetteer
    knows them as someone's."""
    if len(span) < 2:
        return False
    first, last = span[0].lower_, span[-1].lower_
    return (last in STREETS or first in REGION_OPENERS) and gazetteer.lookup(span_text(span)) is None


def clean(ent: Span) -> Span | None:
    """A PERSON entity without titles and honorifics before it, possessives after it, and words
    that cannot be part of a name (a headline's verb, a page's "Related"); None if no name is left,
    or if what is left is no name: a country word with one word after it ("Chinese Party")."""
    start, end = ent.start, ent.end
    doc = ent.doc
    tokens = doc_tokens(doc)
    start = _after_country_of_title(tokens, start, end)
    if start == ent.start and tokens[start].lower_ in {"sri", "seri"} and _after_a_style(tokens, start):
        # "Dato' Seri Anwar", the style tagged apart from the "Seri" it takes, and the titles after
        # it too ("Dato' | Seri Dr | Ahmad"); "Seri" tagged alone is a style, no name
        start += 1
    while start < end and (
        title_word(tokens[start])
        or tokens[start].is_punct
        or tokens[start].like_num
        or tokens[start].tag_ == "VBG"  # "Meeting Modi in New Delhi, ..."
        or tokens[start].lower_ == "the"  # "The King"
        or (tokens[start].lower_ in ORGANS and end - start >= 3)  # "... Committee's Secretariat Le Van A"
        or (is_plural_office(tokens[start]) and end - start >= 3)  # "Justices Ana Lima and ..."
        or (tokens[start].lower_ in SPORTING_TITLES and end - start >= 2)  # "Striker Bruno Lula met"
    ):
        if (
            tokens[start].lower_ in MALAY_STYLES
            and start + 1 < end
            and tokens[start + 1].lower_ in {"sri", "seri"}
        ):
            start += 1
        start += 1
    start = _after_body_and_office(tokens, start, end)
    start = _after_office(doc, start, end)
    for i in range(start, end):
        if (
            i > start
            and (not_a_name_word(tokens[i]) or _dash(tokens[i]))
            and not _particle_inside(doc, i, end)
        ):
            end = i
            break
    while end > start and (
        tokens[end - 1].lower_ in {"'s", "’s", "'"} or tokens[end - 1].is_punct or tokens[end - 1].is_space
    ):
        end -= 1
    if start >= end:  # only titles: the name may be the untagged words after them
        if start != ent.end or not title_word(tokens[start - 1]):
            return None
        end = name_goes_on(doc, start)  # "Datuk Seri" + "Saifuddin Nasution Ismail"
        if end == start:
            return None
    elif end == ent.end or (end == ent.end - 1 and tokens[end].text == "-"):
        end = name_goes_on(doc, end)
    if demonym_before_a_name(tokens[start], end - start - 1):
        start += 1  # "Qatar's Spaniard Bartolome Marquez Lopez": his nationality, no part of his name
    if (
        start == ent.start
        and start > 0
        # "Afterwards Erdogan ...": not a sentence's first word, unless it is a name itself, an
        # official's surname the name goes on from ("Son" of "Son Heung-min scored"), no official,
        # or the given name of another of an official's family ("Hamza | Shehbaz Sharif met ...")
        and (
            not tokens[start - 1].is_sent_start
            or _a_surname_going_on(tokens[start - 1])
            or another_of_the_family(tokens[start - 1], doc[start:end])
        )
        and not (end - start >= 2 and tokens[start + 1].lower_ in PATRONYMIC)  # "Mohamed bin ...": his own
        and given_name(tokens[start - 1], doc[start:end])
        and (  # where it knows the surname, it knows the given names: the official's, or a relative's
            not any(gazetteer.by_surname(t.text) for t in doc[start:end])
            or _known_in_full(doc[start - 1 : end].text)  # "Ferdinand" + "Romualdez Marcos Jr."
            or another_of_the_family(tokens[start - 1], doc[start:end])  # "Namal" + "Rajapaksa"
        )
    ):
        start -= 1  # "Firdous Ashiq Awan", tagged from "Ashiq" on
    span = doc[start:end]
    text = span_text(span)  # asked below again and again: joined once
    # its words from the doc's tokens made once, not a new Token at each span[0], span[-1] or walk
    words = tokens[start:end]
    last = words[-1].lower_ if words else ""  # no words: no capital letter, no name (below)
    if (
        fold(text) in NOT_PEOPLE
        or not any(c.isupper() for c in text)
        or NOT_A_NAME.search(text)
        or not_a_name_word(words[0])
        or words[0].lower_ in PLURAL_ARTICLES  # "Los Reyes en Cuba": Spanish "the Kings", no one
        or _pair_of_surnames(text.replace(" ", ""))
        or last in STYLES_OF_ADDRESS  # "Sa Majesté", "Your Excellency": a style, no name
        or last in BUILDINGS  # "Rashtrapati Bhavan", "Dusit Palace": a place, not a person
        or names_a_street_or_region(span)  # "Lok Kalyan Marg", "Central Java": a place, no one
        or last in LEGISLATURES  # "the Speaker of the Lok Sabha": a chamber, no one
        or last in DOCUMENTS  # "the Lusaka Roadmap": a text named after a place
        or last in PORTFOLIO_ENDS  # "Cabinet Secretary for Foreign and Diaspora Affairs": a portfolio
        or (len(span) >= 2 and last in HONOURS)  # "José Rizal Order": a decoration
        or _office_of_a_country(span)  # "Maldives VP", "Ghana FM": an office, no name
        or _cut_from_its_office(span)  # "Maldives Defence" + "Minister": an office, no name
        or _a_countrys_sports_body(span)  # "Sri Lanka Cricket": a sport's body, no name
        or _one_of_the_bodies_listed(span)  # "parties including the BNP, A and B"
        or is_named_after(span)  # "the Narendra Modi Stadium", "Jomo Kenyatta International Airport"
        or (len(span) >= 2 and words[0].lower_ in BUILDINGS_FIRST)  # "Palazzo Chigi"
        or _a_buildings_first_word(span)  # "Áras" of "Áras an Uachtaráin"
        or _a_building_where_it_stands(span)  # "visited Carlingford Castle", "at Dublin Castle"
        or (len(span) >= 2 and _a_buildings_name(span))  # "Seri Perdana", after "Kompleks Seri Perdana"
        or _saint(span)
        or occasions.names_a_body(text)  # "Mercosur", "ASEAN": a bloc, no person
        or _office_of_a_body(span)  # "ASEAN Chair": an office, no person
        or _organ_of_a_body(span)  # "SADC Organ Troika": one of a bloc's organs, no person
        or any(fold(t.text) in MALAY_ROYAL_OFFICES for t in words)  # "Yang di-Pertuan Agong"
        or _late_father(span)  # "ibni Al-Marhum Sultan Haji Omar Ali Saifuddien"
        or any(_members(t) for t in words)  # "Kenya Kwanza MPs": a party's members
        or _held_by_someone(span)  # "state-owned Sinopec": a company
    ):
        return None
    if places.country_named(text):
        return None  # "Nepal", "Sri Lankan"
    if len(span) == 1 and _a_place_word(words[0]):
        return None  # "a number of Sheikhs", "present at Ganabhaban"
    if _office_of_a_place(span):
        return None  # "the Sultan and Yang Di-Pertuan of Brunei"
    if all(t.lower_ in NAME_PARTICLES or t.is_punct for t in words):
        return None  # "Al" of a name the model split
    if end + 1 < len(doc) and joining_hyphen(tokens[end]):
        glued = doc[start : end + 2].text
        if places.country_name(glued) or places.resolve_place(glued) is not None:
            return None  # "Timor" of "Timor-Leste"
    if _joined_through_a_small_word(doc, start, end):
        return None  # "Mar" of "Mar-a-Lago", "Trent" of "Stoke-on-Trent": a place's name, joined
    if len(span) >= 2 and gazetteer.lookup(text) is None and places.is_place_name(text):
        return None  # "Burkina Faso", "Nusa Dua": a country or a city, tagged as a person
    if _end_of_a_place(span):
        return None  # "Bahru" of "in Johor Bahru": the model tagged a city's last word alone
    if _places_joined(text):
        return None  # "Senegal-Mali", "the Dakar-Bamako corridor": two places, no one
    if len(span) == 2 and places.demonym_country(words[0].text) and gazetteer.lookup(text) is None:
        return None  # "Chinese Party", "Russian Ministry"
    return span


# The words of the Malay rulers' offices, which the model tags as names: "the Yang di-Pertuan Agong"
# (Malaysia's king), "Sultan and Yang Di-Pertuan of Brunei", "Yang di-Pertua Negeri" (a governor).
MALAY_ROYAL_OFFICES = frozenset("pertuan dipertuan pertua dipertua agong".split())
# "the late" in a Malay ruler's style: "Sultan Ibrahim ibni Almarhum Sultan Iskandar" (son of the
# late Sultan Iskandar), "Allahyarham" for a commoner
THE_LATE = frozenset("marhum almarhum al-marhum marhumah almarhumah allahyarham allahyarhamah".split())
# "son of" in a ruler's style, before his father's name: "Sultan Hassanal Bolkiah ibni Sultan Omar"
SON_OF = frozenset("ibni ibnu".split())


# the participles that tell a body by whoever holds it: "state-owned", "family-run", "Hong Kong-listed"
HELD_BY = frozenset("owned run listed controlled".split())


# the offices of one word that are English surnames too: "thanked Georgia King"
SURNAME_OFFICES = frozenset("king chancellor".split())


def _office_of_a_country(span: Span) -> bool:
    """Whether a name is a country's name or adjective and an office, and nothing else: "Maldives
    VP", "Ghana FM", "Kenyan PM" as headlines write them; an office with no name, whose holder the
    article may name elsewhere. An office of one word counts only abbreviated: "King" and "Bishop"
    are surnames too ("thanked Georgia King")."""
    for words in (1, 2, 3):
        if words >= len(span):
            return False
        office = span[words:]
        if (
            (len(office) >= 2 or office[0].is_upper or office[0].lower_ not in SURNAME_OFFICES)
            and places.country_named(span_text(span[:words]))
            and is_office(span_text(office))
        ):
            return True
    return False


def _cut_from_its_office(span: Span) -> bool:
    """Whether a name is a country's name and the first words of an office whose title word the
    model left after it ("Maldives Defence" of "Maldives Defence Minister A", "Kenya Foreign" of
    "Kenya Foreign Secretary"): the office's words, no name."""
    doc, end = span.doc, span.end
    while end < len(doc) and title_word(doc[end]) and end - span.end < 3:
        end += 1
    return end > span.end and _office_of_a_country(doc[span.start : end])


def _a_countrys_sports_body(span: Span) -> bool:
    """Whether a name is a country's name and a sport's, the body that runs the sport there ("Sri
    Lanka Cricket", "Kenya Rugby", "Rugby Australia"): an organisation, no person."""
    if len(span) < 2:
        return False
    words = [t.lower_ for t in span]
    if words[-1] in SPORTS:
        return places.country_named(span_text(span[:-1])) is not None
    return words[0] in SPORTS and places.country_named(span_text(span[1:])) is not None


# the nouns of bodies that a list names members of: "parties including A and B", "groups such as A"
LISTED_BODIES = frozenset(
    "party parties group groups organisation organisations organization organizations movement "
    "movements faction factions outfit outfits company companies firm firms union unions body bodies "
    "alliance alliances coalition coalitions militia militias association associations".split()
)


def _one_of_the_bodies_listed(span: Span) -> bool:
    """Whether a name is one of a list that tells which bodies are meant ("leaders of political
    parties including the BNP, A and the B Party", "groups such as A"): a party or a group, which
    the model may tag as a person; not "leaders including A and B", who are people, nor "a group
    of lawmakers, including A", whose members are named."""
    token = span.root
    while token.dep_ in {"conj", "appos"} and token.head.i != token.i:
        token = token.head
    if token.dep_ != "pobj":
        return False
    marker = token.head
    if marker.lower_ == "as" and marker.i > 0 and marker.nbor(-1).lower_ == "such":
        owner = marker.nbor(-1).head if marker.head.lower_ == "such" else marker.head
    elif marker.lower_ in {"including", "like"}:
        owner = marker.head
    else:
        return False
    members = [g for c in children_of(owner) if c.dep_ == "prep" and c.lower_ == "of" for g in children_of(c)]
    if any(g.dep_ == "pobj" for g in members):
        return False  # "a group of lawmakers, including A": the group's members are named
    return owner.lower_ in LISTED_BODIES


def _a_buildings_name(span: Span) -> bool:
    """Whether the article writes a name of several words elsewhere after the word of a building
    that opens a building's name ("at Kompleks Seri Perdana in Putrajaya ... drove him to Seri
    Perdana", "Palazzo Chigi ... at Chigi"): the building told again without it, no person."""
    doc = span.doc
    if _BUILDING_NAMES not in doc.user_data:  # most articles name no building: no search at all
        doc.user_data[_BUILDING_NAMES] = {} if _A_BUILDINGS_WORD.search(doc_text(doc)) else None
    found: dict[str, bool] | None = doc.user_data[_BUILDING_NAMES]
    if found is None:
        return False
    text = span_text(span)
    if text not in found:
        found[text] = (
            re.search(rf"{_A_BUILDINGS_WORD.pattern}{re.escape(text)}\b", doc_text(doc), re.IGNORECASE)
            is not None
        )
    return found[text]


def _a_buildings_first_word(span: Span) -> bool:
    """Whether a single word is the building's word opening a name the model cut after it:
    "Áras" of "Áras an Uachtaráin", "Casa" of "Casa de Nariño"; not such a word alone, a surname
    ("Villa said")."""
    if len(span) != 1 or span[0].lower_ not in BUILDINGS_FIRST or span.end >= len(span.doc):
        return False
    after = span.doc[span.end]
    return after.lower_ in BUILDING_PARTICLES or (after.is_title and not after.is_sent_start)


def _a_building_where_it_stands(span: Span) -> bool:
    """Whether a name ending in a building's word that is also a surname names a building: the
    words before it name a place ("Edinburgh Castle", "Lancaster House"), or the name stands where
    a place does, after "at", "in" or "to", or as what someone visits ("visited Carlingford Castle
    in Co Louth"); not "talks with Barbara Castle" or "Stuart Hall said"."""
    if len(span) < 2 or span[-1].lower_ not in SURNAME_BUILDINGS:
        return False
    if places.is_place_name(span_text(span[:-1])):
        return True
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS:
        return True
    return root.dep_ == "dobj" and root.head.lemma_.lower() in {"visit", "tour"}


_BUILDING_NAMES = "dipgraph.building_names"
# a building's word before the rest of its name ("Palazzo Chigi"): no name can follow a building's
# word in a text that holds none, so no search for the name is made there
_A_BUILDINGS_WORD = re.compile(rf"\b(?:{'|'.join(sorted(BUILDINGS_FIRST))})\s+", re.IGNORECASE)


def _held_by_someone(span: Span) -> bool:
    """Whether a name follows a word telling who holds it ("state-owned Sinopec", "state-run
    Xinhua", "Hong Kong-listed Lenovo"): a company or an outlet, which someone owns; no person."""
    doc = span.doc
    before = span.start - 1
    return before >= 2 and doc[before].lower_ in HELD_BY and doc[before - 1].text == "-"


def _late_father(span: Span) -> bool:
    """Whether a name stands after "ibni" ("son of") or "Almarhum" ("the late") in a Malay
    ruler's style, through the titles and name words between: the ruler's father, named in his
    style, who takes part in nothing ("Sultan Hassanal Bolkiah ibni Al-Marhum Sultan Haji Omar
    'Ali Saifuddien Sa'adul Khairi Waddien")."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and span.start - i <= 12:
        token = doc[i]
        word = fold(token.text)
        if word in THE_LATE or word in SON_OF:
            return True
        if not (token.text[:1].isupper() or token.text in {"'", "’", "-"} or word in LINEAGE):
            return False
        i -= 1
    return False


def _places_joined(text: str) -> bool:
    """Whether a name is places joined by hyphens or dashes, as a headline's kicker or a route
    writes them: countries ("Senegal-Mali"), peoples ("Tajik-Kyrgyz") or cities named alone
    ("Dakar-Bamako").

    >>> _places_joined("Senegal-Mali"), _places_joined("Dakar–Bamako"), _places_joined("Jean-Marie")
    (True, True, False)
    """
    parts = re.split(r"[-–—]", text)
    return len(parts) >= 2 and all(places.country_named(part) or places.is_city_alone(part) for part in parts)


RESIDENCES = frozenset("residence palace office house".split())


def _a_place_word(token: Token) -> bool:
    """Whether one word tagged as a name is a title in the plural ("a number of Sheikhs") or,
    unknown to the gazetteer, a place: a building's name ("her official residence Ganabhaban") or
    what one is "at" ("were present at Ganabhaban")."""
    word = token.lower_
    if word.endswith("s") and (word[:-1] in HONORIFICS or word[:-1] in TITLES):
        return True
    if gazetteer.lookup(token.text) is not None or officials_by_surname(token.text):
        return False  # "the Apostolic Palace, the Holy Father Francis": the pope, set beside it
    if token.dep_ in {"appos", "npadvmod"} and token.head.lower_ in RESIDENCES:
        return True
    return token.dep_ == "pobj" and token.head.lower_ == "at" and token.i > 0 and token.nbor(-1) == token.head


def _office_of_a_place(span: Span) -> bool:
    """Words with "the" before them and "of" a country or a place after them, which make an
    office and no name: "the Sultan and Yang Di-Pertuan of Brunei Darussalam" (a name after a
    title takes no "the": "King Abdullah of Jordan")."""
    root = span.root
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(root)):
        return False
    places_after = [
        g.doc[g.left_edge.i : g.i + 1].text
        for c in children_of(root)
        if c.dep_ == "prep" and c.lower_ == "of" and c.i >= span.end
        for g in children_of(c)
        if g.dep_ == "pobj" and g.text[:1].isupper()
    ]
    return any(places.country_name(p) or places.resolve_place(p) is not None for p in places_after)


def _saint(span: Span) -> bool:
    """A saint's name, which names a church or a place, not a person in the news: "Paul" in "the
    Cathedral of Saints Peter and Paul"."""
    tokens = doc_tokens(span.doc)
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    before = tokens[max(first.left_edge.i - 1, 0) : first.i]
    words = before + tokens[span.start : min(span.start + 1, span.end)]  # and the span's first word
    if span.start > 0:
        words.append(tokens[span.start - 1])
    # an office between them makes the saint's word a place's ("St Vincent Prime Minister Ralph
    # Gonsalves"): the name is the office holder's, not the saint's
    return any(
        t.lower_ in SAINTS and t.is_title and not any(w.lower_ in OFFICE_WORDS for w in tokens[t.i : first.i])
        for t in words
    )


def _after_body_and_office(tokens: list[Token], start: int, end: int) -> int:
    """Where a name starts once a body's name and its office the model ran into it are left out:
    "Progressive Caucus Chairwoman | Jane Doe", "Party Committee Secretary | John Roe" (a body's
    last word, then titles, then two name words at least)."""
    for j in range(start, end - 3):
        if tokens[j].lower_ in ORGANS and title_word(tokens[j + 1]):
            k = j + 1
            while k < end and title_word(tokens[k]):
                k += 1
            if end - k >= 2:
                return k
    return start


def _after_office(doc: Doc, start: int, end: int) -> int:
    """Where a name starts once the end of an office before it is left out: the country or the
    region of "Prime Minister of Armenia Nikol Pashinyan", of "Ambassador to Nepal Jane Doe",
    "Special Envoy on Myanmar John Roe" and "Minister for Africa Jane Roe", the plural noun of
    "Minister of Foreign Affairs ... and Moroccan Expatriates Nasser Bourita" (two name words or
    more after it)."""
    glue = start - 1 - (start > 1 and doc[start - 1].lower_ == "the")  # "for the Middle East"
    if glue >= 0 and (doc[glue].lower_ == "of" or destination_of_office(doc, glue)):
        if _a_remits_place(doc[start:end].text):
            return start  # the country is all there is: "Yang Di-Pertuan of Brunei Darussalam"
        for n in (3, 2, 1):
            # a region only before two name words or more: "Minister for Africa | Andrew Mitchell"
            if start + n < end - 1 and places.is_world_region(doc[start : start + n].text):
                return start + n
            if start + n < end and places.country_name(doc[start : start + n].text):
                return start + n
    if end - start >= 3 and doc[start].tag_ == "NNPS":
        return start + 1
    return _after_portfolio(doc, start, end)


def _after_portfolio(doc: Doc, start: int, end: int) -> int:
    """Where a name starts once the words of a ministry's portfolio the model ran into it are left
    out: "Minister of Labour | Ali bin Saeed al-Kuwari", "Minister of Solid Minerals Development |
    Dele Alake" (the entity begun at the portfolio or inside it, after the "of" or "for" of an
    office); the name is the words after the portfolio's last word, two at least."""
    last = max((t.i for t in doc[start:end] if t.lower_ in PORTFOLIO_WORDS), default=None)
    if last is None or end - last - 1 < 2:
        return start
    glue = start
    while glue > max(0, start - 4) and doc[glue - 1].is_title and doc[glue - 1].is_alpha:
        glue -= 1  # back over the portfolio's words written before the entity
    if glue < 2 or doc[glue - 1].lower_ not in {"of", "for"}:
        return start
    office = doc[glue - 2]
    if not office.is_title or not (title_word(office) or find_role(office.text) is not None):
        return start
    return last + 1


def destination_of_office(doc: Doc, i: int) -> bool:
    """Whether a word is the "to", "for" or "on" between an office and the country or the region
    it serves: "Ambassador to Nepal", "Special Envoy for Sudan", "Special Rapporteur on Myanmar"
    (a title or an office word before it)."""
    if i < 1 or doc[i].lower_ not in {"to", "for", "on"}:
        return False
    before = doc[i - 1]
    return before.is_title and (
        title_word(before)
        or before.lower_ in OFFICE_WORDS | REMIT_HOLDERS
        or find_role(doc[max(doc[i].sent.start, i - 3) : i].text) is not None
    )


# the offices news names with the country, region or matter they are charged with after "for"
# or "on", which are no title before a name on their own: "UN Special Rapporteur on Myanmar", "EU
# Special Representative for the Sahel", "Resident Coordinator for Yemen"
REMIT_HOLDERS = frozenset("rapporteur representative coordinator commissioner".split())


def _a_remits_place(text: str) -> bool:
    """Whether words after an office's "of", "to", "for" or "on" are a country's or a region of
    the world's name, and so the office's and no part of the name after them ("Special Envoy on
    Myanmar | Prak Sokhonn", "Minister for Africa | Andrew Mitchell")."""
    return places.country_name(text) is not None or places.is_world_region(text)


# Lower-case words inside a name that need a capitalised word after them: "Lula da Silva",
# "el-Menfi", "bin Ahmed", "von der Leyen".
NAME_PARTICLES = LINEAGE | frozenset("da de do dos das van von der den di du".split())
# Articles that follow a particle before the family name: "de la Fuente", "de los Santos",
# "van der Bellen", "de las Casas".
PARTICLE_ARTICLES = frozenset("la las los le der den".split())
# The Portuguese and Spanish "and" that joins a person's two family names: "Ulisses Correia e
# Silva", "José Ortega y Gasset". Only between two capitalised name words after a given name.
JOINING_WORDS = frozenset({"e", "y"})


def name_goes_on(doc: Doc, end: int) -> int:
    """Where a name the model cut short ends: it goes on over a family name joined by a hyphen
    to a particle ("Mohammad Sabah Al-" + "Salem"), a particle and the capitalised word after it
    ("Mohamed Younes" + "el-Menfi", "bin Ahmed"), and capitalised words the model left untyped that
    are no title, office, country or page word ("Abdul Latif Jamal" + "Rashid", "Fiamē Naomi" +
    "Mata'afa"), except in a headline; three such parts at most. A Portuguese or Spanish "e" or "y"
    joins two family names after a given name and a family name ("Ulisses Correia" + "e Silva")."""
    sentence = doc[end - 1].sent
    headline = sentence[-1].text not in {".", "!", "?"} and not any(
        t.is_lower and len(t) > 3 for t in span_tokens(sentence)
    )
    added, particle_at = 0, -1
    while end < sentence.end and added < 3:
        last, token = doc[end - 1], doc[end]
        if joining_hyphen(token) and last.lower_ in LINEAGE:
            step = 2  # "Al-" + "Salem"
        elif added == 0 and _double_barrelled(doc, end):
            step = 2  # "Phumzile Mlambo" + "-Ngcuka"
        elif token.lower_ in NAME_PARTICLES and last.whitespace_ and not token.is_upper:
            step = 3 if end + 2 < sentence.end and doc[end + 1].text == "-" and not token.whitespace_ else 2
            if step == 2 and end + 2 < sentence.end and doc[end + 1].text in PARTICLE_ARTICLES:
                step = 3  # "Juan Ramón" + "de la Fuente"
        elif _joins_family_names(doc, end, sentence.end):
            step = 2  # "Ulisses Correia" + "e Silva"
        elif end - 1 != particle_at and _particle_inside(doc, end - 1, end + 1):
            step = 1  # "Helga von der" + "Linden", the family name tagged a place: a particle needs it
        elif (
            (token.ent_type_ == "" or (token.ent_iob_ == "I" and end - 1 == particle_at))
            and last.whitespace_
            and not headline
            and name_word(token, tagged=end - 1 != particle_at and not _a_capitalised_small_word(token))
        ):  # "Bendito dos Santos" + "Freitas", where the model took the words after "dos" for a firm
            end, added = end + 1, added + 1
            continue
        else:
            break
        if end + step > sentence.end or not name_word(doc[end + step - 1], tagged=False):
            break
        end, added, particle_at = end + step, added + 1, end + step - 1
    return end


def _a_capitalised_small_word(token: Token) -> bool:
    """Whether a word the tagger read as one of English's small words ("than", "for", "so") is
    written with a capital inside a sentence and ends its clause ("Mahn Win Khaing" + "Than,"):
    prose writes those words in lower case, so it is a name's word the tagger misread."""
    after = token.i + 1
    return (
        token.is_title
        and not token.is_sent_start
        and token.is_stop
        and token.pos_ not in {"PROPN", "NOUN", "PRON"}
        and (after >= len(token.doc) or token.doc[after].is_punct)
    )


def _particle_inside(doc: Doc, i: int, end: int) -> bool:
    """Whether the word at ``i`` is a particle of a family name inside a name tagged whole, or the
    article after one, a capitalised name word after it within the name: "Ana de las" + "Heras",
    "Karl van der" + "Meer", "Luis de" + "Guindos"; the model reads "de" and "las" as a
    preposition and a determiner, which would end the name."""
    word = doc[i]
    particle = word.lower_ in NAME_PARTICLES or (
        word.lower_ in PARTICLE_ARTICLES and i > 0 and doc[i - 1].lower_ in NAME_PARTICLES
    )
    if not particle or not word.is_lower:
        return False
    after = i + 1
    if after < end and doc[after].lower_ in PARTICLE_ARTICLES and word.lower_ in NAME_PARTICLES:
        after += 1  # "de" + "las" + "Heras"
    return after < end and doc[after].is_title and doc[after].is_alpha


def _joins_family_names(doc: Doc, end: int, limit: int) -> bool:
    """Whether the word at ``end`` is the Portuguese or Spanish "and" (:data:`JOINING_WORDS`)
    between the two family names of the name ending before it: written in lower case with spaces
    round it, after a given name and a family name ("Ulisses Correia" + "e Silva", "Mariano Rajoy"
    + "y Brey"), a name word after it that is no office, country or title."""
    if end < 2 or end + 1 >= limit:
        return False
    token, last, before = doc[end], doc[end - 1], doc[end - 2]
    return (
        token.text in JOINING_WORDS
        and bool(last.whitespace_)
        and bool(token.whitespace_)
        and name_word(last, tagged=False)
        and before.is_title
        and before.is_alpha
    )


def _double_barrelled(doc: Doc, end: int) -> bool:
    """Whether the name ending before ``end`` goes on over a hyphen into a family name of two
    words ("Phumzile Mlambo" + "-Ngcuka", "Maria Ribeiro" + "-Viotti"): a given name and a surname
    before the hyphen, a name word after it that ends the name. Not two people's surnames
    joined ("the Vladimir Putin-Xi summit", whose "Xi" the tables know), nor a name run on into
    the words after it ("William Ruto-Raila Odinga")."""
    if end + 1 >= len(doc) or not joining_hyphen(doc[end]) or end < 2:
        return False
    before, surname, after = doc[end - 2], doc[end - 1], doc[end + 1]
    ends = end + 2 >= len(doc) or not (doc[end + 2].is_title and doc[end + 2].pos_ == "PROPN")
    return (
        before.ent_type_ == surname.ent_type_ == "PERSON"
        and before.is_title
        and surname.is_title
        and after.is_title
        and ends
        and name_word(after, tagged=False)
        and not gazetteer.by_surname(after.text)
        and not gazetteer.by_surname(surname.text)
        and places.resolve_place(after.text) is None
    )


def _members(token: Token) -> bool:
    """An acronym in the plural, which names the members of a body and no one alone: "MPs",
    "MEPs", "MPs-elect"."""
    return re.fullmatch(r"[A-Z]{2,}s", token.text) is not None


def _dash(token: Token) -> bool:
    """A dash with a space on a side, which ends a name: "Pedro Vilela - Agência Brasil"."""
    return token.text in {"-", "–", "—"} and bool(token.whitespace_ or token.nbor(-1).whitespace_)


def name_word(token: Token, *, tagged: bool = True) -> bool:
    """A capitalised word that can be part of a name: no acronym, title, office, role, country,
    nationality or word of a page; tagged a proper noun unless ``tagged`` is false (after a
    particle, "dos Santos", the model often tags the words as common nouns). After "bin" or
    "bint" a word that is also a title or office is the father's name ("Badr bin Sultan")."""
    text = token.text
    fathers = token.i > 0 and token.nbor(-1).lower_ in PATRONYMIC
    return (
        text[:1].isupper()
        and not token.is_upper
        and not _members(token)
        and text.replace("'", "").replace("’", "").isalpha()
        and (token.pos_ == "PROPN" or not tagged)
        and not title_word(token)
        and not not_a_name_word(token)
        and (fathers or (token.lower_ not in OFFICE_WORDS and find_role(text) is None))
        and fold(text) not in NOT_PEOPLE
        and places.demonym_country(text) is None
        and places.country_name(text) is None
    )


# Words of offices that stand before a name with a capital and are no given name ("Mayor").
OFFICE_WORDS = frozenset(
    "mayor governor chief commander director chairman chairwoman head adviser advisor aide minister "
    "officer leader pope cardinal archbishop bishop imam rabbi judge justice speaker candidate captain major "
    "lady gentleman".split()
)


# the plural articles of Spanish and Portuguese, which open a headline's noun in the outlet's own
# language ("Los Reyes", the king and queen; "Los Presidentes") and never a person's name ("de
# los Santos" is a family name that the particle "de" opens)
PLURAL_ARTICLES = frozenset("los las".split())
# the last words of a ministry's portfolio, which end no one's name: "Diaspora Affairs" of
# "Cabinet Secretary for Foreign and Diaspora Affairs", tagged by the model as a person
PORTFOLIO_ENDS = frozenset("affairs relations".split())
# the words of a ministry's portfolio, never of a name after it
PORTFOLIO_WORDS = frozenset(
    "affairs interior defence defense finance economy trade industry industries enterprises health education "
    "justice energy agriculture state foreign home development cooperation commerce planning "
    "security transport works environment labour labor culture tourism information investment "
    "relations".split()
)


def given_name(token: Token, name: Span) -> bool:
    """Whether a word right before a name is a given name of it the model left out: a capitalised
    proper noun modifying the name, typed as nothing, no title, office, place, people or page word
    ("Firdous" before "Ashiq Awan"), and no capitalised word before it (one word only) but a title
    or the end of an office or a country ("Minister of Defense Murhaf Abu Qasra", "President of the
    Philippines Ferdinand ..."); after a title, a place's name is a given name ("Datuk Seri Amran")."""
    before = token.nbor(-1) if token.i > 0 else None
    titled = before is not None and title_word(before)
    return (
        token.is_title
        and token.pos_ in {"PROPN", "VERB"}  # "counterpart Taye | Atske Selassie", "Taye" read as a verb
        and token.dep_ == "compound"
        and name.start <= token.head.i < name.end
        and token.ent_type_ == ""
        and not title_word(token)
        and not not_a_name_word(token)
        and token.lower_ not in OFFICE_WORDS
        and not is_plural_office(token)
        and find_role(token.text) is None
        and fold(token.text) not in NOT_PEOPLE
        # "Datuk Seri Amran", "the UAE Ambassador, Salem Saeed Al-Shamsi,"; not "Gaza"
        and (places.resolve_place(token.text) is None or titled or _set_off_after_an_office(token, name))
        and places.demonym_country(token.text) is None
        and places.country_name(token.text) is None
        and not (before is not None and before.is_title and not titled and not _ends_office(before))
        and not (before is not None and destination_of_office(token.doc, before.i))  # "for Refugees"
        and token.lower_ not in PORTFOLIO_WORDS  # "Minister of Economic | Development"
        and token.lower_ not in BODIES  # "Chairman of the Presidency | Denis Becirovic"
        and not (before is not None and _portfolio_joined(before))  # "for Information and | Broadcasting"
    )


def _set_off_after_an_office(token: Token, name: Span) -> bool:
    """Whether a word opens a name of three words or more set off by a comma after the office it
    names ("the UAE Ambassador to Nigeria, Salem Saeed Al-Shamsi,"): the whole run is the person's
    name, a place's name among its words a given name ("Salem", "Florence", "Victoria")."""
    root = name.root
    office = root.head
    if office.dep_ == "pobj" and office.head.dep_ == "prep":
        office = office.head.head  # "the envoy to Kenya, A": the parser hung the name on the state
    return (
        token.i > 0
        and token.nbor(-1).text == ","
        and len(name) >= 2
        and root.dep_ == "appos"
        and root.head.i < token.i
        and (title_word(office) or find_role(office.text) is not None)
    )


def _portfolio_joined(word: Token) -> bool:
    """Whether a word is the "and" that joins two words of an office's portfolio: "Minister of
    State for Ports and | Shipping", the word after it no given name of the name after that."""
    return (
        word.lower_ in {"and", "&"} and word.i > 0 and word.nbor(-1).is_title and _ends_office(word.nbor(-1))
    )


def is_plural_office(token: Token) -> bool:
    """An office in the plural, before the names of its holders: "Justices", "Senators"."""
    word = token.lower_
    return token.is_title and word.endswith("s") and (word[:-1] in OFFICE_WORDS or word[:-1] in TITLES)


def _a_surname_going_on(token: Token) -> bool:
    """Whether a sentence's first word, right before a name the model tagged from the next word,
    is a known official's surname, as family names are written first ("Son Heung-min scored",
    tagged from "Heung-min"): a name, no sentence's opening word ("Afterwards Erdogan"), and the
    family name of someone whose given name is not the official's (Son Heung-min, a footballer, is
    not Bui Thanh Son). Where the name's own words are a known surname the two are two people
    ("Xi Putin talks"): :func:`clean` asks that apart."""
    return bool(gazetteer.by_surname(token.text))


def another_of_the_family(token: Token, name: Span) -> bool:
    """Whether a given name the model left off before a known official's family name names another
    of the family, as relatives share it ("Namal | Rajapaksa" beside President Gotabaya Rajapaksa,
    "Hamza | Shehbaz Sharif", Shehbaz Sharif's son): a word that begins no word of the names of the
    officials of that family with its first three letters (not "Recep" of Recep Tayyip Erdoğan,
    nor "Sergei" for Sergey), no given name news leaves off ("Muhammad"), no official's surname
    itself ("Xi | Putin talks") and no word of English ("Afterwards | Erdogan")."""
    officials = [o for t in name for o in gazetteer.by_surname(t.text)]
    word = fold(token.text)
    return (
        bool(officials)
        and len(word) >= 3
        and word not in FRONT_NAMES
        and not gazetteer.by_surname(token.text)
        and word not in english_words()
        and all(
            not w.startswith(word[:3])
            for o in officials
            for n in (o.name, *o.aliases)
            for w in fold(n).split()
        )
    )


def _known_in_full(text: str) -> bool:
    """Whether the gazetteer knows a name as written, or written with a middle name it leaves out."""
    known = gazetteer.gazetteer()
    return known.lookup(text) is not None or known.fuller(text) is not None


# words that join an office to its portfolio or country: "Minister of Defense", "President of the
# People's Republic of China", "Minister for Energy"
OFFICE_GLUE = frozenset("of for the and 's ’s".split())


def _ends_office(token: Token) -> bool:
    """Whether a capitalised word ends the office or the country written before a name, so that the
    word after it may be the name's first: "Defense" in "Minister of Defense Murhaf Abu Qasra",
    "Philippines" in "President of the Philippines Ferdinand ..."."""
    if places.country_named(token.text):
        return True
    doc = token.doc
    i, glued = token.i, False
    while i > max(token.sent.start, token.i - 6):
        i -= 1
        word = doc[i]
        if word.lower_ in OFFICE_GLUE:
            glued = True
        elif title_word(word) or find_role(word.text) is not None:
            return glued
        elif not word.is_title:
            return False
    return False


# the nouns that end the name of an assembly, a court or a body whose head a name may follow;
# "the Opposition" of a parliament, whose head is its Leader ("Leader of the Opposition A B")
# the names of legislatures that news keeps in their own languages, each the last word of its name
# and never a person's: "Lok Sabha", "Knesset", "Sejm", "Verkhovna Rada", "Jatiya Sangsad"
# ("Cortes" is left out: a surname as often)
LEGISLATURES = frozenset(
    "sabha knesset sejm bundestag bundesrat storting riksdag folketing althing eduskunta saeima seimas "
    "riigikogu rada oireachtas dáil seanad jirga sangsad hluttaw mejlis sobranie skupština skupstina "
    "senedd".split()
)
BODIES = (
    frozenset(
        "assembly parliament council committee commission senate duma congress court bank union "
        "khural majlis legislature secretariat politburo presidium presidency bureau opposition".split()
    )
    | LEGISLATURES
)
# the last word of a body's name, which the model may run into the name of its member after it:
# "Permanent Member of the Party Central Committee's Secretariat Le Van An"
ORGANS = BODIES | INSTITUTIONS | frozenset("cabinet directorate caucus".split())


def _joined_through_a_small_word(doc: Doc, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` are joined by hyphens, through a word in small
    letters, to a capitalised word before or after them: "Mar-a-Lago", "Stoke-on-Trent" are one
    name of a place, and no part of it names a person (a pair of names, "Putin-Xi", is joined by
    one hyphen, with no small word between)."""

    def joined(first: int) -> bool:  # hyphen, small word, hyphen, capitalised word from ``first``
        words = doc[first : first + 4]
        return (
            len(words) == 4
            and joining_hyphen(words[0])
            and words[1].is_lower
            and words[1].is_alpha
            and joining_hyphen(words[2])
            and words[3].is_title
        )

    return joined(end) or (start >= 4 and doc[start - 4].is_title and joined(start - 3))


def joining_hyphen(token: Token) -> bool:
    """A hyphen with no space on either side, which joins two words into one: "Al-Jaber",
    "Putin-Trump", "Timor-Leste"."""
    return token.text == "-" and token.i > 0 and not token.whitespace_ and not token.nbor(-1).whitespace_


def _pair_of_surnames(word: str) -> bool:
    """ "Putin-Zelensky", "Biden-Xi": two officials' surnames joined, a pair and no one's name."""
    parts = word.split("-")
    return len(parts) == 2 and all(p[:1].isupper() and gazetteer.by_surname(p) for p in parts)


def not_a_name_word(token: Token) -> bool:
    """A word that ends a name where the model ran on: a meeting word of a title-cased headline
    ("Xi Hold Talks", "Meets With"), a word of the page's furniture ("Related"), a preposition;
    not the capitalised word after "Al" or "bin" inside a name, the house's or father's name even
    where it is a word of English ("Sayyid Asaad bin Tariq Al Said", "Al-Said")."""
    word = token.lower_
    before = token.nbor(-1) if token.i > 0 else None
    if before is not None and before.text == "-" and before.i > 0 and not before.nbor(-1).whitespace_:
        before = before.nbor(-1)  # the article joined by a hyphen: "Fahd bin Mahmoud Al-Said"
    if (
        token.is_title
        and before is not None
        and before.lower_ in LINEAGE
        and before.i > 0
        and before.nbor(-1).is_title
    ):
        return False
    return (
        word in PAGE_WORDS
        or (word in HEADLINE_MOVES and token.is_title)
        or word in INSTITUTIONS
        or _pair_of_surnames(token.text)
        or (token.is_title and could_report_a_meeting(token.text) and word not in PARTICLES)
        or (token.pos_ in {"ADP", "CCONJ", "VERB", "AUX"} and word not in PARTICLES and token.is_lower)
        or word in {"with", "and", "to", "for", "of", "in", "at", "on", "face", "faces"}
    )
