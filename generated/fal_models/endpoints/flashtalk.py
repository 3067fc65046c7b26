# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/flashtalk` (Flashtalk)."""

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
from fal_models.models.flashtalk import FlashtalkInput, FlashtalkOutput

__all__ = ["Flashtalk", "AsyncFlashtalk", "FlashtalkInput", "FlashtalkOutput"]


class Flashtalk(SyncEndpoint[FlashtalkInput, FlashtalkOutput]):
    """Flashtalk (`fal-ai/flashtalk`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/flashtalk/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flashtalk"
    input_model: ClassVar[type[FlashtalkInput]] = FlashtalkInput
    output_model: ClassVar[type[FlashtalkOutput]] = FlashtalkOutput
    Input = FlashtalkInput
    Output = FlashtalkOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        seed: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> FlashtalkOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the face reference image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            audio_url: URL of the speech audio file (WAV, MP3, etc). Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducibility.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[FlashtalkOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the face reference image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            audio_url: URL of the speech audio file (WAV, MP3, etc). Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducibility.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FlashtalkOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the face reference image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            audio_url: URL of the speech audio file (WAV, MP3, etc). Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducibility.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[FlashtalkOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the face reference image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            audio_url: URL of the speech audio file (WAV, MP3, etc). Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducibility.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncFlashtalk(AsyncEndpoint[FlashtalkInput, FlashtalkOutput]):
    """Flashtalk (`fal-ai/flashtalk`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/flashtalk/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flashtalk"
    input_model: ClassVar[type[FlashtalkInput]] = FlashtalkInput
    output_model: ClassVar[type[FlashtalkOutput]] = FlashtalkOutput
    Input = FlashtalkInput
    Output = FlashtalkOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        seed: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> FlashtalkOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the face reference image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            audio_url: URL of the speech audio file (WAV, MP3, etc). Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducibility.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[FlashtalkOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the face reference image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            audio_url: URL of the speech audio file (WAV, MP3, etc). Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducibility.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FlashtalkOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the face reference image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            audio_url: URL of the speech audio file (WAV, MP3, etc). Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducibility.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        audio_url: FileInput,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[FlashtalkOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the face reference image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            audio_url: URL of the speech audio file (WAV, MP3, etc). Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            seed: Random seed for reproducibility.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "audio_url": audio_url,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
