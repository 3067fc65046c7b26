# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/hunyuan-video-img2vid-lora` (Hunyuan Video Img2vid Lora)."""

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
from fal_models.models.hunyuan_video_img2vid_lora import (
    HunyuanVideoImg2vidLoraInput,
    HunyuanVideoImg2vidLoraOutput,
)

__all__ = [
    "HunyuanVideoImg2vidLora",
    "AsyncHunyuanVideoImg2vidLora",
    "HunyuanVideoImg2vidLoraInput",
    "HunyuanVideoImg2vidLoraOutput",
]


class HunyuanVideoImg2vidLora(
    SyncEndpoint[HunyuanVideoImg2vidLoraInput, HunyuanVideoImg2vidLoraOutput]
):
    """Hunyuan Video Img2vid Lora (`fal-ai/hunyuan-video-img2vid-lora`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/hunyuan-video-img2vid-lora/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan-video-img2vid-lora"
    input_model: ClassVar[type[HunyuanVideoImg2vidLoraInput]] = HunyuanVideoImg2vidLoraInput
    output_model: ClassVar[type[HunyuanVideoImg2vidLoraOutput]] = HunyuanVideoImg2vidLoraOutput
    Input = HunyuanVideoImg2vidLoraInput
    Output = HunyuanVideoImg2vidLoraOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> HunyuanVideoImg2vidLoraOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            image_url: The URL to the image to generate the video from. The image must be 960x544 or
                it will get cropped and resized to that size. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            seed: The seed to use for generating the video.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[HunyuanVideoImg2vidLoraOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the video from.
            image_url: The URL to the image to generate the video from. The image must be 960x544 or
                it will get cropped and resized to that size. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            seed: The seed to use for generating the video.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> HunyuanVideoImg2vidLoraOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            image_url: The URL to the image to generate the video from. The image must be 960x544 or
                it will get cropped and resized to that size. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            seed: The seed to use for generating the video.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[HunyuanVideoImg2vidLoraOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the video from.
            image_url: The URL to the image to generate the video from. The image must be 960x544 or
                it will get cropped and resized to that size. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            seed: The seed to use for generating the video.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncHunyuanVideoImg2vidLora(
    AsyncEndpoint[HunyuanVideoImg2vidLoraInput, HunyuanVideoImg2vidLoraOutput]
):
    """Hunyuan Video Img2vid Lora (`fal-ai/hunyuan-video-img2vid-lora`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/hunyuan-video-img2vid-lora/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan-video-img2vid-lora"
    input_model: ClassVar[type[HunyuanVideoImg2vidLoraInput]] = HunyuanVideoImg2vidLoraInput
    output_model: ClassVar[type[HunyuanVideoImg2vidLoraOutput]] = HunyuanVideoImg2vidLoraOutput
    Input = HunyuanVideoImg2vidLoraInput
    Output = HunyuanVideoImg2vidLoraOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> HunyuanVideoImg2vidLoraOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            image_url: The URL to the image to generate the video from. The image must be 960x544 or
                it will get cropped and resized to that size. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            seed: The seed to use for generating the video.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[HunyuanVideoImg2vidLoraOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the video from.
            image_url: The URL to the image to generate the video from. The image must be 960x544 or
                it will get cropped and resized to that size. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            seed: The seed to use for generating the video.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> HunyuanVideoImg2vidLoraOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the video from.
            image_url: The URL to the image to generate the video from. The image must be 960x544 or
                it will get cropped and resized to that size. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            seed: The seed to use for generating the video.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[HunyuanVideoImg2vidLoraOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the video from.
            image_url: The URL to the image to generate the video from. The image must be 960x544 or
                it will get cropped and resized to that size. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            seed: The seed to use for generating the video.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
