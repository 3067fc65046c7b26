"""Every endpoint's input flags, in process: each parser builds and formats its help, and the
spec's example input, written as flags, parses back to the same input."""

from __future__ import annotations

import argparse
import json
from typing import Any

import pytest
from fal_models import ENDPOINT_IDS, InputValidationError
from fal_models._cli import _endpoint_parser
from fal_models._cli_flags import _Extend, given_values
from fal_models.testing import example_input

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
