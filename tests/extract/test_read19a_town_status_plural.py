"""Task read19a (reading heldout19 H1901-08): "المدينة" after a gazetteer town the text never called "بلدة" is that
town, not a city named before in passing; a place under an agreement ("الخاضعة لاتفاق التسوية") is status; a ship
that flies a flag raises none over a place; a plural settlement noun ("القرى") points back at a list, never at one
town; waiting for the means to return ("تنتظر ... تأمين وسائل النقل للعودة") is expected. Sentences written for
these tests (invented details, real places)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2025-05-10") -> list[tuple[str, str, str]]:
    evs = analyze(Article(id="r19a", raw=text, published=published)).events
    return [(e.type, e.place.name if e.place else "", e.polarity) for e in evs]


def test_the_city_word_reads_the_town_of_its_own_sentence() -> None:
    got = events("تقع مضايا على الطريق الواصل بين دمشق والحدود اللبنانية. وقال رئيس المجلس المحلي في مضايا إن نحو "
                 "80 عائلة عادت إلى المدينة خلال الشهر الماضي.")
    assert ("displacement", "مضايا", "asserted") in got and ("displacement", "دمشق", "asserted") not in got


def test_a_town_called_a_town_is_not_the_city() -> None:
    got = events("قصفت الطائرات أحياء في مدينة حمص. وقال مسؤول في بلدة تلبيسة إن فصائل المعارضة انسحبت من المدينة.")
    assert ("withdraw", "حمص", "asserted") in got and ("withdraw", "تلبيسة", "asserted") not in got


def test_a_town_of_a_list_is_not_the_city() -> None:
    got = events("تقدمت الفصائل نحو حماة وسيطرت على بلدات في ريفها أبرزها صوران وطيبة الإمام، ثم دخلت المدينة أمس.",
                 "2024-12-06")
    assert ("enter", "حماة", "asserted") in got and ("enter", "طيبة الإمام", "asserted") not in got


def test_a_place_under_a_settlement_is_status() -> None:
    got = events('وتعد بلدة طفس من البلدات الخاضعة لاتفاق "التسوية" منذ عام 2018، ويعاني ريف درعا منذ ذلك الحين '
                 "من فوضى السلاح.", "2025-03-01")
    assert not [e for e in got if e[0] == "other"]
    signed = events("ووقعت الفصائل في بلدة طفس اتفاق تسوية مع قوات النظام أمس.", "2018-07-20")
    assert ("other", "طفس", "asserted") in signed


def test_a_ship_flying_a_flag_raises_none() -> None:
    assert not events("رست ناقلة نفط ترفع علم بنما في ميناء بانياس صباح اليوم.", "2025-02-03")
    raised = events("رفع مقاتلو فصائل المعارضة علمهم في مدينة بانياس أمس.", "2024-12-10")
    assert ("other", "بانياس", "asserted") in raised


def test_plural_villages_after_one_town_name_no_place() -> None:
    got = events("قتل جنديان بانفجار عبوة استهدفت آليتهما قرب بلدة صلنفة. وأوضح المصدر أن الآلية كانت تقل عناصر "
                 "من دورية مكلفة بتأمين الطرق إلى القرى المرتفعة.", "2025-10-16")
    assert ("deploy", "صلنفة", "asserted") not in got
    listed = events("قصفت طائرة مسيرة قرى السمرا والنبعين وكسب أمس. وأوضح المصدر أن الجيش سير دوريات في القرى "
                    "بعد القصف.", "2025-10-01")
    assert {("deploy", "السمرا", "asserted"), ("deploy", "كسب", "asserted")} <= set(listed)


def test_waiting_for_transport_to_return_is_expected() -> None:
    got = events("تنتظر نحو مئتي عائلة تأمين وسائل النقل للعودة إلى بلدة مضايا قبل الشتاء.", "2025-06-01")
    assert ("displacement", "مضايا", "expected") in got
    done = events("عادت نحو مئتي عائلة إلى بلدة مضايا بعد تأمين وسائل النقل لها.", "2025-06-01")
    assert ("displacement", "مضايا", "asserted") in done


def test_a_curfew_told_by_an_indefinite_noun_takes_the_place_of_its_pronoun() -> None:
    got = events("اندلعت اشتباكات بين عائلتين في بلدة الحراك. وأعلنت قيادة الأمن الداخلي فرض حظر تجوال فيها حتى "
                 "إشعار آخر.", "2025-11-06")
    assert ("other", "الحراك", "asserted") in got
    resumed = events("سيطرت فصائل المعارضة على بلدة الحراك. وقصفت الطائرات منازل يتحصن فيها مقاتلون.", "2025-11-06")
    assert ("attack", "الحراك", "asserted") not in resumed


def test_a_place_called_a_city_keeps_the_city_word() -> None:
    got = events("قتل ثلاثة مدنيين بقصف على حي في مدينة درعا. وفي بصرى الشام، وصلت حافلات تقل عائلات نازحة. وكانت "
                 "القوات الحكومية قد دخلت المدينة أمس.", "2025-07-20")
    assert ("enter", "درعا", "asserted") in got and ("enter", "بصرى الشام", "asserted") not in got


def test_a_plural_with_a_relative_ranks_the_town() -> None:
    got = events("وكانت بلدة كفرنبل من أوائل البلدات التي شهدت مظاهرات عام 2011.", "2025-07-20")
    assert ("protest", "كفرنبل", "asserted") in got


def test_a_plural_with_a_relative_clause_names_no_town() -> None:
    got = events("قصفت الطائرات بلدة كفرنبل أمس. وقال ناشطون إن عشرات العائلات عادت إلى منازلها في البلدات التي "
                 "توقف فيها القصف.", "2025-03-10")
    assert ("displacement", "كفرنبل", "asserted") not in got
