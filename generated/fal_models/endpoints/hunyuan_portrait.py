# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/hunyuan-portrait` (Hunyuan Portrait)."""

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
from fal_models.models.hunyuan_portrait import HunyuanPortraitInput, HunyuanPortraitOutput

__all__ = [
    "HunyuanPortrait",
    "AsyncHunyuanPortrait",
    "HunyuanPortraitInput",
    "HunyuanPortraitOutput",
]


class HunyuanPortrait(SyncEndpoint[HunyuanPortraitInput, HunyuanPortraitOutput]):
    """Hunyuan Portrait (`fal-ai/hunyuan-portrait`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/hunyuan-portrait/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan-portrait"
    input_model: ClassVar[type[HunyuanPortraitInput]] = HunyuanPortraitInput
    output_model: ClassVar[type[HunyuanPortraitOutput]] = HunyuanPortraitOutput
    Input = HunyuanPortraitInput
    Output = HunyuanPortraitOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        use_arcface: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> HunyuanPortraitOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: The URL of the driving video. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            image_url: The URL of the source image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            seed: Random seed for generation. If None, a random seed will be used.
            use_arcface: Whether to use ArcFace for face recognition. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "seed": seed,
                "use_arcface": use_arcface,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        use_arcface: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[HunyuanPortraitOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: The URL of the driving video. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            image_url: The URL of the source image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            seed: Random seed for generation. If None, a random seed will be used.
            use_arcface: Whether to use ArcFace for face recognition. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "seed": seed,
                "use_arcface": use_arcface,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        use_arcface: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> HunyuanPortraitOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: The URL of the driving video. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            image_url: The URL of the source image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            seed: Random seed for generation. If None, a random seed will be used.
            use_arcface: Whether to use ArcFace for face recognition. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "seed": seed,
                "use_arcface": use_arcface,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        use_arcface: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[HunyuanPortraitOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: The URL of the driving video. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            image_url: The URL of the source image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            seed: Random seed for generation. If None, a random seed will be used.
            use_arcface: Whether to use ArcFace for face recognition. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "seed": seed,
                "use_arcface": use_arcface,
            }
        )
        return self._stream(payload, options)


class AsyncHunyuanPortrait(AsyncEndpoint[HunyuanPortraitInput, HunyuanPortraitOutput]):
    """Hunyuan Portrait (`fal-ai/hunyuan-portrait`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/hunyuan-portrait/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan-portrait"
    input_model: ClassVar[type[HunyuanPortraitInput]] = HunyuanPortraitInput
    output_model: ClassVar[type[HunyuanPortraitOutput]] = HunyuanPortraitOutput
    Input = HunyuanPortraitInput
    Output = HunyuanPortraitOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        use_arcface: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> HunyuanPortraitOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: The URL of the driving video. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            image_url: The URL of the source image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            seed: Random seed for generation. If None, a random seed will be used.
            use_arcface: Whether to use ArcFace for face recognition. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "seed": seed,
                "use_arcface": use_arcface,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        use_arcface: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[HunyuanPortraitOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: The URL of the driving video. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            image_url: The URL of the source image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            seed: Random seed for generation. If None, a random seed will be used.
            use_arcface: Whether to use ArcFace for face recognition. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "seed": seed,
                "use_arcface": use_arcface,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        use_arcface: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> HunyuanPortraitOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: The URL of the driving video. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            image_url: The URL of the source image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            seed: Random seed for generation. If None, a random seed will be used.
            use_arcface: Whether to use ArcFace for face recognition. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "seed": seed,
                "use_arcface": use_arcface,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        image_url: FileInput,
        seed: int | None | Omit = omit,
        use_arcface: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[HunyuanPortraitOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: The URL of the driving video. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            image_url: The URL of the source image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            seed: Random seed for generation. If None, a random seed will be used.
            use_arcface: Whether to use ArcFace for face recognition. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "image_url": image_url,
                "seed": seed,
                "use_arcface": use_arcface,
            }
        )
        return self._stream(payload, options)
