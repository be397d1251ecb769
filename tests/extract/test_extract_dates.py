"""Which date an event takes (issue 12): its own clause, a history year, a parenthetical year, the
narrative's last named day (sentences written for these tests)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def dates_of(text: str, published: str = "2017-09-07") -> dict[tuple[str, str], str]:
    evs = analyze(Article(id="t", raw=text, published=published)).events
    return {(e.type, e.place.name_en): e.date.value for e in evs}


def test_a_history_year_in_the_clause_dates_its_event():
    got = dates_of("وكان التنظيم قد حاصر جيبا للجيش في مدينة دير الزور عام 2014.")
    assert got[("advance", "Deir ez-Zor")].startswith("2014")


def test_a_year_since_or_in_parentheses_dates_nothing():
    got = dates_of("سيطرت الفصائل أمس على مدينة الباب التي تقع تحت حكم التنظيم منذ عام 2014.")
    assert got[("take_control", "Al-Bab")] == "2017-09-06"
    got = dates_of("سيطرت الفصائل اليوم على معبر باب السلامة (الذي أغلق عام 2013) الحدودي.")
    assert all(not v.startswith("2013") for v in got.values())


def test_the_narrative_day_carries_to_the_next_sentence_of_its_paragraph():
    text = ("وقال المرصد إن قوات النظام دخلت ليل السبت بلدة مورك في ريف حماة. "
            "وتمكنت القوات بعد ذلك من السيطرة على بلدة اللطامنة المجاورة.")
    got = dates_of(text, published="2017-09-05")
    assert got[("enter", "Morek")] == "2017-09-02"
    assert got[("take_control", "Al-Lataminah")] == "2017-09-02"


def test_a_pluperfect_recap_with_no_date_word_is_the_day_before():
    text = ("دخلت قوات النظام اليوم بلدة مورك في ريف حماة. "
            "وكانت القوات قد حاصرت بلدة اللطامنة المجاورة قبل أن تنسحب الفصائل منها.")
    got = dates_of(text, published="2017-09-05")
    assert got[("enter", "Morek")] == "2017-09-05"
    assert got[("advance", "Al-Lataminah")] == "2017-09-04"


def test_a_past_habit_after_kana_is_no_recap():
    text = "سيطرت الفصائل على بلدة مورك التي كان التنظيم يستخدمها مقرا له."
    got = dates_of(text, published="2017-09-05")
    assert got[("take_control", "Morek")] == "2017-09-05"


def test_earlier_dates_a_day_back_but_not_inside_a_name_gloss():
    got = dates_of("وسيطرت الفصائل في وقت سابق على بلدة مورك.", published="2017-09-05")
    assert got[("take_control", "Morek")] == "2017-09-04"
    got = dates_of("دخلت الفصائل بلدة مورك بعد معارك مع هيئة تحرير الشام (النصرة سابقا).",
                   published="2017-09-05")
    assert got[("enter", "Morek")] == "2017-09-05"


def test_the_day_after_puts_its_event_a_day_before_the_sentence():
    text = "انتشرت قوات النظام صباح اليوم في بلدة مورك، غداة سيطرتها على بلدة اللطامنة."
    got = dates_of(text, published="2017-09-05")
    assert got[("take_control", "Al-Lataminah")] == "2017-09-04"


def test_a_relative_date_corrected_in_parentheses_takes_the_correction():
    text = "وقال المصدر إن الجيش صد هجوما شنته الفصائل ظهر اليوم (أمس) على بلدة مورك."
    got = dates_of(text, published="2017-09-05")
    assert got[("attack", "Morek")] == "2017-09-04"


def test_a_week_names_no_day():
    text = "وقال المصدر إن مئات العائلات فرت خلال الأسبوع الماضي من بلدة مورك."
    got = dates_of(text, published="2017-09-05")
    assert got[("displacement", "Morek")] == "2017-09-05"


def test_a_month_alone_dates_a_history_clause():
    text = "واستعاد الجيش السيطرة على مدينة تدمر في آذار بعد معارك مع التنظيم."
    got = dates_of(text, published="2016-12-11")
    assert got[("take_control", "Palmyra")].startswith("2016-03")


def test_the_day_after_reaches_a_trigger_a_few_words_on():
    text = "وانتشرت قوات النظام اليوم في بلدة مورك، غداة استعادة الجيش السيطرة على بلدة اللطامنة."
    got = dates_of(text, published="2017-09-05")
    assert got[("take_control", "Al-Lataminah")] == "2017-09-04"


def test_the_past_two_days_date_their_events_two_days_back():
    text = "وقالت الوكالة إن الجيش سيطر خلال اليومين الماضيين على بلدة اللطامنة."
    got = dates_of(text, published="2017-09-05")
    assert got[("take_control", "Al-Lataminah")] == "2017-09-03"


def test_an_undated_lead_takes_the_day_its_retelling_states():
    text = ("تمكنت قوات النظام السوري من السيطرة على بلدة اللطامنة في ريف حماة. "
            "وأعلن الجيش، الاثنين، أنه سيطر على بلدة اللطامنة.")
    got = dates_of(text, published="2017-09-05")  # a Tuesday
    assert got[("take_control", "Al-Lataminah")] == "2017-09-04"


def test_a_relative_clause_on_the_trigger_has_its_own_date():
    text = "وصد الجيش أمس هجوما على محور بلدة اللطامنة التي استعادها الجيش يوم الجمعة."
    got = dates_of(text, published="2017-09-05")  # a Tuesday
    assert got[("take_control", "Al-Lataminah")] == "2017-09-01"


def test_where_things_stand_now_is_the_article_date():
    text = ("ودخلت قوات النظام ليل السبت بلدة مورك في ريف حماة. "
            "وباتت القوات تسيطر على بلدة اللطامنة المجاورة.")
    got = dates_of(text, published="2017-09-05")
    assert got[("enter", "Morek")] == "2017-09-02"
    assert got[("take_control", "Al-Lataminah")] == "2017-09-05"


def test_a_short_parenthesis_does_not_cut_a_clause_from_its_date():
    text = "وقال المصدر اليوم، إن الفصائل استعادت السيطرة على مدينة منبج من التنظيم (داعش) في عام 2016."
    got = dates_of(text, published="2018-11-01")
    assert got[("take_control", "Manbij")].startswith("2016")


def test_a_subordinate_clause_after_the_trigger_keeps_its_dates():
    text = "دخلت قوات النظام مدينة سراقب بعد أن حاصرتها أمس."
    got = dates_of(text, published="2020-02-07")
    assert got[("enter", "Saraqib")] == "2020-02-07"


def test_a_new_paragraph_quoting_the_same_source_again_keeps_its_day():
    text = ("أعلنت قوات سوريا الديمقراطية، الأحد، عن اشتباكات عنيفة في محيط بلدة عين عيسى.\n\n"
            "وقالت قوات سوريا الديمقراطية في بيان إن الفصائل هاجمت مواقعها في مدينة الشدادي.\n\n"
            "وقال المرصد السوري إن الطائرات قصفت مدينة الرقة.")
    got = dates_of(text, "2026-01-20")
    assert got[("attack", "Ayn Issa")] == "2026-01-18"
    assert got[("attack", "Al-Shaddadi")] == "2026-01-18"  # the same statement goes on
    assert got[("attack", "Raqqa")] == "2026-01-20"  # another source's report: the article's day


def test_formerly_known_as_is_a_name_not_a_recap():
    text = ("أعلن الجيش أنه سيطر يوم السبت على مدينة الطبقة. "
            "وتابع أن مقاتليه بسطوا سيطرتهم على سد المنصورة، المعروف سابقاً باسم سد البعث.")
    got = dates_of(text, "2026-01-19")
    assert got[("take_control", "Tabqa")] == "2026-01-17"
    dam = [v for (t, name), v in got.items() if t == "take_control" and name != "Tabqa"]
    assert dam == ["2026-01-17"]  # the statement goes on: its day, not the day before the article


def test_a_date_closing_the_sentence_after_a_comma_dates_its_clause():
    got = dates_of("قتل عشرة عناصر في اشتباكات اندلعت قرب بلدة مورك، أمس.", "2017-09-07")
    assert got[("attack", "Morek")] == "2017-09-06"
    # a date inside a later clause of its own does not reach back over it
    got = dates_of("سيطرت القوات على بلدة مورك، وقصفت الطائرات مدينة اللطامنة، أمس.", "2017-09-07")
    assert got[("take_control", "Morek")] == "2017-09-07"


def test_a_happening_told_before_a_dated_qabla_an_clause_took_place_by_that_day():
    text = "قال الجيش إن قواته دخلت مدينة الطبقة، قبل أن يعلن مساء السبت السيطرة على مطار الطبقة."
    got = dates_of(text, "2026-01-19")
    assert got[("enter", "Tabqa")] == "2026-01-17"
    # after "بعد أن" the dated clause came first: it does not date what followed
    text = "قال الجيش إن قواته دخلت مدينة الطبقة، بعد أن أعلن مساء السبت السيطرة على مطار الطبقة."
    assert dates_of(text, "2026-01-19")[("enter", "Tabqa")] == "2026-01-19"


def test_an_undated_later_paragraph_takes_the_day_the_lead_reports():
    text = ("قصفت قوات النظام أمس بلدة مورك في ريف حماة الشمالي.\n\n"
            "وشهدت أطراف بلدة اللطامنة المجاورة اشتباكات عنيفة بين الطرفين.")
    got = dates_of(text, published="2017-09-05")
    assert got[("attack", "Morek")] == "2017-09-04"
    assert got[("attack", "Al-Lataminah")] == "2017-09-04"


def test_a_lead_of_today_leaves_undated_paragraphs_on_the_article_date():
    text = ("قصفت قوات النظام اليوم بلدة مورك في ريف حماة الشمالي.\n\n"
            "وشهدت أطراف بلدة اللطامنة المجاورة اشتباكات عنيفة بين الطرفين.")
    assert dates_of(text, published="2017-09-05")[("attack", "Al-Lataminah")] == "2017-09-05"


def test_a_recap_lead_or_a_bad_an_clause_sets_no_news_day():
    recap = ("وكانت قوات النظام قد قصفت الاثنين بلدة مورك في ريف حماة الشمالي.\n\n"
             "وشهدت أطراف بلدة اللطامنة المجاورة اشتباكات عنيفة بين الطرفين.")
    assert dates_of(recap, published="2017-09-05")[("attack", "Al-Lataminah")] == "2017-09-05"
    linked = ("دخلت قوات النظام بلدة مورك في ريف حماة، بعد أن حاصرتها أمس.\n\n"
              "وشهدت أطراف بلدة اللطامنة المجاورة اشتباكات عنيفة بين الطرفين.")
    assert dates_of(linked, published="2017-09-05")[("attack", "Al-Lataminah")] == "2017-09-05"


def test_a_lead_day_two_days_back_is_not_the_news_day():
    text = ("قصفت قوات النظام الأحد بلدة مورك في ريف حماة الشمالي.\n\n"
            "وشهدت أطراف بلدة اللطامنة المجاورة اشتباكات عنيفة بين الطرفين.")
    assert dates_of(text, published="2017-09-05")[("attack", "Al-Lataminah")] == "2017-09-05"


def test_the_day_named_in_the_second_paragraph_of_the_lead_dates_the_first():
    text = ("أعلن الدفاع المدني مقتل خمسة مدنيين في انفجار عبوة ناسفة في مدينة الباب.\n\n"
            "وقال الدفاع المدني إن الحصيلة أولية. وأضاف أن الانفجار وقع قرب سوق الخضار صباح أمس.")
    got = dates_of(text, published="2017-09-05")
    assert got[("attack", "Al-Bab")] == "2017-09-04"


def test_before_that_makes_its_own_clause_a_recap_not_the_clause_before():
    text = ("قالت مصادر إن القوات تمكنت الأحد من السيطرة على بلدة مورك.\n"
            "وأضافت المصادر أن القوات سيطرت على بلدة كفرزيتا، وسيطرت القوات قبل ذلك على بلدة اللطامنة.")
    got = dates_of(text, published="2017-09-10")
    assert got[("take_control", "Kafr Zita")] == "2017-09-10"
    assert got[("take_control", "Al-Lataminah")] == "2017-09-09"


def test_earlier_in_a_later_clause_does_not_reach_back_over_the_trigger():
    text = ("وقال القائد إن الفصائل سيطرت على بلدة مورك بالكامل، فيما نقلت وكالة رسمية في وقت سابق "
            "أن الجيش صد الهجوم.")
    assert dates_of(text, published="2017-09-10")[("take_control", "Morek")] == "2017-09-10"


def test_the_same_day_dates_its_event_by_the_day_named_before():
    text = ("قصفت الطائرات بلدة مورك يوم السبت. "
            "وفي اليوم ذاته، سيطرت الفصائل على بلدة اللطامنة المجاورة.")
    got = dates_of(text, published="2017-09-05")  # a Tuesday: Saturday is 2 September
    assert got[("take_control", "Al-Lataminah")] == "2017-09-02"


def test_a_date_in_a_relative_clause_on_a_later_noun_does_not_date_the_trigger():
    text = ("سيطرت الفصائل أمس على بلدة مورك. "
            "واندلعت اشتباكات عنيفة في محيط بلدة اللطامنة المجاورة لقرية كفرزيتا التي دخلها الجيش يوم الجمعة.")
    got = dates_of(text, published="2017-09-05")  # a Tuesday: Friday is 1 September, yesterday the 4th
    assert got[("attack", "Al-Lataminah")] == "2017-09-04"


def test_a_relative_clause_right_after_the_trigger_still_dates_it():
    text = "قتل عشرة عناصر في الاشتباكات التي اندلعت يوم الجمعة في بلدة اللطامنة."
    got = dates_of(text, published="2017-09-05")
    assert got[("attack", "Al-Lataminah")] == "2017-09-01"


def test_a_sentence_opening_with_yudhkar_anna_is_background_told_before_the_day():
    text = ("دخلت قوات النظام اليوم بلدة مورك في ريف حماة. "
            "يُذكر أن الطائرات قصفت بلدة اللطامنة المجاورة وأدى القصف إلى مقتل عشرة مدنيين.")
    got = dates_of(text, published="2017-09-05")
    assert got[("enter", "Morek")] == "2017-09-05"
    assert got[("attack", "Al-Lataminah")] == "2017-09-04"
    text = "والجدير بالذكر أن الفصائل سيطرت على بلدة اللطامنة في 3 من آب."
    assert dates_of(text, published="2017-09-05")[("take_control", "Al-Lataminah")] == "2017-08-03"


def test_a_state_now_after_yudhkar_anna_is_no_recap():
    text = "يذكر أن الفصيل ما زال يفاوض الجانب الروسي على خروج مقاتليه من بلدة اللطامنة."
    got = dates_of(text, published="2017-09-05")
    assert all(v != "2017-09-04" for v in got.values())


def test_a_happening_going_on_since_a_day_is_dated_by_the_article():
    text = "تتواصل منذ فجر أمس، الاشتباكات في بلدة اللطامنة بين الفصائل وقوات النظام."
    got = dates_of(text, published="2017-09-05")
    assert got[("attack", "Al-Lataminah")] == "2017-09-05"
    text = "وتشن قوات النظام منذ فجر أمس هجوما على بلدة اللطامنة."
    assert dates_of(text, published="2017-09-05")[("attack", "Al-Lataminah")] == "2017-09-04"


def test_a_recap_after_news_of_an_earlier_day_is_dated_by_that_day_at_the_latest():
    text = ("قال الجيش إن قواته دخلت مساء السبت بلدة مورك في ريف حماة.\n"
            "وكانت القوات قد سيطرت في وقت سابق على بلدة اللطامنة.")
    got = dates_of(text, published="2017-09-04")  # a Monday: Saturday is 2 September
    assert got[("enter", "Morek")] == "2017-09-02"
    assert got[("take_control", "Al-Lataminah")] == "2017-09-02"
    text = ("دخلت الفصائل بلدة مورك في 3 من آب 2015.\n"
            "وكانت الفصائل قد سيطرت في وقت سابق على بلدة اللطامنة.")
    assert dates_of(text, published="2017-09-04")[("take_control", "Al-Lataminah")] == "2017-09-03"


def test_fighting_said_to_go_on_is_dated_by_the_article_not_the_day_before():
    text = ("قال المرصد إن الجيش دخل يوم الأحد بلدة مورك.\n"
            "وأشار المرصد إلى استمرار المعارك العنيفة في محيط بلدة اللطامنة.")
    got = dates_of(text, published="2017-09-05")  # a Tuesday: Sunday is 3 September
    assert got[("enter", "Morek")] == "2017-09-03"
    assert got[("attack", "Al-Lataminah")] == "2017-09-05"


def test_a_build_up_said_to_go_on_is_dated_by_the_article():
    text = ("دخلت قوات النظام أمس بلدة مورك في ريف حماة.\n"
            "ويأتي ذلك مع مواصلة قوات النظام حشد تعزيزات قرب بلدة اللطامنة.")
    got = dates_of(text, published="2017-09-05")
    assert got[("enter", "Morek")] == "2017-09-04"
    assert got[("deploy", "Al-Lataminah")] == "2017-09-05"


def test_a_history_paragraph_dates_its_undated_sentences_by_its_year_or_month():
    text = ("وفي عام 2013 سيطرت الفصائل على بلدة مورك في ريف حماة. "
            "ثم انسحبت الفصائل من بلدة اللطامنة المجاورة بعد معارك.")
    got = dates_of(text, published="2017-09-05")
    assert got[("withdraw", "Al-Lataminah")].startswith("2013")
    text = "وفي آذار 2016 دخلت قوات النظام بلدة مورك. وسيطرت القوات على بلدة اللطامنة المجاورة."
    assert dates_of(text, published="2017-09-05")[("take_control", "Al-Lataminah")].startswith("2016-03")


def sided_dates(text: str, published: str) -> dict[tuple[str, str, str], str]:
    evs = analyze(Article(id="t", raw=text, published=published)).events
    return {(e.type, e.place.name_en, e.actor.side): e.date.value for e in evs}


def test_a_state_now_is_dated_by_the_article_not_by_the_night_of_an_earlier_clause():
    text = "دخلت قوات النظام ليل الأربعاء بلدة مورك في ريف حماة، وباتت تسيطر على بلدة اللطامنة المجاورة."
    got = dates_of(text, published="2017-09-08")  # a Friday: Wednesday is 6 September
    assert got[("enter", "Morek")] == "2017-09-06"
    assert got[("take_control", "Al-Lataminah")] == "2017-09-08"


def test_twenty_four_hours_after_puts_the_earlier_happening_a_day_back_and_only_it():
    text = ("استعادت قوات النظام بلدة مورك بعد نحو 24 ساعة من طردها منها على أيدي الفصائل.\n"
            "وأضاف المرصد أن قوات النظام سيطرت كذلك على بلدة اللطامنة المجاورة.")
    got = sided_dates(text, published="2017-09-08")
    assert got[("take_control", "Morek", "opposition")] == "2017-09-07"
    assert got[("take_control", "Morek", "government")] == "2017-09-08"
    assert got[("take_control", "Al-Lataminah", "government")] == "2017-09-08"  # the report's day


def test_a_sentence_retelling_a_dated_happening_tells_of_its_day_but_not_what_came_after_it():
    text = ("دخلت قوات النظام يوم الأربعاء مدينة مورك في ريف حماة.\n"
            "وأفاد مراسل بأن قوات النظام دخلت أجزاء من أحياء مدينة مورك وسيطرت على بلدة اللطامنة المجاورة.\n"
            "وبعد السيطرة على بلدة اللطامنة، اقتحمت قوات النظام بلدة كفرزيتا.")
    got = dates_of(text, published="2017-09-08")  # a Friday: Wednesday is 6 September
    assert got[("enter", "Morek")] == "2017-09-06"
    assert got[("take_control", "Al-Lataminah")] == "2017-09-06"  # told with the retold entry
    assert got[("enter", "Kafr Zita")] == "2017-09-08"  # after "بعد" the retelling: a later happening


def test_a_retold_day_stays_with_its_source_in_the_sentence():
    """The day a retelling takes goes to the sentence's other undated events of the same source only: the
    clashes another party claims after "بينما أكدت" are not dated by the local network's retold strike."""
    text = ("قصفت قوات النظام بلدة كفرنبل بالمدفعية يوم السبت.\n"
            "وقالت شبكة محلية إن الطائرات المروحية ألقت عشرين برميلا متفجرا على كفرنبل، بينما أكدت فصائل "
            "المعارضة أنها قتلت عناصر من قوات النظام في اشتباكات عند بلدة حيش.")
    got = dates_of(text, published="2019-05-13")  # a Monday: Saturday is 11 May
    assert got[("attack", "Kafranbel")] == "2019-05-11"
    assert got[("attack", "Hish")] == "2019-05-13"


def test_a_happening_of_the_same_kind_days_before_is_not_retold():
    text = ("دخلت قوات النظام في 1 أيلول مدينة مورك في ريف حماة.\n"
            "وأفاد مراسل بأن قوات النظام دخلت أحياء مدينة مورك وسيطرت على بلدة اللطامنة المجاورة.")
    got = dates_of(text, published="2017-09-08")
    assert got[("take_control", "Al-Lataminah")] == "2017-09-08"


def test_a_toll_announced_on_one_day_takes_the_day_the_next_sentence_gives_this_toll():
    text = ("أعلنت القوات، يوم الخميس، عن مقتل 20 مسلحا في بلدة مورك. "
            "وأوضحت أن المواجهات التي دارت يوم الأربعاء قرب البلدة خلفت هذه الحصيلة.")
    got = dates_of(text, published="2017-09-08")  # a Friday: Thursday 7, Wednesday 6 September
    assert got[("casualties", "Morek")] == "2017-09-06"
    text = "أعلنت القوات، يوم الخميس، عن مقتل 20 مسلحا في بلدة مورك. وقالت إن الحصيلة مرشحة للارتفاع."
    assert dates_of(text, published="2017-09-08")[("casualties", "Morek")] == "2017-09-07"


def test_an_incident_named_with_its_day_in_the_next_sentence_dates_the_violence_told_before():
    text = ("خرجت تظاهرة غاضبة في بلدة مورك يوم السبت إثر مقتل شاب برصاص مسلحين. "
            "وقال ناشط إن الغضب لم يهدأ في البلدة منذ حادثة الجمعة.")
    got = dates_of(text, published="2017-09-10")  # a Sunday: Saturday 9, Friday 8 September
    assert got[("protest", "Morek")] == "2017-09-09"
    assert got[("casualties", "Morek")] == "2017-09-08"
    text = ("خرجت تظاهرة غاضبة في بلدة مورك يوم السبت إثر مقتل شاب برصاص مسلحين.\n"
            "وفي سياق آخر، قال ناشط إن حادثة الجمعة في حماة لم تتكرر.")
    assert dates_of(text, published="2017-09-10")[("casualties", "Morek")] == "2017-09-09"  # another paragraph


def test_the_noun_of_a_counted_operation_names_the_whole_operation_from_its_start():
    text = ("استقل مئات المقاتلين الحافلات يوم الأحد خلال اليوم الثاني لعملية إجلاء مسلحي بلدة مورك.\n"
            "وقال مصدر عسكري إن إجلاء المقاتلين من بلدة اللطامنة سيستغرق ثلاثة أيام.")
    got = dates_of(text, published="2017-09-04")  # a Monday: Sunday is 3 September, day one the 2nd
    assert got[("withdraw", "Al-Lataminah")] == "2017-09-02"
    text = ("بدأت عملية الإجلاء من بلدة مورك يوم الخميس.\n"
            "وفي اليوم الثالث لعملية الإجلاء خرجت حافلات تقل المقاتلين من بلدة اللطامنة.")
    got = dates_of(text, published="2017-09-11")  # a Monday: Thursday is 7 September
    assert got[("withdraw", "Al-Lataminah")] == "2017-09-09"  # day three, not the start


ONE_LINE = ("استعادت الفصائل، فجر الخميس، بلدة مورك في ريف حماة.\n"
            "وقال قائد في الفصائل إن المحاولة بدأت مساء الأربعاء بعد أسابيع من التحضير.\n")


def test_a_one_line_paragraph_that_tells_no_event_dates_the_next_paragraph_going_on_with_its_forces():
    text = ONE_LINE + "وشهدت الأطراف الشرقية لبلدة اللطامنة اشتباكات عنيفة بين الفصائل وقوات النظام."
    got = dates_of(text, published="2017-09-07")  # a Thursday: Wednesday is 6 September
    assert got[("take_control", "Morek")] == "2017-09-07"
    assert got[("attack", "Al-Lataminah")] == "2017-09-06"


def test_a_longer_paragraph_or_other_actors_do_not_carry_the_day():
    text = ONE_LINE + "وشهدت الأطراف الشرقية لبلدة اللطامنة اشتباكات عنيفة بين الأهالي."
    assert dates_of(text, published="2017-09-07")[("attack", "Al-Lataminah")] == "2017-09-07"
    text = (ONE_LINE.rstrip("\n") + " ولم يذكر القائد تفاصيل أخرى.\n"
            "وشهدت الأطراف الشرقية لبلدة اللطامنة اشتباكات عنيفة بين الفصائل وقوات النظام.")
    assert dates_of(text, published="2017-09-07")[("attack", "Al-Lataminah")] == "2017-09-07"


def test_the_news_told_after_a_dated_recap_is_not_dated_by_the_recap():
    text = ("وقال المرصد إن الفصائل كانت قد سلمت سلاحها الثقيل في بلدة مورك في 1 أيلول. "
            "مؤكدا أن قائد الفصائل غادر بلدة اللطامنة.")
    got = dates_of(text, published="2017-09-07")
    assert got[("other", "Morek")] == "2017-09-01"
    assert got[("evacuation", "Al-Lataminah")] == "2017-09-07"
    text = ("وكانت الفصائل قد سيطرت على بلدة مورك عام 2013. "
            "وانسحبت الفصائل من بلدة اللطامنة المجاورة بعد معارك.")
    assert dates_of(text, published="2017-09-07")[("withdraw", "Al-Lataminah")].startswith("2013")


def test_at_night_in_a_report_of_the_day_is_the_night_before():
    got = dates_of("أعلن المرصد اليوم أن التنظيم دخل ليلاً بلدة مورك في ريف حماة.", published="2017-09-05")
    assert got[("enter", "Morek")] == "2017-09-04"
    # a night of an earlier named day stays that day's; day and night is no one night
    got = dates_of("وكانت قوات النظام قد دخلت يوم السبت ليلاً بلدة مورك في ريف حماة.", published="2017-09-05")
    assert got[("enter", "Morek")] == "2017-09-02"
    got = dates_of("قصفت الطائرات ليلاً ونهاراً بلدة مورك في ريف حماة.", published="2017-09-05")
    assert got[("attack", "Morek")] == "2017-09-05"


def test_days_after_a_happening_put_it_some_days_before_the_sentence():
    text = "وانتشرت قوات النظام اليوم في بلدة مورك، بعد أيام من سيطرتها على بلدة اللطامنة."
    got = dates_of(text, published="2017-09-05")
    assert got[("take_control", "Al-Lataminah")] == "2017-09-03"
    assert got[("deploy", "Morek")] == "2017-09-05"


def test_days_of_fighting_go_on_to_the_sentence_day():
    text = "وعاد الهدوء اليوم إلى بلدة مورك بعد أيام من القصف المتواصل على البلدة."
    got = dates_of(text, published="2017-09-05")
    assert got[("attack", "Morek")] == "2017-09-05"


def test_an_undated_operation_noun_takes_the_start_of_the_operation_whose_days_were_counted():
    """The counted operation's dates are remembered per article: the next article, which counts no
    operation's days, does not take them."""
    first = ("انطلقت الحافلات يوم الثلاثاء في اليوم الثالث لعملية إجلاء المدنيين من بلدة مضايا. "
             "وقال مسؤول محلي إن إجلاء المدنيين من بلدة الزبداني سيبدأ بعد الظهر.")
    got = dates_of(first, published="2017-04-14")
    # civilians moved out are displaced (GUIDELINES "Who leaves"), whoever speaks of it ("مسؤول محلي")
    assert got[("displacement", "Zabadani")] == "2017-04-09"  # Tuesday 11th is day three
    alone = dates_of("وقال مسؤول محلي إن إجلاء المدنيين من بلدة الزبداني سيبدأ بعد الظهر.", published="2017-04-14")
    assert alone[("displacement", "Zabadani")] != "2017-04-09"


def test_a_date_after_a_later_kana_dates_its_own_clause_not_the_event():
    # "قبل خمس سنوات" dates the airbase's past use (after كان), not the taking reported today
    text = "سيطرت الفصائل على مطار الطبقة وكان قبل خمس سنوات مقرا للتنظيم."
    got = dates_of(text, published="2017-09-05")
    assert got[("take_control", "Tabqa Airbase")] == "2017-09-05"


def test_the_eve_of_a_named_day_is_moved_once():
    # "عشية الأحد" is the Saturday: the reader moves the day, the extractor does not move it again
    got = dates_of("عشية الأحد قصفت الطائرات الروسية مدينة سراقب.", published="2025-03-12")
    assert got[("attack", "Saraqib")] == "2025-03-08"
    got = dates_of("غداة الأحد قصفت الطائرات الروسية مدينة سراقب.", published="2025-03-12")
    assert got[("attack", "Saraqib")] == "2025-03-10"
    # the eve of a happening still moves the happening: the entry is the day after Sunday
    got = dates_of("قصفت الطائرات مدينة سراقب الأحد عشية دخول القوات بلدة مورك.", published="2025-03-12")
    assert got[("enter", "Morek")] == "2025-03-10"


def test_a_reported_happening_takes_its_own_day_not_the_day_it_was_said():
    text = "قالت مصادر محلية يوم الثلاثاء إن القوات انسحبت من بلدة مورك ليل الأحد."
    assert dates_of(text, published="2025-03-12")[("withdraw", "Morek")] == "2025-03-09"
    # "الآن" after the trigger tells where things stand, not when the withdrawal was
    text = "قال مصدر مساء الثلاثاء إن القوات سحبت عناصرها من بلدة مورك وهي الآن في سراقب."
    assert dates_of(text, published="2025-03-12")[("withdraw", "Morek")] == "2025-03-11"


def test_a_headline_day_dates_a_lead_that_names_none():
    text = ("قصف على سراقب الأحد\n\nقتل ثلاثة مدنيين في قصف مدفعي على مدينة سراقب.\n\n"
            "وقال ناشطون إن القذائف سقطت قرب السوق.")
    assert dates_of(text, published="2025-03-12")[("attack", "Saraqib")] == "2025-03-09"
    # a lead with its own day keeps it; a headline naming the article's own day changes nothing
    text = "قصف على سراقب الأحد\n\nقتل ثلاثة مدنيين مساء أمس في قصف مدفعي على مدينة سراقب."
    assert dates_of(text, published="2025-03-12")[("attack", "Saraqib")] == "2025-03-11"
    text = "قصف على سراقب اليوم\n\nقتل ثلاثة مدنيين في قصف مدفعي على مدينة سراقب."
    assert dates_of(text, published="2025-03-12")[("attack", "Saraqib")] == "2025-03-12"


def test_an_until_clause_takes_the_day_that_closes_it_not_the_main_clause_day():
    text = ("تقدمت الفصائل نحو إدلب وسيطرت على بلدات في ريفها الجنوبي، الاثنين 2 من كانون الأول، ووسعت "
            "سيطرتها في ريف إدلب إلى أن دخلت مدينة سراقب وسيطرت عليها، الأربعاء 4 من كانون الأول.")
    got = dates_of(text, published="2024-12-07")
    assert got[("enter", "Saraqib")] == "2024-12-04"
    assert got[("advance", "Idlib")] == "2024-12-02"


def test_since_n_days_dates_a_past_happening_but_not_one_going_on():
    pub = "2025-03-12"
    assert dates_of("قتل ثلاثة مدنيين منذ ثلاثة أيام في غارة على بلدة مورك.", pub)[("casualties", "Morek")] \
        == "2025-03-09"
    assert dates_of("دخل الجيش بلدة مورك منذ يومين.", pub)[("enter", "Morek")] == "2025-03-10"
    # with a verb of going on, "منذ" tells how long: reported as going on at the article's day
    assert dates_of("تتواصل المعارك في محيط بلدة مورك منذ ثلاثة أيام.", pub)[("attack", "Morek")] == pub
    assert dates_of("تتواصل منذ يومين المعارك في محيط بلدة مورك.", pub)[("attack", "Morek")] == pub


def test_two_days_after_a_happening_puts_it_two_days_back():
    got = dates_of("سيطرت الفصائل على مدينة سراقب السبت، بعد يومين من دخولها بلدة مورك.", published="2025-03-12")
    assert got[("enter", "Morek")] == "2025-03-06"


def test_a_week_gone_by_dates_its_happening_a_week_back_at_week_precision():
    text = "وانسحبت فصائل المعارضة الأسبوع الماضي من بلدة مورك في ريف حماة."
    evs = analyze(Article(id="t", raw=text, published="2019-04-02")).events
    got = next(e for e in evs if e.type == "withdraw")
    assert (got.date.value, got.date.precision) == ("2019-03-26", "week")


def test_a_span_over_the_last_week_or_a_week_to_come_dates_nothing_of_its_own():
    got = dates_of("ونزح آلاف المدنيين من بلدة مورك خلال الأسبوع الماضي هربا من القصف.", published="2019-04-02")
    assert got[("displacement", "Morek")] == "2019-04-02"
    got = dates_of("ويتوقع أن تدخل قوات النظام بلدة مورك الأسبوع المقبل.", published="2019-04-02")
    assert got[("enter", "Morek")] == "2019-04-02"


def test_a_week_in_a_relative_clause_on_a_later_noun_dates_that_clause_not_the_trigger():
    text = "وقال مصدر عسكري إن عشرات المسلحين قتلوا في بلدة مورك خلال الحملة التي بدأت قبل ثلاثة أسابيع."
    got = dates_of(text, published="2019-04-02")
    assert got[("casualties", "Morek")] == "2019-04-02"


def test_a_later_paragraph_that_names_today_ends_the_lead_news_day():
    # the lead tells of yesterday; once a paragraph moves on to "اليوم", the undated news after it is of today
    text = ("قصفت قوات النظام أمس بلدة مورك في ريف حماة الشمالي.\n\n"
            "وقصفت مدفعية النظام صباح اليوم مدينة خان شيخون.\n\n"
            "وشهدت أطراف بلدة اللطامنة اشتباكات عنيفة بين الطرفين.")
    got = dates_of(text, published="2017-09-05")
    assert got[("attack", "Morek")] == "2017-09-04"
    assert got[("attack", "Al-Lataminah")] == "2017-09-05"


def test_a_lead_going_on_since_last_night_sets_no_news_day():
    # "تدور اشتباكات منذ ..." tells what is still going on at the article's date: it and the undated
    # paragraphs after it are of that day, not of the night it began
    text = ("تدور معارك عنيفة منذ فجر أمس بين الفصائل وتنظيم الدولة في بلدة تسيل.\n\n"
            "وقصفت قوات النظام بلدة جاسم بالمدفعية.")
    got = dates_of(text, published="2017-05-09")
    assert got[("attack", "Tasil")] == "2017-05-09"
    assert got[("attack", "Jasim")] == "2017-05-09"
    past = text.replace("تدور معارك عنيفة منذ", "دارت معارك عنيفة")
    assert dates_of(past, published="2017-05-09")[("attack", "Jasim")] == "2017-05-08"


def test_today_in_a_later_paragraph_of_a_roundup_keeps_the_lead_day():
    # a roundup of yesterday may tell one item of this morning in its third paragraph, then go back
    text = ("قصفت قوات النظام أمس بلدة مورك في ريف حماة الشمالي.\n\n"
            "وشهدت أطراف بلدة اللطامنة اشتباكات عنيفة بين الطرفين.\n\n"
            "وقصفت مدفعية النظام صباح اليوم مدينة خان شيخون.\n\n"
            "وفي ريف إدلب، قصفت قوات النظام بلدة كفرنبل.")
    got = dates_of(text, published="2017-09-05")
    assert got[("attack", "Kafranbel")] == "2017-09-04"


def test_a_night_ending_on_the_article_day_is_the_first_days():
    got = dates_of("قتل ثلاثة جنود، ليل الاثنين - الثلاثاء، بهجوم شنه مسلحون على حاجز قرب مدينة الميادين.",
                   published="2023-06-13")
    assert got[("attack", "Al-Mayadin")] == "2023-06-12"
    assert got[("casualties", "Al-Mayadin")] == "2023-06-12"


def test_a_night_that_ran_into_the_day_before_the_article_is_that_days():
    got = dates_of("قتل ثلاثة جنود، ليل الاثنين - الثلاثاء، بهجوم شنه مسلحون على حاجز قرب مدينة الميادين.",
                   published="2023-06-14")
    assert got[("attack", "Al-Mayadin")] == "2023-06-13"


def test_an_anniversary_story_day_carries_into_the_next_paragraph():
    text = ("في الذكرى الأولى لتحرير المدينة، التقينا قائد مجموعة مقاتلة.\n"
            "ج: دخلنا بلدة خطاب في الثالث من كانون الأول.\n"
            "ج: ثم تقدمنا نحو بلدة قمحانة دون مقاومة.")
    got = dates_of(text, published="2025-12-06")
    assert [v for (t, _), v in got.items() if t == "advance"] == ["2024-12-03"]
