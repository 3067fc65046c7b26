# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ideogram/v3/generate-transparent` (Ideogram V3 Generate
Transparent).
"""

from __future__ import annotations

from typing import ClassVar, Literal, Unpack

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
from fal_models.models.ideogram_v3_generate_transparent import (
    IdeogramV3GenerateTransparentInput,
    IdeogramV3GenerateTransparentOutput,
)

__all__ = [
    "IdeogramV3GenerateTransparent",
    "AsyncIdeogramV3GenerateTransparent",
    "IdeogramV3GenerateTransparentInput",
    "IdeogramV3GenerateTransparentOutput",
]


class IdeogramV3GenerateTransparent(
    SyncEndpoint[IdeogramV3GenerateTransparentInput, IdeogramV3GenerateTransparentOutput]
):
    """Ideogram V3 Generate Transparent (`fal-ai/ideogram/v3/generate-transparent`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/ideogram/v3/generate-transparent/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ideogram/v3/generate-transparent"
    input_model: ClassVar[type[IdeogramV3GenerateTransparentInput]] = (
        IdeogramV3GenerateTransparentInput
    )
    output_model: ClassVar[type[IdeogramV3GenerateTransparentOutput]] = (
        IdeogramV3GenerateTransparentOutput
    )
    Input = IdeogramV3GenerateTransparentInput
    Output = IdeogramV3GenerateTransparentOutput

    def subscribe(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal[
            "1:3",
            "3:1",
            "1:2",
            "2:1",
            "9:16",
            "16:9",
            "10:16",
            "16:10",
            "2:3",
            "3:2",
            "3:4",
            "4:3",
            "4:5",
            "5:4",
            "1:1",
        ]
        | Omit = omit,
        rendering_speed: Literal["TURBO", "BALANCED", "QUALITY"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> IdeogramV3GenerateTransparentOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs.
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            rendering_speed: The rendering speed to use. Default: "BALANCED".
            expand_prompt: Determine if MagicPrompt should be used in generating the request or not.
                Default: true.
            negative_prompt: Description of what to exclude from an image. Descriptions in the
                prompt take precedence to descriptions in the negative prompt. Default: "".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "rendering_speed": rendering_speed,
                "expand_prompt": expand_prompt,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal[
            "1:3",
            "3:1",
            "1:2",
            "2:1",
            "9:16",
            "16:9",
            "10:16",
            "16:10",
            "2:3",
            "3:2",
            "3:4",
            "4:3",
            "4:5",
            "5:4",
            "1:1",
        ]
        | Omit = omit,
        rendering_speed: Literal["TURBO", "BALANCED", "QUALITY"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[IdeogramV3GenerateTransparentOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs.
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            rendering_speed: The rendering speed to use. Default: "BALANCED".
            expand_prompt: Determine if MagicPrompt should be used in generating the request or not.
                Default: true.
            negative_prompt: Description of what to exclude from an image. Descriptions in the
                prompt take precedence to descriptions in the negative prompt. Default: "".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "rendering_speed": rendering_speed,
                "expand_prompt": expand_prompt,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal[
            "1:3",
            "3:1",
            "1:2",
            "2:1",
            "9:16",
            "16:9",
            "10:16",
            "16:10",
            "2:3",
            "3:2",
            "3:4",
            "4:3",
            "4:5",
            "5:4",
            "1:1",
        ]
        | Omit = omit,
        rendering_speed: Literal["TURBO", "BALANCED", "QUALITY"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> IdeogramV3GenerateTransparentOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs.
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            rendering_speed: The rendering speed to use. Default: "BALANCED".
            expand_prompt: Determine if MagicPrompt should be used in generating the request or not.
                Default: true.
            negative_prompt: Description of what to exclude from an image. Descriptions in the
                prompt take precedence to descriptions in the negative prompt. Default: "".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "rendering_speed": rendering_speed,
                "expand_prompt": expand_prompt,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal[
            "1:3",
            "3:1",
            "1:2",
            "2:1",
            "9:16",
            "16:9",
            "10:16",
            "16:10",
            "2:3",
            "3:2",
            "3:4",
            "4:3",
            "4:5",
            "5:4",
            "1:1",
        ]
        | Omit = omit,
        rendering_speed: Literal["TURBO", "BALANCED", "QUALITY"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[IdeogramV3GenerateTransparentOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs.
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            rendering_speed: The rendering speed to use. Default: "BALANCED".
            expand_prompt: Determine if MagicPrompt should be used in generating the request or not.
                Default: true.
            negative_prompt: Description of what to exclude from an image. Descriptions in the
                prompt take precedence to descriptions in the negative prompt. Default: "".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "rendering_speed": rendering_speed,
                "expand_prompt": expand_prompt,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncIdeogramV3GenerateTransparent(
    AsyncEndpoint[IdeogramV3GenerateTransparentInput, IdeogramV3GenerateTransparentOutput]
):
    """Ideogram V3 Generate Transparent (`fal-ai/ideogram/v3/generate-transparent`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/ideogram/v3/generate-transparent/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ideogram/v3/generate-transparent"
    input_model: ClassVar[type[IdeogramV3GenerateTransparentInput]] = (
        IdeogramV3GenerateTransparentInput
    )
    output_model: ClassVar[type[IdeogramV3GenerateTransparentOutput]] = (
        IdeogramV3GenerateTransparentOutput
    )
    Input = IdeogramV3GenerateTransparentInput
    Output = IdeogramV3GenerateTransparentOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal[
            "1:3",
            "3:1",
            "1:2",
            "2:1",
            "9:16",
            "16:9",
            "10:16",
            "16:10",
            "2:3",
            "3:2",
            "3:4",
            "4:3",
            "4:5",
            "5:4",
            "1:1",
        ]
        | Omit = omit,
        rendering_speed: Literal["TURBO", "BALANCED", "QUALITY"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> IdeogramV3GenerateTransparentOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs.
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            rendering_speed: The rendering speed to use. Default: "BALANCED".
            expand_prompt: Determine if MagicPrompt should be used in generating the request or not.
                Default: true.
            negative_prompt: Description of what to exclude from an image. Descriptions in the
                prompt take precedence to descriptions in the negative prompt. Default: "".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "rendering_speed": rendering_speed,
                "expand_prompt": expand_prompt,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal[
            "1:3",
            "3:1",
            "1:2",
            "2:1",
            "9:16",
            "16:9",
            "10:16",
            "16:10",
            "2:3",
            "3:2",
            "3:4",
            "4:3",
            "4:5",
            "5:4",
            "1:1",
        ]
        | Omit = omit,
        rendering_speed: Literal["TURBO", "BALANCED", "QUALITY"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[IdeogramV3GenerateTransparentOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs.
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            rendering_speed: The rendering speed to use. Default: "BALANCED".
            expand_prompt: Determine if MagicPrompt should be used in generating the request or not.
                Default: true.
            negative_prompt: Description of what to exclude from an image. Descriptions in the
                prompt take precedence to descriptions in the negative prompt. Default: "".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "rendering_speed": rendering_speed,
                "expand_prompt": expand_prompt,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal[
            "1:3",
            "3:1",
            "1:2",
            "2:1",
            "9:16",
            "16:9",
            "10:16",
            "16:10",
            "2:3",
            "3:2",
            "3:4",
            "4:3",
            "4:5",
            "5:4",
            "1:1",
        ]
        | Omit = omit,
        rendering_speed: Literal["TURBO", "BALANCED", "QUALITY"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> IdeogramV3GenerateTransparentOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs.
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            rendering_speed: The rendering speed to use. Default: "BALANCED".
            expand_prompt: Determine if MagicPrompt should be used in generating the request or not.
                Default: true.
            negative_prompt: Description of what to exclude from an image. Descriptions in the
                prompt take precedence to descriptions in the negative prompt. Default: "".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "rendering_speed": rendering_speed,
                "expand_prompt": expand_prompt,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal[
            "1:3",
            "3:1",
            "1:2",
            "2:1",
            "9:16",
            "16:9",
            "10:16",
            "16:10",
            "2:3",
            "3:2",
            "3:4",
            "4:3",
            "4:5",
            "5:4",
            "1:1",
        ]
        | Omit = omit,
        rendering_speed: Literal["TURBO", "BALANCED", "QUALITY"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[IdeogramV3GenerateTransparentOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs.
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            rendering_speed: The rendering speed to use. Default: "BALANCED".
            expand_prompt: Determine if MagicPrompt should be used in generating the request or not.
                Default: true.
            negative_prompt: Description of what to exclude from an image. Descriptions in the
                prompt take precedence to descriptions in the negative prompt. Default: "".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "rendering_speed": rendering_speed,
                "expand_prompt": expand_prompt,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
