package org.crosscheck.ui.common;

import javafx.scene.control.TableCell;

/** A table cell showing a whole number with thousands separators, right-aligned. */
public final class NumberCell<S> extends TableCell<S, Integer> {
    public NumberCell() {
        getStyleClass().add("number-cell");
    }

    @Override
    protected void updateItem(Integer item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : String.format("%,d", item));
    }
}
