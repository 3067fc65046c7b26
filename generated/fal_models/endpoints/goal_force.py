# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/goal-force` (Goal Force)."""

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
from fal_models.models.goal_force import ForceParams, GoalForceInput, GoalForceOutput

__all__ = ["GoalForce", "AsyncGoalForce", "GoalForceInput", "GoalForceOutput"]


class GoalForce(SyncEndpoint[GoalForceInput, GoalForceOutput]):
    """Goal Force (`fal-ai/goal-force`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/goal-force/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/goal-force"
    input_model: ClassVar[type[GoalForceInput]] = GoalForceInput
    output_model: ClassVar[type[GoalForceOutput]] = GoalForceOutput
    Input = GoalForceInput
    Output = GoalForceOutput

    def subscribe(
        self,
        *,
        prompt: str | Omit = omit,
        image_url: FileInput | Omit = omit,
        goal_force: ForceParams | None | Omit = omit,
        projectile_force: ForceParams | None | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> GoalForceOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text description of the scene and the desired physics interaction. Default: "A
                hand pushes the hanging bulb, causing it to sway.".
            image_url: URL of the input image (first frame). The image will be resized to 832x480.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image). Default:
                "https://raw.githubusercontent.com/brown-palm/goal-force/2d0209dc27333bffdb3f06df657ae05b11407615/datasets/examples/human-object-interaction/images/_bulb_tool.png".
            goal_force: Indirect goal force applied to a target object. The model generates
                physics-plausible interactions to move the target in the specified direction.
                Specify either this, projectile_force, or both.
            projectile_force: Direct force applied to a projectile object, causing it to move along
                the force direction. Specify either this, goal_force, or both.
            seed: Random seed for reproducibility.
            num_inference_steps: Number of denoising steps. Higher values produce better quality but
                take longer. Default: 50. Limits: minimum 1, maximum 50.
            guidance_scale: Classifier-free guidance scale. Default: 5. Limits: minimum 1, maximum
                10.
            negative_prompt: Negative prompt for generation. Default:
                "\\u8272\\u8c03\\u8273\\u4e3d\\uff0c\\u8fc7\\u66dd\\uff0c\\u9759\\u6001\\uff0c\\u7ec6\\u8282\\u6a21\\u7cca\\u4e0d\\u6e05\\uff0c\\u5b57\\u5e55\\uff0c\\u98ce\\u683c\\uff0c\\u4f5c\\u54c1\\uff0c\\u753b\\u4f5c\\uff0c\\u753b\\u9762\\uff0c\\u9759\\u6b62\\uff0c\\u6574\\u4f53\\u53d1\\u7070\\uff0c\\u6700\\u5dee\\u8d28\\u91cf\\uff0c\\u4f4e\\u8d28\\u91cf\\uff0cJPEG\\u538b\\u7f29\\u6b8b\\u7559\\uff0c\\u4e11\\u964b\\u7684\\uff0c\\u6b8b\\u7f3a\\u7684\\uff0c\\u591a\\u4f59\\u7684\\u624b\\u6307\\uff0c\\u753b\\u5f97\\u4e0d\\u597d\\u7684\\u624b\\u90e8\\uff0c\\u753b\\u5f97\\u4e0d\\u597d\\u7684\\u8138\\u90e8\\uff0c\\u7578\\u5f62\\u7684\\uff0c\\u6bc1\\u5bb9\\u7684\\uff0c\\u5f62\\u6001\\u7578\\u5f62\\u7684\\u80a2\\u4f53\\uff0c\\u624b\\u6307\\u878d\\u5408\\uff0c\\u9759\\u6b62\\u4e0d\\u52a8\\u7684\\u753b\\u9762\\uff0c\\u6742\\u4e71\\u7684\\u80cc\\u666f\\uff0c\\u4e09\\u6761\\u817f\\uff0c\\u80cc\\u666f\\u4eba\\u5f88\\u591a\\uff0c\\u5012\\u7740\\u8d70".
            enable_safety_checker: Enable safety checker for generated content. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "goal_force": goal_force,
                "projectile_force": projectile_force,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "negative_prompt": negative_prompt,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str | Omit = omit,
        image_url: FileInput | Omit = omit,
        goal_force: ForceParams | None | Omit = omit,
        projectile_force: ForceParams | None | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[GoalForceOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text description of the scene and the desired physics interaction. Default: "A
                hand pushes the hanging bulb, causing it to sway.".
            image_url: URL of the input image (first frame). The image will be resized to 832x480.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image). Default:
                "https://raw.githubusercontent.com/brown-palm/goal-force/2d0209dc27333bffdb3f06df657ae05b11407615/datasets/examples/human-object-interaction/images/_bulb_tool.png".
            goal_force: Indirect goal force applied to a target object. The model generates
                physics-plausible interactions to move the target in the specified direction.
                Specify either this, projectile_force, or both.
            projectile_force: Direct force applied to a projectile object, causing it to move along
                the force direction. Specify either this, goal_force, or both.
            seed: Random seed for reproducibility.
            num_inference_steps: Number of denoising steps. Higher values produce better quality but
                take longer. Default: 50. Limits: minimum 1, maximum 50.
            guidance_scale: Classifier-free guidance scale. Default: 5. Limits: minimum 1, maximum
                10.
            negative_prompt: Negative prompt for generation. Default:
                "\\u8272\\u8c03\\u8273\\u4e3d\\uff0c\\u8fc7\\u66dd\\uff0c\\u9759\\u6001\\uff0c\\u7ec6\\u8282\\u6a21\\u7cca\\u4e0d\\u6e05\\uff0c\\u5b57\\u5e55\\uff0c\\u98ce\\u683c\\uff0c\\u4f5c\\u54c1\\uff0c\\u753b\\u4f5c\\uff0c\\u753b\\u9762\\uff0c\\u9759\\u6b62\\uff0c\\u6574\\u4f53\\u53d1\\u7070\\uff0c\\u6700\\u5dee\\u8d28\\u91cf\\uff0c\\u4f4e\\u8d28\\u91cf\\uff0cJPEG\\u538b\\u7f29\\u6b8b\\u7559\\uff0c\\u4e11\\u964b\\u7684\\uff0c\\u6b8b\\u7f3a\\u7684\\uff0c\\u591a\\u4f59\\u7684\\u624b\\u6307\\uff0c\\u753b\\u5f97\\u4e0d\\u597d\\u7684\\u624b\\u90e8\\uff0c\\u753b\\u5f97\\u4e0d\\u597d\\u7684\\u8138\\u90e8\\uff0c\\u7578\\u5f62\\u7684\\uff0c\\u6bc1\\u5bb9\\u7684\\uff0c\\u5f62\\u6001\\u7578\\u5f62\\u7684\\u80a2\\u4f53\\uff0c\\u624b\\u6307\\u878d\\u5408\\uff0c\\u9759\\u6b62\\u4e0d\\u52a8\\u7684\\u753b\\u9762\\uff0c\\u6742\\u4e71\\u7684\\u80cc\\u666f\\uff0c\\u4e09\\u6761\\u817f\\uff0c\\u80cc\\u666f\\u4eba\\u5f88\\u591a\\uff0c\\u5012\\u7740\\u8d70".
            enable_safety_checker: Enable safety checker for generated content. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "goal_force": goal_force,
                "projectile_force": projectile_force,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "negative_prompt": negative_prompt,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str | Omit = omit,
        image_url: FileInput | Omit = omit,
        goal_force: ForceParams | None | Omit = omit,
        projectile_force: ForceParams | None | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> GoalForceOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text description of the scene and the desired physics interaction. Default: "A
                hand pushes the hanging bulb, causing it to sway.".
            image_url: URL of the input image (first frame). The image will be resized to 832x480.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image). Default:
                "https://raw.githubusercontent.com/brown-palm/goal-force/2d0209dc27333bffdb3f06df657ae05b11407615/datasets/examples/human-object-interaction/images/_bulb_tool.png".
            goal_force: Indirect goal force applied to a target object. The model generates
                physics-plausible interactions to move the target in the specified direction.
                Specify either this, projectile_force, or both.
            projectile_force: Direct force applied to a projectile object, causing it to move along
                the force direction. Specify either this, goal_force, or both.
            seed: Random seed for reproducibility.
            num_inference_steps: Number of denoising steps. Higher values produce better quality but
                take longer. Default: 50. Limits: minimum 1, maximum 50.
            guidance_scale: Classifier-free guidance scale. Default: 5. Limits: minimum 1, maximum
                10.
            negative_prompt: Negative prompt for generation. Default:
                "\\u8272\\u8c03\\u8273\\u4e3d\\uff0c\\u8fc7\\u66dd\\uff0c\\u9759\\u6001\\uff0c\\u7ec6\\u8282\\u6a21\\u7cca\\u4e0d\\u6e05\\uff0c\\u5b57\\u5e55\\uff0c\\u98ce\\u683c\\uff0c\\u4f5c\\u54c1\\uff0c\\u753b\\u4f5c\\uff0c\\u753b\\u9762\\uff0c\\u9759\\u6b62\\uff0c\\u6574\\u4f53\\u53d1\\u7070\\uff0c\\u6700\\u5dee\\u8d28\\u91cf\\uff0c\\u4f4e\\u8d28\\u91cf\\uff0cJPEG\\u538b\\u7f29\\u6b8b\\u7559\\uff0c\\u4e11\\u964b\\u7684\\uff0c\\u6b8b\\u7f3a\\u7684\\uff0c\\u591a\\u4f59\\u7684\\u624b\\u6307\\uff0c\\u753b\\u5f97\\u4e0d\\u597d\\u7684\\u624b\\u90e8\\uff0c\\u753b\\u5f97\\u4e0d\\u597d\\u7684\\u8138\\u90e8\\uff0c\\u7578\\u5f62\\u7684\\uff0c\\u6bc1\\u5bb9\\u7684\\uff0c\\u5f62\\u6001\\u7578\\u5f62\\u7684\\u80a2\\u4f53\\uff0c\\u624b\\u6307\\u878d\\u5408\\uff0c\\u9759\\u6b62\\u4e0d\\u52a8\\u7684\\u753b\\u9762\\uff0c\\u6742\\u4e71\\u7684\\u80cc\\u666f\\uff0c\\u4e09\\u6761\\u817f\\uff0c\\u80cc\\u666f\\u4eba\\u5f88\\u591a\\uff0c\\u5012\\u7740\\u8d70".
            enable_safety_checker: Enable safety checker for generated content. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "goal_force": goal_force,
                "projectile_force": projectile_force,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "negative_prompt": negative_prompt,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | Omit = omit,
        image_url: FileInput | Omit = omit,
        goal_force: ForceParams | None | Omit = omit,
        projectile_force: ForceParams | None | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[GoalForceOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text description of the scene and the desired physics interaction. Default: "A
                hand pushes the hanging bulb, causing it to sway.".
            image_url: URL of the input image (first frame). The image will be resized to 832x480.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image). Default:
                "https://raw.githubusercontent.com/brown-palm/goal-force/2d0209dc27333bffdb3f06df657ae05b11407615/datasets/examples/human-object-interaction/images/_bulb_tool.png".
            goal_force: Indirect goal force applied to a target object. The model generates
                physics-plausible interactions to move the target in the specified direction.
                Specify either this, projectile_force, or both.
            projectile_force: Direct force applied to a projectile object, causing it to move along
                the force direction. Specify either this, goal_force, or both.
            seed: Random seed for reproducibility.
            num_inference_steps: Number of denoising steps. Higher values produce better quality but
                take longer. Default: 50. Limits: minimum 1, maximum 50.
            guidance_scale: Classifier-free guidance scale. Default: 5. Limits: minimum 1, maximum
                10.
            negative_prompt: Negative prompt for generation. Default:
                "\\u8272\\u8c03\\u8273\\u4e3d\\uff0c\\u8fc7\\u66dd\\uff0c\\u9759\\u6001\\uff0c\\u7ec6\\u8282\\u6a21\\u7cca\\u4e0d\\u6e05\\uff0c\\u5b57\\u5e55\\uff0c\\u98ce\\u683c\\uff0c\\u4f5c\\u54c1\\uff0c\\u753b\\u4f5c\\uff0c\\u753b\\u9762\\uff0c\\u9759\\u6b62\\uff0c\\u6574\\u4f53\\u53d1\\u7070\\uff0c\\u6700\\u5dee\\u8d28\\u91cf\\uff0c\\u4f4e\\u8d28\\u91cf\\uff0cJPEG\\u538b\\u7f29\\u6b8b\\u7559\\uff0c\\u4e11\\u964b\\u7684\\uff0c\\u6b8b\\u7f3a\\u7684\\uff0c\\u591a\\u4f59\\u7684\\u624b\\u6307\\uff0c\\u753b\\u5f97\\u4e0d\\u597d\\u7684\\u624b\\u90e8\\uff0c\\u753b\\u5f97\\u4e0d\\u597d\\u7684\\u8138\\u90e8\\uff0c\\u7578\\u5f62\\u7684\\uff0c\\u6bc1\\u5bb9\\u7684\\uff0c\\u5f62\\u6001\\u7578\\u5f62\\u7684\\u80a2\\u4f53\\uff0c\\u624b\\u6307\\u878d\\u5408\\uff0c\\u9759\\u6b62\\u4e0d\\u52a8\\u7684\\u753b\\u9762\\uff0c\\u6742\\u4e71\\u7684\\u80cc\\u666f\\uff0c\\u4e09\\u6761\\u817f\\uff0c\\u80cc\\u666f\\u4eba\\u5f88\\u591a\\uff0c\\u5012\\u7740\\u8d70".
            enable_safety_checker: Enable safety checker for generated content. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "goal_force": goal_force,
                "projectile_force": projectile_force,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "negative_prompt": negative_prompt,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)


class AsyncGoalForce(AsyncEndpoint[GoalForceInput, GoalForceOutput]):
    """Goal Force (`fal-ai/goal-force`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/goal-force/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/goal-force"
    input_model: ClassVar[type[GoalForceInput]] = GoalForceInput
    output_model: ClassVar[type[GoalForceOutput]] = GoalForceOutput
    Input = GoalForceInput
    Output = GoalForceOutput

    async def subscribe(
        self,
        *,
        prompt: str | Omit = omit,
        image_url: FileInput | Omit = omit,
        goal_force: ForceParams | None | Omit = omit,
        projectile_force: ForceParams | None | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> GoalForceOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text description of the scene and the desired physics interaction. Default: "A
                hand pushes the hanging bulb, causing it to sway.".
            image_url: URL of the input image (first frame). The image will be resized to 832x480.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image). Default:
                "https://raw.githubusercontent.com/brown-palm/goal-force/2d0209dc27333bffdb3f06df657ae05b11407615/datasets/examples/human-object-interaction/images/_bulb_tool.png".
            goal_force: Indirect goal force applied to a target object. The model generates
                physics-plausible interactions to move the target in the specified direction.
                Specify either this, projectile_force, or both.
            projectile_force: Direct force applied to a projectile object, causing it to move along
                the force direction. Specify either this, goal_force, or both.
            seed: Random seed for reproducibility.
            num_inference_steps: Number of denoising steps. Higher values produce better quality but
                take longer. Default: 50. Limits: minimum 1, maximum 50.
            guidance_scale: Classifier-free guidance scale. Default: 5. Limits: minimum 1, maximum
                10.
            negative_prompt: Negative prompt for generation. Default:
                "\\u8272\\u8c03\\u8273\\u4e3d\\uff0c\\u8fc7\\u66dd\\uff0c\\u9759\\u6001\\uff0c\\u7ec6\\u8282\\u6a21\\u7cca\\u4e0d\\u6e05\\uff0c\\u5b57\\u5e55\\uff0c\\u98ce\\u683c\\uff0c\\u4f5c\\u54c1\\uff0c\\u753b\\u4f5c\\uff0c\\u753b\\u9762\\uff0c\\u9759\\u6b62\\uff0c\\u6574\\u4f53\\u53d1\\u7070\\uff0c\\u6700\\u5dee\\u8d28\\u91cf\\uff0c\\u4f4e\\u8d28\\u91cf\\uff0cJPEG\\u538b\\u7f29\\u6b8b\\u7559\\uff0c\\u4e11\\u964b\\u7684\\uff0c\\u6b8b\\u7f3a\\u7684\\uff0c\\u591a\\u4f59\\u7684\\u624b\\u6307\\uff0c\\u753b\\u5f97\\u4e0d\\u597d\\u7684\\u624b\\u90e8\\uff0c\\u753b\\u5f97\\u4e0d\\u597d\\u7684\\u8138\\u90e8\\uff0c\\u7578\\u5f62\\u7684\\uff0c\\u6bc1\\u5bb9\\u7684\\uff0c\\u5f62\\u6001\\u7578\\u5f62\\u7684\\u80a2\\u4f53\\uff0c\\u624b\\u6307\\u878d\\u5408\\uff0c\\u9759\\u6b62\\u4e0d\\u52a8\\u7684\\u753b\\u9762\\uff0c\\u6742\\u4e71\\u7684\\u80cc\\u666f\\uff0c\\u4e09\\u6761\\u817f\\uff0c\\u80cc\\u666f\\u4eba\\u5f88\\u591a\\uff0c\\u5012\\u7740\\u8d70".
            enable_safety_checker: Enable safety checker for generated content. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "goal_force": goal_force,
                "projectile_force": projectile_force,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "negative_prompt": negative_prompt,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str | Omit = omit,
        image_url: FileInput | Omit = omit,
        goal_force: ForceParams | None | Omit = omit,
        projectile_force: ForceParams | None | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[GoalForceOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text description of the scene and the desired physics interaction. Default: "A
                hand pushes the hanging bulb, causing it to sway.".
            image_url: URL of the input image (first frame). The image will be resized to 832x480.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image). Default:
                "https://raw.githubusercontent.com/brown-palm/goal-force/2d0209dc27333bffdb3f06df657ae05b11407615/datasets/examples/human-object-interaction/images/_bulb_tool.png".
            goal_force: Indirect goal force applied to a target object. The model generates
                physics-plausible interactions to move the target in the specified direction.
                Specify either this, projectile_force, or both.
            projectile_force: Direct force applied to a projectile object, causing it to move along
                the force direction. Specify either this, goal_force, or both.
            seed: Random seed for reproducibility.
            num_inference_steps: Number of denoising steps. Higher values produce better quality but
                take longer. Default: 50. Limits: minimum 1, maximum 50.
            guidance_scale: Classifier-free guidance scale. Default: 5. Limits: minimum 1, maximum
                10.
            negative_prompt: Negative prompt for generation. Default:
                "\\u8272\\u8c03\\u8273\\u4e3d\\uff0c\\u8fc7\\u66dd\\uff0c\\u9759\\u6001\\uff0c\\u7ec6\\u8282\\u6a21\\u7cca\\u4e0d\\u6e05\\uff0c\\u5b57\\u5e55\\uff0c\\u98ce\\u683c\\uff0c\\u4f5c\\u54c1\\uff0c\\u753b\\u4f5c\\uff0c\\u753b\\u9762\\uff0c\\u9759\\u6b62\\uff0c\\u6574\\u4f53\\u53d1\\u7070\\uff0c\\u6700\\u5dee\\u8d28\\u91cf\\uff0c\\u4f4e\\u8d28\\u91cf\\uff0cJPEG\\u538b\\u7f29\\u6b8b\\u7559\\uff0c\\u4e11\\u964b\\u7684\\uff0c\\u6b8b\\u7f3a\\u7684\\uff0c\\u591a\\u4f59\\u7684\\u624b\\u6307\\uff0c\\u753b\\u5f97\\u4e0d\\u597d\\u7684\\u624b\\u90e8\\uff0c\\u753b\\u5f97\\u4e0d\\u597d\\u7684\\u8138\\u90e8\\uff0c\\u7578\\u5f62\\u7684\\uff0c\\u6bc1\\u5bb9\\u7684\\uff0c\\u5f62\\u6001\\u7578\\u5f62\\u7684\\u80a2\\u4f53\\uff0c\\u624b\\u6307\\u878d\\u5408\\uff0c\\u9759\\u6b62\\u4e0d\\u52a8\\u7684\\u753b\\u9762\\uff0c\\u6742\\u4e71\\u7684\\u80cc\\u666f\\uff0c\\u4e09\\u6761\\u817f\\uff0c\\u80cc\\u666f\\u4eba\\u5f88\\u591a\\uff0c\\u5012\\u7740\\u8d70".
            enable_safety_checker: Enable safety checker for generated content. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "goal_force": goal_force,
                "projectile_force": projectile_force,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "negative_prompt": negative_prompt,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str | Omit = omit,
        image_url: FileInput | Omit = omit,
        goal_force: ForceParams | None | Omit = omit,
        projectile_force: ForceParams | None | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> GoalForceOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text description of the scene and the desired physics interaction. Default: "A
                hand pushes the hanging bulb, causing it to sway.".
            image_url: URL of the input image (first frame). The image will be resized to 832x480.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image). Default:
                "https://raw.githubusercontent.com/brown-palm/goal-force/2d0209dc27333bffdb3f06df657ae05b11407615/datasets/examples/human-object-interaction/images/_bulb_tool.png".
            goal_force: Indirect goal force applied to a target object. The model generates
                physics-plausible interactions to move the target in the specified direction.
                Specify either this, projectile_force, or both.
            projectile_force: Direct force applied to a projectile object, causing it to move along
                the force direction. Specify either this, goal_force, or both.
            seed: Random seed for reproducibility.
            num_inference_steps: Number of denoising steps. Higher values produce better quality but
                take longer. Default: 50. Limits: minimum 1, maximum 50.
            guidance_scale: Classifier-free guidance scale. Default: 5. Limits: minimum 1, maximum
                10.
            negative_prompt: Negative prompt for generation. Default:
                "\\u8272\\u8c03\\u8273\\u4e3d\\uff0c\\u8fc7\\u66dd\\uff0c\\u9759\\u6001\\uff0c\\u7ec6\\u8282\\u6a21\\u7cca\\u4e0d\\u6e05\\uff0c\\u5b57\\u5e55\\uff0c\\u98ce\\u683c\\uff0c\\u4f5c\\u54c1\\uff0c\\u753b\\u4f5c\\uff0c\\u753b\\u9762\\uff0c\\u9759\\u6b62\\uff0c\\u6574\\u4f53\\u53d1\\u7070\\uff0c\\u6700\\u5dee\\u8d28\\u91cf\\uff0c\\u4f4e\\u8d28\\u91cf\\uff0cJPEG\\u538b\\u7f29\\u6b8b\\u7559\\uff0c\\u4e11\\u964b\\u7684\\uff0c\\u6b8b\\u7f3a\\u7684\\uff0c\\u591a\\u4f59\\u7684\\u624b\\u6307\\uff0c\\u753b\\u5f97\\u4e0d\\u597d\\u7684\\u624b\\u90e8\\uff0c\\u753b\\u5f97\\u4e0d\\u597d\\u7684\\u8138\\u90e8\\uff0c\\u7578\\u5f62\\u7684\\uff0c\\u6bc1\\u5bb9\\u7684\\uff0c\\u5f62\\u6001\\u7578\\u5f62\\u7684\\u80a2\\u4f53\\uff0c\\u624b\\u6307\\u878d\\u5408\\uff0c\\u9759\\u6b62\\u4e0d\\u52a8\\u7684\\u753b\\u9762\\uff0c\\u6742\\u4e71\\u7684\\u80cc\\u666f\\uff0c\\u4e09\\u6761\\u817f\\uff0c\\u80cc\\u666f\\u4eba\\u5f88\\u591a\\uff0c\\u5012\\u7740\\u8d70".
            enable_safety_checker: Enable safety checker for generated content. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "goal_force": goal_force,
                "projectile_force": projectile_force,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "negative_prompt": negative_prompt,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | Omit = omit,
        image_url: FileInput | Omit = omit,
        goal_force: ForceParams | None | Omit = omit,
        projectile_force: ForceParams | None | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[GoalForceOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text description of the scene and the desired physics interaction. Default: "A
                hand pushes the hanging bulb, causing it to sway.".
            image_url: URL of the input image (first frame). The image will be resized to 832x480.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image). Default:
                "https://raw.githubusercontent.com/brown-palm/goal-force/2d0209dc27333bffdb3f06df657ae05b11407615/datasets/examples/human-object-interaction/images/_bulb_tool.png".
            goal_force: Indirect goal force applied to a target object. The model generates
                physics-plausible interactions to move the target in the specified direction.
                Specify either this, projectile_force, or both.
            projectile_force: Direct force applied to a projectile object, causing it to move along
                the force direction. Specify either this, goal_force, or both.
            seed: Random seed for reproducibility.
            num_inference_steps: Number of denoising steps. Higher values produce better quality but
                take longer. Default: 50. Limits: minimum 1, maximum 50.
            guidance_scale: Classifier-free guidance scale. Default: 5. Limits: minimum 1, maximum
                10.
            negative_prompt: Negative prompt for generation. Default:
                "\\u8272\\u8c03\\u8273\\u4e3d\\uff0c\\u8fc7\\u66dd\\uff0c\\u9759\\u6001\\uff0c\\u7ec6\\u8282\\u6a21\\u7cca\\u4e0d\\u6e05\\uff0c\\u5b57\\u5e55\\uff0c\\u98ce\\u683c\\uff0c\\u4f5c\\u54c1\\uff0c\\u753b\\u4f5c\\uff0c\\u753b\\u9762\\uff0c\\u9759\\u6b62\\uff0c\\u6574\\u4f53\\u53d1\\u7070\\uff0c\\u6700\\u5dee\\u8d28\\u91cf\\uff0c\\u4f4e\\u8d28\\u91cf\\uff0cJPEG\\u538b\\u7f29\\u6b8b\\u7559\\uff0c\\u4e11\\u964b\\u7684\\uff0c\\u6b8b\\u7f3a\\u7684\\uff0c\\u591a\\u4f59\\u7684\\u624b\\u6307\\uff0c\\u753b\\u5f97\\u4e0d\\u597d\\u7684\\u624b\\u90e8\\uff0c\\u753b\\u5f97\\u4e0d\\u597d\\u7684\\u8138\\u90e8\\uff0c\\u7578\\u5f62\\u7684\\uff0c\\u6bc1\\u5bb9\\u7684\\uff0c\\u5f62\\u6001\\u7578\\u5f62\\u7684\\u80a2\\u4f53\\uff0c\\u624b\\u6307\\u878d\\u5408\\uff0c\\u9759\\u6b62\\u4e0d\\u52a8\\u7684\\u753b\\u9762\\uff0c\\u6742\\u4e71\\u7684\\u80cc\\u666f\\uff0c\\u4e09\\u6761\\u817f\\uff0c\\u80cc\\u666f\\u4eba\\u5f88\\u591a\\uff0c\\u5012\\u7740\\u8d70".
            enable_safety_checker: Enable safety checker for generated content. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "goal_force": goal_force,
                "projectile_force": projectile_force,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "negative_prompt": negative_prompt,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)
