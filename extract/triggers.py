"""The words that can state a meeting: verbs ("met", "hosted", "spoke with"), nouns ("talks",
"a call", "a visit"), and what makes one no meeting at all (counts, vague references).

Also the cheap test before parsing: a text without any trigger's spelling states no meeting."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from extract import dates, gazetteer, places
from extract.circumstances import (
    JOINT_VERBS,
    LEAVING_VERBS,
    LINKED_NOUNS,
    TOWN_NOUNS,
    TRAVELLING_PARTIES,
    a_when_clause,
    led_a_delegation,
    place_spans,
)
from extract.gatherings import GATHERING_NOUNS
from extract.records import Place
from extract.roles import find_role
from extract.shared_acts import DEALING_VERBS, a_person, shares_an_act
from extract.spans import (
    ancestors_of,
    children_of,
    listed_before,
    passive_agents,
    prep_objects,
    span_tokens,
    subjects_of,
    subtree_of,
    verb_above,
    with_objects,
)
from extract.spans import lemma_of as lemma_of
from extract.titles import STYLES, title_word
from extract.vocabulary import MEETING_NOUNS

if TYPE_CHECKING:
    from extract.found import Found  # found imports people, which imports this module

# "fete" is to host with honours: "was feted by Xi in Beijing" tells a meeting in person
MEETING_VERBS = frozenset(
    "meet host receive welcome fete visit sit talk greet embrace hug negotiate confer".split()
)
CALL_VERBS = frozenset("speak call phone telephone dial".split())
# an envoy hands a leader's letter or message to its addressee in person: a meeting of the two,
# not of the sender, who is not there
DELIVERY_VERBS = frozenset("deliver hand convey present".split())
MISSIVES = frozenset("message letter missive invitation".split())
# the steps of joining a treaty whose instrument a state's envoy or leader hands over in person:
# "handed Sweden's instrument of accession to Blinken"
TREATY_STEPS = frozenset("accession ratification".split())
# condolences are offered in person when a trip is made to offer them: the visitor meets the
# bereaved host ("flew to Amman to offer condolences to the King"); offered alone, they are as
# often a statement or a call, and tell no meeting
CONDOLENCES = frozenset("condolence sympathy".split())
CONDOLING_VERBS = frozenset("offer extend express convey pay present".split())
REMOTE_WORDS = frozenset("video phone telephone audio web".split())
# what the model takes a town for where it misses it: a body ("Dhaka"), a building ("Port-au-Prince")
# or a person ("Abuja")
MISTAKEN_PLACES = frozenset({"ORG", "FAC", "PERSON"})
# what a phone or telephone word may name other than a call: "exchanged phone numbers"
PHONE_THINGS = frozenset(
    "number numbers line lines record records company companies bill bills book directory tap "
    "tapping hacking charger camera screen app handset handsets call-log log".split()
)
# where an adjective stands for a noun: "held a bilateral with", "the bilateral was held"
NOUN_PLACES = frozenset("dobj pobj nsubj nsubjpass".split())
MEDIA_WORDS = frozenset(
    "interview reporters journalists press television channel newspaper broadcaster radio media".split()
)
GUARD_VERBS = frozenset("inspect review".split())
# verbs of a commitment made jointly: "A and B agreed on Saturday to", "pledged", "vowed"
AGREEING_VERBS = frozenset("agree pledge vow".split())
# verbs of an act two people do together, a meeting in some frames only (see ``shared_acts``):
# "spent five hours with B", "faced a team led by B", "struck a deal on Sunday"
SHARED_ACTS = frozenset({"spend", "face"}) | DEALING_VERBS
LINKED_VERBS = frozenset("convene dine engage huddle lunch".split())
# verbs of a meeting behind closed doors, in the passive: "A was closeted with B", "the three men
# had been closeted in the presidential complex"
CLOSETED_VERBS = frozenset({"closet"})
RELATIONS = frozenset("interaction engagement dialogue dialog consultation discussion".split())
LIGHT_VERBS = frozenset("have hold conduct host begin start open".split())
# verbs of hosting that are a meeting only with a person as their object: "entertained the king
# at a state banquet", "entertained Modi at his ranch"; not "entertained the idea", "entertained
# the crowd"
HOSTING_VERBS = frozenset(["entertain"])
# verbs that take in a people as well as a guest: "receive Palestinians", "host refugees"
TAKING_IN_VERBS = frozenset("receive welcome host accept admit take".split())
# those a country takes in, not a party met: "hosts refugees", "welcomed migrants"
PEOPLES_TAKEN_IN = frozenset(
    "refugee migrant immigrant asylum-seeker evacuee deportee displaced exile returnee".split()
)
PARTY_WORDS = frozenset(
    "counterpart counterparts president prime minister leader leaders king emir envoy delegation "
    "premier chancellor secretary ambassador elect president-elect him her them".split()
)
QUANTIFIERS = frozenset("several many multiple numerous few some number dozens".split())
SINGLE_PAST = frozenset("previous past prior".split())
# what two people exchange only face to face: "exchanged pleasantries", "exchanged a few words"
# (words told as brief; not "exchanged harsh words", a spat at a distance, nor "exchanged New Year
# greetings" or "letters", sent)
FACE_TO_FACE_EXCHANGES = frozenset("pleasantries handshakes".split())
BRIEF_WORDS = frozenset("brief few quick".split())
# what two people exchange in a conversation, held in person or on a call: "exchanged views with
# the Sudanese President", "A and B exchanged opinions on trade" (not "exchanged letters", sent)
CONVERSATION_EXCHANGES = frozenset("views opinions ideas thoughts".split())
HOW_OFTEN = frozenset(
    "daily weekly monthly yearly annually regularly often frequently routinely repeatedly".split()
)
# the dependents of a meeting verb that are clauses of their own, whose adverbs tell their own acts
OWN_CLAUSES = frozenset("advcl ccomp relcl conj parataxis".split())
VAGUE_MODIFIERS = frozenset(
    "previous past prior several many multiple numerous frequent regular countless".split()
)
# nouns that gather many meetings into one run: "the latest in a series of conversations"
SERIES = frozenset("series string spate flurry succession chain slew raft number handful couple".split())


# verbs that set negotiations going: "launch trade talks", "resume negotiations on" (not "concluded
# negotiations on a defence pact", which tells of talks held)
PROCESS_VERBS = frozenset("launch start begin open resume restart".split())
# the stages of talks set going: "resume the second phase of negotiations", "a new round of talks"
STAGES = frozenset("phase round stage".split())
# words before "talks" that tell their setting, not their subject: "bilateral talks", "formal talks"
SETTINGS = frozenset("bilateral formal informal official direct further high-level fresh new more".split())
# verbs of talks that failed, which tell the state of a process, not a sitting: "talks between A
# and B collapsed last year", "negotiations stalled", "the dialogue broke down in October"
FAILING_VERBS = frozenset("collapse stall falter founder fail fizzle derail break".split())

# the parts of speech a trigger can have
TRIGGER_POS = frozenset({"VERB", "NOUN", "PROPN", "ADJ"})


_TRIGGERS = "dipgraph.triggers"


def is_trigger(token: Token) -> bool:
    """Whether a word states a meeting, a call or a visit; read once per word and kept in
    ``doc.user_data``, since the rules ask again of the same word (over the development sets,
    56,000 asks of a word of a trigger's part of speech, 15,000 words)."""
    if token.pos_ not in TRIGGER_POS:
        return False  # most words, whose lemma need not be read
    known: dict[int, bool] | None = token.doc.user_data.get(_TRIGGERS)
    if known is None:  # not setdefault(_TRIGGERS, {}): no empty dict made at each of the asks
        known = token.doc.user_data[_TRIGGERS] = {}
    if (answer := known.get(token.i)) is None:
        answer = known[token.i] = _reads_as_trigger(token)
    return answer


# the adverbs that tell a handshake or a few words was all two people had: "only shook hands"
ONLY = frozenset("only merely".split())


def _only(verb: Token) -> bool:
    """Whether a handshake or exchange is told as all there was, no meeting held: "The two men only
    shook hands over dinner" (after a meeting between them was turned down)."""
    return any(c.dep_ == "advmod" and c.lower_ in ONLY and c.i < verb.i for c in children_of(verb))


def _a_people_taken_in(noun: Token) -> bool:
    """Whether the object of "receive" or "host" is a people or a crowd taken in, not a guest:
    a nationality in the plural ("refused to receive Palestinians", "welcomed Ukrainians"), or
    refugees, migrants or asylum seekers ("hosts two million refugees", "asylum seekers")."""
    if noun.ent_type_ == "NORP" and noun.tag_ in {"NNPS", "NNS"}:
        return True
    return noun.tag_ == "NNS" and (
        noun.lemma_.lower() in PEOPLES_TAKEN_IN
        or (noun.lemma_.lower() == "seeker" and any(c.lower_ == "asylum" for c in children_of(noun)))
    )


# what a state is welcomed or admitted "as": a member of a bloc, an ally, a partner
ADMITTED_AS = frozenset("member ally partner signatory party observer".split())


def _a_state_admitted(verb: Token) -> bool:
    """Whether "welcome" (or "receive", "admit") takes a state into a bloc or a role, no guest
    met: "welcomed Sweden as the newest ally", "welcomed Finland into NATO" (a country on the verb,
    with "as" a member or ally, or "into" a body)."""
    children = children_of(verb)
    if not any(c.dep_ == "dobj" and c.ent_type_ == "GPE" for c in children):
        return False
    for prep in children:
        if prep.dep_ != "prep":
            continue
        objects = [g for g in children_of(prep) if g.dep_ == "pobj"]
        if prep.lower_ == "into" and any(g.ent_type_ == "ORG" for g in objects):
            return True
        if prep.lower_ == "as" and any(g.lemma_.lower() in ADMITTED_AS for g in objects):
            return True
    return False


def _a_guest(noun: Token) -> bool:
    """Whether an object names one person or a party of them: a name, an office or a pronoun
    ("Modi", "the king", "his counterpart", "him"), not a thing or a crowd ("the idea", "the
    crowd")."""
    return noun.ent_type_ == "PERSON" or noun.lower_ in PARTY_WORDS or noun.lemma_.lower() in PARTY_WORDS


# what "met ... through" may tell besides the way two people came to know each other: the time
# the meeting lasted ("met through the night") or the means of a remote one ("through a video link")
THROUGH_A_TIME = frozenset("night day days morning afternoon evening weekend week hours".split())
THROUGH_A_MEANS = frozenset(
    "link video videoconference videolink phone telephone interpreter translator".split()
)


def _got_to_know(verb: Token) -> bool:
    """Whether "meet" tells how someone came to know another, by the shared thing "through"
    which they met ("met Marcel Malanga through high school football", "had met him through a
    mining venture"): an acquaintance made, no meeting held on a day. Not a time ("met through the
    night") nor a means ("met through a video link")."""
    for prep in children_of(verb):
        if prep.dep_ != "prep" or prep.lower_ != "through":
            continue
        for noun in children_of(prep):
            if noun.dep_ != "pobj" or noun.ent_type_ in {"DATE", "TIME"}:
                continue
            words = {t.lower_ for t in subtree_of(noun)}
            if noun.lemma_.lower() not in THROUGH_A_TIME and not words & (THROUGH_A_MEANS | REMOTE_WORDS):
                return True
    return False


def _reads_as_trigger(token: Token) -> bool:
    pos = token.pos_
    lemma = lemma_of(token)
    if expected_in(token):
        return True  # "is expected in Kigali next": a trip to come, as "will travel to Kigali"
    if pos == "VERB":
        if (
            lemma == "confer"
            and any(c.dep_ == "dobj" for c in children_of(token))
            and any(c.dep_ == "nsubj" and c.ent_type_ in {"GPE", "ORG", "NORP"} for c in children_of(token))
        ):
            return False  # "Fiji conferred its highest honour on Modi": a country's award, no one met
        if lemma in TAKING_IN_VERBS and any(
            c.dep_ == "dobj" and _a_people_taken_in(c) for c in children_of(token)
        ):
            return False  # "if they refused to receive Palestinians", "hosts two million refugees"
        if lemma in TAKING_IN_VERBS and _a_state_admitted(token):
            return False  # "welcomed Sweden as the newest ally", "welcomed Finland into NATO"
        if lemma == "meet" and _got_to_know(token):
            return False  # "had met Malanga through a gold-mining venture": an acquaintance made
        if lemma in MEETING_VERBS:
            return not (
                lemma == "sit"
                and not any(c.lower_ == "down" for c in children_of(token))
                and not _beside_someone(token)
                and not _across_from_someone(token)
                and not _at_one_table(token)
            )
        if lemma in HOSTING_VERBS:  # "Macron entertained the king at a state banquet"
            return any(c.dep_ == "dobj" and _a_guest(c) for c in children_of(token))
        if lemma in CALL_VERBS | {"chat"} and _once_more(token):
            return True  # "held talks in Bali, and spoke briefly again in Johannesburg"
        if lemma in {"speak", "talk", "chat"} and _talked_face_to_face(token):
            return True  # "A and B spoke face to face as they left": a meeting of the two
        if lemma in {"speak", "talk", "chat"} and _talked_before_someone(token):
            return True  # "A and B spoke directly in the presence of C": the three in one room
        if lemma in {"speak", "talk"} and _talked_before(token):
            return True  # "The two leaders last spoke in March": their earlier talk
        if lemma in CALL_VERBS | {"talk"} and talking_again(token):
            return True  # "the two were due to speak again on Friday": their next talk
        named = [c for c in children_of(token) if c.dep_ == "oprd" and c.pos_ in {"NOUN", "ADJ"}]
        if lemma == "call" and named:
            return False  # "held what he called productive talks", "called Putin a dictator": a name given
        if lemma in CALL_VERBS:
            # "spoke with X", "called X", "phoned X"; not "called for cooperation",
            # "calling the meeting" or "called the response absurd"
            objects = [c for c in children_of(token) if c.dep_ == "dobj"]
            means = [
                g
                for c in children_of(token)
                if c.lower_ == "by"
                for g in children_of(c)
                if g.lower_ in REMOTE_WORDS
            ]
            if objects and any(c.dep_ == "oprd" for c in children_of(token)):
                return False  # 'called the talks "the best so far" with B': a judgement of them, no call
            return any(  # "spoke with X"; "spoke by telephone with X", the parser hanging "with" on the means
                c.dep_ == "prep"
                and c.lower_ in {"with", "to", "on"}
                and not _a_speech_on_a_day(token, c)
                and not _urged(token, c)
                for t in (token, *means)
                for c in children_of(t)
            ) or (
                lemma != "speak"
                and bool(objects)
                # a name the model took for a place still is one: "had telephoned Milei" (not "called Kyiv")
                and all(_one_called(c) for c in objects)
                and not any(
                    c.dep_ in {"oprd", "xcomp", "ccomp"} and not _purpose(c) for c in children_of(token)
                )
            )
        if lemma == "see":
            return _seeing_someone(token) or _seeing_each_other(token)
        if lemma == "shake":
            return not _only(token) and any(
                c.dep_ == "dobj" and c.lemma_.lower() == "hand" for c in children_of(token)
            )
        if lemma == "exchange":
            if _only(token) or (token.dep_ == "conj" and _only(token.head)):
                return False  # "only shook hands and exchanged a few words"
            return any(c.dep_ == "dobj" and _exchanged_face_to_face(c) for c in children_of(token)) or (
                _views_exchanged(token)
            )
        if lemma == "cross":  # "first crossed paths at the UN": met in person; not "crossed the border"
            return any(c.dep_ == "dobj" and c.lower_ == "paths" for c in children_of(token))
        if lemma in GUARD_VERBS:  # "A and B inspect an honour guard": a welcome, done together
            return any(c.dep_ == "dobj" and c.lemma_.lower() == "guard" for c in children_of(token))
        if lemma in LINKED_VERBS:
            return linked_to_a_party(token, verb=True)
        if lemma in CLOSETED_VERBS:
            return _closeted(token)
        # "put their signatures to" is signing; not "co-chaired a cabinet meeting with his deputy":
        # one government's
        if signs(token):
            return _signed_together(token) and not any(
                c.dep_ == "dobj" and (c.lower_ in DOMESTIC or domestic(c)) for c in children_of(token)
            )
        if lemma in AGREEING_VERBS:
            return _agreed_together(token)
        if lemma in SHARED_ACTS:  # "A spent three hours with B", "A and B struck a deal on Sunday"
            return shares_an_act(token)
        if lemma in BESIDE_VERBS:  # "appeared alongside B", "A and B last appeared together in May"
            return _beside_someone(token) or (lemma in SEEN_TOGETHER_VERBS and _seen_together(token))
        if lemma in WALKING_VERBS:
            return _walked_together(token) or _toured_a_place(token)
        if lemma == "accompany":  # "B accompanied him on a walking tour of the old city"
            return _accompanied_on_a_walk(token)
        if lemma in BY_ONES_SIDE_VERBS:
            return _flanked_by_someone(token)
        if lemma in CONDOLING_VERBS and mourners_visited(token):  # "flew to Amman to offer condolences to B"
            return True
        if lemma in DELIVERY_VERBS:  # "the envoy delivered a letter from Putin to Tebboune"
            return _handed_to_someone(token)
        if lemma in GATHERING_VERBS:  # "Erdogan brought together Mohamud and Abiy": a host and guests
            return brought_together(token)
        if lemma in TRIP_VERBS:
            return bool(destinations(token))
        if lemma in LEAVING_VERBS:  # "is due to leave Ouagadougou for N'Djamena": a trip to N'Djamena
            return bool(places_left_for(token))
        if lemma == "invite":  # "Putin invited Xi to Moscow": a visit to come, to its host
            return bool(destinations(token)) and any(c.dep_ == "dobj" for c in children_of(token))
        return lemma in {"discuss", "tell"}
    if walk_read_as_noun(token):
        return _walked_together(token)
    if pos in {"NOUN", "PROPN"} or (pos == "ADJ" and token.dep_ in NOUN_PLACES):
        if (
            lemma in REMOTE_WORDS
            and token.dep_ in {"compound", "amod"}
            and lemma_of(token.head) in PHONE_THINGS
        ):
            return False  # "exchanged phone numbers", "a phone line": a phone's things, no call
        if lemma == "stop":
            return bool(stops_to_come(token)) or bool(stops_made(token))
        if lemma == "audience" and _listeners(token):
            return False  # "Petro told the audience", "spoke before a packed audience": listeners
        if lemma == "round" and a_round_of_the_talks(token):
            return True  # "That followed a second round in Rome": a round of the talks told before
        if lemma in MEETING_NOUNS or token.lower_ in MEETING_NOUNS:  # also "held a bilateral with"
            return not _negotiations_set_going(token) and not _negotiations_that_failed(token)
        if lemma == "retreat" and any(c.lower_ in {"leaders", "leader"} for c in children_of(token)):
            return True  # "held the annual Leaders' Retreat": a summit of leaders; not "a retreat"
        if lemma == "down" and any(c.lower_ == "sit" and c.dep_ == "compound" for c in children_of(token)):
            return True  # "a sit-down between Trump and Sheinbaum", split by the tokenizer
        if lemma == "conference" and any(c.lower_ in REMOTE_WORDS for c in children_of(token)):
            return True  # "held a video conference with", "a phone conference"
        if lemma == "telephone" and token.dep_ == "pobj" and token.head.lower_ in {"by", "over"}:
            verb = token.head.head  # "A and B spoke by telephone in July", as "by phone"; not where
            # the verb states the call itself ("spoke by telephone with B")
            return verb.lemma_.lower() in CALL_VERBS | {"talk", "confer"} and not is_trigger(verb)
        if lemma == "telephone" and _on_the_line_with_someone(token):
            return True  # "had spent quite a while on the telephone with B", "was on the telephone with B"
        if lemma == "exchange":
            return _an_exchange_with_someone(token)
        if (lemma in WELCOMED_AT and welcome_for(token)) or host_of_a_guest(token):
            return True
        return (
            (lemma in LINKED_NOUNS or token.lower_ in LINKED_NOUNS)
            and linked_to_a_party(token)
            and not _negotiations_set_going(token)
            and not _negotiations_that_failed(token)
        )
    return False


# the words that count a round among others of a series: "a second round", "the next round"
ROUND_COUNTS = frozenset("next new another previous latest last fresh further".split())
# the verbs of people holding a round: "he and Witkoff would hold a second round"
ROUND_VERBS = frozenset("hold have conduct".split())
ROUND_REACH = 3  # sentences back a round of talks is told, for a bare round to be one of them


def a_round_of_the_talks(noun: Token) -> bool:
    """Whether a bare "round" (with no "of" phrase of its own) is a round of talks: one people hold
    ("he said he and Witkoff would hold a second round next Saturday"), or one counted among the
    rounds of talks a sentence just before tells ("A and B held a third round of talks in Muscat.
    That followed a second round in Rome on April 19"). Not a round of an election ("came second
    in the first round"), of voting or of sanctions, nor "a round of applause", nor a round told
    beside a round of talks in its own sentence, a second sitting of those talks."""
    if noun.pos_ != "NOUN" or any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(noun)):
        return False
    if noun.dep_ == "dobj" and lemma_of(noun.head) in ROUND_VERBS:
        subjects = [s for s in children_of(noun.head) if s.dep_ == "nsubj"]
        if _several(subjects) and any(
            t.ent_type_ == "PERSON" or t.lower_ in {"he", "she", "we", "they"}
            for s in subjects
            for t in subtree_of(s)
        ):
            return True
    if not counted_round(noun):
        return False
    # told in the sentences before: a round said beside a round of talks in one sentence is a
    # sitting of those talks ("held a first round of talks on Thursday and a second round on Friday")
    return any(_of_talks(t) is not None for t in noun.doc[rounds_reach(noun) : noun.sent.start])


def counted_round(noun: Token) -> bool:
    """Whether a "round" is counted among others of a series: "a second round", "the next round",
    "another round"."""
    return noun.lemma_.lower() == "round" and any(
        (c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.lower_ in ROUND_COUNTS))
        or (c.dep_ == "det" and c.lower_ == "another")
        for c in children_of(noun)
    )


def rounds_reach(word: Token) -> int:
    """Where the sentences begin that a round of talks told before a word may be in."""
    start = word.sent.start
    for _ in range(ROUND_REACH):
        start = word.doc[start - 1].sent.start if start > 0 else start
    return start


def _of_talks(word: Token) -> Token | None:
    """The meeting word of a round of talks ("a third round of talks"), or None."""
    if word.lemma_.lower() != "round":
        return None
    return next(
        (
            g
            for p in children_of(word)
            if p.dep_ == "prep" and p.lower_ == "of"
            for g in children_of(p)
            if g.dep_ == "pobj" and g.lemma_.lower() in MEETING_NOUNS
        ),
        None,
    )


def _listeners(noun: Token) -> bool:
    """Whether "audience" names those who listen to a speaker, not a formal meeting with someone:
    told or addressed ("Petro told the audience", "addressed the audience"), spoken "to" or
    "before" ("before a packed audience", "speaking to the audience"), or sat "in" ("in the
    audience"); not "an audience with the Pope", "received in audience", "a private audience"."""
    head = noun.head
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in children_of(noun)):
        return False
    if noun.dep_ in {"dobj", "dative"} and lemma_of(head) in LISTENED_VERBS:
        return True
    if noun.dep_ == "pobj" and head.lower_ in {"to", "before"}:
        return True
    return noun.dep_ == "pobj" and head.lower_ == "in" and any(c.dep_ == "det" for c in children_of(noun))


# verbs of speaking whose object is who listens: "told the audience", "addressed the audience"
LISTENED_VERBS = frozenset("tell address thank urge remind assure greet ask entertain".split())


def _negotiations_set_going(noun: Token) -> bool:
    """Talks on a subject that governments launch or resume: a process to come, not a meeting
    of the people who agree to it ("agreed to launch trade talks", "to resume negotiations on a
    free trade agreement", "to start talks on a gas pipeline"). Talks with a place or a day of
    their own are a meeting still ("to resume peace talks in Istanbul on Monday"), and so are
    talks with no subject ("agreed to resume talks"). A stage of them set going is so too ("to
    resume the second phase of negotiations on a trade deal")."""
    stage = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    if stage is not noun and lemma_of(stage) not in STAGES:
        stage = noun
    verb = stage.head
    if (
        stage.dep_ != "dobj"
        or noun.lower_ not in {"talks", "negotiations", "dialogue", "dialog", "consultations"}
        or lemma_of(verb) not in PROCESS_VERBS
    ):
        return False
    subject = any(
        (
            c.dep_ in {"compound", "amod", "nmod"}
            and c.pos_ in {"NOUN", "PROPN", "ADJ"}
            and c.lower_ not in SETTINGS
        )
        or (c.dep_ == "prep" and c.lower_ in {"on", "over", "about", "toward", "towards"})
        for c in children_of(noun)
    )
    own = any(t.ent_type_ in {"GPE", "LOC", "FAC", "DATE", "TIME"} for t in subtree_of(verb))
    return subject and not own


def _urged(verb: Token, prep: Token) -> bool:
    """Whether "called on" urges a state or a body to act, no call paid on a person: "called on
    Washington to support the country's reconstruction", "calls on the EU to lift sanctions" (a
    place or an organisation on "on", an infinitive after it); "will call on President Alvi to
    discuss trade" is a courtesy call."""
    if prep.lower_ != "on" or verb.lemma_.lower() != "call":
        return False
    if _an_appeal_going_on(verb):
        return True  # '"All of us here are calling on Putin," Starmer said': an appeal made
    urged = [g for g in children_of(prep) if g.dep_ == "pobj"]
    return any(g.ent_type_ in {"GPE", "LOC", "NORP", "ORG"} for g in urged) and any(
        c.dep_ in {"xcomp", "advcl"} and any(a.lower_ == "to" for a in children_of(c))
        for c in children_of(verb)
    )


def _an_appeal_going_on(verb: Token) -> bool:
    """Whether "calling on" is in the present progressive with no day, time or place in its
    clause ("We are calling on Putin", "Kenya is calling on Museveni to reopen the border"): an
    appeal kept up, as a courtesy call is told as done or set for a day ("called on the King on
    Monday", "is calling on the President in Riyadh today")."""
    if verb.tag_ != "VBG" or not any(
        c.dep_ == "aux" and c.lower_ in {"is", "are", "am", "'re", "'s"} for c in children_of(verb)
    ):
        return False
    return not any(
        t.ent_type_ in {"DATE", "TIME"}
        or (
            t.ent_type_ in {"GPE", "FAC"} and t.head.lower_ in {"in", "at"}
        )  # "in Riyadh", not "with the U.S."
        for t in subtree_of(verb)
    )


def _a_speech_on_a_day(verb: Token, prep: Token) -> bool:
    """Whether "on" tells only the day of a participle of speaking with no subject of its own, the
    speech of the one the sentence quotes ("X said ..., speaking at the State House on Tuesday",
    "Speaking in Lusaka on Monday, X said"), not a call: "A and B spoke on Tuesday" is one, and
    so is "spoke on the phone"."""
    return (
        prep.lower_ == "on"
        and verb.tag_ == "VBG"
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in children_of(verb))
        and all(g.ent_type_ in {"DATE", "TIME"} for g in children_of(prep) if g.dep_ == "pobj")
    )


def _negotiations_that_failed(noun: Token) -> bool:
    """Talks told as the subject of their failure, with no place of their own: a process that
    broke down, not a sitting ("Talks between A and B collapsed last year", "Negotiations
    stalled in 2022", "The dialogue between A and B broke down in October"). Talks with a place
    or a weekday are a round held there that day ("talks in Doha collapsed on Monday")."""
    verb = noun.head
    if (
        noun.dep_ not in {"nsubj", "nsubjpass"}
        or noun.lower_ not in {"talks", "negotiations", "dialogue", "dialog", "consultations"}
        or lemma_of(verb) not in FAILING_VERBS
    ):
        return False
    if lemma_of(verb) == "break" and not any(
        c.dep_ == "prt" and c.lower_ in {"down", "off"} for c in children_of(verb)
    ):
        return False  # "talks broke new ground"
    return not any(
        t.ent_type_ in {"GPE", "LOC", "FAC"} or (t.ent_type_ == "DATE" and t.lower_ in dates.WEEKDAYS)
        for t in subtree_of(verb)
    )


def _once_more(verb: Token) -> bool:
    """A verb of talking joined "again" to a meeting told just before it, its people left out:
    "Xi and Modi held talks in Bali, and spoke again in Johannesburg", "met in May and talked
    once more in June"."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and head.i < verb.i
        and any(
            c.lower_ == "again" or (c.lower_ == "more" and c.nbor(-1).lower_ == "once")
            for c in children_of(verb)
        )
        and (is_trigger(head) or any(c.dep_ == "dobj" and is_trigger(c) for c in children_of(head)))
    )


# the words that say people talked where they could see each other: "face to face", "in person"
IN_PERSON = re.compile(r"(?:\w+ly )?(?:face[ -]to[ -]face|in person)\b")


def _talked_face_to_face(verb: Token) -> bool:
    """A verb of talking with several as its subject, said right after it to be held "face to
    face" or "in person" ("A and B spoke face to face for a few minutes", "the two talked briefly
    in person"): they met, with no "with" to name the other side; not one who "spoke in person to
    reporters", who names no second party in the subject."""
    after = verb.doc[verb.i + 1 : min(verb.i + 8, verb.sent.end)].text.lower()
    return _several_talking(verb) and IN_PERSON.match(after) is not None


# the nouns of being where someone is: "in the presence of C", "in C's presence"
PRESENCE_NOUNS = frozenset(["presence"])
# the words that join a verb to a phrase said of its act, down which "in the presence of" may hang:
# "spoke for several minutes in the presence of C" (the parser hangs it on "minutes")
PHRASE_DEPS = frozenset("prep pobj npadvmod advmod".split())


def _talked_before_someone(verb: Token) -> bool:
    """A verb of talking with several as its subject, said to be done "in the presence of" a person
    named or told by an office ("A and B spoke directly for several minutes in the presence of C",
    "talked in the presence of the Omani minister", "in Guterres's presence"): they talked where
    C saw them, so in person, a meeting; not talk before a crowd ("in the presence of reporters"),
    nor one who talks to or with someone (told as such, a call or a meeting of its own)."""
    if not _several_talking(verb) or any(
        c.dep_ == "prep" and c.lower_ in {"to", "with"} for c in children_of(verb)
    ):
        return False
    phrases = [c for c in children_of(verb) if c.dep_ in PHRASE_DEPS]
    while phrases:
        word = phrases.pop()
        if word.dep_ == "prep" and word.lower_ == "in":
            nouns = [n for n in children_of(word) if n.dep_ == "pobj" and n.lemma_.lower() in PRESENCE_NOUNS]
            whose = [
                g
                for n in nouns
                for c in children_of(n)
                if c.dep_ in {"poss", "prep"}
                for g in (c, *children_of(c))
            ]
            if any(g.dep_ in {"poss", "pobj"} and (a_person(g) or g.lower_ in PARTY_WORDS) for g in whose):
                return True
        phrases += [c for c in children_of(word) if c.dep_ in PHRASE_DEPS]
    return False


def _several_talking(verb: Token) -> bool:
    """Whether a verb of talking has several as its subject: "A and B", "they", "the two leaders"."""
    return _several([s for s in children_of(verb) if s.dep_ == "nsubj"])


def _several(subjects: list[Token]) -> bool:
    """Whether subjects are several people: "A and B", "they", "the two leaders", "the two"."""
    return any(
        # "A and B", however deep in the subject the parser hangs the second ("Minister A and
        # envoy B"), or the first on the second ("Vucic" an nmod of "Kurti")
        any(t.dep_ == "conj" for t in subtree_of(s))
        or any(c.dep_ == "nmod" and c.ent_type_ == "PERSON" for c in children_of(s))
        or s.lower_ in {"they", "we"}
        or s.tag_ in {"NNS", "NNPS"}
        or (s.lower_ == "pair" and s.tag_ == "NN")
        # "the two", "the three": a count standing for the people told before
        or (s.tag_ == "CD" and any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(s)))
        for s in subjects
    )


def talking_again(verb: Token) -> bool:
    """A verb of talking with several as its subject, its own or that of the plan it completes,
    told "again" (or "once more") with no "with" to name the other side: "the two were due to
    speak again at 3 p.m.", "The two leaders will talk once more next week", "They spoke again
    on Friday": the same people talking once more. Not one who "spoke again to reporters"."""
    if not any(
        c.lower_ == "again" or (c.lower_ == "more" and c.nbor(-1).lower_ == "once") for c in children_of(verb)
    ):
        return False
    # "the two were due to speak again", "are expected to talk again": the subject of "due", "expected"
    planned = verb
    while planned.dep_ in {"xcomp", "acomp"} and not subjects_of(planned):
        planned = planned.head
    return _several(subjects_of(planned))


# the words that tell a talk as the one before: "last spoke", "had previously talked", "first spoke"
TALKED_BEFORE = frozenset("last previously first earlier".split())


def _talked_before(verb: Token) -> bool:
    """A verb of talking with several as its subject, told as their talk before the news, with
    no "with" to name the other side: "The two leaders last spoke in March", "A and B had
    previously talked in June", "The last time they spoke was in December 2022" (the clause of
    "the last time" or "the previous time"). Not one who "last spoke to reporters" (one person),
    nor "It was the first time they had spoken since April" (the talk of the news)."""
    if not _several_talking(verb):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in TALKED_BEFORE for c in children_of(verb)):
        return True
    head = verb.head
    return (
        verb.dep_ == "relcl"
        and head.lower_ == "time"
        and head.dep_ == "nsubj"
        and any(c.dep_ == "amod" and c.lower_ in {"last", "previous"} for c in children_of(head))
    )


# "brought together A and B", "gathered A and B together": one who hosts those named
GATHERING_VERBS = frozenset("bring gather".split())


def brought_together(verb: Token) -> bool:
    """Whether a verb of gathering is told with "together" (or face to face): "brought together A
    and B", "brought A and B together", also where the parser hangs "together" on the place after
    it ("brought them together in Doha": "together" under "in") or on the last of the people
    brought ("first brought Tshisekedi and Kagame together in Luanda": under "Kagame")."""
    if any(c.lower_ == "together" or _face_to_face(c) for c in children_of(verb)):
        return True
    brought = [c for c in children_of(verb) if c.dep_ == "dobj" and c.ent_type_ == "PERSON"]
    hangers = [
        *(c for c in children_of(verb) if c.dep_ == "prep" or (c.dep_ == "conj" and c.ent_type_ == "PERSON")),
        *(t for o in brought for t in subtree_of(o) if t.dep_ == "conj" and t.ent_type_ == "PERSON"),
    ]
    return any(g.lower_ == "together" and g.dep_ == "advmod" for h in hangers for g in children_of(h))


# verbs of going somewhere, which state a trip when they go "to" a place: "will travel to Addis
# Ababa", "is due to fly to Tokyo", "will return to Melbourne for the summit"; also the next leg
# of a trip under way ("will continue on to Lima", "will proceed to Quito"), and the plain "will go
# to China", "would come to the United States"
TRIP_VERBS = frozenset("travel fly head return continue proceed go come".split())


def expected_in(token: Token) -> bool:
    """ "is expected in Kigali next": a person expected "in" a place is a trip to come, as "will
    travel to Kigali" is; not "is expected to meet", "is expected in the coming weeks" nor "a
    ruling is expected in Manila". Not a spelling of the article filter: news of one expected
    alone, with no word of meeting or visit, is not worth the parse ("rain is expected in ...")."""
    word = token.lower_
    if word not in {"expected", "due"} and token.dep_ != "xcomp":
        return False  # most words: neither "expected", nor "due" (_due_in), nor "to arrive" (_due_to_arrive)
    expected = (
        word == "expected"
        and any(c.dep_ == "auxpass" for c in children_of(token))
        and any(c.dep_ == "nsubjpass" and _a_person(c) for c in children_of(token))
        and not any(c.dep_ in {"xcomp", "ccomp"} for c in children_of(token))
    )
    return (expected or _due_in(token) or _due_to_arrive(token)) and bool(_places_in(token))


def _due_in(token: Token) -> bool:
    """ "The Chinese leader is due in Manchester on Friday", "was due in Paris": a person due
    "in" a place is a trip to come (or one called off), as "is expected in Kigali" is; not a
    thing due there ("the ship is due in Rotterdam"), nor "due to" a cause or a plan ("is due to
    report", "due in part to the strikes": no place "in" it)."""
    if token.lower_ != "due" or token.dep_ != "acomp" or token.head.lemma_.lower() != "be":
        return False
    if any(c.dep_ == "xcomp" for c in children_of(token)):
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass"} and _a_person(c) for c in children_of(token.head))


# the words that set an arrival on a schedule: "was due to arrive", "is scheduled to arrive"
ARRIVAL_SET_BY = frozenset("due schedule set expect be".split())


def _due_to_arrive(token: Token) -> bool:
    """ "had been due to arrive in Lisbon", "is scheduled to arrive in Hanoi", "was to arrive in
    Rome": a person's arrival set on a schedule is a trip to come (or one called off), as "was due
    to travel to Lisbon" is; not an arrival told as done ("arrived in Lisbon") nor one of a thing
    ("the shipment is due to arrive in Lisbon")."""
    if token.dep_ != "xcomp" or token.lemma_.lower() != "arrive":
        return False  # most words: their head need not be made
    set_by = token.head
    if set_by.lemma_.lower() not in ARRIVAL_SET_BY:
        return False
    told = setting_verb(set_by)  # "had been due": the subject is the verb's
    return any(c.dep_ in {"nsubj", "nsubjpass"} and _a_person(c) for c in children_of(told))


def setting_verb(set_by: Token) -> Token:
    """The verb that tells a schedule's word, whose subject is the one it is set for: "is" of "is
    due to leave" (the parser hangs the adjective on the verb of being), the word itself of "was
    scheduled to leave"."""
    return set_by.head if set_by.dep_ == "acomp" else set_by


def _a_person(token: Token) -> bool:
    """A word that names or stands for a person: a name, "he", "the president", "the Head of State"."""
    person = _a_party(token) and token.ent_type_ not in {"NORP", "GPE"}
    return person or token.lower_ in {"he", "she", "they", "head"}


def _places_in(token: Token, *, conjuncts: bool = False) -> list[Token]:
    """The places a word has "in" it: "expected in Kigali", also one the model tags as no place
    ("is due in Montevideo" read as a date) that the sentence's places name; with ``conjuncts``,
    each place the parser hangs on one of them too ("in Bordeaux and Paris"). A seat of office or
    landmark the gazetteer places is one to be "at" too: "is due at the White House on Friday"."""
    ins = [c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "in"]
    objects = [g for c in ins for g in children_of(c) if g.dep_ == "pobj"]
    ats = [
        g
        for c in children_of(token)
        if c.dep_ == "prep" and c.lower_ == "at"
        for g in children_of(c)
        if g.dep_ == "pobj" and places.is_venue_name(_name_of(g))
    ]
    if not objects and not ats:
        return []
    named = {t.i for span in place_spans(token.sent) for t in span}
    places_ = [g for g in objects if g.ent_type_ in {"GPE", "LOC"} or g.i in named] + ats
    if not conjuncts:
        return places_
    return [t for g in places_ for t in (g, *g.conjuncts) if t.ent_type_ in {"GPE", "LOC"} or t.i in named]


def _name_of(noun: Token) -> str:
    """A noun with the words of its name before it, without "the": "White House" of "the White
    House"."""
    return " ".join(t.text for t in subtree_of(noun) if t.i <= noun.i and t.dep_ != "det")


def _exchanged_face_to_face(thing: Token) -> bool:
    """What two people exchange only when they meet: "exchanged pleasantries", "had exchanged only
    brief words at the summit", "exchanged a few words"; not "exchanged harsh words", "letters" or
    "prisoners"."""
    if thing.lower_ in FACE_TO_FACE_EXCHANGES:
        return True
    return thing.lower_ == "words" and any(c.lower_ in BRIEF_WORDS for c in children_of(thing))


def _an_exchange_with_someone(noun: Token) -> bool:
    """ "had a brief exchange with Wang Yi", "a tense exchange with the premier": words exchanged
    with a person, a conversation as "talks with" is; not an exchange of something ("an exchange
    of fire with", "of letters"), nor one with a country ("a prisoner exchange with Ukraine")."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(noun)):
        return False
    return any(
        _a_party(g) and g.ent_type_ not in {"GPE", "NORP"} and not (g.ent_type_ == "" and g.pos_ == "PROPN")
        for g in with_objects(noun)
    )


def _views_exchanged(verb: Token) -> bool:
    """ "exchanged views with B", "A and B exchanged opinions": a conversation, as "discussed" is,
    with whom it is had given by "with" or by a subject of two; not views exchanged alone ("the
    panel exchanged views on reform")."""
    things = [c for c in children_of(verb) if c.dep_ == "dobj" and c.lower_ in CONVERSATION_EXCHANGES]
    if not things:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" for t in (verb, *things) for c in children_of(t)):
        return True  # the parser hangs "with" on the verb or on "views"
    return any(c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in children_of(c)) for c in children_of(verb))


def _face_to_face(word: Token) -> bool:
    """The words "face to face" on a verb ("brought A and B face to face"), however the parser
    hangs them."""
    doc = word.doc
    return (
        word.lower_ == "face"
        and word.i + 2 < len(doc)
        and doc[word.i + 1].lower_ == "to"
        and doc[word.i + 2].lower_ == "face"
    )


def destinations(verb: Token) -> list[Token]:
    """The places a verb of going goes "to" ("travel to Addis Ababa, Ethiopia", "fly on to
    Sydney"), as the parser hangs them on it or on the adverb between ("travel next to Tokyo")."""
    tos = [c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "to"]
    tos += [
        g
        for c in children_of(verb)
        if c.dep_ in {"advmod", "prt"}
        for g in children_of(c)
        if g.lower_ == "to"
    ]
    last = last_trip_before_the_news(verb) or trip_made_for_a_gathering(verb)
    gone_to = [g for c in tos for g in children_of(c) if g.dep_ == "pobj" and _a_place_gone_to(g, last)]
    left_for = [span.root for span in places_left_for(verb)]
    return gone_to + left_for + places_expected_in(verb)


# what one attends or speaks at on a trip to a gathering: "where he spoke at the forum"
AT_A_GATHERING = frozenset("attend address speak join participate".split())
# gatherings a trip is made for besides the summits and forums of GATHERING_NOUNS: "flew in for
# the parade", "travelled to Moscow for consultations on Afghanistan"
TRIP_GATHERINGS = GATHERING_NOUNS | frozenset(
    "parade ceremony celebration commemoration dialogue consultation".split()
)


def trip_made_for_a_gathering(verb: Token) -> bool:
    """Whether a verb of going tells a trip made to a gathering: "had travelled to Zagreb for the
    Ukraine-Southeast Europe summit", "flew in for the parade", "travelled to Davos, where he
    spoke at the World Economic Forum". A gathering has no host to meet, so the trip is its
    traveller's visit. Not one to come ("will travel to Baku for COP29"), nor one not made ("did
    not travel to Rome for the summit"), nor one for talks ("flew to Manila for talks with B",
    "where he met B"), which the meeting's own words tell, nor one told as the time of another
    ("last visited Ethiopia in 2021, when he came to Addis Ababa for a conference")."""
    if verb.tag_ not in {"VBD", "VBN"} or any(
        c.dep_ == "neg"
        or (c.dep_ == "aux" and c.lower_ in {"would", "will", "to"})
        or (c.dep_ == "advmod" and c.lower_ == "when")
        for c in children_of(verb)
    ):
        return False
    if any(
        lemma_of(g) in TRIP_GATHERINGS
        for c in children_of(verb)
        if c.dep_ == "prep" and c.lower_ == "for"
        for g in children_of(c)
        if g.dep_ == "pobj"
    ):
        return True
    return any(_at_a_gathering(r) for r in _where_there(verb))


def _at_a_gathering(verb: Token) -> bool:
    """Whether a verb tells, in the past, attending or speaking at a gathering and nothing else:
    "attended the Moscow Format consultations", "spoke at the World Economic Forum"; not "spoke at
    the forum and met B", whose meeting tells the trip."""
    return (
        lemma_of(verb) in AT_A_GATHERING
        and verb.tag_ == "VBD"
        and not any(c.dep_ == "conj" and c.pos_ == "VERB" for c in children_of(verb))
        and any(
            lemma_of(t) in TRIP_GATHERINGS or t.ent_type_ in {"EVENT", "ORG"}
            for t in subtree_of(verb)
            if t != verb
        )
    )


def _where_there(verb: Token) -> list[Token]:
    """The verbs of the clauses "where" on a place a verb of going goes to: "travelled to Davos,
    Switzerland, where he spoke ..." (the clause on the place or on its country)."""
    places = [
        p
        for c in children_of(verb)
        if c.dep_ == "prep" and c.lower_ in {"to", "in"}
        for g in children_of(c)
        if g.dep_ == "pobj"
        for p in (g, *(a for a in children_of(g) if a.dep_ == "appos"))
    ]
    return [
        r
        for p in places
        for r in children_of(p)
        if r.dep_ == "relcl" and any(w.dep_ == "advmod" and w.lower_ == "where" for w in children_of(r))
    ]


def where_gone_to(verb: Token) -> set[int]:
    """The words of a "where" clause telling a trip made to a gathering ("travelled to Davos,
    where he spoke at the World Economic Forum on Thursday"): its day and gathering are the
    trip's."""
    if not trip_made_for_a_gathering(verb):
        return set()
    return {t.i for r in _where_there(verb) for t in subtree_of(r)}


def last_trip_before_the_news(verb: Token) -> bool:
    """Whether a verb of going tells, in the past, the trip the news came after: "since Kerry
    traveled to Port-au-Prince in October 2015", "he last flew to Dhaka in 2012"."""
    return verb.tag_ in {"VBD", "VBN"} and any(
        (c.dep_ == "mark" and c.lower_ == "since") or (c.dep_ == "advmod" and c.lower_ == "last")
        for c in children_of(verb)
    )


def _a_place_gone_to(word: Token, last: bool = False) -> bool:
    """Whether what a verb of going goes "to" is a place: one the model tags, or a town told by
    its name ("to the port town of Mombasa", "to the city of Rosario"); and, on the ``last`` trip
    before the news, a place of the sentence the model took for a body, a building or a person
    ("since Khar travelled to Dhaka", Dhaka an organisation; "to Port-au-Prince", a building).
    Only there, where the trip is a visit of the past: read on every trip, it finds trips to come
    and stops of a tour that are no visit."""
    if word.ent_type_ in {"GPE", "LOC"}:
        return True
    if (
        last
        and word.ent_type_ in MISTAKEN_PLACES
        and any(span.root == word for span in place_spans(word.sent))
    ):
        return True
    if word.lemma_.lower() not in TOWN_NOUNS:
        return False
    spans = place_spans(word.sent)
    return any(
        span.start <= g.i < span.end
        for c in children_of(word)
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in children_of(c)
        if g.dep_ == "pobj"
        for span in spans
    )


def places_expected_in(token: Token) -> list[Token]:
    """The places a trip to come told by an arrival is "in": "is due in Warsaw", "had been due to
    arrive in Bordeaux and Paris" (each place named, the parser hanging the others as conjuncts)."""
    return _places_in(token, conjuncts=True) if expected_in(token) else []


def where_left_for(verb: Token) -> tuple[set[int], set[int]]:
    """What a "where" clause on the place a departure to come leaves for tells the traveller will
    do there ("is expected to depart Abuja later on Sunday for Rio de Janeiro, where he will
    attend the G20 summit on Monday and Tuesday"): the words of that clause, whose day and
    gathering are the trip's, and the words of the time on the departure (Sunday, the day he
    leaves) where that clause tells a day of its own; none where there is no such clause ("was due
    to leave on Wednesday for N'Djamena": the day he leaves is the day he goes)."""
    there = {
        t.i
        for span in places_left_for(verb)
        for place in span
        for c in children_of(place)
        if c.dep_ == "relcl" and any(a.lower_ == "where" for a in children_of(c))
        for t in subtree_of(c)
    }
    if not there:
        return set(), set()
    doc = verb.doc
    if not any(doc[i].ent_type_ in {"DATE", "TIME"} for i in there):
        return there, set()  # "where he will attend a summit": on the day he leaves
    leaving = {
        t.i
        for c in children_of(verb)
        if (c.dep_ in {"prep", "npadvmod"} and any(t.ent_type_ in {"DATE", "TIME"} for t in subtree_of(c)))
        or (c.dep_ == "advmod" and c.lower_ in {"later", "tomorrow", "today", "tonight"})
        for t in subtree_of(c)
    }
    return there, leaving


# what tells a departure to come: "will leave", "is due to leave", "is expected to depart", "was to leave"
DEPARTURE_SET_BY = ARRIVAL_SET_BY | frozenset(["plan"])
FUTURE_AUX = frozenset("will shall 'll".split())


def places_left_for(verb: Token) -> list[Span]:
    """The places a person's departure to come goes "for": "was due to leave Ouagadougou on
    Wednesday for N'Djamena", "is expected to depart Abuja later on Sunday for Rio de Janeiro",
    "will leave Hanoi for Manila" are trips to N'Djamena, Rio de Janeiro and Manila, as "will fly
    to Manila" is (the place left is not where it goes), each place as the sentence's places name
    it, whatever the model tags. None for a departure told as done ("left Abuja for Rio on
    Sunday": where he went is told by what he did there), one of goods ("the cargo is due to
    leave Lagos for Rotterdam"), or one "for" no place ("will leave for talks")."""
    if lemma_of(verb) not in LEAVING_VERBS or verb.pos_ != "VERB":
        return []
    if any(c.dep_ == "neg" for c in children_of(verb)):
        return []
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in children_of(verb)):
        told = verb  # "will leave Hanoi for Manila"
    elif verb.dep_ == "xcomp" and verb.head.lemma_.lower() in DEPARTURE_SET_BY:
        told = setting_verb(verb.head)  # "is due to leave": the subject is the verb of being's
        if any(c.dep_ == "neg" for c in children_of(told)):
            return []  # "is not expected to leave Abuja for Rio": a plan denied
    else:
        return []
    if not any(c.dep_ in {"nsubj", "nsubjpass"} and _a_person(c) for c in children_of(told)):
        return []
    fors = [g for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "for" for g in children_of(c)]
    spans = place_spans(verb.sent)
    return [span for g in fors if g.dep_ == "pobj" for span in spans if span.start <= g.i < span.end]


# what tells a trip's stop still to come: "his next stop is Hanoi"
AHEAD = frozenset("next upcoming further later".split())


def stops_to_come(stop: Token) -> list[Token]:
    """The places of a trip's stops still to come, told as "next" ("his next stops are Hanoi
    and Manila", "the next stop, in Lima") or after "before" on a trip not told as past ("travels
    to Egypt before stops in Jordan and Qatar"); none for a stop made ("arrived after a stop in
    Japan", "stopped before a stop in Rome" told in the past) or denied ("does not include a stop
    in Israel")."""
    verb = stop.head.head if stop.dep_ == "pobj" else stop.head
    if any(c.dep_ == "neg" for c in children_of(verb)):
        return []
    ahead = any(c.lower_ in AHEAD for c in children_of(stop)) or (
        stop.dep_ == "pobj" and stop.head.lower_ == "before" and verb.tag_ not in {"VBD", "VBN"}
    )
    if not ahead:
        return []
    told = [
        g
        for c in children_of(stop)
        if c.dep_ == "prep" and c.lower_ in {"in", "at", "to"}
        for g in children_of(c)
    ]
    if stop.dep_ == "nsubj":  # "his next stop is Hanoi"
        told += [c for c in children_of(stop.head) if c.dep_ == "attr"]
    return _places_among(told)


def _places_among(told: list[Token]) -> list[Token]:
    """The places among the words a stop is told at, with those joined to each by "and" ("stops in
    Jordan and Qatar"): a place the model tags so, or a country's name it does not."""
    named = [t for head in told for t in (head, *head.conjuncts)]
    return [t for t in named if t.ent_type_ in {"GPE", "LOC"} or places.country_name(t.text)]


# verbs a stop is made with, or a trip begun or ended with: "made a brief stop in Cyprus",
# "ended his tour with a stop in Bangui", "opened the trip with a stop in Hanoi"
STOP_MAKING_VERBS = frozenset({"make"})
TRIP_EDGE_VERBS = frozenset("begin start open end close conclude finish wrap round cap".split())
# stops that are no visit: a plane's ("a refuelling stop in Anchorage"), or a change of planes
STOPOVERS = frozenset("refuelling refueling refuel technical fuel layover transit".split())


def stops_made(stop: Token) -> list[Token]:
    """The places of a trip's stop told as made by its traveller: "made a brief stop in Cyprus",
    "ended his tour with a brief stop in Bangui" (a visit there); not a plane's stop ("made a
    refuelling stop in Anchorage"), one denied ("did not make a stop in Israel"), nor one told
    after another verb ("arrived after a stop in Japan", a stopover on the way)."""
    if stop.dep_ == "dobj":
        verb = stop.head
        made = lemma_of(verb) in STOP_MAKING_VERBS
    elif stop.dep_ == "pobj" and stop.head.lower_ == "with":
        verb = stop.head.head
        made = lemma_of(verb) in TRIP_EDGE_VERBS
    else:
        return []
    if not made or any(c.dep_ == "neg" for c in children_of(verb)):
        return []
    if any(c.lower_ in STOPOVERS for c in children_of(stop)):
        return []
    told = [
        g
        for c in children_of(stop)
        if c.dep_ == "prep" and c.lower_ in {"in", "at"}
        for g in children_of(c)
        if g.dep_ == "pobj"
    ]
    return _places_among(told)


def _one_called(noun: Token) -> bool:
    """Whether the object of a call verb names a person: a name, "him" or "her", also one the
    model took for a place ("had telephoned Milei", not "called Kyiv"), and "whom" of a relative
    clause on a person's name, the one called ("Sharif, whom he had called earlier in the day").
    Not "whom" on a thing ("the plan, which he called absurd")."""
    if noun.lower_ == "whom" and noun.head.dep_ == "relcl":
        noun = noun.head.head  # the name the clause is on
    return (
        noun.ent_type_ == "PERSON"
        or noun.lower_ in {"him", "her"}
        or (_named(noun) and places.resolve_place(noun.text) is None)
    )


def _purpose(clause: Token) -> bool:
    """A clause of what a call was for: "telephoned Milei to congratulate him" (not what it named
    someone: "called the response absurd")."""
    return clause.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(clause))


# being beside someone in public, which the two can only be together
BESIDE_VERBS = frozenset("appear stand pose".split())


def _beside_someone(token: Token) -> bool:
    """ "sat beside NATO Secretary General Mark Rutte", "appeared alongside Rutte": two people
    together in one room; not "stood beside his decision"."""
    return any(
        c.dep_ == "prep" and c.lower_ in {"beside", "alongside"} and g.ent_type_ == "PERSON"
        for c in children_of(token)
        for g in children_of(c)
        if g.dep_ == "pobj"
    )


# being seen in public with someone, told with "together": "appeared together", "posed together"
# (not "stood together", which is as often solidarity: "A and B stand together against aggression")
SEEN_TOGETHER_VERBS = frozenset("appear pose".split())
# where two may appear together without being in one room: on a list, on screen, in a photograph
DEPICTIONS = MEDIA_WORDS | frozenset(
    "list ballot poll ranking screen photo photograph picture image video footage poster report".split()
)
# how many of a kind of office make a pair seen together: "the two leaders", "both presidents"
PAIRS = frozenset("two both three".split())


def _seen_together(verb: Token) -> bool:
    """Two people in public in one place, told "together": "A and B last appeared together in
    November, when they opened the line", "the king and the French president appeared together",
    "the two leaders posed together for photographs", "A appeared together with B at a news
    conference". Not where they appear on a list, on screen or in a photograph ("their names
    appeared together on the ballot"), nor where the subject names no two people ("the two
    countries appeared together in the ranking")."""
    withs = with_objects(verb)
    together = any(c.lower_ == "together" for c in children_of(verb)) or any(
        g.lower_ == "together" for c in children_of(verb) if c.dep_ == "prep" for g in children_of(c)
    )
    if not together or any(
        t.dep_ == "pobj" and (t.lemma_.lower() in DEPICTIONS or t.lower_ in DEPICTIONS)
        for c in children_of(verb)
        if c.dep_ == "prep" and c.lower_ in {"on", "in"}
        for t in children_of(c)
    ):
        return False
    if any(a_person(g) for g in withs):
        return True
    return any(_two_parties(s) for s in children_of(verb) if s.dep_ == "nsubj")


def _two_parties(subject: Token) -> bool:
    """A subject that names two people or offices: "A and B", "the king and the French
    president", "the two leaders"; not "the two countries", "their names"."""
    if subject.lemma_.lower() in PARTY_WORDS and subject.tag_ == "NNS":
        return any(c.lower_ in PAIRS for c in children_of(subject))
    parties = [subject, *subject.conjuncts]
    return len(parties) >= 2 and all(
        a_person(p) or p.lemma_.lower() in PARTY_WORDS or p.lower_ in {"he", "she"} for p in parties
    )


def _on_the_line_with_someone(noun: Token) -> bool:
    """ "Telephone" as the line two people are on together, with a named person: "had spent quite
    a while on the telephone with B", "was on the telephone with B for an hour", "over the
    telephone with his counterpart". Not where the verb states the call itself ("spoke on the
    telephone with B", read from "spoke"), nor one on the telephone to no one named ("was on
    the telephone all day")."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in {"on", "over"}:
        return False
    holder = noun.head.head
    if holder.pos_ == "VERB" and is_trigger(holder):
        return False
    return any(a_person(g) for g in with_objects(holder, noun))


def _across_from_someone(token: Token) -> bool:
    """ "sat across a table from each other", "sat across from Putin": two people face to face at
    one table; not "sat across the aisle" (no one sat across from)."""
    across = [c for c in children_of(token) if c.dep_ in {"prep", "prt", "advmod"} and c.lower_ == "across"]
    froms = [c for t in (token, *across) for c in children_of(t)]  # "from" on the verb or on "across"
    return bool(across) and any(
        c.dep_ == "prep" and c.lower_ == "from" and (g.ent_type_ == "PERSON" or g.lower_ == "other")
        for c in froms
        for g in children_of(c)
        if g.dep_ == "pobj"
    )


# the words that make a table one shared by those at it: "the same table", "one table"
ONE_TABLE = frozenset("same one".split())


def _at_one_table(verb: Token) -> bool:
    """ "A and B sat at the same table", "the two sat around one table": several people at one
    table, face to face; not one who "sat at the table" alone, nor several told at no table of
    their own ("sat on the same panel")."""
    tables = [
        g
        for c in children_of(verb)
        if c.dep_ == "prep" and c.lower_ in {"at", "around", "round"}
        for g in children_of(c)
        if g.dep_ == "pobj" and g.lemma_.lower() == "table"
    ]
    if not any(
        c.dep_ in {"amod", "nummod"} and c.lower_ in ONE_TABLE for t in tables for c in children_of(t)
    ):
        return False
    return _several([s for s in children_of(verb) if s.dep_ == "nsubj"])


# verbs whose agents are with their object in one room: "flanked by A and B", "will be joined by
# the presidents of A and B for the summit"
# going about a place on foot or on a tour: "A and B walk through the old city", "toured the mosque"
WALKING_VERBS = frozenset("walk stroll tour".split())
WALKED_THROUGH = frozenset("through around along across in into".split())


def _walked_together(verb: Token) -> bool:
    """Two people named together who walk through, stroll along or tour a place were there
    together (a photo's caption often tells a visit so): "A and B walk through the old market";
    not one alone ("A toured the museum"), nor walking with no place ("A and B walked out")."""
    somewhere = any(
        (c.dep_ == "prep" and c.lower_ in WALKED_THROUGH and any(g.dep_ == "pobj" for g in children_of(c)))
        or (c.dep_ == "dobj" and verb.lemma_.lower() == "tour")
        for c in children_of(verb)
    )
    return somewhere and (
        any(_two_people(s) for s in children_of(verb) if s.dep_ == "nsubj") or walk_read_as_noun(verb)
    )


def _toured_a_place(verb: Token) -> bool:
    """Whether "tour" goes to a country or a city the model tags, a visit there as "visited" is:
    "Obama, who toured Dar es Salaam in July 2013"; not a site ("toured the plant", "the mosque")."""
    return verb.lemma_.lower() == "tour" and any(
        c.dep_ == "dobj" and c.ent_type_ in {"GPE", "LOC"} for c in children_of(verb)
    )


def _accompanied_on_a_walk(verb: Token) -> bool:
    """Going along with someone named on a walk or a tour of a place ("B accompanied him on a
    walking tour of the old market", "took her on a stroll") is being there together; not going
    along on the other's own trip ("accompanied him on his tour of Asia": a delegation's member),
    nor a tour of a country or more."""
    someone = any(
        c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.lower_ in {"him", "her"})
        for c in children_of(verb)
    )
    walks = [
        g
        for c in children_of(verb)
        if c.dep_ == "prep" and c.lower_ == "on"
        for g in children_of(c)
        if g.dep_ == "pobj" and g.lemma_.lower() in WALKING_VERBS
    ]
    return someone and any(
        not any(d.dep_ == "poss" for d in children_of(walk))
        and not any(
            t.ent_type_ in {"GPE", "LOC"}
            for c in children_of(walk)
            if c.lower_ == "of"
            for t in subtree_of(c)
        )
        for walk in walks
    )


def walk_read_as_noun(word: Token) -> bool:
    """A caption's "A and B walk through the bazaar" that the parser read as a noun phrase: the
    verb a noun joined to the first name, the second name hung on it as its modifier (as in "A
    and B inspect an honour guard"); not a walk of one ("Macron's walk through the bazaar")."""
    if word.pos_ != "NOUN" or word.dep_ != "conj":
        return False  # most words, whose lemma and head need not be read
    first = word.head
    return (
        word.lemma_.lower() in WALKING_VERBS
        and first.pos_ == "PROPN"
        and first.ent_type_ == "PERSON"
        and first.i < word.i
        and any(c.dep_ == "cc" and c.lower_ == "and" for c in children_of(first))
        and any(c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in children_of(word))
    )


BY_ONES_SIDE_VERBS = frozenset("flank join".split())


def _flanked_by_someone(token: Token) -> bool:
    """ "Anwar, flanked by the two prime ministers A and B, told reporters": those at his sides are
    with him in one room, as those standing beside him are, and so are those he "will be joined
    by", or who one "joined" somewhere ("joined A and B at the summit", "joined A for talks in
    Rome"); not "flanked by bodyguards", "joined by thousands", "joined the talks", nor "joined A
    in calling for a ceasefire" (a stance shared, not a room), nor a participle set off in the
    clause of a meeting told by another verb ("A, flanked by his deputy B, received C"): those at
    A's side came with A to that meeting, and meet no one by standing there."""
    if token.lemma_.lower() == "flank" and _set_off_in_a_meeting(token):
        return False
    return any(
        g.ent_type_ == "PERSON"
        for c in children_of(token)
        if c.dep_ == "agent"
        for g in subtree_of(c)
        if g != c
    ) or (token.lemma_.lower() == "join" and joined_someone_somewhere(token))


def _set_off_in_a_meeting(participle: Token) -> bool:
    """Whether a participle is set off in the clause of a verb that tells a meeting: "A, flanked
    by B, received C", "Flanked by B, A held talks with C"; not "A, flanked by B, told reporters"."""
    clause = _verb_of_the_set_off_participle(participle)
    return clause is not None and (
        lemma_of(clause) in MEETING_VERBS
        or any(c.dep_ == "dobj" and c.lemma_.lower() in MEETING_NOUNS for c in children_of(clause))
    )


def _verb_of_the_set_off_participle(participle: Token) -> Token | None:
    """The verb of the clause a participle is set off in: "received" of "A, flanked by B,
    received C", of "Flanked by B, A received C" and of "A received C, flanked by D"; and of the
    clause whose person a relative clause tells so ("held" of "A, who was flanked by B, held
    talks with C" and of "held talks with C, who was flanked by D")."""
    if participle.dep_ == "advcl":
        return participle.head
    noun = participle.head
    if participle.dep_ == "acl" and noun.dep_ in {"nsubj", "nsubjpass", "dobj"} and noun.head.pos_ == "VERB":
        return noun.head
    if participle.dep_ == "relcl" and any(
        c.dep_ == "nsubjpass" and c.lower_ in {"who", "that"} for c in children_of(participle)
    ):
        while noun.dep_ in PERSONS_PLACE_IN_A_CLAUSE and noun.head.i != noun.i:
            noun = noun.head  # "with C" of "talks" of "held"
        return noun if noun.pos_ == "VERB" else None
    return None


# the words a person named in a clause hangs on, up to its verb: "held talks with C, who ..."
PERSONS_PLACE_IN_A_CLAUSE = frozenset("nsubj nsubjpass dobj pobj prep appos conj compound".split())


def joined_someone_somewhere(verb: Token) -> bool:
    """Whether ``verb`` ("joined") has people for its object and says at what or where they were
    together: "at the summit", "for talks", "in Rome" (the parser may hang it on one of the
    people); not "in calling for" (a stance)."""
    objects = joined_ones(verb)
    return any(t.ent_type_ == "PERSON" for t in objects) and any(
        c.dep_ == "prep"
        and (c.lower_ in {"at", "for"} or (c.lower_ == "in" and c.head == verb))
        and any(g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"} for g in children_of(c))
        for t in (verb, *objects)
        for c in children_of(t)
    )


def joined_ones(verb: Token) -> list[Token]:
    """The words of who or what a verb has for its object, with a name the parser joins to the
    verb itself rather than to the object ("joined A, the host, and B": B a conjunct of
    "joined")."""
    return [
        t
        for c in children_of(verb)
        if c.dep_ == "dobj" or (c.dep_ == "conj" and c.pos_ in {"PROPN", "NOUN"})
        for t in subtree_of(c)
    ]


# journeys whose purpose "to see B" is meeting B (with TRIP_VERBS): "went to Kyiv to see B", "drove
# to Mar-a-Lago to see B"
SEEING_TRIPS = frozenset("go come fly travel head arrive visit drive".split())
# what makes "see" a plan: "is due to see", "is expected to see", "will see"
SEEING_PLANS = frozenset("due expect schedule set slate plan".split())
# what makes "see" a visit granted or managed: "were allowed to see the detained president",
# "was able to see him in prison" (an audience, as with a detained or ailing person)
SEEING_LEAVE = frozenset("allow permit able manage".split())


def _seeing_each_other(token: Token) -> bool:
    """ "A and B last saw each other in May", "the two will see one another again at the summit":
    people who see each other meet; not "saw each other as rivals" (a view of each other)."""
    return any(
        c.dep_ == "dobj"
        and c.lower_ in {"other", "another"}
        and any(g.lower_ in {"each", "one"} for g in children_of(c))
        for c in children_of(token)
    ) and not any(c.dep_ in {"oprd", "xcomp", "ccomp"} or c.lower_ == "as" for c in children_of(token))


def _seeing_someone(token: Token) -> bool:
    """ "is due to see the President", "will see Putin on Friday": seeing a person, in a plan or
    by leave ("were allowed to see the detained president"), or next after a meeting told by the
    same verb's subject ("held talks with A, and later saw B": met B as well), is meeting them;
    not "saw Putin as a threat", "will see an increase" or "saw Putin speak"."""
    objects = [c for c in children_of(token) if c.dep_ == "dobj"]
    # a plan, or leave granted or a way found: "is due to see", "were allowed to see Bazoum"
    planned = (token.dep_ == "xcomp" and token.head.lemma_.lower() in SEEING_PLANS | SEEING_LEAVE) or any(
        c.dep_ == "aux" and c.lower_ in {"will", "'ll", "shall"} for c in children_of(token)
    )
    # the parser hanging "to see" on the "was" of "was due": "was also due to see the chairperson",
    # "was due to see B before leaving"
    planned |= (
        token.dep_ in {"advcl", "xcomp"}
        and token.head.lemma_.lower() == "be"
        and any(
            c.dep_ == "acomp" and c.lemma_.lower() in SEEING_PLANS | SEEING_LEAVE
            for c in children_of(token.head)
        )
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(token))
    )
    # the purpose of a trip: "travelled to Kyiv to see Zelensky", "flew to Paris to see Macron"
    planned |= (
        token.dep_ in {"advcl", "xcomp"}
        and token.head.lemma_.lower() in TRIP_VERBS | SEEING_TRIPS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(token))
    )
    # one of a round of meetings: "met A in Kampala and later saw B", "held talks with A, and saw B"
    planned |= (
        token.dep_ == "conj"
        and token.head.pos_ in {"VERB", "AUX"}
        and (
            is_trigger(token.head) or any(c.dep_ == "dobj" and is_trigger(c) for c in children_of(token.head))
        )
    )
    return (
        planned
        and bool(objects)
        and all(
            _titled_name(c) or ((_a_party(c) or _a_name_cut_short(c)) and c.ent_type_ not in {"NORP", "GPE"})
            for c in objects
        )
        and not any(
            c.dep_ in {"oprd", "xcomp", "ccomp", "advcl"} or c.lower_ == "as" for c in children_of(token)
        )
    )


def _a_name_cut_short(token: Token) -> bool:
    """A person's name whose last word the tagger left out of it, its first words a person's
    ("Chairperson Moussa Faki Mahamat", the person ending at "Moussa")."""
    return (
        token.pos_ == "PROPN"
        and not token.ent_type_
        and any(c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in children_of(token))
    )


def linked_to_a_party(token: Token, *, verb: bool = False) -> bool:
    """Whether the parse links a word to someone it was held with: "with" or "between" a person
    or an office ("a dialogue with his counterpart", "dined with Macron"), "their" ("their
    encounter"), or a light verb it is the object of ("had a frank dialogue")."""
    if not verb and token.dep_ == "dobj" and token.head.lemma_.lower() in LIGHT_VERBS:
        return True  # "A and B had a pivotal dialogue"
    if not verb and _another_of_a_round(token):
        return True  # "In another engagement, Guterres explored a partnership with Botswana's President"
    if not verb and any(_a_party(s) for s in where_they_were(token)):
        return True  # "Lunch was at the palace, where A and B ate fish"
    if verb and lemma_of(token) == "convene" and _convened(token):
        return True  # "would convene Vucic and Kurti again in Brussels"
    for child in children_of(token):
        if child.dep_ == "prep" and child.lower_ in {"with", "between", "among"} and _with_a_party(child):
            return True
        if not verb and child.dep_ == "poss" and child.lower_ == "their" and token.lemma_ not in RELATIONS:
            return True  # "before their encounter"; but "their interaction" is their relations
    # the parser hanging "with" on the place of the act: "had dined in the capital's twin city
    # with President B", "lunched at the palace with B"
    return verb and any(
        w.dep_ == "prep" and w.lower_ == "with" and _with_a_party(w)
        for p in children_of(token)
        if p.dep_ == "prep" and p.lower_ in {"in", "at"}
        for g in children_of(p)
        if g.dep_ == "pobj"
        for w in children_of(g)
    )


def _with_a_party(prep: Token) -> bool:
    """Whether a "with" (or "between") names someone: a person, an office or a people, also a
    titled name the tagger cut short ("a working dinner with President Denis Sassou Nguesso",
    the person ending before "Nguesso")."""
    return any(
        _a_party(g) or _titled_name(g) or _a_name_cut_short(g) for g in children_of(prep) if g.dep_ == "pobj"
    )


def _closeted(verb: Token) -> bool:
    """ "A was closeted with B", "A and B were closeted for hours", "the three men had been
    closeted in the complex": the passive of a meeting behind closed doors, with someone or of
    several; not one alone ("was closeted in his office")."""
    if not any(c.dep_ == "auxpass" for c in children_of(verb)):
        return False
    subjects = [c for c in children_of(verb) if c.dep_ == "nsubjpass"]
    several = any(
        s.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in children_of(s)) for s in subjects
    )
    return several or linked_to_a_party(verb, verb=True)


def _convened(verb: Token) -> bool:
    """ "convened Vucic and Kurti", "will convene the two leaders": people brought together by
    whoever convenes them, who meets them there; not "convened a meeting"."""
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    return any(
        (_named(o) and any(_named(c) for c in o.conjuncts))
        or (o.lower_ in {"leaders", "sides"} and any(c.lower_ == "two" for c in children_of(o)))
        for o in objects
    )


def _named(token: Token) -> bool:
    """A name that may be a person's (the model tags some as buildings: "Vučić"); not a country's."""
    return token.pos_ == "PROPN" and token.ent_type_ != "NORP" and not places.country_name(token.text)


def where_they_were(token: Token) -> list[Token]:
    """The subjects of a "where" clause on the place a meal or meeting was at: "Dinner was at
    Chez Paul, a bistro in the old town, where A and B ate fish" (A and B)."""
    if token.dep_ != "nsubj" or token.head.lemma_ != "be":
        return []
    return [
        s
        for t in subtree_of(token.head)
        if t.dep_ == "relcl" and any(c.lower_ == "where" and c.dep_ == "advmod" for c in children_of(t))
        for s in children_of(t)
        if s.dep_ in {"nsubj", "nsubjpass"}
    ]


# the nouns of a welcome held for a guest: "an official welcome ceremony", "a welcoming reception"
WELCOMED_AT = frozenset({"ceremony", "reception"})


def welcome_for(token: Token) -> list[Token]:
    """Whom a welcome ceremony is held for: "presided over an official welcome ceremony in Hanoi
    on Tuesday for Xi Jinping" (a state visit's first meeting); "for" may hang on the verb."""
    if lemma_of(token) not in WELCOMED_AT:
        return []
    if not any(
        c.dep_ in {"amod", "compound"} and c.lower_ in {"welcome", "welcoming"} for c in children_of(token)
    ):
        return []
    verb = next((a for a in ancestors_of(token) if a.pos_ in {"VERB", "AUX"}), token)
    return [
        g
        for above in (token, verb)
        for c in children_of(above)
        if c.dep_ == "prep" and c.lower_ == "for"
        for g in children_of(c)
        if g.dep_ == "pobj" and g.pos_ == "PROPN"
    ]


def host_of_a_guest(token: Token) -> list[Token]:
    """Whose guest someone was, or is to be: "A was B's guest in Rome", "had been the guest of
    President B", "travelled as the guest of B" (a meeting of the two, the host's); not a guest
    of honour at an event, a guest at a banquet, nor a programme's guest ("a guest on his show")."""
    if token.lower_ != "guest" or not (
        token.dep_ == "attr" or (token.dep_ == "pobj" and token.head.lower_ == "as")
    ):
        return []
    owners = [c for c in children_of(token) if c.dep_ == "poss"] + [
        g
        for c in children_of(token)
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in children_of(c)
        if g.dep_ == "pobj"
    ]
    return [o for o in owners if o.lower_ not in {"his", "her", "its", "their"} and _a_party(o)]


def _another_of_a_round(token: Token) -> bool:
    """One more of a round of meetings, told as the setting of its clause: "In another engagement"
    or "In a separate meeting", whose verb names someone it was "with"."""
    if token.dep_ != "pobj" or token.head.lower_ not in {"in", "during", "at"}:
        return False
    if not any(c.lower_ in {"another", "separate", "further"} for c in children_of(token)):
        return False
    return any(
        t.lower_ == "with"
        and t.dep_ == "prep"
        and any(_a_party(g) for g in children_of(t) if g.dep_ == "pobj")
        for t in subtree_of(token.head.head)
    )


def _a_party(token: Token) -> bool:
    return (
        token.ent_type_ in {"PERSON", "NORP", "GPE"}
        or token.lemma_.lower() in PARTY_WORDS
        or token.lower_ in PARTY_WORDS
        or _known_surname(token)
    )


def _titled_name(token: Token) -> bool:
    """A name with a title among the words before it, a person's whatever the tagger took it for:
    "Commission Chairperson Moussa Faki Mahamat" (the model's ORG) is the chairperson."""
    words = [c for c in children_of(token) if c.dep_ == "compound" and c.i < token.i]
    return token.pos_ == "PROPN" and any(title_word(c) for c in words)


def _known_surname(token: Token) -> bool:
    """An official's surname the model took for an organisation: "to dine with Trump" (ORG)."""
    return (
        token.pos_ == "PROPN"
        and token.ent_type_ == "ORG"
        and not any(c.dep_ == "compound" for c in children_of(token))
        and bool(gazetteer.by_surname(token.text))
    )


def bilateral(trigger: Token) -> bool:
    return any(c.lower_ in {"bilateral", "separate", "individual"} for c in children_of(trigger))


DOMESTIC = frozenset(
    "cabinet board shareholders shareholder caucus staff faculty parliamentary party editorial".split()
)


# what marks a committee or council as a body of one government or party
INTERNAL_BODIES = frozenset("standing central executive steering ministers state".split())


def domestic(trigger: Token) -> bool:
    """A meeting word named for a body of one government or organisation: "a cabinet meeting",
    "a board meeting", "a party caucus", "the weekly meeting of the Council of Ministers", "a
    meeting of the party's national standing committee"; an internal meeting, not a diplomatic
    one (a "meeting of the Supreme Interstate Council" is not); and so is "the meeting" that
    names such a meeting told before ("Members X and Y attended the meeting")."""
    if of_one_body(trigger):
        return True
    if not _named_again(trigger):
        return False
    doc, start = trigger.doc, trigger.sent.start
    told = next(
        (t for t in reversed(doc[max(0, start - 200) : start]) if t.pos_ == "NOUN" and is_trigger(t)), None
    )
    return told is not None and domestic(told)  # that one may name one told before it


# what makes a body's meeting one of two governments: "a joint cabinet meeting" of France and Germany
JOINT = frozenset("joint intergovernmental".split())


def of_one_body(trigger: Token) -> bool:
    """A meeting word that names an internal body itself: "the weekly cabinet meeting", "a meeting
    of the Council of Ministers" (not "the meeting" told again, nor "a joint cabinet meeting", of
    two governments)."""
    if any(
        c.dep_ in {"compound", "amod", "poss"}
        and c.lower_ in DOMESTIC
        # "the six-party talks", "a five-party meeting": a count of the sides, no party's own
        and not any(n.dep_ == "nummod" for n in children_of(c))
        for c in children_of(trigger)
    ) and not any(c.dep_ == "amod" and c.lower_ in JOINT for c in children_of(trigger)):
        return True
    if any(c.dep_ == "compound" and _an_internal_body_told_before(c) for c in children_of(trigger)):
        return True  # "The Federal Executive Council approved ... The council meeting, attended by A"
    if trigger.lower_ in {"meeting", "meetings"} and any(
        c.dep_ == "amod" and c.lower_ == "general" for c in children_of(trigger)
    ):
        return True  # "the annual general meeting", "the party's extraordinary national general meeting"
    return any(_internal_body(body) for body in _bodies_of(trigger))


def of_a_named_body(trigger: Token) -> bool:
    """A meeting of a body the model names as an organisation ("the meeting of the Ukraine Defense
    Contact Group", "a session of the Council of Foreign Ministers"): the body's gathering of many,
    which its members attend; not one told with whom ("a meeting of the council with Lavrov")."""
    if trigger.lemma_.lower() not in {"meeting", "session"}:
        return False
    if any(c.lower_ in {"with", "between"} for c in children_of(trigger)):
        return False
    return any(body.ent_type_ == "ORG" for body in _bodies_of(trigger))


# the nouns of a body that sits in sessions of its own: "the meeting of the council"
BODY_NOUNS = frozenset("council committee commission board assembly parliament cabinet".split())


def of_a_body(trigger: Token) -> bool:
    """A meeting word told as a session of a body, named or not ("the meeting of the council",
    "a session of the committee"): that body's own sitting, not talks told before it; not one
    told with whom ("a meeting of the council with Lavrov")."""
    if any(c.lower_ in {"with", "between"} for c in children_of(trigger)):
        return False
    return any(body.lemma_.lower() in BODY_NOUNS for body in _bodies_of(trigger))


def _bodies_of(trigger: Token) -> list[Token]:
    """What a meeting word is "of": "the Council of Ministers" of "a meeting of the Council of
    Ministers"."""
    return [
        g
        for c in children_of(trigger)
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in children_of(c)
        if g.dep_ == "pobj"
    ]


def _an_internal_body_told_before(noun: Token) -> bool:
    """A bare body noun ("the council", "the committee") that names again the body told last
    before it by the same noun, when that one is a body of one government or party: "The Federal
    Executive Council approved the budget ... The council meeting was attended by A" (not "The
    Security Council met ... The council meeting", a body of many states)."""
    word = noun.lemma_.lower()
    if word not in BODY_NOUNS or any(c.dep_ in {"compound", "amod", "poss"} for c in children_of(noun)):
        return False
    before = next(
        (t for t in reversed(noun.doc[max(0, noun.i - 400) : noun.i]) if t.lemma_.lower() == word),
        None,
    )
    return before is not None and _internal_body(before)


def _named_again(noun: Token) -> bool:
    """ "the meeting", with nothing of its own to tell which: a meeting told before."""
    children = list(children_of(noun))
    return (
        noun.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in children)
        and not any(c.dep_ in {"compound", "amod", "poss", "prep", "nummod"} for c in children)
    )


def _internal_body(noun: Token) -> bool:
    """ "the cabinet", "the Politburo", "the standing committee", "the Council of Ministers"."""
    word = noun.lower_
    if word in DOMESTIC | {"politburo", "presidium"}:
        return True
    if _a_partys_own(noun):
        return True
    if word not in {"committee", "council"}:
        return False
    if any(c.dep_ == "poss" and c.lemma_.lower() in BODY_OWNERS for c in children_of(noun)):
        return True  # "the Danish government's foreign policy committee", "the party's council"
    marks = [c for c in children_of(noun) if c.dep_ in {"compound", "amod"}]
    marks += [g for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of" for g in children_of(c)]
    return any(m.lower_ in INTERNAL_BODIES for m in marks)


def _a_partys_own(noun: Token) -> bool:
    """A party's own people or organ: "Liberal Democratic Party lawmakers", "ruling party
    officials", "the party's national executive"; not one of them alone ("the party's leader"),
    who may meet anyone, nor the parties to a conflict ("the warring parties")."""
    owned = any(c.dep_ in {"compound", "poss"} and c.lower_ == "party" for c in children_of(noun))
    return owned and (noun.tag_ in {"NNS", "NNPS"} or noun.lower_ in INTERNAL_BODIES)


# the owners whose committee or council is a body of their own
BODY_OWNERS = frozenset("government party ministry cabinet parliament".split())


# bodies of people that a verb of founding sets up to meet or talk in their own right
FOUNDED_BODIES = frozenset(
    "group committee commission panel team mechanism council body taskforce force".split()
)
FOUNDING_VERBS = frozenset("set establish form create launch constitute institute".split())


def for_a_body_set_up(trigger: Token) -> bool:
    """Whether a verb of meeting is the purpose of a body that its clause sets up, so the body's
    members meet or talk, not the clause's subject: "agreed to set up a group of officials to discuss
    the troops", "will form a joint committee to meet every quarter", "established a working group to
    hold talks on trade"; not "set off to meet B", "formed a plan to meet B" (no body of people)."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    if verb.dep_ not in {"advcl", "xcomp", "acl", "relcl"} or not any(
        c.lower_ == "to" for c in children_of(verb)
    ):
        return False
    founding = verb.head
    if lemma_of(founding) not in FOUNDING_VERBS:
        return False
    if lemma_of(founding) == "set" and not any(
        c.dep_ == "prt" and c.lower_ == "up" for c in children_of(founding)
    ):
        return False
    return any(
        c.dep_ in {"dobj", "nsubjpass"} and lemma_of(c) in FOUNDED_BODIES for c in children_of(founding)
    )


def vague(trigger: Token) -> bool:
    """Counts and vague references are no meeting: "have held four meetings", "previous meetings",
    "the second time that the two had met" (a meeting reported elsewhere, counted). A single
    earlier meeting is one: "their previous encounter was in Vienna"."""
    counted = counted_times(trigger.sent)
    if counted == ["time"] and the_last_time(trigger) is not None:
        counted = []  # "The last time Duda and Zelensky met was in Lutsk": that one meeting
    # "the first time they had met since March 2011, when A met B in Moscow": the clause on the
    # date tells the one meeting of then, not the count
    counted_here = (
        counted
        and trigger.dep_ in {"relcl", "acl", "ccomp"}
        and not _when_of_a_date(trigger)
        and not _its_own_time(trigger)
    )
    if (
        ("times" in counted or counted_here)
        and not ("times" in counted and (_most_recently(trigger) or an_example_given(trigger)))
        and not _counted_in_another_clause(trigger)
    ):
        return True  # "spoken several times", "the second time that the two had met"
    if _means_of_a_habit(trigger):
        return True  # "have spoken regularly by telephone": calls held often, no one call
    for child in children_of(trigger):
        if child.dep_ in OWN_CLAUSES:
            continue  # "met in Osaka, although they have spoken regularly since": that clause's habit
        if (
            child.dep_ == "nummod"
            and child.lower_ not in {"one", "1"}
            and not _a_format(child)
            and not _each_named_after(trigger, child)
        ):
            return True
        if any(t.dep_ == "advmod" and t.lower_ in HOW_OFTEN for t in (child, *children_of(child))):
            return True  # "had met the chief medical officer almost daily", "regularly in 2020"
        several = child.lower_ in VAGUE_MODIFIERS - SINGLE_PAST
        if several and _a_round_on_its_margins(trigger, child):
            continue  # "held several bilateral meetings on the margins of the summit": a round
        if several or (child.lower_ in SINGLE_PAST and _plural(trigger)):
            return True  # "in previous meetings"; but "their previous encounter was in Vienna" is one
    return _in_a_series(trigger)


def _counted_in_another_clause(trigger: Token) -> bool:
    """Whether every count of times in a trigger's sentence is told in another clause, joined to the
    trigger's by "and" and with a subject of its own ("Meloni has travelled there four times since
    June 2023, and in April 2024 she met Saied in Tunis"): the trips are counted, the meeting told
    after them is one; not "the two have met three times" (the count is the meeting verb's own)."""
    mine = _clause_verb(trigger)
    times = [
        t
        for t in span_tokens(trigger.sent)
        if t.lemma_.lower() == "time" and any(_counting(c) for c in children_of(t))
    ]
    return bool(times) and all(_clauses_apart(mine, _clause_verb(t)) for t in times)


def _clause_verb(word: Token) -> Token:
    """The verb of the clause a word is told in: the word itself, or the nearest verb above it
    (:func:`spans.verb_above`); the word where none is."""
    return word if word.pos_ in {"VERB", "AUX"} else verb_above(word) or word


def _clauses_apart(one: Token, other: Token) -> bool:
    """Whether two verbs head clauses of their own joined as conjuncts, each with its own subject
    ("she has travelled there four times, and she met B in Tunis")."""
    if one.i == other.i:
        return False
    first, second = (one, other) if one.i < other.i else (other, one)
    return second.dep_ == "conj" and second.head.i == first.i and all(subjects_of(v) for v in (first, second))


def _means_of_a_habit(trigger: Token) -> bool:
    """Whether a meeting noun is the means of a verb told as done often ("have spoken regularly
    by telephone", "talk often over video"): a habit, no one call."""
    link = trigger.head
    if trigger.dep_ != "pobj" or link.dep_ not in {"prep", "agent"} or link.head.pos_ != "VERB":
        return False
    return any(c.dep_ == "advmod" and c.lower_ in HOW_OFTEN for c in children_of(link.head))


def _when_of_a_date(trigger: Token) -> bool:
    """Whether a meeting verb is told in a "when" clause on a date ("since March 2011, when A met
    B", "in May, when they met in Rome"): what was done then, one meeting, whatever the sentence
    counts; not "the second time within a month that the two had met", a count."""
    return (
        trigger.dep_ == "relcl"
        and trigger.head.ent_type_ == "DATE"
        and any(c.lower_ == "when" for c in children_of(trigger))
    )


def _its_own_time(trigger: Token) -> bool:
    """Whether the time a sentence counts is the meeting verb's own ("a trip to Beijing, where he
    met Xi for the first time"): one meeting, told as the first, not a count of meetings told
    elsewhere ("the second time that the two had met"), whatever clause the verb is told in."""
    times = [
        g
        for c in children_of(trigger)
        if c.dep_ == "prep"
        for g in children_of(c)
        if g.dep_ == "pobj" and g.lemma_.lower() == "time"
    ]
    return bool(times) and len(times) == len(counted_times(trigger.sent))


def _a_round_on_its_margins(trigger: Token, several: Token) -> bool:
    """ "held several bilateral meetings on the margins of the summit": a round of meetings its
    subject holds at a gathering, which sets the scene of those the article goes on to tell, as
    "a series of" does (see :func:`_in_a_series`); not "have met several times"."""
    return (
        several.lower_ in {"several", "multiple", "numerous"}
        and trigger.dep_ == "dobj"
        and trigger.head.lemma_.lower() in {"hold", "have", "conduct"}
        and any(t.lower_ in {"sidelines", "margins"} for t in subtree_of(trigger))
    )


def the_last_time(trigger: Token) -> Token | None:
    """The verb "was" of "The last time A and B met was in Lutsk on July 9": one meeting, told
    where and when by what the last time was."""
    time = trigger.head
    if not (
        trigger.dep_ == "relcl"
        and time.lemma_.lower() == "time"
        and any(c.lower_ == "last" for c in children_of(time))
        and time.dep_ == "nsubj"
        and time.head.lemma_.lower() == "be"
    ):
        return None
    return time.head


def _in_a_series(trigger: Token) -> bool:
    """Meetings in the plural that a run of them gathers, told with no day or place of their own:
    "the latest in a series of conversations between the two" (many, none told); but "the latest
    round of talks" is one, and "held a series of bilateral meetings on Monday on the sidelines of
    the G20 summit in Rio de Janeiro" sets the scene of the meetings the article goes on to tell."""
    of = trigger.head
    return (
        _plural(trigger)
        and trigger.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.lemma_.lower() in SERIES
        and not any(_day_or_place(t) for t in span_tokens(trigger.sent))
    )


def _day_or_place(token: Token) -> bool:
    """A day, a gathering's sidelines, or a place a preposition puts something in ("on Monday",
    "on UNGA sidelines", "in Rio de Janeiro")."""
    if token.ent_type_ in {"DATE", "TIME"} or token.lower_ in {"sidelines", "margins"}:
        return True
    return (
        token.ent_type_ in {"GPE", "LOC", "FAC"}
        and token.dep_ == "pobj"
        and token.head.lower_ in {"in", "at"}
    )


def _each_named_after(trigger: Token, count: Token) -> bool:
    """ "wiped out two meetings he was due to hold, with A and with B": a count of meetings followed
    by as many people named after "with" (on the meeting noun or on its verb) tells those meetings,
    one with each; not "held two meetings with A" (a count of A's meetings)."""
    number = dates.NUMBER_WORDS.get(count.lower_) or (int(count.text) if count.text.isdigit() else 0)
    withs = [
        w
        for p in (trigger, trigger.head)
        for c in children_of(p)
        if c.dep_ == "prep" and c.lower_ == "with" and c.i > trigger.i
        for w in (c, *c.conjuncts)
    ]
    named = [
        n
        for w in withs
        for g in children_of(w)
        if g.dep_ == "pobj"
        for n in (g, *g.conjuncts)
        if n.ent_type_ == "PERSON"
    ]
    return number >= 2 and len(named) == number


def _a_format(number: Token) -> bool:
    """ "2+2 talks", "a 3+1 meeting": numbers joined by "+" name a format, not a count; nor is a
    number right after "of", the end of a body's name ("the Group of 20 summit", "a Group of
    Seven meeting")."""
    doc = number.doc
    return (
        any(t.text == "+" for t in subtree_of(number))
        or (number.i + 1 < len(doc) and doc[number.i + 1].text == "+")
        or (number.i > 0 and doc[number.i - 1].lower_ == "of")
    )


def named_by(trigger: Token) -> Token:
    """The word a meeting noun stands as in its clause: itself, or the body's name it ends, on
    whose "of" the parser hangs it ("since the Group of 20 summit in Osaka": "Group", the object
    of "since"), a number right after the "of" marking the name (see :func:`_a_format`)."""
    of = trigger.head
    if (
        trigger.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.pos_ == "PROPN"
        and of.i + 1 < trigger.i
        and any(c.dep_ == "nummod" and c.i == of.i + 1 for c in children_of(trigger))
    ):
        return of.head
    return trigger


def _most_recently(trigger: Token) -> bool:
    """ "have met several times, most recently in Doha on March 18": the last of the meetings
    counted is one meeting, told where and when (by the trigger counted itself, not another in its
    sentence)."""
    return any(
        c.dep_ == "advmod" and c.lower_ == "recently" and any(g.lower_ == "most" for g in children_of(c))
        for c in children_of(trigger)
    )


def an_example_given(trigger: Token) -> bool:
    """ "have met several times, including at a summit in Luanda on July 30": of the meetings
    counted, one given as an example with a day or place of its own is one meeting, whether the
    parse hangs the example on the meeting counted or makes its noun the object of "including"
    ("... several times, including a ministerial meeting in Luanda on July 30"); not one that
    counts again ("including twice in Manila")."""
    examples = [c for c in children_of(trigger) if c.dep_ == "prep" and c.lower_ == "including"]
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "including":
        examples.append(trigger)
    return any(
        any(_a_day_or_place(t) for t in subtree_of(e)) and not any(_a_count(t) for t in subtree_of(e))
        for e in examples
    )


# words that count how often on their own: "including twice in Manila" is more than one meeting
COUNTS = frozenset("twice thrice".split())


def _a_count(token: Token) -> bool:
    """A word that counts meetings: "twice", "three times", "regularly"."""
    counted = token.lemma_.lower() == "time" and any(_counting(c) for c in children_of(token))
    return counted or token.lower_ in COUNTS | HOW_OFTEN


def _a_day_or_place(token: Token) -> bool:
    """A place, a gathering's sidelines or a day told by its number ("on July 30", "in Luanda");
    not a stretch of time ("including this year", "including in 2023")."""
    if token.ent_type_ in {"DATE", "TIME"}:
        return token.like_num and token.dep_ == "nummod" and token.head.ent_type_ == "DATE"
    return _day_or_place(token)


def counted_times(sentence: Span) -> list[str]:
    """The words of a sentence that count times ("several times", "the second time"), as
    written in lower case, not those that count how often something was put off ("postponed
    several times"); read once per sentence and kept in ``doc.user_data``, as each trigger
    of the sentence asks."""
    found: dict[int, list[str]] = sentence.doc.user_data.setdefault(_COUNTED_TIMES, {})
    if sentence.start not in found:
        found[sentence.start] = [
            token.lower_
            for token in span_tokens(sentence)
            if token.lemma_.lower() == "time"
            and any(_counting(c) for c in children_of(token))
            and token.head.lemma_.lower() not in PUTTING_OFF
        ]
    return found[sentence.start]


_COUNTED_TIMES = "dipgraph.counted_times"
# verbs whose count of times is of the putting off, not of meetings: "Ruto's state visit, which had
# been postponed several times, was shelved" (one visit, never made)
PUTTING_OFF = frozenset("postpone delay defer reschedule cancel shelve".split())


def _counting(word: Token) -> bool:
    """Whether a word on "time" counts times ("several times", "the second time"); "some" on a
    single "time" measures a while instead: "a visit to Washington some time after that"."""
    if word.lower_ == "some" and word.head.lower_ == "time":
        return False
    return word.dep_ in {"amod", "nummod"} or word.lower_ in QUANTIFIERS


def _plural(noun: Token) -> bool:
    """A plural noun: "previous meetings", "previous talks" (which may be many)."""
    return noun.tag_ in {"NNS", "NNPS"} or noun.lower_.endswith("s")


def has_venue(trigger: Token) -> bool:
    """ "told X at a summit in Peru": telling in person, at a stated venue."""
    return any(
        child.dep_ == "prep" and child.lower_ in {"at", "during", "on"} for child in children_of(trigger)
    )


IRREGULAR_TRIGGER_FORMS = frozenset(
    "met sat sitting spoke spoken told conferred conferring dialled dialling dialed dialing hugged "
    "hugging tripped tripping dined dining convened convening huddled huddling shook shaken stood "
    "posing brought flew flown travelled travelling".split()
)
# trip verbs too common to be worth a parse alone: an article whose only trigger is "go" or
# "come" ("in the coming year", "going forward") tells no meeting; one that tells "will go to
# China" tells a visit or talks too, and is parsed for them. So with the shared acts, of sport,
# shopping, quakes and trade ("faced Chile", "spending slipped", "struck off the coast", "sealed
# the title"): talks "spent" or a deal "struck" are told beside "talks" or "met"
TOO_COMMON_ALONE = frozenset({"go", "come"}) | SHARED_ACTS
# words that are triggers in some uses only, which ``is_trigger`` tests for: "signed together",
# "shook hands", "crossed paths", "a video conference", "appeared alongside"
SOMETIMES_TRIGGERS = (
    JOINT_VERBS
    | AGREEING_VERBS
    | SHARED_ACTS
    | frozenset({"shake", "cross", "exchange", "conference", "invite", "signature"})
    | CLOSETED_VERBS
    | BY_ONES_SIDE_VERBS
    | BESIDE_VERBS
    | GATHERING_VERBS
    | TRIP_VERBS
    | DELIVERY_VERBS
    | CONDOLENCES  # "to offer condolences to": the verb too common to be looked for
)


def _trigger_forms_pattern() -> re.Pattern[str]:
    """Every spelling whose lemma can be a trigger's: each trigger word (and "discuss", "tell", "see"),
    with any suffix the lemmatizer takes off (-s, -es, -ed, -ing, -er, -est, -ies for -y, a
    final e dropped before them), and the irregular forms; as whole words, in any case; not the
    verbs too common to count alone ("go", "come")."""
    stems: set[str] = set(IRREGULAR_TRIGGER_FORMS)
    lexicon = MEETING_VERBS | CALL_VERBS | MEETING_NOUNS | LINKED_NOUNS | LINKED_VERBS
    for word in (lexicon | GUARD_VERBS | SOMETIMES_TRIGGERS | {"discuss", "tell", "see"}) - TOO_COMMON_ALONE:
        stems.add(word)
        # "agree" is "agre" ("agreed", the lemmatizer's "agreing"); "see" is no "se" ("seed")
        if word.endswith(("e", "y")) and word != "see":
            stems.add(word[:-1])
    words = _alternatives(stems)
    return re.compile(rf"(?<![A-Za-z])(?:{words})(?:s|es|ed|ing|er|est|ies)?(?![A-Za-z])", re.IGNORECASE)


_Tree = dict[str, "_Tree"]  # each next character of a word, and "" where one ends


def _alternatives(words: set[str]) -> str:
    """A pattern for any one of ``words``, as a tree of their shared beginnings: ``re`` tries an
    alternation's branches one by one at every position of a text, and with the words of a
    tree it tries only the branches of the letter at hand (a text with no trigger, the most
    common kind in a news stream, is searched five times faster than with a plain ``a|b|c``).

    >>> _alternatives({"meet", "meeting", "met", "talk"})
    '(?:me(?:et(?:ing)?|t)|talk)'
    """
    tree: _Tree = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def pattern(node: _Tree) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return pattern(tree)


TRIGGER_FORMS = _trigger_forms_pattern()


def could_report_a_meeting(text: str) -> bool:
    """Whether ``text`` holds any word that could be a meeting's trigger; a text without one
    states no meeting, so it need not be parsed (a superset test: many texts that pass state
    none).

    >>> could_report_a_meeting("Wang Yi met Sergey Lavrov."), could_report_a_meeting("Talks: soon")
    (True, True)
    >>> could_report_a_meeting("Oil prices fell on Tuesday; the metal market was calm.")
    False
    >>> could_report_a_meeting("She and Museveni signed deals"), could_report_a_meeting("A shook hands")
    (True, True)
    """
    return TRIGGER_FORMS.search(text) is not None


def _handed_to_someone(verb: Token) -> bool:
    """Whether a verb tells a letter or message handed to a person: "delivered a message from Ruto
    to Museveni", "handed Burhan a written message from the Emir", "conveyed a letter to the
    President"; not one sent to a country or a gathering ("delivered a message to the summit"),
    nor one passed on in a call ("conveyed the message by phone")."""
    return bool(missive_recipients(verb))


def mourners_visited(verb: Token) -> list[Token]:
    """Those a trip was made to offer condolences to: "travelled to Amman to offer condolences to
    King Abdullah", "led a delegation to Amman to express sympathy to His Majesty", "visited Amman
    to extend condolences to the King"; none for condolences offered in a call, a statement or a
    message ("offered condolences to the King", "called to offer condolences to him")."""
    if not any(c.dep_ == "dobj" and lemma_of(c) in CONDOLENCES for c in children_of(verb)):
        return []
    if verb.dep_ not in {"advcl", "xcomp"} or not _purpose(verb) or not _a_trip(verb.head):
        return []
    recipients = [
        g
        for c in children_of(verb)
        if c.dep_ in {"prep", "dative"} and c.lower_ == "to"
        for g in children_of(c)
        if g.dep_ == "pobj"
    ]
    # a style stands for its bearer: "to offer condolences to His Highness"
    return [r for r in recipients if r.ent_type_ == "PERSON" or r.lower_ in {"him", "her", *STYLES}]


def _a_trip(verb: Token) -> bool:
    """Whether a verb tells a trip to a place: "travelled to Amman", "visited Amman", "led a
    delegation to Amman"."""
    lemma = lemma_of(verb)
    return lemma == "visit" or bool(places_led_to(verb)) or (lemma in TRIP_VERBS and bool(destinations(verb)))


def places_led_to(verb: Token) -> list[Place]:
    """The places a verb that leads a delegation goes "to", the parser hanging "to" on the verb or
    on the delegation ("led a delegation to Abu Dhabi"), each as the table resolves it, whatever
    the tagger made the name."""
    if not led_a_delegation(verb):
        return []
    named = [
        g.doc[g.left_edge.i : g.i + 1].text
        for h in (verb, *children_of(verb))
        if h == verb or (h.dep_ == "dobj" and lemma_of(h) in TRAVELLING_PARTIES)
        for c in children_of(h)
        if c.dep_ == "prep" and c.lower_ == "to"
        for g in children_of(c)
        if g.dep_ == "pobj"
    ]
    return [p for p in map(places.resolve_place, named) if p is not None]


def missive_recipients(verb: Token) -> list[Token]:
    """Those a verb of handing over gives a letter or message to in person, as in
    ``_handed_to_someone``: the dative ("handed Burhan a message") or the object of "to", whether
    the parser hangs it on the verb or on the missive ("delivered a message from A to B")."""
    missives = [c for c in children_of(verb) if c.dep_ == "dobj" and lemma_of(c) in MISSIVES]
    # a state's instrument of accession or ratification, handed over at a ceremony, and the
    # treaty step it is of, on which the parser may hang the "to" of its recipient
    instruments = [
        g
        for c in children_of(verb)
        if c.dep_ == "dobj" and c.lower_ in {"instrument", "instruments"}
        for p in children_of(c)
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in children_of(p)
        if g.dep_ == "pobj" and g.lower_ in TREATY_STEPS
    ]
    missives += [g.head.head for g in instruments] + instruments
    if not missives or {t.lower_ for t in verb.sent} & (REMOTE_WORDS | {"call", "conversation"}):
        return []
    recipients = [c for c in children_of(verb) if c.dep_ == "dative" and c.pos_ == "PROPN"]
    recipients += [
        g
        for h in (verb, *missives)
        for c in children_of(h)
        if c.dep_ in {"prep", "dative"} and c.lower_ == "to"
        for g in children_of(c)
        if g.dep_ == "pobj"
    ]
    return [  # a name the model took for a place still is one ("to Museveni"), not "to Kenya"
        r
        for r in recipients
        if r.ent_type_ == "PERSON"
        or r.lower_ in {"him", "her"}
        or (_named(r) and r.ent_type_ not in {"ORG", "NORP", "LAW"} and places.resolve_place(r.text) is None)
    ]


def _signed_together(verb: Token) -> bool:
    """Two people who sign something together met to sign it: "she and President Museveni signed
    agreements in Entebbe", "the deal was signed by A and B"; not one who signs a decree, nor a
    signature told of a country ("Iran and Iraq signed 14 agreements"). So with the other
    ``JOINT_VERBS``: "Sánchez and Akhannouch co-chaired the summit" (a name the model took for a
    place, which no table holds, is a person's)."""
    if any(c.dep_ == "dobj" and lemma_of(c) in WRITINGS for c in children_of(verb)):
        return False  # "Macron signed a joint letter with Scholz": written apart, sent together
    signers = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    agents = passive_agents(verb)
    signers += agents
    # "At the summit in Madrid, A, B and C signed": a list the parser hung on the place
    listed = listed_before(verb, lambda t: t.pos_ == "PROPN" and _not_a_country(t))
    return (
        len(listed) > 1
        # "was signed by A, the secretary of the council, and adviser B": two agents named apart
        or len([a for a in agents if a.ent_type_ == "PERSON"]) > 1
        or any(
            (_not_a_country(s) and any(c.dep_ == "conj" and _not_a_country(c) for c in children_of(s)))
            # "US envoy A and Taliban deputy leader B signed": two names, however the parse hangs them
            # (a signing only: who co-chair a meeting are its people, told by its own noun)
            or (s.dep_ == "nsubj" and lemma_of(verb) == "sign" and _two_people(s))
            or ((_two_of_them(s) or _holders_of_two_countries(s)) and _of_its_own_time(verb))
            for s in signers
        )
        or any(_a_signer(g) for g in _signed_with(verb))
    )


def signs(verb: Token) -> bool:
    """Whether a verb tells a signing (or a joint chairing): "signed", "co-chaired", or "put their
    signatures to"."""
    return lemma_of(verb) in JOINT_VERBS or _puts_a_signature(verb)


def _puts_a_signature(verb: Token) -> bool:
    """Whether a verb tells a signing by its object, the noun "signature": "A and B put their
    signatures to the pact", "affixed their signatures to"; read as "signed"."""
    return any(c.dep_ == "dobj" and lemma_of(c) == "signature" for c in children_of(verb))


def _agreed_together(verb: Token) -> bool:
    """Two people named together who agree, pledge or vow on a day of their own met to do it: "Lee
    and Ishiba agreed on Saturday to expand trade", "he and Ishiba agreed Saturday to"; not
    countries ("Iran and Iraq agreed on Monday"), nor an agreement without a time of its own ("A
    and B agreed that ...", said of the meeting just told), nor one whose meeting the clause
    names itself ("agreed during talks", "during a telephone call": that noun states it). The
    two are read off the subject's words, wherever the parse hangs the second name."""
    if not _of_its_own_time(verb) or any(
        is_trigger(g)
        for c in children_of(verb)
        if c.dep_ == "prep"
        for g in children_of(c)
        if g.dep_ == "pobj"
    ):
        return False
    return any(_two_people(s) for s in children_of(verb) if s.dep_ == "nsubj")


def _two_people(subject: Token) -> bool:
    """Whether a subject joins two people with "and": two names the model takes for persons' ("Ruto
    and President Samia Suluhu Hassan"), or a name and "he", "she" or "I", or one of them and an
    office standing for a person ("he and his Egyptian counterpart", "Lula and the King")."""
    words = list(subtree_of(subject))
    people = [
        t
        for t in words
        if (t.ent_type_ == "PERSON" and t.ent_iob_ == "B")
        or t.lower_ in {"he", "she", "i"}
        or _an_office_joined(t, subject)
    ]
    return len(people) >= 2 and any(t.dep_ == "cc" and t.lower_ == "and" for t in words)


def _an_office_joined(word: Token, subject: Token) -> bool:
    """A singular office or "counterpart" that is itself one of the people a subject joins, not a
    title before a name: "his Egyptian counterpart" and "the King" of "he and his Egyptian
    counterpart", "Lula and the King"; not "President" of "President Lula", nor "leaders"."""
    return (
        (word == subject or (word.dep_ == "conj" and word.head == subject))
        and word.tag_ in {"NN", "NNP"}
        and not word.ent_type_
        and not any(c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in children_of(word))
        and (word.lower_ in PARTY_WORDS or title_word(word))
    )


COUNTED = frozenset("two three four both".split())
# what people sign each at their own desk: "signed an op-ed with", "signed a joint letter with"
WRITINGS = MISSIVES | frozenset("op-ed article column editorial petition appeal letter".split())


def _two_of_them(subject: Token) -> bool:
    """Whether a subject names people told before by their number: "the two leaders", "the two
    heads of state", "both presidents" (not "the two countries", whose signature is their
    governments')."""
    return (
        subject.tag_ == "NNS"
        and subject.ent_type_ not in {"GPE", "NORP", "ORG"}
        and lemma_of(subject) not in {"country", "nation", "side", "government", "state", "party"}
        and any(c.dep_ in {"nummod", "det", "predet"} and c.lower_ in COUNTED for c in children_of(subject))
    )


def _holders_of_two_countries(subject: Token) -> bool:
    """Whether a subject names the holders of one office in countries it joins with "and": "the
    foreign ministers of Armenia and Azerbaijan", "the presidents of Kenya and Uganda" (each in
    person, where "Armenia and Azerbaijan" alone would be the governments)."""
    if subject.tag_ != "NNS" or find_role(subject.text) is None or not prep_objects("of", subject):
        return False
    words = subtree_of(subject)
    start, end = words[0].i, words[-1].i
    countries = {
        country
        for e in subject.doc.ents
        if start <= e.start
        and e.end <= end + 1
        and e.start > subject.i
        and (country := places.country_named(e.text))
    }
    return len(countries) >= 2 and any(t.dep_ == "cc" and t.lower_ == "and" for t in words)


def _of_its_own_time(verb: Token) -> bool:
    """Whether a clause tells its own time ("the two leaders signed a memorandum in Rome last
    November"): a signing by "the two leaders" without one is the signing at the meeting just
    told, no meeting of its own."""
    return any(t.ent_type_ == "DATE" for t in subtree_of(verb))


def _signed_with(verb: Token) -> list[Token]:
    """Whom a signer signed with: "signed, together with Tebboune, the declaration", "signed a
    joint statement with King Mohammed VI" (the parser may hang "with" on what was signed)."""
    return [g for c in signing_partners(verb) for g in children_of(c) if g.dep_ == "pobj"]


def signing_partners(verb: Token) -> list[Token]:
    """The "with" phrases that tell whom a verb of signing was done with: on the verb, on what was
    signed, or on the last word of its name, where the parser hangs it ("signed a memorandum of
    understanding in Addis Ababa with A": "with" under "understanding")."""
    things = [c for c in children_of(verb) if c.dep_ == "dobj"]
    things += [
        g
        for t in things
        for c in children_of(t)
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in children_of(c)
    ]
    # "with A in Berlin and with B in Paris": the "with" said again, which the parser may join to
    # the phrase of place before it
    return [
        w
        for h in (verb, *things)
        for c in children_of(h)
        if c.dep_ == "prep"
        for w in (c, *c.conjuncts)
        if w.lower_ == "with" and (w == c or w.i > c.i)
    ]


def _not_a_country(token: Token) -> bool:
    """Whether a signer joined by "and" is no country: "Lula and Petro" (the model's place for a
    name no table holds), not "Iran and Iraq"."""
    return token.ent_type_ != "GPE" or places.resolve_place(token.text) is None


def _a_signer(token: Token) -> bool:
    """Whether a name is a person's: the model's PERSON, or a name that no place bears and the model
    takes for no body or nation ("with Tebboune", tagged as a place; not "Iraq", "with Boeing")."""
    if token.ent_type_ == "PERSON" or token.lower_ in {"him", "her"}:
        return True
    return (
        _named(token)
        and token.ent_type_ not in {"ORG", "NORP", "GPE"}
        and places.resolve_place(token.text) is None
    )


def told_since(meeting: Found) -> bool:
    """Whether a meeting is told as what the news came after: "(their first talks) since they
    last met in Bali", "since their meeting in Bali", or in a "when" clause on the time since
    which ("the first talks since March, when they met in Bali")."""
    return since_clause(meeting.verb, meeting.trigger)


def since_clause(verb: Token, trigger: Token) -> bool:
    """Whether a meeting's verb or noun is told in a clause of what the news came after (see
    `told_since`)."""
    return (
        any(c.dep_ == "mark" and c.lower_ == "since" for c in children_of(verb))
        or ((told := named_by(trigger)).dep_ == "pobj" and told.head.lower_ == "since")
        or when_since(verb)
    )


def when_since(verb: Token) -> bool:
    """Whether a verb's clause is told "when" of a time that is the object of "since": "since
    March, when they met in Bali" (the verb may be one of several: "when she flew to Bali and met
    him there")."""
    while verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head
    if not a_when_clause(verb):
        return False
    if verb.head.dep_ == "pobj" and verb.head.head.lower_ == "since":
        return True
    # the parser may hang the clause on the noun the time is told of: "his first trip to China
    # since September 2018, when he travelled to Beijing" ("when" on "trip")
    return any(
        c.dep_ == "prep"
        and c.lower_ == "since"
        and c.i < verb.i
        and any(g.ent_type_ == "DATE" for g in children_of(c))
        for c in children_of(verb.head)
    )
