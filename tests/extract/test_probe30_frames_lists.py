"""Constructions of the probe30 pages (bench/articles_probe30): a dual of towns that frames examples, a threat told
by the participle "متوعداً", a locative adjective followed by a joined place. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2019-10-11") -> list[tuple[str, str, str]]:
    evs = analyze(Article(id="p30", raw=text, published=published)).events
    return [(e.type, e.polarity, e.place.name) for e in evs]


def test_a_dual_that_frames_examples_gives_no_event_at_either_town() -> None:
    got = events("وسيطرت الفصائل على قرى عدة في محيط مدينتي تل أبيض ورأس العين، أبرزها تل حلف وسلوك.")
    assert sorted(p for _, _, p in got) == ["تل حلف", "سلوك"]


def test_a_dual_without_examples_is_two_event_places() -> None:
    got = events("وقصفت المدفعية مدينتي تل أبيض ورأس العين صباح اليوم.")
    assert sorted(p for _, _, p in got) == ["تل أبيض", "رأس العين"]


def test_a_threat_told_by_the_participle_is_no_event() -> None:
    text = "وقال قائد في الفصيل إن المعركة لم تنته، متوعداً بتفجير أنفاق جديدة تحت مواقع الجيش في حي صلاح الدين."
    assert events(text, "2015-03-05") == []


def test_the_act_told_before_the_threat_stays_asserted() -> None:
    got = events("وقصف مقاتلو الحركة مطار حماة العسكري بالصواريخ، متوعدين بالمزيد.", "2015-03-05")
    assert [(t, pol) for t, pol, _ in got] == [("attack", "asserted")]


def test_a_place_joined_after_a_locative_adjective_is_a_member_of_the_list() -> None:
    got = events("ونزحت مئات العائلات من مدينة معرة النعمان نحو المخيمات الحدودية وبلدة أطمة.", "2019-07-22")
    assert sorted(p for _, _, p in got) == ["أطمة", "معرة النعمان"]


def test_the_adjective_with_its_own_complement_still_only_locates() -> None:
    got = events("وقصفت المروحيات القرى القريبة من مدينة جسر الشغور وبلدة أطمة.", "2019-07-22")
    assert "أطمة" in [p for _, _, p in got]
    got = events("وقصفت المروحيات القرى المجاورة لبلدة كفرنبل.", "2019-07-22")
    assert got == []  # the town only locates the villages, which no map names: no event (GUIDELINES: locators are not
    # event places; the whole-article golds read it so, heldout10 H1014 and heldout23's call 1; task read23a)


def test_a_definite_strike_after_baad_inside_a_move_is_its_time() -> None:
    got = events("وتقدمت القوات بعد القصف إلى أطراف بلدة كفرنبل.", "2015-03-05")
    assert got == [("advance", "asserted", "كفرنبل")]
    got = events("ونزحت عشرات العائلات من بلدة كفرنبل بعد القصف إلى مدينة أريحا.", "2015-03-05")
    assert sorted(got) == [("displacement", "asserted", "أريحا"), ("displacement", "asserted", "كفرنبل")]


def test_a_strike_with_its_own_object_after_baad_stays_an_event() -> None:
    got = events("وقتل خمسة مدنيين بعد القصف على بلدة كفرنبل.", "2015-03-05")
    assert ("attack", "asserted", "كفرنبل") in got
    got = events("وتقدمت القوات نحو بلدة حاس بعد القصف على بلدة كفرنبل.", "2015-03-05")
    assert ("attack", "asserted", "كفرنبل") in got and ("advance", "asserted", "حاس") in got


def test_where_after_a_located_place_describes_it() -> None:
    text = ("وقال المرصد إن الاشتباكات ما تزال مستمرة في مدينة البوكمال.\nوأضاف المرصد أن طائرات حربية شنت غارات على "
            "بلدتي السوسة والشعفة على الضفة الشرقية لنهر الفرات، حيث يتحصن ما تبقى من مقاتلي التنظيم.")
    got = events(text, "2018-06-10")
    assert [t for t, _, _ in got].count("deploy") == 0
    assert ("attack", "asserted", "السوسة") in got


def test_a_perfect_after_where_is_still_a_deployment() -> None:
    got = events("ووصلت التعزيزات إلى مدينة البوكمال، حيث انتشرت في أحيائها الشرقية.", "2018-06-10")
    assert ("deploy", "asserted", "البوكمال") in got


def test_reinforcements_reaching_a_recalled_town_deploy_there_not_at_their_origin() -> None:
    got = events("قصفت الطائرات مدينة البوكمال.\nوقال المصدر إن تعزيزات عسكرية وصلت إليها من مدينة الميادين.",
                 "2018-06-10")
    assert ("deploy", "asserted", "البوكمال") in got
    assert all(p != "الميادين" for _, _, p in got)


def test_columns_reaching_a_named_town_stay_a_move() -> None:
    got = events("وقالت المصادر إن أرتالاً من الجيش وصلت إلى أطراف بلدة المنصورة.", "2018-06-10")
    assert [t for t, _, _ in got] != ["deploy"]


def test_combat_missions_carried_out_are_a_strike_and_denied_under_nafa() -> None:
    got = events("ونفت وزارة الدفاع الروسية أن تكون طائراتها نفذت أي مهام قتالية في منطقة معرة النعمان يوم الاثنين.",
                 "2019-07-23")
    assert got == [("attack", "denied", "معرة النعمان")]


def test_readiness_or_training_for_combat_missions_is_no_event() -> None:
    assert events("وأكد الضابط أن الطيارين جاهزون لتنفيذ مهام قتالية في محافظة إدلب.", "2019-07-23") == []
    assert events("وتدرب الطيارون في مطار حميميم على مهام قتالية ليلية.", "2019-07-23") == []
