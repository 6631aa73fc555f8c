#!/bin/sh
# The guide's pictures: the README's screenshots (docs/screenshots, retaken by take.py there),
# halved and cut to 64 colours so the whole guide stays under 600 KB in the bundle.
# Run from anywhere; needs ImageMagick's convert (/usr/bin/convert).
set -e
SHOTS=$(cd "$(dirname "$0")" && pwd)
GUIDE="$SHOTS/../../resources/guide/images"
CONVERT=/usr/bin/convert
[ -x "$CONVERT" ] || CONVERT=convert
for name in chi-bo dang-vien buoi-sinh-hoat diem-danh dang-ky-lam-theo bao-cao xuat-tep-bao-cao chi-bo-cap-uy bao-cao-giay-bao \
        tiep-nhan-khoa tong-hop gui-xuong; do
    "$CONVERT" "$SHOTS/$name.png" -resize 50% -colors 64 -strip "PNG8:$GUIDE/$name.png"
done
du -cb "$GUIDE"/*.png | tail -1
