#!/usr/bin/env bash
# Regenerates every spoken segment of media/scripts/*.json, the mirror therapy prompts of media/prompts.json, and the
# end chime, into media/audio/. Prompts and imagery share one voice and pipeline, so the app sounds like one speaker.
#
# Needs (Debian): festival festvox-us-slt-hts sox lame jq
# Usage: media/tools/generate-audio.sh            (all scripts and the prompts)
#        media/tools/generate-audio.sh FILE.json  (one script, or prompts.json; paths relative to media/)
#
# Same input, same output: Festival's HTS voice and lame are deterministic, and sox is too with -R (its dither is
# otherwise seeded at random), so re-running this only changes the MP3 files whose text changed. Silences are NOT in
# the audio: the player times them exactly from the script.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in text2wave sox lame jq; do
  command -v "$tool" >/dev/null || { echo "generate-audio: '$tool' is missing; install: apt-get install festival festvox-us-slt-hts sox lame jq" >&2; exit 1; }
done

# A calm pace: the HTS engine's speed factor 0.8 (1.0 is the voice's own, rather brisk, pace).
VOICE_EVAL="(begin (voice_cmu_us_slt_arctic_hts) (set! hts_engine_params (append hts_engine_params '((\"-r\" 0.8)))))"
RATE=24000      # Hz: plenty for speech, and MPEG-2 layer III, which JavaFX Media plays everywhere.
BITRATE=40      # kbit/s, constant bit rate, mono: small files with exact, seekable durations.

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One spoken segment: text on stdin -> normalised mono MP3.
speak() {
  local out=$1
  cat > "$work/text.txt"
  text2wave -eval "$VOICE_EVAL" "$work/text.txt" -o "$work/raw.wav"
  # Trim the synthesiser's own leading/trailing silence, then add a fixed short margin so every segment starts and
  # ends alike; highpass removes rumble; peak-normalise so all segments play at one loudness.
  sox -R "$work/raw.wav" -r "$RATE" -c 1 -b 16 "$work/clean.wav" \
      silence 1 0.02 0.1% reverse silence 1 0.02 0.1% reverse \
      highpass 70 norm -3 pad 0.15 0.35
  mkdir -p "$(dirname "$out")"
  lame --quiet -m m -b "$BITRATE" --cbr "$work/clean.wav" "$out"
}

# The soft end chime: two sine partials (C5 and G5) with a slow exponential-like fade, quiet.
chime() {
  sox -R -n -r "$RATE" -c 2 -b 16 "$work/chime.wav" synth 3.5 sine 523.25 sine 783.99 \
      remix - fade q 0.04 3.5 3.2 gain -n -9
  lame --quiet -m m -b "$BITRATE" --cbr "$work/chime.wav" audio/chime.mp3
}

# The therapy prompts: a flat list of {id, text, audio}; every entry has audio.
prompts() {
  local file=$1 count i
  count=$(jq '.prompts | length' "$file")
  for ((i = 0; i < count; i++)); do
    jq -r ".prompts[$i].text" "$file" | speak "audio/$(jq -r ".prompts[$i].audio" "$file")"
  done
  echo "generate-audio: $file ($count prompts)"
}

scripts=("$@")
if [ ${#scripts[@]} -eq 0 ]; then
  scripts=(scripts/*.json prompts.json)
  chime
fi
for script in "${scripts[@]}"; do
  if jq -e 'has("prompts")' "$script" >/dev/null; then
    prompts "$script"
    continue
  fi
  count=$(jq '.segments | length' "$script")
  for ((i = 0; i < count; i++)); do
    audio=$(jq -r ".segments[$i].audio // empty" "$script")
    [ -z "$audio" ] && continue  # a segment without audio is spoken at run time
    jq -r ".segments[$i].text" "$script" | speak "audio/$audio"
  done
  echo "generate-audio: $script ($count segments)"
done
