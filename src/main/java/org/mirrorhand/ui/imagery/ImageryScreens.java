package org.mirrorhand.ui.imagery;

import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import org.mirrorhand.imagery.ImageryScript;
import org.mirrorhand.imagery.ImagerySession;

/**
 * A ready-made {@link ImageryNavigator}: one pane whose content is the current imagery screen. The app can mount
 * {@link #root()} as its "Guided imagery" page, or implement the navigator itself and use the views directly.
 * JavaFX thread.
 */
public final class ImageryScreens implements ImageryNavigator {
    private final ImageryContext context;
    private final StackPane root = new StackPane();

    private final Runnable leave;
    /** Set while bed mode plays, so what follows it stays dark for a dark room. */
    private boolean night;

    public ImageryScreens(ImageryContext context) {
        this(context, () -> { });
    }

    /** @param leave goes back to the app's Start screen */
    public ImageryScreens(ImageryContext context, Runnable leave) {
        this.context = context;
        this.leave = leave;
    }

    @Override
    public void leave() {
        leave.run();
    }

    public Parent root() {
        return root;
    }

    private void show(Parent screen) {
        root.getChildren().setAll(screen);
    }

    @Override
    public void showScriptList() {
        night = false;
        ScriptListViewModel model = new ScriptListViewModel(context, this);
        show(new ScriptListView(model).root());
        model.load();
    }

    @Override
    public void showPlayer(ImageryScript script) {
        night = false;
        PlayerViewModel model = new PlayerViewModel(script, context, this);
        show(new PlayerView(model).root());
        model.startWhenReady();
        model.load();
    }

    @Override
    public void showBedMode(ImageryScript script) {
        night = true;
        PlayerViewModel player = new PlayerViewModel(script, context, this);
        show(new BedModeView(new BedModeViewModel(player, context.clock())).root());
        player.load();
    }

    @Override
    public void showEditor(ImageryScript script) {
        boolean own = script != null && script.source().toAbsolutePath().normalize()
                .startsWith(context.own().scripts().toAbsolutePath().normalize());
        show(new ScriptEditorView(new ScriptEditorViewModel(script, own, context, this)).root());
    }

    @Override
    public void showAfterSession(ImagerySession session) {
        Parent rating = new AfterSessionView(new AfterSessionViewModel(session, context, this)).root();
        if (night) {
            rating.getStyleClass().add("night");
        }
        show(rating);
    }
}
