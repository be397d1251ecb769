"""Task scoped41: a denial that places the denied happening, then the denier's own claim after a report cue
("نفى ... أن يكون التنظيم قد دخل بلدة X، مؤكداً أن ..."): the claim, naming no place of its own, happens where the
denial was placed; a claim naming its own place keeps it. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2024-09-14") -> list[tuple[str, str, str]]:
    evs = analyze(Article(id="scoped41", raw=text, published=published)).events
    return [(e.type, e.place.name if e.place else "", e.polarity) for e in evs]


def test_the_claim_after_a_denial_takes_the_denied_place() -> None:
    got = events("ونفى ضابط في الجيش أن تكون خلايا التنظيم قد دخلت قرية الشولا، مؤكداً أن الوحدات المرابطة صدت "
                 "الهجوم وكبدت المهاجمين خسائر")
    assert ("attack", "الشولا", "asserted") in got
    got = events("ونفى متحدث عسكري أن يكون المقاتلون قد سيطروا على بلدة التبني، قائلاً إنهم انسحبوا قبل منتصف الليل")
    assert ("withdraw", "التبني", "asserted") in got


def test_a_claim_naming_its_own_place_keeps_it() -> None:
    got = events("ونفى ضابط في الجيش أن تكون خلايا التنظيم قد دخلت قرية الشولا، مؤكداً أن الوحدات المرابطة صدت "
                 "هجوماً على بلدة كباجب")
    assert not any(t == "attack" and p == "الشولا" for t, p, _ in got)
    assert any(t == "attack" and p == "كباجب" for t, p, _ in got)


def test_no_place_lent_to_a_status_or_to_fighting_told_as_going_on() -> None:
    got = events("ونفت الفصائل خسارة بلدة الهبيط بالكامل، مؤكدة أن المواجهات متواصلة منذ الفجر")
    assert not any(t == "attack" and p == "الهبيط" and pol == "asserted" for t, p, pol in got)
    got = events("ونفى مصدر عسكري انسحاب وحدات الجيش من قرية الحاكورة، مؤكداً أن الجنود باقون في مواقعهم")
    assert not any(t == "deploy" for t, _, _ in got)


def test_where_after_a_locator_is_on_the_place_located() -> None:
    got = events("ودخلت دورية للاحتلال قرية الحميدية بريف القنيطرة الشمالي، حيث نصبت حاجزاً طوال الصباح")
    assert any(t == "deploy" and p == "الحميدية" for t, p, _ in got)


def test_where_after_a_locator_with_the_fighting_going_on_adds_nothing() -> None:
    got = events("وسيطر المسلحون على قرية الشيخ عقيل بالقرب من بلدة عنجارة، حيث لا تزال المعارك مستمرة مع الجيش")
    assert not any(t == "attack" for t, _, _ in got)
