package org.mirrorhand.ui.therapy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mirrorhand.ui.therapy.MessageBand.Kind;

class MessageBandTest {

    @Test
    void showsOneMessageAtATimeMostImportantFirst() {
        MessageBand b = new MessageBand();
        b.post(Kind.HINT, "You have reached your target.");
        b.post(Kind.SOUND, "Sounds cannot be played.");
        b.post(Kind.STORAGE, "The database is busy.");
        b.post(Kind.CAMERA, "The picture is uneven.");
        assertEquals("The database is busy.", b.current(0).text());
        long t = MessageBand.readMs("The database is busy.") + MessageBand.FADE_MS;
        assertEquals("The picture is uneven.", b.current(t).text());
        t += MessageBand.readMs("The picture is uneven.") + MessageBand.FADE_MS;
        assertEquals("Sounds cannot be played.", b.current(t).text());
        t += MessageBand.readMs("Sounds cannot be played.") + MessageBand.FADE_MS;
        assertEquals("You have reached your target.", b.current(t).text());
        t += MessageBand.readMs("You have reached your target.") + MessageBand.FADE_MS;
        assertEquals("", b.current(t).text(), "all read, the band is empty");
    }

    @Test
    void aMessageStaysLongEnoughToReadThenFades() {
        MessageBand b = new MessageBand();
        String words = "You have practised for 20 minutes. Rest whenever you like.";
        b.post(Kind.HINT, words);
        long read = MessageBand.readMs(words);
        assertTrue(read >= 3000 + 50 * words.length(), "time to read grows with the text: " + read);
        assertEquals(1.0, b.current(0).opacity());
        assertEquals(1.0, b.current(read - 1).opacity());
        double half = b.current(read + MessageBand.FADE_MS / 2).opacity();
        assertEquals(0.5, half, 0.01);
        assertEquals("", b.current(read + MessageBand.FADE_MS).text());
        assertTrue(MessageBand.readMs("Short.") < read);
    }

    @Test
    void theSameWordsPostedEveryPulseAreShownOnceButComeBackAfterTheConditionCleared() {
        MessageBand b = new MessageBand();
        long after = MessageBand.readMs("Uneven.") + MessageBand.FADE_MS;
        for (long t = 0; t <= after + 5000; t += 16) {
            b.post(Kind.CAMERA, "Uneven.");
            b.current(t);
        }
        assertEquals("", b.current(after + 5000).text());
        b.clear(Kind.CAMERA);
        b.post(Kind.CAMERA, "Uneven.");
        assertEquals("Uneven.", b.current(after + 6000).text());
    }

    @Test
    void aHeldMessageStaysUntilCleared() {
        MessageBand b = new MessageBand();
        b.hold(Kind.CAMERA, "Paused. Show your hand to go on.");
        assertEquals(1.0, b.current(60_000).opacity());
        assertEquals("Paused. Show your hand to go on.", b.current(600_000).text());
        b.clear(Kind.CAMERA);
        assertEquals("", b.current(600_001).text());
    }

    @Test
    void aKeysAnswerShowsAtOnceForItsTimeThenTheOthersGoOn() {
        MessageBand b = new MessageBand();
        b.hold(Kind.CAMERA, "Paused.");
        b.echo("Mirror box", 1000, 2000);
        assertEquals("Mirror box", b.current(1000).text());
        assertEquals("Mirror box", b.current(2999).text());
        assertEquals("Paused.", b.current(3000).text());
    }

    @Test
    void aMoreImportantMessageTakesOverAtOnce() {
        MessageBand b = new MessageBand();
        b.post(Kind.HINT, "Well done.");
        assertEquals("Well done.", b.current(0).text());
        b.post(Kind.STORAGE, "Your movements could not be saved.");
        assertEquals("Your movements could not be saved.", b.current(100).text());
    }

    @Test
    void aConditionWhoseFiguresChangeIsNotShownAgainAndDoesNotHoldBackTheOthers() {
        MessageBand b = new MessageBand();
        b.hold(Kind.HAND, "Paused.");
        long t = 0;
        for (int i = 0; i < 2000; i++, t += 16) {
            b.post(Kind.PICTURE, "The picture is uneven (jumps up to " + (100 + i % 500) + " ms).");
            b.current(t);
        }
        assertEquals("Paused.", b.current(t).text(), "the lag note was read and faded though its figure kept changing");
    }
}
