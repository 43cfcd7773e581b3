"""Two of the model's rule components, giving the same answers for less: the attribute ruler's
patterns looked up by each token's tag and form, the lemmatizer's answers remembered.

``en_core_web_sm``'s ``attribute_ruler`` maps each fine-grained tag to a part of speech and
morphology, and gives pronouns, determiners and a few spellings their own: 179 one- and
two-token patterns, which spaCy's ``Matcher`` tries one by one at every token (about 40
microseconds a token, an eighth of the pipeline's time on news). :class:`AttributeIndex`
finds the same matches from a dictionary keyed by a value of a pattern's first token (its
tag, else its lower-case form, ...), and the ruler sets them with its own
``set_annotations``, so every token ends with the attributes the ruler gives it.

Not supported, so the ruler is left as it is (:func:`indexed`): patterns with operators
(``OP``), predicates other than ``IN``, ``NOT_IN`` and ``REGEX``, or token attributes other
than ``TAG``, ``LOWER``, ``ORTH``, ``DEP``, ``POS`` and ``IS_SPACE``.

The English rule lemmatizer reads a token's text, part of speech and morphology only, but
remembers its answer only for words it had to look up in its tables: a singular noun, a
base verb or a plain adjective is checked again at each of its tokens (``is_base_form``
makes a dictionary of the token's morphology each time). :func:`remembered` has it remember
every answer by the token's spelling, part of speech and morphology, and look its known
words up in a set rather than read a list of tens of thousands through.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, ORTH, POS, TAG
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import StringStore
from spacy.tokens import Doc, Token

COLUMNS = {"TAG": TAG, "LOWER": LOWER, "ORTH": ORTH, "DEP": DEP, "POS": POS, "IS_SPACE": IS_SPACE}
KEYS = ("TAG", "LOWER", "ORTH", "DEP", "POS")  # a first token's attribute to look it up by, in this order

CACHED = 100_000  # rows whose fitting patterns, or words whose lemmas, are remembered, at most
Test = Callable[[tuple[int, ...]], bool]  # a token's row (its values of the columns used) -> whether it fits
Entry = tuple[Test, int, int, list[Test]]  # the first token's test, the ruler's key, match id, the others'


class Unsupported(ValueError):
    """A pattern of the attribute ruler that :class:`AttributeIndex` cannot look up."""


class AttributeIndex:
    """What an :class:`AttributeRuler` matches, found by lookup (:meth:`match`)."""

    def __init__(self, ruler: AttributeRuler) -> None:
        strings = ruler.vocab.strings
        patterns_of = [ruler.matcher.get(strings[str(key)])[1] for key in range(len(ruler.attrs))]
        used = {name for patterns in patterns_of for pattern in patterns for spec in pattern for name in spec}
        if used - set(COLUMNS):
            raise Unsupported(f"token attributes {sorted(used - set(COLUMNS))!r}")
        self.names = [name for name in COLUMNS if name in used]  # a token's row: these, in this order
        self.keyed: dict[tuple[int, int], list[Entry]] = defaultdict(list)
        self.unkeyed: list[Entry] = []
        for key, patterns in enumerate(patterns_of):
            match_id = strings[str(key)]
            for pattern in patterns:
                tests = [_test(spec, self.names, strings) for spec in pattern]
                entry = (tests[0], key, match_id, tests[1:])
                column, values = _lookup(pattern[0], self.names, strings)
                if column is None:
                    self.unkeyed.append(entry)
                else:
                    for value in values:
                        self.keyed[column, value].append(entry)
        self.columns = sorted({column for column, _ in self.keyed})
        self.fitting: dict[tuple[int, ...], tuple[list[tuple[int, int]], list[Entry]]] = {}

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The ruler's matches in its order: (key, match id, start, end), sorted."""
        rows = [tuple(row) for row in doc.to_array([COLUMNS[name] for name in self.names]).tolist()]
        fitting = self.fitting
        if len(fitting) > CACHED:
            fitting.clear()
        found: list[tuple[int, int, int, int]] = []
        for start, row in enumerate(rows):
            fits = fitting.get(row)
            if fits is None:
                fits = fitting[row] = self._fits(row)
            singles, longer = fits
            found.extend((key, match_id, start, start + 1) for key, match_id in singles)
            for _, key, match_id, rest in longer:
                end = start + 1 + len(rest)
                if end <= len(rows) and all(t(r) for t, r in zip(rest, rows[start + 1 : end], strict=True)):
                    found.append((key, match_id, start, end))
        return sorted(set(found))

    def _fits(self, row: tuple[int, ...]) -> tuple[list[tuple[int, int]], list[Entry]]:
        """The one-token patterns a token of this row matches, and the longer ones it starts."""
        candidates = [entry for column in self.columns for entry in self.keyed.get((column, row[column]), ())]
        singles, longer = [], []
        for entry in candidates + self.unkeyed:
            first, key, match_id, rest = entry
            if first(row):
                if rest:
                    longer.append(entry)
                else:
                    singles.append((key, match_id))
        return singles, longer


def _lookup(spec: dict[str, Any], names: list[str], strings: StringStore) -> tuple[int | None, list[int]]:
    """The column and the values a pattern's first token is looked up by: the first of
    ``KEYS`` it asks to be one value or one of a list."""
    for name in KEYS:
        value = spec.get(name)
        if isinstance(value, str):
            return names.index(name), [strings.add(value)]
        if isinstance(value, dict) and set(value) == {"IN"}:
            return names.index(name), [strings.add(v) for v in value["IN"]]
    return None, []


def _test(spec: dict[str, Any], names: list[str], strings: StringStore) -> Test:
    """The test of a token for one token of a pattern, as spaCy's ``Matcher`` reads it."""
    checks: list[Test] = []
    for name, value in spec.items():
        column = names.index(name)
        predicate, values = next(iter(value.items())) if isinstance(value, dict) else ("==", value)
        if isinstance(value, dict) and len(value) != 1:
            raise Unsupported(f"predicates {sorted(value)!r} of {name}")
        if name == "IS_SPACE":
            if predicate != "==" or not isinstance(values, bool):
                raise Unsupported(f"IS_SPACE {value!r}")
            checks.append(_equal(column, int(values)))
        elif predicate == "==" and isinstance(values, str):
            checks.append(_equal(column, strings.add(values)))
        elif predicate in ("IN", "NOT_IN") and all(isinstance(v, str) for v in values):
            codes = frozenset(strings.add(v) for v in values)
            checks.append(_among(column, codes) if predicate == "IN" else _not_among(column, codes))
        elif predicate == "REGEX" and isinstance(values, str):
            checks.append(_searched(column, re.compile(values), strings))
        else:
            raise Unsupported(f"{name} {value!r}")
    if len(checks) == 1:
        return checks[0]
    return lambda row: all(check(row) for check in checks)


def _equal(column: int, code: int) -> Test:
    return lambda row: row[column] == code


def _among(column: int, codes: frozenset[int]) -> Test:
    return lambda row: row[column] in codes


def _not_among(column: int, codes: frozenset[int]) -> Test:
    return lambda row: row[column] not in codes


def _searched(column: int, pattern: re.Pattern[str], strings: StringStore) -> Test:
    return lambda row: pattern.search(strings[row[column]]) is not None


def indexed(nlp: Language) -> None:
    """Have ``nlp``'s ``attribute_ruler`` find its matches with an :class:`AttributeIndex`
    where every one of its patterns is supported; otherwise leave it. The ruler stays in the
    pipeline as it is (its ``__call__``, error handling and ``set_annotations``): only its
    ``match`` is replaced, on this instance."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler):
        return
    try:
        ruler.match = AttributeIndex(ruler).match  # type: ignore[method-assign]
    except Unsupported:
        return


def remembered(nlp: Language) -> None:
    """Have ``nlp``'s rule lemmatizer (spaCy's own, or its English one) remember every lemma it
    gives, by the token's spelling, part of speech and morphology, which are all it reads."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if not isinstance(lemmatizer, Lemmatizer) or type(lemmatizer) not in (Lemmatizer, EnglishLemmatizer):
        return  # a subclass may read more of a token
    if lemmatizer.mode == "rule":
        lemmatizer.lemmatize = _Remembered(lemmatizer.lemmatize)
        if lemmatizer.lookups.has_table("lemma_index"):
            index = lemmatizer.lookups.get_table("lemma_index")
            for pos, words in list(index.items()):
                if isinstance(words, list):
                    index[pos] = _WordList(words)


class _WordList(list[str]):
    """A list of the lemmatizer's known words (its ``lemma_index`` of a part of speech, 57,528
    nouns) that answers ``in`` from a set: the rule lemmatizer asks whether each form a suffix
    rule makes is a known word, and a list is read through to its end for every form that is
    not (half a millisecond a new word). The same words, in the same order."""

    def __init__(self, words: list[str]) -> None:
        super().__init__(words)
        self.known = frozenset(words)

    def __contains__(self, word: object) -> bool:
        return word in self.known


class _Remembered:
    """A lemmatizer's ``lemmatize``, its answers remembered."""

    def __init__(self, lemmatize: Callable[[Token], list[str]]) -> None:
        self.lemmatize = lemmatize
        self.lemmas: dict[tuple[int, int, int], list[str]] = {}

    def __call__(self, token: Token) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)  # type: ignore[attr-defined]
        lemmas = self.lemmas.get(key)
        if lemmas is None:
            if len(self.lemmas) > CACHED:
                self.lemmas.clear()
            lemmas = self.lemmas[key] = self.lemmatize(token)
        return lemmas
