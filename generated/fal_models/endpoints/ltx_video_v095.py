# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ltx-video-v095` (Ltx Video V095)."""

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
from fal_models.models.ltx_video_v095 import LtxVideoV095Input, LtxVideoV095Output

__all__ = ["LtxVideoV095", "AsyncLtxVideoV095", "LtxVideoV095Input", "LtxVideoV095Output"]


class LtxVideoV095(SyncEndpoint[LtxVideoV095Input, LtxVideoV095Output]):
    """Ltx Video V095 (`fal-ai/ltx-video-v095`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/ltx-video-v095/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltx-video-v095"
    input_model: ClassVar[type[LtxVideoV095Input]] = LtxVideoV095Input
    output_model: ClassVar[type[LtxVideoV095Output]] = LtxVideoV095Output
    Input = LtxVideoV095Input
    Output = LtxVideoV095Output

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal["9:16", "16:9"] | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> LtxVideoV095Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt to guide generation.
            negative_prompt: Negative prompt for generation. Default: "worst quality, inconsistent
                motion, blurry, jittery, distorted".
            resolution: Resolution of the generated video (480p or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video (16:9 or 9:16). Default: "16:9".
            seed: Random seed for generation.
            num_inference_steps: Number of inference steps. Default: 40. Limits: minimum 2, maximum
                50.
            expand_prompt: Whether to expand the prompt using the model's own capabilities. Default:
                true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "expand_prompt": expand_prompt,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal["9:16", "16:9"] | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[LtxVideoV095Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt to guide generation.
            negative_prompt: Negative prompt for generation. Default: "worst quality, inconsistent
                motion, blurry, jittery, distorted".
            resolution: Resolution of the generated video (480p or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video (16:9 or 9:16). Default: "16:9".
            seed: Random seed for generation.
            num_inference_steps: Number of inference steps. Default: 40. Limits: minimum 2, maximum
                50.
            expand_prompt: Whether to expand the prompt using the model's own capabilities. Default:
                true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "expand_prompt": expand_prompt,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal["9:16", "16:9"] | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LtxVideoV095Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt to guide generation.
            negative_prompt: Negative prompt for generation. Default: "worst quality, inconsistent
                motion, blurry, jittery, distorted".
            resolution: Resolution of the generated video (480p or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video (16:9 or 9:16). Default: "16:9".
            seed: Random seed for generation.
            num_inference_steps: Number of inference steps. Default: 40. Limits: minimum 2, maximum
                50.
            expand_prompt: Whether to expand the prompt using the model's own capabilities. Default:
                true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "expand_prompt": expand_prompt,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal["9:16", "16:9"] | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[LtxVideoV095Output]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt to guide generation.
            negative_prompt: Negative prompt for generation. Default: "worst quality, inconsistent
                motion, blurry, jittery, distorted".
            resolution: Resolution of the generated video (480p or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video (16:9 or 9:16). Default: "16:9".
            seed: Random seed for generation.
            num_inference_steps: Number of inference steps. Default: 40. Limits: minimum 2, maximum
                50.
            expand_prompt: Whether to expand the prompt using the model's own capabilities. Default:
                true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "expand_prompt": expand_prompt,
            }
        )
        return self._stream(payload, options)


class AsyncLtxVideoV095(AsyncEndpoint[LtxVideoV095Input, LtxVideoV095Output]):
    """Ltx Video V095 (`fal-ai/ltx-video-v095`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/ltx-video-v095/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltx-video-v095"
    input_model: ClassVar[type[LtxVideoV095Input]] = LtxVideoV095Input
    output_model: ClassVar[type[LtxVideoV095Output]] = LtxVideoV095Output
    Input = LtxVideoV095Input
    Output = LtxVideoV095Output

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal["9:16", "16:9"] | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> LtxVideoV095Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt to guide generation.
            negative_prompt: Negative prompt for generation. Default: "worst quality, inconsistent
                motion, blurry, jittery, distorted".
            resolution: Resolution of the generated video (480p or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video (16:9 or 9:16). Default: "16:9".
            seed: Random seed for generation.
            num_inference_steps: Number of inference steps. Default: 40. Limits: minimum 2, maximum
                50.
            expand_prompt: Whether to expand the prompt using the model's own capabilities. Default:
                true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "expand_prompt": expand_prompt,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal["9:16", "16:9"] | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[LtxVideoV095Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt to guide generation.
            negative_prompt: Negative prompt for generation. Default: "worst quality, inconsistent
                motion, blurry, jittery, distorted".
            resolution: Resolution of the generated video (480p or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video (16:9 or 9:16). Default: "16:9".
            seed: Random seed for generation.
            num_inference_steps: Number of inference steps. Default: 40. Limits: minimum 2, maximum
                50.
            expand_prompt: Whether to expand the prompt using the model's own capabilities. Default:
                true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "expand_prompt": expand_prompt,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal["9:16", "16:9"] | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LtxVideoV095Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt to guide generation.
            negative_prompt: Negative prompt for generation. Default: "worst quality, inconsistent
                motion, blurry, jittery, distorted".
            resolution: Resolution of the generated video (480p or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video (16:9 or 9:16). Default: "16:9".
            seed: Random seed for generation.
            num_inference_steps: Number of inference steps. Default: 40. Limits: minimum 2, maximum
                50.
            expand_prompt: Whether to expand the prompt using the model's own capabilities. Default:
                true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "expand_prompt": expand_prompt,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        aspect_ratio: Literal["9:16", "16:9"] | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[LtxVideoV095Output]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt to guide generation.
            negative_prompt: Negative prompt for generation. Default: "worst quality, inconsistent
                motion, blurry, jittery, distorted".
            resolution: Resolution of the generated video (480p or 720p). Default: "720p".
            aspect_ratio: Aspect ratio of the generated video (16:9 or 9:16). Default: "16:9".
            seed: Random seed for generation.
            num_inference_steps: Number of inference steps. Default: 40. Limits: minimum 2, maximum
                50.
            expand_prompt: Whether to expand the prompt using the model's own capabilities. Default:
                true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "expand_prompt": expand_prompt,
            }
        )
        return self._stream(payload, options)
