"""Folders of the repository (specs/, the generated package) as they were at a git revision, for
`diff` and `release`."""

from __future__ import annotations

import io
import subprocess
import tarfile
from pathlib import Path


class RevisionError(RuntimeError):
    pass


def git(where: Path, *args: str) -> str:
    """`git -C where args...`'s output; a RevisionError saying what failed otherwise."""
    try:
        return subprocess.run(
            ["git", "-C", str(where), *args], check=True, capture_output=True, text=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError) as exc:
        detail = getattr(exc, "stderr", "") or str(exc)
        raise RevisionError(f"git {' '.join(args)} failed in {where}: {detail.strip()}") from None


def folder_at(revision: str, folder: Path, into: Path) -> Path:
    """Extract `folder` (a folder of a git working tree, which need not exist there now) as it was
    at `revision` into `into`; return the extracted folder. git archive runs from the repository
    root, so this works from any subfolder."""
    repo = git(_existing(folder), "rev-parse", "--show-toplevel")
    relative = folder.resolve().relative_to(Path(repo).resolve()).as_posix()
    try:
        archive = subprocess.run(
            ["git", "-C", repo, "archive", "--format=tar", revision, relative],
            check=True,
            capture_output=True,
        ).stdout
    except subprocess.CalledProcessError as exc:
        raise RevisionError(
            f"cannot read {relative}/ at revision {revision!r}: {exc.stderr.decode().strip()}"
        ) from None
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into / relative


def _existing(folder: Path) -> Path:
    while not folder.is_dir() and folder != folder.parent:
        folder = folder.parent
    return folder
