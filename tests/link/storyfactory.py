"""A small corpus of several distinct stories, in date order (Arabic written for these tests).

Each story is one happening told by several outlets in their own words, at its own place and dates;
one city also gets a daily report for six weeks (the shape that used to chain into one giant story).
"""
from __future__ import annotations

import importlib.util
from datetime import date, timedelta
from pathlib import Path

from tawatur.model import Article, Place

_spec = importlib.util.spec_from_file_location("linkfactory", Path(__file__).with_name("linkfactory.py"))
_lf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_lf)  # type: ignore[union-attr]
PLACES, article, event = _lf.PLACES, _lf.article, _lf.event

IDLIB = Place(name="إدلب", name_en="Idlib", lat=35.93, lon=36.63, kind="city", gazetteer_id="g-idlib",
              admin1="إدلب")
SUWAYDA = Place(name="السويداء", name_en="As-Suwayda", lat=32.71, lon=36.57, kind="city",
                gazetteer_id="g-suwayda", admin1="السويداء")

# story key -> (place, event type, side, first day, texts told by different outlets on successive days)
STORIES: dict[str, tuple[Place, str, str, str, list[str]]] = {
    "talbiseh": (PLACES["talbiseh"], "take_control", "opposition", "2024-11-28", [
        "أعلنت فصائل المعارضة سيطرتها الكاملة على بلدة تلبيسة في ريف حمص الشمالي بعد معارك استمرت "
        "يومين مع قوات الحكومة التي انسحبت باتجاه مدينة حمص",
        "سيطرت فصائل المعارضة على بلدة تلبيسة شمال حمص إثر انسحاب قوات الحكومة منها بعد معارك دامت "
        "يومين، وفق ما أعلنت الفصائل في بيان",
        "قالت مصادر محلية إن مقاتلي المعارضة دخلوا تلبيسة وباتت البلدة تحت سيطرتهم الكاملة بعد انسحاب "
        "قوات الحكومة نحو حمص",
        "تواصل فصائل المعارضة تثبيت مواقعها في تلبيسة بعد السيطرة على البلدة، فيما عاد بعض الأهالي "
        "إلى منازلهم في ريف حمص الشمالي",
    ]),
    "daraa": (PLACES["daraa"], "displacement", "civilians", "2024-11-29", [
        "نزحت مئات العائلات من أحياء درعا البلد نحو الريف الغربي هربا من القصف المدفعي المتواصل منذ "
        "ثلاثة أيام على المدينة",
        "أفاد ناشطون بنزوح مئات العائلات من درعا البلد باتجاه الريف الغربي بسبب القصف المدفعي الذي "
        "يستهدف المدينة منذ ثلاثة أيام",
        "تستقبل بلدات الريف الغربي لدرعا العائلات النازحة من درعا البلد وسط نقص في الخيام والمياه "
        "بعد أيام من القصف المدفعي",
    ]),
    "suwayda": (SUWAYDA, "protest", "civilians", "2024-12-02", [
        "خرج المئات في مظاهرة وسط مدينة السويداء للمطالبة بالإفراج عن المعتقلين وتحسين الخدمات "
        "ورفعوا لافتات تندد بالغلاء",
        "تظاهر مئات الأشخاص في ساحة الكرامة بمدينة السويداء مطالبين بإطلاق سراح المعتقلين وتحسين "
        "الخدمات ومنددين بارتفاع الأسعار",
        "تجددت المظاهرات في السويداء لليوم الثاني حيث طالب المحتجون في ساحة الكرامة بالإفراج عن "
        "المعتقلين وتحسين الخدمات",
    ]),
    "talbiseh_later": (PLACES["talbiseh"], "attack", "government", "2025-02-10", [
        "قصفت طائرات حربية أطراف بلدة تلبيسة بعد منتصف الليل ما أدى إلى احتراق محاصيل زراعية "
        "وتضرر خزان للمياه",
        "استهدف قصف جوي ليلي الأراضي الزراعية في محيط تلبيسة وأحرق محاصيل وألحق أضرارا بخزان المياه "
        "الذي يغذي البلدة",
    ]),
}
DAILY_PLACE = IDLIB
DAILY_FIRST = "2024-12-01"
DAILY_DAYS = 42
DAILY_TEXT = ("قصفت قوات الحكومة بالمدفعية الثقيلة أحياء مدينة إدلب الشمالية، ما أدى إلى إصابة مدنيين "
              "وتضرر منازل، بحسب الدفاع المدني الذي قال إن فرقه عملت على إسعاف المصابين في اليوم {n}")


def _day(first: str, k: int) -> str:
    return (date.fromisoformat(first) + timedelta(days=k)).isoformat()


def story_corpus(daily: bool = False) -> tuple[list[Article], dict[str, str]]:
    """(articles in date order, article id -> story key); ``daily`` adds the six-week Idlib series."""
    arts: list[Article] = []
    truth: dict[str, str] = {}
    for key, (place, typ, side, first, texts) in STORIES.items():
        for k, text in enumerate(texts):
            aid = f"{key}-{k}"
            day = _day(first, k // 2)
            arts.append(article(aid, f"outlet{k}", [event(f"{aid}-e", aid, typ, place, side=side, day=day)],
                                text=text, published=day, title=""))
            truth[aid] = key
    if daily:
        for k in range(DAILY_DAYS):
            aid = f"idlib-{k:02d}"
            day = _day(DAILY_FIRST, k)
            arts.append(article(aid, f"outlet{k % 3}", [event(f"{aid}-e", aid, "attack", IDLIB,
                                                              side="government", day=day)],
                                text=DAILY_TEXT.format(n=k), published=day))
            truth[aid] = "idlib"
    arts.sort(key=lambda a: (a.published or "", a.id))
    return arts, truth
