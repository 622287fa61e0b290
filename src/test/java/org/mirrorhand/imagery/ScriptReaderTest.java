package org.mirrorhand.imagery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptReaderTest {
    @TempDir
    Path dir;
    private Path scripts;
    private Path audio;

    @BeforeEach
    void folders() throws Exception {
        scripts = Files.createDirectories(dir.resolve("scripts"));
        audio = Files.createDirectories(dir.resolve("audio"));
        Files.createDirectories(audio.resolve("good"));
        Files.write(audio.resolve("good/01.mp3"), new byte[] {1, 2, 3});
    }

    private static String script(String id, String segments) {
        return """
                {"id": "%s", "title": "A title", "description": "d", "language": "en-US",
                 "totalDurationSeconds": 60, "segments": [%s]}""".formatted(id, segments);
    }

    private static final String GOOD_SEGMENT =
            "{\"id\": \"01-rest\", \"text\": \"Settle.\", \"audio\": \"good/01.mp3\", \"silenceAfterSeconds\": 4.5, "
                    + "\"cue\": \"rest\"}";

    private Path write(String name, String content) throws Exception {
        return Files.writeString(scripts.resolve(name), content);
    }

    private String problem(String name, String content) throws Exception {
        Path file = write(name, content);
        return assertThrows(InvalidScriptException.class, () -> new ScriptReader().read(file, audio)).getMessage();
    }

    @Test
    void readsAGoodScriptWithAllItsFields() throws Exception {
        ImageryScript s = new ScriptReader().read(write("good.json", script("good", GOOD_SEGMENT)), audio);
        assertEquals("good", s.id());
        assertEquals(Duration.ofSeconds(60), s.totalDuration());
        assertTrue(s.endChime(), "chime is on unless switched off");
        Segment seg = s.segments().get(0);
        assertEquals(Duration.ofMillis(4500), seg.silenceAfter());
        assertEquals(Optional.of(Cue.REST), seg.cue());
        assertEquals(Optional.of(audio.resolve("good/01.mp3")), s.audioFile(seg));
    }

    @Test
    void invalidJsonNamesTheFileAndTheLine() throws Exception {
        String message = problem("broken.json", "{\"id\": \"x\",\n \"title\": }");
        assertTrue(message.startsWith("Script broken.json is not valid JSON at line 2"), message);
    }

    @Test
    void anUnknownFieldInASegmentNamesTheFileSegmentAndField() throws Exception {
        String message = problem("typo.json", script("typo",
                "{\"id\": \"07-imagine\", \"text\": \"Open.\", \"silenceAfterSecs\": 3}"));
        assertTrue(message.startsWith("Script typo.json, segment '07-imagine': unknown field \"silenceAfterSecs\""),
                message);
        assertTrue(message.contains("silenceAfterSeconds"), "lists the allowed fields: " + message);
    }

    @Test
    void anUnknownTopLevelFieldNamesTheFileAndField() throws Exception {
        String message = problem("extra.json", script("extra", GOOD_SEGMENT).replace("\"language\"",
                "\"voice\": \"x\", \"language\""));
        assertTrue(message.startsWith("Script extra.json: unknown field \"voice\""), message);
    }

    @Test
    void anEmptyTextNamesTheSegment() throws Exception {
        String message = problem("empty.json", script("empty",
                GOOD_SEGMENT + ", {\"id\": \"02-imagine\", \"text\": \"   \", \"silenceAfterSeconds\": 3}"));
        assertEquals("Script empty.json, segment '02-imagine': the text is empty; write the words to speak, or "
                + "remove the segment.", message);
    }

    @Test
    void aMissingAudioFileNamesTheSegmentTheFileAndWhatToDo() throws Exception {
        String message = problem("lost.json", script("lost",
                "{\"id\": \"03-breathe\", \"text\": \"Breathe.\", \"audio\": \"lost/03.mp3\", "
                        + "\"silenceAfterSeconds\": 3}"));
        assertTrue(message.startsWith("Script lost.json, segment '03-breathe': audio file lost/03.mp3 is missing"),
                message);
        assertTrue(message.contains("record the segment again"), message);
    }

    @Test
    void refusesAudioOutsideTheAudioFolder() throws Exception {
        String message = problem("escape.json", script("escape",
                "{\"id\": \"01\", \"text\": \"Hi.\", \"audio\": \"../scripts/escape.json\", \"silenceAfterSeconds\": 0}"));
        assertTrue(message.contains("must be a path inside the audio folder"), message);
    }

    @Test
    void otherMistakesAreNamedToo() throws Exception {
        assertTrue(problem("cue.json", script("cue", GOOD_SEGMENT.replace("\"rest\"", "\"sleep\"")))
                .contains("segment '01-rest': cue \"sleep\" is not one of rest, imagine, breathe"));
        assertTrue(problem("dup.json", script("dup", GOOD_SEGMENT + "," + GOOD_SEGMENT))
                .contains("segment '01-rest': this id is used twice"));
        assertTrue(problem("type.json", script("type", GOOD_SEGMENT.replace("4.5", "\"long\"")))
                .startsWith("Script type.json, segment '01-rest': a value has the wrong type"));
        assertTrue(problem("noseg.json", script("noseg", "")).contains("has no segments"));
        assertTrue(problem("badid.json", script("Bad Id", GOOD_SEGMENT)).contains("may hold only small letters"));
        assertTrue(problem("array.json", "[1, 2]").contains("is not a JSON object"));
    }

    @Test
    void aSegmentWithoutAudioIsAllowedForTheComputerVoiceToSpeak() throws Exception {
        ImageryScript s = new ScriptReader().read(write("own.json", script("own",
                "{\"id\": \"01\", \"text\": \"Hello.\", \"silenceAfterSeconds\": 2}")), audio);
        assertEquals(Optional.empty(), s.segments().get(0).audio());
    }

    @Test
    void theLibraryListsGoodScriptsAndOneProblemLinePerBrokenScript() throws Exception {
        write("1-good.json", script("good", GOOD_SEGMENT));
        write("2-broken.json", "{");
        write("3-same-id.json", script("good", GOOD_SEGMENT));
        write("notes.txt", "not a script");
        ScriptLibrary.Contents contents = new ScriptLibrary(List.of(new ScriptFolder(scripts, audio, false),
                ScriptFolder.own(dir.resolve("missing-user-folder")))).load();
        assertEquals(List.of("good"), contents.scripts().stream().map(ImageryScript::id).toList());
        assertEquals(2, contents.problems().size(), contents.problems().toString());
        assertTrue(contents.problems().get(0).startsWith("Script 2-broken.json is not valid JSON"));
        assertTrue(contents.problems().get(1).contains("3-same-id.json"));
    }

    @Test
    void whatTheWriterWritesTheReaderReadsBack() throws Exception {
        ImageryScript original = new ScriptReader().read(write("good.json", script("good", GOOD_SEGMENT)), audio);
        Path copyFile = dir.resolve("own/scripts/copy.json");
        ImageryScript copy = new ImageryScript(copyFile, audio, "copy", original.title(), original.description(),
                original.language(), original.totalDuration(), false, original.segments());
        new ScriptWriter().write(copy);
        assertEquals(copy, new ScriptReader().read(copyFile, audio));
    }
}
