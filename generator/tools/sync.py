"""`python -m generator sync`: brings specs/ up to date with fal's models catalogue. New endpoints
are imported, changed ones re-imported (hand edits kept), ones gone from the active list deprecated.

The work happens in a temporary copy of the spec folder; only what changed is copied back (nothing
with `dry_run`), so an unchanged spec is never rewritten. A spec written by sync names fal's
per-endpoint document as its `source` (SOURCE_URL): the same document the catalogue expands, which
`import-openapi` can fetch again, and the same text on every run, so a second sync of the same
catalogue changes nothing.

Deprecating is guarded twice: a model whose OpenAPI expansion failed is listed, so it is "not
refreshed", never deprecated; and an endpoint missing from the listing is looked up once more by
id before it is deprecated (the cursor "encodes the page number", so a catalogue that changes
while it is paged can shift a model past a page boundary; a `--category` filter uses fal's category,
which an older spec may state differently).
"""

from __future__ import annotations

import datetime
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TextIO

import yaml

from generator.pipeline import ir
from generator.pipeline.errors import SpecError, SpecErrors
from generator.pipeline.loader import load_specs
from generator.tools.catalogue_api import CatalogueClient, ListedModel
from generator.tools.diff import ApiDiff, compare
from generator.tools.importer import dump_spec
from generator.tools.reimport import ordered
from generator.tools.spec_import import SpecImporter

SOURCE_URL = "https://fal.ai/api/openapi/queue/openapi.json?endpoint_id={}"
DEPRECATED_NOTE = "Lifecycle: deprecated by `python -m generator sync` on {}: "
"""The note sync adds when it deprecates an endpoint (the date follows); sync reactivates only the
endpoints that carry it, never one a maintainer deprecated by hand."""
Outcome = Literal["new", "changed", "reactivated", "deprecated", "unchanged", "not refreshed"]
OUTCOMES: tuple[Outcome, ...] = (
    "new",
    "changed",
    "reactivated",
    "deprecated",
    "unchanged",
    "not refreshed",
)


@dataclass(frozen=True)
class Scope:
    """What one sync looks at: categories and endpoint ids (empty: all). Only specs in scope can
    be judged to have left fal's active list."""

    categories: tuple[str, ...] = ()
    endpoint_ids: tuple[str, ...] = ()

    def holds(self, spec: dict[str, Any]) -> bool:
        return (not self.categories or spec.get("category") in self.categories) and (
            not self.endpoint_ids or spec["id"] in self.endpoint_ids
        )

    def describe(self) -> str:
        parts = ["status=active"]
        parts += [f"category={c}" for c in self.categories]
        parts += [f"endpoint_id={i}" for i in self.endpoint_ids]
        return ", ".join(parts)


@dataclass
class SyncResult:
    """What one sync did to each endpoint, and the API diff of the specs before and after."""

    api_url: str
    scope: Scope
    date: datetime.date
    listed: int = 0
    outcomes: dict[str, Outcome] = field(default_factory=dict)
    reasons: dict[str, str] = field(default_factory=dict)  # why not refreshed
    failed: dict[str, str] = field(default_factory=dict)  # imports that failed: the errors
    dropped: dict[str, list[str]] = field(default_factory=dict)  # hand edits the merge dropped
    hand_deprecated: list[str] = field(default_factory=list)  # active at fal, deprecated by hand
    unknown: list[str] = field(default_factory=list)  # asked for, neither at fal nor in specs
    diff: ApiDiff = field(default_factory=ApiDiff)
    written: list[Path] = field(default_factory=list)  # spec files written (none in a dry run)

    def ids(self, outcome: Outcome) -> list[str]:
        return sorted(i for i, o in self.outcomes.items() if o == outcome)

    def summary(self) -> str:
        counts = [f"{len(self.ids(o))} {o}" for o in OUTCOMES if o != "reactivated"]
        if self.ids("reactivated"):
            counts.insert(2, f"{len(self.ids('reactivated'))} reactivated")
        if self.failed:
            counts.append(f"{len(self.failed)} failed")
        return ", ".join(counts)

    def markdown(self) -> str:
        """The API diff's report (as `generator diff` prints it), then what sync did."""
        lines = [
            "",
            "## Sync",
            "",
            f"{self.listed} model(s) listed by `GET {self.api_url}/models` ({self.scope.describe()})"
            f" on {self.date.isoformat()}: {self.summary()}.",
        ]
        sections: list[tuple[str, Iterable[str]]] = [
            ("Deprecated: no longer in fal's active list", _codes(self.ids("deprecated"))),
            ("Reactivated: in fal's active list again", _codes(self.ids("reactivated"))),
            (
                "Not refreshed: fal gave no document this time",
                (f"`{i}`: {self.reasons[i]}" for i in self.ids("not refreshed")),
            ),
            (
                "Failed: fix the importer or the spec",
                (f"`{i}`: {e}" for i, e in self.failed.items()),
            ),
            (
                "Hand edits dropped by the re-import",
                (f"`{i}`: {m}" for i, ms in self.dropped.items() for m in ms),
            ),
            (
                "Active at fal, deprecated by hand here: review the spec's status",
                _codes(self.hand_deprecated),
            ),
            ("Asked for, but neither in fal's active list nor in specs/", _codes(self.unknown)),
        ]
        for title, items in sections:
            bullets = [f"- {item}" for item in items]
            if bullets:
                lines += ["", f"### {title}", "", *bullets]
        return self.diff.markdown() + "\n".join(lines) + "\n"


def sync(
    client: CatalogueClient,
    specs_dir: Path,
    scope: Scope = Scope(),
    *,
    dry_run: bool = False,
    today: datetime.date | None = None,
    progress: Callable[[str], None] = lambda _: None,
) -> SyncResult:
    """Refresh `specs_dir` from the catalogue `client` reads; raises CatalogueError when the
    catalogue cannot be read (nothing written then) and SpecErrors when specs_dir is invalid."""
    result = SyncResult(client.api_url, scope, today or datetime.datetime.now(datetime.UTC).date())
    listed = _listing(client, scope)
    result.listed = len(listed)
    before_set = load_specs(specs_dir)
    current = _current_specs(specs_dir)
    gone = [i for i, s in current.items() if s["status"] == "active" and scope.holds(s)]
    gone = [i for i in gone if i not in listed]
    if gone and (scope.categories or not scope.endpoint_ids):
        for model in client.active_models(endpoint_ids=gone):
            listed.setdefault(model.endpoint_id, model)
        gone = [i for i in gone if i not in listed]
    result.unknown = sorted(set(scope.endpoint_ids) - set(listed) - set(current))

    with tempfile.TemporaryDirectory(prefix="fal-models-sync-") as tmp:
        work = Path(tmp) / "specs"
        (work / "endpoints").mkdir(parents=True)
        shutil.copy2(specs_dir / "shared.yaml", work / "shared.yaml")
        for path in (specs_dir / "endpoints").glob("*.yaml"):
            shutil.copy2(path, work / "endpoints" / path.name)
        befores = _refresh(work, listed, current, result, progress)
        for endpoint_id in gone:
            befores[endpoint_id] = _deprecate(work, current[endpoint_id], result)
        after_set = _load_reverting(work, specs_dir, befores, result)
        result.diff = compare(before_set, after_set)
        if not dry_run:
            for endpoint_id in sorted(befores):
                name = _file_name(endpoint_id)
                target = specs_dir / "endpoints" / name
                target.write_bytes((work / "endpoints" / name).read_bytes())
                result.written.append(target)
    return result


def _listing(client: CatalogueClient, scope: Scope) -> dict[str, ListedModel]:
    """Every active model in scope, by id (the first entry wins when paging repeated one)."""
    listed: dict[str, ListedModel] = {}
    for category in scope.categories or (None,):
        for model in client.active_models(category, scope.endpoint_ids):
            listed.setdefault(model.endpoint_id, model)
    return listed


def _current_specs(specs_dir: Path) -> dict[str, dict[str, Any]]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    specs = {}
    for path in sorted((specs_dir / "endpoints").glob("*.yaml")):
        spec = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
        specs[spec["id"]] = spec
    return specs


def _refresh(
    work: Path,
    listed: dict[str, ListedModel],
    current: dict[str, dict[str, Any]],
    result: SyncResult,
    progress: Callable[[str], None],
) -> dict[str, str | None]:
    """Import every listed document into `work`; the text before of each file written."""
    importer = SpecImporter(work)
    befores: dict[str, str | None] = {}
    for n, endpoint_id in enumerate(sorted(listed), 1):
        progress(f"importing {n}/{len(listed)}: {endpoint_id}")
        model = listed[endpoint_id]
        if model.document is None:
            result.outcomes[endpoint_id] = "not refreshed"
            result.reasons[endpoint_id] = model.error or "no document"
            continue
        try:
            imported = importer.imported(model.document, SOURCE_URL.format(endpoint_id))
        except Exception as exc:  # one unreadable document must not stop the others
            result.failed[endpoint_id] = (
                f"cannot import fal's document: {type(exc).__name__}: {exc}"
            )
            continue
        if imported.spec["id"] != endpoint_id:
            result.failed[endpoint_id] = f"fal's document describes {imported.spec['id']!r}"
            continue
        outcome: Outcome = "new" if imported.before is None else "changed"
        if _reactivate(imported.spec):
            outcome = "reactivated"
        elif imported.spec["status"] == "deprecated" and endpoint_id in current:
            result.hand_deprecated.append(endpoint_id)
        if not imported.changed:
            result.outcomes[endpoint_id] = "unchanged"
            continue
        imported.write()
        befores[endpoint_id] = imported.before
        result.outcomes[endpoint_id] = outcome
        if imported.messages:
            result.dropped[endpoint_id] = imported.messages
    return befores


def _reactivate(spec: dict[str, Any]) -> bool:
    """Undo sync's own deprecation of an endpoint fal lists as active again."""
    notes = spec.get("notes", [])
    kept = [n for n in notes if not n.startswith(DEPRECATED_NOTE.split("{}")[0])]
    if spec["status"] != "deprecated" or len(kept) == len(notes):
        return False
    spec["status"] = "active"
    if kept:
        spec["notes"] = kept
    else:
        del spec["notes"]
    return True


def _deprecate(work: Path, spec: dict[str, Any], result: SyncResult) -> str:
    """Mark an endpoint fal no longer lists as deprecated, with the date; the text before."""
    path = work / "endpoints" / _file_name(spec["id"])
    before = path.read_text(encoding="utf-8")
    note = DEPRECATED_NOTE.format(result.date.isoformat())
    note += "no longer in fal's active model list (GET /v1/models?status=active)."
    path.write_text(
        dump_spec(
            ordered({**spec, "status": "deprecated", "notes": [*spec.get("notes", []), note]})
        ),
        encoding="utf-8",
    )
    result.outcomes[spec["id"]] = "deprecated"
    return before


def _load_reverting(
    work: Path, specs_dir: Path, befores: dict[str, str | None], result: SyncResult
) -> ir.SpecSet:
    """The synced specs; a spec sync wrote that does not load is put back as it was and its
    errors reported as a failure, so one odd document does not hold back the rest."""
    while True:
        try:
            return load_specs(work)
        except SpecErrors as exc:
            by_file = {_file_name(i): i for i in befores}
            culprits: dict[str, list[SpecError]] = {}
            for error in exc.errors:
                endpoint_id = by_file.get(error.location.path.name)
                if endpoint_id is None or error.location.path.parent.parent != work:
                    raise _in_folder(exc, work, specs_dir) from None
                culprits.setdefault(endpoint_id, []).append(error)
            if not culprits:
                raise _in_folder(exc, work, specs_dir) from None
            for endpoint_id, errors in culprits.items():
                path = work / "endpoints" / _file_name(endpoint_id)
                before = befores.pop(endpoint_id)
                if before is None:
                    path.unlink()
                else:
                    path.write_text(before, encoding="utf-8")
                del result.outcomes[endpoint_id]
                result.dropped.pop(endpoint_id, None)
                messages = "; ".join(e.message for e in errors)
                result.failed[endpoint_id] = f"the imported spec is invalid: {messages}"


def _in_folder(exc: SpecErrors, work: Path, specs_dir: Path) -> SpecErrors:
    """The synced specs' errors, the temporary folder's paths replaced by the spec folder's."""
    errors = []
    for error in exc.errors:
        path = error.location.path
        if path.is_relative_to(work):
            path = specs_dir / path.relative_to(work)
        location = ir.Location(path, error.location.line, error.location.column)
        errors.append(SpecError(location, f"{error.message} (after sync)"))
    return SpecErrors(errors)


def _file_name(endpoint_id: str) -> str:
    return endpoint_id.replace("/", "__") + ".yaml"


def _codes(ids: Iterable[str]) -> Iterable[str]:
    return (f"`{i}`" for i in ids)


class Progress:
    """One status line on stderr, rewritten in place; silent unless stderr is a terminal."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream or sys.stderr
        self._shown = self._stream.isatty()
        self._used = False

    def __call__(self, text: str) -> None:
        if self._shown:
            self._stream.write(f"\r\033[K{text[:100]}")
            self._stream.flush()
            self._used = True

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        """Clear the line, so what is printed next starts on a clean one."""
        if self._used:
            self._stream.write("\r\033[K")
            self._stream.flush()
