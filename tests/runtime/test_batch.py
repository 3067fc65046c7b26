"""Resumable batches: each request id journalled (fsync'd) before its wait, a second run with the
same journal resumes every request by its id without submitting again, another batch's journal
refused, outputs saved; sync and async, against the emulator."""

from __future__ import annotations

import contextlib
import inspect
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fal_models import (
    AsyncFalClient,
    BatchJournalError,
    Budget,
    BudgetExceededError,
    FalClient,
    InputValidationError,
    InternalServerError,
    InvalidOptionError,
)
from fal_models.testing import Emulator, Fault

QWEN = "fal-ai/qwen-image"
INPUTS = [{"prompt": f"fox {i}", "seed": i} for i in range(5)]


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(run_time=0.01) as emulator:
        yield emulator


@pytest.fixture(params=("sync", "async"))
def fal(request: pytest.FixtureRequest, emu: Emulator) -> FalClient | AsyncFalClient:
    return emu.client(max_retries=0) if request.param == "sync" else emu.async_client(max_retries=0)


async def call(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


def journal_ids(path: Path) -> dict[int, str]:
    lines = path.read_text().splitlines()
    return {e["index"]: e["request_id"] for e in map(json.loads, lines[1:])}


async def test_a_batch_journals_each_request_and_saves_each_output(
    emu: Emulator, fal: Any, tmp_path: Path
) -> None:
    journal, out = tmp_path / "run.jsonl", tmp_path / "out"
    items = await call(fal.batch(QWEN, INPUTS, journal=journal, concurrency=2, save_to=out))
    assert [item.output.seed for item in items] == [0, 1, 2, 3, 4]
    assert [item.error for item in items] == [None] * 5
    submitted = {e.request_id for e in emu.submissions(QWEN)}
    assert set(journal_ids(journal).values()) == submitted
    assert {i: item.request_id for i, item in enumerate(items)} == journal_ids(journal)
    assert json.loads((out / "3.json").read_text())["seed"] == 3


async def test_a_second_run_resumes_by_request_id_and_never_submits_again(
    emu: Emulator, fal: Any, tmp_path: Path
) -> None:
    journal = tmp_path / "run.jsonl"
    # Every result fetch fails: the requests were submitted, and journalled before the wait.
    emu.inject(Fault.gateway_error("result", 500, times=None))
    first = await call(fal.batch(QWEN, INPUTS, journal=journal, concurrency=3))
    assert all(isinstance(item.error, InternalServerError) for item in first)
    assert len(journal_ids(journal)) == 5 == len(emu.submissions(QWEN))
    emu.clear_faults()
    second = await call(fal.batch(QWEN, INPUTS, journal=journal, concurrency=3))
    assert [item.output.seed for item in second] == [0, 1, 2, 3, 4]
    assert all(item.resumed for item in second)
    assert [item.request_id for item in second] == [item.request_id for item in first]
    assert len(emu.submissions(QWEN)) == 5  # nothing submitted again


async def test_a_resumed_batch_reads_saved_outputs_back_without_fetching(
    emu: Emulator, fal: Any, tmp_path: Path
) -> None:
    journal, out = tmp_path / "run.jsonl", tmp_path / "out"
    first = await call(fal.batch(QWEN, INPUTS, journal=journal, save_to=out))
    (out / "1.json").unlink()  # lost: fetched again by its request id
    before = len(emu.log)
    again = await call(fal.batch(QWEN, INPUTS, journal=journal, save_to=out))
    assert [item.output.seed for item in again] == [0, 1, 2, 3, 4]
    assert again[0].output._request_id == first[0].request_id
    fetched = [e for e in emu.log[before:] if e.route != "submit"]
    assert {e.request_id for e in fetched} == {first[1].request_id}
    assert len(emu.submissions(QWEN)) == 5


async def test_a_journal_written_by_another_batch_is_refused(
    emu: Emulator, fal: Any, tmp_path: Path
) -> None:
    journal = tmp_path / "run.jsonl"
    await call(fal.batch(QWEN, INPUTS[:2], journal=journal))
    before = len(emu.log)
    with pytest.raises(BatchJournalError, match="another batch"):
        await call(fal.batch(QWEN, INPUTS, journal=journal))
    (tmp_path / "other.jsonl").write_text("not a journal\n")
    with pytest.raises(BatchJournalError, match="not a batch journal"):
        await call(fal.batch(QWEN, INPUTS, journal=tmp_path / "other.jsonl"))
    assert len(emu.log) == before


async def test_a_line_cut_short_by_a_crash_is_ignored(
    emu: Emulator, fal: Any, tmp_path: Path
) -> None:
    journal = tmp_path / "run.jsonl"
    await call(fal.batch(QWEN, INPUTS[:2], journal=journal))
    journal.write_text(journal.read_text() + '{"index": 5, "requ')
    again = await call(fal.batch(QWEN, INPUTS[:2], journal=journal))
    assert all(item.resumed and item.output is not None for item in again)


async def test_every_input_is_checked_before_anything_is_sent(
    emu: Emulator, fal: Any, tmp_path: Path
) -> None:
    journal = tmp_path / "run.jsonl"
    bad = [*INPUTS, {"prompt": "x", "num_images": 30}]
    with pytest.raises(InputValidationError) as caught:
        await call(fal.batch(QWEN, bad, journal=journal))
    assert caught.value.fields == ["num_images"]
    assert "input 5 of the batch" in caught.value.__notes__
    for kwargs in ({"concurrency": 0}, {"budget": 5}, {"progress": "yes"}):
        with pytest.raises(InvalidOptionError):
            await call(fal.batch(QWEN, INPUTS, journal=journal, **kwargs))
    with pytest.raises(InvalidOptionError):
        await call(fal.batch(QWEN, "prompt", journal=journal))
    assert emu.log == [] and not journal.exists()


async def test_a_batch_spends_from_its_budget(emu: Emulator, fal: Any, tmp_path: Path) -> None:
    budget = Budget(usd=0.02)  # two calls at the emulator's 0.01 USD
    items = await call(fal.batch(QWEN, INPUTS, journal=tmp_path / "j", budget=budget))
    assert sum(item.output is not None for item in items) == 2
    assert sum(isinstance(item.error, BudgetExceededError) for item in items) == 3
    assert len(emu.submissions(QWEN)) == 2 == budget.calls


class Terminal(io.StringIO):
    """A text stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


async def test_a_terminal_shows_one_line_rewritten_in_place_then_a_summary(
    emu: Emulator, fal: Any, tmp_path: Path
) -> None:
    emu.inject(Fault.gateway_error("result", 500, times=1))  # one request fails
    screen, budget = Terminal(), Budget(usd=0.03)  # three calls: two inputs refused
    items = await call(
        fal.batch(QWEN, INPUTS, journal=tmp_path / "j", budget=budget, progress=screen)
    )
    assert sum(item.output is not None for item in items) == 2
    shown = screen.getvalue()
    assert shown.startswith("\r") and shown.endswith("\n") and shown.count("\n") == 1
    written = shown.split("\r")[1:]
    lines = [line.rstrip() for line in written]
    assert lines[0].startswith(f"{QWEN}: 0/5 done, 1 in flight, 0 failed, 0 skipped by budget")
    assert lines[-1].startswith(
        f"{QWEN}: 2/5 done, 0 in flight, 1 failed, 2 skipped by budget, 0.0300 USD spent, "
        "0 resumed, in "
    )
    assert lines[-1].endswith(" s")
    # A rewrite covers the whole of the line before it.
    assert all(len(after) >= len(before) for before, after in zip(lines, written[1:], strict=False))

    emu.clear_faults()
    screen = Terminal()
    await call(fal.batch(QWEN, INPUTS, journal=tmp_path / "j", budget=budget, progress=screen))
    assert screen.getvalue().split("\r")[-1].startswith(f"{QWEN}: 3/5 done")
    assert "3 resumed" in screen.getvalue().split("\r")[-1]


async def test_progress_is_shown_on_stderr_only_when_it_is_a_terminal(
    emu: Emulator, fal: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = io.StringIO()  # not a terminal
    monkeypatch.setattr(sys, "stderr", log)
    await call(fal.batch(QWEN, INPUTS, journal=tmp_path / "a"))
    assert log.getvalue() == ""
    await call(fal.batch(QWEN, INPUTS, journal=tmp_path / "b", progress=True))
    assert log.getvalue().count("\n") == 1 and "\r" not in log.getvalue()  # the summary only
    assert log.getvalue().startswith(f"{QWEN}: 5/5 done, 0 in flight, 0 failed")

    screen = Terminal()
    monkeypatch.setattr(sys, "stderr", screen)
    await call(fal.batch(QWEN, INPUTS, journal=tmp_path / "c", progress=False))
    assert screen.getvalue() == ""
    await call(fal.batch(QWEN, INPUTS, journal=tmp_path / "d"))
    assert screen.getvalue().startswith("\r") and "5/5 done" in screen.getvalue()

    other = io.StringIO()  # a stream given: only the summary, as it is not a terminal
    await call(fal.batch(QWEN, INPUTS, journal=tmp_path / "e", progress=other))
    assert other.getvalue().count("\n") == 1 and "\r" not in other.getvalue()


def test_the_readme_example_runs_against_the_emulator_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("**Resumable batches.**", 1)[1]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    monkeypatch.chdir(tmp_path)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, "README.md", "exec"), {})
    assert printed.getvalue().splitlines() == ["[0, 1, 2]", "True 3"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["0.json", "1.json", "2.json"]
