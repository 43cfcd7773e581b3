"""The network page, opened in a real headless Chromium (Debian's ``chromium``)."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from builders import day
from typer.testing import CliRunner

from extract.records import DateSpan, Document, Evidence, Extraction, Meeting, MeetingKind, Person, Place
from graph import browser
from graph.browser import BrowserError, chromium, dump_dom, screenshot
from graph.cli import app
from graph.merge import merge_meetings
from graph.store import KnowledgeBase
from graph.views import people_graph
from graph.webpage import latest, page_data, render_page, write_page

runner = CliRunner()
RIO = "Wang Yi met Sergey Lavrov in Rio de Janeiro on Monday."


def said(doc: str, text: str) -> tuple[Evidence, ...]:
    return (Evidence(doc=doc, text=text, start=0, end=len(text)),)


def met(
    doc: str,
    when: DateSpan,
    *people: Person,
    kind: MeetingKind = "in_person",
    text: str = "",
    place: Place | None = None,
) -> Extraction:
    """One document's report of a meeting, with its sentence, title and URL."""
    sentence = text or f"{' and '.join(p.name for p in people)} talked."
    meeting = Meeting(
        doc=doc, participants=people, date=when, kind=kind, place=place, evidence=said(doc, sentence)
    )
    document = Document(id=doc, title=f"Report {doc}", url=f"https://news.example/{doc}", outlet="Example")
    return Extraction(document=document, people=people, meetings=(meeting,))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Four who met (Wang and Lavrov in 2024, Xi and Putin by phone in 2023) and a plan of
    Wang's with Blinken."""
    wang, lavrov = Person(name="Wang Yi", country="China"), Person(name="Sergey Lavrov", country="Russia")
    xi, putin = Person(name="Xi Jinping", country="China"), Person(name="Vladimir Putin", country="Russia")
    blinken = Person(name="Antony Blinken", country="United States")
    rio = met("rio", day("2024-11-18"), wang, lavrov, text=RIO, place=Place(city="Rio de Janeiro"))
    path = tmp_path / "kb.db"
    with KnowledgeBase.open(path, create=True) as kb:
        kb.add(
            [
                rio,
                met("call", day("2023-03-21"), xi, putin, kind="phone"),
                met("plan", day("2024-12-10"), wang, blinken, kind="planned"),
            ]
        )
    return path


@pytest.fixture
def browser_path() -> str:
    """Chromium, or a failure that says how to install it: the browser tests never skip."""
    try:
        return chromium()
    except BrowserError as e:
        pytest.fail(str(e))


def shown(dom: str) -> dict[str, str]:
    """The data attributes the page writes on ``<body>``."""
    tag = re.search(r"<body[^>]*>", dom)
    assert tag, dom[:500]
    return dict(re.findall(r'data-([a-z-]+)="([^"]*)"', tag.group(0)))


def export_page(db: Path, file: Path, *filters: str) -> str:
    result = runner.invoke(app, ["export", str(file), *filters, "--db", str(db)])
    assert result.exit_code == 0, result.output
    return result.output


def test_export_html_writes_one_self_contained_page(db: Path, tmp_path: Path) -> None:
    output = export_page(db, tmp_path / "network.html")
    assert "wrote the network page (5 people, 3 meetings, 2 of them met)" in output
    page = (tmp_path / "network.html").read_text(encoding="utf-8")
    assert "vis-network" in page and RIO in page
    assert not re.search(r"<(script|img|iframe)[^>]+src=|<link|sourceMappingURL|@import", page)


def test_meeting_filters_choose_what_goes_in(db: Path, tmp_path: Path) -> None:
    assert "(3 people, 2 meetings" in export_page(db, tmp_path / "n.html", "--since", "2024")
    assert "(2 people, 1 meeting," in export_page(db, tmp_path / "n.html", "--person", "Putin")


def test_page_data_escapes_what_would_end_its_script() -> None:
    text = "</script><script>alert(1)</script>"
    meeting = met("x", day("2024-01-01"), Person(name="A B"), Person(name="C D"), text=text)
    page = render_page(page_data(merge_meetings([meeting])))
    assert text not in page and "\\u003c/script>" in page


def test_page_draws_every_person_who_met(db: Path, tmp_path: Path, browser_path: str) -> None:
    with KnowledgeBase.open(db) as kb:
        meetings = kb.meetings()
        summary = write_page(meetings, tmp_path / "network.html", kb.documents())
    state = shown(dump_dom((tmp_path / "network.html").as_uri()))
    assert int(state["people"]) == summary.people == 5
    assert state["stable"] == "1"
    assert int(state["drawn-nodes"]) == int(state["nodes-shown"]) == people_graph(meetings).number_of_nodes()
    assert int(state["edges-shown"]) == people_graph(meetings).number_of_edges() == 2


def test_time_range_and_plans_switch_change_the_visible_edges(
    db: Path, tmp_path: Path, browser_path: str
) -> None:
    export_page(db, tmp_path / "network.html")
    url = (tmp_path / "network.html").as_uri()
    assert shown(dump_dom(url))["edges-shown"] == "2"
    in_2024 = shown(dump_dom(url + "#from=2024-01-01&to=2024-12-31"))
    assert (in_2024["edges-shown"], in_2024["meetings-shown"]) == ("1", "1")
    assert shown(dump_dom(url + "#from=2024-01-01&plans=1"))["edges-shown"] == "2"


def test_selecting_a_person_lists_their_meetings_with_evidence_and_source(
    db: Path, tmp_path: Path, browser_path: str
) -> None:
    export_page(db, tmp_path / "network.html")
    url = (tmp_path / "network.html").as_uri() + "#select=lavrov"
    dom = dump_dom(url)
    state = shown(dom)
    assert (state["selected"], state["panel-meetings"]) == ("Sergey Lavrov", "1")
    panel = dom[dom.index('<aside id="panel"') : dom.index("</aside>")]
    assert RIO in panel and 'href="https://news.example/rio"' in panel and "2024-11-18" in panel
    pair = shown(dump_dom((tmp_path / "network.html").as_uri() + "#select=Wang Yi|Blinken&plans=1"))
    assert (pair["selected"], pair["panel-meetings"]) == ("Antony Blinken – Wang Yi", "1")
    png = screenshot(url, tmp_path / "network.png")
    assert png.read_bytes().startswith(b"\x89PNG")


def test_missing_chromium_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CHROMIUM", raising=False)
    monkeypatch.setenv("PATH", "")
    with pytest.raises(BrowserError, match="apt-get install chromium"):
        browser.chromium()


def test_page_colours_people_by_country_with_a_legend() -> None:
    china = [Person(name=n, country="China") for n in ("Wang Yi", "Xi Jinping")]
    data = page_data(merge_meetings([met("x", DateSpan(start=date(2024, 1, 1)), *china, Person(name="A B"))]))
    colours = {p["name"]: p["color"] for p in data["people"]}
    assert colours["Wang Yi"] == colours["Xi Jinping"] != colours["A B"]
    assert [name for name, _ in data["legend"]] == ["China", "country unknown"]


def test_page_of_light_rows_and_stored_evidence_is_that_of_the_meetings(db: Path) -> None:
    with KnowledgeBase.open(db) as kb:
        whole = page_data(kb.meetings(), kb.documents(), include_plans=True)
        light = page_data(kb.meeting_rows(), kb.document_rows(), include_plans=True, evidence=kb.evidence())
    assert light == whole
    sources = [s for m in whole["meetings"] for s in m["sources"]]
    assert sources and all(s["sentences"] and s["title"] for s in sources)


CALL = "Xi Jinping and Vladimir Putin talked."


def page_of(file: Path) -> dict[str, Any]:
    """The data a written page draws (what :func:`page_data` gave it)."""
    page = file.read_text(encoding="utf-8")
    payload = re.search(r'<script type="application/json" id="dipgraph-data">(.*?)</script>', page, re.S)
    assert payload, page[:300]
    data: dict[str, Any] = json.loads(payload.group(1))
    return data


def test_a_page_of_more_meetings_than_it_holds_keeps_those_that_began_last(db: Path, tmp_path: Path) -> None:
    output = export_page(db, tmp_path / "n.html", "--page-meetings", "2")
    assert "the 2 meetings that began last of 3" in output and "--page-meetings 0" in output
    data = page_of(tmp_path / "n.html")
    assert [m["start"] for m in data["meetings"]] == ["2024-11-18", "2024-12-10"]
    assert data["window"]["held"] == 3
    note = data["window"]["note"]
    assert "2 meetings that began last (from 2024-11-18 on) of the 3 chosen" in note
    assert f"dipgraph export {tmp_path / 'n.html'} --until 2024-11-18" in note
    page = (tmp_path / "n.html").read_text(encoding="utf-8")
    assert RIO in page and CALL not in page


def test_a_window_carries_the_totals_of_every_meeting_of_its_people_and_pairs(
    db: Path, tmp_path: Path
) -> None:
    export_page(db, tmp_path / "n.html", "--page-meetings", "1")
    data = page_of(tmp_path / "n.html")
    assert [[data["people"][i]["name"] for i in m["p"]] for m in data["meetings"]] == [
        ["Wang Yi", "Antony Blinken"]
    ]
    totals = {p["name"]: p["total"] for p in data["people"]}
    assert totals == {"Antony Blinken": [0, 1, 0], "Wang Yi": [1, 1, 0]}  # Wang met Lavrov too, off the page
    assert list(data["pairs"].values()) == [[0, 1, "2024-12-10", "2024-12-10"]]


def test_a_filtered_window_says_how_to_see_the_others_with_the_same_filters(db: Path, tmp_path: Path) -> None:
    output = export_page(db, tmp_path / "n.html", "--person", "Wang Yi", "--page-meetings", "1")
    assert "the 1 meeting that began last of 2" in output
    note = page_of(tmp_path / "n.html")["window"]["note"]
    assert "--person 'Wang Yi' --until 2024-12-10" in note


def test_the_window_read_from_the_knowledge_base_is_the_window_of_the_meetings_filtered(
    db: Path, tmp_path: Path
) -> None:
    export_page(db, tmp_path / "all.html", "--page-meetings", "2")
    export_page(db, tmp_path / "since.html", "--since", "2000", "--page-meetings", "2")
    whole, filtered = page_of(tmp_path / "all.html"), page_of(tmp_path / "since.html")
    assert whole["meetings"] == filtered["meetings"] and whole["pairs"] == filtered["pairs"]
    assert whole["window"]["held"] == filtered["window"]["held"] == 3


def test_a_page_that_holds_every_meeting_is_the_same_with_no_limit(db: Path, tmp_path: Path) -> None:
    assert "(5 people, 3 meetings, 2 of them met)" in export_page(db, tmp_path / "a.html")
    export_page(db, tmp_path / "b.html", "--page-meetings", "0")
    export_page(db, tmp_path / "c.html", "--page-meetings", "3")
    page = (tmp_path / "a.html").read_bytes()
    assert page == (tmp_path / "b.html").read_bytes() == (tmp_path / "c.html").read_bytes()
    assert "window" not in page_of(tmp_path / "a.html")


def test_latest_keeps_the_meetings_that_began_last_in_their_order(db: Path) -> None:
    with KnowledgeBase.open(db) as kb:
        rows = kb.meeting_rows()
        assert [m.id for m in latest(rows, 2)] == [m.id for m in kb.latest_meeting_rows(2)]
        assert [m.id for m in latest(rows, 5)] == [m.id for m in rows]


def test_a_window_page_says_what_it_holds_and_shows_the_totals_of_a_pair(
    db: Path, tmp_path: Path, browser_path: str
) -> None:
    export_page(db, tmp_path / "network.html", "--page-meetings", "2")
    url = (tmp_path / "network.html").as_uri()
    dom = dump_dom(url + "#select=Wang Yi&plans=1")
    state = shown(dom)
    assert (state["held-meetings"], state["meetings-shown"]) == ("3", "2")
    assert (state["selected"], state["panel-meetings"], state["panel-total"]) == ("Wang Yi", "2", "2")
    notice = dom[dom.index('<p id="notice"') : dom.index("</p>", dom.index('<p id="notice"'))]
    assert "hidden" not in notice.split(">")[0] and "began last" in notice
    pair = shown(dump_dom(url + "#select=Wang Yi|Lavrov"))
    assert (pair["selected"], pair["panel-total"]) == ("Sergey Lavrov – Wang Yi", "1")
    assert pair["held-meetings"] == "3"


def test_a_page_of_every_meeting_says_nothing_of_a_window(
    db: Path, tmp_path: Path, browser_path: str
) -> None:
    export_page(db, tmp_path / "network.html")
    state = shown(dump_dom((tmp_path / "network.html").as_uri() + "#select=Wang Yi"))
    assert "held-meetings" not in state and "panel-total" not in state and state["panel-meetings"] == "1"
