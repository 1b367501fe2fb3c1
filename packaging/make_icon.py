"""Draw the application icon (resources/icons/itadesk.png and .ico) with Qt.

Run once after changing the design: QT_QPA_PLATFORM=offscreen python packaging/make_icon.py
"""

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ROOT = Path(__file__).resolve().parents[1]


def draw(size: int, family: str) -> QImage:
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    r = QRectF(size * 0.04, size * 0.04, size * 0.92, size * 0.92)
    path = QPainterPath()
    path.addRoundedRect(r, size * 0.18, size * 0.18)
    p.fillPath(path, QColor("#1f4e79"))
    # a page with a tick: a report that is done
    page = QRectF(size * 0.22, size * 0.16, size * 0.56, size * 0.50)
    p.fillRect(page, QColor("#ffffff"))
    pen = QPen(QColor("#2e8b57"), max(1.0, size * 0.06))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.drawPolyline(
        [
            QPointF(size * 0.33, size * 0.42),
            QPointF(size * 0.45, size * 0.54),
            QPointF(size * 0.68, size * 0.28),
        ]
    )
    font = QFont(family)
    font.setBold(True)
    font.setPixelSize(int(size * 0.24))
    p.setFont(font)
    p.setPen(QColor("#ffffff"))
    p.drawText(QRectF(0, size * 0.66, size, size * 0.30), Qt.AlignmentFlag.AlignCenter, "ITA")
    p.end()
    return img


def main() -> None:
    app = QGuiApplication([])
    fid = QFontDatabase.addApplicationFont(str(ROOT / "resources" / "fonts" / "Sarabun-Bold.ttf"))
    family = QFontDatabase.applicationFontFamilies(fid)[0]
    out = ROOT / "resources" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    draw(256, family).save(str(out / "itadesk.png"))
    draw(64, family).save(str(out / "itadesk.ico"))
    del app


if __name__ == "__main__":
    main()
