# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/image2svg` (Image2svg)."""

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
from fal_models.models.image2svg import Image2svgInput, Image2svgOutput

__all__ = ["Image2svg", "AsyncImage2svg", "Image2svgInput", "Image2svgOutput"]


class Image2svg(SyncEndpoint[Image2svgInput, Image2svgOutput]):
    """Image2svg (`fal-ai/image2svg`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image2svg/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image2svg"
    input_model: ClassVar[type[Image2svgInput]] = Image2svgInput
    output_model: ClassVar[type[Image2svgOutput]] = Image2svgOutput
    Input = Image2svgInput
    Output = Image2svgOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        colormode: Literal["color", "binary"] | Omit = omit,
        hierarchical: Literal["stacked", "cutout"] | Omit = omit,
        mode: Literal["spline", "polygon"] | Omit = omit,
        filter_speckle: int | Omit = omit,
        color_precision: int | Omit = omit,
        layer_difference: int | Omit = omit,
        corner_threshold: int | Omit = omit,
        length_threshold: float | Omit = omit,
        max_iterations: int | Omit = omit,
        splice_threshold: int | Omit = omit,
        path_precision: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Image2svgOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The image to convert to SVG. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            colormode: Choose between color or binary (black and white) output. Default: "color".
            hierarchical: Hierarchical mode: stacked or cutout. Default: "stacked".
            mode: Mode: spline (curved) or polygon (straight lines). Default: "spline".
            filter_speckle: Filter out small speckles and noise. Default: 4. Limits: minimum 0,
                maximum 20.
            color_precision: Color quantization level. Default: 6. Limits: minimum 1, maximum 10.
            layer_difference: Layer difference threshold for hierarchical mode. Default: 16. Limits:
                minimum 1, maximum 32.
            corner_threshold: Corner detection threshold in degrees. Default: 60. Limits: minimum 0,
                maximum 180.
            length_threshold: Length threshold for curves/lines. Default: 4. Limits: minimum 0,
                maximum 10.
            max_iterations: Maximum number of iterations for optimization. Default: 10. Limits:
                minimum 1, maximum 20.
            splice_threshold: Splice threshold for joining paths. Default: 45. Limits: minimum 0,
                maximum 90.
            path_precision: Decimal precision for path coordinates. Default: 3. Limits: minimum 1,
                maximum 10.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "colormode": colormode,
                "hierarchical": hierarchical,
                "mode": mode,
                "filter_speckle": filter_speckle,
                "color_precision": color_precision,
                "layer_difference": layer_difference,
                "corner_threshold": corner_threshold,
                "length_threshold": length_threshold,
                "max_iterations": max_iterations,
                "splice_threshold": splice_threshold,
                "path_precision": path_precision,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        colormode: Literal["color", "binary"] | Omit = omit,
        hierarchical: Literal["stacked", "cutout"] | Omit = omit,
        mode: Literal["spline", "polygon"] | Omit = omit,
        filter_speckle: int | Omit = omit,
        color_precision: int | Omit = omit,
        layer_difference: int | Omit = omit,
        corner_threshold: int | Omit = omit,
        length_threshold: float | Omit = omit,
        max_iterations: int | Omit = omit,
        splice_threshold: int | Omit = omit,
        path_precision: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Image2svgOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The image to convert to SVG. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            colormode: Choose between color or binary (black and white) output. Default: "color".
            hierarchical: Hierarchical mode: stacked or cutout. Default: "stacked".
            mode: Mode: spline (curved) or polygon (straight lines). Default: "spline".
            filter_speckle: Filter out small speckles and noise. Default: 4. Limits: minimum 0,
                maximum 20.
            color_precision: Color quantization level. Default: 6. Limits: minimum 1, maximum 10.
            layer_difference: Layer difference threshold for hierarchical mode. Default: 16. Limits:
                minimum 1, maximum 32.
            corner_threshold: Corner detection threshold in degrees. Default: 60. Limits: minimum 0,
                maximum 180.
            length_threshold: Length threshold for curves/lines. Default: 4. Limits: minimum 0,
                maximum 10.
            max_iterations: Maximum number of iterations for optimization. Default: 10. Limits:
                minimum 1, maximum 20.
            splice_threshold: Splice threshold for joining paths. Default: 45. Limits: minimum 0,
                maximum 90.
            path_precision: Decimal precision for path coordinates. Default: 3. Limits: minimum 1,
                maximum 10.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "colormode": colormode,
                "hierarchical": hierarchical,
                "mode": mode,
                "filter_speckle": filter_speckle,
                "color_precision": color_precision,
                "layer_difference": layer_difference,
                "corner_threshold": corner_threshold,
                "length_threshold": length_threshold,
                "max_iterations": max_iterations,
                "splice_threshold": splice_threshold,
                "path_precision": path_precision,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        colormode: Literal["color", "binary"] | Omit = omit,
        hierarchical: Literal["stacked", "cutout"] | Omit = omit,
        mode: Literal["spline", "polygon"] | Omit = omit,
        filter_speckle: int | Omit = omit,
        color_precision: int | Omit = omit,
        layer_difference: int | Omit = omit,
        corner_threshold: int | Omit = omit,
        length_threshold: float | Omit = omit,
        max_iterations: int | Omit = omit,
        splice_threshold: int | Omit = omit,
        path_precision: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Image2svgOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The image to convert to SVG. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            colormode: Choose between color or binary (black and white) output. Default: "color".
            hierarchical: Hierarchical mode: stacked or cutout. Default: "stacked".
            mode: Mode: spline (curved) or polygon (straight lines). Default: "spline".
            filter_speckle: Filter out small speckles and noise. Default: 4. Limits: minimum 0,
                maximum 20.
            color_precision: Color quantization level. Default: 6. Limits: minimum 1, maximum 10.
            layer_difference: Layer difference threshold for hierarchical mode. Default: 16. Limits:
                minimum 1, maximum 32.
            corner_threshold: Corner detection threshold in degrees. Default: 60. Limits: minimum 0,
                maximum 180.
            length_threshold: Length threshold for curves/lines. Default: 4. Limits: minimum 0,
                maximum 10.
            max_iterations: Maximum number of iterations for optimization. Default: 10. Limits:
                minimum 1, maximum 20.
            splice_threshold: Splice threshold for joining paths. Default: 45. Limits: minimum 0,
                maximum 90.
            path_precision: Decimal precision for path coordinates. Default: 3. Limits: minimum 1,
                maximum 10.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "colormode": colormode,
                "hierarchical": hierarchical,
                "mode": mode,
                "filter_speckle": filter_speckle,
                "color_precision": color_precision,
                "layer_difference": layer_difference,
                "corner_threshold": corner_threshold,
                "length_threshold": length_threshold,
                "max_iterations": max_iterations,
                "splice_threshold": splice_threshold,
                "path_precision": path_precision,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        colormode: Literal["color", "binary"] | Omit = omit,
        hierarchical: Literal["stacked", "cutout"] | Omit = omit,
        mode: Literal["spline", "polygon"] | Omit = omit,
        filter_speckle: int | Omit = omit,
        color_precision: int | Omit = omit,
        layer_difference: int | Omit = omit,
        corner_threshold: int | Omit = omit,
        length_threshold: float | Omit = omit,
        max_iterations: int | Omit = omit,
        splice_threshold: int | Omit = omit,
        path_precision: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Image2svgOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The image to convert to SVG. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            colormode: Choose between color or binary (black and white) output. Default: "color".
            hierarchical: Hierarchical mode: stacked or cutout. Default: "stacked".
            mode: Mode: spline (curved) or polygon (straight lines). Default: "spline".
            filter_speckle: Filter out small speckles and noise. Default: 4. Limits: minimum 0,
                maximum 20.
            color_precision: Color quantization level. Default: 6. Limits: minimum 1, maximum 10.
            layer_difference: Layer difference threshold for hierarchical mode. Default: 16. Limits:
                minimum 1, maximum 32.
            corner_threshold: Corner detection threshold in degrees. Default: 60. Limits: minimum 0,
                maximum 180.
            length_threshold: Length threshold for curves/lines. Default: 4. Limits: minimum 0,
                maximum 10.
            max_iterations: Maximum number of iterations for optimization. Default: 10. Limits:
                minimum 1, maximum 20.
            splice_threshold: Splice threshold for joining paths. Default: 45. Limits: minimum 0,
                maximum 90.
            path_precision: Decimal precision for path coordinates. Default: 3. Limits: minimum 1,
                maximum 10.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "colormode": colormode,
                "hierarchical": hierarchical,
                "mode": mode,
                "filter_speckle": filter_speckle,
                "color_precision": color_precision,
                "layer_difference": layer_difference,
                "corner_threshold": corner_threshold,
                "length_threshold": length_threshold,
                "max_iterations": max_iterations,
                "splice_threshold": splice_threshold,
                "path_precision": path_precision,
            }
        )
        return self._stream(payload, options)


class AsyncImage2svg(AsyncEndpoint[Image2svgInput, Image2svgOutput]):
    """Image2svg (`fal-ai/image2svg`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image2svg/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image2svg"
    input_model: ClassVar[type[Image2svgInput]] = Image2svgInput
    output_model: ClassVar[type[Image2svgOutput]] = Image2svgOutput
    Input = Image2svgInput
    Output = Image2svgOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        colormode: Literal["color", "binary"] | Omit = omit,
        hierarchical: Literal["stacked", "cutout"] | Omit = omit,
        mode: Literal["spline", "polygon"] | Omit = omit,
        filter_speckle: int | Omit = omit,
        color_precision: int | Omit = omit,
        layer_difference: int | Omit = omit,
        corner_threshold: int | Omit = omit,
        length_threshold: float | Omit = omit,
        max_iterations: int | Omit = omit,
        splice_threshold: int | Omit = omit,
        path_precision: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Image2svgOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The image to convert to SVG. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            colormode: Choose between color or binary (black and white) output. Default: "color".
            hierarchical: Hierarchical mode: stacked or cutout. Default: "stacked".
            mode: Mode: spline (curved) or polygon (straight lines). Default: "spline".
            filter_speckle: Filter out small speckles and noise. Default: 4. Limits: minimum 0,
                maximum 20.
            color_precision: Color quantization level. Default: 6. Limits: minimum 1, maximum 10.
            layer_difference: Layer difference threshold for hierarchical mode. Default: 16. Limits:
                minimum 1, maximum 32.
            corner_threshold: Corner detection threshold in degrees. Default: 60. Limits: minimum 0,
                maximum 180.
            length_threshold: Length threshold for curves/lines. Default: 4. Limits: minimum 0,
                maximum 10.
            max_iterations: Maximum number of iterations for optimization. Default: 10. Limits:
                minimum 1, maximum 20.
            splice_threshold: Splice threshold for joining paths. Default: 45. Limits: minimum 0,
                maximum 90.
            path_precision: Decimal precision for path coordinates. Default: 3. Limits: minimum 1,
                maximum 10.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "colormode": colormode,
                "hierarchical": hierarchical,
                "mode": mode,
                "filter_speckle": filter_speckle,
                "color_precision": color_precision,
                "layer_difference": layer_difference,
                "corner_threshold": corner_threshold,
                "length_threshold": length_threshold,
                "max_iterations": max_iterations,
                "splice_threshold": splice_threshold,
                "path_precision": path_precision,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        colormode: Literal["color", "binary"] | Omit = omit,
        hierarchical: Literal["stacked", "cutout"] | Omit = omit,
        mode: Literal["spline", "polygon"] | Omit = omit,
        filter_speckle: int | Omit = omit,
        color_precision: int | Omit = omit,
        layer_difference: int | Omit = omit,
        corner_threshold: int | Omit = omit,
        length_threshold: float | Omit = omit,
        max_iterations: int | Omit = omit,
        splice_threshold: int | Omit = omit,
        path_precision: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Image2svgOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The image to convert to SVG. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            colormode: Choose between color or binary (black and white) output. Default: "color".
            hierarchical: Hierarchical mode: stacked or cutout. Default: "stacked".
            mode: Mode: spline (curved) or polygon (straight lines). Default: "spline".
            filter_speckle: Filter out small speckles and noise. Default: 4. Limits: minimum 0,
                maximum 20.
            color_precision: Color quantization level. Default: 6. Limits: minimum 1, maximum 10.
            layer_difference: Layer difference threshold for hierarchical mode. Default: 16. Limits:
                minimum 1, maximum 32.
            corner_threshold: Corner detection threshold in degrees. Default: 60. Limits: minimum 0,
                maximum 180.
            length_threshold: Length threshold for curves/lines. Default: 4. Limits: minimum 0,
                maximum 10.
            max_iterations: Maximum number of iterations for optimization. Default: 10. Limits:
                minimum 1, maximum 20.
            splice_threshold: Splice threshold for joining paths. Default: 45. Limits: minimum 0,
                maximum 90.
            path_precision: Decimal precision for path coordinates. Default: 3. Limits: minimum 1,
                maximum 10.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "colormode": colormode,
                "hierarchical": hierarchical,
                "mode": mode,
                "filter_speckle": filter_speckle,
                "color_precision": color_precision,
                "layer_difference": layer_difference,
                "corner_threshold": corner_threshold,
                "length_threshold": length_threshold,
                "max_iterations": max_iterations,
                "splice_threshold": splice_threshold,
                "path_precision": path_precision,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        colormode: Literal["color", "binary"] | Omit = omit,
        hierarchical: Literal["stacked", "cutout"] | Omit = omit,
        mode: Literal["spline", "polygon"] | Omit = omit,
        filter_speckle: int | Omit = omit,
        color_precision: int | Omit = omit,
        layer_difference: int | Omit = omit,
        corner_threshold: int | Omit = omit,
        length_threshold: float | Omit = omit,
        max_iterations: int | Omit = omit,
        splice_threshold: int | Omit = omit,
        path_precision: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Image2svgOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The image to convert to SVG. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            colormode: Choose between color or binary (black and white) output. Default: "color".
            hierarchical: Hierarchical mode: stacked or cutout. Default: "stacked".
            mode: Mode: spline (curved) or polygon (straight lines). Default: "spline".
            filter_speckle: Filter out small speckles and noise. Default: 4. Limits: minimum 0,
                maximum 20.
            color_precision: Color quantization level. Default: 6. Limits: minimum 1, maximum 10.
            layer_difference: Layer difference threshold for hierarchical mode. Default: 16. Limits:
                minimum 1, maximum 32.
            corner_threshold: Corner detection threshold in degrees. Default: 60. Limits: minimum 0,
                maximum 180.
            length_threshold: Length threshold for curves/lines. Default: 4. Limits: minimum 0,
                maximum 10.
            max_iterations: Maximum number of iterations for optimization. Default: 10. Limits:
                minimum 1, maximum 20.
            splice_threshold: Splice threshold for joining paths. Default: 45. Limits: minimum 0,
                maximum 90.
            path_precision: Decimal precision for path coordinates. Default: 3. Limits: minimum 1,
                maximum 10.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "colormode": colormode,
                "hierarchical": hierarchical,
                "mode": mode,
                "filter_speckle": filter_speckle,
                "color_precision": color_precision,
                "layer_difference": layer_difference,
                "corner_threshold": corner_threshold,
                "length_threshold": length_threshold,
                "max_iterations": max_iterations,
                "splice_threshold": splice_threshold,
                "path_precision": path_precision,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        colormode: Literal["color", "binary"] | Omit = omit,
        hierarchical: Literal["stacked", "cutout"] | Omit = omit,
        mode: Literal["spline", "polygon"] | Omit = omit,
        filter_speckle: int | Omit = omit,
        color_precision: int | Omit = omit,
        layer_difference: int | Omit = omit,
        corner_threshold: int | Omit = omit,
        length_threshold: float | Omit = omit,
        max_iterations: int | Omit = omit,
        splice_threshold: int | Omit = omit,
        path_precision: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Image2svgOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The image to convert to SVG. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            colormode: Choose between color or binary (black and white) output. Default: "color".
            hierarchical: Hierarchical mode: stacked or cutout. Default: "stacked".
            mode: Mode: spline (curved) or polygon (straight lines). Default: "spline".
            filter_speckle: Filter out small speckles and noise. Default: 4. Limits: minimum 0,
                maximum 20.
            color_precision: Color quantization level. Default: 6. Limits: minimum 1, maximum 10.
            layer_difference: Layer difference threshold for hierarchical mode. Default: 16. Limits:
                minimum 1, maximum 32.
            corner_threshold: Corner detection threshold in degrees. Default: 60. Limits: minimum 0,
                maximum 180.
            length_threshold: Length threshold for curves/lines. Default: 4. Limits: minimum 0,
                maximum 10.
            max_iterations: Maximum number of iterations for optimization. Default: 10. Limits:
                minimum 1, maximum 20.
            splice_threshold: Splice threshold for joining paths. Default: 45. Limits: minimum 0,
                maximum 90.
            path_precision: Decimal precision for path coordinates. Default: 3. Limits: minimum 1,
                maximum 10.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "colormode": colormode,
                "hierarchical": hierarchical,
                "mode": mode,
                "filter_speckle": filter_speckle,
                "color_precision": color_precision,
                "layer_difference": layer_difference,
                "corner_threshold": corner_threshold,
                "length_threshold": length_threshold,
                "max_iterations": max_iterations,
                "splice_threshold": splice_threshold,
                "path_precision": path_precision,
            }
        )
        return self._stream(payload, options)
