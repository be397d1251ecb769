"""Task left31: a withdrawal told bare after "قبل أن" leaves the place the same force entered in this sentence or
the one before (not one that names only where it went); an arrest by أوقف whose person stands after an adverb
of time and a place phrase; a move told by انتقل إلى is an advance (expected in the future), but a plan that
"moves on" moves no force. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2025-03-01") -> list[tuple[str, str, str]]:
    evs = analyze(Article(id="l31", raw=text, published=published)).events
    return [(e.type, e.place.name if e.place else "", e.polarity) for e in evs]


def test_a_bare_withdrawal_leaves_the_village_entered() -> None:
    got = events("وتوغلت قوة إسرائيلية في قرية جملة بريف درعا الغربي وفتشت عدداً من المنازل قبل أن تنسحب")
    assert ("withdraw", "جملة", "asserted") in got


def test_the_village_entered_in_the_sentence_before() -> None:
    got = events("وتوغلت قوة إسرائيلية في قرية جملة بريف درعا الغربي. وداهمت القوة عدداً من المنازل واعتقلت شابين "
                 "قبل أن تنسحب")
    assert ("withdraw", "جملة", "asserted") in got


def test_a_withdrawal_toward_a_place_gives_no_withdrawal() -> None:
    got = events("وتوغلت قوة إسرائيلية في قرية معرية وداهمت عدداً من المنازل قبل أن تنسحب باتجاه الشريط الحدودي")
    assert not [e for e in got if e[0] == "withdraw"]


def test_a_withdrawal_that_names_where_it_leaves_keeps_it() -> None:
    got = events("وتوغلت قوة إسرائيلية في قرية جملة قبل أن تنسحب من تل الجموع")
    assert ("withdraw", "تل الجموع", "asserted") in got and ("withdraw", "جملة", "asserted") not in got


def test_an_arrest_past_a_time_adverb_and_a_place_phrase() -> None:
    assert ("other", "تلكلخ", "asserted") in events("وأوقفت الوحدات الأمنية أمس في مدينة تلكلخ سبعة أشخاص")


def test_stopping_traffic_in_a_town_is_no_arrest() -> None:
    assert events("وأوقفت الوحدات الأمنية أمس في مدينة تلكلخ حركة السير على الطريق الدولي") == []


def test_a_force_that_will_move_on_to_a_town_is_an_expected_advance() -> None:
    assert ("advance", "القرداحة", "expected") in events("وأضاف أن القوات ستنتقل غداً إلى بلدة القرداحة")
    assert ("advance", "القرداحة", "asserted") in events("وانتقلت قوات الأمن العام بعد ذلك إلى بلدة القرداحة")


def test_arrangements_that_move_on_are_no_advance() -> None:
    assert events("ويتوقع محللون أن تنتقل ترتيبات مماثلة إلى محافظة درعا خلال الأشهر المقبلة") == []


def test_an_official_or_a_reporter_who_moves_moves_no_force() -> None:
    """Who moves decides it (subjects.tsv): a minister or our correspondent going to a town is a visit, while
    the force in the twin advances."""
    assert events("وانتقل الوزير بعد ذلك إلى مدينة حماة لتفقد المشفى الوطني") == []
    assert events("ووصل مراسلنا إلى بلدة كسب صباح اليوم") == []
    assert ("enter", "كسب", "asserted") in events("ووصلت قوات الأمن العام إلى بلدة كسب صباح اليوم")
