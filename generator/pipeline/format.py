"""Formats generated text with ruff (fixes, then the formatter), as the generated package's own
configuration says: Python files, and the Python blocks of Markdown files."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

# ruff's message for a file it cannot parse: `error: Failed to parse <path>:<line>:<col>: ...`.
_UNPARSABLE = re.compile(r"Failed to parse (?P<path>.+?):(?P<line>\d+):(?P<column>\d+): ")


class FormatError(RuntimeError):
    """ruff could not format generated text; `problems` maps each file it named (a path relative
    to generated/) to ruff's message about it."""

    def __init__(self, problems: dict[str, str], detail: str) -> None:
        self.problems = problems
        self.detail = detail
        lines = [f"  {path}: {message}" for path, message in sorted(problems.items())]
        super().__init__("\n".join(["ruff cannot format generated code:", *(lines or [detail])]))


def ruff(files: dict[str, str], pyproject: str) -> dict[str, str]:
    """`files` (relative path → text) fixed and formatted, with `pyproject` as the configuration."""
    if not files:
        return {}
    with tempfile.TemporaryDirectory(prefix="fal-models-", dir=_staging_root()) as tmp:
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
                raise _error(done.stderr or done.stdout, staging)
        return {rel: (staging / rel).read_text(encoding="utf-8") for rel in files}


def _staging_root() -> str | None:
    """Where ruff's copies go: a full build stages ~3,800 files (~45 MB) that ruff rewrites and
    that are read back and deleted at once. In memory (Linux's /dev/shm) that took 0.1 s where
    the default temporary directory on an ext4 disk took 1-2 s of kernel time; elsewhere, the
    default."""
    shm = "/dev/shm"
    return shm if os.path.isdir(shm) and os.access(shm, os.W_OK | os.X_OK) else None


def _error(output: str, staging: Path) -> FormatError:
    """ruff's failure as the generated files it names (ruff may print them absolute)."""
    problems: dict[str, str] = {}
    for line in output.splitlines():
        match = _UNPARSABLE.search(line)
        if match is None:
            continue
        path = Path(match["path"])
        rel = path.relative_to(staging) if path.is_absolute() else path
        message = line[match.end() :].strip()
        problems[rel.as_posix()] = f"line {match['line']}, column {match['column']}: {message}"
    return FormatError(problems, output.strip())
