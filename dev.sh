#!/usr/bin/env bash
# pyvgl developer entry point: installs what is missing, builds, then runs something.
#
#   ./dev.sh run              set up, build, run the hello-world script (a window; headless:
#                             build/hello_world.png when there is no display)
#   ./dev.sh test             set up, build, run every test (ctest)
#   ./dev.sh test --sanitize  the same in build-asan/ with ASan + UBSan
#   ./dev.sh build            set up and build only
#
# Environment: BUILD_DIR (default build, or build-asan with --sanitize), JOBS.
set -euo pipefail
cd "$(dirname "$0")"

# Debian packages the build and the tests use.
DEB_PACKAGES=(
  cmake ninja-build g++ make pkg-config      # build
  python3                                    # CPython: reference for tests/py, bench baseline
  libgtest-dev                               # unit tests
  zlib1g-dev                                 # host tools: PNG decoding
  libclang-19-dev clang-19                   # bindgen
  libsdl2-dev                                # desktop window driver
  xvfb xdotool imagemagick                   # desktop window tests (tests/drivers, under Xvfb)
  nodejs npm                                 # font conversion at build time (npm packages)
  qemu-system-arm                            # runs the Cortex-M firmware (ports/qemu-arm, ctest label cortex-m)
  fonts-dejavu-core                          # the Enter key's arrow (LV_SYMBOL_NEW_LINE) in the built-in fonts
  fonts-dejavu-extra                         # DejaVuMathTeXGyre.ttf: a cmap format 12 font for the TrueType tests
  zbar-tools                                 # QR code and barcode tests decode the screenshots (zbarimg)
  gcc-arm-none-eabi libnewlib-arm-none-eabi libstdc++-arm-none-eabi-newlib  # Cortex-M build test
  emscripten chromium                        # browser port (ports/web) and its test in headless Chromium
)

missing_packages() {
  local pkg
  for pkg in "${DEB_PACKAGES[@]}"; do
    # a Node.js installed outside Debian (with its own npm) conflicts with Debian's
    if [[ $pkg == nodejs || $pkg == npm ]] && command -v npm >/dev/null; then continue; fi
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
  done
}

install_packages() {
  local missing
  missing=$(missing_packages | tr '\n' ' ')
  [ -z "${missing// /}" ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "pyvgl needs these Debian packages; install them, then run this again:"
    echo "  sudo apt-get update && sudo apt-get install -y $missing"
    exit 1
  fi
  echo "== installing Debian packages: $missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  # shellcheck disable=SC2086
  apt-get install -y -q --no-install-recommends $missing
}

install_npm_packages() {
  [ -f package.json ] || return 0
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "== installing npm packages"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

build() {
  local build_dir=$1; shift
  echo "== configuring $build_dir"
  local generator=()
  command -v ninja >/dev/null && generator=(-G Ninja)
  if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    cmake -S . -B "$build_dir" "${generator[@]}" "$@"
  else
    cmake -S . -B "$build_dir" "$@" >/dev/null
  fi
  echo "== building $build_dir"
  cmake --build "$build_dir" -j "${JOBS:-$(nproc)}"
}

main() {
  local cmd=${1:-run}
  local sanitize=0
  [ "${2:-}" = "--sanitize" ] && sanitize=1
  local build_dir=${BUILD_DIR:-build}
  local cmake_args=(-DCMAKE_BUILD_TYPE=Release)
  if [ $sanitize = 1 ]; then
    build_dir=${BUILD_DIR:-build-asan}
    cmake_args=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DPYVGL_SANITIZE=ON)
  fi

  install_packages
  install_npm_packages
  build "$build_dir" "${cmake_args[@]}"

  case $cmd in
    build) ;;
    run)
      # In a desktop session the script's widgets appear in a window that stays open until
      # it is closed; without a display the script renders headless to a PNG.
      if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        echo "== running examples/hello_world.py in a window (close it to quit)"
        "$build_dir/pyvgl" examples/hello_world.py
      else
        local png="$build_dir/hello_world.png"
        echo "== running examples/hello_world.py headless (no display)"
        "$build_dir/pyvgl" --shot "$png" examples/hello_world.py
        echo "== the picture is in $png"
      fi
      ;;
    test)
      echo "== running every test"
      export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
      ctest --test-dir "$build_dir" -j "${JOBS:-$(nproc)}" --output-on-failure --timeout 300
      ;;
    *)
      echo "usage: ./dev.sh run|test|build [--sanitize]" >&2
      exit 2
      ;;
  esac
}

main "$@"
