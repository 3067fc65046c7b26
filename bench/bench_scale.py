"""Benchmark 5: 1,000 async subscribes in flight on one AsyncFalClient, against the emulator in a
process of its own (bench/emulator_process.py), so the figures are the client's: wall time,
client CPU (this process, less the memory sampler's thread), peak open connections (counted at
the server), the emulator's CPU, submits received vs requests (a duplicate submit would show), memory per in-flight
request (peak RSS over the RSS before, sampled every 5 ms).

Scenarios, each on a fresh client: httpx's own pool (the baseline); aiohttp's pool
(`aiohttp=True`) as it comes (status streams on at most half the pool, the other waits poll);
the same with a status stream for every request (the client before streams were capped); the
same polling each request (what a shared poller would send each round; the server refuses
status streams); and aiohttp against fal's account concurrency limit of 40 (queue positions
reported to `on_queue_update`).
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from bench.common import ROOT, figure

ENDPOINT = "fal-ai/qwen-image"
IN_FLIGHT = 1000
JOB_SECONDS = 1.0
POOL = 100  # the clients' default max_connections (runtime/fal_models/_clients.py)
LIMIT = 40


class EmulatorProcess:
    """bench/emulator_process.py, started and asked for its counts."""

    def __init__(self, *flags: str) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "generated")])}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bench.emulator_process", *flags],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=env,
        )
        assert self.process.stdout is not None and self.process.stdin is not None
        self.url = self.process.stdout.readline().strip()

    def counts(self) -> dict[str, Any]:
        assert self.process.stdout is not None and self.process.stdin is not None
        self.process.stdin.write("\n")
        self.process.stdin.flush()
        counts: dict[str, Any] = json.loads(self.process.stdout.readline())
        return counts

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)


def scenario(
    server: EmulatorProcess, *, aiohttp: bool, n: int, stream_each: bool = False
) -> dict[str, Any]:
    from fal_models import AsyncFalClient, Queued
    from fal_models._config import StreamSlots

    url = server.url
    settings = {f"{front}_url": f"{url}/{front}" for front in ("run", "queue", "rest", "cdn")}
    peak_rss = 0
    sampler_cpu = 0.0
    stop = threading.Event()

    def watch() -> None:
        nonlocal peak_rss, sampler_cpu
        while not stop.wait(0.005):
            peak_rss = max(peak_rss, _rss())
        sampler_cpu = time.thread_time()

    positions: list[int] = []
    before: dict[str, float] = {}

    def on_update(status: Any) -> None:
        if isinstance(status, Queued):
            positions.append(status.position)

    async def run() -> tuple[list[Any], float, float, int]:
        nonlocal peak_rss
        async with AsyncFalClient("bench-key", aiohttp=aiohttp, **settings) as client:
            if stream_each:
                client.config.status_streams = StreamSlots(None)
            endpoint = client.endpoint(ENDPOINT)
            await endpoint.subscribe(prompt="warm up")
            before["server_cpu"] = server.counts()["cpu"]  # from here on
            base = peak_rss = _rss()
            cpu = time.process_time()
            started = time.perf_counter()
            results = await asyncio.gather(
                *(
                    endpoint.subscribe(prompt=f"fox {i}", on_queue_update=on_update)
                    for i in range(n)
                ),
                return_exceptions=True,
            )
            wall = time.perf_counter() - started
            cpu = time.process_time() - cpu
        return results, wall, cpu, peak_rss - base

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        results, wall, cpu, memory = asyncio.run(run())
    finally:
        stop.set()
        watcher.join()
    counts = server.counts()
    failures = [r for r in results if isinstance(r, BaseException)]
    return {
        "completed": len(results) - len(failures),
        "errors": sorted({type(f).__name__ for f in failures}),
        "wall": wall,
        "cpu": cpu - sampler_cpu,
        "memory_kib": memory / n / 1024,
        "submits": counts["submits"],
        "submissions": counts["submissions"],
        "peak_connections": counts["peak_connections"],
        "server_cpu": counts["cpu"] - before["server_cpu"],
        "positions": positions,
    }


def main(work: Path, quick: bool = False) -> dict[str, Any]:
    n = 300 if quick else IN_FLIGHT
    flags = ["--run-time", str(JOB_SECONDS)]
    runs: dict[str, dict[str, Any]] = {}
    for name, extra, aiohttp, stream_each in (
        ("httpx", [], False, False),
        ("aiohttp", [], True, False),
        ("aiohttp, a status stream each", [], True, True),
        ("aiohttp, polling", ["--no-status-stream"], True, False),
        (f"aiohttp, limit {LIMIT}", ["--concurrency-limit", str(LIMIT)], True, False),
    ):
        server = EmulatorProcess(*flags, *extra)
        try:
            runs[name] = scenario(server, aiohttp=aiohttp, n=n, stream_each=stream_each)
        finally:
            server.close()
        shown = {k: v for k, v in runs[name].items() if k != "positions"}
        print(f"  scale {name}: {shown}", file=sys.stderr, flush=True)
    base, fast = runs["httpx"], runs["aiohttp"]
    figures: list[dict[str, Any]] = []
    for name, result in runs.items():
        limited = name.endswith(f"limit {LIMIT}")
        figures += [
            figure(
                f"{name}: {n} subscribes completed",
                result["completed"],
                "count",
                target=f"= {n}",
                met=result["completed"] == n,
                note=", ".join(result["errors"]),
            ),
            figure(
                f"{name}: submits received / requests",
                result["submits"] / n,
                "ratio",
                target="= 1 (no duplicate submit)",
                met=result["submits"] == result["submissions"] == n,
            ),
            figure(
                f"{name}: wall time ({JOB_SECONDS:g} s jobs)",
                result["wall"],
                "s",
                baseline=base["wall"] if name != "httpx" else None,
                baseline_name="httpx's pool",
                target="" if limited or name == "httpx" else "≤ 4 s",
                met=None if limited else result["wall"] <= 4.0,
                note=f"≥ {n / LIMIT * JOB_SECONDS:g} s at {LIMIT} at once" if limited else "",
            ),
            figure(
                f"{name}: client CPU",
                result["cpu"],
                "s",
                baseline=base["cpu"] if name != "httpx" else None,
                baseline_name="httpx's pool",
                target="" if limited or name == "httpx" else "≤ 3 s",
                met=None if limited else result["cpu"] <= 3.0,
            ),
            figure(
                f"{name}: peak open connections at the server",
                result["peak_connections"],
                "count",
                target=f"≤ pool limit {POOL}",
                met=result["peak_connections"] <= POOL,
            ),
            figure(f"{name}: memory per in-flight request", result["memory_kib"], "KiB"),
            figure(f"{name}: the emulator's CPU (its own process)", result["server_cpu"], "s"),
        ]
        if limited:
            positions = result["positions"]
            figures.append(
                figure(
                    f"{name}: queue updates with a position (highest position)",
                    len(positions),
                    "count",
                    note=f"max {max(positions, default=0)}",
                )
            )
    figures.append(
        figure(
            "aiohttp vs httpx: client CPU",
            fast["cpu"] / base["cpu"],
            "ratio",
            note="aiohttp=True / httpx's pool, same run",
        )
    )
    return {"bench": "scale", "figures": figures}


def _rss() -> int:
    """Resident set size of this process in bytes (Linux)."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
