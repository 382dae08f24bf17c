# Shared by the build-time scripts in this folder (sourced, not run): packs this clone into a folder feed and
# writes consumer projects that reference the package from it, as a user's project would.
#
#   read_arguments DEFAULT_ROUNDS [WORK_DIR] [ROUNDS] [-- ARGS...]
#                                 sets work (created; a new temporary folder if not given), rounds and extra (ARGS)
#   pack_feed WORK VERSION        packs into WORK/feed (log in WORK/pack.log)
#   make_consumer WORK VERSION NAME
#                                 writes WORK/NAME with a console project, its nuget.config and an empty data folder;
#                                 the caller writes the manifests into WORK/NAME/data, then calls restore_consumer
#   restore_consumer WORK NAME    restores it (log in WORK/NAME.restore.log)
#   write_manifests DIR FILES ROWS MEDIA_TYPE
#                                 FILES manifests of ROWS rows each (unique global keys), named m0.lbx.json...
#   timed_build LOG ARGS...       runs `dotnet build ARGS` into LOG; sets build_seconds and build_exit

read_arguments() {
  local default_rounds="$1"
  shift
  work="$(realpath -m "${1:-$(mktemp -d)}")"
  rounds="${2:-$default_rounds}"
  shift $(( $# > 2 ? 2 : $# ))
  [[ "${1:-}" == "--" ]] && shift
  extra=("$@")
  mkdir -p "$work"
}

pack_feed() {
  local repo
  repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  rm -rf "$1/feed"
  dotnet run "$repo/eng/pack-local.cs" -- --output "$1/feed" --version "$2" --no-source --artifacts-path "$1/artifacts" > "$1/pack.log"
}

make_consumer() {
  local dir="$1/$3"
  rm -rf "$dir" && mkdir -p "$dir/data"
  cat > "$dir/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><add key="manifestgen-local" value="$1/feed" /></packageSources></configuration>
XML
  cat > "$dir/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <RestorePackagesPath>$1/packages</RestorePackagesPath>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="ManifestGen" Version="$2" />
  </ItemGroup>
</Project>
XML
  echo 'System.Console.WriteLine("manifests");' > "$dir/Program.cs"
}

restore_consumer() {
  dotnet restore "$1/$2" > "$1/$2.restore.log"
}

# awk writes 100,000 rows in a second; a shell loop takes many minutes.
write_manifests() {
  awk -v files="$2" -v rows="$3" -v media="$4" -v dir="$1" 'BEGIN {
    for (f = 0; f < files; f++) {
      out = sprintf("%s/m%0" length(files - 1) "d.lbx.json", dir, f)
      print "[" > out
      for (r = 0; r < rows; r++) {
        printf "  {\"row_data\": \"https://example.com/images/f%d/%d.jpg\", \"global_key\": \"f%d-r%d\", \"media_type\": \"%s\"}%s\n", f, r, f, r, media, (r < rows - 1 ? "," : "") > out
      }
      print "]" > out
      close(out)
    }
  }'
}

timed_build() {
  local log="$1" start end
  shift
  build_exit=0
  start=$(date +%s.%N)
  dotnet build "$@" > "$log" 2>&1 || build_exit=$?
  end=$(date +%s.%N)
  build_seconds=$(echo "$end - $start" | bc)
}
