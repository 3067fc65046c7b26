# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/auto-caption` (Auto Caption)."""

from __future__ import annotations

from typing import ClassVar, Unpack

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
from fal_models.models.auto_caption import AutoCaptionInput, AutoCaptionOutput

__all__ = ["AutoCaption", "AsyncAutoCaption", "AutoCaptionInput", "AutoCaptionOutput"]


class AutoCaption(SyncEndpoint[AutoCaptionInput, AutoCaptionOutput]):
    """Auto Caption (`fal-ai/auto-caption`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/auto-caption/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/auto-caption"
    input_model: ClassVar[type[AutoCaptionInput]] = AutoCaptionInput
    output_model: ClassVar[type[AutoCaptionOutput]] = AutoCaptionOutput
    Input = AutoCaptionInput
    Output = AutoCaptionOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        txt_color: str | Omit = omit,
        txt_font: str | Omit = omit,
        font_size: int | Omit = omit,
        stroke_width: int | Omit = omit,
        left_align: str | float | Omit = omit,
        top_align: str | float | Omit = omit,
        refresh_interval: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> AutoCaptionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL to the .mp4 video with audio. Only videos of size <400MB are allowed.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            txt_color: Colour of the text. Can be a RGB tuple, a color name, or an hexadecimal
                notation. Default: "white".
            txt_font: Font for generated captions. Choose one in 'Arial','Standard','Garamond',
                'Times New Roman','Georgia', or pass a url to a .ttf file. Default: "Standard".
            font_size: Size of text in generated captions. Default: 24.
            stroke_width: Width of the text strokes in pixels. Default: 1.
            left_align: Left-to-right alignment of the text. Can be a string ('left', 'center',
                'right') or a float (0.0-1.0). Default: "center".
            top_align: Top-to-bottom alignment of the text. Can be a string ('top', 'center',
                'bottom') or a float (0.0-1.0). Default: "center".
            refresh_interval: Number of seconds the captions should stay on screen. A higher number
                will also result in more text being displayed at once. Default: 1.5. Limits: minimum
                0.5, maximum 3.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "txt_color": txt_color,
                "txt_font": txt_font,
                "font_size": font_size,
                "stroke_width": stroke_width,
                "left_align": left_align,
                "top_align": top_align,
                "refresh_interval": refresh_interval,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        txt_color: str | Omit = omit,
        txt_font: str | Omit = omit,
        font_size: int | Omit = omit,
        stroke_width: int | Omit = omit,
        left_align: str | float | Omit = omit,
        top_align: str | float | Omit = omit,
        refresh_interval: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[AutoCaptionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL to the .mp4 video with audio. Only videos of size <400MB are allowed.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            txt_color: Colour of the text. Can be a RGB tuple, a color name, or an hexadecimal
                notation. Default: "white".
            txt_font: Font for generated captions. Choose one in 'Arial','Standard','Garamond',
                'Times New Roman','Georgia', or pass a url to a .ttf file. Default: "Standard".
            font_size: Size of text in generated captions. Default: 24.
            stroke_width: Width of the text strokes in pixels. Default: 1.
            left_align: Left-to-right alignment of the text. Can be a string ('left', 'center',
                'right') or a float (0.0-1.0). Default: "center".
            top_align: Top-to-bottom alignment of the text. Can be a string ('top', 'center',
                'bottom') or a float (0.0-1.0). Default: "center".
            refresh_interval: Number of seconds the captions should stay on screen. A higher number
                will also result in more text being displayed at once. Default: 1.5. Limits: minimum
                0.5, maximum 3.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "txt_color": txt_color,
                "txt_font": txt_font,
                "font_size": font_size,
                "stroke_width": stroke_width,
                "left_align": left_align,
                "top_align": top_align,
                "refresh_interval": refresh_interval,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        txt_color: str | Omit = omit,
        txt_font: str | Omit = omit,
        font_size: int | Omit = omit,
        stroke_width: int | Omit = omit,
        left_align: str | float | Omit = omit,
        top_align: str | float | Omit = omit,
        refresh_interval: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> AutoCaptionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL to the .mp4 video with audio. Only videos of size <400MB are allowed.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            txt_color: Colour of the text. Can be a RGB tuple, a color name, or an hexadecimal
                notation. Default: "white".
            txt_font: Font for generated captions. Choose one in 'Arial','Standard','Garamond',
                'Times New Roman','Georgia', or pass a url to a .ttf file. Default: "Standard".
            font_size: Size of text in generated captions. Default: 24.
            stroke_width: Width of the text strokes in pixels. Default: 1.
            left_align: Left-to-right alignment of the text. Can be a string ('left', 'center',
                'right') or a float (0.0-1.0). Default: "center".
            top_align: Top-to-bottom alignment of the text. Can be a string ('top', 'center',
                'bottom') or a float (0.0-1.0). Default: "center".
            refresh_interval: Number of seconds the captions should stay on screen. A higher number
                will also result in more text being displayed at once. Default: 1.5. Limits: minimum
                0.5, maximum 3.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "txt_color": txt_color,
                "txt_font": txt_font,
                "font_size": font_size,
                "stroke_width": stroke_width,
                "left_align": left_align,
                "top_align": top_align,
                "refresh_interval": refresh_interval,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        txt_color: str | Omit = omit,
        txt_font: str | Omit = omit,
        font_size: int | Omit = omit,
        stroke_width: int | Omit = omit,
        left_align: str | float | Omit = omit,
        top_align: str | float | Omit = omit,
        refresh_interval: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[AutoCaptionOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL to the .mp4 video with audio. Only videos of size <400MB are allowed.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            txt_color: Colour of the text. Can be a RGB tuple, a color name, or an hexadecimal
                notation. Default: "white".
            txt_font: Font for generated captions. Choose one in 'Arial','Standard','Garamond',
                'Times New Roman','Georgia', or pass a url to a .ttf file. Default: "Standard".
            font_size: Size of text in generated captions. Default: 24.
            stroke_width: Width of the text strokes in pixels. Default: 1.
            left_align: Left-to-right alignment of the text. Can be a string ('left', 'center',
                'right') or a float (0.0-1.0). Default: "center".
            top_align: Top-to-bottom alignment of the text. Can be a string ('top', 'center',
                'bottom') or a float (0.0-1.0). Default: "center".
            refresh_interval: Number of seconds the captions should stay on screen. A higher number
                will also result in more text being displayed at once. Default: 1.5. Limits: minimum
                0.5, maximum 3.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "txt_color": txt_color,
                "txt_font": txt_font,
                "font_size": font_size,
                "stroke_width": stroke_width,
                "left_align": left_align,
                "top_align": top_align,
                "refresh_interval": refresh_interval,
            }
        )
        return self._stream(payload, options)


class AsyncAutoCaption(AsyncEndpoint[AutoCaptionInput, AutoCaptionOutput]):
    """Auto Caption (`fal-ai/auto-caption`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/auto-caption/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/auto-caption"
    input_model: ClassVar[type[AutoCaptionInput]] = AutoCaptionInput
    output_model: ClassVar[type[AutoCaptionOutput]] = AutoCaptionOutput
    Input = AutoCaptionInput
    Output = AutoCaptionOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        txt_color: str | Omit = omit,
        txt_font: str | Omit = omit,
        font_size: int | Omit = omit,
        stroke_width: int | Omit = omit,
        left_align: str | float | Omit = omit,
        top_align: str | float | Omit = omit,
        refresh_interval: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> AutoCaptionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL to the .mp4 video with audio. Only videos of size <400MB are allowed.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            txt_color: Colour of the text. Can be a RGB tuple, a color name, or an hexadecimal
                notation. Default: "white".
            txt_font: Font for generated captions. Choose one in 'Arial','Standard','Garamond',
                'Times New Roman','Georgia', or pass a url to a .ttf file. Default: "Standard".
            font_size: Size of text in generated captions. Default: 24.
            stroke_width: Width of the text strokes in pixels. Default: 1.
            left_align: Left-to-right alignment of the text. Can be a string ('left', 'center',
                'right') or a float (0.0-1.0). Default: "center".
            top_align: Top-to-bottom alignment of the text. Can be a string ('top', 'center',
                'bottom') or a float (0.0-1.0). Default: "center".
            refresh_interval: Number of seconds the captions should stay on screen. A higher number
                will also result in more text being displayed at once. Default: 1.5. Limits: minimum
                0.5, maximum 3.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "txt_color": txt_color,
                "txt_font": txt_font,
                "font_size": font_size,
                "stroke_width": stroke_width,
                "left_align": left_align,
                "top_align": top_align,
                "refresh_interval": refresh_interval,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        txt_color: str | Omit = omit,
        txt_font: str | Omit = omit,
        font_size: int | Omit = omit,
        stroke_width: int | Omit = omit,
        left_align: str | float | Omit = omit,
        top_align: str | float | Omit = omit,
        refresh_interval: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[AutoCaptionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL to the .mp4 video with audio. Only videos of size <400MB are allowed.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            txt_color: Colour of the text. Can be a RGB tuple, a color name, or an hexadecimal
                notation. Default: "white".
            txt_font: Font for generated captions. Choose one in 'Arial','Standard','Garamond',
                'Times New Roman','Georgia', or pass a url to a .ttf file. Default: "Standard".
            font_size: Size of text in generated captions. Default: 24.
            stroke_width: Width of the text strokes in pixels. Default: 1.
            left_align: Left-to-right alignment of the text. Can be a string ('left', 'center',
                'right') or a float (0.0-1.0). Default: "center".
            top_align: Top-to-bottom alignment of the text. Can be a string ('top', 'center',
                'bottom') or a float (0.0-1.0). Default: "center".
            refresh_interval: Number of seconds the captions should stay on screen. A higher number
                will also result in more text being displayed at once. Default: 1.5. Limits: minimum
                0.5, maximum 3.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "txt_color": txt_color,
                "txt_font": txt_font,
                "font_size": font_size,
                "stroke_width": stroke_width,
                "left_align": left_align,
                "top_align": top_align,
                "refresh_interval": refresh_interval,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        txt_color: str | Omit = omit,
        txt_font: str | Omit = omit,
        font_size: int | Omit = omit,
        stroke_width: int | Omit = omit,
        left_align: str | float | Omit = omit,
        top_align: str | float | Omit = omit,
        refresh_interval: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> AutoCaptionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL to the .mp4 video with audio. Only videos of size <400MB are allowed.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            txt_color: Colour of the text. Can be a RGB tuple, a color name, or an hexadecimal
                notation. Default: "white".
            txt_font: Font for generated captions. Choose one in 'Arial','Standard','Garamond',
                'Times New Roman','Georgia', or pass a url to a .ttf file. Default: "Standard".
            font_size: Size of text in generated captions. Default: 24.
            stroke_width: Width of the text strokes in pixels. Default: 1.
            left_align: Left-to-right alignment of the text. Can be a string ('left', 'center',
                'right') or a float (0.0-1.0). Default: "center".
            top_align: Top-to-bottom alignment of the text. Can be a string ('top', 'center',
                'bottom') or a float (0.0-1.0). Default: "center".
            refresh_interval: Number of seconds the captions should stay on screen. A higher number
                will also result in more text being displayed at once. Default: 1.5. Limits: minimum
                0.5, maximum 3.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "txt_color": txt_color,
                "txt_font": txt_font,
                "font_size": font_size,
                "stroke_width": stroke_width,
                "left_align": left_align,
                "top_align": top_align,
                "refresh_interval": refresh_interval,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        txt_color: str | Omit = omit,
        txt_font: str | Omit = omit,
        font_size: int | Omit = omit,
        stroke_width: int | Omit = omit,
        left_align: str | float | Omit = omit,
        top_align: str | float | Omit = omit,
        refresh_interval: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[AutoCaptionOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL to the .mp4 video with audio. Only videos of size <400MB are allowed.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            txt_color: Colour of the text. Can be a RGB tuple, a color name, or an hexadecimal
                notation. Default: "white".
            txt_font: Font for generated captions. Choose one in 'Arial','Standard','Garamond',
                'Times New Roman','Georgia', or pass a url to a .ttf file. Default: "Standard".
            font_size: Size of text in generated captions. Default: 24.
            stroke_width: Width of the text strokes in pixels. Default: 1.
            left_align: Left-to-right alignment of the text. Can be a string ('left', 'center',
                'right') or a float (0.0-1.0). Default: "center".
            top_align: Top-to-bottom alignment of the text. Can be a string ('top', 'center',
                'bottom') or a float (0.0-1.0). Default: "center".
            refresh_interval: Number of seconds the captions should stay on screen. A higher number
                will also result in more text being displayed at once. Default: 1.5. Limits: minimum
                0.5, maximum 3.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "txt_color": txt_color,
                "txt_font": txt_font,
                "font_size": font_size,
                "stroke_width": stroke_width,
                "left_align": left_align,
                "top_align": top_align,
                "refresh_interval": refresh_interval,
            }
        )
        return self._stream(payload, options)
