#!/usr/bin/env bash
# Installs Debian's redis-server for the queue's integration test
# (apps/cli/src/commands/worker.test.ts starts its own on a free localhost
# port; nothing is left running). Idempotent: does nothing when it is there.
set -euo pipefail
if [ -x /usr/bin/redis-server ]; then
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq --no-install-recommends redis-server >/dev/null
test -x /usr/bin/redis-server
