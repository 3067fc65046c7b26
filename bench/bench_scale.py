"""Benchmark 5: 1,000 async subscribes in flight against the emulator (served on loopback in
this process): all complete, open connections (counted at the server) stay within the client's
pool limit, memory per in-flight request (peak RSS over the RSS before, sampled every 5 ms;
the in-process emulator's share included, so this is an upper bound)."""

from __future__ import annotations

import asyncio
import os
import threading
import time
from pathlib import Path
from typing import Any

from bench.common import figure

ENDPOINT = "fal-ai/qwen-image"
IN_FLIGHT = 1000
JOB_SECONDS = 1.0
POOL = 100  # the clients' default max_connections (runtime/fal_models/_clients.py)


def main(work: Path, quick: bool = False) -> dict[str, Any]:
    from fal_models.testing import Emulator

    emulator = Emulator(endpoints=[ENDPOINT], run_time=JOB_SECONDS)
    server = emulator.serve()
    httpd = server._httpd
    peak_connections = 0
    peak_rss = 0
    stop = threading.Event()

    def watch() -> None:
        nonlocal peak_connections, peak_rss
        while not stop.wait(0.005):
            with httpd.connections_lock:
                peak_connections = max(peak_connections, len(httpd.connections))
            peak_rss = max(peak_rss, _rss())

    async def scenario() -> tuple[int, float, int]:
        client = server.async_client()
        endpoint = client.endpoint(ENDPOINT)
        await endpoint.subscribe(prompt="warm up")
        nonlocal peak_rss
        base = peak_rss = _rss()
        started = time.perf_counter()
        results = await asyncio.gather(
            *(endpoint.subscribe(prompt=f"fox {i}") for i in range(IN_FLIGHT)),
            return_exceptions=True,
        )
        wall = time.perf_counter() - started
        await client.close()
        ok = sum(1 for r in results if not isinstance(r, BaseException))
        return ok, wall, peak_rss - base

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        ok, wall, memory = asyncio.run(scenario())
    finally:
        stop.set()
        watcher.join()
        server.close()
        emulator.close()
    per_request_kib = memory / IN_FLIGHT / 1024
    figures = [
        figure(
            f"{IN_FLIGHT} async subscribes: completed",
            ok,
            "count",
            target=f"= {IN_FLIGHT}",
            met=ok == IN_FLIGHT,
        ),
        figure(
            f"{IN_FLIGHT} async subscribes: wall time ({JOB_SECONDS:g} s jobs)",
            wall,
            "s",
            baseline=JOB_SECONDS,
            baseline_name="one job's run time",
        ),
        figure(
            "peak open connections at the server",
            peak_connections,
            "count",
            target=f"≤ pool limit {POOL}",
            met=peak_connections <= POOL,
        ),
        figure(
            "memory per in-flight request (peak RSS, whole process)",
            per_request_kib,
            "KiB",
            note="includes the in-process emulator's share",
        ),
    ]
    return {"bench": "scale", "figures": figures}


def _rss() -> int:
    """Resident set size of this process in bytes (Linux)."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
