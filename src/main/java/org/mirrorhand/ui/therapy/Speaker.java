package org.mirrorhand.ui.therapy;

/** Says a phrase that is also shown on screen. The view model asks; {@link PromptVoice} makes the sound. JavaFX thread. */
interface Speaker {

    /** Says the words, or reports why it cannot; never throws and never waits for the sound to finish. */
    void say(String words);

    /** Stops whatever is being said. */
    void stop();

    Speaker SILENT = new Speaker() {
        @Override
        public void say(String words) {
        }

        @Override
        public void stop() {
        }
    };
}
