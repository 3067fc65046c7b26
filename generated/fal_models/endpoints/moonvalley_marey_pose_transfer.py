# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `moonvalley/marey/pose-transfer` (Moonvalley Marey Pose Transfer)."""

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
from fal_models._uploads import FileInput
from fal_models.models.moonvalley_marey_pose_transfer import (
    MoonvalleyMareyPoseTransferInput,
    MoonvalleyMareyPoseTransferOutput,
)

__all__ = [
    "MoonvalleyMareyPoseTransfer",
    "AsyncMoonvalleyMareyPoseTransfer",
    "MoonvalleyMareyPoseTransferInput",
    "MoonvalleyMareyPoseTransferOutput",
]


class MoonvalleyMareyPoseTransfer(
    SyncEndpoint[MoonvalleyMareyPoseTransferInput, MoonvalleyMareyPoseTransferOutput]
):
    """Moonvalley Marey Pose Transfer (`moonvalley/marey/pose-transfer`).

    Category: video-to-video. Docs: https://fal.ai/models/moonvalley/marey/pose-transfer/api
    """

    endpoint_id: ClassVar[str] = "moonvalley/marey/pose-transfer"
    input_model: ClassVar[type[MoonvalleyMareyPoseTransferInput]] = MoonvalleyMareyPoseTransferInput
    output_model: ClassVar[type[MoonvalleyMareyPoseTransferOutput]] = (
        MoonvalleyMareyPoseTransferOutput
    )
    Input = MoonvalleyMareyPoseTransferInput
    Output = MoonvalleyMareyPoseTransferOutput

    def subscribe(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        first_frame_image_url: FileInput | None | Omit = omit,
        reference_image_url: FileInput | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> MoonvalleyMareyPoseTransferOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate a video from.
            video_url: The URL of the video to use as the control video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            first_frame_image_url: Optional first frame image URL to use as the first frame of the
                generated video. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            reference_image_url: Optional reference image URL to use for pose control or as a
                starting frame. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            negative_prompt: Negative prompt used to guide the model away from undesirable features.
                Default: "<synthetic> <scene cut> low-poly, flat shader, bad rigging, stiff
                animation, uncanny eyes, low-quality textures, looping glitch, cheap effect,
                overbloom, bloom spam, default lighting, game asset, stiff face, ugly specular, AI
                artifacts".
            seed: Seed for random number generation. Use -1 for random seed each run. Default: -1.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "first_frame_image_url": first_frame_image_url,
                "reference_image_url": reference_image_url,
                "negative_prompt": negative_prompt,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        first_frame_image_url: FileInput | None | Omit = omit,
        reference_image_url: FileInput | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[MoonvalleyMareyPoseTransferOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate a video from.
            video_url: The URL of the video to use as the control video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            first_frame_image_url: Optional first frame image URL to use as the first frame of the
                generated video. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            reference_image_url: Optional reference image URL to use for pose control or as a
                starting frame. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            negative_prompt: Negative prompt used to guide the model away from undesirable features.
                Default: "<synthetic> <scene cut> low-poly, flat shader, bad rigging, stiff
                animation, uncanny eyes, low-quality textures, looping glitch, cheap effect,
                overbloom, bloom spam, default lighting, game asset, stiff face, ugly specular, AI
                artifacts".
            seed: Seed for random number generation. Use -1 for random seed each run. Default: -1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "first_frame_image_url": first_frame_image_url,
                "reference_image_url": reference_image_url,
                "negative_prompt": negative_prompt,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        first_frame_image_url: FileInput | None | Omit = omit,
        reference_image_url: FileInput | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MoonvalleyMareyPoseTransferOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate a video from.
            video_url: The URL of the video to use as the control video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            first_frame_image_url: Optional first frame image URL to use as the first frame of the
                generated video. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            reference_image_url: Optional reference image URL to use for pose control or as a
                starting frame. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            negative_prompt: Negative prompt used to guide the model away from undesirable features.
                Default: "<synthetic> <scene cut> low-poly, flat shader, bad rigging, stiff
                animation, uncanny eyes, low-quality textures, looping glitch, cheap effect,
                overbloom, bloom spam, default lighting, game asset, stiff face, ugly specular, AI
                artifacts".
            seed: Seed for random number generation. Use -1 for random seed each run. Default: -1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "first_frame_image_url": first_frame_image_url,
                "reference_image_url": reference_image_url,
                "negative_prompt": negative_prompt,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        first_frame_image_url: FileInput | None | Omit = omit,
        reference_image_url: FileInput | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[MoonvalleyMareyPoseTransferOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate a video from.
            video_url: The URL of the video to use as the control video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            first_frame_image_url: Optional first frame image URL to use as the first frame of the
                generated video. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            reference_image_url: Optional reference image URL to use for pose control or as a
                starting frame. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            negative_prompt: Negative prompt used to guide the model away from undesirable features.
                Default: "<synthetic> <scene cut> low-poly, flat shader, bad rigging, stiff
                animation, uncanny eyes, low-quality textures, looping glitch, cheap effect,
                overbloom, bloom spam, default lighting, game asset, stiff face, ugly specular, AI
                artifacts".
            seed: Seed for random number generation. Use -1 for random seed each run. Default: -1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "first_frame_image_url": first_frame_image_url,
                "reference_image_url": reference_image_url,
                "negative_prompt": negative_prompt,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncMoonvalleyMareyPoseTransfer(
    AsyncEndpoint[MoonvalleyMareyPoseTransferInput, MoonvalleyMareyPoseTransferOutput]
):
    """Moonvalley Marey Pose Transfer (`moonvalley/marey/pose-transfer`).

    Category: video-to-video. Docs: https://fal.ai/models/moonvalley/marey/pose-transfer/api
    """

    endpoint_id: ClassVar[str] = "moonvalley/marey/pose-transfer"
    input_model: ClassVar[type[MoonvalleyMareyPoseTransferInput]] = MoonvalleyMareyPoseTransferInput
    output_model: ClassVar[type[MoonvalleyMareyPoseTransferOutput]] = (
        MoonvalleyMareyPoseTransferOutput
    )
    Input = MoonvalleyMareyPoseTransferInput
    Output = MoonvalleyMareyPoseTransferOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        first_frame_image_url: FileInput | None | Omit = omit,
        reference_image_url: FileInput | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> MoonvalleyMareyPoseTransferOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate a video from.
            video_url: The URL of the video to use as the control video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            first_frame_image_url: Optional first frame image URL to use as the first frame of the
                generated video. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            reference_image_url: Optional reference image URL to use for pose control or as a
                starting frame. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            negative_prompt: Negative prompt used to guide the model away from undesirable features.
                Default: "<synthetic> <scene cut> low-poly, flat shader, bad rigging, stiff
                animation, uncanny eyes, low-quality textures, looping glitch, cheap effect,
                overbloom, bloom spam, default lighting, game asset, stiff face, ugly specular, AI
                artifacts".
            seed: Seed for random number generation. Use -1 for random seed each run. Default: -1.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "first_frame_image_url": first_frame_image_url,
                "reference_image_url": reference_image_url,
                "negative_prompt": negative_prompt,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        first_frame_image_url: FileInput | None | Omit = omit,
        reference_image_url: FileInput | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[MoonvalleyMareyPoseTransferOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate a video from.
            video_url: The URL of the video to use as the control video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            first_frame_image_url: Optional first frame image URL to use as the first frame of the
                generated video. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            reference_image_url: Optional reference image URL to use for pose control or as a
                starting frame. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            negative_prompt: Negative prompt used to guide the model away from undesirable features.
                Default: "<synthetic> <scene cut> low-poly, flat shader, bad rigging, stiff
                animation, uncanny eyes, low-quality textures, looping glitch, cheap effect,
                overbloom, bloom spam, default lighting, game asset, stiff face, ugly specular, AI
                artifacts".
            seed: Seed for random number generation. Use -1 for random seed each run. Default: -1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "first_frame_image_url": first_frame_image_url,
                "reference_image_url": reference_image_url,
                "negative_prompt": negative_prompt,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        first_frame_image_url: FileInput | None | Omit = omit,
        reference_image_url: FileInput | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MoonvalleyMareyPoseTransferOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate a video from.
            video_url: The URL of the video to use as the control video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            first_frame_image_url: Optional first frame image URL to use as the first frame of the
                generated video. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            reference_image_url: Optional reference image URL to use for pose control or as a
                starting frame. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            negative_prompt: Negative prompt used to guide the model away from undesirable features.
                Default: "<synthetic> <scene cut> low-poly, flat shader, bad rigging, stiff
                animation, uncanny eyes, low-quality textures, looping glitch, cheap effect,
                overbloom, bloom spam, default lighting, game asset, stiff face, ugly specular, AI
                artifacts".
            seed: Seed for random number generation. Use -1 for random seed each run. Default: -1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "first_frame_image_url": first_frame_image_url,
                "reference_image_url": reference_image_url,
                "negative_prompt": negative_prompt,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        first_frame_image_url: FileInput | None | Omit = omit,
        reference_image_url: FileInput | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[MoonvalleyMareyPoseTransferOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate a video from.
            video_url: The URL of the video to use as the control video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            first_frame_image_url: Optional first frame image URL to use as the first frame of the
                generated video. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            reference_image_url: Optional reference image URL to use for pose control or as a
                starting frame. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            negative_prompt: Negative prompt used to guide the model away from undesirable features.
                Default: "<synthetic> <scene cut> low-poly, flat shader, bad rigging, stiff
                animation, uncanny eyes, low-quality textures, looping glitch, cheap effect,
                overbloom, bloom spam, default lighting, game asset, stiff face, ugly specular, AI
                artifacts".
            seed: Seed for random number generation. Use -1 for random seed each run. Default: -1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "first_frame_image_url": first_frame_image_url,
                "reference_image_url": reference_image_url,
                "negative_prompt": negative_prompt,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
