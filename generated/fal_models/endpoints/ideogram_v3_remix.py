# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ideogram/v3/remix` (Ideogram V3 Remix)."""

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
from fal_models.models import shared
from fal_models.models.ideogram_v3_remix import (
    ColorPalette,
    IdeogramV3RemixInput,
    IdeogramV3RemixOutput,
    ImageSizePreset,
)

__all__ = [
    "IdeogramV3Remix",
    "AsyncIdeogramV3Remix",
    "IdeogramV3RemixInput",
    "IdeogramV3RemixOutput",
]


class IdeogramV3Remix(SyncEndpoint[IdeogramV3RemixInput, IdeogramV3RemixOutput]):
    """Ideogram V3 Remix (`fal-ai/ideogram/v3/remix`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/ideogram/v3/remix/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ideogram/v3/remix"
    input_model: ClassVar[type[IdeogramV3RemixInput]] = IdeogramV3RemixInput
    output_model: ClassVar[type[IdeogramV3RemixOutput]] = IdeogramV3RemixOutput
    Input = IdeogramV3RemixInput
    Output = IdeogramV3RemixOutput

    def subscribe(
        self,
        *,
        image_urls: list[FileInput] | None | Omit = omit,
        rendering_speed: Literal["TURBO", "BALANCED", "QUALITY"] | Omit = omit,
        color_palette: ColorPalette | None | Omit = omit,
        style_codes: list[str] | None | Omit = omit,
        style: Literal["AUTO", "GENERAL", "REALISTIC", "DESIGN"] | None | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        prompt: str,
        image_url: FileInput,
        strength: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> IdeogramV3RemixOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_urls: A set of images to use as style references (maximum total size 10MB across
                all style references). The images should be in JPEG, PNG or WebP format. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            rendering_speed: The rendering speed to use. Default: "BALANCED".
            color_palette: A color palette for generation, must EITHER be specified via one of the
                presets (name) or explicitly via hexadecimal representations of the color with
                optional weights (members).
            style_codes: A list of 8 character hexadecimal codes representing the style of the
                image. Cannot be used in conjunction with style_reference_images or style.
            style: The style type to generate with. Cannot be used with style_codes.
            expand_prompt: Determine if MagicPrompt should be used in generating the request or not.
                Default: true.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            prompt: The prompt to remix the image with.
            image_url: The image URL to remix. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            strength: Strength of the input image in the remix. Default: 0.8. Limits: minimum 0.01,
                maximum 1.
            image_size: The resolution of the generated image. Default: "square_hd".
            negative_prompt: Description of what to exclude from an image. Descriptions in the
                prompt take precedence to descriptions in the negative prompt. Default: "".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "rendering_speed": rendering_speed,
                "color_palette": color_palette,
                "style_codes": style_codes,
                "style": style,
                "expand_prompt": expand_prompt,
                "num_images": num_images,
                "seed": seed,
                "sync_mode": sync_mode,
                "prompt": prompt,
                "image_url": image_url,
                "strength": strength,
                "image_size": image_size,
                "negative_prompt": negative_prompt,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_urls: list[FileInput] | None | Omit = omit,
        rendering_speed: Literal["TURBO", "BALANCED", "QUALITY"] | Omit = omit,
        color_palette: ColorPalette | None | Omit = omit,
        style_codes: list[str] | None | Omit = omit,
        style: Literal["AUTO", "GENERAL", "REALISTIC", "DESIGN"] | None | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        prompt: str,
        image_url: FileInput,
        strength: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[IdeogramV3RemixOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_urls: A set of images to use as style references (maximum total size 10MB across
                all style references). The images should be in JPEG, PNG or WebP format. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            rendering_speed: The rendering speed to use. Default: "BALANCED".
            color_palette: A color palette for generation, must EITHER be specified via one of the
                presets (name) or explicitly via hexadecimal representations of the color with
                optional weights (members).
            style_codes: A list of 8 character hexadecimal codes representing the style of the
                image. Cannot be used in conjunction with style_reference_images or style.
            style: The style type to generate with. Cannot be used with style_codes.
            expand_prompt: Determine if MagicPrompt should be used in generating the request or not.
                Default: true.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            prompt: The prompt to remix the image with.
            image_url: The image URL to remix. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            strength: Strength of the input image in the remix. Default: 0.8. Limits: minimum 0.01,
                maximum 1.
            image_size: The resolution of the generated image. Default: "square_hd".
            negative_prompt: Description of what to exclude from an image. Descriptions in the
                prompt take precedence to descriptions in the negative prompt. Default: "".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "rendering_speed": rendering_speed,
                "color_palette": color_palette,
                "style_codes": style_codes,
                "style": style,
                "expand_prompt": expand_prompt,
                "num_images": num_images,
                "seed": seed,
                "sync_mode": sync_mode,
                "prompt": prompt,
                "image_url": image_url,
                "strength": strength,
                "image_size": image_size,
                "negative_prompt": negative_prompt,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_urls: list[FileInput] | None | Omit = omit,
        rendering_speed: Literal["TURBO", "BALANCED", "QUALITY"] | Omit = omit,
        color_palette: ColorPalette | None | Omit = omit,
        style_codes: list[str] | None | Omit = omit,
        style: Literal["AUTO", "GENERAL", "REALISTIC", "DESIGN"] | None | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        prompt: str,
        image_url: FileInput,
        strength: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> IdeogramV3RemixOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_urls: A set of images to use as style references (maximum total size 10MB across
                all style references). The images should be in JPEG, PNG or WebP format. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            rendering_speed: The rendering speed to use. Default: "BALANCED".
            color_palette: A color palette for generation, must EITHER be specified via one of the
                presets (name) or explicitly via hexadecimal representations of the color with
                optional weights (members).
            style_codes: A list of 8 character hexadecimal codes representing the style of the
                image. Cannot be used in conjunction with style_reference_images or style.
            style: The style type to generate with. Cannot be used with style_codes.
            expand_prompt: Determine if MagicPrompt should be used in generating the request or not.
                Default: true.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            prompt: The prompt to remix the image with.
            image_url: The image URL to remix. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            strength: Strength of the input image in the remix. Default: 0.8. Limits: minimum 0.01,
                maximum 1.
            image_size: The resolution of the generated image. Default: "square_hd".
            negative_prompt: Description of what to exclude from an image. Descriptions in the
                prompt take precedence to descriptions in the negative prompt. Default: "".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "rendering_speed": rendering_speed,
                "color_palette": color_palette,
                "style_codes": style_codes,
                "style": style,
                "expand_prompt": expand_prompt,
                "num_images": num_images,
                "seed": seed,
                "sync_mode": sync_mode,
                "prompt": prompt,
                "image_url": image_url,
                "strength": strength,
                "image_size": image_size,
                "negative_prompt": negative_prompt,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_urls: list[FileInput] | None | Omit = omit,
        rendering_speed: Literal["TURBO", "BALANCED", "QUALITY"] | Omit = omit,
        color_palette: ColorPalette | None | Omit = omit,
        style_codes: list[str] | None | Omit = omit,
        style: Literal["AUTO", "GENERAL", "REALISTIC", "DESIGN"] | None | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        prompt: str,
        image_url: FileInput,
        strength: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[IdeogramV3RemixOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_urls: A set of images to use as style references (maximum total size 10MB across
                all style references). The images should be in JPEG, PNG or WebP format. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            rendering_speed: The rendering speed to use. Default: "BALANCED".
            color_palette: A color palette for generation, must EITHER be specified via one of the
                presets (name) or explicitly via hexadecimal representations of the color with
                optional weights (members).
            style_codes: A list of 8 character hexadecimal codes representing the style of the
                image. Cannot be used in conjunction with style_reference_images or style.
            style: The style type to generate with. Cannot be used with style_codes.
            expand_prompt: Determine if MagicPrompt should be used in generating the request or not.
                Default: true.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            prompt: The prompt to remix the image with.
            image_url: The image URL to remix. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            strength: Strength of the input image in the remix. Default: 0.8. Limits: minimum 0.01,
                maximum 1.
            image_size: The resolution of the generated image. Default: "square_hd".
            negative_prompt: Description of what to exclude from an image. Descriptions in the
                prompt take precedence to descriptions in the negative prompt. Default: "".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "rendering_speed": rendering_speed,
                "color_palette": color_palette,
                "style_codes": style_codes,
                "style": style,
                "expand_prompt": expand_prompt,
                "num_images": num_images,
                "seed": seed,
                "sync_mode": sync_mode,
                "prompt": prompt,
                "image_url": image_url,
                "strength": strength,
                "image_size": image_size,
                "negative_prompt": negative_prompt,
            }
        )
        return self._stream(payload, options)


class AsyncIdeogramV3Remix(AsyncEndpoint[IdeogramV3RemixInput, IdeogramV3RemixOutput]):
    """Ideogram V3 Remix (`fal-ai/ideogram/v3/remix`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/ideogram/v3/remix/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ideogram/v3/remix"
    input_model: ClassVar[type[IdeogramV3RemixInput]] = IdeogramV3RemixInput
    output_model: ClassVar[type[IdeogramV3RemixOutput]] = IdeogramV3RemixOutput
    Input = IdeogramV3RemixInput
    Output = IdeogramV3RemixOutput

    async def subscribe(
        self,
        *,
        image_urls: list[FileInput] | None | Omit = omit,
        rendering_speed: Literal["TURBO", "BALANCED", "QUALITY"] | Omit = omit,
        color_palette: ColorPalette | None | Omit = omit,
        style_codes: list[str] | None | Omit = omit,
        style: Literal["AUTO", "GENERAL", "REALISTIC", "DESIGN"] | None | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        prompt: str,
        image_url: FileInput,
        strength: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> IdeogramV3RemixOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_urls: A set of images to use as style references (maximum total size 10MB across
                all style references). The images should be in JPEG, PNG or WebP format. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            rendering_speed: The rendering speed to use. Default: "BALANCED".
            color_palette: A color palette for generation, must EITHER be specified via one of the
                presets (name) or explicitly via hexadecimal representations of the color with
                optional weights (members).
            style_codes: A list of 8 character hexadecimal codes representing the style of the
                image. Cannot be used in conjunction with style_reference_images or style.
            style: The style type to generate with. Cannot be used with style_codes.
            expand_prompt: Determine if MagicPrompt should be used in generating the request or not.
                Default: true.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            prompt: The prompt to remix the image with.
            image_url: The image URL to remix. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            strength: Strength of the input image in the remix. Default: 0.8. Limits: minimum 0.01,
                maximum 1.
            image_size: The resolution of the generated image. Default: "square_hd".
            negative_prompt: Description of what to exclude from an image. Descriptions in the
                prompt take precedence to descriptions in the negative prompt. Default: "".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "rendering_speed": rendering_speed,
                "color_palette": color_palette,
                "style_codes": style_codes,
                "style": style,
                "expand_prompt": expand_prompt,
                "num_images": num_images,
                "seed": seed,
                "sync_mode": sync_mode,
                "prompt": prompt,
                "image_url": image_url,
                "strength": strength,
                "image_size": image_size,
                "negative_prompt": negative_prompt,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_urls: list[FileInput] | None | Omit = omit,
        rendering_speed: Literal["TURBO", "BALANCED", "QUALITY"] | Omit = omit,
        color_palette: ColorPalette | None | Omit = omit,
        style_codes: list[str] | None | Omit = omit,
        style: Literal["AUTO", "GENERAL", "REALISTIC", "DESIGN"] | None | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        prompt: str,
        image_url: FileInput,
        strength: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[IdeogramV3RemixOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_urls: A set of images to use as style references (maximum total size 10MB across
                all style references). The images should be in JPEG, PNG or WebP format. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            rendering_speed: The rendering speed to use. Default: "BALANCED".
            color_palette: A color palette for generation, must EITHER be specified via one of the
                presets (name) or explicitly via hexadecimal representations of the color with
                optional weights (members).
            style_codes: A list of 8 character hexadecimal codes representing the style of the
                image. Cannot be used in conjunction with style_reference_images or style.
            style: The style type to generate with. Cannot be used with style_codes.
            expand_prompt: Determine if MagicPrompt should be used in generating the request or not.
                Default: true.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            prompt: The prompt to remix the image with.
            image_url: The image URL to remix. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            strength: Strength of the input image in the remix. Default: 0.8. Limits: minimum 0.01,
                maximum 1.
            image_size: The resolution of the generated image. Default: "square_hd".
            negative_prompt: Description of what to exclude from an image. Descriptions in the
                prompt take precedence to descriptions in the negative prompt. Default: "".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "rendering_speed": rendering_speed,
                "color_palette": color_palette,
                "style_codes": style_codes,
                "style": style,
                "expand_prompt": expand_prompt,
                "num_images": num_images,
                "seed": seed,
                "sync_mode": sync_mode,
                "prompt": prompt,
                "image_url": image_url,
                "strength": strength,
                "image_size": image_size,
                "negative_prompt": negative_prompt,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_urls: list[FileInput] | None | Omit = omit,
        rendering_speed: Literal["TURBO", "BALANCED", "QUALITY"] | Omit = omit,
        color_palette: ColorPalette | None | Omit = omit,
        style_codes: list[str] | None | Omit = omit,
        style: Literal["AUTO", "GENERAL", "REALISTIC", "DESIGN"] | None | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        prompt: str,
        image_url: FileInput,
        strength: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> IdeogramV3RemixOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_urls: A set of images to use as style references (maximum total size 10MB across
                all style references). The images should be in JPEG, PNG or WebP format. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            rendering_speed: The rendering speed to use. Default: "BALANCED".
            color_palette: A color palette for generation, must EITHER be specified via one of the
                presets (name) or explicitly via hexadecimal representations of the color with
                optional weights (members).
            style_codes: A list of 8 character hexadecimal codes representing the style of the
                image. Cannot be used in conjunction with style_reference_images or style.
            style: The style type to generate with. Cannot be used with style_codes.
            expand_prompt: Determine if MagicPrompt should be used in generating the request or not.
                Default: true.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            prompt: The prompt to remix the image with.
            image_url: The image URL to remix. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            strength: Strength of the input image in the remix. Default: 0.8. Limits: minimum 0.01,
                maximum 1.
            image_size: The resolution of the generated image. Default: "square_hd".
            negative_prompt: Description of what to exclude from an image. Descriptions in the
                prompt take precedence to descriptions in the negative prompt. Default: "".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "rendering_speed": rendering_speed,
                "color_palette": color_palette,
                "style_codes": style_codes,
                "style": style,
                "expand_prompt": expand_prompt,
                "num_images": num_images,
                "seed": seed,
                "sync_mode": sync_mode,
                "prompt": prompt,
                "image_url": image_url,
                "strength": strength,
                "image_size": image_size,
                "negative_prompt": negative_prompt,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_urls: list[FileInput] | None | Omit = omit,
        rendering_speed: Literal["TURBO", "BALANCED", "QUALITY"] | Omit = omit,
        color_palette: ColorPalette | None | Omit = omit,
        style_codes: list[str] | None | Omit = omit,
        style: Literal["AUTO", "GENERAL", "REALISTIC", "DESIGN"] | None | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        prompt: str,
        image_url: FileInput,
        strength: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[IdeogramV3RemixOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_urls: A set of images to use as style references (maximum total size 10MB across
                all style references). The images should be in JPEG, PNG or WebP format. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            rendering_speed: The rendering speed to use. Default: "BALANCED".
            color_palette: A color palette for generation, must EITHER be specified via one of the
                presets (name) or explicitly via hexadecimal representations of the color with
                optional weights (members).
            style_codes: A list of 8 character hexadecimal codes representing the style of the
                image. Cannot be used in conjunction with style_reference_images or style.
            style: The style type to generate with. Cannot be used with style_codes.
            expand_prompt: Determine if MagicPrompt should be used in generating the request or not.
                Default: true.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            prompt: The prompt to remix the image with.
            image_url: The image URL to remix. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            strength: Strength of the input image in the remix. Default: 0.8. Limits: minimum 0.01,
                maximum 1.
            image_size: The resolution of the generated image. Default: "square_hd".
            negative_prompt: Description of what to exclude from an image. Descriptions in the
                prompt take precedence to descriptions in the negative prompt. Default: "".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "rendering_speed": rendering_speed,
                "color_palette": color_palette,
                "style_codes": style_codes,
                "style": style,
                "expand_prompt": expand_prompt,
                "num_images": num_images,
                "seed": seed,
                "sync_mode": sync_mode,
                "prompt": prompt,
                "image_url": image_url,
                "strength": strength,
                "image_size": image_size,
                "negative_prompt": negative_prompt,
            }
        )
        return self._stream(payload, options)
