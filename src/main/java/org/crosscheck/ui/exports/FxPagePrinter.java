package org.crosscheck.ui.exports;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Window;

/** Prints page images through JavaFX's printing: the system print dialog, then one image per page, fitted. */
public final class FxPagePrinter implements PagePrinter {
    private final java.util.function.Supplier<Window> owner;

    public FxPagePrinter(java.util.function.Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<String> print(String jobName, List<byte[]> pages) {
        if (Printer.getDefaultPrinter() == null && Printer.getAllPrinters().isEmpty()) {
            return Optional.empty();
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return Optional.empty();
        }
        job.getJobSettings().setJobName(jobName);
        if (!job.showPrintDialog(owner.get())) {
            job.cancelJob();
            return Optional.empty();
        }
        Printer printer = job.getPrinter();
        PageLayout layout = printer.createPageLayout(Paper.A4, PageOrientation.PORTRAIT,
                Printer.MarginType.HARDWARE_MINIMUM);
        for (byte[] png : pages) {
            ImageView view = new ImageView(new Image(new ByteArrayInputStream(png)));
            view.setPreserveRatio(true);
            view.setFitWidth(layout.getPrintableWidth());
            view.setFitHeight(layout.getPrintableHeight());
            if (!job.printPage(layout, view)) {
                job.cancelJob();
                return Optional.empty();
            }
        }
        job.endJob();
        return Optional.of(printer.getName());
    }
}
