# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING


class VideoPromptGeneratorInput(InputModel):
    input_concept: Annotated[
        str, Field(description="Core concept or thematic input for the video prompt")
    ]
    """Core concept or thematic input for the video prompt"""

    style: Annotated[
        Literal[
            "Minimalist",
            "Simple",
            "Detailed",
            "Descriptive",
            "Dynamic",
            "Cinematic",
            "Documentary",
            "Animation",
            "Action",
            "Experimental",
        ],
        Field(description="Style of the video prompt"),
    ] = "Simple"
    """Style of the video prompt"""

    camera_style: Annotated[
        Literal[
            "None",
            "Steadicam flow",
            "Drone aerials",
            "Handheld urgency",
            "Crane elegance",
            "Dolly precision",
            "VR 360",
            "Multi-angle rig",
            "Static tripod",
            "Gimbal smoothness",
            "Slider motion",
            "Jib sweep",
            "POV immersion",
            "Time-slice array",
            "Macro extreme",
            "Tilt-shift miniature",
            "Snorricam character",
            "Whip pan dynamics",
            "Dutch angle tension",
            "Underwater housing",
            "Periscope lens",
        ],
        Field(description="Camera movement style"),
    ] = "None"
    """Camera movement style"""

    camera_direction: Annotated[
        Literal[
            "None",
            "Zoom in",
            "Zoom out",
            "Pan left",
            "Pan right",
            "Tilt up",
            "Tilt down",
            "Orbital rotation",
            "Push in",
            "Pull out",
            "Track forward",
            "Track backward",
            "Spiral in",
            "Spiral out",
            "Arc movement",
            "Diagonal traverse",
            "Vertical rise",
            "Vertical descent",
        ],
        Field(description="Camera direction"),
    ] = "None"
    """Camera direction"""

    pacing: Annotated[
        Literal[
            "None",
            "Slow burn",
            "Rhythmic pulse",
            "Frantic energy",
            "Ebb and flow",
            "Hypnotic drift",
            "Time-lapse rush",
            "Stop-motion staccato",
            "Gradual build",
            "Quick cut rhythm",
            "Long take meditation",
            "Jump cut energy",
            "Match cut flow",
            "Cross-dissolve dreamscape",
            "Parallel action",
            "Slow motion impact",
            "Ramping dynamics",
            "Montage tempo",
            "Continuous flow",
            "Episodic breaks",
        ],
        Field(description="Pacing rhythm"),
    ] = "None"
    """Pacing rhythm"""

    special_effects: Annotated[
        Literal[
            "None",
            "Practical effects",
            "CGI enhancement",
            "Analog glitches",
            "Light painting",
            "Projection mapping",
            "Nanosecond exposures",
            "Double exposure",
            "Smoke diffusion",
            "Lens flare artistry",
            "Particle systems",
            "Holographic overlay",
            "Chromatic aberration",
            "Digital distortion",
            "Wire removal",
            "Motion capture",
            "Miniature integration",
            "Weather simulation",
            "Color grading",
            "Mixed media composite",
            "Neural style transfer",
        ],
        Field(description="Special effects approach"),
    ] = "None"
    """Special effects approach"""

    custom_elements: Annotated[str, Field(description="Custom technical elements (optional)")] = ""
    """Custom technical elements (optional)"""

    image_url: Annotated[
        str | MISSING,
        Field(
            description="URL of an image to analyze and incorporate into the video prompt "
            "(optional)",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URL of an image to analyze and incorporate into the video prompt (optional)"""

    model: Annotated[
        Literal[
            "anthropic/claude-3.5-sonnet",
            "anthropic/claude-3-5-haiku",
            "anthropic/claude-3-haiku",
            "google/gemini-2.5-flash-lite",
            "google/gemini-2.0-flash-001",
            "meta-llama/llama-3.2-1b-instruct",
            "meta-llama/llama-3.2-3b-instruct",
            "meta-llama/llama-3.1-8b-instruct",
            "meta-llama/llama-3.1-70b-instruct",
            "openai/gpt-4o-mini",
            "openai/gpt-4o",
            "deepseek/deepseek-r1",
        ],
        Field(description="Model to use"),
    ] = "google/gemini-2.0-flash-001"
    """Model to use"""

    prompt_length: Annotated[
        Literal["Short", "Medium", "Long"], Field(description="Length of the prompt")
    ] = "Medium"
    """Length of the prompt"""


class VideoPromptGeneratorOutput(OutputModel):
    prompt: Annotated[str, Field(description="Generated video prompt")]
    """Generated video prompt"""
