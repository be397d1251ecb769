"""The scope rules read a sentence's cues by effect (task speed15): ``ScopeRules._is_manner`` and its helpers
ask ``polarity.cues_by_effect`` for one effect's cues, grouped once per cue list, instead of scanning every cue
of the sentence for its effect on every trigger. The groups are remembered for the last list asked: a stale
group (another list, or the same list changed) would make a rule see other cues than the sentence's. These
tests check every grouping a rule reads against the cues it was handed, over our own sentences and the
bench's sentence files."""
from __future__ import annotations

import pytest

from tawatur.extract import polarity, scope
from tawatur.model import Article
from tawatur.pipeline import analyze

# our own sentences, one for each effect the manner rules read (manner, frame, during, deal_manner)
OWN = [  # (text, the event types the sentence gives, as main gave them before the cut)
    ("فرّ المسلحون من بلدة الصنمين بعد هجوم عنيف شنه الجيش.", ["withdraw"]),
    ("يأتي التقدم في إطار معركة تحرير ريف حماة الشمالي.", ["advance"]),  # the battle is the frame, no event
    ("سيطرت القوات خلال الهجوم على قريتي المشرفة وتل الورد.", ["take_control", "take_control"]),  # no attack
    ("خرج المقاتلون من حي الوعر بموجب اتفاق مع الحكومة.", ["withdraw"]),
    ("عاد الهدوء إلى مدينة الميادين بعد اشتباكات عنيفة.", ["attack"]),
]


def _fresh(cues) -> dict[str, list]:
    """The cues by effect, grouped anew from the list itself."""
    out: dict[str, list] = {}
    for c in cues:
        out.setdefault(c.row.get("effect"), []).append(c)
    return out


@pytest.fixture
def checked(monkeypatch):
    """Wrap the grouping the scope rules read with a check against a fresh grouping of the same list."""
    wrong: list[str] = []
    seen: set[str] = set()
    real = polarity.cues_by_effect

    def check(cues):
        got = real(cues)
        want = _fresh(cues)
        if {k: [id(c) for c in v] for k, v in got.items()} != {k: [id(c) for c in v] for k, v in want.items()}:
            wrong.append(f"stale groups: {sorted(got)} for {sorted(want)}")
        seen.update(k for k, v in got.items() if v)
        return got

    monkeypatch.setattr(scope, "cues_by_effect", check)
    return wrong, seen


@pytest.mark.parametrize(("text", "types"), OWN)
def test_manner_rules_read_the_same(text, types):
    events = analyze(Article(id="s", raw=text, published="2024-03-10")).events
    assert sorted(e.type for e in events) == sorted(types)


def test_groups_are_the_sentence_cues(checked, sentence_lines):
    wrong, seen = checked
    texts = [t for t, _ in OWN]
    texts += [text for _, text in sentence_lines]
    for text in texts:
        analyze(Article(id="s", raw=text, published="2024-03-10"))
    assert not wrong, "\n".join(wrong[:10])
    assert {"manner", "frame", "during", "deal_manner"} <= seen

