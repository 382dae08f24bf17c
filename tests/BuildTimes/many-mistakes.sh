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
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(realpath -m "${1:-$(mktemp -d)}")"
rounds="${2:-3}"
shift $(( $# > 2 ? 2 : $# ))
[[ "${1:-}" == "--" ]] && shift
extra=("$@")
files=500 rows=200
version="0.0.0-mistakes.$(date +%s)"
mkdir -p "$work"

rm -rf "$work/feed"
dotnet run "$repo/eng/pack-local.cs" -- --output "$work/feed" --version "$version" --no-source --artifacts-path "$work/artifacts" > "$work/pack.log"

make_project() { # name media_type
  local dir="$work/$1"
  rm -rf "$dir" && mkdir -p "$dir/data"
  cat > "$dir/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><add key="manifestgen-local" value="$work/feed" /></packageSources></configuration>
XML
  cat > "$dir/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <RestorePackagesPath>$work/packages</RestorePackagesPath>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="ManifestGen" Version="$version" />
  </ItemGroup>
</Project>
XML
  echo 'System.Console.WriteLine("manifests");' > "$dir/Program.cs"
  # awk writes the 100,000 rows in a second; a shell loop takes many minutes.
  awk -v files="$files" -v rows="$rows" -v media="$2" -v dir="$dir/data" 'BEGIN {
    for (f = 0; f < files; f++) {
      out = sprintf("%s/m%03d.lbx.json", dir, f)
      print "[" > out
      for (r = 0; r < rows; r++) {
        printf "  {\"row_data\": \"https://example.com/images/f%d/%d.jpg\", \"global_key\": \"f%d-r%d\", \"media_type\": \"%s\"}%s\n", f, r, f, r, media, (r < rows - 1 ? "," : "") > out
      }
      print "]" > out
      close(out)
    }
  }'
  dotnet restore "$dir" > "$work/$1.restore.log"
}

make_project bad image
make_project clean IMAGE

build() { # name [args...]
  local name="$1"; shift
  local start end code=0
  start=$(date +%s.%N)
  dotnet build "$work/$name" --no-restore --no-incremental "$@" > "$work/$name.build.log" 2>&1 || code=$?
  end=$(date +%s.%N)
  printf '%s\t%.1f s\texit %d\t%d LBX lines\n' "$name" "$(echo "$end - $start" | bc)" "$code" "$(grep -c ': \(error\|warning\) LBX' "$work/$name.build.log" || true)"
}

echo "# warm-up (not counted)"
build clean
build bad "${extra[@]}"
for ((i = 1; i <= rounds; i++)); do
  echo "# round $i"
  build bad "${extra[@]}"
  build clean
done
