#!/usr/bin/env bash
# Builds one libFuzzer harness and runs it: decode, normalize, numbers and extract over the
# BriefingAnalysis sources; render over Analysis, Render and Report (see below).
#   Fuzz/run.sh HARNESS SECONDS [extra libFuzzer flags…]     HARNESS: decode|normalize|numbers|extract|render
# The harness is compiled into the same module as the sources (-module-name BriefingAnalysis), so it
# can reach internal helpers. Corpus: Fuzz/corpus/HARNESS (seeds, committed) + new inputs kept in
# .build/fuzz/corpus-HARNESS (not committed) + past crashes in Fuzz/regressions/HARNESS (committed,
# replayed by Tests/BriefingAnalysisTests/FuzzRegressionTests and, for render,
# Tests/BriefingReportTests/RenderFuzzRegressionTests). New crashes land in
# .build/fuzz/artifacts-HARNESS/.
set -euo pipefail
cd "$(dirname "$0")/.."
harness=${1:?usage: Fuzz/run.sh decode|normalize|numbers|extract|render SECONDS}
seconds=${2:-60}
shift $(( $# >= 2 ? 2 : $# ))
out=.build/fuzz
mkdir -p "$out/corpus-$harness" "$out/artifacts-$harness"
bin="$out/fuzz-$harness"
if [[ "$harness" == render ]]; then
    # The render harness goes through three modules (Analysis, Render with cairo and Pango,
    # Report): each is compiled with the fuzzer's instrumentation into a static library, then
    # the harness (Fuzz/harness-render.swift + Fuzz/RenderFuzzCase.swift) is linked against them.
    mods="$out/render-modules"
    if [[ ! -x "$bin" || -n "$(find Sources/BriefingAnalysis Sources/BriefingRender Sources/BriefingReport Fuzz/harness-render.swift Fuzz/RenderFuzzCase.swift -newer "$bin" -name '*.swift' | head -1)" ]]; then
        echo "fuzz: building $bin"
        mkdir -p "$mods"
        cflags=()
        for f in $(pkg-config --cflags pangocairo); do cflags+=(-Xcc "$f"); done
        for module in BriefingAnalysis BriefingRender BriefingReport; do
            # shellcheck disable=SC2046
            swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name "$module" -I Sources/CCairo -I "$mods" "${cflags[@]}" \
                -emit-module -emit-module-path "$mods/$module.swiftmodule" -emit-library -static -o "$mods/lib$module.a" \
                $(find "Sources/$module" -name '*.swift' | sort) 2> >(grep -v 'Cannot export local symbol' >&2)
        done
        # shellcheck disable=SC2046
        swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name RenderFuzz -I Sources/CCairo -I "$mods" "${cflags[@]}" \
            Fuzz/harness-render.swift Fuzz/RenderFuzzCase.swift -L "$mods" -lBriefingReport -lBriefingRender -lBriefingAnalysis \
            $(pkg-config --libs pangocairo) -lz -o "$bin" 2> >(grep -v 'Cannot export local symbol' >&2)
    fi
else
    sources=$(find Sources/BriefingAnalysis -name '*.swift' | sort)
    if [[ ! -x "$bin" || -n "$(find Sources/BriefingAnalysis "Fuzz/harness-$harness.swift" -newer "$bin" -name '*.swift' | head -1)" ]]; then
        echo "fuzz: building $bin"
        # shellcheck disable=SC2086
        swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name BriefingAnalysis \
            $sources "Fuzz/harness-$harness.swift" -o "$bin" 2> >(grep -v 'Cannot export local symbol' >&2)
    fi
fi
# The Swift runtime's backtracer can stall for minutes on a crash; libFuzzer reports it anyway.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:symbolize=1}
exec "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=3072 -max_len=16384 \
    -print_final_stats=1 -artifact_prefix="$out/artifacts-$harness/" \
    "$@" "$out/corpus-$harness" "Fuzz/corpus/$harness" $(ls -d "Fuzz/regressions/$harness" 2>/dev/null)
