#!/usr/bin/env bash
# Installs, with apt-get, the Debian 12 packages helpcenter needs to build and test; skips what is present.
set -euo pipefail

packages=(
  build-essential cmake pkg-config git
  libxapian-dev libicu-dev libyaml-cpp-dev libcli11-dev nlohmann-json3-dev libfmt-dev
  libcld2-dev libpoppler-cpp-dev libgumbo-dev libboost-dev
  libgtest-dev libgmock-dev libbenchmark-dev
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
