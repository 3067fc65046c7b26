# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/recraft/v4/pro/text-to-vector` (Recraft V4 Pro Text To Vector)."""

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
from fal_models.models.recraft_v4_pro_text_to_vector import (
    ImageSizePreset,
    RecraftV4ProTextToVectorInput,
    RecraftV4ProTextToVectorOutput,
    RGBColor,
)

__all__ = [
    "RecraftV4ProTextToVector",
    "AsyncRecraftV4ProTextToVector",
    "RecraftV4ProTextToVectorInput",
    "RecraftV4ProTextToVectorOutput",
]


class RecraftV4ProTextToVector(
    SyncEndpoint[RecraftV4ProTextToVectorInput, RecraftV4ProTextToVectorOutput]
):
    """Recraft V4 Pro Text To Vector (`fal-ai/recraft/v4/pro/text-to-vector`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/recraft/v4/pro/text-to-vector/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/recraft/v4/pro/text-to-vector"
    input_model: ClassVar[type[RecraftV4ProTextToVectorInput]] = RecraftV4ProTextToVectorInput
    output_model: ClassVar[type[RecraftV4ProTextToVectorOutput]] = RecraftV4ProTextToVectorOutput
    Input = RecraftV4ProTextToVectorInput
    Output = RecraftV4ProTextToVectorOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        colors: list[RGBColor] | Omit = omit,
        background_color: RGBColor | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> RecraftV4ProTextToVectorOutput:
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
    ) -> RequestHandle[RecraftV4ProTextToVectorOutput]:
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
    ) -> RecraftV4ProTextToVectorOutput:
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
    ) -> EndpointStream[RecraftV4ProTextToVectorOutput]:
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


class AsyncRecraftV4ProTextToVector(
    AsyncEndpoint[RecraftV4ProTextToVectorInput, RecraftV4ProTextToVectorOutput]
):
    """Recraft V4 Pro Text To Vector (`fal-ai/recraft/v4/pro/text-to-vector`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/recraft/v4/pro/text-to-vector/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/recraft/v4/pro/text-to-vector"
    input_model: ClassVar[type[RecraftV4ProTextToVectorInput]] = RecraftV4ProTextToVectorInput
    output_model: ClassVar[type[RecraftV4ProTextToVectorOutput]] = RecraftV4ProTextToVectorOutput
    Input = RecraftV4ProTextToVectorInput
    Output = RecraftV4ProTextToVectorOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        colors: list[RGBColor] | Omit = omit,
        background_color: RGBColor | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> RecraftV4ProTextToVectorOutput:
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
    ) -> AsyncRequestHandle[RecraftV4ProTextToVectorOutput]:
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
    ) -> RecraftV4ProTextToVectorOutput:
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
    ) -> AsyncEndpointStream[RecraftV4ProTextToVectorOutput]:
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
