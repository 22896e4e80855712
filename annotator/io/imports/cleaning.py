"""Separate the article from the web-page boilerplate in scraped plain-text news.

Researchers import text files scraped from news sites that still carry navigation, photo credits,
captions, "Subscribe" buttons and comment widgets. Coders must annotate the article, not the page
around it, so this module finds the article body and recovers the title, outlet, date and dateline
from the lines it drops. It only ever drops whole lines: every kept line is a line of the input,
verbatim, so nothing a researcher later quotes was invented or altered here. Pure stdlib, no Qt.
"""

from __future__ import annotations

import datetime
import itertools
import re
from dataclasses import dataclass

from annotator.io.imports.dates import find_date


@dataclass(frozen=True)
class CleanedArticle:
    """The article found in a scraped page, plus what was dropped around it."""

    text: str  # the article body, paragraphs joined by "\n"
    title: str | None
    outlet: str | None
    published: datetime.date | None
    dateline: str | None  # e.g. "MOSCOW (Sputnik)"
    removed_lines: tuple[str, ...]  # every non-blank input line not in `text`, in input order


PROSE_MIN_CHARS = 50
PROSE_MIN_WORDS = 6
MAX_GAP_LINES = 3  # non-blank non-prose lines allowed between two paragraphs of one body
WEAK_BOILERPLATE_MAX_CHARS = 80
LINK_LIST_MAX_LINES = 5
TITLE_MIN_CHARS, TITLE_MAX_CHARS = 8, 250
CAPTION_MIN_CHARS = 12
CAPTION_MAX_DISTANCE = 5  # lines between a photo credit and the caption repeating it
SCRAPED_MIN_SIGNALS = 2

_SENTENCE_END = re.compile(r"""(?:[.!?…]|["”»])["'”»’)\]]*$""")

# Lines that are boilerplate whatever their length.
_PHOTO_CREDIT = re.compile(
    r"^(?:©|\(c\)\s|copyright\b|photo\s*(?::|by\b)|photos\s*:|image\s*:|credit\s*:|фото\s*[:—–-])"
    r"|go to the mediabank|перейти в (?:медиа|фото)банк",
    re.IGNORECASE,
)
_STRONG_BOILERPLATE = re.compile(
    r"to participate in the discussion|log in or register|чтобы участвовать в дискуссии"
    r"|авторизуйтесь или зарегистрируйтесь|заголовок открываемого материала",
    re.IGNORECASE,
)
# Reprint and paywall notices printed above or below an article (Dow Jones, FT, news sites).
_NOTICE = re.compile(
    r"this copy is for your personal,? non-commercial use only"
    r"|to order presentation-ready copies for distribution"
    r"|(?:subscribe|sign in|log in) (?:now )?to (?:continue|keep) reading"
    r"|(?:continue|keep) reading with (?:a|your) subscription"
    r"|this (?:article|content|story) is (?:only )?(?:available|reserved) (?:to|for) subscribers",
    re.IGNORECASE,
)
# A cookie notice names cookies and asks for consent; two searches keep long lines linear.
_COOKIE = re.compile(r"\bcookies?\b|\bкуки\b", re.IGNORECASE)
_COOKIE_CONSENT = re.compile(
    r"\b(?:use|uses|accept|consent|agree|policy|settings)\b|использ|соглас|принять|политик",
    re.IGNORECASE,
)
# Short lines that are boilerplate when they make up the whole line.
_WEAK_BOILERPLATE = re.compile(
    r"\d{1,6}|subscribe(?: to .*| now)?|sign up.*|.*newsletter.*|news ?feed|latest news"
    r"|(?:log|sign) in(?: to comment)?|comments?(?: \(\d+\))?|\d+ comments?|(?:leave|add) a comment"
    r"|loader|loading\.*|chats?|share(?: this(?: article| story)?)?|share on .*|tweet|print"
    r"|copy link|e-?mail|facebook|twitter|whatsapp|telegram|vk|advertisement|sponsored"
    r"|follow us.*|back to top|skip to (?:main )?content|menu|search|home"
    r"|accept(?: all)?(?: cookies)?"
    r"|privacy policy.*|terms of (?:use|service).*|all rights reserved\.?"
    r"|подписаться.*|подпишитесь.*|лента новостей|комментарии(?: \(\d+\))?|\d+ комментари\w*"
    r"|чаты?|поделиться|реклама|принять|войти|главное|все новости|читать далее|читать полностью"
    r"|все права защищены\.?",
    re.IGNORECASE,
)
# "Read more" markers; alone on a line they introduce link titles on the lines that follow.
_READ_MORE = re.compile(
    r"^(?:read (?:more|also)|see also|also read|related(?: articles| stories)?|more on this"
    r"|you may also like|recommended|most read|trending|читайте также|смотрите также|см\. также"
    r"|по теме|ещё по теме|еще по теме|материалы по теме)\b\s*[:.…]?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^(?:by|автор:?)\s+\S", re.IGNORECASE)
_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
_BREADCRUMB_SEPARATORS = re.compile(r"\s[|/>•·»]\s")

# "- Sputnik International, 1920" or "Caption - Sputnik International, 1920, 10.06.2022": the
# site name and image width that Sputnik/RIA-style pages leave next to every picture.
_SITE_LINE = re.compile(
    r"^\s*(?:[-–—]\s+(?P<outlet>[^,\n]{2,60}?),\s*\d{3,4}"
    r"|(?P<core>\S.*?)\s+[-–—]\s+(?P<og_outlet>[^,\n]{2,60}?),\s*\d{3,4},\s*\d{1,2}\.\d{1,2}\.\d{4})"
    r"\s*$"
)
_COPYRIGHT_OUTLET = re.compile(
    r"(?:^|\s)(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?"
    r"(?P<name>[^/|,.\n]+?)\s*(?:\b\d{4}\s*)?(?:[/|,.]|$)",
    re.IGNORECASE,
)
_RIGHTS_RESERVED = re.compile(r"all rights reserved|все права защищены|\b(?:19|20)\d\d\b", re.I)
_PHOTO_AGENCIES = frozenset(
    {"getty images", "shutterstock", "depositphotos", "unsplash", "ap photo", "afp", "epa"}
)

_CITY = r"[A-ZА-ЯЁ][A-ZА-ЯЁ.'’\- ]{1,40}"
_DATELINES = (
    # MOSCOW (Sputnik) - / WASHINGTON, June 10 (Reuters) -
    re.compile(
        rf"^(?P<dateline>{_CITY}(?:,\s*[^()\n]{{1,30}}?)?\s*\((?P<agency>[^()\n]{{1,40}})\))"
        r"\s*[-–—]+\s"
    ),
    # МОСКВА, 10 июн — РИА Новости.
    re.compile(
        rf"^(?P<dateline>{_CITY},\s*\d{{1,2}}\s+\w+\.?\s*[-–—]\s*(?P<agency>[^.\n]{{2,40}}?))"
        r"\.\s"
    ),
    # МОСКВА, 10 июня. /ТАСС/.
    re.compile(
        rf"^(?P<dateline>{_CITY},\s*\d{{1,2}}\s+\w+\.?\s*/(?P<agency>[^/\n]{{2,30}})/)\.?\s"
    ),
    # LONDON —
    re.compile(r"^(?P<dateline>[A-ZА-ЯЁ][A-ZА-ЯЁ.'’\- ]{1,40}[A-ZА-ЯЁ.])\s+[-–—]\s"),
)

_PUBLISHED = re.compile(r"\b(?:published|posted|опубликовано)\b", re.IGNORECASE)


def looks_scraped(text: str) -> bool:
    """True when the text carries web boilerplate (credits, widgets, site lines, captions)."""
    lines = text.split("\n")
    captions = _caption_indices(lines)
    signals = 0
    for index, line in enumerate(lines):
        stripped = line.strip()
        if stripped and (
            _is_boilerplate(stripped) or _SITE_LINE.match(stripped) or index in captions
        ):
            signals += 1
            if signals >= SCRAPED_MIN_SIGNALS:
                return True
    return False


def clean_scraped_text(text: str) -> CleanedArticle:
    """Find the article body in a scraped page and the metadata in the lines around it."""
    lines = text.split("\n")
    captions = _caption_indices(lines)
    dropped = _boilerplate_indices(lines, captions)
    body_range = _body_range(lines, dropped)
    if body_range is None:
        kept = [i for i, line in enumerate(lines) if line.strip() and i not in dropped]
        title, dateline, agency = None, None, None
    else:
        start, end = body_range
        kept = [i for i in range(start, end + 1) if lines[i].strip() and i not in dropped]
        title = _find_title(lines[:start], captions)
        dateline, agency = _find_dateline(lines[start])
    kept_set = set(kept)
    outside = [line for i, line in enumerate(lines) if i not in kept_set and line.strip()]
    return CleanedArticle(
        text="\n".join(lines[i] for i in kept),
        title=title,
        outlet=_find_outlet(outside) or agency,
        published=_find_published(outside),
        dateline=dateline,
        removed_lines=tuple(outside),
    )


def _is_prose(stripped: str) -> bool:
    return (
        len(stripped) >= PROSE_MIN_CHARS
        and len(stripped.split()) >= PROSE_MIN_WORDS
        and _SENTENCE_END.search(stripped) is not None
        and not _is_strong_boilerplate(stripped)
    )


def is_notice(line: str) -> bool:
    """True for a reprint or paywall notice ("This copy is for your personal, non-commercial use
    only. To order presentation-ready copies..."): a page's text, not the article's."""
    return _NOTICE.search(line) is not None


def _is_strong_boilerplate(stripped: str) -> bool:
    return bool(
        _PHOTO_CREDIT.search(stripped)
        or _STRONG_BOILERPLATE.search(stripped)
        or _NOTICE.search(stripped)
        or (_COOKIE.search(stripped) and _COOKIE_CONSENT.search(stripped))
    )


def _is_boilerplate(stripped: str) -> bool:
    if _is_strong_boilerplate(stripped):
        return True
    if _READ_MORE.match(stripped) and len(stripped) <= TITLE_MAX_CHARS:
        return True
    if _SENTENCE_END.search(stripped) and len(stripped) >= PROSE_MIN_CHARS:
        return False
    if "Getty Images" in stripped:
        return True
    return len(stripped) <= WEAK_BOILERPLATE_MAX_CHARS and bool(
        _WEAK_BOILERPLATE.fullmatch(stripped)
    )


def _site_line_core(stripped: str) -> str:
    """The caption or title in front of a "- Outlet, 1920, date" suffix, or the line itself."""
    match = _SITE_LINE.match(stripped)
    if match is None:
        return stripped
    return (match.group("core") or "").strip()


def _caption_indices(lines: list[str]) -> set[int]:
    """Lines that repeat the text of a nearby photo credit line (the picture's caption)."""
    credits = {
        i: line.strip() for i, line in enumerate(lines) if _PHOTO_CREDIT.search(line.strip())
    }
    captions: set[int] = set()
    for index, line in enumerate(lines):
        core = _site_line_core(line.strip())
        if index in credits or len(core) < CAPTION_MIN_CHARS:
            continue
        nearby = range(index - CAPTION_MAX_DISTANCE, index + CAPTION_MAX_DISTANCE + 1)
        if any(core in credits[i] for i in nearby if i in credits):
            captions.add(index)
    return captions


def _boilerplate_indices(lines: list[str], captions: set[int]) -> set[int]:
    """Indices of lines dropped wherever they are: boilerplate, captions, site lines, link lists."""
    dropped: set[int] = set()
    in_link_list = 0
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            in_link_list = 0
            continue
        if in_link_list and not _is_prose(stripped):
            dropped.add(index)
            in_link_list -= 1
            continue
        in_link_list = 0
        if _is_boilerplate(stripped) or _SITE_LINE.match(stripped) or index in captions:
            dropped.add(index)
            read_more = _READ_MORE.match(stripped)
            if read_more and not read_more.group("rest"):
                in_link_list = LINK_LIST_MAX_LINES
    return dropped


def _body_range(lines: list[str], dropped: set[int]) -> tuple[int, int] | None:
    """First and last line of the longest run of prose paragraphs, or None without prose.

    Short lines between paragraphs (sub-headings, short quotes, inline photo credits) stay inside
    the run; more than MAX_GAP_LINES of them, or a paragraph opening with a dateline, start a new
    run.
    """
    prose = [i for i, line in enumerate(lines) if i not in dropped and _is_prose(line.strip())]
    if not prose:
        return None
    runs: list[list[int]] = [[prose[0]]]
    for previous, current in itertools.pairwise(prose):
        gap = sum(1 for line in lines[previous + 1 : current] if line.strip())
        if gap > MAX_GAP_LINES or _find_dateline(lines[current])[0] is not None:
            runs.append([current])
        else:
            runs[-1].append(current)
    best = max(runs, key=lambda run: sum(len(lines[i].strip()) for i in run))
    return best[0], best[-1]


def _is_title_like(stripped: str) -> bool:
    return (
        TITLE_MIN_CHARS <= len(stripped) <= TITLE_MAX_CHARS
        and len(stripped.split()) >= 2
        and not stripped.endswith((".", ",", ":", ";"))
        and not _BYLINE.match(stripped)
        and not _TIME.search(stripped)
        and find_date(stripped) is None
        and len(_BREADCRUMB_SEPARATORS.findall(stripped)) < 2
        and any(character.isalpha() for character in stripped)
    )


def _find_title(header: list[str], captions: set[int]) -> str | None:
    """The headline: the title-like line nearest the body, preferring one repeated in a caption."""
    repeated_in_captions: list[str] = []
    candidates: list[str] = []
    for index, line in enumerate(header):
        stripped = line.strip()
        if not stripped or index in captions:
            continue
        if _SITE_LINE.match(stripped):
            core = _site_line_core(stripped)
            if core and _is_title_like(core):
                repeated_in_captions.append(core)
        elif not _is_boilerplate(stripped) and _is_title_like(stripped):
            candidates.append(stripped)
    repeated = [candidate for candidate in candidates if candidate in repeated_in_captions]
    if repeated:
        return repeated[-1]
    if candidates:
        return candidates[-1]
    return repeated_in_captions[0] if repeated_in_captions else None


def _find_dateline(line: str) -> tuple[str | None, str | None]:
    """The dateline opening a paragraph ("MOSCOW (Sputnik)") and the agency named in it."""
    stripped = line.strip()
    for pattern in _DATELINES:
        match = pattern.match(stripped)
        if match:
            agency = match.groupdict().get("agency")
            return match.group("dateline").strip(), agency.strip() if agency else None
    return None, None


def _find_outlet(outside_body: list[str]) -> str | None:
    """The outlet from a "- Outlet, 1920" site line, else from a "© Outlet" credit."""
    for line in outside_body:
        match = _SITE_LINE.match(line.strip())
        if match:
            return (match.group("outlet") or match.group("og_outlet")).strip()
    copyright_names: list[tuple[bool, str]] = []
    for line in outside_body:
        stripped = line.strip()
        match = _COPYRIGHT_OUTLET.search(stripped)
        if match is None:
            continue
        name = match.group("name").strip()
        if len(name) >= 2 and name.lower() not in _PHOTO_AGENCIES:
            copyright_names.append((not _RIGHTS_RESERVED.search(stripped), name))
    # A footer ("© 2024 Outlet. All rights reserved.") beats a photo credit ("© Outlet / Name").
    return min(copyright_names, key=lambda pair: pair[0])[1] if copyright_names else None


def _find_published(outside_body: list[str]) -> datetime.date | None:
    """The date after a "Published" label, else the first date outside the body."""
    for line in outside_body:
        label = _PUBLISHED.search(line)
        if label:
            date = find_date(line[label.end() :])
            if date:
                return date
    for line in outside_body:
        date = find_date(line)
        if date:
            return date
    return None
