#!/usr/bin/env bash
# Installs what the tests need beyond npm packages, from Debian's packages, only where missing:
# Chromium (Playwright drives Debian's build; it never downloads one), CJK fonts (so
# screenshots and documents show Chinese) and poppler's pdftotext/pdfinfo (the printed 排期表 is
# read back from its PDF), LibreOffice Writer (documents are converted to PDF and read back) and
# xmllint (every XML part of a written .docx is parsed). Safe to run again and again.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
if ! fc-list :lang=zh 2>/dev/null | grep -q .; then missing+=(fonts-noto-cjk); fi
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "setup: installing ${missing[*]} from Debian's packages"
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "setup: the tests need ${missing[*]}; install them with: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup: the tests need ${missing[*]} (Debian/Ubuntu package names); install them with your system's package manager" >&2
  exit 1
fi
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup: done"
