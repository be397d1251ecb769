"""Constructions of whole 2012-2024 war-years articles in real outlets' shapes that the probe19 first-sight measure
showed (bench/articles_probe19). Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2019-05-09") -> list[tuple[str, str, str, str]]:
    evs = analyze(Article(id="p19", raw=text, published=published)).events
    return [(e.type, e.polarity, e.place.name, e.actor.side) for e in evs]


def test_a_deal_named_after_a_city_abroad_is_no_event_place() -> None:
    assert events("وتتهم المعارضة روسيا بخرق اتفاق سوتشي الذي وقع في أيلول الماضي.") == []
    assert events("وقال المتحدث إن الفصائل ما زالت ملتزمة ببنود اتفاقية سوتشي.") == []
    assert events("وتعهدت الدول الضامنة لمسار أستانا بمواصلة المحادثات الشهر المقبل.", "2018-01-20") == []


def test_a_unit_that_is_a_party_to_a_clash_is_no_place() -> None:
    got = events("تجددت الاشتباكات بين الفرقة الرابعة ومسلحين محليين في حي المنشية بدرعا.", "2018-05-20")
    assert [(e[0], e[2]) for e in got] == [("attack", "حي المنشية")]
    got = events("تدور اشتباكات عنيفة بين فصائل المعارضة والفرقة الرابعة في بلدة المليحة.", "2014-05-02")
    assert [(e[0], e[2], e[3]) for e in got] == [("attack", "المليحة", "opposition")]
    # a unit's base entered is still a place
    got = events("دخلت قوات سوريا الديمقراطية مقر الفرقة 17 شمال الرقة.", "2017-06-10")
    assert [(e[0], e[2]) for e in got] == [("enter", "الفرقة 17")]


def test_the_eastern_qalamoun_area_is_not_the_mountains() -> None:
    got = events("غادر مئات المقاتلين منطقة القلمون الشرقي على متن حافلات.", "2018-04-22")
    assert [(e[0], e[2]) for e in got] == [("withdraw", "القلمون الشرقي")]


def test_a_singular_quarter_word_points_past_a_pair_of_quarters() -> None:
    got = events("سيطر الجيش على حي الخالدية. وقال مصدر إن المسلحين فروا نحو حيي جورة الشياح والقرابيص، "
                 "وإن عشرات المسلحين قُتلوا في الحي.", "2013-07-29")
    assert [(e[0], e[2]) for e in got if e[0] == "casualties"] == [("casualties", "الخالدية")]
    assert events("وفر المسلحون نحو حيي جورة الشياح والقرابيص، وقتل عشرة منهم في الحي.", "2013-07-29") == []


def test_destroyed_is_no_dummar() -> None:
    assert events("وعاش الحي تحت حصار خانق دمّر أكثر من نصف أبنيته.", "2013-07-29") == []
    got = events("سقطت قذائف هاون على دمر والمزة غرب العاصمة.", "2016-05-10")
    assert sorted(e[2] for e in got) == ["المزة", "دمر"]


def test_a_back_reference_after_a_strikes_weapon_beats_the_fronted_area() -> None:
    got = events("وفي ريف دمشق الغربي، تجددت الاشتباكات بين الفرقة الرابعة والفصائل الإسلامية في محيط مدينة الزبداني، "
                 "وسط قصف مكثف من قبل قوات النظام بالبراميل المتفجرة على المدينة.", "2015-10-04")
    assert "ريف دمشق الغربي" not in [e[2] for e in got]


def test_a_quake_destroys_no_attack() -> None:
    assert events("ودمر الزلزال عشرات المنازل في بلدة جنديرس.", "2023-02-08") == []


def test_a_relative_aside_after_the_origin_keeps_the_destination() -> None:
    got = events("فرت عائلات من بلدة الهبيط، التي قصفتها الطائرات الروسية، باتجاه بلدة كفرتخاريم.", "2019-06-02")
    assert sorted(e[2] for e in got if e[0] == "displacement") == ["الهبيط", "كفرتخاريم"]
    assert [e[2] for e in got if e[0] == "attack"] == ["الهبيط"]


def test_weapons_handed_over_in_a_dual_of_towns() -> None:
    got = events("وقال إن المسلحين سلموا أسلحتهم الثقيلة، بينها دبابتان، في بلدتي الرحيبة وجيرود.", "2018-04-22")
    assert sorted((e[0], e[2]) for e in got) == [("other", "الرحيبة"), ("other", "جيرود")]


def test_strike_told_weapon_first_with_darab() -> None:
    got = events("وقالت مصادر إن قذيفة ضربت منزلاً في بلدة معرشورين.", "2020-02-02")
    assert [(e[0], e[2]) for e in got] == [("attack", "معرشورين")]
    got = events("ضربت طائرة مسيرة منشأة نفطية في حقل العمر.", "2023-03-24")
    assert [(e[0], e[2]) for e in got] == [("attack", "حقل العمر")]


def test_a_claim_after_a_denial_with_zaama_is_asserted() -> None:
    got = events("وكانت هيئة تحرير الشام قد نفت سقوط كفرنبودة، وزعمت أن مقاتليها يخوضون معارك داخل البلدة.")
    assert sorted((e[0], e[1]) for e in got) == [("attack", "asserted"), ("take_control", "denied")]


def test_a_long_subject_between_kana_and_qad_is_a_pluperfect() -> None:
    got = events("وكانت هيئة تحرير الشام والفصائل المتحالفة معها قد نفت سقوط كفرنبودة.")
    assert [(e[0], e[1]) for e in got] == [("take_control", "denied")]
    assert events("وكان القائد قال إن الفصائل قد تسيطر على بلدة خان طومان خلال أيام.", "2016-05-09") == []


def test_the_imperfect_of_becoming_under_control_is_a_takeover() -> None:
    got = events("ويتوقع أن تصبح منطقة القلمون الشرقي بالكامل تحت سيطرة الحكومة السورية خلال يومين.", "2018-04-22")
    assert [(e[0], e[1], e[2]) for e in got] == [("take_control", "expected", "القلمون الشرقي")]


def test_the_old_city_word_points_at_the_old_city_named_before() -> None:
    got = events("دخل الجيش أحياء حمص القديمة. واستهدفت وحدات الجيش بلدة الرستن. ويأتي خروج المسلحين بعد حصار استمر "
                 "نحو عامين على أحياء المدينة القديمة.", "2014-05-09")
    assert [(e[0], e[2]) for e in got if e[0] == "withdraw"] == [("withdraw", "حمص القديمة")]


def test_a_nationality_between_weapon_and_darab_keeps_the_force() -> None:
    got = events("وقالت مصادر إن طائرة تركية ضربت مستودعا في بلدة تل رفعت.", "2023-03-24")
    assert [(e[0], e[2], e[3]) for e in got] == [("attack", "تل رفعت", "turkey")]
