# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ltx-video-v095/extend` (Ltx Video V095 Extend)."""

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
from fal_models.models.ltx_video_v095_extend import (
    LtxVideoV095ExtendInput,
    LtxVideoV095ExtendOutput,
    VideoConditioningInput,
)

__all__ = [
    "LtxVideoV095Extend",
    "AsyncLtxVideoV095Extend",
    "LtxVideoV095ExtendInput",
    "LtxVideoV095ExtendOutput",
]


class LtxVideoV095Extend(SyncEndpoint[LtxVideoV095ExtendInput, LtxVideoV095ExtendOutput]):
    """Ltx Video V095 Extend (`fal-ai/ltx-video-v095/extend`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/ltx-video-v095/extend/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltx-video-v095/extend"
    input_model: ClassVar[type[LtxVideoV095ExtendInput]] = LtxVideoV095ExtendInput
    output_model: ClassVar[type[LtxVideoV095ExtendOutput]] = LtxVideoV095ExtendOutput
    Input = LtxVideoV095ExtendInput
    Output = LtxVideoV095ExtendOutput

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
        video: VideoConditioningInput,
        **options: Unpack[SubscribeOptions],
    ) -> LtxVideoV095ExtendOutput:
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
            video: Video to be extended.
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
                "video": video,
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
        video: VideoConditioningInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[LtxVideoV095ExtendOutput]:
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
            video: Video to be extended.
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
                "video": video,
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
        video: VideoConditioningInput,
        **options: Unpack[RunOptions],
    ) -> LtxVideoV095ExtendOutput:
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
            video: Video to be extended.
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
                "video": video,
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
        video: VideoConditioningInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[LtxVideoV095ExtendOutput]:
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
            video: Video to be extended.
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
                "video": video,
            }
        )
        return self._stream(payload, options)


class AsyncLtxVideoV095Extend(AsyncEndpoint[LtxVideoV095ExtendInput, LtxVideoV095ExtendOutput]):
    """Ltx Video V095 Extend (`fal-ai/ltx-video-v095/extend`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/ltx-video-v095/extend/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltx-video-v095/extend"
    input_model: ClassVar[type[LtxVideoV095ExtendInput]] = LtxVideoV095ExtendInput
    output_model: ClassVar[type[LtxVideoV095ExtendOutput]] = LtxVideoV095ExtendOutput
    Input = LtxVideoV095ExtendInput
    Output = LtxVideoV095ExtendOutput

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
        video: VideoConditioningInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> LtxVideoV095ExtendOutput:
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
            video: Video to be extended.
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
                "video": video,
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
        video: VideoConditioningInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[LtxVideoV095ExtendOutput]:
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
            video: Video to be extended.
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
                "video": video,
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
        video: VideoConditioningInput,
        **options: Unpack[RunOptions],
    ) -> LtxVideoV095ExtendOutput:
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
            video: Video to be extended.
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
                "video": video,
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
        video: VideoConditioningInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[LtxVideoV095ExtendOutput]:
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
            video: Video to be extended.
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
                "video": video,
            }
        )
        return self._stream(payload, options)
