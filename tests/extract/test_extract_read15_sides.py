"""Task read15: sides of clashes and of strikes whose agent the text says is not known (articles_heldout15's
side errors). Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def sides(text: str, published: str = "2013-09-02") -> dict[tuple[str, str], str]:
    evs = analyze(Article(id="r15", raw=text, published=published)).events
    return {(e.type, e.place.name): e.actor.side for e in evs}


def test_a_clash_dated_by_a_relative_clause_takes_its_first_named_party() -> None:
    got = sides("انتشرت وحدات من الجيش السوري في محيط سد تشرين.\n\nوأوضح المصدر أن الاشتباك الذي جرى مساء الأحد "
                "بين عناصر من قسد وقوة من الجيش قرب بلدة دير حافر انتهى بتدخل وجهاء المنطقة.", "2025-11-03")
    assert got[("attack", "دير حافر")] == "sdf"


def test_the_first_named_party_takes_a_clash_in_a_story_of_the_second() -> None:
    got = sides("سيطرت القوات النظامية على بلدة القصير بعد أسابيع من المعارك.\n\nوفي ريف دمشق، اندلعت مواجهات "
                "عنيفة بين الكتائب المقاتلة والقوات النظامية قرب بلدة يبرود.")
    assert got[("take_control", "القصير")] == "government"
    assert got[("attack", "يبرود")] == "opposition"


def test_a_party_said_to_attack_in_a_relative_clause_takes_the_clash() -> None:
    got = sides("قصفت قوات النظام بلدة الرستن.\n\nوشهدت أطراف مدينة تلبيسة اشتباكات بين الجيش الحر وقوات النظام "
                "التي حاولت اقتحام المدينة من جهة الطريق الدولي.", "2012-06-20")
    assert got[("attack", "تلبيسة")] == "government"


def test_a_strike_whose_agent_is_said_unknown_takes_no_story_side() -> None:
    got = sides("ألقت مروحيات النظام براميل متفجرة على بلدة معرة حرمة.\n\nواستهدف قصف مدفعي سوق بلدة كفرنبل، ما "
                "أدى إلى مقتل أربعة مدنيين، ولم تُعرف الجهة المسؤولة عنه.", "2013-08-20")
    assert got[("attack", "معرة حرمة")] == "government"
    assert got[("attack", "كفرنبل")] == "unknown"
    assert got[("casualties", "كفرنبل")] == "unknown"


def test_the_relative_antecedent_is_the_subject_of_its_verb() -> None:
    got = sides("سيطر الثوار على حاجز قرب بلدة كفرزيتا.\n\nودارت معارك بين مقاتلي المعارضة وعناصر تنظيم داعش الذين "
                "هاجموا مقراتهم في بلدة حريتان.", "2014-03-05")
    assert got[("attack", "حريتان")] == "isis"


def test_a_side_that_opened_the_offensive_keeps_the_clashes_it_is_named_second_in() -> None:
    got = sides("أعلنت فصائل المعارضة إطلاق عملية عسكرية واسعة في ريف حلب الغربي، وقال قائد في الفصائل إن الثوار سيواصلون العملية.\n\nوتدور منذ الفجر "
                "اشتباكات عنيفة بين قوات النظام من جهة والفصائل من جهة أخرى في محيط بلدة قبتان الجبل.", "2024-11-27")
    assert [side for (etype, place), side in got.items() if etype == "attack" and "قبتان" in place] == ["opposition"]


def test_a_toll_coordinated_in_a_result_clause_is_the_strikers() -> None:
    got = sides("شنت طائرات إسرائيلية غارات على مطار المزة العسكري، ما أسفر عن تدمير مستودعات للذخيرة وإصابة أربعة "
                "أشخاص في حي المزة.", "2025-04-10")
    assert [side for (etype, _), side in got.items() if etype == "casualties"] == ["israel"]


def test_the_brigades_alone_are_the_rebels_of_the_war_years() -> None:
    got = sides("وكانت الكتائب قد سيطرت على بلدة خربة غزالة قبل أسبوع.", "2013-04-02")
    assert [side for (etype, _), side in got.items() if etype == "take_control"] == ["opposition"]
