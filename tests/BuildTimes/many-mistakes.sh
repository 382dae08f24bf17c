#!/usr/bin/env bash
# Times `dotnet build` of a consumer project with 500 manifests of 200 rows, every row with the same mistake
# ("media_type": "image", LBX0301), against the same project with the mistake fixed (docs/benchmarks.md,
# issue 16 §4). Packs this clone's ManifestGen into a folder feed first, as the integration tests do.
#
#   tests/BuildTimes/many-mistakes.sh [WORK_DIR] [ROUNDS] [-- extra dotnet build arguments for the bad project]
#
# Each round builds both projects with --no-incremental (the compiler runs every time), alternating them, so a
# shared machine's load falls on both alike. Prints one line per build: project, seconds, exit code, LBX lines.
set -euo pipefail
source "$(dirname "$0")/consumer.sh"
read_arguments 3 "$@"
files=500 rows=200
version="0.0.0-mistakes.$(date +%s)"
pack_feed "$work" "$version"
for project in bad:image clean:IMAGE; do
  make_consumer "$work" "$version" "${project%%:*}"
  write_manifests "$work/${project%%:*}/data" "$files" "$rows" "${project#*:}"
  restore_consumer "$work" "${project%%:*}"
done

build() { # name [args...]
  local name="$1"; shift
  timed_build "$work/$name.build.log" "$work/$name" --no-restore --no-incremental "$@"
  printf '%s\t%.1f s\texit %d\t%d LBX lines\n' "$name" "$build_seconds" "$build_exit" "$(grep -c ': \(error\|warning\) LBX' "$work/$name.build.log" || true)"
}

echo "# warm-up (not counted)"
build clean
build bad "${extra[@]}"
for ((i = 1; i <= rounds; i++)); do
  echo "# round $i"
  build bad "${extra[@]}"
  build clean
done
