# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/wan-motion` (Wan Motion)."""

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
from fal_models.models.wan_motion import WanMotionInput, WanMotionOutput

__all__ = ["WanMotion", "AsyncWanMotion", "WanMotionInput", "WanMotionOutput"]


class WanMotion(SyncEndpoint[WanMotionInput, WanMotionOutput]):
    """Wan Motion (`fal-ai/wan-motion`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/wan-motion/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan-motion"
    input_model: ClassVar[type[WanMotionInput]] = WanMotionInput
    output_model: ClassVar[type[WanMotionOutput]] = WanMotionOutput
    Input = WanMotionInput
    Output = WanMotionOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        adapt_motion: bool | Omit = omit,
        enhance_identity: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> WanMotionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the driving video (provides the motion). Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            image_url: URL of the reference image (provides the character appearance). Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Optional text prompt to guide the generation. Default: "".
            seed: Random seed for reproducibility.
            acceleration: Acceleration level to use. 'regular' enables caching for faster
                generation, 'none' disables it. Default: "regular".
            adapt_motion: Adapts the driving video's motion to match the reference image's body
                proportions. Recommended when the driving video subject and reference image have
                different body shapes or sizes. Default: true.
            enhance_identity: Enhances identity preservation by preprocessing the reference image
                with Flux Kontext Edit before animation. Produces more faithful face and appearance
                transfer at the cost of slightly longer processing time. Default: false.
            enable_safety_checker: If set to true, input and output will be checked for safety.
                Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "prompt": prompt,
                "seed": seed,
                "acceleration": acceleration,
                "adapt_motion": adapt_motion,
                "enhance_identity": enhance_identity,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        adapt_motion: bool | Omit = omit,
        enhance_identity: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[WanMotionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the driving video (provides the motion). Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            image_url: URL of the reference image (provides the character appearance). Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Optional text prompt to guide the generation. Default: "".
            seed: Random seed for reproducibility.
            acceleration: Acceleration level to use. 'regular' enables caching for faster
                generation, 'none' disables it. Default: "regular".
            adapt_motion: Adapts the driving video's motion to match the reference image's body
                proportions. Recommended when the driving video subject and reference image have
                different body shapes or sizes. Default: true.
            enhance_identity: Enhances identity preservation by preprocessing the reference image
                with Flux Kontext Edit before animation. Produces more faithful face and appearance
                transfer at the cost of slightly longer processing time. Default: false.
            enable_safety_checker: If set to true, input and output will be checked for safety.
                Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "prompt": prompt,
                "seed": seed,
                "acceleration": acceleration,
                "adapt_motion": adapt_motion,
                "enhance_identity": enhance_identity,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        adapt_motion: bool | Omit = omit,
        enhance_identity: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanMotionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the driving video (provides the motion). Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            image_url: URL of the reference image (provides the character appearance). Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Optional text prompt to guide the generation. Default: "".
            seed: Random seed for reproducibility.
            acceleration: Acceleration level to use. 'regular' enables caching for faster
                generation, 'none' disables it. Default: "regular".
            adapt_motion: Adapts the driving video's motion to match the reference image's body
                proportions. Recommended when the driving video subject and reference image have
                different body shapes or sizes. Default: true.
            enhance_identity: Enhances identity preservation by preprocessing the reference image
                with Flux Kontext Edit before animation. Produces more faithful face and appearance
                transfer at the cost of slightly longer processing time. Default: false.
            enable_safety_checker: If set to true, input and output will be checked for safety.
                Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "prompt": prompt,
                "seed": seed,
                "acceleration": acceleration,
                "adapt_motion": adapt_motion,
                "enhance_identity": enhance_identity,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        adapt_motion: bool | Omit = omit,
        enhance_identity: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[WanMotionOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the driving video (provides the motion). Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            image_url: URL of the reference image (provides the character appearance). Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Optional text prompt to guide the generation. Default: "".
            seed: Random seed for reproducibility.
            acceleration: Acceleration level to use. 'regular' enables caching for faster
                generation, 'none' disables it. Default: "regular".
            adapt_motion: Adapts the driving video's motion to match the reference image's body
                proportions. Recommended when the driving video subject and reference image have
                different body shapes or sizes. Default: true.
            enhance_identity: Enhances identity preservation by preprocessing the reference image
                with Flux Kontext Edit before animation. Produces more faithful face and appearance
                transfer at the cost of slightly longer processing time. Default: false.
            enable_safety_checker: If set to true, input and output will be checked for safety.
                Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "prompt": prompt,
                "seed": seed,
                "acceleration": acceleration,
                "adapt_motion": adapt_motion,
                "enhance_identity": enhance_identity,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)


class AsyncWanMotion(AsyncEndpoint[WanMotionInput, WanMotionOutput]):
    """Wan Motion (`fal-ai/wan-motion`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/wan-motion/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan-motion"
    input_model: ClassVar[type[WanMotionInput]] = WanMotionInput
    output_model: ClassVar[type[WanMotionOutput]] = WanMotionOutput
    Input = WanMotionInput
    Output = WanMotionOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        adapt_motion: bool | Omit = omit,
        enhance_identity: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> WanMotionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the driving video (provides the motion). Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            image_url: URL of the reference image (provides the character appearance). Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Optional text prompt to guide the generation. Default: "".
            seed: Random seed for reproducibility.
            acceleration: Acceleration level to use. 'regular' enables caching for faster
                generation, 'none' disables it. Default: "regular".
            adapt_motion: Adapts the driving video's motion to match the reference image's body
                proportions. Recommended when the driving video subject and reference image have
                different body shapes or sizes. Default: true.
            enhance_identity: Enhances identity preservation by preprocessing the reference image
                with Flux Kontext Edit before animation. Produces more faithful face and appearance
                transfer at the cost of slightly longer processing time. Default: false.
            enable_safety_checker: If set to true, input and output will be checked for safety.
                Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "prompt": prompt,
                "seed": seed,
                "acceleration": acceleration,
                "adapt_motion": adapt_motion,
                "enhance_identity": enhance_identity,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        adapt_motion: bool | Omit = omit,
        enhance_identity: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[WanMotionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the driving video (provides the motion). Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            image_url: URL of the reference image (provides the character appearance). Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Optional text prompt to guide the generation. Default: "".
            seed: Random seed for reproducibility.
            acceleration: Acceleration level to use. 'regular' enables caching for faster
                generation, 'none' disables it. Default: "regular".
            adapt_motion: Adapts the driving video's motion to match the reference image's body
                proportions. Recommended when the driving video subject and reference image have
                different body shapes or sizes. Default: true.
            enhance_identity: Enhances identity preservation by preprocessing the reference image
                with Flux Kontext Edit before animation. Produces more faithful face and appearance
                transfer at the cost of slightly longer processing time. Default: false.
            enable_safety_checker: If set to true, input and output will be checked for safety.
                Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "prompt": prompt,
                "seed": seed,
                "acceleration": acceleration,
                "adapt_motion": adapt_motion,
                "enhance_identity": enhance_identity,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        adapt_motion: bool | Omit = omit,
        enhance_identity: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanMotionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the driving video (provides the motion). Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            image_url: URL of the reference image (provides the character appearance). Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Optional text prompt to guide the generation. Default: "".
            seed: Random seed for reproducibility.
            acceleration: Acceleration level to use. 'regular' enables caching for faster
                generation, 'none' disables it. Default: "regular".
            adapt_motion: Adapts the driving video's motion to match the reference image's body
                proportions. Recommended when the driving video subject and reference image have
                different body shapes or sizes. Default: true.
            enhance_identity: Enhances identity preservation by preprocessing the reference image
                with Flux Kontext Edit before animation. Produces more faithful face and appearance
                transfer at the cost of slightly longer processing time. Default: false.
            enable_safety_checker: If set to true, input and output will be checked for safety.
                Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "prompt": prompt,
                "seed": seed,
                "acceleration": acceleration,
                "adapt_motion": adapt_motion,
                "enhance_identity": enhance_identity,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        adapt_motion: bool | Omit = omit,
        enhance_identity: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[WanMotionOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the driving video (provides the motion). Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            image_url: URL of the reference image (provides the character appearance). Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Optional text prompt to guide the generation. Default: "".
            seed: Random seed for reproducibility.
            acceleration: Acceleration level to use. 'regular' enables caching for faster
                generation, 'none' disables it. Default: "regular".
            adapt_motion: Adapts the driving video's motion to match the reference image's body
                proportions. Recommended when the driving video subject and reference image have
                different body shapes or sizes. Default: true.
            enhance_identity: Enhances identity preservation by preprocessing the reference image
                with Flux Kontext Edit before animation. Produces more faithful face and appearance
                transfer at the cost of slightly longer processing time. Default: false.
            enable_safety_checker: If set to true, input and output will be checked for safety.
                Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "prompt": prompt,
                "seed": seed,
                "acceleration": acceleration,
                "adapt_motion": adapt_motion,
                "enhance_identity": enhance_identity,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)
