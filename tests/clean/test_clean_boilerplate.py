"""The furniture classifier on pages written for these tests: furniture out, body and subheadings in."""
from __future__ import annotations

from tawatur.clean.boilerplate import clean_article, load_cues, mark_repeated_lines, parse_dateline
from tawatur.model import Article

PAGE = """سوريا-ميداني
14-03-2018 | 18:20
قوات النظام تتقدم في الغوطة الشرقية وتفصلها إلى جزأين
تقدمت قوات النظام السوري اليوم الأربعاء في بلدة مسرابا بالغوطة الشرقية، وقالت مصادر محلية إن القصف لم يتوقف منذ الفجر على البلدات المجاورة.

دبابة على طريق ريفي
وأحصى المرصد السوري لحقوق الإنسان 23 قتيلا مدنيا جراء الغارات على بلدة حمورية، بينهم أطفال ونساء.
نزوح من حمورية
وأفاد ناشطون بأن آلاف المدنيين خرجوا من حمورية عبر ممر تشرف عليه قوات النظام باتجاه بلدة عدرا، فيما نفت الفصائل أي اتفاق على إخلاء البلدة.
وأضاف الناشطون أن فرق الدفاع المدني لم تتمكن من الوصول إلى الأحياء المدمرة بسبب استمرار القصف العنيف.
اقرأ أيضاً: ماذا يعني سقوط مسرابا للفصائل في الغوطة؟
وأكدت وكالة الأنباء الرسمية أن الجيش أحكم سيطرته على مزارع بيت سوى بعد معارك مع المسلحين.
شارك
تابعونا على فيسبوك وتويتر
إذا لاحظت خطأ في هذا الخبر يمكنك الإبلاغ عن خطأ عبر النموذج
الأكثر مشاهدة
اقتصاد
13-03-2018 10:05
ارتفاع أسعار الذهب في الأسواق المحلية
رياضة
12-03-2018 22:40
المنتخب يستعد لمباراته الودية المقبلة في العاصمة"""


def lines_of(art: Article) -> dict[int, str]:
    return {r.line: r.reason for r in art.removed}


def test_furniture_is_removed_with_reasons() -> None:
    art = clean_article(Article(id="t", raw=PAGE))
    removed = lines_of(art)
    raw_lines = PAGE.split("\n")
    expected_cut = {1, 2, 3, 6, 11, 13, 14, 15, *range(16, 23)}
    assert set(removed) == expected_cut, {n: raw_lines[n - 1] for n in set(removed) ^ expected_cut}
    assert removed[1] == "section label" and removed[2] == "dateline"
    assert removed[6] == "image caption" and removed[11] == "read-also link"
    assert removed[13] == "share line" and removed[14] == "follow-us line"
    assert removed[15] == "correction footer"
    assert removed[16] == "most-read block" and removed[18].endswith("(timestamp)")
    kinds = {r.line: r.kind for r in art.removed}
    assert kinds[1] == "label" and kinds[2] == "date" and kinds[3] == "title" and kinds[6] == "caption"


def test_body_and_subheadings_are_kept_with_exact_spans() -> None:
    art = clean_article(Article(id="t", raw=PAGE))
    kept = art.text.split("\n")
    assert "نزوح من حمورية" in kept  # an in-body subheading stays
    assert kept[0].startswith("تقدمت قوات النظام") and kept[-1].startswith("وأكدت وكالة")
    assert len(kept) == len(art.body_spans) == 6
    for (a, b), line in zip(art.body_spans, kept, strict=True):
        assert art.raw[a:b] == line


def test_title_and_date_are_set_when_missing_but_not_overwritten() -> None:
    art = clean_article(Article(id="t", raw=PAGE))
    assert art.title == "قوات النظام تتقدم في الغوطة الشرقية وتفصلها إلى جزأين"
    assert art.published == "2018-03-14T18:20"
    given = clean_article(Article(id="t", raw=PAGE, title="عنوان آخر من الموقع", published="2018-03-15"))
    assert given.title == "عنوان آخر من الموقع" and given.published == "2018-03-15"
    assert 3 not in lines_of(given)  # not the given title: the headline line is not called a title


def test_keep_all_removes_nothing_but_finds_title_and_date() -> None:
    art = Article(id="t", raw=PAGE, meta={"keep_all": True})
    clean_article(art)
    assert art.removed == []
    assert len(art.body_spans) == sum(1 for x in PAGE.split("\n") if x.strip())
    assert art.title and art.published == "2018-03-14T18:20"


def test_article_without_headline_keeps_its_first_line() -> None:
    raw = ("أعلنت وحدات حماية الشعب الكردية انسحابها من مدينة منبج بعد اتفاق مع الجانب الأمريكي، وقالت إن "
           "مقاتليها سلموا مواقعهم إلى مجلس منبج العسكري.\n"
           "اتفاق منبج\n"
           "وذكرت مصادر تركية أن دوريات مشتركة ستبدأ في المنطقة خلال أيام، فيما لم يصدر تعليق من دمشق.")
    art = clean_article(Article(id="m", raw=raw))
    assert art.removed == [] and art.title is None
    assert art.text == raw


def test_related_block_between_paragraphs_ends_at_the_body() -> None:
    raw = ("اشتباكات في دير الزور\n\n"
           "اندلعت اشتباكات عنيفة بين قوات سوريا الديمقراطية ومسلحين من العشائر في بلدة ذيبان بريف دير الزور الشرقي.\n\n"
           "أخبار ذات صلة\n\n"
           "هل تنجح الوساطة بين العشائر و\"قسد\"؟\n"
           "ما الذي يجري شرق الفرات..\n\n"
           "وقال سكان إن الاشتباكات أدت إلى نزوح عشرات العائلات من البلدة باتجاه القرى المجاورة ليلة أمس.\n\n"
           "مشاركة :\n"
           "A+ A-")
    art = clean_article(Article(id="d", raw=raw))
    kept = art.text.split("\n")
    assert len(kept) == 2 and kept[1].startswith("وقال سكان")
    reasons = {r.text: r.reason for r in art.removed}
    assert reasons["أخبار ذات صلة"] == "related-links block"
    assert reasons["مشاركة :"] == "share line" and reasons["A+ A-"] == "font-size buttons"


def test_credit_and_comment_lines() -> None:
    raw = ("الدفاع التركية: مقتل جنديين في هجوم قرب عفرين\n"
           "وكالات\n"
           "أعلنت وزارة الدفاع التركية مقتل جنديين وإصابة ثلاثة آخرين في هجوم استهدف نقطة عسكرية قرب مدينة عفرين.\n"
           "جميع الحقوق محفوظة لشبكة المثال الإخبارية 2018\n"
           "التعليقات المنشورة لا تعبر عن رأي الموقع")
    art = clean_article(Article(id="c", raw=raw))
    assert {r.reason for r in art.removed} == {"title", "site name", "copyright", "comment policy"}
    assert art.text.startswith("أعلنت وزارة الدفاع")


def test_repeated_lines_across_one_outlet() -> None:
    slogan = "شبكة المثال: الخبر كما هو"
    arts = [Article(id=f"r{i}", outlet="example.net", raw=(
        f"وقال مصدر محلي إن قذائف سقطت على حي الميدان في دمشق ظهر اليوم وأوقعت {i} جرحى بين المدنيين.\n{slogan}"))
        for i in (2, 3)]
    other = Article(id="o", outlet="other.net", raw=arts[0].raw)
    mark_repeated_lines([*arts, other])
    assert "outlet_repeated" not in other.meta
    for art in arts:
        clean_article(art)
        assert [r.reason for r in art.removed] == ["repeated across outlet"]
        assert "حي الميدان" in art.text
    clean_article(other)
    assert slogan in other.text


def test_parse_dateline_forms() -> None:
    cues = load_cues()
    assert parse_dateline("07-12-2024 | 02:47", cues) == "2024-12-07T02:47"
    assert parse_dateline("10/8/2025 3:44:00 PM", cues) == "2025-10-08T15:44"
    assert parse_dateline("2016-12-22", cues) == "2016-12-22"
    assert parse_dateline("الخميس 22 كانون الأول 2016", cues) == "2016-12-22"
    assert parse_dateline("السبت، ٧ ديسمبر ٢٠٢٤ - ١٠:١٥ ص", cues) == "2024-12-07T10:15"
    assert parse_dateline("لا تاريخ هنا", cues) is None
