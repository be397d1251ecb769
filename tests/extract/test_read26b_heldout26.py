"""Task read26b: constructions behind the errors of heldout26 H2609-H2616. An adjective after a place noun is no
name ("حي سكني"، "تلال محيطة ببلدة X"، "التلال المشرفة عليها"); "ضمن هجوم" frames a move; bare "الميدان" is the
battlefield; a bet that "falls" is no takeover; "ستشهد" before a move makes it expected; "البلدة" after the
village a text opened with reads past a town named bare only in passing; "تحررت X" is a takeover; "يعزز أمن" is
no reinforcement; "استعادوا أمس السيطرة" is one trigger. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2015-11-24") -> list[tuple[str, str, str, str]]:
    evs = analyze(Article(id="r26b", raw=text, published=published)).events
    return [(e.type, e.place.name if e.place else "", e.polarity, e.actor.side) for e in evs]


def places(text: str, published: str = "2015-11-24") -> set[tuple[str, str]]:
    return {(t, p) for t, p, _, _ in events(text, published)}


def test_a_residential_quarter_is_no_name() -> None:
    got = places("سقطت قذائف صاروخية على حي سكني في مدينة جرمانا ظهر اليوم")
    assert ("attack", "جرمانا") in got
    assert not [p for _, p in got if "سكني" in p]


def test_hills_round_a_town_give_no_event_there() -> None:
    got = places("سيطرت قوات النظام على بلدة الهبيط فجر اليوم. وانسحب مقاتلو الفصائل من تلال محيطة ببلدة كفرنبودة")
    assert got == {("take_control", "الهبيط")}


def test_hills_overlooking_it_are_no_village() -> None:
    got = places("اقتحمت قوات النظام بلدة خان طومان، وتمكنت من بسط سيطرتها على أحيائها والتلال المشرفة عليها")
    assert ("take_control", "خان طومان") in got
    assert not [p for _, p in got if p == "المشرفة"]
    assert ("take_control", "المشرفة") in places("سيطرت الفصائل على قرية المشرفة في ريف حمص الشرقي")


def test_an_offensive_told_as_a_frame_gives_no_attack() -> None:
    got = places("سيطر مقاتلو المعارضة على بلدة مورك، ضمن هجوم واسع أطلقوه في ريف حماة الشمالي", "2013-06-10")
    assert got == {("take_control", "مورك")}


def test_the_field_is_no_quarter_and_a_bet_falls_nowhere() -> None:
    assert events("وأضاف المحلل أن رهان الخصوم سقط نهائياً في الميدان") == []
    assert events("وقالت المصادر إن الرهان على الفصائل المسلحة سقط نهائياً") == []
    assert ("attack", "حي الميدان") in places("دارت اشتباكات عنيفة في حي الميدان وسط دمشق مساء أمس")


def test_a_future_witness_verb_makes_the_move_expected() -> None:
    got = events("وقال قائد ميداني إن الأيام المقبلة ستشهد التقدم نحو بلدة خان طومان", "2015-11-13")
    assert [e[:3] for e in got] == [("advance", "خان طومان", "expected")]


def test_the_town_word_after_the_story_village() -> None:
    got = places("قصفت الطائرات الروسية حاس مساء أمس. وعاد رجل مع أسرته من مخيم قرب أطمة. "
                 "ودخلت قوات النظام البلدة في كانون الثاني 2020", "2025-07-29")
    assert ("enter", "حاس") in got
    assert not [p for _, p in got if p == "أطمة"]
    told = places("قصفت الطائرات الروسية حاس مساء أمس. واقتحمت قوات النظام سراقب. ثم انسحبت القوات من البلدة",
                  "2025-07-29")
    assert ("withdraw", "سراقب") in told


def test_a_place_liberated_is_taken() -> None:
    got = events("وكانت مدينة منبج قد تحررت من التنظيم في آب 2016 على يد قوات سوريا الديمقراطية", "2025-02-25")
    assert ("take_control", "منبج", "asserted", "sdf") in got


def test_strengthening_security_is_no_reinforcement() -> None:
    got = places("أعلن الجيش السيطرة على بلدة السبينة، في تقدم يعزز أمن الطريق المؤدي إلى مقام السيدة زينب",
                 "2013-11-07")
    assert got == {("take_control", "السبينة")}
    assert ("deploy", "مطار كويرس") in places("عززت قوات النظام مواقعها في محيط مطار كويرس العسكري", "2013-02-13")


def test_regaining_control_over_a_time_word_is_one_trigger() -> None:
    got = places("واصل الجيش عملياته العسكرية في ريف حمص الجنوبي الشرقي، حيث استعاد أمس السيطرة الكاملة على بلدة "
                 "حوارين")
    assert got == {("take_control", "حوارين")}


def test_a_toll_of_the_battles_told_is_not_a_later_strike() -> None:
    got = places("أعلن الجيش السيطرة على بلدة السبينة. وأضاف المراسل أن عشرات المسلحين قتلوا خلال المعارك، فيما "
                 "تعرضت بلدة ببيلا المجاورة لقصف مدفعي", "2013-11-07")
    assert ("casualties", "السبينة") in got
    assert ("casualties", "ببيلا") not in got
    assert ("casualties", "ببيلا") in places("قتل خمسة مدنيين، فيما تعرضت بلدة ببيلا لقصف مدفعي", "2013-11-07")


def test_a_direction_of_a_canton_locates_the_village() -> None:
    got = places("استهدفت طائرة مسيرة تركية سيارة مدنية في قرية الشيوخ تحتاني غربي مقاطعة كوباني", "2025-02-25")
    assert got == {("attack", "الشيوخ تحتاني")}


def test_escalating_attacks_over_months_are_a_habit() -> None:
    assert events("يذكر أن مدينة منبج تتعرض منذ أشهر لهجمات متصاعدة من قبل الفصائل الموالية لتركيا", "2025-02-25") == []
    assert ("attack", "منبج") in places("وتعرضت مدينة منبج لهجوم بطائرة مسيرة صباح اليوم", "2025-02-25")


def test_a_funeral_and_a_cemetery_add_no_toll() -> None:
    got = places("قتل مدنيان بقصف مدفعي على قرية زور مغار قرب مدينة منبج. ومن المقرر أن يُشيَّع جثمانا الشهيدين صباح غد "
                 "في مقبرة الشهداء بالمدينة", "2025-02-25")
    assert got == {("attack", "زور مغار"), ("casualties", "زور مغار")}
    assert events("وشيّع الأهالي جثامين الضحايا في مدينة منبج وسط هتافات غاضبة", "2025-02-25") == []
