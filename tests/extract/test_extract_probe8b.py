"""Constructions the first-sight articles of bench/articles_probe8b misread (task probe8b). Sentences written
for these tests (our own wording)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def kinds(text: str, published: str = "2018-07-12") -> set[tuple[str, str, str]]:
    return {(e.type, e.polarity, e.place.name) for e in analyze(Article(id="p8", raw=text, published=published)).events}


def test_the_future_of_a_support_verb_makes_its_noun_expected():
    """"ستسير دوريات في X": the future س is on the support verb, not on the noun that tells the act."""
    assert kinds("وقال ضابط إن الشرطة العسكرية الروسية ستسير دوريات في مدينة نوى.") == {
        ("deploy", "expected", "نوى")}
    assert kinds("وقالت قوات النظام إنها ستقيم حواجز داخل بلدة التل.") == {("deploy", "expected", "التل")}
    # done, it is asserted
    assert kinds("وسيرت الشرطة العسكرية الروسية دوريات في مدينة نوى.") == {("deploy", "asserted", "نوى")}


def test_a_place_neighbouring_another_only_locates_it():
    """"قرية X المجاورة لمطار Y": the airport says where the village lies; the advance is at X only."""
    got = kinds("وتقدمت وحدات الجيش نحو قرية المريعية المجاورة للمطار العسكري.", "2017-09-10")
    assert got == {("advance", "asserted", "المريعية")}
    got = kinds("وسيطر الجيش على بلدة عقربا المجاورة لمطار دمشق الدولي.", "2013-11-02")
    assert got == {("take_control", "asserted", "عقربا")}


def test_regrouping_a_force_at_a_place_deploys_it_there():
    got = kinds("وقال قائد ميداني إن الفصائل أعادت تجميع صفوفها في بلدة كفرنبل.", "2015-05-22")
    assert got == {("deploy", "asserted", "كفرنبل")}


def test_people_killed_on_the_outskirts_fell_there_no_advance():
    """"قتلوا 12 عنصراً على أطراف حي X": the outskirts phrase says where they were killed; a force that
    stands there with no killing before it still advances."""
    got = kinds("وقال التنظيم إن مقاتليه قتلوا 12 عنصرا على أطراف حي المشلب.", "2017-06-07")
    assert got == {("casualties", "asserted", "المشلب")}  # a curated quarter since task places11
    assert kinds("وباتت الفصائل على أطراف بلدة مورك.", "2019-08-20") == {("advance", "asserted", "مورك")}


def test_people_moved_out_by_a_force_are_displaced_the_force_stays():
    """"أخرجت وحدات حماية الشعب المدنيين من X": the force before the transitive verb moves them out; who is
    moved, named after it, decides the type (no withdrawal of the force)."""
    got = kinds("وأخرجت وحدات حماية الشعب المدنيين من مدينة عفرين.", "2018-03-18")
    assert got == {("displacement", "asserted", "عفرين")}
    got = kinds("وقالت الإدارة المحلية إن الفصائل أخرجت الأهالي من بلدة الهامة.", "2016-09-01")
    assert got == {("displacement", "asserted", "الهامة")}
    # its own fighters moved out with their families: both
    got = kinds("وأخرجت الفصائل مقاتليها وعائلاتهم من بلدة القحطانية.", "2018-07-20")
    assert got == {("withdraw", "asserted", "القحطانية"), ("displacement", "asserted", "القحطانية")}


def test_a_deals_terms_carried_out_by_a_move_are_no_agreement():
    got = kinds("وقال الضابط إن الشرطة الروسية ستنتشر في مدينة نوى لضمان تنفيذ بنود الاتفاق.", "2018-07-13")
    assert got == {("deploy", "expected", "نوى")}
    got = kinds("وانتشرت الشرطة العسكرية الروسية في بلدة طفس تطبيقا لبنود الاتفاق.", "2018-07-14")
    assert got == {("deploy", "asserted", "طفس")}


def test_a_quarter_named_by_a_word_never_a_place_alone():
    """"حي الصناعة": after the head "حي" the word is the quarter's name; alone ("وزارة الصناعة") it is none."""
    assert kinds("وقصفت الطائرات الحربية حي الصناعة في مدينة دير الزور.", "2016-01-17") == {
        ("attack", "asserted", "حي الصناعة")}
    assert kinds("وقالت وزارة الصناعة إن المعامل في مدينة الرقة متوقفة.", "2017-06-15") == set()


def test_a_quarter_named_again_without_its_head():
    """"حي المنشية" ... "المنشية": the article introduced the quarter; its bare name further on is that quarter."""
    got = kinds("وسيطرت الفصائل على حي المنشية في مدينة درعا. وقصفت مروحيات النظام المنشية بالبراميل.", "2017-02-13")
    assert got == {("take_control", "asserted", "حي المنشية"), ("attack", "asserted", "حي المنشية")}
    # never a bare word that is no place alone ("الصناعة" after "حي الصناعة")
    got = kinds("وقصفت الطائرات حي الصناعة في مدينة الرقة. وقالت وزارة الصناعة إن المعامل متوقفة.", "2017-06-15")
    assert got == {("attack", "asserted", "حي الصناعة")}


def test_a_facility_of_the_town_named_by_a_back_reference():
    """"سجن تدمر العسكري ومطار المدينة": the airport of the town the article names, a site of its own."""
    got = kinds("ودخل التنظيم مساء أمس سجن تدمر العسكري ومطار المدينة.", "2015-05-21")
    assert got == {("enter", "asserted", "سجن تدمر العسكري"), ("enter", "asserted", "مطار تدمر")}
    got = kinds("واستعاد الجيش مدينة تدمر، ثم سيطر على مطار المدينة.", "2016-03-27")
    assert got == {("take_control", "asserted", "تدمر"), ("take_control", "asserted", "مطار تدمر")}
    # a market of the town is no site of its own
    assert kinds("وقصفت الطائرات مدينة تلبيسة وسوق المدينة.", "2014-06-01") == {("attack", "asserted", "تلبيسة")}


def test_a_dual_pronoun_takes_the_pair_not_a_singular_noun_before_it():
    """"سجن تدمر العسكري ومطار المدينة، وانسحبت القوات منهما": the two facilities, not "المدينة" inside the second."""
    got = kinds("ودخل التنظيم سجن تدمر العسكري ومطار المدينة، وانسحبت القوات الحكومية منهما نحو بلدة الفرقلس.",
                "2015-05-21")
    assert ("withdraw", "asserted", "سجن تدمر العسكري") in got and ("withdraw", "asserted", "مطار تدمر") in got
    assert ("withdraw", "asserted", "تدمر") not in got


def test_the_residential_quarters_are_of_the_city_not_of_a_town_named_in_passing():
    """"داخل الأحياء السكنية" after "باتجاه بلدة الفرقلس" (where forces went, no event there): Palmyra's quarters."""
    got = kinds("وسيطر التنظيم على مدينة تدمر، وانسحب الجيش من مطار تدمر باتجاه بلدة الفرقلس. "
                "ونفى مصدر عسكري وقوع اشتباكات داخل الأحياء السكنية.", "2015-05-21")
    assert ("attack", "denied", "تدمر") in got and not any(p == "الفرقلس" for _, _, p in got)


def test_an_aircraft_crossing_airspace_enters_no_place():
    """"طائرة اخترقت المجال الجوي فوق X": no entry; the shooting down told around it keeps X."""
    got = kinds("وقال الجيش الإسرائيلي إنه أسقط طائرة مسيرة اخترقت المجال الجوي فوق مدينة القنيطرة.", "2016-09-13")
    assert got == {("attack", "asserted", "القنيطرة")}
    assert kinds("واخترقت طائرات تركية المجال الجوي فوق مدينة عفرين.", "2018-02-20") == set()
    # forces breaking through lines into a town still enter it
    assert kinds("واخترقت القوات خطوط الدفاع في بلدة مورك.", "2019-08-21") == {("enter", "asserted", "مورك")}


def test_a_statue_smashed_flags_of_a_plural_owner_and_minefields():
    got = kinds("وبث مقاتلون صورا لهم وهم يحطمون تمثالا وسط مدينة عفرين.", "2018-03-18")
    assert got == {("other", "asserted", "عفرين")}
    assert kinds("ورفع مقاتلو الفصائل راياتهم فوق قلعة حلب.", "2019-10-14") == {("other", "asserted", "قلعة حلب")}
    # "حقول الألغام" are minefields, no field's name: "من المدينة" before them is where people fled
    got = kinds("وقال مسؤول إن ألفي مدني وصلوا إلى مخيم عين عيسى، بعدما فروا من مدينة الرقة عبر حقول الألغام.",
                "2017-06-06")
    assert got == {("displacement", "asserted", "مخيم عين عيسى"), ("displacement", "asserted", "الرقة")}


def test_a_force_backed_by_another_acts_itself():
    """"وحدات الجيش، بإسناد من الطيران الروسي، سيطرت": the backer named after "بإسناد من" does not act."""
    evs = analyze(Article(id="p8", raw="وقال التلفزيون الرسمي إن وحدات الجيش، بإسناد من الطيران الروسي، سيطرت على بلدة كنسبا.",
                          published="2016-02-17")).events
    assert [(e.type, e.actor.side) for e in evs] == [("take_control", "government")]


def test_buses_told_before_the_verb_that_takes_people_away():
    """"حافلات نقلت مئات المسلحين وعائلاتهم من X": a departure from X, as "نقلت الحافلات ..." is."""
    got = kinds("وقال المرصد إن حافلات نقلت ليل السبت مئات من مسلحي التنظيم وعائلاتهم من حي الحجر الأسود نحو البادية.",
                "2018-05-21")
    assert got == {("withdraw", "asserted", "الحجر الأسود"), ("displacement", "asserted", "الحجر الأسود")}
    # the wounded taken to a hospital leave nowhere
    assert kinds("وقالت مصادر محلية إن الحافلات نقلت الجرحى إلى مستشفى في مدينة إدلب.", "2016-12-16") == set()
