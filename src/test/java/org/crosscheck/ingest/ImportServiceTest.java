package org.crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crosscheck.domain.AgencyKind;
import org.crosscheck.domain.CanonicalField;
import org.crosscheck.domain.ColumnMapping;
import org.crosscheck.domain.ImportProblem;
import org.crosscheck.domain.RiskBand;
import org.crosscheck.domain.Source;
import org.crosscheck.domain.StagedRecord;
import org.crosscheck.domain.WorkbenchException;
import org.crosscheck.ingest.read.TestWorkbooks;
import org.crosscheck.jobs.CancelledException;
import org.crosscheck.jobs.ProgressSink;
import org.crosscheck.jobs.Stage;
import org.crosscheck.storage.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportServiceTest {
    @TempDir
    Path dir;
    private Workspace workspace;
    private ImportService service;

    @BeforeEach
    void openWorkspace() {
        workspace = Workspace.open(dir.resolve("ws"));
        service = new ImportService(workspace);
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    private Path csv(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private ImportResult importFood(Path file) {
        return service.importFile(ImportRequest.of(file, "Food hygiene", AgencyKind.FOOD_HYGIENE), ProgressSink.NONE);
    }

    private int sourceId(String name) {
        return workspace.sources().findByName(name).orElseThrow().id();
    }

    @Test
    void messyWorkbookImportsWithEverySkippedRowReported() throws IOException {
        Path file = TestWorkbooks.xlsx(dir.resolve("food.xlsx"), "Premises",
                new Object[] {"Brackford Council - Food Premises"},
                new Object[] {"Extracted 01/03/2024"},
                null,
                new Object[] {"FHRSID", "Premises Name", "Address Line 1", "Post Code", "Tel", "Rating", "Last Inspection",
                    "Officer"},
                new Object[] {"1001", "The Chicken Shop", "12 The Broadway", "BK1 2AB", "07700 900123", "1",
                    java.time.LocalDate.of(2024, 1, 5), "JS"},
                null,
                new Object[] {"1002", "Golden Dragon", "3 High St", "bk12ab", "", "5", "not yet", "AB"},
                new Object[] {"Total: 2"},
                new Object[] {"Source: FSA extract"});
        ImportResult result = importFood(file);

        assertEquals(2, result.batch().rowsImported());
        assertEquals(4, result.batch().headerRow());
        assertEquals(MappingOrigin.SUGGESTED, result.origin());
        assertEquals(List.of(
                ImportProblem.skipped(6, "blank row"),
                ImportProblem.warning(7, "Last Inspection",
                        "'not yet' is not a date this tool recognises; kept as text only"),
                ImportProblem.skipped(8, "totals or notes row ('Total: 2')"),
                ImportProblem.skipped(9, "totals or notes row ('Source: FSA extract')")), result.problems());
        List<StagedRecord> records = workspace.records().current(sourceId("Food hygiene"));
        StagedRecord first = records.get(0);
        assertEquals("The Chicken Shop", first.value(CanonicalField.BUSINESS_NAME));
        assertEquals(java.time.LocalDate.of(2024, 1, 5), first.lastVisitDate());
        assertEquals(RiskBand.HIGH, first.riskBand());
        assertEquals("ref:1001", first.recordKey());
        assertTrue(first.originalJson().contains("\"Officer\":\"JS\""), first.originalJson());
        assertEquals(RiskBand.NONE, records.get(1).riskBand());
    }

    @Test
    void confirmedMappingIsSavedAndReusedOnTheNextImport() throws IOException {
        Path file = csv("a.csv", "Ref,Shop,Where,PC", "1,Kebab Hut,1 Mill Lane,BK1 1AA");
        ColumnMapping mapping = new ColumnMapping(Map.of("Ref", CanonicalField.AGENCY_REF, "Shop",
                CanonicalField.BUSINESS_NAME, "Where", CanonicalField.ADDRESS, "PC", CanonicalField.POSTCODE));
        service.importFile(ImportRequest.of(file, "Licensing", AgencyKind.LICENSING).withMapping(mapping),
                ProgressSink.NONE);

        ImportResult again = service.importFile(ImportRequest.of(file, "Licensing", null), ProgressSink.NONE);
        assertEquals(MappingOrigin.SAVED, again.origin());
        assertEquals(mapping, again.mapping());
        Source source = workspace.sources().findByName("licensing").orElseThrow();
        assertEquals(AgencyKind.LICENSING, source.kind());
    }

    @Test
    void refreshKeepsIdentityByReferenceAndRetiresWhatIsGone() throws IOException {
        importFood(csv("v1.csv", "FHRSID,Premises Name,Post Code", "1,Alpha Cafe,BK1 1AA", "2,Beta Bar,BK1 1AB",
                "3,Gamma Grill,BK1 1AC"));
        int id = sourceId("Food hygiene");
        Long alpha = workspace.records().idOf(id, "ref:1");
        Long beta = workspace.records().idOf(id, "ref:2");

        ImportResult second = importFood(csv("v2.csv", "FHRSID,Premises Name,Post Code",
                "2,Beta Bar Ltd,BK1 1AB", "1,Alpha Cafe,BK1 1AA", "4,Delta Deli,BK1 1AD"));

        assertEquals(2, second.batch().recordsKept());
        assertEquals(1, second.batch().recordsNew());
        assertEquals(1, second.batch().recordsRetired());
        assertEquals(alpha, workspace.records().idOf(id, "ref:1"));
        assertEquals(beta, workspace.records().idOf(id, "ref:2"));
        List<String> names = workspace.records().current(id).stream()
                .map(r -> r.value(CanonicalField.BUSINESS_NAME)).sorted().toList();
        assertEquals(List.of("Alpha Cafe", "Beta Bar Ltd", "Delta Deli"), names);
        assertEquals(2, workspace.sources().batches(id).size());
    }

    @Test
    void recordsWithoutAReferenceKeepIdentityByContent() throws IOException {
        Path v1 = csv("fire1.csv", "Address,Post Code,Risk", "12 The Broadway,BK1 2AB,High", "Unit 3 Mill Lane,BK2 1CD,Low");
        service.importFile(ImportRequest.of(v1, "Fire", AgencyKind.FIRE), ProgressSink.NONE);
        int id = sourceId("Fire");
        List<StagedRecord> before = workspace.records().current(id);
        Long broadway = workspace.records().idOf(id, before.get(0).recordKey());

        Path v2 = csv("fire2.csv", "Address,Post Code,Risk", "Unit 3 Mill Lane,BK2 1CD,Medium", "12 The Broadway,BK1 2AB,High");
        ImportResult r = service.importFile(ImportRequest.of(v2, "Fire", null), ProgressSink.NONE);

        assertEquals(broadway, workspace.records().idOf(id, before.get(0).recordKey()));
        assertEquals(1, r.batch().recordsKept());
        assertEquals(1, r.batch().recordsNew());
        assertEquals(1, r.batch().recordsRetired());
    }

    @Test
    void duplicateReferencesInOneFileAreBothKept() throws IOException {
        ImportResult r = importFood(csv("dups.csv", "FHRSID,Premises Name,Post Code", "7,Alpha,BK1 1AA", "7,Alpha Cafe,BK1 1AA"));
        assertEquals(2, r.batch().rowsImported());
        assertNotEquals(null, workspace.records().idOf(sourceId("Food hygiene"), "ref:7#2"));
    }

    @Test
    void aFailureHalfWayThroughLeavesTheWorkspaceExactlyAsItWas() throws IOException {
        importFood(csv("good.csv", "FHRSID,Premises Name,Post Code", "1,Alpha,BK1 1AA"));
        StringBuilder bad = new StringBuilder("FHRSID,Premises Name,Post Code\n");
        for (int i = 0; i < 12_000; i++) {
            bad.append(i + 100).append(",Shop ").append(i).append(",BK1 1AA\n");
        }
        bad.append("99999,\"Broken \"quote\" here,BK1 1AA\n");
        Path file = Files.writeString(dir.resolve("bad.csv"), bad);

        WorkbenchException e = assertThrows(WorkbenchException.class, () -> importFood(file));
        assertTrue(e.getMessage().contains("bad.csv"), e.getMessage());
        int id = sourceId("Food hygiene");
        assertEquals(1, workspace.records().countAll());
        assertEquals(1, workspace.sources().batches(id).size());
        assertEquals("Alpha", workspace.records().current(id).get(0).value(CanonicalField.BUSINESS_NAME));
    }

    @Test
    void aFailedFirstImportLeavesNoSourceBehind() throws IOException {
        Path file = csv("nothing.csv", "Rateable Value,Officer", "12000,JS", "8000,AB");
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> importFood(file));
        assertTrue(e.getMessage().contains("mapped to a business name or an address"), e.getMessage());
        assertTrue(e.getMessage().contains("nothing.csv"), e.getMessage());
        assertTrue(workspace.sources().findByName("Food hygiene").isEmpty());
    }

    @Test
    void cancellingMidImportRollsBack() throws IOException {
        StringBuilder big = new StringBuilder("FHRSID,Premises Name,Post Code\n");
        for (int i = 0; i < 5_000; i++) {
            big.append(i).append(",Shop ").append(i).append(",BK1 1AA\n");
        }
        Path file = Files.writeString(dir.resolve("big.csv"), big);
        ProgressSink cancelAfterFirstProgress = new ProgressSink() {
            private int calls;

            @Override
            public void progress(Stage stage, long done, long total) {
                calls++;
            }

            @Override
            public boolean isCancelled() {
                return calls > 1;
            }
        };
        assertThrows(CancelledException.class, () -> service.importFile(
                ImportRequest.of(file, "Food hygiene", AgencyKind.FOOD_HYGIENE), cancelAfterFirstProgress));
        assertEquals(0, workspace.records().countAll());
        assertTrue(workspace.sources().findByName("Food hygiene").isEmpty());
    }

    @Test
    void noHeaderRowGivesAMessageNamingTheSheet() throws IOException {
        Path file = csv("numbers.csv", "1,2,3", "4,5,6");
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> importFood(file));
        assertTrue(e.getMessage().startsWith("No header row was found in the first 30 rows of sheet 'numbers.csv'"),
                e.getMessage());
    }

    @Test
    void secondSheetIsChosenWhenTheFirstHasNoData() throws IOException {
        Path file = dir.resolve("two.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("Read me first");
            var data = wb.createSheet("Register");
            var h = data.createRow(0);
            h.createCell(0).setCellValue("Premises Name");
            h.createCell(1).setCellValue("Postcode");
            var r = data.createRow(1);
            r.createCell(0).setCellValue("Alpha");
            r.createCell(1).setCellValue("BK1 1AA");
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        assertEquals("Register", importFood(file).batch().sheetName());
    }

    @Test
    void unknownSheetNamesTheSheetsThereAre() throws IOException {
        Path file = csv("a.csv", "Premises Name,Postcode", "Alpha,BK1 1AA");
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> service.importFile(
                ImportRequest.of(file, "Food hygiene", AgencyKind.FOOD_HYGIENE).withSheet("Data"), ProgressSink.NONE));
        assertEquals("The file a.csv has no sheet named 'Data'. Its sheets are: a.csv.", e.getMessage());
    }
}
