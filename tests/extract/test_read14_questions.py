"""A sentence that ends in a question mark asks and tells no event (an interviewer's question, a rhetorical
headline); the answer under it tells the event (task read14)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _events(text: str, day: str = "2017-09-02") -> list[tuple[str, str]]:
    a = analyze(Article(id="q", raw=text, published=day))
    return [(e.type, e.place.name) for e in a.events if e.place]


def test_question_gives_no_event() -> None:
    assert _events("ما كان موقفكم حين دخلت القوات بلدة عقيربات؟") == []
    assert _events("هل يسيطر الجيش على بلدة كفرنبودة قبل نهاية الشهر؟") == []


def test_answer_under_a_question_tells_the_event() -> None:
    got = _events("س: متى دخلت قواتكم بلدة عقيربات؟\nج: دخلنا البلدة فجر يوم الخميس الماضي بعد معارك عنيفة.")
    assert got == [("enter", "عقيربات")]


def test_statement_before_a_question_clause_is_told() -> None:
    assert _events("وسيطرت قوات النظام على مدينة تدمر، فماذا بعد؟", "2016-03-27") == [("take_control", "تدمر")]
