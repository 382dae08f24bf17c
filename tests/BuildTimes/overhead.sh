#!/usr/bin/env bash
# Times what ManifestGen adds to a user's build (docs/benchmarks.md, issue 16 §6): two consumer projects, 2,000
# manifests of 20 rows ("many") and one manifest of 100,000 rows ("big"), each built with the package and with
# -p:ManifestGenEnabled=false. Packs this clone's ManifestGen into a folder feed first, as the integration tests do.
#
#   tests/BuildTimes/overhead.sh [WORK_DIR] [ROUNDS] [-- extra dotnet build arguments for every build]
#
# The "off" builds use their own copy of each project, so switching the property never invalidates the other's
# incremental state. Each round, for each shape, times a no-change rebuild (`dotnet build --no-restore` with
# nothing changed since the last build: MSBuild should skip the compiler) and a --no-incremental build (the
# compiler runs), with and without the package one after the other, so a shared machine's load falls on both
# alike. Prints one line per build and, at the end, medians and the median of each round's on/off ratio.
set -euo pipefail
source "$(dirname "$0")/consumer.sh"
read_arguments 5 "$@"
version="0.0.0-overhead.$(date +%s)"
pack_feed "$work" "$version"
for shape in many:2000:20 big:1:100000; do
  IFS=: read -r name files rows <<< "$shape"
  for side in on off; do
    make_consumer "$work" "$version" "$name-$side"
    write_manifests "$work/$name-$side/data" "$files" "$rows" IMAGE
    restore_consumer "$work" "$name-$side"
  done
done

results="$work/results.tsv"
: > "$results"
build() { # round shape side mode
  local args=("$work/$2-$3" --no-restore)
  [[ "$3" == off ]] && args+=(-p:ManifestGenEnabled=false)
  [[ "$4" == full ]] && args+=(--no-incremental)
  timed_build "$work/$2-$3-$4.build.log" "${args[@]}" "${extra[@]}"
  [[ "$build_exit" == 0 ]] || { echo "build $2-$3 $4 failed, see $work/$2-$3-$4.build.log" >&2; exit 1; }
  printf '%s\t%s\t%s\t%s\t%.2f\n' "$1" "$2" "$3" "$4" "$build_seconds" | tee -a "$results"
}

echo "# warm-up (not counted): a first build of each"
for name in many big; do
  for side in on off; do build 0 "$name" "$side" full > /dev/null; done
done
echo "# round	shape	side	mode	seconds"
for ((i = 1; i <= rounds; i++)); do
  echo "# round $i, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  for name in many big; do
    for mode in nochange full; do
      # Alternate which side goes first, so neither always follows the other's (colder or warmer) build.
      if (( i % 2 )); then build "$i" "$name" on "$mode"; build "$i" "$name" off "$mode"
      else build "$i" "$name" off "$mode"; build "$i" "$name" on "$mode"; fi
    done
  done
done

echo "# medians over $rounds rounds: shape, mode, on, off, on - off, median of the rounds' on/off ratios"
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
for name in many big; do
  for mode in nochange full; do
    on=$(awk -v n="$name" -v m="$mode" '$1 > 0 && $2 == n && $3 == "on" && $4 == m { print $5 }' "$results" | median)
    off=$(awk -v n="$name" -v m="$mode" '$1 > 0 && $2 == n && $3 == "off" && $4 == m { print $5 }' "$results" | median)
    ratio=$(awk -v n="$name" -v m="$mode" '$1 > 0 && $2 == n && $4 == m { t[$1, $3] = $5; r[$1] = 1 }
      END { for (i in r) printf "%.3f\n", t[i, "on"] / t[i, "off"] }' "$results" | median)
    printf '%s\t%s\t%.2f s\t%.2f s\t%+.2f s\t%.2fx\n' "$name" "$mode" "$on" "$off" "$(echo "$on - $off" | bc)" "$ratio"
  done
done
