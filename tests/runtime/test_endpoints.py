"""Every seed endpoint on both clients: reachable two ways, example input accepted, bad input
rejected with the field named and no HTTP request sent."""

from __future__ import annotations

import json
import warnings
from typing import Any

import httpx
import pytest
from fal_models import (
    ENDPOINT_IDS,
    AsyncFalClient,
    FalClient,
    FalError,
    InputValidationError,
    ResponseInfo,
    UnknownEndpointError,
)
from fal_models.models.qwen_image import QwenImageOutput
from fal_models.testing import Emulator

from generator.pipeline.ir import Endpoint, InlineEnum, Primitive, SpecSet
from tests.conftest import SEED_IDS, Recorder, queue_handler
from tests.spec_set import repo_specs

SPECS = repo_specs()
BY_ID = {e.id: e for e in SPECS.endpoints}
IDS = list(SEED_IDS)  # every endpoint: tests/catalogue/
CALLS = ("run", "submit", "subscribe", "stream")


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


@pytest.mark.parametrize("client", [FalClient(key="k"), AsyncFalClient(key="k")])
def test_deprecated_endpoints_carry_pep_702_deprecated_on_each_call(client: Any) -> None:
    """`@deprecated` (PEP 702) makes checkers strike the calls through; its `__deprecated__` is
    what they and editors read at run time too."""
    for endpoint in map(BY_ID.__getitem__, IDS):  # the seeds: three are deprecated
        methods = [getattr(client.endpoint(endpoint.id), m) for m in CALLS]
        marks = {getattr(method, "__deprecated__", None) for method in methods}
        if endpoint.status == "deprecated":
            assert marks == {f"fal endpoint {endpoint.id} is deprecated"}
        else:
            assert marks == {None}


async def test_a_deprecated_async_call_warns_when_called() -> None:
    client, _ = _async(queue_handler({"images": [], "seed": 1}))
    with pytest.warns(DeprecationWarning, match="v3/text-to-image is deprecated"):
        call = client.bytedance.seedream.v3.text_to_image.run(prompt="x")
    await call


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


@pytest.mark.parametrize("client", [FalClient(key="k"), AsyncFalClient(key="k")])
def test_an_unknown_endpoint_id_is_a_typed_error_with_a_suggestion(client: Any) -> None:
    for lookup in (client.endpoint, client.any_endpoint):
        with pytest.raises(UnknownEndpointError) as info:
            lookup("fal-ai/qwen-imag")
        error = info.value
        assert isinstance(error, FalError) and isinstance(error, KeyError)  # KeyError: as before
        assert error.endpoint_id == "fal-ai/qwen-imag"
        assert error.suggestions[0] == "fal-ai/qwen-image"
        # Printed as a message, not in the quotes KeyError's str() would add.
        assert (
            str(error)
            == "unknown fal endpoint 'fal-ai/qwen-imag'; did you mean 'fal-ai/qwen-image'?"
        )
    with pytest.raises(UnknownEndpointError) as info:
        client.endpoint("zzz")
    assert info.value.suggestions == [] and "did you mean" not in str(info.value)
    with pytest.raises(TypeError, match="an endpoint id is a str"):
        client.endpoint(["fal-ai/qwen-image"])
    assert type(client.any_endpoint("fal-ai/qwen-image")) is type(client.qwen_image)


def test_response_info_is_the_public_metadata_of_an_output() -> None:
    with Emulator(run_time=0.01) as fal:
        fal.set_price("fal-ai/qwen-image", 0.02, unit="image", units=2)
        client = fal.client()
        handle = client.qwen_image.submit(prompt="a red fox")
        for out in (client.qwen_image.subscribe(prompt="a fox"), handle.result()):
            info = out.response_info
            assert info == ResponseInfo(
                request_id=out._request_id,
                endpoint_id="fal-ai/qwen-image",
                billable_units=2.0,
                headers=info.headers,
            )
            assert info.request_id
            assert info.headers["x-fal-billable-units"] == "2"
        assert info.request_id == handle.request_id
        with client.qwen_image.stream(prompt="a fox") as stream:
            list(stream)
        assert stream.output.response_info.request_id == stream.request_id
        assert "content-type" in stream.output.response_info.headers
    local = QwenImageOutput.model_validate(out.model_dump()).response_info  # not from fal
    assert local == ResponseInfo(request_id=None, endpoint_id=None, billable_units=None, headers={})


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
    with pytest.warns(DeprecationWarning, match="v3/text-to-image is deprecated") as caught:
        client.bytedance.seedream.v3.text_to_image.run(prompt="x")
    assert [w.filename for w in caught] == [__file__]  # the caller's line, once
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        client.bytedance.seedream.v4.text_to_image.run(prompt="x")
