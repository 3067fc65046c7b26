"""Benchmark 4: client CPU time per `run()` (input validation, request, output parsing) vs a raw
httpx POST + `.json()`, on loopback against the same emulator. CPU time is the calling thread's
(`time.thread_time`), so the emulator's threads in this process are not counted."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import httpx

from bench.common import figure, summary

ENDPOINT = "fal-ai/qwen-image"


def main(work: Path, quick: bool = False) -> dict[str, Any]:
    from fal_models.testing import Emulator

    calls, rounds = (100, 3) if quick else (200, 7)
    emulator = Emulator(endpoints=[ENDPOINT], run_time=0.0)
    server = emulator.serve()
    client = server.client()
    endpoint = client.endpoint(ENDPOINT)
    raw = httpx.Client()
    url = f"{server.run_url}/{ENDPOINT}"
    headers = {"Authorization": "Key bench"}

    def ours() -> None:
        endpoint.run(prompt="a red fox", num_images=1)

    def baseline() -> None:
        raw.post(url, json={"prompt": "a red fox", "num_images": 1}, headers=headers).json()

    def cpu_per_call(fn: Any) -> float:
        started = time.thread_time()
        for _ in range(calls):
            fn()
        return (time.thread_time() - started) / calls * 1e6

    try:
        for fn in (ours, baseline):
            for _ in range(20):
                fn()  # warm: connections, imports, validators
        samples: dict[str, list[float]] = {"ours": [], "raw": []}
        for _ in range(rounds):
            samples["ours"].append(cpu_per_call(ours))
            samples["raw"].append(cpu_per_call(baseline))
    finally:
        client.close()
        raw.close()
        server.close()
        emulator.close()
    ratios = [o / r for o, r in zip(samples["ours"], samples["raw"], strict=True)]
    s_ours, s_raw, s_ratio = summary(samples["ours"]), summary(samples["raw"]), summary(ratios)
    figures = [
        figure(
            "run(): client CPU per call",
            s_ours["median"],
            "us",
            baseline=s_raw["median"],
            baseline_name="httpx POST + json()",
            target="ratio ≤ 1.3",
            met=s_ratio["median"] <= 1.3,
            spread=s_ours,
            note=f"per-round ratios {[round(r, 2) for r in ratios]}",
        ),
    ]
    figures[0]["ratio"] = s_ratio["median"]  # the median of per-round ratios (same-round pairs)
    return {"bench": "overhead", "figures": figures, "raw_httpx": s_raw, "ratios": s_ratio}
