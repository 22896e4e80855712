"""The methods paragraph a paper needs about intercoder reliability, numbers filled in.

`annotator agreement --report methods.md` writes it: what was compared (the reliability sample
and how `assign` drew it, when the project records that), how many coders, how spans were
aligned into units, and per variable Krippendorff's alpha with its level of measurement, its
bootstrapped interval and q (Hayes & Krippendorff 2007); when a machine coder is among the
coders, its model and provenance (:mod:`intercoder.machine_runs`) follow the coders.  Markdown,
so it pastes into a manuscript or converts with pandoc; the wording follows the reporting
Krippendorff (2013, ch. 12) and Hayes & Krippendorff (2007) ask for.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from annotator.core.records.agreement import RELIABLE, TENTATIVE, AgreementResult
from annotator.services.intercoder.intervals import ReliabilityIntervals
from annotator.services.intercoder.machine_runs import MachineProvenance, provenance_paragraph
from annotator.services.intercoder.sets import Selection

NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
REFERENCES = (
    "Hayes, A. F., & Krippendorff, K. (2007). Answering the call for a standard reliability "
    "measure for coding data. *Communication Methods and Measures, 1*(1), 77-89.",
    "Krippendorff, K. (2013). *Content analysis: An introduction to its methodology* (3rd ed.). "
    "Sage.",
)


def count_words(number: int, noun: str) -> str:
    word = NUMBER_WORDS[number] if number < len(NUMBER_WORDS) else f"{number:,}"
    return f"{word} {noun}{'' if number == 1 else 's'}"


def apa_decimal(value: float | None, digits: int = 2) -> str:
    """APA style for a number bounded by 1: .82, -.05 (no leading zero)."""
    if value is None:
        return "undefined"
    text = f"{value:.{digits}f}"
    return text.replace("0.", ".", 1) if abs(value) < 1 else text


def _threshold(value: float) -> str:
    """A threshold as the user gave it: .667, .8."""
    text = f"{value:g}"
    return text.replace("0.", ".", 1) if abs(value) < 1 else text


def name_list(names: Sequence[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return f"{', '.join(names[:-1])}, and {names[-1]}"


def _drawn(selection: Selection) -> str:
    """How the sample was drawn, from the design `assign` recorded (empty when unknown)."""
    design: dict[str, Any] = selection.design or {}
    overlap = design.get("overlap")
    if not overlap or str(overlap) in ("0", "None"):
        return ""
    stratify = design.get("stratify") or []
    if str(overlap) == str(design.get("documents")):  # nothing drawn: every document is shared
        words = f"All {int(overlap):,} documents of the set were coded by more than one coder"
    else:
        words = f"The {overlap} documents coded by more than one coder were drawn at random"
        if design.get("seed") is not None:
            words += f" (seed {design['seed']})"
        if design.get("documents"):
            words += f" from the {design['documents']:,} documents of the set"
        if stratify:
            words += f", stratified by {name_list(list(stratify))}"
    coders = str(design.get("overlap_coders", "all"))
    words += (
        ", and each was assigned to every coder."
        if coders == "all"
        else f", and each was assigned to {count_words(int(coders), 'coder')} in rotation."
        if coders.isdigit()
        else "."
    )
    rule = design.get("overlap_rule")
    if isinstance(rule, dict) and rule.get("pairable_values"):
        per_document = int(rule.get("coders_per_document", 2))
        words += (
            f" Their number follows Krippendorff\u2019s (2013) sample-size rule: "
            f"{rule['pairable_values']:,} pairable values to show alpha \u2265 "
            f"{_threshold(rule['alpha_min'])} at p = {_threshold(rule['level'])} when the rarest "
            f"category has probability {_threshold(rule['smallest_category'])}, that is "
            f"{rule['documents']:,} documents coded by {count_words(per_document, 'coder')} each."
        )
    return words


def sample_phrase(selection: Selection, documents: int) -> str:
    if selection.name is not None:
        quoted = f"\u201c{selection.name}\u201d"
        return f"the {count_words(documents, 'document')} of the assignment set {quoted}"
    if selection.documents is not None:
        text = f"the {count_words(documents, 'document')} assigned to two or more coders"
        if selection.source is not None:
            text += f" in the assignment set \u201c{selection.source}\u201d"
        return text
    return f"the {count_words(documents, 'document')} the coders annotated"


def methods_paragraph(
    result: AgreementResult,
    selection: Selection,
    intervals: ReliabilityIntervals | None = None,
    machines: Sequence[MachineProvenance] = (),
) -> str:
    """The paragraph (Markdown) for one comparison; see the module docstring.  ``machines``:
    the provenance of the machine coders among ``result.coders``, said after the coders."""
    documents = len({unit.document.id for unit in result.units})
    if selection.documents is not None:
        documents = len(selection.documents)
    coders = len(result.coders)
    lines = [
        "## Intercoder reliability",
        "",
        f"Reliability was assessed on {sample_phrase(selection, documents)}, which "
        f"{count_words(coders, 'coder')} ({name_list(list(result.coders))}) coded independently of "
        f"each other. {_drawn(selection)}".rstrip(),
        "",
    ]
    if machines:
        lines += [provenance_paragraph(machines), ""]
    lines += [
        f"The coders marked text spans freely, so their spans were first aligned into "
        f"{len(result.units):,} units: two coders' spans in a document were taken as the same "
        f"unit when their overlap was at least {result.overlap:.0%} of their combined extent "
        "(characters in both divided by characters in either), with at most one span per coder "
        "in a unit and the matching with the largest total overlap chosen where spans competed. "
        + (
            "A coder without a span in a unit, or who left a variable empty, was counted as "
            "\u201cnot coded\u201d, a category of its own."
            if result.missing_as_category
            else "A coder without a span in a unit, or who left a variable empty, was treated "
            "as missing data there."
        ),
        "",
    ]
    lines += _alpha_lines(result, intervals)
    lines += ["", "References", ""] + [f"- {reference}" for reference in REFERENCES]
    return "\n".join(lines) + "\n"


def _alpha_lines(result: AgreementResult, intervals: ReliabilityIntervals | None) -> list[str]:
    options = intervals.options if intervals is not None else None
    method = (
        "Agreement was measured with Krippendorff\u2019s alpha (Krippendorff, 2013), at the "
        "nominal level for categorical variables and the ordinal level for ordered scales"
    )
    if options is not None and options.samples:
        method += (
            f"; {options.confidence:.0%} confidence intervals come from {options.samples:,} "
            f"bootstrap samples (Hayes & Krippendorff, 2007; seed {options.seed}), and q is the "
            f"estimated probability that alpha falls below {_threshold(options.alpha_min)}"
        )
    method += (
        f". Following Krippendorff (2013), alpha \u2265 {_threshold(RELIABLE)} counts as "
        f"reliable and {_threshold(TENTATIVE)} \u2264 alpha < {_threshold(RELIABLE)} permits "
        "tentative conclusions only."
    )
    lines = [method, ""]
    for name, item in result.variables.items():
        text = f"- *{name}* ({item.level}): \u03b1 = {apa_decimal(item.krippendorff_alpha)}"
        figures = intervals.variables.get(name) if intervals is not None else None
        if figures is not None and figures.alpha is not None and options is not None:
            low, high = figures.alpha.interval
            text += (
                f", {options.confidence:.0%} CI [{apa_decimal(low)}, {apa_decimal(high)}], "
                f"q(\u03b1 < {_threshold(options.alpha_min)}) = {apa_decimal(figures.alpha.q, 3)}"
            )
        text += (
            f"; {item.pairable_values:,} pairable values in {item.units:,} units"
            f" ({item.interpretation})."
        )
        lines.append(text)
    return lines
