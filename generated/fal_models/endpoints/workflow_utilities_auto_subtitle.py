# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/workflow-utilities/auto-subtitle` (Workflow Utilities Auto
Subtitle).
"""

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
from fal_models.models.workflow_utilities_auto_subtitle import (
    WorkflowUtilitiesAutoSubtitleInput,
    WorkflowUtilitiesAutoSubtitleOutput,
)

__all__ = [
    "WorkflowUtilitiesAutoSubtitle",
    "AsyncWorkflowUtilitiesAutoSubtitle",
    "WorkflowUtilitiesAutoSubtitleInput",
    "WorkflowUtilitiesAutoSubtitleOutput",
]


class WorkflowUtilitiesAutoSubtitle(
    SyncEndpoint[WorkflowUtilitiesAutoSubtitleInput, WorkflowUtilitiesAutoSubtitleOutput]
):
    """Workflow Utilities Auto Subtitle (`fal-ai/workflow-utilities/auto-subtitle`).

    Input model for automatic subtitle generation and styling

    Category: video-to-video.
    Docs: https://fal.ai/models/fal-ai/workflow-utilities/auto-subtitle/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/workflow-utilities/auto-subtitle"
    input_model: ClassVar[type[WorkflowUtilitiesAutoSubtitleInput]] = (
        WorkflowUtilitiesAutoSubtitleInput
    )
    output_model: ClassVar[type[WorkflowUtilitiesAutoSubtitleOutput]] = (
        WorkflowUtilitiesAutoSubtitleOutput
    )
    Input = WorkflowUtilitiesAutoSubtitleInput
    Output = WorkflowUtilitiesAutoSubtitleOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        language: str | Omit = omit,
        font_name: str | Omit = omit,
        font_size: int | Omit = omit,
        font_weight: Literal["normal", "bold", "black"] | Omit = omit,
        font_color: Literal[
            "white",
            "black",
            "red",
            "green",
            "blue",
            "yellow",
            "orange",
            "purple",
            "pink",
            "brown",
            "gray",
            "cyan",
            "magenta",
        ]
        | Omit = omit,
        highlight_color: Literal[
            "white",
            "black",
            "red",
            "green",
            "blue",
            "yellow",
            "orange",
            "purple",
            "pink",
            "brown",
            "gray",
            "cyan",
            "magenta",
        ]
        | Omit = omit,
        stroke_width: int | Omit = omit,
        stroke_color: Literal[
            "black",
            "white",
            "red",
            "green",
            "blue",
            "yellow",
            "orange",
            "purple",
            "pink",
            "brown",
            "gray",
            "cyan",
            "magenta",
        ]
        | Omit = omit,
        background_color: Literal[
            "black",
            "white",
            "red",
            "green",
            "blue",
            "yellow",
            "orange",
            "purple",
            "pink",
            "brown",
            "gray",
            "cyan",
            "magenta",
            "none",
            "transparent",
        ]
        | Omit = omit,
        background_opacity: float | Omit = omit,
        position: Literal["top", "center", "bottom"] | Omit = omit,
        y_offset: int | Omit = omit,
        words_per_subtitle: int | Omit = omit,
        enable_animation: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> WorkflowUtilitiesAutoSubtitleOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the video file to add automatic subtitles to. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            language: Language code for transcription (e.g., 'en', 'es', 'fr', 'de', 'it', 'pt',
                'nl', 'ja', 'zh', 'ko') or 3-letter ISO code (e.g., 'eng', 'spa', 'fra'). Default:
                "en".
            font_name: Any Google Font name from fonts.google.com (e.g., 'Montserrat', 'Poppins',
                'BBH Sans Hegarty'). Default: "Montserrat".
            font_size: Font size for subtitles (TikTok style uses larger text). Default: 100.
                Limits: minimum 20, maximum 150.
            font_weight: Font weight (TikTok style typically uses bold or black). Default: "bold".
            font_color: Subtitle text color for non-active words. Default: "white".
            highlight_color: Color for the currently speaking word (karaoke-style highlight).
                Default: "purple".
            stroke_width: Text stroke/outline width in pixels (0 for no stroke). Default: 3. Limits:
                minimum 0, maximum 10.
            stroke_color: Text stroke/outline color. Default: "black".
            background_color: Background color behind text ('none' or 'transparent' for no
                background). Default: "none".
            background_opacity: Background opacity (0.0 = fully transparent, 1.0 = fully opaque).
                Default: 0. Limits: minimum 0, maximum 1.
            position: Vertical position of subtitles. Default: "bottom".
            y_offset: Vertical offset in pixels (positive = move down, negative = move up). Default:
                75. Limits: minimum -200, maximum 200.
            words_per_subtitle: Maximum number of words per subtitle segment. Use 1 for single-word
                display, 2-3 for short phrases, or 8-12 for full sentences. Default: 3. Limits:
                minimum 1, maximum 12.
            enable_animation: Enable animation effects for subtitles (bounce style entrance).
                Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "language": language,
                "font_name": font_name,
                "font_size": font_size,
                "font_weight": font_weight,
                "font_color": font_color,
                "highlight_color": highlight_color,
                "stroke_width": stroke_width,
                "stroke_color": stroke_color,
                "background_color": background_color,
                "background_opacity": background_opacity,
                "position": position,
                "y_offset": y_offset,
                "words_per_subtitle": words_per_subtitle,
                "enable_animation": enable_animation,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        language: str | Omit = omit,
        font_name: str | Omit = omit,
        font_size: int | Omit = omit,
        font_weight: Literal["normal", "bold", "black"] | Omit = omit,
        font_color: Literal[
            "white",
            "black",
            "red",
            "green",
            "blue",
            "yellow",
            "orange",
            "purple",
            "pink",
            "brown",
            "gray",
            "cyan",
            "magenta",
        ]
        | Omit = omit,
        highlight_color: Literal[
            "white",
            "black",
            "red",
            "green",
            "blue",
            "yellow",
            "orange",
            "purple",
            "pink",
            "brown",
            "gray",
            "cyan",
            "magenta",
        ]
        | Omit = omit,
        stroke_width: int | Omit = omit,
        stroke_color: Literal[
            "black",
            "white",
            "red",
            "green",
            "blue",
            "yellow",
            "orange",
            "purple",
            "pink",
            "brown",
            "gray",
            "cyan",
            "magenta",
        ]
        | Omit = omit,
        background_color: Literal[
            "black",
            "white",
            "red",
            "green",
            "blue",
            "yellow",
            "orange",
            "purple",
            "pink",
            "brown",
            "gray",
            "cyan",
            "magenta",
            "none",
            "transparent",
        ]
        | Omit = omit,
        background_opacity: float | Omit = omit,
        position: Literal["top", "center", "bottom"] | Omit = omit,
        y_offset: int | Omit = omit,
        words_per_subtitle: int | Omit = omit,
        enable_animation: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[WorkflowUtilitiesAutoSubtitleOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the video file to add automatic subtitles to. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            language: Language code for transcription (e.g., 'en', 'es', 'fr', 'de', 'it', 'pt',
                'nl', 'ja', 'zh', 'ko') or 3-letter ISO code (e.g., 'eng', 'spa', 'fra'). Default:
                "en".
            font_name: Any Google Font name from fonts.google.com (e.g., 'Montserrat', 'Poppins',
                'BBH Sans Hegarty'). Default: "Montserrat".
            font_size: Font size for subtitles (TikTok style uses larger text). Default: 100.
                Limits: minimum 20, maximum 150.
            font_weight: Font weight (TikTok style typically uses bold or black). Default: "bold".
            font_color: Subtitle text color for non-active words. Default: "white".
            highlight_color: Color for the currently speaking word (karaoke-style highlight).
                Default: "purple".
            stroke_width: Text stroke/outline width in pixels (0 for no stroke). Default: 3. Limits:
                minimum 0, maximum 10.
            stroke_color: Text stroke/outline color. Default: "black".
            background_color: Background color behind text ('none' or 'transparent' for no
                background). Default: "none".
            background_opacity: Background opacity (0.0 = fully transparent, 1.0 = fully opaque).
                Default: 0. Limits: minimum 0, maximum 1.
            position: Vertical position of subtitles. Default: "bottom".
            y_offset: Vertical offset in pixels (positive = move down, negative = move up). Default:
                75. Limits: minimum -200, maximum 200.
            words_per_subtitle: Maximum number of words per subtitle segment. Use 1 for single-word
                display, 2-3 for short phrases, or 8-12 for full sentences. Default: 3. Limits:
                minimum 1, maximum 12.
            enable_animation: Enable animation effects for subtitles (bounce style entrance).
                Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "language": language,
                "font_name": font_name,
                "font_size": font_size,
                "font_weight": font_weight,
                "font_color": font_color,
                "highlight_color": highlight_color,
                "stroke_width": stroke_width,
                "stroke_color": stroke_color,
                "background_color": background_color,
                "background_opacity": background_opacity,
                "position": position,
                "y_offset": y_offset,
                "words_per_subtitle": words_per_subtitle,
                "enable_animation": enable_animation,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        language: str | Omit = omit,
        font_name: str | Omit = omit,
        font_size: int | Omit = omit,
        font_weight: Literal["normal", "bold", "black"] | Omit = omit,
        font_color: Literal[
            "white",
            "black",
            "red",
            "green",
            "blue",
            "yellow",
            "orange",
            "purple",
            "pink",
            "brown",
            "gray",
            "cyan",
            "magenta",
        ]
        | Omit = omit,
        highlight_color: Literal[
            "white",
            "black",
            "red",
            "green",
            "blue",
            "yellow",
            "orange",
            "purple",
            "pink",
            "brown",
            "gray",
            "cyan",
            "magenta",
        ]
        | Omit = omit,
        stroke_width: int | Omit = omit,
        stroke_color: Literal[
            "black",
            "white",
            "red",
            "green",
            "blue",
            "yellow",
            "orange",
            "purple",
            "pink",
            "brown",
            "gray",
            "cyan",
            "magenta",
        ]
        | Omit = omit,
        background_color: Literal[
            "black",
            "white",
            "red",
            "green",
            "blue",
            "yellow",
            "orange",
            "purple",
            "pink",
            "brown",
            "gray",
            "cyan",
            "magenta",
            "none",
            "transparent",
        ]
        | Omit = omit,
        background_opacity: float | Omit = omit,
        position: Literal["top", "center", "bottom"] | Omit = omit,
        y_offset: int | Omit = omit,
        words_per_subtitle: int | Omit = omit,
        enable_animation: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WorkflowUtilitiesAutoSubtitleOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the video file to add automatic subtitles to. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            language: Language code for transcription (e.g., 'en', 'es', 'fr', 'de', 'it', 'pt',
                'nl', 'ja', 'zh', 'ko') or 3-letter ISO code (e.g., 'eng', 'spa', 'fra'). Default:
                "en".
            font_name: Any Google Font name from fonts.google.com (e.g., 'Montserrat', 'Poppins',
                'BBH Sans Hegarty'). Default: "Montserrat".
            font_size: Font size for subtitles (TikTok style uses larger text). Default: 100.
                Limits: minimum 20, maximum 150.
            font_weight: Font weight (TikTok style typically uses bold or black). Default: "bold".
            font_color: Subtitle text color for non-active words. Default: "white".
            highlight_color: Color for the currently speaking word (karaoke-style highlight).
                Default: "purple".
            stroke_width: Text stroke/outline width in pixels (0 for no stroke). Default: 3. Limits:
                minimum 0, maximum 10.
            stroke_color: Text stroke/outline color. Default: "black".
            background_color: Background color behind text ('none' or 'transparent' for no
                background). Default: "none".
            background_opacity: Background opacity (0.0 = fully transparent, 1.0 = fully opaque).
                Default: 0. Limits: minimum 0, maximum 1.
            position: Vertical position of subtitles. Default: "bottom".
            y_offset: Vertical offset in pixels (positive = move down, negative = move up). Default:
                75. Limits: minimum -200, maximum 200.
            words_per_subtitle: Maximum number of words per subtitle segment. Use 1 for single-word
                display, 2-3 for short phrases, or 8-12 for full sentences. Default: 3. Limits:
                minimum 1, maximum 12.
            enable_animation: Enable animation effects for subtitles (bounce style entrance).
                Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "language": language,
                "font_name": font_name,
                "font_size": font_size,
                "font_weight": font_weight,
                "font_color": font_color,
                "highlight_color": highlight_color,
                "stroke_width": stroke_width,
                "stroke_color": stroke_color,
                "background_color": background_color,
                "background_opacity": background_opacity,
                "position": position,
                "y_offset": y_offset,
                "words_per_subtitle": words_per_subtitle,
                "enable_animation": enable_animation,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        language: str | Omit = omit,
        font_name: str | Omit = omit,
        font_size: int | Omit = omit,
        font_weight: Literal["normal", "bold", "black"] | Omit = omit,
        font_color: Literal[
            "white",
            "black",
            "red",
            "green",
            "blue",
            "yellow",
            "orange",
            "purple",
            "pink",
            "brown",
            "gray",
            "cyan",
            "magenta",
        ]
        | Omit = omit,
        highlight_color: Literal[
            "white",
            "black",
            "red",
            "green",
            "blue",
            "yellow",
            "orange",
            "purple",
            "pink",
            "brown",
            "gray",
            "cyan",
            "magenta",
        ]
        | Omit = omit,
        stroke_width: int | Omit = omit,
        stroke_color: Literal[
            "black",
            "white",
            "red",
            "green",
            "blue",
            "yellow",
            "orange",
            "purple",
            "pink",
            "brown",
            "gray",
            "cyan",
            "magenta",
        ]
        | Omit = omit,
        background_color: Literal[
            "black",
            "white",
            "red",
            "green",
            "blue",
            "yellow",
            "orange",
            "purple",
            "pink",
            "brown",
            "gray",
            "cyan",
            "magenta",
            "none",
            "transparent",
        ]
        | Omit = omit,
        background_opacity: float | Omit = omit,
        position: Literal["top", "center", "bottom"] | Omit = omit,
        y_offset: int | Omit = omit,
        words_per_subtitle: int | Omit = omit,
        enable_animation: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[WorkflowUtilitiesAutoSubtitleOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the video file to add automatic subtitles to. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            language: Language code for transcription (e.g., 'en', 'es', 'fr', 'de', 'it', 'pt',
                'nl', 'ja', 'zh', 'ko') or 3-letter ISO code (e.g., 'eng', 'spa', 'fra'). Default:
                "en".
            font_name: Any Google Font name from fonts.google.com (e.g., 'Montserrat', 'Poppins',
                'BBH Sans Hegarty'). Default: "Montserrat".
            font_size: Font size for subtitles (TikTok style uses larger text). Default: 100.
                Limits: minimum 20, maximum 150.
            font_weight: Font weight (TikTok style typically uses bold or black). Default: "bold".
            font_color: Subtitle text color for non-active words. Default: "white".
            highlight_color: Color for the currently speaking word (karaoke-style highlight).
                Default: "purple".
            stroke_width: Text stroke/outline width in pixels (0 for no stroke). Default: 3. Limits:
                minimum 0, maximum 10.
            stroke_color: Text stroke/outline color. Default: "black".
            background_color: Background color behind text ('none' or 'transparent' for no
                background). Default: "none".
            background_opacity: Background opacity (0.0 = fully transparent, 1.0 = fully opaque).
                Default: 0. Limits: minimum 0, maximum 1.
            position: Vertical position of subtitles. Default: "bottom".
            y_offset: Vertical offset in pixels (positive = move down, negative = move up). Default:
                75. Limits: minimum -200, maximum 200.
            words_per_subtitle: Maximum number of words per subtitle segment. Use 1 for single-word
                display, 2-3 for short phrases, or 8-12 for full sentences. Default: 3. Limits:
                minimum 1, maximum 12.
            enable_animation: Enable animation effects for subtitles (bounce style entrance).
                Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "language": language,
                "font_name": font_name,
                "font_size": font_size,
                "font_weight": font_weight,
                "font_color": font_color,
                "highlight_color": highlight_color,
                "stroke_width": stroke_width,
                "stroke_color": stroke_color,
                "background_color": background_color,
                "background_opacity": background_opacity,
                "position": position,
                "y_offset": y_offset,
                "words_per_subtitle": words_per_subtitle,
                "enable_animation": enable_animation,
            }
        )
        return self._stream(payload, options)


class AsyncWorkflowUtilitiesAutoSubtitle(
    AsyncEndpoint[WorkflowUtilitiesAutoSubtitleInput, WorkflowUtilitiesAutoSubtitleOutput]
):
    """Workflow Utilities Auto Subtitle (`fal-ai/workflow-utilities/auto-subtitle`).

    Input model for automatic subtitle generation and styling

    Category: video-to-video.
    Docs: https://fal.ai/models/fal-ai/workflow-utilities/auto-subtitle/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/workflow-utilities/auto-subtitle"
    input_model: ClassVar[type[WorkflowUtilitiesAutoSubtitleInput]] = (
        WorkflowUtilitiesAutoSubtitleInput
    )
    output_model: ClassVar[type[WorkflowUtilitiesAutoSubtitleOutput]] = (
        WorkflowUtilitiesAutoSubtitleOutput
    )
    Input = WorkflowUtilitiesAutoSubtitleInput
    Output = WorkflowUtilitiesAutoSubtitleOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        language: str | Omit = omit,
        font_name: str | Omit = omit,
        font_size: int | Omit = omit,
        font_weight: Literal["normal", "bold", "black"] | Omit = omit,
        font_color: Literal[
            "white",
            "black",
            "red",
            "green",
            "blue",
            "yellow",
            "orange",
            "purple",
            "pink",
            "brown",
            "gray",
            "cyan",
            "magenta",
        ]
        | Omit = omit,
        highlight_color: Literal[
            "white",
            "black",
            "red",
            "green",
            "blue",
            "yellow",
            "orange",
            "purple",
            "pink",
            "brown",
            "gray",
            "cyan",
            "magenta",
        ]
        | Omit = omit,
        stroke_width: int | Omit = omit,
        stroke_color: Literal[
            "black",
            "white",
            "red",
            "green",
            "blue",
            "yellow",
            "orange",
            "purple",
            "pink",
            "brown",
            "gray",
            "cyan",
            "magenta",
        ]
        | Omit = omit,
        background_color: Literal[
            "black",
            "white",
            "red",
            "green",
            "blue",
            "yellow",
            "orange",
            "purple",
            "pink",
            "brown",
            "gray",
            "cyan",
            "magenta",
            "none",
            "transparent",
        ]
        | Omit = omit,
        background_opacity: float | Omit = omit,
        position: Literal["top", "center", "bottom"] | Omit = omit,
        y_offset: int | Omit = omit,
        words_per_subtitle: int | Omit = omit,
        enable_animation: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> WorkflowUtilitiesAutoSubtitleOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the video file to add automatic subtitles to. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            language: Language code for transcription (e.g., 'en', 'es', 'fr', 'de', 'it', 'pt',
                'nl', 'ja', 'zh', 'ko') or 3-letter ISO code (e.g., 'eng', 'spa', 'fra'). Default:
                "en".
            font_name: Any Google Font name from fonts.google.com (e.g., 'Montserrat', 'Poppins',
                'BBH Sans Hegarty'). Default: "Montserrat".
            font_size: Font size for subtitles (TikTok style uses larger text). Default: 100.
                Limits: minimum 20, maximum 150.
            font_weight: Font weight (TikTok style typically uses bold or black). Default: "bold".
            font_color: Subtitle text color for non-active words. Default: "white".
            highlight_color: Color for the currently speaking word (karaoke-style highlight).
                Default: "purple".
            stroke_width: Text stroke/outline width in pixels (0 for no stroke). Default: 3. Limits:
                minimum 0, maximum 10.
            stroke_color: Text stroke/outline color. Default: "black".
            background_color: Background color behind text ('none' or 'transparent' for no
                background). Default: "none".
            background_opacity: Background opacity (0.0 = fully transparent, 1.0 = fully opaque).
                Default: 0. Limits: minimum 0, maximum 1.
            position: Vertical position of subtitles. Default: "bottom".
            y_offset: Vertical offset in pixels (positive = move down, negative = move up). Default:
                75. Limits: minimum -200, maximum 200.
            words_per_subtitle: Maximum number of words per subtitle segment. Use 1 for single-word
                display, 2-3 for short phrases, or 8-12 for full sentences. Default: 3. Limits:
                minimum 1, maximum 12.
            enable_animation: Enable animation effects for subtitles (bounce style entrance).
                Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "language": language,
                "font_name": font_name,
                "font_size": font_size,
                "font_weight": font_weight,
                "font_color": font_color,
                "highlight_color": highlight_color,
                "stroke_width": stroke_width,
                "stroke_color": stroke_color,
                "background_color": background_color,
                "background_opacity": background_opacity,
                "position": position,
                "y_offset": y_offset,
                "words_per_subtitle": words_per_subtitle,
                "enable_animation": enable_animation,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        language: str | Omit = omit,
        font_name: str | Omit = omit,
        font_size: int | Omit = omit,
        font_weight: Literal["normal", "bold", "black"] | Omit = omit,
        font_color: Literal[
            "white",
            "black",
            "red",
            "green",
            "blue",
            "yellow",
            "orange",
            "purple",
            "pink",
            "brown",
            "gray",
            "cyan",
            "magenta",
        ]
        | Omit = omit,
        highlight_color: Literal[
            "white",
            "black",
            "red",
            "green",
            "blue",
            "yellow",
            "orange",
            "purple",
            "pink",
            "brown",
            "gray",
            "cyan",
            "magenta",
        ]
        | Omit = omit,
        stroke_width: int | Omit = omit,
        stroke_color: Literal[
            "black",
            "white",
            "red",
            "green",
            "blue",
            "yellow",
            "orange",
            "purple",
            "pink",
            "brown",
            "gray",
            "cyan",
            "magenta",
        ]
        | Omit = omit,
        background_color: Literal[
            "black",
            "white",
            "red",
            "green",
            "blue",
            "yellow",
            "orange",
            "purple",
            "pink",
            "brown",
            "gray",
            "cyan",
            "magenta",
            "none",
            "transparent",
        ]
        | Omit = omit,
        background_opacity: float | Omit = omit,
        position: Literal["top", "center", "bottom"] | Omit = omit,
        y_offset: int | Omit = omit,
        words_per_subtitle: int | Omit = omit,
        enable_animation: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[WorkflowUtilitiesAutoSubtitleOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the video file to add automatic subtitles to. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            language: Language code for transcription (e.g., 'en', 'es', 'fr', 'de', 'it', 'pt',
                'nl', 'ja', 'zh', 'ko') or 3-letter ISO code (e.g., 'eng', 'spa', 'fra'). Default:
                "en".
            font_name: Any Google Font name from fonts.google.com (e.g., 'Montserrat', 'Poppins',
                'BBH Sans Hegarty'). Default: "Montserrat".
            font_size: Font size for subtitles (TikTok style uses larger text). Default: 100.
                Limits: minimum 20, maximum 150.
            font_weight: Font weight (TikTok style typically uses bold or black). Default: "bold".
            font_color: Subtitle text color for non-active words. Default: "white".
            highlight_color: Color for the currently speaking word (karaoke-style highlight).
                Default: "purple".
            stroke_width: Text stroke/outline width in pixels (0 for no stroke). Default: 3. Limits:
                minimum 0, maximum 10.
            stroke_color: Text stroke/outline color. Default: "black".
            background_color: Background color behind text ('none' or 'transparent' for no
                background). Default: "none".
            background_opacity: Background opacity (0.0 = fully transparent, 1.0 = fully opaque).
                Default: 0. Limits: minimum 0, maximum 1.
            position: Vertical position of subtitles. Default: "bottom".
            y_offset: Vertical offset in pixels (positive = move down, negative = move up). Default:
                75. Limits: minimum -200, maximum 200.
            words_per_subtitle: Maximum number of words per subtitle segment. Use 1 for single-word
                display, 2-3 for short phrases, or 8-12 for full sentences. Default: 3. Limits:
                minimum 1, maximum 12.
            enable_animation: Enable animation effects for subtitles (bounce style entrance).
                Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "language": language,
                "font_name": font_name,
                "font_size": font_size,
                "font_weight": font_weight,
                "font_color": font_color,
                "highlight_color": highlight_color,
                "stroke_width": stroke_width,
                "stroke_color": stroke_color,
                "background_color": background_color,
                "background_opacity": background_opacity,
                "position": position,
                "y_offset": y_offset,
                "words_per_subtitle": words_per_subtitle,
                "enable_animation": enable_animation,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        language: str | Omit = omit,
        font_name: str | Omit = omit,
        font_size: int | Omit = omit,
        font_weight: Literal["normal", "bold", "black"] | Omit = omit,
        font_color: Literal[
            "white",
            "black",
            "red",
            "green",
            "blue",
            "yellow",
            "orange",
            "purple",
            "pink",
            "brown",
            "gray",
            "cyan",
            "magenta",
        ]
        | Omit = omit,
        highlight_color: Literal[
            "white",
            "black",
            "red",
            "green",
            "blue",
            "yellow",
            "orange",
            "purple",
            "pink",
            "brown",
            "gray",
            "cyan",
            "magenta",
        ]
        | Omit = omit,
        stroke_width: int | Omit = omit,
        stroke_color: Literal[
            "black",
            "white",
            "red",
            "green",
            "blue",
            "yellow",
            "orange",
            "purple",
            "pink",
            "brown",
            "gray",
            "cyan",
            "magenta",
        ]
        | Omit = omit,
        background_color: Literal[
            "black",
            "white",
            "red",
            "green",
            "blue",
            "yellow",
            "orange",
            "purple",
            "pink",
            "brown",
            "gray",
            "cyan",
            "magenta",
            "none",
            "transparent",
        ]
        | Omit = omit,
        background_opacity: float | Omit = omit,
        position: Literal["top", "center", "bottom"] | Omit = omit,
        y_offset: int | Omit = omit,
        words_per_subtitle: int | Omit = omit,
        enable_animation: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WorkflowUtilitiesAutoSubtitleOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the video file to add automatic subtitles to. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            language: Language code for transcription (e.g., 'en', 'es', 'fr', 'de', 'it', 'pt',
                'nl', 'ja', 'zh', 'ko') or 3-letter ISO code (e.g., 'eng', 'spa', 'fra'). Default:
                "en".
            font_name: Any Google Font name from fonts.google.com (e.g., 'Montserrat', 'Poppins',
                'BBH Sans Hegarty'). Default: "Montserrat".
            font_size: Font size for subtitles (TikTok style uses larger text). Default: 100.
                Limits: minimum 20, maximum 150.
            font_weight: Font weight (TikTok style typically uses bold or black). Default: "bold".
            font_color: Subtitle text color for non-active words. Default: "white".
            highlight_color: Color for the currently speaking word (karaoke-style highlight).
                Default: "purple".
            stroke_width: Text stroke/outline width in pixels (0 for no stroke). Default: 3. Limits:
                minimum 0, maximum 10.
            stroke_color: Text stroke/outline color. Default: "black".
            background_color: Background color behind text ('none' or 'transparent' for no
                background). Default: "none".
            background_opacity: Background opacity (0.0 = fully transparent, 1.0 = fully opaque).
                Default: 0. Limits: minimum 0, maximum 1.
            position: Vertical position of subtitles. Default: "bottom".
            y_offset: Vertical offset in pixels (positive = move down, negative = move up). Default:
                75. Limits: minimum -200, maximum 200.
            words_per_subtitle: Maximum number of words per subtitle segment. Use 1 for single-word
                display, 2-3 for short phrases, or 8-12 for full sentences. Default: 3. Limits:
                minimum 1, maximum 12.
            enable_animation: Enable animation effects for subtitles (bounce style entrance).
                Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "language": language,
                "font_name": font_name,
                "font_size": font_size,
                "font_weight": font_weight,
                "font_color": font_color,
                "highlight_color": highlight_color,
                "stroke_width": stroke_width,
                "stroke_color": stroke_color,
                "background_color": background_color,
                "background_opacity": background_opacity,
                "position": position,
                "y_offset": y_offset,
                "words_per_subtitle": words_per_subtitle,
                "enable_animation": enable_animation,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        language: str | Omit = omit,
        font_name: str | Omit = omit,
        font_size: int | Omit = omit,
        font_weight: Literal["normal", "bold", "black"] | Omit = omit,
        font_color: Literal[
            "white",
            "black",
            "red",
            "green",
            "blue",
            "yellow",
            "orange",
            "purple",
            "pink",
            "brown",
            "gray",
            "cyan",
            "magenta",
        ]
        | Omit = omit,
        highlight_color: Literal[
            "white",
            "black",
            "red",
            "green",
            "blue",
            "yellow",
            "orange",
            "purple",
            "pink",
            "brown",
            "gray",
            "cyan",
            "magenta",
        ]
        | Omit = omit,
        stroke_width: int | Omit = omit,
        stroke_color: Literal[
            "black",
            "white",
            "red",
            "green",
            "blue",
            "yellow",
            "orange",
            "purple",
            "pink",
            "brown",
            "gray",
            "cyan",
            "magenta",
        ]
        | Omit = omit,
        background_color: Literal[
            "black",
            "white",
            "red",
            "green",
            "blue",
            "yellow",
            "orange",
            "purple",
            "pink",
            "brown",
            "gray",
            "cyan",
            "magenta",
            "none",
            "transparent",
        ]
        | Omit = omit,
        background_opacity: float | Omit = omit,
        position: Literal["top", "center", "bottom"] | Omit = omit,
        y_offset: int | Omit = omit,
        words_per_subtitle: int | Omit = omit,
        enable_animation: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[WorkflowUtilitiesAutoSubtitleOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the video file to add automatic subtitles to. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            language: Language code for transcription (e.g., 'en', 'es', 'fr', 'de', 'it', 'pt',
                'nl', 'ja', 'zh', 'ko') or 3-letter ISO code (e.g., 'eng', 'spa', 'fra'). Default:
                "en".
            font_name: Any Google Font name from fonts.google.com (e.g., 'Montserrat', 'Poppins',
                'BBH Sans Hegarty'). Default: "Montserrat".
            font_size: Font size for subtitles (TikTok style uses larger text). Default: 100.
                Limits: minimum 20, maximum 150.
            font_weight: Font weight (TikTok style typically uses bold or black). Default: "bold".
            font_color: Subtitle text color for non-active words. Default: "white".
            highlight_color: Color for the currently speaking word (karaoke-style highlight).
                Default: "purple".
            stroke_width: Text stroke/outline width in pixels (0 for no stroke). Default: 3. Limits:
                minimum 0, maximum 10.
            stroke_color: Text stroke/outline color. Default: "black".
            background_color: Background color behind text ('none' or 'transparent' for no
                background). Default: "none".
            background_opacity: Background opacity (0.0 = fully transparent, 1.0 = fully opaque).
                Default: 0. Limits: minimum 0, maximum 1.
            position: Vertical position of subtitles. Default: "bottom".
            y_offset: Vertical offset in pixels (positive = move down, negative = move up). Default:
                75. Limits: minimum -200, maximum 200.
            words_per_subtitle: Maximum number of words per subtitle segment. Use 1 for single-word
                display, 2-3 for short phrases, or 8-12 for full sentences. Default: 3. Limits:
                minimum 1, maximum 12.
            enable_animation: Enable animation effects for subtitles (bounce style entrance).
                Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "language": language,
                "font_name": font_name,
                "font_size": font_size,
                "font_weight": font_weight,
                "font_color": font_color,
                "highlight_color": highlight_color,
                "stroke_width": stroke_width,
                "stroke_color": stroke_color,
                "background_color": background_color,
                "background_opacity": background_opacity,
                "position": position,
                "y_offset": y_offset,
                "words_per_subtitle": words_per_subtitle,
                "enable_animation": enable_animation,
            }
        )
        return self._stream(payload, options)
