# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class Hunyuan3dV3_1PartInput(InputModel):
    input_file_url: Annotated[
        str,
        Field(
            description="URL of FBX file to split into parts. ONLY FBX format supported. Max "
            "size: 100MB, face count ≤30,000. Recommended: AIGC-generated models.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of FBX file to split into parts. ONLY FBX format supported. Max size: 100MB, face
    count ≤30,000. Recommended: AIGC-generated models.
    """


class Hunyuan3dV3_1PartOutput(OutputModel):
    result_files: Annotated[
        list[shared.File], Field(description="List of generated part files in FBX format")
    ]
    """List of generated part files in FBX format"""
