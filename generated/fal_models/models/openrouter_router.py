# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

MaxTokens = TypeAliasType("MaxTokens", Annotated[int, Field(ge=1)])
"""This sets the upper limit for the number of tokens the model can generate in response. It
won't produce more than this limit. The maximum value is the context length minus the prompt
length.
"""


class OpenrouterRouterInput(InputModel):
    prompt: str
    """Prompt to be used for the chat completion"""
    system_prompt: str | None | MISSING = MISSING
    """System prompt to provide context or instructions to the model"""
    model: str
    """Name of the model to use. Charged based on actual token usage."""
    reasoning: bool = False
    """Should reasoning be the part of the final answer."""
    temperature: Annotated[float, Field(ge=0.0, le=2.0)] = 1
    """This setting influences the variety in the model's responses. Lower values lead to more
    predictable and typical responses, while higher values encourage more diverse and less
    common responses. At 0, the model always gives the same response for a given input.
    """
    max_tokens: MaxTokens | None | MISSING = MISSING
    """This sets the upper limit for the number of tokens the model can generate in response. It
    won't produce more than this limit. The maximum value is the context length minus the
    prompt length.
    """


class OpenrouterRouterOutput(OutputModel):
    output: str
    """Generated output"""
    reasoning: str | None | MISSING = MISSING
    """Generated reasoning for the final answer"""
    partial: bool = False
    """Whether the output is partial"""
    error: str | None | MISSING = MISSING
    """Error message if an error occurred"""
    usage: UsageInfo | None | MISSING = MISSING
    """Token usage information"""


class PromptTokensDetails(OutputModel):
    cached_tokens: int = 0
    cache_write_tokens: int = 0


class UsageInfo(OutputModel):
    prompt_tokens: int | None | MISSING = MISSING
    completion_tokens: int | None | MISSING = MISSING
    total_tokens: int = 0
    cost: float
    prompt_tokens_details: PromptTokensDetails | None | MISSING = MISSING
