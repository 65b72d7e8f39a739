#!/usr/bin/env bash
# Installs the Debian packages the tests use, when missing: Chromium for the end-to-end tests,
# minisign, age and unzip for the exchange interop tests (and python3, whose pty module types
# age's passphrase at its terminal prompt), poppler-utils to look at printed PDFs, and Thai fonts as
# a fallback behind the bundled Sarabun.
set -euo pipefail

need=()
command -v chromium >/dev/null || need+=(chromium)
command -v minisign >/dev/null || need+=(minisign)
command -v age >/dev/null || need+=(age)
command -v unzip >/dev/null || need+=(unzip)
command -v python3 >/dev/null || need+=(python3)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
fc-list 2>/dev/null | grep -qi 'tlwg\|Sarabun' || need+=(fonts-thai-tlwg fontconfig)

if [ ${#need[@]} -gt 0 ]; then
  echo "Installing: ${need[*]}"
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${need[@]}"
fi
