"""Every endpoint the package ships (the eight seeds, fal's image catalogue and its other
categories), end to end: its example input is accepted by its `Input`, a synthesized output
parses into its `Output` (strictly), and `subscribe` through its client attribute works against
the in-process emulator.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from fal_models import ENDPOINT_IDS, FalClient, parse_output
from fal_models._client import _endpoint_class
from fal_models.testing import Emulator, example_input, example_output

from generator.pipeline import ir, naming
from generator.pipeline.emit_client import param_name
from tests.spec_set import repo_specs

REPO = Path(__file__).resolve().parents[2]


@cache
def specs() -> dict[str, ir.Endpoint]:
    return {e.id: e for e in repo_specs().endpoints}


@pytest.fixture(scope="module")
def client() -> Any:
    with Emulator(queue_time=0.0, run_time=0.0) as emulator:
        yield emulator.client()


def test_every_spec_is_shipped_and_counted_in_the_readme() -> None:
    assert sorted(ENDPOINT_IDS) == sorted(specs())
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert f"## Endpoints shipped ({len(ENDPOINT_IDS)})" in readme
    # The README's table of categories: every category, each with its count, and no other.
    counts = Counter(endpoint.category for endpoint in specs().values())
    rows = re.findall(r"^\| ([a-z0-9-]+) \| (\d+) \|$", readme, re.MULTILINE)
    assert {name: int(count) for name, count in rows} == dict(counts)


@pytest.mark.parametrize("endpoint_id", sorted(ENDPOINT_IDS))
def test_endpoint(endpoint_id: str, client: FalClient) -> None:
    cls = _endpoint_class(endpoint_id, "")
    spec = specs()[endpoint_id]
    # The schema's example (fal's, when complete) or a minimal one from the required fields.
    example = spec.example_input or example_input(cls.input_model)
    model = cls.input_model.model_validate(example)
    output = parse_output(cls.output_model, example_output(cls.output_model, example), strict=True)
    assert isinstance(output, cls.output_model)
    if spec.example_output:
        # fal's example response may name only some fields: the others are synthesized.
        synthesized = example_output(cls.output_model, example)
        parse_output(cls.output_model, {**synthesized, **spec.example_output}, strict=True)

    endpoint: Any = client
    for attribute in naming.attribute_path(endpoint_id):
        endpoint = getattr(endpoint, attribute)
    assert endpoint.endpoint_id == endpoint_id
    arguments = {param_name(name): getattr(model, name) for name in model.model_fields_set}
    result = endpoint.subscribe(**arguments, strict=True)
    assert isinstance(result, cls.output_model)


def _endpoint_and_namespace() -> tuple[str, str]:
    """An endpoint whose id is also the prefix of another endpoint's id, and that other one."""
    for parent in sorted(ENDPOINT_IDS):
        child = next((i for i in sorted(ENDPOINT_IDS) if i.startswith(parent + "/")), None)
        if child is not None:
            return parent, child
    raise AssertionError("no endpoint is also a namespace")


def test_an_endpoint_that_is_a_namespace_loads_lazily() -> None:
    parent, child = _endpoint_and_namespace()
    parent_module = "fal_models.endpoints." + naming.module_name(parent)
    child_path = ".".join(naming.attribute_path(child))
    code = (
        "import sys, fal_models\n"
        "c = fal_models.FalClient(key='k')\n"
        f"e = c.{child_path}\n"
        "print(sorted(m for m in sys.modules if m.startswith('fal_models.endpoints.')))\n"
        f"print(c.{'.'.join(naming.attribute_path(parent))}.endpoint_id)\n"
        "print(sorted(m for m in sys.modules if m.startswith('fal_models.endpoints.')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    child_module = "fal_models.endpoints." + naming.module_name(child)
    # Reaching the child builds the parent's node class, which needs the parent's module...
    # but nothing else: no other endpoint module is imported.
    assert set(ast.literal_eval(out[0])) <= {parent_module, child_module}
    assert child_module in ast.literal_eval(out[0])
    assert out[1] == parent
    assert set(ast.literal_eval(out[2])) == {parent_module, child_module}
