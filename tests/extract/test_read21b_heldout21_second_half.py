"""Constructions read in heldout21's second half (task read21b): a denier's plural speech participle ("مؤكدين أن")
ends the denial; closing a border post "مركز حدود X"; a toll's cause is the strike told nearest after it, and a
verb of resulting right before it points back; a takeover named as a verbal noun after "بأن" and the subject of
what it cuts off is analysis; a relative clause on a ranked class of places ("X من أولى مدن Y التي ...") happened
at X. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def run(text: str, published: str = "2014-04-15"):
    return analyze(Article(id="r21b", raw=text, published=published)).events


def events(text: str, published: str = "2014-04-15") -> set[tuple[str, str, str]]:
    return {(e.type, e.polarity, e.place.name) for e in run(text, published)}


def test_plural_participle_after_denial_is_asserted() -> None:
    text = "ونفى ناشطون من البلدة سيطرة التنظيم على بلدة الشحيل، مؤكدين أن الاشتباكات مستمرة في بلدة البصيرة"
    assert events(text) == {("take_control", "denied", "الشحيل"), ("attack", "asserted", "البصيرة")}
    # joined to the denial's object, the clash is denied with it
    text = "ونفى ناشطون من البلدة سيطرة التنظيم على بلدة الشحيل ووقوع اشتباكات في بلدة البصيرة"
    assert events(text) == {("take_control", "denied", "الشحيل"), ("attack", "denied", "البصيرة")}


def test_closing_a_border_post_by_its_construct() -> None:
    got = run("وأغلقت السلطات الأردنية مركز حدود جابر أمام حركة المسافرين والشاحنات", "2015-04-02")
    assert [(e.type, e.polarity) for e in got] == [("other", "asserted")]
    assert run("وأغلقت السلطات الأردنية حدودها مع سوريا أمام حركة المسافرين", "2015-04-02") == []


def test_toll_takes_the_strike_nearest_after_it() -> None:
    text = "وأفاد ناشطون بأن تسعة أشخاص قُتلوا بغارة للطيران الحربي على حي الشعار، فيما دارت اشتباكات قرب بلدة السفيرة"
    tolls = {e.place.name for e in run(text, "2013-10-19") if e.type == "casualties"}
    assert tolls == {"الشعار"}


def test_result_verb_before_toll_points_back() -> None:
    text = "وأفاد ناشطون بأن اشتباكات دارت قرب بلدة السفيرة أدت إلى مقتل تسعة مقاتلين، فيما قصف الطيران الحربي حي الشعار"
    tolls = {e.place.name for e in run(text, "2013-10-19") if e.type == "casualties"}
    assert tolls == {"السفيرة"}


def test_takeover_as_subject_of_consequence_after_bi_anna() -> None:
    assert events("وأفاد مراسل القناة بأن السيطرة على بلدة فليطة تمنح المقاومة إشرافاً نارياً على الجرود") == set()
    text = "وأشار مدير المرصد إلى أن سيطرتهم على مدينة سراقب تقطع عملياً طريق الإمداد الرئيسي إلى حلب"
    assert events(text, "2012-10-11") == set()
    text = "وأفاد مراسل القناة بأن المقاومة سيطرت على بلدة فليطة بعد معارك عنيفة"
    assert events(text) == {("take_control", "asserted", "فليطة")}


def test_relative_on_ranked_class_is_at_its_member() -> None:
    text = "وتُعد بلدة طفس من أولى مدن حوران التي دخلتها قوات النظام بموجب التسوية في تموز 2018"
    assert events(text, "2025-12-16") == {("enter", "asserted", "طفس")}
    text = "وكانت قوات النظام قد دخلت بلدة اليادودة التي انسحب منها مقاتلو الفصائل في تموز 2018"
    assert events(text, "2025-12-16") == {("enter", "asserted", "اليادودة"), ("withdraw", "asserted", "اليادودة")}
