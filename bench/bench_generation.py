"""Benchmark 1: generation speed, ours vs openapi-python-client from equivalent OpenAPI documents.

Every run is a fresh `python -m generator ...` process (as a user runs it), as is every
openapi-python-client run (its CLI, one document holding every endpoint, ruff post-hooks).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any

from bench.common import PY, ROOT, figure, run, summary, timed
from bench.synthetic import openapi_document, write_catalogue

SPECS = ROOT / "specs"
OPC = Path(sys.executable).parent / "openapi-python-client"


def _generate(specs: Path, out: Path, *extra: str) -> str:
    return run(
        [PY, "-m", "generator", "generate", "--specs", str(specs), "--output", str(out), *extra],
        cwd=ROOT,
    ).stdout


def _check(specs: Path, out: Path) -> None:
    run([PY, "-m", "generator", "check", "--specs", str(specs), "--output", str(out)], cwd=ROOT)


def _opc(document: Path, out: Path) -> None:
    env = {**os.environ, "PATH": f"{OPC.parent}{os.pathsep}{os.environ['PATH']}"}
    run(
        [
            str(OPC),
            "generate",
            "--path",
            str(document),
            "--output-path",
            str(out),
            "--overwrite",
            "--meta",
            "none",
        ],
        cwd=out.parent,
        env=env,
    )


def _full(specs: Path, out: Path, rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        shutil.rmtree(out, ignore_errors=True)
        times.append(timed(lambda: _generate(specs, out, "--full")))
    return times


def _opc_runs(specs: Path, work: Path, name: str, rounds: int) -> list[float]:
    document = work / f"{name}.openapi.json"
    document.write_text(json.dumps(openapi_document(specs)), encoding="utf-8")
    out = work / f"opc-{name}"
    return [timed(lambda: _opc(document, out)) for _ in range(rounds)]


def main(work: Path, quick: bool = False) -> dict[str, Any]:
    rounds_small, rounds_big = (2, 1) if quick else (3, 2)
    real_count = len(list((SPECS / "endpoints").glob("*.yaml")))
    synthetic = work / "synthetic-specs"
    write_catalogue(synthetic, 500)
    out500 = work / "generated-500"
    real_out = work / "generated-real"

    real_ours = _full(SPECS, real_out, rounds_small)
    real_opc = _opc_runs(SPECS, work, "real", rounds_small)
    real_check = [timed(lambda: _check(SPECS, real_out)) for _ in range(3)]
    big_ours = _full(synthetic, out500, rounds_big)
    big_opc = _opc_runs(synthetic, work, "synthetic", rounds_big)
    big_check = [timed(lambda: _check(synthetic, out500)) for _ in range(5)]
    changed_times, written = [], []
    specs = sorted((synthetic / "endpoints").glob("*.yaml"))
    for k in range(3):
        spec = specs[k * 97 % len(specs)]
        spec.write_text(spec.read_text().replace("title: ", f"title: Edited {k} ", 1))
        stdout = ""

        def once() -> None:
            nonlocal stdout
            stdout = _generate(synthetic, out500)

        changed_times.append(timed(once))
        # "generated <dir> in 3.1s: 3 files made, 2 formatted, 3 written or removed"
        written.append(int(stdout.rsplit(", ", 1)[1].split()[0]))
    _check(synthetic, out500)  # the incremental result is current

    r_ours, r_opc = summary(real_ours), summary(real_opc)
    b_ours, b_opc = summary(big_ours), summary(big_opc)
    b_check, r_check, b_one = summary(big_check), summary(real_check), summary(changed_times)
    figures = [
        figure(
            f"full regenerate, real catalogue ({real_count} endpoints)",
            r_ours["median"],
            "s",
            baseline=r_opc["median"],
            baseline_name="openapi-python-client",
            target="faster than openapi-python-client",
            met=r_ours["median"] < r_opc["median"],
            spread=r_ours,
        ),
        figure(
            "full regenerate, 500 synthetic endpoints",
            b_ours["median"],
            "s",
            baseline=b_opc["median"],
            baseline_name="openapi-python-client",
            target="≤ 30 s and faster than openapi-python-client",
            met=b_ours["median"] <= 30 and b_ours["median"] < b_opc["median"],
            spread=b_ours,
        ),
        figure(
            "check, nothing changed, 500 endpoints",
            b_check["median"],
            "s",
            baseline=b_ours["median"],
            baseline_name="full regenerate",
            target="≤ 3 s",
            met=b_check["median"] <= 3,
            spread=b_check,
        ),
        figure(
            f"check, nothing changed, real catalogue ({real_count})",
            r_check["median"],
            "s",
            spread=r_check,
        ),
        figure(
            "regenerate after one spec changed, 500 endpoints",
            b_one["median"],
            "s",
            baseline=b_ours["median"],
            baseline_name="full regenerate",
            target="≤ 3 s",
            met=b_one["median"] <= 3,
            spread=b_one,
            note=f"files written per change: {written}",
        ),
    ]
    return {
        "bench": "generation",
        "figures": figures,
        "real_endpoints": real_count,
        "openapi_python_client": {"real": r_opc, "synthetic_500": b_opc},
    }
