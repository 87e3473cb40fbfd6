package org.crosscheck.sampledata;

import static org.crosscheck.domain.CanonicalField.ADDRESS;
import static org.crosscheck.domain.CanonicalField.WARD;
import static org.crosscheck.domain.CanonicalField.AGENCY_REF;
import static org.crosscheck.domain.CanonicalField.BUSINESS_NAME;
import static org.crosscheck.domain.CanonicalField.BUSINESS_TYPE;
import static org.crosscheck.domain.CanonicalField.COMPANY_NUMBER;
import static org.crosscheck.domain.CanonicalField.CONTACT_NAME;
import static org.crosscheck.domain.CanonicalField.EMAIL;
import static org.crosscheck.domain.CanonicalField.LAST_VISIT_DATE;
import static org.crosscheck.domain.CanonicalField.LEGAL_NAME;
import static org.crosscheck.domain.CanonicalField.NON_COMPLIANCE_DATE;
import static org.crosscheck.domain.CanonicalField.NON_COMPLIANCE_FLAG;
import static org.crosscheck.domain.CanonicalField.NON_COMPLIANCE_NOTES;
import static org.crosscheck.domain.CanonicalField.PHONE;
import static org.crosscheck.domain.CanonicalField.POSTCODE;
import static org.crosscheck.domain.CanonicalField.RISK_RATING;
import static org.crosscheck.domain.CanonicalField.TOWN;
import static org.crosscheck.domain.CanonicalField.TRADING_NAME;
import static org.crosscheck.domain.CanonicalField.UPRN;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.domain.AgencyKind;

/**
 * The ten agencies of the Brackford partnership and how each keeps its spreadsheet. Coverage figures are
 * chances per business, tuned so about half the businesses any agency knows are known to two or more.
 */
final class AgencyCatalogue {

    private AgencyCatalogue() {
    }

    static List<AgencyLayout> all() {
        return List.of(foodHygiene(), fireSafety(), immigration(), hmrc(), tradingStandards(), policeLicensing(),
                businessRates(), companiesHouse(), hmoLicensing(), gangmasters());
    }

    // ---- coverage helpers -------------------------------------------------------------------------------

    private static boolean isStall(Business b) {
        return b.address().building() != null && b.address().building().startsWith("Stall ");
    }

    private static boolean isHomeBased(Business b) {
        return b.address().building() != null && b.address().building().startsWith("Flat ");
    }

    private static boolean isSuccessor(Business b) {
        return b.legalName().matches(".*\\(\\d{4}\\) (Ltd|Limited)$");
    }

    // ---- the agencies -----------------------------------------------------------------------------------

    /** Environmental health's FHRS export: two sheets, the first left blank, so "first sheet with data" matters. */
    private static AgencyLayout foodHygiene() {
        int[] fhrsid = {1_400_000};
        List<Column> columns = List.of(
                Column.of("FHRSID", AGENCY_REF, c -> Long.parseLong(c.ref())),
                Column.of("Business Name", BUSINESS_NAME, c -> {
                    Business b = c.business();
                    String name = b.isCompany() && c.chance(10)
                            ? NameVariants.tradingAs(NameVariants.suffixVariant(b.legalName(), c.random()),
                            b.tradingName(), c.random())
                            : NameVariants.ampersandVariant(b.tradingName(), c.random());
                    return NameVariants.maybeUpper(NameVariants.typo(name, c.isDuplicate() ? 30 : 3, c.random()),
                            5, c.random());
                }),
                Column.of("Business Type", BUSINESS_TYPE, c -> fsaType(c.business().type())),
                Column.of("Address Line 1", ADDRESS, c -> AddressVariants.line(foodLines(c), 0)),
                Column.of("Address Line 2", ADDRESS, c -> AddressVariants.line(foodLines(c), 1)),
                Column.of("Address Line 3", ADDRESS, c -> foodLines(c).size() > 2
                        ? String.join(", ", foodLines(c).subList(2, foodLines(c).size())) : null),
                Column.of("Post Code", POSTCODE, c -> AddressVariants.postcode(c.business().address().postcode(),
                        8, c.random())),
                Column.of("Telephone No", PHONE, c -> c.phone(35)),
                Column.of("Email", EMAIL, c -> c.chance(70) ? c.business().email() : null),
                Column.of("Rating", RISK_RATING, c -> foodRating(c)),
                Column.of("Date of Last Inspection", LAST_VISIT_DATE, c -> "Awaiting Inspection".equals(foodRating(c))
                        ? null : c.visitDate()),
                Column.of("Officer", null, RowContext::officerInitials));
        AgencyLayout layout = new AgencyLayout("food_hygiene_premises", "Brackford EH - Food premises",
                AgencyKind.FOOD_HYGIENE, FileFormat.XLSX, "Establishments", b -> {
                    if (b.dissolved()) {
                        return 0.15; // stale registration never closed after the company went
                    }
                    if (b.type().isFood()) {
                        return 0.85;
                    }
                    return b.type() == BusinessType.PHARMACY ? 0.4 : 0.03;
                }, (b, r) -> Integer.toString(fhrsid[0] += 1 + r.nextInt(40)), columns);
        layout.blankSheetBefore = "Cover";
        layout.duplicatePercent = 2;
        return layout;
    }

    private static List<String> foodLines(RowContext c) {
        return c.memo("foodLines", () -> {
            List<String> lines = new ArrayList<>(c.lines());
            lines.add(c.business().address().town());
            return lines;
        });
    }

    private static String fsaType(BusinessType type) {
        switch (type) {
            case TAKEAWAY:
                return "Takeaway/sandwich shop";
            case RESTAURANT:
            case CAFE:
                return "Restaurant/Cafe/Canteen";
            case PUB:
                return "Pub/bar/nightclub";
            case HOTEL:
                return "Hotel/bed & breakfast/guest house";
            case FOOD_FACTORY:
                return "Manufacturers/packers";
            case CONVENIENCE:
            case GROCER:
            case OFF_LICENCE:
                return "Retailers - other";
            case BAKERY:
            case BUTCHER:
                return "Retailers - other";
            default:
                return "Other catering premises";
        }
    }

    private static String foodRating(RowContext c) {
        return c.memo("rating", () -> {
            int roll = c.random().nextInt(100);
            if (roll < 6) {
                return "Awaiting Inspection";
            }
            int[] cumulative = {9, 13, 20, 33, 55, 100};
            for (int r = 0; r < cumulative.length; r++) {
                if (roll < cumulative[r]) {
                    return Integer.toString(r);
                }
            }
            return "5";
        });
    }

    /** Fire audits: address-led, the name usually blank, no premises reference; UTF-8 CSV with a BOM. */
    private static AgencyLayout fireSafety() {
        List<Column> columns = List.of(
                Column.of("Premises Name", BUSINESS_NAME, c -> c.memo("name", () -> c.chance(60) ? null
                        : NameVariants.maybeUpper(c.business().tradingName(), 50, c.random()))),
                Column.of("Address", ADDRESS, c -> {
                    String lead = c.memo("name", () -> null) == null && c.chance(20)
                            ? c.business().tradingName() : null;
                    return AddressVariants.full(c.business().address(), lead, c.chance(60), c.random());
                }),
                Column.of("Postcode", POSTCODE, c -> AddressVariants.postcode(c.business().address().postcode(),
                        15, c.random())),
                Column.of("Occupancy Type", BUSINESS_TYPE, c -> c.business().type().fireOccupancy()),
                Column.of("Risk", RISK_RATING, c -> {
                    String[] scale = {"High", "Medium", "Low", "Very Low"};
                    int shift = c.business().type().hasSleeping() ? 0 : 1;
                    return scale[Math.min(3, shift + c.random().nextInt(3))];
                }),
                Column.of("Last Audit", LAST_VISIT_DATE, RowContext::visitDate),
                Column.of("Enforcement Notice", NON_COMPLIANCE_FLAG, c -> c.isFlagged(9) ? "Y" : "N"),
                Column.of("Date Served", NON_COMPLIANCE_DATE, c -> c.isFlagged(9) ? c.visitDate().plusDays(14) : null),
                Column.of("Inspector", null, RowContext::officerInitials));
        AgencyLayout layout = new AgencyLayout("fire_safety_audits", "Brackford Fire & Rescue - audits",
                AgencyKind.FIRE, FileFormat.CSV, null, b -> {
                    if (b.dissolved() || isStall(b) || isHomeBased(b)) {
                        return 0.02;
                    }
                    if (b.type().hasSleeping()) {
                        return 0.95;
                    }
                    if (b.type() == BusinessType.PUB) {
                        return 0.6;
                    }
                    if (b.type().isLabourHeavy()) {
                        return 0.35;
                    }
                    return b.type().isLicensed() ? 0.2 : 0.08;
                }, (b, r) -> null, columns);
        layout.hasBom = true;
        layout.duplicatePercent = 3;
        return layout;
    }

    /** Immigration enforcement visits: small, with a merged two-row group header. */
    private static AgencyLayout immigration() {
        int[] caseNo = {100};
        List<Column> columns = List.of(
                Column.grouped("Case", "Case No", AGENCY_REF, RowContext::ref),
                Column.grouped("Case", "Visit Date", LAST_VISIT_DATE, RowContext::visitDate),
                Column.grouped("Premises", "Name", BUSINESS_NAME, c -> NameVariants.maybeUpper(
                        NameVariants.typo(c.business().tradingName(), 8, c.random()), 20, c.random())),
                Column.grouped("Premises", "Address", ADDRESS, c -> AddressVariants.full(c.business().address(),
                        null, c.chance(50), c.random())),
                Column.grouped("Premises", "Post Code", POSTCODE, c -> AddressVariants.postcode(
                        c.business().address().postcode(), 10, c.random())),
                Column.grouped("Contact", "Contact Name", CONTACT_NAME, c -> c.chance(30)
                        ? c.business().owner().title() + " " + c.business().owner().last()
                        : c.business().owner().fullName()),
                Column.grouped("Contact", "Contact Number", PHONE, c -> c.business().owner().mobile() != null
                        ? PhoneFormats.anyFormat(c.business().owner().mobile(), c.random()) : c.phone(40)),
                Column.grouped("Outcome", "Illegal Working", NON_COMPLIANCE_FLAG, c -> c.isFlagged(35) ? "Yes" : "No"),
                Column.grouped("Outcome", "Workers Encountered", null, c -> 1 + c.random().nextInt(9)),
                Column.grouped("Outcome", "Civil Penalty Ref", null, c -> c.isFlagged(35)
                        ? "CPR-" + (40_000 + c.random().nextInt(9_000)) : null));
        return new AgencyLayout("immigration_enforcement_visits", "Home Office ICE - Brackford visits",
                AgencyKind.IMMIGRATION, FileFormat.XLSX, "Visits", b -> {
                    if (b.dissolved()) {
                        return 0.0;
                    }
                    BusinessType t = b.type();
                    return t.isCashTrade() && t.isLabourHeavy() ? 0.14 : t.isCashTrade() ? 0.06
                            : t.isLabourHeavy() ? 0.07 : 0.004;
                }, (b, r) -> String.format("IE/%d/%05d", 2021 + r.nextInt(4), caseNo[0] += 1 + r.nextInt(60)),
                columns);
    }

    /** HMRC risk extract: tab-delimited, ISO dates, capitals, company numbers sometimes missing their zero. */
    private static AgencyLayout hmrc() {
        int[] caseRef = {4000};
        List<Column> columns = List.of(
                Column.of("Case Reference", AGENCY_REF, RowContext::ref),
                Column.of("Trader Name", LEGAL_NAME, c -> NameVariants.upper(
                        NameVariants.suffixVariant(c.business().legalName(), c.random()))),
                Column.of("Trading As", TRADING_NAME, c -> c.chance(30) ? null
                        : NameVariants.upper(c.business().tradingName())),
                Column.of("Post Code", POSTCODE, c -> AddressVariants.postcode(c.business().address().postcode(),
                        30, c.random())),
                Column.of("Company Reg No", COMPANY_NUMBER, c -> {
                    String number = c.business().companyNumber();
                    return number != null && number.startsWith("0") && c.chance(40) ? number.substring(1) : number;
                }),
                Column.of("Contact Tel", PHONE, c -> c.phone(40)),
                Column.of("Sector", BUSINESS_TYPE, c -> c.business().type().label()),
                Column.of("Risk Score", RISK_RATING, c -> 1 + c.random().nextInt(10)),
                Column.of("Last Contact", LAST_VISIT_DATE, RowContext::visitDate),
                Column.of("Open Enquiry", NON_COMPLIANCE_FLAG, c -> c.chance(c.business().dissolved() ? 80 : 20)
                        ? "Y" : "N"));
        AgencyLayout layout = new AgencyLayout("hmrc_risk_extract", "HMRC - local risk extract", AgencyKind.HMRC,
                FileFormat.CSV, null, b -> {
                    if (b.dissolved()) {
                        return 0.4; // left debts behind: the phoenix pattern HMRC chases
                    }
                    return b.type().isCashTrade() ? 0.11 : b.type().isLabourHeavy() ? 0.08 : 0.03;
                }, (b, r) -> String.format("HMRC/BK/%06d", caseRef[0] += 1 + r.nextInt(90)), columns);
        layout.delimiter = '\t';
        layout.csvDates = DateTimeFormatter.ISO_LOCAL_DATE;
        layout.duplicatePercent = 1;
        return layout;
    }

    private static final String[] TS_NOTES = {
        "Underage sale of vapes - test purchase failed",
        "Counterfeit tobacco seized, est. value £1,200",
        "Allergen information missing from café menu",
        "Illegal tobacco found in concealed void behind counter",
        "Short-weight goods; £250 fixed penalty",
        "Prices not displayed",
        "Unsafe toys from unknown supplier withdrawn",
        "Advice given, no further action",
        "Doorstep complaint - quoted £3,000 for roof repairs",
        "Out-of-date food on sale",
        "Non-compliant disposable vapes (over 2ml) seized",
        "Sold as 'crème fraîche', product was a substitute",
        "Business ignored two warning letters",
    };

    /** Trading standards register: Windows-1252, semicolon-delimited, a title line and a blank line first. */
    private static AgencyLayout tradingStandards() {
        int[] tsRef = {100};
        List<Column> columns = List.of(
                Column.of("TS Ref", AGENCY_REF, RowContext::ref),
                Column.of("Business Name", BUSINESS_NAME, c -> {
                    Business b = c.business();
                    String name = c.chance(25) && !b.legalName().equals(b.tradingName())
                            ? NameVariants.tradingAs(b.legalName(), b.tradingName(), c.random())
                            : NameVariants.ampersandVariant(b.tradingName(), c.random());
                    return NameVariants.typo(name, c.isDuplicate() ? 30 : 5, c.random());
                }),
                Column.of("Address", ADDRESS, c -> AddressVariants.full(c.business().address(), null, true,
                        c.random())),
                Column.of("Postcode", POSTCODE, c -> AddressVariants.postcode(c.business().address().postcode(),
                        10, c.random())),
                Column.of("Tel", PHONE, c -> c.phone(30)),
                Column.of("Complaints", null, c -> 1 + c.random().nextInt(c.isFlagged(40) ? 12 : 3)),
                Column.of("Last Complaint", NON_COMPLIANCE_DATE, RowContext::visitDate),
                Column.of("Notes", NON_COMPLIANCE_NOTES, c -> c.chance(15) ? null
                        : TS_NOTES[c.random().nextInt(TS_NOTES.length)]),
                Column.of("Officer", null, RowContext::officerInitials));
        AgencyLayout layout = new AgencyLayout("trading_standards_register", "Brackford Trading Standards",
                AgencyKind.TRADING_STANDARDS, FileFormat.CSV, null, b -> {
                    if (b.dissolved()) {
                        return 0.05;
                    }
                    BusinessType t = b.type();
                    boolean retail = t == BusinessType.CONVENIENCE || t == BusinessType.VAPE_SHOP
                            || t == BusinessType.PHONE_REPAIR || t == BusinessType.OFF_LICENCE;
                    return retail ? 0.18 : t.isFood() ? 0.05 : 0.02;
                }, (b, r) -> String.format("TS/%d/%04d", 19 + r.nextInt(6), tsRef[0] += 1 + r.nextInt(12)), columns);
        layout.charset = Charset.forName("windows-1252");
        layout.delimiter = ';';
        layout.titleLines = List.of("Brackford Trading Standards - complaints and interventions register", "");
        layout.duplicatePercent = 3;
        return layout;
    }

    /** Police licensing: data on the first sheet, a status-code lookup on the second. */
    private static AgencyLayout policeLicensing() {
        int[] licence = {200};
        List<Column> columns = List.of(
                Column.of("Licence No", AGENCY_REF, RowContext::ref),
                Column.of("Premises Name", BUSINESS_NAME, c -> NameVariants.maybeUpper(
                        NameVariants.ampersandVariant(c.business().tradingName(), c.random()), 10, c.random())),
                Column.of("Premises Address", ADDRESS, c -> AddressVariants.full(c.business().address(),
                        c.chance(25) ? c.business().tradingName() : null, true, c.random())),
                Column.of("Postcode", POSTCODE, c -> AddressVariants.postcode(c.business().address().postcode(),
                        8, c.random())),
                Column.of("Premises Type", BUSINESS_TYPE, c -> licenceType(c.business().type())),
                Column.of("DPS Name", CONTACT_NAME, c -> c.chance(80) ? c.business().owner().fullName()
                        : c.business().owner().first() + " " + NameVariants.upper(c.business().owner().last())),
                Column.of("Contact Number", PHONE, c -> c.phone(25)),
                Column.of("Licence Status", null, c -> c.memo("status", () -> {
                    int roll = c.random().nextInt(100);
                    return roll < 85 ? "G" : roll < 91 ? "R" : roll < 95 ? "S" : "L";
                })),
                Column.of("Review Date", NON_COMPLIANCE_DATE, c -> {
                    String status = c.memo("status", () -> "G");
                    return status.equals("R") || status.equals("S") ? c.recentDate(400) : null;
                }),
                Column.of("Last Visit", LAST_VISIT_DATE, RowContext::visitDate),
                Column.of("Incidents (12m)", null, c -> c.random().nextInt(c.chance(20) ? 15 : 3)));
        AgencyLayout layout = new AgencyLayout("police_licensed_premises", "Brackford Police - licensed premises",
                AgencyKind.POLICE, FileFormat.XLSX, "Premises Licences", b -> {
                    if (b.dissolved()) {
                        return 0.0;
                    }
                    switch (b.type()) {
                        case PUB:
                        case OFF_LICENCE:
                        case HOTEL:
                            return 0.95;
                        case CONVENIENCE:
                            return 0.35;
                        case TAKEAWAY:
                        case RESTAURANT:
                            return 0.25;
                        default:
                            return 0.0;
                    }
                }, (b, r) -> String.format("BK/PL/%04d", licence[0] += 1 + r.nextInt(6)), columns);
        layout.lookupSheetName = "Status Codes";
        layout.lookupSheetAfter = List.of(List.of("Code", "Meaning"), List.of("G", "Granted"),
                List.of("R", "Under review"), List.of("S", "Suspended"), List.of("L", "Lapsed"));
        return layout;
    }

    private static String licenceType(BusinessType type) {
        switch (type) {
            case PUB:
                return "Pub";
            case OFF_LICENCE:
            case CONVENIENCE:
                return "Off Licence";
            case HOTEL:
                return "Hotel";
            case RESTAURANT:
                return "Restaurant";
            default:
                return "Late Night Refreshment";
        }
    }

    /** Business rates: the legacy .xls export in capitals, ratepayer legal names, UPRNs. */
    private static AgencyLayout businessRates() {
        long[] propertyRef = {4_410_000_000L};
        List<Column> columns = List.of(
                Column.of("Property Reference", AGENCY_REF, RowContext::ref),
                Column.of("UPRN", UPRN, c -> c.chance(10) ? null : c.business().address().uprn()),
                Column.of("Ratepayer", LEGAL_NAME, c -> {
                    Business b = c.business();
                    if (!b.isCompany()) {
                        return NameVariants.ratesStyleName(b.owner());
                    }
                    String legal = NameVariants.upper(NameVariants.suffixVariant(b.legalName(), c.random()));
                    return c.chance(15) ? NameVariants.tradingAs(legal, NameVariants.upper(b.tradingName()),
                            c.random()) : legal;
                }),
                Column.of("Property Description", BUSINESS_TYPE, c -> NameVariants.upper(
                        c.business().type().ratesDescription())),
                Column.of("Address 1", ADDRESS, c -> NameVariants.upper(AddressVariants.line(c.lines(), 0))),
                Column.of("Address 2", ADDRESS, c -> NameVariants.upper(AddressVariants.line(c.lines(), 1))),
                Column.of("Address 3", ADDRESS, c -> NameVariants.upper(AddressVariants.line(c.lines(), 2))),
                Column.of("Address 4", TOWN, c -> NameVariants.upper(c.business().address().town())),
                Column.of("Postcode", POSTCODE, c -> c.business().address().postcode()),
                // the council's own file knows the ward; no random draw, so the other columns stay as they were
                Column.of("Ward", WARD, c -> ward(c.business().address())),
                Column.of("Rateable Value", null, c -> 2_500 + 250 * c.random().nextInt(c.business().type()
                        .isLabourHeavy() ? 400 : 80)),
                Column.of("Liability Start", null, c -> c.business().incorporated() != null && c.chance(60)
                        ? c.business().incorporated().plusMonths(2)
                        : LocalDate.of(2005 + c.random().nextInt(19), 4, 1).plusDays(c.random().nextInt(360))),
                Column.of("SBRR", null, c -> c.chance(55) ? "Y" : "N"),
                Column.of("In Arrears", NON_COMPLIANCE_FLAG, c -> c.chance(c.business().dissolved() ? 70 : 8)
                        ? "Y" : "N"));
        AgencyLayout layout = new AgencyLayout("business_rates_accounts", "Brackford BC - NNDR accounts",
                AgencyKind.BUSINESS_RATES, FileFormat.XLS, "NNDR", b -> {
                    if (b.dissolved()) {
                        return 0.2; // account never moved to the successor company
                    }
                    if (isStall(b)) {
                        return 0.0; // the market hall is one hereditament, rated to the council
                    }
                    if (isHomeBased(b)) {
                        return 0.1;
                    }
                    if (b.address().building() != null && b.address().houseNumber() != null) {
                        return 0.25; // upstairs and rear units are often rated with the shop below
                    }
                    return 0.45;
                }, (b, r) -> String.format("%011d", propertyRef[0] += 1 + r.nextInt(300)), columns);
        layout.titleLines = List.of("NNDR LIVE ACCOUNTS AS AT 01/10/2024");
        layout.duplicatePercent = 1;
        return layout;
    }

    /** Companies House extract: title rows, a total row and a source row; registered offices are often agents'. */
    private static AgencyLayout companiesHouse() {
        List<Column> columns = List.of(
                Column.of("Company Number", COMPANY_NUMBER, RowContext::ref),
                Column.of("Company Name", LEGAL_NAME, c -> NameVariants.upper(c.business().legalName())),
                Column.of("Registered Office Address", ADDRESS, c -> {
                    Address office = registeredOffice(c);
                    return NameVariants.maybeUpper(AddressVariants.full(office, null, true, c.random()), 40,
                            c.random());
                }),
                Column.of("Registered Postcode", POSTCODE, c -> registeredOffice(c).postcode()),
                Column.of("Company Type", null, c -> c.business().companyNumber().startsWith("OC")
                        ? "Limited Liability Partnership" : "Private Limited Company"),
                Column.of("Company Status", null, c -> {
                    if (c.business().dissolved()) {
                        return "Dissolved";
                    }
                    int roll = c.random().nextInt(100);
                    return roll < 90 ? "Active" : roll < 96 ? "Active - Proposal to Strike off" : "Liquidation";
                }),
                Column.of("Incorporation Date", null, c -> c.business().incorporated()),
                Column.of("SIC Description", BUSINESS_TYPE, c -> sic(c.business().type())),
                Column.of("Director", CONTACT_NAME, c -> NameVariants.upper(c.business().owner().last()) + ", "
                        + c.business().owner().first()),
                Column.of("Accounts Overdue", NON_COMPLIANCE_FLAG, c -> c.chance(c.business().dissolved() ? 60 : 7)
                        ? "Yes" : "No"));
        AgencyLayout layout = new AgencyLayout("companies_house_extract", "Companies House - Brackford extract",
                AgencyKind.COMPANIES_HOUSE, FileFormat.XLSX, "Companies", b -> {
                    if (!b.isCompany()) {
                        return 0.0;
                    }
                    return b.dissolved() || isSuccessor(b) ? 0.9 : 0.4;
                }, (b, r) -> b.companyNumber(), columns);
        layout.titleLines = List.of("Companies House - basic company data",
                "Companies with a registered office or trading address in Brackford BC, extracted 01/10/2024", "");
        layout.footer = rows -> List.of("", "Total: " + rows,
                "Source: Companies House, contains public sector information licensed under the Open Government"
                        + " Licence v3.0 (synthetic sample)");
        return layout;
    }

    /** About half of companies give an accountant's or formation agent's office, shared by hundreds. */
    private static Address registeredOffice(RowContext c) {
        return c.memo("office", () -> {
            Business b = c.business();
            int hash = Math.floorMod(b.companyNumber().hashCode(), 100);
            if (hash < 45) {
                return RegisteredOffices.ALL.get(hash % RegisteredOffices.ALL.size());
            }
            return b.address();
        });
    }

    private static String sic(BusinessType type) {
        switch (type) {
            case TAKEAWAY:
                return "56103 - Take-away food shops and mobile food stands";
            case RESTAURANT:
            case CAFE:
                return "56101 - Licensed restaurants";
            case PUB:
                return "56302 - Public houses and bars";
            case HOTEL:
                return "55100 - Hotels and similar accommodation";
            case CONVENIENCE:
            case GROCER:
            case OFF_LICENCE:
                return "47110 - Retail sale in non-specialised stores with food, beverages or tobacco predominating";
            case BARBER:
            case HAIRDRESSER:
            case NAIL_BAR:
                return "96020 - Hairdressing and other beauty treatment";
            case HAND_CAR_WASH:
            case GARAGE:
                return "45200 - Maintenance and repair of motor vehicles";
            case FOOD_FACTORY:
            case BAKERY:
                return "10890 - Manufacture of other food products n.e.c.";
            case WAREHOUSE:
                return "52103 - Operation of warehousing and storage facilities";
            case RECRUITMENT:
                return "78200 - Temporary employment agency activities";
            default:
                return "47190 - Other retail sale in non-specialised stores";
        }
    }

    /** HMO licences on flats above or behind businesses whose owner holds the licence. */
    private static AgencyLayout hmoLicensing() {
        int[] licence = {50};
        List<Column> columns = List.of(
                Column.of("Licence Number", AGENCY_REF, RowContext::ref),
                Column.of("Property Address", ADDRESS, c -> {
                    Address a = c.business().address();
                    String flat = c.chance(50) ? "Flat above" : "Flat " + "ABC".charAt(c.random().nextInt(3));
                    return flat + ", " + a.streetLine() + ", " + a.town();
                }),
                Column.of("Postcode", POSTCODE, c -> AddressVariants.postcode(c.business().address().postcode(),
                        5, c.random())),
                Column.of("Licence Holder", CONTACT_NAME, c -> c.business().owner().title() + " "
                        + c.business().owner().fullName()),
                Column.of("Holder Telephone", PHONE, c -> c.business().owner().mobile() != null
                        ? PhoneFormats.anyFormat(c.business().owner().mobile(), c.random()) : c.phone(30)),
                Column.of("Connected Business", BUSINESS_NAME, c -> c.chance(50) ? null : c.business().tradingName()),
                Column.of("Licence Type", null, c -> c.chance(70) ? "Mandatory HMO" : "Additional HMO"),
                Column.of("Max Occupiers", null, c -> 5 + c.random().nextInt(6)),
                Column.of("Expiry Date", null, c -> RowContext.EXTRACT_DATE.plusDays(30 + c.random().nextInt(1500))),
                Column.of("Inspection Date", LAST_VISIT_DATE, RowContext::visitDate),
                Column.of("Breach Found", NON_COMPLIANCE_FLAG, c -> c.chance(20) ? "Yes" : "No"));
        return new AgencyLayout("hmo_licence_register", "Brackford Housing - HMO licences", AgencyKind.HOUSING,
                FileFormat.XLSX, "HMO Register", b -> {
                    Address a = b.address();
                    if (b.dissolved() || a.houseNumber() == null || a.building() != null) {
                        return 0.0;
                    }
                    return a.street().equals("The Broadway") ? 0.3 : 0.05;
                }, (b, r) -> String.format("HMO/%d/%04d", 2020 + r.nextInt(5), licence[0] += 1 + r.nextInt(9)),
                columns);
    }

    /** Gangmasters and Labour Abuse Authority: plain UTF-8 CSV, ISO dates, labour-heavy trades only. */
    private static AgencyLayout gangmasters() {
        int[] licence = {1000};
        List<Column> columns = List.of(
                Column.of("Licence No", AGENCY_REF, RowContext::ref),
                Column.of("Licence Holder", LEGAL_NAME, c -> c.business().legalName()),
                Column.of("Trading Name", TRADING_NAME, c -> c.business().tradingName()),
                Column.of("Address", ADDRESS, c -> AddressVariants.full(c.business().address(), null, true,
                        c.random())),
                Column.of("Postcode", POSTCODE, c -> c.business().address().postcode()),
                Column.of("Principal Authority", CONTACT_NAME, c -> c.business().owner().fullName()),
                Column.of("Telephone", PHONE, c -> c.phone(20)),
                Column.of("Sector", BUSINESS_TYPE, c -> c.business().type().label()),
                Column.of("Licence Status", null, c -> c.chance(85) ? "Licensed" : "Revoked"),
                Column.of("Last Inspection", LAST_VISIT_DATE, RowContext::visitDate),
                Column.of("Compliance Score", RISK_RATING, c -> 30 + c.random().nextInt(71)));
        AgencyLayout layout = new AgencyLayout("glaa_licences", "GLAA - licence holders", AgencyKind.GANGMASTERS,
                FileFormat.CSV, null, b -> b.dissolved() || !b.type().isLabourHeavy() ? 0.0 : 0.2,
                (b, r) -> String.format("GLAA%05d", licence[0] += 1 + r.nextInt(30)), columns);
        layout.csvDates = DateTimeFormatter.ISO_LOCAL_DATE;
        return layout;
    }

    /** The council ward of an address: its locality's, or the town centre's when it has none. */
    static String ward(Address address) {
        if (address.locality() != null) {
            return address.locality();
        }
        return TownModel.TOWN.equals(address.town()) ? "Brackford Central" : address.town();
    }
}
