"""HTML pages to text with trafilatura, never executing or keeping markup.

trafilatura finds the main text, title, date and author of a page. A short page or a feed item's
fragment can be too small for it; then a plain lxml walk drops script/style/nav/aside/footer and
keeps block text one line each. Either way ``raw`` is text only: no tag, script or handler survives.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

_DROP = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
         "nav", "header", "footer", "aside", "form", "button", "select", "head")
_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "tr", "section", "article",
          "blockquote", "figcaption", "dd", "dt", "pre", "table", "ul", "ol", "main"}
_SPACES = re.compile(r"[ \t\u00a0]+")
# what libxml2 refuses in a string ("All strings must be XML compatible"): C0 controls other than tab,
# newline and carriage return, lone surrogates (a JSON "\\ud800"), and the two non-characters
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` with every character lxml refuses replaced by a space (a form feed, a stray escape)."""
    return _NOT_XML.sub(" ", text)


def parse_html(html: str) -> object | None:
    """An lxml tree of ``html`` (made XML-safe first), or None when nothing can be parsed.

    Parsers get this tree, never the string: htmldate and feedparser treat a string that looks like
    a URL or a file path as something to download or open, and a page must never make us fetch."""
    import lxml.html
    from lxml import etree

    safe = xml_safe(html)
    if not safe.strip():
        return None
    try:
        return lxml.html.fromstring(safe)
    except (etree.ParserError, ValueError):
        return None


@dataclass
class PageText:
    text: str
    title: str | None = None
    date: str | None = None
    author: str | None = None
    hostname: str | None = None
    method: str = "trafilatura"
    canonical_url: str | None = None  # the page's own <link rel=canonical> or og:url
    site_name: str | None = None  # og:site_name / application-name


_HEAD_TAGS = re.compile(r"<(?:link|meta)\b[^>]*>", re.I)
_ATTR = re.compile(r"""([a-zA-Z_:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")


def page_identity(html: str) -> tuple[str | None, str | None]:
    """(canonical URL, site name) a page states about itself in its <head>.

    A page fetched from a mirror, a cache or a local server (127.0.0.1) still names the site that
    published it in ``<link rel="canonical">``, ``og:url`` and ``og:site_name``; the outlet is that
    site, not the host it was fetched from. Only http(s) URLs count; nothing is fetched.
    """
    canonical = og_url = site = None
    for tag in _HEAD_TAGS.findall(html[:200_000]):
        attrs = {m[0].lower(): (m[1] or m[2] or m[3]).strip() for m in _ATTR.findall(tag)}
        rel, prop = attrs.get("rel", "").lower(), (attrs.get("property") or attrs.get("name") or "").lower()
        if rel == "canonical" and attrs.get("href", "").startswith(("http://", "https://")):
            canonical = canonical or attrs["href"]
        elif prop == "og:url" and attrs.get("content", "").startswith(("http://", "https://")):
            og_url = og_url or attrs["content"]
        elif prop in ("og:site_name", "application-name") and attrs.get("content"):
            site = site or " ".join(attrs["content"].split())[:120]
    return canonical or og_url, site


def html_to_text(html: str) -> str:
    """Visible block text of an HTML fragment or page, one block a line, without scripts or styles."""
    from lxml import etree

    root = parse_html(html)
    if root is None:
        return stream_text(html)
    for bad in root.xpath("|".join(f"//{t}" for t in _DROP)):
        if bad is not root:
            bad.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCK:
            el.tail = "\n" + (el.tail or "")
            if el.tag.lower() != "br":
                el.text = "\n" + (el.text or "")
    for el in root.iter(etree.Comment, etree.ProcessingInstruction):
        el.text = ""
    text = "".join(t for t in root.itertext(tag=None) if isinstance(t, str))
    return _tidy(text) or stream_text(html)


def _tidy(text: str) -> str:
    lines = (_SPACES.sub(" ", ln).strip() for ln in text.split("\n"))
    return "\n".join(ln for ln in lines if ln)


class _TextCollector(HTMLParser):
    """Visible text from a stream of tags, with no tree: nesting depth costs nothing here, where
    libxml2 stops at 256 levels and drops everything deeper (a page of 100,000 nested <div>)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.dropping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _DROP:
            self.dropping += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP:
            self.dropping = max(0, self.dropping - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.dropping:
            self.parts.append(data)


def stream_text(html: str) -> str:
    """The visible block text of ``html`` read as a stream of tags (the fallback when lxml's tree
    holds none); scripts, styles and the other dropped elements stay out, markup never gets in."""
    collector = _TextCollector()
    try:  # "<![" opens a marked section html.parser asserts on unless it is CDATA: make it a comment
        collector.feed(_MARKED.sub("<!", xml_safe(html)))
        collector.close()
    except (AssertionError, ValueError):  # html.parser's own checks: keep what was read before
        pass
    return _tidy("".join(collector.parts))


_MARKED = re.compile(r"<!\[")


# A news page has a few thousand elements; trafilatura's time grows faster than their number (a page
# of a million <p> took minutes), the plain walk stays linear. Above this the walk reads the page.
MAX_TRAFILATURA_ELEMENTS = 100_000


def _more_elements_than(tree: object, limit: int) -> bool:
    for n, _ in enumerate(tree.iter(), 1):  # type: ignore[attr-defined]
        if n > limit:
            return True
    return False


def extract_page(html: str, url: str | None = None) -> PageText:
    """Main text and metadata of a page: trafilatura first, the plain block walk when it finds nothing."""
    import trafilatura

    doc = None
    tree = parse_html(html)
    huge = tree is not None and _more_elements_than(tree, MAX_TRAFILATURA_ELEMENTS)
    try:
        if tree is not None and not huge:
            doc = trafilatura.bare_extraction(tree, url=url, with_metadata=True, include_comments=False,
                                              include_tables=True, favor_recall=True)
    except Exception:  # trafilatura can choke on odd pages; the fallback still reads them
        doc = None
    data = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    text = (data.get("text") or "").strip()
    title = (data.get("title") or None)
    date = data.get("date") or None
    author = data.get("author") or None
    hostname = data.get("hostname") or None
    method = "trafilatura"
    if len(text) < 40:
        text = html_to_text(html)
        method = f"lxml (over {MAX_TRAFILATURA_ELEMENTS:,} elements)" if huge else "lxml"
        if not title:
            title = _page_title(html)
        if not date:
            date = _htmldate(html, url)
    canonical, site = page_identity(html)
    return PageText(text=text, title=title, date=date, author=author, hostname=hostname, method=method,
                    canonical_url=canonical, site_name=site)


def _page_title(html: str) -> str | None:
    tree = parse_html(html)
    found = tree.find(".//title") if tree is not None else None
    if found is None:
        return None
    return _SPACES.sub(" ", found.text_content()).strip() or None


def _htmldate(html: str, url: str | None) -> str | None:
    """The page's date by htmldate, given a parsed tree: given a string that looks like a URL,
    ``find_date`` would download it (a page must never make us fetch anything)."""
    tree = parse_html(html)
    if tree is None:
        return None
    try:
        from htmldate import find_date

        return find_date(tree, url=url, extensive_search=False, original_date=True)
    except Exception:  # a date is a bonus; a page without one is still read
        return None
