# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/switti` (Switti)."""

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
from fal_models.models.switti import SwittiInput, SwittiOutput

__all__ = ["Switti", "AsyncSwitti", "SwittiInput", "SwittiOutput"]


class Switti(SyncEndpoint[SwittiInput, SwittiOutput]):
    """Switti (`fal-ai/switti`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/switti/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/switti"
    input_model: ClassVar[type[SwittiInput]] = SwittiInput
    output_model: ClassVar[type[SwittiOutput]] = SwittiOutput
    Input = SwittiInput
    Output = SwittiOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        sampling_top_k: int | Omit = omit,
        sampling_top_p: float | Omit = omit,
        more_smooth: bool | Omit = omit,
        more_diverse: bool | Omit = omit,
        smooth_start_si: int | Omit = omit,
        turn_off_cfg_start_si: int | Omit = omit,
        last_scale_temp: float | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> SwittiOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            sampling_top_k: The number of top-k tokens to sample from. Default: 400. Limits: minimum
                10, maximum 1000.
            sampling_top_p: The top-p probability to sample from. Default: 0.95. Limits: minimum
                0.1, maximum 1.
            more_smooth: Smoothing with Gumbel softmax sampling. Default: true.
            more_diverse: More diverse sampling. Default: false.
            smooth_start_si: Smoothing starting scale. Default: 2. Limits: minimum 0, maximum 10.
            turn_off_cfg_start_si: Disable CFG starting scale. Default: 8. Limits: minimum 0,
                maximum 10.
            last_scale_temp: Temperature after disabling CFG. Default: 0.1. Limits: minimum 0.1,
                maximum 10.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 6. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "sampling_top_k": sampling_top_k,
                "sampling_top_p": sampling_top_p,
                "more_smooth": more_smooth,
                "more_diverse": more_diverse,
                "smooth_start_si": smooth_start_si,
                "turn_off_cfg_start_si": turn_off_cfg_start_si,
                "last_scale_temp": last_scale_temp,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        sampling_top_k: int | Omit = omit,
        sampling_top_p: float | Omit = omit,
        more_smooth: bool | Omit = omit,
        more_diverse: bool | Omit = omit,
        smooth_start_si: int | Omit = omit,
        turn_off_cfg_start_si: int | Omit = omit,
        last_scale_temp: float | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[SwittiOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            sampling_top_k: The number of top-k tokens to sample from. Default: 400. Limits: minimum
                10, maximum 1000.
            sampling_top_p: The top-p probability to sample from. Default: 0.95. Limits: minimum
                0.1, maximum 1.
            more_smooth: Smoothing with Gumbel softmax sampling. Default: true.
            more_diverse: More diverse sampling. Default: false.
            smooth_start_si: Smoothing starting scale. Default: 2. Limits: minimum 0, maximum 10.
            turn_off_cfg_start_si: Disable CFG starting scale. Default: 8. Limits: minimum 0,
                maximum 10.
            last_scale_temp: Temperature after disabling CFG. Default: 0.1. Limits: minimum 0.1,
                maximum 10.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 6. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "sampling_top_k": sampling_top_k,
                "sampling_top_p": sampling_top_p,
                "more_smooth": more_smooth,
                "more_diverse": more_diverse,
                "smooth_start_si": smooth_start_si,
                "turn_off_cfg_start_si": turn_off_cfg_start_si,
                "last_scale_temp": last_scale_temp,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        sampling_top_k: int | Omit = omit,
        sampling_top_p: float | Omit = omit,
        more_smooth: bool | Omit = omit,
        more_diverse: bool | Omit = omit,
        smooth_start_si: int | Omit = omit,
        turn_off_cfg_start_si: int | Omit = omit,
        last_scale_temp: float | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> SwittiOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            sampling_top_k: The number of top-k tokens to sample from. Default: 400. Limits: minimum
                10, maximum 1000.
            sampling_top_p: The top-p probability to sample from. Default: 0.95. Limits: minimum
                0.1, maximum 1.
            more_smooth: Smoothing with Gumbel softmax sampling. Default: true.
            more_diverse: More diverse sampling. Default: false.
            smooth_start_si: Smoothing starting scale. Default: 2. Limits: minimum 0, maximum 10.
            turn_off_cfg_start_si: Disable CFG starting scale. Default: 8. Limits: minimum 0,
                maximum 10.
            last_scale_temp: Temperature after disabling CFG. Default: 0.1. Limits: minimum 0.1,
                maximum 10.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 6. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "sampling_top_k": sampling_top_k,
                "sampling_top_p": sampling_top_p,
                "more_smooth": more_smooth,
                "more_diverse": more_diverse,
                "smooth_start_si": smooth_start_si,
                "turn_off_cfg_start_si": turn_off_cfg_start_si,
                "last_scale_temp": last_scale_temp,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        sampling_top_k: int | Omit = omit,
        sampling_top_p: float | Omit = omit,
        more_smooth: bool | Omit = omit,
        more_diverse: bool | Omit = omit,
        smooth_start_si: int | Omit = omit,
        turn_off_cfg_start_si: int | Omit = omit,
        last_scale_temp: float | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[SwittiOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            sampling_top_k: The number of top-k tokens to sample from. Default: 400. Limits: minimum
                10, maximum 1000.
            sampling_top_p: The top-p probability to sample from. Default: 0.95. Limits: minimum
                0.1, maximum 1.
            more_smooth: Smoothing with Gumbel softmax sampling. Default: true.
            more_diverse: More diverse sampling. Default: false.
            smooth_start_si: Smoothing starting scale. Default: 2. Limits: minimum 0, maximum 10.
            turn_off_cfg_start_si: Disable CFG starting scale. Default: 8. Limits: minimum 0,
                maximum 10.
            last_scale_temp: Temperature after disabling CFG. Default: 0.1. Limits: minimum 0.1,
                maximum 10.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 6. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "sampling_top_k": sampling_top_k,
                "sampling_top_p": sampling_top_p,
                "more_smooth": more_smooth,
                "more_diverse": more_diverse,
                "smooth_start_si": smooth_start_si,
                "turn_off_cfg_start_si": turn_off_cfg_start_si,
                "last_scale_temp": last_scale_temp,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)


class AsyncSwitti(AsyncEndpoint[SwittiInput, SwittiOutput]):
    """Switti (`fal-ai/switti`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/switti/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/switti"
    input_model: ClassVar[type[SwittiInput]] = SwittiInput
    output_model: ClassVar[type[SwittiOutput]] = SwittiOutput
    Input = SwittiInput
    Output = SwittiOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        sampling_top_k: int | Omit = omit,
        sampling_top_p: float | Omit = omit,
        more_smooth: bool | Omit = omit,
        more_diverse: bool | Omit = omit,
        smooth_start_si: int | Omit = omit,
        turn_off_cfg_start_si: int | Omit = omit,
        last_scale_temp: float | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> SwittiOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            sampling_top_k: The number of top-k tokens to sample from. Default: 400. Limits: minimum
                10, maximum 1000.
            sampling_top_p: The top-p probability to sample from. Default: 0.95. Limits: minimum
                0.1, maximum 1.
            more_smooth: Smoothing with Gumbel softmax sampling. Default: true.
            more_diverse: More diverse sampling. Default: false.
            smooth_start_si: Smoothing starting scale. Default: 2. Limits: minimum 0, maximum 10.
            turn_off_cfg_start_si: Disable CFG starting scale. Default: 8. Limits: minimum 0,
                maximum 10.
            last_scale_temp: Temperature after disabling CFG. Default: 0.1. Limits: minimum 0.1,
                maximum 10.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 6. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "sampling_top_k": sampling_top_k,
                "sampling_top_p": sampling_top_p,
                "more_smooth": more_smooth,
                "more_diverse": more_diverse,
                "smooth_start_si": smooth_start_si,
                "turn_off_cfg_start_si": turn_off_cfg_start_si,
                "last_scale_temp": last_scale_temp,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        sampling_top_k: int | Omit = omit,
        sampling_top_p: float | Omit = omit,
        more_smooth: bool | Omit = omit,
        more_diverse: bool | Omit = omit,
        smooth_start_si: int | Omit = omit,
        turn_off_cfg_start_si: int | Omit = omit,
        last_scale_temp: float | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[SwittiOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            sampling_top_k: The number of top-k tokens to sample from. Default: 400. Limits: minimum
                10, maximum 1000.
            sampling_top_p: The top-p probability to sample from. Default: 0.95. Limits: minimum
                0.1, maximum 1.
            more_smooth: Smoothing with Gumbel softmax sampling. Default: true.
            more_diverse: More diverse sampling. Default: false.
            smooth_start_si: Smoothing starting scale. Default: 2. Limits: minimum 0, maximum 10.
            turn_off_cfg_start_si: Disable CFG starting scale. Default: 8. Limits: minimum 0,
                maximum 10.
            last_scale_temp: Temperature after disabling CFG. Default: 0.1. Limits: minimum 0.1,
                maximum 10.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 6. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "sampling_top_k": sampling_top_k,
                "sampling_top_p": sampling_top_p,
                "more_smooth": more_smooth,
                "more_diverse": more_diverse,
                "smooth_start_si": smooth_start_si,
                "turn_off_cfg_start_si": turn_off_cfg_start_si,
                "last_scale_temp": last_scale_temp,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        sampling_top_k: int | Omit = omit,
        sampling_top_p: float | Omit = omit,
        more_smooth: bool | Omit = omit,
        more_diverse: bool | Omit = omit,
        smooth_start_si: int | Omit = omit,
        turn_off_cfg_start_si: int | Omit = omit,
        last_scale_temp: float | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> SwittiOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            sampling_top_k: The number of top-k tokens to sample from. Default: 400. Limits: minimum
                10, maximum 1000.
            sampling_top_p: The top-p probability to sample from. Default: 0.95. Limits: minimum
                0.1, maximum 1.
            more_smooth: Smoothing with Gumbel softmax sampling. Default: true.
            more_diverse: More diverse sampling. Default: false.
            smooth_start_si: Smoothing starting scale. Default: 2. Limits: minimum 0, maximum 10.
            turn_off_cfg_start_si: Disable CFG starting scale. Default: 8. Limits: minimum 0,
                maximum 10.
            last_scale_temp: Temperature after disabling CFG. Default: 0.1. Limits: minimum 0.1,
                maximum 10.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 6. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "sampling_top_k": sampling_top_k,
                "sampling_top_p": sampling_top_p,
                "more_smooth": more_smooth,
                "more_diverse": more_diverse,
                "smooth_start_si": smooth_start_si,
                "turn_off_cfg_start_si": turn_off_cfg_start_si,
                "last_scale_temp": last_scale_temp,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        sampling_top_k: int | Omit = omit,
        sampling_top_p: float | Omit = omit,
        more_smooth: bool | Omit = omit,
        more_diverse: bool | Omit = omit,
        smooth_start_si: int | Omit = omit,
        turn_off_cfg_start_si: int | Omit = omit,
        last_scale_temp: float | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[SwittiOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            sampling_top_k: The number of top-k tokens to sample from. Default: 400. Limits: minimum
                10, maximum 1000.
            sampling_top_p: The top-p probability to sample from. Default: 0.95. Limits: minimum
                0.1, maximum 1.
            more_smooth: Smoothing with Gumbel softmax sampling. Default: true.
            more_diverse: More diverse sampling. Default: false.
            smooth_start_si: Smoothing starting scale. Default: 2. Limits: minimum 0, maximum 10.
            turn_off_cfg_start_si: Disable CFG starting scale. Default: 8. Limits: minimum 0,
                maximum 10.
            last_scale_temp: Temperature after disabling CFG. Default: 0.1. Limits: minimum 0.1,
                maximum 10.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 6. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "sampling_top_k": sampling_top_k,
                "sampling_top_p": sampling_top_p,
                "more_smooth": more_smooth,
                "more_diverse": more_diverse,
                "smooth_start_si": smooth_start_si,
                "turn_off_cfg_start_si": turn_off_cfg_start_si,
                "last_scale_temp": last_scale_temp,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)
