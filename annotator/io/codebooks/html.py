"""A printable codebook (one self-contained HTML file) for a paper's appendix or coder training.

Variables become sections, codes become entries in MacQueen et al.'s order — definition, when to
use, when not to use, example — indented by their depth in the tree, with a colour swatch and the
shortcut key. Retired codes are left out: the appendix documents the instrument as used. Print it
from a browser (A4 or Letter); the stylesheet avoids splitting an entry across pages.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from annotator.core.codebook_draft import COLOUR, DraftCodebook
from annotator.core.labels import label_key
from annotator.io.atomic import atomic_output

STYLE = """
body { font: 11pt/1.45 Georgia, 'Times New Roman', serif; max-width: 48em; margin: 2em auto;
       color: #222; }
h1 { font-size: 1.6em; margin-bottom: .2em; }
h2 { margin-top: 1.8em; border-bottom: 1px solid #999; }
.meta, .kind { color: #555; font-size: .95em; }
.code { margin: .9em 0; page-break-inside: avoid; break-inside: avoid; }
.code h3 { font-size: 1.05em; margin: 0 0 .2em; }
.swatch { display: inline-block; width: .8em; height: .8em; border: 1px solid #666;
          margin-right: .4em; vertical-align: baseline; }
.key { font: .85em monospace; border: 1px solid #aaa; border-radius: 3px; padding: 0 .3em; }
dl { margin: 0; } dt { font-style: italic; float: left; clear: left; width: 9.5em; }
dd { margin-left: 10em; white-space: pre-wrap; }
@media print { body { margin: 0; max-width: none; } }
"""


def _paragraphs(text: str) -> str:
    return escape(text.strip())


def build_html(draft: DraftCodebook) -> str:
    title = draft.name or "Codebook"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
    ]
    if draft.version:
        parts.append(f'<p class="meta">Version {escape(draft.version)}</p>')
    if draft.description:
        parts.append(f"<p>{_paragraphs(draft.description)}</p>")
    for variable in draft.variables:
        kind = variable.kind.value if variable.kind else "category"
        several = "several codes per span" if variable.multiple else "one code per span"
        extra = ", coders may add codes" if variable.open else ""
        parts.append(f"<h2>{escape(variable.label or variable.name)}</h2>")
        parts.append(
            f'<p class="kind">Variable <code>{escape(variable.name)}</code>: {kind}, '
            f"{several}{extra}.</p>"
        )
        if variable.description:
            parts.append(f"<p>{_paragraphs(variable.description)}</p>")
        hidden: set[str] = set()
        for code, depth in draft.walk(variable.name):
            if code.retired or (code.parent and label_key(code.parent) in hidden):
                hidden.add(label_key(code.label))
                continue
            swatch = (
                f'<span class="swatch" style="background:{code.colour}"></span>'
                if code.colour and COLOUR.match(code.colour)
                else ""
            )
            key = f' <span class="key">{escape(code.shortcut)}</span>' if code.shortcut else ""
            parts.append(f'<div class="code" style="margin-left:{depth * 1.5}em">')
            parts.append(f"<h3>{swatch}{escape(code.label)}{key}</h3><dl>")
            entries = (
                ("Definition", code.definition),
                ("When to use", code.include),
                ("When not to use", code.exclude),
                ("Example", code.example),
            )
            for name, value in entries:
                if value.strip():
                    parts.append(f"<dt>{name}</dt><dd>{_paragraphs(value)}</dd>")
            parts.append("</dl></div>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def write_codebook_html(draft: DraftCodebook, target: Path) -> None:
    text = build_html(draft)
    with atomic_output(target) as temporary:
        temporary.write_text(text, encoding="utf-8")
