# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/fast-svd-lcm` (Fast Svd Lcm)."""

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
from fal_models.models.fast_svd_lcm import FastSvdLcmInput, FastSvdLcmOutput

__all__ = ["FastSvdLcm", "AsyncFastSvdLcm", "FastSvdLcmInput", "FastSvdLcmOutput"]


class FastSvdLcm(SyncEndpoint[FastSvdLcmInput, FastSvdLcmOutput]):
    """Fast Svd Lcm (`fal-ai/fast-svd-lcm`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/fast-svd-lcm/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/fast-svd-lcm"
    input_model: ClassVar[type[FastSvdLcmInput]] = FastSvdLcmInput
    output_model: ClassVar[type[FastSvdLcmOutput]] = FastSvdLcmOutput
    Input = FastSvdLcmInput
    Output = FastSvdLcmOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        motion_bucket_id: int | Omit = omit,
        cond_aug: float | Omit = omit,
        seed: int | None | Omit = omit,
        steps: int | Omit = omit,
        fps: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> FastSvdLcmOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            motion_bucket_id: The motion bucket id determines the motion of the generated video. The
                higher the number, the more motion there will be. Default: 127. Limits: minimum 1,
                maximum 255.
            cond_aug: The conditoning augmentation determines the amount of noise that will be added
                to the conditioning frame. The higher the number, the more noise there will be, and
                the less the video will look like the initial image. Increase it for more motion.
                Default: 0.02. Limits: minimum 0, maximum 10.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            steps: The number of steps to run the model for. The higher the number the better the
                quality and longer it will take to generate. Default: 4. Limits: minimum 1, maximum
                20.
            fps: The FPS of the generated video. The higher the number, the faster the video will
                play. Total video length is 25 frames. Default: 10. Limits: minimum 1, maximum 25.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "motion_bucket_id": motion_bucket_id,
                "cond_aug": cond_aug,
                "seed": seed,
                "steps": steps,
                "fps": fps,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        motion_bucket_id: int | Omit = omit,
        cond_aug: float | Omit = omit,
        seed: int | None | Omit = omit,
        steps: int | Omit = omit,
        fps: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[FastSvdLcmOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            motion_bucket_id: The motion bucket id determines the motion of the generated video. The
                higher the number, the more motion there will be. Default: 127. Limits: minimum 1,
                maximum 255.
            cond_aug: The conditoning augmentation determines the amount of noise that will be added
                to the conditioning frame. The higher the number, the more noise there will be, and
                the less the video will look like the initial image. Increase it for more motion.
                Default: 0.02. Limits: minimum 0, maximum 10.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            steps: The number of steps to run the model for. The higher the number the better the
                quality and longer it will take to generate. Default: 4. Limits: minimum 1, maximum
                20.
            fps: The FPS of the generated video. The higher the number, the faster the video will
                play. Total video length is 25 frames. Default: 10. Limits: minimum 1, maximum 25.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "motion_bucket_id": motion_bucket_id,
                "cond_aug": cond_aug,
                "seed": seed,
                "steps": steps,
                "fps": fps,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        motion_bucket_id: int | Omit = omit,
        cond_aug: float | Omit = omit,
        seed: int | None | Omit = omit,
        steps: int | Omit = omit,
        fps: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FastSvdLcmOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            motion_bucket_id: The motion bucket id determines the motion of the generated video. The
                higher the number, the more motion there will be. Default: 127. Limits: minimum 1,
                maximum 255.
            cond_aug: The conditoning augmentation determines the amount of noise that will be added
                to the conditioning frame. The higher the number, the more noise there will be, and
                the less the video will look like the initial image. Increase it for more motion.
                Default: 0.02. Limits: minimum 0, maximum 10.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            steps: The number of steps to run the model for. The higher the number the better the
                quality and longer it will take to generate. Default: 4. Limits: minimum 1, maximum
                20.
            fps: The FPS of the generated video. The higher the number, the faster the video will
                play. Total video length is 25 frames. Default: 10. Limits: minimum 1, maximum 25.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "motion_bucket_id": motion_bucket_id,
                "cond_aug": cond_aug,
                "seed": seed,
                "steps": steps,
                "fps": fps,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        motion_bucket_id: int | Omit = omit,
        cond_aug: float | Omit = omit,
        seed: int | None | Omit = omit,
        steps: int | Omit = omit,
        fps: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[FastSvdLcmOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            motion_bucket_id: The motion bucket id determines the motion of the generated video. The
                higher the number, the more motion there will be. Default: 127. Limits: minimum 1,
                maximum 255.
            cond_aug: The conditoning augmentation determines the amount of noise that will be added
                to the conditioning frame. The higher the number, the more noise there will be, and
                the less the video will look like the initial image. Increase it for more motion.
                Default: 0.02. Limits: minimum 0, maximum 10.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            steps: The number of steps to run the model for. The higher the number the better the
                quality and longer it will take to generate. Default: 4. Limits: minimum 1, maximum
                20.
            fps: The FPS of the generated video. The higher the number, the faster the video will
                play. Total video length is 25 frames. Default: 10. Limits: minimum 1, maximum 25.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "motion_bucket_id": motion_bucket_id,
                "cond_aug": cond_aug,
                "seed": seed,
                "steps": steps,
                "fps": fps,
            }
        )
        return self._stream(payload, options)


class AsyncFastSvdLcm(AsyncEndpoint[FastSvdLcmInput, FastSvdLcmOutput]):
    """Fast Svd Lcm (`fal-ai/fast-svd-lcm`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/fast-svd-lcm/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/fast-svd-lcm"
    input_model: ClassVar[type[FastSvdLcmInput]] = FastSvdLcmInput
    output_model: ClassVar[type[FastSvdLcmOutput]] = FastSvdLcmOutput
    Input = FastSvdLcmInput
    Output = FastSvdLcmOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        motion_bucket_id: int | Omit = omit,
        cond_aug: float | Omit = omit,
        seed: int | None | Omit = omit,
        steps: int | Omit = omit,
        fps: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> FastSvdLcmOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            motion_bucket_id: The motion bucket id determines the motion of the generated video. The
                higher the number, the more motion there will be. Default: 127. Limits: minimum 1,
                maximum 255.
            cond_aug: The conditoning augmentation determines the amount of noise that will be added
                to the conditioning frame. The higher the number, the more noise there will be, and
                the less the video will look like the initial image. Increase it for more motion.
                Default: 0.02. Limits: minimum 0, maximum 10.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            steps: The number of steps to run the model for. The higher the number the better the
                quality and longer it will take to generate. Default: 4. Limits: minimum 1, maximum
                20.
            fps: The FPS of the generated video. The higher the number, the faster the video will
                play. Total video length is 25 frames. Default: 10. Limits: minimum 1, maximum 25.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "motion_bucket_id": motion_bucket_id,
                "cond_aug": cond_aug,
                "seed": seed,
                "steps": steps,
                "fps": fps,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        motion_bucket_id: int | Omit = omit,
        cond_aug: float | Omit = omit,
        seed: int | None | Omit = omit,
        steps: int | Omit = omit,
        fps: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[FastSvdLcmOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            motion_bucket_id: The motion bucket id determines the motion of the generated video. The
                higher the number, the more motion there will be. Default: 127. Limits: minimum 1,
                maximum 255.
            cond_aug: The conditoning augmentation determines the amount of noise that will be added
                to the conditioning frame. The higher the number, the more noise there will be, and
                the less the video will look like the initial image. Increase it for more motion.
                Default: 0.02. Limits: minimum 0, maximum 10.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            steps: The number of steps to run the model for. The higher the number the better the
                quality and longer it will take to generate. Default: 4. Limits: minimum 1, maximum
                20.
            fps: The FPS of the generated video. The higher the number, the faster the video will
                play. Total video length is 25 frames. Default: 10. Limits: minimum 1, maximum 25.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "motion_bucket_id": motion_bucket_id,
                "cond_aug": cond_aug,
                "seed": seed,
                "steps": steps,
                "fps": fps,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        motion_bucket_id: int | Omit = omit,
        cond_aug: float | Omit = omit,
        seed: int | None | Omit = omit,
        steps: int | Omit = omit,
        fps: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FastSvdLcmOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            motion_bucket_id: The motion bucket id determines the motion of the generated video. The
                higher the number, the more motion there will be. Default: 127. Limits: minimum 1,
                maximum 255.
            cond_aug: The conditoning augmentation determines the amount of noise that will be added
                to the conditioning frame. The higher the number, the more noise there will be, and
                the less the video will look like the initial image. Increase it for more motion.
                Default: 0.02. Limits: minimum 0, maximum 10.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            steps: The number of steps to run the model for. The higher the number the better the
                quality and longer it will take to generate. Default: 4. Limits: minimum 1, maximum
                20.
            fps: The FPS of the generated video. The higher the number, the faster the video will
                play. Total video length is 25 frames. Default: 10. Limits: minimum 1, maximum 25.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "motion_bucket_id": motion_bucket_id,
                "cond_aug": cond_aug,
                "seed": seed,
                "steps": steps,
                "fps": fps,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        motion_bucket_id: int | Omit = omit,
        cond_aug: float | Omit = omit,
        seed: int | None | Omit = omit,
        steps: int | Omit = omit,
        fps: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[FastSvdLcmOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            motion_bucket_id: The motion bucket id determines the motion of the generated video. The
                higher the number, the more motion there will be. Default: 127. Limits: minimum 1,
                maximum 255.
            cond_aug: The conditoning augmentation determines the amount of noise that will be added
                to the conditioning frame. The higher the number, the more noise there will be, and
                the less the video will look like the initial image. Increase it for more motion.
                Default: 0.02. Limits: minimum 0, maximum 10.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            steps: The number of steps to run the model for. The higher the number the better the
                quality and longer it will take to generate. Default: 4. Limits: minimum 1, maximum
                20.
            fps: The FPS of the generated video. The higher the number, the faster the video will
                play. Total video length is 25 frames. Default: 10. Limits: minimum 1, maximum 25.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "motion_bucket_id": motion_bucket_id,
                "cond_aug": cond_aug,
                "seed": seed,
                "steps": steps,
                "fps": fps,
            }
        )
        return self._stream(payload, options)
