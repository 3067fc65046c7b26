# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/vidu/q2/image-to-video/pro` (Vidu Q2 Image To Video Pro)."""

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
from fal_models.models.vidu_q2_image_to_video_pro import (
    ViduQ2ImageToVideoProInput,
    ViduQ2ImageToVideoProOutput,
)

__all__ = [
    "ViduQ2ImageToVideoPro",
    "AsyncViduQ2ImageToVideoPro",
    "ViduQ2ImageToVideoProInput",
    "ViduQ2ImageToVideoProOutput",
]


class ViduQ2ImageToVideoPro(SyncEndpoint[ViduQ2ImageToVideoProInput, ViduQ2ImageToVideoProOutput]):
    """Vidu Q2 Image To Video Pro (`fal-ai/vidu/q2/image-to-video/pro`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/vidu/q2/image-to-video/pro/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/vidu/q2/image-to-video/pro"
    input_model: ClassVar[type[ViduQ2ImageToVideoProInput]] = ViduQ2ImageToVideoProInput
    output_model: ClassVar[type[ViduQ2ImageToVideoProOutput]] = ViduQ2ImageToVideoProOutput
    Input = ViduQ2ImageToVideoProInput
    Output = ViduQ2ImageToVideoProOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        seed: int | None | Omit = omit,
        duration: Literal[2, 3, 4, 5, 6, 7, 8] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        bgm: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ViduQ2ImageToVideoProOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation, max 3000 characters. Limits: max length 3000.
            image_url: URL of the image to use as the starting frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            end_image_url: URL of the image to use as the ending frame. When provided, generates a
                transition video between start and end frames. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            duration: Duration of the video in seconds. Default: 4.
            resolution: Output video resolution. Default: "720p".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            bgm: Whether to add background music to the video (only for 4-second videos). Default:
                false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "seed": seed,
                "duration": duration,
                "resolution": resolution,
                "movement_amplitude": movement_amplitude,
                "bgm": bgm,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        seed: int | None | Omit = omit,
        duration: Literal[2, 3, 4, 5, 6, 7, 8] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        bgm: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ViduQ2ImageToVideoProOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation, max 3000 characters. Limits: max length 3000.
            image_url: URL of the image to use as the starting frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            end_image_url: URL of the image to use as the ending frame. When provided, generates a
                transition video between start and end frames. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            duration: Duration of the video in seconds. Default: 4.
            resolution: Output video resolution. Default: "720p".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            bgm: Whether to add background music to the video (only for 4-second videos). Default:
                false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "seed": seed,
                "duration": duration,
                "resolution": resolution,
                "movement_amplitude": movement_amplitude,
                "bgm": bgm,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        seed: int | None | Omit = omit,
        duration: Literal[2, 3, 4, 5, 6, 7, 8] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        bgm: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ViduQ2ImageToVideoProOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation, max 3000 characters. Limits: max length 3000.
            image_url: URL of the image to use as the starting frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            end_image_url: URL of the image to use as the ending frame. When provided, generates a
                transition video between start and end frames. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            duration: Duration of the video in seconds. Default: 4.
            resolution: Output video resolution. Default: "720p".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            bgm: Whether to add background music to the video (only for 4-second videos). Default:
                false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "seed": seed,
                "duration": duration,
                "resolution": resolution,
                "movement_amplitude": movement_amplitude,
                "bgm": bgm,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        seed: int | None | Omit = omit,
        duration: Literal[2, 3, 4, 5, 6, 7, 8] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        bgm: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ViduQ2ImageToVideoProOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation, max 3000 characters. Limits: max length 3000.
            image_url: URL of the image to use as the starting frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            end_image_url: URL of the image to use as the ending frame. When provided, generates a
                transition video between start and end frames. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            duration: Duration of the video in seconds. Default: 4.
            resolution: Output video resolution. Default: "720p".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            bgm: Whether to add background music to the video (only for 4-second videos). Default:
                false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "seed": seed,
                "duration": duration,
                "resolution": resolution,
                "movement_amplitude": movement_amplitude,
                "bgm": bgm,
            }
        )
        return self._stream(payload, options)


class AsyncViduQ2ImageToVideoPro(
    AsyncEndpoint[ViduQ2ImageToVideoProInput, ViduQ2ImageToVideoProOutput]
):
    """Vidu Q2 Image To Video Pro (`fal-ai/vidu/q2/image-to-video/pro`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/vidu/q2/image-to-video/pro/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/vidu/q2/image-to-video/pro"
    input_model: ClassVar[type[ViduQ2ImageToVideoProInput]] = ViduQ2ImageToVideoProInput
    output_model: ClassVar[type[ViduQ2ImageToVideoProOutput]] = ViduQ2ImageToVideoProOutput
    Input = ViduQ2ImageToVideoProInput
    Output = ViduQ2ImageToVideoProOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        seed: int | None | Omit = omit,
        duration: Literal[2, 3, 4, 5, 6, 7, 8] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        bgm: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ViduQ2ImageToVideoProOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation, max 3000 characters. Limits: max length 3000.
            image_url: URL of the image to use as the starting frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            end_image_url: URL of the image to use as the ending frame. When provided, generates a
                transition video between start and end frames. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            duration: Duration of the video in seconds. Default: 4.
            resolution: Output video resolution. Default: "720p".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            bgm: Whether to add background music to the video (only for 4-second videos). Default:
                false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "seed": seed,
                "duration": duration,
                "resolution": resolution,
                "movement_amplitude": movement_amplitude,
                "bgm": bgm,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        seed: int | None | Omit = omit,
        duration: Literal[2, 3, 4, 5, 6, 7, 8] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        bgm: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ViduQ2ImageToVideoProOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation, max 3000 characters. Limits: max length 3000.
            image_url: URL of the image to use as the starting frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            end_image_url: URL of the image to use as the ending frame. When provided, generates a
                transition video between start and end frames. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            duration: Duration of the video in seconds. Default: 4.
            resolution: Output video resolution. Default: "720p".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            bgm: Whether to add background music to the video (only for 4-second videos). Default:
                false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "seed": seed,
                "duration": duration,
                "resolution": resolution,
                "movement_amplitude": movement_amplitude,
                "bgm": bgm,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        seed: int | None | Omit = omit,
        duration: Literal[2, 3, 4, 5, 6, 7, 8] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        bgm: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ViduQ2ImageToVideoProOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation, max 3000 characters. Limits: max length 3000.
            image_url: URL of the image to use as the starting frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            end_image_url: URL of the image to use as the ending frame. When provided, generates a
                transition video between start and end frames. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            duration: Duration of the video in seconds. Default: 4.
            resolution: Output video resolution. Default: "720p".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            bgm: Whether to add background music to the video (only for 4-second videos). Default:
                false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "seed": seed,
                "duration": duration,
                "resolution": resolution,
                "movement_amplitude": movement_amplitude,
                "bgm": bgm,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        seed: int | None | Omit = omit,
        duration: Literal[2, 3, 4, 5, 6, 7, 8] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        bgm: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ViduQ2ImageToVideoProOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation, max 3000 characters. Limits: max length 3000.
            image_url: URL of the image to use as the starting frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            end_image_url: URL of the image to use as the ending frame. When provided, generates a
                transition video between start and end frames. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            duration: Duration of the video in seconds. Default: 4.
            resolution: Output video resolution. Default: "720p".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            bgm: Whether to add background music to the video (only for 4-second videos). Default:
                false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "seed": seed,
                "duration": duration,
                "resolution": resolution,
                "movement_amplitude": movement_amplitude,
                "bgm": bgm,
            }
        )
        return self._stream(payload, options)
