# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/elevenlabs/text-to-dialogue/eleven-v3` (Elevenlabs Text To
Dialogue Eleven V3).
"""

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
from fal_models.models.elevenlabs_text_to_dialogue_eleven_v3 import (
    DialogueBlock,
    ElevenlabsTextToDialogueElevenV3Input,
    ElevenlabsTextToDialogueElevenV3Output,
    PronunciationDictionaryLocator,
)

__all__ = [
    "ElevenlabsTextToDialogueElevenV3",
    "AsyncElevenlabsTextToDialogueElevenV3",
    "ElevenlabsTextToDialogueElevenV3Input",
    "ElevenlabsTextToDialogueElevenV3Output",
]


class ElevenlabsTextToDialogueElevenV3(
    SyncEndpoint[ElevenlabsTextToDialogueElevenV3Input, ElevenlabsTextToDialogueElevenV3Output]
):
    """Elevenlabs Text To Dialogue Eleven V3 (`fal-ai/elevenlabs/text-to-dialogue/eleven-v3`).

    Category: text-to-audio.
    Docs: https://fal.ai/models/fal-ai/elevenlabs/text-to-dialogue/eleven-v3/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/elevenlabs/text-to-dialogue/eleven-v3"
    input_model: ClassVar[type[ElevenlabsTextToDialogueElevenV3Input]] = (
        ElevenlabsTextToDialogueElevenV3Input
    )
    output_model: ClassVar[type[ElevenlabsTextToDialogueElevenV3Output]] = (
        ElevenlabsTextToDialogueElevenV3Output
    )
    Input = ElevenlabsTextToDialogueElevenV3Input
    Output = ElevenlabsTextToDialogueElevenV3Output

    def subscribe(
        self,
        *,
        inputs: list[DialogueBlock],
        stability: float | None | Omit = omit,
        use_speaker_boost: bool | None | Omit = omit,
        pronunciation_dictionary_locators: list[PronunciationDictionaryLocator] | Omit = omit,
        seed: int | None | Omit = omit,
        language_code: str | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ElevenlabsTextToDialogueElevenV3Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            inputs: A list of dialogue inputs, each containing text and a voice ID which will be
                converted into speech.
            stability: Determines how stable the voice is and the randomness between each
                generation. Lower values introduce broader emotional range for the voice. Higher
                values can result in a monotonous voice with limited emotion. Must be one of 0.0,
                0.5, 1.0, else it will be rounded to the nearest value. Limits: minimum 0, maximum
                1.
            use_speaker_boost: This setting boosts the similarity to the original speaker. Using
                this setting requires a slightly higher computational load, which in turn increases
                latency.
            pronunciation_dictionary_locators: A list of pronunciation dictionary locators (id,
                version_id) to be applied to the text. They will be applied in order. You may have
                up to 3 locators per request. Default: [].
            seed: Random seed for reproducibility.
            language_code: Language code (ISO 639-1) used to enforce a language for the model. An
                error will be returned if language code is not supported by the model.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "inputs": inputs,
                "stability": stability,
                "use_speaker_boost": use_speaker_boost,
                "pronunciation_dictionary_locators": pronunciation_dictionary_locators,
                "seed": seed,
                "language_code": language_code,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        inputs: list[DialogueBlock],
        stability: float | None | Omit = omit,
        use_speaker_boost: bool | None | Omit = omit,
        pronunciation_dictionary_locators: list[PronunciationDictionaryLocator] | Omit = omit,
        seed: int | None | Omit = omit,
        language_code: str | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ElevenlabsTextToDialogueElevenV3Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            inputs: A list of dialogue inputs, each containing text and a voice ID which will be
                converted into speech.
            stability: Determines how stable the voice is and the randomness between each
                generation. Lower values introduce broader emotional range for the voice. Higher
                values can result in a monotonous voice with limited emotion. Must be one of 0.0,
                0.5, 1.0, else it will be rounded to the nearest value. Limits: minimum 0, maximum
                1.
            use_speaker_boost: This setting boosts the similarity to the original speaker. Using
                this setting requires a slightly higher computational load, which in turn increases
                latency.
            pronunciation_dictionary_locators: A list of pronunciation dictionary locators (id,
                version_id) to be applied to the text. They will be applied in order. You may have
                up to 3 locators per request. Default: [].
            seed: Random seed for reproducibility.
            language_code: Language code (ISO 639-1) used to enforce a language for the model. An
                error will be returned if language code is not supported by the model.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "inputs": inputs,
                "stability": stability,
                "use_speaker_boost": use_speaker_boost,
                "pronunciation_dictionary_locators": pronunciation_dictionary_locators,
                "seed": seed,
                "language_code": language_code,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        inputs: list[DialogueBlock],
        stability: float | None | Omit = omit,
        use_speaker_boost: bool | None | Omit = omit,
        pronunciation_dictionary_locators: list[PronunciationDictionaryLocator] | Omit = omit,
        seed: int | None | Omit = omit,
        language_code: str | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ElevenlabsTextToDialogueElevenV3Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            inputs: A list of dialogue inputs, each containing text and a voice ID which will be
                converted into speech.
            stability: Determines how stable the voice is and the randomness between each
                generation. Lower values introduce broader emotional range for the voice. Higher
                values can result in a monotonous voice with limited emotion. Must be one of 0.0,
                0.5, 1.0, else it will be rounded to the nearest value. Limits: minimum 0, maximum
                1.
            use_speaker_boost: This setting boosts the similarity to the original speaker. Using
                this setting requires a slightly higher computational load, which in turn increases
                latency.
            pronunciation_dictionary_locators: A list of pronunciation dictionary locators (id,
                version_id) to be applied to the text. They will be applied in order. You may have
                up to 3 locators per request. Default: [].
            seed: Random seed for reproducibility.
            language_code: Language code (ISO 639-1) used to enforce a language for the model. An
                error will be returned if language code is not supported by the model.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "inputs": inputs,
                "stability": stability,
                "use_speaker_boost": use_speaker_boost,
                "pronunciation_dictionary_locators": pronunciation_dictionary_locators,
                "seed": seed,
                "language_code": language_code,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        inputs: list[DialogueBlock],
        stability: float | None | Omit = omit,
        use_speaker_boost: bool | None | Omit = omit,
        pronunciation_dictionary_locators: list[PronunciationDictionaryLocator] | Omit = omit,
        seed: int | None | Omit = omit,
        language_code: str | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ElevenlabsTextToDialogueElevenV3Output]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            inputs: A list of dialogue inputs, each containing text and a voice ID which will be
                converted into speech.
            stability: Determines how stable the voice is and the randomness between each
                generation. Lower values introduce broader emotional range for the voice. Higher
                values can result in a monotonous voice with limited emotion. Must be one of 0.0,
                0.5, 1.0, else it will be rounded to the nearest value. Limits: minimum 0, maximum
                1.
            use_speaker_boost: This setting boosts the similarity to the original speaker. Using
                this setting requires a slightly higher computational load, which in turn increases
                latency.
            pronunciation_dictionary_locators: A list of pronunciation dictionary locators (id,
                version_id) to be applied to the text. They will be applied in order. You may have
                up to 3 locators per request. Default: [].
            seed: Random seed for reproducibility.
            language_code: Language code (ISO 639-1) used to enforce a language for the model. An
                error will be returned if language code is not supported by the model.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "inputs": inputs,
                "stability": stability,
                "use_speaker_boost": use_speaker_boost,
                "pronunciation_dictionary_locators": pronunciation_dictionary_locators,
                "seed": seed,
                "language_code": language_code,
            }
        )
        return self._stream(payload, options)


class AsyncElevenlabsTextToDialogueElevenV3(
    AsyncEndpoint[ElevenlabsTextToDialogueElevenV3Input, ElevenlabsTextToDialogueElevenV3Output]
):
    """Elevenlabs Text To Dialogue Eleven V3 (`fal-ai/elevenlabs/text-to-dialogue/eleven-v3`).

    Category: text-to-audio.
    Docs: https://fal.ai/models/fal-ai/elevenlabs/text-to-dialogue/eleven-v3/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/elevenlabs/text-to-dialogue/eleven-v3"
    input_model: ClassVar[type[ElevenlabsTextToDialogueElevenV3Input]] = (
        ElevenlabsTextToDialogueElevenV3Input
    )
    output_model: ClassVar[type[ElevenlabsTextToDialogueElevenV3Output]] = (
        ElevenlabsTextToDialogueElevenV3Output
    )
    Input = ElevenlabsTextToDialogueElevenV3Input
    Output = ElevenlabsTextToDialogueElevenV3Output

    async def subscribe(
        self,
        *,
        inputs: list[DialogueBlock],
        stability: float | None | Omit = omit,
        use_speaker_boost: bool | None | Omit = omit,
        pronunciation_dictionary_locators: list[PronunciationDictionaryLocator] | Omit = omit,
        seed: int | None | Omit = omit,
        language_code: str | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ElevenlabsTextToDialogueElevenV3Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            inputs: A list of dialogue inputs, each containing text and a voice ID which will be
                converted into speech.
            stability: Determines how stable the voice is and the randomness between each
                generation. Lower values introduce broader emotional range for the voice. Higher
                values can result in a monotonous voice with limited emotion. Must be one of 0.0,
                0.5, 1.0, else it will be rounded to the nearest value. Limits: minimum 0, maximum
                1.
            use_speaker_boost: This setting boosts the similarity to the original speaker. Using
                this setting requires a slightly higher computational load, which in turn increases
                latency.
            pronunciation_dictionary_locators: A list of pronunciation dictionary locators (id,
                version_id) to be applied to the text. They will be applied in order. You may have
                up to 3 locators per request. Default: [].
            seed: Random seed for reproducibility.
            language_code: Language code (ISO 639-1) used to enforce a language for the model. An
                error will be returned if language code is not supported by the model.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "inputs": inputs,
                "stability": stability,
                "use_speaker_boost": use_speaker_boost,
                "pronunciation_dictionary_locators": pronunciation_dictionary_locators,
                "seed": seed,
                "language_code": language_code,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        inputs: list[DialogueBlock],
        stability: float | None | Omit = omit,
        use_speaker_boost: bool | None | Omit = omit,
        pronunciation_dictionary_locators: list[PronunciationDictionaryLocator] | Omit = omit,
        seed: int | None | Omit = omit,
        language_code: str | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ElevenlabsTextToDialogueElevenV3Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            inputs: A list of dialogue inputs, each containing text and a voice ID which will be
                converted into speech.
            stability: Determines how stable the voice is and the randomness between each
                generation. Lower values introduce broader emotional range for the voice. Higher
                values can result in a monotonous voice with limited emotion. Must be one of 0.0,
                0.5, 1.0, else it will be rounded to the nearest value. Limits: minimum 0, maximum
                1.
            use_speaker_boost: This setting boosts the similarity to the original speaker. Using
                this setting requires a slightly higher computational load, which in turn increases
                latency.
            pronunciation_dictionary_locators: A list of pronunciation dictionary locators (id,
                version_id) to be applied to the text. They will be applied in order. You may have
                up to 3 locators per request. Default: [].
            seed: Random seed for reproducibility.
            language_code: Language code (ISO 639-1) used to enforce a language for the model. An
                error will be returned if language code is not supported by the model.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "inputs": inputs,
                "stability": stability,
                "use_speaker_boost": use_speaker_boost,
                "pronunciation_dictionary_locators": pronunciation_dictionary_locators,
                "seed": seed,
                "language_code": language_code,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        inputs: list[DialogueBlock],
        stability: float | None | Omit = omit,
        use_speaker_boost: bool | None | Omit = omit,
        pronunciation_dictionary_locators: list[PronunciationDictionaryLocator] | Omit = omit,
        seed: int | None | Omit = omit,
        language_code: str | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ElevenlabsTextToDialogueElevenV3Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            inputs: A list of dialogue inputs, each containing text and a voice ID which will be
                converted into speech.
            stability: Determines how stable the voice is and the randomness between each
                generation. Lower values introduce broader emotional range for the voice. Higher
                values can result in a monotonous voice with limited emotion. Must be one of 0.0,
                0.5, 1.0, else it will be rounded to the nearest value. Limits: minimum 0, maximum
                1.
            use_speaker_boost: This setting boosts the similarity to the original speaker. Using
                this setting requires a slightly higher computational load, which in turn increases
                latency.
            pronunciation_dictionary_locators: A list of pronunciation dictionary locators (id,
                version_id) to be applied to the text. They will be applied in order. You may have
                up to 3 locators per request. Default: [].
            seed: Random seed for reproducibility.
            language_code: Language code (ISO 639-1) used to enforce a language for the model. An
                error will be returned if language code is not supported by the model.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "inputs": inputs,
                "stability": stability,
                "use_speaker_boost": use_speaker_boost,
                "pronunciation_dictionary_locators": pronunciation_dictionary_locators,
                "seed": seed,
                "language_code": language_code,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        inputs: list[DialogueBlock],
        stability: float | None | Omit = omit,
        use_speaker_boost: bool | None | Omit = omit,
        pronunciation_dictionary_locators: list[PronunciationDictionaryLocator] | Omit = omit,
        seed: int | None | Omit = omit,
        language_code: str | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ElevenlabsTextToDialogueElevenV3Output]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            inputs: A list of dialogue inputs, each containing text and a voice ID which will be
                converted into speech.
            stability: Determines how stable the voice is and the randomness between each
                generation. Lower values introduce broader emotional range for the voice. Higher
                values can result in a monotonous voice with limited emotion. Must be one of 0.0,
                0.5, 1.0, else it will be rounded to the nearest value. Limits: minimum 0, maximum
                1.
            use_speaker_boost: This setting boosts the similarity to the original speaker. Using
                this setting requires a slightly higher computational load, which in turn increases
                latency.
            pronunciation_dictionary_locators: A list of pronunciation dictionary locators (id,
                version_id) to be applied to the text. They will be applied in order. You may have
                up to 3 locators per request. Default: [].
            seed: Random seed for reproducibility.
            language_code: Language code (ISO 639-1) used to enforce a language for the model. An
                error will be returned if language code is not supported by the model.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "inputs": inputs,
                "stability": stability,
                "use_speaker_boost": use_speaker_boost,
                "pronunciation_dictionary_locators": pronunciation_dictionary_locators,
                "seed": seed,
                "language_code": language_code,
            }
        )
        return self._stream(payload, options)
