"""Which output types become FileOutput: a required string `url` plus `content_type` or `file_name`."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.pipeline.emit_models import model_modules
from generator.pipeline.graph import is_file_object
from generator.pipeline.ir import (
    NO_DEFAULT,
    Constraints,
    Field,
    Location,
    ObjectType,
    Primitive,
    SpecSet,
    TypeRef,
)
from generator.pipeline.paths import OUTPUT

HERE = Location(Path("test.yaml"), 1, 1)
STRING = Primitive("string")


def _field(
    name: str, type: TypeRef = STRING, *, required: bool = False, nullable: bool = False
) -> Field:
    return Field(
        name=name,
        python_name=name,
        type=type,
        required=required,
        nullable=nullable,
        default=NO_DEFAULT,
        description="",
        examples=(),
        constraints=Constraints(),
        file=False,
        from_prose=(),
        deprecated=False,
        location=HERE,
    )


def _object(*fields: Field) -> ObjectType:
    return ObjectType(name="Thing", description="", fields=fields, location=HERE)


URL = _field("url", required=True)


@pytest.mark.parametrize(
    ("obj", "expected"),
    [
        (_object(URL, _field("content_type")), True),
        (_object(URL, _field("file_name"), _field("width", Primitive("integer"))), True),
        (_object(URL), False),
        (_object(URL, _field("seed", Primitive("integer"))), False),
        (_object(_field("url"), _field("content_type")), False),  # optional url
        (_object(_field("url", required=True, nullable=True), _field("file_name")), False),
        (_object(_field("url", Primitive("any"), required=True), _field("file_name")), False),
        (_object(_field("content_type"), _field("file_name")), False),
    ],
)
def test_file_detection_rule(obj: ObjectType, expected: bool) -> None:
    assert is_file_object(obj) is expected


def test_only_output_file_types_get_the_file_base(specs: SpecSet) -> None:
    modules = model_modules(specs, only={"qwen_image", "gpt_image_1_text_to_image_byok"})
    assert "class Image(FileOutput):" in modules["shared"]
    assert "class File(FileOutput):" in modules["shared"]
    assert "class ImageSize(InputModel):" in modules["shared"]
    assert "class Image(FileOutput):" in modules["qwen_image"]
    assert "class QwenImageOutput(OutputModel):" in modules["qwen_image"]
    assert "class Image(FileOutput):" in modules["gpt_image_1_text_to_image_byok"]
    # Every module, as committed (tests/generator/test_determinism.py: what a build gives).
    committed = {p.stem: p.read_text() for p in (OUTPUT / "fal_models" / "models").glob("*.py")}
    assert committed.keys() >= {ep.module for ep in specs.endpoints}
    for name, code in committed.items():
        # An input with a url (an image to edit, say) stays a closed InputModel.
        for line in code.splitlines():
            if line.startswith("class ") and line.endswith("Input(FileOutput):"):
                raise AssertionError(f"{name}: {line}")
