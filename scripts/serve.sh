#!/usr/bin/env bash
# The serve command: installs what is missing, then `trunk serve` on http://127.0.0.1:8080.
set -euo pipefail
source "$(dirname "$0")/tools.sh"
ensure_build_tools
cd "$ROOT"
say "serving the explainer at http://127.0.0.1:8080"
exec trunk serve "$@"
