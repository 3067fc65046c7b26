# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/hunyuan3d/v2/multi-view/turbo` (Hunyuan3d V2 Multi View Turbo)."""

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
from fal_models.models.hunyuan3d_v2_multi_view_turbo import (
    Hunyuan3dV2MultiViewTurboInput,
    Hunyuan3dV2MultiViewTurboOutput,
)

__all__ = [
    "Hunyuan3dV2MultiViewTurbo",
    "AsyncHunyuan3dV2MultiViewTurbo",
    "Hunyuan3dV2MultiViewTurboInput",
    "Hunyuan3dV2MultiViewTurboOutput",
]


class Hunyuan3dV2MultiViewTurbo(
    SyncEndpoint[Hunyuan3dV2MultiViewTurboInput, Hunyuan3dV2MultiViewTurboOutput]
):
    """Hunyuan3d V2 Multi View Turbo (`fal-ai/hunyuan3d/v2/multi-view/turbo`).

    Category: image-to-3d. Docs: https://fal.ai/models/fal-ai/hunyuan3d/v2/multi-view/turbo/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan3d/v2/multi-view/turbo"
    input_model: ClassVar[type[Hunyuan3dV2MultiViewTurboInput]] = Hunyuan3dV2MultiViewTurboInput
    output_model: ClassVar[type[Hunyuan3dV2MultiViewTurboOutput]] = Hunyuan3dV2MultiViewTurboOutput
    Input = Hunyuan3dV2MultiViewTurboInput
    Output = Hunyuan3dV2MultiViewTurboOutput

    def subscribe(
        self,
        *,
        front_image_url: FileInput,
        back_image_url: FileInput,
        left_image_url: FileInput,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        octree_resolution: int | Omit = omit,
        textured_mesh: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Hunyuan3dV2MultiViewTurboOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            front_image_url: URL of image to use while generating the 3D model. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            back_image_url: URL of image to use while generating the 3D model. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            left_image_url: URL of image to use while generating the 3D model. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            num_inference_steps: Number of inference steps to perform. Default: 50. Limits: minimum
                1, maximum 50.
            guidance_scale: Guidance scale for the model. Default: 7.5. Limits: minimum 0, maximum
                20.
            octree_resolution: Octree resolution for the model. Default: 256. Limits: minimum 1,
                maximum 1024.
            textured_mesh: If set true, textured mesh will be generated and the price charged would
                be 3 times that of white mesh. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "front_image_url": front_image_url,
                "back_image_url": back_image_url,
                "left_image_url": left_image_url,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "octree_resolution": octree_resolution,
                "textured_mesh": textured_mesh,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        front_image_url: FileInput,
        back_image_url: FileInput,
        left_image_url: FileInput,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        octree_resolution: int | Omit = omit,
        textured_mesh: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Hunyuan3dV2MultiViewTurboOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            front_image_url: URL of image to use while generating the 3D model. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            back_image_url: URL of image to use while generating the 3D model. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            left_image_url: URL of image to use while generating the 3D model. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            num_inference_steps: Number of inference steps to perform. Default: 50. Limits: minimum
                1, maximum 50.
            guidance_scale: Guidance scale for the model. Default: 7.5. Limits: minimum 0, maximum
                20.
            octree_resolution: Octree resolution for the model. Default: 256. Limits: minimum 1,
                maximum 1024.
            textured_mesh: If set true, textured mesh will be generated and the price charged would
                be 3 times that of white mesh. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "front_image_url": front_image_url,
                "back_image_url": back_image_url,
                "left_image_url": left_image_url,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "octree_resolution": octree_resolution,
                "textured_mesh": textured_mesh,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        front_image_url: FileInput,
        back_image_url: FileInput,
        left_image_url: FileInput,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        octree_resolution: int | Omit = omit,
        textured_mesh: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Hunyuan3dV2MultiViewTurboOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            front_image_url: URL of image to use while generating the 3D model. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            back_image_url: URL of image to use while generating the 3D model. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            left_image_url: URL of image to use while generating the 3D model. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            num_inference_steps: Number of inference steps to perform. Default: 50. Limits: minimum
                1, maximum 50.
            guidance_scale: Guidance scale for the model. Default: 7.5. Limits: minimum 0, maximum
                20.
            octree_resolution: Octree resolution for the model. Default: 256. Limits: minimum 1,
                maximum 1024.
            textured_mesh: If set true, textured mesh will be generated and the price charged would
                be 3 times that of white mesh. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "front_image_url": front_image_url,
                "back_image_url": back_image_url,
                "left_image_url": left_image_url,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "octree_resolution": octree_resolution,
                "textured_mesh": textured_mesh,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        front_image_url: FileInput,
        back_image_url: FileInput,
        left_image_url: FileInput,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        octree_resolution: int | Omit = omit,
        textured_mesh: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Hunyuan3dV2MultiViewTurboOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            front_image_url: URL of image to use while generating the 3D model. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            back_image_url: URL of image to use while generating the 3D model. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            left_image_url: URL of image to use while generating the 3D model. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            num_inference_steps: Number of inference steps to perform. Default: 50. Limits: minimum
                1, maximum 50.
            guidance_scale: Guidance scale for the model. Default: 7.5. Limits: minimum 0, maximum
                20.
            octree_resolution: Octree resolution for the model. Default: 256. Limits: minimum 1,
                maximum 1024.
            textured_mesh: If set true, textured mesh will be generated and the price charged would
                be 3 times that of white mesh. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "front_image_url": front_image_url,
                "back_image_url": back_image_url,
                "left_image_url": left_image_url,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "octree_resolution": octree_resolution,
                "textured_mesh": textured_mesh,
            }
        )
        return self._stream(payload, options)


class AsyncHunyuan3dV2MultiViewTurbo(
    AsyncEndpoint[Hunyuan3dV2MultiViewTurboInput, Hunyuan3dV2MultiViewTurboOutput]
):
    """Hunyuan3d V2 Multi View Turbo (`fal-ai/hunyuan3d/v2/multi-view/turbo`).

    Category: image-to-3d. Docs: https://fal.ai/models/fal-ai/hunyuan3d/v2/multi-view/turbo/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan3d/v2/multi-view/turbo"
    input_model: ClassVar[type[Hunyuan3dV2MultiViewTurboInput]] = Hunyuan3dV2MultiViewTurboInput
    output_model: ClassVar[type[Hunyuan3dV2MultiViewTurboOutput]] = Hunyuan3dV2MultiViewTurboOutput
    Input = Hunyuan3dV2MultiViewTurboInput
    Output = Hunyuan3dV2MultiViewTurboOutput

    async def subscribe(
        self,
        *,
        front_image_url: FileInput,
        back_image_url: FileInput,
        left_image_url: FileInput,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        octree_resolution: int | Omit = omit,
        textured_mesh: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Hunyuan3dV2MultiViewTurboOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            front_image_url: URL of image to use while generating the 3D model. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            back_image_url: URL of image to use while generating the 3D model. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            left_image_url: URL of image to use while generating the 3D model. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            num_inference_steps: Number of inference steps to perform. Default: 50. Limits: minimum
                1, maximum 50.
            guidance_scale: Guidance scale for the model. Default: 7.5. Limits: minimum 0, maximum
                20.
            octree_resolution: Octree resolution for the model. Default: 256. Limits: minimum 1,
                maximum 1024.
            textured_mesh: If set true, textured mesh will be generated and the price charged would
                be 3 times that of white mesh. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "front_image_url": front_image_url,
                "back_image_url": back_image_url,
                "left_image_url": left_image_url,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "octree_resolution": octree_resolution,
                "textured_mesh": textured_mesh,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        front_image_url: FileInput,
        back_image_url: FileInput,
        left_image_url: FileInput,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        octree_resolution: int | Omit = omit,
        textured_mesh: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Hunyuan3dV2MultiViewTurboOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            front_image_url: URL of image to use while generating the 3D model. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            back_image_url: URL of image to use while generating the 3D model. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            left_image_url: URL of image to use while generating the 3D model. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            num_inference_steps: Number of inference steps to perform. Default: 50. Limits: minimum
                1, maximum 50.
            guidance_scale: Guidance scale for the model. Default: 7.5. Limits: minimum 0, maximum
                20.
            octree_resolution: Octree resolution for the model. Default: 256. Limits: minimum 1,
                maximum 1024.
            textured_mesh: If set true, textured mesh will be generated and the price charged would
                be 3 times that of white mesh. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "front_image_url": front_image_url,
                "back_image_url": back_image_url,
                "left_image_url": left_image_url,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "octree_resolution": octree_resolution,
                "textured_mesh": textured_mesh,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        front_image_url: FileInput,
        back_image_url: FileInput,
        left_image_url: FileInput,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        octree_resolution: int | Omit = omit,
        textured_mesh: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Hunyuan3dV2MultiViewTurboOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            front_image_url: URL of image to use while generating the 3D model. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            back_image_url: URL of image to use while generating the 3D model. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            left_image_url: URL of image to use while generating the 3D model. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            num_inference_steps: Number of inference steps to perform. Default: 50. Limits: minimum
                1, maximum 50.
            guidance_scale: Guidance scale for the model. Default: 7.5. Limits: minimum 0, maximum
                20.
            octree_resolution: Octree resolution for the model. Default: 256. Limits: minimum 1,
                maximum 1024.
            textured_mesh: If set true, textured mesh will be generated and the price charged would
                be 3 times that of white mesh. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "front_image_url": front_image_url,
                "back_image_url": back_image_url,
                "left_image_url": left_image_url,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "octree_resolution": octree_resolution,
                "textured_mesh": textured_mesh,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        front_image_url: FileInput,
        back_image_url: FileInput,
        left_image_url: FileInput,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        octree_resolution: int | Omit = omit,
        textured_mesh: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Hunyuan3dV2MultiViewTurboOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            front_image_url: URL of image to use while generating the 3D model. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            back_image_url: URL of image to use while generating the 3D model. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            left_image_url: URL of image to use while generating the 3D model. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            num_inference_steps: Number of inference steps to perform. Default: 50. Limits: minimum
                1, maximum 50.
            guidance_scale: Guidance scale for the model. Default: 7.5. Limits: minimum 0, maximum
                20.
            octree_resolution: Octree resolution for the model. Default: 256. Limits: minimum 1,
                maximum 1024.
            textured_mesh: If set true, textured mesh will be generated and the price charged would
                be 3 times that of white mesh. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "front_image_url": front_image_url,
                "back_image_url": back_image_url,
                "left_image_url": left_image_url,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "octree_resolution": octree_resolution,
                "textured_mesh": textured_mesh,
            }
        )
        return self._stream(payload, options)
