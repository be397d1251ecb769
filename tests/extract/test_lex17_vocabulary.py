"""Vocabulary of each event type that no set had met (task lex17): verbs, passives and idioms of news Arabic,
each in the frame that keeps its peaceful senses out. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2019-05-09") -> set[tuple[str, str]]:
    evs = analyze(Article(id="lex17", raw=text, published=published)).events
    return {(e.type, e.place.name) for e in evs if e.polarity == "asserted"}


@pytest.mark.parametrize(("text", "published", "want"), [
    ("ودكّت المدفعية الثقيلة أطراف بلدة الهبيط.", "2019-05-10", ("attack", "الهبيط")),
    ("وضربت القوات التركية بالمسيرات موقعاً قرب بلدة تل تمر.", "2022-11-21", ("attack", "تل تمر")),
    ("ومشّط الجيش بالرشاشات الثقيلة قرية الزيارة.", "2019-05-12", ("attack", "الزيارة")),
    ("وفجّر المسلحون نفقاً مفخخاً قرب مبنى في حي جوبر.", "2015-04-06", ("attack", "جوبر")),
    ("ورمت المروحيات حاويات متفجرة على بلدة داعل.", "2013-02-10", ("attack", "داعل")),
    ("ولقي ثلاثة جنود من الجيش التركي حتفهم قرب بلدة الباب.", "2017-01-10", ("casualties", "الباب")),
])
def test_strikes_and_tolls(text: str, published: str, want: tuple[str, str]) -> None:
    assert want in events(text, published)


@pytest.mark.parametrize(("text", "published", "want"), [
    ("وخلت قرية الحويز من أهلها بعد القصف.", "2019-06-01", ("displacement", "الحويز")),
    ("واضطرت عشرات العائلات إلى ترك منازلها في بلدة كفرسجنة.", "2019-06-02", ("displacement", "كفرسجنة")),
    ("ووصل آلاف المهجرين من مدينة داريا إلى إدلب.", "2016-08-27", ("displacement", "داريا")),
    ("وتدفق اللاجئون من مدينة القصير إلى لبنان.", "2013-06-06", ("displacement", "القصير")),
])
def test_flight_and_emptied_places(text: str, published: str, want: tuple[str, str]) -> None:
    assert want in events(text, published)


@pytest.mark.parametrize(("text", "published", "want"), [
    ("واستردت قوات النظام بلدة كفرنبودة.", "2019-05-27", ("take_control", "كفرنبودة")),
    ("واسترجع مقاتلو المعارضة قرية الحماميات.", "2019-07-16", ("take_control", "الحماميات")),
    ("ودحرت القوات المسلحين من بلدة عين ترما.", "2018-03-20", ("take_control", "عين ترما")),
    ("وباتت بلدة سراقب في قبضة قوات النظام.", "2020-02-08", ("take_control", "سراقب")),
    ("ووقعت قرية الجبين تحت سيطرة الفصائل.", "2019-06-07", ("take_control", "الجبين")),
    ("وتركت الفصائل مواقعها في بلدة الهبيط.", "2019-08-11", ("withdraw", "الهبيط")),
    ("وانكفأ مقاتلو التنظيم من قرية الباغوز.", "2019-03-10", ("withdraw", "الباغوز")),
])
def test_takeovers_and_withdrawals(text: str, published: str, want: tuple[str, str]) -> None:
    assert want in events(text, published)


@pytest.mark.parametrize(("text", "published", "want"), [
    ("وزجّ الجيش بتعزيزات جديدة على جبهة بلدة كباني.", "2019-07-01", ("deploy", "كباني")),
    ("وبلغت القوات التركية قلب مدينة عفرين.", "2018-03-18", ("enter", "عفرين")),
    ("وشارفت قوات النظام على دخول مدينة خان شيخون.", "2019-08-19", ("advance", "خان شيخون")),
    ("وتقدمت القوات في الريف مقتربة من بلدة الهبيط.", "2019-08-10", ("advance", "الهبيط")),
    ("وضيّقت قسد الخناق على مقاتلي التنظيم في بلدة هجين.", "2018-12-10", ("advance", "هجين")),
    ("ونظم أهالي بلدة جاسم مسيرة ضد الاعتقالات.", "2021-03-01", ("protest", "جاسم")),
])
def test_moves_and_protests(text: str, published: str, want: tuple[str, str]) -> None:
    assert want in events(text, published)


@pytest.mark.parametrize(("text", "published"), [
    ("وشن النائب هجوماً لاذعاً على الحكومة في جلسة عقدت في دمشق.", "2019-01-10"),
    ("وسيطر الهدوء على مدينة حمص بعد ليلة صاخبة.", "2021-04-05"),
    ("وانسحبت المرشحة من سباق انتخابات غرفة تجارة حلب.", "2022-06-15"),
    ("وتقدم مئات الطلاب لامتحانات الجامعة في مدينة اللاذقية.", "2015-06-01"),
    ("واستهدفت الحملة التوعوية الأمهات في مدينة حماة.", "2024-03-01"),
    ("وحاصرت السيول منازل في مدينة الحسكة.", "2022-01-20"),
    ("وافتتح صاحب دكان صغير محله في مدينة دوما.", "2020-01-20"),
])
def test_peaceful_senses_give_no_event(text: str, published: str) -> None:
    assert events(text, published) == set()


@pytest.mark.parametrize(("text", "published", "want"), [
    ("وتعرضت قرية الزيارة لرمايات صاروخية.", "2019-06-11", ("attack", "الزيارة")),
    ("وتوفي شاب تحت التعذيب في سجن حماة المركزي.", "2014-03-01", ("casualties", "سجن حماة المركزي")),
    ("وحصد القصف أرواح خمسة مدنيين في بلدة كفرنبل.", "2019-06-01", ("casualties", "كفرنبل")),
    ("وشدت عشرات العائلات الرحال من قرية الحماميات.", "2019-07-15", ("displacement", "الحماميات")),
    ("وتقهقر عناصر التنظيم من بلدة هجين.", "2018-12-14", ("withdraw", "هجين")),
    ("وتخلى المسلحون عن مواقعهم في بلدة حرستا.", "2018-03-22", ("withdraw", "حرستا")),
    ("ورابط مقاتلو الفصائل على أطراف بلدة اللطامنة.", "2019-06-01", ("deploy", "اللطامنة")),
    ("وتمترس المسلحون في أبنية حي جوبر.", "2018-03-01", ("deploy", "جوبر")),
    ("وأصبحت القوات على مرمى حجر من بلدة اللطامنة.", "2019-08-20", ("advance", "اللطامنة")),
    ("وانتفض أهالي بلدة الصنمين ضد الاعتقالات.", "2020-03-01", ("protest", "الصنمين")),
])
def test_second_sweep(text: str, published: str, want: tuple[str, str]) -> None:
    assert want in events(text, published)


@pytest.mark.parametrize(("text", "published"), [
    ("وحلقت طائرات حربية وشنت غارات وهمية فوق مدينة حمص.", "2021-08-10"),
    ("واستعاد الفريق توازنه في ملعب مدينة حماة.", "2020-11-11"),
    ("وحرر الشرطي مخالفة لسائق في مدينة اللاذقية.", "2019-02-02"),
    ("وانتشر الخبر بسرعة في مدينة دير الزور.", "2023-01-01"),
])
def test_second_sweep_peaceful(text: str, published: str) -> None:
    assert events(text, published) == set()



def test_a_place_described_as_empty_is_status() -> None:
    assert events("وقال المراسل إن البلدة كانت شبه خالية من سكانها عند دخول القوات إلى بلدة كفرسجنة.",
                  "2019-08-20") <= {("enter", "كفرسجنة")}
    assert ("displacement", "الهبيط") in events("وخلت بلدة الهبيط من أهلها بعد أيام من القصف.", "2019-05-20")


@pytest.mark.parametrize(("text", "published"), [
    ("وتستهدف المبادرة تأهيل مشافي مدينة حماة.", "2022-04-04"),
    ("واشتبك الوزيران كلامياً خلال مؤتمر في دمشق.", "2021-11-11"),
    ("وسيطر عناصر الدفاع المدني على الحرائق في حي الوعر.", "2020-08-08"),
    ("وانسحبت السيول من أحياء مدينة الحسكة.", "2019-04-04"),
    ("ونزحت الكفاءات من مدينة حمص خلال سنوات الحرب.", "2013-12-12"),
    ("وحشدت الأحزاب مؤيديها في مدينة طرطوس.", "2022-07-07"),
    ("وحاصر رجال الإطفاء الحريق في سوق مدينة حلب.", "2021-08-08"),
])
def test_fourth_sweep_peaceful(text: str, published: str) -> None:
    assert events(text, published) == set()


def test_a_siege_with_fire_opened_stays_a_siege() -> None:
    got = events("وطوقت قوات النظام بلدة الهبيط وأطلقت النيران على أطرافها.", "2019-05-20")
    assert ("advance", "الهبيط") in got
