package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.WorkbenchException;
import org.crosscheck.export.CsvCells;
import org.crosscheck.insight.BusinessProfile;
import org.crosscheck.insight.PictureFilter;
import org.crosscheck.insight.PictureService;
import org.crosscheck.storage.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crosscheck businesses}: the ranked businesses list of the Picture screen, with its filters. */
@Command(name = "businesses", description = "Lists businesses, most agencies with an interest first.")
final class BusinessesCommand implements Runnable {
    @ParentCommand
    CrosscheckCommand root;
    @Spec
    CommandSpec spec;

    @Option(names = "--min-agencies", defaultValue = "0", description = "Known to at least N agencies.")
    int minAgencies;
    @Option(names = "--min-interest", defaultValue = "0",
            description = "At least N agencies record an interest (non-compliance or medium/high risk).")
    int minInterest;
    @Option(names = "--district", description = "Postcode district, e.g. BK1.")
    String district;
    @Option(names = "--ward", description = "Council ward, where an agency's file gives one.")
    String ward;
    @Option(names = "--type", description = "Business type contains this text.")
    String type;
    @Option(names = "--known-to", description = "Agencies that must hold a record, comma-separated.")
    String knownTo;
    @Option(names = "--unknown-to", description = "Agencies that must not, e.g. business_rates.")
    String unknownTo;
    @Option(names = "--search", description = "Text in the name, aliases, address or postcode.")
    String search;
    @Option(names = "--limit", defaultValue = "25", description = "Businesses printed (default: ${DEFAULT-VALUE}).")
    int limit;
    @Option(names = "--out", paramLabel = "FILE.csv", description = "Write every matching business as CSV.")
    Path out;

    @Override
    public void run() {
        PrintWriter printer = spec.commandLine().getOut();
        PictureFilter filter = new PictureFilter(minAgencies, minInterest, district, ward, type,
                asSet(AgencyOptions.parseList(knownTo)), asSet(AgencyOptions.parseList(unknownTo)), search);
        try (Workspace ws = root.openWorkspace()) {
            List<BusinessProfile> list = new PictureService(ws).ranked(filter);
            printer.printf("%,d businesses match%n", list.size());
            printer.printf("%8s  %-34s %-9s %-4s %-4s %-7s %s%n", "entity", "name", "postcode", "agcy", "int",
                    "risk", "agencies with an interest");
            for (BusinessProfile p : list.subList(0, Math.min(limit, list.size()))) {
                printer.printf("%8d  %-34s %-9s %4d %4d %-7s %s%n", p.entityId(), cut(p.name(), 34),
                        p.postcode() == null ? "" : p.postcode(), p.agencyCount(), p.interestCount(),
                        p.combinedRisk(), labels(p.interestAgencies()));
            }
            if (out != null) {
                write(list, out);
                printer.printf("Wrote %,d businesses to %s%n", list.size(), out.toAbsolutePath());
            }
        }
    }

    private static java.util.Set<AgencyKind> asSet(List<AgencyKind> list) {
        return list.isEmpty() ? java.util.Set.of() : java.util.EnumSet.copyOf(list);
    }

    private static String labels(java.util.Collection<AgencyKind> agencies) {
        return agencies.stream().map(AgencyKind::label).collect(Collectors.joining(", "));
    }

    private static String cut(String s, int n) {
        return s == null ? "" : s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    private static void write(List<BusinessProfile> list, Path file) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader("entity_id", "name", "aliases",
                     "address", "postcode", "district", "ward", "business_types", "agencies", "agencies_with_interest",
                     "agency_count", "interest_count", "combined_risk", "risk_score", "last_visit").get())) {
            for (BusinessProfile p : list) {
                csv.printRecord(p.entityId(), CsvCells.safe(p.name()), CsvCells.safe(String.join("; ", p.aliases())),
                        CsvCells.safe(p.address()), CsvCells.safe(p.postcode()), p.district(), CsvCells.safe(p.ward()),
                        CsvCells.safe(String.join("; ", p.businessTypes())), labels(p.agencies()),
                        labels(p.interestAgencies()), p.agencyCount(), p.interestCount(), p.combinedRisk(),
                        p.riskScore(), p.lastVisit());
            }
        } catch (IOException e) {
            throw new WorkbenchException("Could not write " + file + ": " + e.getMessage()
                    + ". Choose a folder you can write to.", e);
        }
    }
}
