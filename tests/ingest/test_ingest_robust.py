"""Inputs a user meets that the fuzz tests do not build: UTF-16 without a byte-order mark, pages
nested deeper than libxml2 reads, gzip files (whole, cut, corrupt, bombs), FIFOs. Each one is either
read or refused with a reason naming it, and the good inputs beside it are always kept."""
from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest

from tawatur.ingest import decode_bytes, iter_articles

BODY = "سيطرت فصائل المعارضة على قرية تل حمام في ريف حماة الشمالي بعد معارك عنيفة مع قوات النظام."
OTHER = "قصف الطيران الحربي بلدة معرة حرمة جنوبي إدلب مساء الخميس، وأصيب ثلاثة مدنيين بجروح."


def collect(inputs: list[str], **kw) -> tuple[list, list[tuple[str, str]]]:
    errors: list[tuple[str, str]] = []
    arts = list(iter_articles(inputs, on_error=lambda s, r: errors.append((s, r)), **kw))
    return arts, errors


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_byte_order_mark_is_decoded(tmp_path: Path, codec: str) -> None:
    (tmp_path / "a.txt").write_bytes(f"{BODY}\r\n{OTHER}".encode(codec))
    arts, errors = collect([str(tmp_path / "a.txt")])
    assert errors == []
    assert arts[0].raw == f"{BODY}\n{OTHER}"
    assert arts[0].language == "ar"
    assert codec in arts[0].meta["encoding"]


def test_binary_with_nul_bytes_is_still_refused() -> None:
    with pytest.raises(ValueError, match="binary"):
        decode_bytes(bytes(range(256)) * 8)
    with pytest.raises(ValueError, match="binary"):
        decode_bytes(b"\x00\x00\x00\x01" * 200)


def test_page_nested_deeper_than_lxml_reads_keeps_its_text(tmp_path: Path) -> None:
    depth = 5000
    page = ("<html><body>" + "<div>" * depth + f"<p>{BODY}</p><script>var x = 1;</script>"
            + "</div>" * depth + "</body></html>")
    (tmp_path / "deep.html").write_text(page, encoding="utf-8")
    arts, errors = collect([str(tmp_path / "deep.html")])
    assert errors == []
    assert arts[0].raw.strip() == BODY
    assert "var x" not in arts[0].raw


def _records(n: int) -> bytes:
    return "".join(json.dumps({"id": f"r{i}", "text": f"{BODY} {i}"}, ensure_ascii=False) + "\n"
                   for i in range(n)).encode("utf-8")


def test_gzip_files_are_read_by_their_inner_extension_also_in_a_folder(tmp_path: Path) -> None:
    (tmp_path / "feed.jsonl.gz").write_bytes(gzip.compress(_records(3)))
    (tmp_path / "one.txt.gz").write_bytes(gzip.compress(OTHER.encode("utf-8")))
    arts, errors = collect([str(tmp_path)])
    assert errors == []
    assert sorted(a.id for a in arts) == ["one", "r0", "r1", "r2"]
    assert next(a for a in arts if a.id == "one").raw == OTHER


def test_cut_gzip_keeps_complete_records_and_says_it_was_cut(tmp_path: Path) -> None:
    import random
    rng = random.Random(7)  # incompressible ids, so the cut falls after some complete records
    data = "".join(json.dumps({"id": f"{rng.getrandbits(64):x}", "text": BODY}, ensure_ascii=False) + "\n"
                   for _ in range(200)).encode("utf-8")
    whole = gzip.compress(data)
    (tmp_path / "cut.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    (tmp_path / "good.txt").write_text(OTHER, encoding="utf-8")
    arts, errors = collect([str(tmp_path / "cut.jsonl.gz"), str(tmp_path / "good.txt")])
    assert 0 < len(arts) - 1 < 200
    assert any(a.id == "good" for a in arts)
    assert any(s.endswith("cut.jsonl.gz") and "truncated" in r for s, r in errors)
    assert all(any("truncated" in w for w in a.warnings) for a in arts if a.id != "good")


def test_corrupt_and_bomb_gzip_are_refused_with_a_reason(tmp_path: Path) -> None:
    (tmp_path / "bad.txt.gz").write_bytes(b"\x1f\x8b\x08\x00" + b"\xff" * 64)
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"a" * 3_000_000))
    (tmp_path / "good.txt").write_text(OTHER, encoding="utf-8")
    arts, errors = collect([str(tmp_path)], max_bytes=1_000_000)
    assert [a.id for a in arts] == ["good"]
    reasons = dict(errors)
    assert "gzip" in reasons[str(tmp_path / "bad.txt.gz")]
    assert "limit" in reasons[str(tmp_path / "bomb.txt.gz")]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_fifo_is_refused_not_waited_on(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "good.txt").write_text(OTHER, encoding="utf-8")
    arts, errors = collect([str(tmp_path / "pipe.txt"), str(tmp_path / "good.txt")])
    assert [a.id for a in arts] == ["good"]
    assert errors and "not a regular file" in errors[0][1]


def test_marked_sections_in_a_page_without_a_tree_do_not_stop_the_reader() -> None:
    from tawatur.ingest.html import stream_text

    text = stream_text(f"<div><![GDATA[ x ]]><p>{BODY}</p><![if !ie]><p>{OTHER}</p></div>")
    assert BODY in text and OTHER in text


def test_jsonl_over_the_byte_limit_is_read_a_line_at_a_time(tmp_path: Path) -> None:
    big = tmp_path / "export.jsonl"
    lines = [json.dumps({"id": f"a{i}", "text": f"{BODY} {i}"}, ensure_ascii=False) for i in range(60)]
    lines[10] = "{not json"
    lines[20] = json.dumps({"id": "huge", "text": OTHER * 200}, ensure_ascii=False)
    big.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "small.txt").write_text(OTHER, encoding="utf-8")
    limit = 2_000  # the file is ~14 KB, every line but the huge one is under 200 bytes
    arts, errors = collect([str(big), str(tmp_path / "small.txt")], max_bytes=limit)
    assert sorted(a.id for a in arts) == sorted([f"a{i}" for i in range(60) if i not in (10, 20)] + ["small"])
    assert next(a for a in arts if a.id == "a59").raw == f"{BODY} 59"
    reasons = dict(errors)
    assert "malformed JSON" in reasons[f"{big}:11"]
    assert "limit" in reasons[f"{big}:21"]
    assert len(errors) == 2


def test_json_lines_saved_as_json_are_read_one_record_a_line(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"l{i}", "text": f"{BODY} {i}"}, ensure_ascii=False) for i in range(4)]
    lines[2] = '{"id": "l2", "text": '
    (tmp_path / "export.json").write_text("\n".join(lines) + "\n", encoding="utf-8")
    arts, errors = collect([str(tmp_path / "export.json")])
    assert [a.id for a in arts] == ["l0", "l1", "l3"]
    assert [s for s, _ in errors] == [f"{tmp_path / 'export.json'}:3"]


def test_an_indented_json_array_saved_as_jsonl_is_read_as_one_document(tmp_path: Path) -> None:
    recs = [{"id": "p1", "text": BODY}, {"id": "p2", "text": OTHER}]
    (tmp_path / "pretty.jsonl").write_text(json.dumps(recs, ensure_ascii=False, indent=2), encoding="utf-8")
    arts, errors = collect([str(tmp_path / "pretty.jsonl")])
    assert errors == []
    assert [(a.id, a.raw) for a in arts] == [("p1", BODY), ("p2", OTHER)]


def test_a_broken_indented_array_in_jsonl_is_still_reported_line_by_line(tmp_path: Path) -> None:
    text = json.dumps([{"id": "p1", "text": BODY}], ensure_ascii=False, indent=2)[:-1]  # cut "]"
    (tmp_path / "cut.jsonl").write_text(text, encoding="utf-8")
    arts, errors = collect([str(tmp_path / "cut.jsonl")])
    assert arts == []
    assert errors and all("malformed JSON line" in r for _, r in errors)


def test_gzip_on_stdin_is_decompressed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(gzip.compress(_records(2)))))
    arts, errors = collect(["-"])
    assert errors == []
    assert [a.id for a in arts] == ["r0", "r1"]


def test_a_symlink_loop_is_named_as_one(tmp_path: Path) -> None:
    loop = tmp_path / "self.txt"
    loop.symlink_to(loop)
    (tmp_path / "good.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path, target_is_directory=True)
    arts, errors = collect([str(loop), str(tmp_path)])
    assert [a.id for a in arts] == ["good"]  # the folder walk does not follow the loop back up
    reason = "symbolic link to nothing (its target is missing, or it loops back to itself)"
    assert errors == [(str(loop), reason)] * 2  # named once as an input, once inside the folder


def test_a_page_of_too_many_elements_is_read_by_the_plain_walk(tmp_path: Path) -> None:
    from tawatur.ingest.html import MAX_TRAFILATURA_ELEMENTS

    page = "<html><body>" + "<p>" * (MAX_TRAFILATURA_ELEMENTS + 10) + f"{BODY}<script>x()</script></body></html>"
    (tmp_path / "many.html").write_text(page, encoding="utf-8")
    small = f"<html><body><article><p>{BODY}</p><p>{OTHER}</p></article></body></html>"
    (tmp_path / "small.html").write_text(small, encoding="utf-8")
    arts, errors = collect([str(tmp_path / "many.html"), str(tmp_path / "small.html")])
    assert errors == []
    assert arts[0].raw == BODY and arts[0].meta["extractor"].startswith("lxml (over")
    assert arts[1].meta["extractor"] != arts[0].meta["extractor"]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root reads a folder whatever its mode")
def test_an_unreadable_sub_folder_is_reported_and_the_rest_read(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(OTHER, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(BODY, encoding="utf-8")
    locked.chmod(0)
    try:
        arts, errors = collect([str(tmp_path)])
    finally:
        locked.chmod(0o755)
    assert [a.id for a in arts] == ["good"]
    assert errors == [(str(locked), "cannot read folder: Permission denied")]


def test_hidden_entries_are_still_skipped_in_a_folder_walk(tmp_path: Path) -> None:
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / ".draft.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(OTHER, encoding="utf-8")
    arts, errors = collect([str(tmp_path)])
    assert [a.id for a in arts] == ["b"] and errors == []


def test_utf32_with_byte_order_mark_is_decoded() -> None:
    for codec in ("utf-32", "utf-32-be"):
        data = ("\ufeff" + BODY).encode(codec) if codec.endswith("be") else BODY.encode(codec)
        text, encoding = decode_bytes(data)
        assert (text.lstrip("\ufeff"), encoding) == (BODY, "utf-32")
