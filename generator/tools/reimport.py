"""Re-importing a changed fal document: fal's facts are replaced, a maintainer's hand edits are kept.

What the importer cannot know and a maintainer writes by hand, kept on re-import:
- the endpoint's `title`, `description`, `status`, `replacement` and `notes`;
- constraints fal states only in prose (`from_prose`), while the field exists and fal's schema does
  not now state that constraint itself (then fal's value wins and the prose marker is dropped);
- a field's `file` flag (the importer only guesses it from the field name);
- `example_input` / `example_output` completed by hand, while every key is still a field.
Everything else (fields, types, defaults, bounds, enums, descriptions, examples) is fal's.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

CURATED = ("title", "description", "status", "replacement", "notes")
# The order keys are written in, whoever produced them.
KEY_ORDER = (
    "id",
    "title",
    "description",
    "category",
    "docs_url",
    "status",
    "replacement",
    "source",
    "notes",
    "input",
    "output",
    "types",
    "example_input",
    "example_output",
)


def merge(
    imported: dict[str, Any], existing: dict[str, Any] | None
) -> tuple[dict[str, Any], list[str]]:
    """The imported spec with `existing`'s hand edits carried over, and what the merge had to drop."""
    if existing is None:
        return ordered(imported), []
    spec = dict(imported)
    messages: list[str] = []
    for key in CURATED:
        if key in existing:
            spec[key] = existing[key]
    old_objects = dict(_objects(existing))
    for where, obj in _objects(spec):
        old = old_objects.pop(where, None)
        if old is not None:
            messages += _merge_fields(where, obj, old)
    for where, old in old_objects.items():
        if any(f.get("from_prose") for f in old["fields"]):
            messages.append(f"{where}: gone from fal's schema; its prose constraints were dropped")
    for key, obj_key in (("example_input", "input"), ("example_output", "output")):
        hand = existing.get(key)
        if hand is None:
            continue
        names = {f["name"] for f in spec[obj_key]["fields"]}
        unknown = sorted(set(hand) - names)
        if unknown:
            messages.append(f"{key}: kept fal's example; the hand-written one used {unknown}")
        else:
            spec[key] = hand
    return ordered(spec), messages


def ordered(spec: dict[str, Any]) -> dict[str, Any]:
    rank = {key: i for i, key in enumerate(KEY_ORDER)}
    return dict(sorted(spec.items(), key=lambda item: rank.get(item[0], len(rank))))


def _objects(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    yield "input", spec["input"]
    yield "output", spec["output"]
    for name, body in spec.get("types", {}).items():
        if "fields" in body:
            yield f"types.{name}", body


def _merge_fields(where: str, obj: dict[str, Any], old: dict[str, Any]) -> list[str]:
    messages: list[str] = []
    old_fields = {f["name"]: f for f in old["fields"]}
    for index, field in enumerate(obj["fields"]):
        before = old_fields.pop(field["name"], None)
        if before is None:
            continue
        merged = {k: v for k, v in field.items() if k != "file"}
        if before.get("file"):
            merged["file"] = True
        prose: list[str] = []
        for constraint in before.get("from_prose", []):
            if constraint in field:
                messages.append(
                    f"{where}.{field['name']}: fal now states {constraint}={field[constraint]!r}; "
                    f"the prose value {before[constraint]!r} was dropped"
                )
                continue
            merged[constraint] = before[constraint]
            prose.append(constraint)
        if prose:
            merged["from_prose"] = prose
        if field.get("deprecated"):
            merged["deprecated"] = merged.pop("deprecated")
        obj["fields"][index] = merged
    for name, gone in old_fields.items():
        if gone.get("from_prose"):
            messages.append(f"{where}.{name}: removed by fal; its prose constraints were dropped")
    return messages
