"""Benchmark 3: wire efficiency of `subscribe` against the emulator with a fixed 2 s job:
HTTP requests per call and the delay between the job completing and the call returning,
ours vs the official fal-client 1.0.3 on the same server."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from bench.common import figure, summary

ENDPOINT = "fal-ai/qwen-image"
JOB_SECONDS = 2.0


def main(work: Path, quick: bool = False) -> dict[str, Any]:
    import fal_client
    from fal_models.testing import Emulator

    calls = 3 if quick else 5
    emulator = Emulator(endpoints=[ENDPOINT], run_time=JOB_SECONDS)
    server = emulator.serve()
    for name, value in server.fal_client_constants().items():
        setattr(fal_client.client, name, value)
    ours = server.client().endpoint(ENDPOINT)
    official = fal_client.SyncClient(key="bench")

    def call_ours() -> None:
        ours.subscribe(prompt="a red fox")

    def call_official() -> None:
        official.subscribe(ENDPOINT, arguments={"prompt": "a red fox"})

    results: dict[str, dict[str, list[float]]] = {
        "ours": {"requests": [], "delay": []},
        "fal-client": {"requests": [], "delay": []},
    }
    try:
        for _ in range(calls):
            for name, call in (("ours", call_ours), ("fal-client", call_official)):
                before = len(emulator.log)
                call()
                returned = time.monotonic()
                new = emulator.log[before:]
                submit = next(e for e in new if e.route == "submit" and e.request_id)
                ends = emulator._requests[submit.request_id].ends  # when the job completed
                results[name]["requests"].append(len(new))
                results[name]["delay"].append((returned - ends) * 1000)
    finally:
        server.close()
        emulator.close()
    req = {k: summary(v["requests"]) for k, v in results.items()}
    delay = {k: summary(v["delay"]) for k, v in results.items()}
    figures = [
        figure(
            "subscribe: HTTP requests per call",
            req["ours"]["median"],
            "count",
            baseline=req["fal-client"]["median"],
            baseline_name="fal-client 1.0.3",
            target="≤ 4",
            met=req["ours"]["max"] <= 4,
            spread=req["ours"],
        ),
        figure(
            "subscribe: job completed → call returned",
            delay["ours"]["median"],
            "ms",
            baseline=delay["fal-client"]["median"],
            baseline_name="fal-client 1.0.3",
            target="median ≤ 15 ms",
            met=delay["ours"]["median"] <= 15,
            spread=delay["ours"],
        ),
    ]
    return {
        "bench": "wire",
        "figures": figures,
        "fal_client": {"requests": req["fal-client"], "delay_ms": delay["fal-client"]},
    }
