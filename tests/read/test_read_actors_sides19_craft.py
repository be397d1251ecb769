"""Aircraft and warships read as actors (task sides19): an indefinite warplane in the accusative ("إن طيراناً
حربياً يرجح أنه روسي شن غارات"), a warship, a destroyer or gunboats with their nationality ("بارجة روسية"،
"زوارق حربية إسرائيلية") take the side of that nationality (lexicons/actor_heads.tsv); "الحربي" or "المسير"
alone gives none. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tawatur.model import Article
from tawatur.pipeline import analyze


def _actors(text: str, day: str) -> list[tuple[str, str]]:
    art = analyze(Article(id="craft", raw="أخبار\n\n" + text, published=day))
    return [(m.text, m.attrs.get("side", "")) for m in art.mentions if m.kind == "actor"]


@pytest.mark.parametrize("text,day,side", [
    ("وقالت مصادر محلية إن طيراناً حربياً يرجح أنه روسي شن غارات على بلدة كفرنبل.", "2016-01-20", "russia"),
    ("وقال ناشطون إن طيراناً حربياً يرجح أنه تركي قصف مواقع قرب سد تشرين.", "2025-02-10", "turkey"),
    ("وقصفت بارجة روسية مواقع للفصائل قرب بلدة كنسبا.", "2018-02-15", "russia"),
    ("وأطلقت زوارق حربية إسرائيلية صواريخ على مواقع قرب مدينة طرطوس.", "2025-08-10", "israel"),
    ("وقالت واشنطن إن مدمرتين أمريكيتين أطلقتا صواريخ على مطار الشعيرات.", "2017-04-07", "usa"),
])
def test_a_craft_with_its_nationality_is_that_side(text, day, side):
    got = _actors(text, day)
    assert side in [s for _, s in got], got


@pytest.mark.parametrize("text", [
    "وقالت مصادر محلية إن طيراناً حربياً شن غارات على بلدة كفرنبل.",
    "وقصفت بارجة مواقع قرب بلدة كنسبا.",
])
def test_a_craft_without_nationality_names_no_side(text):
    got = _actors(text, "2016-01-20")
    assert not [a for a in got if a[1] not in ("", "unknown")], got
