# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/hunyuan-motion` (Hunyuan Motion)."""

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
from fal_models.models.hunyuan_motion import HunyuanMotionInput, HunyuanMotionOutput

__all__ = ["HunyuanMotion", "AsyncHunyuanMotion", "HunyuanMotionInput", "HunyuanMotionOutput"]


class HunyuanMotion(SyncEndpoint[HunyuanMotionInput, HunyuanMotionOutput]):
    """Hunyuan Motion (`fal-ai/hunyuan-motion`).

    Category: text-to-3d. Docs: https://fal.ai/models/fal-ai/hunyuan-motion/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan-motion"
    input_model: ClassVar[type[HunyuanMotionInput]] = HunyuanMotionInput
    output_model: ClassVar[type[HunyuanMotionOutput]] = HunyuanMotionOutput
    Input = HunyuanMotionInput
    Output = HunyuanMotionOutput

    def subscribe(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        duration: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        output_format: Literal["fbx", "dict"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> HunyuanMotionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt describing the motion to generate.
            seed: Random seed for reproducible generation.
            duration: Motion duration in seconds (0.5-12.0). Default: 5. Limits: minimum 0.5,
                maximum 12.
            guidance_scale: Classifier-free guidance scale. Higher = more faithful to prompt.
                Default: 5. Limits: minimum 1, maximum 10.
            output_format: Output format: 'fbx' for animation files, 'dict' for raw JSON. Default:
                "fbx".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "duration": duration,
                "guidance_scale": guidance_scale,
                "output_format": output_format,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        duration: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        output_format: Literal["fbx", "dict"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[HunyuanMotionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt describing the motion to generate.
            seed: Random seed for reproducible generation.
            duration: Motion duration in seconds (0.5-12.0). Default: 5. Limits: minimum 0.5,
                maximum 12.
            guidance_scale: Classifier-free guidance scale. Higher = more faithful to prompt.
                Default: 5. Limits: minimum 1, maximum 10.
            output_format: Output format: 'fbx' for animation files, 'dict' for raw JSON. Default:
                "fbx".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "duration": duration,
                "guidance_scale": guidance_scale,
                "output_format": output_format,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        duration: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        output_format: Literal["fbx", "dict"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> HunyuanMotionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt describing the motion to generate.
            seed: Random seed for reproducible generation.
            duration: Motion duration in seconds (0.5-12.0). Default: 5. Limits: minimum 0.5,
                maximum 12.
            guidance_scale: Classifier-free guidance scale. Higher = more faithful to prompt.
                Default: 5. Limits: minimum 1, maximum 10.
            output_format: Output format: 'fbx' for animation files, 'dict' for raw JSON. Default:
                "fbx".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "duration": duration,
                "guidance_scale": guidance_scale,
                "output_format": output_format,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        duration: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        output_format: Literal["fbx", "dict"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[HunyuanMotionOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt describing the motion to generate.
            seed: Random seed for reproducible generation.
            duration: Motion duration in seconds (0.5-12.0). Default: 5. Limits: minimum 0.5,
                maximum 12.
            guidance_scale: Classifier-free guidance scale. Higher = more faithful to prompt.
                Default: 5. Limits: minimum 1, maximum 10.
            output_format: Output format: 'fbx' for animation files, 'dict' for raw JSON. Default:
                "fbx".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "duration": duration,
                "guidance_scale": guidance_scale,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)


class AsyncHunyuanMotion(AsyncEndpoint[HunyuanMotionInput, HunyuanMotionOutput]):
    """Hunyuan Motion (`fal-ai/hunyuan-motion`).

    Category: text-to-3d. Docs: https://fal.ai/models/fal-ai/hunyuan-motion/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan-motion"
    input_model: ClassVar[type[HunyuanMotionInput]] = HunyuanMotionInput
    output_model: ClassVar[type[HunyuanMotionOutput]] = HunyuanMotionOutput
    Input = HunyuanMotionInput
    Output = HunyuanMotionOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        duration: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        output_format: Literal["fbx", "dict"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> HunyuanMotionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt describing the motion to generate.
            seed: Random seed for reproducible generation.
            duration: Motion duration in seconds (0.5-12.0). Default: 5. Limits: minimum 0.5,
                maximum 12.
            guidance_scale: Classifier-free guidance scale. Higher = more faithful to prompt.
                Default: 5. Limits: minimum 1, maximum 10.
            output_format: Output format: 'fbx' for animation files, 'dict' for raw JSON. Default:
                "fbx".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "duration": duration,
                "guidance_scale": guidance_scale,
                "output_format": output_format,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        duration: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        output_format: Literal["fbx", "dict"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[HunyuanMotionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt describing the motion to generate.
            seed: Random seed for reproducible generation.
            duration: Motion duration in seconds (0.5-12.0). Default: 5. Limits: minimum 0.5,
                maximum 12.
            guidance_scale: Classifier-free guidance scale. Higher = more faithful to prompt.
                Default: 5. Limits: minimum 1, maximum 10.
            output_format: Output format: 'fbx' for animation files, 'dict' for raw JSON. Default:
                "fbx".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "duration": duration,
                "guidance_scale": guidance_scale,
                "output_format": output_format,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        duration: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        output_format: Literal["fbx", "dict"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> HunyuanMotionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt describing the motion to generate.
            seed: Random seed for reproducible generation.
            duration: Motion duration in seconds (0.5-12.0). Default: 5. Limits: minimum 0.5,
                maximum 12.
            guidance_scale: Classifier-free guidance scale. Higher = more faithful to prompt.
                Default: 5. Limits: minimum 1, maximum 10.
            output_format: Output format: 'fbx' for animation files, 'dict' for raw JSON. Default:
                "fbx".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "duration": duration,
                "guidance_scale": guidance_scale,
                "output_format": output_format,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        duration: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        output_format: Literal["fbx", "dict"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[HunyuanMotionOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt describing the motion to generate.
            seed: Random seed for reproducible generation.
            duration: Motion duration in seconds (0.5-12.0). Default: 5. Limits: minimum 0.5,
                maximum 12.
            guidance_scale: Classifier-free guidance scale. Higher = more faithful to prompt.
                Default: 5. Limits: minimum 1, maximum 10.
            output_format: Output format: 'fbx' for animation files, 'dict' for raw JSON. Default:
                "fbx".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "duration": duration,
                "guidance_scale": guidance_scale,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)
