# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ideogram/character/edit` (Ideogram Character Edit)."""

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
from fal_models.models.ideogram_character_edit import (
    ColorPalette,
    IdeogramCharacterEditInput,
    IdeogramCharacterEditOutput,
)

__all__ = [
    "IdeogramCharacterEdit",
    "AsyncIdeogramCharacterEdit",
    "IdeogramCharacterEditInput",
    "IdeogramCharacterEditOutput",
]


class IdeogramCharacterEdit(SyncEndpoint[IdeogramCharacterEditInput, IdeogramCharacterEditOutput]):
    """Ideogram Character Edit (`fal-ai/ideogram/character/edit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/ideogram/character/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ideogram/character/edit"
    input_model: ClassVar[type[IdeogramCharacterEditInput]] = IdeogramCharacterEditInput
    output_model: ClassVar[type[IdeogramCharacterEditOutput]] = IdeogramCharacterEditOutput
    Input = IdeogramCharacterEditInput
    Output = IdeogramCharacterEditOutput

    def subscribe(
        self,
        *,
        image_urls: list[FileInput] | None | Omit = omit,
        rendering_speed: Literal["TURBO", "BALANCED", "QUALITY"] | Omit = omit,
        color_palette: ColorPalette | None | Omit = omit,
        style_codes: list[str] | None | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        prompt: str,
        image_url: FileInput,
        mask_url: FileInput,
        reference_image_urls: list[FileInput],
        reference_mask_urls: list[FileInput] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> IdeogramCharacterEditOutput:
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
            expand_prompt: Determine if MagicPrompt should be used in generating the request or not.
                Default: true.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            prompt: The prompt to fill the masked part of the image.
            image_url: The image URL to generate an image from. MUST have the exact same dimensions
                (width and height) as the mask image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            mask_url: The mask URL to inpaint the image. MUST have the exact same dimensions (width
                and height) as the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
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
                "expand_prompt": expand_prompt,
                "num_images": num_images,
                "seed": seed,
                "sync_mode": sync_mode,
                "prompt": prompt,
                "image_url": image_url,
                "mask_url": mask_url,
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
        expand_prompt: bool | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        prompt: str,
        image_url: FileInput,
        mask_url: FileInput,
        reference_image_urls: list[FileInput],
        reference_mask_urls: list[FileInput] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[IdeogramCharacterEditOutput]:
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
            expand_prompt: Determine if MagicPrompt should be used in generating the request or not.
                Default: true.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            prompt: The prompt to fill the masked part of the image.
            image_url: The image URL to generate an image from. MUST have the exact same dimensions
                (width and height) as the mask image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            mask_url: The mask URL to inpaint the image. MUST have the exact same dimensions (width
                and height) as the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
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
                "expand_prompt": expand_prompt,
                "num_images": num_images,
                "seed": seed,
                "sync_mode": sync_mode,
                "prompt": prompt,
                "image_url": image_url,
                "mask_url": mask_url,
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
        expand_prompt: bool | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        prompt: str,
        image_url: FileInput,
        mask_url: FileInput,
        reference_image_urls: list[FileInput],
        reference_mask_urls: list[FileInput] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> IdeogramCharacterEditOutput:
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
            expand_prompt: Determine if MagicPrompt should be used in generating the request or not.
                Default: true.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            prompt: The prompt to fill the masked part of the image.
            image_url: The image URL to generate an image from. MUST have the exact same dimensions
                (width and height) as the mask image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            mask_url: The mask URL to inpaint the image. MUST have the exact same dimensions (width
                and height) as the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
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
                "expand_prompt": expand_prompt,
                "num_images": num_images,
                "seed": seed,
                "sync_mode": sync_mode,
                "prompt": prompt,
                "image_url": image_url,
                "mask_url": mask_url,
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
        expand_prompt: bool | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        prompt: str,
        image_url: FileInput,
        mask_url: FileInput,
        reference_image_urls: list[FileInput],
        reference_mask_urls: list[FileInput] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[IdeogramCharacterEditOutput]:
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
            expand_prompt: Determine if MagicPrompt should be used in generating the request or not.
                Default: true.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            prompt: The prompt to fill the masked part of the image.
            image_url: The image URL to generate an image from. MUST have the exact same dimensions
                (width and height) as the mask image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            mask_url: The mask URL to inpaint the image. MUST have the exact same dimensions (width
                and height) as the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
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
                "expand_prompt": expand_prompt,
                "num_images": num_images,
                "seed": seed,
                "sync_mode": sync_mode,
                "prompt": prompt,
                "image_url": image_url,
                "mask_url": mask_url,
                "reference_image_urls": reference_image_urls,
                "reference_mask_urls": reference_mask_urls,
            }
        )
        return self._stream(payload, options)


class AsyncIdeogramCharacterEdit(
    AsyncEndpoint[IdeogramCharacterEditInput, IdeogramCharacterEditOutput]
):
    """Ideogram Character Edit (`fal-ai/ideogram/character/edit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/ideogram/character/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ideogram/character/edit"
    input_model: ClassVar[type[IdeogramCharacterEditInput]] = IdeogramCharacterEditInput
    output_model: ClassVar[type[IdeogramCharacterEditOutput]] = IdeogramCharacterEditOutput
    Input = IdeogramCharacterEditInput
    Output = IdeogramCharacterEditOutput

    async def subscribe(
        self,
        *,
        image_urls: list[FileInput] | None | Omit = omit,
        rendering_speed: Literal["TURBO", "BALANCED", "QUALITY"] | Omit = omit,
        color_palette: ColorPalette | None | Omit = omit,
        style_codes: list[str] | None | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        prompt: str,
        image_url: FileInput,
        mask_url: FileInput,
        reference_image_urls: list[FileInput],
        reference_mask_urls: list[FileInput] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> IdeogramCharacterEditOutput:
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
            expand_prompt: Determine if MagicPrompt should be used in generating the request or not.
                Default: true.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            prompt: The prompt to fill the masked part of the image.
            image_url: The image URL to generate an image from. MUST have the exact same dimensions
                (width and height) as the mask image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            mask_url: The mask URL to inpaint the image. MUST have the exact same dimensions (width
                and height) as the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
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
                "expand_prompt": expand_prompt,
                "num_images": num_images,
                "seed": seed,
                "sync_mode": sync_mode,
                "prompt": prompt,
                "image_url": image_url,
                "mask_url": mask_url,
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
        expand_prompt: bool | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        prompt: str,
        image_url: FileInput,
        mask_url: FileInput,
        reference_image_urls: list[FileInput],
        reference_mask_urls: list[FileInput] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[IdeogramCharacterEditOutput]:
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
            expand_prompt: Determine if MagicPrompt should be used in generating the request or not.
                Default: true.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            prompt: The prompt to fill the masked part of the image.
            image_url: The image URL to generate an image from. MUST have the exact same dimensions
                (width and height) as the mask image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            mask_url: The mask URL to inpaint the image. MUST have the exact same dimensions (width
                and height) as the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
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
                "expand_prompt": expand_prompt,
                "num_images": num_images,
                "seed": seed,
                "sync_mode": sync_mode,
                "prompt": prompt,
                "image_url": image_url,
                "mask_url": mask_url,
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
        expand_prompt: bool | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        prompt: str,
        image_url: FileInput,
        mask_url: FileInput,
        reference_image_urls: list[FileInput],
        reference_mask_urls: list[FileInput] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> IdeogramCharacterEditOutput:
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
            expand_prompt: Determine if MagicPrompt should be used in generating the request or not.
                Default: true.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            prompt: The prompt to fill the masked part of the image.
            image_url: The image URL to generate an image from. MUST have the exact same dimensions
                (width and height) as the mask image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            mask_url: The mask URL to inpaint the image. MUST have the exact same dimensions (width
                and height) as the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
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
                "expand_prompt": expand_prompt,
                "num_images": num_images,
                "seed": seed,
                "sync_mode": sync_mode,
                "prompt": prompt,
                "image_url": image_url,
                "mask_url": mask_url,
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
        expand_prompt: bool | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        prompt: str,
        image_url: FileInput,
        mask_url: FileInput,
        reference_image_urls: list[FileInput],
        reference_mask_urls: list[FileInput] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[IdeogramCharacterEditOutput]:
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
            expand_prompt: Determine if MagicPrompt should be used in generating the request or not.
                Default: true.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            seed: Seed for the random number generator.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            prompt: The prompt to fill the masked part of the image.
            image_url: The image URL to generate an image from. MUST have the exact same dimensions
                (width and height) as the mask image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            mask_url: The mask URL to inpaint the image. MUST have the exact same dimensions (width
                and height) as the input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
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
                "expand_prompt": expand_prompt,
                "num_images": num_images,
                "seed": seed,
                "sync_mode": sync_mode,
                "prompt": prompt,
                "image_url": image_url,
                "mask_url": mask_url,
                "reference_image_urls": reference_image_urls,
                "reference_mask_urls": reference_mask_urls,
            }
        )
        return self._stream(payload, options)
