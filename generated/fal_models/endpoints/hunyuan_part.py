# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/hunyuan-part` (Hunyuan Part)."""

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
from fal_models.models.hunyuan_part import HunyuanPartInput, HunyuanPartOutput

__all__ = ["HunyuanPart", "AsyncHunyuanPart", "HunyuanPartInput", "HunyuanPartOutput"]


class HunyuanPart(SyncEndpoint[HunyuanPartInput, HunyuanPartOutput]):
    """Hunyuan Part (`fal-ai/hunyuan-part`).

    Category: 3d-to-3d. Docs: https://fal.ai/models/fal-ai/hunyuan-part/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan-part"
    input_model: ClassVar[type[HunyuanPartInput]] = HunyuanPartInput
    output_model: ClassVar[type[HunyuanPartOutput]] = HunyuanPartOutput
    Input = HunyuanPartInput
    Output = HunyuanPartOutput

    def subscribe(
        self,
        *,
        model_file_url: FileInput,
        point_prompt_x: float | Omit = omit,
        point_prompt_y: float | Omit = omit,
        point_prompt_z: float | Omit = omit,
        point_num: int | Omit = omit,
        use_normal: bool | Omit = omit,
        noise_std: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> HunyuanPartOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            model_file_url: URL of the 3D model file (.glb or .obj) to process for segmentation.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            point_prompt_x: X coordinate of the point prompt for segmentation (normalized space -1
                to 1). Default: 0. Limits: minimum -1, maximum 1.
            point_prompt_y: Y coordinate of the point prompt for segmentation (normalized space -1
                to 1). Default: 0. Limits: minimum -1, maximum 1.
            point_prompt_z: Z coordinate of the point prompt for segmentation (normalized space -1
                to 1). Default: 0. Limits: minimum -1, maximum 1.
            point_num: Number of points to sample from the mesh. Default: 100000. Limits: minimum
                10000, maximum 500000.
            use_normal: Whether to use normal information for segmentation. Default: true.
            noise_std: Standard deviation of noise to add to sampled points. Default: 0. Limits:
                minimum 0, maximum 0.02.
            seed: The same seed and input will produce the same segmentation results.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "model_file_url": model_file_url,
                "point_prompt_x": point_prompt_x,
                "point_prompt_y": point_prompt_y,
                "point_prompt_z": point_prompt_z,
                "point_num": point_num,
                "use_normal": use_normal,
                "noise_std": noise_std,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        model_file_url: FileInput,
        point_prompt_x: float | Omit = omit,
        point_prompt_y: float | Omit = omit,
        point_prompt_z: float | Omit = omit,
        point_num: int | Omit = omit,
        use_normal: bool | Omit = omit,
        noise_std: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[HunyuanPartOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            model_file_url: URL of the 3D model file (.glb or .obj) to process for segmentation.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            point_prompt_x: X coordinate of the point prompt for segmentation (normalized space -1
                to 1). Default: 0. Limits: minimum -1, maximum 1.
            point_prompt_y: Y coordinate of the point prompt for segmentation (normalized space -1
                to 1). Default: 0. Limits: minimum -1, maximum 1.
            point_prompt_z: Z coordinate of the point prompt for segmentation (normalized space -1
                to 1). Default: 0. Limits: minimum -1, maximum 1.
            point_num: Number of points to sample from the mesh. Default: 100000. Limits: minimum
                10000, maximum 500000.
            use_normal: Whether to use normal information for segmentation. Default: true.
            noise_std: Standard deviation of noise to add to sampled points. Default: 0. Limits:
                minimum 0, maximum 0.02.
            seed: The same seed and input will produce the same segmentation results.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "model_file_url": model_file_url,
                "point_prompt_x": point_prompt_x,
                "point_prompt_y": point_prompt_y,
                "point_prompt_z": point_prompt_z,
                "point_num": point_num,
                "use_normal": use_normal,
                "noise_std": noise_std,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        model_file_url: FileInput,
        point_prompt_x: float | Omit = omit,
        point_prompt_y: float | Omit = omit,
        point_prompt_z: float | Omit = omit,
        point_num: int | Omit = omit,
        use_normal: bool | Omit = omit,
        noise_std: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> HunyuanPartOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            model_file_url: URL of the 3D model file (.glb or .obj) to process for segmentation.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            point_prompt_x: X coordinate of the point prompt for segmentation (normalized space -1
                to 1). Default: 0. Limits: minimum -1, maximum 1.
            point_prompt_y: Y coordinate of the point prompt for segmentation (normalized space -1
                to 1). Default: 0. Limits: minimum -1, maximum 1.
            point_prompt_z: Z coordinate of the point prompt for segmentation (normalized space -1
                to 1). Default: 0. Limits: minimum -1, maximum 1.
            point_num: Number of points to sample from the mesh. Default: 100000. Limits: minimum
                10000, maximum 500000.
            use_normal: Whether to use normal information for segmentation. Default: true.
            noise_std: Standard deviation of noise to add to sampled points. Default: 0. Limits:
                minimum 0, maximum 0.02.
            seed: The same seed and input will produce the same segmentation results.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "model_file_url": model_file_url,
                "point_prompt_x": point_prompt_x,
                "point_prompt_y": point_prompt_y,
                "point_prompt_z": point_prompt_z,
                "point_num": point_num,
                "use_normal": use_normal,
                "noise_std": noise_std,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        model_file_url: FileInput,
        point_prompt_x: float | Omit = omit,
        point_prompt_y: float | Omit = omit,
        point_prompt_z: float | Omit = omit,
        point_num: int | Omit = omit,
        use_normal: bool | Omit = omit,
        noise_std: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[HunyuanPartOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            model_file_url: URL of the 3D model file (.glb or .obj) to process for segmentation.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            point_prompt_x: X coordinate of the point prompt for segmentation (normalized space -1
                to 1). Default: 0. Limits: minimum -1, maximum 1.
            point_prompt_y: Y coordinate of the point prompt for segmentation (normalized space -1
                to 1). Default: 0. Limits: minimum -1, maximum 1.
            point_prompt_z: Z coordinate of the point prompt for segmentation (normalized space -1
                to 1). Default: 0. Limits: minimum -1, maximum 1.
            point_num: Number of points to sample from the mesh. Default: 100000. Limits: minimum
                10000, maximum 500000.
            use_normal: Whether to use normal information for segmentation. Default: true.
            noise_std: Standard deviation of noise to add to sampled points. Default: 0. Limits:
                minimum 0, maximum 0.02.
            seed: The same seed and input will produce the same segmentation results.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "model_file_url": model_file_url,
                "point_prompt_x": point_prompt_x,
                "point_prompt_y": point_prompt_y,
                "point_prompt_z": point_prompt_z,
                "point_num": point_num,
                "use_normal": use_normal,
                "noise_std": noise_std,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncHunyuanPart(AsyncEndpoint[HunyuanPartInput, HunyuanPartOutput]):
    """Hunyuan Part (`fal-ai/hunyuan-part`).

    Category: 3d-to-3d. Docs: https://fal.ai/models/fal-ai/hunyuan-part/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan-part"
    input_model: ClassVar[type[HunyuanPartInput]] = HunyuanPartInput
    output_model: ClassVar[type[HunyuanPartOutput]] = HunyuanPartOutput
    Input = HunyuanPartInput
    Output = HunyuanPartOutput

    async def subscribe(
        self,
        *,
        model_file_url: FileInput,
        point_prompt_x: float | Omit = omit,
        point_prompt_y: float | Omit = omit,
        point_prompt_z: float | Omit = omit,
        point_num: int | Omit = omit,
        use_normal: bool | Omit = omit,
        noise_std: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> HunyuanPartOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            model_file_url: URL of the 3D model file (.glb or .obj) to process for segmentation.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            point_prompt_x: X coordinate of the point prompt for segmentation (normalized space -1
                to 1). Default: 0. Limits: minimum -1, maximum 1.
            point_prompt_y: Y coordinate of the point prompt for segmentation (normalized space -1
                to 1). Default: 0. Limits: minimum -1, maximum 1.
            point_prompt_z: Z coordinate of the point prompt for segmentation (normalized space -1
                to 1). Default: 0. Limits: minimum -1, maximum 1.
            point_num: Number of points to sample from the mesh. Default: 100000. Limits: minimum
                10000, maximum 500000.
            use_normal: Whether to use normal information for segmentation. Default: true.
            noise_std: Standard deviation of noise to add to sampled points. Default: 0. Limits:
                minimum 0, maximum 0.02.
            seed: The same seed and input will produce the same segmentation results.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "model_file_url": model_file_url,
                "point_prompt_x": point_prompt_x,
                "point_prompt_y": point_prompt_y,
                "point_prompt_z": point_prompt_z,
                "point_num": point_num,
                "use_normal": use_normal,
                "noise_std": noise_std,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        model_file_url: FileInput,
        point_prompt_x: float | Omit = omit,
        point_prompt_y: float | Omit = omit,
        point_prompt_z: float | Omit = omit,
        point_num: int | Omit = omit,
        use_normal: bool | Omit = omit,
        noise_std: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[HunyuanPartOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            model_file_url: URL of the 3D model file (.glb or .obj) to process for segmentation.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            point_prompt_x: X coordinate of the point prompt for segmentation (normalized space -1
                to 1). Default: 0. Limits: minimum -1, maximum 1.
            point_prompt_y: Y coordinate of the point prompt for segmentation (normalized space -1
                to 1). Default: 0. Limits: minimum -1, maximum 1.
            point_prompt_z: Z coordinate of the point prompt for segmentation (normalized space -1
                to 1). Default: 0. Limits: minimum -1, maximum 1.
            point_num: Number of points to sample from the mesh. Default: 100000. Limits: minimum
                10000, maximum 500000.
            use_normal: Whether to use normal information for segmentation. Default: true.
            noise_std: Standard deviation of noise to add to sampled points. Default: 0. Limits:
                minimum 0, maximum 0.02.
            seed: The same seed and input will produce the same segmentation results.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "model_file_url": model_file_url,
                "point_prompt_x": point_prompt_x,
                "point_prompt_y": point_prompt_y,
                "point_prompt_z": point_prompt_z,
                "point_num": point_num,
                "use_normal": use_normal,
                "noise_std": noise_std,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        model_file_url: FileInput,
        point_prompt_x: float | Omit = omit,
        point_prompt_y: float | Omit = omit,
        point_prompt_z: float | Omit = omit,
        point_num: int | Omit = omit,
        use_normal: bool | Omit = omit,
        noise_std: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> HunyuanPartOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            model_file_url: URL of the 3D model file (.glb or .obj) to process for segmentation.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            point_prompt_x: X coordinate of the point prompt for segmentation (normalized space -1
                to 1). Default: 0. Limits: minimum -1, maximum 1.
            point_prompt_y: Y coordinate of the point prompt for segmentation (normalized space -1
                to 1). Default: 0. Limits: minimum -1, maximum 1.
            point_prompt_z: Z coordinate of the point prompt for segmentation (normalized space -1
                to 1). Default: 0. Limits: minimum -1, maximum 1.
            point_num: Number of points to sample from the mesh. Default: 100000. Limits: minimum
                10000, maximum 500000.
            use_normal: Whether to use normal information for segmentation. Default: true.
            noise_std: Standard deviation of noise to add to sampled points. Default: 0. Limits:
                minimum 0, maximum 0.02.
            seed: The same seed and input will produce the same segmentation results.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "model_file_url": model_file_url,
                "point_prompt_x": point_prompt_x,
                "point_prompt_y": point_prompt_y,
                "point_prompt_z": point_prompt_z,
                "point_num": point_num,
                "use_normal": use_normal,
                "noise_std": noise_std,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        model_file_url: FileInput,
        point_prompt_x: float | Omit = omit,
        point_prompt_y: float | Omit = omit,
        point_prompt_z: float | Omit = omit,
        point_num: int | Omit = omit,
        use_normal: bool | Omit = omit,
        noise_std: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[HunyuanPartOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            model_file_url: URL of the 3D model file (.glb or .obj) to process for segmentation.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            point_prompt_x: X coordinate of the point prompt for segmentation (normalized space -1
                to 1). Default: 0. Limits: minimum -1, maximum 1.
            point_prompt_y: Y coordinate of the point prompt for segmentation (normalized space -1
                to 1). Default: 0. Limits: minimum -1, maximum 1.
            point_prompt_z: Z coordinate of the point prompt for segmentation (normalized space -1
                to 1). Default: 0. Limits: minimum -1, maximum 1.
            point_num: Number of points to sample from the mesh. Default: 100000. Limits: minimum
                10000, maximum 500000.
            use_normal: Whether to use normal information for segmentation. Default: true.
            noise_std: Standard deviation of noise to add to sampled points. Default: 0. Limits:
                minimum 0, maximum 0.02.
            seed: The same seed and input will produce the same segmentation results.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "model_file_url": model_file_url,
                "point_prompt_x": point_prompt_x,
                "point_prompt_y": point_prompt_y,
                "point_prompt_z": point_prompt_z,
                "point_num": point_num,
                "use_normal": use_normal,
                "noise_std": noise_std,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
