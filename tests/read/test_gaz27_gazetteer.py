"""Task gaz27: villages the news spells two ways (final ta marbuta or alif: كودنة/كودنا; with or without the article:
الرويحينة/رويحينة, السلوك/سلوك) are one gazetteer row, and a spelling that is also a common noun (السلوك "the conduct")
needs its place noun. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze
from tawatur.read.gazetteer import Gazetteer


def events(text: str, published: str = "2025-02-11") -> set[tuple[str, str]]:
    return {(e.type, e.place.name) for e in analyze(Article(id="gz27", raw=text, published=published)).events}


def test_kudna_spelled_with_ta_marbuta_is_the_golan_village() -> None:
    assert events("وتوغلت دورية إسرائيلية في قرية كودنة بريف القنيطرة الجنوبي صباح اليوم") == {("enter", "كودنة")}
    assert events("وقال شاب من أهالي كودنة إن الطريق إلى المدينة بقي مفتوحاً") == set()
    e = Gazetteer.default().resolve("كودنا")
    assert e is not None and e.id == "t:kodana" and (e.lat, e.lon) == (33.01, 35.89)


def test_ruwayhina_with_the_article_is_one_row() -> None:
    gaz = Gazetteer.default()
    with_article, bare = gaz.resolve("الرويحينة"), gaz.resolve("رويحينة")
    assert with_article is not None and bare is not None and with_article.id == bare.id == "t:ruwayhinah"


def test_suluk_with_the_article_needs_its_place_noun() -> None:
    assert events("وقصف التنظيم بقذائف الهاون بلدة السلوك في ريف الرقة الشمالي", "2019-05-20") == {
        ("attack", "سلوك")}
    assert events("وانتقد المتحدث السلوك غير المسؤول لبعض العناصر في الرقة", "2019-05-20") == set()
    found, _cue = Gazetteer.default().candidates("السلوك")
    assert [e.id for e in found] == ["t:suluk"]


def places(text: str) -> dict[str, tuple[float | None, str]]:
    art = analyze(Article(id="gz27", raw=text, published="2018-02-01"))
    return {m.attrs["name"]: (m.attrs["lat"], m.rule) for m in art.mentions_of("place")}


def test_a_village_named_in_a_story_of_another_governorate_is_not_the_homonym_the_gazetteer_holds() -> None:
    afrin = places("وقصفت الطائرات التركية قرية مريمين بريف عفرين الشمالي صباح اليوم")
    assert afrin["مريمين"] == (None, "homonym-elsewhere:v:maryaminhoms")
    homs = places("وقصفت المدفعية قرية مريمين بريف حمص الغربي صباح اليوم")
    assert homs["مريمين"][0] == 34.88
    story = places("قصفت الطائرات التركية قرى جنديرس وراجو وبلبل في منطقة عفرين. وقتل مدنيان في قرية مريمين")
    assert story["مريمين"][0] is None


def test_a_village_alone_in_its_story_keeps_its_entry() -> None:
    assert places("وقتل مدنيان في قرية مريمين صباح اليوم")["مريمين"][0] == 34.88


def test_a_road_or_a_foreign_village_states_no_other_governorate() -> None:
    road = places("وتقع بلدة خان طومان قرب الطريق الدولي بين حلب ودمشق")
    assert road["خان طومان"][0] is not None  # the road's row has one governorate, the road runs through several
    story = places("قصفت المدفعية تلكلخ والقصير وتلبيسة بريف حمص. وسقطت قذيفة في خراج بلدة المقيبلة اللبنانية")
    assert story["المقيبلة"][0] is not None
