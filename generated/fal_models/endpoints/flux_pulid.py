# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/flux-pulid` (Flux Pulid)."""

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
from fal_models.models.flux_pulid import FluxPulidInput, FluxPulidOutput, ImageSizePreset

__all__ = ["FluxPulid", "AsyncFluxPulid", "FluxPulidInput", "FluxPulidOutput"]


class FluxPulid(SyncEndpoint[FluxPulidInput, FluxPulidOutput]):
    """Flux Pulid (`fal-ai/flux-pulid`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/flux-pulid/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-pulid"
    input_model: ClassVar[type[FluxPulidInput]] = FluxPulidInput
    output_model: ClassVar[type[FluxPulidOutput]] = FluxPulidOutput
    Input = FluxPulidInput
    Output = FluxPulidOutput

    def subscribe(
        self,
        *,
        prompt: str,
        reference_image_url: FileInput,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        start_step: int | Omit = omit,
        true_cfg: float | Omit = omit,
        id_weight: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        max_sequence_length: Literal["128", "256", "512"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> FluxPulidOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            reference_image_url: URL of image to use for inpainting. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            image_size: The size of the generated image. Default: "landscape_4_3".
            num_inference_steps: The number of inference steps to perform. Default: 20. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4. Limits: minimum 0, maximum 20.
            negative_prompt: The prompt to generate an image from. Default: "".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            start_step: The number of steps to start the CFG from. Default: 0. Limits: minimum 0,
                maximum 50.
            true_cfg: The weight of the CFG loss. Default: 1. Limits: minimum 1, maximum 10.
            id_weight: The weight of the ID loss. Default: 1. Limits: minimum 0, maximum 1.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            max_sequence_length: The maximum sequence length for the model. Default: "128".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_url": reference_image_url,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
                "start_step": start_step,
                "true_cfg": true_cfg,
                "id_weight": id_weight,
                "enable_safety_checker": enable_safety_checker,
                "max_sequence_length": max_sequence_length,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        reference_image_url: FileInput,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        start_step: int | Omit = omit,
        true_cfg: float | Omit = omit,
        id_weight: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        max_sequence_length: Literal["128", "256", "512"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[FluxPulidOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            reference_image_url: URL of image to use for inpainting. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            image_size: The size of the generated image. Default: "landscape_4_3".
            num_inference_steps: The number of inference steps to perform. Default: 20. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4. Limits: minimum 0, maximum 20.
            negative_prompt: The prompt to generate an image from. Default: "".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            start_step: The number of steps to start the CFG from. Default: 0. Limits: minimum 0,
                maximum 50.
            true_cfg: The weight of the CFG loss. Default: 1. Limits: minimum 1, maximum 10.
            id_weight: The weight of the ID loss. Default: 1. Limits: minimum 0, maximum 1.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            max_sequence_length: The maximum sequence length for the model. Default: "128".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_url": reference_image_url,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
                "start_step": start_step,
                "true_cfg": true_cfg,
                "id_weight": id_weight,
                "enable_safety_checker": enable_safety_checker,
                "max_sequence_length": max_sequence_length,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        reference_image_url: FileInput,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        start_step: int | Omit = omit,
        true_cfg: float | Omit = omit,
        id_weight: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        max_sequence_length: Literal["128", "256", "512"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FluxPulidOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            reference_image_url: URL of image to use for inpainting. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            image_size: The size of the generated image. Default: "landscape_4_3".
            num_inference_steps: The number of inference steps to perform. Default: 20. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4. Limits: minimum 0, maximum 20.
            negative_prompt: The prompt to generate an image from. Default: "".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            start_step: The number of steps to start the CFG from. Default: 0. Limits: minimum 0,
                maximum 50.
            true_cfg: The weight of the CFG loss. Default: 1. Limits: minimum 1, maximum 10.
            id_weight: The weight of the ID loss. Default: 1. Limits: minimum 0, maximum 1.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            max_sequence_length: The maximum sequence length for the model. Default: "128".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_url": reference_image_url,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
                "start_step": start_step,
                "true_cfg": true_cfg,
                "id_weight": id_weight,
                "enable_safety_checker": enable_safety_checker,
                "max_sequence_length": max_sequence_length,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        reference_image_url: FileInput,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        start_step: int | Omit = omit,
        true_cfg: float | Omit = omit,
        id_weight: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        max_sequence_length: Literal["128", "256", "512"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[FluxPulidOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            reference_image_url: URL of image to use for inpainting. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            image_size: The size of the generated image. Default: "landscape_4_3".
            num_inference_steps: The number of inference steps to perform. Default: 20. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4. Limits: minimum 0, maximum 20.
            negative_prompt: The prompt to generate an image from. Default: "".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            start_step: The number of steps to start the CFG from. Default: 0. Limits: minimum 0,
                maximum 50.
            true_cfg: The weight of the CFG loss. Default: 1. Limits: minimum 1, maximum 10.
            id_weight: The weight of the ID loss. Default: 1. Limits: minimum 0, maximum 1.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            max_sequence_length: The maximum sequence length for the model. Default: "128".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_url": reference_image_url,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
                "start_step": start_step,
                "true_cfg": true_cfg,
                "id_weight": id_weight,
                "enable_safety_checker": enable_safety_checker,
                "max_sequence_length": max_sequence_length,
            }
        )
        return self._stream(payload, options)


class AsyncFluxPulid(AsyncEndpoint[FluxPulidInput, FluxPulidOutput]):
    """Flux Pulid (`fal-ai/flux-pulid`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/flux-pulid/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-pulid"
    input_model: ClassVar[type[FluxPulidInput]] = FluxPulidInput
    output_model: ClassVar[type[FluxPulidOutput]] = FluxPulidOutput
    Input = FluxPulidInput
    Output = FluxPulidOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        reference_image_url: FileInput,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        start_step: int | Omit = omit,
        true_cfg: float | Omit = omit,
        id_weight: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        max_sequence_length: Literal["128", "256", "512"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> FluxPulidOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            reference_image_url: URL of image to use for inpainting. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            image_size: The size of the generated image. Default: "landscape_4_3".
            num_inference_steps: The number of inference steps to perform. Default: 20. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4. Limits: minimum 0, maximum 20.
            negative_prompt: The prompt to generate an image from. Default: "".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            start_step: The number of steps to start the CFG from. Default: 0. Limits: minimum 0,
                maximum 50.
            true_cfg: The weight of the CFG loss. Default: 1. Limits: minimum 1, maximum 10.
            id_weight: The weight of the ID loss. Default: 1. Limits: minimum 0, maximum 1.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            max_sequence_length: The maximum sequence length for the model. Default: "128".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_url": reference_image_url,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
                "start_step": start_step,
                "true_cfg": true_cfg,
                "id_weight": id_weight,
                "enable_safety_checker": enable_safety_checker,
                "max_sequence_length": max_sequence_length,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        reference_image_url: FileInput,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        start_step: int | Omit = omit,
        true_cfg: float | Omit = omit,
        id_weight: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        max_sequence_length: Literal["128", "256", "512"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[FluxPulidOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            reference_image_url: URL of image to use for inpainting. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            image_size: The size of the generated image. Default: "landscape_4_3".
            num_inference_steps: The number of inference steps to perform. Default: 20. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4. Limits: minimum 0, maximum 20.
            negative_prompt: The prompt to generate an image from. Default: "".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            start_step: The number of steps to start the CFG from. Default: 0. Limits: minimum 0,
                maximum 50.
            true_cfg: The weight of the CFG loss. Default: 1. Limits: minimum 1, maximum 10.
            id_weight: The weight of the ID loss. Default: 1. Limits: minimum 0, maximum 1.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            max_sequence_length: The maximum sequence length for the model. Default: "128".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_url": reference_image_url,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
                "start_step": start_step,
                "true_cfg": true_cfg,
                "id_weight": id_weight,
                "enable_safety_checker": enable_safety_checker,
                "max_sequence_length": max_sequence_length,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        reference_image_url: FileInput,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        start_step: int | Omit = omit,
        true_cfg: float | Omit = omit,
        id_weight: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        max_sequence_length: Literal["128", "256", "512"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FluxPulidOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            reference_image_url: URL of image to use for inpainting. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            image_size: The size of the generated image. Default: "landscape_4_3".
            num_inference_steps: The number of inference steps to perform. Default: 20. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4. Limits: minimum 0, maximum 20.
            negative_prompt: The prompt to generate an image from. Default: "".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            start_step: The number of steps to start the CFG from. Default: 0. Limits: minimum 0,
                maximum 50.
            true_cfg: The weight of the CFG loss. Default: 1. Limits: minimum 1, maximum 10.
            id_weight: The weight of the ID loss. Default: 1. Limits: minimum 0, maximum 1.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            max_sequence_length: The maximum sequence length for the model. Default: "128".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_url": reference_image_url,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
                "start_step": start_step,
                "true_cfg": true_cfg,
                "id_weight": id_weight,
                "enable_safety_checker": enable_safety_checker,
                "max_sequence_length": max_sequence_length,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        reference_image_url: FileInput,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        start_step: int | Omit = omit,
        true_cfg: float | Omit = omit,
        id_weight: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        max_sequence_length: Literal["128", "256", "512"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[FluxPulidOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            reference_image_url: URL of image to use for inpainting. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            image_size: The size of the generated image. Default: "landscape_4_3".
            num_inference_steps: The number of inference steps to perform. Default: 20. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4. Limits: minimum 0, maximum 20.
            negative_prompt: The prompt to generate an image from. Default: "".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            start_step: The number of steps to start the CFG from. Default: 0. Limits: minimum 0,
                maximum 50.
            true_cfg: The weight of the CFG loss. Default: 1. Limits: minimum 1, maximum 10.
            id_weight: The weight of the ID loss. Default: 1. Limits: minimum 0, maximum 1.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            max_sequence_length: The maximum sequence length for the model. Default: "128".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_url": reference_image_url,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
                "start_step": start_step,
                "true_cfg": true_cfg,
                "id_weight": id_weight,
                "enable_safety_checker": enable_safety_checker,
                "max_sequence_length": max_sequence_length,
            }
        )
        return self._stream(payload, options)
