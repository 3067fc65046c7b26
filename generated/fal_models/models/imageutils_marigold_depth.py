# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class ImageutilsMarigoldDepthInput(InputModel):
    image_url: Annotated[
        str, Field(description="Input image url.", json_schema_extra={"x-fal-file": True})
    ]
    """Input image url."""

    num_inference_steps: Annotated[
        int,
        Field(
            description="Number of denoising steps. Defaults to `10`. The higher the number, the "
            "more accurate the result, but the slower the inference.",
            ge=2,
            le=50,
        ),
    ] = 10
    """Number of denoising steps. Defaults to `10`. The higher the number, the more accurate the
    result, but the slower the inference.
    """

    ensemble_size: Annotated[
        int,
        Field(
            description="Number of predictions to average over. Defaults to `10`. The higher the "
            "number, the more accurate the result, but the slower the inference.",
            ge=2,
            le=50,
        ),
    ] = 10
    """Number of predictions to average over. Defaults to `10`. The higher the number, the more
    accurate the result, but the slower the inference.
    """

    processing_res: Annotated[
        int,
        Field(
            description="Maximum processing resolution. Defaults `0` which means it uses the size "
            "of the input image.",
            ge=0,
            le=2048,
        ),
    ] = 0
    """Maximum processing resolution. Defaults `0` which means it uses the size of the input
    image.
    """


class ImageutilsMarigoldDepthOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="The depth map.")]
    """The depth map."""
