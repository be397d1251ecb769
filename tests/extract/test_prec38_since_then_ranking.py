"""Spurious events of unseen articles (task prec38): a state held "since then" borrows no place from the clause
before and, negated, is no event; a ranking of a happening told ("الهجوم هو الأعنف"، "في واحدة من أعنف الهجمات
على X") is no event at the area it ranks over. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str = "2025-03-04") -> list:
    return analyze(Article(id="s", raw=text, published=published)).events


def found(evs) -> set[tuple[str, str, str]]:
    return {(e.type, e.place.name if e.place else "", e.polarity) for e in evs}


def test_a_state_since_then_borrows_no_place_from_the_clause_before():
    evs = events_of("سيطرت القوات الإسرائيلية على المنطقة العازلة بعد سقوط النظام، وتتمركز منذ ذلك الحين في عدة نقاط "
                    "داخل الأراضي السورية")
    assert found(evs) == {("take_control", "المنطقة العازلة", "asserted")}


def test_a_state_since_then_at_its_own_places_is_an_event():
    evs = events_of("سيطرت القوات الإسرائيلية على قمة جبل الشيخ بعد سقوط النظام، وأقامت منذ ذلك الحين عدة نقاط "
                    "عسكرية في ريفي القنيطرة ودرعا")
    assert ("deploy", "ريف القنيطرة", "asserted") in found(evs)
    assert ("take_control", "جبل الشيخ", "asserted") in found(evs)


def test_an_absence_since_then_denies_nothing():
    evs = events_of("هاجمت خلايا التنظيم بلدة معدان في آذار الماضي، ولم تشهد المنطقة هجوماً مماثلاً منذ ذلك الحين")
    assert found(evs) == {("attack", "معدان", "asserted")}
    denied = events_of("ونفى المصدر أن تكون المدفعية قد قصفت قرية الكبانة أمس")
    assert any(e.type == "attack" and e.polarity == "denied" for e in denied)


def test_a_ranking_of_a_happening_told_is_no_event():
    evs = events_of("هاجم مسلحون حاجزاً للأمن العام قرب بلدة الصنمين، ويذكر أن الهجوم هو الأعنف على القوات "
                    "الحكومية في ريف درعا منذ أشهر")
    assert not any(e.place and "درعا" in e.place.name for e in evs)
    evs = events_of("قتل عشرون مدنياً بقصف على مدينة أريحا، في واحدة من أعنف الهجمات على ريف إدلب هذا العام")
    assert not any(e.place and "إدلب" in e.place.name for e in evs)
    evs = events_of("انفجرت سيارة مفخخة في حي الشعار بحلب صباح اليوم، ويعد هذا التفجير الأكبر من نوعه في المدينة "
                    "منذ سنوات")
    assert found(evs) == {("attack", "الشعار", "asserted")}


def test_the_happening_itself_ranked_stays():
    assert ("attack", "معرة النعمان", "asserted") in found(
        events_of("شنت الطائرات الحربية أعنف غاراتها على مدينة معرة النعمان اليوم"))
    assert ("enter", "سراقب", "asserted") in found(events_of("دخلت قوات النظام مدينة سراقب للمرة الأولى منذ عام 2011",
                                                             "2012-03-04"))
    assert any(e.type == "attack" for e in events_of("تشهد أحياء مدينة دير الزور الشرقية منذ الفجر اشتباكات هي الأعنف "
                                                     "منذ أشهر"))


def test_a_ranked_attack_where_a_toll_fell_is_the_attack():
    """No comma before "في": the toll fell in the attack ranked, which is the happening itself."""
    evs = events_of("قتل ثلاثة جنود في أعنف هجوم للتنظيم على بلدة السخنة منذ أشهر")
    assert ("attack", "السخنة", "asserted") in found(evs)
    assert ("casualties", "السخنة", "asserted") in found(evs)
