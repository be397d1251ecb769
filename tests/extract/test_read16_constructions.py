"""Task read16: constructions read from articles_heldout16's errors. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2021-08-19") -> list[tuple[str, str, str]]:
    evs = analyze(Article(id="r16", raw=text, published=published)).events
    return [(e.type, e.place.name, e.polarity) for e in evs]


def test_an_expectation_steps_over_an_attribution_before_its_complement() -> None:
    got = events("ويُنتظر، بحسب مصادر في لجنة التفاوض المركزية، أن تنشر قوات النظام ثلاث نقاط عسكرية داخل مدينة جاسم.")
    assert got == [("deploy", "جاسم", "expected")]
    got = events("ومن المنتظر، نقلاً عن ضابط في غرفة العمليات، أن يدخل الجيش مدينة تدمر قبل نهاية الأسبوع.")
    assert got == [("enter", "تدمر", "expected")]


def test_a_said_with_an_attribution_aside_stays_asserted() -> None:
    got = events("وقال مصدر محلي، نقلاً عن شهود عيان، إن قوات النظام دخلت بلدة الحراك صباح اليوم.")
    assert got == [("enter", "الحراك", "asserted")]


def test_a_backref_located_by_a_participle_of_lying_keeps_the_town_told_before() -> None:
    got = events("دخلت وحدات الجيش بلدة مهين أمس. وأعلنت القيادة استعادة السيطرة على البلدة الواقعة جنوب شرقي حمص.")
    assert got == [("enter", "مهين", "asserted"), ("take_control", "مهين", "asserted")]


def test_the_town_word_passes_over_a_town_named_in_passing() -> None:
    got = events("دخلت قوات النظام بلدة القريتين صباح اليوم. كان الطريق الآتي من بلدة مهين مقطعاً بالسواتر. "
                 "وانسحب عناصر التنظيم من البلدة نحو البادية.")
    assert ("withdraw", "القريتين", "asserted") in got and not any(p == "مهين" for _, p, _ in got)


def test_part_of_the_displaced_heading_somewhere_is_their_displacement() -> None:
    got = events("نزحت قرابة 400 عائلة من بلدة الصور، توجه معظمها إلى بلدة الشحيل.")
    assert got == [("displacement", "الصور", "asserted"), ("displacement", "الشحيل", "asserted")]


def test_an_arrival_with_no_subject_after_a_flight_is_the_displaced_arriving() -> None:
    got = events("عائلات هربت من مدينة مسكنة خلال القصف تصل تباعاً إلى أطراف مدينة الطبقة.")
    assert ("displacement", "الطبقة", "asserted") in got and not any(t == "advance" for t, _, _ in got)
    got = events("نزحت عائلات من بلدة دير حافر، ووصلت قوات النظام إلى أطراف مدينة الباب.")
    assert ("advance", "الباب", "asserted") in got


def test_a_list_before_a_trigger_keeps_its_members_beyond_the_backward_reach() -> None:
    got = events("كانت بلدتا ذيبان والبصيرة المجاورتان قد شهدتا في آب/أغسطس 2023 مواجهات عنيفة بين الطرفين.")
    assert got == [("attack", "ذيبان", "asserted"), ("attack", "البصيرة", "asserted")]


def test_a_common_word_town_named_under_its_cue_is_the_town_bare_later() -> None:
    got = events("تجددت الاشتباكات في بلدة الصور شمالي دير الزور. ونزحت مئات العائلات من الصور منذ مساء أمس.")
    assert ("displacement", "الصور", "asserted") in got
    assert events("نشرت الصفحات الصور الأولى للدمار في مدينة الميادين.") == []


def test_a_completed_restoring_of_security_is_a_takeover() -> None:
    got = events("أنجزت وحدات من قواتنا المسلحة، بمؤازرة القوى الرديفة، إعادة الأمن والاستقرار إلى بلدة السفيرة صباح اليوم.")
    assert got == [("take_control", "السفيرة", "asserted")]
    assert events("وتعمل وحدات الجيش على إعادة الأمن والاستقرار إلى قرية الحاضر في ريف حلب الجنوبي.") == []


def test_a_second_complement_of_a_saying_verb_is_not_under_the_first_ones_intention() -> None:
    got = events("وقال المصدر إن الجيش يعتزم اقتحام بلدة الحراك، وإن قواته تقدمت نحو بلدة ناحتة صباح اليوم.")
    assert got == [("enter", "الحراك", "expected"), ("advance", "ناحتة", "asserted")]


def test_the_force_after_lairs_owns_the_site_struck() -> None:
    evs = analyze(Article(id="r16", raw="نفذ سلاح الجو سلسلة غارات مركزة على أوكار التنظيم في محيط بلدة أثريا.",
                          published="2016-02-25")).events
    # أثريا is a gazetteer row since task gaz25: a known town's vicinity is named as such, as for any town
    assert [(e.type, e.place.name, e.actor.side) for e in evs] == [("attack", "محيط أثريا", "government")]


def test_checkpoints_kept_while_others_withdraw_are_deployed_at_the_story_town() -> None:
    got = events("دخلت أرتال الأمن العام مدينة جبلة. وفي المساء انسحب جزء من الأرتال من جبلة باتجاه اللاذقية، "
                 "وبقاء حواجز ثابتة عند مدخلي المدينة.", "2025-11-27")
    assert ("deploy", "جبلة", "asserted") in got and not any(p == "اللاذقية" for _, p, _ in got)


def test_a_takeover_told_as_the_cause_of_a_flight_is_at_the_place_left() -> None:
    got = events("نزحت مئات العائلات من بلدة مورك نحو مدينة إدلب بعد سيطرة قوات النظام عليها.", "2019-05-20")
    assert ("take_control", "مورك", "asserted") in got and ("take_control", "إدلب", "asserted") not in got


def test_moving_toward_or_reaching_the_edges_of_a_place_is_an_advance() -> None:
    assert events("نفت قسد في بيان أي تحرك لقواتها نحو بلدة دير حافر.", "2025-10-29") == [
        ("advance", "دير حافر", "denied")]
    assert events("بلغت قوات النظام أطراف مدينة مسكنة مساء اليوم.", "2017-03-09") == [("advance", "مسكنة", "asserted")]
    assert events("رصدت الوحدات تحركات مشبوهة لمجموعات مسلحة قرب بلدة الجبة.", "2026-03-11") == []


def test_a_foiled_smuggling_run_is_other_and_its_firefight_takes_its_place() -> None:
    got = events("تم إحباط محاولة لتهريب شحنة مخدرات قرب بلدة القصير، إثر اشتباك مع المهربين أسفر عن مقتل ثلاثة منهم.",
                 "2026-03-12")
    assert got == [("other", "القصير", "asserted"), ("attack", "القصير", "asserted"), ("casualties", "القصير", "asserted")]
