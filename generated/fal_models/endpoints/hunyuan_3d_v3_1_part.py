# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/hunyuan-3d/v3.1/part` (Hunyuan 3d V3.1 Part)."""

from __future__ import annotations

from typing import ClassVar, Unpack

from fal_models._endpoint import AsyncEndpoint, SyncEndpoint
from fal_models._handles import AsyncRequestHandle, RequestHandle
from fal_models._streams import AsyncEndpointStream, EndpointStream
from fal_models._types import (
    AsyncSubscribeOptions,
    RunOptions,
    StreamOptions,
    SubmitOptions,
    SubscribeOptions,
)
from fal_models._uploads import FileInput
from fal_models.models.hunyuan_3d_v3_1_part import Hunyuan3dV3_1PartInput, Hunyuan3dV3_1PartOutput

__all__ = [
    "Hunyuan3dV3_1Part",
    "AsyncHunyuan3dV3_1Part",
    "Hunyuan3dV3_1PartInput",
    "Hunyuan3dV3_1PartOutput",
]


class Hunyuan3dV3_1Part(SyncEndpoint[Hunyuan3dV3_1PartInput, Hunyuan3dV3_1PartOutput]):
    """Hunyuan 3d V3.1 Part (`fal-ai/hunyuan-3d/v3.1/part`).

    Category: 3d-to-3d. Docs: https://fal.ai/models/fal-ai/hunyuan-3d/v3.1/part/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan-3d/v3.1/part"
    input_model: ClassVar[type[Hunyuan3dV3_1PartInput]] = Hunyuan3dV3_1PartInput
    output_model: ClassVar[type[Hunyuan3dV3_1PartOutput]] = Hunyuan3dV3_1PartOutput
    Input = Hunyuan3dV3_1PartInput
    Output = Hunyuan3dV3_1PartOutput

    def subscribe(
        self,
        *,
        input_file_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> Hunyuan3dV3_1PartOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            input_file_url: URL of FBX file to split into parts. ONLY FBX format supported. Max
                size: 100MB, face count ≤30,000. Recommended: AIGC-generated models. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "input_file_url": input_file_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        input_file_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Hunyuan3dV3_1PartOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            input_file_url: URL of FBX file to split into parts. ONLY FBX format supported. Max
                size: 100MB, face count ≤30,000. Recommended: AIGC-generated models. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "input_file_url": input_file_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        input_file_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> Hunyuan3dV3_1PartOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            input_file_url: URL of FBX file to split into parts. ONLY FBX format supported. Max
                size: 100MB, face count ≤30,000. Recommended: AIGC-generated models. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "input_file_url": input_file_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        input_file_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Hunyuan3dV3_1PartOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            input_file_url: URL of FBX file to split into parts. ONLY FBX format supported. Max
                size: 100MB, face count ≤30,000. Recommended: AIGC-generated models. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "input_file_url": input_file_url,
            }
        )
        return self._stream(payload, options)


class AsyncHunyuan3dV3_1Part(AsyncEndpoint[Hunyuan3dV3_1PartInput, Hunyuan3dV3_1PartOutput]):
    """Hunyuan 3d V3.1 Part (`fal-ai/hunyuan-3d/v3.1/part`).

    Category: 3d-to-3d. Docs: https://fal.ai/models/fal-ai/hunyuan-3d/v3.1/part/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan-3d/v3.1/part"
    input_model: ClassVar[type[Hunyuan3dV3_1PartInput]] = Hunyuan3dV3_1PartInput
    output_model: ClassVar[type[Hunyuan3dV3_1PartOutput]] = Hunyuan3dV3_1PartOutput
    Input = Hunyuan3dV3_1PartInput
    Output = Hunyuan3dV3_1PartOutput

    async def subscribe(
        self,
        *,
        input_file_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Hunyuan3dV3_1PartOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            input_file_url: URL of FBX file to split into parts. ONLY FBX format supported. Max
                size: 100MB, face count ≤30,000. Recommended: AIGC-generated models. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "input_file_url": input_file_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        input_file_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Hunyuan3dV3_1PartOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            input_file_url: URL of FBX file to split into parts. ONLY FBX format supported. Max
                size: 100MB, face count ≤30,000. Recommended: AIGC-generated models. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "input_file_url": input_file_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        input_file_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> Hunyuan3dV3_1PartOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            input_file_url: URL of FBX file to split into parts. ONLY FBX format supported. Max
                size: 100MB, face count ≤30,000. Recommended: AIGC-generated models. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "input_file_url": input_file_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        input_file_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Hunyuan3dV3_1PartOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            input_file_url: URL of FBX file to split into parts. ONLY FBX format supported. Max
                size: 100MB, face count ≤30,000. Recommended: AIGC-generated models. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "input_file_url": input_file_url,
            }
        )
        return self._stream(payload, options)
