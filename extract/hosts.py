"""Hosts of visits: who receives a meeting's guests. A meeting that a head of state or government,
or a foreign minister, hosts, receives or welcomes, with no place of its own, is in the host's
country; a lone visitor's trip is a meeting with the one of the visited country who invited them
("Putin had invited Trump to visit Moscow"), who dealt with them when they visited ("Lula gave a
book to Macron when the French president visited Brazil") or who received them in a "when" clause
told right after the trip, or with whom "the two leaders" of a "when" clause of the trip acted there
("Erdogan, who visited Cairo in February, when the two leaders agreed to ...")."""

from __future__ import annotations

from spacy.tokens import Token

from extract import places
from extract.circumstances import SINCE, clause_place
from extract.found import Found
from extract.gazetteer import ORGANISATIONS
from extract.kinds import TO_COME
from extract.participants import people_of, plural_reference, subject_of
from extract.people import ATTRIBUTING, Cluster, People
from extract.records import Place
from extract.roles import find_role, role_class
from extract.spans import ancestors_of, children_of, passive_agents, span_tokens, subjects_of, subtree_of
from extract.together import HOSTS_AT_HOME
from extract.triggers import MISSIVES, is_trigger

# Those who host at home: heads of state and government, and foreign ministers (not an ambassador,
# who receives abroad).
HOME_HOSTS = frozenset({"leader", "foreign"})


def at_the_hosts(meeting: Found, people: People) -> None:
    """A meeting with neither place nor summit of its own, or from the rest of the article, that a
    head of state or government, or a foreign minister, hosts, receives or welcomes is in the
    host's country: guests come to the host ("Erdogan hosted Somali President Mohamud on
    Wednesday", "talks hosted by Qatar's Emir Sheikh Tamim", "she remembered the hospitality he
    had extended" when they met), or who is the one head of state or government of those who met
    at a seat of office ("Boluarte met Wang Yi at the Palacio de Gobierno"); not a call or a video
    summit one hosts."""
    if (
        meeting.place is not None
        or meeting.occasion is not None
        or meeting.kind not in TO_COME | {"in_person"}
    ):
        return
    host = (
        _host_of(meeting, people) or host_of_the_hospitality(meeting, people) or _holder_of_the_seat(meeting)
    )
    if host is None or role_class(host.role) not in HOME_HOSTS or host.country is None:
        return
    country = places.country_name(host.country)
    if country is not None and any(p.country != host.country for p in meeting.people):
        meeting.place = Place(country=country)
        if role_class(host.role) == "leader" and _at_the_seat_unnamed(meeting):
            # "was received by Chadian President Deby at the presidential palace": in N'Djamena
            meeting.place = places.capital_of(f"the capital of {country}") or meeting.place


def _host_of(meeting: Found, people: People) -> Cluster | None:
    """The one of a meeting's people its verb, or a participle on its noun, tells as the host: the
    subject of "hosted", the agent of "was hosted by" and "talks hosted by"."""
    trigger = meeting.trigger
    verbs = [meeting.verb, *(c for c in children_of(trigger) if c.dep_ == "acl")]
    for verb in verbs:
        if verb.lemma_.lower() not in HOSTS_AT_HOME or verb.pos_ != "VERB":
            continue
        passive = verb.dep_ == "acl" or any(c.dep_ == "auxpass" for c in children_of(verb))
        named = passive_agents(verb) if passive else [c for c in children_of(verb) if c.dep_ == "nsubj"]
        if not named and not passive and verb.dep_ == "advcl" and verb.tag_ == "VBG":
            # "Welcoming the guest, the Head of State noted ...": the one the participle's clause is about
            named = [c for c in children_of(verb.head) if c.dep_ == "nsubj"]
        hosts = [h for t in named for h in people.in_tokens(subtree_of(t)) if h in meeting.people] or [
            h for t in named if (h := people.described(t)) is not None and h in meeting.people
        ]  # "was received by the Nigerian leader"
        if len(hosts) == 1:
            return hosts[0]
    return None


# the words of a seat of office, a palace in English or in its country's language, a leader's house
SEAT_WORDS = frozenset("palace palacio palácio palais palazzo istana qasr serail saray diwan".split())
SEAT_HOUSES = frozenset("state government presidential".split())
# a building named for its guests, not its holder: "the Palace Hotel", "a palace resort"
NOT_A_SEAT = frozenset("hotel hotels resort".split())


def _holder_of_the_seat(meeting: Found) -> Cluster | None:
    """The one head of state or government of those who met at a seat of office with no town of
    its own, told by an "at" of the meeting's clause: a palace, in English or its country's
    language ("at the Royal Palace", "at the Palais de Carthage", "at the Grand Serail"), or a
    leader's house ("at State House", "at Government House"). A palace is its holder's home, and
    the others came to it: "King Abdullah II met Wang Yi at the Royal Palace" is in Jordan. Not
    two leaders, either of whom may hold it ("Saied met Meloni at the Palais de Carthage"), nor a
    hotel named a palace ("at the Palace Hotel")."""
    seats = [
        g
        for c in span_tokens(meeting.sentence)
        if c.i in meeting.clause and c.dep_ == "prep" and c.lower_ == "at"
        for g in children_of(c)
        if g.dep_ == "pobj" and _a_seat(g)
    ]
    if not seats:
        return None
    leaders = [p for p in meeting.people if role_class(p.role) == "leader" and p.country]
    if len(leaders) != 1:
        return None
    return leaders[0]


# the words of a head of state's seat told by what it is, not by its name: "the presidential
# palace", "the Royal Palace", "State House"; a seat named otherwise may stand outside the capital
# ("the Dolmabahce Palace" in Istanbul, "the Bocharov Ruchei residence" in Sochi)
UNNAMED_SEAT_WORDS = frozenset("the a presidential royal palace state house government".split())


def _at_the_seat_unnamed(meeting: Found) -> bool:
    """Whether a meeting's clause tells it "at" its host's seat of office by what the seat is,
    with no name nor town of its own: "at the presidential palace", "at State House"; a head of
    state receives there, in the capital."""
    return any(
        g.dep_ == "pobj" and _a_seat(g) and {t.lower_ for t in subtree_of(g)} <= UNNAMED_SEAT_WORDS
        for c in span_tokens(meeting.sentence)
        if c.i in meeting.clause and c.dep_ == "prep" and c.lower_ == "at"
        for g in children_of(c)
    )


def _a_seat(place: Token) -> bool:
    words = [t for t in subtree_of(place) if not t.is_punct]
    lowered = {t.lower_ for t in words}
    if lowered & NOT_A_SEAT:
        return False
    if lowered & SEAT_WORDS:
        return True
    return any(
        t.lower_ == "house" and i > 0 and words[i - 1].lower_ in SEAT_HOUSES for i, t in enumerate(words)
    )


# the word of the welcome a host gives a guest at home: "the hospitality he had extended"
HOSPITALITY = frozenset({"hospitality"})
PRONOUNS = frozenset("he she him her his".split())


def host_of_the_hospitality(meeting: Found, people: People) -> Cluster | None:
    """The one of a meeting of two whose hospitality its sentence tells: the one it names as
    giving it ("Modi's hospitality", "the hospitality of Modi", "the hospitality Modi extended"),
    else the other of the two than the one who thanks for it or remembers it ("Hasina said that
    when they met in 2019, she remembered the hospitality he had extended"): guests are
    welcomed at their host's home."""
    if len(meeting.people) != 2:
        return None
    for word in span_tokens(meeting.sentence):
        if word.lemma_.lower() not in HOSPITALITY:
            continue
        givers = [c for c in children_of(word) if c.dep_ == "poss"]
        givers += [
            g for c in children_of(word) if c.dep_ == "prep" and c.lower_ == "of" for g in children_of(c)
        ]
        givers += [
            s for c in children_of(word) if c.dep_ == "relcl" for s in children_of(c) if s.dep_ == "nsubj"
        ]
        for giver in givers:
            if (host := people.at(giver)) in meeting.people:
                return host
        guest = _who(_thankful(word), people)
        if guest in meeting.people:
            return next(p for p in meeting.people if p != guest)
    return None


def _thankful(hospitality: Token) -> Token | None:
    """The subject of the verb that hospitality is the object of ("she remembered the hospitality",
    "thanked him for the hospitality")."""
    verb = hospitality.head
    if hospitality.dep_ == "pobj" and verb.lower_ == "for":
        verb = verb.head
    elif hospitality.dep_ != "dobj":
        return None
    return next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)


def _who(subject: Token | None, people: People) -> Cluster | None:
    """The person a subject names, or means by "he" or "she"."""
    if subject is None:
        return None
    if subject.lower_ in PRONOUNS:
        return people.salient_before(subject)
    return people.at(subject)


def host_to_come(meeting: Found, people: People) -> Cluster | None:
    """The one who invites a visitor to their own country, or looks forward to the visit there,
    hosts the visit to come: "Putin had invited Trump to visit Moscow", "Putin said he looked
    forward to Xi paying a state visit to Moscow", "had accepted Xi's invitation to travel to
    China" (the invitation's owner; not "Macron urged Scholz to travel to Kyiv"), and the one at
    whose invitation the trip is made ("will travel to Nairobi at the invitation of Ruto", "a visit
    to Chile at Boric's invitation"). Not "accepted an invitation from Lula to visit Brazil", which
    the sets read as the visitor's alone as often as a meeting with Lula. A visit called off keeps
    the one it was planned or scheduled at the invitation of ("postponed a state visit to Germany at
    the invitation of President Steinmeier", "a state visit to Paris by A, planned at Macron's
    invitation, has been called off"): the two are the meeting that did not take place."""
    if (_lone(meeting, "planned") or _lone(meeting, "cancelled")) is None or not meeting.visit:
        return None
    token, inviter = meeting.trigger, _invitation_the_trip_answers(meeting.trigger)
    if inviter is None:  # "a visit to Paris by A, planned at Macron's invitation"
        inviter = next(
            filter(
                None,
                (_invitation_the_trip_answers(c) for c in _participles_of_the_trip(meeting.trigger)),
            ),
            None,
        )
    for _ in range(4 if inviter is None else 0):
        if token.head.i == token.i:
            return None
        token = token.head
        lemma = token.lemma_.lower()
        if lemma == "invite" and _invited_in_writing(token):
            return None  # "sent a letter to A inviting him to Riyadh": the writer, not a host told
        if lemma == "invite" or (lemma == "look" and any(c.lower_ == "forward" for c in children_of(token))):
            inviter = next(iter(subject_of(token)), None)  # "spoke with A, and invited him to"
            break
        if lemma == "invitation":
            inviter = next((c for c in children_of(token) if c.dep_ == "poss"), None)  # "Xi's invitation"
            break
        inviter = _invitation_the_trip_answers(token)
        if inviter is not None:
            break
    host = next(iter(people_of([inviter], people, [])[0]), None) if inviter is not None else None
    return host if host is not None and _of_the_country_visited(host, meeting) else None


def _participles_of_the_trip(trip: Token) -> list[Token]:
    """The participles that describe a trip noun ("a state visit to Paris, planned at Macron's
    invitation"), also where the parser hung one on the visitor its "by" names ("a visit to Tokyo
    by A, planned at the invitation of B")."""
    by = [g for c in children_of(trip) if c.dep_ == "prep" and c.lower_ == "by" for g in children_of(c)]
    return [c for word in (trip, *by) for c in children_of(word) if c.dep_ == "acl" and c.pos_ == "VERB"]


def _owner_of_the_invitation(invitation: Token) -> Token | None:
    """Who made an invitation: its possessor ("Xi's invitation") or the one it is "of" ("the
    invitation of President Xi")."""
    for child in children_of(invitation):
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((g for g in children_of(child) if g.dep_ == "pobj"), None)
    return None


def _invitation_the_trip_answers(word: Token) -> Token | None:
    """The one at whose invitation a trip is made, told on its verb or noun: "will visit Brazil at
    the invitation of Lula", "a visit to Chile on Boric's invitation"."""
    for child in children_of(word):
        if child.dep_ == "prep" and child.lower_ in {"at", "on", "upon"}:
            for invitation in children_of(child):
                if invitation.dep_ == "pobj" and invitation.lemma_.lower() == "invitation":
                    return _owner_of_the_invitation(invitation)
    return None


def writer_of_the_invitation(meeting: Found, people: People) -> Cluster | None:
    """The one who wrote the invitation a visit to come is told by ("King A sent a letter to B
    inviting him to Riyadh", "invited B to visit Paris in a letter"): a sender, told as meeting
    no one, so no participant of the visit, which is the invited one's alone."""
    trigger = meeting.trigger
    if trigger.lemma_.lower() != "invite" or trigger.pos_ != "VERB" or not _invited_in_writing(trigger):
        return None
    writer = next(iter(people_of(subject_of(trigger), people, [])[0]), None)
    return writer if writer is not None and writer in meeting.people and len(meeting.people) > 1 else None


def _invited_in_writing(invite: Token) -> bool:
    """Whether an invitation is told as written: a participle on a letter or on its sending ("sent
    a letter to A inviting him to Riyadh", "a message inviting him"), or "in a letter". The writer
    is told as sending it, not as the one the visitor will meet; the visit is the visitor's alone."""
    head = invite.head
    on_a_letter = invite.dep_ in {"advcl", "xcomp", "acl", "conj"} and (
        head.lemma_.lower() in WRITING or head.lemma_.lower() in MISSIVES - {"invitation"}
    )
    in_a_letter = any(
        c.dep_ == "prep"
        and c.lower_ in {"in", "by", "through"}
        and any(g.dep_ == "pobj" and g.lemma_.lower() in MISSIVES - {"invitation"} for g in children_of(c))
        for word in (
            invite,
            *(c for c in children_of(invite) if c.dep_ == "xcomp"),
        )  # "to visit Paris in a letter"
        for c in children_of(word)
    )
    return on_a_letter or in_a_letter


# sending something written: the verbs a written invitation's participle hangs on
WRITING = frozenset("send write address dispatch".split())


def host_who_tells(meeting: Found, people: People) -> Cluster | None:
    """The head of state or government, or foreign minister, of the country a lone visitor is to
    visit who tells of the visit in its sentence hosts it: "Erdogan said Putin would come to
    Turkey next month", "Ruto agreed to visit Kampala, and Museveni said the trip would ..." (not
    a speaker of another country, nor one of the visited country who is no host, such as a
    spokesman, nor one who tells in it of a trip or meeting of their own: "A said he would go to
    B's country and that B would come to A's later" is an exchange of visits)."""
    if _lone(meeting, "planned") is None or not meeting.visit:
        return None
    hosts: list[Cluster] = []
    for verb in (t for t in meeting.sentence if t.pos_ == "VERB" and t.lemma_.lower() in ATTRIBUTING):
        for speaker in people_of(subject_of(verb), people, [])[0]:
            if (
                _of_the_country_visited(speaker, meeting)
                and role_class(speaker.role) in HOME_HOSTS
                and not _acts_in_what_they_tell(speaker, verb, people)
            ):
                hosts.append(speaker)
    hosts = list(dict.fromkeys(hosts))
    return hosts[0] if len(hosts) == 1 else None


def _acts_in_what_they_tell(speaker: Cluster, verb: Token, people: People) -> bool:
    """Whether a speaker is the subject of an act of meeting or travel in what they tell: "said
    he would visit Beijing"."""
    return any(
        speaker in people_of(subject_of(t), people, [])[0]
        for t in subtree_of(verb)
        if t is not verb and t.pos_ == "VERB" and is_trigger(t)
    )


def host_of_their_summit(meeting: Found, people: People) -> Cluster | None:
    """A lone visitor's trip to come for the summit of two countries, the visitor's and the one
    visited, is a meeting with that country's leader where the article names one: "Kishida is
    expected in Manila for the annual Japan-Philippines summit" (and Marcos is named). A summit of
    one name ("the ASEAN summit") or of other countries has no host told."""
    place = _lone(meeting, "planned")
    if place is None or not meeting.visit:
        return None
    visitor, doc = meeting.people[0], meeting.trigger.doc
    summits = [doc[i] for i in sorted(meeting.clause) if doc[i].lemma_.lower() == "summit"]
    for summit in summits:
        named = {
            places.country_name(t.text) for t in subtree_of(summit) if t.i < summit.i and t.ent_type_ == "GPE"
        }
        if len(named) == 2 and named == {visitor.country, place.country}:
            leaders = [
                c for c in people.clusters if c.country == place.country and role_class(c.role) == "leader"
            ]
            return leaders[0] if len(leaders) == 1 else None
    return None


def exchange_of_visits(in_sentence: list[Found]) -> None:
    """Two trips to come told in one sentence, each of one traveller to the other's country, are
    an exchange of visits, and each a meeting of the two: "says he will go to the Philippines in
    April, and that Marcos would come to Japan later" (Kishida and Marcos in the Philippines, and
    in Japan)."""
    lone = [m for m in in_sentence if _lone(m, "planned") is not None and m.visit]
    for one in lone:
        for other in lone:
            going, coming = one.people[0], other.people[0]
            if (
                one is not other
                and going.country is not None
                and coming.country is not None
                and one.place is not None
                and other.place is not None
                and one.place.country == coming.country
                and other.place.country == going.country
            ):
                one.people.append(coming)


def host_when_visited(meeting: Found, people: People) -> Cluster | None:
    """The one at home who did something with a visitor at the time of the visit: "Yoon had
    mentioned his fondness for rice omelets to Aso when the latter visited South Korea", "Lula
    gave a book to Macron when the French president visited Brazil" (the subject of the clause a
    "when" clause of visiting hangs on, of the country visited, where that clause names the
    visitor): a meeting of the two there."""
    verb = meeting.trigger
    if _lone(meeting, "visit") is None or verb.dep_ != "advcl":
        return None
    if not any(c.lower_ == "when" and c.dep_ == "advmod" for c in children_of(verb)):
        return None
    head = verb.head
    named = people.in_tokens(t for t in subtree_of(head) if t not in subtree_of(verb))
    if meeting.people[0] not in named:
        return None  # not "Lula was abroad when Macron visited Brazil": the visitor not dealt with
    subjects = [c for c in children_of(head) if c.dep_ == "nsubj"]
    host = next(iter(people_of(subjects, people, [])[0]), None)
    return host if host is not None and _of_the_country_visited(host, meeting) else None


def met_when_there(meeting: Found, people: People) -> Cluster | None:
    """The one of the visited country a lone visitor met in a "when" clause told right after his
    trip ("after his trip to Beirut on 17 January, when he was received by President Aoun, ..."):
    a meeting of the two there. The parse hangs such a clause on the sentence's main verb, so the
    clause is the one that opens after the trip's own words; or on a word of the trip's phrase, as
    a relative clause ("came days after her visit to Rome on Monday, when she was received by ...",
    hung on the visit or on its day)."""
    trip = meeting.trigger
    if _lone(meeting, "visit") is None or trip.pos_ != "NOUN":
        return None
    verb = trip
    while verb.dep_ in {"pobj", "prep"} and verb.head.i != verb.i:
        verb = verb.head  # "after his trip to Beirut": the verb "after" hangs on
    opens = _right_after(trip)
    clause = next(
        (
            c
            for c in (
                *(a for a in children_of(verb) if a.dep_ == "advcl" and a.left_edge.i in opens),
                *(
                    r
                    for w in subtree_of(trip)
                    for r in children_of(w)
                    if r.dep_ == "relcl" and not _on_the_time_since(w, trip)
                ),
            )
            if any(w.lower_ == "when" and w.dep_ == "advmod" for w in children_of(c))
        ),
        None,
    )
    if clause is None or not any(is_trigger(t) for t in subtree_of(clause)):
        return None
    # named, or described by a title that means one person named before ("by the Head of State")
    described = (
        _holder_there(t, meeting, people) or people.described(t)
        for t in subtree_of(clause)
        if t.dep_ in {"pobj", "dobj"}
    )
    told = [*people.in_tokens(subtree_of(clause)), *(c for c in described if c is not None)]
    met = [c for c in dict.fromkeys(told) if _of_the_country_visited(c, meeting)]
    return met[0] if len(met) == 1 else None


def _on_the_time_since(word: Token, trip: Token) -> bool:
    """Whether a word of a trip's phrase is in the time "since" which the trip is told as the
    first: a "when" clause hung on it tells that earlier time, not this trip ("his first trip to
    the United States since March 2020, when he dined with Trump": the dinner was in 2020)."""
    while word.i != trip.i and word.head.i != word.i:
        if word.dep_ == "prep" and word.lower_ in SINCE:
            return True
        word = word.head
    return False


def _holder_there(title: Token, meeting: Found, people: People) -> Cluster | None:
    """Whom a title with no country means in a clause of a visit: the one person of the country
    visited the article names with that office ("her visit to Tunisia, when she was received by
    the Head of State": Tunisia's president, though the article names other presidents)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(title)) or meeting.place is None:
        return None
    own = [t for t in subtree_of(title) if t.i <= title.i or (title.lower_ == "head" and t.i <= title.i + 2)]
    stated = find_role(" ".join(t.text for t in own))
    holders = [
        c
        for c in people.clusters
        if c.role and c.country == meeting.place.country and find_role(c.role) == stated
    ]
    return holders[0] if stated is not None and len(holders) == 1 else None


def the_two_when_there(meeting: Found, people: People, earlier: list[Found]) -> Cluster | None:
    """The one of the visited country a lone visitor acted with in a "when" or "where" clause of
    the trip whose subject is "the two leaders" (or "the two presidents", "both"), naming no act of
    meeting of its own: "Erdogan, who visited Cairo in February, when the two leaders agreed to
    raise trade" (a meeting of Erdogan and Egypt's leader there); the two are those the reference
    means (the pair of the news), the visitor one of them. A clause that tells a meeting of its own
    ("when the two presidents met at the palace") is read as that meeting."""
    trip = meeting.trigger
    if _lone(meeting, "visit") is None:
        return None
    # in the trip's words, or hung on the word the trip hangs on, opening right after the trip's words
    opens = _right_after(trip)
    clauses = (
        t
        for t in (*subtree_of(trip), *(c for c in children_of(trip.head) if c.left_edge.i in opens))
        if t.dep_ in {"relcl", "advcl"}
        and t != trip
        and any(c.lower_ in {"when", "where"} and c.dep_ == "advmod" for c in children_of(t))
    )
    for clause in clauses:
        subjects = [c for c in children_of(clause) if c.dep_ == "nsubj"]
        if len(subjects) != 1 or any(is_trigger(t) for t in subtree_of(clause)):
            continue
        the_two = plural_reference(subjects[0], people, earlier) or []
        others = [c for c in the_two if c not in meeting.people]
        if len(the_two) == 2 and len(others) == 1 and _of_the_country_visited(others[0], meeting):
            return others[0]
    return None


def city_when_there(meeting: Found) -> Place | None:
    """The town of the country visited that a "when" or "where" clause of a lone visitor's trip
    names as the place of what the host did with the visitor ("came to Finland on a state visit in
    2017, when Niinistö hosted him at the Presidential Palace in Helsinki", "his trip to Kenya,
    where Ruto received him in Nairobi"): the meeting the clause tells was there, not only
    somewhere in the country. A town of another country ("visited Ghana, when he flew on to
    Lomé") is no place of it."""
    place = meeting.place
    if place is None or place.city is not None or place.country is None:
        return None
    trip = meeting.trigger
    opens = _right_after(trip)
    clauses = (
        t
        for t in (*subtree_of(trip), *(c for c in children_of(trip.head) if c.left_edge.i in opens))
        if t.dep_ in {"relcl", "advcl"}
        and t != trip
        and any(c.lower_ in {"when", "where"} and c.dep_ == "advmod" for c in children_of(t))
    )
    for clause in clauses:
        named = clause_place(meeting.sentence, {t.i for t in subtree_of(clause)})
        if named is not None and named.city is not None and named.country == place.country:
            return named
    return None


def _lone(meeting: Found, kind: str) -> Place | None:
    """Where one person alone goes on a trip of a kind ("visit", "planned"): the meeting's place;
    None for a meeting of another kind, of several people or placed nowhere."""
    return meeting.place if meeting.kind == kind and len(meeting.people) == 1 else None


def _right_after(trip: Token) -> set[int]:
    """Where a clause told right after a trip's words opens: the next word, or the one after a
    comma."""
    return {trip.right_edge.i + 1, trip.right_edge.i + 2}


def _of_the_country_visited(host: Cluster, meeting: Found) -> bool:
    """Whether someone other than a meeting's visitor is of the country of its place: the one at
    home there."""
    place = meeting.place
    return (
        place is not None
        and host not in meeting.people
        and host.country is not None
        and host.country == place.country
    )


# the words a host's guests are referred back to by, as its object: "when C hosted them"
THEM = frozenset("them both".split())


def host_of_their_meeting(in_sentence: list[Found], people: People) -> list[Found]:
    """A meeting told with a "when" clause of someone hosting the ones who met ("A and B met in
    Quito in 2023, when C hosted them on the sidelines of the summit") is one meeting of the three:
    the host joins it, and the clause's own meetings (C with each of them) are that meeting, their
    place, occasion and date reaching it."""
    kept = list(in_sentence)
    hosting: dict[tuple[int, int], list[Token]] = {}  # each sentence's "host" verbs, walked for once
    for meeting in in_sentence:
        if meeting not in kept:
            continue
        key = (meeting.sentence.start, meeting.sentence.end)
        if key not in hosting:  # the words _host_of_them reads on past its first test
            hosting[key] = [t for t in span_tokens(meeting.sentence) if t.lemma_ == "host"]
        for verb in hosting[key]:
            host = _host_of_them(verb, meeting, people)
            if host is None:
                continue
            if host not in meeting.people:
                meeting.people.append(host)
            clause = {t.i for t in subtree_of(verb)}
            for told in [m for m in kept if m is not meeting and m.trigger.i in clause]:
                if not set(told.people) <= set(meeting.people):
                    continue
                meeting.place = meeting.place or told.place
                meeting.occasion = meeting.occasion or told.occasion
                meeting.when = meeting.when or told.when
                kept.remove(told)
    return kept


def host_who_invited(in_sentence: list[Found], people: People) -> None:
    """Those who "met" at someone's invitation where the one who invited is at home, or heads a
    body that convenes them, met at that host's: "Kiir and Burhan met in Nairobi at the invitation
    of Kenyan President Ruto" is a meeting of the three, as is one "at Ruto's invitation" with no
    place told. Not a visit ("visited Kampala at the invitation of Museveni": the one visited,
    told as met, if at all, in words of their own), nor one who invited them to another country
    than theirs ("met in Addis Ababa at the invitation of Kenya's Ruto"), nor "a planned meeting in
    Luanda at the invitation of C", a meeting noun told of two, with no verb that they met, nor
    one told as a guest's with another ("A held talks with B in Moscow at the invitation of C":
    the invitation of A's trip, the talks the two's), only those told meeting together as the
    subject of the verb ("A and B met", "A and B held talks")."""
    for meeting in in_sentence:
        verb = meeting.verb
        if (
            meeting.visit
            or meeting.kind not in TO_COME | {"in_person"}
            or len(meeting.people) < 2
            or verb.pos_ != "VERB"
            or not set(meeting.people) <= set(people.in_tokens(subject_words(verb)))
        ):
            continue
        for host in _inviters_of(verb, people):
            place = meeting.place.country if meeting.place is not None else None
            elsewhere = host.country not in {None, place, *ORGANISATIONS} and place is not None
            if host not in meeting.people and not elsewhere:
                meeting.people.append(host)


# the prepositions an invitation is told with, as what a meeting is held at: "at the invitation of"
INVITED_AT = frozenset("at on upon".split())
# the dependencies of a clause of its own below a noun or verb
CLAUSES = frozenset("relcl acl advcl ccomp".split())


def subject_words(verb: Token) -> list[Token]:
    """The words of a verb's subject, with a subject of the verb it is joined to ("A and B
    arrived and met")."""
    subjects = subjects_of(verb)
    if not subjects and verb.dep_ == "conj":
        subjects = subjects_of(verb.head)
    return [t for s in subjects for t in subtree_of(s)]


def _inviters_of(verb: Token, people: People) -> list[Cluster]:
    """The people an "at/on the invitation of" phrase of a verb's clause names as inviting ("met
    at the palace, the seat of government, at the invitation of the Emir of Qatar, Sheikh Tamim",
    "at Ruto's invitation"), not others named in a clause of theirs ("..., who is mediating
    between A and B"), nor the inviter of a clause below ("met B, who was in town at the
    invitation of C")."""
    found: list[Cluster] = []
    for noun in subtree_of(verb):
        if noun.lemma_.lower() != "invitation" or noun.dep_ != "pobj" or noun.head.lower_ not in INVITED_AT:
            continue
        above = ancestors_of(noun)
        if any(a.pos_ in {"VERB", "AUX"} or a.dep_ in CLAUSES for a in above[: above.index(verb)]):
            continue
        owners = [c for c in children_of(noun) if c.dep_ == "poss"] + [
            g
            for c in children_of(noun)
            if c.dep_ == "prep" and c.lower_ in {"of", "from"}
            for g in children_of(c)
            if g.dep_ == "pobj"
        ]
        for owner in owners:
            aside = {t.i for c in subtree_of(owner) if c.dep_ in CLAUSES for t in subtree_of(c)}
            named = people.in_tokens(t for t in subtree_of(owner) if t.i not in aside)
            if not named and (described := people.described(owner)) is not None:
                named = [described]
            found += [c for c in named if c not in found]
    return found


def _host_of_them(verb: Token, meeting: Found, people: People) -> Cluster | None:
    """The person who "hosted them" in a "when" clause of a meeting's verb, if any."""
    if verb.lemma_ != "host" or meeting.verb not in ancestors_of(verb):
        return None
    if not any(c.dep_ == "advmod" and c.lower_ == "when" for c in children_of(verb)):
        return None
    if not any(c.dep_ == "dobj" and c.lower_ in THEM for c in children_of(verb)):
        return None
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    return people.at(subject) if subject is not None else None


def host_of_their_talks(in_sentence: list[Found], people: People) -> list[Found]:
    """Talks "between A and B, hosted by C", where the parse hangs "hosted by C" on B, the last
    side named, are hosted by C: C takes part in the talks of A and B, and hosts no meeting of
    C with B alone."""
    kept = list(in_sentence)
    for hosted in in_sentence:
        between = _between_above(hosted.trigger)
        if between is None:
            continue
        hosting = set(subtree_of(hosted.trigger))
        sides = people.in_tokens(t for t in subtree_of(between) if t not in hosting)
        hosts = people.in_tokens(subtree_of(hosted.trigger))
        talks = next(
            (m for m in kept if m is not hosted and len(sides) >= 2 and set(sides) <= set(m.people)),
            None,
        )
        if talks is None or not hosts:
            continue
        talks.people += [h for h in hosts if h not in talks.people]
        talks.place = talks.place or hosted.place
        talks.when = talks.when or hosted.when
        kept.remove(hosted)
    return kept


def host_of_the_meeting_told(in_sentence: list[Found]) -> list[Found]:
    """A meeting noun with "hosted by C" hung on it ("The summit, hosted by C, was chaired by A")
    is the meeting C hosted: C takes part in it, and the participle tells no meeting of its own,
    so that those said to attend after it join the meeting, not C alone; so too where the parse
    hangs it on the meeting's place ("The summit in Lusaka, hosted by C"). Only a meeting noun that
    is its clause's subject, what the sentence tells of: not "met B at the summit hosted by C",
    where A and B met, nor a participle on another word ("a visit to the summit hosted by C")."""
    kept = list(in_sentence)
    for hosted in in_sentence:
        trigger = hosted.trigger
        if trigger.lemma_ != "host" or trigger.dep_ != "acl":
            continue
        noun = trigger.head
        while noun.dep_ == "pobj" and noun.head.lower_ in {"in", "at"} and noun.head.head.i != noun.head.i:
            noun = noun.head.head  # "The summit in Lusaka, hosted by C": the summit's place
        if noun.dep_ not in {"nsubj", "nsubjpass"}:
            continue  # "met B at the summit hosted by C": the summit is where they met, not C's talks
        told = next((m for m in kept if m is not hosted and m.trigger == noun), None)
        if told is None:
            continue
        told.people += [p for p in hosted.people if p not in told.people]
        told.place = told.place or hosted.place
        told.when = told.when or hosted.when
        kept.remove(hosted)
    return kept


def _between_above(trigger: Token) -> Token | None:
    """The "between" a "hosted by" participle hangs below through the names it lists, if any."""
    if trigger.lemma_ != "host" or trigger.dep_ != "acl":
        return None
    for above in ancestors_of(trigger):
        if above.lower_ == "between":
            return above
        if above.dep_ not in {"conj", "pobj", "appos"}:
            return None
    return None
