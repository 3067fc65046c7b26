# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/flashhead` (Flashhead)."""

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
from fal_models.models.flashhead import FlashheadInput, FlashheadOutput

__all__ = ["Flashhead", "AsyncFlashhead", "FlashheadInput", "FlashheadOutput"]


class Flashhead(SyncEndpoint[FlashheadInput, FlashheadOutput]):
    """Flashhead (`fal-ai/flashhead`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/flashhead/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flashhead"
    input_model: ClassVar[type[FlashheadInput]] = FlashheadInput
    output_model: ClassVar[type[FlashheadOutput]] = FlashheadOutput
    Input = FlashheadInput
    Output = FlashheadOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        text: str,
        voice: Literal[
            "Aria",
            "Roger",
            "Sarah",
            "Laura",
            "Charlie",
            "George",
            "Callum",
            "River",
            "Liam",
            "Charlotte",
            "Alice",
            "Matilda",
            "Will",
            "Jessica",
            "Eric",
            "Chris",
            "Brian",
            "Daniel",
            "Lily",
            "Bill",
        ]
        | Omit = omit,
        stability: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> FlashheadOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the face reference image. Portrait recommended. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            text: Text to speak. Converted to speech via ElevenLabs.
            voice: ElevenLabs voice name. Default: "Aria".
            stability: Voice stability (0-1). Default: 0.5. Limits: minimum 0, maximum 1.
            seed: Random seed for reproducibility.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "text": text,
                "voice": voice,
                "stability": stability,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        text: str,
        voice: Literal[
            "Aria",
            "Roger",
            "Sarah",
            "Laura",
            "Charlie",
            "George",
            "Callum",
            "River",
            "Liam",
            "Charlotte",
            "Alice",
            "Matilda",
            "Will",
            "Jessica",
            "Eric",
            "Chris",
            "Brian",
            "Daniel",
            "Lily",
            "Bill",
        ]
        | Omit = omit,
        stability: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[FlashheadOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the face reference image. Portrait recommended. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            text: Text to speak. Converted to speech via ElevenLabs.
            voice: ElevenLabs voice name. Default: "Aria".
            stability: Voice stability (0-1). Default: 0.5. Limits: minimum 0, maximum 1.
            seed: Random seed for reproducibility.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "text": text,
                "voice": voice,
                "stability": stability,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        text: str,
        voice: Literal[
            "Aria",
            "Roger",
            "Sarah",
            "Laura",
            "Charlie",
            "George",
            "Callum",
            "River",
            "Liam",
            "Charlotte",
            "Alice",
            "Matilda",
            "Will",
            "Jessica",
            "Eric",
            "Chris",
            "Brian",
            "Daniel",
            "Lily",
            "Bill",
        ]
        | Omit = omit,
        stability: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FlashheadOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the face reference image. Portrait recommended. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            text: Text to speak. Converted to speech via ElevenLabs.
            voice: ElevenLabs voice name. Default: "Aria".
            stability: Voice stability (0-1). Default: 0.5. Limits: minimum 0, maximum 1.
            seed: Random seed for reproducibility.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "text": text,
                "voice": voice,
                "stability": stability,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        text: str,
        voice: Literal[
            "Aria",
            "Roger",
            "Sarah",
            "Laura",
            "Charlie",
            "George",
            "Callum",
            "River",
            "Liam",
            "Charlotte",
            "Alice",
            "Matilda",
            "Will",
            "Jessica",
            "Eric",
            "Chris",
            "Brian",
            "Daniel",
            "Lily",
            "Bill",
        ]
        | Omit = omit,
        stability: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[FlashheadOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the face reference image. Portrait recommended. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            text: Text to speak. Converted to speech via ElevenLabs.
            voice: ElevenLabs voice name. Default: "Aria".
            stability: Voice stability (0-1). Default: 0.5. Limits: minimum 0, maximum 1.
            seed: Random seed for reproducibility.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "text": text,
                "voice": voice,
                "stability": stability,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncFlashhead(AsyncEndpoint[FlashheadInput, FlashheadOutput]):
    """Flashhead (`fal-ai/flashhead`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/flashhead/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flashhead"
    input_model: ClassVar[type[FlashheadInput]] = FlashheadInput
    output_model: ClassVar[type[FlashheadOutput]] = FlashheadOutput
    Input = FlashheadInput
    Output = FlashheadOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        text: str,
        voice: Literal[
            "Aria",
            "Roger",
            "Sarah",
            "Laura",
            "Charlie",
            "George",
            "Callum",
            "River",
            "Liam",
            "Charlotte",
            "Alice",
            "Matilda",
            "Will",
            "Jessica",
            "Eric",
            "Chris",
            "Brian",
            "Daniel",
            "Lily",
            "Bill",
        ]
        | Omit = omit,
        stability: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> FlashheadOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the face reference image. Portrait recommended. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            text: Text to speak. Converted to speech via ElevenLabs.
            voice: ElevenLabs voice name. Default: "Aria".
            stability: Voice stability (0-1). Default: 0.5. Limits: minimum 0, maximum 1.
            seed: Random seed for reproducibility.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "text": text,
                "voice": voice,
                "stability": stability,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        text: str,
        voice: Literal[
            "Aria",
            "Roger",
            "Sarah",
            "Laura",
            "Charlie",
            "George",
            "Callum",
            "River",
            "Liam",
            "Charlotte",
            "Alice",
            "Matilda",
            "Will",
            "Jessica",
            "Eric",
            "Chris",
            "Brian",
            "Daniel",
            "Lily",
            "Bill",
        ]
        | Omit = omit,
        stability: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[FlashheadOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the face reference image. Portrait recommended. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            text: Text to speak. Converted to speech via ElevenLabs.
            voice: ElevenLabs voice name. Default: "Aria".
            stability: Voice stability (0-1). Default: 0.5. Limits: minimum 0, maximum 1.
            seed: Random seed for reproducibility.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "text": text,
                "voice": voice,
                "stability": stability,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        text: str,
        voice: Literal[
            "Aria",
            "Roger",
            "Sarah",
            "Laura",
            "Charlie",
            "George",
            "Callum",
            "River",
            "Liam",
            "Charlotte",
            "Alice",
            "Matilda",
            "Will",
            "Jessica",
            "Eric",
            "Chris",
            "Brian",
            "Daniel",
            "Lily",
            "Bill",
        ]
        | Omit = omit,
        stability: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FlashheadOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the face reference image. Portrait recommended. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            text: Text to speak. Converted to speech via ElevenLabs.
            voice: ElevenLabs voice name. Default: "Aria".
            stability: Voice stability (0-1). Default: 0.5. Limits: minimum 0, maximum 1.
            seed: Random seed for reproducibility.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "text": text,
                "voice": voice,
                "stability": stability,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        text: str,
        voice: Literal[
            "Aria",
            "Roger",
            "Sarah",
            "Laura",
            "Charlie",
            "George",
            "Callum",
            "River",
            "Liam",
            "Charlotte",
            "Alice",
            "Matilda",
            "Will",
            "Jessica",
            "Eric",
            "Chris",
            "Brian",
            "Daniel",
            "Lily",
            "Bill",
        ]
        | Omit = omit,
        stability: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[FlashheadOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the face reference image. Portrait recommended. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            text: Text to speak. Converted to speech via ElevenLabs.
            voice: ElevenLabs voice name. Default: "Aria".
            stability: Voice stability (0-1). Default: 0.5. Limits: minimum 0, maximum 1.
            seed: Random seed for reproducibility.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "text": text,
                "voice": voice,
                "stability": stability,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
