# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/vecglypher` (Vecglypher)."""

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
from fal_models.models.vecglypher import VecglypherInput, VecglypherOutput

__all__ = ["Vecglypher", "AsyncVecglypher", "VecglypherInput", "VecglypherOutput"]


class Vecglypher(SyncEndpoint[VecglypherInput, VecglypherOutput]):
    """Vecglypher (`fal-ai/vecglypher`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/vecglypher/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/vecglypher"
    input_model: ClassVar[type[VecglypherInput]] = VecglypherInput
    output_model: ClassVar[type[VecglypherOutput]] = VecglypherOutput
    Input = VecglypherInput
    Output = VecglypherOutput

    def subscribe(
        self,
        *,
        prompt: str,
        style_description: str | Omit = omit,
        temperature: float | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        top_p: float | Omit = omit,
        top_k: int | Omit = omit,
        repetition_penalty: float | Omit = omit,
        max_tokens: int | Omit = omit,
        output_size: int | Omit = omit,
        fill_color: str | Omit = omit,
        stroke_color: str | None | Omit = omit,
        stroke_width: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> VecglypherOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The target text to generate as vector glyphs. Each character is rendered as a
                separate SVG path element.
            style_description: Font style description using typography terms such as weight
                (100-900), style (italic, oblique), category (serif, sans-serif, display,
                handwriting, monospace), and characteristics (geometric, humanist, condensed,
                rounded). Default: "italic style, 400 weight, serif, text, elegant".
            temperature: Sampling temperature. Lower values produce more deterministic output.
                Default: 0.1. Limits: minimum 0, maximum 2.
            seed: Random seed for reproducibility.
            enable_safety_checker: Enable input safety checking. Default: true.
            top_p: Top-p (nucleus) sampling parameter. Default: 0.95. Limits: minimum 0, maximum 1.
            top_k: Top-k sampling parameter. Default: 5. Limits: minimum -1, maximum 100.
            repetition_penalty: Repetition penalty to reduce repeated SVG path segments. Default: 1.
                Limits: minimum 0, maximum 2.
            max_tokens: Maximum tokens to generate. Increase for longer text. Default: 8192. Limits:
                minimum 256, maximum 16384.
            output_size: Maximum dimension (width or height) of the output SVG in pixels. The aspect
                ratio is preserved. Default: 512. Limits: minimum 64, maximum 4096.
            fill_color: Fill color for the generated glyphs. Accepts any valid SVG/CSS color value.
                Default: "black".
            stroke_color: Optional stroke (outline) color for the generated glyphs. When set, adds
                an outline around each glyph path.
            stroke_width: Stroke width in SVG units. Only applies when stroke_color is set. Default:
                1. Limits: minimum 0.1, maximum 50.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "style_description": style_description,
                "temperature": temperature,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "top_p": top_p,
                "top_k": top_k,
                "repetition_penalty": repetition_penalty,
                "max_tokens": max_tokens,
                "output_size": output_size,
                "fill_color": fill_color,
                "stroke_color": stroke_color,
                "stroke_width": stroke_width,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        style_description: str | Omit = omit,
        temperature: float | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        top_p: float | Omit = omit,
        top_k: int | Omit = omit,
        repetition_penalty: float | Omit = omit,
        max_tokens: int | Omit = omit,
        output_size: int | Omit = omit,
        fill_color: str | Omit = omit,
        stroke_color: str | None | Omit = omit,
        stroke_width: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[VecglypherOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The target text to generate as vector glyphs. Each character is rendered as a
                separate SVG path element.
            style_description: Font style description using typography terms such as weight
                (100-900), style (italic, oblique), category (serif, sans-serif, display,
                handwriting, monospace), and characteristics (geometric, humanist, condensed,
                rounded). Default: "italic style, 400 weight, serif, text, elegant".
            temperature: Sampling temperature. Lower values produce more deterministic output.
                Default: 0.1. Limits: minimum 0, maximum 2.
            seed: Random seed for reproducibility.
            enable_safety_checker: Enable input safety checking. Default: true.
            top_p: Top-p (nucleus) sampling parameter. Default: 0.95. Limits: minimum 0, maximum 1.
            top_k: Top-k sampling parameter. Default: 5. Limits: minimum -1, maximum 100.
            repetition_penalty: Repetition penalty to reduce repeated SVG path segments. Default: 1.
                Limits: minimum 0, maximum 2.
            max_tokens: Maximum tokens to generate. Increase for longer text. Default: 8192. Limits:
                minimum 256, maximum 16384.
            output_size: Maximum dimension (width or height) of the output SVG in pixels. The aspect
                ratio is preserved. Default: 512. Limits: minimum 64, maximum 4096.
            fill_color: Fill color for the generated glyphs. Accepts any valid SVG/CSS color value.
                Default: "black".
            stroke_color: Optional stroke (outline) color for the generated glyphs. When set, adds
                an outline around each glyph path.
            stroke_width: Stroke width in SVG units. Only applies when stroke_color is set. Default:
                1. Limits: minimum 0.1, maximum 50.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "style_description": style_description,
                "temperature": temperature,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "top_p": top_p,
                "top_k": top_k,
                "repetition_penalty": repetition_penalty,
                "max_tokens": max_tokens,
                "output_size": output_size,
                "fill_color": fill_color,
                "stroke_color": stroke_color,
                "stroke_width": stroke_width,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        style_description: str | Omit = omit,
        temperature: float | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        top_p: float | Omit = omit,
        top_k: int | Omit = omit,
        repetition_penalty: float | Omit = omit,
        max_tokens: int | Omit = omit,
        output_size: int | Omit = omit,
        fill_color: str | Omit = omit,
        stroke_color: str | None | Omit = omit,
        stroke_width: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> VecglypherOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The target text to generate as vector glyphs. Each character is rendered as a
                separate SVG path element.
            style_description: Font style description using typography terms such as weight
                (100-900), style (italic, oblique), category (serif, sans-serif, display,
                handwriting, monospace), and characteristics (geometric, humanist, condensed,
                rounded). Default: "italic style, 400 weight, serif, text, elegant".
            temperature: Sampling temperature. Lower values produce more deterministic output.
                Default: 0.1. Limits: minimum 0, maximum 2.
            seed: Random seed for reproducibility.
            enable_safety_checker: Enable input safety checking. Default: true.
            top_p: Top-p (nucleus) sampling parameter. Default: 0.95. Limits: minimum 0, maximum 1.
            top_k: Top-k sampling parameter. Default: 5. Limits: minimum -1, maximum 100.
            repetition_penalty: Repetition penalty to reduce repeated SVG path segments. Default: 1.
                Limits: minimum 0, maximum 2.
            max_tokens: Maximum tokens to generate. Increase for longer text. Default: 8192. Limits:
                minimum 256, maximum 16384.
            output_size: Maximum dimension (width or height) of the output SVG in pixels. The aspect
                ratio is preserved. Default: 512. Limits: minimum 64, maximum 4096.
            fill_color: Fill color for the generated glyphs. Accepts any valid SVG/CSS color value.
                Default: "black".
            stroke_color: Optional stroke (outline) color for the generated glyphs. When set, adds
                an outline around each glyph path.
            stroke_width: Stroke width in SVG units. Only applies when stroke_color is set. Default:
                1. Limits: minimum 0.1, maximum 50.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "style_description": style_description,
                "temperature": temperature,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "top_p": top_p,
                "top_k": top_k,
                "repetition_penalty": repetition_penalty,
                "max_tokens": max_tokens,
                "output_size": output_size,
                "fill_color": fill_color,
                "stroke_color": stroke_color,
                "stroke_width": stroke_width,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        style_description: str | Omit = omit,
        temperature: float | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        top_p: float | Omit = omit,
        top_k: int | Omit = omit,
        repetition_penalty: float | Omit = omit,
        max_tokens: int | Omit = omit,
        output_size: int | Omit = omit,
        fill_color: str | Omit = omit,
        stroke_color: str | None | Omit = omit,
        stroke_width: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[VecglypherOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The target text to generate as vector glyphs. Each character is rendered as a
                separate SVG path element.
            style_description: Font style description using typography terms such as weight
                (100-900), style (italic, oblique), category (serif, sans-serif, display,
                handwriting, monospace), and characteristics (geometric, humanist, condensed,
                rounded). Default: "italic style, 400 weight, serif, text, elegant".
            temperature: Sampling temperature. Lower values produce more deterministic output.
                Default: 0.1. Limits: minimum 0, maximum 2.
            seed: Random seed for reproducibility.
            enable_safety_checker: Enable input safety checking. Default: true.
            top_p: Top-p (nucleus) sampling parameter. Default: 0.95. Limits: minimum 0, maximum 1.
            top_k: Top-k sampling parameter. Default: 5. Limits: minimum -1, maximum 100.
            repetition_penalty: Repetition penalty to reduce repeated SVG path segments. Default: 1.
                Limits: minimum 0, maximum 2.
            max_tokens: Maximum tokens to generate. Increase for longer text. Default: 8192. Limits:
                minimum 256, maximum 16384.
            output_size: Maximum dimension (width or height) of the output SVG in pixels. The aspect
                ratio is preserved. Default: 512. Limits: minimum 64, maximum 4096.
            fill_color: Fill color for the generated glyphs. Accepts any valid SVG/CSS color value.
                Default: "black".
            stroke_color: Optional stroke (outline) color for the generated glyphs. When set, adds
                an outline around each glyph path.
            stroke_width: Stroke width in SVG units. Only applies when stroke_color is set. Default:
                1. Limits: minimum 0.1, maximum 50.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "style_description": style_description,
                "temperature": temperature,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "top_p": top_p,
                "top_k": top_k,
                "repetition_penalty": repetition_penalty,
                "max_tokens": max_tokens,
                "output_size": output_size,
                "fill_color": fill_color,
                "stroke_color": stroke_color,
                "stroke_width": stroke_width,
            }
        )
        return self._stream(payload, options)


class AsyncVecglypher(AsyncEndpoint[VecglypherInput, VecglypherOutput]):
    """Vecglypher (`fal-ai/vecglypher`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/vecglypher/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/vecglypher"
    input_model: ClassVar[type[VecglypherInput]] = VecglypherInput
    output_model: ClassVar[type[VecglypherOutput]] = VecglypherOutput
    Input = VecglypherInput
    Output = VecglypherOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        style_description: str | Omit = omit,
        temperature: float | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        top_p: float | Omit = omit,
        top_k: int | Omit = omit,
        repetition_penalty: float | Omit = omit,
        max_tokens: int | Omit = omit,
        output_size: int | Omit = omit,
        fill_color: str | Omit = omit,
        stroke_color: str | None | Omit = omit,
        stroke_width: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> VecglypherOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The target text to generate as vector glyphs. Each character is rendered as a
                separate SVG path element.
            style_description: Font style description using typography terms such as weight
                (100-900), style (italic, oblique), category (serif, sans-serif, display,
                handwriting, monospace), and characteristics (geometric, humanist, condensed,
                rounded). Default: "italic style, 400 weight, serif, text, elegant".
            temperature: Sampling temperature. Lower values produce more deterministic output.
                Default: 0.1. Limits: minimum 0, maximum 2.
            seed: Random seed for reproducibility.
            enable_safety_checker: Enable input safety checking. Default: true.
            top_p: Top-p (nucleus) sampling parameter. Default: 0.95. Limits: minimum 0, maximum 1.
            top_k: Top-k sampling parameter. Default: 5. Limits: minimum -1, maximum 100.
            repetition_penalty: Repetition penalty to reduce repeated SVG path segments. Default: 1.
                Limits: minimum 0, maximum 2.
            max_tokens: Maximum tokens to generate. Increase for longer text. Default: 8192. Limits:
                minimum 256, maximum 16384.
            output_size: Maximum dimension (width or height) of the output SVG in pixels. The aspect
                ratio is preserved. Default: 512. Limits: minimum 64, maximum 4096.
            fill_color: Fill color for the generated glyphs. Accepts any valid SVG/CSS color value.
                Default: "black".
            stroke_color: Optional stroke (outline) color for the generated glyphs. When set, adds
                an outline around each glyph path.
            stroke_width: Stroke width in SVG units. Only applies when stroke_color is set. Default:
                1. Limits: minimum 0.1, maximum 50.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "style_description": style_description,
                "temperature": temperature,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "top_p": top_p,
                "top_k": top_k,
                "repetition_penalty": repetition_penalty,
                "max_tokens": max_tokens,
                "output_size": output_size,
                "fill_color": fill_color,
                "stroke_color": stroke_color,
                "stroke_width": stroke_width,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        style_description: str | Omit = omit,
        temperature: float | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        top_p: float | Omit = omit,
        top_k: int | Omit = omit,
        repetition_penalty: float | Omit = omit,
        max_tokens: int | Omit = omit,
        output_size: int | Omit = omit,
        fill_color: str | Omit = omit,
        stroke_color: str | None | Omit = omit,
        stroke_width: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[VecglypherOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The target text to generate as vector glyphs. Each character is rendered as a
                separate SVG path element.
            style_description: Font style description using typography terms such as weight
                (100-900), style (italic, oblique), category (serif, sans-serif, display,
                handwriting, monospace), and characteristics (geometric, humanist, condensed,
                rounded). Default: "italic style, 400 weight, serif, text, elegant".
            temperature: Sampling temperature. Lower values produce more deterministic output.
                Default: 0.1. Limits: minimum 0, maximum 2.
            seed: Random seed for reproducibility.
            enable_safety_checker: Enable input safety checking. Default: true.
            top_p: Top-p (nucleus) sampling parameter. Default: 0.95. Limits: minimum 0, maximum 1.
            top_k: Top-k sampling parameter. Default: 5. Limits: minimum -1, maximum 100.
            repetition_penalty: Repetition penalty to reduce repeated SVG path segments. Default: 1.
                Limits: minimum 0, maximum 2.
            max_tokens: Maximum tokens to generate. Increase for longer text. Default: 8192. Limits:
                minimum 256, maximum 16384.
            output_size: Maximum dimension (width or height) of the output SVG in pixels. The aspect
                ratio is preserved. Default: 512. Limits: minimum 64, maximum 4096.
            fill_color: Fill color for the generated glyphs. Accepts any valid SVG/CSS color value.
                Default: "black".
            stroke_color: Optional stroke (outline) color for the generated glyphs. When set, adds
                an outline around each glyph path.
            stroke_width: Stroke width in SVG units. Only applies when stroke_color is set. Default:
                1. Limits: minimum 0.1, maximum 50.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "style_description": style_description,
                "temperature": temperature,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "top_p": top_p,
                "top_k": top_k,
                "repetition_penalty": repetition_penalty,
                "max_tokens": max_tokens,
                "output_size": output_size,
                "fill_color": fill_color,
                "stroke_color": stroke_color,
                "stroke_width": stroke_width,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        style_description: str | Omit = omit,
        temperature: float | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        top_p: float | Omit = omit,
        top_k: int | Omit = omit,
        repetition_penalty: float | Omit = omit,
        max_tokens: int | Omit = omit,
        output_size: int | Omit = omit,
        fill_color: str | Omit = omit,
        stroke_color: str | None | Omit = omit,
        stroke_width: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> VecglypherOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The target text to generate as vector glyphs. Each character is rendered as a
                separate SVG path element.
            style_description: Font style description using typography terms such as weight
                (100-900), style (italic, oblique), category (serif, sans-serif, display,
                handwriting, monospace), and characteristics (geometric, humanist, condensed,
                rounded). Default: "italic style, 400 weight, serif, text, elegant".
            temperature: Sampling temperature. Lower values produce more deterministic output.
                Default: 0.1. Limits: minimum 0, maximum 2.
            seed: Random seed for reproducibility.
            enable_safety_checker: Enable input safety checking. Default: true.
            top_p: Top-p (nucleus) sampling parameter. Default: 0.95. Limits: minimum 0, maximum 1.
            top_k: Top-k sampling parameter. Default: 5. Limits: minimum -1, maximum 100.
            repetition_penalty: Repetition penalty to reduce repeated SVG path segments. Default: 1.
                Limits: minimum 0, maximum 2.
            max_tokens: Maximum tokens to generate. Increase for longer text. Default: 8192. Limits:
                minimum 256, maximum 16384.
            output_size: Maximum dimension (width or height) of the output SVG in pixels. The aspect
                ratio is preserved. Default: 512. Limits: minimum 64, maximum 4096.
            fill_color: Fill color for the generated glyphs. Accepts any valid SVG/CSS color value.
                Default: "black".
            stroke_color: Optional stroke (outline) color for the generated glyphs. When set, adds
                an outline around each glyph path.
            stroke_width: Stroke width in SVG units. Only applies when stroke_color is set. Default:
                1. Limits: minimum 0.1, maximum 50.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "style_description": style_description,
                "temperature": temperature,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "top_p": top_p,
                "top_k": top_k,
                "repetition_penalty": repetition_penalty,
                "max_tokens": max_tokens,
                "output_size": output_size,
                "fill_color": fill_color,
                "stroke_color": stroke_color,
                "stroke_width": stroke_width,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        style_description: str | Omit = omit,
        temperature: float | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        top_p: float | Omit = omit,
        top_k: int | Omit = omit,
        repetition_penalty: float | Omit = omit,
        max_tokens: int | Omit = omit,
        output_size: int | Omit = omit,
        fill_color: str | Omit = omit,
        stroke_color: str | None | Omit = omit,
        stroke_width: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[VecglypherOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The target text to generate as vector glyphs. Each character is rendered as a
                separate SVG path element.
            style_description: Font style description using typography terms such as weight
                (100-900), style (italic, oblique), category (serif, sans-serif, display,
                handwriting, monospace), and characteristics (geometric, humanist, condensed,
                rounded). Default: "italic style, 400 weight, serif, text, elegant".
            temperature: Sampling temperature. Lower values produce more deterministic output.
                Default: 0.1. Limits: minimum 0, maximum 2.
            seed: Random seed for reproducibility.
            enable_safety_checker: Enable input safety checking. Default: true.
            top_p: Top-p (nucleus) sampling parameter. Default: 0.95. Limits: minimum 0, maximum 1.
            top_k: Top-k sampling parameter. Default: 5. Limits: minimum -1, maximum 100.
            repetition_penalty: Repetition penalty to reduce repeated SVG path segments. Default: 1.
                Limits: minimum 0, maximum 2.
            max_tokens: Maximum tokens to generate. Increase for longer text. Default: 8192. Limits:
                minimum 256, maximum 16384.
            output_size: Maximum dimension (width or height) of the output SVG in pixels. The aspect
                ratio is preserved. Default: 512. Limits: minimum 64, maximum 4096.
            fill_color: Fill color for the generated glyphs. Accepts any valid SVG/CSS color value.
                Default: "black".
            stroke_color: Optional stroke (outline) color for the generated glyphs. When set, adds
                an outline around each glyph path.
            stroke_width: Stroke width in SVG units. Only applies when stroke_color is set. Default:
                1. Limits: minimum 0.1, maximum 50.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "style_description": style_description,
                "temperature": temperature,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "top_p": top_p,
                "top_k": top_k,
                "repetition_penalty": repetition_penalty,
                "max_tokens": max_tokens,
                "output_size": output_size,
                "fill_color": fill_color,
                "stroke_color": stroke_color,
                "stroke_width": stroke_width,
            }
        )
        return self._stream(payload, options)
