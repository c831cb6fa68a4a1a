#!/usr/bin/env bash
# The test command (README "The two commands"; CI runs exactly this as root on a clean clone): installs what the
# browser tests need when it is missing (Debian's chromium and chromium-driver), then runs the build with its tests.
# Arguments are passed to Maven, e.g. ./test.sh -o -pl emulator -am -Dtest=OutlookWebAppBrowserTest
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    if command -v apt-get >/dev/null 2>&1; then
        if [ "$(id -u)" -eq 0 ]; then
            as_root=()
        elif command -v sudo >/dev/null 2>&1; then
            as_root=(sudo)
        else
            echo "test.sh: the browser tests need Chromium and its driver; install them as root:" >&2
            echo "    apt-get install -y chromium chromium-driver" >&2
            exit 1
        fi
        echo "test.sh: installing chromium and chromium-driver for the browser tests" >&2
        ${as_root[@]+"${as_root[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        ${as_root[@]+"${as_root[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
    else
        echo "test.sh: the browser tests need Chromium and chromedriver (/usr/bin/chromium, /usr/bin/chromedriver);" >&2
        echo "    install them with your package manager (Debian: apt-get install chromium chromium-driver)" >&2
        exit 1
    fi
fi

exec mvn -B -ntp verify "$@"
