"""People in one article: who is named, under which spellings, with which country and role.

The statistical model finds most PERSON spans; this module adds what it misses and
joins the mentions of one person:

- titles are not names ("President Xi" is Xi), news agencies are not people ("Xinhua");
- surname back-references ("Wang" is the Wang Yi named earlier, even when the model
  tags it as an organisation), surnames alone resolved through the gazetteer ("Modi");
- spelling variants within the article (Sergei / Sergey Lavrov);
- country and role as the text states them ("Russian Foreign Minister Sergei Lavrov",
  "Ri Ryong Nam, North Korea's new ambassador to China"), else as the gazetteer knows;
- descriptions used as references ("the Chinese and Russian foreign ministers",
  "China's top diplomat", "his Russian counterpart") resolved to the people named.

A span read as a name is in `naming`, the titles before a name in `titles`, a surname alone in
`surnames`, a spouse or consort in `spouses`.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from extract import gazetteer, occasions, places
from extract.circumstances import SAYING
from extract.datelines import article_dateline, dateline_end, dateline_place, the_lead, whole_place
from extract.dates import WEEKDAYS
from extract.names import (
    LINEAGE,
    PATRONYMIC,
    misspelt_surname,
    prefixed,
    same_name,
    shortened,
    transliterated,
)
from extract.naming import (
    BODIES,
    NAME_PARTICLES,
    NAMED_AFTER,
    NOT_PEOPLE,
    OFFICE_WORDS,
    ORGANS,
    PARTICLES,
    PLURAL_ARTICLES,
    PORTFOLIO_WORDS,
    another_of_the_family,
    clean,
    conferred,
    demonym_before_a_name,
    destination_of_office,
    given_name,
    is_named_after,
    is_plural_office,
    joining_hyphen,
    name_cased,
    name_goes_on,
    name_word,
    names_a_government,
    names_a_street_or_region,
    names_the_commemorated,
    not_a_name_word,
)
from extract.places import fold
from extract.records import Person
from extract.roles import DELEGATION_NOUNS, find_role, role_class, role_ending, titled_as
from extract.spans import (
    ancestors_of,
    children_of,
    doc_entities,
    doc_text,
    doc_tokens,
    entity_at,
    span_text,
    span_tokens,
    subjects_of,
    subtree_of,
    tokens_after,
)
from extract.spouses import CONSORT_TITLES, consort_of_a_monarch, spouse_of
from extract.surnames import (
    ROMAN_NUMERAL,
    could_be_surname,
    english_words,
    family_first_official,
    list_of_surnames,
    officials_by_surname,
    surname_misread,
)
from extract.titles import (
    ADDRESSES,
    CHURCH_AND_FAITH_ADJECTIVES,
    EPITHET_ENDS,
    EPITHETS,
    GENERATIONS,
    HONORIFICS,
    MALAY_STYLES,
    OFFICES,
    PRINCELY,
    ROYAL_TITLES,
    SERI_RANKS,
    STYLES,
    STYLES_OF_ADDRESS,
    TITLES,
    acronyms_before,
    given_name_dot,
    holds,
    honorific_dot,
    inside_a_name,
    office_start,
    office_word,
    princely_title,
    royal_title,
    title_before,
    title_word,
    title_words_before,
    titles_set_before,
)
from extract.vocabulary import GUEST_VERBS

# the verbs that tell who said a quotation: "said", "told", "wrote on X", "posted", "tweeted"
ATTRIBUTING = frozenset("say tell add write reply respond post tweet".split())
# offices of rulers whose styles run on after their names: "Hassanal Bolkiah Mu'izzaddin Waddaulah"
MONARCHS = frozenset({"sultan", "king", "queen", "emir", "amir"})
# Arabic articles written joined by a hyphen to a family name: "al-Sudani", "el-Sisi", "ash-Shara".
ARTICLES = frozenset("al el ad ar as ash az".split())
# the classes of ministers' offices, any of which "the Saudi minister" may mean
MINISTRIES = frozenset("foreign defence deputy_foreign minister".split())
PRONOUNS = frozenset("he she him her".split())
# the verb forms that follow a sentence's subject: "Trump held", "Hunt says", "Rice will"
OPENING_VERB_TAGS = frozenset("VBD VBZ VBN VBP MD".split())
PLURAL_REFERENCES = frozenset("both two pair leaders statesmen counterparts sides they their".split())
# classes of office a country has one holder of at a time: "an Indonesian president" is any one
ONE_AT_A_TIME = frozenset({"leader", "foreign"})
# offices a country gives one person at a time, which "a"/"an" before them makes any holder, not
# the one the article names: "his first meeting with a Chinese defence minister in two years",
# "the first visit by an Indian national security adviser since 2016"
ONE_HOLDER = ONE_AT_A_TIME | {"defence", "adviser"}
# the classes of office a diplomat holds: "the U.S. diplomat" may be its secretary of state or envoy
DIPLOMATIC = frozenset({"foreign", "deputy_foreign", "envoy", "diplomat"})


def _two_family_names(words: list[str]) -> bool:
    """Whether a name of four words is two given names and two family names, as Spanish and
    Portuguese names are ("Iris Xiomara Castro Sarmiento", "Andrés Manuel López Obrador"), news
    naming the person again by the first family name alone: four capitalised words, no particle
    or lineage among them (not "Tamim bin Hamad Al-Thani", whose "Hamad" is his father's)."""
    return len(words) == 4 and all(
        w[:1].isupper() and w.replace("-", "").isalpha() and w.lower() not in PARTICLES | NAME_PARTICLES
        for w in words
    )


@dataclass(eq=False)
class Cluster:
    """The mentions of one person in one article."""

    name: str
    aliases: set[str] = field(default_factory=set)
    country: str | None = None
    role: str | None = None
    known: bool = False
    companion: bool = False  # named as someone's spouse: "First Lady Rosangela da Silva"
    written: list[str] = field(default_factory=list)  # the spellings of its mentions, in order

    @property
    def tokens(self) -> list[str]:
        return self.name.split()

    @property
    def ends(self) -> set[str]:
        """The first and last words of the full name, and the last word of each full spelling
        seen ("Nikol Pashinian" for Nikol Pashinyan); a last word joined to an Arabic article
        also without it, as news writes it again ("Sistani" after "Ali al-Sistani")."""
        words = self.tokens
        ends = {words[0], words[-1]} if len(words) >= 2 else set()
        ends |= {a.split()[-1] for a in self.aliases if " " in a}
        if _two_family_names(words):
            ends.add(words[-2])  # "Castro" after "Iris Xiomara Castro Sarmiento": the father's name
        return ends | {e.partition("-")[2] for e in ends if _article_joined(e)}

    @property
    def shown(self) -> str:
        """The name shown: a known official's as :meth:`extract.gazetteer.OfficialEntry.shown`
        picks it from the spellings the article writes, else the name."""
        entry = gazetteer.lookup(self.name) if self.known else None
        return entry.shown(self.written) if entry is not None else self.name

    def record(self) -> Person:
        name = self.shown
        return Person(
            name=name,
            aliases=tuple(sorted((self.aliases | {self.name}) - {name})),
            country=self.country,
            role=self.role,
        )


class People:
    """Who is named in a parsed article, and which tokens refer to whom."""

    def __init__(self, doc: Doc, *, year: int | None = None) -> None:
        self.doc = doc
        self.year = year
        self.clusters: list[Cluster] = []
        self._token: dict[int, Cluster] = {}
        self._mentions: list[tuple[int, int, Cluster]] = []  # token start, end, cluster
        persons = [part for ent in _one_name_split(doc) for part in _split_pair(ent)]
        spans = [s for s in map(clean, persons) if s is not None]
        spans += (
            list(self._gazetteer_spans()) + list(self._appositive_names()) + list(self._misspelt_officials())
        )
        spans += (
            list(_titled_relatives(doc)) + list(_names_after_a_body(doc)) + list(_names_after_a_ministry(doc))
        )
        spans += list(_surnames_of_several_words(doc)) + list(_royal_names_with_lineage(doc))
        spans += list(_names_after_a_counterpart(doc)) + list(_names_tagged_as_organisations(doc))
        spans += list(_names_after_a_title_chain(doc))
        spans += list(_names_in_a_list_of_names(doc, {s.start for s in spans}))
        spans = [_without_a_rank_before(_without_the_day_before(s)) for s in spans]
        # "Buenos Aires, Jan 24 (Prensa Latina)", a caption's "... in Busan on Oct. 30. (Korea Wire)"
        spans = [s for s in spans if not _outlet_of_a_dateline(s) and not _credit(s)]
        # "Bogor, W Java (ANTARA) -": a wire dateline holds a place, a date and an agency, no one
        spans = [s for s in spans if s.start_char >= dateline_end(s.sent)]
        # "Joint Chiefs" of "Chairman Joint Chiefs of Staff Committee": an office's holders, no one
        spans = [s for s in spans if not is_plural_office(s[-1])]
        # "Freedom Caucus | Chairman Andy Harris": a body, named before its office and holder
        spans = [s for s in spans if not _a_body_before_its_office(s)]
        places_named = _places_named(doc)  # "the Egyptian city of El Alamein" is no one
        spans = [s for s in spans if not _a_place(s, places_named) and not _end_of_a_route(s)]
        spans = [s for s in spans if not names_a_street_or_region(s)]  # "at 24, Akbar Road"
        spans = _without_venues(spans)  # "the summit at Bharat Mandapam"
        # "Ahly coach Marcel Koller": Al Ahly is a club; "Petrobras chief executive A": a firm
        teams = _teams_named(doc) | _firms_named(doc)
        spans = [s for s in spans if not teams.intersection(fold(span_text(s)).split())]
        gatherings = _gatherings_named_in_quotes(doc)  # the "Democracia Siempre" summit is no one
        spans = [s for s in spans if not set(fold(span_text(s)).split()) <= gatherings]
        # "the Mais Médicos programme", "the Jal Jeevan mission": a thing's name, told nowhere else
        told = Counter(fold(span_text(s)) for s in spans)
        spans = [s for s in spans if not (_names_a_things_make(s) and told[fold(span_text(s))] == 1)]
        spans = [s for s in spans if not _a_vessels_name(s)]  # "the frigate Marshal Shaposhnikov"
        storms = _storms_named(doc)  # "Hurricane Ida", then "Ida" alone
        spans = [s for s in spans if fold(span_text(s)) not in storms and s[0].lower_ not in STORMS]
        nicknamed = {(span.start, span.end): (name, nickname) for span, name, nickname in _nicknamed(doc)}
        spans += [doc[start:end] for start, end in nicknamed]
        family_first = {(span.start, span.end): name for span, name in _family_names_in_capitals(doc)}
        family_first.update({(span.start, span.end): name for span, name in _malay_royal_names(doc)})
        spans += [doc[start:end] for start, end in family_first]
        # "Mohamad, popularly known as Tok Mat": a name the person goes by, joined once the person is
        nicknames = {fold(span_text(s)) for s in spans if _known_as(s) is not None}
        later = [s for s in spans if fold(span_text(s)) in nicknames]
        spans = [s for s in spans if fold(span_text(s)) not in nicknames]
        initialled = {(span.start, span.end) for span in _glued_initials(doc)}  # "G.Zandanshatar"
        spans += [doc[start:end] for start, end in initialled]
        # "a forum marking the anniversary of the birth of the poet A": remembered, no one there
        spans = [s for s in spans if not names_the_commemorated(s)]
        spans = [s for s in spans if not conferred(s.root)]  # "conferred the Order of the Druk Gyalpo"
        spans = [s for s in spans if not _after_a_prefix(s[0])]  # "the anti-Hitler coalition"
        full = sorted(
            (
                s
                for s in spans
                if (len(s) >= 2 or (s.start, s.end) in initialled) and not list_of_surnames(s.text)
            ),
            key=lambda s: s.start,
        )
        for span in _without_overlaps(full):
            if (span.start, span.end) in nicknamed:  # 'Rosángela "Janja" da Silva'
                name, nickname = nicknamed[span.start, span.end]
                person = self._cluster_for_full(name)
                person.aliases |= {nickname, f"{nickname} {name.split(maxsplit=1)[1]}"}
                self._add(span, person, alias=name)
                continue
            if (span.start, span.end) in family_first:  # "IWAYA Takeshi"
                self._add(span, self._cluster_for_full(family_first[span.start, span.end]))
                continue
            self._add(span, self._continued(span) or self._cluster_for_full(span.text))
        self._join_short_forms()
        for span in sorted((s for s in spans if len(s) == 1), key=lambda s: s.start):
            if span.start not in self._token:
                cluster = self._continued(span) or self._cluster_for_single(
                    span.text,
                    person_label=True,
                    title=title_before(span),
                    known_only=_after_the(span)
                    or _names_a_thing(span)
                    or _acronym(span)
                    or _where(span)
                    or _body_of_an_office(span)
                    or _a_common_plural(span),
                    subject=_subject_name(span.root),
                    at=span.start,
                )
                if cluster is not None:
                    self._add(span, cluster)
        self._add_nicknames(later)
        for token in doc_tokens(doc):
            joined = _hyphenated_at(token)
            if (
                joined is not None
                and not any(i in self._token for i in range(joined.start, joined.end))
                and not inside_a_name(joined)
            ):
                cluster = self._cluster_for_single(joined.text, person_label=True, known_only=True)
                if cluster is not None:
                    self._add(joined, cluster)  # "Díaz-Canel", tagged ORG or nothing
                    continue
            if (
                token.i not in self._token
                and _name_cased(token)
                and len(token.text) > 1
                and not title_word(token)
                and not _glued_part(token)
                and not _continues_name(token)  # asked first: asking makes a known official a person
                and fold(token.text) not in storms
                and not conferred(token)  # "the Order of the Star and Key": an honour's word
                and not _after_a_prefix(token)  # "the pro-Putin media"
                and not _a_vessels_name(doc[token.i : token.i + 1])
            ):
                title = title_before(doc[token.i : token.i + 1])
                surname = could_be_surname(token) or surname_misread(token, self.year)
                titled = _titled_given_name(token, title)  # read once: asked for both the label and the table
                cluster = self._cluster_for_single(
                    token.text,
                    person_label=surname or titled,
                    known_only=not titled,
                    title=title,
                    at=token.i,
                )
                if cluster is not None:
                    self._add(doc[token.i : token.i + 1], cluster)
        self._mentions.sort(key=lambda m: m[0])
        for cluster in self.clusters:
            self._complete(cluster)
        self._add_styles()
        self._add_set_titles()
        self._add_title_acronyms()
        self._add_epithets()
        self._add_names_as_known()
        self._add_surnames_opening_a_sentence()

    def _titles_a_name(self, style: Token) -> bool:
        """Whether a style is the start of a named person's titles: "His Highness the Prime
        Minister Sheikh Dr. Mohammad ...", whom it is no mention of anyone else."""
        doc = self.doc
        i = style.i + 1
        while i < len(doc) and i - style.i <= 8 and i not in self._token:
            word = doc[i]
            if not (word.lower_ in {"the", "of"} or title_word(word) or find_role(word.text)):
                return False
            i += 1
        return i in self._token

    def _add_styles(self) -> None:
        """A style alone ("His Majesty", "His Royal Highness") is a mention of the one person it
        means (:meth:`_styled`), as a name is."""
        for token in doc_tokens(self.doc):
            if token.lower_ in STYLES and token.i not in self._token and token.i > 0:
                if token.nbor(-1).lower_ not in STYLE_OWNERS or self._titles_a_name(token):
                    continue
                styled = self._styled(token)
                if len(styled) == 1:
                    self._token[token.i] = styled[0]
                    self._mentions.append((token.i, token.i + 1, styled[0]))
        self._add_style_runs()
        self._mentions.sort(key=lambda m: m[0])

    def _add_style_runs(self) -> None:
        """Styles written without the name they were first written before ("Samdech Thipadei"
        after "Samdech Moha Borvor Thipadei Hun Manet") are a mention of the one person named
        before with all those words among the titles before their name; not styles that open the
        titles of a name written after them ("His Highness the Crown Prince Sheikh X", after "His
        Highness the Amir Sheikh Y": the crown prince, no mention of the Amir)."""
        doc = self.doc
        tokens = doc_tokens(doc)  # asked of every word: no new Token made for each
        size = len(tokens)
        # whether each word is a style, read once per word (a run was read again from each word in it)
        style = [t.is_title and t.lower_ in HONORIFICS for t in tokens]
        i = 0
        while i < size:
            if not style[i]:
                i += 1  # most words: no run of styles starts here
                continue
            end = i
            while end < size and style[end]:
                end += 1
            if (
                end - i < 2
                or (end < size and tokens[end].is_title)
                or any(t in self._token for t in range(i, end))
                or self._titles_a_name(tokens[end - 1])
            ):
                i = max(end, i + 1)
                continue
            words = {t.lower_ for t in doc[i:end]}
            styled = list(
                dict.fromkeys(
                    cluster
                    for start, _, cluster in self._mentions
                    if start < i and words <= set(title_words_before(doc, start))
                )
            )
            if len(styled) == 1:
                for t in range(i, end):
                    self._token[t] = styled[0]
                self._mentions.append((i, end, styled[0]))
            i = end

    def _add_set_titles(self) -> None:
        """A capitalised title the article sets beside a name with a comma ("The President of the
        Republic, Mr. Abdelmadjid Tebboune, arrived", "The Head of State, Bassirou Diomaye Faye,")
        is a mention of that person where it is written again after "the" ("The President of the
        Republic received ..."), as protocol offices and agencies write their own principal; not
        where it goes on into a longer title ("the President of the Republic of Kenya") or titles
        a name after it, and the latest such person where two were given the same title."""
        doc = self.doc
        set_beside: list[tuple[int, tuple[str, ...], Cluster]] = []
        for start, end, cluster in self._mentions:
            if not self._listed_after_a_title(start, end, cluster):
                set_beside += [(start, title, cluster) for title in titles_set_before(doc, start)]
        if not set_beside:
            return
        for token in doc_tokens(doc):
            if token.i in self._token or token.i == 0 or token.nbor(-1).lower_ != "the":
                continue
            for _, title, cluster in sorted((s for s in set_beside if s[0] < token.i), reverse=True):
                end = token.i + len(title)
                if end > len(doc) or tuple(t.lower_ for t in doc[token.i : end]) != title:
                    continue
                if end < len(doc) and (doc[end].lower_ == "of" or end in self._token or doc[end].is_title):
                    break  # "the President of the Republic of Kenya", "the Head of State Macky Sall"
                head = doc[token.i : end].root
                if head.i not in self._token and head.is_title:
                    self._token[head.i] = cluster
                    self._mentions.append((head.i, head.i + 1, cluster))
                break
        self._mentions.sort(key=lambda m: m[0])

    def _add_title_acronyms(self) -> None:
        """The initials of an office written after "the" ("the PCS", "the CS") are a mention of the
        one person named before with that office written out before their name ("The Prime
        Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs, Hon. Musalia
        Mudavadi": "the PCS received a courtesy call from ..." is Mudavadi), as releases write
        their principal; of no one where two people were so titled, and not initials the role table
        reads itself ("the PM", "the FM", "the EAM")."""
        doc = self.doc
        tokens = doc_tokens(doc)
        written = [
            t
            for t in tokens
            if t.is_upper
            and t.is_alpha
            and 2 <= len(t) <= 5
            and t.i > 0
            and tokens[t.i - 1].lower_ == "the"
            and t.i not in self._token
        ]
        written = [t for t in written if find_role(t.text) is None]
        if not written:
            return
        holders: dict[str, list[tuple[int, Cluster]]] = {}
        for start, _, cluster in self._mentions:
            for acronym in acronyms_before(doc, start):
                holders.setdefault(acronym, []).append((start, cluster))
        for token in written:
            before = {cluster for start, cluster in holders.get(token.text, ()) if start < token.i}
            if len(before) == 1:
                cluster = before.pop()
                self._token[token.i] = cluster
                self._mentions.append((token.i, token.i + 1, cluster))
        self._mentions.sort(key=lambda m: m[0])

    def _listed_after_a_title(self, start: int, end: int, cluster: Cluster) -> bool:
        """Whether a name after a comma is the next item of a list that a bare title opens, not
        the name that title is set beside: "Crown Prince, Trump and Al-Sharaa hold talks" lists
        three people (the title, with no "the" before it, stands for someone named elsewhere),
        as "and" or a comma joins another person's name right after it; "The Head of State,
        Nangolo Mbumba, and his wife" sets the title beside the name."""
        doc = self.doc
        own = start  # the name's own title after the comma: "Chief Adviser, President Xi hold talks"
        while own > doc[start].sent.start and doc[own - 1].is_title and doc[own - 1].lower_ in TITLES:
            own -= 1
        if own < 2 or doc[own - 1].text != ",":
            return False
        # the title and the titled name the subject of a plural verb: two people, not one
        plural = own < start and end < len(doc) and doc[end].tag_ == "VBP" and doc[end].dep_ == "ROOT"
        if plural:
            start = own
        elif start < 2 or doc[start - 1].text != ",":
            return False
        title = start - 1  # the first word of the title: back over its words and their "of the"
        while title > doc[start].sent.start and (
            doc[title - 1].is_title
            or doc[title - 1].lower_ == "of"
            or doc[title - 2 : title].text.lower() == "of the"
        ):
            title -= 1
        if title == start - 1 or (title > 0 and doc[title - 1].lower_ == "the"):
            return False
        if plural:
            return True  # "Chief Adviser, President Xi hold talks": the title is the other of two
        if end + 1 >= len(doc) or doc[end].lower_ not in {"and", ","}:
            return False
        other = self._token.get(end + 1)
        return other is not None and other is not cluster

    def _add_epithets(self) -> None:
        """An epithet after "the" that stands for one office ("the Holy Father", "the Pontiff" for
        the pope, "the Sovereign" for the reigning monarch) is a mention of the one person named
        before in that office; not where a name follows it ("the Holy Father Francis"). A headline
        drops the article: "Pontiff met the President at the Palace" opens its line with it."""
        doc = self.doc
        for token in doc_tokens(doc):
            if token.lower_ not in EPITHET_ENDS:
                continue  # most words: no epithet ends with them
            for words, offices in EPITHETS.items():
                start, end = token.i - len(words) + 1, token.i + 1
                if (
                    start < 1
                    or token.i in self._token
                    or not (token.is_title or words == ("pontiff",))  # "the sovereign wealth fund"
                    or not (_described_after_the(doc[start], token) or _opens_a_headline(doc[start]))
                    or tuple(t.lower_ for t in doc[start:end]) != words
                    or end in self._token
                ):
                    continue
                named = dict.fromkeys(c for i, _, c in self._mentions if i < start)
                holders = [c for c in named if offices & set((c.role or "").lower().split())]
                if len(holders) == 1:
                    self._token[token.i] = holders[0]
                    self._mentions.append((token.i, token.i + 1, holders[0]))
        self._mentions.sort(key=lambda m: m[0])

    def _add_names_as_known(self) -> None:
        """A name set before "as" and a description of someone named before it "is known" is
        another name of that person, the reverse of "Y, known as X": "Paus Fransiskus, as the
        pontiff is known in Indonesian", "Jokowi, as the president is widely called"; not with a
        pronoun ("Haniye, as he is known in Turkish": the name's own), nor two officials the
        gazetteer knows apart."""
        for start, end, cluster in list(self._mentions):
            described = _described_as_known(self.doc[start:end])
            if described is None:
                continue
            owner = next((self._token[t.i] for t in described if t.i in self._token), None)
            if owner is None:
                owner = self.described(described[-1])
            if owner is None or owner is cluster or (owner.known and cluster.known):
                continue
            if not any(m[2] is owner and m[0] < start for m in self._mentions):
                continue  # someone named before it
            owner.aliases |= cluster.aliases
            owner.written += cluster.written
            self._token.update({i: owner for i, c in self._token.items() if c is cluster})
            self._mentions = [(s, e, owner if c is cluster else c) for s, e, c in self._mentions]
            if cluster in self.clusters:
                self.clusters.remove(cluster)

    def _add_surnames_opening_a_sentence(self) -> None:
        """A surname that is also a word of English ("Trump", "Hunt", "Rice"), opening a sentence
        before its verb, where the tagger reads it as a common noun ("Trump held talks with Phuc
        in Hanoi": "Trump-held talks" to the parser), is the person the article names by that
        word elsewhere; not a word no mention of a person is written as."""
        doc = self.doc
        tokens = doc_tokens(doc)
        named: dict[str, set[int]] = {}  # a mention's last word, "Trump" of "Donald Trump" too
        for _, end, cluster in self._mentions:
            if tokens[end - 1].is_title:
                named.setdefault(tokens[end - 1].text, set()).add(id(cluster))
        by_word = {
            tokens[end - 1].text: cluster
            for _, end, cluster in self._mentions
            if len(named.get(tokens[end - 1].text, ())) == 1
        }
        if not by_word:
            return
        added = False
        for sentence in doc.sents:
            token = tokens[sentence.start]
            if token.is_space and sentence.start + 1 < len(tokens):
                token = tokens[sentence.start + 1]
            person = by_word.get(token.text)
            if (
                person is None
                or token.i in self._token
                or token.pos_ not in {"NOUN", "ADJ", "VERB"}
                or token.ent_type_ in {"DATE", "TIME"}
                or token.i + 1 >= len(tokens)
                or tokens[token.i + 1].tag_ not in OPENING_VERB_TAGS
            ):
                continue
            self._token[token.i] = person
            self._mentions.append((token.i, token.i + 1, person))
            added = True
        if added:
            self._mentions.sort(key=lambda m: m[0])

    # -- building -------------------------------------------------------------------------
    def _join_short_forms(self) -> None:
        """A name of two words or more that is the first words of one longer name in the same
        article is that person, as news shortens "Hassan Sheikh Mohamud" to "Hassan Sheikh" (a
        headline may give the short form first), or as Spanish news writes a married woman by her own
        family name, "de" and her husband's ("Castro de Zelaya" after "Iris Xiomara Castro
        Sarmiento"); not a father's name without "Jr." or "II" ("Ferdinand Marcos"), nor a name
        the gazetteer knows."""
        for short in list(self.clusters):
            words = fold(short.name).split()
            if short.known or len(words) < 2:
                continue
            longer = [
                c
                for c in self.clusters
                if (
                    len(c.tokens) > len(words)
                    and fold(c.name).split()[: len(words)] == words
                    and not GENERATIONS.intersection(fold(c.name).split()[len(words) :])
                )
                or _married_form(words, fold(c.name).split())
            ]
            if len(longer) != 1:
                continue
            person = longer[0]
            person.aliases |= short.aliases
            person.country = person.country or short.country
            person.role = person.role or short.role
            person.companion = person.companion or short.companion
            self._token.update({i: person for i, c in self._token.items() if c is short})
            self._mentions = [(start, end, person if c is short else c) for start, end, c in self._mentions]
            self.clusters.remove(short)

    def _add_nicknames(self, spans: list[Span]) -> None:
        """Every mention of a name someone is said to be known as, as that person; a name no one
        is known as after all is a name of its own."""
        owners: dict[str, Cluster] = {}
        for span in spans:
            named = _known_as(span)
            if named is not None and (owner := self._token.get(named.i)) is not None:
                owners.setdefault(fold(span.text), owner)
        for span in sorted(spans, key=lambda s: s.start):
            if any(i in self._token for i in range(span.start, span.end)):
                continue
            cluster = owners.get(fold(span.text))
            if cluster is None:
                cluster = (
                    self._cluster_for_full(span.text)
                    if len(span) >= 2
                    else self._cluster_for_single(span.text, person_label=True)
                )
            if cluster is not None:
                self._add(span, cluster)

    def _gazetteer_spans(self) -> Iterable[Span]:
        for start, end in gazetteer.find_names([t.text for t in doc_tokens(self.doc)]):
            if not is_named_after(self.doc[start:end]):  # "the Narendra Modi Stadium"
                yield self.doc[start:end]

    def _misspelt_officials(self) -> Iterable[Span]:
        """Known officials' names misspelt, which the model tags as something else: "Sergio
        Matarella" (an organisation to the model) is Sergio Mattarella."""
        known = gazetteer.gazetteer()
        for ent in doc_entities(self.doc)[1]:
            if (
                ent.label_ != "PERSON"
                and 2 <= len(ent) <= 4
                and all(t.is_title and t.pos_ == "PROPN" for t in ent)
                and known.lookup(ent.text) is None
                and known.spelt_like(ent.text) is not None
            ):
                yield ent

    def _appositive_names(self) -> Iterable[Span]:
        """Names the model missed but an apposition marks as a person: "Ri Ryong Nam, North
        Korea's new ambassador to China", "Song Tao, a senior Chinese diplomat", or by an office
        set before it: "the Prime Minister of Dominica, Roosevelt Skerrit"."""
        for token in doc_tokens(self.doc):
            if token.dep_ != "appos" or token.ent_type_ in {"TIME", "DATE"}:
                continue  # nor "Tue Mar 5, 2024 10:02 PM": the time's "PM" is no prime minister
            head = token.head
            if head.i < token.i and find_role(head.text) is not None and _an_office(head):
                head = token  # "by the Prime Minister of Dominica, Roosevelt Skerrit,": the name after
                if head.pos_ != "PROPN" or head.ent_type_ in {"PERSON", "FAC", "LOC", "EVENT", "NORP"}:
                    continue
            elif head.pos_ != "PROPN" or head.ent_type_ == "PERSON" or head.i > token.i:
                continue
            elif not _an_office(token):
                continue  # its own words name an office; not "Summit, President of ..." joined to it
            elif any(t.text == ":" for t in self.doc[head.i + 1 : token.i]):
                continue  # "Press Release: Foreign Minister's visit": a label, and what it labels
            start = head.i
            while (
                start > 0 and self.doc[start - 1].pos_ == "PROPN" and self.doc[start - 1].dep_ == "compound"
            ):
                start -= 1
            while start < head.i and self.doc[start].lower_ in HONORIFICS | ADDRESSES:
                start += 1  # "Mr Scholz, the German leader,": the surname of one named before
            span = self.doc[start : head.i + 1]
            if (
                len(span) >= 2
                and not all(title_word(t) for t in span)  # "His Royal Highness ..., Crown Prince"
                and places.resolve_place(span.text) is None
                and find_role(span.text) is None
                and not all(t.ent_type_ == "ORG" for t in span)  # "United Nations (UN) Secretary General"
                # a title-cased headline's clause after a comma: "Receives U.S. President at the
                # Airport, Holds Official Talks Session" (its verb and meeting noun are no name's)
                and not any(not_a_name_word(t) for t in span)
                and span[0].lower_ not in PLURAL_ARTICLES  # "Los Reyes en Cuba | Kings of Spain ..."
            ):
                yield span

    def _continued(self, span: Span) -> Cluster | None:
        """The person whose name a span goes on with, told right after it: "Mohammed bin Salman
        (MBS) bin Abdulaziz Al Saud" is one person, "(MBS)" a short form and "bin Abdulaziz Al
        Saud" the rest of the name."""
        before = [m for m in self._mentions if m[1] <= span.start]
        if not before:
            return None
        _, end, cluster = max(before, key=lambda m: m[1])
        if self._style_goes_on(cluster, end, span):
            return cluster
        between = self.doc[end : span.start]
        if len(between) > 3 or not all(t.is_punct or (t.is_upper and len(t) > 1) for t in between):
            return None
        opened = span.start > 0 and self.doc[span.start - 1].text == "("
        acronym = len(span) == 1 and span[0].is_upper and opened
        if any(t.text in {",", ";"} for t in between) and self._named_elsewhere(span, cluster):
            return None  # "Joe Biden, El-Sisi, Jordan's King Abdullah II": a list, El-Sisi named before
        return cluster if acronym or span[0].lower_ in PARTICLES else None

    def _named_elsewhere(self, span: Span, cluster: Cluster) -> bool:
        """Whether a span is the name, or the end of the name, of another person the article
        names, whom a list goes on to after a comma ("Biden, El-Sisi and Abbas" after "Abdel-Fattah
        El-Sisi"), not the rest of the name before it."""
        text = fold(_bare(span.text))
        return any(
            other is not cluster
            and any(fold(a) == text or fold(a).endswith(f" {text}") for a in other.aliases)
            for other in self.clusters
        )

    def _style_goes_on(self, ruler: Cluster, end: int, span: Span) -> bool:
        """Whether a span continues a known monarch's name in the style it is written in, with at
        most three capitalised words between: "Sultan Haji Hassanal Bolkiah Mu'izzaddin
        Waddaulah", where the model tags "Waddaulah" as a person of its own. Not a name the
        gazetteer knows, nor one after a comma or a word in lower case."""
        between = self.doc[end : span.start]
        return (
            ruler.known
            and (ruler.role or "").lower() in MONARCHS
            and len(between) <= 3
            and all(t.text[:1].isupper() and (t.is_alpha or "'" in t.text) for t in between)
            and gazetteer.lookup(span.text) is None
            and not officials_by_surname(span[-1].text)
        )

    def _cluster_for_full(self, text: str) -> Cluster:
        text = _bare(text)
        known = gazetteer.gazetteer()
        entry = (
            gazetteer.lookup(text)
            or known.spelt_like(text)
            or known.unglued(text)
            or known.fuller(text)
            or family_first_official(text)
        )
        if entry is None and len(by_surname := officials_by_surname(text)) == 1:
            entry = by_surname[0]  # "Von Der Leyen", "bin Salman"
        if entry is None:
            entry = self._romanised_in_full(text)  # "Qasym-Zhomart Toqaev", Kazakh's own Latin
        name = entry.name if entry else text
        for cluster in self.clusters:
            if (
                cluster.name == name
                or same_name(cluster.name, name)
                or fold(text) in map(fold, cluster.aliases)
                or shortened(name, cluster.name)  # "Mohamad Haji Hasan" after "Mohamad Hasan"
                or shortened(cluster.name, name)
                # a given name news leaves off, written later: "Muhammad Ali Khan" after "Ali Khan"
                or prefixed(name, cluster.name, front=gazetteer.name_front())
                # a shorter form later is the one named before ("Mr Bakri Daki" after "Win Bakri
                # Daki"), but not an official the gazetteer knows by it ("Nawaz Sharif" after his
                # daughter "Maryam Nawaz Sharif")
                or prefixed(cluster.name, name, front=None if entry is None else gazetteer.name_front())
                or (_article_joined(text) and fold(text) in map(fold, cluster.ends - {cluster.tokens[0]}))
            ):
                cluster.aliases.add(text)
                return cluster
        if entry is None and (initialled := self._initialled(GLUED_INITIAL.sub(r"\1 \2", text))) is not None:
            initialled.aliases.add(text)
            return initialled
        cluster = Cluster(name=name, aliases={text}, known=entry is not None)
        if entry:
            cluster.country = self._represented(entry)
        self.clusters.append(cluster)
        return cluster

    def _represented(self, entry: gazetteer.OfficialEntry) -> str:
        """What an official speaks for in the year of the article: the body of an office held for
        one ("President of the European Council António Costa": the European Union, "Mark Rutte"
        in 2025: NATO), else their own country (and that alone where the year is not known)."""
        return gazetteer.country_at(entry, self.year) if self.year is not None else entry.country

    def _initialled(self, text: str) -> Cluster | None:
        """The one person named before whose surname an initial stands: "S. Jaishankar", "M.
        el-Menfi" for Mohamed Younes el-Menfi, else the one official of that surname and initial
        ("G. Zandanshatar"); "M." is also the French "Monsieur", so "M. Saïed" is Kaïs Saïed (or,
        if the article names no Saïed in full, the one official of that name)."""
        words = text.split()
        if len(words) != 2 or not re.fullmatch(r"[A-Z]\.?", words[0]):
            return None
        letter, surname = words[0][0].lower(), fold(words[1])
        monsieur = words[0] == "M."
        alike = [
            c
            for c in self.clusters
            if len(c.tokens) >= 2
            and surname in {fold(w) for w in c.ends - {c.tokens[0]}}
            and (monsieur or fold(c.tokens[0]).startswith(letter))
        ]
        if len(alike) == 1:
            return alike[0]
        officials = [  # else the one official of that surname and initial ("G. Zandanshatar")
            o for o in gazetteer.by_surname(words[1]) if monsieur or fold(o.name).startswith(letter)
        ]
        return self._cluster_for_full(officials[0].name) if len(officials) == 1 and not alike else None

    def _cluster_for_single(
        self,
        word: str,
        *,
        person_label: bool,
        known_only: bool = False,
        title: str | None = None,
        subject: bool = False,
        at: int | None = None,
    ) -> Cluster | None:
        """The person a single word names: someone named in full in this article, else an
        official the gazetteer knows by that surname (holding the office of the ``title`` before
        it, if any: "King Abdullah" is no chief executive named Abdullah), else (for a PERSON
        entity) a new person; a word that is an office ("Amir") is the one person named in it, as a
        subject ("Amir receives ..."), else no one."""
        if fold(word) in NOT_PEOPLE or fold(word) in TITLES or word.lower() in NAME_PARTICLES:
            return None
        royal = royal_title(title)
        # a country's name alone is the country, not the person whose name it begins ("Israel"
        # after "Israel Katz"; "Malaysia" after a slogan tagged a name, "Malaysia Madani"); a
        # surname stays one ("Montenegro" after Portugal's "Luís Montenegro")
        country = places.country_named(word) is not None
        matches = [
            c
            for c in self.clusters
            if word in c.aliases
            # each of a cluster's ends is a piece of its name or of a spelling of it: the sets of
            # ends are built only for the few clusters whose spellings hold the word, not for every
            # person named before at every single word ("Kim", "Li") the article names
            or (
                _spelt_in(word, c)
                and word in c.ends
                and not (country and word == c.tokens[0] != c.tokens[-1])
            )
        ]
        if royal is not None:  # "Sultan Ibrahim" is a monarch's given name, not Anwar Ibrahim's surname
            titled = fold(f"{royal} {word}")
            matches = [c for c in matches if holds(c.role, royal) or titled in map(fold, c.aliases)]
        if (prince := princely_title(title)) is not None:  # "Prince William" is no William Ruto
            matches = [c for c in matches if _princely(c) or self._named_prince(c)]
        if len(matches) > 1:  # "Erdoğan" is the president, not "First Lady Emine Erdoğan"
            matches = [c for c in matches if not c.companion] or matches
        if len(matches) > 1 and sum(c.known for c in matches) == 1:
            matches = [c for c in matches if c.known]  # "Milei": the president, not his sister Karina Milei
        if len(matches) > 1:  # "Li" after "Premier Li Qiang" and "then Premier Li Keqiang": the one in office
            matches = [c for c in matches if not self.former(c)] or matches
        if len(matches) > 1:  # "Kim" goes on naming the leader it named alone before his sister Kim Yo-jong
            called = [c for c in matches if word in c.aliases]
            matches = called if len(called) == 1 else matches
        if len(matches) > 1 and at is not None:  # else the one of that surname named in full before it
            matches = [c for c in matches if any(m[2] is c and m[0] < at for m in self._mentions)] or matches
        if all(c.companion for c in matches) and len(gazetteer.by_surname(word)) == 1:
            matches = []  # ... even where she is the only Erdoğan named in full
        if len(matches) == 1:
            matches[0].aliases.add(word)
            return matches[0]
        if matches or not person_label:
            return None
        if title is not None and (entry := gazetteer.lookup(f"{title} {word}")) is not None:
            return self._cluster_for_full(entry.name)  # "King Abdullah"
        if word.isupper() and (entry := gazetteer.lookup(word)) is not None and word in entry.aliases:
            return self._cluster_for_full(entry.name)  # "MBS", "PBBM": initials the gazetteer knows
        entries = officials_by_surname(word) or self._romanised(word)  # "Pashinian": Pashinyan
        if title is not None and (stated := find_role(title)) is not None:
            entries = [e for e in entries if stated[1] in {role_class(r.role) for r in e.roles}]
        if royal is not None:
            entries = [e for e in entries if any(holds(r.role, royal) for r in e.roles)]
        if (
            len(entries) > 1
            and self.year is not None
            and (title is not None or fold(word) not in english_words())
        ):
            entries = [e for e in entries if gazetteer.role_at(e, self.year) is not None] or entries
        if len(entries) == 1:  # ("Sharif" in 2024, "PM Sharif": the one of them in office then)
            return self._cluster_for_full(entries[0].name)
        if royal is not None and not entries and not known_only:
            return self._cluster_for_full(f"{royal} {word}")  # a monarch known by title and given name
        if prince is not None and not known_only and not any(_princely_entry(e) for e in entries):
            return self._cluster_for_full(f"{prince} {word}")  # "Prince William", "Princess Anne"
        if (office := find_role(word)) is not None:  # "Amir receives US Secretary of State": the emir
            if not subject:
                return None
            holders = [c for c in self.clusters if c.role and find_role(c.role) == office]
            return holders[0] if len(holders) == 1 else None
        if known_only or places.resolve_place(word) is not None or places.demonym_country(word) is not None:
            return None
        if not entries:  # "Rybakov" for the Ryabkov named before: the one person it is spelt like
            alike = [
                c
                for c in self.clusters
                if len(c.tokens) >= 2 and any(misspelt_surname(word, e) for e in c.ends)
            ]
            if len(alike) == 1:
                alike[0].aliases.add(word)
                return alike[0]
        cluster = Cluster(name=word, aliases={word})
        self.clusters.append(cluster)
        return cluster

    def _romanised_in_full(self, text: str) -> gazetteer.OfficialEntry | None:
        """The one official a full name is written for in another romanisation: its last word
        the official's surname romanised otherwise (:meth:`_romanised`), and a given name of it,
        or a part of one joined by a hyphen, one of the official's as the table writes any of his
        names ("Qasym-Zhomart Toqaev" is Kassym-Jomart Tokayev, listed as "Kassym-Zhomart"); a
        given name of none of them is someone else of the family."""
        words = text.split()
        if len(words) < 2:
            return None
        officials = self._romanised(words[-1])
        if len(officials) != 1:
            return None
        official = officials[0]
        theirs = {
            fold(part) for name in (official.name, *official.aliases) for part in re.split(r"[\s-]+", name)
        }
        given = {fold(part) for word in words[:-1] for part in word.split("-")}
        return official if given & theirs else None

    def _romanised(self, word: str) -> list[gazetteer.OfficialEntry]:
        """The one official whose surname a word is another romanisation of ("Pashinian" for
        Nikol Pashinyan, "Lukashenka" for Alexander Lukashenko), where the word is no place,
        nationality nor word of English, and the article names no one else with a surname spelt
        like it, tagged a person or not (of "Aliyev" and "Aliev" named in full, "Aliev" alone is
        neither)."""
        if (
            places.resolve_place(word) is not None
            or places.demonym_country(word) is not None
            or fold(word) in english_words()
        ):
            return []
        officials = gazetteer.gazetteer().by_surname_romanised(word)
        if len(officials) != 1:
            return []
        folded = fold(word)
        others = {  # the article's other words spelt like it, not the official's own surname
            t.text
            for t in doc_tokens(self.doc)
            if t.is_title
            and fold(t.text) != folded
            and officials[0] not in gazetteer.by_surname(t.text)
            and (transliterated(word, t.text) or misspelt_surname(word, t.text))
        }
        return [] if others else officials

    def _named_prince(self, cluster: Cluster) -> bool:
        """Whether the article titles a person "Prince" or "Princess" where it names them ("Culture
        Minister Prince Badr bin Abdullah" is the "Prince Badr" of later)."""
        return any(
            princely_title(title_before(self.doc[start:end])) is not None
            or any(t.lower_ in PRINCELY for t in self.doc[start:end])
            for start, end, c in self._mentions
            if c is cluster
        )

    def former(self, cluster: Cluster) -> bool:
        """Whether the article names a person only as the former holder of an office: "then
        Premier Li Keqiang", "former President Moon Jae-in", "the late Shinzo Abe"."""
        starts = [start for start, _, c in self._mentions if c is cluster]
        return bool(starts) and all(_named_as_former(self.doc, start) for start in starts)

    def _add(self, span: Span, cluster: Cluster, *, alias: str | None = None) -> None:
        if names_a_government(span):
            return  # "the swearing-in of the Modi government": the government, no one present
        title = (title_before(span) or "").lower()
        cluster.companion = (
            cluster.companion
            or bool(CONSORT_TITLES & set(title.split()))
            or spouse_of(span)
            or consort_of_a_monarch(span.root)
        )
        cluster.aliases.add(alias or _bare(span.text))
        cluster.written.append(alias or _bare(span.text))
        for i in range(span.start, span.end):
            self._token[i] = cluster
        self._mentions.append((span.start, span.end, cluster))
        country, role = describe(span)
        cluster.country = self._body_titled(span, cluster) or cluster.country or country
        cluster.role = cluster.role or role

    def _body_titled(self, span: Span, cluster: Cluster) -> str | None:
        """The international body a mention's title makes an official speak for, whatever their
        own country or the post the article's year gives: "NATO Secretary General Mark Rutte"
        (:func:`gazetteer.body_titled`)."""
        start = max(span.root.left_edge.i, span.start - 6, span.sent.start)
        if start >= span.start or not cluster.known:
            return None
        entry = gazetteer.lookup(cluster.name)
        return gazetteer.body_titled(entry, [t.text for t in span.doc[start : span.start]]) if entry else None

    def _complete(self, cluster: Cluster) -> None:
        entry = gazetteer.lookup(cluster.name)
        if entry is None:
            return
        cluster.country = cluster.country or self._represented(entry)
        if cluster.role is None:
            cluster.role = gazetteer.role_at(entry, self.year)

    # -- queries ----------------------------------------------------------------------------
    def at(self, token: Token) -> Cluster | None:
        """The person a token names, if any."""
        return self._token.get(token.i)

    def named(self) -> list[tuple[Token, Cluster]]:
        """Each token that names someone, with the person, in the doc's order: what a pass over
        the doc asking :meth:`at` of every word finds, for a few dozen steps instead of hundreds."""
        tokens = doc_tokens(self.doc)
        return [(tokens[i], self._token[i]) for i in sorted(self._token)]

    def in_tokens(self, tokens: Iterable[Token]) -> list[Cluster]:
        """The people named by any of ``tokens``, in order of first mention, each once."""
        found: list[Cluster] = []
        for token in sorted(tokens, key=lambda t: t.i):
            cluster = self._token.get(token.i)
            if cluster is not None and cluster not in found:
                found.append(cluster)
        return found

    def last_before(self, index: int, *, skip: Iterable[Cluster] = ()) -> Cluster | None:
        """The person named most recently before token ``index``, other than those in ``skip``."""
        skipped = list(skip)
        before = [m for m in self._mentions if m[1] <= index and m[2] not in skipped]
        return before[-1][2] if before else None

    def salient_before(self, token: Token, *, skip: Iterable[Cluster] = ()) -> Cluster | None:
        """Whom a subject "he" or "she" means: the person a sentence is about, not the last one
        named. That is the last person before it who is the subject of a verb in its own sentence
        ("Xi said he would ..."), else the subject nearest the main verb of one of the two
        sentences before ("Fidan met A and B, his office said. Previously, he had met C"), else
        the last person named. A subject's owner counts as a subject, in its sentence or one
        before ("Wang's tour began in New Delhi, where he ..."; "Ruto's trip began on Sunday. He
        arrived ..."), and so does a subject described by a title that means one person
        ("The Iranian president arrived on Wednesday. He was welcomed by ..."). Those in ``skip``
        are not meant (for "him", the subjects of its own clause: "Boric received him"); then
        the last other person its own sentence names comes before the sentences before it. A
        second "he" of a sentence with no subject named between is the first one's ("he met Biden
        in Washington, and in January he visited Argentina"). "She" never means an official the
        gazetteer knows as a man, nor "he" one it knows as a woman ("A, B and C met. She also met
        D": of the three, the woman)."""
        skipped = list(skip)
        unmeant = skipped + [c for c in self.clusters if _of_the_other_sex(c, token)]
        sentence = token.sent
        if (ahead := self._subject_ahead(token)) is not None and ahead not in unmeant:
            return ahead  # "In Accra, where Akufo-Addo hosted him, Mr Faye was urged": the one after
        if (antecedent := self._who_said(token)) is not None and antecedent not in unmeant:
            return antecedent  # "pressure from Trump, who said he had spoken with A": Trump
        if (antecedent := self._who_went_on(token)) is not None and antecedent not in unmeant:
            return antecedent  # "a visit by Blinken, who stopped in Astana, when he met A": Blinken
        if (owner := self._owner_of_the_occasion(token)) is not None and owner not in unmeant:
            return owner  # "Murmu's state visit to Fiji in May, when she met A": Murmu
        if (parallel := self._object_of_the_clause_before(token)) is not None and parallel not in skipped:
            return parallel  # "A called on the President, and B met him": the President
        if (again := self._who_did_it_before(token)) is not None and again not in unmeant:
            return (
                again  # "The prime minister received calls from A and B. ... He also received a call from C"
            )
        here = [
            self.at(t) or (self.described(t) if _subject_name(t) or _owner_of_the_predicate(t) else None)
            for t in span_tokens(sentence)
            if t.i < token.i
            and (
                _subject_name(t) or _owner_of_subject(t) or _owner_of_the_predicate(t) or _maker_of_subject(t)
            )
        ]
        if here := [c for c in here if c is not None and c not in unmeant]:
            return here[-1]
        same = [  # "he met Biden in Washington, and in January he visited Argentina": the same one
            t
            for t in span_tokens(sentence)
            if t.i < token.i and t.lower_ == token.lower_ and {t.dep_, token.dep_} <= {"nsubj", "nsubjpass"}
        ]
        if same and (first := self.salient_before(same[0], skip=skipped)) is not None:
            return first
        subject = {"him": "he", "her": "she"}.get(token.lower_)
        told = subject_pronoun_before(token, subject) if subject else None
        if told is not None and (first := self.salient_before(told)) is not None and first not in unmeant:
            # "He travelled to Kigali, where he was received by Kagame, and to Nairobi, where Ruto
            # hosted him": the one "he" is, not the last other person named
            return first
        if (traveller := self._subject_of_the_leg_before(token, unmeant)) is not None:
            return (
                traveller  # "visits to Warsaw, where A met B, and to Vilnius, where he was received by C": A
            )
        if skipped and (named := self.last_before(token.i, skip=unmeant)) in self.in_tokens(sentence):
            return named  # "During a meeting with Putin, Modi told him": the one its sentence named
        start = sentence.start
        if sentence.start > 0 and not _a_saying(token.head):
            # "Spokesman A told reporters the government would wait. He is also to call B": the
            # one whose trip the article tells, not one who only spoke for them
            unmeant += self._who_spoke_for_others(self.doc[sentence.start - 1].sent)
        for _ in range(2):
            if start == 0:
                break
            previous = self.doc[start - 1].sent
            subjects = sorted(  # a subject's owner is what its sentence is about too: "Ruto's trip began"
                (_depth(t), t.i, cluster)
                for t in previous
                if (
                    _subject_name(t)
                    or _owner_of_subject(t)
                    or _owner_of_the_predicate(t)
                    or _maker_of_subject(t)
                )
                and (cluster := self.at(t) or self.described(t)) is not None
                and cluster not in unmeant
            )
            if subjects:
                return subjects[0][2]
            if (
                chained := self._same_pronoun_leading(previous, token)
            ) is not None and chained not in unmeant:
                return chained  # "A reserved his first trips for B. He has since made others. In C,
                # he was received by D": the "he" that sentence is about, so A, not D
            set_in = [  # "The tour started in Honiara, where Wang held talks with ...": Wang
                cluster
                for t in previous
                if t.dep_ in {"nsubj", "nsubjpass"}
                and _where_or_when(t.head)
                and (cluster := self.at(t)) is not None
                and cluster not in unmeant
            ]
            if set_in and not any(_subject_name(t) and t.pos_ in {"PROPN", "PRON"} for t in previous):
                return set_in[0]
            start = previous.start
        return self.last_before(token.i, skip=unmeant)

    def _who_spoke_for_others(self, sentence: Span) -> list[Cluster]:
        """The spokespeople a sentence tells only speaking: the subjects of its saying verb
        whose office is to speak for others ("Government spokesman A told reporters ...",
        "Chief Cabinet Secretary B said ..."), whom a "he" of the next sentence's own act does not
        mean; not one who speaks of their own act ("A said he would meet C")."""
        root = sentence.root
        if not _a_saying(root) or any(
            t.lower_ in PRONOUNS and t.dep_ in {"nsubj", "nsubjpass"} for t in subtree_of(root)
        ):
            return []
        subjects = [c for c in children_of(root) if c.dep_ == "nsubj"]
        return [
            cluster
            for s in subjects
            if (cluster := self.at(s)) is not None and role_class(cluster.role) == "spokesperson"
        ]

    def _subject_of_the_leg_before(self, token: Token, unmeant: list[Cluster]) -> Cluster | None:
        """Whom a pronoun in a clause of place or time means when its sentence, about a trip or a
        tour and no person, tells the stops one after another each with its own "where": the
        subject of the first such clause, the one making the trip ("The tour began in Lima,
        where Scholz met Boluarte, and ended in Quito, where Noboa hosted him": Scholz, not
        Boluarte, the last one named)."""
        sentence = token.sent
        if not any(_where_or_when(a) for a in ancestors_of(token)):
            return None
        if any(
            c.dep_ in {"nsubj", "nsubjpass"} and (c.pos_ in {"PROPN", "PRON"} or self.at(c) is not None)
            for c in children_of(sentence.root)
        ):
            return None  # a sentence about a person, not a trip: read as before
        own = set(ancestors_of(token))
        legs = [t for t in sentence if t.i < token.i and _where_or_when(t) and t not in own]
        for verb in legs:
            subjects = subjects_of(verb)
            if not subjects or (first := self.at(subjects[0])) is None:
                continue
            if subjects[0].dep_ == "nsubj" and verb.lemma_.lower() in GUEST_VERBS:
                # "where Boluarte received Blinken": the guest is the one on the trip
                guests = [c for c in children_of(verb) if c.dep_ == "dobj"]
                first = next((g for c in guests if (g := self.at(c)) is not None), None)
            return first if first is not None and first not in unmeant else None
        return None

    def _who_did_it_before(self, token: Token) -> Cluster | None:
        """Whom a subject "he" or "she" of a verb told with "also" means where its sentence names
        no one before it: the one the article last told doing the same ("The prime minister
        received telephone calls from A and B. ... B invited him to visit. Earlier, he also
        received a telephone call from C": the prime minister, not B, the last subject)."""
        verb = token.head
        if (
            token.dep_ != "nsubj"
            or verb.pos_ != "VERB"
            or not any(c.lower_ == "also" for c in children_of(verb))
        ):
            return None
        sentence = token.sent
        if any(self.at(t) is not None for t in span_tokens(sentence) if t.i < token.i):
            return None
        for t in reversed(self.doc[: sentence.start]):
            if t.lemma_ != verb.lemma_ or t.pos_ != "VERB":
                continue
            for subject in (c for c in children_of(t) if c.dep_ == "nsubj"):
                named = [self.at(a) for a in children_of(subject) if a.dep_ == "appos"]  # "The premier, A,"
                if cluster := self.at(subject) or next(filter(None, named), None) or self.described(subject):
                    return cluster
            return None  # the same act told last of no one named: "he" is read as before
        return None

    def _same_pronoun_leading(self, sentence: Span, token: Token) -> Cluster | None:
        """Whom a pronoun means when the sentence before names no subject but is about "he" or
        "she" of the same sex as it, the subject of its main verb: the one that "he" means, so a
        chain of sentences on one person keeps to that person ("A arrived. He has since made
        trips. In C, he was received by D": A, not D, the last one named)."""
        form = {"him": "he", "her": "she"}.get(token.lower_, token.lower_)
        if form not in {"he", "she"}:
            return None
        lead = next(
            (t for t in children_of(sentence.root) if t.dep_ in {"nsubj", "nsubjpass"} and t.lower_ == form),
            None,
        )
        return None if lead is None or self.at(lead) is not None else self.salient_before(lead)

    def _object_of_the_clause_before(self, token: Token) -> Cluster | None:
        """Whom an object "him" or "her" means in the second of two clauses joined by "and": the
        one person the first clause's verb takes as its object, the clauses told alike ("A called
        on the President at his hotel, and B met him separately": the President, not A), or the
        second sharing the first's subject, which "him" cannot mean ("A greeted B at the airport on
        behalf of C and held talks with him": B, not C, for whom A stood in)."""
        if token.lower_ not in {"him", "her"}:
            return None
        verb = token.head.head if token.dep_ == "pobj" else token.head
        if verb.dep_ == "dobj" and verb.pos_ == "NOUN" and verb.head.dep_ == "conj":
            verb = verb.head  # "and held talks with him": the verb the talks are held by
        if token.dep_ not in {"dobj", "pobj"} or verb.dep_ != "conj" or verb.pos_ != "VERB":
            return None
        objects = [c for c in children_of(verb.head) if c.dep_ == "dobj"] + [
            g for c in children_of(verb.head) if c.dep_ == "prep" for g in children_of(c) if g.dep_ == "pobj"
        ]
        found = {cluster for t in objects if (cluster := self.at(t) or self.described(t)) is not None}
        return found.pop() if len(found) == 1 else None

    def _owner_of_the_occasion(self, token: Token) -> Cluster | None:
        """Whose trip a subject "he" or "she" means in a clause of place or time set after it: the
        person owning the noun the clause's comma hangs on ("... follows Halimah's state visit to
        Fiji in May, when she met A", "after Anwar's trip to Tokyo, where he met B"); not the
        owner of a person ("Xi's envoy, when he met A" is the envoy)."""
        verb = token.head
        if token.dep_ not in {"nsubj", "nsubjpass"} or not any(
            (c.dep_ == "advmod" and c.lower_ in {"when", "where"})
            # "Lula's state visit to China, during which he met Xi": Lula
            or (
                c.dep_ == "prep" and c.lower_ == "during" and any(w.lower_ == "which" for w in children_of(c))
            )
            for c in children_of(verb)
        ):
            return None
        opening = min(t.i for t in subtree_of(verb))
        if opening < 1 or self.doc[opening - 1].text != ",":
            return None
        noun = self.doc[opening - 1].head
        if noun.ent_type_ == "DATE" and noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            noun = noun.head.head  # hung on the trip's time: "Lind's visit to Fiji in May, when she"
        elif noun.ent_type_ == "DATE" and noun.dep_ == "npadvmod" and noun.i == opening - 2:
            # a time set right after the trip's place, hung on the verb: "thanked her for her visit
            # to Oslo last week, where she met A": the word before the time
            before = self.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else noun
            noun = before if before.ent_type_ in PLACE_TYPES and before.dep_ == "pobj" else noun
        if noun.ent_type_ in PLACE_TYPES and noun.dep_ == "pobj" and noun.head.lower_ in {"to", "in", "of"}:
            noun = noun.head.head  # hung on the trip's place: "Xi's state visit to Moscow, where he"
        if noun.lemma_ == "be" and noun.pos_ == "AUX":
            # "The visit is Ramaphosa's first to China since 2018, when he travelled to Beijing":
            # the owner told as what the visit is, the parser hanging "since" on "is"
            owned = [
                c
                for c in children_of(noun)
                if c.dep_ == "attr" and c.i < opening and any(g.dep_ == "case" for g in children_of(c))
            ]
            return next((owner for c in owned if (owner := self.at(c)) is not None), None)
        nouns = [noun]
        if noun.ent_type_ == "ORDINAL" and noun.dep_ == "attr":
            # "The visit is the first by Lind to Fiji since May, when she met A": the first, and
            # the visit it is said of
            nouns += [c for c in children_of(noun.head) if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
        elif noun.pos_ != "NOUN" or noun.lower_ in PERSON_NOUNS:
            return None
        # the trip's owner, "Lind's visit", or its maker told after "by": "a visit by Lind"
        owners = [
            self._owner_named(g if c.dep_ == "prep" else c)
            for n in nouns
            for c in children_of(n)
            if c.i < opening
            for g in (children_of(c) if c.dep_ == "prep" and c.lower_ == "by" else [c])
            if c.dep_ == "poss" or g.dep_ == "pobj"
        ]
        return next((owner for owner in owners if owner is not None), None)

    def _owner_named(self, owner: Token) -> Cluster | None:
        """The person the owner of a trip names: a name ("Xi's visit"), a possessive pronoun as
        :meth:`owner_of` reads it ("his visit"), or a description of one person ("the Prime
        Minister's visit", "the Kenyan leader's visit")."""
        if (named := self.at(owner)) is not None:
            return named
        if owner.lower_ in {"his", "her"}:  # read as the "he" or "she" it stands for would be,
            # but for the reason of thanks ("thanked the President for his visit to Belfast, where")
            verb = _verb_of(owner)
            thanked = self._thanked_for(owner, verb) if verb.pos_ in {"VERB", "AUX"} else None
            return thanked or self.salient_before(owner)
        return self._described_one(owner)

    def _subject_ahead(self, token: Token) -> Cluster | None:
        """The person its sentence is about, named after a pronoun in a relative clause of place
        or time (or on a person: "At a news conference with A, who hosted him, B said") set before
        the main verb: "In Abuja, where he held talks with Tinubu, and in
        Accra, where Akufo-Addo hosted him, Mr Faye was urged ..." (he and him are Faye), in a
        participle's clause set before it: "Recalling that he met Prabowo in April, Xi said", or
        in a clause of time set before it: "When he meets Xi, Mr. Biden intends to ..."."""
        root = token.sent.root
        clause = next((a for a in ancestors_of(token) if _where_or_when(a) or _who_clause(a)), None)
        if clause is None:  # "Recalling that he met Prabowo in April, Xi said ...": a participle's
            clause = next((a for a in ancestors_of(token) if _subjectless_participle(a, root)), None)
        timed = next((a for a in ancestors_of(token) if _time_clause_before(a)), None)
        if clause is None and timed is not None:  # "When he meets Xi, Mr. Biden intends to ...", also
            # in what is said: "Officials said that when he meets Xi, Mr. Biden intends to ..."
            subjects = [
                c for c in children_of(timed.head) if c.dep_ in {"nsubj", "nsubjpass"} and c.i > token.i
            ]
            return next((cluster for s in subjects if (cluster := self.at(s)) is not None), None)
        if clause is None or clause.i > root.i:
            return None
        top = clause
        while top.head != root and top.head.i != top.i:
            top = top.head
        if top.dep_ not in {"prep", "advcl", "npadvmod", "advmod"} or top.i > root.i:
            return None
        subjects = [c for c in children_of(root) if c.dep_ in {"nsubj", "nsubjpass"} and c.i > token.i]
        return next((cluster for s in subjects if (cluster := self.at(s)) is not None), None)

    def _who_said(self, token: Token) -> Cluster | None:
        """The person a relative clause is about, for a subject pronoun of a clause that relative
        clause tells, with no other subject named between: "pressure from Trump, who said on
        Saturday he had spoken with A" (he is Trump, though Trump is no subject of the sentence);
        not "Trump, who said Xi told him he ..." (that "he" is Xi)."""
        if token.dep_ not in {"nsubj", "nsubjpass"}:
            return None
        clause = next((a for a in ancestors_of(token) if a.dep_ == "relcl"), None)
        if clause is None or not any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"who", "that"} and c.i < token.i
            for c in children_of(clause)
        ):
            return None
        between = self.doc[clause.i : token.i]
        if any(t.dep_ in {"nsubj", "nsubjpass"} and t.lower_ not in {"who", "that"} for t in between):
            return None
        return self.at(clause.head)

    def _who_went_on(self, token: Token) -> Cluster | None:
        """The person a "who" clause is about, for the subject pronoun of a clause of time or place
        set right after it: "a visit by Blinken, who stopped in Astana in February, when he met
        Tokayev" (he is Blinken, however the parser hangs the "when" clause: on the name or on the
        sentence's main verb)."""
        verb = token.head
        if token.dep_ not in {"nsubj", "nsubjpass"} or not any(
            c.dep_ == "advmod" and c.lower_ in {"when", "where"} and c.i < token.i for c in children_of(verb)
        ):
            return None
        opening = verb.left_edge.i
        if opening < 2 or self.doc[opening - 1].text != ",":
            return None
        last = self.doc[opening - 2]
        clause = next((a for a in (last, *ancestors_of(last)) if _who_clause(a)), None)
        if clause is None or clause.right_edge.i != last.i:
            return None
        return self.at(clause.head)

    def described(self, head: Token) -> Cluster | None:
        """The one person a description stands for ("the Iranian president"), if it is one."""
        if head.pos_ not in {"NOUN", "PROPN"} or head.lower_ in PRONOUNS:
            return None
        people = self.resolve_description(head)[0]
        return people[0] if len(people) == 1 else None

    def by_title(self, head: Token, *, read_joined: bool = True) -> list[Cluster]:
        """Whom a title with no country means: "the premier", "the crown prince", "the Emir" is
        the one person named before it who holds that office as stated; none where two do, unless
        the verb it is the subject of names all but one of them ("the prime minister held talks
        with Premier Li" is not Li), or a title joined to it by "and" means one of them ("The
        acting minister and the American Secretary of State had met": the minister is not the
        Secretary; ``read_joined``: whether to read the joined titles, not asked again of them). An
        office the role table lacks, written with capitals ("the Chief Adviser"), is the one
        person the article names with that title before the name ("Chief Adviser Muhammad
        Yunus")."""
        ours = _ours(head)  # "the Head of our state": the head of state of the dateline's country
        own = [
            t
            for t in subtree_of(head)
            if (t.i <= head.i or (head.lower_ in {"head", "heads"} and t.i <= head.i + 2 + ours))
            and t.lower_ != "our"
        ]
        stated = find_role(" ".join(t.text for t in own))  # "the head of state" names its office after it
        if stated is None and (named_after := _office_named_after(head)):
            own, stated = named_after  # "the secretary of state", "the minister for foreign affairs"
        if (
            stated is None
            and office_word(head) in OFFICES
            and (head.is_title or _the_office(head) or _organisations_of(head, own))
        ):  # "the Chief Adviser", "the secretary", "the UN chief" (whoever holds the UN's office),
            # "the Secretary-General" (the office's words as the page writes them, hyphen and all)
            opening = office_start(head)
            written = [
                t.text
                for t in subtree_of(head)
                if t.i <= head.i and not opening <= t.i < head.i and t.dep_ in {"compound", "amod"}
            ]
            stated = (" ".join([*written, self.doc[opening : head.i + 1].text]), "office")
        if stated is None and head.lower_ in RANKS and _the_office(head):
            # "the general was received by President B": the one the article names with that rank
            # ("General A"); a rank is no office, and the role table has none
            ranked = dict.fromkeys(
                cluster
                for start, end, cluster in self._mentions
                if end <= head.i and self._ranked_at(start, end, cluster, head.lower_)
            )
            return list(ranked) if len(ranked) == 1 else []
        if (
            stated == ("Minister", "minister")
            and head.lower_ in MINISTER_WORDS
            and (
                any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(head))
                or _bare_subject_title(head)
            )
        ):
            # "the Minister", and Bhutan's "Lyonpo" told alone as a readout tells its principal
            # ("Lyonpo led the delegation"): whoever holds a ministry
            stated = ("Minister", "ministry")
        if stated is None or stated[1] not in {
            "ministry",
            "leader",
            "deputy_leader",
            "foreign",
            "defence",
            "adviser",
            "envoy",
            "office",
        }:
            return []
        before = {m[2] for m in self._mentions if m[1] <= head.i}
        any_ministry = stated[1] == "ministry"
        holders = [
            c
            for c in self.clusters
            if c in before
            and c.role
            and (find_role(c.role) == stated or (any_ministry and role_class(c.role) in MINISTRIES))
        ]
        if holders:
            # "Deputy Prime Minister and Foreign Minister A": the first of two offices joined before
            # a name is held as the second is, though the role kept is the second
            holders += dict.fromkeys(
                cluster
                for start, end, cluster in self._mentions
                if end <= head.i
                and cluster not in holders
                and self._titled_first_of_two(start, end, cluster, stated[0].lower())
            )
        office = " ".join(t.lower_ for t in own if t.dep_ != "det")
        if office != stated[0].lower() and len(office.split()) > 1:
            # "the Supreme Leader": the one the gazetteer knows to hold the office by that name,
            # though the article titles him otherwise ("Kim Jong Un, general secretary of ..."),
            # not another the role table reads the words as ("President Putin")
            known = [c for c in self.clusters if c in before and self._known_office(c) == office]
            holders = known if len(known) == 1 else holders
        # "the former Head of State", "the ex-president": one named as a former holder, never the
        # office's holder now ("former Head of State, General A" after "President B")
        past = any(t.lower_ in {"former", "ex"} for t in own)
        if past:
            holders = [c for c in holders if self._named_as_past_holder(c, head.i)]
        elif len(holders) > 1:  # "the Emir" after "Emir A" and "the late Emir B": A, who holds it now
            holders = [c for c in holders if not self._named_as_past_holder(c, head.i)] or holders
        if not holders:  # "Crown Prince and Prime Minister Mohammed bin Salman": a second title
            # as the table writes it, else as the reference does: "the former Head of State" is the
            # one named after "former Nigerian Head of State, General A" (no "President" written)
            as_written = " ".join(t.lower_ for t in own if t.dep_ != "det" and t.lower_ not in FORMER)
            for office in dict.fromkeys((stated[0].lower(), as_written)):
                holders = list(
                    dict.fromkeys(
                        cluster
                        for start, end, cluster in self._mentions
                        if end <= head.i
                        and office
                        # "Speaker A", or "The Speaker of the National Assembly, A,"
                        and (
                            self._titled_at(start, end, cluster, office)
                            or self._titled_beside(start, end, cluster, office)
                        )
                    )
                )
                if not holders and stated[1] == "office" and re.search(r"[\s-]", office):
                    # "the Director General" after "Director General of the International
                    # Atomic Energy Agency (IAEA) A": the one whose role the office opens, when
                    # the title before his name is too long to read as one
                    holders = [c for c in self.clusters if c in before and _office_opens(c.role, office)]
                if past:
                    holders = [c for c in holders if self._named_as_past_holder(c, head.i)]
                if holders:
                    break
        if ours and (home := self._our_country(head)) is not None:
            holders = [c for c in holders if c.country == home]
        if not holders and stated[0] == "President-elect":
            holders = self._elected([c for c in self.clusters if c in before])
        if not holders and not past and (home := self._the_datelines_own(head)) is not None:
            holder = self._holder(home, stated[0])  # "ANKARA (AA) - The President received ...": Turkey's
            holders = [holder] if holder is not None else []
        if stated[1] == "office" and (body := _body_of_the_office(head)):
            # "the chairman of Gazprom": the one named as chairman of that body, never the chairman
            # of another named before ("Chairman of the State Duma A")
            holders = [c for c in holders if all(_names_organisation(c.role or "", t) for t in body)]
        if organisations := _organisations_of(head, own):
            # "the RSF leader": the one the article names with that organisation, by name or initials
            # ("the commander of the Rapid Support Forces"), never another leader of the story
            holders = [
                c
                for c in self.clusters
                if c in before
                and all(
                    _names_organisation(c.role or "", o) or self._titled_as(c, f"{o.lower_} {head.lower_}")
                    for o in organisations
                )
            ]
        shared = {  # "the prime minister and the governor of the National Bank of Serbia": Serbia's;
            # not an adjective of the other's own ("the Crown Prince and the Kenyan President")
            country
            for conjunct in head.conjuncts
            for t in subtree_of(conjunct)
            if t.i > conjunct.i and t.pos_ in {"PROPN", "ADJ"} and (country := places.country_named(t.text))
        }
        if shared and holders and holders[0].country not in shared:
            return []
        if vague := [a for t in own for a in places.ambiguous_countries() if fold(t.text).startswith(a)]:
            # "the Congolese president": one of the Congos' presidents, whichever, not Rwanda's
            holders = [c for c in holders if c.country and any(a in fold(c.country) for a in vague)]
        if len(holders) > 1 and read_joined:
            joined = {c for conjunct in head.conjuncts for c in self._joined_title(conjunct)}
            holders = [c for c in holders if c not in joined] or holders
        # the office set beside a style that is the subject is the subject too: "His Excellency
        # the President held talks with ..."
        subject = head.head if head.dep_ == "appos" and head.head.lower_ in STYLES_OF_ADDRESS else head
        if len(holders) > 1 and subject.dep_ in {"nsubj", "nsubjpass"}:
            # a clause joined with a subject of its own tells another act ("the president and the
            # pontiff met, and Biden later said ..."): its people are not acted on by the verb
            other_acts = {
                t.i
                for c in children_of(subject.head)
                if c.dep_ == "conj" and any(g.dep_ in {"nsubj", "nsubjpass"} for g in children_of(c))
                for t in subtree_of(c)
            }
            acted_on = {  # "the prime minister held talks with Premier Li": not Li
                cluster
                for t in subtree_of(subject.head)
                if not (subject.left_edge.i <= t.i <= subject.right_edge.i)
                and t.i not in other_acts
                and (cluster := self.at(t)) is not None
            }
            holders = [c for c in holders if c not in acted_on] or holders
            # "the head of state had been received at the White House by Trump" after Iohannis and
            # Biden: the guest of an American host, not the other American; one meets a foreigner
            theirs = {c.country for c in acted_on if c.country}
            holders = [c for c in holders if c.country not in theirs] or holders
        if len(holders) > 1:  # "the Commission President": the one titled so, not another president
            words = [t for t in own if t.dep_ != "det"]
            qualified = " ".join(t.lower_ for t in words)
            # an office's initials ("the PM", "the FM") spell the office, no qualifier of it: the
            # holder is not whoever was once written with those initials ("British PM Theresa May")
            initials = len(words) == 1 and words[0].text.isupper() and len(words[0].text) <= 4
            titled = [
                c
                for c in holders
                if qualified != stated[0].lower() and not initials and self._titled_as(c, qualified)
            ]
            holders = titled if len(titled) == 1 else holders
        if len(holders) > 1 and stated == ("Minister", "ministry") and head.is_title:
            # "A, Minister for Foreign Affairs, hosted his counterparts B and C ... The Minister later
            # met D": the one the article itself titles Minister, not those it names as
            # counterparts, whatever ministry each holds
            titled_so = [c for c in holders if self._titled_minister(c)]
            holders = titled_so if len(titled_so) == 1 else holders
        if len(holders) > 1 and (speaker := self._speaker_of(head)) is not None and speaker.country:
            # "Foreign Minister Sugiono said the President would leave": the speaker's own president
            own_country = [c for c in holders if c.country == speaker.country and c is not speaker]
            holders = own_country if len(own_country) == 1 else holders
        if len(holders) > 1:  # "the prime minister" of the one the article is about
            if _bare_subject_title(head):
                # a readout's bare title ("Prime Minister met Prime Minister of Norway Jonas Gahr
                # Store"): its own principal, the first the article names with it, not a
                # counterpart named since, however often the readout names the counterpart
                # ("Prime Minister thanked PM Store for ...")
                first = {c: min(m[0] for m in self._mentions if m[2] is c) for c in holders}
                most = [min(holders, key=lambda c: first[c])]
            else:
                most = self._most_named(holders)
            holders = most or self._subject_of_the_lead(holders) or self._protagonist(holders)
        return holders if len(holders) == 1 else []

    def _protagonist(self, holders: list[Cluster]) -> list[Cluster]:
        """Of several holders of a title, the one the story is about: the one it names first and
        more often than any other holder ("PM A, B drive together ... Prime Minister A held talks
        with his counterpart B ... Earlier, the Prime Minister called on President C": A, the
        visitor whose day the story tells); none else."""
        first = {id(c): min(m[0] for m in self._mentions if m[2] is c) for c in holders}
        counts = {id(c): self._count(c) for c in holders}
        lead = min(holders, key=lambda c: first[id(c)])
        return [lead] if all(counts[id(lead)] > counts[id(c)] for c in holders if c is not lead) else []

    def _joined_title(self, conjunct: Token) -> list[Cluster]:
        """Whom a word joined to a title by "and" names: its name, else its own title's holder."""
        named = self.at(conjunct)
        return [named] if named is not None else self.by_title(conjunct, read_joined=False)

    def _known_office(self, cluster: Cluster) -> str | None:
        """The office the gazetteer knows a person to hold in the article's year, in small letters."""
        entry = gazetteer.lookup(cluster.name)
        role = gazetteer.role_at(entry, self.year) if entry is not None else None
        return role.lower() if role else None

    def _subject_of_the_lead(self, holders: list[Cluster]) -> list[Cluster]:
        """Of several holders of a title, the one the story is about: the subject of its lead (the
        dateline's sentence), when one of them is of the dateline's country ("WASHINGTON - President
        Ruto and his American counterpart held talks ... the Head of State was hosted": Ruto), so
        that the story is a report of a visit there or of its host at home; none else."""
        lead, dateline = the_lead(self.doc), article_dateline(self.doc)
        if lead is None or dateline is None or not any(c.country == dateline.country for c in holders):
            return []
        for subject in (t for t in children_of(lead.root) if t.dep_ in {"nsubj", "nsubjpass"}):
            # the subject's own words, before any person joined to it ("A and his counterpart B")
            named = self.in_tokens(self.doc[subject.left_edge.i : subject.i + 1])
            if named and named[0] in holders:
                return named[:1]
        return []

    def _the_datelines_own(self, head: Token) -> str | None:
        """The country whose office a bare title opening the lead means: a story that names its
        subject right after its dateline only by office ("NAIROBI (KNA) - The President received
        ...", "New Delhi, Oct 5 (ANI): The Prime Minister held talks with ...") speaks of the holder
        of that office in the country it is filed from, as its outlet writes of its own leaders.
        None for a title further into the sentence or the story, or inside a quotation."""
        sentence = head.sent
        place = dateline_place(sentence)  # the parser may have made the dateline a sentence of its own
        if place is None or head.dep_ not in {"nsubj", "nsubjpass"} or in_quotation(head):
            return None
        end = dateline_end(sentence)
        first = next((t for t in sentence if t.idx >= end and not t.is_punct), None)
        return place.country if first is not None and first.i == head.left_edge.i else None

    def _our_country(self, head: Token) -> str | None:
        """The country "our" of a title means ("our President", "the Head of our state"): the
        dateline's, where the outlet writes as its own; none inside a quotation, whose speaker may
        be of another ("'our president will come', the Kenyan envoy said")."""
        dateline = article_dateline(self.doc)
        return dateline.country if dateline is not None and not in_quotation(head) else None

    def _speaker_of(self, head: Token) -> Cluster | None:
        """The person who says what a title is told in: the subject of "said", "told" or "added"
        whose clause holds it ("Foreign Minister Sugiono said the President would ...")."""
        for verb in ancestors_of(head):
            if verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in ATTRIBUTING:
                subjects = [c for c in children_of(verb) if c.dep_ == "nsubj" and c.i < head.i]
                return self.at(subjects[0]) if subjects else None
        return None

    def _titled_minister(self, cluster: Cluster) -> bool:
        """Whether the article writes "Minister" beside a person's name: before it ("Minister A",
        "Foreign Minister A") or set off after it ("A, Minister for Foreign Affairs,")."""
        doc = self.doc
        for start, end, c in self._mentions:
            if c is not cluster:
                continue
            after = doc[end : end + 4]
            if self._titled_at(start, end, c, "minister") or (
                len(after) > 1 and after[0].text == "," and any(t.lower_ == "minister" for t in after[1:])
            ):
                return True
        return False

    def _titled_as(self, cluster: Cluster, title: str) -> bool:
        """Whether the article names a person with a title before their name ("European
        Commission President Ursula von der Leyen" for "commission president")."""
        return any(c is cluster and self._titled_at(start, end, c, title) for start, end, c in self._mentions)

    def _titled_beside(self, start: int, end: int, cluster: Cluster, office: str) -> bool:
        """Whether a mention is set with a comma after a capitalised title of that office and its
        body: "The Speaker of the Turkish Grand National Assembly, A," is a speaker; not a name
        after a bare title that opens a list of names ("Crown Prince, Erdogan and Aliyev")."""
        return not self._listed_after_a_title(start, end, cluster) and any(
            _titled(" ".join(words[: words.index("of")] if "of" in words else words), office)
            for words in titles_set_before(self.doc, start)
        )

    def _titled_at(self, start: int, end: int, cluster: Cluster, title: str) -> bool:
        """Whether one mention of a person has a title before its name; not the bare title a list
        of names opens ("Crown Prince, Trump and Al-Sharaa"), which is someone else."""
        doc = self.doc
        before = doc[self._title_reach(start) : _name_start(doc[start:end], cluster)].text.lower()
        return _titled(before, title) and not self._listed_after_a_title(start, end, cluster)

    def _titled_first_of_two(self, start: int, end: int, cluster: Cluster, office: str) -> bool:
        """Whether a mention's title is two offices joined by "and", the first of them ``office``:
        "Deputy Prime Minister and Foreign Minister Senator A" holds both; not a headline's
        "Emir hosts A and B", whose office is no title of A."""
        before = self.doc[self._title_reach(start) : _name_start(self.doc[start:end], cluster)].text.lower()
        return bool(re.search(rf"\b{re.escape(office)} and\b", before)) and self._titled_at(
            start, end, cluster, office
        )

    def _ranked_at(self, start: int, end: int, cluster: Cluster, rank: str) -> bool:
        """Whether one mention of a person has a military rank as the last word of its title
        ("General A", "Lieutenant General A", "the coup leader, General A"), not as the end of an
        office ("Secretary General A", "Attorney General A")."""
        name_start = _name_start(self.doc[start:end], cluster)
        if self.doc[name_start].lower_ == rank and name_start + 1 < end:
            name_start += 1  # the rank kept in the name the tagger read ("General A B")
        words = re.findall(r"[\w'-]+", self.doc[self._title_reach(start) : name_start].text.lower())
        return (
            bool(words) and words[-1] == rank and (len(words) < 2 or words[-2] not in OFFICES_ENDING_IN_RANKS)
        )

    def matching(self, countries: list[str], cls: str | frozenset[str] | None) -> list[Cluster]:
        """People of these countries holding an office of class ``cls`` (or of any of several
        classes), one per country; where two hold it, the one the article names at least twice as
        often as any other."""
        found = []
        # "the Saudi minister": any minister
        classes = (
            cls if isinstance(cls, frozenset) else (MINISTRIES if cls == "minister" else frozenset({cls}))
        )
        for country in countries:
            candidates = [c for c in self.clusters if c.country == country]
            if cls is not None:
                candidates = [
                    c
                    for c in candidates
                    if role_class(c.role) in classes or (cls == "foreign" and c.role is None and c.known)
                ]
            if len(candidates) > 1:
                candidates = self._most_named(candidates)
            if len(candidates) == 1:
                found.append(candidates[0])
        return found

    def _title_reach(self, start: int) -> int:
        """Where the words that may title a name starting at ``start`` begin: eight words back at
        most, within its sentence, and after any other name ("Crown Prince Mohammed bin Salman met
        Marco Rubio" does not title Rubio) or verb ("The crown prince welcomed Erdogan" titles the
        subject, not the one welcomed). The country an office is of is no word of those six
        ("Crown Prince and Prime Minister of the Kingdom of Saudi Arabia Mohammed bin Salman"),
        and two offices joined with a style after them are eight ("Deputy Prime Minister and Foreign
        Minister Senator A")."""
        sentence_start, reach, words = self.doc[start].sent.start, start, 0
        while reach > sentence_start and words < 8:
            reach -= 1
            words += _counted_in_reach(self.doc[reach])
        verbs = (t.i + 1 for t in self.doc[reach:start] if t.pos_ in {"VERB", "AUX"} and not title_word(t))
        return max([reach, *verbs, *(end for _, end, _ in self._mentions if reach < end <= start)])

    def _named_as_past_holder(self, cluster: Cluster, before: int) -> bool:
        """Whether the article, before token ``before``, names a person after a word of a former
        office among the words that title the name: "former Nigerian Head of State, General A",
        "ex-President B", "then Premier C"."""
        return any(
            any(t.lower_ in FORMER for t in self.doc[self._title_reach(start) : start])
            for start, end, c in self._mentions
            if c is cluster and end <= before
        )

    def _most_named(self, candidates: list[Cluster]) -> list[Cluster]:
        """Of several people, the one the article names at least twice as often as any other;
        none if no one is."""
        counts = sorted(((self._count(c), i) for i, c in enumerate(candidates)), reverse=True)
        return [candidates[counts[0][1]]] if counts[0][0] >= 2 * counts[1][0] else []

    def _count(self, cluster: Cluster) -> int:
        return sum(m[2] is cluster for m in self._mentions)

    def resolve_description(self, head: Token) -> tuple[list[Cluster], list[str]]:
        """People and delegations a description refers to: ("the Chinese and Russian foreign
        ministers" -> the Chinese and the Russian foreign minister; "U.S. officials" -> the United
        States delegation). Returns (people, countries of delegations with no named person)."""
        if head.lower_ in STYLES:  # "His Majesty", "His Holiness"
            return self._styled(head), []
        if head.tag_ == "NNS" and any(c.lower_ == "other" and c.dep_ == "amod" for c in children_of(head)):
            return [], []  # "met other Vietnamese leaders": others than those named, not them
        if (beside := self._set_beside(head)) is not None:
            return [beside], []  # "Orban, the EU leader with the warmest ties to the Kremlin, met ..."
        if (apposed := self._named_after_its_phrase(head)) is not None:
            return [apposed], []  # "The UN High Commissioner for Refugees, Filippo Grandi, was in Beirut"
        if (apposed := self._named_in_apposition(head)) is not None:
            return [apposed], []  # "The Minister of Foreign Affairs, A, welcomed his counterpart": A
        # an office told only by the owner of a thing with a name of its own names the owner, not
        # the thing: "the G20 Leaders' Summit" is no leader; not a place's ("China's Foreign Minister")
        a_name = head.text[:1].isupper() and head.i > head.sent.start
        owned_by = {
            t.i
            for c in children_of(head)
            if a_name and c.dep_ == "poss" and c.ent_type_ not in {"GPE", "NORP", "ORG", "LOC"}
            for t in subtree_of(c)
        }
        phrase = " ".join(
            t.text
            for t in subtree_of(head)
            if t.i <= head.i + 3 and t.lower_ != "our" and t.i not in owned_by
        )
        role = find_role(phrase)
        if (titled := self._titling(head, role is not None)) is not None:
            return [titled], []  # "Egyptian intelligence chief Abbas Kamel", parsed apart from the name
        countries = _countries_in(head)
        if head.tag_ in {"NNS", "NNPS"} and countries:
            countries = self._with_vague_nations(head, countries)
        if (
            role is None
            and head.lower_ in BOSSES
            and countries
            and not _of_something(head)
            and not _heads_an_institution(head)
        ):
            role = ("President", "leader")  # "the Kremlin chief"; not "the White House chief of staff"
        if head.lower_ == "counterpart" and not countries:
            return self._counterpart_of(head), []
        if (
            (role is not None or office_word(head) in OFFICES or head.lower_ in RANKS)
            and not countries
            and _definite(head)
            and head.tag_ != "NNS"
        ):
            return self.by_title(head), []
        if head.lower_ == "counterparts" and countries:  # "his South Korean and Japanese counterparts",
            # when the article names each; else the delegations of those countries
            owner = next(
                (self.last_before(c.i) for c in children_of(head) if c.lower_ in {"his", "her"}), None
            )
            resolved = self.matching(countries, role_class(owner.role) if owner is not None else None)
            if len(resolved) == len(countries):
                return resolved, []
        if head.lower_ in LEADS and (team := _led_team(head)) is not None:
            # "the head of the U.S. negotiating team": that country's envoy, if the article names one
            countries = _countries_in(team)
            led = self.matching(countries, "envoy")
            return (led, []) if len(led) == len(countries) else ([], countries)
        if head.lower_ in LEADS and (ministry := _led_ministry(head)) is not None:
            # "the head of the Kazakh foreign ministry": that country's foreign minister
            noun, cls = ministry
            led = self.matching(_countries_in(noun), cls)
            return (led, []) if len(led) == 1 else ([], [])
        if head.lower_ in DELEGATION_NOUNS:
            return [], countries
        if (
            role is not None
            and role[1] in ONE_HOLDER
            and any(
                c.dep_ == "det" and c.lower_ in {"a", "an", "any", "no", "every"} for c in children_of(head)
            )
        ):
            return [], []  # "the last visit by an Indonesian president": any one, not the one named
        if role is None and _nationality_noun(head):
            return self.matching(countries, None), []  # "when the Brazilian visited him": Lula
        if (role is None and head.lower_ != "counterpart") or not countries:
            return [], []
        counterpart = head.lower_ == "counterpart" or head.text.endswith("counterparts")
        owner = next((self.owner_of(c) for c in children_of(head) if c.lower_ in {"his", "her"}), None)
        if head.lower_ == "counterpart" and owner is not None and owner.role:
            # "Fuad Hussein held talks with his Turkish counterpart": Turkey's foreign minister, of
            # the office his is, where the article names Turkey's president too
            peers = self.matching(countries, role_class(owner.role))
            if len(peers) == len(countries):
                return peers, []
            if role_class(owner.role) != "leader":
                # "the national security adviser will speak with his Russian counterpart": Russia's
                # adviser, whom the article does not name, not its president; only a leader's
                # counterpart may be a leader of another title (a king's, a president)
                found = {p.country for p in peers}
                return peers, [c for c in countries if c not in found]
        classes: str | frozenset[str] | None = None if counterpart or role is None else role[1]
        if classes == "diplomat" and _definite(head) and head.tag_ != "NNS":
            classes = DIPLOMATIC  # "the U.S. diplomat": the one of that country in any diplomatic office
        resolved = self.matching(countries, classes)
        if classes == "envoy" and not resolved and _definite_or_owned(head) and head.tag_ != "NNS":
            # "China's special envoy had met Zelensky ... Li Hui, an experienced ex-diplomat": a
            # country's envoy is the one of its diplomats the article names with no office of its own
            resolved = self.matching(countries, "diplomat")
        named = {c.country for c in resolved}
        if (
            role is not None
            and not counterpart
            and role[1] in ONE_AT_A_TIME
            and not _of_another_time(head)
            and _only_country_and_title(head, role[0])
        ):
            own = {places.country_named(t.text) for t in subtree_of(head) if t.i < head.i}
            for country in countries:  # "the French president", where the article names no one in it
                if (
                    country in own
                    and country not in named
                    and (holder := self._holder(country, role[0])) is not None
                ):
                    resolved.append(holder)
                    named.add(country)
        return resolved, [c for c in countries if c not in named]  # "his Omani counterpart", unnamed

    def _with_vague_nations(self, head: Token, countries: list[str]) -> list[str]:
        """The countries of a plural office's adjectives, with one no table names as one country
        ("Congolese", "Korean") read as the one country of that name whose people the article
        names: "the Congolese and Rwandan presidents" of a story naming Tshisekedi, DR Congo's, are
        DR Congo's and Rwanda's; none where the article names people of both Congos."""
        found = list(countries)
        for token in subtree_of(head):
            if token.i >= head.i or token.dep_ not in {"amod", "conj", "compound"}:
                continue
            key = fold(token.text)
            stems = [a for a in places.ambiguous_countries() if key.startswith(a)]
            before = token.nbor(-1).text if token.i > 0 else ""
            if not stems or places.country_named(f"{before} {token.text}"):
                continue  # "South Korean": one country, read already
            named = {
                c.country
                for c in self.clusters
                if c.country and c.country not in found and any(a in fold(c.country) for a in stems)
            }
            if len(named) == 1:
                found.append(named.pop())
        return found

    def _set_beside(self, head: Token) -> Cluster | None:
        """The person a description is set after by a comma, where the parser took the two apart
        and made the description the subject: in "Orban, the EU leader with the warmest ties to
        the Kremlin, last met Putin" the leader is Orban, not another EU leader the article names.
        The name hangs on the description's own head, as no phrase of its own ("After talks with
        Putin, the Chinese leader said": Putin is in a phrase of "with", and is no leader)."""
        if head.dep_ == "appos" and (named := self.at(head.head)) is not None:
            return named  # "Fico, the EU leader with the warmest ties to Beijing, described ...": Fico
        start = head.left_edge.i
        if start < 2 or head.doc[start - 1].text != "," or head.dep_ not in {"nsubj", "nsubjpass"}:
            return None
        name = head.doc[start - 2]
        cluster = self.at(name)
        if cluster is None:
            return None
        while name.head.i != name.i and self.at(name.head) is cluster:
            name = name.head  # a name's last word is its head: "Viktor Orban"
        if name.head != head.head or name.dep_ in {"conj", "prep", "pobj"}:
            return None
        if name.dep_ in {"nsubj", "nsubjpass"} and not _closed_by_a_comma(head):
            return None  # "Orban, the EU leader with the closest ties to Moscow, described": Orban
        return cluster

    def _named_after_its_phrase(self, head: Token) -> Cluster | None:
        """The person named between commas after an office that is the subject, whose name the
        parser hung on the last word of the office's own "of" or "for" phrase: in "The UN High
        Commissioner for Refugees, Filippo Grandi, was in Beirut" the commissioner is Grandi, not
        a refugee. Only an office ("the talks with the Russian minister, Sergey Lavrov, were ..."
        are no one)."""
        if head.dep_ not in {"nsubj", "nsubjpass"} or not (
            office_word(head) in OFFICES or find_role(head.text) is not None
        ):
            return None
        doc = head.doc
        for name in subtree_of(head):
            if (
                name.dep_ == "appos"
                and name.head.dep_ == "pobj"
                and name.head.head.head == head
                and name.left_edge.i > 0
                and doc[name.left_edge.i - 1].text == ","
                and name.right_edge.i + 1 >= head.right_edge.i  # the last words of the subject
            ):
                return self.at(name)
        return None

    def _named_in_apposition(self, head: Token) -> Cluster | None:
        """The person named between commas right after an office, in apposition to it: "The
        Minister of Foreign Affairs, A, welcomed his counterpart" is A, whatever minister of foreign
        affairs the article named before. Only an office ("the delegation, A and B," is no one)."""
        if not (office_word(head) in OFFICES or find_role(head.text) is not None):
            return None
        doc = head.doc
        portfolios = [
            c for c in subtree_of(head) if c.dep_ == "conj" and _office_of_its_portfolios(c) == head
        ]
        named = [
            cluster
            for word in (head, *portfolios)
            for name in children_of(word)
            if name.dep_ == "appos"
            and name.left_edge.i > 0
            and doc[name.left_edge.i - 1].text == ","
            and (cluster := self.at(name)) is not None
        ]
        return named[0] if len(named) == 1 else None

    def _elected(self, named: list[Cluster]) -> list[Cluster]:
        """Those of the people named who the gazetteer knows took office as president in the
        article's year or the next, having not held it the year before: "the president-elect" of
        an article of December 2024 is Trump, never a president in office."""
        if self.year is None:
            return []
        year = self.year
        return [
            c
            for c in named
            if (entry := gazetteer.lookup(c.name)) is not None
            and any(
                r.role == "President" and r.start in {year, year + 1} and not r.held(year - 1)
                for r in entry.roles
            )
        ]

    def _holder(self, country: str, title: str) -> Cluster | None:
        """The one official the gazetteer knows in an office of a country ("President" of France)
        in the article's year; None if it knows none or several (a year of two prime ministers)."""
        if self.year is None:
            return None
        year = self.year
        holders = [
            entry
            for entry in gazetteer.gazetteer()
            if any(
                r.role == title and r.held(year) and (r.country or entry.country) == country
                for r in entry.roles
            )
        ]
        if len(holders) != 1:
            return None
        cluster = self._cluster_for_full(holders[0].name)
        self._complete(cluster)
        return cluster

    def _titling(self, head: Token, role: bool) -> Cluster | None:
        """The person named right after an office noun, whose title it is, however the parser
        joined the two: "the Egyptian intelligence chief Abbas Kamel" is Kamel, not Egypt's leader."""
        doc = head.doc
        if head.i + 1 >= len(doc) or not (role or head.lower_ in OFFICES | PERSON_NOUNS | BOSSES):
            return None
        after = doc[head.i + 1]
        return next((c for start, _, c in self._mentions if start == after.i), None)

    def _styled(self, head: Token) -> list[Cluster]:
        """Whom a style alone means ("His Majesty", "His Holiness"): the one person named before
        with that style before their name ("His Majesty King Abdullah II"), else the one named
        before in an office of that style (a king, the pope)."""
        style = head.lower_
        royal = head.i > 0 and head.nbor(-1).lower_ == "royal"  # "His Royal Highness" is a prince's
        before = [m for m in self._mentions if m[1] <= head.i]
        titled = list(
            dict.fromkeys(
                cluster
                for start, _, cluster in before
                if (words := title_words_before(head.doc, start))
                and style in words
                and (words[words.index(style) - 1] == "royal") == royal
            )
        )
        if not titled:
            offices = STYLES[style]
            named = dict.fromkeys(m[2] for m in before)
            titled = [c for c in named if c.role and offices & set(c.role.lower().split())]
        return titled if len(titled) == 1 else []

    def in_quote(self, token: Token, *, speaker: bool = False, spoken_to: bool = False) -> Cluster | None:
        """Whom "I" and "you" stand for in a quotation: its speaker and the one spoken to, as the
        attribution on the quotation's line says, after it (' ... on the call," PM Modi told
        Putin.') or before it ('Zelensky wrote on X: "I met ..."'). A speaker told by office
        ('," the president said') is the one person that office stands for. ``speaker`` and
        ``spoken_to`` ask for the one or the other whatever the word."""
        text = doc_text(self.doc)
        start = text.rfind("\n", 0, token.idx) + 1
        end = text.find("\n", token.idx)
        end = len(text) if end < 0 else end
        closing = max(text.rfind(q, token.idx, end) for q in ("\u201d", '"'))
        opening = _quote_opened(text, start, token.idx)
        if opening < 0:
            asked_for_you = not speaker and (spoken_to or token.lower_ == "you")
            in_turn = self._in_turn(token, spoken_to=asked_for_you)
            if in_turn is not None or asked_for_you:
                return in_turn
            return self._unquoted_speaker(token, start, end)
        if closing < 0:
            return None
        after = tokens_after(self.doc, token.i, closing, end)  # the attribution after the quote
        verbs = [t for t in after if t.lemma_.lower() in ATTRIBUTING]
        if not verbs and text[start:opening].rstrip().endswith((":", ",")):
            first = next((t.i for t in self.doc[: token.i] if t.idx >= start), token.i)
            verbs = [
                t
                for t in tokens_after(self.doc, first, start - 1, opening)
                if t.lemma_.lower() in ATTRIBUTING
            ]
        if not verbs:
            return None
        verb = verbs[0]
        if speaker or (token.lower_ in {"i", "me", "we", "us"} and not spoken_to):
            targets = [c for c in children_of(verb) if c.dep_ in {"nsubj", "nsubjpass"}]
        else:
            targets = [c for c in children_of(verb) if c.dep_ in {"dobj", "dative"}]
            targets += [
                g for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "to" for g in children_of(c)
            ]
        found = self.in_tokens(t for target in targets for t in subtree_of(target))
        if not found and len(targets) == 1 and (described := self.described(targets[0])) is not None:
            return described
        return found[0] if found else None

    def _unquoted_speaker(self, token: Token, start: int, end: int) -> Cluster | None:
        """Whom "I" stands for outside any quotation, in a minister's own words set down as they
        are: the one the line itself names as speaking after it ("Today I welcomed my Kenyan
        counterpart to London, said Foreign Secretary A."), else the one a release's byline on an
        earlier line names ("Statement by Foreign Secretary A"); no one where neither does (a
        columnist's "I", a post quoted with no name)."""
        after = tokens_after(self.doc, token.i, token.idx, end)
        verbs = [t for t in after if t.lemma_.lower() in ATTRIBUTING and t.i > token.head.i]
        if verbs and (told := [c for c in children_of(verbs[0]) if c.dep_ == "nsubj"]):
            found = self.in_tokens(t for t in subtree_of(told[0]))
            return found[0] if len(found) == 1 else None
        text = doc_text(self.doc)
        for byline in BYLINE.finditer(text, 0, start):
            named = self.doc.char_span(byline.start(1), byline.end(1), alignment_mode="expand")
            found = self.in_tokens(named or [])
            if len(found) == 1:
                return found[0]
        return None

    def _in_turn(self, token: Token, *, spoken_to: bool) -> Cluster | None:
        """In a transcript, where each turn opens a line with its speaker's title and name and a
        colon ("President of Russia Vladimir Putin: Your Highness, ..."), the speaker of the turn
        a word stands in (a turn goes on over the paragraphs after its line), or, ``spoken_to``,
        the one who spoke the turn before it, another person."""
        text = doc_text(self.doc)
        speakers: list[Cluster] = []
        for opened in TURN.finditer(text, 0, token.idx):
            colon = opened.end(1)
            named = [t for t in self.doc.char_span(opened.start(), colon, alignment_mode="expand") or []]
            cluster = self._token.get(named[-1].i) if named else None
            if cluster is not None and (not speakers or speakers[-1] is not cluster):
                speakers.append(cluster)
        if not spoken_to:
            return speakers[-1] if speakers else None
        return speakers[-2] if len(speakers) > 1 else None

    def _counterpart_of(self, head: Token) -> list[Cluster]:
        """ "his counterpart" with no nationality: the person named most often in the article who
        holds the same kind of office as the one whose counterpart is meant."""
        owner = next((self.owner_of(c) for c in children_of(head) if c.lower_ in {"his", "her"}), None)
        return self.peer_of(owner) if owner is not None else []

    def owner_of(self, possessive: Token) -> Cluster | None:
        """Whom "his" or "her" means: in a phrase hanging from a verb, the verb's subject, the one
        the clause is about ("On Sunday he held talks with his Angolan counterpart": "he", whoever
        was named last; "Ruto was received by his Chinese counterpart"), a pronoun subject read as
        :meth:`salient_before` reads it, a description as :meth:`described` does ("the Ghanaian
        leader"); else the person named most recently before it."""
        verb = _verb_of(possessive)
        if verb.pos_ in {"VERB", "AUX"} and (thanked := self._thanked_for(possessive, verb)) is not None:
            return thanked  # "A thanked the President for his visit": the President
        if verb.pos_ in {"VERB", "AUX"}:
            subject = next((c for c in children_of(verb) if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is not None and subject.i < possessive.i:
                if (named := self.at(subject)) is not None:
                    return named
                if subject.lower_ in {"he", "she"} and (meant := self.salient_before(subject)) is not None:
                    return meant
                if subject.lower_ not in PRONOUNS and (described := self.described(subject)) is not None:
                    return described  # "The Ghanaian leader was received by his Senegalese counterpart"
        return self.last_before(possessive.i)

    def _thanked_for(self, possessive: Token, verb: Token) -> Cluster | None:
        """Whom "his" or "her" means in the reason a verb of thanks or praise gives after its
        object: the one thanked, whose deed the reason is ("The Taoiseach thanked the President for
        his visit", "She congratulated Ruto on his election"), not the verb's subject."""
        if verb.lemma_.lower() not in THANKS:
            return None
        reason = next(
            (
                a
                for a in ancestors_of(possessive)
                if a.dep_ == "prep" and a.head == verb and a.lower_ in {"for", "on"}
            ),
            None,
        )
        if reason is None:
            return None
        objects = [c for c in children_of(verb) if c.dep_ == "dobj" and c.i < reason.i]
        return next(
            (cluster for o in objects if (cluster := self.at(o) or self._described_one(o)) is not None), None
        )

    def _described_one(self, head: Token) -> Cluster | None:
        return None if head.lower_ in PRONOUNS else self.described(head)

    def peer_of(self, owner: Cluster) -> list[Cluster]:
        """The person the article names most often, other than ``owner``, holding the same kind of
        office: whom a leader's talks are with when the text leaves the counterpart unsaid."""
        cls = role_class(owner.role)
        counts: dict[int, int] = {}
        for _, _, cluster in self._mentions:
            if cluster is not owner and role_class(cluster.role) == cls and cls is not None:
                counts[id(cluster)] = counts.get(id(cluster), 0) + 1
        if not counts:
            return []
        best = max(counts, key=lambda k: counts[k])
        return [c for c in self.clusters if id(c) == best]

    def records(self) -> tuple[Person, ...]:
        return tuple(c.record() for c in self.clusters)


# the links that lead from a noun up to the verb its phrase hangs from: "held talks with his
# counterpart", "was received by his counterpart", "met A and his counterpart"
PHRASE_TO_VERB = frozenset({"dobj", "pobj", "prep", "agent", "conj", "appos"})


def _verb_of(possessive: Token) -> Token:
    """The verb a possessive's phrase hangs from, through objects, prepositions and conjuncts, or
    the noun it stops at where none does."""
    verb = possessive.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.dep_ in PHRASE_TO_VERB:
        if verb.head.i == verb.i:
            break
        verb = verb.head
    return verb


def _ours(title: Token) -> bool:
    """Whether a title is said of the writer's own country: "our President", "the Head of our
    state", "the leader of our country"."""
    return any(t.lower_ == "our" and t.dep_ == "poss" for t in subtree_of(title) if t.i <= title.i + 3)


def in_quotation(token: Token) -> bool:
    """Whether a word stands inside a quotation on its line ('"Putin speaks to me," Trump said')."""
    text = doc_text(token.doc)
    start = text.rfind("\n", 0, token.idx) + 1
    return _quote_opened(text, start, token.idx) >= 0


# a release's byline, a line of its own: "Statement by Foreign Secretary A", "Remarks by the
# President", "Message from Minister B", "Readout of the call by ...", "Post by ..."
BYLINE = re.compile(
    r"^[ \t]*(?:joint |press )?(?:statement|remarks|message|readout|post|speech|address|press release)"
    r"\b[^\n.]{0,60}?\b(?:by|from)\b([^\n]{3,120})$",
    re.MULTILINE | re.IGNORECASE,
)
# a transcript's turn: its speaker's title and name, then a colon, opening a line
TURN = re.compile(r"^([^\n:\"\u201c]{3,120}):[ \t]", re.MULTILINE)


def _quote_opened(text: str, start: int, at: int) -> int:
    """Where the quotation that character ``at`` of a line (from ``start``) stands in opens, or -1
    when it stands in none: after a curly opening mark not closed before it, or after an odd
    number of straight ones.

    >>> line = 'He said "no" and I left. \u201cI met him,\u201d she said.'
    >>> _quote_opened(line, 0, line.index("I left")), _quote_opened(line, 0, line.index("I met"))
    (-1, 25)
    >>> _quote_opened('"We agreed," he said, "and I am glad."', 0, 26)
    22
    """
    curly = text.rfind("\u201c", start, at)
    if curly >= 0 and text.rfind("\u201d", start, at) < curly:
        return curly
    straight = text.count('"', start, at)
    return text.rfind('"', start, at) if straight % 2 else -1


def _where_or_when(verb: Token) -> bool:
    """A relative clause of place or time: "where he held talks with ...", "when she met ..."."""
    return verb.dep_ == "relcl" and any(c.lower_ in {"where", "when"} for c in children_of(verb))


def _who_clause(verb: Token) -> bool:
    """A relative clause on a person: "who hosted him for talks", "whom she thanked"; set in a
    phrase before the main verb ("At a news conference with A, who hosted him for talks, B said"),
    its pronoun means the subject named after it, as one of place or time does."""
    return verb.dep_ == "relcl" and any(
        c.lower_ in {"who", "whom"} and c.dep_ in {"nsubj", "nsubjpass", "dobj"} for c in children_of(verb)
    )


TIME_MARKS = frozenset("when whenever before after once while until as".split())


def _time_clause_before(verb: Token) -> bool:
    """A clause of time set before the verb it belongs to, whose pronoun means that verb's
    subject named after it: "When he meets Xi, Mr. Biden intends to ...", "Before she flies to
    Delhi, Meloni will ..."."""
    return (
        verb.dep_ == "advcl"
        and verb.i < verb.head.i
        and any(c.lower_ in TIME_MARKS for c in verb.lefts if c.dep_ in {"mark", "advmod"})
    )


def _a_saying(verb: Token) -> bool:
    """Whether a verb tells what someone said: "said", "told reporters", "announced"."""
    return verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in SAYING


def _of_the_other_sex(cluster: Cluster, pronoun: Token) -> bool:
    """Whether a gendered pronoun cannot mean a person: "she" or "her" an official the gazetteer
    knows as a man, "he" or "him" one it knows as a woman; people it does not know may be either."""
    entry = gazetteer.lookup(cluster.name) if cluster.known else None
    if entry is None or pronoun.lower_ not in PRONOUNS:
        return False
    return entry.woman != (pronoun.lower_ in {"she", "her"})


# the words that make a style stand for a person: "His Majesty", French "Sa Majesté"
STYLE_OWNERS = frozenset("his her royal sa son".split())


def subject_pronoun_before(token: Token, form: str) -> Token | None:
    """The first "he" or "she" (``form``) its sentence tells as a subject before ``token``: the
    one a later "him", "his" or "her" of that sentence means whom it means."""
    return next(
        (
            t
            for t in span_tokens(token.sent)
            if t.i < token.i and t.lower_ == form and t.dep_ in {"nsubj", "nsubjpass"}
        ),
        None,
    )


def _subject_name(token: Token) -> bool:
    """A name that is the subject of a verb, not of a relative clause; also one the parser hung on
    an adverb between it and its verb, which has no subject of its own: "Assad last travelled to
    Tehran", "Ruto often visits Kampala"."""
    if token.dep_ in {"nsubj", "nsubjpass"}:
        return token.head.dep_ != "relcl"
    adverb = token.head
    verb = adverb.head
    return (
        token.dep_ == "compound"
        and token.pos_ == "PROPN"
        and adverb.lower_ in ADVERBS_BEFORE_THE_VERB
        and adverb.dep_ in {"advmod", "nsubj"}  # "last" even taken for the subject: "Orban last travelled"
        and token.i < adverb.i < verb.i
        and verb.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} and c != adverb for c in children_of(verb))
    )


# adverbs of time written between a subject and its verb, on which the parser may hang the name
ADVERBS_BEFORE_THE_VERB = frozenset("last first recently often once previously also later".split())


# the titles news keeps with one given name: "Pope Francis", "Queen Mathilde", "Prince William"
ONE_NAME_TITLES = ROYAL_TITLES | PRINCELY


def _name_start(mention: Span, cluster: Cluster) -> int:
    """Where the name itself begins in a mention that holds its title ("Crown Prince Mohammed bin
    Salman"); a monarch's or a church head's title that news keeps with one given name ("Pope
    Francis", "Queen Mathilde", "Patriarch Kirill", "Pope Leo XIV") is a title there too, so that
    "the pope" is the one named so."""
    names = cluster.name.split()
    if (
        len(names) >= 2
        and names[0].lower() in ONE_NAME_TITLES
        and (len(names) == 2 or (len(names) == 3 and ROMAN_NUMERAL.fullmatch(names[2]) is not None))
    ):
        names = names[1:]
    words = set(names)
    return next((t.i for t in mention if t.text in words), mention.start)


def _office_named_after(head: Token) -> tuple[list[Token], tuple[str, str]] | None:
    """An office whose name goes on after its head word in an "of" or "for" phrase with no
    determiner ("the secretary of state", "the minister for foreign affairs"), with the words
    that state it; not a body or country it is of ("the president of the Comoros")."""
    after = [
        c for c in children_of(head) if c.dep_ == "prep" and c.lower_ in {"of", "for"} and c.i == head.i + 1
    ]
    if not after or any(t.dep_ == "det" for t in subtree_of(after[0])) or after[0].right_edge.i > head.i + 3:
        return None
    own = [t for t in subtree_of(head) if t.i <= after[0].right_edge.i]
    stated = find_role(" ".join(t.text for t in own))
    return (own, stated) if stated is not None else None


def _organisations_of(head: Token, own: list[Token]) -> list[Token]:
    """The organisations a description by office is qualified with, written before it as names
    that are no country and no part of the office: "RSF" of "the RSF leader", "Hamas" of "the
    Hamas chief"; not "Party" of "the Party chief", nor "Chinese" of "the Chinese leader". Only a
    description with its article is one: an office in a style before a name is a title ("ibni
    Al-Marhum Sultan Haji Omar": "Al-Marhum" is no organisation)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(head)):
        return []
    office = find_role(head.text)
    return [
        t
        for t in own
        if t.i < head.i
        and t.dep_ == "compound"
        and t.pos_ == "PROPN"
        and t.ent_type_ in {"ORG", "NORP"}
        and not places.country_named(t.text)
        and find_role(f"{t.text} {head.text}") == office
    ]


def _body_of_the_office(head: Token) -> list[Token]:
    """The capitalised words of the body an office noun's "of" phrase names: "Gazprom" of "the
    chairman of Gazprom", "State", "Duma" of "the speaker of the State Duma"."""
    return [
        t
        for c in children_of(head)
        if c.dep_ == "prep" and c.lower_ == "of"
        for t in subtree_of(c)
        if t.pos_ == "PROPN" and t.is_alpha
    ]


def _names_organisation(role: str, organisation: Token) -> bool:
    """Whether a role as stated names an organisation, by its name or by its initials: "Commander
    of the Rapid Support Forces" names "RSF"."""
    name = organisation.text
    if re.search(rf"\b{re.escape(name)}\b", role, re.IGNORECASE):
        return True
    initials = "".join(w[0] for w in re.findall(r"\b[A-Z][\w-]*", role))
    return name.isupper() and len(name) >= 2 and name in initials


# military ranks news writes alone after "the" for the one person it named with them before:
# "General A ... the general was received by B"
RANKS = frozenset("general marshal admiral colonel brigadier".split())
# the words that make a rank the end of a civil office: "Secretary General", "Attorney General"
OFFICES_ENDING_IN_RANKS = frozenset(
    "secretary attorney solicitor surgeon inspector director governor postmaster consul auditor "
    "comptroller adjutant provost".split()
)


def _office_opens(role: str | None, office: str) -> bool:
    """Whether a role is an office of several words, or that office of a body: "director
    general" opens "Director General of the IAEA", not "Deputy Director General"."""
    written = (role or "").lower().replace("-", " ")
    wanted = office.replace("-", " ")
    return written == wanted or written.startswith(f"{wanted} of ")


def _titled(before: str, title: str) -> bool:
    """Whether the words before a name end with a title, titles and honorifics aside, and not
    with someone else's office: "Chief Adviser Professor" titles the name after it, "Chief
    Adviser's Press Secretary" does not, nor "the Secretary and President" the President."""
    at = before.rfind(title)
    rest = before[at + len(title) :]
    # "The Secretary and President Castillo": a definite office joined to another's title, two people
    joined = bool(re.search(r"\bthe\s+$", before[:at]) and re.match(r"\s+and\b", rest))
    # "Deputy Director General A" holds another office than "the Director General"
    second = bool(re.search(r"\b(?:deputy|vice|assistant|under)[\s-]+$", before[:at]))
    return at >= 0 and not re.search(r"['’]s\b", rest) and not joined and not second


def _owner_of_subject(token: Token) -> bool:
    """A name owning the subject of a verb, when that subject is no person ("Wang's tour"), not
    of a relative clause."""
    head = token.head
    return token.dep_ == "poss" and _subject_name(head) and head.lower_ not in PERSON_NOUNS


# the nouns of a trip, whose maker a sentence about the trip is about
TRIP_WORDS = frozenset("trip visit tour journey".split())


def _maker_of_subject(token: Token) -> bool:
    """A name told after "by" as the maker of a trip that is the subject of a verb, or of the
    phrase set beside that subject: "The tour, the first by Rubio since taking office, began in
    Panama City, where he met Mulino" (the sentence is about Rubio's tour, as "Rubio's tour" is)."""
    if token.dep_ != "pobj" or token.head.lower_ != "by":
        return False
    noun = token.head.head
    if noun.dep_ == "appos":
        noun = noun.head
    return noun.lemma_.lower() in TRIP_WORDS and _subject_name(noun)


def _owner_of_the_predicate(token: Token) -> bool:
    """A person owning what a copula says of a subject that is no person ("The visit is the Russian
    leader's first since 2007, when he ...", "The trip was Lula's third"): the one the sentence is
    about. The parser makes the owner the predicate itself ("leader" with its "'s"), or its owner."""
    if token.dep_ == "attr" and any(c.dep_ == "case" for c in children_of(token)):
        predicate = token
    elif token.dep_ == "poss" and token.head.dep_ == "attr":
        predicate = token.head
    elif _stop_of_a_tour(token):
        predicate = token.head.head.head  # "Nairobi is the last stop on the envoy's tour"
    else:
        return False
    copula = predicate.head
    subjects = [c for c in children_of(copula) if c.dep_ == "nsubj"]
    return (
        copula.lemma_ == "be"
        and bool(subjects)
        and all(
            (s.pos_ == "NOUN" and s.lower_ not in PERSON_NOUNS) or s.ent_type_ in PLACE_TYPES
            for s in subjects
        )
    )  # not "Ruto is Lula's host", "The envoy was the president's"


def _stop_of_a_tour(owner: Token) -> bool:
    """The owner of the trip a stop or leg is told of: "the pontiff's" of "the last stop on the
    pontiff's tour", "Rubio's" of "the second leg of Rubio's trip"."""
    held = owner.head
    by = held.head
    return (
        owner.dep_ == "poss"
        and held.dep_ == "pobj"
        and by.dep_ == "prep"
        and by.lower_ in {"on", "of"}
        and by.head.dep_ == "attr"
    )


# the entity types of a place a trip goes to: "Xi's state visit to Moscow"
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
# verbs of thanks and praise, whose "for" or "on" tells the deed of the one thanked or praised
THANKS = frozenset("thank congratulate praise commend hail applaud laud credit salute".split())
# nouns for people, whose owner is not the one they are: "Putin's spokesman said he ..."
PERSON_NOUNS = frozenset(
    "spokesman spokeswoman spokesperson aide aides adviser advisor wife husband son daughter envoy "
    "minister deputy counterpart successor predecessor representative ambassador secretary chief "
    "head guest host father mother brother sister lawyer".split()
)


def _depth(token: Token) -> int:
    """How many heads lie between a token and the root of its sentence."""
    return sum(1 for _ in ancestors_of(token))


def _the_office(head: Token) -> bool:
    """An office word alone after "the", written in lower case as wires write a title that stands
    for the one person named with it before: "the secretary travelled to Paramaribo"."""
    joined = head.i - office_start(head)  # "the secretary - general": one word
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(head))
    # and the word that opens a faith's title: "the grand imam", "the ecumenical patriarch"
    opening = sum(t.lower_ in CHURCH_AND_FAITH_ADJECTIVES for t in head.lefts)
    return head.n_lefts == 1 + joined + opening and the


# the words for a minister that stand alone for one named before: "the Minister", Bhutan's "Lyonpo"
MINISTER_WORDS = frozenset("minister lyonpo".split())


def _bare_subject_title(head: Token) -> bool:
    """A title with no determiner that opens the subject of its clause, as readouts write their
    own principal: "Prime Minister met ...", "Later, President held talks with ...", "with whom
    Prime Minister held talks" (not "HRH the
    Crown Prince", nor "Prince Mohammed, Crown Prince and Prime Minister,")."""
    start = head.left_edge.i
    # or right after a relative pronoun: "hosted by Prime Minister of Denmark Mette Frederiksen, with
    # whom Prime Minister held a bilateral meeting"
    opens = (
        start == head.sent.start
        or head.doc[start - 1].is_punct
        or head.doc[start - 1].lower_ in {"whom", "which"}
    )
    return (
        head.is_title
        and head.dep_ in {"nsubj", "nsubjpass"}
        and opens
        and not any(c.dep_ == "det" for c in children_of(head))
    )


def _definite(head: Token) -> bool:
    """A noun with "the" (or, for a title, a capital and no determiner): "the premier", "the Emir"."""
    determiners = [c.lower_ for c in children_of(head) if c.dep_ == "det"]
    return determiners == ["the"] or (not determiners and head.is_title and head.dep_ != "compound")


def _definite_or_owned(head: Token) -> bool:
    """A noun told with "the" or by its owner, so one in particular: "the envoy", "Beijing's special
    envoy", "its envoy" (not "an envoy", "envoys")."""
    if _definite(head):
        return True
    children = children_of(head)
    return not any(c.dep_ == "det" for c in children) and any(c.dep_ == "poss" for c in children)


def _name_cased(token: Token) -> bool:
    """Whether a word is written as a name: title case, with an apostrophe inside as Arabic and
    Hebrew names are transliterated ("Sa'ar", "Ma'ruf", "Ja'afari", which Python's title case
    takes for two words, "Sa'Ar")."""
    if token.is_title:
        return True
    if len(token.text) <= 2 or not name_cased(token):
        return False
    tokens = doc_tokens(token.doc)
    # a word of a longer name run is that name's ("Hassanal Bolkiah Mu'izzaddin Waddaulah"); a
    # date's capitalised word beside it is none ("Last September Hu'akavameiliku met ...")
    return all(
        not tokens[i].text[:1].isupper() or tokens[i].ent_type_ in {"DATE", "TIME"}
        for i in (token.i - 1, token.i + 1)
        if 0 <= i < len(tokens)
    )


def _subjectless_participle(verb: Token, root: Token) -> bool:
    """A participle with no subject of its own that opens its sentence before the main verb, whose
    subject is its own: "Recalling that ...", "Speaking after ...", "Asked whether ..."."""
    return (
        verb.dep_ == "advcl"
        and verb.head == root
        and verb.i < root.i
        and verb.tag_ in {"VBG", "VBN"}
        and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in children_of(verb))
    )


# an initial glued to the name after it, as Mongolian news writes a patronymic: "G.Zandanshatar"
GLUED_INITIAL = re.compile(r"\b([A-Z]\.)([A-Z][a-z])")


_INITIALLED_WORD = re.compile(r"[A-Z]\.[A-Z][a-z'’]+")


def _glued_initials(doc: Doc) -> Iterator[Span]:
    """Names written with an initial glued on, which the model may tag as part of an
    organisation ("the State Great Khural G.Zandanshatar"), with a hyphenated part: "L.Oyun-Erdene"."""
    for token in doc_tokens(doc):
        if not _INITIALLED_WORD.fullmatch(token.text):
            continue
        end = token.i + 1
        if end + 1 < len(doc) and joining_hyphen(doc[end]) and doc[end + 1].is_title:
            end += 2
        yield doc[token.i : end]


# what runs between two places: "the rail link between Rantau Panjang and Sungai Golok"
ROUTE_NOUNS = frozenset(
    "link links rail railway railways road roads highway border crossing crossings bridge route routes "
    "corridor pipeline line flight flights train trains ferry ferries bus service services "
    "connection connections connectivity".split()
)


# the prefixes that make of a name a word about its person or era: "the anti-Hitler coalition",
# "pro-Putin media", "post-Assad Syria", "pre-Franco Spain"
NAME_PREFIXES = frozenset("anti pro post pre non".split())


def _after_a_prefix(token: Token) -> bool:
    """Whether a name is glued by a hyphen to a prefix before it (:data:`NAME_PREFIXES`): an
    adjective of a side or a time, which puts no one at a meeting."""
    i = token.i
    return (
        i >= 2
        and token.doc[i - 1].text == "-"
        and not token.doc[i - 1].whitespace_
        and not token.doc[i - 2].whitespace_
        and token.doc[i - 2].lower_ in NAME_PREFIXES
    )


def _end_of_a_route(span: Span) -> bool:
    """A name that ends a route ("the rail link between A and B", "flights from A to B"): a place,
    not a person, unless the gazetteer knows it."""
    root = span.root
    while root.dep_ == "conj" and root.head != root:
        root = root.head
    preposition = root.head
    return (
        root.dep_ == "pobj"
        and preposition.lower_ in {"between", "from", "to"}
        and preposition.head.lower_ in ROUTE_NOUNS
        and gazetteer.lookup(span.text) is None
    )


def _names_a_thing(span: Span) -> bool:
    """A word that modifies a common noun as a make or a model does ("Patriot systems", "Leopard
    tanks"), which names someone only if the article or the gazetteer knows them ("the Modi
    government")."""
    root = span.root
    return root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.is_lower


def _names_a_things_make(span: Span) -> bool:
    """A name of two or more words after "the" that modifies the common noun right after it
    ("the Mais Médicos programme", "the Jal Jeevan mission"), which names a thing, as a make or a
    model does, not a person; the caller keeps it where the article names it elsewhere too."""
    root = span.root
    return (
        len(span) >= 2
        and _after_the(span)
        and root.dep_ in {"compound", "nmod", "amod"}  # the parser's ways of hanging a modifier
        and root.head.pos_ == "NOUN"
        and _common_nouns_up_to_the_head(span)
    )


def _common_nouns_up_to_the_head(span: Span) -> bool:
    """Whether the words from the end of a name up to the noun it modifies are all lowercase, so
    that the name stands before a common noun phrase: "the Mais Médicos programme", also with
    words of the thing's kind between, "the Yuri Gagarin aircraft plant"."""
    doc, head = span.doc, span.root.head
    return head.i >= span.end and all(doc[i].is_lower for i in range(span.end, head.i + 1))


# the lowercase nouns of a ship, before the name it bears: "aboard the frigate Marshal
# Shaposhnikov", "the aircraft carrier Admiral Kuznetsov", "the destroyer USS Ronald Reagan"
VESSELS = frozenset(
    "ship warship vessel frigate corvette destroyer cruiser carrier submarine icebreaker yacht "
    "ferry tanker flagship".split()
)
# the marks of a navy before a ship's name: "USS", "HMS", "INS"
SHIP_PREFIXES = frozenset("uss hms ins hmas hmcs hmnzs rfs".split())


def _a_vessels_name(span: Span) -> bool:
    """Whether a name is a ship's, set right after a lowercase noun of a vessel ("the frigate
    Marshal Shaposhnikov", "the carrier USS Ronald Reagan"): named after someone, it is no one
    on board."""
    doc, i = span.doc, span.start - 1
    while (
        i >= 0
        and span.start - i <= 3
        and (doc[i].lower_ in SHIP_PREFIXES or (doc[i].is_title and title_word(doc[i])))
    ):
        i -= 1  # the marks of a navy and the rank of the one the ship is named after ("Admiral")
    return i >= 0 and doc[i].is_lower and doc[i].lower_ in VESSELS


def _a_body_before_its_office(span: Span) -> bool:
    """A name whose last word is a body's ("Freedom Caucus", "Oversight Committee") written just
    before an office: the body the office is of, no one."""
    doc = span.doc
    return span[-1].lower_ in ORGANS and span.end < len(doc) and title_word(doc[span.end])


def _body_of_an_office(span: Span) -> bool:
    """A word written before an office and its holder's name, which names the body the office is
    of ("Caucus Chairman Jane Doe", "Senate Leader ...", "Party Secretary ..."), and someone only
    if the article or the gazetteer knows them."""
    doc, end = span.doc, span.end
    if len(span) != 1 or end + 1 >= len(doc) or not title_word(doc[end]):
        return False
    i = end
    while i < len(doc) and i - end < 4 and title_word(doc[i]):
        i += 1
    return i < len(doc) and doc[i].sent == span[0].sent and doc[i].is_title and not title_word(doc[i])


def _a_common_plural(span: Span) -> bool:
    """A word the tagger reads as a common noun in the plural ("Photographs released by the
    ministry showed ...", capitalised as it opens the sentence), which names someone only if the
    article or the gazetteer knows them."""
    return len(span) == 1 and span[0].tag_ == "NNS"


def _acronym(span: Span) -> bool:
    """A word in capitals, which names an organisation ("Brazil's development bank BNDES") unless
    the article or the gazetteer knows it as someone's ("MBS")."""
    return len(span) == 1 and span[0].is_upper and len(span[0]) > 1 and span[0].is_alpha


def _where(span: Span) -> bool:
    """A word after "at" or "in", which says where ("met at Argyle on Thursday") and names someone
    only if the article or the gazetteer knows them."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in {"at", "in"}


def _without_venues(spans: list[Span]) -> list[Span]:
    """Names of several words said only after "at" or "in" ("the G20 summit at Bharat Mandapam")
    say where, unless the gazetteer knows them or the article names them elsewhere too."""
    elsewhere = {fold(span_text(s)) for s in spans if len(s) == 1 or not _where_of(s)}
    return [
        s
        for s in spans
        if len(s) == 1
        or not _where_of(s)
        or fold(span_text(s)) in elsewhere
        or gazetteer.lookup(s.text) is not None
    ]


# the words that make a weekday after them a date: "on Sunday", "last Friday"
DAY_OPENERS = frozenset("on last this next".split())


def _without_a_rank_before(span: Span) -> Span:
    """A name of two words or more without the military rank a span ran into it: "General Brice
    Clotaire Oligui Nguema" names Brice Clotaire Oligui Nguema, the general (as "President" is no
    word of a president's name)."""
    if len(span) >= 3 and span[0].lower_ in RANKS and span[0].is_title and span[1].is_title:
        return span[1:]
    return span


def _without_the_day_before(span: Span) -> Span:
    """A name without the weekday the model ran into it where a word before makes the day a date:
    "received on Sunday Sergey Lavrov" names Sergey Lavrov; "Sunday Dare", with no "on" before,
    is a Nigerian given name and stays whole."""
    if (
        len(span) >= 2
        and span[0].lower_ in WEEKDAYS
        and span.start > 0
        and span.doc[span.start - 1].lower_ in DAY_OPENERS
    ):
        return span[1:]
    return span


def _where_of(span: Span) -> bool:
    """A name that is the object of "at" or "in", "at Bharat Mandapam", or set off after one in
    apposition, the building after its grounds: "at Dataran Perdana, Perdana Putra"."""
    root = span.root
    if root.dep_ == "appos" and span.start >= 2 and span.doc[span.start - 1].text == ",":
        root = root.head  # the place the name is put beside
        return root.i == span.start - 2 and _object_of_where(root)
    return _object_of_where(root) and root.head.i == span.start - 1


def _object_of_where(root: Token) -> bool:
    """Whether a word is the object of "at" or "in"."""
    return root.dep_ == "pobj" and root.head.lower_ in {"at", "in"}


def _after_the(span: Span) -> bool:
    """A word after "the", which names someone only if the article or the gazetteer knows them
    ("the Modi government"): "the Rus residence", "the Tiber" name no one new."""
    return span.start > 0 and span.doc[span.start - 1].lower_ == "the"


# nouns that call the name after "of" a place: "the Egyptian city of El Alamein"
PLACE_NOUNS = frozenset("city town village resort capital port island region province district".split())
# a wire dateline's place (and its state or country) and date, then its agency: "El Alamein, Aug. 14
# (Petra) --", "CAMP DAVID, Maryland, Aug. 18 (Yonhap) --"
_DATED = re.compile(
    r"\s*(?P<place>[A-Z][\w.'’ -]{1,30}?),(?:\s*(?P<region>[A-Z][\w.'’ -]{1,30}?),)?"
    r"\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?"
    r"|\d{1,2}/\d{1,2}/\d{4})(?:,?\s+\d{4})?\s*(?:\(|/)"
)


def _places_named(doc: Doc) -> set[str]:
    """The names an article itself calls places, folded: the name after "the city of", "the
    resort of", the place of a wire dateline, and a one-word place the model tags so after "in"
    ("his residence in Runda": "his Runda home" is no person's)."""
    found = set()
    for token in doc_tokens(doc):
        if (
            token.ent_type_ in {"GPE", "LOC"}
            and token.ent_iob_ == "B"
            and (token.i + 1 == len(doc) or token.nbor(1).ent_iob_ != "I")
            and token.i > 0
            and token.nbor(-1).lower_ == "in"
            and token.is_title
        ):
            found.add(fold(token.text))
        if (
            token.dep_ == "pobj"
            and token.head.lower_ == "of"
            and token.head.head.lower_ in PLACE_NOUNS
            and token.text[:1].isupper()
        ):
            start = token.left_edge.i
            while start < token.i and not doc[start].text[:1].isupper():
                start += 1
            found.add(fold(doc[start : token.i + 1].text))
    text = doc_text(doc)
    for line in re.finditer(r"^.*$", text, re.MULTILINE):
        if (match := _DATED.match(line.group())) and (
            match["region"] is None or whole_place(match["region"])
        ):
            found.add(fold(match["place"]))
    return found


# the posts of a sports team, written after its name: "Ahly coach Marcel Koller", "Sundowns captain",
# "Boca manager Fernando Gago", "Chelsea winger ...", "PNG batter ..."
TEAM_POSTS = frozenset(
    "coach coaches captain skipper striker midfielder goalkeeper defender winger fullback full-back "
    "flanker playmaker fly-half scrum-half batter batsman bowler wicketkeeper manager".split()
)
# a word of rank between a team's name and its post: "Drua head coach Mick Byrne", "Hilal
# assistant coach", "Peru interim coach", "the Chiefs' caretaker manager"
POST_RANKS = frozenset("head assistant interim caretaker".split())


def _teams_named(doc: Doc) -> set[str]:
    """The words, folded, of names an article writes before a post in a sports team, which are the
    team's and no person's ("Ahly coach Marcel Koller", "Sundowns captain ...", "Moana Pasifika head
    coach Tana Umaga"), unless they are a country's or an official's the gazetteer knows."""
    tokens = doc_tokens(doc)
    teams = set()
    for post in tokens:
        if post.lower_ not in TEAM_POSTS or post.i == 0:
            continue
        token = tokens[post.i - 1]
        if token.lower_ in POST_RANKS and token.i > 0:
            token = tokens[token.i - 1]  # "Drua head coach": the team before the rank
        if _could_name_a_body(token):  # the model may tag it anything: "Ahly" is an adverb to it
            teams.add(fold(token.text))
    return teams


def _could_name_a_body(token: Token) -> bool:
    """Whether a capitalised word before a post may be a team's or a firm's name: no stop word,
    title, office, country, people or surname of an official the gazetteer knows."""
    return (
        token.is_title
        and not token.is_stop
        and not title_word(token)
        and token.lower_ not in OFFICE_WORDS
        and places.country_name(token.text) is None
        and places.demonym_country(token.text) is None
        and not gazetteer.by_surname(token.text)
    )


# the posts of a firm, written in lower case after its name and before its holder's: "Petrobras
# chief executive Jean Paul Prates", "Aramco CEO Amin Nasser", "Ecopetrol chairman ..."
FIRM_POSTS = frozenset("ceo executive chairman chairwoman founder".split())


def _firms_named(doc: Doc) -> set[str]:
    """The words, folded, of names an article writes before a firm's post in lower case and its
    holder's name, which are the firm's and no person's ("Petrobras chief executive Jean Paul
    Prates", the model tagging "Petrobras" a person), unless they are a country's or an official's
    the gazetteer knows, or a word of the holder's own name ("Dangote chairman Aliko Dangote": the
    firm bears his name, and he is someone)."""
    tokens = doc_tokens(doc)
    firms = set()
    for post in tokens:
        if post.lower_ not in FIRM_POSTS or post.i == 0 or post.i + 1 == len(tokens):
            continue
        if not (post.is_lower or post.is_upper) or not tokens[post.i + 1].is_title:
            continue  # "Chief Executive John Lee": an office of state; "executive order"
        token = tokens[post.i - 1]
        if token.lower_ == "chief" and token.i > 0:
            token = tokens[token.i - 1]  # "Petrobras chief executive": the firm before the rank
        holder = {fold(t.text) for t in doc[post.i + 1 : post.i + 5] if t.is_title}
        if _could_name_a_body(token) and fold(token.text) not in holder:
            firms.add(fold(token.text))
    return firms


# a name in quotation marks before the sort of gathering it names, maybe with its translation in
# brackets between: the "Democracia Siempre" (Democracy Always) summit, the 'Raisina' dialogue
_QUOTED_GATHERING = re.compile(
    r"[\"“‘']([A-Z][^\"”’'\n]{1,60}?)[\"”’']\s*(?:\(([^)\n]{1,60})\)\s*)?"
    r"(?:summit|conference|forum|gathering|congress|assembly|meeting|dialogue|initiative|festival)s?\b"
)


def _gatherings_named_in_quotes(doc: Doc) -> set[str]:
    """The words, folded, of the names an article writes in quotation marks right before a word
    for a gathering, and of their translation in brackets (the "Democracia Siempre" (Democracy
    Always) summit): a gathering's name, which the tagger may take for a person's, is no one; not
    a name the gazetteer knows as an official's."""
    return {
        word
        for match in _QUOTED_GATHERING.finditer(doc_text(doc))
        if gazetteer.lookup(match[1]) is None
        for word in fold(f"{match[1]} {match[2] or ''}").split()
    }


STORMS = frozenset("hurricane typhoon cyclone storm".split())


def _storms_named(doc: Doc) -> set[str]:
    """The names of storms an article tells of, folded: the capitalised word after "Hurricane",
    "Typhoon", "Cyclone" or "Storm" ("Hurricane Ida", "Tropical Storm Alberto"), which names a
    storm wherever it is written alone, and no person."""
    return {
        fold(name.text)
        for word, name in itertools.pairwise(doc_tokens(doc))
        if word.lower_ in STORMS and word.is_title and name.is_title and name.is_alpha
    }


def _a_place(span: Span, places_named: set[str]) -> bool:
    """Whether a span is a place the article names, or a word of one ("Alamein")."""
    folded = fold(span.text)
    return folded in places_named or (len(span) == 1 and any(folded in name.split() for name in places_named))


QUOTES = frozenset('"“”')


def _nicknamed(doc: Doc) -> Iterator[tuple[Span, str, str]]:
    """Names with a nickname in quotation marks inside them, as one span with the name spelt
    without it and the nickname: 'Rosángela "Janja" da Silva' is Rosángela da Silva, "Janja"
    for short. Titles before the name are no part of it ("First Lady")."""
    for token in doc_tokens(doc)[1:-3]:
        if token.text not in QUOTES or token.whitespace_:
            continue
        close = next((t for t in doc[token.i + 1 : token.i + 4] if t.text in QUOTES), None)
        if close is None or close.i == token.i + 1 or not all(t.is_title for t in doc[token.i + 1 : close.i]):
            continue
        start = token.i
        while start > 0 and doc[start - 1].is_title and not title_word(doc[start - 1]):
            start -= 1
        end = close.i + 1
        while end < len(doc) and (
            doc[end].is_title or doc[end].lower_ in PARTICLES | {"da", "de", "dos", "do"}
        ):
            end += 1
        while end > close.i + 1 and not doc[end - 1].is_title:
            end -= 1
        if start == token.i or end == close.i + 1:
            continue
        if start + 1 < token.i and demonym_before_a_name(doc[start], token.i - start - 1 + end - close.i - 1):
            start += 1  # 'Spaniard Bartolome "Tintin" Marquez Lopez': his nationality, no name
        given = doc[start : token.i].text
        surname = doc[close.i + 1 : end].text
        yield doc[start:end], f"{given} {surname}", doc[token.i + 1 : close.i].text


def _names_after_a_body(doc: Doc) -> Iterator[Span]:
    """A name the model ran into the body its office heads, as one organisation: "Tran Thanh Man" of
    "Chairman of the National Assembly Tran Thanh Man" (two to four capitalised name words after
    the body's noun, an office and "of" before it), and of "... Tran Thanh Man in Hanoi" when the
    model ran on into the place after it too (a lower-case word ends the name)."""
    for ent in doc_entities(doc)[1]:
        if ent.label_ != "ORG" or ent.start < 2 or doc[ent.start - 1].lower_ != "of":
            continue
        office = doc[ent.start - 2]
        if office.lower_ not in OFFICE_WORDS | {"member"} and find_role(office.text) is None:
            continue
        body = max((t.i for t in ent if t.lower_ in BODIES), default=None)
        if body is None:
            continue
        end = body + 1
        while end < ent.end and name_word(doc[end]):
            end += 1
        if 2 <= end - body - 1 <= 4 and (end == ent.end or doc[end].is_lower):
            yield doc[body + 1 : end]


INITIAL = re.compile(r"[A-Z]\.")  # a given name written as its initial: "S. Jaishankar"


def _words_back(doc: Doc, end: int, floor: int) -> list[int]:
    """Where each capitalised word (or initial) ending at ``end`` starts, last first, down to
    ``floor``; a hyphenated word ("Grande-Marlaska", "State-Owned") counts once."""
    starts: list[int] = []
    i = end
    while i > floor:
        token = doc[i - 1]
        if not (token.is_title and (token.is_alpha or INITIAL.fullmatch(token.text))):
            break
        i -= 1
        while (
            i - floor >= 2
            and doc[i - 1].text == "-"
            and not doc[i - 1].whitespace_
            and not doc[i - 2].whitespace_
        ):
            i -= 2  # the "-" and the part before it
        starts.append(i)
    return starts


def _names_after_a_ministry(doc: Doc) -> Iterator[Span]:
    """A name the model left untagged after a ministry's portfolio: "Minister of the Interior
    Fernando Grande-Marlaska", "Minister of State-Owned Enterprises Erick Thohir", "Minister for
    Energy Shakti Bahadur Basnet" (two to four capitalised words after the portfolio's last word);
    the junior rank "Minister of State for ..." is an office before its portfolio, and a portfolio
    of two joined by "and" ends with the word after it ("Minister of State for Ports and Shipping
    A. B. Rao"). An envoy's, a commissioner's or a chairman's remit ends the same way, or with its
    body's last word ("Chairman of the State Great Khural A B"), or with a region of the world or a
    country ("Minister for the Middle East Hamish Falconer", "Special Representative for the South
    Caucasus Magdalena Grono", "Chairman of the Majlis of Tajikistan A B", the body's country told
    after "of"); where the model tagged only the last words of the name, the untagged given name
    before them is the name's too ("Minister of State for External Affairs Kirti | Vardhan Singh")."""
    for token in doc_tokens(doc)[:-3]:
        if token.lower_ not in REMIT_OFFICES or token.nbor(1).lower_ not in {"of", "for"}:
            continue
        portfolio = token.i + 2 + (token.nbor(2).lower_ == "the")
        if (
            portfolio + 1 < len(doc)
            and doc[portfolio].lower_ == "state"
            and doc[portfolio + 1].lower_ in {"of", "for"}
        ):
            portfolio += 2 + (portfolio + 2 < len(doc) and doc[portfolio + 2].lower_ == "the")
        end, floor = portfolio, portfolio
        while end < len(doc) and (
            doc[end].is_title
            or (doc[end].text == "-" and not doc[end].whitespace_)
            or (
                doc[end].lower_ in {"and", "&"}
                and end > floor
                and end + 1 < len(doc)
                and doc[end + 1].is_title
                and not title_word(doc[end + 1])  # "Ana Ruiz and | Minister of ...": another office
            )
            or _country_of_the_body(doc, end, floor)
        ):
            if doc[end].lower_ in {"and", "&"}:
                floor = end + 1  # "Trade and | Industry": the portfolio goes on to the word after
            elif doc[end].lower_ == "of":
                floor = end + 1 + (doc[end + 1].lower_ == "the")  # "the Majlis of | Tajikistan"
                end = floor - 1
            end += 1
        if end < len(doc) and doc[end].ent_type_ == "PERSON":
            continue  # the model found the name
        starts = _words_back(doc, end, floor)
        bounds = [end, *starts]  # word n is doc[bounds[n + 1] : bounds[n]]
        last = next(
            (
                n
                for n in range(len(starts))
                if (PORTFOLIO_WORDS | REMIT_BODIES).intersection(
                    t.lower_ for t in doc[bounds[n + 1] : bounds[n]]
                )
                or (floor > portfolio and starts[n] == floor)
                or _a_region_or_country_ends(doc, floor, bounds[n])
            ),
            None,
        )
        if last is None or not 2 <= last <= 4:
            continue
        start = starts[last - 1]
        while start < end - 1 and title_word(doc[start]):
            start += 1  # "Minister of Foreign Affairs Dato Erywan Pehin Yusof": a style, no name's word
        name = doc[start:end]
        if name[0].ent_type_ != "PERSON" and not any(
            t.ent_type_ == "PERSON" for t in doc[portfolio : name.start]
        ):
            yield name  # not where the model found the name from its first word, nor in the remit


# the offices named with their remit after "of" or "for": "Minister for Energy", "Special Envoy
# for the Horn of Africa", "Commissioner for Trade", "Chairman of the National Assembly", and a
# chamber's presiding officer ("President of the Senate", "Speaker of the Knesset")
REMIT_OFFICES = frozenset(
    "minister secretary envoy representative commissioner coordinator chairman chairwoman chairperson "
    "president speaker".split()
)
# the remit of an office that heads a body ends with the body's last word: "the State Great Khural"
REMIT_BODIES = BODIES | ORGANS


def _country_of_the_body(doc: Doc, at: int, floor: int) -> bool:
    """Whether "of" at ``at`` tells the country of the body named before it: "the Majlis
    Namoyandagon | of Tajikistan", "the National Assembly | of the Lao PDR" (a country's name,
    "the" perhaps before it)."""
    if doc[at].lower_ != "of" or at == floor:
        return False
    start = at + 1 + (at + 1 < len(doc) and doc[at + 1].lower_ == "the")
    return any(
        places.country_name(doc[start:end].text) is not None
        for end in range(start + 1, min(len(doc), start + 4) + 1)
    )


def _a_region_or_country_ends(doc: Doc, floor: int, end: int) -> bool:
    """Whether the remit's words up to ``end`` end with a region of the world's or a country's name:
    "the Middle East", "the South Caucasus", "Tajikistan"."""
    return any(
        places.is_world_region(doc[start:end].text) or places.country_name(doc[start:end].text) is not None
        for start in range(max(floor, end - 3), end)
    )


def _names_after_a_counterpart(doc: Doc) -> Iterator[Span]:
    """A name the model did not take for a person's right after "counterpart", which only a person
    is: "his Congolese counterpart Thérèse Kayikwamba Wagner", "her counterpart, Ana Pérez" (two to
    four capitalised words, no title among them, ending the name)."""
    for token in doc_tokens(doc)[:-2]:
        if token.lower_ != "counterpart":
            continue
        start = token.i + 1 + (token.nbor(1).text == ",")
        end = start
        while end < len(doc) and end - start <= 4 and doc[end].is_title and doc[end].is_alpha:
            end += 1
        span = doc[start:end]
        if (
            2 <= len(span) <= 4
            and not (end < len(doc) and doc[end].is_title)
            and not any(t.ent_type_ == "PERSON" or title_word(t) for t in span)
            and places.resolve_place(span.text) is None
            and find_role(span.text) is None
        ):
            yield span


def _names_after_a_title_chain(doc: Doc) -> Iterator[Span]:
    """A name the model left untagged (or ran into an organisation) after an office's chain of
    "of" phrases that ends with a state's name, as presidencies and state agencies write titles:
    "the Ambassador of the United Kingdom of Great Britain and Northern Ireland Kathy Leach", "the
    Speaker of the National Assembly of the Republic of Korea Woo Won-shik", "the Deputy Chairman
    of the Cabinet of Ministers of the Republic of Latvia Andris Sprudzs" (two to four name words
    right after the last state the chain names, see :func:`_name_run`)."""
    for token in doc_tokens(doc)[:-3]:
        if not (token.is_title and chain_office(token)):
            continue  # most words
        i = token.i + 1
        while i < len(doc) and doc[i].lower_ in OFFICE_QUALIFIERS_AFTER:
            i += 1  # "Ambassador Extraordinary and Plenipotentiary | of"
        if i >= len(doc) or doc[i].lower_ != "of":
            continue
        start, end = i, i
        while end < min(len(doc), start + CHAIN_REACH) and (
            doc[end].lower_ in CHAIN_GLUE or doc[end].is_title
        ):
            end += 1
        for at in range(end - 2, start + 1, -1):  # the last state the chain names, then the name
            if a_state_ends(doc, start, at) and (span := _name_run(doc, at)) is not None:
                yield span
                break


def chain_office(word: Token) -> bool:
    """Whether a capitalised word is an office a chain of "of" phrases may follow: "President",
    "Chairman", "Ambassador", "Speaker", "Head", "Member" (of the Presidency)."""
    return (
        title_word(word)
        or office_word(word) in OFFICES
        or word.lower_ in REMIT_OFFICES | ACCREDITED | CHAIN_OFFICES
    )


def a_state_ends(doc: Doc, floor: int, end: int) -> bool:
    """Whether a state's name, after "of", "to" or "the", ends at ``end`` (the chain's words from
    ``floor`` on): "the Russian Federation", "the Republic of Korea", "Kazakhstan"."""
    return any(
        doc[j - 1].lower_ in {"of", "the", "to"} and places.country_name(doc[j:end].text) is not None
        for j in range(max(floor + 1, end - 8), end)
    )


# offices held for another, who is not there: "Ayanda Dlodlo, special envoy of President Ramaphosa"
SERVING_NOUNS = frozenset("envoy emissary representative adviser advisor aide spokesman spokesperson".split())
# the words an envoy's office takes before its "of": "Ambassador Extraordinary and Plenipotentiary of"
OFFICE_QUALIFIERS_AFTER = frozenset("extraordinary and plenipotentiary".split())
# the words a title's chain of "of" phrases runs through before the name that ends it: "the
# Minister of Foreign Affairs of the Republic of Korea", "of the People's Republic of China"
CHAIN_GLUE = frozenset("of the and to 's ’s -".split())
CHAIN_REACH = 16  # the most words of a chain between its first "of" and the name that ends it
# offices the title tables keep apart from the titles before a name, that a chain may follow
CHAIN_OFFICES = frozenset("head member representative".split())


# what the model tags names it takes for no person as; a product too: "Crown Prince Haji
# Al-Muhtadee Billah"
RUN_TYPES = frozenset({"", "ORG", "LOC", "FAC", "PRODUCT"})
POSSESSIVES = frozenset("his her their its".split())
OFFICE_MODIFIERS = frozenset("foreign external deputy vice affairs state of".split())  # of a title, no title


def _surnames_of_several_words(doc: Doc) -> Iterator[Span]:
    """A surname of several words that begins with a particle and names one official alone ("Von
    der Leyen spoke to Zelensky", "met von der Leyen", "Van der Bellen"), however the model tagged
    it (an organisation, a place, a person's first words); not after a name word, which makes it
    part of another person's name."""
    tokens = doc_tokens(doc)
    for token in tokens:
        if token.lower_ not in NAME_PARTICLES or (token.i > 0 and name_word(tokens[token.i - 1])):
            continue
        for end in range(min(len(doc), token.i + 4), token.i + 1, -1):
            span = doc[token.i : end]
            if span[-1].is_title and len(officials_by_surname(span.text)) == 1:
                yield span
                break


def _names_tagged_as_organisations(doc: Doc) -> Iterator[Span]:
    """A person's name the model tagged as an organisation or left untagged, which a title right
    before it or an office in apposition after it shows to be a person's: "President Umaro Sissoco
    Embaló", "King Tupou VI", "President Faustin-Archange Touadéra", "Fritz Alphonse Jean,
    president of Haiti's Transitional Presidential Council", an envoy's after the state he is sent
    to, "Ambassador to the Kingdom Alireza Enayati" (two to four capitalised name words or one and
    a king's numeral; no body's or building's word, place or office)."""
    tokens = doc_tokens(doc)  # the word before read from these, not made anew for each word
    for token in tokens[:-1]:
        # news writes a title in small letters after a word that qualifies it ("former Kosovo
        # president A", "Ukraine's foreign minister B"): a title still
        lowered = token.is_lower and token.i > 0 and not tokens[token.i - 1].is_punct and title_word(token)
        if not ((token.is_title and (title_word(token) or _office_of_three(token))) or lowered) or (
            token.lower_ in POSSESSIVES | OFFICE_MODIFIERS
        ):
            continue  # not "External" of "the European External Action Service"
        span = _name_run(doc, token.i + 1)
        if span is not None:
            yield span
    for ent in doc_entities(doc)[1]:
        if ent.label_ == "ORG" and ent.end < len(doc) and tokens[ent.end].text == ",":
            span = _name_run(doc, ent.start)
            if (
                span is not None
                and span.end == ent.end
                and (_office_in_apposition(span) or _set_off_after_an_office(span))
            ):
                yield span
    for token in tokens[:-2]:
        after = tokens[token.i + 1]
        if (token.lower_ in ACCREDITED and after.lower_ == "to") or (
            after.lower_ in {"to", "for", "on"} and destination_of_office(doc, after.i)
        ):
            # "Ambassador to the Kingdom A", "Special Envoy on Myanmar B", "Commissioner for Asia C"
            start = _after_the_host(doc, token.i + 2)
            if start is None:
                start = _after_a_region(doc, token.i + 2)
            span = _name_run(doc, start) if start is not None else None
            if span is not None:
                yield span


# the types the model gives a name it took for no one, in a list of people
LISTED_RUN_TYPES = RUN_TYPES | {"GPE", "NORP"}


def _names_in_a_list_of_names(doc: Doc, named: set[int]) -> Iterator[Span]:
    """A name the model took for no one, or for a place, in a list of people it did tag, each
    told the same way: after its country's possessive ("brokered by Peru's Ollanta Humala and
    Paraguay's Horacio Cartes", "Guinea-Bissau's A and ...") or first after an office in the
    plural ("met presidents Ollanta Humala, Evo Morales and Horacio Cartes"). Two to four name
    words, none a place, a body or an office; not a name with no person named beside it in the
    list ("Kenya's Safaricom Group and ..."); ``named``: where the names already found begin."""
    tokens = doc_tokens(doc)
    for token in tokens[:-1]:
        if token.lower_ == "'s" and token.i > 0:
            country = any(
                places.country_name(doc[j : token.i].text) for j in range(max(0, token.i - 3), token.i)
            )
            if not country:
                continue
            kin = _named_after_a_country
        elif token.lower_.endswith("s") and token.lower_[:-1] in TITLES and not token.is_title:
            kin = _named_after_it  # "presidents A, B and C": lower case, an office and no name
        else:
            continue
        span = _listed_run(doc, token.i + 1)
        if span is not None and kin(span, named):
            yield span


def _listed_run(doc: Doc, start: int) -> Span | None:
    """The run of two to four name words at ``start`` that the model did not tag as a person,
    ended by a comma, "and" or the sentence's end; None if it is a place, a body or an office, or
    ends in a word of English (a company's "Group", "Telecom")."""
    end = start
    while end < len(doc) and end - start < 6 and doc[end].ent_type_ in LISTED_RUN_TYPES:
        if not (name_word(doc[end]) or (joining_hyphen(doc[end]) and end > start)):
            break
        end += 1
    span = doc[start:end]
    if not 2 <= len(span) <= 4 or joining_hyphen(doc[end - 1]):
        return None
    if end < len(doc) and doc[end].text not in {",", "and", ".", ";"}:
        return None
    if (
        places.resolve_place(span.text) is not None
        or occasions.names_a_body(span.text)
        or find_role(span.text) is not None
        or any(t.lower_ in ORGANS | BODIES | PORTFOLIO_WORDS for t in span)
        or span[-1].lower_ in english_words()  # "Kenya's Safaricom Group", "Ethiopia's Ethio Telecom"
    ):
        return None
    return span


def _named_after_a_country(span: Span, named: set[int]) -> bool:
    """Whether the sentence names a person after another country's possessive: "Paraguay's Horacio
    Cartes", the list the name is one of."""
    return any(t.lower_ == "'s" and t.i + 1 in named and t.i + 1 != span.start for t in span.sent)


def _named_after_it(span: Span, named: set[int]) -> bool:
    """Whether the name is the first of a list of people named: "A, Evo Morales and Horacio
    Cartes"."""
    return span.end + 1 < len(span.doc) and span.doc[span.end].text == "," and span.end + 1 in named


def _office_of_three(token: Token) -> bool:
    """Whether a word ends an office of three words joined by "of", which is a title before a
    name as one word is: "Head of Government Aziz Akhannouch", "Head of State Macky Sall"."""
    i = token.i
    return (
        i >= 2
        and doc_tokens(token.doc)[i - 1].lower_ == "of"
        and find_role(span_text(token.doc[i - 2 : i + 1])) is not None
    )


# the offices of one sent to a state, and the words of a state's style that name the host
ACCREDITED = frozenset("ambassador envoy consul-general".split())
STATE_STYLES = frozenset("kingdom state republic sultanate emirate emirates federation".split())


def _after_the_host(doc: Doc, start: int) -> int | None:
    """Where a name begins after the state an envoy is sent to, which news of the Gulf writes in
    its style ("Ambassador to the Kingdom | Alireza Enayati", "to the State of Qatar | Mustafa
    Goksu") or names ("to Saudi Arabia"); None if no state is named there."""
    i = start + (start < len(doc) and doc[start].lower_ == "the")
    first = i
    while i < len(doc) and (doc[i].lower_ in STATE_STYLES or (doc[i].lower_ == "of" and i > first)):
        i += 1
    styled = i > first
    if i < len(doc) and (not styled or doc[i - 1].lower_ == "of"):
        for end in range(min(i + 3, len(doc)), i, -1):  # a country of up to three words
            if places.country_name(doc[i:end].text) is not None:
                return end
        return None
    return i if styled else None


def _after_a_region(doc: Doc, start: int) -> int | None:
    """Where a name begins after the region of the world an office is charged with, "the" perhaps
    before it ("Special Adviser on Africa | A", "Minister for the Middle East | B"); None if no
    region is named there."""
    i = start + (start < len(doc) and doc[start].lower_ == "the")
    for end in range(min(i + 3, len(doc)), i, -1):  # a region of up to three words
        if places.is_world_region(doc[i:end].text):
            return end
    return None


# the particles in small letters inside a name: "Ahmed al-Tayeb", "Lula da Silva"
RUN_PARTICLES = PARTICLES | NAME_PARTICLES


def _name_run(doc: Doc, start: int) -> Span | None:
    """The name that starts at ``start`` and that the model tagged as an organisation or not at
    all: name words (a hyphen between two counts with them), a king's numeral last, up to where
    no capitalised word follows; None if it is no such name, or if a word of a ministry's
    portfolio is among its words: the run then began inside an office ("Minister of Solid |
    Minerals Development Dele Alake"), whose name `_names_after_a_ministry` finds."""
    end, words = start, 0
    while end < len(doc) and end - start < 8:
        token = doc[end]
        if token.ent_type_ not in RUN_TYPES:
            break
        if joining_hyphen(token) and words and end + 1 < len(doc):
            if _syllable_of_a_given_name(doc[end + 1]):
                end += 2  # "Woo Won-shik", "Park Jong-dae": a given name's syllables
                continue
            end += 1
            continue
        if (
            token.lower_ in RUN_PARTICLES
            and token.is_lower
            and words
            and end + 1 < len(doc)
            and (joining_hyphen(doc[end + 1]) or name_word(doc[end + 1]))
        ):
            end += 1  # a particle inside the name: "Ahmed al-Tayeb", "Mohammed bin Abdulrahman"
            continue
        if name_word(token) and token.lower_ not in ORGANS | NAMED_AFTER:
            end, words = end + 1, words + 1
            continue
        if ROMAN_NUMERAL.fullmatch(token.text) and words:
            end, words = end + 1, words + 1
            break
        break
    if end < len(doc) and (doc[end].is_title or doc[end].ent_type_ not in RUN_TYPES | {"DATE"}):
        return None  # a longer name or title goes on: not all of it
    span = doc[start:end]
    if (
        not 2 <= words <= 4
        or joining_hyphen(doc[end - 1])
        or places.resolve_place(span.text) is not None
        or occasions.names_a_body(span.text)
        or find_role(span.text) is not None
        or any(t.lower_ in PORTFOLIO_WORDS for t in span)
    ):
        return None
    return span


def _syllable_of_a_given_name(token: Token) -> bool:
    """Whether a word after a joining hyphen is the small-letter syllable that ends a Korean
    given name: "shik" of "Won-shik", "dae" of "Jong-dae"."""
    return token.is_lower and token.is_alpha and len(token.text) <= 5 and token.lower_ not in english_words()


def _set_off_after_an_office(span: Span) -> bool:
    """Whether a name is set off by commas after the office it names, as its apposition: "among them
    Spain's second deputy prime minister, Yolanda Díaz, and ...", "the head of the commission, Ana
    Lima,"."""
    root = span.root
    head = root.head
    return (
        span.start > 0
        and span.doc[span.start - 1].text == ","
        and root.dep_ == "appos"
        and head.i < span.start
        and head.pos_ == "NOUN"
        and _an_office(head)
    )


def _office_in_apposition(span: Span) -> bool:
    """Whether an office that names a person is set after a name by a comma: "..., president of
    Haiti's Transitional Presidential Council"."""
    # the office may come after a word of time ("A, then Kosovo's president,", "B, now the
    # country's foreign minister,"): the parser's apposition of the name's last word
    return any(t.dep_ == "appos" and t.i >= span.end and _an_office(t) for t in children_of(span[-1]))


def _an_office(noun: Token) -> bool:
    """Whether a noun in apposition names an office in its own words: the noun and the words before
    it ("North Korea's new ambassador", "president" of "president of the council"), not another's
    office told after it ("G7 Summit: intense activity of President Tebboune"), nor one joined to it
    ("Summit, President of ..."), nor the thing of an office that owns it ("Press Release: Deputy
    Prime Minister's visit to Kabul" is a visit)."""
    joined = {t.i for c in children_of(noun) if c.dep_ in {"conj", "appos"} for t in subtree_of(c)}
    owner = {t.i for c in children_of(noun) if c.dep_ == "poss" for t in subtree_of(c)}
    words = [t.text for t in subtree_of(noun) if t.i not in joined]
    own = [t.text for t in subtree_of(noun) if t.i <= noun.i and t.i not in joined | owner]
    return find_role(" ".join(words)) is not None and find_role(" ".join(own)) is not None


def _royal_names_with_lineage(doc: Doc) -> Iterator[Span]:
    """A royal's given name after "Prince" or "Princess", left untagged, with the father's and
    the house's names after it ("Prince Faisal bin Turki", "Princess Lalla bint Hassan Al
    Alaoui"): the whole name, of which "Prince Faisal" is a short form later; not the "bin X"
    alone, nor a building or prize named after a prince ("the Prince Nayef bin Abdulaziz
    University")."""
    tokens = doc_tokens(doc)
    for token in tokens[:-2]:
        following = tokens[token.i + 1]
        if (
            token.ent_type_ in {"", "PERSON", "ORG"}  # "bin X" alone tagged a person, all a firm
            and token.is_title
            and following.lower_ in PATRONYMIC
            and princely_title(title_before(doc[token.i : token.i + 1])) is not None
        ):
            end = name_goes_on(doc, token.i + 1)
            if end > token.i + 2 and not _names_a_building(doc, end):  # "Prince Sultan bin Abdulaziz Airport"
                yield doc[token.i : end]


def _names_a_building(doc: Doc, end: int) -> bool:
    """Whether a name ending at ``end`` is that of a building or prize named after someone, its
    last word or the word after it a building's ("... bin Abdulaziz Airport", "... University")."""
    return any(t.lower_ in NAMED_AFTER for t in doc[max(end - 1, 0) : end + 1])


def _titled_relatives(doc: Doc) -> Iterator[Span]:
    """A given name and a known official's surname after a title, which the model left untagged:
    another person of that family ("First Lady Emine Erdoğan", "Mrs Jill Biden"), not the
    official, whose given name it is not; so also with no title, where the word is a given name
    of none of that family's officials (:func:`extract.naming.another_of_the_family`: "Later,
    Charlene Ruto met Modi" after President William Ruto)."""
    for token in doc_tokens(doc)[1:-1]:
        if token.ent_type_ != "" or not token.is_title:
            continue  # no given name the model left untagged
        surname = token.nbor(1)
        if (
            surname.ent_type_ == ""
            and surname.is_title
            and (title_word(token.nbor(-1)) or another_of_the_family(token, doc[surname.i : surname.i + 1]))
            and given_name(token, doc[surname.i : surname.i + 1])
            and (officials := gazetteer.by_surname(surname.text))
            and all(fold(token.text) not in fold(o.name).split() for o in officials)
        ):
            yield doc[token.i : surname.i + 1]


def _bare(text: str) -> str:
    """A name as written, without the white space and punctuation a span may run on to
    ("Giorgia Meloni.", "Vladimir Putin-" of "a Vladimir Putin-Donald Trump summit")."""
    return text.strip().rstrip(".,;:-").strip()


NUMERIC_DATE = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")
DATELINE_CHARS = 60  # the longest opening of a line a dateline's bracket comes after


def _outlet_of_a_dateline(span: Span) -> bool:
    """Whether a name is the outlet a wire dateline gives in brackets: "Buenos Aires, Jan 24, 2023
    (Prensa Latina) Cuban President ...", "Brasília, 24/01/2023 (Agência Brasil) -", and with no
    date after a place alone: "Havana (Prensa Latina) The Cuban foreign minister ..."."""
    doc = span.doc
    if (
        span.start == 0
        or span.end >= len(doc)
        or doc[span.start - 1].text != "("
        or doc[span.end].text != ")"
    ):
        return False
    if span.start_char < dateline_end(span.sent):
        return True
    text = doc_text(doc)
    line = text.rfind("\n", 0, span.start_char) + 1
    if span.start_char - line > DATELINE_CHARS:
        return False
    # a place alone opens the line before it, as a dateline with no date sets it: "Lima (Andina)
    # President ..." (a name after a place in brackets is never a person's)
    if whole_place(text[line : span.start_char - 1].strip(" ,")):
        return True
    # a city and a date open the line before it, whatever the parser made of the city
    if NUMERIC_DATE.search(text, line, span.start_char):
        return True  # "Buenos Aires, 24/01/2023 (Agência Brasil)", not a date entity
    dated = (e for e in doc_entities(doc)[1] if e.label_ == "DATE")
    return any(e.start_char >= line and e.end_char < span.start_char for e in dated)


def _married_form(words: list[str], full: list[str]) -> bool:
    """Whether a folded name is the married style of a woman's full name: one of its family names
    (a word after its first), "de", and a family name the full name lacks ("Castro de Zelaya" of
    "Iris Xiomara Castro Sarmiento", "Brown de Colom" of "Sandra Brown Torres")."""
    return (
        len(words) == 3
        and words[1] == "de"
        and words[0] in full[1:]
        and words[2] not in full
        and len(full) >= 3
    )


CLOSING_STOPS = frozenset(".!?")


def _credit(span: Span) -> bool:
    """Whether a name is the credit a photo's caption or a paragraph closes with, in brackets
    after its last stop and ending its line: "... shake hands in Busan on Oct. 30. (Korea Wire)",
    "... arrives in Doha. (Reuters Photo)". It names the outlet or the photographer, no one the
    story tells of; a name in brackets inside a sentence ("the president (William Ruto)") is not
    one."""
    doc = span.doc
    if span.start < 2 or span.end >= len(doc) or doc[span.start - 1].text != "(" or doc[span.end].text != ")":
        return False
    if doc[span.start - 2].text[-1:] not in CLOSING_STOPS:
        return False
    text = doc_text(doc)
    after = doc[span.end].idx + 1
    line_end = text.find("\n", after)
    return not text[after : line_end if line_end >= 0 else None].strip()


def _one_name_split(doc: Doc) -> list[Span]:
    """The PERSON entities, a long name the model cut in two touching entities joined again when
    the parser reads it as one ("H.E. Alhaji Baba Jamal" + "Mohammed Ahmed": the first part's last
    word modifies the second's), and neither part is an official the gazetteer knows, or when the
    first is an abbreviated given name cut off at its dot ("Ma" + "." + "Amenah Pangandaman")."""
    found: list[Span] = []
    for ent in doc_entities(doc)[1]:
        if ent.label_ != "PERSON":
            continue
        previous = found[-1] if found else None
        if previous is not None and (_read_as_one(previous, ent) or _given_name_before(previous, ent)):
            found[-1] = doc[previous.start : ent.end]
        else:
            found.append(ent)
    return found


def _read_as_one(previous: Span, ent: Span) -> bool:
    """Whether two touching PERSON entities are one name the parser reads as one, neither an
    official the gazetteer knows."""
    return (
        previous.end == ent.start
        and bool(previous[-1].whitespace_)
        and previous[-1].dep_ == "compound"
        and ent.start <= previous[-1].head.i < ent.end
        and not any(gazetteer.lookup(_bare(part.text)) for part in (previous, ent))
    )


def _given_name_before(previous: Span, ent: Span) -> bool:
    """Whether an entity is an abbreviated given name alone, its dot all that parts it from the
    name after it ("Ma" of "Secretary Ma. Amenah Pangandaman")."""
    return len(previous) == 1 and previous.end + 1 == ent.start and given_name_dot(previous.doc[previous.end])


def _split_pair(span: Span) -> list[Span]:
    """Two full names joined by a hyphen, as news writes a meeting of two ("a Vladimir
    Putin-Donald Trump summit"), are two names; a hyphen with one word on a side is part of a
    name ("Kassym-Jomart Tokayev", "Ahmed al-Sharaa"), and so is one between given names
    ("Karamoko Jean-Marie Traoré"), told apart as the pair modifies a noun after it or a side is
    an official the gazetteer knows."""
    for token in span[1:-1]:
        if joining_hyphen(token):
            left, right = span.doc[span.start : token.i], span.doc[token.i + 1 : span.end]
            if all(
                len(side) >= 2 and all(t.is_alpha for t in side) and side[0].is_title
                for side in (left, right)
            ) and (
                (span.root.dep_ in {"compound", "amod", "nmod"} and span.root.head.i >= span.end)
                or any(gazetteer.lookup(side.text) is not None for side in (left, right))
            ):
                return [left, right]
    return [span]


def _spelt_in(word: str, cluster: Cluster) -> bool:
    """Whether a word is part of a cluster's name or of one of its spellings, which each of its
    :attr:`Cluster.ends` is: a test that reads no set of ends."""
    return word in cluster.name or any(word in alias for alias in cluster.aliases)


def _article_joined(text: str) -> bool:
    """Whether a name is one family name joined to an Arabic article ("al-Shibani"), which alone
    is the surname of the person named in full with it before ("Asaad al-Shibani")."""
    article, hyphen, rest = text.partition("-")
    return bool(hyphen) and article.lower() in ARTICLES and rest[:1].isupper() and " " not in rest


def _hyphenated_at(token: Token) -> Span | None:
    """Capitalised words joined by a hyphen with no space from ``token`` on, read as one:
    "Díaz-Canel"; so is an Arabic article before a capitalised word, "al-Shara" (for the "Ahmad
    al-Shara" named before), which the model leaves untagged."""
    doc = token.doc
    if token.i + 2 >= len(doc) or not (token.is_title or token.lower_ in ARTICLES) or token.whitespace_:
        return None
    tokens = doc_tokens(doc)
    hyphen, after = tokens[token.i + 1], tokens[token.i + 2]
    if hyphen.text != "-" or hyphen.whitespace_ or not after.is_title:
        return None
    return doc[token.i : after.i + 1]


def _family_names_in_capitals(doc: Doc) -> Iterator[tuple[Span, str]]:
    """Known officials written as Japanese and Korean ministries write them, the family name in
    capitals before or after the given name: "IWAYA Takeshi" is Takeshi Iwaya, "CHO Tae-yul" Cho
    Tae-yul. Only names the gazetteer knows, as capitals are also acronyms ("NATO Secretary")."""
    for token in doc_tokens(doc)[:-1]:
        if not (token.is_upper and token.is_alpha and len(token) >= 2 and token.whitespace_):
            continue
        given = _given_after(token)
        if given is not None:
            for name in (f"{token.text} {given.text}", f"{given.text} {token.text}"):
                if (entry := gazetteer.lookup(name)) is not None:
                    yield doc[token.i : given.end], entry.name
                    break
        before = token.nbor(-1) if token.i > 0 else None
        if before is not None and before.whitespace_ and name_word(before):
            for name in (f"{before.text} {token.text}", f"{token.text} {before.text}"):
                if (entry := gazetteer.lookup(name)) is not None:
                    yield doc[before.i : token.i + 1], entry.name
                    break


# Malay royal styles, which stand in a name both before the given name and before the father's:
# "Tengku Zafrul Tengku Abdul Aziz", "Tunku Ismail Sultan Ibrahim"
ROYAL_STYLES = frozenset("tengku tunku tuanku engku".split())
# the styles a Malay name may carry between a royal style and the given name, no part of the name
CONFERRED_STYLES = MALAY_STYLES | SERI_RANKS | frozenset("sri seri dr dr.".split())


def _malay_royal_names(doc: Doc) -> Iterator[tuple[Span, str]]:
    """Names with a Malay royal style, which the model cuts where the style comes again before
    the father's name ("Tengku Datuk" + "Abdul Aziz" of "Tengku Datuk Seri Zafrul Tengku Abdul
    Aziz") or takes for a place or a firm, with the name they are known by: the conferred styles
    between the royal one and the given name left out ("Tengku Zafrul Tengku Abdul Aziz"). A
    royal style in the middle of a name goes on from the given names after a style before it
    ("Datuk Syed Mohamad Hasrin Tengku Hussin")."""
    tokens = doc_tokens(doc)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.lower_ not in ROYAL_STYLES or not token.is_title:
            i += 1
            continue
        start = i
        while (
            start > 0
            and tokens[start - 1].whitespace_
            and name_word(tokens[start - 1], tagged=False)
            and tokens[start - 1].lower_ not in CONFERRED_STYLES
            and not title_word(tokens[start - 1])
            and tokens[start - 1].ent_type_ not in {"GPE", "NORP", "DATE"}
        ):
            start -= 1
        if start > 0 and tokens[start - 1].lower_ not in CONFERRED_STYLES | HONORIFICS:
            start = i  # given names only after a style: "Datuk Syed | Mohamad Hasrin", not "Johor Regent"
        end = i + 1
        while (
            end < len(tokens)
            and end - start < 9
            and tokens[end - 1].whitespace_
            and (
                tokens[end].lower_ in CONFERRED_STYLES
                or tokens[end].lower_ in ROYAL_STYLES | {"sultan"}
                or name_word(tokens[end], tagged=False)
            )
            and (tokens[end].ent_type_ not in {"GPE", "DATE"} or tokens[end - 1].lower_ in ROYAL_STYLES)
        ):  # the model takes the father's name after a style for a place: "Tengku | Hussin"
            end += 1
        words = [t.text for t in tokens[start:end] if t.lower_ not in CONFERRED_STYLES]
        if len(words) >= 2 and words[-1].lower() not in ROYAL_STYLES | {"sultan"}:
            yield doc[start:end], " ".join(words)
        i = end


def _given_after(token: Token) -> Span | None:
    """The capitalised given name right after a word, with a hyphenated part: "Tae-yul"."""
    doc = token.doc
    start = token.i + 1
    if not (doc[start].text[:1].isupper() and not doc[start].is_upper and doc[start].is_alpha):
        return None
    end = start + 1
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[start].whitespace_ and doc[end + 1].is_alpha:
        end += 2
    return doc[start:end]


KNOWN_AS = frozenset("popularly commonly widely better also affectionately locally fondly".split())


# the verbs of "as the pontiff is known", "as the president is called", "as he is styled"
NAMING_VERBS = frozenset("known called styled nicknamed dubbed".split())
SET_OFF = frozenset({",", "-", "–", "—", "("})


def _described_as_known(name: Span) -> Span | None:
    """The description a name is said to be another name of, after it: "the pontiff" of
    "Paus Fransiskus - as the pontiff is known in Indonesian -"; None for a pronoun."""
    doc = name.doc
    i = name.end + 1
    if i + 3 >= len(doc) or doc[name.end].text not in SET_OFF or doc[i].lower_ != "as":
        return None
    be = next((t for t in doc[i + 1 : i + 6] if t.lemma_ == "be"), None)
    if be is None or be.i == i + 1:
        return None
    verb = doc[be.i + 1]
    if verb.tag_ == "RB" and be.i + 2 < len(doc):
        verb = doc[be.i + 2]  # "as the president is widely called"
    described = doc[i + 1 : be.i]
    if verb.lower_ not in NAMING_VERBS or any(t.pos_ == "PRON" or t.is_punct for t in described):
        return None
    return described


def _known_as(span: Span) -> Token | None:
    """The last word of the name a span is said to be another name of: "Mohamad" in "Mohamad,
    popularly known as Tok Mat"."""
    doc = span.doc
    i = span.start - 1
    if i < 2 or doc[i].lower_ != "as" or doc[i - 1].lower_ != "known":
        return None
    i -= 2
    if doc[i].lower_ in KNOWN_AS:
        i -= 1
    if i < 1 or doc[i].text not in {",", "("}:
        return None
    return doc[i - 1]


def _glued_part(token: Token) -> bool:
    """A word joined by a hyphen to a particle before it, no surname alone: "Jaber" of "Al-Jaber"
    (but "Lavrov" of "the Rubio-Lavrov call" is one)."""
    doc = token.doc
    return token.i >= 2 and joining_hyphen(doc[token.i - 1]) and doc[token.i - 2].lower_ in LINEAGE


def _without_overlaps(spans: list[Span]) -> list[Span]:
    """Longest spans win where two overlap, counted in the words of the name, not the titles
    before it: "Mohammed bin Salman bin Abdulaziz", with his grandfather's name, over "Crown
    Prince Mohammed bin Salman" (a form the gazetteer lists), which would leave "bin Abdulaziz" to
    be read as another man, King Salman bin Abdulaziz."""
    chosen: list[Span] = []
    for span in sorted(spans, key=lambda s: (-_name_words(s), -(s.end - s.start), s.start)):
        if all(span.end <= c.start or span.start >= c.end for c in chosen):
            chosen.append(span)
    return sorted(chosen, key=lambda s: s.start)


def _name_words(span: Span) -> int:
    """How many words of a span are the name's, the titles and styles before it left out."""
    start = span.start
    while start < span.end - 1 and (title_word(span.doc[start]) or span.doc[start].lower_ == "the"):
        start += 1
    return span.end - start


# the particles that join a club's or a firm's name to its city: "Petro de Luanda", "Atletico de Madrid"
CITY_PARTICLES = frozenset("de do da del".split())


def _continues_name(token: Token) -> bool:
    """A capitalised word followed by another is part of some other name ("Sun Valley"), and so
    is one followed by a particle and a place, a club or a body named for its city ("Petro de
    Luanda met Al Ahly": no Gustavo Petro)."""
    doc = token.doc
    following = token.nbor(1) if token.i + 1 < len(doc) else None
    if following is None:
        return False
    if following.is_title and following.ent_iob_ == "I":
        return True
    return (
        following.lower_ in CITY_PARTICLES
        and token.i + 2 < len(doc)
        and doc[token.i + 2].is_title
        and places.resolve_place(doc[token.i + 2].text) is not None
    )


# the offices whose portfolio follows "of" in capitals: "Minister of Natural Resources and Environment"
PORTFOLIO_OFFICES = frozenset("minister secretary".split())


def _office_before_portfolio(doc: Doc, name: int) -> int | None:
    """Where the office starts whose portfolio, told after "of", runs up to a name at ``name``
    ("Minister of Natural Resources and Environment X", "Secretary of Trade and Industry X"), its
    country perhaps told after it ("Minister of Foreign Affairs of the Islamic Republic of Iran
    X"): words in capitals, with "and", "of" and "the" between them, after a minister's or a
    secretary's "of" (not "the envoy of President X", nor "the wife of X")."""
    at, office = name - 1, None
    while at > name - 12 and at > 0 and (doc[at].is_title or doc[at].lower_ in PORTFOLIO_GLUE):
        if find_role(doc[at].text) is not None and not _a_bodys_members(doc[at]):
            break  # "of President X": an office of its own, not a portfolio
        if doc[at].lower_ == "of" and (
            doc[at - 1].lower_ in PORTFOLIO_OFFICES or role_ending(doc[at - 1 : name].text) is not None
        ):
            # and an office of the table that runs on to the name: "President of the Council of
            # Ministers X" (a prime minister), "Chairman of the Presidency X" (not "President of the
            # Senate X", no office of the table)
            office = at - 1
        at -= 1
    return office


def _a_bodys_members(word: Token) -> bool:
    """Whether a capitalised office in the plural after "of" names the members of a body, no office
    of its own: "Ministers" of "the Council of Ministers"."""
    return word.i > 0 and word.nbor(-1).lower_ == "of" and word.lower_.endswith("s")


PORTFOLIO_GLUE = frozenset("and & of the".split())


def _counted_in_reach(token: Token) -> bool:
    """Whether a word before a name counts toward how far back :func:`describe` reads its title:
    not a country's word, nor an honorific of a style ("Brunei's Second Minister of Foreign Affairs
    Dato Erywan Pehin Yusof" is Brunei's)."""
    return token.ent_type_ != "GPE" and token.lower_ not in HONORIFICS


def describe(span: Span) -> tuple[str | None, str | None]:
    """Country and role a mention's own words give: a title before it, an apposition after it.

    The country is the first one named that is not a destination ("ambassador to China"); the
    words of a country an office is of do not count toward how far back a title is read ("Prime
    Minister of the Kingdom of Saudi Arabia X").
    """
    doc = span.doc
    start = span.start
    # "Minister of Natural Resources and Environment X": the office before its portfolio
    # (at the sentence's first word too: "Minister of Foreign and European Affairs A met ...")
    if (office_start := _office_before_portfolio(doc, span.start)) is not None:
        start = office_start
    elif (office_start := _office_of_the_chain(doc, span.start)) is not None:
        start = office_start  # "the Ambassador of the United Kingdom of Great Britain and Northern Ireland X"
    tokens = doc_tokens(doc)
    # a country's words and the honorifics of a style ("Dato", "Hon.") do not count toward the reach
    while start > span.sent.start and sum(_counted_in_reach(t) for t in tokens[start : span.start]) < 7:
        previous = tokens[start - 1]
        if previous.is_space or (
            previous.is_punct and previous.text not in {"'s", "’s", "-"} and not honorific_dot(previous)
        ):
            break  # the line before, or a stop ("Hon." is none)
        if previous.pos_ in {"VERB", "AUX"} or previous.dep_ == "mark":
            break  # a verb, or a word opening a clause: "to Bangladesh since Hina Rabbani Khar"
        if (
            previous.lower_ == "of"
            and places.country_name(doc[start : span.start].text)
            and find_role(doc[max(span.sent.start, start - 5) : start - 1].text)
        ):
            start -= 1  # "Minister for Foreign Affairs of Japan IWAYA Takeshi", not "envoy of President X"
            continue
        if destination_of_office(doc, start - 1):
            start -= 1  # "French Ambassador to India": the country after "to" is skipped below
            continue
        if previous.lower_ in {"and", "with", "between", "by", "that", "told", "met", "from", "to", "of"}:
            break
        start -= 1
    words = tokens[start : span.start]
    root = span.root
    if office := _office_beside(root):  # "the Minister of Foreign Affairs, Ambassador Yusuf Tuggar"
        words = office + [t for t in words if t.i >= root.left_edge.i]
    for child in children_of(root):
        if child.i > span.end - 1 and (child.dep_ == "appos" or _office_set_after(span, child)):
            other = {t.i for t in _another_person_of(child)} | _other_names(span, child)
            words += [t for t in subtree_of(child) if t.i not in other]
    text = " ".join(t.text for t in words).replace(" - ", "-")  # "Vice-President", as written
    found = find_role(text)
    country = None
    for i, token in enumerate(words):
        if i > 0 and words[i - 1].lower_ in {"to", "in", "at", "on", "for"}:  # "envoy on Myanmar"
            continue
        if i + 1 < len(words):  # "South Sudanese", "Saudi Arabia": two words before one
            pair = f"{token.text} {words[i + 1].text}"
            country = places.country_named(pair)
        country = country or places.country_named(token.text)
        if country:
            break
    return country or _country_of_the_delegation_led(span), found[0] if found else None


def _office_of_the_chain(doc: Doc, name: int) -> int | None:
    """Where the office begins whose chain of "of" phrases ends with a state's name right before
    the name at ``name`` (see :func:`_names_after_a_title_chain`): "Ambassador" of "the Ambassador
    of the United Kingdom of Great Britain and Northern Ireland Kathy Leach", whose words, an "and"
    among them, all tell her office and country."""
    first = name
    while first > max(doc[name].sent.start, name - CHAIN_REACH - 4) and (
        doc[first - 1].lower_ in CHAIN_GLUE | OFFICE_QUALIFIERS_AFTER or doc[first - 1].is_title
    ):
        first -= 1
    offices = [at for at in range(first, name) if doc[at].is_title and chain_office(doc[at])]
    for at in offices:
        of = at + 1
        while of < name and doc[of].lower_ in OFFICE_QUALIFIERS_AFTER:
            of += 1
        if doc[of].lower_ != "of" or not a_state_ends(doc, of, name):
            continue
        if doc[at].lemma_.lower() in SERVING_NOUNS and any(
            doc[o].lemma_.lower() not in SERVING_NOUNS for o in offices if o > of
        ):
            return None  # "the Special Envoy of the President of Russia X": the envoy's, or the one served
        return at
    return None


def _country_of_the_delegation_led(span: Span) -> str | None:
    """The country of the delegation a person is named as leading, which is theirs: "a Saudi
    delegation led by ambassador X", "the Kenyan team, headed by Y", "Egypt's delegation, led by
    Z" (so that "the Saudi envoy" told later finds X). Not a group that is no delegation ("a
    French company led by X") nor one led by no one named ("led by the ambassador")."""
    agent = span.root.head
    led = agent.head
    if span.root.dep_ != "pobj" or agent.dep_ != "agent" or led.lemma_.lower() not in {"lead", "head"}:
        return None
    group = led.head
    if led.dep_ != "acl" or group.lower_ not in DELEGATION_NOUNS | {"team", "mission"}:
        return None
    for word in group.lefts:
        if word.dep_ in {"amod", "compound", "poss"} and (country := places.country_named(word.text)):
            return country
    return None


def _other_names(span: Span, noun: Token) -> set[int]:
    """The words of other people an apposition to a name holds, their titles with them, which are
    theirs and not the name's: a photo caption's "A (right) greets United States Secretary of State
    B", which the parser reads with "greets" a noun and B set beside A, so that "United States" is
    B's country, not A's. Not an office the parser tags as a name ("Sheikh Tamim, Emir of Qatar")."""
    return {
        t.i
        for name in subtree_of(noun)
        if not span.start <= name.i < span.end
        and name.ent_type_ == "PERSON"
        and name.pos_ == "PROPN"
        and not _within_its_name(name.head, name)  # the last word of a name, its title hung on it
        and not title_word(name)
        and find_role(name.text) is None
        for t in subtree_of(name)
    }


def _within_its_name(token: Token, name: Token) -> bool:
    """Whether a token is a word of the name entity ``name`` is a word of."""
    return token.ent_type_ == "PERSON" and not any(
        t.ent_iob_ == "B" or t.ent_type_ != "PERSON"
        for t in token.doc[min(token.i, name.i) + 1 : max(token.i, name.i) + 1]
    )


def _another_person_of(noun: Token) -> list[Token]:
    """The words of another person an apposition relates its name to, where its own noun is no
    office: "Bernie Sanders, an old ally of the Brazilian leader" is neither Brazilian nor a
    leader (but "Hakan Fidan, head of Turkish intelligence" is Turkish, and "A, special envoy of
    the South African president" South African, an office held for that country)."""
    if (
        find_role(" ".join(t.text for t in _own_office_words(noun))) is not None
        or noun.lower_ in OFFICES | LEADS
    ):
        return []
    return [
        t
        for of in children_of(noun)
        if of.dep_ == "prep" and of.lower_ == "of"
        for g in children_of(of)
        if g.dep_ == "pobj"
        and (find_role(" ".join(t.text for t in subtree_of(g))) is not None or g.ent_type_ == "PERSON")
        for t in subtree_of(of)
    ]


def _own_office_words(noun: Token) -> list[Token]:
    """A noun with the words before it that may make it an office ("foreign" and "minister" of
    "foreign minister")."""
    return [t for t in noun.lefts if t.dep_ in {"compound", "amod"}] + [noun]


def _office_beside(token: Token) -> list[Token]:
    """The words of the office a name is set beside, if it is: an apposition to a noun that names
    an office and no one ("the Minister of Foreign Affairs, Ambassador Yusuf Maitama Tuggar", "the
    High Commissioner of Ghana, H.E. Baba Jamal Mohammed Ahmed"), which the parser may take for a
    conjunct where no "and" or "or" joins them; not a name beside another ("Foreign Minister A and
    Deputy Minister B, C") nor beside something else ("a tête-à-tête ..., including A"). A name
    the parser hung on the country the office is of is set beside that office ("The Minister of
    Foreign and European Affairs of Luxembourg, A")."""
    head = _office_of_its_portfolios(token.head) if token.dep_ == "appos" else token.head
    if head.i >= token.i or head.pos_ not in {"NOUN", "PROPN"}:
        return []
    if token.dep_ == "appos" and head.ent_type_ == "GPE" and head.dep_ == "pobj" and head.head.lower_ == "of":
        head = _office_of_the_country(head) or head
    office = [t for t in subtree_of(head) if head.i - 8 <= t.i < token.left_edge.i]
    between = token.doc[head.i + 1 : token.left_edge.i]
    beside = token.dep_ == "appos" or (
        token.dep_ == "conj" and not any(t.dep_ == "cc" or t.lower_ in {"and", "or"} for t in between)
    )
    # a list of those present goes on after the name: "between the Prime Minister of India,
    # President A and Chancellor B" holds three, the first named by office alone
    listed = any(c.dep_ == "conj" and c.i > token.i and c.ent_type_ == "PERSON" for c in children_of(token))
    if not beside or listed or not _an_office_noun(head) or any(t.ent_type_ == "PERSON" for t in office):
        return []
    joined = [i for i, t in enumerate(office) if t.lower_ == "and"]
    last = office[joined[-1] + 1 :] if joined else []
    # of two offices, the one next to the name, as before a name: "the Deputy Prime Minister and
    # Minister of Foreign Affairs, Antonio Tajani" is a foreign minister
    return last if find_role(" ".join(t.text for t in last)) else office


def _office_of_its_portfolios(word: Token) -> Token:
    """The office noun a list of portfolios hangs from, where the parser hung the name set beside
    the office on the last of them: "The Minister of Foreign Affairs, Regional Cooperation and
    Nationals Abroad, A," (A on "Abroad", a conjunct of "Cooperation", itself one of "Minister");
    else ``word`` itself."""
    top = word
    while (
        top.dep_ == "conj"
        and top.head.i < top.i
        and top.head.pos_ in {"NOUN", "PROPN"}
        and not _an_office_noun(top)  # "the president and the Emir of Kano, A,": another office, A's
    ):
        top = top.head
    return top if top is not word and _an_office_noun(top) else word


def _an_office_noun(noun: Token) -> bool:
    """Whether a noun names an office with the words before it: one of the role table ("Foreign
    Minister"), or a capitalised one the table lacks ("the Speaker of the Turkish Grand National
    Assembly, A", "the Chairman of the National Assembly of Vietnam, B")."""
    return find_role(" ".join(t.text for t in _own_office_words(noun))) is not None or (
        noun.is_title and office_word(noun) in OFFICES
    )


def _office_of_the_country(country: Token) -> Token | None:
    """The office a country's "of" phrase tells the country of, up the phrase's nouns and
    prepositions: "Minister" of "the Minister of Foreign and European Affairs of Luxembourg"."""
    for word in ancestors_of(country):
        if word.pos_ in {"NOUN", "PROPN"} and find_role(" ".join(t.text for t in _own_office_words(word))):
            return word
        if word.dep_ not in {"pobj", "prep"}:
            return None  # out of the phrase: no office of it
    return None


def _office_set_after(span: Span, conjunct: Token) -> bool:
    """Whether a conjunct after a name is its office set beside it, which the parser joins as a
    conjunct where no "and" comes first: "Prince Mohammed bin Salman, Crown Prince and Prime
    Minister, received ..."."""
    between = span.doc[span.end : conjunct.left_edge.i]
    words = list(subtree_of(conjunct))
    return (
        conjunct.dep_ == "conj"
        and not any(t.dep_ == "cc" or t.lower_ in {"and", "or"} for t in between)
        and not any(t.ent_type_ == "PERSON" and not title_word(t) for t in words)  # a title may be tagged so
        and find_role(" ".join(t.text for t in words)) is not None
    )


LEADS = frozenset("head chief leader".split())
# heads of what a noun's modifier names, who lead its country: "the Kremlin chief"
BOSSES = frozenset("chief boss head leader".split())
# seats of power that stand for their country: "the Kremlin chief" is Russia's leader
SEATS = {
    "kremlin": "Russia",
    "white house": "United States",
    "elysee": "France",
    "downing street": "United Kingdom",
    "zhongnanhai": "China",
}


# words before an office that say its holder no longer holds it: "then Premier", "the late King"
FORMER = frozenset("then former late ex erstwhile".split())


def _only_country_and_title(head: Token, title: str) -> bool:
    """Whether an office noun's words are its country and its title alone, the noun the title's last
    word: "the French president", "Kenya's president", "the Indian prime minister"; not "a Russian
    deputy foreign minister", "the first foreign envoy", "the Russian Premier League"."""
    words = set(title.lower().split()) | {"the", "'s", "’s"}
    # the title in another spelling counts: "the Kuwaiti Amir" is Kuwait's Emir
    return (head.lower_ == title.lower().split()[-1] or titled_as(head.text) == title) and all(
        t.lower_ in words
        or places.demonym_country(t.text) is not None
        or places.resolve_place(t.text) is not None
        for t in subtree_of(head)
        if t.i < head.i
    )


def _of_another_time(head: Token) -> bool:
    """Whether an office noun is told of another time than the article's: "the former French
    president", "the next Iranian president", "the late Egyptian president", "presidents"."""
    return head.tag_ == "NNS" or any(
        t.lower_ in FORMER | {"next", "new", "future", "incoming", "outgoing", "previous", "past", "first"}
        for t in subtree_of(head)
        if t.i < head.i
    )


def _named_as_former(doc: Doc, start: int) -> bool:
    """Whether a name is written after a former office: "then Chinese Premier Li Keqiang",
    "then-President Moon Jae-in", "Former Prime Minister Shinzo Abe", "the late Shinzo Abe"."""
    i = start - 1
    floor = max(doc[start].sent.start, start - 7)
    while i >= floor:
        word = doc[i]
        if word.lower_ in FORMER:
            return True
        if word.text == "-" and not word.whitespace_:
            i -= 1  # "then-President"
            continue
        if not (
            word.is_title
            or title_word(word)
            or word.lower_ in OFFICE_WORDS
            or word.lower_ in {"the", "of", "'s", "’s", "minister"}
        ):
            return False
        i -= 1
    return False


def _heads_an_institution(head: Token) -> bool:
    """Whether a boss noun is told with the common noun of what it heads, an institution of its
    country and not the country: "China's central bank chief", "the Pakistani army chief", "the
    Saudi intelligence chief" head a bank, an army, a service; "the Kremlin chief" and "the
    Chinese leader" lead the country."""
    return any(
        c.dep_ in {"compound", "nmod"} and c.pos_ == "NOUN" and c.lower_ not in SEATS
        for c in children_of(head)
        if c.i < head.i
    )


def _of_something(head: Token) -> bool:
    """Whether a noun has an "of" phrase after it: "chief of staff", "head of the delegation"."""
    return any(c.lower_ == "of" and c.i > head.i for c in children_of(head))


TEAMS = frozenset("team delegation negotiators".split())


def _led_team(head: Token) -> Token | None:
    """The team a "head of" leads: "team" in "the head of the U.S. negotiating team"."""
    for prep in children_of(head):
        if prep.lower_ == "of":
            for noun in children_of(prep):
                if noun.dep_ == "pobj" and noun.lower_ in TEAMS:
                    return noun
    return None


def _led_ministry(head: Token) -> tuple[Token, str] | None:
    """The ministry a "head of" leads and the class of its minister: "the head of the Kazakh
    foreign ministry" leads a foreign ministry, "the head of the Ministry of Defence" a defence
    one, and "the head of Chilean diplomacy" (as news translated from Spanish, Portuguese,
    French or Italian writes a foreign minister) a country's diplomacy, its foreign ministry."""
    for prep in children_of(head):
        if prep.lower_ == "of":
            for noun in children_of(prep):
                if noun.dep_ == "pobj" and noun.lower_ == "diplomacy":
                    return noun, "foreign"
                if noun.dep_ == "pobj" and noun.lemma_.lower() == "ministry":
                    words = " ".join("minister" if t == noun else t.text for t in subtree_of(noun))
                    role = find_role(words)
                    if role is not None and role[1] in {"foreign", "defence"}:
                        return noun, role[1]
    return None


def _countries_in(head: Token) -> list[str]:
    """Countries named by the modifiers of a noun: "Chinese and Russian", "of China and Russia";
    not those of a noun joined to it, another person ("the Crown Prince and the Kenyan President":
    none for "Crown Prince")."""
    countries: list[str] = []
    joined = {t.i for c in children_of(head) if c.dep_ == "conj" for t in subtree_of(c)}
    # after the owner's "'s" comes what is owned, which the parser may hang on the owner: in "the
    # Iranian leader's first visit to Qatar" the leader is Iranian, Qatar is where the visit went
    owned = head.i + 1 < len(head.doc) and head.nbor(1).dep_ == "case" and head.nbor(1).head == head
    for token in subtree_of(head):
        if token.i > head.i + 6 or (owned and token.i > head.i):
            break
        if token.i in joined:
            continue
        text = token.text
        country = places.country_named(text) or SEATS.get(fold(text))
        if (
            country is None
            and token.i + 1 < len(token.doc)
            and token.nbor(1).is_title
            and token.i + 1
            not in joined  # not ", French" of "the Prime Minister of India, French President X"
        ):
            pair = f"{token.text} {token.nbor(1).text}"  # "South Korean", "Saudi Arabia"
            country = places.country_named(pair) or SEATS.get(fold(pair))
        if country is None and token.lower_ == "its" and token.head == head:
            country = _country_speaking(head)  # "China said its special envoy had met ..."
        if country is None and token.dep_ == "poss" and token.head == head:
            country = _capitals_country(token)  # "Beijing's special envoy": China's
        if country and country not in countries:
            countries.append(country)
    return countries


NOUN_SLOTS = frozenset("nsubj nsubjpass dobj pobj".split())


def _nationality_noun(head: Token) -> bool:
    """Whether a word is a nationality used as a noun for one person, "the Brazilian" or "the
    Uruguayan" of a story on two leaders ("when the Brazilian visited him in Montevideo"): a
    demonym after "the", alone in its phrase, in a noun's place; not "the Brazilians", nor one
    before a noun ("the Brazilian side"), nor a language ("in Portuguese")."""
    doc = head.doc
    return (
        places.demonym_country(head.text) is not None
        and head.tag_ in {"NNP", "NN", "JJ"}
        and head.dep_ in NOUN_SLOTS
        and [c.lower_ for c in children_of(head)] == ["the"]
        and (head.i + 1 >= len(doc) or doc[head.i + 1].pos_ not in {"NOUN", "PROPN"})
    )


def _capitals_country(owner: Token) -> str | None:
    """The country whose capital owns an office, standing for its government: China for
    "Beijing's special envoy", Russia for "Moscow's ambassador"; None for another city."""
    if owner.ent_type_ != "GPE" or not places.is_capital_name(owner.text):
        return None
    place = places.resolve_place(owner.text)
    return place.country if place is not None else None


def _country_speaking(head: Token) -> str | None:
    """The country that is the subject of the verb a noun's clause is reported by: China in
    "China said Thursday that its special envoy had held a meeting"."""
    for verb in ancestors_of(head):
        for child in children_of(verb):
            if child.dep_ == "nsubj" and child.i < head.i and (country := places.country_name(child.text)):
                return country
    return None


def _princely(cluster: Cluster) -> bool:
    """Whether a person of the article is a prince or princess: so titled in a spelling of the
    name or in an office, the article's or (for a known official) the gazetteer's ("Crown
    Prince")."""
    spellings = {cluster.name, cluster.role or "", *cluster.aliases, *cluster.written}
    if cluster.known and (entry := gazetteer.lookup(cluster.name)) is not None:
        return _princely_entry(entry) or _titled_princely(spellings)
    return _titled_princely(spellings)


def _princely_entry(entry: gazetteer.OfficialEntry) -> bool:
    """Whether the gazetteer calls an official a prince or princess, in a spelling or an office."""
    return _titled_princely({entry.name, *entry.aliases, *(r.role for r in entry.roles)})


def _titled_princely(spellings: Iterable[str]) -> bool:
    return any(PRINCELY & set(s.lower().split()) for s in spellings)


def _titled_given_name(token: Token, title: str | None) -> bool:
    """Whether a word the model tags as no name is a given name after a title that news keeps
    with one: a royal's after "Prince" or "Princess" ("Princess Anne received ..."), a monarch's
    or a church head's ("Queen Margrethe", "Patriarch Kirill"), a word alone: not part of a
    place's or a building's name ("Prince Edward Island", "Princess Nourah University", "Prince
    Nayef bin Abdulaziz University"); ``title``: the word's :func:`title_before`, which the caller
    has read already."""
    doc = token.doc
    return (
        # the title first: most words have none, and need no entity looked up nor word after read
        (princely_title(title) is not None or royal_title(title) is not None)
        and (token.ent_type_ in {"", "PERSON"} or _a_titled_name_mistyped(token, title))
        and (token.i + 1 == len(doc) or not doc_tokens(doc)[token.i + 1].is_title)
        # "the Prince Nayef bin Abdulaziz University"
        and not (token.i + 1 < len(doc) and _names_a_building(doc, name_goes_on(doc, token.i + 1)))
    )


def _a_titled_name_mistyped(token: Token, title: str | None) -> bool:
    """Whether the model typed the one name after a title as a thing, an entity of the name alone
    or from the title to the name and no further: "Crown Prince Haakon" tagged a product, "Crown
    Prince | Haakon" a product and an organisation."""
    ent = entity_at(token)
    return (
        title is not None
        and ent is not None
        and ent.label_ in {"ORG", "PRODUCT"}
        and ent.end == token.i + 1
        and (ent.start == token.i or ent.start <= token.i - len(title.split()))
    )


def _described_after_the(first: Token, last: Token) -> bool:
    """Whether the words from ``first`` to ``last`` follow "the", right before them or before
    words that only describe the last ("the 86-year-old pontiff", "the ailing Pontiff")."""
    doc = first.doc
    if doc[first.i - 1].lower_ == "the":
        return True
    the = next((c for c in children_of(last) if c.dep_ == "det" and c.i < first.i), None)
    if the is None or the.lower_ != "the":
        return False
    described = {t.i for c in children_of(last) if c.dep_ == "amod" for t in subtree_of(c)}
    return all(i in described for i in range(the.i + 1, first.i))


def _opens_a_headline(token: Token) -> bool:
    """Whether a capitalised word opens a headline-style sentence that drops "the" before it and
    is its subject: "Pontiff met President Vella at the Palace"; not a word before a noun
    ("Sovereign debt rose") nor one in the middle of a sentence."""
    return bool(token.is_sent_start) and token.is_title and token.dep_ in {"nsubj", "nsubjpass"}


def _closed_by_a_comma(head: Token) -> bool:
    """Whether a word's phrase is followed by a comma, as a description set off between two
    commas after a name is: "Orban, the EU leader with the closest ties to Moscow, described"."""
    end = head.right_edge.i + 1
    return end < len(head.doc) and head.doc[end].text == ","
