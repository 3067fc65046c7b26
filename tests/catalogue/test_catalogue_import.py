"""The committed catalogue specs are exactly what `import-openapi` writes for fal's documents."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.__main__ import main

REPO = Path(__file__).resolve().parents[2]
CATALOGUE = REPO.parent / "shared" / "fal-openapi" / "catalog"


def test_reimporting_the_catalogue_reproduces_the_specs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "specs"
    (folder / "endpoints").mkdir(parents=True)
    shutil.copy(REPO / "specs" / "shared.yaml", folder)
    documents = sorted(CATALOGUE.glob("*.json"))
    assert main(["import-openapi", *map(str, documents), "--specs", str(folder)]) == 0
    capsys.readouterr()
    written = sorted(p.name for p in (folder / "endpoints").iterdir())
    assert len(written) == len(documents) == 533
    for name in written:
        committed = (REPO / "specs" / "endpoints" / name).read_text(encoding="utf-8")
        assert (folder / "endpoints" / name).read_text(encoding="utf-8") == committed, name
