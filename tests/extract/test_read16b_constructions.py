"""Task read16b: constructions read from articles_heldout16's remaining misses. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2016-02-01") -> list[tuple[str, str, str, str]]:
    evs = analyze(Article(id="r16b", raw=text, published=published)).events
    return [(e.type, e.place.name, e.polarity, e.actor.side) for e in evs]


def test_a_resumptive_pronoun_after_before_that_is_the_next_happening_not_a_relative_clause() -> None:
    got = events("سيطرت فصائل المعارضة على بلدة مورك في الصيف، قبل أن يسيطر عليها الجيش السوري في الشتاء.")
    assert got == [("take_control", "مورك", "asserted", "opposition"),
                   ("take_control", "مورك", "asserted", "government")]
    got = events("تقدمت قوات النظام نحو حي جوبر، قبل أن تسيطر عليه فصائل المعارضة بعد ساعات.")
    assert ("take_control", "جوبر", "asserted", "opposition") in got
    got = events("انسحبت وحدات حماية الشعب من قرية تل رفعت، قبل أن تنتشر فيها قوات روسية.")
    assert ("deploy", "تل رفعت", "asserted", "russia") in got


def test_a_relative_clause_with_a_resumptive_pronoun_still_describes_a_place() -> None:
    assert events("وتقع بلدة سلمى التي يسيطر عليها مقاتلو المعارضة في ريف اللاذقية.") == []


def test_a_flight_from_its_quarters_leaves_the_place_the_pronoun_recalls() -> None:
    got = events("اشتدت الاشتباكات في مدينة جسر الشغور، ونزحت عشرات الأسر من أحيائها الغربية إلى مدينة إدلب.")
    assert ("displacement", "جسر الشغور", "asserted", "civilians") in got
    assert ("displacement", "إدلب", "asserted", "civilians") in got
    got = events("سقطت قذائف على منطقة اللجاة، وفرت مئات العائلات من قراها باتجاه مدينة إزرع.")
    assert ("displacement", "اللجاة", "asserted", "civilians") in got


def test_a_flight_from_its_homes_names_no_origin() -> None:
    # "منازلها": the families' homes, the pronoun on the families, not on a place
    got = events("تعرضت بلدة الهبيط لقصف مدفعي عنيف، ونزحت عشرات الأسر من منازلها إلى مدينة معرة النعمان.")
    assert [g for g in got if g[0] == "displacement"] == [("displacement", "معرة النعمان", "asserted", "civilians")]
