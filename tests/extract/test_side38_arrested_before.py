"""The force named after an arrest's "على" is whose man was taken (flag patient_after); a raid told after the arrest
in the same sentence ("أعلنت الوزارة القبض على قيادي في تنظيم داعش، خلال مداهمة في X") is not that force's either,
but the announcer's (task side38). A raid whose subject is the group keeps it. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tawatur.model import Article
from tawatur.pipeline import analyze


def _sides(text: str, day: str) -> list[str]:
    art = analyze(Article(id="a38", raw="أخبار\n\n" + text, published=day))
    return [e.actor.side for e in art.events]


@pytest.mark.parametrize("text,day,side", [
    ("وأعلنت وزارة الداخلية القبض على قيادي في تنظيم داعش، خلال مداهمة في بلدة الشحيل.", "2026-03-17", "government"),
    ("وأعلنت قيادة الأمن الداخلي القبض على عنصرين من فلول النظام، خلال مداهمة في قرية الدالية.", "2026-03-17",
     "government"),
    ("وأعلنت قسد القبض على قيادي في تنظيم داعش، خلال مداهمة في بلدة الشحيل.", "2019-03-17", "sdf"),
    ("وقالت مصادر إن مسلحين من تنظيم داعش داهموا منزلاً في بلدة الشحيل.", "2026-03-17", "isis"),
])
def test_the_arrested_force_does_not_raid(text, day, side):
    assert _sides(text, day) == [side]
