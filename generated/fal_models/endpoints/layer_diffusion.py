# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/layer-diffusion` (Layer Diffusion)."""

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
from fal_models.models.layer_diffusion import LayerDiffusionInput, LayerDiffusionOutput

__all__ = ["LayerDiffusion", "AsyncLayerDiffusion", "LayerDiffusionInput", "LayerDiffusionOutput"]


class LayerDiffusion(SyncEndpoint[LayerDiffusionInput, LayerDiffusionOutput]):
    """Layer Diffusion (`fal-ai/layer-diffusion`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/layer-diffusion/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/layer-diffusion"
    input_model: ClassVar[type[LayerDiffusionInput]] = LayerDiffusionInput
    output_model: ClassVar[type[LayerDiffusionOutput]] = LayerDiffusionOutput
    Input = LayerDiffusionInput
    Output = LayerDiffusionOutput

    def subscribe(
        self,
        *,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> LayerDiffusionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results. Default: "".
            negative_prompt: The prompt to use for generating the negative image. Be as descriptive
                as possible for best results. Default: "text, watermark".
            guidance_scale: The guidance scale for the model. Default: 8. Limits: minimum 0, maximum
                20.
            num_inference_steps: The number of inference steps for the model. Default: 20. Limits:
                minimum 10, maximum 40.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            enable_safety_checker: If set to false, the safety checker will be disabled. Default:
                true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[LayerDiffusionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results. Default: "".
            negative_prompt: The prompt to use for generating the negative image. Be as descriptive
                as possible for best results. Default: "text, watermark".
            guidance_scale: The guidance scale for the model. Default: 8. Limits: minimum 0, maximum
                20.
            num_inference_steps: The number of inference steps for the model. Default: 20. Limits:
                minimum 10, maximum 40.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            enable_safety_checker: If set to false, the safety checker will be disabled. Default:
                true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LayerDiffusionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results. Default: "".
            negative_prompt: The prompt to use for generating the negative image. Be as descriptive
                as possible for best results. Default: "text, watermark".
            guidance_scale: The guidance scale for the model. Default: 8. Limits: minimum 0, maximum
                20.
            num_inference_steps: The number of inference steps for the model. Default: 20. Limits:
                minimum 10, maximum 40.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            enable_safety_checker: If set to false, the safety checker will be disabled. Default:
                true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[LayerDiffusionOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results. Default: "".
            negative_prompt: The prompt to use for generating the negative image. Be as descriptive
                as possible for best results. Default: "text, watermark".
            guidance_scale: The guidance scale for the model. Default: 8. Limits: minimum 0, maximum
                20.
            num_inference_steps: The number of inference steps for the model. Default: 20. Limits:
                minimum 10, maximum 40.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            enable_safety_checker: If set to false, the safety checker will be disabled. Default:
                true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)


class AsyncLayerDiffusion(AsyncEndpoint[LayerDiffusionInput, LayerDiffusionOutput]):
    """Layer Diffusion (`fal-ai/layer-diffusion`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/layer-diffusion/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/layer-diffusion"
    input_model: ClassVar[type[LayerDiffusionInput]] = LayerDiffusionInput
    output_model: ClassVar[type[LayerDiffusionOutput]] = LayerDiffusionOutput
    Input = LayerDiffusionInput
    Output = LayerDiffusionOutput

    async def subscribe(
        self,
        *,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> LayerDiffusionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results. Default: "".
            negative_prompt: The prompt to use for generating the negative image. Be as descriptive
                as possible for best results. Default: "text, watermark".
            guidance_scale: The guidance scale for the model. Default: 8. Limits: minimum 0, maximum
                20.
            num_inference_steps: The number of inference steps for the model. Default: 20. Limits:
                minimum 10, maximum 40.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            enable_safety_checker: If set to false, the safety checker will be disabled. Default:
                true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[LayerDiffusionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results. Default: "".
            negative_prompt: The prompt to use for generating the negative image. Be as descriptive
                as possible for best results. Default: "text, watermark".
            guidance_scale: The guidance scale for the model. Default: 8. Limits: minimum 0, maximum
                20.
            num_inference_steps: The number of inference steps for the model. Default: 20. Limits:
                minimum 10, maximum 40.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            enable_safety_checker: If set to false, the safety checker will be disabled. Default:
                true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LayerDiffusionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results. Default: "".
            negative_prompt: The prompt to use for generating the negative image. Be as descriptive
                as possible for best results. Default: "text, watermark".
            guidance_scale: The guidance scale for the model. Default: 8. Limits: minimum 0, maximum
                20.
            num_inference_steps: The number of inference steps for the model. Default: 20. Limits:
                minimum 10, maximum 40.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            enable_safety_checker: If set to false, the safety checker will be disabled. Default:
                true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[LayerDiffusionOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results. Default: "".
            negative_prompt: The prompt to use for generating the negative image. Be as descriptive
                as possible for best results. Default: "text, watermark".
            guidance_scale: The guidance scale for the model. Default: 8. Limits: minimum 0, maximum
                20.
            num_inference_steps: The number of inference steps for the model. Default: 20. Limits:
                minimum 10, maximum 40.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            enable_safety_checker: If set to false, the safety checker will be disabled. Default:
                true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)
