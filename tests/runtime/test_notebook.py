"""File outputs in notebooks: IPython's own display formatter shows images, videos and audio from
their URL without downloading anything, escapes what it embeds, and `to_pil()` opens images
(with a clear error when Pillow is missing or the file is no image)."""

from __future__ import annotations

import sys
from typing import Any, cast

import httpx
import pytest
from fal_models import FileOutput, ImageDecodeError, OutputModel
from fal_models.testing import Emulator
from IPython.core.formatters import DisplayFormatter

QWEN = "fal-ai/qwen-image"
URL = "https://cdn.example/files/fox.png"
VIDEO = "bytedance/seedance-2.0/fast/text-to-video"
SPEECH = "fal-ai/dia-tts"


class Shown(FileOutput):
    """A file output of the shape the generator emits (url, content_type, file_name)."""

    url: str
    content_type: str | None = None
    file_name: str | None = None


def shown(output: object) -> dict[str, Any]:
    """What Jupyter receives for `output`, by MIME type."""
    data, _ = DisplayFormatter().format(output)
    return dict(data)


def test_an_image_output_shows_as_an_img_of_its_url_without_a_download() -> None:
    with Emulator(run_time=0) as fal, fal.client() as client:
        image = client.qwen_image.run(prompt="a red fox").images[0]
        requests = len(fal.log)
        data = shown(image)
        assert len(fal.log) == requests  # the browser loads the URL, not the kernel
    assert data["text/html"].startswith(f'<img src="{image.url}"')
    assert "image/png" not in data  # no bytes at hand: nothing fetched to make one


def test_an_inlined_image_also_gives_its_png_bytes() -> None:
    with Emulator(run_time=0) as fal, fal.client() as client:
        image = client.qwen_image.run(prompt="a red fox", sync_mode=True).images[0]
    assert image.url.startswith("data:image/png;base64,")
    data = shown(image)
    assert data["image/png"] == image.read()
    assert "image/jpeg" not in data
    assert data["text/html"].startswith('<img src="data:image/png;base64,')


def test_video_and_audio_outputs_show_a_player() -> None:
    with Emulator(run_time=0) as fal, fal.client() as client:
        video = cast(Any, client.endpoint(VIDEO)).run(prompt="a red fox").video
        audio = cast(Any, client.endpoint(SPEECH)).run(text="[S1] hello").audio
    assert shown(video)["text/html"].startswith(f'<video src="{video.url}"')
    assert " controls" in shown(video)["text/html"]
    assert shown(audio)["text/html"].startswith(f'<audio src="{audio.url}"')
    assert " controls" in shown(audio)["text/html"]


@pytest.mark.parametrize(
    ("fields", "tag"),
    [
        ({"url": "https://cdn.example/files/clip.MP4"}, "<video "),
        ({"url": "https://cdn.example/f/1", "file_name": "take.webm"}, "<video "),
        ({"url": "https://cdn.example/f/voice.flac"}, "<audio "),
        ({"url": "https://cdn.example/f/1", "content_type": "image/webp"}, "<img "),
        ({"url": "data:audio/wav;base64,UklGRg=="}, "<audio "),
        ({"url": "https://cdn.example/f/scene.glb"}, "<a href="),
    ],
)
def test_the_kind_comes_from_the_content_type_or_the_extension(
    fields: dict[str, str], tag: str
) -> None:
    assert Shown.model_validate(fields)._repr_html_().startswith(tag)  # type: ignore[union-attr]


def test_what_is_embedded_is_escaped_and_only_web_urls_are_shown() -> None:
    hostile = 'https://cdn.example/a.png?x=1&y="><script>alert(1)</script>'
    html = Shown(url=hostile, file_name='"><b>x</b>.png')._repr_html_()
    assert html is not None
    assert "<script>" not in html and "<b>" not in html
    assert "&quot;&gt;&lt;script&gt;" in html and "&amp;y=" in html
    for url in ("javascript:alert(1)//a.png", "file:///etc/passwd.png", "data:text/html,<b>x</b>"):
        assert Shown(url=url)._repr_html_() is None
        assert set(shown(Shown(url=url))) == {"text/plain"}


def test_to_pil_opens_the_image_sync_and_inlined() -> None:
    with Emulator(run_time=0) as fal, fal.client() as client:
        image = client.qwen_image.run(prompt="a red fox").images[0]
        opened = image.to_pil(http_client=httpx.Client(transport=fal.transport()))
        inlined = client.qwen_image.run(prompt="a red fox", sync_mode=True).images[0]
    assert opened.size == (image.width, image.height)
    assert inlined.to_pil().size == (inlined.width, inlined.height)


async def test_ato_pil_opens_the_image() -> None:
    with Emulator(run_time=0) as fal:
        async with fal.async_client() as client:
            image = (await client.qwen_image.run(prompt="a red fox")).images[0]
            transport = httpx.AsyncClient(transport=fal.async_transport())
            opened = await image.ato_pil(http_client=transport)
    assert opened.size == (image.width, image.height)


def test_a_file_that_is_no_image_raises_naming_it() -> None:
    with pytest.raises(ImageDecodeError) as info:
        Shown(url="data:audio/wav;base64,UklGRg==").to_pil()
    assert info.value.url.startswith("data:")
    assert isinstance(info.value, ValueError)


def test_without_pillow_to_pil_says_how_to_install_it_before_downloading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "PIL.Image", None)
    with Emulator(run_time=0) as fal, fal.client() as client:
        image = client.qwen_image.run(prompt="a red fox").images[0]
        requests = len(fal.log)
        with pytest.raises(ImportError, match=r"fal-models\[images\]"):
            image.to_pil(http_client=httpx.Client(transport=fal.transport()))
        assert len(fal.log) == requests


def test_an_output_shows_every_file_it_holds_under_its_field_then_its_text() -> None:
    with Emulator(run_time=0) as fal, fal.client() as client:
        out = client.qwen_image.run(prompt="a <red> fox", num_images=2)
        requests = len(fal.log)
        html = shown(out)["text/html"]
        assert len(fal.log) == requests
    first, second = (f'<img src="{image.url}"' for image in out.images)
    assert html.index("<code>images[0]</code>") < html.index(first)
    assert html.index(first) < html.index("<code>images[1]</code>") < html.index(second)
    assert "a &lt;red&gt; fox" in html and "<red>" not in html  # the text repr, escaped


def test_an_output_without_files_stays_plain_text() -> None:
    class Answer(OutputModel):
        text: str
        sources: list[dict[str, str]]

    plain = Answer(text="<b>hi</b>", sources=[{"url": "https://example.com/a.png"}])
    assert set(shown(plain)) == {"text/plain"}
    holding = Answer.model_validate({"text": "x", "sources": [], "extra": Shown(url=URL)})
    assert shown(holding)["text/html"].count("<img ") == 1  # a file in an unknown field too
