#!/usr/bin/env python3
"""Scales a script's silences so that voices + silences + chime add up to its stated totalDurationSeconds.

Run after generate-audio.sh when a script's text changed (the voices' lengths change with it). Each silence keeps its
share of the quiet time; silences are rounded to half seconds. Needs: python3, ffprobe (Debian package ffmpeg).
Usage: media/tools/fit-silences.py media/scripts/*.json
"""
import json
import subprocess
import sys
from pathlib import Path

AUDIO = Path(__file__).resolve().parent.parent / "audio"


def seconds(path):
    out = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", str(path)],
                         check=True, capture_output=True, text=True).stdout
    return float(out)


def fit(script_path):
    script = json.loads(Path(script_path).read_text(encoding="utf-8"))
    voices = sum(seconds(AUDIO / s["audio"]) for s in script["segments"] if s.get("audio"))
    chime = seconds(AUDIO / "chime.mp3") if script.get("endChime", True) else 0.0
    quiet = sum(s["silenceAfterSeconds"] for s in script["segments"])
    wanted = script["totalDurationSeconds"] - voices - chime
    if wanted <= 0:
        sys.exit(f"{script_path}: the voices alone ({voices:.0f} s) exceed the stated length; raise it or cut text")
    for s in script["segments"]:
        s["silenceAfterSeconds"] = round(s["silenceAfterSeconds"] * wanted / quiet * 2) / 2
    Path(script_path).write_text(json.dumps(script, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    total = voices + chime + sum(s["silenceAfterSeconds"] for s in script["segments"])
    print(f"{script_path}: voices {voices:.1f} s, chime {chime:.1f} s, silences {wanted:.1f} s "
          f"(x{wanted / quiet:.2f}), total {total:.1f} s of {script['totalDurationSeconds']} s")


for path in sys.argv[1:]:
    fit(path)
