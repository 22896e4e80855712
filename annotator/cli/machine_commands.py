"""`annotator machine-code`: a language model codes documents along the codebook as a machine
coder, through an OpenAI-compatible chat-completions endpoint (services.machine.coding).

Progress goes to stderr, one line per document; the summary to stdout (or JSON with --json).
Exit status: 0 every selected document is coded; 1 some are left (stopped by --max-cost or a
failing endpoint, or an answer rejected whole) -- the same command resumes; 2 bad input, an
unusable endpoint, or a non-local endpoint without --yes (nothing changed); 130 Ctrl+C (what was
answered is stored, and the run's record closed as cancelled).
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from annotator.cli.agreement_commands import comma_separated_names
from annotator.cli.locations import PROJECT_HELP, project_location
from annotator.cli.output import shorten, write, write_json, write_line
from annotator.errors import InvalidInputError
from annotator.services.machine.client import DEFAULT_ENDPOINT

KEYRING_SERVICE = "annotator"


def register(subcommands: argparse._SubParsersAction) -> None:
    command = subcommands.add_parser(
        "machine-code",
        help="let a language model code documents as a machine coder",
        description=(
            "Send each document with the codebook (definitions, when to use a code and when "
            "not, examples) to an OpenAI-compatible chat-completions endpoint, check every "
            "returned span against the text and the codebook, and store what holds up as "
            "annotations of a machine coder, with provenance. Answers are cached in the project: "
            "running the same command again sends nothing twice and resumes a stopped run."
        ),
    )
    command.add_argument("project", type=project_location, help=PROJECT_HELP)
    command.add_argument(
        "--endpoint",
        default=DEFAULT_ENDPOINT,
        help=f"the API's base URL (default {DEFAULT_ENDPOINT}, a local Ollama)",
    )
    command.add_argument("--model", required=True, help="the model's name, e.g. llama3.1:8b")
    command.add_argument(
        "--api-key-env",
        metavar="VAR",
        help="read the API key from this environment variable (never stored or printed; "
        "without it, a hosted endpoint's key comes from the system keyring if installed)",
    )
    which = command.add_mutually_exclusive_group()
    which.add_argument("--set", metavar="NAME", help="the documents of this assignment set")
    which.add_argument(
        "--documents",
        metavar="ID,...|FILTER",
        help="ids or uuids (1,2,3), or a filter as in the app (outlet:guardian); default: all",
    )
    command.add_argument("--variables", help="code only these variables (comma-separated)")
    command.add_argument("--coder", help="the machine coder's name (default: the model's)")
    command.add_argument(
        "--temperature", type=float, default=0.0, help="sampling temperature (default 0)"
    )
    command.add_argument("--seed", type=int, help="sampling seed, for servers that take one")
    command.add_argument(
        "--max-cost",
        type=int,
        metavar="TOKENS",
        help="stop before the run's tokens (prompt + answer, estimated until the server counts "
        "them) would exceed this many",
    )
    command.add_argument(
        "--timeout", type=float, default=300.0, help="seconds to wait for one answer (default 300)"
    )
    command.add_argument(
        "--dry-run",
        action="store_true",
        help="print the exact request for one document and the estimated tokens; send nothing",
    )
    command.add_argument(
        "--yes",
        action="store_true",
        help="confirm that the article texts may be sent to an endpoint that is not this computer",
    )
    command.add_argument("--json", action="store_true", help="print the summary as JSON")
    command.set_defaults(handler=run_machine_code)


def _documents(args: argparse.Namespace, project) -> list[int] | None:
    from annotator.cli.team_commands import document_spec

    if args.set is not None:
        from annotator.services.assignments import documents_in_set

        return documents_in_set(project, args.set)
    if args.documents is not None:
        from annotator.services.assignments import select_documents

        return select_documents(project, document_spec(args.documents))
    return None


def _api_key(args: argparse.Namespace, local: bool, host: str) -> str | None:
    if args.api_key_env:
        key = os.environ.get(args.api_key_env)
        if not key:
            raise InvalidInputError(
                f"the environment variable {args.api_key_env} (--api-key-env) is not set"
            )
        return key
    if local:
        return None
    try:
        import keyring  # optional: only when the user has it installed
    except ImportError:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, host)
    except Exception:  # no usable keyring backend: go on without a key
        return None


def _progress_line(outcome) -> str:
    head = (
        f"machine-code: [{outcome.position}/{outcome.total}] document {outcome.document_id} "
        f"({shorten(outcome.title, 40)})"
    )
    if outcome.source in ("already_coded", "gone"):
        return f"{head}: {'already coded' if outcome.source == 'already_coded' else 'removed'}"
    source = "from the cache" if outcome.source == "cached" else "answered"
    parts = [f"{outcome.spans} spans stored"]
    if outcome.reanchored:
        parts.append(f"{outcome.reanchored} re-anchored")
    if outcome.rejected:
        reasons = ", ".join(f"{n} {why}" for why, n in sorted(outcome.rejected.items()))
        parts.append(f"rejected: {reasons}")
    if outcome.tokens:
        parts.append(f"{outcome.tokens} tokens")
    return f"{head} {source}: {', '.join(parts)}"


def _say(line: str) -> None:
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


def _print_dry_run(plan, args: argparse.Namespace, project) -> None:
    from annotator.services.machine.coding import document_text

    first = next((d for d in plan.documents if d.state == "to_send"), plan.documents[0])
    body = plan.prompt.request_body(plan.settings.model, document_text(project, first.id) or "")
    counts = {
        "selected": len(plan.documents),
        "to_send": plan.count("to_send"),
        "cached": plan.count("cached"),
        "already_coded": plan.count("already_coded"),
    }
    if args.json:
        write_json(
            {
                "dry_run": True,
                "coder": plan.settings.coder,
                "endpoint_host": plan.settings.endpoint_host,
                "prompt_hash": plan.settings.prompt_hash,
                "document": first.id,
                "request": body,
                "documents": counts,
                "estimated_tokens": plan.estimated_tokens,
            }
        )
        return
    write_line(f"Request for document {first.id} ({first.title}), as it would be sent:")
    write(json.dumps(body, ensure_ascii=False, indent=2) + "\n")
    write_line(
        f"Estimated tokens: {plan.estimated_tokens} for {counts['to_send']} documents to send "
        f"({counts['cached']} answered from the cache, {counts['already_coded']} already coded; "
        "one token per 4 characters, answers at half the article). Nothing was sent."
    )


def _print_summary(summary) -> None:
    host = f"model {summary.model} at {summary.endpoint_host}"
    write_line(f"Machine coder {summary.coder} ({host}), run {summary.run or '(none)'}")
    write_line(
        f"Documents: {summary.selected} selected, {summary.coded} coded ({summary.sent} sent, "
        f"{summary.from_cache} from the cache), {summary.already_coded} already coded, "
        f"{summary.answers_rejected} answers rejected, {summary.left} left"
    )
    rejected = sum(summary.rejected.values())
    reasons = ", ".join(f"{n} {why}" for why, n in sorted(summary.rejected.items()))
    write_line(
        f"Spans: {summary.spans_stored} stored ({summary.spans_reanchored} re-anchored), "
        f"{rejected} rejected{': ' + reasons if reasons else ''}"
    )
    write_line(f"Tokens: {summary.prompt_tokens} prompt + {summary.completion_tokens} completion")
    if summary.stopped:
        write_line(f"Stopped: {summary.stop_reason}. Run the same command again to resume.")


def run_machine_code(args: argparse.Namespace) -> int:
    from annotator.db.project import open_project
    from annotator.services.machine.client import ChatClient, endpoint_host, is_local_endpoint
    from annotator.services.machine.coding import (
        LEAVES_THE_MACHINE,
        MachineCodingRequest,
        plan_machine_coding,
        run_machine_coding,
    )

    host = endpoint_host(args.endpoint)
    local = is_local_endpoint(args.endpoint)
    if args.timeout <= 0:
        raise InvalidInputError("--timeout must be a positive number of seconds")
    with open_project(args.project, read_only=args.dry_run) as project:
        request = MachineCodingRequest(
            model=args.model,
            endpoint=args.endpoint,
            documents=_documents(args, project),
            variables=comma_separated_names(args.variables),
            coder=args.coder,
            temperature=args.temperature,
            seed=args.seed,
            max_cost=args.max_cost,
        )
        plan = plan_machine_coding(project, request)
        if args.dry_run:
            _print_dry_run(plan, args, project)
            return 0
        if plan.leaves_the_machine:
            statement = LEAVES_THE_MACHINE.format(host=host)
            if not args.yes:
                raise InvalidInputError(f"{statement} Nothing was sent; add --yes to go ahead.")
            _say(f"machine-code: {statement}")
        client = ChatClient(
            args.endpoint,
            plan.settings.model,
            api_key=_api_key(args, local, host),
            timeout=args.timeout,
            on_retry=lambda why, seconds: _say(
                f"machine-code: {host}: {why}; trying again in {seconds:g} s"
            ),
        )
        try:
            summary = run_machine_coding(
                project,
                plan,
                client,
                texts_may_leave=args.yes,
                progress=lambda outcome: _say(_progress_line(outcome)),
            )
        except KeyboardInterrupt:
            _say("machine-code: interrupted; what was answered is stored, run again to resume")
            raise
    if args.json:
        write_json(summary.to_json())
    else:
        _print_summary(summary)
    return 0 if summary.left == 0 else 1
