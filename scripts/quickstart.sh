#!/usr/bin/env bash
# The README's first command: installs what is missing, builds, indexes the bundled corpus (part
# of the build) and answers a sample question.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake -S . -B build/release -DCMAKE_BUILD_TYPE=Release -DHC_BUILD_TESTS=OFF -DHC_BUILD_BENCH=OFF
cmake --build build/release -j"$(nproc 2>/dev/null || echo 2)"

echo
echo "\$ build/release/bin/helpcenter ask \"How do I replace my green card?\""
build/release/bin/helpcenter ask "How do I replace my green card?"
