"""The methods text a paper needs when a language model coded and was measured against people.

:func:`machine_methods_paragraph` is what `agreement --machine-vs-humans --report` writes: the
provenance, the comparison's design (consensus, pooling, the rule) and the figures per variable.
"""

from __future__ import annotations

from collections.abc import Sequence

from annotator.services.intercoder.machine_comparison import (
    AlphaFigure,
    MachineComparison,
)
from annotator.services.intercoder.machine_runs import MachineProvenance, provenance_paragraph
from annotator.services.intercoder.methods_report import (
    REFERENCES,
    apa_decimal,
    count_words,
    name_list,
    sample_phrase,
)
from annotator.services.intercoder.sets import Selection


def _figure(figure: AlphaFigure) -> str:
    text = f"\u03b1 = {apa_decimal(figure.alpha)}"
    if figure.interval is not None:
        low, high = figure.interval
        text += f" [{apa_decimal(low)}, {apa_decimal(high)}]"
    return text


def machine_methods_paragraph(
    comparison: MachineComparison,
    selection: Selection,
    machines: Sequence[MachineProvenance],
) -> str:
    """The Markdown section for one machine-vs-humans comparison (module docstring)."""
    options = comparison.options
    documents = len(selection.documents or ())
    humans = comparison.humans
    design = (
        f"Each machine coder was compared with the {count_words(len(humans), 'human coder')} "
        f"({name_list(list(humans))}) on {sample_phrase(selection, documents)}. Per variable "
        "we report Krippendorff\u2019s alpha among the humans, and the machine\u2019s alpha "
        "against each human, against all humans (every machine\u2013human pair pooled) and "
        "against the humans\u2019 consensus (the value more than half of the human coders gave a "
        "unit; units without such a majority were left out)"
    )
    if options.samples:
        design += (
            f", each with its {options.confidence:.0%} bootstrap confidence interval (Hayes & "
            f"Krippendorff, 2007; {options.samples:,} samples, seed {options.seed}; for the "
            "pooled alpha, units rather than pairs of values were resampled, since the pairs of "
            "a unit share the machine\u2019s value). A machine "
            "was taken to be as reliable as a human coder on a variable when the upper bound of "
            "the interval of its alpha against the humans reached the humans\u2019 alpha among "
            "themselves."
        )
    else:
        design += (
            ". A machine was taken to be as reliable as a human coder on a variable when its "
            "alpha against the humans was not below the humans\u2019 alpha among themselves."
        )
    lines = ["## Machine coders versus human coders", ""]
    provenance = provenance_paragraph(machines)
    if provenance:
        lines += [provenance, ""]
    lines += [design, ""]
    for name, item in comparison.variables.items():
        parts = [f"humans {_figure(item.humans)}"]
        for machine, figures in item.machines.items():
            reading = {
                "as reliable": "as reliable as a human coder",
                "not as reliable": "not as reliable as a human coder",
            }.get(figures.verdict, "no verdict (alpha undefined)")
            parts.append(
                f"{machine} {_figure(figures.vs_humans)} against the humans and "
                f"{_figure(figures.vs_consensus)} against their consensus "
                f"({figures.units_without_majority:,} units without a majority): {reading}"
            )
        lines.append(f"- *{name}* ({item.level}): " + "; ".join(parts) + ".")
    lines += ["", "References", ""] + [f"- {reference}" for reference in REFERENCES]
    return "\n".join(lines) + "\n"
