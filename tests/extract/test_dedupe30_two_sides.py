"""Task dedupe30: one happening read as two events with two sides (a strike and its weapon; an attack and its
repelling told by the defender), beside twins that stay two (own sentences; bench/sentences/dedupe30.txt holds more)."""
from __future__ import annotations

from tawatur.model import Article, Event
from tawatur.pipeline import analyze


def _attacks(text: str, day: str, place: str) -> list[Event]:
    evs = analyze(Article(id="s", raw=text, published=day)).events
    return [e for e in evs if e.type == "attack" and e.place is not None and e.place.name == place]


def test_a_weapon_after_the_place_is_the_strikes_own() -> None:
    evs = _attacks("هاجم مسلحون مجهولون ليل أمس حاجزاً للأمن العام في بلدة الصنمين بقذائف الهاون.", "2025-03-10",
                   "الصنمين")
    assert [e.actor.side for e in evs] == ["unknown"]


def test_a_reply_with_its_own_verb_is_a_second_strike() -> None:
    evs = _attacks("قصفت قوات النظام بلدة كفرزيتا بالبراميل، وردت الفصائل بقذائف الهاون على حواجز النظام في البلدة.",
                   "2016-05-02", "كفرزيتا")
    assert sorted(e.actor.side for e in evs) == ["government", "opposition"]


def test_the_attack_repelled_retells_the_attack_told_before() -> None:
    evs = _attacks("شنت مجموعات مسلحة موالية للحكومة فجر اليوم هجوماً على بلدة الشحيل في ريف دير الزور الشرقي.\n\n"
                   "وقال المكتب الإعلامي لقوات سوريا الديمقراطية إن مقاتليه صدوا الهجوم على الشحيل وقتلوا سبعة من"
                   " المهاجمين.", "2024-08-07", "الشحيل")
    assert [e.actor.side for e in evs] == ["government"]


def test_an_attack_repelled_with_no_telling_before_stands() -> None:
    evs = _attacks("قال المكتب الإعلامي لقوات سوريا الديمقراطية إن مقاتليه صدوا هجوماً لمسلحين موالين للحكومة على"
                   " بلدة ذيبان فجر اليوم.", "2024-08-07", "ذيبان")
    assert len(evs) == 1


def _takeovers(text: str, place: str) -> list[Event]:
    evs = analyze(Article(id="s", raw=text, published="2025-09-20")).events
    return [e for e in evs if e.type == "take_control" and e.place is not None and e.place.name == place]


def test_a_place_lost_and_its_taker_in_one_sentence_is_the_takers_takeover() -> None:
    evs = _takeovers("وكانت بلدة راجو قد خرجت عن سيطرة الوحدات الكردية في آذار 2018، حين سيطرت عليها فصائل الجيش الوطني"
                     " خلال عملية غصن الزيتون.", "راجو")
    assert [e.actor.side for e in evs] == ["opposition"]


def test_a_place_lost_then_regained_by_the_loser_is_two_takeovers() -> None:
    evs = _takeovers("وكانت بلدة مورك قد خرجت عن سيطرة قوات النظام في ربيع 2014، قبل أن تستعيدها قوات النظام في آب"
                     " 2019.", "مورك")
    assert len(evs) == 2 and "government" in {e.actor.side for e in evs}
