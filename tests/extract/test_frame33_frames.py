"""Task frame33: buses that arrive or head somewhere, named with a relative clause of who they carry ("وصلت
الحافلات التي تقل مقاتلين من X إلى Y"), are a departure from X (GUIDELINES "Who leaves"), never an event at Y;
an aid convoy that reached a town is `other` there; a cordon laid round a town, a village or a quarter is a
siege (`advance`, GUIDELINES "Sieges"), round a building or a spot it stays `deploy`; the force named after a
backer's noun ("بدعم من ميليشيات حزب الله") backs, it does not act. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2017-04-15") -> list[tuple[str, str, str]]:
    evs = analyze(Article(id="f33", raw=text, published=published)).events
    return [(e.type, e.place.name if e.place else "", e.actor.side) for e in evs]


def test_buses_carrying_fighters_withdraw_from_where_they_left() -> None:
    got = events("ووصلت الحافلات التي تقل مقاتلي المعارضة من بلدة مضايا إلى مدينة إدلب مساء اليوم")
    assert ("withdraw", "مضايا", "opposition") in got
    assert not [e for e in got if e[1] == "إدلب"]


def test_buses_carrying_fighters_with_no_origin_give_nothing() -> None:
    assert events("ووصلت الحافلات التي تقل المقاتلين إلى مدينة جرابلس صباح اليوم") == []


def test_buses_carrying_civilians_displace_them() -> None:
    got = events("وتوجهت الحافلات التي تقل مئات المدنيين من بلدة كفريا إلى مدينة حلب")
    assert {("displacement", "كفريا", "civilians"), ("displacement", "حلب", "civilians")} <= set(got)


def test_an_aid_convoy_that_reached_a_town_is_other() -> None:
    assert [e[:2] for e in events("ووصلت قافلة مساعدات إنسانية إلى مدينة دوما بعد أشهر من الانتظار")] == [
        ("other", "دوما")]


def test_a_force_that_reached_a_town_still_enters() -> None:
    assert ("enter", "دوما") in [e[:2] for e in events("ووصلت القوات إلى مدينة دوما")]


def test_a_cordon_round_a_town_is_a_siege() -> None:
    got = events("وفرضت قوات الأمن العام طوقاً أمنياً حول بلدة الصورة الكبيرة", published="2025-04-10")
    assert ("advance", "الصورة الكبيرة", "government") in got
    assert not [e for e in got if e[0] == "deploy"]


def test_a_cordon_round_the_spot_of_a_blast_stays_deploy() -> None:
    got = events("وفرض عناصر الأمن طوقاً حول مكان الانفجار في مدينة جبلة", published="2025-04-10")
    assert [e[0] for e in got] == ["deploy"]


def test_the_backer_after_its_force_noun_does_not_act() -> None:
    got = events("وتمكنت قوات النظام بدعم من ميليشيات حزب الله من السيطرة على بلدة القصير", published="2013-06-05")
    assert got == [("take_control", "القصير", "government")]


def test_the_backed_force_named_first_acts() -> None:
    got = events("وتمكنت ميليشيات حزب الله بدعم من قوات النظام من السيطرة على بلدة القصير", published="2013-06-05")
    assert got == [("take_control", "القصير", "hezbollah")]


def test_a_summary_toll_takes_no_place_of_its_particulars() -> None:
    got = events("وارتفع إلى 80 عدد القتلى في أنحاء متفرقة من البلاد خلال يوم أمس؛ ففي ريف حمص، سيطرت القوات "
                 "النظامية على بلدة صدد", published="2013-10-29")
    assert got == [("take_control", "صدد", "government")]


def test_a_toll_at_its_own_place_stays_before_the_particulars() -> None:
    got = events("وقتل ثلاثة مدنيين بقصف على بلدة كفرنبل؛ ففي ريف إدلب الجنوبي، سيطرت الفصائل على قرية الهبيط",
                 published="2013-10-29")
    assert ("casualties", "كفرنبل", "unknown") in got


def test_the_road_a_convoy_came_by_is_no_place_it_reached() -> None:
    got = events("ووصلت قافلة مساعدات تضم عشرين شاحنة إلى مدينة السويداء عبر طريق بصرى الشام مساء أمس",
                 published="2025-09-14")
    assert [e[:2] for e in got] == [("other", "السويداء")]
