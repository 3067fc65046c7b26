"""A long job outlives the process that submitted it: a child process submits and waits, is
killed (SIGKILL) while the job runs, and a second process resumes the wait from the request id
alone with `endpoint.handle(request_id).result()`: the output arrives, nothing is submitted
twice; sync and async, on the loopback emulator."""

from __future__ import annotations

import json
import math
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fal_models.testing import DEFAULT_KEY, Emulator, EmulatorServer

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

QWEN = "fal-ai/qwen-image"
LIMIT = 120.0  # seconds; generous, for a loaded machine

SUBMITTER = """
import json, sys
from fal_models import FalClient

key, settings = json.loads(sys.argv[1])
with FalClient(key, **settings) as fal:
    handle = fal.qwen_image.submit(prompt="a long job", seed=42)
    print(handle.request_id, flush=True)
    handle.result()  # killed while waiting
"""

RESUMER = """
import asyncio, json, sys
from fal_models import AsyncFalClient, FalClient

mode, key, settings, request_id = json.loads(sys.argv[1])
if mode == "sync":
    with FalClient(key, **settings) as fal:
        output = fal.endpoint("fal-ai/qwen-image").handle(request_id).result()
else:
    async def main():
        async with AsyncFalClient(key, **settings) as fal:
            return await fal.endpoint("fal-ai/qwen-image").handle(request_id).result()
    output = asyncio.run(main())
print(json.dumps({"type": type(output).__name__, "seed": output.seed}), flush=True)
"""


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(endpoints=[QWEN], run_time=math.inf) as emulator:  # runs until complete()
        yield emulator


@pytest.fixture
def server(emu: Emulator) -> Iterator[EmulatorServer]:
    with emu.serve() as srv:
        yield srv


def child(code: str, *args: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code, json.dumps(args)],
        env=os.environ.copy(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + LIMIT
    while not condition():
        assert time.monotonic() < deadline, f"{what} did not happen within {LIMIT} s"
        time.sleep(0.02)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_second_process_resumes_a_long_job_from_its_request_id(
    emu: Emulator, server: EmulatorServer, mode: str
) -> None:
    submitter = child(SUBMITTER, DEFAULT_KEY, server.client_settings())
    try:
        assert submitter.stdout is not None
        request_id = submitter.stdout.readline().strip()
        assert request_id, submitter.communicate(timeout=LIMIT)[1][-2000:]
        # The first process is waiting on the job (its status stream is open): kill it there.
        wait_for(lambda: any(e.route == "stream" for e in emu.log), "the first wait")
        os.kill(submitter.pid, signal.SIGKILL)
        assert submitter.wait(timeout=LIMIT) == -signal.SIGKILL
    finally:
        if submitter.poll() is None:
            submitter.kill()
        submitter.communicate()
    assert emu.request(request_id).status == "IN_PROGRESS"  # still running

    before = len(emu.log)
    resumer = child(RESUMER, mode, DEFAULT_KEY, server.client_settings(), request_id)
    try:
        wait_for(lambda: any(e.route == "stream" for e in emu.log[before:]), "the resumed wait")
        emu.complete(request_id)
        out, err = resumer.communicate(timeout=LIMIT)
    finally:
        if resumer.poll() is None:
            resumer.kill()
            resumer.communicate()
    assert resumer.returncode == 0, err[-2000:]
    assert json.loads(out) == {"type": "QwenImageOutput", "seed": 42}
    assert [e.request_id for e in emu.submissions(QWEN)] == [request_id]  # submitted once
    resumed = [e.route for e in emu.log[before:]]
    assert resumed == ["stream", "result"]  # the second process followed the stream


def test_the_readme_resume_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("**Waiting.**", 1)[1].split("**Deadlines.**", 1)[0]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    exec(compile(code, "README.md", "exec"), {"__name__": "readme"})
    assert capsys.readouterr().out == "5\n"
