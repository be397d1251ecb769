"""A feed cut short (a download stopped mid-way): what can be read is kept, and the user is
told the feed was cut, at the feed and on each article read from it."""
from __future__ import annotations

from pathlib import Path

from tawatur.ingest import iter_articles

BODY = ("تقدمت قوات النظام في محيط بلدة اللطامنة بريف حماة الشمالي بعد قصف جوي عنيف استمر طوال الليل، "
        "فيما قالت فصائل المعارضة إنها صدت الهجوم وأوقعت خسائر في صفوف القوات المهاجمة. ") * 4


def _feed(n: int) -> str:
    items = "".join(f"<item><title>خبر {i}</title><description>{BODY} {i}</description></item>"
                    for i in range(n))
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>{items}</channel></rss>'


def test_a_cut_feed_keeps_its_items_and_says_it_was_cut(tmp_path: Path) -> None:
    text = _feed(3)
    (tmp_path / "cut.xml").write_text(text[: text.index("</item>", text.index("</item>") + 1) + 7],
                                      encoding="utf-8")
    errors: list[tuple[str, str]] = []
    arts = list(iter_articles([str(tmp_path / "cut.xml")], on_error=lambda s, r: errors.append((s, r))))
    assert len(arts) == 2
    assert all(any("cut short" in w for w in a.warnings) for a in arts)
    assert [s for s, r in errors if "cut short" in r] == [str(tmp_path / "cut.xml")]


def test_a_whole_feed_carries_no_such_warning(tmp_path: Path) -> None:
    (tmp_path / "whole.xml").write_text(_feed(2), encoding="utf-8")
    errors: list[tuple[str, str]] = []
    arts = list(iter_articles([str(tmp_path / "whole.xml")], on_error=lambda s, r: errors.append((s, r))))
    assert len(arts) == 2 and errors == []
    assert not any("cut short" in w for a in arts for w in a.warnings)
