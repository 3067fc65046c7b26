# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/post-processing/chromatic-aberration` (Post Processing Chromatic
Aberration).
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
from fal_models.models.post_processing_chromatic_aberration import (
    PostProcessingChromaticAberrationInput,
    PostProcessingChromaticAberrationOutput,
)

__all__ = [
    "PostProcessingChromaticAberration",
    "AsyncPostProcessingChromaticAberration",
    "PostProcessingChromaticAberrationInput",
    "PostProcessingChromaticAberrationOutput",
]


class PostProcessingChromaticAberration(
    SyncEndpoint[PostProcessingChromaticAberrationInput, PostProcessingChromaticAberrationOutput]
):
    """Post Processing Chromatic Aberration (`fal-ai/post-processing/chromatic-aberration`).

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/post-processing/chromatic-aberration/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/post-processing/chromatic-aberration"
    input_model: ClassVar[type[PostProcessingChromaticAberrationInput]] = (
        PostProcessingChromaticAberrationInput
    )
    output_model: ClassVar[type[PostProcessingChromaticAberrationOutput]] = (
        PostProcessingChromaticAberrationOutput
    )
    Input = PostProcessingChromaticAberrationInput
    Output = PostProcessingChromaticAberrationOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        red_shift: int | Omit = omit,
        red_direction: Literal["horizontal", "vertical"] | Omit = omit,
        green_shift: int | Omit = omit,
        green_direction: Literal["horizontal", "vertical"] | Omit = omit,
        blue_shift: int | Omit = omit,
        blue_direction: Literal["horizontal", "vertical"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> PostProcessingChromaticAberrationOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            red_shift: Red channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            red_direction: Red channel shift direction. Default: "horizontal".
            green_shift: Green channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            green_direction: Green channel shift direction. Default: "horizontal".
            blue_shift: Blue channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            blue_direction: Blue channel shift direction. Default: "horizontal".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "red_shift": red_shift,
                "red_direction": red_direction,
                "green_shift": green_shift,
                "green_direction": green_direction,
                "blue_shift": blue_shift,
                "blue_direction": blue_direction,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        red_shift: int | Omit = omit,
        red_direction: Literal["horizontal", "vertical"] | Omit = omit,
        green_shift: int | Omit = omit,
        green_direction: Literal["horizontal", "vertical"] | Omit = omit,
        blue_shift: int | Omit = omit,
        blue_direction: Literal["horizontal", "vertical"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PostProcessingChromaticAberrationOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            red_shift: Red channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            red_direction: Red channel shift direction. Default: "horizontal".
            green_shift: Green channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            green_direction: Green channel shift direction. Default: "horizontal".
            blue_shift: Blue channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            blue_direction: Blue channel shift direction. Default: "horizontal".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "red_shift": red_shift,
                "red_direction": red_direction,
                "green_shift": green_shift,
                "green_direction": green_direction,
                "blue_shift": blue_shift,
                "blue_direction": blue_direction,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        red_shift: int | Omit = omit,
        red_direction: Literal["horizontal", "vertical"] | Omit = omit,
        green_shift: int | Omit = omit,
        green_direction: Literal["horizontal", "vertical"] | Omit = omit,
        blue_shift: int | Omit = omit,
        blue_direction: Literal["horizontal", "vertical"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PostProcessingChromaticAberrationOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            red_shift: Red channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            red_direction: Red channel shift direction. Default: "horizontal".
            green_shift: Green channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            green_direction: Green channel shift direction. Default: "horizontal".
            blue_shift: Blue channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            blue_direction: Blue channel shift direction. Default: "horizontal".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "red_shift": red_shift,
                "red_direction": red_direction,
                "green_shift": green_shift,
                "green_direction": green_direction,
                "blue_shift": blue_shift,
                "blue_direction": blue_direction,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        red_shift: int | Omit = omit,
        red_direction: Literal["horizontal", "vertical"] | Omit = omit,
        green_shift: int | Omit = omit,
        green_direction: Literal["horizontal", "vertical"] | Omit = omit,
        blue_shift: int | Omit = omit,
        blue_direction: Literal["horizontal", "vertical"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PostProcessingChromaticAberrationOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            red_shift: Red channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            red_direction: Red channel shift direction. Default: "horizontal".
            green_shift: Green channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            green_direction: Green channel shift direction. Default: "horizontal".
            blue_shift: Blue channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            blue_direction: Blue channel shift direction. Default: "horizontal".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "red_shift": red_shift,
                "red_direction": red_direction,
                "green_shift": green_shift,
                "green_direction": green_direction,
                "blue_shift": blue_shift,
                "blue_direction": blue_direction,
            }
        )
        return self._stream(payload, options)


class AsyncPostProcessingChromaticAberration(
    AsyncEndpoint[PostProcessingChromaticAberrationInput, PostProcessingChromaticAberrationOutput]
):
    """Post Processing Chromatic Aberration (`fal-ai/post-processing/chromatic-aberration`).

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/post-processing/chromatic-aberration/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/post-processing/chromatic-aberration"
    input_model: ClassVar[type[PostProcessingChromaticAberrationInput]] = (
        PostProcessingChromaticAberrationInput
    )
    output_model: ClassVar[type[PostProcessingChromaticAberrationOutput]] = (
        PostProcessingChromaticAberrationOutput
    )
    Input = PostProcessingChromaticAberrationInput
    Output = PostProcessingChromaticAberrationOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        red_shift: int | Omit = omit,
        red_direction: Literal["horizontal", "vertical"] | Omit = omit,
        green_shift: int | Omit = omit,
        green_direction: Literal["horizontal", "vertical"] | Omit = omit,
        blue_shift: int | Omit = omit,
        blue_direction: Literal["horizontal", "vertical"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PostProcessingChromaticAberrationOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            red_shift: Red channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            red_direction: Red channel shift direction. Default: "horizontal".
            green_shift: Green channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            green_direction: Green channel shift direction. Default: "horizontal".
            blue_shift: Blue channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            blue_direction: Blue channel shift direction. Default: "horizontal".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "red_shift": red_shift,
                "red_direction": red_direction,
                "green_shift": green_shift,
                "green_direction": green_direction,
                "blue_shift": blue_shift,
                "blue_direction": blue_direction,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        red_shift: int | Omit = omit,
        red_direction: Literal["horizontal", "vertical"] | Omit = omit,
        green_shift: int | Omit = omit,
        green_direction: Literal["horizontal", "vertical"] | Omit = omit,
        blue_shift: int | Omit = omit,
        blue_direction: Literal["horizontal", "vertical"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PostProcessingChromaticAberrationOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            red_shift: Red channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            red_direction: Red channel shift direction. Default: "horizontal".
            green_shift: Green channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            green_direction: Green channel shift direction. Default: "horizontal".
            blue_shift: Blue channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            blue_direction: Blue channel shift direction. Default: "horizontal".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "red_shift": red_shift,
                "red_direction": red_direction,
                "green_shift": green_shift,
                "green_direction": green_direction,
                "blue_shift": blue_shift,
                "blue_direction": blue_direction,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        red_shift: int | Omit = omit,
        red_direction: Literal["horizontal", "vertical"] | Omit = omit,
        green_shift: int | Omit = omit,
        green_direction: Literal["horizontal", "vertical"] | Omit = omit,
        blue_shift: int | Omit = omit,
        blue_direction: Literal["horizontal", "vertical"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PostProcessingChromaticAberrationOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            red_shift: Red channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            red_direction: Red channel shift direction. Default: "horizontal".
            green_shift: Green channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            green_direction: Green channel shift direction. Default: "horizontal".
            blue_shift: Blue channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            blue_direction: Blue channel shift direction. Default: "horizontal".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "red_shift": red_shift,
                "red_direction": red_direction,
                "green_shift": green_shift,
                "green_direction": green_direction,
                "blue_shift": blue_shift,
                "blue_direction": blue_direction,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        red_shift: int | Omit = omit,
        red_direction: Literal["horizontal", "vertical"] | Omit = omit,
        green_shift: int | Omit = omit,
        green_direction: Literal["horizontal", "vertical"] | Omit = omit,
        blue_shift: int | Omit = omit,
        blue_direction: Literal["horizontal", "vertical"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PostProcessingChromaticAberrationOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of image to process. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            red_shift: Red channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            red_direction: Red channel shift direction. Default: "horizontal".
            green_shift: Green channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            green_direction: Green channel shift direction. Default: "horizontal".
            blue_shift: Blue channel shift amount. Default: 0. Limits: minimum -20, maximum 20.
            blue_direction: Blue channel shift direction. Default: "horizontal".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "red_shift": red_shift,
                "red_direction": red_direction,
                "green_shift": green_shift,
                "green_direction": green_direction,
                "blue_shift": blue_shift,
                "blue_direction": blue_direction,
            }
        )
        return self._stream(payload, options)
