"""One fal document → the spec file it gives, a maintainer's edits kept and names pinned: the step
`import-openapi` and `sync` share."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.tools.importer import NameRegistry, dump_spec, import_document
from generator.tools.reimport import merge


@dataclass
class ImportedSpec:
    """A spec as the import gives it, beside the file's current content."""

    path: Path
    spec: dict[str, Any]
    before: str | None  # the file's text before the import; None for a new endpoint
    messages: list[str]  # hand edits the merge had to drop

    @property
    def text(self) -> str:
        return dump_spec(self.spec)

    @property
    def changed(self) -> bool:
        return self.text != self.before

    def write(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(self.text, encoding="utf-8")


class SpecImporter:
    """Imports documents into one spec folder (specs/: endpoints/ and shared.yaml)."""

    def __init__(self, specs_dir: Path) -> None:
        self.specs_dir = specs_dir
        shared = yaml.safe_load((specs_dir / "shared.yaml").read_text(encoding="utf-8"))
        self._shared = shared["shared_types"]
        self._names = NameRegistry(specs_dir)

    def path_of(self, endpoint_id: str) -> Path:
        return self.specs_dir / "endpoints" / (endpoint_id.replace("/", "__") + ".yaml")

    def imported(self, document: dict[str, Any], source: str) -> ImportedSpec:
        """The spec `document` gives, merged over the endpoint's current spec (not yet written);
        raises importer.ImportError_ for a document the importer cannot read."""
        spec = import_document(document, self._shared)
        spec["source"] = source
        path = self.path_of(spec["id"])
        before = path.read_text(encoding="utf-8") if path.exists() else None
        existing = yaml.safe_load(before) if before is not None else None
        spec, messages = merge(spec, existing)
        self._names.pin(spec, existing)
        return ImportedSpec(path, spec, before, messages)
