"""What the rules read of a parsed text, made once per doc rather than once per question.

spaCy's ``Doc.text`` joins every token's text on each call, and ``Span.ents`` walks every
entity of the doc on each call; asked once per trigger or per person, both make a rule
quadratic in the length of the text. These give the same answers from what is computed once
and kept in ``doc.user_data``, so that every rule stays linear in the text (or n log n).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable
from typing import TypeVar, cast

from spacy.attrs import HEAD
from spacy.tokens import Doc, Span, Token

_TEXT = "dipgraph.text"
_ENTS = "dipgraph.ents"
_TOKENS = "dipgraph.tokens"
_HEADS = "dipgraph.heads"

# The small model's lemmatizer slips on a few words that matter here: "dined" -> "din".
LEMMA_SLIPS = {"din": "dine", "slat": "slate", "huddl": "huddle", "co-chaire": "co-chair"}


def lemma_of(token: Token) -> str:
    """A token's lemma in lower case, with the lemmatizer's known slips put right."""
    lemma = token.lemma_.lower()
    if lemma == "hop" and token.lower_.startswith(("hope", "hoping")):
        return "hope"  # "he hoped to host al-Sisi": the lemmatizer's "hop"
    return LEMMA_SLIPS.get(lemma, lemma)


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per doc, from the doc's tokens made once (:func:`doc_tokens`)
    rather than from new ones, as ``doc.text`` makes."""
    if doc is _READING:
        return _READING_TEXT  # the doc the rules read now (see :data:`_READING`)
    text: str | None = doc.user_data.get(_TEXT)  # one lookup, asked tens of thousands of times a doc
    if text is None:
        text = doc.user_data[_TEXT] = "".join(t.text_with_ws for t in doc_tokens(doc))
    return text


def remember_text(doc: Doc, text: str) -> None:
    """Keep the text a doc was parsed from as its :func:`doc_text`: spaCy's tokens give back
    the text they were made from, character for character, so it need not be joined again."""
    doc.user_data[_TEXT] = text
    if doc is _READING:
        global _READING_TEXT
        _READING_TEXT = text


def doc_tokens(doc: Doc) -> list[Token]:
    """The doc's tokens (``list(doc)``), made once per doc: spaCy makes a new ``Token`` at each
    ``doc[i]`` and at each step of a walk over a span, and the rules walk a sentence again for
    each trigger and each clause."""
    if doc is _READING:
        return _READING_TOKENS  # the doc the rules read now (see :data:`_READING`)
    tokens: list[Token] | None = doc.user_data.get(_TOKENS)
    if tokens is None:
        tokens = doc.user_data[_TOKENS] = list(doc)
    return tokens


def span_tokens(span: Span) -> list[Token]:
    """``list(span)``, from the doc's tokens made once (:func:`doc_tokens`)."""
    return doc_tokens(span.doc)[span.start : span.end]


def clause_tokens(sentence: Span, clause: set[int]) -> list[Token]:
    """``[t for t in sentence if t.i in clause]``: the tokens of a sentence that are in a clause
    (a set of token indices), in order, picked by the clause's indices rather than by a walk over
    the sentence."""
    start, end = sentence.start, sentence.end  # read once, not at each index
    # sorted once per sentence and clause: the rules ask it of the same clause some twenty times
    key = (start, end, frozenset(clause))
    return list(remembered(sentence.doc, _CLAUSE_TOKENS, key, lambda: _clause_tokens(sentence, clause)))


def _clause_tokens(sentence: Span, clause: set[int]) -> tuple[Token, ...]:
    tokens = doc_tokens(sentence.doc)
    start, end = sentence.start, sentence.end
    return tuple(tokens[i] for i in sorted(clause) if start <= i < end)


_Answer = TypeVar("_Answer")
_NOT_YET = object()


def remembered(doc: Doc, name: str, key: Hashable, ask: Callable[[], _Answer]) -> _Answer:
    """The answer to a question of a doc's parse, kept in ``doc.user_data[name]`` (a name that
    begins with :data:`REMEMBERED`) under ``key``:
    asked once (``ask``), given again at the next ask. For questions the rules ask again of the
    same words (a clause's words in order, its roots, a sentence's gatherings), whose answers the
    final parse fixes: :func:`remember_sentences` forgets what was kept before it. A caller that
    changes an answer copies it first."""
    known: dict[Hashable, _Answer] | None = doc.user_data.get(name)
    if known is None:
        known = doc.user_data[name] = {}
    found = known.get(key, _NOT_YET)
    if found is _NOT_YET:
        found = known[key] = ask()
    return cast(_Answer, found)  # _NOT_YET was replaced


def span_text(span: Span) -> str:
    """``span.text``, cut from the doc's text joined once (:func:`doc_text`) rather than joined
    from the span's tokens at each call."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def remember_sentences(doc: Doc) -> None:
    """Have ``token.sent`` and ``span.sent`` answer from the doc's sentences, found once, through
    spaCy's user hooks: spaCy walks from the word to both ends of its sentence and makes two new
    spans at each call (about 2 microseconds), and the rules ask it of the same words tens of
    thousands of times an article. The answers are the same: the sentence holding the word, or
    the span's first word. Called once the doc is parsed; its sentences must not change after.

    A span that starts at the doc's end (an empty one) gets the last sentence, as from spaCy.
    The doc becomes the one the rules read now (:data:`_READING`)."""
    global _READING, _READING_CHILDREN, _READING_SUBTREES, _READING_TOKENS, _READING_TEXT
    _READING = None  # until its answers below are made: they are read from its user_data first
    sentences = doc.user_data[_SENTENCES] = list(doc.sents)
    index = [0] * len(doc)
    for n, sentence in enumerate(sentences):
        index[sentence.start : sentence.end] = [n] * len(sentence)
    last = len(doc) - 1
    doc.user_token_hooks["sent"] = lambda token: sentences[index[token.i]]
    doc.user_span_hooks["sent"] = lambda span: sentences[index[min(span.start, last)]]
    doc.user_data.pop(_CHILDREN, None)  # the parse is final from here on
    doc.user_data.pop(_SUBTREES, None)
    doc.user_data.pop(_HEADS, None)
    for name in [n for n in doc.user_data if isinstance(n, str) and n.startswith(REMEMBERED)]:
        doc.user_data.pop(name)  # what :func:`remembered` kept of the parse before it was final
    every = doc.user_data[_EVERY_CHILD] = _every_child(doc)
    subtrees: dict[int, tuple[Token, ...]] = {}
    doc.user_data[_SUBTREES] = subtrees
    _READING_TOKENS, _READING_TEXT = doc_tokens(doc), doc_text(doc)
    _READING_CHILDREN, _READING_SUBTREES = every, subtrees
    _READING = doc


def doc_sentences(doc: Doc) -> list[Span]:
    """``list(doc.sents)``: the sentences :func:`remember_sentences` found once (spaCy makes each
    sentence's span again, and reads whether the doc is parsed, at each ``doc.sents``); a doc
    not yet read by it gets spaCy's own. A list the callers read and never change."""
    sentences: list[Span] | None = doc.user_data.get(_SENTENCES)
    return sentences if sentences is not None else list(doc.sents)


def _every_child(doc: Doc) -> list[tuple[Token, ...]]:
    """Each word's children (``token.children``), by the word's index, read from the heads of
    the whole parse at once (``Doc.to_array``) rather than asked of spaCy word by word, which
    makes a new ``Token`` for each child. A word's children are the words whose head it is, in
    the order of the text, as spaCy gives them (its left children, then its right ones)."""
    tokens = doc_tokens(doc)
    children: list[list[Token]] = [[] for _ in tokens]
    for i, head in enumerate(doc_heads(doc)):  # kept: the rules read the heads again (doc_heads)
        if head != i:
            children[head].append(tokens[i])
    return [tuple(words) for words in children]


def children_of(token: Token) -> tuple[Token, ...]:
    """``token.children``, asked of spaCy once per word and doc: spaCy makes a new ``Token``
    for each child at each call, and the rules ask the same word's children again and again (a
    trigger is asked whether it is "nominal" by several rules). The answer is spaCy's own, kept;
    a tuple, so that no caller changes it for the next. :func:`remember_sentences` forgets what
    the pipeline's own components asked before they moved a word's head."""
    doc = token.doc
    if doc is _READING:  # the doc the rules read now (most asks): no lookup in its user_data
        return _READING_CHILDREN[token.i]
    every: list[tuple[Token, ...]] | None = doc.user_data.get(_EVERY_CHILD)
    if every is not None:  # the parse is final: every word's children were read at once
        return every[token.i]
    return _kept(token, _CHILDREN, lambda: tuple(token.children))


def subtree_of(token: Token) -> tuple[Token, ...]:
    """``token.subtree``, asked of spaCy once per word and doc (see :func:`children_of`); once
    the parse is final, put together from the words' children read at once, in spaCy's order
    (the left children's subtrees, the word, the right children's)."""
    doc = token.doc
    if doc is _READING and (found := _READING_SUBTREES.get(token.i)) is not None:
        return found  # asked before of the doc the rules read now: no lookup in its user_data
    user_data = doc.user_data
    known: dict[int, tuple[Token, ...]] | None = user_data.get(_SUBTREES)
    if known is not None and (found := known.get(token.i)) is not None:
        return found  # asked before (most asks): what :func:`_kept` would give, without its call
    every: list[tuple[Token, ...]] | None = user_data.get(_EVERY_CHILD)
    if every is not None:
        return _kept(token, _SUBTREES, lambda: _subtree(token, every))
    return _kept(token, _SUBTREES, lambda: tuple(token.subtree))


def _subtree(token: Token, every: list[tuple[Token, ...]]) -> tuple[Token, ...]:
    """A word's subtree from every word's children (:func:`_every_child`)."""
    i = token.i
    words: list[Token] = []
    for child in every[i]:
        if child.i > i:
            break
        words += subtree_of(child)
    words.append(token)
    for child in every[i]:
        if child.i > i:
            words += subtree_of(child)
    return tuple(words)


def ancestors_of(token: Token) -> tuple[Token, ...]:
    """``tuple(token.ancestors)``: the word's head, that word's head, and so on up to the root.
    Once the parse is final (:func:`remember_sentences`), put together once per word and doc from
    the heads read once (:func:`doc_heads`) and the doc's tokens made once, rather than a new
    ``Token`` for each step at each call; before, spaCy's own answer."""
    if _EVERY_CHILD not in token.doc.user_data:
        return tuple(token.ancestors)
    return _kept(token, _ANCESTORS, lambda: _ancestors(token))


def _ancestors(token: Token) -> tuple[Token, ...]:
    """A word's ancestors from the heads of the parse, as spaCy walks them: up from head to head
    until a word that is its own head, and never more steps than the doc has words."""
    heads, tokens = doc_heads(token.doc), doc_tokens(token.doc)
    found: list[Token] = []
    i = token.i
    while heads[i] != i and len(found) < len(tokens):
        i = heads[i]
        found.append(tokens[i])
    return tuple(found)


def _kept(token: Token, key: str, ask: Callable[[], tuple[Token, ...]]) -> tuple[Token, ...]:
    """The answer kept under ``key`` for a word of its doc, asked once (``ask``) and kept."""
    known: dict[int, tuple[Token, ...]] | None = token.doc.user_data.get(key)
    if known is None:
        known = token.doc.user_data[key] = {}
    found = known.get(token.i)
    if found is None:
        found = known[token.i] = ask()
    return found


_CHILDREN = "dipgraph.children"
_SUBTREES = "dipgraph.subtrees"
_ANCESTORS = "dipgraph.ancestors"
_SENTENCES = "dipgraph.sentences"
_EVERY_CHILD = "dipgraph.every_child"
# the doc :func:`remember_sentences` read last, whose words the rules now ask of again and again
# (over the development sets: children_of 255,000 asks, doc_tokens 67,000, subtree_of 60,000,
# doc_text 32,000), with its tokens, its text, its words' children and the subtrees kept so far
# (the same objects its ``user_data`` holds): an ask of that doc tests the doc once rather than
# looking in its ``user_data``. Kept until the next doc is read (one doc held, memory flat); any
# other doc is answered from its own ``user_data``.
_READING: Doc | None = None
_READING_TOKENS: list[Token] = []
_READING_TEXT = ""
_READING_CHILDREN: list[tuple[Token, ...]] = []
_READING_SUBTREES: dict[int, tuple[Token, ...]] = {}
# how the names :func:`remembered` keeps its answers under begin
REMEMBERED = "dipgraph.remembered."
_CLAUSE_TOKENS = REMEMBERED + "clause_tokens"


def doc_heads(doc: Doc) -> list[int]:
    """The index of each token's head (``[t.head.i for t in doc]``), read once per doc."""
    heads: list[int] | None = doc.user_data.get(_HEADS)
    if heads is None:
        heads = doc.user_data[_HEADS] = _heads(doc)
    return heads


def _heads(doc: Doc) -> list[int]:
    """``[t.head.i for t in doc]``, from the parse's array of heads (each an offset from its
    word) rather than from a new ``Token`` made for each word's head."""
    return [i + offset for i, offset in enumerate(doc.to_array(HEAD).astype("int64").tolist())]


def entities(span: Span) -> list[Span]:
    """``span.ents``: the named entities that fall completely within ``span``, in order, found
    by bisection in the doc's entities (read once per doc)."""
    starts, ents = doc_entities(span.doc)
    found = []
    for i in range(bisect_left(starts, span.start), len(ents)):
        if ents[i].end > span.end:
            break
        found.append(ents[i])
    return found


def entity_at(token: Token) -> Span | None:
    """The named entity a token is a word of, if any, found by bisection in the doc's entities."""
    starts, ents = doc_entities(token.doc)
    i = bisect_right(starts, token.i) - 1
    return ents[i] if i >= 0 and token.i < ents[i].end else None


def doc_entities(doc: Doc) -> tuple[list[int], tuple[Span, ...]]:
    """The doc's entities (``doc.ents``, read once per doc), with the token index each starts at."""
    found: tuple[list[int], tuple[Span, ...]] | None = doc.user_data.get(_ENTS)
    if found is None:
        ents = tuple(doc.ents)
        found = doc.user_data[_ENTS] = ([e.start for e in ents], ents)
    return found


def verb_above(token: Token) -> Token | None:
    """The nearest verb (or auxiliary) a word hangs under, the verb of the clause it is in."""
    return next((a for a in ancestors_of(token) if a.pos_ in {"VERB", "AUX"}), None)


def subjects_of(verb: Token) -> list[Token]:
    """A verb's own subjects, active or passive, as the parser hangs them on it (none borrowed from
    another verb: see ``participants.subject_of`` for that)."""
    return [c for c in children_of(verb) if c.dep_ in {"nsubj", "nsubjpass"}]


def told_with_the(token: Token) -> bool:
    """Whether "the" is a word's one determiner: "the leaders", "the delegation"; not "a
    delegation", "these leaders", nor a word with no determiner."""
    return [c.lower_ for c in children_of(token) if c.dep_ == "det"] == ["the"]


def listed_with(*heads: Token) -> list[Token]:
    """Words and the words listed with them, however the parser chained the list: "A, B and C"
    (B may be A's apposition, C B's conjunct), in the order the chain is walked."""
    found = list(heads)
    for word in found:  # grows as it goes
        found += [c for c in children_of(word) if c.dep_ in {"conj", "appos"}]
    return found


def infinitive_read_as_a_noun(token: Token) -> bool:
    """Whether a word right after "due to" may be a verb the parser took for the object of "to":
    "a summit it was due to host in Amman" (where the relative pronoun took its object away), a
    bare word with no determiner or owner after a "due" that completes a "be"; not "due to the
    host's illness", nor "postponed due to rain" ("due" no complement there). The shape alone:
    "the delay was due to congestion" has it too, so callers ask it of the verbs they read."""
    to = token.head
    return (
        token.dep_ == "pobj"
        and token.pos_ == "NOUN"
        and token.tag_ == "NN"
        and to.lower_ == "to"
        and to.i == token.i - 1
        and to.head.lower_ == "due"
        and to.head.dep_ == "acomp"
        and not any(c.dep_ in {"det", "poss", "amod", "compound", "nummod"} for c in children_of(token))
    )


def in_the_passive(verb: Token) -> bool:
    """Whether a verb is told in the passive ("was attended by", "a summit that was scheduled"):
    it has a passive auxiliary or a passive subject."""
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in children_of(verb))


def passive_agents(verb: Token) -> list[Token]:
    """Those a passive verb says did it: A of "was received by A", "talks hosted by A", and B of
    "attended by A and by B" (the "by" said again); not the means a "by" tells, a bare singular
    common noun ("spoke by telephone with A and B", "talked by video link"), which no one is."""
    if _active_with_an_object(verb):
        return []  # "A's talks followed a stop in Damascus by B": B's stop, B did not follow it
    agents = [
        g
        for c in children_of(verb)
        if c.dep_ == "agent"
        for by in (c, *(j for j in c.conjuncts if j.lower_ == "by"))
        for g in children_of(by)
        if g.dep_ == "pobj" and not _a_means(g)
    ]
    agents = agents or _agents_hung_low(verb)
    return agents + _agents_hung_on_the_verb(verb, agents)


def one_among(group: Token) -> Token | None:
    """The one a sentence counts among the group a "who" clause tells of, who did what the
    clause says: "Xi was among the leaders who joined a video summit convened by B" (Xi joined
    it), "Lula was one of the leaders who met the Pope in June" (Lula met him); None where the
    sentence denies it ("was not among those who") or counts no name in the group ("praised the
    leaders who joined").

    >>> from spacy.lang.en import English
    >>> from spacy.tokens import Doc
    >>> doc = Doc(English().vocab, words="Xi was among leaders".split(),
    ...     heads=[1, 1, 1, 2], deps=["nsubj", "ROOT", "prep", "pobj"], pos=["PROPN", "AUX", "ADP", "NOUN"],
    ...     lemmas=["Xi", "be", "among", "leader"])
    >>> one_among(doc[3]).text
    'Xi'
    """
    if group.dep_ != "pobj" or group.pos_ != "NOUN":
        return None
    counted = group.head  # "among", or "of" in "one of the leaders"
    if counted.lower_ == "of" and counted.head.lower_ == "one" and counted.head.dep_ in {"attr", "nsubj"}:
        counted = counted.head
    elif counted.lower_ != "among":
        return None
    being = counted.head
    if being.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in children_of(being)):
        return None
    return next(
        (c for c in children_of(being) if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "PROPN"),
        None,
    )


def prep_objects(preposition: str, *heads: Token) -> list[Token]:
    """The objects of the ``preposition`` phrases hung on any of ``heads``, in the order of the
    heads and of their phrases: "with" on a verb and its object ("spent three hours with B",
    "spent much of the visit with B", "held talks with the three envoys"), "of" on an office or a
    gathering ("heads of state", "a summit of BRICS leaders")."""
    return [
        g
        for h in heads
        for c in children_of(h)
        if c.dep_ == "prep" and c.lower_ == preposition
        for g in children_of(c)
        if g.dep_ == "pobj"
    ]


def with_objects(*heads: Token) -> list[Token]:
    """The objects of the "with" phrases hung on any of ``heads``: :func:`prep_objects` of "with"."""
    return prep_objects("with", *heads)


def _agents_hung_on_the_verb(verb: Token, agents: list[Token]) -> list[Token]:
    """A person named after "and" at the end of a list of agents each set off with a title, which
    the parser hangs on the verb as its conjunct: B of "will be received by A, Speaker of the
    House, and B, President of the Senate", and of "was signed by A, the secretary of the council,
    and Saudi national security adviser B" (the title the conjunct, B its appositive); only a
    person's name, right after "and"."""
    if not agents:
        return []
    last = max(a.i for a in agents)
    doc = verb.doc
    return [
        named
        for c in children_of(verb)
        if c.dep_ == "conj" and c.i > last and c.left_edge.i > 0 and doc[c.left_edge.i - 1].lower_ == "and"
        for named in (
            [c]
            if c.pos_ == "PROPN" and c.ent_type_ == "PERSON"
            else [a for a in children_of(c) if a.dep_ == "appos" and a.ent_type_ == "PERSON"][:1]
            if c.pos_ == "NOUN"
            else []
        )
    ] + _agents_named_after_their_title(verb, agents)


def _agents_named_after_their_title(verb: Token, agents: list[Token]) -> list[Token]:
    """The name set off after an agent told by its title, which the parser hangs on the verb: A of
    "was facilitated by the AU High Representative for the Horn of Africa, former President A,
    together with B" (A's name is the title's appositive); only a person's name right after the
    comma that ends the agent's phrase."""
    doc = verb.doc
    ends = {a.right_edge.i for a in agents if a.ent_type_ != "PERSON"}
    return [
        c
        for c in children_of(verb)
        if c.dep_ in {"npadvmod", "appos"}
        and c.pos_ == "PROPN"
        and c.ent_type_ == "PERSON"
        and c.left_edge.i >= 2
        and doc[c.left_edge.i - 1].text == ","
        and c.left_edge.i - 2 in ends
    ]


def _active_with_an_object(verb: Token) -> bool:
    """Whether a verb is a finite active one with a direct object ("followed a visit by B",
    "follows a trip to Kigali by B"): it has no agent, and a "by" the parser hangs on it after
    the object is the object's maker."""
    children = children_of(verb)
    return (
        verb.tag_ in {"VBD", "VBZ", "VBP"}
        and not any(c.dep_ in {"auxpass", "nsubjpass"} for c in children)
        and any(c.dep_ == "dobj" and c.i < a.i for c in children for a in children if a.dep_ == "agent")
    )


def _agents_hung_low(verb: Token) -> list[Token]:
    """The people a passive verb says did it where the parser hung their "by" on the noun of a
    phrase between them: A and B of "was hosted to a luncheon by A and B", "was received at the
    airport by A" (the "by" made the airport's); only after a phrase of where or to what ("to",
    "at", "in", "on"), not "after a visit by B", and only a person named, so that "was briefed
    on a report by the agency" gives no one."""
    if not any(c.dep_ == "auxpass" for c in children_of(verb)):
        return []
    return [
        g
        for p in children_of(verb)
        if p.dep_ == "prep" and p.i > verb.i and p.lower_ in {"to", "at", "in", "on"}
        for noun in children_of(p)
        if noun.dep_ == "pobj"
        for by in children_of(noun)
        if by.dep_ == "prep" and by.lower_ == "by"
        for g in children_of(by)
        if g.dep_ == "pobj" and g.ent_type_ == "PERSON"
    ]


def _a_means(noun: Token) -> bool:
    """Whether the object of a "by" is a means, a singular common noun with no determiner or
    possessive, naming no one ("by telephone", "by phone", "by video link", "by letter"); not an
    office told before a name ("led by former head of state A", "hosted by acting president B")."""
    return (
        noun.tag_ == "NN"
        and not noun.ent_type_
        and not any(c.dep_ in {"det", "poss", "nummod"} for c in children_of(noun))
        and not any(
            t.ent_type_ == "PERSON"
            for c in children_of(noun)  # its name, not one it is with: "by telephone with B"
            if c.dep_ in {"compound", "appos"} or (c.dep_ == "prep" and c.lower_ == "of")
            for t in subtree_of(c)
        )
    )


def listed_before(verb: Token, member: Callable[[Token], bool]) -> list[Token]:
    """The heads of a list of ``member`` words that ends right before a verb and opens its sentence
    or follows a comma, where the parser hung the list elsewhere and gave the verb no subject: A, B
    and C of "At the summit in Madrid, A, President B and C signed a memorandum" (the list made an
    apposition or a conjunct of Madrid, which is no member). Not the end of a list that follows a
    preposition: "after talks between A and B, C met D" (C alone)."""
    if verb.i == verb.sent.start or any(c.dep_ in {"nsubj", "nsubjpass"} for c in children_of(verb)):
        return []
    last = verb.doc[verb.i - 1]
    while last.dep_ in {"compound", "flat"} and verb.i > last.head.i > last.i:
        last = last.head
    chain = [last]
    while chain[0].dep_ == "conj" and chain[0].head.i < chain[0].i:
        chain.insert(0, chain[0].head)
    while chain and not member(chain[0]):
        chain.pop(0)
    if not chain or not all(member(t) for t in chain):
        return []
    opening = chain[0].left_edge.i - 1
    return chain if opening < verb.sent.start or verb.doc[opening].text == "," else []


def tokens_after(doc: Doc, first: int, low: int, high: int) -> list[Token]:
    """The tokens from ``doc[first]`` on that start after character ``low`` and before ``high``:
    ``[t for t in doc if low < t.idx < high]`` when no token before ``first`` starts after
    ``low``, read only as far as ``high``."""
    found = []
    for token in doc[first:]:
        if token.idx >= high:
            break
        if token.idx > low:
            found.append(token)
    return found


def denied_place(word: Token) -> bool:
    """Whether a place word stands in a phrase its clause denies: "not to New Delhi but to Ankara",
    "in Paris, not in Berlin", "never to Moscow" (the "not" on its preposition, or on the word
    itself where the parser put it there); where the trip or meeting did not go or happen."""
    phrase = word.head if word.dep_ == "pobj" else word
    return any(c.dep_ == "neg" for c in children_of(phrase))
