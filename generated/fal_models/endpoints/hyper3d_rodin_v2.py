# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/hyper3d/rodin/v2` (Hyper3d Rodin V2)."""

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
from fal_models.models.hyper3d_rodin_v2 import Hyper3dRodinV2Input, Hyper3dRodinV2Output

__all__ = ["Hyper3dRodinV2", "AsyncHyper3dRodinV2", "Hyper3dRodinV2Input", "Hyper3dRodinV2Output"]


class Hyper3dRodinV2(SyncEndpoint[Hyper3dRodinV2Input, Hyper3dRodinV2Output]):
    """Hyper3d Rodin V2 (`fal-ai/hyper3d/rodin/v2`).

    Category: text-to-3d. Docs: https://fal.ai/models/fal-ai/hyper3d/rodin/v2/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hyper3d/rodin/v2"
    input_model: ClassVar[type[Hyper3dRodinV2Input]] = Hyper3dRodinV2Input
    output_model: ClassVar[type[Hyper3dRodinV2Output]] = Hyper3dRodinV2Output
    Input = Hyper3dRodinV2Input
    Output = Hyper3dRodinV2Output

    def subscribe(
        self,
        *,
        prompt: str | Omit = omit,
        input_image_urls: list[FileInput] | Omit = omit,
        use_original_alpha: bool | Omit = omit,
        seed: int | None | Omit = omit,
        geometry_file_format: Literal["glb", "usdz", "fbx", "obj", "stl"] | Omit = omit,
        material: Literal["PBR", "Shaded", "All"] | Omit = omit,
        quality_mesh_option: Literal[
            "4K Quad",
            "8K Quad",
            "18K Quad",
            "50K Quad",
            "2K Triangle",
            "20K Triangle",
            "150K Triangle",
            "500K Triangle",
        ]
        | Omit = omit,
        tapose: bool | Omit = omit,
        bbox_condition: list[int] | None | Omit = omit,
        addons: Literal["HighPack"] | None | Omit = omit,
        preview_render: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Hyper3dRodinV2Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: A textual prompt to guide model generation. Optional for Image-to-3D mode - if
                empty, AI will generate a prompt based on your images. Default: "". Limits: max
                length 1024.
            input_image_urls: URL of images to use while generating the 3D model. Required for
                Image-to-3D mode. Up to 5 images allowed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            use_original_alpha: When enabled, preserves the transparency channel from input images
                during 3D generation. Default: false.
            seed: Seed value for randomization, ranging from 0 to 65535. Optional. Limits: minimum
                0, maximum 65535.
            geometry_file_format: Format of the geometry file. Possible values: glb, usdz, fbx, obj,
                stl. Default is glb. Default: "glb".
            material: Material type. PBR: Physically-based materials with realistic lighting.
                Shaded: Simple materials with baked lighting. All: Both types included. Default:
                "All".
            quality_mesh_option: Combined quality and mesh type selection. Quad = smooth surfaces,
                Triangle = detailed geometry. These corresponds to `mesh_mode` (if the option
                contains 'Triangle', mesh_mode is 'Raw', otherwise 'Quad') and `quality_override`
                (the numeric part of the option) parameters in Hyper3D API. Default: "500K
                Triangle".
            tapose: Generate characters in T-pose or A-pose format, making them easier to rig and
                animate in 3D software. Default: false.
            bbox_condition: An array that specifies the bounding box dimensions [width, height,
                length].
            addons: The HighPack option will provide 4K resolution textures instead of the default
                1K, as well as models with high-poly. It will cost **triple the billable units**.
            preview_render: Generate a preview render image of the 3D model along with the model
                files. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "use_original_alpha": use_original_alpha,
                "seed": seed,
                "geometry_file_format": geometry_file_format,
                "material": material,
                "quality_mesh_option": quality_mesh_option,
                "tapose": tapose,
                "bbox_condition": bbox_condition,
                "addons": addons,
                "preview_render": preview_render,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str | Omit = omit,
        input_image_urls: list[FileInput] | Omit = omit,
        use_original_alpha: bool | Omit = omit,
        seed: int | None | Omit = omit,
        geometry_file_format: Literal["glb", "usdz", "fbx", "obj", "stl"] | Omit = omit,
        material: Literal["PBR", "Shaded", "All"] | Omit = omit,
        quality_mesh_option: Literal[
            "4K Quad",
            "8K Quad",
            "18K Quad",
            "50K Quad",
            "2K Triangle",
            "20K Triangle",
            "150K Triangle",
            "500K Triangle",
        ]
        | Omit = omit,
        tapose: bool | Omit = omit,
        bbox_condition: list[int] | None | Omit = omit,
        addons: Literal["HighPack"] | None | Omit = omit,
        preview_render: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Hyper3dRodinV2Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: A textual prompt to guide model generation. Optional for Image-to-3D mode - if
                empty, AI will generate a prompt based on your images. Default: "". Limits: max
                length 1024.
            input_image_urls: URL of images to use while generating the 3D model. Required for
                Image-to-3D mode. Up to 5 images allowed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            use_original_alpha: When enabled, preserves the transparency channel from input images
                during 3D generation. Default: false.
            seed: Seed value for randomization, ranging from 0 to 65535. Optional. Limits: minimum
                0, maximum 65535.
            geometry_file_format: Format of the geometry file. Possible values: glb, usdz, fbx, obj,
                stl. Default is glb. Default: "glb".
            material: Material type. PBR: Physically-based materials with realistic lighting.
                Shaded: Simple materials with baked lighting. All: Both types included. Default:
                "All".
            quality_mesh_option: Combined quality and mesh type selection. Quad = smooth surfaces,
                Triangle = detailed geometry. These corresponds to `mesh_mode` (if the option
                contains 'Triangle', mesh_mode is 'Raw', otherwise 'Quad') and `quality_override`
                (the numeric part of the option) parameters in Hyper3D API. Default: "500K
                Triangle".
            tapose: Generate characters in T-pose or A-pose format, making them easier to rig and
                animate in 3D software. Default: false.
            bbox_condition: An array that specifies the bounding box dimensions [width, height,
                length].
            addons: The HighPack option will provide 4K resolution textures instead of the default
                1K, as well as models with high-poly. It will cost **triple the billable units**.
            preview_render: Generate a preview render image of the 3D model along with the model
                files. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "use_original_alpha": use_original_alpha,
                "seed": seed,
                "geometry_file_format": geometry_file_format,
                "material": material,
                "quality_mesh_option": quality_mesh_option,
                "tapose": tapose,
                "bbox_condition": bbox_condition,
                "addons": addons,
                "preview_render": preview_render,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str | Omit = omit,
        input_image_urls: list[FileInput] | Omit = omit,
        use_original_alpha: bool | Omit = omit,
        seed: int | None | Omit = omit,
        geometry_file_format: Literal["glb", "usdz", "fbx", "obj", "stl"] | Omit = omit,
        material: Literal["PBR", "Shaded", "All"] | Omit = omit,
        quality_mesh_option: Literal[
            "4K Quad",
            "8K Quad",
            "18K Quad",
            "50K Quad",
            "2K Triangle",
            "20K Triangle",
            "150K Triangle",
            "500K Triangle",
        ]
        | Omit = omit,
        tapose: bool | Omit = omit,
        bbox_condition: list[int] | None | Omit = omit,
        addons: Literal["HighPack"] | None | Omit = omit,
        preview_render: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Hyper3dRodinV2Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: A textual prompt to guide model generation. Optional for Image-to-3D mode - if
                empty, AI will generate a prompt based on your images. Default: "". Limits: max
                length 1024.
            input_image_urls: URL of images to use while generating the 3D model. Required for
                Image-to-3D mode. Up to 5 images allowed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            use_original_alpha: When enabled, preserves the transparency channel from input images
                during 3D generation. Default: false.
            seed: Seed value for randomization, ranging from 0 to 65535. Optional. Limits: minimum
                0, maximum 65535.
            geometry_file_format: Format of the geometry file. Possible values: glb, usdz, fbx, obj,
                stl. Default is glb. Default: "glb".
            material: Material type. PBR: Physically-based materials with realistic lighting.
                Shaded: Simple materials with baked lighting. All: Both types included. Default:
                "All".
            quality_mesh_option: Combined quality and mesh type selection. Quad = smooth surfaces,
                Triangle = detailed geometry. These corresponds to `mesh_mode` (if the option
                contains 'Triangle', mesh_mode is 'Raw', otherwise 'Quad') and `quality_override`
                (the numeric part of the option) parameters in Hyper3D API. Default: "500K
                Triangle".
            tapose: Generate characters in T-pose or A-pose format, making them easier to rig and
                animate in 3D software. Default: false.
            bbox_condition: An array that specifies the bounding box dimensions [width, height,
                length].
            addons: The HighPack option will provide 4K resolution textures instead of the default
                1K, as well as models with high-poly. It will cost **triple the billable units**.
            preview_render: Generate a preview render image of the 3D model along with the model
                files. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "use_original_alpha": use_original_alpha,
                "seed": seed,
                "geometry_file_format": geometry_file_format,
                "material": material,
                "quality_mesh_option": quality_mesh_option,
                "tapose": tapose,
                "bbox_condition": bbox_condition,
                "addons": addons,
                "preview_render": preview_render,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | Omit = omit,
        input_image_urls: list[FileInput] | Omit = omit,
        use_original_alpha: bool | Omit = omit,
        seed: int | None | Omit = omit,
        geometry_file_format: Literal["glb", "usdz", "fbx", "obj", "stl"] | Omit = omit,
        material: Literal["PBR", "Shaded", "All"] | Omit = omit,
        quality_mesh_option: Literal[
            "4K Quad",
            "8K Quad",
            "18K Quad",
            "50K Quad",
            "2K Triangle",
            "20K Triangle",
            "150K Triangle",
            "500K Triangle",
        ]
        | Omit = omit,
        tapose: bool | Omit = omit,
        bbox_condition: list[int] | None | Omit = omit,
        addons: Literal["HighPack"] | None | Omit = omit,
        preview_render: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Hyper3dRodinV2Output]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: A textual prompt to guide model generation. Optional for Image-to-3D mode - if
                empty, AI will generate a prompt based on your images. Default: "". Limits: max
                length 1024.
            input_image_urls: URL of images to use while generating the 3D model. Required for
                Image-to-3D mode. Up to 5 images allowed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            use_original_alpha: When enabled, preserves the transparency channel from input images
                during 3D generation. Default: false.
            seed: Seed value for randomization, ranging from 0 to 65535. Optional. Limits: minimum
                0, maximum 65535.
            geometry_file_format: Format of the geometry file. Possible values: glb, usdz, fbx, obj,
                stl. Default is glb. Default: "glb".
            material: Material type. PBR: Physically-based materials with realistic lighting.
                Shaded: Simple materials with baked lighting. All: Both types included. Default:
                "All".
            quality_mesh_option: Combined quality and mesh type selection. Quad = smooth surfaces,
                Triangle = detailed geometry. These corresponds to `mesh_mode` (if the option
                contains 'Triangle', mesh_mode is 'Raw', otherwise 'Quad') and `quality_override`
                (the numeric part of the option) parameters in Hyper3D API. Default: "500K
                Triangle".
            tapose: Generate characters in T-pose or A-pose format, making them easier to rig and
                animate in 3D software. Default: false.
            bbox_condition: An array that specifies the bounding box dimensions [width, height,
                length].
            addons: The HighPack option will provide 4K resolution textures instead of the default
                1K, as well as models with high-poly. It will cost **triple the billable units**.
            preview_render: Generate a preview render image of the 3D model along with the model
                files. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "use_original_alpha": use_original_alpha,
                "seed": seed,
                "geometry_file_format": geometry_file_format,
                "material": material,
                "quality_mesh_option": quality_mesh_option,
                "tapose": tapose,
                "bbox_condition": bbox_condition,
                "addons": addons,
                "preview_render": preview_render,
            }
        )
        return self._stream(payload, options)


class AsyncHyper3dRodinV2(AsyncEndpoint[Hyper3dRodinV2Input, Hyper3dRodinV2Output]):
    """Hyper3d Rodin V2 (`fal-ai/hyper3d/rodin/v2`).

    Category: text-to-3d. Docs: https://fal.ai/models/fal-ai/hyper3d/rodin/v2/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hyper3d/rodin/v2"
    input_model: ClassVar[type[Hyper3dRodinV2Input]] = Hyper3dRodinV2Input
    output_model: ClassVar[type[Hyper3dRodinV2Output]] = Hyper3dRodinV2Output
    Input = Hyper3dRodinV2Input
    Output = Hyper3dRodinV2Output

    async def subscribe(
        self,
        *,
        prompt: str | Omit = omit,
        input_image_urls: list[FileInput] | Omit = omit,
        use_original_alpha: bool | Omit = omit,
        seed: int | None | Omit = omit,
        geometry_file_format: Literal["glb", "usdz", "fbx", "obj", "stl"] | Omit = omit,
        material: Literal["PBR", "Shaded", "All"] | Omit = omit,
        quality_mesh_option: Literal[
            "4K Quad",
            "8K Quad",
            "18K Quad",
            "50K Quad",
            "2K Triangle",
            "20K Triangle",
            "150K Triangle",
            "500K Triangle",
        ]
        | Omit = omit,
        tapose: bool | Omit = omit,
        bbox_condition: list[int] | None | Omit = omit,
        addons: Literal["HighPack"] | None | Omit = omit,
        preview_render: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Hyper3dRodinV2Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: A textual prompt to guide model generation. Optional for Image-to-3D mode - if
                empty, AI will generate a prompt based on your images. Default: "". Limits: max
                length 1024.
            input_image_urls: URL of images to use while generating the 3D model. Required for
                Image-to-3D mode. Up to 5 images allowed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            use_original_alpha: When enabled, preserves the transparency channel from input images
                during 3D generation. Default: false.
            seed: Seed value for randomization, ranging from 0 to 65535. Optional. Limits: minimum
                0, maximum 65535.
            geometry_file_format: Format of the geometry file. Possible values: glb, usdz, fbx, obj,
                stl. Default is glb. Default: "glb".
            material: Material type. PBR: Physically-based materials with realistic lighting.
                Shaded: Simple materials with baked lighting. All: Both types included. Default:
                "All".
            quality_mesh_option: Combined quality and mesh type selection. Quad = smooth surfaces,
                Triangle = detailed geometry. These corresponds to `mesh_mode` (if the option
                contains 'Triangle', mesh_mode is 'Raw', otherwise 'Quad') and `quality_override`
                (the numeric part of the option) parameters in Hyper3D API. Default: "500K
                Triangle".
            tapose: Generate characters in T-pose or A-pose format, making them easier to rig and
                animate in 3D software. Default: false.
            bbox_condition: An array that specifies the bounding box dimensions [width, height,
                length].
            addons: The HighPack option will provide 4K resolution textures instead of the default
                1K, as well as models with high-poly. It will cost **triple the billable units**.
            preview_render: Generate a preview render image of the 3D model along with the model
                files. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "use_original_alpha": use_original_alpha,
                "seed": seed,
                "geometry_file_format": geometry_file_format,
                "material": material,
                "quality_mesh_option": quality_mesh_option,
                "tapose": tapose,
                "bbox_condition": bbox_condition,
                "addons": addons,
                "preview_render": preview_render,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str | Omit = omit,
        input_image_urls: list[FileInput] | Omit = omit,
        use_original_alpha: bool | Omit = omit,
        seed: int | None | Omit = omit,
        geometry_file_format: Literal["glb", "usdz", "fbx", "obj", "stl"] | Omit = omit,
        material: Literal["PBR", "Shaded", "All"] | Omit = omit,
        quality_mesh_option: Literal[
            "4K Quad",
            "8K Quad",
            "18K Quad",
            "50K Quad",
            "2K Triangle",
            "20K Triangle",
            "150K Triangle",
            "500K Triangle",
        ]
        | Omit = omit,
        tapose: bool | Omit = omit,
        bbox_condition: list[int] | None | Omit = omit,
        addons: Literal["HighPack"] | None | Omit = omit,
        preview_render: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Hyper3dRodinV2Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: A textual prompt to guide model generation. Optional for Image-to-3D mode - if
                empty, AI will generate a prompt based on your images. Default: "". Limits: max
                length 1024.
            input_image_urls: URL of images to use while generating the 3D model. Required for
                Image-to-3D mode. Up to 5 images allowed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            use_original_alpha: When enabled, preserves the transparency channel from input images
                during 3D generation. Default: false.
            seed: Seed value for randomization, ranging from 0 to 65535. Optional. Limits: minimum
                0, maximum 65535.
            geometry_file_format: Format of the geometry file. Possible values: glb, usdz, fbx, obj,
                stl. Default is glb. Default: "glb".
            material: Material type. PBR: Physically-based materials with realistic lighting.
                Shaded: Simple materials with baked lighting. All: Both types included. Default:
                "All".
            quality_mesh_option: Combined quality and mesh type selection. Quad = smooth surfaces,
                Triangle = detailed geometry. These corresponds to `mesh_mode` (if the option
                contains 'Triangle', mesh_mode is 'Raw', otherwise 'Quad') and `quality_override`
                (the numeric part of the option) parameters in Hyper3D API. Default: "500K
                Triangle".
            tapose: Generate characters in T-pose or A-pose format, making them easier to rig and
                animate in 3D software. Default: false.
            bbox_condition: An array that specifies the bounding box dimensions [width, height,
                length].
            addons: The HighPack option will provide 4K resolution textures instead of the default
                1K, as well as models with high-poly. It will cost **triple the billable units**.
            preview_render: Generate a preview render image of the 3D model along with the model
                files. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "use_original_alpha": use_original_alpha,
                "seed": seed,
                "geometry_file_format": geometry_file_format,
                "material": material,
                "quality_mesh_option": quality_mesh_option,
                "tapose": tapose,
                "bbox_condition": bbox_condition,
                "addons": addons,
                "preview_render": preview_render,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str | Omit = omit,
        input_image_urls: list[FileInput] | Omit = omit,
        use_original_alpha: bool | Omit = omit,
        seed: int | None | Omit = omit,
        geometry_file_format: Literal["glb", "usdz", "fbx", "obj", "stl"] | Omit = omit,
        material: Literal["PBR", "Shaded", "All"] | Omit = omit,
        quality_mesh_option: Literal[
            "4K Quad",
            "8K Quad",
            "18K Quad",
            "50K Quad",
            "2K Triangle",
            "20K Triangle",
            "150K Triangle",
            "500K Triangle",
        ]
        | Omit = omit,
        tapose: bool | Omit = omit,
        bbox_condition: list[int] | None | Omit = omit,
        addons: Literal["HighPack"] | None | Omit = omit,
        preview_render: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Hyper3dRodinV2Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: A textual prompt to guide model generation. Optional for Image-to-3D mode - if
                empty, AI will generate a prompt based on your images. Default: "". Limits: max
                length 1024.
            input_image_urls: URL of images to use while generating the 3D model. Required for
                Image-to-3D mode. Up to 5 images allowed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            use_original_alpha: When enabled, preserves the transparency channel from input images
                during 3D generation. Default: false.
            seed: Seed value for randomization, ranging from 0 to 65535. Optional. Limits: minimum
                0, maximum 65535.
            geometry_file_format: Format of the geometry file. Possible values: glb, usdz, fbx, obj,
                stl. Default is glb. Default: "glb".
            material: Material type. PBR: Physically-based materials with realistic lighting.
                Shaded: Simple materials with baked lighting. All: Both types included. Default:
                "All".
            quality_mesh_option: Combined quality and mesh type selection. Quad = smooth surfaces,
                Triangle = detailed geometry. These corresponds to `mesh_mode` (if the option
                contains 'Triangle', mesh_mode is 'Raw', otherwise 'Quad') and `quality_override`
                (the numeric part of the option) parameters in Hyper3D API. Default: "500K
                Triangle".
            tapose: Generate characters in T-pose or A-pose format, making them easier to rig and
                animate in 3D software. Default: false.
            bbox_condition: An array that specifies the bounding box dimensions [width, height,
                length].
            addons: The HighPack option will provide 4K resolution textures instead of the default
                1K, as well as models with high-poly. It will cost **triple the billable units**.
            preview_render: Generate a preview render image of the 3D model along with the model
                files. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "use_original_alpha": use_original_alpha,
                "seed": seed,
                "geometry_file_format": geometry_file_format,
                "material": material,
                "quality_mesh_option": quality_mesh_option,
                "tapose": tapose,
                "bbox_condition": bbox_condition,
                "addons": addons,
                "preview_render": preview_render,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | Omit = omit,
        input_image_urls: list[FileInput] | Omit = omit,
        use_original_alpha: bool | Omit = omit,
        seed: int | None | Omit = omit,
        geometry_file_format: Literal["glb", "usdz", "fbx", "obj", "stl"] | Omit = omit,
        material: Literal["PBR", "Shaded", "All"] | Omit = omit,
        quality_mesh_option: Literal[
            "4K Quad",
            "8K Quad",
            "18K Quad",
            "50K Quad",
            "2K Triangle",
            "20K Triangle",
            "150K Triangle",
            "500K Triangle",
        ]
        | Omit = omit,
        tapose: bool | Omit = omit,
        bbox_condition: list[int] | None | Omit = omit,
        addons: Literal["HighPack"] | None | Omit = omit,
        preview_render: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Hyper3dRodinV2Output]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: A textual prompt to guide model generation. Optional for Image-to-3D mode - if
                empty, AI will generate a prompt based on your images. Default: "". Limits: max
                length 1024.
            input_image_urls: URL of images to use while generating the 3D model. Required for
                Image-to-3D mode. Up to 5 images allowed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            use_original_alpha: When enabled, preserves the transparency channel from input images
                during 3D generation. Default: false.
            seed: Seed value for randomization, ranging from 0 to 65535. Optional. Limits: minimum
                0, maximum 65535.
            geometry_file_format: Format of the geometry file. Possible values: glb, usdz, fbx, obj,
                stl. Default is glb. Default: "glb".
            material: Material type. PBR: Physically-based materials with realistic lighting.
                Shaded: Simple materials with baked lighting. All: Both types included. Default:
                "All".
            quality_mesh_option: Combined quality and mesh type selection. Quad = smooth surfaces,
                Triangle = detailed geometry. These corresponds to `mesh_mode` (if the option
                contains 'Triangle', mesh_mode is 'Raw', otherwise 'Quad') and `quality_override`
                (the numeric part of the option) parameters in Hyper3D API. Default: "500K
                Triangle".
            tapose: Generate characters in T-pose or A-pose format, making them easier to rig and
                animate in 3D software. Default: false.
            bbox_condition: An array that specifies the bounding box dimensions [width, height,
                length].
            addons: The HighPack option will provide 4K resolution textures instead of the default
                1K, as well as models with high-poly. It will cost **triple the billable units**.
            preview_render: Generate a preview render image of the 3D model along with the model
                files. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "use_original_alpha": use_original_alpha,
                "seed": seed,
                "geometry_file_format": geometry_file_format,
                "material": material,
                "quality_mesh_option": quality_mesh_option,
                "tapose": tapose,
                "bbox_condition": bbox_condition,
                "addons": addons,
                "preview_render": preview_render,
            }
        )
        return self._stream(payload, options)
