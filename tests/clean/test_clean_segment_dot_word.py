"""A web outlet's name written with its dot-word ("الجزيرة.نت") does not end a sentence at its stop; a stop glued to
the next sentence's first word still does (task tolls42)."""
from __future__ import annotations

from tawatur.clean.segment import _split_line


def parts(line: str) -> list[str]:
    return [line[a:b] for a, b in _split_line(line)]


def test_an_outlets_dot_word_is_no_stop() -> None:
    assert parts("أوضح مراسل العربية.نت أن الاشتباكات تجددت في بلدة عين عيسى. ثم هدأت.") == [
        "أوضح مراسل العربية.نت أن الاشتباكات تجددت في بلدة عين عيسى.", "ثم هدأت."]


def test_a_stop_glued_to_the_next_word_still_ends_the_sentence() -> None:
    assert len(parts("سقطت قذائف على بلدة عين عيسى.ونقلت مصادر أن الأضرار مادية.")) == 2
    assert len(parts("سقطت قذائف على بلدة عين عيسى.نتيجة القصف احترقت محاصيل.")) == 2
