"""Constructions of 2025-2026 whole articles the probe8a first-sight measure showed (issue 12,
bench/articles_probe8a). Sentences written for these tests."""
from __future__ import annotations

from tawatur.clean.segment import _split_line
from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2026-01-18") -> list[tuple[str, str, str, str]]:
    evs = analyze(Article(id="p8a", raw=text, published=published)).events
    return [(e.type, e.polarity, e.place.name, e.actor.side) for e in evs]


def test_fighting_that_spreads_with_its_subject_dropped_reaches_the_next_place() -> None:
    got = events("اشتبك الجيش مع مقاتلي قسد في حي الشيخ مقصود، وامتدت إلى حي الأشرفية.")
    assert ("attack", "asserted", "الأشرفية", "government") in got
    got = events("بدأت المعارك في بلدة دير حافر قبل أن تمتد إلى مدينتي مسكنة والخفسة.")
    assert {e[2] for e in got if e[0] == "attack"} >= {"دير حافر", "مسكنة", "الخفسة"}


def test_a_protest_that_spreads_stays_a_protest_and_a_fire_is_nothing() -> None:
    got = events("خرجت مظاهرة في مدينة بانياس، ثم امتدت إلى مدينة جبلة.")
    assert ("protest", "asserted", "جبلة", "civilians") in got
    assert not events("اندلع حريق في أحراج قرية الفرنلق وامتد إلى قرى مجاورة.")


def test_a_speakers_accusing_participle_asserts_what_it_charges() -> None:
    got = events("ونفى الحرس الوطني مهاجمة الحاجز، متهماً القوات الحكومية بقصف قرية عرمان.")
    assert ("attack", "asserted", "عرمان", "government") in got
    got = events("ونفت وزارة الداخلية ذلك، محملة قسد مسؤولية قصف حي بني زيد.")
    assert ("attack", "asserted", "بني زيد", "sdf") in got


def test_a_participle_that_describes_a_person_still_gives_no_event() -> None:
    assert not events("واعتقلت الشرطة رجلاً متهماً بتفجير عبوة في مدينة الباب.")


def test_government_factions_indefinite_are_the_governments() -> None:
    got = events("قالت قسد إن فصائل حكومية قصفت قرية تل طويل.")
    assert [e[3] for e in got if e[0] == "attack"] == ["government"]


def test_a_names_initial_does_not_end_the_sentence() -> None:
    line = "ألقت قوات الأمن القبض على الضابط السابق فادي ك. في قرية بيت ياشوط. ثم نقل إلى دمشق."
    assert [line[a:b] for a, b in _split_line(line)][0].endswith("بيت ياشوط.")
    assert ("other", "asserted", "بيت ياشوط", "government") in events(line, "2025-06-02")
    assert len(_split_line("وقعت المجزرة عام 2012 م. ثم فر الأهالي.")) == 2


def test_an_administrative_unit_after_a_place_only_locates_it() -> None:
    for text in ("سقطت قذائف على بلدة القصر في قضاء الهرمل.", "سقطت قذائف على بلدة القصر بقضاء الهرمل."):
        assert {e[2] for e in events(text, "2025-03-27")} == {"القصر"}
    assert {e[2] for e in events("قصفت المدفعية قرية الزارة في ناحية الحصن.", "2025-03-27")} == {"الزارة"}


def test_dismantling_a_cell_is_an_arrest_by_the_security_forces() -> None:
    got = events("أعلنت وزارة الداخلية تفكيك خلية لتنظيم الدولة في مدينة التل.", "2025-12-27")
    assert got == [("other", "asserted", "التل", "government")]
    assert not events("وأتمت الفرق الهندسية تفكيك عبوات ناسفة في حي الوعر.", "2025-12-27")


def test_a_repelled_attack_of_members_written_with_lam_is_their_forces() -> None:
    got = events("صدت وحدات الجيش هجوماً لعناصر تنظيم الدولة على حاجز قرب مدينة تدمر.", "2026-07-09")
    assert ("attack", "asserted", "تدمر", "isis") in got


def test_reinforcements_reach_the_recalled_place_not_their_origin() -> None:
    got = events("سيطر الجيش على حقل العمر النفطي. ووصلت تعزيزات إلى الحقل من مدينة الميادين.", "2026-07-09")
    assert ("deploy", "asserted", "حقل العمر", "government") in got
    assert not [e for e in got if e[2] == "الميادين"]


def test_a_patrol_hit_after_a_date_is_the_strikes_object_and_its_owner_no_agent() -> None:
    got = events("وكانت خلية من التنظيم قد هاجمت في آب الماضي دورية للجيش قرب مدينة تدمر.", "2025-12-10")
    assert got == [("attack", "asserted", "تدمر", "isis")]
    got = events("استهدفت الطائرات المسيرة حاجزاً للأمن العام في بلدة الصنمين.", "2025-12-10")
    assert got == [("attack", "asserted", "الصنمين", "unknown")]


def test_a_patrol_after_a_new_clause_deploys() -> None:
    got = events("وقال المصدر إن جندياً قتل في اشتباك مع مسلحين قرب بلدة الصنمين، وإن دوريات للجيش انتشرت في "
                 "البلدة.", "2026-07-09")
    assert ("deploy", "asserted", "الصنمين", "government") in got


def test_a_repeated_ala_carries_the_agreements_expectation() -> None:
    got = events("وقال مصدر إن الطرفين اتفقا على تسليم سد تشرين إلى الجيش، وعلى انسحاب مقاتلي قسد من بلدة تل تمر.",
                 "2026-10-21")
    assert ("withdraw", "expected", "تل تمر", "sdf") in got
    assert not [e for e in got if e[1] == "asserted"]


def test_the_speakers_hospital_is_no_event_place() -> None:
    assert not events("وقال مصدر طبي في المشفى الوطني بحمص إن ثلاثة من الجرحى في حالة حرجة.", "2026-08-25")


def test_a_bombing_the_suspects_are_said_to_be_involved_in_is_no_event_at_the_raid() -> None:
    got = events("وقالت الوزارة إن وحداتها ألقت القبض على شخصين يشتبه بتورطهما في التفجير، خلال مداهمة في حي "
                 "البياضة.", "2026-08-25")
    assert [e[:3] for e in got] == [("other", "asserted", "حي البياضة")]


def test_a_strike_on_an_owned_post_with_no_agent_named_stays_unknown() -> None:
    got = events("أفادت شبكة محلية بأن غارات جوية استهدفت مقرات للحرس الثوري في مدينة البوكمال.", "2024-02-03")
    assert [e[3] for e in got if e[0] == "attack"] == ["unknown"]


def test_an_unnamed_target_leaves_the_origin_of_fire_no_event_place() -> None:
    assert not events("واتهمت وزارة الداخلية مقاتلي قسد بقصف أحياء سكنية انطلاقاً من حي الشيخ مقصود.", "2025-10-07")
    got = events("قصفت القوات أحياء في حلب انطلاقاً من حي الشيخ مقصود.", "2025-10-07")
    assert [e[2] for e in got] == ["حلب"]
    got = events("شنت القوات هجوماً انطلاقاً من بلدة تل رفعت.", "2025-10-07")
    assert [e[2] for e in got] == ["تل رفعت"]  # no target told at all: the front the attack came from


def test_a_clash_between_members_of_two_forces_takes_the_first_forces_side() -> None:
    got = events("اندلعت اشتباكات عند حاجز دوار الشيحان بين عناصر من الأمن الداخلي ومقاتلين من قسد.", "2025-10-07")
    assert [e[3] for e in got if e[0] == "attack"] == ["government"]
