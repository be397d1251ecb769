"""Three constructions pooled from spurious events on long pages (task prec30). The wounded as the patients of
care ("استقبلت المشافي عشرات الجرحى"، "عالجت فرقه 25 جريحاً"): who is received or treated, no toll of its own;
the same noun after a verb of falling is a toll. Detainees who flee ("فرّ 300 من المحتجزين من المخيم"):
prisoners fleeing custody are other (GUIDELINES, Hard cases), civilians fleeing the same camp are displacement.
A strike noun with no target of its own closing a move's clause ("سيطرت على X وY بعد قصف مكثف"): the move's
manner, no attack; one that names its target ("بعد قصف مكثف على Z") stays an attack. Invented details, our own
wording."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def types_of(text: str) -> set[tuple[str, str]]:
    evs = analyze(Article(id="p30", raw=text, published="2019-02-01")).events
    return {(e.type, e.place.name if e.place else "") for e in evs}


def test_wounded_received_by_a_hospital_are_no_toll():
    got = types_of("وذكرت منظمة إغاثية أن طواقمها استقبلت قرب معبر باب السلامة عشرات الجرحى القادمين من أعزاز")
    assert not any(t == "casualties" for t, _ in got)
    got = types_of("وتستقبل مستشفيات مدينة إدلب يومياً العشرات من الجرحى القادمين من ريف حماة")
    assert not any(t == "casualties" for t, _ in got)


def test_wounded_that_fell_are_a_toll():
    got = types_of("وقالت منظمة طبية إن عشرات الجرحى سقطوا في قصف على مدينة أعزاز صباح اليوم")
    assert ("casualties", "أعزاز") in got


def test_a_wounding_noun_after_a_care_verb_stays_a_toll():
    got = types_of("وأفاد الهلال الأحمر بإصابة 25 مدنياً بجروح في غارة على مدينة الرستن")
    assert ("casualties", "الرستن") in got


def test_detainees_who_flee_a_camp_are_other():
    got = types_of("وأعلنت قسد أن نحو 300 من المحتجزين فروا من مخيم الهول ليلة أمس")
    assert {t for t, _ in got} == {"other"}


def test_civilians_who_flee_a_camp_are_displaced():
    got = types_of("وأعلنت قسد أن نحو 300 من المدنيين فروا من مخيم الهول ليلة أمس")
    assert {t for t, _ in got} == {"displacement"}


def test_a_strike_closing_a_takeover_is_its_manner():
    got = types_of("وسيطرت القوات الحكومية على بلدتي الحراك وناحتة بعد قصف مكثف")
    assert {t for t, _ in got} == {"take_control"}
    got = types_of("وأضاف المصدر أن مقاتلي التنظيم انسحبوا من بلدة قلعة المضيق تحت ضربات الطيران نحو قرى سهل الغاب")
    assert {t for t, _ in got} == {"withdraw"}


def test_a_strike_naming_its_target_stays_an_attack():
    got = types_of("وسيطرت القوات الحكومية على بلدة الحراك بعد قصف مكثف على بلدة ناحتة المجاورة")
    assert ("attack", "ناحتة") in got and ("take_control", "الحراك") in got


def test_a_strike_with_its_targets_pronoun_is_a_strike_of_its_own():
    # "بعد يومين من قصفها": the strike names the town it hit; a bare "بعد قصف مكثف" is the entry's manner
    got = types_of("ودخلت قوات النظام بلدة كفرنبل بعد ثلاثة أيام من قصفها بالطائرات الحربية")
    assert ("attack", "كفرنبل") in got and ("enter", "كفرنبل") in got
    got = types_of("ودخلت قوات النظام بلدة كفرنبل بعد قصف مكثف")
    assert ("enter", "كفرنبل") in got and ("attack", "كفرنبل") not in got
