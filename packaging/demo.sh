#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Shows an event the way an organizer would first see it (README, first command).
#   packaging/demo.sh [EVENT.yaml]     default: the Paris event
# With a display and the planner built, opens it in the planner. Without one, checks the event
# and writes its printable programme (PDF and HTML), its day grid and its calendar into
# build/demo/ (DEMO_OUT), and says where they are. SUMMITRY_CLI names another summitry-cli.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
event=${1:-schedules/ai-for-growth-2025.yaml}
cli=${SUMMITRY_CLI:-build/src/cli/summitry-cli}
gui=build/src/gui/summitry
[[ -x $cli ]] || { echo "demo.sh: build first: cmake --preset default && cmake --build --preset default" >&2; exit 2; }

"$cli" check "$event"
if [[ -n ${DISPLAY:-} && -x $gui ]]; then
  exec "$gui" "$event"
fi

name=$(basename "$event" .yaml)
out=${DEMO_OUT:-build/demo}
mkdir -p "$out"
first_day=$(sed -n 's/^ *start_date: *\([0-9-]*\).*/\1/p' "$event" | head -n 1)
"$cli" program "$event" -o "$out/$name.pdf"
"$cli" program "$event" -o "$out/$name.html"
"$cli" render "$event" --day "$first_day" -o "$out/$name-grid.png"
"$cli" export ics "$event" -o "$out/$name.ics"
if [[ -z ${DISPLAY:-} ]]; then
  echo "No display, so no planner window: the event is rendered instead."
else
  echo "The planner is not built yet: the event is rendered instead."
fi
echo "  programme (PDF):  $out/$name.pdf"
echo "  programme (HTML): $out/$name.html"
echo "  day grid (PNG):   $out/$name-grid.png"
echo "  calendar (ICS):   $out/$name.ics"
