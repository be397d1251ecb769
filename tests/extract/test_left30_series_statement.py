"""Task left30: roundups. A happening's noun counted by an ordinal in its series ("وهو الهجوم الثالث من نوعه على
X"، "في ثاني هجوم من نوعه على Y") names the happening just told, no new one at the series' range; a total over a
list of governorates fans out (GUIDELINES, lists); a count split by "منها" falls at the share's place. Sentences
written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2025-03-01") -> list[tuple[str, str]]:
    evs = analyze(Article(id="left30", raw=text, published=published)).events
    return [(e.type, e.place.name if e.place else "") for e in evs]


def test_a_series_statement_after_the_attack_is_no_new_attack() -> None:
    got = events("وهاجم مسلحون مجهولون مخفراً للشرطة في بلدة حزانو. وهو الهجوم الثاني من نوعه على مراكز الشرطة في "
                 "ريف حلب الغربي خلال أسبوعين")
    assert [p for t, p in got if t == "attack"] == ["حزانو"]


def test_an_ordinal_in_construct_after_a_strike_verb_is_no_new_attack() -> None:
    got = events("واستهدف مسلحون حاجزاً للأمن العام في بلدة نوى، في رابع هجوم من نوعه على الحواجز في ريف درعا الغربي")
    assert [p for t, p in got if t == "attack"] == ["نوى"]


def test_a_new_attack_in_the_countryside_stays() -> None:
    got = events("وهاجم مسلحون مجهولون مخفراً للشرطة في بلدة حزانو. وهاجم مسلحون آخرون مركزاً للشرطة في ريف حلب الغربي")
    assert sorted(p for t, p in got if t == "attack") == sorted(["حزانو", "ريف حلب الغربي"])


def test_a_total_over_governorates_fans_out() -> None:
    got = events("وأحصى المرصد مقتل 11 مدنياً في محافظات حمص وحماة وإدلب خلال الشهر الماضي")
    assert sorted(p for t, p in got if t == "casualties") == sorted(["محافظة حمص", "محافظة حماة", "محافظة إدلب"])


def test_a_share_after_minha_falls_at_its_place() -> None:
    got = events("ونفذت قوات الأمن العام عشر عمليات دهم خلال الأسبوع، منها ست في مدينة منبج")
    assert ("other", "منبج") in got
