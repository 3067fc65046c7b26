"""Benchmark 2: import cost of `fal_models` plus first use of one endpoint, in fresh processes,
against `import httpx, pydantic`; for the real package and a 500-endpoint synthetic one."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from bench.common import PY, ROOT, figure, run, summary
from bench.synthetic import write_catalogue

_TIMER = """\
import time
t0 = time.perf_counter()
{body}
elapsed = time.perf_counter() - t0
import fal_models, sys
print(elapsed, fal_models.__file__ if "fal_models" in sys.modules else "")
"""
BASELINE = "import httpx, pydantic"
FIRST_USE = """\
import fal_models
from pydantic import ValidationError
client = fal_models.FalClient(key="bench")
endpoint = client.endpoint({endpoint_id!r})
try:
    endpoint.input_model.model_validate({{}})
except ValidationError:
    pass
"""


def _once(body: str, pythonpath: Path | None) -> tuple[float, str]:
    env = dict(os.environ)
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    code = _TIMER.format(body=body)
    if "fal_models" not in body:
        code = code.replace("import fal_models, sys\n", "import sys\n").replace(
            'fal_models.__file__ if "fal_models" in sys.modules else ""', '""'
        )
    out = run([PY, "-c", code], env=env, cwd="/").stdout.split()
    return float(out[0]), (out[1] if len(out) > 1 else "")


def main(work: Path, quick: bool = False) -> dict[str, Any]:
    rounds = 7 if quick else 15
    big = work / "generated-500"
    synthetic = work / "synthetic-specs"
    if not (big / "fal_models").exists():
        if not synthetic.exists():
            write_catalogue(synthetic, 500)
        run(
            [PY, "-m", "generator", "generate", "--specs", str(synthetic), "--output", str(big)],
            cwd=ROOT,
        )
    real_id = "fal-ai/qwen-image"
    big_id = sorted(p.stem for p in (synthetic / "endpoints").glob("*.yaml"))[0].replace("__", "/")
    cases = {
        "baseline": (BASELINE, None),
        "real": (FIRST_USE.format(endpoint_id=real_id), None),
        "synthetic": (FIRST_USE.format(endpoint_id=big_id), big),
    }
    times: dict[str, list[float]] = {k: [] for k in cases}
    where: dict[str, str] = {}
    for _ in range(rounds):  # interleaved, so load changes hit every case alike
        for name, (body, path) in cases.items():
            elapsed, module_file = _once(body, path)
            times[name].append(elapsed)
            where[name] = module_file
    assert where["synthetic"].startswith(str(big)), where  # the 500-endpoint package was imported
    s = {k: summary(v) for k, v in times.items()}
    base = s["baseline"]["median"]
    real_count = len(list((ROOT / "specs" / "endpoints").glob("*.yaml")))
    ratio_real, ratio_big = s["real"]["median"] / base, s["synthetic"]["median"] / base
    figures = [
        figure("import httpx, pydantic (baseline)", base * 1000, "ms", spread=s["baseline"]),
        figure(
            f"import fal_models + first use, real package ({real_count} endpoints)",
            s["real"]["median"] * 1000,
            "ms",
            baseline=base * 1000,
            baseline_name="import httpx, pydantic",
            target="ratio ≤ 1.3",
            met=ratio_real <= 1.3,
            spread=s["real"],
        ),
        figure(
            "import fal_models + first use, 500-endpoint package",
            s["synthetic"]["median"] * 1000,
            "ms",
            baseline=base * 1000,
            baseline_name="import httpx, pydantic",
            target="ratio ≤ 1.3",
            met=ratio_big <= 1.3,
            spread=s["synthetic"],
        ),
        figure(
            "500-endpoint / real package import time",
            s["synthetic"]["median"] / s["real"]["median"],
            "x",
            target="flat (≤ 1.1)",
            met=s["synthetic"]["median"] / s["real"]["median"] <= 1.1,
        ),
    ]
    return {
        "bench": "import",
        "figures": figures,
        "endpoints": {"real": real_id, "synthetic": big_id},
    }
