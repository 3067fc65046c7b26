"""A crash loses nothing paid: a batch run in a child process on the loopback emulator is killed
(SIGKILL) mid-batch, and the same batch run again with its journal returns every input's output
with each input submitted exactly once in all; sync and async."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fal_models.testing import DEFAULT_KEY, Emulator, EmulatorServer

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

QWEN = "fal-ai/qwen-image"
INPUTS = [{"prompt": f"fox {i}", "seed": i} for i in range(12)]
CONCURRENCY = 3
RUN_TIME = 0.5  # every request waits this long: the child is killed while it waits
LIMIT = 120.0  # seconds; generous, for a loaded machine

CHILD = """
import asyncio, json, sys
from fal_models import AsyncFalClient, FalClient

mode, key, settings, inputs, journal, concurrency = json.loads(sys.argv[1])
if mode == "sync":
    with FalClient(key, **settings) as fal:
        fal.batch("fal-ai/qwen-image", inputs, journal=journal, concurrency=concurrency)
else:
    async def main():
        async with AsyncFalClient(key, **settings) as fal:
            await fal.batch("fal-ai/qwen-image", inputs, journal=journal, concurrency=concurrency)
    asyncio.run(main())
"""


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(queue_time=0.0, run_time=RUN_TIME) as emulator:
        yield emulator


@pytest.fixture
def server(emu: Emulator) -> Iterator[EmulatorServer]:
    with emu.serve() as srv:
        yield srv


def journalled(path: Path) -> dict[int, str]:
    """The request lines written so far (a line still being written is left out)."""
    if not path.exists():
        return {}
    found = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        found[entry["index"]] = entry["request_id"]
    return found


def run_child_until_journalled(
    mode: str, server: EmulatorServer, journal: Path, count: int
) -> dict[int, str]:
    """Start the batch in a child process, SIGKILL it once `count` requests are journalled (the
    first wave: each then waits RUN_TIME for its job), and return what the journal holds."""
    args = [mode, DEFAULT_KEY, server.client_settings(), INPUTS, str(journal), CONCURRENCY]
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, json.dumps(args)],
        env=os.environ.copy(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + LIMIT
        while len(journalled(journal)) < count:
            if child.poll() is not None:
                pytest.fail(f"the child ended early: {child.stderr.read().decode()[-2000:]}")
            if time.monotonic() > deadline:
                pytest.fail(f"nothing journalled in {LIMIT} s")
            time.sleep(0.01)
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=LIMIT) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        assert child.stderr is not None
        child.stderr.close()
    return journalled(journal)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_batch_killed_mid_run_resumes_without_submitting_anything_twice(
    emu: Emulator, server: EmulatorServer, tmp_path: Path, mode: str
) -> None:
    journal = tmp_path / "run.jsonl"
    before_kill = run_child_until_journalled(mode, server, journal, CONCURRENCY)
    assert len(before_kill) >= CONCURRENCY
    assert {e.request_id for e in emu.submissions(QWEN)} == set(before_kill.values())

    items: list[Any]
    if mode == "sync":
        with server.client(DEFAULT_KEY) as fal:
            items = fal.batch(QWEN, INPUTS, journal=journal, concurrency=CONCURRENCY)
    else:

        async def resume() -> list[Any]:
            async with server.async_client(DEFAULT_KEY) as fal:
                return await fal.batch(QWEN, INPUTS, journal=journal, concurrency=CONCURRENCY)

        items = asyncio.run(resume())

    assert [item.error for item in items] == [None] * len(INPUTS)
    assert [item.output.seed for item in items] == [i["seed"] for i in INPUTS]
    assert {i for i, item in enumerate(items) if item.resumed} == set(before_kill)
    assert {i: items[i].request_id for i in before_kill} == before_kill
    submissions = emu.submissions(QWEN)
    per_input = Counter(json.dumps(e.json, sort_keys=True) for e in submissions)
    assert sorted(per_input.values()) == [1] * len(INPUTS)  # every input once, none twice
    assert {e.request_id for e in submissions} == {item.request_id for item in items}
