# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import ClassVar

from pydantic import ConfigDict

from fal_models._base import InputModel, OutputModel


class OpenrouterRouterOpenaiV1ResponsesInput(InputModel):
    """Schema referenced but not defined by fal.ai (missing from source OpenAPI spec)"""

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")


class OpenrouterRouterOpenaiV1ResponsesOutput(OutputModel):
    pass
