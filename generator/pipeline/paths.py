"""Where the pipeline reads and writes: the repository's specs, templates, runtime and output."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"
TEMPLATES = ROOT / "templates"
# The hand-written runtime: copied into the generated package unchanged.
RUNTIME = ROOT / "runtime" / "fal_models"
OUTPUT = ROOT / "generated"
