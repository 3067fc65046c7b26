"""The generated package's version and changelog, following the API diff since the last release.

`specs/release.yaml` holds the released version and the git revision whose specs it was released
from; `specs/CHANGELOG.md` holds one section per release. `python -m generator release` diffs the
baseline's specs against the current ones, bumps the version by what the diff implies and prepends
the diff's report to the changelog; `generate` writes both into the package.
"""

from __future__ import annotations

import io
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.diff import ApiDiff, Bump, compare
from generator.loader import load_specs

RELEASE_FILE = "release.yaml"
CHANGELOG_FILE = "CHANGELOG.md"
UNRELEASED_VERSION = "0.0.0"
_CHANGELOG_TITLE = "# Changelog of fal-models\n\nWritten by `python -m generator release` from the API diff of each release.\n"


class ReleaseError(RuntimeError):
    pass


@dataclass(frozen=True)
class Release:
    version: str
    baseline: str | None  # git revision of the specs the version was released from


def read_release(specs_dir: Path) -> Release:
    path = specs_dir / RELEASE_FILE
    if not path.exists():
        return Release(UNRELEASED_VERSION, None)
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    version = str(data.get("version", ""))
    _parse(version, path)
    return Release(version, data.get("baseline"))


def read_changelog(specs_dir: Path) -> str:
    path = specs_dir / CHANGELOG_FILE
    return path.read_text(encoding="utf-8") if path.exists() else _CHANGELOG_TITLE


def next_version(version: str, bump: Bump) -> str:
    """Semver; below 1.0 a breaking change bumps the minor number and anything else the patch."""
    major, minor, patch = _parse(version, RELEASE_FILE)
    if major == 0:
        bump = "minor" if bump == "major" else "patch"
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def _parse(version: str, where: object) -> tuple[int, int, int]:
    parts = version.split(".")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise ReleaseError(f"{where}: version {version!r} is not MAJOR.MINOR.PATCH")
    return int(parts[0]), int(parts[1]), int(parts[2])


def specs_at(revision: str, specs_dir: Path, into: Path) -> Path:
    """Extract `specs_dir` as it was at a git revision of its repository into `into`."""
    repo = _git(specs_dir, "rev-parse", "--show-toplevel")
    relative = specs_dir.resolve().relative_to(Path(repo).resolve()).as_posix()
    try:
        archive = subprocess.run(
            ["git", "-C", repo, "archive", "--format=tar", revision, relative],
            check=True,
            capture_output=True,
        ).stdout
    except subprocess.CalledProcessError as exc:
        raise ReleaseError(
            f"cannot read {relative}/ at revision {revision!r}: {exc.stderr.decode().strip()}"
        ) from None
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into / relative


def _git(where: Path, *args: str) -> str:
    try:
        return subprocess.run(
            ["git", "-C", str(where), *args], check=True, capture_output=True, text=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError) as exc:
        detail = getattr(exc, "stderr", "") or str(exc)
        raise ReleaseError(f"git {' '.join(args)} failed in {where}: {detail.strip()}") from None


def plan(specs_dir: Path) -> tuple[Release, ApiDiff]:
    """The current release and the diff from its baseline to the specs in `specs_dir`."""
    current = read_release(specs_dir)
    new = load_specs(specs_dir)
    if current.baseline is None:
        return current, compare(load_specs(_empty_specs(specs_dir)), new)
    with tempfile.TemporaryDirectory(prefix="fal-release-") as tmp:
        old = load_specs(specs_at(current.baseline, specs_dir, Path(tmp)))
    return current, compare(old, new)


def _empty_specs(specs_dir: Path) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="fal-release-empty-"))
    (folder / "endpoints").mkdir()
    (folder / "shared.yaml").write_text(
        (specs_dir / "shared.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    return folder


def release(specs_dir: Path, *, dry_run: bool = False) -> tuple[str, str] | None:
    """Bump the version and prepend the changelog entry; None when the API did not change.

    The baseline becomes HEAD, so the specs must be committed first: otherwise the next release
    would report these changes again.
    """
    current, diff = plan(specs_dir)
    if diff.bump is None:
        return None
    version = next_version(current.version, diff.bump)
    entry = f"## {version}\n\n{diff.markdown().strip()}\n"
    if dry_run:
        return version, entry
    dirty = _git(specs_dir, "status", "--porcelain", "--", ".")
    if dirty:
        raise ReleaseError(f"commit the spec changes first; uncommitted under specs/:\n{dirty}")
    head = _git(specs_dir, "rev-parse", "HEAD")
    (specs_dir / RELEASE_FILE).write_text(
        "# Written by `python -m generator release`: the released version of the generated package\n"
        "# and the git revision whose specs/ it was released from (the next diff's baseline).\n"
        + yaml.safe_dump({"version": version, "baseline": head}, sort_keys=False),
        encoding="utf-8",
    )
    changelog = read_changelog(specs_dir)
    head_text, _, rest = changelog.partition("\n## ")
    body = f"{head_text.rstrip()}\n\n{entry}" + (f"\n## {rest}" if rest else "")
    (specs_dir / CHANGELOG_FILE).write_text(body, encoding="utf-8")
    return version, entry
