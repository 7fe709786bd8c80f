#!/usr/bin/env bash
# Installs whatever is missing, builds Cairn and starts it on the default journal
# (the OS data folder; set CAIRN_DATA_DIR to use another). Headless machines get Xvfb.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

ensure_packages "${BUILD_PACKAGES[@]}"
headless=false
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  headless=true
  ensure_packages "${HEADLESS_PACKAGES[@]}"
fi
ensure_node_modules
build_ui

say "Building and starting Cairn"
cd "$ROOT"
cargo build -p cairn-desktop
binary="${CARGO_TARGET_DIR:-$ROOT/target}/debug/cairn-desktop"
if $headless; then
  say "No display found: running under xvfb-run"
  exec xvfb-run -a "$binary"
fi
exec "$binary"
