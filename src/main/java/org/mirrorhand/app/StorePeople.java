package org.mirrorhand.app;

import java.util.List;
import java.util.Optional;
import org.mirrorhand.history.HistoryException;
import org.mirrorhand.history.OwnMovement;
import org.mirrorhand.history.Profile;
import org.mirrorhand.history.Side;
import org.mirrorhand.history.VirtualHandChoice;
import org.mirrorhand.history.SqliteSessionStore;
import org.mirrorhand.mirror.AffectedSide;
import org.mirrorhand.ui.People;

/** The people of the app as the session store's profiles. JavaFX thread (the store serialises its own access). */
final class StorePeople implements People {

    private final SqliteSessionStore store;

    StorePeople(SqliteSessionStore store) {
        this.store = store;
    }

    @Override
    public List<String> names() {
        return store.profiles().stream().map(Profile::name).toList();
    }

    @Override
    public Optional<String> add(String name, AffectedSide affected) {
        if (store.findProfile(name).isPresent()) {
            return Optional.of("There is already someone called " + name + ". Choose them from the list.");
        }
        try {
            store.addProfile(name, side(affected));
            return Optional.empty();
        } catch (HistoryException e) {
            return Optional.of(e.getMessage());
        }
    }

    @Override
    public Optional<AffectedSide> affectedSide(String name) {
        return store.findProfile(name).map(p -> p.affectedSide() == Side.LEFT ? AffectedSide.LEFT : AffectedSide.RIGHT);
    }

    @Override
    public Optional<String> setAffectedSide(String name, AffectedSide affected) {
        var profile = store.findProfile(name);
        if (profile.isEmpty()) {
            return nobodyCalled(name);
        }
        try {
            store.setAffectedSide(profile.get(), side(affected));
            return Optional.empty();
        } catch (HistoryException e) {
            return Optional.of(e.getMessage());
        }
    }

    @Override
    public VirtualHandChoice virtualHand(String name) {
        return store.findProfile(name).map(store::virtualHand).orElse(VirtualHandChoice.DEFAULT);
    }

    @Override
    public Optional<OwnMovement> ownMovement(String name) {
        return store.findProfile(name).flatMap(store::ownMovement);
    }

    @Override
    public Optional<String> setVirtualHand(String name, VirtualHandChoice choice) {
        var profile = store.findProfile(name);
        if (profile.isEmpty()) {
            return nobodyCalled(name);
        }
        try {
            store.setVirtualHand(profile.get(), choice);
            return Optional.empty();
        } catch (HistoryException e) {
            return Optional.of(e.getMessage());
        }
    }

    static Side side(AffectedSide s) {
        return s == AffectedSide.LEFT ? Side.LEFT : Side.RIGHT;
    }

    private static Optional<String> nobodyCalled(String name) {
        return Optional.of("There is nobody called " + name + " in the history. Choose a person on the start screen.");
    }
}
