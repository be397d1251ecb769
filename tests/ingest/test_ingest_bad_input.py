"""Every kind of bad input is reported with a clear reason and never stops the run."""
from __future__ import annotations

import json
from pathlib import Path

from tawatur.ingest import iter_articles

BODY = "قصفت قوات النظام بلدة كفرنبل في ريف إدلب الجنوبي صباح اليوم، وأفاد ناشطون بسقوط جرحى.\n"


def collect(inputs: list[str], **kw) -> tuple[list, list[tuple[str, str]]]:
    errors: list[tuple[str, str]] = []
    arts = list(iter_articles(inputs, on_error=lambda s, r: errors.append((s, r)), **kw))
    return arts, errors


def test_empty_file_is_reported_and_others_kept(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("  \n\n ", encoding="utf-8")
    (tmp_path / "good.txt").write_text(BODY, encoding="utf-8")
    arts, errors = collect([str(tmp_path)])
    assert [a.id for a in arts] == ["good"]
    assert sorted(Path(s).name for s, _ in errors) == ["blank.txt", "empty.txt"]
    assert all("empty" in r for _, r in errors)


def test_binary_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "ctrl.txt").write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 50 + b"abc")
    arts, errors = collect([str(tmp_path / "photo.txt"), str(tmp_path / "ctrl.txt")])
    assert arts == []
    assert len(errors) == 2 and all("binary" in r for _, r in errors)


def test_a_report_with_a_few_stray_control_characters_is_text(tmp_path: Path) -> None:
    """Three control characters in a short report are over 1% of it, yet its letters outnumber them
    many times: it is read, not refused as binary. Bytes with as many letters as controls are not."""
    stray = BODY.replace("بلدة", "بلدة\x02", 1).replace("ريف", "\x1cريف", 1).replace("صباح", "صباح\x0e", 1)
    (tmp_path / "stray.txt").write_text(stray, encoding="utf-8")
    (tmp_path / "noise.txt").write_bytes(b"\x01a\x02b\x03c\x04d" * 40)
    arts, errors = collect([str(tmp_path)])
    assert [a.id for a in arts] == ["stray"] and "كفرنبل" in arts[0].raw
    assert [(Path(s).name, r) for s, r in errors] == [("noise.txt", "binary input (control characters), not text")]


def test_windows_1256_is_decoded_and_recorded(tmp_path: Path) -> None:
    (tmp_path / "legacy.txt").write_bytes(BODY.encode("windows-1256"))
    arts, errors = collect([str(tmp_path / "legacy.txt")])
    assert errors == []
    assert arts[0].raw == BODY
    assert any("windows-1256" in w for w in arts[0].warnings)


def test_utf8_has_no_encoding_warning_and_crlf_is_normalised(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(("عنوان الخبر\r\n" + BODY).encode("utf-8"))
    arts, _ = collect([str(tmp_path / "a.txt")])
    assert arts[0].raw == "عنوان الخبر\n" + BODY
    assert arts[0].warnings == []


def test_file_over_the_size_cap_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "huge.txt").write_text(BODY * 200, encoding="utf-8")
    (tmp_path / "small.txt").write_text(BODY, encoding="utf-8")
    arts, errors = collect([str(tmp_path)], max_bytes=2000)
    assert [a.id for a in arts] == ["small"]
    assert errors[0][0].endswith("huge.txt") and "larger than" in errors[0][1]


def test_non_arabic_article_is_processed_with_its_language(tmp_path: Path) -> None:
    (tmp_path / "en.txt").write_text("Rebels entered the city of Hama on Thursday.\n", encoding="utf-8")
    (tmp_path / "ru.txt").write_text("Повстанцы вошли в город Хама в четверг.\n", encoding="utf-8")
    (tmp_path / "ar.txt").write_text(BODY, encoding="utf-8")
    arts, errors = collect([str(tmp_path)])
    assert errors == []
    assert {a.id: a.language for a in arts} == {"ar": "ar", "en": "en", "ru": "other"}


def test_malformed_json_line_reports_its_number_and_keeps_the_rest(tmp_path: Path) -> None:
    good = {"id": "x1", "outlet": "مثال", "text": BODY}
    lines = [json.dumps(good, ensure_ascii=False), '{"id": "x2", "text": "ناقص', "",
             json.dumps({"text": BODY}, ensure_ascii=False), json.dumps({"id": "x5"})]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    arts, errors = collect([str(path)])
    assert [a.id for a in arts] == ["x1", "batch-4"]
    assert [s for s, _ in errors] == [f"{path}:2", f"{path}:5"]
    assert "malformed JSON" in errors[0][1]
    assert "text" in errors[1][1]


def test_missing_path_and_empty_glob_are_reported(tmp_path: Path) -> None:
    arts, errors = collect([str(tmp_path / "nope.txt"), str(tmp_path / "*.jsonl")])
    assert arts == []
    assert "no such file" in errors[0][1] and "no file matches" in errors[1][1]


def test_hostile_html_is_never_copied_as_markup(tmp_path: Path) -> None:
    page = """<!doctype html><html><head><title>هجوم على حماة</title>
<style>body{background:url(javascript:alert(1))}</style>
<script>document.write('<p>سطر مزروع من سكربت</p>'); alert('x')</script></head>
<body onload="steal()"><nav><a href="/">الرئيسية</a></nav>
<article><h1>هجوم على حماة</h1>
<p onclick="alert(2)">قالت مصادر محلية إن فصائل المعارضة شنت هجوما على مواقع قوات النظام في ريف حماة الشمالي فجر اليوم.</p>
<p>وأضافت المصادر أن الاشتباكات استمرت ساعات قبل أن تنسحب القوات من بلدة طيبة الإمام <img src=x onerror="alert(3)">.</p>
<script>var x = "<b>لا</b>";</script></article></body></html>"""
    (tmp_path / "evil.html").write_text(page, encoding="utf-8")
    arts, errors = collect([str(tmp_path / "evil.html")])
    assert errors == []
    art = arts[0]
    assert "طيبة الإمام" in art.raw
    for bad in ("<script", "alert", "onerror", "onclick", "steal", "سطر مزروع", "<b>", "<p"):
        assert bad not in art.raw
    assert art.html == page  # the page is kept for the record, never turned into text as is
