"""Safe YAML loading that remembers where every value was written (file, line, column)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from generator.pipeline.errors import SpecError
from generator.pipeline.ir import Location

JsonPath = tuple[str | int, ...]
# libyaml's parser when PyYAML was built with it (≈10× faster); same nodes, marks and errors.
_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class SourceDocument:
    """A parsed YAML document plus the position of every mapping key and value in it."""

    def __init__(self, path: Path, data: Any, positions: dict[JsonPath, Location]) -> None:
        self.path = path
        self.data = data
        self._positions = positions

    def location(self, json_path: JsonPath) -> Location:
        """The position of `json_path`, or of its nearest ancestor that has one."""
        p = tuple(json_path)
        while p not in self._positions and p:
            p = p[:-1]
        return self._positions.get(p, Location(self.path, 1, 1))


def load(path: Path) -> SourceDocument:
    text = path.read_text(encoding="utf-8")
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError:
        loader.dispose()
        loader = yaml.SafeLoader(text)  # the pure-Python parser words errors more clearly
        node = _reparse(path, loader)
    finally:
        loader.dispose()
    if node is None:
        raise SpecError(Location(path, 1, 1), "the file is empty; expected a mapping")
    positions: dict[JsonPath, Location] = {}
    data = _convert(node, (), path, positions, loader)
    return SourceDocument(path, data, positions)


def _reparse(path: Path, loader: yaml.SafeLoader) -> yaml.Node | None:
    try:
        return loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise SpecError(Location(path, line, col), f"invalid YAML: {exc.problem}") from None


def _convert(
    node: yaml.Node,
    json_path: JsonPath,
    path: Path,
    positions: dict[JsonPath, Location],
    loader: yaml.SafeLoader,
) -> Any:
    positions[json_path] = Location(path, node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, str):
                raise SpecError(
                    Location(path, key_node.start_mark.line + 1, key_node.start_mark.column + 1),
                    f"mapping keys must be strings, got {key!r}",
                )
            if key in out:
                raise SpecError(
                    Location(path, key_node.start_mark.line + 1, key_node.start_mark.column + 1),
                    f"duplicate key {key!r}",
                )
            out[key] = _convert(value_node, (*json_path, key), path, positions, loader)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [
            _convert(child, (*json_path, i), path, positions, loader)
            for i, child in enumerate(node.value)
        ]
    return loader.construct_object(node, deep=True)
