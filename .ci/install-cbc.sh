#!/usr/bin/env bash
# Installs Debian's CBC (coinor-cbc, the native `cbc` binary), the
# benchmark's second reference solver beside HiGHS. Only `pnpm bench` uses it
# (bench/run.ts calls this script when cbc is absent); no test needs it, and
# the LP-writer test that reads a model back through CBC skips without it.
# Idempotent: does nothing when cbc is already on PATH.
set -euo pipefail
if command -v cbc >/dev/null 2>&1; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "install-cbc: cbc is not installed and this user cannot install it; as root run: apt-get install coinor-cbc" >&2
    exit 1
  fi
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq --no-install-recommends coinor-cbc >/dev/null
command -v cbc >/dev/null
