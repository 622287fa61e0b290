package org.mirrorhand.ui;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** Builds drop-down lists that show plain words for values. JavaFX thread. */
public final class Choices {

    private Choices() {
    }

    public static <T> ComboBox<T> combo(List<T> values, Function<T, String> words, Property<T> bound) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T v) {
                return v == null ? "" : words.apply(v);
            }

            @Override
            public T fromString(String s) {
                return values.stream().filter(v -> words.apply(v).equals(s)).findFirst().orElse(null);
            }
        });
        box.valueProperty().bindBidirectional(bound);
        return box;
    }
}
