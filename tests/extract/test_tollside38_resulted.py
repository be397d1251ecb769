"""Task tollside38: the side of a toll told after a verb of resulting whose agent is told in another clause or
sentence (own sentences; bench/sentences/tollside38.txt holds more)."""
from __future__ import annotations

from tawatur.model import Article, Event
from tawatur.pipeline import analyze


def _toll(text: str, day: str, place: str) -> Event:
    evs = analyze(Article(id="s", raw=text, published=day)).events
    return next(e for e in evs if e.type == "casualties" and e.place is not None and place in e.place.name)


def test_a_clash_right_before_the_result_verb_gives_its_dead_no_side_of_the_curfew_told_first() -> None:
    toll = _toll("فرضت قوى الأمن الداخلي حظر تجوال في مدينة القصير بعد اشتباك مسلح بين مجموعتين من المهربين أدى إلى"
                 " مقتل شخص وإصابة ثلاثة آخرين", "2025-03-04", "القصير")
    assert toll.actor.side == "unknown"


def test_a_strike_of_unnamed_men_gives_its_toll_no_side_of_the_campaign_hunting_them() -> None:
    toll = _toll("أطلقت قوى الأمن العام حملة أمنية في قرى ريف بانياس لملاحقة خلية مجهولة تقف وراء الهجوم على حاجز قرب"
                 " قرية القدموس مساء أمس والذي أسفر عن مقتل عنصرين وإصابة ثالث", "2025-03-04", "القدموس")
    assert toll.actor.side == "unknown"


def test_the_strike_noun_subject_of_the_result_verb_is_the_strike_of_the_sentence_before() -> None:
    toll = _toll("قصفت المدفعية التركية قرى تل رفعت ومنغ في ريف حلب الشمالي. وأوضح المرصد أن القصف أدى إلى مقتل"
                 " أربعة مدنيين في تل رفعت", "2016-02-18", "تل رفعت")
    assert toll.actor.side == "turkey" and toll.rule.endswith("side:resulted-from-before")


def test_an_unnamed_strike_before_or_a_strike_of_its_own_gives_no_side() -> None:
    toll = _toll("سقطت قذائف على بلدة كفرنبودة صباح اليوم. وأفاد الدفاع المدني بأن القصف أسفر عن مقتل ثلاثة مدنيين",
                 "2024-08-12", "كفرنبودة")
    assert toll.actor.side == "unknown"
    toll = _toll("شنت طائرات حربية روسية غارات على بلدة كفرنبودة. وفي حادث منفصل أسفر انفجار عبوة ناسفة في مدينة"
                 " سلقين عن مقتل شخصين", "2024-08-12", "سلقين")
    assert toll.actor.side == "unknown"


def test_the_dead_of_both_parties_were_inflicted_by_neither() -> None:
    toll = _toll("اشتبكت قوات النظام مع فصائل المعارضة في بلدة كفرنبل، وأسفرت المعارك عن مقتل عشرة مقاتلين من"
                 " الطرفين", "2015-04-20", "كفرنبل")
    assert toll.actor.side == "unknown"


def test_the_strike_noun_told_again_at_the_places_before_takes_the_strike_of_the_sentence_before() -> None:
    toll = _toll("قصفت المدفعية التركية مواقع الوحدات الكردية في قرى تل رفعت ومنغ ودير جمال. وأوضح المرصد أن القصف أدى"
                 " إلى مقتل خمسة مدنيين، بينهم امرأتان، في قرية منغ", "2016-02-18", "منغ")
    assert toll.actor.side == "turkey" and toll.rule.endswith("side:resulted-from-before")


def test_a_definite_operation_noun_subject_takes_the_operation_told_before() -> None:
    toll = _toll("بسطت وحدات من الجيش سيطرتها على بلدة اللطامنة صباح اليوم. وتابع المراسل حديثه عن الوضع الميداني."
                 " وأشار إلى أن العمليات أسفرت عن مقتل عشرين مسلحاً", "2019-05-10", "اللطامنة")
    assert toll.actor.side == "government" and toll.rule.endswith("side:resulted-from-before")
    toll = _toll("سيطرت وحدات من الجيش على بلدة اللطامنة. وشهدت البلدة احتجاجات أعقبتها عمليات واسعة أسفرت عن مقتل"
                 " العشرات", "2019-05-10", "اللطامنة")
    assert toll.actor.side == "unknown"


def test_a_verb_of_resulting_with_no_preposition_gives_the_toll_the_happening_before_it() -> None:
    toll = _toll("وكانت مدينة حماة قد شهدت في صيف 2011 أكبر المظاهرات، قبل أن تقتحمها قوات الجيش مطلع آب من العام نفسه"
                 " في عملية خلفت مئات القتلى.", "2019-05-10", "حماة")
    assert toll.actor.side == "government" and toll.rule.endswith("side:resulted-from")
    toll = _toll("وكانت قوات الجيش قد اقتحمت بلدة كفرنبودة في معارك عنيفة خلفت عشرات القتلى من الطرفين",
                 "2019-05-10", "كفرنبودة")
    assert toll.actor.side == "unknown"
