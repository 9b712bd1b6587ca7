#!/usr/bin/env bash
# Regenerates the README tour's screenshots from the current build: the
# kittest snapshot tests render the real app headless (wgpu on the CPU), and
# the pictures are copied into docs/tour/.
set -euo pipefail
cd "$(dirname "$0")/.."
UPDATE_SNAPSHOTS=force cargo test --test app --test timeline --test elections --test scenarios --test sharing --test layout --test roadmap --test watch -- snapshot
UPDATE_SNAPSHOTS=force cargo test --test i18n -- details_panel
mkdir -p docs/tour
for name in full_view timeline_2015_2031_with_scenario electoral_cycles_2010_2031 \
    roadmap_two_scenarios compare_alliance_vs_leadership russian_interface small_window_1000x700 \
    roadmap_1000x700 roadmap_1600x1000 compare_1000x700 compare_1600x1000 timeline_four_scenarios \
    watch_board_1600x1000 watch_board_1000x700 watch_replay_2025 details_russian details_kazakh; do
    cp "tests/snapshots/$name.png" "docs/tour/$name.png"
done
rm -f tests/snapshots/*.old.png
echo "docs/tour/ updated"
