# The test command's bookkeeping: runs named stages, adds up the counts their runners print,
# and counts a stage that cannot run because one it needs failed as a failure with its name.
# Source this file; `stage` runs one stage, `summary` prints `N passed, N failed` and fails
# when anything failed.

STAGE_LOGS="${STAGE_LOGS:-$(mktemp -d)}"
STAGES_PASSED=0
STAGES_FAILED=0
# Names of the stages that ended with no failure, space-separated and padded: " fmt clippy ".
STAGES_OK=" "

# Stages that are one check each (they print no test counts).
SINGLE_CHECKS=" fmt clippy release-build size-gate "

stage_log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Adds the counts a runner printed (cargo: "test result: ... N passed; M failed",
# node: "# pass N" / "# fail M"). A single check counts as one; a test stage that ran no test
# counts as a failure, and so does any stage that failed without counting a failure.
stage_count() {
  local name=$1 status=$2 log=$3 p f
  p=$(grep -Eo '[0-9]+ passed' "$log" | awk '{s+=$1} END {print s+0}')
  f=$(grep -Eo '[0-9]+ failed' "$log" | awk '{s+=$1} END {print s+0}')
  p=$((p + $(grep -E '^# pass [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')))
  f=$((f + $(grep -E '^# fail [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')))
  if [ "$p" -eq 0 ] && [ "$f" -eq 0 ]; then
    if [ "$status" -eq 0 ] && [[ "$SINGLE_CHECKS" == *" $name "* ]]; then p=1; else f=1; fi
  elif [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
    f=1
  fi
  stage_record "$name" "$p" "$f"
}

# Adds one stage's counts to the totals and prints them.
stage_record() {
  local name=$1 p=$2 f=$3 why=${4:-}
  STAGES_PASSED=$((STAGES_PASSED + p))
  STAGES_FAILED=$((STAGES_FAILED + f))
  [ "$f" -eq 0 ] && STAGES_OK="$STAGES_OK$name "
  stage_log "$name: $p passed, $f failed${why:+ ($why)}"
}

# `stage NAME [--needs A,B] COMMAND...`: runs COMMAND, showing its output and keeping it for the
# counts. With --needs, the stage runs only when stages A and B passed; otherwise it is counted
# as one failure that names what it waited for.
stage() {
  local name=$1 needs="" dep; shift
  if [ "${1:-}" = --needs ]; then needs=$2; shift 2; fi
  for dep in ${needs//,/ }; do
    if [[ "$STAGES_OK" != *" $dep "* ]]; then
      stage_record "$name" 0 1 "not run: $dep failed"
      return 0
    fi
  done
  stage_log "$name"
  "$@" 2>&1 | tee "$STAGE_LOGS/$name.log"
  stage_count "$name" "${PIPESTATUS[0]}" "$STAGE_LOGS/$name.log"
}

# Prints the closing line `N passed, N failed`; fails when any stage failed.
summary() {
  echo "$STAGES_PASSED passed, $STAGES_FAILED failed"
  [ "$STAGES_FAILED" -eq 0 ]
}
