"""Constructions of whole articles in real outlets' genres (2013-2026) that the probe14 first-sight measure showed
(bench/articles_probe14). Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2016-02-20") -> list[tuple[str, str, str, str]]:
    evs = analyze(Article(id="p14", raw=text, published=published)).events
    return [(e.type, e.polarity, e.place.name, e.actor.side) for e in evs]


def test_an_aside_of_attribution_time_or_means_keeps_the_verbs_object() -> None:
    got = events("سيطرت كتائب المعارضة، بحسب ناشطين من المنطقة، على بلدة مسحرة في ريف القنيطرة.", "2014-06-10")
    assert ("take_control", "asserted", "مسحرة", "opposition") in got
    got = events("دخلت وحدات الجيش، حسب مصادر محلية، مدينة السخنة.", "2017-08-30")
    assert [(e[0], e[2]) for e in got] == [("enter", "السخنة")]
    got = events("استهدفت المدفعية التركية، منذ ساعات الصباح، قرية أم الكيف في ريف تل تمر.", "2021-05-03")
    assert [(e[0], e[2]) for e in got] == [("attack", "أم الكيف")]
    got = events("قصفت القوات التركية، بالمدفعية الثقيلة، قرية تل الورد شمال تل تمر.", "2019-11-20")
    assert [(e[0], e[2]) for e in got] == [("attack", "تل الورد")]


def test_an_aside_of_attribution_after_the_object_is_a_clause_of_its_own() -> None:
    got = events("سيطرت الفصائل على بلدة بصرى الشام، بحسب ناشطين، في حين نزحت عشرات العائلات نحو مدينة درعا.",
                 "2015-04-02")
    assert [(e[0], e[2]) for e in got] == [("take_control", "بصرى الشام"), ("displacement", "درعا")]


def test_wala_siyama_in_two_words_opens_examples_of_the_area() -> None:
    got = events("قصفت الطائرات الروسية قرى ريف حماة الشمالي، ولا سيما كفرنبودة والهبيط.", "2019-05-15")
    assert sorted((e[0], e[2]) for e in got) == [("attack", "الهبيط"), ("attack", "كفرنبودة")]


def test_a_building_named_by_what_it_is_for_stands_in_the_town_after_it() -> None:
    got = events("استهدفت طائرات مسيرة تركية محطة تحويل الكهرباء في مدينة القحطانية.", "2023-10-05")
    assert [(e[0], e[2]) for e in got] == [("attack", "القحطانية")]
    got = events("سقطت قذيفة هاون على ساحة عامة في مدينة جرمانا، ما أدى إلى مقتل طفلين.", "2014-03-09")
    assert sorted((e[0], e[2]) for e in got) == [("attack", "جرمانا"), ("casualties", "جرمانا")]


def test_pictures_of_the_dead_carried_at_a_march_are_no_toll() -> None:
    got = events("خرج المئات من أهالي مدينة عامودا في مسيرة غاضبة، رافعين صور الضحايا.", "2023-10-07")
    assert [(e[0], e[2]) for e in got] == [("protest", "عامودا")]


def test_the_lava_of_the_guns_is_shelling() -> None:
    got = events("صبت قوات النظام حمم مدفعيتها على أحياء مدينة داريا.", "2015-02-03")
    assert [(e[0], e[2], e[3]) for e in got] == [("attack", "داريا", "government")]


def test_a_quarter_named_after_a_son_of_abd_x_keeps_its_whole_name() -> None:
    got = events("قصفت طائرات التحالف حيي عمر بن عبد العزيز والبريد.", "2017-06-22")
    assert sorted(e[2] for e in got) == ["حي البريد", "حي عمر بن عبد العزيز"]


def test_a_truce_agreed_is_the_agreement_made() -> None:
    got = events("اتفق الجانبان على وقف فوري لإطلاق النار في حي الأشرفية.", "2025-10-09")
    assert [(e[0], e[1], e[2]) for e in got] == [("other", "asserted", "الأشرفية")]
    got = events("تم الاتفاق على إخراج المسلحين من بلدة قدسيا.", "2016-10-08")
    assert ("withdraw", "expected", "قدسيا", "opposition") in got


def test_a_truce_named_as_a_time_is_no_agreement_there() -> None:
    got = events("قصفت الطائرات الروسية بلدة مسرابا خلال ساعات الهدنة.", "2018-03-02")
    assert [(e[0], e[2]) for e in got] == [("attack", "مسرابا")]


def test_a_corridor_struck_is_the_target_of_the_strike() -> None:
    got = events("استهدفت قذائف المسلحين الممر الآمن في بلدة مسرابا.", "2018-03-01")
    assert [(e[0], e[2]) for e in got] == [("attack", "مسرابا")]
    got = events("سقطت قذائف على مخيم الوافدين للمرة الثالثة خلال أسبوع.", "2018-03-04")
    assert [(e[0], e[2]) for e in got] == [("attack", "مخيم الوافدين")]


def test_where_the_fire_came_from_is_no_event_place() -> None:
    got = events("تعرضت مدينة جرمانا لقصف من بلدة المليحة أسفر عن إصابة ثلاثة مدنيين.", "2014-09-10")
    assert sorted((e[0], e[2]) for e in got) == [("attack", "جرمانا"), ("casualties", "جرمانا")]


def test_a_trigger_inside_an_aside_of_sequence_keeps_to_it() -> None:
    got = events("تقدمت القوات الحكومية، بعد سيطرتها على مدينة معرة النعمان، نحو بلدة كفرنبل.", "2020-01-29")
    assert sorted((e[0], e[2]) for e in got) == [("advance", "كفرنبل"), ("take_control", "معرة النعمان")]
    got = events("سيطرت كتائب المعارضة، بعد اشتباكات عنيفة في قرية معان، على بلدة كفرزيتا.", "2014-05-12")
    assert [(e[0], e[2]) for e in got] == [("take_control", "كفرزيتا")]


def test_a_building_placed_by_fi_is_a_member_of_the_list() -> None:
    got = events("استهدفت الطائرات التركية قرية تل طويل ومحطة تحويل الكهرباء في مدينة الدرباسية.", "2023-10-06")
    assert sorted(e[2] for e in got) == ["الدرباسية", "تل طويل"]


def test_massing_forces_is_a_deploy_and_a_feared_attack_none() -> None:
    got = events("رصدت طائرات الاستطلاع تحشيداً للمسلحين في بلدة عربين استعداداً لهجوم محتمل.", "2018-03-01")
    assert [(e[0], e[2]) for e in got] == [("deploy", "عربين")]


def test_the_raiding_force_is_no_raid_of_its_own() -> None:
    got = events("قتل أحد المطلوبين خلال اشتباك مع القوة المداهمة في بلدة ربيعة.", "2025-11-19")
    assert "other" not in {e[0] for e in got}


def test_the_goal_of_cutting_a_road_ends_the_move() -> None:
    got = events("تقدم الثوار نحو مدينة خان أرنبة، لقطع الطريق الواصل بين القنيطرة ودمشق.", "2014-08-28")
    assert [(e[0], e[2]) for e in got] == [("advance", "خان أرنبة")]


def test_a_battle_named_by_its_goal_street_fighting_and_fire_returned_are_attacks() -> None:
    got = events("بدأت قوات سوريا الديمقراطية معركتها لانتزاع مدينة الطبقة من التنظيم.", "2017-06-06")
    assert [(e[0], e[2], e[3]) for e in got] == [("attack", "الطبقة", "sdf")]
    got = events("قال قائد ميداني إن مقاتليه يخوضون حرب شوارع في أحياء مدينة الباب.", "2016-11-20")
    assert [(e[0], e[2]) for e in got] == [("attack", "الباب")]
    got = events("وقالت الوزارة إن مدفعيتها ردت على مصادر النيران في محيط بلدة سراقب.", "2020-02-28")
    assert [e[0] for e in got] == ["attack"] and "سراقب" in got[0][2]


def test_a_backer_a_bare_coalition_and_a_struck_gathering_take_their_sides() -> None:
    got = events("تمكنت قوات سوريا الديمقراطية، مدعمة بطائرات التحالف الدولي، من فرض سيطرتها على بلدة الشعفة.",
                 "2018-12-14")
    assert [(e[0], e[3]) for e in got] == [("take_control", "sdf")]
    got = events("قتل خمسة مدنيين في غارات للتحالف على بلدة الشعفة.", "2018-12-16")
    assert {e[3] for e in got} == {"usa"}
    got = events("فجر أحد عناصر التنظيم عربة مفخخة في تجمع لعناصر قوات سوريا الديمقراطية في حي المشلب.", "2017-06-20")
    assert [(e[0], e[3]) for e in got] == [("attack", "isis")]


def test_a_backer_named_after_its_cover_and_mediators_do_not_act() -> None:
    got = events("وكانت قوات النظام، مدعومة بغطاء جوي روسي كثيف، قد سيطرت على بلدة التح.", "2019-12-22")
    assert [(e[0], e[3]) for e in got] == [("take_control", "government")]
    got = events("وقال المصدر إن قوات الأمن العام سيطرت على حاجز دوار شيحان بحضور وسطاء من التحالف الدولي.", "2025-10-09")
    assert [(e[0], e[3]) for e in got] == [("take_control", "government")]
    got = events("هاجمت العصابات الأسدية بلدة جرجناز بعد منتصف الليل.", "2019-12-23")
    assert [(e[0], e[3]) for e in got] == [("attack", "government")]


def test_the_place_struck_told_before_taarrada_is_the_strikes() -> None:
    got = events("وقالت الوكالة إن حي باب توما تعرض لقصف من الغوطة أسفر عن إصابة سبعة مدنيين.", "2018-03-02")
    assert sorted((e[0], e[2]) for e in got) == [("attack", "باب توما"), ("casualties", "باب توما")]
    got = events("وأفاد ناشطون بأن مدينة بنش تعرضت لقصف صاروخي من بلدة الفوعة.", "2016-03-02")
    assert [(e[0], e[2]) for e in got] == [("attack", "بنش")]


def test_an_expectation_steps_over_an_aside_of_attribution() -> None:
    got = events("ويسعى الثوار، بحسب مصادر ميدانية، إلى التقدم نحو مدينة خان أرنبة.", "2014-08-29")
    assert [(e[0], e[1], e[2]) for e in got] == [("advance", "expected", "خان أرنبة")]


def test_walasiyama_in_one_word_is_no_place() -> None:
    got = events("قصفت الطائرات الروسية بلدات ريف إدلب الجنوبي، ولاسيما بلدة كفرنبل.", "2016-03-01")
    assert [(e[0], e[2]) for e in got] == [("attack", "كفرنبل")]
