"""Meetings stated in a parsed article: who met whom, where, when, and what kind of meeting.

A meeting is found from a *trigger* (a verb such as "met", "hosted", "held talks", or a
noun such as "meeting", "talks", "call", "visit") and the people the parse links to it:
its subject and object, "with", "between" and "among" phrases, the agent of a passive, and
descriptions, pronouns, quotations and "both" resolved by :mod:`extract.people`. Where, when
and at which occasion come from the trigger's own clause (:mod:`extract.circumstances`). The
kind comes from the words around the trigger: a phone or video call, a plan ("will meet"), a
cancellation or denial; hypotheticals ("could meet"), negations and counts are no meeting.

Then the whole article is read as a reader would: a person's stated whereabouts carry to
their later meetings, people said to attend join the meeting just reported, a definite
reference ("the meeting") adds whom it names, and the lead sets the scene (place, occasion,
day) for meetings reported without their own.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Set
from datetime import date, timedelta
from functools import partial
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from extract import dates, occasions, places
from extract.apart import TookPart, preposition_again, told_apart
from extract.article import (
    GATHERINGS,
    SEQUENCE_VERBS,
    a_reference,
    ahead_of_their_gathering,
    at_the_headlines_summit,
    at_the_occasion,
    by_the_same_means,
    definite_word,
    ended_before_the_week,
    in_the_city,
    in_the_occasions_city,
    join_alleged,
    join_announced,
    join_captions,
    join_headline,
    join_references,
    named_after_it,
    note_the_reference,
    note_whereabouts,
    of_the_past,
    on_margins_told_before,
    on_the_occasions_day,
    one_of_the_round_before,
    overtaken_plans,
    the_gathering_told_before,
    the_one_that_came,
    the_talks_told_before,
    the_thing_it_dates,
    told_again_on_its_day,
    told_in_full,
    until_the_gatherings_end,
    where_the_visit_went,
)
from extract.attendance import (
    PRESENCE_WORDS,
    counted_meetings,
    delegation_of,
    echoed_meeting,
    guests_of_the_plan,
    held_then,
    in_attendance,
    join_the_plan,
    joined_with_tellings,
    meetings_attended,
    met_with,
    note_attendance,
    of_theirs,
    those_on_the_line,
    told_of_it,
)
from extract.circumstances import (
    CHAIRED_PARTICIPLES,
    SAYING,
    SINCE,
    at_another_time,
    clause_occasion,
    clause_place,
    gathering_come_for,
    in_the_place_left,
    note_publication,
    occasion_city,
    only_a_next_stop,
    place_on_the_noun,
    the_members_gathering,
)
from extract.collectives import a_collective_noun
from extract.datelines import article_dateline
from extract.dates import day_of_the_news
from extract.destinations import (
    destinations,
    each_destination,
    each_traveller,
    gone_together,
    made_by_each,
    place_respectively,
    stop_of_the_hosts,
    the_hosts_country_on_a_tour,
    trip_and_its_meeting,
    where_it_goes,
    where_the_trip_was,
)
from extract.earlier import (
    EARLIER_ADVERBS,
    characterised_since,
    discussed,
    first_of_theirs,
    first_since,
    hosts_of_the_gathering_they_attended,
    joined_where_they_last_met,
    retold,
    the_gathering_since,
    the_same_since,
    the_setting_told_before,
    the_time_before,
    told_lately,
    where_they_agreed,
)
from extract.found import Found, by_hung_on_the_arrival, welcome_where_one_lands
from extract.gatherings import EDGE_NOUNS, GATHERING_NOUNS
from extract.hosts import (
    at_the_hosts,
    city_when_there,
    exchange_of_visits,
    host_of_the_meeting_told,
    host_of_their_meeting,
    host_of_their_summit,
    host_of_their_talks,
    host_to_come,
    host_when_visited,
    host_who_invited,
    host_who_tells,
    met_when_there,
    the_two_when_there,
    writer_of_the_invitation,
)
from extract.kinds import (
    CALL_NOUNS,
    MODIFYING,
    PLAN_MODIFIERS,
    PLAN_WORDS,
    REMOTE_KINDS,
    SETTINGS,
    TIME_MARKERS,
    TO_COME,
    an_appeal,
    calls_off,
    described_as,
    done_without,
    meeting_kind,
    negated,
    past_perfect,
    settled_at,
)
from extract.missives import handed_over
from extract.participants import (
    MEALS,
    MESSAGE_NOUNS,
    MISSION_NOUNS,
    REPORTING,
    accompanying,
    agents_of,
    apart_from_the_royal_couple,
    attending,
    attending_which,
    begun_after,
    blamed_intent,
    bloc_named_on,
    chairs_of_a_body,
    civic_officials,
    company_of,
    counted_group,
    couples,
    deposed,
    describing,
    governor,
    guests_of,
    held_by_the_speaker,
    held_in_which,
    holders_of_its_relative,
    home_legislators,
    honoured,
    host_country_of_its_relative,
    hosts_of_its_relative,
    in_a_capacity,
    in_the_presence_of,
    in_whose_time,
    invited_by,
    is_headline,
    judged,
    listed_after,
    looked_ahead_to,
    mediators,
    misread_object,
    mourned,
    named_as_an_example,
    named_before,
    named_before_who,
    nominal,
    object_joined_to_verb,
    onlookers,
    own_clause,
    owns_a_country,
    owns_a_term,
    people_of,
    players,
    presided_by,
    presiding_the_ceremony,
    refers_back,
    related_by,
    reported_on,
    rest_of_the_list,
    royal_consorts,
    sent_by,
    sent_instead,
    spouse_on_the_trip,
    subject_of,
    taking_part,
    taking_part_besides,
    talked_about,
    the_visitor,
    thing_as_guest,
    thing_as_subject,
    told_of_from_afar,
    took_place,
    travelling_with,
    untitled_in_a_story_of_sport,
    untitled_spouses,
    with_couples,
    with_read_as_a_mark,
)
from extract.people import PLURAL_REFERENCES, Cluster, People, in_quotation, subject_pronoun_before
from extract.places import in_its_city_state, in_its_territory, spelled_in, within
from extract.plans import (
    announced_after,
    called_off_in_a_time_gone,
    day_agreed,
    day_announced,
    day_called_off,
    day_denied,
    day_of_the_setting,
    day_said,
    going_on,
    sought_in_vain,
    the_day_it_was_called_off,
    time_of_the_calling_off,
)
from extract.records import DateSpan, Evidence, Meeting, MeetingKind, Occasion, Place
from extract.roles import find_role, role_class
from extract.sameday import (
    also_that_day,
    earlier_or_later_that_day,
    held_alongside,
    meanwhile,
    next_to_the_meeting_before,
    on_that_same_day,
    the_rounds_day,
    trip_pointed_back,
)
from extract.scene import (
    called_off_where_told,
    date_the_news,
    on_the_datelines_day,
    on_the_entrys_day,
    one_after_the_other,
    set_the_scene,
    setting_of,
    the_one_met_named_next,
)
from extract.spans import (
    ancestors_of,
    children_of,
    clause_tokens,
    doc_sentences,
    doc_text,
    doc_tokens,
    entities,
    in_the_passive,
    passive_agents,
    prep_objects,
    span_text,
    span_tokens,
    subjects_of,
    subtree_of,
)
from extract.timing import (
    acts_told_with,
    arrival_told_aside,
    clause_date,
    counted_back_from,
    counted_from,
    counted_from_the_clause,
    date_after_the_since,
    date_of_a_named_one_since,
    date_of_one_of_two,
    date_of_the_one_next_to,
    date_on_its_noun,
    day_a_call_was_told,
    on_into_the_talks_that_follow,
    stretch_before,
    what_came,
)
from extract.titles import OFFICES
from extract.together import (
    HOSTING_VERBS,
    an_unnamed_group_met,
    at_the_photo,
    below_those_named,
)
from extract.told import is_background, told_as_another, told_as_bilateral
from extract.triggers import (
    AGREEING_VERBS,
    CALL_VERBS,
    DELIVERY_VERBS,
    MEDIA_WORDS,
    MEETING_VERBS,
    REMOTE_WORDS,
    TRIGGER_POS,
    TRIP_VERBS,
    counted_round,
    domestic,
    expected_in,
    for_a_body_set_up,
    has_venue,
    host_of_a_guest,
    is_trigger,
    joined_ones,
    joined_someone_somewhere,
    lemma_of,
    missive_recipients,
    mourners_visited,
    named_by,
    of_a_named_body,
    places_left_for,
    rounds_reach,
    signing_partners,
    signs,
    since_clause,
    the_last_time,
    told_since,
    trip_made_for_a_gathering,
    vague,
    welcome_for,
    when_since,
    where_gone_to,
    where_left_for,
)
from extract.trips import (
    EVENT_NOUNS,
    a_leg_before_in_passing,
    a_trip_going_on,
    abroad,
    days_go_on,
    during_the_visit_told_before,
    in_one_country,
    in_own_country,
    met_on_the_trip,
    on_the_day_of_the_trip_before,
    on_the_days_of_the_trip,
    over_the_days_of_a_visit,
    place_around,
    place_of_the_trip_met_on,
    places_gone_to,
    taken_on_it,
    to_a_site,
    to_an_event,
    to_someone_unnamed,
    tour,
    trip_for_a_gathering,
)
from extract.vocabulary import (
    AFTER_OR_BEFORE,
    BROKERING_VERBS,
    GUEST_VERBS,
    MARGIN_WORDS,
    MEETING_NOT_VISIT_NOUNS,
    MEETING_NOUNS,
    MULTILATERAL,
    MULTILATERAL_SIZES,
    VISIT_WORDS,
)
from extract.whereabouts import (
    TRIP_NOUNS,
    CameFrom,
    Stay,
    Trip,
    before_coming,
    departures,
    held_on_a_trip_then,
    held_where_they_came,
    held_where_they_set_out_from,
    later_that_day,
    meet_on_the_trip,
    planned_during_the_stay,
    planned_where_they_are,
    put_off_where_they_went,
    round_told_before,
    trip_told_before,
)

HOLDING_VERBS = frozenset("hold host organise organize convene arrange stage".split())
# verbs that tell of a meeting held before: "On Sunday, Witkoff described his meeting with Putin";
# when and where they tell it is not when and where the meeting was held
BRIEFING_VERBS = frozenset("brief inform update apprise".split())
TELLING_VERBS = frozenset("describe recount recall characterize characterise".split())
# the verbs of one who chairs a meeting, always at it: "chaired a meeting between A and B"
CHAIRING_VERBS = frozenset("chair co-chair".split())
COINCIDING = frozenset("coincide overlap clash".split())
# the verbs of one who runs a meeting others hold, and so is at it: "with C hosting the talks",
# "with C mediating", "with C opening and moderating the talks"
RUNNING_VERBS = HOSTING_VERBS | BROKERING_VERBS | CHAIRING_VERBS | frozenset("moderate open".split())


def _the_last_talks(found: list[Found]) -> Found | None:
    """The meeting a definite reference in the next sentence points back to: the last one told,
    but not a visit told after talks in their sentence ("held talks with B, who is in Fiji on a
    State Visit. The talks, held in Suva, covered ...": the talks, which the reference places)."""
    if (
        len(found) > 1
        and found[-1].kind == "visit"
        and found[-2].sentence == found[-1].sentence
        and found[-2].kind != "visit"
        and found[-2].trigger.i < found[-1].trigger.i
    ):
        return found[-2]
    return found[-1] if found else None


def find_meetings(
    doc: Doc, people: People, *, doc_id: str, published: date | None, sentences: Iterable[Span] | None = None
) -> list[Meeting]:
    """Every meeting the sentences of ``doc`` state, one record per sentence and meeting; their
    days counted from the day the news is told (:func:`extract.dates.day_of_the_news`)."""
    published = day_of_the_news(doc_text(doc), published)
    found: list[Found] = []
    whereabouts: dict[str, tuple[Place | None, DateSpan | None]] = {}
    stays: list[Stay] = []  # all the article's whereabouts
    trips: list[Trip] = []  # and where its people were before the news
    arrivals: CameFrom = {}  # and where they came from to their whereabouts
    note_publication(doc, published)
    sentences = list(sentences if sentences is not None else doc_sentences(doc))
    telling: dict[int, bool] = {}  # whether each sentence read so far told a meeting of its own
    for at, sentence in enumerate(sentences):
        in_sentence: list[Found] = []
        read = _ClauseReads(sentence)  # each clause's place, occasion and day read once
        implied: list[Found] = []  # "for the first time since February": they met then
        if found and joined_with_tellings(
            found, found[-1], partial(delegation_of, found=found), sentence, people
        ):
            continue
        for trigger in span_tokens(sentence):
            if not _may_state_one(trigger):
                continue  # most words: no list of the meetings before made for them
            stated = _from_trigger(trigger, people, found + in_sentence, published)
            if not stated:
                continue  # most words that may state one state none: nothing to split or place
            for meeting in each_destination(each_traveller(stated)):
                meeting.place = (
                    meeting.place
                    or _place_since(meeting)
                    # "arrived in London on Saturday, a day after his talks with B": not London
                    or (
                        None
                        if _days_at_a_distance(meeting.trigger)
                        else _not_home(meeting, read.place(meeting.clause))
                    )
                    # "days after Thursday's meeting in Beijing between A and B": Beijing, not
                    # the clause's; a plan's place is told by the words that plan it
                    or (place_on_the_noun(sentence, meeting.trigger) if meeting.kind not in TO_COME else None)
                    or where_the_trip_was(meeting)  # "His first trip abroad was to Ghana"
                    or place_around(meeting)
                    # "The round was held in Oslo in May, with A and B discussing arms control"
                    or next(
                        filter(
                            None,
                            (clause_place(sentence, w) for w in acts_told_with(sentence, meeting.clause)),
                        ),
                        None,
                    )
                    or _the_place_told_with(meeting)
                    or trip_told_before(meeting)
                    or round_told_before(meeting)
                    # "Xi, on a visit to France, Serbia and Hungary, met Orban": Hungary
                    or stop_of_the_hosts(meeting)
                    # "Wang, on a tour of Africa, met Kenyan President Ruto": Kenya
                    or the_hosts_country_on_a_tour(meeting, people)
                )
                meeting.place = where_it_goes(meeting)
                meeting.place = place_of_the_trip_met_on(meeting) or meeting.place
                meeting.place = place_respectively(meeting, people) or meeting.place
                if (writer := writer_of_the_invitation(meeting, people)) is not None:
                    meeting.people.remove(writer)  # "sent a letter to B inviting him to Riyadh": B's trip
                    meeting.visit = True
                # "had invited Trump to visit Moscow", "is expected in Manila for the annual
                # Japan-Philippines summit"
                if (
                    host := host_to_come(meeting, people)
                    or host_of_their_summit(meeting, people)
                    or host_who_tells(meeting, people)
                ) is not None:
                    meeting.people.append(host)
                # "told Aso about it when the latter visited South Korea", "his trip to Beirut on 17
                # January, when he was received by Aoun", "who visited Cairo in February, when the two
                # leaders agreed" (the first makes it in person: the second never finds one after it)
                if (
                    host := host_when_visited(meeting, people)
                    or met_when_there(meeting, people)
                    or the_two_when_there(meeting, people, found + in_sentence)
                ) is not None:
                    meeting.people.append(host)
                    meeting.kind = "in_person"
                meeting.occasion = _a_gathering_beside(
                    meeting,
                    read.occasion(meeting.clause, meeting.trigger)
                    or _own_summit(meeting)
                    or _the_members_summit(meeting)
                    or _the_blocs_own(meeting)
                    or gathering_come_for(sentence, meeting.clause, meeting.stop)
                    or _the_gathering_told_with(meeting),
                )
                if (joined := joined_where_they_last_met(meeting, people)) is not None:
                    # "last met in Rome, where they joined A and B for the G7 summit": all four, there
                    meeting.people += joined[0]
                    meeting.occasion = meeting.occasion or joined[1]
                hosts, hosted = hosts_of_the_gathering_they_attended(meeting, people)
                if hosted:  # "had taken part in the summit, which A co-hosted in Prague with B"
                    meeting.people += hosts
                    meeting.place = meeting.place or clause_place(sentence, hosted)
                if meeting.occasion is not None and (meeting.place is None or meeting.place.city is None):
                    # "on the sidelines of the Antalya Diplomacy Forum in Turkey": in Antalya
                    venue = occasion_city(meeting.occasion)
                    if meeting.place is None or within(venue, meeting.place):
                        meeting.place = venue
                # "was to hold talks on Tuesday, but it was called off on Monday": the Tuesday after
                off_words = the_day_it_was_called_off(meeting)
                off = clause_date(sentence, off_words, published, future=False) if off_words else None
                off_day = off.start if off is not None and off.precision == "day" else None
                meeting.when = over_the_days_of_a_visit(
                    sentence,
                    meeting,
                    read.day(
                        meeting.clause
                        - day_called_off(meeting)
                        - day_announced(meeting)
                        - day_agreed(meeting)
                        - day_denied(meeting)
                        - day_said(meeting),
                        off_day or published,
                        future=off_day is not None
                        or (
                            meeting.kind in TO_COME
                            and not sought_in_vain(meeting)
                            and not called_off_in_a_time_gone(meeting)
                        )
                        or going_on(meeting),
                    ),
                )
                future = meeting.kind in TO_COME
                if not future and (own := date_on_its_noun(sentence, meeting.trigger, published)):
                    # "suspended on July 1 over a leaked June call with B": June (a plan's day on
                    # its noun, "to prepare Sunday's visit", counts from its clause's, see clause_date)
                    meeting.when = own
                elif own := date_of_the_one_next_to(
                    sentence, meeting.trigger, published, words=AFTER_OR_BEFORE, future=future
                ):
                    meeting.when = own  # "arrived on Monday after talks with Boric on Sunday": Sunday
                    meeting.place = meeting.place or _in_its_own_words(meeting)
                elif own := date_of_a_named_one_since(sentence, meeting.trigger, published):
                    meeting.when = own  # "since Wickremesinghe's visit in July last year": July
                elif own := date_after_the_since(sentence, meeting.trigger, published):
                    meeting.when = own  # "have not met since the summit in Osaka in 2019": 2019
                elif own := date_of_one_of_two(sentence, meeting.trigger, published, future=future):
                    meeting.when = own  # "his visit today and Erdogan's visit to Egypt in February"
                elif _at_a_distance(meeting.trigger):
                    # "is in Tokyo this week, a month after his visit to Seoul": no day; "arrived in
                    # London on Saturday, a day after his talks with B": counted from Saturday
                    meeting.when = None if future else counted_from_the_clause(meeting.trigger, meeting.when)
                elif meeting.when is None and (announcing := announced_after(meeting)):
                    meeting.when = clause_date(sentence, announcing, published, future=False)
                elif meeting.when is None and (agreed_in := day_of_the_setting(meeting)):
                    # "agreed to meet during a telephone call last month": the call's month
                    meeting.when = clause_date(sentence, agreed_in, published, future=False)
                elif meeting.when is None and meeting.kind in REMOTE_KINDS:
                    # "the first encounter since a phone call in October 2023": the call's own date (a
                    # call is no encounter; "since their talks in July" may be the later one's words)
                    meeting.when = date_of_the_one_next_to(sentence, meeting.trigger, published, words=SINCE)
                    # "Later on Tuesday, A wrote that she had had a call with B": that Tuesday
                    meeting.when = meeting.when or day_a_call_was_told(sentence, meeting.clause, published)
                # "will meet for dinner on Wednesday, followed by talks on Thursday": both days
                meeting.when = on_into_the_talks_that_follow(
                    sentence, meeting.clause, meeting.when, published, future=future
                )
                if meeting.kind not in TO_COME and (
                    named := _counted_from_the_visit_named(meeting, found, published)
                ):
                    meeting.when = named  # "B's visit to Cairo came a day after ...": from the Cairo day
                if meeting.when is None and meeting.kind not in TO_COME:
                    meeting.when = _counted_from_its_sentence(meeting, in_sentence) or _counted_back(
                        meeting, found, published
                    )
                elif meeting.kind in TO_COME and (
                    counted := _counted_from_its_sentence(meeting, in_sentence)
                ):
                    # "A met B on Sunday, a day before the three leaders convene their summit": the
                    # plan is the count of days from the meeting held, not that meeting's Sunday
                    meeting.when = counted
                if meeting.scene is not None:  # set in the sentence before: its place, day and occasion
                    before, words = meeting.scene
                    meeting.place = meeting.place or clause_place(before, words)
                    meeting.occasion = meeting.occasion or clause_occasion(before, words)
                    meeting.when = meeting.when or clause_date(before, words, published, future=False)
                if (
                    meeting.when is None
                    and meeting.on_arrival
                    and (landed := arrival_told_aside(sentence, meeting.clause))
                ):
                    # "Ms Harris, who arrived on Wednesday evening, was received at the airport by B"
                    meeting.when = clause_date(sentence, landed, published, future=False)
                if meeting.when is None and (visit := during_the_visit_told_before(meeting, found)):
                    meeting.when = visit  # "During the visit, A also met B": the visit's days
                if meeting.when is None and (trip := trip_pointed_back(meeting, found)) is not None:
                    meeting.when = trip.when  # "During that stay, he received B": the stay told before
                    if trip.place is not None and clause_place(sentence, meeting.clause) is None:
                        meeting.place = trip.place
                if _a_time_or_length(meeting):
                    continue  # "On Wednesday, the summit's main day, ...": no meeting of its own
                if _denied_beside(meeting):
                    continue  # "shook hands ..., and the two leaders did not hold a meeting"
                if found and the_one_that_came(meeting):
                    found[-1].join([], sentence)  # "The conversation came a day after ...": the one told
                    continue
                if _the_trip_they_met_on(meeting, in_sentence):
                    continue  # "Carney meets Macron and Starmer on first foreign trip": two meetings
                held = next((m for m in in_sentence if _held_at(meeting, m)), None)
                if held is not None:  # "met Trump at talks hosted by Macron": one meeting of three
                    held.people += [p for p in meeting.people if p not in held.people]
                    continue
                more = next((m for m in in_sentence if _more_of_them_there(meeting, m)), None)
                if more is not None:  # "They last met in Hiroshima, where A, B, C and D held talks"
                    more.people += [p for p in meeting.people if p not in more.people]
                    more.place, more.when = more.place or meeting.place, more.when or meeting.when
                    more.occasion = more.occasion or meeting.occasion
                    continue
                ran = next((m for m in in_sentence if _the_gathering_run(meeting, m)), None)
                if ran is not None:  # "A and B co-chaired the summit with C": one summit of three
                    ran.people += [p for p in meeting.people if p not in ran.people]
                    continue
                told = next((m for m in in_sentence if _told_again(meeting, m)), None)
                lately = told_lately(found, in_sentence, sentences, at)
                if told is None and (recalled := the_setting_told_before(meeting, found)):
                    recalled.join(meeting.people, sentence)  # "After meeting B, A addressed ...": told
                    continue
                if told is None and (first := first_of_theirs(meeting, lately) or discussed(meeting, lately)):
                    first.join(meeting.people, sentence)  # "..., the first talks between the two"
                    # "... since the G20 summit in Osaka in 2019": they met there then
                    implied += [then] if (then := the_gathering_since(meeting, published)) else []
                    continue
                # told again a sentence or two on, past one about who else was there
                since = sentences[max(0, at - 2)].start
                recent = [m for m in found if m.sentence.start >= since] + in_sentence
                if told is None and (again := retold(meeting, recent)):
                    again.join(meeting.people, sentence)  # "B's office confirmed that B met A": told
                    continue
                if told is None and (agreed := where_they_agreed(meeting, lately)):
                    agreed.place = agreed.place or meeting.place  # "The two then held talks in Delhi"
                    agreed.join(meeting.people, sentence)
                    continue
                if told is None:
                    in_sentence.append(meeting)
                    implied += [then] if (then := the_time_before(meeting, published)) else []
                else:  # "had held talks; they last met in November in Bangkok": one meeting
                    told.place, told.when = told.place or meeting.place, told.when or meeting.when
                    # not the gathering it is told ahead of ("met B ahead of the 24th Meeting of the
                    # Council of Heads of State of the SCO": that meeting word is the summit)
                    if meeting.trigger is None or not at_another_time(meeting.trigger):
                        told.occasion = told.occasion or meeting.occasion
                    told.delegations += [d for d in meeting.delegations if d not in told.delegations]
        for meeting in [
            m for m in in_sentence if (m.place is None and m.when is None) or characterised_since(m)
        ]:
            # "... None spoke to reporters. It was his first encounter with B since May": the
            # meeting told before, once its sentence has read its "when" clause ("when the two met")
            if (first := first_since(meeting, found)) is not None:
                first.join(meeting.people, sentence)
                in_sentence.remove(meeting)
                implied += [then] if (then := the_gathering_since(meeting, published)) else []
            elif (same := the_same_since(meeting, found)) is not None and same.kind in REMOTE_KINDS:
                # "A telephoned B on Monday. ... It was the first conversation between the two since
                # May": the call told, not a meeting of its own
                same.join(meeting.people, sentence)
                in_sentence.remove(meeting)
            elif same is not None:
                # "It was the first meeting between A and B since October": the one told, its place and day
                meeting.place, meeting.when = same.place, same.when
                meeting.occasion = meeting.occasion or same.occasion
        in_sentence += implied
        in_sentence = _met_and_held_talks(in_sentence)
        in_sentence = _agreed_at_their_talks(in_sentence)
        in_sentence = host_of_their_meeting(in_sentence, people)
        host_who_invited(in_sentence, people)
        in_sentence = host_of_their_talks(in_sentence, people)
        in_sentence = host_of_the_meeting_told(in_sentence)
        _told_in_detail(in_sentence)
        in_sentence = trip_and_its_meeting(in_sentence)
        exchange_of_visits(in_sentence)
        on_the_days_of_the_trip(in_sentence)
        on_the_day_of_the_trip_before(in_sentence, sentences[:at], people, published)
        for meeting in in_sentence:
            the_gathering_told_before(meeting, sentences[max(0, at - 2) : at], people, published)
            on_margins_told_before(meeting, sentences[max(0, at - 2) : at], published)
            the_talks_told_before(meeting, found, sentences[max(0, at - 2) : at], published)
            one_of_the_round_before(meeting, found, sentences[max(0, at - 2) : at])
        _where_else_that_day(in_sentence)
        # read only where a meeting was told before, the only ones it is asked of: not for the
        # sentences before an article's first meeting
        past = bool(found) and is_background(span_text(sentence))
        if (each := meetings_attended(sentence, found)) and not _to_the_press(sentence.root):
            # "A received B and C separately. D and E attended both meetings": D and E at each
            attending = partial(note_attendance, each=True)
            if [m for m in each if joined_with_tellings(found, m, attending, sentence, people)]:
                both = counted_meetings(sentence)
                in_sentence = [m for m in in_sentence if m.trigger is not both]
        met = met_with(in_sentence, people)  # "present during the meeting with Xi": Xi's meeting
        held = next(
            (
                m
                for m in reversed(found)
                if held_then(m, in_sentence, past, published) and met <= set(m.people)
            ),
            None,
        )
        if held is not None and (
            echoed := echoed_meeting(sentence, found, held, in_sentence, past, published)
        ):
            held = echoed  # "Xi met Meloni ... Li held talks with Meloni ... Wang attended the meeting"
        if (
            held is not None
            and all(a_reference(m) for m in in_sentence)
            # "A told reporters, with B seated beside him, ...": beside a speaker to the press, not
            # at the meeting told before
            and not _to_the_press(sentence.root)
            # "C also attended, but the two did not meet": there, but no party to it
            and not _no_meeting_of_the_two(sentence)
            and joined_with_tellings(found, held, note_attendance, sentence, people)
        ):
            told_of_it(held, in_sentence, sentences[max(0, at - 2) : at])
            in_sentence = []  # "Attending the talks were A and B": those of the meeting told
        elif not in_sentence and found:
            # "has called off a meeting with B set for Thursday. C and D were due to join them there"
            (
                join_the_plan(sentence, people, found[-1])
                or guests_of_the_plan(sentence, people, found[-1])
                # "Biden held a video call with European leaders. On the line: A, B and C"
                or those_on_the_line(sentence, people, found[-1])
            )
        dated = next((m for m in reversed(found) if m.when is not None), found[-1] if found else None)
        meanwhile(dated, in_sentence)
        note_the_reference(sentence, _the_last_talks(found), in_sentence, published)
        if at > 0 and not telling.get(at - 1, True):
            for meeting in in_sentence:
                if _told_as_it(meeting):  # "The meeting was held on Tuesday in X. It brought together A, B"
                    note_the_reference(sentences[at - 1], meeting, [], published)
        telling[at] = bool(in_sentence)
        noted = note_whereabouts(sentence, people, published, whereabouts, trips, arrivals)
        stays += [(name, *where) for name, where in whereabouts.items() if name in noted]
        for meeting in in_sentence:
            for person in meeting.people:
                place, when = whereabouts.get(person.name, (None, None))
                if place is not None and when is None and before_coming(meeting, person.name, place, found):
                    # "arrived in Montevideo from Buenos Aires, where he had spent two days. On
                    # Tuesday, he met ...": a day before the first one told there, so where he came from
                    if meeting.place is None and (came := arrivals.get(person.name)) and came[1] == place:
                        meeting.place = came[0]
                    continue
                # a stay to come ("is due to travel to Perth on Tuesday") places no meeting held,
                # as it dates none (below)
                to_come = (
                    published is not None
                    and when is not None
                    and when.start is not None
                    and when.start > published
                )
                # nor, where the meeting has no place of its own, one elsewhere than the meeting
                # of the same people told before, which a telling of them with no place tells again
                elsewhere = (
                    meeting.place is None
                    and place is not None
                    and _held_before_elsewhere(meeting, place, when, found)
                )
                if (
                    (meeting.place is None or within(place, meeting.place))
                    and place is not None
                    and meeting.kind in {"in_person", "visit"}
                    and not to_come
                    and not _another_stay(
                        meeting.when, when
                    )  # "At that July visit": not where they go in August
                    and not elsewhere
                ):
                    meeting.place = place
                there = in_one_country(meeting.place, place)
                if (
                    meeting.when is None
                    and when is not None
                    and meeting.kind in {"in_person", "visit"}
                    and there
                    # "held talks on Wednesday ... Kim arrived on Tuesday ... This is the second
                    # meeting between the two leaders": their talks' own day, not the arrival's
                    and not (meeting.verb.lemma_ == "be" and _their_day_told(meeting, when, found))
                    # a stay to come ("is to travel to Oran on Saturday") dates no meeting held
                    and not to_come
                    and not elsewhere
                ):
                    meeting.when = _held_by_then(when, published)  # the days they were there
                    meeting.by_the_stay = True
        days_go_on(in_sentence, whereabouts)
        found += in_sentence
    found = join_references(found, people, published)
    overtaken_plans(found)
    by_the_same_means(found)
    also_that_day(found)
    on_that_same_day(found, published)
    next_to_the_meeting_before(found)
    the_rounds_day(found)
    setting = setting_of(sentences, found, people, published)
    for meeting in found:
        set_the_scene(meeting, setting, published, ahead=ahead_of_their_gathering(meeting, found))
        date_the_news(meeting, setting)
    the_one_met_named_next(found, published)
    one_after_the_other(found)
    # "A met B after talks. ... Earlier, C received A": the day the lead gave the news meeting, now
    # that the scene has given it one, is the day of those told "earlier", "also" or "that same day",
    # and of those told right before or after it ("Before sitting down with B, A met C")
    also_that_day(found)
    on_that_same_day(found, published)
    next_to_the_meeting_before(found)
    held_alongside(found)
    earlier_or_later_that_day(found)
    in_the_city(found, published)
    where_the_visit_went(found)
    held_where_they_set_out_from(found, departures(sentences, people))
    found = join_headline(join_alleged(join_announced(found, published)), sentences, published)
    found = join_captions(found, published)
    meet_on_the_trip(found)
    later_that_day(found)
    planned_during_the_stay(found, stays)
    planned_where_they_are(found, stays)
    put_off_where_they_went(found)
    held_where_they_came(found, stays, published)
    held_on_a_trip_then(found, trips)
    named_after_it(found, sentences, published)
    in_the_occasions_city(found, sentences)
    on_the_occasions_day(found, sentences, published)
    until_the_gatherings_end(found, sentences, published)
    called_off_where_told(found, sentences)
    told_again_on_its_day(found, sentences, published)
    at_the_occasion(found)
    for meeting in found:
        meeting.place = city_when_there(meeting) or meeting.place
        at_the_hosts(meeting, people)
        on_the_datelines_day(meeting, published)
        on_the_entrys_day(meeting, published)
    at_the_headlines_summit(found, sentences, published)
    sportsmen = players(doc, people)
    civic = civic_officials(doc, people)
    fixtures = untitled_in_a_story_of_sport(doc, people)
    legislators = home_legislators(doc, people)
    dateline = article_dateline(doc)
    return [
        _record(m, doc_id)
        for m in found
        if _reportable(m)
        and not told_in_full(m, found, published)
        and not sportsmen & set(m.people)
        and not set(m.people) <= civic
        and not set(m.people) <= fixtures
        and not _one_countrys_own(m, legislators, dateline, found)
        and not _with_ones_own_people(m)
    ]


# a group of someone's own side, met as "his lawyers", "her aides", "the heads of his coalition"
OWN_SIDE = frozenset(
    "lawyer lawyers attorney attorneys team aide aides adviser advisers advisor advisors staff "
    "bodyguards family relatives supporters coalition party cabinet ministers".split()
)


def _with_ones_own_people(meeting: Found) -> bool:
    """Whether the ones met are told as the meeting's subject's own side, his or hers ("met his
    defence team, led by A", "held talks with her lawyers", "met the heads of the parties of his
    governing coalition and the speaker, A"), and no one of another country is there: a
    politician's own business, no diplomatic meeting. Not one whose people are of two countries
    ("Modi met Albanese and his ministers"), nor "his counterpart" or "his host", who are
    another's."""
    if meeting.delegations or len({p.country for p in meeting.people if p.country}) > 1:
        return False
    verb = meeting.verb
    met = [c for c in children_of(verb) if c.dep_ == "dobj"]
    met += [
        g
        for head in (verb, meeting.trigger)
        for c in children_of(head)
        if c.dep_ == "prep" and c.lower_ == "with"
        for g in children_of(c)
        if g.dep_ == "pobj"
    ]
    return any(
        t.lower_ in OWN_SIDE
        and any(c.dep_ == "poss" and c.lower_ in {"his", "her", "their"} for c in children_of(t))
        for o in met
        for t in subtree_of(o)
    )


def _one_countrys_own(
    meeting: Found,
    legislators: Set[Cluster] = frozenset(),
    dateline: Place | None = None,
    found: Iterable[Found] = (),
) -> bool:
    """Whether a meeting is of officials of one country alone, each known to be of it and no
    other country's delegation there ("the crown prince met the foreign minister" of one
    kingdom): a government's own business, no diplomatic meeting. An officer of a legislature
    titled with no country (``legislators``: "the speaker of parliament", "the president of the
    Senate") is of the country of the others where the meeting is held there, or, told nowhere,
    where the article's ``dateline`` is, when the article tells (``found``) no meeting with
    another country's people nor one held elsewhere, and the legislator is among those met
    ("Petro met the presidents of the Senate and the House, A and B"). Not where it is held
    abroad ("Zelensky met Speaker A in Washington": a visitor calls on the host's speaker), on a
    trip told ("Macron arrived in Rabat ... was received by Speaker A"), with no place nor
    dateline, nor told of the speaker who holds the talks, at home or abroad ("Speaker A held
    talks with Chinese Premier Li", "Speaker A met Nepal's Prime Minister in Kathmandu"). One
    titled by an office with no country beside the legislator is of the country of the place or
    dateline
    ("Finance Minister A met Speaker B" under a Brasilia dateline)."""
    countries = {p.country for p in meeting.people} | {c for c in meeting.delegations if c}
    if len(meeting.people) < 2:
        return False
    if not legislators & set(meeting.people):
        return (
            len(countries) == 1
            and None not in countries
            and (
                meeting.visit or not _two_sides(countries, meeting.sentence, meeting.clause, meeting.trigger)
            )
        )
    others = [p for p in meeting.people if p not in legislators]
    told = {p.country for p in others if p.country} | {c for c in meeting.delegations if c}
    if meeting.people[0] in legislators or len(told) > 1:
        return False  # the speaker who holds the talks may be abroad; or two countries there
    if any(p.country is None and p.role is None for p in others):
        return False  # someone whose country no title tells
    where = meeting.place or dateline
    if where is None or not told <= {where.country}:
        return False  # nowhere told, or abroad ("Zelensky met Speaker A in Washington")
    # the article is of that country alone: no meeting of another country's people, nor one held
    # elsewhere ("Macron arrived in Rabat ... was received by Speaker A")
    return all(
        m.countries <= {where.country} and (m.place is None or m.place.country == where.country)
        for m in found
    )


def _two_sides(countries: Set[str | None], sentence: Span, clause: set[int], trigger: Token) -> bool:
    """Whether people of one country are told meeting as two sides, not as colleagues of one
    government: a third country or body stands in the meeting's own words. They meet in another
    country, on neutral ground ("the two generals met in Jeddah", "talks between the president
    and the rebel leader set for Thursday in Nairobi"); or another country, its people or a body
    of nations arrange, host or mediate their meeting ("a meeting between A and B that the AU
    had promised", "Qatari-brokered talks between A and B", "talks between the government and the
    rebels hosted by Kenya"). Not a place told only by a trip or the dateline ("arrived in Tokyo
    ... met his foreign minister"), nor the trip itself ("flew to Beijing with his foreign
    minister"), which one government's travellers share; nor a country told as the topic ("a
    cabinet meeting on China")."""
    if {trigger.lemma_.lower(), governor(trigger).lemma_.lower()} & (TRIP_VERBS | VISIT_WORDS):
        return False  # "flew to Beijing with his foreign minister for talks with B": their trip
    place = clause_place(sentence, clause) or place_on_the_noun(sentence, trigger)
    if place is not None and place.country is not None and place.country not in countries:
        return True
    return any(_a_third_party(t, countries) for t in _arrangers(trigger))


def _arrangers(meeting: Token) -> Iterator[Token]:
    """The words that tell who arranges, hosts or mediates a meeting told by a noun, in the
    noun's own phrase: the subject of a clause on it ("a meeting ... that the bloc had
    promised"), the agent of a participle ("talks hosted by Kenya", "a meeting between A and B
    brokered by the AU") or the word joined before a participle ("Qatari-brokered talks"), and
    the one under whose auspices it is held ("talks under the auspices of the AU")."""
    if meeting.pos_ != "NOUN":
        return
    for word in subtree_of(meeting):
        if word.dep_ == "relcl":
            yield from (t for c in children_of(word) if c.dep_ in {"nsubj", "agent"} for t in subtree_of(c))
        elif word.dep_ in {"acl", "amod"} and word.tag_ == "VBN":
            yield from (
                t for c in children_of(word) if c.dep_ in {"agent", "npadvmod"} for t in subtree_of(c)
            )
            if any(c.lower_ == "-" for c in children_of(word)):
                yield from subtree_of(word)  # "Qatari-brokered": "Qatari" "-" "brokered"
        elif word.dep_ == "prep" and word.lower_ == "under" and word.head == meeting:
            yield from subtree_of(word)  # "under the auspices of the AU"


def _a_third_party(word: Token, countries: Set[str | None]) -> bool:
    """Whether a word names a country other than ``countries``, one of its people, or a body of
    nations ("Kenya", "Qatari", "the AU", "the regional bloc IGAD")."""
    name = next((e.text for e in word.doc.ents if e.start <= word.i < e.end), word.text)
    name = name.removeprefix("the ").removeprefix("The ")
    if word.ent_type_ in {"GPE", "NORP"}:
        country = places.country_named(name)
        return country is not None and country not in countries
    return word.pos_ == "PROPN" and occasions.names_a_body(name)


# verbs of meeting that may stand with no one met, their object told by the verb joined to them
MEETING_ALONE_VERBS = frozenset("meet confer talk".split())


def _met_and_held_talks(in_sentence: list[Found]) -> list[Found]:
    """Without the meeting of a verb that names no one met of its own and is joined by "and" to
    one that does ("A met and held talks with B", "A met and spoke with B"): one meeting, that of
    the verb that names B, not one of A alone for others told present to join (not a gathering
    attended: "attended the summit and held talks with B on its sidelines" keeps the summit)."""
    return [
        meeting
        for meeting in in_sentence
        if not (
            len(meeting.people) == 1
            and not meeting.visit
            and meeting.trigger.lemma_.lower() in MEETING_ALONE_VERBS  # not "attended the summit and"
            and any(
                other is not meeting
                and other.kind == meeting.kind
                and meeting.people[0] in other.people
                and len(other.people) >= 2
                and other.verb.dep_ == "conj"
                and other.verb.head.i == meeting.verb.i
                for other in in_sentence
            )
        )
    ]


def _agreed_at_their_talks(in_sentence: list[Found]) -> list[Found]:
    """Without the meeting an agreement tells where the sentence tells the talks it came out of,
    of those who agreed and more (who hosted, brokered or mediated them): "A and B agreed to open
    the border after talks brokered by C" is one meeting of A, B and C, the talks, not also one of
    A and B; its day and place go to the talks where these tell none. Not talks of others than
    those who agreed ("A and B agreed ... after C's talks with D")."""
    kept = []
    for meeting in in_sentence:
        verb = meeting.trigger
        talks = next(
            (
                other
                for other in in_sentence
                if other is not meeting
                and verb.pos_ == "VERB"
                and lemma_of(verb) in AGREEING_VERBS
                and other.trigger.pos_ == "NOUN"
                and other.trigger in subtree_of(verb)
                and other.kind == meeting.kind == "in_person"
                and set(meeting.people) < set(other.people)
            ),
            None,
        )
        if talks is None:
            kept.append(meeting)
            continue
        talks.when = talks.when or meeting.when
        talks.place = talks.place or meeting.place
    return kept


def _told_in_detail(in_sentence: list[Found]) -> None:
    """Meetings a colon lists after the round of them it sets out are held where, when and at what
    the round was: "Putin held a series of meetings on the sidelines of the summit in Kazan: he
    held talks with Xi, Modi and Ramaphosa" (the parse hangs the round below the list)."""
    for meeting in in_sentence:
        round_ = next(
            (
                other
                for other in in_sentence
                if other.trigger.tag_ == "NNS"
                and other.trigger.i < meeting.trigger.i
                and other.kind == meeting.kind == "in_person"
                and set(other.people) & set(meeting.people)
                and any(t.text == ":" for t in other.sentence.doc[other.trigger.i : meeting.trigger.i])
            ),
            None,
        )
        if round_ is not None:
            meeting.place = meeting.place or round_.place
            meeting.occasion = meeting.occasion or round_.occasion
            meeting.when = meeting.when or round_.when


def _made_for_a_meeting(trip: Token) -> bool:
    """Whether a trip's purpose, an infinitive or a "for" phrase on its verb, tells a meeting
    ("flew with B to Rabat to hold talks with C", "travelled with B to Lima for talks with C"):
    the meeting its purpose tells is the one they go together to."""
    purposes = [c for c in children_of(trip) if c.dep_ in {"advcl", "xcomp"}]
    fors = [g for c in children_of(trip) if c.dep_ == "prep" and c.lower_ == "for" for g in children_of(c)]
    return any(is_trigger(t) for c in purposes for t in subtree_of(c)) or any(
        g.dep_ == "pobj" and is_trigger(g) for g in fors
    )


def _travelling_together(found: list[Cluster], subjects: list[Cluster]) -> bool:
    """Whether all of a visit's people are its subjects, of one country as far as told, who go
    there together: "Foreign Minister Anand and Finance Minister Champagne visited Mexico" (no
    one visited); not "Putin and Tokayev visited the exhibition", leaders of two countries who
    meet on the way."""
    countries = {person.country for person in found if person.country}
    return len(found) >= 2 and len(countries) <= 1 and all(person in subjects for person in found)


STAY_DAYS = 7  # someone said to be somewhere (arrived, was there) on a day stays up to a week


def _held_by_then(stay: DateSpan, published: date | None) -> DateSpan:
    """The days of a stay a meeting held there may fall on: those up to publication ("arrived on
    Wednesday on a two-day visit", told on Wednesday: Wednesday, not Thursday still to come)."""
    if published is None or stay.end is None or stay.start is None or stay.end <= published:
        return stay
    end = max(stay.start, published)
    return stay.model_copy(update={"end": end, "precision": "day" if end == stay.start else stay.precision})


def _held_before_elsewhere(meeting: Found, place: Place, there: DateSpan | None, found: list[Found]) -> bool:
    """Whether the article told a meeting of the same people, of the same kind, at a place other
    than where one of them is said to be last, on a day after that stay: the stay is a step back
    in the story, and a telling of them with no place of its own is that meeting again ("A arrived
    in Doha on Thursday and held talks with B. On Monday he was in Juba ... The two men discussed
    ...": Doha, not Juba; not "In December, A and B met in Addis Ababa ... A, who arrived in
    Asmara this evening, was received by B": Asmara)."""
    if there is None or there.end is None:
        return False
    return any(
        told.kind == meeting.kind
        and set(meeting.people) <= set(told.people)
        and told.place is not None
        and told.place != place
        and not within(place, told.place)
        and not within(told.place, place)
        and told.when is not None
        and told.when.start is not None
        and there.end < told.when.start
        for told in found
    )


def _another_stay(when: DateSpan | None, there: DateSpan | None) -> bool:
    """Whether a meeting's days are not those of the stay someone is told to be on: they end
    before it began, or begin more than a week after it ("was in Addis Ababa on Monday ... During
    a visit in May"; not "arrived in Moscow on Tuesday ... on Wednesday, he held talks"), or after
    a stay told by its week, month or year, which is over by then ("Modi, who visited Kenya last
    week, met Xi on Monday": the whole stay is told, not a day it began on)."""
    if when is None or there is None:
        return False
    start, end, came, left = when.start, when.end, there.start, there.end
    if start is None or end is None or came is None or left is None:
        return False
    if there.precision in WHOLE_STAYS and start > left:
        return True
    return end < came - timedelta(days=1) or (start - left).days > STAY_DAYS


# the spans that tell a whole stay, not the day it began: "last week", "in May", "in 2019"
WHOLE_STAYS = frozenset({"week", "month", "year"})


def _told_as_it(meeting: Found) -> bool:
    """Whether a meeting's verb has "it" for its only subject and is the meeting's own word ("It
    brought together A, B and C", "It gathered the leaders of ..."): the meeting a sentence before
    told by its noun alone ("The meeting was held on Tuesday on the sidelines of X"), naming no
    one, which says its day, place and occasion."""
    subjects = subjects_of(meeting.verb)
    return len(subjects) == 1 and subjects[0].lower_ == "it" and meeting.trigger == meeting.verb


def _their_day_told(meeting: Found, there: DateSpan, found: list[Found]) -> bool:
    """Whether the article has told a meeting in person of all the meeting's people (and maybe
    more) on a day of its own other than that of someone's stay: "A and B held talks on
    Wednesday ... B arrived on Tuesday ... This is the second meeting between the two leaders",
    a meeting described ("is", "was") and not told as an act, is their talks told again, not a
    meeting of the day B arrived (while "B arrived on Tuesday ... A welcomed B" is of Tuesday)."""
    return any(
        other.kind == meeting.kind
        and set(meeting.people) <= set(other.people)
        and other.when is not None
        and other.when.precision == "day"
        and other.when.start is not None
        and other.when.start != there.start
        and not is_background(span_text(other.sentence))
        for other in found
    )


def _where_else_that_day(in_sentence: list[Found]) -> None:
    """A meeting a sentence tells with no place, on the day it tells another meeting of one of
    its people in a place, was held there: "on Monday he was received in Tunis by Saied and held
    talks with Ammar, before flying on to Lome"; not one told where they came from, and the other way
    round ("arrived in Galle from Delhi, where he attended the summit, and was received by B": not
    in Delhi, whatever the day). So is one its verb tells as the next act of the same subject,
    where neither is dated (the article gives no year): "There he met Karis at Kadriorg, paid a
    courtesy call on Hussar and held talks with Kallas" (there, all three)."""
    for meeting in in_sentence:
        if meeting.place is not None or meeting.kind != "in_person":
            continue
        left = in_the_place_left(meeting.trigger)
        there = next(
            (
                m.place
                for m in in_sentence
                if m.place is not None
                and in_the_place_left(m.trigger) == left
                and m.kind in {"in_person", "visit"}
                and m.when == meeting.when
                and (
                    (m.when is not None and m.when.precision == "day")
                    or (m.when is None and _the_next_act_of_its_subject(meeting.verb, m.verb))
                )
                and set(m.people) & set(meeting.people)
                and not only_a_next_stop(m.sentence, m.place)  # "a trip that takes him on to Washington"
            ),
            None,
        )
        meeting.place = there


def _the_next_act_of_its_subject(verb: Token, before: Token) -> bool:
    """Whether a verb is joined after another as the next act of that verb's subject, with no
    subject of its own: "held" of "paid a courtesy call on A at Riga Castle and held talks with B"."""
    return (
        verb.i > before.i
        and verb in before.conjuncts
        and before.pos_ in {"VERB", "AUX"}
        and not subjects_of(verb)
        and not any(c.lower_ in {"then", "later", "afterwards"} for c in children_of(verb))
    )


def _brokered_list(preposition: Token) -> list[Token]:
    """Those who brokered a meeting whose sides a "with" or "between" lists, where the parser hung
    the participle on a name of the list ("between A, B and C, brokered by D"): no person is
    brokered, so the talks were, and D took part in them."""
    named = [g for c in children_of(preposition) if c.dep_ == "pobj" for g in (c, *c.conjuncts)]
    return [
        agent
        for name in named
        if name.ent_type_ in {"PERSON", "GPE", "NORP"} or name.pos_ == "PROPN"
        for c in children_of(name)
        if c.dep_ == "acl" and c.lemma_.lower() in BROKERING_VERBS
        for agent in passive_agents(c)
    ]


def _before_or_after(trigger: Token) -> Token | None:
    """The call (the trigger, or the noun it is part of: "phone" of "phone call") that
    the verb's act comes after or before ("announced, after a long phone call with Putin, that
    the two would meet in Budapest"): another time, whose place and date are its own."""
    noun = trigger.head if trigger.dep_ == "compound" else trigger
    if noun.lemma_.lower() not in CALL_NOUNS:
        return None  # a visit's or a meeting's place is the verb's ("before Yellen's visit to Beijing")
    if nominal(noun) and noun.dep_ == "pobj" and noun.head.lower_ in {"after", "before", "following"}:
        return noun
    return None


def _call_settling(trigger: Token) -> Token | None:
    """The plan a call is the setting of where the parser hangs the call on the verb planned ("had
    agreed to meet in Budapest during a telephone conversation"): the call's words are its own,
    the place and day of neither the plan nor its call the other's."""
    noun = trigger.head if trigger.dep_ == "compound" else trigger
    act = settled_at(trigger)
    if act is None or noun.lemma_.lower() not in CALL_NOUNS or noun.head.head == act:
        return None
    return act


def _the_time_of_another(trigger: Token) -> bool:
    """A bare definite meeting noun told again as the time of what the sentence tells: "Prior to
    the trilateral meeting, Erdogan received Michel", "After the talks, ..."; the meeting told
    before, whose people are not those of the sentence's verb ("had told C in advance of the
    trip": C was not on it). Not one told with words of its own ("after the historic visit to
    China by Trong", "after the planned talks in Angola")."""
    head = trigger.head
    timed = (
        head.lower_ in {"before", "after", "following"}
        or (head.lower_ == "to" and head.head.lower_ == "prior")
        or (head.lower_ == "of" and head.head.lower_ in {"ahead", "advance"})  # "ahead of the meeting"
        or (head.lower_ == "of" and head.head.lower_ == "eve")  # "on the eve of the leaders' meeting"
    )
    theirs = [c for c in children_of(trigger) if c.dep_ == "poss" and c.tag_ == "NNS" and definite_word(c)]
    bare = all(c.dep_ in {"det", "amod", "compound"} or c in theirs for c in children_of(trigger))
    definite = definite_word(trigger) or bool(theirs)  # "the talks", "the leaders' meeting"
    told_again = bare or _before_talks_of_the_verb(trigger) or _a_named_gathering_and_its_place(trigger)
    return nominal(trigger) and trigger.dep_ == "pobj" and timed and definite and told_again


def _a_named_gathering_and_its_place(trigger: Token) -> bool:
    """Whether a meeting noun is a gathering named by its body ("the EU summit", "the G20
    summit") told with no more than where it is held ("in Brussels"): the gathering the
    sentence's talks come before or after ("will meet Scholz in Berlin, ahead of the EU summit in
    Brussels"), not a meeting of those talks' people. Not a summit of no body named ("after the
    summit in Tokyo", which may be theirs), nor one told with a "with" or "between" of its own."""
    if lemma_of(trigger) not in GATHERINGS:
        return False
    named = any(
        c.dep_ in {"compound", "nmod", "amod"} and (c.ent_type_ in {"ORG", "GPE", "NORP"} or c.tag_ == "NNP")
        for c in children_of(trigger)
    )
    where = [c for c in children_of(trigger) if c.dep_ == "prep"]
    return (
        named
        and bool(where)
        and all(
            p.lower_ in {"in", "at"}
            and all(o.ent_type_ in {"GPE", "LOC", "FAC"} for o in children_of(p) if o.dep_ == "pobj")
            for p in where
        )
        and all(c.dep_ in {"det", "amod", "compound", "nmod", "nummod", "prep"} for c in children_of(trigger))
    )


def _before_talks_of_the_verb(trigger: Token) -> bool:
    """Whether a definite meeting noun with only a "with" phrase of its own is the time of talks
    its clause's verb tells: "After the meeting with the president, A held talks with B" (the
    meeting told before, then another with B), not "After the meeting with B, A flew home"."""
    if not all(c.dep_ in {"det", "amod", "compound", "prep"} for c in children_of(trigger)):
        return False
    if any(c.dep_ == "prep" and c.lower_ != "with" for c in children_of(trigger)):
        return False
    verb = next((a for a in ancestors_of(trigger) if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None or trigger.sent != verb.sent:
        return False
    return is_trigger(verb) or any(
        c.dep_ == "dobj" and nominal(c) and is_trigger(c) for c in children_of(verb)
    )


def _counted_back(meeting: Found, found: list[Found], published: date | None) -> DateSpan | None:
    """The day of a meeting held that the news last told with its day came a count of days after
    ("A met B on Saturday. The talks came a day after C met D": Friday); not counted from a
    plan, nor from a meeting of the past the article recalls."""
    news = next(
        (m for m in reversed(found) if m.when and m.kind not in TO_COME and not of_the_past(m, published)),
        None,
    )
    return counted_back_from(meeting.verb, news.when) if news is not None else None


def _counted_from_the_visit_named(
    meeting: Found, found: list[Found], published: date | None
) -> DateSpan | None:
    """The day of a meeting held that a visit to a city came a count of days after, counted from
    the day of the news's meeting in that city, not from the day the text told last: "A received
    B in Cairo on Thursday. ... On Tuesday, B met D. B's visit to Cairo came a day after A took
    part in a summit in Aqaba" (Wednesday). None where what came names no city, or the article
    tells no meeting of the news there with its day."""
    came = what_came(meeting.verb)
    if came is None:
        return None
    cities = {
        o.text.lower()
        for p in children_of(came)
        if p.dep_ == "prep" and p.lower_ in {"to", "in"}
        for o in children_of(p)
        if o.dep_ == "pobj" and o.ent_type_ == "GPE"
    }
    there = next(
        (
            m
            for m in reversed(found)
            if m.when is not None
            and m.when.precision == "day"
            and m.kind == "in_person"
            and m.place is not None
            and m.place.city is not None
            and {m.place.city.lower(), (m.place.spelled or "").lower()} & cities
            and not of_the_past(m, published)
        ),
        None,
    )
    return counted_back_from(meeting.verb, there.when) if there is not None else None


def _counted_from_its_sentence(meeting: Found, in_sentence: list[Found]) -> DateSpan | None:
    """The day of a meeting told in a phrase that counts days from the meeting its sentence told
    last before it: "A met B on Thursday, a day after holding talks with C" (Wednesday), "two days
    before meeting D" (Saturday); not counted from a plan."""
    told = next(
        (
            m
            for m in reversed(in_sentence)
            if m.when and m.kind not in TO_COME and m.trigger.i < meeting.verb.i
        ),
        None,
    )
    return counted_from(meeting.verb, told.when) if told is not None else None


def _told_again(meeting: Found, other: Found) -> bool:
    """Whether a sentence's meeting is one it has told already: the same people and kind, and no
    other place or day ("met in Paris on Monday ... and in Berlin on Tuesday" tells two); not
    one told as what the other came after ("their first encounter since they last met in Bali"),
    nor one told as met "again" as one that is not."""
    return (
        (not meeting.again or other.again)
        and {c.name for c in meeting.people} == {c.name for c in other.people}
        and told_since(meeting) == told_since(other)
        and meeting.kind == other.kind
        and (None in (meeting.place, other.place) or meeting.place == other.place)
        and (None in (meeting.when, other.when) or meeting.when == other.when)
    )


# what a meeting word owns where it tells a time: "the summit's main day"
TIME_NOUNS = frozenset("day days eve morning afternoon evening night week".split())
LASTING_VERBS = frozenset("continue run last end close conclude".split())
# what a gathering's host or chair is called: "the summit's host, Brazilian President Lula"
HOST_NOUNS = frozenset(
    "host co-host chair chairman chairperson chairwoman president organiser organizer".split()
)


def _someone_of(noun: Token) -> bool:
    """Whether a noun names someone by what they are to a gathering: "the summit's host", "the
    conference's chair"."""
    return noun.lemma_.lower() in HOST_NOUNS


def _a_time_or_length(meeting: Found) -> bool:
    """Whether a meeting word tells a time or how long something lasts, or whom it has as host, and
    no meeting: the owner of a day ("On Wednesday, the summit's main day, Putin is to hold talks
    with Pezeshkian") or of its host ("a bilateral meeting with the summit's host, Lula"), or
    the subject of a verb of lasting whose own words name no one ("The CARICOM leaders' meeting
    continues until Friday", after a meeting of two of them)."""
    word = meeting.trigger
    if not nominal(word):
        return False
    if word.dep_ == "poss" and (word.head.lemma_.lower() in TIME_NOUNS or _someone_of(word.head)):
        return True
    return (
        word.dep_ == "nsubj"
        and word.head.lemma_.lower() in LASTING_VERBS
        and not any(t.ent_type_ == "PERSON" for t in subtree_of(word))
    )


def _place_since(meeting: Found) -> Place | None:
    """The place a meeting told as the time since which is named in its own words: "the first
    talks since their meeting in Blantyre", "progress since their talks in Lilongwe" were held in
    Blantyre and Lilongwe, whatever the sentence says of the later one, whose clause it is in."""
    trigger = meeting.trigger
    told = named_by(trigger)  # "since the Group of 20 summit in Osaka": the name's
    if not nominal(trigger) or told.dep_ != "pobj" or told.head.lower_ != "since":
        return None
    return clause_place(meeting.sentence, own_clause(told))


def _called_on(on: Token) -> bool:
    """ "Called on the President": a courtesy call on someone; not "calls on China to exercise
    restraint", an appeal."""
    if lemma_of(on.head) != "call":
        return False
    doc = on.doc
    after = max((t.right_edge.i for t in children_of(on)), default=on.i) + 1
    return after >= len(doc) or doc[after].lower_ != "to"


def _told_as(verb: Token, clause: set[int]) -> list[Token]:
    """The meeting nouns a meeting verb is told as, in its own clause: "met in a meeting
    facilitated by Macron", "met on Monday in talks hosted by the emir", "spoke during a call
    arranged by ...": what is said of them (their place, their occasion) is said of the meeting."""
    return [
        g
        for c in children_of(verb)
        if c.dep_ == "prep" and c.lower_ in {"in", "during", "at"} and c.i in clause
        for g in children_of(c)
        if g.dep_ == "pobj" and nominal(g) and is_trigger(g)
    ]


def _joins_a_new_one(trigger: Token, verb: Token, people: People, earlier: list[Found]) -> bool:
    """Whether a joining joins people named who were in no meeting reported before: what a person
    joined is a meeting hosted by someone named ("Carney joined a video call hosted by Starmer" is
    their meeting, with Starmer's guests), or people "will be joined by" others named (a coming
    meeting of all of them: "Later today, A and B will be joined by the presidents C and D for
    the summit"), or one joins people named at a gathering or place ("joined A and B at the
    summit": a meeting of all of them); not "were joined by C" (C sat in on the meeting told
    before)."""

    def none_met_before(joiners: list[Cluster]) -> bool:
        return bool(joiners) and not any(j in m.people for m in earlier for j in joiners)

    def not_met_together_before(joined: list[Cluster]) -> bool:
        # "The two ministers later joined A and B for the 2+2 meeting": A and B in no meeting told
        # before together (A alone may have signed a pact with one of the two), so a new meeting
        return len(joined) >= 2 and not any(set(joined) <= set(m.people) for m in earlier)

    if verb.lemma_.lower() == "join":
        hosts = [people.at(g) for g in agents_of(trigger, HOSTING_VERBS)]
        if None not in hosts and none_met_before([h for h in hosts if h is not None]):
            return True
        joined = people.in_tokens(joined_ones(verb))
        if joined_someone_somewhere(verb) and none_met_before(joined):
            return True
        if _joined_for_a_sitting(verb) and (
            not_met_together_before(joined) or _joined_earlier_on_a_day(verb)
        ):
            return True
        if _joined_a_gathering_held_before(trigger, verb) and none_met_before(
            people.in_tokens(t for s in children_of(verb) if s.dep_ == "nsubj" for t in subtree_of(s))
        ):
            return True
    # a list of several joining, some of whom met before ("A met B on Thursday. A will chair the
    # summit on Friday, where he will be joined by B, C and D"): a gathering of its own, unless one
    # meeting told before holds them all
    joining = people.in_tokens(t for g in passive_agents(trigger) for t in subtree_of(g))
    return (
        trigger.lemma_.lower() == "join"
        and (_yet_to_happen(trigger) or _for_a_gathering(trigger))
        and (
            none_met_before(joining)
            or (len(joining) >= 3 and not any(set(joining) <= set(m.people) for m in earlier))
        )
    )


def _joined_for_a_sitting(verb: Token) -> bool:
    """Whether people are joined "for" a meeting or a gathering ("joined A and B for talks", "for
    the second Foreign and Defense Ministerial Meeting"), the sitting the joining is made for;
    not "at the talks", those told before, sat in on (the parser may hang the "for" on whom it
    joins)."""
    return any(
        g.dep_ == "pobj" and (is_trigger(g) or g.lemma_.lower() in GATHERING_NOUNS)
        for t in (verb, *joined_ones(verb))
        for c in children_of(t)
        if c.dep_ == "prep" and c.lower_ == "for"
        for g in children_of(c)
    )


def _joined_earlier_on_a_day(verb: Token) -> bool:
    """Whether a joining is told in the past perfect with a time of its own ("Merkel had joined
    Macron and Xi for a similar video summit in April 2021"): a sitting from before the news, its
    own meeting even where those joined met again later, as the article told first."""
    return any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in children_of(verb)) and any(
        t.ent_type_ == "DATE" for t in subtree_of(verb)
    )


def _joined_a_gathering_held_before(trigger: Token, verb: Token) -> bool:
    """Whether one joined "the" gathering (a summit, a conference), one told before by that word:
    "Ruto chaired a virtual summit on Monday. Kagame joined the video conference alongside other
    leaders" (Kagame at Ruto's summit, a meeting of the two, with no one met before)."""
    return (
        trigger.dep_ == "dobj"
        and trigger.head == verb
        and trigger.lemma_.lower() in GATHERING_NOUNS
        and definite_word(trigger)
    )


def _for_a_gathering(verb: Token) -> bool:
    """Whether a joining is told as for a gathering of its own ("were joined by C and D for the
    summit", "for talks"): the meeting of all of them, not one told before that C sat in on; the
    parser may hang "for" on the last of those joining."""
    joining = [verb, *(t for g in passive_agents(verb) for t in subtree_of(g))]
    return any(
        g.dep_ == "pobj" and (is_trigger(g) or g.lemma_.lower() in GATHERING_NOUNS)
        for c in subtree_of(verb)
        if c.dep_ == "prep" and c.lower_ == "for" and c.head in joining
        for g in children_of(c)
    )


def _yet_to_happen(verb: Token) -> bool:
    """Whether a verb tells what is yet to happen: "will be joined", "are to be joined" (not yet
    "are expected to be joined", whose subject :func:`subject_of` does not reach)."""
    if any(c.dep_ == "aux" and c.lower_ in {"will", "shall"} for c in children_of(verb)):
        return True
    return (
        verb.dep_ == "xcomp"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))
        and verb.head.lemma_.lower() == "be"
    )


def _the_trip_they_met_on(meeting: Found, in_sentence: list[Found]) -> bool:
    """Whether a meeting told by a trip is the trip the meetings of a verb were held on ("Carney
    meets Macron and Starmer on first foreign trip"): their setting, not one meeting of all of them."""
    trigger = meeting.trigger
    met = [m for m in in_sentence if m.verb == trigger.head.head and m.kind in {"in_person", "visit"}]
    return (
        trigger.pos_ == "NOUN"
        and trigger.lemma_.lower() in VISIT_WORDS
        and trigger.dep_ == "pobj"
        and trigger.head.lower_ in {"on", "during"}
        and len(meeting.people) >= 2
        and bool(met)
        and set(meeting.people) <= {p for m in met for p in m.people}
    )


def _more_of_them_there(meeting: Found, other: Found) -> bool:
    """Whether a meeting told in a "where" clause on the place of an earlier meeting told before it
    ("last met", "first met") is that meeting, told again with more of those who took part: "They
    last met on Saturday in Hiroshima, where Modi, Albanese, Biden and Kishida held talks" is one
    meeting of the four, the pair among them, as "last met in Rome, where they joined A and B" is
    (:func:`joined_where_they_last_met`). Not the news's own meeting ("held talks with B in Rome,
    where they joined C and D for the summit": their talks, then the summit), nor one with someone
    else at another stop ("went on to Mbabane, where he held talks with B"), nor a gathering that
    names no one of it ("where the G7 leaders gathered")."""
    verb = meeting.verb
    return (
        any(c.dep_ == "advmod" and c.lower_ in EARLIER_ADVERBS for c in children_of(other.verb))
        and verb.dep_ == "relcl"
        and any(c.lower_ == "where" and c.dep_ == "advmod" for c in children_of(verb))
        and verb.head.i in other.clause
        and verb.head.i not in meeting.clause
        and meeting.kind == other.kind
        and len(other.people) >= 2
        and set(other.people) < set(meeting.people)
    )


def _the_gathering_run(meeting: Found, other: Found) -> bool:
    """Whether a sentence's meeting told by a gathering word is the one its verb of chairing or
    hosting told before it, the word that verb's object: "A and B co-chaired the summit with C"
    (the summit's, all three; not the co-chairs met on their own)."""
    trigger, verb = meeting.trigger, other.trigger
    return (
        trigger.dep_ == "dobj"
        and trigger.head == verb
        and lemma_of(trigger) in GATHERING_NOUNS
        and lemma_of(verb) in RUNNING_VERBS
        and meeting.kind == other.kind
        and set(other.people) <= set(meeting.people)
    )


def _held_at(meeting: Found, other: Found) -> bool:
    """Whether a sentence's meeting told by a noun is the setting of one told before it by a
    verb: "Zelensky met Trump in Paris at talks hosted by Macron", "met Xi during talks with"; or
    told by the hosting of what it was held at or in ("signed the deal in a ceremony hosted by")."""
    trigger = meeting.trigger
    if meeting.kind == other.kind == "in_person" and _run_by_one_more(trigger, other):
        return True
    hosted = trigger.dep_ == "acl" and trigger.lemma_.lower() in RUNNING_VERBS and trigger.head.pos_ == "NOUN"
    if hosted:  # "signed the deal in a ceremony hosted by Rubio": its host was there
        trigger = trigger.head
    # "met B in talks chaired by C", "mediated by C": C was there too
    run = any(c.dep_ == "acl" and c.lemma_.lower() in RUNNING_VERBS for c in children_of(trigger))
    hosted = hosted or run
    # "received B in audience, accompanied by C", "in a private meeting": the verb's own meeting,
    # which names no one the verb does not
    within = trigger.head.lower_ == "in" and {c.name for c in meeting.people} <= {
        c.name for c in other.people
    }
    return (
        trigger.pos_ == "NOUN"
        and trigger.lemma_.lower() not in GATHERINGS  # "met Lula at the summit": not a summit of two
        and trigger.dep_ == "pobj"
        and (trigger.head.lower_ in {"at", "during"} or (trigger.head.lower_ == "in" and (hosted or within)))
        and _said_of_the_verb(trigger.head, other.verb)
        and meeting.kind == other.kind == "in_person"
    )


def _said_of_the_verb(preposition: Token, verb: Token) -> bool:
    """Whether a preposition tells of a verb, on it or on a noun of a phrase on it, as the
    parser hangs a list of phrases: "met on the sidelines of the conference in talks hosted by
    C" ("in" on "sidelines", of "met")."""
    head = preposition.head
    for _ in range(2):
        if head == verb:
            return True
        if head.dep_ != "pobj" or head.head.dep_ != "prep":
            return False
        head = head.head.head
    return head == verb


def _run_by_one_more(trigger: Token, other: Found) -> bool:
    """Whether a participle of hosting or chairing set off after the last one met with a meeting
    noun tells who ran that meeting, not whom that person met: "talks in Vilnius with A, hosted
    by C" are talks of A and C with the one who held them."""
    person = trigger.head
    return (
        trigger.dep_ == "acl"
        and trigger.lemma_.lower() in RUNNING_VERBS
        and person.pos_ == "PROPN"
        and trigger.i > person.i + 1
        and trigger.doc[trigger.i - 1].text == ","
        and person.dep_ == "pobj"
        and person.head.lower_ == "with"
        and person.head.head == other.trigger
        and other.trigger.pos_ == "NOUN"
    )


def _reportable(meeting: Found) -> bool:
    """Two or more named people; or one named person visiting somewhere not home, or calling off
    a trip there, or planning one abroad, or meeting delegations named by country ("bilateral talks
    with Iran, Uzbekistan and Turkey"); never an internal meeting ("a cabinet meeting"), which is
    kept until then so that "the meeting" and those "present at the meeting" join it. A trip told
    with nowhere to go ("paid a visit to the ministry") says no more than that the person went."""
    if domestic(meeting.trigger):
        return False
    if len(meeting.people) >= 2:
        return True
    if len(meeting.people) == 1:
        if meeting.visit and (
            (tour(meeting) and len(destinations(meeting)) < 2)
            # "his first trip since 2018, when he travelled to Beijing for the summit": the trip
            # before, counted among his visits there, whatever it was made for
            or (to_an_event(meeting) and not _trip_before_the_news(meeting.verb, meeting.trigger))
        ):
            return False
        if meeting.visit and to_someone_unnamed(meeting):
            return False  # "was due to pay a private visit to an old friend outside Montevideo"
        if meeting.kind == "visit" and a_leg_before_in_passing(meeting):
            return False  # "arrived in Adelaide, following his official visit to New Zealand"
        if (meeting.visit or meeting.kind == "visit") and in_own_country(meeting.people[0], meeting.place):
            return False  # "cut short his trip to deal with a strike in Abuja", for Tinubu: at home
        return (
            (meeting.kind == "visit" and meeting.place is not None)
            or (meeting.kind == "cancelled" and meeting.visit and meeting.place is not None)
            or (meeting.kind == "planned" and meeting.visit and abroad(meeting))
            or (
                meeting.kind == "in_person"
                and bool(meeting.delegations)
                # "A U.S. official welcomes Kishida on his arrival at Camp David": by someone
                # unnamed, the protocol of a trip, no meeting with a delegation
                and not meeting.on_arrival
            )
        )
    return False


def _not_home(meeting: Found, place: Place | None) -> Place | None:
    """A place the clause names for a trip of one person, unless it is his own country: "Ruto had
    visited the Middle Eastern nation in 2019, while the king last came to Kenya" (Kenya, for Ruto,
    is where another went; where he went is told around the trip word, see :func:`place_around`)."""
    if place is None or not (meeting.visit and len(meeting.people) == 1):
        return place
    return None if in_own_country(meeting.people[0], place) else place


def _denied_beside(meeting: Found) -> bool:
    """Whether the verb joined to a meeting's says that its people held no meeting: "shook hands
    with Modi at the dinner, and the two leaders did not hold a meeting", "greeted Scholz at the door but
    held no talks", "shook hands, but the two did not meet for talks", "but they did not sit down for
    talks" (a brush in passing, no meeting); not a denial of talks with someone else ("but held no
    talks with Biden", "but did not meet Biden"), nor of talks another held ("and Xi held no talks").

    The denial may come in the next sentence, about the two of the one before: "A was greeted by B at
    the door. The two presidents shook hands but did not hold a bilateral meeting" (the greeting was
    all); its subject is then a plural reference to the pair ("the two presidents", "they")."""
    verb = meeting.verb
    joined = [c for c in children_of(verb) if c.dep_ == "conj"] + ([verb.head] if verb.dep_ == "conj" else [])
    if any(_says_no_meeting(other, verb) for other in joined):
        return True
    return len(meeting.people) == 2 and meeting.kind == "in_person" and _denied_next(meeting.sentence, verb)


def _denied_next(sentence: Span, verb: Token) -> bool:
    """Whether the sentence after one says first that the two it names held no meeting: "The two
    presidents exchanged a handshake and did not hold a meeting", "They did not meet, officials said"
    (``verb`` is the meeting's own)."""
    doc = sentence.doc
    if sentence.end >= len(doc):
        return False
    root = doc[sentence.end].sent.root
    if root.lemma_.lower() in SAYING:  # "..., officials said": what they said
        root = next((c for c in children_of(root) if c.dep_ == "ccomp"), root)
    if not any(c.dep_ == "nsubj" and _the_two(c) for c in children_of(root)):
        return False
    return any(_says_no_meeting(v, verb) for v in (root, *(c for c in children_of(root) if c.dep_ == "conj")))


def _no_meeting_of_the_two(sentence: Span) -> bool:
    """Whether a sentence says, in a clause joined to its main one, that the pair it refers to held
    no meeting: "Lavrov also attended, but the two did not meet"."""
    root = sentence.root
    return any(_says_no_meeting(c, root) for c in children_of(root) if c.dep_ == "conj")


def _the_two(subject: Token) -> bool:
    """Whether a subject names a pair by reference: "they", "the two", "the two presidents"."""
    return subject.lower_ in PLURAL_REFERENCES or any(
        c.dep_ == "nummod" and c.lower_ in {"two", "both"} for c in children_of(subject)
    )


def _says_no_meeting(other: Token, verb: Token) -> bool:
    """Whether a verb says that its plural subject (its own, or the verb's it is joined to) held no
    meeting: "did not hold a meeting", "held no talks", "did not meet"."""
    said = [c for c in children_of(other) if c.dep_ == "dobj" and c.lemma_.lower() in MEETING_NOUNS]
    said += [  # "did not sit down for talks"
        c
        for p in children_of(other)
        if p.lower_ == "for"
        for c in children_of(p)
        if c.lemma_.lower() in MEETING_NOUNS
    ]
    # "shook hands, but the two did not meet"; not "met in 2019 but have not met since"
    if other.lemma_.lower() == "meet" and verb.lemma_.lower() != "meet" and not _more_told(other):
        said.append(other)
    if not said or any(c.lower_ in {"with", "between"} for t in (other, *said) for c in children_of(t)):
        return False
    subjects = [c for c in children_of(other) if c.dep_ == "nsubj"]
    if not all(_the_two(s) for s in subjects):
        return False  # "and Xi held no talks": another's
    return negated(other) or any(c.dep_ == "det" and c.lower_ == "no" for t in said for c in children_of(t))


def _more_told(verb: Token) -> bool:
    """Whether a verb tells more than that its subject met: whom ("did not meet Biden"), or when
    ("have not met since", "did not meet again")."""
    return any(
        c.dep_ in {"dobj", "npadvmod"} or c.lower_ in {"since", "again", "before"} for c in children_of(verb)
    )


class _ClauseReads:
    """The place, occasion and day of the clauses of one sentence, each read once: a trigger
    split into a meeting per traveller or destination ("A and B each met C", "met C in Paris and
    D in Rome") and two triggers of one clause ("met B for talks") tell the same clause, whose
    place, occasion and day were read anew for each meeting. Made anew for each sentence, so
    that what the article tells before it (its occasions, its days) is read as before."""

    def __init__(self, sentence: Span) -> None:
        self.sentence = sentence
        self._places: dict[frozenset[int], Place | None] = {}
        self._occasions: dict[tuple[frozenset[int], int], Occasion | None] = {}
        self._dates: dict[tuple[frozenset[int], date | None, bool], DateSpan | None] = {}

    def place(self, clause: set[int]) -> Place | None:
        key = frozenset(clause)
        if key not in self._places:
            self._places[key] = clause_place(self.sentence, clause)
        return self._places[key]

    def occasion(self, clause: set[int], trigger: Token) -> Occasion | None:
        key = (frozenset(clause), trigger.i)
        if key not in self._occasions:
            self._occasions[key] = clause_occasion(self.sentence, clause, trigger)
        return self._occasions[key]

    def day(self, clause: set[int], published: date | None, *, future: bool) -> DateSpan | None:
        key = (frozenset(clause), published, future)
        if key not in self._dates:
            self._dates[key] = clause_date(self.sentence, clause, published, future=future)
        return self._dates[key]


def _may_state_one(token: Token) -> bool:
    """Whether a word can state a meeting at all (a noun, verb or the like, or a verb the model
    misparses): asked of every word of every sentence, before anything else is."""
    return token.pos_ in TRIGGER_POS or token.lower_ in MISPARSED_VERBS


def _from_trigger(
    trigger: Token, people: People, earlier: list[Found], published: date | None = None
) -> list[Found]:
    """The meetings one trigger states: usually one; one per counterpart when a single person
    "met A, B and C" or held "bilateral talks with" several. Callers ask :func:`_may_state_one`
    first (most words are no trigger, no verb of a message handed over)."""
    if trigger.lower_ in MISPARSED_VERBS and trigger.dep_ in {"amod", "compound", "nmod"}:
        return _between_names(trigger, people)
    if (bearer_met := handed_over(trigger, people)) is not None:
        return [bearer_met]  # "received a message from Ramaphosa, delivered by his envoy Dlodlo"
    if not is_trigger(trigger) or vague(trigger):
        return []
    if for_a_body_set_up(trigger):
        return []  # "agreed to set up a group of officials to discuss it": the group's talks
    verb = governor(trigger)
    if _no_meeting_of_its_own(trigger, verb, people, earlier):
        return []
    told = _its_clause(trigger, verb)
    sentence = trigger.sent
    # the kind is read from the trigger's words and clause alone, not from who took part: a word
    # that tells no kind of meeting ("asked whether he planned to travel") states none, whoever
    # its sentence names, and its people are not looked for
    told_kind = meeting_kind(trigger, verb, sentence, told.clause)
    if told_kind is None:
        return []
    took_part = _who_took_part(trigger, verb, sentence, told, people, earlier)
    if took_part is None:
        return []
    if len(took_part.found) >= 2 and _presence_at_a_gathering(trigger):
        return []  # "A and B also attended the summit": each was there, neither met the other
    pair = (
        []
        if took_part.found or took_part.delegations
        else _the_pair_told_before(trigger, people, earlier) or _the_members_told_before(trigger, earlier)
    )
    scene: list[Found] = []  # the meetings before whose setting the plan shares
    if len(took_part.found) == 1 and not took_part.delegations:
        # "A met B, C and D ... E withdrew from the planned five-party meeting": the four and E
        pair, scene = _counted_with_those_told_before(trigger, took_part.found[0], earlier)
    if pair:  # "A met B. A meeting planned for May was called off", "... is planned in Rome": theirs
        theirs = took_part._replace(found=pair)
        kind_and_visit = _its_kind(
            trigger, verb, sentence, told.clause, told_kind, theirs, earlier, published
        )
        if kind_and_visit is not None and kind_and_visit[0] in {"cancelled", "planned"}:
            found = told_apart(trigger, verb, sentence, told.clause, theirs, *kind_and_visit, people, earlier)
            for meeting in found if scene else []:  # where and at what the meeting before was held
                meeting.scene = (scene[0].sentence, set().union(*(m.clause for m in scene)))
            return found
    if (
        not took_part.subjects
        and not took_part.delegations
        and (sides := _sides_of_the_rounds_before(trigger, earlier))
        and (len(took_part.found) < 2 or set(took_part.found) < set(sides))
    ):
        # "A and B held a third round of talks in Muscat. That followed a second round in Rome,
        # with C mediating": theirs, with the one its own words name; so is a round that names some
        # of them only ("A held a round of talks with B and C ... The third round will be held
        # with the participation of the two ministers": A too, its mediator)
        took_part = took_part._replace(found=[*sides, *(c for c in took_part.found if c not in sides)])
    kind_and_visit = _its_kind(trigger, verb, sentence, told.clause, told_kind, took_part, earlier, published)
    if kind_and_visit is None:
        return []
    kind, visit = kind_and_visit
    # one a "with" clause tells ran the talks is at each meeting the trigger tells, not met apart:
    # "A met B, with C opening and moderating the talks" is one meeting of A, B and C
    running = [
        c
        for t in clause_tokens(sentence, told.clause)
        if t.lower_ == "with" and t.dep_ == "prep"
        for g in _with_them_hosting(t)
        if (c := people.at(g)) is not None
    ]
    # and so is one it tells was there: "A met B, with C also present", "with C in attendance",
    # "in the presence of C" (C sat in on the talks of A and B, not met apart)
    present = [c for c in _present_at_it(trigger, verb, sentence, told.clause, people) if c not in running]
    # and those one met is told to have come with: "held a meeting with B, who was accompanied by
    # C" (C sits at B's meeting, beside B, not met apart)
    company = {
        c: named
        for t in clause_tokens(sentence, told.clause)
        if (named := people.at(t)) is not None and named in took_part.counterparts
        for c in people_of(company_of(t), people, earlier)[0]
        if c != named and not c.companion and c not in running and c not in present
    }
    present += list(company)
    if welcome_where_one_lands(trigger, told.clause):
        # those "present" at a welcome where the visitor lands stand with the host to greet him, a
        # courtesy, not a party to his talks: "On arrival at the airport, A was welcomed by B, in the
        # presence of Prime Minister C"
        present = []
    if not running and not present:
        return told_apart(trigger, verb, sentence, told.clause, took_part, kind, visit, people, earlier)
    joining = running + present
    if len(took_part.counterparts) <= len([c for c in joining if c in took_part.counterparts]):
        # those met are only the ones told running it or there: met as usual, but one only said to
        # be present whom the clause does not name as met sits in on it too
        found = told_apart(trigger, verb, sentence, told.clause, took_part, kind, visit, people, earlier)
        joining = [c for c in present if c not in took_part.counterparts]
    else:
        met = took_part._replace(counterparts=[c for c in took_part.counterparts if c not in joining])
        found = told_apart(trigger, verb, sentence, told.clause, met, kind, visit, people, earlier)
    for meeting in found:
        if len(meeting.people) >= 2:
            meeting.people = [
                *meeting.people,
                *(
                    c
                    for c in joining
                    if c not in meeting.people and (c not in company or company[c] in meeting.people)
                ),
            ]
    return found


def _present_at_it(
    trigger: Token, verb: Token, sentence: Span, clause: set[int], people: People
) -> list[Cluster]:
    """Those a phrase of presence says were at the meeting a trigger tells: "with C also present",
    "with C in attendance" (a "with" on its clause, or on the clause that holds it: "walked to the
    hall, where they held talks, with C present"), "in the presence of C". Not a "with" that names
    those met ("met with C"), nor one of another clause beside it ("met B, and later toured the
    port with C present")."""
    holders = {verb.i, trigger.i, *(a.i for a in ancestors_of(verb))}
    named: list[Token] = []
    heads: list[Token] = []  # the words "with" names them by: "with the prime minister in attendance"
    for token in span_tokens(sentence):
        if token.lower_ == "with" and token.head.i != token.i:
            held_on = token.head if token.dep_ == "prep" else token.head.head
            if held_on.i not in holders:
                continue
            if token.dep_ == "mark":  # "with C also present", "present" read as the verb of a clause
                said = {
                    t.lemma_.lower() for t in subtree_of(token.head) if t.dep_ != "nsubj" or t == token.head
                }
                if said & PRESENCE_WORDS:
                    named += [t for s in children_of(token.head) if s.dep_ == "nsubj" for t in subtree_of(s)]
                    heads += [s for s in children_of(token.head) if s.dep_ == "nsubj"]
            elif in_attendance(token):
                named += [t for g in children_of(token) if g.dep_ in {"pobj", "pcomp"} for t in subtree_of(g)]
                heads += [g for g in children_of(token) if g.dep_ == "pobj"]
                heads += [
                    s
                    for g in children_of(token)
                    if g.dep_ == "pcomp"
                    for s in children_of(g)
                    if s.dep_ == "nsubj"
                ]
        elif token.dep_ == "prep" and (token.i in clause or token.head.i in holders):
            named += [t for g in in_the_presence_of(token) for t in subtree_of(g)]
    present = people.in_tokens(named)
    if not present:  # "with the prime minister also in attendance": the one named with that office
        titled = [t for t in heads if t.tag_ == "NN"]
        present = list(dict.fromkeys(c for t in titled for c in people.resolve_description(t)[0]))
    return [c for c in present if not c.companion]


def _sides_of_the_rounds_before(trigger: Token, earlier: list[Found]) -> list[Cluster]:
    """Who held a round of talks counted among others ("a second round", "the next round of
    talks") that its sentence names no one at: those of the last round of talks told in the few
    sentences before ("A and B held a third round of talks in Muscat, mediated by C. That followed
    a second round in Rome on April 19": A, B and C). None where no round was told so close."""
    word = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" else trigger
    if not counted_round(word):
        return []
    start = rounds_reach(word)
    last = next(
        (
            m
            for m in reversed(earlier)
            if m.sentence.start >= start
            and m.trigger.i < word.i
            and (
                counted_round(m.trigger)
                or (m.trigger.head.lower_ == "of" and m.trigger.head.head.lemma_.lower() == "round")
            )
        ),
        None,
    )
    return list(last.people) if last is not None and len(last.people) >= 2 else []


def _the_pair_told_before(trigger: Token, people: People, earlier: list[Found]) -> list[Cluster]:
    """Whom a meeting called off or planned means where its sentence names no one: the two people
    of the meeting the sentence just before tells ("A met B in Lima. A meeting had been planned at
    the summit in May, but it did not take place") or names again ("It was their first meeting."),
    else the two that sentence names with a meeting word of theirs ("A and B have yet to meet. A
    meeting planned for the summit was called off"; "A said no meeting with B had been set.
    Reports pointed to a planned meeting in Harare at the invitation of C"): a bare "a meeting" of
    its clause's subject or a preposition's object, with no words but its place ("in", "at"), told
    as a plan, is theirs. None for a meeting word with words of its own ("a meeting of the
    cabinet", "a cabinet meeting", "a meeting with C"), nor after a meeting of more or fewer than
    two, or one told further back."""
    if trigger.dep_ not in {"nsubj", "nsubjpass", "pobj"} or trigger.sent.start == 0:
        return []
    if any(
        (c.dep_ in {"poss", "compound", "nmod"} and not _a_counted_modifier(c))
        or (c.dep_ == "prep" and c.lower_ not in {"in", "at"})
        for c in children_of(trigger)
    ):
        return []  # "a meeting of the cabinet", "a cabinet meeting", "their meeting": told otherwise
    if not any(c.lower_ in {"a", "an"} for c in children_of(trigger)):
        return []
    previous = trigger.doc[trigger.sent.start - 1].sent
    if earlier and previous in [earlier[-1].sentence, *earlier[-1].more]:
        return list(earlier[-1].people) if len(earlier[-1].people) == 2 else []
    named = [c for c in people.in_tokens(span_tokens(previous)) if not c.companion]
    return named if len(named) == 2 and any(is_trigger(t) for t in span_tokens(previous)) else []


def _the_members_told_before(trigger: Token, earlier: list[Found]) -> list[Cluster]:
    """Who a gathering of a bloc of a fixed number of members, called off or planned, means
    where its sentence names no one: the members the article told meeting at a gathering of that
    bloc before, all of them ("A joined B, C and D for the Quad summit in Wilmington ... a planned
    Quad summit in Sydney was called off": the four). None for a bloc whose membership the table
    does not count (BRICS, the G20), nor where no meeting told before had all its members."""
    if not (nominal(trigger) and trigger.lemma_.lower() in GATHERING_NOUNS):
        return []
    bloc = bloc_named_on(trigger)
    if bloc is None:
        return []
    _, short, size = bloc
    gathering = occasions.bloc_gathering(short)
    named = {short.lower(), gathering.name.lower() if gathering is not None else short.lower()}
    told = next(
        (
            m
            for m in reversed(earlier)
            if m.occasion is not None
            and len(m.people) == size
            and any(n in m.occasion.name.lower() for n in named)
        ),
        None,
    )
    return list(told.people) if told is not None else []


# the words a count of a meeting's parties is joined to: "a five-party meeting", "a four-way
# summit", "a three-nation summit"
PARTY_COUNTS = frozenset("party way nation country leader".split())


def _parties_counted(trigger: Token) -> int:
    """How many parties a count joined by a hyphen to a meeting noun's modifier tells ("the planned
    five-party meeting": five); 0 for none ("a two-day visit" counts days)."""
    for word in children_of(trigger):
        if word.lemma_.lower() not in PARTY_COUNTS or not _a_counted_modifier(word):
            continue
        for count in children_of(word):
            if count.dep_ == "nummod":
                figure = int(count.text) if count.text.isdigit() else 0
                return dates.NUMBER_WORDS.get(count.lower_) or figure
    return 0


def _counted_with_those_told_before(
    trigger: Token, one: Cluster, earlier: list[Found]
) -> tuple[list[Cluster], list[Found]]:
    """Who a meeting of a counted number of parties ("the planned five-party meeting") that one
    person named in its sentence was to attend means: that person and those the sentence just
    before tells meeting, where they make up the count ("A met B, C and D in Granada ... E withdrew
    from the planned five-party meeting": the four and E), with the meetings told there, whose
    setting (place, gathering) was the plan's. None where they do not make up the count."""
    count = _parties_counted(trigger)
    if count < 3 or trigger.sent.start == 0:
        return [], []
    previous = trigger.doc[trigger.sent.start - 1].sent
    told = [m for m in earlier if m.sentence == previous and m.kind == "in_person"]
    those = [*dict.fromkeys(p for m in told for p in m.people)]
    return ([*those, one], told) if one not in those and len(those) + 1 == count else ([], [])


def _a_counted_modifier(word: Token) -> bool:
    """A number joined by a hyphen to the noun the parser took for a compound before a meeting
    noun: "a three-way meeting", "a four-nation summit", "a two-day visit". It tells how many
    take part or how long it runs, not whose meeting it is (as "a cabinet meeting" does)."""
    return word.dep_ == "compound" and any(
        c.dep_ == "nummod" and c.i < word.i and word.doc[word.i - 1].text == "-" for c in children_of(word)
    )


def _the_rank_of_another(trigger: Token) -> bool:
    """Whether a meeting noun only modifies another that tells the meeting, as its rank ("separate
    summit talks with A and B", "a summit meeting"): that noun tells who met whom; not the means of
    a call ("a phone call", "video talks"), which is read with the call."""
    return (
        trigger.dep_ == "compound"
        and nominal(trigger)
        and trigger.lower_ not in REMOTE_WORDS
        and nominal(trigger.head)
        and is_trigger(trigger.head)
    )


def _held_with_those_present(trigger: Token, verb: Token) -> bool:
    """Whether a definite meeting word is the subject of a passive verb of holding whose "with"
    tells who was present: "The talks were held at State House, with C and D in attendance" (the
    talks told before, which C and D attend); not "Talks were held with C and D" (those met), nor
    "A separate meeting was held with C" (another meeting)."""
    return (
        trigger.dep_ == "nsubjpass"
        and trigger.head == verb
        and verb.lemma_.lower() in HOLDING_VERBS
        and definite_word(trigger)
        and any(c.dep_ == "prep" and c.lower_ == "with" and in_attendance(c) for c in children_of(verb))
    )


def _rounds_of_unnamed_sides(trigger: Token, people: People) -> bool:
    """Whether a meeting word tells rounds of talks, a negotiation held by the sides' teams over
    time ("Oman had hosted several rounds of talks between the two sides", "the two countries
    held five rounds of talks from 2021"), in a sentence that names no one: the sides are
    countries or parties, not the leaders the article names before, who need not have sat at
    any round. Rounds told with the people at them ("the round brought A and B back to Muscat",
    "five rounds of talks between A and B") are theirs."""
    of = trigger.head
    if trigger.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() != "round":
        return False
    return not people.in_tokens(span_tokens(trigger.sent))


def _what_a_meeting_told_is(trigger: Token) -> bool:
    """Whether a meeting noun is what "be" says a meeting told before is: "The phone call was the
    second conversation between the two leaders since January", "Their talks were the first
    meeting in a year" count or describe that meeting, and add none (the subject a meeting noun
    with "the", "this", "that" or an owner; asked only once a meeting was found before)."""
    if not nominal(trigger) or trigger.dep_ != "attr" or trigger.head.lemma_.lower() != "be":
        return False
    if any(
        w.lower_ == "since"
        and any(
            g.dep_ == "pobj" and (is_trigger(g) or lemma_of(g) in GATHERING_NOUNS) for g in children_of(w)
        )
        for w in (*subtree_of(trigger), *children_of(trigger.head))  # on the noun or on "be"
    ):
        return False  # "were the first encounter between the two since the summit in Addis Ababa": met there
    return any(
        c.dep_ in {"nsubj", "nsubjpass"}
        and nominal(c)
        and is_trigger(c)
        and any(
            (d.dep_ == "det" and d.lower_ in {"the", "this", "that"}) or d.dep_ == "poss"
            for d in children_of(c)
        )
        for c in children_of(trigger.head)
    )


def _no_meeting_of_its_own(trigger: Token, verb: Token, people: People, earlier: list[Found]) -> bool:
    """Whether a trigger, read with its verb alone, states no meeting of its own: a meeting
    already reported, the occasion or time of another, a summit, a match, an appeal, a habit, a
    topic of talks, a photo line-up (asked before its clause and people are read)."""
    if verb.lemma_.lower() in {"join", "accompany"} and not (
        _joins_a_new_one(trigger, verb, people, earlier) or trigger.lemma_.lower() == "accompany"
    ):
        return True  # joining a meeting already reported adds no meeting of its own (going along
        # on a walk, the trigger itself, is one: "B accompanied him on a walking tour")
    if _the_time_of_another(trigger):
        return True  # "Before the talks, Ramaphosa received Modi": the talks told before, adding no one
    if earlier and _what_a_meeting_told_is(trigger):
        return True  # "The phone call was the second conversation between the two leaders": that call
    if _rounds_of_unnamed_sides(trigger, people):
        return True  # "Oman hosted several rounds of talks between the two sides": their negotiators'
    if _the_rank_of_another(trigger):
        return True  # "held separate summit talks with A and B": the talks tell them, "summit" their rank
    if earlier and _held_with_those_present(trigger, verb):
        return True  # "A met B. The talks were held at State House, with C in attendance": those talks
    if _occasion_of_another(trigger):
        return True  # "will meet on the sidelines of the APEC summit": the summit is the occasion
    if _named_gathering(trigger):
        return True  # "attended the APEC Economic Leaders' Meeting": a summit, not a meeting of its own
    if _greeted_from_the_floor(verb):
        return True  # "was greeted warmly by Lula during his speech": named from the podium, not met
    if trip_for_a_gathering(trigger):
        return True  # "visited Russia for the BRICS summit": attended there, no meeting with the host
    if a_trip_going_on(trigger):
        return True  # "will continue his visit to Russia": the visit under way, no new one
    if _the_trip_of_meetings_above(trigger):
        return True  # "packed meetings with A and B into her trip": the trip those meetings were on
    if of_a_named_body(trigger) and verb.lemma_.lower() in {"attend", "join"}:
        return True  # "attended the meeting of the Ukraine Defense Contact Group alongside Healey"
    if (
        trigger.dep_ == "relcl"
        and nominal(trigger.head)
        and is_trigger(trigger.head)
        and not _at_a_gathering(trigger)
        and not _on_its_sidelines(trigger)
        and named_before_who(trigger) is None  # "the meeting between A and B, who first met in Lima"
        # "his first trip to China since 2018, when he travelled to Beijing": the one before it
        and not when_since(trigger)
        and not met_on_the_trip(trigger)  # "his visit, during which he met B": a meeting on it
    ):
        return True  # "a meeting at which the two leaders embraced": that meeting, told again
    if any(_host_of_its_verb(s, trigger) for s in children_of(trigger)):
        return True  # "a summit between A and B, to have been hosted by C": the summit's host, told by it
    if _an_appeal_at(trigger, verb):
        return True  # "He made the call at a meeting with Sharif": an appeal made there, no phone call
    if _put_off_before_it_was_held(trigger, verb):
        return True  # "met on Wednesday after their meeting was postponed from Monday": that one
    if _during_which(trigger) and not met_on_the_trip(trigger):
        return True  # "had spoken with Biden by phone, during which he told his counterpart": that call
    if (
        trigger.dep_ == "appos"
        and nominal(trigger)
        and any(nominal(a) and is_trigger(a) for a in ancestors_of(trigger))
    ):
        return True  # "the Consultation with Prabowo, the pair's first bilateral meeting": that one again
    if _the_verbs_meeting_described(trigger):
        return True  # "met A and B at the summit, his first meeting with B since the war": that one again
    if trigger.lemma_.lower() in {"speak", "talk", "tell", "meet"} and _to_the_press(trigger):
        return True  # an interview or a press conference: "the two later jointly met the press"
    if _a_contest(verb, people) or _a_result_told(trigger):
        return True  # "Djokovic will meet Alcaraz in the final": a match, not a meeting
    if _at_a_court_sitting(verb):
        return True  # "Castillo met Judge A at the hearing": a case heard, not a meeting
    if _habitual(trigger):
        return True  # '"Putin speaks to me. I speak to him," Trump said': what they do, no one meeting
    if at_the_photo(trigger):
        return True  # "greeted each other only in the group photo": a line-up of many, no meeting
    if below_those_named(trigger, people):
        return True  # "the sides agreed to start technical-level talks": held by officials unnamed
    if an_appeal(trigger):
        return True  # "Lula meets Sisi in Cairo, calls for Gaza ceasefire": no phone call
    if _the_time_of_a_topic(trigger):
        return True  # "discussed the agreements reached during the visit of A to B in 2018"
    # "the two men discussed trade and the upcoming G7 summit": what they talked about
    return _a_topic_of_talks(trigger)


# the verbs that put a meeting off to a later day, which is then held ("postponed", "delayed");
# not those that call it off ("cancelled", "scrapped"), after which another may be held
PUTTING_OFF = frozenset("postpone delay defer reschedule".split())


def _put_off_before_it_was_held(trigger: Token, verb: Token) -> bool:
    """Whether a meeting noun is told put off in a clause of time on a meeting held: "A and B met
    in Kampala on Wednesday after their meeting was postponed from Monday" (the meeting put off is
    the one held), "... once the talks, delayed by a week, were rescheduled". Not one called off
    ("after a planned summit in Nairobi was cancelled": another meeting, which did not take place),
    nor one put off beside a meeting to come or denied ("will meet after the talks were delayed")."""
    if trigger.dep_ not in {"nsubj", "nsubjpass"} or trigger.head != verb or verb.dep_ != "advcl":
        return False
    if verb.lemma_.lower() not in PUTTING_OFF or negated(verb):
        return False
    if not any(m.dep_ == "mark" and m.lower_ in {"after", "once", "when"} for m in children_of(verb)):
        return False
    held = verb.head
    return (
        is_trigger(held)
        and held.pos_ == "VERB"
        and held.tag_ == "VBD"
        and not negated(held)
        and not any(c.dep_ == "aux" for c in children_of(held))
    )


def _the_trip_of_meetings_above(trigger: Token) -> bool:
    """Whether a trip word is told inside the phrase of a meeting noun that has a "with" of its
    own, as the trip those meetings were held on: "packed meetings with A and B into her first
    trip abroad", "talks with C on his tour of the Gulf". The meetings tell who met; the trip's
    words do not make the ones met its travellers, nor a meeting of theirs. Not a trip inside the
    "with" phrase itself ("a meeting with the minister on a visit to Oslo")."""
    if trigger.lemma_.lower() not in VISIT_WORDS or not nominal(trigger):
        return False
    return any(
        nominal(above)
        and is_trigger(above)
        and any(
            c.dep_ == "prep" and c.lower_ == "with" and not c.is_ancestor(trigger) for c in children_of(above)
        )
        for above in ancestors_of(trigger)
    )


class _Clause(NamedTuple):
    """The words that tell of one meeting, and what reading them found about its trigger."""

    clause: set[int]  # the indices of the words its people, day and place are read from
    inside: Token | None  # the verb of "a call in which A spoke with B"
    coinciding: bool  # "Kishida's trip coincided with Xi's visit": two events at one time
    briefed: bool  # "briefed on Putin's call": one told of it, who was not on it


def _told_about(trigger: Token) -> bool:
    """Whether a meeting noun is what a verb of telling tells someone about ("briefed Zelensky on
    his meeting with Trump", "told Lula about his summit with Xi"), also through the nouns it is
    the matter of ("told him about the preparations for his summit with Xi", "informed her of the
    results of his talks with Ruto"): the one told is a listener, not a party."""
    token = trigger
    for _ in range(3):
        preposition = token.head
        if token.dep_ != "pobj" or preposition.dep_ != "prep":
            return False
        above = preposition.head
        if preposition.lower_ in {"on", "about", "of"} and above.lemma_.lower() in BRIEFING_VERBS | {"tell"}:
            return True
        if preposition.lower_ not in {"for", "of", "on", "about"} or above.pos_ != "NOUN":
            return False
        token = above  # "the preparations for", "the results of"
    return False


# the gatherings a clause after a colon may set out as the meeting told before it
SET_OUT_AFTER_A_COLON = GATHERING_NOUNS | frozenset("meeting talks negotiations".split())


def _set_out_after_a_colon(verb: Token) -> Token | None:
    """The verb of a clause a colon sets after a meeting's clause to tell the gathering it is
    held at, whose place and day are the meeting's: "the two will see each other again soon: a
    summit of the bloc will be held in Astana on 5 July", "the ministers meet again next week:
    talks open in Geneva on Monday". The parse hangs either clause below the other; only a clause
    whose subject is a gathering ("soon: Lula hosts Petro in May" tells another meeting)."""
    doc = verb.doc
    while verb.dep_ == "xcomp" and verb.head.i < verb.i:
        verb = verb.head  # "are to meet again soon": the clause is the one of "are"
    after: Token | None
    if verb.dep_ in {"ccomp", "parataxis"} and verb.head.i > verb.right_edge.i:
        after = verb.head  # the meeting's clause under the one after the colon
        between = doc[verb.right_edge.i + 1 : after.i]
    else:
        after = next(
            (c for c in children_of(verb) if c.dep_ in {"ccomp", "parataxis", "conj"} and c.i > verb.i),
            None,
        )
        if after is None:
            return None
        between = doc[verb.i + 1 : after.left_edge.i]
    if not any(t.text == ":" and t.head in {verb, after} for t in between):
        return None
    subjects = [c for c in subjects_of(after) if c.i > verb.i]
    return after if any(s.lemma_.lower() in SET_OUT_AFTER_A_COLON for s in subjects) else None


# the parts of a meeting whose "of which" puts a meeting told inside it: "at the end of which"
WITHIN_PARTS = frozenset("end course close start beginning sidelines margins".split())
# the words of a series of talks that a meeting may be told within: "a round in Muscat"
TALKS_WORDS = MEETING_NOT_VISIT_NOUNS | frozenset("round session".split())


def _the_talks_it_is_told_within(trigger: Token) -> set[int]:
    """The words of the talks a relative clause of "which" after them tells a meeting within,
    whose place and day are that meeting's: "a first round in the Omani capital on April 12, at
    the end of which A and B spoke face-to-face" (Muscat, April 12), "a round of talks in
    Istanbul on May 16, during which A and B met"; the noun phrase of the talks right before the
    comma, wherever the parser hangs its words or the clause. Not one told after them ("after
    which"), another time."""
    doc = trigger.doc
    prep = next(
        (
            c
            for c in children_of(trigger)
            if c.dep_ == "prep" and c.i < trigger.i and any(w.lower_ == "which" for w in children_of(c))
        ),
        None,
    )
    if prep is None:
        return set()
    first = prep.i
    if prep.lower_ == "of":  # "at the end of which", the parser hanging "at the end" elsewhere
        if prep.i < 3 or doc[prep.i - 1].lower_ not in WITHIN_PARTS:
            return set()
        first = prep.i - 1
        while first > 0 and doc[first - 1].lower_ in {"the", "at", "in", "on", "towards", "toward"}:
            first -= 1
    elif prep.lower_ not in {"in", "during", "at"}:
        return set()
    comma = first - 1
    if comma <= trigger.sent.start or doc[comma].text != ",":
        return set()
    for at in range(comma - 1, trigger.sent.start - 1, -1):
        word = doc[at]
        if word.pos_ in {"VERB", "AUX"} or word.text in {",", ";", ":"}:
            return set()  # the phrase before the comma is no talks' phrase
        if word.pos_ == "NOUN" and word.lemma_.lower() in TALKS_WORDS:
            start = min(word.left_edge.i, at)
            return set(range(start, comma))
    return set()


def _the_holding_it_chairs(verb: Token) -> Token | None:
    """The verb of a gathering's holding that a participle of chairing is joined to, the two
    sharing the gathering as their subject: in "The ninth summit was held online in July 2021 and
    co-chaired by A and B", the chairing's day, place and way of meeting are the holding's (July
    2021, online), and so they are where the chairing follows the holding after a comma ("The
    seventh X Foreign Ministers' Meeting was held here on Sunday, co-chaired by A and B"). Only a
    passive holding and a chairing with no subject of its own."""
    joined = verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBN")
    if not joined or verb.lemma_.lower() not in CHAIRED_PARTICIPLES or subjects_of(verb):
        return None
    holding = verb.head
    if holding.lemma_.lower() not in HOLDING_VERBS or not any(
        c.dep_ == "auxpass" for c in children_of(holding)
    ):
        return None
    subjects = [c for c in children_of(holding) if c.dep_ == "nsubjpass"]
    return (
        holding if subjects and all(s.ent_type_ != "PERSON" and s.pos_ != "PRON" for s in subjects) else None
    )


def _its_clause(trigger: Token, verb: Token) -> _Clause:
    """The clause of a trigger and its verb: the words its people, day and place are read from,
    widened to what holds, describes or contains the meeting and narrowed by the other meetings
    and events told beside it."""
    told_of = nominal(trigger) and trigger.dep_ == "dobj" and verb.lemma_.lower() in TELLING_VERBS
    # "Kishida's trip coincided with Xi's visit to Moscow": two events at one time, not a meeting
    coinciding = nominal(trigger) and verb.lemma_.lower() in COINCIDING
    # its own clause only: "ahead of Trump's meeting in Alaska"
    # "he had also been briefed on Putin's call": one told of it, who was not on it
    briefed = nominal(trigger) and _told_about(trigger)
    alone = (
        told_of or coinciding or looked_ahead_to(trigger) or briefed or _call_settling(trigger) is not None
    )
    # a trigger that is its own verb ("A met B") has one clause, read once
    clause = own_clause(trigger) if alone or verb.i == trigger.i else own_clause(verb) | own_clause(trigger)
    if told_of:
        clause |= _hung_on_the_teller(trigger, verb)  # "recalled his meeting with B in Moscow last November"
    # "depart on Sunday for Rio, where he will attend the summit on Monday": Monday, at the summit
    there, leaving = where_left_for(trigger)
    clause = (clause - leaving) | there | where_gone_to(trigger)
    relative = verb
    while relative.dep_ == "xcomp" and relative.head.i != relative.i:
        relative = relative.head  # "held what was expected to be his last meeting": "be" under "expected"
    if not alone and described_as(relative) and not _tells_a_time(relative):
        clause |= own_clause(relative.head)  # "on Monday held what he called frank talks": the holding's day
    if trigger.dep_ == "relcl" and nominal(trigger.head) and _on_its_sidelines(trigger):
        clause |= own_clause(
            trigger.head
        )  # "the summit in St Petersburg in July 2023, where the two met on the sidelines"
    if (margins := _margins_hung_above(verb)) is not None:
        clause |= {
            t.i for t in subtree_of(margins)
        }  # "the plan drawn up when A and B met in X, on the sidelines of Y"
    if (act := done_without(trigger)) is not None:
        clause |= own_clause(act)  # "left Bamako on Monday without meeting B": that day, that place
    if (was := the_last_time(trigger)) is not None:
        clause |= own_clause(was)  # "The last time A and B met was in Lutsk on July 9"
    if (other_time := _before_or_after(trigger)) is not None:
        clause = own_clause(other_time)  # "after a long phone call with Putin, ... would meet in Budapest"
    elif (told := _set_out_after_a_colon(verb)) is not None:
        clause |= own_clause(told)  # "will meet again soon: a summit will be held in Astana on 5 July"
    clause |= time_of_the_calling_off(verb, trigger)  # "In May, A and B had to postpone the summit"
    if verb == trigger and (holding := _the_holding_it_chairs(verb)) is not None:
        clause |= own_clause(holding)  # "The summit was held online in July and co-chaired by A and B"
    clause -= _meetings_of_their_own(verb, trigger)
    clause -= _anothers_event_it_came_after(verb, trigger)
    clause -= _the_event_it_came_before(verb, trigger)
    clause -= _the_trip_it_came_after(verb, trigger)
    clause -= _the_event_it_led_up_to(verb, trigger)
    clause -= {  # "agreed to meet in Budapest during a telephone conversation last Thursday": the call's day
        t.i
        for c in children_of(verb)
        if c.dep_ == "prep"
        for g in children_of(c)
        if g.dep_ == "pobj" and trigger not in subtree_of(c) and _call_settling(g) is not None
        for t in subtree_of(c)
    }
    # "a first round in Muscat on April 12, at the end of which A and B spoke": the round's words,
    # which the meeting told within it is no other meeting than
    clause |= _the_talks_it_is_told_within(trigger)
    if (act := settled_at(trigger)) is not None:  # "agreed during the call to hold a summit in Seoul"
        clause -= {
            t.i
            for c in children_of(act)
            if c.dep_ in {"xcomp", "ccomp"} and trigger not in subtree_of(c)
            for t in subtree_of(c)
        }
    tokens = doc_tokens(trigger.doc)
    words = (tokens[i] for i in sorted(clause))
    gatherings = [trigger, *(t for t in words if t.lemma_.lower() in GATHERING_NOUNS)]
    gatherings += _told_as(verb, clause)  # "met in September in a meeting facilitated by Macron in New York"
    # "a summit of BRICS leaders convened by Ramaphosa in November": the parse may hang it there
    members = prep_objects("of", *gatherings)
    for gathering, held in (
        (t, c)
        for t in dict.fromkeys((*gatherings, *members))
        for c in children_of(t)
        if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in HOLDING_VERBS | BROKERING_VERBS
    ):
        # a passive one on the gathering the meeting is at is where and when it is held: "at the
        # summit, to be held in Rome in May", "which will be held in Rome"; not "a call to hold
        # one", nor a summit they talked about ("discussed the summit to be held in Kazan")
        passive = any(a.dep_ == "auxpass" for a in children_of(held)) and _the_meeting_at(gathering)
        if held.dep_ == "relcl" and not passive:
            continue
        if passive or not any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(held)):
            clause |= own_clause(held)  # "a meeting held on September 16 in Samarkand", "talks brokered in Y"
    for told in describing(trigger):
        clause |= own_clause(told)  # "the meeting, which is slated for next week in Geneva"
    if (inside := held_in_which(trigger)) is not None:
        clause |= own_clause(inside)  # "a call in which A spoke with B on Monday": its people and day
    return _Clause(clause, inside, coinciding, briefed)


def _hung_on_the_teller(noun: Token, verb: Token) -> set[int]:
    """The place and time right after a meeting noun that a verb of telling has as its object,
    which the parser hangs on that verb: in "recalled his meeting with Putin in Moscow last
    November" and "Recalling his talks with B in Johannesburg last August on the sidelines of the
    BRICS Summit" they are the meeting's, not the recalling's. Only words that follow the noun's
    phrase without a break ("recalled in an interview on Monday his meeting with B" tells where and
    when he recalled it)."""
    words: set[int] = set()
    start = noun.right_edge.i + 1
    for child in (c for c in children_of(verb) if c.i > noun.i):
        if child.left_edge.i != start:
            break
        if child.dep_ == "prep" and (child.lower_ in {"in", "at"} or _on_the_margins(child)):
            pass
        elif not (child.dep_ == "npadvmod" and child.ent_type_ == "DATE"):
            break
        words |= own_clause(child)
        start = child.right_edge.i + 1
    return words


def _on_the_margins(preposition: Token) -> bool:
    """Whether a preposition tells a gathering's margins: "on the sidelines of the summit"."""
    return preposition.lower_ == "on" and any(
        c.dep_ == "pobj" and c.lower_ in MARGIN_WORDS for c in children_of(preposition)
    )


def _who_took_part(
    trigger: Token, verb: Token, sentence: Span, told: _Clause, people: People, earlier: list[Found]
) -> TookPart | None:
    """Who took part in the meeting a trigger states: its subjects, the counterparts they met
    and the delegations; None when those words tell no meeting (a thing, not a person, as its
    subject; "told" with no venue; an envoy met by no one named; one side alone)."""
    its_subjects = _its_subjects(trigger, verb, told, people, earlier)
    if its_subjects is None:
        return None
    subject, subjects, sides, described = its_subjects
    objects, subjects, its_host, handed = _its_objects(
        trigger, verb, sentence, told, its_subjects, people, earlier
    )
    clause = told.clause
    objects = [o for o in objects if o == trigger or not (nominal(o) and is_trigger(o))]
    counterparts, delegations = people_of(objects, people, earlier, avoid=subjects)
    counterparts += [c for c in listed_after(objects, people, verb) if c not in counterparts]
    # a list the parser cut short goes on to its end: "were the presidents A (Argentina), ..., C
    # (Uruguay) and D (Venezuela)"
    counterparts += [
        c for c in rest_of_the_list(counterparts, sentence, people, met=True) if c not in subjects
    ]
    subjects += [c for c in rest_of_the_list(subjects, sentence, people) if c not in counterparts]
    if subjects or counterparts:  # "Taking part in the meeting, besides Lula, were A, B and C": Lula too
        subjects += [
            c for c in taking_part_besides(verb, people) if c not in subjects and c not in counterparts
        ]
    delegations = sides + [d for d in delegations if d not in sides]  # "Russia and the US have started talks"
    if _a_pair_with_one_of_them(subject, subjects, objects, people):
        return None  # "They welcomed the discussions with Trump" after "Trump's meeting with Putin"
    # one told as attending a meal given for a guest ("a dinner for B", "in honour of B, which C
    # will attend") sits in on it, added with those who attended, and is none of its sides: the
    # guest is B; not at a summit hosted ("hosted a virtual summit, which A and B attended")
    attendees = {
        w.i
        for n in (trigger, *children_of(trigger))
        if _meal_for_a_guest(n)
        for a in attending_which(n)
        for w in subtree_of(a)
    }
    sitting_in = set(people.in_tokens(trigger.doc[i] for i in attendees))
    counterparts = [c for c in counterparts if c not in subjects and c not in sitting_in]
    if not counterparts and not delegations and _a_body_sitting_under_its_chair(subject, people):
        return None  # "The selection committee, chaired by A, met to pick the squad": its own sitting
    if (guest := _the_guest_going_on_to_talks(trigger, verb)) is not None and (
        guests := people_of([guest], people, earlier, avoid=subjects)[0]
    ):
        # "B will receive him at the palace, before formal talks with C": the guest's talks with C
        subjects, counterparts = guests, [c for c in counterparts if c not in guests]
    if (
        len(subjects) >= 2
        and not counterparts
        and not sides
        and an_unnamed_group_met(objects, trigger, verb, people)
    ):
        return None  # "She and B had met the union leaders": one side, met by no one named
    # a description read as one of the host's own government, who meets no colleague: the visitor
    # ("Xi hosted a banquet for the President. The President is also set to meet Premier Li")
    at_home = (
        _told_also(verb)
        and bool(subjects)
        and {s.country for s in subjects} <= {c.country for c in counterparts}
        and not any(people.at(t) is not None for t in subject)
    )
    if described or at_home:
        visitor = the_visitor(subject, counterparts, earlier)
        if visitor is None and described:
            return None
        subjects = [visitor] if visitor is not None else subjects
    # the agents of a passive are a side of their own, as the subject of the active would be: "A and
    # his wife B were welcomed by C and First Lady D" are the two leaders, each with a spouse beside
    agents = [t for t in subject if t.dep_ == "pobj" and t.head.lower_ == "by"]
    parts = ([t for t in subject if t not in agents], agents, objects)
    pairs = tuple(
        couples(part, people)
        + untitled_spouses(part, [t for other in parts if other is not part for t in other], people)
        for part in parts
    )
    found = with_couples(subjects + counterparts, *pairs, consorts=royal_consorts(parts, people))
    found = apart_from_the_royal_couple(found, trigger, people)
    if found:  # "talks under the mediation of C": C takes part with all of them
        found += [c for c in people_of(mediators(trigger, verb), people, earlier)[0] if c not in found]
    spouses = {spouse for side in pairs for _, spouse in side}
    lemma = trigger.lemma_.lower()
    if lemma == "tell" and not has_venue(trigger):
        return None
    if lemma == "discuss" and (
        len(found) < 2 or any(c.lower_ in {"nothing", "none"} for c in children_of(trigger))
    ):
        return None
    between = [
        o for c in children_of(trigger) if c.lower_ == "between" for o in children_of(c) if o.dep_ == "pobj"
    ]
    hosted = verb.lemma_.lower() in HOSTING_VERBS | CHAIRING_VERBS and trigger.dep_ not in {
        "nsubj",
        "nsubjpass",
    }
    # "hosted a meeting between A and B", "chaired talks between A and B": the host or chair is at
    # it too; not "a meeting between A and B was held"
    if between and not hosted:
        # "reports of a meeting between Khan and a delegation": those are all its sides
        sides_named = people_of(between, people, earlier)[0] + _named_in(between, people)
        if not sides_named and len(found) >= 2 and _with_the_participation_of(trigger, verb):
            # "a trilateral meeting between Türkiye, the U.S. and Ukraine was held with the
            # participation of A, B and C": countries its sides, those named its people
            sides_named = list(found)
        # its host is at it too: "a summit between A and B, hosted by C" (three of them)
        hosts = agents_of(trigger, HOSTING_VERBS) + its_host + mediators(trigger, verb)
        sides_named += [h for h in people_of(hosts, people, earlier)[0] if h not in sides_named]
        found = [c for c in found if c in sides_named] + [c for c in sides_named if c not in found]
    elif (
        len(found) < 2
        and lemma not in {"tell", "discuss"}
        # "African mission takes its case to A after talks with B": the mission's talks, not A's
        and not (_after_or_before(trigger) and _a_group_above(trigger))
    ):
        parties = (
            clause
            - _in_office(sentence, clause)
            - _sources(sentence)
            - _other_meetings(trigger, clause)
            - _counted_from(trigger, clause)
            - _judges(trigger, verb)
            - _said_by_another(trigger, sentence, clause)
        )
        # not "the death of X", nor "the fall of the regime of X", nor "conveyed the greetings of X",
        # nor "at the invitation of X" (asked only of the words that name someone, the others never
        # being a party)
        heard = (
            t
            for t in clause_tokens(sentence, parties)
            if people.at(t) is not None
            and t.i not in attendees
            and not mourned(t)
            and not honoured(t)
            and not in_whose_time(t)
            and not owns_a_term(t)  # "a move likely to anger the administration of B"
            and not deposed(t)
            and not talked_about(t)  # "talks came after a strike killed A and B"
            and not sent_by(t)
            and not sent_instead(t)  # "skipped the summit, sending B in his place"
            and not invited_by(t)
            and not related_by(t)  # "a visit by McCarthy's predecessor, Pelosi": not McCarthy
            and not owns_a_country(t)  # "Southgate's England will meet ...": the teams, not the coach
            and not in_a_capacity(t)
            and not named_as_an_example(t)  # "... as well as figures such as the actor B"
        )
        # not a spouse who comes along: "Dr Ruto, who was accompanied by First Lady Rachel Ruto,
        # was welcomed"
        named = [
            c for c in people.in_tokens(heard) if c not in found and not c.companion and c not in spouses
        ]
        if len(found) + len(named) < 2:
            # one told by a definite description instead of a name: "a dinner in honour of the
            # Greek premier" is the premier named before
            named += [
                c
                for c in _described_in(sentence, parties, people)
                if c not in found and c not in named and not c.companion and c not in spouses
            ]
        if len(found) + len(named) < 2 and (seat := _holder_of_the_seat(verb, sentence, parties, people)):
            # "A was received in the Oval Office": the one leader the article names of its country
            named += [seat] if seat not in found and seat not in named else []
        if len(found) + len(named) == 2:
            found += named
    # "met B at the palace, in a meeting attended by C": C sat in on it; "in a summit hosted by A
    # and attended by B and C": the summit's host and those who attended it
    # and those a gathering told held is told attended by, however many ("The eighth X Leaders'
    # Meeting was held in Chengdu, attended by A, B and C")
    told_attended = nominal(trigger) and _told_held_and_attended(trigger)
    if (
        len(found) >= 2
        or (found and nominal(trigger) and trigger.lemma_.lower() in GATHERING_NOUNS)
        or told_attended
    ):
        found += [c for c in people_of(attending(trigger, verb), people, earlier)[0] if c not in found]
    if handed and len(found) < 2:
        return None  # "the envoy delivered a message to Museveni": an envoy unnamed
    if not found and not delegations and not between and (verb.dep_ == "ROOT" or trigger.dep_ == "nsubjpass"):
        found = held_by_the_speaker(trigger, verb, people)
    if (
        len(subjects) >= 2
        and subject
        and all(a_collective_noun(t) for t in subject)
        and not delegations
        and set(found) <= set(subjects)
    ):
        # "The delegation visited the site in Bucha", "A delegation of A, B and C arrived in Kyiv":
        # one party, its members named, alone
        return None
    if found and (leader := _leader_of_the_host_country(trigger, people)) is not None and leader not in found:
        found.append(leader)  # "Jordan has called off a summit it was due to host with A and B": its king
    return TookPart(subject, subjects, counterparts, delegations, found, between)


# the nouns of a gathering's line-up after "with the ... of": "with the participation of A and B"
PARTICIPATION_NOUNS = frozenset({"participation", "attendance", "presence"})


def _with_the_participation_of(trigger: Token, verb: Token) -> bool:
    """Whether a meeting is told held "with the participation of" those it names (on its noun or
    verb: "a meeting between A's and B's sides was held in X with the participation of C and D")."""
    return any(
        p.lower_ == "with"
        and any(n.lemma_.lower() in PARTICIPATION_NOUNS for n in children_of(p))
        # on the noun, the verb or a place of the verb's ("held at the venue with the participation of")
        and (p.head in {trigger, verb} or (p.head.dep_ == "pobj" and p.head.head.head == verb))
        for p in subtree_of(verb)
    )


def _leader_of_the_host_country(trigger: Token, people: People) -> Cluster | None:
    """The leader of the country a relative clause on a summit tells hosts it, or was to ("Jordan
    has called off a summit it was due to host in Amman with A, B and C"): the one head of state
    or government of that country the article names (:func:`_the_one_leader`)."""
    country = host_country_of_its_relative(trigger)
    return _the_one_leader(country, people) if country is not None else None


def _the_one_leader(country: str, people: People) -> Cluster | None:
    """The one head of state or government of a country the article names, not a former one;
    None where it names none or more than one."""
    leaders = [
        c
        for c in people.clusters
        if c.country == country and role_class(c.role) == "leader" and not people.former(c)
    ]
    return leaders[0] if len(leaders) == 1 else None


def _meal_for_a_guest(noun: Token) -> bool:
    """Whether a word is a meal given "for" someone or "in honour of" someone."""
    return noun.lemma_.lower() in MEALS and any(
        c.dep_ == "prep" and c.lower_ in {"for", "in"} for c in children_of(noun)
    )


# verbs of a host's reception, told in the passive of the guest: "was received", "was welcomed"
RECEPTION_VERBS = frozenset("receive welcome greet host".split())


def _holder_of_the_seat(verb: Token, sentence: Span, parties: set[int], people: People) -> Cluster | None:
    """The host a passive reception with no "by" leaves unsaid, where it is held at a leader's
    seat the venue table places ("was received in the Oval Office", "was welcomed at the
    Kremlin"): the one leader of that seat's country the article names. None where it names no
    such leader or more than one, and at a venue that is a town of its own ("was welcomed in
    Davos")."""
    if verb.lemma_.lower() not in RECEPTION_VERBS or verb.tag_ != "VBN":
        return None
    if not any(c.dep_ == "nsubjpass" for c in children_of(verb)) or any(
        c.dep_ == "agent" for c in children_of(verb)
    ):
        return None
    for token in clause_tokens(sentence, parties):
        if token.dep_ != "pobj" or token.head.lower_ not in {"in", "at"} or token.head.head != verb:
            continue
        name = " ".join(t.text for t in subtree_of(token) if t.i <= token.i and t.lower_ != "the")
        if not places.is_venue_name(name) or (seat := places.resolve_place(name)) is None:
            continue
        if seat.city is None or seat.country is None or places.fold(seat.city) == places.fold(name):
            continue
        return _the_one_leader(seat.country, people)
    return None


def _described_in(sentence: Span, parties: set[int], people: People) -> list[Cluster]:
    """The people a clause tells by a definite description of an office alone, each meaning one
    person the article names before: "the Greek premier", "the UN chief"; not a description set beside a
    name ("the Greek premier, Kyriakos Mitsotakis": named) nor one of another's office ("the
    premier's wife")."""
    found: list[Cluster] = []
    for t in clause_tokens(sentence, parties):
        if (
            t.tag_ not in {"NN", "NNP"}
            or t.dep_ not in {"pobj", "dobj", "nsubj", "nsubjpass", "conj"}
            or people.at(t) is not None
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(t))
            or any(c.dep_ == "appos" for c in children_of(t))
            or mourned(t)
            or in_whose_time(t)
            or invited_by(t)
        ):
            continue
        words = " ".join(w.text for w in subtree_of(t) if w.i <= t.i)
        if find_role(words) is None and t.lower_ not in OFFICES:
            continue  # an office, not a thing: "the summit", "the invitation"
        if (one := people.described(t)) is not None and one not in found:
            found.append(one)
    return found


def _told_in_a_clause_of_their_own(verb: Token, subject: list[Token], people: People) -> list[Cluster]:
    """The people joined after the relative clause said of the one before them: a clause set off
    between a name and the next conjunct is that name's alone ("met A, who hosted him to lunch,
    and B": A hosted him, not B; "after A, who met Putin in April, and B, who held talks with him
    in July"); not "A and B, who met in April", one clause said of both."""
    if verb.dep_ != "relcl" or len(subject) != 1:
        return []
    return [
        cluster
        for joined in subject[0].conjuncts
        if joined.i > verb.i and (cluster := people.at(joined)) is not None
    ]


class _Subjects(NamedTuple):
    """The subject of a meeting's verb and whom it names."""

    subject: list[Token]  # the subject of its verb (or of the clause that holds it)
    subjects: list[Cluster]  # the people it names or refers to
    sides: list[str]  # delegations it names by their country alone: "Russia and the US"
    described: bool  # a description the article names no one by: "The President is also set to meet"


def _its_subjects(
    trigger: Token, verb: Token, told: _Clause, people: People, earlier: list[Found]
) -> _Subjects | None:
    """Who held the meeting a trigger states: the subject of its verb, the one named before it,
    in a headline or who came along ("accompanied by Crown Prince B"); None when that subject is
    a thing ("the proposal met with resistance") or the setting of a meeting that did not take
    place."""
    _, inside, coinciding, briefed = told
    owned = (looked_ahead_to(trigger) or coinciding) and any(  # "Trump's meeting"
        c.dep_ == "poss" for c in children_of(trigger)
    )
    owned |= of_theirs(trigger)  # "to prepare for the leaders' talks": theirs, not the preparer's
    told_it = briefed and any(
        c.dep_ in {"nsubjpass", "auxpass"} for c in children_of(verb)
    )  # "he was briefed"
    # "Kallas criticised Vucic's trip": who judges it was not at it
    judging = judged(trigger, verb) or told_of_from_afar(trigger, verb)  # "pointed to B's meeting with C"
    judging = judging or blamed_intent(verb)  # "criticised the decision to visit Moscow": not the critic's
    subject = [] if reported_on(trigger, verb) or owned or told_it or judging else subject_of(verb)
    if inside is not None:
        subject = subject_of(inside)  # "a telephone call in which A spoke with B": A, not who tells of it
    elif (not subject or any(trigger in subtree_of(s) for s in subject)) and (
        held := holders_of_its_relative(trigger)
    ):
        subject = held  # "the round of talks, which he held with A and B, had produced progress": he
    # "No Trump meeting, but Sheinbaum's debut yields talks with Carney": a meeting told as not held
    # names no one who holds the one its verb tells
    denied = {t.i for s in subject if _said_not_held(s) for t in subtree_of(s)}
    told_subject, subject = subject, [s for s in subject if s.i not in denied]
    # a meeting noun the subject of its verb, with a "with" of its own, tells who held it by its
    # owner, never by those it was held with: "A's calls with B and C ran long", "A's phone calls
    # with B and C": A held them (not "his trip had been intended as a signal", no "with")
    noun = trigger.head if trigger.dep_ == "compound" else trigger
    if (
        noun in subject
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in children_of(noun))
        and (owner := _owner_of_the_noun(noun, people)) is not None
    ):
        subject = [owner]
    if (owner := _owner_of_the_tour(trigger, verb, subject, people)) is not None:
        subject = [owner]  # "Xi's tour, which began in Dushanbe with a state visit to Tajikistan": Xi
    # "The guest was greeted by B": the guest is never the one who greets, B
    hosts = people.in_tokens(t for g in passive_agents(verb) for t in subtree_of(g)) or [
        c for g in passive_agents(verb) if (c := people.described(g)) is not None
    ]  # "the guest was met by the Kazakh President": the one president of Kazakhstan named before
    subjects, sides = people_of(subject, people, earlier, avoid=hosts)
    subjects = [c for c in subjects if c not in _told_in_a_clause_of_their_own(verb, subject, people)]
    if _spoken_of_then(trigger, verb):
        # "Kremlin spokesman A told reporters after the talks that ...": one who speaks for
        # another tells of talks held by others, at the time of them
        subjects = [c for c in subjects if role_class(c.role) != "spokesperson"]
    subjects += [
        c for c in listed_after(subject, people, verb) if c not in subjects
    ]  # "by A and B, X reported"
    if not subjects:  # "wiped out the meetings he had been due to hold": he holds them
        subjects = people_of(_holders(trigger), people, earlier)[0]
    # "The President is also set to meet A and B": a description the article names no one by,
    # the visitor told before (see below), or no one
    thing = thing_as_subject(trigger, subject, subjects or sides)
    described = thing and _told_also(verb)
    if (thing and not described) or thing_as_guest(trigger, people):
        return None  # "the proposal met with resistance from ...", "welcomed the proposal"
    if _setting_of_its_subject(trigger, told_subject):
        return None  # "No meeting between A and B took place during the summit": the summit's
    if is_headline(trigger.sent) and verb.dep_ not in {"ccomp", "advcl"}:  # not "denied that A met B"
        subjects += [
            c
            for c in people.in_tokens(
                t for t in span_tokens(trigger.sent) if t.i < verb.i and t.i not in denied
            )
            if c not in subjects
        ]
    elif (
        not subjects
        and not judging
        # "..., X held separate meetings with A and B", the parser giving "held" no subject
        and (not nominal(trigger) or (trigger.head == verb and trigger.dep_ == "dobj" and not subject))
        and not any(t.head == verb for t in subject)
        # nor one the verb above controls: "directed the Special Representatives to meet": they
        # meet, whom the article does not name, not the one named before who tells of it
        and not (
            verb.dep_ == "xcomp"
            and any(t.head == verb.head and t.dep_ in {"dobj", "dative"} for t in subject)
        )
        # a gerund that is its clause's subject tells the act in general, done by no one named
        # before it: '... replied that hosting four heads of state "puts Chile at the centre"'
        and not (verb.dep_ in {"csubj", "csubjpass"} and verb.tag_ == "VBG")
    ):
        subjects = named_before(verb, people)  # none when the verb has a subject we cannot name
    # "King A, accompanied by Crown Prince B, received C": B came with A to it
    came_with = people_of(accompanying(verb), people, earlier)[0]
    # leaders of other countries a trip for the meeting went with are sides of their own ("A
    # travelled to Kyiv together with B and C to meet D"); one's own compatriots on it are a
    # delegation, not said to sit at the talks ("flew to Beijing with his foreign minister")
    own = {s.country for s in subjects}
    came_with += [
        c
        for c in people_of(travelling_with(trigger, verb), people, earlier)[0]
        if c.country and c.country not in own
    ]
    subjects += [c for c in came_with if c not in subjects and not c.companion]
    return _Subjects(subject, subjects, sides, described)


def _said_not_held(noun: Token) -> bool:
    """Whether a meeting noun is told as not held by "no": "No Trump meeting"."""
    return lemma_of(noun) in MEETING_NOUNS and any(
        c.dep_ == "det" and c.lower_ == "no" for c in children_of(noun)
    )


def _spoken_of_then(trigger: Token, verb: Token) -> bool:
    """Whether a meeting noun only sets the time of what a verb of saying tells: "told reporters
    after the talks", "said during the meeting"."""
    return (
        lemma_of(verb) in SAYING
        and trigger.dep_ == "pobj"
        and trigger.head.lower_ in {"after", "before", "following", "during"}
        and trigger.head.head.i == verb.i
    )


def _owner_of_the_tour(trigger: Token, verb: Token, subject: list[Token], people: People) -> Token | None:
    """The one named as owning a trip that is the subject of a verb of a tour's course, which a
    visit noun is told "with": "Xi's tour, which began last week with a state visit to Tajikistan",
    "Sanchez's tour ends with a visit to Japan" (the tour's traveller made that visit); not a trip
    told by "his" or "her", which the rules for a trip with no subject read, nor a visit of its own
    owner ("ended with a visit by Lavrov to Tokyo"), nor another's trip one's visit follows ("Wang's
    visit follows a trip to Brasilia by Lavrov")."""
    if not nominal(trigger) or trigger.lemma_.lower() not in VISIT_WORDS or len(subject) != 1:
        return None
    if verb.lemma_.lower() not in TOUR_COURSE or not (
        trigger.dep_ == "pobj" and trigger.head.lower_ == "with" and trigger.head.head == verb
    ):
        return None
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in children_of(trigger)):
        return None
    trip = subject[0]
    if not nominal(trip) or trip.lemma_.lower() not in TRIP_NOUNS:
        return None
    return next((c for c in children_of(trip) if c.dep_ == "poss" and people.at(c) is not None), None)


# verbs that tell the course of a tour by its stops: "began with a visit to A", "ends with a stop in B"
TOUR_COURSE = frozenset("begin start open continue end close conclude finish include".split())


def _owner_of_the_noun(noun: Token, people: People) -> Token | None:
    """The person who owns a meeting noun, named or told by "his" or "her": "Macron" of "Macron's
    calls with A and B", "his" of "his talks with A"; not a day's ("Monday's talks") nor a group's
    ("their talks")."""
    if not nominal(noun):
        return None
    return next(
        (
            c
            for c in children_of(noun)
            if c.dep_ == "poss" and (people.at(c) is not None or c.lower_ in {"his", "her"})
        ),
        None,
    )


class _Objects(NamedTuple):
    """The words naming those a meeting's subjects met, and what reading them found."""

    objects: list[Token]  # the objects of its verb, its "with", "between", "by", "of" and the like
    subjects: list[Cluster]  # the subjects, with the one a meeting noun names ("his trip")
    its_host: list[Token]  # the host told by its verb: "was to have been hosted by C"
    handed: bool  # a message delivered: the envoy meets its addressee


def _its_objects(
    trigger: Token,
    verb: Token,
    sentence: Span,
    told: _Clause,
    its_subjects: _Subjects,
    people: People,
    earlier: list[Found],
) -> _Objects:
    """Whom the subjects met, as the words of the clause tell it: the verb's objects, its "with",
    "between", "among", "from", "by" phrases, those present or presiding, and for a meeting noun
    its possessor, host, broker and "of" list; a meeting noun that tells no subject names the
    traveller ("his trip") or the one the clause is about."""
    subject, subjects, _, _ = its_subjects
    clause, _, _, briefed = told
    taken = taken_on_it(trigger, verb)  # "his trip took him to Nouakchott": the traveller, no one met
    objects: list[Token] = [  # not the one briefed: "briefed Zelensky on his meeting with Trump"
        c
        for c in ([] if briefed else children_of(verb))
        if c.dep_ in {"dobj", "dative", "attr"}
        or misread_object(c)
        or object_joined_to_verb(c)
        or _elided_object(c, people)
    ]
    # the guest is the subject, who met the host: "A was B's guest" (see host_of_a_guest)
    objects = [o for o in objects if o not in taken and not host_of_a_guest(o)]
    # trips an object tells are their makers' own: "the talks follow trips to Kyiv by A and B"
    objects = [o for o in objects if o == trigger or not made_by_each(o)]
    # a "to" the parser made a dative stands for its object ("followed calls from A to both
    # leaders"), which is the object's, a meeting noun's, where it comes right after it
    objects = [
        g
        for o in objects
        for g in (
            [g for g in children_of(o) if g.dep_ == "pobj"] if o.dep_ == "dative" and o.pos_ == "ADP" else [o]
        )
        if not (o.dep_ == "dative" and _after_its_object(o, trigger, verb))
    ]
    objects += [] if briefed or nominal(trigger) else _object_after_a_place(verb, people)
    if verb.lemma_.lower() == "discuss":
        objects = [o for o in objects if people.at(o) is not None]  # "discussed Ukraine": a topic
    # what is handed over names its sender, who is not there: "conveyed the greetings of Pezeshkian"
    objects = [o for o in objects if lemma_of(o) not in MESSAGE_NOUNS]
    # "A will attend a luncheon hosted by B": B's guest, when named
    objects += [g for g in guests_of(trigger) if people.at(g) is not None]
    handed = lemma_of(verb) in DELIVERY_VERBS
    if handed:  # "delivered a message from Ruto to Museveni": the envoy meets its addressee
        objects += missive_recipients(verb)
    objects += mourners_visited(verb)  # "flew to Amman to offer condolences to the King"
    nested = {  # another meeting noun's own "between" and "with": "opened with a meeting between A and B"
        t.i
        for o in clause_tokens(sentence, clause)
        if o != trigger and is_trigger(o) and nominal(o) and trigger not in subtree_of(o)
        for t in subtree_of(o)
        if t != o
    }
    nested -= _with_hung_on_its_setting(trigger, verb)
    nested |= _with_its_object(trigger, verb)
    # a signing's partner is told on the verb or on what was signed: "signed, together with Ruto, a
    # pact"; what was signed names no one, nor what it is about ("19 agreements in areas including
    # the corridor linking Mato Grosso do Sul with ports")
    signed = signs(verb) and verb == trigger
    if signed:
        objects = [o for o in objects if o.dep_ != "dobj"]
    # those "present" at a welcome where the visitor lands stand with the host to greet him, no
    # party to his talks: "On arrival at the airport, A was welcomed by B, in the presence of C"
    landing = welcome_where_one_lands(trigger, clause)
    for token in (t for t in clause_tokens(sentence, clause) if t.i not in nested):
        if spouse_on_the_trip(token, people):
            continue  # "arrived with his wife, Michelle, for talks with B": she came along
        objects += onlookers(token)  # "signed it at the palace, with C looking on"
        if (
            signed
            and token.lower_ == "with"
            and token.head != verb
            and token.head.head != verb
            and token not in signing_partners(verb)
        ):
            continue
        if (
            (token.dep_ in {"prep", "conj"} and token.lower_ in {"with", "between", "among"})
            or (token.dep_ == "prep" and token.lower_ == "and")
            or (
                token.dep_ == "prep"
                and token.lower_ in {"from", "by", "to", "beside", "alongside"}
                and token.head.i in (trigger.i, verb.i)
                and not (handed and token.lower_ == "from")  # the sender of what is handed over
                and not _after_its_object(token, trigger, verb)
                # "takes its case to A a day after talks with B": the act's, the talks its time
                and not (token.head == verb and _after_or_before(trigger) and not is_trigger(verb))
                # "the talks follow trips to Kyiv by A and B", "by" hung on the verb: the trips'
                and not any(
                    m.head == token for o in children_of(verb) if o != trigger for m in made_by_each(o)
                )
            )
            or _by_the_objects_maker(token, trigger, verb)  # "followed a visit to Kampala by B"
            or preposition_again(token, trigger, verb)  # "calls from Sisi and from King Abdullah"
            or (token.dep_ == "prep" and token.lower_ == "on" and token.head == trigger and _called_on(token))
        ):
            objects += [
                c
                for c in children_of(token)
                if c.dep_ == "pobj" and not (token.lower_ == "with" and _to_perform(c))
            ]
            objects += _with_them_hosting(token)
            objects += _brokered_list(token)
        elif verb == trigger and by_hung_on_the_arrival(token, verb):
            # "was received on arrival by B": the hosts, where the phrase names them (not "by the
            # Secretary to ...", a title cut off from its words by the parse)
            objects += [
                c
                for c in children_of(token)
                if c.dep_ == "pobj"
                and any(people.at(a) is not None for a in (c, *children_of(c)) if a == c or a.dep_ == "appos")
            ]
        elif token.dep_ == "mark":
            objects += with_read_as_a_mark(token, verb)  # "with both A and B as rebels closed in"
        elif token.dep_ == "prep" and token.head.i in (trigger.i, verb.i):
            objects += [] if landing else in_the_presence_of(token)  # "signed it, in the presence of C"
            objects += presiding_the_ceremony(token)  # "in a ceremony presided over by the minister"
        elif token.dep_ == "prep" and not landing:
            # whoever the clause is held "in the presence of" is there, however far down the parser
            # hangs the phrase: "spoke face to face for a few minutes in the presence of C"
            objects += in_the_presence_of(token)
    # "the summit ... was to have been hosted by C", "a meeting between A and B that C had planned
    # to host"
    its_host = _host_of_its_verb(trigger, verb) + hosts_of_its_relative(trigger)
    if nominal(trigger):
        objects += [
            c
            for c in children_of(trigger)
            if c.dep_ == "poss" and c.lower_ not in {"his", "her"} and not _in_a_gatherings_name(c, people)
        ]
        met_with = any(c.dep_ == "prep" and c.lower_ == "with" for c in children_of(trigger))
        met_with |= _with_told_by_be(trigger)  # "Her first meeting on Tuesday was with A and B"
        if not subjects and (trigger.lemma_.lower() in VISIT_WORDS or met_with):
            subjects += _traveller(trigger, people)  # "his trip", "discussed during his meeting with Xi"
        if not subjects and taken:
            subjects += people_of(taken, people, earlier)[0]  # "the tour will take Modi to Accra"
        if not subjects and met_with and _after_or_before(trigger):
            # "Pezeshkian wraps up Kazan visit after meetings with Putin, Xi, Modi": the one the
            # clause is about, however the parser read a headline's verb
            above = _subject_above(trigger, people)
            if above is not None:
                subjects.append(above)
            elif not _a_group_above(trigger):  # "African mission takes its case to A after talks
                subjects += named_before(trigger.head, people)[:1]  # with B": the mission's, not A's
        if met_with and trigger in subject and verb.dep_ in {"conj", "advcl"}:
            # a meeting noun the subject of a clause joined to one about a person, or of a clause of
            # its time or cause: "arrived in Berlin, but a meeting with Scholz that had been
            # announced did not take place", "met A, hours after a planned meeting with B fell
            # through", the other side the one the first clause is about, or the one person named
            # in its subject ("a mission headed by A flew in, but a meeting with B did not take place")
            joined = subject_of(verb.head)
            named = people_of(joined, people, earlier)[0] or people.in_tokens(
                t for j in joined for t in subtree_of(j)
            )
            subjects += [c for c in named if c not in subjects] if len(named) == 1 else []
        objects += (
            welcome_for(trigger) + host_of_a_guest(trigger) + taking_part(trigger) + presided_by(trigger)
        )
        objects += agents_of(
            trigger, HOSTING_VERBS | BROKERING_VERBS
        )  # "talks hosted by Erdogan", "brokered by"
        objects += its_host
        objects += [  # "an alleged meeting of Zelenskyy and Patrushev in Oman", "a meeting of
            # President of Chile A, President of Peru B and ...": a list of titled names after "of"
            g
            for c in children_of(trigger)
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in children_of(c)
            if g.dep_ == "pobj"
            and (
                people.at(g) is not None
                or _a_title_naming(g, people)
                or counted_group(g)
                or chairs_of_a_body(g, people)
                or _offices_naming(g, people)
            )
        ]  # and a group counted, told before: "the last meeting of the pair", "talks of the two
        # leaders"; and a body told as chaired by people: "the meeting of the Council, which A and
        # B will chair" is a meeting of A and B
    return _Objects(objects, subjects, its_host, handed)


def _in_a_gatherings_name(owner: Token, people: People) -> bool:
    """Whether the owner of a meeting word is a capitalised plural of those who meet, part of the
    name of a gathering: "the G20 Leaders' Summit", "the BRICS Foreign Ministers' Meeting" name no
    one, unlike "the leaders' talks" (those told before)."""
    return (
        owner.text[:1].isupper()
        and owner.head.text[:1].isupper()
        and owner.i > owner.sent.start
        and owner.lower_.endswith("s")
        and people.at(owner) is None
        and find_role(owner.text) is not None
    )


def _its_kind(
    trigger: Token,
    verb: Token,
    sentence: Span,
    clause: set[int],
    told_kind: MeetingKind,
    took_part: TookPart,
    earlier: list[Found],
    published: date | None,
) -> tuple[MeetingKind, bool] | None:
    """The kind of meeting (in person, a call, a visit, a plan ...) and whether it is a visit,
    from the kind its words tell (:func:`extract.kinds.meeting_kind`, asked before its people are
    read) and those who took part; None when it is no diplomatic meeting: colleagues of one
    government, or a trip of its traveller alone."""
    _, subjects, _, delegations, found, _ = took_part
    lemma = trigger.lemma_.lower()
    kind: MeetingKind = told_kind
    back = next((m for m in reversed(earlier) if {c.name for c in m.people} == {c.name for c in found}), None)
    past = is_background(span_text(sentence))
    if (
        kind == "in_person"
        and back is not None
        and back.kind in REMOTE_KINDS
        and lemma != "meet"
        # not one told as the time since which ("have not met since their talks in Osaka"):
        # an earlier meeting, never the call just reported
        and not since_clause(verb, trigger)
        and (
            refers_back(subject_of(verb))
            or _that_conversation(trigger, clause, sentence)
            or _spoken_with(trigger, clause, sentence)
        )
        and (past or not of_the_past(back, published))  # not a call told as the news's past
    ):
        kind = back.kind  # "the two talked about ..." continues the call just reported
    if (
        kind == "in_person"
        and back is None
        and len(subjects) == 1
        and any(c.lower_ == "also" for c in children_of(verb))
        and _spoken_with(trigger, clause, sentence)
    ):
        # "A spoke by phone with B ... A also spoke with C": another call
        name = subjects[0].name
        last = next(
            (m for m in reversed(earlier) if len(m.people) >= 2 and name in {c.name for c in m.people}), None
        )
        if last is not None and last.kind in REMOTE_KINDS:
            kind = last.kind
    if len(found) >= 2 and len(found) == len(made_by_each(trigger)):
        # "trips to Beijing by A and B": a visit by each (each_traveller), no meeting of the two
        return ("visit" if kind == "in_person" else kind), True
    countries = {p.country for p in found}
    going = lemma in TRIP_VERBS or expected_in(trigger) or bool(places_left_for(trigger))
    if (
        len(found) >= 2
        and not delegations
        and None not in countries
        and len(countries) == 1
        and (going or lemma in VISIT_WORDS or not _two_sides(countries, sentence, clause, trigger))
    ):
        return None  # colleagues of one government, not a diplomatic meeting
    if (
        going
        and len(found) >= 2
        and len(countries - {None}) >= 2
        and gone_together(trigger)
        and not _made_for_a_meeting(trigger)
    ):
        # "A will travel with B to Rosario", "A and B flew together to Mombasa": the two leaders
        # of two countries are on one trip, so together there; not "Biden and Blinken will fly to
        # Tokyo" (one government's), nor two told going with no "together" or "with", nor a trip
        # made for a meeting ("flew with B to Kyiv to meet C": that meeting, with B)
        return kind, False
    if (
        len(found) == 1
        and lemma in VISIT_WORDS
        and (
            (nominal(trigger) and _the_next_leg_in_passing(verb) and _told_to_come(verb.head.head))
            or (trigger.pos_ == "VERB" and kind in TO_COME and _the_next_leg_in_passing(trigger))
        )
    ):
        # "will travel to Auckland before flying to Adelaide on Saturday for the Australian leg of
        # his trip", "leaves for Brazzaville on Tuesday, before visiting Chad and Nigeria": the next
        # leg told in passing, as "before flying to Jeddah" is
        return None
    gone_before = (
        going
        and kind == "in_person"
        and len(found) == 1
        and (
            _trip_before_the_news(verb, trigger)
            or trip_made_for_a_gathering(trigger)
            or _dated_before_the_news(verb, published)
        )
    )
    if (
        going
        and not gone_before
        and (
            len(found) != 1
            or kind not in TO_COME
            or _home(trigger, found[0])
            or _the_next_leg_in_passing(trigger)
        )
    ):
        # "will travel to Addis Ababa": a trip to come, of its traveller alone, or one called off
        # ("had been due to travel to Yangon, but the trip was called off"); whom they go to
        # meet is told by the meeting's own words ("travel to Ankara to meet Fidan"); one home
        # ("before he flies back to Brazil") is no visit
        return None
    if gone_before and _home(trigger, found[0]):
        return None  # "since he flew back to Pretoria": home, no visit
    if (
        (lemma in VISIT_WORDS or gone_before)
        and kind == "in_person"
        and (len(found) == 1 or _travelling_together(found, subjects))
    ):
        kind = "visit"  # "Anand and Champagne visited Mexico": their visit, no meeting of the two
    visit = lemma in VISIT_WORDS or going
    if (
        kind == "in_person"
        and len(found) == 1
        and not delegations
        and verb.lemma_.lower() == "attend"
        and since_clause(verb, trigger)
        and verb.tag_ in {"VBD", "VBN"}
    ):
        # "the first visit to the Kingdom since Raisi attended the summit in Riyadh in November
        # 2023": the last visit there, whatever it was made for
        kind, visit = "visit", True
    if visit and len(found) == 1 and not delegations and to_a_site(trigger):
        return None  # "will visit a hospital in El-Arish": a stop of a trip, no trip to a country
    if lemma == "tour" and trigger.pos_ == "VERB" and len(found) == 1 and not _holds_an_office(found[0]):
        return None  # "Ed Sheeran toured India last year": a tour of concerts or matches, no visit
    if not found and not (delegations and kind == "in_person"):
        return None
    return kind, visit


def _holds_an_office(person: Cluster) -> bool:
    """Whether a person is an official the table knows or the text gives an office: "Obama, who
    toured Dar es Salaam"; a singer's or a team's tour of a country is none of diplomacy."""
    return person.known or person.role is not None


def _holders(trigger: Token) -> list[Token]:
    """The subject of a relative clause telling whose plan a meeting noun was: "he" of "the
    meetings he had been due to hold", "the visit she had planned"; not "which" or "that", nor
    one telling a meeting held ("the first summit he had hosted")."""
    return [
        s
        for c in describing(trigger)
        if any(t.lemma_.lower() in PLAN_WORDS for t in (c, *children_of(c)))
        for s in children_of(c)
        if s.dep_ in {"nsubj", "nsubjpass"} and s.lower_ not in {"which", "that"}
    ]


def _by_the_objects_maker(by: Token, trigger: Token, verb: Token) -> bool:
    """Whether the "by" the parser took for the agent of an active verb names the maker of its
    object, the meeting noun: "A's trip followed a visit to Kampala last month by B" (B's visit;
    the parser makes "by B" the agent of "followed")."""
    return (
        by.dep_ == "agent"
        and by.head == verb
        and trigger.head == verb
        and trigger.dep_ == "dobj"
        and trigger.i < by.i
        and verb.tag_ in {"VBD", "VBZ", "VBP"}
        and not in_the_passive(verb)
    )


def _after_its_object(preposition: Token, trigger: Token, verb: Token) -> bool:
    """Whether a preposition the parser hung on the verb right after its object, another meeting
    noun, is that object's: "to both leaders" of "The summit followed calls from A to both
    leaders" is the calls', not the summit's."""
    return preposition.head == verb and any(
        c.dep_ == "dobj"
        and c != trigger
        and nominal(c)
        and is_trigger(c)
        and preposition.i == c.right_edge.i + 1
        for c in children_of(verb)
    )


def _with_hung_on_its_setting(trigger: Token, verb: Token) -> set[int]:
    """The words of a "with" the parser hung on the gathering a meeting was held on the edges of,
    which names whom the meeting was with: "was locked in talks on the sidelines of the summit
    with Macron, Scholz and Meloni" (the talks with them, not a summit with them). Only where the
    meeting names no one it was with otherwise ("met B on the sidelines of his summit with ASEAN
    leaders": B)."""
    if any(
        c.dep_ in {"dobj", "dative"} or (c.dep_ == "prep" and c.lower_ in {"with", "between", "among"})
        for t in {trigger, verb}
        for c in children_of(t)
    ):
        return set()
    return {
        t.i
        for edge in (*children_of(trigger), *children_of(verb))
        if edge.dep_ == "prep" and edge.lower_ in {"on", "at", "in"}
        for side in children_of(edge)
        if side.dep_ == "pobj" and side.lemma_.lower() in EDGE_NOUNS
        for of in children_of(side)
        if of.dep_ == "prep" and of.lower_ == "of"
        for gathering in children_of(of)
        if gathering.dep_ == "pobj"
        for c in children_of(gathering)
        if c.dep_ == "prep" and c.lower_ == "with"
        for t in subtree_of(c)
    }


# what an artist does at a host's dinner or ceremony: "with tenor A set to perform"
PERFORMING_VERBS = frozenset("perform sing entertain".split())


def _to_perform(noun: Token) -> bool:
    """Whether the object of a "with" phrase tells a performance, the phrase an absolute clause
    ("a State dinner in B's honour, with tenor A set to perform", "with C due to sing", "with D
    performing"): an artist entertaining the guests, who meets no one. Not a phrase naming someone
    alone ("a dinner with A"), nor a role played ("with Qatar playing mediator")."""
    doc = noun.doc
    after = doc[noun.right_edge.i + 1 : min(len(doc), noun.right_edge.i + 5)]
    told = list(subtree_of(noun)) + list(itertools.takewhile(lambda t: not t.is_punct, after))
    return any(t.lemma_.lower() in PERFORMING_VERBS and t.pos_ in {"VERB", "AUX"} for t in told)


def _with_its_object(trigger: Token, verb: Token) -> set[int]:
    """The words of a verb's "with" phrases that belong to the meeting noun it takes as its object,
    not to one further down its subject: "Trump's departure from the summit wiped out two meetings,
    with A and with B" (the meetings with A and B, not the summit)."""
    if trigger.head == verb or not any(
        c.dep_ == "dobj" and nominal(c) and is_trigger(c) and c != trigger for c in children_of(verb)
    ):
        return set()
    return {t.i for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "with" for t in subtree_of(c)}


def _host_of_its_verb(trigger: Token, verb: Token) -> list[Token]:
    """Who a meeting noun, the subject of a passive hosting verb, is told hosted by: C of "the
    summit between A and B was to have been hosted by C" (the parse making the meeting the
    subject of "hosted" where a participle would have been its modifier)."""
    if (
        trigger.dep_ != "nsubjpass"
        or trigger.head != verb
        or verb.lemma_.lower() not in HOSTING_VERBS
        or not (nominal(trigger) and is_trigger(trigger))
    ):
        return []
    return passive_agents(verb)


def _with_them_hosting(with_: Token) -> list[Token]:
    """The one a "with" clause tells hosted or mediated the meeting: "met in Nairobi, with Mutua
    hosting the talks", "with the envoy mediating"; not the host of something else, beside it ("with
    Samia hosting a regional summit the following week"). The verbs may be several, joined
    ("with the minister opening and moderating the talks"), whichever the parser took for a noun,
    the name then a compound of it ("with Albusaidi mediating"); or one shuttling between the
    delegations."""
    clauses = [c for c in children_of(with_) if c.dep_ in {"pcomp", "pobj"} and c.lower_.endswith("ing")]
    return [
        s
        for c in clauses
        if any(
            v.lemma_.lower() in RUNNING_VERBS
            or v.lower_.removesuffix("ing") in RUNNING_VERBS
            or _shuttling_between_the_sides(v)
            for v in [c, *c.conjuncts]
        )
        and all(_the_meeting_told(o) for v in [c, *c.conjuncts] for o in children_of(v) if o.dep_ == "dobj")
        for s in children_of(c)
        if s.dep_ == "nsubj" or (c.pos_ == "NOUN" and s.dep_ == "compound" and s.pos_ == "PROPN")
    ]


# those one shuttles between at talks, carrying messages from room to room: a mediator there
SIDES_AT_TALKS = frozenset("delegation side room team party camp".split())


def _shuttling_between_the_sides(verb: Token) -> bool:
    """Whether a verb tells one going back and forth between the sides of talks ("with C shuttling
    between the two delegations"), a mediator at them; not between places ("shuttling between
    Tehran and Washington"), a mediation of weeks, told of no one meeting."""
    return verb.lemma_.lower() == "shuttle" and any(
        g.lemma_.lower() in SIDES_AT_TALKS
        for p in children_of(verb)
        if p.dep_ == "prep" and p.lower_ == "between"
        for g in children_of(p)
        if g.dep_ == "pobj"
    )


def _the_meeting_told(noun: Token) -> bool:
    """A meeting word that names the meeting just told, as "the talks" does, with nothing of its own."""
    return is_trigger(noun) and [c.lower_ for c in children_of(noun)] == ["the"]


def _a_pair_with_one_of_them(
    subject: list[Token], subjects: list[Cluster], objects: list[Token], people: People
) -> bool:
    """Whether "they" as a subject was read as a group that holds someone the clause names, by
    name, as met with: no one meets themselves, so "they" means others than that group ("...
    ahead of Trump's meeting with Putin. They [the European leaders] welcomed the discussions
    with President Trump")."""
    if not any(t.lower_ == "they" for t in subject) or any(people.at(t) is not None for t in subject):
        return False
    named = [cluster for o in objects if o.pos_ == "PROPN" and (cluster := people.at(o)) is not None]
    return any(c in subjects for c in named)


def _trip_before_the_news(verb: Token, trigger: Token) -> bool:
    """Whether a trip of its traveller alone is told as the one the news came after, the last
    trip there: "(his first visit) since September 2018, when he travelled to Beijing for the
    summit", "since he flew to Moscow in 2019", "last travelled to Mongolia in 2019". A trip told
    so is a visit of the past, as "visited" would be; a trip of the news alone ("travelled to
    Beijing on Friday") or to come is no meeting. The past perfect tells a trip as the past of the
    news too ("had also flown to Doha on Monday to express solidarity"), as "had met" does a
    meeting."""
    if verb.tag_ not in {"VBD", "VBN"}:
        return False
    return (
        since_clause(verb, trigger)
        or past_perfect(verb)
        or any(c.dep_ == "advmod" and c.lower_ == "last" for c in children_of(verb))
    )


def _dated_before_the_news(verb: Token, published: date | None) -> bool:
    """Whether a verb of going, in the simple past, is dated by its own words to a time that ended
    more than a week before publication ("went to Accra in March", "flew to Oslo last November",
    told in June): a trip of the news's past, its traveller's visit, as a meeting so dated is of
    the past; not one of the news's days ("flew to Paris on Monday"), whose meetings tell the trip."""
    if verb.tag_ != "VBD" or any(c.dep_ in {"aux", "neg"} for c in children_of(verb)):
        return False
    told = [c for c in children_of(verb) if c.dep_ == "npadvmod" and c.ent_type_ == "DATE"]
    told += [g for g in prep_objects("in", verb) + prep_objects("on", verb) if g.ent_type_ == "DATE"]
    spans = [
        e for e in entities(verb.sent) if e.label_ == "DATE" and any(e.start <= t.i < e.end for t in told)
    ]
    return any(ended_before_the_week(dates.resolve(e.text, published), published) for e in spans)


def _home(verb: Token, traveller: Cluster) -> bool:
    """Whether a verb of going goes only to its traveller's own country ("will fly back to
    Brasília", "before returning to Manila"), or to the city its city-state lies in (the Pope
    "before returning to Rome")."""
    return all(p is None or places.home_town(p, traveller.country) for p in places_gone_to(verb))


def _the_next_leg_in_passing(verb: Token) -> bool:
    """Whether a verb of going is told only as the end of what its sentence tells, by "before" and
    a participle ("will meet Abbas in Bethlehem, before flying to Jeddah", "where he is to meet
    Bukele, before continuing to Costa Rica"): the next leg of a tour, told in passing, no trip of
    its own; not a trip told by a verb in a tense ("He will then fly on to Ethiopia")."""
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "before"


def _told_to_come(verb: Token) -> bool:
    """Whether a verb is told in a tense to come ("will travel", "is to fly"), not one of what was
    done ("met Meloni on Monday before starting a visit to Spain")."""
    return any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll", "to"} for c in children_of(verb))


def _told_also(verb: Token) -> bool:
    """Whether a meeting verb, or the verb it is told under ("is also set to meet", "was also due
    to meet"), is said "also"."""
    told = [verb]
    while told[-1].dep_ in {"xcomp", "acomp"} and told[-1].head.i != told[-1].i:
        told.append(told[-1].head)
    return any(c.lower_ == "also" for t in told for c in children_of(t))


def _with_told_by_be(noun: Token) -> bool:
    """Whether a meeting noun is said by "be" to be with someone: "Her first meeting on Tuesday
    was with A and B", "his last talks of the day were with C" (the noun the subject of "be", or
    the root the parser hangs "was" on); the "with" then names whom its owner met, as in "her
    meeting with A"."""
    beings = [noun.head] if noun.dep_ in {"nsubj", "nsubjpass"} else []
    beings += [c for c in children_of(noun) if c.dep_ in {"advcl", "relcl", "acl"} and c.i > noun.i]
    return any(
        b.lemma_.lower() == "be"
        and not any(c.dep_ in {"nsubj", "expl"} and c != noun for c in children_of(b))
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in children_of(b))
        for b in beings
    )


def _traveller(trigger: Token, people: People) -> list[Cluster]:
    """Whose trip "his trip" or "her visit" is, where no subject says: the subject of a verb
    above it in the same statement ("Díaz-Canel met Mottley and recalled the deals agreed during
    his visit"), else the person named last before it in its sentence ("since Yunus's comment
    during his visit to China"), else the person the text is about, as for a subject "he"
    ("France was the first stop of his trip"). A "he" or "she" its sentence has as a subject before
    it comes first: "her" is whom that "she" means, not the person named beside it ("she and
    Trudeau discussed steel, while her talks with Petro were about migration")."""
    for owner in (c for c in children_of(trigger) if c.dep_ == "poss" and c.lower_ in {"his", "her"}):
        person = _subject_above(trigger, people)
        subject = {"his": "he", "her": "she"}[owner.lower_]
        if person is None and (told := subject_pronoun_before(owner, subject)) is not None:
            person = people.salient_before(told)
        if person is None:
            person = people.last_before(owner.i)
        if person is None or not any(people.at(t) == person for t in owner.sent if t.i < owner.i):
            person = people.salient_before(owner)
        return [person] if person is not None else []
    return []


def _in_its_own_words(meeting: Found) -> Place | None:
    """The place a meeting told as what came before or after another names in its own words, as
    its day is ("the third meeting of the two, after the president's visit to the Elysee in
    March": Paris, where that visit was); None where its words name none. Asked only for a
    meeting placed nowhere else."""
    return clause_place(meeting.sentence, {t.i for t in subtree_of(meeting.trigger)})


def _a_body_sitting_under_its_chair(subject: list[Token], people: People) -> bool:
    """Whether a meeting's subject is a body told as chaired by one person ("Sri Lanka Cricket's
    selection committee, chaired by A, met to finalise the squad"): the body's own sitting, with no
    other party; a body of two co-chairs is two sides meeting ("The Joint Border Committee,
    co-chaired by A and B, is to meet on Monday")."""
    return len(subject) == 1 and len(chairs_of_a_body(subject[0], people)) == 1


def _the_guest_going_on_to_talks(trigger: Token, verb: Token) -> Token | None:
    """The guest a host receives, told as the time of that guest's talks with another ("B will
    receive him at the Royal Palace, before formal talks with Prime Minister C"): the one received
    goes on to the talks; the host's welcome only dates them. None for talks naming no one."""
    if not _after_or_before(trigger) or trigger.head.head != verb or lemma_of(verb) not in GUEST_VERBS:
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "with" for c in children_of(trigger)):
        return None
    return next((c for c in children_of(verb) if c.dep_ == "dobj"), None)


def _after_or_before(trigger: Token) -> bool:
    """Whether a meeting noun is told as the time of the clause it hangs on: "left Kazan after
    meetings with A and B", "before talks with C"."""
    return (
        trigger.dep_ == "pobj"
        and trigger.head.lower_ in {"after", "before", "following"}
        and not any(c.dep_ == "poss" for c in children_of(trigger))  # "following his call with Biden"
    )


def _subject_above(token: Token, people: People) -> Cluster | None:
    """The person who is the subject of the nearest verb above ``token`` (a verb joined to
    another by "and" has that one's subject), not above a reported statement ("said that ...")."""
    start = token
    while token.head.i != token.i and token.dep_ not in {"ccomp", "parataxis"}:
        token = token.head
        if begun_after(token, start):
            continue  # "met A, on his first trip since war broke out": not the war's trip
        verb = token.head if token.dep_ == "conj" and token.pos_ == "VERB" else token
        for subject in (c for c in children_of(verb) if c.dep_ in {"nsubj", "nsubjpass"}):
            return people.at(subject)
    return None


def _a_group_above(token: Token) -> bool:
    """Whether the subject of the nearest verb above ``token`` is a group told by a noun ("African
    peace mission takes its case to A a day after talks with B"): the talks are the group's, whose
    members the clause does not name, not those of someone named before them."""
    while token.head.i != token.i and token.dep_ not in {"ccomp", "parataxis"}:
        token = token.head
        verb = token.head if token.dep_ == "conj" and token.pos_ == "VERB" else token
        for subject in (c for c in children_of(verb) if c.dep_ in {"nsubj", "nsubjpass"}):
            return subject.lemma_.lower() in MISSION_NOUNS
    return False


# forms of meeting verbs the parser takes for a modifier between two names it does not know:
# "Ruto hosted Ramaphosa in Nairobi" parsed as a noun phrase headed by "Ramaphosa"; a call's verbs
# too ("when Sisi telephoned Erdogan")
MISPARSED_VERBS = frozenset(
    "met hosted received welcomed meets hosts receives welcomes telephoned phoned telephones phones".split()
)


def _between_names(word: Token, people: People) -> list[Found]:
    """A meeting verb the parser read as a modifier ("hosted" an adjective of "Ramaphosa") states
    a meeting of the person named just before it (adverbs between: "Trump then hosted") and the
    one named next, titles and a country's possessive between."""
    at = word.i - 1
    while at > word.sent.start and word.doc[at].pos_ == "ADV":
        at -= 1
    if at < word.sent.start:
        return []
    before = people.at(word.doc[at])
    after = next(
        (
            people.at(t)
            for t in word.doc[word.i + 1 : word.sent.end]
            if people.at(t) is not None or not (t.is_title or t.tag_ == "POS")  # "Jordan's King A"
        ),
        None,
    )
    if before is None or after is None or before == after:
        return []
    sentence = word.sent
    clause = own_clause(sentence.root)
    if word.dep_ == "amod" and word.head.i > word.i and word.head.dep_ == "pobj":
        # "the first summit since Merkel hosted Putin, A and B in Berlin in October 2016": the
        # phrase the verb was read into is its clause, with its own place and day
        clause = {t.i for t in subtree_of(word.head)}
    kind = meeting_kind(word, word, sentence, clause)
    if not kind:
        return []
    guests = [after, *(g for g in _listed_after(word, people) if g not in (before, after))]
    if word.lower_ in {"met", "meets"}:  # "met A, B and C": one meeting with each, as where parsed
        return [Found([before, guest], [], kind, sentence, clause, word, word) for guest in guests]
    return [Found([before, *guests], [], kind, sentence, clause, word, word)]


def _listed_after(word: Token, people: People) -> list[Cluster]:
    """The people listed with the name a misparsed meeting verb modifies: "since Merkel hosted
    Putin, Poroshenko and Hollande" ("hosted" an adjective of "Putin", the others its conjuncts):
    Poroshenko and Hollande; none where the verb modifies no name ("the hosted delegations")."""
    if word.dep_ != "amod" or word.head.i < word.i:
        return []
    listed = [t for t in subtree_of(word.head) if t.dep_ == "conj" and t.i > word.i]
    return [c for t in listed if (c := people.at(t)) is not None]


def _named_in(phrases: list[Token], people: People) -> list[Cluster]:
    """Everyone a list names, however the parser hung its names ("between Kurti and Lajcak, the
    head of European diplomacy, Josep Borrell, the president of the European Council, Charles
    Michel, and the leaders of France and Italy, Emmanuel Macron and Giorgia Meloni"); not an
    owner ("Sullivan, Joe Biden's adviser")."""
    owned = {t.i for p in phrases for t in subtree_of(p) if t.dep_ == "poss" for t in subtree_of(t)}
    return people.in_tokens(t for p in phrases for t in subtree_of(p) if t.i not in owned)


def _anothers_event_it_came_after(verb: Token, trigger: Token) -> set[int]:
    """The words of another person's event that someone's visit "comes after" or "follows"
    ("Carney's visit comes after Sheinbaum travelled to Canada in June for the G7 summit in
    Kananaskis"): their trip's place, days and summit are not the visit's. Without an owner
    ("The visit came seven months after Erdogan travelled to Cairo") the words tell that trip."""
    if trigger.dep_ != "nsubj" or trigger.head != verb or verb.lemma_.lower() not in SEQUENCE_VERBS:
        return set()
    owners = {c.lower_ for c in children_of(trigger) if c.dep_ == "poss" and c.pos_ == "PROPN"}
    if not owners:
        return set()
    words: set[int] = set()
    for event in children_of(verb):
        if event.dep_ == "advcl" and any(m.lower_ in {"after", "before"} for m in children_of(event)):
            doers = [c for c in children_of(event) if c.dep_ in {"nsubj", "nsubjpass"}]
        elif event.dep_ == "prep" and event.lower_ in {"after", "before", "following"}:
            doers = [
                p for g in children_of(event) if g.dep_ == "pobj" for p in children_of(g) if p.dep_ == "poss"
            ]
        else:
            continue
        if doers and all(d.pos_ == "PROPN" and d.lower_ not in owners for d in doers):
            words |= {t.i for t in subtree_of(event)}
    return words


def _the_event_it_came_before(verb: Token, trigger: Token) -> set[int]:
    """The words of the event a meeting word is told as "followed" or "preceded" by, or to have
    "come after": "Monday's meeting followed calls from A to both leaders" (the calls came before,
    on no day of their own: not Monday), "the talks preceded a call" (not the talks' day or
    place), "A's trip came after a visit to Colombo by B" (B's visit, not A's)."""
    first = trigger
    while first.dep_ in {"conj", "compound", "amod"} and first.head.i != first.i:
        first = first.head  # "followed calls from A, and calls on Saturday from B", "a telephone call"
    if first.dep_ == "pobj" and first.head.lower_ in AFTER_OR_BEFORE and first.head.head == verb:
        first = first.head  # "A's trip came after a visit to Colombo by B": B's visit, not A's
    if (
        not nominal(trigger)
        or first.dep_ not in {"dobj", "prep"}
        or first.head != verb
        or lemma_of(verb) not in SEQUENCE_VERBS
    ):
        return set()  # "follow", "precede": "come" takes no object
    return {t.i for c in children_of(verb) if c.dep_ in {"nsubj", "nsubjpass"} for t in subtree_of(c)}


def _the_trip_it_came_after(verb: Token, trigger: Token) -> set[int]:
    """The words of another trip or meeting, told by a noun, that a meeting word "follows",
    "precedes" or "comes after" ("Wang's visit follows a trip to Brasilia in March by Lavrov, who
    also met Lula", "A's trip came after a visit to Colombo last month by B"): that event, with
    the place, day and maker after it, whoever the parser hangs them on, is its own, not the one
    the subject tells; not an event told by a clause ("came after B travelled to Cairo", see
    :func:`_anothers_event_it_came_after`)."""
    if trigger.dep_ != "nsubj" or trigger.head != verb or lemma_of(verb) not in SEQUENCE_VERBS:
        return set()
    if any(c.dep_ == "auxpass" for c in children_of(verb)):
        return set()  # "was followed by talks": the passive tells the event after its "by"
    for event in children_of(verb):
        if event.dep_ == "dobj" and lemma_of(verb) in {"follow", "precede"}:
            noun = event
        elif event.dep_ == "prep" and event.lower_ in AFTER_OR_BEFORE:
            noun = next((g for g in children_of(event) if g.dep_ == "pobj"), event)
        else:
            continue
        if not nominal(noun) or not (is_trigger(noun) or lemma_of(noun) in VISIT_WORDS):
            continue
        return {t.i for c in children_of(verb) if c.i >= event.i and c.dep_ != "punct" for t in subtree_of(c)}
    return set()


# the nouns of a stretch of time before an event: "in the lead-up to the summit", "the run-up to"
LEADING_UP = frozenset("lead run build".split())


def _the_event_it_led_up_to(verb: Token, trigger: Token) -> set[int]:
    """The words of the event a meeting is told to come "in the lead-up to", "in the run-up to" or
    "in the build-up to" ("Their last meeting came in the lead-up to November's summit in Lima"):
    a stretch of time before that event, whose day and place are the event's, not the meeting's."""
    words: set[int] = set()
    for up in (t for t in subtree_of(verb) if t.lower_ == "up" and t.i + 1 < len(t.doc)):
        led = up.nbor(-1).lower_ == "-" and up.i >= 2 and up.doc[up.i - 2].lower_ in LEADING_UP
        to = up.nbor(1)
        if led and to.lower_ == "to" and to.dep_ == "prep" and trigger not in subtree_of(to):
            words |= {t.i for t in subtree_of(to)}
    return words


def _tells_a_time(verb: Token) -> bool:
    """Whether a verb's own clause names a date or time of its own ("what he called frank talks
    in Kampala on Thursday"), which the parse may leave apart from one of the clause around it."""
    return any(verb.doc[i].ent_type_ in {"DATE", "TIME"} for i in own_clause(verb))


def _meetings_of_their_own(verb: Token, trigger: Token) -> set[int]:
    """The subordinate clauses of a verb that state a meeting of their own: in "The talks take
    on extra weight because Wang is slated to hold a discussion with Lavrov in Moscow", Lavrov
    and Moscow belong to the discussion, not to "the talks". A clause with no subject of its own
    goes on telling the same meeting ("held talks in San Francisco, meeting on the sidelines of
    the APEC summit"), and so does one that names no one ("before he went on to the APEC
    summit"), and so does one that tells when it was held ("the talks got under way soon after
    Putin and Kim had visited the facilities"), unless its meeting has a party of its own beside
    the verb's ("met A, hours before he was due to sit down with B"). A meeting still to come that the verb is
    "ahead of" is another ("spoke by phone, ahead of Trump's meeting with Putin in Alaska")."""
    own = {
        t.i
        for c in children_of(verb)
        if c.dep_ == "advcl"
        and trigger not in subtree_of(c)
        and any(s.dep_ in {"nsubj", "nsubjpass"} for s in children_of(c))
        and (
            (
                not any(m.dep_ in {"mark", "advmod"} and m.lower_ in TIME_MARKERS for m in children_of(c))
                and any(is_trigger(t) for t in subtree_of(c))
                and any(t.ent_type_ == "PERSON" for t in subtree_of(c))
            )
            or _a_call(c)  # "was no longer needed after the two spoke by phone on Monday"
            # "met in Kampala on Wednesday after their meeting was postponed from Monday": the
            # calling off of a meeting told as its subject is that meeting's, not the verb's
            or (
                calls_off(c)
                and any(s.dep_ in {"nsubj", "nsubjpass"} and is_trigger(s) for s in children_of(c))
            )
            # "met A on Monday, hours before he was due to sit down with B": a time clause whose
            # meeting has a party of its own is that meeting, not more of the one it dates
            or (_with_someone(trigger) and any(is_trigger(t) and _with_someone(t) for t in subtree_of(c)))
        )
        for t in subtree_of(c)
    }
    # "with an audience with King Charles, hours after sitting down with Starmer": one who already
    # has a party of its own did not meet the one met before or after it
    timed = {
        t.i
        for c in children_of(verb)
        if c.dep_ == "prep"
        and c.lower_ in {"after", "before"}
        and (_with_someone(trigger) or _received_by(trigger))
        for p in children_of(c)
        if p.dep_ == "pcomp" and trigger not in subtree_of(p) and is_trigger(p) and _with_someone(p)
        for t in subtree_of(c)
    }
    # "The virtual summit came two days after Xi held a summit with the same five leaders": the
    # event a meeting word came after or before is a meeting of its own, of someone named with
    # others (not "came a month after A and B held their first meeting", which it may count from)
    came = {
        t.i
        for c in children_of(verb)
        if trigger.dep_ == "nsubj"
        and trigger.head == verb
        and verb.lemma_.lower() in SEQUENCE_VERBS
        and c.dep_ == "advcl"
        and any(m.lower_ in {"after", "before"} for m in children_of(c))
        and any(s.dep_ in {"nsubj", "nsubjpass"} and s.ent_type_ == "PERSON" for s in children_of(c))
        and any(is_trigger(t) for t in subtree_of(c))
        and any(t.lower_ == "with" and t.dep_ == "prep" for t in subtree_of(c))
        for t in subtree_of(c)
    }
    ahead = [  # a word "ahead of" or "before" is a pobj (looked_ahead_to's first test, asked here first)
        t
        for t in subtree_of(verb)
        if t.dep_ == "pobj" and t != trigger and looked_ahead_to(t) and is_trigger(t)
    ]
    return (
        own
        | timed
        | came
        | {t.i for a in ahead if trigger not in subtree_of(a.head.head) for t in subtree_of(a.head.head)}
    )


def _a_topic_of_talks(trigger: Token) -> bool:
    """A gathering that those of a sentence talk about ("discussed trade, border security and the
    upcoming G7 summit that Canada will host in Kananaskis", "talked about the NATO summit"): a
    topic of their talks, not a meeting of theirs; not one named with parties of its own
    ("discussed a summit with Kim"). So is a trip already made that they talk over ("reviewed
    Modi's recent visit to Ukraine"), not one to come ("discussed Putin's upcoming visit"), still
    a plan."""
    lemma = trigger.lemma_.lower()
    if not nominal(trigger) or lemma not in GATHERING_NOUNS | VISIT_WORDS:
        return False
    if lemma in VISIT_WORDS and any(
        c.dep_ in MODIFYING and c.lower_ in PLAN_MODIFIERS for c in children_of(trigger)
    ):
        return False
    if any(c.dep_ == "prep" and c.lower_ in {"with", "between", "among"} for c in children_of(trigger)):
        return False
    token = trigger
    while token.dep_ == "conj":  # the last of a long list of topics
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "about":
        token = token.head
    return token.dep_ in {"dobj", "prep"} and token.head.lemma_.lower() in TALKING_VERBS


def _the_time_of_a_topic(trigger: Token) -> bool:
    """A meeting word that only tells when something talked about was done, in a participle or
    relative clause on it: "The parties discussed the implementation of agreements reached during
    the official visit of the President of Uzbekistan to the United States in May 2018", "The two
    sides reviewed the agreements signed during the visit of the Prime Minister to Viet Nam": a
    topic of the talks told, of another time, no meeting of those who talk (whom the clause's verb
    would lend it)."""
    if not nominal(trigger) or (thing := the_thing_it_dates(trigger)) is None:
        return False
    talking = next((a for a in ancestors_of(thing) if a.pos_ in {"VERB", "AUX"}), None)
    return talking is not None and talking.lemma_.lower() in TALKING_VERBS


# the verbs whose object is what was talked about
TALKING_VERBS = frozenset("discuss talk speak review".split())


def _an_appeal_at(trigger: Token, verb: Token) -> bool:
    """A "call" made at or during a meeting is an appeal made there ("He made the call at a
    meeting with Pakistani Prime Minister Shehbaz Sharif"), not a phone call; "a phone call" is."""
    if not (nominal(trigger) and lemma_of(trigger) == "call" and trigger.head == verb):
        return False
    if any(c.lower_ in REMOTE_WORDS for c in children_of(trigger)):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in SETTINGS
        and any(nominal(g) and is_trigger(g) for g in children_of(c))
        for c in children_of(verb)
    )


def _the_verbs_meeting_described(trigger: Token) -> bool:
    """A meeting noun set off by a comma after what a meeting verb says, however the parser hangs
    it (as the verb's second object, a clause of its own, or an apposition to the place): "he met
    A and B on the sidelines of the summit, his first meeting with B since the war" describes a
    meeting the verb told (here the one with B), and adds no one to it. Not one told as a time
    ("on Monday, a day before a meeting with C"), which hangs on a preposition."""
    if not nominal(trigger) or trigger.dep_ not in {"dobj", "advcl", "npadvmod", "appos"}:
        return False
    if trigger.left_edge.i == 0 or trigger.doc[trigger.left_edge.i - 1].lower_ != ",":
        return False
    verb = next((a for a in ancestors_of(trigger) if not nominal(a) and a.pos_ != "ADP"), None)
    return (
        verb is not None
        and verb.pos_ == "VERB"
        and is_trigger(verb)
        and any(c.dep_ == "dobj" and c.i < trigger.i for c in children_of(verb))
    )


def _during_which(trigger: Token) -> bool:
    """A clause "during which" or "in which" something was said, hung on the verb of a meeting:
    the meeting told again ("Erdogan had spoken with Biden by phone on Sunday, during which he
    told his counterpart ..."), not another."""
    return (
        trigger.dep_ in {"advcl", "relcl"}
        and trigger.head.i != trigger.i
        and is_trigger(trigger.head)
        and any(
            c.dep_ == "prep"
            and c.lower_ in {"during", "in", "at"}
            and any(g.lower_ == "which" for g in children_of(c))
            for c in children_of(trigger)
        )
    )


def _a_call(verb: Token) -> bool:
    """A clause that tells a call: "after the two spoke by phone on Monday"."""
    return verb.lemma_.lower() in CALL_VERBS or any(t.lemma_.lower() in CALL_NOUNS for t in subtree_of(verb))


def _in_office(sentence: Span, clause: set[int]) -> set[int]:
    """A clause that dates the meeting by who held an office then ("while Imran Khan was in
    office", "when Kovind was president"): its subject is no party."""
    return {
        t.i
        for c in clause_tokens(sentence, clause)
        if c.dep_ == "advcl"
        and c.lemma_ == "be"
        and any(m.dep_ == "mark" and m.lower_ in TIME_MARKERS for m in children_of(c))
        for t in subtree_of(c)
    }


AT_OR_IN = frozenset({"at", "in"})


def _object_after_a_place(verb: Token, people: People) -> list[Token]:
    """The object set after the place where it was met, which the parser hangs on the place as
    an appositive: "received at the airport the President of Palestine, Mahmoud Abbas" (the
    President made an appositive of "airport"); a person or a title, never the place described
    ("met at the Elysee, the President's residence"). Another joined to it by "and", which the
    parser hangs on the verb, is an object too ("..., Mahmoud Abbas, and the President of Tunisia").
    Set off by commas after the place, the object is hung on the verb as a modifier ("received,
    at the palace in Rabat, the President of Chad, Mr. X"): a person or title so hung after the
    place is the object of a verb that has none."""
    places = [c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in AT_OR_IN]
    found = [
        a
        for g in _places_within(places)
        for a in children_of(g)
        if a.dep_ == "appos" and _a_person_or_title(a, people)
    ]
    if places and not any(c.dep_ == "dobj" for c in children_of(verb)):
        set_off = [c for c in children_of(verb) if c.dep_ == "npadvmod" and c.i > places[0].i]
        found += [c for c in set_off if _a_person_or_title(c, people)]
    joined = [c for c in children_of(verb) if c.dep_ == "conj" and found and c.i > found[0].i]
    settings = [c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in AT_OR_IN | {"on"}]
    run_on = [
        g for c in settings for g in children_of(c) if g.dep_ == "pobj" and _run_into_its_setting(g, people)
    ]
    found = found + [c for c in joined if _a_person_or_title(c, people)] + run_on
    return found + _object_hung_on_its_subject(verb, people, found)


# verbs whose object is the one met: "received B", "welcomed B", "met B"
RECEIVING_VERBS = frozenset("receive welcome host meet".split())
# what a verb has when it already names whom it met, or is told as done to its subject
OWN_OBJECTS = frozenset("dobj dative attr agent nsubjpass auxpass".split())


def _object_hung_on_its_subject(verb: Token, people: People, found: list[Token]) -> list[Token]:
    """The object of a verb of meeting set after the verb's place and day with a long title before
    its name, which the parser, reading the verb as a participle of its subject, hangs elsewhere:
    in the wire agencies' readout "Prince A, Crown Prince and Prime Minister, received in Riyadh
    today Minister of Foreign Affairs of the Republic of X B", B is made an appositive of A, of
    the dateline, or the object of "of" inside the title, and "received" has no object. The one
    named in the words right after the verb's own phrase, before any comma, is whom it met. Not
    when the verb has its object, nor when it is told as done to its subject ("A, received in
    Accra today by B, ..."), nor a name past a comma ("A received in Paris today, C said")."""
    if (
        found
        or verb.tag_ not in {"VBD", "VBN"}
        or verb.lemma_.lower() not in RECEIVING_VERBS
        or any(
            c.dep_ in OWN_OBJECTS or (c.dep_ == "npadvmod" and _a_person_or_title(c, people))
            for c in children_of(verb)
        )
    ):
        return []
    own = people.at(verb.head) if verb.dep_ == "acl" else None
    named: list[Token] = []
    for token in verb.doc[verb.right_edge.i + 1 : verb.sent.end]:
        if token.is_punct and token.text not in {"-", "'", "’"}:
            break
        cluster = people.at(token)
        if cluster is None or cluster == own or any(people.at(n) == cluster for n in named):
            continue
        name = token
        while name.head != name and people.at(name.head) == cluster:
            name = name.head
        if name.dep_ in SUBJECTS:
            break  # the subject of a verb after it: "A had met B circulated" is read as no guest
        named.append(token)
    return named


SUBJECTS = frozenset({"nsubj", "nsubjpass"})


# what the parser runs into the title that follows it: a day ("on Sunday"), a place ("at Carthage
# Palace", "in Rabat")
SETTING_ENTITIES = frozenset("DATE FAC GPE LOC ORG".split())


def _run_into_its_setting(token: Token, people: People) -> bool:
    """A title or name the parser read as the last word of the day or place before it, which is
    the verb's object set after its setting with no comma: in "received on Sunday President of the
    Commission X" and "received at Carthage Palace President X", the President was received (the
    parse makes "Sunday" and "Palace" compounds of "President"); not the owner of a place ("at the
    President's residence"), nor a place or day itself."""
    if token.ent_type_ in SETTING_ENTITIES or any(c.dep_ == "case" for c in children_of(token)):
        return False
    return _a_person_or_title(token, people) and any(
        c.ent_type_ in SETTING_ENTITIES and c.i < token.i for c in _compounds_of(token)
    )


def _compounds_of(token: Token) -> list[Token]:
    """The words compounded into a word, and into those in turn: in "at State House Ugandan
    President X" the parser makes "State" a compound of "House", of "Ugandan", of "President", of X."""
    found: list[Token] = []
    words = [token]
    while words:
        words = [c for w in words for c in children_of(w) if c.dep_ == "compound"]
        found += words
    return found


def _places_within(prepositions: list[Token]) -> list[Token]:
    """The places of "at"/"in" phrases and of the places they hold: "at the Royal Palace in Fez"
    gives the palace and Fez (the object set after it is hung on the last)."""
    found: list[Token] = []
    while prepositions:
        places = [g for c in prepositions for g in children_of(c) if g.dep_ == "pobj"]
        found += places
        prepositions = [
            c for g in places for c in children_of(g) if c.dep_ == "prep" and c.lower_ in AT_OR_IN
        ]
    return found


def _a_person_or_title(token: Token, people: People) -> bool:
    """A proper noun that names someone or is a title: "Abbas", "the President of Palestine"."""
    return token.pos_ == "PROPN" and (people.at(token) is not None or find_role(token.text) is not None)


# what a conjunct has of its own when it is a clause, not a name the verb takes again
ELIDED_CLAUSE_OWN = frozenset("nsubj nsubjpass aux dobj prep npadvmod".split())


def _a_title_naming(token: Token, people: People) -> bool:
    """A title that names its holder in its own phrase: "President of Chile Gabriel Boric"; not a
    title alone ("a meeting of the President of Russia"), nor a group ("of foreign ministers")."""
    return (
        token.pos_ == "PROPN"
        and find_role(token.text) is not None
        and any(people.at(t) is not None for t in subtree_of(token))
    )


def _offices_naming(token: Token, people: People) -> bool:
    """A plural office that names its holders in its own phrase, set beside it: "a meeting of
    foreign ministers A and B" (all those listed); not the office alone ("a meeting of foreign
    ministers")."""
    return token.tag_ == "NNS" and any(
        c.dep_ == "appos" and people.at(c) is not None for c in children_of(token)
    )


def _elided_object(token: Token, people: People) -> bool:
    """A person named after the verb's object, whom the parser hangs on the verb itself as a
    verbless conjunct: "met his New Zealand counterpart, Christopher Luxon, and separately
    Australian Prime Minister Anthony Albanese" ((met) Albanese); or told by an office, next in a
    sequence, where the article names its one holder: "received A first and then the Chinese
    vice premier" ((received) the vice premier). With commas about the "separately" the parser
    may hang that name on the verb as a noun of circumstance after its "and": "met President A
    and, separately, Foreign Minister B" ((met) B)."""
    verb = token.head
    return (
        (token.dep_ == "conj" or (token.dep_ == "npadvmod" and _after_the_verbs_and(token, verb)))
        and token.i > verb.i
        and token.pos_ in {"PROPN", "NOUN"}
        # none of its own: "and Meloni on Tuesday" is told on its own
        and not any(c.dep_ in ELIDED_CLAUSE_OWN for c in children_of(token))
        and any(c.dep_ == "dobj" and c.i < token.i for c in children_of(verb))
        # nor a circumstance after it, which makes a conjunct a clause of its own, read as one
        # elsewhere; the verb's own "on Friday" after a name it holds is the verb's still
        and (token.dep_ == "npadvmod" or not any(c.i > token.i and not c.is_punct for c in children_of(verb)))
        and ((token.pos_ == "PROPN" and people.at(token) is not None) or _next_in_a_sequence(token, people))
    )


def _after_the_verbs_and(token: Token, verb: Token) -> bool:
    """Whether a word hangs on its verb after an "and, separately," of the verb's, itself after
    the verb's object: "met A and, separately, B" (B); not a day or a place told after the object
    alone ("met A Monday"), nor the next one met "and then", whose own place and day are read
    elsewhere ("met A in Kampala, and then B, who chairs the bloc, in Arusha")."""
    joins = [c.i for c in children_of(verb) if c.dep_ == "cc" and c.i < token.i]
    apart = any(
        w.lower_ in {"separately", "individually"} and joins and joins[0] < w.i < token.i
        for w in (*children_of(verb), *children_of(token))
    )
    return apart and any(c.dep_ == "dobj" and c.i < j for c in children_of(verb) for j in joins)


# words that tell the next of those met in turn: "first A and then B", "A, then B"
NEXT_IN_TURN = frozenset("then later afterwards".split())


def _next_in_a_sequence(token: Token, people: People) -> bool:
    """Whether a description ("the Chinese vice premier", "his Iranian counterpart") is the next
    one met in a sequence ("then", "later") and stands for the one person of the article who holds
    that office; none where the article names no holder or more than one."""
    return (
        token.pos_ == "NOUN"
        and any(c.dep_ == "advmod" and c.lower_ in NEXT_IN_TURN and c.i < token.i for c in children_of(token))
        and people.described(token) is not None
    )


def _the_meeting_at(gathering: Token) -> bool:
    """Whether a gathering is told as the one a meeting is at: "met at the summit", "during the
    summit", "on the sidelines of the summit"."""
    above = gathering.head
    return gathering.dep_ == "pobj" and (
        above.lower_ in {"at", "during"} or (above.lower_ == "of" and above.head.lemma_.lower() in EDGE_NOUNS)
    )


def _on_its_sidelines(verb: Token) -> bool:
    """Whether a verb tells a meeting held on the sidelines of the gathering it is said of: "the
    Russia-Africa summit in St Petersburg, where the two presidents met on the sidelines"."""
    return any(
        c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_.lower() in EDGE_NOUNS for g in children_of(c))
        for c in children_of(verb)
    )


def _margins_hung_above(verb: Token) -> Token | None:
    """The phrase on the sidelines or margins of a gathering that closes a meeting's clause, set
    off by a comma, which the parser hangs on a verb the meeting's clause is part of ("He cited
    the plan drawn up when A and B met in X in July, on the sidelines of the Y summit": "on" hung
    on "cited"): only meetings have sidelines, so the phrase tells where the meeting was held.
    Not a phrase before the meeting's words ("Speaking on the sidelines of Y, A said he had met
    B"), nor one on a verb that is itself of meeting."""
    if verb.dep_ not in {"advcl", "relcl", "acl", "ccomp"}:
        return None
    end = verb.right_edge.i
    doc = verb.doc
    if end + 2 >= len(doc) or doc[end + 1].text != ",":
        return None
    for c in ancestors_of(verb):
        if lemma_of(c) in MEETING_VERBS:
            return None
        prep = next((p for p in children_of(c) if p.i == end + 2 and p.dep_ == "prep"), None)
        if (
            prep is not None
            and prep.lower_ in {"on", "at"}
            and any(g.dep_ == "pobj" and g.lower_ in EDGE_NOUNS for g in children_of(prep))
        ):
            return prep
    return None


def _other_meetings(trigger: Token, clause: set[int]) -> set[int]:
    """The words of a clause of another verb, inside the trigger's, that tells another meeting
    with someone: "The meeting came the day after Lula visited Georgetown for talks with Irfaan
    Ali" (Ali was not at the meeting); not "The talks got under way soon after Putin and Kim had
    visited several facilities" (they were)."""
    sentence = trigger.sent
    trips = {  # "the visit follows trips to Beijing by A and B": the trips' makers (made_by_each)
        t.i
        for word in clause_tokens(sentence, clause)
        if word != trigger and trigger not in subtree_of(word)
        for by in {m.head for m in made_by_each(word)}
        for t in (*subtree_of(word), *subtree_of(by))
    }
    return trips | {
        t.i
        for verb in clause_tokens(sentence, clause)
        if verb.pos_ in {"VERB", "AUX"}
        and verb.dep_ in {"advcl", "relcl", "acl", "ccomp", "conj"}
        and trigger not in subtree_of(verb)
        and any(is_trigger(w) and _with_someone(w) for w in subtree_of(verb))
        for t in subtree_of(verb)
    }


def _counted_from(trigger: Token, clause: set[int]) -> set[int]:
    """The words of a clause, inside the trigger's, that begins with "since" and has a subject of
    its own, or of a phrase "since" takes: the earlier event the news is counted from, whose people
    were not at it ("the first Pakistani minister to visit India since Khar travelled to New Delhi
    in 2011": Khar was not on this visit; "the first leader to visit Syria since the ousting of
    B", "the first president to come since B in 1928"); not a clause of the trigger's own ("since
    they last met")."""
    sentence = trigger.sent
    return {
        t.i
        for word in clause_tokens(sentence, clause)
        if trigger not in subtree_of(word)
        and (
            (
                word.pos_ in {"VERB", "AUX"}
                and any(c.dep_ == "mark" and c.lower_ in SINCE for c in children_of(word))
                and subjects_of(word)
            )
            or (word.dep_ == "prep" and word.lower_ in SINCE)
        )
        for t in subtree_of(word)
    }


def _with_someone(trigger: Token) -> bool:
    """A meeting word with its own party: "talks with Irfaan Ali", "met Maduro"; not "visited
    several facilities"."""
    return any(
        (c.dep_ == "prep" and c.lower_ in {"with", "between"})
        or (c.dep_ == "dobj" and c.ent_type_ == "PERSON")
        for c in children_of(trigger)
    )


def _received_by(trigger: Token) -> bool:
    """A meeting verb in the passive whose agent names its host: "was received by President
    Abdel Fattah al-Sisi", "was welcomed by Ruto" (a party of its own, as "met Maduro" has)."""
    return any(
        c.dep_ == "agent" and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in children_of(c))
        for c in children_of(trigger)
    )


def _judges(trigger: Token, verb: Token) -> set[int]:
    """The words naming who judges a meeting that others held (see
    :func:`extract.participants.judged`): "Kallas criticised Vucic's trip", "Orban's visit was
    condemned by Landsbergis" (a judge, not a party)."""
    if not judged(trigger, verb):
        return set()
    return {t.i for c in children_of(verb) if c.dep_ in {"nsubj", "agent"} for t in subtree_of(c)}


# Verbs by which one makes a statement of one's own: "C wrote on X that ...", "D said".
STATING_VERBS = frozenset(
    "say write post tweet stress note add argue insist claim comment remark declare warn tell".split()
)


def _said_by_another(trigger: Token, sentence: Span, clause: set[int]) -> set[int]:
    """The words of a statement the clause of a meeting holds beside it, made by one with a
    subject of their own: "Orban's trip had no mandate, while the German ambassador, C, wrote on
    X that ..." (C comments on the trip, and was not on it). Not a statement that tells the
    meeting itself ("C said he had met Orban": the meeting is inside it)."""
    return {
        t.i
        for verb in clause_tokens(sentence, clause)
        if verb.lemma_.lower() in STATING_VERBS
        and verb.pos_ == "VERB"
        and verb.dep_ in {"advcl", "conj"}
        and any(c.dep_ == "nsubj" for c in children_of(verb))
        and not any(t.i == trigger.i for t in subtree_of(verb))
        for t in subtree_of(verb)
    }


def _sources(sentence: Span) -> set[int]:
    """The words naming whom a sentence has its news from: "according to his spokesman Ajuri
    Ngelale" (a source, not a party to the meeting)."""
    return {t.i for a in span_tokens(sentence) if a.lower_ == "according" for t in subtree_of(a)}


# Sporting contests that players and teams "meet" in: "will meet Alcaraz in the Wimbledon final".
CONTESTS = frozenset(
    "final finals semifinal semi-final quarterfinal quarter-final match game fixture derby bout "
    "tournament playoff play-off league championship whistle kickoff halftime debate debates".split()
)
# the last word of a contest's name, capitalised: "in the Super Cup", "at the World Cup final"
# (not "over a cup of tea")
CONTESTS_NAMED = frozenset("Cup Cups".split())
# the moments of a match that players meet at: "at the final whistle", "before kickoff"
MOMENTS_OF_PLAY = frozenset("whistle kickoff halftime".split())
# the ground a contest is played on: players meet "at the centre of the pitch", "on the touchline"
FIELDS_OF_PLAY = frozenset("pitch touchline dugout clubhouse racecourse".split())
# the stages of a tournament its teams meet in: "met in the group stage", "in the knockout round"
STAGES_OF_PLAY = frozenset("group knockout qualifying".split())
STAGES = frozenset("stage stages round rounds phase".split())


def _that_conversation(trigger: Token, clause: set[int], sentence: Span) -> bool:
    """A conversation with someone, with no place or setting of its own ("I've just had a
    conversation with Brazil's President Mr. Lula", "he and Lula had a long conversation"), told
    after a call between the same people: that call again."""
    return (
        lemma_of(trigger) == "conversation"
        # not "The conversation is their first since": one "with" someone, or one they "had"
        and (
            any(c.lower_ == "with" for c in children_of(trigger))
            or (trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in {"have", "hold"})
        )
        and not has_venue(trigger)
        and not any(  # "a conversation in Kazan"; not "with Brazil's President"
            t.dep_ == "pobj" and t.head.lower_ in {"in", "at"} and t.ent_type_ in {"GPE", "LOC", "FAC"}
            for t in clause_tokens(sentence, clause)
        )
    )


# verbs of speaking with someone, which tell no sitting of their own
SPEAKING = frozenset("speak talk".split())


def _spoken_with(trigger: Token, clause: set[int], sentence: Span) -> bool:
    """Whether a verb of speaking tells whom its subject spoke with or to and no place or setting
    of its own ("I spoke with President B yesterday", "also spoke on Monday with C"; not "spoke
    with B in Paris", "talked with B at the palace"): where a call of the subject was just told,
    a call too, not talks across a table."""
    return (
        trigger.pos_ == "VERB"
        and lemma_of(trigger) in SPEAKING
        and any(c.dep_ == "prep" and c.lower_ in {"with", "to"} for c in children_of(trigger))
        # a setting of its own: "at the palace", "during the summit", "on the sidelines" (not a day or hour)
        and not any(
            c.dep_ == "prep"
            and c.lower_ in {"at", "during", "on"}
            and not all(g.ent_type_ in {"DATE", "TIME"} for g in children_of(c) if g.dep_ == "pobj")
            for c in children_of(trigger)
        )
        and not any(
            t.dep_ == "pobj" and t.head.lower_ in {"in", "at"} and t.ent_type_ in {"GPE", "LOC", "FAC"}
            for t in clause_tokens(sentence, clause)
        )
    )


def _habitual(trigger: Token) -> bool:
    """Whether a verb of meeting or talking, in the simple present inside a quotation, tells
    what people do, not a meeting: '"Putin speaks to me," Trump said', '"I talk to Xi all the
    time"'; not with a day of its own ('"Today I meet Xi"'), nor in a headline's present."""
    return (
        trigger.pos_ == "VERB"
        and trigger.tag_ in {"VBZ", "VBP"}
        and any(c.dep_ == "nsubj" for c in children_of(trigger))  # not "happy to visit Turkey and meet ..."
        and not any(c.dep_ == "aux" for c in children_of(trigger))
        and not any(t.ent_type_ in {"DATE", "TIME"} for t in subtree_of(trigger))
        and in_quotation(trigger)
    )


def _at_a_gathering(clause: Token) -> bool:
    """A "where" clause on a gathering, which tells a meeting held there: "flew to Rome for the
    Italy-Africa summit, where he met Meloni", not the gathering told again."""
    return clause.head.lemma_.lower() in EVENT_NOUNS and any(
        c.dep_ == "advmod" and c.lower_ == "where" for c in children_of(clause)
    )


def _a_contest(verb: Token, people: People) -> bool:
    """Whether a verb of meeting is said of a sporting contest ("meet ... in the final", "met in
    the 2023 Wimbledon final", "meet at the semi-final stage", a stage of a tournament: "met in
    the group stage", "in the knockout round"; "shook hands with his counterpart at the final
    whistle", "met him after the final whistle", on the ground it is played on: "at the centre of
    the pitch") or of a debate ("will meet in a debate on ABC"), also where the contest
    is what brings them together ("The debate brought together the four candidates"). A match
    told as the time or place of a meeting ("after the match", "before the final", "at the Copa
    America final") is the contest of those who play it, not of officials who watch it: "Modi
    and Albanese met before the match" is a meeting (:func:`_officials_in`)."""
    return any(
        (
            (
                g.dep_ in {"pobj", "compound"}
                and (g.lemma_.lower() in CONTESTS or g.text in CONTESTS_NAMED)
                # not a word of an organisation's name: "at the Arab League summit"; a contest
                # named is one though ("meet Al Ahly in the CAF Champions League")
                and (g.ent_type_ != "ORG" or g.dep_ == "pobj")
                # players meet in a contest, never on its edges: "met on the sidelines of the Copa
                # final" is two spectators' meeting there
                and not _on_its_edges(g, c)
            )
            or (g.dep_ == "pobj" and g.lower_ in FIELDS_OF_PLAY)
            or (
                g.dep_ == "pobj"
                and g.lower_ in STAGES
                and any(c.dep_ in {"compound", "amod"} and c.lower_ in STAGES_OF_PLAY for c in children_of(g))
            )
        )
        and (
            c.lower_ in {"in", "for", "on"}
            or g.lower_ in MOMENTS_OF_PLAY | FIELDS_OF_PLAY
            or not _officials_in(verb, c, people)
        )
        for c in children_of(verb)
        if c.dep_ == "prep" and c.lower_ in {"in", "at", "for", "on", "after", "before"}
        for g in subtree_of(c)
    ) or any(
        c.lemma_.lower() in CONTESTS
        for c in (
            *(c for c in children_of(verb) if c.dep_ == "nsubj"),
            *([verb.head] if verb.dep_ in {"acl", "relcl"} else []),  # "the debate, which brought together"
        )
    )


def _officials_in(verb: Token, prep: Token, people: People) -> bool:
    """Whether a verb's clause, its phrase of time or place ``prep`` left aside, names someone
    who holds an office of state, the gazetteer knowing him or his title telling it, or a
    spouse of one ("Modi and Albanese met before the match", "First Lady A met B at the final"):
    those who watch a match, not those who play it ("De Bruyne met Modric after the match")."""
    kept = {t.i for t in subtree_of(prep)}
    for token in subtree_of(verb):
        if token.i in kept:
            continue
        person = people.at(token)
        if person is not None and (person.known or person.role is not None or person.companion):
            return True
    return False


# the sittings of a court that those in a case meet at: "met the judge at the hearing"
COURT_SITTINGS = frozenset("hearing hearings trial courtroom arraignment sentencing inquest".split())


def _at_a_court_sitting(verb: Token) -> bool:
    """Whether a verb of meeting is said at a court's sitting, the object of its "at", "in" or
    "during" a hearing, a trial or the courtroom, or a court written in lower case ("met Judge A at
    the hearing", "met during the trial", "met in court"): a case heard, no diplomacy. Not a
    meeting told as after or before one ("met his lawyers after the hearing"), nor at a court
    named ("at the International Court of Justice"), nor on the sidelines of a sitting (its
    object is the sidelines)."""
    return any(
        g.dep_ == "pobj" and (g.lemma_.lower() in COURT_SITTINGS or g.text == "court")
        for c in children_of(verb)
        if c.dep_ == "prep" and c.lower_ in {"at", "in", "during"}
        for g in children_of(c)
    )


# a match's result told as a score and its outcome: "a 2-1 win", "a 3–0 home victory", "a 1-1 draw"
MATCH_RESULT = re.compile(
    r"\b\d{1,3} ?[-–] ?\d{1,3}\s+(?:[A-Za-z]+\s+)?"
    r"(?:win|wins|victory|defeat|draw|loss|triumph|thrashing|rout)\b"
)


def _a_result_told(trigger: Token) -> bool:
    """Whether the sentence of a meeting word tells a match's result, a score with its outcome
    ("The sides last met in Lagos, where Ghana sealed a 3-0 win", "scored to give Chile a 2-1
    victory in their qualifying meeting"): news of a fixture, whose sides "meet" on the field.
    Not a score told of a game someone went to watch ("flew on to watch the hosts lose 4-0"), nor a
    vote's tally ("approved 51-49")."""
    return MATCH_RESULT.search(span_text(trigger.sent)) is not None  # cut from the text joined once


def _on_its_edges(word: Token, prep: Token) -> bool:
    """Whether a word of a phrase hangs, below the preposition of its verb, on the edges of what
    it names: "final" of "on the sidelines of the World Cup final", "on the margins of the match"."""
    head = word
    while head.i != prep.i and head.head.i != head.i:
        if head.lower_ in EDGE_NOUNS:
            return True
        head = head.head
    return False


def _to_the_press(trigger: Token) -> bool:
    """Whether words of speaking are said to the press ("told reporters", "spoke to the media",
    "talked at a press conference", "in an interview"), not of talks the press reports ("held
    talks in Ulaanbaatar, the Kremlin press service reported")."""
    heard = [
        c
        for c in children_of(trigger)
        if c.dep_ in {"dobj", "dative"} or (c.dep_ == "prep" and c.lower_ in {"to", "with", "at", "in", "on"})
    ]
    return any(
        t.lower_ in MEDIA_WORDS and not _a_verb_of_its_own(t) for c in heard for t in _without_clauses(c)
    )


def _a_verb_of_its_own(word: Token) -> bool:
    """Whether a media word is the verb of a second aim ("to meet Erdogan and press Sweden's
    case"): the tagger calls it a verb, or the parser, taking it for a name, hangs it on the
    possessive after it or on what that possessive owns. The press that hears is a noun of its
    own or a compound of one ("told the Associated Press", "at a press conference")."""
    if word.pos_ in {"VERB", "AUX"}:
        return True
    head = word.head
    return (
        word.dep_ in {"nmod", "compound"}
        and word.i < head.i
        and (head.dep_ == "poss" or any(c.dep_ == "poss" and c.i > word.i for c in children_of(head)))
    )


def _without_clauses(token: Token) -> Iterator[Token]:
    """A phrase's words but those of a clause that describes it: "with Lavrov" of "with Lavrov,
    who told reporters ..."; nor those of a trailing attribution the parser set in apposition,
    its verb of reporting in the present taken for a plural noun: "met Lavrov" of "met Lavrov, the
    press service reports"."""
    yield token
    for child in children_of(token):
        if child.dep_ in {"relcl", "acl", "ccomp", "advcl"}:
            continue
        if child.dep_ == "appos" and child.lemma_.lower() in REPORTING:
            continue
        yield from _without_clauses(child)


def _setting_of_its_subject(trigger: Token, subject: list[Token]) -> bool:
    """A gathering that tells when or where the clause's subject, a meeting word, was held:
    "The talks took place during the summit", "No meeting between A and B took place at the
    summit"; the subject is the meeting (or none), the summit its setting."""
    return (
        trigger.dep_ == "pobj"
        and lemma_of(trigger) in GATHERINGS
        and trigger.head.lower_ in {"during", "at", "on", "in", "amid"}
        and any(s != trigger and nominal(s) and is_trigger(s) for s in subject)
    )


# verbs of two or more holding a gathering together, who meet at it (the tagger's lemma of
# "co-hosted" is "co-hoste": the word's own start is read)
CO_HOSTING = ("co-host", "co-chair")


def _named_gathering(trigger: Token) -> bool:
    """Whether a meeting word is the last word of a named gathering, attended rather than held
    ("the APEC Economic Leaders' Meeting"), where it tells no one met with whom ("a meeting
    with", "between"); not a format of two countries, which is their meeting ("co-chaired the
    Chile-Peru High-Level Meeting", see :func:`_a_gathering_beside`), nor a leaders' meeting of no
    bloc named that those who hold it hold ("A and B held the annual Leaders' Retreat")."""
    if (
        not trigger.text[:1].isupper()
        or trigger.pos_ not in {"NOUN", "PROPN"}
        or lemma_of(trigger) in GATHERINGS  # a summit its host holds is the guest's meeting with the host
        or trigger.i == trigger.sent.start
    ):
        return False
    if any(c.lower_ in {"with", "between"} for c in children_of(trigger)):
        return False
    if trigger.dep_ == "dobj" and trigger.head.lower_.startswith(CO_HOSTING):
        return False  # "A and B co-hosted the Caribbean-Gulf Ministers' Meeting": A and B met at it
    if _told_held_and_attended(trigger):
        return False  # "The eighth X Leaders' Meeting was held in Chengdu, attended by A, B and C"
    held = _held_by_its_subjects(trigger)
    sentence = trigger.sent
    text = span_text(sentence)
    offset = trigger.idx - sentence.start_char
    return any(  # the name takes in the word, or ends right before it ("APEC Economic Leaders'")
        start < offset
        and (offset + len(trigger.text) == end or not text[end:offset].strip(" '’"))
        and len(occasions.countries_of_format(occasion)) != 2
        and not (held and occasions.generic_alone(occasion.name))
        for start, end, occasion in occasions.find_occasions(text, doc_text(sentence.doc))
    )


def _told_held_and_attended(trigger: Token) -> bool:
    """Whether a named gathering is the subject of its holding, told with who attended or chaired
    it in a participle ("The eighth China-Japan-ROK Leaders' Meeting was held in Chengdu in
    December 2019, attended by A, B and C", "The last trilateral summit took place in Chengdu,
    attended by A, B and C", "was held in Busan, among A, B and C"): the meeting of those named, as
    a summit told so is."""
    holding = trigger.head
    if not took_place(trigger) and (trigger.dep_ != "nsubjpass" or lemma_of(holding) not in HOLDING_VERBS):
        return False
    return any(
        (c.dep_ in {"advcl", "conj"} and c.tag_ == "VBN" and lemma_of(c) in ATTENDED_PARTICIPLES)
        # "The previous Trilateral Foreign Ministers' Meeting was held in Busan, among A, B and C"
        or (c.dep_ == "prep" and c.lower_ == "among" and any(g.ent_type_ == "PERSON" for g in children_of(c)))
        for c in children_of(holding)
    )


# the participles of those who took part in a gathering or chaired it: "attended by", "co-chaired by"
ATTENDED_PARTICIPLES = frozenset("attend chair co-chair host co-host".split())


def _held_by_its_subjects(trigger: Token) -> bool:
    """Whether a meeting word is what its verb's subjects hold: "A and B held the annual Leaders'
    Retreat" (a leaders' meeting of no bloc named, held by them, is their own meeting)."""
    return trigger.dep_ == "dobj" and lemma_of(trigger.head) in {"hold", "have"}


# the words that tell a gathering was held by a link, whose line-up is one call ("took part in
# the virtual summit", "joined the summit by videoconference")
LINKED_WORDS = frozenset(
    "virtual virtually online videoconference video-conference videolink remotely".split()
)
# the words that make a gathering one of a few sides, held among those who attend it
FEW_SIDES = frozenset("bilateral trilateral tripartite quadrilateral".split())
# the words that tell those named are some of many there ("among others", "also present")
SOME_OF_MANY = frozenset("also among including".split())
# the verbs of holding a gathering as its host, whose guests meet the host at it
CONVENING = frozenset("host chair convene organize organise call".split())


def _presence_at_a_gathering(trigger: Token) -> bool:
    """Whether a gathering word ("summit", "conference", "forum") names only where those a clause
    tells were, a gathering of many that each attended (asked where it names two or more; one
    person's trip to attend a summit is their visit): "A and B also attended the summit", "Also
    present at the summit were A and B", "A was among the leaders who attended the forum", "A
    and B took part in the conference", "The summit was also attended by A and B"; being at the
    same gathering is no meeting of those there. Not a gathering told as the meeting of those it
    names: held by a link, one call ("took part in the virtual summit"), of a few sides ("attended
    the trilateral summit", "the China-Japan summit"), held by a host its guests meet ("declined
    to attend a summit hosted by B", "which B hosted"), told as attended together ("had taken
    part together in the summit"), or the line-up of the gathering itself, told as all of it
    ("The summit was attended by A, B and C")."""
    if lemma_of(trigger) not in GATHERINGS:
        return False
    head = trigger.head
    if _seated_at(trigger):
        verb = head  # "A and B were seated side by side at the summit dinner": places at its table
    elif trigger.dep_ == "dobj" and head.lemma_.lower() == "attend":
        verb = head  # "A and B attended the summit", "the leaders who attended the summit"
    elif trigger.dep_ == "nsubjpass" and head.lemma_.lower() == "attend":
        verb = head  # "The summit was also attended by A and B": only told as some of those there
        if not any(c.lower_ in SOME_OF_MANY for c in children_of(verb)):
            return False
    elif trigger.dep_ == "pobj" and head.lower_ in {"at", "in"}:
        verb = head.head  # "present at the summit", "in attendance at", "took part in", "participated in"
        took_part = verb.lemma_.lower() == "take" and any(c.lower_ == "part" for c in children_of(verb))
        if not took_part and verb.lemma_.lower() not in {"present", "attendance", "part", "participate"}:
            return False
    else:
        return False
    sentence = trigger.sent
    if any(t.lower_ in LINKED_WORDS or t.lemma_.lower() in REMOTE_WORDS for t in span_tokens(sentence)):
        return False
    if any(c.lower_ in FEW_SIDES for c in children_of(trigger)):
        return False
    # its host told on it, or on the words that name it ("a summit of Turkic leaders organised by B")
    held = [c for c in subtree_of(trigger) if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in CONVENING]
    if held or any(c.dep_ == "poss" for c in children_of(trigger)):
        return False  # "declined to attend a summit hosted by B", "B's summit": the guest's with its host
    if any(c.lower_ == "together" for c in children_of(verb)):
        return False  # "had taken part together in the summit": told as theirs together
    if _attended_along_with(verb, trigger):
        return False  # "took part in the summit along with A, B and C": its line-up, told together
    text = span_text(sentence)
    return not any(
        len(occasions.countries_of_format(occasion)) in {2, 3}
        for _start, _end, occasion in occasions.find_occasions(text, doc_text(sentence.doc))
    )


# the words that join those who attended with the others there: "along with", "together with",
# "alongside"
ALONG_WORDS = frozenset("along together alongside".split())
# the tagger's sorts of names that name no person
NO_PERSON = frozenset("GPE NORP LOC ORG FAC DATE".split())


def _attended_along_with(verb: Token, gathering: Token) -> bool:
    """Whether attending a gathering is told with the others there, by "along with", "together
    with" or "alongside" on the verb, the gathering or the one who attended: "A took part in the
    summit along with B, C and D", "A, together with B and C, attended the forum", "attended the
    summit alongside B and C": its line-up, told as attended together (not "A and B also attended
    the summit", each one there, nor "along with other leaders", no one named)."""
    subjects = [c for c in children_of(verb) if c.dep_ in {"nsubj", "nsubjpass"}]
    for word in (verb, gathering, *subjects):
        for c in children_of(word):
            if c.dep_ == "prep" and _along_with(c) and _names_someone_after(c):
                return True
    return False


def _along_with(prep: Token) -> bool:
    """Whether a preposition is "alongside", "along with" or "together with" (the parser hangs
    "with" on "along", or "together" on "with")."""
    if prep.lower_ in ALONG_WORDS:
        return True
    return prep.lower_ == "with" and any(c.lower_ in ALONG_WORDS for c in children_of(prep))


def _names_someone_after(along: Token) -> bool:
    """Whether "along with", "together with" or "alongside" names someone after it (a proper name
    the tagger takes for no place, people or body): not "along with other leaders"."""
    return any(t.pos_ == "PROPN" and t.ent_type_ not in NO_PERSON for t in subtree_of(along) if t.i > along.i)


# the verbs of greeting someone, which a speech may do to one in the hall
GREETINGS = frozenset("greet welcome hail salute acknowledge".split())
# what one says to a gathering: a greeting said in it is to one in the audience
SPEECHES = frozenset("speech address remarks statement toast".split())


def _greeted_from_the_floor(verb: Token) -> bool:
    """Whether a verb of greeting is told as said in a speech: "was greeted warmly by A during
    his speech", "In her address, A welcomed B": one named from the podium, not one met (not "A
    welcomed B at the palace", nor "A greeted B before his speech")."""
    if verb.lemma_.lower() not in GREETINGS:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in {"in", "during"} and lemma_of(g) in SPEECHES
        for c in children_of(verb)
        for g in children_of(c)
        if g.dep_ == "pobj"
    )


# the verbs of where one sits or stands at a gathering, beside whom: a place at its table or in
# its photo, not a meeting with the one beside ("sat next to B at the summit dinner")
SEATING_VERBS = frozenset("sit seat stand pose".split())


def _seated_at(gathering: Token) -> bool:
    """Whether a gathering word tells where a clause of sitting or standing is set: "A and B were
    seated side by side at the summit dinner", "A sat next to B at the opening dinner of the
    forum", "A stood beside B at the summit"."""
    token = gathering
    for _ in range(3):  # the gathering, its meal or session ("the dinner of the summit"), "at"
        if token.dep_ == "pobj" and token.head.lower_ == "at":
            return token.head.head.lemma_.lower() in SEATING_VERBS
        if token.dep_ not in {"compound", "pobj"} or token.head.i == token.i:
            return False
        token = token.head if token.dep_ == "compound" else token.head.head
    return False


def _occasion_of_another(trigger: Token) -> bool:
    """A meeting word on whose sidelines or margins another meeting is held: "met Xi on the
    sidelines of the APEC summit" states one meeting, at the summit; so does "suggested they
    meet during (or at) the ASEAN summit". Not a meeting word after another preposition the
    parser hangs on the margins ("met on the sidelines of the conference in talks hosted by C":
    the talks they held there)."""
    if (
        lemma_of(trigger) in GATHERINGS
        and trigger.head.lower_ in {"during", "at"}
        and trigger.dep_ == "pobj"
        and is_trigger(trigger.head.head)
    ):
        return True
    token = trigger
    for _ in range(3):
        if token.head.i == token.i:
            return False
        token = token.head
        if token.lower_ in MARGIN_WORDS:
            return True
        if token.dep_ == "prep" and token.lower_ != "of":
            return False
    return False


# the words of a format that tell the sides of one meeting, not a format of its countries: news
# write "a tripartite summit" for three leaders brought together once, often by one of them
# mediating ("a tripartite summit in Luanda with Tshisekedi and Kagame"), where "a trilateral
# summit" is the gathering of the three countries' format
SIDES_OF_ONE_MEETING = frozenset("tripartite quadripartite".split())


def _own_summit(meeting: Found) -> Occasion | None:
    """A summit the meeting's own leaders hold among three or four countries is its occasion,
    named by them: "met for a trilateral summit" -> "Japan-South Korea-United States trilateral
    summit"; not where the meeting's people come from fewer countries than the summit's ("Before
    the trilateral summit, Trump held separate meetings with A and B": two talks of two, not the
    summit), nor one it is held before or after, nor "a tripartite summit", which tells the
    meeting's sides, not a format's gathering (:data:`SIDES_OF_ONE_MEETING`)."""
    for token in clause_tokens(meeting.sentence, meeting.clause):
        if token.lemma_.lower() == "summit" and not at_another_time(token):
            kind = next((c.lower_ for c in children_of(token) if c.lower_ in MULTILATERAL), None)
            if kind in SIDES_OF_ONE_MEETING:
                return None
            countries = meeting.countries | _members_named_after(token)
            if kind is not None and len(countries) >= MULTILATERAL_SIZES[kind]:
                named = "-".join(sorted(countries))
                return Occasion(name=f"{named} {kind} summit")
    return None


def _the_gathering_told_with(meeting: Found) -> Occasion | None:
    """The gathering the act a "with" clause tells a circumstance of names, where the meeting is
    that clause ("Sydney had been scheduled to host the Quad Leaders' Summit on Wednesday, with
    Albanese hosting Biden, Kishida and Modi": at the Quad summit), as such a clause takes that
    act's day and place."""
    words = _words_of_the_act_told_with(meeting.verb)
    return clause_occasion(meeting.sentence, words, meeting.trigger) if words else None


def _the_place_told_with(meeting: Found) -> Place | None:
    """The place the act a "with" clause tells a circumstance of names, where the meeting is that
    clause ("Sydney had been scheduled to host the Quad Leaders' Summit, with Albanese hosting
    Biden": in Sydney)."""
    words = _words_of_the_act_told_with(meeting.verb)
    return clause_place(meeting.sentence, words) if words else None


def _words_of_the_act_told_with(verb: Token) -> set[int]:
    """The words of the act a participle's "with" clause with a subject of its own is told with,
    and of the verbs it completes ("had been scheduled to host the summit on Wednesday, with A
    hosting B"), without those of the "with" clause; none for another verb."""
    word = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or word.lower_ != "with" or word.dep_ != "prep":
        return set()
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in children_of(verb)):
        return set()
    act, words = word.head, set()
    while True:
        words |= own_clause(act)
        if act.dep_ != "xcomp" or act.head.i == act.i:
            break
        act = act.head  # "had been scheduled to host ...": the hosting's words, and the plan's
    return words - {t.i for t in subtree_of(word)}


def _the_members_summit(meeting: Found) -> Occasion | None:
    """The summit the meeting's clause tells as that of a body or of the countries whose leaders
    it names (:func:`the_members_gathering`): "met the leaders of the Visegrad Group at a summit
    of the four-nation bloc" is at the Visegrad Group summit."""
    return next(
        filter(None, (the_members_gathering(t) for t in clause_tokens(meeting.sentence, meeting.clause))),
        None,
    )


# the words that name a gathering's other members after it: "a trilateral summit involving South
# Korea", "with Japan", "including Canada and Mexico", "among India, Brazil and South Africa"
MEMBER_WORDS = frozenset("involve include with among between".split())


def _members_named_after(summit: Token) -> set[str]:
    """The countries a summit word names as its members after it ("a trilateral summit involving
    South Korea", "a three-way summit with Japan and the US"), so that a meeting of two of them on
    its fringes is held at the summit of three; not the place it is held in ("a trilateral summit in
    South Korea": its host need not be one of them)."""
    named: set[str] = set()
    for word in children_of(summit):
        if word.lemma_.lower() not in MEMBER_WORDS or word.dep_ not in {"acl", "prep"}:
            continue
        for head in children_of(word):
            if head.dep_ not in {"dobj", "pobj"}:
                continue
            for member in [head, *head.conjuncts]:
                start = member.i
                while (
                    start > 0
                    and member.doc[start - 1].dep_ == "compound"
                    and member.doc[start - 1].head.i == member.i
                ):
                    start -= 1
                if country := places.country_name(member.doc[start : member.i + 1].text):
                    named.add(country)
    return named


def _the_blocs_own(meeting: Found) -> Occasion | None:
    """The gathering of a bloc of a fixed number of members whose leaders or ministers, counted
    all, are told meeting by the bloc's name: "The Quad leaders had been due to meet in Sydney"
    (the four of them) is a Quad summit; not where they are fewer than its members."""
    above = {meeting.trigger.i, *(a.i for a in ancestors_of(meeting.trigger))}
    for token in span_tokens(meeting.sentence):
        if token.dep_ not in {"nsubj", "nsubjpass"} or token.tag_ != "NNS" or token.head.i not in above:
            continue
        bloc = bloc_named_on(token)
        if bloc is not None and len(meeting.people) == bloc[2]:
            return occasions.bloc_gathering(bloc[1], of_leaders=token.lemma_.lower() == "leader")
    return None


def _a_gathering_beside(meeting: Found, occasion: Occasion | None) -> Occasion | None:
    """A meeting's occasion, unless it is the meeting itself: a format of two countries named by
    them, held by people of those countries ("held the 15th India-Japan Annual Summit", "met for
    the Malaysia-Singapore Leaders' Retreat") is their bilateral meeting, no gathering it is held
    at; a format of three or more is ("a bilateral on the margins of the trilateral summit"). Nor
    is a gathering always held in one city that of a meeting held in another."""
    if occasion is None:
        return None
    if (
        meeting.trigger is not None
        and occasions.generic_alone(occasion.name)
        and occasion.name.endswith(meeting.trigger.text)
        and _held_by_its_subjects(meeting.trigger)
    ):
        return None  # "A and B held the annual Leaders' Retreat": the retreat is their meeting
    format_of = occasions.countries_of_format(occasion)
    countries = meeting.countries
    if len(format_of) == 2 and countries and countries <= format_of:
        return None
    venue = occasion_city(occasion)
    if places.in_other_cities(venue, meeting.place):
        return None  # "received B at the White House, a day after B addressed the UN General Assembly"
    return occasion


def _record(found: Found, doc_id: str) -> Meeting:
    sentence = found.sentence
    countries: list[str] = []
    host = [found.place.country] if found.kind == "visit" and found.place else []
    for country in [p.country for p in found.people] + found.delegations + host:
        if country and country not in countries:
            countries.append(country)
    evidence = tuple(_evidence(s, doc_id) for s in [sentence, *found.more])
    return Meeting(
        doc=doc_id,
        participants=tuple(p.record() for p in found.people),
        countries=tuple(countries),
        # a call is held nowhere: "held a video call with Putin on Tuesday afternoon in Beijing"
        # tells where one side sat, "a summit convened from State House in Harare, attended
        # online" where its chair did
        place=None
        if found.kind in REMOTE_KINDS
        else in_its_territory(spelled_in(in_its_city_state(found.place), _told_in(found)), _told_in(found)),
        occasion=_a_gathering_beside(found, found.occasion),
        date=found.when,
        kind=found.kind,
        evidence=evidence,
        background=told_since(found) or is_background(_without_others_since(found)),
        another=found.separate or told_as_another(found.verb, found.trigger),
        arrival=found.on_arrival,
        bilateral=told_as_bilateral(found.trigger) or _on_the_sidelines(found),
    )


def _on_the_sidelines(found: Found) -> bool:
    """Whether a meeting of two is told on the sidelines or margins of a gathering it names ("met
    B on the sidelines of the summit", "talks on the margins of the forum"): a meeting of its own
    two sides beside the gathering, not the gathering itself."""
    if found.occasion is None or len(found.people) != 2:
        return False
    for i in found.clause:
        word = found.sentence.doc[i]
        if word.lower_ in EDGE_NOUNS and any(c.lower_ == "of" for c in children_of(word)):
            return True
    return False


def _told_in(found: Found) -> Iterator[str]:
    """The texts a meeting's place is spelled by: its sentences, then its whole article."""
    for sentence in [found.sentence, *found.more]:
        yield span_text(sentence)
    yield doc_text(found.sentence.doc)


def _without_others_since(found: Found) -> str:
    """A meeting's sentence without the clauses that tell what came before it, of other meetings
    ("sat down ..., their first encounter since they last met in Bali": the news, whose sentence
    tells its background only in that clause), and without the clauses hung on another word that
    tell another story, whose past is not the meeting's ("met in the Oval Office, where Biden
    opened by recalling that he had fought for ...", "met Li, who had previously visited Rome")."""
    sentence = found.sentence
    cut = [
        (verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge))
        for verb in span_tokens(sentence)
        if (
            any(c.dep_ == "mark" and c.lower_ == "since" for c in children_of(verb))
            or (verb.dep_ in OTHER_STORY_CLAUSES and verb.pos_ in {"VERB", "AUX"})
        )
        and not verb.left_edge.i <= found.trigger.i <= verb.right_edge.i
        and not verb.left_edge.i <= found.verb.i <= verb.right_edge.i
    ]
    text = doc_text(sentence.doc)
    kept, at = [], sentence.start_char
    for start, end in sorted(cut):
        if start >= at:
            kept.append(text[at:start])
            at = end
    return "".join([*kept, text[at : sentence.end_char]])


# clauses hung on a noun or another clause, which may tell a past of their own: "where ...",
# "who had ...", "by recalling that ..."
OTHER_STORY_CLAUSES = frozenset("relcl advcl pcomp acl".split())


def _evidence(sentence: Span, doc_id: str) -> Evidence:
    told = span_text(sentence)
    text = told.strip()
    start = sentence.start_char + (len(told) - len(told.lstrip()))
    return Evidence(doc=doc_id, text=text, start=start, end=start + len(text))


def _days_at_a_distance(trigger: Token) -> bool:
    """Whether a meeting word is what came a day or days before or after the clause's event ("a
    day after his talks with B", "less than a day after", "two days before"): held elsewhere, as
    a rule, its place its own words' (a week or more away, a later pass may still give it the
    clause's day, and so its place stays the clause's: "a week after their talks in Paris")."""
    return (
        _at_a_distance(trigger)
        and (stretch := stretch_before(trigger.head)) is not None
        and stretch.lemma_ == "day"
    )


def _at_a_distance(trigger: Token) -> bool:
    """Whether a meeting word is what came a stretch of time before or after the news ("comes a
    month after his visit to Seoul", "two weeks before their talks"): a time of its own, never the
    clause's."""
    return (
        trigger.dep_ == "pobj"
        and trigger.head.lower_ in AFTER_OR_BEFORE
        and stretch_before(trigger.head) is not None
    )
