# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/joyai-image-edit` (Joyai Image Edit)."""

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
from fal_models.models.joyai_image_edit import JoyaiImageEditInput, JoyaiImageEditOutput

__all__ = ["JoyaiImageEdit", "AsyncJoyaiImageEdit", "JoyaiImageEditInput", "JoyaiImageEditOutput"]


class JoyaiImageEdit(SyncEndpoint[JoyaiImageEditInput, JoyaiImageEditOutput]):
    """Joyai Image Edit (`fal-ai/joyai-image-edit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/joyai-image-edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/joyai-image-edit"
    input_model: ClassVar[type[JoyaiImageEditInput]] = JoyaiImageEditInput
    output_model: ClassVar[type[JoyaiImageEditOutput]] = JoyaiImageEditOutput
    Input = JoyaiImageEditInput
    Output = JoyaiImageEditOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> JoyaiImageEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The edit instruction describing what changes to make to the image.
            image_url: URL of the input image to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            negative_prompt: Text describing what should not appear in the output image. Default:
                "".
            seed: Random seed for reproducibility.
            num_inference_steps: Number of denoising steps. Default: 30. Limits: minimum 1, maximum
                50.
            guidance_scale: Controls how closely the output follows the edit instruction. Default:
                5. Limits: minimum 1, maximum 15.
            enable_safety_checker: Enable safety checking on input and output. Default: true.
            output_format: Output image format. Default: "jpeg".
            sync_mode: If True, return image as data URI. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[JoyaiImageEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The edit instruction describing what changes to make to the image.
            image_url: URL of the input image to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            negative_prompt: Text describing what should not appear in the output image. Default:
                "".
            seed: Random seed for reproducibility.
            num_inference_steps: Number of denoising steps. Default: 30. Limits: minimum 1, maximum
                50.
            guidance_scale: Controls how closely the output follows the edit instruction. Default:
                5. Limits: minimum 1, maximum 15.
            enable_safety_checker: Enable safety checking on input and output. Default: true.
            output_format: Output image format. Default: "jpeg".
            sync_mode: If True, return image as data URI. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> JoyaiImageEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The edit instruction describing what changes to make to the image.
            image_url: URL of the input image to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            negative_prompt: Text describing what should not appear in the output image. Default:
                "".
            seed: Random seed for reproducibility.
            num_inference_steps: Number of denoising steps. Default: 30. Limits: minimum 1, maximum
                50.
            guidance_scale: Controls how closely the output follows the edit instruction. Default:
                5. Limits: minimum 1, maximum 15.
            enable_safety_checker: Enable safety checking on input and output. Default: true.
            output_format: Output image format. Default: "jpeg".
            sync_mode: If True, return image as data URI. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[JoyaiImageEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The edit instruction describing what changes to make to the image.
            image_url: URL of the input image to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            negative_prompt: Text describing what should not appear in the output image. Default:
                "".
            seed: Random seed for reproducibility.
            num_inference_steps: Number of denoising steps. Default: 30. Limits: minimum 1, maximum
                50.
            guidance_scale: Controls how closely the output follows the edit instruction. Default:
                5. Limits: minimum 1, maximum 15.
            enable_safety_checker: Enable safety checking on input and output. Default: true.
            output_format: Output image format. Default: "jpeg".
            sync_mode: If True, return image as data URI. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncJoyaiImageEdit(AsyncEndpoint[JoyaiImageEditInput, JoyaiImageEditOutput]):
    """Joyai Image Edit (`fal-ai/joyai-image-edit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/joyai-image-edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/joyai-image-edit"
    input_model: ClassVar[type[JoyaiImageEditInput]] = JoyaiImageEditInput
    output_model: ClassVar[type[JoyaiImageEditOutput]] = JoyaiImageEditOutput
    Input = JoyaiImageEditInput
    Output = JoyaiImageEditOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> JoyaiImageEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The edit instruction describing what changes to make to the image.
            image_url: URL of the input image to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            negative_prompt: Text describing what should not appear in the output image. Default:
                "".
            seed: Random seed for reproducibility.
            num_inference_steps: Number of denoising steps. Default: 30. Limits: minimum 1, maximum
                50.
            guidance_scale: Controls how closely the output follows the edit instruction. Default:
                5. Limits: minimum 1, maximum 15.
            enable_safety_checker: Enable safety checking on input and output. Default: true.
            output_format: Output image format. Default: "jpeg".
            sync_mode: If True, return image as data URI. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[JoyaiImageEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The edit instruction describing what changes to make to the image.
            image_url: URL of the input image to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            negative_prompt: Text describing what should not appear in the output image. Default:
                "".
            seed: Random seed for reproducibility.
            num_inference_steps: Number of denoising steps. Default: 30. Limits: minimum 1, maximum
                50.
            guidance_scale: Controls how closely the output follows the edit instruction. Default:
                5. Limits: minimum 1, maximum 15.
            enable_safety_checker: Enable safety checking on input and output. Default: true.
            output_format: Output image format. Default: "jpeg".
            sync_mode: If True, return image as data URI. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> JoyaiImageEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The edit instruction describing what changes to make to the image.
            image_url: URL of the input image to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            negative_prompt: Text describing what should not appear in the output image. Default:
                "".
            seed: Random seed for reproducibility.
            num_inference_steps: Number of denoising steps. Default: 30. Limits: minimum 1, maximum
                50.
            guidance_scale: Controls how closely the output follows the edit instruction. Default:
                5. Limits: minimum 1, maximum 15.
            enable_safety_checker: Enable safety checking on input and output. Default: true.
            output_format: Output image format. Default: "jpeg".
            sync_mode: If True, return image as data URI. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[JoyaiImageEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The edit instruction describing what changes to make to the image.
            image_url: URL of the input image to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            negative_prompt: Text describing what should not appear in the output image. Default:
                "".
            seed: Random seed for reproducibility.
            num_inference_steps: Number of denoising steps. Default: 30. Limits: minimum 1, maximum
                50.
            guidance_scale: Controls how closely the output follows the edit instruction. Default:
                5. Limits: minimum 1, maximum 15.
            enable_safety_checker: Enable safety checking on input and output. Default: true.
            output_format: Output image format. Default: "jpeg".
            sync_mode: If True, return image as data URI. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
