"""The README's Guarantees table names tests that exist: each promise stays backed by its proof."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _guarantee_rows() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Guarantees\n", 1)[1].split("\n## ", 1)[0]
    return [line for line in section.splitlines() if line.startswith("| ") and "`tests/" in line]


def _named_tests(row: str) -> list[tuple[str, str]]:
    """(file, test) pairs; `::name` alone refers to the file named before it in the row."""
    found, current = [], ""
    for path, name in re.findall(r"`(tests/[\w/]+\.py)?::(\w+)`", row):
        current = path or current
        found.append((current, name))
    return found


def test_every_guarantee_names_tests_that_exist() -> None:
    rows = _guarantee_rows()
    assert len(rows) >= 15
    for row in rows:
        named = _named_tests(row)
        assert named, row
        for path, name in named:
            tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
            functions = {
                node.name
                for node in ast.walk(tree)
                if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
            }
            assert name in functions, f"README names {path}::{name}, which does not exist"
