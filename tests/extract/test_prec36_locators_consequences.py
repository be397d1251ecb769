"""Two kinds of spurious events on whole articles (task prec36). Unnamed positions told by the place they
surround ("التلال المحيطة ببلدة X"، "المواقع المجاورة لمطار X"): X only locates them, as it does for villages
("القرى المحيطة بـ X"). A happening named as the subject of what it will end, settle or change ("سيطرة X على Y
ستنهي ..."): analysis of consequences, no event. Their twins name the place itself, or tell the happening done
or planned. Invented details, our own wording."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str) -> set[tuple[str, str, str]]:
    evs = analyze(Article(id="p36", raw=text, published="2024-06-03")).events
    return {(e.type, e.place.name if e.place else "", e.polarity) for e in evs}


def test_hills_and_posts_around_a_place_are_not_the_place():
    assert not events_of("وكانت قوات النظام قد سيطرت على عدد من التلال المحيطة ببلدة كبانة")
    assert not events_of("سيطرت الفصائل على المواقع المجاورة لمطار أبو الظهور العسكري بعد معارك عنيفة")
    assert not events_of("استعادت القوات الحكومية النقاط القريبة من بلدة اللطامنة فجر اليوم")


def test_a_place_named_beside_its_surrounding_hills_keeps_its_event():
    got = events_of("سيطرت قوات النظام على بلدة كبانة والتلال المحيطة بها")
    assert any(t == "take_control" and "كبان" in p for t, p, _ in got)
    got = events_of("سيطرت الفصائل على مطار أبو الظهور العسكري والتلال المحيطة")
    assert any(t == "take_control" and "أبو الظهور" in p for t, p, _ in got)


def test_a_happening_as_subject_of_what_it_will_end_or_change_is_analysis():
    assert not events_of("ويقول محللون إن سيطرة النظام على بلدة كفرنبل ستنهي آخر جيب للمعارضة في المنطقة")
    assert not events_of("ويرى مراقبون أن انسحاب الفصائل من بلدة كفرنبل سيغير خريطة السيطرة في ريف إدلب الجنوبي")
    assert not events_of("وقال مصدر إن استعادة بلدة اللطامنة تغير موازين القوى في ريف حماة")


def test_the_happening_told_done_or_planned_keeps_its_event():
    got = events_of("وسيطرت قوات النظام على بلدة كفرنبل ما أنهى آخر جيب للمعارضة في المنطقة")
    assert ("take_control", "كفرنبل", "asserted") in got
    got = events_of("وقال مصدر عسكري إن القوات ستنسحب من بلدة كفرنبل خلال ساعات")
    assert ("withdraw", "كفرنبل", "expected") in got


def test_a_verb_joined_by_wa_is_no_predicate_of_a_subject():
    got = events_of("وتجمع عشرات المحتجين في بلدة كفرتخاريم قبل أن تقتحمها عناصر من الهيئة وتنهي الاحتجاجات بالقوة")
    assert ("enter", "كفرتخاريم", "asserted") in got


def test_a_cordon_around_the_area_of_an_incident_is_no_advance_on_the_town():
    got = events_of("انفجرت سيارة مفخخة قرب سوق مدينة الميادين صباح اليوم. "
                    "وأضاف المصدر أن قوات الأمن طوقت المنطقة وبدأت عمليات بحث عن المهاجمين")
    assert ("attack", "الميادين", "asserted") in got
    assert not any(t == "advance" for t, _, _ in got)


def test_a_town_or_a_named_area_ringed_is_an_advance():
    got = events_of("انفجرت سيارة مفخخة قرب سوق مدينة الميادين صباح اليوم. "
                    "وأضاف المصدر أن قوات الأمن طوقت المدينة وبدأت عمليات بحث عن المهاجمين")
    assert ("advance", "الميادين", "asserted") in got
    got = events_of("اندلعت اشتباكات بين مسلحين في منطقة اللجاة أمس. وقالت مصادر محلية إن قوات الأمن طوقت المنطقة صباح اليوم")
    assert ("advance", "اللجاة", "asserted") in got
