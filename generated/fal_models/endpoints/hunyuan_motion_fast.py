# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/hunyuan-motion/fast` (Hunyuan Motion Fast)."""

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
from fal_models.models.hunyuan_motion_fast import HunyuanMotionFastInput, HunyuanMotionFastOutput

__all__ = [
    "HunyuanMotionFast",
    "AsyncHunyuanMotionFast",
    "HunyuanMotionFastInput",
    "HunyuanMotionFastOutput",
]


class HunyuanMotionFast(SyncEndpoint[HunyuanMotionFastInput, HunyuanMotionFastOutput]):
    """Hunyuan Motion Fast (`fal-ai/hunyuan-motion/fast`).

    Category: text-to-3d. Docs: https://fal.ai/models/fal-ai/hunyuan-motion/fast/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan-motion/fast"
    input_model: ClassVar[type[HunyuanMotionFastInput]] = HunyuanMotionFastInput
    output_model: ClassVar[type[HunyuanMotionFastOutput]] = HunyuanMotionFastOutput
    Input = HunyuanMotionFastInput
    Output = HunyuanMotionFastOutput

    def subscribe(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        duration: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        output_format: Literal["fbx", "dict"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> HunyuanMotionFastOutput:
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
    ) -> RequestHandle[HunyuanMotionFastOutput]:
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
    ) -> HunyuanMotionFastOutput:
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
    ) -> EndpointStream[HunyuanMotionFastOutput]:
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


class AsyncHunyuanMotionFast(AsyncEndpoint[HunyuanMotionFastInput, HunyuanMotionFastOutput]):
    """Hunyuan Motion Fast (`fal-ai/hunyuan-motion/fast`).

    Category: text-to-3d. Docs: https://fal.ai/models/fal-ai/hunyuan-motion/fast/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan-motion/fast"
    input_model: ClassVar[type[HunyuanMotionFastInput]] = HunyuanMotionFastInput
    output_model: ClassVar[type[HunyuanMotionFastOutput]] = HunyuanMotionFastOutput
    Input = HunyuanMotionFastInput
    Output = HunyuanMotionFastOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        duration: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        output_format: Literal["fbx", "dict"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> HunyuanMotionFastOutput:
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
    ) -> AsyncRequestHandle[HunyuanMotionFastOutput]:
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
    ) -> HunyuanMotionFastOutput:
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
    ) -> AsyncEndpointStream[HunyuanMotionFastOutput]:
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
