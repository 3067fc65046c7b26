"""Where the pipeline reads and writes: the repository's specs, templates, runtime and output, and
the names of the generated package's parts."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"
TEMPLATES = ROOT / "templates"
# The hand-written runtime: copied into the generated package unchanged.
RUNTIME = ROOT / "runtime" / "fal_models"
OUTPUT = ROOT / "generated"

HEADER = "# Generated from specs/ by `python -m generator generate`. Do not edit."
SHARED_MODULE = "shared"  # fal_models.models.shared: the types specs/shared.yaml defines
