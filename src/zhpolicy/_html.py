"""HTML → text for :func:`zhpolicy.load`: the standard library's parser, block elements as line breaks.

Nothing is fetched: no ``src``, ``href`` or external entity is ever followed; ``<script>``, ``<style>`` and the
other non-text elements are dropped with their content.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

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


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self.skip_depth = 0
        self.in_title = False
        self.in_pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP and tag != "head":
            self.skip_depth += 1
        elif tag in _CELL:
            self.pieces.append("\t")
        elif tag in _BLOCK:
            self.pieces.append("\n")
        if tag == "pre":
            self.in_pre += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self.pieces.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and tag != "head":
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in _BLOCK:
            self.pieces.append("\n")
        if tag == "pre":
            self.in_pre = max(0, self.in_pre - 1)

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        if not self.in_pre:
            data = re.sub(r"[ \t\r\n\f]+", " ", data)
        self.pieces.append(data)


def html_to_text(markup: str) -> str:
    """The visible text of ``markup``: one line per block, cells of a table row separated by tabs."""
    parser = _Extractor()
    parser.feed(markup)
    parser.close()
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
