"""Rules narrowed in task prec29. An attempt to infiltrate: "حاولوا التسلل إلى X"، "بمحاولة التسلل إلى X" is told by the side that met
it, and the gold sets log it as the attack of who attempted it, like a thwarted or failed attempt, not as an advance.
Its twins: an attempt to storm or enter ("حاولت اقتحام X"، "بمحاولة الدخول إلى X") stays an advance, and an
infiltration done ("تسللوا إلى X") an entry. Invented details, our own wording."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def typed(text: str, published: str = "2025-05-10") -> set[tuple[str, str, str]]:
    evs = analyze(Article(id="p29", raw=text, published=published)).events
    return {(e.type, e.place.name if e.place else "", e.actor.side if e.actor else "") for e in evs}


def test_an_attempt_to_infiltrate_is_the_attempters_attack():
    got = typed("وقالت وزارة الدفاع إن مجموعة مسلحة حاولت التسلل إلى قرية الزيارة في سهل الغاب فجر اليوم")
    assert {t for t, p, _ in got if p == "الزيارة"} == {"attack"}
    got = typed("واتهمت قسد فصائل تابعة للحكومة بمحاولة التسلل إلى حي الأشرفية في حلب", "2025-02-03")
    assert ("attack", "الأشرفية", "government") in got
    assert not [t for t, _, _ in got if t == "advance"]


def test_an_attempt_to_storm_stays_an_advance():
    got = typed("وقالت وزارة الدفاع إن مجموعة مسلحة حاولت اقتحام قرية الزيارة في سهل الغاب فجر اليوم")
    assert {t for t, p, _ in got if p == "الزيارة"} == {"advance"}
    got = typed("واتهمت قسد فصائل تابعة للحكومة بمحاولة الدخول إلى حي الأشرفية في حلب", "2025-02-03")
    assert ("advance", "الأشرفية", "government") in got


def test_an_infiltration_done_is_an_entry():
    got = typed("وأضاف البيان أن عناصر من تنظيم داعش تسللوا إلى بلدة السخنة من جهة البادية", "2019-06-02")
    assert {t for t, p, _ in got if p == "السخنة"} == {"enter"}


def test_a_released_persons_hometown_is_no_place_of_the_release():
    """Release rows (flag held_people): "عن شاب من بلدة X" says whose he is; "في بلدة X" and a prison after من
    say where the release was."""
    got = typed("وأفرجت مجموعة مسلحة مساء أمس عن شاب من بلدة الصورة الكبيرة بعد احتجازه أسبوعاً", "2024-03-05")
    assert not [p for t, p, _ in got if t == "other"]
    got = typed("وأفرجت السلطات اليوم عن ستين موقوفاً من أبناء مدينة تلكلخ", "2025-04-20")
    assert not [p for t, p, _ in got if t == "other"]
    got = typed("وأفرجت مجموعة مسلحة مساء أمس عن شاب في بلدة الصورة الكبيرة بعد احتجازه أسبوعاً", "2024-03-05")
    assert ("other", "الصورة الكبيرة") in {(t, p) for t, p, _ in got}
    got = typed("وأفرجت السلطات اليوم عن ستين موقوفاً من سجن حمص المركزي", "2025-04-20")
    assert ("other", "سجن حمص المركزي") in {(t, p) for t, p, _ in got}


def test_a_road_joined_by_a_pronoun_names_no_place_of_its_closure():
    """"الطريق الذي يربطها بمدينة X": the road is named by no two places; X is where it goes, not what was closed."""
    for text in ("وأغلقت الفصائل الطريق الوحيد الذي يربطها بمدينة السلمية",
                 "ويشكو الأهالي من إغلاق طرق تربط قراهم بمدينة جبلة منذ أسبوع"):
        assert not [p for t, p, _ in typed(text, "2025-01-12") if t == "other"]
    got = typed("وأغلقت الفصائل مداخل مدينة السلمية أمام حركة السيارات", "2025-01-12")
    assert ("other", "السلمية") in {(t, p) for t, p, _ in got}
