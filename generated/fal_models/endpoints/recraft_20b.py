# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/recraft-20b` (Recraft 20b)."""

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
from fal_models.models import shared
from fal_models.models.recraft_20b import (
    ImageSizePreset,
    Recraft20bInput,
    Recraft20bOutput,
    RGBColor,
)

__all__ = ["Recraft20b", "AsyncRecraft20b", "Recraft20bInput", "Recraft20bOutput"]


class Recraft20b(SyncEndpoint[Recraft20bInput, Recraft20bOutput]):
    """Recraft 20b (`fal-ai/recraft-20b`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/recraft-20b/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/recraft-20b"
    input_model: ClassVar[type[Recraft20bInput]] = Recraft20bInput
    output_model: ClassVar[type[Recraft20bOutput]] = Recraft20bOutput
    Input = Recraft20bInput
    Output = Recraft20bOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        style: Literal[
            "any",
            "realistic_image",
            "digital_illustration",
            "vector_illustration",
            "realistic_image/b_and_w",
            "realistic_image/enterprise",
            "realistic_image/hard_flash",
            "realistic_image/hdr",
            "realistic_image/motion_blur",
            "realistic_image/natural_light",
            "realistic_image/studio_portrait",
            "digital_illustration/2d_art_poster",
            "digital_illustration/2d_art_poster_2",
            "digital_illustration/3d",
            "digital_illustration/80s",
            "digital_illustration/engraving_color",
            "digital_illustration/glow",
            "digital_illustration/grain",
            "digital_illustration/hand_drawn",
            "digital_illustration/hand_drawn_outline",
            "digital_illustration/handmade_3d",
            "digital_illustration/infantile_sketch",
            "digital_illustration/kawaii",
            "digital_illustration/pixel_art",
            "digital_illustration/psychedelic",
            "digital_illustration/seamless",
            "digital_illustration/voxel",
            "digital_illustration/watercolor",
            "vector_illustration/cartoon",
            "vector_illustration/doodle_line_art",
            "vector_illustration/engraving",
            "vector_illustration/flat_2",
            "vector_illustration/kawaii",
            "vector_illustration/line_art",
            "vector_illustration/line_circuit",
            "vector_illustration/linocut",
            "vector_illustration/seamless",
        ]
        | Omit = omit,
        colors: list[RGBColor] | Omit = omit,
        style_id: str | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Recraft20bOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs. Limits: min length 1, max length 1000.
            image_size: See fal's docs. Default: "square_hd".
            style: The style of the generated images. Vector images cost 2X as much. Default:
                "realistic_image".
            colors: An array of preferable colors. Default: [].
            style_id: The ID of the custom style reference (optional). Not checked by the client:
                format uuid4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "style": style,
                "colors": colors,
                "style_id": style_id,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        style: Literal[
            "any",
            "realistic_image",
            "digital_illustration",
            "vector_illustration",
            "realistic_image/b_and_w",
            "realistic_image/enterprise",
            "realistic_image/hard_flash",
            "realistic_image/hdr",
            "realistic_image/motion_blur",
            "realistic_image/natural_light",
            "realistic_image/studio_portrait",
            "digital_illustration/2d_art_poster",
            "digital_illustration/2d_art_poster_2",
            "digital_illustration/3d",
            "digital_illustration/80s",
            "digital_illustration/engraving_color",
            "digital_illustration/glow",
            "digital_illustration/grain",
            "digital_illustration/hand_drawn",
            "digital_illustration/hand_drawn_outline",
            "digital_illustration/handmade_3d",
            "digital_illustration/infantile_sketch",
            "digital_illustration/kawaii",
            "digital_illustration/pixel_art",
            "digital_illustration/psychedelic",
            "digital_illustration/seamless",
            "digital_illustration/voxel",
            "digital_illustration/watercolor",
            "vector_illustration/cartoon",
            "vector_illustration/doodle_line_art",
            "vector_illustration/engraving",
            "vector_illustration/flat_2",
            "vector_illustration/kawaii",
            "vector_illustration/line_art",
            "vector_illustration/line_circuit",
            "vector_illustration/linocut",
            "vector_illustration/seamless",
        ]
        | Omit = omit,
        colors: list[RGBColor] | Omit = omit,
        style_id: str | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Recraft20bOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs. Limits: min length 1, max length 1000.
            image_size: See fal's docs. Default: "square_hd".
            style: The style of the generated images. Vector images cost 2X as much. Default:
                "realistic_image".
            colors: An array of preferable colors. Default: [].
            style_id: The ID of the custom style reference (optional). Not checked by the client:
                format uuid4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "style": style,
                "colors": colors,
                "style_id": style_id,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        style: Literal[
            "any",
            "realistic_image",
            "digital_illustration",
            "vector_illustration",
            "realistic_image/b_and_w",
            "realistic_image/enterprise",
            "realistic_image/hard_flash",
            "realistic_image/hdr",
            "realistic_image/motion_blur",
            "realistic_image/natural_light",
            "realistic_image/studio_portrait",
            "digital_illustration/2d_art_poster",
            "digital_illustration/2d_art_poster_2",
            "digital_illustration/3d",
            "digital_illustration/80s",
            "digital_illustration/engraving_color",
            "digital_illustration/glow",
            "digital_illustration/grain",
            "digital_illustration/hand_drawn",
            "digital_illustration/hand_drawn_outline",
            "digital_illustration/handmade_3d",
            "digital_illustration/infantile_sketch",
            "digital_illustration/kawaii",
            "digital_illustration/pixel_art",
            "digital_illustration/psychedelic",
            "digital_illustration/seamless",
            "digital_illustration/voxel",
            "digital_illustration/watercolor",
            "vector_illustration/cartoon",
            "vector_illustration/doodle_line_art",
            "vector_illustration/engraving",
            "vector_illustration/flat_2",
            "vector_illustration/kawaii",
            "vector_illustration/line_art",
            "vector_illustration/line_circuit",
            "vector_illustration/linocut",
            "vector_illustration/seamless",
        ]
        | Omit = omit,
        colors: list[RGBColor] | Omit = omit,
        style_id: str | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Recraft20bOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs. Limits: min length 1, max length 1000.
            image_size: See fal's docs. Default: "square_hd".
            style: The style of the generated images. Vector images cost 2X as much. Default:
                "realistic_image".
            colors: An array of preferable colors. Default: [].
            style_id: The ID of the custom style reference (optional). Not checked by the client:
                format uuid4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "style": style,
                "colors": colors,
                "style_id": style_id,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        style: Literal[
            "any",
            "realistic_image",
            "digital_illustration",
            "vector_illustration",
            "realistic_image/b_and_w",
            "realistic_image/enterprise",
            "realistic_image/hard_flash",
            "realistic_image/hdr",
            "realistic_image/motion_blur",
            "realistic_image/natural_light",
            "realistic_image/studio_portrait",
            "digital_illustration/2d_art_poster",
            "digital_illustration/2d_art_poster_2",
            "digital_illustration/3d",
            "digital_illustration/80s",
            "digital_illustration/engraving_color",
            "digital_illustration/glow",
            "digital_illustration/grain",
            "digital_illustration/hand_drawn",
            "digital_illustration/hand_drawn_outline",
            "digital_illustration/handmade_3d",
            "digital_illustration/infantile_sketch",
            "digital_illustration/kawaii",
            "digital_illustration/pixel_art",
            "digital_illustration/psychedelic",
            "digital_illustration/seamless",
            "digital_illustration/voxel",
            "digital_illustration/watercolor",
            "vector_illustration/cartoon",
            "vector_illustration/doodle_line_art",
            "vector_illustration/engraving",
            "vector_illustration/flat_2",
            "vector_illustration/kawaii",
            "vector_illustration/line_art",
            "vector_illustration/line_circuit",
            "vector_illustration/linocut",
            "vector_illustration/seamless",
        ]
        | Omit = omit,
        colors: list[RGBColor] | Omit = omit,
        style_id: str | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Recraft20bOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs. Limits: min length 1, max length 1000.
            image_size: See fal's docs. Default: "square_hd".
            style: The style of the generated images. Vector images cost 2X as much. Default:
                "realistic_image".
            colors: An array of preferable colors. Default: [].
            style_id: The ID of the custom style reference (optional). Not checked by the client:
                format uuid4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "style": style,
                "colors": colors,
                "style_id": style_id,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)


class AsyncRecraft20b(AsyncEndpoint[Recraft20bInput, Recraft20bOutput]):
    """Recraft 20b (`fal-ai/recraft-20b`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/recraft-20b/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/recraft-20b"
    input_model: ClassVar[type[Recraft20bInput]] = Recraft20bInput
    output_model: ClassVar[type[Recraft20bOutput]] = Recraft20bOutput
    Input = Recraft20bInput
    Output = Recraft20bOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        style: Literal[
            "any",
            "realistic_image",
            "digital_illustration",
            "vector_illustration",
            "realistic_image/b_and_w",
            "realistic_image/enterprise",
            "realistic_image/hard_flash",
            "realistic_image/hdr",
            "realistic_image/motion_blur",
            "realistic_image/natural_light",
            "realistic_image/studio_portrait",
            "digital_illustration/2d_art_poster",
            "digital_illustration/2d_art_poster_2",
            "digital_illustration/3d",
            "digital_illustration/80s",
            "digital_illustration/engraving_color",
            "digital_illustration/glow",
            "digital_illustration/grain",
            "digital_illustration/hand_drawn",
            "digital_illustration/hand_drawn_outline",
            "digital_illustration/handmade_3d",
            "digital_illustration/infantile_sketch",
            "digital_illustration/kawaii",
            "digital_illustration/pixel_art",
            "digital_illustration/psychedelic",
            "digital_illustration/seamless",
            "digital_illustration/voxel",
            "digital_illustration/watercolor",
            "vector_illustration/cartoon",
            "vector_illustration/doodle_line_art",
            "vector_illustration/engraving",
            "vector_illustration/flat_2",
            "vector_illustration/kawaii",
            "vector_illustration/line_art",
            "vector_illustration/line_circuit",
            "vector_illustration/linocut",
            "vector_illustration/seamless",
        ]
        | Omit = omit,
        colors: list[RGBColor] | Omit = omit,
        style_id: str | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Recraft20bOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs. Limits: min length 1, max length 1000.
            image_size: See fal's docs. Default: "square_hd".
            style: The style of the generated images. Vector images cost 2X as much. Default:
                "realistic_image".
            colors: An array of preferable colors. Default: [].
            style_id: The ID of the custom style reference (optional). Not checked by the client:
                format uuid4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "style": style,
                "colors": colors,
                "style_id": style_id,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        style: Literal[
            "any",
            "realistic_image",
            "digital_illustration",
            "vector_illustration",
            "realistic_image/b_and_w",
            "realistic_image/enterprise",
            "realistic_image/hard_flash",
            "realistic_image/hdr",
            "realistic_image/motion_blur",
            "realistic_image/natural_light",
            "realistic_image/studio_portrait",
            "digital_illustration/2d_art_poster",
            "digital_illustration/2d_art_poster_2",
            "digital_illustration/3d",
            "digital_illustration/80s",
            "digital_illustration/engraving_color",
            "digital_illustration/glow",
            "digital_illustration/grain",
            "digital_illustration/hand_drawn",
            "digital_illustration/hand_drawn_outline",
            "digital_illustration/handmade_3d",
            "digital_illustration/infantile_sketch",
            "digital_illustration/kawaii",
            "digital_illustration/pixel_art",
            "digital_illustration/psychedelic",
            "digital_illustration/seamless",
            "digital_illustration/voxel",
            "digital_illustration/watercolor",
            "vector_illustration/cartoon",
            "vector_illustration/doodle_line_art",
            "vector_illustration/engraving",
            "vector_illustration/flat_2",
            "vector_illustration/kawaii",
            "vector_illustration/line_art",
            "vector_illustration/line_circuit",
            "vector_illustration/linocut",
            "vector_illustration/seamless",
        ]
        | Omit = omit,
        colors: list[RGBColor] | Omit = omit,
        style_id: str | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Recraft20bOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs. Limits: min length 1, max length 1000.
            image_size: See fal's docs. Default: "square_hd".
            style: The style of the generated images. Vector images cost 2X as much. Default:
                "realistic_image".
            colors: An array of preferable colors. Default: [].
            style_id: The ID of the custom style reference (optional). Not checked by the client:
                format uuid4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "style": style,
                "colors": colors,
                "style_id": style_id,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        style: Literal[
            "any",
            "realistic_image",
            "digital_illustration",
            "vector_illustration",
            "realistic_image/b_and_w",
            "realistic_image/enterprise",
            "realistic_image/hard_flash",
            "realistic_image/hdr",
            "realistic_image/motion_blur",
            "realistic_image/natural_light",
            "realistic_image/studio_portrait",
            "digital_illustration/2d_art_poster",
            "digital_illustration/2d_art_poster_2",
            "digital_illustration/3d",
            "digital_illustration/80s",
            "digital_illustration/engraving_color",
            "digital_illustration/glow",
            "digital_illustration/grain",
            "digital_illustration/hand_drawn",
            "digital_illustration/hand_drawn_outline",
            "digital_illustration/handmade_3d",
            "digital_illustration/infantile_sketch",
            "digital_illustration/kawaii",
            "digital_illustration/pixel_art",
            "digital_illustration/psychedelic",
            "digital_illustration/seamless",
            "digital_illustration/voxel",
            "digital_illustration/watercolor",
            "vector_illustration/cartoon",
            "vector_illustration/doodle_line_art",
            "vector_illustration/engraving",
            "vector_illustration/flat_2",
            "vector_illustration/kawaii",
            "vector_illustration/line_art",
            "vector_illustration/line_circuit",
            "vector_illustration/linocut",
            "vector_illustration/seamless",
        ]
        | Omit = omit,
        colors: list[RGBColor] | Omit = omit,
        style_id: str | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Recraft20bOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs. Limits: min length 1, max length 1000.
            image_size: See fal's docs. Default: "square_hd".
            style: The style of the generated images. Vector images cost 2X as much. Default:
                "realistic_image".
            colors: An array of preferable colors. Default: [].
            style_id: The ID of the custom style reference (optional). Not checked by the client:
                format uuid4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "style": style,
                "colors": colors,
                "style_id": style_id,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        style: Literal[
            "any",
            "realistic_image",
            "digital_illustration",
            "vector_illustration",
            "realistic_image/b_and_w",
            "realistic_image/enterprise",
            "realistic_image/hard_flash",
            "realistic_image/hdr",
            "realistic_image/motion_blur",
            "realistic_image/natural_light",
            "realistic_image/studio_portrait",
            "digital_illustration/2d_art_poster",
            "digital_illustration/2d_art_poster_2",
            "digital_illustration/3d",
            "digital_illustration/80s",
            "digital_illustration/engraving_color",
            "digital_illustration/glow",
            "digital_illustration/grain",
            "digital_illustration/hand_drawn",
            "digital_illustration/hand_drawn_outline",
            "digital_illustration/handmade_3d",
            "digital_illustration/infantile_sketch",
            "digital_illustration/kawaii",
            "digital_illustration/pixel_art",
            "digital_illustration/psychedelic",
            "digital_illustration/seamless",
            "digital_illustration/voxel",
            "digital_illustration/watercolor",
            "vector_illustration/cartoon",
            "vector_illustration/doodle_line_art",
            "vector_illustration/engraving",
            "vector_illustration/flat_2",
            "vector_illustration/kawaii",
            "vector_illustration/line_art",
            "vector_illustration/line_circuit",
            "vector_illustration/linocut",
            "vector_illustration/seamless",
        ]
        | Omit = omit,
        colors: list[RGBColor] | Omit = omit,
        style_id: str | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Recraft20bOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs. Limits: min length 1, max length 1000.
            image_size: See fal's docs. Default: "square_hd".
            style: The style of the generated images. Vector images cost 2X as much. Default:
                "realistic_image".
            colors: An array of preferable colors. Default: [].
            style_id: The ID of the custom style reference (optional). Not checked by the client:
                format uuid4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "style": style,
                "colors": colors,
                "style_id": style_id,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)
