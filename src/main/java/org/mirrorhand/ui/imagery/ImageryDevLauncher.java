package org.mirrorhand.ui.imagery;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.mirrorhand.imagery.ImageryLog;

/**
 * For development only: opens the imagery screens in a window without the rest of the app.
 * {@code java -cp target/classes:target/lib/* org.mirrorhand.ui.imagery.ImageryDevLauncher [media] [data]}.
 * Sessions are printed, not saved: the session store belongs to the history feature.
 */
public final class ImageryDevLauncher {
    private ImageryDevLauncher() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path media = Path.of(args.length > 0 ? args[0] : "media");
        Path data = args.length > 1 ? Path.of(args[1])
                : Path.of(System.getProperty("user.home"), ".mirrorhand-dev", "imagery");
        ImageryLog log = session -> System.out.println("imagery session (not saved, dev launcher): " + session);
        CountDownLatch closed = new CountDownLatch(1);
        Platform.startup(() -> {
            ImageryScreens screens = new ImageryScreens(ImageryContexts.standard(media, data, log));
            Stage stage = new Stage();
            stage.setTitle("MirrorHand – guided imagery (development)");
            stage.setScene(new Scene(screens.root(), 1280, 800));
            stage.setOnHidden(e -> closed.countDown());
            screens.showScriptList();
            stage.show();
        });
        closed.await();
        Platform.exit();
    }
}
