# What the test command runs, in order, and what each stage needs. Each stage's command is a
# function of its own, so tests/tools/test-command.test.js can replace them and check the
# bookkeeping of the real plan (a failing release build fails the stages built on it).
# Source after tools.sh and stages.sh.

# Runs a command without the wasm build's environment (host builds and tests).
host() { env -u CARGO_UNSTABLE_BUILD_STD -u RUSTC -u RUSTC_BOOTSTRAP "$@"; }

# Every stage of the test command, in order.
test_plan() {
  stage test-command test_command_tests
  stage fmt fmt_check
  stage clippy clippy_check
  stage host-tests host_tests
  stage browser-tests browser_tests
  stage release-build release_build
  stage e2e --needs release-build e2e_tests
  stage engines --needs release-build engine_smoke
  stage size-gate --needs release-build size_gate
  stage serve serve_check
}

# The test command's own checks (tests/tools): its bookkeeping, run with stand-in stages, and its
# scripts' use of lock files.
test_command_tests() { node --test tests/tools/; }

# rustfmt leaves `view!` bodies as written: leptosfmt checks them (leptosfmt.toml).
fmt_check() {
  ensure_leptosfmt || return 1
  host cargo fmt --all -- --check && host "$AMANE_TOOLS/bin/leptosfmt" --check --quiet src
}

# Lints every target on the host, then the app's targets for the wasm they run on: the browser
# tests (tests/web.rs) exist only there.
clippy_check() {
  host cargo clippy --workspace --all-targets --locked -q -- -D warnings \
    && cargo clippy -p amane --target wasm32-unknown-unknown --tests --locked -q -- -D warnings
}

host_tests() { host cargo test --workspace --locked -q; }

browser_tests() {
  env CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    cargo test -p amane --target wasm32-unknown-unknown --locked --test web
}

release_build() { ./scripts/build; }

e2e_tests() {
  ensure_e2e_packages || return 1
  env AMANE_DIST="$ROOT/dist" node --test --test-concurrency=1 tests/e2e/specs/
}

# Where browser engines differ (start-up, storage, service worker, wasm chunks): a short run in
# Firefox ESR and in WebKit (tests/e2e/engines/), from Debian's packages.
engine_smoke() {
  ensure_e2e_packages || return 1
  AMANE_WHY="Firefox ESR and WebKit, for the run in other browser engines" \
    apt_ensure firefox-esr webkit2gtk-driver xvfb xauth || return 1
  env AMANE_DIST="$ROOT/dist" node --test --test-concurrency=1 tests/e2e/engines/
}

# The first load is over its 200 KB brotli budget today (docs/PERFORMANCE.md says by how much
# and why): until it is met, the gate fails when the first load grows past its current size.
size_gate() { release python3 scripts/size.py dist --ceiling=354; }

# The README's serve command, checked as a newcomer would use it: starts ./scripts/serve on a
# free port, waits for the page, and runs the foundation tests against it (course title,
# rendered Markdown, a Fluent string, the stored value after a reload, a deep link). It builds
# into a folder of its own, so dist/ stays the release build the other stages tested.
serve_check() {
  local port pid status out="$STAGE_LOGS/serve-output.log"
  ensure_e2e_packages || return 1
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  AMANE_PORT=$port setsid ./scripts/serve --dist "$STAGE_LOGS/serve-dist" >"$out" 2>&1 &
  pid=$!
  if ! python3 - "$port" <<'PY'
import sys, time, urllib.request
url = f"http://127.0.0.1:{sys.argv[1]}/"
for _ in range(900):
    try:
        if b"_bg.wasm" in urllib.request.urlopen(url, timeout=5).read():
            sys.exit(0)
    except OSError:
        pass
    time.sleep(1)
sys.exit(f"nothing served at {url} after 15 minutes")
PY
  then
    tail -20 "$out"
    kill -- -"$pid" 2>/dev/null
    return 1
  fi
  grep -F "http://127.0.0.1:$port/" "$out" || { echo "serve did not print its address"; status=1; }
  AMANE_BASE_URL="http://127.0.0.1:$port/" node --test --test-concurrency=1 \
    --test-name-pattern='course title|renders its Markdown|chosen language is stored|deep link' \
    tests/e2e/specs/foundation.test.js
  status=${status:-$?}
  kill -- -"$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  return "$status"
}
