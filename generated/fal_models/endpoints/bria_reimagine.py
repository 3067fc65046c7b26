# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/bria/reimagine` (Bria Reimagine)."""

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
from fal_models.models.bria_reimagine import BriaReimagineInput, BriaReimagineOutput

__all__ = ["BriaReimagine", "AsyncBriaReimagine", "BriaReimagineInput", "BriaReimagineOutput"]


class BriaReimagine(SyncEndpoint[BriaReimagineInput, BriaReimagineOutput]):
    """Bria Reimagine (`fal-ai/bria/reimagine`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/bria/reimagine/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bria/reimagine"
    input_model: ClassVar[type[BriaReimagineInput]] = BriaReimagineInput
    output_model: ClassVar[type[BriaReimagineOutput]] = BriaReimagineOutput
    Input = BriaReimagineInput
    Output = BriaReimagineOutput

    def subscribe(
        self,
        *,
        prompt: str,
        structure_image_url: FileInput | Omit = omit,
        structure_ref_influence: float | Omit = omit,
        num_results: int | Omit = omit,
        seed: int | None | Omit = omit,
        fast: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> BriaReimagineOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt you would like to use to generate images.
            structure_image_url: The URL of the structure reference image. Use "" to leave empty.
                Accepted formats are jpeg, jpg, png, webp. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: "".
            structure_ref_influence: The influence of the structure reference on the generated
                image. Default: 0.75.
            num_results: How many images you would like to generate. When using any Guidance Method,
                Value is set to 1. Default: 1. Limits: minimum 1, maximum 4.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time. Limits: minimum 0, maximum 2147483647.
            fast: Whether to use the fast model. Default: true.
            num_inference_steps: The number of iterations the model goes through to refine the
                generated image. This parameter is optional. Default: 30. Limits: minimum 20,
                maximum 50.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "structure_image_url": structure_image_url,
                "structure_ref_influence": structure_ref_influence,
                "num_results": num_results,
                "seed": seed,
                "fast": fast,
                "num_inference_steps": num_inference_steps,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        structure_image_url: FileInput | Omit = omit,
        structure_ref_influence: float | Omit = omit,
        num_results: int | Omit = omit,
        seed: int | None | Omit = omit,
        fast: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BriaReimagineOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt you would like to use to generate images.
            structure_image_url: The URL of the structure reference image. Use "" to leave empty.
                Accepted formats are jpeg, jpg, png, webp. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: "".
            structure_ref_influence: The influence of the structure reference on the generated
                image. Default: 0.75.
            num_results: How many images you would like to generate. When using any Guidance Method,
                Value is set to 1. Default: 1. Limits: minimum 1, maximum 4.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time. Limits: minimum 0, maximum 2147483647.
            fast: Whether to use the fast model. Default: true.
            num_inference_steps: The number of iterations the model goes through to refine the
                generated image. This parameter is optional. Default: 30. Limits: minimum 20,
                maximum 50.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "structure_image_url": structure_image_url,
                "structure_ref_influence": structure_ref_influence,
                "num_results": num_results,
                "seed": seed,
                "fast": fast,
                "num_inference_steps": num_inference_steps,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        structure_image_url: FileInput | Omit = omit,
        structure_ref_influence: float | Omit = omit,
        num_results: int | Omit = omit,
        seed: int | None | Omit = omit,
        fast: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BriaReimagineOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt you would like to use to generate images.
            structure_image_url: The URL of the structure reference image. Use "" to leave empty.
                Accepted formats are jpeg, jpg, png, webp. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: "".
            structure_ref_influence: The influence of the structure reference on the generated
                image. Default: 0.75.
            num_results: How many images you would like to generate. When using any Guidance Method,
                Value is set to 1. Default: 1. Limits: minimum 1, maximum 4.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time. Limits: minimum 0, maximum 2147483647.
            fast: Whether to use the fast model. Default: true.
            num_inference_steps: The number of iterations the model goes through to refine the
                generated image. This parameter is optional. Default: 30. Limits: minimum 20,
                maximum 50.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "structure_image_url": structure_image_url,
                "structure_ref_influence": structure_ref_influence,
                "num_results": num_results,
                "seed": seed,
                "fast": fast,
                "num_inference_steps": num_inference_steps,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        structure_image_url: FileInput | Omit = omit,
        structure_ref_influence: float | Omit = omit,
        num_results: int | Omit = omit,
        seed: int | None | Omit = omit,
        fast: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BriaReimagineOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt you would like to use to generate images.
            structure_image_url: The URL of the structure reference image. Use "" to leave empty.
                Accepted formats are jpeg, jpg, png, webp. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: "".
            structure_ref_influence: The influence of the structure reference on the generated
                image. Default: 0.75.
            num_results: How many images you would like to generate. When using any Guidance Method,
                Value is set to 1. Default: 1. Limits: minimum 1, maximum 4.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time. Limits: minimum 0, maximum 2147483647.
            fast: Whether to use the fast model. Default: true.
            num_inference_steps: The number of iterations the model goes through to refine the
                generated image. This parameter is optional. Default: 30. Limits: minimum 20,
                maximum 50.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "structure_image_url": structure_image_url,
                "structure_ref_influence": structure_ref_influence,
                "num_results": num_results,
                "seed": seed,
                "fast": fast,
                "num_inference_steps": num_inference_steps,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncBriaReimagine(AsyncEndpoint[BriaReimagineInput, BriaReimagineOutput]):
    """Bria Reimagine (`fal-ai/bria/reimagine`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/bria/reimagine/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bria/reimagine"
    input_model: ClassVar[type[BriaReimagineInput]] = BriaReimagineInput
    output_model: ClassVar[type[BriaReimagineOutput]] = BriaReimagineOutput
    Input = BriaReimagineInput
    Output = BriaReimagineOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        structure_image_url: FileInput | Omit = omit,
        structure_ref_influence: float | Omit = omit,
        num_results: int | Omit = omit,
        seed: int | None | Omit = omit,
        fast: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BriaReimagineOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt you would like to use to generate images.
            structure_image_url: The URL of the structure reference image. Use "" to leave empty.
                Accepted formats are jpeg, jpg, png, webp. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: "".
            structure_ref_influence: The influence of the structure reference on the generated
                image. Default: 0.75.
            num_results: How many images you would like to generate. When using any Guidance Method,
                Value is set to 1. Default: 1. Limits: minimum 1, maximum 4.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time. Limits: minimum 0, maximum 2147483647.
            fast: Whether to use the fast model. Default: true.
            num_inference_steps: The number of iterations the model goes through to refine the
                generated image. This parameter is optional. Default: 30. Limits: minimum 20,
                maximum 50.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "structure_image_url": structure_image_url,
                "structure_ref_influence": structure_ref_influence,
                "num_results": num_results,
                "seed": seed,
                "fast": fast,
                "num_inference_steps": num_inference_steps,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        structure_image_url: FileInput | Omit = omit,
        structure_ref_influence: float | Omit = omit,
        num_results: int | Omit = omit,
        seed: int | None | Omit = omit,
        fast: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BriaReimagineOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt you would like to use to generate images.
            structure_image_url: The URL of the structure reference image. Use "" to leave empty.
                Accepted formats are jpeg, jpg, png, webp. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: "".
            structure_ref_influence: The influence of the structure reference on the generated
                image. Default: 0.75.
            num_results: How many images you would like to generate. When using any Guidance Method,
                Value is set to 1. Default: 1. Limits: minimum 1, maximum 4.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time. Limits: minimum 0, maximum 2147483647.
            fast: Whether to use the fast model. Default: true.
            num_inference_steps: The number of iterations the model goes through to refine the
                generated image. This parameter is optional. Default: 30. Limits: minimum 20,
                maximum 50.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "structure_image_url": structure_image_url,
                "structure_ref_influence": structure_ref_influence,
                "num_results": num_results,
                "seed": seed,
                "fast": fast,
                "num_inference_steps": num_inference_steps,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        structure_image_url: FileInput | Omit = omit,
        structure_ref_influence: float | Omit = omit,
        num_results: int | Omit = omit,
        seed: int | None | Omit = omit,
        fast: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BriaReimagineOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt you would like to use to generate images.
            structure_image_url: The URL of the structure reference image. Use "" to leave empty.
                Accepted formats are jpeg, jpg, png, webp. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: "".
            structure_ref_influence: The influence of the structure reference on the generated
                image. Default: 0.75.
            num_results: How many images you would like to generate. When using any Guidance Method,
                Value is set to 1. Default: 1. Limits: minimum 1, maximum 4.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time. Limits: minimum 0, maximum 2147483647.
            fast: Whether to use the fast model. Default: true.
            num_inference_steps: The number of iterations the model goes through to refine the
                generated image. This parameter is optional. Default: 30. Limits: minimum 20,
                maximum 50.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "structure_image_url": structure_image_url,
                "structure_ref_influence": structure_ref_influence,
                "num_results": num_results,
                "seed": seed,
                "fast": fast,
                "num_inference_steps": num_inference_steps,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        structure_image_url: FileInput | Omit = omit,
        structure_ref_influence: float | Omit = omit,
        num_results: int | Omit = omit,
        seed: int | None | Omit = omit,
        fast: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BriaReimagineOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt you would like to use to generate images.
            structure_image_url: The URL of the structure reference image. Use "" to leave empty.
                Accepted formats are jpeg, jpg, png, webp. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: "".
            structure_ref_influence: The influence of the structure reference on the generated
                image. Default: 0.75.
            num_results: How many images you would like to generate. When using any Guidance Method,
                Value is set to 1. Default: 1. Limits: minimum 1, maximum 4.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time. Limits: minimum 0, maximum 2147483647.
            fast: Whether to use the fast model. Default: true.
            num_inference_steps: The number of iterations the model goes through to refine the
                generated image. This parameter is optional. Default: 30. Limits: minimum 20,
                maximum 50.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "structure_image_url": structure_image_url,
                "structure_ref_influence": structure_ref_influence,
                "num_results": num_results,
                "seed": seed,
                "fast": fast,
                "num_inference_steps": num_inference_steps,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
