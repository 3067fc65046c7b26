# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/recraft/v3/image-to-image` (Recraft V3 Image To Image)."""

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
from fal_models.models.recraft_v3_image_to_image import (
    RecraftV3ImageToImageInput,
    RecraftV3ImageToImageOutput,
    RGBColor,
)

__all__ = [
    "RecraftV3ImageToImage",
    "AsyncRecraftV3ImageToImage",
    "RecraftV3ImageToImageInput",
    "RecraftV3ImageToImageOutput",
]


class RecraftV3ImageToImage(SyncEndpoint[RecraftV3ImageToImageInput, RecraftV3ImageToImageOutput]):
    """Recraft V3 Image To Image (`fal-ai/recraft/v3/image-to-image`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/recraft/v3/image-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/recraft/v3/image-to-image"
    input_model: ClassVar[type[RecraftV3ImageToImageInput]] = RecraftV3ImageToImageInput
    output_model: ClassVar[type[RecraftV3ImageToImageOutput]] = RecraftV3ImageToImageOutput
    Input = RecraftV3ImageToImageInput
    Output = RecraftV3ImageToImageOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        strength: float | Omit = omit,
        style: Literal[
            "any",
            "realistic_image",
            "digital_illustration",
            "vector_illustration",
            "realistic_image/b_and_w",
            "realistic_image/hard_flash",
            "realistic_image/hdr",
            "realistic_image/natural_light",
            "realistic_image/studio_portrait",
            "realistic_image/enterprise",
            "realistic_image/motion_blur",
            "realistic_image/evening_light",
            "realistic_image/faded_nostalgia",
            "realistic_image/forest_life",
            "realistic_image/mystic_naturalism",
            "realistic_image/natural_tones",
            "realistic_image/organic_calm",
            "realistic_image/real_life_glow",
            "realistic_image/retro_realism",
            "realistic_image/retro_snapshot",
            "realistic_image/urban_drama",
            "realistic_image/village_realism",
            "realistic_image/warm_folk",
            "digital_illustration/pixel_art",
            "digital_illustration/hand_drawn",
            "digital_illustration/grain",
            "digital_illustration/infantile_sketch",
            "digital_illustration/2d_art_poster",
            "digital_illustration/handmade_3d",
            "digital_illustration/hand_drawn_outline",
            "digital_illustration/engraving_color",
            "digital_illustration/2d_art_poster_2",
            "digital_illustration/antiquarian",
            "digital_illustration/bold_fantasy",
            "digital_illustration/child_book",
            "digital_illustration/child_books",
            "digital_illustration/cover",
            "digital_illustration/crosshatch",
            "digital_illustration/digital_engraving",
            "digital_illustration/expressionism",
            "digital_illustration/freehand_details",
            "digital_illustration/grain_20",
            "digital_illustration/graphic_intensity",
            "digital_illustration/hard_comics",
            "digital_illustration/long_shadow",
            "digital_illustration/modern_folk",
            "digital_illustration/multicolor",
            "digital_illustration/neon_calm",
            "digital_illustration/noir",
            "digital_illustration/nostalgic_pastel",
            "digital_illustration/outline_details",
            "digital_illustration/pastel_gradient",
            "digital_illustration/pastel_sketch",
            "digital_illustration/pop_art",
            "digital_illustration/pop_renaissance",
            "digital_illustration/street_art",
            "digital_illustration/tablet_sketch",
            "digital_illustration/urban_glow",
            "digital_illustration/urban_sketching",
            "digital_illustration/vanilla_dreams",
            "digital_illustration/young_adult_book",
            "digital_illustration/young_adult_book_2",
            "vector_illustration/bold_stroke",
            "vector_illustration/chemistry",
            "vector_illustration/colored_stencil",
            "vector_illustration/contour_pop_art",
            "vector_illustration/cosmics",
            "vector_illustration/cutout",
            "vector_illustration/depressive",
            "vector_illustration/editorial",
            "vector_illustration/emotional_flat",
            "vector_illustration/infographical",
            "vector_illustration/marker_outline",
            "vector_illustration/mosaic",
            "vector_illustration/naivector",
            "vector_illustration/roundish_flat",
            "vector_illustration/segmented_colors",
            "vector_illustration/sharp_contrast",
            "vector_illustration/thin",
            "vector_illustration/vector_photo",
            "vector_illustration/vivid_shapes",
            "vector_illustration/engraving",
            "vector_illustration/line_art",
            "vector_illustration/line_circuit",
            "vector_illustration/linocut",
        ]
        | Omit = omit,
        colors: list[RGBColor] | Omit = omit,
        style_id: str | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> RecraftV3ImageToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: A text description of areas to change. Limits: min length 1, max length 1000.
            image_url: The URL of the image to modify. Must be less than 5 MB in size, have
                resolution less than 16 MP and max dimension less than 4096 pixels. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            strength: Defines the difference with the original image, should lie in [0, 1], where 0
                means almost identical, and 1 means miserable similarity. Default: 0.5. Limits:
                minimum 0, maximum 1.
            style: The style of the generated images. Vector images cost 2X as much. Default:
                "realistic_image".
            colors: An array of preferable colors. Default: [].
            style_id: The ID of the custom style reference (optional). Not checked by the client:
                format uuid4.
            negative_prompt: A text description of undesired elements on an image. Limits: max
                length 1000.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "strength": strength,
                "style": style,
                "colors": colors,
                "style_id": style_id,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        strength: float | Omit = omit,
        style: Literal[
            "any",
            "realistic_image",
            "digital_illustration",
            "vector_illustration",
            "realistic_image/b_and_w",
            "realistic_image/hard_flash",
            "realistic_image/hdr",
            "realistic_image/natural_light",
            "realistic_image/studio_portrait",
            "realistic_image/enterprise",
            "realistic_image/motion_blur",
            "realistic_image/evening_light",
            "realistic_image/faded_nostalgia",
            "realistic_image/forest_life",
            "realistic_image/mystic_naturalism",
            "realistic_image/natural_tones",
            "realistic_image/organic_calm",
            "realistic_image/real_life_glow",
            "realistic_image/retro_realism",
            "realistic_image/retro_snapshot",
            "realistic_image/urban_drama",
            "realistic_image/village_realism",
            "realistic_image/warm_folk",
            "digital_illustration/pixel_art",
            "digital_illustration/hand_drawn",
            "digital_illustration/grain",
            "digital_illustration/infantile_sketch",
            "digital_illustration/2d_art_poster",
            "digital_illustration/handmade_3d",
            "digital_illustration/hand_drawn_outline",
            "digital_illustration/engraving_color",
            "digital_illustration/2d_art_poster_2",
            "digital_illustration/antiquarian",
            "digital_illustration/bold_fantasy",
            "digital_illustration/child_book",
            "digital_illustration/child_books",
            "digital_illustration/cover",
            "digital_illustration/crosshatch",
            "digital_illustration/digital_engraving",
            "digital_illustration/expressionism",
            "digital_illustration/freehand_details",
            "digital_illustration/grain_20",
            "digital_illustration/graphic_intensity",
            "digital_illustration/hard_comics",
            "digital_illustration/long_shadow",
            "digital_illustration/modern_folk",
            "digital_illustration/multicolor",
            "digital_illustration/neon_calm",
            "digital_illustration/noir",
            "digital_illustration/nostalgic_pastel",
            "digital_illustration/outline_details",
            "digital_illustration/pastel_gradient",
            "digital_illustration/pastel_sketch",
            "digital_illustration/pop_art",
            "digital_illustration/pop_renaissance",
            "digital_illustration/street_art",
            "digital_illustration/tablet_sketch",
            "digital_illustration/urban_glow",
            "digital_illustration/urban_sketching",
            "digital_illustration/vanilla_dreams",
            "digital_illustration/young_adult_book",
            "digital_illustration/young_adult_book_2",
            "vector_illustration/bold_stroke",
            "vector_illustration/chemistry",
            "vector_illustration/colored_stencil",
            "vector_illustration/contour_pop_art",
            "vector_illustration/cosmics",
            "vector_illustration/cutout",
            "vector_illustration/depressive",
            "vector_illustration/editorial",
            "vector_illustration/emotional_flat",
            "vector_illustration/infographical",
            "vector_illustration/marker_outline",
            "vector_illustration/mosaic",
            "vector_illustration/naivector",
            "vector_illustration/roundish_flat",
            "vector_illustration/segmented_colors",
            "vector_illustration/sharp_contrast",
            "vector_illustration/thin",
            "vector_illustration/vector_photo",
            "vector_illustration/vivid_shapes",
            "vector_illustration/engraving",
            "vector_illustration/line_art",
            "vector_illustration/line_circuit",
            "vector_illustration/linocut",
        ]
        | Omit = omit,
        colors: list[RGBColor] | Omit = omit,
        style_id: str | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[RecraftV3ImageToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: A text description of areas to change. Limits: min length 1, max length 1000.
            image_url: The URL of the image to modify. Must be less than 5 MB in size, have
                resolution less than 16 MP and max dimension less than 4096 pixels. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            strength: Defines the difference with the original image, should lie in [0, 1], where 0
                means almost identical, and 1 means miserable similarity. Default: 0.5. Limits:
                minimum 0, maximum 1.
            style: The style of the generated images. Vector images cost 2X as much. Default:
                "realistic_image".
            colors: An array of preferable colors. Default: [].
            style_id: The ID of the custom style reference (optional). Not checked by the client:
                format uuid4.
            negative_prompt: A text description of undesired elements on an image. Limits: max
                length 1000.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "strength": strength,
                "style": style,
                "colors": colors,
                "style_id": style_id,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        strength: float | Omit = omit,
        style: Literal[
            "any",
            "realistic_image",
            "digital_illustration",
            "vector_illustration",
            "realistic_image/b_and_w",
            "realistic_image/hard_flash",
            "realistic_image/hdr",
            "realistic_image/natural_light",
            "realistic_image/studio_portrait",
            "realistic_image/enterprise",
            "realistic_image/motion_blur",
            "realistic_image/evening_light",
            "realistic_image/faded_nostalgia",
            "realistic_image/forest_life",
            "realistic_image/mystic_naturalism",
            "realistic_image/natural_tones",
            "realistic_image/organic_calm",
            "realistic_image/real_life_glow",
            "realistic_image/retro_realism",
            "realistic_image/retro_snapshot",
            "realistic_image/urban_drama",
            "realistic_image/village_realism",
            "realistic_image/warm_folk",
            "digital_illustration/pixel_art",
            "digital_illustration/hand_drawn",
            "digital_illustration/grain",
            "digital_illustration/infantile_sketch",
            "digital_illustration/2d_art_poster",
            "digital_illustration/handmade_3d",
            "digital_illustration/hand_drawn_outline",
            "digital_illustration/engraving_color",
            "digital_illustration/2d_art_poster_2",
            "digital_illustration/antiquarian",
            "digital_illustration/bold_fantasy",
            "digital_illustration/child_book",
            "digital_illustration/child_books",
            "digital_illustration/cover",
            "digital_illustration/crosshatch",
            "digital_illustration/digital_engraving",
            "digital_illustration/expressionism",
            "digital_illustration/freehand_details",
            "digital_illustration/grain_20",
            "digital_illustration/graphic_intensity",
            "digital_illustration/hard_comics",
            "digital_illustration/long_shadow",
            "digital_illustration/modern_folk",
            "digital_illustration/multicolor",
            "digital_illustration/neon_calm",
            "digital_illustration/noir",
            "digital_illustration/nostalgic_pastel",
            "digital_illustration/outline_details",
            "digital_illustration/pastel_gradient",
            "digital_illustration/pastel_sketch",
            "digital_illustration/pop_art",
            "digital_illustration/pop_renaissance",
            "digital_illustration/street_art",
            "digital_illustration/tablet_sketch",
            "digital_illustration/urban_glow",
            "digital_illustration/urban_sketching",
            "digital_illustration/vanilla_dreams",
            "digital_illustration/young_adult_book",
            "digital_illustration/young_adult_book_2",
            "vector_illustration/bold_stroke",
            "vector_illustration/chemistry",
            "vector_illustration/colored_stencil",
            "vector_illustration/contour_pop_art",
            "vector_illustration/cosmics",
            "vector_illustration/cutout",
            "vector_illustration/depressive",
            "vector_illustration/editorial",
            "vector_illustration/emotional_flat",
            "vector_illustration/infographical",
            "vector_illustration/marker_outline",
            "vector_illustration/mosaic",
            "vector_illustration/naivector",
            "vector_illustration/roundish_flat",
            "vector_illustration/segmented_colors",
            "vector_illustration/sharp_contrast",
            "vector_illustration/thin",
            "vector_illustration/vector_photo",
            "vector_illustration/vivid_shapes",
            "vector_illustration/engraving",
            "vector_illustration/line_art",
            "vector_illustration/line_circuit",
            "vector_illustration/linocut",
        ]
        | Omit = omit,
        colors: list[RGBColor] | Omit = omit,
        style_id: str | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> RecraftV3ImageToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: A text description of areas to change. Limits: min length 1, max length 1000.
            image_url: The URL of the image to modify. Must be less than 5 MB in size, have
                resolution less than 16 MP and max dimension less than 4096 pixels. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            strength: Defines the difference with the original image, should lie in [0, 1], where 0
                means almost identical, and 1 means miserable similarity. Default: 0.5. Limits:
                minimum 0, maximum 1.
            style: The style of the generated images. Vector images cost 2X as much. Default:
                "realistic_image".
            colors: An array of preferable colors. Default: [].
            style_id: The ID of the custom style reference (optional). Not checked by the client:
                format uuid4.
            negative_prompt: A text description of undesired elements on an image. Limits: max
                length 1000.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "strength": strength,
                "style": style,
                "colors": colors,
                "style_id": style_id,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        strength: float | Omit = omit,
        style: Literal[
            "any",
            "realistic_image",
            "digital_illustration",
            "vector_illustration",
            "realistic_image/b_and_w",
            "realistic_image/hard_flash",
            "realistic_image/hdr",
            "realistic_image/natural_light",
            "realistic_image/studio_portrait",
            "realistic_image/enterprise",
            "realistic_image/motion_blur",
            "realistic_image/evening_light",
            "realistic_image/faded_nostalgia",
            "realistic_image/forest_life",
            "realistic_image/mystic_naturalism",
            "realistic_image/natural_tones",
            "realistic_image/organic_calm",
            "realistic_image/real_life_glow",
            "realistic_image/retro_realism",
            "realistic_image/retro_snapshot",
            "realistic_image/urban_drama",
            "realistic_image/village_realism",
            "realistic_image/warm_folk",
            "digital_illustration/pixel_art",
            "digital_illustration/hand_drawn",
            "digital_illustration/grain",
            "digital_illustration/infantile_sketch",
            "digital_illustration/2d_art_poster",
            "digital_illustration/handmade_3d",
            "digital_illustration/hand_drawn_outline",
            "digital_illustration/engraving_color",
            "digital_illustration/2d_art_poster_2",
            "digital_illustration/antiquarian",
            "digital_illustration/bold_fantasy",
            "digital_illustration/child_book",
            "digital_illustration/child_books",
            "digital_illustration/cover",
            "digital_illustration/crosshatch",
            "digital_illustration/digital_engraving",
            "digital_illustration/expressionism",
            "digital_illustration/freehand_details",
            "digital_illustration/grain_20",
            "digital_illustration/graphic_intensity",
            "digital_illustration/hard_comics",
            "digital_illustration/long_shadow",
            "digital_illustration/modern_folk",
            "digital_illustration/multicolor",
            "digital_illustration/neon_calm",
            "digital_illustration/noir",
            "digital_illustration/nostalgic_pastel",
            "digital_illustration/outline_details",
            "digital_illustration/pastel_gradient",
            "digital_illustration/pastel_sketch",
            "digital_illustration/pop_art",
            "digital_illustration/pop_renaissance",
            "digital_illustration/street_art",
            "digital_illustration/tablet_sketch",
            "digital_illustration/urban_glow",
            "digital_illustration/urban_sketching",
            "digital_illustration/vanilla_dreams",
            "digital_illustration/young_adult_book",
            "digital_illustration/young_adult_book_2",
            "vector_illustration/bold_stroke",
            "vector_illustration/chemistry",
            "vector_illustration/colored_stencil",
            "vector_illustration/contour_pop_art",
            "vector_illustration/cosmics",
            "vector_illustration/cutout",
            "vector_illustration/depressive",
            "vector_illustration/editorial",
            "vector_illustration/emotional_flat",
            "vector_illustration/infographical",
            "vector_illustration/marker_outline",
            "vector_illustration/mosaic",
            "vector_illustration/naivector",
            "vector_illustration/roundish_flat",
            "vector_illustration/segmented_colors",
            "vector_illustration/sharp_contrast",
            "vector_illustration/thin",
            "vector_illustration/vector_photo",
            "vector_illustration/vivid_shapes",
            "vector_illustration/engraving",
            "vector_illustration/line_art",
            "vector_illustration/line_circuit",
            "vector_illustration/linocut",
        ]
        | Omit = omit,
        colors: list[RGBColor] | Omit = omit,
        style_id: str | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[RecraftV3ImageToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: A text description of areas to change. Limits: min length 1, max length 1000.
            image_url: The URL of the image to modify. Must be less than 5 MB in size, have
                resolution less than 16 MP and max dimension less than 4096 pixels. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            strength: Defines the difference with the original image, should lie in [0, 1], where 0
                means almost identical, and 1 means miserable similarity. Default: 0.5. Limits:
                minimum 0, maximum 1.
            style: The style of the generated images. Vector images cost 2X as much. Default:
                "realistic_image".
            colors: An array of preferable colors. Default: [].
            style_id: The ID of the custom style reference (optional). Not checked by the client:
                format uuid4.
            negative_prompt: A text description of undesired elements on an image. Limits: max
                length 1000.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "strength": strength,
                "style": style,
                "colors": colors,
                "style_id": style_id,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncRecraftV3ImageToImage(
    AsyncEndpoint[RecraftV3ImageToImageInput, RecraftV3ImageToImageOutput]
):
    """Recraft V3 Image To Image (`fal-ai/recraft/v3/image-to-image`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/recraft/v3/image-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/recraft/v3/image-to-image"
    input_model: ClassVar[type[RecraftV3ImageToImageInput]] = RecraftV3ImageToImageInput
    output_model: ClassVar[type[RecraftV3ImageToImageOutput]] = RecraftV3ImageToImageOutput
    Input = RecraftV3ImageToImageInput
    Output = RecraftV3ImageToImageOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        strength: float | Omit = omit,
        style: Literal[
            "any",
            "realistic_image",
            "digital_illustration",
            "vector_illustration",
            "realistic_image/b_and_w",
            "realistic_image/hard_flash",
            "realistic_image/hdr",
            "realistic_image/natural_light",
            "realistic_image/studio_portrait",
            "realistic_image/enterprise",
            "realistic_image/motion_blur",
            "realistic_image/evening_light",
            "realistic_image/faded_nostalgia",
            "realistic_image/forest_life",
            "realistic_image/mystic_naturalism",
            "realistic_image/natural_tones",
            "realistic_image/organic_calm",
            "realistic_image/real_life_glow",
            "realistic_image/retro_realism",
            "realistic_image/retro_snapshot",
            "realistic_image/urban_drama",
            "realistic_image/village_realism",
            "realistic_image/warm_folk",
            "digital_illustration/pixel_art",
            "digital_illustration/hand_drawn",
            "digital_illustration/grain",
            "digital_illustration/infantile_sketch",
            "digital_illustration/2d_art_poster",
            "digital_illustration/handmade_3d",
            "digital_illustration/hand_drawn_outline",
            "digital_illustration/engraving_color",
            "digital_illustration/2d_art_poster_2",
            "digital_illustration/antiquarian",
            "digital_illustration/bold_fantasy",
            "digital_illustration/child_book",
            "digital_illustration/child_books",
            "digital_illustration/cover",
            "digital_illustration/crosshatch",
            "digital_illustration/digital_engraving",
            "digital_illustration/expressionism",
            "digital_illustration/freehand_details",
            "digital_illustration/grain_20",
            "digital_illustration/graphic_intensity",
            "digital_illustration/hard_comics",
            "digital_illustration/long_shadow",
            "digital_illustration/modern_folk",
            "digital_illustration/multicolor",
            "digital_illustration/neon_calm",
            "digital_illustration/noir",
            "digital_illustration/nostalgic_pastel",
            "digital_illustration/outline_details",
            "digital_illustration/pastel_gradient",
            "digital_illustration/pastel_sketch",
            "digital_illustration/pop_art",
            "digital_illustration/pop_renaissance",
            "digital_illustration/street_art",
            "digital_illustration/tablet_sketch",
            "digital_illustration/urban_glow",
            "digital_illustration/urban_sketching",
            "digital_illustration/vanilla_dreams",
            "digital_illustration/young_adult_book",
            "digital_illustration/young_adult_book_2",
            "vector_illustration/bold_stroke",
            "vector_illustration/chemistry",
            "vector_illustration/colored_stencil",
            "vector_illustration/contour_pop_art",
            "vector_illustration/cosmics",
            "vector_illustration/cutout",
            "vector_illustration/depressive",
            "vector_illustration/editorial",
            "vector_illustration/emotional_flat",
            "vector_illustration/infographical",
            "vector_illustration/marker_outline",
            "vector_illustration/mosaic",
            "vector_illustration/naivector",
            "vector_illustration/roundish_flat",
            "vector_illustration/segmented_colors",
            "vector_illustration/sharp_contrast",
            "vector_illustration/thin",
            "vector_illustration/vector_photo",
            "vector_illustration/vivid_shapes",
            "vector_illustration/engraving",
            "vector_illustration/line_art",
            "vector_illustration/line_circuit",
            "vector_illustration/linocut",
        ]
        | Omit = omit,
        colors: list[RGBColor] | Omit = omit,
        style_id: str | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> RecraftV3ImageToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: A text description of areas to change. Limits: min length 1, max length 1000.
            image_url: The URL of the image to modify. Must be less than 5 MB in size, have
                resolution less than 16 MP and max dimension less than 4096 pixels. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            strength: Defines the difference with the original image, should lie in [0, 1], where 0
                means almost identical, and 1 means miserable similarity. Default: 0.5. Limits:
                minimum 0, maximum 1.
            style: The style of the generated images. Vector images cost 2X as much. Default:
                "realistic_image".
            colors: An array of preferable colors. Default: [].
            style_id: The ID of the custom style reference (optional). Not checked by the client:
                format uuid4.
            negative_prompt: A text description of undesired elements on an image. Limits: max
                length 1000.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "strength": strength,
                "style": style,
                "colors": colors,
                "style_id": style_id,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        strength: float | Omit = omit,
        style: Literal[
            "any",
            "realistic_image",
            "digital_illustration",
            "vector_illustration",
            "realistic_image/b_and_w",
            "realistic_image/hard_flash",
            "realistic_image/hdr",
            "realistic_image/natural_light",
            "realistic_image/studio_portrait",
            "realistic_image/enterprise",
            "realistic_image/motion_blur",
            "realistic_image/evening_light",
            "realistic_image/faded_nostalgia",
            "realistic_image/forest_life",
            "realistic_image/mystic_naturalism",
            "realistic_image/natural_tones",
            "realistic_image/organic_calm",
            "realistic_image/real_life_glow",
            "realistic_image/retro_realism",
            "realistic_image/retro_snapshot",
            "realistic_image/urban_drama",
            "realistic_image/village_realism",
            "realistic_image/warm_folk",
            "digital_illustration/pixel_art",
            "digital_illustration/hand_drawn",
            "digital_illustration/grain",
            "digital_illustration/infantile_sketch",
            "digital_illustration/2d_art_poster",
            "digital_illustration/handmade_3d",
            "digital_illustration/hand_drawn_outline",
            "digital_illustration/engraving_color",
            "digital_illustration/2d_art_poster_2",
            "digital_illustration/antiquarian",
            "digital_illustration/bold_fantasy",
            "digital_illustration/child_book",
            "digital_illustration/child_books",
            "digital_illustration/cover",
            "digital_illustration/crosshatch",
            "digital_illustration/digital_engraving",
            "digital_illustration/expressionism",
            "digital_illustration/freehand_details",
            "digital_illustration/grain_20",
            "digital_illustration/graphic_intensity",
            "digital_illustration/hard_comics",
            "digital_illustration/long_shadow",
            "digital_illustration/modern_folk",
            "digital_illustration/multicolor",
            "digital_illustration/neon_calm",
            "digital_illustration/noir",
            "digital_illustration/nostalgic_pastel",
            "digital_illustration/outline_details",
            "digital_illustration/pastel_gradient",
            "digital_illustration/pastel_sketch",
            "digital_illustration/pop_art",
            "digital_illustration/pop_renaissance",
            "digital_illustration/street_art",
            "digital_illustration/tablet_sketch",
            "digital_illustration/urban_glow",
            "digital_illustration/urban_sketching",
            "digital_illustration/vanilla_dreams",
            "digital_illustration/young_adult_book",
            "digital_illustration/young_adult_book_2",
            "vector_illustration/bold_stroke",
            "vector_illustration/chemistry",
            "vector_illustration/colored_stencil",
            "vector_illustration/contour_pop_art",
            "vector_illustration/cosmics",
            "vector_illustration/cutout",
            "vector_illustration/depressive",
            "vector_illustration/editorial",
            "vector_illustration/emotional_flat",
            "vector_illustration/infographical",
            "vector_illustration/marker_outline",
            "vector_illustration/mosaic",
            "vector_illustration/naivector",
            "vector_illustration/roundish_flat",
            "vector_illustration/segmented_colors",
            "vector_illustration/sharp_contrast",
            "vector_illustration/thin",
            "vector_illustration/vector_photo",
            "vector_illustration/vivid_shapes",
            "vector_illustration/engraving",
            "vector_illustration/line_art",
            "vector_illustration/line_circuit",
            "vector_illustration/linocut",
        ]
        | Omit = omit,
        colors: list[RGBColor] | Omit = omit,
        style_id: str | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[RecraftV3ImageToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: A text description of areas to change. Limits: min length 1, max length 1000.
            image_url: The URL of the image to modify. Must be less than 5 MB in size, have
                resolution less than 16 MP and max dimension less than 4096 pixels. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            strength: Defines the difference with the original image, should lie in [0, 1], where 0
                means almost identical, and 1 means miserable similarity. Default: 0.5. Limits:
                minimum 0, maximum 1.
            style: The style of the generated images. Vector images cost 2X as much. Default:
                "realistic_image".
            colors: An array of preferable colors. Default: [].
            style_id: The ID of the custom style reference (optional). Not checked by the client:
                format uuid4.
            negative_prompt: A text description of undesired elements on an image. Limits: max
                length 1000.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "strength": strength,
                "style": style,
                "colors": colors,
                "style_id": style_id,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        strength: float | Omit = omit,
        style: Literal[
            "any",
            "realistic_image",
            "digital_illustration",
            "vector_illustration",
            "realistic_image/b_and_w",
            "realistic_image/hard_flash",
            "realistic_image/hdr",
            "realistic_image/natural_light",
            "realistic_image/studio_portrait",
            "realistic_image/enterprise",
            "realistic_image/motion_blur",
            "realistic_image/evening_light",
            "realistic_image/faded_nostalgia",
            "realistic_image/forest_life",
            "realistic_image/mystic_naturalism",
            "realistic_image/natural_tones",
            "realistic_image/organic_calm",
            "realistic_image/real_life_glow",
            "realistic_image/retro_realism",
            "realistic_image/retro_snapshot",
            "realistic_image/urban_drama",
            "realistic_image/village_realism",
            "realistic_image/warm_folk",
            "digital_illustration/pixel_art",
            "digital_illustration/hand_drawn",
            "digital_illustration/grain",
            "digital_illustration/infantile_sketch",
            "digital_illustration/2d_art_poster",
            "digital_illustration/handmade_3d",
            "digital_illustration/hand_drawn_outline",
            "digital_illustration/engraving_color",
            "digital_illustration/2d_art_poster_2",
            "digital_illustration/antiquarian",
            "digital_illustration/bold_fantasy",
            "digital_illustration/child_book",
            "digital_illustration/child_books",
            "digital_illustration/cover",
            "digital_illustration/crosshatch",
            "digital_illustration/digital_engraving",
            "digital_illustration/expressionism",
            "digital_illustration/freehand_details",
            "digital_illustration/grain_20",
            "digital_illustration/graphic_intensity",
            "digital_illustration/hard_comics",
            "digital_illustration/long_shadow",
            "digital_illustration/modern_folk",
            "digital_illustration/multicolor",
            "digital_illustration/neon_calm",
            "digital_illustration/noir",
            "digital_illustration/nostalgic_pastel",
            "digital_illustration/outline_details",
            "digital_illustration/pastel_gradient",
            "digital_illustration/pastel_sketch",
            "digital_illustration/pop_art",
            "digital_illustration/pop_renaissance",
            "digital_illustration/street_art",
            "digital_illustration/tablet_sketch",
            "digital_illustration/urban_glow",
            "digital_illustration/urban_sketching",
            "digital_illustration/vanilla_dreams",
            "digital_illustration/young_adult_book",
            "digital_illustration/young_adult_book_2",
            "vector_illustration/bold_stroke",
            "vector_illustration/chemistry",
            "vector_illustration/colored_stencil",
            "vector_illustration/contour_pop_art",
            "vector_illustration/cosmics",
            "vector_illustration/cutout",
            "vector_illustration/depressive",
            "vector_illustration/editorial",
            "vector_illustration/emotional_flat",
            "vector_illustration/infographical",
            "vector_illustration/marker_outline",
            "vector_illustration/mosaic",
            "vector_illustration/naivector",
            "vector_illustration/roundish_flat",
            "vector_illustration/segmented_colors",
            "vector_illustration/sharp_contrast",
            "vector_illustration/thin",
            "vector_illustration/vector_photo",
            "vector_illustration/vivid_shapes",
            "vector_illustration/engraving",
            "vector_illustration/line_art",
            "vector_illustration/line_circuit",
            "vector_illustration/linocut",
        ]
        | Omit = omit,
        colors: list[RGBColor] | Omit = omit,
        style_id: str | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> RecraftV3ImageToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: A text description of areas to change. Limits: min length 1, max length 1000.
            image_url: The URL of the image to modify. Must be less than 5 MB in size, have
                resolution less than 16 MP and max dimension less than 4096 pixels. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            strength: Defines the difference with the original image, should lie in [0, 1], where 0
                means almost identical, and 1 means miserable similarity. Default: 0.5. Limits:
                minimum 0, maximum 1.
            style: The style of the generated images. Vector images cost 2X as much. Default:
                "realistic_image".
            colors: An array of preferable colors. Default: [].
            style_id: The ID of the custom style reference (optional). Not checked by the client:
                format uuid4.
            negative_prompt: A text description of undesired elements on an image. Limits: max
                length 1000.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "strength": strength,
                "style": style,
                "colors": colors,
                "style_id": style_id,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        strength: float | Omit = omit,
        style: Literal[
            "any",
            "realistic_image",
            "digital_illustration",
            "vector_illustration",
            "realistic_image/b_and_w",
            "realistic_image/hard_flash",
            "realistic_image/hdr",
            "realistic_image/natural_light",
            "realistic_image/studio_portrait",
            "realistic_image/enterprise",
            "realistic_image/motion_blur",
            "realistic_image/evening_light",
            "realistic_image/faded_nostalgia",
            "realistic_image/forest_life",
            "realistic_image/mystic_naturalism",
            "realistic_image/natural_tones",
            "realistic_image/organic_calm",
            "realistic_image/real_life_glow",
            "realistic_image/retro_realism",
            "realistic_image/retro_snapshot",
            "realistic_image/urban_drama",
            "realistic_image/village_realism",
            "realistic_image/warm_folk",
            "digital_illustration/pixel_art",
            "digital_illustration/hand_drawn",
            "digital_illustration/grain",
            "digital_illustration/infantile_sketch",
            "digital_illustration/2d_art_poster",
            "digital_illustration/handmade_3d",
            "digital_illustration/hand_drawn_outline",
            "digital_illustration/engraving_color",
            "digital_illustration/2d_art_poster_2",
            "digital_illustration/antiquarian",
            "digital_illustration/bold_fantasy",
            "digital_illustration/child_book",
            "digital_illustration/child_books",
            "digital_illustration/cover",
            "digital_illustration/crosshatch",
            "digital_illustration/digital_engraving",
            "digital_illustration/expressionism",
            "digital_illustration/freehand_details",
            "digital_illustration/grain_20",
            "digital_illustration/graphic_intensity",
            "digital_illustration/hard_comics",
            "digital_illustration/long_shadow",
            "digital_illustration/modern_folk",
            "digital_illustration/multicolor",
            "digital_illustration/neon_calm",
            "digital_illustration/noir",
            "digital_illustration/nostalgic_pastel",
            "digital_illustration/outline_details",
            "digital_illustration/pastel_gradient",
            "digital_illustration/pastel_sketch",
            "digital_illustration/pop_art",
            "digital_illustration/pop_renaissance",
            "digital_illustration/street_art",
            "digital_illustration/tablet_sketch",
            "digital_illustration/urban_glow",
            "digital_illustration/urban_sketching",
            "digital_illustration/vanilla_dreams",
            "digital_illustration/young_adult_book",
            "digital_illustration/young_adult_book_2",
            "vector_illustration/bold_stroke",
            "vector_illustration/chemistry",
            "vector_illustration/colored_stencil",
            "vector_illustration/contour_pop_art",
            "vector_illustration/cosmics",
            "vector_illustration/cutout",
            "vector_illustration/depressive",
            "vector_illustration/editorial",
            "vector_illustration/emotional_flat",
            "vector_illustration/infographical",
            "vector_illustration/marker_outline",
            "vector_illustration/mosaic",
            "vector_illustration/naivector",
            "vector_illustration/roundish_flat",
            "vector_illustration/segmented_colors",
            "vector_illustration/sharp_contrast",
            "vector_illustration/thin",
            "vector_illustration/vector_photo",
            "vector_illustration/vivid_shapes",
            "vector_illustration/engraving",
            "vector_illustration/line_art",
            "vector_illustration/line_circuit",
            "vector_illustration/linocut",
        ]
        | Omit = omit,
        colors: list[RGBColor] | Omit = omit,
        style_id: str | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[RecraftV3ImageToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: A text description of areas to change. Limits: min length 1, max length 1000.
            image_url: The URL of the image to modify. Must be less than 5 MB in size, have
                resolution less than 16 MP and max dimension less than 4096 pixels. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            strength: Defines the difference with the original image, should lie in [0, 1], where 0
                means almost identical, and 1 means miserable similarity. Default: 0.5. Limits:
                minimum 0, maximum 1.
            style: The style of the generated images. Vector images cost 2X as much. Default:
                "realistic_image".
            colors: An array of preferable colors. Default: [].
            style_id: The ID of the custom style reference (optional). Not checked by the client:
                format uuid4.
            negative_prompt: A text description of undesired elements on an image. Limits: max
                length 1000.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "strength": strength,
                "style": style,
                "colors": colors,
                "style_id": style_id,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
