"""Formats generated text with ruff (fixes, then the formatter), as the generated package's own
configuration says: Python files, and the Python blocks of Markdown files."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path


class FormatError(RuntimeError):
    """ruff could not format some files (a syntax error in generated code); `files` are the
    relative paths its message names."""

    def __init__(self, message: str, files: list[str]) -> None:
        super().__init__(message)
        self.message = message
        self.files = files


def ruff(files: dict[str, str], pyproject: str) -> dict[str, str]:
    """`files` (relative path → text) fixed and formatted, with `pyproject` as the configuration;
    FormatError names the files ruff could not parse."""
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
            ["check", "--fix-only", "--exit-zero", "--no-cache"],
            ["format", "--no-cache"],
        ):
            done = subprocess.run(
                [*command, *args, *config, "."], cwd=staging, capture_output=True, text=True
            )
            if done.returncode != 0:
                message = (done.stderr or done.stdout).strip() or f"exit status {done.returncode}"
                named = sorted(rel for rel in files if rel in message)
                raise FormatError(f"ruff {args[0]} failed: {message[:2000]}", named)
        return {rel: (staging / rel).read_text(encoding="utf-8") for rel in files}
