"""The pattern language of triggers.tsv and cues.tsv, on sentences written for these tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from tawatur.extract import patterns as P
from tawatur.extract.patterns import compile_pattern, find_all, longest_non_overlapping, tokenize
from tawatur.read.schema import DataError


def _find(sources: list[str], sentence: str) -> list[tuple[str, str]]:
    pats = tuple(compile_pattern(s, {"type": "attack"}, n) for n, s in enumerate(sources, start=2))
    toks = tokenize(sentence, 0, len(sentence))
    return [(m.pattern.source, " ".join(t.word for t in toks[m.i:m.j])) for m in find_all(pats, toks)]


def test_stem_prefix_matches_after_clitics() -> None:
    assert _find(["قصف*"], "وبالقصفين تهدمت البيوت") == [("قصف*", "وبالقصفين")]


def test_exact_word_allows_only_a_conjunction() -> None:
    assert _find(["=غاره"], "وغاره ثانية ثم بغاره") == [("=غاره", "وغاره")]


def test_bare_form_matches_after_clitic_stripping() -> None:
    assert _find(["هجوم"], "صد الحراس الهجوم وبهجوم آخر") == [("هجوم", "الهجوم"), ("هجوم", "وبهجوم")]


def test_gap_passes_words_but_not_a_barrier() -> None:
    assert _find(["اطلق* … صواريخ"], "أطلقت المجموعة المسلحة صباحا صواريخ") == \
        [("اطلق* … صواريخ", "اطلقت المجموعه المسلحه صباحا صواريخ")]
    assert _find(["اطلق* … صواريخ"], "أطلقت بيانا حول صواريخ") == []
    assert _find(["اطلق* … صواريخ"], "أطلقت واحد اثنان ثلاثة أربعة خمسة صواريخ") == []


def test_a_gap_may_say_how_many_words_it_holds() -> None:
    text = "أطلقت واحد اثنان ثلاثة أربعة خمسة صواريخ"
    assert [m for _, m in _find(["اطلق* …6 صواريخ"], text)] == ["اطلقت واحد اثنان ثلاثه اربعه خمسه صواريخ"]
    assert _find(["اطلق* …3 صواريخ"], "أطلقت واحد اثنان ثلاثة أربعة صواريخ") == []


def test_lemma_matches_inflections_with_clitics() -> None:
    sentence = "واستولت الكتيبة على التلة، وقالوا إنهم سيستولون على غيرها بعد استيلائهم على الجسر"
    got = _find(["@استولى"], sentence)
    assert [w for _, w in got] == ["واستولت", "سيستولون", "استيلايهم"]


def test_lemma_part_of_speech() -> None:
    sentence = "انسحبت الوحدة وأكد القائد انسحابها"
    assert [w for _, w in _find(["@انسحب/v"], sentence)] == ["انسحبت"]
    assert [w for _, w in _find(["@انسحب/n"], sentence)] == ["انسحابها"]


def test_lemma_inside_a_multiword_pattern() -> None:
    assert _find(["@غادر … المدينه"], "غادروا أمس المدينة") == [("@غادر … المدينه", "غادروا امس المدينه")]


def test_unknown_lemma_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown lemma"):
        compile_pattern("@كتب")
    with pytest.raises(ValueError, match="unknown lemma"):
        compile_pattern("@سيطر/x")


def test_bad_lemma_in_a_table_names_file_and_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    d = tmp_path / "tawatur" / "data" / "extract"
    d.mkdir(parents=True)
    (d / "triggers.tsv").write_text("# head\npattern\ttype\tflags\tnote\n@سيطر\ttake_control\tverb\t\n"
                                    "@سيطرر\ttake_control\tverb\t\n", encoding="utf-8")
    monkeypatch.setattr(P.resources, "files", lambda _pkg: tmp_path / "tawatur")
    P.load_patterns.cache_clear()
    try:
        with pytest.raises(DataError, match=r"triggers.tsv:4: unknown lemma"):
            P.load_patterns("triggers.tsv")
    finally:
        P.load_patterns.cache_clear()


def test_longest_match_wins_and_a_blocker_wins_a_tie() -> None:
    pats = (compile_pattern("سقوط", {"type": "take_control"}, 2),
            compile_pattern("=سقوط النظام", {"type": "none"}, 3),
            compile_pattern("سقوط قذائف", {"type": "attack"}, 4))
    s = "بعد سقوط النظام وسقوط قذائف"
    toks = tokenize(s, 0, len(s))
    chosen = longest_non_overlapping(find_all(pats, toks))
    assert [(m.row["type"], m.i, m.j) for m in chosen] == [("none", 1, 3), ("attack", 3, 5)]


def test_index_finds_what_trying_every_pattern_finds() -> None:
    # the first-step index must not lose a match that a plain scan of every pattern finds
    pats = P.load_patterns("triggers.tsv") + P.load_patterns("cues.tsv")
    s = ("وقالت مصادر إن القوات سيطرت على القرية بعد اشتباكات، ونفت الفصائل انسحابها، "
         "وقد تستهدف الطائرات المدينة في الساعات المقبلة إذا لم تنسحب")
    toks = tokenize(s, 0, len(s))
    scan = sorted((id(p), i, j) for i in range(len(toks)) for p in pats if (j := p.match_at(toks, i)) is not None)
    got = sorted((id(m.pattern), m.i, m.j) for m in find_all(pats, toks))
    assert got == scan and len(got) > 5


def test_the_shared_gate_skips_a_table_only_where_its_index_finds_nothing() -> None:
    # one look-up over every table's first steps says which tables a new word may start a pattern of; a
    # table it skips must be one whose own index finds no candidate there (sentences written for this test)
    tables = [P.load_patterns(n) for n in ("triggers.tsv", "cues.tsv", "subjects.tsv")]
    indexes = [P._index(t) for t in tables]
    assert all(ix.bit for ix in indexes)
    s = ("وأفادت شبكة محلية بأن الطائرات المسيرة استهدفت مستودعاً للذخيرة قرب البلدة، فيما تصدّت الدفاعات "
         "للهجوم وأسقطت طائرتين، وتواصلت الاشتباكات المتقطعة بين العناصر والمقاتلين حتى ساعات الفجر "
         "ليعلن المرصد لاحقاً عن انسحاب المهاجمين ومقتل ثلاثة منهم")
    toks = tokenize(s, 0, len(s))
    for ix in indexes:
        for tok in toks:
            assert set(ix.candidates(tok)) == ix._candidates(tok), tok.word
    assert any(not P._GATE.bits(t) & indexes[1].bit for t in toks)  # the gate does skip words


def test_a_departure_read_as_withdrawal_keeps_its_flags_a_set() -> None:
    # fighters who flee withdraw: the withdrawal adds origin_only to the trigger's flags (a set), and the
    # place they head for is not the event's place
    from tawatur.model import Article
    from tawatur.pipeline import analyze

    art = analyze(Article(id="t", raw="وفر مقاتلو المعارضة من مدينة القصير باتجاه الحدود اللبنانية يوم الخميس.",
                          published="2019-05-10"))
    assert not art.warnings
    assert [(e.type, e.place.name) for e in art.events] == [("withdraw", "القصير")]


def test_an_exact_token_with_a_prefix_alternative_is_refused_at_load_time() -> None:
    # "=a|b*" reads every alternative exactly, so "b*" could never match a word: a lexicon row written
    # that way is an error that names it, not a silently dead alternative
    with pytest.raises(ValueError, match="exact and a prefix"):
        compile_pattern("=هرب|هروب*", {"type": "displacement"}, 2)
    assert _find(["هروب*|=هرب"], "بعد هروبهم وهرب الباقون") == [("هروب*|=هرب", "هروبهم"), ("هروب*|=هرب", "وهرب")]


def test_a_word_set_token_matches_its_members_after_clitics() -> None:
    """"$munition" stands for the members of that wordsets.tsv set: a clitic-stripped member matches, a word
    outside the set does not, and a set that is not defined is an error at load time."""
    assert _find(["$munition …2 سقطت"], "والقذائف الصاروخية سقطت على الحي") == [
        ("$munition …2 سقطت", "والقذايف الصاروخيه سقطت")]
    assert _find(["$munition …2 سقطت"], "برميلين متفجرين سقطت")
    assert not _find(["$munition …2 سقطت"], "المدينة سقطت بيد الفصائل")
    with pytest.raises(KeyError):
        compile_pattern("$no_such_set سقطت")


def test_steps_with_the_same_alternatives_share_their_memo_and_answers() -> None:
    # two rows whose second step is the same word class: a new word is tested once for both (written for this test)
    a = compile_pattern("اقتحم* … مخيم|مخيمات", {"type": "enter"}, 2)
    b = compile_pattern("حاصر* … مخيم|مخيمات", {"type": "siege"}, 3)
    assert a._memo[1] is b._memo[1] and a._memo[0] is not b._memo[0]
    s = "اقتحمت القوات المخيم ثم حاصرت الفصائل مخيمات أخرى"
    toks = tokenize(s, 0, len(s))
    assert [(m.pattern.line, m.i, m.j) for m in find_all((a, b), toks)] == [(2, 0, 3), (3, 4, 7)]
    assert a.match_at(toks, 4) is None and b.match_at(toks, 4) == 7 and a.match_at(toks, len(toks)) is None
