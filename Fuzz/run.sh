#!/usr/bin/env bash
# Builds one libFuzzer harness over the BriefingAnalysis sources and runs it.
#   Fuzz/run.sh HARNESS SECONDS [extra libFuzzer flags…]     HARNESS: decode|normalize|numbers|extract
# The harness is compiled into the same module as the sources (-module-name BriefingAnalysis), so it
# can reach internal helpers. Corpus: Fuzz/corpus/HARNESS (seeds, committed) + new inputs kept in
# .build/fuzz/corpus-HARNESS (not committed) + past crashes in Fuzz/regressions/HARNESS (committed,
# replayed by Tests/BriefingAnalysisTests/FuzzRegressionTests). New crashes land in
# .build/fuzz/artifacts-HARNESS/.
set -euo pipefail
cd "$(dirname "$0")/.."
harness=${1:?usage: Fuzz/run.sh decode|normalize|numbers|extract SECONDS}
seconds=${2:-60}
shift $(( $# >= 2 ? 2 : $# ))
out=.build/fuzz
mkdir -p "$out/corpus-$harness" "$out/artifacts-$harness"
bin="$out/fuzz-$harness"
sources=$(find Sources/BriefingAnalysis -name '*.swift' | sort)
if [[ ! -x "$bin" || -n "$(find Sources/BriefingAnalysis "Fuzz/harness-$harness.swift" -newer "$bin" -name '*.swift' | head -1)" ]]; then
    echo "fuzz: building $bin"
    # shellcheck disable=SC2086
    swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name BriefingAnalysis \
        $sources "Fuzz/harness-$harness.swift" -o "$bin" 2> >(grep -v 'Cannot export local symbol' >&2)
fi
# The Swift runtime's backtracer can stall for minutes on a crash; libFuzzer reports it anyway.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:symbolize=1}
exec "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=3072 -max_len=16384 \
    -print_final_stats=1 -artifact_prefix="$out/artifacts-$harness/" \
    "$@" "$out/corpus-$harness" "Fuzz/corpus/$harness" $(ls -d "Fuzz/regressions/$harness" 2>/dev/null)
