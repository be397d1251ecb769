"""Dates on unseen articles (task date38): a reported happening whose own day closes its clause far after the
trigger, or stands in the "عندما/حين" clause that caused it, takes that day, not the day it was told; an hour
of the clock before "ليلاً" is no happening of last night; "في الخامس من الشهر" right after a report names the
month it covers is a day of that month."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def dated(text: str, published: str) -> dict[tuple[str, str], str | None]:
    events = analyze(Article(id="d", raw=text, published=published)).events
    return {(e.type, e.place.name if e.place else ""): e.date.value if e.date else None for e in events}


def test_own_day_closing_a_long_reported_clause() -> None:
    got = dated("نفت وزارة الدفاع، اليوم الثلاثاء، أن تكون قواتها قد قصفت بلدة خربة غزالة أو دخلت قرية نامر في ريف "
                "درعا الشرقي مساء أمس، ووصفت الأنباء بأنها مضللة.", "2025-10-07")
    assert got[("attack", "خربة غزالة")] == "2025-10-06"
    assert got[("enter", "نامر")] == "2025-10-06"


def test_own_day_after_the_place_told_at_length() -> None:
    got = dated("وقالت مصادر محلية يوم الخميس إن الطائرات الحربية الروسية قصفت الأحياء الجنوبية والغربية من مدينة "
                "كفرنبل في ريف إدلب الجنوبي ليل الثلاثاء.", "2019-05-09")
    assert got[("attack", "كفرنبل")] == "2019-05-07"


def test_report_day_still_dates_a_happening_with_no_day_of_its_own() -> None:
    got = dated("قال مصدر عسكري اليوم الثلاثاء إن قوات الجيش سيطرت على قرية تل ملح في ريف حماة الشمالي بعد معارك "
                "عنيفة استمرت أسابيع مع الفصائل.", "2019-06-11")
    assert got[("take_control", "تل ملح")] == "2019-06-11"


def test_a_day_far_on_in_a_clause_of_its_own_is_not_the_reported_day() -> None:
    got = dated("وقالت مصادر محلية اليوم الثلاثاء إن فصائل المعارضة انسحبت من بلدة طفس باتجاه مدينة درعا، وكانت "
                "قوات النظام قد سيطرت على مدينة بصرى الشام في آذار الماضي.", "2018-07-10")
    assert got[("withdraw", "طفس")] == "2018-07-10"


def test_death_dated_by_its_when_clause() -> None:
    got = dated("قال مسؤولون أمريكيون اليوم الأحد إن ثلاثة جنود قُتلوا، وأصيب اثنان آخران، عندما هاجم مسلح دورية "
                "مشتركة قرب مدينة الشدادي أمس السبت.", "2025-12-14")
    assert got[("casualties", "الشدادي")] == "2025-12-13"


def test_when_clause_with_no_day_leaves_the_report_day() -> None:
    got = dated("وقال الدفاع المدني اليوم الثلاثاء إن مزارعين قتلا بانفجار لغم في بلدة التمانعة حين كانا يعملان في "
                "أرضهما.", "2024-03-05")
    assert got[("casualties", "التمانعة")] == "2024-03-05"


def test_clock_night_is_a_curfew_hour_not_last_night() -> None:
    got = dated("وأعلنت محافظة طرطوس فرض حظر التجول في مدينة بانياس من الساعة التاسعة ليلاً حتى السادسة صباحاً.",
                "2025-03-08")
    assert got[("other", "بانياس")] == "2025-03-08"


def test_night_alone_is_still_last_night() -> None:
    got = dated("وقال سكان إن مسلحين مجهولين هاجموا حاجزاً للأمن العام في مدينة بانياس ليلاً.", "2025-03-08")
    assert got[("attack", "بانياس")] == "2025-03-07"


def test_day_of_the_month_a_report_covers() -> None:
    got = dated("وثقت الشبكة خلال الفترة الممتدة من الأول حتى الثلاثين من أيلول 2013 عشرات الانتهاكات بحق المدنيين.\n"
                "ففي الخامس من الشهر، قصفت طائرات حربية تابعة للقوات الحكومية بلدة سراقب.\n"
                "وفي الثاني عشر منه، قصفت القوات الحكومية بلدة بنش بقذائف المدفعية.", "2013-11-14")
    assert got[("attack", "سراقب")] == "2013-09-05"
    assert got[("attack", "بنش")] == "2013-09-12"


def test_day_of_the_month_with_no_month_named_is_the_articles() -> None:
    got = dated("ففي الخامس من الشهر، قصفت طائرات حربية تابعة للقوات الحكومية بلدة سراقب.", "2013-11-14")
    assert got[("attack", "سراقب")] == "2013-11-05"


def test_a_month_long_past_does_not_take_the_day() -> None:
    got = dated("وكانت الفصائل قد سيطرت على بلدة سراقب في آذار 2012.\n"
                "وفي الخامس من الشهر، قصفت طائرات حربية تابعة للقوات الحكومية بلدة سراقب.", "2013-11-14")
    assert got[("attack", "سراقب")] == "2013-11-05"


def test_outlet_named_tomorrow_dates_nothing() -> None:
    got = dated("وقال مراسل الغد إن القوة الأمريكية انسحبت من قرية سجو.", "2026-01-28")
    assert got[("withdraw", "سجو")] == "2026-01-28"


def test_quoted_outlet_named_now_leaves_the_news_day() -> None:
    got = dated("اندلعت اشتباكات مسلحة في بلدة الكرك الشرقي مساء أمس الاثنين.\n"
                "ونقل موقع \"درعا الآن\" عن شهود أن عشرات العائلات نزحت من البلدة نحو بلدة الغارية الشرقية.",
                "2025-09-23")
    assert got[("displacement", "الغارية الشرقية")] == "2025-09-22"


def test_our_reporter_today_and_tomorrow_after_a_verb_still_date() -> None:
    assert dated("وقال مراسلنا اليوم إن القوة الأمريكية انسحبت من قرية سجو.", "2026-01-28")[("withdraw", "سجو")] \
        == "2026-01-28"
    assert dated("وقال مراسل إن القوات الأمريكية ستنسحب من قرية سجو غداً.", "2026-01-28")[("withdraw", "سجو")] \
        == "2026-01-29"


def test_state_since_a_year_is_dated_by_it() -> None:
    assert dated("وكانت وحدات الجيش قد أحكمت الطوق على حي الوعر منذ عام 2013.", "2017-03-18")[("advance", "الوعر")] \
        == "2013-01-01"
    got = dated("ويحاصر تنظيم الدولة الإسلامية مطار دير الزور العسكري منذ مطلع عام 2015.", "2016-09-18")
    assert [v for (t, _), v in got.items() if t == "advance"] == ["2015-01-01"]


def test_first_time_since_a_year_keeps_its_own_day() -> None:
    got = dated("ودخلت قوات النظام مدينة سراقب للمرة الأولى منذ عام 2011.", "2020-02-07")
    assert got[("enter", "سراقب")] == "2020-02-07"
