#!/usr/bin/env bash
# The README's second command: installs what is missing, builds warning-free (-Werror), runs every
# test, checks the bundled corpus, then runs the test suite again under AddressSanitizer and
# UndefinedBehaviorSanitizer. .ci/run calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh

jobs=$(nproc 2>/dev/null || echo 2)

echo "== build (warnings are errors)"
cmake -S . -B build/ci -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHC_WERROR=ON -DHC_BUILD_BENCH=ON
cmake --build build/ci -j"$jobs"

echo "== tests"
(cd build/ci && ctest --output-on-failure -j"$jobs")

echo "== tests under AddressSanitizer + UndefinedBehaviorSanitizer"
cmake -S . -B build/asan -DCMAKE_BUILD_TYPE=Debug -DHC_WERROR=ON -DHC_SANITIZE=ON -DHC_BUILD_BENCH=OFF
cmake --build build/asan -j"$jobs"
(cd build/asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j"$jobs")
