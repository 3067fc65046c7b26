# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/recraft/v3/create-style` (Recraft V3 Create Style)."""

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
from fal_models.models.recraft_v3_create_style import (
    RecraftV3CreateStyleInput,
    RecraftV3CreateStyleOutput,
)

__all__ = [
    "RecraftV3CreateStyle",
    "AsyncRecraftV3CreateStyle",
    "RecraftV3CreateStyleInput",
    "RecraftV3CreateStyleOutput",
]


class RecraftV3CreateStyle(SyncEndpoint[RecraftV3CreateStyleInput, RecraftV3CreateStyleOutput]):
    """Recraft V3 Create Style (`fal-ai/recraft/v3/create-style`).

    Category: training. Docs: https://fal.ai/models/fal-ai/recraft/v3/create-style/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/recraft/v3/create-style"
    input_model: ClassVar[type[RecraftV3CreateStyleInput]] = RecraftV3CreateStyleInput
    output_model: ClassVar[type[RecraftV3CreateStyleOutput]] = RecraftV3CreateStyleOutput
    Input = RecraftV3CreateStyleInput
    Output = RecraftV3CreateStyleOutput

    def subscribe(
        self,
        *,
        images_data_url: FileInput,
        base_style: Literal[
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
        **options: Unpack[SubscribeOptions],
    ) -> RecraftV3CreateStyleOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            images_data_url: URL to zip archive with images, use PNG format. Maximum 5 images are
                allowed. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            base_style: The base style of the generated images, this topic is covered above.
                Default: "digital_illustration".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "base_style": base_style,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        images_data_url: FileInput,
        base_style: Literal[
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
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[RecraftV3CreateStyleOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            images_data_url: URL to zip archive with images, use PNG format. Maximum 5 images are
                allowed. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            base_style: The base style of the generated images, this topic is covered above.
                Default: "digital_illustration".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "base_style": base_style,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        images_data_url: FileInput,
        base_style: Literal[
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
        **options: Unpack[RunOptions],
    ) -> RecraftV3CreateStyleOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            images_data_url: URL to zip archive with images, use PNG format. Maximum 5 images are
                allowed. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            base_style: The base style of the generated images, this topic is covered above.
                Default: "digital_illustration".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "base_style": base_style,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        images_data_url: FileInput,
        base_style: Literal[
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
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[RecraftV3CreateStyleOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            images_data_url: URL to zip archive with images, use PNG format. Maximum 5 images are
                allowed. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            base_style: The base style of the generated images, this topic is covered above.
                Default: "digital_illustration".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "base_style": base_style,
            }
        )
        return self._stream(payload, options)


class AsyncRecraftV3CreateStyle(
    AsyncEndpoint[RecraftV3CreateStyleInput, RecraftV3CreateStyleOutput]
):
    """Recraft V3 Create Style (`fal-ai/recraft/v3/create-style`).

    Category: training. Docs: https://fal.ai/models/fal-ai/recraft/v3/create-style/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/recraft/v3/create-style"
    input_model: ClassVar[type[RecraftV3CreateStyleInput]] = RecraftV3CreateStyleInput
    output_model: ClassVar[type[RecraftV3CreateStyleOutput]] = RecraftV3CreateStyleOutput
    Input = RecraftV3CreateStyleInput
    Output = RecraftV3CreateStyleOutput

    async def subscribe(
        self,
        *,
        images_data_url: FileInput,
        base_style: Literal[
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
        **options: Unpack[AsyncSubscribeOptions],
    ) -> RecraftV3CreateStyleOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            images_data_url: URL to zip archive with images, use PNG format. Maximum 5 images are
                allowed. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            base_style: The base style of the generated images, this topic is covered above.
                Default: "digital_illustration".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "base_style": base_style,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        images_data_url: FileInput,
        base_style: Literal[
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
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[RecraftV3CreateStyleOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            images_data_url: URL to zip archive with images, use PNG format. Maximum 5 images are
                allowed. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            base_style: The base style of the generated images, this topic is covered above.
                Default: "digital_illustration".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "base_style": base_style,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        images_data_url: FileInput,
        base_style: Literal[
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
        **options: Unpack[RunOptions],
    ) -> RecraftV3CreateStyleOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            images_data_url: URL to zip archive with images, use PNG format. Maximum 5 images are
                allowed. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            base_style: The base style of the generated images, this topic is covered above.
                Default: "digital_illustration".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "base_style": base_style,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        images_data_url: FileInput,
        base_style: Literal[
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
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[RecraftV3CreateStyleOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            images_data_url: URL to zip archive with images, use PNG format. Maximum 5 images are
                allowed. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            base_style: The base style of the generated images, this topic is covered above.
                Default: "digital_illustration".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "base_style": base_style,
            }
        )
        return self._stream(payload, options)
