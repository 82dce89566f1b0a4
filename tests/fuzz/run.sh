#!/usr/bin/env bash
# The fuzz runner: builds the libFuzzer targets with AddressSanitizer + UndefinedBehaviorSanitizer (clang,
# -DCAA_FUZZ=ON -DCAA_SANITIZE=ON, in build-fuzz/), runs every target (or those named) for SECONDS each, merges what
# they found back into tests/fuzz/corpus/<target>/ (minimised: only inputs that add coverage), and keeps every crash
# with its stack under tests/fuzz/out/<target>/. At the end, one line per target: runs, runs/s, coverage, crashes.
#   tests/fuzz/run.sh [SECONDS] [TARGET...]        e.g. tests/fuzz/run.sh 600 zoneparse evidence
#   FUZZ_SMOKE=1 tests/fuzz/run.sh 5               the CI smoke: a few seconds each, the corpus left as it is
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-300}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(zoneparse zonefile caardata issuervalue dnsmessage namelist acmeerror evidence certificate
                                      ctanswer)
build=${FUZZ_BUILD:-build-fuzz}
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ -DCAA_FUZZ=ON \
        -DCAA_SANITIZE=ON -DCAA_BUILD_GUI=OFF >/dev/null
fi
cmake --build "$build" -j"$(nproc)" --target "${targets[@]/#/fuzz_}" >/dev/null
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
summary=()
failed=0
for t in "${targets[@]}"; do
    corpus=tests/fuzz/corpus/$t
    [ "$t" = zoneparse ] && corpus=tests/fuzz/corpus/zonefile # one zone corpus for both zone targets
    out=tests/fuzz/out/$t
    mkdir -p "$out/new" "$corpus"
    seeds=("$corpus")
    case $t in
    zonefile | zoneparse) seeds+=(tests/data/zones) ;;
    namelist) seeds+=(tests/data/names) ;;
    dnsmessage) seeds+=(tests/data/dns) ;;
    certificate) seeds+=(tests/data/certs) ;;
    esac
    # Zone inputs beyond a few KB add records, not new paths: short inputs keep the runs per second high.
    extra=()
    case $t in
    zonefile | zoneparse) extra+=(-max_len=4096) ;;
    esac
    log=$out/fuzz.log
    # The run: new inputs go to a scratch folder; crashes (with the stack in the log) to out/<target>/.
    set +e
    "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -print_final_stats=1 -timeout=25 -rss_limit_mb=2048 \
        -artifact_prefix="$out/" "${extra[@]}" "$out/new" "${seeds[@]}" >"$log" 2>&1
    rc=$?
    set -e
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -n 1)
    speed=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -n 1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | grep -o '[0-9]*')
    crashes=$(ls "$out" | grep -cE '^(crash|timeout|oom|leak)-' || true)
    if [ $rc -ne 0 ]; then
        failed=1
        cp "$log" "$out/crash-stack-$(date +%Y%m%d%H%M%S).log"
    fi
    if [ -z "${FUZZ_SMOKE:-}" ]; then
        # Merge: the corpus keeps what adds coverage, from the old corpus and the new finds.
        "$build/tests/fuzz/fuzz_$t" -merge=1 "$corpus" "$out/new" >"$out/merge.log" 2>&1 || true
    fi
    rm -rf "$out/new"
    summary+=("$(printf '%-12s runs %12s  %8s/s  cov %6s  crashes %s' "$t" "${runs:-?}" "${speed:-?}" "${cov:-?}" \
        "$crashes")")
done
printf '%s\n' "${summary[@]}"
exit $failed
