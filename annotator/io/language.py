"""Detecting an article's language when its file does not say.

Uses py3langid (a maintained fork of langid.py): it ships its model inside the package, works
offline, is deterministic and classifies a few kilobytes in well under a millisecond. Only the
start of a long text is classified, and short or ambiguous texts get no language rather than a
guess, since coders filter and researchers report on this field.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

SAMPLE_CHARS = 300  # a few sentences are enough; the classifier costs ~1 µs per byte
MIN_LETTERS = 40
MIN_PROBABILITY = 0.80

_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the text's language ("en", "ru"), or None when unsure."""
    sample = text[:SAMPLE_CHARS]
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return None
    language, probability = _identifier().classify(sample)
    return str(language) if probability >= MIN_PROBABILITY else None


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
