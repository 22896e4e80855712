"""Tests for the scraped-news cleaner: real pages in, article body and metadata out."""

import collections
import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.io.imports.cleaning import CleanedArticle, clean_scraped_text, looks_scraped

DATA = Path(__file__).parent / "data" / "scraped"


def read_fixture(name: str) -> str:
    return (DATA / name).read_bytes().decode("utf-8")


def input_lines(text: str) -> set[str]:
    return set(text.split("\n"))


def assert_only_whole_lines_dropped(source: str, result: CleanedArticle) -> None:
    """Kept lines are input lines verbatim; kept plus removed is every non-blank input line."""
    kept = result.text.split("\n") if result.text else []
    assert set(kept) <= input_lines(source)
    non_blank = [line for line in source.split("\n") if line.strip()]
    assert collections.Counter(kept) + collections.Counter(result.removed_lines) == (
        collections.Counter(non_blank)
    )


# --- the Sputnik seed -----------------------------------------------------------------------------

SEED = read_fixture("sputnik_seed.txt")


def test_seed_metadata() -> None:
    result = clean_scraped_text(SEED)
    assert result.title == (
        "Russian, Turkmen Presidents Sign Declaration on Strengthening Strategic Partnership"
    )
    assert result.outlet == "Sputnik International"
    assert result.published == datetime.date(2022, 6, 10)
    assert result.dateline == "MOSCOW (Sputnik)"


def test_seed_body_boundaries() -> None:
    text = clean_scraped_text(SEED).text
    assert text.startswith("MOSCOW (Sputnik) - Russian President Vladimir Putin")
    assert text.endswith("diplomatic relations between Moscow and Ashgabat.")


@pytest.mark.parametrize(
    "boilerplate",
    [
        "Subscribe",
        "Newsfeed",
        "log in or register",
        "loader",
        "Chats",
        "Go to the mediabank",
        "Заголовок открываемого материала",
        "The latest news and stories from Russia",
        "- Sputnik International, 1920",
    ],
)
def test_seed_body_has_no_boilerplate(boilerplate: str) -> None:
    assert boilerplate not in clean_scraped_text(SEED).text


def test_seed_body_is_the_seven_paragraphs_verbatim() -> None:
    lines = SEED.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("MOSCOW (Sputnik)"))
    end = next(i for i, line in enumerate(lines) if line.endswith("between Moscow and Ashgabat."))
    assert end - start == 6
    assert clean_scraped_text(SEED).text == "\n".join(lines[start : end + 1])


def test_seed_every_kept_line_is_an_input_line() -> None:
    result = clean_scraped_text(SEED)
    for line in result.text.split("\n"):
        assert line in input_lines(SEED)
    assert_only_whole_lines_dropped(SEED, result)


def test_seed_removed_lines_are_shown_for_review() -> None:
    removed = clean_scraped_text(SEED).removed_lines
    assert removed[0] == "- Sputnik International, 1920"
    assert "Subscribe" in removed and "Chats" in removed
    assert removed[-1] == "Заголовок открываемого материала"


def test_seed_looks_scraped() -> None:
    assert looks_scraped(SEED)


# --- a Russian page in the style of RIA Novosti ---------------------------------------------------

RIA = read_fixture("ria_style.txt")


def test_ria_metadata() -> None:
    result = clean_scraped_text(RIA)
    assert result.title == "Путин и Токаев обсудили по телефону сотрудничество в энергетике"
    assert result.outlet == "РИА Новости"
    assert result.published == datetime.date(2022, 6, 10)
    assert result.dateline == "МОСКВА, 10 июн — РИА Новости"


def test_ria_body() -> None:
    result = clean_scraped_text(RIA)
    paragraphs = result.text.split("\n")
    assert paragraphs[0].startswith("МОСКВА, 10 июн — РИА Новости. Президент России")
    assert paragraphs[-1].endswith("и странами ЕАЭС.")
    # The sub-heading and the short quoted paragraph inside the body stay.
    assert "Позиции сторон" in paragraphs
    assert any(line.startswith("«Мы договорились") for line in paragraphs)
    assert len(paragraphs) == 6
    for boilerplate in [
        "Подписаться",
        "Читайте также",
        "Песков рассказал",  # the link under "Читайте также"
        "Лента новостей",
        "Чтобы участвовать в дискуссии",
        "авторизуйтесь или зарегистрируйтесь",
        "Чаты",
        "Перейти в медиабанк",
        "1920",
        "Заголовок открываемого материала",
    ]:
        assert boilerplate not in result.text
    assert_only_whole_lines_dropped(RIA, result)
    assert looks_scraped(RIA)


def test_tass_style_page() -> None:
    page = read_fixture("tass_style.txt")
    result = clean_scraped_text(page)
    assert looks_scraped(page)
    assert result.title == "Лавров прибудет в Анкару для переговоров о зерновой сделке"
    assert result.outlet == "ТАСС"
    assert result.published == datetime.date(2022, 6, 8)
    assert result.dateline == "МОСКВА, 8 июня. /ТАСС/"
    assert result.text.split("\n")[-1] == (
        "Турецкая сторона ранее предложила свою помощь в организации морских конвоев."
    )
    assert "Поделиться" not in result.text and "Читайте также" not in result.text
    assert_only_whole_lines_dropped(page, result)


# --- an English page in another style -------------------------------------------------------------

PLANET = read_fixture("daily_planet_style.txt")


def test_english_page_metadata() -> None:
    result = clean_scraped_text(PLANET)
    assert result.title == "City Council Approves New Flood Barriers After Record Spring Storms"
    assert result.outlet == "The Daily Planet"
    assert result.published == datetime.date(2024, 6, 3)  # "Published", not "Updated"
    assert result.dateline == "EASTON, June 3 (The Daily Planet)"


def test_english_page_body() -> None:
    result = clean_scraped_text(PLANET)
    paragraphs = result.text.split("\n")
    assert paragraphs[0].startswith("EASTON, June 3 (The Daily Planet) — The Easton city council")
    assert paragraphs[-1] == "Construction is expected to begin in the autumn and end by 2027."
    assert "What residents say" in paragraphs
    assert '"We have waited for this for ten years," said Maria Lopez' in result.text
    assert "" not in paragraphs  # paragraphs are joined by one "\n", blank lines go
    for boilerplate in [
        "cookies",
        "Share",
        "Advertisement",
        "Related",
        "Easton storms: what we know so far",
        "Insurers raise premiums",
        "Photo:",
        "By Jane Doe",
        "All rights reserved",
        "Privacy Policy",
    ]:
        assert boilerplate not in result.text
    assert_only_whole_lines_dropped(PLANET, result)
    assert looks_scraped(PLANET)


# --- a clean article is left alone ----------------------------------------------------------------

CLEAN = read_fixture("clean_article.txt")


def test_clean_article_does_not_look_scraped() -> None:
    assert not looks_scraped(CLEAN)


def test_clean_article_keeps_all_paragraphs() -> None:
    result = clean_scraped_text(CLEAN)
    paragraphs = [line for line in CLEAN.split("\n") if line.strip()]
    assert result.title == paragraphs[0]
    assert result.text == "\n".join(paragraphs[1:])
    assert result.removed_lines == (paragraphs[0],)
    assert result.outlet is None and result.published is None and result.dateline is None


def test_clean_russian_article_does_not_look_scraped() -> None:
    article = (
        "Госдума приняла бюджет на следующий год\n\n"
        "Государственная дума в четверг приняла в третьем чтении федеральный бюджет на 2023 год.\n"
        "Поправки касались прежде всего расходов на образование и здравоохранение.\n"
        "«Это бюджет развития», — заявил председатель комитета по бюджету.\n"
    )
    assert not looks_scraped(article)
    result = clean_scraped_text(article)
    assert result.title == "Госдума приняла бюджет на следующий год"
    assert len(result.text.split("\n")) == 3


# --- smaller rules --------------------------------------------------------------------------------

PROSE = (
    "The minister said the talks had been constructive and that both sides would meet again soon."
)


@pytest.mark.parametrize(
    ("header_line", "expected"),
    [
        ("10.06.2022", datetime.date(2022, 6, 10)),
        ("June 10, 2022", datetime.date(2022, 6, 10)),
        ("Jun. 10, 2022 at 10:15", datetime.date(2022, 6, 10)),
        ("10 June 2022", datetime.date(2022, 6, 10)),
        ("2022-06-10T10:15:00Z", datetime.date(2022, 6, 10)),
        ("10 июня 2022, 10:15", datetime.date(2022, 6, 10)),
        ("Опубликовано: 1 марта 2021 г.", datetime.date(2021, 3, 1)),
        ("31.02.2022", None),  # not a day
        ("Decision 10, 2022", None),  # not a month
    ],
)
def test_date_spellings(header_line: str, expected: datetime.date | None) -> None:
    page = f"Talks Resume in Geneva\n{header_line}\n{PROSE}\n{PROSE}"
    assert clean_scraped_text(page).published == expected


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("WASHINGTON, June 10 (Reuters) - ", "WASHINGTON, June 10 (Reuters)"),
        ("NEW YORK (AP) — ", "NEW YORK (AP)"),
        ("LONDON — ", "LONDON"),
        ("КИЕВ, 3 мар — РИА Новости. ", "КИЕВ, 3 мар — РИА Новости"),
        ("", None),
        ("Washington - ", None),  # a city in running text is no dateline
    ],
)
def test_datelines(opening: str, dateline: str | None) -> None:
    result = clean_scraped_text(f"Talks Resume in Geneva\n{opening}{PROSE}\n{PROSE}")
    assert result.dateline == dateline
    assert result.text.startswith(opening + "The minister")


def test_outlet_falls_back_to_dateline_agency() -> None:
    result = clean_scraped_text(f"Talks Resume in Geneva\nBERLIN (dpa) - {PROSE}\n{PROSE}")
    assert result.outlet == "dpa"


def test_title_repeated_in_caption_pattern_wins() -> None:
    title = "Talks Resume in Geneva After Long Pause"
    page = "\n".join(
        [
            "Europe News Today",
            title,
            "Most popular stories",
            f"{title} - Example Post, 1920, 01.02.2023",
            PROSE,
            PROSE,
        ]
    )
    result = clean_scraped_text(page)
    assert result.title == title
    assert result.outlet == "Example Post"
    assert result.published == datetime.date(2023, 2, 1)


def test_prose_before_a_dateline_is_not_body() -> None:
    teaser = "Read the latest stories on politics, economy and defence from our newsroom today."
    page = f"World\n{teaser}\nTalks Resume in Geneva\nPARIS (AFP) - {PROSE}\n{PROSE}"
    result = clean_scraped_text(page)
    assert teaser not in result.text
    assert result.title == "Talks Resume in Geneva"


def test_reprint_notice_is_dropped_from_a_copied_dow_jones_page() -> None:
    notice = (
        "This copy is for your personal, non-commercial use only. To order presentation-ready "
        "copies for distribution to your colleagues, clients or customers visit "
        "https://www.djreprints.com."
    )
    page = f"Turkmen Gas Could Be Europe's Next Bet\n{notice}\n{PROSE}\n{PROSE}\nShare"
    assert looks_scraped(page)
    result = clean_scraped_text(page)
    assert result.text == f"{PROSE}\n{PROSE}"
    assert notice in result.removed_lines
    assert result.title == "Turkmen Gas Could Be Europe's Next Bet"


def test_text_without_prose_keeps_non_boilerplate_lines() -> None:
    result = clean_scraped_text("Subscribe\nA short note\nShare")
    assert result.text == "A short note"
    assert result.removed_lines == ("Subscribe", "Share")
    assert result.title is None


def test_empty_text() -> None:
    result = clean_scraped_text("")
    assert result.text == "" and result.removed_lines == () and result.title is None
    assert not looks_scraped("")


# --- the cleaner never invents or alters characters -----------------------------------------------

_LINE_POOL = [line for name in DATA.glob("*.txt") for line in read_fixture(name.name).split("\n")]
_lines = st.one_of(
    st.sampled_from(_LINE_POOL),
    st.text(alphabet=st.characters(exclude_characters="\n"), max_size=120),
    st.builds(lambda words: " ".join(words) + ".", st.lists(st.sampled_from(PROSE.split()))),
)


@settings(max_examples=300, deadline=None, database=None)
@given(st.lists(_lines, max_size=40))
def test_kept_lines_are_input_lines(lines: list[str]) -> None:
    source = "\n".join(lines)
    result = clean_scraped_text(source)
    for line in result.text.split("\n") if result.text else []:
        assert line in input_lines(source)
    assert_only_whole_lines_dropped(source, result)
    if result.title is not None:
        assert any(result.title in line for line in source.split("\n"))
    looks_scraped(source)  # never raises
