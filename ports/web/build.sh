#!/usr/bin/env bash
# Builds the browser port into build-web/ (or $1) with Debian's emscripten:
#   ports/web/build.sh [OUT_DIR] [HOST_BUILD]
# The host build (default build/) provides bindgen, the generated fonts and the frozen
# lib/; its targets are brought up to date first. Serve OUT_DIR and open index.html:
#   node ports/web/serve.js build-web      (then http://localhost:8000/)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$(realpath -m "${1:-$root/build-web}")
host=$(realpath -m "${2:-$root/build}")
jobs=${JOBS:-2}

command -v emcmake >/dev/null || { echo "emscripten is missing: apt-get install emscripten" >&2; exit 1; }
# Debian's emscripten finds its node modules (acorn, ...) there
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}

cmake --build "$host" -j "$jobs" --target pyvgl bindgen
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
if [ ! -f "$out/CMakeCache.txt" ]; then
  emcmake cmake -S "$root/ports/web" -B "$out" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release \
    -DHOST_BUILD="$host" "${launcher[@]}"
fi
cmake --build "$out" -j "$jobs"
