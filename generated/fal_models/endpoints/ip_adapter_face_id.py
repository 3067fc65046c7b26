# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ip-adapter-face-id` (Ip Adapter Face Id)."""

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
from fal_models.models.ip_adapter_face_id import IpAdapterFaceIdInput, IpAdapterFaceIdOutput

__all__ = [
    "IpAdapterFaceId",
    "AsyncIpAdapterFaceId",
    "IpAdapterFaceIdInput",
    "IpAdapterFaceIdOutput",
]


class IpAdapterFaceId(SyncEndpoint[IpAdapterFaceIdInput, IpAdapterFaceIdOutput]):
    """Ip Adapter Face Id (`fal-ai/ip-adapter-face-id`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/ip-adapter-face-id/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ip-adapter-face-id"
    input_model: ClassVar[type[IpAdapterFaceIdInput]] = IpAdapterFaceIdInput
    output_model: ClassVar[type[IpAdapterFaceIdOutput]] = IpAdapterFaceIdOutput
    Input = IpAdapterFaceIdInput
    Output = IpAdapterFaceIdOutput

    def subscribe(
        self,
        *,
        model_type: Literal[
            "1_5-v1", "1_5-v1-plus", "1_5-v2-plus", "SDXL-v1", "SDXL-v2-plus", "1_5-auraface-v1"
        ]
        | Omit = omit,
        prompt: str,
        face_image_url: FileInput | None | Omit = omit,
        face_images_data_url: FileInput | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        num_samples: int | Omit = omit,
        width: int | Omit = omit,
        height: int | Omit = omit,
        face_id_det_size: int | Omit = omit,
        base_1_5_model_repo: str | Omit = omit,
        base_sdxl_model_repo: str | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> IpAdapterFaceIdOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            model_type: The model type to use. 1_5 is the default and is recommended for most use
                cases. Default: "1_5-v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            face_image_url: An image of a face to match. If an image with a size of 640x640 is not
                provided, it will be scaled and cropped to that size. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            face_images_data_url: URL to zip archive with images of faces. The images embedding will
                be averaged to create a more accurate face id. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "blurry, low resolution, bad,
                ugly, low quality, pixelated, interpolated, compression artifacts, noisey, grainy".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 16.
            num_inference_steps: The number of inference steps to use for generating the image. The
                more steps the better the image will be but it will also take longer to generate.
                Default: 50. Limits: minimum 1, maximum 200.
            num_samples: The number of samples for face id. The more samples the better the image
                will be but it will also take longer to generate. Default is 4. Default: 4. Limits:
                minimum 1, maximum 4.
            width: The width of the generated image. Default: 512. Limits: minimum 512, maximum
                1024.
            height: The height of the generated image. Default: 512. Limits: minimum 512, maximum
                1024.
            face_id_det_size: The size of the face detection model. The higher the number the more
                accurate the detection will be but it will also take longer to run. The higher the
                number the more likely it will fail to find a face as well. Lower it if you are
                having trouble finding a face in the image. Default: 640. Limits: minimum 64,
                maximum 640.
            base_1_5_model_repo: The URL to the base 1.5 model. Default is
                SG161222/Realistic_Vision_V4.0_noVAE. Default:
                "SG161222/Realistic_Vision_V4.0_noVAE".
            base_sdxl_model_repo: The URL to the base SDXL model. Default is
                SG161222/RealVisXL_V3.0. Default: "SG161222/RealVisXL_V3.0".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "model_type": model_type,
                "prompt": prompt,
                "face_image_url": face_image_url,
                "face_images_data_url": face_images_data_url,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "num_samples": num_samples,
                "width": width,
                "height": height,
                "face_id_det_size": face_id_det_size,
                "base_1_5_model_repo": base_1_5_model_repo,
                "base_sdxl_model_repo": base_sdxl_model_repo,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        model_type: Literal[
            "1_5-v1", "1_5-v1-plus", "1_5-v2-plus", "SDXL-v1", "SDXL-v2-plus", "1_5-auraface-v1"
        ]
        | Omit = omit,
        prompt: str,
        face_image_url: FileInput | None | Omit = omit,
        face_images_data_url: FileInput | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        num_samples: int | Omit = omit,
        width: int | Omit = omit,
        height: int | Omit = omit,
        face_id_det_size: int | Omit = omit,
        base_1_5_model_repo: str | Omit = omit,
        base_sdxl_model_repo: str | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[IpAdapterFaceIdOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            model_type: The model type to use. 1_5 is the default and is recommended for most use
                cases. Default: "1_5-v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            face_image_url: An image of a face to match. If an image with a size of 640x640 is not
                provided, it will be scaled and cropped to that size. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            face_images_data_url: URL to zip archive with images of faces. The images embedding will
                be averaged to create a more accurate face id. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "blurry, low resolution, bad,
                ugly, low quality, pixelated, interpolated, compression artifacts, noisey, grainy".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 16.
            num_inference_steps: The number of inference steps to use for generating the image. The
                more steps the better the image will be but it will also take longer to generate.
                Default: 50. Limits: minimum 1, maximum 200.
            num_samples: The number of samples for face id. The more samples the better the image
                will be but it will also take longer to generate. Default is 4. Default: 4. Limits:
                minimum 1, maximum 4.
            width: The width of the generated image. Default: 512. Limits: minimum 512, maximum
                1024.
            height: The height of the generated image. Default: 512. Limits: minimum 512, maximum
                1024.
            face_id_det_size: The size of the face detection model. The higher the number the more
                accurate the detection will be but it will also take longer to run. The higher the
                number the more likely it will fail to find a face as well. Lower it if you are
                having trouble finding a face in the image. Default: 640. Limits: minimum 64,
                maximum 640.
            base_1_5_model_repo: The URL to the base 1.5 model. Default is
                SG161222/Realistic_Vision_V4.0_noVAE. Default:
                "SG161222/Realistic_Vision_V4.0_noVAE".
            base_sdxl_model_repo: The URL to the base SDXL model. Default is
                SG161222/RealVisXL_V3.0. Default: "SG161222/RealVisXL_V3.0".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "model_type": model_type,
                "prompt": prompt,
                "face_image_url": face_image_url,
                "face_images_data_url": face_images_data_url,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "num_samples": num_samples,
                "width": width,
                "height": height,
                "face_id_det_size": face_id_det_size,
                "base_1_5_model_repo": base_1_5_model_repo,
                "base_sdxl_model_repo": base_sdxl_model_repo,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        model_type: Literal[
            "1_5-v1", "1_5-v1-plus", "1_5-v2-plus", "SDXL-v1", "SDXL-v2-plus", "1_5-auraface-v1"
        ]
        | Omit = omit,
        prompt: str,
        face_image_url: FileInput | None | Omit = omit,
        face_images_data_url: FileInput | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        num_samples: int | Omit = omit,
        width: int | Omit = omit,
        height: int | Omit = omit,
        face_id_det_size: int | Omit = omit,
        base_1_5_model_repo: str | Omit = omit,
        base_sdxl_model_repo: str | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> IpAdapterFaceIdOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            model_type: The model type to use. 1_5 is the default and is recommended for most use
                cases. Default: "1_5-v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            face_image_url: An image of a face to match. If an image with a size of 640x640 is not
                provided, it will be scaled and cropped to that size. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            face_images_data_url: URL to zip archive with images of faces. The images embedding will
                be averaged to create a more accurate face id. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "blurry, low resolution, bad,
                ugly, low quality, pixelated, interpolated, compression artifacts, noisey, grainy".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 16.
            num_inference_steps: The number of inference steps to use for generating the image. The
                more steps the better the image will be but it will also take longer to generate.
                Default: 50. Limits: minimum 1, maximum 200.
            num_samples: The number of samples for face id. The more samples the better the image
                will be but it will also take longer to generate. Default is 4. Default: 4. Limits:
                minimum 1, maximum 4.
            width: The width of the generated image. Default: 512. Limits: minimum 512, maximum
                1024.
            height: The height of the generated image. Default: 512. Limits: minimum 512, maximum
                1024.
            face_id_det_size: The size of the face detection model. The higher the number the more
                accurate the detection will be but it will also take longer to run. The higher the
                number the more likely it will fail to find a face as well. Lower it if you are
                having trouble finding a face in the image. Default: 640. Limits: minimum 64,
                maximum 640.
            base_1_5_model_repo: The URL to the base 1.5 model. Default is
                SG161222/Realistic_Vision_V4.0_noVAE. Default:
                "SG161222/Realistic_Vision_V4.0_noVAE".
            base_sdxl_model_repo: The URL to the base SDXL model. Default is
                SG161222/RealVisXL_V3.0. Default: "SG161222/RealVisXL_V3.0".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "model_type": model_type,
                "prompt": prompt,
                "face_image_url": face_image_url,
                "face_images_data_url": face_images_data_url,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "num_samples": num_samples,
                "width": width,
                "height": height,
                "face_id_det_size": face_id_det_size,
                "base_1_5_model_repo": base_1_5_model_repo,
                "base_sdxl_model_repo": base_sdxl_model_repo,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        model_type: Literal[
            "1_5-v1", "1_5-v1-plus", "1_5-v2-plus", "SDXL-v1", "SDXL-v2-plus", "1_5-auraface-v1"
        ]
        | Omit = omit,
        prompt: str,
        face_image_url: FileInput | None | Omit = omit,
        face_images_data_url: FileInput | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        num_samples: int | Omit = omit,
        width: int | Omit = omit,
        height: int | Omit = omit,
        face_id_det_size: int | Omit = omit,
        base_1_5_model_repo: str | Omit = omit,
        base_sdxl_model_repo: str | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[IpAdapterFaceIdOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            model_type: The model type to use. 1_5 is the default and is recommended for most use
                cases. Default: "1_5-v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            face_image_url: An image of a face to match. If an image with a size of 640x640 is not
                provided, it will be scaled and cropped to that size. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            face_images_data_url: URL to zip archive with images of faces. The images embedding will
                be averaged to create a more accurate face id. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "blurry, low resolution, bad,
                ugly, low quality, pixelated, interpolated, compression artifacts, noisey, grainy".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 16.
            num_inference_steps: The number of inference steps to use for generating the image. The
                more steps the better the image will be but it will also take longer to generate.
                Default: 50. Limits: minimum 1, maximum 200.
            num_samples: The number of samples for face id. The more samples the better the image
                will be but it will also take longer to generate. Default is 4. Default: 4. Limits:
                minimum 1, maximum 4.
            width: The width of the generated image. Default: 512. Limits: minimum 512, maximum
                1024.
            height: The height of the generated image. Default: 512. Limits: minimum 512, maximum
                1024.
            face_id_det_size: The size of the face detection model. The higher the number the more
                accurate the detection will be but it will also take longer to run. The higher the
                number the more likely it will fail to find a face as well. Lower it if you are
                having trouble finding a face in the image. Default: 640. Limits: minimum 64,
                maximum 640.
            base_1_5_model_repo: The URL to the base 1.5 model. Default is
                SG161222/Realistic_Vision_V4.0_noVAE. Default:
                "SG161222/Realistic_Vision_V4.0_noVAE".
            base_sdxl_model_repo: The URL to the base SDXL model. Default is
                SG161222/RealVisXL_V3.0. Default: "SG161222/RealVisXL_V3.0".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "model_type": model_type,
                "prompt": prompt,
                "face_image_url": face_image_url,
                "face_images_data_url": face_images_data_url,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "num_samples": num_samples,
                "width": width,
                "height": height,
                "face_id_det_size": face_id_det_size,
                "base_1_5_model_repo": base_1_5_model_repo,
                "base_sdxl_model_repo": base_sdxl_model_repo,
            }
        )
        return self._stream(payload, options)


class AsyncIpAdapterFaceId(AsyncEndpoint[IpAdapterFaceIdInput, IpAdapterFaceIdOutput]):
    """Ip Adapter Face Id (`fal-ai/ip-adapter-face-id`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/ip-adapter-face-id/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ip-adapter-face-id"
    input_model: ClassVar[type[IpAdapterFaceIdInput]] = IpAdapterFaceIdInput
    output_model: ClassVar[type[IpAdapterFaceIdOutput]] = IpAdapterFaceIdOutput
    Input = IpAdapterFaceIdInput
    Output = IpAdapterFaceIdOutput

    async def subscribe(
        self,
        *,
        model_type: Literal[
            "1_5-v1", "1_5-v1-plus", "1_5-v2-plus", "SDXL-v1", "SDXL-v2-plus", "1_5-auraface-v1"
        ]
        | Omit = omit,
        prompt: str,
        face_image_url: FileInput | None | Omit = omit,
        face_images_data_url: FileInput | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        num_samples: int | Omit = omit,
        width: int | Omit = omit,
        height: int | Omit = omit,
        face_id_det_size: int | Omit = omit,
        base_1_5_model_repo: str | Omit = omit,
        base_sdxl_model_repo: str | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> IpAdapterFaceIdOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            model_type: The model type to use. 1_5 is the default and is recommended for most use
                cases. Default: "1_5-v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            face_image_url: An image of a face to match. If an image with a size of 640x640 is not
                provided, it will be scaled and cropped to that size. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            face_images_data_url: URL to zip archive with images of faces. The images embedding will
                be averaged to create a more accurate face id. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "blurry, low resolution, bad,
                ugly, low quality, pixelated, interpolated, compression artifacts, noisey, grainy".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 16.
            num_inference_steps: The number of inference steps to use for generating the image. The
                more steps the better the image will be but it will also take longer to generate.
                Default: 50. Limits: minimum 1, maximum 200.
            num_samples: The number of samples for face id. The more samples the better the image
                will be but it will also take longer to generate. Default is 4. Default: 4. Limits:
                minimum 1, maximum 4.
            width: The width of the generated image. Default: 512. Limits: minimum 512, maximum
                1024.
            height: The height of the generated image. Default: 512. Limits: minimum 512, maximum
                1024.
            face_id_det_size: The size of the face detection model. The higher the number the more
                accurate the detection will be but it will also take longer to run. The higher the
                number the more likely it will fail to find a face as well. Lower it if you are
                having trouble finding a face in the image. Default: 640. Limits: minimum 64,
                maximum 640.
            base_1_5_model_repo: The URL to the base 1.5 model. Default is
                SG161222/Realistic_Vision_V4.0_noVAE. Default:
                "SG161222/Realistic_Vision_V4.0_noVAE".
            base_sdxl_model_repo: The URL to the base SDXL model. Default is
                SG161222/RealVisXL_V3.0. Default: "SG161222/RealVisXL_V3.0".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "model_type": model_type,
                "prompt": prompt,
                "face_image_url": face_image_url,
                "face_images_data_url": face_images_data_url,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "num_samples": num_samples,
                "width": width,
                "height": height,
                "face_id_det_size": face_id_det_size,
                "base_1_5_model_repo": base_1_5_model_repo,
                "base_sdxl_model_repo": base_sdxl_model_repo,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        model_type: Literal[
            "1_5-v1", "1_5-v1-plus", "1_5-v2-plus", "SDXL-v1", "SDXL-v2-plus", "1_5-auraface-v1"
        ]
        | Omit = omit,
        prompt: str,
        face_image_url: FileInput | None | Omit = omit,
        face_images_data_url: FileInput | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        num_samples: int | Omit = omit,
        width: int | Omit = omit,
        height: int | Omit = omit,
        face_id_det_size: int | Omit = omit,
        base_1_5_model_repo: str | Omit = omit,
        base_sdxl_model_repo: str | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[IpAdapterFaceIdOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            model_type: The model type to use. 1_5 is the default and is recommended for most use
                cases. Default: "1_5-v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            face_image_url: An image of a face to match. If an image with a size of 640x640 is not
                provided, it will be scaled and cropped to that size. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            face_images_data_url: URL to zip archive with images of faces. The images embedding will
                be averaged to create a more accurate face id. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "blurry, low resolution, bad,
                ugly, low quality, pixelated, interpolated, compression artifacts, noisey, grainy".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 16.
            num_inference_steps: The number of inference steps to use for generating the image. The
                more steps the better the image will be but it will also take longer to generate.
                Default: 50. Limits: minimum 1, maximum 200.
            num_samples: The number of samples for face id. The more samples the better the image
                will be but it will also take longer to generate. Default is 4. Default: 4. Limits:
                minimum 1, maximum 4.
            width: The width of the generated image. Default: 512. Limits: minimum 512, maximum
                1024.
            height: The height of the generated image. Default: 512. Limits: minimum 512, maximum
                1024.
            face_id_det_size: The size of the face detection model. The higher the number the more
                accurate the detection will be but it will also take longer to run. The higher the
                number the more likely it will fail to find a face as well. Lower it if you are
                having trouble finding a face in the image. Default: 640. Limits: minimum 64,
                maximum 640.
            base_1_5_model_repo: The URL to the base 1.5 model. Default is
                SG161222/Realistic_Vision_V4.0_noVAE. Default:
                "SG161222/Realistic_Vision_V4.0_noVAE".
            base_sdxl_model_repo: The URL to the base SDXL model. Default is
                SG161222/RealVisXL_V3.0. Default: "SG161222/RealVisXL_V3.0".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "model_type": model_type,
                "prompt": prompt,
                "face_image_url": face_image_url,
                "face_images_data_url": face_images_data_url,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "num_samples": num_samples,
                "width": width,
                "height": height,
                "face_id_det_size": face_id_det_size,
                "base_1_5_model_repo": base_1_5_model_repo,
                "base_sdxl_model_repo": base_sdxl_model_repo,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        model_type: Literal[
            "1_5-v1", "1_5-v1-plus", "1_5-v2-plus", "SDXL-v1", "SDXL-v2-plus", "1_5-auraface-v1"
        ]
        | Omit = omit,
        prompt: str,
        face_image_url: FileInput | None | Omit = omit,
        face_images_data_url: FileInput | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        num_samples: int | Omit = omit,
        width: int | Omit = omit,
        height: int | Omit = omit,
        face_id_det_size: int | Omit = omit,
        base_1_5_model_repo: str | Omit = omit,
        base_sdxl_model_repo: str | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> IpAdapterFaceIdOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            model_type: The model type to use. 1_5 is the default and is recommended for most use
                cases. Default: "1_5-v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            face_image_url: An image of a face to match. If an image with a size of 640x640 is not
                provided, it will be scaled and cropped to that size. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            face_images_data_url: URL to zip archive with images of faces. The images embedding will
                be averaged to create a more accurate face id. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "blurry, low resolution, bad,
                ugly, low quality, pixelated, interpolated, compression artifacts, noisey, grainy".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 16.
            num_inference_steps: The number of inference steps to use for generating the image. The
                more steps the better the image will be but it will also take longer to generate.
                Default: 50. Limits: minimum 1, maximum 200.
            num_samples: The number of samples for face id. The more samples the better the image
                will be but it will also take longer to generate. Default is 4. Default: 4. Limits:
                minimum 1, maximum 4.
            width: The width of the generated image. Default: 512. Limits: minimum 512, maximum
                1024.
            height: The height of the generated image. Default: 512. Limits: minimum 512, maximum
                1024.
            face_id_det_size: The size of the face detection model. The higher the number the more
                accurate the detection will be but it will also take longer to run. The higher the
                number the more likely it will fail to find a face as well. Lower it if you are
                having trouble finding a face in the image. Default: 640. Limits: minimum 64,
                maximum 640.
            base_1_5_model_repo: The URL to the base 1.5 model. Default is
                SG161222/Realistic_Vision_V4.0_noVAE. Default:
                "SG161222/Realistic_Vision_V4.0_noVAE".
            base_sdxl_model_repo: The URL to the base SDXL model. Default is
                SG161222/RealVisXL_V3.0. Default: "SG161222/RealVisXL_V3.0".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "model_type": model_type,
                "prompt": prompt,
                "face_image_url": face_image_url,
                "face_images_data_url": face_images_data_url,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "num_samples": num_samples,
                "width": width,
                "height": height,
                "face_id_det_size": face_id_det_size,
                "base_1_5_model_repo": base_1_5_model_repo,
                "base_sdxl_model_repo": base_sdxl_model_repo,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        model_type: Literal[
            "1_5-v1", "1_5-v1-plus", "1_5-v2-plus", "SDXL-v1", "SDXL-v2-plus", "1_5-auraface-v1"
        ]
        | Omit = omit,
        prompt: str,
        face_image_url: FileInput | None | Omit = omit,
        face_images_data_url: FileInput | None | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        num_samples: int | Omit = omit,
        width: int | Omit = omit,
        height: int | Omit = omit,
        face_id_det_size: int | Omit = omit,
        base_1_5_model_repo: str | Omit = omit,
        base_sdxl_model_repo: str | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[IpAdapterFaceIdOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            model_type: The model type to use. 1_5 is the default and is recommended for most use
                cases. Default: "1_5-v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            face_image_url: An image of a face to match. If an image with a size of 640x640 is not
                provided, it will be scaled and cropped to that size. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            face_images_data_url: URL to zip archive with images of faces. The images embedding will
                be averaged to create a more accurate face id. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "blurry, low resolution, bad,
                ugly, low quality, pixelated, interpolated, compression artifacts, noisey, grainy".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 16.
            num_inference_steps: The number of inference steps to use for generating the image. The
                more steps the better the image will be but it will also take longer to generate.
                Default: 50. Limits: minimum 1, maximum 200.
            num_samples: The number of samples for face id. The more samples the better the image
                will be but it will also take longer to generate. Default is 4. Default: 4. Limits:
                minimum 1, maximum 4.
            width: The width of the generated image. Default: 512. Limits: minimum 512, maximum
                1024.
            height: The height of the generated image. Default: 512. Limits: minimum 512, maximum
                1024.
            face_id_det_size: The size of the face detection model. The higher the number the more
                accurate the detection will be but it will also take longer to run. The higher the
                number the more likely it will fail to find a face as well. Lower it if you are
                having trouble finding a face in the image. Default: 640. Limits: minimum 64,
                maximum 640.
            base_1_5_model_repo: The URL to the base 1.5 model. Default is
                SG161222/Realistic_Vision_V4.0_noVAE. Default:
                "SG161222/Realistic_Vision_V4.0_noVAE".
            base_sdxl_model_repo: The URL to the base SDXL model. Default is
                SG161222/RealVisXL_V3.0. Default: "SG161222/RealVisXL_V3.0".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "model_type": model_type,
                "prompt": prompt,
                "face_image_url": face_image_url,
                "face_images_data_url": face_images_data_url,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "num_samples": num_samples,
                "width": width,
                "height": height,
                "face_id_det_size": face_id_det_size,
                "base_1_5_model_repo": base_1_5_model_repo,
                "base_sdxl_model_repo": base_sdxl_model_repo,
            }
        )
        return self._stream(payload, options)
