"""Errors the generator reports: each names the spec file, line and column."""

from __future__ import annotations

from pathlib import Path

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


class StageError(Exception):
    """A stage after loading (datamodel-code-generator, a template, ruff) failed; `spec` is the
    spec file behind it, when one is."""

    def __init__(self, spec: Path | None, stage: str, message: str) -> None:
        super().__init__(f"{spec if spec is not None else 'generated/'}: {stage}: {message}")
        self.spec = spec
        self.stage = stage
        self.message = message


class StageErrors(Exception):
    """Every failure of a stage, reported together."""

    def __init__(self, errors: list[StageError]) -> None:
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors


class EmitError(RuntimeError):
    """Generated code would be wrong (e.g. a model's attribute names are not the client's); the
    message names the spec file it comes from."""
