"""HTML → text for :func:`zhpolicy.load`: a small tokenizer, block elements as line breaks.

Nothing is fetched: no ``src``, ``href`` or external entity is ever followed; ``<script>``, ``<style>`` and the
other non-text elements are dropped with their content.

The tokenizer is ours, not the standard library's ``html.parser``: that parser rescans the rest of the page from
every unfinished tag (``<a b='`` repeated takes minutes for 100 KB), and pages come from anywhere. Each step here
moves forward; a tag, comment or declaration that never ends takes the rest of the page with it, as in a browser.
"""

from __future__ import annotations

import html
import re
from functools import cache

import regex

__all__ = ["html_to_text", "sniff_charset"]

# Elements whose start and end break a line (so paragraphs, list items and table rows stay apart).
_BLOCK = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "br",
        "caption",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "html",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "tfoot",
        "thead",
        "title",
        "tr",
        "ul",
    ]
)
# Elements whose content is not text a reader sees.
_SKIP = frozenset(
    ["script", "style", "noscript", "template", "head", "svg", "math", "object", "iframe", "canvas", "select", "button"]
)
_CELL = frozenset(("td", "th"))
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-]{2,40})""", re.I)


# After "<": a comment, a declaration or processing instruction, an end tag or a start tag (names as browsers read
# them). The rest of a tag up to its ">" is _TAG_REST: a quoted value may hold ">"; an unclosed quote is text.
# Possessive quantifiers: a tag that never ends is read once, to the end of the page, not again from each "<".
_OPEN = regex.compile(r"<(?:(!--)|([!?])|/([A-Za-z][^\t\n\f\r />]*+)|/|([A-Za-z][^\t\n\f\r />]*+))")
_TAG_REST = regex.compile(r"""(?:[^>=]++|=[\t\n\f\r ]*+(?:"[^"]*+"|'[^']*+')?+)*+>""")
# Elements whose content is raw text, read up to their end tag: markup inside them is not markup. The content of
# the first group is dropped; of the second, shown.
_RAW_HIDDEN = frozenset(("script", "style", "noscript", "iframe", "noembed", "noframes"))
_RAW_SHOWN = frozenset(("title", "textarea", "xmp"))
_SPACE = re.compile(r"[ \t\r\n\f]+")


@cache
def _raw_end(tag: str) -> regex.Pattern[str]:
    return regex.compile(rf"</{tag}[\t\n\f\r />]", regex.IGNORECASE)


class _Extractor:
    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.skip_depth = 0
        self.in_pre = 0

    def starttag(self, tag: str) -> None:
        if tag in _SKIP and tag != "head":
            self.skip_depth += 1
        elif tag in _CELL:
            self.pieces.append("\t")
        elif tag in _BLOCK:
            self.pieces.append("\n")
        if tag == "pre":
            self.in_pre += 1

    def startendtag(self, tag: str) -> None:
        if tag in _BLOCK:
            self.pieces.append("\n")

    def endtag(self, tag: str) -> None:
        if tag in _SKIP and tag != "head":
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in _BLOCK:
            self.pieces.append("\n")
        if tag == "pre":
            self.in_pre = max(0, self.in_pre - 1)

    def data(self, raw: str) -> None:
        if self.skip_depth or not raw:
            return
        data = html.unescape(raw)
        if not self.in_pre:
            data = _SPACE.sub(" ", data)
        self.pieces.append(data)

    def feed(self, markup: str) -> None:
        """Tokenize ``markup`` in one forward pass."""
        position = text_from = 0  # where to look for the next "<"; where the text not yet handed on starts
        while (at := markup.find("<", position)) >= 0:
            opened = _OPEN.match(markup, at)
            if opened is None:  # "<" before a space, a digit, …: text
                position = at + 1
                continue
            self.data(markup[text_from:at])
            comment, declaration, end_name, start_name = opened.groups()
            if comment or declaration or not (end_name or start_name):
                # a comment ends at "-->" ("<!-->" is an empty one); "<!…>", "<?…>" and "</…>" at the next ">"
                closer = "-->" if comment else ">"
                close = markup.find(closer, at + 2 if comment else opened.end())
                if close < 0:
                    return  # never closed: the rest of the page is inside it
                position = text_from = close + len(closer)
                continue
            rest = _TAG_REST.match(markup, opened.end())
            if rest is None:
                return  # a tag cut off by the end of the page
            position = text_from = rest.end()
            if end_name:
                self.endtag(end_name.lower())
                continue
            tag = start_name.lower()
            if rest.end() - 2 >= opened.end() and markup[rest.end() - 2] == "/":
                self.startendtag(tag)
                continue
            self.starttag(tag)
            if tag in _RAW_HIDDEN or tag in _RAW_SHOWN:
                found = _raw_end(tag).search(markup, position)
                close = found.start() if found else len(markup)
                if tag in _RAW_SHOWN:
                    self.data(markup[position:close])
                position = text_from = close
        self.data(markup[text_from:])


def html_to_text(markup: str) -> str:
    """The visible text of ``markup``: one line per block, cells of a table row separated by tabs."""
    parser = _Extractor()
    parser.feed(markup)
    lines = []
    for raw in "".join(parser.pieces).split("\n"):
        line = raw.strip(" ")
        if line.strip():
            lines.append(line.lstrip("\t"))
    return "\n".join(lines) + ("\n" if lines else "")


def sniff_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 4 KB (``<meta charset=…>``), if any."""
    found = _CHARSET.search(data[:4096])
    return found.group(1).decode("ascii").lower() if found else None
