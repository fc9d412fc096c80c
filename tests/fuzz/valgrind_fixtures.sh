#!/usr/bin/env bash
# Runs warta-cli under valgrind's memcheck on every saved page in
# tests/fixtures: `extract --json` (load, parse, extract, quotes, JSON) and
# `cite --style apa` (the article → CSL item → rendered entry).
#
#   tests/fuzz/valgrind_fixtures.sh path/to/warta-cli [LOG_DIR]
#
# Use a build without sanitizers (valgrind and ASan do not mix). warta-cli's
# own exit code may be non-zero (a fixture that is not an article, a
# regression input refused with a clear error); what fails the script is
# memcheck's verdict — any invalid read or write, use of uninitialised memory
# or definite leak — or a death by signal. Prints one line per run and a summary.
set -uo pipefail
cli="${1:?usage: valgrind_fixtures.sh path/to/warta-cli [LOG_DIR]}"
logs="${2:-$(mktemp -d)}"
mkdir -p "$logs"
fixtures="$(cd "$(dirname "$0")/../fixtures" && pwd)"
errors_code=99
runs=0
failed=0
mapfile -t files < <(find "$fixtures" -type f \( -name '*.html' -o -name '*.htm' -o -name '*.mhtml' -o -name '*.mht' \) | sort)
for file in "${files[@]}"; do
    for command in extract cite; do
        case "$command" in
            extract) args=(extract --json "$file") ;;
            cite) args=(cite "$file" --style apa --format text) ;;
        esac
        log="$logs/$(basename "$file").$command.log"
        valgrind --tool=memcheck --error-exitcode=$errors_code --leak-check=full \
            --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect \
            --track-origins=yes --log-file="$log" "$cli" "${args[@]}" >/dev/null 2>&1
        status=$?
        runs=$((runs + 1))
        summary="$(grep -E 'ERROR SUMMARY' "$log" | sed 's/^==[0-9]*== //')"
        # 128 and above: killed by a signal (a stack overflow ends so even
        # when memcheck counted no error).
        if [ "$status" -eq "$errors_code" ] || [ "$status" -ge 128 ] \
            || ! grep -q 'ERROR SUMMARY: 0 errors' "$log"; then
            failed=$((failed + 1))
            echo "FAIL $command ${file#"$fixtures"/}: $summary (log: $log)"
        else
            echo "ok   $command ${file#"$fixtures"/} (exit $status): $summary"
        fi
    done
done
echo "valgrind memcheck: $runs runs on ${#files[@]} files, $failed with errors"
[ "$failed" -eq 0 ]
