# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/kandinsky5-pro/image-to-video` (Kandinsky5 Pro Image To Video)."""

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
from fal_models.models.kandinsky5_pro_image_to_video import (
    Kandinsky5ProImageToVideoInput,
    Kandinsky5ProImageToVideoOutput,
)

__all__ = [
    "Kandinsky5ProImageToVideo",
    "AsyncKandinsky5ProImageToVideo",
    "Kandinsky5ProImageToVideoInput",
    "Kandinsky5ProImageToVideoOutput",
]


class Kandinsky5ProImageToVideo(
    SyncEndpoint[Kandinsky5ProImageToVideoInput, Kandinsky5ProImageToVideoOutput]
):
    """Kandinsky5 Pro Image To Video (`fal-ai/kandinsky5-pro/image-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/kandinsky5-pro/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kandinsky5-pro/image-to-video"
    input_model: ClassVar[type[Kandinsky5ProImageToVideoInput]] = Kandinsky5ProImageToVideoInput
    output_model: ClassVar[type[Kandinsky5ProImageToVideoOutput]] = Kandinsky5ProImageToVideoOutput
    Input = Kandinsky5ProImageToVideoInput
    Output = Kandinsky5ProImageToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        resolution: Literal["512P", "1024P"] | Omit = omit,
        duration: Literal["5s"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        acceleration: Literal["none", "regular"] | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Kandinsky5ProImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            image_url: The URL of the image to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            resolution: Video resolution: 512p or 1024p. Default: "512P".
            duration: Video duration. Default: "5s".
            num_inference_steps: See fal's docs. Default: 28. Limits: minimum 1, maximum 40.
            acceleration: Acceleration level for faster generation. Default: "regular".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "resolution": resolution,
                "duration": duration,
                "num_inference_steps": num_inference_steps,
                "acceleration": acceleration,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        resolution: Literal["512P", "1024P"] | Omit = omit,
        duration: Literal["5s"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        acceleration: Literal["none", "regular"] | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Kandinsky5ProImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the video from.
            image_url: The URL of the image to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            resolution: Video resolution: 512p or 1024p. Default: "512P".
            duration: Video duration. Default: "5s".
            num_inference_steps: See fal's docs. Default: 28. Limits: minimum 1, maximum 40.
            acceleration: Acceleration level for faster generation. Default: "regular".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "resolution": resolution,
                "duration": duration,
                "num_inference_steps": num_inference_steps,
                "acceleration": acceleration,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        resolution: Literal["512P", "1024P"] | Omit = omit,
        duration: Literal["5s"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        acceleration: Literal["none", "regular"] | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Kandinsky5ProImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            image_url: The URL of the image to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            resolution: Video resolution: 512p or 1024p. Default: "512P".
            duration: Video duration. Default: "5s".
            num_inference_steps: See fal's docs. Default: 28. Limits: minimum 1, maximum 40.
            acceleration: Acceleration level for faster generation. Default: "regular".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "resolution": resolution,
                "duration": duration,
                "num_inference_steps": num_inference_steps,
                "acceleration": acceleration,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        resolution: Literal["512P", "1024P"] | Omit = omit,
        duration: Literal["5s"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        acceleration: Literal["none", "regular"] | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Kandinsky5ProImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the video from.
            image_url: The URL of the image to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            resolution: Video resolution: 512p or 1024p. Default: "512P".
            duration: Video duration. Default: "5s".
            num_inference_steps: See fal's docs. Default: 28. Limits: minimum 1, maximum 40.
            acceleration: Acceleration level for faster generation. Default: "regular".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "resolution": resolution,
                "duration": duration,
                "num_inference_steps": num_inference_steps,
                "acceleration": acceleration,
            }
        )
        return self._stream(payload, options)


class AsyncKandinsky5ProImageToVideo(
    AsyncEndpoint[Kandinsky5ProImageToVideoInput, Kandinsky5ProImageToVideoOutput]
):
    """Kandinsky5 Pro Image To Video (`fal-ai/kandinsky5-pro/image-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/kandinsky5-pro/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kandinsky5-pro/image-to-video"
    input_model: ClassVar[type[Kandinsky5ProImageToVideoInput]] = Kandinsky5ProImageToVideoInput
    output_model: ClassVar[type[Kandinsky5ProImageToVideoOutput]] = Kandinsky5ProImageToVideoOutput
    Input = Kandinsky5ProImageToVideoInput
    Output = Kandinsky5ProImageToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        resolution: Literal["512P", "1024P"] | Omit = omit,
        duration: Literal["5s"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        acceleration: Literal["none", "regular"] | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Kandinsky5ProImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            image_url: The URL of the image to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            resolution: Video resolution: 512p or 1024p. Default: "512P".
            duration: Video duration. Default: "5s".
            num_inference_steps: See fal's docs. Default: 28. Limits: minimum 1, maximum 40.
            acceleration: Acceleration level for faster generation. Default: "regular".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "resolution": resolution,
                "duration": duration,
                "num_inference_steps": num_inference_steps,
                "acceleration": acceleration,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        resolution: Literal["512P", "1024P"] | Omit = omit,
        duration: Literal["5s"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        acceleration: Literal["none", "regular"] | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Kandinsky5ProImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the video from.
            image_url: The URL of the image to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            resolution: Video resolution: 512p or 1024p. Default: "512P".
            duration: Video duration. Default: "5s".
            num_inference_steps: See fal's docs. Default: 28. Limits: minimum 1, maximum 40.
            acceleration: Acceleration level for faster generation. Default: "regular".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "resolution": resolution,
                "duration": duration,
                "num_inference_steps": num_inference_steps,
                "acceleration": acceleration,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        resolution: Literal["512P", "1024P"] | Omit = omit,
        duration: Literal["5s"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        acceleration: Literal["none", "regular"] | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Kandinsky5ProImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            image_url: The URL of the image to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            resolution: Video resolution: 512p or 1024p. Default: "512P".
            duration: Video duration. Default: "5s".
            num_inference_steps: See fal's docs. Default: 28. Limits: minimum 1, maximum 40.
            acceleration: Acceleration level for faster generation. Default: "regular".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "resolution": resolution,
                "duration": duration,
                "num_inference_steps": num_inference_steps,
                "acceleration": acceleration,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        resolution: Literal["512P", "1024P"] | Omit = omit,
        duration: Literal["5s"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        acceleration: Literal["none", "regular"] | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Kandinsky5ProImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the video from.
            image_url: The URL of the image to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            resolution: Video resolution: 512p or 1024p. Default: "512P".
            duration: Video duration. Default: "5s".
            num_inference_steps: See fal's docs. Default: 28. Limits: minimum 1, maximum 40.
            acceleration: Acceleration level for faster generation. Default: "regular".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "resolution": resolution,
                "duration": duration,
                "num_inference_steps": num_inference_steps,
                "acceleration": acceleration,
            }
        )
        return self._stream(payload, options)
