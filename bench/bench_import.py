"""Benchmark 2: import cost of `fal_models`, alone, with the first use of one endpoint, and as
`fal-models run ID --help` (the command line's parser for one endpoint), in fresh processes,
against `import httpx; from pydantic import BaseModel`; for the real package (the whole
catalogue) and one generated from the 8 seed specs only, to show it is flat."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from bench.common import PY, ROOT, figure, run, summary

# The specs the project started with: the package made from them alone is the small end of
# the flatness comparison.
SEED_SPECS = (
    "fal-ai__bitdance.yaml",
    "fal-ai__bytedance__dreamina__v3.1__text-to-image.yaml",
    "fal-ai__bytedance__seedream__v3__text-to-image.yaml",
    "fal-ai__bytedance__seedream__v4.5__edit.yaml",
    "fal-ai__bytedance__seedream__v4__text-to-image.yaml",
    "fal-ai__gpt-image-1__text-to-image__byok.yaml",
    "fal-ai__ideogram__v3.yaml",
    "fal-ai__qwen-image.yaml",
)
ENDPOINT_ID = "fal-ai/qwen-image"

_TIMER = """\
import sys, time
t0 = time.perf_counter()
{body}
elapsed = time.perf_counter() - t0
module = sys.modules.get("fal_models")
# VmHWM: this process's peak RSS (ru_maxrss would carry the parent's over the exec).
with open("/proc/self/status") as status:
    peak = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
print(elapsed, peak, getattr(module, "__file__", ""))
"""
BASELINE = "import httpx\nfrom pydantic import BaseModel"
IMPORT = "import fal_models"
FIRST_USE = f"""\
import fal_models
from pydantic import ValidationError
client = fal_models.FalClient(key="bench")
endpoint = client.endpoint({ENDPOINT_ID!r})
try:
    endpoint.input_model.model_validate({{}})
except ValidationError:
    pass
"""

CLI_HELP = f"""\
import contextlib, io
from fal_models._cli import main
with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
    main(["run", {ENDPOINT_ID!r}, "--help"])
"""


def _once(body: str, pythonpath: Path | None) -> tuple[float, int, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    out = run([PY, "-c", _TIMER.format(body=body)], env=env, cwd="/").stdout.split()
    return float(out[0]), int(out[1]), (out[2] if len(out) > 2 else "")


def seed_package(work: Path) -> Path:
    """The package generated from the 8 seed specs alone (shared types, release, changelog)."""
    out = work / "generated-seed"
    if (out / "fal_models").exists():
        return out
    specs = work / "seed-specs"
    (specs / "endpoints").mkdir(parents=True, exist_ok=True)
    for name in ("shared.yaml", "release.yaml", "CHANGELOG.md"):
        shutil.copy(ROOT / "specs" / name, specs / name)
    for name in SEED_SPECS:
        shutil.copy(ROOT / "specs" / "endpoints" / name, specs / "endpoints" / name)
    run([PY, "-m", "generator", "generate", "--specs", str(specs), "--output", str(out)], cwd=ROOT)
    return out


def main(work: Path, quick: bool = False) -> dict[str, Any]:
    rounds = 7 if quick else 15
    real = ROOT / "generated"
    seed = seed_package(work)
    # As `pip install` does: bytecode compiled once, so no run pays for compiling the package.
    for package in (real, seed):
        run([PY, "-m", "compileall", "-q", "-j", "2", str(package / "fal_models")])
    cases = {
        "baseline": (BASELINE, None),
        "import": (IMPORT, real),
        "first_use": (FIRST_USE, real),
        "seed_import": (IMPORT, seed),
        "seed_first_use": (FIRST_USE, seed),
        "cli_help": (CLI_HELP, real),
        "seed_cli_help": (CLI_HELP, seed),
    }
    times: dict[str, list[float]] = {k: [] for k in cases}
    rss: dict[str, list[float]] = {k: [] for k in cases}
    where: dict[str, str] = {}
    for _ in range(rounds):  # interleaved, so load changes hit every case alike
        for name, (body, path) in cases.items():
            elapsed, maxrss_kib, module_file = _once(body, path)
            times[name].append(elapsed)
            rss[name].append(maxrss_kib / 1024)
            where[name] = module_file
    assert where["import"].startswith(str(real)), where
    assert where["seed_import"].startswith(str(seed)), where  # the 8-endpoint package
    s = {k: summary(v) for k, v in times.items()}
    m = {k: summary(v)["median"] for k, v in rss.items()}
    base = s["baseline"]["median"] * 1000
    real_count = len(list((ROOT / "specs" / "endpoints").glob("*.yaml")))

    def ms(name: str) -> float:
        return float(s[name]["median"] * 1000)

    def versus(name: str, label: str, limit: float) -> dict[str, Any]:
        return figure(
            label,
            ms(name),
            "ms",
            baseline=base,
            baseline_name="import httpx; from pydantic import BaseModel",
            target=f"ratio ≤ {limit}",
            met=ms(name) / base <= limit,
            spread=s[name],
        )

    flat_import = ms("import") / ms("seed_import")
    flat_first = ms("first_use") / ms("seed_first_use")
    flat_rss = m["first_use"] / m["seed_first_use"]
    flat_cli = ms("cli_help") / ms("seed_cli_help")
    figures = [
        figure(
            "import httpx; from pydantic import BaseModel (baseline)",
            base,
            "ms",
            spread=s["baseline"],
        ),
        versus("import", f"import fal_models ({real_count} endpoints)", 1.2),
        versus("first_use", f"import fal_models + first use of {ENDPOINT_ID}", 1.5),
        versus("seed_import", "import fal_models (8 seed endpoints)", 1.2),
        versus("seed_first_use", "import + first use, 8 seed endpoints", 1.5),
        figure(
            f"import: {real_count} / 8 endpoints",
            flat_import,
            "x",
            target="flat (≤ 1.1)",
            met=flat_import <= 1.1,
        ),
        figure(
            f"import + first use: {real_count} / 8 endpoints",
            flat_first,
            "x",
            target="flat (≤ 1.1)",
            met=flat_first <= 1.1,
        ),
        versus("cli_help", f"fal-models run {ENDPOINT_ID} --help", 2.0),
        figure(
            f"fal-models run ID --help: {real_count} / 8 endpoints",
            flat_cli,
            "x",
            target="flat (≤ 1.1)",
            met=flat_cli <= 1.1,
        ),
        figure(
            f"peak RSS after import + first use: {real_count} / 8 endpoints",
            flat_rss,
            "x",
            target="flat (≤ 1.1)",
            met=flat_rss <= 1.1,
            note=f"{m['first_use']:.1f} MiB vs {m['seed_first_use']:.1f} MiB "
            f"(baseline {m['baseline']:.1f} MiB)",
        ),
    ]
    return {
        "bench": "import",
        "figures": figures,
        "endpoint": ENDPOINT_ID,
        "peak_rss_mib": m,
    }
