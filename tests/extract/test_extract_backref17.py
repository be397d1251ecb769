"""Task backref17: back-references left open after backref16. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2016-05-10") -> list[tuple[str, str, str]]:
    evs = analyze(Article(id="b17", raw=text, published=published)).events
    return [(e.type, e.polarity, e.place.name) for e in evs]


def test_the_city_word_skips_a_passing_city_though_a_village_was_told_since() -> None:
    got = events("أعلنت قوات سوريا الديمقراطية السيطرة على مدينة الطبقة. وفر عناصر التنظيم باتجاه مدينة الرقة. وقصف "
                 "طيران التحالف الدولي مواقع للتنظيم قرب قرية الصفصافة. وقالت القوات إن وحداتها انتشرت في المدينة.")
    assert ("deploy", "asserted", "الطبقة") in got
    assert not any(p == "الرقة" for _, _, p in got)
    got = events("استعاد الجيش السيطرة على مدينة تدمر. وتراجع مسلحو التنظيم نحو مدينة السخنة. وقصفت المدفعية تجمعات "
                 "المسلحين في قرية الباردة. وانتشرت وحدات الهندسة في المدينة لإزالة الألغام.", "2016-03-27")
    assert ("deploy", "asserted", "تدمر") in got
    assert not any(p == "السخنة" for _, _, p in got)


def sides(text: str, published: str = "2014-05-10") -> list[tuple[str, str, str]]:
    evs = analyze(Article(id="b17", raw=text, published=published)).events
    return [(e.type, e.place.name, e.actor.side) for e in evs]


def test_an_expulsion_whose_verb_carries_the_expelled_is_the_next_force_s_takeover() -> None:
    got = sides("سيطر التنظيم على بلدة مارع لأيام، قبل أن تطرده الفصائل منها.")
    assert ("take_control", "مارع", "isis") in got and ("take_control", "مارع", "opposition") in got
    got = sides("اقتحم مسلحو التنظيم بلدتي تل حميس وتل براك، قبل أن تطردهم وحدات حماية الشعب منهما بعد أيام.",
                "2015-02-27")
    assert {("take_control", "تل حميس", "sdf"), ("take_control", "تل براك", "sdf")} <= set(got)


def test_the_dual_pronoun_closes_the_expulsion_row() -> None:
    got = sides("سيطرت الفصائل على قريتي المشرفة والدويرينة، قبل أن يطردها الجيش منهما بعد يومين.")
    assert {("take_control", "المشرفة", "government"), ("take_control", "الدويرينة", "government")} <= set(got)
    assert ("take_control", "المشرفة", "opposition") in got


def test_a_takeover_with_a_guessed_side_stays_beside_the_expulsion_that_ends_it() -> None:
    got = sides("وكانت الفصائل قد شنت في أيار 2013 هجوماً على مدينة دير الزور سيطرت خلاله على حيي الحويقة والرشدية "
                "لأشهر، قبل أن يطردها الجيش والدفاع الوطني منهما.")
    assert {("take_control", "الحويقة", "opposition"), ("take_control", "الحويقة", "government")} <= set(got)


def test_a_counted_plural_points_at_that_many_places_last_named() -> None:
    got = events("اقتحم مقاتلو التنظيم بلدة الشحيل في ريف دير الزور. وقال ناشط إن التنظيم يقصف بلدتي ذيبان والحوايج "
                 "منذ أمس، وإن مئات العائلات نزحت من البلدات الثلاث نحو البادية.", "2014-08-10")
    moved = {p for t, _, p in got if t == "displacement"}
    assert moved == {"الشحيل", "ذيبان", "الحوايج"}
    got = events("اقتحمت قوات النظام حي بابا عمرو في حمص. وسقطت قذائف على حيي الإنشاءات والخالدية، وقال ناشطون إن "
                 "مئات العائلات نزحت من الأحياء الثلاثة.", "2012-03-01")
    assert {p for t, _, p in got if t == "displacement"} == {"بابا عمرو", "الإنشاءات", "الخالدية"}


def test_a_count_beyond_the_places_named_falls_back_to_the_plain_recall() -> None:
    got = events("قصفت قوات النظام بلدتي ذيبان والحوايج. ونزحت مئات العائلات من البلدات الخمس.", "2014-08-10")
    assert {p for t, _, p in got if t == "displacement"} <= {"ذيبان", "الحوايج"}


def test_a_time_pronoun_after_a_trigger_takes_the_place_of_what_its_sentence_told() -> None:
    got = events("سيطرت فصائل المعارضة على مدينة جسر الشغور بعد معارك استمرت ثلاثة أيام قتل خلالها عشرون جندياً.",
                 "2015-04-25")
    assert ("casualties", "asserted", "جسر الشغور") in got
    got = events("اقتحمت قوات النظام بلدة القصير بعد حملة قصف استمرت أسبوعين، نزح خلالها معظم السكان.", "2013-06-05")
    assert ("displacement", "asserted", "القصير") in got
