"""Known trigger words in forms and frames no set had met (task lex18): the future particle سوف, a noun's dual,
a displaced crowd told by a participle or by its nationality, a strike entered by a town, and participles or
moods that name no event. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tawatur.extract.patterns import compile_pattern, tokenize
from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2019-05-09") -> set[tuple[str, str, str]]:
    evs = analyze(Article(id="lex18", raw=text, published=published)).events
    return {(e.type, e.place.name, e.polarity) for e in evs}


WANTED = [
    ("وقال القائد إن مقاتليه سوف يقتحمون بلدة مورك قريباً.", "2019-08-01", ("enter", "مورك", "expected")),
    ("وخرجت تظاهرتان في مدينة بنش.", "2012-05-04", ("protest", "بنش", "asserted")),
    ("ودخلت بلدة نوى في إضراب شامل.", "2019-11-02", ("protest", "نوى", "asserted")),
    ("ونزح مئات العراقيين إلى بلدة الهول.", "2016-10-20", ("displacement", "الهول", "asserted")),
    ("ووزعت المنظمة خياماً على العائلات الفارة من بلدة التمانعة.", "2019-05-20",
     ("displacement", "التمانعة", "asserted")),
    ("وأغاث الأهالي النازحين القادمين من مدينة سراقب.", "2020-02-01", ("displacement", "سراقب", "asserted")),
]


@pytest.mark.parametrize("text,published,want", WANTED)
def test_form_gives_event(text: str, published: str, want: tuple[str, str, str]) -> None:
    assert want in events(text, published)


NONE = [
    ("وتخرج عناصر دورة قوات الانتشار السريع في مدينة اللاذقية.", "2021-06-01"),  # (no deploy either: below)
    ("وسيطرت حالة من الترقب على مدينة درعا.", "2021-06-02"),
    ("ووصلت التعزيزات القادمة من حماة إلى بلدة مورك.", "2019-08-02"),
]


@pytest.mark.parametrize("text,published", NONE)
def test_no_event(text: str, published: str) -> None:
    got = events(text, published)
    assert not any(t in ("take_control", "displacement") for t, _, _ in got), got


def test_step_takes_a_dual_of_its_singular() -> None:
    """A step naming "مظاهره" takes "مظاهرتين" and "المظاهرتان"; a short word ending in ين does not shed it."""
    pat = compile_pattern("مظاهره|وزير")
    for text in ("مظاهرتين", "المظاهرتان", "وزيران"):
        assert pat.match_at(tokenize(text, 0, len(text)), 0) is not None, text
    short = compile_pattern("ع")
    assert short.match_at(tokenize("عين", 0, 3), 0) is None


BECOME = [
    ("وباتت بلدة حربنفسه مسيطراً عليها من قبل الجيش.", ("take_control", "حربنفسه", "asserted")),
]


@pytest.mark.parametrize("text,want", BECOME)
def test_participle_after_a_verb_of_becoming(text: str, want: tuple[str, str, str]) -> None:
    assert want in events(text, "2019-11-20")


def test_besieged_after_becoming_is_status() -> None:
    """"باتت X محاصرة" describes the place (GUIDELINES: status), as the sets backref9 and left8 decided."""
    assert not any(t == "advance" for t, _, _ in events("وأصبحت بلدة التح محاصرة من ثلاث جهات.", "2019-11-20"))


def test_coming_civilians_are_no_flight() -> None:
    """"المدنيين القادمين من X" may come to a sit-in: only the displaced before the participle make a flight."""
    got = events("ويواصل عشرات المدنيين القادمين من مدينة الحسكة اعتصامهم أمام المبنى.", "2025-01-10")
    assert not any(t == "displacement" for t, _, _ in got), got


def test_rapid_deployment_forces_is_a_name() -> None:
    got = events("وتخرج عناصر دورة قوات الانتشار السريع في مدينة اللاذقية.", "2021-06-01")
    assert not any(t == "deploy" for t, _, _ in got), got


SECOND = [
    ("وسُيّرت دورية تركية في قرية الدرباسية.", "2019-11-01", ("deploy", "الدرباسية", "asserted")),
    ("ونشرت القوات الروسية نقطة مراقبة في بلدة الصنمين.", "2018-08-01", ("deploy", "الصنمين", "asserted")),
    ("وجرى إدخال دبابات إلى بلدة الكرك الشرقي.", "2018-07-01", ("enter", "الكرك الشرقي", "asserted")),
    ("وأصيب مدنيون بنيران المروحيات المغيرة على بلدة الهبيط.", "2019-05-01", ("attack", "الهبيط", "asserted")),
    ("وغادر الوزيران مدينة حلب.", "2024-11-30", ("evacuation", "حلب", "asserted")),
]


def test_aid_let_in_is_no_entry() -> None:
    got = events("وجرى إدخال المساعدات إلى مدينة المعضمية.", "2016-01-10")
    assert not any(t == "enter" for t, _, _ in got), got


THIRD = [
    ("ورُحّل المقاتلون من بلدة القريتين نحو الشمال.", "2017-05-02", ("withdraw", "القريتين", "asserted")),
    ("وانهارت قوات النظام في مدينة معرة النعمان.", "2024-11-30", ("withdraw", "معرة النعمان", "asserted")),
    ("وخرج المتظاهرون في بلدة داعل.", "2012-03-02", ("protest", "داعل", "asserted")),
    ("ويطلق القناصة النار على كل من يقترب من بلدة بصرى الشام.", "2014-07-22",
     ("attack", "بصرى الشام", "asserted")),
]


@pytest.mark.parametrize("text", [
    "ورحل الشاعر في مدينة حمص عن عمر ناهز السبعين.",
    "وسيطرت الفصائل على بلدة تل حديا بعد انهيار دفاعات قوات النظام.",
    "ويطلق القناصة النار على كل من يقترب من بلدة بصرى الشام.",
])
def test_third_round_no_departure_nor_move(text: str) -> None:
    got = events(text, "2016-02-02")
    assert not any(t in ("withdraw", "displacement", "evacuation", "advance") for t, _, _ in got), got


@pytest.mark.parametrize("text,published,want", SECOND + THIRD)
def test_later_rounds(text: str, published: str, want: tuple[str, str, str]) -> None:
    assert want in events(text, published)
