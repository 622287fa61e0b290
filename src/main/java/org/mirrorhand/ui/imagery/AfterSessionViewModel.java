package org.mirrorhand.ui.imagery;

import java.io.IOException;
import java.util.OptionalInt;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.mirrorhand.imagery.ImagerySession;

/**
 * After a listening: says how long it was and offers an optional one-tap vividness rating (1–5); either choice saves
 * the session to the {@link org.mirrorhand.imagery.ImageryLog}. A failed save keeps the session and offers to retry,
 * so no minutes are lost. Saving runs in the background; state changes on the JavaFX thread.
 */
public final class AfterSessionViewModel {
    public enum State { ASKING, SAVING, SAVED, FAILED }

    private final ImagerySession session;
    private final ImageryContext context;
    private final ImageryNavigator navigator;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.ASKING);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private OptionalInt chosen = OptionalInt.empty();

    public AfterSessionViewModel(ImagerySession session, ImageryContext context, ImageryNavigator navigator) {
        this.session = session;
        this.context = context;
        this.navigator = navigator;
    }

    /** "You listened for 9 minutes to “Opening the hand”, to the end." */
    public String summary() {
        long seconds = session.listened().toSeconds();
        String time = seconds < 60 ? "less than a minute" : Format.minutes(session.listened());
        return "You listened for " + time + " to “" + session.scriptTitle() + "”"
                + (session.completed() ? ", to the end." : ".");
    }

    /** One tap on 1–5: saves with that rating. */
    public void rate(int vividness) {
        if (vividness < 1 || vividness > 5) {
            throw new IllegalArgumentException("vividness is 1 to 5");
        }
        chosen = OptionalInt.of(vividness);
        save();
    }

    /** Done without rating, or try again after a failed save (keeping any rating already chosen). */
    public void done() {
        save();
    }

    private void save() {
        if (state.get() == State.SAVING || state.get() == State.SAVED) {
            return;
        }
        state.set(State.SAVING);
        message.set("Saving…");
        ImagerySession toSave = new ImagerySession(session.scriptId(), session.scriptTitle(), session.startedAt(),
                session.listened(), chosen, session.completed());
        context.background().execute(() -> {
            try {
                context.log().record(toSave);
                context.fxThread().execute(() -> {
                    state.set(State.SAVED);
                    message.set("Saved.");
                    navigator.showScriptList();
                });
            } catch (IOException | RuntimeException e) {
                context.fxThread().execute(() -> {
                    state.set(State.FAILED);
                    message.set("This session could not be saved (" + e.getMessage() + "). It is kept here: "
                            + "press Enter to try again.");
                });
            }
        });
    }

    public OptionalInt chosen() {
        return chosen;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
