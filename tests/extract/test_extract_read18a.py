"""Constructions the held-out set heldout18 (H1801..H1808) showed once read (task read18a): a crowd of residents
gathering ("تجمّع العشرات من أهالي X"), a sit-in organised with a long subject between, going out "في تجمع", a
protest at a building of the town told once, the spread of arms with an adjective between, and a dual cue's
second name that a trigger stem would match ("بلدتي تسيل وعدوان"). Our own texts."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _events(text: str, published: str):
    return analyze(Article(id="r18a", raw=text, published=published)).events


def _typed(text: str, published: str) -> set[tuple[str, str]]:
    return {(e.type, e.place.name) for e in _events(text, published) if e.place is not None}


def _names(e) -> set[str]:
    return {e.place.name, *e.place.aliases}


def test_a_crowd_of_residents_gathering_is_a_protest() -> None:
    text = "تجمّع المئات من أهالي مدينة جبلة مساء أمس أمام مبنى المحافظة، مطالبين بالإفراج عن الموقوفين."
    protests = [e for e in _events(text, "2025-03-04") if e.type == "protest"]
    assert len(protests) == 1 and "جبلة" in _names(protests[0])
    assert protests[0].actor.side == "civilians"


def test_a_network_named_gathering_and_the_displaced_in_a_camp_are_no_protest() -> None:
    assert not [e for e in _events("وذكر تجمع أحرار حوران أن الأهالي يطالبون بإصلاح شبكة المياه في بلدة نوى.",
                                   "2025-07-20") if e.type == "protest"]
    assert not [e for e in _events("وتجمع مئات النازحين في مخيم بلدة أطمة بعد وصولهم ليلاً.", "2025-01-15")
                if e.type == "protest"]


def test_a_sit_in_organised_with_a_long_subject_between() -> None:
    text = "نظم المئات من سكان مدينة منبج ووجهاء عشائرها وقفة أمام مبنى المجلس المحلي."
    protests = [e for e in _events(text, "2025-09-02") if e.type == "protest"]
    assert len(protests) == 1 and "منبج" in _names(protests[0])


def test_going_out_in_a_gathering_is_a_protest_not_a_flight() -> None:
    text = "وخرج العشرات من أبناء مدينة القامشلي في تجمع حاشد بعد صلاة الجمعة."
    assert _typed(text, "2026-02-14") == {("protest", "القامشلي")}


def test_a_church_in_a_town_carries_the_town() -> None:
    text = "وتجمّع المئات من الأهالي أمام كنيسة السيدة في بلدة صيدنايا رافعين لافتات ترفض الاعتداء."
    protests = [e for e in _events(text, "2025-12-24") if e.type == "protest"]
    assert len(protests) == 1 and "صيدنايا" in _names(protests[0])


def test_the_spread_of_arms_with_an_adjective_between_deploys_no_force() -> None:
    assert _typed("وتعاني قرى ريف السويداء الغربي من انتشار واسع للسلاح منذ سنوات.", "2025-12-01") == set()
    assert _typed("وانتشرت وحدات من الجيش بشكل واسع في مدينة الميادين.", "2026-01-10") == {("deploy", "الميادين")}


def test_a_dual_cues_second_name_that_looks_like_a_trigger() -> None:
    text = "وكان التنظيم قد سيطر في شباط 2017 على بلدتي تسيل وعدوان، قبل أن تستعيدهما قوات النظام صيف 2018."
    got = {(e.type, e.place.name, e.actor.side) for e in _events(text, "2026-03-17") if e.place is not None}
    assert got == {("take_control", "تسيل", "isis"), ("take_control", "عدوان", "isis"),
                   ("take_control", "تسيل", "government"), ("take_control", "عدوان", "government")}
    assert _typed("قصفت المدفعية بلدتي تسيل وعدوان بريف درعا الغربي.", "2024-06-02") == {
        ("attack", "تسيل"), ("attack", "عدوان")}


def test_the_spot_of_a_clash_told_before_is_no_second_clash() -> None:
    text = ("اندلع اشتباك مسلح بين عائلتين في بلدة الجيزة مساء أمس. وتحدث ناشطون عن نزوح عائلات من محيط مكان الاشتباك "
            "نحو بلدة المسيفرة.")
    assert ("attack", "المسيفرة") not in _typed(text, "2026-03-17")
    assert ("displacement", "المسيفرة") in _typed(text, "2026-03-17")


def test_a_place_that_stayed_outside_control_is_status() -> None:
    assert _typed("وبقيت مدينة عفرين خارج سيطرة الحكومة منذ عام 2018.", "2019-03-17") == set()
    assert _typed("ولا تزال بلدة تل رفعت خارج سيطرة الفصائل.", "2019-03-18") == set()
    assert _typed("وباتت بلدة كفرنبودة خارج سيطرة قوات النظام بعد معارك عنيفة.", "2019-03-19") == {
        ("take_control", "كفرنبودة")}


def test_an_entry_from_the_side_of_a_road_enters_the_city_recalled() -> None:
    text = ("انتشرت قوات الأمن العام أمس في مدينة منبج. وقال مراسل إن رتلاً من نحو 30 آلية دخل المدينة من جهة طريق حلب "
            "قرابة الظهر.")
    assert _typed(text, "2026-03-20") == {("deploy", "منبج"), ("enter", "منبج")}


def test_an_entry_recalled_before_a_time_clause_keeps_its_place() -> None:
    text = "انتشرت قوات الأمن العام أمس في مدينة منبج. ودخلت وحدات الجيش المدينة بعد أيام من مواجهات في محيط جرابلس."
    assert _typed(text, "2026-03-21") == {("deploy", "منبج"), ("enter", "منبج")}


def test_a_campaign_after_khilal_or_dimna_frames_the_event_told_before_it() -> None:
    text = "وكانت قوات النظام قد سيطرت على بلدة قارة في تشرين الثاني 2013، ضمن حملة عسكرية واسعة في منطقة القلمون."
    assert _typed(text, "2025-08-20") == {("take_control", "قارة")}
    text = "وكانت قسد قد سيطرت على بلدة الكرامة في حزيران 2017 خلال معركة غضب الفرات."
    assert _typed(text, "2026-03-26") == {("take_control", "الكرامة")}
    assert _typed("وتشن قوات النظام منذ أسبوع حملة عسكرية على الغوطة الشرقية.", "2018-02-25") == {
        ("attack", "الغوطة الشرقية")}


def test_where_a_site_lies_is_no_advance() -> None:
    assert _typed("وتقع المزرعة على أطراف قرية شمسين بريف حمص الجنوبي.", "2025-08-20") == set()
    assert _typed("ووصلت قوات الجيش إلى أطراف بلدة القريتين بعد معارك عنيفة.", "2025-08-22") == {
        ("advance", "القريتين")}


def test_a_patrol_that_located_something_tells_no_presence() -> None:
    assert _typed("وحددت دورية من الأمن الداخلي مكان المزرعة الواقعة على أطراف قرية شمسين.", "2025-08-21") == set()
    assert _typed("وسيرت قوى الأمن الداخلي دوريات في أحياء مدينة تلكلخ.", "2025-08-23") == {("deploy", "تلكلخ")}


def test_fields_named_by_their_town_are_at_the_town() -> None:
    events = _events("وسيطرت وحدات حماية الشعب على حقول رميلان النفطية صباح اليوم.", "2013-03-03")
    fields = [e for e in events if e.type == "take_control" and e.place is not None]
    assert len(fields) == 1 and "رميلان" in fields[0].place.aliases and fields[0].place.lat is not None


def test_since_the_night_hours_is_the_night_before_the_report() -> None:
    events = _events("وانتشرت وحدات من الجيش في محيط بلدة سرمدا منذ ساعات الليل.", "2025-07-09")
    assert [e.date.value for e in events if e.type == "deploy"] == ["2025-07-08"]


def test_the_latest_of_repeated_attacks_is_the_event() -> None:
    text = "وتعرضت مدينة القامشلي لهجمات متكررة، كان آخرها قصف طائرة مسيرة حي الهلالية في آذار الماضي."
    assert {etype for etype, _ in _typed(text, "2026-04-28")} == {"attack"}
    assert all("الهلالية" in name for _, name in _typed(text, "2026-04-28"))
