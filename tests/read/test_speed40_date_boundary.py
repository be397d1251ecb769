"""Task speed40 (issue 13): the date patterns start at a word boundary (``\\b``) where they were written with a
lookbehind ("no word character before", ``(?<![\\w])``), which the regex engine ran as a nested match at every
position of every sentence it scanned. The two agree wherever a match's first character is a word character,
which every pattern's is: each pattern with its old start must find the same matches (spans and groups) on
our sentences, on every sentence file and on starts that are no word (a bracket, a slash, a figure's dot)."""
from __future__ import annotations

import re
from pathlib import Path

from tawatur.clean.normalize import fold_text
from tawatur.read.dates import _patterns

SENTENCES = Path(__file__).resolve().parents[2] / "bench" / "sentences"

OURS = (
    "وفي 12 منه دخلت القوات قرية المسيفرة، بعد ثلاثة أيام من حصارها.",
    "قصفت الطائرات بلدة جاسم (في 3/4/2019) ثم صباح الأحد الماضي.",
    "في الرابع من الشهر الجاري، و(الخامس من آذار) و/6 نيسان 2020 و.7 أيار",
    "وأمس شنت الفصائل هجوماً؛ واليوم الثلاثاء انسحبت، وغداً تعود -في 2020-05-06-",
    "وفي اليوم الثالث من العملية سيطرت القوات على تل الحارة، وفي عيد الفطر هدأت الجبهة.",
    "_الأمس و١٢ آذار وفي 5/3 وفي 1445 هـ",
)


def _texts() -> list[str]:
    out = list(OURS)
    for path in sorted(SENTENCES.glob("*.txt")):
        out += [x.split("|")[1] for x in path.read_text(encoding="utf-8").splitlines()
                if x.count("|") >= 1 and not x.startswith("#")]
    return [fold_text(t) for t in out]


def _found(p: re.Pattern, text: str) -> list[tuple]:
    return [(m.span(), m.groupdict(), tuple(m.span(g) for g in range(len(m.groups()) + 1))) for m in p.finditer(text)]


def test_boundary_as_lookbehind():
    texts = _texts()
    matched = 0
    for kind, p in _patterns().items():
        assert p.pattern.startswith(r"\b"), kind  # (a pattern written otherwise needs its own check)
        old = re.compile(r"(?<![\w])" + p.pattern[2:], p.flags)
        for text in texts:
            got = _found(p, text)
            assert got == _found(old, text), (kind, text)
            matched += len(got)
    assert matched > 100
