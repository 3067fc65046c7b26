# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/orpheus-tts` (Orpheus Tts)."""

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
from fal_models.models.orpheus_tts import OrpheusTtsInput, OrpheusTtsOutput

__all__ = ["OrpheusTts", "AsyncOrpheusTts", "OrpheusTtsInput", "OrpheusTtsOutput"]


class OrpheusTts(SyncEndpoint[OrpheusTtsInput, OrpheusTtsOutput]):
    """Orpheus Tts (`fal-ai/orpheus-tts`).

    Category: text-to-speech. Docs: https://fal.ai/models/fal-ai/orpheus-tts/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/orpheus-tts"
    input_model: ClassVar[type[OrpheusTtsInput]] = OrpheusTtsInput
    output_model: ClassVar[type[OrpheusTtsOutput]] = OrpheusTtsOutput
    Input = OrpheusTtsInput
    Output = OrpheusTtsOutput

    def subscribe(
        self,
        *,
        text: str,
        voice: Literal["tara", "leah", "jess", "leo", "dan", "mia", "zac", "zoe"] | Omit = omit,
        temperature: float | Omit = omit,
        repetition_penalty: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> OrpheusTtsOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            text: The text to be converted to speech. You can additionally add the following emotive
                tags: <laugh>, <chuckle>, <sigh>, <cough>, <sniffle>, <groan>, <yawn>, <gasp>.
            voice: Voice ID for the desired voice. Default: "tara".
            temperature: Temperature for generation (higher = more creative). Default: 0.7. Limits:
                minimum 0, maximum 2.
            repetition_penalty: Repetition penalty (>= 1.1 required for stable generations).
                Default: 1.2. Limits: minimum 1.1, maximum 2.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice": voice,
                "temperature": temperature,
                "repetition_penalty": repetition_penalty,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        text: str,
        voice: Literal["tara", "leah", "jess", "leo", "dan", "mia", "zac", "zoe"] | Omit = omit,
        temperature: float | Omit = omit,
        repetition_penalty: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[OrpheusTtsOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            text: The text to be converted to speech. You can additionally add the following emotive
                tags: <laugh>, <chuckle>, <sigh>, <cough>, <sniffle>, <groan>, <yawn>, <gasp>.
            voice: Voice ID for the desired voice. Default: "tara".
            temperature: Temperature for generation (higher = more creative). Default: 0.7. Limits:
                minimum 0, maximum 2.
            repetition_penalty: Repetition penalty (>= 1.1 required for stable generations).
                Default: 1.2. Limits: minimum 1.1, maximum 2.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice": voice,
                "temperature": temperature,
                "repetition_penalty": repetition_penalty,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        text: str,
        voice: Literal["tara", "leah", "jess", "leo", "dan", "mia", "zac", "zoe"] | Omit = omit,
        temperature: float | Omit = omit,
        repetition_penalty: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> OrpheusTtsOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            text: The text to be converted to speech. You can additionally add the following emotive
                tags: <laugh>, <chuckle>, <sigh>, <cough>, <sniffle>, <groan>, <yawn>, <gasp>.
            voice: Voice ID for the desired voice. Default: "tara".
            temperature: Temperature for generation (higher = more creative). Default: 0.7. Limits:
                minimum 0, maximum 2.
            repetition_penalty: Repetition penalty (>= 1.1 required for stable generations).
                Default: 1.2. Limits: minimum 1.1, maximum 2.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice": voice,
                "temperature": temperature,
                "repetition_penalty": repetition_penalty,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        text: str,
        voice: Literal["tara", "leah", "jess", "leo", "dan", "mia", "zac", "zoe"] | Omit = omit,
        temperature: float | Omit = omit,
        repetition_penalty: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[OrpheusTtsOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            text: The text to be converted to speech. You can additionally add the following emotive
                tags: <laugh>, <chuckle>, <sigh>, <cough>, <sniffle>, <groan>, <yawn>, <gasp>.
            voice: Voice ID for the desired voice. Default: "tara".
            temperature: Temperature for generation (higher = more creative). Default: 0.7. Limits:
                minimum 0, maximum 2.
            repetition_penalty: Repetition penalty (>= 1.1 required for stable generations).
                Default: 1.2. Limits: minimum 1.1, maximum 2.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice": voice,
                "temperature": temperature,
                "repetition_penalty": repetition_penalty,
            }
        )
        return self._stream(payload, options)


class AsyncOrpheusTts(AsyncEndpoint[OrpheusTtsInput, OrpheusTtsOutput]):
    """Orpheus Tts (`fal-ai/orpheus-tts`).

    Category: text-to-speech. Docs: https://fal.ai/models/fal-ai/orpheus-tts/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/orpheus-tts"
    input_model: ClassVar[type[OrpheusTtsInput]] = OrpheusTtsInput
    output_model: ClassVar[type[OrpheusTtsOutput]] = OrpheusTtsOutput
    Input = OrpheusTtsInput
    Output = OrpheusTtsOutput

    async def subscribe(
        self,
        *,
        text: str,
        voice: Literal["tara", "leah", "jess", "leo", "dan", "mia", "zac", "zoe"] | Omit = omit,
        temperature: float | Omit = omit,
        repetition_penalty: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> OrpheusTtsOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            text: The text to be converted to speech. You can additionally add the following emotive
                tags: <laugh>, <chuckle>, <sigh>, <cough>, <sniffle>, <groan>, <yawn>, <gasp>.
            voice: Voice ID for the desired voice. Default: "tara".
            temperature: Temperature for generation (higher = more creative). Default: 0.7. Limits:
                minimum 0, maximum 2.
            repetition_penalty: Repetition penalty (>= 1.1 required for stable generations).
                Default: 1.2. Limits: minimum 1.1, maximum 2.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice": voice,
                "temperature": temperature,
                "repetition_penalty": repetition_penalty,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        text: str,
        voice: Literal["tara", "leah", "jess", "leo", "dan", "mia", "zac", "zoe"] | Omit = omit,
        temperature: float | Omit = omit,
        repetition_penalty: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[OrpheusTtsOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            text: The text to be converted to speech. You can additionally add the following emotive
                tags: <laugh>, <chuckle>, <sigh>, <cough>, <sniffle>, <groan>, <yawn>, <gasp>.
            voice: Voice ID for the desired voice. Default: "tara".
            temperature: Temperature for generation (higher = more creative). Default: 0.7. Limits:
                minimum 0, maximum 2.
            repetition_penalty: Repetition penalty (>= 1.1 required for stable generations).
                Default: 1.2. Limits: minimum 1.1, maximum 2.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice": voice,
                "temperature": temperature,
                "repetition_penalty": repetition_penalty,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        text: str,
        voice: Literal["tara", "leah", "jess", "leo", "dan", "mia", "zac", "zoe"] | Omit = omit,
        temperature: float | Omit = omit,
        repetition_penalty: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> OrpheusTtsOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            text: The text to be converted to speech. You can additionally add the following emotive
                tags: <laugh>, <chuckle>, <sigh>, <cough>, <sniffle>, <groan>, <yawn>, <gasp>.
            voice: Voice ID for the desired voice. Default: "tara".
            temperature: Temperature for generation (higher = more creative). Default: 0.7. Limits:
                minimum 0, maximum 2.
            repetition_penalty: Repetition penalty (>= 1.1 required for stable generations).
                Default: 1.2. Limits: minimum 1.1, maximum 2.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice": voice,
                "temperature": temperature,
                "repetition_penalty": repetition_penalty,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        text: str,
        voice: Literal["tara", "leah", "jess", "leo", "dan", "mia", "zac", "zoe"] | Omit = omit,
        temperature: float | Omit = omit,
        repetition_penalty: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[OrpheusTtsOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            text: The text to be converted to speech. You can additionally add the following emotive
                tags: <laugh>, <chuckle>, <sigh>, <cough>, <sniffle>, <groan>, <yawn>, <gasp>.
            voice: Voice ID for the desired voice. Default: "tara".
            temperature: Temperature for generation (higher = more creative). Default: 0.7. Limits:
                minimum 0, maximum 2.
            repetition_penalty: Repetition penalty (>= 1.1 required for stable generations).
                Default: 1.2. Limits: minimum 1.1, maximum 2.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice": voice,
                "temperature": temperature,
                "repetition_penalty": repetition_penalty,
            }
        )
        return self._stream(payload, options)
