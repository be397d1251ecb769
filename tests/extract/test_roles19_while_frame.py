"""Task roles19: an intention or expectation inside a fronted clause of while ("وبينما تستعد ...، قصفت ...") is the
frame's; the main clause after the clause break is told as done. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2018-05-10") -> set[tuple[str, str, str]]:
    evs = analyze(Article(id="r19w", raw=text, published=published)).events
    return {(e.type, e.place.name if e.place else "", e.polarity) for e in evs}


def test_the_main_clause_after_a_while_frame_is_asserted() -> None:
    got = events("وبينما يستعد سكان مدينة جبلة لاستقبال شهر رمضان، قصفت الطائرات الحربية بلدة سلمى.")
    assert ("attack", "سلمى", "asserted") in got
    got = events("وفي حين تخطط الإدارة المحلية لإعادة فتح المدارس، اقتحمت قوات النظام بلدة كفرزيتا.")
    assert ("enter", "كفرزيتا", "asserted") in got


def test_an_intention_of_the_subject_still_makes_its_goal_expected() -> None:
    got = events("وتعتزم قوات النظام اقتحام بلدة كفرزيتا خلال الأيام المقبلة.")
    assert ("enter", "كفرزيتا", "expected") in got


def test_a_delegation_named_after_the_settlement_makes_no_deal() -> None:
    got = events("وفي حين التقى وفد المصالحة وجهاء مدينة إزرع، اقتحمت قوات النظام بلدة الشيخ مسكين.", "2018-06-25")
    assert ("enter", "الشيخ مسكين", "asserted") in got and not any(t == "other" for t, _, _ in got)
    got = events("ووقعت الفصائل اتفاق مصالحة في مدينة إزرع.", "2018-06-26")
    assert any(t == "other" for t, _, _ in got)
