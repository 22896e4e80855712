"""Renders the icon files from the master SVG, with Qt's own SVG renderer (PySide6-Essentials).

    python packaging/icons/render_icons.py

Writes, beside the SVG: org.annotator.Annotator-N.png for the Linux sizes, annotator.ico
(Windows: PNG-compressed entries, Vista and later) and annotator.icns (macOS: PNG entries). Both
containers are simple enough to write here, so no Pillow or iconutil is needed. Run it after
changing the SVG and commit the results; the tests check that every file exists at its size.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from identity import ICON_SIZES, read_identity  # noqa: E402

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS entry types holding PNG data, by pixel size (the @2x types reuse the larger images).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
    (b"ic14", 512),
)  # fmt: skip


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - QImage needs it
    identity = read_identity()
    renderer = QSvgRenderer(str(HERE / f"{identity.app_id}.svg"))
    if not renderer.isValid():
        raise SystemExit("the master SVG does not load")
    needed = set(ICON_SIZES) | set(ICO_SIZES) | {size for _kind, size in ICNS_TYPES}
    pngs = {size: render_png(renderer, size) for size in sorted(needed)}
    for size in ICON_SIZES:
        (HERE / f"{identity.app_id}-{size}.png").write_bytes(pngs[size])
    (HERE / "annotator.ico").write_bytes(ico({size: pngs[size] for size in ICO_SIZES}))
    (HERE / "annotator.icns").write_bytes(icns(pngs))
    print(f"wrote {len(ICON_SIZES)} PNGs, annotator.ico and annotator.icns in {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
