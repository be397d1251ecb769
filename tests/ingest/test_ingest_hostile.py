"""Hostile input through the readers (issue 10): each bad record is reported, the others are read."""
from __future__ import annotations

import json
from pathlib import Path

from tawatur.ingest import decode_bytes, iter_articles
from tawatur.ingest.html import extract_page, html_to_text
from tawatur.ingest.readers import HEADLINE_ONLY

GOOD = "سيطرت فصائل المعارضة على بلدة كفرنبل في ريف إدلب الجنوبي صباح الأحد بعد اشتباكات عنيفة."
OTHER = "قالت مصادر محلية إن القصف المدفعي استهدف أطراف مدينة سراقب مساء السبت دون وقوع إصابات."
DEEP = 100_000


def collect(inputs: list[str]) -> tuple[list, list[tuple[str, str]]]:
    errors: list[tuple[str, str]] = []
    arts = list(iter_articles(inputs, on_error=lambda s, r: errors.append((s, r))))
    return arts, errors


def test_deeply_nested_json_document_is_one_clear_error(tmp_path: Path) -> None:
    (tmp_path / "deep.json").write_text("[" * DEEP + "]" * DEEP, encoding="utf-8")
    (tmp_path / "good.json").write_text(json.dumps({"id": "g", "text": GOOD}, ensure_ascii=False),
                                        encoding="utf-8")
    arts, errors = collect([str(tmp_path)])
    assert [a.id for a in arts] == ["g"]
    assert len(errors) == 1 and errors[0][0].endswith("deep.json") and "nested too deeply" in errors[0][1]


def test_deeply_nested_json_line_costs_only_its_line(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "a", "text": GOOD}, ensure_ascii=False),
             '{"text": ' + '{"x": ' * DEEP + "1" + "}" * DEEP + "}",
             json.dumps({"id": "b", "text": OTHER}, ensure_ascii=False)]
    (tmp_path / "mix.jsonl").write_text("\n".join(lines), encoding="utf-8")
    arts, errors = collect([str(tmp_path / "mix.jsonl")])
    assert [a.id for a in arts] == ["a", "b"]
    assert [e[0].rsplit(":", 1)[1] for e in errors] == ["2"] and "nested too deeply" in errors[0][1]


def test_nested_values_that_python_can_parse_are_not_field_values(tmp_path: Path) -> None:
    rec = {"id": {"a": [1, 2]}, "title": [["x"]], "outlet": {"n": {}}, "text": GOOD}
    (tmp_path / "odd.jsonl").write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")
    (art,), errors = collect([str(tmp_path / "odd.jsonl")])
    assert errors == [] and art.id == "odd-1" and art.title is None and art.outlet is None


def test_control_characters_in_html_are_read_not_fatal(tmp_path: Path) -> None:
    page = f"<html><body><p>{GOOD[:40]}\x0c{GOOD[40:]}</p><p>\x01{OTHER}\x1f</p></body></html>"
    (tmp_path / "ff.html").write_text(page, encoding="utf-8")
    short = "<p>قصف\x0cحمص</p><p>\x0bخبر</p>"  # short: read by the lxml walk, which raised before
    recs = [{"id": "h1", "html": short}, {"id": "t1", "text": OTHER}]
    (tmp_path / "ff.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs),
                                       encoding="utf-8")
    arts, errors = collect([str(tmp_path / "ff.html"), str(tmp_path / "ff.jsonl")])
    assert errors == []
    assert [a.id for a in arts] == ["ff", "h1", "t1"]
    assert "كفرنبل" in arts[0].raw and "سراقب" in arts[0].raw
    assert "حمص" in arts[1].raw
    assert html_to_text("<p>\x00\ud800\ufffe</p>") == ""
    assert extract_page(f"<title>عنوان\x0cالخبر</title><p>{GOOD}</p>").title == "عنوان الخبر"


def test_nul_and_lone_surrogates_in_json_strings_become_replacement_characters(tmp_path: Path) -> None:
    raw = '{"id": "s1", "title": "\\ud800عنوان", "text": "' + GOOD[:10] + '\\u0000\\udfff' + GOOD[10:] + '"}'
    (tmp_path / "s.jsonl").write_text(raw, encoding="utf-8")
    (art,), errors = collect([str(tmp_path / "s.jsonl")])
    assert errors == []
    assert art.raw == GOOD[:10] + "\ufffd\ufffd" + GOOD[10:]  # one for one: offsets hold
    assert art.title == "\ufffdعنوان"
    art.raw.encode("utf-8")  # no lone surrogate left to break a writer or a store


def test_one_invalid_utf8_byte_is_replaced_not_the_whole_file_mojibake(tmp_path: Path) -> None:
    data = (GOOD + "\n" + OTHER + "\n").encode("utf-8") + b"\xff" + (GOOD + "\n").encode("utf-8")
    (tmp_path / "one-bad-byte.txt").write_bytes(data)
    (art,), errors = collect([str(tmp_path / "one-bad-byte.txt")])
    assert errors == []
    assert art.raw == GOOD + "\n" + OTHER + "\n\ufffd" + GOOD + "\n"
    assert art.warnings == ["invalid UTF-8: 1 invalid byte(s) replaced by U+FFFD on line(s) 3"]
    assert art.meta["encoding"] == "utf-8"


def test_an_invalid_byte_warns_only_the_record_that_held_it(tmp_path: Path) -> None:
    lines = [json.dumps({"id": i, "text": t}, ensure_ascii=False).encode("utf-8")
             for i, t in (("r1", GOOD), ("r2", OTHER), ("r3", GOOD))]
    lines[1] = lines[1].replace("سراقب".encode(), "سرا".encode() + b"\xc3\x28" + "قب".encode())
    (tmp_path / "r.jsonl").write_bytes(b"\n".join(lines))
    arts, errors = collect([str(tmp_path / "r.jsonl")])
    assert errors == [] and [a.id for a in arts] == ["r1", "r2", "r3"]
    assert [bool(a.warnings) for a in arts] == [False, True, False]
    assert "line(s) 2" in arts[1].warnings[0] and "سرا\ufffd(قب" in arts[1].raw


def test_windows_1256_is_still_windows_1256() -> None:
    text, enc = decode_bytes((GOOD + "\n" + OTHER).encode("windows-1256"))
    assert enc == "windows-1256" and text == GOOD + "\n" + OTHER


def test_one_bad_feed_item_does_not_reject_the_others(tmp_path: Path) -> None:
    items = "".join(
        f"<item><title>خبر {i}</title><description><![CDATA[<p>{body}</p>]]></description></item>"
        for i, body in enumerate((GOOD, f"{OTHER[:20]}\x0c{OTHER[20:]}", GOOD + " " + OTHER)))
    feed = f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>ت</title>{items}</channel></rss>'
    (tmp_path / "f.xml").write_text(feed, encoding="utf-8")
    arts, errors = collect([str(tmp_path / "f.xml")])
    assert errors == []
    assert len(arts) == 3 and "سراقب" in arts[1].raw


def test_a_feed_file_naming_another_file_is_not_opened(tmp_path: Path) -> None:
    secret = tmp_path / "secret.xml"
    secret.write_text('<?xml version="1.0"?><rss version="2.0"><channel><item><title>سر</title>'
                      f"<description>{GOOD}</description></item></channel></rss>", encoding="utf-8")
    (tmp_path / "pointer.rss").write_text(str(secret), encoding="utf-8")
    arts, errors = collect([str(tmp_path / "pointer.rss")])
    assert arts == [] and "no readable items" in errors[0][1]


def test_a_few_nul_characters_in_utf8_text_are_replaced_not_the_file_refused(tmp_path: Path) -> None:
    data = (GOOD[:15] + "\x00\x00" + GOOD[15:] + "\n" + OTHER + "\x00\n").encode("utf-8")
    (tmp_path / "nul.txt").write_bytes(data)
    (tmp_path / "late-nul.txt").write_bytes(("ا" * 70_000 + "\x00\n" + OTHER).encode("utf-8"))
    arts, errors = collect([str(tmp_path / "nul.txt"), str(tmp_path / "late-nul.txt")])
    assert errors == []
    assert arts[0].raw == GOOD[:15] + "\ufffd\ufffd" + GOOD[15:] + "\n" + OTHER + "\ufffd\n"
    assert arts[0].warnings == ["NUL in text: 3 NUL character(s) replaced by U+FFFD on line(s) 1, 2"]
    assert "\x00" not in arts[1].raw and arts[1].raw.endswith("\ufffd\n" + OTHER)  # past the 64 KB sniff
    text, enc = decode_bytes(data)
    assert "\x00" not in text and enc.startswith("utf-8 (3 NUL")


def test_binary_files_with_nul_bytes_are_still_refused(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(40))
    (tmp_path / "b.txt").write_bytes(b"report.txt" + bytes(90) + GOOD.encode("utf-8") + bytes(400))  # tar-like
    (tmp_path / "c.txt").write_bytes("abc def".encode("utf-32-le"))
    arts, errors = collect([str(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt")])
    assert arts == [] and [Path(s).name for s, _ in errors] == ["a.txt", "b.txt", "c.txt"]
    assert all("binary input" in r for _, r in errors)


def test_a_folder_reads_saved_feeds_and_xhtml_pages_like_named_files(tmp_path: Path) -> None:
    items = "".join(f"<item><title>خبر {i}</title><description>{t}</description></item>"
                    for i, t in enumerate((GOOD, OTHER)))
    (tmp_path / "saved.rss").write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>ق</title>'
                                        f"{items}</channel></rss>", encoding="utf-8")
    (tmp_path / "page.xhtml").write_text(f'<html xmlns="http://www.w3.org/1999/xhtml"><body><p>{GOOD}</p>'
                                         "</body></html>", encoding="utf-8")
    (tmp_path / "settings.xml").write_text('<?xml version="1.0"?><config><a>1</a></config>', encoding="utf-8")
    arts, errors = collect([str(tmp_path)])
    assert sorted(a.id for a in arts) == ["page", "saved-1", "saved-2"]
    assert [(Path(s).name, r) for s, r in errors] == [("settings.xml", "feed has no readable items (no items)")]


def test_a_headline_only_record_or_feed_item_is_read_as_its_headline(tmp_path: Path) -> None:
    """A flash sent as a title alone is a report, not an empty record: its title is its text."""
    flash = "عاجل: انفجار سيارة مفخخة عند مدخل مدينة أعزاز"
    recs = [{"id": "f1", "title": flash}, {"id": "f2", "title": flash, "text": "  ", "outlet": "شبكة"},
            {"id": "f3", "title": "  "}]
    (tmp_path / "flash.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs),
                                          encoding="utf-8")
    items = (f"<item><title>{flash}</title></item><item><description>{GOOD}</description></item>"
             "<item><title></title></item>")
    (tmp_path / "titles.rss").write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>ق</title>'
                                         f"{items}</channel></rss>", encoding="utf-8")
    arts, errors = collect([str(tmp_path / "flash.jsonl"), str(tmp_path / "titles.rss")])
    assert [(a.id, a.raw, a.outlet) for a in arts] == [("f1", flash, None), ("f2", flash, "شبكة"),
                                                        ("titles-1", flash, None), ("titles-2", GOOD, None)]
    assert [a.warnings for a in arts] == [[HEADLINE_ONLY]] * 3 + [[]]
    assert [(s.rsplit("/", 1)[1], r) for s, r in errors] == [
        ("flash.jsonl:3", "record has no non-empty 'text', 'html' or 'title'"),
        ("titles.rss#3", "feed item has no text, no title and no link to fetch")]


def test_a_page_that_is_only_its_headline_is_read_as_its_headline(tmp_path: Path) -> None:
    """A saved flash page (a <title>, an empty body) is read as a title-only record is: its title is its
    text, with the warning; a page with neither text nor title is still refused with the reason."""
    flash = "عاجل: قصف مدفعي على أطراف بلدة كفرنبل"
    (tmp_path / "flash.html").write_text(f"<html><head><title>{flash}</title></head><body></body></html>",
                                         encoding="utf-8")
    (tmp_path / "empty.html").write_text("<html><head></head><body><script>x</script></body></html>",
                                         encoding="utf-8")
    arts, errors = collect([str(tmp_path)])
    assert [(a.id, a.raw, a.title, a.warnings) for a in arts] == [("flash", flash, None, [HEADLINE_ONLY])]
    assert [(Path(s).name, r) for s, r in errors] == [("empty.html", "HTML page has no readable text")]
