#!/usr/bin/env bash
# Trunk's post_build hook (Trunk.toml): first the hashed names into embed.js, then the
# precompressed copies of the finished files, in that order.
set -euo pipefail
here="$(dirname "$0")"
bash "$here/stamp-embed.sh" "$@"
bash "$here/compress-dist.sh" "$@"
