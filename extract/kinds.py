"""What kind of meeting a trigger states: in person, a phone or video call, a plan ("will meet"),
a cancellation or denial; or none at all for hypotheticals ("could meet") and negations."""

from __future__ import annotations

import itertools

from spacy.tokens import Span, Token

from extract.participants import (
    SCHEDULE_WORDS,
    describing,
    headline_subject,
    looked_ahead_to,
    meant_to_bring_together,
    nominal,
)
from extract.records import MeetingKind
from extract.roles import DELEGATION_NOUNS
from extract.spans import (
    REMEMBERED,
    children_of,
    clause_tokens,
    doc_heads,
    doc_tokens,
    in_the_passive,
    remembered,
    span_tokens,
    subjects_of,
    subtree_of,
)
from extract.titles import title_word
from extract.triggers import CALL_VERBS, LIGHT_VERBS, PARTY_WORDS, is_trigger, lemma_of, stops_to_come
from extract.vocabulary import (
    AFTER_OR_BEFORE,
    CALLED_OFF,
    PARTIES_AFTER,
    PROGRAMME_NOUNS,
    WILLING,
    WISHES,
)

VIDEO_WORDS = frozenset(
    ("video videoconference virtual virtually online teleconference videolink video-link").split()
)
PHONE_WORDS = frozenset(
    "phone telephone phoned telephoned call calls phone-call telephonic telephonically".split()
)
# a meeting undone or stayed away from: "scuttled a meeting", "skipped the summit", "withdrew from talks"
CANCEL_WORDS = frozenset(
    "cancel postpone scrap deny refute dismiss delay shelve call abandon suspend scuttle torpedo derail "
    "skip withdraw boycott snub nix axe miss defer".split()
)
# the words of a meeting called off, whatever the parse hangs them on: "the scrapping of a summit"
CANCELLED_WORDS = frozenset(
    "cancelled canceled postponed cancellation postponement denied scrapped scrapping".split()
)
# what an invitation asks someone to make, which it does not set until accepted
TRIPS = frozenset("visit trip travel come go".split())
# the marks of a clause that grants something beside what the sentence tells: "although they have
# spoken by phone since" ("while" left out: it also tells the time of the act)
CONCESSIONS = frozenset("although though whereas".split())
# a journey or meeting a relative clause may tell a plan of: "the trip, where he was to meet"
PLAN_SETTINGS = frozenset("trip visit tour journey meeting summit talks".split())
# what one side does to a meeting the other seeks, which then is never held
REFUSALS = frozenset("refuse decline rebuff reject spurn".split())
# a refusal made of a verb and its particle: "turned down an invitation to meet"
REFUSING_PARTICLES = {"turn": "down", "brush": "off"}
# what one side puts to the other, which a refusal leaves unmet: "rejected a proposal for A and B to
# meet", "turned down an invitation to meet", "declined a request for talks"
OFFERS = frozenset("invitation invite offer proposal request bid overture".split())
# what keeps someone from a meeting they sought: "was barred from meeting her"
BARRINGS = frozenset("bar prevent block stop forbid ban keep".split())
# the verbs by which a refusal reaches whom it keeps from meeting: "refused to let him meet her"
LETTING = frozenset("let allow permit".split())
REPORT_NOUNS = frozenset("report reports claim claims rumour rumours rumor rumors speculation".split())
PLAN_FORMS = frozenset("slated scheduled expected planned".split())
TIME_MARKERS = frozenset("when after since before as while once until".split())
# the words opening a clause of reason, whose act is told as a cause, not undone or planned with
# the clause above it
REASON_MARKERS = frozenset({"because"})
CLAUSE_MARKERS = TIME_MARKERS | REASON_MARKERS
PLAN_WORDS = frozenset(
    "plan schedule expect due set intend prepare arrange agree decide propose likely poised slate "
    "invitation".split()
)
# verbs whose "to" clause is still to come: "went to see", "invited Thuong to visit the Philippines"
GOING = frozenset("go travel invite".split())
# "a possible meeting", "a potential visit": one spoken of, not held, read as a plan as "would be
# possible" is
PLAN_MODIFIERS = frozenset(
    "upcoming planned forthcoming proposed scheduled next future possible potential".split()
)
# the dependencies by which a word modifies a meeting word: "the upcoming talks", "a future visit",
# "talks next week"; not a conjunct or object the parse hangs on a meeting verb ("discussed trade
# and the future of the pipeline": a topic, no time to come)
MODIFYING = frozenset("amod acl compound nmod advmod npadvmod nummod".split())


def _plan_modifiers(trigger: Token) -> set[str]:
    """The words of a time to come that modify a meeting word ("the upcoming meeting", "a possible
    visit"), not those the parse makes its conjunct or object."""
    return {
        c.lower_
        for c in (*children_of(trigger), *_hung_on_its_members(trigger))
        if c.lower_ in PLAN_MODIFIERS
        and c.dep_ in MODIFYING
        and not _a_timetable(c)
        and not _whose_proposal_held(c, trigger)
    }


def _whose_proposal_held(word: Token, trigger: Token) -> bool:
    """Whether a participle on a meeting noun tells who first put it forward, the noun the subject
    of a verb in the past that tells it held: "The video conference, proposed by Modi, brought
    together A and B" (held; "the proposed meeting" and "a meeting proposed by Modi" stay plans)."""
    return (
        word.dep_ == "acl"
        and any(c.dep_ == "agent" for c in children_of(word))
        and trigger.dep_ == "nsubj"
        and trigger.head.tag_ == "VBD"
        and lemma_of(trigger.head) not in PLAN_WORDS
    )


def _hung_on_its_members(trigger: Token) -> list[Token]:
    """The participles the parser hangs on the object of a meeting noun's "of", "between" or
    "with" that tell the meeting's plan: "a meeting of the two leaders planned for May" (the
    leaders are not planned), "talks between the envoys scheduled for Friday" (see
    :func:`extract.circumstances.described_as_set_for`)."""
    return [
        c
        for of in children_of(trigger)
        if of.dep_ == "prep" and of.lower_ in PARTIES_AFTER
        for them in children_of(of)
        if them.dep_ == "pobj"
        for c in children_of(them)
        if c.dep_ == "acl" and c.tag_ == "VBN"
    ]


HYPOTHETICAL_AUX = frozenset("could might may can should ought must".split())
CALLS_FOR = frozenset("call push press appeal ask plead lobby campaign".split())
INTENTIONS = frozenset("hope want wish".split())  # of the wishes, those that tell one's own plan
# the adjectives of a readiness one states, which set no meeting and hold none: "is ready to meet
# B", "said he was open to speaking with B", "is prepared to hold talks" ("happy to meet" is left
# out: "was happy to meet him" tells a meeting held)
READY = frozenset("ready willing open prepared keen eager".split())
# kinds whose stated day may still be to come: "called off a meeting that was to take place on Thursday"
TO_COME = frozenset({"planned", "cancelled"})
# the kinds held from afar, by phone or video: a call is held nowhere
REMOTE_KINDS = frozenset({"phone", "video"})
ADJUNCT_PREPOSITIONS = frozenset("with amid after before following since despite like unlike".split())
# acts done at a meeting, which tell of a plan only in their complement: "agreed during talks in
# Moscow to expand trade" (the talks were held), "agreed to meet again" (the meeting is planned)
SETTLED = frozenset("agree decide invite propose arrange plan prepare set accept".split())
SETTINGS = frozenset("during at in throughout".split())
CALL_NOUNS = frozenset("call conversation phone telephone videoconference".split())
# what one does to be at a meeting, whose setting is the meeting itself: "agreed to attend the summit"
ATTENDING = frozenset("attend join participate".split())
# the verbs of a plan's infinitive that are no act done at a meeting: holding it, going to it, being at it
NOT_DONE_AT_IT = LIGHT_VERBS | TRIPS | ATTENDING


def _chaired_to_come(trigger: Token) -> bool:
    """Whether a meeting noun is the sitting of a body its chairs are told they will chair: "the
    second meeting of the Supreme Council, which the two presidents will chair" is to come."""
    return any(
        clause.dep_ == "relcl"
        and clause.lemma_.lower() in {"chair", "co-chair"}
        and any(a.dep_ == "aux" and a.lower_ in {"will", "shall", "'ll"} for a in children_of(clause))
        for of in children_of(trigger)
        if of.dep_ == "prep" and of.lower_ == "of"
        for body in children_of(of)
        if body.dep_ == "pobj"
        for clause in children_of(body)
    )


def _past(verb: Token) -> bool:
    """ "agreed", "had agreed", "has decided", also in the passive of the past: "the trip was
    agreed", "the visits were arranged" (not "will be agreed", "is to be set")."""
    aux = {c.lower_ for c in children_of(verb) if c.dep_ in {"aux", "auxpass"}}
    if verb.tag_ == "VBD":
        return not aux
    return verb.tag_ == "VBN" and bool(aux & {"had", "has", "have", "'d", "'ve", "was", "were"})


def settled_at(trigger: Token) -> Token | None:
    """The act done at a meeting that a meeting noun is the setting of: "agreed during talks in
    Moscow on Monday to expand trade" (talks held, not planned); a call the parser hangs on the
    plan made in it is its setting too: in "had agreed to meet in Budapest during a telephone
    conversation last Thursday" the meeting is planned, the call held (nobody meets in person
    during a call)."""
    noun = trigger.head if trigger.dep_ == "compound" else trigger  # "phone" of "phone call"
    if not (nominal(noun) and noun.dep_ == "pobj" and noun.head.lower_ in SETTINGS):
        return None
    call = noun.lemma_.lower() in CALL_NOUNS
    token = noun.head.head
    while call and token.lemma_.lower() not in SETTLED and token.dep_ == "xcomp":
        token = token.head
    if not call:
        if token.dep_ == "dobj":
            # "agree to reopen border posts at Nairobi summit", the setting hung on the object
            token = token.head
        if _setting_of_what_was_agreed(token):
            token = token.head
    if (
        token.pos_ == "VERB"
        and token.lemma_.lower() in SETTLED
        and (_past(token) or _headline_present(token))
    ):
        return token
    return None


# what a meeting itself can do to what it settles: "the talks agreed", "the summit decided"; not
# "planned", "set" or "arranged", which the parse may make the verb of a meeting that is their
# object ("A meeting between A and B planned for Saturday was cancelled")
DECIDING = frozenset("agree decide".split())


def _settled_by_it(token: Token) -> bool:
    """Whether a word is the subject of an agreement or decision told as done: a meeting that
    agreed ("the talks agreed to restore contacts", "Summit agrees to set up fund"), or a person
    a meeting is told of ("A, on a visit to B, decided to ..."). What was settled is the meeting's
    outcome, so its plan word makes the meeting no plan; the meeting was held."""
    if token.dep_ != "nsubj":
        return False  # most words: their head need not be made
    verb = token.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in DECIDING and settled_in_the_past(verb)


def settled_in_the_past(verb: Token) -> bool:
    """ "agreed", "had agreed", "has decided", and the headline's "agree": a plan told as made."""
    return _past(verb) or _headline_present(verb)


def _headline_present(verb: Token) -> bool:
    """ "Lee, Ishiba agree to revive shuttle diplomacy": a bare present as the root, which in news
    tells what was done; so is a title-cased headline's root the model tags as the base form, which
    has a subject and so is no command ("Saudi, Iranian Ministers Meet in Beijing, Agree to Reopen
    Missions")."""
    return (
        verb.dep_ == "ROOT"
        and (
            verb.tag_ in {"VBP", "VBZ"}
            or (verb.tag_ == "VB" and any(c.dep_ == "nsubj" for c in children_of(verb)))
        )
        and not any(c.dep_ in {"aux", "auxpass"} for c in children_of(verb))
    )


def _setting_of_what_was_agreed(verb: Token) -> bool:
    """The verb of a plan word's infinitive that a meeting noun is the setting of: in "agree to
    revive shuttle diplomacy at Tokyo summit" the summit is where they agreed, held; not a meeting
    act itself ("agreed to meet at the summit", "to travel for talks"), nor one told as to come
    ("agreed to sign the accord at next month's summit")."""
    return (
        verb.dep_ == "xcomp"
        and verb.head.lemma_.lower() in SETTLED
        and not is_trigger(verb)
        and verb.lemma_.lower() not in NOT_DONE_AT_IT
        and not any(t.lower_ in PLAN_MODIFIERS for t in subtree_of(verb))
    )


def _scope(trigger: Token) -> list[Token]:
    """The trigger and the words above it that can make it a plan, a cancellation or a
    hypothesis: "will take part in a meeting", "denied reports that they will meet". An
    adjunct ends the chain: "Beijing may be taking stock, with a visit from Lavrov" states
    the visit, whatever the modal on "taking". Found once per word, a new list at each call."""
    return list(remembered(trigger.doc, _SCOPE, trigger.i, lambda: tuple(_chain_up(trigger))))


_SCOPE = REMEMBERED + "scope"


def _chain_up(trigger: Token) -> list[Token]:
    tokens, heads = doc_tokens(trigger.doc), doc_heads(trigger.doc)  # no new Token per step up
    chain = [trigger]
    token = trigger
    if (bringing := meant_to_bring_together(trigger)) is not None:
        # "The talks were to bring A together with B": the talks are the bringing, whose plan it is
        chain.append(bringing)
        token = bringing
    while heads[token.i] != token.i:
        head = tokens[heads[token.i]]
        if (
            token.dep_ == "pobj"
            and head.lower_ in ADJUNCT_PREPOSITIONS
            and not _done_by(head)
            and not _purpose_on_a_time(chain, token, head)
        ):
            break
        marked = any(c.dep_ in {"mark", "advmod"} and c.lower_ in CLAUSE_MARKERS for c in children_of(token))
        if token.dep_ == "advcl" and marked:
            # "the points they agreed when they met in Vilnius": that clause keeps its own tense; so
            # does a reason, "missed the inauguration because the King was touring Australia" (the
            # tour is not what was missed)
            break
        if _keeps_its_own_tense(token):
            break
        if _settled_by_it(token):
            break  # "the talks agreed to ...", "A, during talks with B, agreed to ...": held
        if _a_clause_before_a_semicolon(token, head):
            break  # "A says call with B was good; denies C will close border": nothing denied of the call
        if token.dep_ == "conj" and _held_instead(token):
            break  # "cancelled his trip and instead held talks with B": the talks, held in its place
        token = head
        if described_as(token):
            chain = [trigger]  # "held what is expected to be their last meeting": "held" tells it
            continue
        chain.append(token)
    return chain


def _a_clause_before_a_semicolon(token: Token, head: Token) -> bool:
    """Whether a clause the parser hangs as the object of a verb after it stands before a semicolon
    that parts the two: headlines join two statements so ("Ruto says talks with Museveni were
    fruitful; denies Kenya will close border"), and the second says nothing of what the first told
    (not what was denied, called off or planned). An object told before its verb across a
    semicolon is no object of it."""
    if token.dep_ != "ccomp" or token.i > head.i:
        return False
    last = max(t.i for t in subtree_of(token))
    return any(t.text == ";" for t in token.doc[last + 1 : head.i])


def _purpose_on_a_time(chain: list[Token], token: Token, preposition: Token) -> bool:
    """Whether a meeting told as the purpose of a stay ("for talks", "for a state visit") hangs, in
    the parse, on the noun of a time phrase before it: "will stay on in Lima after the summit for a
    state visit", "will remain in Paris after the forum for talks with B". The purpose is the
    verb's, so the verb's tense is the meeting's; a meeting that is itself the time ("signed after
    the talks") still ends the chain."""
    return (
        preposition.lower_ in AFTER_OR_BEFORE
        and len(chain) >= 2
        and chain[-2].lower_ == "for"
        and chain[-2].dep_ == "prep"
        and chain[-2].head == token
    )


# the prepositions that tell a meeting as the time of another act: "signed nothing after the talks"
TIME_PREPOSITIONS = AFTER_OR_BEFORE | {"since"}


def _told_as_the_time(chain: list[Token]) -> bool:
    """Whether the words above a meeting noun end at a preposition of time, so that the meeting
    is told as when another act was done or not done ("had not signed anything after twelve hours
    of talks", "have not met since their encounter in April"), and what is said of that act is
    not said of the meeting."""
    last = chain[-1]
    return last.dep_ == "pobj" and last.head.lower_ in TIME_PREPOSITIONS


def _keeps_its_own_tense(token: Token) -> bool:
    """Whether a word is the verb of a relative clause told in the past, which keeps its own tense:
    "The two leaders, who met at Hyderabad House, agreed to work on ...", "Starmer, who had been
    at the White House for talks with Trump, spoke by phone to ...", or one the parse takes for an
    acl ("will build roads under a deal that A and B signed on Monday")."""
    return (
        (token.dep_ == "relcl" and (token.tag_ == "VBD" or _perfect(token)))
        or _past_relative(token)
        or _perfect_participle(token)
    )


def _perfect_participle(verb: Token) -> bool:
    """Whether a verb opens a clause of the perfect participle, an act done before the one its
    sentence tells, whatever that one's tense: "Having discussed trade, the leaders agreed to meet
    in May" (the discussing was held), "Having met Ruto, Modi will fly to Lagos"."""
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "having" for c in children_of(verb))


def _past_relative(verb: Token) -> bool:
    """Whether a verb is that of a relative clause told in the simple past with a subject of its
    own and its noun for object, which the parse hangs on that noun as a clause of a participle
    ("a deal that A and B signed on Monday"): it keeps its own tense, whatever the tense of the
    clause above it; not a clause telling what a claim or report says ("denies claims that A met
    B"), whose verb lacks no object."""
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or verb.head.lower_ in REPORT_NOUNS:
        return False
    deps = {c.dep_ for c in children_of(verb)}
    return "nsubj" in deps and "dobj" not in deps  # the noun is the object the clause lacks


def _done_by(preposition: Token) -> bool:
    """ "will end the tour in Kuwait on Wednesday with talks with the emir": a "with" on a verb, not
    set off by a comma, tells what the verb's act is done by, and the meeting it names shares the
    verb's tense ("will end ... with talks" is a plan); one set off ("may be taking stock, with a
    visit from Lavrov") is an aside that keeps its own."""
    return (
        preposition.lower_ == "with"
        and preposition.head.pos_ in {"VERB", "AUX"}
        and preposition.i > 0
        and preposition.doc[preposition.i - 1].text not in {",", ";", "-", "—", "–"}
    )


def _of_its_own_tense(chain: list[Token]) -> list[Token]:
    """The words of a chain (:func:`_scope`) whose auxiliaries tell the meeting's tense: up to a
    "that" clause told as done, whose tense is its own ("It should be noted that A held talks with
    B", "It will be recalled that A met B": the modal frames the telling, not the meeting); not a
    clause still to come ("said that they should meet"); nor a clause set before a colon, whose
    words after it (a quote in a headline) the parser makes its head: in 'Macron meets B in
    Vilnius: "We will help"' the "will" is the quote's, and the meeting is told as held."""
    for at, token in enumerate(chain):
        if token.dep_ == "ccomp" and (_past(token) or _set_before_a_colon(token)):
            return chain[: at + 1]
    return chain


def _set_before_a_colon(clause: Token) -> bool:
    """Whether a clause ends at a colon, its head after it: 'A meets B: "We will ..."'."""
    return clause.head.i > clause.i and any(
        c.dep_ == "punct" and c.text == ":" and c.i > clause.i for c in children_of(clause)
    )


def _to_its_verb(chain: list[Token], reach: int = 4) -> list[Token]:
    """The first ``reach`` words of a chain (:func:`_scope`), or up to its verb where the meeting
    noun is a purpose the parse hung on a time phrase (:func:`_purpose_on_a_time`), so that the
    verb's auxiliaries still tell its tense: "will stay on in Paris after the summit for a state
    visit", "will remain in Rome after the forum for talks with B"."""
    for at, token in enumerate(chain[1:], start=1):
        if token.pos_ in {"VERB", "AUX"}:
            if _gerund_of_a_time(token) and at + 2 < len(chain):
                # "will fly to Cotonou before ending the tour in Bissau with a meeting with B": the
                # gerund has no tense of its own, the verb it is the time of lends it its own
                return chain[: max(reach, at + 3)]
            on_a_time = any(t.dep_ == "prep" and t.lower_ in AFTER_OR_BEFORE for t in chain[1:at])
            return chain[: max(reach, at + 1)] if on_a_time else chain[:reach]
    return chain[:reach]


def _gerund_of_a_time(verb: Token) -> bool:
    """Whether a verb is a bare gerund told as the time of the verb above it ("before ending the
    tour", "after wrapping up talks"), which has no tense of its own; not one with an auxiliary
    ("after having met")."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "pcomp"
        and verb.head.lower_ in AFTER_OR_BEFORE
        and not any(c.dep_ == "aux" for c in children_of(verb))
    )


def _perfect(verb: Token) -> bool:
    """Whether a verb is told in a perfect tense of its own: "had been", "has met"."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in {"had", "has", "have"} for c in children_of(verb)
    )


# verbs whose object, a free relative, describes the meeting they hold: "held what is expected to
# be their last meeting", "had what officials called a frank exchange"
HOLDING = frozenset("hold have conclude begin start open complete".split())


def described_as(token: Token) -> bool:
    """Whether a verb is the head of a free relative ("what is expected to be", "what officials
    expect to be", "what could be") that a verb of holding takes as its object: its words
    describe the meeting held ("expected", "could") and make it no plan."""
    return (
        token.dep_ in {"ccomp", "dobj"}
        and token.head.lemma_.lower() in HOLDING
        and token.left_edge.lower_ == "what"
    )


def _courtesy_call(trigger: Token) -> bool:
    """ "called on Vice President Han Zheng", "paid a courtesy call on the King", "had been called
    on by the visiting delegation"; not "a call on Monday"."""
    if trigger.lemma_.lower() != "call":
        return False
    if any(c.lower_ == "courtesy" for c in children_of(trigger)):
        return True  # "received a courtesy call from the Lao premier": no telephone
    passive = any(c.dep_ == "auxpass" for c in children_of(trigger))
    # the parser may leave "on" bare and make the one called on the object: "called on Vice
    # President Han Zheng and told him ..."
    object_after = any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in children_of(trigger))
    # one named between "called" and "on" is telephoned, wherever from: "called Zelensky on the
    # flight home", "called her on Air Force One"; one calls on someone with "on" next to the verb;
    # the parser may read the one called as what the caller is called ("oprd")
    objects = [c.i for c in children_of(trigger) if c.dep_ in {"dobj", "oprd"}]
    return any(
        (c.dep_ == "prt" and c.lower_ == "on" and passive)
        # "on" right after the verb with the one called on under it, whatever the parser calls
        # the "on" (a particle, a predicate): "also called on Raisi in Islamabad and discussed ..."
        or (
            c.lower_ == "on"
            and c.dep_ in {"prt", "oprd"}
            and c.i == trigger.i + 1
            and any(g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"} for g in children_of(c))
        )
        or (
            c.dep_ == "prep"
            and c.lower_ == "on"
            and (
                (
                    not any(trigger.i < o < c.i for o in objects)
                    and any(g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"} for g in children_of(c))
                )
                or (not list(children_of(c)) and object_after and c.i == trigger.i + 1)
            )
        )
        for c in children_of(trigger)
    )


HAPPENING = frozenset("happen materialise materialize occur proceed".split())


# verbs of trying whose negation says a meeting was sought and did not happen
TRYING = frozenset("manage get succeed".split())


def negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in children_of(verb))


def _denied_by_inversion(verb: Token) -> bool:
    """Whether a verb is denied by a "nor" or "neither" that opens its clause before an inverted
    auxiliary: "Nor did A sit down with B", "Neither did A meet B" (not "met neither A nor B",
    whose "nor" joins those named)."""
    first = verb.left_edge  # the parser hangs the "nor" on the verb or on its auxiliary
    if first.lower_ not in {"nor", "neither"} or first.i + 1 >= verb.i:
        return False
    after = verb.doc[first.i + 1]
    return after.dep_ == "aux" and after.head == verb


def fell_through(verb: Token) -> bool:
    """ "the talks fell through": a plan that did not go ahead."""
    return verb.lemma_.lower() == "fall" and any(c.lower_ == "through" for c in children_of(verb))


def _called_off_past_its_plan(trigger: Token) -> bool:
    """A meeting noun the parser made the subject of the participle that sets it, with the verb
    that calls it off hung under that participle: "A meeting between A and B planned for Kampala
    next week has been cancelled, the ministry said" read as "meeting planned ... [that it] has
    been cancelled". The passive calling off with no subject of its own is said of the meeting.
    Not a calling off with a subject of its own ("talks planned for May, but the rebels called off
    the ceasefire"), nor one denied ("has not been cancelled")."""
    setting = trigger.head
    if trigger.dep_ != "nsubj" or not nominal(trigger) or setting.tag_ not in {"VBD", "VBN"}:
        return False
    if setting.lemma_.lower() not in SCHEDULE_WORDS or any(c.dep_ == "dobj" for c in children_of(setting)):
        return False
    return any(
        c.dep_ in {"ccomp", "conj"}
        and c.tag_ == "VBN"
        and any(a.dep_ == "auxpass" for a in children_of(c))
        and not any(s.dep_ in {"nsubj", "nsubjpass"} for s in children_of(c))
        and calls_off(c)
        and not negated(c)
        for c in children_of(setting)
    )


def _planned_yet_not_held(trigger: Token, verb: Token) -> bool:
    """A planned or known meeting said not to have taken place: "A planned meeting with the
    envoy did not take place", "the talks never happened", "fell through"; not "no meeting took
    place"."""
    if trigger.dep_ == "dobj" and trigger.head == verb and _a_plan_of_theirs(trigger):
        # "will not hold the meeting he had planned with Zelensky", "did not have the planned talks"
        return verb.lemma_.lower() in {"hold", "have"} and any(c.dep_ == "neg" for c in children_of(verb))
    opened = _verb_after_a_clause_opener(trigger) or verb_past_an_aside(trigger)
    if opened is not None:
        verb = opened  # "hours after a planned meeting with B fell through"
    elif trigger.dep_ not in {"nsubj", "nsubjpass"} or trigger.head != verb:
        return False
    if fell_through(verb):
        return True  # "the planned peace talks in Angola fell through"
    if opened is not None and calls_off(verb) and not negated(verb):
        return True  # "since a summit between A and B, planned for May, was called off"
    # "the meeting", or one told as planned ("the planned talks", "a meeting that had been announced")
    known = any(c.lower_ in {"the", "this", "that"} for c in children_of(trigger)) or _a_plan_of_theirs(
        trigger
    )
    return _not_happening(verb) and known


# the auxiliaries of a verb told in the past: "was held", "has taken place", "had gone ahead"
PAST_AUXILIARIES = frozenset("was were has have had been".split())


def _held_after_all(trigger: Token, verb: Token) -> bool:
    """Whether a meeting noun its own words tell put off or called off ("The meeting between A and
    B, postponed from Monday,") is told held after all by the verb it is the subject of ("... was
    held in Kampala on Wednesday", "took place", "went ahead"): in the past, not denied; not "will
    be held" (a plan put off to a day to come stays called off, dated by that day)."""
    if not nominal(trigger) or trigger.dep_ not in {"nsubj", "nsubjpass"} or trigger.head != verb:
        return False
    auxiliaries = {c.lower_ for c in children_of(verb) if c.dep_ in {"aux", "auxpass"}}
    if negated(verb) or verb.tag_ not in {"VBD", "VBN"} or auxiliaries - PAST_AUXILIARIES:
        return False
    lemma, words = verb.lemma_.lower(), {c.lower_ for c in children_of(verb)}
    return (
        (lemma == "hold" and bool(auxiliaries & {"was", "were"}))
        or (lemma == "take" and "place" in words)
        or (lemma == "go" and "ahead" in words)
        or lemma in HAPPENING
    )


def _not_happening(verb: Token) -> bool:
    """ "did not take place", "never happened", "did not go ahead": a verb of taking place, negated."""
    happening = verb.lemma_.lower() in HAPPENING or (
        verb.lemma_.lower() in {"take", "go"}
        and any(
            c.lower_ in {"place", "ahead"} for c in children_of(verb) if c.dep_ in {"dobj", "advmod", "prt"}
        )
    )
    return happening and negated(verb)


def said_not_to_have_happened(trigger: Token) -> bool:
    """A meeting noun the subject of a taking place negated in the past ("the summit did not take
    place on Sunday", "the talks, meant for Friday, never happened"): the day it was for is behind,
    not one to come; not "the meeting will not take place on Friday"."""
    verb = verb_past_an_aside(trigger)
    if verb is None:
        if trigger.dep_ != "nsubj":
            return False
        verb = trigger.head
    past = verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in children_of(verb))
    return past and _not_happening(verb)


def verb_past_an_aside(noun: Token) -> Token | None:
    """The verb a subject noun goes with when a participle set off by commas stands between them
    and the parser took that participle for the noun's verb: "the summit between A and B, meant to
    seal the deal, did not take place", "the talks, scheduled for Friday, never went ahead". The
    verb is a finite one after the aside, with no subject of its own, hung above or below the
    participle; else None ("the summit, held in Brasilia, took place on Monday" has no aside taken
    for the verb, and "the talks, he said, went ahead" none of a participle)."""
    aside = noun.head
    doc = noun.doc
    if noun.dep_ != "nsubj" or aside.tag_ not in {"VBN", "VBD"} or aside.i <= noun.i:
        return None
    if aside.i == 0 or doc[aside.i - 1].text != ",":
        return None  # "the summit meant to seal the deal": no aside
    below = [c for c in children_of(aside) if c.dep_ in {"dep", "conj", "parataxis"} and c.i > aside.i]
    above = [aside.head] if aside.dep_ in {"parataxis", "advcl"} and aside.head.i > aside.i else []
    for verb in (*above, *below):
        subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in children_of(verb))
        if verb.pos_ not in {"VERB", "AUX"} or subject:
            continue
        if any(t.text == "," for t in doc[aside.i + 1 : verb.left_edge.i if verb in below else verb.i]):
            return verb
    return None


def then_said_not_held(trigger: Token) -> bool:
    """A meeting sought or offered, then said in a clause joined after it not to have happened:
    "said he was ready to meet B in Rome, but the meeting never happened", "hoped to see her, but
    the talks did not take place". The later clause's subject is a bare meeting noun pointing back
    ("the meeting"), not one described as another ("the meeting planned for May"), or "it" ("said
    he would visit Kyiv in March, but it did not take place"). Its day, told
    with the words of the first clause, is gone by."""
    # the clause joined, or one the parser hung on it where a colon follows ("but the meeting never
    # happened: the Kremlin sent a delegation", "happened" taken for the object of "sent")
    joined_clauses = [
        clause
        for above in _scope(trigger)
        for joined in above.conjuncts
        if joined.i > trigger.i
        for clause in (joined, *(c for c in children_of(joined) if c.dep_ == "ccomp" and c.i < joined.i))
    ]
    for joined in joined_clauses:
        if joined.pos_ in {"VERB", "AUX"}:
            for subject in children_of(joined):
                plain = not any(c.dep_ in {"prep", "relcl", "acl", "amod"} for c in children_of(subject))
                if (
                    subject.dep_ == "nsubj"
                    and is_trigger(subject)
                    and plain
                    and _planned_yet_not_held(subject, joined)
                ):
                    return True
                if subject.dep_ == "nsubj" and subject.lower_ == "it" and _not_happening(joined):
                    return True  # "said he would visit Kyiv in March, but it never happened"
    return False


# words that open a clause of time or cause, which the parser may take for a preposition and so hang
# the clause's subject on them: "hours after a planned meeting with B fell through"
CLAUSE_OPENERS = frozenset("after before since until because once".split())


def _verb_after_a_clause_opener(noun: Token) -> Token | None:
    """The verb a meeting noun is the subject of when the parser hung the noun on the word opening
    its clause ("after", "because") and left the verb with no subject: "met B on Tuesday, hours
    after a planned meeting with C fell through", also past an aside set off by commas in the
    noun's phrase ("since a summit between A and B, planned for May, was called off"); else None."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in CLAUSE_OPENERS:
        return None
    doc = noun.doc
    after = noun.right_edge.i + 1
    if after < len(doc) and doc[after].text == "," and any(t.text == "," for t in doc[noun.i : after]):
        after += (
            1  # the comma closing an aside in the noun's phrase: "since a summit with B, set for May, was"
        )
    if after >= len(doc):
        return None
    verb = doc[after] if doc[after].pos_ == "VERB" else None
    if verb is None and doc[after].pos_ == "AUX" and doc[after].head.i > after:
        verb = doc[after].head  # "after the talks were cancelled", "before the summit was postponed"
    if (
        verb is None
        or verb.pos_ != "VERB"
        or any(c.dep_ in {"nsubj", "nsubjpass"} for c in children_of(verb))
    ):
        return None
    return verb


# verbs of how long a meeting goes on: "a meeting that was scheduled to last an hour"
DURATION_VERBS = frozenset("last run continue".split())
# verbs of what a meeting ends in: "talks which had been expected to end with the signing of a
# deal", "a summit that was expected to produce a declaration"
OUTCOME_VERBS = frozenset("end conclude culminate produce yield result deliver finish".split())
COURSE_VERBS = DURATION_VERBS | OUTCOME_VERBS


def _a_timetable(relative: Token) -> bool:
    """A relative clause that tells how long a meeting was set to go on or what it was expected to
    end in ("for a meeting that was scheduled to last an hour but ran over time", "talks which
    were expected to run for two days", "the meeting, which had been expected to end with the
    signing of a deal, collapsed"): its plan word is of the meeting's length or outcome, so it
    makes the meeting no plan; the clause the meeting is told in says whether it was held or is
    to come ("a summit that is expected to end with a declaration will open on Monday")."""
    return relative.lemma_.lower() in PLAN_WORDS and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in COURSE_VERBS for c in children_of(relative)
    )


def _its_own_act(token: Token, relative: Token) -> bool:
    """A verb of a relative clause that tells what the meeting itself did, or was there to do, to
    something else ("a call that was meant to prepare the summit", "talks which set the agenda for
    the visit", "a meeting that agreed to schedule a summit"): the meeting is its subject, in the
    active voice, so its plan or cancel word is of that other thing, not of the meeting. Not the
    meeting as what is done ("a visit that Xi is preparing", "a summit that was scheduled", "talks
    that Oslo had arranged")."""
    if token.pos_ != "VERB" or in_the_passive(token):
        return False
    up = token
    while up.dep_ == "xcomp" and up != relative:
        up = up.head  # "was meant to prepare": the subject of "meant" does the preparing
    return up == relative and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"that", "which"} for c in children_of(up)
    )


# who a verb of undoing can fall on when it is a person, not a meeting: "was suspended", "dismissed him"
PERSONAL_PRONOUNS = frozenset("he she him her they them i me we us you".split())


def _a_person_undone(verb: Token) -> bool:
    """A verb of calling off whose undergoer is a person ("Paetongtarn was suspended from office
    over a call with B", "the president dismissed his minister over the meeting"): the person is
    what it undoes, so it tells nothing of a meeting it is said over."""
    return verb.lemma_.lower() in CANCEL_WORDS and any(
        c.dep_ in {"nsubjpass", "dobj"} and (c.ent_type_ == "PERSON" or c.lower_ in PERSONAL_PRONOUNS)
        for c in children_of(verb)
    )


def _a_plan_of_theirs(trigger: Token) -> bool:
    """A meeting noun told as one planned: "the planned talks", "the meeting he had planned with
    Zelensky", "the talks they had scheduled for Friday", "a meeting that had been announced for
    the afternoon"."""
    return bool(_plan_modifiers(trigger)) or any(
        c.dep_ == "relcl" and c.lemma_.lower() in PLAN_WORDS | ANNOUNCED and not _a_timetable(c)
        for c in children_of(trigger)
    )


def _to_come_about(relative: Token) -> bool:
    """A relative clause that tells the meeting's coming about in the future: "the summit, which
    will take place in Alaska", "talks that will be held on Friday", "a meeting which will open
    on Monday"; not what it will do ("talks which will cover trade")."""
    told = children_of(relative)
    return (
        relative.dep_ == "relcl"
        and any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll"} for c in told)
        and any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"which", "that"} for c in told)
        and _comes_about(relative)
    )


def _comes_about(verb: Token) -> bool:
    """A verb of a meeting's coming about: "take place" (not "take him to Rome"), "be held",
    "open", "begin", "convene"."""
    told = children_of(verb)
    lemma = verb.lemma_.lower()
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in told)
    return lemma in OPENING or (lemma == "hold" and any(c.dep_ == "auxpass" for c in told))


# what is said of a meeting before it is held that sets it as a plan: "a meeting that had been
# announced for that afternoon", "the talks the ministry had confirmed for Friday"
ANNOUNCED = frozenset("announce confirm".split())


def _to_be_held(chain: list[Token]) -> bool:
    """ "are to meet", "is due to see", "is in Asmara to take part in a meeting", "the summit is
    to be held": a present "be" with a "to" clause is a plan."""
    for down, up in itertools.pairwise(chain):
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(down))
        if infinitive and up.lemma_ == "be" and down.dep_ in {"xcomp", "advcl"}:
            if _the_first_to(up, down):
                return False  # "had been among the first leaders to call Aoun": a call made
            return down.dep_ == "xcomp" or up.tag_ in {"VBZ", "VBP"}
        if down.dep_ in {"nsubj", "nsubjpass"} and up.lemma_ == "be" and up.tag_ in {"VBZ", "VBP"}:
            # "The summit is to be held", "the talks are to take place"
            return any(
                c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))
                for c in children_of(up)
            )
        if down.dep_ in {"nsubj", "nsubjpass"} and _past_be(up):
            # "The talks were to be held in Pretoria", "were to be facilitated by A", "the meeting
            # was to take place on Monday": a plan told in the past; not "the meeting was to
            # discuss trade", what it was for
            return any(c.dep_ == "xcomp" and _to_happen(c) for c in children_of(up))
    return False


# verbs of a meeting's taking place or opening, which a "was to" tells as a plan: "was to take place"
OPENING = frozenset("take open begin start convene resume".split())


def _to_happen(verb: Token) -> bool:
    """A "to" clause of what is done to a meeting or of its coming about: "to be held", "to be
    facilitated by A", "to take place", "to open"; not what it is for ("to discuss trade")."""
    told = children_of(verb)
    if not any(a.dep_ == "aux" and a.lower_ == "to" for a in told):
        return False
    return any(a.dep_ == "auxpass" for a in told) or verb.lemma_.lower() in OPENING


# words telling who did something before, after or instead of the others: "the first to call"
RANKING = frozenset("first second third last only".split())


def _the_first_to(be: Token, infinitive: Token) -> bool:
    """A "be" whose "to" clause tells who did it first, last or alone ("had been among the first
    Arab leaders to call Aoun", "was the only one to meet him"): what was done, not a plan."""
    return any(t.lower_ in RANKING and t.pos_ == "ADJ" for t in be.doc[be.i + 1 : infinitive.i])


def _invited_only(chain: list[Token]) -> bool:
    """A visit someone is invited to make, in a sentence that does not say the invitation was
    accepted ("Macron, who invited her to visit Paris", "invited Lula to Washington"): an
    invitation, which sets no meeting; one accepted ("invited Xi to Moscow in May, and Xi
    accepted the invitation") is a visit to come."""
    invited = next(
        (
            t
            for t in chain[:4]
            if (t.pos_ == "VERB" and t.lemma_.lower() == "invite")
            # "an invitation to visit Bhutan"; not "an invitation to a meeting between A and B"
            or (t.pos_ == "NOUN" and t.lemma_.lower() == "invitation" and chain[0].lemma_.lower() in TRIPS)
        ),
        None,
    )
    if invited is None:
        return False
    if _at_a_time_to_be_found(invited):
        return True  # "invited B to visit Malaysia at a mutually convenient time": no day, no plan
    return not any(_accepts(t) and not _accepted_by_the_inviter(t, invited) for t in invited.sent)


def _accepts(word: Token) -> bool:
    """Whether a verb tells an invitation taken: "accepted", or "welcomed the invitation" (not
    "welcomed the guest")."""
    lemma = word.lemma_.lower()
    return lemma == "accept" or (
        lemma == "welcome"
        and word.pos_ == "VERB"
        and any(c.dep_ == "dobj" and c.lemma_.lower() in INVITATIONS for c in children_of(word))
    )


INVITATIONS = frozenset({"invitation", "invite", "offer"})


# what leaves the time of an invited visit open: "at a convenient time", "at a mutually convenient date"
OPEN_TIMES = frozenset({"convenient"})


def _at_a_time_to_be_found(invited: Token) -> bool:
    """An invitation whose visit is to be made when it suits both ("invited Putin to visit the DPRK
    at a convenient time", "accepted an invitation to visit at a mutually convenient date"): a
    courtesy with no day, which sets no meeting even when accepted."""
    return any(t.lower_ in OPEN_TIMES for t in subtree_of(invited))


def _accepted_by_the_inviter(accept: Token, invited: Token) -> bool:
    """An acceptance told of the one who invites, so of another invitation, made to him: "A accepted
    the invitation and in turn invited B to visit Malaysia" (one subject for both verbs: A accepted
    B's; B's visit is invited only), "A accepted ..., and A invited B". Not "invited Xi to Moscow,
    and Xi accepted the invitation"."""
    first, second = sorted((accept, invited), key=lambda t: t.i)
    if second.dep_ == "conj" and second.head == first and not subjects_of(second):
        return True
    ones, others = subjects_of(accept), subjects_of(invited)
    return bool(ones and others) and ones[0].text == others[0].text


def _supposed_to(chain: list[Token]) -> bool:
    """A meeting told as what was to happen: "The summit that was supposed to bring together Kagame
    and Tshisekedi", "talks meant to bring Putin and Zelensky together" (not "the visit was meant
    to show support", a visit made for a purpose)."""
    return any(
        down.dep_ == "xcomp" and up.lower_ in {"supposed", "meant"} for down, up in itertools.pairwise(chain)
    )


def _shared_auxiliaries(verb: Token) -> list[Token]:
    """The auxiliaries a verb joined by "and" with none of its own shares with the verb before it:
    "will inaugurate a temple and deliver an address at the summit" (both to come)."""
    if (
        verb.dep_ != "conj"
        or verb.pos_ != "VERB"
        or any(c.dep_ in {"aux", "auxpass", "nsubj"} for c in children_of(verb))
    ):
        return []
    return (
        [c for c in children_of(verb.head) if c.dep_ in {"aux", "auxpass"}]
        if verb.head.pos_ == "VERB"
        else []
    )


def _looked_forward_to(chain: list[Token]) -> bool:
    """ "said he looked forward to meeting Tinubu", "is looking forward to hosting the Turkish
    leader", "looks forward to the talks": what one looks forward to is still to come; so is the
    gathering one looks forward to seeing someone at ("looking forward to seeing B at the BRICS
    summit")."""
    return any(
        up.lemma_.lower() == "look"
        and down.dep_ == "prep"
        and down.lower_ == "to"
        and any(c.lower_ == "forward" for c in children_of(up))
        for down, up in itertools.pairwise(chain[:5])
    )


# verbs of waiting, whose "to" clause is still to come: "are waiting to welcome him in December"
AWAITING = frozenset("wait await".split())


def _waited_for(chain: list[Token]) -> bool:
    """ "are eagerly waiting to welcome him to Nairobi in December", "awaits to receive the
    delegation": what someone waits to do is still to come; not "waited an hour to meet him",
    a wait told as done."""
    return any(
        down.dep_ == "xcomp" and up.lemma_.lower() in AWAITING and up.tag_ != "VBD"
        for down, up in itertools.pairwise(chain[:3])
    )


FUTURE_MARKERS = frozenset("after before when once until".split())


def _present_for_future(chain: list[Token]) -> bool:
    """ "The summit is to be held five days after Petro meets Biden", "will sign it when they
    meet": the present in a clause of time under a clause not in the past tells what is to
    come; so does the present in a clause of what comes "before" or "until" under one in the
    past ("held talks on Sunday, a day before the three leaders convene their summit"), which
    tells of a meeting held in the past tense ("a day before they convened")."""
    token = chain[-1]  # where the words above the trigger end: at a clause of time, if any
    markers = {c.lower_ for c in children_of(token) if c.dep_ in {"mark", "advmod"}}
    return (
        token.dep_ == "advcl"
        and bool(markers & FUTURE_MARKERS)
        and token.tag_ in {"VBZ", "VBP"}
        and (token.head.tag_ != "VBD" or bool(markers & STILL_AHEAD))
    )


# the words of a clause of time whose present, even under a verb in the past, is still to come
STILL_AHEAD = frozenset("before until".split())


# verbs of setting out on a journey, whose plain present with a day told is a timetable
JOURNEYS = frozenset("travel fly head go leave depart".split())
# the words of a day already gone or now: "travels today", "flew on Monday last week"
# the words that make a journey the next leg of a trip: "then heads to", "next travels to"
NEXT_LEG = frozenset("then next".split())
DAYS_NOT_TO_COME = frozenset("today yesterday tonight last ago earlier previous past".split())


def _journey_scheduled(chain: list[Token]) -> bool:
    """ "Rubio travels Thursday to Guyana to meet Ali": the plain present of a journey (or of the
    trip word itself: "travels to Guyana on Thursday") with a day told, or told as the next leg
    ("then heads to Suriname for talks with"), in a sentence of the article's body (one with a
    full stop), is a timetable of a trip to come; a headline's present ("Rubio travels to
    Guyana, meets Ali") tells what was done."""
    journey = next((t for t in chain[:6] if t.pos_ == "VERB" and t.lemma_.lower() in JOURNEYS), None)
    if journey is None or journey.tag_ not in {"VBZ", "VBP"}:
        return False
    if any(c.dep_ in {"aux", "auxpass"} for c in children_of(journey)):
        return False
    if not any(t.text == "." for t in journey.sent[-2:]):
        return False  # a headline or caption
    days = [
        t
        for c in children_of(journey)
        for t in ([c] if c.dep_ == "npadvmod" else [g for g in children_of(c) if c.lower_ == "on"])
        if t.ent_type_ == "DATE"
    ]
    # "then heads to Chile": the next leg of a timetable told before
    next_leg = any(c.dep_ == "advmod" and c.lower_ in NEXT_LEG for c in children_of(journey))
    return (bool(days) or next_leg) and not any(
        w.lower_ in DAYS_NOT_TO_COME for d in days for w in subtree_of(d)
    )


PROPOSALS = frozenset("suggest propose offer".split())


def _proposed(chain: list[Token]) -> bool:
    """ "Lula suggested they meet during the ASEAN summit", "suggested meeting Scholz in Berlin":
    a meeting proposed, in the bare form (the subjunctive) or the gerund, is a plan, as one offered
    ("Oman offered to host talks between A and B", "proposed to hold a summit"); "reports
    suggested that Putin met Xi" tells one held."""
    for down, up in itertools.pairwise(chain[:4]):
        # "offered on Monday to host": the infinitive parsed as an adverbial clause
        infinitive = down.dep_ == "advcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in children_of(down)
        )
        if (down.dep_ in {"ccomp", "xcomp"} or infinitive) and lemma_of(up) in PROPOSALS:
            # "suggested they meet": the present under a past proposal is the subjunctive
            return down.tag_ in {"VB", "VBG"} or (down.tag_ == "VBP" and up.tag_ == "VBD")
    return False


def _before_a_plan(chain: list[Token]) -> bool:
    """ "Before sitting down with the premier, Erdogan is due to see the President": what is to
    come after a plan is planned too (what comes before it may be done)."""
    for down, up in itertools.pairwise(chain):
        if down.lower_ == "before" and down.dep_ in {"prep", "mark"}:
            return any(
                c.dep_ in {"acomp", "xcomp"} and c.lemma_.lower() in PLAN_WORDS for c in children_of(up)
            )
    return False


def _judged_back(trigger: Token) -> bool:
    """'A met B on Monday ... C called the meeting "a positive step"', "described the talks as
    fruitful": a meeting told before, which one who judges it refers back to with "the", naming
    none of its people; the judge, often a bystander, is not told to have taken part in it."""
    verb = trigger.head
    return (
        trigger.dep_ == "dobj"
        and nominal(trigger)
        and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in children_of(trigger))
        and not any(c.dep_ in {"prep", "poss", "amod", "compound"} for c in children_of(trigger))
        and any(c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in children_of(verb))
    )


def _only_a_chance(pairs: list[tuple[Token, Token]]) -> bool:
    """ "said there was a strong chance that A and B would meet later this year", "the possibility
    that they could hold talks": a clause of what a noun of chance holds possible is speculation,
    no arrangement; not the chance one had to do a thing ("had the chance to sit down with B")."""
    return any(
        down.dep_ in {"acl", "ccomp"}
        and up.pos_ == "NOUN"
        and up.lemma_.lower() in CHANCES
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(down))
        for down, up in pairs
    )


# the nouns of what may or may not come about: "a chance that", "the prospect that"
CHANCES = frozenset("chance possibility prospect likelihood speculation odds".split())


def _after_an_act_to_come(trigger: Token) -> bool:
    """ "B will receive him at the palace, before formal talks with C on Friday": a meeting told as
    what an act still to come is done before comes later still, so it is to come too. Only
    "before": what a future act follows ("will sign it after last week's talks") may be done."""
    before = trigger.head
    if trigger.dep_ != "pobj" or before.lower_ != "before" or before.dep_ != "prep":
        return False
    act = before.head
    return act.pos_ in {"VERB", "AUX"} and (
        any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in children_of(act))
        or (act.dep_ == "xcomp" and _due([act.head]))  # "is due to receive him before talks"
    )


# the auxiliaries of what is still to come, said as a fact: "will meet", "shall receive"
FUTURE_AUX = frozenset({"will", "shall", "'ll"})


def _on_the_programme(chain: list[Token]) -> bool:
    """Whether a meeting is what a programme, agenda or schedule holds, told in the present or the
    future: "His programme in Riga also includes a meeting with the premier at 19:10", "the agenda
    will feature talks with B" list what is to come; "the programme included talks" told what was
    held."""
    return any(
        down.dep_ == "dobj"
        and up.pos_ == "VERB"
        and (
            (up.tag_ in {"VBZ", "VBP"} and not any(c.dep_ in {"aux", "auxpass"} for c in children_of(up)))
            or any(c.dep_ == "aux" and c.lower_ in {"will", "shall"} for c in children_of(up))
        )
        and any(s.dep_ == "nsubj" and s.lemma_.lower() in PROGRAMME_NOUNS for s in children_of(up))
        for down, up in itertools.pairwise(chain[:3])
    )


# the nouns of the work that sets a meeting up: "began the arrangements for a meeting"
ARRANGEMENTS = frozenset("arrangement arrangements preparation preparations".split())


def _being_arranged(trigger: Token) -> bool:
    """Whether a meeting noun is what arrangements or preparations are made for: "began the
    arrangements for a meeting between A and B", "preparations for talks between A and B are under
    way" tell a meeting still being set up. Not arrangements of a kind made at it ("security
    arrangements for the talks were tight"), a compound or adjective before the noun. The parse may
    hang the "for" on the verb whose object the arrangements are ("began the arrangements for")."""
    if not (nominal(trigger) and trigger.dep_ == "pobj" and trigger.head.lower_ == "for"):
        return False
    above = trigger.head.head
    # the parse may hang the "for" on the verb of which the arrangements are the object
    works = [above, *(c for c in children_of(above) if c.dep_ == "dobj" and above.pos_ == "VERB")]
    return any(
        work.lower_ in ARRANGEMENTS and not any(c.dep_ in {"compound", "amod"} for c in children_of(work))
        for work in works
    )


def _the_headlines_next_step(chain: list[Token]) -> bool:
    """Whether a meeting verb is a headline's infinitive set off by a comma after what was done:
    "A meets B in Male, to call on C today" tells the next step, to come, as "A to visit B" does.
    In a sentence of the body (one with a full stop) such an infinitive may tell a purpose ("flew
    to Male, to meet C"), so only a headline's counts."""
    return any(
        verb.dep_ == "advcl"
        and verb.head.dep_ == "ROOT"
        and (to := next((c for c in children_of(verb) if c.dep_ == "aux" and c.lower_ == "to"), None))
        is not None
        and to.i > 0
        and verb.doc[to.i - 1].text == ","
        and not any(t.text == "." for t in verb.sent[-2:])
        for verb in chain[:2]
        if verb.pos_ == "VERB"
    )


def _due(chain: list[Token]) -> bool:
    """ "is due in Beijing today for talks with Xi", "are set for talks in Doha": a plan word that
    a "be" above the meeting says of its subject."""
    return any(
        t.lemma_ == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() in PLAN_WORDS for c in children_of(t))
        for t in chain[:4]
    )


def _past_be(token: Token) -> bool:
    return token.lemma_ == "be" and token.tag_ == "VBD"


# the words of what a meeting was meant to do: "was meant to bring together", "was supposed to"
MEANT = frozenset({"mean", "suppose"})


def told_as_a_past_plan(trigger: Token) -> bool:
    """Whether a meeting is told as what was planned, in the past tense: "Albanese was to host
    Biden at the Opera House on May 24", "was then to fly to Luanda for talks", "were due to meet",
    "was scheduled to meet"; a plan that a calling off told before has overtaken."""
    for down, up in itertools.pairwise(_scope(trigger)):
        if down.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(down)):
            continue
        if _past_be(up):
            return True  # "was to host"
        if up.lemma_.lower() in SCHEDULE_WORDS | MEANT and (
            any(c.dep_ == "auxpass" and _past_be(c) for c in children_of(up)) or _past_be(up.head)
        ):
            return True  # "was scheduled to meet", "was due to meet", "was meant to bring together"
    return False


def _plan_denied(chain: list[Token]) -> bool:
    """ "nothing concrete has been planned for talks between Putin and Trump": a plan said to be
    none is a denial."""
    return any(
        t.lemma_.lower() in SCHEDULE_WORDS
        and any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"nothing", "none"} for c in children_of(t))
        for t in chain[:4]
    )


def past_perfect(verb: Token) -> bool:
    """Whether a verb is told in the past perfect: "had met", "had been due to", "'d spoken"."""
    return any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in children_of(verb))


def plan_gone_by(verb: Token) -> bool:
    """Whether a verb is the perfect infinitive of a plan told in the past: "was to have hosted",
    "were to have met", "was due to have signed", a plan whose time had come by the time of the
    telling (not "is to have talks", nor "hopes to have met")."""
    auxiliaries = {c.lower_ for c in children_of(verb) if c.dep_ == "aux"}
    if not ({"to", "have"} <= auxiliaries and verb.tag_ == "VBN" and verb.dep_ == "xcomp"):
        return False
    return any(  # "was to", "was due to", "were scheduled to"
        (t.tag_ == "VBD" and t.lemma_ == "be")
        or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" and c.lemma_ == "be" for c in children_of(t))
        for t in (verb.head, verb.head.head)
    )


def _plan_overtaken(chain: list[Token], reach: int = 4) -> bool:
    """ "had been scheduled to hold meetings", "had been due to meet", "had planned to visit", "had
    hoped to meet": the past perfect of a plan, or of one's own hope, tells of one that did not go
    ahead as planned."""
    for token in chain[:reach]:
        had = past_perfect(token)
        planned = lemma_of(token) in SCHEDULE_WORDS | INTENTIONS or any(
            c.dep_ == "acomp" and c.lemma_.lower() in SCHEDULE_WORDS for c in children_of(token)
        )
        if had and planned:
            return True
    return False


def under_a_plan_gone_by(verb: Token) -> bool:
    """Whether a verb is told under a plan in the past perfect ("had been due to meet B in Port
    Moresby", "had been expected to travel to Warsaw"): a plan that did not go ahead."""
    return _plan_overtaken(_scope(verb))


NEEDED = frozenset("need necessary require needed".split())


def _no_longer(token: Token) -> bool:
    return any(
        c.lower_ == "longer" and any(g.lower_ == "no" for g in (*children_of(c), *children_of(token)))
        for c in children_of(token)
    )


def _dropped(chain: list[Token]) -> bool:
    """ "a preparatory meeting between A and B was no longer needed", "the foreign ministers need
    not hold a further meeting", "no longer plans to visit": a meeting once in view, dropped."""
    for token in chain[:4]:
        needed = (
            token.lemma_.lower() in NEEDED
            or any(c.dep_ == "aux" and c.lower_ == "need" for c in children_of(token))
            or any(c.dep_ == "acomp" and c.lemma_.lower() in NEEDED for c in children_of(token))
        )
        if needed and (_no_longer(token) or negated(token)):
            return True
        if _no_longer(token) and token.lemma_.lower() in PLAN_WORDS:
            return True
    return False


def _there_overtaken(chain: list[Token]) -> bool:
    """ "had been due to travel on to Lisbon, where he was to be received by the President": a
    meeting that was to be held where an overtaken plan went is overtaken with it."""
    last = chain[-1]
    was_to = last.dep_ == "relcl" and last.lemma_ == "be" and last.tag_ == "VBD"
    if not was_to or not any(c.lower_ == "where" for t in chain for c in children_of(t)):
        return False
    return _plan_overtaken(_scope(last.head), reach=6)  # from the place up to the plan


# what a counterfactual says the undone plan would have been: "in what would have been the first visit"
WOULD_HAVE_BEEN = frozenset("meeting talks visit trip summit encounter stop audience".split())


def _told_off(trigger: Token) -> bool:
    """Whether a meeting is told to be "off", as a plan given up: "the talks are off", "the summit
    is off, officials said"."""
    return (
        trigger.dep_ in {"nsubj", "nsubjpass"}
        and trigger.head.lemma_.lower() == "be"
        and any(
            c.lower_ == "off" and c.dep_ in {"advmod", "prt", "acomp", "prep"}
            for c in children_of(trigger.head)
        )
    )


def _would_have(token: Token) -> bool:
    """ "would have been", "would have met": a counterfactual, told of what did not happen."""
    aux = [c.lower_ for c in children_of(token) if c.dep_ == "aux"]
    return "have" in aux and any(a in {"would", "'d"} for a in aux)


def _in_a_trip_called_off(chain: list[Token]) -> bool:
    """A plan told in a relative clause of a trip or meeting that was called off goes with it:
    "Netanyahu's trip to Washington, where he was to meet Trump on Monday, was called off", "the
    visit, during which she was due to meet Lula, has been postponed", "The summit in Luanda that
    was supposed to bring together Kagame and Tshisekedi has been called off", also the trip what
    is called off: "Ghana postponed a summit in Accra at which Mahama was to host Tinubu", "He
    cancelled a trip to Cairo, which was to include talks with Sisi"."""
    for clause in chain[1:]:
        if (
            clause.dep_ == "advcl"
            and _relative_opener(clause)
            and any(lemma_of(c) in PLAN_SETTINGS and _what_is_called_off(c) for c in children_of(clause.head))
        ):
            return True  # "called off his trip to Uganda, during which he was to meet B", the parser
            # hanging the clause on the calling off: the trip it calls off
        if _when_the_plan_was_set_for(clause):
            return True
        if clause.dep_ != "relcl":
            continue
        trip = clause.head
        if trip.dep_ == "pobj" and trip.head.dep_ == "prep":  # "the trip to Washington, where ..."
            trip = trip.head.head
        if lemma_of(trip) in PLAN_SETTINGS and (called_off(trip) or _what_is_called_off(trip)):
            return True
    return False


# verbs by which a trip or meeting is set for a time: "had been scheduled for Monday"
SET_FOR = frozenset("schedule set plan slate fix".split())


def _when_the_plan_was_set_for(clause: Token) -> bool:
    """Whether a clause is told "when" of the time a trip or meeting was set for, and that trip or
    meeting was called off: "Raisi's visit had been scheduled for November 28, when the two
    presidents were to meet in Ankara, but it was postponed" (the meeting is the visit's, called
    off with it). Not a plan that went ahead ("had been scheduled for Monday, when they were to
    meet, and it went ahead")."""
    if clause.dep_ != "advcl" or not any(
        c.dep_ == "advmod" and c.lower_ == "when" for c in children_of(clause)
    ):
        return False
    setting = clause.head
    if lemma_of(setting) not in SET_FOR:
        return False
    plans = [
        c for c in children_of(setting) if c.dep_ in {"nsubj", "nsubjpass"} and lemma_of(c) in PLAN_SETTINGS
    ]
    if not plans:
        return False
    # the calling off joined to the setting by "but", or to the verb of saying it is told in, the
    # parser hanging it there ("Erdogan said the visit had been scheduled for ..., but it was postponed")
    above = [setting.head] if setting.dep_ == "ccomp" else []
    return any(called_off(p) for p in plans) or any(
        c.dep_ == "conj"
        and calls_off(c)
        and not negated(c)
        and (a is setting or any(s.dep_ == "nsubjpass" and s.lower_ == "it" for s in children_of(c)))
        for a in [setting, *above]
        for c in children_of(a)
    )


def _what_is_called_off(noun: Token) -> bool:
    """A noun that is what a verb calls off: "called off the summit", "postponed his visit"; not a
    calling off denied ("did not cancel the trip")."""
    return noun.dep_ == "dobj" and calls_off(noun.head) and not negated(noun.head)


def _relative_opener(clause: Token) -> bool:
    """Whether a clause opens with a relative word: "during which", "where"."""
    return any(
        t.lower_ in {"which", "where"} and t.dep_ in {"pobj", "advmod"}
        for t in subtree_of(clause)
        if t.i < clause.i
    )


def _the_purpose_of_a_trip_called_off(chain: list[Token]) -> bool:
    """Whether a meeting is what a trip called off was to be made for: "called off a planned
    trip to Rome to meet B", "put off a visit to Kyiv to hold talks with B" (the "to" clause hung
    on the trip, or by the parser on the calling off). Not the purpose of calling off something
    else ("called off the strike to meet the minister": done so as to meet), nor one made in its
    stead ("called off a visit to Kampala to meet B in Kinshasa instead"), nor a calling off
    denied."""
    purpose = next((t for t in chain[:3] if t.dep_ in {"advcl", "xcomp", "acl"}), None)
    if purpose is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(purpose)):
        return False
    if any(t.lower_ == "instead" for t in subtree_of(purpose)):
        return False
    if purpose.dep_ == "acl":  # "a trip to Rome to meet B": the trip's purpose
        trips = [purpose.head] if purpose.head.dep_ in {"dobj", "nsubjpass"} else []
        verb = purpose.head.head
    else:
        verb = purpose.head
        trips = [c for c in children_of(verb) if c.dep_ in {"dobj", "nsubjpass"}]
    if not calls_off(verb) or negated(verb):
        return False
    return any(lemma_of(t) in PLAN_SETTINGS for t in trips)


# what a plan is put on when it is stayed with no new day: "put on hold", "put on ice"
STAYS = frozenset("hold ice".split())


def _on_hold(verb: Token) -> bool:
    """ "has been put on hold", "was put on ice", "are on hold": a plan stayed with no new day,
    which, like one put off, is not held; not what a clause of its own says of another thing
    ("met on Monday, with the rest of the visit put on hold")."""
    return verb.lemma_.lower() in {"put", "be"} and any(
        c.dep_ == "prep" and c.lower_ == "on" and any(g.lemma_.lower() in STAYS for g in children_of(c))
        for c in children_of(verb)
    )


def _planned_for_it(trigger: Token) -> bool:
    """ "Plans for Modi to sit down with Xi ...": a meeting verb whose subject is the word "plans",
    however the parser hung the infinitive on it, is a plan."""
    return trigger.pos_ == "VERB" and any(
        c.dep_ in {"nsubj", "nsubjpass"}
        and c.lemma_.lower() == "plan"
        and any(g.dep_ == "prep" and g.lower_ == "for" for g in children_of(c))
        for c in children_of(trigger)
    )


# verbs that make a meeting known before it is held: "announced the summit"
ANNOUNCING = frozenset("announce unveil".split())


def announced(trigger: Token) -> bool:
    """ "Trump had announced the Budapest meeting last Thursday": a meeting noun that is what a
    verb of announcing makes known is one to come at the time of the announcing, whose day is
    the announcing's, not its own; not a meeting told in what was announced ("announced that A
    had met B")."""
    return nominal(trigger) and trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in ANNOUNCING


def _yet_to(verb: Token) -> bool:
    """ "have yet to", "is yet to": what has not happened so far, no plan told."""
    return verb.lemma_.lower() in {"have", "be"} and any(
        c.dep_ == "advmod" and c.lower_ == "yet" for c in children_of(verb)
    )


def called_off(noun: Token) -> bool:
    """A meeting noun the subject of its calling off: "That meeting was cancelled at the last
    minute", "the talks were postponed", "the summit fell through", also told as its not going
    ahead ("the meeting did not take place", "could not go ahead", "will not proceed"). Not a
    calling off denied ("has not been cancelled")."""
    verb = noun.head
    if noun.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    return _not_happening(verb) or (calls_off(verb) and not negated(verb))


def calls_off(verb: Token) -> bool:
    """A verb of calling a meeting off: "called off", "cancelled", "postponed", "put off", "fell
    through"."""
    lemma = verb.lemma_.lower()
    off = lemma in {"call", "put"} and any(c.lower_ == "off" for c in children_of(verb))
    return off or fell_through(verb) or lemma in CALLED_OFF


def _would_have_been(sentence: Span) -> bool:
    """Whether a sentence says what a plan would have been, had it gone ahead: "was then to fly
    to Luanda for talks, in what would have been the first visit by a U.S. president since
    2015", "it would have been their first meeting since 2019"."""
    return any(
        token.lemma_ == "be"
        and _would_have(token)
        and any(c.dep_ == "attr" and c.lemma_.lower() in WOULD_HAVE_BEEN for c in children_of(token))
        for token in span_tokens(sentence)
    )


def _done_with(token: Token) -> bool:
    """ "the commitments agreed during his visit": a participle that says what was done with a
    thing, not a plan."""
    return token.dep_ == "acl" and token.lemma_.lower() == "agree"


def _refused(chain: list[Token]) -> bool:
    """A meeting sought and refused, the meeting being what the refusal holds back: "declined to
    meet him", "declined to attend a summit hosted by B", "had been refused a meeting with
    Tiani", "rebuffed talks with Albanese", "refused to let the envoy meet Suu Kyi", "was barred
    from meeting her"; not a meeting the refused act is about ("refused to comment on the
    meeting")."""
    for down, up in itertools.pairwise(chain[:4]):
        lemma = up.lemma_.lower()
        if up.pos_ != "VERB":
            if up.lemma_.lower() in OFFERS and down.dep_ in {"acl", "advcl", "relcl", "pobj"}:
                continue  # "turned down an invitation for A and B to meet": on to the verb refusing it
            if up.lemma_.lower() in OFFERS and down.dep_ == "prep" and down.lower_ == "for":
                continue  # "turned down an invitation for a meeting between A and B": on to the refusing
            if (
                up.lower_ == "for"
                and down.dep_ == "pobj"
                and up.head.lemma_.lower() in OFFERS
                and _between(down)
            ):
                # the meeting an offer is for, on to the offer, where it names its own sides (not
                # "rejected Kagame's request for talks", a request for talks, no meeting told)
                continue
            if not (up.lower_ == "from" and down.dep_ in {"pcomp", "pobj"}):
                return False
            continue  # "barred from meeting her": on to the verb that bars
        if _refusing(up) and down.dep_ in {"xcomp", "dobj"}:
            return True
        if _refusing(up) and _offer_read_apart(down, up):
            return True  # "turned down a proposal for A to meet B"
        if lemma in ATTENDING and down.dep_ == "dobj" and up.dep_ == "xcomp":
            continue  # "declined to attend a summit hosted by B": on to the verb that refuses
        if lemma in BARRINGS and down.lower_ == "from" and _bars_someone(up):
            return True
        if not (lemma in LETTING and down.dep_ in {"ccomp", "xcomp"}):
            return False
    return False


# the verbs by which one side asks the other for a meeting: "requested an audience with the King",
# "asked for talks with B", "sought a meeting with C"
REQUESTS = frozenset("request ask seek".split())


def sought_and_refused(trigger: Token) -> bool:
    """Whether a meeting word is what someone asked for and was refused ("requested an audience
    with B, but the palace turned down the request"): see :func:`_request_refused`."""
    return _request_refused(_scope(trigger))


def _between(meeting: Token) -> bool:
    """Whether a meeting noun names its sides by "between": "a meeting between Austin and Li"."""
    return any(c.dep_ == "prep" and c.lower_ == "between" for c in children_of(meeting))


def _offer_read_apart(meet: Token, refusing: Token) -> bool:
    """Whether the parser hung an offer's "for A to meet B" on the verb that refuses the offer, not
    on the offer: "turned down a U.S. proposal for Austin to meet Li", where "to meet" reads as a
    clause of "turned down", whose object is the proposal."""
    return (
        meet.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in children_of(meet))
        and any(c.dep_ == "dobj" and c.lemma_.lower() in OFFERS for c in children_of(refusing))
    )


def _request_refused(chain: list[Token]) -> bool:
    """A meeting asked for and refused in a clause joined to the asking: "requested an audience
    with B, but the palace turned down the request", "sought a meeting with C, which was
    rejected"... the refusal told of the request by name ("the request", "the invitation", "it")
    as the object of a verb of refusing or the subject of one in the passive. Never held; not a
    request left unanswered ("requested a meeting with B" alone), nor one granted."""
    for down, up in itertools.pairwise(chain[:4]):
        if up.pos_ != "VERB":
            if not (up.lower_ == "for" and down.dep_ == "pobj"):
                return False
            continue  # "asked for a meeting with B": on to the verb that asks
        if up.lemma_.lower() not in REQUESTS or down.dep_ not in {"dobj", "prep"}:
            return False
        return any(_refuses_the_request(c) for c in children_of(up) if c.dep_ == "conj" and c.i > down.i)
    return False


def _refuses_the_request(verb: Token) -> bool:
    """Whether a verb refuses a request told by name: "turned down the request", "rejected it",
    "the request was declined"."""
    asked = [c for c in children_of(verb) if c.dep_ in {"dobj", "nsubjpass"}]
    if not any(a.lemma_.lower() in OFFERS or a.lower_ == "it" for a in asked):
        return False
    if any(c.dep_ == "nsubjpass" for c in children_of(verb)) and verb.lemma_.lower() == "deny":
        return not negated(verb)  # "the request was denied"
    return _refusing(verb)


def _refusing(verb: Token) -> bool:
    """A verb of refusing, alone ("declined", "rejected") or with its particle ("turned down");
    not one denied ("he never turned down a meeting with B", "did not reject the invitation")."""
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "neg" for c in children_of(verb)):
        return False
    if lemma in REFUSALS:
        return True
    particle = REFUSING_PARTICLES.get(lemma)
    return particle is not None and any(c.dep_ == "prt" and c.lower_ == particle for c in children_of(verb))


def _bars_someone(verb: Token) -> bool:
    """Whether a verb of barring keeps someone from what follows its "from": one it bars, as its
    object ("stopped him from meeting her") or its passive subject ("was barred from the summit").
    A verb of barring with neither is a halt on a journey, the "from" the place or trip it comes
    from ("stopped in Lisbon on her way home from a tour of Africa")."""
    return any(c.dep_ in {"dobj", "nsubjpass", "auxpass"} for c in children_of(verb))


# verbs by which a process already under way goes on: "agreed to continue negotiations"
CARRYING_ON = frozenset("continue pursue".split())
# the entities that give talks carried on a setting of their own: "continue talks on Friday in Geneva"
SETTING_ENTITIES = frozenset("DATE TIME GPE FAC EVENT".split())


def _talks_carried_on(trigger: Token) -> bool:
    """Whether a meeting noun is only talks resolved to go on, with no day, time or place of their
    own: "agreed to continue negotiations", "vowed to pursue the dialogue", "would keep talking to
    both" tell a process going on, not a meeting set. Talks carried on at a day or place ("will
    continue their talks on Friday"), or in a clause of a place or time ("the summit in Kazan,
    where they would continue their talks") are a meeting planned."""
    verb = trigger.head
    # "said he would keep talking to both", "will continue speaking with Kyiv": talking as a way of
    # dealing with someone kept up, the verb's own process
    kept_up = (
        trigger.pos_ == "VERB"
        and trigger.dep_ == "xcomp"
        and lemma_of(trigger) in CALL_VERBS | {"talk"}
        and verb.lemma_.lower() in CARRYING_ON | {"keep"}
    )
    if not (kept_up or (nominal(trigger) and trigger.dep_ == "dobj" and verb.lemma_.lower() in CARRYING_ON)):
        return False
    if verb.dep_ in {"relcl", "advcl"} and any(c.lower_ in {"where", "when"} for c in children_of(verb)):
        return False
    return not any(t.ent_type_ in SETTING_ENTITIES for t in subtree_of(verb))


def gone_without(chain: list[Token]) -> Token | None:
    """The "without" a meeting is told under, which says it was not held: "left without meeting
    Goita", "flew home without being received by B", "the summit ended without a meeting between
    A and B", "returned without holding talks with B"; not a "without" of how a meeting was held
    ("met B without aides"), which is not above it."""
    for down, up in itertools.pairwise(chain[:3]):
        if up.lower_ == "without" and up.dep_ == "prep" and down.dep_ in {"pcomp", "pobj"}:
            return up
        if up.pos_ != "VERB" or down.dep_ != "dobj":
            return None  # only through a verb that holds it: "without holding talks with B"
    return None


def done_without(trigger: Token) -> Token | None:
    """The act a meeting is told as done without ("left" of "left without meeting B"): the meeting
    was sought and not held, on that act's day and at its place."""
    without = gone_without(_scope(trigger))
    return without.head if without is not None and without.i > without.head.i else None


def _ruled_out(verb: Token) -> bool:
    """ "ruled out a meeting with Putin": a meeting refused, never set."""
    return verb.lemma_.lower() == "rule" and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in children_of(verb)
    )


def _told_already(trigger: Token) -> bool:
    """ "shook hands ahead of the talks": a meeting named as one already told, not one to come."""
    return any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in children_of(trigger))


def an_appeal(token: Token) -> bool:
    """Whether "call" is an appeal for something ("calls for Gaza ceasefire"), not a phone call
    to someone ("called Ruto for talks")."""
    if token.lemma_.lower() != "call" or token.pos_ not in {"VERB", "NOUN"}:
        return False  # asked of most words: their children not walked
    children = list(children_of(token))
    if token.pos_ == "NOUN":
        return _an_appeal_named(token, children)
    return any(c.dep_ == "prep" and c.lower_ == "for" for c in children) and not any(
        c.dep_ in {"dobj", "dative"} for c in children
    )


# the words that make the noun "call" a call on a line: "a phone call", "a video call"
_LINES = (VIDEO_WORDS | PHONE_WORDS) - {"call", "calls"}
# the time a call lasts, which "for" may give: "a call for an hour"
_LENGTHS = frozenset("hour hours minute minutes while".split())
# the verbs of which a call is held, a call on a line: "held a call for an hour"
_HELD = frozenset("hold have".split())


def _an_appeal_named(call: Token, children: list[Token]) -> bool:
    """Whether the noun "call" is an appeal for something, told by "for" right after it ("renewed
    their calls for the government to send missiles", "amid calls for a ceasefire"): no line it
    was made on ("a phone call"), no one it was made with or to ("a call with Ruto"), not held
    ("held a call for an hour") and not timed by its "for" ("a call for 40 minutes")."""
    doc = call.doc
    if call.i + 1 < len(doc) and doc[call.i + 1].lower_ == "for":
        after = doc[call.i + 2 : call.i + 5]
        if any(t.ent_type_ in {"DATE", "TIME"} or t.lower_ in _LENGTHS for t in after):
            return False
    elif not _calls_made_by_some_to_others(call, children):
        return False
    return not (
        (call.dep_ == "dobj" and call.head.lemma_.lower() in _HELD)
        or any(
            c.lower_ in _LINES or (c.dep_ == "prep" and c.lower_ in {"with", "between", "to"})
            for c in children
        )
    )


# the words that bring in who appeals: "calls from the opposition", "calls by rights groups"
_APPEALED_BY = frozenset("from by".split())


def _calls_made_by_some_to_others(call: Token, children: list[Token]) -> bool:
    """Whether the plural "calls" are appeals told by what they urge, though no "for" follows
    right after: an infinitive ("ignoring calls from the opposition to cancel the visit", "despite
    calls to boycott him") or a "for" after those who made them ("amid calls by rights groups for a
    tougher stance"). The singular stays a call on a line: "in a call to discuss the war", "a call
    from B to congratulate him"."""
    if call.tag_ != "NNS":
        return False
    urged = [c for c in children if c.dep_ in {"acl", "relcl", "advcl", "xcomp"}]
    if any(a.dep_ == "aux" and a.lower_ == "to" for c in urged for a in children_of(c)):
        return True
    # the infinitive the parser hangs on the verb above, right after the calls and their makers
    after = max(t.i for t in subtree_of(call)) + 1
    if after + 1 < len(call.doc) and call.doc[after].lower_ == "to" and call.doc[after].dep_ == "aux":
        return call.doc[after + 1].tag_ == "VB"
    return any(
        f.dep_ == "prep" and f.lower_ == "for"
        for p in children
        if p.dep_ == "prep" and p.lower_ in _APPEALED_BY
        for who in children_of(p)
        if who.dep_ == "pobj"
        for f in children_of(who)
    )


# what turns the verb "call" from ringing someone to another act: "called on" (a visit), "called
# for" (an appeal), "called off" (a cancellation), "called upon"
_NOT_RINGING = frozenset("on upon for off out".split())


def _rang(token: Token) -> bool:
    """Whether a word is the verb "call" of ringing someone up ("when she called to congratulate
    him", "when he called him"), not an appeal ("called for calm"), a visit ("called on the
    premier"), a cancellation ("called off") or a naming ("called it a success")."""
    if token.lemma_.lower() != "call" or token.pos_ != "VERB" or an_appeal(token):
        return False
    return not any(
        (c.dep_ in {"prep", "prt"} and c.lower_ in _NOT_RINGING) or c.dep_ in {"oprd", "attr", "ccomp"}
        for c in children_of(token)
    )


def _other_subject(trigger: Token, verb: Token) -> set[int]:
    """The words of the verb's subject where the trigger is none of them: "The call" of "The call
    followed a meeting" tells another event."""
    return {
        t.i
        for c in children_of(verb)
        if c.dep_ in {"nsubj", "nsubjpass"} and trigger not in subtree_of(c)
        for t in subtree_of(c)
    }


# the prepositions of what talks are about: "spoke by phone over the scrapped trip"
ABOUT_WORDS = frozenset("over about regarding concerning".split())


def _its_topic(trigger: Token, near: list[Token]) -> set[int]:
    """The words of what the clause's talks are about, after "over" or "about" (not holding the
    trigger): in "held phone talks with B over his cancelled trip" the trip was called off, not
    the talks, which were held."""
    return {
        t.i
        for p in near
        if p.dep_ == "prep" and p.lower_ in ABOUT_WORDS and trigger not in subtree_of(p)
        for t in subtree_of(p)
    }


# words of hope or confidence in what something will bring about
HOPES = frozenset("hope confident confidence believe belief trust convinced certain sure optimistic".split())
# what a meeting does that tells it is still to come: "the visit will take place", "would be held"
COMING_ABOUT = frozenset("take happen occur hold begin start come go materialise materialize".split())


def _effect_hoped(trigger: Token) -> bool:
    """A meeting told as what someone hopes or trusts it will bring about, with no time to come of
    its own: "Sisi hoped that his visit to Turkey today would open a new phase", "said he was
    confident that his visit to Russia would deepen ties" (the visit made, not one planned); not
    "hoped the meeting would take place soon", nor "hoped his upcoming visit would ..."."""
    effect = trigger.head
    if (
        not nominal(trigger)
        or trigger.dep_ != "nsubj"
        or effect.pos_ != "VERB"
        or effect.lemma_.lower() in COMING_ABOUT
        or not any(c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll"} for c in children_of(effect))
        or _plan_modifiers(trigger)
        or any(
            t.ent_type_ == "DATE" and t.lower_ not in {"today", "this", "week"} for t in subtree_of(trigger)
        )
    ):
        return False
    above = [effect.head, effect.head.head]
    return effect.dep_ in {"ccomp", "acl"} and any(lemma_of(t) in HOPES for t in above)


# the prepositions that tell by what means a meeting was held: "held by video link", "held via
# videoconference", "conducted over the phone"
MEANS_PREPOSITIONS = frozenset("by via over through".split())


def _held_by(chain: list[Token]) -> set[str]:
    """The words of the means a verb of holding above a meeting word tells, however far the
    meeting word sits below it: in "The round was held by video link, with A and B discussing
    trade on screen" the discussing is the round, held by video."""
    return {
        t.lower_
        for verb in chain[1:5]
        if verb.pos_ == "VERB" and verb.lemma_.lower() in LIGHT_VERBS
        for c in children_of(verb)
        if c.dep_ in {"agent", "prep"} and c.lower_ in MEANS_PREPOSITIONS
        for t in subtree_of(c)
    }


def _the_call_it_was_in(trigger: Token) -> set[str]:
    """The words of a call that a relative clause of "in which" or "during which" puts a meeting
    word in: in "agreed during a telephone call last month, in which A said they had also
    discussed the war" the discussing is the call, held by phone. The call is the noun the clause
    follows, past a time told of it ("a call last month, in which"), whatever the parse hangs the
    clause on."""
    token = trigger
    for _ in range(4):
        which = next(
            (
                c
                for c in children_of(token)
                if c.dep_ == "prep"
                and c.lower_ in {"in", "during"}
                and c.i < token.i
                and any(w.lower_ == "which" for w in children_of(c))
            ),
            None,
        )
        if token.dep_ == "relcl" and which is not None:
            before = which.i - 1
            doc = trigger.doc
            while before > 0 and (doc[before].is_punct or doc[before].ent_type_ in {"DATE", "TIME"}):
                before -= 1
            call = doc[before]
            if call.lemma_.lower() not in CALL_NOUNS:
                return set()
            return {t.lower_ for t in doc[max(0, call.i - 3) : call.i + 1]}
        if token.head.i == token.i:
            break
        token = token.head
    return set()


# where a talk was held, told on the verb: "spoke with B in Paris", "talked on the sidelines"
_PLACE_NOUNS = frozenset("sidelines margins fringes summit conference palace office residence".split())


def _named_a_call(trigger: Token) -> bool:
    """Whether a verb of speaking names its talk as a call in the same breath: "spoke with B on
    Monday, in a conversation that lasted an hour" (the talk told as one; "and described the call
    as friendly" after it is read by article._called_a_call_after). A
    "conversation" is a call only where the verb tells no place it was held in: "talked with B on
    the sidelines of the summit, in a long conversation" is in person."""
    if trigger.dep_ == "pobj" and trigger.head.lower_ in {"in", "during"}:
        trigger = trigger.head.head  # the "conversation" of "spoke with B, in a conversation"
    if trigger.lemma_.lower() not in {"speak", "talk"} or trigger.pos_ != "VERB":
        return False
    placed = any(
        c.dep_ == "prep"
        and any(
            w.dep_ == "pobj" and (w.ent_type_ in {"GPE", "LOC", "FAC"} or w.lower_ in _PLACE_NOUNS)
            for w in children_of(c)
        )
        for c in children_of(trigger)
    )
    named = [
        w
        for c in children_of(trigger)
        if c.dep_ == "prep" and c.lower_ in {"in", "during"}
        for w in children_of(c)
        if w.dep_ == "pobj"
    ]
    return any(
        w.lemma_.lower() == "call" or (w.lemma_.lower() == "conversation" and not placed) for w in named
    )


def a_call_of_its_own(noun: Token) -> bool:
    """A call told with parties of its own ("between A and B") as the complement of a thing
    ("the outcomes of the telephone conversation between A and B", "a follow-up to the call
    between the two presidents"): another event than the meeting of its clause, which may be
    held in person; not a call the verb is told in ("agreed during a call between A and B")."""
    return (
        noun.lemma_.lower() in CALL_NOUNS
        and noun.pos_ == "NOUN"
        and noun.dep_ == "pobj"
        and noun.head.head.pos_ in {"NOUN", "PROPN"}
        and any(c.dep_ == "prep" and c.lower_ == "between" for c in children_of(noun))
    )


def _joined_from_afar(preposition: Token, trigger: Token) -> bool:
    """A "with" clause of its own subject that tells how one of the people took part: in "held a
    meeting in Doha, with Macron joining by video link" the meeting was held in person, where the
    others met; only Macron's part was from afar."""
    return (
        preposition.lower_ == "with"
        and trigger not in subtree_of(preposition)
        and any(
            c.dep_ in {"pcomp", "pobj"} and c.tag_ == "VBG" and any(g.dep_ == "nsubj" for g in children_of(c))
            for c in children_of(preposition)
        )
    )


# the words that take "video" as the way a meeting is held: "by video", "via video", "over video"
MEDIA_PREPOSITIONS = frozenset("by via over through on".split())


def _a_video_shown(token: Token) -> bool:
    """Whether "video" names a film shown or sent, not the way a meeting was held: "ambushed him
    with a video during a meeting", "screened a video of the farms". The way is told by the word
    modifying the meeting's own noun ("a video call", "a video link", "a video summit") or after a
    preposition of means ("joined by video", "spoke via video"); "videoconference", "virtual" and
    "online" tell it by themselves."""
    if token.lower_ != "video":
        return False
    if token.dep_ in {"compound", "amod", "nmod"}:
        return False  # "a video call"
    return not (token.dep_ == "pobj" and token.head.lower_ in MEDIA_PREPOSITIONS)


def _hung_on_a_person(verb: Token, joined: Token) -> bool:
    """Whether a passive verb with no subject of its own is joined by the parser to an active verb
    whose subject is a person, who cannot be what it says was done ("Macron hosted the king at a
    dinner during a visit that was meant to take place in March but was postponed"): it goes on
    the clause of the event told between them, not on the meeting. "A was due to meet B but
    cancelled" (active) and "The talks were planned but were postponed" (a passive verb
    joined to a passive one) are read as they are."""
    if joined.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in children_of(joined)):
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in children_of(joined)):
        return False
    if any(c.dep_ == "auxpass" for c in children_of(verb)):
        return False
    subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.ent_type_ == "PERSON" for s in subjects)


def _told_of_the_clause(joined: Token) -> list[Token]:
    """The words of a clause joined to a meeting's that can tell what became of it: its subtree
    without the relative clauses that describe a thing it names that is no meeting or journey ("met
    B and visited the town of C, where bodies were found after the troops withdrew": the troops'
    withdrawal is C's story, not the meeting's). A relative clause on a meeting word or a trip
    still tells ("and then a summit, which was postponed")."""
    words = subtree_of(joined)
    if not any(t.dep_ == "relcl" for t in words):
        return list(words)
    aside = {
        d.i
        for t in words
        if t.dep_ == "relcl" and t.head.lemma_.lower() not in PLAN_SETTINGS and not is_trigger(t.head)
        for d in subtree_of(t)
    }
    return [t for t in words if t.i not in aside]


# the words that tell an act done in place of another: "called off the trip and instead phoned B"
INSTEAD_WORDS = frozenset("instead".split())


def _held_instead(verb: Token) -> bool:
    """Whether a verb tells its act done in place of what the clause joined to it calls off:
    "cancelled his trip to Kampala and instead held phone talks with B" (the talks were held)."""
    return any(c.dep_ == "advmod" and c.lower_ in INSTEAD_WORDS for c in children_of(verb))


def _undoes_another_thing(verb: Token) -> bool:
    """Whether a verb of calling off in a clause joined to a meeting's is denied, or undoes an
    object of its own that is no meeting, journey or pronoun for one: "met B and pledged that the
    US would not abandon its commitment", "held talks and agreed to suspend tariffs" tell nothing
    of the meeting; "but the trip was cancelled", "but then postponed it", "and scrapped the
    visit" do."""
    if negated(verb):
        return True
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    # what is denied or called off may be a clause ("denies Mexico will close the border", "denied
    # that troops had crossed"): one that tells no meeting, journey or plan is another thing
    clauses = [c for c in children_of(verb) if c.dep_ == "ccomp"]
    if any(c.dep_ == "nsubj" and _a_thing_not_a_party(c) for c in children_of(verb)):
        return True  # "asked for the Rwandan forces to withdraw": the forces' act, not the meeting's
    return any(
        o.pos_ in {"NOUN", "PROPN"} and o.lemma_.lower() not in PLAN_SETTINGS and not is_trigger(o)
        for o in objects
    ) or any(
        not any(t.lemma_.lower() in PLAN_SETTINGS or is_trigger(t) for t in subtree_of(c)) for c in clauses
    )


def _a_thing_not_a_party(noun: Token) -> bool:
    """Whether the subject of a verb of calling off is a common noun that names no meeting,
    journey, side or office ("forces", "troops", "prices"), whose own act the verb tells; not "the
    delegation withdrew", "the Ukrainian side pulled out", "the summit was postponed"."""
    lemma = noun.lemma_.lower()
    return (
        noun.pos_ == "NOUN"
        and not noun.ent_type_
        and lemma not in PLAN_SETTINGS | PARTY_WORDS | DELEGATION_NOUNS
        and noun.lower_ not in PARTY_WORDS | DELEGATION_NOUNS
        and not is_trigger(noun)
        and not title_word(noun)
    )


def _given_up(verb: Token) -> bool:
    """Whether a verb is "give up" (its particle, not "give up ground"'s object), which abandons
    what it is "on" or what it takes: "has given up on arranging a meeting between A and B", "gave
    up hopes of a summit", "gave up the plan to meet B" (not "gave up nothing in the talks")."""
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() == "give"
        and any(c.dep_ == "prt" and c.lower_ == "up" for c in children_of(verb))
        and not negated(verb)
    )


def _readiness_only(chain: list[Token]) -> bool:
    """Whether a meeting is only what its subject is said to be ready for: the meeting verb or
    noun hangs, through at most a light verb, on an adjective of readiness, as its infinitive ("is
    ready to meet B", "is prepared to hold talks with B") or after its "to" or "for" ("is open to
    speaking with B", "said she was open to talks with B", "is ready for talks"). A readiness sets
    no date and holds nothing. Not a readiness told in a clause after the meeting ("met B and is
    ready to meet him again" tells the meeting held)."""
    for down, up in itertools.pairwise(chain[:5]):
        if up.pos_ == "ADJ" and up.lemma_.lower() in READY:
            return down.dep_ == "xcomp" or (down.dep_ == "prep" and down.lower_ in {"to", "for"})
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in children_of(down)):
            return False  # a clause of its own: "met B, and is ready to go on" tells the meeting
    return False


def _conceded(clause: Token, trigger: Token) -> bool:
    """Whether a word heads an adverbial clause of concession or contrast ("although", "though",
    "even though", "whereas") that does not hold the trigger: an act granted beside the meeting,
    whose means are its own."""
    return (
        clause.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in CONCESSIONS for c in children_of(clause))
        and trigger not in subtree_of(clause)
    )


# the verbs by which one goes to a gathering, which denied keep one away from it
GOING_TO_A_GATHERING = frozenset("attend join".split())
# the verbs by which one holds a gathering others go to: "the summit that B is hosting"
HOLDING_A_GATHERING = frozenset("host co-host convene chair organise organize".split())


def _stayed_away_from_its_host(trigger: Token, verb: Token) -> bool:
    """A gathering one says they will not attend, or did not, that a clause on it tells another
    holds, is stayed away from as one skipped is: a meeting with its host called off ("Modi will
    not attend the summit that Kishida is hosting in Tokyo", "did not attend the forum convened by
    Ruto"). Not one with no host told ("will not attend the summit"), whose leaving out says
    nothing of whom they would have met, nor a denied going to talks between others."""
    if trigger.dep_ != "dobj" or trigger.head != verb or verb.lemma_.lower() not in GOING_TO_A_GATHERING:
        return False
    if not negated(verb):
        return False
    return any(
        c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in HOLDING_A_GATHERING and not negated(c)
        for c in children_of(trigger)
    )


# the words one takes part in a meeting by, with the preposition that takes the meeting, if any:
# "attend talks", "join the meeting", "take part in a summit", "participate in talks"
TAKING_PART = {"attend": None, "join": None, "take": "in", "participate": "in"}
# the words by which a meeting's own side is named among its two: "between its foreign minister and B"
ITS_OWN = frozenset("its their his her".split())


def _one_side_stays_away(trigger: Token, verb: Token) -> bool:
    """One side saying it will not take part in a meeting of two sides named by "between", one of
    them its own ("Azerbaijan said it would not take part in a meeting between its foreign minister
    and B", "Ethiopia will not attend talks between its foreign minister and B"): without one of its
    two sides the meeting is called off. Not talks of others one stays away from ("France will not
    take part in talks between A and B"), nor "take part" with no "part" ("did not take him in")."""
    lemma = verb.lemma_.lower()
    if lemma not in TAKING_PART or not negated(verb):
        return False
    if lemma == "take" and not any(c.dep_ == "dobj" and c.lower_ == "part" for c in children_of(verb)):
        return False
    by = TAKING_PART[lemma]
    if by is None:
        taken = trigger.dep_ == "dobj" and trigger.head == verb
    else:
        taken = trigger.dep_ == "pobj" and trigger.head.lower_ == by and trigger.head.head == verb
    return taken and any(
        t.dep_ == "poss" and t.lower_ in ITS_OWN
        for c in children_of(trigger)
        if c.dep_ == "prep" and c.lower_ == "between"
        for t in subtree_of(c)
    )


def meeting_kind(trigger: Token, verb: Token, sentence: Span, clause: set[int]) -> MeetingKind | None:
    near = clause_tokens(sentence, clause)
    chain = _scope(trigger)
    settled = settled_at(trigger)
    if settled is not None:  # "agreed during talks to ...": the act done there makes them no plan
        chain = chain[: chain.index(settled)] if settled in chain else chain
    pairs = list(itertools.pairwise(chain))
    relatives = [c for c in describing(trigger) if not _a_timetable(c)]
    told = [
        *chain,
        *(t for c in relatives for t in subtree_of(c) if not _its_own_act(t, c)),
    ]  # the words above the trigger and those describing it (not what it did to another thing)
    lemmas = {t.lemma_.lower() for t in told}
    stated = {t.lower_ for t in told}
    # another event that is the clause's subject is told of itself, not of the meeting: "The
    # cancellation followed a meeting on Saturday", "The postponement came days after talks"
    elsewhere = _other_subject(trigger, verb)
    words = {t.lower_ for t in near if t.i not in elsewhere} | stated
    if _invited_only(chain):
        return None  # "Macron, who invited her to visit Paris": an invitation, no plan yet
    if _judged_back(trigger):
        return None  # 'B called the meeting "a positive step"': one told before, B its judge
    if any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for t in chain[1:4] for c in children_of(t)):
        return None  # "Asked whether he planned to travel to Taiwan": a question put, no plan told
    if _talks_carried_on(trigger):
        return None  # "agreed to continue negotiations": a process going on, no meeting set
    if _refused(chain):
        return "cancelled"  # "was refused a meeting with Tiani", "barred from meeting her": sought, not held
    if _request_refused(chain):
        return "cancelled"  # "requested an audience with B, but the palace turned down the request"
    if (without := gone_without(chain)) is not None:
        # "left without meeting B": sought or expected, not held; set before what it goes with,
        # "Without talks with Putin, no deal will hold", a condition, no meeting at all
        return "cancelled" if without.i > without.head.i else None
    if any(t.pos_ == "VERB" and (t.lemma_.lower() in REFUSALS or _ruled_out(t)) for t in chain[1:4]):
        return None  # "ruled out talks with Aliyev": none was set
    if _plan_denied(chain):
        return "cancelled"  # "nothing has been planned for talks between A and B"
    if _dropped(chain):
        return "cancelled"  # "a preparatory meeting was no longer needed"
    if _planned_yet_not_held(trigger, verb):
        return "cancelled"  # "A planned meeting with Aung Kyaw Moe did not take place"
    if _called_off_past_its_plan(trigger):
        return "cancelled"  # "A meeting planned for Kampala next week has been cancelled, X said"
    if then_said_not_held(trigger):
        return "cancelled"  # "was ready to meet B on Thursday, but the meeting never happened"
    trying = [up for down, up in pairs[:3] if down.dep_ == "xcomp" and up.pos_ in {"VERB", "AUX"}]
    if any(up.lemma_.lower() == "fail" or (up.lemma_.lower() in TRYING and negated(up)) for up in trying):
        return "cancelled"  # "did not manage to meet in Hiroshima", "failed to meet": sought, not held
    if _stayed_away_from_its_host(trigger, verb):
        return "cancelled"  # "will not attend the summit that B is hosting": as one who skips it
    if _one_side_stays_away(trigger, verb):
        return "cancelled"  # "said it would not take part in a meeting between its minister and B"
    # "have not sat down together since their encounter in April", "had not signed the deal after
    # twelve hours of talks": the verb's "not" denies its own act, not the meeting told as its time
    since = nominal(trigger) and _told_as_the_time(chain)
    if any(
        t.dep_ == "neg"
        for t in (
            *children_of(trigger),
            *([] if since else children_of(verb)),
            *(c for up in trying for c in children_of(up)),
        )
    ) or any(c.dep_ == "det" and c.lower_ in {"no", "any"} for t in chain[:4] for c in children_of(t)):
        return None  # "did not meet", "did not manage to meet", "no arrangements for a meeting of any sort"
    if not since and _denied_by_inversion(verb):
        return None  # "Nor did A sit down with B", "Neither did A hold talks with B": not met either
    if any(down.dep_ == "xcomp" and _yet_to(up) for down, up in pairs[:3]):
        return None  # "have yet to meet in person", "is yet to hold talks with B": not met so far
    if _effect_hoped(trigger):
        return "in_person"  # "hoped that his visit to Qatar would deepen relations": the visit made
    auxiliaries = {
        c.lower_
        for t in _to_its_verb(_of_its_own_tense(chain))
        for c in (*children_of(t), *_shared_auxiliaries(t))
        if c.dep_ in {"aux", "auxpass"}
    }
    wished = [lemma_of(up) for down, up in pairs if down.dep_ in {"xcomp", "ccomp", "dobj"}]
    wished = [w for w in wished if w in WISHES]
    # one's own hope to meet is a plan ("Trump has said he hopes to meet Putin, possibly in Saudi
    # Arabia"); what ought to be, or others urge, is none
    intended = bool(wished) and set(wished) <= INTENTIONS
    if (
        auxiliaries & HYPOTHETICAL_AUX
        or (wished and not intended)
        or any(t.lower_ in {"if", "unless", "whether"} for t in near)
        or (
            trigger.dep_ == "pobj"
            and trigger.head.lower_ == "for"
            and trigger.head.head.lemma_.lower() in CALLS_FOR | WISHES
        )
        or _only_a_chance(pairs[:4])
    ):
        return None  # "could meet", "ought to meet", "called for talks with ...", "a chance that"
    if "would" in auxiliaries and words & WILLING:
        return None
    # a clause joined to the trigger's: "were due to hold talks, but the trip was canceled"
    contrast = [
        t
        for above in chain
        for c in above.conjuncts
        if not _hung_on_a_person(above, c) and not _held_instead(above)
        for t in _told_of_the_clause(c)
    ]
    contrasted = {t.lemma_.lower() for t in contrast}
    # of those, the words that undo something as verbs: "but the trip was canceled", not the
    # noun of "urged a ceasefire without delay"
    undone = {t.lemma_.lower() for t in contrast if t.tag_.startswith("VB") and not _undoes_another_thing(t)}
    # a person suspended, dismissed or withdrawn over the meeting is undone, not the meeting: "was
    # suspended from office over a leaked phone call with B" (the call was held)
    lemmas -= {t.lemma_.lower() for t in chain[1:] if _a_person_undone(t)}
    if _held_after_all(trigger, verb):
        return "in_person"  # "The summit, planned for Monday but postponed, went ahead on Wednesday"
    if (
        lemmas & CANCEL_WORDS - {"call"}
        or undone & CANCEL_WORDS - {"call"}
        or {"call", "off"} <= contrasted  # "ready to meet X, but a proposed meeting was called off"
        # "was planned for May but had to be put off"; not "and was not put off"
        or any(t.lemma_.lower() == "put" and calls_off(t) and not negated(t) for t in contrast)
        or ({"off"} & words and lemmas & {"call", "put"})  # "called off", "has been put off"
        # "has been put on hold", also where the parser joined it to the meeting verb as a conjunct
        or any(_on_hold(t) for t in (*chain[:4], *(c for above in chain[:2] for c in above.conjuncts)))
        or _told_off(trigger)  # "the talks are off"
        or _the_purpose_of_a_trip_called_off(chain)  # "called off a trip to Rome to meet B"
        or ({"out"} & words and "pull" in lemmas)  # "pulled out of the summit"
        or any(_given_up(t) for t in chain[1:5])  # "has given up on arranging a meeting with B"
        # not what the talks were about: "held phone talks with B over his cancelled trip"
        or ({t.lower_ for t in near if t.i not in elsewhere | _its_topic(trigger, near)} | stated)
        & CANCELLED_WORDS
        or ("reject" in lemmas and lemmas & REPORT_NOUNS)
        or _plan_overtaken(chain)
        or _there_overtaken(chain)
        or any(_would_have(t) for t in chain[:4])  # "would have been their first meeting"
        # the counterfactual on the verb that brings the people to the meeting, however deep the
        # meeting noun sits under it: "The round would have brought A and B back to Muscat for
        # another session of talks"
        or (verb in chain and _would_have(verb))
    ):
        return "cancelled"
    if _readiness_only(chain):
        return None  # "is ready to meet B", "is open to speaking with B": a readiness, no meeting
    # "Xi to visit Moscow"; "PM Anwar to travel to Indonesia for talks" (the name parsed as the root)
    headline_future = (
        verb.dep_ == "ROOT" and "to" in {c.lower_ for c in children_of(verb) if c.dep_ == "aux"}
    ) or headline_subject(verb)
    future = (
        auxiliaries & {"will", "shall", "'ll", "would"}
        # a verb trigger is the act told, no plan of it: "Lee and Ishiba agreed on Saturday to"
        or {t.lemma_.lower() for t in told if not _done_with(t) and not (t == trigger and t.pos_ == "VERB")}
        & PLAN_WORDS
        or _plan_modifiers(trigger)
        or (lemma_of(trigger) == "stop" and bool(stops_to_come(trigger)))  # "before stops in A and B"
        or stated & PLAN_FORMS
        or headline_future
        or _to_be_held(chain)
        or _due(chain)
        or _planned_for_it(trigger)
        or any(_to_come_about(c) for c in children_of(trigger))  # "a summit, which will take place"
        or any(announced(t) for t in chain[:3])  # "announced his visit to Algiers for talks"
        or _before_a_plan(chain)
        or _after_an_act_to_come(trigger)
        or _proposed(chain)
        or (looked_ahead_to(trigger) and not _told_already(trigger))
        or _present_for_future(chain)
        or _journey_scheduled(chain)
        or _looked_forward_to(chain)
        or _waited_for(chain)
        or intended
        or _supposed_to(chain)
        or _chaired_to_come(trigger)
        or _on_the_programme(chain)
        or _being_arranged(trigger)
        or _the_headlines_next_step(chain)
    )
    if (
        future
        or (trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in PLAN_WORDS | GOING)
        # "invited Xi to Moscow", "invited him to Washington for a state visit": a visit to come
        or any(t.lemma_.lower() == "invite" and t.pos_ == "VERB" for t in chain[:3])
    ):
        # a plan the sentence says what it would have been, or one told in the past perfect however
        # far above the meeting ("had planned to award him the Cross in a ceremony during the
        # visit"): one that did not go ahead
        overtaken = (
            _would_have_been(sentence)
            or _plan_overtaken(chain, reach=len(chain))
            # "the talks he had been due to hold on Tuesday": the plan a relative clause tells
            or any(_plan_overtaken([c]) for c in relatives)
            or _in_a_trip_called_off(chain)
        )
        return "cancelled" if overtaken else "planned"
    # how it was held is said of it, not of another event that is the subject: "The call followed a meeting"
    others = set(elsewhere)
    # nor of an event it came after or before: "met at the G7, after a telephone conversation on June 9"
    others |= {
        t.i
        for p in near
        if p.lower_ in {"after", "before", "since", "following"} and trigger not in subtree_of(p)
        for t in subtree_of(p)
    }
    if nominal(trigger) and trigger.dep_ == "pobj" and trigger.head.lower_ in SETTINGS:
        # an appeal made at the meeting is no means of it: "He made the call at a meeting with Sharif"
        others |= {
            t.i
            for t in near
            if t.lemma_.lower() == "call"
            and t not in subtree_of(trigger)
            and not any(c.lower_ in PHONE_WORDS | VIDEO_WORDS for c in children_of(t))
        }
    others |= {t.i for t in near if an_appeal(t)}  # "meets Sisi in Cairo, calls for Gaza ceasefire"
    # nor of what a clause of concession or contrast grants beside it: "last met in person in
    # Osaka, although they have spoken by phone since", "met in Rome, whereas earlier talks were
    # held by video"
    others |= {t.i for c in near if _conceded(c, trigger) for t in subtree_of(c)}
    # nor of a call of its own that it is told to follow up: "held talks in Algiers, in
    # implementation of the outcomes of the telephone conversation between the two presidents"
    others |= {
        t.i for c in near if a_call_of_its_own(c) and trigger not in subtree_of(c) for t in subtree_of(c)
    }
    others |= {t.i for p in near if _joined_from_afar(p, trigger) for t in subtree_of(p)}
    means = {t.lower_ for t in near if t.i not in others and not _a_video_shown(t)} | stated
    means |= _held_by(chain)
    if trigger.lemma_.lower() in {"speak", "talk"} and not means & (PHONE_WORDS | VIDEO_WORDS):
        # how they spoke, told by what they were doing then: "had spoken on Saturday, when Carney
        # joined a video call hosted by Starmer"
        means |= {
            "phone" if _rang(t) else t.lower_  # "had spoken on May 3, when she called to congratulate him"
            for c in subtree_of(trigger)  # on the verb or on its day ("on Saturday, when ...")
            if c.dep_ in {"advcl", "relcl"} and any(w.lower_ == "when" for w in children_of(c))
            for t in subtree_of(c)
            if not _a_video_shown(t)
        }
    means |= _the_call_it_was_in(trigger)
    if _named_a_call(trigger) and not means & VIDEO_WORDS:
        means.add("phone")  # "had just spoken with B and described the call as friendly"
    if means & VIDEO_WORDS:
        return "video"
    if _courtesy_call(trigger) or any(_courtesy_call(t) for t in near if t.i not in others):
        return "in_person"  # "called on Vice President Han Zheng in Beijing", "received a courtesy call"
    if means & PHONE_WORDS or trigger.lemma_.lower() in CALL_VERBS - {"speak"}:
        return "phone"
    return "in_person"
