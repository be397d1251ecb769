"""Constructions behind the errors of bench/articles_heldout9 (task read9; sentences written for these tests)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str = "2017-03-02"):
    return analyze(Article(id="r9", raw=text, published=published)).events


def got(evs) -> set[tuple[str, str, str]]:
    return {(e.type, e.polarity, e.place.name) for e in evs if e.place is not None}


def test_a_force_heading_for_a_town_advances_on_it():
    evs = events_of("وكانت الفصائل قد دخلت بلدة الراعي في الخريف، قبل أن تتجه شرقاً نحو مدينة منبج.")
    assert ("advance", "asserted", "منبج") in got(evs)
    evs = events_of("ويرجح مراقبون أن تتجه قوات النظام بعد ذلك نحو مدينة الميادين.", "2017-10-20")
    assert ("advance", "expected", "الميادين") in got(evs)


def test_attention_turning_is_no_advance():
    assert not [e for e in events_of("وتتجه الأنظار الآن إلى مدينة حلب.") if e.type == "advance"]


def test_heading_verb_joined_to_a_flight_is_the_flight():
    evs = events_of("وقال ناشطون إن مئات العائلات فرت من مدينة سراقب ويتجه معظمها إلى مخيمات قرب الحدود "
                    "أو إلى منطقة عفرين.", "2020-01-12")
    assert ("displacement", "asserted", "عفرين") in got(evs)
    assert not [e for e in evs if e.type == "advance"]


def test_ala_an_opens_a_term_still_to_come():
    evs = events_of("وقال مسؤول محلي إن الجيش تسلم مطار الجراح صباح اليوم، على أن يتم تسليم بلدة دير حافر "
                    "خلال ثلاثة أيام.", "2026-01-20")
    assert ("take_control", "expected", "دير حافر") in got(evs)
    assert ("take_control", "asserted", "مطار الجراح") in got(evs)
    evs = events_of("وأضاف أن الأمن العام سيتسلم الحواجز، على أن تنسحب الفصائل المحلية من بلدة الشدادي.", "2026-02-11")
    assert ("withdraw", "expected", "الشدادي") in got(evs)


def test_ala_an_after_a_verb_of_stressing_is_no_term():
    evs = events_of("وأكد المتحدث على أن القوات انسحبت من بلدة الصورة الكبيرة فجر اليوم.", "2025-05-02")
    assert {e.polarity for e in evs if e.type == "withdraw"} == {"asserted"}


def test_start_verb_after_a_long_subject_is_expected():
    evs = events_of("وقال عضو اللجنة إن دوريات مشتركة من الشرطة العسكرية والأمن الداخلي ستبدأ الأسبوع المقبل "
                    "في أحياء مدينة عامودا.", "2026-02-11")
    assert ("deploy", "expected", "عامودا") in got(evs)


def test_reinforcements_arriving_after_hours_are_deploy():
    evs = events_of("وقال المصدر إن تعزيزات وصلت إلى بلدة السخنة بعد ساعات من نداء أطلقه وجهاؤها.", "2026-03-14")
    assert ("deploy", "asserted", "السخنة") in got(evs)
    assert not [e for e in evs if e.type == "advance"]
    evs = events_of("ووصلت قوات النظام إلى بعد كيلومترين من بلدة تادف.", "2017-02-23")
    assert ("advance", "asserted", "تادف") in got(evs)


def test_time_counted_after_a_campaign_starts_is_no_strike():
    evs = events_of("وقال المرصد إن الوحدات التركية وصلت أمس إلى أطراف بلدة جنديرس بعد أسابيع على بدء الحملة العسكرية.",
                    "2018-03-10")
    assert {e.type for e in evs} == {"advance"}


def test_a_forecast_city_is_no_antecedent():
    evs = events_of("دخلت قوات النظام اليوم أحياء مدينة دير الزور الشرقية. ويتوقع ناشطون أن تتجه القوات بعدها نحو "
                    "مدينة البوكمال. وكانت القوات قد فكت في الصيف الحصار عن أحياء المدينة الغربية.", "2017-11-04")
    assert ("other", "asserted", "دير الزور") in got(evs)
    assert ("other", "asserted", "البوكمال") not in got(evs)


def test_cadres_leaving_are_an_evacuation():
    evs = events_of("وقال شهود عيان إن قياديين في قسد غادروا مدينة الرقة مساء أمس باتجاه الحسكة.", "2026-01-19")
    assert ("evacuation", "asserted", "الرقة") in got(evs)
    assert not [e for e in evs if e.type == "displacement"]
