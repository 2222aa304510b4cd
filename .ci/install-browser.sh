#!/usr/bin/env bash
# Installs Debian's Chromium (and a small CJK font so pages and screenshots
# show Chinese) for the end-to-end browser test tests/web-view.test.ts.
# Idempotent: does nothing when both are already there. Playwright's own
# browser download does not work here; we drive Debian's build with playwright-core.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || need+=(fonts-wqy-microhei)
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
test -x /usr/bin/chromium
