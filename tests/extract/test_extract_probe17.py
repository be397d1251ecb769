"""Constructions of whole 2025-2026 articles in real outlets' shapes that the probe17 first-sight measure showed
(bench/articles_probe17). Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2026-04-15") -> list[tuple[str, str, str, str]]:
    evs = analyze(Article(id="p17", raw=text, published=published)).events
    return [(e.type, e.polarity, e.place.name, e.actor.side) for e in evs]


def test_a_thousands_comma_breaks_no_clause() -> None:
    got = events("عادت نحو 2,300 عائلة إلى منطقة عفرين خلال الأسبوعين الماضيين.")
    assert [(e[0], e[2]) for e in got] == [("displacement", "عفرين")]


def test_a_participle_of_coming_in_its_own_clause_names_the_origins() -> None:
    got = events("عادت مئات العائلات إلى بلدة كفرنبل، قادمة بمعظمها من مخيمات أطمة ومن مدينة سرمدا.")
    assert sorted(e[2] for e in got if e[0] == "displacement") == sorted(["كفرنبل", "أطمة", "سرمدا"])
    got = events("ووصلت 40 عائلة إلى مدينة الرقة، قادمين من مخيم الهول.", "2025-06-18")
    assert "الهول" in [e[2] for e in got]


def test_up_to_bounds_a_count_and_is_no_arrival() -> None:
    got = events("نزح ما يصل إلى ألفي شخص من بلدة كفرنبل إلى مدينة إدلب.", "2025-05-10")
    assert sorted(e[2] for e in got) == sorted(["كفرنبل", "إدلب"])
    assert all(e[0] == "displacement" for e in got)
    got = events("تتوقع المنظمة عودة ما يصل إلى ثلاثة آلاف عائلة إلى مدينة معرة النعمان خلال الصيف.")
    assert [(e[0], e[1], e[2]) for e in got] == [("displacement", "expected", "معرة النعمان")]


def test_an_additional_batch_expected_stands_beside_returns_done() -> None:
    got = events("عادت 500 عائلة إلى مدينة جسر الشغور الشهر الماضي.\n"
                 "وتتوقع الوكالات عودة ألف عائلة إضافية إلى مدينة جسر الشغور قبل الشتاء.")
    assert sorted(e[1] for e in got) == ["asserted", "expected"]


def test_a_raid_verb_opening_the_next_clause_acts_at_the_place_entered() -> None:
    got = events("توغلت قوة إسرائيلية صباح اليوم في بلدة جملة، وداهمت عدداً من المنازل قبل أن تعتقل ثلاثة شبان.",
                 "2025-11-05")
    assert ("other", "asserted", "جملة", "israel") in got
    got = events("دخلت دورية للأمن العام قرية معرية ظهر اليوم، واعتقلت شابين متهمين بتهريب السلاح.", "2026-02-12")
    assert ("other", "asserted", "معرية", "government") in got


def test_a_bracketed_acronym_does_not_end_the_chain_of_speakers() -> None:
    art = analyze(Article(id="p17s", raw="نقلت الوكالة العربية السورية للأنباء (سانا) عن مصدر في وزارة الدفاع قوله إن "
                                        "الغارات استهدفت مواقع عسكرية مهجورة في محيط الكسوة.", published="2025-10-29"))
    assert [e.actor.side for e in art.events] == ["unknown"]
    assert art.events[0].source.name_en == "SANA"


def test_a_foreign_armys_spokesman_tells_of_its_own_strikes() -> None:
    got = events("وقال المتحدث باسم الجيش الإسرائيلي في منشور على منصة إكس إن الضربات طالت موقعاً رادارياً في تل الحارة.",
                 "2025-10-29")
    assert got == [("attack", "asserted", "تل الحارة", "israel")]
    got = events("قال الجيش الإسرائيلي إن قذائف أطلقت من سوريا سقطت قرب بلدة مجدل شمس.", "2025-06-20")
    assert [e[3] for e in got] == ["unknown"]


def test_a_cordon_round_a_quarter_is_a_siege_round_the_blasts_spot_a_deployment() -> None:
    # task frame33: round a quarter the cordon encircles it (GUIDELINES "Sieges"); round a spot it posts forces
    got = events("وفرضت وحدات الأمن الداخلي طوقاً حول حي الزهراء حتى صباح اليوم.", "2025-05-22")
    assert [(e[0], e[2]) for e in got] == [("advance", "الزهراء")]
    got = events("انفجرت سيارة مفخخة في المنطقة الصناعية بمدينة منبج.\nوأضافت المصادر أن عناصر من الأمن العام فرضوا "
                 "طوقاً حول مكان الانفجار ومنعوا الأهالي من الاقتراب.", "2025-09-14")
    assert sorted((e[0], e[3]) for e in got) == [("attack", "unknown"), ("deploy", "government")]
    got = events("طوقت قوات الأمن العام بلدة القرداحة فجر اليوم.", "2025-06-09")
    assert [e[0] for e in got] == ["advance"]


def test_a_toll_after_fiima_with_its_own_place_is_not_the_strikes_toll() -> None:
    got = events("قتل عنصر من قسد برصاص مسلحين استهدفوا نقطة عسكرية في بلدة هجين، فجر اليوم، فيما عثر أهالي بلدة الشعفة "
                 "على جثتي شقيقين على أطراف البلدة.", "2025-12-03")
    assert sorted(e[2] for e in got if e[0] == "casualties") == sorted(["هجين", "الشعفة"])
    got = events("قصفت الطائرات بلدة هجين، فيما قتل ثلاثة مدنيين.", "2025-12-03")
    assert [e[2] for e in got if e[0] == "casualties"] == ["هجين"]


def test_a_kidnapping_before_the_bodies_were_found_is_at_their_place() -> None:
    evs = analyze(Article(id="p17k", raw="عثر أهالي بلدة الشعفة على جثتي شقيقين على أطراف البلدة، بعد يومين من "
                                        "اختطافهما على يد مجهولين.", published="2025-12-03")).events
    kidnap = [e for e in evs if e.type == "other"]
    assert [(e.place.name, e.date.value) for e in kidnap] == [("الشعفة", "2025-12-01")]


def test_a_witness_verbs_subject_before_it_is_the_place() -> None:
    got = events("يذكر أن قرية البيضاء في ريف بانياس شهدت في آذار الماضي أحداثاً دامية، قتل خلالها عشرات المدنيين.",
                 "2025-08-19")
    assert [(e[0], e[2]) for e in got] == [("casualties", "البيضاء")]


def test_clashes_between_two_forces_are_the_first_named_forces_past_an_adjective_and_a_place() -> None:
    got = events("اندلعت اشتباكات عنيفة في مدينة الصنمين بين عناصر من الأمن العام ومجموعة محلية مسلحة.", "2026-01-08")
    assert got == [("attack", "asserted", "الصنمين", "government")]
    got = events("اندلعت اشتباكات عنيفة فجر اليوم بين عناصر من الأمن العام ومجموعة محلية مسلحة في مدينة الصنمين، وأسفرت "
                 "عن مقتل اثنين من عناصر المجموعة وإصابة أربعة من عناصر الأمن.", "2026-01-08")
    assert ("attack", "asserted", "الصنمين", "government") in got


def test_a_month_or_two_after_dates_the_happening_back() -> None:
    evs = analyze(Article(id="p17d", raw="ويأتي المرسوم بعد نحو شهر ونصف على دخول وحدات الجيش مدينة الطبقة.",
                          published="2026-03-02")).events
    assert [(e.type, e.date.value[:7], e.date.precision) for e in evs] == [("enter", "2026-01", "month")]


def test_a_plan_told_in_the_past_is_no_event() -> None:
    got = events("أعلنت قوى الأمن الداخلي (الأسايش) إلقاء القبض على خلية من ثلاثة أشخاص في حي الهلالية، قالت إنها كانت "
                 "تخطط لتنفيذ تفجيرات في المدينة.", "2025-09-14")
    assert [e[0] for e in got] == ["other"]
    assert events("وأوضحت الوزارة أن أفراد الخلية كانوا يخططون لتنفيذ هجوم على حاجز في مدينة الميادين.", "2025-07-08") == []
    assert events("تخطط الفصائل لتنفيذ هجوم على مدينة الميادين.", "2025-07-08") == [
        ("attack", "expected", "الميادين", "unknown")]


def test_the_governorate_word_never_points_at_the_last_town() -> None:
    got = events("سقطت قذيفة على بلدة بصر الحرير في ريف درعا الشرقي.\nوتشهد المحافظة منذ أشهر تصاعداً في عمليات الخطف.",
                 "2026-01-08")
    assert [(e[0], e[2]) for e in got] == [("attack", "بصر الحرير")]
    # (the trend counted by a documenting clause, as the probe17 article tells it: a trend alone is no event, task
    # witness35)
    got = events("اندلعت اشتباكات في بلدة الصنمين قرب مدينة درعا.\nوتشهد المحافظة منذ أشهر تصاعداً في عمليات الخطف، إذ "
                 "وثقت شبكة محلية أكثر من عشرين عملية منذ مطلع العام.", "2026-01-08")
    assert ("other", "درعا") in [(e[0], e[2]) for e in got]


def test_a_store_seized_in_the_passive_with_its_weapons_told_is_an_event() -> None:
    got = events("وأضاف المصدر أنه جرى ضبط مستودع يحوي قذائف هاون وصواريخ مضادة للدروع في قرية بيت ياشوط.", "2025-06-10")
    assert [(e[0], e[2]) for e in got] == [("other", "بيت ياشوط")]
    assert events("وجرى ضبط قذائف هاون وبنادق في بلدة القرداحة.", "2025-10-21") == []
