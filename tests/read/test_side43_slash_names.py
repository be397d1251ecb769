"""Task side43 (issue 12): a name printed between slashes ("تنظيم /داعش/ الإرهابي", as some Gulf agencies print
group names where others put quotes) is still one phrase; a slash with no space beside it ("آب/أغسطس") or with
spaces on both sides still parts two words, and so do commas. The whole chain: the slashed group's members
named after من are who struck ("شن مسلحون من تنظيم /داعش/ هجوماً")."""
from __future__ import annotations

from tawatur.clean.normalize import fold
from tawatur.model import Article
from tawatur.pipeline import analyze
from tawatur.read.lexicon import PhraseMatcher


def _entries(m: PhraseMatcher, text: str) -> list[str]:
    f = fold(text)
    return [h.entry for h in m.find(f)]


def test_slash_quoted_name_is_one_phrase() -> None:
    m = PhraseMatcher.build([("تنظيم داعش", "isis_group"), ("حلب إدلب", "pair")])
    assert _entries(m, "هاجم مسلحون من تنظيم /داعش/ الإرهابي موقعاً للجيش") == ["isis_group"]
    assert _entries(m, "هاجم مسلحون من تنظيم/ داعش موقعاً") == ["isis_group"]


def test_slash_without_space_or_spaced_both_sides_parts_words() -> None:
    m = PhraseMatcher.build([("تنظيم داعش", "isis_group"), ("حلب إدلب", "pair")])
    assert _entries(m, "نزح سكان من ريفي حلب/إدلب الشهر الماضي") == []
    assert _entries(m, "نزح سكان من ريفي حلب / إدلب الشهر الماضي") == []
    assert _entries(m, "تحدث عن تنظيم، داعش لاحقاً") == []


def test_slash_quoted_group_members_are_the_agent() -> None:
    text = "شن مسلحون من تنظيم /داعش/ هجوماً على نقطة عسكرية قرب بلدة الشعفة"
    events = list(analyze(Article(id="t", raw=text, published="2025-04-14")).events)
    attacks = [e for e in events if e.type == "attack"]
    assert attacks and attacks[0].actor.side == "isis"
