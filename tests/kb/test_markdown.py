"""Guide Markdown: raw HTML off, then sanitised; only http/https/mailto links; own images only."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from kb.markdown import email_text, plain_text, render_markdown, split_steps

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">click</a>',
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](javascript&#58;alert(1))",
    "[click](&#106;avascript:alert(1))",
    "[click](java%0ascript:alert(1))",
    "[click]( javascript:alert(1))",
    "[click](vbscript:msgbox(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![x](javascript:alert(1))",
    '<svg onload="alert(1)"></svg>',
    '<iframe src="https://evil.example"></iframe>',
    '<div style="background:url(javascript:alert(1))">x</div>',
    "[x](<javascript:alert(1)>)",
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    "**bold**<style>body{display:none}</style>",
]


class TagCollector(HTMLParser):
    """Every element and attribute a browser would build from the HTML."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, attrs))


SAFE_TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "ul",
    "ol",
    "li",
    "a",
    "code",
    "pre",
    "blockquote",
    "h3",
    "h4",
    "img",
    "hr",
}


@pytest.mark.parametrize("payload", PAYLOADS)
def test_nothing_executable_survives(payload: str) -> None:
    collector = TagCollector()
    collector.feed(str(render_markdown(payload)))
    for tag, attributes in collector.elements:
        assert tag in SAFE_TAGS, (payload, tag)
        for name, value in attributes:
            assert not name.startswith("on") and name != "style", (payload, name)
            if name in ("href", "src"):
                # What a browser would see after removing control characters and spaces.
                seen = "".join(ch for ch in (value or "") if ch.isprintable() and not ch.isspace())
                assert not re.match(r"(?i)(javascript|vbscript|data):", seen), (payload, value)


def test_safe_formatting_is_kept() -> None:
    html = str(
        render_markdown(
            "**Bold**, *italic*, [help](https://example.org) and [mail](mailto:help@example.org)"
        )
    )
    assert "<strong>Bold</strong>" in html and "<em>italic</em>" in html
    assert '<a href="https://example.org" rel="noopener noreferrer nofollow">help</a>' in html
    assert 'href="mailto:help@example.org"' in html


def test_only_the_helpdesks_own_images_are_shown() -> None:
    own = "/guides/images/0b6f0b4e-1f9e-4a49-9c5f-8d1a2a3b4c5d/"
    html = str(render_markdown(f"![ours]({own}) ![theirs](https://tracker.example/pixel.png)"))
    assert f'src="{own}"' in html
    assert "tracker.example" not in html


def test_raw_html_is_shown_as_text_not_markup() -> None:
    html = str(render_markdown("<b>not bold</b>"))
    assert "<b>" not in html and "&lt;b&gt;" in html


def test_steps_are_split_on_level_two_headings() -> None:
    steps = split_steps(
        "Intro ignored\n\n## Open File Explorer\n\nClick the folder.\n\n"
        "## Click This PC ##\n\nOn the left."
    )
    assert [(s.number, s.title, s.body) for s in steps] == [
        (1, "Open File Explorer", "Click the folder."),
        (2, "Click This PC", "On the left."),
    ]
    assert split_steps("no headings here") == []


def test_plain_text() -> None:
    assert (
        plain_text("## Step\n\nClick **Print** in [the menu](https://x.org) ![pic](/a.png)")
        == "Step Click Print in the menu"
    )


def test_email_text_reads_as_plain_text() -> None:
    from kb.markdown import email_text

    text = email_text(
        "Hello,\n\n**Your files are safe.**\n\n### What happened\n\nIt was *odd*, see "
        "[the guide](https://help.example/g/) and `Ctrl` \\*.\n\nBest wishes,  \nSam"
    )
    assert text == (
        "Hello,\n\nYour files are safe.\n\nWhat happened\n-------------\n\nIt was odd, see "
        "the guide (https://help.example/g/) and Ctrl *.\n\nBest wishes,\nSam\n"
    )
    assert email_text("") == "\n"


@pytest.mark.parametrize(
    ("typed", "path"),
    [
        (r"Open \\office-server\shared\Listings and look.", r"\\office-server\shared\Listings"),
        (r"It's at \\nas01\photos.", r"\\nas01\photos"),
        (r"Save it in C:\Users\Maria\Documents, then close.", r"C:\Users\Maria\Documents"),
        (r"(The share is \\srv-2\Marks$\2026)", r"\\srv-2\Marks$\2026"),
        (r"Type `\\office-server\shared` in the box.", r"\\office-server\shared"),
    ],
)
def test_windows_and_network_paths_keep_every_backslash(typed: str, path: str) -> None:
    assert f"<code>{path}</code>" in render_markdown(typed)
    assert path in email_text(typed)
    assert path in email_text(f"## Step\n\n{typed}")


def test_paths_in_fenced_blocks_stay_as_typed() -> None:
    typed = "```\nnet use S: \\\\office-server\\shared\n```\n"
    assert "net use S: \\\\office-server\\shared" in render_markdown(typed)
    assert "net use S: \\\\office-server\\shared" in email_text(typed)


def test_escaped_markup_reads_as_the_character_in_text_email() -> None:
    assert email_text(r"Press \*, then \# and **OK**.") == "Press *, then # and OK.\n"
