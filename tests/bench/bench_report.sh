#!/usr/bin/env bash
# Report benchmarks, in one run, printing figures (never pass/fail):
#  1. in-process: a typical single-name PDF report (target < 300 ms) and a 1,000-name batch summary, then 10,000
#     names to show how it scales; peak memory; the zone audit summary of a 1,000,000-record zone exported from the
#     window (the time its own thread is busy, and the whole export in the worker);
#  2. end to end: caa-doctor-cli check --zone with and without --report (process start, the offscreen platform and
#     fonts included), best of 5, and the ratio.
# Usage: tests/bench/bench_report.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
bash .ci/install-deps test
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DCAA_BUILD_GUI=ON >/dev/null
cmake --build build-bench --target bench_report caa-doctor-cli >/dev/null
out=tests/bench/out; mkdir -p "$out"
zone=tests/data/reports/report.zone
export QT_QPA_PLATFORM=offscreen

echo "== 1. In-process (Release, offscreen)"
./build-bench/tests/bench/bench_report "$zone" 1000 2>/dev/null | sed 's/^/  /'
./build-bench/tests/bench/bench_report "$zone" 10000 2>/dev/null | grep "name summary" | sed 's/^/  /'

big=tests/bench/out/bench-1000000.zone
[ -s "$big" ] || python3 tests/bench/gen_zone.py 1000000 "$big"
./build-bench/tests/bench/bench_report --window-audit "$big" 2>/dev/null | sed 's/^/  /'

echo
echo "== 2. caa-doctor-cli check dot.example.org --zone (best of 5)"
best() {
    for _ in 1 2 3 4 5; do
        /usr/bin/time -f '%e %M' -o "$out/t" "$@" >/dev/null 2>&1 || true
        tail -n 1 "$out/t"
    done | sort -n | head -1
}
cli=./build-bench/app/cli/caa-doctor-cli
text=$(best "$cli" check dot.example.org --zone "$zone")
pdf=$(best "$cli" check dot.example.org --zone "$zone" --report "$out/bench.pdf")
awk -v t="$text" -v p="$pdf" 'BEGIN {
    split(t, a, " "); split(p, b, " ")
    printf "  text only      %.3f s, %d MB\n", a[1], a[2] / 1024
    printf "  with --report  %.3f s, %d MB  (%.1fx the text run)\n", b[1], b[2] / 1024, b[1] / a[1] }'
