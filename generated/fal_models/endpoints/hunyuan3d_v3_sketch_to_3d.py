# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/hunyuan3d-v3/sketch-to-3d` (Hunyuan3d V3 Sketch To 3d)."""

from __future__ import annotations

from typing import ClassVar, Unpack

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
from fal_models.models.hunyuan3d_v3_sketch_to_3d import (
    Hunyuan3dV3SketchTo3dInput,
    Hunyuan3dV3SketchTo3dOutput,
)

__all__ = [
    "Hunyuan3dV3SketchTo3d",
    "AsyncHunyuan3dV3SketchTo3d",
    "Hunyuan3dV3SketchTo3dInput",
    "Hunyuan3dV3SketchTo3dOutput",
]


class Hunyuan3dV3SketchTo3d(SyncEndpoint[Hunyuan3dV3SketchTo3dInput, Hunyuan3dV3SketchTo3dOutput]):
    """Hunyuan3d V3 Sketch To 3d (`fal-ai/hunyuan3d-v3/sketch-to-3d`).

    Category: image-to-3d. Docs: https://fal.ai/models/fal-ai/hunyuan3d-v3/sketch-to-3d/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan3d-v3/sketch-to-3d"
    input_model: ClassVar[type[Hunyuan3dV3SketchTo3dInput]] = Hunyuan3dV3SketchTo3dInput
    output_model: ClassVar[type[Hunyuan3dV3SketchTo3dOutput]] = Hunyuan3dV3SketchTo3dOutput
    Input = Hunyuan3dV3SketchTo3dInput
    Output = Hunyuan3dV3SketchTo3dOutput

    def subscribe(
        self,
        *,
        input_image_url: FileInput,
        prompt: str,
        enable_pbr: bool | Omit = omit,
        face_count: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Hunyuan3dV3SketchTo3dOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            input_image_url: URL of sketch or line art image to transform into a 3D model. Image
                resolution must be between 128x128 and 5000x5000 pixels. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: Text prompt describing the 3D content attributes such as color, category, and
                material. Limits: max length 1024.
            enable_pbr: Whether to enable PBR material generation. Default: false.
            face_count: Target face count. Range: 40000-1500000. Default: 500000. Limits: minimum
                40000, maximum 1500000.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "input_image_url": input_image_url,
                "prompt": prompt,
                "enable_pbr": enable_pbr,
                "face_count": face_count,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        input_image_url: FileInput,
        prompt: str,
        enable_pbr: bool | Omit = omit,
        face_count: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Hunyuan3dV3SketchTo3dOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            input_image_url: URL of sketch or line art image to transform into a 3D model. Image
                resolution must be between 128x128 and 5000x5000 pixels. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: Text prompt describing the 3D content attributes such as color, category, and
                material. Limits: max length 1024.
            enable_pbr: Whether to enable PBR material generation. Default: false.
            face_count: Target face count. Range: 40000-1500000. Default: 500000. Limits: minimum
                40000, maximum 1500000.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "input_image_url": input_image_url,
                "prompt": prompt,
                "enable_pbr": enable_pbr,
                "face_count": face_count,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        input_image_url: FileInput,
        prompt: str,
        enable_pbr: bool | Omit = omit,
        face_count: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Hunyuan3dV3SketchTo3dOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            input_image_url: URL of sketch or line art image to transform into a 3D model. Image
                resolution must be between 128x128 and 5000x5000 pixels. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: Text prompt describing the 3D content attributes such as color, category, and
                material. Limits: max length 1024.
            enable_pbr: Whether to enable PBR material generation. Default: false.
            face_count: Target face count. Range: 40000-1500000. Default: 500000. Limits: minimum
                40000, maximum 1500000.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "input_image_url": input_image_url,
                "prompt": prompt,
                "enable_pbr": enable_pbr,
                "face_count": face_count,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        input_image_url: FileInput,
        prompt: str,
        enable_pbr: bool | Omit = omit,
        face_count: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Hunyuan3dV3SketchTo3dOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            input_image_url: URL of sketch or line art image to transform into a 3D model. Image
                resolution must be between 128x128 and 5000x5000 pixels. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: Text prompt describing the 3D content attributes such as color, category, and
                material. Limits: max length 1024.
            enable_pbr: Whether to enable PBR material generation. Default: false.
            face_count: Target face count. Range: 40000-1500000. Default: 500000. Limits: minimum
                40000, maximum 1500000.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "input_image_url": input_image_url,
                "prompt": prompt,
                "enable_pbr": enable_pbr,
                "face_count": face_count,
            }
        )
        return self._stream(payload, options)


class AsyncHunyuan3dV3SketchTo3d(
    AsyncEndpoint[Hunyuan3dV3SketchTo3dInput, Hunyuan3dV3SketchTo3dOutput]
):
    """Hunyuan3d V3 Sketch To 3d (`fal-ai/hunyuan3d-v3/sketch-to-3d`).

    Category: image-to-3d. Docs: https://fal.ai/models/fal-ai/hunyuan3d-v3/sketch-to-3d/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan3d-v3/sketch-to-3d"
    input_model: ClassVar[type[Hunyuan3dV3SketchTo3dInput]] = Hunyuan3dV3SketchTo3dInput
    output_model: ClassVar[type[Hunyuan3dV3SketchTo3dOutput]] = Hunyuan3dV3SketchTo3dOutput
    Input = Hunyuan3dV3SketchTo3dInput
    Output = Hunyuan3dV3SketchTo3dOutput

    async def subscribe(
        self,
        *,
        input_image_url: FileInput,
        prompt: str,
        enable_pbr: bool | Omit = omit,
        face_count: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Hunyuan3dV3SketchTo3dOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            input_image_url: URL of sketch or line art image to transform into a 3D model. Image
                resolution must be between 128x128 and 5000x5000 pixels. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: Text prompt describing the 3D content attributes such as color, category, and
                material. Limits: max length 1024.
            enable_pbr: Whether to enable PBR material generation. Default: false.
            face_count: Target face count. Range: 40000-1500000. Default: 500000. Limits: minimum
                40000, maximum 1500000.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "input_image_url": input_image_url,
                "prompt": prompt,
                "enable_pbr": enable_pbr,
                "face_count": face_count,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        input_image_url: FileInput,
        prompt: str,
        enable_pbr: bool | Omit = omit,
        face_count: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Hunyuan3dV3SketchTo3dOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            input_image_url: URL of sketch or line art image to transform into a 3D model. Image
                resolution must be between 128x128 and 5000x5000 pixels. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: Text prompt describing the 3D content attributes such as color, category, and
                material. Limits: max length 1024.
            enable_pbr: Whether to enable PBR material generation. Default: false.
            face_count: Target face count. Range: 40000-1500000. Default: 500000. Limits: minimum
                40000, maximum 1500000.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "input_image_url": input_image_url,
                "prompt": prompt,
                "enable_pbr": enable_pbr,
                "face_count": face_count,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        input_image_url: FileInput,
        prompt: str,
        enable_pbr: bool | Omit = omit,
        face_count: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Hunyuan3dV3SketchTo3dOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            input_image_url: URL of sketch or line art image to transform into a 3D model. Image
                resolution must be between 128x128 and 5000x5000 pixels. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: Text prompt describing the 3D content attributes such as color, category, and
                material. Limits: max length 1024.
            enable_pbr: Whether to enable PBR material generation. Default: false.
            face_count: Target face count. Range: 40000-1500000. Default: 500000. Limits: minimum
                40000, maximum 1500000.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "input_image_url": input_image_url,
                "prompt": prompt,
                "enable_pbr": enable_pbr,
                "face_count": face_count,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        input_image_url: FileInput,
        prompt: str,
        enable_pbr: bool | Omit = omit,
        face_count: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Hunyuan3dV3SketchTo3dOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            input_image_url: URL of sketch or line art image to transform into a 3D model. Image
                resolution must be between 128x128 and 5000x5000 pixels. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: Text prompt describing the 3D content attributes such as color, category, and
                material. Limits: max length 1024.
            enable_pbr: Whether to enable PBR material generation. Default: false.
            face_count: Target face count. Range: 40000-1500000. Default: 500000. Limits: minimum
                40000, maximum 1500000.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "input_image_url": input_image_url,
                "prompt": prompt,
                "enable_pbr": enable_pbr,
                "face_count": face_count,
            }
        )
        return self._stream(payload, options)
