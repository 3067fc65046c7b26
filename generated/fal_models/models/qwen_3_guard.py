# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel


class Qwen3GuardInput(InputModel):
    prompt: Annotated[str, Field(description="The input text to be classified", max_length=131072)]
    """The input text to be classified"""


CategoriesPreset = TypeAliasType(
    "CategoriesPreset",
    Literal[
        "Violent",
        "Non-violent Illegal Acts",
        "Sexual Content or Sexual Acts",
        "PII",
        "Suicide & Self-Harm",
        "Unethical Acts",
        "Politically Sensitive Topics",
        "Copyright Violation",
        "Jailbreak",
        "None",
    ]
    | str,
)


class Qwen3GuardOutput(OutputModel):
    label: Annotated[
        Literal["Safe", "Unsafe", "Controversial"] | str,
        Field(description="The classification label"),
    ]
    """The classification label"""

    categories: Annotated[
        list[CategoriesPreset], Field(description="The confidence score of the classification")
    ]
    """The confidence score of the classification"""
