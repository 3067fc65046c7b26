"""The package version and changelog as `specs/release.yaml` and `specs/CHANGELOG.md` record them
(written by `python -m generator release`; read here so the pipeline never imports the tools)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

RELEASE_FILE = "release.yaml"
CHANGELOG_FILE = "CHANGELOG.md"
UNRELEASED_VERSION = "0.0.0"
CHANGELOG_TITLE = (
    "# Changelog of fal-models\n\n"
    "Written by `python -m generator release` from the API diff of each release.\n"
)


class ReleaseError(ValueError):
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
    parse_version(version, path)
    return Release(version, data.get("baseline"))


def read_changelog(specs_dir: Path) -> str:
    path = specs_dir / CHANGELOG_FILE
    return path.read_text(encoding="utf-8") if path.exists() else CHANGELOG_TITLE


def parse_version(version: str, where: object) -> tuple[int, int, int]:
    parts = version.split(".")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise ReleaseError(f"{where}: version {version!r} is not MAJOR.MINOR.PATCH")
    return int(parts[0]), int(parts[1]), int(parts[2])
