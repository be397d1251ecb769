"""Where an attack or a move starts is not where it lands (issue 12, links): "انطلاقاً من X"، "قادمين من
X"، "من محور X" name the origin. With a target named, the target is the event place; with none named,
the origin is the one place the sentence gives (where a series of takeovers began, the front an attack
came from); a departure leaves its origin, so there it is the place. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def places(text: str, etype: str) -> set[str]:
    evs = analyze(Article(id="o", raw=text, published="2017-03-14")).events
    return {e.place.name for e in evs if e.type == etype}


def test_a_takeover_launched_from_a_town_is_at_its_target() -> None:
    assert places("سيطرت فصائل المعارضة على قرية تل رفعت انطلاقاً من بلدة مارع.", "take_control") == {"تل رفعت"}


def test_an_attack_launched_from_a_town_is_at_its_target() -> None:
    assert places("شنت قوات النظام هجوماً على بلدة كفرنبل انطلاقاً من مدينة معرة النعمان.", "attack") == {"كفرنبل"}


def test_a_strike_by_forces_coming_from_a_town_is_at_its_target() -> None:
    assert places("قصفت القوات القادمة من مدينة منبج قرية العريمة بالمدفعية.", "attack") == {"العريمة"}


def test_a_front_a_force_comes_from_is_no_event_place() -> None:
    assert places("هاجمت الفصائل من محور بلدة مارع قرية تل رفعت فجر اليوم.", "attack") == {"تل رفعت"}


def test_an_origin_list_is_dropped_whole() -> None:
    assert places("سيطر الجيش على بلدة الحاضر انطلاقاً من بلدتي العيس والزربة.", "take_control") == {"الحاضر"}


def test_with_no_target_named_the_series_starts_at_the_origin() -> None:
    # the quarters taken are not named: the one named is where the series began, across the comma
    assert places("وتمكن الجيش منذ مساء الأحد من السيطرة على الأحياء الغربية واحداً بعد الآخر، انطلاقاً من "
                  "حي الراموسة.", "take_control") == {"الراموسة"}


def test_an_attack_with_no_target_is_at_the_front_it_came_from() -> None:
    assert places("صدت الفصائل هجوماً شنه الجيش انطلاقاً من حي جوبر.", "attack") == {"جوبر"}


def test_fighters_coming_from_a_town_leave_it() -> None:
    assert places("انسحب المقاتلون القادمون من بلدة مارع باتجاه إعزاز.", "withdraw") == {"مارع"}


def test_a_target_chosen_over_an_origin_says_so_in_its_rule() -> None:
    evs = analyze(Article(id="o", raw="سيطرت فصائل المعارضة على قرية تل رفعت انطلاقاً من بلدة مارع.",
                          published="2017-03-14")).events
    assert [e.rule.split()[1] for e in evs if e.type == "take_control"] == ["place:scope+target"]
