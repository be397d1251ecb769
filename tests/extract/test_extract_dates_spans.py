"""A span of time that runs up to the report ("خلال الساعات الماضية", "منذ الفجر", "خلال الأسبوعين
الماضيين") is the clause's own date: the article's day, not a day the report before it named; "بعد أسبوع
من X" / "بعد يوم واحد من X" put X a week / a day back (sentences written for these tests)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def dates_of(text: str, published: str) -> dict[tuple[str, str], str]:
    evs = analyze(Article(id="t", raw=text, published=published)).events
    return {(e.type, e.place.name_en): e.date.value for e in evs}


def test_the_past_hours_are_the_report_day_not_the_weekday_of_the_report_before():
    text = ("قال مصدر عسكري إن وحدات الجيش دخلت يوم الأحد الماضي بلدة مورك في ريف حماة. "
            "وأضاف أن الطائرات الحربية شنت خلال الساعات الماضية غارات على بلدة اللطامنة.")
    got = dates_of(text, "2017-09-07")
    assert got[("enter", "Morek")] == "2017-09-03"
    assert got[("attack", "Al-Lataminah")] == "2017-09-07"


def test_since_dawn_is_today_not_last_night():
    text = ("قال ناشطون إن مقاتلي المعارضة انسحبوا ليل أمس من بلدة مورك. "
            "وأضافوا أن الطيران الحربي قصف منذ الفجر بلدة اللطامنة بأكثر من عشرين غارة.")
    got = dates_of(text, "2017-09-07")
    assert got[("withdraw", "Morek")] == "2017-09-06"
    assert got[("attack", "Al-Lataminah")] == "2017-09-07"


def test_the_past_two_weeks_run_up_to_the_report():
    text = ("قالت منظمة إغاثية يوم الأحد الماضي إن عائلات نزحت إلى مدينة حمص. "
            "وأضافت أن نحو مئتي عائلة غادرت المخيم خلال الأسبوعين الماضيين نحو مدينة تدمر.")
    got = dates_of(text, "2019-02-14")
    assert got[("displacement", "Homs")] == "2019-02-10"
    assert got[("displacement", "Palmyra")] == "2019-02-14"


def test_a_week_after_x_puts_x_a_week_back():
    text = "دخلت قوات الحكومة اليوم مدينة دوما، بعد أسبوع من خروج آخر دفعة من مقاتلي المعارضة منها نحو جرابلس."
    evs = analyze(Article(id="t", raw=text, published="2018-04-02")).events
    got = {(e.type, e.place.name_en): e.date for e in evs}
    assert got[("enter", "Douma")].value == "2018-04-02"
    assert (got[("withdraw", "Douma")].value, got[("withdraw", "Douma")].precision) == ("2018-03-26", "week")


def test_one_day_after_x_puts_x_a_day_back():
    text = "أعلنت وزارة الداخلية اليوم الجمعة توقيف عشرة مشتبه بهم، بعد يوم واحد من كمين نصبه مسلحون لدورية قرب بلدة تلكلخ."
    got = dates_of(text, "2024-12-27")
    assert got[("attack", "Tal Kalakh")] == "2024-12-26"


def test_a_date_after_a_comma_enclosed_aside_on_the_place_dates_the_clause():
    got = dates_of("وكانت الفصائل قد استولت على مدينة أريحا، التي تقع جنوب إدلب، في أيار 2015 بعد معارك عنيفة.",
                   "2020-03-15")
    assert got[("take_control", "Ariha")].startswith("2015-05")
    got = dates_of("وسيطرت قوات الحكومة على بلدة خان شيخون، الواقعة على الطريق الدولي، في آب الماضي بعد حملة قصف.",
                   "2020-03-15")
    assert got[("take_control", "Khan Shaykhun")].startswith("2019-08")


def test_a_date_inside_the_aside_is_the_aside_s_own():
    got = dates_of("دخلت القوات مدينة أريحا، التي سيطرت عليها الفصائل عام 2015، وسط ترحيب الأهالي.", "2020-03-15")
    assert got[("enter", "Ariha")] == "2020-03-15"


def test_a_year_after_since_before_the_trigger_dates_it_and_after_it_dates_nothing():
    got = dates_of("ويقيم في المخيم منذ عام 2016 آلاف النازحين الفارين من ريف تدمر.", "2019-02-14")
    assert got[("displacement", "Palmyra countryside")].startswith("2016")
    got = dates_of("سيطرت الفصائل اليوم على بلدة مسكنة التي يسيطر عليها التنظيم منذ عام 2014.", "2019-02-14")
    assert got[("take_control", "Maskanah")] == "2019-02-14"


def test_that_day_yawmaha_is_the_day_named_before_not_today():
    text = ("وكانت وزارة الدفاع قد أعلنت في الثامن من آذار بدء عملية أمنية في ريف جبلة.\n"
            "وشهدت المنطقة يومها موجة نزوح، إذ لجأ مئات من السكان إلى قاعدة حميميم.")
    got = dates_of(text, "2025-07-22")
    assert got[("displacement", "Khmeimim Air Base")] == "2025-03-08"


def test_a_continued_report_keeps_the_day_its_report_named_in_a_sentence_that_told_no_event():
    text = ("قال المتحدث باسم اللجنة: \"وثقنا مقتل مئات المدنيين خلال الأيام الممتدة من الخامس إلى الثامن من آذار\".\n"
            "وأضاف: \"نفذت مجموعات مسلحة هجمات على حواجز الأمن في بلدة القرداحة\".")
    got = dates_of(text, "2025-07-22")
    assert got[("attack", "Qardaha")].startswith("2025-03")


def test_a_new_report_after_a_dated_sentence_without_event_keeps_its_own_day():
    text = ("قال المتحدث باسم اللجنة: \"وثقنا مقتل مئات المدنيين خلال الأيام الممتدة من الخامس إلى الثامن من آذار\".\n"
            "وقصفت طائرات مسيرة اليوم بلدة القرداحة.")
    got = dates_of(text, "2025-07-22")
    assert got[("attack", "Qardaha")] == "2025-07-22"
