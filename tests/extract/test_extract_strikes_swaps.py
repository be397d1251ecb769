"""Kidnappings and prisoner swaps (issue 12). A swap frees prisoners at the place where it is done: `other`,
like prisoners freed (eval/GUIDELINES.md, types), by the first-named party. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str = "2019-02-12"):
    return analyze(Article(id="sw", raw=text, published=published)).events


def test_a_prisoner_swap_is_an_event_where_it_is_done():
    evs = events_of("وجرت عملية تبادل أسرى بين الفصائل والقوات الحكومية قرب بلدة قلعة المضيق.")
    assert {(e.type, e.place.name) for e in evs} == {("other", "قلعة المضيق")}
    evs = events_of("ونفذ الطرفان صفقة تبادل للمعتقلين في مدينة الباب.")
    assert {(e.type, e.place.name) for e in evs} == {("other", "الباب")}


def test_an_exchange_of_accusations_or_fire_is_no_swap():
    evs = events_of("وتبادل الطرفان القصف المدفعي في محيط بلدة قلعة المضيق.")
    assert "other" not in {e.type for e in evs}


def test_a_member_named_by_rank_in_a_group_fell_and_did_not_strike():
    """"قتل قيادي في فصيل X بانفجار عبوة": X is whose member fell, never the bomber."""
    evs = events_of("قتل قيادي في هيئة تحرير الشام بانفجار عبوة ناسفة في مدينة سرمدا.", "2022-02-01")
    assert "opposition" not in {e.actor.side for e in evs}
    assert {e.type for e in evs} == {"attack", "casualties"}


def test_border_guards_police_and_intelligence_take_their_nationality():
    """"حرس الحدود التركي"، "الجندرما التركية"، "المخابرات التركية": a security head with a nationality
    adjective is that state's (as القوات التركية); alone it names no side."""
    evs = events_of("وأطلق حرس الحدود التركي النار على مهاجرين قرب بلدة خربة الجوز.", "2021-03-01")
    assert {e.actor.side for e in evs if e.type == "attack"} == {"turkey"}
    evs = events_of("واعتقلت الاستخبارات التركية شابين في مدينة عفرين.", "2021-03-01")
    assert {e.actor.side for e in evs if e.type == "other"} == {"turkey"}


def test_liquidating_a_person_is_a_killing_by_its_agent():
    """"قام مسلحون بتصفية قيادي في X": a toll; "تصفية الحسابات" (settling scores) kills no one."""
    evs = events_of("وأقدم مسلحون مجهولون على تصفية قيادي سابق في مدينة طفس.", "2022-05-01")
    assert ("casualties", "طفس") in {(e.type, e.place.name) for e in evs}
    evs = events_of("ودعا وجهاء مدينة طفس إلى وقف تصفية الحسابات بين العائلات.", "2022-05-01")
    assert "casualties" not in {e.type for e in evs}
    evs = events_of("وتشهد مدينة طفس عمليات تصفية حسابات بين عناصر سابقين في الفصائل.", "2022-05-01")
    assert "casualties" not in {e.type for e in evs}
