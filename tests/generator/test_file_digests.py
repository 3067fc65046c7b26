"""The build's digests of its inputs and outputs, remembered by file stat between runs, are
always the digests of the files as they are now."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import pytest

from generator.pipeline import inputs
from generator.pipeline.inputs import FileDigests


def _later(monkeypatch: pytest.MonkeyPatch) -> None:
    """Hash as if the files were written well before the run (not within its clock tick)."""
    now = time.time_ns() + 5_000_000_000
    monkeypatch.setattr(inputs.time, "time_ns", lambda: now)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def test_a_remembered_digest_is_reused_and_an_edit_is_noticed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "cache" / "digests.json"
    tree = tmp_path / "tree"
    (tree / "sub").mkdir(parents=True)
    (tree / "a.py").write_text("one")
    (tree / "sub" / "b.py").write_text("two")
    (tree / ".mypy_cache").mkdir()
    (tree / ".mypy_cache" / "x.json").write_text("skipped")
    _later(monkeypatch)
    first = FileDigests(store)
    assert first.under(tree, {".mypy_cache"}) == {"a.py": _sha("one"), "sub/b.py": _sha("two")}
    first.save()

    # Remembered: a digest planted in the store is what comes back for an untouched file.
    text = store.read_text().replace(_sha("one"), "0" * 64)
    store.write_text(text)
    assert FileDigests(store).under(tree, ())["a.py"] == "0" * 64

    # Same size, same modification time, other bytes: the change time still gives it away.
    info = (tree / "a.py").stat()
    (tree / "a.py").write_text("uno")
    os.utime(tree / "a.py", ns=(info.st_atime_ns, info.st_mtime_ns))
    assert FileDigests(store).under(tree, ())["a.py"] == _sha("uno")


def test_a_file_written_just_before_hashing_is_not_remembered(tmp_path: Path) -> None:
    store = tmp_path / "digests.json"
    (tmp_path / "tree").mkdir()
    (tmp_path / "tree" / "a.py").write_text("one")
    digests = FileDigests(store)
    assert digests.under(tmp_path / "tree", ()) == {"a.py": _sha("one")}
    digests.save()
    assert not store.exists()  # nothing old enough to trust: a same-tick rewrite could hide
