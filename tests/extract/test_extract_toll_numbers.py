"""The number a toll states (``Event.quantity``), read from its construction before nearness: the count a
verb of reaching gives it however far from the toll's word ("ارتفعت حصيلة ... إلى N"، "بلغ عدد ... N"، "عدد
القتلى في X بلغ N"), the count a casualty word governs ("مقتل N"، "N قتيلاً"، "N أشخاص قتلوا"), the dead's
count over the wounded's when a sentence gives both, and a toll's noun and its "مقتل" told in one sentence
keeping the number either gives. Sentences written for these tests (bench/sentences/tolls2.txt has more)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def tolls(text: str, day: str = "2019-06-10") -> dict[str, str | None]:
    art = analyze(Article(id="t", raw=text, published=day))
    return {e.place.name: e.quantity for e in art.events if e.type == "casualties" and e.place}


def test_a_rising_toll_takes_the_number_after_its_verb_past_the_strike_it_names():
    got = tolls("وارتفعت حصيلة القتلى جراء الغارات الجوية على مدينة سراقب أمس إلى 27 قتيلاً.")
    assert got == {"سراقب": "27"}


def test_a_toll_the_verb_follows_reaches_its_number():
    assert tolls("وقال مصدر طبي إن حصيلة القصف على مدينة أريحا ارتفعت إلى 16 قتيلاً.") == {"أريحا": "16"}
    assert tolls("وذكر ناشطون أن عدد القتلى في مدينة دوما بلغ 31 شخصاً.") == {"دوما": "31"}


def test_reaching_a_number_with_no_unit_counts_the_dead():
    got = tolls("وارتفع عدد القتلى في بلدة كفرنبل إلى سبعة بعد وفاة جريحين متأثرين بجروحهما.")
    assert got == {"كفرنبل": "7"}


def test_a_number_of_hours_after_the_verb_is_no_toll():
    got = tolls("وبلغت حصيلة القصف على مدينة معرة النعمان خلال 48 ساعة 19 قتيلاً.")
    assert got == {"معرة النعمان": "19"}


def test_the_dead_count_over_the_wounded_count_beside_it():
    assert tolls("وأسفرت الغارة على بلدة الهبيط عن إصابة تسعة مدنيين ومقتل ثلاثة.") == {"الهبيط": "3"}
    assert tolls("وقال المرصد إن 4 أشخاص قتلوا وأصيب 12 آخرون في مدينة إدلب.") == {"إدلب": "4"}


def test_a_toll_told_by_its_noun_and_by_a_kill_word_keeps_the_count():
    got = tolls("وأشارت حصيلة أولية إلى مقتل 21 شخصاً في قصف على مدينة خان شيخون.")
    assert got == {"خان شيخون": "21"}


def test_compound_number_words_give_the_whole_toll():
    assert tolls("وقتل سبعة عشر مدنياً في قصف على بلدة كفرزيتا.") == {"كفرزيتا": "17"}
    assert tolls("وقتل ستة وثلاثون عنصراً في غارات على مدينة الطبقة.") == {"الطبقة": "36"}


def test_a_kill_after_a_rising_wounded_count_keeps_its_own_number():
    got = tolls("وقتل خمسة مدنيين في قصف على مدينة سراقب، وارتفع عدد الجرحى إلى 30.")
    assert got == {"سراقب": "5"}


def test_the_verbal_noun_of_rising_reaches_the_toll_too():
    got = tolls("وأعلن الدفاع المدني ارتفاع عدد القتلى جراء القصف على مدينة إدلب إلى 18 شخصاً.")
    assert got == {"إدلب": "18"}
