"""A small linked analysis for the report tests, including an article that carries markup."""
from __future__ import annotations

from tawatur.link import Linker
from tawatur.model import Actor, Analysis, Article, Event, EventDate, Evidence, Place, Sentence, Source

HOMS = Place(name="حمص", name_en="Homs", lat=34.73, lon=36.71, kind="city", gazetteer_id="g-homs",
             admin1="Homs")
DARAA = Place(name="درعا", name_en="Daraa", lat=32.62, lon=36.10, kind="city", gazetteer_id="g-daraa",
              admin1="Daraa")
XSS = "<script>alert(1)</script> <img src=x onerror=alert(1)>"


def _article(aid: str, outlet: str, text: str, specs: list[tuple], published: str = "2024-12-06") -> Article:
    art = Article(id=aid, outlet=outlet, published=published, text=text, raw=text, title=f"{outlet}: {XSS}")
    art.sentences = [Sentence(index=0, start=0, end=len(text), text=text)]
    for i, (type_, place, polarity, side, source, needle, quantity) in enumerate(specs):
        start = text.index(needle)
        art.events.append(Event(
            id=f"{aid}-e{i}", article=aid, type=type_, polarity=polarity, place=place,
            actor=Actor(name="الفصائل", name_en="opposition factions", side=side),
            source=Source(name=source, name_en=source, chain=[source]),
            date=EventDate(value=published), quantity=quantity,
            evidence=Evidence(needle, start, start + len(needle)), rule="test"))
    return art


def sample_analysis() -> Analysis:
    t1 = f"قالت مصادر محلية إن الفصائل المسلحة سيطرت على مدينة درعا بعد اتفاق مع الوجهاء {XSS} وسقط نحو 50 قتيلا في حمص."
    t2 = "أكدت رويترز أن الفصائل سيطرت على درعا بعد معارك عنيفة، وأن قوات الحكومة انسحبت من حمص."
    t3 = "=HYPERLINK(\"http://x\") نفت وزارة الدفاع انسحاب وحداتها من حمص، وقالت إن 12 قتيلا سقطوا في حمص."
    arts = [
        _article("a1", "Outlet One", t1, [
            ("take_control", DARAA, "asserted", "opposition", "local sources", "سيطرت على مدينة درعا", None),
            ("casualties", HOMS, "asserted", "unknown", "local sources", "نحو 50 قتيلا", "نحو 50")]),
        _article("a2", "=Outlet Two", t2, [
            ("take_control", DARAA, "asserted", "opposition", "Reuters", "سيطرت على درعا", None),
            ("withdraw", HOMS, "asserted", "government", "Reuters", "انسحبت من حمص", None)]),
        _article("a3", "Outlet Three", t3, [
            ("withdraw", HOMS, "denied", "government", "Ministry of Defence", "انسحاب وحداتها من حمص", None),
            ("casualties", HOMS, "asserted", "unknown", "Ministry of Defence", "12 قتيلا", "12")]),
    ]
    linker = Linker()
    linker.add(arts)
    analysis = linker.analysis()
    analysis.errors = [{"input": "broken.html", "reason": "not UTF-8"}]
    return analysis
