package org.crosscheck.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;

/** Loads an FXML view with its controller made by the app's controller factory (constructor injection). */
public final class ViewLoader {
    private final Callback<Class<?>, Object> controllerFactory;

    public ViewLoader(Callback<Class<?>, Object> controllerFactory) {
        this.controllerFactory = controllerFactory;
    }

    /** A loaded view: its root node and its controller. */
    public record Loaded<C>(Parent root, C controller) {
    }

    public <C> Loaded<C> load(Class<C> controllerType, String fxmlName) {
        URL url = controllerType.getResource(fxmlName);
        if (url == null) {
            throw new IllegalStateException("Missing view " + fxmlName + " beside " + controllerType.getName());
        }
        FXMLLoader loader = new FXMLLoader(url);
        loader.setControllerFactory(controllerFactory);
        try {
            Parent root = loader.load();
            return new Loaded<>(root, controllerType.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load view " + fxmlName, e);
        }
    }
}
