"""Benchmark 6: what a rebuild costs after one edit, with a catalogue of fal's full size.

A copy of the repository (pipeline, runtime, templates) builds the real specs plus synthetic ones
up to 1,250 endpoints (fal's whole catalogue is about that size). Then each edit a maintainer
makes is applied and `python -m generator generate` runs in a fresh process, as `make generate`
does: no-op `check` and `generate`, one spec, one runtime file, one template (a visible change:
every endpoint module is re-rendered and re-formatted), one maintainer tool. Each edit flips
between two versions of the file, so every round is a real change. Baseline: a full build of the
same copy in the same run.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.common import PY, ROOT, figure, run, summary, timed
from bench.synthetic import write_catalogue

CATALOGUE_SIZE = 1250
TARGET = 2.0


def _copy_repo(work: Path) -> Path:
    repo = work / "rebuild-repo"
    if repo.exists():
        shutil.rmtree(repo)
    ignore = shutil.ignore_patterns("__pycache__", ".*_cache", ".cache", "*.egg-info")
    for name in ("generator", "runtime", "templates", "specs"):
        shutil.copytree(ROOT / name, repo / name, ignore=ignore)
    real = len(list((repo / "specs" / "endpoints").glob("*.yaml")))
    extra = work / "rebuild-synthetic"
    for path in write_catalogue(extra, max(0, CATALOGUE_SIZE - real)):
        target = repo / "specs" / "endpoints" / path.name
        assert not target.exists(), f"synthetic id clashes with a real one: {path.name}"
        shutil.copy(path, target)
    return repo


def _generator(repo: Path, *args: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(repo)}
    return run([PY, "-m", "generator", *args], cwd=repo, env=env).stdout


def _toggle(path: Path, marker: str, *, anchor: str | None = None) -> Callable[[], None]:
    """An edit that adds `marker` (after `anchor`, or at the end) and takes it out again."""
    original = path.read_text(encoding="utf-8")
    if anchor is None:
        edited = original + marker
    else:
        assert anchor in original, f"{path} no longer holds {anchor!r}"
        edited = original.replace(anchor, anchor + marker, 1)
    state = {"edited": False}

    def flip() -> None:
        state["edited"] = not state["edited"]
        path.write_text(edited if state["edited"] else original, encoding="utf-8")

    return flip


def main(work: Path, quick: bool = False) -> dict[str, Any]:
    rounds = 2 if quick else 4
    repo = _copy_repo(work)
    count = len(list((repo / "specs" / "endpoints").glob("*.yaml")))
    full = [timed(lambda: _generator(repo, "generate", "--full")) for _ in range(1 if quick else 2)]
    full_median = summary(full)["median"]

    def measure(edit: Callable[[], None] | None, *args: str) -> list[float]:
        samples = []
        for _ in range(rounds):
            if edit is not None:
                edit()
            samples.append(timed(lambda: _generator(repo, *args)))
        return samples

    cases: list[tuple[str, Callable[[], None] | None, tuple[str, ...], bool]] = [
        ("check, nothing changed", None, ("check",), True),
        ("generate, nothing changed", None, ("generate",), True),
        (
            "generate after editing one spec (its title)",
            _toggle(
                repo / "specs" / "endpoints" / "fal-ai__qwen-image.yaml",
                " (edited)",
                anchor="title: Qwen Image",
            ),
            ("generate",),
            True,
        ),
        (
            "generate after editing one runtime file",
            _toggle(repo / "runtime" / "fal_models" / "_retry.py", "# edited\n"),
            ("generate",),
            True,
        ),
        (
            "generate after editing one maintainer tool",
            _toggle(repo / "generator" / "tools" / "diff.py", "# edited\n"),
            ("generate",),
            True,
        ),
        (
            "generate after editing the endpoint-module template (visible in every module)",
            _toggle(repo / "templates" / "package" / "endpoint.py.jinja", "# edited\n"),
            ("generate",),
            False,
        ),
    ]
    figures = [
        figure(
            f"full generate, {count} endpoints",
            full_median,
            "s",
            spread=summary(full),
        )
    ]
    for name, edit, args, targeted in cases:
        samples = measure(edit, *args)
        median = summary(samples)["median"]
        figures.append(
            figure(
                f"{name}, {count} endpoints",
                median,
                "s",
                baseline=full_median,
                baseline_name="full generate",
                target=f"≤ {TARGET:g} s" if targeted else "",
                met=median <= TARGET if targeted else None,
                spread=summary(samples),
            )
        )
    return {"bench": "rebuild", "figures": figures, "endpoints": count}
