"""Make the script fonts the PDF minutes print with (``resources/fonts``), from Debian's
packages: ``python tools/bundle_fonts.py`` on a Debian machine, with fonttools installed
(``pip install fonttools``; only this script needs it, the app does not).

DejaVu Sans prints Latin, Greek and Cyrillic; these print the scripts it lacks
(``coprod_desktop/exports/minutes/fonts.py`` says which font prints which characters):

- Noto Naskh Arabic (Arabic, Urdu, Persian), Noto Sans Hebrew, Bengali, Gurmukhi and
  Ethiopic, regular and bold, from ``fonts-noto-core`` (SIL Open Font License 1.1);
- WenQuanYi Micro Hei (Chinese simplified and traditional, Japanese kana, Korean Hangul),
  the first face of its collection, from ``fonts-wqy-microhei`` (Apache 2.0). Noto Sans
  CJK is not used: its outlines are CFF, and ReportLab embeds TrueType outlines only.

Each is TrueType and is kept whole (every glyph and every OpenType feature, which the
shaping needs) but for its hinting instructions, which a PDF has no use for: that takes a
third off their size. Nothing else is changed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "resources" / "fonts"
NOTO = "usr/share/fonts/truetype/noto"
WQY = "usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

# (Debian package, file in it, face of a collection, file written)
SOURCES = [
    *[
        ("fonts-noto-core", f"{NOTO}/Noto{family}-{weight}.ttf", 0, f"Noto{family}-{weight}.ttf")
        for family in ("NaskhArabic", "SansHebrew", "SansBengali", "SansGurmukhi", "SansEthiopic")
        for weight in ("Regular", "Bold")
    ],
    ("fonts-wqy-microhei", WQY, 0, "WenQuanYiMicroHei.ttf"),
]


def main() -> int:
    subset = shutil.which("pyftsubset")
    if subset is None:
        print("pyftsubset not found: pip install fonttools", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for package in sorted({s[0] for s in SOURCES}):
            subprocess.run(["apt-get", "download", package], cwd=work, check=True)
        for deb in work.glob("*.deb"):
            subprocess.run(["dpkg", "-x", str(deb), str(work / "root")], check=True)
        for _, path, face, name in SOURCES:
            out = FONTS / name
            subprocess.run(
                [subset, str(work / "root" / path), f"--font-number={face}",
                 "--unicodes=*", "--glyphs=*", "--layout-features=*", "--name-IDs=*",
                 "--name-languages=*", "--notdef-outline", "--no-hinting",
                 f"--output-file={out}"],
                check=True,
            )  # fmt: skip
            print(f"{name}: {out.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
