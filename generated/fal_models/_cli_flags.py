"""An endpoint's input fields as command-line flags, built from its input model on demand.

The model's fields (annotations, defaults, constraints, descriptions: all from the spec) decide
each flag, so the command line has no second source of truth. Values are converted only as far
as argparse needs; the model validates them, before any request, as it does for Python callers.
"""

from __future__ import annotations

import argparse
import json
import re
import types
import typing
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from fal_models._missing import MISSING
from fal_models._uploads import FILE_MARKER

__all__ = ["InputFlag", "add_input_flags", "given_values", "json_value"]

# A URL or data URI is sent as it is; anything else given to a file field is a local path. A
# scheme of one letter is a Windows drive (`C:\...`), so it takes two or more.
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:")
_BOUNDS = (
    ("ge", ">="),
    ("gt", ">"),
    ("le", "<="),
    ("lt", "<"),
    ("min_length", "min length"),
    ("max_length", "max length"),
    ("multiple_of", "multiple of"),
)


@dataclass(frozen=True)
class InputFlag:
    """One input field's flag: `--num-images` for the model attribute `num_images`."""

    field: str
    flag: str
    dest: str


def json_value(text: str) -> Any:
    """A JSON value, or `@path`: the JSON in that file."""
    if text.startswith("@"):
        try:
            text = Path(text[1:]).read_text(encoding="utf-8")
        except OSError as exc:
            raise argparse.ArgumentTypeError(f"cannot read {text[1:]}: {exc.strerror}") from None
    try:
        return json.loads(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not JSON ({exc})") from None


def _file_value(text: str) -> Any:
    """A URL or data URI as it is; a local file as a Path, which the runtime inlines or uploads."""
    if _SCHEME.match(text):
        return text
    path = Path(text)
    if not path.is_file():
        raise argparse.ArgumentTypeError(f"no such file: {text} (give a path, a URL or a data URI)")
    return path


def _item_or_array(convert: Callable[[str], Any]) -> Callable[[str], Any]:
    """One item of a list, or a JSON array of items (`[]` for an empty list)."""

    def item_or_array(text: str) -> Any:
        if text.startswith("["):
            try:
                items = json.loads(text)
            except ValueError:
                items = None
            if isinstance(items, list):
                return [convert(i) if isinstance(i, str) else i for i in items]
        return convert(text)

    return item_or_array


def _named(convert: Callable[[str], Any], name: str) -> Callable[[str], Any]:
    """`convert` under the name argparse shows in "invalid <name> value" errors."""

    def wrapper(text: str) -> Any:
        return convert(text)

    wrapper.__name__ = name
    return wrapper


def _options(annotation: Any) -> list[Any]:
    """The members of a union, type aliases unwrapped, without None and pydantic's MISSING:
    a value left out is simply not sent."""
    value = getattr(annotation, "__value__", None)  # a TypeAliasType
    if value is not None:
        return _options(value)
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return [o for arg in typing.get_args(annotation) for o in _options(arg)]
    if annotation is type(None) or annotation is MISSING:
        return []
    return [annotation]


class _Extend(argparse.Action):
    """A repeatable JSON flag of a list field: an array extends the list, anything else is one
    more item. When the items are arrays themselves, only an array of arrays extends."""

    nested = False

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        items = list(getattr(namespace, self.dest, None) or [])
        if isinstance(values, list) and (
            not self.nested or (all(isinstance(v, list) for v in values) and values)
        ):
            items.extend(values)
        else:
            items.append(values)
        setattr(namespace, self.dest, items)


class _NestedExtend(_Extend):
    nested = True


def _literal_values(options: list[Any]) -> list[Any] | None:
    if options and all(typing.get_origin(o) is Literal for o in options):
        return [v for o in options for v in typing.get_args(o)]
    return None


def _scalar(options: list[Any]) -> type | None:
    """The one scalar type of a union of scalars (int and float together are numbers)."""
    kinds = set(options)
    if kinds == {int, float}:
        return float
    if len(kinds) == 1 and next(iter(kinds)) in (str, int, float):
        return typing.cast(type, next(iter(kinds)))
    return None


def _argument(field: FieldInfo) -> tuple[dict[str, Any], str]:
    """argparse's keyword arguments for the field's flag, and what its values are (for help)."""
    is_file = isinstance(field.json_schema_extra, dict) and bool(
        field.json_schema_extra.get(FILE_MARKER)
    )
    options = _options(field.annotation)
    if options == [bool]:
        return {"action": argparse.BooleanOptionalAction}, ""
    literals = _literal_values(options)
    if literals is not None:
        kinds = {type(v) for v in literals}
        return {"choices": literals, "type": int if kinds == {int} else str}, ""
    scalar = _scalar(options)
    if scalar is not None:
        convert = _named(_file_value, "file") if is_file and scalar is str else scalar
        return {"type": convert, "metavar": _metavar(scalar, is_file)}, ""
    if len(options) == 1 and typing.get_origin(options[0]) is list:
        items = _options(typing.get_args(options[0])[0])
        scalar = _scalar(items)
        if scalar is not None:
            convert = _named(_file_value, "file") if is_file and scalar is str else scalar
            return (
                {
                    "action": _Extend,
                    "type": _named(_item_or_array(convert), convert.__name__),
                    "metavar": _metavar(scalar, is_file),
                },
                "Repeat for each item, or give a JSON array",
            )
        nested = bool(items) and all(typing.get_origin(i) in (list, tuple) for i in items)
        return (
            {
                "action": _NestedExtend if nested else _Extend,
                "type": _named(json_value, "JSON"),
                "metavar": "JSON",
            },
            "JSON or @file; repeat for each item, or give an array",
        )
    literals = _literal_values([o for o in options if typing.get_origin(o) is Literal])
    if literals and len(options) > 1:
        # A preset or an object (`image_size`): a preset's name as it is, anything else as JSON.
        names = [str(v) for v in literals]

        def preset_or_json(text: str) -> Any:
            return text if text in names else json_value(text)

        return (
            {"type": _named(preset_or_json, "preset or JSON"), "metavar": "VALUE"},
            f"One of {', '.join(names)}, or JSON or @file",
        )
    return {"type": _named(json_value, "JSON"), "metavar": "JSON"}, "JSON or @file"


def _metavar(scalar: type, is_file: bool) -> str:
    if is_file:
        return "FILE|URL"
    return {str: "TEXT", int: "INT", float: "NUMBER"}[scalar]


def _help(field: FieldInfo, values: str) -> str:
    parts = [(field.description or "").strip().rstrip(".") or "See fal's docs"]
    if values:
        parts.append(values)
    bounds = [
        f"{label} {getattr(m, attr)}"
        for m in field.metadata
        for attr, label in _BOUNDS
        if getattr(m, attr, None) is not None
    ]
    if bounds:
        parts.append("Limits: " + ", ".join(bounds))
    if field.default not in (PydanticUndefined, MISSING):
        parts.append(f"Default: {json.dumps(field.default, default=str)}")
    # argparse formats help with %: keep a literal one literal.
    return ". ".join(" ".join(p.split()) for p in parts).replace("%", "%%") + "."


def add_input_flags(
    parser: argparse.ArgumentParser, model: type[BaseModel], reserved: set[str]
) -> list[InputFlag]:
    """One flag per field of `model`, kebab-case (`--num-images`); a field whose flag the
    command itself uses (`reserved`) gets `--input-<name>`. Required fields are listed apart."""
    # Deferred models keep forward references in their annotations until they are built.
    model.model_rebuild()
    required = parser.add_argument_group("required input")
    optional = parser.add_argument_group("input (left out: not sent, fal's default applies)")
    flags = []
    for name, field in model.model_fields.items():
        flag = "--" + name.replace("_", "-")
        if flag in reserved:
            flag = "--input-" + flag[2:]
        kwargs, values = _argument(field)
        group = required if field.is_required() else optional
        dest = f"input:{name}"
        group.add_argument(
            flag, dest=dest, default=argparse.SUPPRESS, help=_help(field, values), **kwargs
        )
        flags.append(InputFlag(name, flag, dest))
    return flags


def given_values(args: argparse.Namespace, flags: list[InputFlag]) -> dict[str, Any]:
    """The values of the flags given, by field name; a flag not given is not sent."""
    given = vars(args)
    return {flag.field: given[flag.dest] for flag in flags if flag.dest in given}
