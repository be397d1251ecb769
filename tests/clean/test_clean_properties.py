"""Whatever the text, the cleaner accounts for every line exactly once and keeps exact spans."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tawatur.clean.boilerplate import clean_article
from tawatur.model import Article

LINES = st.sampled_from([
    "", "-", "الأكثر قراءة", "اقرأ أيضا: عنوان آخر", "12-05-2016 | 09:30", "وكالات", "شارك",
    "المصدر: وكالات", "كلمات دلالية: حلب، إدلب", "الصورة: مقاتلون قرب تدمر",
    "حلب", "معارك في ريف اللاذقية", "A+ A-",
    "قصفت طائرات حربية بلدة سرمين في ريف إدلب الشرقي صباح اليوم، ما أدى إلى مقتل خمسة مدنيين وإصابة آخرين.",
    "وقالت مصادر محلية إن الاشتباكات تجددت على أطراف مدينة تدمر بين قوات النظام وتنظيم الدولة ليلة أمس",
])


@settings(max_examples=200)
@given(st.lists(LINES | st.text(max_size=40).filter(lambda t: "\n" not in t and "\r" not in t), max_size=25),
       st.booleans())
def test_every_line_is_kept_or_removed_once(lines: list[str], keep_all: bool) -> None:
    raw = "\n".join(lines)
    art = clean_article(Article(id="p", raw=raw, meta={"keep_all": keep_all}))
    raw_lines = raw.split("\n")
    removed = [r.line for r in art.removed]
    assert len(removed) == len(set(removed))
    kept_texts = [raw[a:b] for a, b in art.body_spans]
    assert art.text == "\n".join(kept_texts)
    starts = {sum(len(x) + 1 for x in raw_lines[:i]): i + 1 for i in range(len(raw_lines))}
    kept_nos = [starts[a] for a, _ in art.body_spans]
    assert not set(kept_nos) & set(removed)
    non_blank = {i + 1 for i, x in enumerate(raw_lines) if x.strip()}
    assert set(kept_nos) | {n for n in removed if raw_lines[n - 1].strip()} == non_blank
    if keep_all:
        assert art.removed == []


def test_new_cue_lines_are_furniture() -> None:
    raw = ("قصفت طائرات حربية بلدة سرمين في ريف إدلب الشرقي صباح اليوم، ما أدى إلى مقتل خمسة مدنيين وإصابة آخرين.\n"
           "المصدر: وكالات\n"
           "كلمات دلالية: إدلب، سرمين\n"
           "لمزيد من التفاصيل اضغط هنا")
    art = clean_article(Article(id="x", raw=raw))
    assert [r.reason for r in art.removed] == ["source credit", "tags", "share line"]
