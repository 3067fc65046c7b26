# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/dreamo` (Dreamo)."""

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
from fal_models.models import shared
from fal_models.models.dreamo import DreamoInput, DreamoOutput, ImageSizePreset

__all__ = ["Dreamo", "AsyncDreamo", "DreamoInput", "DreamoOutput"]


class Dreamo(SyncEndpoint[DreamoInput, DreamoOutput]):
    """Dreamo (`fal-ai/dreamo`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/dreamo/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/dreamo"
    input_model: ClassVar[type[DreamoInput]] = DreamoInput
    output_model: ClassVar[type[DreamoOutput]] = DreamoOutput
    Input = DreamoInput
    Output = DreamoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        first_image_url: FileInput | None | Omit = omit,
        second_image_url: FileInput | None | Omit = omit,
        first_reference_task: Literal["ip", "id", "style"] | Omit = omit,
        second_reference_task: Literal["ip", "id", "style"] | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        ref_resolution: int | Omit = omit,
        true_cfg: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> DreamoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            first_image_url: URL of first reference image to use for generation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            second_image_url: URL of second reference image to use for generation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            first_reference_task: Task for first reference image (ip/id/style). Default: "ip".
            second_reference_task: Task for second reference image (ip/id/style). Default: "ip".
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 12. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            negative_prompt: The prompt to generate an image from. Default: "".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            ref_resolution: Resolution for reference images. Default: 512. Limits: minimum 512,
                maximum 1024.
            true_cfg: The weight of the CFG loss. Default: 1. Limits: minimum 1, maximum 5.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "first_image_url": first_image_url,
                "second_image_url": second_image_url,
                "first_reference_task": first_reference_task,
                "second_reference_task": second_reference_task,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
                "ref_resolution": ref_resolution,
                "true_cfg": true_cfg,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        first_image_url: FileInput | None | Omit = omit,
        second_image_url: FileInput | None | Omit = omit,
        first_reference_task: Literal["ip", "id", "style"] | Omit = omit,
        second_reference_task: Literal["ip", "id", "style"] | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        ref_resolution: int | Omit = omit,
        true_cfg: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[DreamoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            first_image_url: URL of first reference image to use for generation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            second_image_url: URL of second reference image to use for generation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            first_reference_task: Task for first reference image (ip/id/style). Default: "ip".
            second_reference_task: Task for second reference image (ip/id/style). Default: "ip".
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 12. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            negative_prompt: The prompt to generate an image from. Default: "".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            ref_resolution: Resolution for reference images. Default: 512. Limits: minimum 512,
                maximum 1024.
            true_cfg: The weight of the CFG loss. Default: 1. Limits: minimum 1, maximum 5.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "first_image_url": first_image_url,
                "second_image_url": second_image_url,
                "first_reference_task": first_reference_task,
                "second_reference_task": second_reference_task,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
                "ref_resolution": ref_resolution,
                "true_cfg": true_cfg,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        first_image_url: FileInput | None | Omit = omit,
        second_image_url: FileInput | None | Omit = omit,
        first_reference_task: Literal["ip", "id", "style"] | Omit = omit,
        second_reference_task: Literal["ip", "id", "style"] | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        ref_resolution: int | Omit = omit,
        true_cfg: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> DreamoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            first_image_url: URL of first reference image to use for generation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            second_image_url: URL of second reference image to use for generation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            first_reference_task: Task for first reference image (ip/id/style). Default: "ip".
            second_reference_task: Task for second reference image (ip/id/style). Default: "ip".
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 12. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            negative_prompt: The prompt to generate an image from. Default: "".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            ref_resolution: Resolution for reference images. Default: 512. Limits: minimum 512,
                maximum 1024.
            true_cfg: The weight of the CFG loss. Default: 1. Limits: minimum 1, maximum 5.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "first_image_url": first_image_url,
                "second_image_url": second_image_url,
                "first_reference_task": first_reference_task,
                "second_reference_task": second_reference_task,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
                "ref_resolution": ref_resolution,
                "true_cfg": true_cfg,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        first_image_url: FileInput | None | Omit = omit,
        second_image_url: FileInput | None | Omit = omit,
        first_reference_task: Literal["ip", "id", "style"] | Omit = omit,
        second_reference_task: Literal["ip", "id", "style"] | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        ref_resolution: int | Omit = omit,
        true_cfg: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[DreamoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            first_image_url: URL of first reference image to use for generation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            second_image_url: URL of second reference image to use for generation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            first_reference_task: Task for first reference image (ip/id/style). Default: "ip".
            second_reference_task: Task for second reference image (ip/id/style). Default: "ip".
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 12. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            negative_prompt: The prompt to generate an image from. Default: "".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            ref_resolution: Resolution for reference images. Default: 512. Limits: minimum 512,
                maximum 1024.
            true_cfg: The weight of the CFG loss. Default: 1. Limits: minimum 1, maximum 5.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "first_image_url": first_image_url,
                "second_image_url": second_image_url,
                "first_reference_task": first_reference_task,
                "second_reference_task": second_reference_task,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
                "ref_resolution": ref_resolution,
                "true_cfg": true_cfg,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)


class AsyncDreamo(AsyncEndpoint[DreamoInput, DreamoOutput]):
    """Dreamo (`fal-ai/dreamo`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/dreamo/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/dreamo"
    input_model: ClassVar[type[DreamoInput]] = DreamoInput
    output_model: ClassVar[type[DreamoOutput]] = DreamoOutput
    Input = DreamoInput
    Output = DreamoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        first_image_url: FileInput | None | Omit = omit,
        second_image_url: FileInput | None | Omit = omit,
        first_reference_task: Literal["ip", "id", "style"] | Omit = omit,
        second_reference_task: Literal["ip", "id", "style"] | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        ref_resolution: int | Omit = omit,
        true_cfg: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> DreamoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            first_image_url: URL of first reference image to use for generation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            second_image_url: URL of second reference image to use for generation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            first_reference_task: Task for first reference image (ip/id/style). Default: "ip".
            second_reference_task: Task for second reference image (ip/id/style). Default: "ip".
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 12. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            negative_prompt: The prompt to generate an image from. Default: "".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            ref_resolution: Resolution for reference images. Default: 512. Limits: minimum 512,
                maximum 1024.
            true_cfg: The weight of the CFG loss. Default: 1. Limits: minimum 1, maximum 5.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "first_image_url": first_image_url,
                "second_image_url": second_image_url,
                "first_reference_task": first_reference_task,
                "second_reference_task": second_reference_task,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
                "ref_resolution": ref_resolution,
                "true_cfg": true_cfg,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        first_image_url: FileInput | None | Omit = omit,
        second_image_url: FileInput | None | Omit = omit,
        first_reference_task: Literal["ip", "id", "style"] | Omit = omit,
        second_reference_task: Literal["ip", "id", "style"] | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        ref_resolution: int | Omit = omit,
        true_cfg: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[DreamoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            first_image_url: URL of first reference image to use for generation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            second_image_url: URL of second reference image to use for generation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            first_reference_task: Task for first reference image (ip/id/style). Default: "ip".
            second_reference_task: Task for second reference image (ip/id/style). Default: "ip".
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 12. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            negative_prompt: The prompt to generate an image from. Default: "".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            ref_resolution: Resolution for reference images. Default: 512. Limits: minimum 512,
                maximum 1024.
            true_cfg: The weight of the CFG loss. Default: 1. Limits: minimum 1, maximum 5.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "first_image_url": first_image_url,
                "second_image_url": second_image_url,
                "first_reference_task": first_reference_task,
                "second_reference_task": second_reference_task,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
                "ref_resolution": ref_resolution,
                "true_cfg": true_cfg,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        first_image_url: FileInput | None | Omit = omit,
        second_image_url: FileInput | None | Omit = omit,
        first_reference_task: Literal["ip", "id", "style"] | Omit = omit,
        second_reference_task: Literal["ip", "id", "style"] | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        ref_resolution: int | Omit = omit,
        true_cfg: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> DreamoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            first_image_url: URL of first reference image to use for generation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            second_image_url: URL of second reference image to use for generation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            first_reference_task: Task for first reference image (ip/id/style). Default: "ip".
            second_reference_task: Task for second reference image (ip/id/style). Default: "ip".
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 12. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            negative_prompt: The prompt to generate an image from. Default: "".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            ref_resolution: Resolution for reference images. Default: 512. Limits: minimum 512,
                maximum 1024.
            true_cfg: The weight of the CFG loss. Default: 1. Limits: minimum 1, maximum 5.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "first_image_url": first_image_url,
                "second_image_url": second_image_url,
                "first_reference_task": first_reference_task,
                "second_reference_task": second_reference_task,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
                "ref_resolution": ref_resolution,
                "true_cfg": true_cfg,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        first_image_url: FileInput | None | Omit = omit,
        second_image_url: FileInput | None | Omit = omit,
        first_reference_task: Literal["ip", "id", "style"] | Omit = omit,
        second_reference_task: Literal["ip", "id", "style"] | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        ref_resolution: int | Omit = omit,
        true_cfg: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[DreamoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            first_image_url: URL of first reference image to use for generation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            second_image_url: URL of second reference image to use for generation. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            first_reference_task: Task for first reference image (ip/id/style). Default: "ip".
            second_reference_task: Task for second reference image (ip/id/style). Default: "ip".
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 12. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            negative_prompt: The prompt to generate an image from. Default: "".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            ref_resolution: Resolution for reference images. Default: 512. Limits: minimum 512,
                maximum 1024.
            true_cfg: The weight of the CFG loss. Default: 1. Limits: minimum 1, maximum 5.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "first_image_url": first_image_url,
                "second_image_url": second_image_url,
                "first_reference_task": first_reference_task,
                "second_reference_task": second_reference_task,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
                "ref_resolution": ref_resolution,
                "true_cfg": true_cfg,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)
