# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/one-to-all-animation/14b` (One To All Animation 14b)."""

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
from fal_models.models.one_to_all_animation_v14b import (
    OneToAllAnimation14bInput,
    OneToAllAnimation14bOutput,
)

__all__ = [
    "OneToAllAnimation14b",
    "AsyncOneToAllAnimation14b",
    "OneToAllAnimation14bInput",
    "OneToAllAnimation14bOutput",
]


class OneToAllAnimation14b(SyncEndpoint[OneToAllAnimation14bInput, OneToAllAnimation14bOutput]):
    """One To All Animation 14b (`fal-ai/one-to-all-animation/14b`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/one-to-all-animation/14b/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/one-to-all-animation/14b"
    input_model: ClassVar[type[OneToAllAnimation14bInput]] = OneToAllAnimation14bInput
    output_model: ClassVar[type[OneToAllAnimation14bOutput]] = OneToAllAnimation14bOutput
    Input = OneToAllAnimation14bInput
    Output = OneToAllAnimation14bOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str,
        image_url: FileInput,
        video_url: FileInput,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_guidance_scale: float | Omit = omit,
        pose_guidance_scale: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> OneToAllAnimation14bOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            negative_prompt: The negative prompt to generate the video from.
            image_url: The URL of the image to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            video_url: The URL of the video to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            resolution: The resolution of the video to generate. Default: "480p".
            num_inference_steps: The number of inference steps to use for the video generation.
                Default: 30. Limits: minimum 2, maximum 30.
            image_guidance_scale: The image guidance scale to use for the video generation. Default:
                2. Limits: minimum 1, maximum 10.
            pose_guidance_scale: The pose guidance scale to use for the video generation. Default:
                1.5. Limits: minimum 1, maximum 10.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "video_url": video_url,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
                "image_guidance_scale": image_guidance_scale,
                "pose_guidance_scale": pose_guidance_scale,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str,
        image_url: FileInput,
        video_url: FileInput,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_guidance_scale: float | Omit = omit,
        pose_guidance_scale: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[OneToAllAnimation14bOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the video from.
            negative_prompt: The negative prompt to generate the video from.
            image_url: The URL of the image to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            video_url: The URL of the video to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            resolution: The resolution of the video to generate. Default: "480p".
            num_inference_steps: The number of inference steps to use for the video generation.
                Default: 30. Limits: minimum 2, maximum 30.
            image_guidance_scale: The image guidance scale to use for the video generation. Default:
                2. Limits: minimum 1, maximum 10.
            pose_guidance_scale: The pose guidance scale to use for the video generation. Default:
                1.5. Limits: minimum 1, maximum 10.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "video_url": video_url,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
                "image_guidance_scale": image_guidance_scale,
                "pose_guidance_scale": pose_guidance_scale,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str,
        image_url: FileInput,
        video_url: FileInput,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_guidance_scale: float | Omit = omit,
        pose_guidance_scale: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> OneToAllAnimation14bOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            negative_prompt: The negative prompt to generate the video from.
            image_url: The URL of the image to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            video_url: The URL of the video to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            resolution: The resolution of the video to generate. Default: "480p".
            num_inference_steps: The number of inference steps to use for the video generation.
                Default: 30. Limits: minimum 2, maximum 30.
            image_guidance_scale: The image guidance scale to use for the video generation. Default:
                2. Limits: minimum 1, maximum 10.
            pose_guidance_scale: The pose guidance scale to use for the video generation. Default:
                1.5. Limits: minimum 1, maximum 10.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "video_url": video_url,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
                "image_guidance_scale": image_guidance_scale,
                "pose_guidance_scale": pose_guidance_scale,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str,
        image_url: FileInput,
        video_url: FileInput,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_guidance_scale: float | Omit = omit,
        pose_guidance_scale: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[OneToAllAnimation14bOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the video from.
            negative_prompt: The negative prompt to generate the video from.
            image_url: The URL of the image to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            video_url: The URL of the video to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            resolution: The resolution of the video to generate. Default: "480p".
            num_inference_steps: The number of inference steps to use for the video generation.
                Default: 30. Limits: minimum 2, maximum 30.
            image_guidance_scale: The image guidance scale to use for the video generation. Default:
                2. Limits: minimum 1, maximum 10.
            pose_guidance_scale: The pose guidance scale to use for the video generation. Default:
                1.5. Limits: minimum 1, maximum 10.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "video_url": video_url,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
                "image_guidance_scale": image_guidance_scale,
                "pose_guidance_scale": pose_guidance_scale,
            }
        )
        return self._stream(payload, options)


class AsyncOneToAllAnimation14b(
    AsyncEndpoint[OneToAllAnimation14bInput, OneToAllAnimation14bOutput]
):
    """One To All Animation 14b (`fal-ai/one-to-all-animation/14b`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/one-to-all-animation/14b/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/one-to-all-animation/14b"
    input_model: ClassVar[type[OneToAllAnimation14bInput]] = OneToAllAnimation14bInput
    output_model: ClassVar[type[OneToAllAnimation14bOutput]] = OneToAllAnimation14bOutput
    Input = OneToAllAnimation14bInput
    Output = OneToAllAnimation14bOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str,
        image_url: FileInput,
        video_url: FileInput,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_guidance_scale: float | Omit = omit,
        pose_guidance_scale: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> OneToAllAnimation14bOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            negative_prompt: The negative prompt to generate the video from.
            image_url: The URL of the image to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            video_url: The URL of the video to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            resolution: The resolution of the video to generate. Default: "480p".
            num_inference_steps: The number of inference steps to use for the video generation.
                Default: 30. Limits: minimum 2, maximum 30.
            image_guidance_scale: The image guidance scale to use for the video generation. Default:
                2. Limits: minimum 1, maximum 10.
            pose_guidance_scale: The pose guidance scale to use for the video generation. Default:
                1.5. Limits: minimum 1, maximum 10.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "video_url": video_url,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
                "image_guidance_scale": image_guidance_scale,
                "pose_guidance_scale": pose_guidance_scale,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str,
        image_url: FileInput,
        video_url: FileInput,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_guidance_scale: float | Omit = omit,
        pose_guidance_scale: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[OneToAllAnimation14bOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the video from.
            negative_prompt: The negative prompt to generate the video from.
            image_url: The URL of the image to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            video_url: The URL of the video to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            resolution: The resolution of the video to generate. Default: "480p".
            num_inference_steps: The number of inference steps to use for the video generation.
                Default: 30. Limits: minimum 2, maximum 30.
            image_guidance_scale: The image guidance scale to use for the video generation. Default:
                2. Limits: minimum 1, maximum 10.
            pose_guidance_scale: The pose guidance scale to use for the video generation. Default:
                1.5. Limits: minimum 1, maximum 10.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "video_url": video_url,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
                "image_guidance_scale": image_guidance_scale,
                "pose_guidance_scale": pose_guidance_scale,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str,
        image_url: FileInput,
        video_url: FileInput,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_guidance_scale: float | Omit = omit,
        pose_guidance_scale: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> OneToAllAnimation14bOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            negative_prompt: The negative prompt to generate the video from.
            image_url: The URL of the image to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            video_url: The URL of the video to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            resolution: The resolution of the video to generate. Default: "480p".
            num_inference_steps: The number of inference steps to use for the video generation.
                Default: 30. Limits: minimum 2, maximum 30.
            image_guidance_scale: The image guidance scale to use for the video generation. Default:
                2. Limits: minimum 1, maximum 10.
            pose_guidance_scale: The pose guidance scale to use for the video generation. Default:
                1.5. Limits: minimum 1, maximum 10.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "video_url": video_url,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
                "image_guidance_scale": image_guidance_scale,
                "pose_guidance_scale": pose_guidance_scale,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str,
        image_url: FileInput,
        video_url: FileInput,
        resolution: Literal["480p", "580p", "720p"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_guidance_scale: float | Omit = omit,
        pose_guidance_scale: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[OneToAllAnimation14bOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the video from.
            negative_prompt: The negative prompt to generate the video from.
            image_url: The URL of the image to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            video_url: The URL of the video to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            resolution: The resolution of the video to generate. Default: "480p".
            num_inference_steps: The number of inference steps to use for the video generation.
                Default: 30. Limits: minimum 2, maximum 30.
            image_guidance_scale: The image guidance scale to use for the video generation. Default:
                2. Limits: minimum 1, maximum 10.
            pose_guidance_scale: The pose guidance scale to use for the video generation. Default:
                1.5. Limits: minimum 1, maximum 10.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_url": image_url,
                "video_url": video_url,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
                "image_guidance_scale": image_guidance_scale,
                "pose_guidance_scale": pose_guidance_scale,
            }
        )
        return self._stream(payload, options)
