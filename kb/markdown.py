"""Guide Markdown: steps split on `## ` headings, rendered with raw HTML off, then sanitised.

Two layers on purpose. markdown-it with `html` off never passes raw HTML through and
refuses `javascript:`-style links; nh3 (Ammonia) then keeps only an allow-list of tags and
attributes, links to http/https/mailto, and images served by the helpdesk itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import nh3
from django.utils.safestring import SafeString, mark_safe
from markdown_it import MarkdownIt

STEP_HEADING = re.compile(r"^##[ \t]+(?P<title>.+?)[ \t#]*$", re.MULTILINE)
OWN_IMAGE = re.compile(r"^/guides/images/[0-9a-f-]{36}/$")
ALLOWED_TAGS = {
    "p", "br", "strong", "em", "ul", "ol", "li", "a", "code", "pre", "blockquote",
    "h3", "h4", "img", "hr",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "title"}}
URL_SCHEMES = {"http", "https", "mailto"}


@dataclass(frozen=True)
class Step:
    number: int
    title: str
    body: str

    @property
    def html(self) -> SafeString:
        return render_markdown(self.body)


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})


def _only_own_images(tag: str, attribute: str, value: str) -> str | None:
    if tag == "img" and attribute == "src" and not OWN_IMAGE.match(value):
        return None
    return value


def sanitise(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=_only_own_images,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )


# Windows paths as people type them: \\office-server\shared\Listings, C:\Users\Maria.
# Markdown reads "\\" as an escaped backslash and eats one, so these become code spans.
WINDOWS_PATH = re.compile(r"(?<![\w`\\])(?:\\\\[\w.$-]+|[A-Za-z]:\\)(?:[^\s\\`<>|\"*?]*\\?)*")
CODE_OR_FENCE = re.compile(r"^(```|~~~)[^\n]*\n.*?^\1[ \t]*$|`+[^`\n]*`+", re.MULTILINE | re.DOTALL)
TRAILING = ".,;:!?)'\""


def _path_as_code(match: re.Match[str]) -> str:
    path = match.group(0)
    kept = path.rstrip(TRAILING)
    return f"`{kept}`{path[len(kept) :]}"


def protect_paths(text: str) -> str:
    """Put Windows and network paths in code spans (outside existing code), so every
    backslash survives Markdown, in the page and in the e-mail."""
    out: list[str] = []
    position = 0
    for code in CODE_OR_FENCE.finditer(text or ""):
        out.append(WINDOWS_PATH.sub(_path_as_code, text[position : code.start()]))
        out.append(code.group(0))
        position = code.end()
    out.append(WINDOWS_PATH.sub(_path_as_code, (text or "")[position:]))
    return "".join(out)


def render_markdown(text: str) -> SafeString:
    """Markdown written by staff → HTML safe to put in any page."""
    html = _parser().render(protect_paths(text or ""))
    return mark_safe(sanitise(html))  # noqa: S308 - sanitised above


def split_steps(text: str) -> list[Step]:
    """`## Title` lines start steps; text before the first heading is ignored."""
    matches = list(STEP_HEADING.finditer(text or ""))
    steps = []
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        body = text[match.end() : end].strip()
        steps.append(Step(number=index + 1, title=match.group("title").strip(), body=body))
    return steps


def steps_markdown(steps: list[tuple[str, str]]) -> str:
    return "\n\n".join(f"## {title}\n\n{body}".rstrip() for title, body in steps) + "\n"


MARKUP = re.compile(r"!\[[^\]]*\]\([^)]*\)|\[([^\]]*)\]\([^)]*\)|[*_`]+|^[#>]+", re.MULTILINE)


def plain_text(text: str) -> str:
    """Markdown without its markup, for search and for reading-grade checks."""
    return " ".join(MARKUP.sub(lambda m: m.group(1) or "", text or "").split())


HEADING = re.compile(r"^#{1,6}[ \t]+(?P<title>.+?)[ \t#]*$")
IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\([^)]*\)")
LINK = re.compile(r"\[(?P<text>[^\]]+)\]\((?P<url>[^)\s]+)\)")
STRONG = re.compile(r"(\*\*|__)(?=\S)(?P<inner>.+?)(?<=\S)\1")
EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=\S)(?P<inner>[^*_\n]+?)(?<=\S)\1(?![\w*])")
CODE = re.compile(r"`(?P<inner>[^`\n]+)`")
ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!])")


FENCE_LINE = re.compile(r"^[ \t]*(```|~~~)")
HELD = "\ue000{}\ue001"  # private-use marks around a held-back piece, never in typed text
HELD_BACK = re.compile("\ue000(\\d+)\ue001")


def email_text(text: str) -> str:
    """Markdown → the plain-text part of an e-mail: no stray `**` or `###` for a reader
    who has never seen Markdown. Headings are underlined; links keep their address; code
    (paths included) and fenced blocks come through exactly as typed."""
    lines: list[str] = []
    in_fence = False
    for line in protect_paths(text or "").splitlines():
        if FENCE_LINE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            lines.append(line.rstrip())
            continue
        heading = HEADING.match(line)
        if heading:
            title = _inline_text(heading.group("title"))
            lines.extend([title, "-" * len(title)])
            continue
        lines.append(_inline_text(line).rstrip())
    return "\n".join(lines).strip() + "\n"


def _inline_text(line: str) -> str:
    held: list[str] = []

    def hold(piece: str) -> str:
        held.append(piece)
        return HELD.format(len(held) - 1)

    # Code and escaped characters first, so nothing inside them is read as markup.
    line = CODE.sub(lambda m: hold(m.group("inner")), line)
    line = ESCAPED.sub(lambda m: hold(m.group(1)), line)
    line = IMAGE.sub(lambda m: m.group("alt"), line)
    line = LINK.sub(
        lambda m: (
            m.group("text")
            if m.group("text") == m.group("url")
            else f"{m.group('text')} ({m.group('url')})"
        ),
        line,
    )
    line = STRONG.sub(lambda m: m.group("inner"), line)
    line = EMPHASIS.sub(lambda m: m.group("inner"), line)
    return HELD_BACK.sub(lambda m: held[int(m.group(1))], line)
