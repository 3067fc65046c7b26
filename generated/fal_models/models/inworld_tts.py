# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class InworldTtsInput(InputModel):
    text: Annotated[str, Field(description="The text to synthesize into speech.")]
    """The text to synthesize into speech."""

    voice: Annotated[
        Literal[
            "Loretta (en)",
            "Darlene (en)",
            "Marlene (en)",
            "Hank (en)",
            "Evelyn (en)",
            "Celeste (en)",
            "Pippa (en)",
            "Tessa (en)",
            "Liam (en)",
            "Callum (en)",
            "Hamish (en)",
            "Abby (en)",
            "Graham (en)",
            "Rupert (en)",
            "Mortimer (en)",
            "Snik (en)",
            "Anjali (en)",
            "Saanvi (en)",
            "Arjun (en)",
            "Claire (en)",
            "Oliver (en)",
            "Simon (en)",
            "Elliot (en)",
            "James (en)",
            "Serena (en)",
            "Gareth (en)",
            "Vinny (en)",
            "Lauren (en)",
            "Jessica (en)",
            "Ethan (en)",
            "Tyler (en)",
            "Jason (en)",
            "Chloe (en)",
            "Veronica (en)",
            "Victoria (en)",
            "Miranda (en)",
            "Sebastian (en)",
            "Victor (en)",
            "Malcolm (en)",
            "Kayla (en)",
            "Nate (en)",
            "Jake (en)",
            "Brian (en)",
            "Amina (en)",
            "Kelsey (en)",
            "Derek (en)",
            "Grant (en)",
            "Evan (en)",
            "Alex (en)",
            "Ashley (en)",
            "Craig (en)",
            "Deborah (en)",
            "Dennis (en)",
            "Edward (en)",
            "Elizabeth (en)",
            "Hades (en)",
            "Julia (en)",
            "Pixie (en)",
            "Mark (en)",
            "Olivia (en)",
            "Priya (en)",
            "Ronald (en)",
            "Sarah (en)",
            "Shaun (en)",
            "Theodore (en)",
            "Timothy (en)",
            "Wendy (en)",
            "Dominus (en)",
            "Hana (en)",
            "Clive (en)",
            "Carter (en)",
            "Blake (en)",
            "Luna (en)",
            "Yichen (zh)",
            "Xiaoyin (zh)",
            "Xinyi (zh)",
            "Jing (zh)",
            "Erik (nl)",
            "Katrien (nl)",
            "Lennart (nl)",
            "Lore (nl)",
            "Alain (fr)",
            "Hélène (fr)",
            "Mathieu (fr)",
            "Étienne (fr)",
            "Johanna (de)",
            "Josef (de)",
            "Gianni (it)",
            "Orietta (it)",
            "Asuka (ja)",
            "Satoshi (ja)",
            "Hyunwoo (ko)",
            "Minji (ko)",
            "Seojun (ko)",
            "Yoona (ko)",
            "Szymon (pl)",
            "Wojciech (pl)",
            "Heitor (pt)",
            "Maitê (pt)",
            "Diego (es)",
            "Lupita (es)",
            "Miguel (es)",
            "Rafael (es)",
            "Svetlana (ru)",
            "Elena (ru)",
            "Dmitry (ru)",
            "Nikolai (ru)",
            "Riya (hi)",
            "Manoj (hi)",
            "Yael (he)",
            "Oren (he)",
            "Nour (ar)",
            "Omar (ar)",
        ],
        Field(description="The voice to use for synthesis."),
    ] = "Craig (en)"
    """The voice to use for synthesis."""

    sample_rate_hertz: Annotated[
        Literal[8000, 16000, 24000, 32000, 40000, 48000],
        Field(description="The sample rate in Hz for the output audio."),
    ] = 48000
    """The sample rate in Hz for the output audio."""


class InworldTtsOutput(OutputModel):
    audio: Annotated[shared.File, Field(description="Generated audio file.")]
    """Generated audio file."""
