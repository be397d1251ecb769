"""Folders, globs, stdin, JSON and JSONL, HTML pages: ids, outlets and dates as the contract says."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tawatur.ingest import iter_articles

BODY = "أعلنت فصائل المعارضة سيطرتها على بلدة خان شيخون جنوبي إدلب بعد معارك عنيفة استمرت يومين.\n"


def read(inputs: list[str]) -> list:
    errors: list = []
    arts = list(iter_articles(inputs, on_error=lambda s, r: errors.append((s, r))))
    assert errors == []
    return arts


def test_folder_is_walked_recursively_and_skips_other_files(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "one.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "a" / "b" / "two.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "notes.md").write_text("# not an article", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "three.txt").write_text(BODY, encoding="utf-8")
    arts = read([str(tmp_path)])
    assert sorted(a.id for a in arts) == ["one", "two"]
    assert all(a.source_path and a.raw == BODY for a in arts)


def test_glob_expands_to_matching_files(tmp_path: Path) -> None:
    for name in ("x1.txt", "x2.txt", "y.txt"):
        (tmp_path / name).write_text(BODY, encoding="utf-8")
    assert [a.id for a in read([str(tmp_path / "x*.txt")])] == ["x1", "x2"]


def test_json_object_and_list_and_ids(tmp_path: Path) -> None:
    one = {"url": "https://www.example-news.sy/a/1", "title": "خبر", "published": "2019-04-30", "text": BODY}
    (tmp_path / "single.json").write_text(json.dumps(one, ensure_ascii=False), encoding="utf-8")
    many = [{"id": "k1", "outlet": "شبكة المثال", "text": BODY}, {"text": BODY}]
    (tmp_path / "list.json").write_text(json.dumps(many, ensure_ascii=False), encoding="utf-8")
    arts = {a.id: a for a in read([str(tmp_path / "single.json"), str(tmp_path / "list.json")])}
    assert set(arts) == {"single", "k1", "list-2"}
    assert arts["single"].outlet == "example-news.sy"
    assert arts["single"].published == "2019-04-30" and arts["single"].title == "خبر"
    assert arts["k1"].outlet == "شبكة المثال"


def test_jsonl_record_with_html(tmp_path: Path) -> None:
    html = ("<html><body><article><p>" + BODY.strip() + "</p><p>" + BODY.strip() + "</p></article>"
            "<aside><h3>الأكثر قراءة</h3></aside></body></html>")
    rec = {"id": "h1", "url": "https://news.example.org/x", "html": html}
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    (art,) = read([str(path)])
    assert art.id == "h1" and art.html == html and "خان شيخون" in art.raw and "<p>" not in art.raw
    assert art.outlet == "news.example.org"


def test_duplicate_ids_are_renamed(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "same.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b" / "same.txt").write_text(BODY, encoding="utf-8")
    arts = read([str(tmp_path)])
    assert [a.id for a in arts] == ["same", "same~2"]
    assert arts[1].warnings


def test_stdin_is_read_as_one_article(tmp_path: Path) -> None:
    code = ("import sys; from tawatur.ingest import iter_articles; "
            "a = list(iter_articles(['-'])); print(len(a), a[0].id, a[0].language, a[0].raw == sys.argv[1])")
    out = subprocess.run([sys.executable, "-c", code, BODY], input=BODY.encode("utf-8"),
                         capture_output=True, check=True)
    assert out.stdout.decode().split() == ["1", "stdin", "ar", "True"]


def test_html_file_title_and_date_from_page(tmp_path: Path) -> None:
    page = ("<html><head><title>قصف على معرة النعمان</title>"
            '<meta property="article:published_time" content="2019-08-20T10:00:00+03:00"></head><body>'
            "<article><h1>قصف على معرة النعمان</h1>"
            + "".join(f"<p>{BODY.strip()} الفقرة {i}.</p>" for i in range(4))
            + "</article></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    (art,) = read([str(tmp_path / "page.html")])
    assert art.title == "قصف على معرة النعمان"
    assert art.published and art.published.startswith("2019-08-20")
    assert art.raw.count("خان شيخون") == 4
