"""Helpers shared by the benchmarks: repeated timings, summaries and the JSON results."""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
PY = sys.executable


def summary(samples: Sequence[float]) -> dict[str, Any]:
    """Median and spread of repeated measurements (the machine is shared: medians, not means)."""
    ordered = sorted(samples)
    return {
        "median": statistics.median(ordered),
        "min": ordered[0],
        "max": ordered[-1],
        "n": len(ordered),
        "samples": [round(s, 6) for s in samples],
    }


def timed(fn: Callable[[], Any]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def run(cmd: Sequence[str], **kw: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(cmd), check=True, text=True, capture_output=True, **kw)


def figure(
    name: str,
    value: float,
    unit: str,
    *,
    baseline: float | None = None,
    baseline_name: str = "",
    target: str = "",
    met: bool | None = None,
    spread: dict[str, Any] | None = None,
    note: str = "",
) -> dict[str, Any]:
    """One line of the results table. `ratio` is value / baseline, both from this run."""
    out: dict[str, Any] = {"name": name, "value": value, "unit": unit}
    if baseline is not None:
        out.update(baseline=baseline, baseline_name=baseline_name, ratio=value / baseline)
    if target:
        out.update(target=target, met=met)
    if spread is not None:
        out["spread"] = spread
    if note:
        out["note"] = note
    return out


def environment() -> dict[str, Any]:
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }


def write(bench: str, figures: list[dict[str, Any]], **extra: Any) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{bench}.json"
    data = {"bench": bench, "environment": environment(), "figures": figures, **extra}
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(data, indent=2, sort_keys=False) + "\n", encoding="utf-8")
    tmp.replace(path)
    return path


def table(results: list[dict[str, Any]]) -> str:
    """The printed table: one row per figure, with its baseline, ratio and target."""
    rows = [("bench", "figure", "value", "baseline", "ratio", "target", "met")]
    for result in results:
        for f in result["figures"]:
            rows.append(
                (
                    result["bench"],
                    f["name"],
                    _fmt(f["value"], f["unit"]),
                    _fmt(f["baseline"], f["unit"]) if "baseline" in f else "",
                    f"{f['ratio']:.2f}" if "ratio" in f else "",
                    f.get("target", ""),
                    {True: "yes", False: "NO", None: ""}[f.get("met")],
                )
            )
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _fmt(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"
    if unit == "ms":
        return f"{value:.1f} ms"
    if unit == "us":
        return f"{value:.0f} µs"
    if unit == "count":
        return f"{value:g}"
    return f"{value:.3g} {unit}"
