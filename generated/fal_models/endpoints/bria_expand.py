# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/bria/expand` (Bria Expand)."""

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
from fal_models.models.bria_expand import BriaExpandInput, BriaExpandOutput

__all__ = ["BriaExpand", "AsyncBriaExpand", "BriaExpandInput", "BriaExpandOutput"]


class BriaExpand(SyncEndpoint[BriaExpandInput, BriaExpandOutput]):
    """Bria Expand (`fal-ai/bria/expand`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/bria/expand/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bria/expand"
    input_model: ClassVar[type[BriaExpandInput]] = BriaExpandInput
    output_model: ClassVar[type[BriaExpandOutput]] = BriaExpandOutput
    Input = BriaExpandInput
    Output = BriaExpandOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        canvas_size: list[int],
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"]
        | None
        | Omit = omit,
        original_image_size: list[int] | None | Omit = omit,
        original_image_location: list[int] | None | Omit = omit,
        prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> BriaExpandOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the input image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            canvas_size: The desired size of the final image, after the expansion. should have an
                area of less than 5000x5000 pixels.
            aspect_ratio: The desired aspect ratio of the final image. Will be used over
                original_image_size and original_image_location if provided.
            original_image_size: The desired size of the original image, inside the full canvas.
                Ensure that the ratio of input image foreground or main subject to the canvas area
                is greater than 15% to achieve optimal results. Will be ignored if aspect_ratio is
                provided.
            original_image_location: The desired location of the original image, inside the full
                canvas. Provide the location of the upper left corner of the original image. The
                location can also be outside the canvas (the original image will be cropped). Will
                be ignored if aspect_ratio is provided.
            prompt: Text on which you wish to base the image expansion. This parameter is optional.
                Bria currently supports prompts in English only, excluding special characters.
                Default: "".
            seed: You can choose whether you want your generated expension to be random or
                predictable. You can recreate the same result in the future by using the seed value
                of a result from the response. You can exclude this parameter if you are not
                interested in recreating your results. This parameter is optional. Limits: minimum
                0, maximum 2147483647.
            negative_prompt: The negative prompt you would like to use to generate images. Default:
                "".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "canvas_size": canvas_size,
                "aspect_ratio": aspect_ratio,
                "original_image_size": original_image_size,
                "original_image_location": original_image_location,
                "prompt": prompt,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        canvas_size: list[int],
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"]
        | None
        | Omit = omit,
        original_image_size: list[int] | None | Omit = omit,
        original_image_location: list[int] | None | Omit = omit,
        prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BriaExpandOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the input image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            canvas_size: The desired size of the final image, after the expansion. should have an
                area of less than 5000x5000 pixels.
            aspect_ratio: The desired aspect ratio of the final image. Will be used over
                original_image_size and original_image_location if provided.
            original_image_size: The desired size of the original image, inside the full canvas.
                Ensure that the ratio of input image foreground or main subject to the canvas area
                is greater than 15% to achieve optimal results. Will be ignored if aspect_ratio is
                provided.
            original_image_location: The desired location of the original image, inside the full
                canvas. Provide the location of the upper left corner of the original image. The
                location can also be outside the canvas (the original image will be cropped). Will
                be ignored if aspect_ratio is provided.
            prompt: Text on which you wish to base the image expansion. This parameter is optional.
                Bria currently supports prompts in English only, excluding special characters.
                Default: "".
            seed: You can choose whether you want your generated expension to be random or
                predictable. You can recreate the same result in the future by using the seed value
                of a result from the response. You can exclude this parameter if you are not
                interested in recreating your results. This parameter is optional. Limits: minimum
                0, maximum 2147483647.
            negative_prompt: The negative prompt you would like to use to generate images. Default:
                "".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "canvas_size": canvas_size,
                "aspect_ratio": aspect_ratio,
                "original_image_size": original_image_size,
                "original_image_location": original_image_location,
                "prompt": prompt,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        canvas_size: list[int],
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"]
        | None
        | Omit = omit,
        original_image_size: list[int] | None | Omit = omit,
        original_image_location: list[int] | None | Omit = omit,
        prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BriaExpandOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the input image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            canvas_size: The desired size of the final image, after the expansion. should have an
                area of less than 5000x5000 pixels.
            aspect_ratio: The desired aspect ratio of the final image. Will be used over
                original_image_size and original_image_location if provided.
            original_image_size: The desired size of the original image, inside the full canvas.
                Ensure that the ratio of input image foreground or main subject to the canvas area
                is greater than 15% to achieve optimal results. Will be ignored if aspect_ratio is
                provided.
            original_image_location: The desired location of the original image, inside the full
                canvas. Provide the location of the upper left corner of the original image. The
                location can also be outside the canvas (the original image will be cropped). Will
                be ignored if aspect_ratio is provided.
            prompt: Text on which you wish to base the image expansion. This parameter is optional.
                Bria currently supports prompts in English only, excluding special characters.
                Default: "".
            seed: You can choose whether you want your generated expension to be random or
                predictable. You can recreate the same result in the future by using the seed value
                of a result from the response. You can exclude this parameter if you are not
                interested in recreating your results. This parameter is optional. Limits: minimum
                0, maximum 2147483647.
            negative_prompt: The negative prompt you would like to use to generate images. Default:
                "".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "canvas_size": canvas_size,
                "aspect_ratio": aspect_ratio,
                "original_image_size": original_image_size,
                "original_image_location": original_image_location,
                "prompt": prompt,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        canvas_size: list[int],
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"]
        | None
        | Omit = omit,
        original_image_size: list[int] | None | Omit = omit,
        original_image_location: list[int] | None | Omit = omit,
        prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BriaExpandOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the input image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            canvas_size: The desired size of the final image, after the expansion. should have an
                area of less than 5000x5000 pixels.
            aspect_ratio: The desired aspect ratio of the final image. Will be used over
                original_image_size and original_image_location if provided.
            original_image_size: The desired size of the original image, inside the full canvas.
                Ensure that the ratio of input image foreground or main subject to the canvas area
                is greater than 15% to achieve optimal results. Will be ignored if aspect_ratio is
                provided.
            original_image_location: The desired location of the original image, inside the full
                canvas. Provide the location of the upper left corner of the original image. The
                location can also be outside the canvas (the original image will be cropped). Will
                be ignored if aspect_ratio is provided.
            prompt: Text on which you wish to base the image expansion. This parameter is optional.
                Bria currently supports prompts in English only, excluding special characters.
                Default: "".
            seed: You can choose whether you want your generated expension to be random or
                predictable. You can recreate the same result in the future by using the seed value
                of a result from the response. You can exclude this parameter if you are not
                interested in recreating your results. This parameter is optional. Limits: minimum
                0, maximum 2147483647.
            negative_prompt: The negative prompt you would like to use to generate images. Default:
                "".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "canvas_size": canvas_size,
                "aspect_ratio": aspect_ratio,
                "original_image_size": original_image_size,
                "original_image_location": original_image_location,
                "prompt": prompt,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncBriaExpand(AsyncEndpoint[BriaExpandInput, BriaExpandOutput]):
    """Bria Expand (`fal-ai/bria/expand`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/bria/expand/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bria/expand"
    input_model: ClassVar[type[BriaExpandInput]] = BriaExpandInput
    output_model: ClassVar[type[BriaExpandOutput]] = BriaExpandOutput
    Input = BriaExpandInput
    Output = BriaExpandOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        canvas_size: list[int],
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"]
        | None
        | Omit = omit,
        original_image_size: list[int] | None | Omit = omit,
        original_image_location: list[int] | None | Omit = omit,
        prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BriaExpandOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the input image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            canvas_size: The desired size of the final image, after the expansion. should have an
                area of less than 5000x5000 pixels.
            aspect_ratio: The desired aspect ratio of the final image. Will be used over
                original_image_size and original_image_location if provided.
            original_image_size: The desired size of the original image, inside the full canvas.
                Ensure that the ratio of input image foreground or main subject to the canvas area
                is greater than 15% to achieve optimal results. Will be ignored if aspect_ratio is
                provided.
            original_image_location: The desired location of the original image, inside the full
                canvas. Provide the location of the upper left corner of the original image. The
                location can also be outside the canvas (the original image will be cropped). Will
                be ignored if aspect_ratio is provided.
            prompt: Text on which you wish to base the image expansion. This parameter is optional.
                Bria currently supports prompts in English only, excluding special characters.
                Default: "".
            seed: You can choose whether you want your generated expension to be random or
                predictable. You can recreate the same result in the future by using the seed value
                of a result from the response. You can exclude this parameter if you are not
                interested in recreating your results. This parameter is optional. Limits: minimum
                0, maximum 2147483647.
            negative_prompt: The negative prompt you would like to use to generate images. Default:
                "".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "canvas_size": canvas_size,
                "aspect_ratio": aspect_ratio,
                "original_image_size": original_image_size,
                "original_image_location": original_image_location,
                "prompt": prompt,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        canvas_size: list[int],
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"]
        | None
        | Omit = omit,
        original_image_size: list[int] | None | Omit = omit,
        original_image_location: list[int] | None | Omit = omit,
        prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BriaExpandOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the input image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            canvas_size: The desired size of the final image, after the expansion. should have an
                area of less than 5000x5000 pixels.
            aspect_ratio: The desired aspect ratio of the final image. Will be used over
                original_image_size and original_image_location if provided.
            original_image_size: The desired size of the original image, inside the full canvas.
                Ensure that the ratio of input image foreground or main subject to the canvas area
                is greater than 15% to achieve optimal results. Will be ignored if aspect_ratio is
                provided.
            original_image_location: The desired location of the original image, inside the full
                canvas. Provide the location of the upper left corner of the original image. The
                location can also be outside the canvas (the original image will be cropped). Will
                be ignored if aspect_ratio is provided.
            prompt: Text on which you wish to base the image expansion. This parameter is optional.
                Bria currently supports prompts in English only, excluding special characters.
                Default: "".
            seed: You can choose whether you want your generated expension to be random or
                predictable. You can recreate the same result in the future by using the seed value
                of a result from the response. You can exclude this parameter if you are not
                interested in recreating your results. This parameter is optional. Limits: minimum
                0, maximum 2147483647.
            negative_prompt: The negative prompt you would like to use to generate images. Default:
                "".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "canvas_size": canvas_size,
                "aspect_ratio": aspect_ratio,
                "original_image_size": original_image_size,
                "original_image_location": original_image_location,
                "prompt": prompt,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        canvas_size: list[int],
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"]
        | None
        | Omit = omit,
        original_image_size: list[int] | None | Omit = omit,
        original_image_location: list[int] | None | Omit = omit,
        prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BriaExpandOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the input image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            canvas_size: The desired size of the final image, after the expansion. should have an
                area of less than 5000x5000 pixels.
            aspect_ratio: The desired aspect ratio of the final image. Will be used over
                original_image_size and original_image_location if provided.
            original_image_size: The desired size of the original image, inside the full canvas.
                Ensure that the ratio of input image foreground or main subject to the canvas area
                is greater than 15% to achieve optimal results. Will be ignored if aspect_ratio is
                provided.
            original_image_location: The desired location of the original image, inside the full
                canvas. Provide the location of the upper left corner of the original image. The
                location can also be outside the canvas (the original image will be cropped). Will
                be ignored if aspect_ratio is provided.
            prompt: Text on which you wish to base the image expansion. This parameter is optional.
                Bria currently supports prompts in English only, excluding special characters.
                Default: "".
            seed: You can choose whether you want your generated expension to be random or
                predictable. You can recreate the same result in the future by using the seed value
                of a result from the response. You can exclude this parameter if you are not
                interested in recreating your results. This parameter is optional. Limits: minimum
                0, maximum 2147483647.
            negative_prompt: The negative prompt you would like to use to generate images. Default:
                "".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "canvas_size": canvas_size,
                "aspect_ratio": aspect_ratio,
                "original_image_size": original_image_size,
                "original_image_location": original_image_location,
                "prompt": prompt,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        canvas_size: list[int],
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"]
        | None
        | Omit = omit,
        original_image_size: list[int] | None | Omit = omit,
        original_image_location: list[int] | None | Omit = omit,
        prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BriaExpandOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the input image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            canvas_size: The desired size of the final image, after the expansion. should have an
                area of less than 5000x5000 pixels.
            aspect_ratio: The desired aspect ratio of the final image. Will be used over
                original_image_size and original_image_location if provided.
            original_image_size: The desired size of the original image, inside the full canvas.
                Ensure that the ratio of input image foreground or main subject to the canvas area
                is greater than 15% to achieve optimal results. Will be ignored if aspect_ratio is
                provided.
            original_image_location: The desired location of the original image, inside the full
                canvas. Provide the location of the upper left corner of the original image. The
                location can also be outside the canvas (the original image will be cropped). Will
                be ignored if aspect_ratio is provided.
            prompt: Text on which you wish to base the image expansion. This parameter is optional.
                Bria currently supports prompts in English only, excluding special characters.
                Default: "".
            seed: You can choose whether you want your generated expension to be random or
                predictable. You can recreate the same result in the future by using the seed value
                of a result from the response. You can exclude this parameter if you are not
                interested in recreating your results. This parameter is optional. Limits: minimum
                0, maximum 2147483647.
            negative_prompt: The negative prompt you would like to use to generate images. Default:
                "".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "canvas_size": canvas_size,
                "aspect_ratio": aspect_ratio,
                "original_image_size": original_image_size,
                "original_image_location": original_image_location,
                "prompt": prompt,
                "seed": seed,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
