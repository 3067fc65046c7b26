# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/rife/video` (Rife Video)."""

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
from fal_models.models.rife_video import RifeVideoInput, RifeVideoOutput

__all__ = ["RifeVideo", "AsyncRifeVideo", "RifeVideoInput", "RifeVideoOutput"]


class RifeVideo(SyncEndpoint[RifeVideoInput, RifeVideoOutput]):
    """Rife Video (`fal-ai/rife/video`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/rife/video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/rife/video"
    input_model: ClassVar[type[RifeVideoInput]] = RifeVideoInput
    output_model: ClassVar[type[RifeVideoOutput]] = RifeVideoOutput
    Input = RifeVideoInput
    Output = RifeVideoOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        num_frames: int | Omit = omit,
        use_scene_detection: bool | Omit = omit,
        use_calculated_fps: bool | Omit = omit,
        fps: int | Omit = omit,
        loop: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> RifeVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: The URL of the video to use for interpolation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            num_frames: The number of frames to generate between the input video frames. Default: 1.
                Limits: minimum 1, maximum 4.
            use_scene_detection: If True, the input video will be split into scenes before
                interpolation. This removes smear frames between scenes, but can result in false
                positives if the scene detection is not accurate. If False, the entire video will be
                treated as a single scene. Default: false.
            use_calculated_fps: If True, the function will use the calculated FPS of the input video
                multiplied by the number of frames to determine the output FPS. If False, the passed
                FPS will be used. Default: true.
            fps: Frames per second for the output video. Only applicable if use_calculated_fps is
                False. Default: 8. Limits: minimum 1, maximum 60.
            loop: If True, the final frame will be looped back to the first frame to create a
                seamless loop. If False, the final frame will not loop back. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "num_frames": num_frames,
                "use_scene_detection": use_scene_detection,
                "use_calculated_fps": use_calculated_fps,
                "fps": fps,
                "loop": loop,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        num_frames: int | Omit = omit,
        use_scene_detection: bool | Omit = omit,
        use_calculated_fps: bool | Omit = omit,
        fps: int | Omit = omit,
        loop: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[RifeVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: The URL of the video to use for interpolation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            num_frames: The number of frames to generate between the input video frames. Default: 1.
                Limits: minimum 1, maximum 4.
            use_scene_detection: If True, the input video will be split into scenes before
                interpolation. This removes smear frames between scenes, but can result in false
                positives if the scene detection is not accurate. If False, the entire video will be
                treated as a single scene. Default: false.
            use_calculated_fps: If True, the function will use the calculated FPS of the input video
                multiplied by the number of frames to determine the output FPS. If False, the passed
                FPS will be used. Default: true.
            fps: Frames per second for the output video. Only applicable if use_calculated_fps is
                False. Default: 8. Limits: minimum 1, maximum 60.
            loop: If True, the final frame will be looped back to the first frame to create a
                seamless loop. If False, the final frame will not loop back. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "num_frames": num_frames,
                "use_scene_detection": use_scene_detection,
                "use_calculated_fps": use_calculated_fps,
                "fps": fps,
                "loop": loop,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        num_frames: int | Omit = omit,
        use_scene_detection: bool | Omit = omit,
        use_calculated_fps: bool | Omit = omit,
        fps: int | Omit = omit,
        loop: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> RifeVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: The URL of the video to use for interpolation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            num_frames: The number of frames to generate between the input video frames. Default: 1.
                Limits: minimum 1, maximum 4.
            use_scene_detection: If True, the input video will be split into scenes before
                interpolation. This removes smear frames between scenes, but can result in false
                positives if the scene detection is not accurate. If False, the entire video will be
                treated as a single scene. Default: false.
            use_calculated_fps: If True, the function will use the calculated FPS of the input video
                multiplied by the number of frames to determine the output FPS. If False, the passed
                FPS will be used. Default: true.
            fps: Frames per second for the output video. Only applicable if use_calculated_fps is
                False. Default: 8. Limits: minimum 1, maximum 60.
            loop: If True, the final frame will be looped back to the first frame to create a
                seamless loop. If False, the final frame will not loop back. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "num_frames": num_frames,
                "use_scene_detection": use_scene_detection,
                "use_calculated_fps": use_calculated_fps,
                "fps": fps,
                "loop": loop,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        num_frames: int | Omit = omit,
        use_scene_detection: bool | Omit = omit,
        use_calculated_fps: bool | Omit = omit,
        fps: int | Omit = omit,
        loop: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[RifeVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: The URL of the video to use for interpolation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            num_frames: The number of frames to generate between the input video frames. Default: 1.
                Limits: minimum 1, maximum 4.
            use_scene_detection: If True, the input video will be split into scenes before
                interpolation. This removes smear frames between scenes, but can result in false
                positives if the scene detection is not accurate. If False, the entire video will be
                treated as a single scene. Default: false.
            use_calculated_fps: If True, the function will use the calculated FPS of the input video
                multiplied by the number of frames to determine the output FPS. If False, the passed
                FPS will be used. Default: true.
            fps: Frames per second for the output video. Only applicable if use_calculated_fps is
                False. Default: 8. Limits: minimum 1, maximum 60.
            loop: If True, the final frame will be looped back to the first frame to create a
                seamless loop. If False, the final frame will not loop back. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "num_frames": num_frames,
                "use_scene_detection": use_scene_detection,
                "use_calculated_fps": use_calculated_fps,
                "fps": fps,
                "loop": loop,
            }
        )
        return self._stream(payload, options)


class AsyncRifeVideo(AsyncEndpoint[RifeVideoInput, RifeVideoOutput]):
    """Rife Video (`fal-ai/rife/video`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/rife/video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/rife/video"
    input_model: ClassVar[type[RifeVideoInput]] = RifeVideoInput
    output_model: ClassVar[type[RifeVideoOutput]] = RifeVideoOutput
    Input = RifeVideoInput
    Output = RifeVideoOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        num_frames: int | Omit = omit,
        use_scene_detection: bool | Omit = omit,
        use_calculated_fps: bool | Omit = omit,
        fps: int | Omit = omit,
        loop: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> RifeVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: The URL of the video to use for interpolation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            num_frames: The number of frames to generate between the input video frames. Default: 1.
                Limits: minimum 1, maximum 4.
            use_scene_detection: If True, the input video will be split into scenes before
                interpolation. This removes smear frames between scenes, but can result in false
                positives if the scene detection is not accurate. If False, the entire video will be
                treated as a single scene. Default: false.
            use_calculated_fps: If True, the function will use the calculated FPS of the input video
                multiplied by the number of frames to determine the output FPS. If False, the passed
                FPS will be used. Default: true.
            fps: Frames per second for the output video. Only applicable if use_calculated_fps is
                False. Default: 8. Limits: minimum 1, maximum 60.
            loop: If True, the final frame will be looped back to the first frame to create a
                seamless loop. If False, the final frame will not loop back. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "num_frames": num_frames,
                "use_scene_detection": use_scene_detection,
                "use_calculated_fps": use_calculated_fps,
                "fps": fps,
                "loop": loop,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        num_frames: int | Omit = omit,
        use_scene_detection: bool | Omit = omit,
        use_calculated_fps: bool | Omit = omit,
        fps: int | Omit = omit,
        loop: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[RifeVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: The URL of the video to use for interpolation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            num_frames: The number of frames to generate between the input video frames. Default: 1.
                Limits: minimum 1, maximum 4.
            use_scene_detection: If True, the input video will be split into scenes before
                interpolation. This removes smear frames between scenes, but can result in false
                positives if the scene detection is not accurate. If False, the entire video will be
                treated as a single scene. Default: false.
            use_calculated_fps: If True, the function will use the calculated FPS of the input video
                multiplied by the number of frames to determine the output FPS. If False, the passed
                FPS will be used. Default: true.
            fps: Frames per second for the output video. Only applicable if use_calculated_fps is
                False. Default: 8. Limits: minimum 1, maximum 60.
            loop: If True, the final frame will be looped back to the first frame to create a
                seamless loop. If False, the final frame will not loop back. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "num_frames": num_frames,
                "use_scene_detection": use_scene_detection,
                "use_calculated_fps": use_calculated_fps,
                "fps": fps,
                "loop": loop,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        num_frames: int | Omit = omit,
        use_scene_detection: bool | Omit = omit,
        use_calculated_fps: bool | Omit = omit,
        fps: int | Omit = omit,
        loop: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> RifeVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: The URL of the video to use for interpolation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            num_frames: The number of frames to generate between the input video frames. Default: 1.
                Limits: minimum 1, maximum 4.
            use_scene_detection: If True, the input video will be split into scenes before
                interpolation. This removes smear frames between scenes, but can result in false
                positives if the scene detection is not accurate. If False, the entire video will be
                treated as a single scene. Default: false.
            use_calculated_fps: If True, the function will use the calculated FPS of the input video
                multiplied by the number of frames to determine the output FPS. If False, the passed
                FPS will be used. Default: true.
            fps: Frames per second for the output video. Only applicable if use_calculated_fps is
                False. Default: 8. Limits: minimum 1, maximum 60.
            loop: If True, the final frame will be looped back to the first frame to create a
                seamless loop. If False, the final frame will not loop back. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "num_frames": num_frames,
                "use_scene_detection": use_scene_detection,
                "use_calculated_fps": use_calculated_fps,
                "fps": fps,
                "loop": loop,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        num_frames: int | Omit = omit,
        use_scene_detection: bool | Omit = omit,
        use_calculated_fps: bool | Omit = omit,
        fps: int | Omit = omit,
        loop: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[RifeVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: The URL of the video to use for interpolation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            num_frames: The number of frames to generate between the input video frames. Default: 1.
                Limits: minimum 1, maximum 4.
            use_scene_detection: If True, the input video will be split into scenes before
                interpolation. This removes smear frames between scenes, but can result in false
                positives if the scene detection is not accurate. If False, the entire video will be
                treated as a single scene. Default: false.
            use_calculated_fps: If True, the function will use the calculated FPS of the input video
                multiplied by the number of frames to determine the output FPS. If False, the passed
                FPS will be used. Default: true.
            fps: Frames per second for the output video. Only applicable if use_calculated_fps is
                False. Default: 8. Limits: minimum 1, maximum 60.
            loop: If True, the final frame will be looped back to the first frame to create a
                seamless loop. If False, the final frame will not loop back. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "num_frames": num_frames,
                "use_scene_detection": use_scene_detection,
                "use_calculated_fps": use_calculated_fps,
                "fps": fps,
                "loop": loop,
            }
        )
        return self._stream(payload, options)
