package org.crosscheck.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** String converters that show enums by their display names, for combo boxes and table cells. */
public final class EnumCells {
    private EnumCells() {
    }

    public static <E extends Enum<E>> StringConverter<E> converter(Class<E> type, Function<E, String> names) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return names.apply(value);
            }

            @Override
            public E fromString(String text) {
                for (E e : type.getEnumConstants()) {
                    if (names.apply(e).equals(text)) {
                        return e;
                    }
                }
                return null;
            }
        };
    }
}
