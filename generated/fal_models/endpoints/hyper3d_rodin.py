# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/hyper3d/rodin` (Hyper3d Rodin)."""

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
from fal_models.models.hyper3d_rodin import Hyper3dRodinInput, Hyper3dRodinOutput

__all__ = ["Hyper3dRodin", "AsyncHyper3dRodin", "Hyper3dRodinInput", "Hyper3dRodinOutput"]


class Hyper3dRodin(SyncEndpoint[Hyper3dRodinInput, Hyper3dRodinOutput]):
    """Hyper3d Rodin (`fal-ai/hyper3d/rodin`).

    Category: text-to-3d. Docs: https://fal.ai/models/fal-ai/hyper3d/rodin/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hyper3d/rodin"
    input_model: ClassVar[type[Hyper3dRodinInput]] = Hyper3dRodinInput
    output_model: ClassVar[type[Hyper3dRodinOutput]] = Hyper3dRodinOutput
    Input = Hyper3dRodinInput
    Output = Hyper3dRodinOutput

    def subscribe(
        self,
        *,
        prompt: str | Omit = omit,
        input_image_urls: list[FileInput] | Omit = omit,
        condition_mode: Literal["fuse", "concat"] | Omit = omit,
        seed: int | None | Omit = omit,
        geometry_file_format: Literal["glb", "usdz", "fbx", "obj", "stl"] | Omit = omit,
        material: Literal["PBR", "Shaded"] | Omit = omit,
        quality: Literal["high", "medium", "low", "extra-low"] | Omit = omit,
        use_hyper: bool | Omit = omit,
        tier: Literal["Regular", "Sketch"] | Omit = omit,
        tapose: bool | Omit = omit,
        bbox_condition: list[int] | None | Omit = omit,
        addons: Literal["HighPack"] | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Hyper3dRodinOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: A textual prompt to guide model generation. Required for Text-to-3D mode.
                Optional for Image-to-3D mode. Default: "". Limits: max length 1024.
            input_image_urls: URL of images to use while generating the 3D model. Required for
                Image-to-3D mode. Optional for Text-to-3D mode. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            condition_mode: For fuse mode, One or more images are required.It will generate a model
                by extracting and fusing features of objects from multiple images.For concat mode,
                need to upload multiple multi-view images of the same object and generate the model.
                (You can upload multi-view images in any order, regardless of the order of view.).
                Default: "concat".
            seed: Seed value for randomization, ranging from 0 to 65535. Optional. Limits: minimum
                0, maximum 65535.
            geometry_file_format: Format of the geometry file. Possible values: glb, usdz, fbx, obj,
                stl. Default is glb. Default: "glb".
            material: Material type. Possible values: PBR, Shaded. Default is PBR. Default: "PBR".
            quality: Generation quality. Possible values: high, medium, low, extra-low. Default is
                medium. Default: "medium".
            use_hyper: Whether to export the model using hyper mode. Default is false. Default:
                false.
            tier: Tier of generation. For Rodin Sketch, set to Sketch. For Rodin Regular, set to
                Regular. Default: "Regular".
            tapose: When generating the human-like model, this parameter control the generation
                result to T/A Pose. Default: false.
            bbox_condition: An array that specifies the dimensions and scaling factor of the
                bounding box. Typically, this array contains 3 elements, Length(X-axis),
                Width(Y-axis) and Height(Z-axis).
            addons: Generation add-on features. Default is []. Possible values are HighPack. The
                HighPack option will provide 4K resolution textures instead of the default 1K, as
                well as models with high-poly. It will cost triple the billable units.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "condition_mode": condition_mode,
                "seed": seed,
                "geometry_file_format": geometry_file_format,
                "material": material,
                "quality": quality,
                "use_hyper": use_hyper,
                "tier": tier,
                "tapose": tapose,
                "bbox_condition": bbox_condition,
                "addons": addons,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str | Omit = omit,
        input_image_urls: list[FileInput] | Omit = omit,
        condition_mode: Literal["fuse", "concat"] | Omit = omit,
        seed: int | None | Omit = omit,
        geometry_file_format: Literal["glb", "usdz", "fbx", "obj", "stl"] | Omit = omit,
        material: Literal["PBR", "Shaded"] | Omit = omit,
        quality: Literal["high", "medium", "low", "extra-low"] | Omit = omit,
        use_hyper: bool | Omit = omit,
        tier: Literal["Regular", "Sketch"] | Omit = omit,
        tapose: bool | Omit = omit,
        bbox_condition: list[int] | None | Omit = omit,
        addons: Literal["HighPack"] | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Hyper3dRodinOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: A textual prompt to guide model generation. Required for Text-to-3D mode.
                Optional for Image-to-3D mode. Default: "". Limits: max length 1024.
            input_image_urls: URL of images to use while generating the 3D model. Required for
                Image-to-3D mode. Optional for Text-to-3D mode. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            condition_mode: For fuse mode, One or more images are required.It will generate a model
                by extracting and fusing features of objects from multiple images.For concat mode,
                need to upload multiple multi-view images of the same object and generate the model.
                (You can upload multi-view images in any order, regardless of the order of view.).
                Default: "concat".
            seed: Seed value for randomization, ranging from 0 to 65535. Optional. Limits: minimum
                0, maximum 65535.
            geometry_file_format: Format of the geometry file. Possible values: glb, usdz, fbx, obj,
                stl. Default is glb. Default: "glb".
            material: Material type. Possible values: PBR, Shaded. Default is PBR. Default: "PBR".
            quality: Generation quality. Possible values: high, medium, low, extra-low. Default is
                medium. Default: "medium".
            use_hyper: Whether to export the model using hyper mode. Default is false. Default:
                false.
            tier: Tier of generation. For Rodin Sketch, set to Sketch. For Rodin Regular, set to
                Regular. Default: "Regular".
            tapose: When generating the human-like model, this parameter control the generation
                result to T/A Pose. Default: false.
            bbox_condition: An array that specifies the dimensions and scaling factor of the
                bounding box. Typically, this array contains 3 elements, Length(X-axis),
                Width(Y-axis) and Height(Z-axis).
            addons: Generation add-on features. Default is []. Possible values are HighPack. The
                HighPack option will provide 4K resolution textures instead of the default 1K, as
                well as models with high-poly. It will cost triple the billable units.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "condition_mode": condition_mode,
                "seed": seed,
                "geometry_file_format": geometry_file_format,
                "material": material,
                "quality": quality,
                "use_hyper": use_hyper,
                "tier": tier,
                "tapose": tapose,
                "bbox_condition": bbox_condition,
                "addons": addons,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str | Omit = omit,
        input_image_urls: list[FileInput] | Omit = omit,
        condition_mode: Literal["fuse", "concat"] | Omit = omit,
        seed: int | None | Omit = omit,
        geometry_file_format: Literal["glb", "usdz", "fbx", "obj", "stl"] | Omit = omit,
        material: Literal["PBR", "Shaded"] | Omit = omit,
        quality: Literal["high", "medium", "low", "extra-low"] | Omit = omit,
        use_hyper: bool | Omit = omit,
        tier: Literal["Regular", "Sketch"] | Omit = omit,
        tapose: bool | Omit = omit,
        bbox_condition: list[int] | None | Omit = omit,
        addons: Literal["HighPack"] | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Hyper3dRodinOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: A textual prompt to guide model generation. Required for Text-to-3D mode.
                Optional for Image-to-3D mode. Default: "". Limits: max length 1024.
            input_image_urls: URL of images to use while generating the 3D model. Required for
                Image-to-3D mode. Optional for Text-to-3D mode. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            condition_mode: For fuse mode, One or more images are required.It will generate a model
                by extracting and fusing features of objects from multiple images.For concat mode,
                need to upload multiple multi-view images of the same object and generate the model.
                (You can upload multi-view images in any order, regardless of the order of view.).
                Default: "concat".
            seed: Seed value for randomization, ranging from 0 to 65535. Optional. Limits: minimum
                0, maximum 65535.
            geometry_file_format: Format of the geometry file. Possible values: glb, usdz, fbx, obj,
                stl. Default is glb. Default: "glb".
            material: Material type. Possible values: PBR, Shaded. Default is PBR. Default: "PBR".
            quality: Generation quality. Possible values: high, medium, low, extra-low. Default is
                medium. Default: "medium".
            use_hyper: Whether to export the model using hyper mode. Default is false. Default:
                false.
            tier: Tier of generation. For Rodin Sketch, set to Sketch. For Rodin Regular, set to
                Regular. Default: "Regular".
            tapose: When generating the human-like model, this parameter control the generation
                result to T/A Pose. Default: false.
            bbox_condition: An array that specifies the dimensions and scaling factor of the
                bounding box. Typically, this array contains 3 elements, Length(X-axis),
                Width(Y-axis) and Height(Z-axis).
            addons: Generation add-on features. Default is []. Possible values are HighPack. The
                HighPack option will provide 4K resolution textures instead of the default 1K, as
                well as models with high-poly. It will cost triple the billable units.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "condition_mode": condition_mode,
                "seed": seed,
                "geometry_file_format": geometry_file_format,
                "material": material,
                "quality": quality,
                "use_hyper": use_hyper,
                "tier": tier,
                "tapose": tapose,
                "bbox_condition": bbox_condition,
                "addons": addons,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | Omit = omit,
        input_image_urls: list[FileInput] | Omit = omit,
        condition_mode: Literal["fuse", "concat"] | Omit = omit,
        seed: int | None | Omit = omit,
        geometry_file_format: Literal["glb", "usdz", "fbx", "obj", "stl"] | Omit = omit,
        material: Literal["PBR", "Shaded"] | Omit = omit,
        quality: Literal["high", "medium", "low", "extra-low"] | Omit = omit,
        use_hyper: bool | Omit = omit,
        tier: Literal["Regular", "Sketch"] | Omit = omit,
        tapose: bool | Omit = omit,
        bbox_condition: list[int] | None | Omit = omit,
        addons: Literal["HighPack"] | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Hyper3dRodinOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: A textual prompt to guide model generation. Required for Text-to-3D mode.
                Optional for Image-to-3D mode. Default: "". Limits: max length 1024.
            input_image_urls: URL of images to use while generating the 3D model. Required for
                Image-to-3D mode. Optional for Text-to-3D mode. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            condition_mode: For fuse mode, One or more images are required.It will generate a model
                by extracting and fusing features of objects from multiple images.For concat mode,
                need to upload multiple multi-view images of the same object and generate the model.
                (You can upload multi-view images in any order, regardless of the order of view.).
                Default: "concat".
            seed: Seed value for randomization, ranging from 0 to 65535. Optional. Limits: minimum
                0, maximum 65535.
            geometry_file_format: Format of the geometry file. Possible values: glb, usdz, fbx, obj,
                stl. Default is glb. Default: "glb".
            material: Material type. Possible values: PBR, Shaded. Default is PBR. Default: "PBR".
            quality: Generation quality. Possible values: high, medium, low, extra-low. Default is
                medium. Default: "medium".
            use_hyper: Whether to export the model using hyper mode. Default is false. Default:
                false.
            tier: Tier of generation. For Rodin Sketch, set to Sketch. For Rodin Regular, set to
                Regular. Default: "Regular".
            tapose: When generating the human-like model, this parameter control the generation
                result to T/A Pose. Default: false.
            bbox_condition: An array that specifies the dimensions and scaling factor of the
                bounding box. Typically, this array contains 3 elements, Length(X-axis),
                Width(Y-axis) and Height(Z-axis).
            addons: Generation add-on features. Default is []. Possible values are HighPack. The
                HighPack option will provide 4K resolution textures instead of the default 1K, as
                well as models with high-poly. It will cost triple the billable units.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "condition_mode": condition_mode,
                "seed": seed,
                "geometry_file_format": geometry_file_format,
                "material": material,
                "quality": quality,
                "use_hyper": use_hyper,
                "tier": tier,
                "tapose": tapose,
                "bbox_condition": bbox_condition,
                "addons": addons,
            }
        )
        return self._stream(payload, options)


class AsyncHyper3dRodin(AsyncEndpoint[Hyper3dRodinInput, Hyper3dRodinOutput]):
    """Hyper3d Rodin (`fal-ai/hyper3d/rodin`).

    Category: text-to-3d. Docs: https://fal.ai/models/fal-ai/hyper3d/rodin/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hyper3d/rodin"
    input_model: ClassVar[type[Hyper3dRodinInput]] = Hyper3dRodinInput
    output_model: ClassVar[type[Hyper3dRodinOutput]] = Hyper3dRodinOutput
    Input = Hyper3dRodinInput
    Output = Hyper3dRodinOutput

    async def subscribe(
        self,
        *,
        prompt: str | Omit = omit,
        input_image_urls: list[FileInput] | Omit = omit,
        condition_mode: Literal["fuse", "concat"] | Omit = omit,
        seed: int | None | Omit = omit,
        geometry_file_format: Literal["glb", "usdz", "fbx", "obj", "stl"] | Omit = omit,
        material: Literal["PBR", "Shaded"] | Omit = omit,
        quality: Literal["high", "medium", "low", "extra-low"] | Omit = omit,
        use_hyper: bool | Omit = omit,
        tier: Literal["Regular", "Sketch"] | Omit = omit,
        tapose: bool | Omit = omit,
        bbox_condition: list[int] | None | Omit = omit,
        addons: Literal["HighPack"] | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Hyper3dRodinOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: A textual prompt to guide model generation. Required for Text-to-3D mode.
                Optional for Image-to-3D mode. Default: "". Limits: max length 1024.
            input_image_urls: URL of images to use while generating the 3D model. Required for
                Image-to-3D mode. Optional for Text-to-3D mode. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            condition_mode: For fuse mode, One or more images are required.It will generate a model
                by extracting and fusing features of objects from multiple images.For concat mode,
                need to upload multiple multi-view images of the same object and generate the model.
                (You can upload multi-view images in any order, regardless of the order of view.).
                Default: "concat".
            seed: Seed value for randomization, ranging from 0 to 65535. Optional. Limits: minimum
                0, maximum 65535.
            geometry_file_format: Format of the geometry file. Possible values: glb, usdz, fbx, obj,
                stl. Default is glb. Default: "glb".
            material: Material type. Possible values: PBR, Shaded. Default is PBR. Default: "PBR".
            quality: Generation quality. Possible values: high, medium, low, extra-low. Default is
                medium. Default: "medium".
            use_hyper: Whether to export the model using hyper mode. Default is false. Default:
                false.
            tier: Tier of generation. For Rodin Sketch, set to Sketch. For Rodin Regular, set to
                Regular. Default: "Regular".
            tapose: When generating the human-like model, this parameter control the generation
                result to T/A Pose. Default: false.
            bbox_condition: An array that specifies the dimensions and scaling factor of the
                bounding box. Typically, this array contains 3 elements, Length(X-axis),
                Width(Y-axis) and Height(Z-axis).
            addons: Generation add-on features. Default is []. Possible values are HighPack. The
                HighPack option will provide 4K resolution textures instead of the default 1K, as
                well as models with high-poly. It will cost triple the billable units.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "condition_mode": condition_mode,
                "seed": seed,
                "geometry_file_format": geometry_file_format,
                "material": material,
                "quality": quality,
                "use_hyper": use_hyper,
                "tier": tier,
                "tapose": tapose,
                "bbox_condition": bbox_condition,
                "addons": addons,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str | Omit = omit,
        input_image_urls: list[FileInput] | Omit = omit,
        condition_mode: Literal["fuse", "concat"] | Omit = omit,
        seed: int | None | Omit = omit,
        geometry_file_format: Literal["glb", "usdz", "fbx", "obj", "stl"] | Omit = omit,
        material: Literal["PBR", "Shaded"] | Omit = omit,
        quality: Literal["high", "medium", "low", "extra-low"] | Omit = omit,
        use_hyper: bool | Omit = omit,
        tier: Literal["Regular", "Sketch"] | Omit = omit,
        tapose: bool | Omit = omit,
        bbox_condition: list[int] | None | Omit = omit,
        addons: Literal["HighPack"] | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Hyper3dRodinOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: A textual prompt to guide model generation. Required for Text-to-3D mode.
                Optional for Image-to-3D mode. Default: "". Limits: max length 1024.
            input_image_urls: URL of images to use while generating the 3D model. Required for
                Image-to-3D mode. Optional for Text-to-3D mode. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            condition_mode: For fuse mode, One or more images are required.It will generate a model
                by extracting and fusing features of objects from multiple images.For concat mode,
                need to upload multiple multi-view images of the same object and generate the model.
                (You can upload multi-view images in any order, regardless of the order of view.).
                Default: "concat".
            seed: Seed value for randomization, ranging from 0 to 65535. Optional. Limits: minimum
                0, maximum 65535.
            geometry_file_format: Format of the geometry file. Possible values: glb, usdz, fbx, obj,
                stl. Default is glb. Default: "glb".
            material: Material type. Possible values: PBR, Shaded. Default is PBR. Default: "PBR".
            quality: Generation quality. Possible values: high, medium, low, extra-low. Default is
                medium. Default: "medium".
            use_hyper: Whether to export the model using hyper mode. Default is false. Default:
                false.
            tier: Tier of generation. For Rodin Sketch, set to Sketch. For Rodin Regular, set to
                Regular. Default: "Regular".
            tapose: When generating the human-like model, this parameter control the generation
                result to T/A Pose. Default: false.
            bbox_condition: An array that specifies the dimensions and scaling factor of the
                bounding box. Typically, this array contains 3 elements, Length(X-axis),
                Width(Y-axis) and Height(Z-axis).
            addons: Generation add-on features. Default is []. Possible values are HighPack. The
                HighPack option will provide 4K resolution textures instead of the default 1K, as
                well as models with high-poly. It will cost triple the billable units.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "condition_mode": condition_mode,
                "seed": seed,
                "geometry_file_format": geometry_file_format,
                "material": material,
                "quality": quality,
                "use_hyper": use_hyper,
                "tier": tier,
                "tapose": tapose,
                "bbox_condition": bbox_condition,
                "addons": addons,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str | Omit = omit,
        input_image_urls: list[FileInput] | Omit = omit,
        condition_mode: Literal["fuse", "concat"] | Omit = omit,
        seed: int | None | Omit = omit,
        geometry_file_format: Literal["glb", "usdz", "fbx", "obj", "stl"] | Omit = omit,
        material: Literal["PBR", "Shaded"] | Omit = omit,
        quality: Literal["high", "medium", "low", "extra-low"] | Omit = omit,
        use_hyper: bool | Omit = omit,
        tier: Literal["Regular", "Sketch"] | Omit = omit,
        tapose: bool | Omit = omit,
        bbox_condition: list[int] | None | Omit = omit,
        addons: Literal["HighPack"] | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Hyper3dRodinOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: A textual prompt to guide model generation. Required for Text-to-3D mode.
                Optional for Image-to-3D mode. Default: "". Limits: max length 1024.
            input_image_urls: URL of images to use while generating the 3D model. Required for
                Image-to-3D mode. Optional for Text-to-3D mode. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            condition_mode: For fuse mode, One or more images are required.It will generate a model
                by extracting and fusing features of objects from multiple images.For concat mode,
                need to upload multiple multi-view images of the same object and generate the model.
                (You can upload multi-view images in any order, regardless of the order of view.).
                Default: "concat".
            seed: Seed value for randomization, ranging from 0 to 65535. Optional. Limits: minimum
                0, maximum 65535.
            geometry_file_format: Format of the geometry file. Possible values: glb, usdz, fbx, obj,
                stl. Default is glb. Default: "glb".
            material: Material type. Possible values: PBR, Shaded. Default is PBR. Default: "PBR".
            quality: Generation quality. Possible values: high, medium, low, extra-low. Default is
                medium. Default: "medium".
            use_hyper: Whether to export the model using hyper mode. Default is false. Default:
                false.
            tier: Tier of generation. For Rodin Sketch, set to Sketch. For Rodin Regular, set to
                Regular. Default: "Regular".
            tapose: When generating the human-like model, this parameter control the generation
                result to T/A Pose. Default: false.
            bbox_condition: An array that specifies the dimensions and scaling factor of the
                bounding box. Typically, this array contains 3 elements, Length(X-axis),
                Width(Y-axis) and Height(Z-axis).
            addons: Generation add-on features. Default is []. Possible values are HighPack. The
                HighPack option will provide 4K resolution textures instead of the default 1K, as
                well as models with high-poly. It will cost triple the billable units.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "condition_mode": condition_mode,
                "seed": seed,
                "geometry_file_format": geometry_file_format,
                "material": material,
                "quality": quality,
                "use_hyper": use_hyper,
                "tier": tier,
                "tapose": tapose,
                "bbox_condition": bbox_condition,
                "addons": addons,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | Omit = omit,
        input_image_urls: list[FileInput] | Omit = omit,
        condition_mode: Literal["fuse", "concat"] | Omit = omit,
        seed: int | None | Omit = omit,
        geometry_file_format: Literal["glb", "usdz", "fbx", "obj", "stl"] | Omit = omit,
        material: Literal["PBR", "Shaded"] | Omit = omit,
        quality: Literal["high", "medium", "low", "extra-low"] | Omit = omit,
        use_hyper: bool | Omit = omit,
        tier: Literal["Regular", "Sketch"] | Omit = omit,
        tapose: bool | Omit = omit,
        bbox_condition: list[int] | None | Omit = omit,
        addons: Literal["HighPack"] | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Hyper3dRodinOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: A textual prompt to guide model generation. Required for Text-to-3D mode.
                Optional for Image-to-3D mode. Default: "". Limits: max length 1024.
            input_image_urls: URL of images to use while generating the 3D model. Required for
                Image-to-3D mode. Optional for Text-to-3D mode. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            condition_mode: For fuse mode, One or more images are required.It will generate a model
                by extracting and fusing features of objects from multiple images.For concat mode,
                need to upload multiple multi-view images of the same object and generate the model.
                (You can upload multi-view images in any order, regardless of the order of view.).
                Default: "concat".
            seed: Seed value for randomization, ranging from 0 to 65535. Optional. Limits: minimum
                0, maximum 65535.
            geometry_file_format: Format of the geometry file. Possible values: glb, usdz, fbx, obj,
                stl. Default is glb. Default: "glb".
            material: Material type. Possible values: PBR, Shaded. Default is PBR. Default: "PBR".
            quality: Generation quality. Possible values: high, medium, low, extra-low. Default is
                medium. Default: "medium".
            use_hyper: Whether to export the model using hyper mode. Default is false. Default:
                false.
            tier: Tier of generation. For Rodin Sketch, set to Sketch. For Rodin Regular, set to
                Regular. Default: "Regular".
            tapose: When generating the human-like model, this parameter control the generation
                result to T/A Pose. Default: false.
            bbox_condition: An array that specifies the dimensions and scaling factor of the
                bounding box. Typically, this array contains 3 elements, Length(X-axis),
                Width(Y-axis) and Height(Z-axis).
            addons: Generation add-on features. Default is []. Possible values are HighPack. The
                HighPack option will provide 4K resolution textures instead of the default 1K, as
                well as models with high-poly. It will cost triple the billable units.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "condition_mode": condition_mode,
                "seed": seed,
                "geometry_file_format": geometry_file_format,
                "material": material,
                "quality": quality,
                "use_hyper": use_hyper,
                "tier": tier,
                "tapose": tapose,
                "bbox_condition": bbox_condition,
                "addons": addons,
            }
        )
        return self._stream(payload, options)
