"""Errors the generator reports: each names the spec file, line and column."""

from __future__ import annotations

from generator.pipeline.ir import Location


class SpecError(Exception):
    """A spec is invalid; `str()` reads `file:line:column: message`."""

    def __init__(self, location: Location, message: str) -> None:
        super().__init__(f"{location}: {message}")
        self.location = location
        self.message = message


class SpecErrors(Exception):
    """Several spec errors, reported together so one run shows all of them."""

    def __init__(self, errors: list[SpecError]) -> None:
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors


class EmitError(RuntimeError):
    """Generated code would be wrong (e.g. a model's attribute names are not the client's); the
    message names the spec file it comes from."""
