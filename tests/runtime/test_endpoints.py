"""Every seed endpoint on both clients: reachable two ways, example input accepted, bad input
rejected with the field named and no HTTP request sent."""

from __future__ import annotations

import json
import warnings
from typing import Any

import httpx
import pytest
from fal_models import ENDPOINT_IDS, AsyncFalClient, FalClient, InputValidationError

from generator.pipeline.ir import Endpoint, InlineEnum, Primitive, SpecSet
from tests.conftest import SEED_IDS, Recorder, queue_handler
from tests.spec_set import repo_specs

SPECS = repo_specs()
BY_ID = {e.id: e for e in SPECS.endpoints}
IDS = list(SEED_IDS)  # every endpoint: tests/catalogue/


def _sync(handler: Any) -> tuple[FalClient, Recorder]:
    rec = Recorder(handler)
    return FalClient(
        key="test-key", http_client=httpx.Client(transport=httpx.MockTransport(rec))
    ), rec


def _async(handler: Any) -> tuple[AsyncFalClient, Recorder]:
    rec = Recorder(handler)
    return AsyncFalClient(
        key="test-key", http_client=httpx.AsyncClient(transport=httpx.MockTransport(rec))
    ), rec


def _walk(client: object, endpoint: Endpoint) -> Any:
    node = client
    for part in endpoint.attribute_path:
        node = getattr(node, part)
    return node


def _python_kwargs(endpoint: Endpoint, wire: dict[str, Any]) -> dict[str, Any]:
    by_wire = {f.name: f.python_name for f in endpoint.input.fields}
    return {by_wire[k]: v for k, v in wire.items()}


def test_registry_lists_every_spec(specs: SpecSet) -> None:
    assert sorted(ENDPOINT_IDS) == sorted(e.id for e in specs.endpoints)


def test_documented_attribute_paths() -> None:
    client = FalClient(key="k")
    assert (
        client.bytedance.seedream.v4.text_to_image.endpoint_id
        == "fal-ai/bytedance/seedream/v4/text-to-image"
    )
    assert client.qwen_image.endpoint_id == "fal-ai/qwen-image"
    assert client.ideogram.v3.endpoint_id == "fal-ai/ideogram/v3"
    assert client.bytedance.seedream.v4_5.edit.endpoint_id == "fal-ai/bytedance/seedream/v4.5/edit"


@pytest.mark.parametrize("endpoint_id", IDS)
def test_reachable_both_ways_on_both_clients(endpoint_id: str) -> None:
    endpoint = BY_ID[endpoint_id]
    for client in (FalClient(key="k"), AsyncFalClient(key="k")):
        by_attr = _walk(client, endpoint)
        by_id = client.endpoint(endpoint_id)
        assert type(by_attr) is type(by_id)
        assert by_attr.endpoint_id == endpoint_id
        assert by_attr.Input.__name__ == endpoint.input.name
        assert by_attr.Output.__name__ == endpoint.output.name
        assert type(by_attr).__name__.startswith("Async") == isinstance(client, AsyncFalClient)


def test_unknown_endpoint_id_suggests_the_close_one() -> None:
    with pytest.raises(KeyError, match="did you mean 'fal-ai/qwen-image'"):
        FalClient(key="k").endpoint("fal-ai/qwen-imag")


@pytest.mark.parametrize("endpoint_id", IDS)
def test_example_input_runs_and_is_sent_as_given(endpoint_id: str) -> None:
    endpoint = BY_ID[endpoint_id]
    assert endpoint.example_input, "every seed spec carries the docs' example input"
    client, rec = _sync(queue_handler(endpoint.example_output or {}))
    out = _walk(client, endpoint).run(**_python_kwargs(endpoint, endpoint.example_input))
    assert isinstance(out, _walk(client, endpoint).Output)
    assert len(rec.requests) == 1
    sent = rec.requests[0]
    assert str(sent.url) == f"https://fal.run/{endpoint_id}"
    assert json.loads(sent.content) == endpoint.example_input
    assert out._request_id == "req-1"


@pytest.mark.parametrize("endpoint_id", IDS)
async def test_example_input_subscribes_async(endpoint_id: str) -> None:
    endpoint = BY_ID[endpoint_id]
    client, rec = _async(queue_handler(endpoint.example_output or {}))
    out = await _walk(client, endpoint).subscribe(
        **_python_kwargs(endpoint, endpoint.example_input or {})
    )
    assert out.model_dump(mode="json", by_alias=True, exclude_unset=True) == endpoint.example_output
    submit, stream, result = rec.requests
    assert submit.method == "POST" and submit.url.path == f"/{endpoint_id}"
    app = "/".join(endpoint_id.split("/")[:2])
    assert stream.url.path == f"/{app}/requests/req-1/status/stream"
    assert result.url.path == f"/{app}/requests/req-1"


def _invalid_cases(endpoint: Endpoint) -> list[tuple[str, dict[str, Any], str]]:
    """(label, kwargs on top of the required ones, field path the error must name)."""
    cases: list[tuple[str, dict[str, Any], str]] = []
    for f in endpoint.input.fields:
        if f.constraints.maximum is not None and "maximum" not in f.from_prose:
            cases.append(
                ("above maximum", {f.python_name: f.constraints.maximum + 1}, f.python_name)
            )
        if f.constraints.max_items is not None:
            too_many = ["https://example.com/a.png"] * (f.constraints.max_items + 1)
            if f.python_name == "loras":
                too_many = [{"path": "x"}] * (f.constraints.max_items + 1)
            cases.append(("too many items", {f.python_name: too_many}, f.python_name))
        if f.type == Primitive("integer"):
            cases.append(("wrong type", {f.python_name: "three"}, f.python_name))
        if isinstance(f.type, InlineEnum):
            cases.append(("bad enum value", {f.python_name: "not-a-value"}, f.python_name))
        if not f.required and not f.nullable:
            cases.append(("None for a non-nullable field", {f.python_name: None}, f.python_name))
    return cases


@pytest.mark.parametrize("endpoint_id", IDS)
def test_invalid_input_is_rejected_before_any_request(endpoint_id: str) -> None:
    endpoint = BY_ID[endpoint_id]
    required = {
        k: v
        for k, v in _python_kwargs(endpoint, endpoint.example_input or {}).items()
        if k in {f.python_name for f in endpoint.input.fields if f.required}
    }
    cases = _invalid_cases(endpoint)
    labels = {label for label, _, _ in cases}
    assert {"wrong type", "None for a non-nullable field"} <= labels
    client, rec = _sync(queue_handler({}))
    ep = _walk(client, endpoint)
    for label, bad, field in cases:
        for method in (ep.run, ep.submit, ep.subscribe):
            with pytest.raises(InputValidationError) as info:
                method(**{**required, **bad})
            assert field in info.value.fields, (label, str(info.value))
    assert rec.requests == []


@pytest.mark.parametrize("endpoint_id", IDS)
def test_unknown_field_is_rejected_with_a_hint(endpoint_id: str) -> None:
    endpoint = BY_ID[endpoint_id]
    client, rec = _sync(queue_handler({}))
    ep = _walk(client, endpoint)
    first = endpoint.input.fields[0].python_name
    typo = first[:-1] + ("x" if first[-1] != "x" else "y")
    optional = next(f.python_name for f in endpoint.input.fields if not f.required)
    misspelt = optional[:-1] + ("x" if optional[-1] != "x" else "y")
    required = _python_kwargs(
        endpoint,
        {f.name: endpoint.example_input[f.name] for f in endpoint.input.fields if f.required},
    )
    for method in (ep.run, ep.submit, ep.subscribe):
        with pytest.raises(TypeError, match=f"'{misspelt}'; did you mean '{optional}'"):
            method(**required, **{misspelt: "value"})
    with pytest.raises(InputValidationError) as info:
        ep.Input.build({**(endpoint.example_input or {}), typo: "value"})
    assert info.value.errors[0].path == typo
    assert info.value.errors[0].hint == f"did you mean {first!r}?"
    assert rec.requests == []


def test_arguments_not_given_are_not_sent() -> None:
    client, rec = _sync(queue_handler({"images": [], "seed": 1}))
    client.bytedance.seedream.v4.text_to_image.run(prompt="a fox", seed=None)
    assert json.loads(rec.requests[0].content) == {"prompt": "a fox", "seed": None}


def test_nested_error_path_and_hint() -> None:
    client, rec = _sync(queue_handler({}))
    with pytest.raises(InputValidationError) as info:
        client.qwen_image.run(prompt="x", loras=[{"path": "a", "scal": 2}])
    assert info.value.fields == ["loras[0].scal"]
    assert "did you mean 'scale'?" in str(info.value)
    assert rec.requests == []


def test_deprecated_endpoint_warns_on_use() -> None:
    client, _ = _sync(queue_handler({"images": [], "seed": 1}))
    with pytest.warns(DeprecationWarning, match="v3/text-to-image is deprecated"):
        client.bytedance.seedream.v3.text_to_image.run(prompt="x")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        client.bytedance.seedream.v4.text_to_image.run(prompt="x")
