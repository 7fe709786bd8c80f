# Shared setup for scripts/run.sh and scripts/test.sh: installs only what is missing, so a
# second run costs seconds. Sourced, not run.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"

# Debian packages the app needs to build and run (Tauri 2 on WebKitGTK 4.1).
BUILD_PACKAGES=(build-essential pkg-config libwebkit2gtk-4.1-dev libxdo-dev libssl-dev
  libayatana-appindicator3-dev librsvg2-dev)
# What headless runs and the end-to-end tests add: a virtual display and WebKit's WebDriver.
HEADLESS_PACKAGES=(xvfb xauth webkit2gtk-driver xdotool)
# What the tests add: pdftotext and pdftoppm to read the typeset PDF back, and a real OS
# keychain (GNOME Keyring's Secret Service on a private D-Bus session) for the credentials.
TEST_PACKAGES=(poppler-utils gnome-keyring dbus-daemon)

TAURI_DRIVER_VERSION=2.1.0

say() { printf '\033[1;36m==>\033[0m %s\n' "$*"; }
fail() { printf '\033[1;31mCannot continue:\033[0m %s\n' "$*" >&2; exit 1; }

# Installs the Debian packages named that are not installed yet.
ensure_packages() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
      missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "Installing system packages: ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || fail "installing ${missing[*]} needs root: run as root or install sudo"
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# The UI toolchain (Vite 8) needs Node 20.19 or newer; Debian 12's own nodejs is 18.
ensure_node() {
  command -v node >/dev/null || fail "Node.js 20.19 or newer is needed (node is not on PATH)"
  local version major minor
  version=$(node --version)
  IFS=. read -r major minor _ <<<"${version#v}"
  if [ "$major" -lt 20 ] || { [ "$major" -eq 20 ] && [ "$minor" -lt 19 ]; }; then
    fail "Node.js 20.19 or newer is needed; this machine has $version"
  fi
}

# The Rust checks need rustfmt and clippy, which come with rustup's default profile.
ensure_rust_tools() {
  cargo fmt --version >/dev/null 2>&1 || fail "cargo fmt is missing: rustup component add rustfmt"
  cargo clippy --version >/dev/null 2>&1 || fail "cargo clippy is missing: rustup component add clippy"
}

# Installs the UI's npm packages exactly as locked, when they are missing or stale.
ensure_node_modules() {
  ensure_node
  local stamp="$ROOT/ui/node_modules/.package-lock.json"
  if [ ! -f "$stamp" ] || [ "$ROOT/ui/package-lock.json" -nt "$stamp" ]; then
    say "Installing UI packages (npm ci)"
    (cd "$ROOT/ui" && npm ci --no-audit --no-fund)
  fi
}

# Builds the UI into ui/dist, which the Rust build embeds.
build_ui() {
  say "Building the UI"
  (cd "$ROOT/ui" && npm run --silent build -- --logLevel warn)
}

# Installs tauri-driver (the WebDriver bridge for Tauri apps) from crates.io if absent.
ensure_tauri_driver() {
  command -v tauri-driver >/dev/null && return 0
  say "Installing tauri-driver $TAURI_DRIVER_VERSION"
  cargo install tauri-driver --locked --version "$TAURI_DRIVER_VERSION"
}

# The Python servers that the space tests run on loopback (crate tests/servers): Synapse
# (Matrix), WsgiDAV (WebDAV) and aiosmtpd (SMTP), in their own virtualenv. A stamp file
# records the pins installed, so a second run costs seconds.
SPACE_SERVER_PINS=(matrix-synapse==1.163.2 wsgidav==4.4.0 cheroot==11.1.2 aiosmtpd==1.4.6)
ensure_space_servers() {
  local venv="${CAIRN_SERVERS_VENV:-$HOME/.cache/cairn/servers-venv}"
  local stamp="$venv/.cairn-pins"
  local pins="${SPACE_SERVER_PINS[*]}"
  if [ -x "$venv/bin/python" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$pins" ]; then
    return 0
  fi
  if [ ! -x "$venv/bin/python" ]; then
    command -v python3 >/dev/null || ensure_packages python3
    # Debian's own python3 has venv's ensurepip only in python3-venv.
    python3 -c 'import ensurepip, venv' 2>/dev/null || ensure_packages python3-venv
    say "Creating the test servers' virtualenv in $venv"
    python3 -m venv --clear "$venv"
  fi
  say "Installing the test servers: $pins"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "${SPACE_SERVER_PINS[@]}"
  printf '%s' "$pins" >"$stamp"
}

# Runs "$@" on a private D-Bus session with a new, unlocked GNOME Keyring of its own, so the
# tests store credentials in a real Secret Service and never touch the user's keyring.
with_keychain() {
  local keyring status=0
  keyring=$(mktemp -d)
  XDG_DATA_HOME="$keyring" dbus-run-session -- bash -c \
    'printf %s cairn-tests | gnome-keyring-daemon --unlock --components=secrets >/dev/null &&
     exec "$@"' with_keychain "$@" || status=$?
  rm -rf "$keyring"
  return "$status"
}
