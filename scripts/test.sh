#!/usr/bin/env bash
# Installs whatever the tests need, then runs every check and test: formatting, lints, the
# Rust tests, svelte-check, Vitest, and the end-to-end tests in the real app under Xvfb.
# Tests that need servers start their own on 127.0.0.1 and stop them.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

started=$SECONDS
ensure_packages "${BUILD_PACKAGES[@]}" "${HEADLESS_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
ensure_rust_tools
ensure_node_modules
ensure_tauri_driver
ensure_space_servers
cd "$ROOT"

say "Formatting (cargo fmt --check)"
cargo fmt --all -- --check

build_ui

say "UI types (svelte-check)"
(cd ui && npm run --silent check)

say "UI unit tests (Vitest)"
(cd ui && npm run --silent test)

say "Lints (cargo clippy)"
cargo clippy --workspace --all-targets --locked -- -D warnings

say "Building the app once for the end-to-end tests"
cargo build -p cairn-desktop --locked

say "Rust tests (the space tests against real Synapse, WsgiDAV and SMTP servers on loopback)"
with_keychain cargo test --workspace --exclude cairn-e2e --locked

say "End-to-end tests (real app, WebKitGTK through WebDriver, under Xvfb)"
with_keychain cargo test -p cairn-e2e --locked --tests -- --test-threads=1

say "All checks and tests passed in $((SECONDS - started)) s"
