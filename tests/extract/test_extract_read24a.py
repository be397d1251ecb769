"""Constructions the held-out set heldout24 (H2401..H2408) showed once read (task read24a): a force's presence told
by the verbal noun "وجود", a meeting held "للتوصل إلى" a deal (expected), a clash counted from ("بعد أيام من
اشتباكات") with nothing else told, "وسط" ending a move's subject, two
products joined by و describing a field, and a GeoNames town whose Arabic name was its old variant. Our own texts."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _events(text: str, published: str):
    return analyze(Article(id="r24a", raw=text, published=published)).events


def _typed(text: str, published: str) -> set[tuple[str, str, str]]:
    return {(e.type, e.place.name, e.polarity) for e in _events(text, published) if e.place is not None}


def test_denied_presence_of_armed_men_is_a_denied_deploy() -> None:
    got = _typed("ونفى مصدر محلي وجود أي عناصر مسلحة في بلدة الكرك الشرقي.", "2025-06-01")
    assert ("deploy", "الكرك الشرقي", "denied") in got


def test_presence_of_civilians_or_of_a_deal_is_no_deploy() -> None:
    assert not [e for e in _events("ونفى المسؤول وجود أي مدنيين محاصرين في حي الوعر.", "2025-06-01")
                if e.type == "deploy"]
    assert not _events("ونفى المحافظ وجود أي اتفاق مع الفصائل بشأن البلدة.", "2025-06-01")


def test_a_meeting_to_reach_a_truce_is_expected_and_a_reached_one_asserted() -> None:
    assert ("other", "نوى", "expected") in _typed("والتقى ممثلو العائلتين في مدينة نوى للتوصل إلى هدنة.", "2025-06-01")
    assert ("other", "الصبحة", "asserted") in _typed("وأعلن وجهاء العشيرتين التوصل إلى اتفاق صلح في بلدة الصبحة.",
                                                    "2025-06-01")


def test_a_clash_counted_from_with_nothing_else_told_is_an_attack() -> None:
    text = "ويأتي ذلك بعد أيام من اشتباكات بين قوات الأمن العام ومسلحين محليين في قرية ولغا."
    assert ("attack", "ولغا", "asserted") in _typed(text, "2026-02-10")


def test_a_clash_counted_from_before_a_takeover_is_its_manner() -> None:
    got = _typed("وسيطرت قوات النظام على بلدة الشيخ مسكين بعد أسابيع من المعارك مع الفصائل.", "2016-02-10")
    assert ("take_control", "الشيخ مسكين", "asserted") in got
    assert not [t for t in got if t[0] == "attack"]


def test_a_road_with_no_town_near_it_stays_the_road() -> None:
    got = _typed("استهدف مسلحون حافلة على طريق حلب - الرقة مساء أمس.", "2026-02-01")
    assert ("attack", "طريق حلب - الرقة", "asserted") in got


def test_civilians_after_wasat_did_not_enter() -> None:
    text = "وانسحبت القوات الحكومية من مدينة السويداء بعد أيام من دخولها، وسط اتهامات بارتكاب انتهاكات بحق المدنيين."
    types = {e.type for e in _events(text, "2025-08-01")}
    assert "enter" in types and "displacement" not in types


def test_two_products_joined_describe_the_field() -> None:
    got = _typed("هاجم مسلحون حقل التيم للنفط والغاز جنوب مدينة دير الزور فجر اليوم.", "2026-03-11")
    assert {t[1] for t in got} == {"حقل التيم"}


def test_ghandoura_is_named_as_reported() -> None:
    got = _typed("وسيطرت الفصائل على بلدة الغندورة بريف جرابلس.", "2016-08-20")
    assert ("take_control", "الغندورة", "asserted") in got


def test_the_same_month_is_the_month_named_before_it_in_its_sentence() -> None:
    text = ("وانفجرت سيارة مفخخة في مدينة جرابلس في كانون الثاني 2019. وكانت الفصائل قد طردت التنظيم من بلدة الراعي "
            "في آب 2016، قبل أن تسيطر على بلدة أخترين في الشهر ذاته.")
    dates = {e.place.name: e.date.value[:7] for e in _events(text, "2025-11-24")
             if e.type == "take_control" and e.place is not None and e.date is not None}
    assert dates.get("الراعي") == "2016-08"
    assert all(v == "2016-08" for v in dates.values())


def test_the_same_month_with_none_before_it_in_its_sentence_is_the_earlier_one() -> None:
    text = "وسيطرت الفصائل على بلدة الراعي في آب 2016. وفي الشهر ذاته، قصفت الطائرات الروسية مدينة منبج."
    dates = [e.date.value[:7] for e in _events(text, "2025-11-24") if e.type == "attack" and e.date is not None]
    assert dates == ["2016-08"]


def test_a_highway_near_a_town_stays_the_highway() -> None:
    got = _typed("قصفت المدفعية مواقع للفصائل على الطريق الدولي M4 قرب بلدة سراقب.", "2020-02-01")
    assert {t[1] for t in got} == {"طريق M4"}


def test_a_definite_clash_counted_from_recalls_a_background() -> None:
    assert not _events("وجاء القرار بعد أشهر من المواجهات المتفرقة في محافظة درعا.", "2025-05-20")
