#!/bin/sh
# Regenerates assets/fonts/DejaVuSans-Chart*.ttf, the subsets of DejaVu Sans (regular and
# bold) that charts are drawn with (src/render/chart-image.ts). Why a subset: resvg-js 2.6.2
# takes fonts only as files and re-reads the whole file for every glyph it draws (about
# 2,000 a chart); the full 740 KB DejaVu Sans made that half of a chart's CPU time. The
# subsets (~65 KB) keep what chart text is mostly made of (Latin, punctuation, currency,
# arrows); a chart with any other character the full font has (a Greek or Cyrillic name from
# the coverage) is drawn with the full DejaVu Sans instead (fontFilesFor in chart-image.ts).
# The outlines are the source font's, unchanged: a chart is the same PNG bytes either way.
#
# Needs fontTools (Debian: apt-get install python3-fonttools; or pip install fonttools).
# The same fontTools version (4.38.0 made the committed files) and source font (dejavu-fonts-ttf
# 2.37.3) give the same bytes (timestamps are kept from
# the source font). Run from the repository root: sh scripts/subset-chart-fonts.sh
set -eu
PYTHON=${PYTHON:-python3}
if ! "$PYTHON" -c 'import fontTools' 2>/dev/null; then PYTHON=/usr/bin/python3; fi
SRC=node_modules/dejavu-fonts-ttf/ttf
OUT=assets/fonts
# Kept small on purpose (every glyph drawn re-reads the file): Basic Latin, Latin-1 and
# Latin Extended-A (what English coverage and most European names are written in), the
# comma-below letters of Romanian (Ș ș Ț ț), modifier apostrophes and accents (ʻ ʼ ˆ ˇ ˘ ˙ ˚
# ˛ ˜ ˝), general punctuation (– — ‘ ’ “ ” • … ‹ ›), currency (€ ₴ ₽), № and ™, arrows, the
# minus sign and the replacement character. A chart with anything else uses the full font.
UNICODES='U+0000-017F,U+0218-021B,U+02B9-02DD,U+2000-206F,U+20A0-20CF,U+2116,U+2122,U+2190-21FF,U+2212,U+FFFD'
mkdir -p "$OUT"
for face in DejaVuSans DejaVuSans-Bold; do
  "$PYTHON" -m fontTools.subset "$SRC/$face.ttf" \
    --unicodes="$UNICODES" \
    --layout-features='*' \
    --name-IDs='*' --name-legacy --name-languages='*' \
    --notdef-outline --no-hinting --drop-tables+=MATH,FFTM \
    --output-file="$OUT/$face-Chart.ttf"
done
cp node_modules/dejavu-fonts-ttf/LICENSE "$OUT/LICENSE-DejaVu"
ls -l "$OUT"
