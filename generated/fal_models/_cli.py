"""The `fal-models` command line (`python -m fal_models`): run, submit and follow requests of
any endpoint, and list, search and describe endpoints.

`run ID` and `submit ID` build their flags from that one endpoint's input model when they are
called, so the command line loads one endpoint's modules, however many endpoints there are.

Exit status: 0 done; 1 fal answered with an error, the request failed or timed out, or fal could
not be reached; 2 bad usage or input (nothing was sent); 130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import argparse
import inspect
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from fal_models._cli_output import (
    PROG,
    Progress,
    note,
    print_json,
    print_status,
    show_output,
    status_dict,
)
from fal_models._exceptions import (
    FalError,
    InputValidationError,
    InvalidCredentialsError,
    InvalidOptionError,
    MissingCredentialsError,
)

if TYPE_CHECKING:
    from fal_models._cli_flags import InputFlag

__all__ = ["main"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
# Errors of the caller's making, found before anything was sent: argparse's exit status.
_USAGE_ERRORS = (
    InputValidationError,
    InvalidOptionError,
    MissingCredentialsError,
    InvalidCredentialsError,
)


class _UsageError(Exception):
    """Bad usage found after parsing (an unknown endpoint or category)."""


# -- parsers -------------------------------------------------------------------------------------


def _client_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("client")
    group.add_argument("--run-url", help="fal's run host (default: the client's)")
    group.add_argument("--queue-url", help="fal's queue host (default: the client's)")


def _output_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("output")
    group.add_argument("--json", action="store_true", help="print the output as JSON")
    group.add_argument("--save", metavar="DIR", type=Path, help="save the output files into DIR")


def _top_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Call fal.ai model endpoints from the command line. The key comes from "
        "FAL_KEY (or FAL_KEY_ID and FAL_KEY_SECRET).",
        epilog="`fal-models run ID --help` lists that endpoint's input flags. Exit status: 0 "
        "done; 1 fal answered with an error, the request failed or timed out, or fal could not "
        "be reached; 2 bad usage or input (nothing was sent); 130 interrupted.",
        allow_abbrev=False,
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, text in (
        ("run", "call an endpoint, wait for its output (queue position and logs on a terminal)"),
        ("submit", "queue a request and print its request id"),
    ):
        sub = commands.add_parser(name, help=text, description=text, allow_abbrev=False)
        sub.add_argument("endpoint", metavar="ID", help="the endpoint id, e.g. fal-ai/qwen-image")
    for name, text in (
        ("status", "print a request's status"),
        ("result", "wait for a request and print its output"),
        ("cancel", "cancel a queued request"),
    ):
        sub = commands.add_parser(name, help=text, description=text, allow_abbrev=False)
        sub.add_argument("endpoint", metavar="ID")
        sub.add_argument("request_id", metavar="REQUEST_ID")
        if name == "status":
            sub.add_argument("--logs", action="store_true", help="include fal's recent logs")
            sub.add_argument("--json", action="store_true", help="print the status as JSON")
        if name == "result":
            _output_options(sub)
        _client_options(sub)
    listing = commands.add_parser("list", help="list the endpoints", allow_abbrev=False)
    listing.add_argument("--category", help="only this category, e.g. text-to-image")
    listing.add_argument("--json", action="store_true", help="print JSON")
    search = commands.add_parser("search", help="find endpoints by words", allow_abbrev=False)
    search.add_argument("words", nargs="+", metavar="WORD", help="every word must match")
    search.add_argument("--category", help="only this category")
    search.add_argument("--json", action="store_true", help="print JSON")
    schema = commands.add_parser(
        "schema", help="print an endpoint's input and output JSON schema", allow_abbrev=False
    )
    schema.add_argument("endpoint", metavar="ID")
    return parser


def _endpoint_parser(
    command: str, endpoint_id: str
) -> tuple[argparse.ArgumentParser, Any, list[InputFlag]]:
    """The parser of `run ID` / `submit ID`: the command's options, then one flag per input
    field of the endpoint. Returns the parser, the endpoint class and the input flags."""
    # pydantic loads with the flags' module: only `run` and `submit` need it.
    from fal_models._cli_flags import add_input_flags, json_value

    cls = _endpoint_class(endpoint_id)
    parser = argparse.ArgumentParser(
        prog=f"{PROG} {command} {endpoint_id}",
        description=inspect.cleandoc(cls.__doc__ or ""),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,
    )
    parser.add_argument(
        "--input",
        metavar="JSON",
        type=json_value,
        help="the whole input as a JSON object (or @file); flags given override its fields",
    )
    if command == "run":
        _output_options(parser)
    else:
        parser.add_argument("--json", action="store_true", help="print the request id as JSON")
    _client_options(parser)
    # argparse has no public list of a parser's option strings.
    reserved = {a for action in parser._actions for a in action.option_strings}
    flags = add_input_flags(parser, cls.input_model, reserved)
    return parser, cls, flags


def _endpoint_class(endpoint_id: str) -> Any:
    # The client's tables load the runtime (httpx included): `list`, `search` and `--help` do
    # without them.
    from fal_models._client import _endpoint_class as find

    try:
        return find(endpoint_id, "")
    except KeyError as exc:
        raise _UsageError(exc.args[0]) from None


# -- commands ------------------------------------------------------------------------------------


def _client(args: argparse.Namespace) -> Any:
    from fal_models._client import FalClient

    settings = {k: v for k in ("run_url", "queue_url") if (v := getattr(args, k, None))}
    return FalClient(**settings)


def _values(args: argparse.Namespace, flags: list[InputFlag]) -> dict[str, Any]:
    from fal_models._cli_flags import given_values

    base = args.input if args.input is not None else {}
    if not isinstance(base, dict):
        raise _UsageError("--input: give a JSON object")
    return {**base, **given_values(args, flags)}


def _run(command: str, argv: Sequence[str]) -> int:
    parser, cls, flags = _endpoint_parser(command, argv[0])
    args = parser.parse_args(argv[1:])
    with _client(args) as client:
        endpoint = client.endpoint(cls.endpoint_id)
        if cls.deprecated:
            note(f"warning: {cls.deprecated}")
        payload = endpoint._input(_values(args, flags))
        if command == "submit":
            handle = endpoint._submit(payload, {})
            if args.json:
                print_json({"request_id": handle.request_id})
            else:
                print(handle.request_id)
            return EXIT_OK
        options: dict[str, Any] = {}
        progress = Progress.on(sys.stderr)
        if progress is not None:
            options = {"logs": True, "on_queue_update": progress.update}
        output = endpoint._subscribe(payload, options)
        show_output(output, as_json=args.json, save=args.save)
    return EXIT_OK


def _request(args: argparse.Namespace) -> int:
    cls = _endpoint_class(args.endpoint)
    with _client(args) as client:
        handle = client.endpoint(cls.endpoint_id).handle(args.request_id)
        if args.command == "cancel":
            handle.cancel()
            note(f"cancellation requested for {args.request_id}")
        elif args.command == "status":
            status = handle.status(logs=args.logs)
            if args.json:
                print_json(status_dict(status))
            else:
                print_status(status)
        else:
            progress = Progress.on(sys.stderr)
            if progress is not None:
                handle.wait(logs=True, on_update=progress.update)
            show_output(handle.result(), as_json=args.json, save=args.save)
    return EXIT_OK


def _catalogue(args: argparse.Namespace) -> int:
    from fal_models._catalogue import CATALOGUE

    entries = list(CATALOGUE)
    if args.category is not None:
        known = sorted({e.category for e in entries})
        if args.category not in known:
            raise _UsageError(f"unknown category {args.category!r}; known: {', '.join(known)}")
        entries = [e for e in entries if e.category == args.category]
    if args.command == "search":
        entries = _search(entries, args.words)
    if args.json:
        print_json([e._asdict() for e in entries])
        return EXIT_OK
    width = max((len(e.id) for e in entries), default=0)
    kind = max((len(e.category) for e in entries), default=0)
    for e in entries:
        status = " (deprecated)" if e.status == "deprecated" else ""
        print(f"{e.id:<{width}}  {e.category:<{kind}}  {e.title}{status}")
    if not entries and args.command == "search":
        note("no endpoint matches")
        return EXIT_FAILED
    return EXIT_OK


def _search(entries: list[Any], words: Sequence[str]) -> list[Any]:
    """Entries matching every word (case-insensitive, in id, title, category or description),
    those matching in their id or title first."""
    wanted = [w.lower() for w in words]
    scored = []
    for e in entries:
        name = f"{e.id} {e.title}".lower()
        text = f"{name} {e.category} {e.description}".lower()
        if all(w in text for w in wanted):
            scored.append((-sum(w in name for w in wanted), e.id, e))
    return [e for *_, e in sorted(scored)]


def _schema(args: argparse.Namespace) -> int:
    cls = _endpoint_class(args.endpoint)
    print_json(
        {
            "endpoint_id": cls.endpoint_id,
            "input": cls.input_model.model_json_schema(),
            "output": cls.output_model.model_json_schema(mode="serialization"),
        }
    )
    return EXIT_OK


# -- entry point ---------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (see the module docstring)."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        return _dispatch(args)
    except _UsageError as exc:
        _usage_exit(str(exc))
    except _USAGE_ERRORS as exc:
        _usage_exit(_one_line(exc))
    except FalError as exc:
        note(f"error: {_one_line(exc)}")
        return EXIT_FAILED
    except BrokenPipeError:  # `fal-models list | head`: the reader has gone, nothing to say
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
    except OSError as exc:  # --save into a folder that cannot be written, and such
        note(f"error: {exc}")
        return EXIT_FAILED
    except KeyboardInterrupt as exc:
        notes = "; ".join(getattr(exc, "__notes__", []))
        note("interrupted" + (f": {notes}" if notes else ""))
        return EXIT_INTERRUPTED


def _dispatch(args: list[str]) -> int:
    if args and args[0] in ("run", "submit") and len(args) > 1:
        if not args[1].startswith("-"):
            return _run(args[0], args[1:])
        if args[1] not in ("-h", "--help"):
            raise _UsageError(f"give the endpoint id first: {PROG} {args[0]} ID [flags]")
    parsed = _top_parser().parse_args(args)
    if parsed.command in ("status", "result", "cancel"):
        return _request(parsed)
    if parsed.command in ("list", "search"):
        return _catalogue(parsed)
    return _schema(parsed)


def _one_line(exc: BaseException) -> str:
    """The error in one line, naming the request when fal answered."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    text = "; ".join(lines).replace(":; ", ": ")  # "invalid input for X:" then its fields
    request_id = getattr(exc, "request_id", None)
    if request_id and request_id not in text:
        text += f" (request {request_id})"
    return text


def _usage_exit(message: str) -> NoReturn:
    print(f"{PROG}: error: {message}", file=sys.stderr)
    raise SystemExit(EXIT_USAGE)
