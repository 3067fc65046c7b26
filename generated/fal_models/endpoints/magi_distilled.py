# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/magi-distilled` (Magi Distilled)."""

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
from fal_models.models.magi_distilled import MagiDistilledInput, MagiDistilledOutput

__all__ = ["MagiDistilled", "AsyncMagiDistilled", "MagiDistilledInput", "MagiDistilledOutput"]


class MagiDistilled(SyncEndpoint[MagiDistilledInput, MagiDistilledOutput]):
    """Magi Distilled (`fal-ai/magi-distilled`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/magi-distilled/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/magi-distilled"
    input_model: ClassVar[type[MagiDistilledInput]] = MagiDistilledInput
    output_model: ClassVar[type[MagiDistilledOutput]] = MagiDistilledOutput
    Input = MagiDistilledInput
    Output = MagiDistilledOutput

    def subscribe(
        self,
        *,
        prompt: str,
        num_frames: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        num_inference_steps: Literal[4, 8, 16, 32] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> MagiDistilledOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt to guide video generation.
            num_frames: Number of frames to generate. Must be between 96 and 192 (inclusive). Each
                additional 24 frames beyond 96 incurs an additional billing unit. Default: 96.
                Limits: minimum 96, maximum 192.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p or 720p). 480p is 0.5 billing units,
                and 720p is 1 billing unit. Default: "720p".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 16.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            aspect_ratio: Aspect ratio of the generated video. If 'auto', the aspect ratio will be
                determined automatically based on the input image. Default: "auto".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_frames": num_frames,
                "seed": seed,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        num_frames: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        num_inference_steps: Literal[4, 8, 16, 32] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[MagiDistilledOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt to guide video generation.
            num_frames: Number of frames to generate. Must be between 96 and 192 (inclusive). Each
                additional 24 frames beyond 96 incurs an additional billing unit. Default: 96.
                Limits: minimum 96, maximum 192.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p or 720p). 480p is 0.5 billing units,
                and 720p is 1 billing unit. Default: "720p".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 16.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            aspect_ratio: Aspect ratio of the generated video. If 'auto', the aspect ratio will be
                determined automatically based on the input image. Default: "auto".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_frames": num_frames,
                "seed": seed,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        num_frames: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        num_inference_steps: Literal[4, 8, 16, 32] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MagiDistilledOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt to guide video generation.
            num_frames: Number of frames to generate. Must be between 96 and 192 (inclusive). Each
                additional 24 frames beyond 96 incurs an additional billing unit. Default: 96.
                Limits: minimum 96, maximum 192.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p or 720p). 480p is 0.5 billing units,
                and 720p is 1 billing unit. Default: "720p".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 16.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            aspect_ratio: Aspect ratio of the generated video. If 'auto', the aspect ratio will be
                determined automatically based on the input image. Default: "auto".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_frames": num_frames,
                "seed": seed,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        num_frames: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        num_inference_steps: Literal[4, 8, 16, 32] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[MagiDistilledOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt to guide video generation.
            num_frames: Number of frames to generate. Must be between 96 and 192 (inclusive). Each
                additional 24 frames beyond 96 incurs an additional billing unit. Default: 96.
                Limits: minimum 96, maximum 192.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p or 720p). 480p is 0.5 billing units,
                and 720p is 1 billing unit. Default: "720p".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 16.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            aspect_ratio: Aspect ratio of the generated video. If 'auto', the aspect ratio will be
                determined automatically based on the input image. Default: "auto".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_frames": num_frames,
                "seed": seed,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)


class AsyncMagiDistilled(AsyncEndpoint[MagiDistilledInput, MagiDistilledOutput]):
    """Magi Distilled (`fal-ai/magi-distilled`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/magi-distilled/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/magi-distilled"
    input_model: ClassVar[type[MagiDistilledInput]] = MagiDistilledInput
    output_model: ClassVar[type[MagiDistilledOutput]] = MagiDistilledOutput
    Input = MagiDistilledInput
    Output = MagiDistilledOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        num_frames: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        num_inference_steps: Literal[4, 8, 16, 32] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> MagiDistilledOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt to guide video generation.
            num_frames: Number of frames to generate. Must be between 96 and 192 (inclusive). Each
                additional 24 frames beyond 96 incurs an additional billing unit. Default: 96.
                Limits: minimum 96, maximum 192.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p or 720p). 480p is 0.5 billing units,
                and 720p is 1 billing unit. Default: "720p".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 16.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            aspect_ratio: Aspect ratio of the generated video. If 'auto', the aspect ratio will be
                determined automatically based on the input image. Default: "auto".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_frames": num_frames,
                "seed": seed,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        num_frames: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        num_inference_steps: Literal[4, 8, 16, 32] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[MagiDistilledOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt to guide video generation.
            num_frames: Number of frames to generate. Must be between 96 and 192 (inclusive). Each
                additional 24 frames beyond 96 incurs an additional billing unit. Default: 96.
                Limits: minimum 96, maximum 192.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p or 720p). 480p is 0.5 billing units,
                and 720p is 1 billing unit. Default: "720p".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 16.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            aspect_ratio: Aspect ratio of the generated video. If 'auto', the aspect ratio will be
                determined automatically based on the input image. Default: "auto".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_frames": num_frames,
                "seed": seed,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        num_frames: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        num_inference_steps: Literal[4, 8, 16, 32] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MagiDistilledOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt to guide video generation.
            num_frames: Number of frames to generate. Must be between 96 and 192 (inclusive). Each
                additional 24 frames beyond 96 incurs an additional billing unit. Default: 96.
                Limits: minimum 96, maximum 192.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p or 720p). 480p is 0.5 billing units,
                and 720p is 1 billing unit. Default: "720p".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 16.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            aspect_ratio: Aspect ratio of the generated video. If 'auto', the aspect ratio will be
                determined automatically based on the input image. Default: "auto".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_frames": num_frames,
                "seed": seed,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        num_frames: int | None | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        num_inference_steps: Literal[4, 8, 16, 32] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[MagiDistilledOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt to guide video generation.
            num_frames: Number of frames to generate. Must be between 96 and 192 (inclusive). Each
                additional 24 frames beyond 96 incurs an additional billing unit. Default: 96.
                Limits: minimum 96, maximum 192.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Resolution of the generated video (480p or 720p). 480p is 0.5 billing units,
                and 720p is 1 billing unit. Default: "720p".
            num_inference_steps: Number of inference steps for sampling. Higher values give better
                quality but take longer. Default: 16.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            aspect_ratio: Aspect ratio of the generated video. If 'auto', the aspect ratio will be
                determined automatically based on the input image. Default: "auto".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_frames": num_frames,
                "seed": seed,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
                "enable_safety_checker": enable_safety_checker,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)
