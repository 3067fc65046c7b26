# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/kokoro/british-english` (Kokoro British English)."""

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
from fal_models.models.kokoro_british_english import (
    KokoroBritishEnglishInput,
    KokoroBritishEnglishOutput,
)

__all__ = [
    "KokoroBritishEnglish",
    "AsyncKokoroBritishEnglish",
    "KokoroBritishEnglishInput",
    "KokoroBritishEnglishOutput",
]


class KokoroBritishEnglish(SyncEndpoint[KokoroBritishEnglishInput, KokoroBritishEnglishOutput]):
    """Kokoro British English (`fal-ai/kokoro/british-english`).

    Category: audio-to-audio. Docs: https://fal.ai/models/fal-ai/kokoro/british-english/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kokoro/british-english"
    input_model: ClassVar[type[KokoroBritishEnglishInput]] = KokoroBritishEnglishInput
    output_model: ClassVar[type[KokoroBritishEnglishOutput]] = KokoroBritishEnglishOutput
    Input = KokoroBritishEnglishInput
    Output = KokoroBritishEnglishOutput

    def subscribe(
        self,
        *,
        prompt: str,
        voice: Literal[
            "bf_alice",
            "bf_emma",
            "bf_isabella",
            "bf_lily",
            "bm_daniel",
            "bm_fable",
            "bm_george",
            "bm_lewis",
        ],
        speed: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> KokoroBritishEnglishOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs.
            voice: Voice ID for the desired voice.
            speed: Speed of the generated audio. Default is 1.0. Default: 1. Limits: minimum 0.1,
                maximum 5.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "voice": voice,
                "speed": speed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        voice: Literal[
            "bf_alice",
            "bf_emma",
            "bf_isabella",
            "bf_lily",
            "bm_daniel",
            "bm_fable",
            "bm_george",
            "bm_lewis",
        ],
        speed: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[KokoroBritishEnglishOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs.
            voice: Voice ID for the desired voice.
            speed: Speed of the generated audio. Default is 1.0. Default: 1. Limits: minimum 0.1,
                maximum 5.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "voice": voice,
                "speed": speed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        voice: Literal[
            "bf_alice",
            "bf_emma",
            "bf_isabella",
            "bf_lily",
            "bm_daniel",
            "bm_fable",
            "bm_george",
            "bm_lewis",
        ],
        speed: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KokoroBritishEnglishOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs.
            voice: Voice ID for the desired voice.
            speed: Speed of the generated audio. Default is 1.0. Default: 1. Limits: minimum 0.1,
                maximum 5.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "voice": voice,
                "speed": speed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        voice: Literal[
            "bf_alice",
            "bf_emma",
            "bf_isabella",
            "bf_lily",
            "bm_daniel",
            "bm_fable",
            "bm_george",
            "bm_lewis",
        ],
        speed: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[KokoroBritishEnglishOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs.
            voice: Voice ID for the desired voice.
            speed: Speed of the generated audio. Default is 1.0. Default: 1. Limits: minimum 0.1,
                maximum 5.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "voice": voice,
                "speed": speed,
            }
        )
        return self._stream(payload, options)


class AsyncKokoroBritishEnglish(
    AsyncEndpoint[KokoroBritishEnglishInput, KokoroBritishEnglishOutput]
):
    """Kokoro British English (`fal-ai/kokoro/british-english`).

    Category: audio-to-audio. Docs: https://fal.ai/models/fal-ai/kokoro/british-english/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kokoro/british-english"
    input_model: ClassVar[type[KokoroBritishEnglishInput]] = KokoroBritishEnglishInput
    output_model: ClassVar[type[KokoroBritishEnglishOutput]] = KokoroBritishEnglishOutput
    Input = KokoroBritishEnglishInput
    Output = KokoroBritishEnglishOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        voice: Literal[
            "bf_alice",
            "bf_emma",
            "bf_isabella",
            "bf_lily",
            "bm_daniel",
            "bm_fable",
            "bm_george",
            "bm_lewis",
        ],
        speed: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> KokoroBritishEnglishOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs.
            voice: Voice ID for the desired voice.
            speed: Speed of the generated audio. Default is 1.0. Default: 1. Limits: minimum 0.1,
                maximum 5.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "voice": voice,
                "speed": speed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        voice: Literal[
            "bf_alice",
            "bf_emma",
            "bf_isabella",
            "bf_lily",
            "bm_daniel",
            "bm_fable",
            "bm_george",
            "bm_lewis",
        ],
        speed: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[KokoroBritishEnglishOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs.
            voice: Voice ID for the desired voice.
            speed: Speed of the generated audio. Default is 1.0. Default: 1. Limits: minimum 0.1,
                maximum 5.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "voice": voice,
                "speed": speed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        voice: Literal[
            "bf_alice",
            "bf_emma",
            "bf_isabella",
            "bf_lily",
            "bm_daniel",
            "bm_fable",
            "bm_george",
            "bm_lewis",
        ],
        speed: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KokoroBritishEnglishOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs.
            voice: Voice ID for the desired voice.
            speed: Speed of the generated audio. Default is 1.0. Default: 1. Limits: minimum 0.1,
                maximum 5.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "voice": voice,
                "speed": speed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        voice: Literal[
            "bf_alice",
            "bf_emma",
            "bf_isabella",
            "bf_lily",
            "bm_daniel",
            "bm_fable",
            "bm_george",
            "bm_lewis",
        ],
        speed: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[KokoroBritishEnglishOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs.
            voice: Voice ID for the desired voice.
            speed: Speed of the generated audio. Default is 1.0. Default: 1. Limits: minimum 0.1,
                maximum 5.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "voice": voice,
                "speed": speed,
            }
        )
        return self._stream(payload, options)
