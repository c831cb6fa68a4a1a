#!/usr/bin/env bash
# The test command (README "The two commands"; CI runs exactly this as root on a clean clone): installs what the
# browser tests need when it is missing (Debian's chromium and chromium-driver), then runs the build with its tests.
# Arguments are passed to Maven, e.g. ./test.sh -o -pl emulator -am -Dtest=OutlookWebAppBrowserTest
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# What a fresh machine may lack: the browser tests need Chromium and its driver (required); the DNS acceptance test
# also asks the emulated DNS with dig when it is there (dnsutils; optional: without it that one check is skipped).
required=()
command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 || required=(chromium chromium-driver)
optional=()
command -v dig >/dev/null 2>&1 || optional=(dnsutils)

if [ ${#required[@]} -gt 0 ] || [ ${#optional[@]} -gt 0 ]; then
    as_root=()
    can_install=false
    if command -v apt-get >/dev/null 2>&1; then
        if [ "$(id -u)" -eq 0 ]; then
            can_install=true
        elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
            as_root=(sudo)
            can_install=true
        fi
    fi
    if $can_install; then
        echo "test.sh: installing ${required[*]} ${optional[*]}" >&2
        ${as_root[@]+"${as_root[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        if [ ${#required[@]} -gt 0 ]; then
            ${as_root[@]+"${as_root[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${required[@]}"
        fi
        if [ ${#optional[@]} -gt 0 ]; then
            ${as_root[@]+"${as_root[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${optional[@]}" ||
                echo "test.sh: could not install ${optional[*]}; the dig check will be skipped" >&2
        fi
    elif [ ${#required[@]} -gt 0 ]; then
        echo "test.sh: the browser tests need Chromium and chromedriver (/usr/bin/chromium, /usr/bin/chromedriver);" >&2
        echo "    install them as root (Debian: apt-get install -y chromium chromium-driver)" >&2
        exit 1
    fi
fi

exec mvn -B -ntp verify "$@"
