# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class HeygenV2TranslatePrecisionInput(InputModel):
    """Base request for video translation without a mode field (mode is determined by the
    endpoint).
    """

    video_url: Annotated[
        str,
        Field(description="URL of the video to translate.", json_schema_extra={"x-fal-file": True}),
    ]
    """URL of the video to translate."""

    output_language: Annotated[
        Literal[
            "English",
            "Spanish",
            "French",
            "Hindi",
            "Italian",
            "German",
            "Polish",
            "Portuguese",
            "Chinese",
            "Japanese",
            "Dutch",
            "Turkish",
            "Korean",
            "Danish",
            "Arabic",
            "Romanian",
            "Mandarin",
            "Filipino",
            "Swedish",
            "Indonesian",
            "Ukrainian",
            "Greek",
            "Czech",
            "Bulgarian",
            "Malay",
            "Slovak",
            "Croatian",
            "Tamil",
            "Finnish",
            "Russian",
            "Afrikaans (South Africa)",
            "Albanian (Albania)",
            "Amharic (Ethiopia)",
            "Arabic (Algeria)",
            "Arabic (Bahrain)",
            "Arabic (Egypt)",
            "Arabic (Iraq)",
            "Arabic (Jordan)",
            "Arabic (Kuwait)",
            "Arabic (Lebanon)",
            "Arabic (Libya)",
            "Arabic (Morocco)",
            "Arabic (Oman)",
            "Arabic (Qatar)",
            "Arabic (Saudi Arabia)",
            "Arabic (Syria)",
            "Arabic (Tunisia)",
            "Arabic (United Arab Emirates)",
            "Arabic (Yemen)",
            "Armenian (Armenia)",
            "Azerbaijani (Latin, Azerbaijan)",
            "Bangla (Bangladesh)",
            "Basque",
            "Bengali (India)",
            "Bosnian (Bosnia and Herzegovina)",
            "Bulgarian (Bulgaria)",
            "Burmese (Myanmar)",
            "Catalan",
            "Chinese (Cantonese, Traditional)",
            "Chinese (Jilu Mandarin, Simplified)",
            "Chinese (Mandarin, Simplified)",
            "Chinese (Northeastern Mandarin, Simplified)",
            "Chinese (Southwestern Mandarin, Simplified)",
            "Chinese (Taiwanese Mandarin, Traditional)",
            "Chinese (Wu, Simplified)",
            "Chinese (Zhongyuan Mandarin Henan, Simplified)",
            "Chinese (Zhongyuan Mandarin Shaanxi, Simplified)",
            "Croatian (Croatia)",
            "Czech (Czechia)",
            "Danish (Denmark)",
            "Dutch (Belgium)",
            "Dutch (Netherlands)",
            "English (Australia)",
            "English (Canada)",
            "English (Hong Kong SAR)",
            "English (India)",
            "English (Ireland)",
            "English (Kenya)",
            "English (New Zealand)",
            "English (Nigeria)",
            "English (Philippines)",
            "English (Singapore)",
            "English (South Africa)",
            "English (Tanzania)",
            "English (UK)",
            "English (United States)",
            "Estonian (Estonia)",
            "Filipino (Philippines)",
            "Finnish (Finland)",
            "French (Belgium)",
            "French (Canada)",
            "French (France)",
            "French (Switzerland)",
            "Galician",
            "Georgian (Georgia)",
            "German (Austria)",
            "German (Germany)",
            "German (Switzerland)",
            "Greek (Greece)",
            "Gujarati (India)",
            "Hebrew (Israel)",
            "Hindi (India)",
            "Hungarian (Hungary)",
            "Icelandic (Iceland)",
            "Indonesian (Indonesia)",
            "Irish (Ireland)",
            "Italian (Italy)",
            "Japanese (Japan)",
            "Javanese (Latin, Indonesia)",
            "Kannada (India)",
            "Kazakh (Kazakhstan)",
            "Khmer (Cambodia)",
            "Korean (Korea)",
            "Lao (Laos)",
            "Latvian (Latvia)",
            "Lithuanian (Lithuania)",
            "Macedonian (North Macedonia)",
            "Malay (Malaysia)",
            "Malayalam (India)",
            "Maltese (Malta)",
            "Marathi (India)",
            "Mongolian (Mongolia)",
            "Nepali (Nepal)",
            "Norwegian Bokmål (Norway)",
            "Pashto (Afghanistan)",
            "Persian (Iran)",
            "Polish (Poland)",
            "Portuguese (Brazil)",
            "Portuguese (Portugal)",
            "Romanian (Romania)",
            "Russian (Russia)",
            "Serbian (Latin, Serbia)",
            "Sinhala (Sri Lanka)",
            "Slovak (Slovakia)",
            "Slovenian (Slovenia)",
            "Somali (Somalia)",
            "Spanish (Argentina)",
            "Spanish (Bolivia)",
            "Spanish (Chile)",
            "Spanish (Colombia)",
            "Spanish (Costa Rica)",
            "Spanish (Cuba)",
            "Spanish (Dominican Republic)",
            "Spanish (Ecuador)",
            "Spanish (El Salvador)",
            "Spanish (Equatorial Guinea)",
            "Spanish (Guatemala)",
            "Spanish (Honduras)",
            "Spanish (Mexico)",
            "Spanish (Nicaragua)",
            "Spanish (Panama)",
            "Spanish (Paraguay)",
            "Spanish (Peru)",
            "Spanish (Puerto Rico)",
            "Spanish (Spain)",
            "Spanish (United States)",
            "Spanish (Uruguay)",
            "Spanish (Venezuela)",
            "Sundanese (Indonesia)",
            "Swahili (Kenya)",
            "Swahili (Tanzania)",
            "Swedish (Sweden)",
            "Tamil (India)",
            "Tamil (Malaysia)",
            "Tamil (Singapore)",
            "Tamil (Sri Lanka)",
            "Telugu (India)",
            "Thai (Thailand)",
            "Turkish (Türkiye)",
            "Ukrainian (Ukraine)",
            "Urdu (India)",
            "Urdu (Pakistan)",
            "Uzbek (Latin, Uzbekistan)",
            "Vietnamese (Vietnam)",
            "Welsh (United Kingdom)",
            "Zulu (South Africa)",
            "English - Your Accent",
            "English - American Accent",
        ],
        Field(description="The target language to translate the video into"),
    ]
    """The target language to translate the video into"""

    translate_audio_only: Annotated[
        bool | None,
        Field(
            description="Translate only the audio, ignore the faces and only translate the voice "
            "track"
        ),
    ] = False
    """Translate only the audio, ignore the faces and only translate the voice track"""

    speaker_num: Annotated[
        int | None | MISSING, Field(description="Number of speakers in the video")
    ] = MISSING
    """Number of speakers in the video"""

    enable_dynamic_duration: Annotated[
        bool | None,
        Field(
            description="Enable dynamic duration to enhance conversational fluidity between "
            "languages with different speaking rates"
        ),
    ] = True
    """Enable dynamic duration to enhance conversational fluidity between languages with
    different speaking rates
    """


class HeygenV2TranslatePrecisionOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The translated video file")]
    """The translated video file"""
