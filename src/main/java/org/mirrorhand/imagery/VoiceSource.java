package org.mirrorhand.imagery;

/** Where a segment's voice comes from when it is played. */
public enum VoiceSource {
    /** The audio file named in the script: shipped speech or someone's own recording. */
    RECORDED,
    /** Spoken now by the computer voice, because nothing was recorded. */
    COMPUTER_VOICE,
    /** No audio at all: the words are shown on screen for as long as they take to read slowly. */
    TEXT_ONLY
}
