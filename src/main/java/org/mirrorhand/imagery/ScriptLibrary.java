package org.mirrorhand.imagery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads every script of some folders. A broken script does not stop the others: it becomes a problem line to show,
 * and the rest are listed. Call off the JavaFX thread (it reads files); returns an immutable result.
 */
public final class ScriptLibrary {
    private final ScriptReader reader = new ScriptReader();
    private final List<ScriptFolder> folders;

    public ScriptLibrary(List<ScriptFolder> folders) {
        this.folders = List.copyOf(folders);
    }

    /** The usable scripts, sorted by file name within each folder, and one message per script that is not usable. */
    public record Contents(List<ImageryScript> scripts, List<String> problems, Map<String, ScriptFolder> folderOf) {
        public Contents {
            scripts = List.copyOf(scripts);
            problems = List.copyOf(problems);
            folderOf = Map.copyOf(folderOf);
        }
    }

    public Contents load() {
        List<ImageryScript> scripts = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, ScriptFolder> folderOf = new HashMap<>();
        for (ScriptFolder folder : folders) {
            if (!Files.isDirectory(folder.scripts())) {
                if (!folder.editable()) {
                    problems.add("The script folder " + folder.scripts() + " is missing; reinstall MirrorHand "
                            + "to get the guided imagery scripts back.");
                }
                continue;
            }
            for (Path file : jsonFiles(folder.scripts(), problems)) {
                try {
                    ImageryScript script = reader.read(file, folder.audio());
                    if (folderOf.containsKey(script.id())) {
                        problems.add("Script " + file.getFileName() + " has the id \"" + script.id()
                                + "\" that another script already uses; give it its own id. It is left out.");
                        continue;
                    }
                    scripts.add(script);
                    folderOf.put(script.id(), folder);
                } catch (InvalidScriptException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        return new Contents(scripts, problems, folderOf);
    }

    private static List<Path> jsonFiles(Path dir, List<String> problems) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .sorted(Comparator.comparing(f -> f.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            problems.add("The script folder " + dir + " cannot be read (" + e.getMessage() + ").");
            return List.of();
        }
    }
}
