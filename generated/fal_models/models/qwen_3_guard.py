# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel

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


class Qwen3GuardInput(InputModel):
    prompt: Annotated[str, Field(max_length=131072)]
    """The input text to be classified"""


class Qwen3GuardOutput(OutputModel):
    label: Literal["Safe", "Unsafe", "Controversial"] | str
    """The classification label"""
    categories: list[CategoriesPreset]
    """The confidence score of the classification"""
