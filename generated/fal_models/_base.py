"""Base classes of every generated model: closed, validated inputs and open, lenient outputs."""

from __future__ import annotations

import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    PrivateAttr,
    ValidationError,
    ValidationInfo,
    model_validator,
)

from fal_models._exceptions import InputValidationError, Loc, ResponseValidationError
from fal_models._wire_values import wire_errors

STRICT_KEY = "fal_strict"
STRICT_CONTEXT = {STRICT_KEY: True}


class InputModel(BaseModel):
    """An endpoint input: unknown fields and every violated constraint raise before sending."""

    # Every model builds its validator on first use, not when its module is imported. Generated
    # fields carry their descriptions in `Field(description=...)` (see emit_models).
    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="forbid",
        validate_by_name=True,
        validate_by_alias=True,
        defer_build=True,
    )

    @classmethod
    def build(cls, data: dict[str, Any]) -> typing.Self:
        """Validate `data` (Python or wire names); raise InputValidationError with hints. Values
        JSON cannot carry to fal (NaN, integers past 64 bits, lone surrogates) are refused too,
        in every field, typed or free-form."""
        try:
            model = cls.model_validate(data)
        except ValidationError as exc:
            raise InputValidationError.from_pydantic(
                exc, cls.__name__, lambda loc: _walk(cls, loc)
            ) from None
        errors = wire_errors(model)
        if errors:
            raise InputValidationError(cls.__name__, errors)
        return model

    def to_wire(self) -> dict[str, Any]:
        """The JSON body: wire names, only the fields that were given."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True)


def _walk(model: type[BaseModel], loc: Loc) -> tuple[Loc, list[str]]:
    """Follow `loc` through nested models, dropping pydantic's union-branch tags
    (`image_size.ImageSize.width` → `image_size.width`): the field path, and the field names
    of the model it ends in (for did-you-mean hints)."""
    out: list[int | str] = []
    current: type[BaseModel] | None = model
    for part in loc:
        if isinstance(part, int):
            out.append(part)
            continue
        fields = current.model_fields if current is not None else {}
        field = fields.get(part) or next((f for f in fields.values() if f.alias == part), None)
        if field is not None:
            out.append(part)
            current = model_in(field.annotation)
    return tuple(out), sorted(current.model_fields) if current is not None else []


def model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = model_in(arg)
        if found is not None:
            return found
    return None


@dataclass(frozen=True)
class ResponseInfo:
    """`output.response_info`: the metadata of fal's answer that an output came from."""

    request_id: str | None
    """fal's id of the request (`x-fal-request-id`), when known."""
    endpoint_id: str | None
    """The endpoint that produced the output, when known."""
    billable_units: float | None
    """What fal bills the request (`X-Fal-Billable-Units`), when it said;
    `client.cost(output)` prices it."""
    headers: dict[str, str]
    """The HTTP headers of the answer (empty when the output did not come from one)."""


class OutputModel(BaseModel):
    """An endpoint output: unknown fields are kept and unknown enum values tolerated.

    Validate with `context=STRICT_CONTEXT` (or `parse_output(..., strict=True)`) to reject both,
    which is how the contract tests catch drift between a spec and what fal returns.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        validate_by_name=True,
        validate_by_alias=True,
        defer_build=True,
    )

    _request_id: str | None = PrivateAttr(default=None)
    """The fal request id this output came from, when known."""
    _billable_units: float | None = PrivateAttr(default=None)
    """The units fal bills this output's request (its `X-Fal-Billable-Units`), when it said;
    `client.cost(output)` prices them."""
    _endpoint_id: str | None = PrivateAttr(default=None)
    """The endpoint that produced this output, when known."""
    _response_headers: dict[str, str] | None = PrivateAttr(default=None)
    """The HTTP headers of fal's answer that carried this output, when it came from one."""

    @property
    def response_info(self) -> ResponseInfo:
        """What fal said about the request this output came from: its request id, endpoint,
        billable units and the answer's HTTP headers (None / empty where unknown, e.g. for an
        output built or parsed locally)."""
        return ResponseInfo(
            request_id=self._request_id,
            endpoint_id=self._endpoint_id,
            billable_units=self._billable_units,
            headers=dict(self._response_headers or {}),
        )

    def _repr_html_(self) -> str | None:
        """Jupyter: the files this output holds shown (images, players; nothing downloaded),
        then its text; None (plain text) when it holds no file."""
        shown = [
            (path, html)
            for path, part in _shown_parts(self, "")
            if (html := part._repr_html_()) is not None
        ]
        if not shown:
            return None
        from fal_models import _notebook  # only a notebook needs it

        return _notebook.output_html(shown, repr(self))

    @model_validator(mode="after")
    def _strict_checks(self, info: ValidationInfo) -> typing.Self:
        if not (info.context or {}).get(STRICT_KEY):
            return self
        if self.model_extra:
            names = ", ".join(sorted(self.model_extra))
            raise ValueError(f"unknown field(s) {names} (not in the spec)")
        for name, field in type(self).model_fields.items():
            allowed = _literal_values(field.annotation)
            if allowed:
                _check_enum(getattr(self, name), allowed, name)
        return self


def _literal_values(annotation: Any) -> set[Any]:
    """The values of `Literal[...] | str` style open enums found in an annotation."""
    found: set[Any] = set()
    origin = typing.get_origin(annotation)
    if origin is Literal:
        found.update(typing.get_args(annotation))
    elif origin in (typing.Union, types.UnionType, list, dict, typing.Annotated):
        for arg in typing.get_args(annotation):
            found |= _literal_values(arg)
    else:
        value = getattr(annotation, "__value__", None)  # TypeAliasType
        if value is not None:
            found |= _literal_values(value)
    return found


def _check_enum(value: Any, allowed: set[Any], name: str) -> None:
    if isinstance(value, list):
        for item in value:
            _check_enum(item, allowed, name)
    elif isinstance(value, dict):
        for item in value.values():
            _check_enum(item, allowed, name)
    elif isinstance(value, (str, int)) and not isinstance(value, bool) and value not in allowed:
        raise ValueError(
            f"{name}: {value!r} is not a known enum value ({sorted(map(str, allowed))})"
        )


_Out = typing.TypeVar("_Out", bound=OutputModel)


def parse_output(model: type[_Out], data: Any, *, strict: bool = False) -> _Out:
    """Parse a response body into `model`; with `strict`, unknown fields and enum values fail."""
    try:
        return model.model_validate(data, context=STRICT_CONTEXT if strict else None)
    except ValidationError as exc:
        raise ResponseValidationError(model.__name__, exc) from None


def _shown_parts(value: object, path: str, depth: int = 0) -> Iterator[tuple[str, OutputModel]]:
    """The parts of an output that show themselves in a notebook (models with their own
    `_repr_html_`: file outputs) with their paths (`images[0]`, `video`), in field order."""
    shows_itself = isinstance(value, OutputModel) and (
        type(value)._repr_html_ is not OutputModel._repr_html_
    )
    if path and shows_itself:
        yield path, typing.cast(OutputModel, value)
        return
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, OutputModel):
        for name in (*type(value).model_fields, *(value.model_extra or {})):
            field = getattr(value, name, None)
            yield from _shown_parts(field, f"{path}.{name}" if path else name, depth + 1)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _shown_parts(item, f"{path}[{index}]", depth + 1)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _shown_parts(item, f"{path}[{key!r}]", depth + 1)


_MAX_DEPTH = 8
"""How deep an output's repr looks for files (fal's outputs nest two or three levels)."""
