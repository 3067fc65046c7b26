# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/rife` (Rife)."""

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
from fal_models.models.rife import RifeInput, RifeOutput

__all__ = ["Rife", "AsyncRife", "RifeInput", "RifeOutput"]


class Rife(SyncEndpoint[RifeInput, RifeOutput]):
    """Rife (`fal-ai/rife`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/rife/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/rife"
    input_model: ClassVar[type[RifeInput]] = RifeInput
    output_model: ClassVar[type[RifeOutput]] = RifeOutput
    Input = RifeInput
    Output = RifeOutput

    def subscribe(
        self,
        *,
        start_image_url: FileInput,
        end_image_url: FileInput,
        output_type: Literal["images", "video"] | Omit = omit,
        output_format: Literal["png", "jpeg"] | Omit = omit,
        num_frames: int | Omit = omit,
        include_start: bool | Omit = omit,
        include_end: bool | Omit = omit,
        fps: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> RifeOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            start_image_url: The URL of the first image to use as the starting point for
                interpolation. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            end_image_url: The URL of the second image to use as the ending point for interpolation.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            output_type: The type of output to generate; either individual images or a video.
                Default: "images".
            output_format: The format of the output images. Only applicable if output_type is
                'images'. Default: "jpeg".
            num_frames: The number of frames to generate between the input images. Default: 1.
                Limits: minimum 1, maximum 64.
            include_start: Whether to include the start image in the output. Default: false.
            include_end: Whether to include the end image in the output. Default: false.
            fps: Frames per second for the output video. Only applicable if output_type is 'video'.
                Default: 8. Limits: minimum 1, maximum 60.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "start_image_url": start_image_url,
                "end_image_url": end_image_url,
                "output_type": output_type,
                "output_format": output_format,
                "num_frames": num_frames,
                "include_start": include_start,
                "include_end": include_end,
                "fps": fps,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        start_image_url: FileInput,
        end_image_url: FileInput,
        output_type: Literal["images", "video"] | Omit = omit,
        output_format: Literal["png", "jpeg"] | Omit = omit,
        num_frames: int | Omit = omit,
        include_start: bool | Omit = omit,
        include_end: bool | Omit = omit,
        fps: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[RifeOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            start_image_url: The URL of the first image to use as the starting point for
                interpolation. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            end_image_url: The URL of the second image to use as the ending point for interpolation.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            output_type: The type of output to generate; either individual images or a video.
                Default: "images".
            output_format: The format of the output images. Only applicable if output_type is
                'images'. Default: "jpeg".
            num_frames: The number of frames to generate between the input images. Default: 1.
                Limits: minimum 1, maximum 64.
            include_start: Whether to include the start image in the output. Default: false.
            include_end: Whether to include the end image in the output. Default: false.
            fps: Frames per second for the output video. Only applicable if output_type is 'video'.
                Default: 8. Limits: minimum 1, maximum 60.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "start_image_url": start_image_url,
                "end_image_url": end_image_url,
                "output_type": output_type,
                "output_format": output_format,
                "num_frames": num_frames,
                "include_start": include_start,
                "include_end": include_end,
                "fps": fps,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        start_image_url: FileInput,
        end_image_url: FileInput,
        output_type: Literal["images", "video"] | Omit = omit,
        output_format: Literal["png", "jpeg"] | Omit = omit,
        num_frames: int | Omit = omit,
        include_start: bool | Omit = omit,
        include_end: bool | Omit = omit,
        fps: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> RifeOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            start_image_url: The URL of the first image to use as the starting point for
                interpolation. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            end_image_url: The URL of the second image to use as the ending point for interpolation.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            output_type: The type of output to generate; either individual images or a video.
                Default: "images".
            output_format: The format of the output images. Only applicable if output_type is
                'images'. Default: "jpeg".
            num_frames: The number of frames to generate between the input images. Default: 1.
                Limits: minimum 1, maximum 64.
            include_start: Whether to include the start image in the output. Default: false.
            include_end: Whether to include the end image in the output. Default: false.
            fps: Frames per second for the output video. Only applicable if output_type is 'video'.
                Default: 8. Limits: minimum 1, maximum 60.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "start_image_url": start_image_url,
                "end_image_url": end_image_url,
                "output_type": output_type,
                "output_format": output_format,
                "num_frames": num_frames,
                "include_start": include_start,
                "include_end": include_end,
                "fps": fps,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        start_image_url: FileInput,
        end_image_url: FileInput,
        output_type: Literal["images", "video"] | Omit = omit,
        output_format: Literal["png", "jpeg"] | Omit = omit,
        num_frames: int | Omit = omit,
        include_start: bool | Omit = omit,
        include_end: bool | Omit = omit,
        fps: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[RifeOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            start_image_url: The URL of the first image to use as the starting point for
                interpolation. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            end_image_url: The URL of the second image to use as the ending point for interpolation.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            output_type: The type of output to generate; either individual images or a video.
                Default: "images".
            output_format: The format of the output images. Only applicable if output_type is
                'images'. Default: "jpeg".
            num_frames: The number of frames to generate between the input images. Default: 1.
                Limits: minimum 1, maximum 64.
            include_start: Whether to include the start image in the output. Default: false.
            include_end: Whether to include the end image in the output. Default: false.
            fps: Frames per second for the output video. Only applicable if output_type is 'video'.
                Default: 8. Limits: minimum 1, maximum 60.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "start_image_url": start_image_url,
                "end_image_url": end_image_url,
                "output_type": output_type,
                "output_format": output_format,
                "num_frames": num_frames,
                "include_start": include_start,
                "include_end": include_end,
                "fps": fps,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncRife(AsyncEndpoint[RifeInput, RifeOutput]):
    """Rife (`fal-ai/rife`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/rife/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/rife"
    input_model: ClassVar[type[RifeInput]] = RifeInput
    output_model: ClassVar[type[RifeOutput]] = RifeOutput
    Input = RifeInput
    Output = RifeOutput

    async def subscribe(
        self,
        *,
        start_image_url: FileInput,
        end_image_url: FileInput,
        output_type: Literal["images", "video"] | Omit = omit,
        output_format: Literal["png", "jpeg"] | Omit = omit,
        num_frames: int | Omit = omit,
        include_start: bool | Omit = omit,
        include_end: bool | Omit = omit,
        fps: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> RifeOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            start_image_url: The URL of the first image to use as the starting point for
                interpolation. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            end_image_url: The URL of the second image to use as the ending point for interpolation.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            output_type: The type of output to generate; either individual images or a video.
                Default: "images".
            output_format: The format of the output images. Only applicable if output_type is
                'images'. Default: "jpeg".
            num_frames: The number of frames to generate between the input images. Default: 1.
                Limits: minimum 1, maximum 64.
            include_start: Whether to include the start image in the output. Default: false.
            include_end: Whether to include the end image in the output. Default: false.
            fps: Frames per second for the output video. Only applicable if output_type is 'video'.
                Default: 8. Limits: minimum 1, maximum 60.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "start_image_url": start_image_url,
                "end_image_url": end_image_url,
                "output_type": output_type,
                "output_format": output_format,
                "num_frames": num_frames,
                "include_start": include_start,
                "include_end": include_end,
                "fps": fps,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        start_image_url: FileInput,
        end_image_url: FileInput,
        output_type: Literal["images", "video"] | Omit = omit,
        output_format: Literal["png", "jpeg"] | Omit = omit,
        num_frames: int | Omit = omit,
        include_start: bool | Omit = omit,
        include_end: bool | Omit = omit,
        fps: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[RifeOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            start_image_url: The URL of the first image to use as the starting point for
                interpolation. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            end_image_url: The URL of the second image to use as the ending point for interpolation.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            output_type: The type of output to generate; either individual images or a video.
                Default: "images".
            output_format: The format of the output images. Only applicable if output_type is
                'images'. Default: "jpeg".
            num_frames: The number of frames to generate between the input images. Default: 1.
                Limits: minimum 1, maximum 64.
            include_start: Whether to include the start image in the output. Default: false.
            include_end: Whether to include the end image in the output. Default: false.
            fps: Frames per second for the output video. Only applicable if output_type is 'video'.
                Default: 8. Limits: minimum 1, maximum 60.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "start_image_url": start_image_url,
                "end_image_url": end_image_url,
                "output_type": output_type,
                "output_format": output_format,
                "num_frames": num_frames,
                "include_start": include_start,
                "include_end": include_end,
                "fps": fps,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        start_image_url: FileInput,
        end_image_url: FileInput,
        output_type: Literal["images", "video"] | Omit = omit,
        output_format: Literal["png", "jpeg"] | Omit = omit,
        num_frames: int | Omit = omit,
        include_start: bool | Omit = omit,
        include_end: bool | Omit = omit,
        fps: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> RifeOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            start_image_url: The URL of the first image to use as the starting point for
                interpolation. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            end_image_url: The URL of the second image to use as the ending point for interpolation.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            output_type: The type of output to generate; either individual images or a video.
                Default: "images".
            output_format: The format of the output images. Only applicable if output_type is
                'images'. Default: "jpeg".
            num_frames: The number of frames to generate between the input images. Default: 1.
                Limits: minimum 1, maximum 64.
            include_start: Whether to include the start image in the output. Default: false.
            include_end: Whether to include the end image in the output. Default: false.
            fps: Frames per second for the output video. Only applicable if output_type is 'video'.
                Default: 8. Limits: minimum 1, maximum 60.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "start_image_url": start_image_url,
                "end_image_url": end_image_url,
                "output_type": output_type,
                "output_format": output_format,
                "num_frames": num_frames,
                "include_start": include_start,
                "include_end": include_end,
                "fps": fps,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        start_image_url: FileInput,
        end_image_url: FileInput,
        output_type: Literal["images", "video"] | Omit = omit,
        output_format: Literal["png", "jpeg"] | Omit = omit,
        num_frames: int | Omit = omit,
        include_start: bool | Omit = omit,
        include_end: bool | Omit = omit,
        fps: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[RifeOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            start_image_url: The URL of the first image to use as the starting point for
                interpolation. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            end_image_url: The URL of the second image to use as the ending point for interpolation.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            output_type: The type of output to generate; either individual images or a video.
                Default: "images".
            output_format: The format of the output images. Only applicable if output_type is
                'images'. Default: "jpeg".
            num_frames: The number of frames to generate between the input images. Default: 1.
                Limits: minimum 1, maximum 64.
            include_start: Whether to include the start image in the output. Default: false.
            include_end: Whether to include the end image in the output. Default: false.
            fps: Frames per second for the output video. Only applicable if output_type is 'video'.
                Default: 8. Limits: minimum 1, maximum 60.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "start_image_url": start_image_url,
                "end_image_url": end_image_url,
                "output_type": output_type,
                "output_format": output_format,
                "num_frames": num_frames,
                "include_start": include_start,
                "include_end": include_end,
                "fps": fps,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
