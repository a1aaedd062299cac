#!/usr/bin/env bash
# Draws the site's icons from src/main/resources/assets/icons/icon.svg (the header's blue with a white globe, the
# international office's sign): favicon.ico (16, 32 and 48 px) and apple-touch-icon.png (180 px, square: iOS
# rounds its corners itself). Run once after changing the SVG and commit what it writes; the build does not run it.
# Needs Debian's chromium (it renders the SVG) and python3 (it packs the ICO).
set -euo pipefail
cd "$(dirname "$0")/../src/main/resources/assets/icons"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
render() { # render SVG SIZE OUT
  chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --default-background-color=00000000 \
    --window-size="$2,$2" --screenshot="$3" "file://$1" >/dev/null 2>&1
}
for size in 16 32 48; do render "$PWD/icon.svg" "$size" "$work/$size.png"; done
sed 's/ rx="6"//' icon.svg >"$work/square.svg"
render "$work/square.svg" 180 apple-touch-icon.png
python3 - "$work" <<'PY'
import struct, sys
sizes = [16, 32, 48]
images = [open(f"{sys.argv[1]}/{s}.png", "rb").read() for s in sizes]
header = struct.pack("<HHH", 0, 1, len(images))
offset = 6 + 16 * len(images)
entries = b""
for size, image in zip(sizes, images):
    entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(image), offset)
    offset += len(image)
open("favicon.ico", "wb").write(header + entries + b"".join(images))
PY
ls -l favicon.ico apple-touch-icon.png
