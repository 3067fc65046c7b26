# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/gemini-3.1-flash-tts` (Gemini 3.1 Flash Tts)."""

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
from fal_models.models.gemini_3_1_flash_tts import (
    Gemini3_1FlashTtsInput,
    Gemini3_1FlashTtsOutput,
    SpeakerConfig,
)

__all__ = [
    "Gemini3_1FlashTts",
    "AsyncGemini3_1FlashTts",
    "Gemini3_1FlashTtsInput",
    "Gemini3_1FlashTtsOutput",
]


class Gemini3_1FlashTts(SyncEndpoint[Gemini3_1FlashTtsInput, Gemini3_1FlashTtsOutput]):
    """Gemini 3.1 Flash Tts (`fal-ai/gemini-3.1-flash-tts`).

    Input for Gemini 3.1 Flash TTS preview speech generation.

    Category: text-to-speech. Docs: https://fal.ai/models/fal-ai/gemini-3.1-flash-tts/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/gemini-3.1-flash-tts"
    input_model: ClassVar[type[Gemini3_1FlashTtsInput]] = Gemini3_1FlashTtsInput
    output_model: ClassVar[type[Gemini3_1FlashTtsOutput]] = Gemini3_1FlashTtsOutput
    Input = Gemini3_1FlashTtsInput
    Output = Gemini3_1FlashTtsOutput

    def subscribe(
        self,
        *,
        prompt: str,
        style_instructions: str | None | Omit = omit,
        voice: Literal[
            "Achernar",
            "Achird",
            "Algenib",
            "Algieba",
            "Alnilam",
            "Aoede",
            "Autonoe",
            "Callirrhoe",
            "Charon",
            "Despina",
            "Enceladus",
            "Erinome",
            "Fenrir",
            "Gacrux",
            "Iapetus",
            "Kore",
            "Laomedeia",
            "Leda",
            "Orus",
            "Pulcherrima",
            "Puck",
            "Rasalgethi",
            "Sadachbia",
            "Sadaltager",
            "Schedar",
            "Sulafat",
            "Umbriel",
            "Vindemiatrix",
            "Zephyr",
            "Zubenelgenubi",
        ]
        | Omit = omit,
        language_code: Literal[
            "Arabic (Egypt)",
            "Bangla (Bangladesh)",
            "Dutch (Netherlands)",
            "English (India)",
            "English (US)",
            "French (France)",
            "German (Germany)",
            "Hindi (India)",
            "Indonesian (Indonesia)",
            "Italian (Italy)",
            "Japanese (Japan)",
            "Korean (South Korea)",
            "Marathi (India)",
            "Polish (Poland)",
            "Portuguese (Brazil)",
            "Romanian (Romania)",
            "Russian (Russia)",
            "Spanish (Spain)",
            "Tamil (India)",
            "Telugu (India)",
            "Thai (Thailand)",
            "Turkish (Turkey)",
            "Ukrainian (Ukraine)",
            "Vietnamese (Vietnam)",
            "Afrikaans (South Africa)",
            "Albanian (Albania)",
            "Amharic (Ethiopia)",
            "Arabic (World)",
            "Armenian (Armenia)",
            "Azerbaijani (Azerbaijan)",
            "Basque (Spain)",
            "Belarusian (Belarus)",
            "Bulgarian (Bulgaria)",
            "Burmese (Myanmar)",
            "Catalan (Spain)",
            "Cebuano (Philippines)",
            "Chinese Mandarin (China)",
            "Chinese Mandarin (Taiwan)",
            "Croatian (Croatia)",
            "Czech (Czech Republic)",
            "Danish (Denmark)",
            "English (Australia)",
            "English (UK)",
            "Estonian (Estonia)",
            "Filipino (Philippines)",
            "Finnish (Finland)",
            "French (Canada)",
            "Galician (Spain)",
            "Georgian (Georgia)",
            "Greek (Greece)",
            "Gujarati (India)",
            "Haitian Creole (Haiti)",
            "Hebrew (Israel)",
            "Hungarian (Hungary)",
            "Icelandic (Iceland)",
            "Javanese (Java)",
            "Kannada (India)",
            "Konkani (India)",
            "Lao (Laos)",
            "Latin (Vatican City)",
            "Latvian (Latvia)",
            "Lithuanian (Lithuania)",
            "Luxembourgish (Luxembourg)",
            "Macedonian (North Macedonia)",
            "Maithili (India)",
            "Malagasy (Madagascar)",
            "Malay (Malaysia)",
            "Malayalam (India)",
            "Mongolian (Mongolia)",
            "Nepali (Nepal)",
            "Norwegian Bokmal (Norway)",
            "Norwegian Nynorsk (Norway)",
            "Odia (India)",
            "Pashto (Afghanistan)",
            "Persian (Iran)",
            "Portuguese (Portugal)",
            "Punjabi (India)",
            "Serbian (Serbia)",
            "Sindhi (India)",
            "Sinhala (Sri Lanka)",
            "Slovak (Slovakia)",
            "Slovenian (Slovenia)",
            "Spanish (Latin America)",
            "Spanish (Mexico)",
            "Swahili (Kenya)",
            "Swedish (Sweden)",
            "Urdu (Pakistan)",
        ]
        | None
        | Omit = omit,
        speakers: list[SpeakerConfig] | None | Omit = omit,
        temperature: float | Omit = omit,
        output_format: Literal["wav", "mp3", "ogg_opus"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Gemini3_1FlashTtsOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text to convert to speech. Gemini 3.1 Flash TTS supports natural-language
                prompting for style, pace, accent, and emotional expression — include delivery
                instructions inline with the text (e.g. 'Say cheerfully: Have a wonderful day!').
                Supports expressive audio tags like [sigh], [laughing], [whispering], [short pause]
                for fine-grained control over delivery. For multi-speaker synthesis, prefix lines
                with speaker aliases defined in the speakers field (e.g. 'Alice: Hello!\\nBob:
                Hi!'). Limits: min length 1, max length 50000.
            style_instructions: Optional style and delivery instructions prepended to the prompt.
                Controls expressiveness, accent, pace, tone, and emotional expression using natural
                language. Use this to separate style control from the text content. Examples: 'Speak
                warmly and slowly', 'Read this as a dramatic newscast', 'Use a British accent with a
                cheerful tone', 'Whisper mysteriously'. Limits: max length 4000.
            voice: Voice preset for single-speaker synthesis. 30 distinct voices are available.
                Ignored when speakers is set. Popular choices: Kore (strong, firm female), Puck
                (upbeat, lively male), Charon (calm, professional male), Zephyr (bright, clear
                female), Aoede (warm, melodic female). Default: "Kore".
            language_code: Language for multilingual synthesis. When set, steers the model to speak
                in the specified language. If not set, the model auto-detects the language from the
                text.
            speakers: Multi-speaker voice configuration. When set, enables multi-speaker synthesis
                where different parts of the text are spoken by different voices. Each speaker needs
                a voice and a speaker_id (alias) that matches prefixes in the prompt. Limits: min
                items 2, max items 10.
            temperature: Controls the randomness of the speech output. Higher values produce more
                creative and varied delivery, while lower values make the output more predictable
                and focused. Default: 1. Limits: minimum 0, maximum 2.
            output_format: Audio output format. mp3: compressed, small file size (recommended). wav:
                uncompressed PCM wrapped in WAV (24 kHz, 16-bit mono). ogg_opus: Ogg container with
                Opus codec, good quality-to-size ratio. Default: "mp3".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "style_instructions": style_instructions,
                "voice": voice,
                "language_code": language_code,
                "speakers": speakers,
                "temperature": temperature,
                "output_format": output_format,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        style_instructions: str | None | Omit = omit,
        voice: Literal[
            "Achernar",
            "Achird",
            "Algenib",
            "Algieba",
            "Alnilam",
            "Aoede",
            "Autonoe",
            "Callirrhoe",
            "Charon",
            "Despina",
            "Enceladus",
            "Erinome",
            "Fenrir",
            "Gacrux",
            "Iapetus",
            "Kore",
            "Laomedeia",
            "Leda",
            "Orus",
            "Pulcherrima",
            "Puck",
            "Rasalgethi",
            "Sadachbia",
            "Sadaltager",
            "Schedar",
            "Sulafat",
            "Umbriel",
            "Vindemiatrix",
            "Zephyr",
            "Zubenelgenubi",
        ]
        | Omit = omit,
        language_code: Literal[
            "Arabic (Egypt)",
            "Bangla (Bangladesh)",
            "Dutch (Netherlands)",
            "English (India)",
            "English (US)",
            "French (France)",
            "German (Germany)",
            "Hindi (India)",
            "Indonesian (Indonesia)",
            "Italian (Italy)",
            "Japanese (Japan)",
            "Korean (South Korea)",
            "Marathi (India)",
            "Polish (Poland)",
            "Portuguese (Brazil)",
            "Romanian (Romania)",
            "Russian (Russia)",
            "Spanish (Spain)",
            "Tamil (India)",
            "Telugu (India)",
            "Thai (Thailand)",
            "Turkish (Turkey)",
            "Ukrainian (Ukraine)",
            "Vietnamese (Vietnam)",
            "Afrikaans (South Africa)",
            "Albanian (Albania)",
            "Amharic (Ethiopia)",
            "Arabic (World)",
            "Armenian (Armenia)",
            "Azerbaijani (Azerbaijan)",
            "Basque (Spain)",
            "Belarusian (Belarus)",
            "Bulgarian (Bulgaria)",
            "Burmese (Myanmar)",
            "Catalan (Spain)",
            "Cebuano (Philippines)",
            "Chinese Mandarin (China)",
            "Chinese Mandarin (Taiwan)",
            "Croatian (Croatia)",
            "Czech (Czech Republic)",
            "Danish (Denmark)",
            "English (Australia)",
            "English (UK)",
            "Estonian (Estonia)",
            "Filipino (Philippines)",
            "Finnish (Finland)",
            "French (Canada)",
            "Galician (Spain)",
            "Georgian (Georgia)",
            "Greek (Greece)",
            "Gujarati (India)",
            "Haitian Creole (Haiti)",
            "Hebrew (Israel)",
            "Hungarian (Hungary)",
            "Icelandic (Iceland)",
            "Javanese (Java)",
            "Kannada (India)",
            "Konkani (India)",
            "Lao (Laos)",
            "Latin (Vatican City)",
            "Latvian (Latvia)",
            "Lithuanian (Lithuania)",
            "Luxembourgish (Luxembourg)",
            "Macedonian (North Macedonia)",
            "Maithili (India)",
            "Malagasy (Madagascar)",
            "Malay (Malaysia)",
            "Malayalam (India)",
            "Mongolian (Mongolia)",
            "Nepali (Nepal)",
            "Norwegian Bokmal (Norway)",
            "Norwegian Nynorsk (Norway)",
            "Odia (India)",
            "Pashto (Afghanistan)",
            "Persian (Iran)",
            "Portuguese (Portugal)",
            "Punjabi (India)",
            "Serbian (Serbia)",
            "Sindhi (India)",
            "Sinhala (Sri Lanka)",
            "Slovak (Slovakia)",
            "Slovenian (Slovenia)",
            "Spanish (Latin America)",
            "Spanish (Mexico)",
            "Swahili (Kenya)",
            "Swedish (Sweden)",
            "Urdu (Pakistan)",
        ]
        | None
        | Omit = omit,
        speakers: list[SpeakerConfig] | None | Omit = omit,
        temperature: float | Omit = omit,
        output_format: Literal["wav", "mp3", "ogg_opus"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Gemini3_1FlashTtsOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text to convert to speech. Gemini 3.1 Flash TTS supports natural-language
                prompting for style, pace, accent, and emotional expression — include delivery
                instructions inline with the text (e.g. 'Say cheerfully: Have a wonderful day!').
                Supports expressive audio tags like [sigh], [laughing], [whispering], [short pause]
                for fine-grained control over delivery. For multi-speaker synthesis, prefix lines
                with speaker aliases defined in the speakers field (e.g. 'Alice: Hello!\\nBob:
                Hi!'). Limits: min length 1, max length 50000.
            style_instructions: Optional style and delivery instructions prepended to the prompt.
                Controls expressiveness, accent, pace, tone, and emotional expression using natural
                language. Use this to separate style control from the text content. Examples: 'Speak
                warmly and slowly', 'Read this as a dramatic newscast', 'Use a British accent with a
                cheerful tone', 'Whisper mysteriously'. Limits: max length 4000.
            voice: Voice preset for single-speaker synthesis. 30 distinct voices are available.
                Ignored when speakers is set. Popular choices: Kore (strong, firm female), Puck
                (upbeat, lively male), Charon (calm, professional male), Zephyr (bright, clear
                female), Aoede (warm, melodic female). Default: "Kore".
            language_code: Language for multilingual synthesis. When set, steers the model to speak
                in the specified language. If not set, the model auto-detects the language from the
                text.
            speakers: Multi-speaker voice configuration. When set, enables multi-speaker synthesis
                where different parts of the text are spoken by different voices. Each speaker needs
                a voice and a speaker_id (alias) that matches prefixes in the prompt. Limits: min
                items 2, max items 10.
            temperature: Controls the randomness of the speech output. Higher values produce more
                creative and varied delivery, while lower values make the output more predictable
                and focused. Default: 1. Limits: minimum 0, maximum 2.
            output_format: Audio output format. mp3: compressed, small file size (recommended). wav:
                uncompressed PCM wrapped in WAV (24 kHz, 16-bit mono). ogg_opus: Ogg container with
                Opus codec, good quality-to-size ratio. Default: "mp3".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "style_instructions": style_instructions,
                "voice": voice,
                "language_code": language_code,
                "speakers": speakers,
                "temperature": temperature,
                "output_format": output_format,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        style_instructions: str | None | Omit = omit,
        voice: Literal[
            "Achernar",
            "Achird",
            "Algenib",
            "Algieba",
            "Alnilam",
            "Aoede",
            "Autonoe",
            "Callirrhoe",
            "Charon",
            "Despina",
            "Enceladus",
            "Erinome",
            "Fenrir",
            "Gacrux",
            "Iapetus",
            "Kore",
            "Laomedeia",
            "Leda",
            "Orus",
            "Pulcherrima",
            "Puck",
            "Rasalgethi",
            "Sadachbia",
            "Sadaltager",
            "Schedar",
            "Sulafat",
            "Umbriel",
            "Vindemiatrix",
            "Zephyr",
            "Zubenelgenubi",
        ]
        | Omit = omit,
        language_code: Literal[
            "Arabic (Egypt)",
            "Bangla (Bangladesh)",
            "Dutch (Netherlands)",
            "English (India)",
            "English (US)",
            "French (France)",
            "German (Germany)",
            "Hindi (India)",
            "Indonesian (Indonesia)",
            "Italian (Italy)",
            "Japanese (Japan)",
            "Korean (South Korea)",
            "Marathi (India)",
            "Polish (Poland)",
            "Portuguese (Brazil)",
            "Romanian (Romania)",
            "Russian (Russia)",
            "Spanish (Spain)",
            "Tamil (India)",
            "Telugu (India)",
            "Thai (Thailand)",
            "Turkish (Turkey)",
            "Ukrainian (Ukraine)",
            "Vietnamese (Vietnam)",
            "Afrikaans (South Africa)",
            "Albanian (Albania)",
            "Amharic (Ethiopia)",
            "Arabic (World)",
            "Armenian (Armenia)",
            "Azerbaijani (Azerbaijan)",
            "Basque (Spain)",
            "Belarusian (Belarus)",
            "Bulgarian (Bulgaria)",
            "Burmese (Myanmar)",
            "Catalan (Spain)",
            "Cebuano (Philippines)",
            "Chinese Mandarin (China)",
            "Chinese Mandarin (Taiwan)",
            "Croatian (Croatia)",
            "Czech (Czech Republic)",
            "Danish (Denmark)",
            "English (Australia)",
            "English (UK)",
            "Estonian (Estonia)",
            "Filipino (Philippines)",
            "Finnish (Finland)",
            "French (Canada)",
            "Galician (Spain)",
            "Georgian (Georgia)",
            "Greek (Greece)",
            "Gujarati (India)",
            "Haitian Creole (Haiti)",
            "Hebrew (Israel)",
            "Hungarian (Hungary)",
            "Icelandic (Iceland)",
            "Javanese (Java)",
            "Kannada (India)",
            "Konkani (India)",
            "Lao (Laos)",
            "Latin (Vatican City)",
            "Latvian (Latvia)",
            "Lithuanian (Lithuania)",
            "Luxembourgish (Luxembourg)",
            "Macedonian (North Macedonia)",
            "Maithili (India)",
            "Malagasy (Madagascar)",
            "Malay (Malaysia)",
            "Malayalam (India)",
            "Mongolian (Mongolia)",
            "Nepali (Nepal)",
            "Norwegian Bokmal (Norway)",
            "Norwegian Nynorsk (Norway)",
            "Odia (India)",
            "Pashto (Afghanistan)",
            "Persian (Iran)",
            "Portuguese (Portugal)",
            "Punjabi (India)",
            "Serbian (Serbia)",
            "Sindhi (India)",
            "Sinhala (Sri Lanka)",
            "Slovak (Slovakia)",
            "Slovenian (Slovenia)",
            "Spanish (Latin America)",
            "Spanish (Mexico)",
            "Swahili (Kenya)",
            "Swedish (Sweden)",
            "Urdu (Pakistan)",
        ]
        | None
        | Omit = omit,
        speakers: list[SpeakerConfig] | None | Omit = omit,
        temperature: float | Omit = omit,
        output_format: Literal["wav", "mp3", "ogg_opus"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Gemini3_1FlashTtsOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text to convert to speech. Gemini 3.1 Flash TTS supports natural-language
                prompting for style, pace, accent, and emotional expression — include delivery
                instructions inline with the text (e.g. 'Say cheerfully: Have a wonderful day!').
                Supports expressive audio tags like [sigh], [laughing], [whispering], [short pause]
                for fine-grained control over delivery. For multi-speaker synthesis, prefix lines
                with speaker aliases defined in the speakers field (e.g. 'Alice: Hello!\\nBob:
                Hi!'). Limits: min length 1, max length 50000.
            style_instructions: Optional style and delivery instructions prepended to the prompt.
                Controls expressiveness, accent, pace, tone, and emotional expression using natural
                language. Use this to separate style control from the text content. Examples: 'Speak
                warmly and slowly', 'Read this as a dramatic newscast', 'Use a British accent with a
                cheerful tone', 'Whisper mysteriously'. Limits: max length 4000.
            voice: Voice preset for single-speaker synthesis. 30 distinct voices are available.
                Ignored when speakers is set. Popular choices: Kore (strong, firm female), Puck
                (upbeat, lively male), Charon (calm, professional male), Zephyr (bright, clear
                female), Aoede (warm, melodic female). Default: "Kore".
            language_code: Language for multilingual synthesis. When set, steers the model to speak
                in the specified language. If not set, the model auto-detects the language from the
                text.
            speakers: Multi-speaker voice configuration. When set, enables multi-speaker synthesis
                where different parts of the text are spoken by different voices. Each speaker needs
                a voice and a speaker_id (alias) that matches prefixes in the prompt. Limits: min
                items 2, max items 10.
            temperature: Controls the randomness of the speech output. Higher values produce more
                creative and varied delivery, while lower values make the output more predictable
                and focused. Default: 1. Limits: minimum 0, maximum 2.
            output_format: Audio output format. mp3: compressed, small file size (recommended). wav:
                uncompressed PCM wrapped in WAV (24 kHz, 16-bit mono). ogg_opus: Ogg container with
                Opus codec, good quality-to-size ratio. Default: "mp3".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "style_instructions": style_instructions,
                "voice": voice,
                "language_code": language_code,
                "speakers": speakers,
                "temperature": temperature,
                "output_format": output_format,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        style_instructions: str | None | Omit = omit,
        voice: Literal[
            "Achernar",
            "Achird",
            "Algenib",
            "Algieba",
            "Alnilam",
            "Aoede",
            "Autonoe",
            "Callirrhoe",
            "Charon",
            "Despina",
            "Enceladus",
            "Erinome",
            "Fenrir",
            "Gacrux",
            "Iapetus",
            "Kore",
            "Laomedeia",
            "Leda",
            "Orus",
            "Pulcherrima",
            "Puck",
            "Rasalgethi",
            "Sadachbia",
            "Sadaltager",
            "Schedar",
            "Sulafat",
            "Umbriel",
            "Vindemiatrix",
            "Zephyr",
            "Zubenelgenubi",
        ]
        | Omit = omit,
        language_code: Literal[
            "Arabic (Egypt)",
            "Bangla (Bangladesh)",
            "Dutch (Netherlands)",
            "English (India)",
            "English (US)",
            "French (France)",
            "German (Germany)",
            "Hindi (India)",
            "Indonesian (Indonesia)",
            "Italian (Italy)",
            "Japanese (Japan)",
            "Korean (South Korea)",
            "Marathi (India)",
            "Polish (Poland)",
            "Portuguese (Brazil)",
            "Romanian (Romania)",
            "Russian (Russia)",
            "Spanish (Spain)",
            "Tamil (India)",
            "Telugu (India)",
            "Thai (Thailand)",
            "Turkish (Turkey)",
            "Ukrainian (Ukraine)",
            "Vietnamese (Vietnam)",
            "Afrikaans (South Africa)",
            "Albanian (Albania)",
            "Amharic (Ethiopia)",
            "Arabic (World)",
            "Armenian (Armenia)",
            "Azerbaijani (Azerbaijan)",
            "Basque (Spain)",
            "Belarusian (Belarus)",
            "Bulgarian (Bulgaria)",
            "Burmese (Myanmar)",
            "Catalan (Spain)",
            "Cebuano (Philippines)",
            "Chinese Mandarin (China)",
            "Chinese Mandarin (Taiwan)",
            "Croatian (Croatia)",
            "Czech (Czech Republic)",
            "Danish (Denmark)",
            "English (Australia)",
            "English (UK)",
            "Estonian (Estonia)",
            "Filipino (Philippines)",
            "Finnish (Finland)",
            "French (Canada)",
            "Galician (Spain)",
            "Georgian (Georgia)",
            "Greek (Greece)",
            "Gujarati (India)",
            "Haitian Creole (Haiti)",
            "Hebrew (Israel)",
            "Hungarian (Hungary)",
            "Icelandic (Iceland)",
            "Javanese (Java)",
            "Kannada (India)",
            "Konkani (India)",
            "Lao (Laos)",
            "Latin (Vatican City)",
            "Latvian (Latvia)",
            "Lithuanian (Lithuania)",
            "Luxembourgish (Luxembourg)",
            "Macedonian (North Macedonia)",
            "Maithili (India)",
            "Malagasy (Madagascar)",
            "Malay (Malaysia)",
            "Malayalam (India)",
            "Mongolian (Mongolia)",
            "Nepali (Nepal)",
            "Norwegian Bokmal (Norway)",
            "Norwegian Nynorsk (Norway)",
            "Odia (India)",
            "Pashto (Afghanistan)",
            "Persian (Iran)",
            "Portuguese (Portugal)",
            "Punjabi (India)",
            "Serbian (Serbia)",
            "Sindhi (India)",
            "Sinhala (Sri Lanka)",
            "Slovak (Slovakia)",
            "Slovenian (Slovenia)",
            "Spanish (Latin America)",
            "Spanish (Mexico)",
            "Swahili (Kenya)",
            "Swedish (Sweden)",
            "Urdu (Pakistan)",
        ]
        | None
        | Omit = omit,
        speakers: list[SpeakerConfig] | None | Omit = omit,
        temperature: float | Omit = omit,
        output_format: Literal["wav", "mp3", "ogg_opus"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Gemini3_1FlashTtsOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text to convert to speech. Gemini 3.1 Flash TTS supports natural-language
                prompting for style, pace, accent, and emotional expression — include delivery
                instructions inline with the text (e.g. 'Say cheerfully: Have a wonderful day!').
                Supports expressive audio tags like [sigh], [laughing], [whispering], [short pause]
                for fine-grained control over delivery. For multi-speaker synthesis, prefix lines
                with speaker aliases defined in the speakers field (e.g. 'Alice: Hello!\\nBob:
                Hi!'). Limits: min length 1, max length 50000.
            style_instructions: Optional style and delivery instructions prepended to the prompt.
                Controls expressiveness, accent, pace, tone, and emotional expression using natural
                language. Use this to separate style control from the text content. Examples: 'Speak
                warmly and slowly', 'Read this as a dramatic newscast', 'Use a British accent with a
                cheerful tone', 'Whisper mysteriously'. Limits: max length 4000.
            voice: Voice preset for single-speaker synthesis. 30 distinct voices are available.
                Ignored when speakers is set. Popular choices: Kore (strong, firm female), Puck
                (upbeat, lively male), Charon (calm, professional male), Zephyr (bright, clear
                female), Aoede (warm, melodic female). Default: "Kore".
            language_code: Language for multilingual synthesis. When set, steers the model to speak
                in the specified language. If not set, the model auto-detects the language from the
                text.
            speakers: Multi-speaker voice configuration. When set, enables multi-speaker synthesis
                where different parts of the text are spoken by different voices. Each speaker needs
                a voice and a speaker_id (alias) that matches prefixes in the prompt. Limits: min
                items 2, max items 10.
            temperature: Controls the randomness of the speech output. Higher values produce more
                creative and varied delivery, while lower values make the output more predictable
                and focused. Default: 1. Limits: minimum 0, maximum 2.
            output_format: Audio output format. mp3: compressed, small file size (recommended). wav:
                uncompressed PCM wrapped in WAV (24 kHz, 16-bit mono). ogg_opus: Ogg container with
                Opus codec, good quality-to-size ratio. Default: "mp3".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "style_instructions": style_instructions,
                "voice": voice,
                "language_code": language_code,
                "speakers": speakers,
                "temperature": temperature,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)


class AsyncGemini3_1FlashTts(AsyncEndpoint[Gemini3_1FlashTtsInput, Gemini3_1FlashTtsOutput]):
    """Gemini 3.1 Flash Tts (`fal-ai/gemini-3.1-flash-tts`).

    Input for Gemini 3.1 Flash TTS preview speech generation.

    Category: text-to-speech. Docs: https://fal.ai/models/fal-ai/gemini-3.1-flash-tts/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/gemini-3.1-flash-tts"
    input_model: ClassVar[type[Gemini3_1FlashTtsInput]] = Gemini3_1FlashTtsInput
    output_model: ClassVar[type[Gemini3_1FlashTtsOutput]] = Gemini3_1FlashTtsOutput
    Input = Gemini3_1FlashTtsInput
    Output = Gemini3_1FlashTtsOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        style_instructions: str | None | Omit = omit,
        voice: Literal[
            "Achernar",
            "Achird",
            "Algenib",
            "Algieba",
            "Alnilam",
            "Aoede",
            "Autonoe",
            "Callirrhoe",
            "Charon",
            "Despina",
            "Enceladus",
            "Erinome",
            "Fenrir",
            "Gacrux",
            "Iapetus",
            "Kore",
            "Laomedeia",
            "Leda",
            "Orus",
            "Pulcherrima",
            "Puck",
            "Rasalgethi",
            "Sadachbia",
            "Sadaltager",
            "Schedar",
            "Sulafat",
            "Umbriel",
            "Vindemiatrix",
            "Zephyr",
            "Zubenelgenubi",
        ]
        | Omit = omit,
        language_code: Literal[
            "Arabic (Egypt)",
            "Bangla (Bangladesh)",
            "Dutch (Netherlands)",
            "English (India)",
            "English (US)",
            "French (France)",
            "German (Germany)",
            "Hindi (India)",
            "Indonesian (Indonesia)",
            "Italian (Italy)",
            "Japanese (Japan)",
            "Korean (South Korea)",
            "Marathi (India)",
            "Polish (Poland)",
            "Portuguese (Brazil)",
            "Romanian (Romania)",
            "Russian (Russia)",
            "Spanish (Spain)",
            "Tamil (India)",
            "Telugu (India)",
            "Thai (Thailand)",
            "Turkish (Turkey)",
            "Ukrainian (Ukraine)",
            "Vietnamese (Vietnam)",
            "Afrikaans (South Africa)",
            "Albanian (Albania)",
            "Amharic (Ethiopia)",
            "Arabic (World)",
            "Armenian (Armenia)",
            "Azerbaijani (Azerbaijan)",
            "Basque (Spain)",
            "Belarusian (Belarus)",
            "Bulgarian (Bulgaria)",
            "Burmese (Myanmar)",
            "Catalan (Spain)",
            "Cebuano (Philippines)",
            "Chinese Mandarin (China)",
            "Chinese Mandarin (Taiwan)",
            "Croatian (Croatia)",
            "Czech (Czech Republic)",
            "Danish (Denmark)",
            "English (Australia)",
            "English (UK)",
            "Estonian (Estonia)",
            "Filipino (Philippines)",
            "Finnish (Finland)",
            "French (Canada)",
            "Galician (Spain)",
            "Georgian (Georgia)",
            "Greek (Greece)",
            "Gujarati (India)",
            "Haitian Creole (Haiti)",
            "Hebrew (Israel)",
            "Hungarian (Hungary)",
            "Icelandic (Iceland)",
            "Javanese (Java)",
            "Kannada (India)",
            "Konkani (India)",
            "Lao (Laos)",
            "Latin (Vatican City)",
            "Latvian (Latvia)",
            "Lithuanian (Lithuania)",
            "Luxembourgish (Luxembourg)",
            "Macedonian (North Macedonia)",
            "Maithili (India)",
            "Malagasy (Madagascar)",
            "Malay (Malaysia)",
            "Malayalam (India)",
            "Mongolian (Mongolia)",
            "Nepali (Nepal)",
            "Norwegian Bokmal (Norway)",
            "Norwegian Nynorsk (Norway)",
            "Odia (India)",
            "Pashto (Afghanistan)",
            "Persian (Iran)",
            "Portuguese (Portugal)",
            "Punjabi (India)",
            "Serbian (Serbia)",
            "Sindhi (India)",
            "Sinhala (Sri Lanka)",
            "Slovak (Slovakia)",
            "Slovenian (Slovenia)",
            "Spanish (Latin America)",
            "Spanish (Mexico)",
            "Swahili (Kenya)",
            "Swedish (Sweden)",
            "Urdu (Pakistan)",
        ]
        | None
        | Omit = omit,
        speakers: list[SpeakerConfig] | None | Omit = omit,
        temperature: float | Omit = omit,
        output_format: Literal["wav", "mp3", "ogg_opus"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Gemini3_1FlashTtsOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text to convert to speech. Gemini 3.1 Flash TTS supports natural-language
                prompting for style, pace, accent, and emotional expression — include delivery
                instructions inline with the text (e.g. 'Say cheerfully: Have a wonderful day!').
                Supports expressive audio tags like [sigh], [laughing], [whispering], [short pause]
                for fine-grained control over delivery. For multi-speaker synthesis, prefix lines
                with speaker aliases defined in the speakers field (e.g. 'Alice: Hello!\\nBob:
                Hi!'). Limits: min length 1, max length 50000.
            style_instructions: Optional style and delivery instructions prepended to the prompt.
                Controls expressiveness, accent, pace, tone, and emotional expression using natural
                language. Use this to separate style control from the text content. Examples: 'Speak
                warmly and slowly', 'Read this as a dramatic newscast', 'Use a British accent with a
                cheerful tone', 'Whisper mysteriously'. Limits: max length 4000.
            voice: Voice preset for single-speaker synthesis. 30 distinct voices are available.
                Ignored when speakers is set. Popular choices: Kore (strong, firm female), Puck
                (upbeat, lively male), Charon (calm, professional male), Zephyr (bright, clear
                female), Aoede (warm, melodic female). Default: "Kore".
            language_code: Language for multilingual synthesis. When set, steers the model to speak
                in the specified language. If not set, the model auto-detects the language from the
                text.
            speakers: Multi-speaker voice configuration. When set, enables multi-speaker synthesis
                where different parts of the text are spoken by different voices. Each speaker needs
                a voice and a speaker_id (alias) that matches prefixes in the prompt. Limits: min
                items 2, max items 10.
            temperature: Controls the randomness of the speech output. Higher values produce more
                creative and varied delivery, while lower values make the output more predictable
                and focused. Default: 1. Limits: minimum 0, maximum 2.
            output_format: Audio output format. mp3: compressed, small file size (recommended). wav:
                uncompressed PCM wrapped in WAV (24 kHz, 16-bit mono). ogg_opus: Ogg container with
                Opus codec, good quality-to-size ratio. Default: "mp3".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "style_instructions": style_instructions,
                "voice": voice,
                "language_code": language_code,
                "speakers": speakers,
                "temperature": temperature,
                "output_format": output_format,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        style_instructions: str | None | Omit = omit,
        voice: Literal[
            "Achernar",
            "Achird",
            "Algenib",
            "Algieba",
            "Alnilam",
            "Aoede",
            "Autonoe",
            "Callirrhoe",
            "Charon",
            "Despina",
            "Enceladus",
            "Erinome",
            "Fenrir",
            "Gacrux",
            "Iapetus",
            "Kore",
            "Laomedeia",
            "Leda",
            "Orus",
            "Pulcherrima",
            "Puck",
            "Rasalgethi",
            "Sadachbia",
            "Sadaltager",
            "Schedar",
            "Sulafat",
            "Umbriel",
            "Vindemiatrix",
            "Zephyr",
            "Zubenelgenubi",
        ]
        | Omit = omit,
        language_code: Literal[
            "Arabic (Egypt)",
            "Bangla (Bangladesh)",
            "Dutch (Netherlands)",
            "English (India)",
            "English (US)",
            "French (France)",
            "German (Germany)",
            "Hindi (India)",
            "Indonesian (Indonesia)",
            "Italian (Italy)",
            "Japanese (Japan)",
            "Korean (South Korea)",
            "Marathi (India)",
            "Polish (Poland)",
            "Portuguese (Brazil)",
            "Romanian (Romania)",
            "Russian (Russia)",
            "Spanish (Spain)",
            "Tamil (India)",
            "Telugu (India)",
            "Thai (Thailand)",
            "Turkish (Turkey)",
            "Ukrainian (Ukraine)",
            "Vietnamese (Vietnam)",
            "Afrikaans (South Africa)",
            "Albanian (Albania)",
            "Amharic (Ethiopia)",
            "Arabic (World)",
            "Armenian (Armenia)",
            "Azerbaijani (Azerbaijan)",
            "Basque (Spain)",
            "Belarusian (Belarus)",
            "Bulgarian (Bulgaria)",
            "Burmese (Myanmar)",
            "Catalan (Spain)",
            "Cebuano (Philippines)",
            "Chinese Mandarin (China)",
            "Chinese Mandarin (Taiwan)",
            "Croatian (Croatia)",
            "Czech (Czech Republic)",
            "Danish (Denmark)",
            "English (Australia)",
            "English (UK)",
            "Estonian (Estonia)",
            "Filipino (Philippines)",
            "Finnish (Finland)",
            "French (Canada)",
            "Galician (Spain)",
            "Georgian (Georgia)",
            "Greek (Greece)",
            "Gujarati (India)",
            "Haitian Creole (Haiti)",
            "Hebrew (Israel)",
            "Hungarian (Hungary)",
            "Icelandic (Iceland)",
            "Javanese (Java)",
            "Kannada (India)",
            "Konkani (India)",
            "Lao (Laos)",
            "Latin (Vatican City)",
            "Latvian (Latvia)",
            "Lithuanian (Lithuania)",
            "Luxembourgish (Luxembourg)",
            "Macedonian (North Macedonia)",
            "Maithili (India)",
            "Malagasy (Madagascar)",
            "Malay (Malaysia)",
            "Malayalam (India)",
            "Mongolian (Mongolia)",
            "Nepali (Nepal)",
            "Norwegian Bokmal (Norway)",
            "Norwegian Nynorsk (Norway)",
            "Odia (India)",
            "Pashto (Afghanistan)",
            "Persian (Iran)",
            "Portuguese (Portugal)",
            "Punjabi (India)",
            "Serbian (Serbia)",
            "Sindhi (India)",
            "Sinhala (Sri Lanka)",
            "Slovak (Slovakia)",
            "Slovenian (Slovenia)",
            "Spanish (Latin America)",
            "Spanish (Mexico)",
            "Swahili (Kenya)",
            "Swedish (Sweden)",
            "Urdu (Pakistan)",
        ]
        | None
        | Omit = omit,
        speakers: list[SpeakerConfig] | None | Omit = omit,
        temperature: float | Omit = omit,
        output_format: Literal["wav", "mp3", "ogg_opus"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Gemini3_1FlashTtsOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text to convert to speech. Gemini 3.1 Flash TTS supports natural-language
                prompting for style, pace, accent, and emotional expression — include delivery
                instructions inline with the text (e.g. 'Say cheerfully: Have a wonderful day!').
                Supports expressive audio tags like [sigh], [laughing], [whispering], [short pause]
                for fine-grained control over delivery. For multi-speaker synthesis, prefix lines
                with speaker aliases defined in the speakers field (e.g. 'Alice: Hello!\\nBob:
                Hi!'). Limits: min length 1, max length 50000.
            style_instructions: Optional style and delivery instructions prepended to the prompt.
                Controls expressiveness, accent, pace, tone, and emotional expression using natural
                language. Use this to separate style control from the text content. Examples: 'Speak
                warmly and slowly', 'Read this as a dramatic newscast', 'Use a British accent with a
                cheerful tone', 'Whisper mysteriously'. Limits: max length 4000.
            voice: Voice preset for single-speaker synthesis. 30 distinct voices are available.
                Ignored when speakers is set. Popular choices: Kore (strong, firm female), Puck
                (upbeat, lively male), Charon (calm, professional male), Zephyr (bright, clear
                female), Aoede (warm, melodic female). Default: "Kore".
            language_code: Language for multilingual synthesis. When set, steers the model to speak
                in the specified language. If not set, the model auto-detects the language from the
                text.
            speakers: Multi-speaker voice configuration. When set, enables multi-speaker synthesis
                where different parts of the text are spoken by different voices. Each speaker needs
                a voice and a speaker_id (alias) that matches prefixes in the prompt. Limits: min
                items 2, max items 10.
            temperature: Controls the randomness of the speech output. Higher values produce more
                creative and varied delivery, while lower values make the output more predictable
                and focused. Default: 1. Limits: minimum 0, maximum 2.
            output_format: Audio output format. mp3: compressed, small file size (recommended). wav:
                uncompressed PCM wrapped in WAV (24 kHz, 16-bit mono). ogg_opus: Ogg container with
                Opus codec, good quality-to-size ratio. Default: "mp3".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "style_instructions": style_instructions,
                "voice": voice,
                "language_code": language_code,
                "speakers": speakers,
                "temperature": temperature,
                "output_format": output_format,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        style_instructions: str | None | Omit = omit,
        voice: Literal[
            "Achernar",
            "Achird",
            "Algenib",
            "Algieba",
            "Alnilam",
            "Aoede",
            "Autonoe",
            "Callirrhoe",
            "Charon",
            "Despina",
            "Enceladus",
            "Erinome",
            "Fenrir",
            "Gacrux",
            "Iapetus",
            "Kore",
            "Laomedeia",
            "Leda",
            "Orus",
            "Pulcherrima",
            "Puck",
            "Rasalgethi",
            "Sadachbia",
            "Sadaltager",
            "Schedar",
            "Sulafat",
            "Umbriel",
            "Vindemiatrix",
            "Zephyr",
            "Zubenelgenubi",
        ]
        | Omit = omit,
        language_code: Literal[
            "Arabic (Egypt)",
            "Bangla (Bangladesh)",
            "Dutch (Netherlands)",
            "English (India)",
            "English (US)",
            "French (France)",
            "German (Germany)",
            "Hindi (India)",
            "Indonesian (Indonesia)",
            "Italian (Italy)",
            "Japanese (Japan)",
            "Korean (South Korea)",
            "Marathi (India)",
            "Polish (Poland)",
            "Portuguese (Brazil)",
            "Romanian (Romania)",
            "Russian (Russia)",
            "Spanish (Spain)",
            "Tamil (India)",
            "Telugu (India)",
            "Thai (Thailand)",
            "Turkish (Turkey)",
            "Ukrainian (Ukraine)",
            "Vietnamese (Vietnam)",
            "Afrikaans (South Africa)",
            "Albanian (Albania)",
            "Amharic (Ethiopia)",
            "Arabic (World)",
            "Armenian (Armenia)",
            "Azerbaijani (Azerbaijan)",
            "Basque (Spain)",
            "Belarusian (Belarus)",
            "Bulgarian (Bulgaria)",
            "Burmese (Myanmar)",
            "Catalan (Spain)",
            "Cebuano (Philippines)",
            "Chinese Mandarin (China)",
            "Chinese Mandarin (Taiwan)",
            "Croatian (Croatia)",
            "Czech (Czech Republic)",
            "Danish (Denmark)",
            "English (Australia)",
            "English (UK)",
            "Estonian (Estonia)",
            "Filipino (Philippines)",
            "Finnish (Finland)",
            "French (Canada)",
            "Galician (Spain)",
            "Georgian (Georgia)",
            "Greek (Greece)",
            "Gujarati (India)",
            "Haitian Creole (Haiti)",
            "Hebrew (Israel)",
            "Hungarian (Hungary)",
            "Icelandic (Iceland)",
            "Javanese (Java)",
            "Kannada (India)",
            "Konkani (India)",
            "Lao (Laos)",
            "Latin (Vatican City)",
            "Latvian (Latvia)",
            "Lithuanian (Lithuania)",
            "Luxembourgish (Luxembourg)",
            "Macedonian (North Macedonia)",
            "Maithili (India)",
            "Malagasy (Madagascar)",
            "Malay (Malaysia)",
            "Malayalam (India)",
            "Mongolian (Mongolia)",
            "Nepali (Nepal)",
            "Norwegian Bokmal (Norway)",
            "Norwegian Nynorsk (Norway)",
            "Odia (India)",
            "Pashto (Afghanistan)",
            "Persian (Iran)",
            "Portuguese (Portugal)",
            "Punjabi (India)",
            "Serbian (Serbia)",
            "Sindhi (India)",
            "Sinhala (Sri Lanka)",
            "Slovak (Slovakia)",
            "Slovenian (Slovenia)",
            "Spanish (Latin America)",
            "Spanish (Mexico)",
            "Swahili (Kenya)",
            "Swedish (Sweden)",
            "Urdu (Pakistan)",
        ]
        | None
        | Omit = omit,
        speakers: list[SpeakerConfig] | None | Omit = omit,
        temperature: float | Omit = omit,
        output_format: Literal["wav", "mp3", "ogg_opus"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Gemini3_1FlashTtsOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text to convert to speech. Gemini 3.1 Flash TTS supports natural-language
                prompting for style, pace, accent, and emotional expression — include delivery
                instructions inline with the text (e.g. 'Say cheerfully: Have a wonderful day!').
                Supports expressive audio tags like [sigh], [laughing], [whispering], [short pause]
                for fine-grained control over delivery. For multi-speaker synthesis, prefix lines
                with speaker aliases defined in the speakers field (e.g. 'Alice: Hello!\\nBob:
                Hi!'). Limits: min length 1, max length 50000.
            style_instructions: Optional style and delivery instructions prepended to the prompt.
                Controls expressiveness, accent, pace, tone, and emotional expression using natural
                language. Use this to separate style control from the text content. Examples: 'Speak
                warmly and slowly', 'Read this as a dramatic newscast', 'Use a British accent with a
                cheerful tone', 'Whisper mysteriously'. Limits: max length 4000.
            voice: Voice preset for single-speaker synthesis. 30 distinct voices are available.
                Ignored when speakers is set. Popular choices: Kore (strong, firm female), Puck
                (upbeat, lively male), Charon (calm, professional male), Zephyr (bright, clear
                female), Aoede (warm, melodic female). Default: "Kore".
            language_code: Language for multilingual synthesis. When set, steers the model to speak
                in the specified language. If not set, the model auto-detects the language from the
                text.
            speakers: Multi-speaker voice configuration. When set, enables multi-speaker synthesis
                where different parts of the text are spoken by different voices. Each speaker needs
                a voice and a speaker_id (alias) that matches prefixes in the prompt. Limits: min
                items 2, max items 10.
            temperature: Controls the randomness of the speech output. Higher values produce more
                creative and varied delivery, while lower values make the output more predictable
                and focused. Default: 1. Limits: minimum 0, maximum 2.
            output_format: Audio output format. mp3: compressed, small file size (recommended). wav:
                uncompressed PCM wrapped in WAV (24 kHz, 16-bit mono). ogg_opus: Ogg container with
                Opus codec, good quality-to-size ratio. Default: "mp3".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "style_instructions": style_instructions,
                "voice": voice,
                "language_code": language_code,
                "speakers": speakers,
                "temperature": temperature,
                "output_format": output_format,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        style_instructions: str | None | Omit = omit,
        voice: Literal[
            "Achernar",
            "Achird",
            "Algenib",
            "Algieba",
            "Alnilam",
            "Aoede",
            "Autonoe",
            "Callirrhoe",
            "Charon",
            "Despina",
            "Enceladus",
            "Erinome",
            "Fenrir",
            "Gacrux",
            "Iapetus",
            "Kore",
            "Laomedeia",
            "Leda",
            "Orus",
            "Pulcherrima",
            "Puck",
            "Rasalgethi",
            "Sadachbia",
            "Sadaltager",
            "Schedar",
            "Sulafat",
            "Umbriel",
            "Vindemiatrix",
            "Zephyr",
            "Zubenelgenubi",
        ]
        | Omit = omit,
        language_code: Literal[
            "Arabic (Egypt)",
            "Bangla (Bangladesh)",
            "Dutch (Netherlands)",
            "English (India)",
            "English (US)",
            "French (France)",
            "German (Germany)",
            "Hindi (India)",
            "Indonesian (Indonesia)",
            "Italian (Italy)",
            "Japanese (Japan)",
            "Korean (South Korea)",
            "Marathi (India)",
            "Polish (Poland)",
            "Portuguese (Brazil)",
            "Romanian (Romania)",
            "Russian (Russia)",
            "Spanish (Spain)",
            "Tamil (India)",
            "Telugu (India)",
            "Thai (Thailand)",
            "Turkish (Turkey)",
            "Ukrainian (Ukraine)",
            "Vietnamese (Vietnam)",
            "Afrikaans (South Africa)",
            "Albanian (Albania)",
            "Amharic (Ethiopia)",
            "Arabic (World)",
            "Armenian (Armenia)",
            "Azerbaijani (Azerbaijan)",
            "Basque (Spain)",
            "Belarusian (Belarus)",
            "Bulgarian (Bulgaria)",
            "Burmese (Myanmar)",
            "Catalan (Spain)",
            "Cebuano (Philippines)",
            "Chinese Mandarin (China)",
            "Chinese Mandarin (Taiwan)",
            "Croatian (Croatia)",
            "Czech (Czech Republic)",
            "Danish (Denmark)",
            "English (Australia)",
            "English (UK)",
            "Estonian (Estonia)",
            "Filipino (Philippines)",
            "Finnish (Finland)",
            "French (Canada)",
            "Galician (Spain)",
            "Georgian (Georgia)",
            "Greek (Greece)",
            "Gujarati (India)",
            "Haitian Creole (Haiti)",
            "Hebrew (Israel)",
            "Hungarian (Hungary)",
            "Icelandic (Iceland)",
            "Javanese (Java)",
            "Kannada (India)",
            "Konkani (India)",
            "Lao (Laos)",
            "Latin (Vatican City)",
            "Latvian (Latvia)",
            "Lithuanian (Lithuania)",
            "Luxembourgish (Luxembourg)",
            "Macedonian (North Macedonia)",
            "Maithili (India)",
            "Malagasy (Madagascar)",
            "Malay (Malaysia)",
            "Malayalam (India)",
            "Mongolian (Mongolia)",
            "Nepali (Nepal)",
            "Norwegian Bokmal (Norway)",
            "Norwegian Nynorsk (Norway)",
            "Odia (India)",
            "Pashto (Afghanistan)",
            "Persian (Iran)",
            "Portuguese (Portugal)",
            "Punjabi (India)",
            "Serbian (Serbia)",
            "Sindhi (India)",
            "Sinhala (Sri Lanka)",
            "Slovak (Slovakia)",
            "Slovenian (Slovenia)",
            "Spanish (Latin America)",
            "Spanish (Mexico)",
            "Swahili (Kenya)",
            "Swedish (Sweden)",
            "Urdu (Pakistan)",
        ]
        | None
        | Omit = omit,
        speakers: list[SpeakerConfig] | None | Omit = omit,
        temperature: float | Omit = omit,
        output_format: Literal["wav", "mp3", "ogg_opus"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Gemini3_1FlashTtsOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text to convert to speech. Gemini 3.1 Flash TTS supports natural-language
                prompting for style, pace, accent, and emotional expression — include delivery
                instructions inline with the text (e.g. 'Say cheerfully: Have a wonderful day!').
                Supports expressive audio tags like [sigh], [laughing], [whispering], [short pause]
                for fine-grained control over delivery. For multi-speaker synthesis, prefix lines
                with speaker aliases defined in the speakers field (e.g. 'Alice: Hello!\\nBob:
                Hi!'). Limits: min length 1, max length 50000.
            style_instructions: Optional style and delivery instructions prepended to the prompt.
                Controls expressiveness, accent, pace, tone, and emotional expression using natural
                language. Use this to separate style control from the text content. Examples: 'Speak
                warmly and slowly', 'Read this as a dramatic newscast', 'Use a British accent with a
                cheerful tone', 'Whisper mysteriously'. Limits: max length 4000.
            voice: Voice preset for single-speaker synthesis. 30 distinct voices are available.
                Ignored when speakers is set. Popular choices: Kore (strong, firm female), Puck
                (upbeat, lively male), Charon (calm, professional male), Zephyr (bright, clear
                female), Aoede (warm, melodic female). Default: "Kore".
            language_code: Language for multilingual synthesis. When set, steers the model to speak
                in the specified language. If not set, the model auto-detects the language from the
                text.
            speakers: Multi-speaker voice configuration. When set, enables multi-speaker synthesis
                where different parts of the text are spoken by different voices. Each speaker needs
                a voice and a speaker_id (alias) that matches prefixes in the prompt. Limits: min
                items 2, max items 10.
            temperature: Controls the randomness of the speech output. Higher values produce more
                creative and varied delivery, while lower values make the output more predictable
                and focused. Default: 1. Limits: minimum 0, maximum 2.
            output_format: Audio output format. mp3: compressed, small file size (recommended). wav:
                uncompressed PCM wrapped in WAV (24 kHz, 16-bit mono). ogg_opus: Ogg container with
                Opus codec, good quality-to-size ratio. Default: "mp3".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "style_instructions": style_instructions,
                "voice": voice,
                "language_code": language_code,
                "speakers": speakers,
                "temperature": temperature,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)
