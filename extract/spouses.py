"""Spouses and consorts: who is named as the wife, husband or consort of another.

The titles a spouse goes by beside a leader ("First Lady Jill Biden", "Madame Peng Liyuan"), a
name in apposition with a spouse ("his wife Peng Liyuan"), and a queen joined to a king ("King
Felipe VI and Queen Letizia"), who is his consort and no second monarch.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from extract.spans import children_of

# the titles a spouse goes by beside a leader: "First Lady Jill Biden", "Madame Peng Liyuan" (a
# woman in office goes by "Ms" or "Mrs", French "Mme")
CONSORT_TITLES = frozenset("lady madame".split())
SPOUSES = frozenset("wife husband spouse consort partner".split())


# a monarch's title and the title of a consort beside them: a reigning queen's husband is a prince,
# so a queen joined to a king is his consort ("King Felipe VI and Queen Letizia")
CONSORTS = {"king": "queen", "emperor": "empress"}


# the honorifics of a married person: beside the surname of another person of the story they tell
# that person's spouse ("welcomed the President and Mrs. Brigitte Macron")
MARRIED_HONORIFICS = frozenset("mrs mrs. mme mme. madam".split())


# the adjective of a couple and the offices of the one of the two who holds the office it tells:
# "the royal couple" is a monarch or a prince with their consort, "the presidential couple" a
# president with theirs; the other of the two is the spouse
COUPLE_OFFICES = {
    "royal": frozenset("king queen monarch emperor empress sultan emir amir prince princess duke".split()),
    "imperial": frozenset("emperor empress".split()),
    "princely": frozenset("prince princess".split()),
    "presidential": frozenset("president".split()),
}


def offices_of_the_couple(couple: Token) -> frozenset[str] | None:
    """The offices one of a couple holds by the adjective of the couple ("the royal couple", "the
    Danish royal couple": a monarch's or a prince's), or by the plural that names the pair ("the
    Spanish royals"); None where it tells none ("the couple")."""
    words = [c.lower_ for c in children_of(couple)] + (["royal"] if a_pair_of_royals(couple) else [])
    offices = [COUPLE_OFFICES[w] for w in words if w in COUPLE_OFFICES]
    return frozenset().union(*offices) if offices else None


def a_couple(token: Token) -> bool:
    """Whether a noun names a couple the story follows: "the couple", "the royal couple", and "the
    royals", "the Spanish royals", a monarch with their consort as news names them together."""
    return token.lemma_.lower() == "couple" or a_pair_of_royals(token)


def a_pair_of_royals(token: Token) -> bool:
    """Whether a noun is "the royals", "the Dutch royals": the plural of "royal" told with "the"
    (not "royals from across Europe", undetermined); or "Their Majesties", as a court's news
    names a monarch and consort together."""
    if token.lower_ == "majesties":
        return any(c.lower_ in {"their", "the"} for c in children_of(token))
    return (
        token.tag_ == "NNS"
        and token.lemma_.lower() == "royal"
        and any(c.lower_ == "the" for c in children_of(token))
    )


def namesake_spouse(name: Token, full_name: str, others: Iterable[str]) -> bool:
    """Whether a name told with a married woman's honorific ("Mrs. Brigitte Macron") bears the
    surname of another person the story names ("Emmanuel Macron"): that person's spouse; not a
    woman in office named so alone ("Mrs. Sushma Swaraj")."""
    if not MARRIED_HONORIFICS & _words_before_the_name(name):
        return False
    surname = full_name.split()[-1].lower()
    return any(len(o.split()) >= 2 and o.split()[-1].lower() == surname and o != full_name for o in others)


# the titles a couple bears together, the holder's and then the consort's: "the Prince and
# Princess of Wales", "the Duke and Duchess of Sussex", "the King and Queen of the Netherlands"
COUPLES_TITLES = {**CONSORTS, "prince": "princess", "duke": "duchess", "grand duke": "grand duchess"}


def consort_of_a_monarch(name: Token) -> bool:
    """Whether a name is a consort's, a queen joined by "and" to a king (an empress to an
    emperor): "King Felipe VI and Queen Letizia", "Emperor Naruhito and Empress Masako", also to
    a king told by his title alone ("hosted the king and Queen Camilla"), or the second of two
    names the couple's titles follow: "Prince William and Catherine, the Prince and Princess of
    Wales" (Catherine the Princess, his consort)."""
    if name.dep_ != "conj":
        return False
    titles = _words_before_the_name(name)
    partner_titles = _words_before_the_name(name.head) | {name.head.lower_}
    return any(
        consort in titles and monarch in partner_titles for monarch, consort in CONSORTS.items()
    ) or _titled_as_a_couple(name)


def _titled_as_a_couple(name: Token) -> bool:
    """Whether the second of two names joined by "and" is followed by the couple's titles, the
    holder's and then the consort's: ", the Duke and Duchess of Sussex"."""
    after = " ".join(t.lower_ for t in name.doc[name.i + 1 : name.i + 10])
    return any(
        after.startswith((f", the {holder} and {consort} of ", f", {holder} and {consort} of "))
        for holder, consort in COUPLES_TITLES.items()
    )


def _words_before_the_name(token: Token) -> set[str]:
    """The words of a name and its titles before its last word, down its chain of compounds:
    "king", "carl" and "xvi" of "King Carl XVI Gustaf"."""
    words: set[str] = set()
    chain = [c for c in token.lefts if c.dep_ == "compound"]
    while chain:
        word = chain.pop()
        words.add(word.lower_)
        chain += [c for c in word.lefts if c.dep_ == "compound"]
    return words


def spouse_of(span: Span) -> bool:
    """Whether a mention names someone as a spouse: "his wife Peng Liyuan", "Sharaa's spouse, X",
    or set after a spouse's title, with a title of its own ("accompanied by the First Lady,
    Senator X", "the First Lady, Dr. Y"): that title is the person's, not the spouse's."""
    root = span.root
    return root.dep_ == "appos" and root.head.lemma_.lower() in SPOUSES | CONSORT_TITLES
