# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/bytedance/dreamactor/v2` (Bytedance Dreamactor V2)."""

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
from fal_models.models.bytedance_dreamactor_v2 import (
    BytedanceDreamactorV2Input,
    BytedanceDreamactorV2Output,
)

__all__ = [
    "BytedanceDreamactorV2",
    "AsyncBytedanceDreamactorV2",
    "BytedanceDreamactorV2Input",
    "BytedanceDreamactorV2Output",
]


class BytedanceDreamactorV2(SyncEndpoint[BytedanceDreamactorV2Input, BytedanceDreamactorV2Output]):
    """Bytedance Dreamactor V2 (`fal-ai/bytedance/dreamactor/v2`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/bytedance/dreamactor/v2/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bytedance/dreamactor/v2"
    input_model: ClassVar[type[BytedanceDreamactorV2Input]] = BytedanceDreamactorV2Input
    output_model: ClassVar[type[BytedanceDreamactorV2Output]] = BytedanceDreamactorV2Output
    Input = BytedanceDreamactorV2Input
    Output = BytedanceDreamactorV2Output

    def subscribe(
        self,
        *,
        image_url: FileInput,
        video_url: FileInput,
        trim_first_second: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> BytedanceDreamactorV2Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the reference image to animate. Supports real people, animation,
                pets, etc. Format: jpeg, jpg or png. Max size: 4.7 MB. Resolution: between 480x480
                and 1920x1080 (larger images will be proportionally reduced). Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            video_url: The URL of the driving template video providing motion, facial expressions,
                and lip movement reference. Max duration: 30 seconds. Format: mp4, mov or webm.
                Resolution: between 200x200 and 2048x1440. Supports full face and body driving.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            trim_first_second: Whether to crop the first second of the output video. The output has
                a 1-second transition at the beginning; enable this to remove it. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "video_url": video_url,
                "trim_first_second": trim_first_second,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        video_url: FileInput,
        trim_first_second: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BytedanceDreamactorV2Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the reference image to animate. Supports real people, animation,
                pets, etc. Format: jpeg, jpg or png. Max size: 4.7 MB. Resolution: between 480x480
                and 1920x1080 (larger images will be proportionally reduced). Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            video_url: The URL of the driving template video providing motion, facial expressions,
                and lip movement reference. Max duration: 30 seconds. Format: mp4, mov or webm.
                Resolution: between 200x200 and 2048x1440. Supports full face and body driving.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            trim_first_second: Whether to crop the first second of the output video. The output has
                a 1-second transition at the beginning; enable this to remove it. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "video_url": video_url,
                "trim_first_second": trim_first_second,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        video_url: FileInput,
        trim_first_second: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BytedanceDreamactorV2Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the reference image to animate. Supports real people, animation,
                pets, etc. Format: jpeg, jpg or png. Max size: 4.7 MB. Resolution: between 480x480
                and 1920x1080 (larger images will be proportionally reduced). Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            video_url: The URL of the driving template video providing motion, facial expressions,
                and lip movement reference. Max duration: 30 seconds. Format: mp4, mov or webm.
                Resolution: between 200x200 and 2048x1440. Supports full face and body driving.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            trim_first_second: Whether to crop the first second of the output video. The output has
                a 1-second transition at the beginning; enable this to remove it. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "video_url": video_url,
                "trim_first_second": trim_first_second,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        video_url: FileInput,
        trim_first_second: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BytedanceDreamactorV2Output]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the reference image to animate. Supports real people, animation,
                pets, etc. Format: jpeg, jpg or png. Max size: 4.7 MB. Resolution: between 480x480
                and 1920x1080 (larger images will be proportionally reduced). Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            video_url: The URL of the driving template video providing motion, facial expressions,
                and lip movement reference. Max duration: 30 seconds. Format: mp4, mov or webm.
                Resolution: between 200x200 and 2048x1440. Supports full face and body driving.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            trim_first_second: Whether to crop the first second of the output video. The output has
                a 1-second transition at the beginning; enable this to remove it. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "video_url": video_url,
                "trim_first_second": trim_first_second,
            }
        )
        return self._stream(payload, options)


class AsyncBytedanceDreamactorV2(
    AsyncEndpoint[BytedanceDreamactorV2Input, BytedanceDreamactorV2Output]
):
    """Bytedance Dreamactor V2 (`fal-ai/bytedance/dreamactor/v2`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/bytedance/dreamactor/v2/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bytedance/dreamactor/v2"
    input_model: ClassVar[type[BytedanceDreamactorV2Input]] = BytedanceDreamactorV2Input
    output_model: ClassVar[type[BytedanceDreamactorV2Output]] = BytedanceDreamactorV2Output
    Input = BytedanceDreamactorV2Input
    Output = BytedanceDreamactorV2Output

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        video_url: FileInput,
        trim_first_second: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BytedanceDreamactorV2Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the reference image to animate. Supports real people, animation,
                pets, etc. Format: jpeg, jpg or png. Max size: 4.7 MB. Resolution: between 480x480
                and 1920x1080 (larger images will be proportionally reduced). Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            video_url: The URL of the driving template video providing motion, facial expressions,
                and lip movement reference. Max duration: 30 seconds. Format: mp4, mov or webm.
                Resolution: between 200x200 and 2048x1440. Supports full face and body driving.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            trim_first_second: Whether to crop the first second of the output video. The output has
                a 1-second transition at the beginning; enable this to remove it. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "video_url": video_url,
                "trim_first_second": trim_first_second,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        video_url: FileInput,
        trim_first_second: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BytedanceDreamactorV2Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the reference image to animate. Supports real people, animation,
                pets, etc. Format: jpeg, jpg or png. Max size: 4.7 MB. Resolution: between 480x480
                and 1920x1080 (larger images will be proportionally reduced). Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            video_url: The URL of the driving template video providing motion, facial expressions,
                and lip movement reference. Max duration: 30 seconds. Format: mp4, mov or webm.
                Resolution: between 200x200 and 2048x1440. Supports full face and body driving.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            trim_first_second: Whether to crop the first second of the output video. The output has
                a 1-second transition at the beginning; enable this to remove it. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "video_url": video_url,
                "trim_first_second": trim_first_second,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        video_url: FileInput,
        trim_first_second: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BytedanceDreamactorV2Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the reference image to animate. Supports real people, animation,
                pets, etc. Format: jpeg, jpg or png. Max size: 4.7 MB. Resolution: between 480x480
                and 1920x1080 (larger images will be proportionally reduced). Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            video_url: The URL of the driving template video providing motion, facial expressions,
                and lip movement reference. Max duration: 30 seconds. Format: mp4, mov or webm.
                Resolution: between 200x200 and 2048x1440. Supports full face and body driving.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            trim_first_second: Whether to crop the first second of the output video. The output has
                a 1-second transition at the beginning; enable this to remove it. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "video_url": video_url,
                "trim_first_second": trim_first_second,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        video_url: FileInput,
        trim_first_second: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BytedanceDreamactorV2Output]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the reference image to animate. Supports real people, animation,
                pets, etc. Format: jpeg, jpg or png. Max size: 4.7 MB. Resolution: between 480x480
                and 1920x1080 (larger images will be proportionally reduced). Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            video_url: The URL of the driving template video providing motion, facial expressions,
                and lip movement reference. Max duration: 30 seconds. Format: mp4, mov or webm.
                Resolution: between 200x200 and 2048x1440. Supports full face and body driving.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            trim_first_second: Whether to crop the first second of the output video. The output has
                a 1-second transition at the beginning; enable this to remove it. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "video_url": video_url,
                "trim_first_second": trim_first_second,
            }
        )
        return self._stream(payload, options)
