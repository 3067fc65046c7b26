# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ideogram/custom-models/generate` (Ideogram Custom Models
Generate).
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
from fal_models.models.ideogram_custom_models_generate import (
    IdeogramCustomModelsGenerateInput,
    IdeogramCustomModelsGenerateOutput,
)

__all__ = [
    "IdeogramCustomModelsGenerate",
    "AsyncIdeogramCustomModelsGenerate",
    "IdeogramCustomModelsGenerateInput",
    "IdeogramCustomModelsGenerateOutput",
]


class IdeogramCustomModelsGenerate(
    SyncEndpoint[IdeogramCustomModelsGenerateInput, IdeogramCustomModelsGenerateOutput]
):
    """Ideogram Custom Models Generate (`fal-ai/ideogram/custom-models/generate`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/ideogram/custom-models/generate/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ideogram/custom-models/generate"
    input_model: ClassVar[type[IdeogramCustomModelsGenerateInput]] = (
        IdeogramCustomModelsGenerateInput
    )
    output_model: ClassVar[type[IdeogramCustomModelsGenerateOutput]] = (
        IdeogramCustomModelsGenerateOutput
    )
    Input = IdeogramCustomModelsGenerateInput
    Output = IdeogramCustomModelsGenerateOutput

    def subscribe(
        self,
        *,
        model_id: str,
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
        num_images: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        expand_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> IdeogramCustomModelsGenerateOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            model_id: The id of a trained custom model returned by /train. The model must have
                finished training (status COMPLETED). Limits: min length 1.
            prompt: Text prompt describing the image to generate. Limits: min length 1.
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            rendering_speed: The rendering speed to use. Default: "BALANCED".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            negative_prompt: Description of what to exclude from the image. Descriptions in the
                prompt take precedence over descriptions in the negative prompt. Default: "".
            expand_prompt: Whether to expand the prompt with MagicPrompt functionality. Default:
                true.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "model_id": model_id,
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "rendering_speed": rendering_speed,
                "num_images": num_images,
                "negative_prompt": negative_prompt,
                "expand_prompt": expand_prompt,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        model_id: str,
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
        num_images: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        expand_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[IdeogramCustomModelsGenerateOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            model_id: The id of a trained custom model returned by /train. The model must have
                finished training (status COMPLETED). Limits: min length 1.
            prompt: Text prompt describing the image to generate. Limits: min length 1.
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            rendering_speed: The rendering speed to use. Default: "BALANCED".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            negative_prompt: Description of what to exclude from the image. Descriptions in the
                prompt take precedence over descriptions in the negative prompt. Default: "".
            expand_prompt: Whether to expand the prompt with MagicPrompt functionality. Default:
                true.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "model_id": model_id,
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "rendering_speed": rendering_speed,
                "num_images": num_images,
                "negative_prompt": negative_prompt,
                "expand_prompt": expand_prompt,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        model_id: str,
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
        num_images: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        expand_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> IdeogramCustomModelsGenerateOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            model_id: The id of a trained custom model returned by /train. The model must have
                finished training (status COMPLETED). Limits: min length 1.
            prompt: Text prompt describing the image to generate. Limits: min length 1.
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            rendering_speed: The rendering speed to use. Default: "BALANCED".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            negative_prompt: Description of what to exclude from the image. Descriptions in the
                prompt take precedence over descriptions in the negative prompt. Default: "".
            expand_prompt: Whether to expand the prompt with MagicPrompt functionality. Default:
                true.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "model_id": model_id,
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "rendering_speed": rendering_speed,
                "num_images": num_images,
                "negative_prompt": negative_prompt,
                "expand_prompt": expand_prompt,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        model_id: str,
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
        num_images: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        expand_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[IdeogramCustomModelsGenerateOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            model_id: The id of a trained custom model returned by /train. The model must have
                finished training (status COMPLETED). Limits: min length 1.
            prompt: Text prompt describing the image to generate. Limits: min length 1.
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            rendering_speed: The rendering speed to use. Default: "BALANCED".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            negative_prompt: Description of what to exclude from the image. Descriptions in the
                prompt take precedence over descriptions in the negative prompt. Default: "".
            expand_prompt: Whether to expand the prompt with MagicPrompt functionality. Default:
                true.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "model_id": model_id,
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "rendering_speed": rendering_speed,
                "num_images": num_images,
                "negative_prompt": negative_prompt,
                "expand_prompt": expand_prompt,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncIdeogramCustomModelsGenerate(
    AsyncEndpoint[IdeogramCustomModelsGenerateInput, IdeogramCustomModelsGenerateOutput]
):
    """Ideogram Custom Models Generate (`fal-ai/ideogram/custom-models/generate`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/ideogram/custom-models/generate/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ideogram/custom-models/generate"
    input_model: ClassVar[type[IdeogramCustomModelsGenerateInput]] = (
        IdeogramCustomModelsGenerateInput
    )
    output_model: ClassVar[type[IdeogramCustomModelsGenerateOutput]] = (
        IdeogramCustomModelsGenerateOutput
    )
    Input = IdeogramCustomModelsGenerateInput
    Output = IdeogramCustomModelsGenerateOutput

    async def subscribe(
        self,
        *,
        model_id: str,
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
        num_images: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        expand_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> IdeogramCustomModelsGenerateOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            model_id: The id of a trained custom model returned by /train. The model must have
                finished training (status COMPLETED). Limits: min length 1.
            prompt: Text prompt describing the image to generate. Limits: min length 1.
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            rendering_speed: The rendering speed to use. Default: "BALANCED".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            negative_prompt: Description of what to exclude from the image. Descriptions in the
                prompt take precedence over descriptions in the negative prompt. Default: "".
            expand_prompt: Whether to expand the prompt with MagicPrompt functionality. Default:
                true.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "model_id": model_id,
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "rendering_speed": rendering_speed,
                "num_images": num_images,
                "negative_prompt": negative_prompt,
                "expand_prompt": expand_prompt,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        model_id: str,
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
        num_images: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        expand_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[IdeogramCustomModelsGenerateOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            model_id: The id of a trained custom model returned by /train. The model must have
                finished training (status COMPLETED). Limits: min length 1.
            prompt: Text prompt describing the image to generate. Limits: min length 1.
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            rendering_speed: The rendering speed to use. Default: "BALANCED".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            negative_prompt: Description of what to exclude from the image. Descriptions in the
                prompt take precedence over descriptions in the negative prompt. Default: "".
            expand_prompt: Whether to expand the prompt with MagicPrompt functionality. Default:
                true.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "model_id": model_id,
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "rendering_speed": rendering_speed,
                "num_images": num_images,
                "negative_prompt": negative_prompt,
                "expand_prompt": expand_prompt,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        model_id: str,
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
        num_images: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        expand_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> IdeogramCustomModelsGenerateOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            model_id: The id of a trained custom model returned by /train. The model must have
                finished training (status COMPLETED). Limits: min length 1.
            prompt: Text prompt describing the image to generate. Limits: min length 1.
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            rendering_speed: The rendering speed to use. Default: "BALANCED".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            negative_prompt: Description of what to exclude from the image. Descriptions in the
                prompt take precedence over descriptions in the negative prompt. Default: "".
            expand_prompt: Whether to expand the prompt with MagicPrompt functionality. Default:
                true.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "model_id": model_id,
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "rendering_speed": rendering_speed,
                "num_images": num_images,
                "negative_prompt": negative_prompt,
                "expand_prompt": expand_prompt,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        model_id: str,
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
        num_images: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        expand_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[IdeogramCustomModelsGenerateOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            model_id: The id of a trained custom model returned by /train. The model must have
                finished training (status COMPLETED). Limits: min length 1.
            prompt: Text prompt describing the image to generate. Limits: min length 1.
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            rendering_speed: The rendering speed to use. Default: "BALANCED".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            negative_prompt: Description of what to exclude from the image. Descriptions in the
                prompt take precedence over descriptions in the negative prompt. Default: "".
            expand_prompt: Whether to expand the prompt with MagicPrompt functionality. Default:
                true.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "model_id": model_id,
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "rendering_speed": rendering_speed,
                "num_images": num_images,
                "negative_prompt": negative_prompt,
                "expand_prompt": expand_prompt,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
