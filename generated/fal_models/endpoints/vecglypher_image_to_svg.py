# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/vecglypher/image-to-svg` (Vecglypher Image To Svg)."""

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
from fal_models.models.vecglypher_image_to_svg import (
    VecglypherImageToSvgInput,
    VecglypherImageToSvgOutput,
)

__all__ = [
    "VecglypherImageToSvg",
    "AsyncVecglypherImageToSvg",
    "VecglypherImageToSvgInput",
    "VecglypherImageToSvgOutput",
]


class VecglypherImageToSvg(SyncEndpoint[VecglypherImageToSvgInput, VecglypherImageToSvgOutput]):
    """Vecglypher Image To Svg (`fal-ai/vecglypher/image-to-svg`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/vecglypher/image-to-svg/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/vecglypher/image-to-svg"
    input_model: ClassVar[type[VecglypherImageToSvgInput]] = VecglypherImageToSvgInput
    output_model: ClassVar[type[VecglypherImageToSvgOutput]] = VecglypherImageToSvgOutput
    Input = VecglypherImageToSvgInput
    Output = VecglypherImageToSvgOutput

    def subscribe(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
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
    ) -> VecglypherImageToSvgOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The target text to generate as vector glyphs, styled to match the reference
                images.
            reference_image_urls: URLs of reference glyph images whose style should be matched.
                Provide 1 to 8 images of individual glyph characters. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Limits: min items 1, max items 8.
            temperature: Sampling temperature. Default: 0.1. Limits: minimum 0, maximum 2.
            seed: Random seed for reproducibility.
            enable_safety_checker: Enable input safety checking. Default: true.
            top_p: Top-p (nucleus) sampling parameter. Default: 0.95. Limits: minimum 0, maximum 1.
            top_k: Top-k sampling parameter. Default: 5. Limits: minimum -1, maximum 100.
            repetition_penalty: Repetition penalty. Default: 1. Limits: minimum 0, maximum 2.
            max_tokens: Maximum tokens to generate. Default: 8192. Limits: minimum 256, maximum
                16384.
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
                "reference_image_urls": reference_image_urls,
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
        reference_image_urls: list[FileInput],
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
    ) -> RequestHandle[VecglypherImageToSvgOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The target text to generate as vector glyphs, styled to match the reference
                images.
            reference_image_urls: URLs of reference glyph images whose style should be matched.
                Provide 1 to 8 images of individual glyph characters. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Limits: min items 1, max items 8.
            temperature: Sampling temperature. Default: 0.1. Limits: minimum 0, maximum 2.
            seed: Random seed for reproducibility.
            enable_safety_checker: Enable input safety checking. Default: true.
            top_p: Top-p (nucleus) sampling parameter. Default: 0.95. Limits: minimum 0, maximum 1.
            top_k: Top-k sampling parameter. Default: 5. Limits: minimum -1, maximum 100.
            repetition_penalty: Repetition penalty. Default: 1. Limits: minimum 0, maximum 2.
            max_tokens: Maximum tokens to generate. Default: 8192. Limits: minimum 256, maximum
                16384.
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
                "reference_image_urls": reference_image_urls,
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
        reference_image_urls: list[FileInput],
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
    ) -> VecglypherImageToSvgOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The target text to generate as vector glyphs, styled to match the reference
                images.
            reference_image_urls: URLs of reference glyph images whose style should be matched.
                Provide 1 to 8 images of individual glyph characters. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Limits: min items 1, max items 8.
            temperature: Sampling temperature. Default: 0.1. Limits: minimum 0, maximum 2.
            seed: Random seed for reproducibility.
            enable_safety_checker: Enable input safety checking. Default: true.
            top_p: Top-p (nucleus) sampling parameter. Default: 0.95. Limits: minimum 0, maximum 1.
            top_k: Top-k sampling parameter. Default: 5. Limits: minimum -1, maximum 100.
            repetition_penalty: Repetition penalty. Default: 1. Limits: minimum 0, maximum 2.
            max_tokens: Maximum tokens to generate. Default: 8192. Limits: minimum 256, maximum
                16384.
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
                "reference_image_urls": reference_image_urls,
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
        reference_image_urls: list[FileInput],
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
    ) -> EndpointStream[VecglypherImageToSvgOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The target text to generate as vector glyphs, styled to match the reference
                images.
            reference_image_urls: URLs of reference glyph images whose style should be matched.
                Provide 1 to 8 images of individual glyph characters. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Limits: min items 1, max items 8.
            temperature: Sampling temperature. Default: 0.1. Limits: minimum 0, maximum 2.
            seed: Random seed for reproducibility.
            enable_safety_checker: Enable input safety checking. Default: true.
            top_p: Top-p (nucleus) sampling parameter. Default: 0.95. Limits: minimum 0, maximum 1.
            top_k: Top-k sampling parameter. Default: 5. Limits: minimum -1, maximum 100.
            repetition_penalty: Repetition penalty. Default: 1. Limits: minimum 0, maximum 2.
            max_tokens: Maximum tokens to generate. Default: 8192. Limits: minimum 256, maximum
                16384.
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
                "reference_image_urls": reference_image_urls,
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


class AsyncVecglypherImageToSvg(
    AsyncEndpoint[VecglypherImageToSvgInput, VecglypherImageToSvgOutput]
):
    """Vecglypher Image To Svg (`fal-ai/vecglypher/image-to-svg`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/vecglypher/image-to-svg/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/vecglypher/image-to-svg"
    input_model: ClassVar[type[VecglypherImageToSvgInput]] = VecglypherImageToSvgInput
    output_model: ClassVar[type[VecglypherImageToSvgOutput]] = VecglypherImageToSvgOutput
    Input = VecglypherImageToSvgInput
    Output = VecglypherImageToSvgOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
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
    ) -> VecglypherImageToSvgOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The target text to generate as vector glyphs, styled to match the reference
                images.
            reference_image_urls: URLs of reference glyph images whose style should be matched.
                Provide 1 to 8 images of individual glyph characters. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Limits: min items 1, max items 8.
            temperature: Sampling temperature. Default: 0.1. Limits: minimum 0, maximum 2.
            seed: Random seed for reproducibility.
            enable_safety_checker: Enable input safety checking. Default: true.
            top_p: Top-p (nucleus) sampling parameter. Default: 0.95. Limits: minimum 0, maximum 1.
            top_k: Top-k sampling parameter. Default: 5. Limits: minimum -1, maximum 100.
            repetition_penalty: Repetition penalty. Default: 1. Limits: minimum 0, maximum 2.
            max_tokens: Maximum tokens to generate. Default: 8192. Limits: minimum 256, maximum
                16384.
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
                "reference_image_urls": reference_image_urls,
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
        reference_image_urls: list[FileInput],
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
    ) -> AsyncRequestHandle[VecglypherImageToSvgOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The target text to generate as vector glyphs, styled to match the reference
                images.
            reference_image_urls: URLs of reference glyph images whose style should be matched.
                Provide 1 to 8 images of individual glyph characters. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Limits: min items 1, max items 8.
            temperature: Sampling temperature. Default: 0.1. Limits: minimum 0, maximum 2.
            seed: Random seed for reproducibility.
            enable_safety_checker: Enable input safety checking. Default: true.
            top_p: Top-p (nucleus) sampling parameter. Default: 0.95. Limits: minimum 0, maximum 1.
            top_k: Top-k sampling parameter. Default: 5. Limits: minimum -1, maximum 100.
            repetition_penalty: Repetition penalty. Default: 1. Limits: minimum 0, maximum 2.
            max_tokens: Maximum tokens to generate. Default: 8192. Limits: minimum 256, maximum
                16384.
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
                "reference_image_urls": reference_image_urls,
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
        reference_image_urls: list[FileInput],
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
    ) -> VecglypherImageToSvgOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The target text to generate as vector glyphs, styled to match the reference
                images.
            reference_image_urls: URLs of reference glyph images whose style should be matched.
                Provide 1 to 8 images of individual glyph characters. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Limits: min items 1, max items 8.
            temperature: Sampling temperature. Default: 0.1. Limits: minimum 0, maximum 2.
            seed: Random seed for reproducibility.
            enable_safety_checker: Enable input safety checking. Default: true.
            top_p: Top-p (nucleus) sampling parameter. Default: 0.95. Limits: minimum 0, maximum 1.
            top_k: Top-k sampling parameter. Default: 5. Limits: minimum -1, maximum 100.
            repetition_penalty: Repetition penalty. Default: 1. Limits: minimum 0, maximum 2.
            max_tokens: Maximum tokens to generate. Default: 8192. Limits: minimum 256, maximum
                16384.
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
                "reference_image_urls": reference_image_urls,
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
        reference_image_urls: list[FileInput],
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
    ) -> AsyncEndpointStream[VecglypherImageToSvgOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The target text to generate as vector glyphs, styled to match the reference
                images.
            reference_image_urls: URLs of reference glyph images whose style should be matched.
                Provide 1 to 8 images of individual glyph characters. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Limits: min items 1, max items 8.
            temperature: Sampling temperature. Default: 0.1. Limits: minimum 0, maximum 2.
            seed: Random seed for reproducibility.
            enable_safety_checker: Enable input safety checking. Default: true.
            top_p: Top-p (nucleus) sampling parameter. Default: 0.95. Limits: minimum 0, maximum 1.
            top_k: Top-k sampling parameter. Default: 5. Limits: minimum -1, maximum 100.
            repetition_penalty: Repetition penalty. Default: 1. Limits: minimum 0, maximum 2.
            max_tokens: Maximum tokens to generate. Default: 8192. Limits: minimum 256, maximum
                16384.
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
                "reference_image_urls": reference_image_urls,
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
