"""The committed catalogue specs are exactly what `import-openapi` writes for fal's documents: the
image catalogue (`catalog/`) and every other category (`categories/<group>/`)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.__main__ import main

REPO = Path(__file__).resolve().parents[2]
OPENAPI = REPO.parent / "shared" / "fal-openapi"


def test_reimporting_the_catalogue_reproduces_the_specs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "specs"
    (folder / "endpoints").mkdir(parents=True)
    shutil.copy(REPO / "specs" / "shared.yaml", folder)
    # The order the catalogue was imported in: an id whose names another one already took is
    # pinned in the spec imported second.
    catalogue = sorted((OPENAPI / "catalog").glob("*.json"))
    categories = sorted((OPENAPI / "categories").glob("*/*.json"))
    documents = [*catalogue, *categories]
    assert main(["import-openapi", *map(str, documents), "--specs", str(folder)]) == 0
    capsys.readouterr()
    written = sorted(p.name for p in (folder / "endpoints").iterdir())
    assert (len(catalogue), len(categories)) == (533, 712)
    assert len(written) == len(documents)
    for name in written:
        committed = (REPO / "specs" / "endpoints" / name).read_text(encoding="utf-8")
        assert (folder / "endpoints" / name).read_text(encoding="utf-8") == committed, name
