#!/usr/bin/env bash
# Installs the system packages centry links (libyaml, PCRE2, RE2) and uses (pkg-config,
# python3-venv; bsdutils for the `script` command the CLI tests run centry on a terminal with;
# openssl makes the test CA and certificates of the TLS tests).
# Idempotent: does nothing when everything is present. Needs root (or sudo) only to install.
set -euo pipefail
needed=()
for pkg in libyaml-dev libpcre2-dev libre2-dev pkg-config bsdutils openssl; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || needed+=("$pkg")
done
if [ ${#needed[@]} -eq 0 ]; then exit 0; fi
echo "installing: ${needed[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${needed[@]}"
