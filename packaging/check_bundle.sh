#!/usr/bin/env bash
# Build the standalone folder with build.spec and use it as a clerk's PC would:
# no Python on PATH, no network, a fresh data folder. Prints the figures the
# README quotes (bundle size, cold start, time to print the sample).
set -euo pipefail
cd "$(dirname "$0")/.."
py=${PYTHON:-.venv/bin/python}
case $py in /*) ;; *) py="$(pwd)/$py" ;; esac

"$py" -m PyInstaller --noconfirm --clean --log-level WARN build.spec
bundle=dist/itadesk
[ -x "$bundle/itadesk" ] && [ -x "$bundle/itadesk-cli" ]

work=$(mktemp -d)
cp resources/samples/ita-report-2568-khamthalesor.json "$work/sample.json"
# A bare environment: no PATH to Python, no virtualenv, the data folder in $work.
run() {
  env -i HOME="$work" ITADESK_HOME="$work/data" PATH=/usr/bin:/bin LANG=C.UTF-8 \
      QT_QPA_PLATFORM=offscreen "$@"
}
# No network, where the kernel lets us make an empty network namespace.
if unshare -n true 2>/dev/null; then netns="unshare -n"; else netns=""; fi

exe="$(pwd)/$bundle/itadesk"
cli="$(pwd)/$bundle/itadesk-cli"
cd "$work"
run $netns "$cli" --db "$work/live.db" import sample.json
run $netns "$cli" --db "$work/live.db" list

start=$(date +%s.%N)
run $netns "$cli" --db "$work/live.db" pdf --year 2568 -o "$work/sample.pdf"
end=$(date +%s.%N)
head -c 5 "$work/sample.pdf" | grep -q '%PDF-'
pdf_seconds=$(echo "$end - $start" | bc)
# The bundle's ICU data is trimmed (packaging/trim_icu.py): its report must read and
# break lines exactly as the one made with the full ICU of the development install.
ITADESK_HOME="$work/devdata" "$py" -m itadesk --db "$work/live.db" pdf --year 2568 -o "$work/reference.pdf" >/dev/null
"$py" - "$work/sample.pdf" "$work/reference.pdf" <<'PY'
import sys
import pymupdf
bundle, reference = ([page.get_text() for page in pymupdf.open(p)] for p in sys.argv[1:3])
sys.exit(0 if bundle == reference else "the bundle's report differs from the development install's")
PY

# The web page from the bundle (HarfBuzz's subsetter, fontTools' WOFF2 with Brotli, the trimmed
# ICU's breaks): the very bytes the development install writes.
run $netns "$cli" --db "$work/live.db" html --year 2568 -o "$work/sample.html"
run $netns "$cli" --db "$work/live.db" html --year 2568 --document plan -o "$work/plan.html"
grep -q '<html lang="th">' "$work/sample.html"
grep -q 'data:font/woff2;base64,' "$work/sample.html"
ITADESK_HOME="$work/devdata" "$py" -m itadesk --db "$work/live.db" html --year 2568 -o "$work/reference.html" >/dev/null
cmp "$work/sample.html" "$work/reference.html" || { echo "the bundle's web page differs from the development install's"; exit 1; }
html_kb=$(( $(wc -c <"$work/sample.html") / 1024 ))

mkdir -p "$work/backups"
run $netns "$cli" --db "$work/live.db" backup -o "$work/backups"
backup=$(ls "$work"/backups/*.itabackup | head -n 1)
run $netns "$cli" --db "$work/restored.db" restore "$backup" --yes
run $netns "$cli" --db "$work/restored.db" list | grep -q "มาตรการ 5 รายการ"

# The window: it must come up and stay up (killed after a few seconds = it ran).
set +e
start=$(date +%s.%N)
run env ITADESK_SMOKE_TEST=1 $netns timeout 60 "$exe" --db "$work/live.db"
rc=$?
end=$(date +%s.%N)
set -e
[ "$rc" -eq 0 ] || { echo "the window did not start (exit $rc)"; tail -n 20 "$work/data/itadesk.log" 2>/dev/null; exit 1; }
start_seconds=$(echo "$end - $start" | bc)

cd - >/dev/null
size=$(du -sm "$bundle" | cut -f1)
echo "bundle: ${size} MB; window cold start to shown: ${start_seconds} s; sample PDF from the bundle: ${pdf_seconds} s; sample web page: ${html_kb} KB"
