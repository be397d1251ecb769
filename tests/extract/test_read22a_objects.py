"""What a verb takes as its object decides its event (task read22a, heldout22 half a): "تحرير" of a person is a
release, "تسلّم" of detainees a handover, "تسيير" of aircraft no patrol, and "نقل" of a body (with its pronoun) no
toll where it is carried. Sentences written for these tests; each stands beside its twin."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2025-08-26") -> list[tuple[str, str, str, str]]:
    evs = analyze(Article(id="r22a", raw=text, published=published)).events
    return [(e.type, e.polarity, e.place.name, e.actor.side) for e in evs]


def test_freeing_a_person_is_a_release_not_a_takeover() -> None:
    got = events("وتمكن عناصر الأمن الداخلي من تحرير شاب في بلدة القريا وإعادته إلى عائلته.")
    assert got == [("other", "asserted", "القريا", "government")]
    got = events("وأعلنت الفصائل تحرير بلدة خان طومان بعد معارك استمرت يومين.", "2016-08-26")
    assert ("take_control", "asserted", "خان طومان", "opposition") in got


def test_the_town_a_freed_person_comes_from_is_no_place_of_the_release() -> None:
    got = events("وأعلنت منصات محلية تحرير شاب من بلدة المشنف كان قد خُطف قبل يومين.")
    assert not any(e[2] == "المشنف" and e[0] == "take_control" for e in got)


def test_detainees_received_are_a_handover_not_a_place_received() -> None:
    got = events("وتسلمت القوات العراقية 30 محتجزاً من عناصر داعش كانوا في سجن غويران بالحسكة.", "2026-05-14")
    assert [e[:3] for e in got] == [("other", "asserted", "سجن غويران")]
    got = events("وتسلمت قوات الأمن العام سجن غويران في الحسكة صباح اليوم.", "2026-02-10")
    assert ("take_control", "asserted", "سجن غويران", "government") in got


def test_flights_run_to_an_airport_are_no_patrol() -> None:
    assert not events("وشملت الحملة حتى اليوم تسيير 12 طائرة مساعدات إلى مطار القامشلي.", "2025-06-19")
    assert not events("وتعتزم الشركة تسيير رحلتين أسبوعياً إلى مطار حلب الدولي.", "2025-06-19")
    got = events("وواصلت قوات الأمن العام تسيير دوريات في محيط مطار حلب الدولي.", "2025-06-19")
    assert ("deploy", "asserted", "مطار حلب الدولي", "government") in got


def test_a_body_carried_somewhere_is_no_toll_there() -> None:
    assert not events("وقد نقل الأهالي جثتيهما إلى مشفى بلدة الشحيل.", "2025-09-23")
    assert not events("ونقل المسعفون جثته إلى المستشفى الوطني في مدينة الميادين.", "2025-09-23")
    got = events("وعثر رعاة على جثته قرب مدينة الميادين.", "2025-09-23")
    assert ("casualties", "asserted", "الميادين", "unknown") in got


def test_strikes_recalled_by_a_demonstrative_are_no_new_attack() -> None:
    text = ("قتل شخصان بضربة جوية على سيارة في بلدة الجرذي، ونقل الأهالي جثتيهما إلى بلدة الشحيل.\n"
            "وأصدر وجهاء بياناً محذرين من أن تكرار هذه الضربات سيدفع الشباب إلى ترك المنطقة.")
    got = events(text, "2025-09-23")
    assert {(e[0], e[2]) for e in got} == {("attack", "الجرذي"), ("casualties", "الجرذي")}
    got = events("وشنت طائرات مسيرة ضربات على أطراف بلدة الشحيل.", "2025-09-23")
    assert ("attack", "asserted", "الشحيل", "unknown") in got


def test_raids_residents_complain_of_are_no_raid() -> None:
    text = ("سيطرت قسد على بلدة الجرذي عام 2017، ومنذ ذلك الحين تشهد المنطقة توتراً، إذ يشتكي السكان من حملات الدهم"
            " والاعتقال ومن تدهور الخدمات.")
    assert [e[0] for e in events(text, "2025-09-23")] == ["take_control"]
    assert not events("فيما يشكو سكان مدينة جبلة من حملات التفتيش والاعتقالات.", "2025-09-23")
    got = events("ونفذت قوات الأمن حملة دهم واعتقال في بلدة الشجرة.", "2025-09-23")
    assert ("other", "asserted", "الشجرة", "government") in got


def test_patrols_after_a_comma_deploy_and_patrols_struck_do_not() -> None:
    got = events("وعقب الضربة، انتشرت دوريات لقسد في بلدة ذيبان.", "2025-09-23")
    assert got == [("deploy", "asserted", "ذيبان", "sdf")]
    got = events("واستهدف مسلحون دورية للأمن العام قرب بلدة ذيبان.", "2025-09-23")
    assert [e[0] for e in got] == ["attack"]
