#!/usr/bin/env bash
# Regenerates completions/ and man/centry.1 from the debug binary (STYLE.md §2.6).
# Usage: scripts/update-docs.sh [release-date, default: today]
set -euo pipefail
cd "$(dirname "$0")/.."
date="${1:-$(date -u +%Y-%m-%d)}"
swift build --product centry
bin=.build/debug/centry
mkdir -p completions man
"$bin" --generate-completion-script bash > completions/centry.bash
"$bin" --generate-completion-script zsh > completions/_centry
"$bin" --generate-completion-script fish > completions/centry.fish
out=$(swift package generate-manual --configuration debug --date "$date" --section 1 2>&1 | tee /dev/stderr | tail -1)
dir=$(printf '%s\n' "$out" | sed -n "s|^Generated manual in 'file://\(.*\)'.*|\1|p")
cp "$dir/centry.1" man/centry.1
echo "updated completions/ and man/centry.1 (date $date)"
