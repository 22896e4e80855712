"""The plain-text importer's fast pre-check must never hide a scraped page from the cleaner.

`text_files.may_look_scraped` skips the line-by-line `cleaning.looks_scraped` for most articles;
it may say "maybe" too often, never "no" for a text the cleaner would clean. Texts are built
from lines of every kind the cleaner counts (credits, captions, widgets, cookie notices, site
lines, "Read more" markers) mixed into prose, in random case, position and padding.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.io.imports.cleaning import looks_scraped
from annotator.io.imports.text_files import may_look_scraped

PROSE = (
    "The minister said on Tuesday that the agreement would lower gas prices for households.",
    "Президент заявил, что соглашение позволит снизить цены на газ для домохозяйств страны.",
    "Critics warned that the deal deepens the country's dependence on imported energy supplies.",
)
SIGNALS = (
    "Photo: Reuters / Maxim Shemetov, a long credit that goes on and on past eighty characters",
    "© Sputnik / Press service of the President of the Russian Federation, all of it credited",
    "(c) 2022 The Caspian Herald and its licensors, reproduced with permission of the owners",
    "Copyright 2022 Sputnik International, all material on this page is protected by law here",
    "Фото: пресс-служба Президента Российской Федерации, снимок сделан во время встречи в Кремле",
    "Image: the two presidents at the signing ceremony in the Kremlin on Friday, June 10, 2022",
    "Credit: Getty Images for the company and its partners, used under a licence agreement here",
    "A caption describing the two presidents at a press conference, credited to Getty Images.",
    "Go to the mediabank to see more pictures of the ceremony in the Kremlin on Friday morning",
    "Перейти в фотобанк, чтобы увидеть больше снимков с церемонии подписания в Кремле в пятницу",
    "To participate in the discussion, log in or register on our website with your e-mail now.",
    "Чтобы участвовать в дискуссии, авторизуйтесь или зарегистрируйтесь на нашем сайте сейчас же",
    "Заголовок открываемого материала будет показан здесь, когда страница полностью загрузится",
    "We use cookies to improve your experience; by continuing you accept our cookie policy here",
    "Мы используем куки, чтобы улучшить работу сайта; продолжая, вы соглашаетесь с политикой.",
    "Read more: Putin and Berdimuhamedov discuss gas supplies and the Caspian pipeline project",
    "Related stories: the Caspian pipeline, gas prices in Europe and the new trade agreements",
    "You may also like: what the new declaration means for Central Asia and its energy markets",
    "Читайте также: Путин и Бердымухамедов обсудили поставки газа и Транскаспийский газопровод",
    "Материалы по теме: газ, трубопроводы и новые торговые соглашения в Центральной Азии сегодня",
    "Vladimir Putin and the Turkmen President - Sputnik International, 1920, 10.06.2022",
    "- Sputnik International, 1920",
    "Subscribe",
    "Newsfeed",
    "Chats",
    "12",
)

padding = st.sampled_from(["", " ", "  ", "\t", "\u00a0"])
case = st.sampled_from([str, str.upper, str.lower, str.title])


@st.composite
def lines(draw: st.DrawFn) -> str:
    line = draw(st.sampled_from(PROSE + SIGNALS))
    return draw(padding) + draw(case)(line) + draw(padding)


@settings(max_examples=400, deadline=None)
@given(st.lists(lines(), min_size=1, max_size=12), st.lists(st.sampled_from(["\n", "\n\n"])))
def test_the_pre_check_never_says_no_to_a_text_the_cleaner_would_clean(chosen, breaks):
    separators = breaks + ["\n"] * len(chosen)
    text = "".join(line + separators[i] for i, line in enumerate(chosen))
    assert may_look_scraped(text) or not looks_scraped(text)


def test_plain_articles_skip_the_cleaner():
    article = "Gas deal signed\n" + "\n".join(PROSE * 4)
    assert not may_look_scraped(article)
