# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/chrono-edit` (Chrono Edit)."""

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
from fal_models.models.chrono_edit import ChronoEditInput, ChronoEditOutput

__all__ = ["ChronoEdit", "AsyncChronoEdit", "ChronoEditInput", "ChronoEditOutput"]


class ChronoEdit(SyncEndpoint[ChronoEditInput, ChronoEditOutput]):
    """Chrono Edit (`fal-ai/chrono-edit`).

    Input model for ChronoEdit standard editing operations

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/chrono-edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/chrono-edit"
    input_model: ClassVar[type[ChronoEditInput]] = ChronoEditInput
    output_model: ClassVar[type[ChronoEditOutput]] = ChronoEditOutput
    Input = ChronoEditInput
    Output = ChronoEditOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_temporal_reasoning: bool | Omit = omit,
        num_temporal_reasoning_steps: int | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        seed: int | None | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        turbo_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ChronoEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The image to edit. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            prompt: The prompt to edit the image.
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 2, maximum 50.
            guidance_scale: The guidance scale for the inference. Default: 1. Limits: minimum 0,
                maximum 10.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: true.
            enable_temporal_reasoning: Whether to enable temporal reasoning. Default: false.
            num_temporal_reasoning_steps: The number of temporal reasoning steps to perform.
                Default: 8. Limits: minimum 2, maximum 12.
            resolution: The resolution of the output image. Default: "480p".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            seed: The seed for the inference.
            output_format: The format of the output image. Default: "jpeg".
            sync_mode: Whether to return the image in sync mode. Default: false.
            turbo_mode: Enable turbo mode to use for faster inference. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_temporal_reasoning": enable_temporal_reasoning,
                "num_temporal_reasoning_steps": num_temporal_reasoning_steps,
                "resolution": resolution,
                "enable_safety_checker": enable_safety_checker,
                "seed": seed,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "turbo_mode": turbo_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_temporal_reasoning: bool | Omit = omit,
        num_temporal_reasoning_steps: int | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        seed: int | None | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        turbo_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ChronoEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The image to edit. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            prompt: The prompt to edit the image.
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 2, maximum 50.
            guidance_scale: The guidance scale for the inference. Default: 1. Limits: minimum 0,
                maximum 10.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: true.
            enable_temporal_reasoning: Whether to enable temporal reasoning. Default: false.
            num_temporal_reasoning_steps: The number of temporal reasoning steps to perform.
                Default: 8. Limits: minimum 2, maximum 12.
            resolution: The resolution of the output image. Default: "480p".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            seed: The seed for the inference.
            output_format: The format of the output image. Default: "jpeg".
            sync_mode: Whether to return the image in sync mode. Default: false.
            turbo_mode: Enable turbo mode to use for faster inference. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_temporal_reasoning": enable_temporal_reasoning,
                "num_temporal_reasoning_steps": num_temporal_reasoning_steps,
                "resolution": resolution,
                "enable_safety_checker": enable_safety_checker,
                "seed": seed,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "turbo_mode": turbo_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_temporal_reasoning: bool | Omit = omit,
        num_temporal_reasoning_steps: int | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        seed: int | None | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        turbo_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ChronoEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The image to edit. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            prompt: The prompt to edit the image.
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 2, maximum 50.
            guidance_scale: The guidance scale for the inference. Default: 1. Limits: minimum 0,
                maximum 10.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: true.
            enable_temporal_reasoning: Whether to enable temporal reasoning. Default: false.
            num_temporal_reasoning_steps: The number of temporal reasoning steps to perform.
                Default: 8. Limits: minimum 2, maximum 12.
            resolution: The resolution of the output image. Default: "480p".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            seed: The seed for the inference.
            output_format: The format of the output image. Default: "jpeg".
            sync_mode: Whether to return the image in sync mode. Default: false.
            turbo_mode: Enable turbo mode to use for faster inference. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_temporal_reasoning": enable_temporal_reasoning,
                "num_temporal_reasoning_steps": num_temporal_reasoning_steps,
                "resolution": resolution,
                "enable_safety_checker": enable_safety_checker,
                "seed": seed,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "turbo_mode": turbo_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_temporal_reasoning: bool | Omit = omit,
        num_temporal_reasoning_steps: int | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        seed: int | None | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        turbo_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ChronoEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The image to edit. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            prompt: The prompt to edit the image.
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 2, maximum 50.
            guidance_scale: The guidance scale for the inference. Default: 1. Limits: minimum 0,
                maximum 10.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: true.
            enable_temporal_reasoning: Whether to enable temporal reasoning. Default: false.
            num_temporal_reasoning_steps: The number of temporal reasoning steps to perform.
                Default: 8. Limits: minimum 2, maximum 12.
            resolution: The resolution of the output image. Default: "480p".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            seed: The seed for the inference.
            output_format: The format of the output image. Default: "jpeg".
            sync_mode: Whether to return the image in sync mode. Default: false.
            turbo_mode: Enable turbo mode to use for faster inference. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_temporal_reasoning": enable_temporal_reasoning,
                "num_temporal_reasoning_steps": num_temporal_reasoning_steps,
                "resolution": resolution,
                "enable_safety_checker": enable_safety_checker,
                "seed": seed,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "turbo_mode": turbo_mode,
            }
        )
        return self._stream(payload, options)


class AsyncChronoEdit(AsyncEndpoint[ChronoEditInput, ChronoEditOutput]):
    """Chrono Edit (`fal-ai/chrono-edit`).

    Input model for ChronoEdit standard editing operations

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/chrono-edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/chrono-edit"
    input_model: ClassVar[type[ChronoEditInput]] = ChronoEditInput
    output_model: ClassVar[type[ChronoEditOutput]] = ChronoEditOutput
    Input = ChronoEditInput
    Output = ChronoEditOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_temporal_reasoning: bool | Omit = omit,
        num_temporal_reasoning_steps: int | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        seed: int | None | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        turbo_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ChronoEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The image to edit. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            prompt: The prompt to edit the image.
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 2, maximum 50.
            guidance_scale: The guidance scale for the inference. Default: 1. Limits: minimum 0,
                maximum 10.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: true.
            enable_temporal_reasoning: Whether to enable temporal reasoning. Default: false.
            num_temporal_reasoning_steps: The number of temporal reasoning steps to perform.
                Default: 8. Limits: minimum 2, maximum 12.
            resolution: The resolution of the output image. Default: "480p".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            seed: The seed for the inference.
            output_format: The format of the output image. Default: "jpeg".
            sync_mode: Whether to return the image in sync mode. Default: false.
            turbo_mode: Enable turbo mode to use for faster inference. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_temporal_reasoning": enable_temporal_reasoning,
                "num_temporal_reasoning_steps": num_temporal_reasoning_steps,
                "resolution": resolution,
                "enable_safety_checker": enable_safety_checker,
                "seed": seed,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "turbo_mode": turbo_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_temporal_reasoning: bool | Omit = omit,
        num_temporal_reasoning_steps: int | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        seed: int | None | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        turbo_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ChronoEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The image to edit. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            prompt: The prompt to edit the image.
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 2, maximum 50.
            guidance_scale: The guidance scale for the inference. Default: 1. Limits: minimum 0,
                maximum 10.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: true.
            enable_temporal_reasoning: Whether to enable temporal reasoning. Default: false.
            num_temporal_reasoning_steps: The number of temporal reasoning steps to perform.
                Default: 8. Limits: minimum 2, maximum 12.
            resolution: The resolution of the output image. Default: "480p".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            seed: The seed for the inference.
            output_format: The format of the output image. Default: "jpeg".
            sync_mode: Whether to return the image in sync mode. Default: false.
            turbo_mode: Enable turbo mode to use for faster inference. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_temporal_reasoning": enable_temporal_reasoning,
                "num_temporal_reasoning_steps": num_temporal_reasoning_steps,
                "resolution": resolution,
                "enable_safety_checker": enable_safety_checker,
                "seed": seed,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "turbo_mode": turbo_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_temporal_reasoning: bool | Omit = omit,
        num_temporal_reasoning_steps: int | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        seed: int | None | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        turbo_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ChronoEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The image to edit. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            prompt: The prompt to edit the image.
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 2, maximum 50.
            guidance_scale: The guidance scale for the inference. Default: 1. Limits: minimum 0,
                maximum 10.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: true.
            enable_temporal_reasoning: Whether to enable temporal reasoning. Default: false.
            num_temporal_reasoning_steps: The number of temporal reasoning steps to perform.
                Default: 8. Limits: minimum 2, maximum 12.
            resolution: The resolution of the output image. Default: "480p".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            seed: The seed for the inference.
            output_format: The format of the output image. Default: "jpeg".
            sync_mode: Whether to return the image in sync mode. Default: false.
            turbo_mode: Enable turbo mode to use for faster inference. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_temporal_reasoning": enable_temporal_reasoning,
                "num_temporal_reasoning_steps": num_temporal_reasoning_steps,
                "resolution": resolution,
                "enable_safety_checker": enable_safety_checker,
                "seed": seed,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "turbo_mode": turbo_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_temporal_reasoning: bool | Omit = omit,
        num_temporal_reasoning_steps: int | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        seed: int | None | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        turbo_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ChronoEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The image to edit. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            prompt: The prompt to edit the image.
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 2, maximum 50.
            guidance_scale: The guidance scale for the inference. Default: 1. Limits: minimum 0,
                maximum 10.
            enable_prompt_expansion: Whether to enable prompt expansion. Default: true.
            enable_temporal_reasoning: Whether to enable temporal reasoning. Default: false.
            num_temporal_reasoning_steps: The number of temporal reasoning steps to perform.
                Default: 8. Limits: minimum 2, maximum 12.
            resolution: The resolution of the output image. Default: "480p".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            seed: The seed for the inference.
            output_format: The format of the output image. Default: "jpeg".
            sync_mode: Whether to return the image in sync mode. Default: false.
            turbo_mode: Enable turbo mode to use for faster inference. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_temporal_reasoning": enable_temporal_reasoning,
                "num_temporal_reasoning_steps": num_temporal_reasoning_steps,
                "resolution": resolution,
                "enable_safety_checker": enable_safety_checker,
                "seed": seed,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "turbo_mode": turbo_mode,
            }
        )
        return self._stream(payload, options)
