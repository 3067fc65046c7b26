"""Parses the spec's type expressions: `string`, `list[Image]`, `map[number]`, `ImageSize | Preset`,
`tuple[number, number]`."""

from __future__ import annotations

import re

from generator.pipeline.ir import (
    ListOf,
    MapOf,
    Primitive,
    PrimitiveKind,
    Ref,
    TupleOf,
    TypeRef,
    Union,
)

PRIMITIVES: tuple[PrimitiveKind, ...] = ("string", "integer", "number", "boolean", "any", "null")
_TOKEN = re.compile(r"\s*(?:(?P<name>[A-Za-z_][A-Za-z0-9_]*)|(?P<punct>[\[\]|,]))")


class TypeExprError(ValueError):
    pass


def parse(text: str, known_local: set[str], known_shared: set[str]) -> TypeRef:
    """Parse `text`; names resolve to the endpoint's own types first, then the shared ones."""
    tokens = _tokenize(text)
    parser = _Parser(tokens, text, known_local, known_shared)
    result = parser.union()
    if parser.pos != len(tokens):
        raise TypeExprError(f"unexpected {tokens[parser.pos]!r} in type {text!r}")
    return result


def _tokenize(text: str) -> list[str]:
    tokens: list[str] = []
    pos = 0
    stripped = text.rstrip()
    while pos < len(stripped):
        match = _TOKEN.match(stripped, pos)
        if not match:
            raise TypeExprError(f"cannot read type {text!r} at character {pos + 1}")
        tokens.append(match.group("name") or match.group("punct"))
        pos = match.end()
    if not tokens:
        raise TypeExprError("the type is empty")
    return tokens


class _Parser:
    def __init__(self, tokens: list[str], text: str, local: set[str], shared: set[str]) -> None:
        self.tokens, self.text, self.local, self.shared = tokens, text, local, shared
        self.pos = 0

    def _peek(self) -> str | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def _expect(self, token: str) -> None:
        if self._peek() != token:
            found = self._peek() or "the end"
            raise TypeExprError(f"expected {token!r} but found {found!r} in type {self.text!r}")
        self.pos += 1

    def union(self) -> TypeRef:
        options = [self.term()]
        while self._peek() == "|":
            self.pos += 1
            options.append(self.term())
        if len(options) == 1:
            return options[0]
        if len(set(options)) != len(options):
            raise TypeExprError(f"a type appears twice in the union {self.text!r}")
        return Union(tuple(options))

    def term(self) -> TypeRef:
        name = self._peek()
        if name is None or name in "[]|,":
            raise TypeExprError(
                f"expected a type name but found {name or 'the end'!r} in {self.text!r}"
            )
        self.pos += 1
        if name in ("list", "map"):
            self._expect("[")
            inner = self.union()
            self._expect("]")
            return ListOf(inner) if name == "list" else MapOf(inner)
        if name == "tuple":
            self._expect("[")
            items = [self.union()]
            while self._peek() == ",":
                self.pos += 1
                items.append(self.union())
            self._expect("]")
            return TupleOf(tuple(items))
        if name in PRIMITIVES:
            return Primitive(name)
        if name in self.local:
            return Ref(name, "local")
        if name in self.shared:
            return Ref(name, "shared")
        if name[0].islower():
            raise TypeExprError(
                f"unknown type {name!r}: expected one of {', '.join(PRIMITIVES)}, list[T], map[T], "
                "tuple[T, U] or the name of a type in `types` or specs/shared.yaml"
            )
        raise TypeExprError(
            f"type {name!r} is not defined in this spec's `types` nor in specs/shared.yaml"
        )
