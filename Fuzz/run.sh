#!/usr/bin/env bash
# Runs every libFuzzer target for SECONDS each (default 60), one after the other, from the committed seed
# corpus in Fuzz/corpus/<target>/. The targets are built in release mode (bounds and overflow checks stay;
# five times the executions of a debug build) with AddressSanitizer. New inputs go to a scratch corpus under
# .build-fuzz. A crash, a memory error or a timeout (one input over 30 s: far above any real one, since the
# machine may be shared) fails the run and leaves the input in Fuzz/crashes/<target>/, to be fixed and kept
# as a regression test (Tests/EntenteCoreTests/FuzzRegressionTests.swift runs every file there).
#   Fuzz/run.sh 600            # ten minutes each
#   Fuzz/run.sh 60 text        # one target
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(text jsonl dictionary markup petrarch)
scratch=.build-fuzz
swift build -c release --scratch-path "$scratch" -Xswiftc -sanitize=fuzzer,address 2>&1 | grep -v "Cannot export local symbol" | tail -n 3
bin="$(swift build -c release --scratch-path "$scratch" --show-bin-path)"
export ENTENTE_DICTIONARIES="$PWD/../Dictionaries"
export ASAN_OPTIONS="detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
failed=0
for target in "${targets[@]}"; do
    work="$scratch/corpus/$target"
    mkdir -p "$work" "crashes/$target"
    echo "== fuzz $target for ${seconds}s"
    # -max_len: articles and dictionary files longer than 16 KiB add time per run, not new paths.
    # -detect_leaks=0: Swift keeps pointers in enum payloads with tag bits set (ActorEntry.person's tenures),
    # which LeakSanitizer cannot follow, so it reports the live dictionaries as leaked.
    if ! "$bin/entente-fuzz-$target" "$work" "corpus/$target" -max_total_time="$seconds" -timeout=30 -max_len=16384 \
        -rss_limit_mb=4096 -detect_leaks=0 -print_final_stats=1 -artifact_prefix="crashes/$target/" >"$scratch/$target.log" 2>&1; then
        failed=1
        echo "fuzz $target: FAILED (input saved in Fuzz/crashes/$target/)"
        grep -E "ERROR|Fatal error|SUMMARY|deadly signal|timeout" "$scratch/$target.log" | head -n 20 || true
    fi
    grep -E "^stat::number_of_executed_units|^stat::average_exec_per_sec|^stat::peak_rss_mb" "$scratch/$target.log" | tr '\n' ' ' || true
    echo
done
exit "$failed"
