# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/scail` (Scail)."""

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
from fal_models.models.scail import ScailInput, ScailOutput

__all__ = ["Scail", "AsyncScail", "ScailInput", "ScailOutput"]


class Scail(SyncEndpoint[ScailInput, ScailOutput]):
    """Scail (`fal-ai/scail`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/scail/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/scail"
    input_model: ClassVar[type[ScailInput]] = ScailInput
    output_model: ClassVar[type[ScailOutput]] = ScailOutput
    Input = ScailInput
    Output = ScailOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        video_url: FileInput,
        multi_character: bool | Omit = omit,
        resolution: Literal["512p"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ScailOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to guide video generation.
            image_url: The URL of the image to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            video_url: The URL of the video to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            multi_character: Enable multi-character mode. Use when driving video has multiple
                people. Default: false.
            resolution: Output resolution. Outputs 896x512 (landscape) or 512x896 (portrait) based
                on the input image aspect ratio. Default: "512p".
            num_inference_steps: The number of inference steps to use for the video generation.
                Default: 28. Limits: minimum 2, maximum 30.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "video_url": video_url,
                "multi_character": multi_character,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        video_url: FileInput,
        multi_character: bool | Omit = omit,
        resolution: Literal["512p"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ScailOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to guide video generation.
            image_url: The URL of the image to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            video_url: The URL of the video to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            multi_character: Enable multi-character mode. Use when driving video has multiple
                people. Default: false.
            resolution: Output resolution. Outputs 896x512 (landscape) or 512x896 (portrait) based
                on the input image aspect ratio. Default: "512p".
            num_inference_steps: The number of inference steps to use for the video generation.
                Default: 28. Limits: minimum 2, maximum 30.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "video_url": video_url,
                "multi_character": multi_character,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        video_url: FileInput,
        multi_character: bool | Omit = omit,
        resolution: Literal["512p"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ScailOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to guide video generation.
            image_url: The URL of the image to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            video_url: The URL of the video to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            multi_character: Enable multi-character mode. Use when driving video has multiple
                people. Default: false.
            resolution: Output resolution. Outputs 896x512 (landscape) or 512x896 (portrait) based
                on the input image aspect ratio. Default: "512p".
            num_inference_steps: The number of inference steps to use for the video generation.
                Default: 28. Limits: minimum 2, maximum 30.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "video_url": video_url,
                "multi_character": multi_character,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        video_url: FileInput,
        multi_character: bool | Omit = omit,
        resolution: Literal["512p"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ScailOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to guide video generation.
            image_url: The URL of the image to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            video_url: The URL of the video to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            multi_character: Enable multi-character mode. Use when driving video has multiple
                people. Default: false.
            resolution: Output resolution. Outputs 896x512 (landscape) or 512x896 (portrait) based
                on the input image aspect ratio. Default: "512p".
            num_inference_steps: The number of inference steps to use for the video generation.
                Default: 28. Limits: minimum 2, maximum 30.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "video_url": video_url,
                "multi_character": multi_character,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
            }
        )
        return self._stream(payload, options)


class AsyncScail(AsyncEndpoint[ScailInput, ScailOutput]):
    """Scail (`fal-ai/scail`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/scail/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/scail"
    input_model: ClassVar[type[ScailInput]] = ScailInput
    output_model: ClassVar[type[ScailOutput]] = ScailOutput
    Input = ScailInput
    Output = ScailOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        video_url: FileInput,
        multi_character: bool | Omit = omit,
        resolution: Literal["512p"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ScailOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to guide video generation.
            image_url: The URL of the image to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            video_url: The URL of the video to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            multi_character: Enable multi-character mode. Use when driving video has multiple
                people. Default: false.
            resolution: Output resolution. Outputs 896x512 (landscape) or 512x896 (portrait) based
                on the input image aspect ratio. Default: "512p".
            num_inference_steps: The number of inference steps to use for the video generation.
                Default: 28. Limits: minimum 2, maximum 30.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "video_url": video_url,
                "multi_character": multi_character,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        video_url: FileInput,
        multi_character: bool | Omit = omit,
        resolution: Literal["512p"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ScailOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to guide video generation.
            image_url: The URL of the image to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            video_url: The URL of the video to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            multi_character: Enable multi-character mode. Use when driving video has multiple
                people. Default: false.
            resolution: Output resolution. Outputs 896x512 (landscape) or 512x896 (portrait) based
                on the input image aspect ratio. Default: "512p".
            num_inference_steps: The number of inference steps to use for the video generation.
                Default: 28. Limits: minimum 2, maximum 30.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "video_url": video_url,
                "multi_character": multi_character,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        video_url: FileInput,
        multi_character: bool | Omit = omit,
        resolution: Literal["512p"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ScailOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to guide video generation.
            image_url: The URL of the image to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            video_url: The URL of the video to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            multi_character: Enable multi-character mode. Use when driving video has multiple
                people. Default: false.
            resolution: Output resolution. Outputs 896x512 (landscape) or 512x896 (portrait) based
                on the input image aspect ratio. Default: "512p".
            num_inference_steps: The number of inference steps to use for the video generation.
                Default: 28. Limits: minimum 2, maximum 30.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "video_url": video_url,
                "multi_character": multi_character,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        video_url: FileInput,
        multi_character: bool | Omit = omit,
        resolution: Literal["512p"] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ScailOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to guide video generation.
            image_url: The URL of the image to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            video_url: The URL of the video to use as a reference for the video generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            multi_character: Enable multi-character mode. Use when driving video has multiple
                people. Default: false.
            resolution: Output resolution. Outputs 896x512 (landscape) or 512x896 (portrait) based
                on the input image aspect ratio. Default: "512p".
            num_inference_steps: The number of inference steps to use for the video generation.
                Default: 28. Limits: minimum 2, maximum 30.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "video_url": video_url,
                "multi_character": multi_character,
                "resolution": resolution,
                "num_inference_steps": num_inference_steps,
            }
        )
        return self._stream(payload, options)
