"""The ภาพกิจกรรม pages: after the table, each measure with photos under its
number and title, the photos in rows of three (landscape) or two (portrait),
each scaled whole into its cell (never cropped) with its caption and date
(Buddhist Era) under it, a row never split from its captions.

Each photo is decoded once per build at most (``photos.print_rendition``,
remembered between builds) and embedded as a JPEG as it is.
"""

from __future__ import annotations

import io
from dataclasses import replace

from ..doctext import PHOTOS_TITLE, caption_text, photo_heading, prints_photos
from ..errors import ImageError, PhotoError
from ..model import Report
from ..photos import print_rendition
from .flowables import (
    Context,
    Flowable,
    LineBox,
    PageBreak,
    Para,
    TextFlow,
    boxes_height,
    draw_lines,
    layout_paras,
)
from .styles import CM, Styles

__all__ = ["PHOTOS_TITLE", "caption_text", "photo_story"]  # the texts: ``itadesk.doctext``
GAP = 0.5 * CM  # between photos in a row
CAPTION_GAP = 0.15 * CM  # between a photo and its caption
ROW_GAP = 0.45 * CM  # between rows
# The tallest a photo prints, as a share of the frame's height: two rows
# with their captions fit on a page.
MAX_HEIGHT_SHARE = {"landscape": 0.33, "portrait": 0.27}
PER_ROW = {"landscape": 3, "portrait": 2}


class PhotoRow(Flowable):
    """Photos side by side with their captions, kept on one page."""

    def __init__(
        self,
        ctx: Context,
        pictures: list[tuple[object, int, int, list[Para]]],
        per_row: int,
        max_height: float,
        *,
        space_before: float = ROW_GAP,
    ):
        self.ctx = ctx
        self.pictures = pictures  # (reader, pixel width, pixel height, caption paragraphs)
        self.per_row = per_row
        self.max_height = max_height
        self.space_before = space_before
        self._laid: list[tuple[object, float, float, float, list[LineBox]]] = []
        self._image_h = 0.0

    def wrap(self, availWidth, availHeight):  # noqa: N803
        self.width = availWidth
        cell = (availWidth - GAP * (self.per_row - 1)) / self.per_row
        self._laid = []
        for reader, w, h, paras in self.pictures:
            scale = min(cell / w, self.max_height / h)
            boxes = layout_paras(self.ctx, paras, cell) if paras else []
            self._laid.append((reader, cell, w * scale, h * scale, boxes))
        self._image_h = max((ih for _r, _c, _w, ih, _b in self._laid), default=0.0)
        captions = max((boxes_height(b) for *_rest, b in self._laid), default=0.0)
        self.height = self._image_h + (CAPTION_GAP + captions if captions else 0.0)
        return availWidth, self.height

    def drawOn(self, canvas, x, y):  # noqa: N802
        top = y + self.height
        for k, (reader, cell, w, h, boxes) in enumerate(self._laid):
            cx = x + k * (cell + GAP)
            # photos stand on a common line, so the captions start level
            canvas.drawImage(reader, cx + (cell - w) / 2, top - self._image_h, w, h)
            if boxes:
                draw_lines(canvas, self.ctx, boxes, cx, top - self._image_h - CAPTION_GAP)


def photo_story(
    ctx: Context,
    report: Report,
    styles: Styles,
    orientation: str,
    frame_h: float,
    warnings: list,
) -> list:
    """The ภาพกิจกรรม pages, or nothing (no photos, or the report prints none)."""
    if not prints_photos(report):
        return []
    from reportlab.lib.utils import ImageReader

    per_row = PER_ROW.get(orientation, 3)
    max_height = frame_h * MAX_HEIGHT_SHARE.get(orientation, 0.33)
    caption_style = replace(styles.table, align="center")
    title_style = replace(styles.table, bold=True)
    story: list = [PageBreak(), TextFlow(ctx, [Para(PHOTOS_TITLE, styles.heading)], keep_with_next=True)]
    for i, m in enumerate(report.measures):
        pictures = []
        for k, photo in enumerate(m.photos):
            try:
                data, w, h = print_rendition(photo.data)
                reader = ImageReader(io.BytesIO(data))
            except (PhotoError, OSError, ValueError) as exc:  # a damaged row: print without it, and say so
                warnings.append(ImageError(reason="photo", detail=f"measures[{i}].photos[{k}]: {exc!r}"))
                continue
            text = caption_text(photo, ctx.digits)
            paras = [Para(text, caption_style, where=f"measures[{i}].photos[{k}].caption")] if text else []
            pictures.append((reader, w, h, paras))
        if not pictures:
            continue
        heading = TextFlow(
            ctx,
            [Para(photo_heading(i + 1, m, ctx.digits), title_style, where=f"measures[{i}].title")],
            space_before=0.6 * CM,
            keep_with_next=True,
        )
        story.append(heading)
        for start in range(0, len(pictures), per_row):
            story.append(PhotoRow(ctx, pictures[start : start + per_row], per_row, max_height))
    return story
