#!/usr/bin/env bash
# Renders an exported workbook the way a person sees it printed: xlsx -> PDF (LibreOffice, headless,
# using the workbook's own print setup: A4 portrait, fitted to the page width) -> one PNG per page (pdftoppm).
#
#   scripts/render-export.sh FILE.xlsx [OUT_DIR] [DPI]      (defaults: the file's folder, 80 dpi)
#
# Writes OUT_DIR/NAME.pdf and OUT_DIR/NAME-1.png, NAME-2.png, ... and prints their paths.
# Needs libreoffice-calc, poppler-utils and a CJK font (fonts-noto-cjk); installs them with apt-get when
# missing and running as root. A sample to render:
#   ./mvnw -q test -Dtest=DongguanExportSampleTest -Dexport.dir=/tmp && scripts/render-export.sh /tmp/dongguan-2024.xlsx
set -euo pipefail

if [[ $# -lt 1 || ! -f "$1" ]]; then
  echo "usage: $0 FILE.xlsx [OUT_DIR] [DPI]" >&2
  exit 2
fi
xlsx=$(readlink -f "$1")
out=$(readlink -m "${2:-$(dirname "$xlsx")}")
dpi=${3:-80}
name=$(basename "$xlsx" .xlsx)

missing=()
command -v libreoffice >/dev/null || missing+=(libreoffice-calc)
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
fc-list :lang=zh 2>/dev/null | grep -q . || missing+=(fonts-noto-cjk)
if [[ ${#missing[@]} -gt 0 ]]; then
  if [[ $(id -u) -ne 0 ]]; then
    echo "missing: ${missing[*]} (install with: sudo apt-get install -y ${missing[*]})" >&2
    exit 1
  fi
  echo "installing ${missing[*]} ..." >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

mkdir -p "$out"
# A private LibreOffice profile, so the conversion neither needs nor disturbs a running instance.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
libreoffice --headless --norestore "-env:UserInstallation=file://$profile" \
  --convert-to pdf --outdir "$out" "$xlsx" >/dev/null 2>&1
pdf="$out/$name.pdf"
[[ -f "$pdf" ]] || { echo "LibreOffice did not produce $pdf" >&2; exit 1; }
rm -f "$out/$name"-*.png
pdftoppm -r "$dpi" -png "$pdf" "$out/$name"
echo "$pdf"
ls -1 "$out/$name"-*.png
