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
    evs = events_of("لكن قوات النظام ممنوعة من دخول مدينة دوما بحسب الاتفاق.")
    assert not [e for e in evs if e.type == "enter"]


def test_flag_raised_with_an_entry_is_part_of_it():
    evs = events_of("ودخلت وحدات الجيش مدينة منبج ورفعت العلم فوق مبانيها.")
    assert "enter" in types_at(evs, "Manbij") and "other" not in types_at(evs, "Manbij")


def test_wounded_carried_by_buses_are_not_casualties():
    evs = events_of("وخرجت الحافلات التي تقل المسلحين والجرحى من بلدة مضايا باتجاه إدلب.")
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
