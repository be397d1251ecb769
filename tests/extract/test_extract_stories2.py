"""Constructions of reports from stories the training folds hold few of (issue 12: Daraa 2018-2023, Homs,
Deir ez-Zor, Raqqa and Tabqa, the Hasakah prison break, Latakia's mountains, Quneitra): sentences written
for these tests, with invented details. Types as eval/GUIDELINES.md sets them."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str = "2017-06-10"):
    return analyze(Article(id="st2", raw=text, published=published)).events


def typed(evs) -> set[tuple[str, str, str]]:
    return {(e.type, e.place.name, e.actor.side) for e in evs}


def test_a_country_word_in_the_subjects_name_is_not_where_it_entered():
    """"دخلت قوات سوريا الديمقراطية حي X": "سوريا" names the force, it is no entry into the country."""
    evs = events_of("ودخلت قوات سوريا الديمقراطية إلى مدينة الطبقة بعد يومين من المعارك.", "2017-05-01")
    assert ("enter", "الطبقة", "sdf") in typed(evs)
    evs = events_of("واقتحمت قوات سوريا الديمقراطية حي المشلب في الطرف الشرقي من مدينة الرقة.")
    assert ("enter", "المشلب", "sdf") in typed(evs)  # a curated quarter since task places11
    # an entry into the country itself is still none
    assert not [e for e in events_of("ودخلت قوات أجنبية الأراضي السورية فجر اليوم.") if e.type == "enter"]


def test_a_superlative_in_apposition_leaves_the_place_after_fi_a_locator():
    """"بلدة X أبرز معاقل الفصائل في جبل Y": Y only says where X lies."""
    evs = events_of("واستعاد الجيش بلدة سلمى أكبر معاقل الفصائل في جبل الأكراد.", "2016-01-12")
    assert {e.place.name for e in evs} == {"سلمى"}
    evs = events_of("وتقدمت الفصائل نحو تل الحارة أعلى تلة في ريف درعا.", "2014-10-05")
    assert {e.place.name for e in evs} == {"تل الحارة"}
    # a list joined by و is not an apposition: both towns stay
    evs = events_of("وسيطرت القوات على بلدة سلمى وقرية كنسبا في جبل الأكراد.", "2016-02-18")
    assert len({e.place.name for e in evs}) == 2


def test_what_a_hill_overlooks_only_locates_it():
    evs = events_of("وهاجم عناصر التنظيم جبل الثردة المطل على مطار دير الزور العسكري.", "2016-09-17")
    assert {e.place.name for e in evs if e.type == "attack"} == {"جبل الثردة"}


def test_what_is_refused_did_not_happen():
    """"رفض X تسليم السلاح"، "الرافضين للتسوية"، "رفضها تهجير": a refusal tells no handover, deal or flight."""
    evs = events_of("وقصفت قوات النظام أحياء طفس بعد رفض المسلحين تسليم أسلحتهم.", "2020-05-10")
    assert {e.type for e in evs} == {"attack"}
    evs = events_of("وأكد وجهاء بلدة جاسم رفضهم تهجير أي عائلة من البلدة.", "2022-10-15")
    assert not evs
    evs = events_of("وخرجت حافلتان تقلان المقاتلين الرافضين للتسوية من مدينة نوى.", "2018-07-25")
    assert "other" not in {e.type for e in evs}
    # a handover with no refusal stays one
    evs = events_of("وسلم المسلحون في بلدة جاسم أسلحتهم الخفيفة.", "2018-07-25")
    assert "other" in {e.type for e in evs}


def test_a_promise_is_expected_not_done():
    evs = events_of("وتعهد المحافظ بفك الحصار عن أحياء درعا البلد خلال أيام.", "2021-08-01")
    assert {(e.type, e.polarity) for e in evs} == {("other", "expected")}


def test_a_detention_is_logged_like_an_arrest():
    evs = events_of("واحتجز مسلحون من جبهة النصرة عددا من جنود الأمم المتحدة قرب معبر القنيطرة.", "2014-08-28")
    assert ("other", "opposition") in {(e.type, e.actor.side) for e in evs}


def test_the_battle_for_a_city_is_fought_there_not_won():
    """"معركة تحرير X": the battle (attack) at X; the takeover it is named for is its goal."""
    evs = events_of("وأطلقت قوات سوريا الديمقراطية معركة تحرير مدينة الرقة صباح اليوم.", "2017-06-06")
    assert typed(evs) == {("attack", "الرقة", "sdf")}


def test_the_hasakah_prison_is_a_place_of_its_own():
    evs = events_of("وهاجم مسلحو تنظيم الدولة سجن الصناعة في حي غويران بمدينة الحسكة.", "2022-01-20")
    assert ("attack", "سجن غويران", "isis") in typed(evs)
    evs = events_of("وفر مئات السكان من حي غويران نحو وسط المدينة.", "2022-01-22")
    assert ("displacement", "غويران", "civilians") in typed(evs)


def test_a_deal_a_move_was_made_under_is_its_manner():
    """"خرج المقاتلون من X بموجب اتفاق"، "دخلت القوات X بعد التوصل إلى اتفاق": how the move came about, no
    deal event of its own; a deal whose terms the sentence tells ("بموجب اتفاق ... يقضي بـ") still is one."""
    evs = events_of("وخرج نحو مئتي مقاتل من بلدة محجة بموجب اتفاق مع الجانب الروسي.", "2018-07-20")
    assert {e.type for e in evs} == {"withdraw"}
    evs = events_of("ودخلت وحدات الجيش بلدة داعل بعد التوصل إلى اتفاق مع وجهائها.", "2018-07-02")
    assert {e.type for e in evs} == {"enter"}
    evs = events_of("وغادر المقاتلون بموجب اتفاق بين اللجنة والروس ينص على خروجهم من مدينة طفس.", "2018-07-20")
    assert "other" in {e.type for e in evs}
    # with no move in the sentence the deal is the event
    evs = events_of("وأبرمت اللجنة المركزية اتفاقا مع الروس في مدينة طفس.", "2018-07-20")
    assert "other" in {e.type for e in evs}


def test_about_a_written_hundred_is_a_count_not_a_direction():
    """"نحو مئتي مقاتل"، "نحو ثلاثمئة": نحو before a number word is "about", as before digits, so the
    departure keeps its subject and its place."""
    evs = events_of("وغادر نحو ثلاثمئة مقاتل بلدة الحراك صباح اليوم.", "2018-07-20")
    assert ("withdraw", "الحراك") in {(e.type, e.place.name) for e in evs}
    evs = events_of("وخرج نحو مئتي مسلح من بلدة محجة.", "2018-07-20")
    assert ("withdraw", "محجة") in {(e.type, e.place.name) for e in evs}
    # نحو before a place is still a direction
    evs = events_of("وتقدمت القوات نحو بلدة محجة.", "2018-07-20")
    assert {e.type for e in evs} == {"advance"}


def test_those_who_refuse_a_deal_still_leave_the_place_they_leave():
    """"خرج المقاتلون الرافضون للاتفاق من X": the deal after a refusal participle describes them; it neither
    gives an event nor ends the departure's scope before X."""
    evs = events_of("وخرج مئات المسلحين الرافضين للتسوية من مدينة طفس باتجاه الشمال.", "2018-07-25")
    assert {(e.type, e.place.name) for e in evs} == {("withdraw", "طفس")}


def test_who_leaves_after_a_temporal_head_is_not_the_force_that_moves_in():
    """"انتشرت القوة في X بعد خروج المقاتلين": the fighters left, so the departure is the mover's adversary,
    not the force of the main clause; "دخلت القوات X ثم انسحبت منها" stays one force's."""
    evs = events_of("وانتشرت وحدات من الشرطة العسكرية الروسية في بلدة داعل بعد خروج المسلحين.", "2018-07-28")
    assert ("deploy", "داعل", "russia") in typed(evs)
    assert {e.actor.side for e in evs if e.type == "withdraw"} == {"opposition"}
    evs = events_of("ودخلت قوات النظام حي الوعر عقب خروج آخر دفعة من المقاتلين.", "2017-05-21")
    assert {e.actor.side for e in evs if e.type == "withdraw"} == {"opposition"}
    evs = events_of("ودخلت قوات النظام بلدة نوى ثم انسحبت منها.", "2018-07-28")
    assert {e.actor.side for e in evs} == {"government"}


def test_imposing_a_siege_lays_it():
    """"فرضت القوات حصاراً على X": an advance (GUIDELINES, Sieges); a security cordon is not a siege."""
    evs = events_of("وفرضت الفرقة الرابعة حصارا خانقا على مدينة طفس منذ أسبوع.", "2020-05-12")
    assert ("advance", "طفس", "government") in typed(evs)
    evs = events_of("وأعادت قوات النظام فرض الحصار على أحياء درعا البلد.", "2021-07-01")
    assert {e.type for e in evs} == {"advance"}


def test_progress_in_a_place_the_same_force_took_is_that_takeover():
    """"تقدم القوات في المنطقة" after the article told the same force taking it: one happening, the
    takeover; an advance toward a place it took later stays its own event."""
    text = ("سيطرت قوات النظام على بلدة بصر الحرير في ريف درعا الشرقي. "
            "وتحدث الإعلام الرسمي عن تقدم قوات النظام في البلدة طوال الليل.")
    evs = events_of(text, "2018-06-20")
    assert {e.type for e in evs if e.place.name == "بصر الحرير"} == {"take_control"}
    text = ("تقدمت قوات النظام نحو بلدة بصر الحرير صباح اليوم. "
            "وسيطرت قوات النظام على بلدة بصر الحرير مساء.")
    evs = events_of(text, "2018-06-20")
    assert {e.type for e in evs if e.place.name == "بصر الحرير"} == {"advance", "take_control"}


def test_a_passive_assassination_is_casualties_whose_agent_is_untold():
    """"اغتيل قيادي سابق في الفصائل": the passive is an assassination too; with no agent named it is covert
    (unknown), not the victim's force nor its adversary; a named assassin keeps its side. An assassination is
    casualties, not attack (task conv12)."""
    evs = events_of("واغتيل قيادي سابق في فصائل المعارضة قرب بلدة المزيريب مساء أمس.", "2020-02-11")
    assert ("casualties", "المزيريب", "unknown") in typed(evs)
    evs = events_of("واغتالت قوات النظام قياديا محليا في بلدة المزيريب.", "2020-02-11")
    assert ("casualties", "المزيريب", "government") in typed(evs)


def test_a_role_in_a_force_after_a_killing_names_who_fell():
    """"مقتل أمير في تنظيم الدولة خلال الهجوم على X": the force after "قيادي/أمير (سابق) في" suffered the
    toll; it did not strike."""
    evs = events_of("وأعلنت قوات سوريا الديمقراطية مقتل أمير في تنظيم الدولة خلال الهجوم على بلدة الشحيل.",
                    "2019-03-02")
    assert "isis" not in {e.actor.side for e in evs}


def test_positions_struck_in_a_countryside_are_struck_there():
    """"قصفت المدفعية مواقع (للجيش) في ريف X": with no place of their own, the countryside that locates the
    positions is where the strike fell; a counted "15 بلدة في ريف X" stays no place (GUIDELINES)."""
    evs = events_of("وقصفت المدفعية الإسرائيلية مواقع للجيش السوري في ريف القنيطرة الأوسط.", "2014-09-05")
    assert ("attack", "israel") in {(e.type, e.actor.side) for e in evs}
    assert {e.place.name for e in evs} == {"ريف القنيطرة"}
    evs = events_of("واستهدف الجيش مقرات بريف اللاذقية الشمالي.", "2015-11-01")
    assert {e.type for e in evs} == {"attack"}
    assert not events_of("وسيطرت القوات على 12 قرية في ريف حماة الشمالي.", "2019-08-01")


def test_progress_and_a_takeover_in_one_sentence_are_two_stages():
    evs = events_of("وتقدمت قوات النظام في جبل الأكراد وسيطرت على قرية كنسبا.", "2016-02-10")
    assert {e.type for e in evs} == {"advance", "take_control"}


def test_a_place_declared_clear_in_a_that_clause_is_taken_by_the_declarer():
    """"أعلن X أن الحي بات خالياً من المسلحين": "أن" stops a pattern's gap, so the declaration is read with
    it; "محافظ حمص" names the official's governorate, not where the event happened."""
    evs = events_of("وأعلن محافظ حماة أن بلدة كفرزيتا باتت خالية من المسلحين.", "2019-08-25")
    assert {(e.type, e.place.name) for e in evs} == {("take_control", "كفرزيتا")}
    # described as clear, with no declaration: status
    assert not events_of("وقال سكان إن بلدة كفرزيتا خالية من المسلحين منذ أشهر.", "2019-08-25")


def test_a_unit_after_members_of_is_the_force_not_its_base():
    """"انتشرت وحدات من الفرقة الرابعة في X": the division is who deploys; its base is no event place. A unit
    taken as a place stays one ("سيطرت الفصائل على الفرقة 17")."""
    evs = events_of("وانتشرت وحدات من الفرقة الرابعة في مدينة طفس صباح اليوم.", "2020-05-10")
    assert {(e.type, e.place.name, e.actor.side) for e in evs} == {("deploy", "طفس", "government")}
    evs = events_of("وسيطرت فصائل المعارضة على الفرقة 17 شمال الرقة.", "2014-07-25")
    assert "take_control" in {e.type for e in evs}


def test_a_border_with_a_place_is_not_that_place():
    """"إلى الشريط الحدودي مع الجولان": the Golan only says where the border strip runs."""
    evs = events_of("وفر مئات المدنيين من بلدة نوى إلى الشريط الحدودي مع الجولان المحتل.", "2018-07-12")
    assert {e.place.name for e in evs} == {"نوى"}


def test_a_delegation_arriving_is_no_entry():
    evs = events_of("ووصل وفد من وجهاء بلدة طفس إلى مدينة درعا للتفاوض مع الضباط الروس.", "2018-07-02")
    assert not [e for e in evs if e.type == "enter"]
    # a force arriving still is one
    evs = events_of("ووصلت قوات النظام إلى مدينة درعا صباح اليوم.", "2018-07-02")
    assert {e.type for e in evs} == {"enter"}


def test_a_strike_that_stopped_is_no_strike():
    """"بعد توقف القصف"، "وقف الغارات": the halt of a strike tells no strike."""
    evs = events_of("وعاد مئات المدنيين إلى بلدة الحراك بعد توقف القصف.", "2018-07-10")
    assert "attack" not in {e.type for e in evs}
    evs = events_of("وطالب الأهالي بوقف الغارات على بلدة الحراك.", "2018-07-10")
    assert "attack" not in {e.type for e in evs}


def test_an_advance_days_long_told_after_bad_is_the_manner():
    """"بعد أيام من التقدم": how the attack went, no advance of its own (as "بعد أشهر من المعارك")."""
    evs = events_of("وفشل هجوم قوات النظام على مدينة الطبقة بعد أيام من التقدم.", "2016-06-10")
    assert {e.type for e in evs} == {"attack"}


def test_fighters_of_a_place_with_their_families():
    """"خرج مقاتلو حي X وعائلاتهم": the place says whose fighters they are; the families after it are
    displaced with them (origin and destination), and "وعائلاتهم" after a place is no new clause."""
    evs = events_of("وخرج مقاتلو بلدة محجة وعائلاتهم باتجاه مدينة إدلب.", "2018-07-20")
    assert {(e.type, e.place.name) for e in evs} == {
        ("withdraw", "محجة"), ("displacement", "محجة"), ("displacement", "إدلب")}


def test_a_battle_that_will_start_is_expected():
    """"معركة X ستبدأ خلال أسابيع"، "الهجوم سينطلق": the future of a verb of starting after the event noun."""
    evs = events_of("وقال مصدر عسكري إن معركة مدينة الطبقة ستبدأ خلال أيام.", "2017-03-20")
    assert {(e.type, e.polarity) for e in evs} == {("attack", "expected")}
    evs = events_of("وقال مصدر عسكري إن المعارك في مدينة الطبقة ستستمر أياما.", "2017-03-20")
    assert {(e.type, e.polarity) for e in evs} == {("attack", "asserted")}


def test_weapons_received_are_a_handover():
    """"تسلم الجيش أسلحة ثقيلة من فصائل X": the handover told from the receiver's side (`other`); a place
    received stays a takeover."""
    evs = events_of("وتسلمت قوات النظام أسلحة ثقيلة من فصائل بلدة داعل.", "2018-07-11")
    assert {(e.type, e.place.name) for e in evs} == {("other", "داعل")}
    evs = events_of("وتسلمت قوات النظام النقاط العسكرية في بلدة داعل.", "2018-07-11")
    assert {e.type for e in evs} == {"take_control"}


def test_ending_a_forces_last_pocket_takes_the_place():
    """"القضاء على آخر جيب للتنظيم في X"، "إنهاء وجود التنظيم في X": taken by who ended it; killing
    fighters ("القضاء على عشرات المسلحين") stays a toll."""
    evs = events_of("وأعلنت قوات سوريا الديمقراطية القضاء على آخر جيب لتنظيم الدولة في بلدة هجين.", "2018-12-14")
    assert typed(evs) == {("take_control", "هجين", "sdf")}
    evs = events_of("وأعلن الجيش إنهاء وجود المسلحين في بلدة بيت جن.", "2017-12-30")
    assert {(e.type, e.actor.side) for e in evs} == {("take_control", "government")}
    evs = events_of("وأعلن الجيش القضاء على عشرات المسلحين في بلدة بيت جن.", "2017-12-30")
    assert {e.type for e in evs} == {"casualties"}
