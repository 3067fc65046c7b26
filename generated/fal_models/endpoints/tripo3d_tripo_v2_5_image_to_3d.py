# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `tripo3d/tripo/v2.5/image-to-3d` (Tripo3d Tripo V2.5 Image To 3d)."""

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
from fal_models.models.tripo3d_tripo_v2_5_image_to_3d import (
    Tripo3dTripoV2_5ImageTo3dInput,
    Tripo3dTripoV2_5ImageTo3dOutput,
)

__all__ = [
    "Tripo3dTripoV2_5ImageTo3d",
    "AsyncTripo3dTripoV2_5ImageTo3d",
    "Tripo3dTripoV2_5ImageTo3dInput",
    "Tripo3dTripoV2_5ImageTo3dOutput",
]


class Tripo3dTripoV2_5ImageTo3d(
    SyncEndpoint[Tripo3dTripoV2_5ImageTo3dInput, Tripo3dTripoV2_5ImageTo3dOutput]
):
    """Tripo3d Tripo V2.5 Image To 3d (`tripo3d/tripo/v2.5/image-to-3d`).

    Category: image-to-3d. Docs: https://fal.ai/models/tripo3d/tripo/v2.5/image-to-3d/api
    """

    endpoint_id: ClassVar[str] = "tripo3d/tripo/v2.5/image-to-3d"
    input_model: ClassVar[type[Tripo3dTripoV2_5ImageTo3dInput]] = Tripo3dTripoV2_5ImageTo3dInput
    output_model: ClassVar[type[Tripo3dTripoV2_5ImageTo3dOutput]] = Tripo3dTripoV2_5ImageTo3dOutput
    Input = Tripo3dTripoV2_5ImageTo3dInput
    Output = Tripo3dTripoV2_5ImageTo3dOutput

    def subscribe(
        self,
        *,
        seed: int | None | Omit = omit,
        face_limit: int | None | Omit = omit,
        pbr: bool | None | Omit = omit,
        texture: Literal["no", "standard", "HD"] | Omit = omit,
        texture_seed: int | None | Omit = omit,
        auto_size: bool | None | Omit = omit,
        style: Literal[
            "person:person2cartoon",
            "object:clay",
            "object:steampunk",
            "animal:venom",
            "object:barbie",
            "object:christmas",
            "gold",
            "ancient_bronze",
        ]
        | None
        | Omit = omit,
        quad: bool | None | Omit = omit,
        texture_alignment: Literal["original_image", "geometry"] | None | Omit = omit,
        orientation: Literal["default", "align_image"] | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> Tripo3dTripoV2_5ImageTo3dOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            seed: This is the random seed for model generation. The seed controls the geometry
                generation process, ensuring identical models when the same seed is used. This
                parameter is an integer and is randomly chosen if not set.
            face_limit: Limits the number of faces on the output model. If this option is not set,
                the face limit will be adaptively determined.
            pbr: A boolean option to enable pbr. The default value is True, set False to get a model
                without pbr. If this option is set to True, texture will be ignored and used as
                True. Default: false.
            texture: An option to enable texturing. Default is 'standard', set 'no' to get a model
                without any textures, and set 'HD' to get a model with hd quality textures. Default:
                "standard".
            texture_seed: This is the random seed for texture generation. Using the same seed will
                produce identical textures. This parameter is an integer and is randomly chosen if
                not set. If you want a model with different textures, please use same seed and
                different texture_seed.
            auto_size: Automatically scale the model to real-world dimensions, with the unit in
                meters. The default value is False. Default: false.
            style: [DEPRECATED] Defines the artistic style or transformation to be applied to the 3D
                model, altering its appearance according to preset options (extra $0.05 per
                generation). Omit this option to keep the original style and apperance.
            quad: Set True to enable quad mesh output (extra $0.05 per generation). If quad=True and
                face_limit is not set, the default face_limit will be 10000. Note: Enabling this
                option will force the output to be an FBX model. Default: false.
            texture_alignment: Determines the prioritization of texture alignment in the 3D model.
                The default value is original_image. Default: "original_image".
            orientation: Set orientation=align_image to automatically rotate the model to align the
                original image. The default value is default. Default: "default".
            image_url: URL of the image to use for model generation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "seed": seed,
                "face_limit": face_limit,
                "pbr": pbr,
                "texture": texture,
                "texture_seed": texture_seed,
                "auto_size": auto_size,
                "style": style,
                "quad": quad,
                "texture_alignment": texture_alignment,
                "orientation": orientation,
                "image_url": image_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        seed: int | None | Omit = omit,
        face_limit: int | None | Omit = omit,
        pbr: bool | None | Omit = omit,
        texture: Literal["no", "standard", "HD"] | Omit = omit,
        texture_seed: int | None | Omit = omit,
        auto_size: bool | None | Omit = omit,
        style: Literal[
            "person:person2cartoon",
            "object:clay",
            "object:steampunk",
            "animal:venom",
            "object:barbie",
            "object:christmas",
            "gold",
            "ancient_bronze",
        ]
        | None
        | Omit = omit,
        quad: bool | None | Omit = omit,
        texture_alignment: Literal["original_image", "geometry"] | None | Omit = omit,
        orientation: Literal["default", "align_image"] | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Tripo3dTripoV2_5ImageTo3dOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            seed: This is the random seed for model generation. The seed controls the geometry
                generation process, ensuring identical models when the same seed is used. This
                parameter is an integer and is randomly chosen if not set.
            face_limit: Limits the number of faces on the output model. If this option is not set,
                the face limit will be adaptively determined.
            pbr: A boolean option to enable pbr. The default value is True, set False to get a model
                without pbr. If this option is set to True, texture will be ignored and used as
                True. Default: false.
            texture: An option to enable texturing. Default is 'standard', set 'no' to get a model
                without any textures, and set 'HD' to get a model with hd quality textures. Default:
                "standard".
            texture_seed: This is the random seed for texture generation. Using the same seed will
                produce identical textures. This parameter is an integer and is randomly chosen if
                not set. If you want a model with different textures, please use same seed and
                different texture_seed.
            auto_size: Automatically scale the model to real-world dimensions, with the unit in
                meters. The default value is False. Default: false.
            style: [DEPRECATED] Defines the artistic style or transformation to be applied to the 3D
                model, altering its appearance according to preset options (extra $0.05 per
                generation). Omit this option to keep the original style and apperance.
            quad: Set True to enable quad mesh output (extra $0.05 per generation). If quad=True and
                face_limit is not set, the default face_limit will be 10000. Note: Enabling this
                option will force the output to be an FBX model. Default: false.
            texture_alignment: Determines the prioritization of texture alignment in the 3D model.
                The default value is original_image. Default: "original_image".
            orientation: Set orientation=align_image to automatically rotate the model to align the
                original image. The default value is default. Default: "default".
            image_url: URL of the image to use for model generation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "seed": seed,
                "face_limit": face_limit,
                "pbr": pbr,
                "texture": texture,
                "texture_seed": texture_seed,
                "auto_size": auto_size,
                "style": style,
                "quad": quad,
                "texture_alignment": texture_alignment,
                "orientation": orientation,
                "image_url": image_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        seed: int | None | Omit = omit,
        face_limit: int | None | Omit = omit,
        pbr: bool | None | Omit = omit,
        texture: Literal["no", "standard", "HD"] | Omit = omit,
        texture_seed: int | None | Omit = omit,
        auto_size: bool | None | Omit = omit,
        style: Literal[
            "person:person2cartoon",
            "object:clay",
            "object:steampunk",
            "animal:venom",
            "object:barbie",
            "object:christmas",
            "gold",
            "ancient_bronze",
        ]
        | None
        | Omit = omit,
        quad: bool | None | Omit = omit,
        texture_alignment: Literal["original_image", "geometry"] | None | Omit = omit,
        orientation: Literal["default", "align_image"] | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> Tripo3dTripoV2_5ImageTo3dOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            seed: This is the random seed for model generation. The seed controls the geometry
                generation process, ensuring identical models when the same seed is used. This
                parameter is an integer and is randomly chosen if not set.
            face_limit: Limits the number of faces on the output model. If this option is not set,
                the face limit will be adaptively determined.
            pbr: A boolean option to enable pbr. The default value is True, set False to get a model
                without pbr. If this option is set to True, texture will be ignored and used as
                True. Default: false.
            texture: An option to enable texturing. Default is 'standard', set 'no' to get a model
                without any textures, and set 'HD' to get a model with hd quality textures. Default:
                "standard".
            texture_seed: This is the random seed for texture generation. Using the same seed will
                produce identical textures. This parameter is an integer and is randomly chosen if
                not set. If you want a model with different textures, please use same seed and
                different texture_seed.
            auto_size: Automatically scale the model to real-world dimensions, with the unit in
                meters. The default value is False. Default: false.
            style: [DEPRECATED] Defines the artistic style or transformation to be applied to the 3D
                model, altering its appearance according to preset options (extra $0.05 per
                generation). Omit this option to keep the original style and apperance.
            quad: Set True to enable quad mesh output (extra $0.05 per generation). If quad=True and
                face_limit is not set, the default face_limit will be 10000. Note: Enabling this
                option will force the output to be an FBX model. Default: false.
            texture_alignment: Determines the prioritization of texture alignment in the 3D model.
                The default value is original_image. Default: "original_image".
            orientation: Set orientation=align_image to automatically rotate the model to align the
                original image. The default value is default. Default: "default".
            image_url: URL of the image to use for model generation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "seed": seed,
                "face_limit": face_limit,
                "pbr": pbr,
                "texture": texture,
                "texture_seed": texture_seed,
                "auto_size": auto_size,
                "style": style,
                "quad": quad,
                "texture_alignment": texture_alignment,
                "orientation": orientation,
                "image_url": image_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        seed: int | None | Omit = omit,
        face_limit: int | None | Omit = omit,
        pbr: bool | None | Omit = omit,
        texture: Literal["no", "standard", "HD"] | Omit = omit,
        texture_seed: int | None | Omit = omit,
        auto_size: bool | None | Omit = omit,
        style: Literal[
            "person:person2cartoon",
            "object:clay",
            "object:steampunk",
            "animal:venom",
            "object:barbie",
            "object:christmas",
            "gold",
            "ancient_bronze",
        ]
        | None
        | Omit = omit,
        quad: bool | None | Omit = omit,
        texture_alignment: Literal["original_image", "geometry"] | None | Omit = omit,
        orientation: Literal["default", "align_image"] | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Tripo3dTripoV2_5ImageTo3dOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            seed: This is the random seed for model generation. The seed controls the geometry
                generation process, ensuring identical models when the same seed is used. This
                parameter is an integer and is randomly chosen if not set.
            face_limit: Limits the number of faces on the output model. If this option is not set,
                the face limit will be adaptively determined.
            pbr: A boolean option to enable pbr. The default value is True, set False to get a model
                without pbr. If this option is set to True, texture will be ignored and used as
                True. Default: false.
            texture: An option to enable texturing. Default is 'standard', set 'no' to get a model
                without any textures, and set 'HD' to get a model with hd quality textures. Default:
                "standard".
            texture_seed: This is the random seed for texture generation. Using the same seed will
                produce identical textures. This parameter is an integer and is randomly chosen if
                not set. If you want a model with different textures, please use same seed and
                different texture_seed.
            auto_size: Automatically scale the model to real-world dimensions, with the unit in
                meters. The default value is False. Default: false.
            style: [DEPRECATED] Defines the artistic style or transformation to be applied to the 3D
                model, altering its appearance according to preset options (extra $0.05 per
                generation). Omit this option to keep the original style and apperance.
            quad: Set True to enable quad mesh output (extra $0.05 per generation). If quad=True and
                face_limit is not set, the default face_limit will be 10000. Note: Enabling this
                option will force the output to be an FBX model. Default: false.
            texture_alignment: Determines the prioritization of texture alignment in the 3D model.
                The default value is original_image. Default: "original_image".
            orientation: Set orientation=align_image to automatically rotate the model to align the
                original image. The default value is default. Default: "default".
            image_url: URL of the image to use for model generation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "seed": seed,
                "face_limit": face_limit,
                "pbr": pbr,
                "texture": texture,
                "texture_seed": texture_seed,
                "auto_size": auto_size,
                "style": style,
                "quad": quad,
                "texture_alignment": texture_alignment,
                "orientation": orientation,
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)


class AsyncTripo3dTripoV2_5ImageTo3d(
    AsyncEndpoint[Tripo3dTripoV2_5ImageTo3dInput, Tripo3dTripoV2_5ImageTo3dOutput]
):
    """Tripo3d Tripo V2.5 Image To 3d (`tripo3d/tripo/v2.5/image-to-3d`).

    Category: image-to-3d. Docs: https://fal.ai/models/tripo3d/tripo/v2.5/image-to-3d/api
    """

    endpoint_id: ClassVar[str] = "tripo3d/tripo/v2.5/image-to-3d"
    input_model: ClassVar[type[Tripo3dTripoV2_5ImageTo3dInput]] = Tripo3dTripoV2_5ImageTo3dInput
    output_model: ClassVar[type[Tripo3dTripoV2_5ImageTo3dOutput]] = Tripo3dTripoV2_5ImageTo3dOutput
    Input = Tripo3dTripoV2_5ImageTo3dInput
    Output = Tripo3dTripoV2_5ImageTo3dOutput

    async def subscribe(
        self,
        *,
        seed: int | None | Omit = omit,
        face_limit: int | None | Omit = omit,
        pbr: bool | None | Omit = omit,
        texture: Literal["no", "standard", "HD"] | Omit = omit,
        texture_seed: int | None | Omit = omit,
        auto_size: bool | None | Omit = omit,
        style: Literal[
            "person:person2cartoon",
            "object:clay",
            "object:steampunk",
            "animal:venom",
            "object:barbie",
            "object:christmas",
            "gold",
            "ancient_bronze",
        ]
        | None
        | Omit = omit,
        quad: bool | None | Omit = omit,
        texture_alignment: Literal["original_image", "geometry"] | None | Omit = omit,
        orientation: Literal["default", "align_image"] | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Tripo3dTripoV2_5ImageTo3dOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            seed: This is the random seed for model generation. The seed controls the geometry
                generation process, ensuring identical models when the same seed is used. This
                parameter is an integer and is randomly chosen if not set.
            face_limit: Limits the number of faces on the output model. If this option is not set,
                the face limit will be adaptively determined.
            pbr: A boolean option to enable pbr. The default value is True, set False to get a model
                without pbr. If this option is set to True, texture will be ignored and used as
                True. Default: false.
            texture: An option to enable texturing. Default is 'standard', set 'no' to get a model
                without any textures, and set 'HD' to get a model with hd quality textures. Default:
                "standard".
            texture_seed: This is the random seed for texture generation. Using the same seed will
                produce identical textures. This parameter is an integer and is randomly chosen if
                not set. If you want a model with different textures, please use same seed and
                different texture_seed.
            auto_size: Automatically scale the model to real-world dimensions, with the unit in
                meters. The default value is False. Default: false.
            style: [DEPRECATED] Defines the artistic style or transformation to be applied to the 3D
                model, altering its appearance according to preset options (extra $0.05 per
                generation). Omit this option to keep the original style and apperance.
            quad: Set True to enable quad mesh output (extra $0.05 per generation). If quad=True and
                face_limit is not set, the default face_limit will be 10000. Note: Enabling this
                option will force the output to be an FBX model. Default: false.
            texture_alignment: Determines the prioritization of texture alignment in the 3D model.
                The default value is original_image. Default: "original_image".
            orientation: Set orientation=align_image to automatically rotate the model to align the
                original image. The default value is default. Default: "default".
            image_url: URL of the image to use for model generation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "seed": seed,
                "face_limit": face_limit,
                "pbr": pbr,
                "texture": texture,
                "texture_seed": texture_seed,
                "auto_size": auto_size,
                "style": style,
                "quad": quad,
                "texture_alignment": texture_alignment,
                "orientation": orientation,
                "image_url": image_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        seed: int | None | Omit = omit,
        face_limit: int | None | Omit = omit,
        pbr: bool | None | Omit = omit,
        texture: Literal["no", "standard", "HD"] | Omit = omit,
        texture_seed: int | None | Omit = omit,
        auto_size: bool | None | Omit = omit,
        style: Literal[
            "person:person2cartoon",
            "object:clay",
            "object:steampunk",
            "animal:venom",
            "object:barbie",
            "object:christmas",
            "gold",
            "ancient_bronze",
        ]
        | None
        | Omit = omit,
        quad: bool | None | Omit = omit,
        texture_alignment: Literal["original_image", "geometry"] | None | Omit = omit,
        orientation: Literal["default", "align_image"] | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Tripo3dTripoV2_5ImageTo3dOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            seed: This is the random seed for model generation. The seed controls the geometry
                generation process, ensuring identical models when the same seed is used. This
                parameter is an integer and is randomly chosen if not set.
            face_limit: Limits the number of faces on the output model. If this option is not set,
                the face limit will be adaptively determined.
            pbr: A boolean option to enable pbr. The default value is True, set False to get a model
                without pbr. If this option is set to True, texture will be ignored and used as
                True. Default: false.
            texture: An option to enable texturing. Default is 'standard', set 'no' to get a model
                without any textures, and set 'HD' to get a model with hd quality textures. Default:
                "standard".
            texture_seed: This is the random seed for texture generation. Using the same seed will
                produce identical textures. This parameter is an integer and is randomly chosen if
                not set. If you want a model with different textures, please use same seed and
                different texture_seed.
            auto_size: Automatically scale the model to real-world dimensions, with the unit in
                meters. The default value is False. Default: false.
            style: [DEPRECATED] Defines the artistic style or transformation to be applied to the 3D
                model, altering its appearance according to preset options (extra $0.05 per
                generation). Omit this option to keep the original style and apperance.
            quad: Set True to enable quad mesh output (extra $0.05 per generation). If quad=True and
                face_limit is not set, the default face_limit will be 10000. Note: Enabling this
                option will force the output to be an FBX model. Default: false.
            texture_alignment: Determines the prioritization of texture alignment in the 3D model.
                The default value is original_image. Default: "original_image".
            orientation: Set orientation=align_image to automatically rotate the model to align the
                original image. The default value is default. Default: "default".
            image_url: URL of the image to use for model generation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "seed": seed,
                "face_limit": face_limit,
                "pbr": pbr,
                "texture": texture,
                "texture_seed": texture_seed,
                "auto_size": auto_size,
                "style": style,
                "quad": quad,
                "texture_alignment": texture_alignment,
                "orientation": orientation,
                "image_url": image_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        seed: int | None | Omit = omit,
        face_limit: int | None | Omit = omit,
        pbr: bool | None | Omit = omit,
        texture: Literal["no", "standard", "HD"] | Omit = omit,
        texture_seed: int | None | Omit = omit,
        auto_size: bool | None | Omit = omit,
        style: Literal[
            "person:person2cartoon",
            "object:clay",
            "object:steampunk",
            "animal:venom",
            "object:barbie",
            "object:christmas",
            "gold",
            "ancient_bronze",
        ]
        | None
        | Omit = omit,
        quad: bool | None | Omit = omit,
        texture_alignment: Literal["original_image", "geometry"] | None | Omit = omit,
        orientation: Literal["default", "align_image"] | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> Tripo3dTripoV2_5ImageTo3dOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            seed: This is the random seed for model generation. The seed controls the geometry
                generation process, ensuring identical models when the same seed is used. This
                parameter is an integer and is randomly chosen if not set.
            face_limit: Limits the number of faces on the output model. If this option is not set,
                the face limit will be adaptively determined.
            pbr: A boolean option to enable pbr. The default value is True, set False to get a model
                without pbr. If this option is set to True, texture will be ignored and used as
                True. Default: false.
            texture: An option to enable texturing. Default is 'standard', set 'no' to get a model
                without any textures, and set 'HD' to get a model with hd quality textures. Default:
                "standard".
            texture_seed: This is the random seed for texture generation. Using the same seed will
                produce identical textures. This parameter is an integer and is randomly chosen if
                not set. If you want a model with different textures, please use same seed and
                different texture_seed.
            auto_size: Automatically scale the model to real-world dimensions, with the unit in
                meters. The default value is False. Default: false.
            style: [DEPRECATED] Defines the artistic style or transformation to be applied to the 3D
                model, altering its appearance according to preset options (extra $0.05 per
                generation). Omit this option to keep the original style and apperance.
            quad: Set True to enable quad mesh output (extra $0.05 per generation). If quad=True and
                face_limit is not set, the default face_limit will be 10000. Note: Enabling this
                option will force the output to be an FBX model. Default: false.
            texture_alignment: Determines the prioritization of texture alignment in the 3D model.
                The default value is original_image. Default: "original_image".
            orientation: Set orientation=align_image to automatically rotate the model to align the
                original image. The default value is default. Default: "default".
            image_url: URL of the image to use for model generation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "seed": seed,
                "face_limit": face_limit,
                "pbr": pbr,
                "texture": texture,
                "texture_seed": texture_seed,
                "auto_size": auto_size,
                "style": style,
                "quad": quad,
                "texture_alignment": texture_alignment,
                "orientation": orientation,
                "image_url": image_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        seed: int | None | Omit = omit,
        face_limit: int | None | Omit = omit,
        pbr: bool | None | Omit = omit,
        texture: Literal["no", "standard", "HD"] | Omit = omit,
        texture_seed: int | None | Omit = omit,
        auto_size: bool | None | Omit = omit,
        style: Literal[
            "person:person2cartoon",
            "object:clay",
            "object:steampunk",
            "animal:venom",
            "object:barbie",
            "object:christmas",
            "gold",
            "ancient_bronze",
        ]
        | None
        | Omit = omit,
        quad: bool | None | Omit = omit,
        texture_alignment: Literal["original_image", "geometry"] | None | Omit = omit,
        orientation: Literal["default", "align_image"] | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Tripo3dTripoV2_5ImageTo3dOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            seed: This is the random seed for model generation. The seed controls the geometry
                generation process, ensuring identical models when the same seed is used. This
                parameter is an integer and is randomly chosen if not set.
            face_limit: Limits the number of faces on the output model. If this option is not set,
                the face limit will be adaptively determined.
            pbr: A boolean option to enable pbr. The default value is True, set False to get a model
                without pbr. If this option is set to True, texture will be ignored and used as
                True. Default: false.
            texture: An option to enable texturing. Default is 'standard', set 'no' to get a model
                without any textures, and set 'HD' to get a model with hd quality textures. Default:
                "standard".
            texture_seed: This is the random seed for texture generation. Using the same seed will
                produce identical textures. This parameter is an integer and is randomly chosen if
                not set. If you want a model with different textures, please use same seed and
                different texture_seed.
            auto_size: Automatically scale the model to real-world dimensions, with the unit in
                meters. The default value is False. Default: false.
            style: [DEPRECATED] Defines the artistic style or transformation to be applied to the 3D
                model, altering its appearance according to preset options (extra $0.05 per
                generation). Omit this option to keep the original style and apperance.
            quad: Set True to enable quad mesh output (extra $0.05 per generation). If quad=True and
                face_limit is not set, the default face_limit will be 10000. Note: Enabling this
                option will force the output to be an FBX model. Default: false.
            texture_alignment: Determines the prioritization of texture alignment in the 3D model.
                The default value is original_image. Default: "original_image".
            orientation: Set orientation=align_image to automatically rotate the model to align the
                original image. The default value is default. Default: "default".
            image_url: URL of the image to use for model generation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "seed": seed,
                "face_limit": face_limit,
                "pbr": pbr,
                "texture": texture,
                "texture_seed": texture_seed,
                "auto_size": auto_size,
                "style": style,
                "quad": quad,
                "texture_alignment": texture_alignment,
                "orientation": orientation,
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)
