# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/aura-flow` (Aura Flow)."""

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
from fal_models.models.aura_flow import AuraFlowInput, AuraFlowOutput

__all__ = ["AuraFlow", "AsyncAuraFlow", "AuraFlowInput", "AuraFlowOutput"]


class AuraFlow(SyncEndpoint[AuraFlowInput, AuraFlowOutput]):
    """Aura Flow (`fal-ai/aura-flow`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/aura-flow/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/aura-flow"
    input_model: ClassVar[type[AuraFlowInput]] = AuraFlowInput
    output_model: ClassVar[type[AuraFlowOutput]] = AuraFlowOutput
    Input = AuraFlowInput
    Output = AuraFlowOutput

    def subscribe(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> AuraFlowOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate images from.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 2.
            seed: The seed to use for generating images.
            guidance_scale: Classifier free guidance scale. Default: 3.5. Limits: minimum 0, maximum
                20.
            num_inference_steps: The number of inference steps to take. Default: 50. Limits: minimum
                20, maximum 50.
            expand_prompt: Whether to perform prompt expansion (recommended). Default: true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_images": num_images,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "expand_prompt": expand_prompt,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[AuraFlowOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate images from.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 2.
            seed: The seed to use for generating images.
            guidance_scale: Classifier free guidance scale. Default: 3.5. Limits: minimum 0, maximum
                20.
            num_inference_steps: The number of inference steps to take. Default: 50. Limits: minimum
                20, maximum 50.
            expand_prompt: Whether to perform prompt expansion (recommended). Default: true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_images": num_images,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "expand_prompt": expand_prompt,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> AuraFlowOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate images from.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 2.
            seed: The seed to use for generating images.
            guidance_scale: Classifier free guidance scale. Default: 3.5. Limits: minimum 0, maximum
                20.
            num_inference_steps: The number of inference steps to take. Default: 50. Limits: minimum
                20, maximum 50.
            expand_prompt: Whether to perform prompt expansion (recommended). Default: true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_images": num_images,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "expand_prompt": expand_prompt,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[AuraFlowOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate images from.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 2.
            seed: The seed to use for generating images.
            guidance_scale: Classifier free guidance scale. Default: 3.5. Limits: minimum 0, maximum
                20.
            num_inference_steps: The number of inference steps to take. Default: 50. Limits: minimum
                20, maximum 50.
            expand_prompt: Whether to perform prompt expansion (recommended). Default: true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_images": num_images,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "expand_prompt": expand_prompt,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncAuraFlow(AsyncEndpoint[AuraFlowInput, AuraFlowOutput]):
    """Aura Flow (`fal-ai/aura-flow`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/aura-flow/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/aura-flow"
    input_model: ClassVar[type[AuraFlowInput]] = AuraFlowInput
    output_model: ClassVar[type[AuraFlowOutput]] = AuraFlowOutput
    Input = AuraFlowInput
    Output = AuraFlowOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> AuraFlowOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate images from.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 2.
            seed: The seed to use for generating images.
            guidance_scale: Classifier free guidance scale. Default: 3.5. Limits: minimum 0, maximum
                20.
            num_inference_steps: The number of inference steps to take. Default: 50. Limits: minimum
                20, maximum 50.
            expand_prompt: Whether to perform prompt expansion (recommended). Default: true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_images": num_images,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "expand_prompt": expand_prompt,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[AuraFlowOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate images from.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 2.
            seed: The seed to use for generating images.
            guidance_scale: Classifier free guidance scale. Default: 3.5. Limits: minimum 0, maximum
                20.
            num_inference_steps: The number of inference steps to take. Default: 50. Limits: minimum
                20, maximum 50.
            expand_prompt: Whether to perform prompt expansion (recommended). Default: true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_images": num_images,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "expand_prompt": expand_prompt,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> AuraFlowOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate images from.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 2.
            seed: The seed to use for generating images.
            guidance_scale: Classifier free guidance scale. Default: 3.5. Limits: minimum 0, maximum
                20.
            num_inference_steps: The number of inference steps to take. Default: 50. Limits: minimum
                20, maximum 50.
            expand_prompt: Whether to perform prompt expansion (recommended). Default: true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_images": num_images,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "expand_prompt": expand_prompt,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[AuraFlowOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate images from.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 2.
            seed: The seed to use for generating images.
            guidance_scale: Classifier free guidance scale. Default: 3.5. Limits: minimum 0, maximum
                20.
            num_inference_steps: The number of inference steps to take. Default: 50. Limits: minimum
                20, maximum 50.
            expand_prompt: Whether to perform prompt expansion (recommended). Default: true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_images": num_images,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "expand_prompt": expand_prompt,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
