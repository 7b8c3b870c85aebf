#!/usr/bin/env bash
# Fuzz smoke for CI: every harness for a few seconds (default 15 s each, about 75 s in all,
# plus the first build of each harness: about 3 min for render, which compiles three modules).
# Stops at the first crash; the crash file is printed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-15}
for harness in decode normalize numbers extract render; do
    echo "fuzz smoke: $harness, ${seconds} s"
    if ! Fuzz/run.sh "$harness" "$seconds" > ".build/fuzz-smoke-$harness.log" 2>&1; then
        tail -40 ".build/fuzz-smoke-$harness.log"
        echo "fuzz smoke: $harness FAILED; crash input in .build/fuzz/artifacts-$harness/ — add it to Fuzz/regressions/$harness/" >&2
        exit 1
    fi
    grep -E '^stat::number_of_executed_units|^Done' ".build/fuzz-smoke-$harness.log" || true
done
