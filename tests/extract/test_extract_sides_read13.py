"""Sides the readers left wrong in bench/articles_heldout13 (task read13). Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze

HEAD = "أخبار البلدات\n\n"


def sides(text: str, day: str) -> set[tuple[str, str, str]]:
    evs = analyze(Article(id="a", raw=HEAD + text, published=day)).events
    return {(e.type, e.place.name, e.actor.side) for e in evs if e.place is not None}


def test_a_daily_list_item_s_toll_is_caused_by_its_own_strike():
    got = sides("وقتل عنصران من الجيش السوري في هجوم شنه مسلحون من تنظيم داعش على نقطة عسكرية قرب بلدة السخنة، "
                "كما قتل رجل برصاص مسلحين مجهولين في قرية الغنطو.", "2026-02-14")
    assert ("casualties", "السخنة", "isis") in got
    assert ("casualties", "الغنطو", "unknown") in got
    got = sides("وقتل عنصر من الأمن الداخلي في هجوم لخلايا تنظيم داعش على حاجز في بلدة البصيرة، "
                "وقتلت امرأة برصاص قناص مجهول في قرية الكبر.", "2026-03-02")
    assert ("casualties", "الكبر", "unknown") in got


def test_a_clash_between_two_clans_is_no_armed_side_s():
    got = sides("وأصيب ثلاثة جنود في هجوم لخلايا تنظيم داعش على حاجز في بلدة الشعفة، في حين قتل شاب وأصيب اثنان "
                "آخران في اشتباك بالأسلحة الخفيفة بين عائلتين في بلدة الشحيل.", "2026-01-09")
    assert ("attack", "الشعفة", "isis") in got
    assert ("attack", "الشحيل", "unknown") in got
    assert ("casualties", "الشحيل", "unknown") in got


def test_a_toll_after_a_named_strike_keeps_its_striker():
    got = sides("وقتل ثلاثة مدنيين جراء قصف مدفعي لقوات النظام على بلدة كفرنبل.", "2016-05-03")
    assert ("casualties", "كفرنبل", "government") in got


def test_an_aside_between_the_strike_verb_and_its_noun_leaves_the_arm_read():
    got = sides("سيطر الثوار على حاجز العامرية. وقال ناشطون إن طائرات حربية شنت، بعد ساعات من سقوط الحاجز، غارات "
                "على بلدة معرشورين، ما أدى إلى مقتل أربعة مدنيين في البلدة.", "2013-02-03")
    assert ("attack", "معرشورين", "government") in got
    assert ("casualties", "معرشورين", "government") in got


def test_a_toll_after_a_sole_operator_s_strike_is_its_side_s():
    got = sides("وتقدم مقاتلو المعارضة في محيط بلدة مورك. وقال ناشطون إن المروحيات ألقت، فجر اليوم الأربعاء، براميل "
                "متفجرة على بلدة كفرزيتا، ما أدى إلى مقتل طفلين في البلدة.", "2014-04-02")
    assert ("casualties", "كفرزيتا", "government") in got


def test_a_strike_of_the_next_clause_is_no_means_of_a_toll():
    got = sides("وسيطرت فصائل المعارضة على تلة في ريف حماة الشمالي، وأصيب خمسة أشخاص بجروح في بلدة حلفايا، وألقى "
                "الطيران المروحي أربعة براميل متفجرة على بلدة اللطامنة.", "2016-10-04")
    assert ("casualties", "حلفايا", "unknown") in got
    assert ("attack", "اللطامنة", "government") in got


def test_a_time_adverb_before_ma_leaves_the_clash_to_its_subject():
    got = sides("وأفاد مصدر أمني بأن دورية من الأمن العام اشتبكت صباح اليوم الأحد مع مسلحين مجهولين في محيط بلدة "
                "الصنمين.", "2025-09-14")
    assert any(t == "attack" and "الصنمين" in p and s == "government" for t, p, s in got)


def test_the_dead_of_them_after_a_subject_s_clash_are_its_toll():
    got = sides("وقالت الوزارة إن دورية من حرس الحدود اشتبكت فجر اليوم مع مجموعة من المهربين المسلحين قرب بلدة "
                "حوش السيد علي، ما أسفر عن مقتل ثلاثة منهم.", "2025-12-03")
    assert ("casualties", "حوش السيد علي", "government") in got
    got = sides("واندلعت اشتباكات بين مسلحين في بلدة زيتا، ما أسفر عن مقتل اثنين منهم.", "2025-12-03")
    assert ("casualties", "زيتا", "unknown") in got


def test_a_plural_detention_verb_after_its_subject_is_the_subject_s():
    got = sides("وتابع مراسلنا أن العناصر الإسرائيليين احتجزوا شابين من سكان قرية الحميدية ونقلوهما معهم.",
                "2025-10-22")
    assert ("other", "الحميدية", "israel") in got


def test_a_passive_detention_with_its_agent_after_ala_yad_is_the_agent_s():
    got = sides("وقال ناشطون إن عناصر من الجيش الحر احتجزوا على يد مقاتلي تنظيم داعش قرب بلدة الراعي.", "2016-09-12")
    assert ("other", "الراعي", "isis") in got


def test_the_capital_after_a_verb_of_commenting_is_no_event_place():
    got = sides("وسيطر مقاتلو التنظيم على قرية قرب تدمر. ولم تعلق دمشق رسميا على الفور، غير أن التلفزيون الرسمي قال إن "
                "وحدات الجيش قصفت تجمعات للمسلحين في محيط الحقل.", "2014-07-18")
    assert not any(p == "دمشق" for _, p, _ in got)
