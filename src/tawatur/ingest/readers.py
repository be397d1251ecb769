"""Inputs to :class:`~tawatur.model.Article` objects: files, folders, globs, stdin, URLs and feeds.

Every failure is reported through ``on_error(source, reason)`` and the run goes on: one bad file in a
folder of thousands must not stop the rest, and nothing good is dropped because a neighbour was bad.
"""
from __future__ import annotations

import glob
import hashlib
import json
import os
import re
import stat
import sys
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from ..model import Article
from .decode import IngestError, decode_bytes, detect_language, normalize_newlines
from .html import extract_page, html_to_text
from .published import parse_published, published_day

ErrorHandler = Callable[[str, str], None]
FEED_EXTS = (".xml", ".rss", ".atom")
HTML_EXTS = (".html", ".htm", ".xhtml")
# Every kind a file named on the command line is read as: a saved feed or .xhtml page in a folder
# is read too, not passed over without a word.
FOLDER_EXTS = (".txt", *HTML_EXTS, ".json", ".jsonl", *FEED_EXTS)
GZIP_MAGIC = b"\x1f\x8b"
SIDECAR = ".meta.json"  # NAME.meta.json beside NAME.txt / NAME.html holds that file's metadata
SIDECAR_KEYS = ("outlet", "published", "url", "title", "author")
SUBSTANTIAL_CHARS = 400  # a feed item's own content below this is a teaser: fetch the page instead
_GLOB_CHARS = set("*?[")
_UNSAFE = re.compile("[\x00\ud800-\udfff]")


def outlet_of(url: str | None) -> str | None:
    """The outlet named by a URL: its host without ``www.``."""
    if not url:
        return None
    host = (urlparse(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else (host or None)


def url_id(url: str) -> str:
    """A stable, file-name-safe article id for a URL: host plus a short hash."""
    host = outlet_of(url) or "url"
    return f"{host}-{hashlib.sha1(url.encode('utf-8')).hexdigest()[:10]}"


def _iso(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):  # a nested object is not a field value
        return None
    s = _safe_str(str(value)).strip()
    return s or None


def set_published(article: Article, value: object, basis: str) -> None:
    """Read ``value`` as the article date (see :mod:`.published`); a value that is not a date is
    dropped with a warning, never kept verbatim. ``basis`` says where the date came from."""
    ref = published_day(str(article.meta.get("fetched") or "")) if article.meta.get("fetched") else None
    iso, warning = parse_published(value, ref)
    if warning:
        article.warnings.append(warning)
    if iso:
        article.published = iso
        article.meta["published_basis"] = basis
    elif basis == article.meta.get("published_basis") or article.published == value:
        article.published = None
        article.meta.pop("published_basis", None)


def loads_json(text: str) -> Any:
    """``json.loads`` that turns a document nested too deep for Python into a clear
    :class:`IngestError` (``RecursionError`` would otherwise end the whole run)."""
    try:
        return json.loads(text)
    except RecursionError as exc:
        raise IngestError("JSON nested too deeply to read (thousands of levels)") from exc


def _safe_str(value: str) -> str:
    """A JSON string without what breaks the later stages and stores: a NUL or a lone surrogate
    (``"\\u0000"``, ``"\\ud800"``) becomes U+FFFD, one character for one, so offsets hold."""
    return _UNSAFE.sub("\ufffd", value)


def finish(article: Article) -> Article:
    """Fill what every reader sets the same way: newlines, language, outlet from the URL, and the
    ``published`` value read as a date (or dropped with a warning)."""
    article.raw = normalize_newlines(article.raw)
    article.language = detect_language(article.raw)
    if article.published is not None:
        set_published(article, article.published, article.meta.get("published_basis", "metadata"))
    if not article.outlet:
        article.outlet = article.meta.get("canonical_outlet") or outlet_of(article.url)
    return article


def _note_encoding(article: Article, encoding: str) -> Article:
    if encoding.startswith("utf-8 ("):  # UTF-8 with a few invalid bytes replaced (decode.py)
        if _has_replacement(article):  # only the records that held one are told
            what = "NUL in text" if "NUL character" in encoding else "invalid UTF-8"
            article.warnings.append(f"{what}: {encoding[7:-1]}")
            article.meta["encoding"] = "utf-8"
    elif encoding not in ("utf-8", "ascii", "utf_8"):
        article.warnings.append(f"decoded as {encoding} (not UTF-8)")
        article.meta["encoding"] = encoding
    return article


def _has_replacement(article: Article) -> bool:
    fields = (article.raw, article.html, article.title, article.url, article.outlet, article.published,
              article.author, article.id)
    return any(isinstance(f, str) and "\ufffd" in f for f in fields)


def from_html(html: str, art_id: str, url: str | None = None, **meta: Any) -> Article:
    """An article from a page: trafilatura's text becomes ``raw``, the page stays in ``html``."""
    page = extract_page(html, url)
    if not page.text.strip():
        title = meta.get("title") or page.title
        if title and title.strip():  # a page that is only its headline, as a title-only record is
            return headline_only(art_id, title, url, html=html, published=meta.get("published") or page.date,
                                 outlet=meta.get("outlet") or None, author=meta.get("author") or page.author,
                                 source_path=meta.get("source_path"))
        raise IngestError("HTML page has no readable text")
    art = Article(id=art_id, raw=page.text, html=html, url=url, title=meta.get("title") or page.title,
                  published=meta.get("published") or page.date, author=meta.get("author") or page.author,
                  outlet=meta.get("outlet") or None, source_path=meta.get("source_path"))
    if page.canonical_url:
        art.meta["canonical_url"] = page.canonical_url
        art.meta["canonical_outlet"] = outlet_of(page.canonical_url)
    if page.site_name:
        art.meta["site_name"] = page.site_name
        art.meta.setdefault("canonical_outlet", page.site_name)
    if not art.outlet and not art.meta.get("canonical_outlet") and not url and page.hostname:
        art.outlet = page.hostname.removeprefix("www.")
    art.meta["extractor"] = page.method
    return art


HEADLINE_ONLY = "no text: the title is read as the article (a headline-only item, as a flash is sent)"


def headline_only(art_id: str, title: str, url: str | None, **meta: Any) -> Article:
    """A record or feed item that is only a headline ("عاجل: ..." flashes, feeds that send titles) is
    an article whose text is its title: dropping it loses a report the outlet made. It has no title
    besides: the cleaner would cut a body line equal to the title as the title repeated."""
    art = Article(id=art_id, raw=title.strip(), url=url, **meta)
    art.warnings.append(HEADLINE_ONLY)
    return art


def from_record(rec: Any, default_id: str, source_path: str) -> Article:
    """An article from one JSON record (keys id, url, outlet, published, title, text or html)."""
    if not isinstance(rec, dict):
        raise IngestError(f"record is a JSON {type(rec).__name__}, not an object")
    art_id = _iso(rec.get("id")) or default_id
    url = _iso(rec.get("url"))
    meta = {"title": _iso(rec.get("title")), "published": _iso(rec.get("published")),
            "outlet": _iso(rec.get("outlet")), "author": _iso(rec.get("author")),
            "source_path": source_path}
    text, html = rec.get("text"), rec.get("html")
    text = _safe_str(text) if isinstance(text, str) else text
    html = _safe_str(html) if isinstance(html, str) else html
    if isinstance(text, str) and text.strip():
        art = Article(id=art_id, raw=text, url=url, title=meta["title"], published=meta["published"],
                      outlet=meta["outlet"], author=meta["author"], source_path=source_path)
    elif isinstance(html, str) and html.strip():
        art = from_html(html, art_id, url, **meta)
    elif meta["title"] and meta["title"].strip():
        art = headline_only(art_id, meta["title"], url, published=meta["published"], outlet=meta["outlet"],
                            author=meta["author"], source_path=source_path)
    else:
        raise IngestError("record has no non-empty 'text', 'html' or 'title'")
    if art.outlet and art.outlet.lower() in ("unknown", "none"):
        art.outlet = None
    fetched = _iso(rec.get("fetched") or rec.get("retrieved"))
    if fetched and published_day(fetched):
        art.meta["fetched"] = fetched  # the reference for a relative 'published' ("yesterday")
    return finish(art)


def _looks_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head or "<p>" in head and "</p>" in head)


def _looks_feed(text: str) -> bool:
    head = text[:1000].lstrip().lower()
    return head.startswith("<?xml") and any(t in text[:3000].lower() for t in ("<rss", "<feed", "<rdf"))


def read_text_blob(text: str, stem: str, source: str, encoding: str, ext: str,
                   on_error: ErrorHandler, fetch: Callable[[str], Iterator[Article]]) -> Iterator[Article]:
    """Articles from the decoded text of one file, stdin or download, by extension or sniffing."""
    for art in _read_blob(text, stem, source, ext, on_error, fetch):
        yield _note_encoding(art, encoding)


def _read_blob(text: str, stem: str, source: str, ext: str,
               on_error: ErrorHandler, fetch: Callable[[str], Iterator[Article]]) -> Iterator[Article]:
    if ext == ".jsonl":
        yield from _read_jsonl(text, stem, source, on_error)
    elif ext == ".json" or (ext == "" and text.lstrip()[:1] in "[{"):
        yield from _read_json(text, stem, source, on_error)
    elif ext in FEED_EXTS or _looks_feed(text):
        yield from read_feed(text, source, on_error, fetch, stem)
    elif ext in HTML_EXTS or _looks_html(text):
        yield finish(from_html(text, stem, source_path=source))
    else:
        yield finish(Article(id=stem, raw=text, source_path=source))


def _read_jsonl(text: str, stem: str, source: str, on_error: ErrorHandler,
                first_line: int = 1, sniff: bool = True) -> Iterator[Article]:
    if sniff and _one_json_document(text):  # a pretty-printed .json saved as .jsonl
        yield from _read_json(text, stem, source, on_error)
        return
    for lineno, line in enumerate(text.split("\n"), first_line):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            rec = loads_json(line)
        except json.JSONDecodeError as exc:
            on_error(where, f"malformed JSON line: {exc.msg} at column {exc.colno}")
            continue
        except IngestError as exc:
            on_error(where, str(exc))
            continue
        art = _record_or_report(rec, f"{stem}-{lineno}", source, where, on_error)
        if art is not None:
            yield art


def _first_line_is_json(text: str) -> bool:
    """True when the first non-blank line is a whole JSON value: the file is JSON lines, whatever its
    extension says (one record a line, each line's error its own)."""
    line = next((ln for ln in text.split("\n", 50) if ln.strip()), "")
    try:
        loads_json(line)
    except (json.JSONDecodeError, IngestError):
        return False
    return True


def _one_json_document(text: str) -> bool:
    """True when a .jsonl file is one JSON document over several lines (an indented array or object):
    read line by line, each of its lines would be a malformed record and every article lost."""
    if text.count("\n", 0, len(text.rstrip())) == 0 or _first_line_is_json(text):
        return False
    try:
        loads_json(text)
    except (json.JSONDecodeError, IngestError):
        return False
    return True


def _record_or_report(rec: Any, default_id: str, source: str, where: str,
                      on_error: ErrorHandler) -> Article | None:
    """One record as an article, or None after reporting why: whatever goes wrong inside one
    record (even a bug of ours) is that record's error, never the end of the file or the run."""
    try:
        return from_record(rec, default_id, source)
    except IngestError as exc:
        on_error(where, str(exc))
    except RecursionError:
        on_error(where, "record nested too deeply to read")
    except Exception as exc:  # reported with its type, and the next record goes on
        on_error(where, f"record could not be read ({type(exc).__name__}: {exc})")
    return None


def _read_json(text: str, stem: str, source: str, on_error: ErrorHandler) -> Iterator[Article]:
    try:
        data = loads_json(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and _first_line_is_json(text):  # JSON lines saved as .json
            yield from _read_jsonl(text, stem, source, on_error, sniff=False)
            return
        on_error(f"{source}:{exc.lineno}", f"malformed JSON: {exc.msg} at column {exc.colno}")
        return
    except IngestError as exc:
        on_error(source, str(exc))
        return
    records = data if isinstance(data, list) else [data]
    for i, rec in enumerate(records, 1):
        art = _record_or_report(rec, stem if len(records) == 1 else f"{stem}-{i}", source,
                                f"{source}[{i}]", on_error)
        if art is not None:
            yield art


def read_feed(text: str, source: str, on_error: ErrorHandler,
              fetch: Callable[[str], Iterator[Article]], stem: str | None = None) -> Iterator[Article]:
    """Each feed item becomes an article: its own content when substantial, else its linked page.
    ``stem`` names the feed in the ids of items that have neither link nor guid ("stdin" for a feed
    piped in; the file or URL's stem by default)."""
    stem = stem or Path(source).stem or "feed"
    feed = _parse_feed(text)
    if not feed.entries:
        reason = str(feed.get("bozo_exception") or "no items")
        on_error(source, f"feed has no readable items ({reason})")
        return
    broken = _cut_feed(text)
    if broken:
        on_error(source, f"feed looks cut short ({broken}); its {len(feed.entries)} readable item(s) "
                         "are read, anything after the cut is lost")
    for i, entry in enumerate(feed.entries, 1):
        try:
            for art in _feed_item(entry, i, _item_id(entry, stem, i), source, on_error, fetch):
                if broken:
                    art.warnings.append(f"from a feed that looks cut short ({broken})")
                yield art
        except Exception as exc:  # one bad item never costs the others
            on_error(f"{source}#{i}", f"feed item could not be read ({type(exc).__name__}: {exc})")


def _cut_feed(text: str) -> str | None:
    """Why the feed looks cut short (a download stopped mid-way), or None. feedparser's loose parser
    still reads the items before the cut, and nothing would say the rest is missing. Other XML faults
    (a stray control character) lose nothing and are not told."""
    tail = text[-300:].lower()  # a cache's trailing comment may follow the closing tag
    if any(end in tail for end in ("</rss>", "</feed>", "</rdf:rdf>", "</rdf>")):
        return None
    return "it ends without its closing </rss> or </feed> tag"


def _parse_feed(text: str) -> Any:
    """feedparser on the text as a byte stream: given a string, feedparser downloads it when it looks
    like a URL and opens it when it names a local file, and a feed must never make us do either."""
    import io

    import feedparser

    data = _BAD_CHARREF.sub(_charref_fix, text).encode("utf-8", "replace")
    try:
        return feedparser.parse(io.BytesIO(data),
                                response_headers={"content-type": "application/xml; charset=utf-8"})
    except (ValueError, TypeError, AttributeError, IndexError, KeyError) as exc:  # its own bugs
        raise IngestError(f"feed cannot be parsed ({type(exc).__name__}: {exc})") from exc


_BAD_CHARREF = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,16})|([0-9]{1,20}));?")


def _charref_fix(m: re.Match[str]) -> str:
    """A numeric character reference no character has (``&#x110000;``, ``&#0;``: feedparser raises
    on them) becomes U+FFFD; the others stay as written."""
    code = int(m.group(1), 16) if m.group(1) else int(m.group(2))
    return m.group() if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "&#xFFFD;"


_SAFE_GUID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


def _item_id(entry: Any, stem: str, i: int) -> str:
    """A feed item's id, the same whenever and from wherever the feed is read: from its link, else its
    guid (an item's place in a feed moves as news is added; a guid that is no URL is unique within its
    feed only, so the feed's stem leads it, and it is kept as written when it is a short safe name),
    else the feed's stem and the item's place."""
    link, guid = entry.get("link"), str(entry.get("id") or "").strip()
    if link:
        return url_id(link)
    if guid.startswith(("http://", "https://")):
        return url_id(guid)
    if _SAFE_GUID.fullmatch(guid):
        return f"{stem}-{guid}"
    if guid:
        return f"{stem}-{hashlib.sha1(guid.encode('utf-8', 'surrogatepass')).hexdigest()[:10]}"
    return f"{stem}-{i}"


def _feed_item(entry: Any, i: int, art_id: str, source: str, on_error: ErrorHandler,
               fetch: Callable[[str], Iterator[Article]]) -> Iterator[Article]:
    """The article of item ``i`` (``art_id``): its own content when substantial, else its linked page."""
    link = entry.get("link") or None
    published = _entry_date(entry)
    body = ""
    if entry.get("content"):
        body = entry["content"][0].get("value", "")
    body = body or entry.get("summary", "")
    text = html_to_text(body) if "<" in body else body.strip()
    title = html_to_text(f"<p>{entry.get('title', '')}</p>") or None
    if len(text) >= SUBSTANTIAL_CHARS or not (link and link.startswith(("http://", "https://"))):
        if not text and not title:
            on_error(f"{source}#{i}", "feed item has no text, no title and no link to fetch")
            return
        if text:
            art = Article(id=art_id, raw=text, html=body if "<" in body else None, url=link, title=title,
                          published=published, source_path=source)
        else:
            art = headline_only(art_id, title or "", link, published=published, source_path=source)
        art.meta["from_feed"] = source
        yield finish(art)
        return
    for art in fetch(link):
        art.title = art.title or title
        art.published = art.published or published
        art.meta["from_feed"] = source
        yield art


def _entry_date(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed:
        return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
    return None


def expand(inputs: list[str], on_error: ErrorHandler) -> Iterator[str]:
    """Inputs to concrete sources: folders walked recursively, globs expanded; URLs and "-" as is."""
    for item in inputs:
        if item == "-" or item.startswith(("http://", "https://")):
            yield item
        elif os.path.isdir(item):
            found = [p for p in _walk(item, on_error) if _folder_kind(p) in FOLDER_EXTS]
            for p in sorted(p for p in found if p.is_symlink() and not p.exists()):
                on_error(str(p), "symbolic link to nothing (its target is missing, or it loops back to "
                                 "itself)")
            files = sorted(p for p in found if p.is_file() and not is_sidecar(p))
            if not files:
                on_error(item, f"folder holds no {' '.join(FOLDER_EXTS)} file (nor one of them .gz)")
            yield from (str(p) for p in files)
        elif os.path.exists(item):
            yield item
        elif _GLOB_CHARS & set(item):
            matches = sorted(m for m in glob.glob(item, recursive=True)
                             if os.path.isfile(m) and not is_sidecar(Path(m)))
            if not matches:
                on_error(item, "no file matches this pattern")
            yield from matches
        elif os.path.islink(item):
            on_error(item, "symbolic link to nothing (its target is missing, or it loops back to itself)")
        else:
            on_error(item, "no such file or folder")


def _walk(folder: str, on_error: ErrorHandler) -> Iterator[Path]:
    """Every entry under ``folder`` but hidden ones, without following links to folders (a link back
    up would loop). A sub-folder that cannot be listed is reported, never skipped in silence."""
    def failed(exc: OSError) -> None:
        on_error(str(exc.filename or folder), f"cannot read folder: {exc.strerror or exc}")

    for root, dirs, names in os.walk(folder, onerror=failed):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        yield from (Path(root, n) for n in names if not n.startswith("."))


def _folder_kind(path: Path) -> str:
    """The extension that says how a file in a folder is read: ``a.jsonl.gz`` reads as ``.jsonl``."""
    suffix = path.suffix.lower()
    return Path(path.stem).suffix.lower() if suffix == ".gz" else suffix


def read_file(path: str, max_bytes: int, on_error: ErrorHandler,
              fetch: Callable[[str], Iterator[Article]]) -> Iterator[Article]:
    truncated = None
    try:
        if _is_big_jsonl(path, max_bytes):
            yield from guarded(_stream_jsonl(path, max_bytes, on_error), path, on_error)
            return
        data = _read_regular(path, max_bytes)
        if data[:2] == GZIP_MAGIC:
            data, truncated = gunzip(data, max_bytes)
        text, encoding = decode_bytes(data)
    except IngestError as exc:
        on_error(path, str(exc))
        return
    except OSError as exc:
        on_error(path, f"cannot read: {exc.strerror or exc}")
        return
    if truncated:
        on_error(path, truncated)
    p = Path(path[:-3]) if path.lower().endswith(".gz") else Path(path)
    sidecar = read_sidecar(p, on_error)
    stream = read_text_blob(text, p.stem, path, encoding, p.suffix.lower(), on_error, fetch)
    for art in guarded(stream, path, on_error):
        if truncated:
            art.warnings.append(truncated)
        yield apply_sidecar(art, sidecar) if sidecar else art


def _is_big_jsonl(path: str, max_bytes: int) -> bool:
    """A regular .jsonl file over the byte limit: one article a line, so the limit is per line."""
    try:
        st = os.stat(path)
    except OSError:
        return False
    return stat.S_ISREG(st.st_mode) and st.st_size > max_bytes and path.lower().endswith(".jsonl")


def _stream_jsonl(path: str, max_bytes: int, on_error: ErrorHandler) -> Iterator[Article]:
    """The records of a .jsonl file larger than ``max_bytes``, read a line at a time: a 50 MB export
    of 20,000 articles is analysed, not refused whole; a line over the limit is that line's error."""
    stem = Path(path).stem
    with open(path, "rb") as fh:
        lineno = 0
        while line := fh.readline(max_bytes + 1):
            lineno += 1
            where = f"{path}:{lineno}"
            if len(line) > max_bytes and not line.endswith(b"\n"):
                while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                    pass  # the rest of the over-long line is skipped, the next line is read
                on_error(where, f"line is larger than the {max_bytes:,}-byte limit")
                continue
            if not line.strip():
                continue
            try:
                text, encoding = decode_bytes(line)
            except IngestError as exc:
                on_error(where, str(exc))
                continue
            for art in _read_jsonl(text, stem, path, on_error, first_line=lineno, sniff=False):
                yield _note_encoding(art, encoding)


def _read_regular(path: str, max_bytes: int) -> bytes:
    """The bytes of a regular file. A FIFO, socket or device is refused before it is opened: opening
    a FIFO waits for a writer forever, and /dev/zero never ends."""
    st = os.stat(path)
    if not stat.S_ISREG(st.st_mode):
        raise IngestError("not a regular file (a pipe, socket or device); give its content on stdin")
    if st.st_size > max_bytes:
        raise IngestError(f"file is {st.st_size:,} bytes, larger than the {max_bytes:,}-byte limit")
    with open(path, "rb") as fh:
        data = fh.read(max_bytes + 1)  # a file that grew since stat still stops at the cap
    if len(data) > max_bytes:
        raise IngestError(f"file grew past the {max_bytes:,}-byte limit while being read")
    return data


def gunzip(data: bytes, max_bytes: int) -> tuple[bytes, str | None]:
    """The content of a gzip file (all members), capped at ``max_bytes`` while decompressing (a small
    bomb never fills memory). A cut file keeps what came before the cut, with the reason as second
    value (None when whole): the complete records of a cut .jsonl.gz are still good."""
    out = bytearray()
    rest = data
    while rest[:2] == GZIP_MAGIC:
        dec = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            out += dec.decompress(rest, max_bytes + 1 - len(out))
        except zlib.error as exc:
            if not out:
                raise IngestError(f"corrupt gzip data ({exc})") from exc
            return bytes(out), f"gzip data corrupt after {len(out):,} bytes ({exc}); the rest is lost"
        if len(out) > max_bytes:
            raise IngestError(f"gzip content is larger than the {max_bytes:,}-byte limit")
        if not dec.eof:
            if not out.strip():
                raise IngestError("gzip file is truncated before any content")
            return bytes(out), (f"gzip file is truncated (a cut download?): only the first {len(out):,} "
                                "bytes of its content were read")
        rest = dec.unused_data
    return bytes(out), None


def guarded(stream: Iterator[Article], source: str, on_error: ErrorHandler) -> Iterator[Article]:
    """``stream``, with any error raised while reading it reported for ``source``: what was already
    read is kept, and the inputs after it go on (a bug of ours on a strange page included)."""
    try:
        yield from stream
    except IngestError as exc:
        on_error(source, str(exc))
    except RecursionError:
        on_error(source, "input nested too deeply to read")
    except Exception as exc:  # reported with its type; never the end of the run
        on_error(source, f"could not be read ({type(exc).__name__}: {exc})")


def sidecar_path(path: Path) -> Path:
    """Where the metadata of a .txt/.html file lives: ``NAME.meta.json`` beside ``NAME.txt``."""
    return path.with_name(path.stem + SIDECAR)


def is_sidecar(path: Path) -> bool:
    """True for ``NAME.meta.json`` when ``NAME.<ext>`` is beside it (so a folder walk skips it)."""
    if not path.name.lower().endswith(SIDECAR):
        return False
    stem = path.name[: -len(SIDECAR)]
    return any(path.with_name(stem + ext).exists() for ext in (".txt", *HTML_EXTS))


def read_sidecar(path: Path, on_error: ErrorHandler) -> dict[str, Any]:
    """The metadata in a file's sidecar (outlet, published, url, title, author), or {}.

    A text file carries no date or outlet of its own; the sidecar gives them. A broken sidecar is
    reported and the article is still read (without the metadata)."""
    if path.suffix.lower() not in (".txt", *HTML_EXTS):
        return {}
    side = sidecar_path(path)
    if not side.is_file():
        return {}
    try:
        data = loads_json(side.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, IngestError) as exc:
        on_error(str(side), f"sidecar is not readable JSON ({exc}); metadata ignored")
        return {}
    if not isinstance(data, dict):
        on_error(str(side), "sidecar is not a JSON object; metadata ignored")
        return {}
    unknown = sorted(set(data) - set(SIDECAR_KEYS) - {"id"})
    meta = {k: data[k] for k in SIDECAR_KEYS if data.get(k) not in (None, "")}
    if unknown:
        meta["_unknown"] = unknown
    meta["_path"] = str(side)
    return meta


def apply_sidecar(article: Article, meta: dict[str, Any]) -> Article:
    """The sidecar's values override what the file itself gave (they were written for it)."""
    for key in ("outlet", "url", "title", "author"):
        if key in meta:
            value = _iso(meta[key])
            setattr(article, key, _safe_str(value) if value else None)
    if "published" in meta:
        set_published(article, meta["published"], "sidecar")
    if meta.get("_unknown"):
        article.warnings.append(f"sidecar keys ignored: {', '.join(meta['_unknown'])}")
    article.meta["sidecar"] = Path(meta["_path"]).name
    if not article.outlet:
        article.outlet = outlet_of(article.url)
    return article


def apply_defaults(article: Article, outlet: str | None, published: str | None) -> Article:
    """Command-line ``--outlet`` / ``--published`` for an article that has none of its own."""
    if outlet and not article.outlet:
        article.outlet = outlet
        article.meta["outlet_basis"] = "flag"
    if published and not article.published:
        set_published(article, published, "flag")
    return article


def read_stdin(max_bytes: int, on_error: ErrorHandler,
               fetch: Callable[[str], Iterator[Article]]) -> Iterator[Article]:
    data = sys.stdin.buffer.read(max_bytes + 1)
    truncated = None
    try:
        if len(data) > max_bytes:
            raise IngestError(f"stdin is larger than the {max_bytes:,}-byte limit")
        if data[:2] == GZIP_MAGIC:  # `curl ... | tawatur analyze -` of a .gz, or `cat x.jsonl.gz |`
            data, truncated = gunzip(data, max_bytes)
        text, encoding = decode_bytes(data)
    except IngestError as exc:
        on_error("-", str(exc))
        return
    if truncated:
        on_error("-", truncated)
    for art in guarded(read_text_blob(text, "stdin", "-", encoding, "", on_error, fetch), "-", on_error):
        if truncated:
            art.warnings.append(truncated)
        yield art
