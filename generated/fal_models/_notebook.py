"""How file outputs show in Jupyter: an <img>, <video> or <audio> element pointing at the file's
URL (the browser fetches it; repr never downloads), a link for other files, and Pillow images on
request (`to_pil()`, with the `images` extra)."""

from __future__ import annotations

import html
import io
from typing import TYPE_CHECKING, Literal
from urllib.parse import urlsplit

from fal_models._exceptions import ImageDecodeError

if TYPE_CHECKING:
    from PIL.Image import Image as PILImage

__all__ = ["MediaKind", "html_for", "media_kind", "open_image", "output_html", "pillow"]

MediaKind = Literal["image", "video", "audio"]

_SHOWN_SCHEMES = frozenset({"http", "https", "data"})
"""URLs a notebook may be pointed at; anything else (`javascript:`, `file:`) is not rendered."""


def media_kind(media_type: str | None) -> MediaKind | None:
    """`image`, `video` or `audio` for a media type (`image/png; q=…`), else None."""
    if not media_type:
        return None
    major = media_type.split("/", 1)[0].strip().lower()
    return major if major in ("image", "video", "audio") else None  # type: ignore[return-value]


def html_for(url: str, kind: MediaKind | None, label: str) -> str | None:
    """The HTML that shows the file at `url` in a notebook; None when it cannot be shown safely
    (a scheme other than http(s)/data, or a data URI that is not media)."""
    scheme = urlsplit(url).scheme.lower()
    if scheme not in _SHOWN_SCHEMES:
        return None
    src = html.escape(url, quote=True)
    title = html.escape(label, quote=True)
    if kind == "image":
        return f'<img src="{src}" alt="{title}" title="{title}" style="max-width: 100%">'
    if kind in ("video", "audio"):
        size = ' style="max-width: 100%"' if kind == "video" else ""
        return f'<{kind} src="{src}" title="{title}" controls{size}></{kind}>'
    if scheme == "data":
        return None  # a link holding the whole file is no use to anyone
    return f'<a href="{src}" target="_blank" rel="noopener">{title}</a>'


def output_html(files: list[tuple[str, str]], text: str) -> str:
    """An output's HTML: each file's HTML under its (escaped) field path, then its text."""
    parts = [
        f"<figure><figcaption><code>{html.escape(path)}</code></figcaption>{shown}</figure>"
        for path, shown in files
    ]
    body = "".join(parts)
    return f'<div class="fal-output">{body}<pre>{html.escape(text)}</pre></div>'


def pillow() -> None:
    """Pillow is importable, else an ImportError saying how to install it."""
    try:
        import PIL.Image  # noqa: F401
    except ImportError as exc:
        raise ImportError(
            "to_pil() needs Pillow: pip install 'fal-models[images]'", name="PIL"
        ) from exc


def open_image(data: bytes, shown_url: str) -> PILImage:
    """`data` decoded by Pillow (loaded now, so a broken file fails here with ImageDecodeError
    naming `shown_url`). Pillow comes with `pip install 'fal-models[images]'` and is imported
    only when an image is asked for."""
    pillow()
    from PIL import Image

    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except (OSError, SyntaxError, ValueError) as exc:
        # Pillow reports a truncated or corrupt file with any of these (UnidentifiedImageError
        # is an OSError).
        raise ImageDecodeError(shown_url, f"{type(exc).__name__}: {exc}") from None
    return image
