#!/usr/bin/env bash
# Runs the libFuzzer targets of a -DWARTA_FUZZ=ON build, one after another.
#
#   tests/fuzz/run_fuzzers.sh BUILD_DIR [SECONDS_PER_TARGET] [TARGET...]
#
# TARGET is load, extract, date, jsonld, quotes, cite, cite_page, mime, library_search or library_ingest (default: all). New
# corpus entries go to BUILD_DIR/fuzz-corpus/TARGET, crashes, leaks and
# timeouts to BUILD_DIR/fuzz-artifacts/TARGET/, the log to
# BUILD_DIR/fuzz-logs/TARGET.log. Exits non-zero when a target found anything.
# FUZZ_JOBS (default 1) runs that many targets at once; FUZZ_TIMEOUT (default
# 5) is the seconds one input may take before it counts as a hang, FUZZ_RSS_MB
# (default 1024) the memory it may take before it counts as a blow-up: a slow or
# greedy input is a finding, as the budgets of docs/loading.md promise.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
fixtures="$(cd "$here/../fixtures" && pwd)"
build="${1:?usage: run_fuzzers.sh BUILD_DIR [SECONDS] [TARGET...]}"
build="$(cd "$build" && pwd)"
seconds="${2:-300}"
shift $(( $# >= 2 ? 2 : 1 ))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(load extract date jsonld quotes cite cite_page mime library_search library_ingest)

# Seeds: the committed corpus of each target, plus the fixtures it can read.
pages="$fixtures/sindonews/reconstructed $fixtures/sindonews/quotes $fixtures/sites/metrotvnews $fixtures/sites/okezone"
seeds_load="$here/corpus/load $pages";      dict_load=mhtml;  len_load=16384
seeds_extract="$here/corpus/extract $pages"; dict_extract=html; len_extract=8192
seeds_date="$here/corpus/date";              dict_date=date;   len_date=256
seeds_jsonld="$here/corpus/jsonld";          dict_jsonld=jsonld; len_jsonld=8192
seeds_quotes="$here/corpus/quotes";          dict_quotes=quotes; len_quotes=4096
seeds_cite="$here/corpus/cite $fixtures/csl-test-suite"; dict_cite=cite; len_cite=16384
seeds_cite_page="$here/corpus/cite_page $here/corpus/extract $pages"; dict_cite_page=html; len_cite_page=8192
seeds_mime="$here/corpus/mime $here/corpus/load"; dict_mime=mhtml; len_mime=16384
seeds_library_search="$here/corpus/library_search"; dict_library_search=library; len_library_search=2048
seeds_library_ingest="$here/corpus/library_ingest $pages"; dict_library_ingest=html; len_library_ingest=8192

run_one() {
    local name="$1" seeds dict len
    eval "seeds=\$seeds_$name dict=\$dict_$name len=\$len_$name"
    local work="$build/fuzz-corpus/$name" artifacts="$build/fuzz-artifacts/$name/"
    mkdir -p "$work" "$artifacts" "$build/fuzz-logs"
    local status=0
    # shellcheck disable=SC2086 # $seeds is a list of folders
    "$build/tests/fuzz/fuzz_$name" "$work" $seeds \
        -dict="$here/dict/$dict.dict" -max_len="$len" -max_total_time="$seconds" \
        -rss_limit_mb="${FUZZ_RSS_MB:-1024}" -timeout="${FUZZ_TIMEOUT:-5}" -print_final_stats=1 \
        -artifact_prefix="$artifacts" >"$build/fuzz-logs/$name.log" 2>&1 || status=$?
    local stats
    stats="$(grep -E '^stat::(number_of_executed_units|peak_rss_mb)|cov:' "$build/fuzz-logs/$name.log" | tail -n 3 | tr '\n' ' ')" || true
    echo "fuzz_$name: exit $status; $stats"
    return $status
}

failed=0
jobs="${FUZZ_JOBS:-1}"
running=0
for name in "${targets[@]}"; do
    run_one "$name" &
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then
        wait -n || failed=1
        running=$((running - 1))
    fi
done
while [ "$running" -gt 0 ]; do
    wait -n || failed=1
    running=$((running - 1))
done
exit $failed
