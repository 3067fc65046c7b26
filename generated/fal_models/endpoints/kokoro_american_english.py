# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/kokoro/american-english` (Kokoro American English)."""

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
from fal_models.models.kokoro_american_english import (
    KokoroAmericanEnglishInput,
    KokoroAmericanEnglishOutput,
)

__all__ = [
    "KokoroAmericanEnglish",
    "AsyncKokoroAmericanEnglish",
    "KokoroAmericanEnglishInput",
    "KokoroAmericanEnglishOutput",
]


class KokoroAmericanEnglish(SyncEndpoint[KokoroAmericanEnglishInput, KokoroAmericanEnglishOutput]):
    """Kokoro American English (`fal-ai/kokoro/american-english`).

    Category: text-to-audio. Docs: https://fal.ai/models/fal-ai/kokoro/american-english/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kokoro/american-english"
    input_model: ClassVar[type[KokoroAmericanEnglishInput]] = KokoroAmericanEnglishInput
    output_model: ClassVar[type[KokoroAmericanEnglishOutput]] = KokoroAmericanEnglishOutput
    Input = KokoroAmericanEnglishInput
    Output = KokoroAmericanEnglishOutput

    def subscribe(
        self,
        *,
        prompt: str | Omit = omit,
        voice: Literal[
            "af_heart",
            "af_alloy",
            "af_aoede",
            "af_bella",
            "af_jessica",
            "af_kore",
            "af_nicole",
            "af_nova",
            "af_river",
            "af_sarah",
            "af_sky",
            "am_adam",
            "am_echo",
            "am_eric",
            "am_fenrir",
            "am_liam",
            "am_michael",
            "am_onyx",
            "am_puck",
            "am_santa",
        ]
        | Omit = omit,
        speed: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> KokoroAmericanEnglishOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs. Default: "".
            voice: Voice ID for the desired voice. Default: "af_heart".
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
        prompt: str | Omit = omit,
        voice: Literal[
            "af_heart",
            "af_alloy",
            "af_aoede",
            "af_bella",
            "af_jessica",
            "af_kore",
            "af_nicole",
            "af_nova",
            "af_river",
            "af_sarah",
            "af_sky",
            "am_adam",
            "am_echo",
            "am_eric",
            "am_fenrir",
            "am_liam",
            "am_michael",
            "am_onyx",
            "am_puck",
            "am_santa",
        ]
        | Omit = omit,
        speed: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[KokoroAmericanEnglishOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs. Default: "".
            voice: Voice ID for the desired voice. Default: "af_heart".
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
        prompt: str | Omit = omit,
        voice: Literal[
            "af_heart",
            "af_alloy",
            "af_aoede",
            "af_bella",
            "af_jessica",
            "af_kore",
            "af_nicole",
            "af_nova",
            "af_river",
            "af_sarah",
            "af_sky",
            "am_adam",
            "am_echo",
            "am_eric",
            "am_fenrir",
            "am_liam",
            "am_michael",
            "am_onyx",
            "am_puck",
            "am_santa",
        ]
        | Omit = omit,
        speed: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KokoroAmericanEnglishOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs. Default: "".
            voice: Voice ID for the desired voice. Default: "af_heart".
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
        prompt: str | Omit = omit,
        voice: Literal[
            "af_heart",
            "af_alloy",
            "af_aoede",
            "af_bella",
            "af_jessica",
            "af_kore",
            "af_nicole",
            "af_nova",
            "af_river",
            "af_sarah",
            "af_sky",
            "am_adam",
            "am_echo",
            "am_eric",
            "am_fenrir",
            "am_liam",
            "am_michael",
            "am_onyx",
            "am_puck",
            "am_santa",
        ]
        | Omit = omit,
        speed: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[KokoroAmericanEnglishOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs. Default: "".
            voice: Voice ID for the desired voice. Default: "af_heart".
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


class AsyncKokoroAmericanEnglish(
    AsyncEndpoint[KokoroAmericanEnglishInput, KokoroAmericanEnglishOutput]
):
    """Kokoro American English (`fal-ai/kokoro/american-english`).

    Category: text-to-audio. Docs: https://fal.ai/models/fal-ai/kokoro/american-english/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kokoro/american-english"
    input_model: ClassVar[type[KokoroAmericanEnglishInput]] = KokoroAmericanEnglishInput
    output_model: ClassVar[type[KokoroAmericanEnglishOutput]] = KokoroAmericanEnglishOutput
    Input = KokoroAmericanEnglishInput
    Output = KokoroAmericanEnglishOutput

    async def subscribe(
        self,
        *,
        prompt: str | Omit = omit,
        voice: Literal[
            "af_heart",
            "af_alloy",
            "af_aoede",
            "af_bella",
            "af_jessica",
            "af_kore",
            "af_nicole",
            "af_nova",
            "af_river",
            "af_sarah",
            "af_sky",
            "am_adam",
            "am_echo",
            "am_eric",
            "am_fenrir",
            "am_liam",
            "am_michael",
            "am_onyx",
            "am_puck",
            "am_santa",
        ]
        | Omit = omit,
        speed: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> KokoroAmericanEnglishOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs. Default: "".
            voice: Voice ID for the desired voice. Default: "af_heart".
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
        prompt: str | Omit = omit,
        voice: Literal[
            "af_heart",
            "af_alloy",
            "af_aoede",
            "af_bella",
            "af_jessica",
            "af_kore",
            "af_nicole",
            "af_nova",
            "af_river",
            "af_sarah",
            "af_sky",
            "am_adam",
            "am_echo",
            "am_eric",
            "am_fenrir",
            "am_liam",
            "am_michael",
            "am_onyx",
            "am_puck",
            "am_santa",
        ]
        | Omit = omit,
        speed: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[KokoroAmericanEnglishOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs. Default: "".
            voice: Voice ID for the desired voice. Default: "af_heart".
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
        prompt: str | Omit = omit,
        voice: Literal[
            "af_heart",
            "af_alloy",
            "af_aoede",
            "af_bella",
            "af_jessica",
            "af_kore",
            "af_nicole",
            "af_nova",
            "af_river",
            "af_sarah",
            "af_sky",
            "am_adam",
            "am_echo",
            "am_eric",
            "am_fenrir",
            "am_liam",
            "am_michael",
            "am_onyx",
            "am_puck",
            "am_santa",
        ]
        | Omit = omit,
        speed: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KokoroAmericanEnglishOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs. Default: "".
            voice: Voice ID for the desired voice. Default: "af_heart".
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
        prompt: str | Omit = omit,
        voice: Literal[
            "af_heart",
            "af_alloy",
            "af_aoede",
            "af_bella",
            "af_jessica",
            "af_kore",
            "af_nicole",
            "af_nova",
            "af_river",
            "af_sarah",
            "af_sky",
            "am_adam",
            "am_echo",
            "am_eric",
            "am_fenrir",
            "am_liam",
            "am_michael",
            "am_onyx",
            "am_puck",
            "am_santa",
        ]
        | Omit = omit,
        speed: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[KokoroAmericanEnglishOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs. Default: "".
            voice: Voice ID for the desired voice. Default: "af_heart".
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
