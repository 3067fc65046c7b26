"""The generated package's version and changelog, following the API diff since the last release.

`specs/release.yaml` holds the released version and the git revision whose specs it was released
from; `specs/CHANGELOG.md` holds one section per release. `python -m generator release` diffs the
baseline's specs against the current ones, adds the importable names renamed since the package
committed at the baseline (generator/tools/renames.py), bumps the version by what that implies and
prepends the report to the changelog; `generate` writes both into the package.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import yaml

from generator.pipeline.loader import load_specs
from generator.pipeline.paths import OUTPUT
from generator.pipeline.version import (
    CHANGELOG_FILE,
    RELEASE_FILE,
    Release,
    ReleaseError,
    parse_version,
    read_changelog,
    read_release,
)
from generator.tools.diff import ApiDiff, Bump, compare
from generator.tools.renames import committed_names, renamed, rendered_names
from generator.tools.revisions import folder_at, git

__all__ = [
    "ReleaseError",
    "nested",
    "next_version",
    "plan",
    "read_changelog",
    "read_release",
    "release",
]


def next_version(version: str, bump: Bump) -> str:
    """Semver; below 1.0 a breaking change bumps the minor number and anything else the patch."""
    major, minor, patch = parse_version(version, RELEASE_FILE)
    if major == 0:
        bump = "minor" if bump == "major" else "patch"
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def plan(specs_dir: Path) -> tuple[Release, ApiDiff]:
    """The current release and the diff from its baseline to the specs in `specs_dir`, with the
    names renamed since the package committed at the baseline (generated/ beside specs/)."""
    current = read_release(specs_dir)
    new = load_specs(specs_dir)
    with tempfile.TemporaryDirectory(prefix="fal-release-") as tmp:
        if current.baseline is None:  # never released: everything is new
            old = load_specs(_empty_specs(specs_dir, Path(tmp)))
        else:
            old = load_specs(folder_at(current.baseline, specs_dir, Path(tmp)))
    diff = compare(old, new)
    if current.baseline is not None:
        names = committed_names(current.baseline, specs_dir.parent / OUTPUT.name)
        if names:
            diff = diff.including(renamed(names, rendered_names(new, set(names))))
    return current, diff


def nested(markdown: str, levels: int) -> str:
    """`markdown` with every heading `levels` deeper, outside code fences: the diff's report opens
    with `# API changes`, which in the changelog sits under the release's `## <version>`."""
    lines, fenced = [], False
    for line in markdown.splitlines():
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and _HEADING.match(line):
            line = "#" * levels + line
        lines.append(line)
    return "\n".join(lines)


_HEADING = re.compile(r"#{1,6} ")


def _empty_specs(specs_dir: Path, into: Path) -> Path:
    (into / "endpoints").mkdir()
    (into / "shared.yaml").write_bytes((specs_dir / "shared.yaml").read_bytes())
    return into


def release(
    specs_dir: Path, *, dry_run: bool = False, notes: str | None = None
) -> tuple[str, str] | None:
    """Bump the version and prepend the changelog entry; None when the API did not change.

    `notes` (Markdown) is the maintainer's word on what the diff of the specs cannot see, such as
    a runtime name that moved; it goes into the entry under "Notes".

    The baseline becomes HEAD, so the specs must be committed first: otherwise the next release
    would report these changes again.
    """
    current, diff = plan(specs_dir)
    if diff.bump is None:
        return None
    version = next_version(current.version, diff.bump)
    entry = f"## {version}\n\n{nested(diff.markdown().strip(), 2)}\n"
    if notes and notes.strip():
        entry += f"\n### Notes\n\n{nested(notes.strip(), 3)}\n"
    if dry_run:
        return version, entry
    dirty = git(specs_dir, "status", "--porcelain", "--", ".")
    head = git(specs_dir, "rev-parse", "HEAD")
    if dirty:
        raise ReleaseError(f"commit the spec changes first; uncommitted under specs/:\n{dirty}")
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
