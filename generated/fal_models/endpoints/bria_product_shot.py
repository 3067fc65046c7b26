# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/bria/product-shot` (Bria Product Shot)."""

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
from fal_models.models.bria_product_shot import BriaProductShotInput, BriaProductShotOutput

__all__ = [
    "BriaProductShot",
    "AsyncBriaProductShot",
    "BriaProductShotInput",
    "BriaProductShotOutput",
]


class BriaProductShot(SyncEndpoint[BriaProductShotInput, BriaProductShotOutput]):
    """Bria Product Shot (`fal-ai/bria/product-shot`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/bria/product-shot/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bria/product-shot"
    input_model: ClassVar[type[BriaProductShotInput]] = BriaProductShotInput
    output_model: ClassVar[type[BriaProductShotOutput]] = BriaProductShotOutput
    Input = BriaProductShotInput
    Output = BriaProductShotOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        scene_description: str | None | Omit = omit,
        ref_image_url: FileInput | Omit = omit,
        optimize_description: bool | Omit = omit,
        num_results: int | Omit = omit,
        fast: bool | Omit = omit,
        placement_type: Literal["original", "automatic", "manual_placement", "manual_padding"]
        | Omit = omit,
        original_quality: bool | Omit = omit,
        shot_size: list[int] | Omit = omit,
        manual_placement_selection: Literal[
            "upper_left",
            "upper_right",
            "bottom_left",
            "bottom_right",
            "right_center",
            "left_center",
            "upper_center",
            "bottom_center",
            "center_vertical",
            "center_horizontal",
        ]
        | Omit = omit,
        padding_values: list[int] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> BriaProductShotOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the product shot to be placed in a lifestyle shot. If both
                image_url and image_file are provided, image_url will be used. Accepted formats are
                jpeg, jpg, png, webp. Maximum file size 12MB. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            scene_description: Text description of the new scene or background for the provided
                product shot. Bria currently supports prompts in English only, excluding special
                characters.
            ref_image_url: The URL of the reference image to be used for generating the new scene or
                background for the product shot. Use "" to leave empty.Either ref_image_url or
                scene_description has to be provided but not both. If both ref_image_url and
                ref_image_file are provided, ref_image_url will be used. Accepted formats are jpeg,
                jpg, png, webp. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Default: "".
            optimize_description: Whether to optimize the scene description. Default: true.
            num_results: The number of lifestyle product shots you would like to generate. You will
                get num_results x 10 results when placement_type=automatic and according to the
                number of required placements x num_results if placement_type=manual_placement.
                Default: 1. Limits: minimum 1, maximum 4.
            fast: Whether to use the fast model. Default: true.
            placement_type: This parameter allows you to control the positioning of the product in
                the image. Choosing 'original' will preserve the original position of the product in
                the image. Choosing 'automatic' will generate results with the 10 recommended
                positions for the product. Choosing 'manual_placement' will allow you to select
                predefined positions (using the parameter 'manual_placement_selection'). Selecting
                'manual_padding' will allow you to control the position and size of the image by
                defining the desired padding in pixels around the product. Default:
                "manual_placement".
            original_quality: This flag is only relevant when placement_type=original. If true, the
                output image retains the original input image's size; otherwise, the image is scaled
                to 1 megapixel (1MP) while preserving its aspect ratio. Default: false.
            shot_size: The desired size of the final product shot. For optimal results, the total
                number of pixels should be around 1,000,000. This parameter is only relevant when
                placement_type=automatic or placement_type=manual_placement. Default: [1000, 1000].
            manual_placement_selection: If you've selected placement_type=manual_placement, you
                should use this parameter to specify which placements/positions you would like to
                use from the list. You can select more than one placement in one request. Default:
                "bottom_center".
            padding_values: The desired padding in pixels around the product, when using
                placement_type=manual_padding. The order of the values is [left, right, top,
                bottom]. For optimal results, the total number of pixels, including padding, should
                be around 1,000,000. It is recommended to first use the product cutout API, get the
                cutout and understand the size of the result, and then define the required padding
                and use the cutout as an input for this API.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scene_description": scene_description,
                "ref_image_url": ref_image_url,
                "optimize_description": optimize_description,
                "num_results": num_results,
                "fast": fast,
                "placement_type": placement_type,
                "original_quality": original_quality,
                "shot_size": shot_size,
                "manual_placement_selection": manual_placement_selection,
                "padding_values": padding_values,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        scene_description: str | None | Omit = omit,
        ref_image_url: FileInput | Omit = omit,
        optimize_description: bool | Omit = omit,
        num_results: int | Omit = omit,
        fast: bool | Omit = omit,
        placement_type: Literal["original", "automatic", "manual_placement", "manual_padding"]
        | Omit = omit,
        original_quality: bool | Omit = omit,
        shot_size: list[int] | Omit = omit,
        manual_placement_selection: Literal[
            "upper_left",
            "upper_right",
            "bottom_left",
            "bottom_right",
            "right_center",
            "left_center",
            "upper_center",
            "bottom_center",
            "center_vertical",
            "center_horizontal",
        ]
        | Omit = omit,
        padding_values: list[int] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BriaProductShotOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the product shot to be placed in a lifestyle shot. If both
                image_url and image_file are provided, image_url will be used. Accepted formats are
                jpeg, jpg, png, webp. Maximum file size 12MB. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            scene_description: Text description of the new scene or background for the provided
                product shot. Bria currently supports prompts in English only, excluding special
                characters.
            ref_image_url: The URL of the reference image to be used for generating the new scene or
                background for the product shot. Use "" to leave empty.Either ref_image_url or
                scene_description has to be provided but not both. If both ref_image_url and
                ref_image_file are provided, ref_image_url will be used. Accepted formats are jpeg,
                jpg, png, webp. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Default: "".
            optimize_description: Whether to optimize the scene description. Default: true.
            num_results: The number of lifestyle product shots you would like to generate. You will
                get num_results x 10 results when placement_type=automatic and according to the
                number of required placements x num_results if placement_type=manual_placement.
                Default: 1. Limits: minimum 1, maximum 4.
            fast: Whether to use the fast model. Default: true.
            placement_type: This parameter allows you to control the positioning of the product in
                the image. Choosing 'original' will preserve the original position of the product in
                the image. Choosing 'automatic' will generate results with the 10 recommended
                positions for the product. Choosing 'manual_placement' will allow you to select
                predefined positions (using the parameter 'manual_placement_selection'). Selecting
                'manual_padding' will allow you to control the position and size of the image by
                defining the desired padding in pixels around the product. Default:
                "manual_placement".
            original_quality: This flag is only relevant when placement_type=original. If true, the
                output image retains the original input image's size; otherwise, the image is scaled
                to 1 megapixel (1MP) while preserving its aspect ratio. Default: false.
            shot_size: The desired size of the final product shot. For optimal results, the total
                number of pixels should be around 1,000,000. This parameter is only relevant when
                placement_type=automatic or placement_type=manual_placement. Default: [1000, 1000].
            manual_placement_selection: If you've selected placement_type=manual_placement, you
                should use this parameter to specify which placements/positions you would like to
                use from the list. You can select more than one placement in one request. Default:
                "bottom_center".
            padding_values: The desired padding in pixels around the product, when using
                placement_type=manual_padding. The order of the values is [left, right, top,
                bottom]. For optimal results, the total number of pixels, including padding, should
                be around 1,000,000. It is recommended to first use the product cutout API, get the
                cutout and understand the size of the result, and then define the required padding
                and use the cutout as an input for this API.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scene_description": scene_description,
                "ref_image_url": ref_image_url,
                "optimize_description": optimize_description,
                "num_results": num_results,
                "fast": fast,
                "placement_type": placement_type,
                "original_quality": original_quality,
                "shot_size": shot_size,
                "manual_placement_selection": manual_placement_selection,
                "padding_values": padding_values,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        scene_description: str | None | Omit = omit,
        ref_image_url: FileInput | Omit = omit,
        optimize_description: bool | Omit = omit,
        num_results: int | Omit = omit,
        fast: bool | Omit = omit,
        placement_type: Literal["original", "automatic", "manual_placement", "manual_padding"]
        | Omit = omit,
        original_quality: bool | Omit = omit,
        shot_size: list[int] | Omit = omit,
        manual_placement_selection: Literal[
            "upper_left",
            "upper_right",
            "bottom_left",
            "bottom_right",
            "right_center",
            "left_center",
            "upper_center",
            "bottom_center",
            "center_vertical",
            "center_horizontal",
        ]
        | Omit = omit,
        padding_values: list[int] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BriaProductShotOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the product shot to be placed in a lifestyle shot. If both
                image_url and image_file are provided, image_url will be used. Accepted formats are
                jpeg, jpg, png, webp. Maximum file size 12MB. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            scene_description: Text description of the new scene or background for the provided
                product shot. Bria currently supports prompts in English only, excluding special
                characters.
            ref_image_url: The URL of the reference image to be used for generating the new scene or
                background for the product shot. Use "" to leave empty.Either ref_image_url or
                scene_description has to be provided but not both. If both ref_image_url and
                ref_image_file are provided, ref_image_url will be used. Accepted formats are jpeg,
                jpg, png, webp. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Default: "".
            optimize_description: Whether to optimize the scene description. Default: true.
            num_results: The number of lifestyle product shots you would like to generate. You will
                get num_results x 10 results when placement_type=automatic and according to the
                number of required placements x num_results if placement_type=manual_placement.
                Default: 1. Limits: minimum 1, maximum 4.
            fast: Whether to use the fast model. Default: true.
            placement_type: This parameter allows you to control the positioning of the product in
                the image. Choosing 'original' will preserve the original position of the product in
                the image. Choosing 'automatic' will generate results with the 10 recommended
                positions for the product. Choosing 'manual_placement' will allow you to select
                predefined positions (using the parameter 'manual_placement_selection'). Selecting
                'manual_padding' will allow you to control the position and size of the image by
                defining the desired padding in pixels around the product. Default:
                "manual_placement".
            original_quality: This flag is only relevant when placement_type=original. If true, the
                output image retains the original input image's size; otherwise, the image is scaled
                to 1 megapixel (1MP) while preserving its aspect ratio. Default: false.
            shot_size: The desired size of the final product shot. For optimal results, the total
                number of pixels should be around 1,000,000. This parameter is only relevant when
                placement_type=automatic or placement_type=manual_placement. Default: [1000, 1000].
            manual_placement_selection: If you've selected placement_type=manual_placement, you
                should use this parameter to specify which placements/positions you would like to
                use from the list. You can select more than one placement in one request. Default:
                "bottom_center".
            padding_values: The desired padding in pixels around the product, when using
                placement_type=manual_padding. The order of the values is [left, right, top,
                bottom]. For optimal results, the total number of pixels, including padding, should
                be around 1,000,000. It is recommended to first use the product cutout API, get the
                cutout and understand the size of the result, and then define the required padding
                and use the cutout as an input for this API.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scene_description": scene_description,
                "ref_image_url": ref_image_url,
                "optimize_description": optimize_description,
                "num_results": num_results,
                "fast": fast,
                "placement_type": placement_type,
                "original_quality": original_quality,
                "shot_size": shot_size,
                "manual_placement_selection": manual_placement_selection,
                "padding_values": padding_values,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        scene_description: str | None | Omit = omit,
        ref_image_url: FileInput | Omit = omit,
        optimize_description: bool | Omit = omit,
        num_results: int | Omit = omit,
        fast: bool | Omit = omit,
        placement_type: Literal["original", "automatic", "manual_placement", "manual_padding"]
        | Omit = omit,
        original_quality: bool | Omit = omit,
        shot_size: list[int] | Omit = omit,
        manual_placement_selection: Literal[
            "upper_left",
            "upper_right",
            "bottom_left",
            "bottom_right",
            "right_center",
            "left_center",
            "upper_center",
            "bottom_center",
            "center_vertical",
            "center_horizontal",
        ]
        | Omit = omit,
        padding_values: list[int] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BriaProductShotOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the product shot to be placed in a lifestyle shot. If both
                image_url and image_file are provided, image_url will be used. Accepted formats are
                jpeg, jpg, png, webp. Maximum file size 12MB. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            scene_description: Text description of the new scene or background for the provided
                product shot. Bria currently supports prompts in English only, excluding special
                characters.
            ref_image_url: The URL of the reference image to be used for generating the new scene or
                background for the product shot. Use "" to leave empty.Either ref_image_url or
                scene_description has to be provided but not both. If both ref_image_url and
                ref_image_file are provided, ref_image_url will be used. Accepted formats are jpeg,
                jpg, png, webp. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Default: "".
            optimize_description: Whether to optimize the scene description. Default: true.
            num_results: The number of lifestyle product shots you would like to generate. You will
                get num_results x 10 results when placement_type=automatic and according to the
                number of required placements x num_results if placement_type=manual_placement.
                Default: 1. Limits: minimum 1, maximum 4.
            fast: Whether to use the fast model. Default: true.
            placement_type: This parameter allows you to control the positioning of the product in
                the image. Choosing 'original' will preserve the original position of the product in
                the image. Choosing 'automatic' will generate results with the 10 recommended
                positions for the product. Choosing 'manual_placement' will allow you to select
                predefined positions (using the parameter 'manual_placement_selection'). Selecting
                'manual_padding' will allow you to control the position and size of the image by
                defining the desired padding in pixels around the product. Default:
                "manual_placement".
            original_quality: This flag is only relevant when placement_type=original. If true, the
                output image retains the original input image's size; otherwise, the image is scaled
                to 1 megapixel (1MP) while preserving its aspect ratio. Default: false.
            shot_size: The desired size of the final product shot. For optimal results, the total
                number of pixels should be around 1,000,000. This parameter is only relevant when
                placement_type=automatic or placement_type=manual_placement. Default: [1000, 1000].
            manual_placement_selection: If you've selected placement_type=manual_placement, you
                should use this parameter to specify which placements/positions you would like to
                use from the list. You can select more than one placement in one request. Default:
                "bottom_center".
            padding_values: The desired padding in pixels around the product, when using
                placement_type=manual_padding. The order of the values is [left, right, top,
                bottom]. For optimal results, the total number of pixels, including padding, should
                be around 1,000,000. It is recommended to first use the product cutout API, get the
                cutout and understand the size of the result, and then define the required padding
                and use the cutout as an input for this API.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scene_description": scene_description,
                "ref_image_url": ref_image_url,
                "optimize_description": optimize_description,
                "num_results": num_results,
                "fast": fast,
                "placement_type": placement_type,
                "original_quality": original_quality,
                "shot_size": shot_size,
                "manual_placement_selection": manual_placement_selection,
                "padding_values": padding_values,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncBriaProductShot(AsyncEndpoint[BriaProductShotInput, BriaProductShotOutput]):
    """Bria Product Shot (`fal-ai/bria/product-shot`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/bria/product-shot/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bria/product-shot"
    input_model: ClassVar[type[BriaProductShotInput]] = BriaProductShotInput
    output_model: ClassVar[type[BriaProductShotOutput]] = BriaProductShotOutput
    Input = BriaProductShotInput
    Output = BriaProductShotOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        scene_description: str | None | Omit = omit,
        ref_image_url: FileInput | Omit = omit,
        optimize_description: bool | Omit = omit,
        num_results: int | Omit = omit,
        fast: bool | Omit = omit,
        placement_type: Literal["original", "automatic", "manual_placement", "manual_padding"]
        | Omit = omit,
        original_quality: bool | Omit = omit,
        shot_size: list[int] | Omit = omit,
        manual_placement_selection: Literal[
            "upper_left",
            "upper_right",
            "bottom_left",
            "bottom_right",
            "right_center",
            "left_center",
            "upper_center",
            "bottom_center",
            "center_vertical",
            "center_horizontal",
        ]
        | Omit = omit,
        padding_values: list[int] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BriaProductShotOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the product shot to be placed in a lifestyle shot. If both
                image_url and image_file are provided, image_url will be used. Accepted formats are
                jpeg, jpg, png, webp. Maximum file size 12MB. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            scene_description: Text description of the new scene or background for the provided
                product shot. Bria currently supports prompts in English only, excluding special
                characters.
            ref_image_url: The URL of the reference image to be used for generating the new scene or
                background for the product shot. Use "" to leave empty.Either ref_image_url or
                scene_description has to be provided but not both. If both ref_image_url and
                ref_image_file are provided, ref_image_url will be used. Accepted formats are jpeg,
                jpg, png, webp. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Default: "".
            optimize_description: Whether to optimize the scene description. Default: true.
            num_results: The number of lifestyle product shots you would like to generate. You will
                get num_results x 10 results when placement_type=automatic and according to the
                number of required placements x num_results if placement_type=manual_placement.
                Default: 1. Limits: minimum 1, maximum 4.
            fast: Whether to use the fast model. Default: true.
            placement_type: This parameter allows you to control the positioning of the product in
                the image. Choosing 'original' will preserve the original position of the product in
                the image. Choosing 'automatic' will generate results with the 10 recommended
                positions for the product. Choosing 'manual_placement' will allow you to select
                predefined positions (using the parameter 'manual_placement_selection'). Selecting
                'manual_padding' will allow you to control the position and size of the image by
                defining the desired padding in pixels around the product. Default:
                "manual_placement".
            original_quality: This flag is only relevant when placement_type=original. If true, the
                output image retains the original input image's size; otherwise, the image is scaled
                to 1 megapixel (1MP) while preserving its aspect ratio. Default: false.
            shot_size: The desired size of the final product shot. For optimal results, the total
                number of pixels should be around 1,000,000. This parameter is only relevant when
                placement_type=automatic or placement_type=manual_placement. Default: [1000, 1000].
            manual_placement_selection: If you've selected placement_type=manual_placement, you
                should use this parameter to specify which placements/positions you would like to
                use from the list. You can select more than one placement in one request. Default:
                "bottom_center".
            padding_values: The desired padding in pixels around the product, when using
                placement_type=manual_padding. The order of the values is [left, right, top,
                bottom]. For optimal results, the total number of pixels, including padding, should
                be around 1,000,000. It is recommended to first use the product cutout API, get the
                cutout and understand the size of the result, and then define the required padding
                and use the cutout as an input for this API.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scene_description": scene_description,
                "ref_image_url": ref_image_url,
                "optimize_description": optimize_description,
                "num_results": num_results,
                "fast": fast,
                "placement_type": placement_type,
                "original_quality": original_quality,
                "shot_size": shot_size,
                "manual_placement_selection": manual_placement_selection,
                "padding_values": padding_values,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        scene_description: str | None | Omit = omit,
        ref_image_url: FileInput | Omit = omit,
        optimize_description: bool | Omit = omit,
        num_results: int | Omit = omit,
        fast: bool | Omit = omit,
        placement_type: Literal["original", "automatic", "manual_placement", "manual_padding"]
        | Omit = omit,
        original_quality: bool | Omit = omit,
        shot_size: list[int] | Omit = omit,
        manual_placement_selection: Literal[
            "upper_left",
            "upper_right",
            "bottom_left",
            "bottom_right",
            "right_center",
            "left_center",
            "upper_center",
            "bottom_center",
            "center_vertical",
            "center_horizontal",
        ]
        | Omit = omit,
        padding_values: list[int] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BriaProductShotOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the product shot to be placed in a lifestyle shot. If both
                image_url and image_file are provided, image_url will be used. Accepted formats are
                jpeg, jpg, png, webp. Maximum file size 12MB. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            scene_description: Text description of the new scene or background for the provided
                product shot. Bria currently supports prompts in English only, excluding special
                characters.
            ref_image_url: The URL of the reference image to be used for generating the new scene or
                background for the product shot. Use "" to leave empty.Either ref_image_url or
                scene_description has to be provided but not both. If both ref_image_url and
                ref_image_file are provided, ref_image_url will be used. Accepted formats are jpeg,
                jpg, png, webp. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Default: "".
            optimize_description: Whether to optimize the scene description. Default: true.
            num_results: The number of lifestyle product shots you would like to generate. You will
                get num_results x 10 results when placement_type=automatic and according to the
                number of required placements x num_results if placement_type=manual_placement.
                Default: 1. Limits: minimum 1, maximum 4.
            fast: Whether to use the fast model. Default: true.
            placement_type: This parameter allows you to control the positioning of the product in
                the image. Choosing 'original' will preserve the original position of the product in
                the image. Choosing 'automatic' will generate results with the 10 recommended
                positions for the product. Choosing 'manual_placement' will allow you to select
                predefined positions (using the parameter 'manual_placement_selection'). Selecting
                'manual_padding' will allow you to control the position and size of the image by
                defining the desired padding in pixels around the product. Default:
                "manual_placement".
            original_quality: This flag is only relevant when placement_type=original. If true, the
                output image retains the original input image's size; otherwise, the image is scaled
                to 1 megapixel (1MP) while preserving its aspect ratio. Default: false.
            shot_size: The desired size of the final product shot. For optimal results, the total
                number of pixels should be around 1,000,000. This parameter is only relevant when
                placement_type=automatic or placement_type=manual_placement. Default: [1000, 1000].
            manual_placement_selection: If you've selected placement_type=manual_placement, you
                should use this parameter to specify which placements/positions you would like to
                use from the list. You can select more than one placement in one request. Default:
                "bottom_center".
            padding_values: The desired padding in pixels around the product, when using
                placement_type=manual_padding. The order of the values is [left, right, top,
                bottom]. For optimal results, the total number of pixels, including padding, should
                be around 1,000,000. It is recommended to first use the product cutout API, get the
                cutout and understand the size of the result, and then define the required padding
                and use the cutout as an input for this API.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scene_description": scene_description,
                "ref_image_url": ref_image_url,
                "optimize_description": optimize_description,
                "num_results": num_results,
                "fast": fast,
                "placement_type": placement_type,
                "original_quality": original_quality,
                "shot_size": shot_size,
                "manual_placement_selection": manual_placement_selection,
                "padding_values": padding_values,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        scene_description: str | None | Omit = omit,
        ref_image_url: FileInput | Omit = omit,
        optimize_description: bool | Omit = omit,
        num_results: int | Omit = omit,
        fast: bool | Omit = omit,
        placement_type: Literal["original", "automatic", "manual_placement", "manual_padding"]
        | Omit = omit,
        original_quality: bool | Omit = omit,
        shot_size: list[int] | Omit = omit,
        manual_placement_selection: Literal[
            "upper_left",
            "upper_right",
            "bottom_left",
            "bottom_right",
            "right_center",
            "left_center",
            "upper_center",
            "bottom_center",
            "center_vertical",
            "center_horizontal",
        ]
        | Omit = omit,
        padding_values: list[int] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BriaProductShotOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the product shot to be placed in a lifestyle shot. If both
                image_url and image_file are provided, image_url will be used. Accepted formats are
                jpeg, jpg, png, webp. Maximum file size 12MB. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            scene_description: Text description of the new scene or background for the provided
                product shot. Bria currently supports prompts in English only, excluding special
                characters.
            ref_image_url: The URL of the reference image to be used for generating the new scene or
                background for the product shot. Use "" to leave empty.Either ref_image_url or
                scene_description has to be provided but not both. If both ref_image_url and
                ref_image_file are provided, ref_image_url will be used. Accepted formats are jpeg,
                jpg, png, webp. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Default: "".
            optimize_description: Whether to optimize the scene description. Default: true.
            num_results: The number of lifestyle product shots you would like to generate. You will
                get num_results x 10 results when placement_type=automatic and according to the
                number of required placements x num_results if placement_type=manual_placement.
                Default: 1. Limits: minimum 1, maximum 4.
            fast: Whether to use the fast model. Default: true.
            placement_type: This parameter allows you to control the positioning of the product in
                the image. Choosing 'original' will preserve the original position of the product in
                the image. Choosing 'automatic' will generate results with the 10 recommended
                positions for the product. Choosing 'manual_placement' will allow you to select
                predefined positions (using the parameter 'manual_placement_selection'). Selecting
                'manual_padding' will allow you to control the position and size of the image by
                defining the desired padding in pixels around the product. Default:
                "manual_placement".
            original_quality: This flag is only relevant when placement_type=original. If true, the
                output image retains the original input image's size; otherwise, the image is scaled
                to 1 megapixel (1MP) while preserving its aspect ratio. Default: false.
            shot_size: The desired size of the final product shot. For optimal results, the total
                number of pixels should be around 1,000,000. This parameter is only relevant when
                placement_type=automatic or placement_type=manual_placement. Default: [1000, 1000].
            manual_placement_selection: If you've selected placement_type=manual_placement, you
                should use this parameter to specify which placements/positions you would like to
                use from the list. You can select more than one placement in one request. Default:
                "bottom_center".
            padding_values: The desired padding in pixels around the product, when using
                placement_type=manual_padding. The order of the values is [left, right, top,
                bottom]. For optimal results, the total number of pixels, including padding, should
                be around 1,000,000. It is recommended to first use the product cutout API, get the
                cutout and understand the size of the result, and then define the required padding
                and use the cutout as an input for this API.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scene_description": scene_description,
                "ref_image_url": ref_image_url,
                "optimize_description": optimize_description,
                "num_results": num_results,
                "fast": fast,
                "placement_type": placement_type,
                "original_quality": original_quality,
                "shot_size": shot_size,
                "manual_placement_selection": manual_placement_selection,
                "padding_values": padding_values,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        scene_description: str | None | Omit = omit,
        ref_image_url: FileInput | Omit = omit,
        optimize_description: bool | Omit = omit,
        num_results: int | Omit = omit,
        fast: bool | Omit = omit,
        placement_type: Literal["original", "automatic", "manual_placement", "manual_padding"]
        | Omit = omit,
        original_quality: bool | Omit = omit,
        shot_size: list[int] | Omit = omit,
        manual_placement_selection: Literal[
            "upper_left",
            "upper_right",
            "bottom_left",
            "bottom_right",
            "right_center",
            "left_center",
            "upper_center",
            "bottom_center",
            "center_vertical",
            "center_horizontal",
        ]
        | Omit = omit,
        padding_values: list[int] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BriaProductShotOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the product shot to be placed in a lifestyle shot. If both
                image_url and image_file are provided, image_url will be used. Accepted formats are
                jpeg, jpg, png, webp. Maximum file size 12MB. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            scene_description: Text description of the new scene or background for the provided
                product shot. Bria currently supports prompts in English only, excluding special
                characters.
            ref_image_url: The URL of the reference image to be used for generating the new scene or
                background for the product shot. Use "" to leave empty.Either ref_image_url or
                scene_description has to be provided but not both. If both ref_image_url and
                ref_image_file are provided, ref_image_url will be used. Accepted formats are jpeg,
                jpg, png, webp. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Default: "".
            optimize_description: Whether to optimize the scene description. Default: true.
            num_results: The number of lifestyle product shots you would like to generate. You will
                get num_results x 10 results when placement_type=automatic and according to the
                number of required placements x num_results if placement_type=manual_placement.
                Default: 1. Limits: minimum 1, maximum 4.
            fast: Whether to use the fast model. Default: true.
            placement_type: This parameter allows you to control the positioning of the product in
                the image. Choosing 'original' will preserve the original position of the product in
                the image. Choosing 'automatic' will generate results with the 10 recommended
                positions for the product. Choosing 'manual_placement' will allow you to select
                predefined positions (using the parameter 'manual_placement_selection'). Selecting
                'manual_padding' will allow you to control the position and size of the image by
                defining the desired padding in pixels around the product. Default:
                "manual_placement".
            original_quality: This flag is only relevant when placement_type=original. If true, the
                output image retains the original input image's size; otherwise, the image is scaled
                to 1 megapixel (1MP) while preserving its aspect ratio. Default: false.
            shot_size: The desired size of the final product shot. For optimal results, the total
                number of pixels should be around 1,000,000. This parameter is only relevant when
                placement_type=automatic or placement_type=manual_placement. Default: [1000, 1000].
            manual_placement_selection: If you've selected placement_type=manual_placement, you
                should use this parameter to specify which placements/positions you would like to
                use from the list. You can select more than one placement in one request. Default:
                "bottom_center".
            padding_values: The desired padding in pixels around the product, when using
                placement_type=manual_padding. The order of the values is [left, right, top,
                bottom]. For optimal results, the total number of pixels, including padding, should
                be around 1,000,000. It is recommended to first use the product cutout API, get the
                cutout and understand the size of the result, and then define the required padding
                and use the cutout as an input for this API.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "scene_description": scene_description,
                "ref_image_url": ref_image_url,
                "optimize_description": optimize_description,
                "num_results": num_results,
                "fast": fast,
                "placement_type": placement_type,
                "original_quality": original_quality,
                "shot_size": shot_size,
                "manual_placement_selection": manual_placement_selection,
                "padding_values": padding_values,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
