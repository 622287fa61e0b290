#!/bin/sh
# Renders icon.svg to the files jpackage needs on each platform (PNG for Linux, ICO for Windows, ICNS for macOS).
# Run it after changing icon.svg and commit the results; the build itself needs no image tools.
# Debian/Ubuntu: apt-get install librsvg2-bin imagemagick icnsutils
set -eu
cd "$(dirname "$0")"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for size in 16 32 48 128 256 512; do
  rsvg-convert -w "$size" -h "$size" icon.svg -o "$out/icon-$size.png"
done
cp "$out/icon-512.png" linux/mirrorhand.png
convert "$out/icon-16.png" "$out/icon-32.png" "$out/icon-48.png" "$out/icon-256.png" windows/MirrorHand.ico
png2icns macos/MirrorHand.icns "$out/icon-16.png" "$out/icon-32.png" "$out/icon-48.png" "$out/icon-128.png" \
  "$out/icon-256.png" "$out/icon-512.png" >/dev/null
