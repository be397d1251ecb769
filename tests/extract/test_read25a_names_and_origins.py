"""Task read25a: three readings behind errors on heldout25 (H2501-H2508). The given name "ياسر" is no verb of
capture ("يأسر"); a band named by its town ("مسلحين من بلدة X"، "وآخرين من بلدة X") says whose men they are, so
a clash with its own place named stays there only; the other name in brackets after "التابعة لناحية Y (Z)" only
locates, as Y does. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2025-03-11") -> list[tuple[str, str]]:
    evs = analyze(Article(id="read25a", raw=text, published=published)).events
    return [(e.type, e.place.name if e.place else "") for e in evs]


def test_the_given_name_yasser_is_no_capture() -> None:
    got = events("انفجرت عبوة ناسفة في بلدة مارع صباح اليوم. وقال مدير الدفاع المدني في البلدة، ياسر الحمود، "
                 "إن فرقه نقلت المصابين إلى المشفى")
    assert not any(t == "other" for t, _ in got) and any(t == "attack" for t, _ in got)


def test_a_past_capture_verb_stays() -> None:
    got = events("أسرت فصائل المعارضة ثلاثة جنود في قرية الحاضر بريف حلب الجنوبي", "2016-05-20")
    assert any(t == "other" and "الحاضر" in p for t, p in got)


def test_a_band_named_by_its_town_is_no_clash_place() -> None:
    got = events("وقعت مواجهات في مدينة طفس بين عناصر الأمن العام ومسلحين من بلدة اليادودة")
    assert [p for t, p in got if t == "attack"] == ["طفس"]


def test_a_hometown_alone_stays_the_clash_place() -> None:
    got = events("اشتبكت قوات الأمن العام مع مسلحين من بلدة اليادودة")
    assert ("attack", "اليادودة") in got


def test_a_bracketed_district_name_only_locates() -> None:
    got = events("استهدفت مسيرة تركية سيارة في قرية كرديم التابعة لناحية تربه سبي (القحطانية) شرقي القامشلي",
                 "2025-04-02")
    assert any(t == "attack" for t, _ in got) and ("attack", "القحطانية") not in got


def test_a_bracketed_name_of_the_town_itself_stays() -> None:
    got = events("استهدفت مسيرة تركية سيارة في بلدة تربه سبي (القحطانية) شرقي القامشلي", "2025-04-02")
    assert ("attack", "القحطانية") in got
