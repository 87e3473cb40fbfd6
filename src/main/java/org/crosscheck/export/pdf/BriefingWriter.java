package org.crosscheck.export.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.picture.ProfileRecord;
import org.crosscheck.domain.tasking.GoldenIndicator;
import org.crosscheck.domain.tasking.Referral;
import org.crosscheck.domain.tasking.Visit;
import org.crosscheck.export.pack.PackItem;
import org.crosscheck.export.pack.TaskingPack;
import org.crosscheck.export.sharing.BusinessView;
import org.crosscheck.export.sharing.SharingPolicy;
import org.crosscheck.jobs.ProgressSink;
import org.crosscheck.jobs.Stage;

/**
 * Writes briefing sheets: one A4 page per business (a continuation page only when a business has too much to fit),
 * for officers to take on a visit. Fonts are DejaVu Sans, embedded (subset) so the sheet prints the same anywhere.
 */
public final class BriefingWriter {
    static final String FONT_REGULAR = "/org/crosscheck/export/pdf/fonts/DejaVuSans.ttf";
    static final String FONT_BOLD = "/org/crosscheck/export/pdf/fonts/DejaVuSans-Bold.ttf";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");

    public void write(TaskingPack pack, OutputStream out, ProgressSink sink) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font regular = load(doc, FONT_REGULAR);
            PDType0Font bold = load(doc, FONT_BOLD);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Briefing sheets for " + pack.recipient().label() + " (" + pack.scope() + ")");
            info.setAuthor(pack.generatedBy());
            info.setCreator("Crosscheck");
            int done = 0;
            for (PackItem item : pack.items()) {
                sink.checkCancelled();
                String cont = item.business().name() + " (continued) — briefing for " + pack.recipient().label();
                try (PdfText t = new PdfText(doc, regular, bold, cont)) {
                    t.newPage();
                    page(t, pack, item, done + 1);
                }
                sink.progress(Stage.EXPORTING, ++done, pack.items().size());
            }
            sink.progress(Stage.WRITING, 0, -1);
            doc.save(out);
        }
    }

    private static PDType0Font load(PDDocument doc, String resource) throws IOException {
        try (InputStream in = BriefingWriter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the application");
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    private static void page(PdfText t, TaskingPack pack, PackItem item, int number) {
        BusinessView b = item.business();
        t.line("Briefing sheet " + number + " of " + pack.items().size() + " — for " + pack.recipient().label()
                + " — made " + pack.generatedAt().format(WHEN) + " by " + pack.generatedBy());
        t.gap(4);
        t.title(b.name(), 16);
        t.line("Business " + b.entityId() + (b.aliases().isEmpty() ? "" : " — also known as "
                + String.join(", ", b.aliases())));
        t.label("Address", join(b.address(), b.postcode()));
        t.label("Combined risk", words(b.visibleRisk().name()) + (b.withheldAgencies().isEmpty() ? ""
                : " (from the records shared with you; other agencies' ratings are withheld)"));
        if (!b.visibleInterest().isEmpty()) {
            t.label("Agencies recording a concern", labels(b.visibleInterest()));
        }

        t.heading("Agencies that know this business (" + b.agencies().size() + ")");
        Map<AgencyKind, List<ProfileRecord>> byAgency = b.visibleRecords().stream()
                .collect(Collectors.groupingBy(ProfileRecord::agency, java.util.TreeMap::new, Collectors.toList()));
        for (AgencyKind a : b.agencies()) {
            List<ProfileRecord> recs = byAgency.getOrDefault(a, List.of());
            for (ProfileRecord r : recs) {
                t.bullet(a.label() + " — " + r.sourceName() + ": " + recordLine(r), 0);
            }
            if (b.withheldAgencies().contains(a)) {
                t.bullet(a.label() + " — " + SharingPolicy.marker(a) + ".", 0);
            }
        }

        t.heading("Proposed attendance");
        Visit v = item.visit();
        if (v != null) {
            t.line("Visit " + v.id() + ": " + (v.plannedDate() == null ? "no date yet" : v.plannedDate().format(DAY))
                    + ", " + words(v.status().name()).toLowerCase(java.util.Locale.ROOT) + ", priority "
                    + v.priority() + ", " + v.officersNeeded() + " officers, " + words(v.purpose().name())
                    .toLowerCase(java.util.Locale.ROOT) + (v.notes() == null || v.notes().isBlank() ? ""
                    : ". Notes: " + v.notes()));
        } else {
            t.line("Not on the tasking list; the attendance below is Crosscheck's suggestion.");
        }
        t.label("Lead", item.leadLabel() + " — " + item.leadReason());
        for (PackItem.Attending a : item.attending()) {
            t.bullet(a.agency() + ": " + a.reason(), 0);
            t.sub((a.entryWithoutWarrant() ? "Can enter without a warrant. " : "WARRANT or consent "
                    + "needed. ") + a.entryNote() + (a.sanctions().isBlank() ? "" : " Powers: " + a.sanctions()));
        }
        boolean anyOpener = item.attending().stream().anyMatch(PackItem.Attending::entryWithoutWarrant);
        if (!item.attending().isEmpty() && !anyOpener) {
            t.emphasis("No attending agency can enter without a warrant: obtain a warrant or the occupier's consent.");
        }
        for (String w : item.warnings()) {
            t.emphasis(w);
        }

        t.heading("Golden indicators and referrals");
        if (item.referrals().isEmpty()) {
            t.line("No referrals recorded about this business.");
        }
        for (Referral r : item.referrals()) {
            String indicators = r.indicators().stream().map(GoldenIndicator::text).collect(Collectors.joining("; "));
            t.bullet((r.observedOn() == null ? "" : r.observedOn().format(DAY) + ": ") + r.fromAgency().label()
                    + " to " + r.targetAgency().label() + (indicators.isEmpty() ? "" : " — indicators: " + indicators)
                    + (r.details() == null || r.details().isBlank() ? "" : " — " + r.details())
                    + (r.latestFeedback() == null ? " (awaiting feedback)"
                    : " (feedback: " + words(r.latestFeedback().verdict().name()).toLowerCase(java.util.Locale.ROOT)
                    + ")"), 0);
        }

        t.heading("Network links");
        if (item.networkLinks().isEmpty()) {
            t.line("No shared phone, contact or company with another business.");
        }
        for (String link : item.networkLinks()) {
            t.bullet(link, 0);
        }
        t.noteLines(5);
    }

    private static String recordLine(ProfileRecord r) {
        StringBuilder s = new StringBuilder();
        append(s, "name", r.name());
        if (r.tradingName() != null && !r.tradingName().equalsIgnoreCase(r.name())) {
            append(s, "trading as", r.tradingName());
        }
        append(s, "legal name", r.legalName());
        append(s, "type", r.businessType());
        append(s, "risk", r.riskBand() == null ? null : words(r.riskBand().name())
                + (r.riskRaw() == null || r.riskRaw().isBlank() ? "" : " (" + r.riskRaw() + ")"));
        append(s, "concern", r.nonComplianceFlag() == null || r.nonComplianceFlag().isBlank() ? null
                : r.nonComplianceFlag() + (r.nonComplianceDate() == null ? "" : " on "
                + r.nonComplianceDate().format(DAY)));
        append(s, "notes", r.nonComplianceNotes());
        append(s, "last visit", r.lastVisitDate() == null ? null : r.lastVisitDate().format(DAY));
        append(s, "phone", r.phone());
        append(s, "contact", r.contactName());
        return s.toString();
    }

    private static void append(StringBuilder s, String label, String value) {
        if (value != null && !value.isBlank()) {
            s.append(s.length() == 0 ? "" : "; ").append(label).append(' ').append(value.trim());
        }
    }

    private static String join(String address, String postcode) {
        if (address == null || address.isBlank()) {
            return postcode == null ? "" : postcode;
        }
        return postcode == null || address.contains(postcode) ? address : address + ", " + postcode;
    }

    private static String labels(java.util.Set<AgencyKind> agencies) {
        return agencies.stream().map(AgencyKind::label).collect(Collectors.joining(", "));
    }

    static String words(String enumName) {
        String w = enumName.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
