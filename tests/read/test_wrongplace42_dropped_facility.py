"""Task wrongplace42: an unnamed facility that no event can stand at (no name, no town of its own: "الكنائس"،
"المستودعات") written before the place it lies in with ب ("في محيط الكنائس بحلب القديمة") locates nothing; the place
after ب is where the happening is, an event place of its own, not a locator. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def read(text: str):
    return analyze(Article(id="wrongplace42", raw=text, published="2024-05-02"))


def test_the_place_after_a_dropped_facility_is_no_locator() -> None:
    a = read("أصابت القذائف المستودعات بمدينة مسكنة بعد منتصف الليل")
    roles = {m.text: m.attrs.get("role") for m in a.mentions if m.kind == "place"}
    assert roles.get("مسكنة") == "main", roles
    a = read("انتشرت دوريات الأمن الداخلي في محيط الكنائس بحمص القديمة")
    assert any(e.place is not None and "حمص القديمة" in e.place.name for e in a.events), \
        [(e.type, e.place.name if e.place else "") for e in a.events]


def test_guard_a_named_facility_keeps_its_locator() -> None:
    a = read("قصفت المدفعية مستودعات الذخيرة بمدينة السفيرة")
    assert not any(e.place is not None and e.place.name == "السفيرة" and e.type == "attack" for e in a.events) \
        or any("مستودع" in (e.place.name if e.place else "") for e in a.events)
