"""One rule for when two names are the same name: `label_key`.

Code labels, variable names, coder names and outlet names are typed by people on different
keyboards and pasted from different sources: "José" may arrive with a precomposed "é" (U+00E9)
or as "e" followed by a combining acute accent (U+0301), and a coder types "ANNA" where the
project says "Anna". Everywhere the project asks "is this the same name?" it compares
`label_key(a) == label_key(b)`, so the answer is the same in the command line, the importers,
merge and the GUI. Only matching uses the key: what is stored is exactly what the user typed.
"""

from __future__ import annotations

import unicodedata


def label_key(text: str) -> str:
    """The key under which `text` matches other names: caseless and canonically equivalent.

    `NFC(casefold(NFD(text)))`: equal keys exactly when Unicode calls the texts canonical
    caseless matches (D145, `NFD(casefold(NFD(x)))`), written composed because a composed key
    is shorter and reads like the name. The order matters:

    - NFD first, so that combining marks stand in canonical order before folding: casefold turns
      U+0345 (the Greek iota subscript, which sorts after other accents) into a plain iota that
      would otherwise carry an accent meant for the letter before it;
    - casefold rather than lower, so "ß", "ẞ", "SS" and "ss" match, as do "ς" and "σ";
    - NFC last, because casefold can split a letter into a decomposed sequence ("ǰ" becomes
      "j" + U+030C, "İ" becomes "i" + U+0307) that must meet the precomposed spellings.

    Folding is Unicode's default, not tailored to one language: the Turkish dotted capital "İ"
    matches "i̇" ("i" + U+0307 combining dot above), not a plain "i", and the dotless "ı" matches
    only itself, so "I" and "i" stay the same letter for everyone else.
    Whitespace is left alone: callers strip what they strip today.
    """
    if text.isascii():  # the common case: nothing to normalise
        return text.casefold()
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", text).casefold())
