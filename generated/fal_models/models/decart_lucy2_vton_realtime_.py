# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, ClassVar

from pydantic import ConfigDict, Field

from fal_models._base import InputModel, OutputModel


class DecartLucy2VtonRealtimeInput(InputModel):
    """Input model for the Lucy 2 RT signaling proxy.

    Uses extra="allow" so WebRTC signaling messages ({type: "offer", sdp: ...})
    pass validation alongside application messages. The schema exposes prompt,
    image_url, and reference_image_url for playground form rendering.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(extra="allow")
    prompt: Annotated[str, Field(description="Text prompt for the real-time transformation.")] = (
        "Substitute the current top with the outfit from the reference image, matching its color, "
        "material, and fit"
    )
    """Text prompt for the real-time transformation."""

    image_url: Annotated[
        str,
        Field(
            description="Image data URI or HTTP(S) URL for realtime frame input. Data URI format: "
            "data:image/<type>;base64,...",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = ""
    """Image data URI or HTTP(S) URL for realtime frame input. Data URI format:
    data:image/<type>;base64,...
    """

    reference_image_url: Annotated[
        str | None,
        Field(
            description="Reference image URL or data URI. When set, Lucy 2 will use this as a "
            "character reference for the transformation.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = "https://v3b.fal.media/files/b/0a985506/y57_APcgGHlPxOOHIOqYO_15129.png"
    """Reference image URL or data URI. When set, Lucy 2 will use this as a character reference
    for the transformation.
    """


class DecartLucy2VtonRealtimeOutput(OutputModel):
    pass
