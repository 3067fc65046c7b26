"""The command line in process: every endpoint's input flags (each parser builds and formats its
help, and the spec's example input, written as flags, parses back to the same input), and the
readable summary of an output."""

from __future__ import annotations

import argparse
import json
from typing import Any, Literal

import pytest
from fal_models import ENDPOINT_IDS, InputModel, InputValidationError, OutputModel
from fal_models._cli import _endpoint_parser
from fal_models._cli_flags import _Extend, add_input_flags, given_values
from fal_models._cli_output import show_output
from fal_models.testing import example_input
from pydantic import MISSING

from generator.pipeline import ir
from tests.spec_set import repo_specs


def _argv(parser: argparse.ArgumentParser, values: dict[str, Any]) -> list[str]:
    """`values` (by field name) as the flags a person would type."""
    actions = {a.dest: a for a in parser._actions}
    argv: list[str] = []
    for name, value in values.items():
        action = actions[f"input:{name}"]
        flag = action.option_strings[0]
        kind = getattr(action.type, "__name__", "")
        if value == []:
            argv += [flag, "[]"]
        elif isinstance(action, argparse.BooleanOptionalAction):
            argv.append(flag if value else "--no-" + flag[2:])
        elif kind == "JSON":
            items = value if isinstance(action, _Extend) else [value]
            argv += [part for item in items for part in (flag, json.dumps(item))]
        elif kind == "preset or JSON":
            argv += [flag, value if isinstance(value, str) else json.dumps(value)]
        elif isinstance(value, list):
            argv += [part for item in value for part in (flag, str(item))]
        else:
            argv += [flag, str(value)]
    return argv


@pytest.mark.long
def test_every_endpoints_example_input_round_trips_through_its_flags() -> None:
    specs: dict[str, ir.Endpoint] = {e.id: e for e in repo_specs().endpoints}
    failures = []
    for endpoint_id in ENDPOINT_IDS:
        parser, cls, flags = _endpoint_parser("run", endpoint_id)
        parser.format_help()
        model = cls.input_model
        by_wire = {(f.alias or name): name for name, f in model.model_fields.items()}
        example = specs[endpoint_id].example_input or example_input(model)
        values = {by_wire.get(k, k): v for k, v in example.items() if v is not None}
        try:
            args = parser.parse_args(_argv(parser, values))
        except SystemExit:
            failures.append(f"{endpoint_id}: {_argv(parser, values)}")
            continue
        expected = model.build(values).to_wire()
        try:
            got = model.build(given_values(args, flags)).to_wire()
        except InputValidationError as exc:
            failures.append(f"{endpoint_id}: {str(exc)[:300]}")
            continue
        if got != expected:
            failures.append(f"{endpoint_id}: {str(got)[:300]} != {str(expected)[:300]}")
    assert not failures, f"{len(failures)} endpoints:\n" + "\n".join(failures[:20])


class _Clashing(InputModel):
    run_url: int = 1
    """A field named like an option of the command."""
    save: Literal["a", "b"] = "a"
    """Another."""
    prompt: str
    """A field that clashes with nothing."""


def test_a_field_named_like_an_option_of_the_command_gets_input_prefixed() -> None:
    parser = argparse.ArgumentParser(allow_abbrev=False)
    parser.add_argument("--run-url")
    parser.add_argument("--save")
    flags = add_input_flags(parser, _Clashing, {"--run-url", "--save", "-h", "--help"})
    assert [f.flag for f in flags] == ["--input-run-url", "--input-save", "--prompt"]
    argv = ["--run-url", "u", "--input-run-url", "3", "--input-save", "b", "--prompt", "x"]
    args = parser.parse_args(argv)
    assert args.run_url == "u"
    assert given_values(args, flags) == {"run_url": 3, "save": "b", "prompt": "x"}


def test_the_summary_shows_what_fal_sent_and_nothing_it_did_not(
    capsys: pytest.CaptureFixture[str],
) -> None:
    class Shown(OutputModel):
        seed: int
        revised_prompt: str | MISSING = MISSING

    show_output(Shown.model_validate({"seed": 3}), as_json=False, save=None)
    assert capsys.readouterr().out.splitlines() == ["seed: 3"]
    show_output(Shown.model_validate({"seed": 3, "extra": [1]}), as_json=False, save=None)
    assert capsys.readouterr().out.splitlines() == ["seed: 3", "extra: [1]"]
