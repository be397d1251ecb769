"""Constructions the 2011-2019 probe (task probe5a, issue 12) left: what a deal sets out after a purpose ل
("اتفاق لخروج المقاتلين من X") is expected, as "يقضي بخروج" is. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze

HEAD = "أخبار البلدات\n\n"


def events(text: str, day: str = "2018-03-20") -> set[tuple[str, str, str]]:
    evs = analyze(Article(id="a", raw=HEAD + text, published=day)).events
    return {(e.type, e.polarity, e.place.name) for e in evs if e.place is not None}


def test_a_departure_after_the_purpose_lam_of_a_deal_is_its_term():
    got = events("وأبرم فصيل فيلق الرحمن صفقة مع الروس لخروج عناصره من بلدتي عين ترما وحزة.")
    assert ("withdraw", "expected", "عين ترما") in got
    assert ("withdraw", "expected", "حزة") in got
    got = events("وتوصلت لجنة الأهالي إلى هدنة لإخراج المسلحين من بلدة التل.", "2016-11-28")
    assert ("withdraw", "expected", "التل") in got


def test_a_goal_with_no_deal_before_it_is_still_no_event():
    got = events("وحشدت الفصائل مئات العناصر لاقتحام بلدة حزة.")
    assert not {e for e in got if e[0] == "enter"}


def test_any_right_after_the_verbal_noun_does_not_cut_its_object():
    got = events("ونفت الحكومة السورية استخدام أي أسلحة كيماوية في بلدة كفرزيتا.", "2017-04-02")
    assert ("attack", "denied", "كفرزيتا") in got


def test_banned_and_cluster_munitions_are_weapons_of_an_attack():
    got = events("ونفت أنقرة استخدام ذخائر محرمة في بلدة الدرباسية.", "2019-10-20")
    assert ("attack", "denied", "الدرباسية") in got
    got = events("واتهم ناشطون الطائرات الروسية باستخدام قنابل عنقودية في بلدة معرشورين.", "2019-12-20")
    assert ("attack", "asserted", "معرشورين") in got


def test_the_apposition_ay_after_a_phrase_still_cuts_a_gap():
    got = events("واستخدم المقاتلون المستودع أي مخزن غاز في بلدة حزة.")
    assert not {e for e in got if e[0] == "attack"}


def test_the_dead_of_a_town_fell_where_the_strike_fell():
    """"قتل N من أهالي X بانفجار في Y": X says whose the dead are, Y where they fell (the strike's place)."""
    got = events("وقتل تسعة من أهالي بلدتي نبل والزهراء بانفجار عبوة ناسفة في حي الحمدانية.", "2016-09-10")
    assert ("casualties", "asserted", "الحمدانية") in got
    assert not {e for e in got if e[2] in ("نبل", "الزهراء")}
    got = events("وأصيب ستة من سكان بلدة حزانو بقصف مدفعي على سوق مدينة سرمدا.", "2016-09-10")
    assert ("casualties", "asserted", "سرمدا") in got
    assert not {e for e in got if e[2] == "حزانو"}


def test_with_no_other_place_the_town_of_the_dead_stays():
    got = events("وقتل أربعة من أبناء بلدة حزانو بقصف مدفعي.", "2016-09-10")
    assert ("casualties", "asserted", "حزانو") in got
    got = events("ونزح مئات من أهالي بلدة حزانو إلى مدينة سرمدا.", "2016-09-10")
    assert ("displacement", "asserted", "حزانو") in got


def sides(text: str, day: str = "2015-07-04") -> set[tuple[str, str, str]]:
    evs = analyze(Article(id="a", raw=HEAD + text, published=day)).events
    return {(e.type, e.place.name, e.actor.side) for e in evs if e.place is not None}


def test_a_part_of_a_second_force_joined_by_wa_leaves_the_first_named_leading():
    got = sides("وأطلقت قوات النظام ومجموعات من حزب الله هجوما جديدا على بلدة سرغايا.")
    assert ("attack", "سرغايا", "government") in got
    got = sides("ونفذت القوات التركية وعناصر من الفصائل الموالية لها هجوما على قرية بلبل.", "2018-02-10")
    assert ("attack", "بلبل", "turkey") in got


def test_an_axis_after_min_jiha_is_where_the_advance_starts():
    got = events("وتقدمت قوات النظام نحو بلدة خان طومان من جهة قرية الزربة.", "2016-05-02")
    assert ("advance", "asserted", "خان طومان") in got
    assert not {e for e in got if e[2] == "الزربة"}


def test_the_count_wahid_is_no_conjunction_and_no_descriptor():
    """"خلال يوم واحد نحو X وY": the و of "واحد" is its root, neither a new clause nor "و" + "أحد"."""
    got = events("وفر نحو عشرين ألف شخص من مدينة منبج خلال يوم واحد نحو بلدتي العريمة وقباسين.", "2016-06-05")
    assert {("displacement", "asserted", "العريمة"), ("displacement", "asserted", "قباسين")} <= got
    got = events("ودخلت قوات النظام في أسبوع واحد بلدة الهبيط.", "2019-08-11")
    assert ("enter", "asserted", "الهبيط") in got


def test_launching_a_named_operation_is_an_attack_at_its_place():
    got = sides("وأطلقت القوات التركية عملية غصن الزيتون في ناحية جنديرس.", "2018-01-22")
    assert ("attack", "جنديرس", "turkey") in got
    got = sides("وأعلنت أنقرة بدء عملية نبع السلام في مدينة رأس العين.", "2019-10-09")
    assert ("attack", "رأس العين", "turkey") in got


def test_an_operation_the_text_does_not_name_needs_its_own_trigger():
    got = sides("وبدأت عملية الإجلاء من بلدة الفوعة فجر اليوم.", "2017-04-14")
    assert not {e for e in got if e[0] == "attack"}


def test_reaching_a_place_with_a_long_subject_between():
    got = sides("ووصلت مجموعات مسلحة موالية للحكومة السورية إلى بلدة جنديرس.", "2018-02-21")
    assert ("enter", "جنديرس", "government") in got
    got = events("ووصلت تعزيزات عسكرية ضخمة قادمة من مدينة حماة إلى بلدة مورك.", "2019-08-20")
    assert ("deploy", "asserted", "مورك") in got
    assert not {e for e in got if e[0] == "enter"}


def test_a_force_after_the_place_object_of_a_verbal_noun_is_not_its_agent():
    got = sides("وعاد مقاتلو التنظيم إلى اقتحام السخنة مستغلين غياب الجيش.", "2016-12-10")
    assert ("enter", "السخنة", "isis") in got
    assert not {e for e in got if e[0] == "enter" and e[2] == "government"}


def test_the_participle_of_a_return_is_the_return_of_those_it_describes():
    got = events("ووصلت الدفعة الثانية من العائلات العائدين من مخيمات عرسال إلى بلدة فليطة.", "2017-09-20")
    assert ("displacement", "asserted", "فليطة") in got


def test_the_return_participle_of_fighters_is_no_displacement():
    """The participle takes the class of the noun it describes, as the verb row (civilians_only) does:
    fighters coming back from a front are no return of civilians; used as a noun it names the returnees."""
    got = events("وقصفت الطائرات عناصر الميليشيات العائدين من جبهة الباب قرب قرية تادف.", "2017-02-10")
    assert not {e for e in got if e[0] == "displacement"}
    got = events("ووصلت قافلة ثالثة من العائدين من مخيم الركبان إلى مدينة تدمر.", "2019-04-01")
    assert ("displacement", "asserted", "تدمر") in got


def test_the_return_participle_inside_an_object_leaves_the_strike_its_place():
    got = events("واستهدفت المدفعية حافلة تقل مدنيين عائدين إلى بلدة جنديرس.", "2018-04-02")
    assert ("attack", "asserted", "جنديرس") in got


def test_deaths_of_hunger_under_siege_are_a_toll_and_a_plain_death_is_none():
    got = events("وماتت طفلة رضيعة جوعا في بلدة بقين المحاصرة.", "2016-01-10")
    assert ("casualties", "asserted", "بقين") in got
    got = events("وسجلت وفاة ثلاثة مسنين بسبب البرد في مخيم اليرموك.", "2014-01-25")
    assert ("casualties", "asserted", "مخيم اليرموك") in got
    assert not events("وتوفي المطرب الشعبي في مستشفى بمدينة حمص.", "2014-01-25")


def test_the_subject_of_a_verb_of_managing_is_who_leaves():
    """"تمكن عشرات الجنود المحاصرين في X من الخروج": however long the subject, it is the departure's."""
    got = events("واستطاع نحو مئة من عناصر الجيش المحاصرين داخل سجن حلب المركزي من الخروج ليلا.", "2015-06-02")
    assert {e for e in got if e[0] == "withdraw" and e[1] == "asserted"}
    got = events("ونجح أكثر من ألفي مدني كانوا عالقين في حي جوبر في الخروج إلى مدينة دمشق.", "2018-03-20")
    assert ("displacement", "asserted", "دمشق") in got


def test_what_comes_after_is_an_analysis_question():
    assert not events("ماذا بعد سقوط مدينة تدمر؟", "2015-05-22")
    got = events("وسيطرت قوات النظام على مدينة تدمر، فماذا بعد؟", "2016-03-27")
    assert ("take_control", "asserted", "تدمر") in got
