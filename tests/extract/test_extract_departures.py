"""Departures, agreements, sieges, handovers and other issue-12 vocabulary (sentences written for these tests)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str = "2018-04-02"):
    return analyze(Article(id="d", raw=text, published=published)).events


def types_at(evs, place_part: str, polarity: str = "asserted") -> set[str]:
    return {e.type for e in evs if e.polarity == polarity and place_part.lower() in (e.place.name_en or "").lower()}


def test_buses_with_fighters_and_families_are_withdraw_and_displacement():
    evs = events_of("وخرجت صباح اليوم عشرون حافلة تقل مقاتلين من المعارضة وعائلاتهم من مدينة دوما باتجاه جرابلس.")
    assert {"withdraw", "displacement"} <= types_at(evs, "Douma")
    # the destination counts for the families only
    assert types_at(evs, "Jarabulus") == {"displacement"}
    assert not [e for e in evs if e.type == "evacuation"]


def test_what_the_buses_carry_after_the_place():
    evs = events_of("غادرت دفعة جديدة من الحافلات بلدة مضايا وهي تقل عشرات المسلحين.")
    assert types_at(evs, "Madaya") == {"withdraw"}


def test_a_commander_leaving_is_an_evacuation():
    evs = events_of("وقال مصدر محلي إن قائد الفصيل غادر مدينة دوما متوجها إلى الشمال.")
    assert "evacuation" in types_at(evs, "Douma")
    assert "withdraw" not in types_at(evs, "Douma")


def test_civilians_evacuated_are_displaced():
    evs = events_of("أجلت فرق الهلال الأحمر نحو 400 مدني من بلدة الزبداني يوم الأحد.")
    assert types_at(evs, "Zabadani") == {"displacement"}


def test_prisoners_fleeing_are_other():
    evs = events_of("وأفادت مصادر بفرار عشرات السجناء من سجن مدينة إدلب المركزي بعد القصف.")
    assert "displacement" not in types_at(evs, "Idlib")


def test_leaving_with_no_one_named_is_no_event():
    evs = events_of("وخرجت الأمور عن المألوف في مدينة حمص خلال اليوم.")
    assert not [e for e in evs if e.type in ("withdraw", "displacement", "evacuation")]


def test_agreement_terms_are_expected_unless_done():
    evs = events_of("وتوصل الطرفان إلى اتفاق يقضي بخروج المقاتلين من بلدة عين الفيجة وعودة المؤسسات إليها.")
    assert "withdraw" in types_at(evs, "Fijah", "expected")
    done = events_of("وتوصل الطرفان إلى اتفاق يقضي بخروج المقاتلين من بلدة عين الفيجة. "
                     "وفي المساء خرجت حافلات تقل المقاتلين من بلدة عين الفيجة.")
    assert "withdraw" in types_at(done, "Fijah")
    assert "withdraw" not in types_at(done, "Fijah", "expected")


def test_agreement_and_ceasefire_are_other():
    evs = events_of("أعلنت الفصائل التوصل إلى اتفاق هدنة في مدينة الرستن.")
    assert "other" in types_at(evs, "Rastan")
    evs = events_of("ويقضي الاتفاق بوقف إطلاق نار في مدينة تلبيسة.")
    assert "attack" not in types_at(evs, "Talbiseh", "expected")


def test_sieges():
    evs = events_of("أطبقت قوات النظام الحصار على مدينة داريا بعد معارك عنيفة.")
    assert "advance" in types_at(evs, "Darayya")
    evs = events_of("تمكن مقاتلو المعارضة من كسر الحصار عن مدينة داريا.")
    assert "other" in types_at(evs, "Darayya")
    evs = events_of("يعيش آلاف المدنيين في مدينة داريا المحاصرة منذ سنوات.")
    assert "advance" not in types_at(evs, "Darayya")


def test_expulsion_and_handover():
    evs = events_of("وتمكنت فصائل المعارضة من طرد عناصر تنظيم الدولة من بلدة الراعي.")
    tc = [e for e in evs if e.type == "take_control" and "Rai" in e.place.name_en]
    assert tc and tc[0].actor.side == "opposition"
    evs = events_of("وسلم المقاتلون النقاط العسكرية في بلدة الرستن لقوات النظام.")
    tc = [e for e in evs if e.type == "take_control" and "Rastan" in e.place.name_en]
    assert tc and tc[0].actor.side == "government"


def test_flags_releases_closures_patrols():
    assert "other" in types_at(events_of("ورفع عناصر الجيش العلم السوري في مدينة دوما صباح اليوم."), "Douma")
    assert "other" in types_at(events_of("وتم الإفراج عن عشرين معتقلا في مدينة حماة."), "Hama")
    assert "other" in types_at(events_of("أعلنت السلطات إغلاق مطار دمشق الدولي أمام الرحلات."), "Damascus")
    assert "deploy" in types_at(events_of("وبدأت الشرطة العسكرية الروسية تسيير دوريات في مدينة منبج."), "Manbij")


def test_expectation_cues():
    evs = events_of("ومن المقرر أن تدخل القوات التركية بلدة تل رفعت خلال الأيام المقبلة.")
    assert "enter" in types_at(evs, "Tell Rifaat", "expected")
    evs = events_of("وتحاول قوات النظام السيطرة على بلدة اللطامنة.")
    assert "take_control" not in types_at(evs, "Lataminah")


def test_about_a_number_is_not_a_direction():
    evs = events_of("خرجت حافلات تقل نحو 300 مقاتل من بلدة سرغايا.")
    assert "withdraw" in types_at(evs, "Sirgh")


def test_who_arrives_decides_an_entry():
    evs = events_of("ووصل نحو ثلاثة آلاف مدني إلى بلدة نبل مساء أمس.")
    assert "displacement" in types_at(evs, "Nubl") and "enter" not in types_at(evs, "Nubl")
    evs = events_of("ودخلت فرق الصيانة إلى بلدة عين الفيجة لإصلاح المضخات.")
    assert "enter" not in types_at(evs, "Fijah")
    evs = events_of("ودخلت قوات النظام بلدة عين الفيجة صباح اليوم.")
    assert "enter" in types_at(evs, "Fijah")


def test_goals_offers_and_bars_are_not_moves():
    evs = events_of("وتواصل قوات النظام حشد عناصرها لاقتحام مدينة الزبداني.")
    assert "enter" not in types_at(evs, "Zabadani")
    evs = events_of("وقال المسؤول إن الغارات لن تقدم حلا لسكان مدينة منبج.")
    assert "advance" not in types_at(evs, "Manbij", "denied")
    evs = events_of("لكن القوات الحكومية ممنوعة من دخول مدينة دوما بحسب الاتفاق.")
    assert not [e for e in evs if e.type == "enter"]


def test_flag_raised_with_an_entry_is_part_of_it():
    evs = events_of("ودخلت وحدات الجيش مدينة منبج ورفعت العلم فوق مبانيها.")
    assert "enter" in types_at(evs, "Manbij") and "other" not in types_at(evs, "Manbij")


def test_wounded_carried_by_buses_are_not_casualties():
    evs = events_of("وخرجت الحافلات التي تقل المقاتلين والجرحى من بلدة مضايا باتجاه إدلب.")
    assert "withdraw" in types_at(evs, "Madaya")
    assert not [e for e in evs if e.type == "casualties"]


def test_close_to_taking_is_expected():
    evs = events_of("وباتت الفصائل قريبة جدا من السيطرة على مدينة الباب.")
    assert "take_control" in types_at(evs, "Bab", "expected")
    assert "take_control" not in types_at(evs, "Bab")


def test_coordinated_triggers_share_their_object():
    evs = events_of("وأعلنت الفصائل دخولها وسيطرتها على بلدة مورك بعد منتصف الليل.")
    assert {"enter", "take_control"} <= types_at(evs, "Morek")
    # an advance before a takeover is how the place was taken
    evs = events_of("وتمكن مقاتلو الفصائل من التقدم والسيطرة على بلدة مورك.")
    assert "advance" not in types_at(evs, "Morek") and "take_control" in types_at(evs, "Morek")


def test_a_relative_clause_on_a_place_is_status():
    evs = events_of("وفر المدنيون نحو مدينة عفرين التي تنتشر فيها القوات التركية.")
    assert "deploy" not in types_at(evs, "Afrin")
    evs = events_of("وسقطت قذائف على منطقة يسيطر عليها الفصيل في مدينة الباب.")
    assert "take_control" not in types_at(evs, "Bab")
    # on a force it is a deployment
    evs = events_of("وقال المصدر إن عناصر من حزب الله التي تتمركز في بلدة القصير استقدمت تعزيزات.")
    assert "deploy" in types_at(evs, "Qusa")


def test_a_force_at_a_distance_is_an_advance():
    evs = events_of("وقالت الفصائل إنها على بعد 6 كيلومترات من مدينة معرة النعمان.")
    assert "advance" in types_at(evs, "Ma")
    evs = events_of("وتقع بلدة كفرنبل على بعد 10 كيلومترات من مدينة معرة النعمان.")
    assert "advance" not in types_at(evs, "Ma")


def test_evacuating_a_town_postponed():
    evs = events_of("وذكر ناشطون أن عملية إجلاء أهالي مدينة الزبداني أرجئت إلى الأسبوع القادم.")
    assert "displacement" in types_at(evs, "Zabadani", "expected")
    assert not [e for e in evs if e.type == "evacuation"]


def test_descriptions_titles_analysis_and_mine_clearing_are_not_attacks():
    for text in ("وسيطرت القوات المهاجمة على بلدة مسرابا.",
                 "وتكبدت الأطراف المهاجمة خسائر كبيرة عند أطراف بلدة مسرابا.",
                 "وانسحبت الجهات المهاجمة من بلدة مسرابا.",
                 "وبدأت وحدات الهندسة تفكيك العبوات الناسفة في بلدة مسرابا.",
                 "وقال قائد العمليات العسكرية إن بلدة مسرابا آمنة.",
                 "ويمثل هذا ضربة قاصمة للفصائل في بلدة مسرابا.",
                 "وجاءت السيطرة على بلدة مسرابا بعد نحو شهرين من المعارك."):
        assert "attack" not in types_at(events_of(text), "Misraba"), text


def test_a_describing_blocker_keeps_the_scope():
    assert "take_control" in types_at(events_of("وسيطرت القوات المهاجمة على بلدة مسرابا."), "Misraba")


def test_advancing_inside_a_town_is_an_entry():
    evs = events_of("وقالت المصادر إن وحدات الجيش تقدمت داخل مدينة يبرود صباح اليوم.")
    assert "enter" in types_at(evs, "Yabroud") and "advance" not in types_at(evs, "Yabroud")


def test_a_described_distance_is_no_advance():
    evs = events_of("وتقع النقطة العسكرية قرب الحدود على بعد كيلومترات قليلة من مدينة عين العرب.")
    assert "advance" not in types_at(evs, "Kobani") and "advance" not in types_at(evs, "Arab")


def test_a_pattern_gap_stays_inside_its_clause():
    evs = events_of("ودخلت القوات بلدة مديرا الخاضعة للمعارضة، وسيطرت القوات المهاجمة على بلدة مسرابا.")
    assert "take_control" in types_at(evs, "Misraba")


def test_a_build_up_toward_a_goal_expects_it():
    evs = events_of("وتحشد الفصائل قواتها تمهيدا لتحرير مدينة منبج.")
    assert "take_control" in types_at(evs, "Manbij", "expected")
    evs = events_of("وتحشد الفصائل قواتها العسكرية لتحرير مدينة منبج.")
    assert "take_control" not in types_at(evs, "Manbij", "expected") | types_at(evs, "Manbij")


def test_coordinated_triggers_share_a_negation_or_a_goal():
    evs = events_of("وأفاد ناشطون أن الجيش لم يدخل بلدة مديرا بعد أو يسيطر على بلدة مسرابا.")
    assert "take_control" in types_at(evs, "Misraba", "denied")
    assert "take_control" not in types_at(evs, "Misraba")
    evs = events_of("ويقاتل عناصر الفصائل للسيطرة على بلدة مسرابا والسيطرة على بلدة مديرا.")
    assert not [e for e in evs if e.type == "take_control"]


def test_a_consequence_and_back_and_forth_fighting_are_no_events():
    evs = events_of("وستؤدي السيطرة على بلدة مسرابا إلى عزل المنطقة.")
    assert not [e for e in evs if e.type == "take_control"]
    evs = events_of("ودارت اشتباكات في بلدة مسرابا تخللتها عمليات كر وفر.")
    assert "displacement" not in types_at(evs, "Misraba")


def test_people_of_a_town_taken_out_are_displaced():
    evs = events_of("وتم الاتفاق على إخراج دفعة أولى من أهالي بلدة كفريا على مراحل.")
    assert "displacement" in types_at(evs, "Kafr", "expected")
    assert "withdraw" not in types_at(evs, "Kafr", "expected")


def test_returns_of_civilians_only():
    evs = events_of("وبدأت عودة مئات العائلات إلى بلدة مسرابا بعد توقف المعارك.")
    assert "displacement" in types_at(evs, "Misraba")
    evs = events_of("وأعلنت الحكومة عودة المؤسسات الرسمية إلى بلدة مسرابا.")
    assert "displacement" not in types_at(evs, "Misraba")


def test_might_and_any_are_hypothetical():
    evs = events_of("ولديها القدرة على التصدي لأي هجمات قد تستهدف مدينة دوما.")
    assert "attack" not in types_at(evs, "Douma")
    evs = events_of("وقالت المصادر إن الطائرات قد تستهدف مدينة دوما.")
    assert "attack" not in types_at(evs, "Douma")


def test_a_denial_ends_where_a_new_assertion_starts():
    evs = events_of("وقال المصدر: لا صحة لانسحاب قواتنا من بلدة مورك، ونؤكد أن وحداتنا سيطرت على بلدة اللطامنة.")
    assert "withdraw" in types_at(evs, "Morek", "denied")
    assert "take_control" in types_at(evs, "Lataminah")


def test_opening_a_corridor_is_other():
    evs = events_of("وأعلنت القوات فتح معبر لخروج المدنيين من بلدة حمورية.")
    assert "other" in types_at(evs, "Hamouria") | types_at(evs, "Hamm") | types_at(evs, "Ham")


def test_an_advance_as_the_manner_of_a_takeover_and_inside_by_back_reference():
    evs = events_of("وسيطرت قوات النظام على بلدة مسرابا بعد تقدم قواتها في بلدة مديرا.")
    assert "advance" not in types_at(evs, "Mudayra") and "take_control" in types_at(evs, "Misraba")
    evs = events_of("وانسحبت الفصائل من بلدة مسرابا على وقع تقدم قوات الجيش داخلها.")
    assert "enter" in types_at(evs, "Misraba") and "advance" not in types_at(evs, "Misraba")


def test_a_dam_handed_over_is_taken_by_the_receiver():
    evs = events_of("وسلمت قوات سوريا الديمقراطية السد لقوات النظام في مدينة الطبقة.")
    tc = [e for e in evs if e.type == "take_control"]
    assert tc and tc[0].actor.side == "government"


def test_infiltrating_into_a_place_is_an_entry():
    for text in ("وتسلل عناصر من تنظيم داعش إلى بلدة مسرابا فجر اليوم.",
                 "وقالت مصادر محلية إن مسلحين تسللوا إلى بلدة مسرابا."):
        assert "enter" in types_at(events_of(text), "Misraba"), text


def test_arrests_told_with_alqa_alqabd_are_other_events():
    for text in ("وألقت قوات الأمن القبض على خمسة مطلوبين في بلدة مسرابا.",
                 "وأعلنت الشرطة إلقاء القبض على عصابة في بلدة مسرابا."):
        assert "other" in types_at(events_of(text), "Misraba"), text
    assert not events_of("وتمكن المجلس من القبض على زمام الأمور في بلدة مسرابا.")


def test_agreement_takes_the_places_of_its_terms_past_its_parties():
    evs = events_of("وجاء ذلك بموجب اتفاق بين الفصائل والجانب الروسي يقضي بخروج المقاتلين من مدينة دوما إلى الشمال.")
    assert "other" in types_at(evs, "Douma")
    evs = events_of("وتم التوصل إلى اتفاق بين وجهاء البلدة وقوات النظام ينص على خروج الراغبين من بلدة التل.")
    assert "other" in types_at(evs, "Tall")
    # a terms verb far from the agreement is not its terms
    evs = events_of("وتحدث الوفد عن اتفاق سابق مع الجانب التركي حول المعابر والطرق الدولية التي يشملها "
                    "خروج المقاتلين من مدينة دوما.")
    assert "other" not in types_at(evs, "Douma")


def test_buses_named_before_they_set_off():
    evs = events_of("وقال المصدر إن الحافلات انطلقت من بلدتي عين الفيجة ومضايا وعلى متنها المسلحون وعائلاتهم.")
    assert {"withdraw", "displacement"} <= types_at(evs, "Fijah")
    assert {"withdraw", "displacement"} <= types_at(evs, "Madaya")
    # buses with no one named and no departure before them are no event
    evs = events_of("وكانت الحافلات تنطلق كل صباح من بلدة بسيمة نحو دمشق لنقل الطلاب.")
    assert not [e for e in evs if e.type in ("withdraw", "displacement", "evacuation")]


def test_a_takeover_years_before_is_another_happening():
    """A guessed (implied) side does not fold a retaking into an occupation told for another year."""
    evs = events_of("تمكنت قوات الجيش صباح اليوم من اقتحام مدينة السخنة وطرد داعش منها. "
                    "وكان داعش قد احتل السخنة في أيار 2015.", published="2017-03-02")
    years = {e.date.value[:4] for e in evs if e.type == "take_control" and "Sukhn" in (e.place.name_en or "")}
    assert years == {"2015", "2017"}
    # the same year: one happening told twice, the named side kept
    evs = events_of("تمكنت قوات الجيش صباح اليوم من اقتحام مدينة السخنة وطرد داعش منها. "
                    "وأعلن الجيش أنه سيطر على مدينة السخنة بالكامل.", published="2017-03-02")
    kept = [e for e in evs if e.type == "take_control" and "Sukhn" in (e.place.name_en or "")]
    assert [e.actor.side for e in kept] == ["government"]


def test_areas_of_control_do_not_cut_a_destination():
    evs = events_of("ونزح آلاف المدنيين من بلدة كفربطنا باتجاه مناطق سيطرة النظام في مدينة جرمانا.")
    assert "displacement" in types_at(evs, "Jaramana")
    assert not [e for e in evs if e.type == "take_control"]


def test_a_passive_expulsion_names_its_agent_after_the_place():
    evs = events_of("وعادت قوات النظام إلى بلدة كفرنبل بعد يومين من طردها من البلدة على أيدي الفصائل.")
    sides = {e.actor.side for e in evs if e.type == "take_control" and "Kafranbel" in (e.place.name_en or "")}
    assert sides == {"opposition"}


def test_waiting_to_leave_is_expected_waiting_before_leaving_is_not():
    evs = events_of("واستقل المقاتلون الحافلات في انتظار مغادرة بلدة عين ترما.")
    assert "withdraw" in types_at(evs, "Terma", "expected") and "withdraw" not in types_at(evs, "Terma")
    evs = events_of("وخرجت الحافلات التي تقل المقاتلين من بلدة عين ترما بعد انتظار لساعات.")
    assert "withdraw" in types_at(evs, "Terma")


def test_two_tolls_of_one_battle_are_two_casualty_events():
    """Each toll is inflicted by the adversary of the force it counts."""
    evs = events_of("وتواصلت المعارك في بلدة كفرنبل، حيث قتل 12 مقاتلا من الفصائل، كما قتل 9 من عناصر قوات النظام.")
    sides = {e.actor.side for e in evs if e.type == "casualties" and "Kafranbel" in (e.place.name_en or "")}
    assert sides == {"government", "opposition"}
    # one toll keeps the one event
    evs = events_of("وتواصلت المعارك في بلدة كفرنبل، حيث قتل 12 مقاتلا من الفصائل.")
    assert len([e for e in evs if e.type == "casualties"]) == 1


def test_mercenaries_militias_and_remnants_who_flee_are_fighters():
    evs = events_of("وقال المصدر إن المرتزقة اضطروا إلى الفرار من قرية أبو قلقل تاركين آلياتهم.")
    assert {e.type for e in evs if e.place.name == "أبو قلقل"} == {"withdraw"}
    militia = events_of("وفرت الميليشيات من مدينة الميادين بعد منتصف الليل.")
    assert {e.type for e in militia if e.place.name == "الميادين"} == {"withdraw"}


def test_buses_named_with_whom_they_carry_are_a_departure():
    # the buses are the subject, the verb comes after what they carry; a number takes the singular noun
    evs = events_of("وقال ناشطون إن 50 حافلة تقل نحو 2000 شخص من أهالي البلدة انطلقت صباح اليوم "
                    "من مدينة الرستن باتجاه محافظة إدلب.")
    assert types_at(evs, "Rastan") == {"displacement"}
    assert types_at(evs, "Idlib") == {"displacement"}


def test_buses_arriving_to_carry_fighters_and_families_out():
    evs = events_of("ووصلت 30 حافلة لتقل زهاء ألف شخص بين مقاتلين ومدنيين من بلدة نبل إلى مدينة حلب.")
    assert types_at(evs, "Nubl") == {"withdraw", "displacement"}
    assert types_at(evs, "Aleppo") == {"displacement"}


def test_buses_struck_where_they_stand_leave_nowhere():
    evs = events_of("واستهدف انفجار حافلات تقل مدنيين في حي الراشدين بحلب.")
    assert not [e for e in evs if e.type in ("displacement", "withdraw", "evacuation")]


def test_the_people_of_a_place_leave_it():
    # "أهالي X وY" names where the carried people come from: each is an origin, besides the "من" of the buses
    evs = events_of("وقال ناشطون إن 50 حافلة تقل نحو 2000 شخص من أهالي تلبيسة والقصير انطلقت صباح اليوم "
                    "من مدينة الرستن باتجاه محافظة إدلب.")
    for town in ("Talbiseh", "Qusayr", "Rastan"):
        assert types_at(evs, town) == {"displacement"}, town


def test_areas_people_head_for_lie_in_the_place_that_locates_them():
    evs = events_of("ونزح آلاف المدنيين من مدينة الرستن نحو مناطق سيطرة الحكومة في حمص.")
    assert types_at(evs, "Homs") == {"displacement"}
    # a place that locates counted villages taken is still no event place
    taken = events_of("وسيطرت الفصائل على عدد من القرى في ريف حماة.")
    assert not [e for e in taken if e.type == "take_control"]


def test_a_retaking_and_the_loss_before_it_are_two_takeovers():
    evs = events_of("دخلت قوات النظام مدينة سراقب صباح اليوم. "
                    "واستعادت قوات النظام المدينة بعد يوم من طردها منها على أيدي الفصائل.")
    sides = {e.actor.side for e in evs if e.type == "take_control" and "Saraqib" in (e.place.name_en or "")}
    assert sides == {"government", "opposition"}


def test_one_takeover_credited_to_two_forces_in_two_sentences_stays_one():
    evs = events_of("سيطرت قوات النظام على مدينة سراقب صباح اليوم. "
                    "وقالت مصادر محلية إن الفصائل سيطرت على مدينة سراقب.")
    assert len([e for e in evs if e.type == "take_control"]) == 1


def test_fighters_with_their_relatives_are_fighters_and_civilians():
    evs = events_of("وخرجت ظهر اليوم 15 حافلة من بلدة مضايا، تقل قرابة 600 مسلح مع ذويهم.")
    assert types_at(evs, "Madaya") >= {"withdraw", "displacement"}


def test_a_part_of_the_people_named_before_is_who_leaves():
    # "وحمل المدنيون أمتعتهم، وخرج معظمهم ..., وآخرون في سيارات من X باتجاه Y": the civilians leave
    from tawatur.model import Article
    from tawatur.pipeline import analyze

    def displaced(text: str) -> set[str]:
        evs = analyze(Article(id="p", raw=text, published="2018-03-15")).events
        return {e.place.name for e in evs if e.type == "displacement"}

    assert displaced("وجمع الأهالي حاجاتهم، وخرج معظمهم مشياً، وآخرون في شاحنات من بلدة "
                     "حمورية نحو المناطق الخاضعة للجيش في عدرا.") == {"حمورية", "عدرا"}
    # with no people named before, "most of them" says nobody who leaves
    assert displaced("وخرج معظمهم سيرا على الأقدام من بلدة حمورية.") == set()


def test_a_part_of_those_who_fled_tells_where_they_went():
    # "فرّوا من X ويتجه البعض منهم إلى ... بينما ذهب آخرون إلى منطقتي Y وZ": Y and Z are destinations
    from tawatur.model import Article
    from tawatur.pipeline import analyze

    def displaced(text: str) -> set[str]:
        evs = analyze(Article(id="p", raw=text, published="2019-12-25")).events
        return {e.place.name for e in evs if e.type == "displacement"}

    assert displaced("وأفاد ناشطون بأن أعدادا كبيرة من النازحين هربوا من مدينة سراقب ويتجه البعض منهم إلى مخيمات "
                     "قرب الحدود بينما ذهب آخرون إلى منطقتي عفرين واعزاز.") == {"سراقب", "عفرين", "أعزاز"}
    # a new clause about someone else is no destination
    assert displaced("وقال ناشطون إن النازحين فروا من مدينة سراقب ووصلت المساعدات إلى عفرين.") == {"سراقب"}


def test_what_the_buses_carry_between_commas_does_not_end_the_departure():
    # "خرجت الحافلات صباح اليوم، تقل المقاتلين وعائلاتهم، من X إلى Y": the carrier clause is an aside
    from tawatur.model import Article
    from tawatur.pipeline import analyze

    evs = analyze(Article(id="p", raw="قالت وسائل إعلام محلية، إن 30 حافلة خرجت صباح اليوم الأحد، تقل مقاتلي الفصائل "
                                      "وعائلاتهم، من مدينة حرستا في الغوطة الشرقية إلى مدينة إدلب شمال سوريا.",
                          published="2018-03-25")).events
    assert {(e.type, e.place.name) for e in evs} == {
        ("withdraw", "حرستا"), ("displacement", "حرستا"), ("displacement", "إدلب")}
    # who says it, and where the speaker is, is no destination
    evs = analyze(Article(id="p", raw="خرجت 20 حافلة من بلدة مضايا، تقل المسلحين مع ذويهم باتجاه محافظة إدلب، "
                                      "بحسب مصدر عسكري لوكالة الأنباء بدمشق.", published="2017-01-29")).events
    assert "دمشق" not in {e.place.name for e in evs}
