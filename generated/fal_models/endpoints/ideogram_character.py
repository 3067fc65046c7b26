# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ideogram/character` (Ideogram Character)."""

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
from fal_models.models.ideogram_character import (
    ColorPalette,
    IdeogramCharacterInput,
    IdeogramCharacterOutput,
    ImageSizePreset,
)

__all__ = [
    "IdeogramCharacter",
    "AsyncIdeogramCharacter",
    "IdeogramCharacterInput",
    "IdeogramCharacterOutput",
]


class IdeogramCharacter(SyncEndpoint[IdeogramCharacterInput, IdeogramCharacterOutput]):
    """Ideogram Character (`fal-ai/ideogram/character`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/ideogram/character/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ideogram/character"
    input_model: ClassVar[type[IdeogramCharacterInput]] = IdeogramCharacterInput
    output_model: ClassVar[type[IdeogramCharacterOutput]] = IdeogramCharacterOutput
    Input = IdeogramCharacterInput
    Output = IdeogramCharacterOutput

    def subscribe(
        self,
        *,
        image_urls: list[FileInput] | None | Omit = omit,
        rendering_speed: Literal["TURBO", "BALANCED", "QUALITY"] | Omit = omit,
        color_palette: ColorPalette | None | Omit = omit,
        style_codes: list[str] | None | Omit = omit,
        style: Literal["AUTO", "REALISTIC", "FICTION"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        reference_image_urls: list[FileInput],
        reference_mask_urls: list[FileInput] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> IdeogramCharacterOutput:
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
            style: The style type to generate with. Cannot be used with style_codes. Default:
                "AUTO".
            expand_prompt: Determine if MagicPrompt should be used in generating the request or not.
                Default: true.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            prompt: The prompt to fill the masked part of the image.
            image_size: The resolution of the generated image. Default: "square_hd".
            negative_prompt: Description of what to exclude from an image. Descriptions in the
                prompt take precedence to descriptions in the negative prompt. Default: "".
            reference_image_urls: A set of images to use as character references. Currently only 1
                image is supported, rest will be ignored. (maximum total size 10MB across all
                character references). The images should be in JPEG, PNG or WebP format. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            reference_mask_urls: A set of masks to apply to the character references. Currently only
                1 mask is supported, rest will be ignored. (maximum total size 10MB across all
                character references). The masks should be in JPEG, PNG or WebP format. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
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
                "image_size": image_size,
                "negative_prompt": negative_prompt,
                "reference_image_urls": reference_image_urls,
                "reference_mask_urls": reference_mask_urls,
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
        style: Literal["AUTO", "REALISTIC", "FICTION"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        reference_image_urls: list[FileInput],
        reference_mask_urls: list[FileInput] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[IdeogramCharacterOutput]:
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
            style: The style type to generate with. Cannot be used with style_codes. Default:
                "AUTO".
            expand_prompt: Determine if MagicPrompt should be used in generating the request or not.
                Default: true.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            prompt: The prompt to fill the masked part of the image.
            image_size: The resolution of the generated image. Default: "square_hd".
            negative_prompt: Description of what to exclude from an image. Descriptions in the
                prompt take precedence to descriptions in the negative prompt. Default: "".
            reference_image_urls: A set of images to use as character references. Currently only 1
                image is supported, rest will be ignored. (maximum total size 10MB across all
                character references). The images should be in JPEG, PNG or WebP format. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            reference_mask_urls: A set of masks to apply to the character references. Currently only
                1 mask is supported, rest will be ignored. (maximum total size 10MB across all
                character references). The masks should be in JPEG, PNG or WebP format. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
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
                "image_size": image_size,
                "negative_prompt": negative_prompt,
                "reference_image_urls": reference_image_urls,
                "reference_mask_urls": reference_mask_urls,
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
        style: Literal["AUTO", "REALISTIC", "FICTION"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        reference_image_urls: list[FileInput],
        reference_mask_urls: list[FileInput] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> IdeogramCharacterOutput:
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
            style: The style type to generate with. Cannot be used with style_codes. Default:
                "AUTO".
            expand_prompt: Determine if MagicPrompt should be used in generating the request or not.
                Default: true.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            prompt: The prompt to fill the masked part of the image.
            image_size: The resolution of the generated image. Default: "square_hd".
            negative_prompt: Description of what to exclude from an image. Descriptions in the
                prompt take precedence to descriptions in the negative prompt. Default: "".
            reference_image_urls: A set of images to use as character references. Currently only 1
                image is supported, rest will be ignored. (maximum total size 10MB across all
                character references). The images should be in JPEG, PNG or WebP format. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            reference_mask_urls: A set of masks to apply to the character references. Currently only
                1 mask is supported, rest will be ignored. (maximum total size 10MB across all
                character references). The masks should be in JPEG, PNG or WebP format. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
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
                "image_size": image_size,
                "negative_prompt": negative_prompt,
                "reference_image_urls": reference_image_urls,
                "reference_mask_urls": reference_mask_urls,
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
        style: Literal["AUTO", "REALISTIC", "FICTION"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        reference_image_urls: list[FileInput],
        reference_mask_urls: list[FileInput] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[IdeogramCharacterOutput]:
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
            style: The style type to generate with. Cannot be used with style_codes. Default:
                "AUTO".
            expand_prompt: Determine if MagicPrompt should be used in generating the request or not.
                Default: true.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            prompt: The prompt to fill the masked part of the image.
            image_size: The resolution of the generated image. Default: "square_hd".
            negative_prompt: Description of what to exclude from an image. Descriptions in the
                prompt take precedence to descriptions in the negative prompt. Default: "".
            reference_image_urls: A set of images to use as character references. Currently only 1
                image is supported, rest will be ignored. (maximum total size 10MB across all
                character references). The images should be in JPEG, PNG or WebP format. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            reference_mask_urls: A set of masks to apply to the character references. Currently only
                1 mask is supported, rest will be ignored. (maximum total size 10MB across all
                character references). The masks should be in JPEG, PNG or WebP format. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
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
                "image_size": image_size,
                "negative_prompt": negative_prompt,
                "reference_image_urls": reference_image_urls,
                "reference_mask_urls": reference_mask_urls,
            }
        )
        return self._stream(payload, options)


class AsyncIdeogramCharacter(AsyncEndpoint[IdeogramCharacterInput, IdeogramCharacterOutput]):
    """Ideogram Character (`fal-ai/ideogram/character`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/ideogram/character/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ideogram/character"
    input_model: ClassVar[type[IdeogramCharacterInput]] = IdeogramCharacterInput
    output_model: ClassVar[type[IdeogramCharacterOutput]] = IdeogramCharacterOutput
    Input = IdeogramCharacterInput
    Output = IdeogramCharacterOutput

    async def subscribe(
        self,
        *,
        image_urls: list[FileInput] | None | Omit = omit,
        rendering_speed: Literal["TURBO", "BALANCED", "QUALITY"] | Omit = omit,
        color_palette: ColorPalette | None | Omit = omit,
        style_codes: list[str] | None | Omit = omit,
        style: Literal["AUTO", "REALISTIC", "FICTION"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        reference_image_urls: list[FileInput],
        reference_mask_urls: list[FileInput] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> IdeogramCharacterOutput:
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
            style: The style type to generate with. Cannot be used with style_codes. Default:
                "AUTO".
            expand_prompt: Determine if MagicPrompt should be used in generating the request or not.
                Default: true.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            prompt: The prompt to fill the masked part of the image.
            image_size: The resolution of the generated image. Default: "square_hd".
            negative_prompt: Description of what to exclude from an image. Descriptions in the
                prompt take precedence to descriptions in the negative prompt. Default: "".
            reference_image_urls: A set of images to use as character references. Currently only 1
                image is supported, rest will be ignored. (maximum total size 10MB across all
                character references). The images should be in JPEG, PNG or WebP format. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            reference_mask_urls: A set of masks to apply to the character references. Currently only
                1 mask is supported, rest will be ignored. (maximum total size 10MB across all
                character references). The masks should be in JPEG, PNG or WebP format. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
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
                "image_size": image_size,
                "negative_prompt": negative_prompt,
                "reference_image_urls": reference_image_urls,
                "reference_mask_urls": reference_mask_urls,
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
        style: Literal["AUTO", "REALISTIC", "FICTION"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        reference_image_urls: list[FileInput],
        reference_mask_urls: list[FileInput] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[IdeogramCharacterOutput]:
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
            style: The style type to generate with. Cannot be used with style_codes. Default:
                "AUTO".
            expand_prompt: Determine if MagicPrompt should be used in generating the request or not.
                Default: true.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            prompt: The prompt to fill the masked part of the image.
            image_size: The resolution of the generated image. Default: "square_hd".
            negative_prompt: Description of what to exclude from an image. Descriptions in the
                prompt take precedence to descriptions in the negative prompt. Default: "".
            reference_image_urls: A set of images to use as character references. Currently only 1
                image is supported, rest will be ignored. (maximum total size 10MB across all
                character references). The images should be in JPEG, PNG or WebP format. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            reference_mask_urls: A set of masks to apply to the character references. Currently only
                1 mask is supported, rest will be ignored. (maximum total size 10MB across all
                character references). The masks should be in JPEG, PNG or WebP format. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
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
                "image_size": image_size,
                "negative_prompt": negative_prompt,
                "reference_image_urls": reference_image_urls,
                "reference_mask_urls": reference_mask_urls,
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
        style: Literal["AUTO", "REALISTIC", "FICTION"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        reference_image_urls: list[FileInput],
        reference_mask_urls: list[FileInput] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> IdeogramCharacterOutput:
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
            style: The style type to generate with. Cannot be used with style_codes. Default:
                "AUTO".
            expand_prompt: Determine if MagicPrompt should be used in generating the request or not.
                Default: true.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            prompt: The prompt to fill the masked part of the image.
            image_size: The resolution of the generated image. Default: "square_hd".
            negative_prompt: Description of what to exclude from an image. Descriptions in the
                prompt take precedence to descriptions in the negative prompt. Default: "".
            reference_image_urls: A set of images to use as character references. Currently only 1
                image is supported, rest will be ignored. (maximum total size 10MB across all
                character references). The images should be in JPEG, PNG or WebP format. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            reference_mask_urls: A set of masks to apply to the character references. Currently only
                1 mask is supported, rest will be ignored. (maximum total size 10MB across all
                character references). The masks should be in JPEG, PNG or WebP format. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
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
                "image_size": image_size,
                "negative_prompt": negative_prompt,
                "reference_image_urls": reference_image_urls,
                "reference_mask_urls": reference_mask_urls,
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
        style: Literal["AUTO", "REALISTIC", "FICTION"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        reference_image_urls: list[FileInput],
        reference_mask_urls: list[FileInput] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[IdeogramCharacterOutput]:
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
            style: The style type to generate with. Cannot be used with style_codes. Default:
                "AUTO".
            expand_prompt: Determine if MagicPrompt should be used in generating the request or not.
                Default: true.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            prompt: The prompt to fill the masked part of the image.
            image_size: The resolution of the generated image. Default: "square_hd".
            negative_prompt: Description of what to exclude from an image. Descriptions in the
                prompt take precedence to descriptions in the negative prompt. Default: "".
            reference_image_urls: A set of images to use as character references. Currently only 1
                image is supported, rest will be ignored. (maximum total size 10MB across all
                character references). The images should be in JPEG, PNG or WebP format. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            reference_mask_urls: A set of masks to apply to the character references. Currently only
                1 mask is supported, rest will be ignored. (maximum total size 10MB across all
                character references). The masks should be in JPEG, PNG or WebP format. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
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
                "image_size": image_size,
                "negative_prompt": negative_prompt,
                "reference_image_urls": reference_image_urls,
                "reference_mask_urls": reference_mask_urls,
            }
        )
        return self._stream(payload, options)
