"""A fear or a warning governs the complement it opens (task extras42, issue 12): what people fear or are warned
of has not happened, however many words stand between the fear verb and the trigger (the fear rows of
data/extract/cues.tsv name the scope class ``fear`` of cue_scope.tsv). The span ends at a clause mark, a clause of
while, a new report or a perfect told as done, so a happening told beside the fear stays an event. Sentences
written for these tests, with invented details."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _seen(text: str, published: str = "2024-03-10") -> set[tuple[str, str, str]]:
    got = analyze(Article(id="x42", raw=text, published=published)).events
    return {(e.type, e.polarity, e.place.name) for e in got if e.place}


def test_a_feared_closure_far_from_the_fear_verb_is_no_event():
    """"يخشى أصحاب المحلات ... من أن يستمر إغلاق الطرق": seven words from the verb, still what is feared."""
    assert not _seen("ويخشى أصحاب المحلات في سوق مدينة الباب من أن يستمر إغلاق الطرق المؤدية إلى المدينة أسابيع أخرى.")
    assert not _seen("وتتخوف عائلات كثيرة في مدينة جاسم من أن تتحول الخلافات بين الوجهاء إلى اشتباكات مسلحة في الأحياء.")


def test_what_a_warning_names_is_no_event():
    """"يحذر ... من أن تصاعد عمليات الخطف قد يدفع ...": a warning of a spread of kidnappings tells none."""
    assert not _seen("ويحذر عاملون في المجال الإنساني من أن تصاعد عمليات الخطف على طريق درعا قد يدفع العائلات "
                     "إلى الرحيل.")


def test_a_happening_told_beside_the_fear_stays():
    """A comma, a clause of while or a perfect after the fear ends its reach; a strike told before it is its own."""
    assert ("attack", "asserted", "الباب") in _seen(
        "ويخشى تجار مدينة الباب من إغلاق جديد للطرق، وقصفت الطائرات المسيرة أطراف المدينة صباح اليوم.")
    assert ("attack", "asserted", "الهبيط") in _seen(
        "قصفت قوات النظام بلدة الهبيط بالمدفعية صباح اليوم، ويخشى السكان من موجة نزوح جديدة.")
    assert ("attack", "asserted", "اليادودة") in _seen(
        "يخشى سكان مدينة طفس من عودة التوتر، في حين اندلعت اشتباكات بين مسلحين محليين في بلدة اليادودة مساء أمس.")
    assert ("withdraw", "asserted", "خان شيخون") in _seen(
        "ويخشى الأهالي أن يتكرر ما جرى في بلدة خان شيخون حيث انسحبت الفصائل من البلدة الشهر الماضي.")


def test_a_warning_told_by_a_future_is_a_forecast():
    """"حذرت ... من أن مئات العائلات ستنزح من X": the future on the trigger's own verb makes a forecast, expected,
    however far from the warning; without it the warned-of happening is none."""
    assert ("displacement", "expected", "كفرروما") in _seen(
        "وحذرت منظمة إغاثية محلية من أن مئات العائلات ستنزح من بلدة كفرروما خلال الأيام المقبلة.", "2020-01-25")
