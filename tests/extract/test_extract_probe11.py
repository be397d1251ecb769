"""Constructions of whole articles in real outlets' genres (2013-2026) that the probe11 first-sight measure showed
(bench/articles_probe11). Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2016-02-20") -> list[tuple[str, str, str, str]]:
    evs = analyze(Article(id="p11", raw=text, published=published)).events
    return [(e.type, e.polarity, e.place.name, e.actor.side) for e in evs]


def test_an_aside_of_accompaniment_keeps_the_verbs_object() -> None:
    got = events("سيطرت فصائل المعارضة، بدعم من المدفعية التركية، على قرية كفرنايا شمالي حلب.")
    assert ("take_control", "asserted", "كفرنايا", "opposition") in got
    got = events("حررت وحدات حماية الشعب، بمشاركة فصائل محلية من أبناء المنطقة، اليوم الثلاثاء، بلدة سلوك.",
                 "2015-06-16")
    assert ("take_control", "asserted", "سلوك", "sdf") in got


def test_kurdish_names_of_towns_are_their_places() -> None:
    got = events("حررت وحدات حماية الشعب اليوم مدينة كري سبي من مرتزقة داعش.", "2015-06-16")
    assert ("take_control", "asserted", "تل أبيض", "sdf") in got
    got = events("قصفت المدفعية التركية محيط مدينة ديرك في ريف الحسكة الشمالي الشرقي.", "2019-10-12")
    assert [e[0] for e in got] == ["attack"] and got[0][2].endswith("المالكية")


def test_a_pair_of_sides_with_min_taraf_goes_on_to_the_place() -> None:
    got = events("دارت اشتباكات عنيفة بين فصائل المعارضة من طرف، وقوات النظام من طرف آخر، في محيط بلدة عتمان.",
                 "2014-11-09")
    assert [(e[0], e[2].endswith("عتمان"), e[3]) for e in got] == [("attack", True, "opposition")]


def test_a_toll_of_result_is_the_strike_before_it_not_a_later_clauses() -> None:
    got = events("قصف الطيران الحربي بلدة كفرنبودة، ما أدى لإصابة ستة مواطنين بجراح، بينما سقطت قذائف أطلقتها "
                 "الفصائل على مدينة السقيلبية.", "2014-11-09")
    tolls = [e[2] for e in got if e[0] == "casualties"]
    assert tolls == ["كفرنبودة"]


def test_the_hospital_the_wounded_were_taken_to_is_no_event_place() -> None:
    got = events("وأصيب عنصران من الأمن العام بجروح في هجوم على حاجز قرب بلدة إبطع، نقلا على إثرها إلى المشفى "
                 "الوطني في درعا.", "2025-11-12")
    assert {(e[0], e[2].lstrip("إا")) for e in got} == {("casualties", "بطع"), ("attack", "بطع")}
    got = events("أصيب أربعة مدنيين بقصف مدفعي على قرية الفطيرة نقلوا إلى مستشفى أريحا الجراحي.", "2024-03-05")
    assert {e[2] for e in got} == {"الفطيرة"}


def test_a_singular_verb_of_dying_before_its_dead_is_a_toll() -> None:
    got = events("وقضى خمسة مواطنين، بينهم امرأة، جراء قصف صاروخي على بلدة الحراك.", "2014-11-09")
    assert ("casualties", "الحراك") in {(e[0], e[2]) for e in got}
    assert not events("وقضى الرجل سنوات في سجن صيدنايا قبل أن يفرج عنه مع سقوط النظام.", "2025-09-14")


def test_a_blast_and_its_device_are_one_strike_at_the_clauses_place() -> None:
    got = events("وفي ريف حماة الشمالي، قضى طفلان إثر انفجار لغم أرضي قرب قرية اللطامنة.", "2026-03-02")
    assert {(e[0], e[2]) for e in got} == {("casualties", "اللطامنة")}  # a mine blast: its toll only (task conv33)


def test_carrying_the_wounded_away_is_no_withdrawal() -> None:
    got = events("وأضاف البيان أن القوة اعتقلت ثلاثة مطلوبين في بلدة بيت جن، قبل أن تستدعي دعماً جوياً لتأمين "
                 "إخلاء الجرحى.", "2025-11-28")
    assert [e[0] for e in got] == ["other"]


def test_a_recalled_happening_under_a_fronted_area_stays_at_its_place() -> None:
    got = events("وفي محافظة الحسكة، قتل عنصر من الأمن العام بانفجار عبوة ناسفة قرب بلدة الهول، ولم تعلن أية جهة "
                 "مسؤوليتها عن الهجوم.", "2026-02-17")
    assert {e[2] for e in got} == {"الهول"}
    got = events("ففي ريف حماة الغربي، عثر أهالي قرية عين الكروم على جثة رجل مقتولاً بطلق ناري.", "2026-02-17")
    assert {(e[0], e[2]) for e in got} == {("casualties", "عين الكروم")}


def test_the_seat_of_an_attributed_speaker_is_no_place_of_the_toll() -> None:
    got = events("استهدفت طائرة مسيرة سوقاً في بلدة دير حافر، وأودت بحياة ثمانية أشخاص بحسب مديرية الصحة في حلب.",
                 "2023-10-06")
    assert {e[2] for e in got} == {"دير حافر"}


def test_going_out_to_celebrate_is_a_gathering_not_a_departure() -> None:
    got = events("وخرج مئات من الأهالي إلى ساحة العاصي في مدينة حماة احتفالاً بسقوط النظام.", "2024-12-08")
    assert [e[0] for e in got] == ["protest"]


def test_what_a_strike_resulted_in_is_at_the_strikes_place() -> None:
    got = events("سيطر مقاتلو المعارضة على بلدة الطبقة فجر اليوم. وشن الطيران الحربي غارات على قرية المنصورة، ما أدى "
                 "إلى نزوح مئات العائلات.", "2013-02-11")
    assert ("displacement", "asserted", "المنصورة", "civilians") in got


def test_a_flight_a_strike_brought_about_left_the_place_struck() -> None:
    got = events("وقصفت المدفعية بلدة كفرنبودة، ما أدى إلى نزوح مئات العائلات باتجاه مدينة خان شيخون.", "2019-05-20")
    assert {e[2] for e in got if e[0] == "displacement"} == {"كفرنبودة", "خان شيخون"}


def test_a_plan_under_study_is_expected() -> None:
    got = events("وقالت مصادر مطلعة إن أنقرة تدرس نشر قوات في قاعدة التيفور الجوية.", "2025-04-03")
    assert [(e[0], e[1]) for e in got] == [("deploy", "expected")]
