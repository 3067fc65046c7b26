# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/image-editing/hair-change` (Image Editing Hair Change)."""

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
from fal_models._uploads import FileInput
from fal_models.models.image_editing_hair_change import (
    ImageEditingHairChangeInput,
    ImageEditingHairChangeOutput,
)

__all__ = [
    "ImageEditingHairChange",
    "AsyncImageEditingHairChange",
    "ImageEditingHairChangeInput",
    "ImageEditingHairChangeOutput",
]


class ImageEditingHairChange(
    SyncEndpoint[ImageEditingHairChangeInput, ImageEditingHairChangeOutput]
):
    """Image Editing Hair Change (`fal-ai/image-editing/hair-change`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-editing/hair-change/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-editing/hair-change"
    input_model: ClassVar[type[ImageEditingHairChangeInput]] = ImageEditingHairChangeInput
    output_model: ClassVar[type[ImageEditingHairChangeOutput]] = ImageEditingHairChangeOutput
    Input = ImageEditingHairChangeInput
    Output = ImageEditingHairChangeOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        aspect_ratio: Literal["21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"]
        | None
        | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        prompt: str | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ImageEditingHairChangeOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Image prompt for the omni model. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            num_inference_steps: Number of inference steps for sampling. Default: 30. Limits:
                minimum 1, maximum 50.
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 6 being the most permissive. Default: "2".
            output_format: The format of the generated image. Default: "jpeg".
            aspect_ratio: The aspect ratio of the generated image.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            prompt: The desired hair style to apply. Default: "bald".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "safety_tolerance": safety_tolerance,
                "output_format": output_format,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "sync_mode": sync_mode,
                "prompt": prompt,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        aspect_ratio: Literal["21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"]
        | None
        | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        prompt: str | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ImageEditingHairChangeOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Image prompt for the omni model. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            num_inference_steps: Number of inference steps for sampling. Default: 30. Limits:
                minimum 1, maximum 50.
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 6 being the most permissive. Default: "2".
            output_format: The format of the generated image. Default: "jpeg".
            aspect_ratio: The aspect ratio of the generated image.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            prompt: The desired hair style to apply. Default: "bald".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "safety_tolerance": safety_tolerance,
                "output_format": output_format,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "sync_mode": sync_mode,
                "prompt": prompt,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        aspect_ratio: Literal["21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"]
        | None
        | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        prompt: str | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageEditingHairChangeOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Image prompt for the omni model. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            num_inference_steps: Number of inference steps for sampling. Default: 30. Limits:
                minimum 1, maximum 50.
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 6 being the most permissive. Default: "2".
            output_format: The format of the generated image. Default: "jpeg".
            aspect_ratio: The aspect ratio of the generated image.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            prompt: The desired hair style to apply. Default: "bald".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "safety_tolerance": safety_tolerance,
                "output_format": output_format,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "sync_mode": sync_mode,
                "prompt": prompt,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        aspect_ratio: Literal["21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"]
        | None
        | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        prompt: str | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ImageEditingHairChangeOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Image prompt for the omni model. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            num_inference_steps: Number of inference steps for sampling. Default: 30. Limits:
                minimum 1, maximum 50.
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 6 being the most permissive. Default: "2".
            output_format: The format of the generated image. Default: "jpeg".
            aspect_ratio: The aspect ratio of the generated image.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            prompt: The desired hair style to apply. Default: "bald".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "safety_tolerance": safety_tolerance,
                "output_format": output_format,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "sync_mode": sync_mode,
                "prompt": prompt,
            }
        )
        return self._stream(payload, options)


class AsyncImageEditingHairChange(
    AsyncEndpoint[ImageEditingHairChangeInput, ImageEditingHairChangeOutput]
):
    """Image Editing Hair Change (`fal-ai/image-editing/hair-change`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-editing/hair-change/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-editing/hair-change"
    input_model: ClassVar[type[ImageEditingHairChangeInput]] = ImageEditingHairChangeInput
    output_model: ClassVar[type[ImageEditingHairChangeOutput]] = ImageEditingHairChangeOutput
    Input = ImageEditingHairChangeInput
    Output = ImageEditingHairChangeOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        aspect_ratio: Literal["21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"]
        | None
        | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        prompt: str | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ImageEditingHairChangeOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Image prompt for the omni model. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            num_inference_steps: Number of inference steps for sampling. Default: 30. Limits:
                minimum 1, maximum 50.
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 6 being the most permissive. Default: "2".
            output_format: The format of the generated image. Default: "jpeg".
            aspect_ratio: The aspect ratio of the generated image.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            prompt: The desired hair style to apply. Default: "bald".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "safety_tolerance": safety_tolerance,
                "output_format": output_format,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "sync_mode": sync_mode,
                "prompt": prompt,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        aspect_ratio: Literal["21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"]
        | None
        | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        prompt: str | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ImageEditingHairChangeOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Image prompt for the omni model. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            num_inference_steps: Number of inference steps for sampling. Default: 30. Limits:
                minimum 1, maximum 50.
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 6 being the most permissive. Default: "2".
            output_format: The format of the generated image. Default: "jpeg".
            aspect_ratio: The aspect ratio of the generated image.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            prompt: The desired hair style to apply. Default: "bald".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "safety_tolerance": safety_tolerance,
                "output_format": output_format,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "sync_mode": sync_mode,
                "prompt": prompt,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        aspect_ratio: Literal["21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"]
        | None
        | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        prompt: str | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageEditingHairChangeOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Image prompt for the omni model. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            num_inference_steps: Number of inference steps for sampling. Default: 30. Limits:
                minimum 1, maximum 50.
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 6 being the most permissive. Default: "2".
            output_format: The format of the generated image. Default: "jpeg".
            aspect_ratio: The aspect ratio of the generated image.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            prompt: The desired hair style to apply. Default: "bald".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "safety_tolerance": safety_tolerance,
                "output_format": output_format,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "sync_mode": sync_mode,
                "prompt": prompt,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        aspect_ratio: Literal["21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"]
        | None
        | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        prompt: str | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ImageEditingHairChangeOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Image prompt for the omni model. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            num_inference_steps: Number of inference steps for sampling. Default: 30. Limits:
                minimum 1, maximum 50.
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 6 being the most permissive. Default: "2".
            output_format: The format of the generated image. Default: "jpeg".
            aspect_ratio: The aspect ratio of the generated image.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            prompt: The desired hair style to apply. Default: "bald".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "safety_tolerance": safety_tolerance,
                "output_format": output_format,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "sync_mode": sync_mode,
                "prompt": prompt,
            }
        )
        return self._stream(payload, options)
