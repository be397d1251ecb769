"""Hostile inputs for the end-to-end tests: files a user (or an attacker) might hand to ``tawatur``.

Every text here was written for these tests. ``write_hostile_folder`` fills a folder with one file per
kind of trouble and returns what a run must make of it: the article ids that must come out (nothing
lost) and the inputs that must be refused with a reason (never in silence). ``MARKUP`` is the markup
that must never reach a page unescaped, ``FORMULAS`` the cells a spreadsheet must never evaluate.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

TAKE = "سيطرت فصائل المعارضة على قرية تل حمكة في ريف حلب الشمالي صباح الثلاثاء بعد معارك مع قوات النظام."
SHELL = "قصفت المدفعية أطراف مدينة معرة مصرين شمالي إدلب مساء الجمعة، وقال مسعفون إن طفلا أصيب بجروح."
FLASH = "عاجل: انسحاب قوات النظام من بلدة كفر حمرة غربي حلب"

SCRIPT = "</script><script>alert('x')</script>"
MARKUP = (SCRIPT + "<img src=x onerror=alert(1)><a href=\"javascript:alert(2)\">رابط</a>"
          "<style>.hostile-x{display:none}</style><svg onload=alert(3)>")
RAW_MARKERS = ("<script>alert(", "<img src=x onerror", 'href="javascript:', "<svg onload", "<style>.hostile-x")
FORMULAS = ("=HYPERLINK(\"http://example.invalid\",\"اضغط\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)")


@dataclass
class Expected:
    """What a run over the folder must give."""

    ids: set[str] = field(default_factory=set)  # articles that must come out
    refused: set[str] = field(default_factory=set)  # input names (file, or file:line) told as errors


def take(n: int) -> str:
    """TAKE with a line of its own: each input's text differs (the store keeps one copy of a text)."""
    return f"{TAKE}\nالنشرة رقم {n}."


def shell(n: int) -> str:
    return f"{SHELL}\nالنشرة رقم {n}."


def _line(record: dict) -> str:
    """One JSON line, Arabic as itself; a lone surrogate as its escape (``"\\ud800"``), the way a
    careless JSON writer sends it."""
    line = json.dumps(record, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(record)
    return line


def _jsonl(records: list[dict], bom: bool = False, cut: str = "") -> bytes:
    body = "\n".join(_line(r) for r in records) + ("\n" + cut if cut else "")
    return (("\ufeff" if bom else "") + body).encode("utf-8")


def write_hostile_folder(folder: Path, long_line_words: int = 20_000, paragraphs: int = 5_000,
                         depth: int = 10_000) -> Expected:
    """Write the hostile files into ``folder`` (created); the sizes are parameters so that a slow
    test can ask for the full 1 MB line and 50,000 paragraphs."""
    folder.mkdir(parents=True, exist_ok=True)
    exp = Expected()

    def put(name: str, data: bytes | str, ids: tuple[str, ...] = (), refused: tuple[str, ...] = ()) -> None:
        (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        exp.ids.update(ids)
        exp.refused.update(refused)

    put("nul.txt", take(20)[:20] + "\x00" + take(20)[20:], ids=("nul",))
    put("u16-bom.txt", shell(21).encode("utf-16"), ids=("u16-bom",))
    put("u16-le.txt", shell(22).encode("utf-16-le"), ids=("u16-le",))
    put("u16-be.txt", take(23).encode("utf-16-be"), ids=("u16-be",))
    put("cp1256.txt", shell(24).encode("cp1256"), ids=("cp1256",))
    put("bidi.txt", "\u202e" + take(1) + "\u2066" + shell(2) + "\u2069\u200f", ids=("bidi",))
    put("zwj.txt", take(25).replace("سيطرت", "سي\u200dطرت") + "\n" + shell(25).replace("قصفت", "قص\u200cفت"),
        ids=("zwj",))
    put("long-line.txt", " ".join(TAKE.rstrip(".").split()) * (long_line_words // 18), ids=("long-line",))
    put("paragraphs.txt", "\n\n".join(f"قصف {i} على قرية رقم {i % 97}" for i in range(paragraphs)),
        ids=("paragraphs",))
    put("deep.html", "<html><body>" + "<div>" * depth + f"<p>{shell(3)}</p>" + "</div>" * depth
        + "</body></html>", ids=("deep",))
    put("evil.html", f"<html><head><title>{MARKUP}عنوان</title><meta property='og:site_name' "
        f"content=\"{MARKUP.replace(chr(34), '')}\"></head><body><p onclick=\"alert(4)\">{take(4)}</p>"
        f"<script>alert(5)</script><a href=\"javascript:alert(6)\">{shell(5)}</a></body></html>", ids=("evil",))
    records = [
        {"id": "markup", "title": MARKUP, "outlet": MARKUP, "url": "javascript:alert(7)", "text": take(6)},
        {"id": "markup", "outlet": "نسخة", "text": shell(7)},  # a duplicate id: renamed, not lost
        {"id": "../up", "text": take(8) + " " + shell(9)},
        {"id": "CON", "text": shell(10) + " " + take(11)},
        {"id": "a/b\\c:d", "text": take(26)},
        {"id": "far", "published": "9999-99-99", "text": shell(27)},
        {"id": "hijri", "published": "5 جمادى الآخرة 1446", "text": shell(28)},
        {"id": "flash", "title": FLASH},
        {"id": "surrogate", "title": "\ud800عنوان", "outlet": "وكالة\udfff", "text": take(12) + "\ud83d"},
    ] + [{"id": f"formula-{i}", "outlet": f, "title": f, "text": f"{f} {shell(30 + i)}"}
         for i, f in enumerate(FORMULAS)]
    put("records.jsonl", _jsonl(records, bom=True, cut='{"id": "cut", "text": "' + TAKE[:25]),
        ids=("markup", "markup~2", "../up", "CON", "a/b\\c:d", "far", "hijri", "flash", "surrogate",
             *(f"formula-{i}" for i in range(len(FORMULAS)))),
        refused=(f"records.jsonl:{len(records) + 1}",))
    feed = ("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>نشرة</title>"
            f"<item><title>{FLASH} (تحديث)</title></item>"
            f"<item><title>بلا رابط</title><description>{take(14)}</description></item>"
            f"<item><title>{MARKUP.replace('<', '&lt;')}</title><description>{shell(15)}</description></item>"
            "</channel></rss>")
    put("feed.xml", feed, ids=("feed-1", "feed-2", "feed-3"))
    put("empty.txt", b"", refused=("empty.txt",))
    put("binary.txt", bytes(range(256)) * 8, refused=("binary.txt",))
    return exp
