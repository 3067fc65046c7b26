"""Paid work under control: billable units on every result and error, unit prices (batched,
paginated, cached), cost of an output, billing events, estimates before a call, and budgets that
refuse a call before its submit, against the emulator, sync and async."""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import io
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from fal_models import (
    APIStatusError,
    AsyncFalClient,
    BillingAccessError,
    Budget,
    BudgetExceededError,
    Cost,
    CostEstimate,
    CostUnavailableError,
    FalClient,
    InputValidationError,
    InvalidOptionError,
    NotFoundError,
    PermissionDeniedError,
    RequestFailedError,
    UnitPrice,
    _pricing,
)
from fal_models._exceptions import status_error
from fal_models.testing import Emulator, Failure, Fault

QWEN = "fal-ai/qwen-image"
MODES = ("sync", "async")


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(run_time=0.01) as emulator:
        emulator.set_price(QWEN, 0.02, units=3)
        yield emulator


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def client(emu: Emulator, mode: str, **settings: Any) -> FalClient | AsyncFalClient:
    return emu.client(**settings) if mode == "sync" else emu.async_client(**settings)


async def call(value: Any) -> Any:
    """The sync client's result as it is, the async client's awaited."""
    return await value if inspect.isawaitable(value) else value


def platform_calls(emu: Emulator) -> list[Any]:
    return [e for e in emu.log if e.route == "platform"]


# -- 1. cost on every result ---------------------------------------------------------------------


async def test_every_output_carries_its_billable_units_and_endpoint(
    emu: Emulator, mode: str
) -> None:
    fal = client(emu, mode)
    subscribed = await call(fal.qwen_image.subscribe(prompt="x"))
    ran = await call(fal.qwen_image.run(prompt="x"))
    handle = await call(fal.qwen_image.submit(prompt="x"))
    fetched = await call(handle.result())
    for out in (subscribed, ran, fetched):
        assert out._billable_units == 3.0
        assert out._endpoint_id == QWEN
        assert out._request_id
    assert fetched._request_id == handle.request_id


def test_an_error_carries_the_billable_units_fal_stated() -> None:
    request = httpx.Request("GET", "https://queue.fal.run/fal-ai/qwen-image/requests/r")
    billed = httpx.Response(
        500, json={"detail": "boom"}, headers={"X-Fal-Billable-Units": "1.5"}, request=request
    )
    assert status_error(billed).billable_units == 1.5
    for raw in ("", "nan", "-1", "lots"):
        odd = httpx.Response(500, headers={"X-Fal-Billable-Units": raw}, request=request)
        assert status_error(odd).billable_units is None
    assert status_error(httpx.Response(500, request=request)).billable_units is None


async def test_a_failed_request_that_was_billed_says_so_on_its_error(
    emu: Emulator, mode: str
) -> None:
    fal = client(emu, mode)
    handle = await call(fal.qwen_image.submit(prompt="x"))
    # A model's own refusal: the status shows no error, the result GET answers it.
    billed = Failure(422, error=None, error_type=None, headers={"X-Fal-Billable-Units": "2"})
    emu.fail_request(handle.request_id, billed)
    with pytest.raises(APIStatusError) as caught:
        await call(handle.result())
    assert caught.value.billable_units == 2.0
    assert caught.value.request_id == handle.request_id


async def test_cost_is_units_times_the_unit_price(emu: Emulator, mode: str) -> None:
    fal = client(emu, mode)
    out = await call(fal.qwen_image.subscribe(prompt="x"))
    cost = await call(fal.cost(out))
    assert cost == Cost(
        amount=pytest.approx(0.06),
        currency="USD",
        units=3.0,
        unit_price=0.02,
        unit="image",
        endpoint_id=QWEN,
        request_id=out._request_id,
    )


async def test_an_output_without_billable_units_has_no_cost(emu: Emulator, mode: str) -> None:
    fal = client(emu, mode)
    out = await call(fal.qwen_image.run(prompt="x"))
    out._billable_units = None
    with pytest.raises(CostUnavailableError, match="X-Fal-Billable-Units"):
        await call(fal.cost(out))
    assert platform_calls(emu) == []  # nothing to price: fal is not asked


async def test_prices_are_asked_50_ids_a_call_every_page_followed_and_cached(
    emu: Emulator, mode: str
) -> None:
    ids = [QWEN, *[eid for eid in emu.endpoint_ids if eid != QWEN][:59]]
    assert len(ids) == 60
    fal = client(emu, mode)
    prices = await call(fal.pricing(ids))
    assert list(prices) == ids
    assert all(isinstance(p, UnitPrice) for p in prices.values())
    assert prices[QWEN].unit_price == 0.02 and prices[QWEN].currency == "USD"
    asked = platform_calls(emu)
    batches = [e.query["endpoint_id"].split(",") for e in asked]
    assert all(len(b) <= 50 for b in batches)
    assert {i for b in batches for i in b} == set(ids)
    # The emulator pages 20 prices at a time: 50 ids take three pages, the last 10 one.
    assert [e.query.get("cursor") is not None for e in asked] == [False, True, True, False]
    again = await call(fal.pricing([QWEN, ids[59]]))
    assert again == {QWEN: prices[QWEN], ids[59]: prices[ids[59]]}
    assert len(platform_calls(emu)) == 4  # from the cache


async def test_a_price_is_asked_again_once_its_time_is_up(
    emu: Emulator, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_pricing, "PRICE_TTL", 0.0)
    fal = client(emu, mode)
    await call(fal.pricing(QWEN))
    emu.set_price(QWEN, 0.05)
    assert (await call(fal.pricing(QWEN)))[QWEN].unit_price == 0.05
    assert len(platform_calls(emu)) == 2


@pytest.mark.parametrize("bad", [[], [""], [" fal-ai/x"], [3], b"fal-ai/x", {"a": 1}])
async def test_bad_endpoint_ids_are_refused_before_any_request(
    emu: Emulator, mode: str, bad: Any
) -> None:
    fal = client(emu, mode)
    with pytest.raises(InvalidOptionError) as caught:
        await call(fal.pricing(bad))
    assert caught.value.option == "endpoint_ids"
    assert emu.log == []


async def test_platform_errors_are_typed_from_fals_envelope(emu: Emulator, mode: str) -> None:
    fal = client(emu, mode)
    with pytest.raises(NotFoundError) as caught:
        await call(fal.pricing("fal-ai/not-a-model"))
    assert caught.value.error_type == "not_found"
    assert "no pricing" in str(caught.value)
    assert caught.value.request_id


async def test_billed_cost_reads_the_billing_event(emu: Emulator, mode: str) -> None:
    fal = client(emu, mode)
    out = await call(fal.qwen_image.subscribe(prompt="x"))
    event = await call(fal.billed_cost(out._request_id))
    assert event is not None
    assert (event.request_id, event.endpoint_id) == (out._request_id, QWEN)
    assert event.cost_total == pytest.approx(0.06) and event.output_units == 3.0
    assert await call(fal.billed_cost("no-such-request")) is None
    with pytest.raises(InvalidOptionError):
        await call(fal.billed_cost(""))


async def test_billed_cost_without_an_admin_key_says_so(emu: Emulator, mode: str) -> None:
    emu.set_billing_access(False)
    fal = client(emu, mode)
    with pytest.raises(BillingAccessError, match="admin key") as caught:
        await call(fal.billed_cost("some-request"))
    assert isinstance(caught.value, PermissionDeniedError)
    assert caught.value.status_code == 403 and caught.value.error_type == "authorization_error"
    assert caught.value.request_id


def test_the_platform_api_is_a_client_setting_and_gets_the_key() -> None:
    with FalClient(key="k:s", api_url="http://127.0.0.1:9/api/v1/") as fal:
        assert fal.config.api_url == "http://127.0.0.1:9/api/v1"
        assert fal.config.is_fal_host("http://127.0.0.1:9/api/v1/models/pricing")
        assert not fal.config.is_fal_host("http://127.0.0.1:9/cdn/x")
    with pytest.raises(InvalidOptionError) as caught:
        FalClient(key="k:s", api_url="ftp://x")
    assert caught.value.option == "api_url"


def test_the_emulators_pricing_methods_check_their_arguments() -> None:
    with Emulator() as emulator:
        with pytest.raises(KeyError):
            emulator.set_price("fal-ai/not-emulated", 0.1)
        with pytest.raises(ValueError, match="unit_price"):
            emulator.set_price(QWEN, -0.1)
        with pytest.raises(ValueError, match="units"):
            emulator.set_price(QWEN, 0.1, units=float("nan"))
        with pytest.raises(TypeError, match="unit"):
            emulator.set_price(QWEN, 0.1, unit=None)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="allowed"):
            emulator.set_billing_access("no")  # type: ignore[arg-type]


# -- 2. price before you pay ---------------------------------------------------------------------


async def test_estimate_per_call_and_per_unit(emu: Emulator, mode: str) -> None:
    fal = client(emu, mode)
    one = await call(fal.qwen_image.estimate())
    three = await call(fal.qwen_image.estimate(calls=3))
    units = await call(fal.qwen_image.estimate(units=2.5))
    assert isinstance(one, CostEstimate)
    assert (one.estimate_type, one.total_cost, one.currency) == (
        "historical_api_price",
        pytest.approx(0.06),
        "USD",
    )
    assert three.total_cost == pytest.approx(0.18)
    assert (units.estimate_type, units.total_cost) == ("unit_price", pytest.approx(0.05))
    bodies = [e.json for e in platform_calls(emu)]
    assert bodies == [
        {"estimate_type": "historical_api_price", "endpoints": {QWEN: {"call_quantity": 1}}},
        {"estimate_type": "historical_api_price", "endpoints": {QWEN: {"call_quantity": 3}}},
        {"estimate_type": "unit_price", "endpoints": {QWEN: {"unit_quantity": 2.5}}},
    ]


@pytest.mark.parametrize(
    ("kwargs", "option"),
    [
        ({"calls": 0}, "calls"),
        ({"calls": 1.5}, "calls"),
        ({"calls": True}, "calls"),
        ({"units": 0}, "units"),
        ({"units": float("nan")}, "units"),
        ({"units": -1}, "units"),
        ({"calls": 2, "units": 2}, "units"),
        ({"input": ["prompt"]}, "input"),
    ],
)
async def test_a_bad_estimate_is_refused_before_any_request(
    emu: Emulator, mode: str, kwargs: dict[str, Any], option: str
) -> None:
    fal = client(emu, mode)
    with pytest.raises(InvalidOptionError) as caught:
        await call(fal.qwen_image.estimate(**kwargs))
    assert caught.value.option == option
    assert emu.log == []


async def test_an_estimate_validates_its_input_first(emu: Emulator, mode: str) -> None:
    fal = client(emu, mode)
    with pytest.raises(InputValidationError) as caught:
        await call(fal.qwen_image.estimate(input={"prompt": "x", "num_images": 30}))
    assert caught.value.fields == ["num_images"]
    assert emu.log == []
    found = await call(fal.qwen_image.estimate(input={"prompt": "x"}))
    assert found.total_cost == pytest.approx(0.06)


# -- 3. budgets ----------------------------------------------------------------------------------


@pytest.mark.parametrize("usd", [-0.01, float("nan"), float("inf"), "5", True])
def test_a_budget_that_cannot_be_spent_is_refused(usd: Any) -> None:
    with pytest.raises(InvalidOptionError) as caught:
        Budget(usd=usd)
    assert caught.value.option == "usd"


async def test_something_else_than_a_budget_is_refused(emu: Emulator, mode: str) -> None:
    with pytest.raises(InvalidOptionError):
        client(emu, mode, budget=5.0)
    fal = client(emu, mode)
    with pytest.raises(InvalidOptionError) as caught:
        await call(fal.qwen_image.run(prompt="x", budget=5.0))
    assert caught.value.option == "budget"
    assert emu.log == []


async def test_a_budget_refuses_the_call_that_does_not_fit_before_its_submit(
    emu: Emulator, mode: str
) -> None:
    budget = Budget(usd=0.13)
    fal = client(emu, mode, budget=budget)
    for _ in range(2):
        await call(fal.qwen_image.subscribe(prompt="x"))
    with pytest.raises(BudgetExceededError) as caught:
        await call(fal.qwen_image.subscribe(prompt="x"))
    assert (caught.value.needed, caught.value.remaining) == (pytest.approx(0.06), 0.01)
    assert len(emu.submissions(QWEN)) == 2
    assert (budget.calls, budget.spent, budget.remaining) == (2, 0.12, pytest.approx(0.01))
    with pytest.raises(BudgetExceededError):
        await call(fal.qwen_image.run(prompt="x"))
    assert emu.runs(QWEN) == []


async def test_the_actual_cost_replaces_the_reservation(emu: Emulator, mode: str) -> None:
    budget = Budget(usd=1)
    fal = client(emu, mode)
    await call(fal.qwen_image.estimate())  # one image a call, cached: 0.06 USD
    emu.set_price(QWEN, 0.02, units=5)  # this call bills 5 images
    out = await call(fal.qwen_image.run(prompt="x", budget=budget))
    assert out._billable_units == 5.0
    assert (budget.spent, budget.reserved, budget.calls) == (pytest.approx(0.1), 0.0, 1)


async def test_a_submit_keeps_its_estimate_and_a_refused_submit_gives_it_back(
    emu: Emulator, mode: str
) -> None:
    budget = Budget(usd=1)
    fal = client(emu, mode, budget=budget, max_retries=0)
    await call(fal.qwen_image.submit(prompt="x"))
    assert (budget.spent, budget.calls) == (pytest.approx(0.06), 1)
    emu.inject(Fault.ingress_error("submit", 503))
    with pytest.raises(APIStatusError):
        await call(fal.qwen_image.subscribe(prompt="x"))
    assert (budget.spent, budget.reserved, budget.calls) == (pytest.approx(0.06), 0.0, 1)


async def test_a_request_that_failed_after_it_was_enqueued_stays_spent(
    emu: Emulator, mode: str
) -> None:
    budget = Budget(usd=1)
    fal = client(emu, mode, budget=budget)
    emu.fail_next(Failure(500), endpoint_id=QWEN)
    with pytest.raises(RequestFailedError):
        await call(fal.qwen_image.subscribe(prompt="x"))
    assert (budget.spent, budget.calls) == (pytest.approx(0.06), 1)


async def test_a_call_budget_overrides_the_clients(emu: Emulator, mode: str) -> None:
    shared, own = Budget(usd=1), Budget(usd=1)
    fal = client(emu, mode, budget=shared)
    await call(fal.qwen_image.run(prompt="x", budget=own))
    assert (shared.calls, own.calls) == (0, 1)


async def test_100_concurrent_tasks_against_a_budget_for_10_submit_exactly_10(
    emu: Emulator,
) -> None:
    budget = Budget(usd=0.6)

    async def one(fal: AsyncFalClient) -> bool:
        try:
            await fal.qwen_image.subscribe(prompt="x")
        except BudgetExceededError:
            return False
        return True

    async with emu.async_client(budget=budget) as fal:
        admitted = await asyncio.gather(*(one(fal) for _ in range(100)))
    assert sum(admitted) == 10
    assert len(emu.submissions(QWEN)) == 10
    assert (budget.calls, budget.spent, budget.remaining) == (10, pytest.approx(0.6), 0.0)


def test_100_threads_against_a_budget_for_10_submit_exactly_10(emu: Emulator) -> None:
    budget = Budget(usd=0.6)

    def one(fal: FalClient) -> bool:
        try:
            fal.qwen_image.run(prompt="x", budget=budget)
        except BudgetExceededError:
            return False
        return True

    with emu.client() as fal, ThreadPoolExecutor(max_workers=32) as pool:
        admitted = list(pool.map(lambda _: one(fal), range(100)))
    assert sum(admitted) == 10
    assert len(emu.runs(QWEN)) == 10
    assert (budget.calls, budget.spent) == (10, pytest.approx(0.6))


def test_the_readme_example_runs_against_the_emulator_as_written() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("**Paid work under control.**", 1)[1]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, "README.md", "exec"), {})
    assert printed.getvalue().splitlines() == [
        "0.02",
        "2.0 0.04 USD",
        "0.04",
        "0.04",
        "0.2",
        "0.04 0.02",
        "2 0.08 0.02",
    ]
