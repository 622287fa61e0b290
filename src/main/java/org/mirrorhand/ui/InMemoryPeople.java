package org.mirrorhand.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mirrorhand.history.OwnMovement;
import org.mirrorhand.history.VirtualHandChoice;
import org.mirrorhand.mirror.AffectedSide;

/** People kept in memory only: for tests and for running without a session store. JavaFX thread. */
public final class InMemoryPeople implements People {

    private final Map<String, AffectedSide> people = new LinkedHashMap<>();
    private final Map<String, VirtualHandChoice> virtualHands = new java.util.HashMap<>();

    private final Map<String, OwnMovement> movements = new java.util.HashMap<>();

    /** Gives a person a recorded movement, as a mirror session would. */
    public InMemoryPeople keepMovement(String name, OwnMovement movement) {
        movements.put(name, movement);
        return this;
    }

    @Override
    public Optional<OwnMovement> ownMovement(String name) {
        return Optional.ofNullable(movements.get(name));
    }

    public InMemoryPeople add(String name) {
        people.put(name, AffectedSide.LEFT);
        return this;
    }

    @Override
    public List<String> names() {
        return new ArrayList<>(people.keySet());
    }

    @Override
    public Optional<String> add(String name, AffectedSide affected) {
        if (people.containsKey(name)) {
            return Optional.of("There is already someone called " + name + ". Choose them from the list.");
        }
        people.put(name, affected);
        return Optional.empty();
    }

    @Override
    public Optional<AffectedSide> affectedSide(String name) {
        return Optional.ofNullable(people.get(name));
    }

    @Override
    public Optional<String> setAffectedSide(String name, AffectedSide affected) {
        if (!people.containsKey(name)) {
            return nobodyCalled(name);
        }
        people.put(name, affected);
        return Optional.empty();
    }

    @Override
    public VirtualHandChoice virtualHand(String name) {
        return virtualHands.getOrDefault(name, VirtualHandChoice.DEFAULT);
    }

    @Override
    public Optional<String> setVirtualHand(String name, VirtualHandChoice choice) {
        if (!people.containsKey(name)) {
            return nobodyCalled(name);
        }
        virtualHands.put(name, choice);
        return Optional.empty();
    }

    private static Optional<String> nobodyCalled(String name) {
        return Optional.of("There is nobody called " + name + ". Choose a person on the start screen.");
    }
}
