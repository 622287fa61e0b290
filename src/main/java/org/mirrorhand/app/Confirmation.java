package org.mirrorhand.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.Locale;
import picocli.CommandLine;

/**
 * A yes-or-no question on the terminal before a command changes something that matters. Without a terminal (a script,
 * a test) there is nobody to ask, so the answer is no and the command says which option means yes.
 */
final class Confirmation {
    private Confirmation() {
    }

    static boolean ask(CommandLine cmd, String question) {
        if (System.console() == null) {
            cmd.getErr().println("mirrorhand: nothing was changed; add --yes to do it without being asked");
            return false;
        }
        cmd.getOut().print(question + " Type yes and press Enter: ");
        cmd.getOut().flush();
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset())).readLine();
            return line != null && line.strip().toLowerCase(Locale.ROOT).matches("y|yes");
        } catch (IOException e) {
            return false;
        }
    }
}
