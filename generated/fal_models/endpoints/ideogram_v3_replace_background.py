# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ideogram/v3/replace-background` (Ideogram V3 Replace Background)."""

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
from fal_models.models.ideogram_v3_replace_background import (
    ColorPalette,
    IdeogramV3ReplaceBackgroundInput,
    IdeogramV3ReplaceBackgroundOutput,
)

__all__ = [
    "IdeogramV3ReplaceBackground",
    "AsyncIdeogramV3ReplaceBackground",
    "IdeogramV3ReplaceBackgroundInput",
    "IdeogramV3ReplaceBackgroundOutput",
]


class IdeogramV3ReplaceBackground(
    SyncEndpoint[IdeogramV3ReplaceBackgroundInput, IdeogramV3ReplaceBackgroundOutput]
):
    """Ideogram V3 Replace Background (`fal-ai/ideogram/v3/replace-background`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/ideogram/v3/replace-background/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ideogram/v3/replace-background"
    input_model: ClassVar[type[IdeogramV3ReplaceBackgroundInput]] = IdeogramV3ReplaceBackgroundInput
    output_model: ClassVar[type[IdeogramV3ReplaceBackgroundOutput]] = (
        IdeogramV3ReplaceBackgroundOutput
    )
    Input = IdeogramV3ReplaceBackgroundInput
    Output = IdeogramV3ReplaceBackgroundOutput

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
        style_preset: Literal[
            "80S_ILLUSTRATION",
            "90S_NOSTALGIA",
            "ABSTRACT_ORGANIC",
            "ANALOG_NOSTALGIA",
            "ART_BRUT",
            "ART_DECO",
            "ART_POSTER",
            "AURA",
            "AVANT_GARDE",
            "BAUHAUS",
            "BLUEPRINT",
            "BLURRY_MOTION",
            "BRIGHT_ART",
            "C4D_CARTOON",
            "CHILDRENS_BOOK",
            "COLLAGE",
            "COLORING_BOOK_I",
            "COLORING_BOOK_II",
            "CUBISM",
            "DARK_AURA",
            "DOODLE",
            "DOUBLE_EXPOSURE",
            "DRAMATIC_CINEMA",
            "EDITORIAL",
            "EMOTIONAL_MINIMAL",
            "ETHEREAL_PARTY",
            "EXPIRED_FILM",
            "FLAT_ART",
            "FLAT_VECTOR",
            "FOREST_REVERIE",
            "GEO_MINIMALIST",
            "GLASS_PRISM",
            "GOLDEN_HOUR",
            "GRAFFITI_I",
            "GRAFFITI_II",
            "HALFTONE_PRINT",
            "HIGH_CONTRAST",
            "HIPPIE_ERA",
            "ICONIC",
            "JAPANDI_FUSION",
            "JAZZY",
            "LONG_EXPOSURE",
            "MAGAZINE_EDITORIAL",
            "MINIMAL_ILLUSTRATION",
            "MIXED_MEDIA",
            "MONOCHROME",
            "NIGHTLIFE",
            "OIL_PAINTING",
            "OLD_CARTOONS",
            "PAINT_GESTURE",
            "POP_ART",
            "RETRO_ETCHING",
            "RIVIERA_POP",
            "SPOTLIGHT_80S",
            "STYLIZED_RED",
            "SURREAL_COLLAGE",
            "TRAVEL_POSTER",
            "VINTAGE_GEO",
            "VINTAGE_POSTER",
            "WATERCOLOR",
            "WEIRD",
            "WOODBLOCK_PRINT",
        ]
        | None
        | Omit = omit,
        prompt: str,
        image_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> IdeogramV3ReplaceBackgroundOutput:
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
            style_preset: Style preset for generation. The chosen style preset will guide the
                generation.
            prompt: Cyber punk city with neon lights and skyscrappers.
            image_url: The image URL whose background needs to be replaced. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
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
                "style_preset": style_preset,
                "prompt": prompt,
                "image_url": image_url,
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
        style_preset: Literal[
            "80S_ILLUSTRATION",
            "90S_NOSTALGIA",
            "ABSTRACT_ORGANIC",
            "ANALOG_NOSTALGIA",
            "ART_BRUT",
            "ART_DECO",
            "ART_POSTER",
            "AURA",
            "AVANT_GARDE",
            "BAUHAUS",
            "BLUEPRINT",
            "BLURRY_MOTION",
            "BRIGHT_ART",
            "C4D_CARTOON",
            "CHILDRENS_BOOK",
            "COLLAGE",
            "COLORING_BOOK_I",
            "COLORING_BOOK_II",
            "CUBISM",
            "DARK_AURA",
            "DOODLE",
            "DOUBLE_EXPOSURE",
            "DRAMATIC_CINEMA",
            "EDITORIAL",
            "EMOTIONAL_MINIMAL",
            "ETHEREAL_PARTY",
            "EXPIRED_FILM",
            "FLAT_ART",
            "FLAT_VECTOR",
            "FOREST_REVERIE",
            "GEO_MINIMALIST",
            "GLASS_PRISM",
            "GOLDEN_HOUR",
            "GRAFFITI_I",
            "GRAFFITI_II",
            "HALFTONE_PRINT",
            "HIGH_CONTRAST",
            "HIPPIE_ERA",
            "ICONIC",
            "JAPANDI_FUSION",
            "JAZZY",
            "LONG_EXPOSURE",
            "MAGAZINE_EDITORIAL",
            "MINIMAL_ILLUSTRATION",
            "MIXED_MEDIA",
            "MONOCHROME",
            "NIGHTLIFE",
            "OIL_PAINTING",
            "OLD_CARTOONS",
            "PAINT_GESTURE",
            "POP_ART",
            "RETRO_ETCHING",
            "RIVIERA_POP",
            "SPOTLIGHT_80S",
            "STYLIZED_RED",
            "SURREAL_COLLAGE",
            "TRAVEL_POSTER",
            "VINTAGE_GEO",
            "VINTAGE_POSTER",
            "WATERCOLOR",
            "WEIRD",
            "WOODBLOCK_PRINT",
        ]
        | None
        | Omit = omit,
        prompt: str,
        image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[IdeogramV3ReplaceBackgroundOutput]:
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
            style_preset: Style preset for generation. The chosen style preset will guide the
                generation.
            prompt: Cyber punk city with neon lights and skyscrappers.
            image_url: The image URL whose background needs to be replaced. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
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
                "style_preset": style_preset,
                "prompt": prompt,
                "image_url": image_url,
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
        style_preset: Literal[
            "80S_ILLUSTRATION",
            "90S_NOSTALGIA",
            "ABSTRACT_ORGANIC",
            "ANALOG_NOSTALGIA",
            "ART_BRUT",
            "ART_DECO",
            "ART_POSTER",
            "AURA",
            "AVANT_GARDE",
            "BAUHAUS",
            "BLUEPRINT",
            "BLURRY_MOTION",
            "BRIGHT_ART",
            "C4D_CARTOON",
            "CHILDRENS_BOOK",
            "COLLAGE",
            "COLORING_BOOK_I",
            "COLORING_BOOK_II",
            "CUBISM",
            "DARK_AURA",
            "DOODLE",
            "DOUBLE_EXPOSURE",
            "DRAMATIC_CINEMA",
            "EDITORIAL",
            "EMOTIONAL_MINIMAL",
            "ETHEREAL_PARTY",
            "EXPIRED_FILM",
            "FLAT_ART",
            "FLAT_VECTOR",
            "FOREST_REVERIE",
            "GEO_MINIMALIST",
            "GLASS_PRISM",
            "GOLDEN_HOUR",
            "GRAFFITI_I",
            "GRAFFITI_II",
            "HALFTONE_PRINT",
            "HIGH_CONTRAST",
            "HIPPIE_ERA",
            "ICONIC",
            "JAPANDI_FUSION",
            "JAZZY",
            "LONG_EXPOSURE",
            "MAGAZINE_EDITORIAL",
            "MINIMAL_ILLUSTRATION",
            "MIXED_MEDIA",
            "MONOCHROME",
            "NIGHTLIFE",
            "OIL_PAINTING",
            "OLD_CARTOONS",
            "PAINT_GESTURE",
            "POP_ART",
            "RETRO_ETCHING",
            "RIVIERA_POP",
            "SPOTLIGHT_80S",
            "STYLIZED_RED",
            "SURREAL_COLLAGE",
            "TRAVEL_POSTER",
            "VINTAGE_GEO",
            "VINTAGE_POSTER",
            "WATERCOLOR",
            "WEIRD",
            "WOODBLOCK_PRINT",
        ]
        | None
        | Omit = omit,
        prompt: str,
        image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> IdeogramV3ReplaceBackgroundOutput:
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
            style_preset: Style preset for generation. The chosen style preset will guide the
                generation.
            prompt: Cyber punk city with neon lights and skyscrappers.
            image_url: The image URL whose background needs to be replaced. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
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
                "style_preset": style_preset,
                "prompt": prompt,
                "image_url": image_url,
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
        style_preset: Literal[
            "80S_ILLUSTRATION",
            "90S_NOSTALGIA",
            "ABSTRACT_ORGANIC",
            "ANALOG_NOSTALGIA",
            "ART_BRUT",
            "ART_DECO",
            "ART_POSTER",
            "AURA",
            "AVANT_GARDE",
            "BAUHAUS",
            "BLUEPRINT",
            "BLURRY_MOTION",
            "BRIGHT_ART",
            "C4D_CARTOON",
            "CHILDRENS_BOOK",
            "COLLAGE",
            "COLORING_BOOK_I",
            "COLORING_BOOK_II",
            "CUBISM",
            "DARK_AURA",
            "DOODLE",
            "DOUBLE_EXPOSURE",
            "DRAMATIC_CINEMA",
            "EDITORIAL",
            "EMOTIONAL_MINIMAL",
            "ETHEREAL_PARTY",
            "EXPIRED_FILM",
            "FLAT_ART",
            "FLAT_VECTOR",
            "FOREST_REVERIE",
            "GEO_MINIMALIST",
            "GLASS_PRISM",
            "GOLDEN_HOUR",
            "GRAFFITI_I",
            "GRAFFITI_II",
            "HALFTONE_PRINT",
            "HIGH_CONTRAST",
            "HIPPIE_ERA",
            "ICONIC",
            "JAPANDI_FUSION",
            "JAZZY",
            "LONG_EXPOSURE",
            "MAGAZINE_EDITORIAL",
            "MINIMAL_ILLUSTRATION",
            "MIXED_MEDIA",
            "MONOCHROME",
            "NIGHTLIFE",
            "OIL_PAINTING",
            "OLD_CARTOONS",
            "PAINT_GESTURE",
            "POP_ART",
            "RETRO_ETCHING",
            "RIVIERA_POP",
            "SPOTLIGHT_80S",
            "STYLIZED_RED",
            "SURREAL_COLLAGE",
            "TRAVEL_POSTER",
            "VINTAGE_GEO",
            "VINTAGE_POSTER",
            "WATERCOLOR",
            "WEIRD",
            "WOODBLOCK_PRINT",
        ]
        | None
        | Omit = omit,
        prompt: str,
        image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[IdeogramV3ReplaceBackgroundOutput]:
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
            style_preset: Style preset for generation. The chosen style preset will guide the
                generation.
            prompt: Cyber punk city with neon lights and skyscrappers.
            image_url: The image URL whose background needs to be replaced. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
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
                "style_preset": style_preset,
                "prompt": prompt,
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)


class AsyncIdeogramV3ReplaceBackground(
    AsyncEndpoint[IdeogramV3ReplaceBackgroundInput, IdeogramV3ReplaceBackgroundOutput]
):
    """Ideogram V3 Replace Background (`fal-ai/ideogram/v3/replace-background`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/ideogram/v3/replace-background/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ideogram/v3/replace-background"
    input_model: ClassVar[type[IdeogramV3ReplaceBackgroundInput]] = IdeogramV3ReplaceBackgroundInput
    output_model: ClassVar[type[IdeogramV3ReplaceBackgroundOutput]] = (
        IdeogramV3ReplaceBackgroundOutput
    )
    Input = IdeogramV3ReplaceBackgroundInput
    Output = IdeogramV3ReplaceBackgroundOutput

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
        style_preset: Literal[
            "80S_ILLUSTRATION",
            "90S_NOSTALGIA",
            "ABSTRACT_ORGANIC",
            "ANALOG_NOSTALGIA",
            "ART_BRUT",
            "ART_DECO",
            "ART_POSTER",
            "AURA",
            "AVANT_GARDE",
            "BAUHAUS",
            "BLUEPRINT",
            "BLURRY_MOTION",
            "BRIGHT_ART",
            "C4D_CARTOON",
            "CHILDRENS_BOOK",
            "COLLAGE",
            "COLORING_BOOK_I",
            "COLORING_BOOK_II",
            "CUBISM",
            "DARK_AURA",
            "DOODLE",
            "DOUBLE_EXPOSURE",
            "DRAMATIC_CINEMA",
            "EDITORIAL",
            "EMOTIONAL_MINIMAL",
            "ETHEREAL_PARTY",
            "EXPIRED_FILM",
            "FLAT_ART",
            "FLAT_VECTOR",
            "FOREST_REVERIE",
            "GEO_MINIMALIST",
            "GLASS_PRISM",
            "GOLDEN_HOUR",
            "GRAFFITI_I",
            "GRAFFITI_II",
            "HALFTONE_PRINT",
            "HIGH_CONTRAST",
            "HIPPIE_ERA",
            "ICONIC",
            "JAPANDI_FUSION",
            "JAZZY",
            "LONG_EXPOSURE",
            "MAGAZINE_EDITORIAL",
            "MINIMAL_ILLUSTRATION",
            "MIXED_MEDIA",
            "MONOCHROME",
            "NIGHTLIFE",
            "OIL_PAINTING",
            "OLD_CARTOONS",
            "PAINT_GESTURE",
            "POP_ART",
            "RETRO_ETCHING",
            "RIVIERA_POP",
            "SPOTLIGHT_80S",
            "STYLIZED_RED",
            "SURREAL_COLLAGE",
            "TRAVEL_POSTER",
            "VINTAGE_GEO",
            "VINTAGE_POSTER",
            "WATERCOLOR",
            "WEIRD",
            "WOODBLOCK_PRINT",
        ]
        | None
        | Omit = omit,
        prompt: str,
        image_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> IdeogramV3ReplaceBackgroundOutput:
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
            style_preset: Style preset for generation. The chosen style preset will guide the
                generation.
            prompt: Cyber punk city with neon lights and skyscrappers.
            image_url: The image URL whose background needs to be replaced. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
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
                "style_preset": style_preset,
                "prompt": prompt,
                "image_url": image_url,
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
        style_preset: Literal[
            "80S_ILLUSTRATION",
            "90S_NOSTALGIA",
            "ABSTRACT_ORGANIC",
            "ANALOG_NOSTALGIA",
            "ART_BRUT",
            "ART_DECO",
            "ART_POSTER",
            "AURA",
            "AVANT_GARDE",
            "BAUHAUS",
            "BLUEPRINT",
            "BLURRY_MOTION",
            "BRIGHT_ART",
            "C4D_CARTOON",
            "CHILDRENS_BOOK",
            "COLLAGE",
            "COLORING_BOOK_I",
            "COLORING_BOOK_II",
            "CUBISM",
            "DARK_AURA",
            "DOODLE",
            "DOUBLE_EXPOSURE",
            "DRAMATIC_CINEMA",
            "EDITORIAL",
            "EMOTIONAL_MINIMAL",
            "ETHEREAL_PARTY",
            "EXPIRED_FILM",
            "FLAT_ART",
            "FLAT_VECTOR",
            "FOREST_REVERIE",
            "GEO_MINIMALIST",
            "GLASS_PRISM",
            "GOLDEN_HOUR",
            "GRAFFITI_I",
            "GRAFFITI_II",
            "HALFTONE_PRINT",
            "HIGH_CONTRAST",
            "HIPPIE_ERA",
            "ICONIC",
            "JAPANDI_FUSION",
            "JAZZY",
            "LONG_EXPOSURE",
            "MAGAZINE_EDITORIAL",
            "MINIMAL_ILLUSTRATION",
            "MIXED_MEDIA",
            "MONOCHROME",
            "NIGHTLIFE",
            "OIL_PAINTING",
            "OLD_CARTOONS",
            "PAINT_GESTURE",
            "POP_ART",
            "RETRO_ETCHING",
            "RIVIERA_POP",
            "SPOTLIGHT_80S",
            "STYLIZED_RED",
            "SURREAL_COLLAGE",
            "TRAVEL_POSTER",
            "VINTAGE_GEO",
            "VINTAGE_POSTER",
            "WATERCOLOR",
            "WEIRD",
            "WOODBLOCK_PRINT",
        ]
        | None
        | Omit = omit,
        prompt: str,
        image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[IdeogramV3ReplaceBackgroundOutput]:
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
            style_preset: Style preset for generation. The chosen style preset will guide the
                generation.
            prompt: Cyber punk city with neon lights and skyscrappers.
            image_url: The image URL whose background needs to be replaced. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
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
                "style_preset": style_preset,
                "prompt": prompt,
                "image_url": image_url,
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
        style_preset: Literal[
            "80S_ILLUSTRATION",
            "90S_NOSTALGIA",
            "ABSTRACT_ORGANIC",
            "ANALOG_NOSTALGIA",
            "ART_BRUT",
            "ART_DECO",
            "ART_POSTER",
            "AURA",
            "AVANT_GARDE",
            "BAUHAUS",
            "BLUEPRINT",
            "BLURRY_MOTION",
            "BRIGHT_ART",
            "C4D_CARTOON",
            "CHILDRENS_BOOK",
            "COLLAGE",
            "COLORING_BOOK_I",
            "COLORING_BOOK_II",
            "CUBISM",
            "DARK_AURA",
            "DOODLE",
            "DOUBLE_EXPOSURE",
            "DRAMATIC_CINEMA",
            "EDITORIAL",
            "EMOTIONAL_MINIMAL",
            "ETHEREAL_PARTY",
            "EXPIRED_FILM",
            "FLAT_ART",
            "FLAT_VECTOR",
            "FOREST_REVERIE",
            "GEO_MINIMALIST",
            "GLASS_PRISM",
            "GOLDEN_HOUR",
            "GRAFFITI_I",
            "GRAFFITI_II",
            "HALFTONE_PRINT",
            "HIGH_CONTRAST",
            "HIPPIE_ERA",
            "ICONIC",
            "JAPANDI_FUSION",
            "JAZZY",
            "LONG_EXPOSURE",
            "MAGAZINE_EDITORIAL",
            "MINIMAL_ILLUSTRATION",
            "MIXED_MEDIA",
            "MONOCHROME",
            "NIGHTLIFE",
            "OIL_PAINTING",
            "OLD_CARTOONS",
            "PAINT_GESTURE",
            "POP_ART",
            "RETRO_ETCHING",
            "RIVIERA_POP",
            "SPOTLIGHT_80S",
            "STYLIZED_RED",
            "SURREAL_COLLAGE",
            "TRAVEL_POSTER",
            "VINTAGE_GEO",
            "VINTAGE_POSTER",
            "WATERCOLOR",
            "WEIRD",
            "WOODBLOCK_PRINT",
        ]
        | None
        | Omit = omit,
        prompt: str,
        image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> IdeogramV3ReplaceBackgroundOutput:
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
            style_preset: Style preset for generation. The chosen style preset will guide the
                generation.
            prompt: Cyber punk city with neon lights and skyscrappers.
            image_url: The image URL whose background needs to be replaced. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
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
                "style_preset": style_preset,
                "prompt": prompt,
                "image_url": image_url,
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
        style_preset: Literal[
            "80S_ILLUSTRATION",
            "90S_NOSTALGIA",
            "ABSTRACT_ORGANIC",
            "ANALOG_NOSTALGIA",
            "ART_BRUT",
            "ART_DECO",
            "ART_POSTER",
            "AURA",
            "AVANT_GARDE",
            "BAUHAUS",
            "BLUEPRINT",
            "BLURRY_MOTION",
            "BRIGHT_ART",
            "C4D_CARTOON",
            "CHILDRENS_BOOK",
            "COLLAGE",
            "COLORING_BOOK_I",
            "COLORING_BOOK_II",
            "CUBISM",
            "DARK_AURA",
            "DOODLE",
            "DOUBLE_EXPOSURE",
            "DRAMATIC_CINEMA",
            "EDITORIAL",
            "EMOTIONAL_MINIMAL",
            "ETHEREAL_PARTY",
            "EXPIRED_FILM",
            "FLAT_ART",
            "FLAT_VECTOR",
            "FOREST_REVERIE",
            "GEO_MINIMALIST",
            "GLASS_PRISM",
            "GOLDEN_HOUR",
            "GRAFFITI_I",
            "GRAFFITI_II",
            "HALFTONE_PRINT",
            "HIGH_CONTRAST",
            "HIPPIE_ERA",
            "ICONIC",
            "JAPANDI_FUSION",
            "JAZZY",
            "LONG_EXPOSURE",
            "MAGAZINE_EDITORIAL",
            "MINIMAL_ILLUSTRATION",
            "MIXED_MEDIA",
            "MONOCHROME",
            "NIGHTLIFE",
            "OIL_PAINTING",
            "OLD_CARTOONS",
            "PAINT_GESTURE",
            "POP_ART",
            "RETRO_ETCHING",
            "RIVIERA_POP",
            "SPOTLIGHT_80S",
            "STYLIZED_RED",
            "SURREAL_COLLAGE",
            "TRAVEL_POSTER",
            "VINTAGE_GEO",
            "VINTAGE_POSTER",
            "WATERCOLOR",
            "WEIRD",
            "WOODBLOCK_PRINT",
        ]
        | None
        | Omit = omit,
        prompt: str,
        image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[IdeogramV3ReplaceBackgroundOutput]:
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
            style_preset: Style preset for generation. The chosen style preset will guide the
                generation.
            prompt: Cyber punk city with neon lights and skyscrappers.
            image_url: The image URL whose background needs to be replaced. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
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
                "style_preset": style_preset,
                "prompt": prompt,
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)
