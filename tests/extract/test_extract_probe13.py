"""Constructions of whole articles in real outlets' genres (2012-2026) that the probe13 first-sight measure showed
(bench/articles_probe13). Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2025-03-22") -> list[tuple[str, str, str, str]]:
    evs = analyze(Article(id="p13", raw=text, published=published)).events
    return [(e.type, e.polarity, e.place.name, e.actor.side) for e in evs]


def test_clashes_after_bad_with_only_their_own_toll_are_events() -> None:
    got = events("عادت الحدود إلى الواجهة، بعد اشتباكات اندلعت فجر اليوم بين قوات وزارة الدفاع ومهربين مسلحين قرب "
                 "بلدة سرغايا، أسفرت عن مقتل عنصرين.")
    assert sorted((e[0], e[2]) for e in got) == [("attack", "سرغايا"), ("casualties", "سرغايا")]
    got = events("توتر الوضع في المنطقة بعد اشتباكات عنيفة بين مسلحين من عشيرتين في بلدة الكرك الشرقي أوقعت ثلاثة "
                 "قتلى.", "2025-07-02")
    assert sorted((e[0], e[2]) for e in got) == [("attack", "الكرك الشرقي"), ("casualties", "الكرك الشرقي")]


def test_a_patrol_named_as_a_party_does_not_make_the_clash_a_manner() -> None:
    got = events("ساد التوتر بعد مواجهات بين دورية للأمن العام ومسلحين مجهولين عند مدخل مدينة الصنمين، قتل فيها "
                 "عنصر من الأمن العام.", "2025-11-19")
    assert ("attack", "asserted", "الصنمين", "government") in got


def test_clashes_after_a_takeover_stay_its_manner() -> None:
    got = events("سيطرت الفصائل على بلدة خربة غزالة بعد اشتباكات قتل فيها عشرة عناصر.", "2013-03-22")
    assert "attack" not in [e[0] for e in got]


def test_intervening_after_a_preposition_is_no_entry() -> None:
    assert events("وتكررت الدعوات المحلية إلى تدخل قوات الأمم المتحدة العاملة في بلدة الحميدية.", "2025-06-30") == []
    assert events("وطالب وجهاء بلدة جاسم بتدخل الحكومة لحل الخلاف بين العائلتين في المدينة.", "2025-08-14") == []
    got = events("ويُتوقع أن تدخل قوات الجيش مدينة الشدادي خلال الساعات المقبلة.", "2025-04-11")
    assert [(e[0], e[1], e[2]) for e in got] == [("enter", "expected", "الشدادي")]


def test_settlement_groups_are_no_deal_and_attackers_getting_away_leave_no_place() -> None:
    got = events("اغتال مسلحون مجهولون قيادياً سابقاً في فصائل التسوية أمام منزله في مدينة داعل، وفروا إلى جهة "
                 "مجهولة.", "2025-02-10")
    # an assassination is casualties (task conv12) and the attack that killed (task conv35)
    assert sorted((e[0], e[2]) for e in got) == [("attack", "داعل"), ("casualties", "داعل")]
    got = events("فرت عشرات العائلات من بلدة المسيفرة إلى جهة مجهولة.", "2025-10-05")
    assert [(e[0], e[2]) for e in got] == [("displacement", "المسيفرة")]


def test_crossing_told_by_its_verbal_noun_and_a_count_of_people() -> None:
    got = events("سجلت المفوضية عبور نحو تسعة آلاف لاجئ من لبنان عبر معبر جديدة يابوس منذ مطلع شباط.", "2026-02-16")
    assert [(e[0], e[3]) for e in got] == [("displacement", "civilians")]
    assert "جديدة يابوس" in got[0][2]
    assert events("وسمحت السلطات بعبور الشاحنات المحملة بالمساعدات للنازحين عبر معبر باب الهوى.", "2025-05-21") == []


def test_a_curfew_imposed_by_a_joined_verb_is_the_forces_at_its_place() -> None:
    got = events("وصلت صباح اليوم تعزيزات من الأمن العام إلى مدينة الحراك، وانتشرت في الساحة الرئيسية، وفرضت حظراً "
                 "للتجوال حتى إشعار آخر.", "2025-10-12")
    assert ("other", "asserted", "الحراك", "government") in got


def test_a_clause_of_circumstance_keeps_the_bodys_place() -> None:
    got = events("عثر أهالٍ على جثة شاب مجهول الهوية، وعليها آثار تعذيب، على أطراف حي الوعر بمدينة حمص.", "2025-02-10")
    assert [(e[0], e[2]) for e in got] == [("casualties", "الوعر")]
    got = events("عُثر على جثة رجل، وعليها آثار طلقات نارية، قرب بلدة تلبيسة في ريف حمص الشمالي.", "2025-08-05")
    assert [(e[0], e[2]) for e in got] == [("casualties", "تلبيسة")]


def test_an_operation_told_with_its_arrests_only_is_the_arrest() -> None:
    got = events("نفذت قوات الأمن العام عملية أمنية في حي الخالدية بمدينة حمص أسفرت عن اعتقال ثلاثة مطلوبين.",
                 "2025-04-16")
    assert [(e[0], e[2], e[3]) for e in got] == [("other", "الخالدية", "government")]
    got = events("قتل قيادي في التنظيم واعتقل اثنان من مرافقيه في عملية إنزال جوي نفذتها قوات التحالف في بلدة الشحيل.",
                 "2025-06-30")
    assert ("attack", "الشحيل") in [(e[0], e[2]) for e in got]


def test_residents_with_a_pronoun_tell_the_flights_origin() -> None:
    got = events("قصفت الطائرات الحربية بلدة البارة طوال الليل، ونزح معظم سكانها نحو مدينة أريحا.", "2019-08-10")
    assert {e[2] for e in got if e[0] == "displacement"} == {"البارة", "أريحا"}
    assert events("تقع بلدة كفرنبل في جبل الزاوية، ويعمل معظم سكانها في الزراعة.", "2020-02-03") == []


def test_what_a_person_was_responsible_for_is_a_charge_not_an_event() -> None:
    got = events("واعتقلت قوات سوريا الديمقراطية في بلدة مركدة قيادياً في الخلايا كان مسؤولاً عن عمليات اغتيال طالت "
                 "وجهاء عشائر في بلدة الصور.", "2025-09-25")
    assert [(e[0], e[3]) for e in got] == [("other", "sdf")]
    got = events("وقتل مسؤول عن الإعلام في الحزب بقصف على بلدة الصور.", "2025-09-26")
    assert sorted((e[0], e[2]) for e in got) == [("attack", "الصور"), ("casualties", "الصور")]


def test_items_under_a_short_lead_are_the_reports_of_the_sentence_before() -> None:
    text = ("حصيلة يوم الأحد\n"
            "وثق المرصد السوري لحقوق الإنسان مقتل ستة أشخاص في أنحاء متفرقة من سوريا يوم أمس الأحد. وفي التفاصيل:\n"
            "- قضى طفلان بانفجار قذيفة من مخلفات الحرب في أطراف بلدة التح بريف إدلب الجنوبي.\n"
            "- قتل أربعة عناصر من الأمن العام في كمين على طريق القرداحة.\n")
    evs = analyze(Article(id="p13l", raw=text, published="2025-02-10")).events
    assert evs and {e.source.name_en for e in evs} == {"Syrian Observatory for Human Rights"}


def test_a_blast_of_war_debris_has_no_side() -> None:
    got = events("استشهد راعيان اثنان، ظهر أمس، جراء انفجار لغم أرضي من مخلفات النظام البائد قرب قرية معردس.",
                 "2025-11-06")
    assert sorted((e[0], e[3]) for e in got) == [("casualties", "unknown")]  # no strike: task conv33
    got = events("قصفت قوات النظام بلدة البارة بالمدفعية، ما أدى إلى مقتل طفل.", "2016-02-16")
    assert {e[3] for e in got} == {"government"}


def test_people_of_a_town_handing_in_weapons_is_no_town_handed_over() -> None:
    got = events("سلّم المئات من أبناء بلدة الصنمين أسلحتهم الفردية للأمن العام ضمن حملة لجمع السلاح.", "2025-05-14")
    assert [(e[0], e[2]) for e in got] == [("other", "الصنمين")]
    got = events("وسلمت الفصائل بلدة الصنمين للقوات الحكومية بعد مفاوضات.", "2018-07-10")
    assert [(e[0], e[2]) for e in got] == [("take_control", "الصنمين")]


def test_a_store_seized_is_an_event_and_the_outskirts_after_it_locate_it() -> None:
    got = events("ضبطت دورية للأمن العام مستودعاً للأسلحة في مزرعة على أطراف بلدة بسنادا.", "2025-08-10")
    assert [(e[0], e[2], e[3]) for e in got] == [("other", "بسنادا", "government")]
    got = events("اعتقلت قوى الأمن ثلاثة مطلوبين على أطراف بلدة بسنادا.", "2025-08-12")
    assert [(e[0], e[2]) for e in got] == [("other", "بسنادا")]


def test_bodies_brought_to_a_hospital_are_no_entry() -> None:
    got = events("وأفادت مصادر طبية بوصول جثامين 14 عنصراً من وزارة الدفاع إلى المشفى الوطني في درعا، قضوا في الاشتباكات "
                 "التي شهدتها بلدة المزرعة.", "2025-07-16")
    assert sorted((e[0], e[2]) for e in got) == [("attack", "المزرعة"), ("casualties", "المزرعة")]


def test_a_bombing_a_protest_condemns_is_no_strike_at_the_protests_places() -> None:
    got = events("خرجت مظاهرات في مدن إدلب وسرمدا والدانا تنديداً بالتفجير الذي استهدف كنيسة مار إلياس في دمشق.",
                 "2025-06-25")
    assert [e[2] for e in got if e[0] == "attack"] == ["كنيسة مار إلياس"]
    assert {e[2] for e in got if e[0] == "protest"} == {"إدلب", "سرمدا", "الدانا"}


def test_a_force_that_came_leaves_before_a_dropped_subject_departure() -> None:
    got = events("وبحسب الأهالي، فإن قوة إسرائيلية دخلت بلدة كويا في حوض اليرموك وفتشت عدداً من المنازل قبل أن "
                 "تغادرها.", "2025-05-10")
    assert sorted((e[0], e[2], e[3]) for e in got) == [("enter", "كويا", "israel"), ("withdraw", "كويا", "israel")]
