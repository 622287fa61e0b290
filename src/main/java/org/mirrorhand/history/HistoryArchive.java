package org.mirrorhand.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A profile's whole history as one JSON file, to carry it to the therapist's computer and back. Written by the
 * {@link SafeOutput} rule, so a failed export never leaves half a file under the real name. Any thread.
 */
public final class HistoryArchive {
    static final String FORMAT = "mirrorhand-history";
    static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The file's content; {@code virtualHand} and {@code ownMovement} are absent from files exported before them. */
    record Content(String format, int version, Instant exported, Profile profile, List<StoredSession> sessions,
                   List<ScaleEntry> scales, VirtualHandChoice virtualHand, OwnMovement ownMovement) {
    }

    private HistoryArchive() {
    }

    /**
     * Writes {@code profile}'s whole history to {@code file} under the {@link SafeOutput} rule; returns how many sessions
     * it holds.
     */
    public static int export(SqliteSessionStore store, Profile profile, Path file, SafeOutput rule) {
        rule.check(file);
        ProfileHistory h = store.wholeHistory(profile, ZoneId.systemDefault());
        Content content = new Content(FORMAT, VERSION, Instant.now(), profile, h.sessions(), h.scales(),
                store.virtualHand(profile), store.ownMovement(profile).orElse(null));
        rule.write(file, tmp -> JSON.writeValue(tmp.toFile(), content));
        return h.sessions().size();
    }

    /**
     * Reads an export file, checks every value ({@link ArchiveCheck}) and adds it as a new profile, all or nothing.
     *
     * @param asName the new profile's name, or null to keep the name in the file
     */
    public static Profile importInto(SqliteSessionStore store, Path file, String asName) {
        Content content = read(file);
        try {
            new ArchiveCheck(Instant.now(), ZoneId.systemDefault()).check(content);
        } catch (HistoryException e) {
            throw new HistoryException("cannot import " + file + ": " + e.getMessage() + "; nothing was imported", e);
        }
        String name = asName != null && !asName.isBlank() ? asName.strip() : content.profile().name();
        ProfileHistory h = new ProfileHistory(content.profile(), LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 30),
                content.sessions() == null ? List.of() : content.sessions(),
                content.scales() == null ? List.of() : content.scales());
        return store.importHistory(h, name,
                content.virtualHand() == null ? VirtualHandChoice.DEFAULT : content.virtualHand(), content.ownMovement());
    }

    static Content read(Path file) {
        Content content;
        try {
            content = JSON.readValue(file.toFile(), Content.class);
        } catch (JsonProcessingException e) {
            throw new HistoryException("the file " + file + " is not a MirrorHand history export (or it is damaged): "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new HistoryException("cannot read " + file + " (" + reason(e) + ")", e);
        }
        if (content == null || !FORMAT.equals(content.format()) || content.profile() == null) {
            throw new HistoryException("the file " + file + " is not a MirrorHand history export");
        }
        if (content.version() > VERSION) {
            throw new HistoryException("the file " + file + " was exported by a newer MirrorHand (format version "
                    + content.version() + "); install the newer MirrorHand to import it");
        }
        return content;
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
