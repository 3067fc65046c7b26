# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

StyleInstructions = TypeAliasType(
    "StyleInstructions",
    Annotated[
        str,
        Field(
            description="Optional style and delivery instructions prepended to the prompt. "
            "Controls expressiveness, accent, pace, tone, and emotional expression using natural "
            "language. Use this to separate style control from the text content. Examples: 'Speak "
            "warmly and slowly', 'Read this as a dramatic newscast', 'Use a British accent with a "
            "cheerful tone', 'Whisper mysteriously'.",
            max_length=4000,
        ),
    ],
)


class SpeakerConfig(InputModel):
    """Voice configuration for a single speaker in multi-speaker synthesis."""

    voice: Annotated[
        Literal[
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
        ],
        Field(description="Voice preset for this speaker."),
    ]
    """Voice preset for this speaker."""

    speaker_id: Annotated[
        str,
        Field(
            description="Alias used to identify this speaker in the prompt. Use this alias as a "
            "prefix in the prompt field, e.g. 'Alice: Hello! Bob: Hi there!'. Must be "
            "alphanumeric with no whitespace.",
            pattern="^\\w+$",
        ),
    ]
    """Alias used to identify this speaker in the prompt. Use this alias as a prefix in the
    prompt field, e.g. 'Alice: Hello! Bob: Hi there!'. Must be alphanumeric with no
    whitespace.
    """


Speakers = TypeAliasType(
    "Speakers",
    Annotated[
        list[SpeakerConfig],
        Field(
            description="Multi-speaker voice configuration. When set, enables multi-speaker "
            "synthesis where different parts of the text are spoken by different voices. Each "
            "speaker needs a voice and a speaker_id (alias) that matches prefixes in the prompt. "
            "Requires gemini-2.5-pro-tts or gemini-2.5-flash-tts model. Not supported with "
            "gemini-2.5-flash-lite-preview-tts.",
            max_length=10,
            min_length=2,
        ),
    ],
)


class GeminiTtsInput(InputModel):
    """Input for Gemini text-to-speech generation."""

    prompt: Annotated[
        str,
        Field(
            description="The text to convert to speech. Gemini TTS supports natural-language "
            "prompting for style, pace, accent, and emotional expression — include delivery "
            "instructions inline with the text (e.g. 'Say cheerfully: Have a wonderful day!'). "
            "For multi-speaker synthesis, prefix lines with speaker aliases defined in the "
            "speakers field (e.g. 'Alice: Hello!\\nBob: Hi!'). Supports inline pace/style markers "
            "like [slowly], [whispering], [excited], [extremely fast].",
            max_length=50000,
            min_length=1,
        ),
    ]
    """The text to convert to speech. Gemini TTS supports natural-language prompting for style,
    pace, accent, and emotional expression — include delivery instructions inline with the
    text (e.g. 'Say cheerfully: Have a wonderful day!'). For multi-speaker synthesis, prefix
    lines with speaker aliases defined in the speakers field (e.g. 'Alice: Hello!\\nBob:
    Hi!'). Supports inline pace/style markers like [slowly], [whispering], [excited],
    [extremely fast].
    """

    style_instructions: Annotated[
        StyleInstructions | None | MISSING,
        Field(
            description="Optional style and delivery instructions prepended to the prompt. "
            "Controls expressiveness, accent, pace, tone, and emotional expression using natural "
            "language. Use this to separate style control from the text content. Examples: 'Speak "
            "warmly and slowly', 'Read this as a dramatic newscast', 'Use a British accent with a "
            "cheerful tone', 'Whisper mysteriously'."
        ),
    ] = MISSING
    """Optional style and delivery instructions prepended to the prompt. Controls expressiveness,
    accent, pace, tone, and emotional expression using natural language. Use this to separate
    style control from the text content. Examples: 'Speak warmly and slowly', 'Read this as a
    dramatic newscast', 'Use a British accent with a cheerful tone', 'Whisper mysteriously'.
    """

    voice: Annotated[
        Literal[
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
        ],
        Field(
            description="Voice preset for single-speaker synthesis. 30 distinct voices are "
            "available. Ignored when speakers is set. Popular choices: Kore (strong, firm "
            "female), Puck (upbeat, lively male), Charon (calm, professional male), Zephyr "
            "(bright, clear female), Aoede (warm, melodic female)."
        ),
    ] = "Kore"
    """Voice preset for single-speaker synthesis. 30 distinct voices are available. Ignored when
    speakers is set. Popular choices: Kore (strong, firm female), Puck (upbeat, lively male),
    Charon (calm, professional male), Zephyr (bright, clear female), Aoede (warm, melodic
    female).
    """

    model: Annotated[
        Literal["gemini-2.5-flash-tts", "gemini-2.5-pro-tts"],
        Field(
            description="Which Gemini TTS model to use. gemini-2.5-flash-tts: low latency, "
            "cost-efficient for everyday applications (recommended). gemini-2.5-pro-tts: highest "
            "quality, best for structured workflows like podcasts, audiobooks, and customer "
            "support."
        ),
    ] = "gemini-2.5-flash-tts"
    """Which Gemini TTS model to use. gemini-2.5-flash-tts: low latency, cost-efficient for
    everyday applications (recommended). gemini-2.5-pro-tts: highest quality, best for
    structured workflows like podcasts, audiobooks, and customer support.
    """

    language_code: Annotated[
        Literal[
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
        | MISSING,
        Field(
            description="Language for multilingual synthesis. When set, steers the model to speak "
            "in the specified language. Supports 24 GA languages and 60+ Preview languages. If "
            "not set, the model auto-detects the language from the text."
        ),
    ] = MISSING
    """Language for multilingual synthesis. When set, steers the model to speak in the specified
    language. Supports 24 GA languages and 60+ Preview languages. If not set, the model
    auto-detects the language from the text.
    """

    speakers: Annotated[
        Speakers | None | MISSING,
        Field(
            description="Multi-speaker voice configuration. When set, enables multi-speaker "
            "synthesis where different parts of the text are spoken by different voices. Each "
            "speaker needs a voice and a speaker_id (alias) that matches prefixes in the prompt. "
            "Requires gemini-2.5-pro-tts or gemini-2.5-flash-tts model. Not supported with "
            "gemini-2.5-flash-lite-preview-tts."
        ),
    ] = MISSING
    """Multi-speaker voice configuration. When set, enables multi-speaker synthesis where
    different parts of the text are spoken by different voices. Each speaker needs a voice and
    a speaker_id (alias) that matches prefixes in the prompt. Requires gemini-2.5-pro-tts or
    gemini-2.5-flash-tts model. Not supported with gemini-2.5-flash-lite-preview-tts.
    """

    temperature: Annotated[
        float,
        Field(
            description="Controls the randomness of the speech output. Higher values produce more "
            "creative and varied delivery, while lower values make the output more predictable "
            "and focused.",
            ge=0.0,
            le=2.0,
        ),
    ] = 1
    """Controls the randomness of the speech output. Higher values produce more creative and
    varied delivery, while lower values make the output more predictable and focused.
    """

    output_format: Annotated[
        Literal["wav", "mp3", "ogg_opus"],
        Field(
            description="Audio output format. mp3: compressed, small file size (recommended). "
            "wav: uncompressed PCM wrapped in WAV (24 kHz, 16-bit mono). ogg_opus: Ogg container "
            "with Opus codec, good quality-to-size ratio."
        ),
    ] = "mp3"
    """Audio output format. mp3: compressed, small file size (recommended). wav: uncompressed PCM
    wrapped in WAV (24 kHz, 16-bit mono). ogg_opus: Ogg container with Opus codec, good
    quality-to-size ratio.
    """


class GeminiTtsOutput(OutputModel):
    """Output for Gemini text-to-speech generation."""

    audio: Annotated[shared.File, Field(description="The generated audio file.")]
    """The generated audio file."""
