#!/usr/bin/env bash
# Renders the app icon (issue 15, item 1) from resources/icon.svg, and resources/icon-small.svg for
# 16 to 48 px, where the full drawing's rings and margin would blur: resources/icons/NxN.png (the
# Linux packages and the window), resources/icon.icns (macOS) and resources/icon.ico (Windows).
# The results are committed, so packaging needs none of these tools. Usage: scripts/icons.sh [out-dir]
set -euo pipefail
src="$(cd "$(dirname "$0")/../resources" && pwd)"
out="${1:-$src}"

for tool in rsvg-convert png2icns icotool; do
  if ! command -v "$tool" >/dev/null; then
    echo "scripts/icons.sh needs $tool: sudo apt-get install -y librsvg2-bin icnsutils icoutils" >&2
    exit 1
  fi
done

mkdir -p "$out/icons"
for size in 16 24 32 48 64 128 256 512 1024; do
  drawing="$src/icon.svg"
  if [ "$size" -le 48 ]; then drawing="$src/icon-small.svg"; fi
  rsvg-convert --width "$size" --height "$size" "$drawing" --output "$out/icons/${size}x${size}.png"
done

png="$out/icons"
# The sizes each format holds: Finder's 16 to 512 at 1x and 2x; Explorer's 16 to 256 (256 kept as PNG).
png2icns "$out/icon.icns" "$png"/{16x16,32x32,48x48,128x128,256x256,512x512,1024x1024}.png >/dev/null
icotool --create --output "$out/icon.ico" "$png"/{16x16,24x24,32x32,48x48,64x64,128x128}.png --raw "$png/256x256.png"
