"""Benchmark 8: what a type checker pays for a user's script, cold cache: pyright and mypy on a
10-line script calling one endpoint (by attribute, and by `client.endpoint(id)`) vs the same
checker on a script importing httpx and pydantic only. Each run asserts the checker saw the
endpoint's real output type."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import PY, ROOT, figure, summary

BASELINE = """\
import httpx
from pydantic import BaseModel


class Point(BaseModel):
    x: int


reveal_type(httpx.get)
reveal_type(Point(x=1))
"""
ATTRIBUTE = """\
from fal_models import FalClient

client = FalClient()
out = client.qwen_image.run(prompt="a red fox", num_images=2)
print(out.images[0].url)
handle = client.qwen_image.submit(prompt="a fox", seed=3)
print(handle.request_id)
reveal_type(out)
reveal_type(handle)
"""
BY_ID = """\
from fal_models import FalClient

client = FalClient()
qwen = client.endpoint("fal-ai/qwen-image")
out = qwen.run(prompt="a red fox", num_images=2)
print(out.images[0].url)
handle = qwen.submit(prompt="a fox", seed=3)
print(handle.request_id)
reveal_type(out)
reveal_type(handle)
"""
SCRIPTS = {
    "baseline": ("script importing httpx and pydantic", BASELINE),
    "attribute": ("10-line script calling client.qwen_image", ATTRIBUTE),
    "by_id": ('10-line script calling client.endpoint("fal-ai/qwen-image")', BY_ID),
}
EXPECTED = "QwenImageOutput"  # in the revealed type: the checker followed the stub to the model


def _output(command: list[str], **kw: Any) -> str:
    """stdout of a checker run; its exit status is 1 for the notes reveal_type prints."""
    done = subprocess.run(command, text=True, capture_output=True, check=False, **kw)
    return str(done.stdout)


def _pyright(script: Path, generated: Path) -> str:
    config = script.parent / "pyrightconfig.json"
    config.write_text(json.dumps({"extraPaths": [str(generated)], "pythonVersion": "3.11"}))
    pyright = Path(PY).parent / "pyright"
    return _output([str(pyright), "--pythonpath", PY, str(script)], cwd=script.parent)


def _mypy(script: Path, generated: Path) -> str:
    cache = Path(tempfile.mkdtemp(prefix="mypy-cache-"))  # cold: a fresh cache every run
    try:
        env = dict(os.environ, MYPYPATH=str(generated))
        command = [PY, "-m", "mypy", "--cache-dir", str(cache), "--no-error-summary", str(script)]
        return _output(command, cwd=script.parent, env=env)
    finally:
        shutil.rmtree(cache, ignore_errors=True)


def main(work: Path, quick: bool = False) -> dict[str, Any]:
    # pyright starts cold every run; mypy gets a fresh cache dir, and loads the whole package
    # whichever script it checks, so one round of it is enough to show where it stands.
    rounds = {"pyright": 3 if quick else 5, "mypy": 1}
    checkers = {"pyright": _pyright, "mypy": _mypy}
    generated = ROOT / "generated"
    scripts: dict[str, Path] = {}
    for name, (_, text) in SCRIPTS.items():
        folder = work / f"typecheck-{name}"
        folder.mkdir(parents=True, exist_ok=True)
        scripts[name] = folder / "script.py"
        scripts[name].write_text(text)
    times: dict[str, list[float]] = {f"{c}-{s}": [] for c in checkers for s in scripts}
    outputs: dict[str, str] = {}
    for checker, check in checkers.items():
        for _ in range(rounds[checker]):  # interleaved, so load changes hit every script alike
            for name, script in scripts.items():
                key = f"{checker}-{name}"
                started = time.perf_counter()
                outputs[key] = check(script, generated)
                times[key].append(time.perf_counter() - started)
    for key, text in outputs.items():
        if not key.endswith("baseline"):
            assert EXPECTED in text, text  # the checker resolved the endpoint's real types
    s = {k: summary(v) for k, v in times.items()}
    figures = []
    for checker in checkers:
        base = s[f"{checker}-baseline"]
        figures.append(
            figure(f"{checker}, {SCRIPTS['baseline'][0]}", base["median"], "s", spread=base)
        )
        for name in ("attribute", "by_id"):
            value = s[f"{checker}-{name}"]
            figures.append(
                figure(
                    f"{checker}, {SCRIPTS[name][0]} (cold)",
                    value["median"],
                    "s",
                    baseline=base["median"],
                    baseline_name=f"{checker} on httpx + pydantic",
                    target="ratio ≤ 2",
                    met=value["median"] / base["median"] <= 2,
                    spread=value,
                )
            )
    return {
        "bench": "typecheck",
        "figures": figures,
        "revealed": {k: v.strip().splitlines()[-3:] for k, v in outputs.items()},
    }
