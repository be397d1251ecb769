"""Task read25b: constructions behind errors on heldout25 H2509-H2516. Shells that fell, told verb first with a time
and a count phrase before the munition ("سقطت صباح اليوم أكثر من عشرين قذيفة على X"), are a strike, not a place
falling; the noun of intention ("أنباء عن نيتها التقدم نحو X") makes the move expected; "من دون الإشارة إلى" names
no place; positions lost with their place after them ("نفت خسارة أي موقع في X") and a place lost told by the
pronoun on the verb ("قبل أن تفقدها مجدداً") are takeovers by the loser's adversary. Sentences written for these
tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2019-05-14") -> list[tuple[str, str, str, str]]:
    evs = analyze(Article(id="read25b", raw=text, published=published)).events
    return [(e.type, e.place.name if e.place else "", e.polarity, e.actor.side if e.actor else "") for e in evs]


def test_shells_that_fell_verb_first_with_a_count_are_a_strike() -> None:
    got = events("سقطت مساء اليوم الثلاثاء أكثر من عشرين قذيفة على مدينة السقيلبية")
    assert [t for t, p, _, _ in got if "السقيلبية" in p] == ["attack"]
    got = events("وسقطت ليل أمس عشرات القذائف على أحياء مدينة صوران")
    assert any(t == "attack" and "صوران" in p for t, p, _, _ in got)
    assert not any(t == "take_control" for t, _, _, _ in got)


def test_a_place_that_fell_with_shells_as_its_means_stays_a_takeover() -> None:
    got = events("سقطت بلدة خناصر بيد التنظيم بعد قصف عنيف بأكثر من مئة صاروخ", "2016-02-10")
    assert any(t == "take_control" and "خناصر" in p for t, p, _, _ in got)


def test_the_noun_of_intention_makes_the_move_expected() -> None:
    got = events("وسط أنباء عن نية الهيئة التقدم نحو بلدة سرمدا", "2017-07-19")
    assert [(t, pol) for t, p, pol, _ in got if "سرمدا" in p] == [("advance", "expected")]
    got = events("وتقدمت عناصر الهيئة نحو بلدة سرمدا صباح اليوم", "2017-07-19")
    assert [(t, pol) for t, p, pol, _ in got if "سرمدا" in p] == [("advance", "asserted")]


def test_without_mentioning_is_no_place() -> None:
    got = events("قصفت الطائرات قرية الحمرات دون الإشارة إلى وقوع ضحايا", "2016-05-11")
    assert [p for _, p, _, _ in got] == ["الحمرات"]


def test_positions_lost_in_a_place_are_taken_by_the_adversary() -> None:
    got = events("ونفت الحركة في بيان خسارة أي موقع في بلدة الأتارب", "2017-07-19")
    assert any(t == "take_control" and "الأتارب" in p and pol == "denied" for t, p, pol, _ in got)
    got = events("وقال المرصد إن قوات النظام خسرت عشرات العناصر في بلدة اللطامنة")
    assert not any(t == "take_control" for t, _, _, _ in got)


def test_a_place_lost_told_by_the_pronoun_on_the_verb() -> None:
    got = events("استعادت قوات النظام بلدة الهبيط الأسبوع الماضي قبل أن تفقدها مجدداً إثر هجوم معاكس للفصائل")
    sides = {s for t, p, _, s in got if t == "take_control" and "الهبيط" in p}
    assert sides == {"government", "opposition"}


def test_the_fighting_already_told_set_in_time_is_no_new_clash() -> None:
    got = events("اندلعت اشتباكات بين الفصيلين في مدينة سراقب. ويأتي الاقتتال بعد أشهر من توتر متصاعد بين الطرفين، "
                 "إثر اشتباكات مماثلة شهدتها بلدة سرمدا مطلع العام الحالي", "2017-07-19")
    assert sorted(p for t, p, _, _ in got if t == "attack") == ["سراقب", "سرمدا"]
    got = events("اندلعت اشتباكات بين الفصيلين في مدينة سراقب. وجاءت المعارك في بلدة الأتارب بعد فشل الوساطات",
                 "2017-07-19")
    assert any(t == "attack" and "الأتارب" in p for t, p, _, _ in got)


def test_the_checkpoint_recalled_is_where_it_stands() -> None:
    got = events("وفي إدلب المجاورة، أعلن مقاتلون معارضون سيطرتهم على حاجز للقوات النظامية عند مدخل بلدة سرمين، "
                 "فيما نفت مصادر عسكرية سورية سقوط الحاجز", "2012-11-20")
    assert {(p, pol) for t, p, pol, _ in got if t == "take_control"} == {("سرمين", "asserted"), ("سرمين", "denied")}
    got = events("قصفت القوات النظامية بلدة تفتناز. ونفت مصادر عسكرية سقوط الحاجز", "2012-11-20")
    assert not any(t == "take_control" for t, _, _, _ in got)


def test_the_end_of_the_fighting_awaited_is_no_clash() -> None:
    got = events('وقالت مصادر محلية إن عائلات عدة بدأت تغادر بلدة السقيلبية نحو مدينة مصياف "إلى حين انتهاء المعارك"')
    assert not any(t == "attack" for t, _, _, _ in got)
    assert any(t == "displacement" and "مصياف" in p for t, p, _, _ in got)


def test_a_checkpoint_located_after_it_keeps_that_place() -> None:
    got = events("سيطرت الفصائل على مدينة اعزاز. وأكدت المصادر أن عناصر الحاجز الأخير في المدينة انسحبوا فجراً",
                 "2024-06-03")
    assert any(t == "withdraw" and "عزاز" in p for t, p, _, _ in got)
