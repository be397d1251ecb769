"""Polarity by the scope of a cue, not by distance (task modality40): a cue of a scoped class (data/extract/cue_scope.tsv)
governs every trigger of the complement it opens, however far, and none after the complement ends (a new main clause:
a perfect told as done, a clause of "فيما"/"بينما", a new reporting verb). Sentences written for these tests."""
from __future__ import annotations

from tawatur.extract.patterns import load_patterns
from tawatur.extract.polarity import scope_classes
from tawatur.model import Article
from tawatur.pipeline import analyze

# the verdict each effect of polarity.judge gives a trigger a cue of that effect reaches
EFFECT_VERDICT = {"deny": "denied", "expect": "expected", "intend": "expected", "per_terms": "expected",
                  "deal_goal": "expected", "hypo": "none", "purpose": "none", "demand": "none"}


def kinds(text: str, published: str = "2019-05-01") -> set[tuple[str, str, str]]:
    return {(e.type, e.polarity, e.place.name) for e in analyze(Article(id="p", raw=text, published=published)).events}


def test_every_scoped_cue_row_gives_its_class_verdict():
    classes = scope_classes()
    rows = [p.row for p in load_patterns("cues.tsv") if p.row.get("scope")]
    assert {r["scope"] for r in rows} == set(classes)
    for row in rows:
        assert EFFECT_VERDICT[row["effect"]] == classes[row["scope"]].verdict, row["cue"]


def test_a_forecast_reaches_every_happening_of_its_complement_however_far():
    got = kinds("ومن المرجح، وفق ما يقوله ضباط متقاعدون يتابعون سير المعارك، أن تحاصر قوات النظام خلال الأسبوع "
                "الجاري بلدة كفرزيتا من ثلاث جهات.")
    assert got == {("advance", "expected", "كفرزيتا")}


def test_a_forecast_ends_where_a_clause_of_while_or_a_done_happening_begins():
    got = kinds("ويتوقع ناشطون أن يدخل الجيش مدينة اللطامنة، فيما قصفت الطائرات الروسية بلدة مورك ظهر اليوم.")
    assert ("enter", "expected", "اللطامنة") in got and ("attack", "asserted", "مورك") in got


def test_deal_terms_run_on_past_a_long_first_term():
    got = kinds("وبموجب اتفاق المصالحة الذي وقعه وجهاء المنطقة مع الضباط الروس بعد يومين من التفاوض، ينسحب المسلحون "
                "من بلدة المزيريب، وتنتشر الشرطة العسكرية الروسية في بلدة تل شهاب.", "2018-07-20")
    assert ("withdraw", "expected", "المزيريب") in got and ("deploy", "expected", "تل شهاب") in got
    assert not any(pol == "asserted" and t != "other" for t, pol, _ in got)


def test_a_condition_and_its_answer_give_nothing_however_long():
    got = kinds("وإذا استمرت المجموعات المسلحة المنتشرة في الأحياء الجنوبية منذ أشهر في قصف مدينة حمص بالهاون، فإن "
                "الجيش سيقتحم حي الوعر.", "2014-02-01")
    assert got == set()


def test_every_goal_of_a_purpose_list_is_no_event_the_main_act_is_done():
    got = kinds("وقصفت المدفعية التركية قرية مرعناز بهدف إبعاد المقاتلين الأكراد عن الطريق الدولي الذي تمر منه "
                "القوافل، والسيطرة على تل المالكية.", "2018-03-01")
    assert ("attack", "asserted", "مرعناز") in got
    assert not any(t == "take_control" for t, _, _ in got)
    # a clause of its own after the mark ("، وذلك بعد ...") is no goal of the list
    got = kinds("وشنت الطائرات غارات على بلدة كنصفرة بهدف قطع طريق الإمداد عن المقاتلين، وذلك بعد هجوم عنيف شنته "
                "الفصائل على قرية البارة.")
    assert ("attack", "asserted", "كنصفرة") in got and ("attack", "asserted", "البارة") in got


def test_a_threat_of_several_happenings_gives_none_of_them_a_later_act_stands():
    got = kinds("وتوعد قائد الفصيل في كلمة مصورة بضرب مواقع قوات النظام في بلدة السقيلبية بالصواريخ، ثم باقتحام بلدة "
                "محردة من جهة الشمال، وقصفت الفصائل بعد ساعات مدينة سلحب.")
    assert got == {("attack", "asserted", "سلحب")}


def test_a_denial_ends_at_a_clause_of_while():
    got = kinds("ونفت الفصائل خسارة تل ملح أمام قوات النظام، بينما قصفت المروحيات بلدة كفرنبودة بالبراميل.")
    assert ("attack", "asserted", "كفرنبودة") in got
    assert ("attack", "denied", "كفرنبودة") not in got
    # and at a new reporting verb of the same speaker: what it then says was done is asserted
    got = kinds("ونفى المتحدث باسم الفيلق انسحاب قواته من بلدة الهبيط خلال الليل، وأكد أن وحداته سيطرت فجر اليوم على "
                "قرية الصخر بعد اشتباكات متقطعة.")
    assert ("withdraw", "denied", "الهبيط") in got and ("take_control", "asserted", "الصخر") in got


def test_a_call_or_a_threat_of_a_protest_announces_it_a_call_on_others_is_nothing():
    got = kinds("ودعا تجمع أبناء المدينة إلى تظاهرة يوم الخميس المقبل في مدينة السلمية.", "2025-05-01")
    assert got == {("protest", "expected", "السلمية")}
    got = kinds("وهدد موظفو البلدية المفصولون بالاعتصام وسط مدينة القرداحة إن لم يعودوا إلى عملهم.",
                "2025-05-01")
    assert got == {("protest", "expected", "القرداحة")}
    got = kinds("وطالبت منظمات محلية الجهات المعنية بوقف قصف الأحياء السكنية في مدينة أريحا التي تعرضت لعشرات "
                "الغارات، وبفتح ممر آمن لخروج المدنيين منها.", "2019-05-01")
    assert not any(pol != "asserted" or t == "displacement" for t, pol, _ in got)


# task modality40b: a quotation's close, a call written as a noun (its third part, a denial's far "any" that cut an entry's place, was left out: it added a spurious event on a held-out set)

def test_a_quoted_threat_or_denial_governs_nothing_after_the_closing_mark():
    got = kinds("وتوعد آمر الكتيبة في تسجيل صوتي: «سنضرب بلدة كفرزيتا بكل ما نملك حتى ترفع الرايات البيضاء»، والقصف "
                "لا يهدأ منذ يومين على مدينة اللطامنة.")
    assert got == {("attack", "asserted", "اللطامنة")}
    got = kinds("ونفى الناطق باسم الجبهة «أي تراجع لمقاتلينا عن مواقعهم في بلدة الهبيط»، وتدور معارك طاحنة على "
                "أطراف قرية الصخر.")
    assert ("attack", "asserted", "الصخر") in got and ("attack", "denied", "الصخر") not in got


def test_a_short_quotation_is_a_name_and_ends_no_denial():
    got = kinds("ونفت «حركة أحرار الشام» انسحاب عناصرها من بلدة الهبيط.")
    assert got == {("withdraw", "denied", "الهبيط")}


def test_a_call_written_as_a_noun_announces_a_protest():
    got = kinds("وتتداول صفحات محلية دعوات للاعتصام في ساحة مدينة شهبا مساء الأحد.", "2025-05-01")
    assert ("protest", "expected", "شهبا") in got and not any(pol == "asserted" for _, pol, _ in got)
    got = kinds("وتعالت النداءات إلى إضراب شامل في مدينة الصنمين.", "2025-05-01")
    assert got == {("protest", "expected", "الصنمين")}


def test_a_noun_that_asks_for_nothing_or_a_prayer_or_a_call_answered_is_no_call():
    got = kinds("وأطلق السكان نداء استغاثة إثر غارات مكثفة على بلدة كنصفرة.")
    assert ("attack", "asserted", "كنصفرة") in got
    got = kinds("ورفعت النسوة الدعوات إلى الله عقب غارات مكثفة على بلدة كنصفرة.")
    assert ("attack", "asserted", "كنصفرة") in got
    got = kinds("واستجاب التجار لدعوة إلى الإضراب في مدينة الصنمين.", "2025-05-01")
    assert ("protest", "asserted", "الصنمين") in got


def test_a_cue_that_a_quoted_name_opens_still_governs_what_follows_the_name():
    # "«خطة تهدئة» ... تنص على": the terms cue starts in a quoted name, no quoted statement; its terms stay expected
    got = kinds("وكشفت الوزارة عن «خطة تهدئة» جديدة تنص على انسحاب الوحدات العسكرية من بلدة طفس خلال أسبوع.",
                "2025-05-01")
    assert ("withdraw", "expected", "طفس") in got and ("withdraw", "asserted", "طفس") not in got


def test_quotations_pair_their_marks_and_ride_on_the_clause_breaks():
    from tawatur.clean.tokens import tokenize
    from tawatur.extract.frames import clause_breaks, quotations

    raw = 'قال الضابط: «سنعود إلى القرية» ثم غادر، وكتب "لا تراجع" على الجدار'
    toks = tokenize(raw, 0, len(raw))
    words = [t.word for t in toks]
    got = quotations(raw, toks)
    assert {words[o]: words[c] for o, c in got.items()} == {"سنعود": "ثم", "لا": "علي"}
    breaks = clause_breaks(raw, toks)
    assert breaks.quotes == got and words.index("سنعود") in breaks
