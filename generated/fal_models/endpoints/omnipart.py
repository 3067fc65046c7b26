# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/omnipart` (Omnipart)."""

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
from fal_models.models.omnipart import OmnipartInput, OmnipartOutput

__all__ = ["Omnipart", "AsyncOmnipart", "OmnipartInput", "OmnipartOutput"]


class Omnipart(SyncEndpoint[OmnipartInput, OmnipartOutput]):
    """Omnipart (`fal-ai/omnipart`).

    Category: image-to-3d. Docs: https://fal.ai/models/fal-ai/omnipart/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/omnipart"
    input_model: ClassVar[type[OmnipartInput]] = OmnipartInput
    output_model: ClassVar[type[OmnipartOutput]] = OmnipartOutput
    Input = OmnipartInput
    Output = OmnipartOutput

    def subscribe(
        self,
        *,
        input_image_url: FileInput,
        minimum_segment_size: int | Omit = omit,
        seed: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        parts: str | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> OmnipartOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            input_image_url: URL of image to use while generating the 3D model. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            minimum_segment_size: Minimum segment size (pixels) for the model. Default: 2000.
                Limits: minimum 1, maximum 10000.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time. Default: 765464.
            guidance_scale: Guidance scale for the model. Default: 7.5. Limits: minimum 0, maximum
                20.
            parts: Specify which segments to merge (e.g., '0,1;3,4' merges segments 0&1 together and
                3&4 together). Default: "".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "input_image_url": input_image_url,
                "minimum_segment_size": minimum_segment_size,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "parts": parts,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        input_image_url: FileInput,
        minimum_segment_size: int | Omit = omit,
        seed: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        parts: str | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[OmnipartOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            input_image_url: URL of image to use while generating the 3D model. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            minimum_segment_size: Minimum segment size (pixels) for the model. Default: 2000.
                Limits: minimum 1, maximum 10000.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time. Default: 765464.
            guidance_scale: Guidance scale for the model. Default: 7.5. Limits: minimum 0, maximum
                20.
            parts: Specify which segments to merge (e.g., '0,1;3,4' merges segments 0&1 together and
                3&4 together). Default: "".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "input_image_url": input_image_url,
                "minimum_segment_size": minimum_segment_size,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "parts": parts,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        input_image_url: FileInput,
        minimum_segment_size: int | Omit = omit,
        seed: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        parts: str | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> OmnipartOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            input_image_url: URL of image to use while generating the 3D model. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            minimum_segment_size: Minimum segment size (pixels) for the model. Default: 2000.
                Limits: minimum 1, maximum 10000.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time. Default: 765464.
            guidance_scale: Guidance scale for the model. Default: 7.5. Limits: minimum 0, maximum
                20.
            parts: Specify which segments to merge (e.g., '0,1;3,4' merges segments 0&1 together and
                3&4 together). Default: "".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "input_image_url": input_image_url,
                "minimum_segment_size": minimum_segment_size,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "parts": parts,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        input_image_url: FileInput,
        minimum_segment_size: int | Omit = omit,
        seed: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        parts: str | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[OmnipartOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            input_image_url: URL of image to use while generating the 3D model. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            minimum_segment_size: Minimum segment size (pixels) for the model. Default: 2000.
                Limits: minimum 1, maximum 10000.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time. Default: 765464.
            guidance_scale: Guidance scale for the model. Default: 7.5. Limits: minimum 0, maximum
                20.
            parts: Specify which segments to merge (e.g., '0,1;3,4' merges segments 0&1 together and
                3&4 together). Default: "".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "input_image_url": input_image_url,
                "minimum_segment_size": minimum_segment_size,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "parts": parts,
            }
        )
        return self._stream(payload, options)


class AsyncOmnipart(AsyncEndpoint[OmnipartInput, OmnipartOutput]):
    """Omnipart (`fal-ai/omnipart`).

    Category: image-to-3d. Docs: https://fal.ai/models/fal-ai/omnipart/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/omnipart"
    input_model: ClassVar[type[OmnipartInput]] = OmnipartInput
    output_model: ClassVar[type[OmnipartOutput]] = OmnipartOutput
    Input = OmnipartInput
    Output = OmnipartOutput

    async def subscribe(
        self,
        *,
        input_image_url: FileInput,
        minimum_segment_size: int | Omit = omit,
        seed: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        parts: str | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> OmnipartOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            input_image_url: URL of image to use while generating the 3D model. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            minimum_segment_size: Minimum segment size (pixels) for the model. Default: 2000.
                Limits: minimum 1, maximum 10000.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time. Default: 765464.
            guidance_scale: Guidance scale for the model. Default: 7.5. Limits: minimum 0, maximum
                20.
            parts: Specify which segments to merge (e.g., '0,1;3,4' merges segments 0&1 together and
                3&4 together). Default: "".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "input_image_url": input_image_url,
                "minimum_segment_size": minimum_segment_size,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "parts": parts,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        input_image_url: FileInput,
        minimum_segment_size: int | Omit = omit,
        seed: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        parts: str | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[OmnipartOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            input_image_url: URL of image to use while generating the 3D model. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            minimum_segment_size: Minimum segment size (pixels) for the model. Default: 2000.
                Limits: minimum 1, maximum 10000.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time. Default: 765464.
            guidance_scale: Guidance scale for the model. Default: 7.5. Limits: minimum 0, maximum
                20.
            parts: Specify which segments to merge (e.g., '0,1;3,4' merges segments 0&1 together and
                3&4 together). Default: "".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "input_image_url": input_image_url,
                "minimum_segment_size": minimum_segment_size,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "parts": parts,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        input_image_url: FileInput,
        minimum_segment_size: int | Omit = omit,
        seed: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        parts: str | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> OmnipartOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            input_image_url: URL of image to use while generating the 3D model. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            minimum_segment_size: Minimum segment size (pixels) for the model. Default: 2000.
                Limits: minimum 1, maximum 10000.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time. Default: 765464.
            guidance_scale: Guidance scale for the model. Default: 7.5. Limits: minimum 0, maximum
                20.
            parts: Specify which segments to merge (e.g., '0,1;3,4' merges segments 0&1 together and
                3&4 together). Default: "".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "input_image_url": input_image_url,
                "minimum_segment_size": minimum_segment_size,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "parts": parts,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        input_image_url: FileInput,
        minimum_segment_size: int | Omit = omit,
        seed: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        parts: str | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[OmnipartOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            input_image_url: URL of image to use while generating the 3D model. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            minimum_segment_size: Minimum segment size (pixels) for the model. Default: 2000.
                Limits: minimum 1, maximum 10000.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time. Default: 765464.
            guidance_scale: Guidance scale for the model. Default: 7.5. Limits: minimum 0, maximum
                20.
            parts: Specify which segments to merge (e.g., '0,1;3,4' merges segments 0&1 together and
                3&4 together). Default: "".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "input_image_url": input_image_url,
                "minimum_segment_size": minimum_segment_size,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "parts": parts,
            }
        )
        return self._stream(payload, options)
