"""Formats generated text with ruff (fixes, then the formatter), as the generated package's own
configuration says: Python files, and the Python blocks of Markdown files."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path


def ruff(files: dict[str, str], pyproject: str) -> dict[str, str]:
    """`files` (relative path → text) fixed and formatted, with `pyproject` as the configuration."""
    if not files:
        return {}
    with tempfile.TemporaryDirectory(prefix="fal-models-") as tmp:
        staging = Path(tmp) / "generated"
        staging.mkdir()
        (staging / "pyproject.toml").write_text(pyproject, encoding="utf-8")
        for rel, text in files.items():
            path = staging / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        command = [sys.executable, "-m", "ruff"]
        config = ["--config", str(staging / "pyproject.toml")]
        for args in (
            ["check", "--fix-only", "--exit-zero", "--quiet", "--no-cache"],
            ["format", "--quiet", "--no-cache"],
        ):
            subprocess.run([*command, *args, *config, "."], cwd=staging, check=True)
        return {rel: (staging / rel).read_text(encoding="utf-8") for rel in files}
