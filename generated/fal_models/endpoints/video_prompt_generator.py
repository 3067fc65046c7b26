# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/video-prompt-generator` (Video Prompt Generator)."""

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
from fal_models._uploads import FileInput
from fal_models.models.video_prompt_generator import (
    VideoPromptGeneratorInput,
    VideoPromptGeneratorOutput,
)

__all__ = [
    "VideoPromptGenerator",
    "AsyncVideoPromptGenerator",
    "VideoPromptGeneratorInput",
    "VideoPromptGeneratorOutput",
]


class VideoPromptGenerator(SyncEndpoint[VideoPromptGeneratorInput, VideoPromptGeneratorOutput]):
    """Video Prompt Generator (`fal-ai/video-prompt-generator`).

    Category: llm. Docs: https://fal.ai/models/fal-ai/video-prompt-generator/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/video-prompt-generator"
    input_model: ClassVar[type[VideoPromptGeneratorInput]] = VideoPromptGeneratorInput
    output_model: ClassVar[type[VideoPromptGeneratorOutput]] = VideoPromptGeneratorOutput
    Input = VideoPromptGeneratorInput
    Output = VideoPromptGeneratorOutput

    def subscribe(
        self,
        *,
        input_concept: str,
        style: Literal[
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
        ]
        | Omit = omit,
        camera_style: Literal[
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
        ]
        | Omit = omit,
        camera_direction: Literal[
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
        ]
        | Omit = omit,
        pacing: Literal[
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
        ]
        | Omit = omit,
        special_effects: Literal[
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
        ]
        | Omit = omit,
        custom_elements: str | Omit = omit,
        image_url: FileInput | Omit = omit,
        model: Literal[
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
        ]
        | Omit = omit,
        prompt_length: Literal["Short", "Medium", "Long"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> VideoPromptGeneratorOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            input_concept: Core concept or thematic input for the video prompt.
            style: Style of the video prompt. Default: "Simple".
            camera_style: Camera movement style. Default: "None".
            camera_direction: Camera direction. Default: "None".
            pacing: Pacing rhythm. Default: "None".
            special_effects: Special effects approach. Default: "None".
            custom_elements: Custom technical elements (optional). Default: "".
            image_url: URL of an image to analyze and incorporate into the video prompt (optional).
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            model: Model to use. Default: "google/gemini-2.0-flash-001".
            prompt_length: Length of the prompt. Default: "Medium".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "input_concept": input_concept,
                "style": style,
                "camera_style": camera_style,
                "camera_direction": camera_direction,
                "pacing": pacing,
                "special_effects": special_effects,
                "custom_elements": custom_elements,
                "image_url": image_url,
                "model": model,
                "prompt_length": prompt_length,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        input_concept: str,
        style: Literal[
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
        ]
        | Omit = omit,
        camera_style: Literal[
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
        ]
        | Omit = omit,
        camera_direction: Literal[
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
        ]
        | Omit = omit,
        pacing: Literal[
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
        ]
        | Omit = omit,
        special_effects: Literal[
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
        ]
        | Omit = omit,
        custom_elements: str | Omit = omit,
        image_url: FileInput | Omit = omit,
        model: Literal[
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
        ]
        | Omit = omit,
        prompt_length: Literal["Short", "Medium", "Long"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[VideoPromptGeneratorOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            input_concept: Core concept or thematic input for the video prompt.
            style: Style of the video prompt. Default: "Simple".
            camera_style: Camera movement style. Default: "None".
            camera_direction: Camera direction. Default: "None".
            pacing: Pacing rhythm. Default: "None".
            special_effects: Special effects approach. Default: "None".
            custom_elements: Custom technical elements (optional). Default: "".
            image_url: URL of an image to analyze and incorporate into the video prompt (optional).
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            model: Model to use. Default: "google/gemini-2.0-flash-001".
            prompt_length: Length of the prompt. Default: "Medium".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "input_concept": input_concept,
                "style": style,
                "camera_style": camera_style,
                "camera_direction": camera_direction,
                "pacing": pacing,
                "special_effects": special_effects,
                "custom_elements": custom_elements,
                "image_url": image_url,
                "model": model,
                "prompt_length": prompt_length,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        input_concept: str,
        style: Literal[
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
        ]
        | Omit = omit,
        camera_style: Literal[
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
        ]
        | Omit = omit,
        camera_direction: Literal[
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
        ]
        | Omit = omit,
        pacing: Literal[
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
        ]
        | Omit = omit,
        special_effects: Literal[
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
        ]
        | Omit = omit,
        custom_elements: str | Omit = omit,
        image_url: FileInput | Omit = omit,
        model: Literal[
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
        ]
        | Omit = omit,
        prompt_length: Literal["Short", "Medium", "Long"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> VideoPromptGeneratorOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            input_concept: Core concept or thematic input for the video prompt.
            style: Style of the video prompt. Default: "Simple".
            camera_style: Camera movement style. Default: "None".
            camera_direction: Camera direction. Default: "None".
            pacing: Pacing rhythm. Default: "None".
            special_effects: Special effects approach. Default: "None".
            custom_elements: Custom technical elements (optional). Default: "".
            image_url: URL of an image to analyze and incorporate into the video prompt (optional).
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            model: Model to use. Default: "google/gemini-2.0-flash-001".
            prompt_length: Length of the prompt. Default: "Medium".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "input_concept": input_concept,
                "style": style,
                "camera_style": camera_style,
                "camera_direction": camera_direction,
                "pacing": pacing,
                "special_effects": special_effects,
                "custom_elements": custom_elements,
                "image_url": image_url,
                "model": model,
                "prompt_length": prompt_length,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        input_concept: str,
        style: Literal[
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
        ]
        | Omit = omit,
        camera_style: Literal[
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
        ]
        | Omit = omit,
        camera_direction: Literal[
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
        ]
        | Omit = omit,
        pacing: Literal[
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
        ]
        | Omit = omit,
        special_effects: Literal[
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
        ]
        | Omit = omit,
        custom_elements: str | Omit = omit,
        image_url: FileInput | Omit = omit,
        model: Literal[
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
        ]
        | Omit = omit,
        prompt_length: Literal["Short", "Medium", "Long"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[VideoPromptGeneratorOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            input_concept: Core concept or thematic input for the video prompt.
            style: Style of the video prompt. Default: "Simple".
            camera_style: Camera movement style. Default: "None".
            camera_direction: Camera direction. Default: "None".
            pacing: Pacing rhythm. Default: "None".
            special_effects: Special effects approach. Default: "None".
            custom_elements: Custom technical elements (optional). Default: "".
            image_url: URL of an image to analyze and incorporate into the video prompt (optional).
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            model: Model to use. Default: "google/gemini-2.0-flash-001".
            prompt_length: Length of the prompt. Default: "Medium".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "input_concept": input_concept,
                "style": style,
                "camera_style": camera_style,
                "camera_direction": camera_direction,
                "pacing": pacing,
                "special_effects": special_effects,
                "custom_elements": custom_elements,
                "image_url": image_url,
                "model": model,
                "prompt_length": prompt_length,
            }
        )
        return self._stream(payload, options)


class AsyncVideoPromptGenerator(
    AsyncEndpoint[VideoPromptGeneratorInput, VideoPromptGeneratorOutput]
):
    """Video Prompt Generator (`fal-ai/video-prompt-generator`).

    Category: llm. Docs: https://fal.ai/models/fal-ai/video-prompt-generator/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/video-prompt-generator"
    input_model: ClassVar[type[VideoPromptGeneratorInput]] = VideoPromptGeneratorInput
    output_model: ClassVar[type[VideoPromptGeneratorOutput]] = VideoPromptGeneratorOutput
    Input = VideoPromptGeneratorInput
    Output = VideoPromptGeneratorOutput

    async def subscribe(
        self,
        *,
        input_concept: str,
        style: Literal[
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
        ]
        | Omit = omit,
        camera_style: Literal[
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
        ]
        | Omit = omit,
        camera_direction: Literal[
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
        ]
        | Omit = omit,
        pacing: Literal[
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
        ]
        | Omit = omit,
        special_effects: Literal[
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
        ]
        | Omit = omit,
        custom_elements: str | Omit = omit,
        image_url: FileInput | Omit = omit,
        model: Literal[
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
        ]
        | Omit = omit,
        prompt_length: Literal["Short", "Medium", "Long"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> VideoPromptGeneratorOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            input_concept: Core concept or thematic input for the video prompt.
            style: Style of the video prompt. Default: "Simple".
            camera_style: Camera movement style. Default: "None".
            camera_direction: Camera direction. Default: "None".
            pacing: Pacing rhythm. Default: "None".
            special_effects: Special effects approach. Default: "None".
            custom_elements: Custom technical elements (optional). Default: "".
            image_url: URL of an image to analyze and incorporate into the video prompt (optional).
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            model: Model to use. Default: "google/gemini-2.0-flash-001".
            prompt_length: Length of the prompt. Default: "Medium".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "input_concept": input_concept,
                "style": style,
                "camera_style": camera_style,
                "camera_direction": camera_direction,
                "pacing": pacing,
                "special_effects": special_effects,
                "custom_elements": custom_elements,
                "image_url": image_url,
                "model": model,
                "prompt_length": prompt_length,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        input_concept: str,
        style: Literal[
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
        ]
        | Omit = omit,
        camera_style: Literal[
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
        ]
        | Omit = omit,
        camera_direction: Literal[
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
        ]
        | Omit = omit,
        pacing: Literal[
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
        ]
        | Omit = omit,
        special_effects: Literal[
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
        ]
        | Omit = omit,
        custom_elements: str | Omit = omit,
        image_url: FileInput | Omit = omit,
        model: Literal[
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
        ]
        | Omit = omit,
        prompt_length: Literal["Short", "Medium", "Long"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[VideoPromptGeneratorOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            input_concept: Core concept or thematic input for the video prompt.
            style: Style of the video prompt. Default: "Simple".
            camera_style: Camera movement style. Default: "None".
            camera_direction: Camera direction. Default: "None".
            pacing: Pacing rhythm. Default: "None".
            special_effects: Special effects approach. Default: "None".
            custom_elements: Custom technical elements (optional). Default: "".
            image_url: URL of an image to analyze and incorporate into the video prompt (optional).
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            model: Model to use. Default: "google/gemini-2.0-flash-001".
            prompt_length: Length of the prompt. Default: "Medium".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "input_concept": input_concept,
                "style": style,
                "camera_style": camera_style,
                "camera_direction": camera_direction,
                "pacing": pacing,
                "special_effects": special_effects,
                "custom_elements": custom_elements,
                "image_url": image_url,
                "model": model,
                "prompt_length": prompt_length,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        input_concept: str,
        style: Literal[
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
        ]
        | Omit = omit,
        camera_style: Literal[
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
        ]
        | Omit = omit,
        camera_direction: Literal[
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
        ]
        | Omit = omit,
        pacing: Literal[
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
        ]
        | Omit = omit,
        special_effects: Literal[
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
        ]
        | Omit = omit,
        custom_elements: str | Omit = omit,
        image_url: FileInput | Omit = omit,
        model: Literal[
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
        ]
        | Omit = omit,
        prompt_length: Literal["Short", "Medium", "Long"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> VideoPromptGeneratorOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            input_concept: Core concept or thematic input for the video prompt.
            style: Style of the video prompt. Default: "Simple".
            camera_style: Camera movement style. Default: "None".
            camera_direction: Camera direction. Default: "None".
            pacing: Pacing rhythm. Default: "None".
            special_effects: Special effects approach. Default: "None".
            custom_elements: Custom technical elements (optional). Default: "".
            image_url: URL of an image to analyze and incorporate into the video prompt (optional).
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            model: Model to use. Default: "google/gemini-2.0-flash-001".
            prompt_length: Length of the prompt. Default: "Medium".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "input_concept": input_concept,
                "style": style,
                "camera_style": camera_style,
                "camera_direction": camera_direction,
                "pacing": pacing,
                "special_effects": special_effects,
                "custom_elements": custom_elements,
                "image_url": image_url,
                "model": model,
                "prompt_length": prompt_length,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        input_concept: str,
        style: Literal[
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
        ]
        | Omit = omit,
        camera_style: Literal[
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
        ]
        | Omit = omit,
        camera_direction: Literal[
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
        ]
        | Omit = omit,
        pacing: Literal[
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
        ]
        | Omit = omit,
        special_effects: Literal[
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
        ]
        | Omit = omit,
        custom_elements: str | Omit = omit,
        image_url: FileInput | Omit = omit,
        model: Literal[
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
        ]
        | Omit = omit,
        prompt_length: Literal["Short", "Medium", "Long"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[VideoPromptGeneratorOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            input_concept: Core concept or thematic input for the video prompt.
            style: Style of the video prompt. Default: "Simple".
            camera_style: Camera movement style. Default: "None".
            camera_direction: Camera direction. Default: "None".
            pacing: Pacing rhythm. Default: "None".
            special_effects: Special effects approach. Default: "None".
            custom_elements: Custom technical elements (optional). Default: "".
            image_url: URL of an image to analyze and incorporate into the video prompt (optional).
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            model: Model to use. Default: "google/gemini-2.0-flash-001".
            prompt_length: Length of the prompt. Default: "Medium".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "input_concept": input_concept,
                "style": style,
                "camera_style": camera_style,
                "camera_direction": camera_direction,
                "pacing": pacing,
                "special_effects": special_effects,
                "custom_elements": custom_elements,
                "image_url": image_url,
                "model": model,
                "prompt_length": prompt_length,
            }
        )
        return self._stream(payload, options)
