# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/recraft/v4/text-to-image` (Recraft V4 Text To Image)."""

from __future__ import annotations

from typing import ClassVar, Unpack

from fal_models._endpoint import AsyncEndpoint, SyncEndpoint
from fal_models._handles import AsyncRequestHandle, RequestHandle
from fal_models._streams import AsyncEndpointStream, EndpointStream
from fal_models._types import (
    AsyncSubscribeOptions,
    Omit,
    RunOptions,
    StreamOptions,
    SubmitOptions,
    SubscribeOptions,
    omit,
)
from fal_models.models import shared
from fal_models.models.recraft_v4_text_to_image import (
    ImageSizePreset,
    RecraftV4TextToImageInput,
    RecraftV4TextToImageOutput,
    RGBColor,
)

__all__ = [
    "RecraftV4TextToImage",
    "AsyncRecraftV4TextToImage",
    "RecraftV4TextToImageInput",
    "RecraftV4TextToImageOutput",
]


class RecraftV4TextToImage(SyncEndpoint[RecraftV4TextToImageInput, RecraftV4TextToImageOutput]):
    """Recraft V4 Text To Image (`fal-ai/recraft/v4/text-to-image`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/recraft/v4/text-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/recraft/v4/text-to-image"
    input_model: ClassVar[type[RecraftV4TextToImageInput]] = RecraftV4TextToImageInput
    output_model: ClassVar[type[RecraftV4TextToImageOutput]] = RecraftV4TextToImageOutput
    Input = RecraftV4TextToImageInput
    Output = RecraftV4TextToImageOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        colors: list[RGBColor] | Omit = omit,
        background_color: RGBColor | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> RecraftV4TextToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs. Limits: min length 1, max length 10000.
            image_size: See fal's docs. Default: "square_hd".
            colors: An array of preferable colors. Default: [].
            background_color: The preferable background color of the generated images.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "colors": colors,
                "background_color": background_color,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        colors: list[RGBColor] | Omit = omit,
        background_color: RGBColor | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[RecraftV4TextToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs. Limits: min length 1, max length 10000.
            image_size: See fal's docs. Default: "square_hd".
            colors: An array of preferable colors. Default: [].
            background_color: The preferable background color of the generated images.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "colors": colors,
                "background_color": background_color,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        colors: list[RGBColor] | Omit = omit,
        background_color: RGBColor | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> RecraftV4TextToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs. Limits: min length 1, max length 10000.
            image_size: See fal's docs. Default: "square_hd".
            colors: An array of preferable colors. Default: [].
            background_color: The preferable background color of the generated images.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "colors": colors,
                "background_color": background_color,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        colors: list[RGBColor] | Omit = omit,
        background_color: RGBColor | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[RecraftV4TextToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs. Limits: min length 1, max length 10000.
            image_size: See fal's docs. Default: "square_hd".
            colors: An array of preferable colors. Default: [].
            background_color: The preferable background color of the generated images.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "colors": colors,
                "background_color": background_color,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)


class AsyncRecraftV4TextToImage(
    AsyncEndpoint[RecraftV4TextToImageInput, RecraftV4TextToImageOutput]
):
    """Recraft V4 Text To Image (`fal-ai/recraft/v4/text-to-image`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/recraft/v4/text-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/recraft/v4/text-to-image"
    input_model: ClassVar[type[RecraftV4TextToImageInput]] = RecraftV4TextToImageInput
    output_model: ClassVar[type[RecraftV4TextToImageOutput]] = RecraftV4TextToImageOutput
    Input = RecraftV4TextToImageInput
    Output = RecraftV4TextToImageOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        colors: list[RGBColor] | Omit = omit,
        background_color: RGBColor | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> RecraftV4TextToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs. Limits: min length 1, max length 10000.
            image_size: See fal's docs. Default: "square_hd".
            colors: An array of preferable colors. Default: [].
            background_color: The preferable background color of the generated images.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "colors": colors,
                "background_color": background_color,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        colors: list[RGBColor] | Omit = omit,
        background_color: RGBColor | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[RecraftV4TextToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs. Limits: min length 1, max length 10000.
            image_size: See fal's docs. Default: "square_hd".
            colors: An array of preferable colors. Default: [].
            background_color: The preferable background color of the generated images.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "colors": colors,
                "background_color": background_color,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        colors: list[RGBColor] | Omit = omit,
        background_color: RGBColor | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> RecraftV4TextToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs. Limits: min length 1, max length 10000.
            image_size: See fal's docs. Default: "square_hd".
            colors: An array of preferable colors. Default: [].
            background_color: The preferable background color of the generated images.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "colors": colors,
                "background_color": background_color,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        colors: list[RGBColor] | Omit = omit,
        background_color: RGBColor | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[RecraftV4TextToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs. Limits: min length 1, max length 10000.
            image_size: See fal's docs. Default: "square_hd".
            colors: An array of preferable colors. Default: [].
            background_color: The preferable background color of the generated images.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "colors": colors,
                "background_color": background_color,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)
