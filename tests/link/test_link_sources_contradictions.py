"""Independent chains, quantity/manner contradictions, control timeline, stories and summaries."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from tawatur.link import Linker
from tawatur.link.quantities import parse_quantity

_spec = importlib.util.spec_from_file_location("linkfactory", Path(__file__).with_name("linkfactory.py"))
lf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(lf)
event, article = lf.event, lf.article


def _link(arts):
    lk = Linker()
    lk.add(arts)
    return lk.analysis()


def test_outlets_quoting_one_agency_are_one_chain():
    arts = [article(f"a{i}", f"outlet{i}", [event(f"e{i}", f"a{i}", "take_control", "daraa",
                                                  source="SANA", chain=["SANA", "military source"])])
            for i in range(3)]
    me = _link(arts).merged_events[0]
    assert me.n_outlets == 3 and me.n_chains == 1 and me.status == "single-source"


def test_unattributed_reports_count_as_their_outlets():
    arts = [article("a", "Al Jazeera", [event("e1", "a", "take_control", "daraa")]),
            article("b", "Enab Baladi", [event("e2", "b", "take_control", "daraa", source="local sources")]),
            article("c", "Reuters", [event("e3", "c", "take_control", "daraa")]),
            article("d", "Asharq", [event("e4", "d", "take_control", "daraa", source="Reuters",
                                          chain=["Reuters"])])]
    me = _link(arts).merged_events[0]
    assert me.n_outlets == 4
    assert me.n_chains == 3  # Reuters printed by itself and quoted by Asharq is one chain
    assert me.status == "corroborated"


def test_quantity_contradiction_hedged_number_vs_exact():
    a = article("a", "o1", [event("e1", "a", "take_control", "daraa_gov", quantity="نحو 50 قرية")])
    b = article("b", "o2", [event("e2", "b", "take_control", "daraa_gov", quantity="42 قرية")])
    c = article("c", "o3", [event("e3", "c", "take_control", "daraa_gov", quantity="قرابة 48")])
    cons = _link([a, b, c]).contradictions
    assert [x.kind for x in cons] == ["quantity"]
    values = sorted(s["value"] for s in cons[0].sides)
    assert values == ["42 قرية", "نحو 50 قرية / قرابة 48"]


def test_vague_word_vs_number():
    assert parse_quantity("عشرات القتلى") == (20.0, 99.0)
    assert parse_quantity("أكثر من 30")[0] == 30.0
    a = article("a", "o1", [event("e1", "a", "casualties", "homs", quantity="200")])
    b = article("b", "o2", [event("e2", "b", "casualties", "homs", quantity="عشرات")])
    assert [x.kind for x in _link([a, b]).contradictions] == ["quantity"]
    c = article("c", "o3", [event("e3", "c", "casualties", "homs", quantity="50")])
    d = article("d", "o4", [event("e4", "d", "casualties", "homs", quantity="عشرات")])
    assert _link([c, d]).contradictions == []


def test_manner_contradiction_from_evidence_sentence():
    t1 = "سيطرت الفصائل على مدينة درعا بعد اتفاق مع وجهاء المدينة."
    t2 = "سيطرت الفصائل على مدينة درعا إثر معارك عنيفة مع قوات الحكومة."
    a = article("a", "o1", [event("e1", "a", "take_control", "daraa", evidence=(t1, 0, len(t1)))], text=t1)
    b = article("b", "o2", [event("e2", "b", "take_control", "daraa", evidence=(t2, 0, len(t2)))], text=t2)
    cons = _link([a, b]).contradictions
    assert [c.kind for c in cons] == ["manner"]
    assert {s["value"] for s in cons[0].sides} == {"agreement", "force"}
    assert all(s["evidence"] and s["outlets"] for s in cons[0].sides)


def test_control_timeline_enter_then_take_then_withdraw():
    a = article("a", "o1", [event("e1", "a", "enter", "homs", day="2024-12-06")])
    b = article("b", "o2", [event("e2", "b", "take_control", "homs", day="2024-12-07")],
                published="2024-12-07")
    c = article("c", "o3", [event("e3", "c", "withdraw", "homs", side="opposition", day="2024-12-20")],
                published="2024-12-20")
    states = _link([a, b, c]).control
    # a withdrawal leaves the holder unknown (nobody is said to claim it: not contested)
    assert [(s.holder, s.since, s.until, s.contested, s.current) for s in states] == [
        ("opposition", "2024-12-06", "2024-12-20", False, False), ("unknown", "2024-12-20", None, False, True)]
    assert states[0].according_to == ["o1", "o2"]


def test_stories_group_rewrites_and_separate_unrelated():
    t1 = ("أعلنت فصائل المعارضة السورية السيطرة على مدينة درعا جنوبي البلاد بعد انسحاب قوات الحكومة "
          "منها، وقالت إن مقاتليها دخلوا مبنى المحافظة")
    t2 = ("قالت فصائل المعارضة السورية إنها سيطرت على مدينة درعا في جنوب البلاد إثر انسحاب قوات الحكومة، "
          "وإن مقاتليها دخلوا مبنى المحافظة")
    t3 = "ارتفعت أسعار الخبز في الأسواق المحلية مع نقص الطحين وتراجع قيمة العملة"
    arts = [article("a", "o1", [event("e1", "a", "take_control", "daraa")], text=t1),
            article("b", "o2", [event("e2", "b", "take_control", "daraa")], text=t2),
            article("c", "o3", [event("e3", "c", "take_control", "daraa")], text=t3)]
    stories = _link(arts).stories
    assert sorted(sorted(s.articles) for s in stories) == [["a", "b"], ["c"]]


def test_summary_is_extractive_and_attributed():
    t1 = "قالت مصادر محلية إن الفصائل المسلحة سيطرت على مدينة درعا."
    t2 = "أكدت وكالة رويترز سيطرة الفصائل على درعا."
    a = article("a", "o1", [event("e1", "a", "take_control", "daraa", evidence=(t1, 0, len(t1)))], text=t1)
    b = article("b", "o2", [event("e2", "b", "take_control", "daraa", source="Reuters", chain=["Reuters"],
                                  evidence=(t2, 0, len(t2)))], text=t2)
    an = _link([a, b])
    story = an.stories[0]
    assert len(an.stories) == 1
    item = story.summary_ar[0]
    assert item["text"] in (t1, t2) and item["outlets"] == ["o1", "o2"]
    assert story.digest_en[0]["place_en"] == "Daraa" and story.digest_en[0]["type"] == "take_control"


def test_summary_quotes_a_sentence_once_for_two_events():
    t = "سيطرت الفصائل على مدينة درعا وعلى بلدة الرستن بعد معارك."
    a = article("a", "o1", [event("e1", "a", "take_control", "daraa", evidence=(t, 0, 20)),
                            event("e2", "a", "take_control", "rastan", evidence=(t, 21, 40))], text=t)
    summary = _link([a]).stories[0].summary_ar
    assert len(summary) == 1 and len(summary[0]["also"]) == 1
