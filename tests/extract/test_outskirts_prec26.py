"""An outskirts phrase ("على أطراف/مشارف X") that only says where something is (task prec26): after a clash of its
clause it locates the fighting, after a plural noun of places it says where those places lie. Neither is a
force reaching the town. Invented details, our own wording; each test has its twin that stays an advance."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str = "2025-05-10"):
    return analyze(Article(id="p26", raw=text, published=published)).events


def typed(evs) -> set[tuple[str, str]]:
    return {(e.type, e.place.name if e.place else "") for e in evs}


def test_clashes_on_the_outskirts_are_an_attack_there_not_an_advance():
    evs = events_of("اندلعت اشتباكات عنيفة مساء أمس بين قوات الأمن العام ومسلحين محليين على أطراف بلدة المسيفرة")
    assert typed(evs) == {("attack", "المسيفرة")}
    evs = events_of("تدور معارك متقطعة منذ الفجر بين الفصائل وقوات النظام على مشارف بلدة خان طومان", "2016-08-02")
    assert typed(evs) == {("attack", "خان طومان")}


def test_a_force_reaching_or_standing_at_the_outskirts_is_an_advance():
    evs = events_of("وصلت قوات الأمن العام مساء أمس إلى أطراف بلدة المسيفرة")
    assert typed(evs) == {("advance", "المسيفرة")}
    evs = events_of("وباتت الفصائل على مشارف بلدة خان طومان بعد تقدم سريع", "2016-08-02")
    assert ("advance", "خان طومان") in typed(evs)


def test_places_said_to_lie_on_the_outskirts_are_no_advance():
    evs = events_of("ولا تختلف أوضاع الأهالي كثيراً في الأحياء الأخرى على أطراف العاصمة مثل القدم والعسالي",
                    "2019-04-01")
    assert not [e for e in evs if e.type == "advance"]
    evs = events_of("وتقدمت وحدات من الجيش نحو أطراف مدينة منبج الغربية", "2019-04-01")
    assert typed(evs) == {("advance", "منبج")}


def test_an_agreement_carried_out_is_no_agreement_made_here():
    """"بعرقلة تطبيق اتفاق آذار"، "بنود الاتفاق": an agreement named as what is carried out, or as the whole
    its terms belong to, was made before; the agreement reached at a place is an event."""
    evs = events_of("وتتهم الحكومة قيادة قسد بعرقلة تطبيق اتفاق آذار في مدينة الرقة", "2025-06-01")
    assert "other" not in {e.type for e in evs}
    evs = events_of("ويبقى وضع سد تشرين من أعقد بنود الاتفاق بين الطرفين", "2025-06-01")
    assert "other" not in {e.type for e in evs}
    evs = events_of("ووقعت الحكومة وقسد اتفاقاً لوقف إطلاق النار في مدينة الرقة", "2025-06-01")
    assert ("other", "الرقة") in typed(evs)
