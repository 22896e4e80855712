"""The prompt a machine coder gets: instructions, the codebook, the strict answer schema.

A chat-completions request holds a system message (instructions and the codebook: every code's
definition, when to use it, when not to, an example) and a user message that is exactly the
document's text, so the offsets the model gives count code points of that text. The answer
schema goes as the request's `response_format`.

`prompt_hash` covers everything sent except the article (template, codebook, schema, temperature,
seed): with the document's SHA-256 and the model it keys the cache of raw answers, so a re-run
with the same settings sends nothing again, and any change asks anew.

Tokens are estimated, never counted with a model's tokenizer: `estimate_tokens` is one token per
four characters (rounded up), about right for English and an overestimate for few scripts; the
server's own counts replace the estimate once an answer arrives.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from annotator.core.records.codebook import CodeRecord, VariableRecord
from annotator.core.vocabulary import VariableKind

PROMPT_VERSION = "1"
CHARACTERS_PER_TOKEN = 4
ANSWER_SHARE = 0.5  # an answer is estimated at half the article's tokens (quotes of its spans)

INSTRUCTIONS = """\
You are a trained coder in a content analysis of news articles. Code the article that the user \
sends along the codebook below, exactly as a careful human coder following it would.

Find every passage of the article (a span: a phrase, a clause or a sentence) that the variables \
apply to, and for each span give:
- "quote": the span's text, copied character for character from the article;
- "start" and "end": where the span is in the article, counted in Unicode code points from 0 \
(end exclusive), so that the article's text from start to end is exactly the quote;
- "codes": for every variable, the list of its code labels that apply to the span, written \
exactly as in the codebook; an empty list when the variable does not apply.

Use only the variables and code labels of the codebook. A variable marked "one code per span" \
takes at most one code on a span. Follow each code's definition and its rules for when to use \
it and when not to. If nothing in the article fits the codebook, answer {"annotations": []}.

Answer with JSON only, in this form:
{"annotations": [{"quote": "...", "start": 0, "end": 0, "codes": {"VARIABLE": ["CODE LABEL"]}}]}
"""


@dataclass(frozen=True)
class Prompt:
    """What is sent for every document, apart from the document's text."""

    system: str
    response_format: dict[str, Any]
    variables: tuple[VariableRecord, ...]
    temperature: float | None
    seed: int | None

    def messages(self, text: str) -> list[dict[str, str]]:
        return [{"role": "system", "content": self.system}, {"role": "user", "content": text}]

    def request_body(self, model: str, text: str) -> dict[str, Any]:
        """The JSON body of the chat-completions request for one document."""
        body: dict[str, Any] = {
            "model": model,
            "messages": self.messages(text),
            "response_format": self.response_format,
            "stream": False,
        }
        if self.temperature is not None:
            body["temperature"] = self.temperature
        if self.seed is not None:
            body["seed"] = self.seed
        return body

    @property
    def hash(self) -> str:
        settings = {
            "version": PROMPT_VERSION,
            "system": self.system,
            "response_format": self.response_format,
            "temperature": self.temperature,
            "seed": self.seed,
        }
        encoded = json.dumps(settings, sort_keys=True, ensure_ascii=False).encode("utf-8")
        return hashlib.sha256(encoded).hexdigest()

    def estimated_tokens(self, text_length: int) -> int:
        """Estimated prompt and answer tokens for a document of `text_length` characters."""
        article = math.ceil(text_length / CHARACTERS_PER_TOKEN)
        return estimate_tokens(self.system) + article + math.ceil(article * ANSWER_SHARE)


def estimate_tokens(text: str) -> int:
    return math.ceil(len(text) / CHARACTERS_PER_TOKEN)


def usable_codes(variable: VariableRecord) -> list[CodeRecord]:
    """The codes a machine may give: every code of the variable that is not retired."""
    return [code for code in variable.codes if not code.retired]


def _code_lines(variable: VariableRecord) -> list[str]:
    labels = {code.id: code.label for code in variable.codes}
    lines = []
    for code in usable_codes(variable):
        indent = "  " * (code.depth + 1)
        under = f" (a kind of {labels[code.parent_id]!r})" if code.parent_id in labels else ""
        lines.append(f"{indent}- {code.label!r}{under}")
        for title, value in (
            ("Definition", code.definition),
            ("Use when", code.include),
            ("Do not use when", code.exclude),
            ("Example", code.example),
        ):
            if value.strip():
                lines.append(f"{indent}  {title}: {' '.join(value.split())}")
    return lines


def codebook_text(variables: Sequence[VariableRecord]) -> str:
    """The codebook as the model reads it."""
    lines = ["CODEBOOK"]
    for variable in variables:
        how_many = "several codes per span" if variable.multiple else "one code per span"
        title = f"Variable {variable.name!r}"
        if variable.label and variable.label.casefold() != variable.name.casefold():
            title += f" ({variable.label})"
        if variable.kind is VariableKind.TEXT:
            lines.append(f"\n{title}: free text, {how_many}.")
        else:
            lines.append(f"\n{title}: {how_many}, codes:")
        if variable.description.strip():
            lines.append(f"  {' '.join(variable.description.split())}")
        lines.extend(_code_lines(variable))
    return "\n".join(lines) + "\n"


def response_format(variables: Sequence[VariableRecord]) -> dict[str, Any]:
    """The strict JSON schema of the answer, as OpenAI-compatible servers take it: within the
    subset strict modes accept (every property required, no additional properties, no
    length or number constraints)."""
    codes: dict[str, Any] = {}
    for variable in variables:
        item: dict[str, Any] = {"type": "string"}
        if variable.kind is not VariableKind.TEXT:
            item["enum"] = [code.label for code in usable_codes(variable)]
        # no maxItems for one-code variables: strict modes refuse length constraints; the
        # prompt says it, and the answer check rejects a span with two codes
        codes[variable.name] = {"type": "array", "items": item}
    span = {
        "type": "object",
        "properties": {
            "quote": {"type": "string"},
            "start": {"type": "integer"},
            "end": {"type": "integer"},
            "codes": {
                "type": "object",
                "properties": codes,
                "required": list(codes),
                "additionalProperties": False,
            },
        },
        "required": ["quote", "start", "end", "codes"],
        "additionalProperties": False,
    }
    schema = {
        "type": "object",
        "properties": {"annotations": {"type": "array", "items": span}},
        "required": ["annotations"],
        "additionalProperties": False,
    }
    return {
        "type": "json_schema",
        "json_schema": {"name": "codings", "strict": True, "schema": schema},
    }


def build_prompt(
    variables: Sequence[VariableRecord], *, temperature: float | None, seed: int | None
) -> Prompt:
    chosen = tuple(variables)
    return Prompt(
        system=INSTRUCTIONS + "\n" + codebook_text(chosen),
        response_format=response_format(chosen),
        variables=chosen,
        temperature=temperature,
        seed=seed,
    )


def codebook_version(declared: str, variables: Sequence[VariableRecord]) -> str:
    """The codebook's declared version (if any) and a hash of what the model was told of it."""
    digest = hashlib.sha256(codebook_text(variables).encode("utf-8")).hexdigest()[:16]
    return f"{declared[:40]}+{digest}" if declared else digest
