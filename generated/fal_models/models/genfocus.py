# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING

FocusPoint = TypeAliasType(
    "FocusPoint",
    Annotated[
        list[float],
        Field(
            description="The [x, y] coordinates of the focus point as fractions of image "
            "dimensions (0.0 to 1.0). For example, [0.5, 0.5] means center. If not provided, the "
            "center of the image is used. Must contain exactly two elements.",
            max_length=2,
            min_length=2,
        ),
    ],
)


TargetLongSide = TypeAliasType(
    "TargetLongSide",
    Annotated[
        int,
        Field(
            description="Resize the image so the longer side matches this value (in pixels). If "
            "not set, the original resolution is used (aligned to 16px). Recommended range: 512 "
            "to 2000.",
            ge=256,
            le=2048,
        ),
    ],
)


class GenfocusInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="The URL of the image to refocus.", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """The URL of the image to refocus."""

    focus_point: Annotated[
        FocusPoint | None | MISSING,
        Field(
            description="The [x, y] coordinates of the focus point as fractions of image "
            "dimensions (0.0 to 1.0). For example, [0.5, 0.5] means center. If not provided, the "
            "center of the image is used. Must contain exactly two elements."
        ),
    ] = MISSING
    """The [x, y] coordinates of the focus point as fractions of image dimensions (0.0 to 1.0).
    For example, [0.5, 0.5] means center. If not provided, the center of the image is used.
    Must contain exactly two elements.
    """

    blur_strength: Annotated[
        int,
        Field(
            description="Blur strength (K value). Higher values produce stronger bokeh/defocus. "
            "Set to 0 to only perform all-in-focus (deblur) estimation without bokeh.",
            ge=0,
            le=50,
        ),
    ] = 8
    """Blur strength (K value). Higher values produce stronger bokeh/defocus. Set to 0 to only
    perform all-in-focus (deblur) estimation without bokeh.
    """

    num_inference_steps: Annotated[
        int,
        Field(
            description="The number of inference steps to perform. Lower values are faster but "
            "may reduce quality.",
            ge=25,
            le=50,
        ),
    ] = 28
    """The number of inference steps to perform. Lower values are faster but may reduce quality."""

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="The same seed and the same input given to the same version of the model "
            "will output the same image every time."
        ),
    ] = MISSING
    """The same seed and the same input given to the same version of the model will output the
    same image every time.
    """

    enable_safety_checker: Annotated[
        bool, Field(description="If set to true, the safety checker will be enabled.")
    ] = True
    """If set to true, the safety checker will be enabled."""

    output_format: Annotated[
        Literal["jpeg", "png"], Field(description="The format of the generated image.")
    ] = "jpeg"
    """The format of the generated image."""

    sync_mode: Annotated[
        bool,
        Field(
            description="If `True`, the media will be returned as a data URI and the output data "
            "won't be available in the request history."
        ),
    ] = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """

    target_long_side: Annotated[
        TargetLongSide | None,
        Field(
            description="Resize the image so the longer side matches this value (in pixels). If "
            "not set, the original resolution is used (aligned to 16px). Recommended range: 512 "
            "to 2000."
        ),
    ] = 512
    """Resize the image so the longer side matches this value (in pixels). If not set, the
    original resolution is used (aligned to 16px). Recommended range: 512 to 2000.
    """


class Image(FileOutput):
    url: str
    width: int
    height: int
    content_type: str | None = "image/jpeg"


class GenfocusOutput(OutputModel):
    images: Annotated[list[Image], Field(description="The generated image(s).")]
    """The generated image(s)."""

    timings: dict[str, float]
    seed: Annotated[
        int,
        Field(
            description="Seed of the generated Image. It will be the same value of the one passed "
            "in the input or the randomly generated that was used in case none was passed."
        ),
    ]
    """Seed of the generated Image. It will be the same value of the one passed in the input or
    the randomly generated that was used in case none was passed.
    """

    has_nsfw_concepts: Annotated[
        list[bool], Field(description="Whether the generated images contain NSFW concepts.")
    ]
    """Whether the generated images contain NSFW concepts."""

    prompt: Annotated[str, Field(description="The prompt used for generating the image.")]
    """The prompt used for generating the image."""
