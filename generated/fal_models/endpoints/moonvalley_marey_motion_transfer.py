# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `moonvalley/marey/motion-transfer` (Moonvalley Marey Motion Transfer)."""

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
from fal_models.models.moonvalley_marey_motion_transfer import (
    MoonvalleyMareyMotionTransferInput,
    MoonvalleyMareyMotionTransferOutput,
)

__all__ = [
    "MoonvalleyMareyMotionTransfer",
    "AsyncMoonvalleyMareyMotionTransfer",
    "MoonvalleyMareyMotionTransferInput",
    "MoonvalleyMareyMotionTransferOutput",
]


class MoonvalleyMareyMotionTransfer(
    SyncEndpoint[MoonvalleyMareyMotionTransferInput, MoonvalleyMareyMotionTransferOutput]
):
    """Moonvalley Marey Motion Transfer (`moonvalley/marey/motion-transfer`).

    Category: video-to-video. Docs: https://fal.ai/models/moonvalley/marey/motion-transfer/api
    """

    endpoint_id: ClassVar[str] = "moonvalley/marey/motion-transfer"
    input_model: ClassVar[type[MoonvalleyMareyMotionTransferInput]] = (
        MoonvalleyMareyMotionTransferInput
    )
    output_model: ClassVar[type[MoonvalleyMareyMotionTransferOutput]] = (
        MoonvalleyMareyMotionTransferOutput
    )
    Input = MoonvalleyMareyMotionTransferInput
    Output = MoonvalleyMareyMotionTransferOutput

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
    ) -> MoonvalleyMareyMotionTransferOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate a video from.
            video_url: The URL of the video to use as the control video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            first_frame_image_url: Optional first frame image URL to use as the first frame of the
                generated video. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Default:
                "https://video-editor-files-prod.s3.us-east-2.amazonaws.com/users/1e4d46df-0702-4491-95ce-763592f33f34/uploaded-images/9b9dce1c-abd0-46c0-bac9-9454f8893b06/original".
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
    ) -> RequestHandle[MoonvalleyMareyMotionTransferOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate a video from.
            video_url: The URL of the video to use as the control video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            first_frame_image_url: Optional first frame image URL to use as the first frame of the
                generated video. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Default:
                "https://video-editor-files-prod.s3.us-east-2.amazonaws.com/users/1e4d46df-0702-4491-95ce-763592f33f34/uploaded-images/9b9dce1c-abd0-46c0-bac9-9454f8893b06/original".
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
    ) -> MoonvalleyMareyMotionTransferOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate a video from.
            video_url: The URL of the video to use as the control video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            first_frame_image_url: Optional first frame image URL to use as the first frame of the
                generated video. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Default:
                "https://video-editor-files-prod.s3.us-east-2.amazonaws.com/users/1e4d46df-0702-4491-95ce-763592f33f34/uploaded-images/9b9dce1c-abd0-46c0-bac9-9454f8893b06/original".
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
    ) -> EndpointStream[MoonvalleyMareyMotionTransferOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate a video from.
            video_url: The URL of the video to use as the control video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            first_frame_image_url: Optional first frame image URL to use as the first frame of the
                generated video. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Default:
                "https://video-editor-files-prod.s3.us-east-2.amazonaws.com/users/1e4d46df-0702-4491-95ce-763592f33f34/uploaded-images/9b9dce1c-abd0-46c0-bac9-9454f8893b06/original".
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


class AsyncMoonvalleyMareyMotionTransfer(
    AsyncEndpoint[MoonvalleyMareyMotionTransferInput, MoonvalleyMareyMotionTransferOutput]
):
    """Moonvalley Marey Motion Transfer (`moonvalley/marey/motion-transfer`).

    Category: video-to-video. Docs: https://fal.ai/models/moonvalley/marey/motion-transfer/api
    """

    endpoint_id: ClassVar[str] = "moonvalley/marey/motion-transfer"
    input_model: ClassVar[type[MoonvalleyMareyMotionTransferInput]] = (
        MoonvalleyMareyMotionTransferInput
    )
    output_model: ClassVar[type[MoonvalleyMareyMotionTransferOutput]] = (
        MoonvalleyMareyMotionTransferOutput
    )
    Input = MoonvalleyMareyMotionTransferInput
    Output = MoonvalleyMareyMotionTransferOutput

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
    ) -> MoonvalleyMareyMotionTransferOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate a video from.
            video_url: The URL of the video to use as the control video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            first_frame_image_url: Optional first frame image URL to use as the first frame of the
                generated video. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Default:
                "https://video-editor-files-prod.s3.us-east-2.amazonaws.com/users/1e4d46df-0702-4491-95ce-763592f33f34/uploaded-images/9b9dce1c-abd0-46c0-bac9-9454f8893b06/original".
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
    ) -> AsyncRequestHandle[MoonvalleyMareyMotionTransferOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate a video from.
            video_url: The URL of the video to use as the control video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            first_frame_image_url: Optional first frame image URL to use as the first frame of the
                generated video. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Default:
                "https://video-editor-files-prod.s3.us-east-2.amazonaws.com/users/1e4d46df-0702-4491-95ce-763592f33f34/uploaded-images/9b9dce1c-abd0-46c0-bac9-9454f8893b06/original".
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
    ) -> MoonvalleyMareyMotionTransferOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate a video from.
            video_url: The URL of the video to use as the control video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            first_frame_image_url: Optional first frame image URL to use as the first frame of the
                generated video. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Default:
                "https://video-editor-files-prod.s3.us-east-2.amazonaws.com/users/1e4d46df-0702-4491-95ce-763592f33f34/uploaded-images/9b9dce1c-abd0-46c0-bac9-9454f8893b06/original".
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
    ) -> AsyncEndpointStream[MoonvalleyMareyMotionTransferOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate a video from.
            video_url: The URL of the video to use as the control video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            first_frame_image_url: Optional first frame image URL to use as the first frame of the
                generated video. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Default:
                "https://video-editor-files-prod.s3.us-east-2.amazonaws.com/users/1e4d46df-0702-4491-95ce-763592f33f34/uploaded-images/9b9dce1c-abd0-46c0-bac9-9454f8893b06/original".
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
