# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/era-3d` (Era 3d)."""

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
from fal_models.models.era_3d import Era3dInput, Era3dOutput

__all__ = ["Era3d", "AsyncEra3d", "Era3dInput", "Era3dOutput"]


class Era3d(SyncEndpoint[Era3dInput, Era3dOutput]):
    """Era 3d (`fal-ai/era-3d`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/era-3d/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/era-3d"
    input_model: ClassVar[type[Era3dInput]] = Era3dInput
    output_model: ClassVar[type[Era3dOutput]] = Era3dOutput
    Input = Era3dInput
    Output = Era3dOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        cfg: float | Omit = omit,
        steps: int | Omit = omit,
        crop_size: int | Omit = omit,
        seed: int | Omit = omit,
        background_removal: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Era3dOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to remove background from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            cfg: The CFG (Classifier Free Guidance) scale is a measure of how close you want the
                model to stick to your prompt when looking for a related image to show you. Default:
                4. Limits: minimum 0, maximum 20.
            steps: Number of steps to run the model for. Default: 40. Limits: minimum 1, maximum
                200.
            crop_size: Size of the image to crop to. Default: 400. Limits: minimum 256, maximum 512.
            seed: Seed for random number generation. Default: -1.
            background_removal: Background removal. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "cfg": cfg,
                "steps": steps,
                "crop_size": crop_size,
                "seed": seed,
                "background_removal": background_removal,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        cfg: float | Omit = omit,
        steps: int | Omit = omit,
        crop_size: int | Omit = omit,
        seed: int | Omit = omit,
        background_removal: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Era3dOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to remove background from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            cfg: The CFG (Classifier Free Guidance) scale is a measure of how close you want the
                model to stick to your prompt when looking for a related image to show you. Default:
                4. Limits: minimum 0, maximum 20.
            steps: Number of steps to run the model for. Default: 40. Limits: minimum 1, maximum
                200.
            crop_size: Size of the image to crop to. Default: 400. Limits: minimum 256, maximum 512.
            seed: Seed for random number generation. Default: -1.
            background_removal: Background removal. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "cfg": cfg,
                "steps": steps,
                "crop_size": crop_size,
                "seed": seed,
                "background_removal": background_removal,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        cfg: float | Omit = omit,
        steps: int | Omit = omit,
        crop_size: int | Omit = omit,
        seed: int | Omit = omit,
        background_removal: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Era3dOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to remove background from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            cfg: The CFG (Classifier Free Guidance) scale is a measure of how close you want the
                model to stick to your prompt when looking for a related image to show you. Default:
                4. Limits: minimum 0, maximum 20.
            steps: Number of steps to run the model for. Default: 40. Limits: minimum 1, maximum
                200.
            crop_size: Size of the image to crop to. Default: 400. Limits: minimum 256, maximum 512.
            seed: Seed for random number generation. Default: -1.
            background_removal: Background removal. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "cfg": cfg,
                "steps": steps,
                "crop_size": crop_size,
                "seed": seed,
                "background_removal": background_removal,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        cfg: float | Omit = omit,
        steps: int | Omit = omit,
        crop_size: int | Omit = omit,
        seed: int | Omit = omit,
        background_removal: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Era3dOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to remove background from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            cfg: The CFG (Classifier Free Guidance) scale is a measure of how close you want the
                model to stick to your prompt when looking for a related image to show you. Default:
                4. Limits: minimum 0, maximum 20.
            steps: Number of steps to run the model for. Default: 40. Limits: minimum 1, maximum
                200.
            crop_size: Size of the image to crop to. Default: 400. Limits: minimum 256, maximum 512.
            seed: Seed for random number generation. Default: -1.
            background_removal: Background removal. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "cfg": cfg,
                "steps": steps,
                "crop_size": crop_size,
                "seed": seed,
                "background_removal": background_removal,
            }
        )
        return self._stream(payload, options)


class AsyncEra3d(AsyncEndpoint[Era3dInput, Era3dOutput]):
    """Era 3d (`fal-ai/era-3d`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/era-3d/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/era-3d"
    input_model: ClassVar[type[Era3dInput]] = Era3dInput
    output_model: ClassVar[type[Era3dOutput]] = Era3dOutput
    Input = Era3dInput
    Output = Era3dOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        cfg: float | Omit = omit,
        steps: int | Omit = omit,
        crop_size: int | Omit = omit,
        seed: int | Omit = omit,
        background_removal: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Era3dOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to remove background from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            cfg: The CFG (Classifier Free Guidance) scale is a measure of how close you want the
                model to stick to your prompt when looking for a related image to show you. Default:
                4. Limits: minimum 0, maximum 20.
            steps: Number of steps to run the model for. Default: 40. Limits: minimum 1, maximum
                200.
            crop_size: Size of the image to crop to. Default: 400. Limits: minimum 256, maximum 512.
            seed: Seed for random number generation. Default: -1.
            background_removal: Background removal. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "cfg": cfg,
                "steps": steps,
                "crop_size": crop_size,
                "seed": seed,
                "background_removal": background_removal,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        cfg: float | Omit = omit,
        steps: int | Omit = omit,
        crop_size: int | Omit = omit,
        seed: int | Omit = omit,
        background_removal: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Era3dOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to remove background from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            cfg: The CFG (Classifier Free Guidance) scale is a measure of how close you want the
                model to stick to your prompt when looking for a related image to show you. Default:
                4. Limits: minimum 0, maximum 20.
            steps: Number of steps to run the model for. Default: 40. Limits: minimum 1, maximum
                200.
            crop_size: Size of the image to crop to. Default: 400. Limits: minimum 256, maximum 512.
            seed: Seed for random number generation. Default: -1.
            background_removal: Background removal. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "cfg": cfg,
                "steps": steps,
                "crop_size": crop_size,
                "seed": seed,
                "background_removal": background_removal,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        cfg: float | Omit = omit,
        steps: int | Omit = omit,
        crop_size: int | Omit = omit,
        seed: int | Omit = omit,
        background_removal: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Era3dOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to remove background from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            cfg: The CFG (Classifier Free Guidance) scale is a measure of how close you want the
                model to stick to your prompt when looking for a related image to show you. Default:
                4. Limits: minimum 0, maximum 20.
            steps: Number of steps to run the model for. Default: 40. Limits: minimum 1, maximum
                200.
            crop_size: Size of the image to crop to. Default: 400. Limits: minimum 256, maximum 512.
            seed: Seed for random number generation. Default: -1.
            background_removal: Background removal. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "cfg": cfg,
                "steps": steps,
                "crop_size": crop_size,
                "seed": seed,
                "background_removal": background_removal,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        cfg: float | Omit = omit,
        steps: int | Omit = omit,
        crop_size: int | Omit = omit,
        seed: int | Omit = omit,
        background_removal: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Era3dOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to remove background from. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            cfg: The CFG (Classifier Free Guidance) scale is a measure of how close you want the
                model to stick to your prompt when looking for a related image to show you. Default:
                4. Limits: minimum 0, maximum 20.
            steps: Number of steps to run the model for. Default: 40. Limits: minimum 1, maximum
                200.
            crop_size: Size of the image to crop to. Default: 400. Limits: minimum 256, maximum 512.
            seed: Seed for random number generation. Default: -1.
            background_removal: Background removal. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "cfg": cfg,
                "steps": steps,
                "crop_size": crop_size,
                "seed": seed,
                "background_removal": background_removal,
            }
        )
        return self._stream(payload, options)
