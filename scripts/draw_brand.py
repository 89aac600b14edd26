"""Draw the brand images (custom_components/local_slm/brand/*.png) with Pillow.

A house whose window is a speech bubble: a language model at home. 256x256 icons, 512x512 @2x,
transparent background; the dark variant uses lighter colours for dark themes.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "custom_components" / "local_slm" / "brand"
THEMES = {"": ("#1f6feb", "#ffffff"), "dark_": ("#58a6ff", "#0d1117")}


def draw(size: int, house: str, bubble: str) -> Image.Image:
    """One icon of `size` pixels."""
    s = size / 256
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.polygon([(128 * s, 20 * s), (244 * s, 120 * s), (12 * s, 120 * s)], fill=house)
    d.rounded_rectangle([40 * s, 104 * s, 216 * s, 236 * s], radius=14 * s, fill=house)
    d.rounded_rectangle([70 * s, 128 * s, 186 * s, 196 * s], radius=18 * s, fill=bubble)
    d.polygon([(92 * s, 192 * s), (120 * s, 192 * s), (90 * s, 216 * s)], fill=bubble)
    for x in (100, 128, 156):
        r = 9 * s
        d.ellipse([x * s - r, 162 * s - r, x * s + r, 162 * s + r], fill=house)
    return img


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for prefix, (house, bubble) in THEMES.items():
        draw(256, house, bubble).save(OUT / f"{prefix}icon.png", optimize=True)
        draw(512, house, bubble).save(OUT / f"{prefix}icon@2x.png", optimize=True)


if __name__ == "__main__":
    main()
