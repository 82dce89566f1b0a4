#!/usr/bin/env bash
# Zone parsing benchmark: caa-doctor-cli lint against kzonecheck and named-checkzone on the same generated
# 1,000,000-record zone, in one run: wall time, records/s, peak memory (max RSS), ratios. Not a pass/fail test.
# Usage: tests/bench/bench_zone.sh [RECORDS]   (builds a Release tree in build-bench/)
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-1000000}
bash .ci/install-deps test
command -v /usr/bin/time >/dev/null || { apt-get install -y -qq time; }
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DCAA_BUILD_GUI=OFF >/dev/null
cmake --build build-bench --target caa-doctor-cli bench_evaluator >/dev/null
out=tests/bench/out; mkdir -p "$out"
zone=$out/bench-$n.zone
[ -s "$zone" ] || python3 tests/bench/gen_zone.py "$n" "$zone"
size=$(stat -c %s "$zone")
awk -v z="$zone" -v n="$n" -v s="$size" 'BEGIN{printf "zone: %s, %d records, %.1f MB\n\n", z, n, s/1048576}'

measure() { # name, command...; prints "name seconds maxrss_kb"
    local name=$1; shift
    local best_s=999999 best_kb=0
    for _ in 1 2 3; do
        /usr/bin/time -f '%e %M' -o "$out/time.txt" "$@" >/dev/null 2>"$out/stderr.txt" || true
        read -r s kb < <(tail -n 1 "$out/time.txt")
        if awk -v a="$s" -v b="$best_s" 'BEGIN{exit !(a < b)}'; then best_s=$s; best_kb=$kb; fi
    done
    echo "$name $best_s $best_kb"
}
results=$(
    measure caa-doctor-cli-lint ./build-bench/app/cli/caa-doctor-cli lint --zone "$zone"
    measure kzonecheck kzonecheck -o bench.example "$zone"
    measure named-checkzone named-checkzone -q bench.example "$zone"
)
echo "$results" | awk -v n="$n" -v size="$size" '
    NR == 1 { ours = $2; printf "%-22s %9s %14s %12s %10s %12s\n", "tool", "seconds", "records/s", "peak-MB", "x-file", "time-ratio" }
    { printf "%-22s %9.2f %14.0f %12.1f %10.2f %12.2f\n", $1, $2, n / $2, $3 / 1024, $3 * 1024 / size, $2 / ours }'
echo "(best of 3 runs each; time-ratio = tool time / caa-doctor-cli time; x-file = peak memory / file size)"
echo
./build-bench/tests/bench/bench_evaluator
