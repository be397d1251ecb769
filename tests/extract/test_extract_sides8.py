"""Sides of named armed groups across the war (issue 12, task sides8): rebel brigades of 2012-2016, a brigade
that became an IS affiliate, Iraqi militias under Iran, expulsions between two groups of one side. Sentences
written for these tests, with invented details; sides as eval/GUIDELINES.md sets them (those of the event's
time)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str):
    return analyze(Article(id="sd8", raw=text, published=published)).events


def typed_sides(text: str, published: str) -> set[tuple[str, str]]:
    return {(e.type, e.actor.side) for e in events_of(text, published)}


def test_named_rebel_brigades_of_the_early_war_are_the_opposition():
    assert typed_sides("وسيطر لواء التوحيد على حي بستان القصر في حلب.", "2012-10-02") == {
        ("take_control", "opposition")}
    assert typed_sides("وهاجمت كتائب الفاروق حاجزا للجيش في مدينة تلبيسة.", "2012-06-11") == {
        ("attack", "opposition")}
    assert typed_sides("وقصفت ألوية صقور الشام مواقع النظام في بلدة كفرنبل.", "2013-05-07") == {
        ("attack", "opposition")}
    # the claimant of a bombing is its agent, not the army whose checkpoint it hit
    assert typed_sides("وتبنى تنظيم جند الأقصى تفجيرا استهدف حاجزا للجيش في بلدة معردس.", "2016-09-19") == {
        ("attack", "opposition")}


def test_bare_brigades_fighters_are_rebels_until_the_fall():
    assert typed_sides("وانسحب مقاتلو الكتائب من بلدة القصير.", "2013-06-05") == {("withdraw", "opposition")}


def test_a_brigade_merged_into_an_is_affiliate_changes_side_with_its_merger():
    """The Yarmouk Martyrs Brigade merged into the Khalid ibn al-Walid Army in May 2016; "شهداء" in its
    name counts no dead."""
    assert typed_sides("وسيطر لواء شهداء اليرموك على بلدة تسيل.", "2015-03-20") == {("take_control", "opposition")}
    assert typed_sides("وسيطر لواء شهداء اليرموك على بلدة تسيل.", "2016-09-20") == {("take_control", "isis")}


def test_iraqi_militias_named_by_their_movement_are_irans_side():
    assert typed_sides("وتقدمت حركة النجباء نحو مدينة البوكمال.", "2017-11-01") == {("advance", "iran")}


def test_an_expulsion_between_two_groups_of_one_side_is_the_subjects():
    """"طردت X مقاتلي Y من البلدة": X expels, also when X and Y are both rebels."""
    assert typed_sides("وطردت حركة أحرار الشام مقاتلي جند الأقصى من بلدة سرمين.", "2017-01-25") == {
        ("take_control", "opposition")}


def test_two_objects_joined_by_and_are_both_expelled():
    """"طرد (pro-drop) مقاتلي X ومقاتلي Y من البلدة": the expeller is not named here; the force they lost to
    is their adversary."""
    got = typed_sides("وطرد الجيش عناصر جبهة النصرة من بلدة مورك، ثم طرد مقاتلي النصرة ومقاتلي أحرار الشام"
                      " من بلدة صوران.", "2019-08-24")
    assert got == {("take_control", "government")}


def test_iraqi_militias_backed_by_iran_are_irans_side():
    assert typed_sides("وتمركزت ميليشيات عراقية موالية لإيران في مدينة الميادين.", "2018-01-09") == {
        ("deploy", "iran")}
    # a nationality alone says where fighters come from, not whose side they are on
    assert typed_sides("وتمركزت ميليشيات عراقية في مدينة الميادين.", "2018-01-09") == {("deploy", "unknown")}


def test_named_militias_take_the_side_of_who_commands_them():
    # Iraqi militias under the IRGC, not Lebanon's Hezbollah for all the name they share
    assert typed_sides("وتمركزت كتائب حزب الله العراقية في محيط مدينة الميادين.", "2018-03-04") == {
        ("deploy", "iran")}
    assert typed_sides("وهاجمت عصائب أهل الحق مواقع للتنظيم قرب مدينة البوكمال.", "2017-11-15") == {
        ("attack", "iran")}
    # pro-government militias
    assert typed_sides("وسيطرت كتائب البعث على تلة قرب مدينة السخنة.", "2017-08-10") == {
        ("take_control", "government")}
    assert typed_sides("وتقدمت قوات درع القلمون نحو مدينة القريتين.", "2016-03-30") == {("advance", "government")}


def test_remnant_groups_of_2025_are_unknown_and_sdf_councils_are_the_sdf():
    assert typed_sides("وهاجم مسلحو درع الساحل حاجزا للأمن العام في مدينة بانياس.", "2025-03-06") == {
        ("attack", "unknown")}
    assert typed_sides("وسيطرت قوات الصناديد على قرية قرب بلدة اليعربية.", "2019-05-02") == {
        ("take_control", "sdf")}


def test_factions_dissolved_into_the_new_army_are_the_government_after_january_2025():
    """Ahrar al-Sham, Jaysh al-Islam and others were dissolved into the new army on 29 Jan 2025."""
    assert typed_sides("وانتشر مقاتلو جيش الإسلام في مدينة دوما.", "2018-02-01") == {("deploy", "opposition")}
    assert typed_sides("وانتشر مقاتلو جيش الإسلام في مدينة دوما.", "2025-03-01") == {("deploy", "government")}
    assert typed_sides("وتقدمت حركة أحرار الشام نحو بلدة كفرنبودة.", "2019-05-20") == {("advance", "opposition")}


def test_fighters_of_a_named_group_in_the_construct_nominative_are_that_group():
    """"هاجم مقاتلو X" / "مسلحو X": the construct form of مقاتلون/مسلحون before a group names its members;
    the group is the force, and its patrol target is not a deployment of theirs."""
    assert typed_sides("وهاجم مقاتلو درع الساحل دورية للجيش قرب مدينة جبلة.", "2025-03-07") == {
        ("attack", "unknown")}
    assert typed_sides("وهاجم مسلحو درع الساحل دورية للجيش قرب مدينة جبلة.", "2025-03-07") == {
        ("attack", "unknown")}


def test_a_group_claiming_a_strike_is_its_agent_not_its_target():
    """"أعلن X مسؤوليته عن قصف Y": the claimant tells of its own strike, not of one on it."""
    assert typed_sides("وأعلن جيش الإسلام مسؤوليته عن قصف حي المزة بالصواريخ.", "2015-08-20") == {
        ("attack", "opposition")}
    # a claim the group denies is its denial of its own strike: the act denied, of its side (task conv36)
    assert typed_sides("ونفى جيش الإسلام مسؤوليته عن قصف حي المزة بالصواريخ.", "2015-08-20") == {
        ("attack", "opposition")}
    # a claim no one made names no agent
    assert typed_sides("ولم يعلن أي فصيل مسؤوليته عن قصف حي المزة بالصواريخ.", "2015-08-20") == {
        ("attack", "unknown")}


def test_more_named_groups_of_the_sdf_and_the_rebels():
    assert typed_sides("وتقدمت قوات حماية المرأة نحو بلدة الشدادي.", "2016-02-15") == {("advance", "sdf")}
    assert typed_sides("وقصف لواء الحق حاجزا للجيش في حي الخالدية.", "2012-12-03") == {("attack", "opposition")}


def test_a_named_tribe_or_clan_is_a_tribal_force():
    """"مقاتلو عشيرة X" / "قبيلة X": a clan named by its own name is a tribal force (unknown), not the
    force whose post it stormed."""
    assert typed_sides("واقتحم مقاتلو عشيرة الشعيطات مقرا لقسد في بلدة الكشكية.", "2023-09-01") == {
        ("enter", "unknown")}
    assert typed_sides("وسيطرت قوات الغيث على تلة قرب مدينة داريا.", "2016-08-01") == {("take_control", "government")}
